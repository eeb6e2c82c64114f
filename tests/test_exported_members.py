"""The public API is exactly this; anything else is private."""

import hoso
import hoso.models


def test_public_api_is_pinned() -> None:
    assert hoso.__all__ == [
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
    for name in hoso.__all__:
        assert getattr(hoso, name).__module__.startswith("hoso."), name


def test_error_hierarchy() -> None:
    assert issubclass(hoso.DataError, hoso.HosoError)
    assert issubclass(hoso.TemplateError, hoso.HosoError)
    assert issubclass(hoso.PdfError, hoso.HosoError)
    assert issubclass(hoso.OutputError, hoso.HosoError)
    assert not issubclass(hoso.DataError, hoso.TemplateError)


def test_models_are_importable_and_export_json_schema() -> None:
    schema = hoso.models.BienBanDoiThoai.model_json_schema()
    assert schema["additionalProperties"] is False
    assert {"co_quan", "y_kien", "chu_tri", "thu_ky", "ket_luan"} <= set(schema["properties"])
    assert "ket_luan" in schema["required"]
