"""Batch rendering (in order, errors collected, any Executor) and batched PDF conversion."""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

import hoso
from tests.conftest import EXAMPLES, ROOT, soffice_or_fail
from tests.docx_facts import full_text, open_docx

BASE = yaml.safe_load((ROOT / "examples" / "doi_thoai" / "bien_ban.yaml").read_text("utf-8"))


def numbered(n: int, bad: set[int] = frozenset()) -> list[dict | str]:  # type: ignore[assignment,type-arg]
    docs = []
    for i in range(n):
        data = copy.deepcopy(BASE)
        data["so"] = i + 1
        if i in bad:  # as YAML text, so the error has a line
            data["ngay"] = "2026-02-30"
            docs.append(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
        else:
            docs.append(data)
    return docs


def test_a_thousand_documents_with_one_bad_one(tmp_path: Path) -> None:
    progress: list[tuple[int, int | None]] = []
    results = hoso.render_many(numbered(1000, bad={17}), tmp_path, workers=2,
                               on_progress=lambda done, total: progress.append((done, total)))
    assert [r.index for r in results] == list(range(1000))
    assert [r.name for r in results[:2]] == ["0001-bien_ban_doi_thoai.docx", "0002-bien_ban_doi_thoai.docx"]
    bad = results[17]
    assert not bad.ok and bad.path is None and isinstance(bad.error, hoso.DataError)
    (problem,) = bad.error.problems
    assert problem.path == "ngay" and problem.line is not None
    good = [r for r in results if r.ok]
    assert len(good) == 999
    for r in good[:3] + good[-3:]:
        assert r.path == tmp_path / r.name
        assert f"Số: {r.index + 1:02d}/BB-MTTQ-BTT" in full_text(open_docx(r.path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(r.name for r in good)
    assert progress[-1] == (1000, 1000) and [d for d, _ in progress] == list(range(1, 1001))


def test_in_process_and_any_executor_give_the_same_files(tmp_path: Path) -> None:
    runs = {}
    for label, kwargs in (("serial", {"workers": 1}), ("threads", {"executor": ThreadPoolExecutor(3)})):
        out = tmp_path / label
        results = hoso.render_many(iter(numbered(5)), out, **kwargs)  # a generator: no length
        runs[label] = [r.path.read_bytes() for r in results if r.path]
    assert runs["serial"] == runs["threads"] and len(runs["serial"]) == 5


def test_documented_process_pool_example(tmp_path: Path) -> None:
    # docs/hieu_nang.md: a ProcessPoolExecutor stands in for a cluster executor (Dask, Ray).
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = hoso.render_many(EXAMPLES, tmp_path, executor=pool)
    assert all(r.ok for r in results)
    assert [r.name for r in results] == [f"{i + 1:04d}-{e.stem}.docx" for i, e in enumerate(EXAMPLES)]


def test_errors_pickle_with_their_details() -> None:
    with pytest.raises(hoso.DataError) as info:
        hoso.load({"loai": "bien_ban_doi_thoai"})
    again = pickle.loads(pickle.dumps(info.value))
    assert again.problems == info.value.problems and str(again) == str(info.value)
    error = hoso.TemplateError("x.docx", [hoso.TemplateProblem("word/document.xml", "m", 3, "{{ x }}")])
    assert pickle.loads(pickle.dumps(error)).problems == error.problems
    pdf = hoso.PdfError("msg", ["a.docx"])
    assert pickle.loads(pickle.dumps(pdf)).files == ("a.docx",)


def test_to_pdf_converts_many_in_one_go(tmp_path: Path) -> None:
    soffice_or_fail()
    docs = [hoso.render(d, tmp_path / "docx" / f"bb-{i}.docx") for i, d in enumerate(numbered(3))]
    pdfs = hoso.to_pdf(docs, tmp_path / "pdf")
    assert pdfs == [tmp_path / "pdf" / f"bb-{i}.pdf" for i in range(3)]
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    assert sorted(p.name for p in (tmp_path / "pdf").iterdir()) == [p.name for p in pdfs]


def test_to_pdf_names_the_file_that_fails(tmp_path: Path) -> None:
    soffice_or_fail()
    good = hoso.render(BASE, tmp_path / "good.docx")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not a document")
    existing = tmp_path / "pdf" / "broken.pdf"
    existing.parent.mkdir()
    existing.write_bytes(b"old pdf")
    with pytest.raises(hoso.PdfError) as info:
        hoso.to_pdf([good, broken], tmp_path / "pdf")
    assert info.value.files == (str(broken),)
    assert (tmp_path / "pdf" / "good.pdf").read_bytes().startswith(b"%PDF")
    assert existing.read_bytes() == b"old pdf"


def test_to_pdf_without_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(hoso.PdfError, match="LibreOffice"):
        hoso.to_pdf([tmp_path / "a.docx"], tmp_path)


def test_deadline_warnings_come_back_with_each_result(tmp_path: Path) -> None:
    notice = yaml.safe_load((ROOT / "examples" / "doi_thoai" / "thong_bao.yaml").read_text("utf-8"))
    late = {**notice, "ngay": "2026-03-17"}
    results = hoso.render_many([notice, late], tmp_path, workers=2)
    assert [r.ok for r in results] == [True, True]
    assert results[0].warnings == ()
    (warning,) = results[1].warnings
    assert isinstance(warning, hoso.DeadlineWarning) and warning.path == "ngay" and "3 ngày" in warning.message
    blocked = hoso.render_many([late], tmp_path / "strict", workers=1, deadlines="error")
    assert isinstance(blocked[0].error, hoso.DataError) and blocked[0].path is None
