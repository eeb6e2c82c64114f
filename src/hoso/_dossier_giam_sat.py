"""Checks across the documents of one supervision (a folder of YAML files), run by ``check_dossier``
when the folder holds supervision documents:

- the same supervision: the plan's number and symbol are cited by the decision, and through it by
  the letter, the minutes, the report and the recommendation letter; the files they cite are the
  folder's own documents;
- dates in order: programme, plan, decision, letter, working meetings (on the plan's schedule),
  report, recommendation letter, replies, follow-up;
- every reply in the folder is counted by the follow-up, every reminder letter recorded in it.

Rules inside one document (members in the decision, recommendations in the report, numbers answered)
are checked when it loads; deadlines by ``check_deadlines``.
"""

from __future__ import annotations

import datetime as dt

from hoso import _text
from hoso._errors import Problem
from hoso._load import Loc, Sourced
from hoso._validate import problem_at
from hoso.models.chung import VanBan
from hoso.models.giam_sat import (
    ChuongTrinhGiamSat,
    CongVanGiamSat,
    KeHoachGiamSat,
    QuyetDinhThanhLapDoanGiamSat,
)
from hoso.models.giam_sat_bien_ban import BienBanGiamSat
from hoso.models.giam_sat_ket_qua import BaoCaoKetQuaGiamSat, KienNghiSauGiamSat
from hoso.models.giam_sat_theo_doi import CongVanDonDocKienNghi, TheoDoiKienNghi
from hoso.models.tiep_thu import VanBanTiepThuGiaiTrinh

_Loaded = list[tuple[VanBan, Sourced]]

#: Kinds that make a folder a supervision dossier.
KINDS = (ChuongTrinhGiamSat, KeHoachGiamSat, QuyetDinhThanhLapDoanGiamSat, CongVanGiamSat, BienBanGiamSat,
         BaoCaoKetQuaGiamSat, KienNghiSauGiamSat, TheoDoiKienNghi, CongVanDonDocKienNghi)


def is_supervision(loaded: _Loaded) -> bool:
    """Whether the folder holds supervision documents."""
    return any(isinstance(doc, KINDS) for doc, _ in loaded)


def check(loaded: _Loaded) -> list[Problem]:
    """Every problem across the supervision documents in ``loaded``."""
    return (_plan_cited(loaded) + _same_files(loaded) + _in_order(loaded) + _replies_followed(loaded)
            + _reminders_followed(loaded))


def _plan_citation(doc: VanBan) -> tuple[str, Loc] | None:
    """The plan a document cites (its text) and where to point when it is wrong."""
    if isinstance(doc, QuyetDinhThanhLapDoanGiamSat):
        return doc.ke_hoach, ("ke_hoach",)
    if isinstance(doc, CongVanGiamSat):
        return doc.ke_hoach.ky_hieu, ("ke_hoach",)
    if isinstance(doc, BienBanGiamSat):
        return doc.quyet_dinh.ke_hoach, ("quyet_dinh",)
    if isinstance(doc, BaoCaoKetQuaGiamSat):
        return doc.quyet_dinh.ke_hoach, ("bien_ban",)
    if isinstance(doc, KienNghiSauGiamSat):
        return doc.bao_cao.quyet_dinh.ke_hoach, ("bao_cao",)
    return None


def _plan_cited(loaded: _Loaded) -> list[Problem]:
    plans = [doc for doc, _ in loaded if isinstance(doc, KeHoachGiamSat)]
    problems = []
    for doc, sourced in loaded:
        cited = _plan_citation(doc)
        if cited is None:
            continue
        text, loc = cited
        for plan in plans:
            if plan.ky_hieu not in text:
                problems.append(problem_at(sourced, loc, f"dẫn kế hoạch '{text}' nhưng kế hoạch trong hồ sơ là số "
                                                         f"{plan.ky_hieu} ngày {_text.ngay_so(plan.ngay)}"))
    return problems


def _cited_files(doc: VanBan) -> list[tuple[VanBan, Loc]]:
    """The documents ``doc`` cites by file, with the field that cites them."""
    if isinstance(doc, CongVanGiamSat):
        return [(doc.ke_hoach, ("ke_hoach",)), (doc.quyet_dinh, ("quyet_dinh",))]
    if isinstance(doc, BienBanGiamSat):
        return [(doc.quyet_dinh, ("quyet_dinh",))]
    if isinstance(doc, BaoCaoKetQuaGiamSat):
        return [(bb, ("bien_ban", i)) for i, bb in enumerate(doc.bien_ban)]
    if isinstance(doc, KienNghiSauGiamSat):
        return [(doc.bao_cao, ("bao_cao",))]
    if isinstance(doc, VanBanTiepThuGiaiTrinh) and doc.kien_nghi is not None:
        return [(doc.kien_nghi, ("kien_nghi",))]
    if isinstance(doc, TheoDoiKienNghi | CongVanDonDocKienNghi):
        return [(doc.kien_nghi, ("kien_nghi",)), *((r, ("tra_loi", i)) for i, r in enumerate(doc.tra_loi))]
    return []


def _same_files(loaded: _Loaded) -> list[Problem]:
    problems = []
    for doc, sourced in loaded:
        for cited, loc in _cited_files(doc):
            same_kind = [d for d, _ in loaded if type(d) is type(cited)]
            if same_kind and all(d.ky_hieu != cited.ky_hieu for d in same_kind):
                problems.append(problem_at(sourced, loc, f"dẫn văn bản số {cited.ky_hieu}, không có trong hồ sơ "
                                                         f"(có: {', '.join(d.ky_hieu for d in same_kind)})"))
    return problems


def _first(loaded: _Loaded, kind: type[VanBan]) -> VanBan | None:
    return next((doc for doc, _ in loaded if isinstance(doc, kind)), None)


def _in_order(loaded: _Loaded) -> list[Problem]:
    """Each document dated after the step before it (and minutes on the plan's schedule)."""
    problems: list[Problem] = []
    plan = _first(loaded, KeHoachGiamSat)
    letter = _first(loaded, CongVanGiamSat)
    report = _first(loaded, BaoCaoKetQuaGiamSat)
    recommendations = _first(loaded, KienNghiSauGiamSat)
    minutes = [doc for doc, _ in loaded if isinstance(doc, BienBanGiamSat)]
    after: dict[type[VanBan], list[tuple[VanBan | None, str]]] = {
        KeHoachGiamSat: [(_first(loaded, ChuongTrinhGiamSat), "chương trình giám sát")],
        QuyetDinhThanhLapDoanGiamSat: [(plan, "kế hoạch giám sát")],
        CongVanGiamSat: [(_first(loaded, QuyetDinhThanhLapDoanGiamSat), "quyết định thành lập đoàn")],
        BienBanGiamSat: [(letter, "công văn gửi kế hoạch")],
        BaoCaoKetQuaGiamSat: [(m, "biên bản") for m in minutes],
        KienNghiSauGiamSat: [(report, "báo cáo kết quả giám sát")],
        VanBanTiepThuGiaiTrinh: [(recommendations, "văn bản kiến nghị")],
        CongVanDonDocKienNghi: [(recommendations, "văn bản kiến nghị")],
        TheoDoiKienNghi: [(recommendations, "văn bản kiến nghị"),
                          *((d, "công văn đôn đốc") for d, _ in loaded if isinstance(d, CongVanDonDocKienNghi))],
    }
    for doc, sourced in loaded:
        for earlier, name in after.get(type(doc), []):
            if earlier is not None and doc.ngay < earlier.ngay:
                problems.append(problem_at(sourced, ("ngay",), f"văn bản đề ngày {_text.ngay_so(doc.ngay)}, trước "
                                                               f"{name} số {earlier.ky_hieu} "
                                                               f"({_text.ngay_so(earlier.ngay)})"))
        if isinstance(doc, BienBanGiamSat) and isinstance(plan, KeHoachGiamSat):
            scheduled: list[dt.date] = [b.ngay for b in plan.lich]
            if doc.ngay not in scheduled:
                days = ", ".join(_text.ngay_so(d) for d in scheduled)
                message = (f"buổi làm việc ngày {_text.ngay_so(doc.ngay)} không có trong lịch của kế hoạch số "
                           f"{plan.ky_hieu} ({days})")
                problems.append(problem_at(sourced, ("ngay",), message))
    return problems


def _replies_followed(loaded: _Loaded) -> list[Problem]:
    follow_ups = [(doc, sourced) for doc, sourced in loaded if isinstance(doc, TheoDoiKienNghi)]
    problems = []
    for reply, _ in loaded:
        if not isinstance(reply, VanBanTiepThuGiaiTrinh) or reply.kien_nghi is None:
            continue
        for doc, sourced in follow_ups:
            if all(r.ky_hieu != reply.ky_hieu for r in doc.tra_loi):
                problems.append(problem_at(sourced, ("tra_loi",), f"văn bản trả lời số {reply.ky_hieu} trong hồ sơ "
                                                                  "chưa được đưa vào theo dõi"))
    return problems


def _reminders_followed(loaded: _Loaded) -> list[Problem]:
    """A reminder letter is recorded in each later follow-up (``don_doc``), with the same numbers."""
    problems = []
    for reminder, _ in loaded:
        if not isinstance(reminder, CongVanDonDocKienNghi):
            continue
        numbers = sorted(k.so for k in reminder.kien_nghi_don_doc if k.so is not None)
        for doc, sourced in loaded:
            if not isinstance(doc, TheoDoiKienNghi) or doc.ngay < reminder.ngay:
                continue
            if not any(reminder.ky_hieu in d.van_ban and sorted(d.so) == numbers for d in doc.don_doc):
                problems.append(problem_at(sourced, ("don_doc",), f"công văn đôn đốc số {reminder.ky_hieu} ngày "
                                                                  f"{_text.ngay_so(reminder.ngay)} (kiến nghị số "
                                                                  f"{', '.join(map(str, numbers))}) chưa được ghi"))
    return problems
