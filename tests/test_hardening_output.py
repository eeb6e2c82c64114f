"""Issue 12, class 7: an output that cannot be written is an OutputError (a HosoError) with a
Vietnamese message; existing files stay byte-identical and no temporary file is left."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hoso
from tests.hardening import EXAMPLE, files_in

DOC = hoso.load(EXAMPLE)
SIGNED = b"the clerk's signed copy"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "bien-ban.docx").write_bytes(SIGNED)
    (tmp_path / "tep").write_bytes(SIGNED)
    return tmp_path


def refused(out: object) -> hoso.OutputError:
    with pytest.raises(hoso.OutputError) as info:
        hoso.render(DOC, out, deadlines="ignore")  # type: ignore[call-overload]
    return info.value


def test_output_error_is_a_hoso_error_that_pickles() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(hoso.OutputError("x.docx", "ổ đĩa đã đầy")))
    assert isinstance(error, hoso.HosoError) and (error.path, error.message) == ("x.docx", "ổ đĩa đã đầy")


@pytest.mark.parametrize(("out", "says"), [
    (".", "thư mục"), ("", "thư mục hoặc tên trống"), ("tep/x.docx", "đã có một tệp cùng tên"),
    ("a" * 256 + ".docx", "255 byte"),
])
def test_a_path_that_cannot_be_a_file_is_an_output_error(folder: Path, out: str, says: str) -> None:
    before = files_in(folder)
    cwd = Path.cwd()
    os.chdir(folder)
    try:
        error = refused(out if out in ("", ".") else folder / out)
    finally:
        os.chdir(cwd)
    assert says in str(error)
    assert files_in(folder) == before


def test_a_name_of_255_bytes_is_written(folder: Path) -> None:
    name = "đ" * 124 + ".docx"  # 248 + 5 bytes: the temporary name must stay within the limit too
    assert len(name.encode()) <= 255
    assert hoso.render(DOC, folder / name, deadlines="ignore").stat().st_size > 0


@pytest.mark.parametrize(("call", "code", "says"), [
    ("open", errno.EACCES, "không có quyền"), ("open", errno.EROFS, "chỉ cho đọc"),
    ("fsync", errno.ENOSPC, "ổ đĩa đã đầy"), ("replace", errno.EBUSY, "đang được dùng"),
])
def test_system_refusals_keep_the_existing_file(folder: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int,
                                                says: str) -> None:
    original = getattr(os, call)

    def fail(*args: Any, **kwargs: Any) -> Any:
        if call == "open" and not str(args[0]).endswith(".tmp"):
            return original(*args, **kwargs)
        raise OSError(code, os.strerror(code))

    before = files_in(folder)
    monkeypatch.setattr(os, call, fail)  # a read-only folder or full disk, also when running as root
    error = refused(folder / "bien-ban.docx")
    monkeypatch.undo()
    assert says in str(error) and error.path == str(folder / "bien-ban.docx")
    assert files_in(folder) == before


NAMES = st.one_of(
    st.text(min_size=0, max_size=300),
    st.text(alphabet="./ab", max_size=12),
    st.sampled_from(["tep", "tep/x.docx", ".", "..", "/", "bien-ban.docx/", "a" * 255, "ă" * 128]),
)


@settings(max_examples=60, deadline=3000)
@given(name=NAMES)
def test_any_output_name_is_written_or_an_output_error(name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "bien-ban.docx").write_bytes(SIGNED)
        (folder / "tep").write_bytes(SIGNED)
        before = files_in(folder)
        try:
            written = hoso.render(DOC, folder / name.replace("\x00", ""), deadlines="ignore")
        except hoso.OutputError:
            assert files_in(folder) == before
            return
        changed = {k for k, v in files_in(folder).items() if before.get(k) != v}
        assert changed <= {os.path.relpath(written, folder)}
        assert not any(".hoso-" in p.name for p in folder.rglob("*"))
