"""The public functions: ``load``, ``render``, ``catalog``."""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, overload

from hoso import _catalog
from hoso._catalog import Kind
from hoso._engine.output import write_atomic
from hoso._engine.prepared import CACHE
from hoso._errors import DataError, Problem, TemplateError, TemplateProblem
from hoso._load import read
from hoso._validate import validate
from hoso.models.chung import VanBan

Source = Mapping[str, Any] | str | os.PathLike[str]


def catalog() -> tuple[Kind, ...]:
    """Every document kind: ``loai``, Vietnamese title, model and default template per system."""
    return _catalog.catalog()


def load(source: Source) -> VanBan:
    """A validated document model from a mapping, a .yaml/.yml/.json path, or YAML text.

    The kind comes from the top-level key ``loai``. Raises ``DataError`` listing every problem,
    each with its field path, YAML line:column and a Vietnamese message.
    """
    sourced = read(Path(source) if isinstance(source, os.PathLike) else source)
    data = sourced.data
    if not isinstance(data, Mapping):
        raise DataError([Problem("", "tài liệu cần là một nhóm trường 'khóa: giá trị' ở cấp cao nhất",
                                 source=sourced.source)])
    known = [k.loai for k in catalog()]
    loai = data.get("loai")
    if loai is None:
        raise DataError([Problem("loai", f"thiếu trường loai (loại văn bản); cần một trong: {', '.join(known)}",
                                 source=sourced.source)])
    found = _catalog.kind(loai) if isinstance(loai, str) else None
    if found is None:
        guess = difflib.get_close_matches(str(loai), known, n=1)
        hint = f"; có phải ý bạn là '{guess[0]}'?" if guess else ""
        line, column = sourced.position(("loai",)) or (None, None)
        raise DataError([Problem("loai", f"loại văn bản {loai!r} chưa được hỗ trợ{hint} (có: {', '.join(known)})",
                                 line, column, sourced.source)])
    model = validate(found.model, sourced)
    assert isinstance(model, VanBan)
    return model


@overload
def render(doc: VanBan | Source, out: None = None, *, template: str | os.PathLike[str] | None = None) -> bytes: ...
@overload
def render(doc: VanBan | Source, out: str | os.PathLike[str], *,
           template: str | os.PathLike[str] | None = None) -> Path: ...


def render(doc: VanBan | Source, out: str | os.PathLike[str] | None = None, *,
           template: str | os.PathLike[str] | None = None) -> bytes | Path:
    """Render ``doc`` (a model, or anything ``load`` accepts) to .docx.

    With ``out``, writes the file atomically and returns its Path; without, returns the bytes.
    ``template`` is a custom .docx (sandboxed and checked like the shipped ones); by default the
    template of the document's kind for its issuing system is used. Nothing is written when
    anything fails, and an existing ``out`` stays as it was.
    """
    model = doc if isinstance(doc, VanBan) else load(doc)
    path = Path(template) if template is not None else _default_template(model)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TemplateError(str(path), [TemplateProblem("(tệp)", f"không đọc được mẫu: {exc.strerror}")]) from None
    prepared = CACHE.get(data, str(path))
    result = prepared.render(model.ngu_canh())
    if out is None:
        return result
    return write_atomic(Path(out), result)


def _default_template(model: VanBan) -> Path:
    found = _catalog.kind(model.loai)
    assert found is not None
    return found.mau[model.co_quan.he_thong]
