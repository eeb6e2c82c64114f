"""Deterministic bytes, safe sharing between threads, atomic writes, all entry forms of load/render."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

import hoso
from hoso.models import BienBanDoiThoai, HeThong
from tests.conftest import ROOT
from tests.docx_facts import full_text, open_docx

EXAMPLE = ROOT / "examples" / "doi_thoai" / "bien_ban.yaml"


def test_same_input_same_bytes() -> None:
    doc = hoso.load(EXAMPLE)
    assert hoso.render(doc) == hoso.render(hoso.load(EXAMPLE))


def test_rendering_from_many_threads_gives_identical_documents() -> None:
    doc = hoso.load(EXAMPLE)
    expected = hoso.render(doc)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _: hoso.render(doc), range(32)))
    assert all(r == expected for r in results)


def test_render_writes_atomically_and_returns_the_path(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "bien-ban.docx"
    assert hoso.render(hoso.load(EXAMPLE), target) == target
    assert open_docx(target).paragraphs is not None
    assert [p.name for p in target.parent.iterdir()] == ["bien-ban.docx"]
    target.write_bytes(b"old")
    hoso.render(hoso.load(EXAMPLE), str(target))
    assert target.read_bytes().startswith(b"PK")


def test_load_accepts_yaml_text_dict_json_and_paths(tmp_path: Path) -> None:
    text = EXAMPLE.read_text("utf-8")
    data = yaml.safe_load(text)
    json_path = tmp_path / "bb.json"
    json_path.write_text(json.dumps(data, default=str, ensure_ascii=False), encoding="utf-8")
    loaded = [hoso.load(text), hoso.load(data), hoso.load(json_path), hoso.load(str(EXAMPLE)), hoso.load(EXAMPLE)]
    assert all(isinstance(m, BienBanDoiThoai) for m in loaded)
    assert len({m.model_dump_json() for m in loaded}) == 1
    assert loaded[0].loai == "bien_ban_doi_thoai"


def test_render_accepts_a_path_directly() -> None:
    assert hoso.render(EXAMPLE) == hoso.render(hoso.load(EXAMPLE))


def test_yaml_1_1_surprises_do_not_corrupt_data() -> None:
    text = EXAMPLE.read_text("utf-8").replace('bat_dau: "08:00"', "bat_dau: 08:00")
    text = text.replace("    so_co_mat: 8\n", "    so_co_mat: 08\n", 1)
    model = hoso.load(text)
    assert model.bat_dau.hour == 8 and model.thanh_phan[0].so_co_mat == 8
    data = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    data["dia_diem"] = "yes"
    assert hoso.load(yaml.safe_dump(data, allow_unicode=True).replace("'yes'", "yes")).dia_diem == "yes"


def test_models_are_immutable() -> None:
    model = hoso.load(EXAMPLE)
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error
        model.so = 9  # type: ignore[misc]


def test_catalog_lists_the_minutes_for_every_system() -> None:
    (kind,) = [k for k in hoso.catalog() if k.loai == "bien_ban_doi_thoai"]
    assert kind.model is BienBanDoiThoai and kind.ten == "Biên bản hội nghị đối thoại"
    assert set(kind.mau) == set(HeThong) and all(p.is_file() for p in kind.mau.values())


def test_a_draft_without_number_leaves_room_for_it() -> None:
    data = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    del data["so"]
    text = full_text(open_docx(hoso.render(hoso.load(data))))
    assert "Số:       /BB-MTTQ-BTT" in text


def test_prepared_templates_are_cached_by_content_and_bounded() -> None:
    from hoso._engine.prepared import TemplateCache

    shipped = [p.read_bytes() for k in hoso.catalog() for p in k.mau.values()]
    cache = TemplateCache(size=2)
    first = cache.get(shipped[0], "a")
    assert cache.get(bytes(shipped[0]), "same content, other name") is first
    cache.get(shipped[1], "b")
    cache.get(shipped[2], "c")
    assert cache.get(shipped[0], "a") is not first  # evicted, prepared again
    with pytest.raises(TypeError):
        first.parts["word/document.xml"] = None  # type: ignore[index]


def test_written_files_get_ordinary_permissions(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        new = hoso.render(hoso.load(EXAMPLE), tmp_path / "new.docx")
        assert new.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.docx"
        kept.write_bytes(b"x")
        kept.chmod(0o640)
        hoso.render(hoso.load(EXAMPLE), kept)
        assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_bytes().startswith(b"PK")
    finally:
        os.umask(old)
