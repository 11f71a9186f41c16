"""Word evidence: across a line break, from jieba's dictionary, and between two texts, from
the two-character pieces they share.

A column breaks its lines wherever the width runs out, often inside a word (诱 / 惑, 整 / 顿).
When an extractor puts the rest of a column somewhere else on the page, whether a word runs on
over the break tells which of two frames a column goes on from. jieba (MIT) ships a dictionary
of half a million words with their frequencies and finds the likeliest way to read a string
as words; banmian asks it nothing else, and only when a page has such a choice to make, so
the dictionary (about 0.6 s and 80 MB) is read on first use, once per process.

A story repeats its own words (names, places, its subject), so two frames of one story share
more two-character pieces than frames of two stories do; counting them needs no dictionary.
"""
from __future__ import annotations

from functools import lru_cache

from banmian.lines import remove_all_spaces

# Characters read on each side of the break: any word over it within them, and enough of the
# line around it that the words beside the break are read as they stand in the line.
JUNCTION_WINDOW = 6
# A gain this large means a common word runs over the break (加班 / 加点 scores 12, 女排世 /
# 界杯 19); with no word over it the gain is 0. Measured on 8 generated sets (5 mixed, 3 read by
# pdfminer): from 7 up a word over a break to a frame elsewhere named the right story 13
# times in 14; between 3 and 7, 8 times in 21, no better than the frame before.
WORD_OVER_BREAK = 7.0


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    import logging

    import jieba

    # It announces loading its dictionary on stderr, and a cache it could not write (a
    # read-only temp folder) with a traceback; neither is the reader's business.
    jieba.setLogLevel(logging.CRITICAL)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def _best_log_prob(text: str) -> float:
    """Log probability of the likeliest reading of ``text`` as dictionary words."""
    tokenizer = _tokenizer()
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(text, tokenizer.get_DAG(text), route)
    return route[0][0]


@lru_cache(maxsize=4096)
def junction_gain(left: str, right: str) -> float:
    """How much likelier (in nats) the text reads with ``right`` going on from ``left`` than
    with a break between them: 0 when no word runs over the break, about 7 to 20 when one
    does (艰苦 / 创业, 面对诱 / 惑不为所动, 女排世 / 界杯)."""
    head = remove_all_spaces(left)[-JUNCTION_WINDOW:]
    tail = remove_all_spaces(right)[:JUNCTION_WINDOW]
    if not head or not tail:
        return 0.0
    if not _word_over(head, tail):
        return 0.0  # the likeliest reading breaks there too (most breaks of a page are so)
    gain = _best_log_prob(head + tail) - _best_log_prob(head) - _best_log_prob(tail)
    return max(gain, 0.0)  # reading over the break can only add words; rounding may dip below 0


def is_word(text: str) -> bool:
    """Whether ``text`` is a word of jieba's dictionary (导向, 着力), not just a prefix of one."""
    return _tokenizer().FREQ.get(text, 0) > 0


def _word_over(head: str, tail: str) -> bool:
    """Whether a dictionary word runs from ``head`` into ``tail``. jieba's dictionary holds
    every prefix of its words (a prefix alone with frequency 0), so a search from each start
    in ``head`` stops at the first string no word begins with."""
    freq = _tokenizer().FREQ
    for i in range(len(head)):
        frag = head[i:]
        if frag not in freq:
            continue
        for ch in tail:
            frag += ch
            count = freq.get(frag)
            if count is None:
                break
            if count:
                return True
    return False


@lru_cache(maxsize=4096)  # the same frames are compared many times a page
def bigram_codes(text: str) -> set[int]:
    """The bigrams of ``text`` as numbers, one for each distinct two-character piece (the
    two characters' UTF-32 codes read as one 64-bit number): the same count of distinct
    pieces as a set of the pieces themselves, for comparisons that only count them, built
    three times as fast."""
    data = memoryview(text.encode("utf-32-le"))
    even = len(data) // 8 * 8  # pieces at characters 0-1, 2-3, ...
    odd = (len(data) - 4) // 8 * 8 if len(data) >= 4 else 0  # pieces at characters 1-2, 3-4, ...
    codes = set(data[:even].cast("Q"))
    codes.update(data[4:4 + odd].cast("Q"))  # in place: a union would copy the set
    return codes
