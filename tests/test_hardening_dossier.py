"""Issue 12, class 8: ``check_dossier`` reports every file's problems, whatever the files are,
and never stops at the first one; a folder it cannot read is a DataError."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
from tests.conftest import ROOT

DOSSIER = ROOT / "examples" / "doi_thoai"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(DOSSIER, tmp_path / "hs")
    return tmp_path / "hs"


def test_every_bad_file_is_reported_and_the_others_are_still_checked(folder: Path) -> None:
    os.mkfifo(folder / "fifo.yaml")
    (folder / "vong.yaml").symlink_to("vong.yaml")
    (folder / "thu_muc.yaml").mkdir()
    (folder / "rac.json").write_bytes(b"\x00\xff rac")
    (folder / "hong.yml").write_text("a: [", encoding="utf-8")
    (folder / "trung.json").write_text('{"loai": "x", "loai": "y"}', encoding="utf-8")
    found = {Path(p.source or "").name: p for p in hoso.check_dossier(folder)}
    assert "FIFO" in found["fifo.yaml"].message
    assert "vòng liên kết" in found["vong.yaml"].message
    assert "thư mục" in found["thu_muc.yaml"].message
    assert "UTF-8" in found["rac.json"].message
    assert "YAML không đọc được" in found["hong.yml"].message
    assert "lặp lại" in found["trung.json"].message and found["trung.json"].line == 1
    assert not {"bien_ban.yaml", "ke_hoach.yaml", "thong_bao.yaml"} & set(found)  # still checked, still clean


@pytest.mark.parametrize("make", ["missing", "file"])
def test_a_folder_that_cannot_be_listed_is_a_data_error(tmp_path: Path, make: str) -> None:
    target = tmp_path / "hs"
    if make == "file":
        target.write_text("x")
    with pytest.raises(hoso.DataError) as info:
        hoso.check_dossier(target)
    assert info.value.problems[0].source == str(target)


NAMES = st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=20)


@settings(max_examples=30, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.dictionaries(st.tuples(NAMES, st.sampled_from([".yaml", ".yml", ".json"])),
                             st.one_of(st.binary(max_size=100), st.text(max_size=100)), max_size=4))
def test_any_junk_in_the_folder_is_reported_never_raised(tmp_path: Path, files: dict[tuple[str, str], object]) -> None:
    folder = tmp_path / "junk"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for (stem, suffix), content in files.items():
        data = content if isinstance(content, bytes) else str(content).encode("utf-8", "surrogatepass")
        try:
            (folder / f"{stem}{suffix}").write_bytes(data)
        except OSError:  # a name the file system refuses (too long, "." …) is not this test's subject
            continue
    problems = hoso.check_dossier(folder)
    reported = {Path(p.source or "").name for p in problems}
    assert {p.name for p in folder.iterdir() if p.is_file()} <= reported
