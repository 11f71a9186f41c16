"""banmian.blocks.bylines: bylines read from a line."""
import pytest

from banmian.blocks import parse_byline, signature_ending_at
from banmian.model import Byline


@pytest.mark.parametrize("text,expected", [
    ("■记者 高 洁", [("记者", "高洁")]),
    ("■记 者 徐玉霞 实习生 丁 怡", [("记者", "徐玉霞"), ("实习生", "丁怡")]),
    ("通讯员 顾秋叶", [("通讯员", "顾秋叶")]),
    ("■摄影 王 强 李凤超", [("摄影", "王强"), ("摄影", "李凤超")]),
    ("本报记者 张三摄", [("摄影", "张三")]),
    ("记者王云松、刘军国", [("记者", "王云松"), ("记者", "刘军国")]),
    ("□本报记者 欧阳明 通讯员 李 娜", [("记者", "欧阳明"), ("通讯员", "李娜")]),
    # other papers' forms: a colon after the role, a writer's mark before it, 报道 after the names
    ("记者：高洁  通讯员：李明", [("记者", "高洁"), ("通讯员", "李明")]),
    ("■记者:高 洁", [("记者", "高洁")]),
    ("文/记者 高 洁", [("记者", "高洁")]),
    ("■文｜本报记者 张 三", [("记者", "张三")]),
    ("记者 高 洁 报道", [("记者", "高洁")]),
    ("本报记者 王明峰 常碧罗报道", [("记者", "王明峰"), ("记者", "常碧罗")]),
])
def test_parse_byline_roles_and_names(text, expected):
    assert parse_byline(text) == tuple(Byline(r, n) for r, n in expected)


@pytest.mark.parametrize("text", [
    "记者从市商务局获悉，今年我市将围绕",
    "记者在田径、体操、游泳、跳水",  # a sentence opening with the role: 在 opens no name
    "记者从工行",
    "会议指出",
    "■记者 高",  # a lone character is no name
    "董亚涛摄（影像中国）",  # a bare credit names no role: caption text
    "■记者手记",  # a column's label: the role glued to a genre word
    "记者观察",
    "本报记者 张武军摄影报道",  # a photo report's credit stays its story's last line
    "记者：如何看待这一现象",  # an interview's question, not a colon byline
    "记者：您好，请问",
    "",
])
def test_parse_byline_rejects_prose(text):
    assert parse_byline(text) is None


@pytest.mark.parametrize("lines,end,start", [
    (["用户是互联网思维的核心", "东方日报社新媒体中心主任", "丁  伟"], 2, 1),  # the heading above is not signed
    (["山海新媒体集团党委书记、董事", "长  李成顺"], 1, 0),  # an office wrapped inside a word
    (["省农业农村厅党组书记、厅长 赵", "永康"], 1, 0),  # a name wrapped
    (["——中国工程院院士、华", "南理工大学材料科学学院院长", "陈志刚"], 2, 0),  # a quotation's source
    (["中国法学会学术委员会", "副主任，中国社会科学院学", "部委员、法学研究所研究员", "李 林"], 3, 0),  # offices in two bodies
    (["创作要为人民抒怀", "吴洪涛（江南作家协会", "副主席）"], 2, 1),  # the name first, the office in parentheses
    (["笔墨常新 探索不止", "张 川（江南书法家协", "会名誉主席）"], 2, 1),
    (["王 明（原文化局局长）"], 0, 0),
    (["把戏送到村民家门口", "李小红（县剧团演", "员）"], 2, 1),  # a trade, for a forum of artists
    (["好故事都在田间地头", "张大山（作家）"], 1, 1),  # named first, the office needs no body's name
    (["融合发展要兼顾流量与质量", "南湖网络科技集团首席运营官 王", "小明"], 2, 1),  # a company's officer
    (["中国的发展让世界受益", "（法国）让—皮埃尔·杜", "邦"], 2, 1),  # a foreign author: country, then name
    (["合作带来共同繁荣", "（韩国）金明洙"], 1, 1),
    (["我见证了城市的变化", "（列支敦士登）卡尔·米勒"], 1, 1),  # a place off the list: a transliterated name
])
def test_signature_ending_at_finds_the_whole_signature(lines, end, start):
    assert signature_ending_at(lines, end) == start


@pytest.mark.parametrize("lines", [
    ["本报记者 张三"],  # a reporter signs with a byline, not an office
    ["新华社记者 李四"],
    ["新华社社长 王五"],  # too short a body's name for a signer's office
    ["工程院院士，国际水利科学院院士，", "“江海一号”船闸技术总负责人", "之一"],  # the sentence runs on into it
    ["（中国电信湖北省分公", "司党委书记、总经理  李洪"],  # a bracket still open: the name goes on
    ["国 际 电 工委员 会 成 立于"],  # letter-spaced text
    ["他在会上表示，这件事情我们一定", "要办好。"],
    ["他说，这是（中国作家协会", "副主席）"],  # parentheses inside text, no name before them
    ["李 明（化名）"],  # no office in the parentheses
    ["（记者刘建国）应日本政府"],  # a dispatch's reporter in brackets, then text
    ["（完）这里的变化"],
])
def test_signature_ending_at_rejects_text(lines):
    assert signature_ending_at(lines, len(lines) - 1) is None
