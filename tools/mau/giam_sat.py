"""Templates of the supervision dossier (QĐ 217, NQLT 403): programme, plan, decision, letter with the
report outline, minutes, results report, recommendation letter, follow-up. All are the Front's."""

from __future__ import annotations

from hoso._layout import Chu
from mau.builder import Builder, muc, title

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
    b.tag(b.doc, f"{{%p for m in {de_cuong}.muc %}}")
    b.tag(b.doc, "{%p set phan = loop.index|la_ma %}")
    b.items("m.noi_dung", "n", muc("{{ n }}"), titles=[title("{{ phan }}. {{ m.tieu_de|upper }}")],
            empty="")
    b.tag(b.doc, "{%p endfor %}")
    b.items(f"{de_cuong}.chi_tieu", "c", "{{ loop.index }}. {{ c.ten }}: …………… {{ c.don_vi_tinh }}.",
            titles=[title("{{ (" + de_cuong + ".muc|length + 1)|la_ma }}. SỐ LIỆU BÁO CÁO")])


def chuong_trinh_giam_sat(b: Builder) -> None:
    """Chương trình giám sát hằng năm (NQLT 403 Điều 3): content, form, time, who leads, who is supervised."""
    b.header()
    b.title("CHƯƠNG TRÌNH")
    b.can_cu()
    b.body("{{ hiep_thuong }}")
    b.items("muc_dich", "m", muc("{{ m }}"), titles=[title("I. MỤC ĐÍCH, YÊU CẦU")])
    b.titled([title("II. NỘI DUNG GIÁM SÁT NĂM {{ nam }}")], "Năm {{ nam }} tổ chức {{ so_cuoc }} cuộc giám sát:"
             ).paragraph_format.keep_with_next = True
    b.loop_table((800, 2500, 1800, 1800, 1555, 900),
                 ("STT", "Nội dung", "Hình thức", "Chủ trì, phối hợp", "Đối tượng", "Thời gian"), "r in muc",
                 ("{{ loop.index }}", "{{ r.noi_dung }}", "{{ r.hinh_thuc.nhan|hoa_dau }}",
                  "{{ r.chu_tri }}{% if r.phoi_hop %}; phối hợp: {{ r.phoi_hop }}{% endif %}", "{{ r.doi_tuong }}",
                  "{{ r.thoi_gian }}"), centred=(0, 5))
    b.items("to_chuc_thuc_hien", "t",
            "{{ loop.index }}. {% if loop.last %}{{ t|het }}{% else %}{{ t|trim('.') }}.{% endif %}",
            titles=[title("III. TỔ CHỨC THỰC HIỆN")], last=True)
    b.signature()


def mo_dau_ke_hoach(b: Builder, viec: str) -> None:
    """The opening of a plan a socio-political organisation may lead (``KeHoachChuTri``): the
    agreement with the Front when there is one, then I. purpose and requirements."""
    b.tag(b.doc, "{%p if thong_nhat %}")
    b.body("Sau khi thống nhất với Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp tại {{ thong_nhat }}, "
           f"kế hoạch {viec} được xây dựng như sau:")
    b.tag(b.doc, "{%p endif %}")
    b.items("muc_dich", "m", muc("{{ m }}"), titles=[title("I. MỤC ĐÍCH, YÊU CẦU"), title("1. Mục đích")])
    b.items("yeu_cau", "m", muc("{{ m }}"), titles=[title("2. Yêu cầu")])


def ke_hoach_giam_sat(b: Builder) -> None:
    """Kế hoạch giám sát (NQLT 403 Điều 6.2), with the schedule and the report outline."""
    bold = _bold(b)
    b.header()
    b.title("KẾ HOẠCH")
    b.can_cu()
    mo_dau_ke_hoach(b, "giám sát")
    b.items("doi_tuong", "m", muc("{{ m }}"),
            titles=[title("II. ĐỐI TƯỢNG, NỘI DUNG, PHẠM VI, HÌNH THỨC GIÁM SÁT"), title("1. Đối tượng giám sát")])
    b.items("noi_dung", "m", muc("{{ m }}"), titles=[title("2. Nội dung giám sát")])
    b.body(("3. Phạm vi: ", bold), "thời kỳ từ ngày {{ tu_ngay|ngay_so }} đến ngày {{ den_ngay|ngay_so }}.")
    b.body(("4. Hình thức: ", bold), "{{ hinh_thuc }}.")
    b.items("thanh_phan", "m", muc("{{ m }}"), titles=[title("III. THÀNH PHẦN ĐOÀN GIÁM SÁT")])
    b.titled([title("IV. THỜI GIAN, ĐỊA ĐIỂM")], "Đoàn giám sát làm việc {{ lich|length }} buổi theo lịch sau:"
             ).paragraph_format.keep_with_next = True
    b.loop_table((800, 2300, 3155, 3100), ("STT", "Thời gian", "Đơn vị được giám sát", "Địa điểm"), "l in lich",
                 ("{{ loop.index }}", "{{ l.bat_dau }}, {{ l.ngay|ngay_so }}", "{{ l.don_vi }}", "{{ l.dia_diem }}"))
    b.items("phan_cong", "p", ("{{ loop.index }}. {{ p.don_vi }}: ", bold),
            "{{ p.nhiem_vu }}{% if p.han %}; thời hạn: {{ p.han|ngay_so }}{% endif %}.",
            titles=[title("V. PHÂN CÔNG TRÁCH NHIỆM")])
    b.titled([title("VI. CÁC ĐIỀU KIỆN BẢO ĐẢM")], "{{ dieu_kien }}")
    b.body("Đề cương báo cáo gửi kèm theo Kế hoạch này./.", last=True)
    b.signature()
    _outline(b, "de_cuong", "từ ngày {{ tu_ngay|ngay_so }} đến ngày {{ den_ngay|ngay_so }}",
             "(Kèm theo Kế hoạch số {{ ky_hieu }} ngày {{ ngay|ngay_so }})")


def quyet_dinh_thanh_lap_doan_giam_sat(b: Builder) -> None:
    """Quyết định thành lập đoàn giám sát (NQLT 403 Điều 7.1) in the ND 30 decision layout."""
    tt = b.tt
    b.header()
    b.title("QUYẾT ĐỊNH")
    p = b.para(b.doc, _bold(b), "{{ tham_quyen }}")
    p.paragraph_format.keep_with_next = True
    b.tag(b.doc, "{%p for c in can_cu %}")
    b.para(b.doc, tt.can_cu, "{{ c.van_ban }};", body=True)
    b.tag(b.doc, "{%p endfor %}")
    b.para(b.doc, tt.can_cu, "Căn cứ {{ ke_hoach }};", body=True)
    b.para(b.doc, tt.can_cu, "Xét đề nghị của {{ xet_de_nghi }}.", body=True)
    b.decides()
    b.items("thanh_vien", "m", "{{ loop.index }}. " + THANH_VIEN + "{% if loop.last %}.{% else %};{% endif %}",
            titles=[title("Điều 1. ", ("Thành lập {{ ten_doan }}, gồm các ông (bà) có tên sau:", tt.noi_dung))])
    b.article("2", "{{ nhiem_vu }} Đoàn giám sát tự giải thể sau khi hoàn thành nhiệm vụ.")
    b.article("3", "Quyết định có hiệu lực kể từ ngày ký. {% for t in thi_hanh %}{{ t }}"
              "{% if not loop.last %}, {% endif %}{% endfor %} chịu trách nhiệm thi hành Quyết định này./."
              ).paragraph_format.keep_with_next = True
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
    b.items("ke_hoach.lich", "l", muc("{{ l.bat_dau }}, {{ l.ngay|ngay_so }}: làm việc với {{ l.don_vi }} "
                                      "tại {{ l.dia_diem }}"), titles=[title("2. Lịch làm việc của Đoàn giám sát:")])
    b.body(("3. Báo cáo: ", bold), "đề nghị đơn vị xây dựng báo cáo theo Đề cương kèm theo, gửi về "
           "{{ noi_gui_bao_cao }} trước ngày {{ han_bao_cao|ngay_so }}.")
    b.tag(b.doc, "{%p if lien_he %}")
    b.body("Thông tin liên hệ: {{ lien_he }}.")
    b.tag(b.doc, "{%p endif %}")
    b.body("Trân trọng./.", last=True)
    b.signature(nhu_tren=True)
    _outline(b, "ke_hoach.de_cuong",
             "từ ngày {{ ke_hoach.tu_ngay|ngay_so }} đến ngày {{ ke_hoach.den_ngay|ngay_so }}",
             "(Kèm theo Công văn số {{ ky_hieu }} ngày {{ ngay|ngay_so }})")


def bien_ban_giam_sat(b: Builder) -> None:
    """Biên bản làm việc của đoàn giám sát (NQLT 403 Điều 8.1), signers side by side. Sections in
    Roman numerals so the members' statements and the recommendations keep their own numbers."""
    tt = b.tt
    bold = _bold(b)
    b.header()
    b.title("BIÊN BẢN")
    b.body("Thực hiện {{ ke_hoach }} và {{ trich_dan_quyet_dinh }} thành lập Đoàn giám sát, Đoàn giám sát làm"
           " việc với {{ don_vi }}.")
    b.body(("Thời gian bắt đầu: ", bold), "{{ bat_dau }}, {{ ngay }}.")
    b.body(("Địa điểm: ", bold), "{{ dia_diem }}.")
    b.items("doan_co_mat", "m", "- " + THANH_VIEN + "{% if loop.last %}.{% else %};{% endif %}",
            titles=[title("Thành phần:"), title("1. Đoàn giám sát:")])
    b.items("dai_dien", "n", muc("{{ n.ten_goi }}, {{ n.chuc_vu }}"), titles=[title("2. {{ don_vi }}:")])
    b.items("khach_moi", "n", muc("{{ n.ten_goi }}{% if n.chuc_vu %}, {{ n.chuc_vu }}{% endif %}"),
            titles=[title("3. Khách mời:")])
    b.body(("Chủ trì: ", bold), "{{ truong_doan.danh_xung|lower }} {{ truong_doan.ho_ten }}, Trưởng đoàn. ",
           ("Thư ký: ", bold), "{{ thu_ky.danh_xung|lower }} {{ thu_ky.ho_ten }}.")
    b.titled([title("Nội dung làm việc:"), title("I. TRƯỞNG ĐOÀN THÔNG BÁO")],
             "{{ truong_doan.danh_xung }} {{ truong_doan.ho_ten }}, Trưởng đoàn, thông báo {{ trich_dan_quyet_dinh }}"
             " thành lập Đoàn giám sát; mục đích, yêu cầu, nội dung, phương thức và chương trình làm việc của Đoàn.")
    b.titled([title("II. BÁO CÁO CỦA ĐƠN VỊ ĐƯỢC GIÁM SÁT")], "{{ bao_cao }}")
    b.items("phat_bieu_day_du", "p", ("{{ loop.index }}. {{ p.thanh_vien.danh_xung }} {{ p.thanh_vien.ho_ten }}: ",
                                      bold), "{{ p.noi_dung }}",
            titles=[title("III. Ý KIẾN CỦA THÀNH VIÊN ĐOÀN GIÁM SÁT")])
    b.titled([title("{{ (3 + (phat_bieu|length > 0))|la_ma }}. GIẢI TRÌNH, KIẾN NGHỊ CỦA ĐƠN VỊ")],
             "{{ giai_trinh }}")
    b.tag(b.doc, "{%p if khao_sat %}")
    b.titled([title("{{ (4 + (phat_bieu|length > 0))|la_ma }}. KHẢO SÁT THỰC TẾ")], "{{ khao_sat }}")
    b.tag(b.doc, "{%p endif %}")
    b.titled([title("{{ (4 + (phat_bieu|length > 0) + (khao_sat is not none))|la_ma }}. KẾT LUẬN CỦA TRƯỞNG ĐOÀN")],
             "{{ ket_luan }}")
    b.items("kien_nghi", "k", "{{ k.so }}. Với {{ k.gui }}: {{ k.noi_dung }}",
            titles=[title(("Đoàn giám sát thống nhất sẽ kiến nghị các nội dung sau:", tt.noi_dung))])
    b.body("Buổi làm việc kết thúc vào {{ ket_thuc }}, {{ ngay }}. Biên bản đã được đọc lại cho những người dự"
           " cùng nghe và thông qua{% if so_ban %}; biên bản được lập thành {{ so_ban|so }} bản{% endif %}./.",
           last=True)
    b.signers("o_ky", {"thu_ky": tt.nhan_thu_ky, "truong_doan": "TRƯỞNG ĐOÀN",
                       "dai_dien": "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC GIÁM SÁT"})


def bao_cao_ket_qua_giam_sat(b: Builder) -> None:
    """Báo cáo kết quả giám sát (NQLT 403 Điều 9.1): how it ran (from the minutes), findings, recommendations."""
    bold = _bold(b)
    b.header()
    b.title("BÁO CÁO")
    b.body("Thực hiện {{ ke_hoach }} và {{ trich_dan_quyet_dinh }} thành lập Đoàn giám sát, Đoàn giám sát báo cáo"
           " kết quả như sau:")
    b.titled([title("I. QUÁ TRÌNH TỔ CHỨC GIÁM SÁT")],
             ("1. Đoàn giám sát: ", bold), "{{ quyet_dinh.thanh_vien|length }} thành viên, do "
             "{{ quyet_dinh.truong_doan.danh_xung|lower }} {{ quyet_dinh.truong_doan.ho_ten }}, "
             "{{ quyet_dinh.truong_doan.chuc_vu }} làm Trưởng đoàn.")
    b.items("bien_ban", "bb", muc("{{ bb.ngay|ngay_so }}: {{ bb.don_vi }}, tại {{ bb.dia_diem }}"),
            titles=[title("2. Thời gian, đơn vị được giám sát: ",
                          ("từ ngày {{ tu_ngay|ngay_so }} đến ngày {{ den_ngay|ngay_so }}, Đoàn làm việc "
                           "{{ so_buoi }} buổi với {{ so_don_vi }} cơ quan, đơn vị:", b.tt.noi_dung))])
    b.tag(b.doc, "{%p for d in danh_gia %}")
    b.tag(b.doc, "{%p set nd = loop %}")
    b.items("d.uu_diem", "m", muc("{{ m }}"),
            titles=[title("II. KẾT QUẢ GIÁM SÁT", when="nd.first"),
                    title("{{ nd.index }}. {{ d.noi_dung }}"), title("a) Ưu điểm")])
    b.items("d.han_che", "m", muc("{{ m }}"), titles=[title("b) Hạn chế")])
    b.items("d.nguyen_nhan", "m", muc("{{ m }}"),
            titles=[title("{% if d.han_che %}c{% else %}b{% endif %}) Nguyên nhân")])
    b.tag(b.doc, "{%p endfor %}")
    b.items("kien_nghi", "k", ("{{ k.so }}. Với {{ k.gui }}: ", bold),
            "{% if loop.last %}{{ k.noi_dung|het }}{% else %}{{ k.noi_dung }}{% endif %}",
            titles=[title("III. KIẾN NGHỊ"),
                    title(("Đoàn giám sát kiến nghị {{ so_kien_nghi }} nội dung ({% for g in kien_nghi_theo_noi_nhan %}"
                           "{{ g.so }} với {{ g.gui }}{% if not loop.last %}; {% endif %}{% endfor %}):",
                           b.tt.noi_dung))], last=True)
    b.signature()


def kien_nghi_sau_giam_sat(b: Builder) -> None:
    """Văn bản kiến nghị sau giám sát (NQLT 403 Điều 9.3): conclusions, numbered recommendations, a reply asked."""
    b.header(cong_van=True)
    b.kinh_gui()
    b.body("Thực hiện {{ ke_hoach }}, từ ngày {{ tu_ngay|ngay_so }} đến ngày "
           "{{ den_ngay|ngay_so }}, Đoàn giám sát của {{ ben_giam_sat }} đã làm việc với "
           "{% for d in don_vi_duoc_giam_sat %}{{ d }}{% if not loop.last %}, {% endif %}"
           "{% endfor %}. Căn cứ {{ trich_dan_bao_cao }} của Đoàn giám sát, {{ ben_giam_sat }} kết luận và kiến"
           " nghị như sau:")
    b.titled([title("1. Kết luận")], "{{ ket_luan }}")
    b.tag(b.doc, "{%p for g in nhom_kien_nghi %}")
    b.tag(b.doc, "{%p set nhom = loop %}")
    b.items("g.kien_nghi", "k", "Kiến nghị {{ k.so }}: {{ k.noi_dung }}",
            titles=[title("2. Kiến nghị", when="nhom.first"), title("Đối với {{ g.gui }}:")])
    b.tag(b.doc, "{%p endfor %}")
    b.body("Đề nghị các cơ quan, đơn vị xem xét, giải quyết và trả lời bằng văn bản"
           "{% if han_tra_loi %} trước ngày {{ han_tra_loi|ngay_so }}{% endif %} về {{ ben_giam_sat }}, ghi rõ"
           " số của từng kiến nghị được trả lời./.", last=True)
    b.signature(nhu_tren=True)


def theo_doi_kien_nghi(b: Builder) -> None:
    """Báo cáo theo dõi, đôn đốc kiến nghị sau giám sát (Luật MTTQ Điều 28.7, 30.1): all figures computed."""
    b.header()
    b.title("BÁO CÁO")
    b.body("Ngày {{ kien_nghi.ngay|ngay_so }}, {{ kien_nghi.ben_giam_sat }} ban hành {{ trich_dan_kien_nghi }} "
           "với {{ so_kien_nghi }} kiến nghị sau giám sát{% if han %}, đề nghị trả lời trước ngày "
           "{{ han|ngay_so }}{% endif %}. Đến ngày {{ ngay|ngay_so }}, kết quả theo dõi như sau:")
    b.items("theo_noi_nhan", "g", muc("{{ g.gui }}: {{ g.so }} kiến nghị, đã trả lời {{ g.da_tra_loi }}"),
            titles=[title("I. TÌNH HÌNH TRẢ LỜI"),
                    title(("Đã nhận {{ tra_loi|length }} văn bản trả lời; {{ so_da_tra_loi }} trên {{ so_kien_nghi }}"
                           " kiến nghị đã được trả lời, {{ so_chua_tra_loi }} kiến nghị chưa được trả lời"
                           "{% if so_qua_han %} ({{ so_qua_han }} kiến nghị đã quá hạn){% endif %}:", b.tt.noi_dung))])
    b.body("Theo kết quả: {% for t in theo_tinh_trang %}{{ t.tinh_trang }} {{ t.so }}"
           "{% if not loop.last %}; {% endif %}{% endfor %}.")
    b.tag(b.doc, "{%p if don_doc %}")
    b.body("Đã đôn đốc: {% for d in don_doc %}{{ d.van_ban }} ngày {{ d.ngay|ngay_so }} (kiến nghị số "
           "{% for n in d.so %}{{ n }}{% if not loop.last %}, {% endif %}{% endfor %})"
           "{% if not loop.last %}; {% endif %}{% endfor %}.")
    b.tag(b.doc, "{%p endif %}")
    b.titled([title("II. THEO DÕI TỪNG KIẾN NGHỊ")], "Kết quả theo dõi từng kiến nghị (giữ số của văn bản kiến nghị):"
             ).paragraph_format.keep_with_next = True
    b.loop_table((700, 2500, 1500, 1550, 2105, 1000),
                 ("Số", "Kiến nghị", "Gửi", "Ngày trả lời", "Kết quả", "Đôn đốc"), "r in dong",
                 ("{{ r.so }}", "{{ r.noi_dung }}", "{{ r.gui }}",
                  "{% if r.ngay_tra_loi %}{{ r.ngay_tra_loi|ngay_so }}{% else %}chưa trả lời"
                  "{% if r.qua_han %} (quá hạn){% endif %}{% endif %}",
                  "{{ r.tinh_trang.nhan|hoa_dau }}{% if r.ghi_chu %}: {{ r.ghi_chu }}{% endif %}",
                  "{% if r.don_doc %}{{ r.don_doc }} lần{% endif %}"), centred=(0, 3, 5))
    b.tag(b.doc, "{%p if chua_xong %}")
    b.titled([title("III. ĐỀ NGHỊ")], "Đề nghị các cơ quan, đơn vị tiếp tục xem xét, giải quyết và trả lời các kiến"
             " nghị số {% for r in chua_xong %}{{ r.so }}{% if not loop.last %}, {% endif %}{% endfor %}.")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p if de_nghi %}")
    b.body("{{ de_nghi }}")
    b.tag(b.doc, "{%p endif %}")
    b.body("{{ kien_nghi.ben_giam_sat }} tiếp tục theo dõi, đôn đốc việc giải quyết các kiến nghị và tổng hợp kết"
           " quả vào báo cáo giám sát định kỳ 6 tháng./.", last=True)
    b.signature()


def don_doc_kien_nghi(b: Builder) -> None:
    """Công văn đôn đốc (Luật MTTQ Điều 28.7): the unanswered recommendations, by number, and a date."""
    b.header(cong_van=True)
    b.kinh_gui()
    b.items("kien_nghi_don_doc", "k", "Kiến nghị {{ k.so }} (với {{ k.gui }}): {{ k.noi_dung }}",
            titles=[title(("Ngày {{ kien_nghi.ngay|ngay_so }}, {{ kien_nghi.ben_giam_sat }} ban hành "
                           "{{ trich_dan_kien_nghi }} về " + TRONG_CAU % ("kien_nghi.trich_yeu", "kien_nghi.trich_yeu")
                           + ". Đến ngày {{ ngay|ngay_so }}, {{ kien_nghi.ben_giam_sat }} chưa nhận được văn bản"
                           " trả lời đối với các kiến nghị sau:", b.tt.noi_dung))])
    b.body("Thực hiện trách nhiệm theo dõi, đôn đốc việc giải quyết kiến nghị sau giám sát (Luật Mặt trận Tổ quốc"
           " Việt Nam, Điều 28 khoản 7), {{ kien_nghi.ben_giam_sat }} đề nghị các cơ quan, đơn vị xem xét, giải"
           " quyết và trả lời bằng văn bản trước ngày {{ han_tra_loi|ngay_so }}, ghi rõ số của từng kiến nghị./.",
           last=True)
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
