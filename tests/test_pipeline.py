"""End to end: flat-text pages in, schema-valid readings out, scored like acceptance."""
import json
from pathlib import Path

import jsonschema
import pytest

from banmian.accounting import LOST_REASON, lost_chars
from banmian.export.json import page_to_dict
from banmian.model import SourceText
from banmian.pipeline import parse_page

SCHEMA = json.loads((Path(__file__).parent.parent / "banmian" / "spec" / "page.schema.json").read_text())
PAGES = sorted((Path(__file__).parent / "data" / "pages").glob("*.txt"))


def test_parse_page_seed_scores_like_gold(seed_paths, score_module):
    txt, gold = seed_paths
    result = parse_page(txt)
    doc = page_to_dict(result)
    jsonschema.validate(doc, SCHEMA)
    r = score_module.score(json.loads(gold.read_text()), doc, txt.read_text(encoding="utf-8"))
    assert r["article_f1"] == 1 and r["title_acc"] == 1 and r["byline_acc"] == 1
    assert r["kind_acc"] == 1 and r["cont_acc"] == 1 and r["lost_chars"] == 0
    assert r["para_f1"] >= 0.95
    assert [x["reason"] for x in doc["removed"]] == ["duplicate"]


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_parse_page_hand_written_pages_match_gold(path, score_module):
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    doc = page_to_dict(parse_page(path))
    jsonschema.validate(doc, SCHEMA)
    r = score_module.score(gold, doc, path.read_text(encoding="utf-8"))
    assert r["lost_chars"] == 0
    assert r["article_f1"] == 1, r
    assert r["title_acc"] == 1 and r["byline_acc"] == 1 and r["cont_acc"] == 1 and r["kind_acc"] == 1, r
    assert r["para_f1"] >= 0.95, r
    assert doc["page"] == gold.get("page", doc["page"])


def test_parse_page_prose_is_kept_not_lost():
    text = "This is not a newspaper page. It is English prose.\n\nSecond paragraph here.\n"
    result = parse_page(SourceText(text=text))
    assert not lost_chars(result)
    assert all(u.reason != LOST_REASON for u in result.unassigned)


def test_parse_page_one_long_line_nothing_lost():
    text = "平湖" * 200_000 + "。"
    result = parse_page(SourceText(text=text))
    assert not lost_chars(result)


def test_parse_page_thousands_of_short_articles_all_read():
    # Regression: title resolution used to recurse once per candidate (RecursionError).
    one = "甲方，乙方\n\n本报讯 正文内容是这样的，\n第二行也是正文内容的，\n第三行结束了。\n\n"
    result = parse_page(SourceText(text=one * 2000))
    assert len(result.articles) == 2000
    assert not lost_chars(result)


def test_parse_page_long_run_of_headings_keeps_everything():
    # Regression: every split of a long title-only gap was tried (quadratic in its length).
    body = "本报讯 正文内容是这样的，\n第二行也是正文内容的，\n第三行结束了。\n\n"
    text = body + "标题第一行\n标题第二行\n\n" * 1500 + body
    result = parse_page(SourceText(text=text))
    assert len(result.articles) == 2
    assert not lost_chars(result)


def test_parse_page_without_blank_lines_still_finds_its_articles():
    # Some extractors write no blank line between blocks: a page must not read as one story.
    from pagekit import wrap_column
    stories = {
        "湿地公园完成生态修复": "城东湿地公园完成生态修复工程，新种水生植物四十余种，白鹭、野鸭等鸟类数量明显增多，"
                        "周末前来观鸟拍照的市民络绎不绝。",
        "图书馆新馆正式开放": "县图书馆新馆正式开放，馆藏图书二十万册，设有少儿阅览区和自习室，"
                       "开馆首日接待读者三千余人次，借阅量创下新高。",
        "菜市场改造后焕新颜": "城南菜市场改造完工，摊位统一规划，地面干净整洁，"
                       "商户们说顾客比以前多了，买菜的老人也夸环境好。",
        "森林步道串起好风景": "西山森林步道全线贯通，全长十二公里，沿途设置观景台和休息驿站，"
                       "成为登山爱好者和徒步团队的新去处。",
    }
    lines = []
    for title, text in stories.items():
        lines.append(title)
        lines.extend(wrap_column([text] * 6, 14))
    result = parse_page(SourceText(text="\n".join(lines)))
    titles = [a.titles[0].text for a in result.articles if a.titles]
    assert sum(t in titles for t in stories) >= 3
    assert not lost_chars(result)


def test_parse_page_without_blank_lines_keeps_bylines_and_columns_apart():
    # PyMuPDF's plain get_text() writes no blank lines: frames are found where the kind of
    # line changes (a byline, a title line no column is set to, a line across columns) and
    # where full lines change their column's width.
    from pagekit import wrap_column
    first = "城东湿地公园完成生态修复工程，新种水生植物四十余种，白鹭、野鸭等鸟类数量明显增多。"
    second = "县图书馆新馆正式开放，馆藏图书二十万册，设有少儿阅览区和自习室，开馆首日接待读者三千余人次。"
    lines = (["湿地公园完成生态修复", "■记者 高 洁"] + wrap_column([first] * 8, 14)
             + ["让城乡处处见绿，书香飘满县城（一线视角）"] + wrap_column([second] * 8, 18))
    result = parse_page(SourceText(text="\n".join(lines)))
    assert [[t.text for t in a.titles] for a in result.articles] == [
        ["湿地公园完成生态修复"], ["让城乡处处见绿，书香飘满县城（一线视角）"]]
    assert [(b.role, b.name) for b in result.articles[0].bylines] == [("记者", "高洁")]
    assert not lost_chars(result)
