"""Whole issues: consecutive pages of one date, articles cut on page 1 continued on later pages.

Input: corpus pages; output: ``GeneratedPage`` objects whose golds link both parts of every
continued article (``continued_to`` on page 1, ``continued_from`` on the later page).
"""
from __future__ import annotations

import random
from collections import defaultdict

from banmian.synth import names
from banmian.synth.corpus import CorpusPage
from banmian.synth.gold import check_page
from banmian.synth.stories import continuation_story

# Continuations are shortened to this many characters so that they fit one band.
MAX_CONTINUATION_CHARS = 700
MIN_ISSUE_PAGES, MAX_ISSUE_PAGES = 3, 8


def generate_issue_pages(corpus_pages: list[CorpusPage], *, pages: int, seed: int, photo_pool: list,
                         master: random.Random, extractor: str | None = None, style: str | None = None):
    """Yield ``pages`` pages as whole issues, each issue's pages in order."""
    from banmian.synth import synth_page

    by_date: dict[str, list[CorpusPage]] = defaultdict(list)
    for cp in corpus_pages:
        by_date[cp.date].append(cp)
    dates = sorted(by_date)
    master.shuffle(dates)
    made = 0
    for date in dates * (pages // max(len(dates), 1) + 1):
        if made >= pages:
            return
        issue_pages = sorted(by_date[date], key=lambda p: p.page)
        n = min(len(issue_pages), master.randint(MIN_ISSUE_PAGES, MAX_ISSUE_PAGES), pages - made)
        if n < 1:
            continue
        issue_style = style or master.choice(("local", "national"))
        paper = names.NEWSPAPER_NATIONAL if issue_style == "national" else master.choice(names.NEWSPAPERS_LOCAL)
        issue_id = f"{paper} {date}"
        pending: dict[int, list] = defaultdict(list)
        links: list[tuple[int, str, int]] = []  # (from page index, article id, to page number)
        generated = []
        for k in range(n):
            page_no = k + 1
            stem = f"p{made + k + 1:04d}"
            targets = list(range(2, n + 1)) if page_no == 1 and n > 1 else []
            page = synth_page(issue_pages[k], stem=stem, seed=seed, photo_pool=photo_pool, page_no=page_no,
                              continuations=pending.pop(page_no, []), cut_targets=targets,
                              extractor=extractor, style=issue_style, newspaper=paper, issue=issue_id)
            for ps, art in zip(page.composed.stories, page.gold["articles"]):
                if ps.continued_to:
                    headline = next((t for r, t in ps.titles if r == "headline"), "")
                    pending[ps.continued_to].append(continuation_story(
                        headline, ps.rest, ps.rest_mid_paragraph, page_no, MAX_CONTINUATION_CHARS))
                    links.append((k, art["id"], ps.continued_to))
            generated.append(page)
        _link(generated, links)
        made += n
        yield from generated


def _link(generated: list, links: list[tuple[int, str, int]]) -> None:
    """Name the other part of each continued article in both golds; flag parts that never printed."""
    for k, art_id, to_page in links:
        src = generated[k]
        target = generated[to_page - 1] if to_page - 1 < len(generated) else None
        part = None
        if target is not None:
            part = next((a for a in target.gold["articles"]
                         if (a.get("continued_from") or {}).get("page") == k + 1
                         and not (a.get("continued_from") or {}).get("article")), None)
        src_art = next(a for a in src.gold["articles"] if a["id"] == art_id)
        if part is None:
            src.problems.append(f"{art_id}: its continuation on page {to_page} did not fit")
            continue
        part["continued_from"]["article"] = f"{src.stem}#{art_id}"
        src_art["continued_to"]["article"] = f"{target.stem}#{part['id']}"
    for page in generated:
        page.problems.extend(p for p in check_page(page.text, page.gold, page.composed) if p not in page.problems)
