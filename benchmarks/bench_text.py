"""Speed of the flat-text reader, beside a reference run in the same process.

usage: python benchmarks/bench_text.py [PAGE.txt ...] [--repeat N]

The reference reads and decodes the same files and splits them into lines: the floor any
reader pays. Pages default to the bundled sample pages and the hand-written test pages.
Runs on one core (one process, no threads).
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from banmian.inputs import decode_text, read_bytes
from banmian.pipeline import parse_source

ROOT = Path(__file__).resolve().parent.parent


def _reference(paths: list[str]) -> int:
    n = 0
    for p in paths:
        n += len(decode_text(read_bytes(p), path=p).text.split("\n"))
    return n


def _banmian(paths: list[str]) -> int:
    n = 0
    for p in paths:
        n += len(parse_source(decode_text(read_bytes(p), path=p)).articles)
    return n


def _time(fn, paths: list[str], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(paths)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pages", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--copies", type=int, default=50, help="times each page is read per run")
    args = ap.parse_args()
    pages = args.pages or sorted(str(p) for p in (ROOT / "examples").glob("*.txt")) + sorted(
        str(p) for p in (ROOT / "tests" / "data" / "pages").glob("*.txt"))
    paths = pages * args.copies
    size = sum(len(read_bytes(p)) for p in pages) / len(pages)
    _banmian(paths[:10])  # warm-up: imports and regex compilation are startup, not per page
    ref = _time(_reference, paths, args.repeat)
    ours = _time(_banmian, paths, args.repeat)
    n = len(paths)
    print(f"pages: {len(pages)} distinct x {args.copies} = {n}, mean {size / 1024:.1f} KiB")
    print(f"{'run':<28}{'pages/s':>10}{'ms/page':>10}")
    print(f"{'reference (read+split)':<28}{n / ref:>10.0f}{1000 * ref / n:>10.3f}")
    print(f"{'banmian parse (text)':<28}{n / ours:>10.0f}{1000 * ours / n:>10.3f}")
    print(f"banmian takes {ours / ref:.1f}x the reference")


if __name__ == "__main__":
    main()
