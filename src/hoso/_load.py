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

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from hoso._errors import DataError, Problem

Loc = tuple[str | int, ...]

#: Most nodes a document may expand to (aliases count every time they are used).
MAX_NODES = 100_000
#: Deepest nesting accepted.
MAX_DEPTH = 64

_INT = re.compile(r"[-+]?[0-9][0-9_]*")
_FLOAT = re.compile(r"[-+]?([0-9][0-9_]*)?\.[0-9_]+([eE][-+][0-9]+)?")
_STR_TAG = "tag:yaml.org,2002:str"


@dataclass(frozen=True, slots=True)
class Sourced:
    """Plain data plus where each key or item was found (1-based line, column)."""

    data: Any
    positions: Mapping[Loc, tuple[int, int]] = field(default_factory=dict)
    source: str | None = None
    #: Problems found while reading that do not stop validation (characters Word cannot hold).
    problems: tuple[Problem, ...] = ()

    def position(self, loc: Loc) -> tuple[int, int] | None:
        """Position of ``loc`` or of its nearest ancestor that has one."""
        for end in range(len(loc), -1, -1):
            pos = self.positions.get(loc[:end])
            if pos is not None:
                return pos
        return None


def read(source: Mapping[str, Any] | str | Path) -> Sourced:
    """Read a mapping, a path to .yaml/.yml/.json, or YAML text."""
    if isinstance(source, Mapping):
        return Sourced(dict(source))
    if isinstance(source, Path) or looks_like_path(source):
        path = Path(source)
        if not path.is_file():
            raise DataError([Problem("", f"không tìm thấy tệp dữ liệu {path}", source=str(path))])
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DataError(
                [Problem("", f"tệp không phải UTF-8 (byte {exc.start}); hãy lưu lại với mã UTF-8",
                         source=str(path))]
            ) from None
        if path.suffix.lower() == ".json":
            return _read_json(text, str(path))
        return _read_yaml(text, str(path))
    return _read_yaml(source, None)


def looks_like_path(text: str) -> bool:
    """A one-line string ending in .yaml/.yml/.json is a file name, anything else YAML text."""
    return "\n" not in text and text.lower().endswith((".yaml", ".yml", ".json"))


def _read_json(text: str, name: str) -> Sourced:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            [Problem("", f"JSON không đọc được: {exc.msg}", exc.lineno, exc.colno, name)]
        ) from None
    return Sourced(data, {}, name)


#: What the YAML reader refuses (PyYAML's ``Reader.NON_PRINTABLE``): C0/C1 controls, surrogates…
_NON_PRINTABLE = re.compile("[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]")


def _read_yaml(text: str, name: str | None) -> Sourced:
    found = list(_NON_PRINTABLE.finditer(text))
    refused = _control_characters(text, found, name) if found else []
    if found:  # read on with a placeholder, so every other problem is reported too
        text = _NON_PRINTABLE.sub("\ufffd", text)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise DataError(
            [Problem("", f"YAML không đọc được: {exc.problem or exc.context}", line, col, name)]
        ) from None
    except yaml.YAMLError as exc:
        raise DataError([Problem("", f"YAML không đọc được: {exc}", source=name)]) from None
    if node is None:
        raise DataError([Problem("", "tài liệu trống", source=name)])
    converter = _Converter(name)
    data = converter.convert(node, ())
    if converter.problems:
        raise DataError(refused + converter.problems)
    return Sourced(data, converter.positions, name, tuple(refused))


def _control_characters(text: str, found: list[re.Match[str]], name: str | None) -> list[Problem]:
    """One problem per character the reader refuses, at the field whose value holds it."""
    try:
        root = yaml.compose(_NON_PRINTABLE.sub("\ufffd", text), Loader=yaml.SafeLoader)  # positions kept
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
    def __init__(self, name: str | None) -> None:
        self.name = name
        self.positions: dict[Loc, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.count = 0
        self.active: set[int] = set()

    def _pos(self, node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    def _fail(self, node: yaml.Node, loc: Loc, message: str) -> None:
        line, col = self._pos(node)
        self.problems.append(Problem(dotted(loc), message, line, col, self.name))

    def convert(self, node: yaml.Node, loc: Loc) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            line, col = self._pos(node)
            raise DataError([Problem(
                dotted(loc),
                f"tài liệu mở rộng ra hơn {MAX_NODES} giá trị (nhiều bí danh YAML lồng nhau?); "
                "không xử lý để tránh treo máy",
                line, col, self.name)])
        if len(loc) > MAX_DEPTH or id(node) in self.active:
            self._fail(node, loc, "cấu trúc lồng quá sâu hoặc tự tham chiếu (bí danh YAML)")
            return None
        self.positions.setdefault(loc, self._pos(node))
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, loc)
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.convert(item, (*loc, i)) for i, item in enumerate(node.value)]
            assert isinstance(node, yaml.MappingNode)
            return self._mapping(node, loc)
        finally:
            self.active.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, Any]:
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
            result[key] = self.convert(value_node, (*loc, key))
        return result

    def _scalar(self, node: yaml.ScalarNode, loc: Loc) -> Any:
        value: str = node.value
        tag = node.tag
        if tag == _STR_TAG or node.style in ("'", '"', "|", ">"):
            return value
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            low = value.lower()
            return low == "true" if low in ("true", "false") else value
        if tag == "tag:yaml.org,2002:int":
            return int(value.replace("_", "")) if _INT.fullmatch(value) else value
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

