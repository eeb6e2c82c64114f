"""Charts in a document: drawn with matplotlib (an optional extra, imported only here, only when a
chart is drawn) and put in place of their marker paragraph after rendering.

A model that has charts returns them from ``bieu_do()`` (a marker, the figures to draw); its
template prints the marker alone in a paragraph (``{{ hinh.y_kien_linh_vuc }}``), which becomes the
picture. The charts print in black and white: grey bars, each with its own hatching, the figure at
the end of each bar, in Liberation Serif (metrically Times New Roman). The picture's alternative
text and the PNG's ``Description`` hold the figures it shows.
"""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from hoso._engine import package
from hoso._errors import HosoError
from hoso.models.chung import BieuDo

#: Widest chart (mm): within the text width of every system's page.
RONG_MM = 150.0
#: Height of one bar's row and of the margins around the bars (mm).
HANG_MM, LE_MM = 9.0, 22.0
_DPI = 200
_HATCHES = ("", "//", "..", "xx", "\\\\", "--", "++", "oo", "||", "**")
_GREYS = ("0.55", "0.85", "0.7", "1.0")
_FONTS = ["Times New Roman", "Liberation Serif", "DejaVu Serif"]
#: matplotlib's settings are global: one chart at a time, whatever the threads.
_DRAWING = threading.Lock()


def draw(chart: BieuDo) -> bytes:
    """The chart as a PNG (deterministic: no timestamps, no software name); a ``HosoError`` saying
    how to install matplotlib when it is missing."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise HosoError("Văn bản có biểu đồ cần thư viện matplotlib; hãy cài: pip install 'hoso[bieudo]' "
                        "(hoặc ghi bieu_do: false để in văn bản không có biểu đồ)") from None
    return png(chart)


@lru_cache(maxsize=16)
def png(chart: BieuDo) -> bytes:
    """The PNG of ``chart``, drawn once per figures."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    inch = 25.4
    rows = len(chart.nhan)
    with _DRAWING, rc_context({"font.family": "serif", "font.serif": _FONTS, "font.size": 11, "hatch.linewidth": 0.6}):
        figure = Figure(figsize=(RONG_MM / inch, (LE_MM + HANG_MM * rows) / inch), dpi=_DPI)
        FigureCanvasAgg(figure)
        axes = figure.add_subplot()
        positions = list(range(rows))[::-1]
        bars = axes.barh(positions, chart.so, color=[_GREYS[i % len(_GREYS)] for i in range(rows)],
                         edgecolor="black", linewidth=0.8, height=0.6)
        for i, bar in enumerate(bars):
            bar.set_hatch(_HATCHES[i % len(_HATCHES)])
        axes.bar_label(bars, labels=[str(n) for n in chart.so], padding=3)
        axes.set_yticks(positions, labels=list(chart.nhan))
        axes.set_xlim(0, max([*chart.so, 1]) * 1.15)
        axes.xaxis.set_visible(False)
        for side in ("top", "right", "bottom"):
            axes.spines[side].set_visible(False)
        axes.set_title(chart.tieu_de, fontweight="bold")
        figure.tight_layout()
        out = io.BytesIO()
        figure.savefig(out, format="png", metadata={"Software": None, "Title": chart.tieu_de,
                                                    "Description": chart.mo_ta})
    return out.getvalue()


def place(docx: bytes, charts: Sequence[BieuDo]) -> bytes:
    """``docx`` with each chart's marker paragraph replaced by the chart's picture (the charts whose
    marker the template did not print are not drawn)."""
    from docx import Document
    from docx.shared import Mm

    document = Document(io.BytesIO(docx))
    for chart in charts:
        for paragraph in document.paragraphs:
            if paragraph.text.strip() != chart.marker:
                continue
            for run in paragraph.runs[1:]:
                run._r.getparent().remove(run._r)
            run = paragraph.runs[0]
            run.text = ""
            picture = run.add_picture(io.BytesIO(draw(chart)), width=Mm(RONG_MM))
            _describe(picture, chart)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        return package.pack((info.filename, archive.read(info)) for info in archive.infolist())


def _describe(picture: Any, chart: BieuDo) -> None:
    """The picture's alternative text: what it shows, with every figure."""
    doc_pr = picture._inline.docPr
    doc_pr.set("descr", chart.mo_ta)
    doc_pr.set("title", chart.tieu_de)
