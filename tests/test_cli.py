import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from banmian.cli import cli

PAGE = "■记者 高 洁\n\n本报讯 1月12日下午，全市\n金融系统座谈交流会召开。\n\n金融系统座谈交流会召开\n"


def _run(args, input=None):
    return CliRunner().invoke(cli, args, input=input)


def test_parse_stdin_json(tmp_path):
    r = _run(["parse", "-", "-f", "json"], input=PAGE.encode("utf-8"))
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["schema"] == "banmian.page/1"
    assert doc["articles"][0]["bylines"] == [{"role": "记者", "name": "高洁"}]


def test_parse_many_inputs_jsonl_in_order(tmp_path):
    paths = []
    for i in range(3):
        p = tmp_path / f"p{i}.txt"
        p.write_text(PAGE.replace("1月12日", f"1月1{i}日"), encoding="utf-8")
        paths.append(str(p))
    out = tmp_path / "out.jsonl"
    r = _run(["parse", *paths, "-f", "jsonl", "-o", str(out)])
    assert r.exit_code == 0, r.output
    docs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [d["source"]["path"] for d in docs] == paths
    assert [d["articles"][0]["dateline"] for d in docs] == ["1月10日下午", "1月11日下午", "1月12日下午"]


def test_parse_markdown_default(tmp_path):
    p = tmp_path / "p.txt"
    p.write_text(PAGE, encoding="utf-8")
    r = _run(["parse", str(p)])
    assert r.exit_code == 0 and "## 金融系统座谈交流会召开" in r.output


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03binary", None])
def test_parse_bad_input_one_line_error_exit_2(tmp_path, content):
    p = tmp_path / "bad.txt"
    if content is not None:
        p.write_bytes(content)
    proc = subprocess.run([sys.executable, "-m", "banmian", "parse", str(p)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.startswith("banmian: error:") and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr and proc.stdout == ""


def test_parse_json_with_many_inputs_is_usage_error(tmp_path):
    p = tmp_path / "p.txt"
    p.write_text(PAGE, encoding="utf-8")
    r = _run(["parse", str(p), str(p), "-f", "json"])
    assert r.exit_code == 2 and "jsonl" in r.output


def test_parse_many_inputs_reads_the_good_ones_and_names_the_bad(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "banmian", "parse", str(bad), str(good), "-f", "jsonl", "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.count("banmian: error:") == 1 and "bad.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert [json.loads(l)["source"]["path"] for l in out.read_text(encoding="utf-8").splitlines()] == [str(good)]
