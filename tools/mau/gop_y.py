"""Template of the written comments (QĐ 218)."""

from __future__ import annotations

from mau.builder import Builder, muc, title


def van_ban_gop_y(b: Builder) -> None:
    """Văn bản góp ý (QĐ 218): a letter with comments grouped by subject, recommendations, a request."""
    b.header(cong_van=True)
    b.kinh_gui()
    b.body("{{ mo_dau }}")
    b.tag(b.doc, "{%p for g in nhom_y_kien %}")
    b.tag(b.doc, "{%p set g_stt = loop.index %}")
    b.items("g.y_kien", "y", muc("{{ y }}"), titles=[title("{{ g_stt }}. {{ g.noi_dung }}")])
    b.tag(b.doc, "{%p endfor %}")
    b.tag(b.doc, "{%p if kien_nghi %}")
    b.items("kien_nghi", "k", muc("{{ k }}"), titles=[title("{{ nhom_y_kien|length + 1 }}. Kiến nghị")])
    b.tag(b.doc, "{%p endif %}")
    b.body("{{ de_nghi_phan_hoi }}{% if han_phan_hoi %} trước {{ han_phan_hoi }}{% endif %}./.",
           last=True)
    b.signature(nhu_tren=True)


BUILDERS = {
    "van_ban_gop_y": van_ban_gop_y,
}
