"""Signer authority as a chain (ND 30 Phụ lục I mục II.7; HD 36 điểm 1.7.1), with its rules as data.

A signer says, from the top of the block down: ``tm`` the collective signed for (``TM. ỦY BAN NHÂN
DÂN``; Party ``T/M``), at most one of ``kt``/``q``/``tl``/``tuq`` with the head's title (``KT. CHỦ
TỊCH``), then ``chuc_vu`` and ``ho_ten``. Which bodies are collective, which words are titles of
persons and how each system prints the forms live in ``data/tham_quyen_ky.yaml``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

_DATA = Path(__file__).parent / "data" / "tham_quyen_ky.yaml"

#: Forms below TM., in the order the model declares them.
THAY_NGUOI_DUNG_DAU = ("kt", "q", "tl", "tuq")
_MO_TA = {"tm": "ký thay mặt tập thể", "kt": "ký thay người đứng đầu", "q": "quyền người đứng đầu",
          "tl": "thừa lệnh", "tuq": "thừa ủy quyền"}

Problems = list[tuple[tuple[str | int, ...], str]]


@cache
def _rules() -> dict[str, Any]:
    with _DATA.open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


def _fold(text: str) -> str:
    return " ".join(text.split())


def _starts_with_any(text: str, names: list[str]) -> str | None:
    folded = _fold(text)
    return next((n for n in names if folded == n or folded.startswith(n + " ")), None)


def _tap_the(text: str) -> str | None:
    """The collective word ``text`` starts with, in any system, or None."""
    return _starts_with_any(text, [n for names in _rules()["tap_the"].values() for n in names])


def hinh_thuc(he_thong: str, ma: str) -> str | None:
    """How ``he_thong`` prints the form ``ma`` (``TM.``, ``T/M``…), or None when it has no such form."""
    forms: dict[str, str] = _rules()["hinh_thuc"][he_thong]
    return forms.get(ma)


def dong_quyen_han(he_thong: str, chain: dict[str, str | None]) -> list[str]:
    """The authority lines above the title: ``["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]``."""
    lines = []
    for ma in ("tm", *THAY_NGUOI_DUNG_DAU):
        value = chain.get(ma)
        form = hinh_thuc(he_thong, ma)
        if value is not None and form is not None:
            lines.append(f"{form} {value}")
    return lines


def kiem_tra(he_thong: str, ten_co_quan: str, chain: dict[str, str | None], chuc_vu: str) -> Problems:
    """Every way the chain breaks the rules of ``he_thong`` for a document of ``ten_co_quan``.

    Paths are relative to the signer (``("kt",)``); messages say what to write instead.
    """
    problems: Problems = []
    dang = he_thong == "dang"
    below = [ma for ma in THAY_NGUOI_DUNG_DAU if chain.get(ma) is not None]
    for ma in below[1:]:
        problems.append(((ma,), f"chỉ ghi một trong kt, q, tl, tuq; đã có {below[0]} "
                                f"({_MO_TA[below[0]]}), bỏ {ma}"))
    for ma in ("tm", *below):
        if chain.get(ma) is not None and hinh_thuc(he_thong, ma) is None:
            problems.append(((ma,), f"văn bản của Đảng không dùng hình thức {ma} ({_MO_TA[ma]}); "
                                    "Hướng dẫn 36-HD/VPTW chỉ có T/M (tm), K/T (kt), T/L (tl)"))
    tm = chain.get("tm")
    if tm is not None:
        title = _starts_with_any(tm, _rules()["chuc_danh"])
        if title is not None:
            problems.append((("tm",), f"sau TM. ghi tên tập thể (ví dụ ỦY BAN NHÂN DÂN, BAN THƯỜNG TRỰC), "
                                      f"không ghi chức danh {title!r}; cấp phó ký thay người đứng đầu thì dùng kt"))
        if dang and "kt" in below:
            problems.append((("kt",), "văn bản của cấp ủy (tập thể) do cấp phó ký thì ghi T/M và chức vụ "
                                      "của người ký (ví dụ T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ), không ghi K/T"))
    for ma in below:
        value = chain[ma] or ""
        # HD 36: the office signs "T/L BAN THƯỜNG VỤ" for the standing committee (a collective).
        collective = None if dang and ma == "tl" else _tap_the(value)
        if collective is not None:
            problems.append(((ma,), f"sau {hinh_thuc(he_thong, ma) or ma} ghi chức danh người đứng đầu (ví dụ "
                                    f"CHỦ TỊCH), không ghi tập thể {collective!r}: tập thể không có người "
                                    "để ký thay; ký thay mặt tập thể thì dùng tm"))
        elif _fold(value) == _fold(chuc_vu):
            problems.append(((ma,), f"người ký thay ({_MO_TA[ma]}) có chức vụ khác với {value!r} "
                                    "của người đứng đầu; ghi chức vụ của người ký vào chuc_vu"))
    body = _starts_with_any(ten_co_quan, _rules()["tap_the"][he_thong])
    allowed = ("tm", "tl") if dang else ("tm",)
    if body is not None and not any(chain.get(ma) is not None for ma in allowed):
        form = hinh_thuc(he_thong, "tm")
        problems.append((("tm",), f"{body} làm việc theo chế độ tập thể: văn bản ký {form} tập thể "
                                  f"(tm, ví dụ tm: {body})"
                                  + (" hoặc T/L (tl)" if dang else
                                     "; cấp phó ký thì thêm kt (TM. … / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)")))
    return problems
