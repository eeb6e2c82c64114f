"""Issue 12, class 11: a summary derived from another never changes the case of an acronym or a
proper name ("UBND xã…" must never print "uBND xã…")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import hoso
from hoso._text import thuong_dau
from tests.conftest import ROOT

FOLDER = ROOT / "examples" / "doi_thoai"


def conclusions_of(tmp_path: Path, trich_yeu: str) -> str:
    minutes = yaml.safe_load((FOLDER / "bien_ban.yaml").read_text("utf-8"))
    minutes["trich_yeu"] = trich_yeu
    (tmp_path / "bien_ban.yaml").write_text(yaml.safe_dump(minutes, allow_unicode=True), encoding="utf-8")
    notice = yaml.safe_load((FOLDER / "thong_bao_ket_luan.yaml").read_text("utf-8"))
    notice.pop("trich_yeu", None)
    (tmp_path / "tb.yaml").write_text(yaml.safe_dump(notice, allow_unicode=True), encoding="utf-8")
    return str(hoso.load(tmp_path / "tb.yaml").trich_yeu)


@pytest.mark.parametrize(("typed", "inside"), [
    ("UBND xã An Ấp đối thoại với Nhân dân", "UBND xã An Ấp đối thoại với Nhân dân"),
    ("HĐND xã chất vấn", "HĐND xã chất vấn"),
    ("Nguyễn Văn Hùng đối thoại với Nhân dân", "Nguyễn Văn Hùng đối thoại với Nhân dân"),
    ("Đảng ủy xã đối thoại với Nhân dân", "Đảng ủy xã đối thoại với Nhân dân"),
    ("Hội nghị đối thoại năm 2026", "hội nghị đối thoại năm 2026"),
])
def test_the_conclusions_keep_acronyms_and_names(tmp_path: Path, typed: str, inside: str) -> None:
    assert conclusions_of(tmp_path, typed) == f"Kết luận của chủ trì tại {inside}"


WORDS = st.text(st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=6)


@settings(max_examples=200, deadline=1000)
@given(st.lists(WORDS, min_size=1, max_size=4))
def test_only_an_ordinary_capitalised_first_word_loses_its_capital(words: list[str]) -> None:
    text = " ".join(words)
    result = thuong_dau(text)
    assert result[1:] == text[1:]  # nothing but the first letter can change
    if result != text:
        first = words[0]
        assert first[:1].isupper() and not any(c.isupper() for c in first[1:])  # not an acronym
        assert len(words) == 1 or not words[1][:1].isupper()  # not a name of several capitalised words
        assert result[:1] == text[:1].lower()
