"""Issue 12, class 12: every part hoso writes parses as XML; a DTD in any part of a template is
refused, as is a malformed or non-UTF-8 part that would otherwise be copied through."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

import hoso
from tests.hardening import EXAMPLE, SHIPPED

DOC = hoso.load(EXAMPLE)
_DTD = b'<!DOCTYPE w:document [<!ENTITY x "xin chao">]>'


def package(changes: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(SHIPPED) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, changes.get(info.filename, src.read(info)))
    return out.getvalue()


def with_dtd(part: str) -> bytes:
    data = zipfile.ZipFile(SHIPPED).read(part)
    head, _, rest = data.partition(b"?>")
    return head + b"?>" + _DTD + rest


def refused(tmp_path: Path, changes: dict[str, bytes]) -> hoso.TemplateError:
    path = tmp_path / "mau.docx"
    path.write_bytes(package(changes))
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(DOC, template=path, deadlines="ignore")
    return info.value


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "[Content_Types].xml", "_rels/.rels"])
def test_a_dtd_in_any_part_is_refused(tmp_path: Path, part: str) -> None:
    (problem,) = refused(tmp_path, {part: with_dtd(part)}).problems
    assert problem.part == part and "DTD" in problem.message


def test_an_entity_used_in_the_text_is_refused_not_written(tmp_path: Path) -> None:
    document = with_dtd("word/document.xml").replace(b"{{ dia_danh_ngay }}", b"&x; {{ dia_danh_ngay }}", 1)
    (problem,) = refused(tmp_path, {"word/document.xml": document}).problems
    assert "DTD" in problem.message


@pytest.mark.parametrize(("blob", "says"), [(b"<w:styles><w:style>", "không phải XML hợp lệ"),
                                            ("<a>é</a>".encode("latin-1"), "không phải XML mã UTF-8")])
def test_a_broken_untemplated_part_is_refused_not_copied(tmp_path: Path, blob: bytes, says: str) -> None:
    (problem,) = refused(tmp_path, {"word/styles.xml": blob}).problems
    assert problem.part == "word/styles.xml" and says in problem.message


@settings(max_examples=25, deadline=5000)
@given(part=st.sampled_from(["word/styles.xml", "word/settings.xml", "word/document.xml", "docProps/core.xml"]),
       cut=st.integers(1, 400), junk=st.binary(max_size=8))
def test_every_written_part_parses_or_the_template_is_refused(tmp_path_factory: pytest.TempPathFactory, part: str,
                                                              cut: int, junk: bytes) -> None:
    data = zipfile.ZipFile(SHIPPED).read(part)
    path = tmp_path_factory.mktemp("mau") / "mau.docx"
    path.write_bytes(package({part: data[: len(data) - cut] + junk}))
    try:
        result = hoso.render(DOC, template=path, deadlines="ignore")
    except hoso.TemplateError as exc:
        assert exc.problems
        return
    with zipfile.ZipFile(io.BytesIO(result)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))


def test_a_template_whose_output_is_not_xml_is_refused(tmp_path: Path) -> None:
    """Tags that open in one paragraph and close in a table cut the XML apart when the condition
    is false: the rendered part is checked (with expat, not a round trip) and refused."""
    import docx

    document = docx.Document()
    document.add_paragraph("{% if so_ky_hieu == 'khong co' %}Mở")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Đóng{% endif %}"
    path = tmp_path / "mau.docx"
    document.save(str(path))
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(DOC, template=path, deadlines="ignore")
    (problem,) = info.value.problems
    assert problem.part == "word/document.xml" and "XML hỏng" in problem.message


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(0, 2000), junk=st.sampled_from([b"", b"<", b"&", b"&x;", b"</w:p>", b"<w:p>", b"\x01",
                                                       b"<!DOCTYPE a>", b"]]>", b"\xc3"]))
def test_the_well_formedness_check_refuses_what_lxml_refuses(cut: int, junk: bytes) -> None:
    """The check that replaced lxml's parse refuses exactly the parts lxml would not read."""
    from hoso._engine.prepared import _check_well_formed, _PartFailure

    data = zipfile.ZipFile(SHIPPED).read("word/document.xml")
    at = len(data) // 2 + cut
    broken = data[:at] + junk + data[at:]
    try:
        tree = etree.fromstring(broken, parser=etree.XMLParser(resolve_entities=False, load_dtd=False))
        lxml_ok = not tree.getroottree().docinfo.doctype
    except etree.XMLSyntaxError:
        lxml_ok = False
    try:
        _check_well_formed("word/document.xml", broken)
        ours = True
    except _PartFailure:
        ours = False
    assert ours == lxml_ok
