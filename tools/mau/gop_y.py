"""Template of the written comments (QĐ 218)."""

from __future__ import annotations

from hoso._layout import Chu
from mau.builder import Builder, muc


def van_ban_gop_y(b: Builder) -> None:
    """Văn bản góp ý (QĐ 218): a letter with comments grouped by subject, recommendations, a request."""
    bold = Chu(b.tt.noi_dung.co, dam=True)
    b.header(cong_van=True)
    b.kinh_gui()
    b.body("{{ mo_dau }}")
    b.tag(b.doc, "{%p for g in nhom_y_kien %}")
    b.label(("{{ loop.index }}. {{ g.noi_dung }}", bold))
    b.items("g.y_kien", "y", muc("{{ y }}"))
    b.tag(b.doc, "{%p endfor %}")
    b.tag(b.doc, "{%p if kien_nghi %}")
    b.label(("{{ nhom_y_kien|length + 1 }}. Kiến nghị", bold))
    b.items("kien_nghi", "k", muc("{{ k }}"))
    b.tag(b.doc, "{%p endif %}")
    b.body("{{ de_nghi_phan_hoi }}{% if han_phan_hoi %} trước {{ han_phan_hoi }}{% endif %}./.")
    b.signature(nhu_tren=True)


BUILDERS = {
    "van_ban_gop_y": van_ban_gop_y,
}
