"""Archive benchmark: ingest N generated page readings into SQLite, then time 200 searches.

    .venv/bin/python benchmarks/bench_archive.py                 # 10,000 pages, a temp file
    .venv/bin/python benchmarks/bench_archive.py --pages 2000 --db /tmp/a.db --keep
    .venv/bin/python benchmarks/bench_archive.py --db postgresql://…   # the same on PostgreSQL

Targets (SQLite): ingest >= 100 pages/s, search p95 <= 50 ms. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from banmian.store import PageKey, SearchQuery, open_store  # noqa: E402
from banmian.store.samples import synth_issue  # noqa: E402

INGEST_TARGET = 100.0  # pages/s
P95_TARGET = 50.0  # ms
PAPERS = ("平湖日报", "嘉兴日报", "南湖晚报")
_CJK_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--pages-per-issue", type=int, default=8)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--db", help="archive path or postgresql:// URL (default: a temp SQLite file)")
    ap.add_argument("--keep", action="store_true", help="keep the temp archive")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    tmp = None
    db = args.db
    if not db:
        tmp = tempfile.mkdtemp(prefix="bench-archive-")
        db = os.path.join(tmp, "archive.db")
    store = open_store(db)
    rng = random.Random(args.seed)
    samples: list[str] = []

    stored = 0
    busy = 0.0
    wall = time.perf_counter()
    issue = 0
    day = date(2014, 1, 1)
    while stored < args.pages:
        paper = PAPERS[issue % len(PAPERS)]
        if issue % len(PAPERS) == 0:
            day += timedelta(days=1)
        n = min(args.pages_per_issue, args.pages - stored)
        for r in synth_issue(paper, day.isoformat(), pages=n, per_page=5, seed=issue):
            no = int(r["page"]["number"])
            t = time.perf_counter()
            store.add_page(r, PageKey(paper, day.isoformat(), no, str(no)), f"bench-{issue}-{no}")
            busy += time.perf_counter() - t
            stored += 1
            if rng.random() < 0.02:
                samples.append("".join(r["articles"][0]["paragraphs"]))
        issue += 1
    wall = time.perf_counter() - wall
    size = os.path.getsize(db) if os.path.exists(db) else None

    queries = []
    while len(queries) < args.queries:
        runs = _CJK_RUN_RE.findall(rng.choice(samples))
        run = rng.choice([r for r in runs if r] or ["金融"])
        length = rng.randint(1, 6)
        start = rng.randrange(max(1, len(run) - length + 1))
        queries.append(run[start:start + length])
    queries[:3] = ["金融", "税", "高质量发展"]

    times, totals = [], []
    for q in queries:
        t = time.perf_counter()
        res = store.search(SearchQuery(q))
        times.append((time.perf_counter() - t) * 1000)
        totals.append(res.total)
    store.close()

    rate = stored / busy
    p50, p95 = percentile(times, 50), percentile(times, 95)
    print(f"archive: {db}" + (f" ({size / 1e6:.0f} MB)" if size else ""))
    print(f"ingest: {stored} pages in {wall:.1f} s wall, {busy:.1f} s in add_page: {rate:.0f} pages/s"
          f" (target >= {INGEST_TARGET:.0f})")
    print(f"search: {len(queries)} queries of 1-6 chars: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(times):.1f} ms"
          f" (target p95 <= {P95_TARGET:.0f}); median hits {statistics.median(totals):.0f}")
    if tmp and not args.keep:
        for f in Path(tmp).iterdir():
            f.unlink()
        os.rmdir(tmp)
    return 0 if rate >= INGEST_TARGET and p95 <= P95_TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
