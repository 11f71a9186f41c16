"""A real headless Chromium reads the archive: issue, page, article, its continuation, search;
and an issue ingested from a real PDF: page images with clickable article regions.

Screenshots of each view go to a tmp folder, and to ./screenshots/ when BANMIAN_SCREENSHOTS is set.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

from banmian.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAPER = "平湖日报"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's /usr/bin/chromium"
                                " (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(db: Path):
    """The reader over the archive at ``db`` on a free port; yields its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    from banmian.web import create_app

    store = open_store(db, readonly=True)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store, [db.parent]), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the reader did not start within 10 s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(5)
        store.close()


@pytest.fixture(scope="module")
def server(archive_path):
    with serving(archive_path) as url:
        yield url


@pytest.fixture(scope="module")
def pdf_server(pdf_archive):
    with serving(pdf_archive[0]) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path):
    """save(page, name): a full-page screenshot in tmp, copied to ./screenshots/ when asked."""
    keep = Path(os.environ["BANMIAN_SCREENSHOTS"]) if os.environ.get("BANMIAN_SCREENSHOTS") else None
    if keep is not None and keep.name in ("1", "true", "yes"):
        keep = Path("screenshots")

    def save(page, name: str) -> Path:
        path = tmp_path / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, keep / path.name)
        return path

    return save


def test_reader_issue_page_article_continuation_search(server, browser, shots):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(server + "/")
    assert page.locator(".paper-card h2").first.is_visible()
    shots(page, "01-home")

    page.click(f"text={PAPER}")
    page.wait_for_url(f"**/papers/{quote(PAPER)}")
    shots(page, "02-calendar")
    page.click("td.has-issue >> text=14")
    page.wait_for_url("**/2024-01-14")
    assert page.locator(".page-card").count() == 4
    shots(page, "03-issue")

    page.click(".page-card >> text=第1版")
    page.wait_for_url("**/2024-01-14/1")
    assert page.locator("a.region").count() == 4
    shots(page, "04-page")

    page.locator("a.region").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator(".part").count() == 2
    headline = page.locator(".story h1").inner_text()
    shots(page, "05-article")

    page.click("text=（下转第2版）")
    assert page.locator("#part-2").is_visible()
    page.locator("#part-2 .jump.from a").click()
    page.wait_for_url("**/2024-01-14/2")
    assert "上接第1版" in page.locator(".article-list").inner_text()
    shots(page, "06-continuation-page")
    page.click("text=‹ 上一版")
    page.wait_for_url("**/2024-01-14/1")

    page.fill(".quick-search input", "税")
    page.press(".quick-search input", "Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".hit").count() >= 1
    assert page.locator(".snippet mark").first.inner_text() == "税"
    shots(page, "07-search")

    page.select_option(".search-form select[name=paper]", PAPER)
    page.fill(".search-form .q", headline[-4:])
    page.click(".search-form button")
    page.wait_for_load_state()
    assert page.locator(".hit-title").count() >= 1
    page.close()


def test_reader_on_a_phone(server, browser, shots):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    page = ctx.new_page()
    page.goto(server + f"/papers/{quote(PAPER)}/2024-01-14/1")
    # no sideways scrolling on a phone
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shots(page, "08-phone-page")
    page.locator(".article-list a").first.click()
    page.wait_for_url("**/articles/*")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shots(page, "09-phone-article")
    ctx.close()


def test_script_in_article_shown_as_text(server, browser, shots):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + f"/papers/{quote('嘉兴日报')}/2024-02-01/1")
    page.locator(".article-list a").first.click()
    page.wait_for_url("**/articles/*")
    assert "<script>alert('x')</script>" in page.locator(".story h1").inner_text()
    assert dialogs == []
    shots(page, "10-escaped")
    page.close()


def test_pdf_issue_page_image_regions_and_continuation(pdf_server, pdf_archive, browser, shots):
    """An issue ingested from a PDF: the page shows its image, regions open articles, 下转 leads to page 2."""
    sample = pdf_archive[1]
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(pdf_server + f"/papers/{quote(sample.paper)}/{sample.date}/1")
    img = page.locator(".page-map img")
    img.evaluate("i => i.decode()")
    natural = img.evaluate("i => [i.naturalWidth, i.naturalHeight]")
    assert natural[0] == 1200
    # the image fills the map exactly, so region percentages land on the printed articles
    fig = page.locator(".page-map").bounding_box()
    box = img.bounding_box()
    assert abs(box["width"] - fig["width"]) < 3 and abs(box["height"] - fig["height"]) < 3
    assert abs(box["height"] / box["width"] - natural[1] / natural[0]) < 0.01
    regions = page.locator("a.region")
    assert regions.count() == len(sample.headlines[0])
    for k in range(regions.count()):  # every region lies on the page image
        r = regions.nth(k).bounding_box()
        assert box["x"] <= r["x"] and r["x"] + r["width"] <= box["x"] + box["width"] + 1
        assert box["y"] <= r["y"] and r["y"] + r["height"] <= box["y"] + box["height"] + 1
    jump = page.locator(f'a.region[title="{sample.jump_headline}"]')
    jump.hover()
    shots(page, "11-pdf-page-1")

    jump.click()
    page.wait_for_url("**/articles/*")
    assert page.locator(".story h1").inner_text() == sample.jump_headline
    assert page.locator(".part").count() == 2
    shots(page, "12-pdf-article")
    page.click("text=（下转第2版）")
    assert page.locator("#part-2").is_visible()
    page.locator("#part-2 .jump.from a").click()
    page.wait_for_url(f"**/{sample.date}/2")
    assert page.locator(".page-map img").evaluate("i => i.decode().then(() => i.naturalWidth)") == 1200
    assert "上接第1版" in page.locator(".article-list").inner_text()
    assert page.locator(f'a.region[title="{sample.jump_headline}"]').count() == 1
    shots(page, "13-pdf-page-2")
    page.close()

    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    phone = ctx.new_page()
    phone.goto(pdf_server + f"/papers/{quote(sample.paper)}/{sample.date}/1")
    phone.locator(".page-map img").evaluate("i => i.decode()")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shots(phone, "14-pdf-phone-page")
    ctx.close()
