"""Issue 12, class 2: a template file is read only when it is a regular file within size limits;
zip bombs, too many parts, encrypted or oddly compressed parts and non-UTF-8 XML are
TemplateErrors, in bounded time and memory."""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
import hoso._api
from hoso._engine import package, prepared
from tests.hardening import EXAMPLE, SHIPPED, run_hostile

DOC = hoso.load(EXAMPLE)


def refused(template: Path) -> hoso.TemplateError:
    with pytest.raises(hoso.TemplateError) as info:
        hoso.render(DOC, template=template, deadlines="ignore")
    return info.value


def shipped_plus(tmp_path: Path, extra: list[tuple[zipfile.ZipInfo, bytes]]) -> Path:
    path = tmp_path / "mau.docx"
    with zipfile.ZipFile(SHIPPED) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for info, data in extra:
            dst.writestr(info, data)
    return path


def test_a_fifo_and_a_symlink_to_dev_zero_are_refused_without_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.docx"
    os.mkfifo(fifo)
    assert "không phải tệp thường" in str(refused(fifo))
    zero = tmp_path / "zero.docx"
    zero.symlink_to("/dev/zero")
    assert "không phải tệp thường" in str(refused(zero))
    assert "thư mục" in str(refused(tmp_path))


def bomb(megabytes: int) -> bytes:
    """The shipped template plus a part of ``megabytes`` MB of zeros that packs to about 1/1000 of
    that (identical fully flushed deflate blocks, so it is built in a moment)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = packer.compress(bytes(1024 * 1024)) + packer.flush(zlib.Z_FULL_FLUSH)
    data = block * megabytes + packer.flush()
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(bytes(1024 * 1024), crc)
    with zipfile.ZipFile(SHIPPED) as src:
        members = [package.deflate(info.filename, src.read(info)) for info in src.infolist()]
    return package.write([*members, package.Member(b"word/media/bom.bin", crc, megabytes * 1024 * 1024, data)])


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    path.write_bytes(bomb(120))
    assert path.stat().st_size < 1024 * 1024
    text = str(refused(path))
    assert "bom zip" in text and "quá giới hạn" in text


def test_a_huge_file_and_too_many_parts_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.docx"
    big.write_bytes(SHIPPED.read_bytes())
    monkeypatch.setattr(hoso._api, "CACHE", prepared.TemplateCache())  # the shipped one may be prepared already
    monkeypatch.setattr(prepared, "MAX_PARTS", 10)
    assert "quá giới hạn 10 phần" in str(refused(big))
    monkeypatch.setattr(hoso._api, "MAX_TEMPLATE_BYTES", 1000)
    assert "quá giới hạn 1000 byte của tệp mẫu .docx" in str(refused(big))


def test_encrypted_and_unsupported_compression_parts_are_refused(tmp_path: Path) -> None:
    odd = zipfile.ZipInfo("word/media/la.bin")
    odd.compress_type = zipfile.ZIP_BZIP2
    path = shipped_plus(tmp_path, [(zipfile.ZipInfo("word/media/mat.bin"), b"x" * 100), (odd, b"y" * 100)])
    data = bytearray(path.read_bytes())
    name = b"word/media/mat.bin"
    for signature, flags_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):  # mark it encrypted
        start = next(m.start() for m in re.finditer(re.escape(signature), data)
                     if data[m.start() + name_at:m.start() + name_at + len(name)] == name)
        data[start + flags_at] |= 0x1
    path.write_bytes(bytes(data))
    (one, two) = refused(path).problems
    assert one.part == "word/media/mat.bin" and "mã hóa" in one.message
    assert two.part == "word/media/la.bin" and "nén theo cách Word không dùng" in two.message


def test_non_utf8_xml_is_refused(tmp_path: Path) -> None:
    part = zipfile.ZipInfo("customXml/item9.xml")
    (problem,) = refused(shipped_plus(tmp_path, [(part, "<a>Hà Nội</a>".encode("utf-16"))])).problems
    assert problem.part == "customXml/item9.xml" and "UTF-8" in problem.message


def test_hostile_template_files_are_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    (tmp_path / "bom.docx").write_bytes(bomb(3000))
    (tmp_path / "zero.docx").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "fifo.docx")
    doc = f"hoso.load({str(EXAMPLE)!r})"
    cases = [f"hoso.render({doc}, template={str(tmp_path / name)!r})" for name in ("bom.docx", "zero.docx",
                                                                                    "fifo.docx")]
    for result, seconds in run_hostile(cases):
        assert result == "TemplateError" and seconds < 5, (result, seconds)


@settings(max_examples=40, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, 40_000), junk=st.binary(max_size=64), flip=st.integers(0, 40_000))
def test_any_damaged_package_renders_or_is_a_template_error(tmp_path: Path, cut: int, junk: bytes, flip: int) -> None:
    data = bytearray(SHIPPED.read_bytes())
    if flip < len(data):
        data[flip] ^= 0xFF
    path = tmp_path / "hong.docx"
    path.write_bytes(bytes(data[: max(len(data) - cut, 0)]) + junk)
    try:
        result = hoso.render(DOC, template=path, deadlines="ignore")
    except hoso.TemplateError as exc:
        assert exc.problems
    else:
        assert zipfile.ZipFile(io.BytesIO(result)).testzip() is None
