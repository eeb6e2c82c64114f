"""Batch rendering: many documents into one folder, in worker processes or any Executor."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from hoso._api import Deadlines, Source, load, render
from hoso._deadlines import DeadlineWarning
from hoso._engine.output import Batch, remove_stale
from hoso._errors import HosoError, OutputError, describe_os_error
from hoso._load import looks_like_path
from hoso.models.chung import VanBan

#: Documents sent to a worker at a time: few enough to spread the work, many enough that
#: sending them costs little next to rendering them.
CHUNK = 16


@dataclass(frozen=True, slots=True)
class RenderResult:
    """What happened to one document of a batch, in input order.

    ``name`` is its file name in the output folder; ``path`` is set when the file was written,
    ``error`` (a ``HosoError``: bad data or template, an output that cannot be written, or a
    document whose worker process died twice while rendering it) when it was not; ``warnings`` holds the
    deadline rules the document breaks (``DeadlineWarning``), also when it was written.
    """

    index: int
    name: str
    path: Path | None
    error: Exception | None
    warnings: tuple[DeadlineWarning, ...] = ()

    @property
    def ok(self) -> bool:
        """The document was written."""
        return self.error is None


_Task = tuple[int, str, "VanBan | Source"]
_Outcome = tuple[int, str, "Path | None", "Exception | None", "tuple[DeadlineWarning, ...]"]


def render_many(
    docs: Iterable[VanBan | Source],
    out_dir: str | os.PathLike[str],
    *,
    executor: Executor | None = None,
    workers: int | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    deadlines: Deadlines = "warn",
) -> list[RenderResult]:
    """Render every document of ``docs`` into ``out_dir``; one result per document, in order.

    Each item is a model or anything ``hoso.load`` accepts (a path is loaded in the worker).
    File names are ``0001-<name>.docx``: the source file's stem, or the document kind.
    A document that fails is reported in its result; the others are still written.

    ``executor``: any ``concurrent.futures.Executor`` (a process pool, or a cluster's executor
    such as Dask's ``client.get_executor()``; its workers must see ``out_dir``). Without one,
    a process pool of ``workers`` processes (default: the machine's cores) is used, and
    ``workers=1`` renders in this process. ``on_progress(done, total)`` is called here after
    each document (``total`` is None when ``docs`` has no length). ``deadlines`` is as for
    ``hoso.render``: with ``"warn"`` the broken rules are in each result's ``warnings``.

    A worker process that dies (killed by the system when memory runs out, for instance) loses
    nothing: the documents already done keep their results, the pool is rebuilt and the rest
    are rendered again; a document that kills its worker twice is reported as its own error.
    Temporary files that a killed run left in ``out_dir`` are removed first (only hoso's own).
    """
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(str(folder), describe_os_error(exc)) from None
    remove_stale(folder)
    total = len(docs) if isinstance(docs, Sized) else None
    tasks = _tasks(docs)
    outcomes: dict[int, RenderResult] = {}

    def record(batch: list[_Outcome]) -> None:
        for index, name, path, error, found in batch:
            outcomes[index] = RenderResult(index, name, path, error, found)
            if on_progress is not None:
                on_progress(len(outcomes), total)

    count = workers if workers is not None else (os.cpu_count() or 1)
    if executor is None and count <= 1:
        for chunk in _chunks(tasks):
            record(_render_chunk(chunk, str(folder), deadlines))
    elif executor is None:
        with _Pool(lambda: ProcessPoolExecutor(max_workers=count), folder) as pool:
            _run(pool, tasks, folder, deadlines, count, record)
    else:
        with _Pool(lambda: executor, folder, owned=False) as pool:
            _run(pool, tasks, folder, deadlines, workers or os.cpu_count() or 1, record)
    return [outcomes[i] for i in sorted(outcomes)]


class _Pool:
    """The executor of a batch, made again by ``make`` after a worker died (when it is ours); the
    temporary files of the workers that died with it are removed."""

    def __init__(self, make: Callable[[], Executor], folder: Path, *, owned: bool = True) -> None:
        self.make = make
        self.folder = folder
        self.owned = owned
        self.executor = make()

    def submit(self, chunk: list[_Task], folder: Path, deadlines: Deadlines) -> Future[list[_Outcome]]:
        return self.executor.submit(_render_chunk, chunk, str(folder), deadlines)

    def rebuild(self) -> None:
        if self.owned:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = self.make()
        remove_stale(self.folder)

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.owned:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _run(pool: _Pool, tasks: Iterator[_Task], folder: Path, deadlines: Deadlines, width: int,
         record: Callable[[list[_Outcome]], None]) -> None:
    """Keep about two chunks per worker in flight: memory stays flat however long the batch.

    When a worker dies, every chunk in flight fails: the chunks done keep their results, the
    failed ones are set aside, the pool is rebuilt and the batch goes on; the documents set
    aside are then rendered one at a time (``_alone``) to find the one that kills its worker.
    """
    pending: dict[Future[list[_Outcome]], list[_Task]] = {}
    orphans: list[_Task] = []

    def collect(done: Iterable[Future[list[_Outcome]]]) -> bool:
        """Record the chunks done; set aside those whose worker failed; True if the pool broke."""
        broken = False
        for future in done:
            chunk = pending.pop(future)
            try:
                outcomes = future.result()
            except Exception as exc:  # the worker, not the document, failed (each document's error is caught there)
                orphans.extend(chunk)
                broken = broken or isinstance(exc, BrokenExecutor)
            else:
                record(outcomes)
        return broken

    for chunk in _chunks(tasks):
        try:
            pending[pool.submit(chunk, folder, deadlines)] = chunk
        except BrokenExecutor:
            orphans.extend(chunk)
            collect(wait(pending).done)
            pool.rebuild()
            continue
        if len(pending) >= 2 * width:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            if collect(done):
                collect(wait(pending).done)
                pool.rebuild()
    if collect(wait(pending).done):
        pool.rebuild()
    for task in orphans:
        record(_alone(pool, task, folder, deadlines))


def _alone(pool: _Pool, task: _Task, folder: Path, deadlines: Deadlines) -> list[_Outcome]:
    """One document in a worker of its own, twice at most: a second failure is the document's error."""
    cause = ""
    for _attempt in range(2):
        try:
            return pool.submit([task], folder, deadlines).result()
        except Exception as exc:  # as in ``collect``: the worker failed
            cause = f"{type(exc).__name__}: {exc}"
            if isinstance(exc, BrokenExecutor):
                pool.rebuild()
    error = HosoError(f"Văn bản {task[1]} làm tiến trình con dừng đột ngột hai lần (có thể do hết bộ nhớ) "
                      f"nên chưa được tạo; hãy thử tạo riêng văn bản này ({cause})")
    return [(task[0], task[1], None, error, ())]


def _tasks(docs: Iterable[VanBan | Source]) -> Iterator[_Task]:
    for index, doc in enumerate(docs):
        if isinstance(doc, VanBan):
            base = doc.loai
        elif isinstance(doc, os.PathLike) or (isinstance(doc, str) and looks_like_path(doc)):
            base = Path(doc).stem
        else:
            base = str(doc.get("loai", "van_ban")) if isinstance(doc, dict) else "van_ban"
        yield index, f"{index + 1:04d}-{base}.docx", doc


def _chunks(tasks: Iterator[_Task]) -> Iterator[list[_Task]]:
    while chunk := list(islice(tasks, CHUNK)):
        yield chunk


def _render_chunk(chunk: list[_Task], folder: str, deadlines: Deadlines) -> list[_Outcome]:
    """Worker side: render each document of a chunk, catching its error and its warnings; the
    chunk's files are then put in place together (``Batch``: one flush to disk for the chunk)."""
    out: list[_Outcome] = []
    files = Batch()
    for index, name, doc in chunk:
        path: Path | None = None
        error: Exception | None = None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeadlineWarning)
            try:  # one document's failure must not stop the batch
                model = doc if isinstance(doc, VanBan) else load(doc)
                path = Path(folder) / name
                files.add(path, render(model, deadlines=deadlines))
            except Exception as exc:
                path, error = None, exc
        found = tuple(w.message for w in caught if isinstance(w.message, DeadlineWarning))
        out.append((index, name, path, error, found))
    failed = files.commit()
    return [(index, name, None, failed[path], found) if path in failed else (index, name, path, error, found)
            for index, name, path, error, found in out]
