"""Issue 12, class 6: any exception a template raises while being prepared or filled becomes a
located TemplateError, proven over generated tags; the existing output stays as it was."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
from hoso._engine.environment import ENV
from tests.hardening import EXAMPLE, SHIPPED, files_in

DOC = hoso.load(EXAMPLE)
_DOCUMENT = zipfile.ZipFile(SHIPPED).read("word/document.xml").decode("utf-8")
_BODY = "<w:body>"


def template(tag: str) -> bytes:
    """The shipped minutes template with a first paragraph holding ``tag``."""
    out = io.BytesIO()
    with zipfile.ZipFile(SHIPPED) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                escaped = tag.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                paragraph = f'<w:p><w:r><w:t xml:space="preserve">{escaped}</w:t></w:r></w:p>'
                data = _DOCUMENT.replace(_BODY, _BODY + paragraph, 1).encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


def render_with(tmp_path: Path, tag: str) -> hoso.TemplateError | None:
    path = tmp_path / "mau.docx"
    path.write_bytes(template(tag))
    try:
        hoso.render(DOC, tmp_path / "out" / "bien-ban.docx", template=path, deadlines="ignore")
    except hoso.TemplateError as exc:
        return exc
    return None


@pytest.mark.parametrize("tag", [
    "{{ range(10**9)|list }}", "{{ cycler().current }}", "{{ 'abc'|truncate(-1) }}", "{{ 10**5000 }}",
    "{% for i in [1] recursive %}{{ loop([1]) }}{% endfor %}", "{{ {}|dictsort(by='x') }}", "{{ 1/0 }}",
    "{{ ngay.replace(year=0) }}", "{{ '%d'|format('x') }}", "{{ [1][5] }}", "{{ {}['x'] }}",
])
def test_the_issues_tags_are_template_errors_at_their_paragraph(tmp_path: Path, tag: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "bien-ban.docx").write_bytes(b"signed")
    error = render_with(tmp_path, tag)
    assert error is not None
    (problem,) = error.problems
    assert problem.part == "word/document.xml"
    if tag != "{{ 10**5000 }}":  # refused while preparing, before any paragraph is run
        assert problem.paragraph == 1 and problem.tag is not None and problem.tag.startswith(tag[:8])
    assert files_in(out) == {"bien-ban.docx": b"signed"}


_ATOMS = st.one_of(
    st.integers(-3, 40).map(str), st.sampled_from(["'abc'", "''", "'%s%d'", "none", "true", "[]", "{}", "[1, 'a']",
                                                   "10**40", "-1", "0.5", "'{0}'"]),
    st.sampled_from(["so", "ngay", "trich_yeu", "y_kien", "co_quan", "chu_tri", "bat_dau", "thanh_phan",
                     "co_quan.he_thong", "y_kien[0]", "range(3)", "cycler()", "joiner()", "namespace()",
                     "dict()", "lipsum(1)"]),
)
_FILTERS = sorted(ENV.filters)


@st.composite
def expressions(draw: st.DrawFn, depth: int = 3) -> str:
    expr = draw(_ATOMS)
    for _ in range(draw(st.integers(0, depth))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            args = draw(st.lists(_ATOMS, max_size=2))
            expr = f"({expr})|{draw(st.sampled_from(_FILTERS))}({', '.join(args)})"
        elif kind == 1:
            expr = f"({expr}) {draw(st.sampled_from(['+', '-', '*', '/', '//', '%', '~', 'in', '==', '<']))} "
            expr += draw(_ATOMS)
        elif kind == 2:
            expr = f"({expr})[{draw(_ATOMS)}]"
        else:
            expr = f"({expr}).{draw(st.sampled_from(['current', 'next', 'upper', 'items', 'x', 'ho_ten', 'year']))}"
    return expr


@settings(max_examples=30, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(expr=expressions(), statement=st.booleans())
def test_any_generated_tag_renders_or_is_a_located_template_error(tmp_path: Path, expr: str, statement: bool) -> None:
    tag = f"{{% if {expr} %}}x{{% endif %}}" if statement else f"{{{{ {expr} }}}}"
    error = render_with(tmp_path, tag)
    if error is not None:
        assert error.problems and all(p.part == "word/document.xml" for p in error.problems)
