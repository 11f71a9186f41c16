"""The PostgreSQL store: the same tables, and a GIN-indexed tsvector of bigram tokens for search.

The tsvector and tsquery are built in Python as literals (textindex.pg_tsvector /
pg_tsquery), so neither PostgreSQL's text-search parser, which does not split Chinese,
nor an extension is involved; ``<->`` (followed by) makes a phrase of consecutive bigrams.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from banmian.errors import StoreError
from banmian.store import textindex
from banmian.store.base import SearchQuery, SearchResults
from banmian.store.sql import SqlStore, StoryText, make_hit, search_filters

TITLE_WEIGHT = "A"  # title lexemes carry weight A, body lexemes the default D


class PostgresStore(SqlStore):
    dialect = "postgres"

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        try:
            import psycopg
        except ImportError:
            raise StoreError("PostgreSQL archives need psycopg: pip install 'banmian[postgres]'") from None
        self.url = _redact(url)
        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=5)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self.url}: {str(exc).strip().splitlines()[0]}") from None
        self.db_errors = (psycopg.Error,)
        if readonly:
            conn.execute("SET default_transaction_read_only = on")
        super().__init__(conn, readonly=readonly)

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def _table_exists(self, name: str) -> bool:
        return self._one("SELECT to_regclass(?)", (name,))[0] is not None

    def _index_story(self, story: StoryText) -> None:
        self._exec(f"UPDATE stories SET tsv = setweight(CAST(? AS tsvector), '{TITLE_WEIGHT}')"
                   " || CAST(? AS tsvector) WHERE id = ?",
                   (textindex.pg_tsvector(story.title), textindex.pg_tsvector(story.body), story.id))

    def _unindex_story(self, story: StoryText) -> None:
        pass  # the tsvector lives in the story row and goes with it

    def search(self, query: SearchQuery) -> SearchResults:
        phrases = textindex.parse_query(query.q)
        if not phrases:
            return SearchResults(0)
        where, params = ["s.tsv @@ CAST(? AS tsquery)"], [textindex.pg_tsquery(phrases)]
        where, params = search_filters(query, where, params)
        sql_where = " AND ".join(where)
        with self._lock:
            total = self._one(f"SELECT count(*) FROM stories s WHERE {sql_where}", params)[0]
            rows = self._all(
                "SELECT s.id, s.paper, s.date, s.pages, s.headline, s.body,"
                " ts_rank(s.tsv, CAST(? AS tsquery)) AS score"
                f" FROM stories s WHERE {sql_where} ORDER BY score DESC, s.date DESC LIMIT ? OFFSET ?",
                [params[0], *params, query.limit, query.offset])
        return SearchResults(total, tuple(make_hit(r, phrases, r[6]) for r in rows))


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        cred, host = rest.rsplit("@", 1)
        return f"{scheme}://{cred.split(':', 1)[0]}@{host}"
    return url
