"""The SQL both stores share: pages, articles and stories over a DB-API connection.

Statements use ``?`` placeholders (always parameters, never formatted values); the
PostgreSQL store rewrites them to ``%s``. Dialects differ only in connecting,
transactions and the search index, which subclasses provide.
"""
from __future__ import annotations

import json
import threading
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterator, Sequence

from banmian.errors import InputError, StoreError
from banmian.store import migrations as mig, textindex
from banmian.store.base import (AddResult, ArticlePart, Hit, IssueSummary, PageImage, PageKey, PageRecord,
                                PageView, PaperSummary, SearchQuery, SearchResults, Story)
from banmian.stitch import Part, stitch

_ARTICLE_COLUMNS = ("id, page_id, page_no, page_label, local_id, seq, kind, titles, bylines, dateline, "
                    "paragraphs, continued_to, continued_from, bbox, story_id, part_no")
_PAGE_COLUMNS = ("id, paper, date, page_no, label, sha256, section, source_path, source_format, "
                 "image_path, width, height, image_type, image_width, image_height")
_KINDS = {"article", "photo", "brief", "notice", "other"}


def _ref(value: Any) -> str | None:
    """A continued_to / continued_from object ({"page": 2}) as its page reference, "2"."""
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("page")
    return None if value is None else str(value)


def _article_row(art: Any, index: int) -> dict[str, Any]:
    """Check one article of a reading and flatten it for storage; InputError names what is wrong."""
    if not isinstance(art, dict):
        raise InputError(f"article {index + 1} is not an object")
    for name in ("titles", "bylines", "paragraphs"):
        if not isinstance(art.get(name, []), list):
            raise InputError(f"article {index + 1}: {name} must be a list")
    kind = art.get("kind", "article")
    if kind not in _KINDS:
        raise InputError(f"article {index + 1}: unknown kind {kind!r}")
    try:
        titles = [[str(t["role"]), str(t["text"])] for t in art.get("titles", [])]
        bylines = [[str(b["role"]), str(b["name"])] for b in art.get("bylines", [])]
    except (KeyError, TypeError) as exc:
        raise InputError(f"article {index + 1}: title or byline without {exc}") from None
    paragraphs = [str(p) for p in art.get("paragraphs", [])]
    bbox = art.get("bbox")
    if bbox is not None and (not isinstance(bbox, list) or len(bbox) != 4):
        raise InputError(f"article {index + 1}: bbox must be [x0, y0, x1, y1]")
    return {
        "local_id": str(art.get("id") or f"a{index + 1}"),
        "kind": kind,
        "titles": json.dumps(titles, ensure_ascii=False),
        "bylines": json.dumps(bylines, ensure_ascii=False),
        "dateline": art.get("dateline"),
        "paragraphs": json.dumps(paragraphs, ensure_ascii=False),
        "continued_to": _ref(art.get("continued_to")),
        "continued_from": _ref(art.get("continued_from")),
        "bbox": json.dumps([float(v) for v in bbox]) if bbox is not None else None,
    }


def _part(row: Sequence[Any]) -> ArticlePart:
    (aid, page_id, page_no, label, local_id, seq, kind, titles, bylines, dateline, paragraphs,
     cto, cfrom, bbox, story_id, part_no) = row
    return ArticlePart(
        id=aid, page_id=page_id, page_no=page_no, page_label=label, local_id=local_id, seq=seq,
        kind=kind, titles=tuple(tuple(t) for t in json.loads(titles)),
        bylines=tuple(tuple(b) for b in json.loads(bylines)), dateline=dateline,
        paragraphs=tuple(json.loads(paragraphs)), continued_to=cto, continued_from=cfrom,
        bbox=tuple(json.loads(bbox)) if bbox else None, story_id=story_id, part_no=part_no)


def _page(row: Sequence[Any]) -> PageRecord:
    (pid, paper, date, page_no, label, sha, section, path, fmt, image, width, height, itype, iwidth, iheight) = row
    return PageRecord(id=pid, key=PageKey(paper, date, page_no, label), sha256=sha, section=section,
                      source_path=path, source_format=fmt, image_path=image, width=width, height=height,
                      image_type=itype, image_width=iwidth, image_height=iheight)


@dataclass(frozen=True, slots=True)
class StoryText:
    """What the search index holds for one story; deletes must give the same values back."""

    id: int
    paper: str
    date: str
    pages: str  # "1,2"
    title: str
    body: str


class SqlStore:
    """A Store over one DB-API connection, guarded by a lock so a web server's threads can share it."""

    dialect = ""
    url = ""
    db_errors: tuple[type[BaseException], ...] = ()  # the driver's errors, reported as StoreError

    def __init__(self, conn: Any, *, readonly: bool = False) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.readonly = readonly
        with self._lock:
            self._migrate()

    # -- dialect hooks ------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        raise NotImplementedError

    def _table_exists(self, name: str) -> bool:
        raise NotImplementedError

    def _index_story(self, story: StoryText) -> None:
        raise NotImplementedError

    def _unindex_story(self, story: StoryText) -> None:
        raise NotImplementedError

    def search(self, query: SearchQuery) -> SearchResults:
        raise NotImplementedError

    # -- plumbing -----------------------------------------------------------------------------

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self._conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._exec(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._exec(sql, params).fetchone()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "SqlStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _migrate(self) -> None:
        applied = self.migrations()
        todo = mig.pending(applied)
        if not todo:
            return
        if self.readonly:
            raise StoreError(f"{self.url}: the archive needs migrations {', '.join(m.name for m in todo)};"
                             " run `banmian ingest` once to upgrade it")

        def run(m: mig.Migration, statements: tuple[str, ...]) -> None:
            with self._transaction():
                for stmt in statements:
                    self._exec(stmt)
                self._exec(f"INSERT INTO {mig.MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                           (m.name, _now()))

        with self._transaction():
            self._exec(f"CREATE TABLE IF NOT EXISTS {mig.MIGRATIONS_TABLE} "
                       "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        mig.apply_all(self.dialect, applied, run)

    def migrations(self) -> list[str]:
        with self._lock:
            if not self._table_exists(mig.MIGRATIONS_TABLE):
                return []
            return [r[0] for r in self._all(f"SELECT name FROM {mig.MIGRATIONS_TABLE} ORDER BY name")]

    # -- writing ------------------------------------------------------------------------------

    def add_page(self, reading: dict[str, Any], key: PageKey, sha256: str, *,
                 image_path: str | None = None, image: PageImage | None = None) -> AddResult:
        """Store one page reading (and its image) and restitch its issue in one transaction; the same content is stored once."""
        if self.readonly:
            raise StoreError(f"{self.url}: the archive is open read-only")
        if not isinstance(reading, dict) or not isinstance(reading.get("articles"), list):
            raise InputError("not a page reading: no articles list")
        rows = [_article_row(a, i) for i, a in enumerate(reading["articles"])]
        try:
            return self._add_page(reading, rows, key, sha256, image_path, image)
        except self.db_errors as exc:
            raise StoreError(f"{self.url}: cannot store {key.paper} {key.date} page {key.label}: {exc}") from None

    def _add_page(self, reading: dict[str, Any], rows: list[dict[str, Any]], key: PageKey, sha256: str,
                  image_path: str | None, image: PageImage | None) -> AddResult:
        source, page = reading.get("source") or {}, reading.get("page") or {}
        with self._lock, self._transaction():
            same = self._one("SELECT id, paper, date, page_no, label FROM pages WHERE sha256 = ?", (sha256,))
            if same:
                return AddResult("skipped", same[0], PageKey(*same[1:]))
            old = self._one("SELECT id FROM pages WHERE paper = ? AND date = ? AND page_no = ?",
                            (key.paper, key.date, key.page_no))
            if old:
                self._exec("DELETE FROM articles WHERE page_id = ?", (old[0],))
                self._exec("DELETE FROM page_images WHERE page_id = ?", (old[0],))
                self._exec("DELETE FROM pages WHERE id = ?", (old[0],))
            blob = zlib.compress(json.dumps(reading, ensure_ascii=False).encode("utf-8"))
            page_id = self._one(
                "INSERT INTO pages (paper, date, page_no, label, section, sha256, source_path, source_format,"
                " image_path, width, height, reading, ingested_at, image_type, image_width, image_height)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (key.paper, key.date, key.page_no, key.label, page.get("section"), sha256,
                 source.get("path"), source.get("format"), image_path, page.get("width"),
                 page.get("height"), blob, _now(), image.media_type if image else None,
                 image.width if image else None, image.height if image else None))[0]
            if image is not None:
                self._exec("INSERT INTO page_images (page_id, data) VALUES (?, ?)", (page_id, image.data))
            for seq, r in enumerate(rows):
                self._exec(
                    "INSERT INTO articles (page_id, paper, date, page_no, page_label, local_id, seq, kind,"
                    " titles, bylines, dateline, paragraphs, continued_to, continued_from, bbox)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (page_id, key.paper, key.date, key.page_no, key.label, r["local_id"], seq, r["kind"],
                     r["titles"], r["bylines"], r["dateline"], r["paragraphs"], r["continued_to"],
                     r["continued_from"], r["bbox"]))
            self._restitch(key.paper, key.date)
        return AddResult("replaced" if old else "stored", page_id, key)

    def _restitch(self, paper: str, date: str) -> None:
        """Recompute the stories of one issue; only stories whose parts changed are reindexed."""
        meta = self._all("SELECT id, page_id, page_no, page_label, continued_to, continued_from FROM articles"
                         " WHERE paper = ? AND date = ? ORDER BY page_no, seq", (paper, date))
        labels = {(r[2], r[3]) for r in meta}
        targets = {p for ref in {r[4] for r in meta if r[4]} for p in labels
                   if ref == p[1] or (ref.isdigit() and int(ref) == p[0])}
        target_pages = {p[0] for p in targets}
        involved = [r[0] for r in meta if r[4] or r[5] or r[2] in target_pages]
        groups: list[list[int]]
        if involved:
            texts = {r[0]: r for r in self._all(
                f"SELECT id, titles, paragraphs FROM articles WHERE id IN ({','.join('?' * len(involved))})",
                involved)}
            by_id = {r[0]: r for r in meta}
            parts = []
            for aid in involved:
                m = by_id[aid]
                titles = tuple(t for _, t in json.loads(texts[aid][1]))
                parts.append(Part(aid, m[2], m[3], titles, "".join(json.loads(texts[aid][2])), m[4], m[5]))
            stitched = stitch(parts)
        else:
            stitched = []
        in_story = {aid for g in stitched for aid in g}
        groups = [list(g) for g in stitched] + [[r[0]] for r in meta if r[0] not in in_story]
        new = {g[0]: ",".join(map(str, g)) for g in groups}
        old = {r[0]: (r[1], StoryText(r[0], paper, date, r[2], r[3], r[4])) for r in self._all(
            "SELECT id, members, pages, title, body FROM stories WHERE paper = ? AND date = ?", (paper, date))}
        for sid, (members, text) in old.items():
            if new.get(sid) != members:
                self._unindex_story(text)
                self._exec("DELETE FROM stories WHERE id = ?", (sid,))
        for g in groups:
            if g[0] in old and old[g[0]][0] == new[g[0]]:
                continue
            self._add_story(paper, date, g)

    def _add_story(self, paper: str, date: str, members: list[int]) -> None:
        marks = ",".join("?" * len(members))
        rows = {r[0]: _part(r) for r in self._all(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks})",
                                                  members)}
        parts = [rows[m] for m in members]
        head = parts[0]
        title = " ".join(t for _, t in head.titles)
        body = "\n".join(p for part in parts for p in part.paragraphs)
        text = StoryText(head.id, paper, date, ",".join(str(p.page_no) for p in parts), title, body)
        self._exec("INSERT INTO stories (id, paper, date, headline, pages, members, title, body)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (head.id, paper, date, head.headline, text.pages, ",".join(map(str, members)), title, body))
        self._index_story(text)
        for n, part in enumerate(parts, start=1):
            self._exec("UPDATE articles SET story_id = ?, part_no = ? WHERE id = ?", (head.id, n, part.id))

    # -- reading ------------------------------------------------------------------------------

    def papers(self) -> list[PaperSummary]:
        with self._lock:
            rows = self._all("SELECT paper, count(DISTINCT date), min(date), max(date) FROM pages"
                             " GROUP BY paper ORDER BY paper")
        return [PaperSummary(*r) for r in rows]

    def issues(self, paper: str | None = None) -> list[IssueSummary]:
        where, params = ("WHERE p.paper = ?", (paper,)) if paper else ("", ())
        with self._lock:
            rows = self._all(
                "SELECT p.paper, p.date, count(*),"
                " (SELECT count(*) FROM stories s WHERE s.paper = p.paper AND s.date = p.date)"
                f" FROM pages p {where} GROUP BY p.paper, p.date ORDER BY p.paper, p.date DESC", params)
        return [IssueSummary(*r) for r in rows]

    def _articles_of(self, page_ids: list[int]) -> dict[int, list[ArticlePart]]:
        out: dict[int, list[ArticlePart]] = {pid: [] for pid in page_ids}
        if not page_ids:
            return out
        rows = self._all(f"SELECT {_ARTICLE_COLUMNS} FROM articles"
                         f" WHERE page_id IN ({','.join('?' * len(page_ids))}) ORDER BY page_id, seq", page_ids)
        for r in rows:
            part = _part(r)
            out[part.page_id].append(part)
        return out

    def issue_pages(self, paper: str, date: str) -> list[PageView]:
        with self._lock:
            pages = [_page(r) for r in self._all(f"SELECT {_PAGE_COLUMNS} FROM pages WHERE paper = ? AND date = ?"
                                                 " ORDER BY page_no", (paper, date))]
            arts = self._articles_of([p.id for p in pages])
        return [PageView(p, tuple(arts[p.id])) for p in pages]

    def page(self, paper: str, date: str, page_no: int) -> PageView | None:
        with self._lock:
            row = self._one(f"SELECT {_PAGE_COLUMNS} FROM pages WHERE paper = ? AND date = ? AND page_no = ?",
                            (paper, date, page_no))
            if not row:
                return None
            page = _page(row)
            prev = self._one("SELECT max(page_no) FROM pages WHERE paper = ? AND date = ? AND page_no < ?",
                             (paper, date, page_no))[0]
            nxt = self._one("SELECT min(page_no) FROM pages WHERE paper = ? AND date = ? AND page_no > ?",
                            (paper, date, page_no))[0]
            arts = self._articles_of([page.id])[page.id]
        return PageView(page, tuple(arts), prev, nxt)

    def has_page(self, sha256: str) -> bool:
        with self._lock:
            return self._one("SELECT 1 FROM pages WHERE sha256 = ?", (sha256,)) is not None

    def page_image(self, page_id: int) -> PageImage | None:
        with self._lock:
            row = self._one("SELECT p.image_type, p.image_width, p.image_height, i.data FROM pages p"
                            " JOIN page_images i ON i.page_id = p.id WHERE p.id = ?", (page_id,))
        return PageImage(bytes(row[3]), row[0], row[1], row[2]) if row else None

    def page_by_id(self, page_id: int) -> PageRecord | None:
        with self._lock:
            row = self._one(f"SELECT {_PAGE_COLUMNS} FROM pages WHERE id = ?", (page_id,))
        return _page(row) if row else None

    def story(self, story_id: int) -> Story | None:
        """The story with this id, or the story an article part of this id belongs to."""
        with self._lock:
            row = self._one("SELECT story_id, paper, date FROM articles WHERE id = ?", (story_id,))
            if not row or row[0] is None:
                return None
            sid, paper, date = row
            parts = [_part(r) for r in self._all(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story_id = ?"
                                                 " ORDER BY part_no", (sid,))]
        return Story(sid, paper, date, tuple(parts))

    def story_ids(self) -> list[int]:
        with self._lock:
            return [r[0] for r in self._all("SELECT id FROM stories ORDER BY id")]

    def reading(self, page_id: int) -> dict[str, Any] | None:
        """The page reading exactly as it was ingested."""
        with self._lock:
            row = self._one("SELECT reading FROM pages WHERE id = ?", (page_id,))
        return json.loads(zlib.decompress(bytes(row[0]))) if row else None


def search_filters(query: SearchQuery, where: list[str], params: list[Any]) -> tuple[list[str], list[Any]]:
    """Add the paper, date-range and page filters to a search over stories ``s``."""
    if query.paper:
        where.append("s.paper = ?")
        params.append(query.paper)
    if query.date_from:
        where.append("s.date >= ?")
        params.append(query.date_from)
    if query.date_to:
        where.append("s.date <= ?")
        params.append(query.date_to)
    if query.page_no is not None:
        where.append("EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.page_no = ?)")
        params.append(query.page_no)
    return where, params


def make_hit(row: Any, phrases: list[textindex.Phrase], score: float) -> Hit:
    sid, paper, date, pages, headline, body = row[:6]
    return Hit(sid, paper, date, tuple(int(p) for p in pages.split(",")), headline,
               textindex.snippet(body, phrases), float(score))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
