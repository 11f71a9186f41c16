"""Cross-page stitching: the article parts of one issue -> stories (chains of parts).

An article on page 1 that ends （下转2版） goes on in a part on page 2 that starts
（上接1版）. The page-2 part usually repeats or shortens the headline, so a link is scored
by its markers, its titles and its text together, never by position on the page alone;
each part keeps its own page and bbox.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Sequence

MARKER_WEIGHT = 0.6  # the target says （上接N版） with the right N
TITLE_WEIGHT = 1.0  # a repeated or shortened headline is the strongest sign after the marker
TEXT_WEIGHT = 0.6  # names and terms carried over from the first part
LINK_THRESHOLD = 0.55  # a marker alone (0.6) passes; a title or text match alone must be strong
_TEXT_SAMPLE = 600  # characters of each part compared; enough for names and terms


@dataclass(frozen=True, slots=True)
class Part:
    """What stitching needs to know about one article part."""

    key: Hashable
    page_no: int
    page_label: str
    titles: tuple[str, ...]
    text: str
    continued_to: str | None = None
    continued_from: str | None = None


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text if c.isalnum()]
    return {chars[i] + chars[i + 1] for i in range(len(chars) - 1)}


def _same_page(ref: str | None, part: Part) -> bool:
    if ref is None:
        return False
    ref = str(ref).strip()
    return ref == part.page_label or (ref.isdigit() and int(ref) == part.page_no)


def title_similarity(head: Sequence[str], tail: Sequence[str]) -> float:
    """0..1: how much of the tail's title is found in the head's titles (a shortened headline scores 1)."""
    best = 0.0
    for t in tail:
        tb = _bigrams(t)
        if not tb:
            continue
        for h in head:
            hb = _bigrams(h)
            if hb:
                best = max(best, len(tb & hb) / len(tb))
    return best


def text_similarity(a: str, b: str) -> float:
    """0..1: bigram overlap of two texts' opening samples, relative to the smaller one."""
    ab, bb = _bigrams(a[:_TEXT_SAMPLE]), _bigrams(b[:_TEXT_SAMPLE])
    if not ab or not bb:
        return 0.0
    return len(ab & bb) / min(len(ab), len(bb))


def link_score(head: Part, tail: Part) -> float:
    """How sure we are that ``tail`` continues ``head``; below LINK_THRESHOLD they are not linked."""
    if tail.continued_from is not None:
        if not _same_page(tail.continued_from, head):
            return 0.0  # it says it comes from another page
        marker = 1.0
    else:
        marker = 0.0
    titles = title_similarity(head.titles, tail.titles)
    text = text_similarity(head.text, tail.text)
    return MARKER_WEIGHT * marker + TITLE_WEIGHT * titles + TEXT_WEIGHT * text


def stitch(parts: Sequence[Part]) -> list[list[Hashable]]:
    """Group the parts of one issue into stories: lists of part keys, first part first.

    Every ``continued_to`` part is linked to the best-scoring part on the page it names;
    links are made best first, each part continuing at most one and continued by at most one.
    """
    candidates: list[tuple[float, int, int]] = []
    for i, head in enumerate(parts):
        if head.continued_to is None:
            continue
        for j, tail in enumerate(parts):
            if j == i or not _same_page(head.continued_to, tail) or tail.page_no == head.page_no:
                continue
            score = link_score(head, tail)
            if score >= LINK_THRESHOLD:
                candidates.append((score, i, j))
    nxt: dict[int, int] = {}
    prev: dict[int, int] = {}
    for score, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i in nxt or j in prev or _reaches(nxt, j, i):
            continue
        nxt[i], prev[j] = j, i
    stories = []
    for i in range(len(parts)):
        if i in prev:
            continue
        chain = [i]
        while chain[-1] in nxt:
            chain.append(nxt[chain[-1]])
        stories.append([parts[k].key for k in chain])
    return stories


def _reaches(nxt: dict[int, int], start: int, target: int) -> bool:
    """True when following links from ``start`` arrives at ``target`` (a link would close a loop)."""
    seen = start
    while seen in nxt:
        seen = nxt[seen]
        if seen == target:
            return True
    return start == target
