"""Pages a records clerk accepts (design.md §7), read from the PDF real LibreOffice makes of every
example and of documents built to put a page break in the worst places, and from the document XML.

A clerk returns a document whose page starts with the signature block or "Nơi nhận", whose page
ends with a heading or an opinion's header, whose letters carry a page number above their own
letterhead, whose place-date line wraps, whose table continues without its header row, or which
prints one date in two styles.
"""

from __future__ import annotations

import copy
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx.oxml.ns import qn

import hoso
from hoso._do_rong import rong_mm
from hoso._layout import QUOC_HIEU, THU_THUC, TIEU_DE_DANG, TWIPS_PER_MM, dong_ngay_vua_cot
from hoso.models import (
    BienBanDoiThoai,
    BienBanGiamSat,
    BienBanHoiNghiPhanBien,
    CongVan,
    GiayMoiDoiThoai,
    GiayMoiPhanBien,
    VanBan,
    VanBanKy,
)
from tests.conftest import ROOT, to_pdf
from tests.docx_facts import full_text, open_docx, paragraphs

NUMBER = re.compile(r"\d+")


def pages(pdf: Path) -> list[list[str]]:
    """The text lines of every page, in reading order."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in out.split("\f")[:-1]]


def content(page: list[str]) -> list[str]:
    """A page's lines without the page number at its top."""
    return page[1:] if page and NUMBER.fullmatch(page[0]) else page


def signature_lines(model: VanBan) -> set[str]:
    """Lines that belong to the signature block and Nơi nhận."""
    tt = THU_THUC[model.co_quan.he_thong]
    lines = {"Nơi nhận:", "(Ký, ghi rõ họ tên)"}
    if isinstance(model, VanBanKy):
        lines |= {*model.nguoi_ky.dong_quyen_han(model.co_quan.he_thong), model.nguoi_ky.chuc_vu,
                  model.nguoi_ky.ho_ten}
    if isinstance(model, BienBanDoiThoai):
        lines |= {tt.nhan_thu_ky, tt.nhan_chu_tri, model.thu_ky.ho_ten, *(c.ho_ten for c in model.chu_tri)}
        # Several chairs side by side come out as one line: "THƯ KÝ CHỦ TỌA".
        lines |= {f"{tt.nhan_thu_ky} {tt.nhan_chu_tri}", f"{tt.nhan_chu_tri} {tt.nhan_chu_tri}"}
    if isinstance(model, BienBanGiamSat):
        head, secretary = model.quyet_dinh.truong_doan, model.quyet_dinh.thu_ky
        lines |= {tt.nhan_thu_ky, "TRƯỞNG ĐOÀN", f"{tt.nhan_thu_ky} TRƯỞNG ĐOÀN", "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC GIÁM SÁT",
                  head.ho_ten, secretary.ho_ten, model.dai_dien[0].ho_ten}
    if isinstance(model, BienBanHoiNghiPhanBien):
        lines |= {tt.nhan_thu_ky, tt.nhan_chu_tri, f"{tt.nhan_thu_ky} {tt.nhan_chu_tri}", model.thu_ky.ho_ten,
                  model.chu_tri.ho_ten}
    return lines


def kept_paragraphs(docx: Path) -> list[str]:
    """What must never end a page: the paragraphs kept with the next (a table's caption, the last
    paragraph before the signature) and the title lines that open a paragraph (a section heading,
    a label, an opinion's header: each ends in a line break and a tab)."""
    doc = open_docx(docx)
    kept = [p.text for p in doc.paragraphs if p.paragraph_format.keep_with_next and p.text.strip()]
    titles = [line for p in doc.paragraphs if "\n\t" in p.text for line in p.text.split("\n\t")[:-1]]
    assert all(titles), "a title line is empty"
    return [" ".join(text.split()) for text in kept + titles]


def assert_composed(model: VanBan, docx: Path, pdf: Path) -> None:
    """Every page-composition rule a clerk checks, on one document."""
    name = pdf.name
    signature = signature_lines(model)
    kept = kept_paragraphs(docx)
    all_pages = pages(pdf)
    letterheads = 0
    for number, page in enumerate(all_pages, 1):
        body = content(page)
        assert body, (name, number, "empty page")
        letterhead = any(line in (QUOC_HIEU, TIEU_DE_DANG) for line in page[:12])
        letterheads += letterhead
        # A page that opens a letterhead carries no page number; any other page carries one.
        assert (body == page) == letterhead, (name, number, page[:3])
        # No page begins with the signature block or Nơi nhận.
        assert body[0] not in signature, (name, number, body[:3])
        # No page ends with a heading, a label or an opinion's header.
        if number < len(all_pages):
            tail = " ".join(" ".join(body).split())
            ended = [k for k in kept if tail.endswith(k)]
            assert not ended, (name, number, ended)
    if isinstance(model, GiayMoiDoiThoai | GiayMoiPhanBien):
        assert letterheads == len(model.khach_moi), (name, "one letter per invitee")
    else:
        assert letterheads == 1, name
    # The place-date line holds its year: one line, whole.
    assert model.dia_danh_ngay in all_pages[0], (name, all_pages[0][:12])


def test_every_example_composes_as_a_clerk_expects(pdfs: dict[Path, Path], rendered: dict[Path, Path]) -> None:
    for example, pdf in pdfs.items():
        assert_composed(hoso.load(example), rendered[example], pdf)


def test_the_composition_examples_are_there() -> None:
    folder = ROOT / "examples" / "bo_cuc"
    minutes = hoso.load(folder / "bien_ban.yaml")
    assert isinstance(minutes, BienBanDoiThoai) and len(minutes.chu_tri) == 3 and len(minutes.y_kien) == 17
    invitations = hoso.load(folder / "giay_moi.yaml")
    assert isinstance(invitations, GiayMoiDoiThoai) and len(invitations.khach_moi) == 12
    assert invitations.nguoi_ky.dong_quyen_han(invitations.co_quan.he_thong) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    notice = hoso.load(folder / "thong_bao.dang.yaml")
    # The Party notice of a commune with a long name: its date line does not fit under the title.
    assert not dong_ngay_vua_cot(THU_THUC[notice.co_quan.he_thong], notice.dia_danh_ngay)


def test_chairs_sit_side_by_side_with_the_secretary_on_the_left(pdfs: dict[Path, Path]) -> None:
    pdf = pdfs[ROOT / "examples" / "bo_cuc" / "bien_ban.yaml"]
    last = subprocess.run(["pdftotext", "-layout", "-f", "5", "-l", "5", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in last.splitlines()]
    assert ["THƯ", "KÝ", "CHỦ", "TỌA"] in rows and ["CHỦ", "TỌA", "CHỦ", "TỌA"] in rows


def test_one_date_style_in_every_document(rendered: dict[Path, Path]) -> None:
    """ND 30: day below 10 and months 1–2 with a leading zero, months 3–12 without, everywhere."""
    for example, docx in rendered.items():
        text = full_text(open_docx(docx))
        for day, month, _ in re.findall(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text):
            assert len(day) == 2 and month == (f"{int(month):02d}" if int(month) <= 2 else str(int(month))), (
                example.name, f"{day}/{month}")
        for day, month in re.findall(r"ngày (\d{1,2}) tháng (\d{1,2})", text):
            assert len(day) == 2 and month == (f"{int(month):02d}" if int(month) <= 2 else str(int(month))), (
                example.name, f"ngày {day} tháng {month}")


def test_data_tables_repeat_their_header_row_and_rows_do_not_split(rendered: dict[Path, Path]) -> None:
    for example, docx in rendered.items():
        for table in open_docx(docx).tables:
            rows = table._tbl.findall(qn("w:tr"))
            for row in rows:
                assert row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None, example.name
            bordered = rows[0].find(f".//{qn('w:tcBorders')}") is not None
            if bordered:  # a data table (the header and signature tables have no borders)
                assert rows[0].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None, example.name


# -- documents built to break pages in the worst places ---------------------------------------------

CONCLUSIONS = ROOT / "examples" / "bo_cuc" / "thong_bao_ket_luan.yaml"
REPLY = ROOT / "examples" / "gop_y" / "tiep_thu.yaml"
MINUTES = ROOT / "examples" / "bo_cuc" / "bien_ban.yaml"
SENTENCE = " Các ngành theo dõi, đôn đốc và báo cáo kết quả về Thường trực Đảng ủy xã đúng thời hạn."


def _variants() -> Iterator[tuple[str, dict[str, Any]]]:
    """The conclusions notice with its last section growing line by line, so that the page break
    falls at every place around the signature block; the 17-opinion minutes with its first opinion
    growing, so that every later title meets a page foot; a long reply table."""
    base = yaml.safe_load(CONCLUSIONS.read_text(encoding="utf-8"))
    base["bien_ban"] = str(CONCLUSIONS.parent / base["bien_ban"])
    for n in range(0, 24, 2):
        data = copy.deepcopy(base)
        data["ket_luan"] = base["ket_luan"] + SENTENCE * n
        yield f"ket-luan-{n:02d}", data
    minutes = yaml.safe_load(MINUTES.read_text(encoding="utf-8"))
    for n in range(0, 16, 2):
        data = copy.deepcopy(minutes)
        data["y_kien"][0]["noi_dung"] += " Gia đình tôi đã nhiều lần đề nghị nhưng chưa được trả lời." * n
        yield f"bien-ban-{n:02d}", data
    reply = yaml.safe_load(REPLY.read_text(encoding="utf-8"))
    reply["muc"] = reply["muc"] * 6
    yield "tiep-thu-dai", reply


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[VanBan, Path, Path]]:
    out = tmp_path_factory.mktemp("bo_cuc")
    built = [(hoso.load(data), hoso.render(hoso.load(data), out / f"{name}.docx")) for name, data in _variants()]
    pdfs = to_pdf([docx for _, docx in built], out)
    return [(model, docx, pdf) for (model, docx), pdf in zip(built, pdfs, strict=True)]


def test_the_signature_never_stands_alone_wherever_the_page_breaks(
        variants: list[tuple[VanBan, Path, Path]]) -> None:
    breaks = set()
    for model, docx, pdf in variants:
        assert_composed(model, docx, pdf)
        breaks.add((model.loai, len(pages(pdf))))
    assert len(breaks) >= 4, "the variants must move the signature block across a page break"


def test_a_table_over_several_pages_repeats_its_header(variants: list[tuple[VanBan, Path, Path]]) -> None:
    (_, _, pdf), = [v for v in variants if v[1].stem == "tiep-thu-dai"]
    with_rows = [p for p in pages(pdf) if any(line.startswith(("Tiếp thu", "Giải trình")) for line in p)]
    assert len(with_rows) >= 2, "the long reply table must run over a page"
    for page in with_rows:
        assert "STT" in page, page[:12]  # the header row, repeated


def test_the_summary_breaks_like_a_clerk_and_its_line_is_a_third_to_a_half(rendered: dict[Path, Path]) -> None:
    """The trích yếu never breaks inside the place name or "năm YYYY", never ends with a lone word,
    and the line under it (ND 30) is 1/3 to 1/2 of its longest line."""
    for example, docx in rendered.items():
        model = hoso.load(example)
        tt = THU_THUC[model.co_quan.he_thong]
        doc = open_docx(docx)
        folded = " ".join(model.trich_yeu.split())
        summary = next(p for p in paragraphs(doc) if " ".join(p.text.split()) in (folded, f"V/v {folded}"))
        lines = summary.text.split("\n")
        year = re.search(r"năm \d{4}", model.trich_yeu)
        for name in (model.dia_danh, year.group() if year else None):
            if name and name in model.trich_yeu:
                assert any(name in line for line in lines), (example.name, lines)
        if len(lines) > 1:
            assert len(lines[-1].split()) >= 2, (example.name, lines)
        if tt.gach_trich_yeu_mm is None or isinstance(model, CongVan):  # "-----"; a letter's V/v has none
            continue
        body = list(doc.element.body)
        after = body[body.index(summary._p) + 1]
        indent = after.find(f"{qn('w:pPr')}/{qn('w:ind')}")
        assert after.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None, example.name
        line_mm = tt.trang.vung_chu_mm - 2 * int(indent.get(qn("w:left"))) / TWIPS_PER_MM
        longest = max(rong_mm(line, tt.trich_yeu.co, dam=True) for line in lines)
        assert longest / 3 - 0.5 <= line_mm <= longest / 2 + 0.5, (example.name, line_mm, longest)
