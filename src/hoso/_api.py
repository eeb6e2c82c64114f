"""The public functions: ``load``, ``render``, ``catalog``."""

from __future__ import annotations

import dataclasses
import difflib
import os
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal, overload

from hoso import _bieu_do, _catalog, _layout, _text
from hoso._cap_huyen import warn_district_names
from hoso._catalog import Kind
from hoso._deadlines import check_deadlines
from hoso._engine.output import write_atomic
from hoso._engine.prepared import CACHE, MAX_TEMPLATE_BYTES
from hoso._errors import DataError, Problem, TemplateError, TemplateProblem
from hoso._load import FileRefused, Sourced, read, read_file
from hoso._validate import located, validate
from hoso.models.chung import FieldProblems, Ngay, VanBan
from hoso.models.doi_thoai import GiayMoiDoiThoai
from hoso.models.ho_so_tinh import HoSoTinh
from hoso.models.phan_bien import GiayMoiPhanBien
from hoso.models.so_lieu import SoLieu, ho_so_paths, trich_dan_key

Source = Mapping[str, Any] | str | os.PathLike[str]


def catalog() -> tuple[Kind, ...]:
    """Every document kind: ``loai``, Vietnamese title, model and default template per system."""
    return _catalog.catalog()


def load(source: Source, *, ho_so_tinh: Source | HoSoTinh | None = None) -> VanBan:
    """A validated document model from a mapping, a .yaml/.yml/.json path, or YAML text.

    The kind comes from the top-level key ``loai``. Raises ``DataError`` listing every problem,
    each with its field path, YAML line:column and a Vietnamese message. ``ho_so_tinh`` is a
    province profile (a path, YAML text, a mapping or a ``HoSoTinh``) whose own fields of opinion
    the document, and every document it cites, may use.
    """
    return load_sourced(source, Citations(load_profile(ho_so_tinh)))[0]


def load_profile(source: Source | HoSoTinh | None) -> HoSoTinh | None:
    """A province profile, validated (a DataError locates its problems in its own file)."""
    if source is None or isinstance(source, HoSoTinh):
        return source
    sourced = read(Path(source) if isinstance(source, os.PathLike) else source)
    profile = validate(HoSoTinh, sourced)
    assert isinstance(profile, HoSoTinh)
    return profile


def load_sourced(source: Source, citations: Citations | None = None) -> tuple[VanBan, Sourced]:
    """``load``, also returning the data's source positions (for checks across documents).

    ``citations`` holds the documents already read by the load that cites this one, and the
    province profile of that load.
    """
    citations = citations or Citations()
    sourced = read(Path(source) if isinstance(source, os.PathLike) else source)
    data = sourced.data
    if not isinstance(data, Mapping):
        raise DataError([Problem("", "tài liệu cần là một nhóm trường 'khóa: giá trị' ở cấp cao nhất",
                                 source=sourced.source)])
    if HO_SO_TINH in data:
        sourced, citations = _own_profile(sourced, citations)
        data = sourced.data
    known = [k.loai for k in catalog()]
    loai = data.get("loai")
    if loai is None:
        raise DataError([Problem("loai", f"thiếu trường loai (loại văn bản); cần một trong: {', '.join(known)}",
                                 source=sourced.source)])
    found = _catalog.kind(loai) if isinstance(loai, str) else None
    if found is None:
        guess = difflib.get_close_matches(str(loai), known, n=1)
        hint = f"; có phải ý bạn là '{guess[0]}'?" if guess else ""
        line, column = sourced.position(("loai",)) or (None, None)
        raise DataError([Problem("loai", f"loại văn bản {loai!r} chưa được hỗ trợ{hint} (có: {', '.join(known)})",
                                 line, column, sourced.source)])
    try:
        model = validate(found.model, sourced, citations.resolve(found.model, sourced), citations.ho_so)
    except DataError as exc:  # with every problem of the dossiers a folder field names
        raise DataError([*exc.problems, *citations.counted_problems]) from None
    assert isinstance(model, VanBan)
    _check_system(model, sourced)
    _check_fits(model, sourced)
    warn_district_names(model, sourced)
    return model, sourced


#: The top-level key by which a document names its province profile (a path relative to its file).
HO_SO_TINH = "ho_so_tinh"


def _own_profile(sourced: Sourced, citations: Citations) -> tuple[Sourced, Citations]:
    """The document without its ``ho_so_tinh`` key, and the citations of a load with that profile
    (it applies to the documents this one cites too)."""
    path = sourced.data[HO_SO_TINH]
    if not isinstance(path, str) or not path.strip():
        raise DataError([located(HO_SO_TINH, "cần đường dẫn tệp hồ sơ tỉnh (YAML), tính từ tệp này, ví dụ "
                                             "../ho_so_tinh.yml", sourced)])
    folder = Path(sourced.source).parent if sourced.source else Path()
    try:
        profile = load_profile(folder / path)
    except DataError as exc:
        raise DataError([located(HO_SO_TINH, f"hồ sơ tỉnh {path} không dùng được: "
                                 + "; ".join(map(str, exc.problems)), sourced)]) from None
    rest = {k: v for k, v in sourced.data.items() if k != HO_SO_TINH}
    own = Citations(profile)
    own.loaded, own.citing = citations.loaded, citations.citing
    return dataclasses.replace(sourced, data=rest), own


class Citations:
    """The documents one load cites by path (``bien_ban: bien_ban.yaml``, relative to the citing
    file): each file is read and validated once however often it is cited, and a document that
    cites itself, directly or through others, is refused at the citing field."""

    def __init__(self, ho_so: HoSoTinh | None = None) -> None:
        self.loaded: dict[str, VanBan | str] = {}
        self.citing: list[str] = []
        self.ho_so = ho_so
        #: The problems of the dossiers in the folders the documents name (``HO_SO``).
        self.counted_problems: list[Problem] = []

    def resolve(self, model: type[VanBan],
                sourced: Sourced) -> dict[str | tuple[str, ...], VanBan | SoLieu | FieldProblems | str]:
        """Each path cited by ``sourced``'s data: the document (or, for a folder, its figures), or
        why it cannot be used."""
        folder = Path(sourced.source).parent if sourced.source else Path()
        found: dict[str | tuple[str, ...], VanBan | SoLieu | FieldProblems | str] = {}
        for name in model.HO_SO:
            paths = ho_so_paths(sourced.data.get(name))
            if paths is not None and trich_dan_key(paths) not in found:
                found[trich_dan_key(paths)] = self._count([Path(os.path.normpath(folder / p)) for p in paths], sourced)
        self.citing.append(os.path.realpath(sourced.source) if sourced.source else "")
        try:
            for name in model.TRICH_DAN:
                value = sourced.data.get(name)
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, str | os.PathLike) and os.fspath(item) not in found:
                        found[os.fspath(item)] = self._load(folder / item)
        finally:
            self.citing.pop()
        return found

    def _count(self, paths: list[Path], sourced: Sourced) -> SoLieu | FieldProblems | str:
        """The figures of the report's period counted from the dossiers under ``paths`` (folders
        and files), or summed from the workbooks in a folder (a province's folder of its communes'
        workbooks)."""
        from pydantic import TypeAdapter, ValidationError

        from hoso._bang_tinh import tong_hop, workbooks
        from hoso._so_lieu import ReportInFolder, counting, so_lieu  # they load documents with this module

        try:
            day = TypeAdapter(Ngay)
            start, end = (day.validate_python(sourced.data.get(key)) for key in ("tu_ngay", "den_ngay"))
        except ValidationError:
            return "chưa đếm được số liệu: cần kỳ báo cáo hợp lệ (tu_ngay, den_ngay)"
        if counting(paths):
            raise ReportInFolder
        hint = "ghi đường dẫn thư mục hoặc tệp, tính từ tệp báo cáo"
        missing: list[tuple[tuple[str | int, ...], str]] = [
            ((i,) if len(paths) > 1 else (), f"không có thư mục hồ sơ {p}; {hint}")
            for i, p in enumerate(paths) if not p.exists()]
        if missing:  # each at its item of the list
            return FieldProblems(missing)
        try:
            books = workbooks(paths[0]) if len(paths) == 1 and paths[0].is_dir() else []
            return tong_hop(books, don_vi=str(paths[0])) if books else so_lieu(paths, tu_ngay=start, den_ngay=end,
                                                                                 ho_so_tinh=self.ho_so)
        except DataError as exc:
            self.counted_problems += exc.problems
            where = str(paths[0]) if len(paths) == 1 else "các thư mục, tệp đã ghi"
            return f"hồ sơ trong {where} có {len(exc.problems)} lỗi (liệt kê theo từng tệp)"

    def _load(self, path: Path) -> VanBan | str:
        key = os.path.realpath(path)
        if key in self.citing:
            chain = [Path(p).name for p in self.citing[self.citing.index(key):]] + [path.name]
            return f"các văn bản dẫn vòng nhau ({' → '.join(chain)}); một văn bản không thể dẫn lại chính nó"
        if key not in self.loaded:
            try:
                self.loaded[key] = load_sourced(path, self)[0]
            except DataError as exc:
                self.loaded[key] = f"văn bản được dẫn {path} không hợp lệ: " + "; ".join(map(str, exc.problems))
        return self.loaded[key]


def _check_system(model: VanBan, sourced: Sourced | None = None) -> None:
    """The kind must be issued by the body's system (the Front comments; the Party and government reply)."""
    found = _catalog.kind(model.loai)
    assert found is not None
    if model.co_quan.he_thong not in found.mau:
        allowed = ", ".join(h.value for h in found.mau)
        message = f"{found.ten} do hệ thống {allowed} ban hành, không phải '{model.co_quan.he_thong.value}'"
        raise DataError([located("co_quan.he_thong", message, sourced)])


def _check_fits(model: VanBan, sourced: Sourced | None = None) -> None:
    """The place-date line must print on one line (ND 30 ô 4), even on a row of its own."""
    tt = _layout.THU_THUC[model.co_quan.he_thong]
    line = model.dia_danh_ngay
    if not _layout.dong_ngay_vua_trang(tt, line):
        width, room = _layout.rong_dong_ngay(tt, line), tt.trang.vung_chu_mm - _layout.LE_O_MM
        raise DataError([located("dia_danh", f"dòng địa danh, ngày tháng '{line}' dài {width:.0f} mm, không vừa một"
                                             f" dòng ({room:.0f} mm); hãy ghi địa danh ngắn gọn hơn (tên đơn vị hành "
                                             "chính nơi cơ quan đóng trụ sở)", sourced)])


Deadlines = Literal["warn", "error", "ignore"]


@overload
def render(doc: VanBan | Source, out: None = None, *, template: str | os.PathLike[str] | None = None,
           deadlines: Deadlines = "warn") -> bytes: ...
@overload
def render(doc: VanBan | Source, out: str | os.PathLike[str], *,
           template: str | os.PathLike[str] | None = None, deadlines: Deadlines = "warn") -> Path: ...


def render(doc: VanBan | Source, out: str | os.PathLike[str] | None = None, *,
           template: str | os.PathLike[str] | None = None, deadlines: Deadlines = "warn") -> bytes | Path:
    """Render ``doc`` (a model, or anything ``load`` accepts) to .docx.

    With ``out``, writes the file atomically and returns its Path; without, returns the bytes.
    ``template`` is a custom .docx (sandboxed and checked like the shipped ones); by default the
    template of the document's kind for its issuing system is used. A broken deadline rule
    (``hoso.check_deadlines``) is a ``DeadlineWarning`` by default; ``deadlines="error"`` makes
    it a ``DataError``, ``"ignore"`` skips the check. Nothing is written when anything fails,
    and an existing ``out`` stays as it was.
    """
    model, sourced = (doc, None) if isinstance(doc, VanBan) else load_sourced(doc)
    _apply_deadlines(model, deadlines, sourced)
    if template is None:
        _check_system(model)
    if sourced is None:
        _check_fits(model)
    path = Path(template) if template is not None else _default_template(model)
    try:
        data = read_file(path, MAX_TEMPLATE_BYTES, "tệp mẫu .docx")
    except FileRefused as exc:
        raise TemplateError(str(path), [TemplateProblem("(tệp)", str(exc))]) from None
    prepared = CACHE.get(data, str(path))
    result = prepared.render(model.ngu_canh())
    charts = model.cac_bieu_do()
    if charts:
        result = _bieu_do.place(result, charts)
    if out is None:
        return result
    return write_atomic(Path(out), result)


def _apply_deadlines(model: VanBan, mode: Deadlines, sourced: Sourced | None) -> None:
    if mode == "ignore":
        return
    found = check_deadlines(model)
    if mode == "error" and found:
        raise DataError([located(w.path, w.message, sourced) for w in found])
    for warning in found:
        warnings.warn(warning, stacklevel=3)


#: The kinds that invite people one by one (a letter per invitee).
GIAY_MOI = (GiayMoiDoiThoai, GiayMoiPhanBien)


def render_invitations(doc: GiayMoiDoiThoai | GiayMoiPhanBien | Source, out: str | os.PathLike[str], *,
                       combined: bool = False, template: str | os.PathLike[str] | None = None,
                       deadlines: Deadlines = "warn") -> list[Path]:
    """Invitations for every invitee of ``doc`` (``giay_moi_doi_thoai``, ``giay_moi_phan_bien``).

    ``combined=False``: ``out`` is a folder and each invitee gets a file ``01-ho-ten.docx``;
    ``combined=True``: ``out`` is one .docx with a page per invitee. Returns the files written.
    """
    model = doc if isinstance(doc, VanBan) else load(doc)
    if not isinstance(model, GIAY_MOI):
        kinds = ", ".join(k.model_fields["loai"].default for k in GIAY_MOI)
        raise DataError([Problem("loai", f"cần giấy mời ({kinds}), không phải {model.loai}")])
    if combined:
        return [render(model, out, template=template, deadlines=deadlines)]
    folder = Path(out)
    return [render(model.model_copy(update={"khach_moi": [guest]}),
                   folder / f"{i:02d}-{_text.slug(guest.ho_ten)}.docx", template=template, deadlines=deadlines)
            for i, guest in enumerate(model.khach_moi, 1)]


def _default_template(model: VanBan) -> Path:
    found = _catalog.kind(model.loai)
    assert found is not None
    return found.mau[model.co_quan.he_thong]
