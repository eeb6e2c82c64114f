"""Issue 13, target 4: ``to_pdf`` shares the files out between LibreOffice processes running side by
side (one per core by default), each with its own profile; the PDFs keep the order of the input."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import hoso
from hoso import _pdf
from tests.conftest import soffice_or_fail
from tests.test_batch_and_pdf import BASE


def test_files_are_shared_out_between_processes_in_parallel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice_or_fail()
    doc = hoso.render(BASE, deadlines="ignore")
    sources = []
    for name in ("c", "a", "d", "b", "e"):
        (tmp_path / f"{name}.docx").write_bytes(doc)
        sources.append(tmp_path / f"{name}.docx")
    calls: list[tuple[Path, list[str]]] = []
    profiles: set[Path] = set()
    running, most = [0], [0]
    lock = threading.Lock()
    original = _pdf._convert

    def recorded(binary: str, work: Path, share: list[Path], deadline: float, timeout: float, profile: Path) -> str:
        with lock:
            calls.append((work, [s.stem for s in share]))
            profiles.add(profile)
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            return original(binary, work, share, deadline, timeout, profile)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(_pdf, "_convert", recorded)
    pdfs = hoso.to_pdf(sources, tmp_path / "pdf", workers=2)
    assert pdfs == [tmp_path / "pdf" / f"{s.stem}.pdf" for s in sources]
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    first = sorted(calls[:2])
    assert len({work for work, _ in first}) == 2 and most[0] == 2  # two folders, side by side
    assert len(profiles) == len(calls)  # a profile of its own each
    assert sorted(stem for _, share in first for stem in share) == ["a", "b", "c", "d", "e"]
    assert sorted(len(share) for _, share in first) == [2, 3]


def test_never_more_processes_than_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice_or_fail()
    source = hoso.render(BASE, tmp_path / "mot.docx", deadlines="ignore")
    calls: list[Path] = []
    original = _pdf._convert

    def recorded(binary: str, work: Path, share: list[Path], deadline: float, timeout: float, profile: Path) -> str:
        calls.append(work)
        return original(binary, work, share, deadline, timeout, profile)

    monkeypatch.setattr(_pdf, "_convert", recorded)
    (pdf,) = hoso.to_pdf([source], tmp_path / "pdf", workers=8)
    assert len(calls) == 1 and pdf.read_bytes().startswith(b"%PDF")
