"""The register: the figures of a period counted from every dossier under a folder, or under several
folders and files (``hoso.so_lieu``).

Every data file under them is loaded and validated; any problem in any file stops the count
and is reported with the others (file, line, field). Files that are not data (the rendered .docx,
the signed PDF) are listed, not counted. What is counted, and when:

- dialogue: each set of minutes dated in the period is a conference; its attendance (exact counts
  summed, approximate ones kept apart), its opinions by status and by field; an opinion to answer
  later is overdue when its deadline (the minutes' or the conclusions notice's) passed by the end
  of the period with no written answer citing the minutes filed by that deadline;
- supervision: each plan whose first working session falls in the period, and each letter after a
  study of documents dated in it; led when the Front committee leads it, taken part in when a
  socio-political organisation leads it or the Front joins a competent body's supervision;
  recommendations of each letter dated in the period, with their status at the end of the period
  (the latest follow-up, else the replies filed, else unanswered);
- social criticism: each criticism document dated in the period (one draft), by form; its
  recommendations accepted, explained, declined or unanswered by the replies filed;
- comments: each comments document dated in the period, its comments, and the answers of the
  replies that cite it.

Replies and follow-ups dated after the period are not yet known at its end and are not used.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hoso import _text
from hoso._api import Citations, Source, load_profile, load_sourced
from hoso._errors import DataError, Problem, describe_os_error
from hoso._load import Loc, Sourced, dotted
from hoso._validate import problem_at
from hoso.models.chung import VanBan
from hoso.models.doi_thoai import BienBanDoiThoai, ThongBaoKetLuanDoiThoai, TrangThai, YKien
from hoso.models.giam_sat import ChuThe, HinhThucGiamSat, KeHoachGiamSat
from hoso.models.giam_sat_ket_qua import KienNghiSauGiamSat
from hoso.models.giam_sat_theo_doi import TheoDoiKienNghi, TinhTrang, trang_thai_tu_ket_qua
from hoso.models.gop_y import VanBanGopY
from hoso.models.ho_so_tinh import HoSoTinh
from hoso.models.nghien_cuu_van_ban import KienNghiSauNghienCuuVanBan
from hoso.models.phan_bien import HinhThucPhanBien
from hoso.models.phan_bien_van_ban import VanBanPhanBienXaHoi
from hoso.models.so_lieu import KHONG_RO, Bang, ConSo, Cot, Dong, MoKienNghi, Nguon, SoLieu
from hoso.models.tiep_thu import KetQua, VanBanTiepThuGiaiTrinh

_Loaded = list[tuple[VanBan, Sourced]]
_DATA = (".yaml", ".yml", ".json")


#: Where the dossiers of a period are: a folder, or several folders and files.
HoSo = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


def so_lieu(ho_so: HoSo, *, tu_ngay: dt.date, den_ngay: dt.date,
            ho_so_tinh: Source | HoSoTinh | None = None) -> SoLieu:
    """The figures of the period ``tu_ngay``–``den_ngay`` (both included) counted from every dossier
    under ``ho_so``: a folder (and its sub-folders), or a list of folders and files (a commune's
    dossiers kept in several places).

    ``ho_so_tinh`` is the province profile whose own fields of opinion the documents may use (as
    for ``hoso.load``); a profile file kept in the folder is listed in ``bo_qua``, like a report
    filed in the folder it counts and the files that are not data (.docx, .pdf).

    Raises ``DataError`` listing every problem of every file (file, line, field) when any file does
    not load, when a folder cannot be read, or when the same document is filed twice.
    """
    roots = [Path(ho_so)] if isinstance(ho_so, str | os.PathLike) else [Path(p) for p in ho_so]
    with _counting(roots):
        return _so_lieu(roots, tu_ngay, den_ngay, load_profile(ho_so_tinh))


def _so_lieu(roots: list[Path], tu_ngay: dt.date, den_ngay: dt.date, profile: HoSoTinh | None) -> SoLieu:
    problems: list[Problem] = [Problem(name, f"cần một ngày (datetime.date), không phải {value!r}")
                               for name, value in (("tu_ngay", tu_ngay), ("den_ngay", den_ngay))
                               if not isinstance(value, dt.date) or isinstance(value, dt.datetime)]
    if problems:
        raise DataError(problems)
    if den_ngay < tu_ngay:
        problems.append(Problem("den_ngay", f"đến ngày ({_text.ngay_so(den_ngay)}) trước từ ngày "
                                            f"({_text.ngay_so(tu_ngay)})"))
    data_files: list[Path] = []
    skipped: list[Path] = []
    if not roots:
        problems.append(Problem("ho_so", "cần ít nhất một thư mục hoặc tệp hồ sơ"))
    for path in (found for root in roots for found in _files(root, problems)):
        (data_files if path.suffix.lower() in _DATA else skipped).append(path)
    if roots and not data_files and not problems:
        problems.append(Problem("", "không có tệp dữ liệu hồ sơ (.yaml, .yml, .json)",
                                source=", ".join(map(str, roots))))
    loaded: _Loaded = []
    for path in data_files:
        try:
            loaded.append(_load(path, profile))
        except DataError as exc:
            if _is_profile(path, exc):  # a province profile kept with the dossiers: not a document
                skipped.append(path)
            else:
                problems += exc.problems
        except ReportInFolder:  # a report counting this very folder: not a dossier document
            skipped.append(path)
    problems += _filed_twice(loaded)
    if problems:
        raise DataError(sorted(problems, key=lambda p: (p.source or "", p.line or 0, p.column or 0)))
    count = _Count(loaded, tu_ngay, den_ngay)
    return SoLieu(don_vi="; ".join(os.path.normpath(root) for root in roots), tu_ngay=tu_ngay, den_ngay=den_ngay,
                  bang=count.tables(),
                  mo_kien_nghi=tuple(count.open), bo_qua=tuple(map(str, skipped)))


class ReportInFolder(Exception):
    """Raised by the loader for a report, filed in the folder being counted, that counts the folder."""


_ACTIVE = threading.local()


@contextmanager
def _counting(roots: list[Path]) -> Iterator[None]:
    """While ``roots`` are being counted on this thread (a report filed in them is skipped, not loaded)."""
    folders: set[str] = _ACTIVE.__dict__.setdefault("folders", set())
    keys = {os.path.realpath(root) for root in roots} - folders
    folders |= keys
    try:
        yield
    finally:
        folders -= keys


def counting(paths: list[Path]) -> bool:
    """Whether any of ``paths`` is being counted on this thread."""
    active = _ACTIVE.__dict__.get("folders", set())
    return any(os.path.realpath(path) in active for path in paths)


#: Most documents kept read between counts (a province's many communes, counted again and again).
MAX_CACHED = 4096
_Stamp = tuple[int, int, int] | None


@dataclass(frozen=True, slots=True)
class _Read:
    #: Every file the document was read from (itself and the files it cites), as it was then.
    stamps: tuple[tuple[str, _Stamp], ...]
    doc: VanBan
    sourced: Sourced


_READ: OrderedDict[str, _Read] = OrderedDict()
_LOCK = threading.Lock()


def _stamp(path: str) -> _Stamp:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


def _load(path: Path, profile: HoSoTinh | None) -> tuple[VanBan, Sourced]:
    """``load_sourced(path)``, read again only when it or a file it cites changed since."""
    key = f"{os.path.realpath(path)}\0{path}\0{profile.model_dump_json() if profile else ''}"
    with _LOCK:
        hit = _READ.get(key)
    if hit is not None and all(_stamp(p) == s for p, s in hit.stamps):
        return hit.doc, hit.sourced
    before = _stamp(os.path.realpath(path))
    citations = Citations(profile)
    doc, sourced = load_sourced(path, citations)
    if not type(doc).HO_SO:  # a report's figures depend on a whole folder: never kept
        stamps = ((os.path.realpath(path), before), *((p, _stamp(p)) for p in citations.loaded))
        with _LOCK:
            _READ[key] = _Read(stamps, doc, sourced)
            _READ.move_to_end(key)
            while len(_READ) > MAX_CACHED:
                _READ.popitem(last=False)
    return doc, sourced


def _is_profile(path: Path, refused: DataError) -> bool:
    """Whether a file refused for having no ``loai`` is a province profile (``ho_so_tinh``)."""
    if [p.path for p in refused.problems] != ["loai"] or not refused.problems[0].message.startswith("thiếu"):
        return False
    try:
        load_profile(path)
    except DataError:
        return False
    return True


def _files(folder: Path, problems: list[Problem]) -> Iterator[Path]:
    """Every file under ``folder`` in name order, hidden ones (``.git``, ``.~lock``) aside, or
    ``folder`` itself when it is a file; a folder that cannot be listed is a problem."""
    if folder.is_file():
        yield folder
        return
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        problems.append(Problem("", f"không đọc được thư mục hồ sơ: {describe_os_error(exc)}", source=str(folder)))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _files(entry, problems)
        else:
            yield entry


def _filed_twice(loaded: _Loaded) -> list[Problem]:
    """The same numbered document in two files would be counted twice."""
    seen: dict[tuple[str, str, str, dt.date], str] = {}
    problems = []
    for doc, sourced in loaded:
        if doc.so is None:
            continue
        key = (doc.loai, " ".join(doc.co_quan.ten.split()), doc.ky_hieu, doc.ngay)
        first = seen.setdefault(key, sourced.source or "")
        if first != sourced.source:
            problems.append(problem_at(sourced, ("so",), f"văn bản số {doc.ky_hieu} ngày {_text.ngay_so(doc.ngay)} "
                                                         f"đã có trong {first}: mỗi văn bản chỉ lưu một tệp, "
                                                         "nếu không sẽ bị đếm hai lần"))
    return problems


def _nguon(sourced: Sourced, loc: Loc) -> Nguon:
    line = sourced.position(loc)
    return Nguon(tep=sourced.source or "", truong=dotted(loc), dong=line[0] if line else None)


class _Table:
    """A table being counted: fixed rows first, rows met later after them, in order."""

    def __init__(self, ma: str, ten: str, cot: list[tuple[str, str]], dong: list[tuple[str, str]] | None = None,
                 *, tong: bool = True) -> None:
        self.ma, self.ten, self.tong = ma, ten, tong
        self.cot = [Cot(ma=m, ten=t) for m, t in cot]
        self.rows: dict[str, tuple[str, list[ConSo]]] = {}
        for m, t in dong or []:
            self._row(m, t)

    def _row(self, ma: str, ten: str) -> list[ConSo]:
        return self.rows.setdefault(ma, (ten, [ConSo() for _ in self.cot]))[1]

    def add(self, dong: tuple[str, str], cot: str, nguon: Nguon, so: int | str | None = 1) -> None:
        """Count ``so`` (an exact count, an approximate one as written, None for unknown) in a cell."""
        cells = self._row(*dong)
        i = next(i for i, c in enumerate(self.cot) if c.ma == cot)
        exact = so if isinstance(so, int) else 0
        approximate = (so,) if isinstance(so, str) else (KHONG_RO,) if so is None else ()
        cells[i] = cells[i] + ConSo(so=exact, gan_dung=approximate, nguon=(nguon,))

    def done(self) -> Bang:
        return Bang(ma=self.ma, ten=self.ten, cot=tuple(self.cot), dong_tong=self.tong,
                    dong=tuple(Dong(ma=m, ten=t, o=tuple(cells)) for m, (t, cells) in self.rows.items()))


def _rows(enum: type[HinhThucGiamSat] | type[HinhThucPhanBien]) -> list[tuple[str, str]]:
    return [(m.value, _text.hoa_dau(m.nhan)) for m in enum]


#: Columns of the recommendation tables: what happened to each recommendation.
_TINH_TRANG = [(t.value, _text.hoa_dau(t.nhan)) for t in TinhTrang]
_KET_QUA = [(k.value, k.nhan) for k in KetQua] + [("chua_tra_loi", "Chưa trả lời")]


class _Count:
    """Every table of the register, counted from the loaded documents."""

    def __init__(self, loaded: _Loaded, tu_ngay: dt.date, den_ngay: dt.date) -> None:
        self.loaded = loaded
        self.tu_ngay, self.den_ngay = tu_ngay, den_ngay
        self.open: list[MoKienNghi] = []

    def _in(self, day: dt.date) -> bool:
        return self.tu_ngay <= day <= self.den_ngay

    def _known(self, kind: type[VanBan]) -> list[tuple[VanBan, Sourced]]:
        """Documents of ``kind`` filed by the end of the period."""
        return [(d, s) for d, s in self.loaded if isinstance(d, kind) and d.ngay <= self.den_ngay]

    def tables(self) -> tuple[Bang, ...]:
        return (*self._dialogue(), *self._supervision(), *self._criticism(), self._comments())

    # dialogue

    def _dialogue(self) -> list[Bang]:
        summary = _Table("doi_thoai", "Hội nghị đối thoại", [("so", "Số lượng")], [
            ("hoi_nghi", "Hội nghị đối thoại đã tổ chức"), ("so_moi", "Số người được mời"),
            ("co_mat", "Số người dự"), ("y_kien", "Ý kiến của Nhân dân"),
            ("da_tra_loi", "Trả lời tại hội nghị"), ("tra_loi_sau", "Trả lời sau hội nghị"),
            ("chuyen_cap_tren", "Chuyển cơ quan có thẩm quyền"), ("qua_han", "Trả lời sau đã quá hạn"),
            ("chua_co_han", "Trả lời sau chưa có hạn")], tong=False)
        fields = _Table("doi_thoai_linh_vuc", "Ý kiến của Nhân dân theo lĩnh vực",
                        [("y_kien", "Số ý kiến"), *((t.value, _text.hoa_dau(t.nhan)) for t in TrangThai)])
        for minutes, sourced in self.loaded:
            if not isinstance(minutes, BienBanDoiThoai) or not self._in(minutes.ngay):
                continue
            summary.add(("hoi_nghi", ""), "so", _nguon(sourced, ("ngay",)))
            for i, group in enumerate(minutes.thanh_phan):
                summary.add(("so_moi", ""), "so", _nguon(sourced, ("thanh_phan", i, "so_moi")), group.so_moi)
                summary.add(("co_mat", ""), "so", _nguon(sourced, ("thanh_phan", i, "so_co_mat")), group.so_co_mat)
            deadlines = self._deadlines(minutes)
            answered = self._answered(minutes)
            for i, y in enumerate(minutes.y_kien):
                where = _nguon(sourced, ("y_kien", i, "trang_thai"))
                summary.add(("y_kien", ""), "so", _nguon(sourced, ("y_kien", i)))
                summary.add((y.trang_thai.value, ""), "so", where)
                field = _linh_vuc(y)
                fields.add(field, "y_kien", _nguon(sourced, ("y_kien", i, "linh_vuc")))
                fields.add(field, y.trang_thai.value, where)
                if y.trang_thai is not TrangThai.tra_loi_sau:
                    continue
                han, han_from = deadlines.get(y.stt or 0, (None, where))
                if han is None:
                    summary.add(("chua_co_han", ""), "so", where)
                elif han < self.den_ngay and answered.get(y.stt or 0, self.den_ngay) > han:
                    summary.add(("qua_han", ""), "so", han_from)
        return [summary.done(), fields.done()]

    def _deadlines(self, minutes: BienBanDoiThoai) -> dict[int, tuple[dt.date | None, Nguon]]:
        """Each opinion's deadline and where it is written: the minutes', else the notice's."""
        notices = [(n, s) for n, s in self._known(ThongBaoKetLuanDoiThoai)
                   if isinstance(n, ThongBaoKetLuanDoiThoai) and n.bien_ban.ky_hieu == minutes.ky_hieu]
        src = next(s for d, s in self.loaded if d is minutes)
        found: dict[int, tuple[dt.date | None, Nguon]] = {
            y.stt or 0: (y.han_tra_loi, _nguon(src, ("y_kien", i, "han_tra_loi" if y.han_tra_loi else "trang_thai")))
            for i, y in enumerate(minutes.y_kien)}
        for notice, sourced in notices:
            for j, item in enumerate(notice.han_tra_loi):
                if found.get(item.y_kien, (None,))[0] is None:
                    found[item.y_kien] = (item.han, _nguon(sourced, ("han_tra_loi", j, "han")))
        return found

    def _answered(self, minutes: BienBanDoiThoai) -> dict[int, dt.date]:
        """The day each opinion was first answered in writing, by the end of the period: a reply
        citing the minutes by number whose item quotes the opinion (as ``khung_tu`` writes it)."""
        found: dict[int, dt.date] = {}
        for reply, _ in self._known(VanBanTiepThuGiaiTrinh):
            assert isinstance(reply, VanBanTiepThuGiaiTrinh)
            if not reply.van_ban_gop_y or minutes.ky_hieu not in reply.van_ban_gop_y:
                continue
            quoted = [_text.so_sanh(m.y_kien or "") for m in reply.muc]
            for y in minutes.y_kien:
                if y.stt is not None and any(_text.so_sanh(y.noi_dung) in q for q in quoted):
                    found[y.stt] = min(found.get(y.stt, reply.ngay), reply.ngay)
        return found

    # supervision

    def _supervision(self) -> list[Bang]:
        forms = _Table("giam_sat_hinh_thuc", "Giám sát theo hình thức",
                       [("chu_tri", "Chủ trì"), ("tham_gia", "Tham gia")], _rows(HinhThucGiamSat))
        leaders = _Table("giam_sat_chu_tri", "Giám sát theo tổ chức chủ trì", [("so", "Số cuộc giám sát")])
        for doc, sourced in self.loaded:
            if isinstance(doc, KeHoachGiamSat) and self._in(doc.buoi_dau):
                form = doc.hinh_thuc
                led = doc.chu_the is ChuThe.mat_tran and form is not HinhThucGiamSat.tham_gia_co_quan
                where = _nguon(sourced, ("hinh_thuc",) if "hinh_thuc" in sourced.data else ("lich",))
            elif isinstance(doc, KienNghiSauNghienCuuVanBan) and self._in(doc.ngay):
                form, led, where = HinhThucGiamSat.nghien_cuu_van_ban, True, _nguon(sourced, ("ngay",))
            else:
                continue
            forms.add((form.value, ""), "chu_tri" if led else "tham_gia", where)
            body = doc.co_quan
            leader = body.ten_trong_cau or " ".join(f"{body.ten} {body.co_quan_chu_quan or ''}".split())
            leaders.add((_text.slug(leader), leader), "so", _nguon(sourced, ("co_quan",)))
        return [forms.done(), leaders.done(), self._supervision_recommendations()]

    def _supervision_recommendations(self) -> Bang:
        table = _Table("giam_sat_kien_nghi", "Kiến nghị sau giám sát theo nơi nhận",
                       [("kien_nghi", "Số kiến nghị"), ("da_tra_loi", "Đã trả lời"), *_TINH_TRANG])
        for letter, sourced in self.loaded:
            if not isinstance(letter, KienNghiSauGiamSat | KienNghiSauNghienCuuVanBan) or not self._in(letter.ngay):
                continue
            status = self._status(letter, sourced)
            for k in letter.kien_nghi:
                assert k.so is not None
                row = (_text.slug(k.gui), _text.hoa_dau(k.gui))
                table.add(row, "kien_nghi", _nguon(sourced, _item(letter, k.so)))
                tinh_trang, replied, where = status[k.so]
                table.add(row, tinh_trang.value, where)
                if replied:
                    table.add(row, "da_tra_loi", where)
                if tinh_trang in (TinhTrang.chua_tra_loi, TinhTrang.dang_giai_quyet, TinhTrang.chua_giai_quyet):
                    self._still_open(letter, k.noi_dung, k.gui, tinh_trang.nhan, where)
        return table.done()

    def _status(self, letter: KienNghiSauGiamSat | KienNghiSauNghienCuuVanBan,
                sourced: Sourced) -> dict[int, tuple[TinhTrang, bool, Nguon]]:
        """Each recommendation's status at the end of the period, whether it was answered, and where
        that is written: the latest follow-up, else the replies filed, else unanswered."""
        status: dict[int, tuple[TinhTrang, bool, Nguon]] = {
            k.so: (TinhTrang.chua_tra_loi, False, _nguon(sourced, _item(letter, k.so)))
            for k in letter.kien_nghi if k.so is not None}
        for reply, src in sorted(self._known(VanBanTiepThuGiaiTrinh), key=lambda x: x[0].ngay):
            assert isinstance(reply, VanBanTiepThuGiaiTrinh)
            cited = reply.kien_nghi or reply.nghien_cuu
            if cited is None or cited.ky_hieu != letter.ky_hieu:
                continue
            for j, m in enumerate(reply.muc):
                if m.so in status:
                    status[m.so] = (trang_thai_tu_ket_qua(m.ket_qua), True, _nguon(src, ("muc", j, "ket_qua")))
        follow_ups = [(f, s) for f, s in self._known(TheoDoiKienNghi)
                      if isinstance(f, TheoDoiKienNghi) and f.kien_nghi.ky_hieu == letter.ky_hieu]
        if follow_ups:
            latest, src = max(follow_ups, key=lambda x: x[0].ngay)
            assert isinstance(latest, TheoDoiKienNghi)
            updates = {c.so: j for j, c in enumerate(latest.cap_nhat)}
            for row in latest.dong:
                loc: Loc = ("cap_nhat", updates[row.so], "tinh_trang") if row.so in updates else ("tra_loi",)
                status[row.so] = (row.tinh_trang, row.ngay_tra_loi is not None or status[row.so][1],
                                  _nguon(src, loc) if row.so in updates else status[row.so][2])
        return status

    def _still_open(self, letter: VanBan, noi_dung: str, gui: str, tinh_trang: str, where: Nguon) -> None:
        self.open.append(MoKienNghi(noi_dung=noi_dung, gui=gui, tinh_trang=tinh_trang, nguon=where,
                                    van_ban=f"Văn bản số {letter.ky_hieu} ngày {_text.ngay_so(letter.ngay)}",
                                    ngay=letter.ngay, so_ngay=(self.den_ngay - letter.ngay).days))

    # social criticism

    def _criticism(self) -> list[Bang]:
        forms = _Table("phan_bien_hinh_thuc", "Phản biện xã hội theo hình thức", [("du_thao", "Số dự thảo")],
                       _rows(HinhThucPhanBien))
        answers = _Table("phan_bien_kien_nghi", "Kiến nghị phản biện xã hội",
                         [("kien_nghi", "Số kiến nghị"), *_KET_QUA], [("kien_nghi", "Kiến nghị phản biện")],
                         tong=False)
        row = ("kien_nghi", "")
        for doc, sourced in self.loaded:
            if not isinstance(doc, VanBanPhanBienXaHoi) or not self._in(doc.ngay):
                continue
            forms.add((doc.hinh_thuc.value, ""), "du_thao", _nguon(sourced, ("hinh_thuc",)))
            answered: dict[int, tuple[KetQua, Nguon]] = {}
            for reply, src in self._known(VanBanTiepThuGiaiTrinh):
                assert isinstance(reply, VanBanTiepThuGiaiTrinh)
                if reply.phan_bien is not None and reply.phan_bien.ky_hieu == doc.ky_hieu:
                    answered.update({m.so: (m.ket_qua, _nguon(src, ("muc", j, "ket_qua")))
                                     for j, m in enumerate(reply.muc) if m.so is not None})
            for i, k in enumerate(doc.kien_nghi):
                assert k.so is not None
                answers.add(row, "kien_nghi", _nguon(sourced, ("kien_nghi", i)))
                if k.so in answered:
                    ket_qua, where = answered[k.so]
                    answers.add(row, ket_qua.value, where)
                else:
                    answers.add(row, "chua_tra_loi", _nguon(sourced, ("kien_nghi", i)))
                    self._still_open(doc, k.noi_dung, doc.du_thao.co_quan_soan_thao, "chưa trả lời",
                                     _nguon(sourced, ("kien_nghi", i)))
        return [forms.done(), answers.done()]

    # comments

    def _comments(self) -> Bang:
        table = _Table("gop_y", "Góp ý xây dựng Đảng, xây dựng chính quyền", [
            ("van_ban", "Văn bản góp ý"), ("y_kien", "Ý kiến, kiến nghị"), *_KET_QUA],
            [("gop_y", "Góp ý")], tong=False)
        row = ("gop_y", "")
        for doc, sourced in self.loaded:
            if not isinstance(doc, VanBanGopY) or not self._in(doc.ngay):
                continue
            table.add(row, "van_ban", _nguon(sourced, ("so",)))
            items: list[Loc] = [("nhom_y_kien", i, "y_kien", j)
                                for i, n in enumerate(doc.nhom_y_kien) for j in range(len(n.y_kien))]
            items += [("kien_nghi", i) for i in range(len(doc.kien_nghi))]
            for loc in items:
                table.add(row, "y_kien", _nguon(sourced, loc))
            replies = [(r, s) for r, s in self._known(VanBanTiepThuGiaiTrinh)
                       if isinstance(r, VanBanTiepThuGiaiTrinh) and r.van_ban_gop_y and doc.ky_hieu in r.van_ban_gop_y]
            for reply, src in replies:
                assert isinstance(reply, VanBanTiepThuGiaiTrinh)
                for j, m in enumerate(reply.muc):
                    table.add(row, m.ket_qua.value, _nguon(src, ("muc", j, "ket_qua")))
            if not replies:
                for loc in items:
                    table.add(row, "chua_tra_loi", _nguon(sourced, loc))
        return table.done()


def _item(letter: KienNghiSauGiamSat | KienNghiSauNghienCuuVanBan, so: int) -> Loc:
    """Where recommendation ``so`` of a letter is written."""
    if isinstance(letter, KienNghiSauNghienCuuVanBan):
        return ("kien_nghi", next(i for i, k in enumerate(letter.kien_nghi) if k.so == so))
    if letter.chon is not None:
        return ("chon", next(i for i, c in enumerate(letter.chon) if c.so == so))
    return ("bao_cao",)


def _linh_vuc(y: YKien) -> tuple[str, str]:
    """An opinion's field as a row: its code and its label (whatever fields the province defines)."""
    value = y.linh_vuc
    return str(getattr(value, "value", value)), _text.hoa_dau(str(getattr(value, "nhan", value)))

