"""banmian.blocks.furniture: continuation markers and page furniture."""
import pytest

from banmian.blocks import is_furniture, parse_continuation


@pytest.mark.parametrize("text,direction,page", [
    ("（下转2版）", "to", 2), ("（上接1版）", "from", 1), ("（转第3版）", "to", 3),
    ("（接第1版）", "from", 1), ("（上接第十二版）", "from", 12), ("(下转A3版)", "to", "A3"),
])
def test_parse_continuation_direction_and_page(text, direction, page):
    c = parse_continuation(text)
    assert c is not None and (c.direction, c.page) == (direction, page)


def test_is_furniture_editor_and_page_label():
    assert is_furniture("责任编辑：张 明")
    assert is_furniture("第3版 要闻")
    assert is_furniture("2024年1月14日 星期日")
    assert not is_furniture("2024年1月14日，全市召开会议")


@pytest.mark.parametrize("text", [
    "第3版 要闻 2024年1月13日 星期六",  # folio lines in any order and spacing
    "A2 要闻 2024年1月13日 星期六",
    "2024年 1月 13日  星期六  | 第 3 版 | 要闻",
    "平湖日报 PINGHU DAILY",  # a masthead with its Latin name
    "编辑 沈 佳  校对 王明",  # an editor line without colons
    "新闻热线：85021234",
])
def test_is_furniture_folio_staff_and_service_lines(text):
    assert is_furniture(text)


@pytest.mark.parametrize("text", [
    "今年一季度 全市GDP增长",
    "A股 市场",
    "要闻",  # a section name alone anchors nothing
    "编辑部的故事",
    "2024年经济工作 稳中求进",
])
def test_is_furniture_rejects_headlines_with_folio_words(text):
    assert not is_furniture(text)


def test_page_info_reads_a_folio_line():
    from banmian.model import Leftover
    from banmian.pipeline import page_info
    info = page_info([Leftover(text="平湖日报 2024年1月13日 星期六 第三版 要闻", reason="page furniture")])
    assert (info.newspaper, info.date, info.number, info.section) == ("平湖日报", "2024-01-13", "3", "要闻")
