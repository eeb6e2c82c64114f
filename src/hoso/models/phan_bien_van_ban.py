"""The criticism conference or dialogue minutes (NQLT 403 Điều 15, 19) and the social criticism
document (Luật MTTQ Điều 33.2, 35.4–5; NQLT 403 Điều 17): the five contents each its own section in
the law's order, the recommendations numbered under the content they concern, the request to reply
in writing. ``VanBanPhanBienXaHoi.tu_y_kien`` gathers the opinions of the minutes and the written
comments into the sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from hoso import _text
from hoso._layout import BO_CUC
from hoso.models.chung import (
    CongVan,
    Gio,
    Model,
    Ngay,
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
from hoso.models.giam_sat_bien_ban import MucCoSo, danh_so
from hoso.models.phan_bien import DuThaoCungCap, HinhThucHopMat, HinhThucPhanBien, NoiDungPhanBien


class YKienPhanBien(Model):
    """One opinion, said at the conference or sent in writing: who, which of the five contents and
    which article of the draft it concerns."""

    danh_xung: VanBanText | None = Field(None, description="Ông, Bà")
    ho_ten: VanBanText
    don_vi: VanBanText = Field(description="Cơ quan, tổ chức hoặc chức danh, ví dụ 'Hội Nông dân xã'")
    noi_dung_phan_bien: NoiDungPhanBien = Field(description="Thuộc nội dung phản biện nào (Luật MTTQ Điều 33.2)")
    dieu: VanBanText | None = Field(None, description="Điều, khoản của dự thảo, ví dụ 'Điều 3 khoản 2'")
    noi_dung: VanBanText

    @property
    def nguoi_neu(self) -> str:
        """``Ông Nguyễn Văn A (Hội Nông dân xã)``."""
        name = f"{self.danh_xung} {self.ho_ten}" if self.danh_xung else self.ho_ten
        return f"{name} ({self.don_vi})"


class BienBanHoiNghiPhanBien(VanBan):
    """Biên bản hội nghị phản biện xã hội (NQLT 403 Điều 15) or of the criticism dialogue (Điều 19),
    in the fixed order of the form held; the chair and the secretary sign side by side."""

    VIET_TAT: ClassVar[str] = "BB"
    TEN_LOAI: ClassVar[str] = "BIÊN BẢN"

    loai: Literal["bien_ban_hoi_nghi_phan_bien"] = "bien_ban_hoi_nghi_phan_bien"
    hinh_thuc: HinhThucHopMat = Field(HinhThucPhanBien.hoi_nghi, description="hoi_nghi hoặc doi_thoai")
    ke_hoach: VanBanText | None = Field(None, description="Kế hoạch phản biện, ví dụ 'Kế hoạch số 18/KH-MTTQ-BTT …'")
    du_thao: DuThaoCungCap
    bat_dau: Gio
    ket_thuc: Gio
    dia_diem: VanBanText
    chu_tri: Nguoi = Field(description="Người chủ trì (ký biên bản)")
    thu_ky: Nguoi = Field(description="Thư ký (ký biên bản)")
    thanh_phan: list[VanBanText] = Field(min_length=1, description="Thành phần tham dự, mỗi dòng một nhóm")
    khai_mac: VanBanText = Field(description="Chủ trì khai mạc; ở đối thoại: nêu sự cần thiết, ý nghĩa, mục đích")
    trinh_bay: VanBanText = Field(description="Cơ quan chủ trì soạn thảo trình bày nội dung cơ bản của dự thảo")
    dinh_huong: VanBanText | None = Field(None, description="Chủ trì định hướng nội dung phản biện (hội nghị)")
    y_kien: list[YKienPhanBien] = Field(min_length=1, description="Ý kiến của đại biểu, theo thứ tự phát biểu")
    giai_trinh: VanBanText = Field(description="Cơ quan chủ trì soạn thảo cung cấp thông tin, giải trình")
    ket_luan: VanBanText = Field(description="Chủ trì kết luận")
    co_quan_ban_hanh_phat_bieu: VanBanText | None = Field(
        None, description="Đối thoại: đại diện cơ quan có thẩm quyền ban hành phát biểu (nếu có)")
    so_ban: SoNguyen | None = Field(None, ge=1)

    _sau_gio_bat_dau = field_validator("ket_thuc")(ket_thuc_sau_bat_dau)

    @model_validator(mode="after")
    def _trinh_tu_theo_hinh_thuc(self) -> BienBanHoiNghiPhanBien:
        dialogue = self.hinh_thuc is HinhThucPhanBien.doi_thoai
        problems: list[tuple[tuple[str | int, ...], str]] = []
        if not dialogue and self.dinh_huong is None:
            problems.append((("dinh_huong",), "hội nghị phản biện cần phần chủ trì định hướng nội dung tập trung "
                                              "phản biện (NQLT 403 Điều 15 khoản 3)"))
        if dialogue and self.dinh_huong is not None:
            problems.append((("dinh_huong",), "trình tự đối thoại (NQLT 403 Điều 19) không có phần định hướng; "
                                              "ghi vào khai_mac"))
        if not dialogue and self.co_quan_ban_hanh_phat_bieu is not None:
            problems.append((("co_quan_ban_hanh_phat_bieu",), "chỉ hội nghị đối thoại (NQLT 403 Điều 19 khoản 6) "
                                                              "có phần phát biểu của cơ quan có thẩm quyền ban hành"))
        check(problems)
        return self

    @property
    def phan(self) -> list[dict[str, Any]]:
        """The sections in the fixed order of the form held (NQLT 403 Điều 15 or 19), numbered;
        the opinions' section has no text (``y_kien`` is true)."""
        soan_thao = self.du_thao.co_quan_soan_thao
        if self.hinh_thuc is HinhThucPhanBien.doi_thoai:
            parts: list[tuple[str, str | None]] = [
                ("CHỦ TRÌ NÊU SỰ CẦN THIẾT, Ý NGHĨA, MỤC ĐÍCH CỦA PHẢN BIỆN XÃ HỘI", self.khai_mac),
                (f"{soan_thao.upper()} TRÌNH BÀY DỰ THẢO", self.trinh_bay),
                ("Ý KIẾN, CÂU HỎI CỦA ĐẠI BIỂU", None),
                (f"{soan_thao.upper()} GIẢI TRÌNH, LÀM RÕ", self.giai_trinh),
                ("KẾT LUẬN CỦA CHỦ TRÌ", self.ket_luan),
            ]
            if self.co_quan_ban_hanh_phat_bieu is not None:
                parts.append((f"PHÁT BIỂU CỦA ĐẠI DIỆN {self.du_thao.co_quan_ban_hanh.upper()}",
                              self.co_quan_ban_hanh_phat_bieu))
        else:
            parts = [
                ("CHỦ TRÌ KHAI MẠC HỘI NGHỊ", self.khai_mac),
                (f"{soan_thao.upper()} TRÌNH BÀY DỰ THẢO", self.trinh_bay),
                ("CHỦ TRÌ ĐỊNH HƯỚNG NỘI DUNG TẬP TRUNG PHẢN BIỆN", self.dinh_huong),
                ("Ý KIẾN CỦA ĐẠI BIỂU", None),
                (f"{soan_thao.upper()} CUNG CẤP THÔNG TIN, GIẢI TRÌNH", self.giai_trinh),
                ("KẾT LUẬN CỦA CHỦ TRÌ", self.ket_luan),
            ]
        return [{"tieu_de": f"{_text.la_ma(i)}. {heading}", "noi_dung": text, "y_kien": text is None}
                for i, (heading, text) in enumerate(parts, 1)]

    @property
    def o_ky(self) -> list[list[OKy | None]]:
        """The secretary (left) and the chair, side by side."""
        return luoi_ky([("thu_ky", self.thu_ky), ("chu_tri", self.chu_tri)], BO_CUC.nguoi_ky_moi_hang)

    @property
    def ten_hoi_nghi(self) -> str:
        """``hội nghị phản biện xã hội`` or ``hội nghị đối thoại phản biện xã hội``."""
        if self.hinh_thuc is HinhThucPhanBien.doi_thoai:
            return "hội nghị đối thoại phản biện xã hội"
        return "hội nghị phản biện xã hội"

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(phan=self.phan, o_ky=self.o_ky, ten_hoi_nghi=self.ten_hoi_nghi)
        return context


class NhanXet(Model):
    """The Front's assessment under each of the five contents (Luật MTTQ Điều 33.2), in the law's order."""

    su_can_thiet: list[VanBanText] = Field(min_length=1, description="Về sự cần thiết")
    su_phu_hop: list[VanBanText] = Field(
        min_length=1, description="Về sự phù hợp với chủ trương, đường lối của Đảng, chính sách, pháp luật")
    tinh_dung_dan: list[VanBanText] = Field(min_length=1, description="Về tính đúng đắn, khoa học, khả thi")
    tac_dong: list[VanBanText] = Field(min_length=1, description="Về đánh giá tác động, hiệu quả")
    hai_hoa_loi_ich: list[VanBanText] = Field(min_length=1, description="Về bảo đảm hài hòa lợi ích")


class KienNghiPhanBien(MucCoSo):
    """One recommendation: its number keeps into the reply; tied to an article of the draft where it has one."""

    noi_dung_phan_bien: NoiDungPhanBien = Field(description="Kiến nghị thuộc nội dung phản biện nào")
    dieu: VanBanText | None = Field(None, description="Điều, khoản của dự thảo, ví dụ 'Điều 4 khoản 1'")
    noi_dung: VanBanText


class VanBanPhanBienXaHoi(CongVan):
    """Văn bản phản biện xã hội (Luật MTTQ Điều 33.2, 35.4–5; NQLT 403 Điều 17): the five contents,
    each its own section in the law's words and order, the recommendations numbered under the
    content they concern, the request to reply in writing; sent to the drafting body and, after a
    dialogue, to the issuing authority (NQLT 403 Điều 19.7)."""

    loai: Literal["van_ban_phan_bien_xa_hoi"] = "van_ban_phan_bien_xa_hoi"
    hinh_thuc: HinhThucPhanBien = Field(description="Hình thức đã thực hiện: hoi_nghi, gui_du_thao hoặc doi_thoai")
    ke_hoach: VanBanText | None = Field(None, description="Kế hoạch phản biện, ví dụ 'Kế hoạch số 18/KH-MTTQ-BTT …'")
    ben_phan_bien: VanBanText = Field(
        description="Tên bên phản biện trong câu, ví dụ 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Phước'")
    du_thao: DuThaoCungCap
    qua_trinh: VanBanText = Field(description="Việc tổ chức phản biện, ví dụ 'Ngày 14/4/2026, tổ chức hội nghị …'")
    nhan_xet: NhanXet
    kien_nghi: list[KienNghiPhanBien] = Field(min_length=1)
    han_tra_loi: Ngay | None = Field(None, description="Đề nghị trả lời trước ngày (luật không quy định số ngày)")
    y_kien_dung: list[SoNguyen] = Field(
        default_factory=list, description="Số các ý kiến trong biên bản hội nghị đã dùng trong văn bản này")
    y_kien_khong_tiep_thu: list[SoNguyen] = Field(
        default_factory=list, description="Số các ý kiến trong biên bản hội nghị không tiếp thu")
    kinh_gui: list[VanBanText] = Field(
        default_factory=list, description="Để trống: cơ quan chủ trì soạn thảo, và cơ quan có thẩm quyền ban hành "
                                          "khi đối thoại (hoso tự ghi)")

    @field_validator("kien_nghi")
    @classmethod
    def _danh_so(cls, items: list[KienNghiPhanBien]) -> list[KienNghiPhanBien]:
        return danh_so(items)

    @model_validator(mode="after")
    def _y_kien_mot_cho(self) -> VanBanPhanBienXaHoi:
        check([(("y_kien_khong_tiep_thu", i), f"ý kiến số {n} đã ghi trong y_kien_dung")
               for i, n in enumerate(self.y_kien_khong_tiep_thu) if n in self.y_kien_dung])
        return self

    @property
    def gui_den(self) -> list[str]:
        """The recipients: ``kinh_gui`` when written, else where the law sends the document."""
        if self.kinh_gui:
            return self.kinh_gui
        # The drafting body (Luật MTTQ Điều 35.4) and, after a dialogue, the issuing authority (NQLT 403 Điều 19.7).
        return [self.du_thao.co_quan_soan_thao,
                *([self.du_thao.co_quan_ban_hanh] if self.hinh_thuc is HinhThucPhanBien.doi_thoai else [])]

    @property
    def muc(self) -> list[dict[str, Any]]:
        """The five sections in the law's order: the heading in the law's words, the assessment,
        the recommendations concerning that content."""
        return [{"so_la_ma": _text.la_ma(i), "ten": n.nhan, "nhan_xet": getattr(self.nhan_xet, n.value),
                 "kien_nghi": [k for k in self.kien_nghi if k.noi_dung_phan_bien is n]}
                for i, n in enumerate(NoiDungPhanBien, 1)]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(muc=self.muc, de_nghi=_text.la_ma(len(NoiDungPhanBien) + 1), kinh_gui=self.gui_den)
        return context

    @classmethod
    def tu_y_kien(cls, bien_ban: BienBanHoiNghiPhanBien | None,
                  y_kien_van_ban: Sequence[YKienPhanBien] = ()) -> dict[str, Any]:
        """A draft of the document (data to complete, as a YAML file would hold it): the opinions of
        the minutes and the written comments gathered under the content they concern. Loading it
        lists what remains to write (number, date, the assessment of a content nobody spoke to,
        the recommendations, the signer)."""
        opinions = [*(bien_ban.y_kien if bien_ban is not None else ()), *y_kien_van_ban]
        data: dict[str, Any] = {"loai": "van_ban_phan_bien_xa_hoi"}
        if bien_ban is not None:
            data |= {"co_quan": bien_ban.co_quan.model_dump(mode="json", exclude_none=True),
                     "dia_danh": bien_ban.dia_danh, "hinh_thuc": bien_ban.hinh_thuc.value,
                     "ke_hoach": bien_ban.ke_hoach,
                     "du_thao": bien_ban.du_thao.model_dump(mode="json", exclude_none=True),
                     "qua_trinh": f"Ngày {_text.ngay_so(bien_ban.ngay)}, tại {bien_ban.dia_diem}, "
                                  f"{bien_ban.ten_hoi_nghi} được tổ chức với {len(bien_ban.y_kien)} ý kiến phát biểu"
                                  + (f"; {len(y_kien_van_ban)} ý kiến gửi bằng văn bản" if y_kien_van_ban else "")
                                  + "."}
            data["y_kien_dung"] = list(range(1, len(bien_ban.y_kien) + 1))
        data["nhan_xet"] = {n.value: [f"{y.nguoi_neu}{f', {y.dieu}' if y.dieu else ''}: {y.noi_dung}"
                                      for y in opinions if y.noi_dung_phan_bien is n]
                            for n in NoiDungPhanBien}
        return {k: v for k, v in data.items() if v is not None}


TepPhanBien = Annotated[VanBanPhanBienXaHoi, tep(VanBanPhanBienXaHoi, "văn bản phản biện xã hội")]


__all__ = [
    "BienBanHoiNghiPhanBien",
    "KienNghiPhanBien",
    "NhanXet",
    "VanBanPhanBienXaHoi",
    "YKienPhanBien",
]
