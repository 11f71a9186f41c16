"""The web reader: papers, a calendar of issues, pages with their articles, articles, search.

Server-rendered Jinja2 (autoescaped: article text is shown as text, never markup); only
GET routes, so the server cannot change the archive. Page images come from the archive
itself (rendered at ingest), or else from files, served only from the folders the app was given.
"""
from __future__ import annotations

import calendar
from datetime import date as Date
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from markupsafe import Markup

from banmian.errors import BanmianError
from banmian.store import textindex
from banmian.store.base import SEARCH_LIMIT, SearchQuery, Store
from banmian.web import api

HERE = Path(__file__).parent
WEEKDAYS = "一二三四五六日"
IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}
# A page id is never reused and a replaced page gets a new id, so an image URL always shows
# the same bytes and browsers may keep it for good.
IMAGE_CACHE = "public, max-age=31536000, immutable"


def create_app(store: Store, image_roots: Iterable[str | Path] = (), title: str = "版面 · 数字报") -> FastAPI:
    """A read-only reader over ``store``; page images are served only from under ``image_roots``."""
    app = FastAPI(title="banmian archive", description="Read and search a newspaper archive.",
                  version="1", docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json")
    app.state.store = store
    app.state.image_roots = [Path(r).resolve() for r in image_roots]
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(site_title=title, quote=quote, weekdays=WEEKDAYS)
    templates.env.filters["cn_date"] = cn_date
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)

    @app.exception_handler(BanmianError)
    def user_error(request: Request, exc: BanmianError) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return render(request, "error.html", 400, message=str(exc), heading="请求有误")

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status)

    def not_found(request: Request, what: str) -> HTMLResponse:
        return render(request, "error.html", 404, message=what)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        papers = store.papers()
        latest = {p.paper: store.issue_pages(p.paper, p.last_date) for p in papers}
        return render(request, "home.html", papers=papers, latest=latest)

    @app.get("/papers/{paper}", response_class=HTMLResponse, include_in_schema=False)
    def paper_view(request: Request, paper: str, year: int | None = None) -> HTMLResponse:
        issues = store.issues(paper)
        if not issues:
            return not_found(request, f"没有“{paper}”的报纸")
        years = sorted({int(i.date[:4]) for i in issues}, reverse=True)
        year = year if year in years else years[0]
        dates = {i.date for i in issues if i.date.startswith(f"{year:04d}")}
        months = [(m, calendar.Calendar().monthdayscalendar(year, m)) for m in range(12, 0, -1)
                  if any(d[5:7] == f"{m:02d}" for d in dates)]
        return render(request, "paper.html", paper=paper, year=year, years=years, months=months, dates=dates,
                      issues=[i for i in issues if i.date in dates])

    @app.get("/papers/{paper}/{date}", response_class=HTMLResponse, include_in_schema=False)
    def issue_view(request: Request, paper: str, date: str) -> HTMLResponse:
        pages = store.issue_pages(paper, date)
        if not pages:
            return not_found(request, f"没有 {paper} {date} 这一期")
        return render(request, "issue.html", paper=paper, date=date, pages=pages)

    @app.get("/papers/{paper}/{date}/{page_no}", response_class=HTMLResponse, include_in_schema=False)
    def page_view(request: Request, paper: str, date: str, page_no: int) -> HTMLResponse:
        view = store.page(paper, date, page_no)
        if view is None:
            return not_found(request, f"没有 {paper} {date} 第{page_no}版")
        pages = store.issue_pages(paper, date)
        return render(request, "page.html", paper=paper, date=date, view=view, pages=pages,
                      regions=regions(view))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_view(request: Request, article_id: int) -> Any:
        story = store.story(article_id)
        if story is None:
            return not_found(request, "没有这篇文章")
        if story.id != article_id:
            part = next((p for p in story.parts if p.id == article_id), None)
            anchor = f"#part-{part.part_no}" if part else ""
            return RedirectResponse(f"/articles/{story.id}{anchor}", status_code=302)
        return render(request, "article.html", story=story, head=story.head)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_view(request: Request, q: str = "", paper: str = "", from_: str = Query("", alias="from"),
                    to: str = "", page: str = "", start: int = Query(0, ge=0)) -> HTMLResponse:
        page_no = int(page) if page.isdigit() else None
        phrases = textindex.parse_query(q)
        results = None
        if q.strip():
            results = store.search(SearchQuery(q[:200], paper or None, from_ or None, to or None, page_no,
                                               SEARCH_LIMIT, start))
        params = {"q": q, "paper": paper, "from": from_, "to": to, "page": page}
        more = urlencode({**params, "start": start + SEARCH_LIMIT})
        less = urlencode({**params, "start": max(0, start - SEARCH_LIMIT)})
        return render(request, "search.html", q=q, paper=paper, date_from=from_, date_to=to, page=page,
                      results=results, start=start, papers=store.papers(), more=more, less=less,
                      limit=SEARCH_LIMIT, hl=lambda text: Markup(textindex.highlight(text, phrases)))

    @app.get("/pages/{page_id}/image", include_in_schema=False)
    def page_image(page_id: int) -> Response:
        record = store.page_by_id(page_id)
        if record is None or not record.has_image:
            raise HTTPException(404, "no image for this page")
        if record.image_type:
            image = store.page_image(page_id)
            if image is not None:
                return Response(image.data, media_type=image.media_type, headers={"Cache-Control": IMAGE_CACHE})
        path = safe_image_path(record.image_path, app.state.image_roots) if record.image_path else None
        if path is None:
            raise HTTPException(404, "no image for this page")
        return FileResponse(path, media_type=IMAGE_TYPES[path.suffix.lower()])

    return app


def safe_image_path(stored: str, roots: list[Path]) -> Path | None:
    """The image file when it is an image inside one of ``roots`` (symlinks resolved), else None."""
    path = Path(stored).resolve()
    if path.suffix.lower() not in IMAGE_TYPES or not path.is_file():
        return None
    if not any(path.is_relative_to(root) for root in roots):
        return None
    return path


def regions(view: Any) -> list[dict[str, Any]]:
    """Clickable article regions as percentages of the page, from each article's bbox."""
    page = view.page
    boxes = [a.bbox for a in view.articles if a.bbox]
    if not boxes:
        return []
    width = page.width or max(b[2] for b in boxes)
    height = page.height or max(b[3] for b in boxes)
    if not width or not height:
        return []
    out = []
    for a in view.articles:
        if not a.bbox:
            continue
        x0, y0, x1, y1 = a.bbox
        out.append({"article": a, "left": 100 * x0 / width, "top": 100 * y0 / height,
                    "width": 100 * (x1 - x0) / width, "height": 100 * (y1 - y0) / height})
    return out


def cn_date(iso: str) -> str:
    """2024-01-14 -> 2024年1月14日 星期日."""
    try:
        d = Date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"
