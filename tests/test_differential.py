"""The prepared fast path gives exactly the bytes of hoso's uncached path (a fresh docxtpl render)."""

from __future__ import annotations

from pathlib import Path

import pytest

import hoso
from hoso import _bieu_do
from tests.conftest import EXAMPLES, ROOT
from tests.uncached import render_uncached

CASES = [(e, h) for e in EXAMPLES for h in next(k for k in hoso.catalog() if k.loai == hoso.load(e).loai).mau]


@pytest.mark.parametrize(("example", "he_thong"), CASES, ids=lambda x: getattr(x, "value", getattr(x, "name", x)))
def test_fast_path_equals_uncached_docxtpl(example: Path, he_thong: hoso.models.HeThong) -> None:
    doc = hoso.load(example)
    template = next(k for k in hoso.catalog() if k.loai == doc.loai).mau[he_thong]
    fast = hoso.render(doc, template=template, deadlines="ignore")
    slow = render_uncached(template.read_bytes(), doc.ngu_canh())
    if doc.cac_bieu_do():  # charts are put in after the engine's render, the same way on both paths
        slow = _bieu_do.place(slow, doc.cac_bieu_do())
    assert fast == slow


def test_fast_path_equals_uncached_with_newlines_tabs_and_specials() -> None:
    import yaml

    data = yaml.safe_load((ROOT / "examples" / "doi_thoai" / "bien_ban.yaml").read_text("utf-8"))
    data["ket_luan"] = "Một & hai < ba.\n\nĐoạn hai,\ndòng hai.\n\n\tĐoạn ba \"có\" 'tab'."
    data["y_kien"][0]["noi_dung"] = "{{ không tính }} {% if %} x"
    doc = hoso.load(data)
    template = next(k for k in hoso.catalog() if k.loai == doc.loai).mau[doc.co_quan.he_thong]
    assert hoso.render(doc) == render_uncached(template.read_bytes(), doc.ngu_canh())
