"""Issue 12, classes 17 and 18: template errors are reported at the paragraph where the tag
starts, in Vietnamese, with the tag text; data messages say what is actually wrong."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hoso
from tests.hardening import EXAMPLE
from tests.test_hardening_template_errors import render_with


@pytest.mark.parametrize(("tag", "says"), [
    ("{% if so %}x", "thẻ {% if %} mở ở đây nhưng không có thẻ đóng {% endif %}"),
    ("{% for x in chu_tri %}x", "thẻ {% for %} mở ở đây nhưng không có thẻ đóng {% endfor %}"),
    ("{% khong_co %}", "thẻ 'khong_co' không có hoặc không đúng chỗ"),
    ("{{ so so }}", "cần 'end of print statement' nhưng gặp 'so'"),
    ("{{ khong_co }}", "biến 'khong_co' không có trong dữ liệu"),
])
def test_template_errors_are_at_the_paragraph_of_the_tag_in_vietnamese(tmp_path: Path, tag: str, says: str) -> None:
    error = render_with(tmp_path, tag)
    assert error is not None
    (problem,) = error.problems
    assert problem.paragraph == 1 and says in problem.message
    assert problem.tag is not None and problem.tag.startswith(tag)


@settings(max_examples=30, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(opener=st.sampled_from(["{% if so %}", "{% for x in chu_tri %}", "{% with a = 1 %}"]),
       filler=st.lists(st.sampled_from(["{{ so }}", "{% if so %}a{% endif %}", "text"]), max_size=3))
def test_an_unclosed_block_is_reported_where_it_opens(tmp_path: Path, opener: str, filler: list[str]) -> None:
    error = render_with(tmp_path, opener + "".join(filler))
    assert error is not None
    (problem,) = error.problems
    assert problem.paragraph == 1 and "mở ở đây" in problem.message


def message_of(source: object) -> str:
    with pytest.raises(hoso.DataError) as info:
        hoso.load(source)  # type: ignore[arg-type]
    return info.value.problems[0].message


def test_data_messages_say_what_is_wrong(tmp_path: Path) -> None:
    text = EXAMPLE.read_text("utf-8")
    assert "không phải số 20260109" in message_of(text.replace("ngay: 2026-03-20", "ngay: 20260109"))
    json_path = tmp_path / "bb.json"
    json_path.write_text('{"loai": "bien_ban_doi_thoai", "so": NaN}', encoding="utf-8")
    assert message_of(json_path) == "JSON không có giá trị NaN; hãy ghi một số hoặc null"
    (tmp_path / "thu_muc.yaml").mkdir()
    assert "đây là một thư mục" in message_of(tmp_path / "thu_muc.yaml")
    os.mkfifo(tmp_path / "fifo.yaml")
    assert "FIFO" in message_of(tmp_path / "fifo.yaml")
    (tmp_path / "vong.yaml").symlink_to(tmp_path / "vong.yaml")
    assert "vòng liên kết" in message_of(str(tmp_path / "vong.yaml"))
    assert "văn bản Word không phải tệp dữ liệu" in message_of("bien-ban.docx")
    # a long list: tests/test_hardening_yaml_budget.py
