"""Issue 12, class 1: a custom template's evaluation is bounded (loop steps, output size, sizes of
numbers and texts, widths, recursion); going past a bound is a TemplateError at the tag."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hoso._engine import environment
from tests.hardening import EXAMPLE, memory_limit, run_hostile
from tests.test_hardening_template_errors import render_with, template

#: The issue's reproducers, and more of each kind.
HOSTILE = [
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{{ 2**(10**10) }}", "{{ 'a' * 10**10 }}", "{{ [1] * 10**10 }}", "{{ '%999999999d'|format(1) }}",
    "{{ '%999999999d' % 1 }}", "{{ '{:>999999999}'.format(1) }}", "{{ '%.*f'|format(10**9, 1) }}",
    "{% set ns = namespace(s='a') %}{% for i in range(100) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
    "{% set ns = namespace(s='a') %}{% for i in range(100) %}{% set ns.s = ns.s + ns.s %}{% endfor %}",
    "{% set ns = namespace(n=2) %}{% for i in range(100) %}{% set ns.n = ns.n * ns.n %}{% endfor %}",
    "{% for i in [1, 2] recursive %}{{ loop([1, 2]) }}{% endfor %}",
    "{{ ('a' * 100000)|replace('a', 'a' * 100000) }}", "{{ ('a' * 100000).replace('a', 'a' * 100000) }}",
    "{{ 'x'.center(10**9) }}", "{{ 'x'|center(10**9) }}", "{{ 'x'|indent(10**9) }}", "{{ [1]|slice(10**9)|list }}",
    "{{ (['a' * 999999] * 100000)|join }}", "{{ ''.join(['a' * 999999] * 100000) }}",
]


@pytest.mark.parametrize("tag", HOSTILE)
def test_each_bound_is_a_template_error_at_the_tag(tmp_path: Path, tag: str) -> None:
    with memory_limit():
        error = render_with(tmp_path, tag)
    assert error is not None
    (problem,) = error.problems
    assert problem.paragraph == 1 and problem.tag is not None and problem.tag.startswith(tag[:10])
    assert "quá" in problem.message or "hơn" in problem.message or "đệ quy" in problem.message


def test_lipsum_is_not_available(tmp_path: Path) -> None:
    error = render_with(tmp_path, "{{ lipsum(10**7) }}")
    assert error is not None and "lipsum" in str(error)


def test_output_past_the_limit_is_refused_at_its_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(environment, "MAX_OUTPUT", 2_000_000)  # the same rule as at 50,000,000, in a moment
    with memory_limit():
        error = render_with(tmp_path, "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}")
    assert error is not None and f"hơn {environment.MAX_OUTPUT} ký tự" in str(error)


def test_hostile_templates_in_a_child_under_a_memory_limit(tmp_path: Path) -> None:
    cases = []
    for i, tag in enumerate(HOSTILE):
        (tmp_path / f"{i}.docx").write_bytes(template(tag))
        cases.append(f"hoso.render(hoso.load({str(EXAMPLE)!r}), template={str(tmp_path / f'{i}.docx')!r})")
    for (result, seconds), tag in zip(run_hostile(cases, timeout=120), HOSTILE, strict=True):
        assert result == "TemplateError" and seconds < 5, (tag, result, seconds)


BIG = st.sampled_from(["10**9", "10**10", "99999", "100000", "2**64", "-1", "0", "3"])
SHAPES = st.sampled_from([
    "{{{{ 'ab' * {n} }}}}", "{{{{ {n} ** {m} }}}}", "{{{{ {n} * {m} }}}}", "{{{{ '%{n}d' % 1 }}}}",
    "{{{{ '{{:{n}}}'.format(1) }}}}", "{{{{ 'x'|center({n}) }}}}", "{{{{ 'x'.ljust({n}) }}}}",
    "{{{{ [0]|slice({n})|list|length }}}}", "{{% for i in range({n}) %}}{{% for j in range({m}) %}}{{% endfor %}}"
    "{{% endfor %}}", "{{% set ns = namespace(s='ab') %}}{{% for i in range({n}) %}}{{% set ns.s = ns.s ~ ns.s %}}"
    "{{% endfor %}}", "{{{{ ('a' * {n})|replace('a', 'bb') }}}}", "{{{{ (range({n})|list)|join(',') }}}}",
])


@settings(max_examples=25, deadline=10_000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shape=SHAPES, n=BIG, m=BIG)
def test_generated_heavy_tags_render_or_are_template_errors_in_bounded_time(tmp_path: Path, shape: str, n: str,
                                                                           m: str) -> None:
    tag = shape.format(n=n, m=m)
    with memory_limit():
        error = render_with(tmp_path, tag)
    if error is not None:
        assert all(p.part == "word/document.xml" for p in error.problems)
