"""Stage 1, lines: SourceText -> Line objects with source offsets, plus the text helpers
every later stage uses (em widths and column widths, layout-space removal, overprint dedupe).
"""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from banmian.model import Line, SourceText

# A CJK typeface sets every non-ASCII character of a news page (ideographs, full-width
# punctuation, curly quotes, dashes) on a full em, and ASCII digits and letters (and the
# spaces an extractor inserts for gaps) on half an em. Justified columns fill the same em
# width, so a line's em width says whether it reaches the column edge.

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCT = r"\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
# A space next to CJK text or CJK punctuation is a layout gap (1月 12日, 5G 通讯, 高 洁);
# a space between two Latin words (New York) is a real one.
_LAYOUT_SPACE_RE = re.compile(
    rf"(?<=[{_CJK}{_CJK_PUNCT}0-9])[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+(?=[{_CJK}{_CJK_PUNCT}0-9])"
)
_SPACES_RE = re.compile(r"[ \t\u3000\u00a0]+")
# Between two CJK phrases of a title a space is typographic (同台较量赛创新 比学赶超添活力);
# next to a digit or Latin letter it is a layout gap (2024 年).
_TITLE_GAP_RE = re.compile(r"(?<=[0-9A-Za-z])[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+(?=[0-9A-Za-z])")
_COUNTED_RE = re.compile(r"[\u3400-\u9fff0-9A-Za-z]")


def read_lines(source: SourceText) -> list[Line]:
    """Split the source into lines, keeping each line's half-open offsets."""
    lines: list[Line] = []
    pos = 0
    text = source.text
    for no, raw in enumerate(text.split("\n"), start=1):
        lines.append(Line(raw, pos, pos + len(raw), no))  # positional: keywords cost half as much again
        pos += len(raw) + 1
    return lines


@lru_cache(maxsize=1 << 16)  # stages ask for the same lines' widths many times
def display_width(text: str) -> float:
    """Width of ``text`` in ems as a CJK typeface sets it (non-ASCII = 1, ASCII = 0.5)."""
    stripped = text.strip()
    ascii_len = len(stripped.encode("ascii", "ignore"))  # C speed: this runs on every line
    return (len(stripped) - ascii_len) + 0.5 * ascii_len


# Latin letters and digits are counted half an em, but many fonts set them a little wider:
# a line holding them may measure short of its column by this much for each.
LATIN_SLACK_EM = 0.1
_LATIN_RE = re.compile(r"[0-9A-Za-z]")  # what c.isascii() and c.isalnum() accepts


def latin_slack(text: str) -> float:
    """How much wider than counted a line's Latin letters and digits may be set, in ems."""
    return LATIN_SLACK_EM * len(_LATIN_RE.findall(text))  # a regex scan: a generator over characters costs 10x


def latin_wrap(text: str) -> float:
    """How far short of its width a line with digits or Latin letters may stop: they are set
    wider than the half em counted for them, and the character after them may then not fit
    (10月14日，一年一度的 / 戛纳…, an em short in a column of 13)."""
    slack = latin_slack(text)
    return 1.0 + slack if slack else 0.0


def remove_layout_spaces(text: str) -> str:
    """Body text: drop spaces the layout made (1月 12日 -> 1月12日), keep Latin word spaces."""
    if " " not in text and "\t" not in text and "\u3000" not in text and "\u00a0" not in text:
        return text.strip()  # half the paragraphs: substring tests beat any regex scan
    return _SPACES_RE.sub(_layout_gap, text).strip()


def _layout_gap(m: re.Match[str]) -> str:
    """One run of spaces, as _LAYOUT_SPACE_RE and then _SPACES_RE leave it: gone, or one space.

    The layout regex reads the run with the character on each side of it, all that its
    lookarounds see: the same text as its search over the whole paragraph, which looks
    behind at every character and made paragraph cleaning cost five times as much."""
    text, start, end = m.string, m.start(), m.end()
    a, b = max(0, start - 1), min(len(text), end + 1)
    context = (b - a) - (end - start)
    return " " if len(_LAYOUT_SPACE_RE.sub("", text[a:b])) > context else ""


# Share of one-character words above which a line is letter-spaced (中 共 中 央 印 发): a
# headline or masthead set with tracking, whose spaces an extractor turned into gaps.
LETTER_SPACED_SHARE = 0.6


def is_letter_spaced(text: str) -> bool:
    words = text.split()
    return len(words) >= 4 and sum(1 for w in words if len(w) == 1) >= LETTER_SPACED_SHARE * len(words)


def unspaced(text: str) -> str:
    """A line as set, where it was spread out with a space after every character (a justified
    line short of characters, 开 通 了 两 条 公 交 线 路 至, or a letter-spaced heading): its
    characters, not its spaces, say how wide it was set."""
    return remove_all_spaces(text) if is_letter_spaced(text) else text


def clean_title(text: str) -> str:
    """Title text: drop gaps next to digits and Latin, keep one space between CJK phrases."""
    if is_letter_spaced(text):
        return remove_all_spaces(text)
    return _SPACES_RE.sub(" ", _TITLE_GAP_RE.sub("", text)).strip()


def bracket_balance(text: str) -> int:
    """Parentheses opened in ``text`` and not closed there (negative: closed but not opened)."""
    return text.count("（") + text.count("(") - text.count("）") - text.count(")")


_RUNS_ON = "，、；：,;:（(—"  # a line ending so goes on into the next


def leads_into_next(line: str) -> bool:
    """Whether a line's text goes on into the next: a clause mark at its end, or a bracket left open."""
    end = line.rstrip()[-1:]
    return (end != "" and end in _RUNS_ON) or bracket_balance(line) > 0


def remove_all_spaces(text: str) -> str:
    """Names: 高 洁 -> 高洁."""
    return _SPACES_RE.sub("", text)


def counted_chars(text: str) -> list[str]:
    """The characters the conservation check counts: CJK ideographs, digits, Latin letters."""
    return _COUNTED_RE.findall(text)


# Below this many characters a doubled string may be a real word (谢谢, 看看看).
MIN_OVERPRINT_CHARS = 4


def dedupe_overprint(text: str) -> tuple[str, str | None]:
    """Read an overprinted line once; return (kept text, removed copy or None).

    Extractors emit a headline drawn twice either as the whole string twice (ABCABC) or
    character by character (AABBCC); both come back as ABC.
    """
    s = text.strip()
    n = len(s)
    if n >= 2 * MIN_OVERPRINT_CHARS and n % 2 == 0 and s[: n // 2] == s[n // 2:]:
        return s[: n // 2], s[n // 2:]
    compact = s.replace(" ", "")
    m = len(compact)
    if m >= 2 * MIN_OVERPRINT_CHARS and m % 2 == 0 and compact[0::2] == compact[1::2]:
        return compact[0::2], compact[1::2]
    return text, None


# --- column widths -------------------------------------------------------------------

# Characters that can close a paragraph: a sentence end, or a closing quote/bracket after one.
TERMINAL_MARKS = set("。！？!?…”’」』）)】")
CLOSING_QUOTES = "”’」』"
# Words that lean back on the word before them (的, 了, 等…): no title or paragraph opens
# with one; a line that does goes on from the line before it.
LEANS_BACK = frozenset("的了等之与和及着地得")
# A line that ends a sentence: its stop, and any quotes or brackets it closes (…期待。”).
SENTENCE_STOP_RE = re.compile(r"[。！？!?…][”’」』）)]*\s*$")
# A document's numbered part or item: （三）…, 二、…, a law's article (第五条 …), a table's or
# a figure's caption (表2 …, 图1 …); no headline opens so.
ENUMERATED_RE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、"
                           r"|第[一二三四五六七八九十百零]{1,5}条[\s\u3000]|[表图][0-9]{1,2}(?:[\s\u3000]|(?=[\u4e00-\u9fff])))")
# A first line is indented by two ems, so it holds two characters fewer than a full line.
INDENT_EM = 2.0
# How far short of the column a line may stop and still count as full (justification slack).
FULL_LINE_SLACK_EM = 1.0
_LEADING_WRAP_RE = re.compile(r"\s*([0-9A-Za-z.%+\-]+)")


def reaches_column(text: str, width: float) -> bool:
    """Whether a line runs the column's full width: short of it by at most half an em and
    what its digits and Latin letters may leave (a closing mark squeezed in at its end makes
    a line wider, never narrower)."""
    return display_width(text) >= width - 0.5 - latin_slack(text)


def leading_wrap_em(text: str) -> float:
    """Width of the unbreakable Latin/digit run that opens ``text``: the line above may stop
    this much short of the column, as the run could not fit there."""
    m = _LEADING_WRAP_RE.match(text)  # compiled once: re.match looks its pattern up on every call
    return 0.5 * len(m.group(1)) if m else 0.0


# Fewest lines not ending a paragraph from which a column's width is trusted.
MIN_LINES_FOR_COLUMN = 3

# A section's author under its heading, with the country or place in parentheses:
# （法国）让·皮埃尔.
AUTHOR_LINE_RE = re.compile(r"^\s*[（(][\u4e00-\u9fff]{1,8}[）)]\s*[\u4e00-\u9fff·—]{2,}")


def column_width(lines: "list[Line] | tuple[Line, ...]") -> float:
    """The em width of a full line: the median width of the lines that do not end a
    paragraph (justified lines vary by an em as punctuation is compressed)."""
    return _column_width(tuple(map(LINE_TEXT, lines)))


LINE_TEXT = attrgetter("text")  # a Line's text, for map(): map with attrgetter runs in C


@lru_cache(maxsize=4096)  # stages ask for the same frames' widths again and again
def _column_width(texts: tuple[str, ...]) -> float:
    widths = list(map(display_width, texts))
    if not widths:
        return 0.0
    inner = sorted([w for w, t in zip(widths, texts) if t.rstrip()[-1:] not in TERMINAL_MARKS])
    if len(inner) < MIN_LINES_FOR_COLUMN:
        return max(widths)
    return inner[len(inner) // 2]
