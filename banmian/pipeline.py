"""The pipeline: input -> lines -> frames -> blocks -> reading order -> articles -> PageResult.

``STAGES`` names the stages in order; ``parse_page`` runs them on one flat-text page and
``parse_inputs`` dispatches many inputs (text or PDF) and yields one PageResult per page.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from banmian.accounting import ensure_lines_placed
from banmian.articles import assemble_articles
from banmian.blocks import SECTION_NAMES, classify_blocks, frames_drawn, iso_date, page_number
from banmian.errors import InputError
from banmian.frames import group_frames
from banmian.inputs import decode_text, detect_format, read_bytes
from banmian.lines import read_lines, unspaced
from banmian.model import Leftover, PageInfo, PageResult, SourceText
from banmian.order import order_blocks

STAGES = ("read_lines", "group_frames", "classify_blocks", "order_blocks", "assemble_articles", "ensure_lines_placed")

_PAGE_LABEL_RE = re.compile(r"第\s*([0-9A-Z一二三四五六七八九十]+)\s*版\s*[·:：|]?\s*([\u4e00-\u9fff]{2,6})?|"
                            rf"(?:^|\s)([A-Z]?\d{{1,2}})\s*({'|'.join(SECTION_NAMES)})(?:\s|$)")
_PAPER_RE = re.compile(r"^([\u4e00-\u9fff]{2,6}(?:报|新闻|周刊))(?:\s|\d|$)")


def page_info(furniture: Iterable[Leftover], width: float | None = None,
              height: float | None = None) -> PageInfo:
    """What the page furniture says: paper, ISO date, page label, section."""
    paper = date = number = section = None
    for item in furniture:
        text = unspaced(item.text).strip()
        if paper is None and (m := _PAPER_RE.match(text)):
            paper = m.group(1)
        date = date or iso_date(text)
        if number is None and (m := _PAGE_LABEL_RE.search(text)):
            number, section = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            number = str(page_number(number.lstrip("0") or number))  # 03 -> 3, 三 -> 3
    return PageInfo(newspaper=paper, date=date, number=number, section=section, width=width, height=height)


def parse_source(source: SourceText) -> PageResult:
    """Run every stage on one decoded flat-text page."""
    lines = read_lines(source)
    frames = group_frames(lines)
    blocks = order_blocks(classify_blocks(frames))
    articles, unassigned, removed = assemble_articles(blocks, frames_drawn(frames))
    furniture = [r for r in removed if r.reason == "page furniture"]
    result = PageResult(
        source=source,
        page=page_info(furniture),
        articles=tuple(articles),
        unassigned=tuple(unassigned),
        removed=tuple(removed),
    )
    return ensure_lines_placed(result)


def parse_page(source: SourceText | str | Path) -> PageResult:
    """Read one page given as a SourceText, a flat-text file or a one-page PDF."""
    if isinstance(source, SourceText):
        return parse_source(source)
    name = str(source)
    data = read_bytes(name)
    if detect_format(data) == "pdf":
        from banmian.layout import parse_pdf

        pages = list(parse_pdf(name, None))
        if len(pages) != 1:
            raise InputError(f"{name}: a PDF of {len(pages)} pages; read them with parse_inputs()")
        return pages[0]
    return parse_source(decode_text(data, path=name))


def parse_inputs(inputs: Iterable[str], encoding: str | None = None, pages: str | None = None) -> Iterator[PageResult]:
    """Yield one PageResult per page of each input, in input order ('-' reads stdin)."""
    for name in inputs:
        data = read_bytes(name)
        if detect_format(data) == "pdf":
            from banmian.layout import parse_pdf

            yield from parse_pdf(name, pages)
            continue
        yield parse_source(decode_text(data, encoding=encoding, path=None if name == "-" else name))
