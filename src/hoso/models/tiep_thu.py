"""The receiving side's reply to comments and recommendations (Quy định 1415-QĐ/TU; QĐ 218), to the
recommendations after a supervision (Luật MTTQ Điều 29.6) and to a social criticism (Điều 36.3)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from hoso import _text
from hoso.models.chung import (
    UP,
    CongVan,
    MocThoiHan,
    Model,
    Ngay,
    NhanEnum,
    SoNguyen,
    VanBan,
    VanBanText,
    check,
    dat_nhan,
    nap_tep,
)
from hoso.models.doi_thoai import BienBanDoiThoai, TrangThai
from hoso.models.giam_sat_bien_ban import KienNghi
from hoso.models.giam_sat_ket_qua import KienNghiSauGiamSat, TepKienNghi
from hoso.models.gop_y import VanBanGopY
from hoso.models.nghien_cuu_van_ban import KienNghiSauNghienCuuVanBan, TepNghienCuu
from hoso.models.phan_bien_van_ban import KienNghiPhanBien, TepPhanBien, VanBanPhanBienXaHoi


class KetQua(NhanEnum):
    """What the receiving side does with one comment."""

    tiep_thu = "tiep_thu"
    giai_trinh = "giai_trinh"
    khong_tiep_thu = "khong_tiep_thu"


dat_nhan(KetQua, {"tiep_thu": "Tiếp thu", "giai_trinh": "Giải trình", "khong_tiep_thu": "Không tiếp thu"})


class MucTiepThu(Model):
    """One comment or recommendation and the answer to it."""

    so: SoNguyen | None = Field(None, ge=1, description="Số của kiến nghị (sau giám sát hoặc phản biện) được trả lời")
    y_kien: VanBanText | None = Field(
        None, description="Ý kiến, kiến nghị nhận được (khi trả lời kiến nghị sau giám sát: lấy theo số)")
    ket_qua: KetQua
    noi_dung: VanBanText = Field(description="Nội dung tiếp thu, giải trình, hoặc lý do không tiếp thu")
    vi_tri: VanBanText | None = Field(
        None, description="Trả lời phản biện: tiếp thu tại đâu trong dự thảo, ví dụ 'Điều 3 khoản 2'")
    hanh_dong: VanBanText | None = Field(None, description="Việc sẽ làm")
    don_vi: VanBanText | None = Field(None, description="Đơn vị thực hiện")
    thoi_han: Ngay | None = None

    @model_validator(mode="after")
    def _hanh_dong_co_han(self) -> MucTiepThu:
        check([(("thoi_han",), "việc sẽ làm cần thời hạn")]
              if self.hanh_dong is not None and self.thoi_han is None else [])
        return self


def _y_kien(k: KienNghi | KienNghiPhanBien) -> str:
    """How the reply quotes a recommendation: with its addressee, or the article of the draft."""
    if isinstance(k, KienNghi):
        return f"{k.noi_dung} (kiến nghị với {k.gui})"
    return f"{k.dieu} của dự thảo: {k.noi_dung}" if k.dieu else k.noi_dung


#: The documents a reply answers by number: the field, the kind and its name in messages.
_NGUON: dict[str, tuple[type[VanBan], str]] = {
    "kien_nghi": (KienNghiSauGiamSat, "văn bản kiến nghị sau giám sát"),
    "phan_bien": (VanBanPhanBienXaHoi, "văn bản phản biện xã hội"),
    "nghien_cuu": (KienNghiSauNghienCuuVanBan, "văn bản kiến nghị sau nghiên cứu văn bản"),
}


class VanBanTiepThuGiaiTrinh(CongVan):
    """Văn bản tiếp thu, giải trình: each comment accepted, explained, or declined with a reason."""

    TRICH_DAN: ClassVar[tuple[str, ...]] = tuple(_NGUON)

    loai: Literal["van_ban_tiep_thu_giai_trinh"] = "van_ban_tiep_thu_giai_trinh"
    kien_nghi: TepKienNghi | None = Field(
        None, description="Văn bản kiến nghị sau giám sát được trả lời: đường dẫn tệp; mỗi mục ghi số kiến nghị (so)")
    phan_bien: TepPhanBien | None = Field(
        None, description="Văn bản phản biện xã hội được trả lời: đường dẫn tệp; mỗi mục ghi số kiến nghị (so)")
    nghien_cuu: TepNghienCuu | None = Field(
        None, description="Văn bản kiến nghị sau nghiên cứu văn bản được trả lời: đường dẫn tệp; mỗi mục ghi số (so)")
    van_ban_gop_y: VanBanText | None = Field(
        None, description="Văn bản góp ý được trả lời, ví dụ 'Văn bản số 15/MTTQ-BTT ngày …' (mặc định theo kien_nghi)")
    ngay_nhan: Ngay | None = Field(None, description="Ngày nhận văn bản góp ý (để đối chiếu thời hạn trả lời)")
    mo_dau: VanBanText
    muc: list[MucTiepThu] = Field(min_length=1)
    bao_cao_ban_hanh: VanBanText | None = Field(
        None, description="Trả lời phản biện: việc báo cáo ý kiến phản biện với cơ quan có thẩm quyền ban hành")
    ket_thuc: VanBanText | None = None

    @field_validator("muc")
    @classmethod
    def _can_y_kien(cls, muc: list[MucTiepThu], info: ValidationInfo) -> list[MucTiepThu]:
        """Without a recommendation letter (kien_nghi), the reply says what it answers."""
        if any(name not in info.data or info.data[name] is not None for name in _NGUON):
            return muc  # taken from the letter (or the letter failed and is reported)
        problems: list[tuple[tuple[str | int, ...], str]] = [
            ((i, "y_kien"), "thiếu trường bắt buộc này") for i, m in enumerate(muc) if m.y_kien is None]
        if "van_ban_gop_y" in info.data and info.data["van_ban_gop_y"] is None:
            problems.append(((UP, "van_ban_gop_y"), "thiếu trường bắt buộc này"))
        check(problems)
        return muc

    @model_validator(mode="before")
    @classmethod
    def _tu_kien_nghi(cls, data: Any, info: ValidationInfo) -> Any:
        """Answering a recommendation letter or a criticism document: the cited document and each
        item's text come from it, by number."""
        if not isinstance(data, dict):
            return data
        field = next((name for name in _NGUON if data.get(name) is not None), None)
        if field is None:
            return data
        kind, ten = _NGUON[field]
        try:
            letter = nap_tep(data[field], info, kind, ten)
        except ValueError:
            return data  # reported where the field is validated
        if not isinstance(letter, KienNghiSauGiamSat | VanBanPhanBienXaHoi | KienNghiSauNghienCuuVanBan):
            return data
        by_number = {k.so: _y_kien(k) for k in letter.kien_nghi}
        problems: list[tuple[tuple[str | int, ...], str]] = []
        items = data.get("muc")
        if isinstance(items, list):
            filled = []
            for i, item in enumerate(items):
                if isinstance(item, dict) and "y_kien" not in item:
                    found = by_number.get(item.get("so"))
                    if found is None:
                        problems.append((("muc", i, "so"), f"cần số của một kiến nghị trong Văn bản số "
                                         f"{letter.ky_hieu} (có số {', '.join(str(n) for n in by_number)})"))
                    else:
                        item = {**item, "y_kien": found}
                filled.append(item)
            data = {**data, "muc": filled}
        check(problems)
        cited = f"Văn bản số {letter.ky_hieu} ngày {_text.ngay_so(letter.ngay)} về {letter.trich_yeu[:1].lower()}" \
                f"{letter.trich_yeu[1:]}"
        return {**data, field: letter, "van_ban_gop_y": data.get("van_ban_gop_y", cited)}

    @model_validator(mode="after")
    def _tra_loi_phan_bien(self) -> VanBanTiepThuGiaiTrinh:
        """A reply to a criticism says where each accepted recommendation went in the draft and that
        the criticism was reported to the issuing authority (Luật MTTQ Điều 36.3)."""
        if self.phan_bien is None:
            return self
        problems: list[tuple[tuple[str | int, ...], str]] = [
            (("muc", i, "vi_tri"), "kiến nghị được tiếp thu: ghi tiếp thu tại đâu trong dự thảo, ví dụ 'Điều 3 "
                                   "khoản 2'") for i, m in enumerate(self.muc)
            if m.ket_qua is KetQua.tiep_thu and m.vi_tri is None]
        if self.bao_cao_ban_hanh is None:
            problems.append((("bao_cao_ban_hanh",), "cơ quan chủ trì soạn thảo báo cáo ý kiến phản biện xã hội với "
                                                    f"{self.phan_bien.du_thao.co_quan_ban_hanh} (Luật MTTQ Điều 36.3):"
                                                    " ghi việc đã báo cáo"))
        check(problems)
        return self

    @model_validator(mode="after")
    def _mot_nguon(self) -> VanBanTiepThuGiaiTrinh:
        """A reply answers one document by number."""
        given = [name for name in _NGUON if getattr(self, name) is not None]
        check([((name,), f"một văn bản trả lời một văn bản: đã có {given[0]} ({_NGUON[given[0]][1]}), bỏ {name}")
               for name in given[1:]])
        return self

    @classmethod
    def khung_tu(cls, nguon: VanBanGopY | BienBanDoiThoai | Sequence[BienBanDoiThoai]) -> dict[str, Any]:
        """A draft to complete: one item per comment or recommendation (or per minutes opinion
        not settled at the conference, from one set of minutes or several); ``kinh_gui``,
        ``ket_qua`` and ``noi_dung`` are left empty, so loading the draft as it is lists exactly
        what remains to fill in."""
        if isinstance(nguon, VanBanGopY):
            items = [f"{n.noi_dung}: {y}" for n in nguon.nhom_y_kien for y in n.y_kien] + list(nguon.kien_nghi)
            cited = f"Văn bản số {nguon.ky_hieu} ngày {_text.ngay_so(nguon.ngay)}"
        else:
            minutes = [nguon] if isinstance(nguon, BienBanDoiThoai) else list(nguon)
            items = [f"{y.nguoi_neu.ten_goi}{f' ({y.nguoi_neu.dia_chi})' if y.nguoi_neu.dia_chi else ''}: {y.noi_dung}"
                     for bb in minutes for y in bb.y_kien if y.trang_thai is not TrangThai.da_tra_loi]
            cited = "; ".join(f"Biên bản hội nghị đối thoại số {bb.ky_hieu} ngày {_text.ngay_so(bb.ngay)}"
                              for bb in minutes)
        return {"loai": "van_ban_tiep_thu_giai_trinh", "van_ban_gop_y": cited, "kinh_gui": [],
                "muc": [{"y_kien": text, "ket_qua": None, "noi_dung": None} for text in items]}

    def moc_thoi_han(self) -> list[MocThoiHan]:
        if self.phan_bien is not None:
            return [MocThoiHan("tra_loi_phan_bien", self.ngay, self.ngay_nhan or self.phan_bien.ngay, ("ngay",))]
        # A study of documents is a form of supervision: its recommendations have the same reply rule.
        letter = self.kien_nghi or self.nghien_cuu
        if letter is not None:
            return [MocThoiHan("tra_loi_kien_nghi_giam_sat", self.ngay, self.ngay_nhan or letter.ngay, ("ngay",))]
        if self.ngay_nhan is None:
            return []
        return [MocThoiHan("tra_loi_gop_y", self.ngay, self.ngay_nhan, ("ngay",))]
