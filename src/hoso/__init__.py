"""hoso: validated data → official Word documents of the Fatherland Front, Party and government.

::

    import hoso
    doc = hoso.load("examples/doi_thoai/bien_ban.yaml")
    hoso.render(doc, "out/bien-ban.docx")
"""

from hoso._api import catalog, load, render, render_invitations
from hoso._bang_tinh import read_workbook, tong_hop, write_workbook
from hoso._batch import RenderResult, render_many
from hoso._cap_huyen import DistrictWarning
from hoso._catalog import Kind
from hoso._deadlines import DeadlineWarning, check_deadlines, deadline_rules
from hoso._dossier import check_dossier
from hoso._errors import DataError, HosoError, OutputError, PdfError, Problem, TemplateError, TemplateProblem
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
