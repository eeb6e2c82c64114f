"""The two communes' dossiers of the periodic-report examples (examples/bao_cao_dinh_ky): the
folders and files each report lists under ``ho_so``, as paths, or copied into one folder for a
test to alter."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parents[1] / "examples" / "bao_cao_dinh_ky"
#: Each commune's report: Front (6 months, An Ấp) and Party (a year, Gia Viễn).
REPORTS = {"xa_an_ap": FOLDER / "bao_cao.mat_tran.yaml", "xa_gia_vien": FOLDER / "bao_cao.dang.yaml"}


def paths(xa: str) -> list[Path]:
    """The folders and files the commune's report counts."""
    report = REPORTS[xa]
    listed = yaml.safe_load(report.read_text(encoding="utf-8"))["ho_so"]
    return [(report.parent / p).resolve() for p in listed]


def copy(xa: str, dest: Path) -> Path:
    """The commune's dossiers copied into ``dest``: a sub-folder per folder listed, files at the top."""
    dest.mkdir(parents=True)
    for path in paths(xa):
        if path.is_dir():
            shutil.copytree(path, dest / path.name)
        else:
            shutil.copy(path, dest / path.name)
    return dest


def report_text(xa: str, ho_so: str) -> str:
    """The commune's report with ``ho_so`` naming ``ho_so`` instead of its list."""
    text = REPORTS[xa].read_text(encoding="utf-8")
    changed, found = re.subn(r"^ho_so:.*\n(?:  - .*\n)*", f"ho_so: {ho_so}\n", text, flags=re.M)
    assert found == 1
    return changed
