"""The ``banmian`` command line: thin wrappers over the library; errors are one line, exit 2."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from banmian.errors import BanmianError


class _Group(click.Group):
    """Turns every BanmianError into a one-line message and exit code 2, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except BanmianError as exc:
            click.echo(f"banmian: error: {exc}", err=True)
            sys.exit(2)
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:  # a defect in banmian: one line, the traceback on request
            if os.environ.get("BANMIAN_DEBUG"):
                raise
            click.echo(f"banmian: internal error: {type(exc).__name__}: {exc} "
                       "(a bug; set BANMIAN_DEBUG=1 for the traceback)", err=True)
            sys.exit(1)


@click.group(cls=_Group)
@click.version_option(package_name="banmian")
def cli() -> None:
    """banmian (版面): read Chinese newspaper pages into clean, structured articles."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["md", "json", "jsonl"]), default="md",
              show_default=True, help="Markdown, one JSON object (one input), or JSON Lines.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of standard output.")
@click.option("--encoding", help="Read text input in this encoding instead of detecting it.")
@click.option("--pages", help="PDF pages to read, e.g. 2-3 or 1,4 (1-based).")
def parse(inputs: tuple[str, ...], fmt: str, output: Path | None, encoding: str | None,
          pages: str | None) -> None:
    """Read pages (flat text, '-' for stdin, or PDF) into articles."""
    from banmian.pipeline import parse_inputs
    from banmian.export import json as export_json, markdown as export_md

    # Many inputs: a bad one is named on stderr and the rest are still read (a batch of a
    # thousand pages is not lost to one broken file); the exit code still says it failed.
    results = []
    failed = 0
    for name in inputs:
        try:
            results.extend(parse_inputs([name], encoding=encoding, pages=pages))
        except BanmianError as exc:
            if len(inputs) == 1:
                raise
            click.echo(f"banmian: error: {exc}", err=True)
            failed += 1
    if not results:
        sys.exit(2)
    if fmt == "json" and len(results) != 1:
        raise click.UsageError(f"-f json writes one page, got {len(results)}; use -f jsonl")
    if fmt == "json":
        text = export_json.dumps(results[0]) + "\n"
    elif fmt == "jsonl":
        import io
        buf = io.StringIO()
        export_json.write_jsonl(results, buf)
        text = buf.getvalue()
    else:
        text = "\n\n".join(export_md.to_markdown(r) for r in results)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if failed:
        sys.exit(2)


from banmian.store.cli import ingest, search  # noqa: E402  (archive commands, issue 5)
cli.add_command(ingest)
cli.add_command(search)
from banmian.web.cli import serve  # noqa: E402
cli.add_command(serve)

from banmian.render import render  # noqa: E402
cli.add_command(render)

from banmian.synth.cli import synth  # noqa: E402  (test pages, issue 3)
cli.add_command(synth)
from banmian.eval.cli import eval  # noqa: E402,A004
cli.add_command(eval)


def main() -> None:
    cli(prog_name="banmian")
