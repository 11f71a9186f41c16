"""Dateline and inline byline rules (invented sentences)."""
from banmian.synth.corpus import read_dateline, read_inline_bylines, split_national_prefix


def test_read_dateline_local_with_time_of_day():
    assert read_dateline("本报讯 1月12日下午，全市召开会议。") == "1月12日下午"


def test_read_dateline_local_without_date_phrase():
    assert read_dateline("本报讯 新年伊始，各地忙碌。") is None


def test_read_dateline_national():
    assert read_dateline("本报北京5月3日电  （记者 张璁）今天开会。") == "5月3日"


def test_read_inline_bylines_several_roles():
    p = "本报杭州5月3日电  （记者王小明、李华 通讯员陈一）今天开会。"
    assert read_inline_bylines(p) == [("记者", "王小明"), ("记者", "李华"), ("通讯员", "陈一")]


def test_read_inline_bylines_without_printed_role():
    assert read_inline_bylines("本报北京5月3日电  （王小明）今天开会。") == []


def test_split_national_prefix_keeps_rest():
    assert split_national_prefix("新华社北京5月3日电  今天开会。") == ("新华社北京5月3日电  ", "今天开会。")
