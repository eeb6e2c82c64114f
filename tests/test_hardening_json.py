"""Issue 12, class 10: JSON is read as strictly as YAML: duplicate keys are refused and located
(every key of a JSON file has its line:column), NaN and Infinity are refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import hoso
from tests.hardening import EXAMPLE

DATA = json.loads(json.dumps(yaml.safe_load(EXAMPLE.read_text("utf-8")), default=str))


def problems_of(path: Path) -> list[hoso.Problem]:
    with pytest.raises(hoso.DataError) as info:
        hoso.load(path)
    return list(info.value.problems)


def test_a_duplicate_key_is_refused_at_its_line(tmp_path: Path) -> None:
    text = json.dumps(DATA, ensure_ascii=False, indent=2)
    text = text.replace('"so": 5,', '"so": 5,\n  "so": 6,', 1)
    path = tmp_path / "bb.json"
    path.write_text(text, encoding="utf-8")
    (problem,) = problems_of(path)
    line = text.splitlines().index('  "so": 6,') + 1
    assert (problem.path, problem.line, problem.column) == ("so", line, 3)
    assert "khóa 'so' bị lặp lại" in problem.message and problem.source == str(path)


def test_nested_duplicates_and_other_problems_are_located_too(tmp_path: Path) -> None:
    text = json.dumps(DATA, ensure_ascii=False, indent=1).replace('"ky_hieu": "MTTQ-BTT"',
                                                                   '"ky_hieu": "MTTQ-BTT", "ky_hieu": "x"', 1)
    path = tmp_path / "bb.json"
    path.write_text(text, encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.path == "co_quan.ky_hieu" and problem.line == next(
        i for i, line in enumerate(text.splitlines(), 1) if '"ky_hieu": "x"' in line)
    path.write_text(json.dumps({**DATA, "ngay": "2026-02-30"}, ensure_ascii=False, indent=1), encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.path == "ngay" and problem.line is not None


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_in_vietnamese(tmp_path: Path, constant: str) -> None:
    path = tmp_path / "bb.json"
    path.write_text(json.dumps(DATA, ensure_ascii=False).replace('"so": 5', f'"so": {constant}'), encoding="utf-8")
    (problem,) = problems_of(path)
    assert problem.path == "so" and f"JSON không có giá trị {constant}" in problem.message


def test_nesting_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bb.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "lồng quá sâu" in problems_of(path)[0].message


KEYS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=6)
VALUES = st.recursive(st.one_of(st.none(), st.integers(), st.text(max_size=5)),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
                      max_leaves=12)


def _objects(value: Any, loc: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    if isinstance(value, dict):
        return [loc, *(x for k, v in value.items() for x in _objects(v, (*loc, k)))]
    if isinstance(value, list):
        return [x for i, v in enumerate(value) for x in _objects(v, (*loc, i))]
    return []


@settings(max_examples=80, deadline=2000)
@given(data=st.dictionaries(KEYS, VALUES, min_size=1, max_size=4), pick=st.integers(0, 100),
       ascii_only=st.booleans(), indent=st.sampled_from([None, 0, 2]))
def test_any_duplicated_key_is_found_at_its_own_place(tmp_path_factory: pytest.TempPathFactory, data: dict[str, Any],
                                                      pick: int, ascii_only: bool, indent: int | None) -> None:
    objects = [loc for loc in _objects(data) if _at(data, loc)]
    loc = objects[pick % len(objects)]
    target = _at(data, loc)
    key = next(iter(target))
    marker = "\u2603dup"
    target[marker] = "x"
    text = json.dumps(data, ensure_ascii=ascii_only, indent=indent)
    dump_marker = json.dumps(marker, ensure_ascii=ascii_only)
    text = text.replace(dump_marker, json.dumps(key, ensure_ascii=ascii_only), 1)
    path = tmp_path_factory.mktemp("j") / "x.json"
    path.write_text(text, encoding="utf-8")
    found = [p for p in problems_of(path) if "bị lặp lại" in p.message]
    assert [p.path for p in found] == [hoso._load.dotted((*loc, key))]
    (problem,) = found
    offset = sum(len(line) + 1 for line in text.split("\n")[: problem.line - 1]) + problem.column - 1  # type: ignore[operator]
    assert text[offset:].startswith(json.dumps(key, ensure_ascii=ascii_only))


def _at(data: Any, loc: tuple[str | int, ...]) -> Any:
    for part in loc:
        data = data[part]
    return data
