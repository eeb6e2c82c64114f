"""Template of the reply that receives and explains comments (QĐ 1415)."""

from __future__ import annotations

from hoso._layout import Chu
from mau.builder import Builder


def van_ban_tiep_thu_giai_trinh(b: Builder) -> None:
    """Văn bản tiếp thu, giải trình (QĐ 1415): one table row per comment with its outcome."""
    b.header(cong_van=True)
    b.kinh_gui()
    b.body("{{ mo_dau }}")
    b.label(("Tổng hợp tiếp thu, giải trình ý kiến tại {{ van_ban_gop_y }}:", Chu(b.tt.noi_dung.co, dam=True)))
    b.loop_table((750, 2700, 1300, 2905, 1700),
                 ("STT", "Ý kiến, kiến nghị", "Kết quả", "Nội dung tiếp thu, giải trình", "Thực hiện"),
                 "m in muc",
                 ("{% if m.so %}{{ m.so }}{% else %}{{ loop.index }}{% endif %}", "{{ m.y_kien }}", "{{ m.ket_qua }}",
                  "{{ m.noi_dung }}{% if m.vi_tri %} (tiếp thu tại {{ m.vi_tri }} của dự thảo){% endif %}",
                  "{% if m.hanh_dong %}{{ m.hanh_dong }}{% if m.don_vi %} ({{ m.don_vi }}){% endif %};"
                  " {{ m.thoi_han|ngay_so }}{% endif %}"), centred=(0, 2))
    b.tag(b.doc, "{%p if bao_cao_ban_hanh %}")
    b.body("{{ bao_cao_ban_hanh }}")
    b.tag(b.doc, "{%p endif %}")
    b.body("{% if ket_thuc %}{{ ket_thuc|het }}{% else %}./.{% endif %}", last=True)
    b.signature(nhu_tren=True)


BUILDERS = {
    "van_ban_tiep_thu_giai_trinh": van_ban_tiep_thu_giai_trinh,
}
