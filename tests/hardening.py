"""Helpers of the hardening tests: hostile input runs in a subprocess with a memory limit and a
time limit, and everything reports which exception class came out."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hoso
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "doi_thoai" / "bien_ban.yaml"
SHIPPED = ROOT / "templates" / "bien_ban_doi_thoai.mat_tran.docx"
#: Address space a hostile case may use (hoso with its imports needs about 0.3 GiB).
MEMORY_LIMIT = 1536 * 1024 * 1024

_CHILD = """
import json, resource, sys, time, warnings
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
warnings.simplefilter("ignore")
import hoso
results = []
for case in json.loads(sys.stdin.read()):
    start = time.monotonic()
    try:
        exec(case, {{"hoso": hoso}})
        outcome = "ok"
    except hoso.HosoError as exc:
        outcome = type(exc).__name__
    except BaseException as exc:
        outcome = "ESCAPED " + type(exc).__name__ + ": " + str(exc)[:200]
    results.append([outcome, time.monotonic() - start])
print(json.dumps(results))
"""


def run_hostile(cases: list[str], *, timeout: float = 60, cwd: Path = ROOT) -> list[tuple[str, float]]:
    """Run each snippet (``hoso`` imported) in one child process under ``MEMORY_LIMIT``; for each,
    the HosoError subclass it raised (or "ok", or what escaped) and the seconds it took."""
    code = _CHILD.format(limit=MEMORY_LIMIT)
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(cases), capture_output=True, text=True,
                          timeout=timeout, cwd=cwd, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return [(outcome, seconds) for outcome, seconds in json.loads(done.stdout.splitlines()[-1])]


def outcome(call: Callable[[], Any]) -> str:
    """ "ok", or the name of the HosoError subclass ``call`` raised; anything else propagates."""
    try:
        call()
    except hoso.HosoError as exc:
        return type(exc).__name__
    return "ok"


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes (hidden ones too)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@contextlib.contextmanager
def memory_limit(extra: int = 1024 * 1024 * 1024) -> Iterator[None]:
    """Lower this process's soft address-space limit to what it uses now plus ``extra`` bytes for the
    duration (the hard limit is kept, so the old soft limit comes back after)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    used = int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
    resource.setrlimit(resource.RLIMIT_AS, (used + extra, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
