"""Stage 3, blocks: frames -> classified blocks.

Each line of a frame is read as a byline, a continuation marker, page furniture, or text;
runs of text lines become title or body blocks. The parsers for bylines and continuation
markers live here so the PDF front end uses the same ones.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from banmian.lines import (
    INDENT_EM,
    MIN_LINES_FOR_COLUMN,
    TERMINAL_MARKS,
    clean_title,
    column_width,
    dedupe_overprint,
    display_width,
    is_letter_spaced,
    remove_all_spaces,
)
from banmian.model import Block, BlockKind, Byline, Continuation, Frame, Line

# --- bylines ---------------------------------------------------------------------------

# Roles as newspapers print them. Longer names first so 摄影记者 wins over 摄影.
BYLINE_ROLES = (
    "本报特约记者", "本报见习记者", "本报通讯员", "本报记者", "特约记者", "见习记者", "首席记者",
    "融媒体记者", "全媒体记者", "摄影记者", "新华社记者", "记者", "通讯员", "实习生", "摄影",
    "撰稿", "文/图", "图/文",
)
# Roles printed with layout spaces between their characters (记 者, 摄 影).
_SPACED_ROLE_RE = re.compile(
    "|".join(r"\s*".join(map(re.escape, role)) for role in BYLINE_ROLES if len(role) > 1)
)
_BYLINE_MARK_RE = re.compile(r"^[■□▲△●○◆◇★☆▶►]+\s*")
_NAME_RE = re.compile(r"^[\u3400-\u9fff][\u3400-\u9fff·]{0,4}$")
_SEPARATOR_RE = re.compile(r"[\s、，,]+")
PHOTO_ROLE = "摄影"
# Longest line a byline takes; past this a line is prose that happens to start with 记者.
MAX_BYLINE_CHARS = 48

# A headline often ends in its column's name in parentheses: …在哪儿（新视点）, …（人民观点）,
# …（身边看“六稳”②）. A closing note (（齐志明）) follows a full stop instead.
COLUMN_TAG_RE = re.compile(r"[^。！？!?…\s（(]（[^（）]{2,16}）\s*$")
# A column's name on a line of its own, closing the headline before it.
COLUMN_NAME_RE = re.compile(r"^\s*[（(][^（）()]{2,16}[）)]\s*$")


def _role_of(token: str) -> str | None:
    return token if token in BYLINE_ROLES else None


def _canonical_role(role: str) -> str:
    """本报记者 and 新华社记者 are reporters (记者); other roles stay as printed."""
    if role == "摄影记者":
        return PHOTO_ROLE
    if role.endswith("记者"):
        return "记者"
    if role.endswith("通讯员"):
        return "通讯员"
    return role


_GLUED_ROLE_RE = re.compile("^(" + "|".join(re.escape(r) for r in BYLINE_ROLES if len(r) > 1) + ")(.+)$")
# Bylines hold roles, names, spaces and 、 only; a line with sentence marks is prose.
_NOT_BYLINE_RE = re.compile(r"[，。；：！？“”,;:!?（）()\d]")
_BYLINE_HINT_RE = re.compile(r"记\s*者|通\s*讯\s*员|实\s*习\s*生|摄|撰\s*稿|文/图|图/文")


def _split_glued_role(token: str) -> list[str]:
    """记者林旭东 (no gap between role and name) -> [记者, 林旭东]."""
    m = _GLUED_ROLE_RE.match(token)
    return [m.group(1), m.group(2)] if m else [token]


# A photo credit may name its agency after it: 董亚涛摄（影像中国）.
_CREDIT_SOURCE_RE = re.compile(r"摄\s*[（(][^（）()]{1,12}[）)]\s*$")


def _flush_singles(singles: list[str]) -> list[str] | None:
    """Names spelled one character at a time (王 强, 吴 秋 余): 2 or 3 make one name, 4 make two."""
    n = len(singles)
    if n == 0:
        return []
    if n in (2, 3):
        return ["".join(singles)]
    if n == 4:
        return ["".join(singles[:2]), "".join(singles[2:])]
    return None


@lru_cache(maxsize=1)  # classify_frame asks about a byline line twice in a row: its kind, then its names
def parse_byline(text: str) -> tuple[Byline, ...] | None:
    """Read a byline line (■记者 高 洁 通讯员 全 峰, 本报记者 张三摄); None if it is not one."""
    s = text.strip()
    if _CREDIT_SOURCE_RE.search(s):
        s = s[: s.rindex("摄") + 1]
    if not s or len(s) > MAX_BYLINE_CHARS or _NOT_BYLINE_RE.search(s) or not _BYLINE_HINT_RE.search(s):
        return None
    marked = _BYLINE_MARK_RE.match(s) is not None
    s = _BYLINE_MARK_RE.sub("", s)
    s = _SPACED_ROLE_RE.sub(lambda m: " " + remove_all_spaces(m.group(0)) + " ", s)
    tokens = [part for t in _SEPARATOR_RE.split(s) if t for part in _split_glued_role(t)]
    if not tokens:
        return None
    # A photo credit ends in 摄 (本报记者 张三摄, 王强 摄); every name in it is a photographer.
    photo = tokens[-1].endswith("摄") and _role_of(tokens[-1]) is None
    if photo:
        tokens[-1] = tokens[-1][:-1]
        if not tokens[-1]:
            tokens.pop()
    if not tokens or (_role_of(tokens[0]) is None and not photo):
        return None
    # A bare credit (董亚涛摄（影像中国）) names no role: it stays text of its caption.
    if photo and not marked and not any(_role_of(t) for t in tokens):
        return None
    out: list[Byline] = []
    role = PHOTO_ROLE
    singles: list[str] = []  # a name set with layout spaces between its characters

    def flush() -> bool:
        names = _flush_singles(singles)
        if names is None:
            return False
        out.extend(Byline(role=PHOTO_ROLE if photo else role, name=n) for n in names)
        singles.clear()
        return True

    for tok in tokens:
        if _role_of(tok):
            if not flush():
                return None
            role = _canonical_role(tok)
            continue
        if not _NAME_RE.match(tok) or tok.endswith(("记者", "通讯员", "摄影", "实习生")):
            return None
        if len(tok) == 1:
            singles.append(tok)
            continue
        if not flush():
            return None
        out.append(Byline(role=PHOTO_ROLE if photo else role, name=tok))
    if not flush() or not out:
        return None
    return tuple(out)


# --- continuation markers --------------------------------------------------------------

CONTINUATION_RE = re.compile(
    r"[（(]\s*(下转|上接|转|接)\s*(?:第\s*)?([0-9A-Za-z一二三四五六七八九十]+)\s*版\s*[）)]"
)
_LINE_CONTINUATION_RE = re.compile(rf"^\s*{CONTINUATION_RE.pattern}\s*$")
_TRAILING_CONTINUATION_RE = re.compile(rf"{CONTINUATION_RE.pattern}\s*$")
_LEADING_CONTINUATION_RE = re.compile(rf"^\s*{CONTINUATION_RE.pattern}")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def _page_number(label: str) -> int | str:
    if label.isdigit():
        return int(label)
    if all(c in _CN_DIGITS for c in label):
        if label == "十":
            return 10
        if label.startswith("十"):
            return 10 + _CN_DIGITS[label[1]]
        if len(label) == 2 and label[1] == "十":
            return _CN_DIGITS[label[0]] * 10
        if len(label) == 3 and label[1] == "十":
            return _CN_DIGITS[label[0]] * 10 + _CN_DIGITS[label[2]]
        return _CN_DIGITS[label[0]]
    return label.upper()


def parse_continuation(text: str) -> Continuation | None:
    """（下转2版） -> Continuation('to', 2); （上接第一版） -> Continuation('from', 1)."""
    m = CONTINUATION_RE.search(text)
    if not m:
        return None
    direction = "to" if m.group(1) in ("下转", "转") else "from"
    return Continuation(direction=direction, page=_page_number(m.group(2)), text=m.group(0))


# --- page furniture --------------------------------------------------------------------

# Section names newspapers print in page labels.
SECTION_NAMES = (
    "要闻", "评论", "国际", "体育", "文化", "社会", "经济", "理论", "副刊", "综合", "地方", "专版", "时政",
    "财经", "民生", "观点", "视点", "教育", "科技", "健康", "法治", "生态", "旅游", "读书", "军事", "广告",
    "新闻", "国内", "政治", "文艺", "文体", "城事", "县域", "乡村", "特刊", "专题", "人物", "视觉",
)
_FURNITURE_RES = (
    re.compile(r"^(责任编辑|责编|本版编辑|编辑|美编|美术编辑|校对|版式|版式设计|制图|审读|监制|值班主编|主编|组版)\s*[：:]"),
    re.compile(r"^([\u4e00-\u9fff]{2,6}报)?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期[一二三四五六日天])?\s*(农历\S*)?"
               r"\s*(第\s*[0-9A-Z]+\s*版\s*[\u4e00-\u9fff]{0,6})?\s*$"),
    re.compile(r"^第\s*[0-9A-Z一二三四五六七八九十]+\s*版(\s*[·:：|]?\s*[\u4e00-\u9fff]{2,6})?\s*$"),
    re.compile(r"^(国内统一连续出版物号|邮发代号|CN\s*\d{2}\s*-\s*\d{4}|总第\s*\d+\s*期|今日\s*\d+\s*版)"),
    re.compile(r"^[\u4e00-\u9fff]{2,6}(日报|晚报|早报|时报|商报|都市报)$"),
    # A page label: number and section name (03 要闻, A3 经济).
    re.compile(rf"^[A-Z]?\d{{1,2}}\s*({'|'.join(SECTION_NAMES)})$"),
)


_FURNITURE_RE = re.compile("|".join(f"(?:{r.pattern})" for r in _FURNITURE_RES))


_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def iso_date(text: str) -> str | None:
    """2024年1月14日 (as a masthead prints it) -> 2024-01-14."""
    m = _DATE_RE.search(text)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}"


def is_furniture(text: str) -> bool:
    """Masthead, date line, page label, editor line: page furniture, never article text."""
    s = text.strip()
    if is_letter_spaced(s):
        s = remove_all_spaces(s)
    return len(s) <= 60 and _FURNITURE_RE.search(s) is not None


# --- titles and bodies -----------------------------------------------------------------

# Openings of a news article's first paragraph: 本报讯, 本报北京5月3日电, 新华社北京9月30日电.
# A day or month number, possibly letter-spaced by the layout (1 0 月1 1 日).
_DD = r"\d\s?\d?"
BODY_LEAD_RE = re.compile(
    rf"^\s*据?\s*(本报讯|本报[\u4e00-\u9fff]{{0,8}}?\s*({_DD}\s*月\s*{_DD}\s*日)?\s*电|"
    rf"新华社[\u4e00-\u9fff]{{0,10}}?\s*({_DD}\s*月\s*{_DD}\s*日)?\s*电|[\u4e00-\u9fff]{{2,6}}(日报|晚报)讯)"
)
def opens_with_lead(lines: "list[Line] | tuple[Line, ...]", i: int = 0) -> bool:
    """Whether line ``i`` opens an article's text (本报讯, 本报北京5月3日电), the lead possibly
    broken over two lines (本报北京 9月 30日 / 电 （记者王远）)."""
    first = lines[i].text
    head = first.lstrip()[:1]
    if head not in _LEAD_FIRST_CHARS and "讯" not in first[:12]:
        return False  # every lead opens with one of these or names its paper's 讯 early
    if BODY_LEAD_RE.match(first):
        return True
    return (i + 1 < len(lines) and first.lstrip().startswith(_LEAD_OPENINGS)
            and BODY_LEAD_RE.match(first.strip() + lines[i + 1].text.strip()) is not None)


_LEAD_OPENINGS = ("本报", "新华社", "据新华社", "中新社")
_LEAD_FIRST_CHARS = {"本", "新", "据", "中"}


# Marks that only running text carries: titles never hold a full stop or a semicolon, and a
# comma or enumeration comma inside a short line is a strong sign of body text.
def _has_clause_mark(t: str) -> bool:
    return "，" in t or "、" in t or "：" in t or ":" in t or "," in t  # twice as fast as a regex search


# A title never ends on a clause mark; a run that does is text cut at a column end.
_CLAUSE_END = set("，、：:,")
# A title group is short; a frame of more lines is running text.
MAX_TITLE_LINES = 4
MAX_TITLE_LINE_CHARS = 48


# Every byline, marker and furniture line holds one of these; most body lines hold none, so
# one search spares them the three full checks. Every branch of the search opens with a plain
# character, so the regex engine skips to those characters; the anchored ones go in a match.
_SPECIAL_HINT_RE = re.compile(
    r"（\s*(?:下转|上接|转|接)|\(\s*(?:下转|上接|转|接)|记\s*者|通\s*讯\s*员|实\s*习\s*生|摄|撰\s*稿|文/图|图/文|"
    r"编|校对|版|制图|审读|监制|出版物号|代号|CN|期|报$"
)
_SPECIAL_HINT_START_RE = re.compile(r"\s*\d{4}\s*年|\s*[A-Z]?\d{1,2}\s*\S{2,4}\s*$")


def _kind_of_line(text: str) -> BlockKind | None:
    """The kinds a line shows by itself; None for text (title or body, decided per run)."""
    if not _SPECIAL_HINT_RE.search(text) and not _SPECIAL_HINT_START_RE.match(text):
        return None
    if _LINE_CONTINUATION_RE.match(text):
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
    m = _TRAILING_CONTINUATION_RE.search(line.text)
    if not m or m.start() == 0 or not line.text[: m.start()].strip():
        m = _LEADING_CONTINUATION_RE.search(line.text)
        if not m or not line.text[m.end():].strip():
            return [line]
        cut = m.end()
    else:
        cut = m.start()
    return list(_cut_line(line, cut))


def _cut_line(line: Line, cut: int) -> tuple[Line, Line]:
    """One printed line as two, at character ``cut`` (text, and the marker or credit after it)."""
    return (Line(text=line.text[:cut], start=line.start, end=line.start + cut, line_no=line.line_no,
                 bbox=line.bbox, size=line.size, bold=line.bold),
            Line(text=line.text[cut:], start=line.start + cut, end=line.end, line_no=line.line_no,
                 bbox=line.bbox, size=line.size, bold=line.bold))


def _line_shape(text: str) -> str:
    """'body', 'title' or 'maybe' for one text line, by its marks alone."""
    t = text.strip()
    # Plain substring tests: this runs on every line of every page.
    if len(t) > MAX_TITLE_LINE_CHARS or "。" in t or "；" in t or ";" in t or t[-1:] in _CLAUSE_END:
        return "body"
    if t[:1] in _LEAD_FIRST_CHARS and (BODY_LEAD_RE.match(t) or _LEAD_START_RE.match(t)) or "讯" in t[:12] and BODY_LEAD_RE.match(t):
        return "body"
    if "摄" in t and _BARE_CREDIT_RE.match(t):
        return "body"  # a bare photo credit is the last words of its caption
    # _has_clause_mark, inline: this runs on every line of every page.
    return "maybe" if "，" in t or "、" in t or "：" in t or ":" in t or "," in t else "title"


_BARE_CREDIT_RE = re.compile(r"^[\u4e00-\u9fff·、\s]{2,24}摄\s*([（(][^（）()]{1,12}[）)])?$")
# The opening of a lead cut off before its 电 (本报北京9月30日 / 电 （记者…）).
_LEAD_START_RE = re.compile(rf"^\s*(本报|新华社|据新华社)[\u4e00-\u9fff]{{0,8}}\s*{_DD}\s*月\s*{_DD}\s*日\s*$")
# How close to a column width a line must be to count as a full line of that column.
FULL_WIDTH_TOLERANCE_EM = 0.6


def _fits_column(text: str, widths: tuple[float, ...]) -> bool:
    """Whether a line is set to a column width, or to it less a first-line indent."""
    w = display_width(text)
    for c in widths:  # a plain loop: this runs on most lines, and any() over a generator costs more
        if abs(w - c) <= FULL_WIDTH_TOLERANCE_EM or abs(w + INDENT_EM - c) <= FULL_WIDTH_TOLERANCE_EM:
            return True
    return False


def _fits_column_width(text: str, width: float) -> bool:
    """_fits_column for one width."""
    w = display_width(text)
    return abs(w - width) <= FULL_WIDTH_TOLERANCE_EM or abs(w + INDENT_EM - width) <= FULL_WIDTH_TOLERANCE_EM


# A title line this much wider than the column of the text beside it spans several columns:
# a headline, never a line of that text.
WIDER_THAN_COLUMN_EM = 1.5


def _frame_run_blocks(run: list[Line], shapes: list[str], frame_index: int) -> list[Block]:
    """A frame's run holding running text: title lines may open it (above a body lead, or
    wider than the column, as when an extractor glued a headline to the text below it) or
    close it (wider than the column, after a finished sentence)."""
    w = _column_of(run)
    if w:  # a line set to the column width (or to it less the indent) is running text
        shapes = ["body" if sh == "body" or _fits_column_width(l.text, w) else sh for l, sh in zip(run, shapes)]
    head = 0
    while head < len(run) and head < MAX_TITLE_LINES and shapes[head] != "body":
        head += 1
    if head and head < len(run) and shapes[head] == "body" and (
            opens_with_lead(run, head) and all(s == "title" for s in shapes[:head])
            or w and any(display_width(l.text) > w + WIDER_THAN_COLUMN_EM for l in run[:head])):
        return _title_blocks(run[:head], frame_index) + _frame_run_blocks(run[head:], shapes[head:], frame_index)
    tail = len(run)
    while tail > 0 and len(run) - tail < MAX_TITLE_LINES and shapes[tail - 1] != "body":
        tail -= 1
    if (0 < tail < len(run) and w and run[tail - 1].text.rstrip()[-1:] in TERMINAL_MARKS
            and any(display_width(l.text) > w + WIDER_THAN_COLUMN_EM for l in run[tail:])):
        return [Block(BlockKind.BODY, tuple(run[:tail]), frame_index)] + _title_blocks(run[tail:], frame_index)
    return [Block(BlockKind.BODY, tuple(run), frame_index)]


def _column_of(lines: "list[Line] | tuple[Line, ...]") -> float | None:
    """A run's column width, when it has lines enough to tell."""
    return column_width(lines) if len(lines) >= MIN_LINES_FOR_COLUMN else None  # no list copy: it only reads


def _text_blocks(run: list[Line], frame_index: int, widths: tuple[float, ...] = (),
                 line_level: bool = False) -> list[Block]:
    """Split a run of text lines into title and body blocks.

    Extractors put a title in a block of its own (its type size differs), so by default a run
    with running text in it is running text, but for title lines right above a body lead.
    With ``line_level`` (every line came as its own block) titles are found line by line:
    lines with no sentence marks that are not set to a column width, opening the run or
    following a finished sentence.
    """
    shapes = [_line_shape(l.text) for l in run]
    if all(s != "body" for s in shapes) and len(run) <= MAX_TITLE_LINES:
        # A line wider than every column is set across columns: a headline, commas or not.
        wide = bool(widths) and any(display_width(l.text) > max(widths) + WIDER_THAN_COLUMN_EM for l in run)
        # So is one that ends in its column's name (…革命不止 / （为了民族复兴·英雄烈士谱）).
        last = run[-1].text
        named = (COLUMN_TAG_RE.search(last) and not any(c in last for c in _CLAUSE_END)
                 or len(run) > 1 and COLUMN_NAME_RE.match(last))
        if "maybe" not in shapes or wide or named:
            return _title_blocks(run, frame_index)
        # Lines with commas that wrap at a column width are running text, not a title.
        wrapped = len(run) > 1 and _fits_column(run[0].text, widths)
        return [Block(BlockKind.BODY, tuple(run), frame_index, maybe_title=not wrapped)]
    if (not line_level and len(run) <= MAX_TITLE_LINES and widths and run[-1].text.rstrip()[-1:] not in TERMINAL_MARKS
            and "。" not in "".join(l.text for l in run)
            and all(display_width(l.text) > max(widths) + WIDER_THAN_COLUMN_EM for l in run[:-1] or run)):
        # A few lines set across columns that finish no sentence: a deck wrapped over its
        # lines (共有109个国家…报名参赛， / 规模创历届之最) or a caption; the neighbours decide.
        return [Block(BlockKind.BODY, tuple(run), frame_index, maybe_title=True)]
    if not line_level:
        return _frame_run_blocks(run, shapes, frame_index)
    # In a run of lines, a line with commas set to a column width is running text; so is a
    # mark-free one set to a column width next to running text.
    fits = [_fits_column(l.text, widths) for l in run]
    for i in range(len(run)):
        if shapes[i] == "maybe" and fits[i]:
            shapes[i] = "body"
        elif shapes[i] == "maybe" and widths and display_width(run[i].text) > max(widths) + WIDER_THAN_COLUMN_EM:
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
            out.extend(_title_blocks(segment, frame_index))
        else:
            body.extend(segment)
        i = j
    if body:
        out.append(Block(BlockKind.BODY, tuple(body), frame_index))
    return out


def _title_blocks(run: list[Line], frame_index: int) -> list[Block]:
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


# The end of a line that may begin a credit finished on the next line (…向前 本 / 报记者 贾萍琳摄).
_TRAILING_WORD_RE = re.compile(r"\s([\u4e00-\u9fff]{1,4})\s*$")


def _credit_broken_at(line: Line, nxt: Line | None) -> tuple[Line, Line, tuple[Byline, ...]] | None:
    """A photo credit broken over two lines: (text before it, its first part, the bylines)."""
    if nxt is None or "摄" not in nxt.text:
        return None
    m = _TRAILING_WORD_RE.search(line.text)
    if not m or parse_byline(nxt.text) is not None:
        return None
    bylines = parse_byline(m.group(1) + nxt.text.strip())
    if not bylines:
        return None
    return *_cut_line(line, m.start(1)), bylines


# A credit set on the last line of a caption, after its closing mark (…帮助发展中国家。 本报记者 曹豪摄).
_TRAILING_CREDIT_RE = re.compile(r"[。！？!?…”」）)]\s+([^\s。！？，][^。！？，]{1,40}摄(?:\s*[（(][^（）()]{1,12}[）)])?)\s*$")


def _credit_at_end(line: Line) -> tuple[Line, Line, tuple[Byline, ...]] | None:
    """A photo credit printed at the end of a caption line: (the text, the credit, its bylines)."""
    if "摄" not in line.text:
        return None
    m = _TRAILING_CREDIT_RE.search(line.text)
    if not m:
        return None
    bylines = parse_byline(m.group(1))
    if not bylines or any(b.role != PHOTO_ROLE for b in bylines):
        return None
    return *_cut_line(line, m.start(1)), bylines


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
        credit = _credit_broken_at(line, lines[i]) if i < len(lines) and "摄" in lines[i].text else None
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
        credit = _credit_at_end(line) if "摄" in line.text else None
        if credit is not None:
            head, tail, bylines = credit
            run.append(head)
            flush()
            blocks.append(Block(BlockKind.BYLINE, (tail,), frame.index, bylines=bylines, text=tail.text.strip()))
            continue
        kind = _kind_of_line(line.text)
        if kind is None:
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


def _as_text(blocks: list[Block]) -> Block:
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
        if b.kind is BlockKind.BODY and not opens_with_lead(b.lines):
            j = len(out)
            while j > 0 and out[j - 1].kind in (BlockKind.TITLE, BlockKind.BYLINE, BlockKind.DUPLICATE):
                j -= 1
            heads = out[j:]
            w = _column_of(b.lines) or (max(widths) if widths else None)
            if any(h.kind is BlockKind.TITLE for h in heads) and w and all(
                    display_width(l.text) <= w + 0.5 for h in heads if h.kind is BlockKind.TITLE for l in h.lines):
                merged = _as_text(heads + [b])
                out[j:] = [replace(merged, frame_index=b.frame_index)]
                continue
        out.append(b)
    return out


def _merge_adjacent(blocks: list[Block]) -> list[Block]:
    """Consecutive byline lines of one frame are one byline block (■记者 … / 通讯员 …)."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind is b.kind is BlockKind.BYLINE:
            out[-1] = Block(BlockKind.BYLINE, prev.lines + b.lines, b.frame_index,
                            bylines=prev.bylines + b.bylines, text=prev.text + "\n" + b.text)
        else:
            out.append(b)
    return out


def _ends_mid_sentence(block: Block) -> bool:
    """Whether running text stops mid-sentence; a note of its sources (数据来源：…执委会) ends
    without a full stop, yet finishes it."""
    return (block.kind is BlockKind.BODY and block.lines[-1].text.rstrip()[-1:] not in TERMINAL_MARKS
            and not any(SOURCE_NOTE_RE.match(l.text) for l in block.lines[-3:]))


def _jumps_ahead(blocks: list[Block]) -> list[bool]:
    """For each block: whether a （下转N版） comes after it before any running text, so that
    text stopped mid-sentence before it jumped to another page. One pass from the right."""
    jumps = [False] * (len(blocks) + 1)
    for k in range(len(blocks) - 1, -1, -1):
        c = blocks[k].continuation
        if blocks[k].kind is BlockKind.BODY:
            jumps[k] = False
        elif c is not None and c.direction == "to":
            jumps[k] = True
        else:
            jumps[k] = jumps[k + 1]
    return jumps


def _resolve_maybe_titles(blocks: list[Block]) -> list[Block]:
    """A short run with commas is a title when its neighbours say so: another title next to
    it, or a byline or body opening after it, or a column's name ending it, while the text
    before it ended its sentence.
    One pass, left to right: what came before is already decided."""
    out: list[Block] = []
    content = [b for b in blocks if b.kind is not BlockKind.FURNITURE]
    after = {id(b): content[i + 1] if i + 1 < len(content) else None for i, b in enumerate(content)}
    jumps = _jumps_ahead(blocks)
    prev: Block | None = None
    for i, b in enumerate(blocks):
        if b.kind is BlockKind.FURNITURE:
            out.append(b)
            continue
        nxt = after[id(b)]
        # Text stopped mid-sentence goes on here, unless a （下转N版） ahead says it jumped.
        if b.maybe_title and not (prev is not None and _ends_mid_sentence(prev) and not jumps[i + 1]) and (
                (prev is not None and prev.kind is BlockKind.TITLE)
                or (nxt is not None and nxt.kind in (BlockKind.TITLE, BlockKind.BYLINE, BlockKind.DUPLICATE))
                or (nxt is not None and nxt.kind is BlockKind.CONTINUATION and nxt.continuation is not None
                    and nxt.continuation.direction == "from")
                or (nxt is not None and nxt.kind is BlockKind.BODY and opens_with_lead(nxt.lines))
                or COLUMN_TAG_RE.search(b.lines[-1].text)):
            titles = _title_blocks(list(b.lines), b.frame_index)
            out.extend(titles)
            prev = titles[-1]
            continue
        out.append(b)
        prev = b
    return out


# Share of one-line frames above which the extractor wrote every line as its own block, so
# blank lines say nothing about frames.
THIN_FRAME_SHARE = 0.6
MIN_FRAMES_FOR_THIN = 12


# A frame is a column's stretch of one story: more lines than this mean the extractor wrote
# no blank lines between its blocks at all.
MAX_FRAME_LINES = 80


def _thin_frames(frames: list[Frame]) -> bool:
    """Whether blank lines say nothing about frames: nearly every line stands alone, or
    (an extractor that writes none) whole pages of lines run on without one."""
    if any(len(f.lines) > MAX_FRAME_LINES for f in frames):
        return True
    if len(frames) < MIN_FRAMES_FOR_THIN:
        return False
    return sum(1 for f in frames if len(f.lines) == 1) >= THIN_FRAME_SHARE * len(frames)


def column_widths(frames: list[Frame]) -> tuple[float, ...]:
    """The page's column widths in ems: the common widths of full running-text lines."""
    counts: dict[float, int] = {}
    total = 0
    for f in frames:
        for line in f.lines:
            t = line.text.strip()
            if not t or t[-1] in TERMINAL_MARKS or not ("，" in t or "、" in t or "：" in t or ":" in t or "," in t):
                continue  # (the clause-mark test of _has_clause_mark, inline: this runs on every line)
            # The line's own text, which display_width strips as well: the stages after ask
            # for its width by that key.
            key = round(display_width(line.text) * 2) / 2
            counts[key] = counts.get(key, 0) + 1
            total += 1
    floor = max(3, 0.05 * total)
    return tuple(sorted(w for w, n in counts.items() if n >= floor))


def classify_blocks(frames: list[Frame]) -> list[Block]:
    """Frames -> classified blocks, in source order."""
    widths = column_widths(frames)
    if _thin_frames(frames):
        # One virtual frame; each block keeps the index of the frame its first line came from.
        frame_of = {line.start: f.index for f in frames for line in f.lines}
        merged = Frame(lines=tuple(l for f in frames for l in f.lines), index=0)
        out = [_with_frame(b, frame_of.get(b.start, 0)) for b in classify_frame(merged, widths, line_level=True)]
    else:
        out = []
        for frame in frames:
            out.extend(classify_frame(frame, widths))
    blocks = _column_set_titles_to_body(_first_lines_to_body(_resolve_maybe_titles(_signatures_to_body(_masthead(out))), widths))
    blocks = _closing_notes_to_body(_continue_unfinished_sentences(blocks, widths))
    return _join_byline_lines(_caption_lines_to_body(_attach_split_credits(blocks)))


# How far above its credit a photo's caption may reach: a few lines, each maybe its own frame.
CAPTION_SEARCH_BLOCKS = 6
CAPTION_SEARCH_CHARS = 240
# A caption line wider than a headline's short phrases, with a clause in it.
MIN_CAPTION_LINE_CHARS = 16
_CAPTION_CLAUSE_RE = re.compile(r"[，、；：。！？,;:!?]")


def _caption_lines_to_body(blocks: list[Block]) -> list[Block]:
    """Above a photo's credit (■摄影 …) stands its caption: a short title, then lines of text
    set wider than a column. An extractor that writes each caption line as its own frame makes
    those long lines look like titles; long lines with a clause in them, between the credit and
    the first line without one (the photo's title), are the caption's text."""
    out = list(blocks)
    for i, b in enumerate(blocks):
        if not (b.kind is BlockKind.BYLINE and b.bylines and all(x.role == PHOTO_ROLE for x in b.bylines)):
            continue
        chars = 0
        for k in range(i - 1, max(i - 1 - CAPTION_SEARCH_BLOCKS, -1), -1):
            c = out[k]
            chars += len(c.text)
            if c.kind not in (BlockKind.TITLE, BlockKind.BODY) or chars > CAPTION_SEARCH_CHARS:
                break
            if c.kind is BlockKind.TITLE:
                if not _is_caption_title(c):
                    break
                out[k] = Block(BlockKind.BODY, c.lines, c.frame_index)
        # Some extractors draw the credit first: credit, the photo's title, then its caption.
        k = i + 2
        if k < len(out) and out[i + 1].kind is BlockKind.TITLE and not _is_caption_title(out[i + 1]):
            chars = 0
            while k < min(len(out), i + 2 + CAPTION_SEARCH_BLOCKS) and out[k].kind is BlockKind.TITLE:
                chars += len(out[k].text)
                if chars > CAPTION_SEARCH_CHARS or not _is_caption_title(out[k]):
                    break
                out[k] = Block(BlockKind.BODY, out[k].lines, out[k].frame_index)
                k += 1
    return out


def _is_caption_title(block: Block) -> bool:
    """Whether a title-like block reads as caption text: long lines, each with a clause, not
    a kicker leading to its headline (有作家驻村，有村民书写，山西贾家庄——)."""
    return not block.text.rstrip().endswith("—") and all(
        len(l.text.strip()) >= MIN_CAPTION_LINE_CHARS and _CAPTION_CLAUSE_RE.search(l.text) for l in block.lines)


# A letter's sign-off: the signer on a line of its own, then the date alone (习近平 / 2019年10月13日).
_SIGNER_RE = re.compile(r"^\s*[\u4e00-\u9fff·]{2,12}(\s+[\u4e00-\u9fff·]{2,12}){0,2}\s*$")
SIGN_OFF_DATE_RE = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def _signatures_to_body(blocks: list[Block]) -> list[Block]:
    """A letter printed in the text (贺信, 回信) ends with its signer and the date, each on a
    line of its own, and often the agency's note (（新华社北京10月13日电）). They look like a
    title and a date line; after a finished sentence they are the letter's last lines, and
    the text they share a frame with goes on from them."""

    def span(out: list[Block], i: int) -> int | None:
        if not (out and out[-1].kind is BlockKind.BODY and out[-1].lines[-1].text.rstrip()[-1:] in TERMINAL_MARKS
                and blocks[i].kind is BlockKind.TITLE and len(blocks[i].lines) == 1
                and _SIGNER_RE.match(blocks[i].text) and i + 1 < len(blocks)
                and blocks[i + 1].kind in (BlockKind.FURNITURE, BlockKind.TITLE)
                and blocks[i + 1].frame_index == blocks[i].frame_index
                and SIGN_OFF_DATE_RE.match(blocks[i + 1].lines[0].text)):
            return None
        k = i + 2
        frame = blocks[i].frame_index
        if k < len(blocks) and blocks[k].frame_index == frame and blocks[k].lines[0].text.lstrip()[:1] in "（(":
            for j in range(k, min(len(blocks), k + 2)):  # the agency's note, maybe over two lines
                if blocks[j].kind is not BlockKind.TITLE or blocks[j].frame_index != frame:
                    break
                if "）" in blocks[j].text or ")" in blocks[j].text:
                    k = j + 1
                    break
        if k < len(blocks) and blocks[k].kind is BlockKind.BODY and blocks[k].frame_index == frame:
            k += 1  # the text that goes on in the frame
        return k

    return _read_spans_as_text(blocks, span)


# A note naming the sources of the text or its figures (数据来源：日照市委宣传部).
SOURCE_NOTE_RE = re.compile(r"^\s*(?:数据|资料|信息|图表)?来源\s*[：:]")


def _closing_notes_to_body(blocks: list[Block]) -> list[Block]:
    """A parenthesis right after running text closes it: （本报东京10月14日电）, （齐志明）,
    （作者为…主任）; so does a note of its sources (数据来源：…), or the speaker of a quote
    (——湖南省委书记杜家毫…说): a subheadline's dash follows its headline, never text.
    Extractors often set these apart, and they look like titles; they are text."""

    def span(out: list[Block], i: int) -> int | None:
        if not (blocks[i].kind is BlockKind.TITLE and out and out[-1].kind is BlockKind.BODY):
            return None
        if SOURCE_NOTE_RE.match(blocks[i].lines[0].text) or blocks[i].text.startswith("——"):  # up to its frame's end
            k = i + 1
            while k < len(blocks) and blocks[k].kind is BlockKind.TITLE and blocks[k].frame_index == blocks[i].frame_index:
                k += 1
            return k
        if blocks[i].lines[0].text.lstrip()[:1] not in "（(":
            return None
        for k in range(i, min(len(blocks), i + MAX_TITLE_LINES)):  # up to the closing parenthesis
            if blocks[k].kind is not BlockKind.TITLE:
                return None
            if "）" in blocks[k].text or ")" in blocks[k].text:
                return k + 1
        return None

    return _read_spans_as_text(blocks, span)


def _read_spans_as_text(blocks: list[Block], span) -> list[Block]:
    """One pass: where ``span(out, i)`` gives an end k, blocks[i:k] become one run of text."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        k = span(out, i)
        if k:
            out.append(_as_text(blocks[i:k]))
            i = k
        else:
            out.append(blocks[i])
            i += 1
    return out


def _join_byline_lines(blocks: list[Block]) -> list[Block]:
    """A byline opened by its mark (■记 者 陶东一) goes on in an unmarked line (通讯员 蔡瑶洁)
    even where the extractor put that line in the next frame."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind is b.kind is BlockKind.BYLINE and prev.frame_index != b.frame_index
                and _BYLINE_MARK_RE.match(prev.text) and not _BYLINE_MARK_RE.match(b.text)):
            out[-1] = replace(prev, lines=prev.lines + b.lines, bylines=prev.bylines + b.bylines,
                              text=prev.text + "\n" + b.text)
        else:
            out.append(b)
    return out


def _first_lines_to_body(blocks: list[Block], widths: tuple[float, ...]) -> list[Block]:
    """A lone line in a frame of its own, set to a column width less the indent, right before
    text that goes on without a lead, is a paragraph's first line: extractors often break a
    column after it, because the indent spoils their column alignment."""
    out = list(blocks)
    for i in range(len(out) - 1):
        b, nxt = out[i], out[i + 1]
        if (b.kind is not BlockKind.TITLE or len(b.lines) != 1 or nxt.kind is not BlockKind.BODY
                or opens_with_lead(nxt.lines) or (i and out[i - 1].frame_index == b.frame_index)
                or nxt.frame_index == b.frame_index):
            continue
        w = _body_width(nxt)
        cols = (w,) if w else widths
        if not cols or display_width(nxt.lines[0].text) > max(cols) + WIDER_THAN_COLUMN_EM:
            continue  # text set wider than any column (a caption across a photo) is no paragraph's rest
        text = b.lines[0].text
        if len(nxt.lines) > 1 and _indented_line(nxt.lines[0].text, cols):
            continue  # the text opens its own paragraph: the line above is no first line of it
        if any(abs(display_width(text) + INDENT_EM - c) <= 0.5 for c in cols) and not _CJK_GAP_RE.search(text):
            out[i] = Block(BlockKind.BODY, b.lines, b.frame_index)
    return out


def _indented_line(text: str, cols: tuple[float, ...]) -> bool:
    """A line running on (no sentence end) set a column's width less the indent."""
    return text.rstrip()[-1:] not in TERMINAL_MARKS and any(
        abs(display_width(text) + INDENT_EM - c) <= 0.5 for c in cols)


# The last characters of a sentence and its closing quote, alone on a line (迹”).
_SENTENCE_TAIL_RE = re.compile(r"^\s*[\u4e00-\u9fff]{1,3}[”’」』）)]\s*$")


def _continue_unfinished_sentences(blocks: list[Block], widths: tuple[float, ...]) -> list[Block]:
    """Title-like lines right after a body that stopped mid-sentence, set to a column width
    (or trailing off in an ellipsis, as no headline does), are that sentence going on in the
    next frame; unless a （下转N版） says the text jumped."""
    n = len(blocks)
    # From each block on: does running text come before a （下转N版）? (one pass from the right)
    body_ahead = [False] * (n + 1)
    for k in range(n - 1, -1, -1):
        c = blocks[k].continuation
        if blocks[k].kind is BlockKind.BODY:
            body_ahead[k] = True
        elif c is not None and c.direction == "to":
            body_ahead[k] = False
        else:
            body_ahead[k] = body_ahead[k + 1]

    def span(out: list[Block], i: int) -> int | None:
        b = blocks[i]
        if not (b.kind is BlockKind.TITLE and out and _ends_mid_sentence(out[-1])
                and (_fits_column(b.lines[0].text, widths) or b.lines[-1].text.rstrip().endswith("…")
                     or _SENTENCE_TAIL_RE.match(b.text))
                and not _CJK_GAP_RE.search(b.lines[0].text) and body_ahead[i]):
            return None
        k = i
        while k < n and blocks[k].kind in (BlockKind.TITLE, BlockKind.DUPLICATE) and blocks[k].frame_index == b.frame_index:
            k += 1
        lines = [l for x in blocks[i:k] for l in x.lines]
        if widths and any(display_width(l.text) > max(widths) + FULL_WIDTH_TOLERANCE_EM for l in lines) \
                or COLUMN_TAG_RE.search(lines[-1].text):
            return None  # wider than any column, or closed by a column's name: a headline
        return k

    return _read_spans_as_text(blocks, span)


# A paper's name: what a masthead line says before the first article.
MASTHEAD_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}(报|新闻|周刊)$")
MASTHEAD_SEARCH_BLOCKS = 6  # how far from the top of the page a masthead may stand


def _masthead(blocks: list[Block]) -> list[Block]:
    """A short title-like line naming a paper, before the first text or after the last (where
    extractors put a running head drawn last), is the masthead."""
    out = list(blocks)
    ends = (range(min(MASTHEAD_SEARCH_BLOCKS, len(out))),  # the head of the page ...
            range(len(out) - 1, max(len(out) - 1 - MASTHEAD_SEARCH_BLOCKS, -1), -1))  # ... or its foot
    for order in ends:
        for i in order:
            b = out[i]
            if b.kind is BlockKind.BODY:
                break
            if b.kind is BlockKind.TITLE and MASTHEAD_RE.match(remove_all_spaces(b.text)):
                out[i] = replace(b, kind=BlockKind.FURNITURE)
    return out


# A phrase gap inside a title (同台较量赛创新 比学赶超添活力); running text never has one.
_CJK_GAP_RE = re.compile(r"[\u3400-\u9fff”“》《]\s+[\u3400-\u9fff“”《》]")
def _body_width(block: Block | None) -> float | None:
    return _column_of(block.lines) if block is not None and block.kind is BlockKind.BODY else None


def _column_set_titles_to_body(blocks: list[Block]) -> list[Block]:
    """A title group whose lines wrap at the width of the column beside it is set in the
    column: a subheading of the running text (“我们深刻感受到中国市场 / 的发展潜力”), not a title.

    A headline is set in a larger type, so its lines break at other widths than the body's.
    """
    out = list(blocks)
    i = 0
    while i < len(out):
        if out[i].kind is not BlockKind.TITLE:
            i += 1
            continue
        j = i
        while j < len(out) and out[j].kind in (BlockKind.TITLE, BlockKind.DUPLICATE):
            j += 1
        group = [b for b in out[i:j] if b.kind is BlockKind.TITLE]
        widths = [w for w in (_body_width(out[i - 1] if i else None), _body_width(out[j] if j < len(out) else None)) if w]
        # Wrapped text: every line but the last set to the column, the last one shorter.
        wrapped = len(group) > 1 and bool(widths) and all(
            any(abs(display_width(b.lines[0].text) - w) <= 0.5 or abs(display_width(b.lines[0].text) + INDENT_EM - w) <= 0.5
                for w in widths) and not _CJK_GAP_RE.search(b.lines[0].text)
            for b in group[:-1]) and display_width(group[-1].lines[0].text) <= max(widths) - 1.0
        # A subheading runs on into text of its article; a title above a lead or a byline
        # opens a new article.
        nxt = out[j] if j < len(out) else None
        if nxt is not None and (nxt.kind is BlockKind.BYLINE or nxt.kind is BlockKind.BODY and opens_with_lead(nxt.lines)):
            wrapped = False
        if any(COLUMN_TAG_RE.search(b.lines[-1].text) for b in group) or any(
                b.kind is BlockKind.DUPLICATE for b in out[i:j]):
            wrapped = False  # a column's name closes a headline, and only headlines are overprinted
        if wrapped:
            out[i:j] = [_as_text(out[i:j])]
            i += 1
        else:
            i = j
    return out


_TRAILING_ROLE_RE = re.compile(r"\s(" + "|".join(re.escape(r) for r in BYLINE_ROLES if len(r) > 1) + r")\s*$")


def _attach_split_credits(blocks: list[Block]) -> list[Block]:
    """A credit broken over two lines (…准备上山。 本报记者 / 汪强倩、闫凯旭摄): the role at the end
    of a text line joins the names that open the next block; a credit's last characters and
    its 摄 (新华社记者 张金 / 加摄) join the credit they end."""
    out = list(blocks)
    i = 0
    while i + 1 < len(out):
        b, nxt = out[i], out[i + 1]
        m = _TRAILING_ROLE_RE.search(b.lines[-1].text) if b.kind in (BlockKind.BODY, BlockKind.TITLE) else None
        if m and nxt.kind in (BlockKind.BYLINE, BlockKind.BODY, BlockKind.TITLE) and len(nxt.lines) == 1:
            names = nxt.lines[0].text.strip()
            bylines = parse_byline(m.group(1) + " " + names)
            if bylines:
                head, tail = _cut_line(b.lines[-1], m.start())
                out[i] = replace(b, lines=b.lines[:-1] + (head,))
                out[i + 1] = Block(BlockKind.BYLINE, (tail, nxt.lines[0]), nxt.frame_index, bylines=bylines,
                                   text=f"{tail.text.strip()} {names}")
        elif (b.kind is BlockKind.BYLINE and "摄" not in b.text and nxt.kind in (BlockKind.BODY, BlockKind.TITLE)
              and len(nxt.lines) == 1 and _NAME_END_RE.match(nxt.lines[0].text)):
            # …the name broken before its last character and 摄 (新华社记者 张金 / 加摄).
            text = b.text + nxt.lines[0].text.strip()
            bylines = parse_byline(text)
            if bylines and all(x.role == PHOTO_ROLE for x in bylines):
                out[i:i + 2] = [Block(BlockKind.BYLINE, b.lines + nxt.lines, b.frame_index, bylines=bylines, text=text)]
        i += 1
    return out


# The end of a photo credit broken off its names: 加摄, 莫倩芳摄.
_NAME_END_RE = re.compile(r"^\s*[\u4e00-\u9fff]{1,3}摄\s*$")


def _with_frame(block: Block, index: int) -> Block:
    return replace(block, frame_index=index)
