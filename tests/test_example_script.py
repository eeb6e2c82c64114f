"""The example script IT staff copy works as shipped and stays short."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT, soffice_or_fail

SCRIPT = ROOT / "examples" / "bien_ban_doi_thoai.py"


def test_script_is_short() -> None:
    assert len(SCRIPT.read_text("utf-8").splitlines()) <= 15


def test_script_renders_into_out_and_converts_to_pdf(tmp_path: Path) -> None:
    soffice_or_fail()
    subprocess.run([sys.executable, str(SCRIPT)], cwd=tmp_path, check=True, capture_output=True, timeout=600)
    produced = sorted(p.name for p in (tmp_path / "out").iterdir())
    stems = sorted(f"{p.parent.name}-{p.stem}" for p in (ROOT / "examples").glob("*/bien_ban*.yaml"))
    assert produced == sorted([f"{s}.docx" for s in stems] + [f"{s}.pdf" for s in stems])


def test_all_examples_script(tmp_path: Path) -> None:
    soffice_or_fail()
    script = ROOT / "examples" / "tat_ca.py"
    subprocess.run([sys.executable, str(script)], cwd=tmp_path, check=True, capture_output=True, timeout=900)
    for source in EXAMPLES:
        for suffix in (".docx", ".pdf"):
            assert (tmp_path / "out" / source.parent.name / (source.stem + suffix)).is_file(), source
