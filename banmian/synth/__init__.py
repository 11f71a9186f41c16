"""Synthetic newspaper pages from real articles, with their exact gold readings.

``generate_pages`` typesets corpus pages with reportlab, extracts their flat text with PyMuPDF or
pdfminer.six, and writes ``pNNNN.pdf``, ``pNNNN.txt`` and ``pNNNN.gold.json`` (banmian.page/1).
"""
from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass, field
from pathlib import Path

from banmian.synth.corpus import CorpusPage, load_pages
from banmian.synth.extract import extract_text
from banmian.synth.gold import build_gold, check_page
from banmian.synth.layout import ComposedPage, PageStyle, Story, choose_style, compose_page
from banmian.synth.stories import make_photo, make_story
from banmian.synth.typeset import render_pdf

__all__ = ["generate_pages", "GeneratedPage", "SynthReport", "synth_page"]

_log = logging.getLogger(__name__)
# Attempts per page when the extracted text would not carry the gold (a new layout each time).
MAX_ATTEMPTS = 4
# Share of pages that get a photo.
PHOTO_RATE = 0.55
# Share of stories that may be cut with （下转N版） when they do not fit.
CUT_RATE = 0.6


@dataclass(slots=True)
class GeneratedPage:
    stem: str
    pdf: bytes
    text: str
    gold: dict
    problems: list[str]
    composed: ComposedPage


@dataclass(slots=True)
class SynthReport:
    pages: int = 0
    articles: int = 0
    retried: int = 0
    failed: list[str] = field(default_factory=list)
    extractors: dict[str, int] = field(default_factory=dict)


def _stories_for(cp: CorpusPage, st: PageStyle, rng: random.Random, photo_pool: list) -> list[Story]:
    stories = []
    for a in cp.articles:
        s = make_photo(a, st.style, rng) if a.headline == "图片报道" else make_story(a, st.style, st.cpl, rng)
        if s is not None:
            stories.append(s)
    # A page whose articles cannot fill it takes more from elsewhere in the corpus, as
    # editors do; the layout drops whatever does not fit.
    capacity = st.cols * (st.height - 2 * st.margin) / st.leading * st.cpl * 0.8
    tries = 0
    while photo_pool and sum(s.length for s in stories) < capacity and tries < 40:
        tries += 1
        s = make_story(rng.choice(photo_pool), st.style, st.cpl, rng)
        if s is not None and 150 < s.length:
            stories.append(s)
    if photo_pool and rng.random() < PHOTO_RATE:
        for _ in range(5):
            p = make_photo(rng.choice(photo_pool), st.style, rng)
            if p is not None:
                stories.insert(rng.randint(1 if stories else 0, len(stories)), p)
                break
    return stories


def synth_page(cp: CorpusPage, *, stem: str, seed: int, photo_pool: list, page_no: int | None = None,
               continuations: list[Story] | None = None, cut_targets: list[int] | None = None,
               extractor: str | None = None, style: str | None = None, newspaper: str | None = None,
               issue: str | None = None) -> GeneratedPage:
    """Typeset, extract and check one page, retrying with a fresh layout when the check fails."""
    result = None
    for attempt in range(MAX_ATTEMPTS):
        rng = random.Random(f"{seed}:{stem}:{attempt}")
        st = choose_style(rng, date=cp.date, page_no=page_no or cp.page, style=style,
                          extractor=extractor, newspaper=newspaper)
        if attempt == MAX_ATTEMPTS - 1 and extractor is None:
            # pdfminer orders small text boxes by its own clustering and can splice two
            # columns' last lines together; a page it keeps doing that to goes to PyMuPDF
            st.extractor = "pymupdf"
        stories = [Story(s.kind, s.titles, s.paragraphs, s.bylines, s.byline_lines, s.first_indent,
                         s.continued_from) for s in continuations or []]
        for s in _stories_for(cp, st, rng, photo_pool):
            if s.kind == "article":
                if cut_targets is None and rng.random() < CUT_RATE:
                    s.cut_to = st.page_no + rng.randint(1, 7)
                elif cut_targets:
                    s.cut_to = rng.choice(cut_targets)
                    s.cut_rate = 0.9
            stories.append(s)
        composed = compose_page(stories, st, rng)
        pdf = render_pdf(composed.ops, st.width, st.height, title=f"{st.newspaper} {st.date} {st.page_no}")
        text = extract_text(pdf, st.extractor)
        gold = build_gold(composed, stem=stem, issue=issue, seed=seed)
        problems = check_page(text, gold, composed)
        result = GeneratedPage(stem, pdf, text, gold, problems, composed)
        if not problems:
            break
        _log.info("page %s attempt %d: %s", stem, attempt, problems[0])
    return result


def _write(page: GeneratedPage, out: Path) -> None:
    (out / f"{page.stem}.pdf").write_bytes(page.pdf)
    (out / f"{page.stem}.txt").write_text(page.text, encoding="utf-8")
    (out / f"{page.stem}.gold.json").write_text(json.dumps(page.gold, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")


def _usable(pages: list[CorpusPage]) -> list[CorpusPage]:
    return [p for p in pages if sum(1 for a in p.articles if a.paragraphs and a.length >= 40) >= 1]


def generate_pages(corpus: str | Path, out: str | Path | None, *, pages: int = 20, seed: int = 1,
                   issue: bool = False, extractor: str | None = None, style: str | None = None,
                   on_page=None) -> SynthReport:
    """Generate ``pages`` pages into ``out`` (None: keep nothing on disk); deterministic for a seed.

    With ``issue=True`` pages come as whole issues: consecutive pages of one date where articles
    cut on the first page continue under （上接1版） on a later one.
    """
    out_dir = Path(out) if out is not None else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    corpus_pages = _usable(load_pages(corpus))
    if not corpus_pages:
        raise ValueError(f"{corpus}: no articles with text")
    photo_pool = [a for p in corpus_pages for a in p.articles if a.paragraphs]
    master = random.Random(seed)
    report = SynthReport()

    def emit(page: GeneratedPage) -> None:
        report.pages += 1
        report.articles += len(page.gold["articles"])
        ex = page.gold["source"]["extractor"]
        report.extractors[ex] = report.extractors.get(ex, 0) + 1
        if page.problems:
            report.failed.append(f"{page.stem}: {page.problems[0]}")
        if out_dir is not None:
            _write(page, out_dir)
        if on_page:
            on_page(page)

    if not issue:
        order = list(range(len(corpus_pages)))
        master.shuffle(order)
        for i in range(pages):
            cp = corpus_pages[order[i % len(order)]]
            emit(synth_page(cp, stem=f"p{i + 1:04d}", seed=seed, photo_pool=photo_pool,
                            extractor=extractor, style=style))
        return report
    from banmian.synth.issue import generate_issue_pages

    for page in generate_issue_pages(corpus_pages, pages=pages, seed=seed, photo_pool=photo_pool,
                                     master=master, extractor=extractor, style=style):
        emit(page)
    return report
