"""Template of the periodic (6-month, yearly) report: figures counted from the dossiers, one table
per group of figures with its sentence, the open recommendations with their age, the charts, then
the officer's evaluation, tasks ahead and recommendations."""

from __future__ import annotations

from docx.shared import Pt

from hoso._layout import Chu
from mau.builder import Builder, muc, title

#: Widths (twips): the STT column, the widest figure column, the narrowest label column, and the
#: figure column of the dialogue table, whose counts of people may carry "(chưa kể …)".
_STT, _SO, _NHAN, _SO_GHI_CHU = 760, 2000, 2400, 3900


def _bang(b: Builder, ma: str, nhan: str, so_cot: int, *, tong: bool = True, nhan_rong: int = _NHAN,
          so_rong: int = _SO) -> None:
    """The sentence stating the table's figures, kept with the table: STT, label, one column per
    figure (headings from the data, as in the workbook), and the total row. The figure columns
    share what the label leaves (``nhan_rong`` at least), up to ``so_rong`` each."""
    b.label("{{ nhan_xet." + ma + " }}")
    width = b.tt.cot_trai + b.tt.cot_phai
    so = min(so_rong, (width - _STT - nhan_rong) // so_cot)
    columns = range(so_cot)
    b.loop_table((_STT, width - _STT - so_cot * so, *(so,) * so_cot),
                 ("STT", nhan, *(f"{{{{ bang.{ma}.cot[{i}].ten }}}}" for i in columns)), f"r in bang.{ma}.dong",
                 ("{{ loop.index }}", "{{ r.ten }}", *(f"{{{{ r.o[{i}].in_ra }}}}" for i in columns)),
                 centred=(0, *(i + 2 for i in columns)),
                 total=("", "Tổng cộng", *(f"{{{{ bang.{ma}.tong[{i}].in_ra }}}}" for i in columns)) if tong else None)


def _neu_co(b: Builder, field: str) -> None:
    """The officer's own paragraph on a section, when written."""
    b.tag(b.doc, f"{{%p if {field} %}}")
    b.body(f"{{{{ {field} }}}}")
    b.tag(b.doc, "{%p endif %}")


def _hinh(b: Builder, ma: str) -> None:
    """The chart ``ma``, centred across the text, when the document draws it."""
    b.tag(b.doc, f"{{%p if '{ma}' in hinh %}}")
    b.para(b.doc, b.tt.noi_dung, f"{{{{ hinh.{ma} }}}}").paragraph_format.space_before = Pt(6)
    b.tag(b.doc, "{%p endif %}")


def _phuong_huong(b: Builder, *, last: bool) -> None:
    """III: the tasks ahead, then the programme's items; ``last``: they end the body."""
    heading = [title("III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI")]
    if not last:
        b.titled(heading, "{{ phuong_huong }}")
        b.items("ke_hoach_ky_toi", "v", muc("{{ v }}"))
        return
    b.tag(b.doc, "{%p if ke_hoach_ky_toi %}")
    b.titled(heading, "{{ phuong_huong }}")
    b.items("ke_hoach_ky_toi", "v", "- {{ v }}{% if loop.last %}./.{% else %};{% endif %}", last=True)
    b.tag(b.doc, "{%p else %}")
    b.titled(heading, "{{ phuong_huong|het }}", last=True)
    b.tag(b.doc, "{%p endif %}")


def bao_cao_dinh_ky(b: Builder) -> None:
    """Báo cáo định kỳ kết quả giám sát, phản biện xã hội, góp ý và đối thoại."""
    bold = Chu(b.tt.noi_dung.co, dam=True)
    b.header()
    b.title("BÁO CÁO")
    _neu_co(b, "mo_dau")
    b.titled([title("I. KẾT QUẢ THỰC HIỆN")], "Số liệu tổng hợp từ hồ sơ các văn bản trong kỳ báo cáo, {{ ky }}.")
    b.label(("1. Công tác giám sát", bold))
    _bang(b, "giam_sat_hinh_thuc", "Hình thức giám sát", 2)
    b.tag(b.doc, "{%p if bang.giam_sat_chu_tri.dong %}")
    _bang(b, "giam_sat_chu_tri", "Cơ quan, tổ chức chủ trì", 1)
    b.tag(b.doc, "{%p endif %}")
    _bang(b, "giam_sat_kien_nghi", "Nơi nhận kiến nghị", 7)
    _hinh(b, "kien_nghi_tinh_trang")
    _neu_co(b, "giam_sat")
    b.label(("2. Công tác phản biện xã hội", bold))
    _bang(b, "phan_bien_hinh_thuc", "Hình thức phản biện", 1)
    _bang(b, "phan_bien_kien_nghi", "Nội dung", 5, tong=False, nhan_rong=1800)
    _neu_co(b, "phan_bien")
    b.label(("3. Công tác góp ý xây dựng Đảng, xây dựng chính quyền", bold))
    _bang(b, "gop_y", "Nội dung", 6, tong=False, nhan_rong=1500)
    _neu_co(b, "gop_y")
    b.label(("4. Hội nghị đối thoại", bold))
    _bang(b, "doi_thoai", "Nội dung", 1, tong=False, so_rong=_SO_GHI_CHU)
    b.tag(b.doc, "{%p if bang.doi_thoai_linh_vuc.dong %}")
    _bang(b, "doi_thoai_linh_vuc", "Lĩnh vực", 4)
    b.tag(b.doc, "{%p endif %}")
    _hinh(b, "y_kien_linh_vuc")
    _neu_co(b, "doi_thoai")
    b.items("mo_kien_nghi", "k", "{{ k.dong }}", titles=[title("5. Kiến nghị chưa được giải quyết xong")],
            each=[title(("{{ k.dau }}", b.tt.noi_dung), when="k.dau", dai=True)],
            empty="Không có kiến nghị nào còn chưa được giải quyết.")
    b.titled([title("II. ĐÁNH GIÁ CHUNG")], "{{ danh_gia }}")
    b.tag(b.doc, "{%p if kien_nghi %}")
    _phuong_huong(b, last=False)
    b.titled([title("IV. KIẾN NGHỊ, ĐỀ XUẤT")], "{{ kien_nghi|het }}", last=True)
    b.tag(b.doc, "{%p else %}")
    _phuong_huong(b, last=True)
    b.tag(b.doc, "{%p endif %}")
    b.signature()


BUILDERS = {
    "bao_cao_dinh_ky": bao_cao_dinh_ky,
}
