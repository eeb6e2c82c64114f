"""Issue 13, target 2: libyaml's composer (the fast path of ``hoso.load``) gives the same node
tree, the same line:column marks and the same result (data, positions or every problem) as the
pure-Python composer, on every example and on bad input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import hoso
from hoso import _load
from tests.conftest import EXAMPLES
from tests.test_hardening_yaml_budget import MEGABYTE_ALIASED
from tests.test_loi_yaml import CASES

EXAMPLE_TEXT = (EXAMPLES[0]).read_text("utf-8")
BAD = [text for text, *_ in CASES] + [
    MEGABYTE_ALIASED,
    "a: &a [x, x]\n" + "".join(f"b{i}: &b{i} [" + ", ".join([f"*b{i - 1}" if i else "*a"] * 10) + "]\n"
                                for i in range(9)),
    "[" * 70 + "]" * 70,
    "[" * 2000 + "]" * 2000,
    "a:\n" + "".join(" " * (i + 1) + f"k{i}:\n" for i in range(70)) + " " * 71 + "x: 1\n",
    "a: &a [x]\n" + "".join(f"b{i}: &b{i} [*{'a' if i == 0 else f'b{i - 1}'}]\n" for i in range(70)),
    "a: &a [*a]\n",
    "a: 1\na: 2\n",
    "? [a, b]\n: c\n",
    "a: !!str 5\n",
    "a: !foo x\n",
    "<<: {a: 1}\n",
    "a: *missing\n",
    "a: 08:30\nb: yes\nc: 010\nd: 2026-02-30\ne: 1_000\nf: 1.5\ng: ~\nh: 123456789012345678901\n",
    "a: 'x\u0085y'\nb: \"tab\\tz\"\nc: |\n  dòng một\n  dòng hai\n",
    "a: x\r\nb: y\r\n",
    "a: Tốt lắm !\n",
    "- a\n- b\n",
    "",
    "a: b: c\n",
    "a:\n- b\n -c\n",
    "a: x\x01y\n",
]


def tree(node: yaml.Node | None, seen: dict[int, int] | None = None) -> Any:
    """A node tree as plain data: kind, tag, value, style and both marks of every node; a node
    met again (an alias) as the order it was first met in."""
    seen = {} if seen is None else seen
    if node is None:
        return None
    if id(node) in seen:
        return ("alias", seen[id(node)])
    seen[id(node)] = len(seen)
    marks = tuple((m.line, m.column, m.index) for m in (node.start_mark, node.end_mark))
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style or None, marks)  # plain: None or ""
    if isinstance(node, yaml.SequenceNode):
        return ("seq", node.tag, marks, [tree(child, seen) for child in node.value])
    return ("map", node.tag, marks, [(tree(k, seen), tree(v, seen)) for k, v in node.value])


def compose(loader: type[yaml.SafeLoader], text: str) -> Any:
    try:
        composer = loader(text)
        try:
            return tree(composer.get_single_node())
        finally:
            composer.dispose()
    except (yaml.YAMLError, RecursionError) as exc:  # PyYAML's own composer recurses without a limit
        return ("error", type(exc).__name__)


def read(text: str) -> Any:
    """What hoso reads from ``text``: data and positions, or every problem."""
    try:
        sourced = _load.read(text)
    except hoso.DataError as exc:
        return [(p.path, p.message, p.line, p.column) for p in exc.problems]
    return sourced.data, dict(sourced.positions), [(p.path, p.message, p.line, p.column) for p in sourced.problems]


needs_libyaml = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML built without libyaml")


@needs_libyaml
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_both_composers_give_the_same_tree_and_the_fast_path_reads_every_example(path: Path) -> None:
    text = path.read_text("utf-8")
    assert compose(yaml.CSafeLoader, text) == compose(yaml.SafeLoader, text)
    assert _load._read_fast(text, str(path)) is not None  # the fast path is taken, not silently skipped


@needs_libyaml
@pytest.mark.parametrize("text", BAD, ids=lambda t: repr(t[:30]))
def test_bad_input_reads_the_same_with_and_without_libyaml(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = read(text)
    c_tree, py_tree = compose(yaml.CSafeLoader, text), compose(yaml.SafeLoader, text)
    if "error" not in (c_tree and c_tree[0], py_tree and py_tree[0]):  # their depth limits differ
        assert c_tree == py_tree
    monkeypatch.setattr(_load, "_FAST", None)
    assert fast == read(text)


@needs_libyaml
def test_an_example_with_every_value_changed_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped minutes with a comment, a BOM-free CRLF copy and a flow mapping added."""
    text = EXAMPLE_TEXT.replace("\n", "\r\n") + "# ghi chú\r\nthem: {a: 1, b: [x, 'y']}\r\n"
    fast = read(text)
    monkeypatch.setattr(_load, "_FAST", None)
    assert fast == read(text)
