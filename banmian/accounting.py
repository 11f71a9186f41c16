"""The "nothing lost" check: every counted character of the page is in an article, a
caption, or an ``unassigned``/``removed`` entry.

Characters are counted the way the acceptance scorer counts them (CJK ideographs, digits and
Latin letters after NFKC, continuation markers aside). If a reader stage dropped something, the
missing characters go to ``unassigned`` with a reason that names it a reader defect, so the
output is never silently partial.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import replace

from banmian.blocks import CONTINUATION_RE
from banmian.lines import counted_chars
from banmian.model import Leftover, PageResult

LOST_REASON = "dropped by the reader (defect): characters kept here so nothing is lost"


class _CountedTable(dict):
    """str.translate table: character -> its counted characters after NFKC (often itself,
    often nothing). Entries are made on first sight by translate itself (``__missing__``),
    so the table never needs a separate pass over the text; translate and Counter run in C."""

    def __missing__(self, code: int) -> str:
        counted = self[code] = "".join(counted_chars(unicodedata.normalize("NFKC", chr(code))))
        return counted


_COUNTED_TABLE = _CountedTable()


def _counted(text: str) -> Counter[str]:
    return Counter(CONTINUATION_RE.sub("", text).translate(_COUNTED_TABLE))


def output_text(result: PageResult) -> str:
    parts: list[str] = []
    for a in result.articles:
        parts.extend(t.text for t in a.titles)
        for b in a.bylines:
            parts.append(b.role)
            parts.append(b.name)
        parts.extend(a.paragraphs)
    parts.extend(u.text for u in result.unassigned)
    parts.extend(r.text for r in result.removed)
    return "\n".join(parts)


def lost_chars(result: PageResult) -> Counter[str]:
    """Counted characters of the source that no part of the result holds."""
    return _counted(result.source.text) - _counted(output_text(result))


def ensure_nothing_lost(result: PageResult) -> PageResult:
    """Return ``result`` unchanged, or with lost characters listed in ``unassigned``."""
    lost = lost_chars(result)
    if not lost:
        return result
    text = "".join(ch * n for ch, n in lost.items())
    entry = Leftover(text=text, reason=LOST_REASON)
    return replace(result, unassigned=result.unassigned + (entry,),
                   warnings=result.warnings + (f"{sum(lost.values())} characters were not placed",))


def _placed_ranges(result: PageResult) -> list[tuple[int, int]]:
    spans = [s for a in result.articles for s in a.spans]
    spans += [(x.start, x.end) for x in result.removed + result.unassigned if x.start is not None]
    return sorted(spans)


def lines_placed(result: PageResult) -> bool:
    """Whether every non-blank source line lies in the source range of some article part or
    ``removed``/``unassigned`` entry: the structural form of "nothing lost".

    The text stages only drop white space inside a placed range (layout spaces, line breaks)
    and account for the rest (bylines keep their print in ``removed``), which the property
    tests check character by character with ``lost_chars``.
    """
    text = result.source.text
    ranges = _placed_ranges(result)
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and not text[merged[-1][1]:start].strip():  # only white space between
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    # Two ranges left apart have a printed character between them that no range holds, so
    # every line lies in one range exactly when the ranges merge into one holding all the
    # printed text (a check in C, not a loop over the lines).
    if len(merged) != 1:
        return not merged and not text.strip()
    start, end = merged[0]
    return not text[:start].strip() and not text[end:].strip()


def ensure_lines_placed(result: PageResult) -> PageResult:
    """The fast check for flat text: structural; only when it fails are characters counted."""
    return result if lines_placed(result) else ensure_nothing_lost(result)
