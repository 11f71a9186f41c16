"""The SQLite store: one file, WAL journal, FTS5 over bigram-split text for Chinese search."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from banmian.errors import StoreError
from banmian.store import textindex
from banmian.store.base import SearchQuery, SearchResults
from banmian.store.sql import SqlStore, make_hit, search_filters

TITLE_WEIGHT = 4.0  # bm25 column weight: a word in the headline counts four times one in the body


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

    def _index_story(self, story_id: int, title: str, body: str) -> None:
        self._exec("INSERT INTO stories_fts (rowid, title, body) VALUES (?, ?, ?)",
                   (story_id, textindex.index_text(title), textindex.index_text(body)))

    def _unindex_story(self, story_id: int, title: str, body: str) -> None:
        # a contentless table forgets the text; 'delete' must be given the tokens it indexed
        self._exec("INSERT INTO stories_fts (stories_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                   (story_id, textindex.index_text(title), textindex.index_text(body)))

    def search(self, query: SearchQuery) -> SearchResults:
        phrases = textindex.parse_query(query.q)
        if not phrases:
            return SearchResults(0)
        where, params = ["stories_fts MATCH ?"], [textindex.fts5_match(phrases)]
        where, params = search_filters(query, where, params)
        sql_where = " AND ".join(where)
        with self._lock:
            total = self._one(f"SELECT count(*) FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid"
                              f" WHERE {sql_where}", params)[0]
            rows = self._all(
                f"SELECT s.id, s.paper, s.date, s.pages, s.headline, s.body,"
                f" bm25(stories_fts, {TITLE_WEIGHT}, 1.0) AS score"
                f" FROM stories_fts JOIN stories s ON s.id = stories_fts.rowid WHERE {sql_where}"
                " ORDER BY score, s.date DESC LIMIT ? OFFSET ?", [*params, query.limit, query.offset])
        return SearchResults(total, tuple(make_hit(r, phrases, -r[6]) for r in rows))
