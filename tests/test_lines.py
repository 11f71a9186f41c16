import pytest

from banmian.lines import clean_title, dedupe_overprint, display_width, read_lines, remove_layout_spaces, unspaced
from banmian.model import SourceText


def test_read_lines_offsets_point_into_source():
    src = SourceText(text="第一行\n\n第三行 ")
    lines = read_lines(src)
    assert [l.text for l in lines] == ["第一行", "", "第三行 "]
    for line in lines:
        assert src.text[line.start:line.end] == line.text


def test_display_width_counts_digits_as_half_em():
    assert display_width("2024年全市经济社会高质量发") == 13
    assert display_width("高质量") == 3


def test_remove_layout_spaces_between_cjk_and_digits():
    assert remove_layout_spaces("1月 12日下午") == "1月12日下午"
    assert remove_layout_spaces("5G 通讯、航天") == "5G通讯、航天"
    assert remove_layout_spaces("省 5A 级景区") == "省5A级景区"


def test_remove_layout_spaces_keeps_latin_word_gaps():
    assert remove_layout_spaces("来自 New York 的客人") == "来自New York的客人"


def test_clean_title_keeps_phrase_space_drops_digit_gap():
    assert clean_title("同台较量赛创新 比学赶超添活力") == "同台较量赛创新 比学赶超添活力"
    assert clean_title("2024 年预算草案编制说明会召开") == "2024年预算草案编制说明会召开"


def test_dedupe_overprint_whole_copy():
    kept, copy = dedupe_overprint("专题学习会召开专题学习会召开")
    assert kept == "专题学习会召开" and copy == "专题学习会召开"


def test_dedupe_overprint_interleaved_chars():
    kept, copy = dedupe_overprint("微微软软公公司司")
    assert kept == "微软公司" and copy == "微软公司"


def test_dedupe_overprint_leaves_short_repeats():
    assert dedupe_overprint("谢谢") == ("谢谢", None)
    assert dedupe_overprint("看看看看") == ("看看看看", None)


@pytest.mark.parametrize("line,numbered", [
    ("（三）课后服务实现全面覆盖", True), ("二、健全服务网络", True),
    ("第五条 县人民政府应当", True), ("第十二条\u3000本办法自公布之日起施行", True),
    ("第五条规定的情形除外", False),  # a sentence naming an article goes on, no item opens
    ("根据第五条 的规定", False),
    ("表2  全县中小学校分布情况", True), ("图1 各乡镇粮食产量", True),  # a table's or figure's caption
    ("表3全县中小学校分布", True), ("表明全县中小学校", False), ("表格3 所示", False),
])
def test_enumerated_re_numbered_items_and_law_articles(line, numbered):
    from banmian.lines import ENUMERATED_RE
    assert bool(ENUMERATED_RE.match(line)) is numbered


def test_unspaced_closes_up_a_line_spread_out_character_by_character_only():
    assert unspaced("开 通 了 两 条 公 交 线 路 至") == "开通了两条公交线路至"
    assert unspaced("同台较量赛创新 比学赶超添活力") == "同台较量赛创新 比学赶超添活力"  # a headline's phrase gap
