"""Read YAML / JSON / mappings into plain Python data, keeping where each value came from.

YAML is composed into nodes by PyYAML's safe composer and converted here, not by PyYAML's
constructor, so that:

- every key and list item keeps its line:column (``Positions``);
- aliases are expanded against a budget: a "billion laughs" file is refused quickly;
- YAML 1.1 surprises do not corrupt data: ``08:30`` stays the text ``08:30`` (not 510),
  ``yes``/``no``/``on``/``off`` stay text, ``010`` is ten, an impossible date such as
  ``2026-02-30`` stays text so that validation names it;
- duplicate keys are errors (the second value would otherwise silently win).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hoso import _loi_yaml
from hoso._errors import DataError, Problem, describe_os_error

Loc = tuple[str | int, ...]

#: Most nodes a document may expand to (aliases count every time they are used).
MAX_NODES = 100_000
#: Deepest nesting accepted.
MAX_DEPTH = 64
#: Most characters of text a document may expand to (aliases count every time they are used).
MAX_TEXT = 20_000_000
#: Most digits of a number: more is refused rather than read (no field holds such a number).
MAX_DIGITS = 18

_INT = re.compile(r"[-+]?[0-9][0-9_]*")
_FLOAT = re.compile(r"[-+]?([0-9][0-9_]*)?\.[0-9_]+([eE][-+][0-9]+)?")
_STANDARD = "tag:yaml.org,2002:"
_STR_TAG = _STANDARD + "str"


@dataclass(frozen=True, slots=True)
class Sourced:
    """Plain data plus where each key or item was found (1-based line, column)."""

    data: Any
    positions: Mapping[Loc, tuple[int, int]] = field(default_factory=dict)
    source: str | None = None
    #: Problems found while reading that do not stop validation (characters Word cannot hold).
    problems: tuple[Problem, ...] = ()
    #: Every text value read from YAML, aliases as often as used (None for other sources): lets a
    #: check over all texts look first without walking the data.
    texts: tuple[str, ...] | None = None

    def position(self, loc: Loc) -> tuple[int, int] | None:
        """Position of ``loc`` or of its nearest ancestor that has one."""
        for end in range(len(loc), -1, -1):
            pos = self.positions.get(loc[:end])
            if pos is not None:
                return pos
        return None


def read(source: object) -> Sourced:
    """Read a mapping, a path to .yaml/.yml/.json, or YAML text; anything else is a DataError."""
    if isinstance(source, Mapping):
        return Sourced(dict(source))
    if isinstance(source, Path) or (isinstance(source, str) and looks_like_path(source)):
        path = Path(source)
        text = _read_text(path)
        if path.suffix.lower() == ".json":
            return _read_json(text, str(path))
        return _read_yaml(text, str(path))
    if isinstance(source, str):
        return _read_yaml(source, None)
    raise DataError([Problem("", f"không đọc được dữ liệu kiểu {type(source).__name__}; cần một dict, đường dẫn "
                                 "tệp .yaml/.yml/.json hoặc chuỗi YAML")])


#: Largest data file read (bytes): a dossier's YAML is a few kilobytes.
MAX_FILE_BYTES = 10 * 1024 * 1024
_DATA_SUFFIXES = (".yaml", ".yml", ".json")
#: A one-line text ending in a file suffix (``bien_ban.yaml``, ``mau.docx``) that is not YAML
#: ``key: value`` text.
_FILE_NAME = re.compile(r"[^\n]*\.[A-Za-z0-9]{1,5}")


def looks_like_path(text: str) -> bool:
    """A one-line string ending in a file suffix (and not ``key: value``) is a file name, anything
    else YAML text."""
    return _FILE_NAME.fullmatch(text) is not None and ": " not in text and not text.lstrip().startswith(("{", "["))


class FileRefused(Exception):
    """A file hoso will not read, with the Vietnamese reason (each caller raises its own HosoError)."""


def read_file(path: Path, limit: int, what: str) -> bytes:
    """The bytes of ``path``, read once, when it is a regular file of at most ``limit`` bytes.

    Anything else (a folder, a FIFO or device, which could hang or never end, a symlink loop,
    no permission, too large) raises ``FileRefused`` naming ``what`` the file should be.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused(f"đây là một thư mục, không phải {what}")
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"không phải tệp thường (FIFO, thiết bị…); {what} phải là một tệp thường")
        if info.st_size > limit:
            raise FileRefused(f"tệp lớn {info.st_size} byte, quá giới hạn {limit} byte của {what}")
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise FileRefused(f"không tìm thấy {what} {path}") from None
    except OSError as exc:
        raise FileRefused(f"không đọc được {what}: {describe_os_error(exc)}") from None
    if len(raw) > limit:  # grew since stat
        raise FileRefused(f"tệp lớn hơn giới hạn {limit} byte của {what}")
    return raw


def _read_text(path: Path) -> str:
    """The text of a data file: a regular UTF-8 file of at most ``MAX_FILE_BYTES``, read once."""
    def refuse(message: str) -> DataError:
        return DataError([Problem("", message, source=str(path))])

    if path.suffix.lower() not in _DATA_SUFFIXES:
        kind = "văn bản Word" if path.suffix.lower() == ".docx" else f"tệp {path.suffix or 'không đuôi'}"
        raise refuse(f"{kind} không phải tệp dữ liệu; hoso đọc dữ liệu từ tệp .yaml, .yml hoặc .json")
    try:
        raw = read_file(path, MAX_FILE_BYTES, "tệp dữ liệu")
    except FileRefused as exc:
        raise refuse(str(exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse(f"tệp không phải UTF-8 (byte {exc.start}); hãy lưu lại với mã UTF-8") from None


def _read_json(text: str, name: str) -> Sourced:
    try:
        raw = json.loads(text, object_pairs_hook=_Pairs, parse_int=_json_int, parse_constant=_JsonConstant)
    except json.JSONDecodeError as exc:
        raise DataError(
            [Problem("", f"JSON không đọc được: {exc.msg}", exc.lineno, exc.colno, name)]
        ) from None
    except RecursionError:
        raise DataError([Problem("", f"JSON lồng quá sâu (giới hạn {MAX_DEPTH} cấp)", source=name)]) from None
    reader = _JsonReader(text, name)
    data = reader.convert(raw, ())
    if reader.problems:
        raise DataError(reader.problems)
    return Sourced(data, reader.positions, name)


class _Pairs(list[tuple[str, Any]]):
    """A JSON object as written, keys in order, before duplicates are checked."""


@dataclass(frozen=True, slots=True)
class _JsonConstant:
    """``NaN``, ``Infinity`` or ``-Infinity``: accepted by Python's reader, not JSON."""

    text: str


@dataclass(frozen=True, slots=True)
class _BigNumber:
    """A number with more digits than any field holds (kept out of ``int``, which limits them)."""

    text: str


def _json_int(text: str) -> int | _BigNumber:
    return int(text) if len(text.lstrip("-")) <= MAX_DIGITS else _BigNumber(text)


class _JsonReader:
    """Plain data from what ``json.loads`` read, with every key's line:column, duplicate keys and
    values JSON does not have refused, and the same size and depth limits as YAML."""

    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self.name = name
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.count = 0
        self.cursor = 0
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def convert(self, value: Any, loc: Loc) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise DataError([_too_many(loc, self.position(loc), self.name, aliased=False)])
        if len(loc) > MAX_DEPTH:
            self._fail(loc, f"cấu trúc lồng quá sâu (giới hạn {MAX_DEPTH} cấp)")
            return None
        if isinstance(value, _Pairs):
            result: dict[str, Any] = {}
            for key, item in value:
                where = self._key_position(key)
                if key in result:
                    self.problems.append(_duplicate(key, (*loc, key), where, self.name))
                    continue
                if where is not None:
                    self.positions[(*loc, key)] = where
                result[key] = self.convert(item, (*loc, key))
            return result
        if isinstance(value, list):
            return [self.convert(item, (*loc, i)) for i, item in enumerate(value)]
        if isinstance(value, _JsonConstant):
            self._fail(loc, f"JSON không có giá trị {value.text}; hãy ghi một số hoặc null")
            return None
        if isinstance(value, _BigNumber):
            self._fail(loc, _big_number(value.text))
            return None
        return value

    def position(self, loc: Loc) -> tuple[int, int] | None:
        return Sourced(None, self.positions).position(loc)

    def _fail(self, loc: Loc, message: str) -> None:
        line, column = self.position(loc) or (None, None)
        self.problems.append(Problem(dotted(loc), message, line, column, self.name))

    def _key_position(self, key: str) -> tuple[int, int] | None:
        """Where the next key ``key`` is written: keys are met here in the order of the text, so
        each is the first occurrence after the previous one that follows ``{`` or ``,``."""
        for token in dict.fromkeys((json.dumps(key, ensure_ascii=False), json.dumps(key))):
            start = self.cursor
            while (index := self.text.find(token, start)) >= 0:
                if self._around(index, -1) in ("{", ",") and self._around(index + len(token) - 1, 1) == ":":
                    self.cursor = index + len(token)
                    line = bisect.bisect_right(self.line_starts, index)
                    return line, index - self.line_starts[line - 1] + 1
                start = index + 1
        return None


    def _around(self, index: int, step: int) -> str:
        """The first character after ``index`` in direction ``step`` that is not JSON whitespace."""
        index += step
        while 0 <= index < len(self.text) and self.text[index] in " \t\r\n":
            index += step
        return self.text[index] if 0 <= index < len(self.text) else ""


def _duplicate(key: str, loc: Loc, where: tuple[int, int] | None, name: str | None) -> Problem:
    line, column = where or (None, None)
    return Problem(dotted(loc), f"khóa '{key}' bị lặp lại trong cùng một nhóm", line, column, name)


def _big_number(text: str) -> str:
    return (f"số có {len(text.lstrip('+-'))} chữ số, quá giới hạn {MAX_DIGITS} chữ số; nếu đây là văn bản "
            "(số điện thoại, số hiệu…), hãy đặt trong ngoặc kép")


def _too_many(loc: Loc, where: tuple[int, int] | None, name: str | None, *, aliased: bool) -> Problem:
    line, column = where or (None, None)
    cause = ("các bí danh YAML (&, *) nhân bản dữ liệu lên quá nhiều" if aliased
             else "hãy chia tài liệu thành nhiều tệp")
    return Problem(dotted(loc), f"tài liệu có hơn {MAX_NODES} giá trị; {cause} (không xử lý để tránh treo máy)",
                   line, column, name)


#: What the YAML reader refuses (PyYAML's ``Reader.NON_PRINTABLE``): C0/C1 controls, surrogates…
_NON_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]")


def _read_yaml(text: str, name: str | None) -> Sourced:
    found = list(_NON_PRINTABLE.finditer(text))
    if not found and (fast := _read_fast(text, name)) is not None:
        return fast
    refused = _control_characters(text, found, name) if found else []
    if found:  # read on with a placeholder, so every other problem is reported too
        text = _NON_PRINTABLE.sub("\ufffd", text)
    try:
        node, explicit = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise DataError(
            [Problem("", _loi_yaml.thong_bao(exc, text), line, col, name)]
        ) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem("", f"YAML không đọc được: {exc}", source=name)]) from None
    if node is None:
        raise DataError([Problem("", "tài liệu trống", source=name)])
    converter = _Converter(name, explicit)
    data = converter.convert(node, ())
    if converter.problems:
        raise DataError(refused + converter.problems)
    return Sourced(data, converter.positions, name, tuple(refused), tuple(converter.texts))


#: The tags of short plain scalars met so far (keys, ``true``, numbers…), at most ``_RESOLVED``:
#: a plain scalar's tag depends on its text only, and PyYAML's resolver, written in Python, is
#: where libyaml's composer spends most of its time.
_TAGS: dict[str, str] = {}
_RESOLVED = 4096


def _fast_loader() -> type[yaml.SafeLoader] | None:
    """libyaml's safe loader, with plain scalars' tags remembered (None without libyaml)."""
    base: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)
    if base is None:
        return None

    class Loader(base):  # type: ignore[valid-type,misc]
        def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
            if kind is not yaml.ScalarNode or not implicit[0] or len(value) > 40:
                return str(super().resolve(kind, value, implicit))
            tag = _TAGS.get(value)
            if tag is None:
                tag = str(super().resolve(kind, value, implicit))
                if len(_TAGS) < _RESOLVED:
                    _TAGS[value] = tag
            return tag

    return Loader


_FAST = _fast_loader()
#: Where a tag (``!!str``, ``!foo``) may start: its ``!`` after a space, a line start or a flow
#: indicator. A text with such a ``!`` (even inside a value) is read on the pure-Python path.
_TAG = re.compile(r"(?:^|[\s\[{,:])!", re.MULTILINE)


class _TooDeep(Exception):
    """A node nested as deep as the pure-Python composer refuses (``MAX_DEPTH``)."""


def _read_fast(text: str, name: str | None) -> Sourced | None:
    """``text`` read with libyaml's composer (``CSafeLoader``, when PyYAML was built with it):
    the same nodes with the same marks, 10–15 times faster than the pure-Python composer.

    Only a text that reads without any problem is returned; anything else (a syntax error, a
    tag, which libyaml cannot report as explicit, nesting past ``MAX_DEPTH``, any problem the
    conversion finds) gives None, and the pure-Python path reads the text again: every error,
    its wording and its position are exactly those of that path.
    """
    if _FAST is None or ("!" in text and _TAG.search(text)):
        return None
    loader = _FAST(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    if node is None:
        return None
    converter = _Converter(name, set(), composed_deep=False)
    try:
        data = converter.convert(node, ())
    except (DataError, _TooDeep):
        return None
    return None if converter.problems else Sourced(data, converter.positions, name, texts=tuple(converter.texts))


class _Loader(yaml.SafeLoader):
    """PyYAML's safe composer, refusing nesting past ``MAX_DEPTH`` before it recurses deeper and
    noting the nodes that carry an explicit tag (``!!str``, ``!!binary``, ``!foo``)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.depth = 0
        self.explicit: set[int] = set()

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if self.depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"cấu trúc lồng quá sâu (giới hạn {MAX_DEPTH} cấp)",
                                              event.start_mark)
        self.depth += 1
        try:
            node = super().compose_node(parent, index)
        finally:
            self.depth -= 1
        if not isinstance(event, yaml.AliasEvent) and getattr(event, "tag", None) is not None:
            self.explicit.add(id(node))
        return node


def _compose(text: str) -> tuple[yaml.Node | None, set[int]]:
    """The node tree of ``text`` and the ids of its explicitly tagged nodes."""
    loader = _Loader(text)
    try:
        return loader.get_single_node(), loader.explicit
    finally:
        loader.dispose()


def _control_characters(text: str, found: list[re.Match[str]], name: str | None) -> list[Problem]:
    """One problem per character the reader refuses, at the field whose value holds it."""
    try:
        root, _ = _compose(_NON_PRINTABLE.sub("\ufffd", text))  # positions kept
    except yaml.YAMLError:
        root = None
    problems = []
    for m in found:
        line = text.count("\n", 0, m.start()) + 1
        column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        loc = _path_at(root, m.start(), ()) if root is not None else ()
        problems.append(Problem(dotted(loc), f"chứa ký tự điều khiển U+{ord(m.group()):04X}, không ghi được vào văn "
                                             "bản Word; hãy xóa ký tự này", line, column, name))
    return problems


def _path_at(node: yaml.Node, index: int, loc: Loc) -> Loc:
    """The path of the deepest node whose text holds ``index``."""
    children: list[tuple[str | int, yaml.Node]] = []
    if isinstance(node, yaml.MappingNode):
        children = [(str(k.value), v) for k, v in node.value if isinstance(k, yaml.ScalarNode)]
    elif isinstance(node, yaml.SequenceNode):
        children = list(enumerate(node.value))
    for key, child in children:
        if child.start_mark.index <= index < max(child.end_mark.index, child.start_mark.index + 1):
            return _path_at(child, index, (*loc, key))
    return loc


class _Converter:
    """Plain data from a node tree; ``composed_deep=False`` when the tree comes from a composer
    that did not refuse nesting past ``MAX_DEPTH`` (``_TooDeep`` is raised where it would have)."""

    def __init__(self, name: str | None, explicit: set[int], *, composed_deep: bool = True) -> None:
        self.name = name
        self.explicit = explicit
        self.composed_deep = composed_deep
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.texts: list[str] = []
        self.count = 0
        #: Characters of text the document expands to, aliases counted every time they are used.
        self.size = 0
        self.seen: set[int] = set()
        self.active: set[int] = set()

    def _pos(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    def _fail(self, node: yaml.Node, loc: Loc, message: str) -> None:
        line, col = self._pos(node)
        self.problems.append(Problem(dotted(loc), message, line, col, self.name))

    def convert(self, node: yaml.Node, loc: Loc, copied: bool = False) -> Any:
        """``node`` as plain data; ``copied``: ``node`` is inside an alias's copy (the composer
        read the alias as one node, so nesting inside it is not the composer's)."""
        self.count += 1
        aliased = id(node) in self.seen
        if not self.composed_deep and not copied and len(loc) >= MAX_DEPTH:
            raise _TooDeep
        self.seen.add(id(node))
        if self.count > MAX_NODES:
            raise DataError([_too_many(loc, self._pos(node), self.name, aliased=len(self.seen) < self.count)])
        if id(node) in self.active:
            self._fail(node, loc, "bí danh YAML tự tham chiếu đến nhóm chứa nó")
            return None
        if len(loc) > MAX_DEPTH:
            self._fail(node, loc, f"cấu trúc lồng quá sâu (giới hạn {MAX_DEPTH} cấp)")
            return None
        if id(node) in self.explicit and not aliased:
            tag = node.tag.replace(_STANDARD, "!!")
            self._fail(node, loc, f"thẻ YAML {tag} không được hỗ trợ; hãy bỏ thẻ (phần bắt đầu bằng '!')")
            return None
        self.positions.setdefault(loc, self._pos(node))
        if isinstance(node, yaml.ScalarNode):
            self.size += len(node.value)
            if self.size > MAX_TEXT:
                line, col = self._pos(node)
                raise DataError([Problem(dotted(loc), f"tài liệu mở rộng ra hơn {MAX_TEXT} ký tự văn bản (các bí danh "
                                         "YAML &, * nhân bản dữ liệu); không xử lý để tránh treo máy",
                                         line, col, self.name)])
            value = self._scalar(node, loc)
            if type(value) is str:
                self.texts.append(value)
            return value
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.convert(item, (*loc, i), copied or aliased) for i, item in enumerate(node.value)]
            assert isinstance(node, yaml.MappingNode)
            return self._mapping(node, loc, copied or aliased)
        finally:
            self.active.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, loc: Loc, copied: bool) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
                self._fail(key_node, loc, "khóa phải là một tên đơn giản (không hỗ trợ '<<' hay khóa phức)")
                continue
            key = str(key_node.value)
            if key in result:
                self._fail(key_node, (*loc, key), f"khóa '{key}' bị lặp lại trong cùng một nhóm")
                continue
            self.positions[(*loc, key)] = self._pos(key_node)
            result[key] = self.convert(value_node, (*loc, key), copied)
        return result

    def _scalar(self, node: yaml.ScalarNode, loc: Loc) -> Any:
        value: str = node.value
        tag = node.tag
        if node.style in ("'", '"', "|", ">"):
            return value
        if tag == _STR_TAG and _INT.fullmatch(value):  # 08, 09: not YAML 1.1 octal, still decimal numbers
            tag = _STANDARD + "int"
        if tag == _STR_TAG:
            return value
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            low = value.lower()
            return low == "true" if low in ("true", "false") else value
        if tag == "tag:yaml.org,2002:int":
            if not _INT.fullmatch(value):
                return value
            digits = value.replace("_", "")
            if len(digits.lstrip("+-")) > MAX_DIGITS:
                self._fail(node, loc, _big_number(digits))
                return None
            return int(digits)
        if tag == "tag:yaml.org,2002:float":
            return float(value.replace("_", "")) if _FLOAT.fullmatch(value) else value
        if tag == "tag:yaml.org,2002:timestamp":
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return value
        if tag.startswith("tag:yaml.org,2002:"):
            return value
        self._fail(node, loc, f"thẻ YAML {tag} không được hỗ trợ")
        return None


def dotted(loc: Loc) -> str:
    """``y_kien[2].trang_thai`` from a location tuple."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out

