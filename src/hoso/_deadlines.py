"""Deadline rules: data with sources (``data/thoi_han.yaml``), checked as readable warnings.

A broken deadline never blocks rendering unless the caller asks (``render(..., deadlines="error")``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field

from hoso import _text
from hoso._load import dotted, read
from hoso._validate import validate
from hoso.models.chung import Model, VanBan, VanBanText

_DEFAULT = Path(__file__).parent / "data" / "thoi_han.yaml"


class QuyTacThoiHan(Model):
    """One deadline rule: what, how many days before or after the event, and its legal source."""

    ma: str
    mo_ta: VanBanText
    so_ngay: int | None = Field(ge=0)
    chieu: Literal["truoc", "sau"]
    nguon: VanBanText
    moc: VanBanText | None = Field(None, description="Mốc được tính, như thông báo gọi tên (mặc định: hội nghị)")


class _BoQuyTac(Model):
    quy_tac: list[QuyTacThoiHan]


class DeadlineWarning(UserWarning):
    """A document breaks a deadline rule. ``rule`` is the rule, ``path`` the field of the
    document, ``message`` the Vietnamese explanation with the rule's source."""

    def __init__(self, rule: QuyTacThoiHan, path: str, message: str) -> None:
        self.rule = rule
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")

    def __reduce__(self) -> tuple[type[DeadlineWarning], tuple[QuyTacThoiHan, str, str]]:
        return type(self), (self.rule, self.path, self.message)


def deadline_rules(source: str | os.PathLike[str] | None = None) -> tuple[QuyTacThoiHan, ...]:
    """The rules in ``source`` (a YAML file like ``hoso/data/thoi_han.yaml``), or hoso's defaults."""
    if source is None:
        return _defaults()
    loaded = validate(_BoQuyTac, read(Path(source)))
    assert isinstance(loaded, _BoQuyTac)
    return tuple(loaded.quy_tac)


@cache
def _defaults() -> tuple[QuyTacThoiHan, ...]:
    loaded = validate(_BoQuyTac, read(_DEFAULT))
    assert isinstance(loaded, _BoQuyTac)
    return tuple(loaded.quy_tac)


def check_deadlines(doc: VanBan, *,
                    rules: Sequence[QuyTacThoiHan] | str | os.PathLike[str] | None = None) -> list[DeadlineWarning]:
    """Every deadline rule ``doc`` breaks (an empty list when it keeps them all)."""
    chosen = rules if isinstance(rules, Sequence) and not isinstance(rules, str) else deadline_rules(rules)
    by_code = {r.ma: r for r in chosen}
    out: list[DeadlineWarning] = []
    for step in doc.moc_thoi_han():
        rule = by_code.get(step.ma)
        if rule is None or rule.so_ngay is None:
            continue
        days = (step.moc - step.ngay).days if rule.chieu == "truoc" else (step.ngay - step.moc).days
        dated, event = _text.ngay_so(step.ngay), _text.ngay_so(step.moc)
        named = f"{rule.moc} ({event})" if rule.moc else f"mốc {event}"
        if rule.chieu == "truoc" and days < rule.so_ngay:
            message = (f"{rule.mo_ta}: ngày {dated} chỉ trước {rule.moc or 'hội nghị'} ({event}) {days} ngày; "
                       f"cần trước ít nhất {rule.so_ngay} ngày ({rule.nguon})")
        elif rule.chieu == "sau" and days < 0:
            message = f"{rule.mo_ta}: ngày {dated} lại trước {named} ({rule.nguon})"
        elif rule.chieu == "sau" and days > rule.so_ngay:
            message = (f"{rule.mo_ta}: ngày {dated} sau {named} {days} ngày; "
                       f"chậm nhất {rule.so_ngay} ngày ({rule.nguon})")
        else:
            continue
        out.append(DeadlineWarning(rule, dotted(step.truong), message))
    return out
