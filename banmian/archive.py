"""Ingest: files (page text, PDF, or readings as JSON) -> page readings -> the archive store.

Where a page belongs (paper, date, page number) comes from the caller's flags first, then
the file's name and folders (``2024-01-14_01.pdf``, ``2024-01-14/p0003.txt``), then what the
reader found on the page itself. Every page is stored in its own transaction: a bad page is
reported and leaves nothing behind, the other pages are stored. A PDF page is rendered to an
image (``render_page_image``) that is stored with the page, in the same transaction.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from banmian.errors import BanmianError, InputError, StoreError
from banmian.store.base import AddResult, PageImage, PageKey, Store

PAGE_SUFFIXES = (".txt", ".pdf", ".json", ".jsonl")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
SECTION_PAGE_STRIDE = 100  # lettered pages sort by section: A3 -> 103, B1 -> 201
# Page images are this wide: a broadsheet's body type (9-10 pt) comes out at ~14 px, readable
# on a laptop screen without zooming.
PAGE_IMAGE_WIDTH_PX = 1200
# A page whose colour channels stray no further than this from grey is stored as greyscale PNG
# (sharp text); a page with colour photos as JPEG, which suits photos.
GREY_TOLERANCE = 6
# Grey pages keep 16 levels: antialiased text looks the same at this size and a dense page
# drops from ~570 KB to ~320 KB (JPEG at q80 is ~550 KB and blurs small type).
GREY_LEVELS = 16
JPEG_QUALITY = 85

_DATE_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
_CN_DATE_RE = re.compile(r"((?:19|20)\d\d)\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?")
# the page part of a file stem once the date is cut out: 01, p0003, page-3, 第3版, A3
_PAGE_RE = re.compile(r"^(?:.*[_\-\s.])?(?:p|pg|page|第)?([A-Za-z]?)0*(\d{1,3})版?$", re.IGNORECASE)
_EXTENSIONS_RE = re.compile(r"(\.[A-Za-z]+)+$")  # .txt, .gold.json: never 2024.01.14
_LABEL_RE = re.compile(r"^\s*(?:第\s*)?([A-Za-z]?)\s*0*(\d{1,3})\s*(?:版)?\s*$")


@dataclass(frozen=True, slots=True)
class Naming:
    """What the user said on the command line; None means "find it out"."""

    paper: str | None = None
    date: str | None = None
    page: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """One page's fate: stored / replaced / skipped, or failed with a one-line error."""

    path: str
    status: str
    key: PageKey | None = None
    articles: int = 0
    error: str | None = None


@dataclass(slots=True)
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("stored", "replaced", "skipped", "failed") if self.count(s)]
        return f"{len(self.outcomes)} pages: " + (", ".join(parts) or "nothing to do")


def normalize_date(text: str | None) -> str | None:
    """An ISO date (2024-01-14) from 2024-01-14, 20240114, 2024/1/14 or 2024年1月14日; else None."""
    if not text:
        return None
    m = _DATE_RE.search(text)
    if m:
        return f"{m.group(1)}-{m.group(3)}-{m.group(4)}"
    m = _CN_DATE_RE.search(text)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    return None


def page_number(label: str | int | None) -> tuple[int, str] | None:
    """(sort number, printed label) for a page label: 3 -> (3, "3"), 第3版 -> (3, "3"), A3 -> (103, "A3")."""
    if label is None:
        return None
    m = _LABEL_RE.match(str(label))
    if not m or int(m.group(2)) == 0:
        return None
    letter, n = m.group(1).upper(), int(m.group(2))
    if letter:
        return (ord(letter) - ord("A") + 1) * SECTION_PAGE_STRIDE + n, f"{letter}{n}"
    return n, str(n)


def names_from_path(path: Path) -> tuple[str | None, tuple[int, str] | None]:
    """(date, page) that a file's name and folders tell: 2024-01-14_01.pdf, 2024-01-14/p0003.txt."""
    date = None
    for part in [path.name, *reversed(path.parent.parts)]:
        date = normalize_date(part)
        if date:
            break
    stem = _DATE_RE.sub("", _EXTENSIONS_RE.sub("", path.name)).strip("_-. ")
    m = _PAGE_RE.match(stem) if stem else None
    page = page_number(f"{m.group(1)}{m.group(2)}") if m else None
    return date, page


def content_sha256(reading: dict[str, Any], raw: bytes | None = None) -> str:
    """The page's identity: the source file's sha256 (plus the page within a PDF), else the reading's."""
    source = reading.get("source") or {}
    sha = source.get("sha256") or (hashlib.sha256(raw).hexdigest() if raw is not None else None)
    if sha is None:
        canonical = json.dumps(reading, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    if source.get("format") == "pdf" and source.get("page"):
        return f"{sha}#p{source['page']}"
    return sha


def page_key(reading: dict[str, Any], path: Path | None, naming: Naming, *, many: bool = False) -> PageKey:
    """Where the page goes; raises InputError naming what is unknown and how to say it."""
    page = reading.get("page") or {}
    source = reading.get("source") or {}
    path_date, path_page = names_from_path(path) if path else (None, None)
    where = str(path) if path else "page"

    paper = naming.paper or page.get("newspaper")
    if not paper:
        raise InputError(f"{where}: which paper? the page does not name it; pass --paper NAME")
    date = None
    if naming.date:
        date = normalize_date(naming.date)
        if not date:
            raise InputError(f"--date {naming.date!r} is not a date; write it as 2024-01-14")
    date = date or path_date or normalize_date(page.get("date"))
    if not date:
        raise InputError(f"{where}: which date? name the file like 2024-01-14_01.txt or pass --date 2024-01-14")
    number: tuple[int, str] | None = None
    if naming.page:
        number = page_number(naming.page)
        if not number:
            raise InputError(f"--page {naming.page!r} is not a page number; write it as 3 or A3")
    elif many and source.get("page"):
        number = page_number(source["page"])  # a PDF of the whole issue: its own page order
    number = number or path_page or page_number(page.get("number")) or (
        page_number(source.get("page")) if source.get("format") == "pdf" else None)
    if not number:
        raise InputError(f"{where}: which page? name the file like p0003.txt or 2024-01-14_03.txt, or pass --page 3")
    return PageKey(str(paper).strip(), date, number[0], number[1])


def collect(inputs: Iterable[str | Path]) -> list[Path]:
    """The page files named, folders expanded to their page files in natural order."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            out.extend(sorted((f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in PAGE_SUFFIXES),
                              key=_natural))
        else:
            out.append(p)
    return out


def _natural(p: Path) -> list[Any]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", str(p))]


def read_file(path: Path) -> Iterator[tuple[dict[str, Any], bytes | None]]:
    """Page readings in a file, each with the raw bytes its sha256 comes from (None: use the reading's)."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if suffix == ".json":
        data = _load_json(path.read_bytes(), path)
        for reading in data if isinstance(data, list) else [data]:
            yield reading, None
    elif suffix == ".jsonl":
        for n, line in enumerate(path.read_bytes().splitlines(), start=1):
            if line.strip():
                yield _load_json(line, path, n), None
    elif suffix in (".txt", ".pdf"):
        yield from _parse(path)
    else:
        raise InputError(f"{path}: cannot ingest {suffix or 'files without a suffix'};"
                         f" give {', '.join(PAGE_SUFFIXES)} files")


def _load_json(raw: bytes, path: Path, line: int | None = None) -> Any:
    where = f"{path}:{line}" if line else str(path)
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{where}: not JSON ({exc})") from None
    for reading in data if isinstance(data, list) else [data]:
        if not isinstance(reading, dict) or reading.get("schema") != "banmian.page/1":
            raise InputError(f"{where}: not a page reading (schema banmian.page/1)")
    return data


def _parse(path: Path) -> Iterator[tuple[dict[str, Any], bytes | None]]:
    """Read a page with the text pipeline; a PDF may hold several pages."""
    try:
        from banmian import pipeline
        from banmian.export.json import page_to_dict
    except ImportError as exc:
        raise InputError(f"{path}: this banmian cannot read {path.suffix} pages yet ({exc}); ingest readings"
                         " (.json) made by `banmian parse -f json`") from None
    raw = path.read_bytes()
    if path.suffix.lower() == ".pdf" and hasattr(pipeline, "parse_inputs"):
        results = list(pipeline.parse_inputs([str(path)]))
    else:
        results = [pipeline.parse_page(path)]
    for result in results:
        reading = page_to_dict(result)
        yield reading, (raw if not (reading.get("source") or {}).get("sha256") else None)


def find_image(path: Path, reading: dict[str, Any], many: bool) -> str | None:
    """A page image beside its source: 2024-01-14_01.png, or for an issue PDF issue_p3.png / issue-3.png."""
    stems = [path.stem]
    n = (reading.get("source") or {}).get("page")
    if many and n:
        stems = [f"{path.stem}_p{n}", f"{path.stem}-{n}", f"{path.stem}_{n}"]
    for stem in stems:
        for suffix in IMAGE_SUFFIXES:
            candidate = path.with_name(stem + suffix)
            if candidate.is_file():
                return str(candidate.resolve())
    return None


def render_page_image(doc: Any, page_no: int, width_px: int = PAGE_IMAGE_WIDTH_PX) -> PageImage:
    """Page ``page_no`` (1-based) of an open pypdfium2 document, ``width_px`` wide: PNG if grey, else JPEG."""
    import io

    if not 1 <= page_no <= len(doc):
        raise InputError(f"no page {page_no} to render (the PDF has {len(doc)})")
    page = doc[page_no - 1]
    try:
        width_pt, _ = page.get_size()
        image = page.render(scale=width_px / width_pt).to_pil().convert("RGB")
    finally:
        page.close()
    out = io.BytesIO()
    if _is_grey(image):
        step = 255 / (GREY_LEVELS - 1)
        image.convert("L").point(lambda v: round(round(v / step) * step)).save(out, "PNG")
        media_type = "image/png"
    else:
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
        media_type = "image/jpeg"
    return PageImage(out.getvalue(), media_type, image.width, image.height)


def _is_grey(image: Any) -> bool:
    # chroma channels of YCbCr sit at 128 for every grey pixel
    _, cb, cr = image.convert("YCbCr").getextrema()
    return all(abs(v - 128) <= GREY_TOLERANCE for v in (*cb, *cr))


class _PdfImages:
    """Renders pages of one PDF on demand, opening it once; ``close`` releases it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._doc: Any = None

    def render(self, page_no: int) -> PageImage:
        try:
            if self._doc is None:
                from banmian.inputs.pdf import open_pdf
                self._doc = open_pdf(self.path)
            return render_page_image(self._doc, page_no)
        except BanmianError as exc:
            raise InputError(f"cannot render the page image: {exc}") from None
        except Exception as exc:  # PDFium or Pillow failing (memory, a broken page) fails this page only
            raise InputError(f"cannot render the page image: {type(exc).__name__}: {exc}") from None

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None


def ingest(inputs: Iterable[str | Path], store: Store, naming: Naming = Naming(),
           progress: Callable[[Outcome], None] | None = None, *, images: bool = True) -> IngestReport:
    """Read and store every page; each page is one transaction, failures are reported, not raised.

    With ``images`` each PDF page is rendered and stored with its reading; a page whose image
    cannot be made fails as a whole, so no page is stored without the image it should have.
    """
    report = IngestReport()
    paths = collect(inputs)
    if naming.page and len(paths) > 1:
        raise InputError(f"--page names one page, but {len(paths)} files were given")

    def done(outcome: Outcome) -> None:
        report.outcomes.append(outcome)
        if progress:
            progress(outcome)

    for path in paths:
        try:
            readings = list(read_file(path))
        except BanmianError as exc:
            done(Outcome(str(path), "failed", error=str(exc)))
            continue
        except Exception as exc:  # a reader defect must not stop the other pages
            done(Outcome(str(path), "failed", error=f"{path}: cannot read: {type(exc).__name__}: {exc}"))
            continue
        many = len(readings) > 1
        if naming.page and many:
            done(Outcome(str(path), "failed", error=f"{path}: --page names one page, the file holds {len(readings)}"))
            continue
        pdf = _PdfImages(path) if images and path.suffix.lower() == ".pdf" else None
        try:
            for i, (reading, raw) in enumerate(readings, start=1):
                where = f"{path}#{i}" if many else str(path)
                try:
                    key = page_key(reading, path, naming, many=many)
                    sha = content_sha256(reading, raw)
                    image = None
                    page_no = (reading.get("source") or {}).get("page") or i
                    if pdf is not None and not store.has_page(sha):  # a stored page is skipped: no render
                        image = pdf.render(int(page_no))
                    result: AddResult = store.add_page(reading, key, sha, image=image,
                                                       image_path=find_image(path, reading, many))
                except (InputError, StoreError) as exc:
                    msg = str(exc) if str(exc).startswith(str(path)) or str(exc).startswith("--") else f"{where}: {exc}"
                    done(Outcome(where, "failed", error=msg))
                    continue
                done(Outcome(where, result.status, result.key, len(reading.get("articles", []))))
        finally:
            if pdf is not None:
                pdf.close()
    return report
