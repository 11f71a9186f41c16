"""What a line says about the page rather than a story: continuation markers ((下转2版)),
masthead, date line, page label and editor line."""
from __future__ import annotations

import re

from banmian.lines import unspaced
from banmian.model import Block, BlockKind, Continuation


CONTINUATION_RE = re.compile(
    r"[（(]\s*(下转|上接|转|接)\s*(?:第\s*)?([0-9A-Za-z一二三四五六七八九十]+)\s*版\s*[）)]"
)
LINE_CONTINUATION_RE = re.compile(rf"^\s*{CONTINUATION_RE.pattern}\s*$")
TRAILING_CONTINUATION_RE = re.compile(rf"{CONTINUATION_RE.pattern}\s*$")
LEADING_CONTINUATION_RE = re.compile(rf"^\s*{CONTINUATION_RE.pattern}")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def page_number(label: str) -> int | str:
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
    return Continuation(direction=direction, page=page_number(m.group(2)), text=m.group(0))


# Page furniture.

# Section names newspapers print in page labels.
SECTION_NAMES = (
    "要闻", "评论", "国际", "体育", "文化", "社会", "经济", "理论", "副刊", "综合", "地方", "专版", "时政",
    "财经", "民生", "观点", "视点", "教育", "科技", "健康", "法治", "生态", "旅游", "读书", "军事", "广告",
    "新闻", "国内", "政治", "文艺", "文体", "城事", "县域", "乡村", "特刊", "专题", "人物", "视觉",
)
_SECTIONS = "|".join(SECTION_NAMES)
_FULL_DATE = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_PAGE_LABEL = r"第\s*[0-9A-Z一二三四五六七八九十]+\s*版"
# Who made the page: an editor line names them after their roles. The layout's and the
# graphics' credits (版式设计：X, 制图：X) close the text they are printed after, as the papers'
# own article texts carry them: they are read with it (see frame.PAGE_CREDIT_RE).
_STAFF_ROLES = "责任编辑|责编|本版编辑|编辑|美编|美术编辑|校对|审读|监制|值班主编|主编|组版"
_PAPER_NAME = r"[\u4e00-\u9fff]{2,6}(?:日报|晚报|早报|时报|商报|都市报)"
_FURNITURE_RES = (
    re.compile(rf"^({_STAFF_ROLES})\s*[：:]"),
    re.compile(rf"^([\u4e00-\u9fff]{{2,6}}报)?\s*{_FULL_DATE}\s*(星期[一二三四五六日天])?\s*(农历\S*)?"
               r"\s*(第\s*[0-9A-Z]+\s*版\s*[\u4e00-\u9fff]{0,6})?\s*$"),
    re.compile(rf"^{_PAGE_LABEL}(\s*[·:：|]?\s*[\u4e00-\u9fff]{{2,6}})?\s*$"),
    re.compile(r"^(国内统一连续出版物号|邮发代号|CN\s*\d{2}\s*-\s*\d{4}|总第\s*\d+\s*期|今日\s*\d+\s*版)"),
    re.compile(rf"^{_PAPER_NAME}$"),
    # A page label: number and section name (03 要闻, A3 经济).
    re.compile(rf"^[A-Z]?\d{{1,2}}\s*({_SECTIONS})$"),
)


_FURNITURE_RE = re.compile("|".join(f"(?:{r.pattern})" for r in _FURNITURE_RES))

# A folio line prints a few of these in any order and spacing (第3版 要闻 2024年1月13日 星期六,
# A2 要闻 2024年1月13日, 平湖日报 PINGHU DAILY). Each token is matched possessively, so a line
# that is not a folio fails fast.
_FOLIO_TOKENS = (
    _FULL_DATE,
    r"(?:星期|周)[一二三四五六日天]",
    r"农历[\u4e00-\u9fff]++",
    _PAGE_LABEL,
    r"[A-Z]?\d{1,2}\s*版?",
    _PAPER_NAME,
    r"[A-Z][A-Za-z.&'-]*+",
    _SECTIONS,
)
_FOLIO_RE = re.compile(rf"^(?:[\s|｜·/]*+(?>{'|'.join(_FOLIO_TOKENS)}))++[\s|｜·/]*$")
# What makes such a line the page's and not a story's: a full date, a page label or the paper.
_FOLIO_ANCHOR_RE = re.compile(rf"{_FULL_DATE}|{_PAGE_LABEL}|{_PAPER_NAME}\s+[A-Z]|"
                              rf"(?:^|\s)[A-Z]?\d{{1,2}}\s*(?:{_SECTIONS})(?:\s|$)")
# An editor line set without colons (编辑 沈 佳  校对 王明), names padded or not.
_STAFF_LINE_RE = re.compile(rf"^(?:\s*(?:{_STAFF_ROLES})\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,3}})+\s*$")
# A reader service line: the paper's hotline or mailbox.
_SERVICE_RE = re.compile(r"^(?:新闻热线|报料热线|热线电话|广告热线|发行热线|订阅热线|投稿邮箱|新闻报料)\s*[：:]")


_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def jumps_on(block: Block) -> bool:
    """Whether a block is a jump marker to a later page (（下转9版）): the text before it goes on
    there, not on this page."""
    return (block.kind is BlockKind.CONTINUATION and block.continuation is not None
            and block.continuation.direction == "to")


def iso_date(text: str) -> str | None:
    """2024年1月14日 (as a masthead prints it) -> 2024-01-14."""
    m = _DATE_RE.search(text)
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}"


def is_furniture(text: str) -> bool:
    """Masthead, date line, page label, editor line: page furniture, never article text."""
    s = unspaced(text.strip())
    if len(s) > 60:
        return False
    if _FURNITURE_RE.search(s) is not None or _STAFF_LINE_RE.match(s) or _SERVICE_RE.match(s):
        return True
    return _FOLIO_RE.match(s) is not None and _FOLIO_ANCHOR_RE.search(s) is not None
