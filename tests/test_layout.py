"""Geometry stage: furniture, title roles, regions, reading order, photos, parse wiring."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

from banmian.errors import InputError  # noqa: E402
from banmian.export.json import page_to_dict  # noqa: E402
from banmian.layout import parse_pdf, title_roles  # noqa: E402
from banmian.model import Line  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "banmian" / "spec" / "page.schema.json"



@pytest.fixture(scope="module")
def front(pdfs):
    (result,) = list(parse_pdf(str(pdfs["front"])))
    return result


def _line(text, y, size):
    return Line(text=text, start=0, end=len(text), line_no=1, bbox=(10, y, 10 + size * len(text), y + size),
                size=size)


def test_title_roles_kicker_headline_subheadline():
    roles = title_roles([_line("引题一行", 0, 13), _line("主题一行", 18, 22), _line("副题", 46, 13)])
    assert [(t.role.value, t.text) for t in roles] == [
        ("kicker", "引题一行"), ("headline", "主题一行"), ("subheadline", "副题")]


def test_title_roles_wrapped_headline_is_one():
    roles = title_roles([_line("主题上半", 0, 22), _line("主题下半", 28, 22), _line("副题", 56, 13)])
    assert [(t.role.value, t.text) for t in roles] == [("headline", "主题上半主题下半"), ("subheadline", "副题")]


def test_parse_pdf_page_furniture(front):
    assert (front.page.newspaper, front.page.date, front.page.number, front.page.section) == (
        "青石日报", "2024-03-06", "1", "要闻")
    furniture = {r.text for r in front.removed if r.reason == "page furniture"}
    assert {"青石日报", "第1版 要闻", "责任编辑：宋 雨"} <= furniture


def test_parse_pdf_page_articles_by_region(front):
    arts = front.articles
    assert [a.kind.value for a in arts] == ["article", "article", "photo"]
    a1, a2, photo = arts
    assert [(t.role.value, t.text) for t in a1.titles] == [
        ("kicker", "春风里绿意浓"), ("headline", "河堤种下新樱花"), ("subheadline", "青石镇志愿者植树护河")]
    assert [(b.role, b.name) for b in a1.bylines] == [("记者", "林晓")]
    assert a1.dateline == "3月5日上午"
    assert len(a1.paragraphs) == 2 and a1.paragraphs[1].startswith("镇里介绍")
    assert [(b.role, b.name) for b in a2.bylines] == [("记者", "周明远"), ("通讯员", "何平")]
    assert a2.paragraphs[0].endswith("新开通线路四条。")
    assert photo.titles[0].text == "走进科技馆" and [(b.role, b.name) for b in photo.bylines] == [("摄影", "许静")]
    assert photo.paragraphs == ("3月4日，小学生在老师带领下参观科技馆的机器人展区。",)


def test_parse_pdf_page_bboxes(front):
    a1, a2, photo = front.articles
    assert a1.bbox[0] == pytest.approx(40, abs=1) and a1.bbox[2] < 300
    assert a2.bbox[0] > 300
    assert photo.bbox[1] == pytest.approx(390, abs=1)  # the photo box top


def test_parse_pdf_page_overprint_in_removed(front):
    assert [r.text for r in front.removed if r.reason == "duplicate"] == ["河堤种下新樱花"]
    assert not front.unassigned


def test_parse_pdf_page_schema_valid(front):
    jsonschema = pytest.importorskip("jsonschema")
    doc = page_to_dict(front)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert doc["source"]["format"] == "pdf" and doc["source"]["page"] == 1


def test_parse_pdf_mixed_reads_good_pages(pdfs, caplog):
    results = list(parse_pdf(str(pdfs["mixed"])))
    assert [r.source.page_no for r in results] == [1, 3]
    assert any("page 2" in m and "--ocr" in m for m in caplog.messages)


def test_parse_pdf_scan_only_raises(pdfs):
    with pytest.raises(InputError, match="--ocr"):
        list(parse_pdf(str(pdfs["scan"])))


def test_parse_inputs_dispatches_pdf(pdfs):
    from banmian.pipeline import parse_inputs

    results = list(parse_inputs([str(pdfs["issue"])], pages="2-3"))
    assert [r.source.page_no for r in results] == [2, 3]


def test_parse_page_reads_a_one_page_pdf(pdfs):
    from banmian.pipeline import parse_page

    result = parse_page(pdfs["front"])
    assert result.source.format.value == "pdf" and result.articles
