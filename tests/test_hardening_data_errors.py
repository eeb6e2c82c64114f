"""Issue 12, class 5: whatever the data, ``load`` raises a located DataError, never another type."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
from tests.hardening import EXAMPLE, outcome, run_hostile

DATA = yaml.safe_load(EXAMPLE.read_text("utf-8"))


def problem_of(source: object) -> hoso.Problem:
    with pytest.raises(hoso.DataError) as info:
        hoso.load(source)  # type: ignore[arg-type]
    (first, *_) = info.value.problems
    return first


@pytest.mark.parametrize("value", ["8", '"08:00+07:00"', "800", '"08:30:59"'])
def test_a_time_that_is_not_hours_and_minutes_is_located(value: str) -> None:
    text = EXAMPLE.read_text("utf-8").replace('bat_dau: "08:00"', f"bat_dau: {value}")
    problem = problem_of(text)
    assert problem.path == "bat_dau" and problem.line == 21
    assert "HH:MM" in problem.message


def test_a_five_thousand_digit_number_is_located_in_yaml_and_json(tmp_path: Path) -> None:
    text = EXAMPLE.read_text("utf-8").replace("so: 5\n", "so: " + "9" * 5000 + "\n")
    problem = problem_of(text)
    assert (problem.path, problem.line) == ("so", 12) and "5000 chữ số" in problem.message
    path = tmp_path / "bb.json"
    path.write_text(json.dumps(DATA, ensure_ascii=False, default=str).replace('"so": 5,', '"so": ' + "9" * 5000 + ","))
    problem = problem_of(path)
    assert problem.path == "so" and problem.line == 1 and "5000 chữ số" in problem.message


def test_a_file_name_over_255_bytes_is_a_data_error(tmp_path: Path) -> None:
    problem = problem_of(tmp_path / ("a" * 300 + ".yaml"))
    assert "255 byte" in problem.message


def test_an_unreadable_file_is_a_data_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bb.yaml"
    path.write_text(EXAMPLE.read_text("utf-8"), encoding="utf-8")

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)  # as when the file's mode is 000 (root reads anything)
    problem = problem_of(path)
    assert problem.source == str(path) and "không có quyền" in problem.message


@pytest.mark.parametrize("source", [b"loai: x", None, 5, [1], 1.5, object()])
def test_load_of_something_that_is_not_data_is_a_data_error(source: object) -> None:
    assert "không đọc được dữ liệu kiểu" in problem_of(source).message


def test_hostile_data_is_refused_in_bounded_time_and_memory() -> None:
    cases = [
        "hoso.load('loai: x\\nso: ' + '9' * 100000)",
        "hoso.load('[' * 100000)",
        "hoso.load('/' + 'a' * 5000 + '.yaml')",
        "hoso.load(b'\\xff' * 10**6)",
    ]
    for result, seconds in run_hostile(cases):
        assert result == "DataError" and seconds < 5, (result, seconds)


#: Values a careless clerk or a hostile form could put at any leaf.
LEAVES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**18, max_value=10**40),
    st.floats(allow_nan=True), st.text(max_size=30), st.dates(), st.times(), st.datetimes(),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _leaves(data: Any, loc: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    if isinstance(data, dict):
        return [x for k, v in data.items() for x in _leaves(v, (*loc, k))]
    if isinstance(data, list):
        return [x for i, v in enumerate(data) for x in _leaves(v, (*loc, i))]
    return [loc]


PATHS = _leaves(DATA)


def _replaced(loc: tuple[str | int, ...], value: object) -> Any:
    data = json.loads(json.dumps(DATA, default=str))
    target = data
    for key in loc[:-1]:
        target = target[key]
    target[loc[-1]] = value
    return data


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(loc=st.sampled_from(PATHS), value=LEAVES, as_yaml=st.booleans())
def test_any_value_at_any_leaf_is_a_model_or_a_data_error(loc: tuple[str | int, ...], value: object,
                                                          as_yaml: bool) -> None:
    data = _replaced(loc, value)
    source: object = data
    if as_yaml:
        try:
            source = yaml.safe_dump(data, allow_unicode=True)
        except yaml.YAMLError:
            source = data
    result = outcome(lambda: hoso.load(source))  # type: ignore[arg-type]
    assert result in ("ok", "DataError")
    if isinstance(value, bool) or (isinstance(value, dt.datetime) and source is data):
        assert result == "DataError"  # no field holds true/false, or a date with a time of day


@settings(max_examples=40, deadline=2000)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200)), st.sampled_from([".yaml", ".json", ".yml"]))
def test_any_file_content_is_a_model_or_a_data_error(tmp_path_factory: pytest.TempPathFactory, content: bytes | str,
                                                     suffix: str) -> None:
    path = tmp_path_factory.mktemp("f") / f"bb{suffix}"
    path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    assert outcome(lambda: hoso.load(path)) == "DataError"
    assert outcome(lambda: hoso.load(os.fsdecode(path))) == "DataError"
