"""Geometry stage for PDF pages: PdfPage lines -> furniture, title groups, regions -> articles.

The PDF front end of the pipeline. Where flat text must guess from line order, a PDF says
where every line stands and how large it is set: titles are told by type size, articles are
the regions a title group heads (bounded by rules and by the next title), bodies are read
down each column and then across, and paragraphs open at a 2-em indent. Bylines, datelines,
continuation markers and layout spaces go through the same parsers as flat text.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Iterator

from banmian.accounting import ensure_nothing_lost
from banmian.articles import byline_residue, clean_paragraph, extract_dateline, inline_bylines
from banmian.blocks import (
    BODY_LEAD_RE,
    CONTINUATION_RE,
    PHOTO_ROLE,
    is_furniture,
    iso_date,
    parse_byline,
    parse_continuation,
)
from banmian.errors import InputError
from banmian.inputs.pdf import PdfPage, PdfPageError, iter_pdf_pages
from banmian.lines import TERMINAL_MARKS, clean_title
from banmian.model import (
    Article,
    ArticleKind,
    BBox,
    Byline,
    Leftover,
    Line,
    PageInfo,
    PageResult,
    Title,
    TitleRole,
)

_log = logging.getLogger(__name__)

# A line set this much larger than the body type (or in a heavier face at least this large)
# is a title line; kickers and subheadlines sit at 1.15-1.4x, photo titles at 1.25x.
TITLE_SIZE_RATIO = 1.1
# Title lines closer than this many of their own sizes belong to one title group.
TITLE_GROUP_GAP = 1.2
# A rule spanning this share of the page width separates bands (or the page head/foot).
BAND_RULE_SHARE = 0.6
# A vertical rule spanning this share of a band's height separates stories in the band.
CELL_RULE_SHARE = 0.5
# Furniture lives within this share of the page height from the top or the bottom edge.
HEAD_SHARE, FOOT_SHARE = 0.2, 0.08
# A line starting this many ems right of its column's left edge opens a paragraph (2-em
# indent, less justification slack).
INDENT_MIN_EM = 1.5
# A line ending this many ems short of its column's right edge, after a sentence end, closes a
# paragraph even when the next line is not indented. Justified lines can stop almost an em
# short (squeezed punctuation), so the indent is the main sign and this one a backstop.
SHORT_LINE_EM = 2.5
_TERMINAL = TERMINAL_MARKS | {"：", ":"}
# Caption lines stand under their photo box within this many body sizes.
CAPTION_GAP_EM = 3.0
# A photo's own title is set at most this much larger than the body; a larger line below a
# photo is the next story's headline.
PHOTO_TITLE_MAX = 1.45
# Horizontal distance counts this much more than vertical distance when a line picks its title.
HORIZONTAL_WEIGHT = 3.0

_LABEL_RE = re.compile(r"^\s*(?:第\s*([0-9A-Z一二三四五六七八九十]+)\s*版|([0-9]{1,2}|[A-Z][0-9]{1,2}))\s*[·:：|]?\s*([\u4e00-\u9fff]{2,6})?\s*$")
_EDITOR_RE = re.compile(r"^(责任编辑|责编|本版编辑|编辑|美编|校对|版式|制图|审读)\s*[：:]")
_PAPER_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    """Tolerances of the geometry stage; defaults suit broadsheet and tabloid pages."""

    title_size_ratio: float = TITLE_SIZE_RATIO
    indent_min_em: float = INDENT_MIN_EM
    short_line_em: float = SHORT_LINE_EM

    @classmethod
    def resolve(cls, options: "LayoutOptions | dict | None") -> "LayoutOptions":
        if options is None:
            return cls()
        if isinstance(options, dict):
            return cls(**options)
        return options


@dataclass(slots=True)
class _Region:
    """One article being gathered: its title lines, other lines, and an optional photo box."""

    titles: list[Line] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    photo: BBox | None = None
    cell: int = 0

    @property
    def anchor(self) -> BBox:
        items = [l.bbox for l in self.titles] or [l.bbox for l in self.lines]
        if self.photo:
            items = [self.photo]
        return _union(items)


# -- small geometry helpers ---------------------------------------------------------------

def _union(boxes) -> BBox:
    boxes = [b for b in boxes if b]
    if len(boxes) == 1:
        return tuple(boxes[0])
    x0s, y0s, x1s, y1s = zip(*boxes)
    return (min(x0s), min(y0s), max(x1s), max(y1s))


def _hgap(a: BBox, b: BBox) -> float:
    """Horizontal distance between two boxes, 0 when their x ranges overlap."""
    return max(0.0, max(a[0], b[0]) - min(a[2], b[2]))


def _body_size(lines: list[Line]) -> float:
    weight: dict[float, int] = {}
    for l in lines:
        weight[l.size or 0.0] = weight.get(l.size or 0.0, 0) + len(l.text)
    return max(weight, key=weight.__getitem__) if weight else 10.0


# -- page head and foot ------------------------------------------------------------------

def _band_rules(page: PdfPage) -> list[float]:
    """y of every rule (or thin box) that runs across most of the page width."""
    w = page.source.width or 1.0
    ys = [(r[1] + r[3]) / 2 for r in page.rules if r[2] - r[0] >= BAND_RULE_SHARE * w and r[3] - r[1] <= 3.0]
    return sorted(ys)


def _split_furniture(page: PdfPage, lines: list[Line], body: float) -> tuple[list[Line], list[Line]]:
    """(furniture, the rest): the running head above the top rule, the foot below the bottom rule."""
    h = page.source.height or 1.0
    rules = _band_rules(page)
    head = max((y for y in rules if y <= HEAD_SHARE * h), default=None)
    foot = min((y for y in rules if y >= (1 - FOOT_SHARE) * h), default=None)
    furniture, rest = [], []
    for l in lines:
        y0, y1 = l.bbox[1], l.bbox[3]
        if head is not None and y1 <= head + 1:
            furniture.append(l)
        elif foot is not None and y0 >= foot - 1:
            furniture.append(l)
        elif head is None and y1 <= HEAD_SHARE * h * 0.5 and (is_furniture(l.text) or _LABEL_RE.match(l.text)
                                                             or iso_date(l.text) is not None):
            furniture.append(l)
        elif foot is None and y0 >= (1 - FOOT_SHARE) * h and (is_furniture(l.text) or _EDITOR_RE.match(l.text)):
            furniture.append(l)
        else:
            rest.append(l)
    return furniture, rest


def page_info_from(furniture: list[Line], width: float | None, height: float | None) -> PageInfo:
    """Paper name (the largest furniture type without digits), ISO date, page label, section."""
    paper = date = number = section = None
    for l in sorted(furniture, key=lambda l: -(l.size or 0)):
        text = l.text.strip()
        if paper is None and _PAPER_RE.match(text.replace(" ", "")) and not _EDITOR_RE.match(text):
            paper = text.replace(" ", "")
        date = date or iso_date(text)
        if number is None and (m := _LABEL_RE.match(text)):
            label = m.group(1) or m.group(2)
            number = str(int(label)) if label.isdigit() else label
            section = m.group(3)
    return PageInfo(newspaper=paper, date=date, number=number, section=section, width=width, height=height)


# -- title groups ------------------------------------------------------------------------

def _continuation(text: str) -> re.Match | None:
    """CONTINUATION_RE's match in ``text``; every marker names a 版, and the substring test
    spares the regex search on nearly every line."""
    return CONTINUATION_RE.search(text) if "版" in text else None


def _is_title(line: Line, body: float, ratio: float) -> bool:
    # the size first: most lines are body lines and need no search for a continuation marker
    return (line.size or body) >= body * ratio and not _continuation(line.text)


def _title_groups(titles: list[Line]) -> list[list[Line]]:
    """Stack title lines that sit close above one another and share a centre or x range."""
    groups: list[list[Line]] = []
    for l in sorted(titles, key=lambda l: (l.bbox[1], l.bbox[0])):
        best = None
        for g in groups:
            last = g[-1]
            gap = l.bbox[1] - last.bbox[3]
            size = max(l.size or 0, last.size or 0)
            if -0.5 * size <= gap <= TITLE_GROUP_GAP * size:
                gb = _union(x.bbox for x in g)
                centre_l, centre_g = (l.bbox[0] + l.bbox[2]) / 2, (gb[0] + gb[2]) / 2
                if _hgap(l.bbox, gb) <= 0 and (abs(centre_l - centre_g) < 3 * size or
                                                abs(l.bbox[0] - gb[0]) < size):
                    best = g
                    break
        if best is None:
            groups.append([l])
        else:
            best.append(l)
    # lines of one group on the same baseline (a title split by a wide gap) read left to right
    return [sorted(g, key=lambda l: (round(l.bbox[1] / 2), l.bbox[0])) for g in groups]


def title_roles(group: list[Line]) -> tuple[Title, ...]:
    """Largest type = headline; a smaller line above it = kicker; below it = subheadline."""
    if not group:
        return ()
    top = max(l.size or 0 for l in group)
    head_rows = [k for k, l in enumerate(group) if (l.size or 0) >= top - 0.05 * top]
    first, last = head_rows[0], head_rows[-1]
    roles: list[tuple[TitleRole, str]] = []
    for k, l in enumerate(group):
        role = (TitleRole.KICKER if k < first else TitleRole.SUBHEADLINE if k > last else TitleRole.HEADLINE)
        if roles and roles[-1][0] is role:
            roles[-1] = (role, roles[-1][1] + l.text.strip())
        else:
            roles.append((role, l.text.strip()))
    return tuple(Title(role=r, text=clean_title(t)) for r, t in roles)


# -- cells: bands between horizontal rules, split by vertical rules -----------------------

def _cells(page: PdfPage, top: float, bottom: float) -> list[tuple[BBox, int]]:
    """Boxes of the page body cut by band rules and, inside each band, by column rules."""
    w = page.source.width or 0.0
    ys = [top] + [y for y in _band_rules(page) if top + 1 < y < bottom - 1] + [bottom]
    cells: list[tuple[BBox, int]] = []
    for band, (y0, y1) in enumerate(zip(ys, ys[1:])):
        if y1 - y0 < 2:
            continue
        xs = [0.0]
        for r in page.rules:
            if r[2] - r[0] <= 3.0 and min(r[3], y1) - max(r[1], y0) >= CELL_RULE_SHARE * (y1 - y0):
                xs.append((r[0] + r[2]) / 2)
        xs.append(w)
        xs = sorted(set(xs))
        for x0, x1 in zip(xs, xs[1:]):
            if x1 - x0 > 2:
                cells.append(((x0, y0, x1, y1), band))
    return cells


def _cell_of(box: BBox, cells: list[tuple[BBox, int]]) -> int:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    for k, (c, _) in enumerate(cells):
        if c[0] <= cx <= c[2] and c[1] <= cy <= c[3]:
            return k
    return -1


# -- regions -----------------------------------------------------------------------------

def _photo_regions(page: PdfPage, lines: list[Line], body: float,
                   cells: list[tuple[BBox, int]]) -> tuple[list[_Region], list[Line]]:
    """Each image or filled box heads a photo region: its title, caption and credit beneath it.

    Collection stops at a gap wider than CAPTION_GAP_EM, at a line set larger than a photo
    title (the next story's headline) and at the edge of the photo's cell.
    """
    boxes = sorted(set(page.images) | set(page.boxes), key=lambda b: (b[1], b[0]))
    if not boxes:  # most pages: no line order to sort
        return [], list(lines)
    regions: list[_Region] = []
    taken: set[int] = set()
    order = sorted(range(len(lines)), key=lambda k: lines[k].bbox[1])
    for box in boxes:
        if box[2] - box[0] < 3 * body or box[3] - box[1] < 3 * body:
            continue
        cell = _cell_of(box, cells)
        reg = _Region(photo=box, cell=cell)
        bottom = box[3]
        for k in order:
            l = lines[k]
            lb = l.bbox
            if k in taken or lb[1] < box[1] - 1:
                continue
            if lb[1] - bottom > CAPTION_GAP_EM * body:
                break
            inside_x = lb[0] >= box[0] - 2 and lb[2] <= box[2] + (l.size or body) * 3.0
            if not inside_x or _cell_of(lb, cells) != cell:
                continue
            if (l.size or body) > body * PHOTO_TITLE_MAX:
                break
            taken.add(k)
            reg.lines.append(l)
            bottom = max(bottom, lb[3])
        regions.append(reg)
    rest = [l for k, l in enumerate(lines) if k not in taken]
    return regions, rest


def _assign(lines: list[Line], regions: list[_Region], cells: list[tuple[BBox, int]]) -> list[Line]:
    """Give each line to the title region above it in its cell; returns lines with no title."""
    orphans: list[Line] = []
    # a region's anchor depends only on its titles or photo, which stay fixed here: compute it
    # once, and keep each cell's candidate regions in page order (ties go to the first)
    by_cell: dict[int, list[tuple[_Region, BBox]]] = {}
    for reg in regions:
        if reg.titles or reg.photo:
            by_cell.setdefault(reg.cell, []).append((reg, reg.anchor))
    for l in lines:
        lb = l.bbox
        lc = _cell_of(lb, cells)
        candidates = by_cell.get(lc, ())
        best, best_cost = None, None
        if _continuation(l.text) and parse_continuation(l.text).direction == "from":
            # （上接N版） stands above its own title
            for reg, a in candidates:
                if reg.titles:
                    dy = a[1] - lb[3]
                    if -2 <= dy <= 4 * (l.size or 10) and _hgap(lb, a) < 10 * (l.size or 10):
                        best = reg
                        break
        if best is None:
            x0, y0, x1 = lb[0], lb[1], lb[2]
            for reg, a in candidates:
                dy = y0 - a[3]
                if dy < -1:
                    continue
                gap = (x0 if x0 > a[0] else a[0]) - (x1 if x1 < a[2] else a[2])
                cost = dy + HORIZONTAL_WEIGHT * gap if gap > 0.0 else dy + 0.0
                if best_cost is None or cost < best_cost:
                    best, best_cost = reg, cost
        if best is None:
            orphans.append(l)
        else:
            best.lines.append(l)
    return orphans


def _columns(lines: list[Line], size: float) -> list[list[Line]]:
    """Lines grouped into columns by their left edges (indents allowed), left to right, top down."""
    cols: list[list[Line]] = []
    edges: list[float] = []
    right, left = 3.5 * size, 0.5 * size  # how far right (an indent) or left a column's line may start
    for l in sorted(lines, key=lambda l: l.bbox[0]):
        x = l.bbox[0]
        for k, e in enumerate(edges):
            if x - e <= right and x >= e - left:
                cols[k].append(l)
                break
        else:
            edges.append(x)
            cols.append([l])
    # lines come in x order, so columns open left to right, each at its leftmost line
    return [sorted(c, key=lambda l: l.bbox[1]) for c in cols]


def _common(values: list[float], size: float) -> float:
    """The value most others lie within a quarter em of (the mode of a noisy edge)."""
    vs = sorted(values)
    q = size * 0.25
    best, best_n = vs[0], -1
    lo = hi = 0
    for i, v in enumerate(vs):  # sliding window [v - q, v + q] over the sorted values
        while vs[lo] < v - q:
            lo += 1
        if hi < i:
            hi = i
        while hi + 1 < len(vs) and vs[hi + 1] <= v + q:
            hi += 1
        if hi - lo + 1 > best_n:
            best, best_n = v, hi - lo + 1
    return best


def _paragraphs(columns: list[list[Line]], size: float, opts: LayoutOptions) -> list[str]:
    """Column lines -> paragraphs: a 2-em indent opens one, a short line closes one."""
    paras: list[list[str]] = []
    open_para = False
    indent, short = opts.indent_min_em * size, opts.short_line_em * size
    for col in columns:
        # the column edges: the commonest left and right ends (a squeezed closing mark may
        # stick out past the measure, an indented line starts inside it)
        left = _common([l.bbox[0] for l in col], size)
        right = _common([l.bbox[2] for l in col], size)
        for l in col:
            if l.bbox[0] - left >= indent or not open_para or not paras:
                paras.append([])
            paras[-1].append(l.text.strip())
            t = l.text.rstrip()
            open_para = not (t and t[-1] in _TERMINAL and right - l.bbox[2] >= short)
    return [p for p in (clean_paragraph("".join(p)) for p in paras) if p]


def _build_article(index: int, reg: _Region, body: float, opts: LayoutOptions,
                   removed: list[Leftover]) -> Article:
    titles = title_roles(reg.titles) if reg.titles else ()
    bylines: list[Byline] = []
    cont_to = cont_from = None
    text_lines: list[Line] = []
    byline_size = body * 1.05
    for l in reg.lines:
        s = l.text.strip()
        m = _continuation(s)
        if m:
            c = parse_continuation(s)
            if c.direction == "to":
                cont_to = c.page
            else:
                cont_from = c.page
            s = (s[: m.start()] + s[m.end():]).strip()
            if not s:
                continue
            l = Line(text=s, start=l.start, end=l.end, line_no=l.line_no, bbox=l.bbox, size=l.size, bold=l.bold)
        if (l.size or body) <= byline_size and (bl := parse_byline(s)) is not None and len(s) <= 40:
            bylines.extend(bl)
            if byline_residue(s, bl):
                if all(b.role == PHOTO_ROLE for b in bl):
                    text_lines.append(l)  # a photo credit stays in the text, as in flat text
                else:
                    removed.append(Leftover(text=s, reason="byline as printed", start=l.start, end=l.end))
            continue
        if reg.photo is not None and (l.size or 0) > body * 1.05 and not titles:
            titles = (Title(role=TitleRole.HEADLINE, text=clean_title(s)),)
            continue
        text_lines.append(l)
    size = _body_size(text_lines) if text_lines else body
    paragraphs = _paragraphs(_columns(text_lines, size), size, opts) if text_lines else []
    dateline = extract_dateline(paragraphs[0]) if paragraphs else None
    if paragraphs:
        for bl in inline_bylines(paragraphs[0]):
            if bl not in bylines:
                bylines.append(bl)
    if reg.photo is not None and paragraphs and not bylines and paragraphs[-1].endswith("摄"):
        # a credit run into the caption's last sentence: …重温入党誓词。本报记者邹涛伟、郝辉玲摄
        tail = re.split(r"[。！？；]", paragraphs[-1])[-1]
        bylines.extend(parse_byline(tail) or ())
    roles = {b.role for b in bylines}
    if reg.photo is not None or (roles and roles <= {PHOTO_ROLE} and not (paragraphs and BODY_LEAD_RE.match(paragraphs[0]))):
        kind = ArticleKind.PHOTO
    else:
        kind = ArticleKind.ARTICLE
    boxes = [l.bbox for l in reg.titles + reg.lines] + ([reg.photo] if reg.photo else [])
    spans = tuple(sorted((l.start, l.end) for l in reg.titles + reg.lines))
    return Article(id=f"a{index}", kind=kind, titles=titles, bylines=tuple(bylines), dateline=dateline,
                   paragraphs=tuple(paragraphs), continued_to=cont_to, continued_from=cont_from,
                   bbox=tuple(round(v, 2) for v in _union(boxes)), spans=spans)


def parse_pdf_page(page: PdfPage, options: LayoutOptions | dict | None = None) -> PageResult:
    """One PDF page's lines -> a PageResult (articles with bbox, furniture, duplicates)."""
    opts = LayoutOptions.resolve(options)
    lines = list(page.lines)
    body = _body_size(lines)
    removed: list[Leftover] = [Leftover(text=d.text, reason="duplicate") for d in page.duplicates]
    furniture, lines = _split_furniture(page, lines, body)
    for l in furniture:
        removed.append(Leftover(text=l.text, reason="page furniture", start=l.start, end=l.end))
    info = page_info_from(furniture, page.source.width, page.source.height)
    if lines:
        top = min(l.bbox[1] for l in lines) - 1
        bottom = max(l.bbox[3] for l in lines) + 1
    else:
        top, bottom = 0.0, page.source.height or 0.0
    cells = _cells(page, top, bottom)
    photos, lines = _photo_regions(page, lines, body, cells)
    title_lines: list[Line] = []
    others: list[Line] = []
    for l in lines:
        (title_lines if _is_title(l, body, opts.title_size_ratio) else others).append(l)
    regions: list[_Region] = []
    for g in _title_groups(title_lines):
        reg = _Region(titles=g)
        reg.cell = _cell_of(_union(l.bbox for l in g), cells)
        regions.append(reg)
    orphans = _assign(others, regions, cells)
    # lines with no title above them in their cell: one untitled article per cell
    by_cell: dict[int, _Region] = {}
    for l in orphans:
        by_cell.setdefault(_cell_of(l.bbox, cells), _Region()).lines.append(l)
    regions.extend(by_cell.values())
    regions.extend(photos)
    cell_band = {k: band for k, (_, band) in enumerate(cells)}

    def order(reg: _Region):
        a = _union([l.bbox for l in reg.titles + reg.lines] + ([reg.photo] if reg.photo else []))
        return (cell_band.get(reg.cell, 0), a[0], a[1])

    articles: list[Article] = []
    unassigned: list[Leftover] = []
    for reg in sorted((r for r in regions if r.titles or r.lines or r.photo), key=order):
        art = _build_article(len(articles) + 1, reg, body, opts, removed)
        if not art.paragraphs and not art.titles and not art.bylines:
            for l in reg.lines:
                unassigned.append(Leftover(text=l.text, reason="no article body found", start=l.start, end=l.end))
            continue
        articles.append(art)
    result = PageResult(source=page.source, page=info, articles=tuple(articles), unassigned=tuple(unassigned),
                        removed=tuple(removed), warnings=page.warnings)
    return ensure_nothing_lost(result)


def parse_pdf(path: str, pages: str | None = None) -> Iterator[PageResult]:
    """Every chosen page of a PDF as a PageResult; unreadable pages are reported, the rest read.

    Raises InputError when the file cannot be opened, or (after yielding the good pages)
    naming the pages that could not be read.
    """
    bad: list[PdfPageError] = []
    good = 0
    for item in iter_pdf_pages(path, pages):
        if isinstance(item, PdfPageError):
            bad.append(item)
            continue
        good += 1
        yield parse_pdf_page(item)
    if bad and not good:
        if len(bad) == 1:
            raise InputError(bad[0].message)
        nos = ", ".join(str(b.page_no) for b in bad)
        raise InputError(f"{path}: no page could be read ({nos}): {bad[0].message}")
    for b in bad:
        # the good pages are out already; name each bad one on stderr, one line each
        _log.warning("banmian: warning: %s", b.message)
