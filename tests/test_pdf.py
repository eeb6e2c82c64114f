"""Real LibreOffice: the documents convert, the motto stays on one line, page numbers behave."""

from __future__ import annotations

import subprocess
from pathlib import Path

import hoso
from hoso.models import HeThong
from tests.conftest import EXAMPLES


def pdf_text(pdf: Path, page: int) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                         check=True, capture_output=True, text=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_every_example_converts(pdfs: dict[Path, Path]) -> None:
    assert set(pdfs) == set(EXAMPLES)


def test_motto_or_party_title_on_one_line(pdfs: dict[Path, Path]) -> None:
    for example, pdf in pdfs.items():
        system = hoso.load(example).co_quan.he_thong
        title = "ĐẢNG CỘNG SẢN VIỆT NAM" if system is HeThong.dang else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        lines = pdf_text(pdf, 1)
        assert any(title in line for line in lines[:4]), (example.name, lines[:6])


def test_page_count_and_numbers_from_page_two(pdfs: dict[Path, Path]) -> None:
    for example, pdf in pdfs.items():
        model = hoso.load(example)
        pages = page_count(pdf)
        if model.loai == "bien_ban_doi_thoai":
            # Ten or more opinions with their answers take several pages, never a dozen.
            assert 2 <= pages <= 8, (example.name, pages)
        assert pdf_text(pdf, 1)[0] != "1", "page 1 must not show its number"
        if model.loai in ("giay_moi_doi_thoai", "giay_moi_phan_bien"):
            # One page per invitee, each a letter of its own: no page shows a number.
            assert pages == len(model.khach_moi)
            assert all(not pdf_text(pdf, page)[0].isdigit() for page in range(1, pages + 1))
            continue
        for page in range(2, pages + 1):
            assert pdf_text(pdf, page)[0] == str(page), (example.name, page)
    assert any(page_count(pdf) >= 2 for pdf in pdfs.values())


def test_date_line_and_signatures_reach_the_pdf(pdfs: dict[Path, Path]) -> None:
    for example, pdf in pdfs.items():
        model = hoso.load(example)
        first = "\n".join(pdf_text(pdf, 1))
        assert model.dia_danh_ngay in first
        pages = [pdf_text(pdf, page) for page in range(1, page_count(pdf) + 1)]
        # An annex (phụ lục) follows the signature on pages of its own.
        signed = max(i for i, lines in enumerate(pages) if "Nơi nhận:" in "\n".join(lines))
        assert all("Phụ lục" in lines[:2] for lines in pages[signed + 1:signed + 2]), example.name
        last = "\n".join(pages[signed])
        if model.loai == "bien_ban_doi_thoai":
            assert "THƯ KÝ" in last
