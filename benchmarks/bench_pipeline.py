"""The whole pipeline, side by side in one run (issue 13): large documents, load, batch, PDF, cold start.

1. huge: the benchmark minutes grown to 500 opinions, rendered by hoso (prepared), docxtpl (a new
   ``DocxTemplate`` per document, same template and data) and docxtemplater (warm Node process,
   the mechanically converted twin template; skipped when npm/node are absent); then the size
   curve, ms per KB of document.xml from 10 to 1,000 opinions.
2. load: ``hoso.load`` of the shipped minutes against ``hoso.render`` of the loaded model.
3. batch: 1,000 YAML files of the shipped minutes to .docx, each side a fresh script: hoso's
   ``render_many(paths, out)`` against a plain script (``yaml.safe_load`` + ``DocxTemplate(...)
   .render(...)`` + ``save`` per file; given the shipped template, hoso's Jinja environment for its
   filters, and the context computed beforehand, for free).
4. pdf: ``to_pdf`` of 100 minutes with one LibreOffice process and with one per core (the default),
   in three interleaved rounds after a first call (profiles kept, as after any first use), and one
   process per file with one profile, as a user would run it (timed on a sample, scaled to all files).
5. cold: ``import hoso`` (fresh interpreters, the interpreter's own start-up taken off), and
   import + first render of the benchmark minutes from YAML in a fresh interpreter, against
   docxtpl's equivalent (import, ``yaml.safe_load``, render, save).

Timed rounds of competing sides are interleaved and medians are kept: the machine may be shared.
Run: ``python benchmarks/bench_pipeline.py [--quick]``; the last line is JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate

import hoso

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixture
from bench_render import docxtemplater, docxtemplater_run

ROOT = Path(__file__).resolve().parents[1]
MINUTES = ROOT / "examples" / "doi_thoai" / "bien_ban.yaml"


def interleaved(sides: dict[str, Callable[[], object]], rounds: int, warmup: int = 1) -> dict[str, float]:
    """Median ms of each side, the sides taking turns round by round."""
    for fn in sides.values():
        for _ in range(warmup):
            fn()
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, fn in sides.items():
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
    return {name: statistics.median(found) for name, found in times.items()}


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"


def document_kb(docx: bytes) -> float:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return len(z.read("word/document.xml")) / 1024


def render_sides(model: Any, template: Path) -> dict[str, Callable[[], object]]:
    """hoso (prepared) and docxtpl (naive) on the same template and data."""
    context = model.ngu_canh()

    def naive_docxtpl() -> bytes:
        tpl = DocxTemplate(str(template))
        tpl.render(context, autoescape=True)
        out = io.BytesIO()
        tpl.save(out)
        return out.getvalue()

    return {"hoso": lambda: hoso.render(model, template=template, deadlines="ignore"), "docxtpl": naive_docxtpl}


def large(folder: Path, node: Path | None, quick: bool) -> dict[str, Any]:
    """Target 1: the 500-opinion minutes, then the size curve."""
    template = folder / "bench.docx"
    template.write_bytes(fixture.template("jinja"))
    twin = fixture.template("docxtemplater")
    out: dict[str, Any] = {"curve": []}
    for items in (10, 100, 500, 1000) if quick else (10, 30, 100, 300, 500, 1000):
        model = fixture.data(items)
        rounds = 5 if quick else (21 if items <= 100 else 15)
        found = interleaved(render_sides(model, template), rounds)
        if node is not None:
            found["docxtemplater"] = docxtemplater_run(node, twin, model, max(rounds, 5))
        kb = document_kb(hoso.render(model, template=template, deadlines="ignore"))
        row = {"opinions": items, "document_kb": round(kb, 1), **{f"{k}_ms": round(v, 2) for k, v in found.items()},
               **{f"{k}_ms_per_kb": round(v / kb, 4) for k, v in found.items()}}
        out["curve"].append(row)
        print(f"  {items:5d} opinions, document.xml {kb:7.1f} KB: "
              + ", ".join(f"{k} {v:8.2f} ms ({v / kb * 1000:.1f} µs/KB)" for k, v in found.items()), flush=True)
        if items == 500:
            out["huge"] = row
    return out


def load_and_render(quick: bool) -> dict[str, float]:
    """Target 2: hoso.load of the shipped minutes against the render of the loaded model."""
    model = hoso.load(MINUTES)
    return interleaved({"load": lambda: hoso.load(MINUTES), "render": lambda: hoso.render(model, deadlines="ignore")},
                       30 if quick else 200, warmup=5)


#: A plain script without hoso, as IT staff would write it: safe_load, docxtpl, save, per file.
NAIVE_SCRIPT = r"""
import pickle, sys, time
from pathlib import Path
start = time.perf_counter()
import yaml
from docxtpl import DocxTemplate
template, context_file, out, *paths = sys.argv[1:]
context = pickle.loads(Path(context_file).read_bytes())
from hoso._engine.environment import make_environment  # the shipped template's filters
env = make_environment()
for i, path in enumerate(paths):
    data = yaml.safe_load(Path(path).read_text("utf-8"))
    tpl = DocxTemplate(template)
    tpl.render(context, jinja_env=env, autoescape=True)
    tpl.save(str(Path(out) / f"{i:04d}.docx"))
print(time.perf_counter() - start)
"""

HOSO_SCRIPT = r"""
import sys, time
start = time.perf_counter()
import hoso
out, *paths = sys.argv[1:]
results = hoso.render_many(paths, out, deadlines="ignore")
assert all(r.ok for r in results), [r.error for r in results if not r.ok][:3]
print(time.perf_counter() - start)
"""


def batch(folder: Path, quick: bool) -> dict[str, float]:
    """Target 3: YAML files to .docx files, each side a fresh script (import and preparation count)."""
    count = 100 if quick else 1000
    sources = folder / "yaml"
    sources.mkdir()
    text = MINUTES.read_text("utf-8")
    paths = [sources / f"bb-{i:04d}.yaml" for i in range(count)]
    for path in paths:
        path.write_text(text, "utf-8")
    model = hoso.load(MINUTES)
    context = folder / "context.pickle"
    import pickle

    context.write_bytes(pickle.dumps(dict(model.ngu_canh())))
    kind = next(k for k in hoso.catalog() if k.loai == model.loai)
    template = kind.mau[model.co_quan.he_thong]

    def run(script: str, *args: str) -> float:
        out = folder / f"out-{time.monotonic_ns()}"
        out.mkdir()
        done = subprocess.run([sys.executable, "-c", script, *args, str(out), *map(str, paths)], check=True,
                              capture_output=True, text=True).stdout
        assert len(list(out.iterdir())) == count
        shutil.rmtree(out)
        return float(done.split()[-1])

    ours = [run(HOSO_SCRIPT)]
    naive = run(NAIVE_SCRIPT, str(template), str(context))
    ours.append(run(HOSO_SCRIPT))
    return {"documents": count, "hoso_s": statistics.median(ours), "naive_s": naive}


def pdf(folder: Path, quick: bool) -> dict[str, float] | None:
    """Target 4: one LibreOffice process, one per core, one per file (sampled)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: PDF skipped", file=sys.stderr)
        return None
    count, sample = (20, 3) if quick else (100, 8)
    model = hoso.load(MINUTES)
    docs = [hoso.render(model, folder / "docx" / f"bb-{i:03d}.docx", deadlines="ignore") for i in range(count)]

    def timed(fn: Callable[[], object]) -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    hoso.to_pdf(docs[:2], folder / "warm")  # the kept profiles made, as after any first call
    parallel, single = [], []
    for _ in range(1 if quick else 3):  # interleaved rounds, medians: the machine may be shared
        parallel.append(timed(lambda: hoso.to_pdf(docs, folder / "pdf-n")))
        single.append(timed(lambda: hoso.to_pdf(docs, folder / "pdf-1", workers=1)))
    # One process per file as a user would run it: the same profile every time (made beforehand).
    profile = (folder / "profile-each").as_uri()

    def each_file(doc: Path) -> object:
        return subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                               "--outdir", str(folder / "each"), str(doc)], check=True, capture_output=True)

    each_file(docs[0])
    each = 0.0
    for doc in docs[:sample]:
        start = time.perf_counter()
        each_file(doc)
        each += time.perf_counter() - start
    return {"documents": count, "cores": os.cpu_count() or 1, "parallel_s": statistics.median(parallel),
            "one_process_s": statistics.median(single), "per_file_s": each / sample * count}


COLD_HOSO = r"""
import sys, time
start = time.perf_counter()
import hoso
hoso.render(hoso.load(sys.argv[1]), sys.argv[3], template=sys.argv[2], deadlines="ignore")
print(time.perf_counter() - start)
"""

COLD_DOCXTPL = r"""
import sys, time
start = time.perf_counter()
import json
from pathlib import Path
import yaml
from docxtpl import DocxTemplate
data = yaml.safe_load(Path(sys.argv[1]).read_text("utf-8"))
context = json.loads(Path(sys.argv[4]).read_text("utf-8"))  # what the script computes from data
tpl = DocxTemplate(sys.argv[2])
tpl.render(context, autoescape=True)
tpl.save(sys.argv[3])
print(time.perf_counter() - start)
"""


def fresh_ms(code: str, *args: str) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    return float(done.stdout.split()[-1]) * 1000 if done.stdout.strip() else elapsed * 1000


def cold(folder: Path, quick: bool) -> dict[str, float]:
    """Target 5: ``import hoso``; import + first render against docxtpl's cold equivalent."""
    rounds = 5 if quick else 15
    # Bytecode as after ``pip install`` (which compiles every module; docxtpl's already is): an
    # editable install, or PYTHONDONTWRITEBYTECODE, would otherwise compile hoso from source each run.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(hoso.__file__).parent)], check=True)
    empty, imported = [], []
    for _ in range(rounds):
        empty.append(fresh_ms("pass"))
        imported.append(fresh_ms("import hoso"))
    source = folder / "cold.yaml"
    import yaml

    source.write_text(yaml.safe_dump(fixture.raw(), allow_unicode=True, sort_keys=False), "utf-8")
    template = folder / "cold.docx"
    template.write_bytes(fixture.template("jinja"))
    context = folder / "cold.json"
    context.write_text(json.dumps(fixture.nested(fixture.data()), ensure_ascii=False), "utf-8")
    ours, theirs = [], []
    for _ in range(rounds):
        ours.append(fresh_ms(COLD_HOSO, str(source), str(template), str(folder / "a.docx")))
        theirs.append(fresh_ms(COLD_DOCXTPL, str(source), str(template), str(folder / "b.docx"), str(context)))
    return {"import_ms": statistics.median(imported) - statistics.median(empty),
            "hoso_cold_ms": statistics.median(ours), "docxtpl_cold_ms": statistics.median(theirs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and documents (about a minute)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice part")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, load average {load_average()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp, docxtemplater() as node:
        folder = Path(tmp)
        print("1. large documents (ms per document; µs per KB of document.xml)", flush=True)
        sizes = large(folder, node, args.quick)
        huge = sizes["huge"]
        loaded = load_and_render(args.quick)
        print(f"2. load {loaded['load']:.2f} ms, render {loaded['render']:.2f} ms (shipped minutes)", flush=True)
        batched = batch(folder, args.quick)
        print(f"3. batch of {batched['documents']}: hoso render_many {batched['hoso_s']:.2f} s, plain script "
              f"{batched['naive_s']:.2f} s", flush=True)
        pdfs = None if args.no_pdf else pdf(folder, args.quick)
        if pdfs:
            print(f"4. PDF of {pdfs['documents']}: {pdfs['cores']} processes {pdfs['parallel_s']:.1f} s, one process "
                  f"{pdfs['one_process_s']:.1f} s, one process per file ≈ {pdfs['per_file_s']:.1f} s", flush=True)
        started = cold(folder, args.quick)
        print(f"5. import hoso {started['import_ms']:.0f} ms; import + first render: hoso "
              f"{started['hoso_cold_ms']:.0f} ms, docxtpl {started['docxtpl_cold_ms']:.0f} ms", flush=True)
    print(f"load average at the end {load_average()}")
    other = huge.get("docxtemplater_ms")
    result = {
        "huge_vs_docxtpl": round(huge["docxtpl_ms"] / huge["hoso_ms"], 2),
        "huge_vs_docxtemplater": None if other is None else round(other / huge["hoso_ms"], 2),
        "load_over_render": round(loaded["load"] / loaded["render"], 2),
        "batch_vs_naive": round(batched["naive_s"] / batched["hoso_s"], 1),
        "pdf_parallel_speedup": None if not pdfs else round(pdfs["one_process_s"] / pdfs["parallel_s"], 2),
        "pdf_vs_per_file": None if not pdfs else round(pdfs["per_file_s"] / pdfs["parallel_s"], 1),
        "import_ms": round(started["import_ms"], 1),
        "cold_vs_docxtpl": round(started["hoso_cold_ms"] / started["docxtpl_cold_ms"], 2),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
