"""Documents of a dialogue between the heads of the party committee and government and the people
(QĐ 218-QĐ/TW, Quy định 11-QĐi/TW as amended by KL 215, Luật Tổ chức chính quyền địa phương 2025
Điều 43; see ``shared/reference/domain.md`` §3.4–3.5)."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from hoso.models.chung import (
    Model,
    Ngay,
    Nguoi,
    NhanEnum,
    ThanhPhan,
    VanBan,
    VanBanText,
    check,
    dat_nhan,
)


class HinhThuc(NhanEnum):
    """How the conference is held (Luật TCCQĐP 2025 Điều 43)."""

    truc_tiep = "truc_tiep"
    truc_tuyen = "truc_tuyen"
    mang_xa_hoi = "mang_xa_hoi"


dat_nhan(HinhThuc, {
    "truc_tiep": "trực tiếp",
    "truc_tuyen": "trực tuyến",
    "mang_xa_hoi": "trên mạng xã hội",
})


class LinhVuc(NhanEnum):
    """Field of an opinion, used to group opinions in conclusions and reports."""

    dat_dai = "dat_dai"
    giao_thong = "giao_thong"
    ha_tang = "ha_tang"
    chinh_sach_xa_hoi = "chinh_sach_xa_hoi"
    moi_truong = "moi_truong"
    y_te = "y_te"
    giao_duc = "giao_duc"
    an_ninh_trat_tu = "an_ninh_trat_tu"
    kinh_te = "kinh_te"
    hanh_chinh = "hanh_chinh"
    khac = "khac"


dat_nhan(LinhVuc, {
    "dat_dai": "đất đai",
    "giao_thong": "giao thông",
    "ha_tang": "hạ tầng, xây dựng",
    "chinh_sach_xa_hoi": "chính sách xã hội",
    "moi_truong": "môi trường",
    "y_te": "y tế",
    "giao_duc": "giáo dục",
    "an_ninh_trat_tu": "an ninh, trật tự",
    "kinh_te": "kinh tế, sản xuất",
    "hanh_chinh": "thủ tục hành chính",
    "khac": "lĩnh vực khác",
})


class TrangThai(NhanEnum):
    """What happened to an opinion."""

    da_tra_loi = "da_tra_loi"
    tra_loi_sau = "tra_loi_sau"
    chuyen_cap_tren = "chuyen_cap_tren"


dat_nhan(TrangThai, {
    "da_tra_loi": "đã trả lời tại hội nghị",
    "tra_loi_sau": "trả lời bằng văn bản sau hội nghị",
    "chuyen_cap_tren": "chuyển cấp trên giải quyết",
})


class YKien(Model):
    """One opinion raised at the conference, with who answered and what happens next."""

    stt: int | None = Field(None, ge=1, description="Thứ tự; mặc định theo vị trí trong danh sách")
    nguoi_neu: Nguoi = Field(description="Người nêu ý kiến, với thôn hoặc địa chỉ (dia_chi)")
    linh_vuc: LinhVuc
    noi_dung: VanBanText
    nguoi_tra_loi: Nguoi | None = None
    tra_loi: VanBanText | None = Field(None, description="Nội dung trả lời tại hội nghị")
    trang_thai: TrangThai
    han_tra_loi: Ngay | None = Field(None, description="Hạn trả lời bằng văn bản (khi tra_loi_sau)")
    don_vi_tra_loi: VanBanText | None = Field(None, description="Đơn vị chịu trách nhiệm trả lời")
    co_quan_chuyen: VanBanText | None = Field(None, description="Cơ quan cấp trên nhận ý kiến chuyển")

    @model_validator(mode="after")
    def _theo_trang_thai(self) -> YKien:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        if self.trang_thai is TrangThai.da_tra_loi:
            if self.tra_loi is None:
                problems.append((("tra_loi",), "ý kiến đã trả lời tại hội nghị cần nội dung trả lời"))
            if self.nguoi_tra_loi is None:
                problems.append((("nguoi_tra_loi",), "ý kiến đã trả lời tại hội nghị cần người trả lời"))
        if self.trang_thai is TrangThai.tra_loi_sau:
            if self.han_tra_loi is None:
                problems.append((("han_tra_loi",), "ý kiến trả lời sau cần hạn trả lời (ngày)"))
            if self.don_vi_tra_loi is None:
                problems.append((("don_vi_tra_loi",), "ý kiến trả lời sau cần đơn vị chịu trách nhiệm"))
        if self.trang_thai is TrangThai.chuyen_cap_tren and self.co_quan_chuyen is None:
            problems.append((("co_quan_chuyen",), "ý kiến chuyển cấp trên cần tên cơ quan nhận"))
        check(problems)
        return self


class BienBanDoiThoai(VanBan):
    """Biên bản hội nghị đối thoại (minutes of a dialogue conference), ND 30 Mẫu 1.9 layout."""

    VIET_TAT: ClassVar[str] = "BB"
    TEN_LOAI: ClassVar[str] = "BIÊN BẢN"

    loai: Literal["bien_ban_doi_thoai"] = "bien_ban_doi_thoai"
    bat_dau: dt.time = Field(description="Giờ bắt đầu, ví dụ '08:00'")
    ket_thuc: dt.time = Field(description="Giờ kết thúc, ví dụ '11:30'")
    dia_diem: VanBanText
    hinh_thuc: HinhThuc = HinhThuc.truc_tiep
    ke_hoach: VanBanText = Field(description="Kế hoạch tổ chức hội nghị, ví dụ 'Kế hoạch số 15/KH-UBND ngày …'")
    chu_tri: list[Nguoi] = Field(min_length=1, description="Chủ trì (chủ tọa), một hoặc nhiều người")
    thu_ky: Nguoi
    thanh_phan: list[ThanhPhan] = Field(min_length=1, description="Thành phần theo nhóm, số mời và có mặt")
    chuong_trinh: list[VanBanText] = Field(default_factory=list, description="Chương trình hội nghị")
    y_kien: list[YKien] = Field(default_factory=list)
    ket_luan: VanBanText = Field(description="Kết luận của chủ trì; dòng trống tách đoạn")
    so_ban: int | None = Field(None, ge=1, description="Số bản biên bản được lập")

    @model_validator(mode="after")
    def _kiem_tra(self) -> BienBanDoiThoai:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        for i, nguoi in enumerate([*self.chu_tri, self.thu_ky]):
            if nguoi.chuc_vu is None:
                where: tuple[str | int, ...] = ("chu_tri", i) if i < len(self.chu_tri) else ("thu_ky",)
                problems.append(((*where, "chuc_vu"), "chủ trì và thư ký cần ghi chức vụ"))
        seen: dict[int, int] = {}
        for i, y in enumerate(self.y_kien):
            order = y.stt or i + 1
            if order in seen:
                problems.append((("y_kien", i, "stt"), f"thứ tự {order} trùng với ý kiến thứ {seen[order] + 1}"))
            seen[order] = i
            if y.han_tra_loi is not None and y.han_tra_loi < self.ngay:
                problems.append((("y_kien", i, "han_tra_loi"), "hạn trả lời không thể trước ngày hội nghị"))
        check(problems)
        return self

    @field_validator("ket_thuc")
    @classmethod
    def _sau_gio_bat_dau(cls, ket_thuc: dt.time, info: ValidationInfo) -> dt.time:
        """Checked here, not with the other rules, so it is reported even when other fields fail."""
        bat_dau = info.data.get("bat_dau")
        if bat_dau is not None and ket_thuc <= bat_dau:
            raise ValueError(f"giờ kết thúc ({ket_thuc:%H:%M}) phải sau giờ bắt đầu ({bat_dau:%H:%M})")
        return ket_thuc

    @field_validator("y_kien")
    @classmethod
    def _danh_so(cls, y_kien: list[YKien]) -> list[YKien]:
        """An opinion without ``stt`` takes its position in the list."""
        return [y if y.stt is not None else y.model_copy(update={"stt": i + 1})
                for i, y in enumerate(y_kien)]

    @property
    def tong_moi(self) -> int:
        """Total invited."""
        return sum(t.so_moi for t in self.thanh_phan)

    @property
    def tong_co_mat(self) -> int:
        """Total present."""
        return sum(t.so_co_mat for t in self.thanh_phan)

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(tong_moi=self.tong_moi, tong_co_mat=self.tong_co_mat)
        return context


__all__ = ["BienBanDoiThoai", "HinhThuc", "LinhVuc", "TrangThai", "YKien"]
