"""Custom templates run sandboxed and strict; every problem is reported; no output is touched."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import hoso
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "doi_thoai" / "bien_ban.yaml"
SHIPPED = ROOT / "templates" / "bien_ban_doi_thoai.mat_tran.docx"


def template_with(tmp_path: Path, *replacements: tuple[str, str], part: str = "word/document.xml") -> Path:
    """A copy of the shipped template with text replaced in one part."""
    src = zipfile.ZipFile(SHIPPED)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                text = data.decode("utf-8")
                for old, new in replacements:
                    assert old in text, old
                    text = text.replace(old, new, 1)
                data = text.encode("utf-8")
            dst.writestr(info, data)
    path = tmp_path / "custom.docx"
    path.write_bytes(out.getvalue())
    return path


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    target = tmp_path / "out" / "bien-ban.docx"
    target.parent.mkdir()
    target.write_bytes(b"the clerk's signed copy")
    return target


def assert_untouched(target: Path) -> None:
    assert target.read_bytes() == b"the clerk's signed copy"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ ''.__class__ }}",
        "{{ 'a'.__len__ }}",
        "{{ ()._x }}",
        "{{ cycler.__init__.__globals__.os.system('id') }}",
        "{{ trich_yeu.__class__ }}",
        "{{ co_quan._abc }}",
        "{{ y_kien['__class__'] }}",
        "{% import 'os' as os %}",
        "{% include 'x.xml' %}",
    ],
)
def test_attacks_are_refused_before_rendering(tmp_path: Path, existing: Path, attack: str) -> None:
    template = template_with(tmp_path, ("{{ ke_hoach }}", attack))
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(hoso.load(EXAMPLE), existing, template=template)
    assert info.value.problems
    for problem in info.value.problems:
        assert problem.part == "word/document.xml" and problem.paragraph is not None
        assert "cấm" in problem.message or "không được dùng" in problem.message
    assert_untouched(existing)


def test_runtime_sandbox_refusal(tmp_path: Path, existing: Path) -> None:
    template = template_with(tmp_path, ("{{ ke_hoach }}", "{{ trich_yeu|attr('__class__') }}"))
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(hoso.load(EXAMPLE), existing, template=template)
    assert "sandbox" in info.value.problems[0].message
    assert_untouched(existing)


def test_an_unclosed_tag_is_refused_instead_of_swallowing_text(tmp_path: Path) -> None:
    template = template_with(tmp_path, ("{{ ke_hoach }}", "{{ trich_yeu "), ("{{ thu_ky.ten_goi }}", "{% if x %"))
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(hoso.load(EXAMPLE), template=template)
    assert [(p.tag, "không khớp" in p.message) for p in info.value.problems] == [
        ("Thực hiện {{ trich_yeu .", True), ("Thư ký (người ghi biên bản): {% if x %, {{ thu_ky.chuc_vu }}.", True)]


def test_syntax_errors_are_located(tmp_path: Path) -> None:
    template = template_with(tmp_path, ("{{ ke_hoach }}", "{{ trich_yeu | | }}"))
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(hoso.load(EXAMPLE), template=template)
    (problem,) = info.value.problems
    assert "cú pháp" in problem.message and problem.tag == "Thực hiện {{ trich_yeu | | }}."


def test_problems_in_several_parts_are_all_listed(tmp_path: Path) -> None:
    template = template_with(tmp_path, ("{{ ke_hoach }}", "{{ a._b }} {{ c._d }}"))
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(hoso.load(EXAMPLE), template=template)
    assert [p.tag is not None for p in info.value.problems] == [True, True]


def test_unknown_variable_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    template = template_with(tmp_path, ("{{ ke_hoach }}", "{{ trich_yue }}"))
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(hoso.load(EXAMPLE), template=template)
    (problem,) = info.value.problems
    assert "trich_yue" in problem.message and "'trich_yeu'" in problem.message


def test_printing_none_or_a_missing_attribute_is_an_error(tmp_path: Path) -> None:
    for expression, words in (("{{ so_ban if false else none }}", "None"),
                              ("{{ co_quan.khong_co }}", "không có trong dữ liệu")):
        template = template_with(tmp_path, ("{{ ke_hoach }}", expression))
        with pytest.raises(hoso.TemplateError) as info:
            hoso.render(hoso.load(EXAMPLE), template=template)
        assert words in info.value.problems[0].message, expression


def test_not_a_docx(tmp_path: Path, existing: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(hoso.TemplateError):
        hoso.render(hoso.load(EXAMPLE), existing, template=bad)
    with pytest.raises(hoso.TemplateError):
        hoso.render(hoso.load(EXAMPLE), existing, template=tmp_path / "missing.docx")
    assert_untouched(existing)


def test_a_custom_template_edited_like_word_does_renders(tmp_path: Path) -> None:
    # Word often splits a tag across runs; docxtpl's patch joins them again.
    split = '{{ trich_yeu }}</w:t></w:r><w:r><w:t xml:space="preserve"> – {{ </w:t></w:r><w:r><w:t>ngay }}'
    template = template_with(tmp_path, ("{{ ke_hoach }}", split))
    data = hoso.render(hoso.load(EXAMPLE), template=template)
    assert "– ngày 20 tháng 3 năm 2026".encode() in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_bad_data_leaves_no_file_and_keeps_the_existing_one(tmp_path: Path, existing: Path) -> None:
    text = EXAMPLE.read_text("utf-8").replace("ngay: 2026-03-20", "ngay: 2026-02-30")
    with pytest.raises(hoso.DataError):
        hoso.render(text, existing)
    assert_untouched(existing)
    fresh = tmp_path / "new" / "x.docx"
    with pytest.raises(hoso.DataError):
        hoso.render(text, fresh)
    assert not fresh.exists()
