"""Supervision by the Front and the socio-political organisations (Luật MTTQ 2015 as amended by
Luật 97/2025/QH15, Chương V; NQLT 403/2017 Điều 3, 6–9; QĐ 217-QĐ/TW): the yearly programme, the
plan of one supervision, the decision forming the delegation and the letter to the supervised body
with its report outline.

The minutes are in ``giam_sat_bien_ban``, the results report and the recommendation letter in
``giam_sat_ket_qua``, the follow-up in ``giam_sat_theo_doi``. Cited documents are given as paths
relative to the citing file.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from hoso import _text
from hoso.models.chung import (
    CongVan,
    Gio,
    MocThoiHan,
    Model,
    Ngay,
    NhanEnum,
    PhanCong,
    SoNguyen,
    TenCoQuan,
    VanBan,
    VanBanKy,
    VanBanText,
    check,
    dat_nhan,
    tep,
)


def trich_dan(doc: VanBan, ten: str) -> str:
    """``Kế hoạch số 15/KH-MTTQ-BTT ngày 05/3/2026`` (how another document cites ``doc``)."""
    return f"{ten} số {doc.ky_hieu} ngày {_text.ngay_so(doc.ngay)}"


class HinhThucGiamSat(NhanEnum):
    """Forms of supervision (Luật MTTQ Điều 27)."""

    nghien_cuu_van_ban = "nghien_cuu_van_ban"
    doan_giam_sat = "doan_giam_sat"
    ban_thanh_tra_nhan_dan = "ban_thanh_tra_nhan_dan"
    tham_gia_co_quan = "tham_gia_co_quan"


dat_nhan(HinhThucGiamSat, {
    "nghien_cuu_van_ban": "nghiên cứu, xem xét văn bản",
    "doan_giam_sat": "tổ chức đoàn giám sát",
    "ban_thanh_tra_nhan_dan": "thông qua Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
    "tham_gia_co_quan": "tham gia giám sát với cơ quan, tổ chức có thẩm quyền",
})


class ChuThe(NhanEnum):
    """Who leads a supervision (Luật MTTQ Điều 26.3 as amended 2025)."""

    mat_tran = "mat_tran"
    to_chuc_chinh_tri_xa_hoi = "to_chuc_chinh_tri_xa_hoi"


dat_nhan(ChuThe, {
    "mat_tran": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "to_chuc_chinh_tri_xa_hoi": "tổ chức chính trị - xã hội (sau khi thống nhất với Ủy ban MTTQ Việt Nam)",
})


class KeHoachChuTri(VanBanKy):
    """A plan whose leader may be the Front committee or, after agreeing with it, a socio-political
    organisation (supervision: Luật MTTQ Điều 26.3; criticism: Điều 33.3): who leads, the agreement
    cited, purpose and requirements. Subclasses name the activity and the article."""

    VIEC: ClassVar[str]
    DIEU_THONG_NHAT: ClassVar[str]

    chu_the: ChuThe = ChuThe.mat_tran
    thong_nhat: VanBanText | None = Field(
        None, description="Văn bản thống nhất với Ủy ban MTTQ Việt Nam (bắt buộc khi tổ chức CT-XH chủ trì)")
    muc_dich: list[VanBanText] = Field(min_length=1)
    yeu_cau: list[VanBanText] = Field(min_length=1)

    @model_validator(mode="after")
    def _to_chuc_chu_tri_can_thong_nhat(self) -> KeHoachChuTri:
        """A socio-political organisation leads only after agreeing with the Front committee."""
        check([(("thong_nhat",), f"tổ chức chính trị - xã hội chủ trì {self.VIEC} sau khi thống nhất với Ủy "
                f"ban MTTQ Việt Nam cùng cấp (Luật MTTQ {self.DIEU_THONG_NHAT}): ghi văn bản thống nhất, ví dụ "
                "'Công văn số … của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh'")]
              if self.chu_the is ChuThe.to_chuc_chinh_tri_xa_hoi and self.thong_nhat is None else [])
        return self


class VaiTro(NhanEnum):
    """A member's role in the delegation."""

    truong_doan = "truong_doan"
    pho_truong_doan = "pho_truong_doan"
    thanh_vien = "thanh_vien"
    thu_ky = "thu_ky"


dat_nhan(VaiTro, {"truong_doan": "Trưởng đoàn", "pho_truong_doan": "Phó Trưởng đoàn",
                  "thanh_vien": "Thành viên", "thu_ky": "Thư ký"})


class MucChuongTrinh(Model):
    """One supervision of the yearly programme (NQLT 403 Điều 3.4)."""

    noi_dung: VanBanText
    hinh_thuc: HinhThucGiamSat
    thoi_gian: VanBanText = Field(description="Thời gian thực hiện, ví dụ 'Quý II'")
    chu_tri: VanBanText = Field(description="Chủ thể chủ trì, ví dụ 'Ban Thường trực Ủy ban MTTQ Việt Nam xã'")
    phoi_hop: VanBanText | None = Field(None, description="Tổ chức thành viên phối hợp")
    doi_tuong: VanBanText = Field(description="Cơ quan, tổ chức được giám sát")


class ChuongTrinhGiamSat(VanBanKy):
    """Chương trình giám sát, phản biện xã hội hằng năm (NQLT 403 Điều 3), built in quarter IV."""

    VIET_TAT: ClassVar[str] = "CTr"
    TEN_LOAI: ClassVar[str] = "CHƯƠNG TRÌNH"

    loai: Literal["chuong_trinh_giam_sat"] = "chuong_trinh_giam_sat"
    nam: SoNguyen = Field(ge=2017, le=2100, description="Năm thực hiện chương trình")
    hiep_thuong: VanBanText = Field(description="Việc hiệp thương, thống nhất mà chương trình dựa vào")
    muc_dich: list[VanBanText] = Field(min_length=1)
    muc: list[MucChuongTrinh] = Field(min_length=1, description="Các cuộc giám sát trong năm")
    to_chuc_thuc_hien: list[VanBanText] = Field(min_length=1)

    def moc_thoi_han(self) -> list[MocThoiHan]:
        return [MocThoiHan("chuong_trinh_giam_sat_quy_iv", self.ngay, dt.date(self.nam - 1, 10, 1), ("ngay",))]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(so_cuoc=len(self.muc))
        return context


class BuoiLamViec(Model):
    """One working meeting of the delegation with a supervised body."""

    ngay: Ngay
    bat_dau: Gio = Field(description="Giờ bắt đầu, ví dụ '08:00'")
    don_vi: VanBanText = Field(description="Cơ quan, tổ chức được giám sát")
    dia_diem: VanBanText


class ChiTieu(Model):
    """A figure the supervised body must report."""

    ten: VanBanText
    don_vi_tinh: VanBanText


class MucDeCuong(Model):
    """One section of the report outline."""

    tieu_de: VanBanText = Field(description="Ví dụ 'Kết quả thực hiện'")
    noi_dung: list[VanBanText] = Field(default_factory=list)


class DeCuong(Model):
    """The outline of the report the supervised body sends (NQLT 403 Điều 7.3)."""

    muc: list[MucDeCuong] = Field(min_length=1)
    chi_tieu: list[ChiTieu] = Field(default_factory=list, description="Số liệu cần báo cáo")


class KeHoachGiamSat(KeHoachChuTri):
    """Kế hoạch giám sát (NQLT 403 Điều 6.2): purpose, object and scope, delegation, time and place,
    tasks, conditions; the report outline as an annex."""

    VIET_TAT: ClassVar[str] = "KH"
    TEN_LOAI: ClassVar[str] = "KẾ HOẠCH"

    VIEC: ClassVar[str] = "giám sát"
    DIEU_THONG_NHAT: ClassVar[str] = "Điều 26.3"

    loai: Literal["ke_hoach_giam_sat"] = "ke_hoach_giam_sat"
    hinh_thuc: HinhThucGiamSat = HinhThucGiamSat.doan_giam_sat
    doi_tuong: list[VanBanText] = Field(min_length=1, description="Cơ quan, tổ chức được giám sát")
    noi_dung: list[VanBanText] = Field(min_length=1, description="Nội dung giám sát")
    tu_ngay: Ngay = Field(description="Thời kỳ giám sát: từ ngày")
    den_ngay: Ngay = Field(description="Thời kỳ giám sát: đến ngày")
    thanh_phan: list[VanBanText] = Field(min_length=1, description="Thành phần đoàn giám sát (theo chức danh, đơn vị)")
    lich: list[BuoiLamViec] = Field(min_length=1, description="Lịch làm việc của đoàn")
    phan_cong: list[PhanCong] = Field(min_length=1, description="Phân công trách nhiệm")
    dieu_kien: VanBanText = Field(description="Các điều kiện bảo đảm: kinh phí, phương tiện")
    de_cuong: DeCuong

    @field_validator("den_ngay")
    @classmethod
    def _sau_tu_ngay(cls, den_ngay: dt.date, info: ValidationInfo) -> dt.date:
        tu_ngay = info.data.get("tu_ngay")
        if tu_ngay is not None and den_ngay < tu_ngay:
            raise ValueError(f"đến ngày ({_text.ngay_so(den_ngay)}) trước từ ngày ({_text.ngay_so(tu_ngay)})")
        return den_ngay

    @property
    def buoi_dau(self) -> dt.date:
        """The first working meeting."""
        return min(b.ngay for b in self.lich)

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(buoi_dau=self.buoi_dau, ky_hieu=self.ky_hieu)
        return context


TepKeHoach = Annotated[KeHoachGiamSat, tep(KeHoachGiamSat, "kế hoạch giám sát")]


class ThanhVienDoan(Model):
    """A member of the delegation: name, role, position and unit."""

    danh_xung: VanBanText = Field(description="Ông, Bà")
    ho_ten: VanBanText
    vai_tro: VaiTro
    chuc_vu: VanBanText = Field(description="Chức vụ, đơn vị, ví dụ 'Phó Chủ tịch Ủy ban MTTQ Việt Nam xã'")


class QuyetDinhThanhLapDoanGiamSat(VanBanKy):
    """Quyết định thành lập đoàn giám sát (NQLT 403 Điều 7.1; Luật MTTQ Điều 28.1)."""

    VIET_TAT: ClassVar[str] = "QĐ"
    TEN_LOAI: ClassVar[str] = "QUYẾT ĐỊNH"

    loai: Literal["quyet_dinh_thanh_lap_doan_giam_sat"] = "quyet_dinh_thanh_lap_doan_giam_sat"
    tham_quyen: TenCoQuan = Field(
        description="Thẩm quyền ban hành, IN HOA, ví dụ 'BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ TÂN HÒA'")
    ke_hoach: VanBanText = Field(description="Kế hoạch giám sát, ví dụ 'Kế hoạch số 15/KH-MTTQ-BTT ngày 05/3/2026 …'")
    xet_de_nghi: VanBanText = Field(description="Xét đề nghị của …")
    ten_doan: VanBanText = Field(description="Đoàn giám sát việc …")
    thanh_vien: list[ThanhVienDoan] = Field(min_length=2)
    nhiem_vu: VanBanText = Field(description="Điều 2: nhiệm vụ của đoàn")
    thi_hanh: list[VanBanText] = Field(min_length=1, description="Điều 3: ai chịu trách nhiệm thi hành")

    @field_validator("noi_nhan")
    @classmethod
    def _nhu_dieu_3(cls, recipients: list[str]) -> list[str]:
        """Nơi nhận of a decision starts ``- Như Điều 3;`` (ND 30 Mẫu 1.2)."""
        return recipients if recipients[:1] == ["Như Điều 3"] else ["Như Điều 3", *recipients]

    @field_validator("thanh_vien")
    @classmethod
    def _mot_truong_doan_mot_thu_ky(cls, members: list[ThanhVienDoan]) -> list[ThanhVienDoan]:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        for role in (VaiTro.truong_doan, VaiTro.thu_ky):
            found = [i for i, m in enumerate(members) if m.vai_tro is role]
            if len(found) != 1:
                problems.append(((found[1] if found else 0, "vai_tro"),
                                 f"đoàn giám sát cần đúng một {role.nhan.lower()} (có {len(found)})"))
        seen: dict[str, int] = {}
        for i, m in enumerate(members):
            if m.ho_ten in seen:
                problems.append(((i, "ho_ten"), f"{m.ho_ten} đã có ở thành viên thứ {seen[m.ho_ten] + 1}"))
            seen[m.ho_ten] = i
        check(problems)
        order = list(VaiTro)
        return sorted(members, key=lambda m: order.index(m.vai_tro))

    def vai(self, role: VaiTro) -> list[ThanhVienDoan]:
        """The members with ``role``."""
        return [m for m in self.thanh_vien if m.vai_tro is role]

    @property
    def truong_doan(self) -> ThanhVienDoan:
        """The head of the delegation."""
        return self.vai(VaiTro.truong_doan)[0]

    @property
    def thu_ky(self) -> ThanhVienDoan:
        """The secretary."""
        return self.vai(VaiTro.thu_ky)[0]

    def thanh_vien_ten(self, ho_ten: str) -> ThanhVienDoan | None:
        """The member called ``ho_ten`` (spaces folded), or None."""
        wanted = " ".join(ho_ten.split())
        return next((m for m in self.thanh_vien if " ".join(m.ho_ten.split()) == wanted), None)


TepQuyetDinh = Annotated[QuyetDinhThanhLapDoanGiamSat, tep(QuyetDinhThanhLapDoanGiamSat, "quyết định thành lập đoàn")]


class CongVanGiamSat(CongVan):
    """The letter to the supervised body (NQLT 403 Điều 7.3): the plan, the decision and the report
    outline, sent at least 15 days before the first working meeting."""

    TRICH_DAN: ClassVar[tuple[str, ...]] = ("ke_hoach", "quyet_dinh")

    loai: Literal["cong_van_giam_sat"] = "cong_van_giam_sat"
    ke_hoach: TepKeHoach = Field(description="Kế hoạch giám sát: đường dẫn tệp (tính từ tệp này)")
    quyet_dinh: TepQuyetDinh = Field(description="Quyết định thành lập đoàn: đường dẫn tệp")
    han_bao_cao: Ngay = Field(description="Ngày bên được giám sát gửi báo cáo (≥ 7 ngày trước buổi làm việc đầu)")
    ben_giam_sat: VanBanText = Field(
        description="Tên bên giám sát trong câu, ví dụ 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hòa'")
    noi_gui_bao_cao: VanBanText = Field(description="Gửi báo cáo về đâu, ví dụ 'Ban Thường trực Ủy ban MTTQ xã'")
    lien_he: VanBanText | None = Field(None, description="Người liên hệ, điện thoại, thư điện tử")

    @field_validator("han_bao_cao")
    @classmethod
    def _sau_ngay_gui(cls, han: dt.date, info: ValidationInfo) -> dt.date:
        ngay = info.data.get("ngay")
        if ngay is not None and han <= ngay:
            raise ValueError(f"hạn gửi báo cáo ({_text.ngay_so(han)}) phải sau ngày công văn ({_text.ngay_so(ngay)})")
        return han

    def moc_thoi_han(self) -> list[MocThoiHan]:
        first = self.ke_hoach.buoi_dau
        return [MocThoiHan("gui_ke_hoach_truoc_giam_sat", self.ngay, first, ("ngay",)),
                MocThoiHan("bao_cao_truoc_giam_sat", self.han_bao_cao, first, ("han_bao_cao",))]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(ky_hieu=self.ky_hieu, trich_dan_ke_hoach=trich_dan(self.ke_hoach, "Kế hoạch"),
                       trich_dan_quyet_dinh=trich_dan(self.quyet_dinh, "Quyết định"))
        return context



__all__ = [
    "BuoiLamViec",
    "ChiTieu",
    "ChuThe",
    "ChuongTrinhGiamSat",
    "CongVanGiamSat",
    "DeCuong",
    "HinhThucGiamSat",
    "KeHoachGiamSat",
    "MucChuongTrinh",
    "MucDeCuong",
    "QuyetDinhThanhLapDoanGiamSat",
    "ThanhVienDoan",
    "VaiTro",
]
