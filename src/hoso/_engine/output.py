"""Atomic writes: a temporary file beside the target, then a rename; never a partial file.

Temporary files are named ``.hoso-<pid>-<random>.tmp``: short, so that a target name of 255
bytes still has a temporary name within the limit, and recognisable as hoso's own, so that
``remove_stale`` can clear what a killed process left behind, and nothing else.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import re
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

from hoso._errors import OutputError, describe_os_error

_TEMPORARY = re.compile(r"\.hoso-(\d+)-[0-9a-f]{12}\.tmp")


def write_atomic(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` all at once; on failure ``target`` is untouched.

    A new file gets the usual permissions (0666 less the umask); a replaced file keeps its own.
    Raises ``OutputError`` when ``target`` cannot be written.
    """
    try:
        tmp = _temporary(target, data, flush=True)
        try:
            _publish(tmp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(str(target), describe_os_error(exc)) from None
    return target


class Batch:
    """Files written together, as durably as ``write_atomic`` writes one, with one flush.

    ``add`` writes each file to a temporary file beside its target; ``commit`` flushes them all
    to disk at once (Linux: one ``syncfs`` for the file system; elsewhere an ``fsync`` per file),
    then renames each into place and flushes each folder. After a power cut at any moment, each
    target is absent, as it was before, or complete, as after ``write_atomic``; a temporary file
    left over is removed by the next batch (``remove_stale``).
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def add(self, target: Path, data: bytes) -> None:
        """Write ``data`` for ``target`` (not yet in place). Raises ``OutputError``."""
        try:
            self._pending.append((_temporary(target, data, flush=False), target))
        except OSError as exc:
            raise OutputError(str(target), describe_os_error(exc)) from None

    def commit(self) -> dict[Path, OutputError]:
        """Put every file in place; the ones that could not be, with why (their target untouched)."""
        failed: dict[Path, OutputError] = {}
        pending, self._pending = self._pending, []
        try:
            _flush([tmp for tmp, _ in pending])
        except OSError as exc:
            failed = {target: OutputError(str(target), describe_os_error(exc)) for _, target in pending}
        folders = set()
        for tmp, target in pending:
            try:
                if target not in failed:
                    _publish(tmp, target)
                    folders.add(target.parent)
            except OSError as exc:
                failed[target] = OutputError(str(target), describe_os_error(exc))
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        for folder in folders:
            with contextlib.suppress(OSError):  # the files are complete; only the renames may wait
                _fsync(folder)
        return failed


def _temporary(target: Path, data: bytes, *, flush: bool) -> Path:
    """``data`` written to a new temporary file beside ``target``; ``flush``: and flushed to disk."""
    if not target.name or target.is_dir():
        raise OutputError(str(target), "đây là một thư mục hoặc tên trống; cần tên một tệp .docx")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".hoso-{os.getpid()}-{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if flush:
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def _publish(tmp: Path, target: Path) -> None:
    """Rename the flushed ``tmp`` over ``target``, keeping a replaced file's permissions."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(tmp, target.stat().st_mode & 0o7777)
    os.replace(tmp, target)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flush(files: list[Path]) -> None:
    """Flush ``files`` to disk: with one ``syncfs`` on Linux when they share a file system."""
    if not files:
        return
    syncfs = _syncfs()
    devices = {os.stat(f).st_dev for f in files}
    if syncfs is not None and len(devices) == 1:
        fd = os.open(files[0].parent, os.O_RDONLY)
        try:
            if syncfs(fd) != 0:
                raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()))
        finally:
            os.close(fd)
        return
    for f in files:
        _fsync(f)


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    """Linux's ``syncfs(2)`` from the C library, or None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function: Callable[[int], int] = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    return function


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
