"""The committed templates are exactly what the builder writes from the layout rules."""

import sys
from pathlib import Path

import pytest

import hoso
from hoso import _catalog

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import build_templates  # noqa: E402

KINDS = [(k.loai, h) for k in hoso.catalog() for h in k.mau]


@pytest.mark.parametrize(("loai", "he_thong"), KINDS, ids=lambda x: getattr(x, "value", x))
def test_committed_template_equals_builder_output(loai: str, he_thong: object) -> None:
    committed = ROOT / "templates" / _catalog.template_name(loai, he_thong)  # type: ignore[arg-type]
    assert committed.is_file(), f"{committed.name} is missing: run python tools/build_templates.py"
    assert committed.read_bytes() == build_templates.build(loai, he_thong), (
        f"{committed.name} differs from the builder: run python tools/build_templates.py")


def test_builder_is_deterministic() -> None:
    loai, he_thong = KINDS[0]
    assert build_templates.build(loai, he_thong) == build_templates.build(loai, he_thong)


def test_installed_package_ships_the_templates() -> None:
    for kind in hoso.catalog():
        for path in kind.mau.values():
            assert path.is_file(), path
            assert path.read_bytes() == (ROOT / "templates" / path.name).read_bytes()
