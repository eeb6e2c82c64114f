"""The dialogue dossier (issue: plan → notice → invitations → minutes → conclusions → report),
written comments and replies, deadline rules and the checks across documents."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
import yaml
from docx.oxml.ns import qn

import hoso
from hoso.models import (
    BaoCaoKetQuaDoiThoai,
    BienBanDoiThoai,
    GiayMoiDoiThoai,
    ThongBaoKetLuanDoiThoai,
    TrangThai,
    VanBanGopY,
    VanBanTiepThuGiaiTrinh,
)
from tests.conftest import ROOT
from tests.docx_facts import find, find_title, full_text, open_docx, paragraphs

DOSSIER = ROOT / "examples" / "doi_thoai"
MINUTES = DOSSIER / "bien_ban.yaml"


def minutes() -> BienBanDoiThoai:
    doc = hoso.load(MINUTES)
    assert isinstance(doc, BienBanDoiThoai)
    return doc


def test_conclusions_carry_the_minutes_exactly() -> None:
    bb = minutes()
    notice = hoso.load(DOSSIER / "thong_bao_ket_luan.yaml")
    assert isinstance(notice, ThongBaoKetLuanDoiThoai)
    assert notice.bien_ban == bb
    assert notice.dia_danh == bb.dia_danh and notice.ket_luan_chu_tri == bb.ket_luan
    groups = {g.linh_vuc: len(g.y_kien) for g in notice.nhom_linh_vuc}
    assert sum(groups.values()) == len(bb.y_kien) == 11
    later = [y for y in bb.y_kien if y.trang_thai is TrangThai.tra_loi_sau]
    assigned = [(p.don_vi, p.han) for p in notice.giao_viec[:len(later)]]
    assert assigned == [(y.don_vi_tra_loi, y.han_tra_loi) for y in later]
    forwarded = [y.co_quan_chuyen for y in notice.chuyen_cap_tren]
    assert forwarded == ["Ủy ban nhân dân tỉnh Hưng Yên", "Sở Nội vụ tỉnh Hưng Yên"]
    text = full_text(open_docx(hoso.render(notice)))
    for y in bb.y_kien:
        assert y.noi_dung in text
    for group in notice.nhom_linh_vuc:
        assert f"Lĩnh vực {group.linh_vuc.nhan} ({len(group.y_kien)} ý kiến)" in text
    assert f"{bb.tong_co_mat} trên {bb.tong_moi} đại biểu được mời có mặt; 11 ý kiến được nêu" in text
    assert "Chuyển Ủy ban nhân dân tỉnh Hưng Yên:" in text
    assert "thời hạn: 20/4/2026" in text


def test_conclusions_from_python_equal_conclusions_from_yaml() -> None:
    from_yaml = hoso.load(DOSSIER / "thong_bao_ket_luan.yaml")
    raw = yaml.safe_load((DOSSIER / "thong_bao_ket_luan.yaml").read_text("utf-8"))
    del raw["bien_ban"], raw["loai"]
    built = ThongBaoKetLuanDoiThoai.tu_bien_ban(minutes(), **raw)
    assert built == from_yaml
    assert hoso.render(built) == hoso.render(from_yaml)


def test_report_figures_are_computed_from_the_minutes() -> None:
    report = hoso.load(DOSSIER / "bao_cao.yaml")
    assert isinstance(report, BaoCaoKetQuaDoiThoai)
    bb = minutes()
    figures = report.so_lieu()
    assert figures["so_hoi_nghi"] == 1
    assert (figures["tong_moi"], figures["tong_co_mat"]) == (bb.tong_moi, bb.tong_co_mat) == (127, 117)
    assert (figures["so_y_kien"], figures["so_da_tra_loi"], figures["so_tra_loi_sau"],
            figures["so_chuyen_cap_tren"]) == (11, 7, 2, 2)
    assert figures["ty_le_da_tra_loi"] == "63,6%"
    by_field = {r["linh_vuc"].value: r["so"] for r in figures["theo_linh_vuc"]}
    assert by_field == {"dat_dai": 2, "chinh_sach_xa_hoi": 2, "giao_thong": 1, "moi_truong": 1, "y_te": 1,
                        "giao_duc": 1, "an_ninh_trat_tu": 1, "kinh_te": 1, "hanh_chinh": 1}
    doc = open_docx(hoso.render(report))
    text = full_text(doc)
    assert ("tổng số 11 ý kiến; trả lời tại hội nghị 7 (63,6%); trả lời bằng văn bản sau hội nghị 2; "
            "chuyển cấp trên 2") in text
    table = doc.tables[1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["STT", "Lĩnh vực", "Số ý kiến"]
    # Labels in a table cell start with a capital; the table ends with its total.
    assert rows[1:-1] == [[str(i), r["linh_vuc"].nhan.capitalize(), str(r["so"])]
                          for i, r in enumerate(figures["theo_linh_vuc"], 1)]
    assert rows[-1] == ["", "Tổng cộng", str(figures["so_y_kien"])]
    twice = BaoCaoKetQuaDoiThoai.tu_bien_ban([bb, bb], **{k: v for k, v in yaml.safe_load(
        (DOSSIER / "bao_cao.yaml").read_text("utf-8")).items() if k not in ("bien_ban", "loai")})
    assert twice.so_lieu()["so_y_kien"] == 22 and twice.so_lieu()["tong_co_mat"] == 234


def test_invitations_one_file_each_or_one_combined(tmp_path: Path) -> None:
    doc = hoso.load(DOSSIER / "giay_moi.yaml")
    assert isinstance(doc, GiayMoiDoiThoai)
    files = hoso.render_invitations(doc, tmp_path / "each")
    assert [f.name for f in files] == ["01-do-van-binh.docx", "02-nguyen-thi-hoa.docx", "03-tran-van-tu.docx",
                                       "04-pham-thi-nga.docx"]
    first = open_docx(files[0])
    assert find(first, "Ông Đỗ Văn Bình \\(thôn Đông\\)")
    assert "Nguyễn Thị Hoa" not in full_text(first)
    assert full_text(first).count("GIẤY MỜI") == 1
    (combined,) = hoso.render_invitations(doc, tmp_path / "all.docx", combined=True)
    text = full_text(open_docx(combined))
    assert text.count("GIẤY MỜI") == 4 and "Bà Phạm Thị Nga" in text
    # Each invitation is a letter of its own: a section whose page numbers start again at 1.
    sections = open_docx(combined).sections
    assert len(sections) == 4
    assert all(s._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1" for s in sections)
    assert all(s.different_first_page_header_footer for s in sections)
    with pytest.raises(hoso.DataError):
        hoso.render_invitations(MINUTES, tmp_path / "x")


def test_letters_use_the_letter_layout() -> None:
    gop_y = hoso.load(ROOT / "examples" / "gop_y" / "gop_y.yaml")
    assert isinstance(gop_y, VanBanGopY)
    assert gop_y.so_ky_hieu == "Số: 21/MTTQ-BTT"
    doc = open_docx(hoso.render(gop_y))
    assert find_title(doc, "V/v góp ý xây dựng chính quyền 6 tháng đầu năm 2026")
    assert find(doc, "Kính gửi: Ủy ban nhân dân xã An Ấp.")
    texts = [p.text for p in paragraphs(doc)]
    assert texts[texts.index("Nơi nhận:") + 1] == "- Như trên;"
    assert "Đề nghị Ủy ban nhân dân xã xem xét, tiếp thu và phản hồi bằng văn bản đến Ban Thường trực Ủy ban MTTQ " \
           "Việt Nam xã trước ngày 15 tháng 7 năm 2026./." in texts
    data = yaml.safe_load((ROOT / "examples" / "gop_y" / "tiep_thu.yaml").read_text("utf-8"))
    data["co_quan"] = {"he_thong": "dang", "co_quan_chu_quan": "ĐẢNG BỘ TỈNH HƯNG YÊN", "ten": "ĐẢNG ỦY XÃ AN ẤP",
                       "ky_hieu": "ĐU", "cap": "xa"}
    data["nguoi_ky"] = {"tm": "ĐẢNG ỦY", "chuc_vu": "BÍ THƯ", "ho_ten": "Nguyễn Văn Hùng"}
    reply = hoso.load(data)
    assert reply.so_ky_hieu == "Số 142-CV/ĐU"
    doc = open_docx(hoso.render(reply))
    assert find_title(doc, reply.trich_yeu).runs[0].italic
    assert find(doc, "T/M ĐẢNG ỦY")


def test_reply_rows_say_what_happened_to_each_comment() -> None:
    reply = hoso.load(ROOT / "examples" / "gop_y" / "tiep_thu.yaml")
    assert isinstance(reply, VanBanTiepThuGiaiTrinh)
    table = open_docx(hoso.render(reply)).tables[1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert [r[2] for r in rows[1:]] == ["Tiếp thu", "Giải trình", "Không tiếp thu", "Tiếp thu"]
    assert rows[1][4] == "Trả kết quả các hồ sơ trễ hạn (Công chức Địa chính - Xây dựng); 31/8/2026"


def test_a_reply_starts_from_the_comments_or_the_minutes() -> None:
    gop_y = hoso.load(ROOT / "examples" / "gop_y" / "gop_y.yaml")
    assert isinstance(gop_y, VanBanGopY)
    draft = VanBanTiepThuGiaiTrinh.khung_tu(gop_y)
    assert len(draft["muc"]) == 6 and draft["muc"][0]["y_kien"].startswith("Về cải cách thủ tục hành chính: ")
    assert draft["van_ban_gop_y"].startswith("Văn bản số 21/MTTQ-BTT ngày 15/6/2026")
    with pytest.raises(hoso.DataError) as info:
        hoso.load(draft)
    paths = {p.path for p in info.value.problems}
    assert {f"muc[{i}].ket_qua" for i in range(6)} <= paths and {f"muc[{i}].noi_dung" for i in range(6)} <= paths
    from_minutes = VanBanTiepThuGiaiTrinh.khung_tu(minutes())
    assert len(from_minutes["muc"]) == 4  # the opinions not settled at the conference
    party = hoso.load(ROOT / "examples" / "gia_vien" / "bien_ban.dang.yaml")
    assert isinstance(party, BienBanDoiThoai)
    both = VanBanTiepThuGiaiTrinh.khung_tu([minutes(), party])
    unsettled = sum(y.trang_thai is not TrangThai.da_tra_loi for y in party.y_kien)
    assert len(both["muc"]) == 4 + unsettled
    assert both["van_ban_gop_y"].count("Biên bản hội nghị đối thoại số") == 2


def test_the_front_comments_and_party_or_government_reply() -> None:
    data = yaml.safe_load((ROOT / "examples" / "gop_y" / "gop_y.yaml").read_text("utf-8"))
    data["co_quan"] = {"he_thong": "nha_nuoc", "ten": "ỦY BAN NHÂN DÂN XÃ AN ẤP", "ky_hieu": "UBND", "cap": "xa"}
    with pytest.raises(hoso.DataError) as info:
        hoso.load(data)
    (problem,) = info.value.problems
    assert problem.path == "co_quan.he_thong" and "mat_tran" in problem.message


def test_deadline_rules_are_data_with_sources() -> None:
    rules = {r.ma: r for r in hoso.deadline_rules()}
    assert rules["thong_bao_truoc_doi_thoai"].so_ngay == 7 and "Điều 43" in rules["thong_bao_truoc_doi_thoai"].nguon
    assert rules["ket_qua_sau_doi_thoai"].so_ngay == 10
    assert rules["tra_loi_gop_y"].so_ngay is None and "1415" in rules["tra_loi_gop_y"].nguon


def test_a_late_notice_warns_and_blocks_only_when_asked(tmp_path: Path) -> None:
    data = yaml.safe_load((DOSSIER / "thong_bao.yaml").read_text("utf-8"))
    data["ngay"] = "2026-03-17"
    notice = hoso.load(data)
    (warning,) = hoso.check_deadlines(notice)
    assert warning.path == "ngay" and "3 ngày" in warning.message and "ít nhất 7 ngày" in warning.message
    assert "Điều 43" in warning.message
    with pytest.warns(hoso.DeadlineWarning, match="ít nhất 7 ngày"):
        hoso.render(notice, tmp_path / "a.docx")
    with pytest.raises(hoso.DataError) as info:
        hoso.render(notice, tmp_path / "b.docx", deadlines="error")
    assert info.value.problems[0].path == "ngay" and not (tmp_path / "b.docx").exists()
    late = tmp_path / "late.yaml"
    late.write_text((DOSSIER / "thong_bao.yaml").read_text("utf-8").replace("ngay: 2026-03-10", "ngay: 2026-03-17"),
                    encoding="utf-8")
    with pytest.raises(hoso.DataError) as info:
        hoso.render(late, tmp_path / "b.docx", deadlines="error")
    (problem,) = info.value.problems
    assert (problem.source, problem.line, problem.path) == (str(late), 10, "ngay")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        hoso.render(notice, tmp_path / "c.docx", deadlines="ignore")
    relaxed = tmp_path / "rules.yaml"
    relaxed.write_text((ROOT / "src" / "hoso" / "data" / "thoi_han.yaml").read_text("utf-8")
                       .replace("so_ngay: 7", "so_ngay: 3"), encoding="utf-8")
    assert hoso.check_deadlines(notice, rules=relaxed) == []


def test_late_conclusions_warn() -> None:
    data = yaml.safe_load((DOSSIER / "thong_bao_ket_luan.yaml").read_text("utf-8"))
    data["bien_ban"] = str(MINUTES)
    data["ngay"] = "2026-04-01"
    (warning,) = hoso.check_deadlines(hoso.load(data))
    assert "12 ngày" in warning.message and "chậm nhất 10 ngày" in warning.message


@pytest.mark.parametrize("folder", ["doi_thoai", "gia_vien", "cai_khe", "tra_loi_sau", "truc_tuyen"])
def test_the_example_dossiers_are_consistent(folder: str) -> None:
    assert hoso.check_dossier(ROOT / "examples" / folder) == []


def test_a_broken_dossier_gets_one_report_of_every_problem(tmp_path: Path) -> None:
    broken = tmp_path / "ho_so"
    shutil.copytree(DOSSIER, broken)
    edit = {
        "thong_bao.yaml": ("ngay: 2026-03-10", "ngay: 2026-03-17"),  # 3 days before the conference
        "ke_hoach.yaml": ("so: 12", "so: 13"),  # the others cite 12/KH-MTTQ-BTT
        "bien_ban.yaml": ("    han_tra_loi: 2026-04-20\n", ""),  # an opinion to answer later, no deadline
    }
    for name, (old, new) in edit.items():
        path = broken / name
        text = path.read_text("utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    problems = hoso.check_dossier(broken)
    found = {(Path(p.source or "").name, p.path) for p in problems}
    assert ("thong_bao.yaml", "ngay") in found
    # The minutes may leave the deadline open; the conclusions notice that cites them must set it.
    assert ("thong_bao_ket_luan.yaml", "bien_ban") in found and ("bien_ban.yaml", "y_kien[0].han_tra_loi") not in found
    open_item = next(p for p in problems if p.path == "bien_ban" and "ý kiến số 1" in p.message)
    assert "han_tra_loi" in open_item.message
    assert ("thong_bao.yaml", "ke_hoach") in found and ("giay_moi.yaml", "ke_hoach") in found
    for p in problems:
        assert p.source and p.line is not None, p
    text = (broken / "thong_bao.yaml").read_text("utf-8").splitlines()
    late = next(p for p in problems if (Path(p.source or "").name, p.path) == ("thong_bao.yaml", "ngay"))
    assert text[late.line - 1] == "ngay: 2026-03-17" and "3 ngày" in late.message
    cited = next(p for p in problems if (Path(p.source or "").name, p.path) == ("thong_bao.yaml", "ke_hoach"))
    assert text[cited.line - 1].startswith("ke_hoach:") and "13/KH-MTTQ-BTT" in cited.message
