"""Signer authority is a chain (ND 30 TM. / KT. / Q. / TL. / TUQ.; HD 36 T/M, K/T, T/L): every legal
combination prints as a records clerk expects, every illegal one is a located DataError."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import hoso
from tests.conftest import ROOT
from tests.docx_facts import open_docx

STATE = ROOT / "examples" / "cai_khe" / "giay_moi.nha_nuoc.yaml"  # Ủy ban nhân dân phường
FRONT = ROOT / "examples" / "doi_thoai" / "giay_moi.yaml"  # Ban Thường trực Ủy ban MTTQ xã
PARTY = ROOT / "examples" / "gia_vien" / "giay_moi.dang.yaml"  # Đảng ủy xã


def _with_signer(example: Path, signer: dict[str, str], **co_quan: str) -> dict[str, Any]:
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    data["nguoi_ky"] = {**signer, "ho_ten": "Vũ Đức Long"}
    data["co_quan"].update(co_quan)
    return data


def _signature_lines(data: dict[str, Any]) -> list[str]:
    doc = open_docx(hoso.render(hoso.load(data)))
    return [p.text for p in doc.tables[-1].cell(0, 1).paragraphs if p.text.strip()]


@pytest.mark.parametrize(("example", "signer", "lines"), [
    (STATE, {"tm": "ỦY BAN NHÂN DÂN", "chuc_vu": "CHỦ TỊCH"}, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
    (STATE, {"tm": "ỦY BAN NHÂN DÂN", "kt": "CHỦ TỊCH", "chuc_vu": "PHÓ CHỦ TỊCH"},
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    (STATE, {"tm": "ỦY BAN NHÂN DÂN", "q": "CHỦ TỊCH", "chuc_vu": "PHÓ CHỦ TỊCH"},
     ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    (STATE, {"tm": "ỦY BAN NHÂN DÂN", "tl": "CHỦ TỊCH", "chuc_vu": "CHÁNH VĂN PHÒNG"},
     ["TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
    (STATE, {"tm": "ỦY BAN NHÂN DÂN", "tuq": "CHỦ TỊCH", "chuc_vu": "TRƯỞNG PHÒNG VĂN HÓA - XÃ HỘI"},
     ["TM. ỦY BAN NHÂN DÂN", "TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG VĂN HÓA - XÃ HỘI"]),
    (FRONT, {"tm": "BAN THƯỜNG TRỰC", "chuc_vu": "PHÓ CHỦ TỊCH"}, ["TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH"]),
    (FRONT, {"tm": "BAN THƯỜNG TRỰC", "kt": "CHỦ TỊCH", "chuc_vu": "PHÓ CHỦ TỊCH"},
     ["TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
    (PARTY, {"tm": "BAN THƯỜNG VỤ", "chuc_vu": "PHÓ BÍ THƯ"}, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]),
    (PARTY, {"tl": "BAN THƯỜNG VỤ", "chuc_vu": "CHÁNH VĂN PHÒNG"}, ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"]),
], ids=lambda x: x.parent.name + "/" + x.stem if isinstance(x, Path) else None)
def test_legal_chains_print_top_down(example: Path, signer: dict[str, str], lines: list[str]) -> None:
    assert _signature_lines(_with_signer(example, signer)) == [*lines, "Vũ Đức Long"]


def test_a_head_of_a_body_with_a_head_signs_directly_or_by_deputy() -> None:
    office = {"ten": "VĂN PHÒNG ĐẢNG ỦY", "co_quan_chu_quan": "ĐẢNG ỦY XÃ GIA VIỄN"}
    assert _signature_lines(_with_signer(PARTY, {"kt": "CHÁNH VĂN PHÒNG", "chuc_vu": "PHÓ CHÁNH VĂN PHÒNG"},
                                         **office))[:2] == ["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    assert _signature_lines(_with_signer(PARTY, {"chuc_vu": "CHÁNH VĂN PHÒNG"}, **office))[0] == "CHÁNH VĂN PHÒNG"


@pytest.mark.parametrize(("example", "signer", "path", "says"), [
    # The case: a deputy of a People's Committee signs without TM. above.
    (STATE, {"kt": "CHỦ TỊCH", "chuc_vu": "PHÓ CHỦ TỊCH"}, "nguoi_ky.tm", "chế độ tập thể"),
    (STATE, {"chuc_vu": "CHỦ TỊCH"}, "nguoi_ky.tm", "TM."),
    # KT. for a body without a head: a collective after KT.
    (STATE, {"tm": "ỦY BAN NHÂN DÂN", "kt": "ỦY BAN NHÂN DÂN", "chuc_vu": "PHÓ CHỦ TỊCH"}, "nguoi_ky.kt",
     "không ghi tập thể"),
    (STATE, {"tm": "CHỦ TỊCH", "chuc_vu": "PHÓ CHỦ TỊCH"}, "nguoi_ky.tm", "không ghi chức danh"),
    (STATE, {"tm": "ỦY BAN NHÂN DÂN", "kt": "CHỦ TỊCH", "tl": "CHỦ TỊCH", "chuc_vu": "CHÁNH VĂN PHÒNG"},
     "nguoi_ky.tl", "chỉ ghi một"),
    (STATE, {"tm": "ỦY BAN NHÂN DÂN", "kt": "CHỦ TỊCH", "chuc_vu": "CHỦ TỊCH"}, "nguoi_ky.kt", "chức vụ khác"),
    (PARTY, {"tm": "BAN THƯỜNG VỤ", "kt": "BÍ THƯ", "chuc_vu": "PHÓ BÍ THƯ"}, "nguoi_ky.kt", "không ghi K/T"),
    (PARTY, {"tm": "BAN THƯỜNG VỤ", "q": "BÍ THƯ", "chuc_vu": "PHÓ BÍ THƯ"}, "nguoi_ky.q", "không dùng"),
    (PARTY, {"chuc_vu": "BÍ THƯ"}, "nguoi_ky.tm", "T/M"),
    (FRONT, {"chuc_vu": "CHỦ TỊCH"}, "nguoi_ky.tm", "TM. tập thể"),
])
def test_illegal_chains_are_located_errors(example: Path, signer: dict[str, str], path: str, says: str) -> None:
    text = yaml.safe_dump(_with_signer(example, signer), allow_unicode=True, sort_keys=False)
    with pytest.raises(hoso.DataError) as err:
        hoso.load(text)
    found = [p for p in err.value.problems if p.path == path]
    assert found, [str(p) for p in err.value.problems]
    assert says in found[0].message and found[0].line is not None


def test_the_old_one_line_form_says_what_to_write() -> None:
    data = _with_signer(STATE, {"quyen_han": "tm", "thay_mat": "ỦY BAN NHÂN DÂN", "chuc_vu": "CHỦ TỊCH"})
    with pytest.raises(hoso.DataError) as err:
        hoso.load(data)
    assert any("tm: ỦY BAN NHÂN DÂN" in p.message for p in err.value.problems)
