"""Render every dialogue-minutes example into out/, and to PDF when LibreOffice is installed."""
import shutil
import subprocess
from pathlib import Path

import hoso

out = Path("out")
for source in sorted(Path(__file__).parent.glob("doi_thoai/bien_ban*.yaml")):
    docx = hoso.render(hoso.load(source), out / f"{source.stem}.docx")
    print(docx)
    if soffice := shutil.which("soffice"):
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                       check=True, capture_output=True)
