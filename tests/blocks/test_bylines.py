"""banmian.blocks.bylines: bylines read from a line."""
import pytest

from banmian.blocks import parse_byline
from banmian.model import Byline


@pytest.mark.parametrize("text,expected", [
    ("■记者 高 洁", [("记者", "高洁")]),
    ("■记 者 徐玉霞 实习生 丁 怡", [("记者", "徐玉霞"), ("实习生", "丁怡")]),
    ("通讯员 顾秋叶", [("通讯员", "顾秋叶")]),
    ("■摄影 王 强 李凤超", [("摄影", "王强"), ("摄影", "李凤超")]),
    ("本报记者 张三摄", [("摄影", "张三")]),
    ("记者王云松、刘军国", [("记者", "王云松"), ("记者", "刘军国")]),
    ("□本报记者 欧阳明 通讯员 李 娜", [("记者", "欧阳明"), ("通讯员", "李娜")]),
])
def test_parse_byline_roles_and_names(text, expected):
    assert parse_byline(text) == tuple(Byline(r, n) for r, n in expected)


@pytest.mark.parametrize("text", [
    "记者从市商务局获悉，今年我市将围绕",
    "会议指出",
    "■记者 高",  # a lone character is no name
    "董亚涛摄（影像中国）",  # a bare credit names no role: caption text
    "■记者手记",  # a column's label: the role glued to a genre word
    "记者观察",
    "本报记者 张武军摄影报道",  # a photo report's credit stays its story's last line
    "",
])
def test_parse_byline_rejects_prose(text):
    assert parse_byline(text) is None
