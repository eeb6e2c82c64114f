"""Template of the recommendation letter after a supervision by study of documents (NQLT 403 Điều 5)."""

from __future__ import annotations

from hoso._layout import Chu
from mau.builder import Builder, muc, title


def kien_nghi_sau_nghien_cuu_van_ban(b: Builder) -> None:
    """The document studied and how, the findings, the numbered recommendations each to its body,
    and the request to reply in writing."""
    bold = Chu(b.tt.noi_dung.co, dam=True)
    b.header(cong_van=True)
    b.kinh_gui()
    b.body("Thực hiện chức năng giám sát theo Điều 27 Luật Mặt trận Tổ quốc Việt Nam, {{ ben_giam_sat }} đã "
           "{{ cach }} đối với {{ van_ban }}. Kết quả như sau:")
    b.items("ket_qua", "k", muc("{{ k }}"), titles=[title("I. KẾT QUẢ NGHIÊN CỨU, XEM XÉT")])
    b.items("kien_nghi", "k", ("Kiến nghị {{ k.so }}. Với {{ k.gui }}: ", bold), "{{ k.noi_dung }}",
            titles=[title("II. KIẾN NGHỊ")])
    b.body("Đề nghị các cơ quan xem xét, giải quyết và trả lời bằng văn bản các kiến nghị nêu trên "
           "(khoản 6 Điều 29 Luật Mặt trận Tổ quốc Việt Nam)./.", last=True)
    b.signature(nhu_tren=True)


BUILDERS = {"kien_nghi_sau_nghien_cuu_van_ban": kien_nghi_sau_nghien_cuu_van_ban}
