"""Ingest: naming rules, folders, idempotence, a bad page among good ones, and the 20-page acceptance."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from banmian.archive import Naming, ingest, names_from_path, normalize_date, page_key, page_number
from banmian.errors import InputError
from banmian.store import SearchQuery, open_store
from banmian.store.samples import article, reading, synth_issue

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_TXT = ROOT / "examples" / "000_f46ce7a10e2cdd5f.txt"


def write(path: Path, data) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "archive.db")
    yield s
    s.close()


@pytest.mark.parametrize("name,expected", [
    ("2024-01-14_01.pdf", ("2024-01-14", (1, "1"))),
    ("scans/2024-01-14/p0003.txt", ("2024-01-14", (3, "3"))),
    ("20240114-page-12.json", ("2024-01-14", (12, "12"))),
    ("平湖日报/2024-01-14/第5版.txt", ("2024-01-14", (5, "5"))),
    ("2024-01-14_A3.txt", ("2024-01-14", (103, "A3"))),
    ("county-2024-03-06-04.gold.json", ("2024-03-06", (4, "4"))),
    ("2024.01.14_02.txt", ("2024-01-14", (2, "2"))),
    ("000_f46ce7a10e2cdd5f.txt", (None, None)),
])
def test_names_from_path_dates_and_pages(name, expected):
    assert names_from_path(Path(name)) == expected


def test_normalize_date_forms():
    assert [normalize_date(t) for t in ["2024-01-14", "20240114", "2024年1月4日", "2024/1/4", "第3版"]] == [
        "2024-01-14", "2024-01-14", "2024-01-04", "2024-01-04", None]


def test_page_number_labels():
    assert [page_number(x) for x in [3, "03", "第3版", "A3", "b12", "0", "abc"]] == [
        (3, "3"), (3, "3"), (3, "3"), (103, "A3"), (212, "B12"), None, None]


def test_page_key_flags_win_over_names_and_page():
    r = reading([], paper="嘉兴日报", date="2023-12-31", number=7)
    k = page_key(r, Path("2024-01-14_02.json"), Naming(paper="平湖日报", date="2024/1/15", page="4"))
    assert (k.paper, k.date, k.page_no) == ("平湖日报", "2024-01-15", 4)


def test_page_key_file_name_over_page_fields():
    r = reading([], paper="嘉兴日报", date="2023-12-31", number=7)
    k = page_key(r, Path("2024-01-14_02.json"), Naming())
    assert (k.paper, k.date, k.page_no) == ("嘉兴日报", "2024-01-14", 2)


def test_page_key_from_page_fields():
    k = page_key(reading([], paper="嘉兴日报", date="2023-12-31", number="A2"), Path("x.json"), Naming())
    assert (k.paper, k.date, k.page_no, k.label) == ("嘉兴日报", "2023-12-31", 102, "A2")


@pytest.mark.parametrize("naming,missing", [(Naming(), "which paper"), (Naming(paper="P"), "which date"),
                                            (Naming(paper="P", date="2024-01-14"), "which page")])
def test_page_key_unknown_asks_in_one_line(naming, missing):
    with pytest.raises(InputError, match=missing) as exc:
        page_key(reading([]), Path("page.json"), naming)
    assert "\n" not in str(exc.value) and "--" in str(exc.value)


def test_ingest_folder_of_one_issue(tmp_path, store):
    folder = tmp_path / "scans" / "2024-01-14"
    for r in synth_issue("平湖日报", "2024-01-14", pages=3, per_page=2):
        r["page"]["date"] = None
        write(folder / f"p{int(r['page']['number']):04d}.json", r)
    report = ingest([folder], store)
    assert report.count("stored") == 3 and not report.failed
    assert [v.page.key.page_no for v in store.issue_pages("平湖日报", "2024-01-14")] == [1, 2, 3]


def test_ingest_twice_stores_once(tmp_path, store):
    paths = [write(tmp_path / f"2024-01-14_0{n}.json", r)
             for n, r in enumerate(synth_issue("平湖日报", "2024-01-14", pages=2), start=1)]
    ingest(paths, store)
    again = ingest(paths, store)
    assert again.count("skipped") == 2
    assert len(store.issue_pages("平湖日报", "2024-01-14")) == 2


def test_ingest_bad_page_reported_others_stored(tmp_path, store):
    good = write(tmp_path / "2024-01-14_01.json", reading([article("a1", "好", ["金融"])], paper="平湖日报"))
    broken = tmp_path / "2024-01-14_02.json"
    broken.write_text("{not json", encoding="utf-8")
    bad_article = write(tmp_path / "2024-01-14_03.json",
                        reading([article("a1", "半", ["税收"]), {"id": "x", "kind": "article", "titles": 5}],
                                paper="平湖日报"))
    report = ingest([good, broken, bad_article, tmp_path / "missing.json"], store)
    assert [o.status for o in report.outcomes] == ["stored", "failed", "failed", "failed"]
    assert "not JSON" in report.outcomes[1].error and "titles must be a list" in report.outcomes[2].error
    assert store.search(SearchQuery("金融")).total == 1
    assert store.search(SearchQuery("税收")).total == 0  # nothing half-stored


def test_ingest_jsonl_of_readings(tmp_path, store):
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in synth_issue("平湖日报", "2024-01-14", pages=3))
    (tmp_path / "issue.jsonl").write_text(lines, encoding="utf-8")
    report = ingest([tmp_path / "issue.jsonl"], store)
    assert report.count("stored") == 3


def test_ingest_text_page_through_pipeline(tmp_path, store):
    if not EXAMPLE_TXT.exists():
        pytest.skip("examples/ page absent")
    pytest.importorskip("banmian.pipeline")
    target = tmp_path / "2024-01-14" / "p0001.txt"
    target.parent.mkdir()
    target.write_bytes(EXAMPLE_TXT.read_bytes())
    report = ingest([target], store, Naming(paper="平湖日报"))
    assert report.count("stored") == 1, report.outcomes
    assert store.search(SearchQuery("金融", paper="平湖日报")).total >= 1
    assert ingest([target], store, Naming(paper="平湖日报")).count("skipped") == 1


def test_ingest_page_image_found_beside_source(tmp_path, store):
    r = reading([article("a1", "图", ["文"], bbox=[0, 0, 10, 10])], paper="平湖日报")
    write(tmp_path / "2024-01-14_01.json", r)
    (tmp_path / "2024-01-14_01.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    ingest([tmp_path / "2024-01-14_01.json"], store)
    (view,) = store.issue_pages("平湖日报", "2024-01-14")
    assert view.page.image_path == str((tmp_path / "2024-01-14_01.png").resolve())


def test_ingest_twenty_pages_every_article_found_by_two_chars(tmp_path, store):
    """Acceptance: over 20 pages, each article is found by a two-character word of its body."""
    paths = []
    for d, date in enumerate(["2024-01-14", "2024-01-15", "2024-01-16", "2024-01-17", "2024-01-18"]):
        for r in synth_issue("平湖日报", date, pages=5, per_page=4, seed=d):
            paths.append(write(tmp_path / f"{date}_{int(r['page']['number']):02d}.json", r))
    report = ingest(paths, store)
    assert report.count("stored") == 25
    rng = random.Random(5)
    checked = 0
    for sid in store.story_ids():
        story = store.story(sid)
        body = "".join(p for part in story.parts for p in part.paragraphs)
        words = [w for w in re.findall(r"[\u4e00-\u9fff]{2,}", body)]
        run = rng.choice(words)
        i = rng.randrange(len(run) - 1)
        word = run[i:i + 2]
        res = store.search(SearchQuery(word, paper=story.paper, date_from=story.date, date_to=story.date, limit=100))
        assert sid in {h.story_id for h in res.hits}, (word, story.headline)
        checked += 1
    assert checked == 5 * (5 * 4 - 1)  # one article per issue continues on page 2
    # each continued article comes back whole: both parts, in page order, one search hit
    for date in ["2024-01-14", "2024-01-18"]:
        page1 = store.page("平湖日报", date, 1)
        jump = next(a for a in page1.articles if a.continued_to)
        story = store.story(jump.id)
        assert story.pages == [1, 2] and story.parts[1].continued_from == "1"
        tail_word = story.parts[1].paragraphs[-1][-6:-1]
        hits = store.search(SearchQuery(f'"{tail_word}"', paper="平湖日报", date_from=date, date_to=date)).hits
        assert story.id in {h.story_id for h in hits}


@pytest.fixture(scope="module")
def issue_pdf(tmp_path_factory):
    """A real two-page issue PDF set from invented text (banmian.store.samples), page 1 continued on 2."""
    pytest.importorskip("reportlab")
    from banmian.store.samples import sample_issue_pdf
    from banmian.synth.typeset import FontError

    try:
        return sample_issue_pdf(tmp_path_factory.mktemp("pdf") / "2031-05-06.pdf")
    except FontError as exc:
        pytest.skip(f"typesetting a PDF needs the CJK fonts: {exc}")


def test_ingest_pdf_stores_page_images(issue_pdf, store):
    import io

    from PIL import Image

    report = ingest([issue_pdf.path], store, Naming(paper=issue_pdf.paper))
    assert report.count("stored") == 2, report.outcomes
    views = store.issue_pages(issue_pdf.paper, issue_pdf.date)
    for view in views:
        p = view.page
        image = store.page_image(p.id)
        assert (image.width, p.image_width) == (1200, 1200) and image.media_type == "image/png"
        with Image.open(io.BytesIO(image.data)) as im:
            assert im.size == (image.width, image.height)
        # the image has the page's shape, so bboxes in points scale onto it
        assert abs(image.height / image.width - p.height / p.width) < 0.002
    jump = next(a for a in views[0].articles if a.continued_to)
    assert jump.headline == issue_pdf.jump_headline and store.story(jump.id).pages == [1, 2]


def test_ingest_pdf_twice_renders_nothing_new(issue_pdf, store, monkeypatch):
    import banmian.archive as archive

    ingest([issue_pdf.path], store, Naming(paper=issue_pdf.paper))
    ids = [v.page.id for v in store.issue_pages(issue_pdf.paper, issue_pdf.date)]
    monkeypatch.setattr(archive, "render_page_image", lambda *a, **k: pytest.fail("rendered a stored page"))
    again = ingest([issue_pdf.path], store, Naming(paper=issue_pdf.paper))
    assert again.count("skipped") == 2
    assert [v.page.id for v in store.issue_pages(issue_pdf.paper, issue_pdf.date)] == ids
    assert all(store.page_image(i) for i in ids)


def test_ingest_pdf_render_failure_stores_nothing_of_that_page(issue_pdf, store, monkeypatch):
    import banmian.archive as archive

    real = archive.render_page_image

    def fail_page_2(doc, page_no, *args):
        if page_no == 2:
            raise MemoryError("out of memory")
        return real(doc, page_no, *args)

    monkeypatch.setattr(archive, "render_page_image", fail_page_2)
    report = ingest([issue_pdf.path], store, Naming(paper=issue_pdf.paper))
    assert [o.status for o in report.outcomes] == ["stored", "failed"]
    assert "cannot render the page image: MemoryError" in report.outcomes[1].error
    assert [v.page.key.page_no for v in store.issue_pages(issue_pdf.paper, issue_pdf.date)] == [1]
    monkeypatch.undo()
    assert [o.status for o in ingest([issue_pdf.path], store, Naming(paper=issue_pdf.paper)).outcomes] == [
        "skipped", "stored"]


def test_render_page_image_colour_page_as_jpeg(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    from banmian.archive import render_page_image
    from banmian.inputs.pdf import open_pdf

    c = canvas.Canvas(str(tmp_path / "colour.pdf"), pagesize=(600, 900))
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(100, 100, 300, 200, fill=1)  # a colour photo
    c.showPage()
    c.rect(100, 100, 300, 200, fill=1)  # black only
    c.save()
    doc = open_pdf(tmp_path / "colour.pdf")
    try:
        colour, grey = render_page_image(doc, 1), render_page_image(doc, 2)
        with pytest.raises(InputError, match="no page 3"):
            render_page_image(doc, 3)
    finally:
        doc.close()
    assert (colour.media_type, colour.width, colour.height) == ("image/jpeg", 1200, 1800)
    assert colour.data[:2] == b"\xff\xd8" and grey.media_type == "image/png"


def test_ingest_pdf_without_images(issue_pdf, store):
    report = ingest([issue_pdf.path], store, Naming(paper=issue_pdf.paper), images=False)
    assert report.count("stored") == 2
    assert not any(v.page.has_image for v in store.issue_pages(issue_pdf.paper, issue_pdf.date))
