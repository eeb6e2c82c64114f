"""PDF through LibreOffice: many documents in one headless process, not one process per file."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from hoso._errors import PdfError

#: Names LibreOffice's binary has on Debian, Ubuntu and the upstream packages.
_BINARIES = ("soffice", "libreoffice")


def to_pdf(paths: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
           timeout: float = 600) -> list[Path]:
    """Convert .docx files to PDF in ``out_dir`` with one LibreOffice process; the PDFs in order.

    Each PDF is moved into place only when complete; an existing PDF of a file that fails
    stays as it was. Raises ``PdfError`` when LibreOffice is missing, or naming every file
    that did not convert (the others are still written).
    """
    sources = [Path(p).resolve() for p in paths]
    if not sources:
        return []
    binary = next((found for name in _BINARIES if (found := shutil.which(name))), None)
    if binary is None:
        raise PdfError("Không tìm thấy LibreOffice (lệnh soffice); hãy cài gói libreoffice-writer "
                       "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui)")
    missing = [str(p) for p in sources if not p.is_file()]
    if missing:
        raise PdfError(f"Không tìm thấy tệp cần chuyển: {', '.join(missing)}", missing)
    stems = [p.stem for p in sources]
    twins = sorted({s for s in stems if stems.count(s) > 1})
    if twins:
        raise PdfError(f"Nhiều tệp cùng tên {', '.join(twins)}: PDF của chúng sẽ đè lên nhau",
                       [str(p) for p in sources if p.stem in twins])
    target = Path(out_dir).resolve()
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".hoso-pdf-", dir=target) as tmp:
        work = Path(tmp)
        command = [binary, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                   "--convert-to", "pdf", "--outdir", str(work / "pdf"), *map(str, sources)]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False,
                           stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise PdfError(f"LibreOffice chưa xong sau {timeout:g} giây", [str(p) for p in sources]) from None
        written: list[Path] = []
        failed: list[str] = []
        for source in sources:
            pdf = work / "pdf" / f"{source.stem}.pdf"
            if pdf.is_file() and pdf.stat().st_size > 0:
                os.replace(pdf, target / pdf.name)
                written.append(target / pdf.name)
            else:
                failed.append(str(source))
    if failed:
        raise PdfError(f"LibreOffice không chuyển được sang PDF: {', '.join(failed)}", failed)
    return written
