"""Issue 12, class 3: YAML aliases are budgeted by the size they expand to, not only by nodes;
nesting past the limit is refused before the parser recurses (YAML and JSON); a long list is
blamed on its length, not on aliases."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hoso
from hoso import _load
from tests.hardening import memory_limit, run_hostile

MEGABYTE_ALIASED = "a: &a '" + "x" * 1_000_000 + "'\nb: [" + ", ".join(["*a"] * 1000) + "]\n"


#: Ten levels of ten aliases each: 10**10 values.
BILLION_LAUGHS = "hoso.load(" + repr("a: &a [" + ", ".join(["x"] * 10) + "]\n" + "".join(
    f"b{i}: &b{i} [" + ", ".join(["*a" if i == 0 else f"*b{i - 1}"] * 10) + "]\n" for i in range(9))) + ")"


def problem_of(source: object) -> hoso.Problem:
    with pytest.raises(hoso.DataError) as info:
        hoso.load(source)  # type: ignore[arg-type]
    (first, *_) = info.value.problems
    return first


def test_one_megabyte_aliased_a_thousand_times_is_refused_by_size() -> None:
    with memory_limit():
        problem = problem_of(MEGABYTE_ALIASED)
    assert f"hơn {_load.MAX_TEXT} ký tự" in problem.message and "bí danh" in problem.message
    assert problem.path.startswith("b[")


@pytest.mark.parametrize("opening", ["[", "{a: "])
def test_deep_yaml_nesting_is_refused_before_the_parser_recurses(opening: str) -> None:
    problem = problem_of(opening * 500)
    assert f"lồng quá sâu (giới hạn {_load.MAX_DEPTH} cấp)" in problem.message
    assert problem.line == 1 and problem.column is not None  # where the 65th level opens, not at the end
    assert (_load.MAX_DEPTH - 1) * len(opening) < problem.column <= _load.MAX_DEPTH * len(opening) + 1


def test_deep_json_nesting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sau.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "lồng quá sâu" in problem_of(path).message


def test_a_long_list_is_blamed_on_its_length_not_on_aliases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_load, "MAX_NODES", 1000)  # the same rule as at 100,000, in a moment
    problem = problem_of("loai: bien_ban_doi_thoai\nchuong_trinh:\n" + "- x\n" * 1001)
    assert "hãy chia tài liệu thành nhiều tệp" in problem.message and "bí danh" not in problem.message
    aliased = problem_of("a: &a [" + ", ".join(["x"] * 100) + "]\nb: [" + ", ".join(["*a"] * 20) + "]\n")
    assert "bí danh" in aliased.message


def test_hostile_yaml_in_a_child_under_a_memory_limit() -> None:
    cases = [
        "hoso.load(" + repr(MEGABYTE_ALIASED) + ")",
        "hoso.load('[' * 100000)",
        "hoso.load('a: ' + '- ' * 100000 + 'x')",
        BILLION_LAUGHS,
    ]
    for result, seconds in run_hostile(cases):
        assert result == "DataError" and seconds < 5, (result, seconds)


@settings(max_examples=40, deadline=5000)
@given(depth=st.integers(1, 300), width=st.integers(1, 30), copies=st.integers(1, 300),
       flow=st.booleans())
def test_generated_nesting_and_aliases_load_or_are_refused_quickly(depth: int, width: int, copies: int,
                                                                   flow: bool) -> None:
    nested = "[" * depth + "x" + "]" * depth if flow else "".join("  " * i + "- \n" for i in range(depth)) + "x"
    text = f"loai: bien_ban_doi_thoai\na: &a [{', '.join(['y' * 1000] * width)}]\n"
    text += f"b: [{', '.join(['*a'] * copies)}]\nc: {nested}\n"
    with memory_limit():
        try:
            hoso.load(text)
        except hoso.DataError as exc:
            assert exc.problems
