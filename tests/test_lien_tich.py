"""Joint documents (văn bản liên tịch, issue 8 point 1): which kinds may be joint, the checks on
co-issuing bodies, and what a clerk sees in the rendered plan, notice and minutes."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

import hoso
from tests.docx_facts import full_text, open_docx

ROOT = Path(__file__).resolve().parents[1]
JOINT = ROOT / "examples" / "lien_tich"
MTTQ = {"he_thong": "mat_tran", "co_quan_chu_quan": "ỦY BAN MTTQ VIỆT NAM\nXÃ AN ẤP", "ten": "BAN THƯỜNG TRỰC",
        "ky_hieu": "MTTQ", "cap": "xa", "ten_goi": "Ban Thường trực Ủy ban MTTQ Việt Nam xã An Ấp"}
MTTQ_KY = {"tm": "BAN THƯỜNG TRỰC", "chuc_vu": "CHỦ TỊCH", "ho_ten": "Đỗ Văn Tuấn"}


def _data(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "examples" / name).read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(("example", "so", "bodies"), [
    ("ke_hoach.yaml", "Số: 15/KH-UBND-MTTQ", ["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "BAN THƯỜNG TRỰC"]),
    ("ke_hoach.dang.yaml", "Số 05-KH/ĐU-UBND", ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ AN ẤP", "ỦY BAN NHÂN DÂN"]),
    ("ke_hoach.mat_tran.yaml", "Số: 12/KH-MTTQ-HĐND-UBND",
     ["ỦY BAN MTTQ VIỆT NAM", "BAN THƯỜNG TRỰC", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN NHÂN DÂN"]),
])
def test_joint_plan_in_the_pdf(example: str, so: str, bodies: list[str], pdfs: dict[Path, Path]) -> None:
    """What LibreOffice prints: every body in the header cell, the leading one first, above the
    joined number; on the last page one signature per body, the leading body's on the right."""
    pdf = pdfs[JOINT / example]
    first = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                           check=True, capture_output=True, text=True).stdout
    header = first[:first.index("Số")]
    positions = [header.find(name) for name in bodies]
    assert -1 not in positions and positions == sorted(positions), (bodies, header)
    # A long joined symbol may wrap after a hyphen in the narrow header cell.
    raw = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    assert so in raw or re.sub(r"[-\s]", "", so) in re.sub(r"[-\s]", "", raw), so  # pdftotext drops a line-end "-"
    last = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout.split("\f")[-2]
    model = hoso.load(JOINT / example)
    signature_line = [line for line in last.splitlines() if model.nguoi_ky.ho_ten in line][-1]
    co_signer = model.dong_ban_hanh[0].nguoi_ky.ho_ten
    assert co_signer in signature_line  # the leading body and the first co-issuer side by side
    assert signature_line.index(co_signer) < signature_line.index(model.nguoi_ky.ho_ten)  # leading: right
    for d in model.dong_ban_hanh:
        authority = d.nguoi_ky.dong_quyen_han(d.co_quan.he_thong)[0]
        assert d.nguoi_ky.ho_ten in last and " ".join(authority.split()[:3]) in last  # may wrap in its cell
    assert "Nơi nhận" in last.split(model.nguoi_ky.ho_ten)[-1]


def test_joint_notice_says_who_gives_notice() -> None:
    data = _data("doi_thoai/thong_bao.yaml")
    data["dong_ban_hanh"] = [{"co_quan": MTTQ, "nguoi_ky": MTTQ_KY}]
    doc = open_docx(hoso.render(hoso.load(data)))
    text = full_text(doc)
    assert "Ủy ban nhân dân xã An Ấp và Ban Thường trực Ủy ban MTTQ Việt Nam xã An Ấp thông báo" in text
    assert re.search(r"Số: \d+/TB-UBND-MTTQ", text)
    assert "TM. BAN THƯỜNG TRỰC" in text and "Đỗ Văn Tuấn" in text


def test_minutes_name_the_organising_bodies() -> None:
    data = _data("doi_thoai/bien_ban.yaml")
    data["co_quan_to_chuc"] = ["Đảng ủy xã An Ấp", "Ủy ban nhân dân xã An Ấp", "Ủy ban MTTQ Việt Nam xã An Ấp"]
    text = full_text(open_docx(hoso.render(hoso.load(data))))
    assert ("Cơ quan tổ chức: Đảng ủy xã An Ấp, Ủy ban nhân dân xã An Ấp và Ủy ban MTTQ Việt Nam xã An Ấp."
            in text)


def test_the_conclusions_notice_names_the_organising_bodies() -> None:
    """The shipped Gia Viễn minutes name three organisers; the notice citing them says who held it."""
    text = full_text(open_docx(hoso.render(hoso.load(ROOT / "examples" / "gia_vien" / "thong_bao_ket_luan.dang.yaml"))))
    assert ("hội nghị đối thoại do Đảng ủy xã Gia Viễn, Ủy ban nhân dân xã Gia Viễn và Ủy ban MTTQ Việt Nam xã "
            "Gia Viễn tổ chức theo Kế hoạch số 52-KH/ĐU") in text
    plain = full_text(open_docx(hoso.render(hoso.load(ROOT / "examples" / "doi_thoai" / "thong_bao_ket_luan.yaml"))))
    assert "hội nghị đối thoại được tổ chức theo" in plain


@pytest.mark.parametrize("example", ["doi_thoai/giay_moi.yaml", "doi_thoai/bien_ban.yaml"])
def test_kinds_that_are_not_joint_refuse_co_issuers(example: str) -> None:
    """Invitations are sent by one body; minutes are signed by the chair and the secretary."""
    data = _data(example)
    data["dong_ban_hanh"] = [{"co_quan": MTTQ, "nguoi_ky": MTTQ_KY}]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    with pytest.raises(hoso.DataError) as err:
        hoso.load(text)
    (problem,) = err.value.problems
    assert problem.path == "dong_ban_hanh" and problem.line is not None
    assert "không ban hành liên tịch" in problem.message
    assert "ke_hoach_doi_thoai" in problem.message and "thong_bao_doi_thoai" in problem.message


def test_co_issuers_are_checked_all_at_once() -> None:
    data = _data("lien_tich/ke_hoach.yaml")
    lead = dict(data["co_quan"])
    data["dong_ban_hanh"] = [
        {"co_quan": lead, "nguoi_ky": {"tm": "ỦY BAN NHÂN DÂN", "chuc_vu": "CHỦ TỊCH", "ho_ten": "A"}},
        {"co_quan": {**MTTQ, "cap": "tinh"}, "nguoi_ky": MTTQ_KY},
        {"co_quan": {**MTTQ, "ten": "BAN CHẤP HÀNH", "ky_hieu": "HND"}, "nguoi_ky": MTTQ_KY},
    ]
    with pytest.raises(hoso.DataError) as err:
        hoso.load(data)
    found = {p.path: p.message for p in err.value.problems}
    assert "cơ quan chủ trì" in found["dong_ban_hanh[0].co_quan.ten"]
    assert "cùng cấp" in found["dong_ban_hanh[1].co_quan.cap"]
    assert "nhiều nhất 3 cơ quan" in found["dong_ban_hanh[2]"]


def test_each_co_issuer_signs_with_a_chain_its_system_allows() -> None:
    data = _data("lien_tich/ke_hoach.yaml")
    data["dong_ban_hanh"][0]["nguoi_ky"] = {"chuc_vu": "CHỦ TỊCH", "ho_ten": "Đỗ Văn Tuấn"}
    with pytest.raises(hoso.DataError) as err:
        hoso.load(data)
    (problem,) = err.value.problems
    assert problem.path == "dong_ban_hanh[0].nguoi_ky.tm" and "TM." in problem.message


def test_json_schema_describes_co_issuers_in_vietnamese() -> None:
    schema = hoso.models.KeHoachDoiThoai.model_json_schema()
    assert "liên tịch" in schema["properties"]["dong_ban_hanh"]["description"]
    for name, field in schema["$defs"]["DongBanHanh"]["properties"].items():
        assert field.get("description"), name
    minutes = hoso.models.BienBanDoiThoai.model_json_schema()
    assert "tổ chức" in minutes["properties"]["co_quan_to_chuc"]["description"]
