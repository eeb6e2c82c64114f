"""The .docx package (a zip): read once, write fast and deterministically.

A prepared template keeps every part that rendering never changes already deflated
(``Member``: the template's own compressed bytes, copied, not deflated again); writing a
document deflates only the rendered parts and copies the rest's bytes.
The zip is written here rather than with ``zipfile`` because ``zipfile`` cannot take data that
is already compressed. Every member has the same fixed timestamp, so the same input gives the
same bytes.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

#: 1980-01-01 00:00:00 in DOS date/time, the zip epoch.
_DOS_TIME, _DOS_DATE = 0, (0 << 9) | (1 << 5) | 1
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
_DEFLATED = 8
_VERSION = 20
_UNIX_FILE = 0o100644 << 16
#: Deflate level of rendered parts, compressed for every document: fast.
LEVEL = 1
#: Deflate level of the parts a prepared template keeps, compressed once: small.
LEVEL_KEPT = 9


@dataclass(frozen=True, slots=True)
class Member:
    """One zip member, already compressed."""

    name: bytes
    crc: int
    size: int
    data: bytes


def deflate(name: str, content: bytes, level: int = LEVEL) -> Member:
    """Compress one part."""
    packer = zlib.compressobj(level, zlib.DEFLATED, -15)
    data = packer.compress(content) + packer.flush()
    return Member(name.encode("utf-8"), zlib.crc32(content), len(content), data)


def kept(archive: bytes, info: zipfile.ZipInfo, content: bytes) -> Member:
    """A part that rendering never changes, as a member: its compressed bytes copied from the
    template's ``archive`` when they are deflated (``zipfile`` has read them and checked their
    CRC), else ``content`` compressed once and well."""
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return deflate(info.filename, content, LEVEL_KEPT)
    name_length, extra_length = struct.unpack_from("<HH", archive, info.header_offset + 26)
    start = info.header_offset + _LOCAL.size + name_length + extra_length
    return Member(info.filename.encode("utf-8"), info.CRC, info.file_size,
                  archive[start:start + info.compress_size])


def write(members: Iterable[Member]) -> bytes:
    """A zip of ``members`` in the given order (no zip64: a .docx stays far below 4 GiB)."""
    chunks: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    count = 0
    for m in members:
        flags = 0x800 if not m.name.isascii() else 0
        header = _LOCAL.pack(0x04034B50, _VERSION, flags, _DEFLATED, _DOS_TIME, _DOS_DATE,
                             m.crc, len(m.data), m.size, len(m.name), 0)
        central.append(_CENTRAL.pack(0x02014B50, (3 << 8) | _VERSION, _VERSION, flags, _DEFLATED,
                                     _DOS_TIME, _DOS_DATE, m.crc, len(m.data), m.size, len(m.name),
                                     0, 0, 0, 0, _UNIX_FILE, offset) + m.name)
        chunks += (header, m.name, m.data)
        offset += len(header) + len(m.name) + len(m.data)
        count += 1
    directory = b"".join(central)
    end = _END.pack(0x06054B50, 0, 0, count, count, len(directory), offset, 0)
    return b"".join(chunks) + directory + end


def pack(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """A zip of uncompressed ``(name, content)`` entries, compressed once and well (templates)."""
    return write(deflate(name, content, LEVEL_KEPT) for name, content in entries)
