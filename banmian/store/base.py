"""The archive's storage interface: the Store protocol and the plain records it returns.

A store keeps pages (one reading of schema banmian.page/1 each) grouped into issues
(paper + date), their articles, and stories: the articles stitched across pages.
SQLite (``sqlite.py``) and PostgreSQL (``postgres.py``) implement the same protocol.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any, Protocol, runtime_checkable

from banmian.errors import InputError

SEARCH_LIMIT = 20  # results per search page; enough for a screen, cheap to rank


@dataclass(frozen=True, slots=True)
class PageKey:
    """Where a page sits in the archive: paper, ISO date, 1-based page number and printed label."""

    paper: str
    date: str
    page_no: int
    label: str


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one page: ``stored``, ``replaced`` (same place, new content) or ``skipped``."""

    status: str
    page_id: int
    key: PageKey


@dataclass(frozen=True, slots=True)
class PageRecord:
    id: int
    key: PageKey
    sha256: str
    section: str | None = None
    source_path: str | None = None
    source_format: str | None = None
    image_path: str | None = None  # an image file found beside the source (served only from image roots)
    width: float | None = None  # the page in PDF points: the units of every article bbox
    height: float | None = None
    image_type: str | None = None  # media type of the page image stored in the archive, if any
    image_width: int | None = None  # its size in pixels
    image_height: int | None = None

    @property
    def has_image(self) -> bool:
        return bool(self.image_type or self.image_path)


@dataclass(frozen=True, slots=True)
class PageImage:
    """A page rendered for the reader: encoded bytes (PNG or JPEG) and their size in pixels."""

    data: bytes
    media_type: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class ArticlePart:
    """One article as read on one page; ``story_id`` names the stitched story it belongs to."""

    id: int
    page_id: int
    page_no: int
    page_label: str
    local_id: str  # the id within its page reading, e.g. a3
    seq: int
    kind: str
    titles: tuple[tuple[str, str], ...]  # (role, text) in reading order
    bylines: tuple[tuple[str, str], ...]  # (role, name)
    dateline: str | None
    paragraphs: tuple[str, ...]
    continued_to: str | None = None
    continued_from: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    story_id: int | None = None
    part_no: int = 1

    def title(self, role: str) -> str | None:
        return next((t for r, t in self.titles if r == role), None)

    @property
    def headline(self) -> str:
        """The headline, else the first title, else the opening words of the text."""
        head = self.title("headline") or (self.titles[0][1] if self.titles else "")
        if head:
            return head
        text = "".join(self.paragraphs)
        return text[:24] + ("…" if len(text) > 24 else "")


@dataclass(frozen=True, slots=True)
class Story:
    """An article read as one: its parts in page order, each keeping its page and bbox."""

    id: int
    paper: str
    date: str
    parts: tuple[ArticlePart, ...]

    @property
    def head(self) -> ArticlePart:
        return self.parts[0]

    @property
    def headline(self) -> str:
        return self.head.headline

    @property
    def pages(self) -> list[int]:
        return [p.page_no for p in self.parts]


@dataclass(frozen=True, slots=True)
class PageView:
    page: PageRecord
    articles: tuple[ArticlePart, ...]
    prev_no: int | None = None
    next_no: int | None = None


@dataclass(frozen=True, slots=True)
class IssueSummary:
    paper: str
    date: str
    pages: int
    articles: int


@dataclass(frozen=True, slots=True)
class PaperSummary:
    paper: str
    issues: int
    first_date: str
    last_date: str


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A search: words (space = AND, "quoted" = phrase) and optional filters."""

    q: str
    paper: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    page_no: int | None = None
    limit: int = SEARCH_LIMIT
    offset: int = 0

    def __post_init__(self) -> None:
        for value in (self.date_from, self.date_to):
            if value is not None:
                try:
                    Date.fromisoformat(value)
                except ValueError:
                    raise InputError(f"dates are written like 2024-01-14, not {value!r}") from None


@dataclass(frozen=True, slots=True)
class Hit:
    story_id: int
    paper: str
    date: str
    pages: tuple[int, ...]
    headline: str
    snippet: str  # HTML: the text escaped, matches wrapped in <mark>
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class SearchResults:
    total: int
    hits: tuple[Hit, ...] = field(default=())


@runtime_checkable
class Store(Protocol):
    """What the archive needs from a database; every write is one transaction per page."""

    url: str

    def close(self) -> None: ...

    def migrations(self) -> list[str]:
        """Names of the schema migrations applied, in order."""
        ...

    def add_page(self, reading: dict[str, Any], key: PageKey, sha256: str, *,
                 image_path: str | None = None, image: PageImage | None = None) -> AddResult:
        """Store one page reading (and its rendered image) and restitch its issue, all or nothing."""
        ...

    def has_page(self, sha256: str) -> bool:
        """Whether a page with this content is stored (so ingest can skip rendering it again)."""
        ...

    def page_image(self, page_id: int) -> PageImage | None:
        """The page image stored with the page, if any."""
        ...

    def search(self, query: SearchQuery) -> SearchResults: ...

    def papers(self) -> list[PaperSummary]: ...

    def issues(self, paper: str | None = None) -> list[IssueSummary]: ...

    def issue_pages(self, paper: str, date: str) -> list[PageView]: ...

    def page(self, paper: str, date: str, page_no: int) -> PageView | None: ...

    def page_by_id(self, page_id: int) -> PageRecord | None: ...

    def story(self, story_id: int) -> Story | None: ...

    def story_ids(self) -> list[int]: ...


def search_payload(results: SearchResults) -> dict[str, Any]:
    """{"total", "results": [{"id", "paper", "date", "page", "pages", "headline", "snippet"}]}; snippets are HTML."""
    return {"total": results.total, "results": [
        {"id": h.story_id, "paper": h.paper, "date": h.date, "page": h.pages[0], "pages": list(h.pages),
         "headline": h.headline, "snippet": h.snippet, "score": round(h.score, 4)} for h in results.hits]}
