"""The page model: frozen types each pipeline stage returns.

Data flows one way: SourceText -> Line -> Frame -> Block -> Article -> PageResult.
Offsets are half-open ``start``/``end`` into ``SourceText.text``; enum values are the
exact strings of ``spec/page.schema.json``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

SCHEMA_ID = "banmian.page/1"

BBox = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, top-left origin


class SourceFormat(StrEnum):
    TEXT = "text"
    PDF = "pdf"
    IMAGE = "image"


class ArticleKind(StrEnum):
    ARTICLE = "article"
    PHOTO = "photo"  # a photo caption with its credit and title
    BRIEF = "brief"
    NOTICE = "notice"
    OTHER = "other"  # text that is no newspaper article (prose, English, noise)


class TitleRole(StrEnum):
    KICKER = "kicker"  # 引题: the line above the headline
    HEADLINE = "headline"  # 主题
    SUBHEADLINE = "subheadline"  # 副题: the line below the headline


class BlockKind(StrEnum):
    BODY = "body"  # running text of an article or caption
    TITLE = "title"  # one title line group (kicker / headline / subheadline)
    BYLINE = "byline"  # ■记者 高 洁, 通讯员 …, ■摄影 …
    CONTINUATION = "continuation"  # （下转2版） / （上接1版）
    FURNITURE = "furniture"  # masthead, page label, editor line
    DUPLICATE = "duplicate"  # an overprinted copy of a title


@dataclass(frozen=True, slots=True)
class SourceText:
    """The decoded text of one page and where it came from."""

    text: str
    path: str | None = None
    format: SourceFormat = SourceFormat.TEXT
    sha256: str | None = None
    page_no: int | None = None  # 1-based page within its PDF or issue
    width: float | None = None  # page size in points (PDF)
    height: float | None = None


@dataclass(slots=True)  # not frozen: a page has thousands of lines and frozen init costs 3x (bench_text)
class Line:
    """One physical line: its text without the newline and where it stands in the source.

    ``bbox`` and ``size`` (type size in points) are known for PDF input only.
    """

    text: str
    start: int
    end: int
    line_no: int  # 1-based
    bbox: BBox | None = None
    size: float | None = None
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Frame:
    """A text frame: lines printed together, split from its neighbours by a blank line."""

    lines: tuple[Line, ...]
    index: int  # 0-based, in source order
    bbox: BBox | None = None

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass(frozen=True, slots=True)
class Byline:
    """A credited person; ``role`` as printed (记者 reporter, 通讯员 correspondent, 实习生 intern, 摄影 photographer)."""

    role: str
    name: str


@dataclass(frozen=True, slots=True)
class Continuation:
    """A jump marker: （下转2版） points ``to`` a page, （上接1版） comes ``from`` one."""

    direction: str  # "to" | "from"
    page: int | str
    text: str


@dataclass(frozen=True, slots=True)
class Block:
    """A run of lines of one kind, inside one frame."""

    kind: BlockKind
    lines: tuple[Line, ...]
    frame_index: int
    bylines: tuple[Byline, ...] = ()
    continuation: Continuation | None = None
    text: str = ""  # cleaned text for titles, bylines and furniture
    size: float | None = None  # largest type size (PDF)
    maybe_title: bool = False  # a short body run that could be a title; context decides

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


@dataclass(frozen=True, slots=True)
class Title:
    role: TitleRole
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    kind: ArticleKind
    titles: tuple[Title, ...]
    bylines: tuple[Byline, ...]
    dateline: str | None
    paragraphs: tuple[str, ...]
    continued_to: int | str | None = None
    continued_from: int | str | None = None
    bbox: BBox | None = None
    warnings: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()  # source ranges the article was read from


@dataclass(frozen=True, slots=True)
class Leftover:
    """Text kept out of every article, with the reason: an ``unassigned`` or ``removed`` entry."""

    text: str
    reason: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the page says about itself (masthead, date, page label, section)."""

    newspaper: str | None = None
    date: str | None = None  # ISO 8601
    number: str | None = None
    section: str | None = None
    width: float | None = None
    height: float | None = None


@dataclass(frozen=True, slots=True)
class PageResult:
    source: SourceText
    page: PageInfo
    articles: tuple[Article, ...]
    unassigned: tuple[Leftover, ...] = ()
    removed: tuple[Leftover, ...] = ()
    warnings: tuple[str, ...] = field(default=())
