"""Stage 3b, order: classified blocks in content-stream order -> blocks in reading order.

An extractor that sorts text boxes by where they stand (pdfminer does) can interleave two
stories: a column of one story comes after the other story's text, and a story that stopped
mid-sentence goes on several frames later. The frame that goes on shows it: its first line
runs the full column, so it opens no paragraph. Where the frame before it in the stream did
not stop mid-sentence, or an earlier frame that did reads on into it word for word (艰苦 /
创业, 面对诱 / 惑不为所动) while the one before it does not, it moves to follow that frame,
and the frames that go on from it move with it, with the （下转N版） that closes the last of
them in its frame; a frame that opens on a closing mark (。”老张说，…) goes on from the one
that left its quotation open. A frame that moves past a frame before it that is still open
takes the frames after it along and leaves that one to be resumed further on, as a column a
lead cut off is (two stories interleaved: A's column, B's column, A's rest, B's rest). Where nothing reads on word for
word, a column of running text that starts inside a paragraph right after a paragraph
closed on a short line resumes the latest such column, or one a new story's lead (本报讯…)
cut off mid-sentence; after a sentence that ended at the column's end it resumes such a
column only when it shares more of its words with it than with the frame before. Everything
else keeps its place; a page read in order comes out unchanged.
"""
from __future__ import annotations

from banmian.blocks import OPENING_BOX_RE, block_text, jumps_on, opens_with_lead, stops_mid_sentence
from banmian.lines import ENUMERATED_RE, FULL_LINE_SLACK_EM, INDENT_EM, column_width, display_width, is_letter_spaced, latin_wrap
from banmian.model import Block, BlockKind, Line
from banmian.words import WORD_OVER_BREAK, bigram_codes, junction_gain

# The frame before reads on into the frame if any word runs over its break: it keeps it.
NO_GAIN = 0.5
_CLAUSE_MARKS = "，。；"
_BULLETS = "■□●○◆◇▲△▼★☆·•"


# How a text frame's first line stands (_first_line).
OPENS, GOES_ON, UNSURE = "opens", "goes on", "unsure"


def _first_line(block: Block) -> str:
    """OPENS when a text frame plainly opens a paragraph (its first line set in by the
    indent, a lead (本报讯), a box's label, a bullet or a number); GOES_ON when it starts
    inside one (its first line runs the full column, or it is a single line, which shows no
    column: only a word over the break from a frame elsewhere moves that, 放，每天接待游客上万
    人次。); UNSURE otherwise."""
    lines = block.lines
    first = lines[0].text.lstrip()
    if (first[:1] in _BULLETS or ENUMERATED_RE.match(first) or opens_with_lead(lines)
            or OPENING_BOX_RE.match(first)):
        return OPENS
    if len(lines) < 2:
        return UNSURE if block.maybe_title else GOES_ON
    width, line = column_width(lines), display_width(first)
    if line <= width - INDENT_EM + FULL_LINE_SLACK_EM:
        return OPENS
    return GOES_ON if line >= width - FULL_LINE_SLACK_EM and not block.maybe_title else UNSURE


def goes_on(block: Block) -> bool:
    """Whether a text frame plainly starts inside a paragraph (see _first_line)."""
    return _first_line(block) == GOES_ON


def order_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks in reading order: frames that go on from a frame elsewhere moved after it."""
    goes_on_from: list[int | None] = [None] * len(blocks)  # the frame a frame's text goes on from
    open_ends: list[int] = []  # text frames stopped mid-sentence and not yet gone on from
    moved = False
    prev: int | None = None  # the text frame before
    dragged = False  # the text frames after a frame moved go with it
    # Open frames whose next text frame opens another article, or that a moved frame passed
    # over (article_f1 +0.051 summed over 94 generated sets, 16 up, 5 down; title_acc -0.016,
    # pages read in pdfminer's interleaved order, with the closing-mark test in _source_of).
    cut_off: list[int] = []
    for i, block in enumerate(blocks):
        if jumps_on(block) and prev in open_ends:
            open_ends.remove(prev)  # its text goes on on another page
        if block.kind is not BlockKind.BODY:
            if jumps_on(block) and i and goes_on_from[i - 1] is not None \
                    and blocks[i - 1].frame_index == block.frame_index:
                goes_on_from[i] = i - 1  # the （下转N版） that closes a moved frame moves with it
            dragged = False
            continue
        first = _first_line(block)
        if prev in open_ends and opens_with_lead(block.lines) and _cut_off_column(blocks[prev]):
            cut_off.append(prev)
        if first == GOES_ON and open_ends:
            source = _source_of(blocks, block, open_ends, prev)
            if source is None and prev is not None:
                leads_cut = [e for e in cut_off if e in open_ends]
                if _resumes(block, blocks[prev]):
                    # A column that no frame before it can go on: the latest one a new story's
                    # lead cut off mid-sentence (…施工期间，工人们克服 / 本报讯 日前，… / … /
                    # 雨季工期紧张等困难，…), or a moved frame passed over, is where it resumes.
                    source = max(leads_cut, default=None)
                    if source is not None and dragged:
                        # Among the frames a moved column took along, it may be one more of
                        # them: its words say (article_f1 +0.010 summed over 94 generated
                        # sets, one page up, none down).
                        source = _sharing_more_words(blocks, block, leads_cut, prev)
                    if (source is not None and len(block.lines) == 1 and display_width(block.lines[0].text)
                            > column_width(blocks[source].lines) + FULL_LINE_SLACK_EM):
                        source = None  # a line wider than that column (a caption across a photo) is none of its lines
                elif prev not in open_ends and _ends_full(blocks[prev].lines):
                    # The frame before finished its sentence at the column's end, so the column
                    # may go on from it or resume one a lead cut off: its words say which.
                    source = _sharing_more_words(blocks, block, leads_cut, prev)
            if source is not None:
                open_ends.remove(source)
                if source != prev:  # the text before it is the assembly's to join, titles and bylines between or not
                    goes_on_from[i] = source
                    moved = True
                    if prev in open_ends:
                        # It passed over the frame before, still open: a column further on
                        # may resume that one as it does a column a lead cut off.
                        cut_off.append(prev)
                    dragged = True
                elif dragged:
                    goes_on_from[i] = prev
            elif dragged:
                goes_on_from[i] = prev
        else:
            if prev in open_ends and first != OPENS:
                open_ends.remove(prev)  # it may go on here: nothing says it does not
            if dragged:
                goes_on_from[i] = prev
        if dragged and prev in open_ends and goes_on_from[i] == prev:
            open_ends.remove(prev)  # dragged after it, this frame is where it goes on
        if stops_mid_sentence(block.lines):
            open_ends.append(i)
        prev = i
    if not moved:
        return blocks
    return _follow(blocks, goes_on_from)


def _runs_sentences(lines: tuple[Line, ...]) -> bool:
    """Whether lines hold a clause mark: running text does, a heading or a label rarely."""
    return any(mark in line.text for line in lines for mark in _CLAUSE_MARKS)


def _cut_off_column(block: Block) -> bool:
    """Whether a text frame that stops mid-sentence is a column of running text broken off
    at its full width (three lines or more, clauses in its last two): not a label (数据来源：…),
    a contact line or a title-like frame, which stop short of a full stop too."""
    lines = block.lines
    return len(lines) >= 3 and not block.maybe_title and _runs_sentences(lines[-2:]) and _ends_full(lines)


def _resumes(block: Block, before: Block) -> bool:
    """Whether a frame that starts inside a paragraph cannot go on from the text frame
    before it, which closed its paragraph on a short line; a frame of running text (two lines
    or more with clauses, or a paragraph's last line alone, ending its sentence: …提升。),
    not a subheading set to the column's width nor a heading spread out by a gap or
    letter-spacing (读  本周推荐, 第 一 批 …). The last line alone: article_f1 +0.009 summed
    over 80 generated sets (4 up, 1 down: a one-line paragraph after the story set inside,
    which looks the same); only where the column was cut off at a 、, no change. A line wider
    than the cut-off column resumes nothing (order_blocks): +0.0016 more, 1 up, none down."""
    lines, first = before.lines, block.lines[0].text.strip()
    if "  " in first or is_letter_spaced(first):
        return False
    running = len(block.lines) >= 2 or not stops_mid_sentence(block.lines)
    return (running and _runs_sentences(block.lines) and len(lines) >= 2
            and not stops_mid_sentence(lines) and not _ends_full(lines))


def _ends_full(lines: tuple[Line, ...]) -> bool:
    """Whether a frame's last line runs its full column (digits and Latin letters may keep
    it an em or so short: lines.latin_wrap)."""
    last = lines[-1].text.strip()
    return display_width(last) >= column_width(lines) - FULL_LINE_SLACK_EM - latin_wrap(last)


def _sharing_more_words(blocks: list[Block], block: Block, candidates: list[int], prev: int) -> int | None:
    """The candidate frame that shares the most two-character pieces with ``block`` (the
    latest of equals), if it shares more than the frame before, ``prev``: a story repeats its
    names and subject (…改造工程…施工期间，工人们克服 / 本报讯 日前，县图书馆… / … / 雨季
    工期紧张等困难，分段施工…). article_f1 +0.039 summed over 35 generated sets (12 up, 3
    down) and +0.013 over 22 sets not used to make it; resuming the latest cut-off column
    without this test lost 0.014, and keeping lines alone out of the test lost 0.012."""
    mine = bigram_codes(block_text(block))
    shared = {e: len(mine & bigram_codes(block_text(blocks[e]))) for e in [*candidates, prev]}
    best = max(candidates, key=lambda e: (shared[e], e), default=None)
    return best if best is not None and shared[best] > shared[prev] else None


def _source_of(blocks: list[Block], block: Block, open_ends: list[int], prev: int | None) -> int | None:
    """Which open frame ``block`` goes on from: the text frame before it, unless that one
    finished its sentence or no word runs over its break, and a word runs over the break
    from another; None when nothing says."""
    first = block.lines[0].text
    if prev in open_ends and junction_gain(blocks[prev].lines[-1].text, first) >= NO_GAIN:
        return prev
    others = [e for e in open_ends if e != prev]
    gains = {e: junction_gain(blocks[e].lines[-1].text, first) for e in others}
    best = max(others, key=lambda e: (gains[e], e), default=None)
    if best is not None and gains[best] >= WORD_OVER_BREAK:
        return best
    closing = _closes_on(first)
    if closing and (prev not in open_ends or not _leaves_open(blocks[prev], closing)):
        # A frame opening on a closing mark (。”老张说，…) goes on from the text that left
        # its quotation or bracket open.
        open_ones = [e for e in others if _leaves_open(blocks[e], closing)]
        if open_ones:
            return open_ones[-1]
    return prev if prev in open_ends else None


_OPENER_OF = {"”": "“", "）": "（", "》": "《", "」": "「", "』": "『"}
_STOPS_BEFORE_CLOSING = "。！？!?，；…"


def _closes_on(first: str) -> str:
    """The closing mark a frame's first line opens on, maybe after a stop (。”, ！）), or ''."""
    for ch in first.lstrip()[:3]:
        if ch in _OPENER_OF:
            return ch
        if ch not in _STOPS_BEFORE_CLOSING:
            return ""
    return ""


def _leaves_open(block: Block, closing: str) -> bool:
    """Whether a frame's text leaves open the quotation or bracket that ``closing`` closes."""
    text = block_text(block)
    return text.rfind(_OPENER_OF[closing]) > text.rfind(closing)


def _follow(blocks: list[Block], goes_on_from: list[int | None]) -> list[Block]:
    """Blocks in stream order, each frame that goes on from another right after it (two
    that go on from one frame, in stream order: every block is placed once)."""
    followers: dict[int, list[int]] = {}
    for i, src in enumerate(goes_on_from):
        if src is not None:
            followers.setdefault(src, []).append(i)
    out: list[Block] = []
    for i in range(len(blocks)):
        if goes_on_from[i] is not None:
            continue  # placed after the frame it goes on from
        stack = [i]
        while stack:
            j = stack.pop()
            out.append(blocks[j])
            stack.extend(reversed(followers.get(j, ())))
    return out
