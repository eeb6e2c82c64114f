"""YAML syntax errors in Vietnamese, with what to fix, line:column and the offending line (issue 8, point 9)."""

from __future__ import annotations

import pytest

import hoso

CASES = [
    ("a:\n\tb: 1\n", 2, "Tab", "'b: 1'"),
    ('noi_dung: "Ông A đề nghị\nx: 1\n', 3,
     "chưa được đóng: thêm dấu đóng ở cuối giá trị (dấu mở ở dòng 1", "'noi_dung: \"Ông A đề nghị'"),
    ("loai: bien_ban_doi_thoai\nnoi_dung: Ý kiến: đề nghị sửa đường\n", 2, "ngoặc kép", "'noi_dung: Ý kiến: đề nghị"),
    ("co_quan:\n  ten: A\n cap: xa\n", 3, "thụt lề không khớp", "'cap: xa'"),
    ("chu_de:\n  - Đất đai\n - Giao thông\n", 3, "mục danh sách ('- ') sai cấp thụt lề", "'- Giao thông'"),
]


@pytest.mark.parametrize(("text", "line", "fix", "quoted"), CASES)
def test_a_yaml_syntax_error_says_what_to_fix_where(text: str, line: int, fix: str, quoted: str) -> None:
    with pytest.raises(hoso.DataError) as info:
        hoso.load(text)
    (problem,) = info.value.problems
    assert problem.line == line and problem.column is not None
    assert problem.message.startswith("YAML không đọc được") and fix in problem.message and quoted in problem.message
    assert "expected" not in problem.message and "found" not in problem.message
