"""Property tests: whatever the text, nothing is lost, offsets stay in the source, the JSON
validates, and the reading is deterministic."""
import json
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from banmian.accounting import LOST_REASON, lines_placed, lost_chars
from banmian.export.json import page_to_dict
from banmian.model import SourceText
from banmian.pipeline import parse_source

from pagekit import wrap_column

SCHEMA = json.loads((Path(__file__).parent.parent / "banmian" / "spec" / "page.schema.json").read_text())

# Pieces newspapers are made of, to build hostile pages from.
PIECES = st.sampled_from([
    "本报讯 ", "本报北京5月3日电 ", "（记者 张 三）", "■记者 高 洁", "■记 者 徐玉霞 实习生 丁 怡", "通讯员 顾秋叶",
    "■摄影 王 强 李凤超", "本报记者 陈晨摄", "（下转2版）", "（上接第1版）", "责任编辑：周 敏", "第3版 要闻",
    "2024年1月14日 星期日", "平湖日报", "1月 12日", "5G 通讯", "。", "，", "、", "“", "”", "\n", "\n\n", " ",
    "全市金融系统座谈交流会召开", "同台较量赛创新 比学赶超添活力", "市委理论学习会市委理论学习会",
])
CJK = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=1, max_size=30)
# A paragraph as newspapers print them: clauses of a few characters, at least a column long.
SENTENCE = st.lists(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), min_size=4, max_size=14),
                    min_size=2, max_size=8).map(lambda cs: "，".join(cs) + "。")
PAGE = st.lists(st.one_of(PIECES, CJK, st.text(max_size=20)), max_size=60).map("".join)


def _check(text: str) -> None:
    result = parse_source(SourceText(text=text))
    assert not lost_chars(result)
    assert all(u.reason != LOST_REASON for u in result.unassigned), "a stage dropped characters"
    assert lines_placed(result), "a source line is in no article, removed or unassigned entry"
    for a in result.articles:
        for start, end in a.spans:
            assert 0 <= start <= end <= len(text)
    doc = page_to_dict(result)
    jsonschema.validate(doc, SCHEMA)
    assert page_to_dict(parse_source(SourceText(text=text))) == doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGE)
def test_parse_source_hostile_pages_lose_nothing(text):
    _check(text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_parse_source_random_text_loses_nothing(text):
    _check(text)


@settings(max_examples=40, deadline=None)
@given(st.lists(SENTENCE, min_size=1, max_size=6), st.integers(min_value=11, max_value=18), st.booleans())
def test_parse_source_column_text_breaks_only_at_sentence_ends(paragraphs, width, lead):
    if lead:
        paragraphs = ["本报讯 " + paragraphs[0]] + paragraphs[1:]
    body = "\n".join(wrap_column(paragraphs, width))
    text = f"一场测试新闻的标题\n\n■记者 高 洁\n\n{body}\n"
    result = parse_source(SourceText(text=text))
    assert not lost_chars(result)
    bodies = [p for a in result.articles for p in a.paragraphs]
    assert "".join(bodies).replace(" ", "") == "".join(paragraphs).replace(" ", "")
    # Justified lines can hide a paragraph end, but a break never falls inside a sentence.
    assert all(p.endswith("。") for p in bodies)
