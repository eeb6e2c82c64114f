"""Issue 12, class 9: a value a clerk types is taken as typed or refused, never silently changed:
no true for a number, no number for a date or time, hours and minutes only, no explicit YAML tag."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import hoso
from hoso._load import dotted
from tests.conftest import EXAMPLES
from tests.hardening import EXAMPLE

TEXT = EXAMPLE.read_text("utf-8")


def problem_at(text: str, path: str) -> hoso.Problem:
    with pytest.raises(hoso.DataError) as info:
        hoso.load(text)
    return next(p for p in info.value.problems if p.path == path)


@pytest.mark.parametrize(("old", "new", "path", "says"), [
    ('bat_dau: "08:00"', "bat_dau: 800", "bat_dau", "HH:MM"),
    ('bat_dau: "08:00"', 'bat_dau: "08:30:59"', "bat_dau", "không giây"),
    ("so: 5\n", "so: true\n", "so", "cần một số nguyên"),
    ("so: 5\n", 'so: "5"\n', "so", "cần một số nguyên"),
    ("ngay: 2026-03-20", "ngay: 0", "ngay", "không phải số 0"),
    ("ngay: 2026-03-20", "ngay: 20260109", "ngay", "không phải số 20260109"),
    ("so: 5\n", "so: !!python/str 5\n", "so", "thẻ YAML !!python/str"),
    ("so: 5\n", "so: !!int 5\n", "so", "thẻ YAML !!int"),
    ("dia_diem: Hội", "dia_diem: !!binary aGVsbG8= #", "dia_diem", "thẻ YAML !!binary"),
    ("co_quan:\n", "co_quan: !!map\n", "co_quan", "thẻ YAML !!map"),
    ("dia_diem: Hội", "dia_diem: !!str Hội", "dia_diem", "thẻ YAML !!str"),
    ("dia_diem: Hội", "dia_diem: !la Hội", "dia_diem", "thẻ YAML !la"),
])
def test_the_issues_values_are_refused_at_their_line(old: str, new: str, path: str, says: str) -> None:
    assert old in TEXT
    text = TEXT.replace(old, new, 1)
    problem = problem_at(text, path)
    assert says in problem.message
    assert problem.line == next(i for i, line in enumerate(text.splitlines(), 1) if line.startswith(new.split(":")[0]))


def test_hours_and_minutes_are_kept_exactly() -> None:
    model = hoso.load(TEXT.replace('bat_dau: "08:00"', "bat_dau: 7:05"))
    assert model.bat_dau == dt.time(7, 5)  # type: ignore[attr-defined]


@settings(max_examples=80, deadline=2000)
@given(st.one_of(st.integers(-10**6, 10**9), st.booleans(), st.floats(allow_nan=False),
                 st.times().map(lambda t: f'"{t.isoformat()}"'), st.text(max_size=12).map(json.dumps)))
def test_a_time_is_hours_and_minutes_as_typed_or_refused(value: object) -> None:
    text = TEXT.replace('bat_dau: "08:00"', f"bat_dau: {value if not isinstance(value, bool) else str(value).lower()}")
    try:
        model = hoso.load(text)
    except hoso.DataError as exc:
        assert any(p.path == "bat_dau" for p in exc.problems)
        return
    typed = re.search(r"bat_dau: ['\"]?(\d{1,2}):(\d{2})['\"]?\n", text)
    assert typed is not None, text
    assert model.bat_dau == dt.time(int(typed.group(1)), int(typed.group(2)))  # type: ignore[attr-defined]


SCALARS = st.sampled_from(["5", "true", "2026-03-20", "08:00", "abc", "1.5", "null", "[]", "{}"])


@settings(max_examples=60, deadline=2000)
@given(tag=st.sampled_from(["!!str", "!!int", "!!float", "!!bool", "!!null", "!!binary", "!!timestamp", "!!map",
                            "!!seq", "!!set", "!!omap", "!!python/str", "!!python/object:os.system", "!x", "!"]),
       field=st.sampled_from(["so", "dia_diem", "ket_luan", "so_ban", "ngay"]), scalar=SCALARS)
def test_any_explicit_tag_is_refused(tag: str, field: str, scalar: str) -> None:
    text = re.sub(rf"(?m)^{field}: [^\n]*", f"{field}: {tag} {scalar}", TEXT, count=1)
    with pytest.raises(hoso.DataError) as info:
        hoso.load(text)
    assert any(p.path.startswith(field) or "YAML" in p.message for p in info.value.problems)


def _typed_leaves(data: object, loc: tuple[str | int, ...] = ()) -> list[tuple[tuple[str | int, ...], object]]:
    if isinstance(data, dict):
        return [x for k, v in data.items() for x in _typed_leaves(v, (*loc, k))]
    if isinstance(data, list):
        return [x for i, v in enumerate(data) for x in _typed_leaves(v, (*loc, i))]
    return [(loc, data)]


#: Every whole number and every HH:MM time typed in any example of any kind, with its file.
TYPED = [(path, loc, value) for path in EXAMPLES
         for loc, value in _typed_leaves(yaml.safe_load(path.read_text("utf-8")))
         if (isinstance(value, int) and not isinstance(value, bool))
         or (isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value))]


@settings(max_examples=60, deadline=3000)
@given(st.sampled_from(TYPED), st.sampled_from([True, False, 800, 8.5, "08:30:59", "5"]))
def test_every_kind_refuses_a_value_of_the_wrong_type_at_its_field(tmp_path_factory: pytest.TempPathFactory,
                                                                   typed: tuple[Path, tuple[str | int, ...], object],
                                                                   wrong: object) -> None:
    path, loc, value = typed
    if (isinstance(value, int) and wrong == 800) or (isinstance(value, str) and wrong == "5"):
        wrong = True  # a number for a number, a time-like text for a time: not the wrong type
    data = yaml.safe_load(path.read_text("utf-8"))
    target = data
    for key in loc[:-1]:
        target = target[key]
    target[loc[-1]] = wrong
    folder = tmp_path_factory.mktemp("vd") / "vd"
    shutil.copytree(path.parent, folder)  # with the files it cites
    (folder / path.name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(hoso.DataError) as info:
        hoso.load(folder / path.name)
    assert any(p.path == dotted(loc) for p in info.value.problems), (dotted(loc), info.value.problems)
