"""Checks across the documents of one dialogue (a folder of YAML files): one report of every problem.
A supervision folder gets its own checks too (``_dossier_giam_sat``), a criticism folder too
(``_dossier_phan_bien``).

- the documents describe the same event (date and place of the conference);
- their dates come in order (plan, notice and invitations before it; conclusions and report after);
- deadline rules (notice ≥ 7 days before, results ≤ 10 days after, by default);
- the plan and minutes they cite carry the numbers and symbols of the plan and minutes in the folder;
- every opinion is settled at the conference, forwarded, or pending with a deadline: one the
  minutes leave without a deadline is an open item until the conclusions notice assigns one
  (a document that does not load is reported with its own located problems).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from hoso import _dossier_giam_sat, _dossier_phan_bien, _text
from hoso._api import HO_SO_TINH, load_sourced
from hoso._deadlines import QuyTacThoiHan, check_deadlines
from hoso._errors import DataError, Problem, describe_os_error
from hoso._load import Loc, Sourced
from hoso._validate import located, problem_at
from hoso.models.bao_cao import BaoCaoKetQuaDoiThoai
from hoso.models.chung import VanBan
from hoso.models.doi_thoai import (
    BienBanDoiThoai,
    GiayMoiDoiThoai,
    KeHoachDoiThoai,
    ThongBaoDoiThoai,
    ThongBaoKetLuanDoiThoai,
    TrangThai,
)

_Loaded = list[tuple[VanBan, Sourced]]


def check_dossier(folder: str | os.PathLike[str], *,
                  rules: Sequence[QuyTacThoiHan] | str | os.PathLike[str] | None = None) -> list[Problem]:
    """Every problem of the dossier in ``folder``, each with its file, line and field.

    Every file named ``*.yaml``/``*.yml``/``*.json`` is checked, whatever it turns out to be (a
    folder, a FIFO, a symlink loop, junk), except a province profile (``ho_so_tinh*``), which the
    documents that name it read; a folder that cannot be listed is a ``DataError``.
    """
    try:
        files = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in (".yaml", ".yml", ".json")
                       and not p.name.startswith(HO_SO_TINH))
    except OSError as exc:
        raise DataError([Problem("", f"không đọc được thư mục hồ sơ: {describe_os_error(exc)}",
                                 source=str(folder))]) from None
    problems: list[Problem] = []
    loaded: _Loaded = []
    for path in files:
        try:
            loaded.append(load_sourced(path))
        except DataError as exc:
            problems += exc.problems
    for doc, sourced in loaded:
        problems += [located(w.path, w.message, sourced) for w in check_deadlines(doc, rules=rules)]
    problems += _same_event(loaded) + _citations(loaded) + _open_items(loaded)
    if _dossier_giam_sat.is_supervision(loaded):
        problems += _dossier_giam_sat.check(loaded)
    if _dossier_phan_bien.is_criticism(loaded):
        problems += _dossier_phan_bien.check(loaded)
    return sorted(problems, key=lambda p: (p.source or "", p.line or 0, p.column or 0))


def _event(doc: VanBan) -> tuple[dt.date, str, Loc] | None:
    """The conference a document is about: date, place, and where the date is in the data."""
    if isinstance(doc, (KeHoachDoiThoai, ThongBaoDoiThoai, GiayMoiDoiThoai)):
        return doc.hoi_nghi.ngay, doc.hoi_nghi.dia_diem, ("hoi_nghi",)
    if isinstance(doc, BienBanDoiThoai):
        return doc.ngay, doc.dia_diem, ("ngay",)
    if isinstance(doc, ThongBaoKetLuanDoiThoai):
        return doc.bien_ban.ngay, doc.bien_ban.dia_diem, ("bien_ban",)
    return None


def _same_event(loaded: _Loaded) -> list[Problem]:
    events = [(doc, sourced, e) for doc, sourced in loaded if (e := _event(doc)) is not None]
    if not events:
        return []
    reference = next((x for x in events if isinstance(x[0], BienBanDoiThoai)), events[0])
    day, place, _ = reference[2]
    name = Path(reference[1].source or "").name
    problems = []
    for doc, sourced, (d, p, loc) in events:
        if (d, p) != (day, place):
            problems.append(problem_at(sourced, loc, f"hội nghị {_text.ngay_so(d)} tại {p} khác với {name}: "
                                              f"{_text.ngay_so(day)} tại {place}"))
        before = isinstance(doc, (KeHoachDoiThoai, ThongBaoDoiThoai, GiayMoiDoiThoai))
        if before and doc.ngay > day:
            problems.append(problem_at(sourced, ("ngay",), f"văn bản đề ngày {_text.ngay_so(doc.ngay)}, sau hội nghị "
                                                    f"({_text.ngay_so(day)}); cần ban hành trước hội nghị"))
    for doc, sourced in loaded:
        after = isinstance(doc, (ThongBaoKetLuanDoiThoai, BaoCaoKetQuaDoiThoai))
        if after and doc.ngay < day:
            problems.append(problem_at(sourced, ("ngay",), f"văn bản đề ngày {_text.ngay_so(doc.ngay)}, trước hội nghị "
                                                    f"({_text.ngay_so(day)})"))
    plans = [(doc, sourced) for doc, sourced in loaded if isinstance(doc, KeHoachDoiThoai)]
    for doc, sourced in loaded:
        for plan, _ in plans:
            if isinstance(doc, (ThongBaoDoiThoai, GiayMoiDoiThoai)) and doc.ngay < plan.ngay:
                message = (f"văn bản đề ngày {_text.ngay_so(doc.ngay)}, trước kế hoạch số {plan.ky_hieu} "
                           f"({_text.ngay_so(plan.ngay)})")
                problems.append(problem_at(sourced, ("ngay",), message))
    return problems


def _citations(loaded: _Loaded) -> list[Problem]:
    problems = []
    plans = [doc for doc, _ in loaded if isinstance(doc, KeHoachDoiThoai)]
    for doc, sourced in loaded:
        cited = getattr(doc, "ke_hoach", None)
        if isinstance(doc, KeHoachDoiThoai) or not isinstance(cited, str):
            continue
        for plan in plans:
            if plan.ky_hieu not in cited:
                problems.append(problem_at(sourced, ("ke_hoach",), f"dẫn '{cited}' nhưng kế hoạch trong hồ sơ là "
                                                            f"số {plan.ky_hieu} ngày {_text.ngay_so(plan.ngay)}"))
    minutes = [doc for doc, _ in loaded if isinstance(doc, BienBanDoiThoai)]
    for doc, sourced in loaded:
        cited_minutes = [doc.bien_ban] if isinstance(doc, ThongBaoKetLuanDoiThoai) else (
            list(doc.bien_ban) if isinstance(doc, BaoCaoKetQuaDoiThoai) else [])
        for bb in cited_minutes:
            if minutes and all(bb.ky_hieu != m.ky_hieu for m in minutes):
                message = (f"dẫn biên bản số {bb.ky_hieu}, không có trong hồ sơ "
                           f"(có: {', '.join(m.ky_hieu for m in minutes)})")
                problems.append(problem_at(sourced, ("bien_ban",), message))
        if isinstance(doc, ThongBaoKetLuanDoiThoai):
            for i, task in enumerate(doc.phan_cong):
                if task.han is None:
                    problems.append(problem_at(sourced, ("phan_cong", i, "han"),
                                        f"nhiệm vụ giao {task.don_vi} chưa có thời hạn giải quyết"))
    return problems


def _open_items(loaded: _Loaded) -> list[Problem]:
    """Opinions to answer later with no deadline: reported on the conclusions notice that should
    assign it, or on the minutes when no notice in the folder cites them."""
    problems = []
    notices = [(doc, sourced) for doc, sourced in loaded if isinstance(doc, ThongBaoKetLuanDoiThoai)]
    for notice, sourced in notices:
        problems += [problem_at(sourced, ("bien_ban",),
                                f"ý kiến số {y.stt} ({y.nguoi_neu.ten_goi}) trả lời sau nhưng chưa có hạn: "
                                f"giao hạn trong thông báo này (han_tra_loi: [{{y_kien: {y.stt}, han: …}}])")
                     for y in notice.chua_co_han]
    for doc, sourced in loaded:
        if not isinstance(doc, BienBanDoiThoai) or any(n.bien_ban == doc for n, _ in notices):
            continue
        problems += [problem_at(sourced, ("y_kien", i, "han_tra_loi"),
                                f"ý kiến số {y.stt} ({y.nguoi_neu.ten_goi}) trả lời sau nhưng chưa có hạn: ghi "
                                "han_tra_loi ở đây hoặc giao hạn trong thông báo kết luận của hội nghị")
                     for i, y in enumerate(doc.y_kien)
                     if y.trang_thai is TrangThai.tra_loi_sau and y.han_tra_loi is None]
    return problems
