"""What real dialogues are (issue 8): answers after checking without a date, answerers who are
not officials, referrals to a body not yet known, tasks that say which opinion."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
import yaml

import hoso
from hoso.models import BienBanDoiThoai, ThongBaoKetLuanDoiThoai
from tests.conftest import ROOT
from tests.docx_facts import full_text, open_docx

OPEN = ROOT / "examples" / "tra_loi_sau"


def _text(doc: hoso.models.VanBan) -> str:
    return " ".join(full_text(open_docx(hoso.render(doc))).split())


def test_minutes_say_answers_after_checking_non_officials_and_unknown_referrals() -> None:
    minutes = hoso.load(OPEN / "bien_ban.dang.yaml")
    assert isinstance(minutes, BienBanDoiThoai)
    text = _text(minutes)
    assert "Trả lời (Ông Quang Văn Hải, Giám đốc, Hợp tác xã nông nghiệp Châu Tiến):" in text
    assert "Trả lời (Công ty cổ phần khoáng sản Châu Tiến):" in text
    assert "chủ trì giao Phòng Kinh tế xã kiểm tra, trả lời bằng văn bản sau hội nghị." in text
    assert "giao Ủy ban nhân dân xã kiểm tra, trả lời trực tiếp tại thôn, tổ dân phố sau hội nghị." in text
    assert "trả lời qua điện thoại trước ngày 21 tháng 5 năm 2026." in text
    assert "hội nghị chuyển đến cấp có thẩm quyền xem xét, giải quyết." in text


def test_the_conclusions_assign_the_deadlines_and_cite_which_opinion() -> None:
    notice = hoso.load(OPEN / "thong_bao_ket_luan.dang.yaml")
    assert isinstance(notice, ThongBaoKetLuanDoiThoai) and notice.chua_co_han == []
    text = _text(notice)
    assert ("1. Phòng Kinh tế xã: Trả lời bằng văn bản ý kiến số 2 của ông Lang Văn Thái (thôn Bản Cuồng) về "
            "kinh tế, sản xuất: hộ trồng keo chưa nhận tiền hỗ trợ trồng rừng sản xuất năm 2025; "
            "thời hạn: 15/6/2026.") in text
    assert "Trả lời trực tiếp tại thôn, tổ dân phố ý kiến số 3 của bà Vi Thị Nguyệt" in text
    assert "giao Ủy ban nhân dân xã trả lời trực tiếp tại thôn, tổ dân phố trước ngày 30 tháng 6 năm 2026." in text
    assert ("1. Chuyển cấp có thẩm quyền: ý kiến số 5 của bà Lô Thị Dung (thôn Bản Cuồng) về đất đai:") in text
    assert "Trả lời tại hội nghị (ông Quang Văn Hải, Giám đốc, Hợp tác xã nông nghiệp Châu Tiến):" in text
    # The minutes stay as they were: the notice only adds the deadlines.
    assert notice.bien_ban.y_kien[1].han_tra_loi is None


def test_deadlines_the_conclusions_assign_are_checked() -> None:
    data = yaml.safe_load((OPEN / "thong_bao_ket_luan.dang.yaml").read_text(encoding="utf-8"))
    data["bien_ban"] = str(OPEN / "bien_ban.dang.yaml")
    data["han_tra_loi"] = [{"y_kien": 9, "han": "2026-06-01"}, {"y_kien": 1, "han": "2026-06-01"},
                           {"y_kien": 6, "han": "2026-06-01"}, {"y_kien": 2, "han": "2026-05-01"},
                           {"y_kien": 2, "han": "2026-06-01"}]
    try:
        hoso.load(data)
    except hoso.DataError as exc:
        found = {p.path: p.message for p in exc.problems}
    else:
        raise AssertionError("deadlines for the wrong opinions must be refused")
    assert "không có ý kiến số 9" in found["han_tra_loi[0].y_kien"]
    assert "không phải ý kiến trả lời sau" in found["han_tra_loi[1].y_kien"]
    assert "đã ghi hạn" in found["han_tra_loi[2].y_kien"]
    assert "trước ngày hội nghị" in found["han_tra_loi[3].han"]
    assert "đã được giao hạn" in found["han_tra_loi[4].y_kien"]


def test_an_open_item_is_reported_at_the_opinion_when_no_notice_sets_its_deadline(tmp_path: Path) -> None:
    shutil.copy(OPEN / "bien_ban.dang.yaml", tmp_path)
    problems = hoso.check_dossier(tmp_path)
    assert [p.path for p in problems] == ["y_kien[1].han_tra_loi", "y_kien[2].han_tra_loi"]
    lines = (tmp_path / "bien_ban.dang.yaml").read_text(encoding="utf-8").splitlines()
    assert all(lines[p.line - 1].lstrip().startswith("- nguoi_neu:") for p in problems if p.line)
    assert "ý kiến số 2 (Ông Lang Văn Thái) trả lời sau nhưng chưa có hạn" in problems[0].message


ONLINE = ROOT / "examples" / "truc_tuyen"


def test_an_online_dialogue_with_one_village_reads_right_in_every_document() -> None:
    said = {
        "thong_bao.yaml": ["thông báo về việc tổ chức buổi đối thoại như sau:",
                           "2. Địa điểm: Phòng họp trực tuyến Ủy ban nhân dân xã Tân Lập; các điểm cầu trực tuyến: "
                           "Nhà văn hóa thôn Khe Ngát; Điểm trường tiểu học thôn Khe Ngát; hình thức trực tuyến."],
        "bien_ban.yaml": ["Nội dung (theo diễn biến buổi đối thoại):", "TRẢ LỜI TẠI BUỔI ĐỐI THOẠI",
                          "; các điểm cầu trực tuyến: Nhà văn hóa thôn Khe Ngát;", "Hình thức tổ chức: trực tuyến.",
                          "vượt thẩm quyền, buổi đối thoại chuyển đến", "Buổi đối thoại kết thúc vào 21 giờ 30 phút"],
        "thong_bao_ket_luan.yaml": ["buổi đối thoại được tổ chức trực tuyến theo Thông báo số 41/TB-UBND",
                                    ". Buổi đối thoại do ông Đinh Công Thuận", "Trả lời tại buổi đối thoại (ông"],
        "bao_cao.yaml": ["I. KẾT QUẢ TỔ CHỨC BUỔI ĐỐI THOẠI", "1. Số buổi đối thoại: 1.",
                         "trả lời tại buổi đối thoại 1 (50%); trả lời bằng văn bản sau buổi đối thoại 0"],
    }
    for name, phrases in said.items():
        text = _text(hoso.load(ONLINE / name))
        for phrase in phrases:
            assert phrase in text, (name, phrase)
        assert "hội nghị" not in text.lower(), name


def test_a_contact_and_dialogue_conference_held_in_person_and_online() -> None:
    data = yaml.safe_load((ROOT / "examples" / "cai_khe" / "ke_hoach.nha_nuoc.yaml").read_text(encoding="utf-8"))
    data["hoi_nghi"].update(kieu="hoi_nghi_tiep_xuc", hinh_thuc="ket_hop", diem_cau=["Nhà văn hóa khu vực 3"])
    text = _text(hoso.load(data))
    assert "Kế hoạch tổ chức hội nghị tiếp xúc, đối thoại được xây dựng" in text
    assert "đối thoại trực tiếp kết hợp trực tuyến" in text
    assert "Cái Khế; các điểm cầu trực tuyến: Nhà văn hóa khu vực 3." in text
    data["hoi_nghi"]["hinh_thuc"] = "truc_tiep"
    try:
        hoso.load(data)
    except hoso.DataError as exc:
        assert [p.path for p in exc.problems] == ["hoi_nghi.diem_cau"]
        assert "truc_tuyen hoặc ket_hop" in exc.problems[0].message
    else:
        raise AssertionError("connection points of an event held in person must be refused")


def test_approximate_and_unknown_counts_print_as_written_and_totals_count_only_exact_figures() -> None:
    minutes = hoso.load(ONLINE / "bien_ban.yaml")
    assert isinstance(minutes, BienBanDoiThoai) and not minutes.so_chinh_xac
    assert minutes.thanh_phan[1].so_moi is None and minutes.thanh_phan[1].so_co_mat == "gần 50"
    text = _text(minutes)
    assert "không rõ số mời): có mặt gần 50;" in text
    assert "Tổng số đại biểu được mời: 9 (chưa kể 1 nhóm không rõ số); có mặt: 9 (chưa kể gần 50)." in text
    notice = hoso.load(ONLINE / "thong_bao_ket_luan.yaml")
    assert "chủ trì; có mặt 9 người (chưa kể 1 nhóm ghi gần 50 người); 2 ý kiến được nêu." in _text(notice)
    report = hoso.load(ONLINE / "bao_cao.yaml")
    assert isinstance(report, hoso.models.BaoCaoKetQuaDoiThoai)
    assert (report.so_lieu()["tong_moi"], report.so_lieu()["tong_co_mat"]) == (9, 9)
    assert "2. Đại biểu: được mời 9 (chưa kể 1 nhóm không rõ số); có mặt 9 (chưa kể gần 50)." in _text(report)


def test_a_count_is_a_number_or_an_approximation_as_written() -> None:
    data = yaml.safe_load((ONLINE / "bien_ban.yaml").read_text(encoding="utf-8"))
    data["thanh_phan"] = [{"nhom": "A", "so_moi": "khoảng 100", "so_co_mat": "hơn 80"},
                          {"nhom": "B", "so_co_mat": "năm mươi"}, {"nhom": "C", "so_moi": 5, "so_co_mat": 5.5},
                          {"nhom": "D", "so_moi": 5, "so_co_mat": 6}, {"nhom": "E", "so_moi": -1, "so_co_mat": 0}]
    try:
        hoso.load(data)
    except hoso.DataError as exc:
        found = {p.path: p.message for p in exc.problems}
    else:
        raise AssertionError("bad counts must be refused")
    assert set(found) == {"thanh_phan[1].so_co_mat", "thanh_phan[2].so_co_mat", "thanh_phan[3].so_co_mat",
                          "thanh_phan[4].so_moi"}
    assert "'gần 50'" in found["thanh_phan[1].so_co_mat"] and "lớn hơn số được mời" in found["thanh_phan[3].so_co_mat"]


def test_a_2026_document_naming_a_district_body_is_warned_where_it_says_so(tmp_path: Path) -> None:
    text = (ROOT / "examples" / "cai_khe" / "thong_bao.mat_tran.yaml").read_text(encoding="utf-8")
    text = text.replace('co_quan_chu_quan: "ỦY BAN MTTQ VIỆT NAM\\nPHƯỜNG CÁI KHẾ"',
                        'co_quan_chu_quan: "ỦY BAN MTTQ VIỆT NAM\\nHUYỆN HOẰNG HÓA"')
    text = text.replace("  - Trưởng các khu vực\n", "  - Ủy ban nhân dân huyện Hoằng Hóa\n")
    path = tmp_path / "thong_bao.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.warns(hoso.DistrictWarning) as caught:
        hoso.load(path)
    found = {w.message.path: w.message for w in caught if isinstance(w.message, hoso.DistrictWarning)}
    assert set(found) == {"co_quan.co_quan_chu_quan", "noi_nhan[3]"}
    lines = text.splitlines()
    header, recipient = found["co_quan.co_quan_chu_quan"], found["noi_nhan[3]"]
    assert header.line and lines[header.line - 1].lstrip().startswith("co_quan_chu_quan:")
    assert recipient.line and "Ủy ban nhân dân huyện Hoằng Hóa" in lines[recipient.line - 1]
    assert "'HUYỆN'" in header.message and "01/7/2025" in header.message and header.source == str(path)


def test_an_older_document_naming_a_district_body_is_not_warned() -> None:
    data = yaml.safe_load((ROOT / "examples" / "gia_vien" / "thong_bao.dang.yaml").read_text(encoding="utf-8"))
    data["co_quan"].update(co_quan_chu_quan="ĐẢNG BỘ TỈNH NGHỆ AN", ten="ĐẢNG BỘ HUYỆN QUỲ HỢP", cap="huyen")
    data["ngay"] = "2024-11-05"
    data["hoi_nghi"]["ngay"] = "2024-11-20"
    with warnings.catch_warnings():
        warnings.simplefilter("error", hoso.DistrictWarning)
        assert hoso.load(data).co_quan.ten == "ĐẢNG BỘ HUYỆN QUỲ HỢP"


def test_fields_dialogue_reports_group_by_are_not_khac() -> None:
    data = yaml.safe_load((OPEN / "bien_ban.dang.yaml").read_text(encoding="utf-8"))
    for y, field in zip(data["y_kien"], ["xay_dung_dang", "can_bo", "thuy_loi", "an_toan_thuc_pham",
                                          "thon_to_dan_pho", "nong_nghiep"], strict=True):
        y["linh_vuc"] = field
    minutes = hoso.load(data)
    assert isinstance(minutes, BienBanDoiThoai)
    assert "lĩnh vực xây dựng Đảng, chính quyền:" in _text(minutes)
    notice = ThongBaoKetLuanDoiThoai.tu_bien_ban(minutes, so=31, ngay="2026-05-20", nguoi_ky={
        "tm": "BAN THƯỜNG VỤ", "chuc_vu": "BÍ THƯ", "ho_ten": "Lô Văn Quyết"},
        han_tra_loi=[{"y_kien": 2, "han": "2026-06-15"}, {"y_kien": 3, "han": "2026-06-30"}])
    text = _text(notice)
    for label in ("xây dựng Đảng, chính quyền", "cán bộ, công chức, tác phong làm việc", "thủy lợi",
                  "an toàn thực phẩm", "tổ chức thôn, tổ dân phố", "nông nghiệp"):
        assert f"Lĩnh vực {label} (1 ý kiến)" in text
    assert "khác" not in text


def test_every_field_of_every_dialogue_kind_is_described_in_vietnamese() -> None:
    dialogue = [k for k in hoso.catalog() if k.loai.endswith("doi_thoai")]
    assert len(dialogue) == 6
    for kind in dialogue:
        schema = kind.model.model_json_schema()
        for name, part in [(kind.loai, schema), *schema.get("$defs", {}).items()]:
            for field, spec in part.get("properties", {}).items():
                assert spec.get("description"), f"{name}.{field}"
