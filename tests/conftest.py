"""Shared fixtures: the examples, their rendered documents, and LibreOffice."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import hoso

ROOT = Path(__file__).resolve().parents[1]
#: The examples rendered: every YAML file.
EXAMPLES = sorted((ROOT / "examples").rglob("*.yaml"))


def soffice_or_fail() -> str:
    """The LibreOffice binary; missing means a failure in CI and a skip elsewhere."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    message = "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def to_pdf(docs: list[Path], out_dir: Path) -> list[Path]:
    """Convert with real LibreOffice through ``hoso.to_pdf``: one process per core, each with a
    private profile (a failure is a PdfError naming the files)."""
    soffice_or_fail()
    return hoso.to_pdf(docs, out_dir, timeout=300)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """Every example rendered once: example path → .docx path."""
    out = tmp_path_factory.mktemp("rendered")
    result = {}
    for i, example in enumerate(EXAMPLES):
        result[example] = hoso.render(hoso.load(example), out / f"{i:02d}-{example.stem}.docx")
    return result


@pytest.fixture(scope="session")
def pdfs(rendered: dict[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    """Every rendered example converted to PDF by real LibreOffice: example → .pdf."""
    out = tmp_path_factory.mktemp("pdf")
    converted = to_pdf(list(rendered.values()), out)
    return dict(zip(rendered, converted, strict=True))


@pytest.fixture
def example_text() -> Iterator[str]:
    yield (ROOT / "examples" / "doi_thoai" / "bien_ban.yaml").read_text(encoding="utf-8")
