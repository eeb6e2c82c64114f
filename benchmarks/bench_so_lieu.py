"""The periodic report's steps, side by side in one run, on the example half-year of a commune (the
folders and files examples/bao_cao_dinh_ky/bao_cao.mat_tran.yaml lists under ``ho_so``):

(a) ``hoso.so_lieu`` on dossiers not read before (every file read and validated);
(b) ``hoso.so_lieu`` again on the same dossiers (files unchanged since: kept, only stat'ed);
(c) ``hoso.write_workbook`` + ``hoso.read_workbook`` of one commune's figures;
(d) ``hoso.tong_hop`` of 100 communes' workbooks (the province's job), per workbook;
(e) ``hoso.render`` of the report with its two charts, and (f) without them (``bieu_do: false``).

Prints the median ms of each, and as its last line a JSON object.
Run: ``python benchmarks/bench_so_lieu.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

import hoso
from hoso import _bieu_do, _so_lieu

ROOT = Path(__file__).resolve().parents[1] / "examples" / "bao_cao_dinh_ky"
YEAR = {"tu_ngay": dt.date(2026, 1, 1), "den_ngay": dt.date(2026, 12, 31)}
REPORT = ROOT / "bao_cao.mat_tran.yaml"


def median_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        report = hoso.load(REPORT)
        dossiers = [ROOT / p for p in yaml.safe_load(REPORT.read_text(encoding="utf-8"))["ho_so"]]

        def cold() -> object:
            _so_lieu._READ.clear()  # nothing kept from an earlier count
            return hoso.so_lieu(dossiers, **YEAR)

        figures = hoso.so_lieu(dossiers, **YEAR)
        book = work / "xa.xlsx"
        books = [hoso.write_workbook(figures, work / f"xa{i:03d}.xlsx") for i in range(100)]
        plain = report.model_copy(update={"bieu_do": False})

        def with_charts() -> object:
            _bieu_do.png.cache_clear()
            return hoso.render(report)

        result = {
            "so_lieu_cold_ms": median_ms(cold, rounds),
            "so_lieu_warm_ms": median_ms(lambda: hoso.so_lieu(dossiers, **YEAR), rounds),
            "workbook_write_read_ms": median_ms(
                lambda: hoso.read_workbook(hoso.write_workbook(figures, book)), rounds),
            "tong_hop_100_per_workbook_ms": round(median_ms(lambda: hoso.tong_hop(books), 1) / len(books), 1),
            "render_with_charts_ms": median_ms(with_charts, rounds),
            "render_without_charts_ms": median_ms(lambda: hoso.render(plain), rounds),
        }
    for name, value in result.items():
        print(f"{name}: {value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
