"""Every error hoso raises on purpose.

The hierarchy::

    HosoError                 root: catch this to catch everything hoso raises on purpose
    ├── DataError             the input data is wrong; carries every Problem found in one pass
    ├── TemplateError         a .docx template is wrong or unsafe; carries every TemplateProblem
    ├── OutputError           the output file cannot be written (``path``); existing files stay as they were
    └── PdfError              LibreOffice is missing, or could not convert some files (``files``)

Every error pickles with its details, so a batch run in worker processes reports them whole.

Messages are Vietnamese first: they are read by clerks and IT staff in Vietnam.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass


class HosoError(Exception):
    """Root of everything hoso raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input data.

    ``path`` is the dotted field path (``y_kien[2].trang_thai``; empty for the whole document),
    ``line``/``column`` are 1-based positions in ``source`` when the data came from YAML text,
    ``message`` says in Vietnamese what is wrong and what is expected.
    """

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    source: str | None = None

    def location(self) -> str:
        """``file:line:col`` (or the parts of it that are known)."""
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}:{self.column}" if where else f"dòng {self.line}:{self.column}"
        return where

    def __str__(self) -> str:
        where = self.location()
        field = self.path or "(toàn bộ tài liệu)"
        return f"{where + ': ' if where else ''}{field}: {self.message}"


class DataError(HosoError):
    """Raised by ``hoso.load`` / ``hoso.render`` when the data is invalid.

    ``problems`` lists every problem found in one pass, in document order.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = [f"Dữ liệu không hợp lệ ({len(self.problems)} lỗi):"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type[DataError], tuple[list[Problem]]]:
        return type(self), (list(self.problems),)


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One thing wrong with a template.

    ``part`` is the package part (``word/document.xml``, ``word/header2.xml``),
    ``paragraph`` the 1-based paragraph number in that part when known,
    ``tag`` the offending template text, ``message`` the Vietnamese explanation.
    """

    part: str
    message: str
    paragraph: int | None = None
    tag: str | None = None

    def __str__(self) -> str:
        where = self.part + (f", đoạn {self.paragraph}" if self.paragraph else "")
        tag = f" [{self.tag}]" if self.tag else ""
        return f"{where}: {self.message}{tag}"


class TemplateError(HosoError):
    """Raised when a template cannot be used: broken syntax, unsafe access, unknown variables.

    ``problems`` lists every problem found; ``template`` names the template file.
    """

    def __init__(self, template: str, problems: list[TemplateProblem]) -> None:
        self.template = template
        self.problems: tuple[TemplateProblem, ...] = tuple(problems)
        lines = [f"Mẫu văn bản {template} không dùng được ({len(self.problems)} lỗi):"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[type[TemplateError], tuple[str, list[TemplateProblem]]]:
        return type(self), (self.template, list(self.problems))


class PdfError(HosoError):
    """Raised by ``hoso.to_pdf`` when LibreOffice is missing or some files did not convert.

    ``files`` names the input files that have no PDF (empty when LibreOffice is missing).
    """

    def __init__(self, message: str, files: list[str] | None = None) -> None:
        self.files: tuple[str, ...] = tuple(files or ())
        super().__init__(message)

    def __reduce__(self) -> tuple[type[PdfError], tuple[str, list[str]]]:
        return type(self), (str(self), list(self.files))


class OutputError(HosoError):
    """Raised by ``hoso.render`` (and the batch and invitation functions) when ``path`` cannot be
    written: a folder, an empty name, a folder that is a file, no permission, a full disk.

    Nothing is left half-written: an existing file at ``path`` stays as it was.
    """

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"Không ghi được {path or '(tên trống)'}: {message}")
        self.message = message

    def __reduce__(self) -> tuple[type[OutputError], tuple[str, str]]:
        return type(self), (self.path, self.message)


#: Vietnamese for the operating-system errors a clerk can meet and fix.
_OS_ERRORS = {
    errno.ENOENT: "không tìm thấy",
    errno.ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
    errno.EISDIR: "đây là một thư mục, cần tên một tệp",
    errno.EEXIST: "đã có một tệp cùng tên ở chỗ cần tạo thư mục",
    errno.EACCES: "không có quyền truy cập; hãy kiểm tra quyền của tệp và thư mục",
    errno.EPERM: "không được phép truy cập; hãy kiểm tra quyền của tệp và thư mục",
    errno.EROFS: "ổ đĩa chỉ cho đọc, không ghi được",
    errno.ENOSPC: "ổ đĩa đã đầy; hãy giải phóng dung lượng rồi chạy lại",
    errno.EDQUOT: "đã hết hạn mức dung lượng; hãy giải phóng dung lượng rồi chạy lại",
    errno.ENAMETOOLONG: "tên tệp hoặc thư mục dài quá 255 byte; hãy đặt tên ngắn hơn",
    errno.ELOOP: "đường dẫn là một vòng liên kết (symlink trỏ vòng về nhau)",
    errno.EBUSY: "tệp hoặc thư mục đang được dùng",
}


def describe_os_error(exc: OSError) -> str:
    """What an ``OSError`` means, in Vietnamese, for a message that names the file."""
    return _OS_ERRORS.get(exc.errno or 0, f"lỗi hệ thống: {exc.strerror or exc}")
