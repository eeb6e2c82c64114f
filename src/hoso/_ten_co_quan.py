"""A body's name inside a sentence, from the capitals of the header (data: ``data/ten_co_quan.yaml``).

``ỦY BAN NHÂN DÂN XÃ AN ẤP`` → ``Ủy ban nhân dân xã An Ấp``; ``BAN THƯỜNG TRỰC`` under ``ỦY BAN MTTQ
VIỆT NAM XÃ AN ẤP`` → ``Ban Thường trực Ủy ban MTTQ Việt Nam xã An Ấp``. A name these rules cannot read
gives None: the document then needs the name typed (``co_quan.ten_goi``), never a guess.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_DATA = Path(__file__).parent / "data" / "ten_co_quan.yaml"


@cache
def _rules() -> dict[str, Any]:
    with _DATA.open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


def _part(name: str) -> tuple[str, bool] | None:
    """One header line in sentence form, and whether it names a place."""
    words = " ".join(name.split())
    out: list[str] = []
    phrases: dict[str, str] = _rules()["cum_tu"]
    while True:
        found = next((p for p in phrases if words == p or words.startswith(p + " ")), None)
        if found is None:
            break
        out.append(phrases[found])
        words = words[len(found):].strip()
    if not out:
        return None
    if not words:
        return " ".join(out), False
    level = next((d for d in _rules()["dia_ban"] if words.startswith(d + " ")), None)
    if level is None:
        return None
    place = words[len(level):].split()
    return " ".join([*out, level.lower(), *(w[:1] + w[1:].lower() for w in place)]), True


def trong_cau(ten: str, chu_quan: str | None) -> str | None:
    """``ten`` (and its parent body when ``ten`` names no place) as written inside a sentence."""
    own = _part(ten)
    if own is None:
        return None
    if own[1] or chu_quan is None:
        return own[0]
    parent = _part(chu_quan)
    return None if parent is None else f"{own[0]} {parent[0]}"


def cap(text: str) -> str | None:
    """The level word ``text`` starts with, before a place (``XÃ`` of ``XÃ AN ẤP``), or None."""
    levels: list[str] = _rules()["dia_ban"]
    return next((d for d in levels if text.startswith(d + " ")), None)


def dia_ban(ten: str) -> tuple[str, str] | None:
    """The level and place a body's name names, in lower case for comparison: ``ỦY BAN NHÂN DÂN XÃ
    TÂN HÒA`` and ``Ủy ban nhân dân xã Tân Hòa`` → ``("xã", "tân hòa")``; ``Hội đồng nhân dân xã`` →
    ``("xã", "")``; None when no level is named."""
    words = " ".join(ten.split()).upper().split(" ")
    for i in range(len(words)):
        level = cap(" ".join(words[i:]) + " ")
        if level is not None:
            rest = words[i + len(level.split()):]
            return level.lower(), " ".join(rest).lower()
    return None
