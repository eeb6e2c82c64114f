"""Render every example under examples/ (sub-folders too) into out/<folder>/, and to PDF when LibreOffice
is installed."""
import shutil
from pathlib import Path

import hoso

here, out = Path(__file__).parent, Path("out")
for folder in sorted({p.parent for p in here.rglob("*.yaml")}):
    docs = [hoso.render(source, out / folder.name / f"{source.stem}.docx") for source in sorted(folder.glob("*.yaml"))]
    print(*docs, sep="\n")
    if docs and shutil.which("soffice"):
        print(*hoso.to_pdf(docs, out / folder.name), sep="\n")
