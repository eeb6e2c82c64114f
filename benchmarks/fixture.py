"""The benchmark document: minutes of about two pages with a 30-item paragraph loop and a 25-row
table loop, as one Jinja template (docxtpl and hoso) and its docxtemplater twin, plus the data.

Both templates are written by the same code from hoso's layout kit, so they hold the same text,
runs and formatting; only the tag syntax differs.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import yaml

import hoso
from hoso._layout import NHA_NUOC, Chu
from hoso.models import BienBanDoiThoai

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from build_templates import Builder  # noqa: E402

ITEMS, ROWS = 30, 25


def data(items: int = ITEMS) -> BienBanDoiThoai:
    """The example minutes grown to ``items`` answered opinions (30 by default) and 25 attendance
    groups."""
    model = hoso.load(raw(items))
    assert isinstance(model, BienBanDoiThoai)
    return model


def raw(items: int = ITEMS) -> dict[str, Any]:
    """The data of ``data(items)`` as read from YAML."""
    raw: dict[str, Any] = yaml.safe_load((ROOT / "examples/doi_thoai/bien_ban.yaml").read_text("utf-8"))
    answered = [y for y in raw["y_kien"] if y["trang_thai"] == "da_tra_loi"]
    raw["y_kien"] = []
    for i in range(items):
        item = copy.deepcopy(answered[i % len(answered)])
        item["noi_dung"] = f"{item['noi_dung']} (lượt {i + 1})"
        raw["y_kien"].append(item)
    raw["thanh_phan"] = [{"nhom": f"Đại biểu nhóm {i + 1}: thôn, tổ dân phố, chi hội", "so_moi": 10 + i,
                          "so_co_mat": 8 + i} for i in range(ROWS)]
    return raw


def flat(model: BienBanDoiThoai) -> dict[str, Any]:
    """The same data for docxtemplater: every value already formatted as hoso prints it."""
    return {
        "co_quan_chu_quan": model.co_quan.co_quan_chu_quan, "co_quan_ten": model.co_quan.ten,
        "so_ky_hieu": model.so_ky_hieu, "dia_danh_ngay": model.dia_danh_ngay, "trich_yeu": model.trich_yeu,
        "dia_diem": model.dia_diem, "thu_ky": model.thu_ky.ho_ten, "ket_luan": model.ket_luan,
        "thanh_phan": [{"stt": i + 1, "nhom": t.nhom, "so_moi": t.so_moi, "so_co_mat": t.so_co_mat}
                       for i, t in enumerate(model.thanh_phan)],
        "y_kien": [{"stt": y.stt, "nguoi": y.nguoi_neu.ten_goi, "dia_chi": y.nguoi_neu.dia_chi,
                    "linh_vuc": y.linh_vuc.nhan, "noi_dung": y.noi_dung,
                    "nguoi_tra_loi": y.nguoi_tra_loi.ten_goi if y.nguoi_tra_loi else "", "tra_loi": y.tra_loi}
                   for y in model.y_kien],
        "noi_nhan": [{"n": n} for n in model.noi_nhan], "luu": model.luu,
    }


def nested(model: BienBanDoiThoai) -> dict[str, Any]:
    """The same data for docxtpl without hoso: plain dicts and lists shaped as the Jinja template
    reads them (what a script would compute for itself)."""
    f = flat(model)
    return {
        "co_quan": {"co_quan_chu_quan": f["co_quan_chu_quan"], "ten": f["co_quan_ten"]},
        **{k: f[k] for k in ("so_ky_hieu", "dia_danh_ngay", "trich_yeu", "dia_diem", "ket_luan", "luu")},
        "thu_ky": {"ho_ten": f["thu_ky"]}, "thanh_phan": f["thanh_phan"], "noi_nhan": [n["n"] for n in f["noi_nhan"]],
        "y_kien": [{"stt": y["stt"], "nguoi_neu": {"ten_goi": y["nguoi"], "dia_chi": y["dia_chi"]},
                    "linh_vuc": y["linh_vuc"], "noi_dung": y["noi_dung"],
                    "nguoi_tra_loi": {"ten_goi": y["nguoi_tra_loi"]}, "tra_loi": y["tra_loi"]} for y in f["y_kien"]],
    }


def template(syntax: str) -> bytes:
    """The benchmark template in ``jinja`` (docxtpl, hoso) or ``docxtemplater`` syntax."""
    j = syntax == "jinja"

    def v(jinja: str, flat_name: str) -> str:
        return "{{ " + jinja + " }}" if j else "{" + flat_name + "}"

    b = Builder(NHA_NUOC, "benchmark")
    tt = b.tt
    bold = Chu(tt.noi_dung.co, dam=True)
    (name, title), (number, date) = b.table((tt.cot_trai, tt.cot_phai), 2)
    b.para(name, tt.co_quan_chu_quan, v("co_quan.co_quan_chu_quan", "co_quan_chu_quan"))
    b.para(name, tt.co_quan, v("co_quan.ten", "co_quan_ten"))
    for text, chu in tt.tieu_de:
        b.para(title, chu, text)
    b.para(number, tt.so, v("so_ky_hieu", "so_ky_hieu"))
    b.para(date, tt.dia_danh_ngay, v("dia_danh_ngay", "dia_danh_ngay"))
    b.para(b.doc, tt.ten_loai, "BIÊN BẢN")
    b.para(b.doc, tt.trich_yeu, v("trich_yeu", "trich_yeu"))
    b.body(("Địa điểm: ", bold), v("dia_diem", "dia_diem"))
    b.body(("Thành phần tham dự:", bold))
    small = Chu(13)
    rows = b.table((700, 5455, 1600, 1600), 4 if j else 2)
    for cell, text in zip(rows[0], ("STT", "Thành phần", "Số mời", "Có mặt"), strict=True):
        b.para(cell, Chu(13, dam=True), text)
    data_row = rows[2] if j else rows[1]
    if j:
        b.para(rows[1][0], small, "{%tr for t in thanh_phan %}")
        b.para(rows[3][0], small, "{%tr endfor %}")
        for cell in (*rows[1][1:], *rows[3][1:]):
            b.para(cell, small, "")
    cells = (("{{ loop.index }}", "{#thanh_phan}{stt}"), ("{{ t.nhom }}", "{nhom}"),
             ("{{ t.so_moi }}", "{so_moi}"), ("{{ t.so_co_mat }}", "{so_co_mat}{/thanh_phan}"))
    for cell, (jinja, other) in zip(data_row, cells, strict=True):
        b.para(cell, small, jinja if j else other)
    b.body(("Ý kiến của Nhân dân và trả lời:", bold))
    b.tag(b.doc, "{%p for y in y_kien %}" if j else "{#y_kien}")
    b.body((v("y.stt", "stt") + ". " + v("y.nguoi_neu.ten_goi", "nguoi"), bold),
           " (" + v("y.nguoi_neu.dia_chi", "dia_chi") + "), lĩnh vực " + v("y.linh_vuc", "linh_vuc") + ":")
    b.body(v("y.noi_dung", "noi_dung"))
    b.body(("Trả lời (" + v("y.nguoi_tra_loi.ten_goi", "nguoi_tra_loi") + "): ", Chu(tt.noi_dung.co, nghieng=True)),
           v("y.tra_loi", "tra_loi"))
    b.tag(b.doc, "{%p endfor %}" if j else "{/y_kien}")
    b.body(("Kết luận: ", bold), v("ket_luan", "ket_luan"))
    (secretary, chair), = b.table((tt.cot_trai, tt.cot_phai), 1)
    signers = ((secretary, "THƯ KÝ", v("thu_ky.ho_ten", "thu_ky")), (chair, "CHỦ TỌA", "Nguyễn Văn Hùng"))
    for cell, label, name in signers:
        b.para(cell, tt.chuc_danh_ky, label)
        b.para(cell, tt.ghi_chu_ky, "(Ký, ghi rõ họ tên)")
        b.para(cell, tt.ho_ten_ky, name)
    b.para(b.doc, tt.noi_nhan_nhan, "Nơi nhận:")
    b.tag(b.doc, "{%p for n in noi_nhan %}" if j else "{#noi_nhan}")
    b.para(b.doc, tt.noi_nhan_muc, "- " + v("n", "n") + ";")
    b.tag(b.doc, "{%p endfor %}" if j else "{/noi_nhan}")
    b.para(b.doc, tt.noi_nhan_muc, "- Lưu: " + v("luu", "luu") + ".")
    return b.save()
