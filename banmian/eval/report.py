"""Evaluation over many pages: gold folder + readings -> per-page scores, page means, a table.

Readings come as a JSONL file (one page per line) or a folder of ``*.json``; they are matched
to gold by the file stem of ``source.path``, else by order.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from banmian.eval.score import PDF_METRICS, TEXT_METRICS, score_page

GOLD_SUFFIX = ".gold.json"
TABLE_KEYS = TEXT_METRICS + PDF_METRICS + ("lost_chars",)


class EvalError(ValueError):
    """Bad evaluation input (no gold, unreadable readings)."""


@dataclass(slots=True)
class PageScore:
    stem: str
    scores: dict
    missing: bool = False  # no reading for this gold page


@dataclass(slots=True)
class EvalResult:
    pages: list[PageScore] = field(default_factory=list)

    def means(self) -> dict:
        """Mean of every metric over the pages that have it, with the same key names."""
        keys: list[str] = []
        for p in self.pages:
            keys.extend(k for k in p.scores if k not in keys)
        out: dict = {"pages": len(self.pages), "missing": sum(p.missing for p in self.pages)}
        for k in keys:
            vals = [p.scores[k] for p in self.pages if k in p.scores]
            out[k] = round(sum(vals) / len(vals), 4) if vals else None
        return out

    def worst(self, n: int = 10) -> list[PageScore]:
        return sorted(self.pages, key=lambda p: (p.scores.get("article_f1", 0), p.scores.get("body_sim", 0),
                                                 p.stem))[:n]


def stem_of(path: str | Path) -> str:
    name = Path(path).name
    for suffix in (GOLD_SUFFIX, ".json", ".txt", ".pdf"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return Path(name).stem


def load_golds(folder: str | Path) -> list[tuple[str, dict, Path]]:
    """(stem, gold, gold path) for every ``*.gold.json`` in a folder, sorted by name."""
    folder = Path(folder)
    files = sorted(folder.glob(f"*{GOLD_SUFFIX}")) if folder.is_dir() else [folder]
    if not files:
        raise EvalError(f"{folder}: no *{GOLD_SUFFIX} files")
    return [(stem_of(f), json.loads(f.read_text(encoding="utf-8")), f) for f in files]


def load_readings(path: str | Path) -> list[dict]:
    """Readings from a JSONL file or a folder of *.json files (gold files are skipped)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(f for f in path.glob("*.json") if not f.name.endswith(GOLD_SUFFIX))
        return [json.loads(f.read_text(encoding="utf-8")) | {"_file": f.name} for f in files]
    if not path.exists():
        raise EvalError(f"{path}: no such file")
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EvalError(f"{path}:{n}: not JSON ({exc.msg})") from None
    return out


def pair_readings(golds: list[tuple[str, dict, Path]], readings: list[dict]) -> dict[str, dict]:
    """Gold stem -> reading, by the stem of ``source.path`` (or the reading's file), else by order."""
    stems = {g[0] for g in golds}
    by_stem: dict[str, dict] = {}
    unnamed = []
    for r in readings:
        name = (r.get("source") or {}).get("path") or r.get("_file")
        s = stem_of(name) if name else None
        if s in stems and s not in by_stem:
            by_stem[s] = r
        else:
            unnamed.append(r)
    if not by_stem:  # nothing named: pair by order
        return {g[0]: r for g, r in zip(golds, readings)}
    return by_stem


def evaluate(gold_dir: str | Path, readings: list[dict], *, input_dir: str | Path | None = None,
             mode: str = "auto") -> EvalResult:
    """Score every gold page; ``mode`` text drops the PDF-only metrics, pdf adds them, auto follows the reading."""
    golds = load_golds(gold_dir)
    paired = pair_readings(golds, readings)
    result = EvalResult()
    for stem, gold, gold_path in golds:
        pred = paired.get(stem)
        text_path = Path(input_dir) / f"{stem}.txt" if input_dir else gold_path.with_name(f"{stem}.txt")
        text = text_path.read_text(encoding="utf-8") if text_path.exists() else None
        reading = pred if pred is not None else {"articles": []}
        is_pdf = {"text": False, "pdf": True}.get(mode)
        if is_pdf is None:
            is_pdf = (reading.get("source") or {}).get("format") == "pdf"
        scores = score_page(gold, reading, text if not is_pdf else None, pdf=is_pdf)
        result.pages.append(PageScore(stem, scores, missing=pred is None))
    return result


def format_table(result: EvalResult, *, worst: int = 10, beside: dict[str, dict] | None = None) -> str:
    """Metrics means (with other readers' means beside), then the worst pages."""
    means = result.means()
    cols = {"banmian": means} | (beside or {})
    keys = [k for k in TABLE_KEYS if any(m.get(k) is not None for m in cols.values())]
    width = max(len(k) for k in keys + ["metric"])
    lines = [f"{'metric':<{width}}  " + "  ".join(f"{name:>9}" for name in cols)]
    for k in keys:
        cells = []
        for m in cols.values():
            v = m.get(k)
            cells.append(f"{'-':>9}" if v is None else f"{v:>9.3f}" if k != "lost_chars" else f"{v:>9.1f}")
        lines.append(f"{k:<{width}}  " + "  ".join(cells))
    lines.append(f"{'pages':<{width}}  {means['pages']:>9}" + (f"   ({means['missing']} without a reading)"
                                                             if means["missing"] else ""))
    if worst and result.pages:
        lines.append("")
        lines.append("worst pages: page   gold pred  art_f1  body  title byline  para  lost")
        for p in result.worst(worst):
            s = p.scores
            lines.append(f"  {p.stem:<16} {s['articles_gold']:>4} {s['articles_pred']:>4}  {s['article_f1']:6.3f} "
                         f"{s['body_sim']:5.3f} {s['title_acc']:5.3f} {s['byline_acc']:5.3f} {s['para_f1']:5.3f} "
                         f"{s.get('lost_chars', '-'):>5}" + ("  (no reading)" if p.missing else ""))
    return "\n".join(lines)
