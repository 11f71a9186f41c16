"""PDF reader benchmark: accuracy beside the flat-text reader, and speed beside bare extraction.

usage: python benchmarks/bench_pdf.py [DIR] [--pages N] [--seed S] [--columns C]
                                      [--speed-dir DIR] [--speed-pages N] [--repeat R]

DIR holds generated pages (pNNNN.pdf + .txt + .gold.json from `banmian synth`); without it,
pages are generated into a temporary folder from ../shared/corpus (development month).
Prints one accuracy table (PDF reader vs text reader, mean per metric over the pages), then
speed on dense pages set in C columns (8 by default, the issue-4 target): --speed-dir's pages
whose body text stands in C columns, or else --speed-pages pages generated with C columns.

Speed is measured in this one process after a warm-up round (imports, ctypes prototypes and
caches are not timed), on the same pages for every reader, rounds interleaved so that load from
other work hits all of them alike: banmian's PDF reading, bare pypdfium2 extraction (open, load
the text page, read the text and every character's box), and PDFium's own floor (open, load
the page and its text page, nothing read). Best and median of the rounds are printed, and the
ratio banmian / bare extraction both for the best times and as the median of per-round ratios.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from banmian.export.json import page_to_dict  # noqa: E402
from banmian.layout import parse_pdf  # noqa: E402

SCORER = ROOT.parent / "shared" / "tools" / "score.py"
CORPUS = ROOT.parent / "shared" / "corpus" / "rmrb-2019-10.jsonl"
METRICS = ("article_f1", "title_acc", "role_acc", "byline_acc", "para_f1", "body_sim", "cont_acc",
           "kind_acc", "bbox_iou80", "lost_chars")


def _scorer():
    spec = importlib.util.spec_from_file_location("bm_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _pages(folder: str) -> list[str]:
    return sorted(p[:-4] for p in glob.glob(os.path.join(folder, "*.pdf")))


def accuracy(stems: list[str]) -> tuple[dict, dict]:
    """Mean metrics of the PDF reader and of the text reader over the same pages."""
    score = _scorer().score
    from banmian.pipeline import parse_page

    pdf_rows, txt_rows = [], []
    for stem in stems:
        gold = json.load(open(stem + ".gold.json", encoding="utf-8"))
        text = open(stem + ".txt", encoding="utf-8").read()
        # the gold is written for the flat text; as a PDF gold it also scores title roles and boxes
        gold_pdf = dict(gold, source=dict(gold.get("source") or {}, format="pdf"))
        pred = page_to_dict(next(iter(parse_pdf(stem + ".pdf"))))
        pdf_rows.append(score(gold_pdf, pred, text))
        txt_rows.append(score(gold_pdf, page_to_dict(parse_page(stem + ".txt")), text))

    def mean(rows):
        return {k: statistics.mean(r.get(k, 0) for r in rows) for k in METRICS if any(k in r for r in rows)}

    return mean(pdf_rows), mean(txt_rows)


def bare_extraction(paths: list[str]) -> float:
    """Seconds pypdfium2 takes to open each page and read every character with its box."""
    import pypdfium2 as pdfium

    t = time.perf_counter()
    for path in paths:
        doc = pdfium.PdfDocument(path)
        for page in doc:
            tp = page.get_textpage()
            n = tp.count_chars()
            tp.get_text_range(0, n)
            for i in range(n):
                tp.get_charbox(i)
            tp.close()
            page.close()
        doc.close()
    return time.perf_counter() - t


def pdfium_floor(paths: list[str]) -> tuple[float, float]:
    """Seconds PDFium itself takes: (open + FPDF_LoadPage, FPDFText_LoadPage), nothing read."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    t_page = t_text = 0.0
    for path in paths:
        t0 = time.perf_counter()
        doc = pdfium.PdfDocument(path)
        t_page += time.perf_counter() - t0
        for k in range(len(doc)):
            t1 = time.perf_counter()
            page = raw.FPDF_LoadPage(doc.raw, k)
            t2 = time.perf_counter()
            text = raw.FPDFText_LoadPage(page)
            t3 = time.perf_counter()
            raw.FPDFText_ClosePage(text)
            raw.FPDF_ClosePage(page)
            t_page += t2 - t1
            t_text += t3 - t2
        doc.close()
    return t_page, t_text


def banmian_reading(paths: list[str]) -> float:
    t = time.perf_counter()
    for path in paths:
        for _ in parse_pdf(path):
            pass
    return time.perf_counter() - t


def page_columns(pdf: str) -> int:
    """How many columns a page's body text stands in, from the left edges of full body lines."""
    from banmian.inputs.pdf import iter_pdf_pages

    page = next(iter_pdf_pages(pdf))
    weight = Counter()
    for line in page.lines:
        weight[line.size] += len(line.text)
    body = weight.most_common(1)[0][0]
    body_lines = [l for l in page.lines if l.size == body]
    width = Counter(round(l.bbox[2] - l.bbox[0]) for l in body_lines).most_common(1)[0][0]
    lefts = Counter(round(l.bbox[0] / 2) for l in body_lines if abs(l.bbox[2] - l.bbox[0] - width) <= 1)
    edges = sorted(x for x, n in lefts.items() if n >= 3)
    return sum(1 for k, x in enumerate(edges) if k == 0 or x - edges[k - 1] > 1)


def generate_columns(folder: str, pages: int, seed: int, columns: int) -> list[int]:
    """Generate pages whose grid has ``columns`` columns (synth draws 4-8 at random).

    synth has no column option yet, so its style draw is asked for this count: the rest of
    the page (size, measure, gutter, type, stories) is drawn from the seed as usual.
    """
    import banmian.synth as synth

    draw = synth.choose_style

    def with_columns(rng, **kw):
        randint = rng.randint
        rng.randint = lambda a, b: columns if (a, b) == (4, 8) else randint(a, b)
        try:
            return draw(rng, **kw)
        finally:
            del rng.randint

    made: list[int] = []
    synth.choose_style = with_columns
    try:
        synth.generate_pages(CORPUS, folder, pages=pages, seed=seed,
                             on_page=lambda p: made.append(p.composed.style.cols))
    finally:
        synth.choose_style = draw
    return made


def speed(paths: list[str], repeat: int) -> None:
    n = len(paths)
    chars = statistics.mean(len(open(p[:-4] + ".txt", encoding="utf-8").read()) for p in paths)
    banmian_reading(paths), bare_extraction(paths), pdfium_floor(paths)  # warm-up, not timed
    t_bm, t_px, t_pg, t_tx = [], [], [], []
    for _ in range(repeat):  # interleaved: load from other work hits every reader alike
        t_bm.append(banmian_reading(paths))
        t_px.append(bare_extraction(paths))
        page, text = pdfium_floor(paths)
        t_pg.append(page)
        t_tx.append(text)
    floor = [a + b for a, b in zip(t_pg, t_tx)]

    def row(label: str, ts: list[float]) -> str:
        best, med = min(ts), statistics.median(ts)
        return (f"{label:<34}{n / best:7.1f} pages/s  ({1000 * best / n:5.1f} ms/page; "
                f"median {1000 * med / n:5.1f} ms)")

    print(f"\nspeed on {n} pages (~{chars:.0f} characters each), one process, one core, "
          f"best of {repeat} interleaved rounds")
    print(row("banmian PDF reading", t_bm))
    print(row("pypdfium2 chars+boxes (reference)", t_px))
    print(row("PDFium floor: open+load page+text", floor))
    print(f"{'  of which FPDF_LoadPage (+open)':<34}{'':7} {'':8}  ({1000 * min(t_pg) / n:5.1f} ms/page)")
    print(f"{'  of which FPDFText_LoadPage':<34}{'':7} {'':8}  ({1000 * min(t_tx) / n:5.1f} ms/page)")
    ratios = [a / b for a, b in zip(t_bm, t_px)]
    print(f"ratio banmian / bare extraction: {min(t_bm) / min(t_px):.2f}x best, "
          f"{statistics.median(ratios):.2f}x median of rounds")
    print(f"banmian beyond PDFium's floor: {1000 * (min(t_bm) - min(floor)) / n:.1f} ms/page")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--columns", type=int, default=8, help="column count of the speed pages")
    ap.add_argument("--speed-dir", help="time this folder's pages with --columns columns")
    ap.add_argument("--speed-pages", type=int, default=12, help="pages to generate for timing (0: accuracy only)")
    ap.add_argument("--repeat", type=int, default=5, help="timing rounds")
    ap.add_argument("--no-accuracy", action="store_true", help="speed only")
    args = ap.parse_args()
    folder = args.dir
    if folder is None:
        from banmian.synth import generate_pages

        folder = tempfile.mkdtemp(prefix="bench_pdf_")
        generate_pages(CORPUS, folder, pages=args.pages, seed=args.seed)
    stems = _pages(folder)
    if not stems:
        sys.exit(f"{folder}: no generated pages")
    if not args.no_accuracy:
        pdf_m, txt_m = accuracy(stems)
        print(f"accuracy over {len(stems)} pages ({folder})")
        print(f"{'metric':<12}{'pdf':>9}{'text':>9}")
        for k in METRICS:
            if k in pdf_m:
                flag = "" if (pdf_m[k] <= txt_m.get(k, 0) if k == "lost_chars" else pdf_m[k] >= txt_m.get(k, 0)) else "  <- worse"
                print(f"{k:<12}{pdf_m[k]:>9.3f}{txt_m.get(k, float('nan')):>9.3f}{flag}")
    # speed on dense pages of the chosen column count
    if not args.speed_dir and args.speed_pages <= 0:
        return  # nothing to time: the accuracy table is the whole report
    if args.speed_dir:
        pool = _pages(args.speed_dir)
        speed_stems = [st for st in pool if page_columns(st + ".pdf") == args.columns]
        if not speed_stems:
            sys.exit(f"{args.speed_dir}: no page in {args.columns} columns")
        where = f"{len(speed_stems)} of {len(pool)} pages in {args.speed_dir} have {args.columns} columns"
    else:
        speed_dir = tempfile.mkdtemp(prefix=f"bench_pdf_{args.columns}col_")
        drawn = generate_columns(speed_dir, args.speed_pages, args.seed, args.columns)
        speed_stems = _pages(speed_dir)
        seen = Counter(page_columns(st + ".pdf") for st in speed_stems)
        where = (f"{len(speed_stems)} pages generated in {args.columns} columns ({speed_dir}); "
                 f"columns seen in the PDFs: {dict(seen)}, drawn: {dict(Counter(drawn))}")
    print(f"\n{where}")
    speed([st + ".pdf" for st in speed_stems], args.repeat)

if __name__ == "__main__":
    main()
