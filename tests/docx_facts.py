"""What a records clerk sees in a .docx, read with python-docx: paragraphs in order, run formats."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def open_docx(path: Path | bytes) -> Document:
    import io

    return docx.Document(io.BytesIO(path) if isinstance(path, bytes) else str(path))


def paragraphs(doc: Document) -> list[Paragraph]:
    """Every paragraph of the body, table cells included, in reading order."""
    out: list[Paragraph] = []

    def walk(items: Iterator[Paragraph | Table]) -> None:
        for item in items:
            if isinstance(item, Paragraph):
                out.append(item)
            else:
                for row in item.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell.iter_inner_content())

    walk(doc.iter_inner_content())
    return out


def texts(doc: Document) -> list[str]:
    return [p.text for p in paragraphs(doc)]


def full_text(doc: Document) -> str:
    parts = [p.text for p in paragraphs(doc)]
    for section in doc.sections:
        for header in (section.header, section.first_page_header):
            parts += [p.text for p in header.paragraphs]
    return "\n".join(parts)


def own_text(p: Paragraph) -> str:
    """A paragraph's text without the title lines that open it (``Builder.titled``: a heading or
    label, a line break, a tab)."""
    return p.text.split("\n\t")[-1]


def find(doc: Document, pattern: str) -> Paragraph:
    """The first paragraph whose whole text, or its text under its titles, matches ``pattern``."""
    for p in paragraphs(doc):
        if re.fullmatch(pattern, p.text) or re.fullmatch(pattern, own_text(p)):
            return p
    raise AssertionError(f"no paragraph matches {pattern!r}; paragraphs: {texts(doc)[:40]}")


def find_title(doc: Document, text: str) -> Paragraph:
    """The paragraph holding ``text`` as hoso lays out a title: broken into lines (a line break
    where a space was), every character kept."""
    folded = " ".join(text.split())
    for p in paragraphs(doc):
        if " ".join(p.text.split()) == folded and p.text.count("\n") <= text.count(" ") + text.count("\n"):
            return p
    raise AssertionError(f"no title {text!r}; paragraphs: {texts(doc)[:40]}")


def text_runs(p: Paragraph) -> list[Run]:
    return [r for r in p.runs if r.text.strip()]


def size(run: Run) -> float:
    """Explicit size of a run in points (hoso writes it on every run)."""
    assert run.font.size is not None, f"run {run.text!r} has no explicit size"
    return run.font.size.pt


def fonts(run: Run) -> set[str | None]:
    """The run's own font for the Latin scripts Vietnamese text uses (ascii, hAnsi)."""
    r_fonts = run._r.rPr.find(qn("w:rFonts")) if run._r.rPr is not None else None
    if r_fonts is None:
        return {None}
    return {r_fonts.get(qn(k)) for k in ("w:ascii", "w:hAnsi")}


def style_fonts(doc: Document) -> set[str | None]:
    """The Normal style's font for every script."""
    r_fonts = doc.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    return {r_fonts.get(qn(k)) for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")}


def style_of(p: Paragraph) -> tuple[set[float], set[bool], set[bool]]:
    """(sizes, bold, italic) of the runs that carry text; not set means not bold / not italic
    (hoso's styles are neither bold nor italic)."""
    runs = text_runs(p)
    assert runs, f"paragraph {p.text!r} has no text run"
    return {size(r) for r in runs}, {bool(r.bold) for r in runs}, {bool(r.italic) for r in runs}
