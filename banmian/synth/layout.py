"""Page composition: stories -> placed blocks on a column grid, with the draw order of every piece.

Input: ``Story`` objects (titles, bylines, paragraphs) and a ``PageStyle`` chosen from the seed;
output: a ``ComposedPage`` holding the content-stream ops and, per story, exactly what was printed.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from banmian.synth import names
from banmian.synth.typeset import (DrawOp, LineSpec, Shape, TextLine, break_paragraph, place_line,
                                   simple_line, text_em)

BODY_FONT, TITLE_FONT = "Ming", "Hei"
# Page sizes in points (width, height): A3, a narrow broadsheet, US tabloid, JIS B4.
PAGE_SIZES = ((842, 1191), (900, 1300), (792, 1224), (729, 1032))
# Body type between 7.5 pt and 11 pt: newspaper text sizes.
MIN_BODY_PT, MAX_BODY_PT = 7.5, 11.0
# Gutters must stay wider than pdfminer's char_margin (2 character widths) or it would
# join the lines of neighbouring columns into one: the gutter is 2.2-2.8 em.
MIN_GUTTER_EM, MAX_GUTTER_EM = 2.2, 2.8
# Share of pages extracted with pdfminer.six (the rest with PyMuPDF); pdfminer is ~10x slower
# and often needs a second layout (see synth_page), so it gets under a third of the pages.
PDFMINER_SHARE = 0.3
# Line spacing as a multiple of the type size. pdfminer keeps lines in one text box only while
# the gap between them is under half a line (line_margin 0.5); wider leading makes every line
# its own box and interleaves neighbouring columns line by line.
MIN_LEADING, MAX_LEADING = 1.28, 1.42
DRAW_ORDERS = (
    ("titles", "byline", "body", "marker"),
    ("byline", "body", "titles", "marker"),  # the seed: byline -> body -> titles
    ("body", "titles", "byline", "marker"),  # the seed: body -> titles -> byline
    ("titles", "body", "marker", "byline"),
)
PHOTO_ORDERS = (("caption", "credit", "title"), ("title", "caption", "credit"), ("credit", "title", "caption"))


@dataclass(slots=True)
class PageStyle:
    """Everything chosen per page from the seed."""

    width: float
    height: float
    margin: float
    cols: int
    cpl: int  # characters per column line
    size: float  # body type size, points
    leading: float
    gutter: float  # points
    style: str  # "local" (本报讯, ■记者 …) or "national" (本报北京…电 （记者 …）)
    digit_gap: float  # em before a digit run after a CJK character; 0 for none
    newspaper: str
    date: str  # ISO
    page_no: int
    section: str
    editor: str
    extractor: str  # "pymupdf" or "pdfminer"
    body_top: float = 0.0
    body_bottom: float = 0.0

    @property
    def col_width(self) -> float:
        return self.cpl * self.size

    def col_x(self, c: int) -> float:
        return self.margin + c * (self.col_width + self.gutter)

    def span_width(self, span: int) -> float:
        return span * self.col_width + (span - 1) * self.gutter


def choose_style(rng: random.Random, *, date: str, page_no: int, style: str | None = None,
                 extractor: str | None = None, newspaper: str | None = None) -> PageStyle:
    """Draw page size, grid and type from the seed; the type size follows from grid and page."""
    style = style or ("local" if rng.random() < 0.55 else "national")
    while True:
        w, h = rng.choice(PAGE_SIZES)
        margin = rng.uniform(28, 44)
        cols = rng.randint(4, 8)
        cpl = rng.randint(11, 18)
        g_em = rng.uniform(MIN_GUTTER_EM, MAX_GUTTER_EM)
        size = (w - 2 * margin) / (cols * cpl + (cols - 1) * g_em)
        if MIN_BODY_PT <= size <= MAX_BODY_PT:
            break
    if newspaper is None:
        newspaper = names.NEWSPAPER_NATIONAL if style == "national" else rng.choice(names.NEWSPAPERS_LOCAL)
    return PageStyle(
        width=float(w), height=float(h), margin=margin, cols=cols, cpl=cpl, size=round(size, 3),
        leading=round(size * rng.uniform(MIN_LEADING, MAX_LEADING), 3), gutter=g_em * size, style=style,
        digit_gap=rng.choice((0.0, 0.3, 0.35, 0.4)), newspaper=newspaper, date=date,
        page_no=page_no, section=names.SECTIONS[0] if page_no == 1 else rng.choice(names.SECTIONS),
        editor=names.person(rng), extractor=extractor or ("pdfminer" if rng.random() < PDFMINER_SHARE else "pymupdf"))


@dataclass(slots=True)
class Story:
    """One article or photo to set: titles as (role, text), printed byline lines, gold bylines."""

    kind: str  # "article" | "photo"
    titles: list[tuple[str, str]]
    paragraphs: list[str]
    bylines: list[tuple[str, str]] = field(default_factory=list)
    byline_lines: list[str] = field(default_factory=list)  # printed on their own (local style)
    first_indent: bool = True  # False when the story opens mid-paragraph (a continuation)
    continued_from: int | None = None
    cut_to: int | None = None  # when set, cut the story here with （下转N版） if it overflows
    cut_rate: float = 0.5  # chance of cutting rather than ending at a paragraph that fits
    source_key: str = ""

    @property
    def length(self) -> int:
        return sum(len(p) for p in self.paragraphs)


@dataclass(slots=True)
class PlacedStory:
    """What one story printed on the page: the gold and the drawing pieces."""

    story: Story
    titles: list[tuple[str, str]]
    paragraphs: list[str]
    continued_to: int | None
    bbox: tuple[float, float, float, float]
    pieces: dict[str, list[TextLine]]
    shapes: list[Shape]
    rest: list[str] = field(default_factory=list)  # text cut off by （下转N版）
    rest_mid_paragraph: bool = False  # the cut fell inside a paragraph
    col_chunks: list[str] = field(default_factory=list)  # body text column by column
    duplicate: str | None = None  # overprinted headline text


@dataclass(slots=True)
class ComposedPage:
    style: PageStyle
    ops: list[DrawOp]
    stories: list[PlacedStory]
    furniture: list[str]
    duplicates: list[str]
    lines: list[TextLine]  # every printed line except overprint copies, for integrity checks


# ---------------------------------------------------------------- titles

def _wrap_title(text: str, max_em: float, font: str, rng: random.Random) -> list[str]:
    """Break a title into as few lines as fit, preferring a break after a space or punctuation."""
    if text_em(text, font) <= max_em:
        return [text]
    n = len(text)
    best, best_score = None, None
    for k in range(2, n - 1):
        a, b = text[:k].rstrip(), text[k:].lstrip()
        if not a or not b or text_em(a, font) > max_em or text_em(b, font) > max_em:
            continue
        if text[k - 1].isascii() and text[k].isascii() and text[k].isalnum():
            continue
        score = abs(len(a) - len(b)) - (6 if text[k - 1] in " ，：、”" or text[k] in " （" else 0)
        if b[0] in "，。、：；）”》" or a[-1] in "“（《":
            score += 50
        if best_score is None or score < best_score:
            best, best_score = [a, b], score
    return best or []


def _title_lines(story: Story, x: float, y: float, width: float, st: PageStyle,
                 rng: random.Random, big: bool) -> tuple[dict[str, list[TextLine]], float]:
    """Set kicker, headline and subheadline centred over ``width``; returns lines and height."""
    out: dict[str, list[TextLine]] = {}
    top = y
    for role, text in story.titles:
        if role == "headline":
            want = st.size * (rng.uniform(2.3, 3.2) if big else rng.uniform(1.6, 2.3))
            size, lines = want, []
            while size >= st.size * 1.1:
                lines = _wrap_title(text, width / size, TITLE_FONT, rng)
                if lines and (len(lines) == 1 or size <= want * 0.9 or rng.random() < 0.5):
                    break
                size *= 0.92
            if not lines:
                size = width / max(text_em(text, TITLE_FONT), 1) * 0.98
                lines = [text]
            font = TITLE_FONT
        else:
            size = st.size * rng.uniform(1.15, 1.4)
            lines = _wrap_title(text, width / size, BODY_FONT if role == "kicker" else TITLE_FONT, rng)
            font = BODY_FONT if role == "kicker" else TITLE_FONT
            if not lines:
                size = width / max(text_em(text, font), 1) * 0.98
                lines = [text]
        placed = []
        for ln in lines:
            w = text_em(ln, font) * size
            placed.append(simple_line(ln, x + max(0.0, (width - w) / 2), y, size, font))
            y += size * 1.25
        y += size * 0.25
        out.setdefault(role, []).extend(placed)
    return out, (y - top) + (st.size * 0.6 if story.titles else 0.0)


# ---------------------------------------------------------------- bodies

def _body_specs(story: Story, st: PageStyle) -> list[LineSpec]:
    specs: list[LineSpec] = []
    for k, para in enumerate(story.paragraphs):
        indent = 2.0 if (k > 0 or story.first_indent) else 0.0
        specs.extend(break_paragraph(para, st.cpl, BODY_FONT, indent=indent,
                                     digit_gap=st.digit_gap, para_index=k))
    return specs


def _photo_geometry(story: Story, st: PageStyle, span: int) -> tuple[float, float, int]:
    width = st.span_width(span)
    box_h = min(width * 0.62, (st.body_bottom - st.body_top) * 0.3)
    measure = int(width // (st.size * 0.95))
    return box_h, st.size * 0.95, measure


def natural_height(story: Story, span: int, st: PageStyle, rng: random.Random) -> float:
    """Height the story needs at this span when nothing is cut."""
    width = st.span_width(span)
    if story.kind == "photo":
        box_h, size, measure = _photo_geometry(story, st, span)
        n = sum(len(break_paragraph(p, measure, BODY_FONT)) for p in story.paragraphs)
        return box_h + st.size * 2.2 + (n + 1.5) * size * 1.4
    _, th = _title_lines(story, 0, 0, width, st, random.Random(0), big=False)
    n = len(_body_specs(story, st)) + len(story.byline_lines) + 1
    return th + math.ceil(n / span) * st.leading


def _union(boxes) -> tuple[float, float, float, float]:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def place_story(story: Story, col: int, span: int, y: float, height: float, st: PageStyle,
                rng: random.Random, *, big: bool = False, may_cut: bool = True) -> PlacedStory | None:
    """Set one story into ``span`` columns from ``col``, at most ``height`` tall."""
    if story.kind == "photo":
        return _place_photo(story, col, span, y, height, st, rng)
    x, width = st.col_x(col), st.span_width(span)
    pieces, th = _title_lines(story, x, y, width, st, rng, big)
    byline_specs = list(story.byline_lines)
    under_headline = bool(byline_specs) and rng.random() < 0.3
    if under_headline:
        for text in byline_specs:
            pieces.setdefault("byline", []).append(
                simple_line(text, x + (width - text_em(text, BODY_FONT) * st.size) / 2, y + th,
                            st.size, BODY_FONT))
            th += st.leading
        byline_specs = []
    body_y = y + th
    per_col = int((y + height - body_y) // st.leading)
    if per_col < 3:
        return None
    specs = _body_specs(story, st)
    slots = span * per_col - len(byline_specs)
    paragraphs = list(story.paragraphs)
    continued_to, rest, rest_mid = None, [], False
    if len(specs) > slots:
        cut_allowed = story.cut_to is not None and may_cut
        # trim at the last paragraph end that fits, unless that loses too much; else cut
        fit = [k for k in range(1, len(paragraphs) + 1)
               if sum(1 for s in specs if s.para_index < k) <= slots]
        keep = max(fit) if fit else 0
        kept_lines = sum(1 for s in specs if s.para_index < keep)
        if not cut_allowed and keep == 0:
            return None
        if cut_allowed and (keep == 0 or kept_lines < 0.8 * slots or rng.random() < story.cut_rate):
            cut_line = slots - 1  # the last line of the last column holds the marker
            last = specs[cut_line - 1]
            rest_first = paragraphs[last.para_index][last.end:].lstrip()
            rest = ([rest_first] if rest_first else []) + paragraphs[last.para_index + 1:]
            rest_mid = bool(rest_first)
            specs = specs[:cut_line]
            continued_to = story.cut_to if rest else None
        else:
            specs = [s for s in specs if s.para_index < keep]
            paragraphs = paragraphs[:keep]
    up_marker = [f"（上接{story.continued_from}版）"] if story.continued_from else []
    total = len(specs) + len(byline_specs) + len(up_marker) + (1 if continued_to else 0)
    rows = per_col if continued_to else max(1, math.ceil(total / span))
    # lay the column slots: byline lines first, then body lines, column by column
    col_lines: list[list] = [[] for _ in range(span)]
    seq = ([("upmarker", t) for t in up_marker] + [("byline", t) for t in byline_specs]
           + [("body", s) for s in specs])
    for k, item in enumerate(seq):
        col_lines[min(k // rows, span - 1)].append(item)
    body, printed_paras, chunks = [], {}, []
    for c, items in enumerate(col_lines):
        chunks.append("".join(item.text for kind, item in items if kind == "body"))
        cx = st.col_x(col + c)
        for r, (kind, item) in enumerate(items):
            ly = body_y + r * st.leading
            if kind in ("byline", "upmarker"):
                role = "byline" if kind == "byline" else "marker"
                pieces.setdefault(role, []).append(simple_line(item, cx, ly, st.size, BODY_FONT))
                continue
            indent = 2.0 if item.start == 0 and (item.para_index > 0 or story.first_indent) else 0.0
            body.append(place_line(item, cx, ly, st.size, BODY_FONT, st.cpl, indent_em=indent))
            printed_paras.setdefault(item.para_index, []).append(item.text)
    if continued_to:
        cx = st.col_x(col + span - 1)
        marker = f"（下转{continued_to}版）"
        ly = body_y + (rows - 1) * st.leading
        pieces.setdefault("marker", []).append(
            place_line(LineSpec(marker, text_em(marker, BODY_FONT), (), False),
                       cx, ly, st.size, BODY_FONT, st.cpl, align="right"))
    pieces["body"] = body
    gold_paras = ["".join(printed_paras[k]) for k in sorted(printed_paras)]
    all_lines = [ln for ls in pieces.values() for ln in ls]
    if not all_lines:
        return None
    return PlacedStory(story, story.titles, gold_paras, continued_to, _union(ln.bbox for ln in all_lines),
                       pieces, [], rest=rest if continued_to else [],
                       rest_mid_paragraph=bool(continued_to) and rest_mid, col_chunks=chunks)


def _place_photo(story: Story, col: int, span: int, y: float, height: float, st: PageStyle,
                 rng: random.Random) -> PlacedStory | None:
    x, width = st.col_x(col), st.span_width(span)
    box_h, size, measure = _photo_geometry(story, st, span)
    specs = [s for k, p in enumerate(story.paragraphs)
             for s in break_paragraph(p, measure, BODY_FONT, para_index=k)]
    need = box_h + st.size * 2.2 + (len(specs) + 1.5) * size * 1.4
    if need > height:
        box_h -= need - height
        if box_h < width * 0.3:
            return None
    box = Shape("box", x, y, x + width, y + box_h, grey=rng.uniform(0.62, 0.82))
    yy = y + box_h + st.size * 0.5
    pieces: dict[str, list[TextLine]] = {"caption": [], "credit": [], "title": []}
    title = story.titles[0][1]
    tsize = st.size * 1.25
    pieces["title"].append(simple_line(title, x, yy, tsize, TITLE_FONT))
    yy += tsize * 1.5
    for s in specs:
        indent = 2.0 if s.start == 0 else 0.0
        pieces["caption"].append(place_line(s, x, yy, size, BODY_FONT, measure, indent_em=indent))
        yy += size * 1.4
    for text in story.byline_lines:
        pieces["credit"].append(simple_line(text, x + width - text_em(text, BODY_FONT) * size, yy, size, BODY_FONT))
        yy += size * 1.4
    bbox = _union([(box.x0, box.y0, box.x1, box.y1)] + [ln.bbox for ls in pieces.values() for ln in ls])
    paras: dict[int, list[str]] = {}
    for s in specs:
        paras.setdefault(s.para_index, []).append(s.text)
    return PlacedStory(story, story.titles, ["".join(paras[k]) for k in sorted(paras)], None, bbox,
                       pieces, [box])


# ---------------------------------------------------------------- the page

def _furniture(st: PageStyle, rng: random.Random) -> tuple[list[TextLine], list[Shape], float, float]:
    """Masthead or running head, and the editor line; returns lines, rules, body top and bottom."""
    y, m, w = st.margin, st.margin, st.width
    lines: list[TextLine] = []
    shapes: list[Shape] = []
    year, month, day = (int(x) for x in st.date.split("-"))
    import datetime as _dt
    weekday = names.WEEKDAYS[_dt.date(year, month, day).weekday()]
    date_cn = f"{year}年{month}月{day}日 星期{weekday}"
    label = f"第{st.page_no}版 {st.section}" if rng.random() < 0.7 else f"{st.page_no:02d} {st.section}"
    if st.page_no == 1:
        size = rng.uniform(44, 60)
        lines.append(simple_line(st.newspaper, m, y, size, TITLE_FONT, char_space=size * 0.05))
        side = m + text_em(st.newspaper, TITLE_FONT) * size + size * 0.2 * len(st.newspaper) + 24
        lines.append(simple_line(date_cn, side, y + size * 0.15, st.size * 1.2, BODY_FONT))
        lines.append(simple_line(label, side, y + size * 0.15 + st.size * 1.9, st.size * 1.2, BODY_FONT))
        y += size * 1.2
    else:
        hs = st.size * 1.15
        left, right = (label, date_cn) if st.page_no % 2 == 0 else (date_cn, label)
        lines.append(simple_line(left, m, y, hs, BODY_FONT))
        lines.append(simple_line(st.newspaper, (w - text_em(st.newspaper, TITLE_FONT) * hs * 1.3) / 2, y,
                                 hs * 1.3, TITLE_FONT))
        lines.append(simple_line(right, w - m - text_em(right, BODY_FONT) * hs, y, hs, BODY_FONT))
        y += hs * 2
    shapes.append(Shape("rule", m, y, w - m, y, width=1.2))
    y += st.size * 1.5
    editor = f"责任编辑：{names.pad_name(st.editor)}"
    bottom = st.height - st.margin
    lines.append(simple_line(editor, w - m - text_em(editor, BODY_FONT) * st.size * 0.9, bottom - st.size,
                             st.size * 0.9, BODY_FONT))
    shapes.append(Shape("rule", m, bottom - st.size * 1.6, w - m, bottom - st.size * 1.6, width=0.6))
    return lines, shapes, y, bottom - st.size * 2.6


def _choose_span(story: Story, cols_left: int, st: PageStyle, rng: random.Random,
                 lines_per_col: int) -> int:
    if story.kind == "photo":
        span = rng.choice((2, 2, 3)) if st.cols >= 5 else 2
    else:
        need = story.length / st.cpl
        span = math.ceil(need / max(lines_per_col * rng.uniform(0.35, 0.7), 1))
        span = max(2 if st.cols < 7 else 1, span + rng.choice((-1, 0, 0, 1)))
        span = max(span, 2) if story.length > 600 else span
    span = min(span, cols_left, st.cols)
    if 0 < cols_left - span < 2 and st.cols < 7:
        span = cols_left
    return max(span, 1)


def compose_page(stories: list[Story], st: PageStyle, rng: random.Random) -> ComposedPage:
    """Fill the page with as many of ``stories`` as fit, band by band."""
    furn_lines, shapes, top, bottom = _furniture(st, rng)
    st.body_top, st.body_bottom = top, bottom
    body_h = bottom - top
    lines_per_col = int(body_h // st.leading)
    queue = list(stories)
    placed: list[PlacedStory] = []
    y = top
    band_no = 0
    while queue:
        avail = bottom - y
        if avail < st.leading * 9:
            break
        band: list[list] = []
        cols_left = st.cols
        while queue and cols_left > 0 and len(band) < 4:
            s = queue.pop(0)
            span = _choose_span(s, cols_left, st, rng, lines_per_col)
            band.append([s, span])
            cols_left -= span
        if cols_left:
            # leftover columns go to the widest article, never to a photo
            arts = [b for b in band if b[0].kind != "photo"] or band
            max(arts, key=lambda b: b[1])[1] += cols_left
        nat = [natural_height(s, span, st, rng) for s, span in band]
        cap = avail if not queue else max(avail * rng.uniform(0.45, 0.7), st.leading * 14)
        h = min(max(nat), cap, avail)
        if queue and avail - h < st.leading * 12:
            h = avail
        col = 0
        max_used = 0.0
        for k, (s, span) in enumerate(band):
            ps = place_story(s, col, span, y, h, st, rng, big=(band_no == 0 and k == 0))
            if ps is not None:
                placed.append(ps)
                max_used = max(max_used, ps.bbox[3] - y)
                if k > 0:  # a column rule between neighbouring stories
                    gx = st.col_x(col) - st.gutter / 2
                    shapes.append(Shape("rule", gx, y, gx, y + h, width=0.4))
            col += span
        y += max(max_used, st.leading * 4) + st.leading * 1.2
        shapes.append(Shape("rule", st.margin, y - st.leading * 0.6, st.width - st.margin,
                            y - st.leading * 0.6, width=0.5))
        band_no += 1
    # the content stream: rules first, then stories in a shuffled piece order
    ops: list[DrawOp] = [DrawOp(shape=s) for s in shapes]
    furniture_first = rng.random() < 0.5
    furn_ops = [DrawOp(lines=[ln]) for ln in furn_lines]
    if furniture_first:
        ops.extend(furn_ops)
    duplicates: list[str] = []
    order = list(range(len(placed)))
    if rng.random() < 0.3:
        rng.shuffle(order)
    overprint = rng.random() < 0.4
    for idx in order:
        ps = placed[idx]
        for sh in ps.shapes:
            ops.append(DrawOp(shape=sh))
        seq = rng.choice(PHOTO_ORDERS if ps.story.kind == "photo" else DRAW_ORDERS)
        for name in seq:
            if name == "titles":
                for role in ("kicker", "headline", "subheadline"):
                    if role in ps.pieces:
                        ops.append(DrawOp(lines=list(ps.pieces[role])))
                        if role == "headline" and overprint and len(ps.pieces[role]) == 1:
                            overprint = False
                            ops.append(DrawOp(lines=list(ps.pieces[role]), dx=rng.uniform(0.2, 0.6),
                                              dy=rng.uniform(0.0, 0.3)))
                            ps.duplicate = ps.pieces[role][0].text
                            duplicates.append(ps.duplicate)
            elif name in ps.pieces and ps.pieces[name]:
                ops.append(DrawOp(lines=list(ps.pieces[name])))
    if not furniture_first:
        ops.extend(furn_ops)
    all_lines = furn_lines + [ln for ps in placed for ls in ps.pieces.values() for ln in ls]
    return ComposedPage(st, ops, placed, [ln.text for ln in furn_lines], duplicates, all_lines)
