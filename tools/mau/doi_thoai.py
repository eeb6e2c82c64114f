"""Templates of the dialogue dossier (11-HD/TU): plan, notice, invitations, minutes, conclusions."""

from __future__ import annotations

from docx.shared import Pt

from hoso._layout import Chu
from mau.builder import CHU_TRI, Builder, muc, title

_NOI_DUNG = "Nội dung (theo diễn biến {{ kieu.ngan }}):"
_Y_KIEN = "Ý KIẾN CỦA NHÂN DÂN VÀ TRẢ LỜI TẠI {{ kieu.ngan|upper }}"


def _dia_diem(su_kien: str = "") -> str:
    """The place, then the connection points of an online or hybrid event (``su_kien`` is the
    path to the event: "" for the minutes, "hoi_nghi." for the plan, notice and invitations)."""
    return (f"{{{{ {su_kien}dia_diem }}}}{{% if {su_kien}diem_cau %}}; các điểm cầu trực tuyến: "
            f"{{% for d in {su_kien}diem_cau %}}{{{{ d }}}}{{% if not loop.last %}}; {{% endif %}}{{% endfor %}}"
            "{% endif %}")
_KET_LUAN = "KẾT LUẬN CỦA CHỦ TRÌ"


def bien_ban_doi_thoai(b: Builder) -> None:
    """Biên bản hội nghị đối thoại: ND 30 Mẫu 1.9 with the opinions of domain.md §3.5; sections
    I–III in Roman numerals so the opinions keep their own numbers (1., 2. …) under them. Every
    title opens the paragraph it introduces ("Nội dung:" the first section's)."""
    tt = b.tt
    bold = Chu(tt.noi_dung.co, dam=True)
    italic = Chu(tt.noi_dung.co, nghieng=True)
    b.header()
    b.title("BIÊN BẢN")
    b.can_cu()
    b.body("Thực hiện {{ ke_hoach }}.")
    b.body(("Thời gian bắt đầu: ", bold), "{{ bat_dau }}, {{ ngay }}.")
    b.body(("Địa điểm: ", bold), _dia_diem() + ".")
    b.body(("Hình thức tổ chức: ", bold), "{{ hinh_thuc }}.")
    b.tag(b.doc, "{%p if co_quan_to_chuc %}")
    b.body(("Cơ quan tổ chức: ", bold), "{{ to_chuc_trong_cau }}.")
    b.tag(b.doc, "{%p endif %}")
    b.items("thanh_phan", "t", "- {{ t.nhom }}: {% if t.so_moi is not none %}mời {{ t.so_moi }}, {% endif %}"
            "có mặt {{ t.so_co_mat }}"
            "{% if t.so_vang %}, vắng {{ t.so_vang }}{% endif %};", titles=[title("Thành phần tham dự:")])
    b.body("Tổng số đại biểu được mời: {{ tong_moi }}; có mặt: {{ tong_co_mat }}.")
    b.items("chu_tri", "c", muc(CHU_TRI), titles=[title("Chủ trì (chủ tọa):")])
    b.body(("Thư ký (người ghi biên bản): ", bold), "{{ thu_ky.ten_goi }}, {{ thu_ky.chuc_vu }}.")
    b.items("chuong_trinh", "m", muc("{{ m }}"),
            titles=[title(_NOI_DUNG), title("I. CHƯƠNG TRÌNH {{ kieu.ngan|upper }}")])
    b.tag(b.doc, "{%p for y in y_kien %}")
    b.titled([title(_NOI_DUNG, when="loop.first and not chuong_trinh"),
              title("{{ (1 + (chuong_trinh|length > 0))|la_ma }}. " + _Y_KIEN, when="loop.first"),
              title(("{{ y.stt }}. {{ y.nguoi_neu.ten_goi }}", bold),
                    ("{% if y.nguoi_neu.dia_chi %} ({{ y.nguoi_neu.dia_chi }}){% endif %}, lĩnh vực "
                     "{{ y.linh_vuc }}:", tt.noi_dung))],
             "{{ y.noi_dung }}")
    b.tag(b.doc, "{%p if y.tra_loi %}")
    b.body(("Trả lời{% if y.ben_tra_loi %} ({{ y.ben_tra_loi }}){% endif %}: ", italic), "{{ y.tra_loi }}")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p if y.trang_thai == 'tra_loi_sau' %}")
    b.body(("Hướng xử lý: ", italic), "chủ trì giao {{ y.don_vi_tra_loi }} {% if y.han_tra_loi %}trả lời"
           " {{ y.cach_tra_loi }} trước {{ y.han_tra_loi }}{% else %}kiểm tra, trả lời {{ y.cach_tra_loi }}"
           " sau {{ kieu.ngan }}{% endif %}.")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p if y.trang_thai == 'chuyen_cap_tren' %}")
    b.body(("Hướng xử lý: ", italic),
           "vượt thẩm quyền, {{ kieu.ngan }} chuyển đến {{ y.noi_chuyen }} xem xét, giải quyết.")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p endfor %}")
    b.titled([title(_NOI_DUNG, when="not chuong_trinh and not y_kien"),
              title("{{ (1 + (chuong_trinh|length > 0) + (y_kien|length > 0))|la_ma }}. " + _KET_LUAN)],
             "{{ ket_luan }}")
    b.body("{{ kieu.ngan|hoa_dau }} kết thúc vào {{ ket_thuc }}, {{ ngay }}"
           "{% if so_ban %}; biên bản được lập thành {{ so_ban|so }} bản{% endif %}./.", last=True)
    b.signers("o_ky", {"thu_ky": tt.nhan_thu_ky, "chu_tri": tt.nhan_chu_tri})


def ke_hoach_doi_thoai(b: Builder) -> None:
    """Kế hoạch tổ chức hội nghị đối thoại (domain.md §4.12)."""
    bold = Chu(b.tt.noi_dung.co, dam=True)
    b.header()
    b.title("KẾ HOẠCH")
    b.can_cu()
    b.body("Kế hoạch tổ chức {{ hoi_nghi.kieu }} được xây dựng"
           "{% if phoi_hop %} với sự phối hợp của {{ phoi_hop }}{% endif %} như sau:")
    b.items("muc_dich", "m", muc("{{ m }}"), titles=[title("I. MỤC ĐÍCH, YÊU CẦU"), title("1. Mục đích")])
    b.items("yeu_cau", "m", muc("{{ m }}"), titles=[title("2. Yêu cầu")])
    b.items("chu_de", "m", muc("{{ m }}"), titles=[title("II. NỘI DUNG, HÌNH THỨC"), title("1. Nội dung đối thoại")])
    b.body(("2. Hình thức: ", bold), "đối thoại {{ hoi_nghi.hinh_thuc }}, phạm vi "
           "{% if pham_vi == 'toan_xa' %}toàn {{ co_quan.cap }}{% else %}{{ pham_vi }}{% endif %}"
           "{% if pham_vi_chi_tiet %} ({{ pham_vi_chi_tiet }}){% endif %}; tổ chức {{ kich_hoat }}.")
    b.titled([title("III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")],
             ("1. Thời gian: ", bold), "{{ hoi_nghi.bat_dau }}, {{ hoi_nghi.ngay }}.")
    b.body(("2. Địa điểm: ", bold), _dia_diem("hoi_nghi.") + ".")
    b.items("chu_tri", "c", muc(CHU_TRI), titles=[title("3. Chủ trì:")])
    b.items("thanh_phan", "t", "- {{ t.nhom }}: {{ t.so_luong }} người{% if loop.last %}.{% else %};{% endif %}",
            titles=[title("4. Thành phần", (" (dự kiến {{ tong_thanh_phan }} người):", b.tt.noi_dung))])
    b.items("phan_cong", "p", ("{{ loop.index }}. {{ p.don_vi }}: ", bold),
            "{{ p.nhiem_vu }}{% if p.han %}; thời hạn: {{ p.han|ngay_so }}{% endif %}.",
            titles=[title("IV. TỔ CHỨC THỰC HIỆN")])
    b.tag(b.doc, "{%p if ngay_thong_bao %}")
    b.body("Thông báo công khai về {{ hoi_nghi.kieu.ngan }} trên các phương tiện thông tin đại chúng:"
           " {{ ngay_thong_bao }}.")
    b.tag(b.doc, "{%p endif %}")
    b.titled([title("V. KINH PHÍ")], "{{ kinh_phi|het }}", last=True)
    b.signature(lien_tich=True)


def thong_bao_doi_thoai(b: Builder) -> None:
    """Thông báo công khai về hội nghị đối thoại (domain.md §4.13): the issuing body gives notice."""
    bold = Chu(b.tt.noi_dung.co, dam=True)
    b.header()
    b.title("THÔNG BÁO")
    b.body("{% if ke_hoach %}Thực hiện {{ ke_hoach }}, {% endif %}{{ ban_hanh_trong_cau }}"
           " thông báo về việc tổ chức {{ hoi_nghi.kieu }} như sau:")
    b.body(("1. Thời gian: ", bold), "{{ hoi_nghi.bat_dau }}, {{ hoi_nghi.ngay }}.")
    b.body(("2. Địa điểm: ", bold), _dia_diem("hoi_nghi.") + "; hình thức {{ hoi_nghi.hinh_thuc }}.")
    b.items("chu_tri", "c", muc(CHU_TRI), titles=[title("3. Chủ trì:")])
    b.body(("4. Thành phần: ", bold), "{{ doi_tuong }}.")
    b.items("noi_dung", "m", muc("{{ m }}"), titles=[title("5. Nội dung đối thoại:")])
    b.body(("6. Cách thức tham dự: ", bold), "{{ cach_thuc }}")
    b.items("kenh", "k", "- {{ k }}{% if loop.last %}./.{% else %};{% endif %}",
            titles=[title(("Thông báo này được công khai trên:", b.tt.noi_dung))], last=True)
    b.signature(lien_tich=True)


def giay_moi_doi_thoai(b: Builder) -> None:
    """Giấy mời (ND 30 Mẫu 1.7): one letter per invitee, each its own section in a combined file."""
    tt = b.tt
    bold = Chu(tt.noi_dung.co, dam=True)
    b.tag(b.doc, "{%p for k in khach_moi %}")
    b.header()
    b.title("GIẤY MỜI")
    b.para(b.doc, bold, "Trân trọng kính mời:").paragraph_format.space_before = Pt(12)
    b.para(b.doc, bold, "{{ k.ten_goi }}{% if k.chuc_vu %}, {{ k.chuc_vu }}{% endif %}"
           "{% if k.dia_chi %} ({{ k.dia_chi }}){% endif %}")
    b.body(("Tới dự: ", bold), "{{ noi_dung }}{% if ke_hoach %} theo {{ ke_hoach }}{% endif %}.")
    b.body(("Chủ trì: ", bold),
           "{% for c in chu_tri %}{{ c.ten_goi }}{% if c.chuc_vu %}, {{ c.chuc_vu }}{% endif %}"
           "{% if not loop.last %}; {% endif %}{% endfor %}.")
    b.body(("Thời gian: ", bold), "{{ hoi_nghi.bat_dau }}, {{ hoi_nghi.ngay }}.")
    b.body(("Địa điểm: ", bold), _dia_diem("hoi_nghi.") + ".")
    b.tag(b.doc, "{%p if cach_thuc %}")
    b.body("{{ cach_thuc }}")
    b.tag(b.doc, "{%p endif %}")
    # The invitee is addressed with the respect form of a letter (Ông, Bà, Quý vị), capitalised.
    b.body("Rất mong {% if k.danh_xung %}{{ k.danh_xung|hoa_dau }}{% else %}Quý vị{% endif %}"
           " tham dự đúng giờ./.", last=True)
    b.signature()
    b.section_between()
    b.tag(b.doc, "{%p endfor %}")


def thong_bao_ket_luan_doi_thoai(b: Builder) -> None:
    """Thông báo kết luận (domain.md §4.15), every part taken from the minutes: what the people
    raised with the answer given (or where it was sent and by when), the conclusion, the tasks
    (assigned by a Party committee or government, proposed by the Front), the referrals."""
    tt = b.tt
    bold = Chu(tt.noi_dung.co, dam=True)
    italic = Chu(tt.noi_dung.co, nghieng=True)
    b.header()
    b.title("THÔNG BÁO")
    b.body("Vào {{ bien_ban.bat_dau }}, {{ bien_ban.ngay }}, tại {{ bien_ban.dia_diem }}, {{ bien_ban.kieu }}"
           "{% if bien_ban.co_quan_to_chuc %} do {{ bien_ban.to_chuc_trong_cau }} tổ chức{% else %}"
           " được tổ chức{% endif %}{% if bien_ban.hinh_thuc != 'truc_tiep' %} {{ bien_ban.hinh_thuc }}{% endif %}"
           " theo {{ bien_ban.ke_hoach }}."
           " {{ bien_ban.kieu.ngan|hoa_dau }} do "
           "{% for c in bien_ban.chu_tri %}{{ c.ten_goi_trong_cau }}, {{ c.chuc_vu }}"
           "{% if not loop.last %}; {% endif %}{% endfor %} chủ trì; {% if bien_ban.so_chinh_xac %}"
           "{{ bien_ban.tong_co_mat }} trên {{ bien_ban.tong_moi }} đại biểu được mời có mặt{% else %}có mặt"
           " {{ bien_ban.co_mat_trong_cau }}{% endif %}; {{ bien_ban.y_kien|length }} ý kiến được nêu.")
    b.tag(b.doc, "{%p for g in nhom_linh_vuc %}")
    b.tag(b.doc, "{%p for y in g.y_kien %}")
    b.titled([title("I. CÁC VẤN ĐỀ NHÂN DÂN NÊU VÀ TRẢ LỜI", when="g.stt == 1 and loop.first"),
              title("{{ g.stt }}. Lĩnh vực {{ g.linh_vuc }} ({{ g.y_kien|length }} ý kiến)", when="loop.first")],
             ("- {{ y.nguoi_neu.ten_goi }}{% if y.nguoi_neu.dia_chi %} ({{ y.nguoi_neu.dia_chi }}){% endif %}: ",
              bold), "{{ y.noi_dung }}")
    b.tag(b.doc, "{%p if y.trang_thai == 'da_tra_loi' %}")
    b.body(("Trả lời tại {{ bien_ban.kieu.ngan }} ({{ y.ben_tra_loi_trong_cau }}): ", italic),
           "{% if y.tra_loi_tom_tat %}{{ y.tra_loi_tom_tat }}{% else %}{{ y.tra_loi }}{% endif %}")
    b.tag(b.doc, "{%p elif y.trang_thai == 'tra_loi_sau' %}")
    b.body(("Hướng xử lý: ", italic), f"{tt.giao} {{{{ y.don_vi_tra_loi }}}} trả lời {{{{ y.cach_tra_loi }}}}"
           "{% if y.han_tra_loi %} trước {{ y.han_tra_loi }}{% endif %}.")
    b.tag(b.doc, "{%p else %}")
    b.body(("Hướng xử lý: ", italic), "chuyển {{ y.noi_chuyen }} xem xét, giải quyết.")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p endfor %}")
    b.tag(b.doc, "{%p endfor %}")
    b.titled([title("II. KẾT LUẬN CỦA CHỦ TRÌ")], "{{ ket_luan_chu_tri }}")
    b.items("giao_viec", "p", ("{{ loop.index }}. {{ p.don_vi }}: ", bold),
            "{{ p.nhiem_vu }}{% if p.han %}; thời hạn: {{ p.han|ngay_so }}{% endif %}.", empty="Không có.",
            titles=[title(f"III. {tt.tieu_de_giao_viec}")])
    b.items("chuyen_cap_tren", "y", ("{{ loop.index }}. Chuyển {{ y.noi_chuyen }}: ", bold),
            "{{ y.cua_ai }}: "
            "{% if loop.last %}{{ y.noi_dung|het }}{% else %}{{ y.noi_dung }}{% endif %}", empty="Không có./.",
            titles=[title("IV. NỘI DUNG KIẾN NGHỊ CẤP TRÊN")], last=True)
    b.signature(lien_tich=True)


BUILDERS = {
    "ke_hoach_doi_thoai": ke_hoach_doi_thoai,
    "thong_bao_doi_thoai": thong_bao_doi_thoai,
    "giay_moi_doi_thoai": giay_moi_doi_thoai,
    "bien_ban_doi_thoai": bien_ban_doi_thoai,
    "thong_bao_ket_luan_doi_thoai": thong_bao_ket_luan_doi_thoai,
}
