"""hoso: validated data → official Word documents of the Fatherland Front, Party and government.

::

    import hoso
    doc = hoso.load("examples/doi_thoai/bien_ban.yaml")
    hoso.render(doc, "out/bien-ban.docx")
"""

from hoso._api import catalog, load, render
from hoso._catalog import Kind
from hoso._errors import DataError, HosoError, Problem, TemplateError, TemplateProblem

__all__ = [
    "DataError",
    "HosoError",
    "Kind",
    "Problem",
    "TemplateError",
    "TemplateProblem",
    "catalog",
    "load",
    "render",
]

__version__ = "0.1.0"
