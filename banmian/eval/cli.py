"""``banmian eval``: score readings against a folder of gold pages."""
from __future__ import annotations

import json
from pathlib import Path

import click

from banmian.errors import BanmianError


@click.command("eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, path_type=Path),
              help="Folder of *.gold.json (e.g. from banmian synth).")
@click.option("--pred", type=click.Path(exists=True, path_type=Path),
              help="Readings: a JSONL file (banmian parse -f jsonl) or a folder of *.json.")
@click.option("--baseline", is_flag=True, help="Score the naive baseline reader on the gold's .txt instead.")
@click.option("--input", "input_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of page texts for lost_chars [default: the .txt beside each gold].")
@click.option("--mode", type=click.Choice(["auto", "text", "pdf"]), default="auto", show_default=True,
              help="pdf adds role_acc and bbox_iou80; auto follows each reading's source.format.")
@click.option("--worst", default=10, show_default=True, help="How many worst pages to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the page means as one JSON object.")
def eval_cmd(gold_dir: Path, pred: Path | None, baseline: bool, input_dir: Path | None, mode: str,
             worst: int, as_json: bool) -> None:
    """Score page readings against gold readings: metrics table, worst pages first."""
    from banmian.eval import naive_read
    from banmian.eval.report import EvalError, evaluate, format_table, load_golds, load_readings

    if not pred and not baseline:
        raise click.UsageError("give --pred READINGS or --baseline")
    try:
        if baseline:
            readings = []
            for stem, _, gpath in load_golds(gold_dir):
                txt = (input_dir or gpath.parent) / f"{stem}.txt"
                readings.append(naive_read(txt.read_text(encoding="utf-8"), path=txt.name))
        else:
            readings = load_readings(pred)
        result = evaluate(gold_dir, readings, input_dir=input_dir, mode=mode)
    except (EvalError, OSError) as exc:
        raise BanmianError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(result.means(), ensure_ascii=False))
    else:
        click.echo(format_table(result, worst=worst))


eval = eval_cmd  # noqa: A001  (registered as `eval` in banmian.cli)
