"""render_many on the benchmark minutes: 100 and 1,000 documents with 1 and 2 workers.

Linear means 1,000 documents take at most 1.2 x 10 x the time of 100.
Run: ``python benchmarks/bench_batch.py``; the last line is JSON.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import hoso

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixture


def seconds(n: int, workers: int) -> float:
    model = fixture.data()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        results = hoso.render_many([model] * n, tmp, workers=workers)
        elapsed = time.perf_counter() - start
        assert all(r.ok for r in results) and len(results) == n
    return elapsed


def main() -> None:
    out = {}
    for workers in (1, 2):
        small, large = seconds(100, workers), seconds(1000, workers)
        out[f"w{workers}_100_s"], out[f"w{workers}_1000_s"] = round(small, 3), round(large, 3)
        out[f"w{workers}_linearity"] = round(large / (10 * small), 3)
        print(f"{workers} worker(s): 100 docs {small:.2f} s, 1000 docs {large:.2f} s "
              f"({1000 * large / 1000:.2f} ms/doc), 1000/(10x100) = {out[f'w{workers}_linearity']}")
    out["speedup_2_workers"] = round(out["w1_1000_s"] / out["w2_1000_s"], 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
