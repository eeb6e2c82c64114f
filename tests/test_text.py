"""Text rules against the examples of Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW (format.md §1.4, §2.2)."""

import datetime as dt
import unicodedata

import pytest

from hoso import _text


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),  # ND 30: Hà Nội, ngày 05 tháng 01 năm 2020
        (dt.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),  # ND 30: … ngày 29 tháng 6 năm 2019
        (dt.date(2018, 2, 20), "ngày 20 tháng 02 năm 2018"),  # HD 36: Hạ Long, ngày 20 tháng 02 năm 2018
        (dt.date(2018, 4, 3), "ngày 03 tháng 4 năm 2018"),  # HD 36's own date
        (dt.date(2026, 12, 9), "ngày 09 tháng 12 năm 2026"),
        (dt.date(2026, 10, 31), "ngày 31 tháng 10 năm 2026"),
    ],
)
def test_dates_pad_days_below_10_and_only_months_1_and_2(day: dt.date, expected: str) -> None:
    assert _text.ngay(day) == expected


def test_place_and_date_line() -> None:
    assert _text.dia_danh_ngay("Hà Nội", dt.date(2020, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2020"
    assert (_text.dia_danh_ngay("Thành phố Hồ Chí Minh", dt.date(2019, 6, 29))
            == "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019")


def test_short_date_and_times() -> None:
    assert _text.ngay_so(dt.date(2023, 10, 6)) == "06/10/2023"
    # The date line's rule, everywhere a date prints in figures: months 1–2 padded, 3–12 not.
    assert _text.ngay_so(dt.date(2026, 6, 22)) == "22/6/2026"
    assert _text.ngay_so(dt.date(2026, 2, 1)) == "01/02/2026"
    assert _text.ngay_so(dt.date(2026, 5, 4)) == "04/5/2026"
    assert _text.gio(dt.time(8, 0)) == "08 giờ"
    assert _text.gio(dt.time(14, 5)) == "14 giờ 05 phút"


@pytest.mark.parametrize(
    ("args", "dang", "expected"),
    [
        ((15, "QĐ", "BNV"), False, "Số: 15/QĐ-BNV"),  # ND 30 example
        ((12, "KH", "UBND"), False, "Số: 12/KH-UBND"),
        ((5, "BB", "MTTQ-BTT"), False, "Số: 05/BB-MTTQ-BTT"),
        ((12, "", "UBND-VX"), False, "Số: 12/UBND-VX"),  # công văn: no type abbreviation
        ((8, "BB", "ĐU"), True, "Số 08-BB/ĐU"),  # HD 36: no colon, hyphen then slash
        ((36, "HD", "VPTW"), True, "Số 36-HD/VPTW"),
        ((None, "BB", "UBND"), False, "Số:       /BB-UBND"),  # not yet numbered: room to write
    ],
)
def test_number_and_symbol(args: tuple[int | None, str, str], dang: bool, expected: str) -> None:
    assert _text.so_ky_hieu(*args, dang=dang) == expected


def test_normalize_gives_nfc_and_unix_newlines() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Hoà\r\nthôn Đông\rxã")
    assert _text.normalize(nfd) == "Nguyễn Thị Hoà\nthôn Đông\nxã"
    assert unicodedata.is_normalized("NFC", _text.normalize(nfd))


def test_illegal_characters_are_found_not_dropped() -> None:
    assert _text.illegal_character("a\x0bb") == (1, "U+000B")
    assert _text.illegal_character("tab\tand\nnewline") is None
    assert _text.illegal_character("\ufffe") == (0, "U+FFFE")
