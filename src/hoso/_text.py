"""Vietnamese text rules, in one place: normalisation, dates, times, numbers and symbols.

Sources (see ``shared/reference/format.md``): Nghị định 30/2020/NĐ-CP Phụ lục I mục II.3–4
(state and Front), Hướng dẫn 36-HD/VPTW (Party).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Characters XML 1.0 cannot hold (C0 controls except tab, newline, carriage return; surrogates;
# U+FFFE/U+FFFF). They are refused, never dropped.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def illegal_character(text: str) -> tuple[int, str] | None:
    """The first character XML cannot hold, as (0-based position, ``U+XXXX``), or None."""
    m = _XML_ILLEGAL.search(text)
    if m is None:
        return None
    return m.start(), f"U+{ord(m.group()):04X}"


def normalize(text: str) -> str:
    """NFC and Unix newlines: the only changes hoso ever makes to a text value."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def so_sanh(text: str) -> str:
    """Text as compared, not as printed: spaces collapsed, case folded."""
    return " ".join(text.split()).casefold()


def so_thu_tu(n: int) -> str:
    """A document number per ND 30 / HD 36: Arabic digits, below 10 with a leading 0."""
    return f"{n:02d}"


def ngay(d: dt.date) -> str:
    """``ngày 05 tháng 01 năm 2026``: day < 10 and months 1–2 padded, months 3–12 not (ND 30)."""
    return f"ngày {d.day:02d} tháng {_thang(d)} năm {d.year}"


def dia_danh_ngay(dia_danh: str, d: dt.date) -> str:
    """The place-and-date line: ``Hà Nội, ngày 05 tháng 01 năm 2020``."""
    return f"{dia_danh}, {ngay(d)}"


def _thang(d: dt.date) -> str:
    """The month as ND 30 writes it: 01 and 02 padded, 3 to 12 not."""
    return f"{d.month:02d}" if d.month <= 2 else str(d.month)


def ngay_so(d: dt.date) -> str:
    """A date in figures, with the same rule as the date line (one style per document, ND 30):
    ``06/10/2023``, ``05/3/2026``, ``22/6/2026``, ``01/02/2026``."""
    return f"{d.day:02d}/{_thang(d)}/{d.year}"


def het(text: str) -> str:
    """The end of a document's body, ``./.`` (ND 30 and HD 36 samples): ``… xã./.``."""
    if text.endswith("./."):
        return text
    return text + ("/." if text.endswith(".") else "./.")


def hoa_dau(text: str) -> str:
    """The first letter in capitals, for a label that starts a table cell or a line (``Đất đai``)."""
    return text[:1].upper() + text[1:]


#: Words written with a capital wherever they stand in a sentence.
_LUON_VIET_HOA = ("Đảng", "Nhà nước", "Nhân dân", "Mặt trận", "Quốc hội", "Chính phủ", "Tổ quốc", "Bác Hồ",
                  "Bộ Chính trị", "Ban Bí thư", "Trung ương")


def thuong_dau(text: str) -> str:
    """A sentence-start text for use inside a sentence: ``Hội nghị đối thoại …`` → ``hội nghị …``.

    Only an ordinary first word loses its capital: an acronym (``UBND xã``, ``HĐND``), a proper
    name (``Nguyễn Văn Hùng``, ``Hà Nội`` — the next word is capitalised too) or a word always
    written with a capital (``Đảng``, ``Nhân dân``…) stays exactly as typed.
    """
    words = text.split(maxsplit=2)
    if not words:
        return text
    first = words[0]
    ordinary = first[:1].isupper() and not any(c.isupper() for c in first[1:])
    name = len(words) > 1 and words[1][:1].isupper()
    lower = text[:1].lower()
    # A capital whose lower case is not one letter (Turkish İ → i̇) is not a Vietnamese word's.
    if not ordinary or name or text.startswith(_LUON_VIET_HOA) or len(lower) != 1:
        return text
    return lower + text[1:]


def gio(t: dt.time) -> str:
    """A time of day as written in minutes: ``08 giờ 30 phút``, ``14 giờ`` on the hour."""
    if t.minute == 0:
        return f"{t.hour:02d} giờ"
    return f"{t.hour:02d} giờ {t.minute:02d} phút"


def so_ky_hieu(so: int | None, ten_loai_viet_tat: str, ky_hieu_co_quan: str, *, dang: bool) -> str:
    """The Số line of the header.

    State and Front (ND 30): ``Số: 05/BB-MTTQ-BTT``; a missing number leaves blank space
    for the clerk (``Số:      /BB-UBND``). Party (HD 36): ``Số 08-BB/ĐU`` (no colon, hyphen
    then slash). A document type without an abbreviation (công văn) gives ``Số: 12/UBND-VX``.
    """
    number = ky_hieu_van_ban(so, ten_loai_viet_tat, ky_hieu_co_quan, dang=dang)
    return f"Số {number}" if dang else f"Số: {number}"


def ky_hieu_van_ban(so: int | None, ten_loai_viet_tat: str, ky_hieu_co_quan: str, *, dang: bool) -> str:
    """Number and symbol as cited in other documents: ``05/BB-MTTQ-BTT``, ``08-BB/ĐU``."""
    number = so_thu_tu(so) if so is not None else " " * 6
    if dang:
        return f"{number}-{ten_loai_viet_tat}/{ky_hieu_co_quan}"
    symbol = f"{ten_loai_viet_tat}-{ky_hieu_co_quan}" if ten_loai_viet_tat else ky_hieu_co_quan
    return f"{number}/{symbol}"


def phan_tram(part: int, whole: int) -> str:
    """A share in Vietnamese notation: ``81,8%`` (decimal comma, one decimal; ``0%`` of nothing)."""
    if whole == 0:
        return "0%"
    value = f"{100 * part / whole:.1f}".replace(".", ",").removesuffix(",0")
    return f"{value}%"


def slug(text: str) -> str:
    """A file-name-safe ASCII form: ``Nguyễn Thị Hoà`` → ``nguyen-thi-hoa``."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "van-ban"


#: Honorifics written lower case inside a sentence and capitalised at the start of a line.
_DANH_XUNG = frozenset({"ông", "bà", "anh", "chị", "cụ", "em", "đồng chí", "quý vị", "các đồng chí"})


def danh_xung_trong_cau(danh_xung: str) -> str:
    """An honorific as written mid-sentence: ``Ông`` → ``ông``, ``Đồng chí`` → ``đồng chí``; any
    other title (``PGS.TS``, ``Thượng tá``) stays as typed."""
    return danh_xung.lower() if danh_xung.lower() in _DANH_XUNG else danh_xung


def danh_xung_dau_dong(danh_xung: str) -> str:
    """An honorific at the start of a line or item: ``ông`` → ``Ông``."""
    return hoa_dau(danh_xung) if danh_xung.lower() in _DANH_XUNG else danh_xung


_LA_MA = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def la_ma(n: int) -> str:
    """A section number in Roman numerals (``I.``, ``II.``, ``IV.`` of ND 30's mục)."""
    out = ""
    for value, letters in _LA_MA:
        while n >= value:
            out, n = out + letters, n - value
    return out


def liet_ke(items: list[str]) -> str:
    """Items in a sentence: ``A``, ``A và B``, ``A, B và C``."""
    return " và ".join([", ".join(items[:-1]), items[-1]] if len(items) > 1 else items)
