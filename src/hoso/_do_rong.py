"""Text widths in Times New Roman and the line breaks of a centred title.

Widths come from ``data/do_rong_chu.json``: the advance widths of Liberation Serif, which has Times
New Roman's metrics (``shared/reference/format.md`` §4.4), written by ``tools/do_rong_chu.py``.
No kerning is applied (Word does not kern by default).

``ngat_dong`` breaks a trích yếu the way a careful clerk does: the fewest lines, then the most
balanced ones, never inside a name, a date, a number with its unit or a compound word
(``data/tu_ghep.yaml``), and never with a lone word on the last line.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import cast

import yaml

_DATA = Path(__file__).parent / "data"
_MM_PER_PT = 25.4 / 72
# Measured widths are compared with this slack (mm) so float noise never adds a line.
_EPS = 1e-9

# Strength of a protected gap between two words; a span too wide for the line gives up its
# weakest gaps first (an all-capitals title is one long "name" and must still break).
_TU_DO = 0  # free: a line may break here
_TEN_RIENG = 1  # inside a run of capitalised words; the last two words of a title
_TU_GHEP = 2  # inside a compound word
_SO = 3  # a date part, "số …", a number and its unit

_PUNCTUATION = "\"'“”‘’«»()[]{}<>,.;:!?…"
_NUMBER_BINDERS = frozenset({"ngày", "tháng"})
_LABEL_BINDERS = frozenset({"điều", "khoản", "điểm", "chương", "mục", "phần", "quý", "khóa", "khoá"})
_YEAR = re.compile(r"\d{4}(?:[-–/]\d{2,4})?")
_ROMAN = re.compile(r"[IVXLC]+")


@dataclass(frozen=True)
class _Bang:
    """The width table of one style: font units per character, and the widest as the fallback."""

    don_vi_em: int
    rong: dict[str, int]
    rong_nhat: int


@cache
def _bang(kieu: str) -> _Bang:
    raw = json.loads((_DATA / "do_rong_chu.json").read_text(encoding="utf-8"))
    rong = cast(dict[str, int], raw[kieu])
    return _Bang(int(raw["don_vi_em"]), rong, max(rong.values()))


def _kieu(dam: bool, nghieng: bool) -> str:
    if dam and nghieng:
        return "dam_nghieng"
    return "dam" if dam else "nghieng" if nghieng else "thuong"


def rong_mm(text: str, co: float, *, dam: bool = False, nghieng: bool = False) -> float:
    """The advance width in millimetres of ``text`` (NFC-normalised) in Times New Roman at ``co`` points.

    A character missing from the table counts as the widest character of the style, so the
    result never underestimates.
    """
    kieu = _kieu(dam, nghieng)
    return _units(text, kieu) * co / _bang(kieu).don_vi_em * _MM_PER_PT


def _units(text: str, kieu: str) -> int:
    """The advance width of ``text`` (NFC-normalised) in font units."""
    bang = _bang(kieu)
    rong, rong_nhat = bang.rong, bang.rong_nhat
    return sum(rong.get(c, rong_nhat) for c in unicodedata.normalize("NFC", text))


_word_units = lru_cache(maxsize=8192)(_units)


# -- protected spans --------------------------------------------------------------------------


def _phrases(key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    raw = yaml.safe_load((_DATA / "tu_ghep.yaml").read_text(encoding="utf-8"))
    found: dict[str, set[tuple[str, ...]]] = {}
    for entry in cast(list[str], raw[key]):
        words = tuple(unicodedata.normalize("NFC", entry).casefold().split())
        found.setdefault(words[0], set()).add(words)
    # Longest first, so "hộ cận nghèo" wins over a shorter entry starting with "hộ".
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in found.items()}


@cache
def _tu_ghep() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _phrases("tu_ghep")


@cache
def _don_vi() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _phrases("don_vi")


@cache
def _truoc_ten() -> dict[str, tuple[tuple[str, ...], ...]]:
    return _phrases("truoc_ten")


@dataclass(frozen=True)
class _Tu:
    """One word of a title as the break rules see it."""

    loi: str  # NFC, edge punctuation removed, case-folded
    hoa: bool  # its first letter is upper case
    dau_cham: bool  # leading punctuation
    cuoi_cham: bool  # trailing punctuation
    so: bool  # starts with a digit


@lru_cache(maxsize=8192)
def _tu(token: str) -> _Tu:
    nfc = unicodedata.normalize("NFC", token)
    core = nfc.strip(_PUNCTUATION)
    return _Tu(
        loi=core.casefold(),
        hoa=core[:1].isupper(),
        dau_cham=bool(core) and not nfc.startswith(core),
        cuoi_cham=bool(core) and not nfc.endswith(core),
        so=core[:1].isdigit(),
    )


def _match(words: Sequence[_Tu], start: int, phrase: tuple[str, ...]) -> bool:
    """``phrase`` is written at ``start`` with no punctuation between its words."""
    end = start + len(phrase)
    if end > len(words):
        return False
    return all(words[start + k].loi == w for k, w in enumerate(phrase)) and _clean(words, start, end - 1)


def _clean(words: Sequence[_Tu], first: int, last: int) -> bool:
    """No punctuation separates words ``first``..``last``."""
    return all(not words[g].cuoi_cham and not words[g + 1].dau_cham for g in range(first, last))


def _date_part(words: Sequence[_Tu], i: int) -> bool:
    """Word ``i`` is "ngày", "tháng" or "năm" with its number: part of a date, not a unit."""
    return (
        i + 1 < len(words)
        and words[i].loi in ("ngày", "tháng", "năm")
        and words[i + 1].so
        and _clean(words, i, i + 1)
    )


def _strengths(tokens: Sequence[str]) -> list[int]:
    """How strongly each gap (between token g and g + 1) is protected; 0 = free."""
    words = [_tu(t) for t in tokens]
    n = len(words)
    strength = [_TU_DO] * max(n - 1, 0)

    def protect(first: int, last: int, level: int) -> None:
        for g in range(first, last):
            strength[g] = max(strength[g], level)

    tu_ghep, don_vi, truoc_ten = _tu_ghep(), _don_vi(), _truoc_ten()
    for i, w in enumerate(words):
        if i + 1 < n and _clean(words, i, i + 1) and words[i].loi and words[i + 1].loi:
            nxt = words[i + 1]
            if w.hoa and nxt.hoa:
                protect(i, i + 1, _TEN_RIENG)
            if (
                w.loi == "số"
                or (w.loi == "năm" and _YEAR.fullmatch(nxt.loi))
                or (w.loi in _NUMBER_BINDERS and nxt.so)
                or (w.loi in _LABEL_BINDERS and (nxt.so or (_ROMAN.fullmatch(nxt.loi.upper()) and nxt.hoa)))
            ):
                protect(i, i + 1, _SO)
            if w.so and _date_part(words, i + 1):
                # "ngày 05 tháng 01 năm 2026": one date; its parts part first when it is too wide.
                if i > 0 and words[i - 1].loi in _NUMBER_BINDERS:
                    protect(i, i + 1, _TEN_RIENG)
            elif w.so:
                for unit in don_vi.get(nxt.loi, ()):
                    if _match(words, i + 1, unit) and _clean(words, i, i + 1):
                        protect(i, i + len(unit), _SO)
                        break
        for title in truoc_ten.get(w.loi, ()):
            end = i + len(title)
            if end < n and _match(words, i, title) and _clean(words, end - 1, end) and words[end].hoa:
                protect(i, end, _TEN_RIENG)
                break
        for phrase in tu_ghep.get(w.loi, ()):
            if len(phrase) > 1 and _match(words, i, phrase):
                protect(i, i + len(phrase) - 1, _TU_GHEP)
                break
    if n > 2:
        protect(n - 2, n - 1, _TEN_RIENG)  # no lone word on the last line
    return strength


def _spans(strength: Sequence[int], allowed: Sequence[bool]) -> list[tuple[int, int]]:
    """Maximal runs of tokens (first, last) joined by gaps that may not break."""
    spans, first = [], 0
    for g, ok in enumerate(allowed):
        if ok:
            spans.append((first, g))
            first = g + 1
    spans.append((first, len(strength)))
    return spans


# -- line breaking ----------------------------------------------------------------------------


def ngat_dong(text: str, toi_da_mm: float, co: float, *, dam: bool = False, nghieng: bool = False) -> list[str]:
    """Break a centred title into lines no wider than ``toi_da_mm`` at ``co`` points.

    The fewest lines, then the most balanced (the shortest longest line, then the least ragged).
    Lines break only at spaces, and never inside a protected span: a run of capitalised words
    (a proper name), "năm" + year, "ngày"/"tháng" + number, "số" + what follows, a number and
    its unit, a compound word of ``data/tu_ghep.yaml``, or the last two words. A span wider than
    the line gives up its weakest protections first; a single word wider than the line stands
    alone. Each ``\\n`` in ``text`` is kept as a break; joining the lines of each given line with
    single spaces gives back exactly ``text``.
    """
    return list(_ngat_dong(text, toi_da_mm, co, dam, nghieng))


@lru_cache(maxsize=1024)
def _ngat_dong(text: str, toi_da_mm: float, co: float, dam: bool, nghieng: bool) -> tuple[str, ...]:
    """``ngat_dong``, remembered: a render breaks its summary twice (the text, the line under it)
    and a batch breaks the same body names and summaries again and again."""
    lines: list[str] = []
    for given in text.split("\n"):
        lines.extend(_break(given, toi_da_mm, co, dam, nghieng))
    return tuple(lines)


def _break(text: str, toi_da: float, co: float, dam: bool, nghieng: bool) -> list[str]:
    kieu = _kieu(dam, nghieng)
    mm_per_unit = co / _bang(kieu).don_vi_em * _MM_PER_PT
    space = _word_units(" ", kieu) * mm_per_unit
    tokens = text.split(" ")
    widths = [_word_units(t, kieu) * mm_per_unit for t in tokens]
    n = len(tokens)
    # Position p = start of token p; width of tokens a..b-1 = prefix[b] - prefix[a] - space.
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w + space)
    if prefix[n] - space <= toi_da + _EPS:
        return [text]

    strength = _strengths(tokens)
    # A gap beside an empty token (double or edge spaces) would leave a stray space on a line.
    allowed = [s == _TU_DO and tokens[g] != "" and tokens[g + 1] != "" for g, s in enumerate(strength)]
    for level in (_TEN_RIENG, _TU_GHEP, _SO):
        for first, last in _spans(strength, allowed):
            if prefix[last + 1] - prefix[first] - space > toi_da + _EPS:
                for g in range(first, last):
                    if strength[g] <= level:
                        allowed[g] = True

    breaks = [0] + [g + 1 for g, ok in enumerate(allowed) if ok] + [n]
    return [" ".join(tokens[a:b]) for a, b in _best(breaks, prefix, space, toi_da)]


def _best(breaks: Sequence[int], prefix: Sequence[float], space: float, toi_da: float) -> list[tuple[int, int]]:
    """The lines (start, end token) over the break points: fewest, then min longest, then least ragged."""
    m = len(breaks)
    at = [prefix[b] for b in breaks]
    limit = toi_da + _EPS + space

    # Ends reachable from each break point: lines that fit, or a single unbreakable piece.
    ends: list[list[tuple[int, float]]] = []
    for i in range(m - 1):
        start = at[i]
        row = [(i + 1, at[i + 1] - start - space)]
        for j in range(i + 2, m):
            w = at[j] - start
            if w > limit:
                break
            row.append((j, w - space))
        ends.append(row)

    # Pass 1: (lines, longest line) to each break point, lexicographically least.
    inf = float("inf")
    best: list[tuple[int, float]] = [(0, 0.0)] + [(m, inf)] * (m - 1)
    for i in range(m - 1):
        lines_i, longest_i = best[i]
        for j, w in ends[i]:
            cand = (lines_i + 1, max(longest_i, w))
            if cand < best[j]:
                best[j] = cand
    k, longest = best[m - 1]
    limit = longest + 1e-6  # the optimum, with room for float noise

    # Pass 2: exactly k lines, none longer than the optimum, least squared slack.
    cost: list[list[float]] = [[inf] * (k + 1) for _ in range(m)]
    back: list[list[int]] = [[-1] * (k + 1) for _ in range(m)]
    cost[0][0] = 0.0
    for i in range(m - 1):
        for used in range(k):
            base = cost[i][used]
            if base == inf:
                continue
            for j, w in ends[i]:
                if w > limit:
                    break
                c = base + (longest - w) ** 2
                if c < cost[j][used + 1] - 1e-9:
                    cost[j][used + 1] = c
                    back[j][used + 1] = i
    lines, j = [], m - 1
    for used in range(k, 0, -1):
        i = back[j][used]
        lines.append((breaks[i], breaks[j]))
        j = i
    return lines[::-1]
