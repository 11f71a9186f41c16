"""Scoring one page reading against its gold reading (banmian.page/1 dicts).

Same definitions as the acceptance scorer: articles are paired greedily by body similarity;
text is compared after NFKC with all white space removed.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from typing import Any, Iterator

Page = dict[str, Any]

# An article counts as found when its body similarity reaches this.
MATCH_OK = 0.98
# Pairs below this similarity are no match at all.
MATCH_MIN = 0.5
IOU_OK = 0.8
# Characters that count for conservation: CJK, digits, Latin letters.
COUNTED_RE = re.compile(r"[\u3400-\u9fff0-9A-Za-z]")
# Continuation markers are layout, not text: （下转2版） （上接1版）
MARKER_RE = re.compile(r"[（(](?:下转|上接|转|接)\s*第?\s*[0-9一二三四五六七八九十]+\s*版[）)]")
_SKIP_KEYS = ("id", "schema", "kind", "source", "warnings", "reason", "dateline", "bbox")
TEXT_METRICS = ("article_f1", "body_sim", "title_acc", "byline_acc", "para_f1", "cont_acc", "kind_acc")
PDF_METRICS = ("role_acc", "bbox_iou80")


def norm(s: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def body(a: dict) -> str:
    return norm("".join(a.get("paragraphs") or []))


def titles(a: dict) -> str:
    return norm("".join(t.get("text", "") for t in a.get("titles") or []))


def bylines(a: dict) -> list[tuple[str, str]]:
    return sorted((norm(b.get("role")), norm(b.get("name"))) for b in a.get("bylines") or [])


def roles(a: dict) -> list[tuple[str | None, str]]:
    return [(t.get("role"), norm(t.get("text", ""))) for t in a.get("titles") or []]


def continued_to(a: dict):
    return (a.get("continued_to") or {}).get("page")


def iou(b1, b2) -> float | None:
    """Intersection over union of two x0,y0,x1,y1 boxes; None when one is missing."""
    if not b1 or not b2:
        return None
    x0, y0 = max(b1[0], b2[0]), max(b1[1], b2[1])
    x1, y1 = min(b1[2], b2[2]), min(b1[3], b2[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)

    def area(b):
        return max(0, b[2] - b[0]) * max(0, b[3] - b[1])

    union = area(b1) + area(b2) - inter
    return inter / union if union else 0.0


def boundaries(a: dict) -> set[tuple[str, str]]:
    """Paragraph boundaries as (last 6 chars, next first 6 chars)."""
    ps = [norm(p) for p in a.get("paragraphs") or []]
    return {(ps[i][-6:], ps[i + 1][:6]) for i in range(len(ps) - 1)}


def similarity(x: str, y: str) -> float:
    if not x and not y:
        return 1.0
    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()


def strings(o) -> Iterator[str]:
    """Every text string of a reading that counts for conservation."""
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict) and isinstance(o.get("role"), str) and o["role"].isascii():
        yield from strings({k: v for k, v in o.items() if k != "role"})
    elif isinstance(o, dict):
        for k, v in o.items():
            if k not in _SKIP_KEYS:
                yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


def counted(text: str) -> Counter:
    return Counter(COUNTED_RE.findall(unicodedata.normalize("NFKC", MARKER_RE.sub("", text))))


def conservation(page_text: str, reading: Page) -> tuple[int, int]:
    """(lost, extra): counted characters of the page missing from the reading, and added by it."""
    src = counted(page_text)
    out = counted("".join(strings({k: v for k, v in reading.items() if k != "source"})))
    return sum((src - out).values()), sum((out - src).values())


def match_articles(gold: list[dict], pred: list[dict]) -> dict[int, tuple[int, float]]:
    """Greedy best-first pairing gold index -> (pred index, body similarity)."""
    gb, pb = [body(a) for a in gold], [body(a) for a in pred]
    pairs = sorted(((similarity(gb[i], pb[j]), i, j) for i in range(len(gold)) for j in range(len(pred))
                    if gb[i] and pb[j] and (gb[i][:4] in pb[j] or pb[j][:4] in gb[i]
                                            or abs(len(gb[i]) - len(pb[j])) < 0.5 * max(len(gb[i]), 1))),
                   reverse=True)
    used_g, used_p, match = set(), set(), {}
    for s, i, j in pairs:
        if i in used_g or j in used_p or s < MATCH_MIN:
            continue
        used_g.add(i)
        used_p.add(j)
        match[i] = (j, s)
    return match


def score_page(gold: Page, pred: Page, page_text: str | None = None, *,
               pdf: bool | None = None) -> dict[str, float | int]:
    """Metrics of one reading. ``pdf=None`` follows the gold's source format, as the reference does."""
    G, P = gold["articles"], pred.get("articles") or []
    match = match_articles(G, P)
    ok = [i for i, (_, s) in match.items() if s >= MATCH_OK]
    prec = len(ok) / len(P) if P else 0.0
    rec = len(ok) / len(G) if G else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    n = len(G)

    def share(pred_fn) -> float:
        return round(sum(1 for i, (j, _) in match.items() if pred_fn(G[i], P[j])) / max(n, 1), 4)

    tp = fp = fn = 0
    for i, (j, _) in match.items():
        g, p = boundaries(G[i]), boundaries(P[j])
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    for i in range(n):
        if i not in match:
            fn += len(boundaries(G[i]))
    pf1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    r: dict[str, float | int] = {
        "articles_gold": n, "articles_pred": len(P),
        "article_f1": round(f1, 4),
        "body_sim": round(sum(match[i][1] if i in match else 0 for i in range(n)) / max(n, 1), 4),
        "title_acc": share(lambda g, p: titles(g) == titles(p)),
        "byline_acc": share(lambda g, p: bylines(g) == bylines(p)),
        "para_f1": round(pf1, 4),
        "cont_acc": share(lambda g, p: continued_to(g) == continued_to(p)),
        "kind_acc": share(lambda g, p: (g.get("kind") or "article") == (p.get("kind") or "article")),
    }
    is_pdf = (gold.get("source") or {}).get("format") == "pdf" if pdf is None else pdf
    if is_pdf and any(t.get("role") for a in G for t in a.get("titles") or []):
        r["role_acc"] = share(lambda g, p: roles(g) == roles(p))
    if (pdf is None or pdf) and any(a.get("bbox") for a in G):
        r["bbox_iou80"] = share(lambda g, p: (iou(g.get("bbox"), p.get("bbox")) or 0) >= IOU_OK)
    if page_text is not None:
        r["lost_chars"], r["extra_chars"] = conservation(page_text, pred)
    return r
