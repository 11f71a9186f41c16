"""One frame's lines -> blocks: each line read as a byline, a continuation marker, page
furniture or text, and runs of text lines split into title and body blocks."""
from __future__ import annotations

import re
from dataclasses import replace

from banmian.lines import (
    INDENT_EM,
    LINE_TEXT,
    MIN_LINES_FOR_COLUMN,
    TERMINAL_MARKS,
    bracket_balance,
    clean_title,
    column_width,
    dedupe_overprint,
    display_width,
    is_letter_spaced,
    latin_wrap,
    remove_all_spaces,
    unspaced,
)
from banmian.model import Block, BlockKind, Byline, Frame, Line
from banmian.blocks.bylines import BYLINE_MARK_RE, PHOTO_ROLE, is_photo_credit, parse_byline
from banmian.blocks.furniture import (
    LEADING_CONTINUATION_RE,
    LINE_CONTINUATION_RE,
    TRAILING_CONTINUATION_RE,
    is_furniture,
    parse_continuation,
)


# A headline often ends in its column's name in parentheses: …在哪儿（新视点）, …（人民观点）,
# …（身边看“六稳”②）, …怎么看？（经济数据辩证看①）. A closing note (（齐志明）, （节选）) follows
# a full stop or an exclamation instead; a headline may ask a question. Names joined with a
# middle dot run to twenty characters and more (…·…·…); 24 holds nineteen in twenty of them,
# and a campaign's name before a series' (守初心 担使命…·深入开展…主题教育) runs to forty-odd: a
# name with a middle dot may be that long. A series' part may close the name in brackets of
# its own (…·安徽篇（上））.
_TAG_NAME = r"(?:[^（）()]{2,24}|[^（）()·]{1,24}·[^（）()]{1,30})"
COLUMN_TAG_RE = re.compile(rf"[^。！!…\s（(]（{_TAG_NAME}(?:（[上中下一二三四五六七八九十\d]{{1,3}}）)?）\s*$")
# The same name in ASCII parentheses (…交流筑和平(军运大视野)), as some papers' text prints
# it; the assembly reads it so (a headline's, no subheading's), and so does the frame finder
# of text without blank lines (a title line). The page passes read it only on lines already
# read as titles: running text may end a line so (…基金组织(IMF)).
ASCII_COLUMN_TAG_RE = re.compile(rf"[^。！!…\s（(]\({_TAG_NAME}\)\s*$")
# A column's name on a line of its own, closing the headline before it.
COLUMN_NAME_RE = re.compile(rf"^\s*[（(]{_TAG_NAME}(?:（[上中下一二三四五六七八九十\d]{{1,3}}）)?[）)]\s*$")

# A headline's words before its column's name: fewer than this on a title line under another
# are that headline's last words, wrapped in its frame (…风雨无阻中守护 / 一路平安（平安建设）).
MIN_TAGGED_HEADLINE_CHARS = 5


def tag_after_few_words(text: str) -> bool:
    """Whether a title line is its column's name after only a few words (一路平安（平安建设）)."""
    m = COLUMN_TAG_RE.search(text)
    return m is not None and len(remove_all_spaces(text[:m.start() + 1])) < MIN_TAGGED_HEADLINE_CHARS


def _headline_with_tag(text: str) -> bool:
    """Whether title lines run together end in a column's name after a headline's words, not
    after a name (张三（某剧编剧）, a speaker's signature)."""
    return COLUMN_TAG_RE.search(text) is not None and not tag_after_few_words(text)


# A kicker leads on to its headline: with the verb that brings in the words its headline
# quotes (…在会上强调), or with a dash or a colon.
SPEAKS_RE = re.compile(r"(?:强调|指出|表示|要求)\s*$")
LEADS_ON_RE = re.compile(r"(?:强调|指出|表示|要求|[—－\-：:])\s*$")

# Openings of a news article's first paragraph: 本报讯, 本报北京5月3日电, 新华社北京9月30日电.
# A day or month number, possibly letter-spaced by the layout (1 0 月1 1 日).
_DD = r"\d\s?\d?"
# Some papers date their 讯 (本报平湖1月12日讯, 本报12日讯): the day is needed there, since
# 本报通讯员 opens with 本报…讯 too.
BODY_LEAD_RE = re.compile(
    rf"^\s*据?\s*(本报讯|本报[\u4e00-\u9fff]{{0,8}}?\s*({_DD}\s*月\s*{_DD}\s*日)?\s*电|"
    rf"本报[\u4e00-\u9fff]{{0,8}}?\s*(?:{_DD}\s*月\s*)?{_DD}\s*日\s*讯|"
    rf"新华社[\u4e00-\u9fff]{{0,10}}?\s*({_DD}\s*月\s*{_DD}\s*日)?\s*电|[\u4e00-\u9fff]{{2,6}}(日报|晚报)讯)"
)
# Words that carry a paragraph on from the text before it (此外，, 与此同时，, 据了解，): no
# headline opens with one (none of 25,000 titles over 35 generated sets' gold readings).
CONNECTIVE_RE = re.compile(
    r"^\s*(?:首先|其次|再次|此外|另外|同时|与此同时|但是|然而|因此|所以|而且|不过|当然|最后|总之|"
    r"第二|第三|另一方面|更重要的是|为此|对此|由此可见|据介绍|据了解|据悉|其中|如今|其实|事实上|可见)\s*[，,]")
# A box of key points or an editor's note opens an article's text: 核心阅读, 编者按, 内容提要.
OPENING_BOX_RE = re.compile(r"^\s*[【\[]?(核心阅读|编者按|内容提要|导读)[】\]]?\s*[：:]?\s*")
# An editor's note opening a story (编者的话, 开栏的话), and the label of a box of brief news
# (新闻速递, 财经短波) on a line of its own.
EDITORS_NOTE_RE = re.compile(r"^\s*[【\[]?(编者的话|编者按|开栏的话)")
# The label of a box set inside a story, near its end (■链接, 知识链接, 参观贴士, 历史背景,
# ■记者手记, 编后), on a line of its own: the box is the story's, whatever its own heading.
SIDEBAR_LABEL_RE = re.compile(
    r"^\s*■?\s*(?:[\u4e00-\u9fff]{0,2}链接|[\u4e00-\u9fff]{0,2}贴士|[\u4e00-\u9fff]{2}背景|背景资料|记者手记|编后(?:语|记)?"
    r"|延伸阅读|相关阅读)\s*$")
# The label may name the box's topic after a middle dot (速览·秋日假期).
BRIEF_BOX_LABEL_RE = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}(?:速递|短波|快讯|简讯|短讯|资讯|速览)(?:·[\u4e00-\u9fff]{2,10})?\s*$")


def opens_with_lead(lines: "list[Line] | tuple[Line, ...]", i: int = 0) -> bool:
    """Whether line ``i`` opens an article's text (本报讯, 本报北京5月3日电), the lead possibly
    broken over two lines (本报北京 9月 30日 / 电 （记者王远）)."""
    first = lines[i].text
    head = first.lstrip()[:1]
    if head not in LEAD_FIRST_CHARS and "讯" not in first[:12]:
        return False  # every lead opens with one of these or names its paper's 讯 early
    if _lead_match(BODY_LEAD_RE, first):
        return True
    return (i + 1 < len(lines) and first.lstrip().startswith(_LEAD_OPENINGS)
            and BODY_LEAD_RE.match(first.strip() + lines[i + 1].text.strip()) is not None)


def _lead_match(pattern: "re.Pattern[str]", text: str) -> bool:
    """``pattern`` matches ``text`` as it stands or without its layout spaces: a lead set in a
    frame of its own is spread to its width (本 报 加 德 满 都 1 0 月 1 3 日 电, 本报北 京 1 0月1 0 日 电)."""
    return pattern.match(text) is not None or (" " in text and pattern.match(remove_all_spaces(text)) is not None)


_LEAD_OPENINGS = ("本报", "新华社", "据新华社", "中新社")
LEAD_FIRST_CHARS = {"本", "新", "据", "中"}  # what a lead opens with: a cheap test before the patterns


# Marks that only running text carries: titles never hold a full stop or a semicolon, and a
# comma or enumeration comma inside a short line is a strong sign of body text.
def has_clause_mark(t: str) -> bool:
    return "，" in t or "、" in t or "：" in t or ":" in t or "," in t  # twice as fast as a regex search


# A title never ends on a clause mark; a run that does is text cut at a column end.
CLAUSE_END = set("，、：:,")
_COLONS = ("：", ":")
MAX_KICKER_CHARS = 8
# A title group is short; a frame of more lines is running text.
MAX_TITLE_LINES = 4
MAX_TITLE_LINE_CHARS = 48


# Every byline, marker and furniture line holds one of these; most body lines hold none, so
# one search spares them the three full checks. Every branch of the search opens with a plain
# character, so the regex engine skips to those characters; the anchored ones go in a match.
_SPECIAL_HINT_RE = re.compile(
    r"（\s*(?:下转|上接|转|接)|\(\s*(?:下转|上接|转|接)|记\s*者|通\s*讯\s*员|实\s*习\s*生|摄|撰\s*稿|文/图|图/文|"
    r"编|校对|版|制图|审读|监制|出版物号|代号|CN|期|报$|报\s+[A-Z]|星期|热线|邮箱"
)
_SPECIAL_HINT_START_RE = re.compile(r"\s*\d{4}\s*年|\s*[A-Z]?\d{1,2}\s*\S{2,4}\s*$")


def _kind_of_line(text: str) -> BlockKind | None:
    """The kinds a line shows by itself; None for text (title or body, decided per run)."""
    if not _SPECIAL_HINT_RE.search(text):
        # The start pattern needs a digit or capital after any spaces (str's whitespace and
        # decimals are the regex's \s and \d); most lines open with neither: no match call.
        head = text.lstrip()[:1]
        if not (head.isdecimal() or "A" <= head <= "Z") or not _SPECIAL_HINT_START_RE.match(text):
            return None
    if LINE_CONTINUATION_RE.match(text):
        return BlockKind.CONTINUATION
    if parse_byline(text) is not None:
        return BlockKind.BYLINE
    if is_furniture(text):
        return BlockKind.FURNITURE
    return None


def _split_trailing_marker(line: Line) -> list[Line]:
    """A marker set at the end of the last body line (…有成效、（下转2版）) becomes its own line."""
    if "版" not in line.text:
        return [line]
    m = TRAILING_CONTINUATION_RE.search(line.text)
    if not m or m.start() == 0 or not line.text[: m.start()].strip():
        m = LEADING_CONTINUATION_RE.search(line.text)
        if not m or not line.text[m.end():].strip():
            return [line]
        cut = m.end()
    else:
        cut = m.start()
    return list(cut_line(line, cut))


def cut_line(line: Line, cut: int) -> tuple[Line, Line]:
    """One printed line as two, at character ``cut`` (text, and the marker or credit after it)."""
    return (Line(text=line.text[:cut], start=line.start, end=line.start + cut, line_no=line.line_no,
                 bbox=line.bbox, size=line.size, bold=line.bold),
            Line(text=line.text[cut:], start=line.start + cut, end=line.end, line_no=line.line_no,
                 bbox=line.bbox, size=line.size, bold=line.bold))


# A phrase gap inside a title (同台较量赛创新 比学赶超添活力); running text never has one.
_CJK_GAP_RE = re.compile(r"[\u3400-\u9fff”“》《]\s+[\u3400-\u9fff“”《》]")


def phrase_gap(text: str) -> bool:
    """Whether a line holds a gap between two phrases; gaps between every character (a line
    letter-spaced to fill its column, “ 夜 经 济 ”拓展 消 费) say nothing of a title."""
    return _CJK_GAP_RE.search(text) is not None and not is_letter_spaced(text)


# A series' name closing a headline may be long (稳就业 保民生 促发展 强服务·深入推进“为民办实事、
# 惠民生暖民心”专项行动·记者调查); the headline before it is of a headline's length.
MAX_SERIES_TAG_CHARS = 48


def _long_series_tag(t: str) -> bool:
    """Whether a line longer than any title line is a headline of a title's length closed by a
    long bracketed series name (…揪心事（守初心 担使命…·记者观察）)."""
    if t.endswith("）"):
        k, close = t.rfind("（"), "）"  # the last opening bracket, closed only at the line's end
    elif t.endswith(")"):
        k, close = t.rfind("("), ")"  # the same in ASCII brackets, as some extractors print them
    else:
        return False
    return 0 < k <= MAX_TITLE_LINE_CHARS and len(t) - k <= MAX_SERIES_TAG_CHARS + 2 and close not in t[k + 1:-1]


def line_shape(text: str) -> str:
    """'body', 'title' or 'maybe' for one text line, by its marks alone."""
    t = text.strip()
    # Plain substring tests: this runs on every line of every page.
    if len(t) > MAX_TITLE_LINE_CHARS and not _long_series_tag(t) or "。" in t or "；" in t or ";" in t or "@" in t:
        return "body"  # (an address, yxxz8494@163.com, is a note's text: no title holds one)
    if t[-1:] in CLAUSE_END:
        # A short name and a colon (泰兴：, 北京科大：) is a kicker or a salutation; a longer
        # line broken after a clause is running text.
        # A headline may break between the items of a list (…保加利亚、罗马尼亚、捷克、 / 斯洛伐克…);
        # a line that holds a comma too is a sentence's.
        return "maybe" if (t[-1] in _COLONS and len(t) <= MAX_KICKER_CHARS
                           or t[-1] == "、" and "，" not in t and "," not in t) else "body"
    if (t[:1] in LEAD_FIRST_CHARS and (_lead_match(BODY_LEAD_RE, t) or _lead_match(_LEAD_START_RE, t))
            or "讯" in t[:12] and BODY_LEAD_RE.match(t)):
        return "body"
    if "摄" in t and bare_credit(t):
        return "body"  # a bare photo credit is the last words of its caption
    if ("版" in t[:2] or t.startswith("制图")) and PAGE_CREDIT_RE.match(t):
        return "body"  # a page's credit (本版制图：郭祥) closes the text it is printed after
    if t[:1] == "【" and _SECTION_LABEL_RE.match(t):
        return "body"  # a labelled section of a story (【人物】…, 【点评】…) opens a paragraph
    if t[-1:] == "文" and DRAWN_CREDIT_RE.match(t):
        return "body"  # so does a cartoon's credit, its artist's and its writer's (曹 一图 于 石文)
    if "    " in t and _TABLE_GAP_RE.search(t) and not is_letter_spaced(t):
        return "body"  # a table's row, its cells set apart (总工程师      1, 时间        议程)
    return "maybe" if has_clause_mark(t) else "title"


# Four spaces or more between two cells: no headline's phrase gap is so wide, and none of the
# generated sets' titles holds one (431 such lines). article_f1 +0.026, title_acc +0.023
# summed over 35 generated sets (8 up, none down: a job advertisement's and an agenda's tables).
_TABLE_GAP_RE = re.compile(r"\S {4,}\S")


# A page's credits: who drew, photographed or laid out what the page prints.
PAGE_CREDIT_RE = re.compile(r"^(?:本版(?:制图|摄影|照片|图片|供图|撰文|插图|设计|统筹|策划|编辑|责编)|(?:版式设计|版式|制图)\s*[：:])")
# The label a paragraph of a story set out in parts opens with: 【人物】, 【故事】, 【点评】.
_SECTION_LABEL_RE = re.compile(r"^【[\u4e00-\u9fff]{2,6}】")
# A cartoon's credit: who drew it (图) and who wrote its words (文), names letter-spaced or not.
DRAWN_CREDIT_RE = re.compile(r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}\s*图\s+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}\s*文$")
_BARE_CREDIT_RE = re.compile(r"^[\u4e00-\u9fff·、\s]{2,24}摄(?:影报道)?\s*([（(][^（）()]{1,12}[）)])?$")


def bare_credit(text: str) -> bool:
    """Whether a line is a photo credit without a role (董亚涛摄（影像中国）, 袁 琛摄影报道)."""
    return _BARE_CREDIT_RE.match(text.strip()) is not None


def ends_with_credit(lines: "tuple[Line, ...]") -> bool:
    """Whether text ends with a bare credit, maybe broken over its last two lines (本报记者
    戴林峰 王 丹摄 / 影报道), or a page's credit (版式设计：X): it finishes its text as a full
    stop does."""
    return (ends_with_photo_credit(lines)
            or PAGE_CREDIT_RE.match(lines[-1].text.lstrip()) is not None
            or DRAWN_CREDIT_RE.match(lines[-1].text.strip()) is not None)


def ends_with_photo_credit(lines: "tuple[Line, ...]") -> bool:
    """Whether text ends with a photo's bare credit, maybe broken over its last two lines."""
    tail = "".join(l.text.strip() for l in lines[-2:])
    return "摄" in tail and (bare_credit(lines[-1].text) or bare_credit(tail))


def block_text(block: Block) -> str:
    """A frame's lines run together, as cohesion, relevance and the reading order's word counts
    read them."""
    return "".join(map(LINE_TEXT, block.lines))  # map with attrgetter runs in C


# A note naming the sources of the text, its figures or its pictures (数据来源：县统计局,
# 图片来源：…; the pictures' added para_f1 +0.001 over 91 generated sets, nothing down).
# Letter-spaced or not (数 据来源：): extractors space out the characters of short lines.
SOURCE_NOTE_RE = re.compile(r"^\s*(?:数\s*据|资\s*料|信\s*息|图\s*表|图\s*片)?\s*来\s*源\s*[：:]")

# A reader's letter signs off with the writer's county or city and name (江西南昌县  胡亮梅):
# a name of at most three characters after a place, which no headline ends with.
PLACE_SIGNER_RE = re.compile(r"^\s*[\u4e00-\u9fff]{2,10}[省市县区州旗盟]\s+[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,2}\s*$")


def stops_mid_sentence(lines: "tuple[Line, ...]") -> bool:
    """Whether text's last line stops inside a sentence: no full stop ends it, nor a credit,
    a note of its sources (数据来源：…执委会) or a letter's signature (江西南昌县  胡亮梅), which
    finish a text without one. The reading order, the blocks and the assembly ask this one
    test; asked alike everywhere (the notes and signatures had been the blocks' alone):
    article_f1 +0.0026 summed over 35 generated sets (2 up, 1 down) and +0.014 over 24
    unseen sets (5 up, none down). A notice's or a letter's date alone on its last line
    (…特此公告。 / 某某委员会 / 2019年3月8日) finishes it too: a kicker after it is no words
    its sentence lacks. article_f1 +0.005 summed over 72 generated sets (3 up, none down)."""
    return (lines[-1].text.rstrip()[-1:] not in TERMINAL_MARKS and not ends_with_credit(lines)
            and not any(SOURCE_NOTE_RE.match(l.text) or PAGE_CREDIT_RE.match(l.text.lstrip()) for l in lines[-3:])
            and not PLACE_SIGNER_RE.match(lines[-1].text) and not SIGN_OFF_DATE_RE.match(lines[-1].text))


def credit_closes(lines: "tuple[Line, ...]", after: Block | None) -> bool:
    """Whether a photo's credit closes text, as it closes a caption: on its last line (…前进
    步伐。 本报记者 X摄) or as the photo byline right after it (■摄影 X)."""
    return ends_with_credit(lines) or (
        after is not None and after.kind is BlockKind.BYLINE and is_photo_credit(after.bylines))


# The opening of a lead cut off before its 电 (本报北京9月30日 / 电 （记者…）).
_LEAD_START_RE = re.compile(rf"^\s*(本报|新华社|据新华社)[\u4e00-\u9fff]{{0,8}}\s*{_DD}\s*月\s*{_DD}\s*日\s*$")
# How close to a column width a line must be to count as a full line of that column.
FULL_WIDTH_TOLERANCE_EM = 0.6


def fits_column(text: str, widths: tuple[float, ...]) -> bool:
    """Whether a line is set to a column width, or to it less a first-line indent."""
    w = display_width(text)
    for c in widths:  # a plain loop: this runs on most lines, and any() over a generator costs more
        if abs(w - c) <= FULL_WIDTH_TOLERANCE_EM or abs(w + INDENT_EM - c) <= FULL_WIDTH_TOLERANCE_EM:
            return True
    return False


def _narrowest_width(text: str) -> float:
    """A line's width in ems at its narrowest: spaces out, and its marks set at half an em, as
    a compositor may set them to fit a line to its column (“团结”“奋进”“2024”等…)."""
    t = remove_all_spaces(text)
    return display_width(t) - 0.5 * sum(t.count(m) for m in _HALF_SET_MARKS)


_HALF_SET_MARKS = "，。、；：？！“”‘’（）《》·—"


def _wraps_in_a_column(run: list[Line], widths: tuple[float, ...]) -> bool:
    """Whether a run's first line is set to some column width (or to it less an indent) that no
    line after it is wider than, measured at its narrowest: text wraps at one width, so a short
    line over longer ones (市长在…会议上强调 / 坚决守住…群众 / 生命…侵袭) was not wrapped at a
    column, nor a run with a line inside it far short of the column and its sentence open
    (…一万余人 / 企业用工需求回升， / 就业…稳定). article_f1 +0.003 summed over 35 generated
    sets, +0.007 over 32 unseen sets (2 pages up each, none down; those unseen in the session's
    start pair)."""
    rest = max(_narrowest_width(l.text) for l in run[1:])
    # (a line inside the run that ends no paragraph is full, but for an em a wide character
    # after a digit may push over)
    middle = [display_width(l.text) for l in run[1:-1] if l.text.rstrip()[-1:] not in TERMINAL_MARKS]
    return any(fits_column(run[0].text, (c,)) and rest <= c + FULL_WIDTH_TOLERANCE_EM
               and all(m >= c - FULL_WIDTH_TOLERANCE_EM - 1 for m in middle) for c in widths)


# A title line this much wider than the column of the text beside it spans several columns:
# a headline, never a line of that text.
WIDER_THAN_COLUMN_EM = 1.5


# A short text's author in brackets on a line of their own, closing it: （新 彦）, （钟艳宇）.
_AUTHOR_NOTE_LINE_RE = re.compile(r"[（(][\u4e00-\u9fff ·]{2,8}[）)]")
# A lead's reporters in brackets under it (本报某地10月10日电 / （记者某某、某某）): no column's name.
_REPORTERS_RE = re.compile(r"记者|通讯员|特约|实习生")


def _paragraph_opening(text: str, width: float | None) -> bool:
    """Whether a line reads as a paragraph's first line in a column ``width`` ems wide: a
    clause in it and going on (no mark at its end), short of the column, no column's name."""
    end = text.rstrip()[-1:]
    return (width is not None and width > 0 and has_clause_mark(text) and end not in TERMINAL_MARKS and end not in CLAUSE_END
            and display_width(text) < width - FULL_WIDTH_TOLERANCE_EM and not COLUMN_TAG_RE.search(text))


def _opens_story(lines: "list[Line] | tuple[Line, ...]", i: int = 0) -> bool:
    """Whether line ``i`` opens a story's text: a lead (本报讯…), or an editor's note (编者按：…),
    which opens the text of the story it stands in as a lead does. Title lines glued over an
    editor's note are a headline, not its subheading: article_f1 +0.003, title_acc +0.007
    summed over 76 generated sets (2 pages up, none down)."""
    return opens_with_lead(lines, i) or EDITORS_NOTE_RE.match(lines[i].text) is not None


def _frame_run_blocks(run: list[Line], shapes: list[str], frame_index: int) -> list[Block]:
    """A frame's run holding running text: title lines may open it (above a body lead, or
    wider than the column, as when an extractor glued a headline to the text below it) or
    close it (wider than the column, after a finished sentence)."""
    # A photo's credit closes its caption, and a lead after it opens another story (…一派丰收
    # 景象。 / 张三摄（影像中国） / 本报北京…电): the credit stays with the text before it.
    # article_f1 +0.013 summed over 35 generated sets (3 up, none down).
    for k in range(len(run) - 1):
        if "摄" in run[k].text and bare_credit(run[k].text) and opens_with_lead(run, k + 1):
            return [Block(BlockKind.BODY, tuple(run[:k + 1]), frame_index)] + _frame_run_blocks(run[k + 1:], shapes[k + 1:], frame_index)
    # Title lines right above a lead (本报讯…) head its story, whatever width they measure.
    head = 0
    while head < len(run) and head < MAX_TITLE_LINES and shapes[head] != "body":
        head += 1
    # The lead's own first lines may look like titles too, its date cut short and no mark in
    # them (本报印度金奈10月12 / 日电 （记者杜尚泽）…). Lines with commas above a lead are
    # titles too when the last leaves its sentence open: a lead opens a paragraph, so text
    # before it ends a sentence (不限定规格，不核定编制 / 某院探索新机制 / 本报讯…).
    for k in range(1, min(head + 1, len(run))):
        if opens_with_lead(run, k) and any(SIGN_OFF_DATE_RE.match(l.text) for l in run[:k]):
            # A letter's close over the next story's lead (…圆满成功！ / 李明远 / 2024年5月6日 /
            # 新华社…电 …): no title holds a bare date; the close ends the letter. article_f1
            # +0.002 over 35 generated sets and over 32 unseen (1 page up each, none down; the
            # unseen one in the session's start pair).
            return [Block(BlockKind.BODY, tuple(run[:k]), frame_index)] + _frame_run_blocks(run[k:], shapes[k:], frame_index)
        if _opens_story(run, k) and (all(s == "title" for s in shapes[:k])
                                     or run[k - 1].text.rstrip()[-1:] not in TERMINAL_MARKS):
            return title_blocks(run[:k], frame_index) + _frame_run_blocks(run[k:], shapes[k:], frame_index)
    for k in range(1, min(MAX_TITLE_LINES, len(run) - 1)):
        if (is_column_name(run[k].text) and not _REPORTERS_RE.search(run[k].text)
                and all(_closes_what_it_opens(l.text) and not holds_stop_or_comma(l.text) for l in run[:k])
                and not any(opens_with_lead(run, x) for x in range(k))):
            # A column's name alone on its line closes the headline above it, however near
            # the column's width its lines run (“某某”李某—— / 扎根山村… / （…获得者）), and
            # the text after it is another frame's, glued on by the extractor. Lines with a
            # clause mark or a bracket left open are text's. article_f1 +0.016, title_acc
            # +0.017 summed over 79 generated sets (6 up, 1 down: a note in brackets alone on
            # its line inside a sentence, …全程分为三段 / （每段约一公里） / 沿途设有…).
            return title_blocks(run[:k + 1], frame_index) + _frame_run_blocks(run[k + 1:], shapes[k + 1:], frame_index)
    w = column_of(run)
    lead = 0
    while lead < len(run) and shapes[lead] == "title":
        lead += 1
    if lead > 1 and len(run) - lead >= MIN_LINES_FOR_COLUMN:
        # Title lines glued over the text (“全国模范”李某—— / 半辈子守护这片山林（乡村 /
        # 守望者风采录） / text) pull the median toward their own widths: the column
        # is the text's. (One such line may be a paragraph's first line, no mark in it.)
        # article_f1 +0.50, title_acc +0.53 summed over 123 generated sets (2 up, 1 down: a
        # commentary inside a story, which the corpus counts as the story's text).
        w = column_of(run[lead:]) or w
    if w:  # a line set to the column width (or to it less the indent) is running text
        one = (w,)
        shapes = ["body" if sh == "body" or fits_column(l.text, one) else sh for l, sh in zip(run, shapes)]
    head = 0
    while head < len(run) and head < MAX_TITLE_LINES and shapes[head] != "body":
        head += 1
    if 1 < head < len(run) and shapes[head - 1] == "maybe" and _paragraph_opening(run[head - 1].text, w):
        # The last of them is a paragraph's first line, short of the column by its indent,
        # a clause in it and going on (——…发展综述 / 走进社区，翻开纪 / 念册。…): text, not a
        # title. title_acc +0.010, article_f1 +0.004 summed over 87 generated sets (5 up, one
        # read, none down); without the width and column-name tests it took a list's line
        # (…集约、集群、) and a tagged headline too.
        head -= 1
        shapes = shapes[:head] + ["body"] + shapes[head + 1:]
    if head and head < len(run) and shapes[head] == "body" and not opens_with_lead(run) and (
            opens_with_lead(run, head) and all(s == "title" for s in shapes[:head])
            # (measured at its narrowest, but for a headline its column's name closes: a line
            # of text is wider than its column only as counted, its marks squeezed as set.
            # article_f1 +0.006 summed over 35 generated sets, +0.008 over 32 unseen sets,
            # 1 and 2 pages up, none down; one of them in the session's start pair)
            or w and any((display_width(unspaced(l.text)) if COLUMN_TAG_RE.search(l.text) else _narrowest_width(l.text))
                         > w + WIDER_THAN_COLUMN_EM for l in run[:head])
            # a headline its column's name closes, over a paragraph's first line at the indent
            # (…融入长 / 三角产业链（县域观察） / 老厂房…): no line of text ends in a column's
            # name. article_f1 +0.006 summed over 35 generated sets (3 up, 1 down) and +0.010
            # over 36 unseen sets (3 up, 1 down; a commentary inside a story, which the
            # corpus counts as the story's text)
            or w and _headline_with_tag("".join(l.text.strip() for l in run[:head]))
            and abs(display_width(run[head].text) + INDENT_EM - w) <= FULL_WIDTH_TOLERANCE_EM):
        return title_blocks(run[:head], frame_index) + _frame_run_blocks(run[head:], shapes[head:], frame_index)
    tail = len(run)
    while tail > 0 and len(run) - tail < MAX_TITLE_LINES and shapes[tail - 1] != "body":
        tail -= 1
    if (0 < tail < len(run) and w and run[tail - 1].text.rstrip()[-1:] in TERMINAL_MARKS
            and any(display_width(unspaced(l.text)) > w + WIDER_THAN_COLUMN_EM for l in run[tail:])):
        return [Block(BlockKind.BODY, tuple(run[:tail]), frame_index)] + title_blocks(run[tail:], frame_index)
    # the last author's note among the run's last lines, a line at least after it
    k = next((x for x in range(len(run) - 2, max(0, len(run) - MAX_TITLE_LINES - 1), -1)
              if _AUTHOR_NOTE_LINE_RE.fullmatch(run[x].text.strip())), 0)
    if (k and run[k - 1].text.rstrip()[-1:] in TERMINAL_MARKS and not opens_with_lead(run, k + 1)
            and not any(holds_stop_or_comma(l.text) or PAGE_CREDIT_RE.match(l.text.lstrip()) for l in run[k + 1:])):
        # A brief's author in brackets closing its text, then the next brief's heading, glued
        # on by the extractor (…可读性强。 / （新 彦） / 《科学减肥营养代餐》): article_f1 +0.024,
        # title_acc +0.011 summed over 83 generated sets, +0.009 more (4 up, none down) for
        # headings as wide as the column, which a frame of a few short lines cannot tell.
        return [Block(BlockKind.BODY, tuple(run[:k + 1]), frame_index)] + title_blocks(run[k + 1:], frame_index)
    if w and len(run) >= MIN_LINES_FOR_COLUMN + 1:
        # A caption set across columns, glued under the text's last sentence (…落下帷幕。 over
        # lines wider than the column, its last maybe short): a frame of its own, as its
        # width says. article_f1 +0.009 summed over 35 generated sets (3 up, none down).
        wide = [display_width(unspaced(l.text)) > w + WIDER_THAN_COLUMN_EM for l in run]
        k = len(run) if wide[-1] else len(run) - 1
        while k > 0 and wide[k - 1]:
            k -= 1
        if (k >= MIN_LINES_FOR_COLUMN and wide[k] and run[k - 1].text.rstrip()[-1:] in TERMINAL_MARKS
                and any(has_clause_mark(l.text) or "。" in l.text for l in run[k:])):
            # (a caption's words run in clauses; a cartoon's credit, 张三图 李四文, has none)
            return [Block(BlockKind.BODY, tuple(run[:k]), frame_index), Block(BlockKind.BODY, tuple(run[k:]), frame_index)]
    return [Block(BlockKind.BODY, tuple(run), frame_index)]


def _headline_closing_short_run(run: list[Line], shapes: list[str], widths: tuple[float, ...]) -> int | None:
    """Where a headline starts that closes a run too short to tell its own column (…活 /
    动。 / 新区举办秋季游园活动): after a finished sentence, lines with no mark at all that fit
    none of the page's columns. The extractor glued the next story's headline, printed after
    its text, under the last words of this one. None when there is none."""
    if not widths or not 2 <= len(run) < MIN_LINES_FOR_COLUMN:
        return None
    tail = len(run)
    while tail > 0 and shapes[tail - 1] == "title":
        tail -= 1
    if (0 < tail < len(run) and run[tail - 1].text.rstrip()[-1:] in TERMINAL_MARKS
            and not any(fits_column(l.text, widths) for l in run[tail:])):
        return tail
    return None


def column_of(lines: "list[Line] | tuple[Line, ...]") -> float | None:
    """A run's column width, when it has lines enough to tell."""
    return column_width(lines) if len(lines) >= MIN_LINES_FOR_COLUMN else None  # no list copy: it only reads


def _broken_after_clause(text: str) -> bool:
    """Whether a line reads as running text only for the clause mark it ends in (“用海河水，)."""
    t = text.rstrip()
    return t[-1:] in CLAUSE_END and line_shape(t[:-1]) != "body"


# A headline broken over two lines keeps them near in length; a caption filled to its width
# leaves a tail of a few characters. 0.35 rather than 0.25: article_f1 +0.014, title_acc
# +0.018 summed over 35 generated sets (6 up, none down); 0.4 loses (kickers over headlines).
WRAPPED_TAIL_SHARE = 0.35


def _wrapped_tail(run: list[Line]) -> bool:
    """Whether a two-line run is one line filled to its width and a short tail it wrapped."""
    if len(run) != 2:
        return False
    first, tail = display_width(run[0].text), display_width(run[1].text)
    if LEADS_ON_RE.search(run[0].text):
        return False  # a kicker leading to its headline (…代表队同场竞技—— / 赛出风采)
    if COLUMN_TAG_RE.search(run[0].text):
        return False  # a column's name closes a headline, never a caption's line (…（基层民警谱） / 家乡的小河)
    return 0 < tail <= WRAPPED_TAIL_SHARE * first and has_clause_mark(run[0].text)  # running words


def _closed_by_column_name(run: list[Line], widths: tuple[float, ...]) -> bool:
    """Whether a short run ends in its column's name, as a headline does (…初心不改 /
    （为了乡村振兴·基层干部谱）); not so lines wrapped at a column's width around a
    parenthesis (…运动员从千 / 米高空跳下， / 踩到地面上一 / 个硬币大小（直径两厘米）)."""
    if (len(run) >= 3 and all(fits_column(l.text, widths) for l in run[1:-1])
            and not any(phrase_gap(l.text) for l in run)):
        # (A gap between two phrases is a headline's, whatever the widths: …生导师林一民—— /
        # 教书育人 直到生命最 / 后一息（…）.)
        return False
    last = run[-1].text
    # Some papers print the name in ASCII brackets (…你知道吗(服务窗)), as running text may
    # (…基金组织(IMF)): a headline's when no line of the run is set to a column. article_f1
    # +0.002 summed over 35 generated sets and +0.003 over 30 unseen sets (of the session's
    # start pair), a page up in each.
    # Lines over the last that fit no column and end no sentence are no running text: the
    # name closes a headline under its kicker, commas or not (少喝饮料，多喝开水 / 这些饮水
    # 习惯，你养成了吗（健康提示）). article_f1 +0.009 summed over 35 generated sets and +0.006
    # over 32 unseen sets, 2 pages up in each, none down (one of them in the session's start pair).
    over_fits = any(fits_column(l.text, widths) for l in run[:-1])
    short_over = (len(run) > 1 and bool(widths) and not over_fits
                  and not any(l.text.rstrip()[-1:] in TERMINAL_MARKS for l in run[:-1]))
    ascii_tag = (ASCII_COLUMN_TAG_RE.search(last) is not None and bool(widths)
                 and (short_over or not over_fits and not fits_column(last, widths)))
    if not COLUMN_TAG_RE.search(last) and not ascii_tag:
        return len(run) > 1 and is_column_name(last)
    if short_over:
        return True
    # A clause mark says a line of running text (…，世界卫生组织（WHO）) unless the line stands
    # alone and fits no column: a commentary's headline and its pen name (走稳开放路，共享新
    # 机遇（钟声）). article_f1 +0.006 summed over 35 generated sets and +0.003 over 26 unseen
    # sets, one page up in each and none down.
    return not any(c in last for c in CLAUSE_END) or len(run) == 1 and bool(widths) and not fits_column(last, widths)


# A dispatch's note in brackets closes a text (…干杯！ / （新华社北京9月30日电）): no column's
# name names an agency or ends in 电.
_DISPATCH_NOTE_RE = re.compile(r"^\s*[（(](?:据)?(?:新华社|本报|中新社|人民日报)|电\s*[）)]\s*$")


# What comes before a name in brackets that a signature or credit sets (——严文明（北京大 / 学…教授）,
# 陈凯歌（电影… / 导演）, …摄影报道（人民 / 视觉）): a person's name of two to four characters,
# letter-spaced or led by a dash, or a photo's credit.
_SIGNER_BEFORE_TAG_RE = re.compile(r"^\s*(?:——)?\s*(?:[\u4e00-\u9fff]\s*){2,4}$|摄(?:影报道)?\s*$")
SENTENCE_MARKS = set("。！？!?；;")  # what ends a sentence; no headline holds one
_STOPS_AND_COMMAS = SENTENCE_MARKS | {"，", ","}


def holds_stop_or_comma(text: str) -> bool:
    """Whether a line holds a sentence's end or a comma: running text's marks, which a few
    title lines set together (a headline and its kicker, a brief's heading) never hold."""
    return not _STOPS_AND_COMMAS.isdisjoint(text)


_PAIRS = (("“", "”"), ("（", "）"), ("《", "》"))


def _closes_what_it_opens(text: str) -> bool:
    """Whether a line closes every quotation and bracket it opens."""
    return all(text.count(a) == text.count(b) for a, b in _PAIRS) and bracket_balance(text) == 0


def _tag_opening(run: list[Line]) -> tuple[int, int]:
    """(line, offset) of the bracket that the run's last closing bracket closes, (0, -1) for none;
    a series' part may nest in it (…·安徽篇（上））."""
    depth = 0
    for k in range(len(run) - 1, -1, -1):
        text = run[k].text
        for i in range(len(text) - 1, -1, -1):
            if text[i] == "）":
                depth += 1
            elif text[i] == "（":
                depth -= 1
                if depth == 0:
                    return k, i
                if depth < 0:
                    return 0, -1
    return 0, -1


def tag_broken_over_lines(run: list[Line]) -> bool:
    """Whether a short run that finishes no sentence ends in its column's name broken over its
    last lines, or set alone on the last, as a headline does (…力量凝聚（社区论坛 /
    ·70周年·聆听时代的足音）, …拥抱中国市场” / （身边看“六稳”③）); not a
    signature's role (陈凯歌（电影《我和 / 我的祖国》总导演）), a credit's agency or a dispatch's
    note, nor words in brackets in running text, which carry commas and no middle dot
    (…老科学家（其中院士45人， / “两弹一星”科学家5人）)."""
    if not 2 <= len(run) <= MAX_TITLE_LINES or any(c in SENTENCE_MARKS for l in run for c in l.text):
        return False
    k, opened = _tag_opening(run)
    if opened < 0 or (k == len(run) - 1 and run[k].text[:opened].strip()):
        return False
    joined = "".join(l.text.strip() for l in run)
    tag = run[k].text[opened:].strip() + "".join(l.text.strip() for l in run[k + 1:])
    if not COLUMN_TAG_RE.search(joined) or _DISPATCH_NOTE_RE.match(tag):
        return False
    if any(c in CLAUSE_END for c in tag) and "·" not in tag:
        return False
    return _SIGNER_BEFORE_TAG_RE.search(run[k].text[:opened]) is None


# A note sending the reader to another page (（另见第五版）, （全文见第四版）) closes a
# text; it names no column. Read so: article_f1 +0.0063, title_acc +0.0031 summed over 90
# generated sets (4 up, none down).
_SEE_PAGE_NOTE_RE = re.compile(r"见第?[一二三四五六七八九十百\d、]+版\s*[）)]\s*$")


def is_column_name(text: str) -> bool:
    """Whether a line is a column's name alone in brackets (（一线视角）), not a dispatch's note
    nor a note sending the reader to another page."""
    return (COLUMN_NAME_RE.match(text) is not None and _DISPATCH_NOTE_RE.match(text) is None
            and _SEE_PAGE_NOTE_RE.search(text) is None)


# An overprinted headline's frame may hold its kicker over it and a deck wrapped under it
# (…现场推进会召开 / headline / headline / deck / deck): more lines than a title alone.
# article_f1 +0.0067, title_acc +0.0095 summed over 76 generated sets (5 up, 1 down, its
# titles read right and its text cut at a subheading).
MAX_OVERPRINTED_RUN_LINES = MAX_TITLE_LINES + 2


def _overprinted(run: list[Line]) -> bool:
    """Whether a short run with no full stop prints one of its lines twice in a row."""
    if len(run) < 2 or len(run) > MAX_OVERPRINTED_RUN_LINES or any("。" in l.text for l in run):
        return False
    texts = [remove_all_spaces(l.text) for l in run]
    return any(texts[k] and texts[k] == texts[k - 1] for k in range(1, len(texts)))


# A line of closing marks alone, pushed down from the line above it.
_WIDOW_MARKS_RE = re.compile(r"^\s*[！？。!?”’」』）)，、；：]+\s*$")


def _text_blocks(run: list[Line], frame_index: int, widths: tuple[float, ...] = (),
                 line_level: bool = False) -> list[Block]:
    """Split a run of text lines into title and body blocks.

    Extractors put a title in a block of its own (its type size differs), so by default a run
    with running text in it is running text, but for title lines right above a body lead.
    With ``line_level`` (every line came as its own block) titles are found line by line:
    lines with no sentence marks that are not set to a column width, opening the run or
    following a finished sentence.
    """
    shapes = [line_shape(l.text) for l in run]
    if len(run) >= 2 and not line_level and _WIDOW_MARKS_RE.match(run[-1].text):
        # A last line of closing marks alone (…前进！进 / ！”): text wrapped at its column, the
        # marks pushed down; a title's lines break between its words, never before its marks.
        # One page up over 92 generated sets (of the session's start pair), no other changed.
        return [Block(BlockKind.BODY, tuple(run), frame_index)]
    if len(run) == 1 and run[0].text.rstrip()[-1:] in _COLONS:
        shapes = ["body"]  # a kicker leads to a headline; a label alone (图片说明：) heads nothing
    if _overprinted(run):
        # A line printed twice is an overprinted headline, commas or not, and the few lines
        # around it in its frame are its kicker or subheadline; no headline holds a full stop,
        # and text may well say the same sentence twice.
        return title_blocks(run, frame_index)
    if (len(run) == 2 and shapes == ["maybe", "title"] and run[0].text.rstrip()[-1:] in _COLONS
            and not has_clause_mark(run[0].text.rstrip()[:-1]) and _closes_what_it_opens(run[1].text)):
        # A short name and its colon over a line with no clause in it (菲氏叶猴： / 丛林深处是我家):
        # a kicker over its headline. What a speaker says (…写道： / “一名优秀的战士，不是天)
        # runs on in clauses, or leaves its quotation open; a name holds no clause (现在，我提议：).
        return title_blocks(run, frame_index)
    if (len(run) == 2 and widths and COLUMN_TAG_RE.search(run[1].text) and shapes[1] == "title"
            and display_width(run[0].text) > max(widths) + WIDER_THAN_COLUMN_EM and "。" not in run[0].text):
        # A deck set across columns, glued over the next story's headline that its column's
        # name closes (审议通过…；讨论通过… / 平凡中见伟大（今日谈）): two titles. One page
        # up over 30 unseen sets (of the session's start pair), no change over 35 generated sets.
        return title_blocks(run, frame_index)
    if not line_level and tag_broken_over_lines(run):
        # A column's name broken over a headline's last lines (…管用的民主（解码·自 / 信中国·…）).
        return title_blocks(run, frame_index)
    if len(run) <= MAX_TITLE_LINES and widths and "body" in shapes[:-1]:
        # A line broken after a clause far short of the column ends no line of running text
        # (携手前行， / 共创两国关系美好未来): a headline's, if its neighbours say so.
        shapes = ["maybe" if sh == "body" and k < len(run) - 1 and _broken_after_clause(l.text)
                  and display_width(l.text) < min(widths) - INDENT_EM - FULL_WIDTH_TOLERANCE_EM else sh
                  for k, (l, sh) in enumerate(zip(run, shapes))]
    if (len(run) == 2 and shapes[0] == "title" and opens_subheadline([l.text for l in run])
            and not any(c in SENTENCE_MARKS for c in run[1].text)):
        # A headline over its subheadline, which may run across the page (中国的明天… / ——县委…
        # 在全县广大干部和青年教师中引起热烈反响): longer than any title line, yet no sentence.
        return title_blocks(run, frame_index)
    if all(s != "body" for s in shapes) and not line_level and _wrapped_opening(run, widths):
        return [Block(BlockKind.BODY, tuple(run), frame_index)]
    if all(s != "body" for s in shapes) and len(run) <= MAX_TITLE_LINES:
        # A line wider than every column is set across columns: a headline, commas or not.
        # (Its characters say so, not the spaces an extractor spreads a justified line with:
        # 实 现 了 … . Throughout this module: article_f1 +0.004 summed over 35 generated sets,
        # 3 up, none down, and +0.004 over 30 unseen sets, 2 up, none down.)
        wide = bool(widths) and any(display_width(unspaced(l.text)) > max(widths) + WIDER_THAN_COLUMN_EM for l in run)
        if wide and _wrapped_tail(run):
            # A line across columns and the few words it wrapped (…一体建设奠定 / 人才基础):
            # a caption filled to its width, not a headline's balanced lines.
            return [Block(BlockKind.BODY, tuple(run), frame_index)]
        if ("maybe" not in shapes or wide or _closed_by_column_name(run, widths) or _marked_headline(run)
                or _kicker_over_frame_headline(run)):
            return title_blocks(run, frame_index)
        # A section's heading short of the column, then lines with commas filled to a column:
        # the heading and the first lines of its text (把温暖送到百姓心坎上 / 推着小推车，拎着
        # 工具箱，身穿 / 工作服的维修员…, the sentence going on in the next frame). article_f1
        # +0.011 summed over 35 generated sets (6 up, none down).
        k = shapes.index("maybe")
        if (k and len(run) - k >= 2 and "，" in run[k].text and all(fits_column(l.text, widths) for l in run[k:])
                and not any(fits_column(l.text, widths) for l in run[:k])
                and not _kicker_lines(run) and not COLUMN_TAG_RE.search(run[-1].text)):
            return title_blocks(run[:k], frame_index) + [Block(BlockKind.BODY, tuple(run[k:]), frame_index)]
        # Lines with commas that wrap at a column width are running text, not a title.
        # A mark-free first line over one or two lines wider than its column was not wrapped
        # at it: a kicker over a headline set at another width, the neighbours deciding.
        # article_f1 +0.011 summed over 35 generated sets (2 up, none down), +0.002 over 32
        # unseen sets (2 up, none down; one of them in the session's start pair).
        wrapped = (len(run) > 1 and fits_column(run[0].text, widths) and not _kicker_lines(run) and not _wrapped_kicker(run)
                   and (shapes[0] != "title" or len(run) > 3 or _wraps_in_a_column(run, widths)))
        # A line alone that leaves a quotation or bracket open (“这台新机器，VR（虚拟现实） / 眼镜
        # 也能…”) is a sentence going on in the next frame: no title. article_f1 +0.031,
        # title_acc +0.012 summed over 90 generated sets (18 up, 12 down: pages the assembly
        # cut right by the wrong title). A run of lines may be a headline broken over frames
        # (…《山村的早晨》歌 / 曲领唱…——), which opens a quotation the next frame closes.
        lone_open = len(run) == 1 and not _closes_what_it_opens(run[0].text)
        return [Block(BlockKind.BODY, tuple(run), frame_index, maybe_title=not wrapped and not lone_open)]
    if (len(run) <= MAX_TITLE_LINES and run[-1].text.rstrip().endswith("——") and not line_level
            and not any(c in l.text for l in run for c in "。！？!?")):
        # A few lines leading with a dash to what follows: a kicker (北京、浙江、重庆、 / 贵州扎实推进
        # 第二批主题教育——) when a headline comes next; the neighbours decide.
        return [Block(BlockKind.BODY, tuple(run), frame_index, maybe_title=True)]
    if (len(run) <= MAX_TITLE_LINES and all(s != "body" or _broken_after_clause(l.text) for l, s in zip(run, shapes))
            and _closed_by_column_name(run, widths)):
        return title_blocks(run, frame_index)  # a headline broken after a comma (“用海河水， / 洗海河泥”（一线视角）)
    if (not line_level and len(run) <= MAX_TITLE_LINES and widths and run[-1].text.rstrip()[-1:] not in TERMINAL_MARKS
            and "。" not in "".join(l.text for l in run)
            and all(display_width(unspaced(l.text)) > max(widths) + WIDER_THAN_COLUMN_EM for l in run[:-1] or run)):
        # A few lines set across columns that finish no sentence: a deck wrapped over its
        # lines (共有109个国家…报名参赛， / 规模创历届之最) or a caption; the neighbours decide.
        return [Block(BlockKind.BODY, tuple(run), frame_index, maybe_title=True)]
    if not line_level:
        tail = _headline_closing_short_run(run, shapes, widths)
        if tail is not None:
            return [Block(BlockKind.BODY, tuple(run[:tail]), frame_index)] + title_blocks(run[tail:], frame_index)
        return _frame_run_blocks(run, shapes, frame_index)
    # In a run of lines, a line with commas set to a column width is running text; so is a
    # mark-free one set to a column width next to running text.
    fits = [fits_column(l.text, widths) for l in run]
    for i in range(len(run)):
        if shapes[i] == "maybe" and fits[i]:
            shapes[i] = "body"
        elif shapes[i] == "maybe" and widths and display_width(unspaced(run[i].text)) > max(widths) + WIDER_THAN_COLUMN_EM:
            shapes[i] = "title"
    changed = True
    while changed:
        changed = False
        for i in range(len(run)):
            if shapes[i] == "title" and fits[i] and any(
                    shapes[j] == "body" for j in (i - 1, i + 1) if 0 <= j < len(run)):
                shapes[i] = "body"
                changed = True
    out: list[Block] = []
    body: list[Line] = []
    i = 0
    while i < len(run):
        if shapes[i] == "body":
            body.append(run[i])
            i += 1
            continue
        j = i
        while j < len(run) and shapes[j] != "body":
            j += 1
        segment = run[i:j]
        prev_done = not body or body[-1].text.rstrip()[-1:] in TERMINAL_MARKS
        if (prev_done and len(segment) <= MAX_TITLE_LINES and all(shapes[k] == "title" for k in range(i, j))
                and (j < len(run) or not body)):
            if body:
                out.append(Block(BlockKind.BODY, tuple(body), frame_index))
                body = []
            out.extend(title_blocks(segment, frame_index))
        else:
            body.extend(segment)
        i = j
    if body:
        out.append(Block(BlockKind.BODY, tuple(body), frame_index))
    return out


def title_blocks(run: list[Line], frame_index: int) -> list[Block]:
    out: list[Block] = []
    for k, line in enumerate(run):
        kept, copy = dedupe_overprint(line.text)
        if k and remove_all_spaces(line.text) == remove_all_spaces(run[k - 1].text):
            # An overprinted title that the extractor wrote as two lines.
            out.append(Block(BlockKind.DUPLICATE, (line,), frame_index, text=line.text.strip()))
        elif copy is not None:
            out.append(Block(BlockKind.TITLE, (line,), frame_index, text=clean_title(kept)))
            out.append(Block(BlockKind.DUPLICATE, (line,), frame_index, text=copy.strip()))
        else:
            out.append(Block(BlockKind.TITLE, (line,), frame_index, text=clean_title(line.text)))
    return out


# The end of a line that may begin a credit finished on the next line (…向前 本 / 报记者 贾萍琳摄),
# a word or two (…70周年。 本报记者 宋 / 霞摄: the name broken), or the role and a list of names,
# its last name broken (…开幕。 本报记者 张明、宋 / 霞摄: article_f1 +0.010, byline_acc +0.016
# summed over 35 generated sets, 2 up, 1 down by 0.0002), or broken right after its 、 (…开幕。
# 本报记者 张明、 / 宋霞摄).
_TRAILING_WORD_RE = re.compile(r"\s([\u4e00-\u9fff]{1,4})\s*$")
_TRAILING_WORDS_RE = re.compile(r"\s([\u4e00-\u9fff]{2,6}\s+[\u4e00-\u9fff]{1,2})\s*$")
_TRAILING_NAMES_RE = re.compile(r"\s([\u4e00-\u9fff]{2,6}\s+(?:[\u4e00-\u9fff]{1,4}\s*、\s*)+[\u4e00-\u9fff]{0,3})\s*$")


def credit_broken_at(line: Line, nxt: Line | None) -> tuple[Line, Line, tuple[Byline, ...]] | None:
    """A photo credit broken over two lines: (text before it, its first part, the bylines)."""
    if nxt is None or "摄" not in nxt.text:
        return None
    if parse_byline(nxt.text) is not None:
        return None
    for pattern in (_TRAILING_WORD_RE, _TRAILING_WORDS_RE, _TRAILING_NAMES_RE):
        m = pattern.search(line.text)
        bylines = parse_byline(m.group(1) + nxt.text.strip()) if m else None
        if m and bylines:
            return *cut_line(line, m.start(1)), bylines
    return None


# A credit set on the last line of a caption, after its closing mark (…帮助发展中国家。 本报记者 曹豪摄)
# or a dash (…欢呼声汇成一片—— 本报记者 某某摄: article_f1 +1.55, title_acc +1.90 summed over
# 125 generated sets, 5 pages up, none down), or, where the caption ends without one, after a gap
# when it names its reporters (…广泛地传递 本报记者 X、Y摄).
_TRAILING_CREDIT_RE = re.compile(r"(?:[。！？!?…”」）)—]\s+|[\u4e00-\u9fff]\s+(?=(?:本报|新华社)?(?:特约)?(?:记者|通讯员)))"
                                 r"([^\s。！？，][^。！？，]{1,40}摄(?:\s*[（(][^（）()]{1,12}[）)])?)\s*$")


def credit_at_end(line: Line) -> tuple[Line, Line, tuple[Byline, ...]] | None:
    """A photo credit printed at the end of a caption line: (the text, the credit, its bylines)."""
    if "摄" not in line.text:
        return None
    m = _TRAILING_CREDIT_RE.search(line.text)
    if not m:
        return None
    bylines = parse_byline(m.group(1))
    if not bylines or any(b.role != PHOTO_ROLE for b in bylines):
        return None
    return *cut_line(line, m.start(1)), bylines


_FULL_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
# A letter's or an order's date alone on its line (2019年10月13日), as the signer closes it.
SIGN_OFF_DATE_RE = re.compile(rf"^\s*{_FULL_DATE}\s*$")
# A text's closing date and place (2019年10月25日于杭州), as a joint statement or a letter signs off.
DATED_AT_RE = re.compile(rf"^\s*{_FULL_DATE}\s*于")


def _signs_off(run: list[Line], text: str) -> bool:
    """Whether a bare date goes on the text before it in its frame: the date a letter, an order
    or a notice is signed with (…让红领巾更加鲜艳！ / 习近平 / 2019年10月13日), under a finished
    sentence. A page's own date heads the page, in a frame of furniture."""
    return SIGN_OFF_DATE_RE.match(text) is not None and any(l.text.rstrip()[-1:] in TERMINAL_MARKS for l in run)


def at_full_width(text: str, cols: tuple[float, ...], short: float = 0.0) -> bool:
    """Whether a line measures a column's full width (less at most ``short`` em): a line
    running on into the next."""
    return any(-0.5 <= c - display_width(text) <= 0.5 + short for c in cols)


def _sentence_runs_into(prev: str, text: str, widths: tuple[float, ...]) -> bool:
    """Whether a line that reads as a byline is a sentence going on (…前不久，本报 / 记者赴山东、
    河南、四川等地): the line before it runs on at the column's full width, and so does it; a
    printed byline is set short, and marked lines (■记者) are always bylines."""
    return (prev.rstrip()[-1:] not in TERMINAL_MARKS and not BYLINE_MARK_RE.match(text)
            and at_full_width(prev, widths) and at_full_width(text, widths))


def classify_frame(frame: Frame, widths: tuple[float, ...] = (), line_level: bool = False) -> list[Block]:
    """One frame -> its blocks in order; ``widths`` are the page's column widths in ems."""
    lines: list[Line] = []
    for line in frame.lines:
        if "版" in line.text:  # every marker holds 版 (the test _split_trailing_marker opens with)
            lines.extend(_split_trailing_marker(line))
        else:
            lines.append(line)
    blocks: list[Block] = []
    run: list[Line] = []

    def flush() -> None:
        if run:
            blocks.extend(_text_blocks(list(run), frame.index, widths, line_level))
            run.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        # Both credit tests need a 摄 (in the next line, in this one): tested here, a call spared.
        credit = credit_broken_at(line, lines[i]) if i < len(lines) and "摄" in lines[i].text else None
        if credit is not None:
            head, tail, bylines = credit
            if head.text.strip():
                run.append(head)
            flush()
            nxt = lines[i]
            i += 1
            blocks.append(Block(BlockKind.BYLINE, (tail, nxt), frame.index, bylines=bylines,
                                text=f"{tail.text.strip()}{nxt.text.strip()}"))
            continue
        credit = credit_at_end(line) if "摄" in line.text else None
        if credit is not None:
            head, tail, bylines = credit
            run.append(head)
            if head.text.rstrip()[-1:] in TERMINAL_MARKS:
                flush()
            else:  # a caption that stops short of its mark, however its lines look: text
                blocks.append(Block(BlockKind.BODY, tuple(run), frame.index))
                run.clear()
            blocks.append(Block(BlockKind.BYLINE, (tail,), frame.index, bylines=bylines, text=tail.text.strip()))
            continue
        kind = _kind_of_line(line.text)
        if (kind is None or kind is BlockKind.BYLINE and run and _sentence_runs_into(run[-1].text, line.text, widths)
                or kind is BlockKind.FURNITURE and run and _signs_off(run, line.text)):
            run.append(line)
            continue
        flush()
        if kind is BlockKind.BYLINE:
            blocks.append(Block(kind, (line,), frame.index, bylines=parse_byline(line.text) or (),
                                text=line.text.strip()))
        elif kind is BlockKind.CONTINUATION:
            blocks.append(Block(kind, (line,), frame.index, continuation=parse_continuation(line.text),
                                text=line.text.strip()))
        else:
            blocks.append(Block(kind, (line,), frame.index, text=line.text.strip()))
    flush()
    if not line_level:
        blocks = _subheadings_to_body(blocks, widths)
    return _merge_adjacent(blocks)


def opens_subheadline(texts: "list[str]") -> bool:
    """Whether a line after the first opens with a subheadline's dash (…改变创造未来 / ——…侧记)
    after lines that leave no quotation or bracket open: a dash inside a quotation that
    wrapped to the line's start (大会以“VR让世界更精彩 / ——VR+5G…” / 为主题) is text's, and a
    dash alone on its line ends the heading above (…深植中国沃土 / ——)."""
    for k in range(1, len(texts)):
        if texts[k].lstrip().startswith("——") and len(texts[k].strip().lstrip("—")) >= 2:
            before = "".join(texts[:k])
            if all(before.count(a) == before.count(b) for a, b in _PAIRS):
                return True
    return False


def set_apart_phrases(text: str) -> bool:
    """Whether a line is phrases set apart by gaps, each of three characters or more (万泉河清
    琼海更美, 学技术 拓宽增收路): a headline's. A name padded to its measure (…书记处书记  吴  兢)
    has a gap too, around one character."""
    tokens = text.split()
    return len(tokens) > 1 and all(len(t) >= 3 for t in tokens) and phrase_gap(text)


def _wrapped_opening(run: list[Line], widths: tuple[float, ...]) -> bool:
    """Whether lines without marks are a paragraph's opening broken by a frame: every line after
    the first set to one column's full width, the last running on (县委书记在2019年秋季 /
    学期县委党校（县行政学校） / 青年干部培训班开班式上的重 / 要讲话，…). A headline's lines are
    set in a larger type and break at its phrases, not at a column's edge, twice running."""
    if len(run) < 3 or not widths or run[-1].text.rstrip()[-1:] in TERMINAL_MARKS:
        return False
    if len({remove_all_spaces(l.text) for l in run}) < len(run):
        return False  # a line printed twice is an overprinted headline's
    rest = [display_width(l.text) for l in run[1:]]
    first = display_width(run[0].text)
    if max(rest) - min(rest) > 0.5 or not at_full_width(run[1].text, widths) or first > rest[0] + 0.5:
        return False
    if first + latin_wrap(run[0].text) < rest[0] - INDENT_EM - 1.0 and not any(
            has_clause_mark(l.text) or "—" in l.text for l in run):
        # A first line short of the column by more than an indent, and no mark anywhere: a
        # headline broken at its phrases (某办负责人 / 就…发表谈话). Text broken by a frame may
        # open on a sentence's last words, but its lines carry marks (…的力量 / ——一鼓作气、…);
        # digits are set wider than counted (县委书记在2019年秋季).
        return False
    # A gap inside quotation marks is a quoted name's (“秋收时节 丰收画卷——全县…”), which text
    # cites: article_f1 +0.0033 summed over 84 generated sets (1 up, of the session's start pair).
    return not COLUMN_TAG_RE.search(run[-1].text) and not any(map(phrase_gap, _outside_quotes([l.text for l in run])))


def _outside_quotes(texts: list[str]) -> list[str]:
    """Each line's text outside double quotation marks, a quotation running on over lines."""
    out = []
    inside = False
    for t in texts:
        kept = []
        for ch in t:
            if ch == "“":
                inside = True
            elif ch == "”":
                inside = False
            elif inside:
                continue
            kept.append(ch)
        out.append("".join(kept))
    return out


def _kicker_lines(run: list[Line]) -> bool:
    """Whether lines break where a kicker's phrases end and lead with a dash to a headline
    (国税总局、国家电网、 / 东航集团、中国银行——): text wrapped at a column's width breaks
    anywhere (…一些主要指标增 / 速均有所加快——), however short its first line."""
    return run[-1].text.rstrip().endswith("——") and all(l.text.rstrip()[-1:] in CLAUSE_END for l in run[:-1])


def _kicker_over_frame_headline(run: list[Line]) -> bool:
    """Whether a kicker broken where its phrases end leads with a dash to a headline under it
    in its frame, however near a column's width the kicker's lines run: a line of text may end
    in a dash, but the line after it then runs on in clauses to the column or ends its sentence.
    The headline holds no clause mark, and either its column's name closes it, under a kicker of
    two lines or more (某市做好垃圾分类、 / 资源回收、宣传引导—— / 让旧物件焕发新生机（环保视点）; a
    headline over two lines may be text wrapped around a bracket: a phrase gap decides that),
    or no stop ends it and it falls an indent or more short of the line above, or sets its
    phrases apart (某地一名老人突然晕倒—— / 街头的生命接力). The tag: article_f1 +0.004 summed
    over 68 generated sets (1 up, in that session's start pair; none down); the short headline:
    +0.0065, title_acc +0.0085 over 72 (3 up, none down)."""
    if len(run) < 2 or not _kicker_lines(run[:-1]) or has_clause_mark(run[-1].text):
        return False
    if len(run) >= 3 and _headline_with_tag(run[-1].text):
        return True
    last = run[-1].text.strip()
    return last[-1:] not in TERMINAL_MARKS and (
        display_width(last) < display_width(run[-2].text.strip()) - INDENT_EM or phrase_gap(last))


def _wrapped_kicker(run: list[Line]) -> bool:
    """Whether two lines are a kicker wrapped at the column's width and leading with a dash to
    its headline (某组织下调今年经济增长 / 预期，专家呼吁——): its first line holds no clause mark,
    where a paragraph's lines leading into a list have theirs (风雨无阻、默默坚守，这 / 是一支…的队伍——).
    article_f1 +0.0065 summed over 35 generated sets (2 up, none down)."""
    return len(run) == 2 and run[1].text.rstrip().endswith("——") and not has_clause_mark(run[0].text)


def _marked_headline(run: list[Line]) -> bool:
    """Whether lines that wrap as text would say they are a headline: a subheadline's dash
    opening a line after the first, or phrases set apart in the last (狠抓环境治理，享受生态红利 /
    万泉河清 琼海更美); running text has neither."""
    if len(run) < 2:
        return False
    if opens_subheadline([l.text for l in run]):
        return True
    # a one-character piece between gaps is a table's or a padded name's (书名：红岩      作)
    return set_apart_phrases(run[-1].text) and all(len(t) >= 2 for l in run for t in l.text.split())


def as_text(blocks: list[Block]) -> Block:
    """Blocks read as one run of text; a duplicate's line (shared with its title) counts once."""
    lines = tuple({id(l): l for b in blocks for l in b.lines}.values())
    return Block(BlockKind.BODY, lines, blocks[0].frame_index)


def _subheadings_to_body(blocks: list[Block], widths: tuple[float, ...] = ()) -> list[Block]:
    """Title lines that share a frame with running text which does not open with a lead are
    the text's own subheadings (a compilation's 重温入党誓词 / 本报记者 姜泓冰): running text.

    Extractors give a headline its own block, as its type size differs; a subheading set in
    the column comes out in the column's block.
    """
    out: list[Block] = []
    for b in blocks:
        if b.kind is BlockKind.BODY and not _opens_story(b.lines):
            j = len(out)
            while j > 0 and out[j - 1].kind in (BlockKind.TITLE, BlockKind.BYLINE, BlockKind.DUPLICATE):
                j -= 1
            heads = out[j:]
            w = column_of(b.lines) or (max(widths) if widths else None)
            # (a headline its column's name closes is no subheading: …建设（有的放矢）)
            if any(h.kind is BlockKind.TITLE for h in heads) and w and all(
                    display_width(l.text) <= w + 0.5 for h in heads if h.kind is BlockKind.TITLE for l in h.lines) \
                    and not _headline_with_tag("".join(l.text.strip() for h in heads for l in h.lines)):
                merged = as_text(heads + [b])
                out[j:] = [replace(merged, frame_index=b.frame_index)]
                continue
        out.append(b)
    return out


def _merge_adjacent(blocks: list[Block]) -> list[Block]:
    """Consecutive byline lines of one frame are one byline block (■记者 … / 通讯员 …), up to
    a line led by a mark of its own after a marked one (■记者 甲 / ■记者 乙): the bylines of
    two stories drawn together, one closing the text above, one over the lead below, which
    the assembly weighs apart."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind is b.kind is BlockKind.BYLINE and not (
                BYLINE_MARK_RE.match(b.text) and BYLINE_MARK_RE.match(prev.text)):
            out[-1] = Block(BlockKind.BYLINE, prev.lines + b.lines, b.frame_index,
                            bylines=prev.bylines + b.bylines, text=prev.text + "\n" + b.text)
        else:
            out.append(b)
    return out
