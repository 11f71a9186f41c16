"""Corpus articles -> stories in a page's style: local (本报讯, ■记者 高 洁) or national (inline credits).

Input: ``CorpusArticle``; output: ``Story`` with printed byline lines and the gold bylines.
"""
from __future__ import annotations

import datetime as dt
import random
import re

from banmian.synth import names
from banmian.synth.corpus import CorpusArticle, read_inline_bylines, split_national_prefix
from banmian.synth.layout import BODY_FONT, Story
from banmian.synth.typeset import text_em

STARTS_WITH_DATE_RE = re.compile(r"^(\d{1,2}月)?\d{1,2}日")
PHOTO_CREDIT_RE = re.compile(r"(?:本报记者|新华社记者|记者)\s*([\u4e00-\u9fff]{1,2}\s*[\u4e00-\u9fff]{1,2})摄")
SENTENCE_END_RE = re.compile(r"(?<=[。！？])")


def _titles(a: CorpusArticle) -> list[tuple[str, str]]:
    out = []
    for role, text in (("kicker", a.kicker), ("headline", a.headline), ("subheadline", a.subheadline)):
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            out.append((role, text))
    return out


def _date_phrase(date: str, rng: random.Random) -> str:
    day = dt.date.fromisoformat(date) - dt.timedelta(days=rng.choice((0, 1, 1, 2)))
    return f"{day.month}月{day.day}日{rng.choice(('', '上午', '下午', '下午', '晚'))}，"


def byline_lines(bylines: list[tuple[str, str]], cpl: int) -> list[str]:
    """Print bylines the local way: ``■记者 高 洁 通讯员 全 峰``, wrapped to the column.

    On two lines 记者 is spaced out to ``记 者`` so it lines up with a three-character role below.
    """
    lines = _pack_bylines(bylines, cpl, pad_roles=False)
    if len(lines) > 1 and any(len(r) == 3 for r, _ in bylines):
        lines = _pack_bylines(bylines, cpl, pad_roles=True)
    return lines


def _pack_bylines(bylines: list[tuple[str, str]], cpl: int, *, pad_roles: bool) -> list[str]:
    tokens: list[str] = []
    for role in dict.fromkeys(r for r, _ in bylines):
        people = " ".join(names.pad_name(n) for r, n in bylines if r == role)
        shown = "记 者" if role == "记者" and pad_roles else role
        tokens.append(f"{shown} {people}")
    lines: list[str] = []
    for tok in tokens:
        cand = (lines[-1] + " " + tok) if lines else "■" + tok
        if lines and text_em(cand, BODY_FONT) <= cpl:
            lines[-1] = cand
        else:
            lines.append(cand if not lines else tok)
    return lines


def invent_bylines(rng: random.Random) -> list[tuple[str, str]]:
    out = [("记者", names.person(rng))]
    if rng.random() < 0.12:
        out.append(("记者", names.person(rng)))
    if rng.random() < 0.18:
        out.append(("实习生", names.person(rng)))
    if rng.random() < 0.3:
        out.append(("通讯员", names.person(rng)))
    return out


def make_story(a: CorpusArticle, style: str, cpl: int, rng: random.Random) -> Story | None:
    """One article as the page's style prints it; None when the record has no body."""
    if not a.paragraphs or not a.headline or a.length < 40:
        return None
    paragraphs = list(a.paragraphs)
    if style == "national":
        return Story("article", _titles(a), paragraphs, bylines=read_inline_bylines(paragraphs[0]),
                     source_key=f"{a.date}/{a.page}/{a.position}")
    prefix, rest = split_national_prefix(paragraphs[0])
    bylines: list[tuple[str, str]] = []
    if prefix or rng.random() < 0.6:
        rest = rest.lstrip()
        if not rest:
            return None
        date = "" if STARTS_WITH_DATE_RE.match(rest) or rng.random() < 0.45 else _date_phrase(a.date, rng)
        paragraphs[0] = f"本报讯 {date}{rest}"
        if rng.random() < 0.9:
            bylines = invent_bylines(rng)
    elif prefix:
        paragraphs[0] = rest
    return Story("article", _titles(a), paragraphs, bylines=bylines,
                 byline_lines=byline_lines(bylines, cpl) if bylines else [],
                 source_key=f"{a.date}/{a.page}/{a.position}")


def _short_caption(paragraphs: tuple[str, ...], rng: random.Random, limit: int) -> str:
    text = paragraphs[0]
    out = ""
    for sent in SENTENCE_END_RE.split(text):
        if not sent:
            continue
        if out and len(out) + len(sent) > limit:
            break
        out += sent
    return out if len(out) <= limit * 1.6 else ""


def make_photo(a: CorpusArticle, style: str, rng: random.Random) -> Story | None:
    """A photo (grey box) with a short caption from an article's opening sentences."""
    if not a.paragraphs:
        return None
    caption = _short_caption(a.paragraphs, rng, rng.choice((50, 70, 90)))
    prefix, rest = split_national_prefix(caption)
    caption = rest.strip() if prefix else caption
    if len(caption) < 20:
        return None
    title = a.headline if 2 <= len(a.headline) <= 8 and a.headline != "图片报道" else rng.choice(names.CAPTION_TITLES)
    people = [names.person(rng) for _ in range(1 if rng.random() < 0.7 else 2)]
    m = PHOTO_CREDIT_RE.search(caption)
    if m:  # the corpus caption already names its photographer
        return Story("photo", [("headline", title)], [caption],
                     bylines=[("摄影", re.sub(r"\s+", "", m.group(1)))])
    if style == "local":
        credit = "■摄影 " + " ".join(names.pad_name(p) for p in people)
        return Story("photo", [("headline", title)], [caption], bylines=[("摄影", p) for p in people],
                     byline_lines=[credit])
    caption = f"{caption} 本报记者 {'、'.join(people)}摄"
    return Story("photo", [("headline", title)], [caption], bylines=[("摄影", p) for p in people])


def continuation_story(headline: str, rest: list[str], mid_paragraph: bool, from_page: int,
                       max_chars: int) -> Story:
    """The part of a cut article printed on a later page under （上接N版）, shortened to fit."""
    kept: list[str] = []
    total = 0
    for k, para in enumerate(rest):
        if kept and total + len(para) > max_chars:
            break
        if len(para) > max_chars:  # keep whole sentences of an over-long paragraph
            part = ""
            for sent in SENTENCE_END_RE.split(para):
                if part and len(part) + len(sent) > max_chars:
                    break
                part += sent
            para = part
        kept.append(para)
        total += len(para)
    return Story("article", [("headline", headline)], kept, first_indent=not mid_paragraph,
                 continued_from=from_page)
