"""Write templates/*.docx from the layout rules in ``hoso._layout``.

Run ``python tools/build_templates.py`` after changing a layout rule or a template's text;
``tests/test_templates_built.py`` fails while the committed files differ from this output.
The results are ordinary Word files: a province can copy one, edit it in Word and pass it to
``hoso.render(..., template=...)``. The layout kit is ``mau/builder.py``; each procedure's
documents are described in ``mau/<procedure>.py`` (the same name as its models module).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from mau import bao_cao, bao_cao_dinh_ky, doi_thoai, giam_sat, gop_y, nghien_cuu_van_ban, phan_bien, tiep_thu
from mau.builder import Builder

from hoso import _catalog
from hoso._layout import THU_THUC
from hoso.models.chung import HeThong

ROOT = Path(__file__).resolve().parents[1]

BUILDERS: dict[str, Callable[[Builder], None]] = {
    **doi_thoai.BUILDERS, **bao_cao.BUILDERS, **gop_y.BUILDERS, **tiep_thu.BUILDERS,
    **giam_sat.BUILDERS, **phan_bien.BUILDERS, **nghien_cuu_van_ban.BUILDERS, **bao_cao_dinh_ky.BUILDERS,
}

def build(loai: str, he_thong: HeThong) -> bytes:
    """The template of ``loai`` for ``he_thong``, as .docx bytes (deterministic)."""
    kind = _catalog.kind(loai)
    assert kind is not None
    builder = Builder(THU_THUC[he_thong], f"Mẫu {kind.ten} ({he_thong.nhan})")
    BUILDERS[loai](builder)
    return builder.save()


def build_all(out_dir: Path) -> list[Path]:
    """Write every template of every kind into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in _catalog.catalog():
        for he_thong in kind.mau:
            path = out_dir / _catalog.template_name(kind.loai, he_thong)
            path.write_bytes(build(kind.loai, he_thong))
            written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates"
    for written_path in build_all(target):
        print(written_path)
