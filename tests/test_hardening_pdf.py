"""Issue 12, class 15: ``to_pdf`` ends LibreOffice's whole session on timeout and keeps its profile
outside ``out_dir``; a symlink's PDF is named after the path given; failed files are tried once
more; LibreOffice's own messages are in the PdfError."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
from hoso import _pdf
from tests.conftest import soffice_or_fail
from tests.test_batch_and_pdf import BASE


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hoso.render(BASE, tmp_path_factory.mktemp("docx") / "bien-ban.docx", deadlines="ignore")


def _sessions_using(folder: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if folder in text:
            found.append(text)
    return found


def test_a_timeout_ends_the_whole_session_and_leaves_out_dir_alone(tmp_path: Path, good: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    soffice_or_fail()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    made: list[str] = []
    original = tempfile.TemporaryDirectory

    def recorded(*args: Any, **kwargs: Any) -> Any:
        folder = original(*args, **kwargs)
        made.append(folder.name)
        return folder

    monkeypatch.setattr(_pdf.tempfile, "TemporaryDirectory", recorded)
    out = tmp_path / "pdf"
    with pytest.raises(hoso.PdfError, match=r"chưa xong sau 0\.2 giây") as info:
        hoso.to_pdf([good], out, timeout=0.2)
    assert info.value.files == (str(good),)
    (work,) = made
    assert not work.startswith(str(out))
    time.sleep(1)  # a surviving soffice.bin would now be writing its profile
    assert _sessions_using(work) == []
    assert list(out.iterdir()) == [] and not Path(work).exists()
    # the kept profile the session may have been writing is gone, not left half-written
    assert not (tmp_path / "cache" / "hoso" / "libreoffice" / "0").exists()


def test_profiles_are_kept_in_the_cache_one_process_each(tmp_path: Path, good: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    soffice_or_fail()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    kept = tmp_path / "cache" / "hoso" / "libreoffice"
    with _pdf._profile(tmp_path / "a", kept=True) as first, _pdf._profile(tmp_path / "b", kept=True) as second:
        assert (first, second) == (kept / "0", kept / "1")  # in use: the next one
    with _pdf._profile(tmp_path / "a", kept=True) as again, _pdf._profile(tmp_path / "b", kept=False) as fresh:
        assert (again, fresh) == (kept / "0", tmp_path / "b")
    (pdf,) = hoso.to_pdf([good], tmp_path / "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert (kept / "0" / "user").is_dir()  # LibreOffice made its profile there, for the next call


def test_a_symlink_is_named_after_the_path_given(tmp_path: Path, good: Path) -> None:
    soffice_or_fail()
    link = tmp_path / "ten-goi.docx"
    link.symlink_to(good)
    (pdf,) = hoso.to_pdf([link], tmp_path / "pdf")
    assert pdf == tmp_path / "pdf" / "ten-goi.pdf" and pdf.read_bytes().startswith(b"%PDF")
    assert [p.name for p in (tmp_path / "pdf").iterdir()] == ["ten-goi.pdf"]


def test_failed_files_are_tried_once_more(tmp_path: Path, good: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    soffice_or_fail()
    calls: list[list[str]] = []
    profiles: list[Path] = []
    original = _pdf._convert

    def first_fails(binary: str, work: Path, sources: list[Path], deadline: float, timeout: float,
                    profile: Path) -> str:
        calls.append([s.name for s in sources])
        profiles.append(profile)
        log = original(binary, work, sources, deadline, timeout, profile)
        if len(calls) == 1:  # as a fresh profile sometimes does
            (work / "pdf" / f"{sources[0].stem}.pdf").unlink()
        return log

    monkeypatch.setattr(_pdf, "_convert", first_fails)
    (pdf,) = hoso.to_pdf([good], tmp_path / "pdf")
    assert calls == [[good.name], [good.name]] and pdf.read_bytes().startswith(b"%PDF")
    assert profiles[1].name == "profile" and profiles[0] != profiles[1]  # the retry with a fresh profile


@settings(max_examples=2, deadline=180_000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(st.sampled_from(["tot", "hong", "lien_ket"]), min_size=1, max_size=3))
def test_any_mix_converts_the_good_names_the_bad_and_keeps_old_pdfs(tmp_path: Path, good: Path,
                                                                     kinds: list[str]) -> None:
    soffice_or_fail()
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    out = folder / "pdf"
    out.mkdir()
    sources, bad = [], []
    for i, kind in enumerate(kinds):
        path = folder / f"{i}-{kind}.docx"
        if kind == "hong":
            path.write_bytes(b"PK\x03\x04 not a document")
            (out / f"{path.stem}.pdf").write_bytes(b"old")
            bad.append(str(path))
        elif kind == "lien_ket":
            path.symlink_to(good)
        else:
            path.write_bytes(good.read_bytes())
        sources.append(path)
    try:
        written = hoso.to_pdf(sources, out)
    except hoso.PdfError as exc:
        assert list(exc.files) == bad and "LibreOffice không chuyển được" in str(exc)
        assert "LibreOffice báo: " in str(exc)  # its own messages come along
        written = [out / f"{p.stem}.pdf" for p in sources if str(p) not in bad]
    else:
        assert not bad
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.pdf" for p in sources)
    assert all(p.read_bytes().startswith(b"%PDF") for p in written)
    assert all((out / f"{Path(b).stem}.pdf").read_bytes() == b"old" for b in bad)
