"""Open every rendered example with python-docx and check what a records clerk checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Twips
from docx.table import Table, _Cell

import hoso
from hoso._layout import THU_THUC
from hoso.models import BienBanDoiThoai, CongVan, HeThong, VanBanKy, VanBanLienTich
from tests.conftest import EXAMPLES
from tests.docx_facts import (
    find,
    find_title,
    fonts,
    full_text,
    open_docx,
    paragraphs,
    size,
    style_fonts,
    style_of,
    text_runs,
)

DATE = r"[^,]+, ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}"


MINUTES = [e for e in EXAMPLES if hoso.load(e).loai == "bien_ban_doi_thoai"]


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.fixture(params=EXAMPLES, ids=_id)
def any_case(request: pytest.FixtureRequest, rendered: dict[Path, Path]):  # type: ignore[no-untyped-def]
    return hoso.load(request.param), open_docx(rendered[request.param])


@pytest.fixture(params=MINUTES, ids=_id)
def case(request: pytest.FixtureRequest, rendered: dict[Path, Path]):  # type: ignore[no-untyped-def]
    model = hoso.load(request.param)
    assert isinstance(model, BienBanDoiThoai)
    return model, open_docx(rendered[request.param])


def test_every_kind_has_an_example_for_every_system_that_issues_it() -> None:
    have = {(m.loai, m.co_quan.he_thong) for m in map(hoso.load, EXAMPLES)}
    need = {(k.loai, h) for k in hoso.catalog() for h in k.mau}
    assert need <= have, sorted(need - have)


def test_page_is_a4_with_margins_in_range(any_case) -> None:  # type: ignore[no-untyped-def]
    _, doc = any_case
    for s in doc.sections:
        assert abs(s.page_width - Mm(210)) < Mm(0.5) and abs(s.page_height - Mm(297)) < Mm(0.5)
        assert Mm(19.9) <= s.top_margin <= Mm(25.1) and Mm(19.9) <= s.bottom_margin <= Mm(25.1)
        assert Mm(29.9) <= s.left_margin <= Mm(35.1) and Mm(14.9) <= s.right_margin <= Mm(20.1)


def test_every_run_is_times_new_roman(any_case) -> None:  # type: ignore[no-untyped-def]
    _, doc = any_case
    runs = [r for p in paragraphs(doc) for r in text_runs(p)]
    for s in doc.sections:
        runs += [r for p in s.header.paragraphs for r in p.runs]
    assert runs
    bad = [(r.text, fonts(r)) for r in runs if fonts(r) != {"Times New Roman"} or r.font.name != "Times New Roman"]
    assert not bad
    assert style_fonts(doc) == {"Times New Roman"}


def test_header_texts_sizes_and_styles(any_case) -> None:  # type: ignore[no-untyped-def]
    model, doc = any_case
    # A joint document: every issuing body in the header, the symbols joined, the leading body first.
    bodies = model.co_quan_ban_hanh
    symbols = "-".join(c.ky_hieu for c in bodies)
    if model.co_quan.he_thong is HeThong.dang:
        assert style_of(find(doc, "ĐẢNG CỘNG SẢN VIỆT NAM")) == ({15.0}, {True}, {False})
        assert style_of(find(doc, r"\*"))[1] == {True}
        so = find(doc, r"Số \d{2,}-[A-Za-zĐ]+/[A-ZĐ-]+")
        assert style_of(so) == ({14.0}, {False}, {False})
        assert so.text == f"Số {model.so:02d}-{model.viet_tat()}/{symbols}"
        size = 14.0
    else:
        assert style_of(find(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) == ({13.0}, {True}, {False})
        assert style_of(find(doc, "Độc lập - Tự do - Hạnh phúc")) == ({14.0}, {True}, {False})
        so = find(doc, r"Số: \d{2,}/[A-Za-zĐ-]+")
        assert style_of(so) == ({13.0}, {False}, {False})
        symbol = f"{model.viet_tat()}-{symbols}" if model.viet_tat() else symbols
        assert so.text == f"Số: {model.so:02d}/{symbol}"
        size = 13.0
    for body in bodies:
        assert style_of(find_title(doc, body.ten))[:2] == ({size}, {True})
        if body.co_quan_chu_quan:
            assert style_of(find_title(doc, body.co_quan_chu_quan))[1] == {False}
    date = find(doc, DATE)
    sizes, _, italic = style_of(date)
    assert sizes <= {13.0, 14.0} and italic == {True}
    assert date.text.startswith(model.dia_danh + ", ")


def test_title_and_summary(any_case) -> None:  # type: ignore[no-untyped-def]
    model, doc = any_case
    dang = model.co_quan.he_thong is HeThong.dang
    if isinstance(model, CongVan):  # a letter: the summary sits under Số, 12 pt
        summary = find_title(doc, ("" if dang else "V/v ") + model.trich_yeu)
        assert style_of(summary) == ({12.0}, {False}, {dang})
        recipients = [p.text for p in paragraphs(doc) if p.text.startswith("Kính gửi")]
        assert recipients and model.kinh_gui[0] in "".join(t.text for t in paragraphs(doc))
        return
    sizes, bold, _ = style_of(find(doc, model.TEN_LOAI))
    assert sizes == ({16.0} if dang else {14.0}) and bold == {True}
    summary = find_title(doc, model.trich_yeu)
    assert style_of(summary)[1] == {True}
    assert summary.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_body_paragraphs_are_justified(any_case) -> None:  # type: ignore[no-untyped-def]
    _, doc = any_case
    body = [p for p in paragraphs(doc) if p.paragraph_format.first_line_indent and p.text.strip()]
    assert body
    assert {p.alignment for p in body} == {WD_ALIGN_PARAGRAPH.JUSTIFY}
    assert {p.paragraph_format.first_line_indent for p in body} <= {Twips(567), Twips(720)}  # 1 cm, 1.27 cm


def test_signature_block(any_case) -> None:  # type: ignore[no-untyped-def]
    model, doc = any_case
    if not isinstance(model, VanBanKy):
        return
    if getattr(model, "dong_ban_hanh", None):
        _joint_signatures(model, doc.tables[-1])
        return
    signer = doc.tables[-1].cell(0, 1)
    lines = [p.text for p in signer.paragraphs if p.text.strip()]
    authority = model.nguoi_ky.dong_quyen_han(model.co_quan.he_thong)
    assert lines == [*authority, model.nguoi_ky.chuc_vu, model.nguoi_ky.ho_ten]
    for p in signer.paragraphs:
        if p.text.strip():
            assert style_of(p)[:2] == ({14.0}, {True})
    if model.co_quan.he_thong is HeThong.dang:
        assert all(line[:3] in ("T/M", "K/T", "T/L") for line in authority)


def _joint_signatures(model: VanBanLienTich, table: Table) -> None:
    """One signature per body, each in its own system's authority form: the leading body's on the
    right of the first row, the co-issuers' in order in the other cells; names level in the row
    under the titles; Nơi nhận under them."""
    def lines(cell: _Cell) -> list[str]:
        return [p.text for p in cell.paragraphs if p.text.strip()]

    expected = [[*d.nguoi_ky.dong_quyen_han(d.co_quan.he_thong), d.nguoi_ky.chuc_vu, d.nguoi_ky.ho_ten]
                for d in [model, *model.dong_ban_hanh]]  # type: ignore[list-item]
    lead, co = expected[0], expected[1:]
    cells = [lines(table.cell(r, c)) + lines(table.cell(r + 1, c))
             for r in range(0, len(table.rows) - 1, 2) for c in range(len(table.columns))]
    assert cells[1] == lead  # ND 30: the leading body signs on the right
    assert [c for i, c in enumerate(cells) if i != 1 and c] == co
    for r in range(0, len(table.rows) - 1, 2):  # names side by side stay level
        assert all(not p.text.strip() for c in table.rows[r].cells for p in c.paragraphs[-1:])
    assert lines(table.cell(len(table.rows) - 1, 0))[0] == "Nơi nhận:"
    if model.co_quan.he_thong is HeThong.dang:
        assert lead[0].startswith("T/M")


def test_body_is_justified_with_first_line_indent(case) -> None:  # type: ignore[no-untyped-def]
    model, doc = case
    for y in model.y_kien:
        p = find(doc, re.escape(y.noi_dung))
        assert p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert p.paragraph_format.first_line_indent in (Mm(10), Mm(12.7)) or abs(
            p.paragraph_format.first_line_indent - Mm(10)) < Mm(0.1)
        assert style_of(p)[0] == {14.0}


def test_minutes_content_is_complete(case) -> None:  # type: ignore[no-untyped-def]
    model, doc = case
    text = full_text(doc)
    assert f"Thời gian bắt đầu: {model.bat_dau:%H} giờ" in text
    points = f"; các điểm cầu trực tuyến: {'; '.join(model.diem_cau)}" if model.diem_cau else ""
    assert f"Địa điểm: {model.dia_diem}{points}." in text
    assert f"Tổng số đại biểu được mời: {model.tong_moi}; có mặt: {model.tong_co_mat}." in text
    for chair in model.chu_tri:
        assert f"- {chair.ten_goi}, {chair.chuc_vu}" in text
    for i, y in enumerate(model.y_kien, 1):
        assert y.noi_dung in text
        # The opinion's header is the title line of its text, which follows it in the same paragraph.
        opinion = find(doc, re.escape(y.noi_dung))
        head = opinion.text.split("\n\t")[-2]
        assert head.startswith(f"{i}. {y.nguoi_neu.ten_goi}") and head.endswith(f"lĩnh vực {y.linh_vuc.nhan}:")
        assert opinion.runs[[r.text for r in opinion.runs].index(f"{i}. {y.nguoi_neu.ten_goi}")].bold
        if y.trang_thai == "tra_loi_sau":
            assert (f"giao {y.don_vi_tra_loi} trả lời {y.cach_tra_loi.nhan} trước ngày" if y.han_tra_loi else
                    f"giao {y.don_vi_tra_loi} kiểm tra, trả lời {y.cach_tra_loi.nhan} sau hội nghị.") in text
        if y.trang_thai == "chuyen_cap_tren":
            assert f"chuyển đến {y.noi_chuyen} xem xét" in text
    for paragraph in model.ket_luan.split("\n\n"):
        assert find(doc, re.escape(paragraph)).alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert re.search(rf"{model.kieu.ngan.capitalize()} kết thúc vào \d{{2}} giờ.*\./\.", text)


def test_signatures_follow_mau_1_9(case) -> None:  # type: ignore[no-untyped-def]
    model, doc = case
    chair_label = "CHỦ TRÌ" if model.co_quan.he_thong is HeThong.dang else "CHỦ TỌA"
    secretary = find(doc, "THƯ KÝ")
    chairs = [p for p in paragraphs(doc) if p.text == chair_label]
    assert len(chairs) == len(model.chu_tri)
    for label in (secretary, *chairs):
        assert style_of(label) == ({14.0}, {True}, {False})
    table = doc.tables[-1]
    # Titles in one row, names level in the row under them.
    assert "THƯ KÝ" in table.cell(0, 0).text and table.cell(1, 0).text == model.thu_ky.ho_ten
    assert table.cell(1, 1).text == model.chu_tri[0].ho_ten
    assert chair_label in table.cell(0, 1).text
    for chair in model.chu_tri:
        name = find(doc, re.escape(chair.ho_ten))
        assert style_of(name)[:2] == ({14.0}, {True})
    assert not re.search(r"\b(TM\.|KT\.|T/M|K/T)", table.cell(0, 0).text + table.cell(0, 1).text)


def test_recipients(any_case) -> None:  # type: ignore[no-untyped-def]
    model, doc = any_case
    label = find(doc, "Nơi nhận:")
    tt = THU_THUC[model.co_quan.he_thong]
    words = label.runs[0]
    assert words.text == "Nơi nhận" and size(words) == tt.noi_nhan_nhan.co
    assert (bool(words.bold), bool(words.italic), bool(words.underline)) == (
        tt.noi_nhan_nhan.dam, tt.noi_nhan_nhan.nghieng, tt.noi_nhan_nhan.gach_chan)
    if model.co_quan.he_thong is HeThong.dang:  # HD 36: lower case, 14, upright, underlined
        assert (size(words), words.bold, words.italic, words.underline) == (14.0, None, None, True)
    else:  # ND 30: 12 bold italic
        assert (size(words), words.bold, words.italic) == (12.0, True, True)
    everything = paragraphs(doc)
    start = next(i for i, p in enumerate(everything) if p._p is label._p)
    items = []
    for p in everything[start + 1:]:
        if not p.text.startswith("- "):
            break
        items.append(p)
    first = ["- Như trên;"] if isinstance(model, CongVan) else []
    assert [p.text for p in items][:len(model.noi_nhan) + len(first) + 1] == (
        first + [f"- {n};" for n in model.noi_nhan] + [f"- {tt.tien_to_luu}{model.luu}."])
    assert all(size(r) == tt.noi_nhan_muc.co for p in items for r in text_runs(p))
    assert tt.noi_nhan_muc.co == (12.0 if model.co_quan.he_thong is HeThong.dang else 11.0)


def test_page_number_in_header_hidden_on_first_page(any_case) -> None:  # type: ignore[no-untyped-def]
    _, doc = any_case
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    header = section.header.paragraphs[0]
    assert header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert "PAGE" in "".join(t.text for t in header._p.iter(qn("w:instrText")))
    first = "".join(p._p.xml for p in section.first_page_header.paragraphs)
    assert "PAGE" not in first


def test_no_leftover_template_syntax_or_none(any_case) -> None:  # type: ignore[no-untyped-def]
    _, doc = any_case
    text = full_text(doc)
    for token in ("{{", "}}", "{%", "%}", "{#", "None"):
        assert token not in text
