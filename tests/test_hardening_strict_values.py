"""Issue 12, class 9: a value a clerk types is taken as typed or refused, never silently changed:
no true for a number, no number for a date or time, hours and minutes only, no explicit YAML tag."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hoso
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
