"""Corpus input: JSON Lines of articles (date, page, position, titles, paragraphs) -> pages of articles.

Also the rules that read a dateline and inline bylines out of a printed first paragraph;
gold.py applies the same rules to whatever text was typeset, so gold and print agree.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

# 本报北京10月14日电 / 新华社香港10月5日电 / 据新华社电: the national dateline prefix.
NATIONAL_PREFIX_RE = re.compile(
    r"^(?P<prefix>据?(?:本报|新华社|人民日报|中新社)[\u4e00-\u9fff·]{0,8}?(?:(?P<date>\d{1,2}月\d{1,2}日))?电)"
    r"(?P<gap>\s*)(?:（(?P<credit>[^（）]{1,40})）)?")
# 本报讯 1月12日下午，… : the local dateline is a date phrase closed by a comma.
LOCAL_DATELINE_RE = re.compile(
    r"^本报讯\s*(?P<date>\d{1,2}月\s*\d{1,2}日(?:上午|下午|晚上|晚间|晚|凌晨|早上|中午)?)，")
# Roles that are printed before a name inside （记者 张璁） or （记者张烁、王珏 通讯员李四）.
CREDIT_ROLE_RE = re.compile(r"(本报记者|记者|通讯员|实习生|特约记者)\s*")
NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    """One article as printed in the corpus."""

    date: str
    page: int
    position: int
    kicker: str
    headline: str
    subheadline: str
    paragraphs: tuple[str, ...]

    @property
    def length(self) -> int:
        return sum(len(p) for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class CorpusPage:
    """The articles one real page printed, in page order."""

    date: str
    page: int
    articles: tuple[CorpusArticle, ...]


def _clean(s: str) -> str:
    # The corpus uses U+00A0 and U+3000 for layout spaces; typesetting wants plain spaces.
    return re.sub(r"[\u00a0\u3000\t]", " ", s or "").strip()


def load_pages(path: str | Path) -> list[CorpusPage]:
    """Read a corpus JSONL file into pages (articles sharing date and page), in file order."""
    pages: dict[tuple[str, int], list[CorpusArticle]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            paras = tuple(p for p in (_clean(x) for x in rec.get("paragraphs") or []) if p)
            art = CorpusArticle(str(rec.get("date") or ""), int(rec.get("page") or 0),
                                int(rec.get("position") or 0), _clean(rec.get("kicker")),
                                _clean(rec.get("headline")), _clean(rec.get("subheadline")), paras)
            pages.setdefault((art.date, art.page), []).append(art)
    return [CorpusPage(d, p, tuple(sorted(arts, key=lambda a: a.position)))
            for (d, p), arts in pages.items()]


def split_national_prefix(paragraph: str) -> tuple[str, str]:
    """Split ``本报北京9月30日电  （记者王明）`` off a first paragraph: (prefix, rest)."""
    m = NATIONAL_PREFIX_RE.match(paragraph)
    if not m:
        return "", paragraph
    return m.group(0), paragraph[m.end():]


def read_dateline(paragraph: str) -> str | None:
    """The date phrase a perfect reader takes from a first paragraph, or None."""
    m = LOCAL_DATELINE_RE.match(paragraph)
    if m:
        return re.sub(r"\s+", "", m.group("date"))
    m = NATIONAL_PREFIX_RE.match(paragraph)
    if m and m.group("date"):
        return m.group("date")
    return None


def read_inline_bylines(paragraph: str) -> list[tuple[str, str]]:
    """Bylines printed inside a national first paragraph, ``（记者 张璁）`` -> [("记者", "张璁")].

    Credits without a printed role (``（何旭）``) give none: the role must be as printed.
    """
    m = NATIONAL_PREFIX_RE.match(paragraph)
    if not m or not m.group("credit"):
        return []
    out: list[tuple[str, str]] = []
    parts = CREDIT_ROLE_RE.split(m.group("credit"))
    # split() with one group gives [before, role, names, role, names, ...]
    if parts[0].strip():
        return []
    for role, names in zip(parts[1::2], parts[2::2]):
        role = "记者" if role.strip() == "本报记者" else role.strip()
        for name in re.split(r"[、，,\s]+", names.strip()):
            if NAME_RE.match(name):
                out.append((role, name))
    return out
