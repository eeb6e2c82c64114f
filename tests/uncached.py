"""hoso's uncached path: a fresh docxtpl ``DocxTemplate`` per document with hoso's environment.

docxtpl does every step of template work again (load, patch, compile, render, listing, table
fix, drawing ids); hoso then packages the parts it rendered exactly as the fast path does.
The differential test requires the prepared fast path to give the same bytes.

One difference is adjusted in the reference, not in hoso: docxtpl re-serialises each rendered
part with lxml, which writes a quote in text bare (``"``), while hoso writes Jinja's output as
it is, where autoescape wrote the quote as a character reference (``&#34;``, ``&#39;``). Both
are the same character to any XML reader (Word, LibreOffice, python-docx); the reference writes
quotes in text as references so that everything else stays compared byte for byte.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

from docxtpl import DocxTemplate

from hoso._engine import package
from hoso._engine.environment import make_environment

_TEXT = re.compile(rb">[^<]+<")


def _quotes_as_references(xml: bytes) -> bytes:
    return _TEXT.sub(lambda m: m.group().replace(b'"', b"&#34;").replace(b"'", b"&#39;"), xml)


def render_uncached(template: bytes, context: Mapping[str, Any]) -> bytes:
    tpl = DocxTemplate(io.BytesIO(template))
    tpl.render(dict(context), jinja_env=make_environment())
    doc_part = tpl.docx.part
    rendered = {doc_part.partname.lstrip("/"): _quotes_as_references(doc_part.blob)}
    for rel in doc_part.rels.values():
        if rel.reltype in (tpl.HEADER_URI, tpl.FOOTER_URI):
            rendered[rel.target_part.partname.lstrip("/")] = _quotes_as_references(rel.target_part.blob)
    with zipfile.ZipFile(io.BytesIO(template)) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    # Parts without template tags are taken from the template as they are, on both paths (their
    # compressed bytes copied); rendered parts are compressed at LEVEL.
    return package.write(
        package.deflate(info.filename, rendered[info.filename]) if info.filename in rendered and b"{" in data
        else package.kept(template, info, data)
        for info, data in entries)
