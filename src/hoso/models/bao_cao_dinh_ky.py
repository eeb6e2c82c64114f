"""The 6-month or yearly report on supervision, social criticism, comments and dialogue (Luật MTTQ
Điều 30.1; NQLT 403 Điều 22; QĐ 217, 218): every figure counted from the dossiers of the period
(``hoso.so_lieu``), one sentence per table that only states figures; the evaluation, the tasks
ahead and the recommendations are the officer's prose."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, ClassVar, Literal, NamedTuple

from pydantic import BeforeValidator, Field, ValidationInfo, model_validator

from hoso import _text
from hoso.models.chung import BieuDo, FieldProblems, Ngay, VanBanKy, VanBanText, check
from hoso.models.so_lieu import Bang, ConSo, MoKienNghi, SoLieu, ho_so_paths, trich_dan_key


def _nap_so_lieu(value: Any, info: ValidationInfo) -> Any:
    """The folders and files named in YAML become the figures the loader counted from them."""
    paths = ho_so_paths(value)
    if paths is None and isinstance(value, list):  # a list of paths with something else in it
        check([((i,), f"cần đường dẫn thư mục hoặc tệp hồ sơ (chuỗi), không phải {item!r}")
               for i, item in enumerate(value) if not isinstance(item, str)]
              or [((), "cần ít nhất một thư mục hoặc tệp hồ sơ")])
    if paths is None:
        return value
    found = (info.context or {}).get("trich_dan", {}).get(trich_dan_key(paths))
    if found is None:
        raise ValueError(f"ho_so {', '.join(paths)}: hồ sơ chỉ đếm được khi nạp bằng hoso.load; hãy truyền "
                         "hoso.so_lieu(thư_mục, tu_ngay=…, den_ngay=…)")
    if isinstance(found, FieldProblems):  # paths that do not exist, each at its item
        raise found
    if isinstance(found, str):
        raise ValueError(found)
    return found


#: The figures of the period: a folder of dossiers (counted by the loader) or ``hoso.so_lieu(...)``.
HoSo = Annotated[SoLieu, BeforeValidator(_nap_so_lieu)]


class BaoCaoDinhKy(VanBanKy):
    """Báo cáo định kỳ (6 tháng, năm) kết quả giám sát, phản biện xã hội, góp ý và đối thoại."""

    VIET_TAT: ClassVar[str] = "BC"
    TEN_LOAI: ClassVar[str] = "BÁO CÁO"
    HO_SO: ClassVar[tuple[str, ...]] = ("ho_so",)

    loai: Literal["bao_cao_dinh_ky"] = Field("bao_cao_dinh_ky", description="Loại văn bản: bao_cao_dinh_ky")
    tu_ngay: Ngay = Field(description="Kỳ báo cáo: từ ngày (thường 15/12 năm trước hoặc 01/01)")
    den_ngay: Ngay = Field(description="Kỳ báo cáo: đến ngày")
    ho_so: HoSo = Field(description="Thư mục hồ sơ của kỳ (tính từ tệp này), hoặc danh sách thư mục và tệp: mọi "
                        "văn bản trong đó được đếm; thư mục chỉ có bảng tính .xlsx (của các xã gửi lên): cộng các "
                        "bảng tính")
    mo_dau: VanBanText | None = Field(None, description="Đoạn mở đầu (căn cứ, việc thực hiện chung)")
    giam_sat: VanBanText | None = Field(None, description="Nhận xét thêm về công tác giám sát (in sau bảng số liệu)")
    phan_bien: VanBanText | None = Field(None, description="Nhận xét thêm về công tác phản biện xã hội")
    gop_y: VanBanText | None = Field(None, description="Nhận xét thêm về công tác góp ý")
    doi_thoai: VanBanText | None = Field(None, description="Nhận xét thêm về hội nghị đối thoại")
    danh_gia: VanBanText = Field(description="Đánh giá chung: ưu điểm, hạn chế, nguyên nhân")
    phuong_huong: VanBanText = Field(description="Phương hướng, nhiệm vụ kỳ tới")
    ke_hoach_ky_toi: list[VanBanText] = Field(
        default_factory=list, description="Các việc của chương trình kỳ tới, mỗi việc một dòng")
    kien_nghi: VanBanText | None = Field(None, description="Kiến nghị, đề xuất với cấp trên")
    bieu_do: bool = Field(True, description="In biểu đồ ý kiến theo lĩnh vực và kiến nghị theo tình trạng")

    @model_validator(mode="after")
    def _cung_ky(self) -> BaoCaoDinhKy:
        problems: list[tuple[tuple[str | int, ...], str]] = []
        if self.den_ngay < self.tu_ngay:
            problems.append((("den_ngay",), f"đến ngày ({_text.ngay_so(self.den_ngay)}) trước từ ngày "
                                            f"({_text.ngay_so(self.tu_ngay)})"))
        elif (self.ho_so.tu_ngay, self.ho_so.den_ngay) != (self.tu_ngay, self.den_ngay):
            problems.append((("ho_so",), f"số liệu của kỳ {_text.ngay_so(self.ho_so.tu_ngay)}–"
                                         f"{_text.ngay_so(self.ho_so.den_ngay)}, khác kỳ báo cáo"))
        if self.ngay < self.den_ngay:
            problems.append((("ngay",), f"báo cáo đề ngày {_text.ngay_so(self.ngay)}, trước khi hết kỳ báo cáo "
                                        f"({_text.ngay_so(self.den_ngay)})"))
        check(problems)
        return self

    @property
    def ky(self) -> str:
        """``từ ngày 01/01/2026 đến ngày 30/6/2026``."""
        return f"từ ngày {_text.ngay_so(self.tu_ngay)} đến ngày {_text.ngay_so(self.den_ngay)}"

    @property
    def nhan_xet(self) -> dict[str, str]:
        """One sentence per table that only states its figures."""
        return {b.ma: _NHAN_XET[b.ma](b) for b in self.ho_so.bang if b.ma in _NHAN_XET}

    def cac_bieu_do(self) -> list[BieuDo]:
        """Opinions by field and recommendations after supervision by status, when asked for and
        there is something to draw."""
        if not self.bieu_do:
            return []
        fields = self.ho_so.bang_ma("doi_thoai_linh_vuc")
        recommendations = self.ho_so.bang_ma("giam_sat_kien_nghi")
        statuses = [c for c in recommendations.cot if c.ma not in ("kien_nghi", "da_tra_loi")]
        charts = [BieuDo(ma="y_kien_linh_vuc", tieu_de="Ý kiến của Nhân dân theo lĩnh vực",
                         nhan=tuple(d.ten for d in fields.dong), so=tuple(d.o[0].so for d in fields.dong)),
                  BieuDo(ma="kien_nghi_tinh_trang", tieu_de="Kiến nghị sau giám sát theo tình trạng",
                         nhan=tuple(c.ten for c in statuses),
                         so=tuple(recommendations.o("tong", c.ma).so for c in statuses))]
        return [c for c in charts if any(c.so)]

    def ngu_canh(self) -> dict[str, Any]:
        context = super().ngu_canh()
        context.update(ky=self.ky, bang={b.ma: b for b in self.ho_so.bang}, nhan_xet=self.nhan_xet,
                       mo_kien_nghi=_theo_van_ban(self.ho_so.mo_kien_nghi),
                       hinh={c.ma: c.marker for c in self.cac_bieu_do()})
        return context


class DongKienNghi(NamedTuple):
    """One line of the open recommendations: the letter's heading when it opens the letter's items
    (``dau``), and the line itself."""

    dau: str
    dong: str


def _theo_van_ban(items: Sequence[MoKienNghi]) -> list[DongKienNghi]:
    """The open recommendations grouped by letter and addressee, in order: a letter with one item
    in one line, ``- Văn bản số … gửi … (chưa trả lời, đã 32 ngày): …``; with several, a heading
    ``- Văn bản số … gửi …, 5 kiến nghị (chưa trả lời, đã 201 ngày):`` and one ``+ …`` line each,
    each led by its status when the letter's items differ in status."""
    letters: dict[tuple[str, str], list[MoKienNghi]] = {}
    for k in items:
        letters.setdefault((k.van_ban, k.gui), []).append(k)
    lines = []
    for (van_ban, gui), group in letters.items():
        statuses = list(dict.fromkeys(k.tinh_trang for k in group))
        status = f"{statuses[0]}, " if len(statuses) == 1 else ""
        age = f"đã {group[0].so_ngay} ngày"
        if len(group) == 1:
            lines.append(DongKienNghi("", f"- {van_ban} gửi {gui} ({status}{age}): {group[0].noi_dung}"))
            continue
        heading = f"- {van_ban} gửi {gui}, {len(group)} kiến nghị ({status}{age}):"
        lines += [DongKienNghi(heading if i == 0 else "",
                               f"+ {'' if status else _text.hoa_dau(k.tinh_trang) + ': '}{k.noi_dung}")
                  for i, k in enumerate(group)]
    return lines


def _o(b: Bang, dong: str, cot: str) -> ConSo:
    return b.o(dong, cot)


def _ty_le(part: ConSo, whole: ConSo) -> str:
    """`` (chiếm 52,6%)`` when both counts are exact and there is a whole; else nothing."""
    if not (part.chinh_xac and whole.chinh_xac and whole.so):
        return ""
    return f" (chiếm {_text.phan_tram(part.so, whole.so)})"


def _doi_thoai(b: Bang) -> str:
    def so(dong: str) -> ConSo:
        return _o(b, dong, "so")

    if so("hoi_nghi").so == 0:
        return "Trong kỳ không tổ chức hội nghị đối thoại."
    return (f"Trong kỳ tổ chức {so('hoi_nghi').in_ra} hội nghị đối thoại, "
            f"{so('co_mat').trong_cau('người dự', 'người')}; Nhân dân nêu {so('y_kien').in_ra} ý kiến, trong đó "
            f"{so('da_tra_loi').in_ra} ý kiến được trả lời tại hội nghị"
            f"{_ty_le(so('da_tra_loi'), so('y_kien'))}, {so('tra_loi_sau').in_ra} ý kiến trả lời sau hội nghị, "
            f"{so('chuyen_cap_tren').in_ra} ý kiến chuyển cơ quan có thẩm quyền; {so('qua_han').in_ra} ý kiến "
            f"trả lời sau đã quá hạn, {so('chua_co_han').in_ra} ý kiến chưa có hạn trả lời.")


def _linh_vuc(b: Bang) -> str:
    if not b.dong:
        return "Không có ý kiến nào trong kỳ."
    most = max(d.o[0].so for d in b.dong)
    top = [d.ten[:1].lower() + d.ten[1:] for d in b.dong if d.o[0].so == most]
    return f"Lĩnh vực có nhiều ý kiến nhất: {', '.join(top)} ({most} ý kiến mỗi lĩnh vực)." if len(top) > 1 else \
        f"Lĩnh vực có nhiều ý kiến nhất: {top[0]} ({most} ý kiến)."


def _giam_sat(b: Bang) -> str:
    led, joined = _o(b, "tong", "chu_tri"), _o(b, "tong", "tham_gia")
    return (f"Trong kỳ có {(led + joined).in_ra} cuộc giám sát: {led.in_ra} cuộc do Ủy ban Mặt trận Tổ quốc Việt "
            f"Nam chủ trì, {joined.in_ra} cuộc do tổ chức chính trị - xã hội chủ trì hoặc tham gia cùng cơ quan, "
            "tổ chức có thẩm quyền.")


def _chu_tri(b: Bang) -> str:
    return f"Các cuộc giám sát do {len(b.dong)} cơ quan, tổ chức chủ trì." if b.dong else \
        "Trong kỳ không có cuộc giám sát nào."


def _kien_nghi_giam_sat(b: Bang) -> str:
    total = _o(b, "tong", "kien_nghi")
    if total.so == 0:
        return "Trong kỳ không có kiến nghị sau giám sát."
    answered = _o(b, "tong", "da_tra_loi")
    return (f"Sau giám sát có {total.in_ra} kiến nghị với {len(b.dong)} cơ quan, tổ chức; {answered.in_ra} kiến "
            f"nghị đã được trả lời{_ty_le(answered, total)}, {_o(b, 'tong', 'da_giai_quyet').in_ra} kiến nghị đã "
            f"giải quyết, {_o(b, 'tong', 'chua_tra_loi').in_ra} kiến nghị chưa được trả lời.")


def _phan_bien(b: Bang) -> str:
    return f"Trong kỳ phản biện xã hội {_o(b, 'tong', 'du_thao').in_ra} dự thảo văn bản."


def _tra_loi(b: Bang, dong: str, ten: str) -> str:
    def so(cot: str) -> str:
        return _o(b, dong, cot).in_ra

    return (f"{so('tiep_thu')} {ten} được tiếp thu, {so('giai_trinh')} được giải trình, {so('khong_tiep_thu')} "
            f"không được tiếp thu, {so('chua_tra_loi')} chưa có văn bản trả lời.")


def _kien_nghi_phan_bien(b: Bang) -> str:
    total = _o(b, "kien_nghi", "kien_nghi")
    return f"Các văn bản phản biện xã hội nêu {total.in_ra} kiến nghị; " + _tra_loi(b, "kien_nghi", "kiến nghị")


def _gop_y(b: Bang) -> str:
    return (f"Trong kỳ có {_o(b, 'gop_y', 'van_ban').in_ra} văn bản góp ý với {_o(b, 'gop_y', 'y_kien').in_ra} ý "
            "kiến, kiến nghị; theo các văn bản trả lời: " + _tra_loi(b, "gop_y", "ý kiến"))


_NHAN_XET = {
    "doi_thoai": _doi_thoai, "doi_thoai_linh_vuc": _linh_vuc, "giam_sat_hinh_thuc": _giam_sat,
    "giam_sat_chu_tri": _chu_tri, "giam_sat_kien_nghi": _kien_nghi_giam_sat, "phan_bien_hinh_thuc": _phan_bien,
    "phan_bien_kien_nghi": _kien_nghi_phan_bien, "gop_y": _gop_y,
}
