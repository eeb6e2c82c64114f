"""Time per document, side by side in one run, on the same template and data:

(a) docxtpl, naive: a new ``DocxTemplate`` per document (what its docs and issue #394 advise);
(b) docxtemplater on Node, naive: a new PizZip + Docxtemplater per document; installed with npm
    into a temporary folder (null when npm is absent);
(c) hoso, prepared: ``hoso.render(doc, template=...)``, the template compiled once and cached.

Prints the median ms per document of each, the ratios, and as its last line a JSON object.
Run: ``python benchmarks/bench_render.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from docxtpl import DocxTemplate

import hoso
from hoso.models import BienBanDoiThoai

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fixture

DOCXTEMPLATER = "3.71.0"
PIZZIP = "3.3.0"

NODE_SCRIPT = r"""
const fs = require("fs");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");
const [template, dataFile, rounds, check] = process.argv.slice(2);
const content = fs.readFileSync(template, "binary");
const data = JSON.parse(fs.readFileSync(dataFile, "utf8"));
function one() {
  const zip = new PizZip(content);
  const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" });
}
fs.writeFileSync(check, one());
for (let i = 0; i < 20; i++) one();
const times = [];
for (let i = 0; i < Number(rounds); i++) {
  const t = process.hrtime.bigint();
  one();
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
console.log(JSON.stringify(times));
"""


def median_ms(fn: Callable[[], object], rounds: int, warmup: int = 5) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


@contextlib.contextmanager
def docxtemplater() -> Iterator[Path | None]:
    """A temporary folder with docxtemplater installed by npm and the benchmark script (None
    when npm or node is absent)."""
    if not shutil.which("npm") or not shutil.which("node"):
        print("npm/node not found: docxtemplater skipped", file=sys.stderr)
        yield None
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run([str(shutil.which("npm")), "install", "--silent", "--no-audit", "--no-fund", "--prefix",
                        str(folder), f"docxtemplater@{DOCXTEMPLATER}", f"pizzip@{PIZZIP}"], check=True,
                       capture_output=True)
        (folder / "bench.js").write_text(NODE_SCRIPT, encoding="utf-8")
        yield folder


def docxtemplater_run(folder: Path, template: bytes, model: BienBanDoiThoai, rounds: int) -> float:
    """Median ms per document of docxtemplater in a warm Node process, on ``model``'s data."""
    (folder / "t.docx").write_bytes(template)
    (folder / "data.json").write_text(json.dumps(fixture.flat(model), ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([str(shutil.which("node")), str(folder / "bench.js"), str(folder / "t.docx"),
                          str(folder / "data.json"), str(rounds), str(folder / "check.docx")], check=True,
                         capture_output=True, text=True, cwd=folder).stdout
    _check_same_text(folder / "check.docx", model)
    return float(statistics.median(json.loads(out)))


def docxtemplater_ms(template: bytes, model: BienBanDoiThoai, rounds: int) -> float | None:
    with docxtemplater() as folder:
        return None if folder is None else docxtemplater_run(folder, template, model, rounds)


def _check_same_text(path: Path, model: BienBanDoiThoai) -> None:
    """docxtemplater's output must hold the same opinions as hoso's: else the race is unfair."""
    import docx

    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    missing = [y.noi_dung for y in model.y_kien if y.noi_dung not in text]
    assert not missing, f"docxtemplater output lacks {len(missing)} opinions"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    model = fixture.data()
    jinja_template = fixture.template("jinja")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.docx"
        path.write_bytes(jinja_template)

        def naive_docxtpl() -> bytes:
            tpl = DocxTemplate(str(path))
            tpl.render(model.ngu_canh(), autoescape=True)
            out = io.BytesIO()
            tpl.save(out)
            return out.getvalue()

        def prepared_hoso() -> bytes:
            return hoso.render(model, template=path)

        pages_hint = len(prepared_hoso())
        docxtpl = median_ms(naive_docxtpl, max(30, args.rounds // 5))
        ours = median_ms(prepared_hoso, args.rounds)
    other = docxtemplater_ms(fixture.template("docxtemplater"), model, args.rounds)
    result = {
        "hoso_ms": round(ours, 3),
        "docxtpl_ms": round(docxtpl, 3),
        "docxtemplater_ms": None if other is None else round(other, 3),
        "ratio_docxtpl": round(docxtpl / ours, 2),
        "ratio_docxtemplater": None if other is None else round(other / ours, 2),
    }
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
          f"document {pages_hint} bytes, {fixture.ITEMS} paragraph items, {fixture.ROWS} table rows")
    print(f"(a) docxtpl naive      {docxtpl:8.2f} ms/doc")
    print(f"(b) docxtemplater      {'n/a' if other is None else f'{other:8.2f}'} ms/doc")
    print(f"(c) hoso prepared      {ours:8.2f} ms/doc")
    print(f"docxtpl / hoso = {result['ratio_docxtpl']}x; docxtemplater / hoso = {result['ratio_docxtemplater']}x")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
