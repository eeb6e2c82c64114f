"""Write ``src/hoso/data/do_rong_chu.json``: advance widths of Liberation Serif (= Times New Roman metrics).

Run ``python tools/do_rong_chu.py [FONT_DIR]`` after changing the character set; ``tests/test_do_rong.py``
fails while the committed table differs from this output. fontTools is needed here only: hoso reads the JSON.

The table holds, for each of the four styles, the advance width in font units of every character
Vietnamese documents use: printable ASCII, NBSP, dashes, quotes, ellipsis, bullet, Đđ and every
precomposed Vietnamese letter (NFC) in both cases. See ``shared/reference/format.md`` §4.4.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
OUTPUT = ROOT / "src" / "hoso" / "data" / "do_rong_chu.json"

# Style key in the table → Liberation Serif file.
STYLES = {
    "thuong": "LiberationSerif-Regular.ttf",
    "dam": "LiberationSerif-Bold.ttf",
    "nghieng": "LiberationSerif-Italic.ttf",
    "dam_nghieng": "LiberationSerif-BoldItalic.ttf",
}

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
_PUNCTUATION = (
    "\u00a0"  # no-break space
    "\u2013\u2014"  # en dash, em dash
    "\u2018\u2019\u201c\u201d"  # curly quotes
    "\u2026\u2022"  # ellipsis, bullet
    "\u00ab\u00bb\u00b0\u00a7\u00d7"  # « » ° § ×
)


def characters() -> list[str]:
    """Every character the table holds, sorted by code point."""
    chars = {chr(c) for c in range(0x20, 0x7F)} | set(_PUNCTUATION) | {"Đ", "đ"}
    for vowel in _VOWELS:
        for tone in _TONES:
            letter = unicodedata.normalize("NFC", vowel + tone)
            assert len(letter) == 1, f"{letter!r} has no precomposed form"
            chars |= {letter, letter.upper()}
    return sorted(chars)


def table(font_dir: Path = FONT_DIR) -> str:
    """The JSON text of the table, deterministic: sorted keys, one style per line."""
    chars = characters()
    units_per_em: set[int] = set()
    styles: dict[str, dict[str, int]] = {}
    for style, filename in STYLES.items():
        font = TTFont(font_dir / filename, lazy=True)
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        units_per_em.add(font["head"].unitsPerEm)
        missing = [f"U+{ord(c):04X}" for c in chars if ord(c) not in cmap]
        if missing:
            raise SystemExit(f"{filename} lacks {', '.join(missing)}")
        styles[style] = {c: hmtx[cmap[ord(c)]][0] for c in chars}
        font.close()
    if len(units_per_em) != 1:
        raise SystemExit(f"the four styles disagree on units per em: {sorted(units_per_em)}")
    lines = [f'"don_vi_em":{units_per_em.pop()}']
    for style in sorted(styles):
        body = json.dumps(styles[style], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        lines.append(f'"{style}":{body}')
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main(argv: list[str]) -> None:
    font_dir = Path(argv[0]) if argv else FONT_DIR
    OUTPUT.write_text(table(font_dir), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
