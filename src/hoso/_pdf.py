"""PDF through LibreOffice: many documents per headless process, one process per core.

Each LibreOffice runs in a session of its own with a private profile outside ``out_dir``: one of
the profiles kept in the user's cache folder (a fresh profile costs LibreOffice about a second of
its start on 2 cores), locked while a process uses it, or a fresh one in a temporary folder when
none is free, the cache cannot be written, or a first attempt failed. On a timeout the whole
session (``soffice.bin`` included) is ended, so nothing goes on writing anywhere afterwards, and
the profile it was writing is removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

if sys.platform != "win32":
    import fcntl

from hoso._engine.output import write_atomic
from hoso._errors import OutputError, PdfError, describe_os_error

#: Names LibreOffice's binary has on Debian, Ubuntu and the upstream packages.
_BINARIES = ("soffice", "libreoffice")
#: Characters of LibreOffice's own messages kept in a PdfError.
_LOG = 2000
#: Profiles kept between calls (as many LibreOffice processes can use one each at a time).
_KEPT = 16


def to_pdf(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
           timeout: float = 600, workers: int | None = None) -> list[Path]:
    """Convert .docx files to PDF in ``out_dir``; the PDFs in the order of ``paths``.

    The files are shared out between ``workers`` LibreOffice processes running side by side
    (default: one per core, never more than files), each with its own profile and converting its
    share in one session (a profile kept in the user's cache folder, ``~/.cache/hoso/libreoffice``,
    while one is free). Each PDF is named after the path given (a symlink after its own name,
    not its target) and moved into place only when complete; an existing PDF of a file that
    fails stays as it was. Files that fail are converted once more before they are reported (a
    fresh LibreOffice profile sometimes fails its first conversion). Raises ``PdfError`` when
    LibreOffice is missing, runs past ``timeout`` seconds (every process is ended), or, naming
    every file that did not convert (the others are still written) with LibreOffice's own
    messages.
    """
    sources = [Path(p).absolute() for p in paths]
    if not sources:
        return []
    binary = next((found for name in _BINARIES if (found := shutil.which(name))), None)
    if binary is None:
        raise PdfError("Không tìm thấy LibreOffice (lệnh soffice); hãy cài gói libreoffice-writer "
                       "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui)")
    missing = [str(p) for p in sources if not p.is_file()]
    if missing:
        raise PdfError(f"Không tìm thấy tệp cần chuyển: {', '.join(missing)}", missing)
    stems = [p.stem for p in sources]
    twins = sorted({s for s in stems if stems.count(s) > 1})
    if twins:
        raise PdfError(f"Nhiều tệp cùng tên {', '.join(twins)}: PDF của chúng sẽ đè lên nhau",
                       [str(p) for p in sources if p.stem in twins])
    target = Path(out_dir).absolute()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(target), describe_os_error(exc)) from None
    deadline = time.monotonic() + timeout
    count = max(1, min(workers or os.cpu_count() or 1, len(sources)))
    with tempfile.TemporaryDirectory(prefix="hoso-pdf-") as tmp:
        # One folder per process: its profile, its files in, its PDFs out.
        shares = _shares(Path(tmp), sources, count)
        for work, share in shares.items():
            (work / "in").mkdir(parents=True)
            for source in share:  # under the name given: LibreOffice names its output after what it opens
                shutil.copyfile(source, work / "in" / f"{source.stem}.docx")
        log = ""
        for attempt in range(2):  # the second with fresh profiles, in case a kept one is at fault
            log = _convert_all(binary, shares, deadline, timeout, kept=attempt == 0)
            shares = {work: [s for s in share if not _done(work, s)] for work, share in shares.items()}
            if not any(shares.values()):
                break
        pending = {s for share in shares.values() for s in share}
        folder = {s: work for work, share in _shares(Path(tmp), sources, count).items() for s in share}
        written = [write_atomic(target / f"{s.stem}.pdf", (folder[s] / "pdf" / f"{s.stem}.pdf").read_bytes())
                   for s in sources if s not in pending]
    if pending:
        failed = [s for s in sources if s in pending]
        raise PdfError(f"LibreOffice không chuyển được sang PDF: {', '.join(map(str, failed))}"
                       + (f"\nLibreOffice báo: {log[-_LOG:]}" if log else ""), [str(p) for p in failed])
    return written


def _shares(tmp: Path, sources: list[Path], count: int) -> dict[Path, list[Path]]:
    """The files each process converts, by its folder: dealt in turn, so the shares are even."""
    return {tmp / str(i): sources[i::count] for i in range(count)}


def _convert_all(binary: str, shares: dict[Path, list[Path]], deadline: float, timeout: float, *,
                 kept: bool) -> str:
    """One LibreOffice session per folder with files to convert, side by side (each with a kept
    profile when ``kept`` and one is free, else a fresh one); their messages. A timeout in any
    ends every session (each ends at the shared deadline) and raises PdfError."""
    busy = [(work, share) for work, share in shares.items() if share]
    with contextlib.ExitStack() as stack:
        profiles = [stack.enter_context(_profile(work / "profile", kept=kept)) for work, _ in busy]
        if len(busy) == 1:
            return _convert(binary, *busy[0], deadline, timeout, profiles[0])
        with ThreadPoolExecutor(max_workers=len(busy)) as pool:
            futures = [pool.submit(_convert, binary, work, share, deadline, timeout, profile)
                       for (work, share), profile in zip(busy, profiles, strict=True)]
            wait(futures)
    failures = [f.exception() for f in futures if f.exception() is not None]
    timed_out = [e for e in failures if isinstance(e, PdfError)]
    if timed_out:
        raise PdfError(str(timed_out[0]), [name for e in timed_out for name in e.files])
    if failures:
        raise failures[0]  # type: ignore[misc]
    return "\n".join(log for f in futures if (log := f.result()))


@contextlib.contextmanager
def _profile(fresh: Path, *, kept: bool) -> Iterator[Path]:
    """A profile for one LibreOffice process: the first free one kept in the user's cache folder,
    locked until the process is done (another process or thread takes the next), or ``fresh``
    when ``kept`` is false, none is free, or the cache folder cannot be written."""
    if not kept or sys.platform == "win32":
        yield fresh
        return
    try:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "hoso" / "libreoffice"
        root.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError):  # no home folder, or one that cannot be written
        yield fresh
        return
    for slot in range(_KEPT):
        try:
            lock = os.open(root / f"{slot}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            break
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # in use
            os.close(lock)
            continue
        try:
            yield root / str(slot)
        finally:
            os.close(lock)  # the lock goes with it
        return
    yield fresh


def _done(work: Path, source: Path) -> bool:
    pdf = work / "pdf" / f"{source.stem}.pdf"
    return pdf.is_file() and pdf.stat().st_size > 0


def _convert(binary: str, work: Path, sources: list[Path], deadline: float, timeout: float, profile: Path) -> str:
    """Run one LibreOffice session over ``sources`` with ``profile``; its stderr. The whole session
    is ended at ``deadline`` (a PdfError, and the profile it may have been writing is removed)
    and whatever it left running is ended when it returns."""
    command = [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work / "pdf"),
               *(str(work / "in" / f"{s.stem}.docx") for s in sources)]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    err = None
    try:
        _, err = process.communicate(timeout=max(deadline - time.monotonic(), 0))
    except subprocess.TimeoutExpired:
        pass
    finally:
        _end_session(process)
    if err is None:
        shutil.rmtree(profile, ignore_errors=True)
        raise PdfError(f"LibreOffice chưa xong sau {timeout:g} giây; đã dừng LibreOffice",
                       [str(s) for s in sources])
    return err.decode("utf-8", "replace").strip()


def _end_session(process: subprocess.Popen[bytes]) -> None:
    """End every process of LibreOffice's session (``soffice.bin`` outlives its launcher)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
