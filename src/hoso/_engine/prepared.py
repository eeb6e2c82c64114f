"""Prepared templates: a .docx read, patched, linted and compiled once, then rendered many times.

Preparing does docxtpl's template work (``patch_xml``: tags split across runs, ``{%p``/``{%tr``
hoisting) once per template content, compiles every templated part in the sandboxed
environment and refuses unsafe or broken templates with every problem listed. Rendering
evaluates the compiled parts, resolves newlines/tabs/paragraph breaks (docxtpl's listing
rules), checks the XML is well formed and writes a deterministic zip.

A ``PreparedTemplate`` is immutable; ``render`` keeps no state and is safe from many threads.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import re
import threading
import traceback
import zipfile
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, TypedDict
from xml.parsers import expat

from docxtpl import DocxTemplate
from jinja2 import Template, TemplateSyntaxError, meta, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from lxml import etree

from hoso._engine import package
from hoso._engine.environment import ENV, LimitError, PrintError, finalize, render
from hoso._errors import TemplateError, TemplateProblem

_MAIN = "word/document.xml"
_TEMPLATED_PART = re.compile(r"word/(document|header\d*|footer\d*|footnotes)\.xml")
_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_MARKED_PARAGRAPH = re.compile(r"\n<w:p([ >])")
_TAGS = re.compile(r"<[^>]+>")
#: docxtpl's escaped delimiters, turned into Jinja string literals before compiling so that
#: data is never rewritten after rendering.
_ESCAPES = {"{_{": "{{ '{{' }}", "}_}": "{{ '}}' }}", "{_%": "{{ '{%' }}", "%_}": "{{ '%}' }}"}
#: docxtpl's stateless text passes (patch, listing, table grid), shared by every template.
_PATCHER = DocxTemplate(io.BytesIO())


@dataclass(frozen=True, slots=True)
class _Part:
    name: str
    #: The Jinja source with one paragraph per line: what error locations refer to.
    source: str
    #: The same program compiled without the line breaks, which rendering would only remove again.
    template: Template
    #: The template loops over table columns (``{%tc``): docxtpl's grid fix is needed.
    table_columns: bool
    #: The part holds drawings: docxtpl renumbers their ids (in the main part).
    drawings: bool
    #: For each element whose end tag follows a Jinja tag (so rendering may leave it empty):
    #: its end tag and the pattern of it empty, which lxml would write self-closed (``<w:t/>``).
    empties: tuple[tuple[str, re.Pattern[str]], ...]


@dataclass(frozen=True, slots=True)
class PreparedTemplate:
    """A template ready to render: compiled parts, the other package parts, the variables used."""

    name: str
    digest: str
    #: Package members in order; None where a templated part is rendered.
    members: tuple[tuple[str, package.Member | None], ...]
    parts: Mapping[str, _Part]
    variables: frozenset[str]

    def check_variables(self, context: Mapping[str, Any]) -> None:
        """Refuse a template that uses names the data does not have (all of them, at once)."""
        unknown = sorted(self.variables - context.keys())
        if unknown:
            problems = []
            for name in unknown:
                guess = difflib.get_close_matches(name, list(context), n=1)
                hint = f"; có phải ý bạn là '{guess[0]}'?" if guess else ""
                part, line = _where_used(self, name)
                where = _where(part.source, line)
                where["tag"] = where["tag"] or name
                problems.append(TemplateProblem(
                    part.name, f"biến '{name}' không có trong dữ liệu của loại văn bản này{hint}", **where))
            raise TemplateError(self.name, problems)

    def render(self, context: Mapping[str, Any]) -> bytes:
        """The .docx bytes for ``context``; a TemplateError lists every failing part."""
        self.check_variables(context)
        rendered: dict[str, package.Member] = {}
        problems: list[TemplateProblem] = []
        for part in self.parts.values():
            try:
                rendered[part.name] = package.deflate(part.name, _render_part(part, context))
            except _PartFailure as failure:
                problems.append(failure.problem)
            except Exception as exc:  # whatever the template made happen, it is the template's problem
                problems.append(TemplateProblem(part.name, _runtime_message(exc)))
        if problems:
            raise TemplateError(self.name, problems)
        return package.write(member or rendered[name] for name, member in self.members)


class _PartFailure(Exception):
    def __init__(self, problem: TemplateProblem) -> None:
        self.problem = problem


def _render_part(part: _Part, context: Mapping[str, Any]) -> bytes:
    try:
        xml = render(part.template, context)
    except Exception as exc:  # any failure of a template's code: located, never let through
        raise _PartFailure(_locate_failure(part, context, exc)) from None
    xml = _resolve_listing(xml)
    for closing, empty in part.empties:
        if closing in xml:
            xml = empty.sub(r"\1/>", xml)
    data = xml.encode("utf-8")
    if part.table_columns or (part.name == _MAIN and part.drawings):
        return serialize(_parse(part.name, data), part.name, table_columns=part.table_columns)
    _check_well_formed(part.name, data)
    return data


_BROKEN = "mẫu sinh ra XML hỏng ({}); kiểm tra các thẻ {{%p …%}} và {{%tr …%}}"


def _parse(part: str, data: bytes) -> etree._Element:
    """The rendered part as a tree, for the fixes that need one (table grid, drawing ids)."""
    try:
        tree = etree.fromstring(data, parser=_STRICT)
    except etree.XMLSyntaxError as exc:
        raise _PartFailure(TemplateProblem(part, _BROKEN.format(exc.msg))) from None
    if tree.getroottree().docinfo.doctype:
        raise _PartFailure(TemplateProblem(part, _DTD))
    return tree


class _Doctype(Exception):
    """A rendered part declares a DTD."""


def _refuse_doctype(*_args: object) -> None:
    raise _Doctype


def _check_well_formed(part: str, data: bytes) -> None:
    """Refuse a rendered part that is not well-formed XML or declares a DTD.

    Jinja's output is written as it is: for a well-formed part it is already what lxml would
    write back (text escaped by autoescape, the template's own markup kept), except that quotes
    in data stay escaped (``&#34;``, ``&#39;``) where lxml writes them bare. So only the check
    is kept, with expat, which reads without building a tree (a third of lxml's round trip).
    A DTD is refused before expat reads its internal subset (no entity is ever expanded).
    """
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse_doctype
    try:
        parser.Parse(data, True)
    except _Doctype:
        raise _PartFailure(TemplateProblem(part, _DTD)) from None
    except expat.ExpatError as exc:
        raise _PartFailure(TemplateProblem(part, _BROKEN.format(expat.ErrorString(exc.code)))) from None


def _resolve_listing(xml: str) -> str:
    """docxtpl's listing rules (tab, line break, paragraph break) with docxtpl's own code, applied
    only to the paragraphs that hold such a character. Same result as ``resolve_listing`` on the
    whole part (paragraphs do not nest outside text boxes, which take the whole-part path)."""
    found = sorted(i for c in _LISTING for i in _positions(xml, c))
    if not found:
        return xml
    if "txbxContent" in xml:
        return str(_PATCHER.resolve_listing(xml))
    out: list[str] = []
    done = 0
    for i in found:
        if i < done:
            continue
        start = max(xml.rfind("<w:p ", done, i), xml.rfind("<w:p>", done, i))
        end = xml.find("</w:p>", i)
        if start < 0 or end < 0 or xml.rfind("</w:p>", start, i) >= 0:
            continue  # not inside a paragraph: docxtpl leaves it alone too
        end += len("</w:p>")
        out += (xml[done:start], str(_PATCHER.resolve_listing(xml[start:end])))
        done = end
    out.append(xml[done:])
    return "".join(out)


def _positions(text: str, char: str) -> list[int]:
    found = []
    i = text.find(char)
    while i >= 0:
        found.append(i)
        i = text.find(char, i + 1)
    return found


def serialize(tree: etree._Element, part: str, *, table_columns: bool) -> bytes:
    """A rendered part as python-docx would save it after docxtpl's table and drawing-id fixes."""
    if table_columns:
        tree = _PATCHER.fix_tables(etree.tostring(tree, encoding="unicode"))
    if part == _MAIN and tree.find(".//" + _DOC_PR) is not None:
        renumber = DocxTemplate(io.BytesIO())  # fix_docpr_ids counts on the instance
        renumber.docx_ids_index = 1000
        renumber.fix_docpr_ids(tree)
    return bytes(etree.tostring(tree, encoding="UTF-8", standalone=True))


_LISTING = "\t\n\a\f"
_STRICT = etree.XMLParser(resolve_entities=False, huge_tree=True, no_network=True, load_dtd=False)
_XML_PART = re.compile(r".*\.(xml|rels)", re.IGNORECASE)
_DTD = "phần này khai báo DTD (<!DOCTYPE …>), Word không mở được; hãy lưu lại mẫu bằng Word"


def _xml_problem(part: str, blob: bytes) -> TemplateProblem | None:
    """Every XML part of a template, written through or templated, must be UTF-8 XML without a DTD."""
    try:
        blob.decode("utf-8")
        tree = etree.fromstring(blob, parser=_STRICT)
    except UnicodeDecodeError as exc:
        return TemplateProblem(part, f"phần này không phải XML mã UTF-8 (byte {exc.start}); hãy lưu lại mẫu bằng Word")
    except etree.XMLSyntaxError as exc:
        return TemplateProblem(part, f"phần này không phải XML hợp lệ ({exc.msg}); hãy lưu lại mẫu bằng Word")
    return TemplateProblem(part, _DTD) if tree.getroottree().docinfo.doctype else None
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def _locate_failure(part: _Part, context: Mapping[str, Any], first: Exception) -> TemplateProblem:
    """Render the paragraph-per-line source again to say where the failure is (a failure that
    does not happen again, such as running out of memory, is reported at its part)."""
    try:
        render(ENV.from_string(part.source), context)
    except Exception as exc:
        line = _template_line(exc)
        return TemplateProblem(part.name, _runtime_message(exc), **_where(part.source, line))
    return TemplateProblem(part.name, _runtime_message(first))


#: What a template's failing operation means, for the ones a template can cause by itself.
_CAUSES: tuple[tuple[type[Exception], str], ...] = (
    (RecursionError, "mẫu lồng hoặc đệ quy quá sâu"),
    (MemoryError, "mẫu tạo ra dữ liệu quá lớn, không đủ bộ nhớ"),
    (OverflowError, "mẫu tính một số hoặc một dãy quá lớn"),
    (ZeroDivisionError, "mẫu chia cho 0"),
    (LookupError, "mẫu lấy một mục không có (sai khóa hoặc vị trí)"),
    (TypeError, "mẫu dùng một giá trị sai kiểu"),
    (ValueError, "mẫu dùng một giá trị không hợp lệ"),
)


def _runtime_message(exc: Exception) -> str:
    if isinstance(exc, SecurityError) or (
            isinstance(exc, UndefinedError) and "unsafe" in str(exc)):
        return f"mẫu truy cập thuộc tính bị cấm (sandbox): {exc}"
    if isinstance(exc, UndefinedError):
        return f"mẫu dùng giá trị không có trong dữ liệu: {exc}"
    if isinstance(exc, PrintError | LimitError):
        return str(exc)
    cause = next((text for kind, text in _CAUSES if isinstance(exc, kind)), "lỗi khi điền mẫu")
    return f"{cause} ({type(exc).__name__}: {str(exc)[:200]})"


#: Largest template file read (bytes); the shipped ones are about 30 kB.
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
#: Most parts in a template package, most bytes they unpack to, and the highest compression
#: ratio of a part larger than 1 MB (Word's XML compresses about 10 times; a zip bomb, 1000 times).
MAX_PARTS = 1000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200


def _package_problems(archive: zipfile.ZipFile) -> list[TemplateProblem]:
    """What makes a package unsafe or impossible to read, before any part is unpacked."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        return [TemplateProblem("(tệp)", f"tệp mẫu có {len(infos)} phần, quá giới hạn {MAX_PARTS} phần")]
    problems = []
    for info in infos:
        if info.flag_bits & 0x1:
            problems.append(TemplateProblem(info.filename, "phần này được mã hóa (đặt mật khẩu); hãy bỏ mật khẩu"))
        elif info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            problems.append(TemplateProblem(info.filename, f"phần này nén theo cách Word không dùng (mã "
                                                           f"{info.compress_type}); hãy lưu lại mẫu bằng Word"))
        elif info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            problems.append(TemplateProblem(info.filename, f"phần này giải nén ra {info.file_size} byte, gấp hơn "
                                                           f"{MAX_RATIO} lần cỡ nén (bom zip?)"))
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        problems.append(TemplateProblem("(tệp)", f"tệp mẫu giải nén ra {unpacked} byte, quá giới hạn "
                                                 f"{MAX_UNPACKED_BYTES} byte"))
    return problems


def prepare(data: bytes, name: str) -> PreparedTemplate:
    """Read, patch, lint and compile a .docx template; a TemplateError lists every problem."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            refused = _package_problems(archive)
            if refused:
                raise TemplateError(name, refused)
            infos = archive.infolist()
            entries = tuple((info.filename, archive.read(info)) for info in infos)
    except TemplateError:
        raise
    except Exception as exc:  # zipfile raises many kinds for a broken or hostile archive
        raise TemplateError(name, [TemplateProblem("(tệp)", f"không phải tệp .docx hợp lệ: {exc}")]) from None
    names = [n for n, _ in entries]
    if _MAIN not in names:
        raise TemplateError(name, [TemplateProblem("(tệp)", "thiếu word/document.xml: không phải tệp Word")])
    parts: dict[str, _Part] = {}
    variables: set[str] = set()
    problems = [found for part, blob in entries if _XML_PART.fullmatch(part) and (found := _xml_problem(part, blob))]
    for part_name, blob in entries:
        if not _TEMPLATED_PART.fullmatch(part_name) or any(p.part == part_name for p in problems):
            continue
        try:
            prepared = _prepare_part(part_name, blob)
        except Exception as exc:  # any failure while preparing a part is the template's problem
            problems.append(TemplateProblem(part_name, f"lỗi khi chuẩn bị mẫu: {_runtime_message(exc)}"))
            continue
        if isinstance(prepared, list):
            problems += prepared
        elif prepared is not None:
            parts[part_name] = prepared[0]
            variables |= prepared[1]
    if problems:
        raise TemplateError(name, problems)
    members = tuple((n, None if n in parts else package.kept(data, info, blob))
                    for info, (n, blob) in zip(infos, entries, strict=True))
    return PreparedTemplate(name, hashlib.sha256(data).hexdigest(), members, MappingProxyType(parts),
                            frozenset(variables))


def _prepare_part(part_name: str, blob: bytes) -> tuple[_Part, set[str]] | list[TemplateProblem] | None:
    """A templated part compiled with the variables it uses, its problems, or None (no tags)."""
    text = blob.decode("utf-8")  # checked by _xml_problem
    if "{" not in text:
        return None
    unclosed = _unclosed_tags(part_name, text)
    if unclosed:
        return unclosed
    source = _source(text)
    try:
        ast = ENV.parse(source)
    except TemplateSyntaxError as exc:
        opened = _unclosed_block(source) if "end of template" in (exc.message or "") else None
        line = opened or exc.lineno
        return [TemplateProblem(part_name, _syntax_message(exc), **_where(source, line))]
    found = _lint(part_name, source, ast)
    if found:
        return found
    compiled = _MARKED_PARAGRAPH.sub(r"<w:p\1", source)
    empties = tuple((f"></{name}>", re.compile(f"(<{re.escape(name)}(?:\\s[^<>]*)?)></{re.escape(name)}>"))
                    for name in sorted(set(_AFTER_TAG.findall(compiled))))
    part = _Part(part_name, source, ENV.from_string(compiled), "{%tc" in text.replace("{% tc", "{%tc"),
                 "docPr" in text, empties)
    return part, meta.find_undeclared_variables(ast)


_PARAGRAPH = re.compile(r"<w:p[ >].*?</w:p>", re.DOTALL)
#: The name of an end tag right after a Jinja tag (``}}</w:t>``, ``%}</w:tc>``).
_AFTER_TAG = re.compile(r"[}%]}</([^>\s]+)>")
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")
_PAIRS = (("{{", "}}"), ("{%", "%}"), ("{#", "#}"))


def _unclosed_tags(part: str, xml: str) -> list[TemplateProblem]:
    """A tag must open and close in the same paragraph; otherwise docxtpl's patch would join
    it with the following paragraphs and silently swallow their text."""
    problems = []
    for number, match in enumerate(_PARAGRAPH.finditer(xml), 1):
        text = "".join(_TEXT.findall(match.group()))
        for opening, closing in _PAIRS:
            if text.count(opening) != text.count(closing):
                problems.append(TemplateProblem(
                    part, f"thẻ '{opening}' và '{closing}' không khớp trong đoạn này (mở một thẻ thì phải "
                    "đóng trong cùng đoạn)", paragraph=number, tag=text.strip()[:120]))
    return problems


def _source(xml: str) -> str:
    """The Jinja source of a part: docxtpl's patch, escapes as literals, one paragraph a line."""
    source = _PATCHER.patch_xml(xml)
    for escaped, literal in _ESCAPES.items():
        source = source.replace(escaped, literal)
    return _PARAGRAPH_START.sub(r"\n<w:p\1", source)


_FORBIDDEN_NODES = (nodes.Import, nodes.FromImport, nodes.Include, nodes.Extends, nodes.Macro,
                    nodes.CallBlock)


def _lint(part: str, source: str, ast: nodes.Template) -> list[TemplateProblem]:
    """Refuse, before any rendering, what the sandbox would only refuse at run time."""
    problems: list[TemplateProblem] = []
    context = nodes.EvalContext(ENV)
    for output in ast.find_all(nodes.Output):
        for child in output.nodes:
            if isinstance(child, nodes.TemplateData):
                continue
            try:
                finalize(child.as_const(context))
            except PrintError as exc:
                problems.append(TemplateProblem(part, str(exc), **_where(source, child.lineno)))
            except Exception:
                continue
    for node in ast.find_all((nodes.Getattr, nodes.Getitem, nodes.Name, *_FORBIDDEN_NODES)):
        attr: object = None
        if isinstance(node, nodes.Getattr):
            attr = node.attr
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            attr = node.arg.value
        elif isinstance(node, nodes.Name):
            attr = node.name
        if isinstance(node, _FORBIDDEN_NODES):
            message = f"không được dùng {type(node).__name__} trong mẫu"
        elif isinstance(attr, str) and attr.startswith("_"):
            message = f"truy cập '{attr}' bị cấm (thuộc tính riêng hoặc nội bộ Python)"
        else:
            continue
        problems.append(TemplateProblem(part, message, **_where(source, node.lineno)))
    return problems


#: Jinja's syntax messages in Vietnamese (the original follows in brackets).
_SYNTAX = (
    (re.compile(r"Unexpected end of template.*innermost block that needs to be closed is '(\w+)'", re.S),
     "thẻ {{% {0} %}} mở ở đây nhưng không có thẻ đóng {{% end{0} %}}"),
    (re.compile(r"Encountered unknown tag '(\w+)'.*?(?:'(\w+)')?", re.S), "thẻ '{0}' không có hoặc không đúng chỗ"),
    (re.compile(r"expected token '([^']+)', got '([^']*)'"), "cần '{0}' nhưng gặp '{1}'"),
    (re.compile(r"unexpected '([^']*)'"), "gặp '{0}' không đúng chỗ"),
    (re.compile(r"unexpected end of template", re.I), "mẫu kết thúc khi thẻ chưa đóng"),
)


def _syntax_message(exc: TemplateSyntaxError) -> str:
    text = exc.message or ""
    for pattern, vietnamese in _SYNTAX:
        m = pattern.search(text)
        if m:
            return f"lỗi cú pháp mẫu: {vietnamese.format(*m.groups())} ({text.splitlines()[0]})"
    return f"lỗi cú pháp mẫu: {text}"


_OPENERS = frozenset({"if", "for", "with", "set", "filter", "block", "macro", "call", "raw", "autoescape"})


def _unclosed_block(source: str) -> int | None:
    """The line of the innermost block tag left open (Jinja reports the end of the part instead)."""
    stack: list[int] = []
    try:
        tokens = list(ENV.lex(source))
    except TemplateSyntaxError:
        return None
    after_begin = False
    for index, (line, kind, value) in enumerate(tokens):
        if kind == "whitespace":
            continue
        if kind == "block_begin":
            after_begin = True
            continue
        if after_begin and kind == "name":
            if value in _OPENERS and not (value == "set" and _assigns(tokens, index)):
                stack.append(line)
            elif value.startswith("end") and stack:
                stack.pop()
        after_begin = False
    return stack[-1] if stack else None


def _assigns(tokens: list[tuple[int, str, str]], index: int) -> bool:
    """``{% set x = … %}`` (one tag) rather than ``{% set x %}…{% endset %}`` (a block)."""
    for _line, kind, value in tokens[index + 1:]:
        if kind == "block_end":
            return False
        if kind == "operator" and value == "=":
            return True
    return False


class _Where(TypedDict):
    paragraph: int | None
    tag: str | None


def _where(source: str, line: int | None) -> _Where:
    """Where source line ``line`` is in the document: its paragraph and its tag text."""
    return _Where(paragraph=_paragraph(source, line), tag=_line_text(source, line))


def _paragraph(source: str, line: int | None) -> int | None:
    """Source line → paragraph number: each paragraph starts a new source line; the lines before
    the first one (XML declaration, body start) are no paragraph."""
    if not line:
        return None
    number = sum(1 for text in source.split("\n", line)[:line] if text.startswith("<w:p"))
    return number or None


def _line_text(source: str, line: int | None) -> str | None:
    if not line:
        return None
    lines = source.splitlines()
    if line > len(lines):
        return None
    text = _TAGS.sub("", lines[line - 1]).strip()
    return text[:120] or None


def _template_line(exc: BaseException) -> int | None:
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == "<template>":
            line = frame.lineno
    return line


def _where_used(prepared: PreparedTemplate, name: str) -> tuple[_Part, int | None]:
    """The part and source line where the unknown variable ``name`` is first read."""
    for part in prepared.parts.values():
        ast = ENV.parse(part.source)
        if name in meta.find_undeclared_variables(ast):
            lines = [n.lineno for n in ast.find_all(nodes.Name) if n.name == name and n.ctx == "load"]
            return part, min(lines, default=None)
    raise AssertionError(f"{name} is used by no part")  # variables come from the parts


class TemplateCache:
    """Prepared templates keyed by content hash, least recently used dropped past ``size``."""

    def __init__(self, size: int = 32) -> None:
        self._size = size
        self._items: OrderedDict[str, PreparedTemplate] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, data: bytes, name: str) -> PreparedTemplate:
        """The prepared template for ``data``, preparing it on first use."""
        key = hashlib.sha256(data).hexdigest()
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        prepared = prepare(data, name)
        with self._lock:
            self._items[key] = prepared
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return prepared


CACHE = TemplateCache()
