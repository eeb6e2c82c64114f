"""The figures as a workbook for the level above (.xlsx, openpyxl), and back.

One sheet per table, in a fixed layout that the province reads back without retyping::

    A1   table title
    A2   period and body
    row 3: column codes (``ma``, ``ten``, each column's code, ``ghi_chu``), small and grey
    row 4: headings (Mã, Nội dung, each column's heading, Ghi chú)
    row 5…: one row per row of the table: code, label, exact counts, and the approximate counts
            the totals leave out (``so: gần 50``); then ``tong`` when the table has a total row

plus a sheet ``thong_tin`` (body, period, layout version) and ``kien_nghi_mo`` (open
recommendations). openpyxl is imported only when a workbook is written or read.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hoso import _text
from hoso._engine.output import write_atomic
from hoso._errors import DataError, Problem
from hoso._load import FileRefused, read_file
from hoso.models.so_lieu import Bang, ConSo, Cot, Dong, MoKienNghi, Nguon, SoLieu, tong_hop_so_lieu

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

#: The layout version written in ``thong_tin``; a workbook of another version is refused.
PHIEN_BAN = 1
#: Largest workbook read (bytes): a commune's figures take a few dozen kilobytes.
MAX_WORKBOOK_BYTES = 20 * 1024 * 1024
_INFO = "thong_tin"
_OPEN = "kien_nghi_mo"
_OPEN_COLUMNS = ("van_ban", "ngay", "gui", "noi_dung", "tinh_trang", "so_ngay")
_OPEN_HEADINGS = ("Văn bản kiến nghị", "Ngày", "Nơi nhận", "Nội dung kiến nghị", "Tình trạng", "Số ngày")
_FIRST_ROW = 5


def write_workbook(so_lieu: SoLieu, out: str | os.PathLike[str]) -> Path:
    """Write the figures to ``out`` (.xlsx) atomically: nothing is left half-written on failure."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    info = book.create_sheet(_INFO)
    for row in (("phien_ban", PHIEN_BAN), ("don_vi", so_lieu.don_vi), ("tu_ngay", so_lieu.tu_ngay),
                ("den_ngay", so_lieu.den_ngay)):
        info.append(row)
    info.column_dimensions["B"].width = 60
    grey, bold = Font(size=8, color="808080"), Font(bold=True)
    for table in so_lieu.bang:
        sheet = book.create_sheet(table.ma)
        sheet["A1"] = table.ten
        sheet["A1"].font = Font(bold=True, size=13)
        sheet["A2"] = (f"Từ ngày {_text.ngay_so(so_lieu.tu_ngay)} đến ngày {_text.ngay_so(so_lieu.den_ngay)}"
                       f" — {so_lieu.don_vi}")
        sheet.append(["ma", "ten", *(c.ma for c in table.cot), "ghi_chu"])
        sheet.append(["Mã", "Nội dung", *(c.ten for c in table.cot), "Ghi chú"])
        for cell in sheet[3]:
            cell.font = grey
        for cell in sheet[4]:
            cell.font = bold
        rows = [(d.ma, d.ten, d.o) for d in table.dong]
        rows += [("tong", "Tổng cộng", table.tong)] if table.dong_tong else []
        for ma, ten, cells in rows:
            sheet.append([ma, ten, *(c.so for c in cells), _notes(table.cot, cells)])
        if table.dong_tong:
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        sheet.column_dimensions["B"].width = 48
    opened = book.create_sheet(_OPEN)
    opened.append(list(_OPEN_COLUMNS))
    opened.append(list(_OPEN_HEADINGS))
    for k in so_lieu.mo_kien_nghi:
        opened.append([k.van_ban, k.ngay, k.gui, k.noi_dung, k.tinh_trang, k.so_ngay])
    stamp = dt.datetime.combine(so_lieu.den_ngay, dt.time())
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    return write_atomic(Path(out), buffer.getvalue())


def _notes(columns: Sequence[Cot], cells: Sequence[ConSo]) -> str | None:
    """The approximate counts of a row: ``so: gần 50, không rõ số``."""
    parts = [f"{c.ma}: {', '.join(o.gan_dung)}" for c, o in zip(columns, cells, strict=True) if o.gan_dung]
    return "; ".join(parts) or None


def read_workbook(path: str | os.PathLike[str]) -> SoLieu:
    """The figures in a workbook written by ``write_workbook`` (and perhaps corrected by hand): every
    figure's source is the workbook's cell. Raises ``DataError`` listing every cell that is wrong."""
    from openpyxl import load_workbook

    source = str(path)
    try:
        raw = read_file(Path(path), MAX_WORKBOOK_BYTES, "bảng tính số liệu .xlsx")
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except FileRefused as exc:
        raise DataError([Problem("", str(exc), source=source)]) from None
    except Exception as exc:  # openpyxl raises many kinds on a file that is not a workbook
        raise DataError([Problem("", f"không phải bảng tính .xlsx đọc được ({type(exc).__name__})",
                                 source=source)]) from None
    reader = _Reader(source)
    try:
        info = {row[0]: row[1] for row in _rows(book, _INFO, reader) if row and row[0]}
        if info.get("phien_ban") != PHIEN_BAN:
            reader.fail(f"{_INFO}!B1", f"cần bảng tính hoso phiên bản {PHIEN_BAN} (trang {_INFO})")
        tables = [reader.table(name, list(book[name].iter_rows(values_only=True)))
                  for name in book.sheetnames if name not in (_INFO, _OPEN)]
        opened = [reader.open_item(i, row) for i, row in enumerate(_rows(book, _OPEN, reader)[2:], 3) if any(row)]
        tu_ngay, den_ngay = reader.date(info, "tu_ngay", 3), reader.date(info, "den_ngay", 4)
    finally:
        book.close()
    if reader.problems:
        raise DataError(reader.problems)
    assert tu_ngay is not None and den_ngay is not None
    return SoLieu(don_vi=str(info.get("don_vi") or source), tu_ngay=tu_ngay, den_ngay=den_ngay,
                  bang=tuple(t for t in tables if t is not None),
                  mo_kien_nghi=tuple(k for k in opened if k is not None))


def _rows(book: Any, name: str, reader: _Reader) -> list[tuple[Any, ...]]:
    if name not in book.sheetnames:
        reader.fail(name, f"thiếu trang {name}")
        return []
    sheet: Worksheet = book[name]
    return list(sheet.iter_rows(values_only=True))


class _Reader:
    """Reads the sheets back, noting every cell that is wrong."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message, source=self.source))

    def date(self, info: dict[Any, Any], key: str, row: int) -> dt.date | None:
        value = info.get(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        self.fail(f"{_INFO}!B{row}", f"cần một ngày ({key})")
        return None

    def table(self, name: str, rows: list[tuple[Any, ...]]) -> Bang | None:
        if len(rows) < _FIRST_ROW - 1 or not rows[2] or rows[2][:2] != ("ma", "ten") or rows[2][-1] != "ghi_chu":
            self.fail(f"{name}!A3", "trang không theo bố cục của hoso (dòng 3: ma, ten, mã các cột, ghi_chu)")
            return None
        codes = [str(c) for c in rows[2][2:-1]]
        headings = rows[3][2:-1]
        columns = tuple(Cot(ma=m, ten=str(t or m)) for m, t in zip(codes, headings, strict=True))
        body = [(i, r) for i, r in enumerate(rows[_FIRST_ROW - 1:], _FIRST_ROW) if r and r[0] is not None]
        total = bool(body) and body[-1][1][0] == "tong"
        lines = [self._row(name, columns, i, r) for i, r in (body[:-1] if total else body)]
        return Bang(ma=name, ten=str(rows[0][0] or name), cot=columns, dong_tong=total,
                    dong=tuple(d for d in lines if d is not None))

    def _row(self, name: str, columns: tuple[Cot, ...], i: int, row: tuple[Any, ...]) -> Dong | None:
        notes = self._notes(name, i, len(columns) + 3, row[len(columns) + 2] if len(row) > len(columns) + 2 else None)
        cells = []
        for j, column in enumerate(columns):
            value = row[j + 2] if j + 2 < len(row) else None
            ref = f"{name}!{_letter(j + 3)}{i}"
            if value is None:
                value = 0
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0 or value != int(value):
                self.fail(ref, f"cần một số nguyên từ 0 (nhận được {value!r})")
                value = 0
            cells.append(ConSo(so=int(value), gan_dung=notes.get(column.ma, ()),
                               nguon=(Nguon(tep=self.source, truong=ref),)))
        return Dong(ma=str(row[0]), ten=str(row[1] or row[0]), o=tuple(cells))

    def _notes(self, name: str, i: int, col: int, text: Any) -> dict[str, tuple[str, ...]]:
        if text is None:
            return {}
        found: dict[str, tuple[str, ...]] = {}
        for part in str(text).split(";"):
            code, sep, values = part.partition(":")
            if not sep:
                self.fail(f"{name}!{_letter(col)}{i}", "ghi chú cần dạng 'mã cột: số gần đúng', ví dụ 'so: gần 50'")
                continue
            found[code.strip()] = tuple(v.strip() for v in values.split(",") if v.strip())
        return found

    def open_item(self, i: int, row: tuple[Any, ...]) -> MoKienNghi | None:
        values = dict(zip(_OPEN_COLUMNS, row, strict=False))
        day, age = values.get("ngay"), values.get("so_ngay")
        if not isinstance(day, dt.date) or not isinstance(age, int):
            self.fail(f"{_OPEN}!A{i}", "dòng kiến nghị cần ngày (cột B) và số ngày (cột F)")
            return None
        return MoKienNghi(van_ban=str(values["van_ban"]), ngay=day.date() if isinstance(day, dt.datetime) else day,
                          gui=str(values.get("gui")), noi_dung=str(values.get("noi_dung")),
                          tinh_trang=str(values.get("tinh_trang")), so_ngay=age,
                          nguon=Nguon(tep=self.source, truong=f"{_OPEN}!A{i}"))


def _letter(n: int) -> str:
    """Column letters of the 1-based column ``n``."""
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def workbooks(folder: Path) -> list[Path]:
    """The workbooks in a folder of workbooks (a province's, from its communes), in name order;
    empty when the folder holds dossiers (data files), whose figures are counted instead."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.name.startswith((".", "~$"))]
    if any(p.suffix.lower() in (".yaml", ".yml", ".json") for p in files):
        return []
    return sorted(p for p in files if p.suffix.lower() == ".xlsx")


def tong_hop(items: Sequence[SoLieu | str | os.PathLike[str]], *, don_vi: str | None = None) -> SoLieu:
    """The figures of many bodies for the same period summed (a province's from its communes'): each
    item is figures or the path of a workbook written by ``write_workbook``. Rows are matched by code,
    cells added, approximate counts and sources kept. Raises ``DataError`` listing every workbook
    that cannot be read, and when the periods or the tables' columns differ."""
    problems: list[Problem] = []
    figures: list[SoLieu] = []
    for item in items:
        if isinstance(item, SoLieu):
            figures.append(item)
            continue
        if not isinstance(item, str | os.PathLike):
            problems.append(Problem("", f"cần số liệu (hoso.SoLieu) hoặc đường dẫn bảng tính .xlsx, không phải "
                                        f"{type(item).__name__}"))
            continue
        try:
            figures.append(read_workbook(item))
        except DataError as exc:
            problems += exc.problems
    if problems:
        raise DataError(problems)
    try:
        return tong_hop_so_lieu(figures, don_vi)
    except ValueError as exc:
        raise DataError([Problem("", str(exc))]) from None
