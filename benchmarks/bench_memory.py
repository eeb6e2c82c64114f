"""Peak memory over 10,000 renders of the benchmark minutes in one process, and the memory of
``render_many``'s parent over growing batches.

Flat means the resident set after 10,000 documents is within a few MB of that after 1,000, and
the parent of a batch of 4,000 YAML paths (given as a generator, rendered by 2 worker processes)
grows no more than its results (``RenderResult`` objects) take.
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


def batch_growth(*sizes: int) -> dict[str, float]:
    """The parent's resident set after ``render_many`` of each size, less what its results take."""
    source = Path(__file__).resolve().parents[1] / "examples" / "doi_thoai" / "bien_ban.yaml"
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        yaml_file = folder / "bb.yaml"
        yaml_file.write_text(source.read_text("utf-8"), "utf-8")
        for size in sizes:
            before = rss_mb()
            results = hoso.render_many((yaml_file for _ in range(size)), folder / f"out-{size}", workers=2,
                                       deadlines="ignore")
            assert len(results) == size and all(r.ok for r in results)
            held = sum(sys.getsizeof(r) + sys.getsizeof(r.name) + sys.getsizeof(r.path) for r in results) / 2**20
            out[f"batch_{size}_parent_growth_mb"] = round(rss_mb() - before, 1)
            out[f"batch_{size}_results_mb"] = round(held, 1)
            print(f"render_many of {size}: parent grew {out[f'batch_{size}_parent_growth_mb']} MB "
                  f"(results about {held:.1f} MB)")
            del results
    return out


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
    batches = batch_growth(1000, 4000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"renders": args.renders, "rss_mb": samples,
              "growth_after_first_1000_mb": round(samples[-1] - samples[0], 1), "peak_mb": round(peak, 1),
              **batches}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
