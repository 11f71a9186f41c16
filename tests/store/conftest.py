"""Store fixtures: ``tmp_store`` runs each test against SQLite and, when reachable, PostgreSQL.

PostgreSQL comes from BANMIAN_TEST_PG (``source .ci/postgres.sh`` sets it); each test gets
its own schema, dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

from banmian.store import open_store

PG_ENV = "BANMIAN_TEST_PG"


def pg_url_or_skip() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}=postgresql://… (source .ci/postgres.sh sets it)")
    try:
        import psycopg
        psycopg.connect(url, connect_timeout=3).close()
    except Exception as exc:  # any failure to reach the server means: skip, with the reason
        pytest.skip(f"PostgreSQL at {PG_ENV} not reachable: {str(exc).strip().splitlines()[0]}")
    return url


@pytest.fixture
def pg_schema_url():
    """A postgresql:// URL whose search_path is a fresh schema, dropped after the test."""
    import psycopg

    url = pg_url_or_skip()
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "archive.db")
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def tmp_store(store_url):
    store = open_store(store_url)
    yield store
    store.close()
