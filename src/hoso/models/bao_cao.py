"""Reports: the results of one or more dialogue conferences (domain.md §4.16)."""

from __future__ import annotations

from collections import Counter
from typing import Any, ClassVar, Literal

from pydantic import Field

from hoso import _text
from hoso.models.chung import VanBanKy, VanBanText, tong_so
from hoso.models.doi_thoai import BienBanDoiThoai, KieuHoiNghi, TepBienBan, TrangThai, YKien, thu_tu_linh_vuc


class BaoCaoKetQuaDoiThoai(VanBanKy):
    """Báo cáo kết quả hội nghị đối thoại: every figure is computed from the minutes it cites."""

    VIET_TAT: ClassVar[str] = "BC"
    TEN_LOAI: ClassVar[str] = "BÁO CÁO"
    TRICH_DAN: ClassVar[tuple[str, ...]] = ("bien_ban",)

    loai: Literal["bao_cao_ket_qua_doi_thoai"] = Field(
        "bao_cao_ket_qua_doi_thoai", description="Loại văn bản: bao_cao_ket_qua_doi_thoai")
    bien_ban: list[TepBienBan] = Field(min_length=1, description="Biên bản các hội nghị (đường dẫn tệp hoặc nội dung)")
    danh_gia: VanBanText = Field(description="Đánh giá chung: ưu điểm, hạn chế, nguyên nhân")
    phuong_huong: VanBanText = Field(description="Phương hướng, nhiệm vụ tiếp theo")
    kien_nghi: VanBanText | None = Field(None, description="Kiến nghị với cấp trên")

    @classmethod
    def tu_bien_ban(cls, bien_ban: list[BienBanDoiThoai], **fields: Any) -> BaoCaoKetQuaDoiThoai:
        """The report of ``bien_ban``; ``fields`` gives the rest (co_quan, so, ngay, danh_gia…)."""
        return cls.model_validate({**fields, "bien_ban": bien_ban})

    @property
    def kieu(self) -> KieuHoiNghi:
        """What the events reported are called: their kind when they share one, else "hội nghị"."""
        kinds = {bb.kieu for bb in self.bien_ban}
        return kinds.pop() if len(kinds) == 1 else KieuHoiNghi.hoi_nghi

    @property
    def y_kien(self) -> list[YKien]:
        """Every opinion of every conference."""
        return [y for bb in self.bien_ban for y in bb.y_kien]

    def so_lieu(self) -> dict[str, Any]:
        """The figures: attendance, opinions by status and by field, share answered on the spot."""
        y_kien = self.y_kien
        groups = [t for bb in self.bien_ban for t in bb.thanh_phan]
        status = Counter(y.trang_thai for y in y_kien)
        fields = Counter(y.linh_vuc for y in y_kien)
        return {
            "so_hoi_nghi": len(self.bien_ban),
            "tong_moi": sum(t.so_moi for t in groups if isinstance(t.so_moi, int)),
            "tong_co_mat": sum(t.so_co_mat for t in groups if isinstance(t.so_co_mat, int)),
            "tong_moi_in_ra": tong_so([t.so_moi for t in groups]),
            "tong_co_mat_in_ra": tong_so([t.so_co_mat for t in groups]),
            "so_y_kien": len(y_kien),
            "so_da_tra_loi": status[TrangThai.da_tra_loi],
            "so_tra_loi_sau": status[TrangThai.tra_loi_sau],
            "so_chuyen_cap_tren": status[TrangThai.chuyen_cap_tren],
            "ty_le_da_tra_loi": _text.phan_tram(status[TrangThai.da_tra_loi], len(y_kien)),
            "theo_linh_vuc": [{"linh_vuc": k, "so": n}
                              for k, n in sorted(fields.items(), key=lambda kv: (-kv[1], thu_tu_linh_vuc(kv[0])))],
        }

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(self.so_lieu(), kieu=self.kieu)
        return context
