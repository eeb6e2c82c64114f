"""hoso: validated data → official Word documents of the Fatherland Front, Party and government.

::

    import hoso
    doc = hoso.load("examples/doi_thoai/bien_ban.yaml")
    hoso.render(doc, "out/bien-ban.docx")

``import hoso`` loads only the errors: each other public name (and ``hoso.models``) imports its
module when first used (PEP 562), so a script pays for the models, Jinja and LibreOffice support
only when it calls them. Type checkers see the names through the imports below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from hoso._errors import DataError, HosoError, OutputError, PdfError, Problem, TemplateError, TemplateProblem

if TYPE_CHECKING:
    from hoso import models as models
    from hoso._api import catalog, load, render, render_invitations
    from hoso._bang_tinh import read_workbook, tong_hop, write_workbook
    from hoso._batch import RenderResult, render_many
    from hoso._cap_huyen import DistrictWarning
    from hoso._catalog import Kind
    from hoso._deadlines import DeadlineWarning, check_deadlines, deadline_rules
    from hoso._dossier import check_dossier
    from hoso._pdf import to_pdf
    from hoso._so_lieu import so_lieu
    from hoso.models.so_lieu import SoLieu

__all__ = [
    "DataError",
    "DeadlineWarning",
    "DistrictWarning",
    "HosoError",
    "Kind",
    "OutputError",
    "PdfError",
    "Problem",
    "RenderResult",
    "SoLieu",
    "TemplateError",
    "TemplateProblem",
    "catalog",
    "check_deadlines",
    "check_dossier",
    "deadline_rules",
    "load",
    "read_workbook",
    "render",
    "render_invitations",
    "render_many",
    "so_lieu",
    "to_pdf",
    "tong_hop",
    "write_workbook",
]

__version__ = "0.1.0"

#: Where each public name not imported above lives.
_LAZY = {
    "catalog": "hoso._api", "load": "hoso._api", "render": "hoso._api", "render_invitations": "hoso._api",
    "read_workbook": "hoso._bang_tinh", "tong_hop": "hoso._bang_tinh", "write_workbook": "hoso._bang_tinh",
    "RenderResult": "hoso._batch", "render_many": "hoso._batch",
    "DistrictWarning": "hoso._cap_huyen",
    "Kind": "hoso._catalog",
    "DeadlineWarning": "hoso._deadlines", "check_deadlines": "hoso._deadlines", "deadline_rules": "hoso._deadlines",
    "check_dossier": "hoso._dossier",
    "to_pdf": "hoso._pdf",
    "so_lieu": "hoso._so_lieu",
    "SoLieu": "hoso.models.so_lieu",
}


def __getattr__(name: str) -> Any:
    if name == "models":
        return importlib.import_module("hoso.models")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hoso' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "models"})
