"""Following up the recommendations after supervision (Luật MTTQ Điều 28.7, 30.1): one row per
recommendation of the letter, answered by the replies or still open, with the reminders sent; and
the reminder letter (đôn đốc) for the recommendations still unanswered."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from hoso.models.chung import (
    CongVan,
    Model,
    Ngay,
    NhanEnum,
    SoNguyen,
    VanBanKy,
    VanBanText,
    check,
    dat_nhan,
    tep,
)
from hoso.models.giam_sat import trich_dan
from hoso.models.giam_sat_bien_ban import KienNghi
from hoso.models.giam_sat_ket_qua import KienNghiSauGiamSat, TepKienNghi
from hoso.models.tiep_thu import KetQua, MucTiepThu, VanBanTiepThuGiaiTrinh


class TinhTrang(NhanEnum):
    """Where a recommendation stands."""

    da_giai_quyet = "da_giai_quyet"
    dang_giai_quyet = "dang_giai_quyet"
    chua_giai_quyet = "chua_giai_quyet"
    da_giai_trinh = "da_giai_trinh"
    chua_tra_loi = "chua_tra_loi"


dat_nhan(TinhTrang, {
    "da_giai_quyet": "đã giải quyết",
    "dang_giai_quyet": "đang giải quyết",
    "chua_giai_quyet": "chưa giải quyết",
    "da_giai_trinh": "đã giải trình",
    "chua_tra_loi": "chưa trả lời",
})

#: What a reply's outcome means for the follow-up until the Front records otherwise.
_TU_KET_QUA = {KetQua.tiep_thu: TinhTrang.dang_giai_quyet, KetQua.giai_trinh: TinhTrang.da_giai_trinh,
               KetQua.khong_tiep_thu: TinhTrang.chua_giai_quyet}

def trang_thai_tu_ket_qua(ket_qua: KetQua) -> TinhTrang:
    """Where a recommendation stands after a reply with this outcome, until the Front records otherwise."""
    return _TU_KET_QUA[ket_qua]


TepTraLoi = Annotated[VanBanTiepThuGiaiTrinh, tep(VanBanTiepThuGiaiTrinh, "văn bản trả lời")]


def tra_loi_theo_so(replies: list[VanBanTiepThuGiaiTrinh]) -> dict[int, tuple[VanBanTiepThuGiaiTrinh, MucTiepThu]]:
    """Each answered recommendation's number: the reply and its item."""
    return {m.so: (r, m) for r in replies for m in r.muc if m.so is not None}


def tra_loi_dung_van_ban(replies: list[VanBanTiepThuGiaiTrinh],
                         info: ValidationInfo) -> list[VanBanTiepThuGiaiTrinh]:
    """Every reply answers the letter ``kien_nghi`` of the model being validated."""
    letter = info.data.get("kien_nghi")
    if letter is None:
        return replies
    check([((i,), f"văn bản trả lời số {r.ky_hieu} không trả lời Văn bản số {letter.ky_hieu}")
           for i, r in enumerate(replies) if r.kien_nghi is None or r.kien_nghi.ky_hieu != letter.ky_hieu])
    return replies


class CapNhat(Model):
    """What the Front found about one recommendation since the reply."""

    so: SoNguyen = Field(ge=1, description="Số kiến nghị")
    tinh_trang: TinhTrang
    ghi_chu: VanBanText | None = None


class DonDoc(Model):
    """A reminder sent (đôn đốc)."""

    ngay: Ngay
    van_ban: VanBanText = Field(description="Ví dụ 'Công văn số 31/MTTQ-BTT'")
    so: list[SoNguyen] = Field(min_length=1, description="Các kiến nghị được đôn đốc (theo số)")


class DongTheoDoi(Model):
    """One row of the follow-up."""

    so: int
    gui: str
    noi_dung: str
    han: dt.date | None
    ngay_tra_loi: dt.date | None
    tinh_trang: TinhTrang
    ghi_chu: str | None
    don_doc: int
    qua_han: bool


class TheoDoiKienNghi(VanBanKy):
    """Báo cáo theo dõi, đôn đốc việc giải quyết kiến nghị sau giám sát: every figure is computed
    from the letter of recommendations, the replies and the reminders."""

    VIET_TAT: ClassVar[str] = "BC"
    TEN_LOAI: ClassVar[str] = "BÁO CÁO"

    TRICH_DAN: ClassVar[tuple[str, ...]] = ("kien_nghi", "tra_loi")

    loai: Literal["theo_doi_kien_nghi"] = "theo_doi_kien_nghi"
    kien_nghi: TepKienNghi = Field(description="Văn bản kiến nghị sau giám sát: đường dẫn tệp")
    tra_loi: list[TepTraLoi] = Field(default_factory=list, description="Văn bản trả lời đã nhận: đường dẫn tệp")
    han_tra_loi: Ngay | None = Field(None, description="Hạn trả lời; mặc định theo văn bản kiến nghị (nếu có)")
    cap_nhat: list[CapNhat] = Field(default_factory=list)
    don_doc: list[DonDoc] = Field(default_factory=list)
    de_nghi: VanBanText | None = Field(None, description="Đề nghị, đôn đốc tiếp theo")

    @field_validator("tra_loi")
    @classmethod
    def _tra_loi_van_ban_nay(cls, replies: list[VanBanTiepThuGiaiTrinh],
                             info: ValidationInfo) -> list[VanBanTiepThuGiaiTrinh]:
        return tra_loi_dung_van_ban(replies, info)

    @field_validator("cap_nhat", "don_doc")
    @classmethod
    def _so_co_trong_van_ban(cls, items: list[Any], info: ValidationInfo) -> list[Any]:
        letter = info.data.get("kien_nghi")
        if letter is None:
            return items
        have = {k.so for k in letter.kien_nghi}
        problems: list[tuple[tuple[str | int, ...], str]] = []
        for i, item in enumerate(items):
            numbers = item.so if isinstance(item.so, list) else [item.so]
            for j, n in enumerate(numbers):
                if n not in have:
                    where: tuple[str | int, ...] = (i, "so", j) if isinstance(item.so, list) else (i, "so")
                    problems.append((where, f"kiến nghị số {n} không có trong Văn bản số {letter.ky_hieu}"))
        check(problems)
        return items

    @property
    def han(self) -> dt.date | None:
        """The reply deadline: this report's, or the one the letter asked for."""
        return self.han_tra_loi or self.kien_nghi.han_tra_loi

    @property
    def dong(self) -> list[DongTheoDoi]:
        """One row per recommendation of the letter, in its numbers' order."""
        answers = tra_loi_theo_so(self.tra_loi)
        updates = {c.so: c for c in self.cap_nhat}
        rows = []
        for k in self.kien_nghi.kien_nghi:
            assert k.so is not None
            reply = answers.get(k.so)
            update = updates.get(k.so)
            status = (update.tinh_trang if update else
                      trang_thai_tu_ket_qua(reply[1].ket_qua) if reply else TinhTrang.chua_tra_loi)
            rows.append(DongTheoDoi(
                so=k.so, gui=k.gui, noi_dung=k.noi_dung, han=self.han,
                ngay_tra_loi=reply[0].ngay if reply else None, tinh_trang=status,
                ghi_chu=update.ghi_chu if update and update.ghi_chu else (
                    reply[1].hanh_dong if reply and reply[1].hanh_dong else None),
                don_doc=sum(k.so in d.so for d in self.don_doc),
                qua_han=reply is None and self.han is not None and self.han < self.ngay))
        return rows

    def so_lieu(self) -> dict[str, Any]:
        """Counts: total, answered, open, by status and by addressee."""
        rows = self.dong
        status = Counter(r.tinh_trang for r in rows)
        by_addressee: dict[str, list[DongTheoDoi]] = {}
        for r in rows:
            by_addressee.setdefault(r.gui, []).append(r)
        return {
            "so_kien_nghi": len(rows),
            "so_da_tra_loi": sum(r.ngay_tra_loi is not None for r in rows),
            "so_chua_tra_loi": status[TinhTrang.chua_tra_loi],
            "so_qua_han": sum(r.qua_han for r in rows),
            "theo_tinh_trang": [{"tinh_trang": t, "so": status[t]} for t in TinhTrang if status[t]],
            "theo_noi_nhan": [{"gui": g, "so": len(rs), "da_tra_loi": sum(r.ngay_tra_loi is not None for r in rs)}
                              for g, rs in by_addressee.items()],
            "chua_xong": [r for r in rows if r.tinh_trang in (TinhTrang.chua_tra_loi, TinhTrang.chua_giai_quyet)],
        }

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(self.so_lieu(), dong=self.dong, han=self.han,
                       trich_dan_kien_nghi=trich_dan(self.kien_nghi, "Văn bản"))
        return context


class CongVanDonDocKienNghi(CongVan):
    """Công văn đôn đốc (Luật MTTQ Điều 28.7): the recommendations of the letter still unanswered
    (or those chosen by number), each with its number, and a new date to reply by."""

    TRICH_DAN: ClassVar[tuple[str, ...]] = ("kien_nghi", "tra_loi")

    loai: Literal["don_doc_kien_nghi"] = "don_doc_kien_nghi"
    kien_nghi: TepKienNghi = Field(description="Văn bản kiến nghị sau giám sát: đường dẫn tệp")
    tra_loi: list[TepTraLoi] = Field(default_factory=list, description="Văn bản trả lời đã nhận: đường dẫn tệp")
    chon: list[SoNguyen] | None = Field(
        None, description="Số các kiến nghị được đôn đốc; mặc định: các kiến nghị chưa trả lời")
    han_tra_loi: Ngay = Field(description="Đề nghị trả lời trước ngày")

    @field_validator("tra_loi")
    @classmethod
    def _tra_loi_van_ban_nay(cls, replies: list[VanBanTiepThuGiaiTrinh],
                             info: ValidationInfo) -> list[VanBanTiepThuGiaiTrinh]:
        return tra_loi_dung_van_ban(replies, info)

    @field_validator("chon")
    @classmethod
    def _so_co_trong_van_ban(cls, chon: list[int] | None, info: ValidationInfo) -> list[int] | None:
        letter = info.data.get("kien_nghi")
        if chon is None or letter is None:
            return chon
        have = {k.so for k in letter.kien_nghi}
        check([((i,), f"kiến nghị số {n} không có trong Văn bản số {letter.ky_hieu}")
               for i, n in enumerate(chon) if n not in have])
        return chon

    @model_validator(mode="after")
    def _con_kien_nghi(self) -> CongVanDonDocKienNghi:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        if not self.kien_nghi_don_doc:
            problems.append((("tra_loi",), "mọi kiến nghị đã được trả lời: không còn kiến nghị để đôn đốc"))
        if self.han_tra_loi <= self.ngay:
            problems.append((("han_tra_loi",), "hạn trả lời phải sau ngày của công văn"))
        check(problems)
        return self

    @property
    def kien_nghi_don_doc(self) -> list[KienNghi]:
        """The recommendations reminded of, with their numbers."""
        answered = tra_loi_theo_so(self.tra_loi)
        return [k for k in self.kien_nghi.kien_nghi
                if (k.so in self.chon if self.chon is not None else k.so not in answered)]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        letter: KienNghiSauGiamSat = self.kien_nghi
        context.update(kien_nghi_don_doc=self.kien_nghi_don_doc, trich_dan_kien_nghi=trich_dan(letter, "Văn bản"))
        return context


__all__ = ["CapNhat", "CongVanDonDocKienNghi", "DonDoc", "DongTheoDoi", "TheoDoiKienNghi", "TinhTrang"]
