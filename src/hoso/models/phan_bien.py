"""Social criticism by the Front (phản biện xã hội: Luật MTTQ 2015 as amended by Luật 97/2025/QH15,
Chương VI Điều 32–36; NQLT 403/2017 Điều 14–19; QĐ 217-QĐ/TW): the plan for criticising one draft,
the letter asking the drafting body for the draft, the letter sending the draft out for written
criticism and the invitation to the criticism conference or dialogue.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar, Literal

from pydantic import AfterValidator, Field, ValidationInfo, field_validator

from hoso import _ten_co_quan, _text
from hoso.models.chung import (
    CongVan,
    MocThoiHan,
    Model,
    Ngay,
    Nguoi,
    NhanEnum,
    PhanCong,
    VanBanKy,
    VanBanText,
    check,
    dat_nhan,
)
from hoso.models.doi_thoai import HoiNghi
from hoso.models.giam_sat import KeHoachChuTri


class HinhThucPhanBien(NhanEnum):
    """Forms of social criticism (Luật MTTQ Điều 34)."""

    hoi_nghi = "hoi_nghi"
    gui_du_thao = "gui_du_thao"
    doi_thoai = "doi_thoai"


dat_nhan(HinhThucPhanBien, {
    "hoi_nghi": "tổ chức hội nghị phản biện xã hội",
    "gui_du_thao": "gửi dự thảo văn bản được phản biện đến các cơ quan, tổ chức, cá nhân có liên quan để lấy ý "
                   "kiến phản biện xã hội",
    "doi_thoai": "tổ chức đối thoại trực tiếp giữa Mặt trận Tổ quốc Việt Nam với cơ quan, tổ chức có dự thảo văn "
                 "bản được phản biện xã hội",
})


def _co_hop_mat(form: HinhThucPhanBien) -> HinhThucPhanBien:
    if form is HinhThucPhanBien.gui_du_thao:
        raise ValueError("hình thức có họp mặt: hội nghị (hoi_nghi) hoặc đối thoại (doi_thoai); gửi dự thảo lấy ý "
                         "kiến dùng công văn lay_y_kien_phan_bien")
    return form


#: A form where people meet: the conference or the dialogue (Luật MTTQ Điều 34.1, 34.3).
HinhThucHopMat = Annotated[HinhThucPhanBien, AfterValidator(_co_hop_mat)]


class NoiDungPhanBien(NhanEnum):
    """The five contents of social criticism, in the order and words of Luật MTTQ Điều 33.2."""

    su_can_thiet = "su_can_thiet"
    su_phu_hop = "su_phu_hop"
    tinh_dung_dan = "tinh_dung_dan"
    tac_dong = "tac_dong"
    hai_hoa_loi_ich = "hai_hoa_loi_ich"


dat_nhan(NoiDungPhanBien, {
    "su_can_thiet": "sự cần thiết",
    "su_phu_hop": "sự phù hợp với chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước",
    "tinh_dung_dan": "tính đúng đắn, khoa học, khả thi",
    "tac_dong": "đánh giá tác động, hiệu quả về chính trị, kinh tế, văn hóa, xã hội, quốc phòng, an ninh, "
                "đối ngoại của dự thảo văn bản",
    "hai_hoa_loi_ich": "bảo đảm hài hòa lợi ích của Nhà nước, Nhân dân, tổ chức",
})


class NhomThamGia(NhanEnum):
    """Who takes part in criticism organised by a local Front committee (NQLT 403 Điều 14.2)."""

    ban_thuong_truc = "ban_thuong_truc"
    to_chuc_ctxh = "to_chuc_ctxh"
    tu_van = "tu_van"
    chuyen_gia = "chuyen_gia"
    co_quan_soan_thao = "co_quan_soan_thao"
    khac = "khac"


dat_nhan(NhomThamGia, {
    "ban_thuong_truc": "Đại diện Ban Thường trực Ủy ban MTTQ Việt Nam (chủ trì)",
    "to_chuc_ctxh": "Đại diện các tổ chức chính trị - xã hội",
    "tu_van": "Thành viên Hội đồng tư vấn (cấp tỉnh), Tổ tư vấn (cấp xã)",
    "chuyen_gia": "Chuyên gia, nhà khoa học thuộc lĩnh vực có liên quan",
    "co_quan_soan_thao": "Đại diện cơ quan, tổ chức chủ trì soạn thảo",
    "khac": "Đại diện cơ quan, tổ chức khác có liên quan",
})


class DuThao(Model):
    """The draft criticised: title, drafting body, issuing authority, the dates it reached the
    Front and is to be submitted for issuance (Luật MTTQ Điều 36.1)."""

    ten: VanBanText = Field(description="Tên dự thảo, ví dụ 'Dự thảo Nghị quyết của Hội đồng nhân dân xã về …'")
    co_quan_soan_thao: VanBanText = Field(description="Cơ quan chủ trì soạn thảo, ví dụ 'Ủy ban nhân dân xã Tân Hòa'")
    co_quan_ban_hanh: VanBanText = Field(description="Cơ quan có thẩm quyền ban hành, ví dụ 'Hội đồng nhân dân xã'")
    ngay_nhan: Ngay | None = Field(None, description="Ngày Mặt trận nhận được dự thảo")
    ngay_trinh: Ngay | None = Field(None, description="Ngày dự kiến trình cơ quan có thẩm quyền ban hành")

    def moc(self, ngay: dt.date, *truong: str | int) -> list[MocThoiHan]:
        """The 15-day rule (Luật MTTQ Điều 36.1) for the draft arriving on ``ngay``, when the
        submission date is known; ``truong`` names the field to report."""
        if self.ngay_trinh is None:
            return []
        return [MocThoiHan("gui_du_thao_truoc_trinh", ngay, self.ngay_trinh, truong)]


def _cung_cap(du_thao: DuThao, info: ValidationInfo) -> DuThao:
    """Only drafts of state bodies at the same level (Luật MTTQ Điều 33.1): a drafting body or
    issuing authority that names another level or place than the Front's is refused."""
    co_quan = info.data.get("co_quan")
    mine = None
    if co_quan is not None:
        mine = _ten_co_quan.dia_ban(co_quan.ten) or _ten_co_quan.dia_ban(co_quan.co_quan_chu_quan or "")
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for field in ("co_quan_soan_thao", "co_quan_ban_hanh"):
        theirs = _ten_co_quan.dia_ban(getattr(du_thao, field))
        if mine is None or theirs is None:
            continue
        short, long = sorted((theirs[1], mine[1]), key=len)
        if theirs[0] != mine[0] or not (long + " ").startswith(short + " " if short else ""):
            problems.append(((field,), f"Mặt trận phản biện dự thảo của cơ quan nhà nước cùng cấp (Luật MTTQ "
                                       f"Điều 33.1): '{getattr(du_thao, field)}' không cùng cấp với "
                                       f"{' '.join(mine).strip()} của cơ quan ban hành"))
    check(problems)
    return du_thao


#: A draft of a state body at the Front's own level.
DuThaoCungCap = Annotated[DuThao, AfterValidator(_cung_cap)]


class ThamGia(Model):
    """A participant group of the criticism (NQLT 403 Điều 14.2): which group, and who."""

    nhom: NhomThamGia
    ten: VanBanText = Field(description="Ai tham gia, ví dụ 'Hội Nông dân, Hội Liên hiệp Phụ nữ xã'")


class KeHoachPhanBien(KeHoachChuTri):
    """Kế hoạch phản biện xã hội đối với một dự thảo (Luật MTTQ Điều 35.1; NQLT 403 Điều 3): purpose,
    the draft, the five contents (Điều 33.2) with the focus, the form (Điều 34), participants (NQLT
    403 Điều 14.2), time and place, tasks."""

    VIET_TAT: ClassVar[str] = "KH"
    TEN_LOAI: ClassVar[str] = "KẾ HOẠCH"

    VIEC: ClassVar[str] = "phản biện xã hội"
    DIEU_THONG_NHAT: ClassVar[str] = "Điều 33.3"

    loai: Literal["ke_hoach_phan_bien"] = "ke_hoach_phan_bien"
    du_thao: DuThaoCungCap
    trong_tam: list[VanBanText] = Field(default_factory=list, description="Những vấn đề tập trung phản biện")
    hinh_thuc: list[HinhThucPhanBien] = Field(min_length=1, description="Hình thức phản biện (Luật MTTQ Điều 34)")
    thanh_phan: list[ThamGia] = Field(min_length=1, description="Thành phần tham gia (NQLT 403 Điều 14)")
    thoi_gian: VanBanText = Field(description="Thời gian, ví dụ 'Hội nghị phản biện tổ chức ngày 20/4/2026'")
    dia_diem: VanBanText | None = None
    phan_cong: list[PhanCong] = Field(min_length=1, description="Phân công trách nhiệm")

    @field_validator("hinh_thuc")
    @classmethod
    def _khong_lap(cls, forms: list[HinhThucPhanBien]) -> list[HinhThucPhanBien]:
        check([((i,), f"hình thức '{f.value}' đã ghi ở mục thứ {forms.index(f) + 1}")
               for i, f in enumerate(forms) if forms.index(f) != i])
        return forms

    def moc_thoi_han(self) -> list[MocThoiHan]:
        nhan = self.du_thao.ngay_nhan
        return [] if nhan is None else self.du_thao.moc(nhan, "du_thao", "ngay_nhan")

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(noi_dung_phan_bien=[n.nhan for n in NoiDungPhanBien])
        return context


def sau_ngay(han: dt.date, info: ValidationInfo, ten: str) -> dt.date:
    """``han`` unchanged when it falls after the document's date, else the problem."""
    ngay = info.data.get("ngay")
    if ngay is not None and han <= ngay:
        raise ValueError(f"{ten} ({_text.ngay_so(han)}) phải sau ngày văn bản ({_text.ngay_so(ngay)})")
    return han


class CongVanPhanBien(CongVan):
    """A letter of a criticism about one draft: the plan it carries out, who criticises, the draft."""

    ke_hoach: VanBanText | None = Field(None, description="Kế hoạch phản biện, ví dụ 'Kế hoạch số 05/KH-MTTQ-BTT …'")
    ben_phan_bien: VanBanText = Field(
        description="Tên bên phản biện trong câu, ví dụ 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Hòa'")
    du_thao: DuThaoCungCap


class CongVanDeNghiGuiDuThao(CongVanPhanBien):
    """The letter asking the drafting body to send the draft and its documents (Luật MTTQ Điều 35.2),
    by a date at least 15 days before the draft is submitted (Điều 36.1)."""

    loai: Literal["de_nghi_gui_du_thao"] = "de_nghi_gui_du_thao"
    tai_lieu: list[VanBanText] = Field(min_length=1, description="Dự thảo và tài liệu cần gửi, mỗi dòng một thứ")
    han_gui: Ngay = Field(description="Gửi trước ngày")
    lien_he: VanBanText | None = Field(None, description="Người liên hệ, điện thoại, thư điện tử")

    @field_validator("han_gui")
    @classmethod
    def _sau_ngay_cong_van(cls, han: dt.date, info: ValidationInfo) -> dt.date:
        return sau_ngay(han, info, "hạn gửi dự thảo")

    def moc_thoi_han(self) -> list[MocThoiHan]:
        return self.du_thao.moc(self.han_gui, "han_gui")


class CauHoi(Model):
    """A question put to the commenters, under one of the five contents."""

    noi_dung: NoiDungPhanBien = Field(description="Thuộc nội dung phản biện nào (Luật MTTQ Điều 33.2)")
    cau_hoi: VanBanText


class CongVanLayYKienPhanBien(CongVanPhanBien):
    """The letter sending the draft to experts, organisations or affected people for written
    criticism (Luật MTTQ Điều 34.2; NQLT 403 Điều 16), one letter with its list of addressees:
    the questions grouped under the five contents in the law's order, and the date answers are due
    (before the conference when there is one)."""

    loai: Literal["lay_y_kien_phan_bien"] = "lay_y_kien_phan_bien"
    cau_hoi: list[CauHoi] = Field(min_length=1, description="Câu hỏi, mỗi câu thuộc một nội dung phản biện")
    han_tra_loi: Ngay = Field(description="Ngày gửi ý kiến chậm nhất")
    hoi_nghi: Ngay | None = Field(None, description="Ngày hội nghị phản biện, nếu có (ý kiến gửi trước ngày này)")
    noi_gui: VanBanText = Field(description="Gửi ý kiến về đâu")
    lien_he: VanBanText | None = Field(None, description="Người liên hệ, điện thoại, thư điện tử")

    @field_validator("han_tra_loi")
    @classmethod
    def _sau_ngay_cong_van(cls, han: dt.date, info: ValidationInfo) -> dt.date:
        return sau_ngay(han, info, "hạn gửi ý kiến")

    @property
    def nhom_cau_hoi(self) -> list[dict[str, Any]]:
        """The questions under their content, in the order of Luật MTTQ Điều 33.2."""
        groups = [{"noi_dung": n.nhan, "cau_hoi": [c.cau_hoi for c in self.cau_hoi if c.noi_dung is n]}
                  for n in NoiDungPhanBien]
        return [g for g in groups if g["cau_hoi"]]

    def moc_thoi_han(self) -> list[MocThoiHan]:
        return [] if self.hoi_nghi is None else [
            MocThoiHan("y_kien_truoc_hoi_nghi_phan_bien", self.han_tra_loi, self.hoi_nghi, ("han_tra_loi",))]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(nhom_cau_hoi=self.nhom_cau_hoi)
        return context


class GiayMoiPhanBien(VanBanKy):
    """Giấy mời dự hội nghị phản biện xã hội or the criticism dialogue (Luật MTTQ Điều 34.1, 34.3;
    NQLT 403 Điều 14, 18), one letter per invitee, printed as the dialogue invitations are."""

    VIET_TAT: ClassVar[str] = "GM"
    TEN_LOAI: ClassVar[str] = "GIẤY MỜI"

    loai: Literal["giay_moi_phan_bien"] = "giay_moi_phan_bien"
    hinh_thuc: HinhThucHopMat = Field(
        HinhThucPhanBien.hoi_nghi, description="hoi_nghi (hội nghị phản biện) hoặc doi_thoai (đối thoại trực tiếp)")
    khach_moi: list[Nguoi] = Field(min_length=1, description="Người được mời: mỗi người một trang")
    ke_hoach: VanBanText | None = None
    du_thao: DuThaoCungCap
    hoi_nghi: HoiNghi
    chu_tri: list[Nguoi] = Field(min_length=1)
    cach_thuc: VanBanText | None = Field(None, description="Ghi chú cách tham dự, tài liệu nghiên cứu trước")

    @property
    def noi_dung(self) -> str:
        """What the invitee attends, in words built from the form and the draft."""
        d = self.du_thao
        draft = f"{_text.thuong_dau(d.ten)} trước khi trình {d.co_quan_ban_hanh}"
        if self.hinh_thuc is HinhThucPhanBien.doi_thoai:
            return f"Hội nghị đối thoại trực tiếp với {d.co_quan_soan_thao} để phản biện xã hội đối với {draft}"
        return f"Hội nghị phản biện xã hội đối với {draft} do {d.co_quan_soan_thao} chủ trì soạn thảo"

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(noi_dung=self.noi_dung)
        return context


__all__ = [
    "CauHoi",
    "CongVanDeNghiGuiDuThao",
    "CongVanLayYKienPhanBien",
    "DuThao",
    "GiayMoiPhanBien",
    "HinhThucHopMat",
    "HinhThucPhanBien",
    "KeHoachPhanBien",
    "NhomThamGia",
    "NoiDungPhanBien",
    "ThamGia",
]
