"""The one Jinja environment every template runs in: sandboxed, autoescaped, strict.

``finalize`` decides how a value prints, so templates stay simple (``{{ ngay }}`` prints
``ngày 15 tháng 3 năm 2026``) and nothing prints by accident (``None``, a list, a model).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from jinja2 import StrictUndefined, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from hoso import _layout, _text
from hoso.models.chung import HeThong, Model, NhanEnum

#: Marks a paragraph break for docxtpl's listing resolver (BEL cannot occur in validated data).
PARAGRAPH = "\a"
_BLANK_LINES = re.compile(r"\n{2,}")


class PrintError(Exception):
    """A value a template tried to print cannot be printed."""


def finalize(value: Any) -> Any:
    """How a ``{{ … }}`` value prints (before XML escaping)."""
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    if isinstance(value, NhanEnum):
        return value.nhan
    if isinstance(value, str):
        return _BLANK_LINES.sub(PARAGRAPH, _text.normalize(value))
    if value is None:
        raise PrintError("giá trị trống (None) không in được; mẫu cần bọc bằng {% if … %}")
    if isinstance(value, bool):
        raise PrintError("giá trị đúng/sai không in trực tiếp được; dùng {% if … %}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        raise PrintError("giá trị ngày giờ cần tách thành ngày và giờ")
    if isinstance(value, dt.date):
        return _text.ngay(value)
    if isinstance(value, dt.time):
        return _text.gio(value)
    raise PrintError(f"giá trị kiểu {type(value).__name__} không in trực tiếp được; hãy in từng trường")


def _ngay_so(value: dt.date) -> str:
    return _text.ngay_so(value)


def _trich_yeu(value: str, he_thong: str, cong_van: bool = False) -> str:
    """``{{ trich_yeu|trich_yeu('dang') }}``: the summary broken into balanced lines (``_layout``)."""
    return _layout.ngat_trich_yeu(_layout.THU_THUC[HeThong(he_thong)], _text.normalize(value), cong_van=cong_van)


def _ten_co_quan(value: str, he_thong: str, chu_quan: bool = False) -> str:
    """``{{ co_quan.ten|ten_co_quan('dang') }}``: the name broken before its level when too wide."""
    return _layout.ngat_ten_co_quan(_layout.THU_THUC[HeThong(he_thong)], _text.normalize(value), chu_quan=chu_quan)


def _gach_trich_yeu(value: str, he_thong: str) -> int:
    """``{%p set g = trich_yeu|gach_trich_yeu('nha_nuoc') %}``: the length of the line under it."""
    return _layout.gach_trich_yeu(_layout.THU_THUC[HeThong(he_thong)], _text.normalize(value))


def _ngay_vua_cot(value: str, he_thong: str) -> bool:
    """``{%tr if dia_danh_ngay|ngay_vua_cot('dang') %}``: the date line fits under the motto."""
    return _layout.dong_ngay_vua_cot(_layout.THU_THUC[HeThong(he_thong)], value)


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with a fast path for the data fields and properties of hoso models.

    Those attributes hold data (text, numbers, dates, enums, lists, models), so reading them
    needs none of the sandbox's per-access checks; every other attribute, including pydantic's
    methods and anything on other objects, still goes through them.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        allowed = _data_attributes(type(obj))
        if attribute in allowed:
            return getattr(obj, attribute)
        return super().getattr(obj, attribute)


_DATA_ATTRIBUTES: dict[type, frozenset[str]] = {}


def _data_attributes(cls: type) -> frozenset[str]:
    found = _DATA_ATTRIBUTES.get(cls)
    if found is None:
        found = frozenset()
        if issubclass(cls, Model):
            found = frozenset(cls.model_fields) | {
                name for name in dir(cls)
                if not name.startswith(("_", "model_")) and isinstance(getattr(cls, name, None), property)}
        _DATA_ATTRIBUTES[cls] = found
    return found


def make_environment() -> ImmutableSandboxedEnvironment:
    """A new environment; hoso keeps one (``ENV``), tests may build more."""
    env = _Sandbox(
        autoescape=True,
        undefined=StrictUndefined,
        finalize=finalize,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters.update(
        trich_yeu=_trich_yeu, gach_trich_yeu=_gach_trich_yeu, ten_co_quan=_ten_co_quan,
        ngay_vua_cot=_ngay_vua_cot, ngay_so=_ngay_so, so=_text.so_thu_tu, het=_text.het,
        hoa_dau=_text.hoa_dau, la_ma=_text.la_ma,
    )
    return env


ENV = make_environment()
