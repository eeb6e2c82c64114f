"""Render every dialogue-minutes example into out/, and to PDF when LibreOffice is installed."""
import shutil
from pathlib import Path

import hoso

out = Path("out")
sources = sorted(Path(__file__).parent.glob("*/bien_ban*.yaml"))
docs = [hoso.render(hoso.load(s), out / f"{s.parent.name}-{s.stem}.docx") for s in sources]
print(*docs, sep="\n")
if shutil.which("soffice"):
    print(*hoso.to_pdf(docs, out), sep="\n")
