"""Stage 4, articles: classified blocks -> articles.

Frames come in content-stream order, so a headline may follow its body and a byline may sit
before the body or after the title. Bodies fix the skeleton: each run of body blocks is one
article. The title, byline and marker blocks between two bodies are split between the
article before and the article after by a small dynamic programme that prefers every article
to have exactly one title group, at most one byline group, its （下转N版） after its text and its
（上接N版） before it, and one consistent layout habit across the page.
"""
from __future__ import annotations

from functools import lru_cache
import itertools
import re
from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

from banmian.blocks import (
    ASCII_COLUMN_TAG_RE, BODY_LEAD_RE, BRIEF_BOX_LABEL_RE, COLUMN_NAME_RE, COLUMN_TAG_RE, CONNECTIVE_RE, EDITORS_NOTE_RE, GENRE_END_RE, LEAD_FIRST_CHARS, LEADS_ON_RE, OPENING_BOX_RE, PHOTO_ROLE, SIDEBAR_LABEL_RE,
    MIN_CAPTION_LINE_CHARS, SIGN_OFF_DATE_RE, SOURCE_NOTE_RE, SPEAKS_RE, SUBHEADLINE_DASH_RE, block_text, credit_closes, ends_with_credit, ends_with_photo_credit, has_clause_mark, is_column_name, is_photo_credit, jumps_on, opens_with_lead, page_number,
    parse_byline, phrase_gap, set_apart_phrases, signature_ending_at, signer_start, stops_mid_sentence, tag_after_few_words, tag_broken_over_lines,
    title_line_stands_alone,
)
from banmian.lines import (
    AUTHOR_LINE_RE,
    CLOSING_QUOTES,
    ENUMERATED_RE,
    FULL_LINE_SLACK_EM,
    INDENT_EM,
    LEANS_BACK,
    LINE_TEXT,
    MIN_LINES_FOR_COLUMN,
    SENTENCE_STOP_RE,
    TERMINAL_MARKS,
    bracket_balance,
    clean_title,
    column_width,
    display_width,
    latin_slack,
    latin_wrap,
    leading_wrap_em,
    leads_into_next,
    reaches_column,
    remove_all_spaces,
    remove_layout_spaces,
    unspaced,
)
from banmian.model import (
    Article,
    ArticleKind,
    Block,
    BlockKind,
    Byline,
    Leftover,
    Line,
    Title,
    TitleRole,
)
from banmian.order import goes_on
from banmian.words import WORD_OVER_BREAK, bigram_codes, is_word, junction_gain

# --- paragraphs ------------------------------------------------------------------------


# A line this far short of the column, followed by an indented first line, ends a paragraph
# even without a full stop (a heading inside the text: 一、总体要求).
HEADING_SHORT_EM = 4.5
# ... or this far, an em and a half past a first line's indent, when it does not lead on (a
# clause mark or an open bracket at its end) and no word runs over its end into the next line
# (a subheading of ten characters in a column of fourteen; not 孵化成长的摇 / 篮，拥有…, a first
# line broken early). para_f1 +0.046 summed over 35 generated sets (33 up, 2 down by < 0.001),
# every other metric unchanged.
HEADING_BARE_SHORT_EM = 3.5
# A line inside a paragraph's run that stops this short without a stop, before an indented
# line, ends a heading set in the text's frame (追求“优精专”： / 改进服务永远无止境); a line that
# opens its paragraph stands short by its indent already, so it needs the two above.
HEADING_LINE_SHORT_EM = 3.0
_CLAUSE_MARK_RE = re.compile(r"[，、；：,;:]")


# Labels printed on a line of their own over a box of text (key points, a column's opening words).
_BOX_LABELS = ("核心阅读", "内容提要", "开栏的话", "编者的话")
_SENTENCE_STOPS = "。！？!?…"


# Who spoke, closing a quotation on the next line (“……。” / 李明说。): the quotation's paragraph
# goes on. Of the development corpus's paragraphs 711 hold a quotation closed so; one opens so
# (爱读小说。). para_f1 +0.096 summed over 35 generated sets, none down, nothing else moved.
_ATTRIBUTION_RE = re.compile(
    r"^\s*[^，。！？“”：；、,!?]{1,16}?(?:说|说道|问道|写道|分析道|笑道|介绍|表示|坦言|告诉记者|强调|感慨道|询问|问)。")


def _ends_paragraph(line: str, next_line: str | None, width: float, opening: bool = False) -> bool:
    """Whether the paragraph ends after ``line``, ``next_line`` being what follows; ``opening``
    tells that ``line`` opens its paragraph."""
    t = line.rstrip()
    if not t:
        return False
    if t.endswith(_BOX_LABELS):
        return True  # a box's label (核心阅读) is a paragraph of its own above the box's text
    if next_line is not None and ENUMERATED_RE.match(next_line) and not leads_into_next(t):
        return True  # an enumerated item opens a paragraph of its own (（三）课后服务实现全面覆盖, 二、…)
    if t[-1] not in TERMINAL_MARKS or t[-1] in CLOSING_QUOTES and t[-2:-1] not in _SENTENCE_STOPS:
        # (a quotation mark closing a term, 共建“一带一路”, ends no sentence)
        short = width - display_width(t)
        if next_line is None or short < (HEADING_BARE_SHORT_EM if opening else HEADING_LINE_SHORT_EM):
            return False
        if opening and short < HEADING_SHORT_EM and (
                leads_into_next(t) or junction_gain(t, next_line) >= WORD_OVER_BREAK):
            return False
        if remove_all_spaces(t).startswith(_LEAD_SPACE_OPENINGS):
            return False  # a dispatch's lead (本报北京10月9日电), whole or broken, runs on into its text
        if (short >= HEADING_SHORT_EM and width - display_width(next_line) >= HEADING_SHORT_EM and next_line.rstrip()[-1:] not in TERMINAL_MARKS
                and not _CLAUSE_MARK_RE.search(t) and not _CLAUSE_MARK_RE.search(next_line)):
            # Two short lines without a mark: a couplet heading (观赛守秩序 / 助威显水平). Text wrapped
            # narrow around a picture (明确整改举措、落 / 实整改责任，做到) has its commas.
            return True
        if leading_wrap_em(next_line) > width - display_width(t) - 0.5:
            return False
        return abs(display_width(next_line) - (width - INDENT_EM)) <= FULL_LINE_SLACK_EM
    if next_line is None:
        return True
    if t[-1] in CLOSING_QUOTES and _ATTRIBUTION_RE.match(next_line):
        return False
    short = width - display_width(t)
    if (opening and abs(short - INDENT_EM) <= FULL_LINE_SLACK_EM
            and abs(width - display_width(next_line)) <= FULL_LINE_SLACK_EM):
        # A paragraph's indented first line that ends a sentence at the column's edge, before a
        # line set to the full column, which no paragraph opens with (小镇既有烟火气，也有书香味。
        # / 让群众生活更舒心，…): the paragraph goes on. para_f1 +0.160 summed over 35 sets, none down.
        return False
    if short > FULL_LINE_SLACK_EM and short - FULL_LINE_SLACK_EM > latin_wrap(t):  # digits counted only when short
        # Short after a sentence end: a paragraph end, unless the line only broke early
        # because the number or word that follows could not fit in the gap. (A line whose
        # digits are set wider than counted may run the full column though it measures short:
        # the next line's indent decides, as after a full line.)
        wrap = leading_wrap_em(next_line)
        return not (wrap and wrap > short - 0.5)
    # A full line ending a sentence: a paragraph ends if the next line is indented (shorter).
    # (a next line whose digits are set wider than counted measures short of what it runs;
    # counted only for a line short enough to be indented)
    indented = width - INDENT_EM + FULL_LINE_SLACK_EM
    w_next = display_width(next_line)
    return w_next <= indented and w_next + latin_slack(next_line) <= indented and bool(next_line.strip())


# A compilation section's reporter on a line of their own (本报记者  何志波): role and names only.
_LONE_REPORTER_RE = re.compile(
    r"^\s*(?:本报|新华社)?(?:特约)?记者\s*(?:[\u4e00-\u9fff](?: ?[\u4e00-\u9fff·]){1,3})"
    r"(?:[\s、]+[\u4e00-\u9fff](?: ?[\u4e00-\u9fff·]){1,3})*\s*$")
_CREDIT_TAIL_RE = re.compile(r"^\s*[\u4e00-\u9fff、，\s]{0,12}摄")


def _lone_reporter(text: str, next_text: str, width: float) -> bool:
    """Whether a line is a section's reporter, a paragraph of its own: short of the column, and
    not a photo credit, whole or wrapped over two lines (本报记者张 / 三摄). para_f1 +0.022
    summed over 35 generated sets, none down."""
    return (_LONE_REPORTER_RE.match(text) is not None and not text.rstrip().endswith("摄")
            and display_width(text) <= width - INDENT_EM and not _CREDIT_TAIL_RE.match(next_text))


def build_paragraphs(lines: list[Line], width: float | None = None) -> list[str]:
    """Join column lines into paragraphs with layout spaces removed."""
    if not lines:
        return []
    w = width or column_width(lines)
    # Too few lines to know the column: every sentence end closes a paragraph.
    few = len(lines) < MIN_LINES_FOR_COLUMN
    paragraphs: list[str] = []
    current: list[str] = []
    texts = [line.text for line in lines]
    # Each line is asked about as the line and as the next one: matched once (a date holds 年).
    # A letter's date and a compilation section's reporter each stand alone.
    alone = [("年" in t and SIGN_OFF_DATE_RE.match(t) is not None) or ("记者" in t and _lone_reporter(t, nxt, w))
             for t, nxt in zip(texts, texts[1:] + [""])]
    # opens_with_lead's own first test, asked here: most lines open no lead, and spare the call.
    may_lead = [t.lstrip()[:1] in LEAD_FIRST_CHARS or "讯" in t[:12] for t in texts]
    last = len(lines) - 1
    # A compilation section's signature (office and name) is a paragraph of its own, between
    # its heading and its text.
    signed = [False] * (last + 2)  # signed[i]: a paragraph ends after line i - 1
    frame_first = 0
    before: tuple[int, int] | None = None  # the signature found ending at the line before
    for e in range(1, last + 1):
        if lines[e].line_no > lines[e - 1].line_no + 1:
            frame_first = e  # a blank line between: no signature runs across it
        s = signature_ending_at(texts, e, frame_first)
        if s is not None:
            if before == (s, e - 1):
                signed[e] = False  # the same signature wrapped on (（某国）某某·某 / 某某): no end inside it
            signed[s] = signed[e + 1] = True
            before = (s, e)
    for i, text in enumerate(texts):
        current.append(text.strip())
        nxt = texts[i + 1] if i < last else None
        if nxt is not None and lines[i + 1].line_no == lines[i].line_no:
            continue  # one printed line split in two (text and the credit at its end)
        # A lead opens a paragraph; a letter's signer and its date each stand alone.
        if nxt is not None and (may_lead[i + 1] and opens_with_lead(lines, i + 1) or few and text.rstrip()[-1:] in TERMINAL_MARKS
                                or alone[i + 1] or alone[i] or signed[i + 1]):
            paragraphs.append("".join(current))
            current = []
        elif _ends_paragraph(text, nxt, w, len(current) == 1):
            paragraphs.append("".join(current))
            current = []
    if current:
        paragraphs.append("".join(current))
    return [clean_paragraph(p) for p in paragraphs if p.strip()]


_LEAD_SPACE_RE = re.compile(r"^(本报讯|本报[\u4e00-\u9fff\d月日]{0,12}电|新华社[\u4e00-\u9fff\d月日]{0,14}电)\s*")
_LEAD_SPACE_OPENINGS = ("本报", "新华社")  # every match of _LEAD_SPACE_RE opens with one


def clean_paragraph(text: str) -> str:
    """Paragraph text: layout spaces removed, one space kept after the lead (本报讯 1月12日…)."""
    out = remove_layout_spaces(text)
    if not out.startswith(_LEAD_SPACE_OPENINGS):
        return out  # most paragraphs: no lead, and a prefix test costs a tenth of the substitution
    # Keep the one space newspapers set after the lead (本报讯 1月12日…).
    return _LEAD_SPACE_RE.sub(lambda m: m.group(1) + " ", out, count=1)


# --- datelines and inline bylines ------------------------------------------------------

_DATE = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|晚|夜)?"
_DATELINE_RES = (
    re.compile(rf"^本报讯\s*(?:[（(][^）)]*[）)])?\s*({_DATE})[，,\s]"),
    re.compile(rf"^(?:本报|新华社|中新社)[\u4e00-\u9fff]{{0,10}}?({_DATE.replace('(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|晚|夜)?', '')})电"),
    re.compile(r"^本报[\u4e00-\u9fff]{0,10}?((?:\d{1,2}月)?\d{1,2}日)讯"),  # 本报平湖1月12日讯, 本报12日讯
)
_INLINE_BYLINE_RE = re.compile(r"[（(]((?:本报|新华社|特约|见习)?(?:记者|通讯员|实习生)[^）)]{1,40})[）)]")


def extract_dateline(first_paragraph: str) -> str | None:
    """本报讯 1月12日下午，… -> 1月12日下午; 本报北京5月3日电 -> 5月3日; else None."""
    s = remove_all_spaces(first_paragraph[:60])
    s = s.replace("本报讯", "本报讯 ", 1)
    for rx in _DATELINE_RES:
        m = rx.match(s)
        if m:
            return m.group(1)
    return None


def inline_bylines(first_paragraph: str) -> tuple[Byline, ...]:
    """（记者 张璁） or （记者王云松、刘军国） right after the lead of the first paragraph."""
    lead = BODY_LEAD_RE.match(first_paragraph)
    if not lead:
        return ()
    m = _INLINE_BYLINE_RE.match(first_paragraph, lead.end() + len(first_paragraph[lead.end():]) -
                                len(first_paragraph[lead.end():].lstrip()))
    if not m:
        return ()
    return parse_byline(m.group(1)) or ()


# --- assembly --------------------------------------------------------------------------

# Costs of the assembly programme, in "one misplaced title" units.
COST_TITLE_MISSING = 1.0
COST_TITLE_EXTRA = 1.0
COST_BYLINE_EXTRA = 0.8
COST_MARKER_WRONG_SIDE = 5.0
# A title after the （下转N版） that ends a text heads the next one: the marker is the last
# thing a story prints on its page.
COST_TITLE_PAST_JUMP = 1.0
COST_SPLIT_FRAME = 2.0
# Two title lines of one frame are mostly one headline, but an extractor may glue the headline
# drawn after one story to the headline over the next: parting them costs less, so that the
# titles' words (their relevance to each text) decide.
COST_SPLIT_TITLES = 0.6
# A printed byline signs a staff story, and staff news opens with a lead (本报讯): a byline
# over text without one is a little less likely. Below a layout habit's weight times three.
COST_BYLINE_WITHOUT_LEAD = 0.3
# A photo credit signs a caption, which runs to a few lines; on a long text it is a little
# less likely (a story may carry its own photo).
CAPTION_MAX_CHARS = 300
COST_CREDIT_ON_STORY = 0.6
# A photo's title is a few characters (文化惠民); a story's headline says more. A lone title
# this short over a long text costs a little.
PHOTO_TITLE_MAX_CHARS = 6
COST_SHORT_TITLE_ON_STORY = 0.4
# A photo's short title drawn after its caption's credit (…本报记者 X摄 / 运河秋色), then a story:
# reading it as the story's title costs this much more than parting it from the credit.
COST_PHOTO_TITLE_OFF = 1.0
COST_AGAINST_HABIT = 0.1
# Weight of a title sharing no words with the body (see _pieces_relevance_cost): a headline of
# RELEVANCE_FULL_GRAMS bigrams or more none of which the text repeats is less likely than no
# title at all; a shorter title says less (a photo's 运河秋色 shares little with its caption),
# and its share counts in proportion. Measured on 26 generated sets (0.6 flat before; 1.0-1.6
# and 7-14 bigrams tried).
COST_TITLE_UNRELATED = 1.6
RELEVANCE_FULL_GRAMS = 10
# A title group drawn as more than two frames (kicker, headline) is rarely one article's.
COST_TITLE_PIECE = 0.2


@dataclass
class _Part:
    body: list[Block] = field(default_factory=list)
    before: list[Block] = field(default_factory=list)
    after: list[Block] = field(default_factory=list)
    cut_tail: bool = False  # the second part of one run of text the assembly cut in two


# The kinds the assembly's inner functions compare thousands of times a page: Python 3.11 looks
# an enum member up through EnumType.__getattr__ (0.2 µs), a module constant in a tenth of that.
_TITLE, _BYLINE, _CONTINUATION, _DUPLICATE = BlockKind.TITLE, BlockKind.BYLINE, BlockKind.CONTINUATION, BlockKind.DUPLICATE


_DASHES = ("—", "－", "-")  # a subheadline opens with a dash (——访法国前总统…)
# The date under a speech's headline (在…上的讲话 / （2019年10月9日，杭州）).
_SPEECH_DATE_RE = re.compile(r"^\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[，,]\s*[^（）()]{1,10})?[）)]\s*$")


def _ends_headline(title: Block, nxt: Block) -> bool:
    """Whether ``title`` is a complete headline that ``nxt``, another title, does not go on: one
    that ends in its column's name (…生产力（人民时评）) is complete, and a title after it opens
    another article's title unless it is a subheadline (——访法国前总统…)."""
    return (title.kind is _TITLE and nxt.kind is _TITLE
            and (COLUMN_TAG_RE.search(title.text) or COLUMN_NAME_RE.match(title.text)) is not None
            and not nxt.text.startswith(_DASHES)
            and not _states_fact(nxt.text, title.text))


def _states_fact(text: str, headline: str) -> bool:
    """Whether a title after a headline is its subheadline stating a fact: a clause longer than
    the headline's own words (共新建四十二所，含十六所寄宿制学校 under 全省新一批乡村学校
    建成投用（民生观察））."""
    tag = COLUMN_TAG_RE.search(headline)
    return "，" in text and len(text) > (tag.start() + 1 if tag else len(headline))


def _group_starts(items: list[Block], kinds: tuple[BlockKind, ...]) -> list[int]:
    """Where each title group (or byline group) among ``items`` starts (see _groups)."""
    starts: list[int] = []
    inside = False
    last = None
    sub_frame = -1
    tag_open = tag_closed = False  # a column's name in parentheses broken over two title lines
    # frames with a column's name on a title line, or broken over two: a headline, not a
    # deck set as a title
    tagged = {b.frame_index for b in items if b.kind is _TITLE and COLUMN_TAG_RE.search(b.text)}
    frame_titles: dict[int, str] = {}
    for b in items:
        if b.kind is _TITLE:
            frame_titles[b.frame_index] = frame_titles.get(b.frame_index, "") + b.text.strip()
    tagged.update(f for f, t in frame_titles.items() if COLUMN_TAG_RE.search(t))
    frames: set[int] = set()  # the title frames of the group so far
    photo_title = False
    for i, b in enumerate(items):
        if b.kind in kinds:
            if (not inside or last is not None and _ends_headline(last, b) and not _subheadline_after_tag(items, i)
                    or last is not None and last.frame_index == sub_frame != b.frame_index
                    and b.frame_index in tagged
                    or tag_closed and b.kind is _TITLE and not b.text.startswith(_DASHES)
                    # A kicker and its headline in two frames, then a headline bearing its
                    # column's name in a third: that headline heads another story (a kicker
                    # over a tagged headline has one frame before it). article_f1 +0.006,
                    # title_acc +0.015 summed over 35 generated sets (5 up, 2 down by 0.001).
                    or len(frames) >= 2 and b.frame_index in tagged and b.frame_index not in frames
                    and b.kind is _TITLE and not b.text.startswith(_DASHES)
                    # (not when a kicker's dash or colon before it leads on to it)
                    and not (last is not None and LEADS_ON_RE.search(last.text))
                    # A photo's short title under its credit closes the photo (its caption
                    # drawn before the credit); a headline in another frame after it, too
                    # short for a caption's line, opens the next story's group. article_f1
                    # +0.005, title_acc +0.008 summed over 35 generated sets (2 up, none down).
                    or photo_title and b.kind is _TITLE and b.frame_index not in frames
                    and not b.text.startswith(_DASHES) and len(b.text) < MIN_CAPTION_LINE_CHARS):
                starts.append(i)
                frames = set()
                photo_title = i > 0 and _photo_credit(items[i - 1]) and _lone_photo_title(items, i)
            frames.add(b.frame_index)
            inside = True
            last = b
            if b.kind is _TITLE and b.text.startswith(_DASHES):
                sub_frame = b.frame_index
            if b.kind is _TITLE:
                # （奋进新征程 / 建功新时代·来自基层的调查报告）: the headline ends with its column's name
                tag_closed = tag_open and b.text.rstrip().endswith(("）", ")")) and "（" not in b.text
                opened = b.text.rfind("（")
                tag_open = opened > 0 and opened > b.text.rfind("）")  # after the headline's words
        elif b.kind is not _DUPLICATE:
            inside = False
            tag_open = tag_closed = False
            frames = set()
            photo_title = False
    return starts


# A subheadline without a dash under a headline its column's name closes runs this long at
# least (10 and 14 gain less or about the same).
MIN_SUBHEADLINE_CHARS = 12


def _subheadline_after_tag(items: list[Block], i: int) -> bool:
    """Whether title items[i], right after a headline its column's name closes, is that
    headline's subheadline though no dash opens it (…新规出台（政策解读） / 村里文化书屋
    有了统一规范): a phrase of some length with no bracket in it and nothing at its end leading on
    (a dash, a colon), and the last title of the gap, as a next story's headline over its own
    titles is not. article_f1 +0.052, title_acc +0.024 summed over 35 generated sets (20 up, 1
    down), +0.010 on eight older unseen sets, +0.002 and +0.005 on two fresh pairs."""
    text = items[i].text.strip()
    if len(text) < MIN_SUBHEADLINE_CHARS or "（" in text or "(" in text or text.endswith(("——", "：", ":")):
        return False
    return not any(x.kind is _TITLE for x in items[i + 1:])


def _groups(items: list[Block], kinds: tuple[BlockKind, ...]) -> int:
    """How many title groups (or byline groups) the blocks hold. A subheadline (——写在…之际)
    closes its group: a headline in another frame after it, its column's name on any of its
    lines (守护绿水青山 / 共享美丽家园（大家谈）), opens the next one."""
    return len(_group_starts(items, kinds))


_TITLE_KINDS = (BlockKind.TITLE,)


@lru_cache(maxsize=4096)  # the same titles and frames are asked about many times a page
def _bigrams(text: str) -> set[str]:
    """Every two-character piece of ``text`` (map runs in C; marks and digits in pieces are
    harmless, as they rarely meet in titles and bodies alike)."""
    return set(map(str.__add__, text, text[1:]))


# A title group's pieces (see _title_pieces_of) and how many frames they fill.
TitlePieces = tuple[tuple[str, ...], int]


def _title_pieces_of(items: list[Block]) -> tuple[TitlePieces, ...]:
    """The title pieces among ``items``, one tuple per run of title blocks, with the frames
    it fills: each frame of a title group is one piece (its blocks' texts joined), or more
    where its lines read as titles glued together (_glued_headline)."""
    groups: list[TitlePieces] = []
    pieces: list[list[str]] = []
    frames = 0
    last_frame = None
    for b in items + [None]:  # type: ignore[list-item]
        if b is not None and b.kind is _TITLE:
            if b.frame_index != last_frame:
                frames += 1
            # (a frame opening inside a bracket the last left open goes on with it: a column's
            # name wrapped into a frame of its own, （奋进新时代 建功新 / 征程·民生实事系列报道）)
            if (b.frame_index != last_frame and not (pieces and bracket_balance("".join(pieces[-1])) > 0)) \
                    or (b.frame_index == last_frame and _glued_headline(pieces[-1][-1], b.text)):
                pieces.append([])
            pieces[-1].append(b.text)
            last_frame = b.frame_index
            continue
        if pieces:
            groups.append((tuple("".join(piece) for piece in pieces), frames))
            pieces = []
            frames = 0
        last_frame = None
    return tuple(groups)


def _glued_headline(first: str, second: str) -> bool:
    """Whether two title lines of one frame read as two titles an extractor glued together
    (a headline drawn after its story, then the next story's): nothing says the first wraps
    into the second, and neither is a kicker leading on or a dash subheadline."""
    return (not LEADS_ON_RE.search(first) and not second.lstrip().startswith(_DASHES)
            and not first.lstrip().startswith(_DASHES) and title_line_stands_alone(first, second))


def _pieces_relevance_cost(groups: tuple[TitlePieces, ...], body: str, whole: str | None = None) -> float:
    """How little the title pieces (see _title_pieces_of) share with the body: a headline
    repeats the words of its own article's text far more than any neighbour's. Each piece of
    a title group (a frame, or a headline an extractor glued into another's frame) is judged
    on its own and the costs add up, so a neighbour's headline glued to the group costs in
    full; more than two frames cost a little more (COST_TITLE_PIECE). ``whole``, when given,
    is a text that ``body`` is a slice of (see _piece_unrelated_in_part)."""
    cost = 0.0
    for pieces, frames in groups:
        scores = [x * _evidence(piece) for piece, x in _unrelated_shares(pieces, body, whole)]
        if scores:
            cost += sum(scores) + COST_TITLE_PIECE * max(0, frames - 2)
    return cost


def _unrelated_shares(pieces: tuple[str, ...], text: str, whole: str | None) -> list[tuple[str, float]]:
    """Each title piece with the share of its bigrams ``text`` lacks, pieces without any left
    out; ``whole``, when given, is a text that ``text`` is a slice of."""
    out = []
    for piece in pieces:
        x = _piece_unrelated(piece, text) if whole is None else _piece_unrelated_in_part(piece, text, whole)
        if x is not None:
            out.append((piece, x))
    return out


@lru_cache(maxsize=4096)
def _evidence(piece: str) -> float:
    """How much a title piece's words missing from a text say: in full from RELEVANCE_FULL_GRAMS
    bigrams up, in proportion below."""
    return min(1.0, len(_piece_grams(piece)) / RELEVANCE_FULL_GRAMS)


# What a headline says that its text never repeats: the column's name in parentheses at its
# end (（新论）, （一线视角）), or after its words a series' name, longer (（奋进新时代 建功新征程·
# 民生实事系列报道之三）), and marks. (A piece that is all parenthesis, longer than a column's
# name, is a deck's note the text repeats: （2024年3月5日县第十八届人民代表大会…通过）.)
_TITLE_APPARATUS_RE = re.compile(r"[（(][^（）()]{1,16}[）)]\s*$|(?<=[\u3400-\u9fff])[（(][^（）()]{17,40}[）)]\s*$"
                                 r"|[^\u3400-\u9fff0-9A-Za-z]+")


@lru_cache(maxsize=4096)  # a page has a few dozen title pieces, each judged beside many texts
def _piece_grams(piece: str) -> tuple[str, ...]:
    """A title piece's distinct bigrams: words only, as the text never repeats the
    headline's column name and marks."""
    return tuple({g for w in _TITLE_APPARATUS_RE.split(piece) for g in _bigrams(w)})


@lru_cache(maxsize=1 << 14)  # the assembly asks about the same title and text many times
def _piece_unrelated(piece: str, body: str) -> float | None:
    """Share of a title piece's bigrams missing from the body (None if it has none); words
    only, as the text never repeats the headline's column name and marks."""
    grams = _piece_grams(piece)
    if not grams:
        return None
    return 1.0 - sum(map(body.__contains__, grams)) / len(grams)  # substring search and count run in C


@lru_cache(maxsize=1 << 14)
def _grams_in(piece: str, text: str) -> tuple[str, ...]:
    """The piece's bigrams that ``text`` holds."""
    return tuple(g for g in _piece_grams(piece) if g in text)


@lru_cache(maxsize=1 << 14)  # a cut's part is read beside each split of the gap next to it
def _piece_unrelated_in_part(piece: str, part: str, whole: str) -> float | None:
    """_piece_unrelated(piece, part) for ``part`` a slice of ``whole`` (a run's text and the
    part of it before or after a cut): a bigram the whole lacks, its part lacks too, so only
    those the whole holds are looked for in the part. Most of a neighbour's title's bigrams are
    nowhere in the text: each run's text is searched for them once, not once per part."""
    grams = _piece_grams(piece)
    if not grams:
        return None
    held = _grams_in(piece, whole)
    found = len(held) if part is whole else sum(map(part.__contains__, held))
    return 1.0 - found / len(grams)  # the same count over the same length: the same float


# (marker + relevance cost, title groups, bylines, near, far, bylines naming more than photographers);
# two byline blocks side by side are two bylines (one printed over two lines is joined already)
Side = tuple[float, int, int, int, int, int]


# What one side's blocks say whatever text they go with: (title pieces, costs in block order
# as (cost, paid only beside a long text), title groups, bylines, near, far, staff bylines).
SideShape = tuple[tuple[TitlePieces, ...], tuple[tuple[float, bool], ...], int, int, int, int, int]


def _side_shape(items: list[Block], before: bool) -> SideShape:
    """The part of _side that does not depend on the text: the assembly reads each side
    beside several texts (the whole run, each cut's part, runs joined by subheadings)."""
    wrong = "to" if before else "from"  # （下转） ends an article's text, （上接） opens it
    costs: list[tuple[float, bool]] = []
    near = far = staff = 0
    jumped = False  # after the text, past its （下转N版）: the article has ended there
    for i, b in enumerate(items):
        if b.kind is _CONTINUATION and b.continuation and b.continuation.direction == wrong:
            costs.append((COST_MARKER_WRONG_SIDE, False))
        elif not before and b.kind is _CONTINUATION and b.continuation and b.continuation.direction == "to":
            jumped = True
        elif jumped and b.kind is _TITLE:
            costs.append((COST_TITLE_PAST_JUMP, False))
        elif b.kind is _TITLE and len(b.text) <= PHOTO_TITLE_MAX_CHARS \
                and (i == 0 or items[i - 1].kind is not _TITLE) \
                and (i + 1 == len(items) or items[i + 1].kind is not _TITLE):
            costs.append((COST_SHORT_TITLE_ON_STORY, True))
        elif b.kind is _BYLINE:
            staff += any(x.role != PHOTO_ROLE for x in b.bylines)
            if is_photo_credit(b.bylines):
                costs.append((COST_CREDIT_ON_STORY, True))
            if any(x.kind is _TITLE for x in items[max(0, i - 1): i + 2]):
                near += 1
            else:
                far += 1
    return _title_pieces_of(items), tuple(costs), _groups(items, _TITLE_KINDS), near + far, near, far, staff


def _side_of(shape: SideShape, body: str, whole: str | None = None) -> Side:
    """_side from the side's shape: the costs are added in the same order, to the same sums.
    ``whole``, when given, is a text that ``body`` is a slice of."""
    pieces, costs, groups, bylines, near, far, staff = shape
    cost = COST_TITLE_UNRELATED * _pieces_relevance_cost(pieces, body, whole) if body else 0.0
    long = len(body) > CAPTION_MAX_CHARS
    for amount, only_long in costs:
        if long or not only_long:
            cost += amount
    return cost, groups, bylines, near, far, staff


def _side(items: list[Block], before: bool, body: str) -> Side:
    """What the blocks on one side of a body (before it or after it) say about the article."""
    if not items:
        return _EMPTY  # a quarter of the calls: a gap split at its end
    return _side_of(_side_shape(items, before), body)


def _shared_cost(before: Side, after: Side, lead: bool) -> float:
    """The part of an article's cost that no layout habit changes; ``lead`` tells whether
    its text opens with a lead (本报讯, 本报北京5月3日电)."""
    cost = before[0] + after[0]
    titles = before[1] + after[1]
    if titles == 0:
        cost += COST_TITLE_MISSING
    elif titles > 1:
        cost += COST_TITLE_EXTRA * (titles - 1)
    bylines = before[2] + after[2]
    if bylines > 1:
        cost += COST_BYLINE_EXTRA * (bylines - 1)
    if (before[5] or after[5]) and not lead:
        cost += COST_BYLINE_WITHOUT_LEAD
    return cost


def _habit_cost(cost: float, before: Side, after: Side, titles_after: bool, byline_by_title: bool) -> float:
    """``cost`` (the shared part) plus what one layout habit adds: where titles stand relative
    to bodies, and whether bylines sit next to the title or next to the body."""
    if (before[1] if titles_after else after[1]):
        cost += COST_AGAINST_HABIT
    cost += COST_AGAINST_HABIT * ((before[4] + after[4]) if byline_by_title else (before[3] + after[3]))
    return cost


def _article_cost(before: Side, after: Side, titles_after: bool, byline_by_title: bool, lead: bool = True) -> float:
    """The cost of one article from its two sides, under one layout habit."""
    return _habit_cost(_shared_cost(before, after, lead), before, after, titles_after, byline_by_title)


@lru_cache(maxsize=4096)  # half the articles the programme weighs have sides some other one had
def _article_costs(before: Side, after: Side, lead: bool) -> tuple[float, ...]:
    """_article_cost under each of HABITS, in that order, the shared part worked out once."""
    shared = _shared_cost(before, after, lead)
    return tuple(_habit_cost(shared, before, after, titles_after, by_title) for titles_after, by_title in HABITS)


_EMPTY: Side = (0.0, 0, 0, 0, 0, 0)


def _split_cost(gap: list[Block], k: int, frame_before: int, frame_after: int, story_after: bool = False,
                credit_before: bool = False, lead_only_before: bool = False, lead_after: bool = False) -> float:
    """Splitting a gap at ``k`` parts blocks that one frame holds together: two of the gap's
    own (not a headline and a staff byline under it before a lead's text, ``lead_after``), or
    a byline from the text its frame closes (or opens: not a staff byline over a text with no
    lead after a lead's text, ``lead_only_before``); a kicker from the headline it
    leads to, a headline from its dash subheadline or its speech's date, in any frames; or,
    before a story (text longer than a caption: ``story_after``), a photo's short title, alone
    in its frame, from the credit before it, in the gap or closing the text before the gap
    (``credit_before``: …驻足观赏。 蒋晓东摄（影像中国） / 光影城市)."""
    if 0 < k < len(gap):  # a split between two of the gap's blocks
        prev, nxt = gap[k - 1], gap[k]
        if prev.kind is _TITLE and nxt.kind is _TITLE and LEADS_ON_RE.search(prev.text):
            return COST_SPLIT_FRAME  # a kicker (李克强在陕西考察时强调, …主题教育——, 国务院扶贫办：) leads to its headline
        if prev.kind is _TITLE and nxt.kind is _TITLE and COLUMN_NAME_RE.match(nxt.text):
            return COST_SPLIT_FRAME  # a column's name alone (（香江在线）) closes the headline before it
        if prev.frame_index == nxt.frame_index:
            if _ends_headline(prev, nxt):
                return 0.0
            if lead_after and prev.kind is _TITLE and nxt.kind is _BYLINE and not is_photo_credit(nxt.bylines):
                # The headline drawn after its story's text and the next story's byline, one
                # frame (…同志逝世 / ■记者 某某, then 本报讯…): the byline may go with the lead.
                # byline_acc +0.023 summed over 35 generated sets (8 pages up) and +0.053 over
                # 26 unseen sets (15 up), none down.
                return 0.0
            if prev.kind is _TITLE and nxt.kind is _TITLE and tag_after_few_words(nxt.text):
                return COST_SPLIT_FRAME  # a headline's last words and its column's name, wrapped (…中守护 / 一路平安（…）)
            if prev.kind is _TITLE and nxt.kind in (_TITLE, _DUPLICATE):
                return COST_SPLIT_TITLES
            if prev.kind is nxt.kind is _BYLINE:
                # Each led by its own mark (■记者 甲 / ■记者 乙): two stories' bylines, one frame
                # (blocks.frame._merge_adjacent). byline_acc +0.077 summed over 35 generated sets
                # (23 pages up) and +0.13 over 26 unseen sets (35 up), none down.
                return 0.0
            return COST_SPLIT_FRAME
        if prev.kind is _TITLE and nxt.kind is _TITLE and bracket_balance(prev.text) > 0 > bracket_balance(nxt.text):
            return COST_SPLIT_FRAME  # a headline broken inside its column's name (…（人民论坛· / 70华诞…）)
        if (story_after and prev.kind is _TITLE and nxt.kind is _TITLE and tag_after_few_words(nxt.text)
                and COLUMN_TAG_RE.search(prev.text) is None and not LEADS_ON_RE.search(prev.text)
                and not prev.text.startswith("——")):
            # a headline's last words and its column's name, a frame of their own, over a story
            # (…有担当 生活 / 更美好（田间谈）); a photo's title is one too (蚕茧丰收（礼赞70年）),
            # over a caption. title_acc +0.003 over 87 generated sets, on one page, which I read.
            return COST_SPLIT_FRAME
        if (prev.kind in (_TITLE, _DUPLICATE) and nxt.kind is _TITLE
                and (nxt.text.startswith("——") or _SPEECH_DATE_RE.match(nxt.text))):
            return COST_SPLIT_FRAME  # a subheadline's dash (——写在…之际), a speech's date, follows its own headline
        if story_after and _photo_credit(prev) and _lone_photo_title(gap, k):
            return COST_PHOTO_TITLE_OFF
        return 0.0
    if k == 0 and gap and gap[0].kind is _BYLINE and gap[0].frame_index == frame_before:
        return COST_SPLIT_FRAME
    if k == 0 and gap and story_after and credit_before and _lone_photo_title(gap, 0):
        return COST_PHOTO_TITLE_OFF  # the same, the credit closing the caption's last line (…摄（影像中国）)
    if k == len(gap) and gap and gap[-1].kind is _BYLINE and gap[-1].frame_index == frame_after:
        # A reporter's byline goes with a dispatch's lead (本报讯…): over a text with none,
        # after a lead's text, the extractor glued the byline that closes the gap of the story
        # before to the frame under it (…赢得好评 / 标题 / ■记者 某某 + “梦回…). Free to part,
        # the programme weighs it beside both texts. byline_acc +0.066 summed over 35 generated
        # sets (14 up, none down) and +0.045 over 26 unseen sets (14 pages up, none down).
        if lead_only_before and not is_photo_credit(gap[-1].bylines):
            return 0.0
        return COST_SPLIT_FRAME
    return 0.0


def _photo_title_over_headline(side: list[Block]) -> bool:
    """Whether the first of a side's titles, alone in its frame, may be a photo's drawn over
    the next story's headline: a photo's short title, or a title as long as an inset photo's
    when no byline stands among the titles (a byline signs a story: 秋收图景 / 某县修通… /
    ■记者 某某 heads a story and its photo). The longer title: article_f1 +1.21, title_acc
    +1.46 summed over 133 generated sets (4 pages up, none down); without the byline's test
    +1.69 and +1.51, a headline over another story's title and byline taken for a photo's."""
    if not _lone_photo_title(side, 0, INSET_PHOTO_TITLE_MAX_CHARS):
        return False
    return len(remove_all_spaces(side[0].text)) <= PHOTO_TITLE_MAX_CHARS or not any(b.kind is _BYLINE for b in side)


def _lone_photo_title(gap: list[Block], k: int, max_chars: int = PHOTO_TITLE_MAX_CHARS) -> bool:
    """Whether gap[k] is a title short enough for a photo's (``max_chars`` at most), alone in
    its frame. A phrase gap counts for no character (老街 新貌): article_f1 +0.010, title_acc
    +0.012 summed over 98 generated sets (3 up, none down) beside counting it."""
    title = gap[k]
    return (title.kind is _TITLE and len(remove_all_spaces(title.text)) <= max_chars
            and (k + 1 == len(gap) or gap[k + 1].frame_index != title.frame_index))


# Cost of reading one run of body text as two articles (see _cut_points).
COST_CUT = 0.3
COST_CUT_MID_SENTENCE = 1.2
COST_CUT_NEW_WIDTH = 0.2


# Words that carry a paragraph on from the text before it (此外，, 与此同时，, 据介绍，,
# 这些…): over the 35 generated sets' gold readings none opens an article, and over 2,000
# paragraphs inside articles open so. (记者从…获悉 and a pronoun may open a story without a
# lead, so they are left out.)
_CONNECTIVE_OPENING_RE = re.compile(
    CONNECTIVE_RE.pattern + r"|^\s*(?:这些|这一|这种|这也|此次|不仅如此|除此之外|值得一提的是|一是|二是)")


def _cut_points(body: list[Block], jump_after: bool, texts: list[str] | None = None,
                captioned: bool = False) -> list[tuple[int, float]]:
    """Where one run of body frames may hold two articles, with the cost of cutting there.

    Two stories drawn one after the other, without a title between them in the content
    stream, meet between two frames where the second opens a paragraph (a lead, or a first
    line set two ems in) and the first ends one, or stops mid-sentence when a jump marker
    (（下转N版）) says that its text goes on on another page. ``texts`` are the frames' texts
    (block_text), when the caller has them already.
    """
    lines = [l for b in body if b.kind is BlockKind.BODY for l in b.lines]
    w = column_width(lines)
    out = []
    block_w = [column_width(list(b.lines)) if b.kind is BlockKind.BODY and len(b.lines) > 1 else 0.0 for b in body]
    # A frame with a line wider than the run's column is set across columns (a caption).
    wide = [b.kind is BlockKind.BODY and _wider_than(b, w) for b in body]
    for c in range(1, len(body)):
        prev, nxt = body[c - 1], body[c]
        if prev.kind is _BYLINE and nxt.kind is BlockKind.BODY and wide[c] and not is_photo_credit(prev.bylines):
            # a staff byline read inside the text (the frame before it stopped with no full
            # stop) signs that text, and a caption set across the columns follows it:
            # article_f1 +0.006, byline_acc +0.010 summed over 87 generated sets (3 up, none down)
            out.append((c, COST_CUT_NEW_WIDTH))
            continue
        if prev.kind is not BlockKind.BODY or nxt.kind is not BlockKind.BODY:
            continue
        # Frames set to different widths (a caption across a photo, a story in wider
        # columns) belong to different stories: the cheapest cut of all.
        w_prev, w_next = block_w[c - 1], block_w[c]
        other_width = (len(prev.lines) > 1 and len(nxt.lines) > 1 and abs(w_prev - w_next) > WIDTH_CHANGE_EM
                       or wide[c - 1] != wide[c])
        first = nxt.lines[0].text
        if first.lstrip()[:1] in "（(" or SOURCE_NOTE_RE.match(first):
            continue  # a parenthesis after text closes it (（本报华盛顿10月17日电）), as its sources' note does
        if first.lstrip().startswith("—") and not wide[c]:
            # a dash line signs the words before it (——某协会主席张三) or goes on with them: over
            # 96 generated sets' gold readings no article opens with a dash, while 3,832
            # paragraphs inside articles do. article_f1 +0.019 summed over 98 sets (5 up, 1
            # down). A line set across the columns may be a subheadline (——写在…之际).
            continue
        if len(nxt.lines) <= 2 and ends_with_credit(nxt.lines):
            continue  # and a credit signs the text before it: it opens no story
        if _CONNECTIVE_OPENING_RE.match(first):
            # a paragraph that goes on from the one before (此外，… 首先，…) opens no story:
            # article_f1 -0.0002 summed over 35 generated sets (1 up, 1 down) and +0.011 over 36
            # unseen sets (3 up, none down; one of them a page of the session's start pair).
            # With the words that refer back (据介绍，, 这些…): +0.006 more over the 35 sets (3
            # up, none down), +0.003 over the unseen (1 up, none down).
            continue
        # (An editor's note, 开栏的话, opens its story's text as a box of key points does:
        # article_f1 +0.005 summed over 79 generated sets, 2 up, none down.)
        opens = (opens_with_lead(nxt.lines) or _indented(nxt.lines, w) or other_width or OPENING_BOX_RE.match(first)
                 or EDITORS_NOTE_RE.match(first)
                 or _one_line_paragraph(prev.lines[-1].text, nxt.lines, w)
                 or _short_frames_apart(prev, nxt)
                 or _opens_on_signed_section(nxt.lines, w))
        # A box of key points opens its story's text: no story ends with it (article_f1 +0.005
        # summed over 35 generated sets, 2 up, none down).
        if not (opens or _closes_its_text(prev)) or _KEY_POINTS_RE.match(prev.lines[0].text):
            continue
        if not stops_mid_sentence(prev.lines) or _ends_on_heading(prev, w) or _listed(prev, w):
            out.append((c, COST_CUT_NEW_WIDTH if other_width else COST_CUT))
        elif wide[c - 1] and not wide[c]:
            out.append((c, COST_CUT))  # a caption set across a photo needs no full stop to end
        elif jump_after:
            out.append((c, COST_CUT_MID_SENTENCE))
    # A run ending in a photo's caption, its credit split off its last line (…会展中心 本报记者
    # 某某摄): the caption is a frame of its own, after finished text.
    c = len(body) - 1
    if (captioned and c > 0 and (not out or out[-1][0] != c) and body[c].kind is BlockKind.BODY
            and body[c - 1].kind is BlockKind.BODY and len(body[c].lines) <= MAX_CAPTION_FRAME_LINES
            and not stops_mid_sentence(body[c - 1].lines)):
        out.append((c, COST_CUT))
    if len(out) > 1:
        # Lexical cohesion (Hearst's TextTiling): a story repeats its own words, so the text
        # on the two sides of a true story boundary shares fewer of them than a cut inside.
        grams = [bigram_codes(t) for t in (texts if texts is not None else map(block_text, body))]
        out = [(c, max(0.0, cost + COST_COHESION * (_cohesion(grams, c) - COHESION_THRESHOLD))) for c, cost in out]
    return out


def _credit_split_off(run: list[Block], gap_after: list[Block]) -> bool:
    """Whether a run's last line shares its source line with a photo's credit in the gap after
    it: a caption, the credit split off its end. article_f1 +0.003 summed over 35 generated
    sets (1 up, none down)."""
    if not gap_after or gap_after[0].kind is not _BYLINE or not is_photo_credit(gap_after[0].bylines):
        return False
    return run[-1].lines[-1].line_no == gap_after[0].lines[0].line_no


# Weight of a title's words found in the other part of a cut run (see _crossed): measured on
# 24 generated sets (0.6 and 2.0 gain less article_f1 and title_acc than 1.2).
COST_CROSSED = 1.2


def _crossed(shape: SideShape | None, other: str, whole: str) -> float:
    """What a cut costs for the titles on one side of a run whose words the other part of
    the cut repeats (mean share of each title group's pieces' bigrams found there): a run
    holding two stories parts where each headline's words stay on its own side (进博会 … in
    one, 新增就业 … in the other). Only the difference between a run's cuts counts (see
    _assign_gaps): two stories on one topic share words at any cut, and whether to cut at all
    is left to the cut's own cost."""
    if shape is None:
        return 0.0
    cost = 0.0
    for pieces, _ in shape[0]:
        scores = [x for _, x in _unrelated_shares(pieces, other, whole)]
        if scores:
            cost += 1.0 - sum(scores) / len(scores)
    return COST_CROSSED * cost


# Frames this short may be captions, set without a first-line indent (3 and 6 gain less).
MAX_CAPTION_FRAME_LINES = 4


# Marks of a clause or a sentence, which a heading holds none of (a numbered one holds 、:
# 三、工作安排, so blocks.has_clause_mark, which counts it, will not do here).
_HEADING_MARKS = "，。；！？：,;!?:"
# A heading inside a story runs one or two lines (乡村旅游提质 / 增效).
MAX_HEADING_LINES = 2


def _ends_on_heading(block: Block, width: float) -> bool:
    """Whether a text frame ends on a heading (三、工作安排): its last line or two short of
    the indented column, with no clause or stop in them, after a finished paragraph or alone
    in the frame. Such a frame stops without a full stop, yet no sentence is cut off there: a
    story trimmed to its space may end on the heading of a section it leaves out, and the
    paragraph after it may open the next story. article_f1 +0.025, title_acc +0.009 summed
    over 35 generated sets (8 up, 1 down); the frames of one line alone: +0.014."""
    lines = block.lines
    for n in range(1, min(MAX_HEADING_LINES, len(lines)) + 1):
        text = lines[-n].text.strip()
        if display_width(text) > width - INDENT_EM or any(mark in text for mark in _HEADING_MARKS):
            return False
        if n == len(lines) or lines[-n - 1].text.rstrip()[-1:] in TERMINAL_MARKS:
            return len("".join(l.text.strip() for l in lines[-n:])) >= 2
    return False


# Lines a closing note may run to at the end of a frame (（据新华社…电 记者…）).
MAX_CLOSING_NOTE_LINES = 5


def _closes_its_text(block: Block) -> bool:
    """Whether a text frame ends with what closes a story's text: a closing note, a bracket
    opening a line of its own and closing the frame (（据新华社某地 / …电 记者…）, （作者为…）),
    or a photo's credit (…摄（人民视觉）). The text after it may then open another story whether
    or not it shows an opening (a caption's first line, set without an indent). article_f1
    +0.008 summed over 35 generated sets for the note (2 up, none down), +0.008 more for the
    credit (3 up, none down)."""
    lines = block.lines
    if ends_with_photo_credit(lines):
        return True
    for n in range(1, min(MAX_CLOSING_NOTE_LINES, len(lines)) + 1):
        if lines[-n].text.lstrip().startswith(("（", "(")):
            return _CLOSING_NOTE_RE.fullmatch("".join(l.text.strip() for l in lines[-n:])) is not None
    return False


MIN_LISTED_LINES = 3


def _listed(block: Block, width: float) -> bool:
    """Whether a text frame is a list's or a table's lines (第一座电影院： / 1958年建成开放): three
    or more, none reaching the column less its indent, as no wrapped text is set. A list ends
    no sentence with a stop, so one that closes a frame may close its story, and the paragraph
    after it may open the next. article_f1 +0.011 summed over 68 generated sets (4 up, none
    down); two lines or more: +0.010 (4 up, 1 down)."""
    lines = block.lines
    return len(lines) >= MIN_LISTED_LINES and all(display_width(l.text.strip()) < width - INDENT_EM for l in lines)


def _opens_on_signed_section(lines: tuple[Line, ...], width: float) -> bool:
    """Whether a text frame opens with a section's heading and its byline, set in the text
    (餐餐好滋味 / 本报记者 某 某 / text): a heading of a line or two short of the column, with
    no clause in it, over a staff byline and more text. A compilation drawn after another story,
    its headline last (a title after), opens there. article_f1 +2.9 summed over 141 generated
    sets (6 pages up, none down)."""
    for n in range(1, MAX_HEADING_LINES + 1):
        if len(lines) < n + 2:
            return False
        text = lines[n - 1].text.strip()
        if display_width(text) >= width - INDENT_EM or any(mark in text for mark in _HEADING_MARKS):
            return False
        bylines = parse_byline(lines[n].text)
        if bylines and not is_photo_credit(bylines):
            return True
    return False


def _short_frames_apart(prev: Block, nxt: Block) -> bool:
    """Whether two short frames are two texts: the first finishes its sentence short of the
    column (a caption's end, 雨后的古镇… / …游人如织。), so the second, set without an indent as
    captions are, opens its own. article_f1 +0.009, title_acc +0.009 summed over 35 generated
    sets (4 up, none down)."""
    if len(prev.lines) > MAX_CAPTION_FRAME_LINES or len(nxt.lines) > MAX_CAPTION_FRAME_LINES:
        return False
    last = prev.lines[-1].text
    return (SENTENCE_STOP_RE.search(last) is not None
            and display_width(last) < column_width(list(prev.lines + nxt.lines)) - INDENT_EM)


def _one_line_paragraph(before: str, lines: tuple[Line, ...], width: float) -> bool:
    """Whether a frame opens with a paragraph of one line (山清水秀。), a sentence short of the
    indented column, after a paragraph ended and before one opening: no indent shows there,
    yet a story may open so. Without the sentence's stop the line is a heading inside a story
    (a profile's 作家某某 over its section). article_f1 +0.013 summed over 35 generated sets
    (3 up, none down)."""
    first = lines[0].text
    return (len(lines) > 1 and SENTENCE_STOP_RE.search(first) is not None and display_width(first) < width - INDENT_EM - 1.0
            and _ends_paragraph(before, first, width) and _ends_paragraph(first, lines[1].text, width, opening=True))


def _indented(lines: tuple[Line, ...], width: float) -> bool:
    """Whether a frame's first line is set two ems in (a paragraph's first line); it may stop
    short by the number or word that opens the next line and could not fit (…（IMF） / 10月…)."""
    text = lines[0].text
    short = width - INDENT_EM - display_width(text)
    if abs(short) <= 1.0 or abs(short) <= 1.0 + latin_slack(text):  # the slack is never negative
        return True
    return short > 0 and len(lines) > 1 and short <= leading_wrap_em(lines[1].text) + 1.0


COST_COHESION = 4.0  # per unit of cohesion above the threshold: a cut through one story costs more
COHESION_WINDOW = 3  # frames on each side of a cut compared


def _cohesion(grams: list[set[int]], c: int) -> float:
    before, after = grams[max(0, c - COHESION_WINDOW):c], grams[c:c + COHESION_WINDOW]
    if not before or not after:
        return 0.0
    # Copy the first set only (set().union(*sets) would copy twice, the empty set and then all).
    left = before[0].union(*before[1:])
    right = after[0].union(*after[1:])
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


# Column widths further apart than this are two settings, not justification noise.
WIDTH_CHANGE_EM = 2.0


# Layout habits tried: (titles after bodies, bylines by titles). Where bylines stand varies
# story by story, so only the titles' side is tried both ways (measured on generated pages).
HABITS = ((False, False), (True, False))


# Split points tried at each end of a gap; a gap of more blocks (a page of headings with no
# text) has its middle go to one side, keeping the programme linear in the page's size.
MAX_SPLITS_PER_END = 6


def _splits(gap: list[Block]) -> list[int]:
    g = len(gap)
    if g <= 2 * MAX_SPLITS_PER_END:
        return list(range(g + 1))
    return list(range(MAX_SPLITS_PER_END + 1)) + list(range(g - MAX_SPLITS_PER_END, g + 1))


def _stacked_pairs(gap: list[Block], ks: list[int], before: bool, cuts: list[tuple[int, float]], texts: list[str]
                   ) -> dict[int, tuple[int, float, SideShape, SideShape]]:
    """For each split of a gap next to a run that leaves two title groups on the run's side
    (gap[k:] before it, gap[:k] after it), the run read as two stories under stacked
    headlines, as _stacked_split parts it: (cut, the cut's cost, the first headline's side,
    the second's). The programme weighs this reading beside the others, so that a run of two
    stories under a pair of headlines is not read as one story with an extra title instead."""
    out: dict[int, tuple[int, float, SideShape, SideShape]] = {}
    fitting = [(c, cost) for c, cost in cuts if cost < MAX_STACKED_CUT_COST]
    if not fitting:
        return out
    cost_of = dict(fitting)
    for k in ks:
        items = gap[k:] if before else gap[:k]
        starts = _group_starts(items, _TITLE_KINDS)
        if len(starts) != 2 or any(b.kind is not _TITLE and b.kind is not _DUPLICATE for b in items):
            continue
        first, last = items[:starts[1]], items[starts[1]:]
        t1, t2 = _piece_text(first), _piece_text(last)
        c, _, _, gain = _fitting_cut(t1, t2, fitting, texts)
        if gain > 0:  # each headline shares more words with its own part, as _stacked_split parts them
            out[k] = (c, cost_of[c], _side_shape(first, before), _side_shape(last, before))
    return out


def _assign_gaps(gaps: list[list[Block]], bodies: list[list[Block]]
                 ) -> list[tuple[int, int, int, int, tuple[int, int] | None]]:
    """The articles of the page as (first run, last run, split of the gap before, split of
    the gap after, cut): which runs of body text make one article (joined across
    subheadings), where each gap splits (gap[:k] ends the article before, gap[k:] opens the
    next) and where, if anywhere, a run is cut, as (run, index): the first run's head is an
    article of its own, headed by the gap before (a single run cut in two, or a story ending
    where another begins that goes on across subheadings: [T1, text 1 | text 2, subheading,
    text 2, T2]), or the last run's tail is, headed by the gap after ([T1, text 1,
    subheading, text 1 | text 2, T2]). Tries each layout habit and keeps the cheapest reading."""
    n = len(bodies)
    texts = [[block_text(b) for b in body] for body in bodies]
    leads = [opens_with_lead(body[0].lines) for body in bodies]
    # Each side is read beside several texts; what it says without them is worked out once.
    shapes: dict[tuple[int, int, bool], SideShape] = {}
    found_cuts: dict[tuple[int, bool], list[tuple[int, float]]] = {}

    def cut_points(j: int, jump: bool) -> list[tuple[int, float]]:
        if (j, jump) not in found_cuts:
            found_cuts[(j, jump)] = _cut_points(bodies[j], jump, texts[j], _credit_split_off(bodies[j], gaps[j + 1]))
        return found_cuts[(j, jump)]

    def side(j: int, k: int, before: bool, body: str, whole: str | None = None) -> Side:
        """_side of gap j split at k: gaps[j][k:] before a text, gaps[j][:k] after one;
        ``whole``, when given, is the run's text that ``body`` is a part of."""
        shape = shapes.get((j, k, before))
        if shape is None:
            items = gaps[j][k:] if before else gaps[j][:k]
            if not items:
                return _EMPTY
            shape = shapes[(j, k, before)] = _side_shape(items, before)
        return _side_of(shape, body, whole)

    # Per run: for each habit and split pair, the cheapest reading (cost, cut). An article's
    # cost adds up from its two sides, and each side depends on one split only.
    table: list[list[dict[tuple[int, int], tuple[float, int | None]]]] = []
    for j in range(n):
        gb, ga = gaps[j], gaps[j + 1]
        ks_before = [0] if j == 0 else _splits(gb)
        ks_after = [len(ga)] if j == n - 1 else _splits(ga)
        whole = "\n".join(texts[j])
        jump = any(map(jumps_on, ga))
        lead = leads[j]
        # A cut only pays when the gaps around the run hold titles for two articles.
        cuts = cut_points(j, jump) if _groups(gb, _TITLE_KINDS) + _groups(ga, _TITLE_KINDS) >= 2 else []
        parts = {c: ("\n".join(texts[j][:c]), "\n".join(texts[j][c:])) for c, _ in cuts}
        # The parts are slices of the whole text (joined the same way, at a newline).
        before_whole = {kb: side(j, kb, True, whole, whole) for kb in ks_before}
        after_whole = {ka: side(j + 1, ka, False, whole, whole) for ka in ks_after}
        before_cut = {(kb, c): side(j, kb, True, parts[c][0], whole) for kb in ks_before for c, _ in cuts}
        after_cut = {(ka, c): side(j + 1, ka, False, parts[c][1], whole) for ka in ks_after for c, _ in cuts}
        cut_leads = {c: opens_with_lead(bodies[j][c].lines) for c, _ in cuts}
        # Each article's cost under every habit at once (see _article_costs): the first
        # article of a cut with the cut's cost, the second, and the whole run.
        heads = {kb: [([x + cost for x in _article_costs(before_cut[(kb, c)], _EMPTY, lead)], c) for c, cost in cuts]
                 for kb in ks_before}
        tails = {ka: {c: _article_costs(_EMPTY, after_cut[(ka, c)], cut_leads[c]) for c, _ in cuts} for ka in ks_after}
        crossed_before = {kb: [_crossed(shapes.get((j, kb, True)), parts[c][1], whole) for c, _ in cuts] for kb in ks_before}
        crossed_after = {ka: [_crossed(shapes.get((j + 1, ka, False)), parts[c][0], whole) for c, _ in cuts] for ka in ks_after}
        # A cut after a photo's credit (…摄（影像中国）) closes the caption whatever words the
        # next story shares with the photo's title (秋收 / 秋收的田野… / 某某摄 / 秋日的湖边…):
        # article_f1 +0.005 summed over 94 generated sets, one page up (of the session's start
        # pair), none down.
        after_credit = [ends_with_photo_credit(bodies[j][c - 1].lines) for c, _ in cuts]
        rows: list[dict[tuple[int, int], tuple[float, int | None]]] = [{} for _ in HABITS]
        stacked_before = _stacked_pairs(gb, ks_before, True, cuts, texts[j])
        stacked_after = _stacked_pairs(ga, ks_after, False, cuts, texts[j])
        for kb in ks_before:
            head_costs = heads[kb]
            for ka in ks_after:
                tail_costs = tails[ka]
                whole_costs = _article_costs(before_whole[kb], after_whole[ka], lead)
                if kb in stacked_before and not after_whole[ka][1]:
                    c, cost, first, last = stacked_before[kb]
                    one = _article_costs(_side_of(first, parts[c][0], whole), _EMPTY, lead)
                    two = _article_costs(_side_of(last, parts[c][1], whole), after_cut[(ka, c)], cut_leads[c])
                    whole_costs = tuple(min(w, x + y + cost) for w, x, y in zip(whole_costs, one, two))
                if ka in stacked_after and not before_whole[kb][1]:
                    c, cost, first, last = stacked_after[ka]
                    one = _article_costs(before_cut[(kb, c)], _side_of(first, parts[c][0], whole), lead)
                    two = _article_costs(_EMPTY, _side_of(last, parts[c][1], whole), cut_leads[c])
                    whole_costs = tuple(min(w, x + y + cost) for w, x, y in zip(whole_costs, one, two))
                # Where to cut, not whether: each cut pays what its titles share with the
                # other part beyond the least any cut of this run pays.
                crossed = [x + y for x, y in zip(crossed_before[kb], crossed_after[ka])]
                least = min(crossed, default=0.0)
                crossed = [least if credit else x for x, credit in zip(crossed, after_credit)]
                for h, row in enumerate(rows):
                    best: tuple[float, int | None] = (whole_costs[h], None)
                    for (head, c), x in zip(head_costs, crossed):
                        total = head[h] + tail_costs[c][h] + x - least
                        if total < best[0]:
                            best = (total, c)
                    row[(kb, ka)] = best
        table.append(rows)
    text_of_run = ["\n".join(t) for t in texts]
    joinable = [False] + [_subheading_gap(gaps[j], bodies[j - 1], bodies[j]) and not _captioned_photo(gaps[j], bodies[j], gaps[j + 1])
                          for j in range(1, n)]
    signed = [False] + [_byline_inside(gaps[j], bodies[j - 1], bodies[j], gaps[j + 1]) for j in range(1, n)]
    # Joining across a subheading costs less where the text on both sides shares its words.
    raw_join = [0.0] + [_join_cost(bodies[j - 1], bodies[j]) if joinable[j] or signed[j] else 0.0 for j in range(1, n)]
    join_cost = list(raw_join)
    # A subheading led by a bullet (●织密民生保障安全网) is one: no headline opens so.
    for j in range(1, n):
        if joinable[j] and (_bulleted(gaps[j]) or _signed_heading(gaps[j])):
            join_cost[j] = 0.0  # (as is a forum's section: its speakers' words need not meet)
        elif joinable[j] and _broken_heading_gap(gaps[j], bodies[j - 1]):
            # A subheading whose first line closes the text before (…乡村旅 / 游提质…) is this
            # text's: no headline opens in the frame of another story's text. article_f1
            # +0.017 summed over 35 generated sets (6 up, none down).
            join_cost[j] = 0.0
    # One article's subheadings are set alike: a subheading shaped as another on the page is
    # read as one more of them for less, and for less still when shaped as a heading that
    # opens a frame inside the text on either side (the subheadings a frame holds are read as
    # its text: 访农户问冷暖 / 确保稳得住 / “今年…), the same story going on around it.
    looks = [_subheading_shape(gaps[j], bodies[j]) if joinable[j] else None for j in range(n)]
    inside: dict[int, set[SubheadingShape]] = {}
    for j in range(1, n):
        if looks[j] is None:
            continue
        for k in (j - 1, j):
            if k not in inside:
                inside[k] = _headings_inside(bodies[k])
        if looks[j] in inside[j - 1] or looks[j] in inside[j]:
            join_cost[j] = max(0.0, join_cost[j] - COST_TWIN_INSIDE)
        elif any(looks[k] == looks[j] for k in range(1, n) if k != j):
            join_cost[j] = max(0.0, join_cost[j] - COST_TWIN_SUBHEADING)
        if joinable[j] and _wrapped_at_column(gaps[j], bodies[j]):
            join_cost[j] = max(0.0, join_cost[j] - COST_TWIN_SUBHEADING)
    # A heading after a dispatch (本报讯, 新华社…电) whose words the dispatch repeats and the
    # text after does not is the dispatch's headline, set after it, not a subheading over the
    # text after: a subheading tells of its own section. article_f1 +0.007 summed over 35
    # generated sets (4 up, none down).
    for j in range(1, n):
        if (joinable[j] and leads[j - 1] and join_cost[j] < COST_BACKWARD_TITLE
                and bodies[j - 1][-1].lines[-1].text.rstrip()[-1:] in TERMINAL_MARKS):
            t = _piece_text([b for b in gaps[j] if b.kind is _TITLE])
            if _title_unrelated(t, text_of_run[j]) - _title_unrelated(t, text_of_run[j - 1]) >= BACKWARD_MARGIN:
                join_cost[j] = max(join_cost[j], COST_BACKWARD_TITLE * _evidence(t))
    # A story whose parts are numbered (（一）… （二）…) goes on across a heading where the
    # text after it numbers on (（三）…). article_f1 +0.017 summed over 35 generated sets (4 up,
    # none down).
    for j in range(1, n):
        if joinable[j] and _numbering_goes_on(text_of_run[j - 1], text_of_run[j]):
            join_cost[j] = 0.0
    # A compilation's sections each open with a heading and its author's byline, all set
    # alike (香港同胞—— / 把握湾区机遇 追梦齐心 / 协力 / 本报记者 张庆波): such a gap, shaped as
    # another on the page, may join the texts around it too.
    sections = [_section_shape(gaps[j], bodies[j - 1], bodies[j]) if j else None for j in range(n)]

    def join_as_section(j: int, twins: int) -> None:
        # Each more section set alike makes a compilation likelier: its sections tell of
        # different places or people, so their words are not shared as one story's are.
        raw = raw_join[j] if joinable[j] else _join_cost(bodies[j - 1], bodies[j])
        twin = max(0.0, raw - COST_TWIN_SECTION * min(twins, MAX_TWINS_COUNTED))
        join_cost[j] = min(join_cost[j], twin) if joinable[j] else twin
        joinable[j] = True

    for j in range(1, n):
        twins = sum(1 for k in range(1, n) if k != j and _alike_sections(sections[j], sections[k]))
        if twins:
            join_as_section(j, twins)
    # A section opened by an interviewee's name and a dash (香港某协会理事张三—— / 让香港永葆
    # 光彩) or by a heading over its author (中国的明天更美好 / （法国）某某), after the note of
    # who wrote or recorded the section before, is one more of a compilation's sections when
    # the text on either side holds another opened so: the others, set in frames with text,
    # read as text. article_f1 +0.020 summed over 35 generated sets for the dash (8 up, none
    # down), +0.016 more for the author (5 up, none down).
    for j in range(1, n):
        if _section_gap(gaps[j], bodies[j - 1], bodies[j]) and (
                _section_openings_inside(bodies[j - 1]) or _section_openings_inside(bodies[j])):
            join_as_section(j, 1)
        elif _noted_heading_gap(gaps[j], bodies[j - 1], bodies[j]) and (
                _noted_headings_inside(bodies[j - 1]) or _noted_headings_inside(bodies[j])):
            # so too a plain heading after a note, where the text holds another after one
            # (…（数据来源：某局） / 某某成为产业的 / 基石): article_f1 +0.013 summed over 35
            # generated sets (3 up, none down), +0.004 over 36 unseen sets (the one page up, of
            # the session's start pair).
            join_as_section(j, 1)
    # A series an editor's note opens (编者按：…本版今起推出系列报道): the signed sections right
    # after the note are its own. article_f1 +0.016 summed over 35 generated sets (5 up, none
    # down; one story of the month's corpus, printed on five of the pages).
    for j0 in range(n - 1):
        if not _opens_with_editors_note(bodies[j0][0]) or sum(map(len, texts[j0])) > MAX_SERIES_NOTE_CHARS:
            continue
        k = j0 + 1
        while k < n and _signed_section(gaps[k], bodies[k]):
            k += 1
        if k - j0 - 1 >= MIN_SERIES_SECTIONS:
            for j in range(j0 + 1, k):
                joinable[j] = True
                join_cost[j] = 0.0
    for j in range(1, n):
        if signed[j] and not joinable[j]:
            joinable[j] = True
            join_cost[j] = raw_join[j]
        if _caption_list_gap(gaps[j], bodies[j - 1], bodies[j]):
            # A spread's numbered captions, each closed by its credit, are one list: no credit
            # ends it before the next number. article_f1 +0.052 summed over 35 generated sets
            # (14 up, none down).
            joinable[j] = True
            join_cost[j] = 0.0
    stories = [len(text_of_run[j]) > CAPTION_MAX_CHARS for j in range(n)]
    split_cost: list[dict[int, float]] = [{}] + [{k: _split_cost(gaps[j], k, bodies[j - 1][-1].frame_index, bodies[j][0].frame_index,
                                                                 stories[j], ends_with_credit(bodies[j - 1][-1].lines),
                                                                 leads[j - 1] and not leads[j], leads[j])
                          for k in _splits(gaps[j])} for j in range(1, n)]
    # A run may hold the end of one story and the opening of another, one of them going on
    # across subheadings: each cheap cut of a run, with the texts on its two sides, for the
    # first run of an article (when titles stand before it) and for the last (titles after).
    head_cuts: list[list[tuple[int, float, str, str]]] = []
    tail_cuts: list[list[tuple[int, float, str, str]]] = []
    for j in range(n):
        # (only a run that joins the next one across a subheading opens such an article, and
        # only one joined to the run before closes one)
        opens = j + 1 < n and joinable[j + 1] and _groups(gaps[j], _TITLE_KINDS) > 0
        closes = j > 0 and joinable[j] and _groups(gaps[j + 1], _TITLE_KINDS) > 0
        cs = cut_points(j, False) if opens or closes else []
        cheap = [(c, cost, "\n".join(texts[j][:c]), "\n".join(texts[j][c:])) for c, cost in cs if cost < MAX_STACKED_CUT_COST]
        head_cuts.append(cheap if opens else [])
        tail_cuts.append(cheap if closes else [])
    cut_sides: dict[tuple, Side] = {}
    crossings: dict[tuple, float] = {}

    def crossing(s: int, e: int, kb: int, ka: int, at: tuple[int, int], part1: str, part2: str, whole: str) -> float:
        """What the titles before and after an article of runs s..e cut at ``at`` share with
        the other part of the cut (see _crossed)."""
        key = (s, e, kb, ka, at)
        if key not in crossings:
            crossings[key] = (_crossed(shapes.get((s, kb, True)), part2, whole)
                              + _crossed(shapes.get((e + 1, ka, False)), part1, whole))
        return crossings[key]

    def cut_side(key: tuple, j: int, k: int, before: bool, body: str, whole: str | None = None) -> Side:
        # keyed by which part of which cut the side heads (h/t: a first run's head and the
        # rest; b/a: the runs up to a last run's cut and its tail), read once for all habits
        if key not in cut_sides:
            cut_sides[key] = side(j, k, before, body, whole)
        return cut_sides[key]

    best_cost, best_plan = float("inf"), []
    for h, (titles_after, by_title) in enumerate(HABITS):
        # f[e][ka]: cheapest reading of runs 0..e, the last article ending with run e and
        # the gap after it split at ka; back[e][ka] = (s, kb, cut) of that last article.
        f: list[dict[int, float]] = []
        back: list[dict[int, tuple[int, int, tuple[int, int] | None]]] = []
        for e in range(n):
            ks_after = [len(gaps[e + 1])] if e == n - 1 else _splits(gaps[e + 1])
            fe: dict[int, float] = {}
            be: dict[int, tuple[int, int, tuple[int, int] | None]] = {}
            start = e
            while True:
                s = start
                ks_before = [0] if s == 0 else _splits(gaps[s])
                if s != e:  # runs joined across subheadings: each side read once, not per split pair
                    union = "\n".join(text_of_run[s:e + 1])
                    sides_before = {kb: side(s, kb, True, union) for kb in ks_before}
                    sides_after = {ka: side(e + 1, ka, False, union) for ka in ks_after}
                    joins = sum(join_cost[s + 1:e + 1])
                    # the texts on the two sides of each cut of the first run (its head closes
                    # the story before; its tail opens this one) and of the last (its head ends
                    # this story; its tail is another)
                    cut_parts = ([((s, at), price, text1, text2 + "\n" + "\n".join(text_of_run[s + 1:e + 1]))
                                  for at, price, text1, text2 in head_cuts[s]]
                                 + [((e, at), price, "\n".join(text_of_run[s:e]) + "\n" + text1, text2)
                                    for at, price, text1, text2 in tail_cuts[e]])
                for kb in ks_before:
                    prev = 0.0 if s == 0 else f[s - 1].get(kb)
                    if prev is None:
                        continue
                    for ka in ks_after:
                        if s == e:
                            cost, at = table[e][h][(kb, ka)]
                            cut = None if at is None else (e, at)
                        else:
                            cost = _article_cost(sides_before[kb], sides_after[ka], titles_after, by_title, leads[s]) + joins
                            cut = None
                            options = []  # (cost, what the titles' words crossing the cut cost, cut, head text, tail text)
                            for at_cut, cut_cost, part1, part2 in cut_parts:
                                run, at = at_cut
                                if run == s:
                                    x_side = cut_side(("h", s, at, kb), s, kb, True, part1, text_of_run[s])
                                    y_side = cut_side(("t", s, at, e, ka), e + 1, ka, False, part2)
                                else:
                                    x_side = cut_side(("b", s, e, at, kb), s, kb, True, part1)
                                    y_side = cut_side(("a", e, at, ka), e + 1, ka, False, part2, text_of_run[e])
                                x = _article_cost(x_side, _EMPTY, titles_after, by_title, leads[s])
                                y = _article_cost(_EMPTY, y_side, titles_after, by_title, opens_with_lead(bodies[run][at].lines))
                                options.append((x + y + cut_cost + joins, crossing(s, e, kb, ka, at_cut, part1, part2, union),
                                                at_cut, part1, part2))
                            # where to cut, not whether: as for a single run, each cut pays what its
                            # titles share with the other part beyond the least any cut pays
                            least = min((o[1] for o in options), default=0.0)
                            for total, cross, at_cut, part1, part2 in sorted(options, key=lambda o: o[0] + o[1]):
                                if total + cross - least >= cost:
                                    break
                                if (_titles_fit_cut(gaps[s][kb:], gaps[e + 1][:ka], part1, part2)
                                        or at_cut[0] == e and _photo_after_caption(bodies[e][at_cut[1]:], gaps[e + 1][:ka])):
                                    cost, cut = total + cross - least, at_cut
                                    break
                        total = prev + cost + (0.0 if e == n - 1 else split_cost[e + 1][ka])
                        if ka not in fe or total < fe[ka]:
                            fe[ka], be[ka] = total, (s, kb, cut)
                if start == 0 or not joinable[start] or e - start >= MAX_JOINED_RUNS:
                    break
                start -= 1
            f.append(fe)
            back.append(be)
        ka = min(f[-1], key=f[-1].__getitem__)
        cost = f[-1][ka]
        if cost < best_cost:
            plan = []
            e = n - 1
            while e >= 0:
                s, kb, cut = back[e][ka]
                plan.append((s, e, kb, ka, cut))
                e, ka = s - 1, kb
            best_cost, best_plan = cost, plan[::-1]
    return best_plan


def _photo_after_caption(tail: list[Block], after: list[Block]) -> bool:
    """Whether the tail of a run cut off a story is a photo's caption, its short title after
    it: caption-sized text closed by its credit (…考察。 本报记者 X摄, or ■摄影 X), then the
    title alone (秋播时节). A photo's title shares few words with its caption, so the cut is
    not asked to part the titles' words as a cut between two stories is (_titles_fit_cut).
    article_f1 +0.011, title_acc +0.013 summed over 35 generated sets (4 up, 2 down)."""
    titles = [b for b in after if b.kind is not _BYLINE]
    body = [b for b in tail if b.kind is BlockKind.BODY]
    return (len(titles) == 1 and _lone_photo_title(after, len(after) - 1) and after[-1] is titles[0]
            and bool(body) and sum(len(block_text(b)) for b in tail) <= CAPTION_MAX_CHARS
            and credit_closes(body[-1].lines, after[0]))


def _titles_fit_cut(before: list[Block], after: list[Block], head: str, tail: str) -> bool:
    """Whether the titles before a run and those after the runs it goes on into each share
    more of their words with their own side of a cut than with the other side."""
    t1, t2 = _piece_text(before), _piece_text(after)
    if not t1 or not t2:
        return False
    u = _title_unrelated
    return min(u(t1, tail) - u(t1, head), u(t2, head) - u(t2, tail)) >= CROSSED_MARGIN


# Reading a title-only gap as a subheading inside one article's text costs this much: less
# than an article without a title, more than one whose title shares no word with its text.
COST_SUBHEADING = 0.7
# Joining across a heading that tells of the text before it, not the text after, costs at
# least this much (see _assign_gaps): its share of words missing from the text after exceeds
# that from the text before by BACKWARD_MARGIN or more. Measured 0.4-0.75 and 1.0-2.0.
COST_BACKWARD_TITLE = 1.0
BACKWARD_MARGIN = 0.6
MAX_JOINED_RUNS = 6  # subheadings per article the assembly considers
MAX_SUBHEADING_LINES = 3
# ... or one more when its lines include a summary set to the column (县域网购消费持续升温 /
# 乡村网购市场的消费者已从 / 只买日用小商品的顾客变成 / 品质商品消费者).
MAX_SUBHEADING_LINES_WITH_SUMMARY = 4


# Cohesion of the text on the two sides of a boundary: ~0.17 inside a story (quartiles
# 0.10-0.21), ~0.05 between stories (0.02-0.07), measured on generated pages. A join costs
# COST_SUBHEADING at the threshold and rises steeply below it, so cohesion decides.
COHESION_THRESHOLD = 0.07
COST_PER_COHESION = 40.0


def _join_cost(before: list[Block], after: list[Block]) -> float:
    grams = [bigram_codes(block_text(b)) for b in before[-COHESION_WINDOW:] + after[:COHESION_WINDOW]
             if b.kind is BlockKind.BODY]
    k = len([b for b in before[-COHESION_WINDOW:] if b.kind is BlockKind.BODY])
    return max(0.0, COST_SUBHEADING + COST_PER_COHESION * (COHESION_THRESHOLD - _cohesion(grams, k)))


# A note in parentheses that closes an article: its dispatch, author or occasion.
_CLOSING_NOTE_RE = re.compile(r"[（(][^（）()]{2,60}[）)]\s*$")


def _texts_around(before: list[Block], after: list[Block]) -> tuple[list[Block], float] | None:
    """The text before a gap and its column's width, when text follows the gap without a
    lead (a lead opens another article, as a box of key points or an editor's note does);
    None otherwise."""
    last_body = [b for b in before if b.kind is BlockKind.BODY]
    first_body = [b for b in after if b.kind is BlockKind.BODY]
    if not last_body or not first_body or opens_with_lead(first_body[0].lines):
        return None
    first = first_body[0].lines[0].text
    if OPENING_BOX_RE.match(first) or EDITORS_NOTE_RE.match(first) or _KEY_POINTS_RE.match(first):
        # (so titles above one head a story of their own, not a section: article_f1 +0.010,
        # title_acc +0.019 summed over 79 generated sets; 5 pages up, 2 down, whose title
        # frames were misread as text already)
        return None
    return last_body, _run_width(before)


# A kicker's closing dash (…精选本（融媒书）——): a column's name may stand before it.
_KICKER_DASH_RE = re.compile(r"\s*[—─]{2,}\s*$")


def _names_column(text: str) -> bool:
    """Whether a title line ends with its column's name (…（新论）, …(人民时评)) or is that name
    alone on its line (（脱贫第一线）), maybe before a kicker's dash (…（书香）——): a headline's,
    never a subheading's."""
    text = _KICKER_DASH_RE.sub("", text)
    return (COLUMN_TAG_RE.search(text) is not None or COLUMN_NAME_RE.match(text) is not None
            or ASCII_COLUMN_TAG_RE.search(text) is not None)


def _set_width(text: str) -> float:
    """A title line's width as set: a letter-spaced line (一 、 健 全 …) is spread to fill its
    measure, so its characters, not its spaces, say which measure that is."""
    return display_width(unspaced(text))


def _signed_heading(gap: list[Block]) -> bool:
    """Whether a gap's title lines are a heading signed by who speaks under it, named before
    the office (写好家乡的变迁故事 / 周明远（电影《山里的灯》编剧）): a forum's section, even
    the page's only one."""
    lines = [l.text for b in gap if b.kind is BlockKind.TITLE for l in b.lines]
    # The name first, the office in brackets after it: an office, then a short line, may be
    # a headline over its subheadline (…获奖外国专家 / 韩正参加会见).
    if not (lines and lines[-1].rstrip().endswith(("）", ")"))):
        return False
    start = signer_start(lines)
    return start is not None and start > 0  # a heading above the signature


# The label of the editors' note a page or series opens with: a piece of its own.
_EDITORS_WORDS_RE = re.compile(r"^\s*[【\[]?编者的话[】\]]?\s*$")


def _headline_subheadline(text: str) -> bool:
    """Whether a title line is a dash line naming its piece's kind at its end (——…侧记) or
    opening as a headline's subheadline (——访…, ——论…, ——写在…)."""
    return text.lstrip().startswith("——") and (GENRE_END_RE.search(remove_all_spaces(text)) is not None
                                               or SUBHEADLINE_DASH_RE.match(text) is not None)


MIN_HEADLINE_PHRASE_LINES = 2  # title lines of set-apart phrases in a gap that no subheading holds


def _subheading_gap(gap: list[Block], before: list[Block], after: list[Block]) -> bool:
    """Whether the blocks between two runs of text could be a subheading of that text: title
    lines only, few and set within the column, not ending in a column's name, after a
    finished paragraph and before text that does not open a new article with a lead."""
    titles = [b for b in gap if b.kind is BlockKind.TITLE]
    if not titles or len(titles) > MAX_SUBHEADING_LINES_WITH_SUMMARY or any(
            b.kind not in (BlockKind.TITLE, BlockKind.DUPLICATE) for b in gap):
        return False
    if _EDITORS_WORDS_RE.match(titles[0].text):
        # the editors' words (编者的话) head a note of their own, never a section: article_f1
        # +0.015 summed over 35 generated sets (3 pages up, none down, all one story of the
        # month's corpus); no change over 38 unseen sets
        return False
    if any(_headline_subheadline(b.text) for b in titles[1:]):
        # a dash line naming the kind of piece it heads (——…论坛开幕式侧记) or opening as a
        # headline's subheadline does (——访…, ——写在…之际) is a headline's: article_f1 +0.032,
        # title_acc +0.028 summed over 80 generated sets (7 up, none down); the kind named
        # alone, +0.016 (2 up); any dash line so read, −0.021 (13 down: a profile's sections
        # are headed so)
        return False
    if sum(1 for b in titles if set_apart_phrases(b.text)) >= MIN_HEADLINE_PHRASE_LINES:
        # lines of phrases set apart (建好新网点 服务进乡村 / 网购下乡 快递进村 / …):
        # headlines, a story's and the next one's, not a subheading set in the column.
        # article_f1 +0.0014, title_acc +0.0013 summed over 90 generated sets (3 up, 2 down)
        return False
    if _signed_heading(gap):
        # The speaker's office in brackets is no column's name, and the section before may
        # close with a note of who recorded it (（…采访整理）).
        return _texts_around(before, after) is not None
    if (any(_names_column(t.text) for t in titles) or any(b.kind is BlockKind.DUPLICATE for b in gap)
            or tag_broken_over_lines([line for t in titles for line in t.lines])):
        # a headline with its column's name (…（新论）, or broken over its last lines: …开放（新 /
        # 时代“第一”·70年）), or overprinted in bold, opens an article. Broken: article_f1 +0.003
        # summed over 35 generated sets (1 up, none down).
        return False
    around = _texts_around(before, after)
    if around is None:
        return False
    last_body, w = around
    last_line = last_body[-1].lines[-1].text
    if _CLOSING_NOTE_RE.search("".join(l.text.strip() for l in last_body[-1].lines[-3:])):
        return False  # text that a closing note (（新华社…电）, broken over lines as it may be) ends
    if ends_with_photo_credit(last_body[-1].lines):
        # A caption its photo's credit closes (…开幕。 / 张三摄): no heading goes on from it, the
        # short line after it is the photo's title. article_f1 +0.011 summed over 35 generated
        # sets (3 up, none down). A page's design credit (版式设计：…) closes no caption.
        return False
    if last_line.rstrip()[-1:] not in TERMINAL_MARKS:
        # Text that stops mid-sentence goes on elsewhere, unless the title-like line after it
        # is the words its sentence (or its subheading) lacks: 究竟应如何正确 / 理解？,
        # 搭建交流平台 打通产学 / 研用.
        first = titles[0].lines[0].text
        if not (display_width(first) <= w / 2 or first.rstrip()[-1:] in TERMINAL_MARKS
                or _heading_broken_at_frame(last_body, first, w)):
            return False
    widths = [_set_width(l.text) for b in titles for l in b.lines]
    if len(widths) > MAX_SUBHEADING_LINES and not any(x >= w - INDENT_EM - 0.5 for x in widths):
        return False
    # A closing quote may hang past the column's end (…高质量发展”); a question mark there
    # is more often a headline's, set to its own measure.
    hangs = [l.text.rstrip()[-1:] in CLOSING_QUOTES for b in titles for l in b.lines]
    return all(x - h <= w + 0.5 for x, h in zip(widths, hangs))


def _take_trailing_headings(gaps: list[list[Block]], bodies: list[list[Block]]) -> None:
    """Before the plan, a titled run's last section heading, cut off after its text and set as
    the headings inside its text are (_trailing_subheading), goes into the run as a line of
    its text. Left in the gap, the plan may cut the run for it, the heading's words being the
    words of its own section: a title after a tail that is no story (…优化服务流程。 / 优化
    服务 提升游客体验, then the next story's headline). article_f1 +0.011 summed over 35
    generated sets (4 up, 1 down)."""
    for j, run in enumerate(bodies):
        titles = [b for b in gaps[j] if b.kind is _TITLE]
        if titles and (heading := _trailing_subheading([gaps[j], gaps[j + 1]], run, titles, [])):
            run.extend(Block(BlockKind.BODY, b.lines, b.frame_index) for b in heading)
            del gaps[j + 1][:len(heading)]
        elif titles and j + 2 == len(gaps) and _last_section_heading(gaps, run):
            # The page's last gap holds nothing but a two-line heading set as the headings inside
            # the titled run before it are (城西片区老路拓宽 / 八公里, its section's text on
            # another page): one more of them. Not a dispatch's (本报…电), whose headline may be
            # drawn after it, nor a heading with a phrase gap, a headline's. article_f1 +0.90
            # summed over 125 generated sets (3 pages up, none down; the plain test, +2.29 with 12
            # up and 7 down, set those two exceptions).
            run.extend(Block(BlockKind.BODY, b.lines, b.frame_index) for b in gaps[j + 1])
            del gaps[j + 1][:]


def _last_section_heading(gaps: list[list[Block]], body: list[Block]) -> bool:
    """Whether the last gap is one frame's two title lines set as a heading of ``body``, a titled
    run of text: within its column, no mark, column's name, lead-on or phrase gap in them, shaped
    as a title-only gap of the page or a heading inside the run, and the run no dispatch."""
    gap = gaps[-1]
    if not gap or any(b.kind is not _TITLE for b in gap) or len({b.frame_index for b in gap}) != 1:
        return False
    lines = [l.text.strip() for b in gap for l in b.lines]
    w = _run_width(body)
    if len(lines) != MAX_HEADING_LINES_INSIDE or opens_with_lead(body[0].lines) or any(
            display_width(t) > w + 0.5 or has_clause_mark(t) or _names_column(t) or LEADS_ON_RE.search(t)
            or t[-1:] in TERMINAL_MARKS or phrase_gap(t) for t in lines):
        return False
    looks = {_look([l.text.strip() for b in g for l in b.lines]) for g in gaps[1:-1]
             if g and all(b.kind is _TITLE for b in g)}
    return _look(lines) in looks | _headings_inside(body) | _headings_alone(body)


def _headings_alone(run: list[Block]) -> set[SubheadingShape]:
    """The looks of the headings that stand as frames of their own inside a run of text, after
    a finished paragraph: a line or two short of the column, no mark in them."""
    out = set()
    w = _run_width(run)
    for prev, b in zip(run, run[1:]):
        lines = [l.text.strip() for l in b.lines]
        if (b.kind is BlockKind.BODY and prev.kind is BlockKind.BODY and len(lines) <= MAX_HEADING_LINES_INSIDE
                and prev.lines[-1].text.rstrip()[-1:] in TERMINAL_MARKS and display_width(lines[0]) <= w - 1.0
                and all(t and display_width(t) <= w and not has_clause_mark(t) and t[-1] not in TERMINAL_MARKS
                        and "。" not in t for t in lines)):
            out.add(_look(lines))
    return out


def _join_broken_headings(gaps: list[list[Block]], bodies: list[list[Block]]) -> None:
    """Before the plan, a subheading whose first line closes the text before it (…让茶园里培育
    的好品种在更多的 / 乡亲们茶山上扎下根) joins the runs around it as a line of their text: its head
    is already read as the text's, and the plan, weighing the rest as a headline over the text
    it names, may part them there. Not after a line that ends a sentence or a clause, a note
    of sources or a signature's dash, nor before a lone frame (a photo's caption under its
    title). article_f1 +0.023, title_acc +0.020 summed over 79 generated sets (9 up, 2 down;
    the guards were set after reading the pages an unguarded version lost, four of them
    unseen), +0.004 on the session's end pair (never read)."""
    j = 1
    while j < len(bodies):
        gap, run = gaps[j], bodies[j - 1]
        last = run[-1].lines[-1].text.strip()
        if (gap and all(b.kind is _TITLE for b in gap) and len(bodies[j]) > 1
                and not SOURCE_NOTE_RE.match(last) and last[-1:] not in "。！？!?；…”、" and not last.startswith(_DASHES)
                and _subheading_gap(gap, run, bodies[j]) and _broken_heading_gap(gap, run)):
            run.extend([Block(BlockKind.BODY, b.lines, b.frame_index) for b in gap] + bodies[j])
            del bodies[j], gaps[j]
        else:
            j += 1


def _trailing_subheading(gaps: list[list[Block]], body: list[Block], before: list[Block], after: list[Block]
                         ) -> list[Block]:
    """The title blocks opening the gap after an article's text that are one more of its
    subheadings, its section cut off (…拓宽渠道促创业 / 县里开设… / 加强培训提技能,
    then another headline): a short heading in a frame of its own, set within the column, no
    mark or column's name in it, nothing leading on from it, and either set as another
    subheading of the text is, or, the story's titles coming after its text, followed by its
    overprinted headline. ``gaps`` are those around and between the article's runs; ``before``
    and ``after`` its titles as the assembly split the gaps. title_acc +0.075 summed over 35
    generated sets (29 pages up, 2 down), para_f1 +0.006."""
    gap = gaps[-1]
    k = 0
    while k < len(gap) and gap[k].kind is _TITLE and gap[k].frame_index == gap[0].frame_index:
        k += 1
    if not 0 < k <= MAX_HEADING_LINES_INSIDE or not any(b.kind is _TITLE for b in gap[k:]):
        return []
    if k < len(gap) and gap[k].kind is _DUPLICATE:
        return []  # printed twice: a headline
    lines = [l.text.strip() for b in gap[:k] for l in b.lines]
    w = _run_width(body)
    if len(lines) > MAX_HEADING_LINES_INSIDE or any(
            display_width(t) > w + 0.5 or has_clause_mark(t) or _names_column(t) or LEADS_ON_RE.search(t)
            or t[-1:] in TERMINAL_MARKS for t in lines):
        return []
    heading = gap[:k]
    n = next(i for i in range(k, len(gap)) if gap[i].kind is _TITLE)
    nxt = gap[n]
    if nxt.text.lstrip().startswith(_DASHES + ("（", "(")) or _look([l.text.strip() for l in nxt.lines]) == _look(lines):
        return []  # a headline over its subheadline or date, or one line of a balanced pair
    if not any(b.kind is _TITLE and all(b is not h for h in heading) for b in before + after):
        return []  # the story's only title: its headline
    looks = {_look([l.text.strip() for b in g if b.kind is _TITLE for l in b.lines]) for g in gaps[1:-1]
             if any(b.kind is _TITLE for b in g)}
    inside = _headings_inside(body)
    if _look(lines) in looks | inside:
        return heading
    # The story's own titles after its text: a kicker, then the headline printed twice
    # (a heading right over the doubled headline is its kicker).
    doubled_next = n + 1 < len(gap) and gap[n + 1].kind is _DUPLICATE
    if ((looks or inside) and not any(b.kind is _TITLE for b in before) and not doubled_next
            and any(b.kind is _DUPLICATE for b in gap[k:])):
        return heading
    return []


# A section's number in brackets (（二）旗帜——…), as a long story numbers its parts.
_SECTION_NUMBER_RE = re.compile(r"（([一二三四五六七八九十]{1,3})）")


def _numbering_goes_on(before: str, after: str) -> bool:
    """Whether the text after a gap numbers its first section on from the sections the text
    before it numbered in order, two or more (（一）… （二）… | （三）…): one story's parts."""
    numbers = [page_number(m) for m in _SECTION_NUMBER_RE.findall(before)]
    nxt = _SECTION_NUMBER_RE.search(after)
    return (len(numbers) >= 2 and nxt is not None and numbers == list(range(1, len(numbers) + 1))
            and page_number(nxt.group(1)) == len(numbers) + 1)


def _photo_credit(block: Block) -> bool:
    """Whether a block is a photo's credit (■摄影 X, 本报记者 X摄)."""
    return block.kind is _BYLINE and is_photo_credit(block.bylines)


def _byline_inside(gap: list[Block], before: list[Block], after: list[Block], gap_after: list[Block]) -> bool:
    """Whether the blocks between two runs of text are only a staff byline that may be set
    inside one story's text (…合作的意愿更突出。 / ■记者 孟桂辉 / “保持中美关系…), the text
    after it opening no article with a lead and being no photo's caption."""
    if not gap or any(b.kind is not _BYLINE or is_photo_credit(b.bylines) for b in gap):
        return False
    if (gap_after and _photo_credit(gap_after[0])
            or ends_with_credit(after[-1].lines)):
        return False  # a caption, its credit after it
    first = after[0].lines
    if len(first) == 1 and first[0].text.rstrip()[-1:] not in TERMINAL_MARKS:
        return False  # a line alone in its frame, no sentence ended: the next story's headline, maybe
    around = _texts_around(before, after)
    # A note in brackets closes its story (（摘自…的致辞）, broken over lines as it may be): the
    # byline under it signs that story. article_f1 +0.003 over 34 unseen sets and +0.002 on
    # the session's start pair (a page read; one up each, none down); no change on 35 sets.
    return around is not None and not _CLOSING_NOTE_RE.search(
        "".join(l.text.strip() for l in around[0][-1].lines[-3:]))


# A numbered photo caption (图①：…, 图2：…), one of a photo spread's list of captions.
_NUMBERED_CAPTION_RE = re.compile(r"^\s*图\s*(?:[\u2460-\u2473]|\d{1,2}|[一二三四五六七八九十]{1,2})\s*[：:]")


def _caption_list_gap(gap: list[Block], before: list[Block], after: list[Block]) -> bool:
    """Whether the blocks between two runs are only the photo credits inside a spread's list
    of numbered captions (图①：…。 / 新华社记者 X摄 / 图②：…): the text after opens another
    numbered caption and the text before holds one."""
    if not gap or any(b.kind is not _BYLINE or not is_photo_credit(b.bylines) for b in gap):
        return False
    if not (after and after[0].kind is BlockKind.BODY and _NUMBERED_CAPTION_RE.match(after[0].lines[0].text)):
        return False
    return any(_NUMBERED_CAPTION_RE.match(line.text) for b in before if b.kind is BlockKind.BODY for line in b.lines)


def _broken_heading_gap(gap: list[Block], before: list[Block]) -> bool:
    """Whether a gap's first title line is the rest of a subheading the text before it opens
    on its last line (see _heading_broken_at_frame)."""
    titles = [b for b in gap if b.kind is BlockKind.TITLE]
    last_body = [b for b in before if b.kind is BlockKind.BODY]
    if not titles or not last_body:
        return False
    return _heading_broken_at_frame(last_body, titles[0].lines[0].text, _run_width(before))


def _heading_broken_at_frame(body: list[Block], first: str, w: float) -> bool:
    """Whether a text's last line is a subheading's first, set as a paragraph's (at the indent,
    after a finished sentence, 吉林：深入一线征求意见，), whose rest a frame broke off into the
    title-like line after it (及时了解群众期盼): no mark ends that rest, and it falls short of
    the column, as no line of running text stopping mid-sentence does."""
    lines = [l.text for b in body[-2:] for l in b.lines]
    return (len(lines) >= 2 and lines[-2].rstrip()[-1:] in TERMINAL_MARKS
            and abs(display_width(lines[-1]) + INDENT_EM - w) <= 0.5
            and first.rstrip()[-1:] not in TERMINAL_MARKS and display_width(first) <= w - INDENT_EM)


def _captioned_photo(gap: list[Block], run: list[Block], gap_after: list[Block]) -> bool:
    """Whether a one-line title over a run of text is a photo's, the run its caption: short,
    and closed by its credit, inside the text (…分拣鲜香菇。 程专艺摄) or as a photo byline
    right after it (■摄影 X). Not a subheading of the text before (an extractor may draw a
    photo in the middle of a story). Two title lines may be the title too, when neither has a
    clause in it; caption lines read as title lines have clauses, and are several. The title
    is the gap's last frame: a section heading or another story's headline drawn after its
    text may stand in the gap before it (…完成。 / 支书有话说 / 金色田野 / caption / credit).
    article_f1 +0.006, title_acc +0.014 summed over 72 generated sets (3 up, 1 down, whose
    photo came apart from the story as it should, a section of that story cut off)."""
    gap = [b for b in gap if b.frame_index == gap[-1].frame_index] if gap else gap
    lines = [l.text for b in gap for l in b.lines]
    if len(lines) > 2 or len(lines) == 2 and any(has_clause_mark(t) for t in lines) \
            or sum(len(block_text(b)) for b in run) > CAPTION_MAX_CHARS:
        return False
    last = [b for b in run if b.kind is BlockKind.BODY]
    return bool(last) and credit_closes(last[-1].lines, gap_after[0] if gap_after else None)


COST_TWIN_SUBHEADING = 0.5
# ... and by this much when it is shaped as a heading inside the text around it (see
# _headings_inside): article_f1 +0.023, title_acc +0.012 summed over 35 generated sets (10 up,
# 2 down); 1.0 gained +0.018, 2.0 and 3.0 +0.022 with less title_acc.
COST_TWIN_INSIDE = 1.5
_BULLETS = ("●", "◆", "▲", "◇", "○", "△")


def _bulleted(gap: list[Block]) -> bool:
    """Whether a gap's first title line is led by a bullet."""
    titles = [b for b in gap if b.kind is BlockKind.TITLE]
    return bool(titles) and titles[0].text.lstrip().startswith(_BULLETS)


def _wrapped_at_column(gap: list[Block], after: list[Block]) -> bool:
    """Whether a gap's title lines wrap at the column of the text after them, leaving a few
    words on the last (读者服务区少儿阅览区全面 / 开放): a subheading set in the text's column;
    a headline's lines are set balanced to a measure of their own."""
    lines = [l.text.strip() for b in gap if b.kind is BlockKind.TITLE for l in b.lines]
    body = [l for b in after if b.kind is BlockKind.BODY for l in b.lines]
    if len(lines) != 2 or len(body) < MIN_LINES_FOR_COLUMN:
        return False
    w, first = column_width(body), display_width(lines[0])
    # set to the full column, or in from it by a paragraph's indent
    return min(abs(w - first), abs(w - INDENT_EM - first)) <= 0.5 and display_width(lines[1]) < WRAPPED_SHARE * first


WRAPPED_SHARE = 0.5  # of the first line, at most, a wrapped subheading leaves on its last


# A subheading's look: its lines, its first line's width (the rest wrap as its words fall)
# and whether that line holds a phrase gap.
SubheadingShape = tuple[int, float, bool]


def _subheading_shape(gap: list[Block], after: list[Block]) -> SubheadingShape:
    """A subheading's look (SubheadingShape), counting the heading lines that open the text
    after it: a frame may break a two-line subheading (修水渠引活水 / 保障春耕忙)."""
    lines = [l.text.strip() for b in gap if b.kind is BlockKind.TITLE for l in b.lines]
    if after and after[0].kind is BlockKind.BODY:
        opening = after[0].lines
        lines += [l.text.strip() for l in opening[:_heading_lines(opening, _run_width(after))]]
    return _look(lines)


def _look(lines: list[str]) -> SubheadingShape:
    return len(lines), display_width(lines[0]), " " in lines[0]


MAX_HEADING_LINES_INSIDE = 2


def _heading_lines(lines: tuple[Line, ...], w: float) -> int:
    """How many lines (at most two) open a frame as a heading set inside the text
    (访农户问冷暖 / 确保稳得住 / “今年…): short of the column by more than an indent, no mark
    in them, no word or clause running on into the line after (为了给新苗找到合适的 / 土壤，…;
    …湿地公园论 / 坛…; …植树节 / （城东）…), and text after them."""
    k = 0
    while k < min(MAX_HEADING_LINES_INSIDE, len(lines) - 1):
        t, nxt = lines[k].text.strip(), lines[k + 1].text.lstrip()
        if (not t or display_width(t) > w - INDENT_EM - 1.0 or has_clause_mark(t) or t[-1] in TERMINAL_MARKS
                or "。" in t or t[-1] in _LEANS_ON and not is_word(t[-2:])
                or nxt[:1] in LEANS_BACK and not is_word(nxt[:2]) or nxt[:1] in "（("
                or junction_gain(t, nxt) >= WORD_OVER_BREAK):
            break
        k += 1
    return k


def _headings_inside(run: list[Block]) -> set[SubheadingShape]:
    """The looks of the headings that open the frames of a run of text after its first, and
    of those set inside a frame after a paragraph's end (…无穷活力。 / 某某商圈 夜晚换新颜 /
    凌晨5时许，…): one story's subheadings are set alike, so a title shaped as one of them
    heads a section of that story (某某商街 引领新潮流). Those inside a frame: article_f1
    +0.96, title_acc +1.12 summed over 137 generated sets (4 and 9 pages up, 2 and 3 down)."""
    out = set()
    w = _run_width(run)
    for n, b in enumerate(run):
        if b.kind is not BlockKind.BODY:
            continue
        if n and (k := _heading_lines(b.lines, w)):
            out.add(_look([l.text.strip() for l in b.lines[:k]]))
        for i in range(1, len(b.lines) - 1):
            if b.lines[i - 1].text.rstrip()[-1:] in TERMINAL_MARKS and (k := _heading_lines(b.lines[i:], w)):
                out.add(_look([l.text.strip() for l in b.lines[i:i + k]]))
    return out


def _run_width(run: list[Block]) -> float:
    """The column width of the text in a run of blocks (its body lines)."""
    return column_width([l for b in run if b.kind is BlockKind.BODY for l in b.lines])


# Each section set alike lowers the cost of joining across another by this much: a
# compilation's sections tell of different places or people, so their words hardly meet.
# Measured flat from 2.0 to 3.0 on the generated sets; 1.5 left two-section compilations apart.
COST_TWIN_SECTION = 2.5
MAX_TWINS_COUNTED = 3


# A section's look: heading lines, whether a byline signs it, how it leads on, its first
# line's width, and whether a note ends the text before it.
SectionShape = tuple[int, bool, str, float, bool]
SectionLook = tuple[int, bool, str, float]  # its first four parts (_section_look)
# An interview's closing note runs longer than a dispatch's (（作者为…大学副校长，本报驻法国
# 记者刘玲玲采访整理）).
_SECTION_NOTE_RE = re.compile(r"[（(][^（）()]{2,80}[）)]\s*$")
SECTION_NOTE_LINES = 8


def _section_shape(gap: list[Block], before: list[Block], after: list[Block]) -> SectionShape | None:
    """The look of a gap that may open a compilation's section (a heading set in the column,
    at most one staff byline, after finished text and before text without a lead), or None."""
    around = _texts_around(before, after)
    if around is None or around[0][-1].lines[-1].text.rstrip()[-1:] not in TERMINAL_MARKS:
        return None
    look = _section_look(gap, around[1])
    if look is None:
        return None
    # ... and whether the text before ends with a note (（作者为…采访整理）): a compilation's
    # sections all end alike, the story before its first section need not.
    return (*look, _ends_with_note(around[0]))


def _ends_with_note(text: list[Block]) -> bool:
    """Whether a run of text ends with a section's note in brackets (（本报记者 X）,
    （作者为…采访整理）), which may span its last frames."""
    tail = [l.text.strip() for b in text[-2:] for l in b.lines][-SECTION_NOTE_LINES:]
    return _SECTION_NOTE_RE.search("".join(tail)) is not None


def _section_look(blocks: list[Block], width: float) -> SectionLook | None:
    """A run of heading lines and at most one staff byline, set in a column ``width`` wide,
    read as a compilation section's opening: the first four parts of its SectionShape."""
    titles = [b for b in blocks if b.kind is BlockKind.TITLE]
    bylines = [b for b in blocks if b.kind is BlockKind.BYLINE]
    if (not titles or len(titles) > MAX_SUBHEADING_LINES_WITH_SUMMARY or len(bylines) > 1
            or len(titles) + len(bylines) != len(blocks) or _names_column(titles[-1].text)
            or any(x.role == PHOTO_ROLE for b in bylines for x in b.bylines)
            or any(display_width(l.text) > width + 0.5 for b in titles for l in b.lines)):
        return None
    # Its look: lines, the byline, how the heading's first line leads on (a place and a dash,
    # 香港同胞——; a label and a colon, 地点：…) and its widest line (names differ by a character
    # or so); a plain headline over a byline opens an article of its own as often.
    lines = [l.text.strip() for b in titles for l in b.lines]
    lead = ("dash" if lines[0].endswith(_DASHES) else "colon" if "：" in lines[0]
            else "author" if any(AUTHOR_LINE_RE.match(t) for t in lines[1:]) else "")
    return (len(lines), bool(bylines), lead, max(map(display_width, lines))) if lead else None


MIN_SECTIONS_AFTER_OPENING = 2


def _first_text_line(run: list[Block]) -> str:
    """A run's first line of text, stripped; empty without any."""
    body = [b for b in run if b.kind is BlockKind.BODY]
    return body[0].lines[0].text.strip() if body else ""


def _open_compilations(gaps: list[list[Block]], bodies: list[list[Block]]) -> None:
    """The first section of a compilation opens its text: where the end of a gap is set as
    the sections after it are (a place and a dash over a heading, the author's byline), that
    end moves into the text it opens, and the compilation's headline is the one beside it
    (often drawn after the last section). The assembly joins the later sections itself.
    An author's line (（法国）某某) that opens a later section inside a text frame, under its
    heading, counts as such a section: article_f1 +0.006, title_acc +0.017 summed over 35
    generated sets (6 pages up) and +0.010, +0.031 over 30 unseen sets (the session's start
    pair among them; 8 pages up, one of them down in title_acc)."""
    n = len(bodies)
    shapes = [_section_shape(gaps[j], bodies[j - 1], bodies[j]) if j else None for j in range(n)]
    for j in range(n):
        if shapes[j] is not None and any(_alike_sections(shapes[j], shapes[k]) for k in range(n) if k != j):
            continue  # a section among sections: the assembly weighs joining across it
        body = [b for b in bodies[j] if b.kind is BlockKind.BODY]
        if not body or opens_with_lead(body[0].lines):
            continue
        width = column_width([l for b in body for l in b.lines])
        for k in range(max(0, len(gaps[j]) - MAX_SUBHEADING_LINES_WITH_SUMMARY - 1), len(gaps[j])):
            look = _section_look(gaps[j][k:], width)
            if look is None:
                continue
            alike = sum(1 for x in shapes[j + 1:] if x is not None and _alike_openings(x, look))
            if look[2] == "author":
                # Later sections opened by an author's line inside the text frames, or right
                # under a heading in a gap. (Lines led on by a dash end lines of text too often
                # to count so: counted, article_f1 -0.013 summed over 35 generated sets.)
                alike += sum(1 for x in range(j, n) for t in _section_opening_lines(bodies[x])
                             if AUTHOR_LINE_RE.match(t))
                alike += sum(1 for x in range(j + 1, n) if shapes[x] is None and gaps[x] and gaps[x][-1].kind is _TITLE
                             and AUTHOR_LINE_RE.match(_first_text_line(bodies[x])))
            if alike >= MIN_SECTIONS_AFTER_OPENING:
                bodies[j][:0] = [Block(BlockKind.BODY, b.lines, b.frame_index) for b in gaps[j][k:]]
                del gaps[j][k:]
            break


SECTION_WIDTH_SLACK_EM = 1.5

# A heading or an author's name one line longer wraps once more: sections' openings may
# differ by a line (绿色发展的路子越走越 / 宽广 / （法国）… beside 科技创新打下好基础 /
# （英国）…). article_f1 +0.011 summed over 35 generated sets (2 up, 1 down) and +0.007 over
# a pair made after the rule's session began (1 up); exact line counts before.
SECTION_LINES_SLACK = 1


def _alike_openings(a: SectionLook | SectionShape, b: SectionLook | SectionShape) -> bool:
    """Whether two sections' openings are set alike: the same byline and lead-on, about as
    many lines and as wide (the first four parts of a SectionShape)."""
    return (a[1:3] == b[1:3] and abs(a[0] - b[0]) <= SECTION_LINES_SLACK
            and abs(a[3] - b[3]) <= SECTION_WIDTH_SLACK_EM)


def _section_gap(gap: list[Block], before: list[Block], after: list[Block]) -> bool:
    """Whether a gap's title lines open a compilation's section: a name and office led on by a
    dash, wrapped or not, over a heading (…代理排长张三—— / 不负时代), or a heading over its
    author (中国的明天更美好 / （法国）某某); no column's name closes it. An extractor may glue
    the heading to the text under it, the name apart (张三—— / 不负时代，不负青春 + text) or
    cut across frames (…政委张 / 三——): article_f1 +0.013 over 30 unseen sets (the session's
    start pair among them; 4 pages up, none down; no change over 35 generated sets). The text
    before it ends with a note (（本报记者 X）, （作者为…）; no photo's credit), the text after
    opens no article with a lead."""
    titles = [b for b in gap if b.kind is BlockKind.TITLE]
    if not titles or len(titles) != len(gap) or len(titles) > MAX_SUBHEADING_LINES_WITH_SUMMARY:
        return False
    lines = [l.text.strip() for b in titles for l in b.lines]
    if not (any(t.endswith("——") for t in lines[:-1]) or any(AUTHOR_LINE_RE.match(t) for t in lines[1:])
            or lines[-1].endswith("——") and _opens_on_heading(after)):
        return False
    if _names_column(lines[-1]):
        return False
    around = _texts_around(before, after)
    return around is not None and not ends_with_photo_credit(around[0][-1].lines) and _ends_with_note(around[0])


# A section's heading, read as text inside a run, runs this many lines at most.
MAX_NOTED_HEADING_LINES = 2


def _noted_heading_gap(gap: list[Block], before: list[Block], after: list[Block]) -> bool:
    """Whether a gap is a plain heading (no dash, no author, no column's name; no clause mark
    of a sentence) after text that a note in brackets closes (（数据来源：…）, （…总经理 某某）)
    and before text with no lead: the look of a compilation's next section, for
    _noted_headings_inside to confirm."""
    if not gap or any(b.kind is not BlockKind.TITLE for b in gap) or len(gap) > MAX_SUBHEADING_LINES:
        return False
    lines = [l.text.strip() for b in gap for l in b.lines]
    if any(_names_column(t) for t in lines) or has_clause_mark("".join(lines)) or any(t.startswith(_DASHES) for t in lines):
        return False  # (a subheadline's dash, ——评《…》, is a headline's)
    around = _texts_around(before, after)
    if around is None or not _ends_with_note(around[0]):
        return False
    # A heading over an editors' note (…敬请关注。 / ——编  者) is a story's: over 96 generated
    # sets' gold readings the signature stands in an article's first five paragraphs, never
    # further on. article_f1 +0.006 over 98 sets (1 up, none down). (Scanned last: only
    # after a note.)
    return not _opens_with_editors_signature(after)


def _opens_with_editors_signature(run: list[Block]) -> bool:
    """Whether the editors sign a note (——编  者) within a run's first MAX_NOTICE_CHARS."""
    chars = 0
    for line in (l for b in run if b.kind is BlockKind.BODY for l in b.lines):
        if _EDITORS_SIGNATURE_RE.match(remove_all_spaces(line.text)):
            return True
        chars += len(line.text)
        if chars > MAX_NOTICE_CHARS:
            return False
    return False


def _noted_headings_inside(run: list[Block]) -> bool:
    """Whether a run of text holds a compilation's section opened inside it by a plain
    heading: a block of a line or two with no clause mark and no sentence's end, right after
    a block that a note in brackets closes, with text after it (…（数据来源：某局） / 某某成为
    产业的 / 基石 / 即将…); or a frame that opens on such a heading set inside its text (a
    forum's next speaker: …（作者为某某） / 守住乡土记忆 / 张 三 / 这些年…). With the frame
    and a dash's exclusion in _noted_heading_gap: article_f1 +0.021 summed over 72 generated
    sets (4 up, none down; without the dash's, one page of a headline over its ——评《…》 down)."""
    body = [b for b in run if b.kind is BlockKind.BODY]
    w = _run_width(run)
    for prev, b, _text_after in zip(body, body[1:], body[2:]):
        if not _SECTION_NOTE_RE.search("".join(l.text.strip() for l in prev.lines[-OPENING_NOTE_LINES:])):
            continue
        if len(b.lines) > MAX_NOTED_HEADING_LINES:
            if _heading_lines(b.lines, w):
                return True
            continue
        text = "".join(l.text.strip() for l in b.lines)
        if text and text[-1] not in TERMINAL_MARKS and not has_clause_mark(text):
            return True
    return False


def _opens_on_heading(run: list[Block]) -> bool:
    """Whether a run of text opens on a heading line set with the text under it: short of the
    column with no clause mark (把训练场当考场 / 10月1日凌晨，…), or short of a paragraph's
    indented first line and ending in none (守住岗位，守住初心)."""
    body = [b for b in run if b.kind is BlockKind.BODY]
    if not body or len(body[0].lines) < 2:
        return False
    first = body[0].lines[0].text.strip()
    w = _run_width(run)
    return len(first) >= 4 and (not has_clause_mark(first) and display_width(first) <= w - 1.0
                                or not has_clause_mark(first[-1]) and first[-1] not in TERMINAL_MARKS
                                and display_width(first) <= w - INDENT_EM - 1.0)


# Lines before a section's opening, at most, that the note closing the section before spans.
OPENING_NOTE_LINES = 3


def _section_openings_inside(run: list[Block]) -> bool:
    """Whether a run of text holds a compilation's section opened inside it, with text after
    the opening: a line led on by a dash (北京某大学学生李四——), or an author's line under a
    heading short of the column (为青春欢呼 / （俄罗斯）某某), that opens its frame (its first
    or second line) or follows the note closing the section before (（本报记者 X））."""
    return any(_section_opening_lines(run))  # (the lines it yields are never empty)


def _section_opening_lines(run: list[Block]) -> Iterator[str]:
    """The lines that open a compilation's sections inside a run of text (see
    _section_openings_inside): the dash's line, or the author's."""
    rows = [(l.text.strip(), k) for b in run if b.kind is BlockKind.BODY for k, l in enumerate(b.lines)]
    w = _run_width(run)
    for i, (text, k) in enumerate(rows):
        if not 0 < i < len(rows) - 1:
            continue
        heading = rows[i - 1][0]  # (an author's heading is not the run's own first line)
        if not (text.endswith("——") or AUTHOR_LINE_RE.match(text) and i > 1
                and display_width(heading) <= w - INDENT_EM - 1.0 and not has_clause_mark(heading)):
            continue
        if k <= 1 or any(_SECTION_NOTE_RE.search(t) for t, _ in rows[max(0, i - OPENING_NOTE_LINES):i]):
            yield text


def _alike_sections(a: SectionShape | None, b: SectionShape | None) -> bool:
    return a is not None and b is not None and _alike_openings(a, b) and a[4] == b[4]


def _signed_off(block: Block) -> bool:
    """Whether text ends with a letter's sign-off: the date alone on a line, maybe followed
    by the agency's note (习近平 / 2019年10月13日 / （新华社北京10月13日电）)."""
    tail = [l.text for l in block.lines[-3:]]
    if not tail or block.kind is not BlockKind.BODY:
        return False
    if SIGN_OFF_DATE_RE.match(tail[-1]):
        return True
    return "".join(tail).rstrip()[-1:] in "）)" and any(SIGN_OFF_DATE_RE.match(t) for t in tail[:-1])


# A box of key points opening a story, perhaps after its lead's first words (本报讯 10月24日下午，■ 坚持…,
# 本报讯 核心阅读 …), in up to three frames: the dispatch right after it is the same story's text.
_KEY_POINTS_RE = re.compile(
    r"^\s*(?:本报讯\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日[^，,■]{0,4}[，,]\s*)?)?(?:■|[【\[]?(?:核心阅读|内容提要|导读)[】\]]?)")


class _DrawnInside(NamedTuple):
    """Another story's titles the stream drew inside a run's text (see _body_runs)."""
    run: int  # which run
    at: int  # the run's frame they stand before
    titles: list[Block]
    own: str  # the text of the run's own titles, standing before it


def _body_runs(blocks: list[Block]) -> tuple[list[list[Block]], list[list[Block]]]:
    """Bodies and the gaps around them: gaps[j] precedes bodies[j]; gaps[-1] trails."""
    bodies: list[list[Block]] = []
    gaps: list[list[Block]] = [[]]
    drawn_inside: list[_DrawnInside] = []
    for b in blocks:
        if b.kind is BlockKind.BODY:
            # The report a letter is printed with goes on after the letter's sign-off.
            # So does a box of key points (核心阅读), which only ever opens its story's text, or
            # follows the editor's note that opens it (编者的话). So does a box set inside a story
            # under its label (■链接 / its heading / 本报北京…电), in the frame of the label or
            # of its heading.
            starts_new = (opens_with_lead(b.lines) and not (bodies and not gaps[-1] and (
                _signed_off(bodies[-1][-1]) or len(bodies[-1]) <= 3 and _KEY_POINTS_RE.match(bodies[-1][0].lines[0].text)
                or bodies[-1][-1].frame_index == b.frame_index and any(
                    SIDEBAR_LABEL_RE.match(x.lines[0].text) for x in bodies[-1][-2:])))
                          or OPENING_BOX_RE.match(b.lines[0].text) is not None
                          and not (bodies and _opens_with_editors_note(bodies[-1][0])))
            joins = bool(bodies) and not starts_new
            inside = joins and _titles_inside_text(bodies[-1][-1], gaps[-1], b)
            head = len(bodies) - 1  # the run the story's text starts with, across its subheadings
            while inside and head > 0 and _subheading_gap(gaps[head], bodies[head - 1], bodies[head]):
                head -= 1  # (article_f1 +0.012 summed over 35 generated sets, 2 up, none down)
            if inside and not any(x.kind is BlockKind.TITLE for x in gaps[head]):
                gaps[head].extend(gaps[-1])  # titles drawn beside the text go before the run they head
            elif inside:
                # Another story's titles drawn beside this one's text, the run's own standing
                # before it: they go where their story starts (see _story_start_for).
                drawn_inside.append(_DrawnInside(len(bodies) - 1, len(bodies[-1]), gaps[-1], _piece_text(gaps[head])))
            elif joins and _continues(bodies[-1][-1], gaps[-1], b):
                bodies[-1].extend(gaps[-1])  # bylines set inside the text stay with it
            elif joins and _box_label_after_lead(bodies[-1][-1], gaps[-1]):
                # a box's label after a lone lead goes on with it (article_f1 +0.007 summed
                # over 35 generated sets, 6 up, 1 down)
                bodies[-1].append(Block(BlockKind.BODY, gaps[-1][0].lines, gaps[-1][0].frame_index))
            else:
                bodies.append([b])
                gaps.append([])
                continue
            bodies[-1].append(b)
            gaps[-1] = []
        else:
            gaps[-1].append(b)
    for n, (r, at, titles, own) in reversed(list(enumerate(drawn_inside))):
        # (a story opening before its titles is looked for only before the first titles
        # drawn inside a run: the text before later ones may be an earlier titles' story)
        earlier = n > 0 and drawn_inside[n - 1].run == r
        c = _story_start_for(titles, bodies[r], at, "" if earlier else own)
        if c == at and r + 1 < len(bodies) and _heads_next_run(titles, bodies[r][at:], bodies[r + 1]):
            gaps[r + 1][:0] = titles  # the run reads on across them, whole
            continue
        bodies[r:r + 1] = [bodies[r][:c], bodies[r][c:]]
        gaps.insert(r + 1, titles)
    return bodies, gaps


# How much more of their words titles drawn inside a story's text, with no cut of that run to
# head, must share with the next run's text than with the text after them: 0.3 gains article_f1
# +0.034 summed over 60 generated sets (6 up, 2 down), 0.15 and 0.5 +0.032 and +0.026; moving
# them so with no such test, +0.009 (13 up, 18 down).
NEXT_RUN_MARGIN = 0.3


def _heads_next_run(titles: list[Block], rest: list[Block], next_run: list[Block]) -> bool:
    """Whether titles drawn inside a run's text, where no cut of it shows their story's start,
    head the next run: their words are in its text and not in the run's text after them (…违者
    将被严肃 / 面条飘香富了山村 / 处理。… / 本报讯 …面条飘香…富了山村). The run's text then
    reads on across them."""
    title = _piece_text(titles)
    after = _title_unrelated(title, "".join(map(block_text, rest)))
    return after - _title_unrelated(title, "".join(map(block_text, next_run))) >= NEXT_RUN_MARGIN


# How much more of their words titles drawn inside another story's text must share with the
# text they head than with the text a cut takes from them, beyond the cut's cost. Set with
# the text weighed from the titles on: 0.1 and 0.2 gain less (+0.027 and +0.016 summed over
# 60 generated sets, against +0.037; 0.0 the same as 0.05 but para_f1 -0.007).
INSIDE_TITLES_MARGIN = 0.05


def _story_start_for(titles: list[Block], run: list[Block], at: int, own: str = "") -> int:
    """Where in ``run`` the story starts that ``titles`` head, drawn by the stream beside the
    run's text at frame ``at`` while its sentence runs on (…就不必 / 擦亮老城新名片 / 再跑…).
    A cut after ``at`` where the titles' words go with the text after it and not with the text
    from them to the cut, which is the story before going on (…办完了手续。 / 老城的街巷里，
    …老城名片…). Or, given the run's ``own`` titles, a cut before ``at`` where the titles'
    words go with the text from the cut to them and not the text before, whose words go with
    the own titles and not with that text: the titles' story opened before them, and its text
    runs on across them (…新馆… / 入秋以来…收购进度过半，农 / 秋粮收购平稳有序 / 民卖粮顺畅…),
    weighed by how many words the titles have. Where no cut shows either, ``at`` itself: the
    titles part the text where they stand, as any title between frames does. article_f1
    +0.020 summed over 35 generated sets (6 up, 1 down) with the cut after ``at`` and the text
    from the run's start weighed; weighed from the titles on, with the cut before them, +0.037
    over 60 (7 up, 1 down)."""
    title = _piece_text(titles)
    texts = [block_text(b) for b in run]
    best, best_gain = at, INSIDE_TITLES_MARGIN
    for c, cost in _cut_points(run, False, texts):
        if c > at:
            gain = _title_unrelated(title, "".join(texts[at:c])) - _title_unrelated(title, "".join(texts[c:]))
        elif own:
            head, tail = "".join(texts[:c]), "".join(texts[c:at])
            gain = min(_title_unrelated(title, head) - _title_unrelated(title, tail),
                       _title_unrelated(own, tail) - _title_unrelated(own, head)) * _evidence(title)
        else:
            continue
        if gain - cost > best_gain:
            best, best_gain = c, gain - cost
    return best


def _titles_inside_text(prev: Block, gap: list[Block], body: Block) -> bool:
    """Whether a gap of titles alone stands inside one story's text: the text before stops
    mid-sentence at its column's full width and the text after goes on at the full column
    (…比去年多了 / 小城夜市点亮烟火气 / 三成，…). The stream drew the story's headline where it
    stands on the page, beside the middle of its text; a new story's text would open a
    paragraph. Where a title stands before the run already, they are another story's (see
    _story_start_for). The text before may be a paragraph's first line alone in its frame,
    set to the column less the indent, over text that goes on at the full column (…此外，本
    书的下 / headline / 半部分讲述了…): article_f1 +0.004 summed over 80 generated sets (2 up,
    1 down by 0.0004); with the first line after a finished sentence in a longer frame too,
    −0.004 (a signature's dash line, a one-line paragraph over a box's title)."""
    if not gap or any(g.kind not in (BlockKind.TITLE, BlockKind.DUPLICATE) for g in gap):
        return False
    if not stops_mid_sentence(prev.lines) or not goes_on(body):
        return False
    width = column_width(list(body.lines))
    last = prev.lines[-1].text
    if reaches_column(last, width):
        return True
    return (len(prev.lines) == 1 and len(body.lines) > 1 and reaches_column(body.lines[0].text, width)
            and reaches_column(last, width - INDENT_EM))


MAX_SERIES_NOTE_CHARS = 600  # an editor's note alone, not a story it opens
MIN_SERIES_SECTIONS = 2


def _signed_section(gap: list[Block], after: list[Block]) -> bool:
    """Whether a gap is a series' section heading: title lines, then the one staff byline of
    who wrote it (河东县柳树村党支部书记李明 / 修好一条路 富了一村人 / 本报记者 张三), over text
    without a lead of its own."""
    titles = [b for b in gap if b.kind is BlockKind.TITLE]
    bylines = [b for b in gap if b.kind is _BYLINE]
    first = [b for b in after if b.kind is BlockKind.BODY]
    return (bool(titles) and len(bylines) == 1 and len(titles) + len(bylines) == len(gap)
            and gap[-1].kind is _BYLINE and not is_photo_credit(bylines[0].bylines)
            and bool(first) and not opens_with_lead(first[0].lines))


# The paper's lead, and its date, may stand before the note (本报讯 10月9日，编者按：…).
_LEAD_BEFORE_NOTE_RE = re.compile(r"^\s*本报讯\s*(?:[^，,。]{1,20}[，,])?\s*")


def _opens_with_editors_note(block: Block) -> bool:
    """Whether a text opens with an editor's note, maybe after the paper's lead. The lead:
    article_f1 +0.004 over eight generated sets (1 up, none down), none on the 35."""
    return EDITORS_NOTE_RE.match(_LEAD_BEFORE_NOTE_RE.sub("", block.lines[0].text, count=1)) is not None


def _continues(prev: Block, gap: list[Block], body: Block) -> bool:
    """Whether ``body`` goes on with the text of ``prev``: nothing between them, or only
    bylines set inside the text while its sentence is unfinished or its frame goes on."""
    if not gap:
        return True
    if any(g.kind is not BlockKind.BYLINE for g in gap):
        return False
    if any(is_photo_credit(g.bylines) and g.frame_index != body.frame_index for g in gap):
        return False  # a photo credit closes its caption, full stop or not, unless its frame goes on
    unfinished = stops_mid_sentence(prev.lines)
    return unfinished or prev.frame_index == body.frame_index


def _box_label_after_lead(prev: Block, gap: list[Block]) -> bool:
    """Whether a gap is the label of a box of key points alone (核心阅读, 内容提要) after the
    paper's lead and date cut off in a frame of their own (本报讯 10月5日下午， / 核心阅读 / …):
    the lead's sentence goes on into the box, which opens the story's text; the label is no
    title of the text after it."""
    return (len(gap) == 1 and gap[0].kind is BlockKind.TITLE and OPENING_BOX_RE.fullmatch(gap[0].text.strip()) is not None
            and len(prev.lines) <= 2 and opens_with_lead(prev.lines) and stops_mid_sentence(prev.lines))


def _titles_of(blocks: list[Block]) -> tuple[Title, ...]:
    lines = [_TitleLine(b.text, k + 1 < len(blocks) and blocks[k + 1].kind is BlockKind.DUPLICATE, b.frame_index)
             for k, b in enumerate(blocks) if b.kind is BlockKind.TITLE]
    merged = _merge_wrapped(lines)
    head = _headline_index(merged)
    return tuple(Title(role=TitleRole.KICKER if k < head else TitleRole.HEADLINE if k == head else TitleRole.SUBHEADLINE,
                       text=t.text) for k, t in enumerate(merged))


@dataclass(frozen=True)
class _TitleLine:
    text: str
    doubled: bool  # printed twice: an overprinted headline
    frame_index: int


def _headline_index(titles: list[_TitleLine]) -> int:
    """Which of an article's titles is its headline. The one printed twice is (only a
    headline is overprinted in bold); else the one a kicker leads into (…强调, …——, …：),
    or the one above a dash subheadline; else the one carrying the column's name (…（新论）)
    where the other does not; of a pair, the one set in two phrases apart where the other is
    not. Without any of these a lone pair reads headline and subheadline, as most local papers
    set them, and three or more kicker, headline, subheadlines."""
    doubled = [k for k, t in enumerate(titles) if t.doubled]
    if len(doubled) == 1:
        return doubled[0]
    if len(titles) < 2:
        return 0
    first, second = titles[0].text, titles[1].text
    if second.lstrip().startswith(_DASHES):
        return 0
    if LEADS_ON_RE.search(first):
        return 1
    tagged = [_names_column(t.text) for t in titles[:2]]
    if tagged == [False, True]:
        return 1
    if tagged == [True, False]:
        return 0
    if len(titles) == 2 and phrase_gap(second) and not phrase_gap(first):
        # Of a pair, the headline is the line set in two phrases apart (…出行 更便捷): over
        # 84 generated sets, 334 more matched articles with all titles in gold's roles.
        return 1
    return 0 if len(titles) == 2 else 1


# A title line this short that is followed by another title line is a headline wrapped
# in a narrow column (我市召开社经室 / 工作总结会), not a headline of its own.
MAX_WRAPPED_TITLE_HEAD = 8
# A title line ending on these cannot end a title: its headline wraps on.
_WRAPS_AFTER = ("、", "，", ",")
# Nor on a word that needs what follows (…未来产业的 / 网络基石, …公开透明可 / 预期的环境), and no
# title opens with one that leans on what went before (…“聊天长椅” / 的初衷): unless the character
# ends or opens a word of its own (…问题导向 / 扎实推进…, …新战略 / 着力补齐…).
_LEANS_ON = frozenset("的和与及并在对把将为向从被让使是了着或而")


def _merge_wrapped(lines: list[_TitleLine]) -> list[_TitleLine]:
    """Title lines joined where one title wraps over two."""
    out: list[_TitleLine] = []
    for line in lines:
        if out and is_column_name(line.text):
            # A column's name on a line of its own closes the headline above it.
            out[-1] = _TitleLine(out[-1].text + line.text.strip(), out[-1].doubled, out[-1].frame_index)
        elif out and _wraps_on(out[-1], line):
            out[-1] = _TitleLine(out[-1].text + line.text, out[-1].doubled or line.doubled, out[-1].frame_index)
        else:
            out.append(line)
    return out


def _wraps_on(prev: _TitleLine, line: _TitleLine) -> bool:
    """Whether ``line`` goes on with the title ``prev``, wrapped at its frame's width. Never
    after a kicker leading into its headline, before a dash subheadline, or where one of the
    two is overprinted and the other not (the headline is, the kicker is not). A title line
    this short (MAX_WRAPPED_TITLE_HEAD), broken inside its column's name (…（奋进的足迹 /
    难忘的记忆）), with a quotation or book title left open, ending on a comma or on a word
    leaning on the next line wraps on, whatever frame the next line is in; a longer one in the
    same frame where it cannot end (the next line opening on a word leaning back), where a
    word runs over the break (…庆祝新 / 中国成立…) or where the next line is a few words and the
    column's name (…中守护 / 一路平安（平安建设））, or where the next line leads into the
    headline (…——)."""
    if _one_title(prev.text, line.text.lstrip()) or prev.doubled != line.doubled:
        return False
    text = prev.text.rstrip()
    if BRIEF_BOX_LABEL_RE.match(text) or BRIEF_BOX_LABEL_RE.match(line.text) and len(text) > MAX_WRAPPED_TITLE_HEAD:
        return False  # a box's label (新闻速递) is a title of its own, though a few words may open it (科技教育 / 新闻速递)
    if (len(text.replace(" ", "")) <= MAX_WRAPPED_TITLE_HEAD and " " not in text or text.count("（") > text.count("）")
            or text.count("(") > text.count(")")):  # a column's name in ASCII brackets, as some extractors print it
        return True
    if text.count("《") > text.count("》") or text.count("“") > text.count("”") or (
            text[-1:] in _LEANS_ON and not is_word(text[-2:])):
        # A title with a quote or book title left open, or ending on a word that leans on the
        # next line, goes on in whatever frame the extractor drew its next line into. (Of 75
        # titles this changed over 79 generated sets where gold has the same words, 54 now
        # read as gold's roles, 1 did before.)
        return True
    if text.endswith(_WRAPS_AFTER):
        # No title ends on a comma or an enumeration comma: the next title line goes on with it,
        # whatever frame the extractor drew it into (为了让山里娃上好学， / 县里修校舍、配老师——).
        # No change to article_f1 or title_acc over 125 generated sets (they read titles as one
        # string); matched articles with all of gold's roles on 122 pages more, none fewer.
        return True
    if prev.frame_index != line.frame_index and not prev.text.lstrip().startswith(_DASHES):
        # A dash subheadline's lines may come in frames of their own (——学习…座谈 / 会上…):
        # all of an article's titles equal to gold's for 33 more articles over 35 generated
        # sets and 33 over 32 unseen sets, none fewer (title_acc reads all titles as one string).
        return False
    nxt = line.text.strip()
    if nxt.endswith("——") and not text.startswith(_DASHES) and text[-1:] not in TERMINAL_MARKS:
        # A kicker leading into its headline (…——) wrapped in its frame: the line above, which
        # ends no sentence (nor leads on itself: _one_title), is its start (青海省某局 / 下功夫
        # 提高办事效率——). 79 more articles' titles with gold's roles over 91 generated sets,
        # none fewer.
        return True
    if "；" in text and text[-1:] not in TERMINAL_MARKS and ("；" in nxt or "，" in nxt):
        # A subheadline of clauses, a semicolon between them (听取…汇报，要求…；部署…), set across
        # the columns goes on in its frame until its clauses end: 10 more matched articles
        # with all of gold's titles and roles over 129 generated sets, none fewer.
        return True
    if text[-1:].isdigit() and nxt[:1] in _UNITS:
        # A number and its unit never part where a title ends (…建县60 / 周年座谈会…): 31 more
        # matched articles with all of gold's titles and roles over 84 generated sets.
        return True
    return (nxt[:1] in LEANS_BACK and not is_word(nxt[:2])
            or junction_gain(text, line.text) > 0 or tag_after_few_words(nxt))


# The units and measure words that follow a number (70周年, 3个, 12万).
_UNITS = frozenset("年月日周个万亿元岁名项次天件位家所条座")


def _kind_of(bylines: tuple[Byline, ...], paragraphs: list[str]) -> ArticleKind:
    roles = {b.role for b in bylines}
    if roles and roles <= {PHOTO_ROLE} and not (paragraphs and BODY_LEAD_RE.match(paragraphs[0])):
        return ArticleKind.PHOTO
    return ArticleKind.ARTICLE


# A title piece moves to another article only when it shares few words with its own
# article's text, a good third of them with the other's and clearly more than with its own,
# and the other has no title of its own that fits (shares of the piece's bigrams missing
# from the text; see _piece_unrelated).
STRAY_TITLE_UNRELATED = 0.5
STRAY_TITLE_FITS = 0.65
STRAY_TITLE_GAIN = 0.3
OWN_TITLE_FITS = 0.5


def _piece_text(piece: list[Block]) -> str:
    """A title piece's words (its titles, not their overprinted copies)."""
    return "".join(b.text for b in piece if b.kind is BlockKind.TITLE)


def _title_pieces(blocks: list[Block]) -> list[list[Block]]:
    """A side's title blocks grouped by frame (a duplicate goes with its title). Whatever the
    frames: a kicker (…强调, …——, …：) goes with the headline after it, and one saying who
    spoke opens a piece of its own where the extractor drew it into the frame of a title
    before; a speech's date (（2019年9月30日）) closes its headline's piece."""
    pieces: list[list[Block]] = []
    for k, b in enumerate(blocks):
        if b.kind in (BlockKind.TITLE, BlockKind.DUPLICATE):
            prev = blocks[k - 1] if k else None
            if prev is None or not pieces or pieces[-1][-1] is not prev:
                pieces.append([b])
            elif prev.kind is _TITLE and LEADS_ON_RE.search(prev.text) and b.kind is _TITLE:
                pieces[-1].append(b)
            elif b.kind is _TITLE and SPEAKS_RE.search(b.text) and prev.kind is _TITLE:
                pieces.append([b])
            elif b.kind is _TITLE and _SPEECH_DATE_RE.match(b.text):
                pieces[-1].append(b)  # a speech's date goes with its headline, frame or not
            elif prev.kind is _TITLE and _SPEECH_DATE_RE.match(prev.text):
                pieces.append([b])  # ... and closes it
            elif prev.frame_index == b.frame_index or b.kind is _TITLE and bracket_balance(
                    "".join(x.text for x in pieces[-1] if x.kind is _TITLE)) > 0:
                pieces[-1].append(b)  # (a headline's column's name broken over two frames: …（人民 / 论坛）)
            else:
                pieces.append([b])
    return [p for p in pieces if any(b.kind is BlockKind.TITLE for b in p)]


def _move_stray_titles(parts: list[_Part]) -> None:
    """Give a title to the article it names when the content stream drew it away from its
    text, beside another story (two headlines drawn together, then their two texts).

    The assembly only lets an article take the titles next to its text; this repairs what
    that misses, judged by the words a headline shares with its own text."""
    texts = ["".join([block_text(b) for b in p.body if b.kind is BlockKind.BODY]) for p in parts]

    def fits(i: int) -> bool:  # whether article i holds a title that shares its text's words
        return any((_piece_unrelated(_piece_text(pc), texts[i]) or 1.0) <= OWN_TITLE_FITS
                   for side in (parts[i].before, parts[i].after) for pc in _title_pieces(side))

    def has_kicker(j: int) -> bool:
        return any(LEADS_ON_RE.search(_piece_text(pc)) for side in (parts[j].before, parts[j].after)
                   for pc in _title_pieces(side))

    for i, part in enumerate(parts):
        for side in (part.before, part.after):
            pieces = _title_pieces(side)
            piece_texts = [_piece_text(pc) for pc in pieces]
            for n, piece in enumerate(pieces):
                title = piece_texts[n]
                if n and title.startswith(_DASHES):
                    continue  # a subheadline (——访…) is not judged alone: it goes with its headline
                own = _piece_unrelated(title, texts[i])
                if own is None or own < STRAY_TITLE_UNRELATED or len(title) < 4:
                    continue
                scores = [(_piece_unrelated(title, texts[j]), j) for j in range(len(parts)) if j != i and texts[j]]
                score, j = min(((x, j) for x, j in scores if x is not None), default=(1.0, -1))
                if j < 0 or score > STRAY_TITLE_FITS or own - score < STRAY_TITLE_GAIN:
                    continue
                # A kicker saying who spoke, last on its side, leads on to nothing there (汪洋在…
                # 时强调 / ■记者 …): it goes to the headline it names, which fits its text already.
                dangling = n == len(pieces) - 1 and SPEAKS_RE.search(title) is not None
                if (fits(j) and not dangling) or (dangling and has_kicker(j)):
                    continue
                # The subheadlines under the headline go with it, unless their words hold them
                # to the text it leaves (a headline drawn between another and its subheadline).
                # With the line above: title_acc +0.011 summed over 35 generated sets (4 pages
                # up, 1 down), article_f1 +0.0015 over ten unseen sets.
                for sub, sub_text in itertools.takewhile(lambda x: x[1].startswith(_DASHES),
                                                         zip(pieces[n + 1:], piece_texts[n + 1:])):
                    if (_piece_unrelated(sub_text, texts[j]) or 1.0) <= (_piece_unrelated(sub_text, texts[i]) or 1.0):
                        piece = piece + sub
                for b in piece:
                    side.remove(b)
                target = parts[j]
                # The piece stands before the text it titles when it came earlier in the stream.
                dest = target.before if piece[0].start < target.body[0].start else target.after
                dest.extend(piece)
                dest.sort(key=lambda b: b.start)


def _rejoin_untitled_cuts(parts: list[_Part]) -> list[_Part]:
    """A run of text is cut in two only for the titles on its two sides; when the tail's
    titles went to the story they name (_move_stray_titles), nothing is left to part it from
    its head, and the two are one story again (so too when its title was a box's label,
    which _gather_brief_boxes took for the box). A photo credit on either side still closes a
    caption, which needs no title."""
    def credited(part: _Part) -> bool:
        return any(map(_photo_credit, part.before + part.after))

    out: list[_Part] = []
    for p in parts:
        if (p.cut_tail and out and not any(b.kind is _TITLE for b in p.before + p.after)
                and not credited(p) and not credited(out[-1])):
            head = out[-1]
            out[-1] = _Part(body=head.body + p.body, before=head.before + p.before, after=head.after + p.after)
            continue
        out.append(p)
    return out


def _share_headlines(parts: list[_Part]) -> None:
    """An article left with two headlines on one side, beside an article with none: the
    stream drew two headlines together and then their two texts (or two texts and then their
    headlines). Each text gets the headline on its own side of the pair."""
    def untitled(j: int) -> bool:
        return 0 <= j < len(parts) and not any(b.kind is _TITLE for b in parts[j].before + parts[j].after)

    def move(side: list[Block], blocks: list[Block], j: int) -> None:
        moved = [b for b in blocks if b.kind in (_TITLE, _DUPLICATE)]
        for b in moved:
            side.remove(b)
        dest = parts[j].before if moved[0].start < parts[j].body[0].start else parts[j].after
        dest.extend(moved)
        dest.sort(key=lambda b: b.start)

    for i, part in enumerate(parts):
        if (_groups(part.before, _TITLE_KINDS) == 1 and _groups(part.after, _TITLE_KINDS) == 1
                and (untitled(i + 1) or untitled(i - 1))):
            # [G1, text i, G2, text i+1]: the stream drew one headline before its text and
            # the next one before its own; mirrored, [text i-1, G1, text i, G2].
            if untitled(i + 1):
                move(part.after, list(part.after), i + 1)
            else:
                move(part.before, list(part.before), i - 1)
            continue
        for before, side in ((True, part.before), (False, part.after)):
            starts = _group_starts(side, _TITLE_KINDS)
            if len(starts) == 1 and not _groups(part.after if before else part.before, _TITLE_KINDS):
                starts = _headline_pair(parts, i, side, before) or starts
            if len(starts) != 2:
                continue
            first, last = side[:starts[1]], side[starts[1]:]
            # [G1, G2, text i, text i+1] or [text i-1, G1, G2, text i]; mirrored after a text.
            order = ((i + 1, last), (i - 1, first)) if before else ((i - 1, first), (i + 1, last))
            for j, moved in order:
                if untitled(j):
                    move(side, moved, j)
                    break


def _title_unrelated(title: str, text: str) -> float:
    """_piece_unrelated, a title with no words to compare counting as sharing none."""
    u = _piece_unrelated(title, text)
    return 1.0 if u is None else u


# A run holding two stories under two stacked headlines is cut where cutting costs less than
# a title missing (the cost the programme weighs a cut against; see _cut_points).
MAX_STACKED_CUT_COST = COST_TITLE_MISSING


def _split_stacked_headlines(parts: list[_Part]) -> list[_Part]:
    """Two headlines drawn together and then their two texts in one run, with no title between
    them ([G1, G2, text 1, text 2], or mirrored after the texts): the run is cut where two
    stories meet, and each part takes the headline on its side of the pair.

    The programme reads such a run as one article with an extra title, since a cut there
    leaves the second text without a title on its own side. A byline may stand between the
    texts (…开通了新的服务窗口。 / ■记者 某某 / 一把竹椅…): article_f1 +0.010, title_acc +0.028
    summed over 72 generated sets (4 up, 3 down, those with titles and bylines up)."""
    out: list[_Part] = []
    for part in parts:
        out.extend(_stacked_split(part) or [part])
    return out


def _stacked_split(part: _Part) -> list[_Part] | None:
    for before, side, other in ((True, part.before, part.after), (False, part.after, part.before)):
        starts = _group_starts(side, _TITLE_KINDS)
        loose = False  # two frames' titles, not both showing themselves complete
        if len(starts) == 1:
            starts, complete = _frame_pair_starts(side)
            loose = not complete
        if len(starts) != 2 or _groups(other, _TITLE_KINDS) or any(b.kind not in (BlockKind.BODY, _BYLINE) for b in part.body):
            continue  # (a staff byline set inside the text may sign either story: _cut_points weighs it)
        cuts = [(c, cost) for c, cost in _cut_points(part.body, False) if cost < MAX_STACKED_CUT_COST]
        if not cuts:
            continue
        first, last = side[:starts[1]], side[starts[1]:]
        if before and starts[1] == 1 and _photo_title_over_headline(side):
            # A photo's short title over the next story's headline, then the photo's caption
            # closed by its credit and the story's text (抢农时 / 某银行：… / …陈 洋摄 / 作为…).
            # article_f1 +0.003 summed over 35 generated sets (2 up) and over 30 unseen sets
            # (1 up, of the session's start pair), none down.
            c = next((c for c, _ in cuts if _caption_closed_by_credit(part.body[:c])), None)
            if c is not None:
                return [_Part(body=part.body[:c], before=first), _Part(body=part.body[c:], before=last, after=part.after)]
        t1, t2 = _piece_text(first), _piece_text(last)
        texts = [block_text(b) for b in part.body]
        c, head, tail, gain = _fitting_cut(t1, t2, cuts, texts)
        # Each headline must share more words with its own text; two frames not showing
        # themselves complete may be a kicker over its headline (_two_stories decides).
        if gain > 0 and (not loose or _two_stories(t1, head, tail, gain)):
            if before:
                return [_Part(body=part.body[:c], before=first), _Part(body=part.body[c:], before=last, after=part.after)]
            return [_Part(body=part.body[:c], before=part.before, after=first), _Part(body=part.body[c:], after=last)]
        if before:
            # [G1, G2, text 2, text 1]: the second headline over the text right under the pair
            c, head, tail, gain = _fitting_cut(t2, t1, cuts, texts)
            # A box of key points (核心阅读) under the pair opens a story as a lead does: no
            # change over 35 generated sets, one page up over 26 unseen sets.
            opens = opens_with_lead(part.body[0].lines) or OPENING_BOX_RE.match(head) is not None
            crossed = (opens and _crossed_stories(t1, head, tail, gain, loose)
                       or _silent_crossed(t1, t2, head, tail))
            if crossed and not opens_with_lead(part.body[c].lines):
                return [_Part(body=part.body[:c], before=last), _Part(body=part.body[c:], before=first, after=part.after)]
    return None


# The label of a notice to the readers (致读者) or of the editors' words (编者的话), alone on its
# title line: a note of its own, signed by the editors (——编  者) or not, never a story's title.
_NOTICE_LABEL_RE = re.compile(r"^[【\[]?(?:致读者|编者的话)[】\]]?$")
_EDITORS_SIGNATURE_RE = re.compile(r"^——?编者$")  # spaces removed
# A note that introduces the page's stories runs a paragraph or two.
MAX_NOTICE_CHARS = 600


def _split_notice_labels(parts: list[_Part]) -> list[_Part]:
    """A notice's label set over the headline of the story the note introduces, each a frame
    of its own, and then the note's text and the story's in one run (致读者 / 生活无穷尽… /
    note / ——编  者 / story): the label heads the note, up to the editors' signature or to the
    first paragraph that ends with its frame, and the headline the text after it. The
    assembly read the label and the headline as one article's titles. article_f1 +0.024,
    title_acc +0.028 summed over 84 generated sets (5 up, none down); a label in the
    headline's frame, drawn after its note (note / 编者的话 + headline / story), is left: the
    text under it is the story's (one page down without that test)."""
    return [p for part in parts for p in (_notice_split(part) or [part])]


def _notice_split(part: _Part) -> list[_Part] | None:
    titles = [i for i, b in enumerate(part.before) if b.kind is _TITLE]
    if (len(titles) < 2 or not _NOTICE_LABEL_RE.match(remove_all_spaces(part.before[titles[0]].text))
            or part.before[titles[0]].frame_index == part.before[titles[1]].frame_index or len(part.body) < 2):
        return None
    body = part.body
    texts = [block_text(b) for b in body]
    ends = list(itertools.accumulate(map(len, texts)))  # the characters up to each frame's end
    signed = next((c for c in range(1, len(body) + 1) if ends[c - 1] <= MAX_NOTICE_CHARS
                   and _EDITORS_SIGNATURE_RE.match(remove_all_spaces(body[c - 1].lines[-1].text))), None)
    if signed == len(body):
        return None  # the note is all the run holds: the headline's text is elsewhere
    if signed is None:
        w = column_width([l for b in body if b.kind is BlockKind.BODY for l in b.lines])
        signed = next((c for c in range(1, len(body)) if ends[c - 1] <= MAX_NOTICE_CHARS
                       and body[c - 1].kind is BlockKind.BODY and body[c].kind is BlockKind.BODY
                       and _ends_paragraph(body[c - 1].lines[-1].text, body[c].lines[0].text, w)), None)
        if signed is None:
            return None
    k = titles[1]
    return [_Part(body=body[:signed], before=part.before[:k]), _Part(body=body[signed:], before=part.before[k:], after=part.after)]


def _caption_closed_by_credit(blocks: list[Block]) -> bool:
    """Whether text blocks make a photo's caption: caption-sized, closed by its credit."""
    return (bool(blocks) and all(b.kind is BlockKind.BODY for b in blocks)
            and sum(len(block_text(b)) for b in blocks) <= CAPTION_MAX_CHARS and ends_with_photo_credit(blocks[-1].lines))


# Without a lead under the pair, the one headline that shares words says the order alone:
# half its words more in the text after than in the text under the pair.
SILENT_CROSSED_GAIN = 0.5


def _silent_crossed(t1: str, t2: str, head: str, tail: str) -> bool:
    """Whether two headlines over two stories' texts head them in crossed order when the
    second shares no word with either text (高山新房“长”出来 over 以前，我们这里的房子…): the
    first must share none with the text right under the pair and many with the text after,
    each text a story in itself."""
    u = _title_unrelated
    return (u(t2, head) >= 1.0 and u(t2, tail) >= 1.0 and u(t1, head) >= 1.0
            and u(t1, head) - u(t1, tail) >= SILENT_CROSSED_GAIN
            and min(len(head), len(tail)) >= STACKED_LOOSE_MIN_CHARS and not OPENING_BOX_RE.match(tail))


# Weight of the headlines' misfit against a cut's cost when one run is parted between two
# stacked headlines (the flat 0.6 the assembly weighed titles with before).
COST_STACKED_UNFIT = 0.6


def _fitting_cut(t_head: str, t_tail: str, cuts: list[tuple[int, float]], texts: list[str]
                 ) -> tuple[int, str, str, float]:
    """The cut where headline ``t_head`` best fits the text before it and ``t_tail`` the text
    after, weighed with the cut's cost: (cut, text before, text after, gain), the gain being
    how much more of its words each headline shares with its own text than with the other."""
    unrelated = _title_unrelated

    def fit(c: int) -> float:  # how little each headline shares with the text it would head
        return unrelated(t_head, "".join(texts[:c])) + unrelated(t_tail, "".join(texts[c:]))
    c = min(cuts, key=lambda x: x[1] + COST_STACKED_UNFIT * fit(x[0]))[0]
    head, tail = "".join(texts[:c]), "".join(texts[c:])
    gain = min(unrelated(t_head, tail) - unrelated(t_head, head), unrelated(t_tail, head) - unrelated(t_tail, tail))
    return c, head, tail, gain


CROSSED_MARGIN = 0.15  # the lead under the second headline already says where its story starts


def _crossed_stories(t1: str, head: str, tail: str, gain: float, loose: bool) -> bool:
    """Whether two title frames drawn over a lead's text and a text after it head them in the
    other order ([G1, G2, text 2, text 1]): pdfminer draws a neighbour's headline frame before
    the one right above its own lead. The first, t1, heads ``tail`` when each headline shares
    more words with its own part and, for a ``loose`` pair (maybe a kicker over its headline,
    which shares some), t1 shares no word with the lead's story ``head`` and each text is more
    than a brief's paragraph; a box of key points opens a story, never follows one."""
    return (gain >= CROSSED_MARGIN and not OPENING_BOX_RE.match(tail)
            and (not loose or _title_unrelated(t1, head) >= 1.0 and min(len(head), len(tail)) >= CROSSED_LOOSE_MIN_CHARS))


# A loose pair over texts shorter than this is one brief's kicker and headline, the second
# text its closing paragraph repeating the kicker's words (…建设口袋公园，是守护城市绿色空间的…).
# Two stories of two short paragraphs each still part; 300 loses a pdfminer page of the 24
# generated sets, 200 one of 91. From 100: article_f1 +0.016 summed over 91 sets (4 pages
# up, one read, none down).
CROSSED_LOOSE_MIN_CHARS = 150


def _one_title(first: str, second: str) -> bool:
    """Whether two title pieces read in this order are one title: a subheadline after its
    headline, or a kicker leading to its headline."""
    return second.startswith(_DASHES) or LEADS_ON_RE.search(first) is not None


# Two frames' titles that do not show themselves complete head two stories only when each
# text is a story in itself and each headline clearly shares more words with its own text.
STACKED_LOOSE_MIN_CHARS = 400
STACKED_LOOSE_MARGIN = 0.2


def _two_stories(t1: str, head: str, tail: str, gain: float) -> bool:
    """Whether two titles drawn in frames of their own, t1 and the next, head the texts
    ``head`` and ``tail`` as two stories (外国领导人祝贺… / 让奋斗成为人生底色, each over its own
    long text) rather than one story's kicker and headline or headline and subheadline; ``gain``
    is how much more of its words each headline shares with its own text. A box of key points
    (核心阅读) opens its story's text, never ends one; a headline closed by its column's name
    (…（权威发布）) is followed by its own subheadline."""
    short = min(len(head), len(tail))
    if STACKED_FRESH_MIN_CHARS <= short < STACKED_LOOSE_MIN_CHARS and _opens_afresh(tail, head):
        short = STACKED_LOOSE_MIN_CHARS
    return (short >= STACKED_LOOSE_MIN_CHARS and gain >= STACKED_LOOSE_MARGIN
            and not OPENING_BOX_RE.match(head) and not COLUMN_TAG_RE.search(t1))


# Shorter texts may be two stories when the second opens afresh: none of the three characters
# running in its first words stand in the first text (a story going on names again whom and
# what its text before named: 某某主持…, 张某提醒…). Over 76 generated sets, with the first
# 40 characters weighed: article_f1 about +0.054, title_acc +0.079 beside the code without it; with
# 15, +0.032 (21 up, 13 down); 25, +0.0195 more (14 up, 2 down); 40, +0.0025 more (2 up, none
# down); 10, 0.0095 less than 15.
STACKED_FRESH_MIN_CHARS = 200
FRESH_OPENING_CHARS = 40


def _opens_afresh(text: str, before: str) -> bool:
    """Whether ``text`` opens on words of its own: no three characters running in its first
    FRESH_OPENING_CHARS stand in ``before``."""
    opening = remove_all_spaces(text)[:FRESH_OPENING_CHARS]
    seen = remove_all_spaces(before)
    return not any(opening[x:x + 3] in seen for x in range(len(opening) - 2))


def _headline_with_column_name(text: str) -> bool:
    """Whether a title piece ends in its column's name, as a complete headline does (blocks.page
    and blocks.frame ask the same of a line and a run); a speech's date in brackets closing its
    headline (…上的讲话（2019年10月1日）) names no column."""
    m = COLUMN_TAG_RE.search(text)
    return m is not None and _SPEECH_DATE_RE.match(m.group()[1:]) is None


def _frame_pair_starts(side: list[Block]) -> tuple[list[int], bool]:
    """Where the two title groups start when one group is two frames' titles that do not read
    as one title (pdfminer draws neighbours' title frames together), and whether each is a
    complete title: a headline overprinted, one over its dash subheadline, or one closed by
    its column's name, or a kicker leading with a dash to its headline (a kicker's frame over
    its headline's frame is none of them). When not, the texts decide (_two_stories). Reading
    a column's name as complete: article_f1 +0.002 summed over 35 generated sets (1 up, 1 down
    by 0.0005, title_acc +0.006) and over 26 unseen sets (1 up, none down)."""
    pieces = _title_pieces(side)
    if len(pieces) != 2:
        return [], False
    texts = [_piece_text(p) for p in pieces]
    if _one_title(*texts):
        return [], False
    complete = all(any(b.kind is _DUPLICATE for b in p) or len(p) > 1 and p[-1].text.startswith(_DASHES)
                   or _headline_with_column_name(text) or _kicker_led_by_dash(p) for p, text in zip(pieces, texts))
    if not complete and _deck_under_overprint(*pieces):
        return [], False
    return [side.index(pieces[0][0]), side.index(pieces[1][0])], complete


def _kicker_led_by_dash(piece: list[Block]) -> bool:
    """Whether a frame's titles hold a kicker leading with a dash to the headline under it
    (社区开展敬老活动—— / 重阳时节暖意浓): a title complete in itself. Read so beside the
    other tests of _frame_pair_starts: article_f1 +0.54, title_acc +1.09 summed over 133
    generated sets (4 pages up each; 1 down by 0.04 in article_f1)."""
    return len(piece) > 1 and any(_KICKER_DASH_RE.search(b.text) for b in piece[:-1])


def _deck_under_overprint(first: list[Block], second: list[Block]) -> bool:
    """Whether the second of two frames' titles is the deck of the overprinted headline in the
    first: the page's lead headline, printed twice, and under it, in a frame of its own, a
    line longer than any of its own with no column's name (全市庆祝建市七十周年大会举行 ×2,
    then 市委书记讲话 市长主持 …出席, fifty characters long). Another story's headline drawn
    next to it is no longer than it. article_f1 +0.0075 summed over 35 generated sets (2 pages up,
    none down) and +0.006 over 24 unseen sets (1 up); every page it changed carries one story.
    The deck's first line is measured, not the piece: another story's headline over its own
    long subheadline is a piece longer than the overprinted lines, its first line no longer.
    article_f1 +0.86, title_acc +1.0 summed over 125 generated sets (2 pages up, none down)."""
    text = _piece_text(second)
    first_line = next(b for b in second if b.kind is _TITLE).text
    return (any(b.kind is _DUPLICATE for b in first) and not COLUMN_TAG_RE.search(text)
            and len(first_line) > max(len(b.text) for b in first))


def _headline_pair(parts: list[_Part], i: int, side: list[Block], before: bool) -> list[int] | None:
    """Where the second of two headlines in one title group starts, when the group is two
    frames' titles that each read as their own text's: the first shares more words with the
    text of article ``i``, the second with that of its untitled neighbour on the side the stream
    drew them (第三届“运河城市论坛”在扬州开幕 / 市长会见友好城市代表团, then both texts)."""
    pieces = _title_pieces(side)
    j = i + 1 if before else i - 1
    if len(pieces) != 2 or not 0 <= j < len(parts) or any(b.kind is _TITLE for b in parts[j].before + parts[j].after):
        return None
    first, second = (_piece_text(p) for p in pieces)
    if not before:
        first, second = second, first  # after the texts, the first headline is the neighbour's
    if _one_title(first, second):
        return None
    own = "".join(block_text(b) for b in parts[i].body if b.kind is BlockKind.BODY)
    other = "".join(block_text(b) for b in parts[j].body if b.kind is BlockKind.BODY)
    unrelated = _title_unrelated
    if unrelated(first, own) < unrelated(first, other) and unrelated(second, other) <= unrelated(second, own) and (
            unrelated(second, other) < unrelated(second, own) or _opens_with_lead(parts[j])):
        # (the second may share no word with either text when the neighbour opens with a lead
        # of its own, 本报讯…: a story's opening needs a headline; title_acc +2.16 summed over 137
        # generated sets, 7 pages up, 3 down, article_f1 unchanged)
        return [side.index(pieces[0][0]), side.index(pieces[1][0])]
    return None


def _opens_with_lead(part: _Part) -> bool:
    """Whether a part's first text opens with a lead (本报讯…, 新华社…电)."""
    first = next((b for b in part.body if b.kind is BlockKind.BODY), None)
    return first is not None and opens_with_lead(first.lines)


def _last_text(part: _Part) -> tuple[Line, ...]:
    """The lines of the last text frame of a part (its body may end in a byline set inside
    it); none when it holds no text."""
    return next((b.lines for b in reversed(part.body) if b.kind is BlockKind.BODY), ())


def _stops_mid_sentence(part: _Part) -> bool:
    """Whether a story's text stops mid-sentence on this page with no （下转N版） to say where
    it goes on: its continuation is elsewhere on the page, out of reading order."""
    last = _last_text(part)
    if not last or any(jumps_on(b) for b in part.body + part.after):
        return False
    return stops_mid_sentence(last)


def _orphan_text(part: _Part) -> bool:
    """Whether a part is text alone (no title or byline; a jump marker (（下转9版）) may end
    it) that opens no paragraph: its first line is set to the full column, so it goes on from
    a line elsewhere."""
    if (part.before or any(not jumps_on(b) for b in part.after) or not part.body
            or any(b.kind is not BlockKind.BODY for b in part.body)):
        return False
    first = part.body[0]
    if opens_with_lead(first.lines) or OPENING_BOX_RE.match(first.lines[0].text):
        return False
    lines = [l for b in part.body for l in b.lines]
    return len(lines) > 1 and _opens_at_full_column(tuple(lines), column_width(lines))


def _opens_at_full_column(lines: tuple[Line, ...], width: float) -> bool:
    """Whether text's first line is set to the full column ``width``, without an indent: it
    opens no paragraph, so it goes on from a line elsewhere."""
    return not _indented(lines, width) and abs(display_width(lines[0].text) - width) <= FULL_LINE_SLACK_EM


def _untitled_piece(part: _Part) -> bool:
    """Whether a part is text alone that no title, lead or （上接N版） claims, and no caption
    (its credit closes none): a piece of some story an extractor's reading order put apart.
    A staff byline may stand before it, the story's own drawn with that piece (■记者 某某 /
    text going on, no lead): article_f1 +0.015 summed over 80 generated sets (4 up, 1 down),
    byline_acc −0.011 (a byline of the next story's, drawn before the piece, goes with it)."""
    if any(b.kind in (_TITLE, _DUPLICATE) for b in part.before + part.after + part.body):
        return False
    if any(b.kind is _BYLINE for b in part.after + part.body) or any(
            b.kind is _BYLINE and is_photo_credit(b.bylines) for b in part.before):
        return False
    if any(b.continuation is not None and b.continuation.direction == "from" for b in part.before + part.after):
        return False  # (上接N版): the rest of a story from another page
    body = [b for b in part.body if b.kind is BlockKind.BODY]
    if not body or opens_with_lead(body[0].lines) or OPENING_BOX_RE.match(body[0].lines[0].text):
        return False
    return not ends_with_credit(body[-1].lines) and sum(len(block_text(b)) for b in body) >= MIN_PIECE_CHARS


MIN_PIECE_CHARS = 40
# The share of a piece's two-character pieces that the story it joins must hold, and by how
# much more than any other story holds them: a story repeats its names and subject. Set on 35
# generated sets and checked on 10 more: asking 0.15 gained more on the 35 (+0.039) but not on
# the 10 (+0.0005); a lead of 0.05 gained less (+0.025).
PIECE_SHARED = 0.2
PIECE_LEAD = 0.1
# A piece that goes on mid-sentence must go on from a story stopped mid-sentence: the one
# that shares the most of its words, if any share a few. article_f1 +0.017 summed over 35
# generated sets (13 up, none down) beside the shares asked of a piece opening a paragraph.
ORPHAN_SHARED = 0.05


def _part_grams(part: _Part) -> set[int]:
    return bigram_codes("".join(block_text(b) for b in part.body if b.kind is BlockKind.BODY))


def _join_untitled_pieces(parts: list[_Part]) -> list[_Part]:
    """An untitled piece of text (see _untitled_piece) joins the titled story that shares
    the most of its words, clearly more than any other: pdfminer's reading order can put a
    column of a story after other stories, opening a paragraph where no sentence or word runs
    on to show where it belongs. A piece that goes on mid-sentence joins one of the stories
    stopped mid-sentence, if any (see ORPHAN_SHARED). It goes after that story's text when it
    came after it in the stream, before it otherwise. article_f1 +0.034 summed over 35
    generated sets (20 up, 2 down) and +0.008 over 10 sets not used to make it (3 up, 1 down)."""
    out = list(parts)
    grams: list[set[int] | None] = [None] * len(out)  # each part's pieces, read once until it grows

    def grams_of(i: int) -> set[int]:
        g = grams[i]
        if g is None:
            g = grams[i] = _part_grams(out[i])
        return g

    j = 0
    while j < len(out):
        piece = out[j]
        if not _untitled_piece(piece):
            j += 1
            continue
        mine = grams_of(j)
        open_ = {i for i, p in enumerate(out) if i != j and _stops_mid_sentence(p)} if _orphan_text(piece) else set()
        shares = sorted(((len(mine & grams_of(i)) / len(mine), i) for i, p in enumerate(out)
                         if i != j and any(b.kind is _TITLE for b in p.before + p.after) and (not open_ or i in open_)),
                        reverse=True)
        need, lead = (ORPHAN_SHARED, 0.0) if open_ else (PIECE_SHARED, PIECE_LEAD)
        if not shares or shares[0][0] < need or len(shares) > 1 and shares[0][0] - shares[1][0] < lead:
            j += 1
            continue
        i = shares[0][1]
        story = out[i]
        if i < j:  # (a piece's own blocks are only jump markers: they stay with it)
            out[i] = _Part(body=story.body + piece.body, before=story.before, after=story.after + piece.before + piece.after)
        else:
            out[i] = _Part(body=piece.body + story.body, before=piece.before + piece.after + story.before, after=story.after)
        grams[i] = None
        del out[j], grams[j]
    return out


def _opens_mid_text(part: _Part) -> bool:
    """Whether a titled story's text opens with no lead and at the full column: it goes on
    from a line elsewhere (…叶培建（左一 / 图，新华社记者某某摄）在网上火了：…)."""
    body = [b for b in part.body if b.kind is BlockKind.BODY]
    if not body or opens_with_lead(body[0].lines) or OPENING_BOX_RE.match(body[0].lines[0].text):
        return False
    lines = [l for b in body for l in b.lines]
    return len(lines) > 1 and _opens_at_full_column(tuple(lines), column_width(lines))


# How little of the titles' words the opening may lack, and by how much less than for any
# other such story: 0.6 and 0.15 gain article_f1 +0.027, byline_acc +0.043 summed over 85
# generated sets (14 up, 1 down); 0.5 and 0.2, first tried, +0.023 (12 up, 1 down).
LEAD_PIECE_UNRELATED = 0.6
LEAD_PIECE_MARGIN = 0.15


def _join_untitled_leads(parts: list[_Part]) -> list[_Part]:
    """A story's opening with no title (its lead, maybe its byline) goes before the text of
    the titled story that opens mid-sentence whose titles its words fit, far better than any
    other such story's: pdfminer's reading order can draw a story's first column after its
    later ones (…“人民科学家”叶培建—— / …（左一 / 图，…摄）在网上火了…, its 本报讯… further on)."""
    out = list(parts)
    j = 0
    while j < len(out):
        piece = out[j]
        body = [b for b in piece.body if b.kind is BlockKind.BODY]
        if (not body or not opens_with_lead(body[0].lines)
                or any(b.kind in (_TITLE, _DUPLICATE) for b in piece.before + piece.after)):
            j += 1
            continue
        text = "".join(block_text(b) for b in body)
        fits = sorted((_title_unrelated(_piece_text(p.before + p.after), text), i) for i, p in enumerate(out)
                      if i != j and any(b.kind is _TITLE for b in p.before + p.after) and _opens_mid_text(p))
        if not fits or fits[0][0] > LEAD_PIECE_UNRELATED or len(fits) > 1 and fits[1][0] - fits[0][0] < LEAD_PIECE_MARGIN:
            j += 1
            continue
        i = fits[0][1]
        story = out[i]
        out[i] = _Part(body=piece.body + story.body, before=story.before + piece.before, after=story.after + piece.after)
        del out[j]  # the part after it is now at j
    return out


# A dispatch holds this share of its headline's bigrams at least (0.5 parts stories whose own
# titles went elsewhere as often as it joins: one page each way over 94 sets).
DISPATCH_TITLE_SHARE = 0.6


def _join_dispatches(parts: list[_Part]) -> list[_Part]:
    """One headline over two dispatches, each with its own lead (甲乙分别会见某国总统 over
    本报北京…电 甲… and 本报北京…电 （记者…） 乙…): a dispatch left with no title and no byline
    of its own (its reporters named inline) goes on the story after it, then on the story
    before it, whose titles' words it holds, some of them words that story's text lacks.
    Before the story before it: article_f1 +0.035, title_acc +0.009 summed over 94 generated
    sets (17 up, none down; with byline frames allowed, 4 pages down: stories whose own titles
    went to a neighbour). Before the story after it (tried first): +0.014 more over 96 sets
    (7 up, none down)."""
    dispatches = [_untitled_dispatch(p) for p in parts]  # each part's test, asked once for both passes
    out = list(zip(parts, dispatches))
    j = 0
    while j + 1 < len(out):
        (piece, body), (story, own) = out[j], out[j + 1]
        if body and _names_dispatch(story, body):
            out[j + 1] = (_with_dispatch(story, piece, first=True), own)
            del out[j]
            continue
        j += 1
    joined: list[_Part] = []
    for piece, body in out:
        if joined and body and _names_dispatch(joined[-1], body):
            joined[-1] = _with_dispatch(joined[-1], piece, first=False)
            continue
        joined.append(piece)
    return joined


def _with_dispatch(story: _Part, piece: _Part, first: bool) -> _Part:
    """``story`` with a dispatch ``piece`` joined to its text, before it or after it; the
    piece's jump markers (its only blocks beside its text) join the story's."""
    body = piece.body + story.body if first else story.body + piece.body
    return _Part(body=body, before=story.before + piece.before, after=story.after + piece.after)


def _untitled_dispatch(part: _Part) -> list[Block] | None:
    """The text frames of a part that opens with a lead and has no title, overprint or byline
    frame of its own; None for any other part."""
    body = [b for b in part.body if b.kind is BlockKind.BODY]
    if (not body or not opens_with_lead(body[0].lines)
            or any(b.kind in (_TITLE, _DUPLICATE, _BYLINE) for b in part.before + part.after + part.body)):
        return None
    return body


def _names_dispatch(story: _Part, body: list[Block]) -> bool:
    """Whether ``story``'s titles name the dispatch ``body``: it holds DISPATCH_TITLE_SHARE of
    their bigrams, some of them ones the story's own text lacks."""
    titles = _piece_text(story.before + story.after)
    grams = _piece_grams(titles)
    held = _grams_in(titles, "".join(block_text(b) for b in body))
    if not grams or len(held) < DISPATCH_TITLE_SHARE * len(grams):
        return False
    own = "".join(block_text(b) for b in story.body)
    return any(g not in own for g in held)


def _same_column(a: _Part, b: _Part) -> bool:
    """Whether the last frame of ``a``'s text and ``b``'s text are set to one column width."""
    last = _last_text(a)
    wa = column_width(last) if len(last) >= MIN_LINES_FOR_COLUMN else None
    wb = column_width([l for x in b.body for l in x.lines])
    return wa is None or abs(wa - wb) <= FULL_LINE_SLACK_EM


def _open_part_for(parts: list[_Part], open_: list[int], orphan: _Part) -> int | None:
    """Which story stopped mid-sentence an orphan's text goes on: the only one, set to its
    column, or of several the one a word runs on from over the break (有学 / 生直言)."""
    if len(open_) <= 1:
        return open_[0] if open_ and _same_column(parts[open_[0]], orphan) else None
    first = orphan.body[0].lines[0].text
    gains = {i: junction_gain(_last_text(parts[i])[-1].text, first) for i in open_}
    best = max(open_, key=lambda i: (gains[i], -i))
    return best if gains[best] >= WORD_OVER_BREAK else None


# Characters read on each side of a break in _move_text_going_on: the words of the text right
# before a break tell which text goes on there (150 and 600 gain less on 35 generated sets).
GOING_ON_WINDOW_CHARS = 300
MIN_TEXT_LEFT_CHARS = 200  # a story's opening left behind, not a stray piece of another story


def _move_text_going_on(parts: list[_Part]) -> list[_Part]:
    """A story's text whose frame, after a finished sentence, is followed by one that opens no
    paragraph (its first line set to the full column, no lead) may go on from another story
    stopped mid-sentence at its column's full width on the page: an extractor's reading order
    (pdfminer's) put the rest of that story's column after this one's (…会见会谈。 / 和潮流，
    引导…). The frames from there on move to that story when it is the one _open_part_for
    names and its last words share more two-character pieces with their first words than the
    words before the break do; MIN_TEXT_LEFT_CHARS of text stay. article_f1 +0.082 summed over
    35 generated sets (17 up, 1 down), +0.027 over 26 unseen ones (7 up, 2 down)."""
    out = list(parts)
    for j, part in enumerate(out):
        breaks = [k for k in range(1, len(part.body)) if _goes_on_after_stop(part.body[k - 1], part.body[k])]
        if not breaks:
            continue  # (most stories: the open stories are looked for only past such a break)
        open_ = [i for i, p in enumerate(out) if i != j and _stopped_at_column_edge(p)]
        if not open_:
            continue
        texts = [block_text(b) if b.kind is BlockKind.BODY else "" for b in part.body]
        for k in breaks:
            if sum(map(len, texts[:k])) < MIN_TEXT_LEFT_CHARS:
                continue
            rest = _Part(body=part.body[k:])
            i = _open_part_for(out, open_, rest)
            if i is None:
                continue
            first_words = bigram_codes("".join(texts[k:])[:GOING_ON_WINDOW_CHARS])
            theirs = "".join(block_text(b) for b in out[i].body if b.kind is BlockKind.BODY)[-GOING_ON_WINDOW_CHARS:]
            mine = "".join(texts[:k])[-GOING_ON_WINDOW_CHARS:]
            if len(first_words & bigram_codes(theirs)) <= len(first_words & bigram_codes(mine)):
                continue
            out[i] = _Part(body=out[i].body + part.body[k:], before=out[i].before, after=out[i].after,
                           cut_tail=out[i].cut_tail)
            out[j] = _Part(body=part.body[:k], before=part.before, after=part.after, cut_tail=part.cut_tail)
            break
    return out


def _stopped_at_column_edge(part: _Part) -> bool:
    """Whether a story's text stops mid-sentence on this page (no （下转N版）) with its last
    line running the full column: its sentence goes on at the top of a column elsewhere."""
    if not _stops_mid_sentence(part):
        return False
    last = _last_text(part)
    return reaches_column(last[-1].text, column_width(last))


def _goes_on_after_stop(prev: Block, nxt: Block) -> bool:
    """Whether text frame ``nxt`` goes on from a line elsewhere though ``prev`` before it
    finished its sentence: its first line fills the column, set without an indent or a lead."""
    if prev.kind is not BlockKind.BODY or nxt.kind is not BlockKind.BODY or len(prev.lines) < 2 or len(nxt.lines) < 2:
        return False
    if stops_mid_sentence(prev.lines) or opens_with_lead(nxt.lines):
        return False
    # The column is read off both frames: a short frame shows none of its own (order.goes_on,
    # which reads the frame alone, loses article_f1 -0.023 here over 35 generated sets).
    return _opens_at_full_column(nxt.lines, column_width(prev.lines + nxt.lines))


def _join_orphan_continuations(parts: list[_Part]) -> list[_Part]:
    """Text alone that goes on from a line elsewhere joins the story on the page whose text
    stops mid-sentence without a （下转N版）, the only one or the one a word runs on from: an
    extractor's reading order (pdfminer's) put the rest of a column among other stories."""
    out = list(parts)
    j = 0
    while j < len(out):
        if _orphan_text(out[j]):
            open_ = [i for i, p in enumerate(out) if i != j and _stops_mid_sentence(p)]
            i = _open_part_for(out, open_, out[j])
            if i is not None:
                out[i] = _Part(body=out[i].body + out[j].body, before=out[i].before, after=out[i].after + out[j].after)
                del out[j]
                continue
        j += 1
    return out


# A box of news in brief under one label (新闻速递, 财经短波, 医学资讯): each item a heading, a
# dispatch that names no place or date (本报电 …) and its author in parentheses.
_BRIEF_LEAD_RE = re.compile(r"^\s*(?:本报|新华社)\s*电")
# A dated dispatch that names its reporter (本报北京10月7日电（记者…）) may be a box's item too,
# when short; it carries no closing note, its reporter named up front. With the last item's
# text going on before the label (_box_tail) and a label naming its topic (速览·秋日假期):
# article_f1 +0.019 summed over 35 generated sets (4 up, none down).
_DATED_DISPATCH_RE = re.compile(r"^(?:本报|新华社)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电[（(]记者")
MAX_DISPATCH_BRIEF_CHARS = 800


def _brief(part: _Part, last: bool = False) -> bool:
    """Whether a part reads as one item of a box of news in brief; the ``last`` item may stop
    mid-sentence without its note, its text going on on another page (article_f1 +0.014
    summed over 35 generated sets, 5 up, none down)."""
    body = [b for b in part.body if b.kind is BlockKind.BODY]
    if not body:
        return False
    if _DATED_DISPATCH_RE.match(remove_all_spaces("".join(l.text for l in body[0].lines[:2]))):
        return sum(len(block_text(b)) for b in body) <= MAX_DISPATCH_BRIEF_CHARS
    if not _BRIEF_LEAD_RE.match(body[0].lines[0].text):
        return False
    tail = "".join(l.text.strip() for l in body[-1].lines[-2:])
    return _CLOSING_NOTE_RE.search(tail) is not None or last and tail[-1:] not in TERMINAL_MARKS


def _is_box_label(b: Block) -> bool:
    """Whether a block is a title naming a box of news in brief (新闻速递, 财经短波)."""
    return b.kind is _TITLE and BRIEF_BOX_LABEL_RE.match(b.text) is not None


def _box_label(parts: list[_Part], i: int, j: int) -> tuple[list[Block], Block] | None:
    """The label of the box whose items are parts i..j: a title beside the run, on the side
    of a neighbour or of its first or last item."""
    sides = [parts[j].after, parts[i].before]
    if j + 1 < len(parts):
        sides.extend((parts[j + 1].before, parts[j + 1].after))
    if i > 0:
        sides.append(parts[i - 1].after)
    for side in sides:
        for b in side:
            if _is_box_label(b):
                return side, b
    # or drawn under the headline of the story before, and read as its last title:
    # article_f1 +0.009, title_acc +0.019 summed over 83 generated sets (6 up, none down)
    before = parts[i - 1].before if i > 0 else []
    if before and _is_box_label(before[-1]):
        return before, before[-1]
    # or set inside an item's text, the stream drawing it beside the item's middle and the
    # assembly reading it as a subheading there (…的盾构 / 资讯速递 / （110米）上跨…):
    # article_f1 +0.002, title_acc +0.005 summed over 83 generated sets (2 up, one read).
    for p in parts[i:j + 1]:
        for b in p.body:
            if b.kind is BlockKind.BODY and len(b.lines) == 1 and BRIEF_BOX_LABEL_RE.match(b.lines[0].text):
                return p.body, b
    # or anywhere on the page, the only label there, read as a kicker or as a title of its own
    # over another story (资讯速递 / “北煤南运”…（产经观察）, the items further on), every item
    # led by the paper's 本报电 (a dated dispatch by it may be a story of its own): article_f1
    # +0.012, title_acc +0.021 summed over 83 generated sets (9 up, none down).
    found = [(side, b) for p in parts for side in (p.before, p.after) for b in side if _is_box_label(b)]
    if len(found) != 1:
        return None
    undated = all(_BRIEF_LEAD_RE.match(next(b for b in p.body if b.kind is BlockKind.BODY).lines[0].text) for p in parts[i:j + 1])
    return found[0] if undated else None


def _box_tail(parts: list[_Part], j: int, side: list[Block]) -> bool:
    """Whether the part after a box's last item (j) is that item's text going on: the label
    came after it and was read as its title, it opens with no lead, holds no other title and
    is no photo's caption (…摄). Text after the label is another story's, or an advert's."""
    if j + 1 >= len(parts) or side is not parts[j + 1].after:
        return False
    tail = parts[j + 1]
    body = [b for b in tail.body if b.kind is BlockKind.BODY]
    return (bool(body) and not opens_with_lead(body[0].lines) and not ends_with_credit(body[-1].lines)
            and not any(b.kind is _TITLE or _photo_credit(b) for b in tail.before + tail.after)
            and sum(len(block_text(b)) for b in body) <= MAX_DISPATCH_BRIEF_CHARS)


def _label_over_title(side: list[Block]) -> bool:
    """Whether a side opens with a box's label over another title: the label closes the box
    before it (…（欧阳洁） / 财经短波 / 丝绸之路国际电影节闭幕), whose items it followed, as a label
    after an item's text does. One page up over 83 generated sets for each (both read), none
    down."""
    return len(side) > 1 and _is_box_label(side[0])


def _box_of_one(part: _Part) -> tuple[list[Block], Block] | None:
    """The label of a box holding one item of news in brief (``part``, which the caller found
    a brief), read as the first of the item's titles (财经短波 / 某平台发布 / 本报电 …（某某）):
    the box is the story, under its label, the item's heading a line of its text, as in a box
    of many. article_f1 +0.33, title_acc +1.35 summed over 129 generated sets (1 and 6 pages
    up, none down)."""
    titles = [b for b in part.before if b.kind is _TITLE]
    if _label_over_title(titles):
        return part.before, titles[0]
    return None


def _gather_brief_boxes(parts: list[_Part]) -> list[_Part]:
    """Two or more items of news in brief in a row, beside a box label, are one article under
    that label: a paper prints the box as one story, its items' headings lines of its text.
    So is one item under the label as its first title (_box_of_one)."""
    out: list[_Part] = []
    i = 0
    while i < len(parts):
        j = i
        brief = _brief(parts[i])
        if brief:
            while (j + 1 < len(parts) and _brief(parts[j + 1], last=True) and not _label_over_title(parts[j + 1].before)
                   and not any(map(_is_box_label, parts[j].after))):
                j += 1
                if not _brief(parts[j]):
                    break  # an item cut short ends the box
        found = _box_label(parts, i, j) if j > i else _box_of_one(parts[i]) if brief else None
        if found is None:
            out.append(parts[i])
            i += 1
            continue
        side, label = found
        side.remove(label)
        if label.kind is not _TITLE:  # a label read as a line of an item's text
            label = Block(_TITLE, label.lines, label.frame_index, text=clean_title(label.lines[0].text))
        if _box_tail(parts, j, side):
            j += 1  # the last item's words that went on past the label are the box's too
        body: list[Block] = []
        after: list[Block] = []
        for p in parts[i:j + 1]:
            heading = sorted((b for b in p.before + p.after if b.kind is _TITLE), key=lambda b: b.start)
            body.extend(Block(BlockKind.BODY, b.lines, b.frame_index) for b in heading)
            body.extend(p.body)
            after.extend(b for b in p.before + p.after if b.kind is not _TITLE)
        if j + 1 < len(parts):
            body.extend(_glued_heading(body, parts[j + 1]))
        out.append(_Part(body=body, before=[label], after=sorted(after, key=lambda b: b.start)))
        i = j + 1
    return out


def _glued_heading(body: list[Block], nxt: _Part) -> list[Block]:
    """The title lines opening the next part's titles that the extractor glued into the frame
    of the box's last line (…（某某） / 下一条简讯的 / 标题), taken from that part as lines of
    the box's text: an item's heading, its text cut off, not the next story's title, which
    keeps the titles after it. article_f1 +0.90, title_acc +1.25 summed over 129 generated sets
    (5 and 7 pages up, none down)."""
    last = next((b for b in reversed(body) if b.kind is BlockKind.BODY), None)
    if last is None:
        return []
    k = 0
    while k < len(nxt.before) and nxt.before[k].kind is _TITLE and nxt.before[k].frame_index == last.frame_index:
        k += 1
    if not k or not any(b.kind is _TITLE for b in nxt.before[k:] + nxt.after):
        return []
    moved = nxt.before[:k]
    del nxt.before[:k]
    return [Block(BlockKind.BODY, b.lines, b.frame_index) for b in moved]


# Fewer characters than this say too little to tell a listing's entry from a caption's words.
MIN_LISTING_CHARS = 15
# An ellipsis breaks off a line an entry quotes (a song's words, …醉了百花红……): no sentence ends there.
_LISTING_STOPS = _SENTENCE_STOPS.replace("…", "")


def _listing_entry(part: _Part) -> bool:
    """Whether a story's text finishes no sentence at all: a listing's entries (a programme's
    dates and venues under each show's name), which no story in running text reads like."""
    text = "".join(block_text(b) for b in part.body if b.kind is BlockKind.BODY)
    return (len(text) >= MIN_LISTING_CHARS and not any(m in text for m in _LISTING_STOPS)
            and not any(b.kind is _CONTINUATION or _photo_credit(b) for b in part.before + part.body + part.after))


def _join_listings(parts: list[_Part]) -> list[_Part]:
    """Stories in a row that finish no sentence are one listing (a festival's programme): the
    names it lists read as headlines over the dates and places after them. The first story's
    titles head it; the names inside become lines of its text."""
    out: list[_Part] = []
    for p in parts:
        if out and _listing_entry(out[-1]) and _listing_entry(p):
            head = out[-1]
            names = sorted((b for b in head.after + p.before if b.kind is _TITLE), key=lambda b: b.start)
            others = [b for b in head.after + p.before if b.kind is not _TITLE]
            out[-1] = _Part(body=head.body + [Block(BlockKind.BODY, b.lines, b.frame_index) for b in names] + p.body,
                            before=head.before, after=others + p.after)
            continue
        out.append(p)
    return out


def _make_article(index: int, part: _Part, removed: list[Leftover]) -> Article:
    inner = [b for b in part.body if b.kind is not BlockKind.BODY]
    items = part.before + inner + part.after
    titles = _titles_of(items)
    body_frames = {b.frame_index for b in part.body if b.kind is BlockKind.BODY}
    # A photo credit set in the text's own frame or printed right after it, when its print
    # says more than role and name (新华社记者 程敏摄), is read as a byline and also stays in
    # the text, as an inline byline does: the words around the names belong to the caption.
    # A bare ■摄影 王 强 says nothing its byline does not.
    sequence = part.before + part.body + part.after
    right_after_text = {id(b) for a, b in zip(sequence, sequence[1:]) if a.kind is BlockKind.BODY}
    in_text = {id(b) for b in items if _photo_credit(b)
               and (b.frame_index in body_frames or id(b) in right_after_text) and byline_residue(b.text, b.bylines)}
    lines = [line for b in part.before + part.body + part.after
             if b.kind is BlockKind.BODY or id(b) in in_text for line in b.lines]
    paragraphs = build_paragraphs(lines)
    # A spread's list of numbered captions keeps its credits as lines of its text: the
    # photographers sign the captions, not the story (byline_acc +0.037 summed over 35 sets).
    caption_list = sum(1 for line in lines if _NUMBERED_CAPTION_RE.match(line.text)) >= 2
    # A credit in a frame of its own under wrapped text closes a picture story set in columns,
    # which the paper's archive keeps as an article, the credit a paragraph of its text and no
    # byline; a caption set across its photo (a line a frame) ends in its credit, which signs
    # the photo, and so does a caption with the photo's title printed under the credit. Of the
    # gold readings of 35 generated sets, 771 photos end in their credit, 618 articles so.
    credit_paragraph = len(paragraphs) > 1 and any(
        id(b) in in_text and b.frame_index not in body_frames
        and remove_all_spaces(b.text) == remove_all_spaces(paragraphs[-1]) for b in items) and any(
        b.kind is BlockKind.BODY and len(b.lines) > 1 for b in part.body) and not any(
        b.kind is BlockKind.TITLE for b in part.after)
    bylines: list[Byline] = [bl for b in items if b.kind is BlockKind.BYLINE
                             and not ((caption_list or credit_paragraph) and id(b) in in_text)
                             for bl in b.bylines]
    for b in items:
        if b.kind is BlockKind.BYLINE and id(b) not in in_text:
            _record_byline_residue(b, removed)
        elif b.kind is BlockKind.DUPLICATE:
            removed.append(Leftover(text=b.text, reason="duplicate", start=b.start, end=b.end))
    dateline = extract_dateline(paragraphs[0]) if paragraphs else None
    if paragraphs:
        for bl in inline_bylines(paragraphs[0]):
            if bl not in bylines:
                bylines.append(bl)
    cont_to = cont_from = None
    for b in items:
        if b.kind is BlockKind.CONTINUATION and b.continuation:
            if b.continuation.direction == "to":
                cont_to = b.continuation.page
            else:
                cont_from = b.continuation.page
    spans = tuple((b.start, b.end) for b in part.before + part.body + part.after)
    return Article(
        id=f"a{index}",
        kind=_kind_of(tuple(bylines), paragraphs),
        titles=titles,
        bylines=tuple(bylines),
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        continued_to=cont_to,
        continued_from=cont_from,
        spans=tuple(sorted(spans)),
    )


def byline_residue(text: str, bylines: tuple[Byline, ...]) -> bool:
    """Whether a printed byline holds words beyond its roles and names (本报记者 张三摄,
    董亚涛摄（影像中国）): then its print must be kept somewhere, or characters are lost."""
    pool = list("".join(b.role + b.name for b in bylines))
    for ch in re.findall(r"[\u3400-\u9fff0-9A-Za-z]", text):
        if ch in pool:
            pool.remove(ch)
        else:
            return True
    return False


def _record_byline_residue(block: Block, removed: list[Leftover]) -> None:
    """A byline printed with words beyond role and name keeps its print in ``removed``."""
    if byline_residue(block.text, block.bylines):
        removed.append(Leftover(text=block.text, reason="byline as printed", start=block.start, end=block.end))


# The longest title of a photo drawn inside a story's text: a short phrase (金色田野).
INSET_PHOTO_TITLE_MAX_CHARS = 12


def _caption_frames_start(content: list[Block], c: int) -> int | None:
    """Where a caption set to the text's own column starts, its frames ending at content[c]
    with its credit: the text frames back to a title line, CAPTION_MAX_CHARS at most (a
    caption without a title to bound it cannot be told from the text around it)."""
    i, chars = c + 1, 0
    while i > 1 and content[i - 1].kind is BlockKind.BODY:
        chars += sum(len(l.text) for l in content[i - 1].lines)
        if chars > CAPTION_MAX_CHARS:
            return None
        i -= 1
    return i if i <= c and content[i - 1].kind is _TITLE else None


def _inset_photo_at(content: list[Block], k: int) -> tuple[int, int] | None:
    """The span [i, k] of a photo drawn inside a story's text, when content[k] closes one: its
    title line, a caption set wider than the text's column and its credit (■摄影 X, or
    本报记者 X摄 ending the caption), the text on both sides one sentence that it broke: the
    text before stops on a comma or inside a word the text after finishes (…县里出台了一系 /
    金色田野 / caption / ■摄影 X / 列举措，…). pdfminer draws a photo where it stands.
    article_f1 +0.006, title_acc +0.009 summed over 87 generated sets (4 up, none down); the
    photo title made optional, or any unfinished sentence, lost pages where the "caption" was
    a line of another story's text. A caption set to the text's own column, in frames of
    that width back to its title (_caption_frames_start), is one too: article_f1 +0.014
    summed over 64 generated sets (4 up, none down)."""
    end = content[k]
    if end.kind is _BYLINE and is_photo_credit(end.bylines):
        c = k - 1
    elif end.kind is BlockKind.BODY and ends_with_credit(end.lines):
        c = k
    else:
        return None
    if k + 1 >= len(content) or c < 1:
        return None
    after = content[k + 1]
    if (after.kind is not BlockKind.BODY or len(after.lines) < 2 or opens_with_lead(after.lines)
            or OPENING_BOX_RE.match(after.lines[0].text)):
        return None
    w = column_width(after.lines)
    i = c + 1
    while i > 1 and i > c - 1 and content[i - 1].kind is BlockKind.BODY and _wider_than(content[i - 1], w):
        i -= 1
    if i == c + 1:
        # a caption set to the text's own column: the frames back to its title, counted there
        start = _caption_frames_start(content, c)
        if start is None:
            return None
        i = start
    elif sum(len(l.text) for b in content[i:c + 1] for l in b.lines) > CAPTION_MAX_CHARS:
        return None
    title = content[i - 1]
    if not (len(title.lines) == 1 and title.kind in (_TITLE, BlockKind.BODY)
            and len(title.lines[0].text.strip()) <= INSET_PHOTO_TITLE_MAX_CHARS
            and not has_clause_mark(title.lines[0].text) and title.lines[0].text.rstrip()[-1:] not in TERMINAL_MARKS):
        return None
    i -= 1
    before = content[i - 1] if i > 0 else None
    if before is None or before.kind is not BlockKind.BODY or len(before.lines) < 2 or _wider_than(before, w):
        return None
    last, first = before.lines[-1].text.rstrip(), after.lines[0].text
    if not (last[-1:] in "，、" or junction_gain(last, first) >= WORD_OVER_BREAK):
        return None
    return i, k


def _wider_than(block: Block, width: float) -> bool:
    """Whether a frame holds a line wider than a text column ``width``: set across columns."""
    return max(map(display_width, map(LINE_TEXT, block.lines))) > width + WIDTH_CHANGE_EM


def _lift_inset_photos(content: list[Block]) -> list[Block]:
    """Photos drawn inside a story's text (see _inset_photo_at) go to the page's end, as
    stories of their own: their text reads on, unbroken, and each still finds its caption."""
    out = list(content)
    lifted: list[Block] = []
    k = 0
    while k < len(out):
        span = _inset_photo_at(out, k)
        if span is None:
            k += 1
            continue
        i, k = span
        photo = out[i:k + 1]
        if photo[0].kind is BlockKind.BODY:  # its title, read as a line of the text around it
            photo[0] = Block(_TITLE, photo[0].lines, photo[0].frame_index, text=clean_title(photo[0].lines[0].text))
        lifted.extend(photo)
        del out[i:k + 1]
        k = i
    return out + lifted if lifted else content


def assemble_articles(blocks: list[Block], frames_drawn: bool = True) -> tuple[list[Article], list[Leftover], list[Leftover]]:
    """Blocks -> (articles, unassigned, removed). ``frames_drawn``: whether the page's blank
    lines mark its extractor's text frames; where they do not, a text without a title is as
    likely a story whose title went unseen as a piece of another."""
    removed: list[Leftover] = []
    unassigned: list[Leftover] = []
    content = []
    for b in blocks:
        if b.kind is BlockKind.FURNITURE:
            removed.append(Leftover(text=b.text, reason="page furniture", start=b.start, end=b.end))
        else:
            content.append(b)
    content = _lift_inset_photos(content)
    bodies, gaps = _body_runs(content)
    _open_compilations(gaps, bodies)
    _take_trailing_headings(gaps, bodies)
    _join_broken_headings(gaps, bodies)
    if not bodies:
        for b in content:
            unassigned.append(Leftover(text="\n".join(l.text for l in b.lines), reason="no article body found",
                                       start=b.start, end=b.end))
        return [], unassigned, removed
    plan = _assign_gaps(gaps, bodies)
    parts: list[_Part] = []
    moved: set[int] = set()  # ids of trailing subheadings taken into the text before them
    for first, last, k_before, k_after, cut in plan:
        before, after = gaps[first][k_before:], gaps[last + 1][:k_after]
        before = [b for b in before if id(b) not in moved]
        runs = [list(b) for b in bodies[first:last + 1]]
        cut_run, c = cut if cut is not None else (None, 0)
        if cut_run == first:  # the first run's head is an article of its own
            parts.append(_Part(body=runs[0][:c], before=before, after=[]))
            runs[0], before = runs[0][c:], []
        tail: list[Block] = []
        if cut_run == last and last != first:  # the last run's tail is an article of its own
            runs[-1], tail = runs[-1][:c], runs[-1][c:]
        body = runs[0]
        for j in range(first + 1, last + 1):  # subheadings read as lines of the text
            if all(b.kind is _BYLINE for b in gaps[j]):
                body.extend(gaps[j])  # a byline set inside the text (_byline_inside) signs it
            else:
                body.extend(Block(BlockKind.BODY, b.lines, b.frame_index) for b in gaps[j])
            body.extend(runs[j - first])
        trailing = _trailing_subheading(gaps[first:last + 2], body, before, after) if not tail else []
        if trailing:
            moved.update(map(id, trailing))
            body = body + [Block(BlockKind.BODY, b.lines, b.frame_index) for b in trailing]
            after = [b for b in after if id(b) not in moved]
        if tail:
            parts.append(_Part(body=body, before=before, after=[]))
            parts.append(_Part(body=tail, before=[], after=after, cut_tail=True))
        else:
            parts.append(_Part(body=body, before=before, after=after, cut_tail=cut_run == first))
    _move_stray_titles(parts)
    _share_headlines(parts)
    parts = _rejoin_untitled_cuts(parts)
    parts = _split_stacked_headlines(parts)
    parts = _split_notice_labels(parts)
    parts = _move_text_going_on(parts)
    parts = _join_orphan_continuations(parts)
    parts = _gather_brief_boxes(parts)
    # a tail cut off for a title that was a box's label, which the box has now taken (…（田间谈）
    # text / 农业资讯 / items), rejoins its head: article_f1 +0.012 summed over 87 generated
    # sets (3 up, none down)
    parts = _rejoin_untitled_cuts(parts)
    parts = _join_listings(parts)
    if frames_drawn:  # (article_f1 -0.008 over 5 sets without blank lines when it ran there too)
        parts = _join_untitled_pieces(parts)
        parts = _join_untitled_leads(parts)
    parts = _join_dispatches(parts)
    articles = [_make_article(i + 1, p, removed) for i, p in enumerate(parts)]
    return articles, unassigned, removed
