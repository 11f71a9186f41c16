"""Typesetting primitives: CJK fonts, justified line breaking on a character grid, PDF drawing.

Input: strings and a measure in em; output: ``TextLine`` records (what was drawn, where) and,
via ``render_pdf``, a one-page PDF drawn in the order the layout asks for.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from functools import lru_cache

# Debian's fonts-wqy-zenhei / fonts-arphic-uming: TrueType collections reportlab can embed.
FONT_FILES = {
    "Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),  # 黑体 for titles and furniture
    "Ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 2),  # 明体 (AR PL UMing CN) for body text
}
# Characters a line may not start with (kinsoku): closing punctuation is pulled back and squeezed.
NO_LINE_START = set("，。、；：？！）》」』”’％%…·—,.;:?!)]】〉")
# Characters a line may not end with: opening punctuation moves down to the next line.
NO_LINE_END = set("（《「『“‘([【〈")
# Largest squeeze allowed to keep a closing mark on its line, in em.
MAX_SQUEEZE_EM = 1.0


class FontError(RuntimeError):
    """The CJK fonts are not installed."""


_registered: set[str] = set()


def register_fonts() -> None:
    """Register the CJK fonts with reportlab once per process."""
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, (path, index) in FONT_FILES.items():
        if not os.path.exists(path):
            raise FontError(f"font {path} missing: apt-get install -y fonts-wqy-zenhei fonts-arphic-uming")
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
        _registered.add(name)


@lru_cache(maxsize=200_000)
def char_em(ch: str, font: str) -> float:
    """Advance width of one character in em."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    w = pdfmetrics.stringWidth(ch, font, 1.0)
    return w if w > 0 else 1.0


def text_em(text: str, font: str) -> float:
    return sum(char_em(c, font) for c in text)


def is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def is_alnum_ascii(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@dataclass(slots=True)
class TextLine:
    """One drawn line: its characters, where its top-left corner stands (points, top-left origin)."""

    text: str
    x: float
    y: float
    size: float
    font: str
    char_space: float = 0.0  # points added after every character (justification)
    gaps: tuple[tuple[int, float], ...] = ()  # (index, points) extra space before a character
    width: float = 0.0  # drawn width in points

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.x + self.width, self.y + self.size)


@dataclass(slots=True)
class LineSpec:
    """A broken line before placement: text, natural width and gaps in em, justify or not."""

    text: str
    natural_em: float
    gaps: tuple[tuple[int, float], ...]
    justify: bool
    para_index: int = 0
    start: int = 0  # offsets of the line in its paragraph, half-open
    end: int = 0


def _gap_before(text: str, i: int, digit_gap: float) -> float:
    # Typesetters leave a thin space before a Latin/digit run that follows a CJK character;
    # extractors then print "1月 12日".
    if digit_gap and i > 0 and is_alnum_ascii(text[i]) and is_cjk(text[i - 1]):
        return digit_gap
    return 0.0


def break_paragraph(text: str, measure: float, font: str, *, indent: float = 2.0,
                    digit_gap: float = 0.0, para_index: int = 0) -> list[LineSpec]:
    """Break one paragraph into justified lines of ``measure`` em; the first is ``indent`` em shorter."""
    return list(_break_cached(text, measure, font, indent, digit_gap, para_index))


@lru_cache(maxsize=4096)
def _break_cached(text: str, measure: float, font: str, indent: float, digit_gap: float,
                  para_index: int) -> tuple[LineSpec, ...]:
    return tuple(_break(text, measure, font, indent, digit_gap, para_index))


def _break(text: str, measure: float, font: str, indent: float, digit_gap: float,
           para_index: int, *, offset: int = 0, widow_cap: int | None = None) -> list[LineSpec]:
    if widow_cap is not None:  # the last two lines of a paragraph, the first one shortened
        first_text = text[:widow_cap]
        gaps = tuple((k, g) for k, g in ((k, _gap_before(first_text, k, digit_gap))
                                          for k in range(1, len(first_text))) if g)
        natural = text_em(first_text, font) + sum(g for _, g in gaps)
        rest = text[widow_cap:]
        rgaps = tuple((k, g) for k, g in ((k, _gap_before(rest, k, digit_gap)) for k in range(1, len(rest))) if g)
        return [LineSpec(first_text, natural, gaps, True, para_index, offset, offset + widow_cap),
                LineSpec(rest, text_em(rest, font) + sum(g for _, g in rgaps), rgaps, False, para_index,
                         offset + widow_cap, offset + len(text))]
    lines: list[LineSpec] = []
    n, i, first = len(text), 0, True
    while i < n:
        while i < n and text[i] == " ":  # a break swallows the spaces around it
            i += 1
        if i >= n:
            break
        cap = measure - (indent if first else 0.0)
        w, j, gaps = 0.0, i, []
        while j < n:
            g = _gap_before(text, j, digit_gap) if j > i else 0.0
            cw = char_em(text[j], font) + g
            if w + cw > cap + 1e-6:
                break
            if g:
                gaps.append((j - i, g))
            w += cw
            j += 1
        if j < n:
            # keep Latin/digit runs whole when the run is short
            if is_alnum_ascii(text[j]) and is_alnum_ascii(text[j - 1]):
                k = j
                while k > i and is_alnum_ascii(text[k - 1]):
                    k -= 1
                if k > i + 2 and j - k < 8:
                    j = k
            # closing punctuation stays on this line, squeezed; opening punctuation moves down
            while j < n and text[j] in NO_LINE_START and j - i > 2:
                if text_em(text[i:j + 1], font) - cap <= MAX_SQUEEZE_EM:
                    j += 1
                else:
                    j -= 1
                    break
            while j - 1 > i + 2 and text[j - 1] in NO_LINE_END:
                j -= 1
        seg_end = j
        while seg_end > i and text[seg_end - 1] == " ":
            seg_end -= 1
        seg = text[i:seg_end]
        gaps = tuple((k, g) for k, g in
                     ((k, _gap_before(seg, k, digit_gap)) for k in range(1, len(seg))) if g)
        natural = text_em(seg, font) + sum(g for _, g in gaps)
        # a last line that was squeezed to keep its closing mark is justified (narrowed) too
        lines.append(LineSpec(seg, natural, gaps, justify=j < n or natural > cap + 1e-6, para_index=para_index,
                              start=i, end=j))
        i, first = j, False
    if len(lines) > 1 and len(lines[-1].text) == 1 and len(lines[-2].text) > 4 \
            and lines[-2].text[-1] not in NO_LINE_START and lines[-1].text not in NO_LINE_START:
        # no one-character last line (a widow): bring one more character down
        prev = lines[-2]
        return lines[:-2] + _break(text[prev.start:], measure - (indent if len(lines) == 2 else 0.0), font,
                                   0.0, digit_gap, para_index, offset=prev.start, widow_cap=len(prev.text) - 1)
    return lines


def place_line(spec: LineSpec, x: float, y: float, size: float, font: str, measure_em: float,
               *, indent_em: float = 0.0, align: str = "left") -> TextLine:
    """Position a broken line in a column: justified to the measure, or aligned."""
    avail = (measure_em - indent_em) * size
    natural = spec.natural_em * size
    cs = 0.0
    if spec.justify and len(spec.text) > 1:
        cs = (avail - natural) / (len(spec.text) - 1)
        width = avail
    else:
        width = natural
    x0 = x + indent_em * size
    if align == "right":
        x0 = x + measure_em * size - width
    elif align == "center":
        x0 = x + (measure_em * size - width) / 2
    gaps = tuple((k, g * size) for k, g in spec.gaps)
    return TextLine(spec.text, x0, y, size, font, cs, gaps, width)


def simple_line(text: str, x: float, y: float, size: float, font: str,
                char_space: float = 0.0) -> TextLine:
    """An unjustified line (titles, furniture)."""
    width = text_em(text, font) * size + char_space * max(len(text) - 1, 0)
    return TextLine(text, x, y, size, font, char_space, (), width)


@dataclass(slots=True)
class Shape:
    """A filled box or a rule, top-left origin."""

    kind: str  # "box" | "rule"
    x0: float
    y0: float
    x1: float
    y1: float
    grey: float = 0.0
    width: float = 0.5


@dataclass(slots=True)
class DrawOp:
    """One item of the content stream: text lines or a shape, with an optional x/y nudge."""

    lines: list[TextLine] = field(default_factory=list)
    shape: Shape | None = None
    dx: float = 0.0
    dy: float = 0.0


# Baseline sits this far below a line's top, as a fraction of its size.
ASCENT = 0.86


def render_pdf(ops: list[DrawOp], width: float, height: float, *, title: str = "") -> bytes:
    """Draw the ops in order into a one-page PDF; order is the content-stream order extractors see."""
    from reportlab.pdfgen import canvas

    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height), pageCompression=1, invariant=1)
    if title:
        c.setTitle(title)
    _warm_subsets(c, ops)
    for op in ops:
        if op.shape is not None:
            s = op.shape
            if s.kind == "box":
                c.setFillGray(s.grey)
                c.rect(s.x0, height - s.y1, s.x1 - s.x0, s.y1 - s.y0, stroke=0, fill=1)
            else:
                c.setStrokeGray(s.grey)
                c.setLineWidth(s.width)
                c.line(s.x0, height - s.y0, s.x1, height - s.y1)
            c.setFillGray(0)
            continue
        for ln in op.lines:
            _draw_line(c, ln, height, op.dx, op.dy)
    c.showPage()
    c.save()
    return buf.getvalue()


def _warm_subsets(c, ops: list[DrawOp]) -> None:
    # reportlab numbers a TrueType subset's 256 glyphs in order of first use; claiming the
    # commonest characters first keeps most runs in one subset, so the content stream has far
    # fewer font switches (pdfminer parses it about twice as fast).
    from collections import Counter
    from reportlab.pdfbase import pdfmetrics

    per_font: dict[str, Counter] = {}
    for op in ops:
        for ln in op.lines:
            per_font.setdefault(ln.font, Counter()).update(ln.text)
    for font, counts in per_font.items():
        chars = "".join(ch for ch, _ in counts.most_common())
        pdfmetrics.getFont(font).splitString(chars, c._doc)


def _draw_line(c, ln: TextLine, height: float, dx: float, dy: float) -> None:
    baseline = height - (ln.y + dy) - ln.size * ASCENT
    cuts = [0] + [k for k, _ in ln.gaps] + [len(ln.text)]
    extra = dict(ln.gaps)
    x = ln.x + dx
    for a, b in zip(cuts, cuts[1:]):
        x += extra.get(a, 0.0) if a else 0.0
        seg = ln.text[a:b]
        if not seg:
            continue
        t = c.beginText(x, baseline)
        t.setFont(ln.font, ln.size)
        # Tc is graphics state, not text-object state: it outlives ET, so always set it
        t.setCharSpace(ln.char_space)
        t.textOut(seg)
        c.drawText(t)
        x += text_em(seg, ln.font) * ln.size + ln.char_space * len(seg)
