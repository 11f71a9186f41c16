"""The reader and the JSON API through FastAPI's test client (no browser)."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from banmian.store import PageKey, open_store
from banmian.store.samples import article, reading

PAPER = "平湖日报"
XSS = "<script>alert('x')</script>"


def test_home_lists_papers(client):
    r = client.get("/")
    assert r.status_code == 200 and PAPER in r.text and "嘉兴日报" in r.text
    assert '<meta name="viewport"' in r.text


def test_paper_calendar_links_issue_days(client):
    r = client.get(f"/papers/{quote(PAPER)}")
    assert r.status_code == 200 and "2024年1月" in r.text
    assert f'href="/papers/{quote(PAPER)}/2024-01-14"' in r.text


def test_issue_lists_pages_and_articles(client):
    r = client.get(f"/papers/{quote(PAPER)}/2024-01-14")
    assert r.status_code == 200 and r.text.count('class="card page-card"') == 4


def test_page_view_prev_next_and_regions(client):
    r = client.get(f"/papers/{quote(PAPER)}/2024-01-14/2")
    assert r.status_code == 200
    assert f'href="/papers/{quote(PAPER)}/2024-01-14/1"' in r.text and "下一版" in r.text
    assert r.text.count('class="region"') == 4


def test_article_view_links_continuation(client):
    api = client.get("/api/issues/" + quote(PAPER) + "/2024-01-14").json()
    head = api["pages"][0]["articles"][0]  # the sample issue's a1 continues on page 2
    story = client.get(f"/api/articles/{head['id']}").json()
    assert story["pages"] == [1, 2]
    r = client.get(f"/articles/{story['id']}")
    assert 'id="part-2"' in r.text and "（下转第2版）" in r.text


def test_article_part_redirects_to_story(client):
    story = client.get("/api/search", params={"q": "助力"}).json()["results"][0]
    full = client.get(f"/api/articles/{story['id']}").json()
    tail = full["parts"][1]["archive_id"]
    r = client.get(f"/articles/{tail}", follow_redirects=False)
    assert r.status_code == 302 and r.headers["location"] == f"/articles/{story['id']}#part-2"


def test_article_text_escaped_not_markup(client):
    hit = client.get("/api/search", params={"q": "两字"}).json()["results"][0]
    for url in [f"/articles/{hit['id']}", "/search?q=两字", f"/papers/{quote('嘉兴日报')}/2024-02-01/1",
                f"/papers/{quote('嘉兴日报')}/2024-02-01"]:
        text = client.get(url).text
        assert "<script>alert" not in text and "<b>引题" not in text and "<i>某" not in text, url
        assert "&lt;script&gt;" in text, url


def test_search_page_highlights_and_filters(client):
    r = client.get("/search", params={"q": "金融", "paper": "嘉兴日报"})
    assert "找到 1 篇文章" in r.text and "<mark>金融</mark>" in r.text


def test_search_query_reflected_escaped(client):
    r = client.get("/search", params={"q": '"><script>x()</script>'})
    assert "<script>x()" not in r.text


def test_api_search_shape(client):
    body = client.get("/api/search", params={"q": "税", "paper": PAPER, "from": "2024-01-14", "to": "2024-01-14"}).json()
    assert body["total"] >= 1
    assert set(body["results"][0]) >= {"id", "paper", "date", "page", "headline", "snippet"}
    assert {r["date"] for r in body["results"]} == {"2024-01-14"}


def test_api_article_schema_fields(client):
    hit = client.get("/api/search", params={"q": "两字"}).json()["results"][0]
    art = client.get(f"/api/articles/{hit['id']}").json()
    assert art["paper"] == "嘉兴日报" and art["pages"] == [1]
    assert art["titles"][1] == {"role": "headline", "text": f"标题{XSS}"}
    assert set(art) >= {"id", "kind", "titles", "bylines", "dateline", "paragraphs", "continued_to", "continued_from"}


def test_api_issues(client):
    issues = client.get("/api/issues", params={"paper": PAPER}).json()["issues"]
    assert [i["date"] for i in issues] == ["2024-01-15", "2024-01-14"]
    assert client.get("/api/issues/nope/2024-01-01").status_code == 404


def test_openapi_documents_api(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/search", "/api/articles/{article_id}", "/api/issues", "/api/issues/{paper}/{date}"} <= set(paths)


def test_not_found_pages(client):
    assert client.get("/articles/999999").status_code == 404
    assert client.get(f"/papers/{quote(PAPER)}/2030-01-01/1").status_code == 404


def test_server_is_read_only(client):
    assert client.post("/api/search", params={"q": "x"}).status_code == 405
    assert client.delete("/api/articles/1").status_code == 405


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static//etc/passwd", "/pages/1/../../../etc/passwd"])
def test_paths_cannot_escape(client, path):
    r = client.get(path)
    assert r.status_code == 404 and "create_app" not in r.text and "root:" not in r.text


def test_page_image_only_from_image_roots(tmp_path):
    from fastapi.testclient import TestClient

    from banmian.web import create_app

    inside, outside = tmp_path / "archive", tmp_path / "elsewhere"
    inside.mkdir(), outside.mkdir()
    (inside / "p1.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    (outside / "p2.png").write_bytes(b"\x89PNG\r\n\x1a\nsecret")
    with open_store(inside / "a.db") as store:
        for n, img in [(1, inside / "p1.png"), (2, outside / "p2.png")]:
            store.add_page(reading([article("a1", "图", ["文"])], number=n), PageKey("P", "2024-01-01", n, str(n)),
                           f"s{n}", image_path=str(img))
        with TestClient(create_app(store, image_roots=[inside])) as c:
            assert c.get("/pages/1/image").content.endswith(b"fake")
            assert c.get("/pages/2/image").status_code == 404
            page = c.get("/papers/P/2024-01-01/1").text
            assert '<img src="/pages/1/image"' in page


def test_page_image_rendered_at_ingest_served_from_archive(pdf_archive, tmp_path):
    from fastapi.testclient import TestClient

    from banmian.web import create_app

    db, sample = pdf_archive
    with open_store(db, readonly=True) as store, TestClient(create_app(store, image_roots=[tmp_path])) as c:
        pages = c.get(f"/api/issues/{quote(sample.paper)}/{sample.date}").json()["pages"]
        assert [(p["has_image"], p["image_width"]) for p in pages] == [(True, 1200), (True, 1200)]
        r = c.get(pages[0]["image"])  # no image root holds it: it comes from the archive
        assert r.status_code == 200 and r.headers["content-type"] == "image/png"
        assert r.content.startswith(b"\x89PNG") and "immutable" in r.headers["cache-control"]
        html = c.get(f"/papers/{quote(sample.paper)}/{sample.date}/1").text
        assert f'src="{pages[0]["image"]}"' in html and 'width="1200"' in html
        assert html.count('class="region"') == len(pages[0]["articles"])


def test_bad_date_filter_is_a_400_not_a_crash(client):
    assert client.get("/api/search", params={"q": "税", "from": "yesterday"}).status_code == 400
    r = client.get("/search", params={"q": "税", "to": "2024-13-01"})
    assert r.status_code == 400 and "2024-01-14" in r.text
