"""Line breaking on the character grid (invented text only)."""
from banmian.synth.typeset import break_paragraph, place_line

TEXT = "今天上午，我们在河边的公园里种下了一百棵小树，大家都很高兴。孩子们说，明年春天还要再来看看它们。"


def test_break_paragraph_first_line_indented_two_em():
    lines = break_paragraph(TEXT, 12, "Ming", indent=2.0)
    assert len(lines[0].text) == 10
    assert all(len(ln.text) <= 13 for ln in lines[1:])
    assert "".join(ln.text for ln in lines) == TEXT


def test_break_paragraph_no_line_starts_with_closing_punctuation():
    lines = break_paragraph(TEXT * 3, 11, "Ming", indent=2.0)
    assert all(ln.text[0] not in "，。、；：”" for ln in lines)


def test_break_paragraph_last_line_not_justified():
    lines = break_paragraph(TEXT + "好。", 12, "Ming")
    assert [ln.justify for ln in lines] == [True] * (len(lines) - 1) + [False]


def test_break_paragraph_no_one_character_last_line():
    lines = break_paragraph("甲乙丙丁戊己庚辛壬癸子", 12, "Ming", indent=2.0)
    assert [len(ln.text) for ln in lines] == [9, 2]
    assert lines[0].justify


def test_break_paragraph_gap_before_digit_run():
    lines = break_paragraph("会议于2024年1月12日召开，共有300人参加了会议。", 40, "Ming", indent=0, digit_gap=0.3)
    assert [k for k, _ in lines[0].gaps] == [3, 8, 10, 18]


def test_place_line_justifies_to_measure():
    spec = break_paragraph(TEXT, 12, "Ming", indent=0)[0]
    line = place_line(spec, 10.0, 20.0, 9.0, "Ming", 12)
    assert abs(line.width - 12 * 9.0) < 1e-6
