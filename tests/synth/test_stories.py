"""Byline printing in the local style (invented names)."""
from banmian.synth.stories import byline_lines


def test_byline_lines_pads_two_character_names():
    assert byline_lines([("记者", "高洁")], 13) == ["■记者 高 洁"]


def test_byline_lines_wraps_and_spaces_out_jizhe_beside_shixisheng():
    lines = byline_lines([("记者", "徐玉霞"), ("实习生", "丁怡"), ("通讯员", "顾秋叶")], 14)
    assert lines == ["■记 者 徐玉霞 实习生 丁 怡", "通讯员 顾秋叶"]


def test_byline_lines_one_line_when_it_fits():
    assert byline_lines([("记者", "林旭东"), ("通讯员", "全峰")], 18) == ["■记者 林旭东 通讯员 全 峰"]
