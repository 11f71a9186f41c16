"""The Store protocol, run against SQLite and PostgreSQL alike (the tmp_store fixture)."""
from __future__ import annotations

import pytest

from banmian.errors import InputError, StoreError
from banmian.store import PageImage, PageKey, SearchQuery, Store, open_store
from banmian.store.migrations import MIGRATIONS
from banmian.store.samples import article, reading, synth_issue

PAPER, DATE = "平湖日报", "2024-01-14"


def key(n: int, date: str = DATE, paper: str = PAPER) -> PageKey:
    return PageKey(paper, date, n, str(n))


def jump_pages() -> list[dict]:
    """Page 1 with an article continued on page 2, whose part shortens the headline."""
    p1 = reading([
        article("a1", "以高质量金融助力高质量发展", ["本报讯 全市金融系统座谈交流会召开，周军波讲话。"],
                kicker="全市金融系统座谈交流会召开", continued_to=2, bbox=[10, 10, 300, 400]),
        article("a2", "新埭村社擂台赛", ["星光村探索农房统建模式。"]),
    ], paper=PAPER, date=DATE, number=1)
    p2 = reading([
        article("a1", "乡村文化节开幕", ["广陈镇钹子书团队排练。"]),
        article("a2", "助力高质量发展", ["周军波强调，金融机构要加大税收和信贷支持。"], continued_from=1),
    ], paper=PAPER, date=DATE, number=2)
    return [p1, p2]


def test_open_store_is_a_store(tmp_store):
    assert isinstance(tmp_store, Store)


def test_migrations_recorded_by_name(tmp_store):
    assert tmp_store.migrations() == [m.name for m in MIGRATIONS]


def test_migrations_run_once_on_reopen(store_url):
    open_store(store_url).close()
    with open_store(store_url) as again:
        assert again.migrations() == [m.name for m in MIGRATIONS]


def test_add_page_same_content_stored_once(tmp_store):
    p1 = jump_pages()[0]
    assert tmp_store.add_page(p1, key(1), "sha-1").status == "stored"
    assert tmp_store.add_page(p1, key(1), "sha-1").status == "skipped"
    assert len(tmp_store.issue_pages(PAPER, DATE)) == 1
    assert len(tmp_store.story_ids()) == 2


def test_add_page_new_content_replaces_page(tmp_store):
    p1, p2 = jump_pages()
    tmp_store.add_page(p1, key(1), "sha-1")
    assert tmp_store.add_page(p2, key(1), "sha-2").status == "replaced"
    (view,) = tmp_store.issue_pages(PAPER, DATE)
    assert [a.headline for a in view.articles] == ["乡村文化节开幕", "助力高质量发展"]
    assert tmp_store.search(SearchQuery("农房")).total == 0


def test_add_page_bad_article_leaves_nothing(tmp_store):
    bad = reading([article("a1", "好文章", ["正文"]), {"id": "a2", "kind": "poem", "titles": []}],
                  paper=PAPER, date=DATE, number=1)
    with pytest.raises(InputError, match="unknown kind"):
        tmp_store.add_page(bad, key(1), "sha-bad")
    assert tmp_store.issues() == []
    assert tmp_store.search(SearchQuery("好文章")).total == 0


def test_add_page_failure_mid_transaction_rolls_back(tmp_store, monkeypatch):
    p1 = jump_pages()[0]

    def broken(*args, **kwargs):
        raise StoreError("disk full")

    monkeypatch.setattr(tmp_store, "_restitch", broken)
    with pytest.raises(StoreError):
        tmp_store.add_page(p1, key(1), "sha-1")
    monkeypatch.undo()
    assert tmp_store.issues() == []
    assert tmp_store.add_page(p1, key(1), "sha-1").status == "stored"


IMAGE = PageImage(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image/png", 1200, 1700)


def test_add_page_image_stored_with_page(tmp_store):
    p1 = jump_pages()[0]
    assert not tmp_store.has_page("sha-1")
    page_id = tmp_store.add_page(p1, key(1), "sha-1", image=IMAGE).page_id
    assert tmp_store.has_page("sha-1")
    assert tmp_store.page_image(page_id) == IMAGE  # bytes come back exactly (BLOB / BYTEA)
    record = tmp_store.page_by_id(page_id)
    assert (record.image_type, record.image_width, record.image_height) == ("image/png", 1200, 1700)
    assert record.has_image and record.image_path is None


def test_add_page_without_image_has_none(tmp_store):
    page_id = tmp_store.add_page(jump_pages()[0], key(1), "sha-1").page_id
    assert tmp_store.page_image(page_id) is None and not tmp_store.page_by_id(page_id).has_image


def test_add_page_replaced_page_takes_its_image_along(tmp_store):
    p1, p2 = jump_pages()
    old = tmp_store.add_page(p1, key(1), "sha-1", image=IMAGE).page_id
    new = tmp_store.add_page(p2, key(1), "sha-2").page_id
    assert tmp_store.page_image(old) is None and tmp_store.page_image(new) is None
    assert tmp_store._one("SELECT count(*) FROM page_images")[0] == 0


def test_add_page_failure_leaves_no_image(tmp_store, monkeypatch):
    monkeypatch.setattr(tmp_store, "_restitch", lambda *a, **k: (_ for _ in ()).throw(StoreError("disk full")))
    with pytest.raises(StoreError):
        tmp_store.add_page(jump_pages()[0], key(1), "sha-1", image=IMAGE)
    assert tmp_store._one("SELECT count(*) FROM page_images")[0] == 0 and not tmp_store.has_page("sha-1")


def test_search_two_chars(tmp_store):
    for n, p in enumerate(jump_pages(), start=1):
        tmp_store.add_page(p, key(n), f"sha-{n}")
    res = tmp_store.search(SearchQuery("擂台"))
    assert res.total == 1 and res.hits[0].headline == "新埭村社擂台赛"


def test_search_one_char(tmp_store):
    for n, p in enumerate(jump_pages(), start=1):
        tmp_store.add_page(p, key(n), f"sha-{n}")
    res = tmp_store.search(SearchQuery("税"))
    assert res.total == 1
    assert "<mark>税</mark>" in res.hits[0].snippet


def test_search_one_char_at_end_of_run(tmp_store):
    tmp_store.add_page(reading([article("a1", "标题", ["今天下雨"])], number=1), key(1), "s")
    assert tmp_store.search(SearchQuery("雨")).total == 1


def test_search_phrase_is_exact_substring(tmp_store):
    tmp_store.add_page(reading([article("a1", "一", ["发展金融"]), article("a2", "二", ["金融发展"])], number=1),
                       key(1), "s")
    res = tmp_store.search(SearchQuery('"金融发展"'))
    assert [h.headline for h in res.hits] == ["二"]


def test_search_words_are_anded(tmp_store):
    tmp_store.add_page(reading([article("a1", "一", ["金融 教育"]), article("a2", "二", ["金融 医疗"])], number=1),
                       key(1), "s")
    assert [h.headline for h in tmp_store.search(SearchQuery("金融 医疗")).hits] == ["二"]


def test_search_latin_and_digits(tmp_store):
    tmp_store.add_page(reading([article("a1", "一", ["全市GDP总量突破一千亿元，2023年"])], number=1), key(1), "s")
    assert tmp_store.search(SearchQuery("gdp")).total == 1
    assert tmp_store.search(SearchQuery("2023年")).total == 1


def test_search_ranks_headline_match_first(tmp_store):
    tmp_store.add_page(reading([article("a1", "乡村新闻", ["文中提到金融一次。"]),
                                article("a2", "金融新闻", ["与之无关的正文。"])], number=1), key(1), "s")
    assert [h.headline for h in tmp_store.search(SearchQuery("金融")).hits] == ["金融新闻", "乡村新闻"]


def test_search_filters_paper_date_page(tmp_store):
    for paper, date in [(PAPER, "2024-01-14"), (PAPER, "2024-02-01"), ("嘉兴日报", "2024-01-14")]:
        for p in synth_issue(paper, date, pages=2, per_page=2):
            tmp_store.add_page(p, key(int(p["page"]["number"]), date, paper), f"{paper}{date}{p['page']['number']}")
    everything = tmp_store.search(SearchQuery("本报讯")).total
    assert everything > tmp_store.search(SearchQuery("本报讯", paper=PAPER)).total > 0
    jan = tmp_store.search(SearchQuery("本报讯", paper=PAPER, date_from="2024-01-01", date_to="2024-01-31"))
    assert jan.total > 0 and {h.date for h in jan.hits} == {"2024-01-14"}
    page2 = tmp_store.search(SearchQuery("本报讯", page_no=2))
    assert page2.total > 0 and all(2 in h.pages for h in page2.hits)


def test_search_quote_and_operators_are_literal(tmp_store):
    tmp_store.add_page(jump_pages()[0], key(1), "s")
    for q in ['"', 'NEAR(金融', "金融 OR", "*", "金融'; DROP TABLE pages; --"]:
        tmp_store.search(SearchQuery(q))  # never an SQL or FTS syntax error
    assert len(tmp_store.issue_pages(PAPER, DATE)) == 1


def test_story_continued_article_whole(tmp_store):
    p1, p2 = jump_pages()
    tmp_store.add_page(p1, key(1), "sha-1")
    tmp_store.add_page(p2, key(2), "sha-2")
    (hit,) = tmp_store.search(SearchQuery("座谈 税收")).hits  # words from both parts
    story = tmp_store.story(hit.story_id)
    assert story.pages == [1, 2]
    assert story.headline == "以高质量金融助力高质量发展"
    assert [p.bbox for p in story.parts] == [(10.0, 10.0, 300.0, 400.0), None]
    assert tmp_store.story(story.parts[1].id).id == story.id


def test_story_stitched_when_continuation_ingested_first(tmp_store):
    p1, p2 = jump_pages()
    tmp_store.add_page(p2, key(2), "sha-2")
    tmp_store.add_page(p1, key(1), "sha-1")
    assert tmp_store.search(SearchQuery("座谈 税收")).total == 1
    assert tmp_store.search(SearchQuery("税收")).hits[0].pages == (1, 2)


def test_story_unstitched_when_first_page_replaced(tmp_store):
    p1, p2 = jump_pages()
    tmp_store.add_page(p1, key(1), "sha-1")
    tmp_store.add_page(p2, key(2), "sha-2")
    tmp_store.add_page(reading([article("a1", "换版", ["另一篇"])], number=1), key(1), "sha-3")
    hit = tmp_store.search(SearchQuery("税收")).hits[0]
    assert hit.pages == (2,) and hit.headline == "助力高质量发展"
    assert tmp_store.search(SearchQuery("座谈")).total == 0


def test_page_prev_next(tmp_store):
    for n, p in enumerate(synth_issue(PAPER, DATE, pages=3, per_page=1), start=1):
        tmp_store.add_page(p, key(n), f"s{n}")
    view = tmp_store.page(PAPER, DATE, 2)
    assert (view.prev_no, view.next_no) == (1, 3)
    assert tmp_store.page(PAPER, DATE, 9) is None


def test_issues_and_papers(tmp_store):
    for date in ["2024-01-14", "2024-01-15"]:
        for n, p in enumerate(synth_issue(PAPER, date, pages=2, per_page=2), start=1):
            tmp_store.add_page(p, key(n, date), f"{date}{n}")
    assert [(i.date, i.pages, i.articles) for i in tmp_store.issues(PAPER)] == [
        ("2024-01-15", 2, 3), ("2024-01-14", 2, 3)]  # 4 parts, one story spans both pages
    (paper,) = tmp_store.papers()
    assert (paper.paper, paper.issues, paper.first_date, paper.last_date) == (PAPER, 2, "2024-01-14", "2024-01-15")


def test_open_store_readonly_refuses_writes(store_url):
    open_store(store_url).close()
    with open_store(store_url, readonly=True) as ro:
        with pytest.raises(StoreError):
            ro.add_page(jump_pages()[0], key(1), "s")


def test_open_store_missing_sqlite_file_readonly(tmp_path):
    with pytest.raises(StoreError, match="no archive"):
        open_store(tmp_path / "none.db", readonly=True)


def test_open_store_unreachable_postgres():
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
