"""``import hoso`` time: median of fresh interpreters, minus an empty interpreter's start-up.

Run: ``python benchmarks/bench_import.py``; the last line is JSON.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time


def median_s(code: str, rounds: int = 15) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    empty = median_s("pass")
    full = median_s("import hoso")
    result = {"import_ms": round((full - empty) * 1000, 1), "interpreter_ms": round(empty * 1000, 1)}
    print(f"import hoso: {result['import_ms']} ms (interpreter start-up {result['interpreter_ms']} ms excluded)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
