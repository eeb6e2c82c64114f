"""Pydantic models of every document kind, importable by Python callers (``hoso.models``).

Each model exports JSON Schema with ``Model.model_json_schema()``.
"""

from hoso.models.bao_cao import BaoCaoKetQuaDoiThoai
from hoso.models.chung import (
    CanCu,
    Cap,
    CongVan,
    CoQuan,
    HeThong,
    Nguoi,
    NguoiKy,
    PhanCong,
    ThanhPhan,
    VanBan,
    VanBanKy,
)
from hoso.models.doi_thoai import (
    BienBanDoiThoai,
    GiayMoiDoiThoai,
    HinhThuc,
    HoiNghi,
    KeHoachDoiThoai,
    KichHoat,
    LinhVuc,
    NhomLinhVuc,
    PhamVi,
    ThanhPhanDuKien,
    ThongBaoDoiThoai,
    ThongBaoKetLuanDoiThoai,
    TrangThai,
    YKien,
)
from hoso.models.gop_y import NhomGopY, VanBanGopY
from hoso.models.tiep_thu import KetQua, MucTiepThu, VanBanTiepThuGiaiTrinh

__all__ = [
    "BaoCaoKetQuaDoiThoai",
    "BienBanDoiThoai",
    "CanCu",
    "Cap",
    "CoQuan",
    "CongVan",
    "GiayMoiDoiThoai",
    "HeThong",
    "HinhThuc",
    "HoiNghi",
    "KeHoachDoiThoai",
    "KetQua",
    "KichHoat",
    "LinhVuc",
    "MucTiepThu",
    "Nguoi",
    "NguoiKy",
    "NhomGopY",
    "NhomLinhVuc",
    "PhamVi",
    "PhanCong",
    "ThanhPhan",
    "ThanhPhanDuKien",
    "ThongBaoDoiThoai",
    "ThongBaoKetLuanDoiThoai",
    "TrangThai",
    "VanBan",
    "VanBanGopY",
    "VanBanKy",
    "VanBanTiepThuGiaiTrinh",
    "YKien",
]
