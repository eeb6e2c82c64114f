"""The supervision dossier (QĐ 217, NQLT 403): one record of recommendations from the minutes to the
follow-up, deadlines as data, and the checks across the documents of a folder."""

from __future__ import annotations

import datetime as dt
import shutil
import warnings
from pathlib import Path

import pytest

import hoso
from hoso.models import (
    BaoCaoKetQuaGiamSat,
    BienBanGiamSat,
    CongVanGiamSat,
    KienNghiSauGiamSat,
    TheoDoiKienNghi,
    TinhTrang,
)
from tests.conftest import ROOT
from tests.docx_facts import full_text, open_docx

DOSSIERS = [ROOT / "examples" / name for name in ("giam_sat", "giam_sat_hoi_nong_dan")]
COMMUNE = DOSSIERS[0]


def load(name: str, folder: Path = COMMUNE) -> hoso.models.VanBan:
    return hoso.load(folder / name)


def test_recommendations_keep_their_numbers_from_the_minutes_to_the_follow_up() -> None:
    first, second = load("bien_ban_uy_ban.yaml"), load("bien_ban_tram_y_te.yaml")
    report = load("bao_cao.yaml")
    letter = load("kien_nghi.yaml")
    follow_up = load("theo_doi.yaml")
    assert isinstance(first, BienBanGiamSat) and isinstance(second, BienBanGiamSat)
    assert isinstance(report, BaoCaoKetQuaGiamSat) and isinstance(letter, KienNghiSauGiamSat)
    assert isinstance(follow_up, TheoDoiKienNghi)
    minutes_items = [(k.gui, k.noi_dung) for bb in (first, second) for k in bb.kien_nghi]
    assert [(k.so, k.gui, k.noi_dung) for k in report.kien_nghi] == [
        (i, gui, text) for i, (gui, text) in enumerate(minutes_items, 1)]
    assert letter.kien_nghi == report.kien_nghi
    assert [(r.so, r.noi_dung) for r in follow_up.dong] == [(k.so, k.noi_dung) for k in letter.kien_nghi]
    text = full_text(open_docx(hoso.render(letter)))
    for k in letter.kien_nghi:
        assert f"Kiến nghị {k.so}: {k.noi_dung}" in text


def test_counts_are_computed_never_typed() -> None:
    report = load("bao_cao.yaml")
    assert isinstance(report, BaoCaoKetQuaGiamSat)
    figures = report.so_lieu()
    assert (figures["so_buoi"], figures["so_don_vi"], figures["so_kien_nghi"]) == (2, 2, 5)
    assert figures["kien_nghi_theo_noi_nhan"] == [
        {"gui": "Ủy ban nhân dân xã", "so": 3}, {"gui": "Trạm Y tế xã", "so": 1},
        {"gui": "Trung tâm Y tế khu vực", "so": 1}]
    text = full_text(open_docx(hoso.render(report)))
    assert "Đoàn làm việc 2 buổi với 2 cơ quan, đơn vị" in text
    assert "kiến nghị 5 nội dung (3 với Ủy ban nhân dân xã; 1 với Trạm Y tế xã; 1 với Trung tâm Y tế khu vực)" in text
    follow_up = load("theo_doi.yaml")
    assert isinstance(follow_up, TheoDoiKienNghi)
    counts = follow_up.so_lieu()
    assert (counts["so_kien_nghi"], counts["so_da_tra_loi"], counts["so_chua_tra_loi"], counts["so_qua_han"]) == (
        5, 3, 2, 2)
    status = {r.so: r.tinh_trang for r in follow_up.dong}
    assert status == {1: TinhTrang.dang_giai_quyet, 2: TinhTrang.da_giai_quyet, 3: TinhTrang.da_giai_trinh,
                      4: TinhTrang.chua_tra_loi, 5: TinhTrang.chua_tra_loi}
    assert [r.don_doc for r in follow_up.dong] == [0, 0, 0, 1, 1]
    text = full_text(open_docx(hoso.render(follow_up)))
    assert "Đang giải quyết: Gửi danh sách" in text and "3 trên 5 kiến nghị đã được trả lời" in text


def test_report_from_python_equals_report_from_yaml() -> None:
    from_yaml = load("bao_cao.yaml")
    assert isinstance(from_yaml, BaoCaoKetQuaGiamSat)
    fields = from_yaml.model_dump(exclude={"bien_ban", "kien_nghi"})
    from_python = BaoCaoKetQuaGiamSat.tu_bien_ban(list(from_yaml.bien_ban), **fields)
    assert from_python == from_yaml
    assert hoso.render(from_python) == hoso.render(from_yaml)


def test_the_letter_carries_the_plan_and_its_deadlines() -> None:
    letter = load("cong_van.yaml")
    assert isinstance(letter, CongVanGiamSat)
    assert hoso.check_deadlines(letter) == []
    late = letter.model_copy(update={"ngay": letter.ke_hoach.buoi_dau.replace(day=1)})
    (warning,) = hoso.check_deadlines(late)
    assert warning.path == "ngay" and "15 ngày" in warning.message and "Điều 7" in warning.message
    text = full_text(open_docx(hoso.render(letter)))
    assert "ĐỀ CƯƠNG BÁO CÁO" in text and "(Kèm theo Công văn số 42/MTTQ-BTT" in text


def test_reply_deadline_is_a_profile_value_empty_by_default(tmp_path: Path) -> None:
    reply = load("tra_loi.yaml")
    assert hoso.check_deadlines(reply) == []
    rules = tmp_path / "rules.yaml"
    rules.write_text("quy_tac:\n  - ma: tra_loi_kien_nghi_giam_sat\n    mo_ta: Trả lời kiến nghị sau giám sát\n"
                     "    so_ngay: 15\n    chieu: sau\n    nguon: Quy định của tỉnh (ví dụ)\n", encoding="utf-8")
    (warning,) = hoso.check_deadlines(reply, rules=rules)
    assert "21 ngày" in warning.message


def test_a_programme_outside_quarter_iv_is_warned() -> None:
    programme = load("chuong_trinh.yaml")
    assert hoso.check_deadlines(programme) == []
    (warning,) = hoso.check_deadlines(programme.model_copy(update={"ngay": programme.ngay.replace(year=2026)}))
    assert "quý IV" in warning.message


def test_an_organisation_leads_only_after_agreeing_with_the_front() -> None:
    import yaml

    data = yaml.safe_load((DOSSIERS[1] / "ke_hoach.yaml").read_text("utf-8"))
    del data["thong_nhat"]
    with pytest.raises(hoso.DataError) as info:
        hoso.load(data)
    assert [p.path for p in info.value.problems] == ["thong_nhat"]
    assert "Điều 26.3" in info.value.problems[0].message


@pytest.mark.parametrize("folder", DOSSIERS, ids=lambda p: p.name)
def test_example_dossiers_check_clean(folder: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert hoso.check_dossier(folder) == []


def _edit(path: Path, old: str, new: str) -> int:
    """Replace ``old`` (once) in ``path``; the line number where it was."""
    text = path.read_text("utf-8")
    assert text.count(old) == 1, (path.name, old)
    path.write_text(text.replace(old, new), "utf-8")
    return text[:text.index(old)].count("\n") + 1


@pytest.mark.parametrize("folder", DOSSIERS, ids=lambda p: p.name)
def test_check_dossier_finds_planted_problems(folder: Path, tmp_path: Path) -> None:
    broken = tmp_path / folder.name
    shutil.copytree(folder, broken)
    plan = hoso.load(folder / "ke_hoach.yaml")
    assert hasattr(plan, "buoi_dau")
    first_meeting = plan.buoi_dau
    letter = hoso.load(folder / "cong_van.yaml")
    late_letter = _edit(broken / "cong_van.yaml", f"ngay: {letter.ngay.isoformat()}",
                        f"ngay: {(first_meeting - dt.timedelta(days=10)).isoformat()}")
    report = hoso.load(folder / "bao_cao.yaml")
    late_report = _edit(broken / "bao_cao.yaml", f"ngay: {report.ngay.isoformat()}",
                        f"ngay: {report.ngay.replace(month=report.ngay.month + 1).isoformat()}")
    missing = _edit(broken / "kien_nghi.yaml", "bao_cao: bao_cao.yaml\n",
                    "bao_cao: bao_cao.yaml\nchon:\n  - so: 1\n  - so: 9\n") + 3
    found = {(Path(p.source or "").name, p.line, p.path) for p in hoso.check_dossier(broken)}
    assert ("cong_van.yaml", late_letter, "ngay") in found
    assert ("bao_cao.yaml", late_report, "ngay") in found
    assert ("kien_nghi.yaml", missing, "chon[1].so") in found
    # A member not in the decision (in a second copy: the minutes that fail take the report with them).
    other = tmp_path / "other"
    shutil.copytree(folder, other)
    minutes = sorted(other.glob("bien_ban*.yaml"))[-1].name
    stranger = _edit(other / minutes, "thanh_vien_du:\n", "thanh_vien_du:\n  - Người Lạ\n") + 1
    found = {(Path(p.source or "").name, p.line, p.path) for p in hoso.check_dossier(other)}
    assert (minutes, stranger, "thanh_vien_du[0]") in found


SUPERVISION = sorted(p for folder in DOSSIERS for p in folder.glob("*.yaml"))


@pytest.mark.parametrize("example", SUPERVISION, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bad_input_is_located_on_every_supervision_example(example: Path, tmp_path: Path) -> None:
    """Unknown key, impossible date and NFD text on every example of the dossier (beside its cited files)."""
    import unicodedata

    text = example.read_text("utf-8")
    copy = tmp_path / example.parent.name
    shutil.copytree(example.parent, copy)
    target = copy / example.name
    target.write_text(text.replace("\ndia_danh:", "\ndia_dahn: x\ndia_danh:", 1), "utf-8")
    with pytest.raises(hoso.DataError) as info:
        hoso.load(target)
    (unknown,) = [p for p in info.value.problems if p.path == "dia_dahn"]
    assert "dia_danh" in unknown.message and unknown.line == text.split("\ndia_danh:")[0].count("\n") + 2
    day = next(line for line in text.splitlines() if line.startswith("ngay: "))
    target.write_text(text.replace(day, "ngay: 30/02/2026", 1), "utf-8")
    with pytest.raises(hoso.DataError) as info:
        hoso.load(target)
    assert [p.path for p in info.value.problems] == ["ngay"]
    place = next(line for line in text.splitlines() if line.startswith("trich_yeu: "))
    target.write_text(text.replace(place, unicodedata.normalize("NFD", place), 1), "utf-8")
    doc = hoso.load(target)
    assert doc.trich_yeu == place.removeprefix("trich_yeu: ")


def test_reminder_lists_the_unanswered_recommendations_and_is_recorded(tmp_path: Path) -> None:
    reminder = load("don_doc.yaml")
    assert isinstance(reminder, hoso.models.CongVanDonDocKienNghi)
    assert [k.so for k in reminder.kien_nghi_don_doc] == [4, 5]
    text = full_text(open_docx(hoso.render(reminder)))
    for k in reminder.kien_nghi_don_doc:
        assert f"Kiến nghị {k.so} (với {k.gui}): {k.noi_dung}" in text
    broken = tmp_path / "giam_sat"
    shutil.copytree(COMMUNE, broken)
    line = _edit(broken / "theo_doi.yaml", "    so: [4, 5]\n", "    so: [4]\n")
    found = {(Path(p.source or "").name, p.path) for p in hoso.check_dossier(broken)}
    assert ("theo_doi.yaml", "don_doc") in found
    assert line > 0


def test_titles_print_once_and_the_outline_numbers_its_sections() -> None:
    letter = full_text(open_docx(hoso.render(load("kien_nghi.yaml"))))
    assert letter.count("2. Kiến nghị") == 1 and letter.count("Đối với ") == 3
    report = full_text(open_docx(hoso.render(load("bao_cao.yaml"))))
    assert report.count("II. KẾT QUẢ GIÁM SÁT") == 1 and report.count("a) Ưu điểm") == 2
    plan = full_text(open_docx(hoso.render(load("ke_hoach.yaml"))))
    outline = plan[plan.index("ĐỀ CƯƠNG BÁO CÁO"):]
    for heading in ("I. ĐẶC ĐIỂM, TÌNH HÌNH", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "V. SỐ LIỆU BÁO CÁO"):
        assert heading in outline
    assert "(Kèm theo Kế hoạch số 18/KH-MTTQ-BTT ngày 10/4/2026)" in outline
