"""PDF conversion of 20 minutes: ``hoso.to_pdf`` (one LibreOffice process) versus one soffice per file.

Run: ``python benchmarks/bench_pdf.py [--docs N]``; the last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import hoso

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "doi_thoai" / "bien_ban.yaml"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=20)
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed"
    model = hoso.load(EXAMPLE)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docs = [hoso.render(model, folder / "docx" / f"bb-{i:02d}.docx") for i in range(args.docs)]
        start = time.perf_counter()
        hoso.to_pdf(docs, folder / "batched")
        batched = time.perf_counter() - start
        start = time.perf_counter()
        for i, doc in enumerate(docs):
            profile = (folder / f"profile-{i}").as_uri()
            subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", str(folder / "each"), str(doc)], check=True, capture_output=True)
        each = time.perf_counter() - start
    result = {"docs": args.docs, "batched_s": round(batched, 2), "per_file_s": round(each, 2),
              "speedup": round(each / batched, 2)}
    print(f"{args.docs} documents: one process {batched:.1f} s, one process per file {each:.1f} s, "
          f"{result['speedup']}x")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
