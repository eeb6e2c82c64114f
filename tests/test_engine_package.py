"""Issue 13, target 5: preparing a template copies the compressed bytes of the parts rendering
never changes (no second deflate), and the result still opens with every part as it was."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx

import hoso
from tests.hardening import EXAMPLE, SHIPPED


def compressed(archive: bytes) -> dict[str, bytes]:
    """Each member's compressed bytes, read from its local header."""
    out = {}
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        for info in z.infolist():
            name_length = int.from_bytes(archive[info.header_offset + 26:info.header_offset + 28], "little")
            extra_length = int.from_bytes(archive[info.header_offset + 28:info.header_offset + 30], "little")
            start = info.header_offset + 30 + name_length + extra_length
            out[info.filename] = archive[start:start + info.compress_size]
    return out


def test_unchanged_parts_keep_the_templates_compressed_bytes(tmp_path: Path) -> None:
    template = tmp_path / "mau.docx"
    with zipfile.ZipFile(SHIPPED) as src, zipfile.ZipFile(template, "w") as dst:
        for info in src.infolist():  # level 1 and one part stored: a second deflate would change bytes
            stored = info.filename == "word/settings.xml"
            dst.writestr(info.filename, src.read(info), zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED, 1)
    result = hoso.render(hoso.load(EXAMPLE), template=template, deadlines="ignore")
    theirs, ours = compressed(template.read_bytes()), compressed(result)
    assert ours["word/styles.xml"] == theirs["word/styles.xml"]
    assert ours["[Content_Types].xml"] == theirs["[Content_Types].xml"]
    with zipfile.ZipFile(template) as src:  # the stored part is deflated, to the same content
        assert zlib.decompress(ours["word/settings.xml"], -15) == src.read("word/settings.xml")
    with zipfile.ZipFile(io.BytesIO(result)) as z:
        assert z.testzip() is None
    assert "BIÊN BẢN" in "\n".join(p.text for p in docx.Document(io.BytesIO(result)).paragraphs)
