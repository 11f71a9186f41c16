"""Archives for the web tests: two issues of readings, a continued article, a page with <script> text;
and one ingested from a real two-page PDF (invented text) with its page images."""
from __future__ import annotations

import pytest

from banmian.store import PageKey, open_store
from banmian.store.samples import article, reading, synth_issue

PAPER = "平湖日报"
XSS = "<script>alert('x')</script>"


def fill(store) -> None:
    for date in ["2024-01-14", "2024-01-15"]:
        for r in synth_issue(PAPER, date, pages=4, per_page=4):
            n = int(r["page"]["number"])
            store.add_page(r, PageKey(PAPER, date, n, str(n)), f"{date}-{n}")
    evil = reading([article("a1", f"标题{XSS}", [f"正文里有{XSS}和金融两字。"], kicker="<b>引题</b>",
                            bylines=[("记者", "<i>某</i>")], bbox=[20, 20, 400, 300])],
                   paper="嘉兴日报", date="2024-02-01", number=1, width=842, height=1191)
    store.add_page(evil, PageKey("嘉兴日报", "2024-02-01", 1, "1"), "evil")


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "archive.db"
    with open_store(path) as store:
        fill(store)
    return path


@pytest.fixture
def client(archive_path):
    from fastapi.testclient import TestClient

    from banmian.web import create_app

    store = open_store(archive_path, readonly=True)
    with TestClient(create_app(store, image_roots=[archive_path.parent])) as c:
        yield c
    store.close()


@pytest.fixture(scope="module")
def pdf_archive(tmp_path_factory):
    """(db path, SampleIssuePdf): a typeset 2-page issue ingested the way `banmian ingest x.pdf` does."""
    pytest.importorskip("reportlab")
    from banmian.archive import Naming, ingest
    from banmian.store.samples import sample_issue_pdf
    from banmian.synth.typeset import FontError

    folder = tmp_path_factory.mktemp("pdf-archive")
    try:
        sample = sample_issue_pdf(folder / "2031-05-06.pdf")
    except FontError as exc:
        pytest.skip(f"typesetting the test PDF needs the CJK fonts: {exc}")
    db = folder / "archive.db"
    with open_store(db) as store:
        report = ingest([sample.path], store, Naming(paper=sample.paper))
    assert report.count("stored") == 2, report.outcomes
    return db, sample
