"""Bad input gets one DataError listing every problem: field path, YAML line:column, Vietnamese message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

import hoso
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "doi_thoai" / "bien_ban.yaml"


def problems_of(source: object) -> list[hoso.Problem]:
    with pytest.raises(hoso.DataError) as info:
        hoso.load(source)  # type: ignore[arg-type]
    return list(info.value.problems)


def write(tmp_path: Path, text: str, name: str = "bb.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_unknown_key_is_refused_with_did_you_mean_and_position(tmp_path: Path, example_text: str) -> None:
    text = example_text.replace("dia_diem: Hội trường", "dia_dim: Hội trường")
    path = write(tmp_path, text)
    found = problems_of(path)
    unknown = next(p for p in found if p.path == "dia_dim")
    assert "có phải ý bạn là 'dia_diem'" in unknown.message
    assert (unknown.line, unknown.column) == (line_of(text, "dia_dim:"), 1)
    assert unknown.source == str(path)
    assert any(p.path == "dia_diem" and "thiếu" in p.message for p in found)
    assert f"{path}:{unknown.line}:1: dia_dim:" in str(hoso.DataError(found))


def test_nested_unknown_key_names_its_path(tmp_path: Path, example_text: str) -> None:
    text = example_text.replace("  ky_hieu: MTTQ-BTT", "  ky_hieuu: MTTQ-BTT")
    (problem, *_rest) = [p for p in problems_of(write(tmp_path, text)) if p.path == "co_quan.ky_hieuu"]
    assert "ky_hieu" in problem.message and problem.line == line_of(text, "ky_hieuu")


def test_every_problem_is_reported_at_once(tmp_path: Path, example_text: str) -> None:
    text = (example_text.replace("ngay: 2026-03-20", "ngay: 2026-02-30")
            .replace("ket_thuc: \"11:30\"", "ket_thuc: \"07:30\"")
            .replace("    so_co_mat: 72", "    so_co_mat: 81")
            .replace("\nso_ban: 3", "\nso_ban: 3\nghi_chu: x"))
    found = {p.path: p for p in problems_of(write(tmp_path, text))}
    assert {"ngay", "thanh_phan[3].so_co_mat", "ghi_chu"} <= set(found)
    assert "ngày có thật" in found["ngay"].message
    assert "không thể lớn hơn số được mời" in found["thanh_phan[3].so_co_mat"].message
    assert found["thanh_phan[3].so_co_mat"].line == line_of(text, "so_co_mat: 81")


def test_cross_field_rules(tmp_path: Path, example_text: str) -> None:
    data = yaml.safe_load(example_text)
    data["ket_thuc"] = "07:00"
    data["y_kien"][0] = {**data["y_kien"][0], "han_tra_loi": None, "don_vi_tra_loi": None}
    data["y_kien"][4] = {**data["y_kien"][4], "co_quan_chuyen": None}  # a referral to a body not yet known
    data["y_kien"][1] = {**data["y_kien"][1], "tra_loi": None, "nguoi_tra_loi": None,
                         "han_tra_loi": "2026-04-01", "cach_tra_loi": "van_ban", "co_quan_chuyen": "Sở Xây dựng"}
    found = {p.path: p.message for p in problems_of(data)}
    assert "phải sau giờ bắt đầu" in found["ket_thuc"]
    assert "đơn vị chịu trách nhiệm" in found["y_kien[0].don_vi_tra_loi"] and "y_kien[0].han_tra_loi" not in found
    assert not any(path.startswith("y_kien[4]") for path in found)
    assert "nội dung trả lời" in found["y_kien[1].tra_loi"]
    assert "to_chuc_tra_loi" in found["y_kien[1].nguoi_tra_loi"]
    for name in ("han_tra_loi", "cach_tra_loi", "co_quan_chuyen"):
        assert "chỉ ghi cho ý kiến" in found[f"y_kien[1].{name}"]


def test_missing_required_field(example_text: str) -> None:
    data = yaml.safe_load(example_text)
    del data["ket_luan"]
    del data["co_quan"]["ten"]
    found = {p.path: p.message for p in problems_of(data)}
    assert found == {"ket_luan": "thiếu trường bắt buộc này", "co_quan.ten": "thiếu trường bắt buộc này"}


@pytest.mark.parametrize("bad", ["2026-02-30", "30/02/2026", "31/04/2026"])
def test_impossible_dates_are_refused(example_text: str, bad: str) -> None:
    data = yaml.safe_load(example_text)
    data["ngay"] = bad
    (problem,) = problems_of(data)
    assert problem.path == "ngay" and "có thật" in problem.message


def test_a_control_character_beside_a_date_is_refused(example_text: str) -> None:
    data = yaml.safe_load(example_text)
    data["ngay"] = "20/03/2026 \x0b"
    (problem,) = problems_of(data)
    assert problem.path == "ngay"


def test_vietnamese_date_form_is_accepted(example_text: str) -> None:
    data = yaml.safe_load(example_text)
    data["ngay"] = "20/03/2026"
    assert hoso.load(data).ngay == dt.date(2026, 3, 20)


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x1f", "\ufffe"])
def test_characters_xml_cannot_hold_are_refused_naming_the_field(example_text: str, char: str) -> None:
    data = yaml.safe_load(example_text)
    data["y_kien"][2]["noi_dung"] = f"Mẹ tôi{char} năm nay 80 tuổi"
    (problem,) = problems_of(data)
    assert problem.path == "y_kien[2].noi_dung"
    assert f"U+{ord(char):04X}" in problem.message and "vị trí 7" in problem.message


def test_body_names_must_be_capitals(example_text: str) -> None:
    data = yaml.safe_load(example_text)
    data["co_quan"]["ten"] = "Ban Thường trực"
    (problem,) = problems_of(data)
    assert problem.path == "co_quan.ten" and "'BAN THƯỜNG TRỰC'" in problem.message
    data["co_quan"]["ten"] = "Ủy ban nhân dân\nxã An Ấp"
    (problem,) = problems_of(data)
    assert "\n" not in problem.message and "'ỦY BAN NHÂN DÂN\\nXÃ AN ẤP'" in problem.message


def test_district_level_only_before_july_2025(example_text: str) -> None:
    data = yaml.safe_load(example_text)
    data["co_quan"]["cap"] = "huyen"
    (problem,) = problems_of(data)
    assert problem.path == "co_quan.cap" and "01/7/2025" in problem.message
    data.update(ngay="2024-03-20", y_kien=[])
    assert hoso.load(data).co_quan.cap == "huyen"


def test_unknown_kind_and_missing_kind() -> None:
    (problem,) = problems_of({"loai": "bien_ban_doi_thoaj"})
    assert problem.path == "loai" and "có phải ý bạn là 'bien_ban_doi_thoai'" in problem.message
    (problem,) = problems_of({"so": 1})
    assert problem.path == "loai" and "bien_ban_doi_thoai" in problem.message


def test_enum_values_are_listed(example_text: str) -> None:
    data = yaml.safe_load(example_text)
    data["y_kien"][0]["trang_thai"] = "da_xong"
    (problem,) = problems_of(data)
    assert problem.path == "y_kien[0].trang_thai"
    assert "'da_tra_loi'" in problem.message and "'chuyen_cap_tren'" in problem.message


def test_yaml_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["loai: bien_ban_doi_thoai", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]"
              for i in range(1, 10)]
    (problem,) = problems_of(write(tmp_path, "\n".join(lines)))
    assert "bí danh" in problem.message


def test_yaml_syntax_error_has_a_position(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, "loai: bien_ban_doi_thoai\nso: [1, 2\nngay: x\n"))
    assert problem.line is not None and "YAML" in problem.message


def test_duplicate_keys_are_refused(tmp_path: Path, example_text: str) -> None:
    text = example_text.replace("so_ban: 3", "so_ban: 3\nso_ban: 4")
    found = problems_of(write(tmp_path, text))
    assert any(p.path == "so_ban" and "lặp lại" in p.message for p in found)


def test_missing_file() -> None:
    (problem,) = problems_of("khong-co.yaml")
    assert "không tìm thấy" in problem.message


def test_rules_across_fields_are_reported_with_the_other_problems(example_text: str) -> None:
    data = yaml.safe_load(example_text)
    del data["chu_tri"][1]["chuc_vu"]  # a chair signs with a position
    data["y_kien"][3]["stt"] = 1  # the same number twice
    data["y_kien"][7]["han_tra_loi"] = "2026-03-01"  # a reply deadline before the conference
    data["hinh_thuc"] = "truc_tiepp"  # and an ordinary field error
    found = {p.path: p.message for p in problems_of(data)}
    assert set(found) == {"chu_tri[1].chuc_vu", "y_kien[3].stt", "y_kien[7].han_tra_loi", "hinh_thuc"}
    assert "trùng với ý kiến thứ 1" in found["y_kien[3].stt"]
    # A rule that needs a valid date is checked once the date is valid; the others still are.
    data["co_quan"]["cap"] = "huyen"
    found = {p.path: p.message for p in problems_of(data)}
    assert set(found) == {"co_quan.cap", "chu_tri[1].chuc_vu", "y_kien[3].stt", "hinh_thuc"}


def test_a_raw_control_character_in_the_file_is_located_with_the_other_problems(tmp_path: Path,
                                                                                 example_text: str) -> None:
    # Pasted from another editor: the character sits in the file itself, not as a YAML escape.
    text = example_text.replace("dia_diem: Hội trường", "dia_diem: Hội\x0b trường").replace(
        "ngay: 2026-03-20", "ngay: 31/02/2026")
    path = write(tmp_path, text)
    found = {p.path: p for p in problems_of(path)}
    assert set(found) == {"dia_diem", "ngay"}
    assert "U+000B" in found["dia_diem"].message
    assert (found["dia_diem"].line, found["dia_diem"].column) == (line_of(text, "dia_diem:"), 14)
    assert not (tmp_path / "out").exists()
