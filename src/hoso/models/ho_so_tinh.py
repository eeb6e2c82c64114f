"""A province's profile: data that extends hoso's built-in lists without a Python change.

Given to ``hoso.load(..., ho_so_tinh="ho_so_tinh.yaml")``; every document that load reads (the
document and the documents it cites) is validated with it, through the validation context: no
global state, so loads with different profiles may run side by side in threads.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from hoso.models.chung import Model, check
from hoso.models.doi_thoai import LinhVuc, LinhVucTinh


class HoSoTinh(Model):
    """Hồ sơ tỉnh: the fields of opinion a province adds (label and code)."""

    linh_vuc: list[LinhVucTinh] = Field(
        default_factory=list, description="Các lĩnh vực ý kiến riêng của tỉnh, thêm vào các lĩnh vực có sẵn, ví dụ "
        "'- {ma: thuy_loi_noi_dong, nhan: thủy lợi nội đồng, nhom: thuy_loi}'")

    @field_validator("linh_vuc")
    @classmethod
    def _ma_moi(cls, linh_vuc: list[LinhVucTinh]) -> list[LinhVucTinh]:
        """Each code is new: not a built-in one, not repeated; the order is the list's."""
        problems: list[tuple[tuple[str | int, ...], str]] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(linh_vuc):
            if item.ma in LinhVuc._value2member_map_:
                problems.append(((i, "ma"), f"mã {item.ma} đã có sẵn ({LinhVuc(item.ma).nhan}); lĩnh vực riêng của "
                                 "tỉnh cần một mã mới"))
            elif item.ma in seen:
                problems.append(((i, "ma"), f"mã {item.ma} trùng với lĩnh vực thứ {seen[item.ma] + 1}"))
            seen.setdefault(item.ma, i)
        check(problems)
        return [item if "thu_tu" in item.model_fields_set else item.model_copy(update={"thu_tu": i})
                for i, item in enumerate(linh_vuc)]

    def ngu_canh_kiem_tra(self) -> dict[str, Any]:
        """What validation of a document reads from this profile (pydantic validation context)."""
        return {"linh_vuc": {item.ma: item for item in self.linh_vuc}}


__all__ = ["HoSoTinh"]
