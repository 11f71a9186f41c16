"""PDF reader benchmark: accuracy beside the flat-text reader, and speed beside bare extraction.

usage: python benchmarks/bench_pdf.py [DIR] [--pages N] [--seed S] [--dense N]

DIR holds generated pages (pNNNN.pdf + .txt + .gold.json from `banmian synth`); without it,
pages are generated into a temporary folder from ../shared/corpus (development month).
Prints one accuracy table (PDF reader vs text reader, mean per metric over the pages) and
two speed figures measured in this run on the densest pages (8 columns when --dense finds
them): banmian's PDF reading in pages/s, and the time pypdfium2 takes just to extract every
character with its box, with the ratio of the two.
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


def banmian_reading(paths: list[str]) -> float:
    t = time.perf_counter()
    for path in paths:
        for _ in parse_pdf(path):
            pass
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?")
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--repeat", type=int, default=3, help="timing rounds; the best is kept")
    args = ap.parse_args()
    folder = args.dir
    if folder is None:
        from banmian.synth import generate_pages

        folder = tempfile.mkdtemp(prefix="bench_pdf_")
        generate_pages(CORPUS, folder, pages=args.pages, seed=args.seed)
    stems = _pages(folder)
    if not stems:
        sys.exit(f"{folder}: no generated pages")
    pdf_m, txt_m = accuracy(stems)
    print(f"accuracy over {len(stems)} pages ({folder})")
    print(f"{'metric':<12}{'pdf':>9}{'text':>9}")
    for k in METRICS:
        if k in pdf_m:
            flag = "" if (pdf_m[k] <= txt_m.get(k, 0) if k == "lost_chars" else pdf_m[k] >= txt_m.get(k, 0)) else "  <- worse"
            print(f"{k:<12}{pdf_m[k]:>9.3f}{txt_m.get(k, float('nan')):>9.3f}{flag}")
    # speed on the densest pages: those with the most columns (8 where present)
    cols = {}
    for stem in stems:
        gold = json.load(open(stem + ".gold.json", encoding="utf-8"))
        cols[stem] = (gold.get("source") or {}).get("columns") or len(open(stem + ".txt", encoding="utf-8").read())
    dense = sorted(stems, key=lambda s: -cols[s])[: max(5, len(stems) // 4)]
    paths = [s + ".pdf" for s in dense]
    chars = statistics.mean(len(open(s + ".txt", encoding="utf-8").read()) for s in dense)
    t_bm = min(banmian_reading(paths) for _ in range(args.repeat))
    t_px = min(bare_extraction(paths) for _ in range(args.repeat))
    print(f"\nspeed on the {len(paths)} densest pages (~{chars:.0f} characters each), one core, best of {args.repeat}")
    print(f"banmian PDF reading   {len(paths) / t_bm:7.1f} pages/s  ({1000 * t_bm / len(paths):.1f} ms/page)")
    print(f"pypdfium2 chars+boxes {len(paths) / t_px:7.1f} pages/s  ({1000 * t_px / len(paths):.1f} ms/page)")
    print(f"ratio banmian / bare extraction: {t_bm / t_px:.2f}x")


if __name__ == "__main__":
    main()
