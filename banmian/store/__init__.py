"""The archive's database: ``open_store(url_or_path)`` gives SQLite for a path, PostgreSQL for a URL."""
from __future__ import annotations

from pathlib import Path

from banmian.store.base import (AddResult, ArticlePart, Hit, IssueSummary, PageImage, PageKey, PageRecord,
                                PageView, PaperSummary, SearchQuery, SearchResults, Store, Story)

__all__ = ["open_store", "Store", "AddResult", "ArticlePart", "Hit", "IssueSummary", "PageImage", "PageKey",
           "PageRecord", "PageView", "PaperSummary", "SearchQuery", "SearchResults", "Story"]

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(url_or_path: str | Path, *, readonly: bool = False) -> Store:
    """Open (creating and migrating when writable) the archive at a file path or postgresql:// URL."""
    target = str(url_or_path)
    if target.startswith(POSTGRES_SCHEMES):
        from banmian.store.postgres import PostgresStore
        return PostgresStore(target, readonly=readonly)
    from banmian.store.sqlite import SqliteStore
    return SqliteStore(target, readonly=readonly)
