"""YAML syntax errors in Vietnamese: what to fix, with the offending line.

PyYAML explains a syntax error in its own English ("expected <block end>, but found '?'"); the
mistakes a clerk makes are few (a tab, an indent out of line, a list item at the wrong level, an
unclosed quote, a colon inside unquoted text), so each gets a sentence that says what to change.
The message keeps the line and column (``Problem``) and quotes the line itself.
"""

from __future__ import annotations

import yaml

#: (words in PyYAML's problem or context, what to fix), first match wins.
_GOI_Y: tuple[tuple[tuple[str, ...], str], ...] = (
    (("'\\t'",), "có ký tự Tab: YAML chỉ thụt lề bằng dấu cách; thay mỗi Tab bằng dấu cách"),
    (("quoted scalar",), "dấu ngoặc kép (hoặc nháy đơn) chưa được đóng: thêm dấu đóng ở cuối giá trị"),
    (("mapping values are not allowed",),
     "có dấu hai chấm và dấu cách (': ') trong một giá trị chưa đặt trong ngoặc kép, hoặc dòng này thụt lề "
     "sai: đặt cả giá trị trong ngoặc kép, ví dụ noi_dung: \"Ý kiến: …\""),
    (("could not find expected ':'",),
     "thiếu dấu hai chấm sau tên trường, hoặc giá trị bị xuống dòng giữa chừng: giá trị nhiều dòng viết sau "
     "'>-' và thụt lề, hoặc đặt trong ngoặc kép"),
    (("<block sequence start>", "'-'"),
     "mục danh sách ('- ') sai cấp thụt lề: các mục của một danh sách phải thẳng cột với nhau"),
    (("expected <block end>", "did not find expected key", "did not find expected '-'"),
     "thụt lề không khớp với các dòng trên: các trường cùng cấp phải thẳng cột, trường con thụt vào sâu hơn "
     "trường cha (bằng dấu cách)"),
)


def thong_bao(exc: yaml.MarkedYAMLError, text: str) -> str:
    """The Vietnamese message for ``exc`` raised reading ``text``, quoting the offending line."""
    said = f"{exc.problem or ''} {exc.context or ''}"
    hint = next((fix for words, fix in _GOI_Y if any(w in said for w in words)), None)
    message = (f"YAML không đọc được: {hint}" if hint
               else f"YAML không đọc được (lỗi cú pháp: {exc.problem or exc.context})")
    mark = exc.problem_mark or exc.context_mark
    if "quoted scalar" in said and exc.context_mark is not None:  # the parser stops at the end of the file
        mark = exc.context_mark
        message += f" (dấu mở ở dòng {mark.line + 1}, cột {mark.column + 1})"
    lines = text.splitlines()
    if mark is not None and mark.line < len(lines) and lines[mark.line].strip():
        message += f"; dòng {mark.line + 1}: {lines[mark.line].strip()!r}"
    return message
