"""Fixed wording a records clerk would otherwise correct by hand (design.md §7)."""

from __future__ import annotations

from pathlib import Path

from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

import hoso
from hoso import _text
from hoso._layout import THU_THUC
from hoso.models import HeThong, ThongBaoDoiThoai, ThongBaoKetLuanDoiThoai, TrangThai
from tests.conftest import EXAMPLES
from tests.docx_facts import full_text, open_docx


def _text_of(docx: Path) -> str:
    return " ".join(full_text(open_docx(docx)).split())


def test_the_notice_names_who_gives_notice(rendered: dict[Path, Path]) -> None:
    notices = [e for e in EXAMPLES if hoso.load(e).loai == "thong_bao_doi_thoai"]
    assert notices
    for example in notices:
        model = hoso.load(example)
        assert isinstance(model, ThongBaoDoiThoai) and model.co_quan.ten_trong_cau
        subject = f"{', ' if model.ke_hoach else ''}{model.co_quan.ten_trong_cau} thông báo về việc"
        assert subject in _text_of(rendered[example]), example


def test_the_conclusions_tell_residents_the_answers_and_verbs_follow_authority(rendered: dict[Path, Path]) -> None:
    found = set()
    for example in EXAMPLES:
        model = hoso.load(example)
        if not isinstance(model, ThongBaoKetLuanDoiThoai):
            continue
        system = model.co_quan.he_thong
        found.add(system)
        text = _text_of(rendered[example])
        tt = THU_THUC[system]
        for y in model.y_kien:
            if y.trang_thai is TrangThai.da_tra_loi:
                assert " ".join((y.tra_loi_tom_tat or y.tra_loi or "").split()) in text, (example, y.stt)
            elif y.trang_thai is TrangThai.tra_loi_sau:
                assert (f"{tt.giao} {y.don_vi_tra_loi} trả lời {y.cach_tra_loi.nhan} trước "
                        f"{_text.ngay(y.han_tra_loi)}") in text  # type: ignore[arg-type]
            else:
                assert f"chuyển {y.noi_chuyen} xem xét, giải quyết" in text
        # The Front proposes; a Party committee or a People's Committee assigns.
        section_iii = text[text.index("III. "):text.index("IV. NỘI DUNG KIẾN NGHỊ CẤP TRÊN")]
        part_i = text[text.index("I. CÁC VẤN ĐỀ"):text.index("II. KẾT LUẬN")]
        if system is HeThong.mat_tran:
            assert section_iii.startswith("III. ĐỀ NGHỊ") and "Hướng xử lý: giao" not in part_i
        else:
            assert section_iii.startswith("III. GIAO NHIỆM VỤ")
        # Honorifics are lower case inside a sentence.
        chair = model.bien_ban.chu_tri[0]
        chaired = f"{_text.hoa_dau(model.bien_ban.kieu.ngan)} do {chair.ten_goi_trong_cau}"
        assert chaired in text and chair.ten_goi_trong_cau[0].islower()
    assert found == set(HeThong)


def test_every_body_ends_with_its_closing_mark(rendered: dict[Path, Path]) -> None:
    """ND 30 and HD 36 end a document's body with "./." — in every kind, whatever is last."""
    for example, docx in rendered.items():
        doc = open_docx(docx)
        body = list(doc.element.body)
        signature = [e for e in body if e.tag == qn("w:tbl")][-1]
        last = next(Paragraph(e, doc) for e in reversed(body[:body.index(signature)])
                    if e.tag == qn("w:p") and "".join(e.itertext()).strip())
        assert last.text.endswith("./.") and not last.text.endswith("././."), (example.name, last.text[-40:])
        assert last.paragraph_format.keep_with_next, (example.name, "the last paragraph travels with the signature")
