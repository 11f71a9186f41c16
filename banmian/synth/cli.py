"""``banmian synth``: typeset corpus articles into test pages with their gold readings."""
from __future__ import annotations

import time
from pathlib import Path

import click

from banmian.errors import BanmianError


@click.command()
@click.option("--corpus", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON Lines of articles (date, page, position, kicker, headline, subheadline, paragraphs).")
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for pNNNN.pdf, pNNNN.txt and pNNNN.gold.json.")
@click.option("--pages", default=20, show_default=True, help="How many pages.")
@click.option("--seed", default=1, show_default=True, help="Same seed, same pages.")
@click.option("--issue", is_flag=True, help="Whole issues: pages of one date, continuations linked across pages.")
@click.option("--extractor", type=click.Choice(["pymupdf", "pdfminer"]), help="Force one extractor [default: per page].")
@click.option("--style", type=click.Choice(["local", "national"]), help="Force one byline style [default: per page].")
def synth(corpus: Path, out: Path, pages: int, seed: int, issue: bool, extractor: str | None,
          style: str | None) -> None:
    """Generate realistic newspaper test pages from real articles, with exact gold readings."""
    from banmian.synth import generate_pages
    from banmian.synth.typeset import FontError

    t0 = time.perf_counter()
    try:
        report = generate_pages(corpus, out, pages=pages, seed=seed, issue=issue, extractor=extractor,
                                style=style)
    except (FontError, ValueError, OSError) as exc:
        raise BanmianError(str(exc)) from None
    dt = time.perf_counter() - t0
    ex = ", ".join(f"{k} {v}" for k, v in sorted(report.extractors.items()))
    click.echo(f"{report.pages} pages, {report.articles} articles in {out}/ ({ex}) "
               f"in {dt:.1f}s ({report.pages / dt:.1f} pages/s)", err=True)
    for problem in report.failed:
        click.echo(f"warning: {problem}", err=True)
