"""Word refuses (or "repairs") parts whose property elements are out of the schema's order or
repeated; LibreOffice does not care, so this is checked here on templates and rendered examples."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

import hoso
from tests.conftest import EXAMPLES, ROOT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Child order of the property elements hoso writes (ECMA-376 Part 1, §17.3.1.26, §17.3.2.28,
#: §17.4.60, §17.4.70).
ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
           "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
           "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
           "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText "
           "vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
             "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
}


def out_of_order(xml: bytes) -> list[str]:
    found = []
    root = etree.fromstring(xml)
    for name, sequence in ORDER.items():
        rank = {tag: i for i, tag in enumerate(sequence.split())}
        for element in root.iter(W + name):
            tags = [etree.QName(child).localname for child in element]
            ranks = [rank.get(tag, -1) for tag in tags]
            if -1 in ranks or ranks != sorted(ranks) or len(set(tags)) != len(tags):
                found.append(f"{name}: {tags}")
    return found


def parts(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {n: archive.read(n) for n in archive.namelist()
                if n.startswith("word/") and n.endswith(".xml") and "theme" not in n}


@pytest.mark.parametrize("template", sorted((ROOT / "templates").glob("*.docx")), ids=lambda p: p.name)
def test_templates_keep_the_schema_order(template: Path) -> None:
    for name, xml in parts(template.read_bytes()).items():
        if name in ("word/document.xml", "word/styles.xml") or "header" in name:
            assert out_of_order(xml) == [], name


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rendered_documents_keep_the_schema_order(example: Path) -> None:
    xml = parts(hoso.render(example))["word/document.xml"]
    assert out_of_order(xml) == []
