"""The one Jinja environment every template runs in: sandboxed, autoescaped, strict, bounded.

``finalize`` decides how a value prints, so templates stay simple (``{{ ngay }}`` prints
``ngày 15 tháng 3 năm 2026``) and nothing prints by accident (``None``, a list, a model).

Evaluation is bounded, so that a custom template cannot hang or exhaust memory: loop
iterations (``MAX_STEPS``, recursive loops included), characters a part renders to
(``MAX_OUTPUT``), the length of any text or list a template makes (``MAX_LENGTH``), the digits
of any number it computes (``MAX_DIGITS``) and any width or count it asks a format, method or
filter for (``MAX_WIDTH``). Going past one raises ``LimitError`` at the tag that did it.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from jinja2 import StrictUndefined, Template, Undefined, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment

from hoso import _layout, _text
from hoso.models.chung import HeThong, Model, NhanEnum
from hoso.models.doi_thoai import LinhVucTinh

#: Marks a paragraph break for docxtpl's listing resolver (BEL cannot occur in validated data).
PARAGRAPH = "\a"
_BLANK_LINES = re.compile(r"\n{2,}")


class PrintError(Exception):
    """A value a template tried to print cannot be printed."""


#: Loop iterations in one part of one document.
MAX_STEPS = 1_000_000
#: Characters one part of one document may render to.
MAX_OUTPUT = 50_000_000
#: Characters of a text, or items of a list, that a template makes.
MAX_LENGTH = 1_000_000
#: Digits of a number a template computes.
MAX_DIGITS = 1_000
#: Width, padding or count a template gives a format (``'%5d'``), a method or a filter.
MAX_WIDTH = 99_999


class LimitError(Exception):
    """A template went past one of the evaluation bounds (the message says which, in Vietnamese)."""


def _digits(n: int) -> float:
    return n.bit_length() * math.log10(2)


def sized(value: Any) -> Any:
    """``value``, unless it is a text, list or number larger than the bounds."""
    if isinstance(value, str | list | tuple | dict) and len(value) > MAX_LENGTH:
        raise LimitError(f"mẫu tạo ra một giá trị dài {len(value)} (ký tự hoặc mục), quá giới hạn {MAX_LENGTH}")
    if isinstance(value, int) and _digits(value) > MAX_DIGITS:
        raise LimitError(f"mẫu tính ra một số hơn {MAX_DIGITS} chữ số")
    return value


#: A width, precision or ``*`` in a %-format or a {}-format specification.
_FORMAT_WIDTH = re.compile(r"(?:%|\{[^{}]*:)[^a-zA-Z%{}]*?(\d+|\*)")


def _check_format(text: str) -> None:
    for m in _FORMAT_WIDTH.finditer(text):
        if m.group(1) == "*" or int(m.group(1)) > MAX_WIDTH:
            raise LimitError(f"định dạng '{m.group()}' đòi độ rộng quá {MAX_WIDTH} ký tự (hoặc độ rộng '*')")


def _check_width(width: Any, what: str) -> None:
    if isinstance(width, int) and width > MAX_WIDTH:
        raise LimitError(f"{what} {width} quá giới hạn {MAX_WIDTH}")


def _check_replace(text: Any, old: Any, new: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        count = text.count(old) if old else len(text) + 1
        if len(text) + count * len(new) > MAX_LENGTH:
            raise LimitError(f"phép thay thế tạo ra văn bản dài hơn {MAX_LENGTH} ký tự")


def _check_join(items: Any, sep: Any = "") -> None:
    if isinstance(items, list | tuple):
        total = sum(len(x) if isinstance(x, str) else 20 for x in items) + len(items) * len(str(sep))
        if total > MAX_LENGTH:
            raise LimitError(f"phép nối tạo ra văn bản dài hơn {MAX_LENGTH} ký tự")


#: Checks before a string method runs: the arguments that decide how much it allocates.
_STR_METHODS: dict[str, Callable[[str, tuple[Any, ...]], None]] = {
    **{name: lambda _s, a: _check_width(a[0] if a else 0, "độ rộng")
       for name in ("center", "ljust", "rjust", "zfill", "expandtabs")},
    "replace": lambda s, a: _check_replace(s, *a[:2]) if len(a) >= 2 else None,
    "join": lambda s, a: _check_join(a[0], s) if a else None,
    "format": lambda s, _a: _check_format(s),
}


#: Checks before a filter runs, by filter name (the value first, then the filter's arguments).
_FILTER_CHECKS: dict[str, Callable[..., None]] = {
    "format": lambda value, *_a, **_k: _check_format(value) if isinstance(value, str) else None,
    "center": lambda _v, width=80, *_a, **_k: _check_width(width, "độ rộng"),
    "indent": lambda _v, width=4, *_a, **_k: _check_width(width if isinstance(width, int) else len(width),
                                                            "độ thụt lề"),
    "wordwrap": lambda _v, width=79, *_a, **_k: _check_width(width, "độ rộng dòng"),
    "slice": lambda _v, slices=1, *_a, **_k: _check_width(slices, "số phần"),
    "replace": lambda value, old="", new="", *_a, **_k: _check_replace(str(value), old, new),
    "join": lambda value, d="", *_a, **_k: _check_join(value, d),
}


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` with its pre-check (if any) and the size check of what it returns."""
    check = _FILTER_CHECKS.get(name)
    pass_arg = getattr(func, "jinja_pass_arg", None)

    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        if check is not None:
            check(*args[1:] if pass_arg is not None else args, **kwargs)
        return sized(func(*args, **kwargs))

    return bounded


class _BoundedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with every loop's iterable counted and every ``~`` sized."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        steps = nodes.Call(nodes.EnvironmentAttribute("steps"), [node.iter, nodes.ContextReference()], [], None, None)
        node.iter = steps.set_lineno(node.iter.lineno)
        super().visit_For(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.sized(")
        super().visit_Concat(node, frame)
        self.write(")")


def finalize(value: Any) -> Any:
    """How a ``{{ … }}`` value prints (before XML escaping)."""
    if type(value) is str:  # most values: plain text, mostly without a blank line
        text = _text.normalize(value)
        return _BLANK_LINES.sub(PARAGRAPH, text) if "\n\n" in text else text
    if isinstance(value, Undefined):
        value._fail_with_undefined_error()
    if isinstance(value, NhanEnum | LinhVucTinh):
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
    """The immutable sandbox, bounded, with a fast path for the data fields and properties of hoso
    models.

    Those attributes hold data (text, numbers, dates, enums, lists, models), so reading them
    needs none of the sandbox's per-access checks; every other attribute, including pydantic's
    methods and anything on other objects, still goes through them.
    """

    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def getattr(self, obj: Any, attribute: str) -> Any:
        allowed = _DATA_ATTRIBUTES.get(type(obj)) or _data_attributes(type(obj))
        if attribute in allowed:
            return getattr(obj, attribute)
        return super().getattr(obj, attribute)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
            if right * math.log10(abs(left)) > MAX_DIGITS:
                raise LimitError(f"phép lũy thừa tạo ra số hơn {MAX_DIGITS} chữ số")
        elif operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(n, int) and len(seq) * n > MAX_LENGTH:
                    raise LimitError(f"phép nhân tạo ra giá trị dài hơn {MAX_LENGTH} (ký tự hoặc mục)")
            if isinstance(left, int) and isinstance(right, int) and _digits(left) + _digits(right) > MAX_DIGITS:
                raise LimitError(f"phép nhân tạo ra số hơn {MAX_DIGITS} chữ số")
        elif operator == "%" and isinstance(left, str):
            _check_format(left)
        return sized(super().call_binop(context, operator, left, right))

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if isinstance(obj, LoopContext) and args:  # a recursive loop's next level: counted as well
            args = (self.steps(args[0], context), *args[1:])
        owner = getattr(obj, "__self__", None)
        if isinstance(owner, str) and getattr(obj, "__name__", "") in _STR_METHODS:
            _STR_METHODS[obj.__name__](owner, args)
        return sized(super().call(context, obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        owner = getattr(value, "__self__", None)
        if isinstance(owner, str):
            _check_format(owner)
        return super().wrap_str_format(value)

    def steps(self, iterable: Iterable[Any], context: Context) -> Iterator[Any]:
        """``iterable``, counting each item against the render's ``MAX_STEPS``."""
        counter: list[int] = context.__dict__.setdefault("hoso_steps", [0])
        for item in iterable:
            counter[0] += 1
            if counter[0] > MAX_STEPS:
                raise LimitError(f"các vòng lặp của mẫu chạy quá {MAX_STEPS} lượt")
            yield item

    sized = staticmethod(sized)


def render(template: Template, context: Mapping[str, Any]) -> str:
    """``template.render(context)``, refusing output past ``MAX_OUTPUT`` characters as it grows
    (counted every ``_BLOCK`` pieces, which Python joins and measures faster than one by one)."""
    chunks: list[str] = []
    total = 0
    try:
        pieces = template.root_render_func(template.new_context(dict(context)))
        while block := list(islice(pieces, _BLOCK)):
            total += sum(map(len, block))
            if total > MAX_OUTPUT:
                raise LimitError(f"mẫu sinh ra hơn {MAX_OUTPUT} ký tự")
            chunks += block
    except Exception:
        template.environment.handle_exception()
    return "".join(chunks)


#: Pieces of output taken at a time before the total is checked.
_BLOCK = 16


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
    env.filters = {name: _bounded_filter(name, func) for name, func in env.filters.items()}
    del env.globals["lipsum"]  # n paragraphs of up to ``max`` words: no use in an official document
    return env


ENV = make_environment()
