"""Names of district-level bodies in documents dated after the district level was abolished.

From 01/7/2025 local government has two levels (province, commune): a 2026 document whose header
reads "ỦY BAN MTTQ VIỆT NAM / HUYỆN HOẰNG HÓA", or whose text sends a matter to "Ủy ban nhân dân
huyện …", most likely copies an old document. Such a name may still be right (a history, a road
"đường huyện"), so it is a warning, located at the field that holds it; documents dated before
that day are never warned (a 2024 document of "ĐẢNG BỘ HUYỆN QUỲ HỢP" is correct).
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from hoso import _text
from hoso._load import Loc, Sourced, dotted
from hoso.models.chung import NGAY_BO_CAP_HUYEN, VanBan

#: Words that name a district-level body or unit (huyện, quận, thị xã and their Party committees).
_CAP_HUYEN = re.compile(r"(?<!\w)(huyện|quận|thị xã|thị ủy|thị uỷ)(?!\w)", re.IGNORECASE)


class DistrictWarning(UserWarning):
    """A document dated on or after 01/7/2025 names a district-level body. ``path`` is the
    field, ``line``/``column`` its place in the file (None for data given in Python),
    ``message`` the Vietnamese explanation."""

    def __init__(self, path: str, message: str, source: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        self.path = path
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        where = ":".join(str(part) for part in (source, line, column) if part is not None)
        super().__init__(f"{where + ': ' if where else ''}{path}: {message}")

    def __reduce__(self) -> tuple[type[DistrictWarning], tuple[str, str, str | None, int | None, int | None]]:
        return type(self), (self.path, self.message, self.source, self.line, self.column)


def check_district_names(model: VanBan, sourced: Sourced) -> list[DistrictWarning]:
    """One warning per text field naming a district-level body, when ``model`` is dated on or
    after 01/7/2025."""
    if model.ngay < NGAY_BO_CAP_HUYEN:
        return []
    # One search over all the texts first (a line break matches nothing and joins no characters).
    texts = sourced.texts if sourced.texts is not None else [text for _, text in _strings(sourced.data, ())]
    if not _CAP_HUYEN.search(_text.normalize("\n".join(texts))):
        return []
    found = []
    for loc, text in _strings(sourced.data, ()):
        match = _CAP_HUYEN.search(_text.normalize(text))
        if match is None:
            continue
        line, column = sourced.position(loc) or (None, None)
        message = (f"văn bản đề ngày {_text.ngay_so(model.ngay)} nhắc '{match.group(0)}' (…{_around(text, match)}…): "
                   f"từ ngày {_text.ngay_so(NGAY_BO_CAP_HUYEN)} không còn cấp huyện; kiểm tra lại tên cơ quan, "
                   "địa chỉ (cơ quan cấp tỉnh hoặc cấp xã hiện nay)")
        found.append(DistrictWarning(dotted(loc), message, sourced.source, line, column))
    return found


def warn_district_names(model: VanBan, sourced: Sourced) -> None:
    """``check_district_names`` as Python warnings."""
    for warning in check_district_names(model, sourced):
        warnings.warn(warning, stacklevel=4)


def _strings(node: Any, loc: Loc) -> list[tuple[Loc, str]]:
    """Every text in ``node`` with its location, in document order (a loop, not a generator per
    level: this runs on every load)."""
    found: list[tuple[Loc, str]] = []
    stack: list[tuple[Loc, Any]] = [(loc, node)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, dict):
            stack += [((*where, key), item) for key, item in reversed(value.items())]
        elif isinstance(value, list):
            stack += [((*where, i), item) for i, item in reversed(list(enumerate(value)))]
        elif isinstance(value, str) and where != ("loai",):
            found.append((where, value))
    return found


def _around(text: str, match: re.Match[str]) -> str:
    """The whole words within about 20 characters around ``match``, on one line."""
    start = text.rfind(" ", 0, max(0, match.start() - 20)) + 1
    end = text.find(" ", match.end() + 20)
    return " ".join(text[start:end if end >= 0 else len(text)].split())
