"""The layout constants stay inside the ranges their sources give (format.md §1.2–1.3, §2.2, §6)."""

import pytest

from hoso import _layout
from hoso._layout import DANG, MAT_TRAN, NHA_NUOC, ThuThuc
from hoso.models import HeThong

ALL = [NHA_NUOC, MAT_TRAN, DANG]


@pytest.mark.parametrize("tt", ALL, ids=lambda t: t.he_thong.value)
def test_page_is_a4_with_margins_in_range(tt: ThuThuc) -> None:
    page = tt.trang
    assert (page.rong, page.cao) == (210, 297)
    assert 20 <= page.tren <= 25 and 20 <= page.duoi <= 25
    assert 30 <= page.trai <= 35 and 15 <= page.phai <= 20


@pytest.mark.parametrize("tt", ALL, ids=lambda t: t.he_thong.value)
def test_header_table_fills_the_text_width_and_holds_the_title_on_one_line(tt: ThuThuc) -> None:
    text_twips = tt.trang.vung_chu_mm * _layout.TWIPS_PER_MM
    assert abs(tt.cot_trai + tt.cot_phai - text_twips) <= 2
    # Widest title line (13 pt bold Quốc hiệu 95.7 mm; 15 pt bold Party title 72.9 mm) + cell margins.
    right_mm = tt.cot_phai / _layout.TWIPS_PER_MM - 2 * 108 / _layout.TWIPS_PER_MM
    assert right_mm >= tt.rong_tieu_de_mm
    assert tt.rong_tieu_de_mm == (72.9 if tt.he_thong is HeThong.dang else 95.7)


@pytest.mark.parametrize("tt", [NHA_NUOC, MAT_TRAN], ids=lambda t: t.he_thong.value)
def test_state_and_front_follow_nd30(tt: ThuThuc) -> None:
    (qh, qh_chu), (tn, tn_chu) = tt.tieu_de
    assert qh == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and tn == "Độc lập - Tự do - Hạnh phúc"
    assert 12 <= qh_chu.co <= 13 and qh_chu.dam
    assert 13 <= tn_chu.co <= 14 and tn_chu.dam
    assert tt.gach_tieu_de_mm == 60.5  # the line is as long as the 14 pt tiêu ngữ
    assert 12 <= tt.co_quan.co <= 13 and tt.co_quan.dam and not tt.co_quan_chu_quan.dam
    assert tt.gach_co_quan_mm is not None and 40 / 3 <= tt.gach_co_quan_mm <= 60 / 2
    assert tt.so.co == 13 and not tt.so.dam
    assert 13 <= tt.dia_danh_ngay.co <= 14 and tt.dia_danh_ngay.nghieng
    assert 13 <= tt.ten_loai.co <= 14 and tt.ten_loai.dam
    assert 13 <= tt.noi_dung.co <= 14
    assert tt.nhan_thu_ky == "THƯ KÝ" and tt.nhan_chu_tri == "CHỦ TỌA"


def test_party_follows_hd36() -> None:
    ((title, chu),) = DANG.tieu_de
    assert title == "ĐẢNG CỘNG SẢN VIỆT NAM" and chu.co == 15 and chu.dam
    assert DANG.co_quan.co == 14 and DANG.co_quan.dam and DANG.co_quan_chu_quan.co == 14
    assert DANG.gach_co_quan_mm is None  # a "*" under the body
    assert DANG.so.co == 14 and DANG.dia_danh_ngay.co == 14 and DANG.dia_danh_ngay.nghieng
    assert 15 <= DANG.ten_loai.co <= 16 and 14 <= DANG.trich_yeu.co <= 15
    assert 14 <= DANG.noi_dung.co <= 15


@pytest.mark.parametrize("tt", ALL, ids=lambda t: t.he_thong.value)
def test_common_rules(tt: ThuThuc) -> None:
    if tt.he_thong is HeThong.dang:  # HD 36: "Nơi nhận" 14 upright underlined, items 12; "- Lưu …"
        assert tt.noi_nhan_nhan == _layout.Chu(14, gach_chan=True) and tt.noi_nhan_muc == _layout.Chu(12)
        assert tt.tien_to_luu == "Lưu "
    else:  # ND 30: 12 bold italic, items 11; "- Lưu: VT…"
        assert tt.noi_nhan_nhan == _layout.Chu(12, dam=True, nghieng=True) and tt.noi_nhan_muc == _layout.Chu(11)
        assert tt.tien_to_luu == "Lưu: "
    assert tt.thut_dau_dong_twips in (567, 720)  # 1 cm or 1.27 cm
    assert tt.cach_doan_truoc_pt >= 6 and 1.0 <= tt.gian_dong <= 1.5
    assert 13 <= tt.so_trang.co <= 14
    assert tt.chuc_danh_ky.dam and tt.ho_ten_ky.dam


def test_every_system_has_a_profile() -> None:
    assert set(_layout.THU_THUC) == set(HeThong)


def test_composition_rules_are_on() -> None:
    rules = _layout.BO_CUC
    assert rules.chong_dong_le and rules.giu_tieu_de_voi_doan_sau and rules.giu_doan_cuoi_voi_chu_ky
    assert rules.lap_hang_tieu_de and rules.moi_thu_mot_phan
    assert rules.nguoi_ky_moi_hang == 2  # chairs side by side, THƯ KÝ on the left


@pytest.mark.parametrize("tt", ALL, ids=lambda t: t.he_thong.value)
def test_verbs_follow_authority(tt: ThuThuc) -> None:
    """The Party committee and the government assign; the Front proposes (design.md §7)."""
    if tt.he_thong is HeThong.mat_tran:
        assert (tt.giao, tt.tieu_de_giao_viec) == ("đề nghị", "ĐỀ NGHỊ")
    else:
        assert (tt.giao, tt.tieu_de_giao_viec) == ("giao", "GIAO NHIỆM VỤ")


#: Long commune and ward names (up to 25 characters) as a place-date line prints them.
LONG_NAMES = ["Thành phố Hồ Chí Minh", "Phước Long Thọ Đông Hưng", "Nghĩa Hưng Hải Dương Mỹ",
              "Mường Khương Bắc Hà Yên", "Hương Khê Thượng Đông", "Quỳnh Lưu Diễn Châu Hưng",
              "Hòa Thành Phú Thạnh Đông", "Ea Kar Krông Bông Đông A"]


@pytest.mark.parametrize("tt", ALL, ids=lambda t: t.he_thong.value)
def test_every_place_name_of_up_to_25_characters_keeps_the_date_line_on_one_line(tt: ThuThuc) -> None:
    """Measured with Times New Roman's metrics (Liberation Serif): under the motto when it fits
    there, on a row of its own across the page otherwise — never wrapped."""
    import datetime as dt

    from hoso import _text

    widest_date = dt.date(2026, 12, 28)  # "ngày 28 tháng 12 năm 2026"
    for name in LONG_NAMES:
        assert len(name) <= 25
        line = _text.dia_danh_ngay(name, widest_date)
        assert _layout.dong_ngay_vua_trang(tt, line), (name, _layout.rong_dong_ngay(tt, line))
    # The usual names sit under the motto, as ND 30 draws it.
    for name in ("An Ấp", "Gia Viễn", "Cái Khế", "Châu Đình", "Hải Hà"):
        assert _layout.dong_ngay_vua_cot(tt, _text.dia_danh_ngay(name, widest_date)), name
