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
