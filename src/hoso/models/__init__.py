"""Pydantic models of every document kind, importable by Python callers (``hoso.models``).

Each model exports JSON Schema with ``Model.model_json_schema()``. The names are imported from
their modules when first used (PEP 562), so importing one module of the package (``chung`` from
the layout rules) does not import every model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hoso.models.bao_cao import BaoCaoKetQuaDoiThoai
    from hoso.models.bao_cao_dinh_ky import BaoCaoDinhKy
    from hoso.models.chung import (
        CanCu,
        Cap,
        CongVan,
        CoQuan,
        DongBanHanh,
        HeThong,
        Nguoi,
        NguoiKy,
        PhanCong,
        ThanhPhan,
        VanBan,
        VanBanKy,
        VanBanLienTich,
    )
    from hoso.models.doi_thoai import (
        BienBanDoiThoai,
        CachTraLoi,
        GiayMoiDoiThoai,
        HanTraLoi,
        HinhThuc,
        HoiNghi,
        KeHoachDoiThoai,
        KichHoat,
        KieuHoiNghi,
        LinhVuc,
        LinhVucTinh,
        NhomLinhVuc,
        PhamVi,
        ThanhPhanDuKien,
        ThongBaoDoiThoai,
        ThongBaoKetLuanDoiThoai,
        TrangThai,
        YKien,
    )
    from hoso.models.giam_sat import (
        ChuongTrinhGiamSat,
        CongVanGiamSat,
        KeHoachGiamSat,
        QuyetDinhThanhLapDoanGiamSat,
        ThanhVienDoan,
    )
    from hoso.models.giam_sat_bien_ban import BienBanGiamSat, KienNghi
    from hoso.models.giam_sat_ket_qua import BaoCaoKetQuaGiamSat, KienNghiSauGiamSat
    from hoso.models.giam_sat_theo_doi import CongVanDonDocKienNghi, TheoDoiKienNghi, TinhTrang
    from hoso.models.gop_y import NhomGopY, VanBanGopY
    from hoso.models.ho_so_tinh import HoSoTinh
    from hoso.models.nghien_cuu_van_ban import KienNghiSauNghienCuuVanBan
    from hoso.models.phan_bien import (
        CongVanDeNghiGuiDuThao,
        CongVanLayYKienPhanBien,
        DuThao,
        GiayMoiPhanBien,
        HinhThucPhanBien,
        KeHoachPhanBien,
        NoiDungPhanBien,
    )
    from hoso.models.phan_bien_van_ban import (
        BienBanHoiNghiPhanBien,
        KienNghiPhanBien,
        VanBanPhanBienXaHoi,
        YKienPhanBien,
    )
    from hoso.models.so_lieu import Bang, ConSo, Cot, Dong, MoKienNghi, Nguon, SoLieu
    from hoso.models.tiep_thu import KetQua, MucTiepThu, VanBanTiepThuGiaiTrinh

__all__ = [
    "Bang",
    "BaoCaoDinhKy",
    "BaoCaoKetQuaDoiThoai",
    "BaoCaoKetQuaGiamSat",
    "BienBanDoiThoai",
    "BienBanGiamSat",
    "BienBanHoiNghiPhanBien",
    "CachTraLoi",
    "CanCu",
    "Cap",
    "ChuongTrinhGiamSat",
    "CoQuan",
    "ConSo",
    "CongVan",
    "CongVanDeNghiGuiDuThao",
    "CongVanDonDocKienNghi",
    "CongVanGiamSat",
    "CongVanLayYKienPhanBien",
    "Cot",
    "Dong",
    "DongBanHanh",
    "DuThao",
    "GiayMoiDoiThoai",
    "GiayMoiPhanBien",
    "HanTraLoi",
    "HeThong",
    "HinhThuc",
    "HinhThucPhanBien",
    "HoSoTinh",
    "HoiNghi",
    "KeHoachDoiThoai",
    "KeHoachGiamSat",
    "KeHoachPhanBien",
    "KetQua",
    "KichHoat",
    "KienNghi",
    "KienNghiPhanBien",
    "KienNghiSauGiamSat",
    "KienNghiSauNghienCuuVanBan",
    "KieuHoiNghi",
    "LinhVuc",
    "LinhVucTinh",
    "MoKienNghi",
    "MucTiepThu",
    "Nguoi",
    "NguoiKy",
    "Nguon",
    "NhomGopY",
    "NhomLinhVuc",
    "NoiDungPhanBien",
    "PhamVi",
    "PhanCong",
    "QuyetDinhThanhLapDoanGiamSat",
    "SoLieu",
    "ThanhPhan",
    "ThanhPhanDuKien",
    "ThanhVienDoan",
    "TheoDoiKienNghi",
    "ThongBaoDoiThoai",
    "ThongBaoKetLuanDoiThoai",
    "TinhTrang",
    "TrangThai",
    "VanBan",
    "VanBanGopY",
    "VanBanKy",
    "VanBanLienTich",
    "VanBanPhanBienXaHoi",
    "VanBanTiepThuGiaiTrinh",
    "YKien",
    "YKienPhanBien",
]

#: The modules that define the names above, searched in this order.
_MODULES = (
    "hoso.models.bao_cao",
    "hoso.models.bao_cao_dinh_ky",
    "hoso.models.chung",
    "hoso.models.doi_thoai",
    "hoso.models.giam_sat",
    "hoso.models.giam_sat_bien_ban",
    "hoso.models.giam_sat_ket_qua",
    "hoso.models.giam_sat_theo_doi",
    "hoso.models.gop_y",
    "hoso.models.ho_so_tinh",
    "hoso.models.nghien_cuu_van_ban",
    "hoso.models.phan_bien",
    "hoso.models.phan_bien_van_ban",
    "hoso.models.so_lieu",
    "hoso.models.tiep_thu",
)


def __getattr__(name: str) -> Any:
    if name in __all__:
        for module in _MODULES:
            found = importlib.import_module(module).__dict__.get(name)
            if found is not None:
                globals()[name] = found
                return found
    raise AttributeError(f"module 'hoso.models' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
