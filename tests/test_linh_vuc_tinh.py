"""A province's own fields of opinion as data (issue 8, point 4): a profile of codes and labels,
read per load (no global state), printed in the minutes and counted in the report."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

import hoso
from hoso.models import HoSoTinh, LinhVucTinh, YKien
from tests.docx_facts import full_text, open_docx

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "examples" / "linh_vuc_tinh"
PROFILE = FOLDER / "ho_so_tinh.yml"


def _minutes() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FOLDER / "bien_ban.yaml").read_text(encoding="utf-8"))
    return data


def test_profile_field_prints_in_the_minutes(rendered: dict[Path, Path]) -> None:
    text = full_text(open_docx(rendered[FOLDER / "bien_ban.yaml"]))
    assert "4. Bà Phạm Thị Nga (thôn Bắc), lĩnh vực thủy lợi nội đồng:" in text
    assert "5. Ông Mai Văn Lực (thôn Trung), lĩnh vực làng nghề truyền thống:" in text


def test_report_counts_profile_fields_in_their_place(rendered: dict[Path, Path]) -> None:
    """Equal counts keep the built-in order; a province's field stands right after the built-in
    field it names (thủy lợi nội đồng after thủy lợi), one without a group just before "khác"."""
    doc = open_docx(rendered[FOLDER / "bao_cao.yaml"])
    table = next(t for t in doc.tables if t.rows[0].cells[1].text == "Lĩnh vực")
    rows = [(r.cells[1].text, r.cells[2].text) for r in table.rows[1:]]
    assert rows[-3:] == [("Thủy lợi nội đồng", "1"), ("Làng nghề truyền thống", "1"), ("Tổng cộng", "5")]
    assert ("Kinh tế, sản xuất", "1") not in rows and ("Môi trường", "1") not in rows


def test_check_dossier_reads_the_profile_and_skips_it() -> None:
    assert hoso.check_dossier(FOLDER) == []


def test_profile_given_to_load() -> None:
    data = _minutes()
    del data["ho_so_tinh"]
    with pytest.raises(hoso.DataError) as err:
        hoso.load(data)
    (first, second) = err.value.problems
    assert first.path == "y_kien[3].linh_vuc" and "'thuy_loi_noi_dong' không có" in first.message
    assert "ho_so_tinh" in first.message and second.path == "y_kien[4].linh_vuc"
    doc = hoso.load(data, ho_so_tinh=PROFILE)
    assert doc.y_kien[3].linh_vuc.nhan == "thủy lợi nội đồng"


def test_unknown_code_lists_built_in_and_profile_codes() -> None:
    text = (FOLDER / "bien_ban.yaml").read_text(encoding="utf-8").replace("linh_vuc: lang_nghe",
                                                                          "linh_vuc: lang_ngh")
    path = FOLDER.parent / "linh_vuc_tinh" / ".tmp-sai-ma.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        with pytest.raises(hoso.DataError) as err:
            hoso.load(path)
    finally:
        path.unlink()
    (problem,) = err.value.problems
    assert problem.path == "y_kien[4].linh_vuc" and problem.line == text.splitlines().index(
        "    linh_vuc: lang_ngh") + 1
    assert "dat_dai" in problem.message and "thuy_loi_noi_dong, lang_nghe, nuoc_sach_nong_thon" in problem.message


def test_profile_problems_are_located_in_the_profile() -> None:
    rest = {k: v for k, v in _minutes().items() if k != "ho_so_tinh"}
    bad = "linh_vuc:\n  - {ma: thuy_loi, nhan: thủy lợi}\n  - {ma: lang_nghe, nhan: a}\n  - {ma: lang_nghe, nhan: b}\n"
    with pytest.raises(hoso.DataError) as err:
        hoso.load(rest, ho_so_tinh=bad)
    found = {p.path: p for p in err.value.problems}
    assert "đã có sẵn" in found["linh_vuc[0].ma"].message and found["linh_vuc[0].ma"].line == 2
    assert "trùng" in found["linh_vuc[2].ma"].message
    with pytest.raises(hoso.DataError) as err:
        hoso.load(rest, ho_so_tinh="linh_vuc:\n  - {ma: Làng-Nghề, nhan: c, nhom: khong_co}\n")
    assert {p.path for p in err.value.problems} == {"linh_vuc[0].ma", "linh_vuc[0].nhom"}


@pytest.mark.parametrize("reference", [None, "", "khong_co.yml"])
def test_a_bad_profile_reference_is_refused_at_its_key(reference: str | None) -> None:
    data = {"ho_so_tinh": reference, **{k: v for k, v in _minutes().items() if k != "ho_so_tinh"}}
    with pytest.raises(hoso.DataError) as err:
        hoso.load(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    (problem,) = err.value.problems
    assert problem.path == "ho_so_tinh" and problem.line == 1


def test_loads_with_different_profiles_run_side_by_side() -> None:
    """The profile travels in each load's validation context: no global state between threads."""
    data = {k: v for k, v in _minutes().items() if k != "ho_so_tinh"}
    profiles = [HoSoTinh(linh_vuc=[LinhVucTinh(ma=m, nhan=f"nhãn {i}") for m in ("thuy_loi_noi_dong", "lang_nghe")])
                for i in range(8)]
    with ThreadPoolExecutor(4) as pool:
        labels = list(pool.map(lambda p: hoso.load(data, ho_so_tinh=p).y_kien[3].linh_vuc.nhan, profiles))
    assert labels == [f"nhãn {i}" for i in range(8)]


def test_json_schema_describes_the_field_in_vietnamese() -> None:
    field = YKien.model_json_schema()["properties"]["linh_vuc"]
    assert field["type"] == "string" and "hồ sơ tỉnh" in field["description"] and "thuy_loi" in field["description"]
    schema = HoSoTinh.model_json_schema()
    assert "lĩnh vực" in schema["properties"]["linh_vuc"]["description"]
    for name, item in schema["$defs"]["LinhVucTinh"]["properties"].items():
        assert item.get("description"), name
