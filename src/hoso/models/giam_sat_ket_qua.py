"""After the working meetings: the delegation's results report (NQLT 403 Điều 9.1), built from the
minutes, and the recommendation letter (Điều 9.3), built from the report. Recommendations keep
their numbers from one to the other."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from hoso.models.chung import (
    CongVan,
    MocThoiHan,
    Model,
    Ngay,
    SoNguyen,
    VanBanKy,
    VanBanText,
    check,
    nap_tep,
    tep,
)
from hoso.models.giam_sat import QuyetDinhThanhLapDoanGiamSat, trich_dan
from hoso.models.giam_sat_bien_ban import BienBanGiamSat, KienNghi, TepBienBanGiamSat, danh_so


class DanhGia(Model):
    """Findings on one content of the supervision."""

    noi_dung: VanBanText = Field(description="Nội dung giám sát được đánh giá")
    uu_diem: list[VanBanText] = Field(min_length=1)
    han_che: list[VanBanText] = Field(default_factory=list)
    nguyen_nhan: list[VanBanText] = Field(default_factory=list)


class BaoCaoKetQuaGiamSat(VanBanKy):
    """Báo cáo kết quả giám sát of the delegation: how it ran (computed from the minutes), findings
    per content, and the recommendations (by default those of the minutes, numbered in order)."""

    VIET_TAT: ClassVar[str] = "BC"
    TEN_LOAI: ClassVar[str] = "BÁO CÁO"

    TRICH_DAN: ClassVar[tuple[str, ...]] = ("bien_ban",)

    loai: Literal["bao_cao_ket_qua_giam_sat"] = "bao_cao_ket_qua_giam_sat"
    bien_ban: list[TepBienBanGiamSat] = Field(min_length=1, description="Biên bản các buổi làm việc (đường dẫn tệp)")
    danh_gia: list[DanhGia] = Field(min_length=1)
    kien_nghi: list[KienNghi] = Field(default_factory=list, description="Kiến nghị; mặc định lấy từ các biên bản")

    @model_validator(mode="before")
    @classmethod
    def _kien_nghi_tu_bien_ban(cls, data: Any, info: ValidationInfo) -> Any:
        """Without ``kien_nghi``, the minutes' recommendations in order, renumbered 1, 2, …"""
        if not isinstance(data, dict) or "kien_nghi" in data or not isinstance(data.get("bien_ban"), list):
            return data
        try:
            minutes = [nap_tep(v, info, BienBanGiamSat, "biên bản giám sát") for v in data["bien_ban"]]
        except ValueError:
            return data  # reported where the field is validated
        if not all(isinstance(m, BienBanGiamSat) for m in minutes):
            return data
        items = [k.model_copy(update={"so": None}) for m in minutes for k in m.kien_nghi]
        return {**data, "bien_ban": minutes, "kien_nghi": items}

    @field_validator("kien_nghi")
    @classmethod
    def _danh_so(cls, items: list[KienNghi]) -> list[KienNghi]:
        return danh_so(items)

    @model_validator(mode="after")
    def _co_kien_nghi(self) -> BaoCaoKetQuaGiamSat:
        check([] if self.kien_nghi else [(("kien_nghi",), "báo cáo cần ít nhất một kiến nghị (ghi ở đây hoặc "
                                                           "trong biên bản các buổi làm việc)")])
        return self

    @classmethod
    def tu_bien_ban(cls, bien_ban: list[BienBanGiamSat], **fields: Any) -> BaoCaoKetQuaGiamSat:
        """The report of ``bien_ban``; ``fields`` gives the rest (co_quan, so, ngay, danh_gia…)."""
        return cls.model_validate({**fields, "bien_ban": bien_ban})

    @property
    def quyet_dinh(self) -> QuyetDinhThanhLapDoanGiamSat:
        """The decision forming the delegation (that of the first minutes)."""
        return self.bien_ban[0].quyet_dinh

    def so_lieu(self) -> dict[str, Any]:
        """How the supervision ran: meetings, bodies, recommendations per addressee."""
        bodies = list(dict.fromkeys(bb.don_vi for bb in self.bien_ban))
        by_addressee = Counter(k.gui for k in self.kien_nghi)
        return {
            "so_buoi": len(self.bien_ban),
            "don_vi_duoc_giam_sat": bodies,
            "so_don_vi": len(bodies),
            "so_kien_nghi": len(self.kien_nghi),
            "kien_nghi_theo_noi_nhan": [{"gui": k, "so": n} for k, n in by_addressee.items()],
            "tu_ngay": min(bb.ngay for bb in self.bien_ban),
            "den_ngay": max(bb.ngay for bb in self.bien_ban),
        }

    def moc_thoi_han(self) -> list[MocThoiHan]:
        return [MocThoiHan("bao_cao_sau_giam_sat", self.ngay, max(bb.ngay for bb in self.bien_ban), ("ngay",))]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        qd = self.quyet_dinh
        context.update(self.so_lieu(), quyet_dinh=qd, trich_dan_quyet_dinh=trich_dan(qd, "Quyết định"),
                       ke_hoach=qd.ke_hoach)
        return context


TepBaoCao = Annotated[BaoCaoKetQuaGiamSat, tep(BaoCaoKetQuaGiamSat, "báo cáo kết quả giám sát")]


class ChonKienNghi(Model):
    """A recommendation of the report chosen for the letter, by its number; the text may be reworded."""

    so: SoNguyen = Field(ge=1, description="Số của kiến nghị trong báo cáo")
    gui: VanBanText | None = Field(None, description="Mặc định như trong báo cáo")
    noi_dung: VanBanText | None = Field(None, description="Mặc định như trong báo cáo")


class KienNghiSauGiamSat(CongVan):
    """Văn bản kiến nghị sau giám sát (NQLT 403 Điều 9.3): conclusions and the report's numbered
    recommendations, sent to the supervised and the competent bodies, copied one level up."""

    TRICH_DAN: ClassVar[tuple[str, ...]] = ("bao_cao",)

    loai: Literal["kien_nghi_sau_giam_sat"] = "kien_nghi_sau_giam_sat"
    bao_cao: TepBaoCao = Field(description="Báo cáo kết quả giám sát: đường dẫn tệp")
    ben_giam_sat: VanBanText = Field(
        description="Tên bên giám sát trong câu, ví dụ 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hòa'")
    ket_luan: VanBanText = Field(description="Kết luận về nội dung giám sát")
    chon: list[ChonKienNghi] | None = Field(None, description="Chỉ kiến nghị một số nội dung của báo cáo (theo số)")
    han_tra_loi: Ngay | None = Field(None, description="Đề nghị trả lời trước ngày (nếu có)")
    cap_tren: VanBanText = Field(description="Ủy ban MTTQ (tổ chức) cấp trên trực tiếp, nhận để báo cáo")

    @field_validator("chon")
    @classmethod
    def _trong_bao_cao(cls, chon: list[ChonKienNghi] | None, info: ValidationInfo) -> list[ChonKienNghi] | None:
        report = info.data.get("bao_cao")
        if chon is None or report is None:
            return chon
        have = {k.so for k in report.kien_nghi}
        check([((i, "so"), f"kiến nghị số {c.so} không có trong Báo cáo số {report.ky_hieu} "
                           f"(có số {', '.join(str(n) for n in sorted(n for n in have if n is not None))})")
               for i, c in enumerate(chon) if c.so not in have])
        return chon

    @model_validator(mode="after")
    def _gui_cap_tren(self) -> KienNghiSauGiamSat:
        folded = " ".join(self.cap_tren.split()).lower()
        check([] if any(folded in " ".join(n.split()).lower() for n in self.noi_nhan) else [
            (("cap_tren",), f"văn bản kiến nghị gửi đồng thời {self.cap_tren} (NQLT 403 Điều 9 khoản 3): "
                            f"thêm '{self.cap_tren} (để báo cáo)' vào noi_nhan")])
        return self

    @property
    def kien_nghi(self) -> list[KienNghi]:
        """The recommendations sent, with their numbers in the report."""
        if self.chon is None:
            return list(self.bao_cao.kien_nghi)
        by_number = {k.so: k for k in self.bao_cao.kien_nghi}
        return [KienNghi(so=c.so, gui=c.gui or by_number[c.so].gui, noi_dung=c.noi_dung or by_number[c.so].noi_dung)
                for c in self.chon]

    def nhom_theo_noi_nhan(self) -> list[dict[str, Any]]:
        """Recommendations grouped by addressee, addressees in order of first appearance."""
        groups: dict[str, list[KienNghi]] = {}
        for k in self.kien_nghi:
            groups.setdefault(k.gui, []).append(k)
        return [{"gui": g, "kien_nghi": items} for g, items in groups.items()]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(self.bao_cao.so_lieu())
        context.update(kien_nghi=self.kien_nghi, nhom_kien_nghi=self.nhom_theo_noi_nhan(),
                       trich_dan_bao_cao=trich_dan(self.bao_cao, "Báo cáo"),
                       quyet_dinh=self.bao_cao.quyet_dinh, ke_hoach=self.bao_cao.quyet_dinh.ke_hoach)
        return context


TepKienNghi = Annotated[KienNghiSauGiamSat, tep(KienNghiSauGiamSat, "văn bản kiến nghị sau giám sát")]

__all__ = ["BaoCaoKetQuaGiamSat", "ChonKienNghi", "DanhGia", "KienNghiSauGiamSat"]
