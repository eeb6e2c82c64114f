"""The periodic report (``bao_cao_dinh_ky``): figures counted by the loader from the folder the YAML
names, in tables with totals and a sentence each, the open recommendations with their age."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import pytest
from docx import Document

import hoso
from hoso.models import BaoCaoDinhKy
from hoso.models.bao_cao_dinh_ky import _theo_van_ban
from hoso.models.so_lieu import MoKienNghi, Nguon
from tests import ho_so_xa

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "examples" / "bao_cao_dinh_ky"
FRONT = FOLDER / "bao_cao.mat_tran.yaml"
PARTY = FOLDER / "bao_cao.dang.yaml"


def tables(path: Path) -> dict[str, list[list[str]]]:
    """The figure tables of a rendered report, by their second heading."""
    found = {}
    for table in Document(str(path)).tables:
        rows = [[c.text for c in r.cells] for r in table.rows]
        if rows and rows[0][0] == "STT":
            found[rows[0][1]] = rows
    return found


def test_the_loader_counts_the_folder_for_the_period() -> None:
    report = hoso.load(FRONT)
    assert isinstance(report, BaoCaoDinhKy)
    assert (report.ho_so.tu_ngay, report.ho_so.den_ngay) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    # Jan–Jun: the three dialogues; the comments' reply (8/7/2026) is not known at the end of June
    assert report.ho_so.so("doi_thoai", "hoi_nghi", "so").so == 3
    assert report.ho_so.so("gop_y", "gop_y", "chua_tra_loi").so == 6
    # only exact counts are summed; the approximate one is told apart, as written
    assert report.nhan_xet["doi_thoai"].startswith(
        "Trong kỳ tổ chức 3 hội nghị đối thoại, 139 người dự (chưa kể 1 nhóm ghi gần 50 người); Nhân dân nêu")
    assert "(chiếm 52,6%)" in report.nhan_xet["doi_thoai"]


def test_tables_with_totals_sentences_and_open_recommendations(rendered: dict[Path, Path]) -> None:
    report = hoso.load(FRONT)
    assert isinstance(report, BaoCaoDinhKy)
    found = tables(rendered[FRONT])
    forms = found["Hình thức giám sát"]
    assert forms[0][2:] == ["Chủ trì", "Tham gia"]
    assert forms[-1][1:] == ["Tổng cộng", "1", "1"]
    recommendations = found["Nơi nhận kiến nghị"]
    assert recommendations[-1][1:4] == ["Tổng cộng", "8", "4"]
    assert found["Nội dung"][-1][1:] == ["Trả lời sau chưa có hạn", "0"]
    assert found["Nội dung"][2][1:] == ["Số người được mời", "149 (chưa kể 1 nhóm không rõ số)"]
    assert found["Nội dung"][3][1:] == ["Số người dự", "139 (chưa kể gần 50)"]
    fields = found["Lĩnh vực"]
    assert fields[-1][1:3] == ["Tổng cộng", "19"]
    assert len(fields) == 1 + len(report.ho_so.bang_ma("doi_thoai_linh_vuc").dong) + 1
    text = [p.text for p in Document(str(rendered[FRONT])).paragraphs]
    for sentence in report.nhan_xet.values():
        assert sentence in text, sentence
    opened = [t for t in text if t.startswith("- Văn bản số 55/MTTQ-BTT ngày 29/5/2026 gửi Trạm Y tế xã")]
    assert opened == ["- Văn bản số 55/MTTQ-BTT ngày 29/5/2026 gửi Trạm Y tế xã (chưa trả lời, đã 32 ngày): "
                      + next(k.noi_dung for k in report.ho_so.mo_kien_nghi if k.gui == "Trạm Y tế xã")]
    assert any(t.startswith("- Tham gia tổ chức hội nghị đối thoại cuối năm 2026.") for t in text)


def test_the_party_reports_the_year_to_the_level_above(rendered: dict[Path, Path]) -> None:
    text = "\n".join(p.text for p in Document(str(rendered[PARTY])).paragraphs)
    assert "từ ngày 15/12/2025 đến ngày 14/12/2026" in text
    assert "Số 215-BC/ĐU" in "\n".join(c.text for t in Document(str(rendered[PARTY])).tables
                                       for r in t.rows for c in r.cells)
    # five open items of one letter to one addressee: the letter once, its items below it
    letter = ("- Văn bản số 231/MTTQ-BTT ngày 27/5/2026 gửi Sở Nông nghiệp và Môi trường tỉnh Ninh Bình, "
              "5 kiến nghị (chưa trả lời, đã 201 ngày):\n\t+ Rà soát, bỏ nội dung")
    assert text.count("Văn bản số 231/MTTQ-BTT") == 1 and letter in text
    assert text.count("\n+ ") + text.count("\t+ ") == 7  # 2 items of letter 37, 5 of letter 231


def test_open_items_of_one_letter_keep_each_status_when_they_differ() -> None:
    where = Nguon(tep="theo_doi.yaml", truong="dong[0]")
    day = dt.date(2026, 5, 29)
    items = [MoKienNghi(noi_dung=n, gui=g, van_ban="Văn bản số 55/MTTQ-BTT ngày 29/5/2026", ngay=day, so_ngay=32,
                        tinh_trang=t, nguon=where)
             for n, g, t in (("Cấp thẻ.", "Ủy ban nhân dân xã", "đang giải quyết"),
                             ("Niêm yết thuốc.", "Trạm Y tế xã", "chưa trả lời"),
                             ("Sửa thẻ.", "Ủy ban nhân dân xã", "chưa trả lời"))]
    assert [tuple(x) for x in _theo_van_ban(items)] == [
        ("- Văn bản số 55/MTTQ-BTT ngày 29/5/2026 gửi Ủy ban nhân dân xã, 2 kiến nghị (đã 32 ngày):",
         "+ Đang giải quyết: Cấp thẻ."),
        ("", "+ Chưa trả lời: Sửa thẻ."),
        ("", "- Văn bản số 55/MTTQ-BTT ngày 29/5/2026 gửi Trạm Y tế xã (chưa trả lời, đã 32 ngày): Niêm yết thuốc.")]


def test_a_bad_file_in_the_folder_stops_the_report_with_every_problem(tmp_path: Path) -> None:
    minutes = ho_so_xa.copy("xa_an_ap", tmp_path / "ho_so" / "xa_an_ap") / "truc_tuyen" / "bien_ban.yaml"
    minutes.write_text(minutes.read_text(encoding="utf-8").replace("linh_vuc: ", "linh_vuc: x", 1), encoding="utf-8")
    report = tmp_path / "bao_cao.yaml"
    text = ho_so_xa.report_text("xa_an_ap", "ho_so/xa_an_ap")
    report.write_text(text.replace("danh_gia: |-", "danh_gia_chung: |-"), encoding="utf-8")
    with pytest.raises(hoso.DataError) as caught:
        hoso.load(report)
    where = {(Path(p.source or "").name, p.path) for p in caught.value.problems}
    assert ("bien_ban.yaml", "y_kien[0].linh_vuc") in where
    assert ("bao_cao.yaml", "ho_so") in where
    assert ("bao_cao.yaml", "danh_gia_chung") in where
    assert all(p.line for p in caught.value.problems)
    assert not list(tmp_path.glob("*.docx"))


def test_python_callers_pass_the_figures_and_the_period_must_match() -> None:
    data = hoso.load(FRONT).model_dump()
    figures = hoso.so_lieu(ho_so_xa.paths("xa_an_ap"), tu_ngay=dt.date(2026, 1, 1), den_ngay=dt.date(2026, 12, 31))
    with pytest.raises(hoso.DataError, match="khác kỳ báo cáo"):
        hoso.load({**data, "ho_so": figures})
    # a mapping's folder is read from the working directory, like its cited files
    with pytest.raises(hoso.DataError, match="không có thư mục hồ sơ khong_co/xa_an_ap"):
        hoso.load({**data, "ho_so": "khong_co/xa_an_ap"})
    with pytest.raises(hoso.DataError) as wrong:
        hoso.load({**data, "ho_so": ["../doi_thoai", 5]})
    assert [(p.path, p.message) for p in wrong.value.problems] == [
        ("ho_so[1]", "cần đường dẫn thư mục hoặc tệp hồ sơ (chuỗi), không phải 5")]
    with pytest.raises(hoso.DataError, match="cần ít nhất một thư mục hoặc tệp hồ sơ"):
        hoso.load({**data, "ho_so": []})
    with pytest.raises(hoso.DataError, match=r"không có thư mục hồ sơ khong_co\.yaml"):
        hoso.load({**data, "ho_so": [str(ho_so_xa.paths("xa_an_ap")[0]), "khong_co.yaml"]})
    assert hoso.load({**data, "ho_so": figures, "den_ngay": dt.date(2026, 12, 31), "ngay": dt.date(2027, 1, 5)})


def test_charts_show_the_figures_they_claim_inside_the_margins(rendered: dict[Path, Path]) -> None:
    from PIL import Image

    report = hoso.load(FRONT)
    document = Document(str(rendered[FRONT]))
    section = document.sections[0]
    room = section.page_width - section.left_margin - section.right_margin
    inline = document.inline_shapes
    assert len(inline) == 2
    claimed = {c.tieu_de: c for c in report.cac_bieu_do()}
    assert claimed["Ý kiến của Nhân dân theo lĩnh vực"].mo_ta.startswith(
        "Ý kiến của Nhân dân theo lĩnh vực: Đất đai 3; Giao thông 2; Chính sách xã hội 3")
    for shape in inline:
        assert 0 < shape.width <= room
        doc_pr = shape._inline.docPr
        chart = claimed[doc_pr.get("title")]
        assert doc_pr.get("descr") == chart.mo_ta
        blob = document.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
        picture = Image.open(io.BytesIO(blob))
        assert picture.text["Description"] == chart.mo_ta
        assert picture.mode in ("RGB", "RGBA")
        colours = [rgb for _, rgb in picture.convert("RGB").getcolors(maxcolors=1 << 24)]
        assert all(r == g == b for r, g, b in colours), "chỉ dùng màu xám: in đen trắng vẫn đọc được"


def test_no_chart_when_not_asked_and_a_clear_error_without_matplotlib(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    report = hoso.load(FRONT)
    plain = hoso.render(report.model_copy(update={"bieu_do": False}))
    assert len(Document(io.BytesIO(plain)).inline_shapes) == 0
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(hoso.HosoError, match=r"pip install 'hoso\[bieudo\]'"):
        hoso.render(report, tmp_path / "bao_cao.docx")
    assert not list(tmp_path.iterdir())


def test_the_province_reports_from_its_communes_workbooks(tmp_path: Path) -> None:
    books = tmp_path / "bang_tinh"
    for commune in ("xa_an_ap", "xa_gia_vien"):
        hoso.write_workbook(hoso.so_lieu(ho_so_xa.paths(commune), tu_ngay=dt.date(2026, 1, 1),
                                         den_ngay=dt.date(2026, 6, 30)), books / f"{commune}.xlsx")
    report = tmp_path / "bao_cao_tinh.yaml"
    report.write_text(ho_so_xa.report_text("xa_an_ap", "bang_tinh"), encoding="utf-8")
    province = hoso.load(report)
    assert isinstance(province, BaoCaoDinhKy)
    communes = [hoso.read_workbook(b) for b in sorted(books.glob("*.xlsx"))]
    assert province.ho_so.so("doi_thoai", "y_kien", "so").so == sum(
        c.so("doi_thoai", "y_kien", "so").so for c in communes)
    assert {n.tep for n in province.ho_so.nguon("doi_thoai", "y_kien")} == {str(b) for b in sorted(books.glob("*"))}
    with pytest.raises(hoso.OutputError):
        hoso.write_workbook(province.ho_so, books)
