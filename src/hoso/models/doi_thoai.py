"""Documents of a dialogue between the heads of the party committee and government and the people
(QĐ 218-QĐ/TW, Quy định 11-QĐi/TW as amended by KL 215, Luật Tổ chức chính quyền địa phương 2025
Điều 43; see ``shared/reference/domain.md`` §3.4–3.5)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from hoso import _text
from hoso._layout import BO_CUC
from hoso.models.chung import (
    UP,
    FieldProblems,
    Gio,
    MocThoiHan,
    Model,
    Ngay,
    Nguoi,
    NhanEnum,
    OKy,
    PhanCong,
    SoNguyen,
    ThanhPhan,
    VanBan,
    VanBanKy,
    VanBanLienTich,
    VanBanText,
    check,
    dat_nhan,
    ket_thuc_sau_bat_dau,
    luoi_ky,
    nap_tep,
    tep,
    tong_so,
)


class HinhThuc(NhanEnum):
    """How the conference is held (Luật TCCQĐP 2025 Điều 43)."""

    truc_tiep = "truc_tiep"
    truc_tuyen = "truc_tuyen"
    ket_hop = "ket_hop"
    mang_xa_hoi = "mang_xa_hoi"


dat_nhan(HinhThuc, {
    "truc_tiep": "trực tiếp",
    "truc_tuyen": "trực tuyến",
    "ket_hop": "trực tiếp kết hợp trực tuyến",
    "mang_xa_hoi": "trên mạng xã hội",
})


class KieuHoiNghi(NhanEnum):
    """What the event is called in every document of its dossier."""

    hoi_nghi = "hoi_nghi"
    buoi_doi_thoai = "buoi_doi_thoai"
    hoi_nghi_tiep_xuc = "hoi_nghi_tiep_xuc"

    @property
    def ngan(self) -> str:
        """The short name, once the text has said what the event is: "hội nghị", "buổi đối thoại"."""
        return "buổi đối thoại" if self is KieuHoiNghi.buoi_doi_thoai else "hội nghị"


dat_nhan(KieuHoiNghi, {
    "hoi_nghi": "hội nghị đối thoại",
    "buoi_doi_thoai": "buổi đối thoại",
    "hoi_nghi_tiep_xuc": "hội nghị tiếp xúc, đối thoại",
})

_KIEU = ("Tên gọi của sự kiện trong mọi văn bản: hoi_nghi (hội nghị đối thoại, mặc định), buoi_doi_thoai "
         "(buổi đối thoại), hoi_nghi_tiep_xuc (hội nghị tiếp xúc, đối thoại)")


def _diem_cau(diem_cau: list[str], info: ValidationInfo) -> list[str]:
    """Connection points belong to an online or hybrid event."""
    hinh_thuc = info.data.get("hinh_thuc")
    if diem_cau and hinh_thuc not in (None, HinhThuc.truc_tuyen, HinhThuc.ket_hop):
        raise ValueError(f"điểm cầu chỉ ghi khi hình thức là truc_tuyen hoặc ket_hop (đang là {hinh_thuc})")
    return diem_cau


#: Connection points of an online or hybrid event, besides the main place.
DiemCau = Annotated[list[VanBanText], AfterValidator(_diem_cau), Field(
    description="Các điểm cầu khi tổ chức trực tuyến hoặc kết hợp (ngoài địa điểm chính), "
    "ví dụ 'Nhà văn hóa thôn Đông'")]


class NoiToChuc(Model):
    """Where and how the conference is held and what it is called: the same fields in the minutes
    and in the conference of the plan, notice and invitation (``HoiNghi``)."""

    dia_diem: VanBanText = Field(description="Địa điểm (điểm cầu chính khi tổ chức trực tuyến)")
    hinh_thuc: HinhThuc = Field(HinhThuc.truc_tiep, description="truc_tiep, truc_tuyen, ket_hop (trực tiếp kết "
                                "hợp trực tuyến) hoặc mang_xa_hoi")
    diem_cau: DiemCau = Field(default_factory=list)
    kieu: KieuHoiNghi = Field(KieuHoiNghi.hoi_nghi, description=_KIEU)


class LinhVuc(NhanEnum):
    """Field of an opinion, used to group opinions in conclusions and reports: the groups that
    dialogue reports use (Party and government building, cadres, village organisation, irrigation,
    agriculture, food safety were "khác" before)."""

    dat_dai = "dat_dai"
    giao_thong = "giao_thong"
    ha_tang = "ha_tang"
    chinh_sach_xa_hoi = "chinh_sach_xa_hoi"
    moi_truong = "moi_truong"
    y_te = "y_te"
    giao_duc = "giao_duc"
    an_ninh_trat_tu = "an_ninh_trat_tu"
    kinh_te = "kinh_te"
    hanh_chinh = "hanh_chinh"
    xay_dung_dang = "xay_dung_dang"
    can_bo = "can_bo"
    thon_to_dan_pho = "thon_to_dan_pho"
    nong_nghiep = "nong_nghiep"
    thuy_loi = "thuy_loi"
    an_toan_thuc_pham = "an_toan_thuc_pham"
    dien_nuoc = "dien_nuoc"
    van_hoa = "van_hoa"
    khac = "khac"


dat_nhan(LinhVuc, {
    "dat_dai": "đất đai",
    "giao_thong": "giao thông",
    "ha_tang": "hạ tầng, xây dựng",
    "chinh_sach_xa_hoi": "chính sách xã hội",
    "moi_truong": "môi trường",
    "y_te": "y tế",
    "giao_duc": "giáo dục",
    "an_ninh_trat_tu": "an ninh, trật tự",
    "kinh_te": "kinh tế, sản xuất",
    "hanh_chinh": "thủ tục hành chính",
    "xay_dung_dang": "xây dựng Đảng, chính quyền",
    "can_bo": "cán bộ, công chức, tác phong làm việc",
    "thon_to_dan_pho": "tổ chức thôn, tổ dân phố",
    "nong_nghiep": "nông nghiệp",
    "thuy_loi": "thủy lợi",
    "an_toan_thuc_pham": "an toàn thực phẩm",
    "dien_nuoc": "điện, nước sinh hoạt",
    "van_hoa": "văn hóa, thông tin, thể thao",
    "khac": "khác",
})


#: A province's own field code: lower-case ASCII words joined by "_".
_MA_LINH_VUC = r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"


class LinhVucTinh(Model):
    """A field of opinion a province adds as data (its profile, ``hoso.load(..., ho_so_tinh=…)``):
    a code typed in YAML, the label printed, and the built-in field it is listed under in reports."""

    ma: str = Field(pattern=_MA_LINH_VUC, description="Mã lĩnh vực gõ trong YAML: chữ thường không dấu, nối bằng "
                    "'_', khác các mã có sẵn, ví dụ thuy_loi_noi_dong")
    nhan: VanBanText = Field(description="Tên lĩnh vực in trong văn bản, chữ thường, ví dụ 'thủy lợi nội đồng'")
    nhom: LinhVuc | None = Field(
        None, description="Lĩnh vực có sẵn mà lĩnh vực này xếp ngay sau trong báo cáo, ví dụ thuy_loi; để trống: "
        "xếp sau các lĩnh vực có sẵn, trước 'khác'")
    thu_tu: int = Field(0, ge=0, description="Thứ tự trong hồ sơ tỉnh; mặc định theo vị trí trong danh sách")

    @property
    def value(self) -> str:
        """The code, as a built-in field's ``value``."""
        return self.ma


#: A field of opinion: built in, or from the province's profile.
LinhVucY = LinhVuc | LinhVucTinh


def thu_tu_linh_vuc(linh_vuc: LinhVucY) -> tuple[int, int, int]:
    """Where a field stands in reports: built-in fields in their order, a province's field right
    after the built-in field it names (``nhom``) or, without one, just before "khác"."""
    order = list(LinhVuc)
    if isinstance(linh_vuc, LinhVuc):
        return (order.index(linh_vuc), 0, 0)
    if linh_vuc.nhom is None:
        return (order.index(LinhVuc.khac), -1, linh_vuc.thu_tu)
    return (order.index(linh_vuc.nhom), 1, linh_vuc.thu_tu)


def _linh_vuc(value: Any, info: ValidationInfo) -> Any:
    """A built-in code, or a code of the province profile the load was given (validation context
    ``linh_vuc``: code → ``LinhVucTinh``); anything else is refused with every allowed code."""
    if isinstance(value, LinhVuc | LinhVucTinh):
        return value
    tinh: dict[str, LinhVucTinh] = (info.context or {}).get("linh_vuc", {})
    if isinstance(value, str):
        if value in LinhVuc._value2member_map_:
            return LinhVuc(value)
        if value in tinh:
            return tinh[value]
    allowed = ", ".join(m.value for m in LinhVuc)
    own = (f"; lĩnh vực của hồ sơ tỉnh: {', '.join(tinh)}" if tinh else
           "; lĩnh vực riêng của tỉnh: khai trong hồ sơ tỉnh (linh_vuc: - {ma: …, nhan: …}) và nạp bằng "
           "hoso.load(…, ho_so_tinh=…)")
    raise ValueError(f"lĩnh vực {value!r} không có; cần một trong: {allowed}{own}")


_LINH_VUC_SCHEMA = {
    "type": "string",
    "description": "Lĩnh vực của ý kiến, dùng để nhóm ý kiến trong thông báo kết luận, báo cáo: một mã có sẵn ("
    + ", ".join(m.value for m in LinhVuc) + ") hoặc mã lĩnh vực trong hồ sơ tỉnh nạp bằng hoso.load(…, ho_so_tinh=…)",
}


class TrangThai(NhanEnum):
    """What happened to an opinion."""

    da_tra_loi = "da_tra_loi"
    tra_loi_sau = "tra_loi_sau"
    chuyen_cap_tren = "chuyen_cap_tren"


dat_nhan(TrangThai, {
    "da_tra_loi": "đã trả lời tại hội nghị",
    "tra_loi_sau": "trả lời bằng văn bản sau hội nghị",
    "chuyen_cap_tren": "chuyển cấp trên giải quyết",
})


class CachTraLoi(NhanEnum):
    """How an opinion to be answered after checking is answered (read after "trả lời")."""

    van_ban = "van_ban"
    hoi_nghi_sau = "hoi_nghi_sau"
    tai_thon = "tai_thon"
    dien_thoai = "dien_thoai"


dat_nhan(CachTraLoi, {
    "van_ban": "bằng văn bản",
    "hoi_nghi_sau": "tại hội nghị đối thoại lần sau",
    "tai_thon": "trực tiếp tại thôn, tổ dân phố",
    "dien_thoai": "qua điện thoại",
})

#: Printed where a referral names no receiving body.
CAP_CO_THAM_QUYEN = "cấp có thẩm quyền"


class YKien(Model):
    """One opinion raised at the conference, with who answered and what happens next."""

    stt: SoNguyen | None = Field(None, ge=1, description="Thứ tự; mặc định theo vị trí trong danh sách")
    nguoi_neu: Nguoi = Field(description="Người nêu ý kiến, với thôn hoặc địa chỉ (dia_chi)")
    linh_vuc: Annotated[LinhVucY, BeforeValidator(_linh_vuc), WithJsonSchema(_LINH_VUC_SCHEMA)] = Field(
        description=_LINH_VUC_SCHEMA["description"])
    noi_dung: VanBanText = Field(description="Nội dung ý kiến như người dân nêu")
    tom_tat: VanBanText | None = Field(
        None, description="Tóm tắt ý kiến (một câu, không chấm cuối), in sau số ý kiến ở phần giao việc và chuyển "
        "cấp trên của thông báo kết luận")
    nguoi_tra_loi: Nguoi | None = Field(None, description="Người trả lời tại hội nghị, với chức vụ (chuc_vu)")
    to_chuc_tra_loi: VanBanText | None = Field(
        None, description="Cơ quan, tổ chức, doanh nghiệp trả lời khi không thuộc các cơ quan tổ chức hội nghị, "
        "ví dụ 'Hợp tác xã nông nghiệp Đông Hòa'; in sau người trả lời, hoặc một mình khi không ghi người")
    tra_loi: VanBanText | None = Field(None, description="Nội dung trả lời tại hội nghị")
    tra_loi_tom_tat: VanBanText | None = Field(
        None, description="Tóm tắt câu trả lời, in trong thông báo kết luận; mặc định in toàn bộ câu trả lời")
    trang_thai: TrangThai = Field(description="da_tra_loi (trả lời tại hội nghị), tra_loi_sau (kiểm tra, trả lời "
                                  "sau) hoặc chuyen_cap_tren (chuyển cơ quan khác giải quyết)")
    cach_tra_loi: CachTraLoi = Field(
        CachTraLoi.van_ban, description="Khi tra_loi_sau: trả lời van_ban (bằng văn bản, mặc định), hoi_nghi_sau "
        "(tại hội nghị đối thoại lần sau), tai_thon (trực tiếp tại thôn, tổ dân phố) hoặc dien_thoai")
    han_tra_loi: Ngay | None = Field(
        None, description="Hạn trả lời (khi tra_loi_sau); để trống khi hội nghị chưa định hạn: thông báo kết luận "
        "giao hạn (han_tra_loi của thông báo)")
    don_vi_tra_loi: VanBanText | None = Field(None, description="Đơn vị chịu trách nhiệm kiểm tra, trả lời")
    co_quan_chuyen: VanBanText | None = Field(
        None, description="Cơ quan nhận ý kiến chuyển; để trống khi chưa xác định: in 'cấp có thẩm quyền'")

    @model_validator(mode="after")
    def _theo_trang_thai(self) -> YKien:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        if self.trang_thai is TrangThai.da_tra_loi:
            if self.tra_loi is None:
                problems.append((("tra_loi",), "ý kiến đã trả lời tại hội nghị cần nội dung trả lời"))
            if self.nguoi_tra_loi is None and self.to_chuc_tra_loi is None:
                problems.append((("nguoi_tra_loi",), "ý kiến đã trả lời tại hội nghị cần người trả lời "
                                 "(nguoi_tra_loi) hoặc tổ chức trả lời (to_chuc_tra_loi)"))
        if self.trang_thai is TrangThai.tra_loi_sau:
            if self.don_vi_tra_loi is None:
                problems.append((("don_vi_tra_loi",), "ý kiến trả lời sau cần đơn vị chịu trách nhiệm"))
        else:
            problems += [((name,), f"{name} chỉ ghi cho ý kiến trả lời sau (trang_thai: tra_loi_sau)")
                         for name in ("cach_tra_loi", "han_tra_loi") if name in self.model_fields_set]
        if self.trang_thai is not TrangThai.chuyen_cap_tren and self.co_quan_chuyen is not None:
            problems.append((("co_quan_chuyen",), "co_quan_chuyen chỉ ghi cho ý kiến chuyển cấp trên "
                             "(trang_thai: chuyen_cap_tren)"))
        check(problems)
        return self

    @property
    def ben_tra_loi(self) -> str:
        """Who answered, at the start of a line: ``Ông A, Giám đốc, Hợp tác xã B`` ("" if nobody is named)."""
        return self._ben_tra_loi(self.nguoi_tra_loi.ten_goi if self.nguoi_tra_loi else None)

    @property
    def ben_tra_loi_trong_cau(self) -> str:
        """Who answered, inside a sentence (honorific lower case)."""
        return self._ben_tra_loi(self.nguoi_tra_loi.ten_goi_trong_cau if self.nguoi_tra_loi else None)

    def _ben_tra_loi(self, ten: str | None) -> str:
        chuc_vu = self.nguoi_tra_loi.chuc_vu if self.nguoi_tra_loi else None
        return ", ".join(part for part in (ten, chuc_vu, self.to_chuc_tra_loi) if part)

    @property
    def noi_chuyen(self) -> str:
        """The body an opinion is referred to, or "cấp có thẩm quyền" when the meeting did not know it."""
        return self.co_quan_chuyen or CAP_CO_THAM_QUYEN

    @property
    def cua_ai(self) -> str:
        """``ý kiến số 3 của ông A (thôn Đông) về đất đai``: which opinion, for tasks and referrals."""
        noi = f" ({self.nguoi_neu.dia_chi})" if self.nguoi_neu.dia_chi else ""
        return f"ý kiến số {self.stt} của {self.nguoi_neu.ten_goi_trong_cau}{noi} về {self.linh_vuc.nhan}"

    @property
    def trich(self) -> str:
        """Which opinion, with its summary when there is one: for tasks and referrals."""
        return f"{self.cua_ai}: {self.tom_tat}" if self.tom_tat else self.cua_ai


class BienBanDoiThoai(NoiToChuc, VanBan):
    """Biên bản hội nghị đối thoại (minutes of a dialogue conference), ND 30 Mẫu 1.9 layout."""

    VIET_TAT: ClassVar[str] = "BB"
    TEN_LOAI: ClassVar[str] = "BIÊN BẢN"

    loai: Literal["bien_ban_doi_thoai"] = Field("bien_ban_doi_thoai", description="Loại văn bản: bien_ban_doi_thoai")
    bat_dau: Gio = Field(description="Giờ bắt đầu, ví dụ '08:00'")
    ket_thuc: Gio = Field(description="Giờ kết thúc, ví dụ '11:30'")
    ke_hoach: VanBanText = Field(description="Kế hoạch tổ chức hội nghị, ví dụ 'Kế hoạch số 15/KH-UBND ngày …'")
    co_quan_to_chuc: list[VanBanText] = Field(
        default_factory=list, description="Các cơ quan tổ chức hội nghị, tên viết trong câu, cơ quan chủ trì trước, "
        "ví dụ ['Đảng ủy xã An Ấp', 'Ủy ban nhân dân xã An Ấp']; in ở dòng 'Cơ quan tổ chức'. Biên bản không "
        "ban hành liên tịch: chủ trì và thư ký ký")
    chu_tri: list[Nguoi] = Field(min_length=1, description="Chủ trì (chủ tọa), một hoặc nhiều người")
    thu_ky: Nguoi = Field(description="Thư ký, người ghi biên bản, với chức vụ (chuc_vu)")
    thanh_phan: list[ThanhPhan] = Field(min_length=1, description="Thành phần theo nhóm, số mời và có mặt")
    chuong_trinh: list[VanBanText] = Field(default_factory=list, description="Chương trình hội nghị")
    y_kien: list[YKien] = Field(default_factory=list, description="Ý kiến của Nhân dân và trả lời, theo thứ tự nêu")
    ket_luan: VanBanText = Field(description="Kết luận của chủ trì; dòng trống tách đoạn")
    so_ban: SoNguyen | None = Field(None, ge=1, description="Số bản biên bản được lập")

    _sau_gio_bat_dau = field_validator("ket_thuc")(ket_thuc_sau_bat_dau)

    @field_validator("chu_tri", "thu_ky")
    @classmethod
    def _co_chuc_vu(cls, value: list[Nguoi] | Nguoi) -> list[Nguoi] | Nguoi:
        """Chairs and the secretary sign with their position."""
        people = value if isinstance(value, list) else [value]
        check([((i, "chuc_vu") if isinstance(value, list) else ("chuc_vu",), "chủ trì và thư ký cần ghi chức vụ")
               for i, nguoi in enumerate(people) if nguoi.chuc_vu is None])
        return value

    @field_validator("y_kien")
    @classmethod
    def _danh_so(cls, y_kien: list[YKien], info: ValidationInfo) -> list[YKien]:
        """Number the opinions (an opinion without ``stt`` takes its position), refuse a repeated
        number and a reply deadline before the conference."""
        problems: list[tuple[tuple[str | int, ...], str]] = []
        seen: dict[int, int] = {}
        ngay = info.data.get("ngay")
        for i, y in enumerate(y_kien):
            order = y.stt or i + 1
            if order in seen:
                problems.append(((i, "stt"), f"thứ tự {order} trùng với ý kiến thứ {seen[order] + 1}"))
            seen[order] = i
            if y.han_tra_loi is not None and ngay is not None and y.han_tra_loi < ngay:
                problems.append(((i, "han_tra_loi"), "hạn trả lời không thể trước ngày hội nghị"))
        check(problems)
        return [y if y.stt is not None else y.model_copy(update={"stt": i + 1}) for i, y in enumerate(y_kien)]

    @property
    def tong_moi(self) -> int | str:
        """Total invited, as printed (``tong_so``)."""
        return tong_so([t.so_moi for t in self.thanh_phan])

    @property
    def to_chuc_trong_cau(self) -> str:
        """The organising bodies as a sentence names them (``A, B và C``); empty when not given."""
        return _text.liet_ke(self.co_quan_to_chuc) if self.co_quan_to_chuc else ""

    @property
    def tong_co_mat(self) -> int | str:
        """Total present, as printed (``tong_so``)."""
        return tong_so([t.so_co_mat for t in self.thanh_phan])

    @property
    def co_mat_trong_cau(self) -> str:
        """Total present in a sentence: ``9 người (chưa kể 1 nhóm ghi gần 50 người)``."""
        return str(tong_so([t.so_co_mat for t in self.thanh_phan], sau="người", don_vi="người"))

    @property
    def so_chinh_xac(self) -> bool:
        """Every count is an exact number."""
        return all(isinstance(t.so_moi, int) and isinstance(t.so_co_mat, int) for t in self.thanh_phan)

    @property
    def o_ky(self) -> list[list[OKy | None]]:
        """The signatures side by side: the secretary first (left), then every chair."""
        return luoi_ky([("thu_ky", self.thu_ky), *(("chu_tri", c) for c in self.chu_tri)],
                       BO_CUC.nguoi_ky_moi_hang)

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(tong_moi=self.tong_moi, tong_co_mat=self.tong_co_mat, o_ky=self.o_ky,
                       to_chuc_trong_cau=self.to_chuc_trong_cau)
        return context


#: Minutes given inline or as a path to their YAML file.
TepBienBan = Annotated[BienBanDoiThoai, tep(BienBanDoiThoai, "biên bản hội nghị đối thoại")]


class PhamVi(NhanEnum):
    """Who the conference is for (Luật TCCQĐP 2025 Điều 43: whole commune or a cluster)."""

    toan_xa = "toan_xa"
    cum_thon_to_dan_pho = "cum_thon_to_dan_pho"


dat_nhan(PhamVi, {"toan_xa": "toàn xã (phường, đặc khu)", "cum_thon_to_dan_pho": "cụm thôn, tổ dân phố"})


class KichHoat(NhanEnum):
    """Why the conference is held."""

    dinh_ky = "dinh_ky"
    de_nghi_cu_tri = "de_nghi_cu_tri"
    dot_xuat = "dot_xuat"


dat_nhan(KichHoat, {
    "dinh_ky": "định kỳ hằng năm",
    "de_nghi_cu_tri": "theo đề nghị của ít nhất 10% tổng số cử tri",
    "dot_xuat": "đột xuất khi cần thiết",
})


class ThanhPhanDuKien(Model):
    """One group expected at the conference, with its number."""

    nhom: VanBanText = Field(description="Nhóm đại biểu")
    so_luong: SoNguyen = Field(ge=0, description="Số người dự kiến")


class HoiNghi(NoiToChuc):
    """When and where the conference takes place (shared by plan, notice and invitation)."""

    ngay: Ngay = Field(description="Ngày tổ chức hội nghị")
    bat_dau: Gio = Field(description="Giờ bắt đầu, ví dụ '08:00'")


class KeHoachDoiThoai(VanBanLienTich):
    """Kế hoạch tổ chức hội nghị đối thoại (domain.md §4.12); the bodies that organise the
    conference together may issue it jointly (``dong_ban_hanh``)."""

    VIET_TAT: ClassVar[str] = "KH"
    TEN_LOAI: ClassVar[str] = "KẾ HOẠCH"
    TEN_LIEN_TICH: ClassVar[str] = "kế hoạch tổ chức hội nghị đối thoại"

    loai: Literal["ke_hoach_doi_thoai"] = Field("ke_hoach_doi_thoai", description="Loại văn bản: ke_hoach_doi_thoai")
    phoi_hop: VanBanText | None = Field(None, description="Cơ quan phối hợp ban hành, ví dụ Văn phòng Đảng ủy xã")
    muc_dich: list[VanBanText] = Field(min_length=1, description="Mục đích, mỗi mục một dòng")
    yeu_cau: list[VanBanText] = Field(min_length=1, description="Yêu cầu, mỗi mục một dòng")
    chu_de: list[VanBanText] = Field(min_length=1, description="Nội dung, chủ đề đối thoại")
    kich_hoat: KichHoat = Field(KichHoat.dinh_ky, description="Lý do tổ chức: dinh_ky, de_nghi_cu_tri, dot_xuat")
    pham_vi: PhamVi = Field(PhamVi.toan_xa, description="Phạm vi: toan_xa hoặc cum_thon_to_dan_pho")
    pham_vi_chi_tiet: VanBanText | None = Field(None, description="Các thôn, tổ dân phố khi đối thoại theo cụm")
    hoi_nghi: HoiNghi = Field(description="Thời gian, địa điểm, hình thức và tên gọi của sự kiện")
    chu_tri: list[Nguoi] = Field(min_length=1, description="Người chủ trì, ít nhất một người, với chức vụ (chuc_vu)")
    thanh_phan: list[ThanhPhanDuKien] = Field(min_length=1, description="Thành phần dự kiến theo nhóm")
    phan_cong: list[PhanCong] = Field(min_length=1, description="Tổ chức thực hiện: đơn vị, nhiệm vụ, thời hạn")
    ngay_thong_bao: Ngay | None = Field(None, description="Ngày thông báo công khai hội nghị")
    kinh_phi: VanBanText = Field(description="Kinh phí tổ chức")

    @property
    def tong_thanh_phan(self) -> int:
        """Total expected."""
        return sum(t.so_luong for t in self.thanh_phan)

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(tong_thanh_phan=self.tong_thanh_phan)
        return context

    def moc_thoi_han(self) -> list[MocThoiHan]:
        if self.ngay_thong_bao is None:
            return []
        return [MocThoiHan("thong_bao_truoc_doi_thoai", self.ngay_thong_bao, self.hoi_nghi.ngay,
                           ("ngay_thong_bao",))]


class ThongBaoDoiThoai(VanBanLienTich):
    """Thông báo công khai về hội nghị đối thoại (Luật TCCQĐP 2025 Điều 43: ≥ 7 ngày trước), issued
    by the organising body or jointly by the organising bodies."""

    VIET_TAT: ClassVar[str] = "TB"
    TEN_LOAI: ClassVar[str] = "THÔNG BÁO"
    TEN_LIEN_TICH: ClassVar[str] = "thông báo về hội nghị đối thoại"

    loai: Literal["thong_bao_doi_thoai"] = Field("thong_bao_doi_thoai", description="Loại văn bản: thong_bao_doi_thoai")
    ke_hoach: VanBanText | None = Field(None, description="Kế hoạch được thực hiện, ví dụ 'Kế hoạch số 12/KH-UBND …'")
    hoi_nghi: HoiNghi = Field(description="Thời gian, địa điểm, hình thức và tên gọi của sự kiện")
    chu_tri: list[Nguoi] = Field(min_length=1, description="Người chủ trì, ít nhất một người, với chức vụ (chuc_vu)")
    doi_tuong: VanBanText = Field(description="Ai được mời, ví dụ 'Nhân dân các thôn Đông, Đoài, Bắc'")
    noi_dung: list[VanBanText] = Field(min_length=1, description="Nội dung đối thoại")
    cach_thuc: VanBanText = Field(description="Cách tham dự, gửi ý kiến trước hội nghị")
    kenh: list[VanBanText] = Field(min_length=1, description="Kênh thông báo: loa truyền thanh, cổng thông tin…")

    @field_validator("kenh")
    @classmethod
    def _chu_the(cls, kenh: list[str], info: ValidationInfo) -> list[str]:
        """The notice names who gives notice; a body name hoso cannot put in a sentence must be typed."""
        bodies: list[tuple[tuple[str | int, ...], Any]] = [((UP, "co_quan"), info.data.get("co_quan"))]
        bodies += [((UP, "dong_ban_hanh", i, "co_quan"), d.co_quan)
                   for i, d in enumerate(info.data.get("dong_ban_hanh", []))]
        check([((*path, "ten"), f"thông báo ghi tên cơ quan trong câu ('…, {co_quan.ten} thông báo …') "
                "nhưng tên này không đọc được thành chữ thường; hãy thêm ten_goi, "
                "ví dụ 'Ủy ban nhân dân xã An Ấp'")
               for path, co_quan in bodies if co_quan is not None and co_quan.ten_trong_cau is None])
        return kenh

    def moc_thoi_han(self) -> list[MocThoiHan]:
        return [MocThoiHan("thong_bao_truoc_doi_thoai", self.ngay, self.hoi_nghi.ngay, ("ngay",))]


class GiayMoiDoiThoai(VanBanKy):
    """Giấy mời dự hội nghị đối thoại (ND 30 Mẫu 1.7), one page per invitee."""

    VIET_TAT: ClassVar[str] = "GM"
    TEN_LOAI: ClassVar[str] = "GIẤY MỜI"

    loai: Literal["giay_moi_doi_thoai"] = Field("giay_moi_doi_thoai", description="Loại văn bản: giay_moi_doi_thoai")
    khach_moi: list[Nguoi] = Field(min_length=1, description="Người được mời: mỗi người một trang")
    ke_hoach: VanBanText | None = Field(None, description="Kế hoạch được thực hiện, ví dụ 'Kế hoạch số 12/KH-UBND …'")
    hoi_nghi: HoiNghi = Field(description="Thời gian, địa điểm, hình thức và tên gọi của sự kiện")
    chu_tri: list[Nguoi] = Field(min_length=1, description="Người chủ trì, ít nhất một người, với chức vụ (chuc_vu)")
    noi_dung: VanBanText = Field(description="Nội dung hội nghị")
    cach_thuc: VanBanText | None = Field(None, description="Ghi chú cách tham dự, tài liệu mang theo")


class HanTraLoi(Model):
    """The deadline a conclusions notice assigns to an opinion the minutes left without one."""

    y_kien: SoNguyen = Field(ge=1, description="Số thứ tự của ý kiến trong biên bản")
    han: Ngay = Field(description="Hạn trả lời")


class ThongBaoKetLuanDoiThoai(VanBanLienTich):
    """Thông báo kết luận hội nghị đối thoại, built from the minutes (domain.md §4.15).

    ``bien_ban`` is the minutes (inline, or a path to its YAML); the issuing body, place and
    summary default to the minutes', the opinions are grouped by field, opinions answered later
    become assignments and forwarded ones are listed: nothing is typed twice. Recipients are the
    notice's own (``noi_nhan``): they differ from the minutes'.
    """

    VIET_TAT: ClassVar[str] = "TB"
    TEN_LOAI: ClassVar[str] = "THÔNG BÁO"
    TRICH_DAN: ClassVar[tuple[str, ...]] = ("bien_ban",)
    TEN_LIEN_TICH: ClassVar[str] = "thông báo kết luận hội nghị đối thoại"

    loai: Literal["thong_bao_ket_luan_doi_thoai"] = Field(
        "thong_bao_ket_luan_doi_thoai", description="Loại văn bản: thong_bao_ket_luan_doi_thoai")
    bien_ban: TepBienBan = Field(description="Biên bản hội nghị: đường dẫn tệp YAML (tính từ tệp này) hoặc nội dung")
    ket_luan: VanBanText | None = Field(None, description="Kết luận; mặc định là kết luận trong biên bản")
    han_tra_loi: list[HanTraLoi] = Field(
        default_factory=list, description="Hạn trả lời giao cho các ý kiến trả lời sau mà biên bản chưa ghi hạn, "
        "ví dụ '- {y_kien: 3, han: 2026-04-20}'")
    phan_cong: list[PhanCong] = Field(default_factory=list, description="Giao việc thêm, ngoài các ý kiến trả lời sau")

    @field_validator("han_tra_loi")
    @classmethod
    def _han_cho_y_kien_cho(cls, han_tra_loi: list[HanTraLoi], info: ValidationInfo) -> list[HanTraLoi]:
        """Each deadline names an opinion of the minutes to answer later that has none yet, once,
        and does not fall before the conference."""
        bien_ban = info.data.get("bien_ban")
        if bien_ban is None:
            return han_tra_loi
        by_number = {y.stt: y for y in bien_ban.y_kien}
        problems: list[tuple[tuple[str | int, ...], str]] = []
        seen: set[int] = set()
        for i, item in enumerate(han_tra_loi):
            y = by_number.get(item.y_kien)
            if y is None:
                problems.append(((i, "y_kien"), f"biên bản không có ý kiến số {item.y_kien}"))
            elif y.trang_thai is not TrangThai.tra_loi_sau:
                problems.append(((i, "y_kien"), f"ý kiến số {item.y_kien} không phải ý kiến trả lời sau "
                                 f"({y.trang_thai.nhan})"))
            elif y.han_tra_loi is not None:
                problems.append(((i, "y_kien"), f"biên bản đã ghi hạn trả lời ý kiến số {item.y_kien} "
                                 f"({_text.ngay_so(y.han_tra_loi)}); không giao hạn thứ hai"))
            if item.y_kien in seen:
                problems.append(((i, "y_kien"), f"ý kiến số {item.y_kien} đã được giao hạn ở trên"))
            seen.add(item.y_kien)
            if item.han < bien_ban.ngay:
                problems.append(((i, "han"), "hạn trả lời không thể trước ngày hội nghị"))
        check(problems)
        return han_tra_loi

    @model_validator(mode="before")
    @classmethod
    def _tu_bien_ban(cls, data: Any, info: ValidationInfo) -> Any:
        return _mac_dinh_tu_bien_ban(data, info, lambda bb: {
            "co_quan": bb.co_quan, "dia_danh": bb.dia_danh,
            "trich_yeu": f"Kết luận của chủ trì tại {_text.thuong_dau(bb.trich_yeu)}"})

    @classmethod
    def tu_bien_ban(cls, bien_ban: BienBanDoiThoai, **fields: Any) -> ThongBaoKetLuanDoiThoai:
        """The notice of conclusions of ``bien_ban``; ``fields`` adds or overrides (so, ngay, nguoi_ky…)."""
        return cls.model_validate({**fields, "bien_ban": bien_ban})

    @property
    def ket_luan_chu_tri(self) -> str:
        """The conclusion printed: this notice's, or the minutes'."""
        return self.ket_luan or self.bien_ban.ket_luan

    @property
    def y_kien(self) -> list[YKien]:
        """The minutes' opinions, with the deadlines this notice assigns."""
        han = {item.y_kien: item.han for item in self.han_tra_loi}
        return [y.model_copy(update={"han_tra_loi": han[y.stt]}) if y.stt in han else y
                for y in self.bien_ban.y_kien]

    @property
    def nhom_linh_vuc(self) -> list[NhomLinhVuc]:
        """The opinions grouped by field, in the order fields first appear."""
        return nhom_theo_linh_vuc(self.y_kien)

    @property
    def giao_viec(self) -> list[PhanCong]:
        """Opinions to answer later as assignments (which opinion: its number in the minutes and
        its summary), then the extra assignments."""
        later = [PhanCong(don_vi=y.don_vi_tra_loi or "", han=y.han_tra_loi,
                          nhiem_vu=f"Trả lời {y.cach_tra_loi.nhan} {y.trich}")
                 for y in self.y_kien if y.trang_thai is TrangThai.tra_loi_sau]
        return later + list(self.phan_cong)

    @property
    def chuyen_cap_tren(self) -> list[YKien]:
        """Opinions referred to a higher level."""
        return [y for y in self.bien_ban.y_kien if y.trang_thai is TrangThai.chuyen_cap_tren]

    @property
    def chua_co_han(self) -> list[YKien]:
        """Opinions to answer later that neither the minutes nor this notice give a deadline."""
        return [y for y in self.y_kien if y.trang_thai is TrangThai.tra_loi_sau and y.han_tra_loi is None]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(ket_luan_chu_tri=self.ket_luan_chu_tri, nhom_linh_vuc=self.nhom_linh_vuc,
                       giao_viec=self.giao_viec, chuyen_cap_tren=self.chuyen_cap_tren)
        return context

    def moc_thoi_han(self) -> list[MocThoiHan]:
        return [MocThoiHan("ket_qua_sau_doi_thoai", self.ngay, self.bien_ban.ngay, ("ngay",))]


class NhomLinhVuc(Model):
    """Opinions of one field, numbered in the order fields first appear."""

    stt: int
    linh_vuc: LinhVucY
    y_kien: list[YKien]


def nhom_theo_linh_vuc(y_kien: Sequence[YKien]) -> list[NhomLinhVuc]:
    """Group opinions by field, fields in order of first appearance."""
    groups: dict[LinhVucY, list[YKien]] = {}
    for y in y_kien:
        groups.setdefault(y.linh_vuc, []).append(y)
    return [NhomLinhVuc(stt=i, linh_vuc=k, y_kien=v) for i, (k, v) in enumerate(groups.items(), 1)]


def _mac_dinh_tu_bien_ban(data: Any, info: ValidationInfo, defaults: Any) -> Any:
    """Load ``bien_ban`` if it is a path and fill the fields the minutes already hold."""
    if not isinstance(data, dict) or "bien_ban" not in data:
        return data
    try:
        minutes = nap_tep(data["bien_ban"], info, BienBanDoiThoai, "biên bản hội nghị đối thoại")
    except ValueError as exc:
        raise FieldProblems([(("bien_ban",), str(exc))]) from None
    if not isinstance(minutes, BienBanDoiThoai):
        return data
    filled = {**defaults(minutes), **data, "bien_ban": minutes}
    return filled


__all__ = [
    "BienBanDoiThoai",
    "CachTraLoi",
    "GiayMoiDoiThoai",
    "HanTraLoi",
    "HinhThuc",
    "HoiNghi",
    "KeHoachDoiThoai",
    "KichHoat",
    "KieuHoiNghi",
    "LinhVuc",
    "LinhVucTinh",
    "NhomLinhVuc",
    "PhamVi",
    "ThanhPhanDuKien",
    "ThongBaoDoiThoai",
    "ThongBaoKetLuanDoiThoai",
    "TrangThai",
    "YKien",
]
