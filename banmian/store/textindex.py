"""Chinese full-text indexing shared by both stores: text -> bigram tokens, query -> phrases.

Chinese has no spaces, and readers search for one- and two-character words (税, 金融).
SQLite's trigram tokenizer cannot answer queries under three characters, and stock
tokenizers (unicode61, PostgreSQL's parser) treat a whole run of Han characters as one word.
So banmian splits text itself: every run of CJK characters becomes its overlapping
character bigrams plus the run's last character (金融工作 -> 金融 融工 工作 作); Latin words and
numbers stay whole, lower-cased. A query is cut the same way and matched as a phrase of
consecutive tokens, which is an exact substring match; a query ending in a single CJK
character matches it as a token prefix (税 -> 税*), served by a one-character prefix index.
"""
from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import date as Date

# Han (BMP, extension A, compatibility, extension B+), kana and Hangul: scripts written without spaces.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
_RUN_RE = re.compile(f"([{_CJK}]+)|([0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+)")
_QUERY_TERM_RE = re.compile(r'"([^"]*)"?|(\S+)')
SNIPPET_CHARS = 120  # about two lines of a phone screen
SNIPPET_LEAD = 30  # characters of context shown before the first match


def normalize(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII) and lower case, the same for text and query."""
    return unicodedata.normalize("NFKC", text).lower()


def _runs(text: str) -> list[tuple[str, bool]]:
    """(run, is_cjk) pairs in order; punctuation and spaces separate runs and are dropped."""
    return [(m.group(1), True) if m.group(1) else (m.group(2), False)
            for m in _RUN_RE.finditer(normalize(text))]


def _run_tokens(run: str, cjk: bool) -> list[str]:
    if not cjk:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)] + [run[-1]]


def index_tokens(text: str) -> list[str]:
    """The tokens of ``text`` in order: CJK bigrams plus each run's last char, Latin words whole."""
    out: list[str] = []
    for run, cjk in _runs(text):
        out.extend(_run_tokens(run, cjk))
    return out


def index_text(text: str) -> str:
    """Tokens joined by spaces: what a whitespace tokenizer (FTS5 unicode61) indexes."""
    return " ".join(index_tokens(text))


@dataclass(frozen=True, slots=True)
class Phrase:
    """One query term as consecutive tokens; ``prefix`` when its last token is a lone CJK char."""

    tokens: tuple[str, ...]
    prefix: bool
    text: str  # the term as typed, for highlighting


def phrase_tokens(term: str) -> Phrase | None:
    """The phrase that finds ``term`` as a substring of indexed text, or None if it has no word chars."""
    runs = _runs(term)
    if not runs:
        return None
    tokens: list[str] = []
    for run, cjk in runs[:-1]:
        tokens.extend(_run_tokens(run, cjk))
    last, cjk = runs[-1]
    prefix = False
    if cjk and len(last) == 1:
        # a lone last char may start a longer run in the text: 税 is in 税收 (token 税收)
        tokens.append(last)
        prefix = True
    elif cjk:
        # the run may continue in the text, so its trailing unigram cannot be required
        tokens.extend(last[i:i + 2] for i in range(len(last) - 1))
    else:
        tokens.append(last)
    return Phrase(tuple(tokens), prefix, term)


def parse_query(q: str) -> list[Phrase]:
    """Split a user query: spaces separate terms (all must match), "double quotes" keep a phrase."""
    phrases = []
    for m in _QUERY_TERM_RE.finditer(q):
        term = m.group(1) if m.group(1) is not None else m.group(2)
        if term.upper() in ("AND", "&"):
            continue
        p = phrase_tokens(term)
        if p:
            phrases.append(p)
    return phrases


def fts5_match(phrases: list[Phrase]) -> str:
    """An FTS5 MATCH expression; tokens hold only letters and digits, so quoting is safe."""
    return " AND ".join('"' + " ".join(p.tokens) + '"' + (" *" if p.prefix else "") for p in phrases)


STORY_ID_BITS = 32  # low bits of an FTS rowid: the story id; high bits: the day


def fts_rowid(date: str, story_id: int) -> int:
    """An index rowid that sorts by issue date, then story: (ordinal day << 32) | story id."""
    return (Date.fromisoformat(date).toordinal() << STORY_ID_BITS) | story_id


def fts_rowid_range(date_from: str | None, date_to: str | None) -> tuple[int, int]:
    """The rowids of stories dated from ``date_from`` to ``date_to`` inclusive (None: open end)."""
    lo = Date.fromisoformat(date_from).toordinal() << STORY_ID_BITS if date_from else 0
    hi = ((Date.fromisoformat(date_to).toordinal() + 1) << STORY_ID_BITS) - 1 if date_to else (1 << 62)
    return lo, hi


def tag_tokens(paper: str, pages: str) -> str:
    """Exact-match tokens for filters: the paper as a hash (any name, one token) and each page."""
    return " ".join([paper_tag(paper)] + [f"pg{p}" for p in pages.split(",") if p])


def paper_tag(paper: str) -> str:
    return "np" + hashlib.sha1(paper.encode("utf-8")).hexdigest()[:16]


def fts5_filtered_match(phrases: list[Phrase], paper: str | None = None, page_no: int | None = None) -> str:
    """The words searched in title and body only, ANDed with exact paper and page tags."""
    expr = "{title body} : (" + fts5_match(phrases) + ")"
    if paper:
        expr += f" AND tags : {paper_tag(paper)}"
    if page_no is not None:
        expr += f" AND tags : pg{int(page_no)}"
    return expr


def _tsquery_lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def pg_tsquery(phrases: list[Phrase]) -> str:
    """A PostgreSQL tsquery literal: tokens joined by <-> (followed by), a lone last char as :*."""
    parts = []
    for p in phrases:
        lex = [_tsquery_lexeme(t) for t in p.tokens]
        if p.prefix:
            lex[-1] += ":*"
        parts.append("(" + " <-> ".join(lex) + ")")
    return " & ".join(parts)


MAX_PG_POSITION = 16383  # PostgreSQL clamps tsvector positions here


def pg_tsvector(text: str) -> str:
    """A tsvector literal with positions, built here so PostgreSQL's parser never splits CJK."""
    positions: dict[str, list[int]] = {}
    for i, tok in enumerate(index_tokens(text), start=1):
        positions.setdefault(tok, []).append(min(i, MAX_PG_POSITION))
    return " ".join(f"{_tsquery_lexeme(tok)}:{','.join(map(str, sorted(set(pos))[:256]))}"
                    for tok, pos in positions.items())


def _highlight_re(phrases: list[Phrase]) -> re.Pattern[str] | None:
    """A pattern for every word-char run of the query, longest first, matched case-insensitively."""
    runs = {run for p in phrases for run, _ in _runs(p.text)}
    if not runs:
        return None
    return re.compile("|".join(re.escape(r) for r in sorted(runs, key=len, reverse=True)), re.IGNORECASE)


def highlight(text: str, phrases: list[Phrase]) -> str:
    """``text`` escaped for HTML with every query run wrapped in <mark>."""
    pattern = _highlight_re(phrases)
    if pattern is None:
        return html.escape(text)
    out, last = [], 0
    norm = normalize(text)
    # NFKC can change lengths (rare compatibility chars); highlight only when it did not
    if len(norm) != len(text):
        return html.escape(text)
    for m in pattern.finditer(norm):
        out.append(html.escape(text[last:m.start()]))
        out.append("<mark>" + html.escape(text[m.start():m.end()]) + "</mark>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def snippet(text: str, phrases: list[Phrase], size: int = SNIPPET_CHARS) -> str:
    """About ``size`` characters of ``text`` around the first match, escaped, matches in <mark>."""
    pattern = _highlight_re(phrases)
    m = pattern.search(normalize(text)) if pattern else None
    start = max(0, m.start() - SNIPPET_LEAD) if m else 0
    end = min(len(text), start + size)
    piece = text[start:end].replace("\n", " ")
    return ("…" if start else "") + highlight(piece, phrases) + ("…" if end < len(text) else "")
