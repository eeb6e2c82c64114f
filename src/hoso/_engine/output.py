"""Atomic writes: a temporary file beside the target, then a rename; never a partial file."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_atomic(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` all at once; on failure ``target`` is untouched.

    A new file gets the usual permissions (0666 less the umask); a replaced file keeps its own.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(8)}.tmp"
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
    return target
