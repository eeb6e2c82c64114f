"""Atomic writes: a temporary file beside the target, then a rename; never a partial file.

Temporary files are named ``.hoso-<pid>-<random>.tmp``: short, so that a target name of 255
bytes still has a temporary name within the limit, and recognisable as hoso's own, so that
``remove_stale`` can clear what a killed process left behind, and nothing else.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from hoso._errors import OutputError, describe_os_error

_TEMPORARY = re.compile(r"\.hoso-(\d+)-[0-9a-f]{12}\.tmp")


def write_atomic(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` all at once; on failure ``target`` is untouched.

    A new file gets the usual permissions (0666 less the umask); a replaced file keeps its own.
    Raises ``OutputError`` when ``target`` cannot be written.
    """
    try:
        if not target.name or target.is_dir():
            raise OutputError(str(target), "đây là một thư mục hoặc tên trống; cần tên một tệp .docx")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.parent / f".hoso-{os.getpid()}-{secrets.token_hex(6)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(FileNotFoundError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(str(target), describe_os_error(exc)) from None
    return target


def remove_stale(folder: Path) -> None:
    """Remove the temporary files in ``folder`` whose writing process no longer runs on this
    machine (a run killed mid-write leaves them). Other files are never touched."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        m = _TEMPORARY.fullmatch(entry.name)
        if m is None or _running(int(m.group(1))) or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(FileNotFoundError):
            os.unlink(entry.path)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process, or no such number: leave the file alone
    try:  # a killed process not yet reaped (a zombie) writes nothing more
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True
