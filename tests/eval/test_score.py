"""The package scorer agrees with the acceptance scorer (../shared/tools/score.py) to three decimals."""
import copy
import importlib.util
import json
from pathlib import Path

import pytest

from banmian.eval import naive_read, score_page

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "tools" / "score.py"
SEED = SHARED / "seed" / "000_f46ce7a10e2cdd5f"
CORPUS = SHARED / "corpus" / "rmrb-2019-10.jsonl"


@pytest.fixture(scope="module")
def reference():
    if not REFERENCE.exists():
        pytest.skip(f"reference scorer not found at {REFERENCE}")
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def perturb(gold: dict, pdf: bool = False) -> dict:
    """A plausible imperfect reading: merged and split articles, lost titles, wrong bylines."""
    pred = copy.deepcopy(gold)
    arts = pred["articles"]
    if len(arts) >= 3:
        arts[1]["paragraphs"] = arts[1]["paragraphs"] + arts[2]["paragraphs"]  # merged
        del arts[2]
    if arts:
        arts[0]["titles"] = arts[0]["titles"][:1]
        arts[0]["bylines"] = [{"role": "记者", "name": "某某"}]
        arts[0]["kind"] = "article"
        arts[0]["continued_to"] = {"page": 9}
        p = arts[0]["paragraphs"]
        if p and len(p[0]) > 20:
            arts[0]["paragraphs"] = [p[0][:10], p[0][10:-3]] + p[1:]
        if arts[0].get("bbox"):
            x0, y0, x1, y1 = arts[0]["bbox"]
            arts[0]["bbox"] = [x0, y0, x1, y0 + (y1 - y0) * 0.7]
    if arts and len(arts[-1]["titles"]) > 1:
        arts[-1]["titles"] = list(reversed(arts[-1]["titles"]))  # roles swapped
    pred["removed"] = []
    if pdf:
        pred["source"] = {"format": "pdf"}
    return pred


def assert_agree(mine: dict, ref: dict):
    assert set(mine) == set(ref)
    for key in ref:
        assert round(mine[key], 3) == round(ref[key], 3), key


def test_score_page_agrees_with_reference_on_seed(reference):
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    for pred in (gold, perturb(gold), naive_read(text), {"articles": []}):
        assert_agree(score_page(gold, pred, text), reference.score(gold, pred, text))


def test_score_page_agrees_with_reference_on_pdf_gold(reference):
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    gold["source"]["format"] = "pdf"
    for k, a in enumerate(gold["articles"]):
        a["bbox"] = [10.0 * k, 20.0 * k, 10.0 * k + 100, 20.0 * k + 150]
    pred = perturb(gold, pdf=True)
    assert_agree(score_page(gold, pred), reference.score(gold, pred))


def test_score_page_agrees_with_reference_on_generated_pages(reference):
    if not CORPUS.exists():
        pytest.skip(f"dev corpus not found at {CORPUS}")
    from banmian.synth import generate_pages

    pages = []
    generate_pages(CORPUS, None, pages=2, seed=21, on_page=pages.append)
    for page in pages:
        for pred in (perturb(page.gold), naive_read(page.text)):
            assert_agree(score_page(page.gold, pred, page.text), reference.score(page.gold, pred, page.text))


def test_score_page_text_mode_drops_pdf_metrics():
    gold = {"source": {"format": "pdf"}, "articles": [
        {"titles": [{"role": "headline", "text": "标题"}], "paragraphs": ["正文内容一二三四"], "bbox": [0, 0, 10, 10]}]}
    assert "bbox_iou80" not in score_page(gold, gold, pdf=False)
    scores = score_page(gold, gold, pdf=True)
    assert scores["role_acc"] == 1.0 and scores["bbox_iou80"] == 1.0
