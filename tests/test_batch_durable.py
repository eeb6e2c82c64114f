"""Issue 13, target 3: ``render_many`` puts each chunk of files in place with one flush to disk
(not an fsync per file), still never leaving a half-written or temporary file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import hoso
from hoso._batch import CHUNK
from hoso._engine import output
from tests.hardening import EXAMPLE

DOC = hoso.load(EXAMPLE)


def test_a_chunk_is_flushed_once_and_every_file_is_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: dict[str, int] = {"syncfs": 0, "fsync": 0}
    fsync = os.fsync

    def syncfs(fd: int) -> int:
        calls["syncfs"] += 1
        return 0

    def counted_fsync(fd: int) -> None:
        calls["fsync"] += 1
        fsync(fd)

    monkeypatch.setattr(output, "_syncfs", lambda: syncfs)
    monkeypatch.setattr(os, "fsync", counted_fsync)
    count = CHUNK + 3
    results = hoso.render_many([DOC] * count, tmp_path, workers=1, deadlines="ignore")
    assert all(r.ok for r in results) and len(results) == count
    assert calls == {"syncfs": 2, "fsync": 2}  # per chunk: one flush of the files, one of the folder
    expected = hoso.render(DOC, deadlines="ignore")
    assert all(r.path is not None and r.path.read_bytes() == expected for r in results)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(r.name for r in results)  # no .tmp left


def test_without_syncfs_each_file_is_flushed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[str] = []
    fsync = os.fsync

    def counted_fsync(fd: int) -> None:
        flushed.append(os.readlink(f"/proc/self/fd/{fd}"))
        fsync(fd)

    monkeypatch.setattr(output, "_syncfs", lambda: None)
    monkeypatch.setattr(os, "fsync", counted_fsync)
    hoso.render_many([DOC] * 3, tmp_path, workers=1, deadlines="ignore")
    assert sum(".hoso-" in f for f in flushed) == 3 and flushed[-1] == str(tmp_path)


def test_a_file_that_cannot_be_put_in_place_is_its_documents_error(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    replace = os.replace

    def refuse_second(src: Any, dst: Any) -> None:
        if str(dst).endswith("0002-van_ban.docx") or str(dst).endswith("0002-bien_ban_doi_thoai.docx"):
            raise OSError(28, os.strerror(28))
        replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_second)
    results = hoso.render_many([DOC] * 3, tmp_path, workers=1, deadlines="ignore")
    assert [r.ok for r in results] == [True, False, True]
    assert isinstance(results[1].error, hoso.OutputError) and "đầy" in str(results[1].error)
    assert sorted(p.name for p in tmp_path.iterdir()) == [results[0].name, results[2].name]
