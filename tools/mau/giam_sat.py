"""Templates of the supervision dossier (QĐ 217, NQLT 403): programme, plan, decision, letter with the
report outline, minutes, results report, recommendation letter, follow-up. All are the Front's."""

from __future__ import annotations

from hoso._layout import Chu
from mau.builder import Builder, muc

#: ``Ông Nguyễn Văn A, Chủ tịch … – Trưởng đoàn`` for a member ``m`` of the delegation.
THANH_VIEN = "{{ m.danh_xung }} {{ m.ho_ten }}, {{ m.chuc_vu }} – {{ m.vai_tro }}"
#: A sentence-case copy of a summary line, for use inside a sentence.
TRONG_CAU = "{{ %s[:1]|lower }}{{ %s[1:] }}"


def _bold(b: Builder) -> Chu:
    return Chu(b.tt.noi_dung.co, dam=True)


def _outline(b: Builder, de_cuong: str, ky_bao_cao: str, note: str) -> None:
    """The report outline as an annex: sections, then the figures to report with room for each."""
    b.annex("ĐỀ CƯƠNG BÁO CÁO", note)
    b.body("Kỳ báo cáo: ", ky_bao_cao, ".")
    b.tag(b.doc, f"{{%p for m in {de_cuong}.muc_so %}}")
    b.heading("{{ m.so_la_ma }}. {{ m.tieu_de|upper }}")
    b.items("m.noi_dung", "n", muc("{{ n }}"))
    b.tag(b.doc, "{%p endfor %}")
    b.tag(b.doc, f"{{%p if {de_cuong}.chi_tieu %}}")
    b.heading("{{ " + de_cuong + ".so_la_ma_so_lieu }}. SỐ LIỆU BÁO CÁO")
    b.items(f"{de_cuong}.chi_tieu", "c", "{{ loop.index }}. {{ c.ten }}: …………… {{ c.don_vi_tinh }}.")
    b.tag(b.doc, "{%p endif %}")


def chuong_trinh_giam_sat(b: Builder) -> None:
    """Chương trình giám sát hằng năm (NQLT 403 Điều 3): content, form, time, who leads, who is supervised."""
    b.header()
    b.title("CHƯƠNG TRÌNH")
    b.can_cu()
    b.body("{{ hiep_thuong }}")
    b.heading("I. MỤC ĐÍCH, YÊU CẦU")
    b.items("muc_dich", "m", muc("{{ m }}"))
    b.heading("II. NỘI DUNG GIÁM SÁT NĂM {{ nam }}")
    b.label("Năm {{ nam }} tổ chức {{ so_cuoc }} cuộc giám sát:")
    b.loop_table((800, 2500, 1800, 1800, 1555, 900),
                 ("STT", "Nội dung", "Hình thức", "Chủ trì, phối hợp", "Đối tượng", "Thời gian"), "r in muc",
                 ("{{ loop.index }}", "{{ r.noi_dung }}", "{{ r.hinh_thuc }}",
                  "{{ r.chu_tri }}{% if r.phoi_hop %}; phối hợp: {{ r.phoi_hop }}{% endif %}", "{{ r.doi_tuong }}",
                  "{{ r.thoi_gian }}"), centred=(0, 5))
    b.heading("III. TỔ CHỨC THỰC HIỆN")
    b.items("to_chuc_thuc_hien", "t", "{{ loop.index }}. {{ t }}{% if loop.last %}./.{% endif %}")
    b.signature()


def ke_hoach_giam_sat(b: Builder) -> None:
    """Kế hoạch giám sát (NQLT 403 Điều 6.2), with the schedule and the report outline."""
    bold = _bold(b)
    b.header()
    b.title("KẾ HOẠCH")
    b.can_cu()
    b.tag(b.doc, "{%p if thong_nhat %}")
    b.body("Sau khi thống nhất với Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp tại {{ thong_nhat }}, "
           "kế hoạch giám sát được xây dựng như sau:")
    b.tag(b.doc, "{%p endif %}")
    b.heading("I. MỤC ĐÍCH, YÊU CẦU")
    b.label(("1. Mục đích", bold))
    b.items("muc_dich", "m", muc("{{ m }}"))
    b.label(("2. Yêu cầu", bold))
    b.items("yeu_cau", "m", muc("{{ m }}"))
    b.heading("II. ĐỐI TƯỢNG, NỘI DUNG, PHẠM VI, HÌNH THỨC GIÁM SÁT")
    b.label(("1. Đối tượng giám sát", bold))
    b.items("doi_tuong", "m", muc("{{ m }}"))
    b.label(("2. Nội dung giám sát", bold))
    b.items("noi_dung", "m", muc("{{ m }}"))
    b.body(("3. Phạm vi: ", bold), "thời kỳ từ ngày {{ tu_ngay|ngay_so }} đến ngày {{ den_ngay|ngay_so }}.")
    b.body(("4. Hình thức: ", bold), "{{ hinh_thuc }}.")
    b.heading("III. THÀNH PHẦN ĐOÀN GIÁM SÁT")
    b.items("thanh_phan", "m", muc("{{ m }}"))
    b.heading("IV. THỜI GIAN, ĐỊA ĐIỂM")
    b.label("Đoàn giám sát làm việc {{ lich|length }} buổi theo lịch sau:")
    b.loop_table((800, 2300, 3155, 3100), ("STT", "Thời gian", "Đơn vị được giám sát", "Địa điểm"), "l in lich",
                 ("{{ loop.index }}", "{{ l.bat_dau }}, {{ l.ngay|ngay_so }}", "{{ l.don_vi }}", "{{ l.dia_diem }}"))
    b.heading("V. PHÂN CÔNG TRÁCH NHIỆM")
    b.items("phan_cong", "p", ("{{ loop.index }}. {{ p.don_vi }}: ", bold),
            "{{ p.nhiem_vu }}{% if p.han %}; thời hạn: {{ p.han|ngay_so }}{% endif %}.")
    b.heading("VI. CÁC ĐIỀU KIỆN BẢO ĐẢM")
    b.body("{{ dieu_kien }}")
    b.body("Đề cương báo cáo gửi kèm theo Kế hoạch này./.")
    b.signature()
    _outline(b, "de_cuong", "từ ngày {{ tu_ngay|ngay_so }} đến ngày {{ den_ngay|ngay_so }}",
             "(Kèm theo Kế hoạch số {{ ky_hieu }} ngày {{ ngay|ngay_so }})")


def quyet_dinh_thanh_lap_doan_giam_sat(b: Builder) -> None:
    """Quyết định thành lập đoàn giám sát (NQLT 403 Điều 7.1) in the ND 30 decision layout."""
    tt = b.tt
    b.header()
    b.title("QUYẾT ĐỊNH")
    p = b.para(b.doc, _bold(b), "{{ tham_quyen }}")
    p.paragraph_format.space_before = p.paragraph_format.space_after = None
    p.paragraph_format.keep_with_next = True
    b.tag(b.doc, "{%p for c in can_cu %}")
    b.para(b.doc, tt.can_cu, "{{ c.van_ban }};", body=True)
    b.tag(b.doc, "{%p endfor %}")
    b.para(b.doc, tt.can_cu, "Căn cứ {{ ke_hoach }};", body=True)
    b.para(b.doc, tt.can_cu, "Xét đề nghị của {{ xet_de_nghi }}.", body=True)
    b.decides()
    b.article("1", "Thành lập {{ ten_doan }}, gồm các ông (bà) có tên sau:")
    b.items("thanh_vien", "m", "{{ loop.index }}. " + THANH_VIEN + "{% if loop.last %}.{% else %};{% endif %}")
    b.article("2", "{{ nhiem_vu }} Đoàn giám sát tự giải thể sau khi hoàn thành nhiệm vụ.")
    b.article("3", "Quyết định có hiệu lực kể từ ngày ký. {% for t in thi_hanh %}{{ t }}"
              "{% if not loop.last %}, {% endif %}{% endfor %} chịu trách nhiệm thi hành Quyết định này./.")
    b.signature()


def cong_van_giam_sat(b: Builder) -> None:
    """The letter to the supervised body with the plan, the decision and the report outline (Điều 7.3)."""
    bold = _bold(b)
    b.header(cong_van=True)
    b.kinh_gui()
    b.body("Thực hiện {{ trich_dan_ke_hoach }} về " + TRONG_CAU % ("ke_hoach.trich_yeu", "ke_hoach.trich_yeu")
           + " và {{ trich_dan_quyet_dinh }} thành lập Đoàn giám sát, {{ ben_giam_sat }} gửi Kế hoạch, Quyết định "
           "và Đề cương báo cáo (kèm theo) để đơn vị được giám sát chuẩn bị làm việc với Đoàn.")
    b.body(("1. Thời kỳ giám sát: ", bold),
           "từ ngày {{ ke_hoach.tu_ngay|ngay_so }} đến ngày {{ ke_hoach.den_ngay|ngay_so }}.")
    b.label(("2. Lịch làm việc của Đoàn giám sát:", bold))
    b.items("ke_hoach.lich", "l", muc("{{ l.bat_dau }}, {{ l.ngay|ngay_so }}: làm việc với {{ l.don_vi }} "
                                      "tại {{ l.dia_diem }}"))
    b.body(("3. Báo cáo: ", bold), "đề nghị đơn vị xây dựng báo cáo theo Đề cương kèm theo, gửi về "
           "{{ noi_gui_bao_cao }} trước ngày {{ han_bao_cao|ngay_so }}.")
    b.tag(b.doc, "{%p if lien_he %}")
    b.body("Thông tin liên hệ: {{ lien_he }}.")
    b.tag(b.doc, "{%p endif %}")
    b.body("Trân trọng./.")
    b.signature(nhu_tren=True)
    _outline(b, "ke_hoach.de_cuong",
             "từ ngày {{ ke_hoach.tu_ngay|ngay_so }} đến ngày {{ ke_hoach.den_ngay|ngay_so }}",
             "(Kèm theo Công văn số {{ ky_hieu }} ngày {{ ngay|ngay_so }})")


def bien_ban_giam_sat(b: Builder) -> None:
    """Biên bản làm việc của đoàn giám sát (NQLT 403 Điều 8.1), three signers side by side."""
    tt = b.tt
    bold = _bold(b)
    b.header()
    b.title("BIÊN BẢN")
    b.body("Thực hiện {{ ke_hoach }} và {{ trich_dan_quyet_dinh }} thành lập Đoàn giám sát, Đoàn giám sát làm"
           " việc với {{ don_vi }}.")
    b.body(("Thời gian bắt đầu: ", bold), "{{ bat_dau }}, {{ ngay }}.")
    b.body(("Địa điểm: ", bold), "{{ dia_diem }}.")
    b.label(("Thành phần:", bold))
    b.label(("1. Đoàn giám sát:", bold))
    b.items("doan_co_mat", "m", "- " + THANH_VIEN + "{% if loop.last %}.{% else %};{% endif %}")
    b.label(("2. {{ don_vi }}:", bold))
    b.items("dai_dien", "n", muc("{{ n.ten_goi }}, {{ n.chuc_vu }}"))
    b.tag(b.doc, "{%p if khach_moi %}")
    b.label(("3. Khách mời:", bold))
    b.items("khach_moi", "n", muc("{{ n.ten_goi }}{% if n.chuc_vu %}, {{ n.chuc_vu }}{% endif %}"))
    b.tag(b.doc, "{%p endif %}")
    b.body(("Chủ trì: ", bold), "{{ truong_doan.danh_xung|lower }} {{ truong_doan.ho_ten }}, Trưởng đoàn. ",
           ("Thư ký: ", bold), "{{ thu_ky.danh_xung|lower }} {{ thu_ky.ho_ten }}.")
    b.label(("Nội dung làm việc:", bold))
    b.label(("1. Trưởng đoàn thông báo", bold))
    b.body("{{ truong_doan.danh_xung }} {{ truong_doan.ho_ten }}, Trưởng đoàn, thông báo {{ trich_dan_quyet_dinh }}"
           " thành lập Đoàn giám sát; mục đích, yêu cầu, nội dung, phương thức và chương trình làm việc của Đoàn.")
    b.label(("2. {{ don_vi }} báo cáo", bold))
    b.body("{{ bao_cao }}")
    b.tag(b.doc, "{%p if phat_bieu %}")
    b.label(("3. Ý kiến của thành viên Đoàn giám sát", bold))
    b.items("phat_bieu_day_du", "p", ("{{ p.thanh_vien.danh_xung }} {{ p.thanh_vien.ho_ten }}: ", bold),
            "{{ p.noi_dung }}")
    b.tag(b.doc, "{%p endif %}")
    b.label(("{{ 3 + (phat_bieu|length > 0) }}. {{ don_vi }} giải trình, kiến nghị", bold))
    b.body("{{ giai_trinh }}")
    b.tag(b.doc, "{%p if khao_sat %}")
    b.label(("{{ 4 + (phat_bieu|length > 0) }}. Khảo sát thực tế", bold))
    b.body("{{ khao_sat }}")
    b.tag(b.doc, "{%p endif %}")
    b.label(("{{ 4 + (phat_bieu|length > 0) + (khao_sat is not none) }}. Kết luận của Trưởng đoàn", bold))
    b.body("{{ ket_luan }}")
    b.tag(b.doc, "{%p if kien_nghi %}")
    b.label("Đoàn giám sát thống nhất sẽ kiến nghị các nội dung sau:")
    b.items("kien_nghi", "k", "{{ k.so }}. Với {{ k.gui }}: {{ k.noi_dung }}")
    b.tag(b.doc, "{%p endif %}")
    b.body("Buổi làm việc kết thúc vào {{ ket_thuc }}, {{ ngay }}. Biên bản đã được đọc lại cho những người dự"
           " cùng nghe và thông qua{% if so_ban %}; biên bản được lập thành {{ so_ban|so }} bản{% endif %}./.")
    b.signers("o_ky", {"thu_ky": tt.nhan_thu_ky, "truong_doan": "TRƯỞNG ĐOÀN",
                       "dai_dien": "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC GIÁM SÁT"})
    b.noi_nhan(b.doc)


def bao_cao_ket_qua_giam_sat(b: Builder) -> None:
    """Báo cáo kết quả giám sát (NQLT 403 Điều 9.1): how it ran (from the minutes), findings, recommendations."""
    bold = _bold(b)
    b.header()
    b.title("BÁO CÁO")
    b.body("Thực hiện {{ ke_hoach }} và {{ trich_dan_quyet_dinh }} thành lập Đoàn giám sát, Đoàn giám sát báo cáo"
           " kết quả như sau:")
    b.heading("I. QUÁ TRÌNH TỔ CHỨC GIÁM SÁT")
    b.body(("1. Đoàn giám sát: ", bold), "{{ quyet_dinh.thanh_vien|length }} thành viên, do "
           "{{ quyet_dinh.truong_doan.danh_xung|lower }} {{ quyet_dinh.truong_doan.ho_ten }}, "
           "{{ quyet_dinh.truong_doan.chuc_vu }} làm Trưởng đoàn.")
    b.label(("2. Thời gian, đơn vị được giám sát: ", bold), "từ ngày {{ tu_ngay|ngay_so }} đến ngày "
           "{{ den_ngay|ngay_so }}, Đoàn làm việc {{ so_buoi }} buổi với {{ so_don_vi }} cơ quan, đơn vị:")
    b.items("bien_ban", "bb", muc("{{ bb.ngay|ngay_so }}: {{ bb.don_vi }}, tại {{ bb.dia_diem }}"))
    b.heading("II. KẾT QUẢ GIÁM SÁT")
    b.tag(b.doc, "{%p for d in danh_gia %}")
    b.label(("{{ loop.index }}. {{ d.noi_dung }}", bold))
    b.label(("a) Ưu điểm", bold))
    b.items("d.uu_diem", "m", muc("{{ m }}"))
    b.tag(b.doc, "{%p if d.han_che %}")
    b.label(("b) Hạn chế", bold))
    b.items("d.han_che", "m", muc("{{ m }}"))
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p if d.nguyen_nhan %}")
    b.label(("{% if d.han_che %}c{% else %}b{% endif %}) Nguyên nhân", bold))
    b.items("d.nguyen_nhan", "m", muc("{{ m }}"))
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p endfor %}")
    b.heading("III. KIẾN NGHỊ")
    b.label("Đoàn giám sát kiến nghị {{ so_kien_nghi }} nội dung ({% for g in kien_nghi_theo_noi_nhan %}"
            "{{ g.so }} với {{ g.gui }}{% if not loop.last %}; {% endif %}{% endfor %}):")
    b.items("kien_nghi", "k", ("{{ k.so }}. Với {{ k.gui }}: ", bold),
            "{{ k.noi_dung|trim('.') }}{% if loop.last %}./.{% else %}.{% endif %}")
    b.signature()


def kien_nghi_sau_giam_sat(b: Builder) -> None:
    """Văn bản kiến nghị sau giám sát (NQLT 403 Điều 9.3): conclusions, numbered recommendations, a reply asked."""
    bold = _bold(b)
    b.header(cong_van=True)
    b.kinh_gui()
    b.body("Thực hiện {{ ke_hoach }}, từ ngày {{ tu_ngay|ngay_so }} đến ngày "
           "{{ den_ngay|ngay_so }}, Đoàn giám sát của {{ ben_giam_sat }} đã làm việc với "
           "{% for d in don_vi_duoc_giam_sat %}{{ d }}{% if not loop.last %}, {% endif %}"
           "{% endfor %}. Căn cứ {{ trich_dan_bao_cao }} của Đoàn giám sát, {{ ben_giam_sat }} kết luận và kiến"
           " nghị như sau:")
    b.heading("1. Kết luận")
    b.body("{{ ket_luan }}")
    b.heading("2. Kiến nghị")
    b.tag(b.doc, "{%p for g in nhom_kien_nghi %}")
    b.label(("Đối với {{ g.gui }}:", bold))
    b.items("g.kien_nghi", "k", "Kiến nghị {{ k.so }}: {{ k.noi_dung }}")
    b.tag(b.doc, "{%p endfor %}")
    b.body("Đề nghị các cơ quan, đơn vị xem xét, giải quyết và trả lời bằng văn bản"
           "{% if han_tra_loi %} trước ngày {{ han_tra_loi|ngay_so }}{% endif %} về {{ ben_giam_sat }}, ghi rõ"
           " số của từng kiến nghị được trả lời./.")
    b.signature(nhu_tren=True)


def theo_doi_kien_nghi(b: Builder) -> None:
    """Báo cáo theo dõi, đôn đốc kiến nghị sau giám sát (Luật MTTQ Điều 28.7, 30.1): all figures computed."""
    b.header()
    b.title("BÁO CÁO")
    b.body("Ngày {{ kien_nghi.ngay|ngay_so }}, {{ kien_nghi.ben_giam_sat }} ban hành {{ trich_dan_kien_nghi }} "
           "với {{ so_kien_nghi }} kiến nghị sau giám sát{% if han %}, đề nghị trả lời trước ngày "
           "{{ han|ngay_so }}{% endif %}. Đến ngày {{ ngay|ngay_so }}, kết quả theo dõi như sau:")
    b.heading("I. TÌNH HÌNH TRẢ LỜI")
    b.body("Đã nhận {{ tra_loi|length }} văn bản trả lời; {{ so_da_tra_loi }} trên {{ so_kien_nghi }} kiến nghị"
           " đã được trả lời, {{ so_chua_tra_loi }} kiến nghị chưa được trả lời"
           "{% if so_qua_han %} ({{ so_qua_han }} kiến nghị đã quá hạn){% endif %}.")
    b.items("theo_noi_nhan", "g", muc("{{ g.gui }}: {{ g.so }} kiến nghị, đã trả lời {{ g.da_tra_loi }}"))
    b.body("Theo kết quả: {% for t in theo_tinh_trang %}{{ t.tinh_trang }} {{ t.so }}"
           "{% if not loop.last %}; {% endif %}{% endfor %}.")
    b.heading("II. THEO DÕI TỪNG KIẾN NGHỊ")
    b.loop_table((700, 2500, 1500, 1550, 2105, 1000),
                 ("Số", "Kiến nghị", "Gửi", "Ngày trả lời", "Kết quả", "Đôn đốc"), "r in dong",
                 ("{{ r.so }}", "{{ r.noi_dung }}", "{{ r.gui }}",
                  "{% if r.ngay_tra_loi %}{{ r.ngay_tra_loi|ngay_so }}{% else %}chưa trả lời"
                  "{% if r.qua_han %} (quá hạn){% endif %}{% endif %}",
                  "{{ r.tinh_trang }}{% if r.ghi_chu %}: {{ r.ghi_chu }}{% endif %}",
                  "{% if r.don_doc %}{{ r.don_doc }} lần{% endif %}"), centred=(0, 3, 5))
    b.tag(b.doc, "{%p if don_doc %}")
    b.body("Đã đôn đốc: {% for d in don_doc %}{{ d.van_ban }} ngày {{ d.ngay|ngay_so }} (kiến nghị số "
           "{% for n in d.so %}{{ n }}{% if not loop.last %}, {% endif %}{% endfor %})"
           "{% if not loop.last %}; {% endif %}{% endfor %}.")
    b.tag(b.doc, "{%p endif %}")
    b.heading("III. ĐỀ NGHỊ")
    b.tag(b.doc, "{%p if chua_xong %}")
    b.body("Đề nghị các cơ quan, đơn vị tiếp tục xem xét, giải quyết và trả lời các kiến nghị số "
           "{% for r in chua_xong %}{{ r.so }}{% if not loop.last %}, {% endif %}{% endfor %}.")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p if de_nghi %}")
    b.body("{{ de_nghi }}")
    b.tag(b.doc, "{%p endif %}")
    b.body("{{ kien_nghi.ben_giam_sat }} tiếp tục theo dõi, đôn đốc việc giải quyết các kiến nghị và tổng hợp kết"
           " quả vào báo cáo giám sát định kỳ 6 tháng./.")
    b.signature()


def don_doc_kien_nghi(b: Builder) -> None:
    """Công văn đôn đốc (Luật MTTQ Điều 28.7): the unanswered recommendations, by number, and a date."""
    b.header(cong_van=True)
    b.kinh_gui()
    b.label("Ngày {{ kien_nghi.ngay|ngay_so }}, {{ kien_nghi.ben_giam_sat }} ban hành {{ trich_dan_kien_nghi }} về "
            + TRONG_CAU % ("kien_nghi.trich_yeu", "kien_nghi.trich_yeu") + ". Đến ngày {{ ngay|ngay_so }}, "
            "{{ kien_nghi.ben_giam_sat }} chưa nhận được văn bản trả lời đối với các kiến nghị sau:")
    b.items("kien_nghi_don_doc", "k", "Kiến nghị {{ k.so }} (với {{ k.gui }}): {{ k.noi_dung }}")
    b.body("Thực hiện trách nhiệm theo dõi, đôn đốc việc giải quyết kiến nghị sau giám sát (Luật Mặt trận Tổ quốc"
           " Việt Nam, Điều 28 khoản 7), {{ kien_nghi.ben_giam_sat }} đề nghị các cơ quan, đơn vị xem xét, giải"
           " quyết và trả lời bằng văn bản trước ngày {{ han_tra_loi|ngay_so }}, ghi rõ số của từng kiến nghị./.")
    b.signature(nhu_tren=True)


BUILDERS = {
    "chuong_trinh_giam_sat": chuong_trinh_giam_sat,
    "ke_hoach_giam_sat": ke_hoach_giam_sat,
    "quyet_dinh_thanh_lap_doan_giam_sat": quyet_dinh_thanh_lap_doan_giam_sat,
    "cong_van_giam_sat": cong_van_giam_sat,
    "bien_ban_giam_sat": bien_ban_giam_sat,
    "bao_cao_ket_qua_giam_sat": bao_cao_ket_qua_giam_sat,
    "kien_nghi_sau_giam_sat": kien_nghi_sau_giam_sat,
    "theo_doi_kien_nghi": theo_doi_kien_nghi,
    "don_doc_kien_nghi": don_doc_kien_nghi,
}
