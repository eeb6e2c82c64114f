"""Minutes of a working meeting of the supervision delegation (NQLT 403 Điều 8.1), and the
recommendations it records: each keeps its number from the report to the follow-up."""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, Literal, TypeVar

from pydantic import Field, field_validator, model_validator

from hoso._layout import BO_CUC
from hoso.models.chung import (
    Gio,
    Model,
    Nguoi,
    OKy,
    SoNguyen,
    VanBan,
    VanBanText,
    check,
    ket_thuc_sau_bat_dau,
    luoi_ky,
    tep,
)
from hoso.models.giam_sat import TepQuyetDinh, ThanhVienDoan, trich_dan


class MucCoSo(Model):
    """An item numbered by position unless it carries its own number (a recommendation)."""

    so: SoNguyen | None = Field(None, ge=1, description="Số thứ tự; mặc định theo vị trí")


class KienNghi(MucCoSo):
    """One recommendation: its number keeps from the report to the letter, the reply and the follow-up."""

    gui: VanBanText = Field(description="Kiến nghị với ai, ví dụ 'Ủy ban nhân dân xã'")
    noi_dung: VanBanText


_Muc = TypeVar("_Muc", bound=MucCoSo)


def danh_so(items: list[_Muc]) -> list[_Muc]:
    """Number the recommendations without a number by position; a repeated number is refused."""
    numbered = [k if k.so is not None else k.model_copy(update={"so": i + 1}) for i, k in enumerate(items)]
    seen: dict[int | None, int] = {}
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for i, k in enumerate(numbered):
        if k.so in seen:
            problems.append(((i, "so"), f"số {k.so} trùng với kiến nghị thứ {seen[k.so] + 1}"))
        seen[k.so] = i
    check(problems)
    return numbered


class PhatBieu(Model):
    """What a member of the delegation asked or raised."""

    ho_ten: VanBanText = Field(description="Thành viên đoàn (có trong quyết định)")
    noi_dung: VanBanText


class BienBanGiamSat(VanBan):
    """Biên bản làm việc của đoàn giám sát, in the order of NQLT 403 Điều 8.1."""

    VIET_TAT: ClassVar[str] = "BB"
    TEN_LOAI: ClassVar[str] = "BIÊN BẢN"

    TRICH_DAN: ClassVar[tuple[str, ...]] = ("quyet_dinh",)

    loai: Literal["bien_ban_giam_sat"] = "bien_ban_giam_sat"
    quyet_dinh: TepQuyetDinh = Field(description="Quyết định thành lập đoàn: đường dẫn tệp")
    bat_dau: Gio
    ket_thuc: Gio
    dia_diem: VanBanText
    don_vi: VanBanText = Field(description="Cơ quan, tổ chức được giám sát")
    thanh_vien_du: list[VanBanText] = Field(min_length=1, description="Họ tên thành viên đoàn có mặt")
    dai_dien: list[Nguoi] = Field(min_length=1, description="Đại diện bên được giám sát; người đầu tiên ký biên bản")
    khach_moi: list[Nguoi] = Field(default_factory=list)
    bao_cao: VanBanText = Field(description="Bên được giám sát báo cáo (tóm tắt)")
    phat_bieu: list[PhatBieu] = Field(default_factory=list, description="Thành viên đoàn phát biểu, yêu cầu giải trình")
    giai_trinh: VanBanText = Field(description="Bên được giám sát giải trình, nêu kiến nghị với đoàn")
    khao_sat: VanBanText | None = Field(None, description="Khảo sát thực tế (nếu có)")
    ket_luan: VanBanText = Field(description="Trưởng đoàn kết luận")
    kien_nghi: list[KienNghi] = Field(default_factory=list, description="Nội dung đoàn sẽ kiến nghị")
    so_ban: SoNguyen | None = Field(None, ge=1)

    _sau_gio_bat_dau = field_validator("ket_thuc")(ket_thuc_sau_bat_dau)

    @field_validator("dai_dien")
    @classmethod
    def _co_chuc_vu(cls, people: list[Nguoi]) -> list[Nguoi]:
        check([((i, "chuc_vu"), "đại diện bên được giám sát cần ghi chức vụ")
               for i, n in enumerate(people) if n.chuc_vu is None])
        return people

    @field_validator("kien_nghi")
    @classmethod
    def _danh_so(cls, items: list[KienNghi]) -> list[KienNghi]:
        return danh_so(items)

    @model_validator(mode="after")
    def _thanh_vien_trong_quyet_dinh(self) -> BienBanGiamSat:
        qd = self.quyet_dinh
        problems: list[tuple[tuple[str | int, ...], str]] = [
            (("thanh_vien_du", i), f"{name} không có trong Quyết định số {qd.ky_hieu} thành lập đoàn "
                                   f"(thành viên: {', '.join(m.ho_ten for m in qd.thanh_vien)})")
            for i, name in enumerate(self.thanh_vien_du) if qd.thanh_vien_ten(name) is None]
        problems += [(("phat_bieu", i, "ho_ten"), f"{p.ho_ten} không có trong Quyết định số {qd.ky_hieu}")
                     for i, p in enumerate(self.phat_bieu) if qd.thanh_vien_ten(p.ho_ten) is None]
        for role in (qd.truong_doan, qd.thu_ky) if not problems else ():
            if not any(qd.thanh_vien_ten(n) is role for n in self.thanh_vien_du):
                problems.append((("thanh_vien_du",), f"{role.vai_tro.nhan.lower()} {role.ho_ten} ký biên bản "
                                                     "nên cần có tên trong thành viên có mặt"))
        check(problems)
        return self

    @property
    def doan_co_mat(self) -> list[ThanhVienDoan]:
        """The members present, as the decision names them, in the decision's order."""
        present = {" ".join(n.split()) for n in self.thanh_vien_du}
        return [m for m in self.quyet_dinh.thanh_vien if " ".join(m.ho_ten.split()) in present]

    @property
    def o_ky(self) -> list[list[OKy | None]]:
        """The signatures side by side: the secretary (left) and the head of the delegation, then
        the representative of the supervised body."""
        qd = self.quyet_dinh
        people = [(vai, Nguoi.model_validate({"ho_ten": m.ho_ten}))
                  for vai, m in (("thu_ky", qd.thu_ky), ("truong_doan", qd.truong_doan))]
        return luoi_ky([*people, ("dai_dien", self.dai_dien[0])], BO_CUC.nguoi_ky_moi_hang)

    @property
    def phat_bieu_day_du(self) -> list[dict[str, Any]]:
        """Each statement with the member as the decision names them."""
        return [{"thanh_vien": self.quyet_dinh.thanh_vien_ten(p.ho_ten), "noi_dung": p.noi_dung}
                for p in self.phat_bieu]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        qd = self.quyet_dinh
        context.update(o_ky=self.o_ky, doan_co_mat=self.doan_co_mat, phat_bieu_day_du=self.phat_bieu_day_du,
                       truong_doan=qd.truong_doan, thu_ky=qd.thu_ky,
                       trich_dan_quyet_dinh=trich_dan(qd, "Quyết định"), ke_hoach=qd.ke_hoach)
        return context


TepBienBanGiamSat = Annotated[BienBanGiamSat, tep(BienBanGiamSat, "biên bản giám sát")]


__all__ = ["BienBanGiamSat", "KienNghi", "MucCoSo", "PhatBieu", "danh_so"]
