"""End-to-end tests of the page generator: gold validity, self-score, determinism, issue links."""
import json
from pathlib import Path

import pytest

from banmian.eval import score_page
from banmian.synth import generate_pages

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus" / "rmrb-2019-10.jsonl"
SCHEMA = REPO / "banmian" / "spec" / "page.schema.json"

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason=f"dev corpus not found at {CORPUS} (copyrighted, never in the repo)")


def _collect(**kw):
    pages = []
    report = generate_pages(CORPUS, None, on_page=pages.append, **kw)
    return report, pages


@pytest.fixture(scope="module")
def generated():
    if not CORPUS.exists():
        pytest.skip(f"dev corpus not found at {CORPUS}")
    return _collect(pages=4, seed=7)


@needs_corpus
def test_generate_pages_gold_validates(generated):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for page in generated[1]:
        jsonschema.validate(page.gold, schema)


@needs_corpus
def test_generate_pages_gold_scores_one_against_itself(generated):
    for page in generated[1]:
        scores = score_page(page.gold, page.gold, page.text)
        assert scores["lost_chars"] == 0, page.stem
        for key, value in scores.items():
            if key not in ("articles_gold", "articles_pred", "lost_chars", "extra_chars"):
                assert value == 1.0, (page.stem, key)


@needs_corpus
def test_generate_pages_flat_text_carries_gold(generated):
    report, pages = generated
    assert report.failed == []
    assert all(not p.problems for p in pages)


@needs_corpus
def test_generate_pages_gold_has_page_fields_and_bboxes(generated):
    for page in generated[1]:
        g = page.gold
        assert g["page"]["date"] and g["page"]["number"] and g["page"]["newspaper"]
        assert any(r["reason"] == "page furniture" for r in g["removed"])
        for art in g["articles"]:
            x0, y0, x1, y1 = art["bbox"]
            assert 0 <= x0 < x1 <= g["page"]["width"] and 0 <= y0 < y1 <= g["page"]["height"]


@needs_corpus
def test_generate_pages_deterministic_for_seed(generated):
    _, again = _collect(pages=2, seed=7)
    for a, b in zip(generated[1], again):
        assert a.text == b.text
        assert a.gold == b.gold
    _, other = _collect(pages=1, seed=8)
    assert other[0].text != generated[1][0].text


@needs_corpus
def test_generate_pages_writes_three_files_per_page(tmp_path):
    generate_pages(CORPUS, tmp_path, pages=1, seed=3, extractor="pdfminer", style="national")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p0001.gold.json", "p0001.pdf", "p0001.txt"]
    gold = json.loads((tmp_path / "p0001.gold.json").read_text(encoding="utf-8"))
    assert gold["source"]["extractor"] == "pdfminer" and gold["source"]["path"] == "p0001.txt"


@needs_corpus
def test_generate_pages_local_style_opens_with_benbaoxun():
    _, pages = _collect(pages=2, seed=11, style="local", extractor="pymupdf")
    arts = [a for p in pages for a in p.gold["articles"] if a["kind"] == "article" and not a["continued_from"]]
    assert any(a["paragraphs"][0].startswith("本报讯 ") for a in arts)
    assert any(b["role"] == "记者" for a in arts for b in a["bylines"])
    for a in arts:
        for b in a["bylines"]:
            assert " " not in b["name"]


@needs_corpus
def test_generate_pages_issue_links_continuations():
    report, pages = _collect(pages=4, seed=5, issue=True)
    assert report.failed == []
    by_stem = {p.stem: p for p in pages}
    links = [(p, a) for p in pages for a in p.gold["articles"] if a["continued_to"]]
    assert links, "page 1 of an issue cuts at least one article"
    for page, art in links:
        stem, part_id = art["continued_to"]["article"].split("#")
        target = by_stem[stem]
        part = next(a for a in target.gold["articles"] if a["id"] == part_id)
        assert target.gold["source"]["page"] == art["continued_to"]["page"]
        assert part["continued_from"] == {"page": page.gold["source"]["page"],
                                          "article": f"{page.stem}#{art['id']}"}
        assert "上接" in target.text
