"""Common parts of every document: issuing body, signer, persons, attendance, legal bases.

Field names are Vietnamese without diacritics (they are what clerks type in YAML and read in
Word templates); Vietnamese labels for enum values live next to the values.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from annotated_types import Le
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    ValidationInfo,
    field_validator,
    model_validator,
)

from hoso import _ten_co_quan, _text, _tham_quyen

#: Communes became the only level under the province on this date (Luật Tổ chức chính quyền
#: địa phương 2025, NQ 203/2025/QH15); district-level bodies exist only in older documents.
NGAY_BO_CAP_HUYEN = dt.date(2025, 7, 1)


class FieldProblems(ValueError):
    """Cross-field problems, each tied to a field path relative to where the validator runs.

    Raised from a model validator (paths relative to the model) or a field validator (paths
    relative to the field; a leading ``".."`` climbs to the model holding the field).
    ``hoso._validate`` turns it into one located problem per entry.
    """

    def __init__(self, problems: list[tuple[tuple[str | int, ...], str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(message for _, message in problems))


#: In a field validator's problem path: the model holding the field.
UP = ".."


def check(problems: list[tuple[tuple[str | int, ...], str]]) -> None:
    """Raise ``FieldProblems`` when ``problems`` is not empty."""
    if problems:
        raise FieldProblems(problems)


def _van_ban(value: str) -> str:
    value = _text.normalize(value)
    bad = _text.illegal_character(value)
    if bad is not None:
        pos, code = bad
        raise ValueError(
            f"chứa ký tự điều khiển {code} ở vị trí {pos + 1}, không ghi được vào văn bản Word; "
            "hãy xóa ký tự này"
        )
    if not value.strip():
        raise ValueError("không được để trống")
    return value


def _in_hoa(value: str) -> str:
    if value != value.upper():
        raise ValueError(f"viết IN HOA theo thể thức, ví dụ {value.upper()!r}")
    return value


def _ngay(value: Any) -> Any:
    """Also accept the Vietnamese ``dd/mm/yyyy``; an impossible date stays text and is refused.

    A number is refused, not read as seconds since 1970; so is a date with a time of day.
    """
    if isinstance(value, int | float):
        raise ValueError(f"cần một ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY, không phải số {value!r}; ví dụ 2026-01-09")
    if isinstance(value, dt.datetime):
        raise ValueError("cần một ngày, không kèm giờ")
    if isinstance(value, str):
        m = re.fullmatch(r" *(\d{1,2})/(\d{1,2})/(\d{4}) *", value)
        if m:
            day, month, year = (int(g) for g in m.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise ValueError(
                    f"ngày {value.strip(' ')} không có thật trong lịch; cần một ngày có thật"
                ) from None
    return value


def _gio(value: Any) -> Any:
    """Only hours and minutes: ``08:30`` (or a ``datetime.time`` without seconds or time zone)."""
    if isinstance(value, dt.time) and value.tzinfo is None and not (value.second or value.microsecond):
        return value
    m = re.fullmatch(r"([01]?[0-9]|2[0-3]):([0-5][0-9])", value) if isinstance(value, str) else None
    if m is None:
        raise ValueError(f"cần giờ dạng HH:MM (giờ:phút, không giây, không múi giờ), ví dụ 08:30 (nhận được {value!r})")
    return dt.time(int(m.group(1)), int(m.group(2)))


#: Text as typed, NFC-normalised; empty text and characters XML cannot hold are refused.
VanBanText = Annotated[str, AfterValidator(_van_ban)]
#: A body name, which ND 30 and HD 36 print in capitals.
TenCoQuan = Annotated[str, AfterValidator(_van_ban), AfterValidator(_in_hoa)]
#: A calendar date: ``2026-03-15`` or ``15/03/2026``.
Ngay = Annotated[dt.date, BeforeValidator(_ngay)]
#: A time of day, hours and minutes: ``08:30``.
Gio = Annotated[dt.time, BeforeValidator(_gio)]
#: A whole number as typed: ``true`` or ``"5"`` is not a number; at most nine digits.
SoNguyen = Annotated[int, Strict(), Le(999_999_999)]
#: A document symbol fragment such as ``UBND``, ``MTTQ-BTT``, ``ĐU``.
KyHieu = Annotated[str, AfterValidator(_van_ban), Field(pattern=r"^[A-ZĐ0-9][A-Za-zĐđ0-9]*(-[A-Za-zĐđ0-9]+)*$")]


_NHAN: dict[type[StrEnum], dict[str, str]] = {}


class NhanEnum(StrEnum):
    """A code typed in YAML that prints as a Vietnamese label."""

    @property
    def nhan(self) -> str:
        """The Vietnamese label printed in documents."""
        return _NHAN[type(self)][self.value]


def dat_nhan(enum: type[NhanEnum], labels: dict[str, str]) -> None:
    """Give every member of ``enum`` its Vietnamese label (all of them, no more)."""
    assert set(labels) == {m.value for m in enum}, enum
    _NHAN[enum] = labels


class HeThong(NhanEnum):
    """The issuing system, which decides the presentation rules."""

    nha_nuoc = "nha_nuoc"
    dang = "dang"
    mat_tran = "mat_tran"


dat_nhan(HeThong, {"nha_nuoc": "Nhà nước", "dang": "Đảng", "mat_tran": "Mặt trận Tổ quốc"})


class Cap(NhanEnum):
    """Administrative level of the body (two levels since 1/7/2025)."""

    trung_uong = "trung_uong"
    tinh = "tinh"
    huyen = "huyen"
    xa = "xa"
    phuong = "phuong"
    dac_khu = "dac_khu"
    thi_tran = "thi_tran"


dat_nhan(Cap, {
    "trung_uong": "Trung ương", "tinh": "tỉnh", "huyen": "huyện", "xa": "xã",
    "phuong": "phường", "dac_khu": "đặc khu", "thi_tran": "thị trấn",
})


class Model(BaseModel):
    """Base of every hoso model: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False, defer_build=True)


class CoQuan(Model):
    """The issuing body (ô 2 of ND 30 / HD 36)."""

    he_thong: HeThong = Field(description="Hệ thống ban hành: nha_nuoc, dang hoặc mat_tran")
    ten: TenCoQuan = Field(description="Tên cơ quan ban hành, IN HOA, ví dụ 'ỦY BAN NHÂN DÂN XÃ AN ẤP'")
    co_quan_chu_quan: TenCoQuan | None = Field(
        None, description="Tên cơ quan chủ quản trực tiếp (hoặc cấp ủy cấp trên), IN HOA")
    ky_hieu: KyHieu = Field(description="Chữ viết tắt của cơ quan trong ký hiệu văn bản: UBND, MTTQ-BTT, ĐU")
    cap: Cap = Field(description="Cấp: tinh, xa, phuong, dac_khu; huyen và thi_tran chỉ trước 1/7/2025")
    ten_goi: VanBanText | None = Field(
        None, description="Tên cơ quan viết trong câu, ví dụ 'Ủy ban nhân dân xã An Ấp'; mặc định suy từ tên IN HOA")

    @property
    def ten_trong_cau(self) -> str | None:
        """The name inside a sentence: ``ten_goi``, or read from the capitals; None when unreadable."""
        return self.ten_goi or _ten_co_quan.trong_cau(self.ten, self.co_quan_chu_quan)


class Nguoi(Model):
    """A person named in a document."""

    ho_ten: VanBanText = Field(description="Họ và tên")
    danh_xung: VanBanText | None = Field(None, description="Ông, Bà, Đồng chí…")
    chuc_vu: VanBanText | None = Field(None, description="Chức vụ, ví dụ 'Chủ tịch Ủy ban nhân dân xã'")
    dia_chi: VanBanText | None = Field(None, description="Thôn, tổ dân phố hoặc địa chỉ")

    @property
    def ten_goi(self) -> str:
        """At the start of a line or item: ``Ông Nguyễn Văn A`` (or the bare name)."""
        return f"{_text.danh_xung_dau_dong(self.danh_xung)} {self.ho_ten}" if self.danh_xung else self.ho_ten

    @property
    def ten_goi_trong_cau(self) -> str:
        """Inside a sentence: ``ông Nguyễn Văn A``, ``đồng chí Trần Văn B`` (honorifics lower case)."""
        return f"{_text.danh_xung_trong_cau(self.danh_xung)} {self.ho_ten}" if self.danh_xung else self.ho_ten


def ket_thuc_sau_bat_dau(cls: type, ket_thuc: dt.time, info: ValidationInfo) -> dt.time:
    """The closing time of a meeting comes after its opening time (``bat_dau``); a model declares
    ``_gio = field_validator("ket_thuc")(ket_thuc_sau_bat_dau)``, so it is reported with the field
    even when other fields fail."""
    bat_dau = info.data.get("bat_dau")
    if bat_dau is not None and ket_thuc <= bat_dau:
        raise ValueError(f"giờ kết thúc ({ket_thuc:%H:%M}) phải sau giờ bắt đầu ({bat_dau:%H:%M})")
    return ket_thuc


class OKy(Model):
    """One signature in a block of signers side by side: its role (the template prints the title
    the system uses for it, e.g. THƯ KÝ, CHỦ TỌA) or, for a body signing a joint document, the
    lines of its authority and title as printed (``dong``), and the name."""

    vai: str
    ho_ten: str
    dong: list[str] = []


def hang_ky(cells: list[OKy | None], moi_hang: int) -> list[list[OKy | None]]:
    """Signature cells in rows of ``moi_hang``, in order; the last row is filled with None."""
    cells = cells + [None] * (-len(cells) % moi_hang)
    return [cells[i:i + moi_hang] for i in range(0, len(cells), moi_hang)]


def luoi_ky(nguoi: list[tuple[str, Nguoi]], moi_hang: int) -> list[list[OKy | None]]:
    """Signers in rows of ``moi_hang`` cells, in order; the last row is filled with None."""
    return hang_ky([OKy(vai=vai, ho_ten=n.ho_ten) for vai, n in nguoi], moi_hang)


class NguoiKy(Model):
    """The signer (ô 7) as a chain, top down: the collective signed for, the head signed for,
    the signer's own title and name.

    ``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``: ``tm: ỦY BAN NHÂN DÂN``,
    ``kt: CHỦ TỊCH``, ``chuc_vu: PHÓ CHỦ TỊCH``. The Party prints the same codes ``T/M``, ``K/T``,
    ``T/L``. Which combinations are legal for which body is checked with the issuing body
    (``hoso._tham_quyen``).
    """

    tm: TenCoQuan | None = Field(
        None, description="Ký thay mặt tập thể: tên tập thể sau TM. (Đảng: T/M), IN HOA, ví dụ 'ỦY BAN NHÂN DÂN'")
    kt: TenCoQuan | None = Field(
        None, description="Cấp phó ký thay người đứng đầu: chức danh sau KT. (Đảng: K/T), ví dụ 'CHỦ TỊCH'")
    q: TenCoQuan | None = Field(None, description="Quyền người đứng đầu: chức danh sau Q., ví dụ 'CHỦ TỊCH'")
    tl: TenCoQuan | None = Field(
        None, description="Thừa lệnh: chức danh (hoặc tập thể, ở Đảng) sau TL. (Đảng: T/L)")
    tuq: TenCoQuan | None = Field(None, description="Thừa ủy quyền: chức danh sau TUQ.")
    chuc_vu: TenCoQuan = Field(description="Chức vụ của người ký, IN HOA, ví dụ 'PHÓ CHỦ TỊCH'")
    ho_ten: VanBanText = Field(description="Họ và tên người ký, không kèm học hàm, học vị")

    @model_validator(mode="before")
    @classmethod
    def _cach_ghi_cu(cls, data: Any) -> Any:
        """The one-line form of hoso 0.1 (quyen_han + thay_mat) is refused with the new form to write."""
        if isinstance(data, dict) and ("quyen_han" in data or "thay_mat" in data):
            ma = data.get("quyen_han") if isinstance(data.get("quyen_han"), str) else "tm"
            raise FieldProblems([((key,), f"quyen_han và thay_mat đã được thay bằng chuỗi quyền hạn: viết "
                                          f"'{ma}: {data.get('thay_mat', 'ỦY BAN NHÂN DÂN')}' (tm, kt, q, tl, tuq; "
                                          "cấp phó ký cho tập thể: tm và kt)")
                                 for key in ("quyen_han", "thay_mat") if key in data])
        return data

    def chuoi(self) -> dict[str, str | None]:
        """The authority chain by code."""
        return {"tm": self.tm, "kt": self.kt, "q": self.q, "tl": self.tl, "tuq": self.tuq}

    def dong_quyen_han(self, he_thong: HeThong) -> list[str]:
        """The lines above the title: ``["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]``; empty when signing directly."""
        return _tham_quyen.dong_quyen_han(he_thong.value, self.chuoi())


#: An approximate count as the clerk wrote it ("gần 50", "khoảng 100").
_GAN_DUNG = re.compile(r"(gần|khoảng|hơn|trên|dưới|chừng) [1-9][0-9]{0,8}")


def _so_luong(value: Any) -> Any:
    """A count: an integer from 0, or an approximate count kept exactly as written."""
    if isinstance(value, str) and _GAN_DUNG.fullmatch(_text.normalize(value)):
        return _text.normalize(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 999_999_999:
        raise ValueError("số quá lớn; cần số ≤ 999999999")
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("ghi số nguyên từ 0 (ví dụ 52) hoặc số gần đúng như trong biên bản: 'gần 50', "
                         "'khoảng 100', 'hơn 200', 'trên 30', 'dưới 20', 'chừng 40'")
    return value


def _so_luong_hoac_trong(value: Any) -> Any:
    return None if value is None else _so_luong(value)


#: An exact count (int) or an approximate one as written (str).
SoLuong = Annotated[int | str, BeforeValidator(_so_luong)]


def tong_so(values: Sequence[int | str | None], *, sau: str = "", don_vi: str = "") -> int | str:
    """A total as printed: the sum when every count is exact (and nothing follows it); otherwise
    the sum of the exact counts naming what it leaves out (``chua_ke``): ``9 (chưa kể gần 50)``."""
    exact = [v for v in values if isinstance(v, int)]
    if len(exact) == len(values) and not sau:
        return sum(exact)
    return chua_ke(sum(exact), [v for v in values if isinstance(v, str)], list(values).count(None), sau=sau,
                   don_vi=don_vi)


def nhom_khong_ro(n: int) -> str:
    """``1 nhóm không rõ số``: how many groups' count was left blank."""
    return f"{n} nhóm không rõ số"


def chua_ke(so: int, gan_dung: Sequence[str], khong_ro: int, *, sau: str = "", don_vi: str = "") -> str:
    """A total of exact counts as a clerk prints it, naming what it leaves out: ``139 (chưa kể gần
    50)``, ``149 (chưa kể 1 nhóm không rõ số)``. In a sentence, ``sau`` follows the number and the
    approximate counts are told as groups of ``don_vi``: ``139 người dự (chưa kể 1 nhóm ghi gần 50
    người)``. With no exact count, the approximate ones are the figure (``gần 50``), else the unknown
    ones (``1 nhóm không rõ số``)."""
    exact = bool(so) or not gan_dung
    lead = str(so) if exact and (so or not khong_ro) else " và ".join(gan_dung) or nhom_khong_ro(khong_ro)
    notes = [f"{len(gan_dung)} nhóm ghi {', '.join(gan_dung)} {don_vi}" if don_vi else ", ".join(gan_dung)] \
        if exact and gan_dung else []
    notes += [nhom_khong_ro(khong_ro)] if khong_ro and lead != nhom_khong_ro(khong_ro) else []
    return " ".join(x for x in (lead, sau, f"(chưa kể {'; '.join(notes)})" if notes else "") if x)


class ThanhPhan(Model):
    """One group of attendees, with invited and present counts (exact, approximate or unknown)."""

    nhom: VanBanText = Field(description="Nhóm đại biểu")
    so_moi: Annotated[int | str | None, BeforeValidator(_so_luong_hoac_trong)] = Field(
        None, description="Số được mời: số nguyên, số gần đúng như 'khoảng 100', hoặc để trống khi không rõ")
    so_co_mat: SoLuong = Field(description="Số có mặt: số nguyên, hoặc số gần đúng đúng như người ghi viết, "
                               "ví dụ 'gần 50'")

    @model_validator(mode="after")
    def _co_mat_khong_qua_so_moi(self) -> ThanhPhan:
        moi, co_mat = self.so_moi, self.so_co_mat
        check([(("so_co_mat",), f"số có mặt ({co_mat}) không thể lớn hơn số được mời ({moi})")]
              if isinstance(moi, int) and isinstance(co_mat, int) and co_mat > moi else [])
        return self

    @property
    def so_vang(self) -> int | None:
        """Invited but absent, when both counts are exact."""
        if isinstance(self.so_moi, int) and isinstance(self.so_co_mat, int):
            return self.so_moi - self.so_co_mat
        return None


class CanCu(Model):
    """One legal basis, in order; the text is printed, the rest is kept for checks."""

    van_ban: VanBanText = Field(description="Ví dụ: Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị …")
    tinh_trang: VanBanText | None = Field(None, description="còn hiệu lực, đã sửa đổi bởi …")


@dataclass(frozen=True, slots=True)
class MocThoiHan:
    """A dated step a deadline rule applies to: the action's date, the event's date, and the
    field to name when the rule is broken."""

    ma: str
    ngay: dt.date
    moc: dt.date
    truong: tuple[str | int, ...]


class BieuDo(Model):
    """A chart a document prints: the marker its template prints where the picture goes, its
    title, and the labelled figures it draws (``hoso._bieu_do`` draws it)."""

    ma: str
    tieu_de: str
    nhan: tuple[str, ...]
    so: tuple[int, ...]

    @property
    def marker(self) -> str:
        """The text the template prints, alone in its paragraph, where the chart goes."""
        return f"[[hoso:bieu_do:{self.ma}]]"

    @property
    def mo_ta(self) -> str:
        """The figures, as alternative text: ``Ý kiến theo lĩnh vực: Đất đai 3; Giao thông 2``."""
        return f"{self.tieu_de}: " + "; ".join(f"{n} {s}" for n, s in zip(self.nhan, self.so, strict=True))


class VanBan(Model):
    """Fields every document has: issuing body, number, place and date, summary, bases, recipients.

    Subclasses set ``loai`` (the kind, a Literal) and ``VIET_TAT`` (the type abbreviation in
    the symbol: BB, KH, TB…).
    """

    VIET_TAT: ClassVar[str]
    TEN_LOAI: ClassVar[str]
    #: Top-level fields that may name other documents by path (``bien_ban: bien_ban.yaml``): the
    #: loader reads each such file once and passes the documents in the validation context.
    TRICH_DAN: ClassVar[tuple[str, ...]] = ()
    #: Top-level fields that name a folder of dossiers (``ho_so: ho_so/xa_an_ap``): the loader counts
    #: the figures of the period ``tu_ngay``–``den_ngay`` from it (``hoso.so_lieu``) and passes them
    #: in the validation context like a cited document.
    HO_SO: ClassVar[tuple[str, ...]] = ()

    loai: str = Field(description="Loại văn bản, ví dụ bien_ban_doi_thoai")
    co_quan: CoQuan = Field(description="Cơ quan ban hành")
    so: SoNguyen | None = Field(None, ge=1, description="Số văn bản; để trống khi chưa lấy số")
    dia_danh: VanBanText = Field(description="Địa danh ghi ở dòng ngày tháng, ví dụ 'An Ấp'")
    ngay: Ngay = Field(description="Ngày ban hành: 2026-03-15 hoặc 15/03/2026")
    trich_yeu: VanBanText = Field(description="Trích yếu nội dung, ghi dưới tên loại")
    can_cu: list[CanCu] = Field(default_factory=list, description="Căn cứ, theo thứ tự")
    noi_nhan: list[VanBanText] = Field(default_factory=list, description="Nơi nhận, mỗi dòng một nơi")
    luu: VanBanText = Field("VT", description="Dòng lưu: 'VT, Hồ sơ' in ra '- Lưu: VT, Hồ sơ.'")

    @field_validator("ngay")
    @classmethod
    def _cap_theo_ngay(cls, ngay: dt.date, info: ValidationInfo) -> dt.date:
        """The level must exist on the document's date (checked with the date, so it is reported
        together with any other field's problem)."""
        co_quan = info.data.get("co_quan")
        if co_quan is None:
            return ngay
        problems: list[tuple[tuple[str | int, ...], str]] = []
        if co_quan.cap in (Cap.huyen, Cap.thi_tran) and ngay >= NGAY_BO_CAP_HUYEN:
            problems.append(((UP, "co_quan", "cap"),
                             f"cấp '{co_quan.cap.value}' không còn từ ngày 01/7/2025 "
                             "(chính quyền địa phương hai cấp); văn bản đề ngày "
                             f"{_text.ngay_so(ngay)} cần cấp tinh, xa, phuong hoặc dac_khu"))
        if co_quan.cap is Cap.dac_khu and ngay < NGAY_BO_CAP_HUYEN:
            problems.append(((UP, "co_quan", "cap"), "đặc khu chỉ là đơn vị hành chính cấp xã từ 01/7/2025"))
        check(problems)
        return ngay

    def viet_tat(self) -> str:
        """The type abbreviation in this document's symbol."""
        return self.VIET_TAT

    @property
    def co_quan_ban_hanh(self) -> list[CoQuan]:
        """Every issuing body, the leading one first (one, unless the document is joint)."""
        return [self.co_quan]

    @property
    def so_ky_hieu(self) -> str:
        """The Số line: ``Số: 05/BB-MTTQ-BTT`` or, for the Party, ``Số 08-BB/ĐU``; a joint
        document joins the symbols of its bodies, the leading one first (``Số: 05/KH-UBND-MTTQ``)."""
        return _text.so_ky_hieu(self.so, self.viet_tat(), "-".join(c.ky_hieu for c in self.co_quan_ban_hanh),
                                dang=self.co_quan.he_thong is HeThong.dang)

    @property
    def ky_hieu(self) -> str:
        """Number and symbol as other documents cite it: ``05/BB-MTTQ-BTT``, ``08-BB/ĐU``."""
        return _text.ky_hieu_van_ban(self.so, self.viet_tat(), "-".join(c.ky_hieu for c in self.co_quan_ban_hanh),
                                     dang=self.co_quan.he_thong is HeThong.dang)

    @property
    def dia_danh_ngay(self) -> str:
        """``An Ấp, ngày 15 tháng 3 năm 2026``."""
        return _text.dia_danh_ngay(self.dia_danh, self.ngay)

    def moc_thoi_han(self) -> list[MocThoiHan]:
        """The steps of this document that deadline rules apply to (none by default)."""
        return []

    def cac_bieu_do(self) -> list[BieuDo]:
        """The charts this document prints (none by default)."""
        return []

    def ngu_canh(self) -> dict[str, Any]:
        """What a template sees: every field, plus the derived header lines."""
        context: dict[str, Any] = {name: getattr(self, name) for name in type(self).model_fields}
        context.update(so_ky_hieu=self.so_ky_hieu, dia_danh_ngay=self.dia_danh_ngay,
                       co_quan_ban_hanh=self.co_quan_ban_hanh)
        return context


def _tham_quyen_cua_co_quan(cls: type, nguoi_ky: NguoiKy, info: ValidationInfo) -> NguoiKy:
    """The chain must be one the body's system allows for it (TM. for a collective…): the signer
    of a document (``VanBanKy``) and of each co-issuing body (``DongBanHanh``) declare
    ``field_validator("nguoi_ky")(_tham_quyen_cua_co_quan)`` beside their ``co_quan``."""
    co_quan = info.data.get("co_quan")
    if co_quan is not None:
        check(_tham_quyen.kiem_tra(co_quan.he_thong.value, co_quan.ten, nguoi_ky.chuoi(), nguoi_ky.chuc_vu))
    return nguoi_ky


class VanBanKy(VanBan):
    """A document signed by one signer under the standard ND 30 / HD 36 signature block."""

    nguoi_ky: NguoiKy = Field(description="Người ký và thẩm quyền ký (TM., KT., Q., TL., TUQ.)")

    _tham_quyen = field_validator("nguoi_ky")(_tham_quyen_cua_co_quan)

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(quyen_han_ky=self.nguoi_ky.dong_quyen_han(self.co_quan.he_thong))
        return context


class DongBanHanh(Model):
    """A body that issues a joint document (văn bản liên tịch) with the leading body, and who
    signs for it."""

    co_quan: CoQuan = Field(description="Cơ quan cùng ban hành: cùng cấp với cơ quan chủ trì, khác cơ quan chủ trì")
    nguoi_ky: NguoiKy = Field(description="Người ký của cơ quan này và thẩm quyền ký (TM., KT.…; Đảng: T/M, K/T…), "
                              "theo hệ thống của chính cơ quan này")

    _tham_quyen = field_validator("nguoi_ky")(_tham_quyen_cua_co_quan)


def o_ky_co_quan(co_quan: CoQuan, nguoi_ky: NguoiKy) -> OKy:
    """A body's signature in a joint document: its authority lines in its own system, title and name."""
    return OKy(vai="ky", ho_ten=nguoi_ky.ho_ten, dong=[*nguoi_ky.dong_quyen_han(co_quan.he_thong), nguoi_ky.chuc_vu])


#: The kinds a document may be issued jointly, as the refusal of any other kind names them.
LOAI_LIEN_TICH: dict[str, str] = {}


class VanBanLienTich(VanBanKy):
    """A document the leading body (``co_quan``, ``nguoi_ky``) may issue jointly with one or two
    bodies of the same level (``dong_ban_hanh``): every body's name in the header, the leading
    one first; the leading body's number with every body's symbol; one signature per body side
    by side, the leading body's on the right of the first row.

    A subclass sets ``TEN_LIEN_TICH`` (how the refusal of other kinds names it).
    """

    TEN_LIEN_TICH: ClassVar[str]

    dong_ban_hanh: list[DongBanHanh] = Field(
        default_factory=list,
        description="Văn bản liên tịch: các cơ quan cùng ban hành với cơ quan chủ trì (co_quan), mỗi cơ quan một "
        "người ký; nhiều nhất 2 cơ quan, cùng cấp, ví dụ '- {co_quan: {he_thong: nha_nuoc, ten: ỦY BAN NHÂN DÂN "
        "XÃ AN ẤP, ky_hieu: UBND, cap: xa}, nguoi_ky: {tm: ỦY BAN NHÂN DÂN, chuc_vu: CHỦ TỊCH, ho_ten: …}}'")

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        if "TEN_LIEN_TICH" in cls.__dict__:
            LOAI_LIEN_TICH[cls.model_fields["loai"].default] = cls.TEN_LIEN_TICH

    @field_validator("dong_ban_hanh")
    @classmethod
    def _cung_cap_khac_nhau(cls, dong_ban_hanh: list[DongBanHanh], info: ValidationInfo) -> list[DongBanHanh]:
        """Bodies of the leading one's level, each named once, at most as many as the layout holds."""
        from hoso._layout import BO_CUC  # _layout reads HeThong from this module

        co_quan = info.data.get("co_quan")
        problems: list[tuple[tuple[str | int, ...], str]] = []
        toi_da = BO_CUC.co_quan_lien_tich_toi_da - 1
        if len(dong_ban_hanh) > toi_da:
            problems.append(((toi_da,), f"văn bản liên tịch có nhiều nhất {toi_da + 1} cơ quan ban hành (cơ quan "
                             f"chủ trì và {toi_da} cơ quan cùng ban hành) để tên và chữ ký các cơ quan đúng bố cục; "
                             f"đang có {len(dong_ban_hanh) + 1}"))
        seen = {(_fold(co_quan.co_quan_chu_quan), _fold(co_quan.ten)): "cơ quan chủ trì (co_quan)"} if co_quan else {}
        symbols = {co_quan.ky_hieu: "cơ quan chủ trì (co_quan)"} if co_quan else {}
        for i, d in enumerate(dong_ban_hanh):
            name = (_fold(d.co_quan.co_quan_chu_quan), _fold(d.co_quan.ten))
            if name in seen:
                problems.append(((i, "co_quan", "ten"), f"{d.co_quan.ten} đã là {seen[name]}; mỗi cơ quan ghi "
                                 "một lần, cơ quan chủ trì chỉ ghi ở co_quan"))
            elif d.co_quan.ky_hieu in symbols:
                problems.append(((i, "co_quan", "ky_hieu"), f"ký hiệu {d.co_quan.ky_hieu} trùng với "
                                 f"{symbols[d.co_quan.ky_hieu]}; mỗi cơ quan một chữ viết tắt trong ký hiệu"))
            seen.setdefault(name, f"cơ quan cùng ban hành thứ {i + 1}")
            symbols.setdefault(d.co_quan.ky_hieu, f"cơ quan cùng ban hành thứ {i + 1}")
            if co_quan is not None and d.co_quan.cap is not co_quan.cap:
                problems.append(((i, "co_quan", "cap"), f"văn bản liên tịch do các cơ quan cùng cấp ban hành: "
                                 f"cơ quan chủ trì cấp '{co_quan.cap.value}', cơ quan này cấp '{d.co_quan.cap.value}'"))
        check(problems)
        return dong_ban_hanh

    @property
    def co_quan_ban_hanh(self) -> list[CoQuan]:
        return [self.co_quan, *(d.co_quan for d in self.dong_ban_hanh)]

    @property
    def ban_hanh_trong_cau(self) -> str | None:
        """The issuing bodies inside a sentence: ``Ủy ban nhân dân xã A và Ban Thường trực …``;
        None when a name cannot be read in lower case."""
        names = [c.ten_trong_cau for c in self.co_quan_ban_hanh]
        if any(n is None for n in names):
            return None
        return _text.liet_ke([n for n in names if n is not None])

    @property
    def o_ky_lien_tich(self) -> list[list[OKy | None]]:
        """One signature per body: the leading body's on the right of the first row, the
        co-issuers' in order in the other cells (ND 30: the leading body signs on the right)."""
        from hoso._layout import BO_CUC  # _layout reads HeThong from this module

        moi_hang = BO_CUC.nguoi_ky_moi_hang
        lead = o_ky_co_quan(self.co_quan, self.nguoi_ky)
        cells: list[OKy | None] = [o_ky_co_quan(d.co_quan, d.nguoi_ky) for d in self.dong_ban_hanh]
        first = cells[:moi_hang - 1]
        first += [None] * (moi_hang - 1 - len(first))
        return hang_ky([*first, lead, *cells[moi_hang - 1:]], moi_hang)

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(ban_hanh_trong_cau=self.ban_hanh_trong_cau, o_ky_lien_tich=self.o_ky_lien_tich)
        return context


def khong_lien_tich(kind: type) -> str:
    """Why a kind that is not issued jointly refuses co-issuing bodies, naming the kinds that are."""
    ten = getattr(kind, "TEN_LOAI", "") or "văn bản này"
    allowed = "; ".join(f"{name} ({loai})" for loai, name in LOAI_LIEN_TICH.items())
    return (f"{ten.lower()} không ban hành liên tịch nên không có cơ quan cùng ban hành (dong_ban_hanh); "
            f"văn bản liên tịch chỉ dùng cho: {allowed}. Biên bản do chủ trì và thư ký ký; giấy mời, công văn "
            "do một cơ quan ký; ghi các cơ quan tổ chức hội nghị trong biên bản ở co_quan_to_chuc")


def _fold(text: str | None) -> str:
    return " ".join((text or "").split())


class CongVan(VanBanKy):
    """A letter (công văn): no type name, the summary under Số (``V/v …``), ``Kính gửi:``.

    Its symbol has no type abbreviation in ND 30 (``Số: 15/MTTQ-BTT``); the Party writes ``CV``
    (``Số 59-CV/ĐU``).
    """

    VIET_TAT: ClassVar[str] = ""
    TEN_LOAI: ClassVar[str] = ""

    kinh_gui: list[VanBanText] = Field(min_length=1, description="Nơi gửi, mỗi dòng một cơ quan")

    def viet_tat(self) -> str:
        return "CV" if self.co_quan.he_thong is HeThong.dang else ""


class PhanCong(Model):
    """One assignment: who does what, by when."""

    don_vi: VanBanText = Field(description="Đơn vị thực hiện")
    nhiem_vu: VanBanText = Field(description="Việc phải làm")
    han: Ngay | None = Field(None, description="Thời hạn hoàn thành")


def nap_tep(value: Any, info: ValidationInfo, kind: type[VanBan], ten: str) -> Any:
    """A path to a cited document of ``kind`` becomes the document the loader read from it.

    A model reads no file: ``hoso.load`` reads every file named in a ``TRICH_DAN`` field once,
    relative to the citing file, and passes the documents (or why one could not be used) in the
    validation context (``trich_dan``).
    """
    if not isinstance(value, (str, os.PathLike)):
        return value
    doc = (info.context or {}).get("trich_dan", {}).get(os.fspath(value))
    if doc is None:
        raise ValueError(f"{ten} {value} là đường dẫn tệp: chỉ đọc được khi nạp bằng hoso.load; "
                         "hãy truyền văn bản đã nạp")
    if isinstance(doc, str):
        raise ValueError(doc)
    if not isinstance(doc, kind):
        raise ValueError(f"tệp {value} không phải {ten} (loai: {doc.loai})")
    return doc


def tep(kind: type[VanBan], ten: str) -> BeforeValidator:
    """The validator of a field that holds a ``kind`` document or the path to its file."""
    return BeforeValidator(lambda value, info: nap_tep(value, info, kind, ten))
