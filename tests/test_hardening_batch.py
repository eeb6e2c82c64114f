"""Issue 12, classes 13, 14 and 16: a dead worker loses nothing in ``render_many``; temporary files
a killed run leaves are recognisable and removed at the next run; any Executor works, proven on
a real dask.distributed local cluster."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
from tests.conftest import ROOT
from tests.test_batch_and_pdf import numbered


class KillsWorker(dict):  # type: ignore[type-arg]
    """A document whose reading kills the process reading it, as the OOM killer would."""

    def keys(self) -> Any:
        os.kill(os.getpid(), signal.SIGKILL)

    def __iter__(self) -> Any:
        return iter(self.keys())


def batch(n: int, killers: set[int]) -> list[Any]:
    docs: list[Any] = numbered(n)
    for i in killers:
        docs[i] = KillsWorker(docs[i])
    return docs


def test_a_worker_killed_mid_batch_loses_nothing(tmp_path: Path) -> None:
    results = hoso.render_many(batch(120, {50}), tmp_path, workers=2)
    assert [r.index for r in results] == list(range(120))
    dead = results[50]
    assert not dead.ok and isinstance(dead.error, hoso.HosoError) and "dừng đột ngột hai lần" in str(dead.error)
    good = [r for r in results if r.ok]
    assert len(good) == 119 and all(r.path is not None and r.path.is_file() for r in good)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(r.name for r in good)


@settings(max_examples=3, deadline=60_000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sets(st.integers(0, 39), max_size=3))
def test_any_killers_are_their_own_errors_and_the_rest_is_written(tmp_path: Path, killers: set[int]) -> None:
    out = tmp_path / f"run-{'-'.join(map(str, sorted(killers)))}"
    results = hoso.render_many(batch(40, killers), out, workers=2)
    assert {r.index for r in results if not r.ok} == killers
    assert all(isinstance(r.error, hoso.HosoError) for r in results if not r.ok)
    assert sorted(p.name for p in out.iterdir()) == sorted(r.name for r in results if r.ok)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_temporary_files_are_removed_and_nothing_else(tmp_path: Path) -> None:
    stale = tmp_path / f".hoso-{_dead_pid()}-0123456789ab.tmp"
    live = tmp_path / f".hoso-{os.getpid()}-0123456789ab.tmp"
    others = [tmp_path / n for n in (".hoso-notes.tmp", ".0001-x.docx.0123456789abcdef.tmp", "ghi-chu.txt",
                                     f".hoso-{_dead_pid()}-0123456789ab.tmp.bak")]
    for path in (stale, live, *others):
        path.write_bytes(b"x")
    hoso.render_many(numbered(2), tmp_path, workers=1)
    assert not stale.exists()
    assert live.exists() and all(p.read_bytes() == b"x" for p in others)


_KILLED_RUN = textwrap.dedent("""
    import sys
    import hoso
    from tests.test_batch_and_pdf import numbered
    hoso.render_many(numbered(2000), sys.argv[1], workers=2)
""")


def test_a_run_killed_with_sigkill_leaves_only_whole_files_after_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "lo"
    child = subprocess.Popen([sys.executable, "-c", _KILLED_RUN, str(out)], cwd=ROOT, start_new_session=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.docx")) if out.exists() else []) < 20:
        time.sleep(0.05)
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    gone = time.monotonic() + 10
    while time.monotonic() < gone:  # the workers die with the batch, a moment later
        try:
            os.killpg(child.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    hoso.render_many(numbered(1), out, workers=1)
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]
    for path in out.glob("*.docx"):
        assert zipfile.ZipFile(path).testzip() is None


def test_render_many_on_a_dask_distributed_local_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    docs = numbered(12, bad={5})
    with distributed.Client(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as client:
        results = hoso.render_many(docs, tmp_path, executor=client.get_executor())
    assert [r.index for r in results] == list(range(12))
    assert [r.ok for r in results] == [i != 5 for i in range(12)]
    assert isinstance(results[5].error, hoso.DataError) and results[5].error.problems[0].path == "ngay"
    serial = hoso.render_many(docs, tmp_path / "serial", workers=1)
    assert [r.path.read_bytes() for r in results if r.path] == [r.path.read_bytes() for r in serial if r.path]
