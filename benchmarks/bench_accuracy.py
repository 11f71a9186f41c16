"""Accuracy bench: banmian's text reader on 200 synthetic pages (seed 1), beside the naive baseline.

usage: .venv/bin/python benchmarks/bench_accuracy.py [--pages 200] [--seed 1] [--corpus PATH] [--json]
Pages are generated once into ./bench-data/ (git-ignored) and reused while the parameters match.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "rmrb-2019-10.jsonl"


def ensure_pages(corpus: Path, pages: int, seed: int) -> Path:
    """Generate (or reuse) the bench pages; returns their folder."""
    from banmian.synth import generate_pages

    out = REPO / "bench-data" / f"synth-seed{seed}-{pages}"
    stamp = out / "STAMP.json"
    want = {"corpus": corpus.name, "pages": pages, "seed": seed}
    if stamp.exists() and json.loads(stamp.read_text()) == want:
        return out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("p*.*"):
        old.unlink()
    t0 = time.perf_counter()
    report = generate_pages(corpus, out, pages=pages, seed=seed)
    dt = time.perf_counter() - t0
    print(f"generated {report.pages} pages in {dt:.1f}s ({report.pages / dt:.2f} pages/s); "
          f"extractors {report.extractors}; {len(report.failed)} pages with problems", file=sys.stderr)
    stamp.write_text(json.dumps(want))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--json", action="store_true", help="print both readers' means as JSON")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"bench_accuracy: corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    folder = ensure_pages(args.corpus, args.pages, args.seed)

    from banmian.eval import evaluate, format_table, naive_read
    from banmian.export.json import page_to_dict
    from banmian.pipeline import parse_page

    texts = sorted(folder.glob("p*.txt"))
    readings, failures = [], 0
    t0 = time.perf_counter()
    for path in texts:
        try:
            readings.append(page_to_dict(parse_page(path)))
        except Exception as exc:  # a crash is a zero for that page, not the end of the bench
            failures += 1
            print(f"{path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            readings.append({"source": {"path": path.name}, "articles": []})
    dt = time.perf_counter() - t0
    ours = evaluate(folder, readings, mode="text")
    naive = evaluate(folder, [naive_read(p.read_text(encoding="utf-8"), path=p.name) for p in texts], mode="text")
    if args.json:
        print(json.dumps({"banmian": ours.means(), "naive": naive.means(),
                          "pages_per_s": round(len(texts) / dt, 2)}, ensure_ascii=False))
        return 0
    print(format_table(ours, worst=10, beside={"naive": naive.means()}))
    print(f"\nbanmian.parse_page: {len(texts)} pages in {dt:.2f}s = {len(texts) / dt:.1f} pages/s"
          + (f"; {failures} pages raised" if failures else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
