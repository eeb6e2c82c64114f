"""Validate plain data against a model and report every problem at once, located and in Vietnamese."""

from __future__ import annotations

import difflib
import types
import typing
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from hoso._errors import DataError, Problem
from hoso._load import Loc, Sourced, dotted
from hoso.models.chung import UP, FieldProblems, khong_lien_tich
from hoso.models.ho_so_tinh import HoSoTinh

_MESSAGES: dict[str, str] = {
    "missing": "thiếu trường bắt buộc này",
    "string_type": "cần một chuỗi văn bản",
    "int_type": "cần một số nguyên",
    "int_parsing": "cần một số nguyên",
    "int_from_float": "cần một số nguyên",
    "bool_type": "cần true hoặc false",
    "bool_parsing": "cần true hoặc false",
    "date_type": "cần một ngày có thật, dạng YYYY-MM-DD hoặc DD/MM/YYYY",
    "date_parsing": "cần một ngày có thật, dạng YYYY-MM-DD hoặc DD/MM/YYYY",
    "date_from_datetime_parsing": "cần một ngày có thật, dạng YYYY-MM-DD hoặc DD/MM/YYYY",
    "date_from_datetime_inexact": "cần một ngày, không kèm giờ",
    "time_type": "cần giờ dạng HH:MM, ví dụ 08:30",
    "time_parsing": "cần giờ dạng HH:MM, ví dụ 08:30",
    "list_type": "cần một danh sách (mỗi mục một dòng bắt đầu bằng '- ')",
    "model_type": "cần một nhóm trường (các dòng 'khóa: giá trị')",
    "model_attributes_type": "cần một nhóm trường (các dòng 'khóa: giá trị')",
    "dict_type": "cần một nhóm trường (các dòng 'khóa: giá trị')",
    "string_pattern_mismatch": "không đúng dạng ký hiệu: chữ IN HOA và số, nối bằng '-', ví dụ UBND, MTTQ-BTT, ĐU",
}


def validate(model: type[BaseModel], sourced: Sourced, cited: Mapping[str | tuple[str, ...], object] | None = None,
             ho_so: HoSoTinh | None = None) -> BaseModel:
    """``model`` validated from ``sourced.data``, or a DataError listing every problem.

    ``cited`` maps each path to another document in the data (``bien_ban: bien_ban.yaml``) to
    that document as the loader read it, or to why it could not be read; ``ho_so`` is the
    province profile whose fields of opinion the data may use.
    """
    context = {"trich_dan": cited or {}, **(ho_so.ngu_canh_kiem_tra() if ho_so else {})}
    try:
        validated = model.model_validate(sourced.data, context=context)
    except ValidationError as exc:
        found = [*sourced.problems, *problems(model, sourced, exc.errors())]
        raise DataError(sorted(found, key=lambda p: (p.line or 0, p.column or 0))) from None
    if sourced.problems:
        raise DataError(list(sourced.problems))
    return validated


def problems(model: type[BaseModel], sourced: Sourced, errors: list[ErrorDetails]) -> list[Problem]:
    """One located Vietnamese problem per pydantic error (cross-field errors expanded)."""
    out: list[Problem] = []
    for err in errors:
        loc: Loc = tuple(err["loc"])
        error = (err.get("ctx") or {}).get("error")
        if isinstance(error, FieldProblems):
            out += [problem_at(sourced, _join(loc, sub), message) for sub, message in error.problems]
        else:
            out.append(problem_at(sourced, loc, _message(model, err)))
    out.sort(key=lambda p: (p.line or 0, p.column or 0))
    return out


def _join(loc: Loc, sub: Loc) -> Loc:
    """``loc`` + ``sub``, where each leading ``UP`` in ``sub`` climbs one level."""
    while sub and sub[0] == UP:
        loc, sub = loc[:-1], sub[1:]
    return (*loc, *sub)


def problem_at(sourced: Sourced | None, loc: Loc, message: str) -> Problem:
    """A problem at ``loc``, with its line:column when the data came from text."""
    line, col = (sourced.position(loc) if sourced else None) or (None, None)
    return Problem(dotted(loc), message, line, col, sourced.source if sourced else None)


def located(path: str, message: str, sourced: Sourced | None) -> Problem:
    """``problem_at`` for a dotted path such as ``y_kien[2].han_tra_loi``."""
    loc = tuple(int(k) if k.isdigit() else k for k in path.replace("[", ".").replace("]", "").split(".") if k)
    return problem_at(sourced, loc, message)


def _message(model: type[BaseModel], err: ErrorDetails) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        key = str(err["loc"][-1])
        if key == "dong_ban_hanh" and len(err["loc"]) == 1:
            return khong_lien_tich(model)
        known = _fields_at(model, tuple(err["loc"][:-1]))
        guess = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        hint = f"; có phải ý bạn là '{guess[0]}'?" if guess else ""
        return f"trường '{key}' không có trong mẫu dữ liệu{hint} (các trường hợp lệ: {', '.join(known)})"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    if kind in ("enum", "literal_error"):
        expected = str(ctx.get("expected", "")).replace(" or ", " hoặc ")
        return f"giá trị {err['input']!r} không hợp lệ; cần một trong: {expected}"
    if kind == "too_short":
        return f"cần ít nhất {ctx.get('min_length')} mục"
    if kind in ("greater_than_equal", "greater_than"):
        return f"cần số ≥ {ctx.get('ge', ctx.get('gt'))}"
    if kind == "less_than_equal":
        return f"số quá lớn; cần số ≤ {ctx.get('le')}"
    message = _MESSAGES.get(kind, err["msg"])
    if kind != "missing":
        shown = repr(err["input"])
        message += f" (nhận được {shown[:60]}{'…' if len(shown) > 60 else ''})"
    return message


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """Field names of the model found at ``loc`` inside ``model`` (for "did you mean")."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if _is_model(current) else None
        if field is None:
            return []
        current = _inner_model(field.annotation)
    return list(current.model_fields) if _is_model(current) else []


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _inner_model(tp: Any) -> Any:
    if _is_model(tp):
        return tp
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType, list, typing.Annotated):
        for arg in typing.get_args(tp):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None
