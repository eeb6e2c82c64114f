"""The social-criticism dossier (Luật MTTQ Chương VI, NQLT 403 Điều 14–19): the draft's deadlines
as data, the questions under the law's five contents, who may lead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import hoso
from hoso._text import la_ma
from hoso.models import (
    BienBanHoiNghiPhanBien,
    CongVanLayYKienPhanBien,
    HinhThucPhanBien,
    KeHoachPhanBien,
    NoiDungPhanBien,
    VanBanPhanBienXaHoi,
    YKienPhanBien,
)
from tests.conftest import ROOT
from tests.docx_facts import full_text, open_docx

COMMUNE = ROOT / "examples" / "phan_bien"
PROVINCE = ROOT / "examples" / "phan_bien_tinh"


def test_the_draft_must_reach_the_front_15_days_before_submission() -> None:
    plan = hoso.load(COMMUNE / "ke_hoach.yaml")
    assert isinstance(plan, KeHoachPhanBien)
    assert hoso.check_deadlines(plan) == []
    late = plan.model_copy(update={"du_thao": plan.du_thao.model_copy(update={"ngay_nhan": plan.du_thao.ngay_trinh})})
    (warning,) = hoso.check_deadlines(late)
    assert warning.path == "du_thao.ngay_nhan" and "Điều 36 khoản 1" in warning.message


def test_questions_stand_under_the_five_contents_in_the_laws_order() -> None:
    letter = hoso.load(PROVINCE / "lay_y_kien.yaml")
    assert isinstance(letter, CongVanLayYKienPhanBien) and len(letter.kinh_gui) == 5
    text = full_text(open_docx(hoso.render(letter)))
    headings = [f"{i}. Về {n.nhan}:" for i, n in enumerate(NoiDungPhanBien, 1)]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    feasible = text.index("Quy trình xét duyệt hỗ trợ")
    assert positions[2] < feasible < positions[3]


def test_answers_due_before_the_conference() -> None:
    letter = hoso.load(PROVINCE / "lay_y_kien.yaml")
    assert isinstance(letter, CongVanLayYKienPhanBien)
    (warning,) = hoso.check_deadlines(letter.model_copy(update={"hoi_nghi": letter.han_tra_loi}))
    assert warning.path == "han_tra_loi"


@pytest.mark.parametrize(("name", "change", "field", "words"), [
    ("ke_hoach.yaml", "chu_the: to_chuc_chinh_tri_xa_hoi\n", "thong_nhat", "Điều 33.3"),
    ("giay_moi.yaml", "hinh_thuc: gui_du_thao\n", "hinh_thuc", "lay_y_kien_phan_bien"),
])
def test_bad_criticism_data_is_located(tmp_path: Path, name: str, change: str, field: str, words: str) -> None:
    source = (COMMUNE / name).read_text(encoding="utf-8")
    keys = tuple(line.split(":")[0] + ":" for line in change.splitlines())
    lines = [line for line in source.splitlines(keepends=True) if not line.startswith(keys)]
    broken = tmp_path / name
    broken.write_text("".join(lines) + change, encoding="utf-8")
    with pytest.raises(hoso.DataError) as caught:
        hoso.load(broken)
    (problem,) = caught.value.problems
    assert problem.path == field and words in problem.message


def test_the_criticism_document_has_the_five_contents_in_the_laws_order_with_their_recommendations() -> None:
    doc = hoso.load(COMMUNE / "van_ban_phan_bien.yaml")
    assert isinstance(doc, VanBanPhanBienXaHoi)
    text = full_text(open_docx(hoso.render(doc)))
    headings = [f"{la_ma(i)}. VỀ {n.nhan.upper()}" for i, n in enumerate(NoiDungPhanBien, 1)]
    starts = [text.index(h) for h in headings] + [text.index("VI. ĐỀ NGHỊ")]
    assert starts == sorted(starts)
    contents = list(NoiDungPhanBien)
    for k in doc.kien_nghi:
        at = text.index(f"Kiến nghị {k.so}" + (f" ({k.dieu})" if k.dieu else "") + f": {k.noi_dung}")
        section = contents.index(k.noi_dung_phan_bien)
        assert starts[section] < at < starts[section + 1], k.so
    assert "trả lời bằng văn bản đối với từng kiến nghị" in text


def test_opinions_of_the_minutes_and_written_comments_fill_a_draft_that_lists_what_remains() -> None:
    minutes = hoso.load(COMMUNE / "bien_ban.yaml")
    assert isinstance(minutes, BienBanHoiNghiPhanBien)
    written = YKienPhanBien(ho_ten="Trần Đức Hạnh", don_vi="Tổ tư vấn", noi_dung_phan_bien=NoiDungPhanBien.tac_dong,
                            dieu="Điều 5", noi_dung="Cần số liệu về ngân sách từng năm.")
    draft = VanBanPhanBienXaHoi.tu_y_kien(minutes, [written])
    assert [len(draft["nhan_xet"][n.value]) for n in NoiDungPhanBien] == [1, 1, 2, 2, 1]
    assert draft["nhan_xet"]["tac_dong"][1] == "Trần Đức Hạnh (Tổ tư vấn), Điều 5: Cần số liệu về ngân sách từng năm."
    with pytest.raises(hoso.DataError) as caught:
        hoso.load(draft)
    assert sorted(p.path for p in caught.value.problems) == [
        "ben_phan_bien", "kien_nghi", "ngay", "nguoi_ky", "trich_yeu"]


def test_the_form_held_decides_the_order_and_the_recipients(tmp_path: Path) -> None:
    test_bad_criticism_data_is_located(tmp_path, "bien_ban.yaml", "hinh_thuc: doi_thoai\n", "dinh_huong", "Điều 19")
    doc = hoso.load(COMMUNE / "van_ban_phan_bien.yaml")
    assert isinstance(doc, VanBanPhanBienXaHoi)
    d = doc.du_thao
    assert doc.model_copy(update={"kinh_gui": []}).gui_den == [d.co_quan_soan_thao]
    dialogue = doc.model_copy(update={"kinh_gui": [], "hinh_thuc": HinhThucPhanBien.doi_thoai})
    assert dialogue.gui_den == [d.co_quan_soan_thao, d.co_quan_ban_hanh]


def _broken_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    folder = tmp_path / "phan_bien"
    shutil.copytree(COMMUNE, folder)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def _line(path: Path, start: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start))


def test_the_commune_dossier_is_consistent() -> None:
    assert hoso.check_dossier(COMMUNE) == []


def test_a_recommendation_left_unanswered_is_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "tra_loi.yaml", "  - so: 5\n    ket_qua: khong_tiep_thu\n", "")
    text = (folder / "tra_loi.yaml").read_text(encoding="utf-8")
    (folder / "tra_loi.yaml").write_text(text.replace("    noi_dung: Ngân sách xã năm 2026", "", 1).replace(
        " chưa cân đối được mức 70%; hộ nghèo, hộ cận nghèo được ưu tiên xét trước trong từng đợt hỗ trợ\n", ""),
        encoding="utf-8")
    (problem,) = hoso.check_dossier(folder)
    assert (Path(problem.source or "").name, problem.path) == ("tra_loi.yaml", "muc")
    assert problem.line == _line(folder / "tra_loi.yaml", "muc:") and "kiến nghị số 5" in problem.message


def test_an_opinion_neither_used_nor_declined_and_another_draft_are_reported(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "van_ban_phan_bien.yaml", "y_kien_dung: [1, 2, 3, 4, 5, 6]",
                          "y_kien_dung: [1, 2, 3, 4, 5]")
    text = (folder / "giay_moi.yaml").read_text(encoding="utf-8")
    (folder / "giay_moi.yaml").write_text(text.replace("giai đoạn 2026 – 2030", "giai đoạn 2026 – 2035"),
                                          encoding="utf-8")
    found = {(Path(p.source or "").name, p.path): p for p in hoso.check_dossier(folder)}
    assert set(found) == {("bien_ban.yaml", "y_kien[5]"), ("giay_moi.yaml", "du_thao.ten")}
    assert "ý kiến số 6" in found["bien_ban.yaml", "y_kien[5]"].message
    assert found["bien_ban.yaml", "y_kien[5]"].line is not None


@pytest.mark.parametrize(("dropped", "field"), [
    ("    vi_tri: Điều 3 khoản 2", "muc[1].vi_tri"),
    ("bao_cao_ban_hanh:", "bao_cao_ban_hanh"),
])
def test_the_reply_says_where_in_the_draft_and_that_it_reported(tmp_path: Path, dropped: str, field: str) -> None:
    lines = (COMMUNE / "tra_loi.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    broken = tmp_path / "tra_loi.yaml"
    broken.write_text("".join(line for line in lines if not line.startswith(dropped)), encoding="utf-8")
    shutil.copy(COMMUNE / "van_ban_phan_bien.yaml", tmp_path)
    with pytest.raises(hoso.DataError) as caught:
        hoso.load(broken)
    assert [p.path for p in caught.value.problems] == [field]


def test_the_study_of_documents_letter_numbers_its_recommendations() -> None:
    letter = hoso.load(ROOT / "examples" / "nghien_cuu_van_ban" / "kien_nghi.yaml")
    text = full_text(open_docx(hoso.render(letter)))
    assert "Kiến nghị 1. Với Ủy ban nhân dân xã:" in text and "Kiến nghị 2. Với Ủy ban nhân dân xã:" in text
    assert "trả lời bằng văn bản" in text


def test_a_criticism_document_dated_before_the_conference_is_reported(tmp_path: Path) -> None:
    folder = _broken_copy(tmp_path, "van_ban_phan_bien.yaml", "ngay: 2026-04-16", "ngay: 2026-04-13")
    found = [p for p in hoso.check_dossier(folder) if Path(p.source or "").name == "van_ban_phan_bien.yaml"]
    assert [(p.path, p.line) for p in found] == [("ngay", _line(folder / "van_ban_phan_bien.yaml", "ngay:"))]
    assert "05/BB-MTTQ-BTT" in found[0].message


def test_criticism_invitations_one_file_each(tmp_path: Path) -> None:
    files = hoso.render_invitations(ROOT / "examples" / "phan_bien" / "giay_moi.yaml", tmp_path)
    model = hoso.load(ROOT / "examples" / "phan_bien" / "giay_moi.yaml")
    assert len(files) == len(model.khach_moi) >= 2  # type: ignore[attr-defined]
    assert all(full_text(open_docx(f)).count("GIẤY MỜI") == 1 for f in files)


def test_only_drafts_of_state_bodies_at_the_same_level() -> None:
    """Luật MTTQ Điều 33.1: a commune Front criticises drafts of its commune's bodies only."""
    path = ROOT / "examples" / "phan_bien" / "ke_hoach.yaml"
    text = path.read_text(encoding="utf-8")
    model = hoso.load(path)
    wrong = text.replace(model.du_thao.co_quan_soan_thao, "Ủy ban nhân dân tỉnh Đồng Nai", 1)  # type: ignore[attr-defined]
    with pytest.raises(hoso.DataError) as err:
        hoso.load(wrong)
    (problem,) = err.value.problems
    assert problem.path == "du_thao.co_quan_soan_thao" and "cùng cấp" in problem.message and problem.line


def test_a_reply_answers_a_study_of_documents_letter_by_number() -> None:
    folder = ROOT / "examples" / "nghien_cuu_van_ban"
    letter, reply = hoso.load(folder / "kien_nghi.yaml"), hoso.load(folder / "tra_loi.yaml")
    text = full_text(open_docx(hoso.render(reply)))
    for k in letter.kien_nghi:  # type: ignore[attr-defined]
        assert k.noi_dung in text
    assert f"Văn bản số {letter.ky_hieu}" in text
    data = (folder / "tra_loi.yaml").read_text(encoding="utf-8").replace("  - so: 2\n", "  - so: 7\n")
    with pytest.raises(hoso.DataError) as err:
        hoso.load(data.replace("nghien_cuu: kien_nghi.yaml", f"nghien_cuu: {folder / 'kien_nghi.yaml'}"))
    assert [p.path for p in err.value.problems] == ["muc[1].so"]
