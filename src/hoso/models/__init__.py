"""Pydantic models of every document kind, importable by Python callers (``hoso.models``).

Each model exports JSON Schema with ``Model.model_json_schema()``.
"""

from hoso.models.chung import (
    CanCu,
    Cap,
    CoQuan,
    HeThong,
    Nguoi,
    NguoiKy,
    QuyenHan,
    ThanhPhan,
    VanBan,
)
from hoso.models.doi_thoai import BienBanDoiThoai, HinhThuc, LinhVuc, TrangThai, YKien

__all__ = [
    "BienBanDoiThoai",
    "CanCu",
    "Cap",
    "CoQuan",
    "HeThong",
    "HinhThuc",
    "LinhVuc",
    "Nguoi",
    "NguoiKy",
    "QuyenHan",
    "ThanhPhan",
    "TrangThai",
    "VanBan",
    "YKien",
]
