"""The recommendation letter of a supervision by study of documents (Luật MTTQ Điều 27.1; NQLT 403
Điều 4–5): the document studied, how it was studied, the findings and the numbered recommendations,
with the request to reply in writing."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator

from hoso.models.chung import CongVan, NhanEnum, VanBanText, dat_nhan, tep
from hoso.models.giam_sat_bien_ban import KienNghi, danh_so


class CachNghienCuu(NhanEnum):
    """How the document was studied (NQLT 403 Điều 5)."""

    nghien_cuu = "nghien_cuu"
    hoi_nghi = "hoi_nghi"
    chuyen_gia = "chuyen_gia"


dat_nhan(CachNghienCuu, {
    "nghien_cuu": "nghiên cứu, xem xét văn bản",
    "hoi_nghi": "tổ chức hội nghị nghiên cứu, xem xét văn bản",
    "chuyen_gia": "gửi văn bản lấy ý kiến tham vấn của các chuyên gia, nhà khoa học",
})


class KienNghiSauNghienCuuVanBan(CongVan):
    """Văn bản kiến nghị sau nghiên cứu, xem xét văn bản (NQLT 403 Điều 5.3.b)."""

    loai: Literal["kien_nghi_sau_nghien_cuu_van_ban"] = "kien_nghi_sau_nghien_cuu_van_ban"
    van_ban: VanBanText = Field(
        description="Văn bản được nghiên cứu, ví dụ 'Quyết định số 25/2026/QĐ-UBND ngày 10/3/2026 của …'")
    cach: CachNghienCuu = Field(CachNghienCuu.nghien_cuu, description="nghien_cuu, hoi_nghi hoặc chuyen_gia")
    ben_giam_sat: VanBanText = Field(
        description="Tên bên giám sát trong câu, ví dụ 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Bình'")
    ket_qua: list[VanBanText] = Field(min_length=1, description="Kết quả nghiên cứu: nhận xét, phát hiện")
    kien_nghi: list[KienNghi] = Field(min_length=1, description="Kiến nghị, mỗi kiến nghị ghi gửi ai")

    @field_validator("kien_nghi")
    @classmethod
    def _danh_so(cls, items: list[KienNghi]) -> list[KienNghi]:
        return danh_so(items)


#: The study-of-documents letter given inline or as a path to its YAML (a reply answers it by number).
TepNghienCuu = Annotated[KienNghiSauNghienCuuVanBan,
                         tep(KienNghiSauNghienCuuVanBan, "văn bản kiến nghị sau nghiên cứu văn bản")]

__all__ = ["CachNghienCuu", "KienNghiSauNghienCuuVanBan"]
