"""The document kinds hoso knows: ``loai`` → model, human title, default template per system."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from hoso.models.bao_cao import BaoCaoKetQuaDoiThoai
from hoso.models.bao_cao_dinh_ky import BaoCaoDinhKy
from hoso.models.chung import HeThong, VanBan
from hoso.models.doi_thoai import (
    BienBanDoiThoai,
    GiayMoiDoiThoai,
    KeHoachDoiThoai,
    ThongBaoDoiThoai,
    ThongBaoKetLuanDoiThoai,
)
from hoso.models.giam_sat import (
    ChuongTrinhGiamSat,
    CongVanGiamSat,
    KeHoachGiamSat,
    QuyetDinhThanhLapDoanGiamSat,
)
from hoso.models.giam_sat_bien_ban import BienBanGiamSat
from hoso.models.giam_sat_ket_qua import BaoCaoKetQuaGiamSat, KienNghiSauGiamSat
from hoso.models.giam_sat_theo_doi import CongVanDonDocKienNghi, TheoDoiKienNghi
from hoso.models.gop_y import VanBanGopY
from hoso.models.nghien_cuu_van_ban import KienNghiSauNghienCuuVanBan
from hoso.models.phan_bien import (
    CongVanDeNghiGuiDuThao,
    CongVanLayYKienPhanBien,
    GiayMoiPhanBien,
    KeHoachPhanBien,
)
from hoso.models.phan_bien_van_ban import BienBanHoiNghiPhanBien, VanBanPhanBienXaHoi
from hoso.models.tiep_thu import VanBanTiepThuGiaiTrinh


@dataclass(frozen=True, slots=True)
class Kind:
    """One document kind: its ``loai`` key, Vietnamese title, model and default templates."""

    loai: str
    ten: str
    model: type[VanBan]
    mau: dict[HeThong, Path]


_ALL = tuple(HeThong)
#: Supervision documents are the Front's (a socio-political organisation leading a supervision
#: issues in the same layout); only the reply comes from the supervised Party or state body.
_MAT_TRAN = (HeThong.mat_tran,)
#: Kind, title, and the systems that issue it (the Front comments; the Party and government reply).
_KINDS: tuple[tuple[type[VanBan], str, tuple[HeThong, ...]], ...] = (
    (KeHoachDoiThoai, "Kế hoạch tổ chức hội nghị đối thoại", _ALL),
    (ThongBaoDoiThoai, "Thông báo về hội nghị đối thoại", _ALL),
    (GiayMoiDoiThoai, "Giấy mời dự hội nghị đối thoại", _ALL),
    (BienBanDoiThoai, "Biên bản hội nghị đối thoại", _ALL),
    (ThongBaoKetLuanDoiThoai, "Thông báo kết luận hội nghị đối thoại", _ALL),
    (BaoCaoKetQuaDoiThoai, "Báo cáo kết quả hội nghị đối thoại", _ALL),
    (VanBanGopY, "Văn bản góp ý xây dựng Đảng, xây dựng chính quyền", (HeThong.mat_tran,)),
    (VanBanTiepThuGiaiTrinh, "Văn bản tiếp thu, giải trình ý kiến góp ý", (HeThong.dang, HeThong.nha_nuoc)),
    (ChuongTrinhGiamSat, "Chương trình giám sát hằng năm", _MAT_TRAN),
    (KeHoachGiamSat, "Kế hoạch giám sát", _MAT_TRAN),
    (QuyetDinhThanhLapDoanGiamSat, "Quyết định thành lập đoàn giám sát", _MAT_TRAN),
    (CongVanGiamSat, "Công văn gửi kế hoạch giám sát và đề cương báo cáo", _MAT_TRAN),
    (BienBanGiamSat, "Biên bản làm việc của đoàn giám sát", _MAT_TRAN),
    (BaoCaoKetQuaGiamSat, "Báo cáo kết quả giám sát", _MAT_TRAN),
    (KienNghiSauGiamSat, "Văn bản kiến nghị sau giám sát", _MAT_TRAN),
    (TheoDoiKienNghi, "Báo cáo theo dõi, đôn đốc giải quyết kiến nghị sau giám sát", _MAT_TRAN),
    (CongVanDonDocKienNghi, "Công văn đôn đốc trả lời kiến nghị sau giám sát", _MAT_TRAN),
    (KeHoachPhanBien, "Kế hoạch phản biện xã hội", _MAT_TRAN),
    (CongVanDeNghiGuiDuThao, "Công văn đề nghị gửi dự thảo văn bản để phản biện xã hội", _MAT_TRAN),
    (CongVanLayYKienPhanBien, "Công văn gửi dự thảo lấy ý kiến phản biện xã hội", _MAT_TRAN),
    (GiayMoiPhanBien, "Giấy mời dự hội nghị phản biện xã hội", _MAT_TRAN),
    (BienBanHoiNghiPhanBien, "Biên bản hội nghị phản biện xã hội", _MAT_TRAN),
    (VanBanPhanBienXaHoi, "Văn bản phản biện xã hội", _MAT_TRAN),
    (KienNghiSauNghienCuuVanBan, "Văn bản kiến nghị sau nghiên cứu, xem xét văn bản", _MAT_TRAN),
    #: The Front committee reports to the Party committee and the People's Council; the Party
    #: committee to the level above (its dialogues, the replies it gave).
    (BaoCaoDinhKy, "Báo cáo định kỳ kết quả giám sát, phản biện xã hội, góp ý và đối thoại",
     (HeThong.mat_tran, HeThong.dang)),
)


@cache
def templates_dir() -> Path:
    """Where the shipped templates are: inside the installed package, or the repository's."""
    packaged = Path(str(resources.files("hoso"))) / "templates"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "templates"


def template_name(loai: str, he_thong: HeThong) -> str:
    """File name of the default template of a kind for a system."""
    return f"{loai}.{he_thong.value}.docx"


@cache
def catalog() -> tuple[Kind, ...]:
    """Every document kind, in a stable order."""
    return tuple(
        Kind(
            loai=model.model_fields["loai"].default,
            ten=ten,
            model=model,
            mau={h: templates_dir() / template_name(model.model_fields["loai"].default, h)
                 for h in systems},
        )
        for model, ten, systems in _KINDS
    )


def kind(loai: str) -> Kind | None:
    """The kind with this ``loai``, or None."""
    return next((k for k in catalog() if k.loai == loai), None)
