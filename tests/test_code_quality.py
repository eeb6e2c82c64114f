"""The package type-checks under mypy --strict and passes ruff: a typed API is part of the contract."""

import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_strict() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", str(ROOT / "src" / "hoso"),
                             str(ROOT / "tests" / "typing_public_api.py")],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff() -> None:
    folders = ["src", "tests", "tools", "examples", "benchmarks"]
    result = subprocess.run([sys.executable, "-m", "ruff", "check", *folders], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
