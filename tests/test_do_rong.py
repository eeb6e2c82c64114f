"""Times New Roman widths (Liberation Serif metrics) and the line breaks of a centred trích yếu."""

from __future__ import annotations

import itertools
import os
import sys
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hoso._do_rong import _strengths, ngat_dong, rong_mm
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import do_rong_chu

TABLE = ROOT / "src" / "hoso" / "data" / "do_rong_chu.json"
KET_LUAN = (
    "Kết luận của chủ trì tại Hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền "
    "với Nhân dân xã Cái Khế năm 2026"
)
THONG_BAO = (
    "Thông báo kết quả tiếp thu, giải trình ý kiến góp ý của Mặt trận Tổ quốc Việt Nam xã Gia Viễn "
    "đối với dự thảo kế hoạch thực hiện chính sách bảo hiểm y tế cho hộ cận nghèo trên địa bàn xã năm 2026"
)


def fonts_or_fail() -> Path:
    """The Liberation fonts folder; missing means a failure in CI and a skip elsewhere."""
    missing = [f for f in do_rong_chu.STYLES.values() if not (do_rong_chu.FONT_DIR / f).is_file()]
    if not missing:
        return do_rong_chu.FONT_DIR
    message = f"Liberation Serif is not installed in {do_rong_chu.FONT_DIR} (missing {', '.join(missing)}); " \
        "install fonts-liberation2"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def split_pairs(lines: list[str]) -> list[tuple[str, str]]:
    """(last word of a line, first word of the next) at every break."""
    return [(a.split(" ")[-1], b.split(" ")[0]) for a, b in itertools.pairwise(lines)]


def width(line: str, co: float = 14, dam: bool = True) -> float:
    return rong_mm(line, co, dam=dam)


# -- the width table ---------------------------------------------------------------------------


def test_committed_table_equals_generator_output() -> None:
    font_dir = fonts_or_fail()
    assert TABLE.read_text(encoding="utf-8") == do_rong_chu.table(font_dir), (
        "src/hoso/data/do_rong_chu.json differs from the fonts: run python tools/do_rong_chu.py")


def test_table_is_deterministic_and_one_style_per_line() -> None:
    font_dir = fonts_or_fail()
    text = do_rong_chu.table(font_dir)
    assert text == do_rong_chu.table(font_dir)
    assert [line.split(":")[0] for line in text.splitlines()[1:-1]] == [
        '"don_vi_em"', '"dam"', '"dam_nghieng"', '"nghieng"', '"thuong"']


VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"


@pytest.mark.parametrize("char", sorted(VIETNAMESE + VIETNAMESE.upper() + "\u00a0–—‘’“”…•"))
def test_every_vietnamese_letter_is_in_the_table(char: str) -> None:
    widest = rong_mm("W", 10, dam=True)  # W, %, — and … are the widest upright bold characters
    assert 0 < rong_mm(char, 10, dam=True) <= widest
    assert char in TABLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "co", "dam", "nghieng", "mm"),
    [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False, 88.3),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, True, False, 95.7),
        ("Độc lập - Tự do - Hạnh phúc", 13, True, False, 56.1),
        ("Độc lập - Tự do - Hạnh phúc", 14, True, False, 60.5),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", 14, True, False, 68.0),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", 15, True, False, 72.9),
        ("ĐOÀN TNCS HỒ CHÍ MINH", 15, True, False, 68.2),
        ("ỦY BAN NHÂN DÂN", 13, True, False, 43.2),
        ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", 13, True, False, 86.4),
        ("ỦY BAN MTTQ VIỆT NAM", 13, False, False, 55.0),
        ("BAN THƯỜNG TRỰC", 13, True, False, 46.0),
        ("Hà Nội, ngày 05 tháng 01 năm 2020", 13, False, True, 67.0),
        ("Hà Nội, ngày 05 tháng 01 năm 2020", 14, False, True, 72.2),
        ("Thành phố Hồ Chí Minh, ngày 29 tháng 12 năm 2026", 14, False, True, 106.3),
    ],
)
def test_widths_match_the_measured_figures(text: str, co: float, dam: bool, nghieng: bool, mm: float) -> None:
    """format.md §4.4, measured with Liberation Serif (Times New Roman's metrics)."""
    assert rong_mm(text, co, dam=dam, nghieng=nghieng) == pytest.approx(mm, abs=0.2)


def test_nfd_input_measures_as_nfc() -> None:
    nfc = "Hội nghị đối thoại với Nhân dân xã Cái Khế"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    for dam, nghieng in itertools.product((False, True), repeat=2):
        assert rong_mm(nfd, 14, dam=dam, nghieng=nghieng) == rong_mm(nfc, 14, dam=dam, nghieng=nghieng)


def test_styles_and_sizes() -> None:
    text = "Kết luận hội nghị"
    assert rong_mm("", 14) == 0
    assert rong_mm(text, 28) == pytest.approx(2 * rong_mm(text, 14))
    assert rong_mm(text, 14, dam=True) > rong_mm(text, 14)
    assert rong_mm(text, 14, nghieng=True) != rong_mm(text, 14)
    assert rong_mm(text, 14, dam=True, nghieng=True) != rong_mm(text, 14, dam=True)
    # 2048 units per em: a 14 pt em is 14 / 72 inch.
    assert rong_mm("W", 14, dam=True) == pytest.approx(14 / 72 * 25.4)


def test_a_missing_character_counts_as_the_widest() -> None:
    for dam, nghieng in itertools.product((False, True), repeat=2):
        widest = max(rong_mm(c, 14, dam=dam, nghieng=nghieng) for c in map(chr, range(0x20, 0x7F)))
        widest = max(widest, *(rong_mm(c, 14, dam=dam, nghieng=nghieng) for c in "—…“”ỸỨ"))
        for missing in ("中", "€", "\t", "\u0301"):
            assert rong_mm(missing, 14, dam=dam, nghieng=nghieng) == pytest.approx(widest)


# -- line breaking: real titles ----------------------------------------------------------------


def test_ket_luan_title_breaks_like_a_clerk() -> None:
    lines = ngat_dong(KET_LUAN, 160, 14, dam=True)
    assert " ".join(lines) == KET_LUAN
    assert len(lines) == 2
    assert all(width(line) <= 160 for line in lines)
    text = "\n".join(lines)
    for span in ("Cái Khế", "năm 2026", "cấp ủy", "Nhân dân", "người đứng đầu", "Hội nghị", "đối thoại"):
        assert span in text, f"{span!r} was broken: {lines}"
    assert len(lines[-1].split(" ")) > 1
    widths = [width(line) for line in lines]
    assert max(widths) - min(widths) < 25, lines  # balanced, not a full line and a stub
    assert lines == [
        "Kết luận của chủ trì tại Hội nghị đối thoại giữa người đứng đầu",
        "cấp ủy, chính quyền với Nhân dân xã Cái Khế năm 2026",
    ]


@pytest.mark.parametrize("toi_da", [160, 130, 100, 80])
def test_thong_bao_title_keeps_bodies_and_compounds(toi_da: float) -> None:
    lines = ngat_dong(THONG_BAO, toi_da, 14, dam=True)
    assert " ".join(lines) == THONG_BAO
    assert all(width(line) <= toi_da for line in lines)
    text = "\n".join(lines)
    for span in ("Mặt trận Tổ quốc Việt Nam", "xã Gia Viễn", "hộ cận nghèo", "bảo hiểm y tế", "năm 2026",
                 "kế hoạch", "chính sách", "góp ý", "ý kiến", "giải trình", "tiếp thu"):
        assert span in text, f"{span!r} was broken at {toi_da} mm: {lines}"


def test_fewest_lines_then_balanced() -> None:
    words = "thông báo kết quả hội nghị đối thoại với Nhân dân về chính sách bảo hiểm y tế"
    one_line = width(words)
    lines = ngat_dong(words, one_line * 0.8, 14, dam=True)
    assert len(lines) == 2
    # Balanced: the longest line is far below the limit that a greedy fill would reach.
    assert max(map(width, lines)) < one_line * 0.65


def test_a_text_that_fits_is_one_line() -> None:
    assert ngat_dong("Kết luận hội nghị", 160, 14, dam=True) == ["Kết luận hội nghị"]
    assert ngat_dong("", 160, 14) == [""]
    line = "Độc lập - Tự do - Hạnh phúc"
    assert ngat_dong(line, rong_mm(line, 14, dam=True), 14, dam=True) == [line]


def test_given_newlines_are_kept_and_each_line_breaks_alone() -> None:
    text = "Kết luận của chủ trì\n" + KET_LUAN
    lines = ngat_dong(text, 160, 14, dam=True)
    assert lines[0] == "Kết luận của chủ trì"
    assert lines[1:] == ngat_dong(KET_LUAN, 160, 14, dam=True)
    assert ngat_dong("a\n\nb", 160, 14) == ["a", "", "b"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("về việc giải quyết kiến nghị của cử tri tại Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh"),
        ("về thực hiện Nghị quyết số 12-NQ/ĐU ngày 05 tháng 01 năm 2026 của Đảng ủy xã", "số 12-NQ/ĐU"),
        ("về thực hiện Nghị quyết số 12-NQ/ĐU ngày 05 tháng 01 năm 2026 của Đảng ủy xã", "ngày 05"),
        ("về thực hiện Nghị quyết số 12-NQ/ĐU ngày 05 tháng 01 năm 2026 của Đảng ủy xã", "tháng 01"),
        ("về thực hiện Nghị quyết số 12-NQ/ĐU ngày 05 tháng 01 năm 2026 của Đảng ủy xã", "năm 2026"),
        ("về hỗ trợ 125 hộ cận nghèo và 2,5 tỷ đồng kinh phí mua thẻ bảo hiểm y tế năm 2026", "125 hộ cận nghèo"),
        ("về hỗ trợ 125 hộ cận nghèo và 2,5 tỷ đồng kinh phí mua thẻ bảo hiểm y tế năm 2026", "2,5 tỷ đồng"),
        ("Biên bản hội nghị đối thoại giữa Chủ tịch Ủy ban nhân dân xã với đoàn viên", "Ủy ban nhân dân"),
    ],
)
def test_protected_spans_never_break_when_they_fit(text: str, span: str) -> None:
    for toi_da in range(40, 200, 7):
        if width(span) > toi_da:
            continue
        lines = ngat_dong(text, toi_da, 14, dam=True)
        assert " ".join(lines) == text
        assert span in "\n".join(lines), (toi_da, lines)


def test_the_last_line_never_holds_a_lone_word() -> None:
    text = "Kế hoạch tổ chức hội nghị đối thoại với Nhân dân trên địa bàn xã"
    for toi_da in range(60, 150, 3):
        lines = ngat_dong(text, toi_da, 14, dam=True)
        assert len(lines[-1].split(" ")) >= 2, (toi_da, lines)
    assert ngat_dong("Kết luận", 10, 14, dam=True) == ["Kết", "luận"]  # two words: no glue to keep


def test_a_span_wider_than_the_line_breaks_at_its_spaces() -> None:
    name = "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh"
    lines = ngat_dong(name, 60, 14, dam=True)
    assert " ".join(lines) == name and len(lines) > 1
    assert all(width(line) <= 60 for line in lines)
    # An all-capitals title is one long capitalised run: it still breaks, keeping its compounds.
    upper = THONG_BAO.upper()
    lines = ngat_dong(upper, 120, 14, dam=True)
    assert " ".join(lines) == upper and all(width(line) <= 120 for line in lines)
    assert "HỘ CẬN NGHÈO" in "\n".join(lines) and "NĂM 2026" in "\n".join(lines)


def test_a_word_wider_than_the_line_stands_alone() -> None:
    text = "về ký hiệu 1234567890-QĐ/UBND-VHXH-TCKH của xã"
    lines = ngat_dong(text, 30, 14, dam=True)
    assert " ".join(lines) == text
    assert "1234567890-QĐ/UBND-VHXH-TCKH" in lines or any(
        line.endswith("1234567890-QĐ/UBND-VHXH-TCKH") for line in lines)
    assert all(width(line) <= 30 or " " not in line or _all_protected(line) for line in lines)


def test_nfd_text_comes_back_unchanged() -> None:
    nfd = unicodedata.normalize("NFD", KET_LUAN)
    lines = ngat_dong(nfd, 160, 14, dam=True)
    assert " ".join(lines) == nfd
    assert [unicodedata.normalize("NFC", line) for line in lines] == ngat_dong(KET_LUAN, 160, 14, dam=True)


def test_odd_spacing_is_kept_exactly() -> None:
    for text in ("  Kết luận  của chủ trì  tại Hội nghị  ", KET_LUAN.replace(" ", "  ")):
        for toi_da in (40, 90, 160):
            assert " ".join(ngat_dong(text, toi_da, 14, dam=True)) == text


def _all_protected(line: str) -> bool:
    return all(_strengths(line.split(" ")))


# -- line breaking: properties -----------------------------------------------------------------

WORDS = [
    "kết", "luận", "của", "chủ", "trì", "tại", "hội", "nghị", "đối", "thoại", "giữa", "người", "đứng", "đầu",
    "cấp", "ủy,", "chính", "quyền", "với", "xã", "năm", "ngày", "tháng", "số", "về", "việc", "và", "các", "hộ",
    "cận", "nghèo", "bảo", "hiểm", "y", "tế", "Nhân", "dân", "Cái", "Khế", "Gia", "Viễn", "Hồ", "Chí", "Minh",
    "Mặt", "trận", "Tổ", "quốc", "Ủy", "ban", "2026", "05", "12", "125", "tỷ", "đồng", "(lần", "2)", "-",
    "Đảng", "ủy", "góp", "ý", "kiến", "thực", "hiện", "NGHỊ", "QUYẾT", "phản", "biện", "trên", "địa", "bàn",
]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
limits = st.floats(min_value=15, max_value=180)
styles = st.tuples(st.sampled_from([12, 13, 14, 15]), st.booleans(), st.booleans())


def protected_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """Maximal runs (first token, last token) joined by protected gaps, of two or more tokens."""
    strength = _strengths(tokens)
    spans, first = [], 0
    for g, s in enumerate([*strength, 0]):
        if not s:
            if g > first:
                spans.append((first, g))
            first = g + 1
    return spans


def break_points(lines: list[str]) -> set[int]:
    """Token indices that start a line (except the first)."""
    points, count = set(), 0
    for line in lines[:-1]:
        count += len(line.split(" "))
        points.add(count)
    return points


@settings(max_examples=300, deadline=timedelta(milliseconds=200))
@given(texts, limits, styles)
def test_lines_rejoin_fit_and_keep_spans(text: str, toi_da: float, style: tuple[int, bool, bool]) -> None:
    co, dam, nghieng = style
    lines = ngat_dong(text, toi_da, co, dam=dam, nghieng=nghieng)
    assert " ".join(lines) == text
    assert all(line for line in lines)
    tokens = text.split(" ")
    strength = _strengths(tokens)
    points = break_points(lines)
    start = 0
    for line in lines:
        n = len(line.split(" "))
        if rong_mm(line, co, dam=dam, nghieng=nghieng) > toi_da + 1e-9:
            # Too wide only when it has no free space to break at: one protected span (or one word).
            assert all(strength[start:start + n - 1]), (line, toi_da)
        start += n
    for first, last in protected_spans(tokens):
        span = " ".join(tokens[first:last + 1])
        if rong_mm(span, co, dam=dam, nghieng=nghieng) <= toi_da:
            assert not any(first < p <= last for p in points), (span, lines)
    # No lone last word when a last line of two or more words can be had without giving up
    # another protected span: the text after the last free gap fits on one line.
    free = [i for i, s in enumerate(strength[:-1]) if not s]
    if free and len(lines) > 1:
        tail = " ".join(tokens[free[-1] + 1:])
        if len(tail.split(" ")) >= 2 and rong_mm(tail, co, dam=dam, nghieng=nghieng) <= toi_da:
            assert len(lines[-1].split(" ")) >= 2, (text, lines)


@settings(max_examples=150, deadline=timedelta(milliseconds=500))
@given(st.lists(st.sampled_from(WORDS), min_size=2, max_size=12).map(" ".join), st.floats(min_value=25, max_value=120))
def test_fewest_lines_and_shortest_longest_line_match_brute_force(text: str, toi_da: float) -> None:
    tokens = text.split(" ")
    spans = protected_spans(tokens)
    if any(width(" ".join(tokens[a:b + 1])) > toi_da for a, b in spans) or any(width(t) > toi_da for t in tokens):
        return  # the fallback case; covered by the property above
    free = [g + 1 for g, s in enumerate(_strengths(tokens)) if not s]
    best: tuple[int, float] | None = None
    for r in range(len(free) + 1):
        for chosen in itertools.combinations(free, r):
            cuts = [0, *chosen, len(tokens)]
            ws = [width(" ".join(tokens[a:b])) for a, b in itertools.pairwise(cuts)]
            if max(ws) <= toi_da:
                candidate = (len(ws), max(ws))
                best = candidate if best is None or candidate < best else best
        if best is not None:
            break  # fewer lines always win
    assert best is not None
    lines = ngat_dong(text, toi_da, 14, dam=True)
    assert len(lines) == best[0]
    assert max(map(width, lines)) == pytest.approx(best[1], abs=1e-6)


@settings(max_examples=100, deadline=timedelta(milliseconds=200))
@given(st.lists(texts, min_size=1, max_size=4), limits)
def test_given_newlines_split_the_text_first(parts: list[str], toi_da: float) -> None:
    text = "\n".join(parts)
    lines = ngat_dong(text, toi_da, 14, dam=True)
    assert lines == [line for part in parts for line in ngat_dong(part, toi_da, 14, dam=True)]


@settings(max_examples=100, deadline=timedelta(milliseconds=200))
@given(texts, st.sampled_from(["NFD", "NFC"]))
def test_normal_form_changes_neither_width_nor_breaks(text: str, form: str) -> None:
    other = unicodedata.normalize(form, text)
    assert rong_mm(other, 14, dam=True) == rong_mm(text, 14, dam=True)
    assert [unicodedata.normalize("NFC", line) for line in ngat_dong(other, 90, 14, dam=True)] == ngat_dong(
        unicodedata.normalize("NFC", text), 90, 14, dam=True)
