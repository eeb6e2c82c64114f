"""Templates of the social-criticism dossier (Luật MTTQ Chương VI, NQLT 403 Điều 14–19): plan, the
request for the draft, the letter asking for written criticism, the invitation, the minutes and the
criticism document. All are the Front's."""

from __future__ import annotations

from hoso._layout import Chu
from mau import doi_thoai
from mau.builder import Builder, muc, title
from mau.giam_sat import TRONG_CAU, mo_dau_ke_hoach


def _lien_he(b: Builder) -> None:
    """The optional contact line of a letter."""
    b.tag(b.doc, "{%p if lien_he %}")
    b.body("Thông tin liên hệ: {{ lien_he }}.")
    b.tag(b.doc, "{%p endif %}")


#: ``Thực hiện Kế hoạch số …, `` when the letter cites the plan.
THUC_HIEN = "{% if ke_hoach %}Thực hiện {{ ke_hoach }}, {% endif %}"


def ke_hoach_phan_bien(b: Builder) -> None:
    """Kế hoạch phản biện xã hội (Luật MTTQ Điều 35.1): the draft, the five contents of Điều 33.2,
    the form (Điều 34), participants (NQLT 403 Điều 14.2), time and place, tasks."""
    bold = Chu(b.tt.noi_dung.co, dam=True)
    b.header()
    b.title("KẾ HOẠCH")
    b.can_cu()
    mo_dau_ke_hoach(b, "phản biện xã hội")
    b.titled([title("II. DỰ THẢO VĂN BẢN ĐƯỢC PHẢN BIỆN")], ("1. Tên dự thảo: ", bold), "{{ du_thao.ten }}.")
    b.body(("2. Cơ quan chủ trì soạn thảo: ", bold), "{{ du_thao.co_quan_soan_thao }}.")
    b.body(("3. Cơ quan có thẩm quyền ban hành: ", bold), "{{ du_thao.co_quan_ban_hanh }}.")
    b.tag(b.doc, "{%p if du_thao.ngay_nhan or du_thao.ngay_trinh %}")
    b.body(("4. Thời hạn: ", bold),
           "{% if du_thao.ngay_nhan %}Mặt trận nhận dự thảo ngày {{ du_thao.ngay_nhan|ngay_so }}"
           "{% if du_thao.ngay_trinh %}; {% endif %}{% endif %}"
           "{% if du_thao.ngay_trinh %}dự kiến trình ngày {{ du_thao.ngay_trinh|ngay_so }}{% endif %}.")
    b.tag(b.doc, "{%p endif %}")
    b.items("noi_dung_phan_bien", "n", "{{ loop.index }}. {{ n|hoa_dau }}{% if loop.last %}.{% else %};{% endif %}",
            titles=[title("III. NỘI DUNG PHẢN BIỆN"),
                    title("Phản biện xã hội theo các nội dung tại khoản 2 Điều 33 Luật Mặt trận Tổ quốc Việt Nam:")])
    b.items("trong_tam", "t", muc("{{ t }}"), titles=[title("Tập trung phản biện:")])
    b.items("hinh_thuc", "h", muc("{{ h.nhan|hoa_dau }}"), titles=[title("IV. HÌNH THỨC PHẢN BIỆN")])
    b.items("thanh_phan", "t", muc("{{ t.nhom.nhan }}: {{ t.ten }}"), titles=[title("V. THÀNH PHẦN THAM GIA")])
    b.titled([title("VI. THỜI GIAN, ĐỊA ĐIỂM")],
             "{{ thoi_gian }}{% if dia_diem %}; địa điểm: {{ dia_diem }}{% endif %}.")
    b.items("phan_cong", "p", ("{{ loop.index }}. {{ p.don_vi }}: ", bold),
            "{{ p.nhiem_vu }}{% if p.han %}; thời hạn: {{ p.han|ngay_so }}{% endif %}"
            "{% if loop.last %}./.{% else %}.{% endif %}",
            titles=[title("VII. TỔ CHỨC THỰC HIỆN")], last=True)
    b.signature()


def de_nghi_gui_du_thao(b: Builder) -> None:
    """The letter asking the drafting body for the draft and its documents (Luật MTTQ Điều 35.2,
    36.1)."""
    b.header(cong_van=True)
    b.kinh_gui()
    b.body(THUC_HIEN + "để thực hiện phản biện xã hội đối với " + TRONG_CAU % ("du_thao.ten", "du_thao.ten")
           + " theo quy định tại khoản 2 Điều 35 và khoản 1 Điều 36 Luật Mặt trận Tổ quốc Việt Nam, "
           "{{ ben_phan_bien }} đề nghị {{ du_thao.co_quan_soan_thao }} gửi dự thảo văn bản và các tài liệu sau:")
    b.items("tai_lieu", "t", muc("{{ t }}"))
    b.body("Thời gian gửi: trước ngày {{ han_gui|ngay_so }} (chậm nhất 15 ngày trước khi trình "
           "{{ du_thao.co_quan_ban_hanh }}{% if du_thao.ngay_trinh %}, dự kiến ngày "
           "{{ du_thao.ngay_trinh|ngay_so }}{% endif %}).")
    _lien_he(b)
    b.body("Trân trọng./.", last=True)
    b.signature(nhu_tren=True)


def lay_y_kien_phan_bien(b: Builder) -> None:
    """The letter sending the draft for written criticism (Luật MTTQ Điều 34.2, NQLT 403 Điều 16):
    the questions under the five contents, in the law's order, and the date answers are due."""
    b.header(cong_van=True)
    b.kinh_gui()
    b.body(THUC_HIEN + "{{ ben_phan_bien }} gửi " + TRONG_CAU % ("du_thao.ten", "du_thao.ten")
           + " do {{ du_thao.co_quan_soan_thao }} chủ trì soạn thảo, trình {{ du_thao.co_quan_ban_hanh }} (kèm theo)"
           " và đề nghị cho ý kiến phản biện xã"
           " hội bằng văn bản theo các nội dung tại khoản 2 Điều 33 Luật Mặt trận Tổ quốc Việt Nam, tập trung"
           " vào các câu hỏi sau:")
    b.tag(b.doc, "{%p for g in nhom_cau_hoi %}")
    b.tag(b.doc, "{%p set so = loop.index %}")
    b.items("g.cau_hoi", "c", muc("{{ c }}"), titles=[title("{{ so }}. Về {{ g.noi_dung }}:")])
    b.tag(b.doc, "{%p endfor %}")
    b.body("Ý kiến phản biện xin gửi về {{ noi_gui }} trước ngày {{ han_tra_loi|ngay_so }}"
           "{% if hoi_nghi %} để tổng hợp trước hội nghị phản biện xã hội ngày {{ hoi_nghi|ngay_so }}{% endif %}.")
    _lien_he(b)
    b.body("Trân trọng./.", last=True)
    b.signature(nhu_tren=True)


def bien_ban_hoi_nghi_phan_bien(b: Builder) -> None:
    """Biên bản hội nghị phản biện xã hội (NQLT 403 Điều 15) or đối thoại (Điều 19): the sections in
    the fixed order of the form held, each opinion with who, the content and the article concerned;
    the secretary and the chair sign side by side."""
    tt = b.tt
    bold = Chu(tt.noi_dung.co, dam=True)
    b.header()
    b.title("BIÊN BẢN")
    b.body("{% if ke_hoach %}Thực hiện {{ ke_hoach }}, v{% else %}V{% endif %}ào {{ bat_dau }}, {{ ngay }}, tại "
           "{{ dia_diem }}, {{ ten_hoi_nghi }} đối với " + TRONG_CAU % ("du_thao.ten", "du_thao.ten")
           + " ({{ du_thao.co_quan_soan_thao }} chủ trì soạn thảo, trình {{ du_thao.co_quan_ban_hanh }}) được tổ"
           " chức.")
    b.items("thanh_phan", "t", muc("{{ t }}"), titles=[title("Thành phần tham dự:")])
    b.body(("Chủ trì: ", bold), "{{ chu_tri.ten_goi }}, {{ chu_tri.chuc_vu }}. ", ("Thư ký: ", bold),
           "{{ thu_ky.ten_goi }}{% if thu_ky.chuc_vu %}, {{ thu_ky.chuc_vu }}{% endif %}.")
    b.tag(b.doc, "{%p for s in phan %}")
    b.tag(b.doc, "{%p if s.y_kien %}")
    b.items("y_kien", "y", ("{{ loop.index }}. {{ y.nguoi_neu }}, về {{ y.noi_dung_phan_bien.nhan }}"
                            "{% if y.dieu %} ({{ y.dieu }} của dự thảo){% endif %}: ", bold), "{{ y.noi_dung }}",
            titles=[title("{{ s.tieu_de }}")])
    b.tag(b.doc, "{%p else %}")
    b.titled([title("{{ s.tieu_de }}")], "{{ s.noi_dung }}")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p endfor %}")
    b.body("Hội nghị kết thúc vào {{ ket_thuc }}, {{ ngay }}. Biên bản đã được đọc lại cho những người dự cùng nghe"
           " và thông qua{% if so_ban %}; biên bản được lập thành {{ so_ban|so }} bản{% endif %}./.", last=True)
    b.signers("o_ky", {"thu_ky": tt.nhan_thu_ky, "chu_tri": tt.nhan_chu_tri})


def van_ban_phan_bien_xa_hoi(b: Builder) -> None:
    """Văn bản phản biện xã hội (Luật MTTQ Điều 33.2, 35.4–5): the five contents, each its own
    section in the law's words and order with the recommendations concerning it, then the request
    to reply in writing and to report the criticism to the issuing authority (Điều 36.3)."""
    bold = Chu(b.tt.noi_dung.co, dam=True)
    b.header(cong_van=True)
    b.kinh_gui()
    b.body("Thực hiện khoản 4 Điều 35 Luật Mặt trận Tổ quốc Việt Nam{% if ke_hoach %} và {{ ke_hoach }}{% endif %}, "
           "{{ ben_phan_bien }} đã tổ chức phản biện xã hội đối với " + TRONG_CAU % ("du_thao.ten", "du_thao.ten")
           + " do {{ du_thao.co_quan_soan_thao }} chủ trì soạn thảo, theo hình thức {{ hinh_thuc }}. {{ qua_trinh }}")
    b.body("Trên cơ sở tổng hợp ý kiến, {{ ben_phan_bien }} có ý kiến phản biện xã hội như sau:")
    b.tag(b.doc, "{%p for s in muc %}")
    b.items("s.nhan_xet", "n", "{{ n }}", titles=[title("{{ s.so_la_ma }}. VỀ {{ s.ten|upper }}", dai=True)])
    b.items("s.kien_nghi", "k", ("Kiến nghị {{ k.so }}{% if k.dieu %} ({{ k.dieu }}){% endif %}: ", bold),
            "{{ k.noi_dung }}")
    b.tag(b.doc, "{%p endfor %}")
    b.titled([title("{{ de_nghi }}. ĐỀ NGHỊ")],
             "Đề nghị {{ du_thao.co_quan_soan_thao }} nghiên cứu, tiếp thu {{ kien_nghi|length }} kiến nghị nêu trên;"
             " trả lời bằng văn bản đối với từng kiến nghị, trường hợp không tiếp thu thì giải trình rõ lý do"
             "{% if han_tra_loi %}, gửi {{ ben_phan_bien }} trước ngày {{ han_tra_loi|ngay_so }}{% endif %}"
             " (khoản 5 Điều 35, khoản 3 Điều 36 Luật Mặt trận Tổ quốc Việt Nam); đồng thời báo cáo ý kiến phản"
             " biện xã hội với {{ du_thao.co_quan_ban_hanh }}.")
    b.body("Trân trọng./.", last=True)
    b.signature(nhu_tren=True)


BUILDERS = {
    "ke_hoach_phan_bien": ke_hoach_phan_bien,
    "de_nghi_gui_du_thao": de_nghi_gui_du_thao,
    "lay_y_kien_phan_bien": lay_y_kien_phan_bien,
    # The invitation reads as the dialogue's: same fields, the event's words built from the draft.
    "giay_moi_phan_bien": doi_thoai.giay_moi_doi_thoai,
    "bien_ban_hoi_nghi_phan_bien": bien_ban_hoi_nghi_phan_bien,
    "van_ban_phan_bien_xa_hoi": van_ban_phan_bien_xa_hoi,
}
