"""Written comments on building the Party and government (QĐ 218-QĐ/TW; domain.md §4.11)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from hoso.models.chung import CongVan, Model, Ngay, VanBanText


class NhomGopY(Model):
    """Comments on one subject."""

    noi_dung: VanBanText = Field(description="Nội dung được góp ý, ví dụ 'Về công tác cải cách hành chính'")
    y_kien: list[VanBanText] = Field(min_length=1)


class VanBanGopY(CongVan):
    """Văn bản góp ý of the Front or a member organisation to a party organisation or government body."""

    loai: Literal["van_ban_gop_y"] = "van_ban_gop_y"
    mo_dau: VanBanText = Field(description="Đoạn mở đầu: căn cứ, việc được góp ý")
    nhom_y_kien: list[NhomGopY] = Field(min_length=1)
    kien_nghi: list[VanBanText] = Field(default_factory=list)
    de_nghi_phan_hoi: VanBanText = Field(description="Đề nghị tiếp thu và phản hồi bằng văn bản")
    han_phan_hoi: Ngay | None = Field(None, description="Hạn phản hồi, nếu quy định của địa phương có")
