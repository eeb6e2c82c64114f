"""Peak memory over 10,000 renders of the benchmark minutes in one process.

Flat means the resident set after 10,000 documents is within a few MB of that after 1,000.
Run: ``python benchmarks/bench_memory.py [--renders N]``; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
from pathlib import Path

import hoso

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixture


def rss_mb() -> float:
    """Current resident set size (Linux), in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * resource.getpagesize() / 2**20


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--renders", type=int, default=10_000)
    args = parser.parse_args()
    model = fixture.data()
    template = fixture.template("jinja")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.docx"
        path.write_bytes(template)
        samples = []
        for i in range(1, args.renders + 1):
            hoso.render(model, template=path)
            if i % 1000 == 0:
                samples.append(round(rss_mb(), 1))
                print(f"{i:6d} renders: RSS {samples[-1]} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"renders": args.renders, "rss_mb": samples,
              "growth_after_first_1000_mb": round(samples[-1] - samples[0], 1), "peak_mb": round(peak, 1)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
