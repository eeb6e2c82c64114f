"""Text renders exactly: XML specials, template syntax in data, NFD Vietnamese, newlines, tabs."""

from __future__ import annotations

import copy
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
from tests.conftest import EXAMPLES, ROOT
from tests.docx_facts import find, full_text, open_docx, own_text, paragraphs

BASE: dict[str, Any] = yaml.safe_load((ROOT / "examples" / "doi_thoai" / "bien_ban.yaml").read_text("utf-8"))
TRICKY = "A & B < C > \"D\" 'E' {{ x }} {% if 1 %}z{% endif %} {#c#} {_{ }}"


def rendered(data: dict[str, Any]) -> Any:
    return open_docx(hoso.render(hoso.load(data)))


def with_(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASE)
    data.update(changes)
    return data


def test_xml_specials_and_template_syntax_render_exactly_and_are_never_evaluated() -> None:
    data = with_(trich_yeu=TRICKY, dia_diem=TRICKY)
    data["y_kien"][0]["noi_dung"] = TRICKY
    data["chu_tri"][0]["ho_ten"] = TRICKY
    doc = rendered(data)
    assert find(doc, re.escape(TRICKY)).text == TRICKY  # trích yếu
    assert f"Địa điểm: {TRICKY}." in full_text(doc)
    assert find(doc, re.escape(TRICKY)).runs
    assert sum(own_text(p) == TRICKY for p in paragraphs(doc)) == 3  # summary, opinion, chair's signature name


def test_decomposed_vietnamese_comes_out_composed() -> None:
    name = "Nguyễn Thị Hoà, thôn Đông Hưng, xã Ỷ La"
    nfd = unicodedata.normalize("NFD", name)
    assert nfd != name
    doc = rendered(with_(trich_yeu=nfd))
    assert find(doc, name).text == name


def test_blank_line_starts_a_paragraph_with_body_format_and_newline_breaks_a_line() -> None:
    doc = rendered(with_(ket_luan="Đoạn một.\n\nĐoạn hai,\ndòng hai.\n\n\tĐoạn ba có tab."))
    one, two, three = find(doc, "Đoạn một."), find(doc, "Đoạn hai,\ndòng hai."), find(doc, "\tĐoạn ba có tab.")
    for p in (one, two, three):
        assert p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert p.paragraph_format.first_line_indent is not None
        assert {r.font.name for r in p.runs if r.text} == {"Times New Roman"}
        assert {r.font.size.pt for r in p.runs if r.text} == {14.0}


def test_windows_newlines_are_unix_newlines() -> None:
    doc = rendered(with_(ket_luan="Một.\r\n\r\nHai."))
    assert find(doc, "Một.") and find(doc, "Hai.")


_alphabet = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạấầẩẫậếềểễệ&<>\"'{}%#_/\\-.,;:!?0123456789"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_alphabet, min_size=1, max_size=60).map("".join).filter(lambda s: s.strip()),
       st.sampled_from(["NFC", "NFD"]))
def test_any_text_round_trips(text: str, form: str) -> None:
    value = unicodedata.normalize(form, text)
    doc = rendered(with_(dia_diem=value))
    expected = f"Địa điểm: {unicodedata.normalize('NFC', value)}."
    assert expected in [own_text(p) for p in paragraphs(doc)]


#: Fields kept for checks but not printed; the summaries of an answer and of an opinion print in
#: the conclusions notice built from the minutes, not in the minutes (tests/test_dossier.py and
#: tests/test_doi_thoai_thuc_te.py check them there).
NOT_PRINTED = {"tinh_trang", "tra_loi_tom_tat", "tom_tat"}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_string_field_renders_exactly_or_is_refused_by_name(example: Path) -> None:
    """The acceptance mutations on every string field of every example: ``&<>"'{{ }}`` renders
    exactly or is refused naming the field; a control character is always refused naming it."""
    base = yaml.safe_load(example.read_text("utf-8"))
    payload = "&<>\"'{{ }}"
    for path in _string_paths(base):
        dotted = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in path).lstrip(".")
        for suffix, must_fail in ((payload, False), ("\x0b", True)):
            data = copy.deepcopy(base)
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = f"{parent[path[-1]]} {suffix}"
            try:
                model = _load_beside(data, example)
            except hoso.DataError as exc:
                assert [p.path for p in exc.problems] == [dotted], (path, exc)
                continue
            assert not must_fail, f"{dotted}: a control character was accepted"
            if path[-1] not in NOT_PRINTED:
                text = full_text(open_docx(hoso.render(model, deadlines="ignore")))
                assert payload in text, dotted


def _load_beside(data: dict[str, Any], example: Path) -> hoso.models.VanBan:
    """Load ``data`` as if it were the example file (paths inside it stay relative to its folder)."""
    import os

    cwd = os.getcwd()
    os.chdir(example.parent)
    try:
        return hoso.load(data)
    finally:
        os.chdir(cwd)


def _string_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [p for k, v in node.items() for p in _string_paths(v, (*prefix, k))]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _string_paths(v, (*prefix, i))]
    return [prefix] if isinstance(node, str) and prefix[-1] != "loai" else []


@pytest.mark.parametrize("value", ["", "   "])
def test_empty_text_is_refused(value: str) -> None:
    with pytest.raises(hoso.DataError) as info:
        hoso.load(with_(dia_diem=value))
    assert [p.path for p in info.value.problems] == ["dia_diem"]
