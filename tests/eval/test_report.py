"""Evaluation over folders: pairing readings with gold, page means, the worst-first table, the CLI."""
import json

from click.testing import CliRunner

from banmian.cli import cli
from banmian.eval.report import evaluate, format_table, load_readings


def _gold(k: int) -> dict:
    body = f"本报讯 第{k}篇的正文，讲述了一件事情的经过和结果。" * 3
    return {"schema": "banmian.page/1", "source": {"path": f"p{k:04d}.txt", "format": "text"},
            "articles": [{"id": "a1", "kind": "article", "titles": [{"role": "headline", "text": f"标题{k}"}],
                          "bylines": [], "paragraphs": [body, "第二段文字也在这里。"]}]}


def _write_pages(folder, n=3):
    for k in range(1, n + 1):
        g = _gold(k)
        (folder / f"p{k:04d}.gold.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
        text = "\n".join(["标题" + str(k)] + g["articles"][0]["paragraphs"])
        (folder / f"p{k:04d}.txt").write_text(text, encoding="utf-8")


def test_evaluate_pairs_jsonl_by_source_stem(tmp_path):
    _write_pages(tmp_path)
    readings = [_gold(3), _gold(1), _gold(2)]
    readings[0]["articles"][0]["titles"] = []
    result = evaluate(tmp_path, readings)
    by = {p.stem: p.scores for p in result.pages}
    assert by["p0003"]["title_acc"] == 0.0 and by["p0001"]["title_acc"] == 1.0
    assert by["p0001"]["lost_chars"] == 0
    assert result.means()["title_acc"] == round(2 / 3, 4)


def test_evaluate_pairs_by_order_without_paths(tmp_path):
    _write_pages(tmp_path, 2)
    readings = [_gold(1), _gold(2)]
    for r in readings:
        r["source"] = {"format": "text"}
    assert evaluate(tmp_path, readings).means()["article_f1"] == 1.0


def test_load_readings_folder_skips_gold(tmp_path):
    _write_pages(tmp_path, 2)
    (tmp_path / "p0001.json").write_text(json.dumps(_gold(1)), encoding="utf-8")
    assert len(load_readings(tmp_path)) == 1


def test_format_table_lists_worst_page_first(tmp_path):
    _write_pages(tmp_path)
    readings = [_gold(1), _gold(2), {"source": {"path": "p0003.txt"}, "articles": []}]
    table = format_table(evaluate(tmp_path, readings), worst=2)
    worst_lines = table.split("worst pages")[1].splitlines()[1:]
    assert worst_lines[0].split()[0] == "p0003"


def test_eval_cli_json_prints_means(tmp_path):
    _write_pages(tmp_path)
    jsonl = tmp_path / "readings.jsonl"
    jsonl.write_text("\n".join(json.dumps(_gold(k), ensure_ascii=False) for k in (1, 2, 3)), encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path), "--pred", str(jsonl), "--json"])
    assert res.exit_code == 0, res.output
    means = json.loads(res.output)
    assert means["article_f1"] == 1.0 and means["pages"] == 3 and means["lost_chars"] == 0


def test_eval_cli_baseline_table(tmp_path):
    _write_pages(tmp_path)
    res = CliRunner().invoke(cli, ["eval", "--gold", str(tmp_path), "--baseline"])
    assert res.exit_code == 0, res.output
    assert "article_f1" in res.output and "worst pages" in res.output
