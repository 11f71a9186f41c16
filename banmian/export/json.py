"""PageResult -> a JSON object of schema banmian.page/1 (spec/page.schema.json)."""
from __future__ import annotations

import json
from typing import Any, Iterable, TextIO

from banmian.model import SCHEMA_ID, Article, Leftover, PageResult


def article_to_dict(article: Article) -> dict[str, Any]:
    """One article as in the schema; extra fields (``spans``) are additions, never renames."""
    out: dict[str, Any] = {
        "id": article.id,
        "kind": article.kind.value,
        "titles": [{"role": t.role.value, "text": t.text} for t in article.titles],
        "bylines": [{"role": b.role, "name": b.name} for b in article.bylines],
        "dateline": article.dateline,
        "paragraphs": list(article.paragraphs),
        "continued_to": {"page": article.continued_to} if article.continued_to is not None else None,
        "continued_from": {"page": article.continued_from} if article.continued_from is not None else None,
    }
    if article.bbox is not None:
        out["bbox"] = [round(v, 2) for v in article.bbox]
    if article.warnings:
        out["warnings"] = list(article.warnings)
    return out


def _leftover(item: Leftover) -> dict[str, Any]:
    out: dict[str, Any] = {"text": item.text, "reason": item.reason}
    if item.start is not None:
        out["start"], out["end"] = item.start, item.end
    return out


def page_to_dict(result: PageResult) -> dict[str, Any]:
    """The whole page reading as a plain dict, ready for ``json.dumps``."""
    src, page = result.source, result.page
    return {
        "schema": SCHEMA_ID,
        "source": {
            "path": src.path,
            "format": src.format.value,
            "sha256": src.sha256,
            "page": src.page_no,
        },
        "page": {
            "newspaper": page.newspaper,
            "date": page.date,
            "number": page.number,
            "section": page.section,
            "width": page.width,
            "height": page.height,
        },
        "articles": [article_to_dict(a) for a in result.articles],
        "unassigned": [_leftover(u) for u in result.unassigned],
        "removed": [_leftover(r) for r in result.removed],
    }


def dumps(result: PageResult, indent: int | None = 2) -> str:
    return json.dumps(page_to_dict(result), ensure_ascii=False, indent=indent)


def write_jsonl(results: Iterable[PageResult], out: TextIO) -> int:
    """One compact JSON object per line, in input order; returns the count written."""
    n = 0
    for r in results:
        out.write(json.dumps(page_to_dict(r), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n
