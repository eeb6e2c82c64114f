"""The receiving side's reply to comments and recommendations (Quy định 1415-QĐ/TU; QĐ 218)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from pydantic import Field, model_validator

from hoso import _text
from hoso.models.chung import CongVan, MocThoiHan, Model, Ngay, NhanEnum, VanBanText, check, dat_nhan
from hoso.models.doi_thoai import BienBanDoiThoai, TrangThai
from hoso.models.gop_y import VanBanGopY


class KetQua(NhanEnum):
    """What the receiving side does with one comment."""

    tiep_thu = "tiep_thu"
    giai_trinh = "giai_trinh"
    khong_tiep_thu = "khong_tiep_thu"


dat_nhan(KetQua, {"tiep_thu": "Tiếp thu", "giai_trinh": "Giải trình", "khong_tiep_thu": "Không tiếp thu"})


class MucTiepThu(Model):
    """One comment or recommendation and the answer to it."""

    y_kien: VanBanText = Field(description="Ý kiến, kiến nghị nhận được")
    ket_qua: KetQua
    noi_dung: VanBanText = Field(description="Nội dung tiếp thu, giải trình, hoặc lý do không tiếp thu")
    hanh_dong: VanBanText | None = Field(None, description="Việc sẽ làm")
    don_vi: VanBanText | None = Field(None, description="Đơn vị thực hiện")
    thoi_han: Ngay | None = None

    @model_validator(mode="after")
    def _hanh_dong_co_han(self) -> MucTiepThu:
        check([(("thoi_han",), "việc sẽ làm cần thời hạn")]
              if self.hanh_dong is not None and self.thoi_han is None else [])
        return self


class VanBanTiepThuGiaiTrinh(CongVan):
    """Văn bản tiếp thu, giải trình: each comment accepted, explained, or declined with a reason."""

    loai: Literal["van_ban_tiep_thu_giai_trinh"] = "van_ban_tiep_thu_giai_trinh"
    van_ban_gop_y: VanBanText = Field(description="Văn bản góp ý được trả lời, ví dụ 'Văn bản số 15/MTTQ-BTT ngày …'")
    ngay_nhan: Ngay | None = Field(None, description="Ngày nhận văn bản góp ý (để đối chiếu thời hạn trả lời)")
    mo_dau: VanBanText
    muc: list[MucTiepThu] = Field(min_length=1)
    ket_thuc: VanBanText | None = None

    @classmethod
    def khung_tu(cls, nguon: VanBanGopY | BienBanDoiThoai | Sequence[BienBanDoiThoai]) -> dict[str, Any]:
        """A draft to complete: one item per comment or recommendation (or per minutes opinion
        not settled at the conference, from one set of minutes or several); ``kinh_gui``,
        ``ket_qua`` and ``noi_dung`` are left empty, so loading the draft as it is lists exactly
        what remains to fill in."""
        if isinstance(nguon, VanBanGopY):
            items = [f"{n.noi_dung}: {y}" for n in nguon.nhom_y_kien for y in n.y_kien] + list(nguon.kien_nghi)
            cited = f"Văn bản số {nguon.ky_hieu} ngày {_text.ngay_so(nguon.ngay)}"
        else:
            minutes = [nguon] if isinstance(nguon, BienBanDoiThoai) else list(nguon)
            items = [f"{y.nguoi_neu.ten_goi}{f' ({y.nguoi_neu.dia_chi})' if y.nguoi_neu.dia_chi else ''}: {y.noi_dung}"
                     for bb in minutes for y in bb.y_kien if y.trang_thai is not TrangThai.da_tra_loi]
            cited = "; ".join(f"Biên bản hội nghị đối thoại số {bb.ky_hieu} ngày {_text.ngay_so(bb.ngay)}"
                              for bb in minutes)
        return {"loai": "van_ban_tiep_thu_giai_trinh", "van_ban_gop_y": cited, "kinh_gui": [],
                "muc": [{"y_kien": text, "ket_qua": None, "noi_dung": None} for text in items]}

    def moc_thoi_han(self) -> list[MocThoiHan]:
        if self.ngay_nhan is None:
            return []
        return [MocThoiHan("tra_loi_gop_y", self.ngay, self.ngay_nhan, ("ngay",))]
