"""Issue 12, class 4: cited files are read once per load by the loading layer (models read no
files and never import the API); a document citing itself, or two citing each other, is a
located DataError."""

from __future__ import annotations

import ast
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
from hoso import _load
from tests.conftest import ROOT

FOLDER = ROOT / "examples" / "doi_thoai"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("bien_ban.yaml", "bao_cao.yaml", "thong_bao_ket_luan.yaml"):
        shutil.copy(FOLDER / name, tmp_path / name)
    return tmp_path


def citing(folder: Path, name: str, cited: list[str], kind: str = "bao_cao.yaml") -> Path:
    text = (FOLDER / kind).read_text("utf-8")
    if kind == "bao_cao.yaml":
        text = text.replace("bien_ban:\n  - bien_ban.yaml\n", "bien_ban:\n" + "".join(f"  - {c}\n" for c in cited))
    else:
        text = text.replace("bien_ban: bien_ban.yaml", f"bien_ban: {cited[0]}")
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_the_same_minutes_cited_2000_times_are_read_once(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = citing(folder, "bc.yaml", ["bien_ban.yaml"] * 2000)
    reads: list[Path] = []
    original = _load._read_text
    monkeypatch.setattr(_load, "_read_text", lambda p: reads.append(p) or original(p))
    start = time.monotonic()
    report = hoso.load(path)
    assert time.monotonic() - start < 2
    assert len(report.bien_ban) == 2000  # type: ignore[attr-defined]
    assert [p.name for p in reads] == ["bc.yaml", "bien_ban.yaml"]


def test_a_report_citing_itself_is_located(folder: Path) -> None:
    path = citing(folder, "bc.yaml", ["bien_ban.yaml", "bc.yaml"])
    with pytest.raises(hoso.DataError) as info:
        hoso.load(path)
    (problem,) = info.value.problems
    assert (problem.path, problem.source, problem.line) == ("bien_ban[1]", str(path), 15)
    assert "dẫn vòng nhau (bc.yaml → bc.yaml)" in problem.message


def test_two_notices_citing_each_other_are_located(folder: Path) -> None:
    a = citing(folder, "a.yaml", ["b.yaml"], kind="thong_bao_ket_luan.yaml")
    citing(folder, "b.yaml", ["a.yaml"], kind="thong_bao_ket_luan.yaml")
    with pytest.raises(hoso.DataError) as info:
        hoso.load(a)
    (problem,) = info.value.problems
    assert problem.path == "bien_ban" and problem.source == str(a)
    assert "a.yaml → b.yaml → a.yaml" in problem.message


def test_models_never_import_the_api_or_read_files() -> None:
    for module in (ROOT / "src" / "hoso" / "models").glob("*.py"):
        tree = ast.parse(module.read_text("utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not {"hoso._api", "hoso._load", "hoso._validate"} & imported, module.name
        calls = {n.func.attr for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
        assert not {"read_text", "read_bytes", "open"} & calls, module.name


def test_a_path_given_to_a_model_directly_is_a_validation_problem_not_a_file_read() -> None:
    with pytest.raises(ValueError, match=r"chỉ đọc được khi nạp bằng hoso\.load"):
        hoso.models.BaoCaoKetQuaDoiThoai.model_validate({"bien_ban": [str(FOLDER / "bien_ban.yaml")]})


@settings(max_examples=20, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(graph=st.lists(st.lists(st.integers(0, 3), min_size=1, max_size=3), min_size=4, max_size=4))
def test_any_citation_graph_loads_or_is_a_located_data_error(tmp_path: Path, graph: list[list[int]]) -> None:
    """Four reports, each citing some of the others or the minutes (index 0 is the minutes)."""
    folder = tmp_path / "g"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copy(FOLDER / "bien_ban.yaml", folder / "r0.yaml")
    for i in range(1, 4):
        citing(folder, f"r{i}.yaml", [f"r{j}.yaml" for j in graph[i]])
    for i in range(1, 4):
        try:
            hoso.load(folder / f"r{i}.yaml")
        except hoso.DataError as exc:
            assert all(p.source == str(folder / f"r{i}.yaml") and p.path.startswith("bien_ban") and p.line
                       for p in exc.problems)
        else:
            assert graph[i] == [0] * len(graph[i])  # only the minutes can be cited by a report
