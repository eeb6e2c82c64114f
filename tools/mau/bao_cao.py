"""Template of the dialogue results report (figures computed from the minutes)."""

from __future__ import annotations

from hoso._layout import Chu
from mau.builder import Builder, title


def bao_cao_ket_qua_doi_thoai(b: Builder) -> None:
    """Báo cáo kết quả (domain.md §4.16): the figures come from the minutes."""
    bold = Chu(b.tt.noi_dung.co, dam=True)
    b.header()
    b.title("BÁO CÁO")
    b.titled([title("I. KẾT QUẢ TỔ CHỨC {{ kieu.ngan|upper }}")], ("1. Số {{ kieu.ngan }}: ", bold),
             "{{ so_hoi_nghi }}.")
    b.items("bien_ban", "bb", "- {{ bb.ngay }}, tại {{ bb.dia_diem }}: mời {{ bb.tong_moi }}, có mặt"
            " {{ bb.tong_co_mat }}, {{ bb.y_kien|length }} ý kiến{% if loop.last %}.{% else %};{% endif %}")
    b.body(("2. Đại biểu: ", bold), "được mời {{ tong_moi_in_ra }}; có mặt {{ tong_co_mat_in_ra }}.")
    b.body(("3. Ý kiến của Nhân dân: ", bold), "tổng số {{ so_y_kien }} ý kiến; trả lời tại {{ kieu.ngan }}"
           " {{ so_da_tra_loi }} ({{ ty_le_da_tra_loi }}); trả lời bằng văn bản sau {{ kieu.ngan }}"
           " {{ so_tra_loi_sau }};"
           " chuyển cấp trên {{ so_chuyen_cap_tren }}.")
    b.label(("4. Ý kiến theo lĩnh vực:", bold))
    b.loop_table((900, 5455, 3000), ("STT", "Lĩnh vực", "Số ý kiến"), "r in theo_linh_vuc",
                 ("{{ loop.index }}", "{{ r.linh_vuc.nhan|hoa_dau }}", "{{ r.so }}"), centred=(0, 2),
                 total=("", "Tổng cộng", "{{ so_y_kien }}"))
    b.titled([title("II. ĐÁNH GIÁ")], "{{ danh_gia }}")
    b.tag(b.doc, "{%p if kien_nghi %}")
    b.titled([title("III. PHƯƠNG HƯỚNG, NHIỆM VỤ")], "{{ phuong_huong }}")
    b.titled([title("IV. KIẾN NGHỊ")], "{{ kien_nghi|het }}", last=True)
    b.tag(b.doc, "{%p else %}")
    b.titled([title("III. PHƯƠNG HƯỚNG, NHIỆM VỤ")], "{{ phuong_huong|het }}", last=True)
    b.tag(b.doc, "{%p endif %}")
    b.signature()


BUILDERS = {
    "bao_cao_ket_qua_doi_thoai": bao_cao_ket_qua_doi_thoai,
}
