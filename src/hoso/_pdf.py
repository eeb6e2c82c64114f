"""PDF through LibreOffice: many documents per headless process, one process per core.

Each LibreOffice runs in a session of its own with a private profile in a temporary folder outside
``out_dir``; on a timeout the whole session (``soffice.bin`` included) is ended, so nothing goes
on writing anywhere afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

from hoso._engine.output import write_atomic
from hoso._errors import OutputError, PdfError, describe_os_error

#: Names LibreOffice's binary has on Debian, Ubuntu and the upstream packages.
_BINARIES = ("soffice", "libreoffice")
#: Characters of LibreOffice's own messages kept in a PdfError.
_LOG = 2000


def to_pdf(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
           timeout: float = 600, workers: int | None = None) -> list[Path]:
    """Convert .docx files to PDF in ``out_dir``; the PDFs in the order of ``paths``.

    The files are shared out between ``workers`` LibreOffice processes running side by side
    (default: one per core, never more than files), each with its own profile and converting its
    share in one session. Each PDF is named after the path given (a symlink after its own name,
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
        for _attempt in range(2):
            log = _convert_all(binary, shares, deadline, timeout)
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


def _convert_all(binary: str, shares: dict[Path, list[Path]], deadline: float, timeout: float) -> str:
    """One LibreOffice session per folder with files to convert, side by side; their messages.
    A timeout in any ends every session (each ends at the shared deadline) and raises PdfError."""
    busy = [(work, share) for work, share in shares.items() if share]
    if len(busy) == 1:
        return _convert(binary, *busy[0], deadline, timeout)
    with ThreadPoolExecutor(max_workers=len(busy)) as pool:
        futures = [pool.submit(_convert, binary, work, share, deadline, timeout) for work, share in busy]
        wait(futures)
    failures = [f.exception() for f in futures if f.exception() is not None]
    timed_out = [e for e in failures if isinstance(e, PdfError)]
    if timed_out:
        raise PdfError(str(timed_out[0]), [name for e in timed_out for name in e.files])
    if failures:
        raise failures[0]  # type: ignore[misc]
    return "\n".join(log for f in futures if (log := f.result()))


def _done(work: Path, source: Path) -> bool:
    pdf = work / "pdf" / f"{source.stem}.pdf"
    return pdf.is_file() and pdf.stat().st_size > 0


def _convert(binary: str, work: Path, sources: list[Path], deadline: float, timeout: float) -> str:
    """Run one LibreOffice session over ``sources``; its stderr. The whole session is ended at
    ``deadline`` (a PdfError) and whatever it left running is ended when it returns."""
    command = [binary, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work / "pdf"),
               *(str(work / "in" / f"{s.stem}.docx") for s in sources)]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, start_new_session=True)
    try:
        _, err = process.communicate(timeout=max(deadline - time.monotonic(), 0))
    except subprocess.TimeoutExpired:
        raise PdfError(f"LibreOffice chưa xong sau {timeout:g} giây; đã dừng LibreOffice",
                       [str(s) for s in sources]) from None
    finally:
        _end_session(process)
    return err.decode("utf-8", "replace").strip()


def _end_session(process: subprocess.Popen[bytes]) -> None:
    """End every process of LibreOffice's session (``soffice.bin`` outlives its launcher)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
