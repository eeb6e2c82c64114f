"""Checks across the documents of one social criticism (a folder of YAML files), run by
``check_dossier`` when the folder holds criticism documents:

- one draft throughout: every document names the draft of the first one;
- dates in order: request for the draft, plan, letters and invitations, the conference, the
  criticism document, the reply;
- every recommendation of the criticism document is answered by the replies in the folder (with no
  reply yet, all are open);
- every opinion of the minutes is used in the criticism document or marked as not taken up.

Rules inside one document (the five contents, the fixed order of the minutes) are checked when it
loads; deadlines by ``check_deadlines``.
"""

from __future__ import annotations

from hoso import _text
from hoso._errors import Problem
from hoso._load import Loc, Sourced
from hoso._validate import problem_at
from hoso.models.chung import VanBan
from hoso.models.phan_bien import (
    CongVanDeNghiGuiDuThao,
    CongVanLayYKienPhanBien,
    DuThao,
    GiayMoiPhanBien,
    KeHoachPhanBien,
)
from hoso.models.phan_bien_van_ban import BienBanHoiNghiPhanBien, VanBanPhanBienXaHoi
from hoso.models.tiep_thu import VanBanTiepThuGiaiTrinh

_Loaded = list[tuple[VanBan, Sourced]]

#: Kinds that make a folder a criticism dossier, in the order of the procedure.
KINDS = (CongVanDeNghiGuiDuThao, KeHoachPhanBien, CongVanLayYKienPhanBien, GiayMoiPhanBien, BienBanHoiNghiPhanBien,
         VanBanPhanBienXaHoi)


def is_criticism(loaded: _Loaded) -> bool:
    """Whether the folder holds criticism documents."""
    return any(isinstance(doc, KINDS) for doc, _ in loaded)


def check(loaded: _Loaded) -> list[Problem]:
    """Every problem across the criticism documents in ``loaded``."""
    return _one_draft(loaded) + _in_order(loaded) + _answered(loaded) + _opinions_used(loaded)


def _draft(doc: VanBan) -> tuple[DuThao, Loc] | None:
    """The draft a document is about, and where it is named."""
    if isinstance(doc, KINDS):
        return doc.du_thao, ("du_thao", "ten")
    if isinstance(doc, VanBanTiepThuGiaiTrinh) and doc.phan_bien is not None:
        return doc.phan_bien.du_thao, ("phan_bien",)
    return None


def _one_draft(loaded: _Loaded) -> list[Problem]:
    drafts = [(doc, sourced, found) for doc, sourced in loaded if (found := _draft(doc)) is not None]
    if not drafts:
        return []
    first_doc, _, (reference, _) = drafts[0]
    return [problem_at(sourced, loc, f"dự thảo '{draft.ten}' khác dự thảo của văn bản số {first_doc.ky_hieu} "
                                     f"('{reference.ten}'): một hồ sơ phản biện một dự thảo")
            for _, sourced, (draft, loc) in drafts[1:] if _text.so_sanh(draft.ten) != _text.so_sanh(reference.ten)]


def _in_order(loaded: _Loaded) -> list[Problem]:
    """Each document dated no earlier than the documents of the steps before it."""
    steps: list[tuple[type[VanBan], ...]] = [(CongVanDeNghiGuiDuThao,), (KeHoachPhanBien,),
                                             (CongVanLayYKienPhanBien, GiayMoiPhanBien), (BienBanHoiNghiPhanBien,),
                                             (VanBanPhanBienXaHoi,), (VanBanTiepThuGiaiTrinh,)]

    def step(doc: VanBan) -> int | None:
        if isinstance(doc, VanBanTiepThuGiaiTrinh) and doc.phan_bien is None:
            return None
        return next((i for i, kinds in enumerate(steps) if isinstance(doc, kinds)), None)

    staged = [(doc, sourced, s) for doc, sourced in loaded if (s := step(doc)) is not None]
    problems = []
    for doc, sourced, s in staged:
        earlier = [d for d, _, t in staged if t < s and d.ngay > doc.ngay]
        if earlier:
            last = max(earlier, key=lambda d: d.ngay)
            problems.append(problem_at(sourced, ("ngay",), f"văn bản đề ngày {_text.ngay_so(doc.ngay)}, trước văn "
                                                           f"bản số {last.ky_hieu} ({_text.ngay_so(last.ngay)}) "
                                                           "của bước trước"))
    return problems


def _answered(loaded: _Loaded) -> list[Problem]:
    """Every recommendation of a criticism document has an answer in the replies to it in the folder
    (none yet: every recommendation is open, which is no problem)."""
    problems = []
    for doc, _ in loaded:
        if not isinstance(doc, VanBanPhanBienXaHoi):
            continue
        replies = [(r, s) for r, s in loaded
                   if isinstance(r, VanBanTiepThuGiaiTrinh) and r.phan_bien is not None
                   and r.phan_bien.ky_hieu == doc.ky_hieu]
        answered = {m.so for r, _ in replies for m in r.muc}
        missing = [k.so for k in doc.kien_nghi if k.so not in answered]
        if replies and missing:
            problems.append(problem_at(replies[0][1], ("muc",), f"chưa trả lời kiến nghị số "
                                                                f"{', '.join(map(str, missing))} của văn bản phản biện "
                                                                f"xã hội số {doc.ky_hieu} (Luật MTTQ Điều 36.3)"))
    return problems


def _opinions_used(loaded: _Loaded) -> list[Problem]:
    """Every opinion of the minutes is used in the criticism document or marked as not taken up."""
    documents = [doc for doc, _ in loaded if isinstance(doc, VanBanPhanBienXaHoi)]
    problems = []
    for minutes, sourced in loaded:
        if not isinstance(minutes, BienBanHoiNghiPhanBien):
            continue
        for doc in documents:
            settled = set(doc.y_kien_dung) | set(doc.y_kien_khong_tiep_thu)
            problems += [problem_at(sourced, ("y_kien", i - 1), f"ý kiến số {i} ({y.nguoi_neu}) chưa được dùng "
                                                                f"trong văn bản phản biện xã hội số {doc.ky_hieu}, "
                                                                "cũng chưa ghi là không tiếp thu")
                         for i, y in enumerate(minutes.y_kien, 1) if i not in settled]
    return problems
