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
    CachTraLoi,
    GiayMoiDoiThoai,
    HanTraLoi,
    HinhThuc,
    HoiNghi,
    KeHoachDoiThoai,
    KichHoat,
    KieuHoiNghi,
    LinhVuc,
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
from hoso.models.tiep_thu import KetQua, MucTiepThu, VanBanTiepThuGiaiTrinh

__all__ = [
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
    "CongVan",
    "CongVanDeNghiGuiDuThao",
    "CongVanDonDocKienNghi",
    "CongVanGiamSat",
    "CongVanLayYKienPhanBien",
    "DuThao",
    "GiayMoiDoiThoai",
    "GiayMoiPhanBien",
    "HanTraLoi",
    "HeThong",
    "HinhThuc",
    "HinhThucPhanBien",
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
    "MucTiepThu",
    "Nguoi",
    "NguoiKy",
    "NhomGopY",
    "NhomLinhVuc",
    "NoiDungPhanBien",
    "PhamVi",
    "PhanCong",
    "QuyetDinhThanhLapDoanGiamSat",
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
    "VanBanPhanBienXaHoi",
    "VanBanTiepThuGiaiTrinh",
    "YKien",
    "YKienPhanBien",
]
