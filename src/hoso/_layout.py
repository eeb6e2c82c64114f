"""Presentation rules of the three issuing systems, as constants in one place.

State: Nghị định 30/2020/NĐ-CP Phụ lục I. Front: ND 30 with MTTQ conventions (HD 91/HD-MTTW-BTT
follows the same model). Party: Hướng dẫn 36-HD/VPTW (2018), kept as a versioned profile until
HD 05-HD/VPTW (2026) is at hand. Every number here is checked against its source range by
``tests/test_layout.py``; the template builder (``tools/build_templates.py``) is the only reader.
Values marked [P] are practice, not a rule (see ``shared/reference/format.md``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from hoso import _do_rong, _ten_co_quan
from hoso.models.chung import HeThong

FONT = "Times New Roman"
TWIPS_PER_MM = 1440 / 25.4
#: Inner margins of a table cell, left plus right (Word's and LibreOffice's default 108 twips each).
LE_O_MM = 2 * 108 / TWIPS_PER_MM
#: Longest line of a centred trích yếu: the text width less a little air on each side, so a title
#: of several lines reads as a block in the middle (the breaker then balances the lines).
TRICH_YEU_TOI_DA_MM = 150


@dataclass(frozen=True, slots=True)
class Chu:
    """Type of one element: size in points, bold, italic, underline."""

    co: float
    dam: bool = False
    nghieng: bool = False
    gach_chan: bool = False


@dataclass(frozen=True, slots=True)
class Trang:
    """A4 page and margins in millimetres."""

    rong: float = 210
    cao: float = 297
    tren: float = 20
    duoi: float = 20
    trai: float = 30
    phai: float = 15
    #: Distance from the top edge to the header holding the page number.
    le_so_trang: float = 10

    @property
    def vung_chu_mm(self) -> float:
        """Width of the text area."""
        return self.rong - self.trai - self.phai


@dataclass(frozen=True, slots=True)
class ThuThuc:
    """Everything the templates of one system need to know about presentation."""

    he_thong: HeThong
    trang: Trang
    # Header table: column widths (twips) so that the motto or Party title fits on one line.
    cot_trai: int
    cot_phai: int
    tieu_de: tuple[tuple[str, Chu], ...]
    #: Measured width of the widest title line (Liberation Serif = Times New Roman metrics).
    rong_tieu_de_mm: float
    #: Line under the motto / Party title, in mm (= width of the tiêu ngữ / tiêu đề text).
    gach_tieu_de_mm: float
    co_quan_chu_quan: Chu
    co_quan: Chu
    #: Under the issuing body: a line of this many mm (ND 30: 1/3–1/2 of the name), or ``*``.
    gach_co_quan_mm: float | None
    so: Chu
    dia_danh_ngay: Chu
    ten_loai: Chu
    trich_yeu: Chu
    #: Under the summary: a line of one of these lengths in mm, the one that is 1/3 to 1/2 of the
    #: summary's longest line (ND 30), or the text ``-----`` (HD 36 practice) when None.
    gach_trich_yeu_mm: tuple[int, ...] | None
    #: A letter's summary under Số: ``V/v …`` 12–13 upright (ND 30), 12 italic without V/v (HD 36).
    trich_yeu_cong_van: Chu
    tien_to_cong_van: str
    noi_dung: Chu
    can_cu: Chu
    thut_dau_dong_twips: int
    cach_doan_truoc_pt: float
    gian_dong: float
    chuc_danh_ky: Chu
    ghi_chu_ky: Chu
    ho_ten_ky: Chu
    noi_nhan_nhan: Chu
    noi_nhan_muc: Chu
    so_trang: Chu
    #: Signature labels of minutes (ND 30 Mẫu 1.9: THƯ KÝ left, CHỦ TỌA right, no TM./KT.).
    nhan_thu_ky: str
    nhan_chu_tri: str
    #: The verb for tasks in a conclusions notice, and its section title: the Party committee and
    #: the government assign (giao); the Front proposes (đề nghị) — design.md §7.
    giao: str
    tieu_de_giao_viec: str
    #: What stands between "Lưu" and the copies kept: ``- Lưu: VT.`` (ND 30), ``- Lưu Văn phòng.`` (HD 36 [P]).
    tien_to_luu: str


@dataclass(frozen=True, slots=True)
class BoCuc:
    """How pages break: what a records clerk reads page by page (design.md §7), for every system.

    The template builder writes each rule into the templates as a paragraph or table property, so a
    copy a province edits in Word keeps them.
    """

    #: Widow/orphan control on all text (Normal style): no lone first or last line of a paragraph.
    chong_dong_le: bool = True
    #: Headings, an opinion's header, labels ending in ":" and table captions keep with what follows.
    giu_tieu_de_voi_doan_sau: bool = True
    #: The last body paragraph travels with the signature block; signature rows never split.
    giu_doan_cuoi_voi_chu_ky: bool = True
    #: Table header rows repeat on every page; rows do not split unless taller than a page.
    lap_hang_tieu_de: bool = True
    #: Signers of minutes side by side, this many to a row (THƯ KÝ first, on the left).
    nguoi_ky_moi_hang: int = 2
    #: A joint document (văn bản liên tịch) has at most this many issuing bodies, the leading one
    #: included: their names stack in the header cell and their signatures fill at most two rows.
    co_quan_lien_tich_toi_da: int = 3
    #: Each letter of a file with many (invitations) is its own section: numbering restarts at 1
    #: and its first page carries no number.
    moi_thu_mot_phan: bool = True


BO_CUC = BoCuc()


QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
TIEU_DE_DANG = "ĐẢNG CỘNG SẢN VIỆT NAM"

_TRANG = Trang()
# 165 mm of text (9355 twips): the right cell must hold the 13 pt Quốc hiệu (95.7 mm) plus cell margins.
_COT_TRAI, _COT_PHAI = 3600, 5755

NHA_NUOC = ThuThuc(
    he_thong=HeThong.nha_nuoc,
    trang=_TRANG,
    cot_trai=_COT_TRAI,
    cot_phai=_COT_PHAI,
    tieu_de=((QUOC_HIEU, Chu(13, dam=True)), (TIEU_NGU, Chu(14, dam=True))),
    rong_tieu_de_mm=95.7,  # Quốc hiệu in 13 pt bold
    gach_tieu_de_mm=60.5,  # width of "Độc lập - Tự do - Hạnh phúc" in 14 pt bold
    co_quan_chu_quan=Chu(13),
    co_quan=Chu(13, dam=True),
    gach_co_quan_mm=20,  # 1/3–1/2 of a 40–60 mm name line
    so=Chu(13),
    dia_danh_ngay=Chu(14, nghieng=True),
    ten_loai=Chu(14, dam=True),
    trich_yeu=Chu(14, dam=True),
    gach_trich_yeu_mm=(20, 30, 40, 50, 60, 70),
    trich_yeu_cong_van=Chu(12),
    tien_to_cong_van="V/v ",
    noi_dung=Chu(14),
    can_cu=Chu(14, nghieng=True),
    thut_dau_dong_twips=567,  # 1 cm
    cach_doan_truoc_pt=6,
    gian_dong=1.0,
    chuc_danh_ky=Chu(14, dam=True),
    ghi_chu_ky=Chu(14, nghieng=True),
    ho_ten_ky=Chu(14, dam=True),
    noi_nhan_nhan=Chu(12, dam=True, nghieng=True),
    noi_nhan_muc=Chu(11),
    so_trang=Chu(14),
    nhan_thu_ky="THƯ KÝ",
    nhan_chu_tri="CHỦ TỌA",
    giao="giao",
    tieu_de_giao_viec="GIAO NHIỆM VỤ",
    tien_to_luu="Lưu: ",
)

#: The Front applies ND 30 (Điều 2.2; HD 91/HD-MTTW-BTT follows the state model).
MAT_TRAN = replace(NHA_NUOC, he_thong=HeThong.mat_tran, giao="đề nghị", tieu_de_giao_viec="ĐỀ NGHỊ")

DANG = ThuThuc(
    he_thong=HeThong.dang,
    trang=_TRANG,  # 20/20/30/15 [P]
    # The body names (14 pt) fit in the left column, wrapping like "ĐẢNG BỘ TỈNH / NINH BÌNH" at
    # most; the right column holds "Châu Đình, ngày 27 tháng 11 năm 2024" (79.6 mm) on one line.
    cot_trai=3800,
    cot_phai=5555,
    tieu_de=((TIEU_DE_DANG, Chu(15, dam=True)),),
    rong_tieu_de_mm=72.9,  # "ĐẢNG CỘNG SẢN VIỆT NAM" in 15 pt bold
    gach_tieu_de_mm=72.9,  # width of "ĐẢNG CỘNG SẢN VIỆT NAM" in 15 pt bold
    co_quan_chu_quan=Chu(14),
    co_quan=Chu(14, dam=True),
    gach_co_quan_mm=None,  # a "*" line
    so=Chu(14),
    dia_danh_ngay=Chu(14, nghieng=True),
    ten_loai=Chu(16, dam=True),
    trich_yeu=Chu(14, dam=True),
    gach_trich_yeu_mm=None,  # "-----" [P]
    trich_yeu_cong_van=Chu(12, nghieng=True),
    tien_to_cong_van="",
    noi_dung=Chu(14),
    can_cu=Chu(14, nghieng=True),
    thut_dau_dong_twips=567,
    cach_doan_truoc_pt=6,
    gian_dong=1.0,
    chuc_danh_ky=Chu(14, dam=True),
    ghi_chu_ky=Chu(14, nghieng=True),
    ho_ten_ky=Chu(14, dam=True),
    # HD 36: the words "Nơi nhận" lower case, 14 pt, upright, underlined; the items 12 pt upright;
    # "- Lưu <đơn vị>." without a colon [P: the HD 36 text was not at hand; see format.md §2.3].
    noi_nhan_nhan=Chu(14, gach_chan=True),
    noi_nhan_muc=Chu(12),
    so_trang=Chu(14),
    nhan_thu_ky="THƯ KÝ",
    nhan_chu_tri="CHỦ TRÌ",
    giao="giao",
    tieu_de_giao_viec="GIAO NHIỆM VỤ",
    tien_to_luu="Lưu ",
)

THU_THUC: dict[HeThong, ThuThuc] = {t.he_thong: t for t in (NHA_NUOC, DANG, MAT_TRAN)}


def rong_dong_ngay(tt: ThuThuc, dia_danh_ngay: str) -> float:
    """Measured width of the place-date line in the system's type (Liberation Serif = Times New Roman)."""
    return _do_rong.rong_mm(dia_danh_ngay, tt.dia_danh_ngay.co, dam=tt.dia_danh_ngay.dam,
                            nghieng=tt.dia_danh_ngay.nghieng)


def dong_ngay_vua_cot(tt: ThuThuc, dia_danh_ngay: str) -> bool:
    """The place-date line fits on one line under the motto (the right header column)."""
    return rong_dong_ngay(tt, dia_danh_ngay) <= tt.cot_phai / TWIPS_PER_MM - LE_O_MM


def dong_ngay_vua_trang(tt: ThuThuc, dia_danh_ngay: str) -> bool:
    """The place-date line fits on one line across the text width (the header's wide variant)."""
    return rong_dong_ngay(tt, dia_danh_ngay) <= tt.trang.vung_chu_mm - LE_O_MM


def ngat_trich_yeu(tt: ThuThuc, trich_yeu: str, *, cong_van: bool = False) -> str:
    """The trích yếu broken into lines as a clerk would (no break inside a name, "năm 2026" or a
    compound word; no lone last word), joined by line breaks: under the title across the page, or
    under Số in the left header column for a letter."""
    if cong_van:
        chu, width = tt.trich_yeu_cong_van, tt.cot_trai / TWIPS_PER_MM - LE_O_MM
    else:
        chu, width = tt.trich_yeu, float(TRICH_YEU_TOI_DA_MM)
    return "\n".join(_do_rong.ngat_dong(trich_yeu, width, chu.co, dam=chu.dam, nghieng=chu.nghieng))


def ngat_ten_co_quan(tt: ThuThuc, ten: str, *, chu_quan: bool = False) -> str:
    """A body's name in the left header column: as typed when it holds a line break or fits;
    otherwise broken before its level (``ỦY BAN NHÂN DÂN`` / ``XÃ AN ẤP``), or after it so the place
    stays whole (``ĐẢNG BỘ THÀNH PHỐ`` / ``HỒ CHÍ MINH``), and failing that like a title."""
    chu = tt.co_quan_chu_quan if chu_quan else tt.co_quan
    width = tt.cot_trai / TWIPS_PER_MM - LE_O_MM

    def fits(line: str) -> bool:
        return _do_rong.rong_mm(line, chu.co, dam=chu.dam, nghieng=chu.nghieng) <= width

    if "\n" in ten or fits(ten):
        return ten
    words = ten.split(" ")
    for i in range(1, len(words)):
        level = _ten_co_quan.cap(" ".join(words[i:]))
        if level is None:
            continue
        # Before the level (ỦY BAN NHÂN DÂN / XÃ AN ẤP); else after it, the place kept whole
        # (ĐẢNG ỦY XÃ / ĐÔNG HƯNG THUẬN BẮC).
        for cut in (i, i + len(level.split())):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if tail and fits(head) and fits(tail):
                return f"{head}\n{tail}"
        break
    return "\n".join(_do_rong.ngat_dong(ten, width, chu.co, dam=chu.dam, nghieng=chu.nghieng))


def gach_trich_yeu(tt: ThuThuc, trich_yeu: str) -> int:
    """The length in mm of the line under the summary: of the system's lengths, the one nearest to
    0.4 of the summary's longest line, so it lies within the 1/3–1/2 ND 30 asks for."""
    chu = tt.trich_yeu
    longest = max(_do_rong.rong_mm(line, chu.co, dam=chu.dam, nghieng=chu.nghieng)
                  for line in ngat_trich_yeu(tt, trich_yeu).split("\n"))
    return do_dai_gach(tt, longest)


def do_dai_gach(tt: ThuThuc, dong_mm: float) -> int:
    """Of the system's line lengths, the one nearest 0.4 of a title line ``dong_mm`` long."""
    lengths = tt.gach_trich_yeu_mm or NHA_NUOC.gach_trich_yeu_mm
    assert lengths is not None
    return min(lengths, key=lambda mm: abs(mm - 0.4 * dong_mm))
