"""A naive reader to measure against: join all lines, split into articles at 本报讯 / …电.

Input: flat page text; output: a ``banmian.page/1`` dict with no titles, bylines or paragraphs breaks.
"""
from __future__ import annotations

import re

SPLIT_RE = re.compile(r"本报讯|(?:据)?(?:本报|新华社)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电")


def naive_read(text: str, path: str | None = None) -> dict:
    """Every line joined; a new article starts at each 本报讯 or dateline 电."""
    joined = "".join(line.strip() for line in text.splitlines())
    starts = [m.start() for m in SPLIT_RE.finditer(joined)]
    cuts = sorted(set([0] + starts + [len(joined)]))
    articles = []
    for a, b in zip(cuts, cuts[1:]):
        piece = joined[a:b].strip()
        if piece:
            articles.append({"id": f"a{len(articles) + 1}", "kind": "article", "titles": [], "bylines": [],
                             "dateline": None, "paragraphs": [piece], "continued_to": None,
                             "continued_from": None})
    return {"schema": "banmian.page/1", "source": {"path": path, "format": "text"}, "articles": articles}
