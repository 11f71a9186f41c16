"""Gold readings: a composed page -> the ``banmian.page/1`` dict a perfect reader of its flat text gives.

Also the checks that the flat text still carries the gold: no counted character lost, and every
printed line found whole (an extractor that merged two columns' lines would fail here).
"""
from __future__ import annotations

import re

from banmian.eval.score import MARKER_RE, conservation, norm
from banmian.synth.corpus import read_dateline
from banmian.synth.layout import ComposedPage

SCHEMA_ID = "banmian.page/1"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def build_gold(page: ComposedPage, *, stem: str, issue: str | None = None, seed: int | None = None) -> dict:
    """The gold reading of one composed page."""
    st = page.style
    articles = []
    for k, ps in enumerate(page.stories, start=1):
        paragraphs = [_clean(p) for p in ps.paragraphs if p.strip()]
        dateline = None
        if ps.story.kind == "article" and paragraphs and not ps.story.continued_from:
            dateline = read_dateline(paragraphs[0])
        articles.append({
            "id": f"a{k}",
            "kind": ps.story.kind,
            "titles": [{"role": role, "text": _clean(text)} for role, text in ps.titles],
            "bylines": [{"role": role, "name": name} for role, name in ps.story.bylines],
            "dateline": dateline,
            "paragraphs": paragraphs,
            "continued_to": {"page": ps.continued_to} if ps.continued_to else None,
            "continued_from": {"page": ps.story.continued_from} if ps.story.continued_from else None,
            "bbox": [round(v, 2) for v in ps.bbox],
        })
    source = {"path": f"{stem}.txt", "format": "text", "page": st.page_no, "pdf": f"{stem}.pdf",
              "extractor": st.extractor, "style": st.style, "generator": "banmian.synth"}
    if issue:
        source["issue"] = issue
    if seed is not None:
        source["seed"] = seed
    removed = [{"text": t, "reason": "duplicate"} for t in page.duplicates]
    removed += [{"text": t, "reason": "page furniture"} for t in page.furniture]
    return {
        "schema": SCHEMA_ID,
        "source": source,
        "page": {"newspaper": st.newspaper, "date": st.date, "number": str(st.page_no),
                 "section": st.section, "width": st.width, "height": st.height},
        "articles": articles,
        "unassigned": [],
        "removed": removed,
    }


def check_page(text: str, gold: dict, page: ComposedPage) -> list[str]:
    """Problems that make the gold disagree with the flat text; empty when they agree."""
    problems = []
    lost, _ = conservation(text, gold)
    if lost:
        problems.append(f"{lost} counted characters of the flat text are not in the gold")
    flat = norm(text)
    for ln in page.lines:
        t = norm(ln.text)
        if t and t not in flat:
            problems.append(f"printed line not found whole in the flat text: {MARKER_RE.sub('', ln.text)[:20]!r}")
            if len(problems) > 5:
                break
    # a column of an article must come out in one piece: no other text inside it
    for ps in page.stories:
        for chunk in ps.col_chunks:
            t = norm(chunk)
            if t and t not in flat:
                problems.append(f"column of {ps.story.titles[0][1][:12]!r} interleaved with other text")
                break
    return problems
