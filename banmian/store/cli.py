"""``banmian ingest`` and ``banmian search``: thin wrappers over banmian.archive and the store."""
from __future__ import annotations

import json
import re
import sys

import click

from banmian.errors import InputError

DEFAULT_DB = "archive.db"
_MARK_RE = re.compile(r"<mark>(.*?)</mark>")


def db_option(f):
    return click.option("--db", default=DEFAULT_DB, show_default=True, envvar="BANMIAN_DB",
                        help="Archive: an SQLite file, or a postgresql://user@host/db URL.")(f)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--paper", help="The paper's name, when the pages do not print it.")
@click.option("--date", help="The issue's date (2024-01-14), when file names and pages do not tell it.")
@click.option("--page", help="The page number (3 or A3) of the one page given.")
@click.option("--no-images", "no_images", is_flag=True,
              help="Do not render PDF pages to images (the reader then shows article boxes only).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and the summary.")
def ingest(inputs: tuple[str, ...], db: str, paper: str | None, date: str | None, page: str | None,
           no_images: bool, quiet: bool) -> None:
    """Store pages (.txt, .pdf, or readings as .json/.jsonl; folders too) in the archive.

    Each page is one transaction: a page that fails is reported and leaves nothing stored,
    the others are stored. The same page given twice is stored once. A PDF page is also
    rendered to an image stored with it, for the web reader. Exit 1 when a page failed.
    """
    from banmian.archive import Naming, Outcome, ingest as run_ingest
    from banmian.store import open_store

    def progress(o: Outcome) -> None:
        if o.status == "failed":
            click.echo(f"banmian: error: {o.error}", err=True)
        elif not quiet:
            k = o.key
            click.echo(f"{o.status:8} {k.paper} {k.date} 第{k.label}版  {o.articles} articles  {o.path}")

    store = open_store(db)
    try:
        report = run_ingest(inputs, store, Naming(paper, date, page), progress=progress, images=not no_images)
    finally:
        store.close()
    if not report.outcomes:
        raise InputError("no page files found in " + " ".join(inputs))
    click.echo(report.summary(), err=True)
    if report.failed:
        sys.exit(1)


@click.command()
@click.argument("words", nargs=-1, required=True)
@db_option
@click.option("--paper", help="Only this paper.")
@click.option("--from", "date_from", metavar="DATE", help="Only issues on or after this date.")
@click.option("--to", "date_to", metavar="DATE", help="Only issues on or before this date.")
@click.option("--page", type=int, help="Only articles on this page.")
@click.option("-n", "--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON, as GET /api/search does.")
def search(words: tuple[str, ...], db: str, paper: str | None, date_from: str | None, date_to: str | None,
           page: int | None, limit: int, as_json: bool) -> None:
    """Search the archive: words are ANDed, "quoted words" are a phrase; one character works too."""
    from banmian.store import SearchQuery, open_store
    from banmian.store.base import search_payload

    store = open_store(db, readonly=True)
    try:
        results = store.search(SearchQuery(" ".join(words), paper, date_from, date_to, page, limit))
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(search_payload(results), ensure_ascii=False, indent=2))
        return
    for n, hit in enumerate(results.hits, start=1):
        pages = ",".join(map(str, hit.pages))
        click.echo(f"{n:3}. {click.style(hit.headline, bold=True)}  {hit.paper} {hit.date} 第{pages}版  #{hit.story_id}")
        click.echo("     " + _terminal(hit.snippet))
    click.echo(f"{results.total} articles", err=True)


def _terminal(snippet_html: str) -> str:
    """The HTML snippet for a terminal: marks in bold red (plain when piped), entities undone."""
    import html
    styled = _MARK_RE.sub(lambda m: click.style(m.group(1), fg="red", bold=True), snippet_html)
    return html.unescape(styled)
