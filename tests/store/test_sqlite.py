"""SQLite-only behaviour: broad queries listed newest first, the index kept in step with stories."""
from __future__ import annotations

from banmian.store import PageKey, SearchQuery, open_store
from banmian.store import sqlite as sqlite_store
from banmian.store.samples import article, reading


def test_search_broad_query_newest_first(tmp_path, monkeypatch):
    with open_store(tmp_path / "a.db") as store:
        for date in ["2024-01-03", "2024-01-01", "2024-01-02"]:
            store.add_page(reading([article("a1", date, ["金融"])], number=1), PageKey("P", date, 1, "1"), date)
        monkeypatch.setattr(sqlite_store, "RANK_LIMIT", 1)
        res = store.search(SearchQuery("金融"))
        assert res.total == 3 and [h.date for h in res.hits] == ["2024-01-03", "2024-01-02", "2024-01-01"]


def test_index_rows_match_stories_after_restitching(tmp_path):
    with open_store(tmp_path / "a.db") as store:
        p1 = reading([article("a1", "金融工作", ["甲"], continued_to=2)], number=1)
        p2 = reading([article("a1", "金融工作", ["乙"], continued_from=1)], number=2)
        store.add_page(p1, PageKey("P", "2024-01-01", 1, "1"), "1")
        store.add_page(p2, PageKey("P", "2024-01-01", 2, "2"), "2")
        store.add_page(reading([article("a1", "别的", ["丙"])], number=1), PageKey("P", "2024-01-01", 1, "1"), "3")
        conn = store._conn
        (fts,) = conn.execute("SELECT count(*) FROM stories_fts WHERE stories_fts MATCH 'tags : pg1 OR tags : pg2'").fetchone()
        (stories,) = conn.execute("SELECT count(*) FROM stories").fetchone()
        assert fts == stories == 2
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.execute("INSERT INTO stories_fts (stories_fts, rank) VALUES ('integrity-check', 0)")


def test_archive_from_before_page_images_upgrades(tmp_path, monkeypatch):
    from banmian.store import PageImage, PageKey, open_store
    from banmian.store import migrations as mig

    path = tmp_path / "old.db"
    monkeypatch.setattr(mig, "MIGRATIONS", [m for m in mig.MIGRATIONS if m.name < "003"])
    with open_store(path) as old:  # a page row as the old code wrote it
        old._exec("INSERT INTO pages (paper, date, page_no, label, sha256, reading, ingested_at)"
                  " VALUES ('P', '2024-01-01', 1, '1', 's1', x'00', 'then')")
    monkeypatch.undo()
    with open_store(path) as store:
        assert "003_page_images" in store.migrations()
        (view,) = store.issue_pages("P", "2024-01-01")
        assert not view.page.has_image and store.page_image(view.page.id) is None
        image = PageImage(b"png", "image/png", 10, 14)
        page_id = store.add_page(reading([], number=2), PageKey("P", "2024-01-01", 2, "2"), "s2", image=image).page_id
        assert store.page_image(page_id) == image
