"""The figures of a period (``hoso.so_lieu``): tables of counts, each cell traceable to the files
and fields it was counted from, summed across communes into a province's figures (``tong_hop``).

A count that cannot be known exactly is never guessed: a cell holds the sum of the exact counts
(``so``) and, apart, the approximate ones as the clerk wrote them (``gan_dung``: "gần 50"), so a
total prints "139 (chưa kể gần 50)": what the files say, nothing guessed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pydantic import Field

from hoso.models.chung import Model, chua_ke


def ho_so_paths(value: Any) -> list[str] | None:
    """The folders and files a report's ``ho_so`` names (one path, or a list of them), or None when
    it names none the loader can count (figures passed by a Python caller, or a wrong value)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return value
    return None


def trich_dan_key(paths: list[str]) -> str | tuple[str, ...]:
    """How the loader files the figures of ``paths`` among what a document cites."""
    return paths[0] if len(paths) == 1 else tuple(paths)


class Nguon(Model):
    """Where a figure was counted from: a file, the field in it, and its line when known."""

    tep: str = Field(description="Tệp hồ sơ (hoặc bảng tính) được đếm")
    truong: str = Field(description="Trường trong tệp, ví dụ 'y_kien[2].trang_thai' (bảng tính: 'Trang!C5')")
    dong: int | None = Field(default=None, description="Dòng trong tệp YAML")

    def __str__(self) -> str:
        return f"{self.tep}{f':{self.dong}' if self.dong else ''}: {self.truong}"


#: A count left blank in a file (invited, unknown): kept apart, never taken as 0.
KHONG_RO = "không rõ số"


class ConSo(Model):
    """One cell: the sum of exact counts, the approximate counts apart, and their sources."""

    so: int = 0
    gan_dung: tuple[str, ...] = Field(default=(), description="Số gần đúng như trong hồ sơ, không cộng vào 'so'")
    nguon: tuple[Nguon, ...] = ()

    @property
    def chinh_xac(self) -> bool:
        """Whether every count behind the cell is exact."""
        return not self.gan_dung

    @property
    def in_ra(self) -> str:
        """As printed in a table: ``12``, ``139 (chưa kể gần 50)``, ``149 (chưa kể 1 nhóm không rõ số)``."""
        return self.trong_cau()

    def trong_cau(self, sau: str = "", don_vi: str = "") -> str:
        """As told in a sentence: ``so.trong_cau("người dự", "người")`` gives ``139 người dự (chưa kể 1
        nhóm ghi gần 50 người)``; without ``don_vi`` the approximate counts are listed bare."""
        unknown = self.gan_dung.count(KHONG_RO)
        return chua_ke(self.so, [g for g in self.gan_dung if g != KHONG_RO], unknown, sau=sau, don_vi=don_vi)

    def __add__(self, other: ConSo) -> ConSo:
        return ConSo(so=self.so + other.so, gan_dung=self.gan_dung + other.gan_dung, nguon=self.nguon + other.nguon)


class Cot(Model):
    """A column: its code (stable across communes and years) and its heading."""

    ma: str
    ten: str


class Dong(Model):
    """A row: its code, its label, and one cell per column of the table."""

    ma: str
    ten: str
    o: tuple[ConSo, ...]


class Bang(Model):
    """One table of the report and one sheet of the workbook, in a fixed layout."""

    ma: str = Field(description="Mã bảng, cũng là tên trang tính")
    ten: str = Field(description="Tên bảng")
    cot: tuple[Cot, ...]
    dong: tuple[Dong, ...]
    dong_tong: bool = Field(True, description="Có dòng tổng cộng (các dòng là các nhóm rời nhau)")

    def cot_so(self, ma: str) -> int:
        """The index of column ``ma``."""
        for i, c in enumerate(self.cot):
            if c.ma == ma:
                return i
        raise KeyError(f"bảng {self.ma} không có cột {ma!r} (có: {', '.join(c.ma for c in self.cot)})")

    def dong_ma(self, ma: str) -> Dong:
        """The row ``ma``."""
        for d in self.dong:
            if d.ma == ma:
                return d
        raise KeyError(f"bảng {self.ma} không có dòng {ma!r} (có: {', '.join(d.ma for d in self.dong)})")

    @property
    def tong(self) -> tuple[ConSo, ...]:
        """The total of each column over the rows."""
        return tuple(sum((d.o[i] for d in self.dong), ConSo()) for i in range(len(self.cot)))

    def o(self, dong: str, cot: str) -> ConSo:
        """The cell at row ``dong`` (``"tong"``: the total row) and column ``cot``."""
        i = self.cot_so(cot)
        return self.tong[i] if dong == "tong" else self.dong_ma(dong).o[i]


class MoKienNghi(Model):
    """A recommendation still open at the end of the period, with its age."""

    noi_dung: str
    gui: str
    van_ban: str = Field(description="Văn bản kiến nghị, ví dụ 'Văn bản số 45/MTTQ-BTT ngày 29/5/2026'")
    ngay: dt.date
    so_ngay: int = Field(description="Số ngày kể từ ngày kiến nghị đến hết kỳ báo cáo")
    tinh_trang: str
    nguon: Nguon


class SoLieu(Model):
    """The figures of one body (or of many summed) for a period."""

    don_vi: str = Field(description="Nơi có số liệu: thư mục hồ sơ, hoặc các đơn vị được tổng hợp")
    tu_ngay: dt.date
    den_ngay: dt.date
    bang: tuple[Bang, ...]
    mo_kien_nghi: tuple[MoKienNghi, ...] = ()
    bo_qua: tuple[str, ...] = Field(default=(), description="Tệp không phải dữ liệu (.docx, .pdf…): không đếm")

    def bang_ma(self, ma: str) -> Bang:
        """The table ``ma``."""
        for b in self.bang:
            if b.ma == ma:
                return b
        raise KeyError(f"không có bảng {ma!r} (có: {', '.join(b.ma for b in self.bang)})")

    def so(self, bang: str, dong: str, cot: str) -> ConSo:
        """One figure: table, row (``"tong"`` for the total row) and column codes."""
        return self.bang_ma(bang).o(dong, cot)

    def nguon(self, bang: str, dong: str | None = None, cot: str | None = None) -> list[Nguon]:
        """The files and fields behind a figure, a row, a column or a whole table."""
        table = self.bang_ma(bang)
        rows = table.dong if dong in (None, "tong") else (table.dong_ma(dong),)
        columns = range(len(table.cot)) if cot is None else (table.cot_so(cot),)
        return list(dict.fromkeys(n for d in rows for i in columns for n in d.o[i].nguon))


def tong_hop_so_lieu(items: Sequence[SoLieu], don_vi: str | None = None) -> SoLieu:
    """The sum of many bodies' figures for the same period: rows matched by code (in order of first
    appearance), cells added, approximate counts and sources kept."""
    if not items:
        raise ValueError("cần ít nhất một bộ số liệu để tổng hợp")
    periods = {(s.tu_ngay, s.den_ngay) for s in items}
    if len(periods) > 1:
        raise ValueError("các bộ số liệu khác kỳ báo cáo: " + "; ".join(
            f"{s.don_vi}: {s.tu_ngay:%d/%m/%Y}–{s.den_ngay:%d/%m/%Y}" for s in items))
    tables = [_cong_bang([s.bang_ma(b.ma) for s in items if any(x.ma == b.ma for x in s.bang)])
              for b in items[0].bang]
    return SoLieu(don_vi=don_vi or "; ".join(s.don_vi for s in items), tu_ngay=items[0].tu_ngay,
                  den_ngay=items[0].den_ngay, bang=tuple(tables),
                  mo_kien_nghi=tuple(k for s in items for k in s.mo_kien_nghi),
                  bo_qua=tuple(f for s in items for f in s.bo_qua))


def _cong_bang(tables: list[Bang]) -> Bang:
    first = tables[0]
    for t in tables[1:]:
        if [c.ma for c in t.cot] != [c.ma for c in first.cot]:
            raise ValueError(f"bảng {first.ma} có các cột khác nhau giữa các đơn vị")
    rows: dict[str, Dong] = {}
    for t in tables:
        for d in t.dong:
            have = rows.get(d.ma)
            rows[d.ma] = d if have is None else have.model_copy(
                update={"o": tuple(a + b for a, b in zip(have.o, d.o, strict=True))})
    return first.model_copy(update={"dong": tuple(rows.values())})
