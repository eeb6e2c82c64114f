"""Type-checked with the package (tests/test_code_quality.py), never run: the public names that
``hoso`` imports lazily (PEP 562) keep their real types for a type checker, not ``Any``."""

from __future__ import annotations

from pathlib import Path
from typing import assert_type

import hoso
from hoso.models import BienBanDoiThoai, VanBan


def uses_the_public_api(source: Path, doc: VanBan) -> None:
    assert_type(hoso.load(source), VanBan)
    assert_type(hoso.render(doc, "out/bien-ban.docx"), Path)
    assert_type(hoso.render(doc), bytes)
    assert_type(hoso.render_many([doc, source], "out", workers=2), list[hoso.RenderResult])
    assert_type(hoso.to_pdf([source], "out/pdf", workers=2), list[Path])
    assert_type(hoso.catalog(), tuple[hoso.Kind, ...])
    assert_type(hoso.check_deadlines(doc), list[hoso.DeadlineWarning])
    assert_type(hoso.models.BienBanDoiThoai, type[BienBanDoiThoai])
