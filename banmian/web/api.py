"""The JSON API (/api/...): search, articles as in banmian.page/1, issues and their pages."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request

from banmian.store.base import ArticlePart, PageView, SearchQuery, Story, search_payload

router = APIRouter(prefix="/api", tags=["api"])

MAX_LIMIT = 100


def _ref(value: str | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"page": int(value) if value.isdigit() else value}


def part_payload(part: ArticlePart) -> dict[str, Any]:
    """One article part as in schema banmian.page/1, with its page and the story it belongs to."""
    return {
        "id": part.local_id, "archive_id": part.id, "story_id": part.story_id, "page": part.page_no,
        "page_label": part.page_label, "kind": part.kind,
        "titles": [{"role": r, "text": t} for r, t in part.titles],
        "bylines": [{"role": r, "name": n} for r, n in part.bylines],
        "dateline": part.dateline, "paragraphs": list(part.paragraphs),
        "continued_to": _ref(part.continued_to), "continued_from": _ref(part.continued_from),
        "bbox": list(part.bbox) if part.bbox else None,
    }


def story_payload(story: Story) -> dict[str, Any]:
    """The stitched article as in banmian.page/1 (titles of its first part, all paragraphs) plus paper, date, pages."""
    head = story.head
    return {
        "id": story.id, "kind": head.kind, "paper": story.paper, "date": story.date, "pages": story.pages,
        "titles": [{"role": r, "text": t} for r, t in head.titles],
        "bylines": [{"role": r, "name": n} for r, n in dict.fromkeys(b for p in story.parts for b in p.bylines)],
        "dateline": head.dateline,
        "paragraphs": [p for part in story.parts for p in part.paragraphs],
        "continued_to": None, "continued_from": None,
        "parts": [part_payload(p) for p in story.parts],
    }


def page_payload(view: PageView) -> dict[str, Any]:
    p = view.page
    return {"page": p.key.page_no, "label": p.key.label, "section": p.section, "width": p.width,
            "height": p.height, "has_image": p.has_image,
            "image": f"/pages/{p.id}/image" if p.has_image else None,
            "image_width": p.image_width, "image_height": p.image_height,
            "articles": [{"id": a.story_id, "part_id": a.id, "local_id": a.local_id, "kind": a.kind,
                          "headline": a.headline, "part": a.part_no, "bbox": list(a.bbox) if a.bbox else None}
                         for a in view.articles]}


@router.get("/search", summary="Search articles (Chinese full text, 1+ characters)")
def api_search(request: Request, q: str = Query(..., min_length=1, max_length=200, description="words; \"quoted\" = phrase"),
               paper: str | None = None, from_: str | None = Query(None, alias="from", description="first date, ISO"),
               to: str | None = Query(None, description="last date, ISO"), page: int | None = None,
               limit: int = Query(20, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    store = request.app.state.store
    return search_payload(store.search(SearchQuery(q, paper or None, from_ or None, to or None, page, limit, offset)))


@router.get("/articles/{article_id}", summary="One article, stitched across its pages")
def api_article(request: Request, article_id: int) -> dict[str, Any]:
    story = request.app.state.store.story(article_id)
    if story is None:
        raise HTTPException(404, "no such article")
    return story_payload(story)


@router.get("/issues", summary="Issues in the archive, newest first per paper")
def api_issues(request: Request, paper: str | None = None) -> dict[str, Any]:
    issues = request.app.state.store.issues(paper or None)
    return {"issues": [{"paper": i.paper, "date": i.date, "pages": i.pages, "articles": i.articles} for i in issues]}


@router.get("/issues/{paper}/{date}", summary="One issue: its pages and their articles")
def api_issue(request: Request, paper: str, date: str) -> dict[str, Any]:
    pages = request.app.state.store.issue_pages(paper, date)
    if not pages:
        raise HTTPException(404, "no such issue")
    return {"paper": paper, "date": date, "pages": [page_payload(v) for v in pages]}
