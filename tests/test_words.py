from hypothesis import given, settings
from hypothesis import strategies as st

from banmian.words import is_word, junction_gain


def test_junction_gain_sees_a_word_run_over_the_break():
    assert junction_gain("工人们坚持加班", "加点，确保了工程按期完成。") > 7
    assert junction_gain("县图书", "馆开展读书活动，") > 7


def test_junction_gain_is_zero_where_the_break_falls_between_words():
    assert junction_gain("志愿者将两千余册图书送到", "十个社区的阅览室") < 0.5
    assert junction_gain("工人们坚持加班", "十个社区的阅览室") < 0.5


def test_junction_gain_reads_through_layout_spaces_and_empty_sides():
    assert junction_gain("工人们坚持加 班", "加 点，确保") > 7
    assert junction_gain("", "加点") == 0.0
    assert junction_gain("加班", "  ") == 0.0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12), st.text(max_size=12))
def test_junction_gain_takes_any_text(left, right):
    # Control characters, surrogates, Latin text: a gain of 0 or more, never an error.
    assert junction_gain(left, right) >= 0.0


def test_is_word_tells_a_dictionary_word_from_a_prefix_or_a_pair():
    assert is_word("导向") and is_word("着力")
    assert not is_word("的休")  # two characters that are no word
    assert not is_word("向着力")  # a word (向着) and a character more
    assert not is_word("")
