"""Bylines: who signed a story (■记者 高 洁, 通讯员 顾秋叶, 本报记者 张三摄), read from one line.

The PDF front end reads its bylines with the same parser."""
from __future__ import annotations

import re
from functools import lru_cache

from banmian.lines import remove_all_spaces
from banmian.model import Byline


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
BYLINE_MARK_RE = re.compile(r"^[■□▲△●○◆◇★☆▶►]+\s*")
_NAME_RE = re.compile(r"^[\u3400-\u9fff][\u3400-\u9fff·]{0,4}$")
_SEPARATOR_RE = re.compile(r"[\s、，,]+")
PHOTO_ROLE = "摄影"
# Longest line a byline takes; past this a line is prose that happens to start with 记者.
MAX_BYLINE_CHARS = 48


def is_photo_credit(bylines: "tuple[Byline, ...] | None") -> bool:
    """Whether bylines name photographers only: a photo's credit, not a story's signature."""
    return bylines is not None and len(bylines) > 0 and all(x.role == PHOTO_ROLE for x in bylines)


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


# A role glued to a genre word is a column's label (■记者手记, 记者观察), not a signature.
_GENRE_LABELS = frozenset(("手记", "观察", "调查", "札记", "感言", "点评", "走笔", "随笔", "述评", "来信", "笔记"))


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


# A photo report's credit (本报记者 张武军摄影报道) signs a story told in pictures: it is printed
# as the story's last line and stays its text, as a bare credit does.
_PHOTO_REPORT_RE = re.compile(r"摄影报道\s*(?:[（(][^（）()]{1,12}[）)])?\s*$")


@lru_cache(maxsize=1)  # classify_frame asks about a byline line twice in a row: its kind, then its names
def parse_byline(text: str) -> tuple[Byline, ...] | None:
    """Read a byline line (■记者 高 洁 通讯员 全 峰, 本报记者 张三摄); None if it is not one."""
    s = text.strip()
    if "报道" in s and _PHOTO_REPORT_RE.search(s):
        return None
    if _CREDIT_SOURCE_RE.search(s):
        s = s[: s.rindex("摄") + 1]
    if not s or len(s) > MAX_BYLINE_CHARS or _NOT_BYLINE_RE.search(s) or not _BYLINE_HINT_RE.search(s):
        return None
    marked = BYLINE_MARK_RE.match(s) is not None
    s = BYLINE_MARK_RE.sub("", s)
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
        if not _NAME_RE.match(tok) or tok.endswith(("记者", "通讯员", "摄影", "实习生")) or tok in _GENRE_LABELS:
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
