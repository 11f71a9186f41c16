"""Input stage for PDF: a page's characters -> lines with bbox, type size and weight.

Reads with pypdfium2 (PDFium). PDFium's text page already orders characters and marks the
line breaks and gaps it inferred with generated characters, so banmian asks it for the whole
page text in one call and for geometry once per line segment, not once per character: every
call through ctypes costs about a microsecond, which per character would be most of the time
budget. Overprinted copies (a headline drawn twice a fraction of a point apart) are read once
and returned beside the lines, never silently dropped.
"""
from __future__ import annotations

import ctypes
import hashlib
import re
from collections import deque
from dataclasses import dataclass
from itertools import compress, repeat
from pathlib import Path
from typing import Iterator

from banmian.errors import InputError
from banmian.lines import MIN_OVERPRINT_CHARS, dedupe_overprint
from banmian.model import BBox, Line, SourceFormat, SourceText

try:  # pypdfium2 is the optional [pdf] extra
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c
except ImportError:  # pragma: no cover - exercised only without the extra
    pdfium = None
    pdfium_c = None

# Two copies of a text object whose boxes differ by less than this are one overprinted line
# (fake bold / a doubled headline); points. Real repeated text never sits closer than a line.
OVERPRINT_TOLERANCE = 2.0
# PDFium drops a copy only when it is among the next few text objects after the original
# (CPDF_TextPage::IsSameAsPreTextObject looks back 5); look as far forward.
OVERPRINT_LOOKAHEAD = 6
# A page with fewer counted characters than this and any image is a scan without a text layer.
MIN_TEXT_CHARS = 1
# A gap PDFium filled with a space splits a line only when it is wider than this many ems:
# column gutters are two ems and more, justification and digit gaps a fraction of one.
GUTTER_SPLIT_EM = 1.2
# Top of the CJK em box above the baseline, as a fraction of the type size.
EM_ASCENT = 0.88
_EM_DESCENT = 1 - EM_ASCENT
BOLD_FONT_RE = re.compile(r"bold|heavy|black|hei|黑", re.IGNORECASE)
_PAGES_RE = re.compile(r"^\s*(\d+)?\s*(?:-\s*(\d+)?)?\s*$")
_BREAK_RE = re.compile("\r\n|[\r\n\x02\ufffe ]")  # CRLF as one break: no empty segment between

_FPDF_PAGEOBJ_TEXT = 1
_FPDF_PAGEOBJ_PATH = 2
_FPDF_PAGEOBJ_IMAGE = 3
_FPDF_ERR_PASSWORD = 4


@dataclass(frozen=True, slots=True)
class PdfPage:
    """One PDF page read into lines: the input of ``banmian.layout``.

    ``source.text`` is the lines joined by newlines in PDFium's content order; each Line's
    start/end point into it and its bbox is in points with a top-left origin.
    """

    source: SourceText
    lines: tuple[Line, ...]
    images: tuple[BBox, ...] = ()  # image objects
    boxes: tuple[BBox, ...] = ()  # filled or stroked rectangles larger than a rule
    rules: tuple[BBox, ...] = ()  # thin horizontal or vertical strokes
    duplicates: tuple[Line, ...] = ()  # overprinted copies, read once
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PdfPageError:
    """A page that could not be read; multi-page readers report it and go on."""

    page_no: int
    message: str


# -- lean ctypes prototypes --------------------------------------------------------------
# pypdfium2's generated bindings check pointer types on every call; calling the same C
# functions through untyped void* prototypes halves the per-call cost. They are PYFUNCTYPE
# prototypes, which keep the GIL: each call takes well under a microsecond and never calls
# back into Python, so releasing and retaking the GIL would cost more than the call itself.

_VP = ctypes.c_void_p


def _lean(name: str, restype, *argtypes):
    func = getattr(pdfium_c, name)
    addr = ctypes.cast(func, _VP).value
    return ctypes.PYFUNCTYPE(restype, *argtypes)(addr)


def _untyped(name: str, restype):
    """A prototype with no argument types, for the (handle, index) functions called per
    object or per line: ctypes then passes arguments without converting each, a third
    less per call. It passes a Python int as a C int, so the handle must go as a ctypes
    object (pypdfium2's ``.raw``), never as an int address."""
    func = _lean(name, restype)
    func.argtypes = None
    return func


class _Api:
    """The few PDFium functions called per line or per object, bound once."""

    def __init__(self) -> None:
        d, i = ctypes.c_double, ctypes.c_int
        self.loose_box = _lean("FPDFText_GetLooseCharBox", i, _VP, i, _VP)
        self.origin = _lean("FPDFText_GetCharOrigin", i, _VP, i, _VP, _VP)
        self.font_info = _lean("FPDFText_GetFontInfo", ctypes.c_ulong, _VP, i, _VP, ctypes.c_ulong, _VP)
        self.obj_type = _lean("FPDFPageObj_GetType", i, _VP)
        self.obj_bounds = _lean("FPDFPageObj_GetBounds", i, _VP, _VP, _VP, _VP, _VP)
        self.obj_font_size = _lean("FPDFTextObj_GetFontSize", i, _VP, _VP)
        self.obj_text = _lean("FPDFTextObj_GetText", ctypes.c_ulong, _VP, _VP, _VP, ctypes.c_ulong)
        # (handle, index): pass textpage.raw / page.raw
        self.font_size = _untyped("FPDFText_GetFontSize", d)
        self.is_generated = _untyped("FPDFText_IsGenerated", i)
        self.text_object = _untyped("FPDFText_GetTextObject", _VP)
        self.get_object = _untyped("FPDFPage_GetObject", _VP)


_api: _Api | None = None


def _get_api() -> _Api:
    global _api
    if pdfium is None:
        raise InputError("reading PDF needs pypdfium2: pip install 'banmian[pdf]'")
    if _api is None:
        _api = _Api()
    return _api


def _addr(handle) -> int:
    return ctypes.cast(handle, _VP).value or 0


class _Rounded(dict):
    """``rounded[v]`` is ``round(v, 2)`` for a float v, remembered (one per page).

    CPython rounds to two places through a decimal string and back, some 3,000 instructions a
    call, and every coordinate is rounded; a page repeats a few hundred values (column edges,
    baselines shared by every column, type sizes) thousands of times, and a dict hit costs a
    few dozen. Zeros are never stored (0.0 and -0.0 are one key but round apart), nor NaN.
    """

    def __missing__(self, v: float) -> float:
        r = round(v, 2)
        if v and v == v:
            self[v] = r
        return r


# -- page selection ------------------------------------------------------------------------

def parse_page_range(pages: str | None, count: int) -> list[int]:
    """'2-3', '1,4', '5-' or None (all) -> sorted 1-based page numbers within 1..count."""
    if pages is None or not pages.strip():
        return list(range(1, count + 1))
    chosen: set[int] = set()
    for part in pages.split(","):
        m = _PAGES_RE.match(part)
        if not m or (m.group(1) is None and m.group(2) is None):
            raise InputError(f"--pages {pages!r}: write pages like 2-3 or 1,4")
        lo = int(m.group(1)) if m.group(1) else 1
        hi = int(m.group(2)) if m.group(2) else (count if "-" in part else lo)
        if lo < 1 or hi < lo:
            raise InputError(f"--pages {pages!r}: page numbers start at 1 and ranges go up")
        if lo > count:
            raise InputError(f"--pages {pages!r}: the PDF has {count} page{'s' * (count != 1)}")
        chosen.update(range(lo, min(hi, count) + 1))
    return sorted(chosen)


# -- document ----------------------------------------------------------------------------

def open_pdf(path: str | Path | bytes):
    """Open a PDF with PDFium; every way it can fail becomes a one-line InputError."""
    _get_api()
    name = "<bytes>" if isinstance(path, bytes) else str(path)
    if not isinstance(path, bytes):
        p = Path(path)
        if not p.exists():
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a folder, not a PDF")
    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == _FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            raise InputError(f"{name}: the PDF is encrypted; banmian cannot read it without its password") from None
        reason = _pdfium_reason(exc)
        # PDFium refuses a document with an empty page tree and its error code is stale then
        if reason == "success" or _empty_page_tree(path):
            raise InputError(f"{name}: the PDF has no pages") from None
        raise InputError(f"{name}: not a readable PDF (truncated or corrupt: {reason})") from None
    if len(doc) == 0:
        doc.close()
        raise InputError(f"{name}: the PDF has no pages")
    return doc


_EMPTY_TREE_RE = re.compile(rb"/Count\s+0\b")
_PAGE_OBJ_RE = re.compile(rb"/Type\s*/Page\b")


def _empty_page_tree(path: str | Path | bytes) -> bool:
    try:
        data = path if isinstance(path, bytes) else Path(path).read_bytes()[: 1 << 20]
    except OSError:
        return False
    return bool(_EMPTY_TREE_RE.search(data)) and not _PAGE_OBJ_RE.search(data)


def _pdfium_reason(exc: Exception) -> str:
    m = re.search(r"PDFium: ([^)]+)", str(exc))
    return (m.group(1) if m else str(exc)).strip().rstrip(".").lower()


def iter_pdf_pages(path: str | Path, pages: str | None = None) -> Iterator[PdfPage | PdfPageError]:
    """Read the chosen pages one at a time (memory stays bounded by one page).

    Yields a PdfPage per good page and a PdfPageError per page that cannot be read; raises
    InputError when the file itself cannot be opened or no page has a text layer.
    """
    doc = open_pdf(path)
    name = str(path)
    sha = _sha256(path)
    try:
        numbers = parse_page_range(pages, len(doc))
        for no in numbers:
            try:
                yield read_page(doc, no, path=name, sha256=sha)
            except InputError as exc:
                yield PdfPageError(no, str(exc))
            except pdfium.PdfiumError as exc:
                yield PdfPageError(no, f"{name} page {no}: cannot be read ({_pdfium_reason(exc)})")
    finally:
        doc.close()


def _sha256(path: str | Path) -> str | None:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


# -- one page ----------------------------------------------------------------------------

def read_page(doc, page_no: int, path: str | None = None, sha256: str | None = None) -> PdfPage:
    """Characters of page ``page_no`` (1-based) -> a PdfPage of lines, boxes and duplicates."""
    api = _get_api()
    page = doc[page_no - 1]
    rounded = _Rounded()
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            segments = _segments(api, textpage, height, rounded)
            body = _body_size(segments)
            _mark_bold(api, textpage, segments, body)
            objects = _scan_objects(api, page, height, rounded)
            dup_segments = _dropped_copies(api, textpage, segments, body, objects, height, rounded)
        finally:
            textpage.close()
    finally:
        page.close()
    images, boxes, rules = objects.images, objects.boxes, objects.rules
    segments, in_page_dups = _dedupe_segments(segments)
    counted = sum(len(s[0]) for s in segments)
    if counted < MIN_TEXT_CHARS:
        if images or boxes:
            raise InputError(f"{path} page {page_no}: no text layer (a scanned page); "
                             "reading scans needs --ocr, which banmian does not have yet")
        raise InputError(f"{path} page {page_no}: the page has no text")
    lines: list[Line] = []
    parts: list[str] = []
    pos = 0
    for no, (text, bbox, size, bold, _) in enumerate(segments, start=1):
        lines.append(Line(text=text, start=pos, end=pos + len(text), line_no=no, bbox=bbox,
                          size=size, bold=bold))
        parts.append(text)
        pos += len(text) + 1
    dups: list[Line] = []
    for text, bbox, size, bold, _ in in_page_dups + dup_segments:
        # copies get offsets past the page text: they are not part of it
        dups.append(Line(text=text, start=pos, end=pos + len(text), line_no=0, bbox=bbox,
                         size=size, bold=bold))
        pos += len(text) + 1
    source = SourceText(text="\n".join(parts), path=path, format=SourceFormat.PDF, sha256=sha256,
                        page_no=page_no, width=rounded[width], height=rounded[height])
    return PdfPage(source=source, lines=tuple(lines), images=images, boxes=boxes, rules=rules,
                   duplicates=tuple(dups))


Segment = tuple[str, BBox, float, bool, int]  # text, bbox (top-left origin), size, bold, first char


def _segments(api: _Api, textpage, height: float, rounded: _Rounded) -> list[Segment]:
    """PDFium's text split at the breaks it generated; geometry from the first and last char."""
    n = textpage.count_chars()
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # characters outside the BMP come back as surrogate pairs: go per char
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)) or " " for i in range(n))
    tp = _addr(textpage.raw)
    spans: list[tuple[int, int]] = []
    start = 0
    for i, j in _cuts(api, textpage, text) + [(n, n)]:
        # strip spaces at both ends; geometry comes from the first and last visible characters
        seg = text[start:i]
        a, start = start, j
        if not seg:
            continue
        if seg[0].isspace() or seg[-1].isspace():
            core = seg.strip()
            if not core:
                continue
            a += len(seg) - len(seg.lstrip())
            seg = core
        spans.append((a, a + len(seg)))
    if not spans:
        return []
    # three calls per segment, each run by map() into one buffer: no Python frame per call
    m = len(spans)
    firsts = [a for a, _ in spans]
    org = (ctypes.c_double * (2 * m))()
    at = ctypes.addressof(org)
    _call_each(api.origin, repeat(tp, m), firsts, range(at, at + 16 * m, 16), range(at + 8, at + 16 * m, 16))
    rights = _loose_boxes(api, tp, [b - 1 for _, b in spans])[2::4]
    sizes = list(map(api.font_size, repeat(textpage.raw, m), firsts))
    out: list[Segment] = []
    for (a, b), x, y, right, size in zip(spans, org[0::2], org[1::2], rights, sizes):
        size = rounded[size]
        base = height - y
        # the em box of CJK type: 0.88 of the size above the baseline, 0.12 below
        box = (rounded[x], rounded[base - EM_ASCENT * size], rounded[right], rounded[base + _EM_DESCENT * size])
        out.append((text[a:b], box, size, False, a))
    return out


def _mark_bold(api: _Api, textpage, segments: list[Segment], body: float) -> None:
    """Set the weight of the segments that are not in the body size (where it can matter)."""
    tp = _addr(textpage.raw)
    name_buf = ctypes.create_string_buffer(96)
    name_p = ctypes.addressof(name_buf)
    flags = ctypes.c_int()
    flags_p = ctypes.addressof(flags)
    font_cache: dict[bytes, bool] = {}
    for k, (seg_text, bbox, size, _, at) in enumerate(segments):
        if size != body:
            api.font_info(tp, at, name_p, 96, flags_p)
            key = name_buf.value
            bold = font_cache.get(key)
            if bold is None:
                bold = bool(BOLD_FONT_RE.search(key.decode("latin-1", "replace").split("+")[-1]))
                font_cache[key] = bold
            if bold:
                segments[k] = (seg_text, bbox, size, True, at)


def _cuts(api: _Api, textpage, text: str) -> list[tuple[int, int]]:
    """(start, end) of the breaks PDFium generated that end a segment: line ends, hyphen
    marks, and the spaces it inserted at gaps wider than a justification or digit gap."""
    n = len(text)
    breaks = [m.span() for m in _BREAK_RE.finditer(text)]
    spaces = [i for i, _ in breaks if text[i] == " "]
    generated = [i for i, g in zip(spaces, map(api.is_generated, repeat(textpage.raw, len(spaces)), spaces)) if g]
    tp = _addr(textpage.raw)
    inner = [i for i in generated if 0 < i < n - 1]
    # a space between two runs is a column gutter only when it is wide
    left = _loose_boxes(api, tp, [i - 1 for i in inner])
    right = _loose_boxes(api, tp, [i + 1 for i in inner])
    cut = set(generated).difference(inner)  # at either end of the text
    for k, i in enumerate(inner):
        left_end, size, right_start = left[4 * k + 2], left[4 * k + 1] - left[4 * k + 3], right[4 * k]
        if right_start - left_end > GUTTER_SPLIT_EM * max(size, 1.0) or right_start < left_end - 1.0:
            cut.add(i)
    return [(i, j) for i, j in breaks if text[i] != " " or i in cut]


def _loose_boxes(api: _Api, tp: int, chars: list[int]) -> list[float]:
    """Loose boxes of the given characters, flat: left, top, right, bottom for each."""
    m = len(chars)
    rects = (ctypes.c_float * (4 * m))()
    at = ctypes.addressof(rects)
    _call_each(api.loose_box, repeat(tp, m), chars, range(at, at + 16 * m, 16))
    return rects[:]


def _call_each(func, *args) -> None:
    """func(*a) for each tuple of args, results dropped; the loop runs in C."""
    deque(map(func, *args), maxlen=0)


@dataclass(slots=True)
class _Objects:
    handles: list[int]
    types: list[int]
    images: tuple[BBox, ...]
    boxes: tuple[BBox, ...]
    rules: tuple[BBox, ...]


# A stroke thinner than this is a rule, not a box; points.
RULE_THICKNESS = 3.0
# Rectangles smaller than this on both sides are ornaments (■ bullets, dots); points.
MIN_BOX_SIDE = 24.0


def _object_bounds(api: _Api, handles: list[int], height: float, rounded: _Rounded) -> list[BBox]:
    """Bounds of page objects, top-left origin; one map() over the bound prototype."""
    m = len(handles)
    buf = (ctypes.c_float * (4 * m))()
    at = ctypes.addressof(buf)
    ends = at + 16 * m
    _call_each(api.obj_bounds, handles, range(at, ends, 16), range(at + 4, ends, 16),
               range(at + 8, ends, 16), range(at + 12, ends, 16))
    v = buf[:]
    return [(rounded[v[q]], rounded[height - v[q + 3]], rounded[v[q + 2]], rounded[height - v[q + 1]])
            for q in range(0, 4 * m, 4)]


def _scan_objects(api: _Api, page, height: float, rounded: _Rounded) -> _Objects:
    """Object handles and types; images, boxes and rules with their bounds."""
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    # two ctypes calls per object, no Python frame: map() over the bound prototypes
    handles = list(map(api.get_object, repeat(page.raw, count), range(count)))
    types = list(map(api.obj_type, handles))
    images = [h for h, t in zip(handles, types) if t == _FPDF_PAGEOBJ_IMAGE]
    paths = [h for h, t in zip(handles, types) if t == _FPDF_PAGEOBJ_PATH]
    boxes: list[BBox] = []
    rules: list[BBox] = []
    for x0, y0, x1, y1 in _object_bounds(api, paths, height, rounded):
        w, hgt = x1 - x0, y1 - y0
        if min(w, hgt) <= RULE_THICKNESS and max(w, hgt) >= MIN_BOX_SIDE:
            rules.append((x0, y0, x1, y1))
        elif w >= MIN_BOX_SIDE and hgt >= MIN_BOX_SIDE:
            boxes.append((x0, y0, x1, y1))
    return _Objects(handles, types, tuple(_object_bounds(api, images, height, rounded)), tuple(boxes),
                    tuple(rules))


def _object_text(api: _Api, obj: int, textpage) -> str:
    n = api.obj_text(obj, _addr(textpage.raw), None, 0)
    if n <= 2:
        return ""
    buf = ctypes.create_string_buffer(n)
    api.obj_text(obj, _addr(textpage.raw), ctypes.addressof(buf), n)
    return buf.raw[: n - 2].decode("utf-16-le", "replace")


def _dropped_copies(api: _Api, textpage, segments: list[Segment], body: float, objects: _Objects,
                    height: float, rounded: _Rounded) -> list[Segment]:
    """Text objects PDFium left out of its text page as copies of the one before.

    Overprinting (fake bold, a doubled headline) is a device of display lines, so only the
    objects of lines set in other than the body size are compared with the few text objects
    after them: a copy has the same box within OVERPRINT_TOLERANCE. Display lines are not
    only the large ones: a headline squeezed into a narrow column can be set below the body.
    """
    handles, types = objects.handles, objects.types
    if not segments or not handles:
        return []
    chars = [at + off for seg_text, _, size, _, at in segments if size != body
             for off, ch in enumerate(seg_text) if not ch.isspace()]
    # their text objects and those objects' places in the page's list, found in one pass in C:
    # a page has thousands of objects, and a handle -> index dict of them all cost more than
    # the rest of this search
    shown = set(map(api.text_object, repeat(textpage.raw, len(chars)), chars))
    starts = set(compress(range(len(handles)), map(shown.__contains__, handles)))
    # each display object against the few text objects after it that are not display ones
    pairs = [(k, j) for k in sorted(starts)
             for j in range(k + 1, min(k + 1 + OVERPRINT_LOOKAHEAD, len(handles)))
             if j not in starts and types[j] == _FPDF_PAGEOBJ_TEXT]
    if not pairs:
        return []
    needed = sorted({k for pair in pairs for k in pair})
    bounds = dict(zip(needed, _object_bounds(api, [handles[k] for k in needed], height, rounded)))
    out: list[Segment] = []
    seen: set[int] = set()
    fs = ctypes.c_float()
    fs_p = ctypes.addressof(fs)
    for k, j in pairs:
        cand = bounds[j]
        if j in seen or not all(abs(a - b) <= OVERPRINT_TOLERANCE for a, b in zip(bounds[k], cand)):
            continue
        seen.add(j)
        txt = _object_text(api, handles[k], textpage).strip()
        size = fs.value if api.obj_font_size(handles[j], fs_p) else 0.0
        if txt:
            out.append((txt, cand, rounded[size], False, -1))
    return out


def _body_size(segments: list[Segment]) -> float:
    """The type size most characters are set in."""
    weight: dict[float, int] = {}
    for text, _, size, _, _ in segments:
        weight[size] = weight.get(size, 0) + len(text)
    return max(weight, key=weight.__getitem__) if weight else 0.0


def _dedupe_segments(segments: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """Overprints PDFium kept: a line twice at (nearly) the same place, or ABCABC / AABBCC."""
    kept: list[Segment] = []
    dups: list[Segment] = []
    placed: dict[str, list[BBox]] = {}
    for seg in segments:
        text, bbox, size, bold, at = seg
        twins = placed.get(text)
        if twins and any(all(abs(a - b) <= OVERPRINT_TOLERANCE for a, b in zip(r, bbox)) for r in twins):
            dups.append(seg)
            continue
        n = len(text)
        # cheap test first: a doubled line repeats its first character at the middle or next
        # to it (spaces aside); most lines fail it and skip the full comparison
        maybe = n >= 2 * MIN_OVERPRINT_CHARS and (text[0] == text[n // 2] or text[0] == text[1] or
                                                  " " in text or text != text.strip())
        once, copy = dedupe_overprint(text) if maybe else (text, None)
        if copy is not None:
            kept.append((once, bbox, size, bold, at))
            dups.append((copy, bbox, size, bold, -1))
        else:
            kept.append(seg)
        placed.setdefault(text, []).append(bbox)
    return kept, dups


