"""The SQLite store: one file, WAL journal, FTS5 over bigram-split text for Chinese search."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from banmian.errors import StoreError
from banmian.store import textindex
from banmian.store.base import SearchQuery, SearchResults
from banmian.store.sql import SqlStore, StoryText, make_hit

TITLE_WEIGHT = 4.0  # bm25 column weight: a word in the headline counts four times one in the body
# bm25 costs ~2.5 µs per matching story; past this many matches (a one-character query over
# years of papers) results are listed newest first, which is also what a reader expects then
RANK_LIMIT = 5000
STORY_ID_MASK = (1 << textindex.STORY_ID_BITS) - 1


class SqliteStore(SqlStore):
    dialect = "sqlite"
    db_errors = (sqlite3.Error,)

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.url = str(path)
        if readonly and not self.path.exists():
            raise StoreError(f"no archive at {path}; create it with `banmian ingest … --db {path}`")
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{self.path.resolve()}?mode=ro", uri=True,
                                       isolation_level=None, check_same_thread=False)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open archive {path}: {exc}") from None
        super().__init__(conn, readonly=readonly)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")

    def _table_exists(self, name: str) -> bool:
        return self._one("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)) is not None

    def _index_story(self, story: StoryText) -> None:
        self._exec("INSERT INTO stories_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)", _fts_row(story))

    def _unindex_story(self, story: StoryText) -> None:
        # a contentless table forgets the text; 'delete' must be given the tokens it indexed
        self._exec("INSERT INTO stories_fts (stories_fts, rowid, title, body, tags) VALUES ('delete', ?, ?, ?, ?)",
                   _fts_row(story))

    def search(self, query: SearchQuery) -> SearchResults:
        """Ranked by bm25 (titles weigh more) up to RANK_LIMIT matches; broader queries newest first."""
        phrases = textindex.parse_query(query.q)
        if not phrases:
            return SearchResults(0)
        lo, hi = textindex.fts_rowid_range(query.date_from, query.date_to)
        match = textindex.fts5_filtered_match(phrases, query.paper, query.page_no)
        where = "stories_fts MATCH ? AND stories_fts.rowid BETWEEN ? AND ?"
        with self._lock:
            total = self._one(f"SELECT count(*) FROM stories_fts WHERE {where}", (match, lo, hi))[0]
            if total <= RANK_LIMIT:
                order = f"bm25(stories_fts, {TITLE_WEIGHT}, 1.0, 0.0)"
            else:
                order = "-stories_fts.rowid"  # rank cost grows with matches: newest first instead
            ranked = self._all(f"SELECT stories_fts.rowid, {order} AS score FROM stories_fts WHERE {where}"
                               " ORDER BY score LIMIT ? OFFSET ?", (match, lo, hi, query.limit, query.offset))
            ids = [r[0] & STORY_ID_MASK for r in ranked]
            rows = {r[0]: r for r in self._all(
                f"SELECT id, paper, date, pages, headline, body FROM stories WHERE id IN ({','.join('?' * len(ids))})",
                ids)} if ids else {}
        ranked_by_bm25 = total <= RANK_LIMIT
        return SearchResults(total, tuple(make_hit(rows[i], phrases, -score if ranked_by_bm25 else 0.0)
                                          for i, (_, score) in zip(ids, ranked) if i in rows))


def _fts_row(story: StoryText) -> tuple[int, str, str, str]:
    return (textindex.fts_rowid(story.date, story.id), textindex.index_text(story.title),
            textindex.index_text(story.body), textindex.tag_tokens(story.paper, story.pages))
