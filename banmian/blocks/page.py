"""Page-level passes over the blocks of all frames: what a block is often shows only beside
its neighbours (a caption above its credit, a headline after text that jumped pages)."""
from __future__ import annotations

import re
from dataclasses import replace

from banmian.lines import (AUTHOR_LINE_RE, CLOSING_QUOTES, ENUMERATED_RE, FULL_LINE_SLACK_EM, INDENT_EM, LEANS_BACK, SENTENCE_STOP_RE, TERMINAL_MARKS, bracket_balance, column_width,
                           display_width, is_letter_spaced, latin_slack, latin_wrap, leading_wrap_em, leads_into_next,
                           MIN_LINES_FOR_COLUMN, reaches_column, remove_all_spaces, unspaced)
from banmian.model import Block, BlockKind, Byline, Frame, Line
from banmian.blocks.furniture import LINE_CONTINUATION_RE, is_furniture, jumps_on
from banmian.blocks.bylines import BYLINE_MARK_RE, BYLINE_ROLES, ends_on_office_and_name, is_photo_credit, parse_byline, signature_ending_at, signer_start
from banmian.blocks.frame import (
    CLAUSE_END,
    CONNECTIVE_RE,
    DATED_AT_RE,
    EDITORS_NOTE_RE,
    SIDEBAR_LABEL_RE,
    BRIEF_BOX_LABEL_RE,
    COLUMN_NAME_RE,
    ASCII_COLUMN_TAG_RE,
    COLUMN_TAG_RE,
    FULL_WIDTH_TOLERANCE_EM,
    LEADS_ON_RE,
    MAX_TITLE_LINES,
    OPENING_BOX_RE,
    PAGE_CREDIT_RE,
    PLACE_SIGNER_RE,
    SENTENCE_MARKS,
    SIGN_OFF_DATE_RE,
    SOURCE_NOTE_RE,
    SPEAKS_RE,
    opens_subheadline,
    set_apart_phrases,
    phrase_gap as _phrase_gap,
    WIDER_THAN_COLUMN_EM,
    as_text,
    at_full_width as _at_full_width,
    bare_credit,
    block_text,
    holds_stop_or_comma,
    credit_at_end,
    credit_broken_at,
    credit_closes,
    ends_with_credit,
    ends_with_photo_credit,
    column_of,
    cut_line,
    is_column_name,
    line_shape,
    fits_column,
    has_clause_mark,
    tag_after_few_words,
    tag_broken_over_lines,
    title_blocks,
    classify_frame,
    opens_with_lead,
    stops_mid_sentence,
)
from banmian.words import WORD_OVER_BREAK, bigram_codes, is_word, junction_gain


# What ends a sentence or a clause: a line ending on one finishes something (…。, …，, …、).
_SENTENCE_OR_CLAUSE_END = TERMINAL_MARKS | CLAUSE_END


def _ends_mid_sentence(block: Block) -> bool:
    """Whether a text block stops mid-sentence (frame.stops_mid_sentence): a credit that closes
    a caption (…本报记者 张明摄, 李  明图  王小文) finishes it, as a source note or a letter's
    signature does. The credit asked here: article_f1 +0.0096 summed over 35 generated sets
    (5 up, none down) and +0.015 over 24 unseen sets (3 up, none down): lines over a lead
    after a caption are its headline."""
    return block.kind is BlockKind.BODY and stops_mid_sentence(block.lines)


def _next_stop(blocks: list[Block]) -> list[str | None]:
    """For each block: what comes first from it on, running text ("body") or a （下转N版）
    ("jump"), or None for neither. Text stopped mid-sentence before a jump goes on on
    another page, not in the title-like lines after it. One pass from the right."""
    stops: list[str | None] = [None] * (len(blocks) + 1)
    for k in range(len(blocks) - 1, -1, -1):
        c = blocks[k].continuation
        if blocks[k].kind is BlockKind.BODY:
            stops[k] = "body"
        elif c is not None and c.direction == "to":
            stops[k] = "jump"
        else:
            stops[k] = stops[k + 1]
    return stops


def _mark_free(b: Block) -> bool:
    """Up to three lines that hold no comma or sentence mark, end on no clause mark and do not
    end on the office and name that sign a compilation's section."""
    texts = [l.text for l in b.lines]
    return (len(texts) <= 3 and texts[-1].rstrip()[-1:] not in _SENTENCE_OR_CLAUSE_END
            and not any(map(holds_stop_or_comma, texts)) and signer_start(texts) is None)


def _resolve_maybe_titles(blocks: list[Block]) -> list[Block]:
    """A short run with commas is a title when its neighbours say so: another title next to
    it, or a byline or body opening after it, or a column's name ending it, while the text
    before it ended its sentence.
    One pass, left to right: what came before is already decided."""
    out: list[Block] = []
    content = [b for b in blocks if b.kind is not BlockKind.FURNITURE]
    after = {id(b): content[i + 1] if i + 1 < len(content) else None for i, b in enumerate(content)}
    stops = _next_stop(blocks)
    prev: Block | None = None
    for i, b in enumerate(blocks):
        if b.kind is BlockKind.FURNITURE:
            out.append(b)
            continue
        if CONNECTIVE_RE.match(b.lines[0].text):
            # Words carrying a paragraph on from the one before (据了解，…) open no title, whatever
            # stands around them (…，全面完成三年规 above a box of key points): article_f1
            # +0.003 summed over 79 generated sets (3 up, none down).
            out.append(b)
            prev = b
            continue
        nxt = after[id(b)]
        if (b.maybe_title and nxt is not None and nxt.maybe_title and nxt.kind is BlockKind.BODY
                and (b.lines[-1].text.rstrip().endswith(("、", "——"))
                     or nxt.lines[0].text.lstrip().startswith("——"))):
            # A headline broken after an item of its list (…访问马达加斯加、 / 纳米比亚、加纳), or
            # a kicker leading with a dash to its headline (…城南村—— / 这个村子，…): the pair's
            # neighbours say what it is (the kicker's dash would keep its headline from being read
            # after a finished sentence). article_f1 +0.0017 over 35 generated sets, none down.
            # So too a headline over its dash subheadline (山海相连，情谊绵长 / ——…): title_acc
            # +0.005 over 35 generated sets and over 36 unseen sets, none down.
            nxt = after[id(nxt)]
        # A lead opens an article's text, and so does a box of key points (核心阅读) above it.
        lead_next = nxt is not None and nxt.kind is BlockKind.BODY and (
            opens_with_lead(nxt.lines) or OPENING_BOX_RE.match(nxt.lines[0].text) is not None)
        # Text stopped mid-sentence goes on here, unless a （下转N版） ahead says it jumped.
        # A box of key points (核心阅读 / 对小微企业而言，每…) opens a text, whatever is above it.
        # A lead (本报某地10月 / 18日电 （记者…）…) opens text, whatever stands above it.
        headline = b.maybe_title and not OPENING_BOX_RE.match(b.lines[0].text) and not opens_with_lead(b.lines) and not (
            prev is not None and _ends_mid_sentence(prev) and stops[i + 1] != "jump") and (
            (prev is not None and prev.kind is BlockKind.TITLE and not _wrapped_paragraph(b))
            # a photo's title under its credit (■摄影 龚娟英 / 我爱你，中国 / caption)
            or (prev is not None and prev.kind is BlockKind.BYLINE and is_photo_credit(prev.bylines)
                and len(b.lines) == 1 and display_width(b.lines[0].text) <= MAX_PHOTO_TITLE_EM)
            or (nxt is not None and nxt.kind in (BlockKind.TITLE, BlockKind.BYLINE, BlockKind.DUPLICATE))
            # after a text its photo's credit closes (…周边社区的宣传。 / 郑山河摄（人民视觉））
            or (prev is not None and prev.kind is BlockKind.BODY and ends_with_credit(prev.lines))
            or (nxt is not None and _lone_title_pair(b, nxt, after.get(id(nxt))))
            or (nxt is not None and nxt.kind is BlockKind.CONTINUATION and nxt.continuation is not None
                and nxt.continuation.direction == "from")
            # after a story's （下转N版）: its text goes on on another page, not here (but a lead
            # opens a story's text, not its headline). title_acc +0.003 summed over 35 generated
            # sets and +0.014 over 36 unseen sets; article_f1 +0.007 over those (3 up, 1 down)
            or (_jumps_away(prev) and not opens_with_lead(b.lines))
            or lead_next
            # Text that stopped mid-sentence and jumps (（下转N版） next) goes on on another page:
            # lines between it and its marker not all set to its column are its headline, drawn
            # after it (…刚住进新社区，有 / 长沙市岳麓区推进网格化管理 / 居民烦心事，消解在源头 / （下转15版）).
            or (nxt is not None and nxt.kind is BlockKind.CONTINUATION and stops[i + 1] == "jump" and prev is not None
                and _ends_mid_sentence(prev) and _off_column(b, column_width(prev.lines)))
            or COLUMN_TAG_RE.search(b.lines[-1].text) is not None
            or _lone_line_between_paragraphs(b, prev, nxt)
            or nxt is None and prev is not None  # after the last finished text: a headline drawn last
            # a line alone that opens the page's stream and ends neither a sentence nor a clause
            # (走过家门口，我们无比自豪, then a compilation's sections): no text opens a page so.
            # article_f1 +0.002 summed over 35 generated sets (2 up, none down) and +0.005 over
            # 32 unseen sets (3 up, 1 down: a dash subheadline drawn inside its story's text).
            or prev is None and len(b.lines) == 1 and b.lines[0].text.rstrip()[-1:] not in _SENTENCE_OR_CLAUSE_END
            # a few lines opening the stream with no comma or sentence mark in them at all
            # (…十八载 风劲正是扬帆时 / …：发挥…优势 / …先导区), though set to its column:
            # title_acc +0.011 over 83 generated sets (3 pages up, one of them read).
            or prev is None and _mark_free(b))
        if headline and _paragraphs_first_line_alone(b, prev) and (
                nxt is None or nxt.kind not in (BlockKind.TITLE, BlockKind.DUPLICATE)
                # ... nor before titles its sentence goes on past, in text at the full column
                # (街道表示，针对小区停车难 / another story's headline / 和充电难等问题，…): the
                # titles stand inside its text. article_f1 +0.056 summed over 125 generated
                # sets (1 page up, none down).
                or _goes_on_past_titles(b, prev, nxt, after)):
            headline = False
        if headline and _breaks_word_into(b, nxt):
            headline = False
        if headline and len(b.lines) > 1 and ends_with_photo_credit(b.lines):
            # a caption its photo's credit closes (…的时光 本报记者 某某、 / 某某摄), however
            # wide a spread's photo sets it: article_f1 +0.004 summed over 35 generated sets (2
            # up, 1 down) and +0.007 over 36 unseen sets (one page up, of the session's start pair)
            headline = False
        if not headline and b.maybe_title and b.kind is BlockKind.BODY:
            # where the text before stopped mid-sentence
            then = after.get(id(nxt)) if nxt is not None else None
            headline = _headline_inside_text(b, prev, nxt) or _headline_over_signed_lead(b, prev, nxt, then)
        # Lines that neither finish a sentence nor go on from one, above a lead, are a headline
        # too, set to a column's width (城南街道启用社区服务直通热线平台 / 服务零距离，24小时有回应).
        if (headline or b.kind is BlockKind.BODY and lead_next and _stands_alone(b, prev)
                or b.kind is BlockKind.BODY and nxt is not None and _title_line_after_paragraph(b, prev, nxt, after[id(nxt)])):
            k = _text_under_heading(b)
            if k is not None:
                # (a heading glued over the first lines of its text: only the heading is a title)
                out.extend(title_blocks(list(b.lines[:k]), b.frame_index))
                out.append(Block(BlockKind.BODY, b.lines[k:], b.frame_index))
                prev = out[-1]
                continue
            titles = title_blocks(list(b.lines), b.frame_index)
            out.extend(titles)
            prev = titles[-1]
            continue
        out.append(b)
        prev = b
    return out


def _mark_before_closers(text: str) -> str:
    """A line's last character before its closing quotes and brackets (…还没睡！” -> ！): a
    quote or bracket closing after a sentence's mark ends the sentence, one after words does not."""
    return text.rstrip().rstrip(CLOSING_QUOTES + "）)")[-1:]


def _text_under_heading(b: Block) -> int | None:
    """Where text starts in a run read as a title that is a heading over the first lines of its
    text (小镇的变化看得见 / “这几年镇上新修的公 / 路通到了家门口，赶集、看 / 病都方便多了！”):
    three lines or more, the last ending a sentence, lines with clauses after the clause-free
    heading's; a heading's line never runs a word into the line after it, so the text starts
    at the first line that does (公 / 路). None where the run reads as one title. article_f1 +1.41,
    title_acc +0.57, para_f1 +0.27 summed over 133 generated sets (5 pages up, 1 down by
    0.06: an interview's subheading over a question, which the assembly then read as a story)."""
    lines = [l.text for l in b.lines]
    if len(lines) < 3 or _mark_before_closers(lines[-1]) not in "。！？!?":
        return None
    k = next((i for i, t in enumerate(lines) if has_clause_mark(t)), len(lines))
    if k == 0 or k >= len(lines) - 1:
        return None
    while k > 0 and junction_gain(lines[k - 1], lines[k]) > 0.0:
        k -= 1
    return k or None


def _wrapped_paragraph(b: Block) -> bool:
    """Whether a maybe-title run of three lines or more wraps as a paragraph does, its first
    line stopping on a clause mark, the lines but the last as wide, the last shorter: under a
    title it is the story's first paragraph (…号角骤然响起， / …交响——), not a title line.
    article_f1 +0.003 summed over 35 generated sets and +0.004 on the session's start pair (a
    page read; one page up each, none down); no change over 34 unseen sets.
    So is a run whose first line, cut anywhere but at a sentence's end, is set in by the
    indent from the lines after it (2019年5月8日，县里的 / 专家组来到村里，把…, a line at the
    measure less two ems, then lines at the measure): article_f1 +0.010 summed over 80
    generated sets (4 up, none down)."""
    if len(b.lines) < 3:
        return False
    full = [display_width(l.text) for l in b.lines[:-1]]
    if _set_in_over_wrapped_lines(b.lines, full):
        return True
    w = max(full)
    # (a line may fall an em short of the measure where a mark could not open the next)
    return (b.lines[0].text.rstrip()[-1:] in CLAUSE_END and min(full) >= w - 1.0
            and display_width(b.lines[-1].text) < w - 1.0)


def _set_in_over_wrapped_lines(lines: tuple[Line, ...], full: list[float]) -> bool:
    """Whether a run's first line stands an indent in from the lines after it, which run one
    measure (within an em), and its last line stops short of that measure. Digits and Latin
    letters, set wider than counted, may keep the first line further short (latin_wrap)."""
    first, inner = lines[0].text, full[1:]
    w = min(inner)
    return (max(inner) - w <= FULL_LINE_SLACK_EM and display_width(lines[-1].text) < w - FULL_LINE_SLACK_EM
            and first.rstrip()[-1:] not in TERMINAL_MARKS
            and w - INDENT_EM - 0.5 - latin_wrap(first) <= display_width(first) <= w - INDENT_EM + 0.5)


def _breaks_word_into(b: Block, nxt: Block | None) -> bool:
    """Whether lines with a clause mark stop inside a word that the next frame, a column of
    text going on at its full width, finishes (乡亲们，朋友们： / 此刻，大家怀着十分激 |
    动的心情相聚…): a title ends its phrase, so these are the text's first lines.
    article_f1 -0.0007 summed over 35 generated sets (1 up, 2 down: a paragraph's first line
    alone, read as text, then joins the story before) and +0.011 over 26 unseen sets (2 up,
    none down)."""
    if nxt is None or nxt.kind is not BlockKind.BODY or len(nxt.lines) < 2:
        return False
    last = b.lines[-1].text.rstrip()
    if not last or not "\u4e00" <= last[-1] <= "\u9fff" or not any(has_clause_mark(l.text) for l in b.lines):
        return False
    w = _body_width(nxt)
    if not w or not reaches_column(nxt.lines[0].text, w):
        return False
    return junction_gain(last, nxt.lines[0].text) >= WORD_OVER_BREAK


def _goes_on_past_titles(b: Block, prev: Block | None, nxt: Block, after: dict[int, Block | None]) -> bool:
    """Whether the text after the titles ``nxt`` opens, set to the column of ``prev``, goes on
    with the sentence of ``b``: it opens on a character leaning back on the words before (和,
    的…) or a word runs over the break."""
    then: Block | None = nxt
    while then is not None and then.kind in (BlockKind.TITLE, BlockKind.DUPLICATE):
        then = after.get(id(then))
    w = _body_width(prev) if prev is not None else None
    if then is None or then.kind is not BlockKind.BODY or not w or not reaches_column(then.lines[0].text, w):
        return False
    first = then.lines[0].text.lstrip()
    return first[:1] in LEANS_BACK and not is_word(first[:2]) or junction_gain(b.lines[0].text, first) >= WORD_OVER_BREAK


def _paragraphs_first_line_alone(b: Block, prev: Block | None) -> bool:
    """A line alone in its frame after a finished paragraph, set to that column's width less
    the indent, with a clause mark inside and no stop at its end (那年秋天，他): a paragraph's
    first line, whose sentence the stream drew on elsewhere. A headline is set in a larger
    type, so its characters rarely fill the text's indented line, and a byline after it says
    nothing more: another story may open there. A title after it does (a headline broken over
    a subheading), so the caller keeps that case.
    article_f1 +0.029 over 35 generated sets (9 up, none down)."""
    if not (len(b.lines) == 1 and prev is not None and prev.kind is BlockKind.BODY and not _ends_mid_sentence(prev)):
        return False
    w = _body_width(prev)
    text = b.lines[0].text.rstrip()
    return w is not None and _indented_line(text, (w,)) and _CLAUSE_RE.search(text[:-1]) is not None


def _headline_inside_text(b: Block, prev: Block | None, nxt: Block | None) -> bool:
    """A line alone in its frame, between text that stops mid-sentence at the full column and
    text that goes on at the full column (…比去年多了 / 小城夜市，点亮烟火气 / 三成，…), set
    neither to the column nor to its indent and finishing no sentence: no line inside a
    sentence stops short of the column, so it is a headline the stream drew beside the middle
    of its story's text. Digits and Latin letters make widths loose: not with them."""
    if not (len(b.lines) == 1 and prev is not None and prev.kind is BlockKind.BODY and nxt is not None
            and nxt.kind is BlockKind.BODY and len(nxt.lines) > 1
            and b.frame_index not in (prev.frame_index, nxt.frame_index) and _ends_mid_sentence(prev)):
        return False
    w = _body_width(nxt) or _body_width(prev)  # a frame of two lines shows no column of its own
    text = b.lines[0].text
    if not w or len(remove_all_spaces(text)) < MIN_HEADLINE_CHARS or latin_slack(text):
        return False
    return (_mark_before_closers(text) not in "。！？!?…"
            and reaches_column(prev.lines[-1].text, w) and reaches_column(nxt.lines[0].text, w)
            and not _at_full_width(text, (w,)) and not _at_indent(text, (w,)))


def _headline_over_signed_lead(b: Block, prev: Block | None, nxt: Block | None, then: Block | None) -> bool:
    """A line alone in its frame over a staff byline and a lead (…随着县城 / 谢谢你，县城的
    守夜人 / ■记者 某某 / 本报讯…), after text that stopped mid-sentence: that sentence goes
    on elsewhere, as the lead opens another story; the line, finishing no sentence, is the
    story's headline. Only one page changes over 79 generated sets (title_acc up; a page of
    the session's start pair, read)."""
    return (len(b.lines) == 1 and prev is not None and prev.kind is BlockKind.BODY and _ends_mid_sentence(prev)
            and nxt is not None and nxt.kind is BlockKind.BYLINE and not is_photo_credit(nxt.bylines)
            and then is not None and then.kind is BlockKind.BODY and opens_with_lead(then.lines)
            and b.frame_index not in (prev.frame_index, nxt.frame_index)
            and _mark_before_closers(b.lines[0].text) not in "。！？!?…")


def _title_line_after_paragraph(b: Block, prev: Block | None, nxt: Block, then: Block | None) -> bool:
    """A line alone in its frame, finishing no sentence, after a paragraph that ended short of
    its column and before a title in another frame, set not at the column's indent (服务更暖心，
    让数据多跑路、 / 群众少排队): after a paragraph's end only a paragraph's indented first line
    opens text, so the line is the title's first, broken off by the extractor. The title is
    one line ending its phrase, and a paragraph at the indent (or a lead) follows it; a quote
    opening either line is a pull quote's. article_f1 +0.013, title_acc +0.005 summed over 35
    generated sets (6 up, 2 down by 0.002 or less)."""
    if not (len(b.lines) == 1 and prev is not None and prev.kind is BlockKind.BODY and len(nxt.lines) == 1
            and nxt.kind is BlockKind.TITLE and b.frame_index not in (prev.frame_index, nxt.frame_index)
            # a paragraph's first line alone in its frame may still read as a title at this pass
            and then is not None and then.kind in (BlockKind.BODY, BlockKind.TITLE)):
        return False
    end = nxt.lines[0].text.rstrip()[-1:]
    if end in CLAUSE_END or end in "的和与及在对把将为向从被":
        return False  # a title's last line ends its phrase: no clause mark, no word leaning on more
    w = _body_width(prev)
    text, last = b.lines[0].text, prev.lines[-1].text
    if (not w or latin_slack(text) or latin_slack(last) or text.rstrip()[-1:] not in "，、"
            or "“" in text or nxt.lines[0].text.lstrip()[:1] == "“"):
        return False
    return (SENTENCE_STOP_RE.search(last) is not None and not reaches_column(last, w)
            and not _at_indent(text, (w,)) and display_width(text) <= w + FULL_WIDTH_TOLERANCE_EM
            and (opens_with_lead(then.lines) or _at_indent(then.lines[0].text, (w,), latin_wrap(then.lines[0].text))))


# Words that join a list's last item to the items before it (…人才不足、 / 和市场衔接不够紧).
_LIST_JOINERS = "和及与并或等"


def _ends_a_list(last: str, text: str) -> bool:
    """Whether a line goes on from a list the line before left open at its enumeration comma:
    it opens with the word that joins the list's last item (和, 及, 等), not with a word that
    merely begins with it (和平, 等待). No headline follows a comma set for the next item.
    article_f1 +0.003 summed over 35 generated sets (1 up, none down)."""
    t = text.lstrip()
    return last.rstrip().endswith("、") and t[:1] in _LIST_JOINERS and not is_word(t[:2])


def _heading_over_paragraph(b: Block, prev: Block, nxt: Block) -> bool:
    """A mark-free line alone in its frame, after text that stopped mid-sentence and over a
    frame opening a paragraph at the indent (…城里最早的两座 / 见证小城的变迁 / 今年，是…):
    short of the column, it is no line inside the sentence, and finishing none it ends no
    paragraph: a heading, the sentence before it going on elsewhere. A line opening with a
    particle (的…) leans on the words before it. article_f1 +0.002, title_acc +0.009,
    byline_acc +0.015 summed over 35 generated sets (3 up, 2 down: a paragraph without a stop,
    as a caption's may be, reads as a heading)."""
    if not (len(b.lines) == 1 and nxt.kind is BlockKind.BODY and b.frame_index not in (prev.frame_index, nxt.frame_index)):
        return False
    w = _body_width(nxt)
    text = b.lines[0].text
    if (not w or has_clause_mark(text) or latin_slack(text) or len(remove_all_spaces(text)) < MIN_HEADLINE_CHARS
            or text.lstrip()[:1] in LEANS_BACK or text.rstrip()[-1:] in "—－-"):
        return False  # (a dash, as a colon, leads on into the paragraph after it: …一路同行—— / 那一年…)
    return (text.rstrip()[-1:] not in TERMINAL_MARKS and not _at_full_width(text, (w,))
            and reaches_column(prev.lines[-1].text, w) and not _closes_open_quote(text, prev)
            and _at_indent(nxt.lines[0].text, (w,), latin_wrap(nxt.lines[0].text))
            and junction_gain(prev.lines[-1].text, text) == 0.0 and junction_gain(text, nxt.lines[0].text) == 0.0)


def _jumps_away(block: Block | None) -> bool:
    """Whether a block is a story's jump marker (（下转N版）): its text goes on on another page."""
    return (block is not None and block.kind is BlockKind.CONTINUATION and block.continuation is not None
            and block.continuation.direction == "to")


def _lone_line_between_paragraphs(b: Block, prev: Block | None, nxt: Block | None) -> bool:
    """A line with commas in a frame of its own, between text that finished its sentence and
    text that opens a paragraph at the indent (…基石筑得更牢一些。 / 致敬，城市“夜行人” /
    “夜深了，他们还没…): it ends no sentence, so no paragraph ends with it, and it runs on into
    none (no line set to the full column does, nor one a word runs over from: 这些年，老张和同 /
    事们…, where the next line only looks indented because a quote went down with its word):
    a heading. So are two lines set as a headline's (balanced, no label, see _set_as_headline)
    whose first stops short of the text's column or runs past it (全省青少年足球邀请赛在…开幕 /
    绿茵场上，少年们逐梦前行): a paragraph's would reach the column, the last ending its sentence."""
    jumped = _jumps_away(prev)  # (…的努力， / （下转7版）): that text went on elsewhere
    # (a reporter's byline before it signs the story it heads: ■记者 某某 / 小竹篮，大产业 / …;
    # article_f1 +0.004 summed over 35 generated sets and +0.001 over 36 unseen sets, 1 up
    # each, none down)
    signed = prev is not None and prev.kind is BlockKind.BYLINE and not is_photo_credit(prev.bylines)
    if not (len(b.lines) <= 2 and prev is not None and (prev.kind is BlockKind.BODY or jumped or signed) and nxt is not None
            and nxt.kind is BlockKind.BODY and b.frame_index not in (prev.frame_index, nxt.frame_index)):
        return False
    w = _body_width(nxt)
    if not w:
        return False
    text = b.lines[-1].text
    if len(b.lines) == 2 and (not _set_as_headline(b, prev)
                              or _at_full_width(b.lines[0].text, (w,), latin_wrap(b.lines[0].text))):
        return False
    # under a first line wider than the column, the last may reach it (…开幕 / 绿茵场上，…)
    wide = len(b.lines) == 2 and display_width(b.lines[0].text) > w + FULL_WIDTH_TOLERANCE_EM
    wrap = latin_wrap(text)  # digits and Latin letters set wider than counted
    # A closing quote ends a sentence only after its mark (…还没睡！”), not after words (“夜行人”).
    return (_mark_before_closers(text) not in "。！？!?…"
            and not _ends_mid_sentence(prev)
            and _at_indent(nxt.lines[0].text, (w,), latin_wrap(nxt.lines[0].text))
            and (wide or not _at_full_width(text, (w,), wrap))
            # a line whose digits set its width loose, at the indent, is a paragraph's first,
            # its sentence gone on in a frame elsewhere (前年10月16日，县里召开 / …)
            and not (wrap and _at_indent(text, (w,), wrap))
            and junction_gain(text, nxt.lines[0].text) == 0.0)


def _lone_title_pair(b: Block, nxt: Block, then: Block | None) -> bool:
    """Two one-line runs with commas, each a frame of its own and neither set to the column
    of the text after them (扬帆出海，本地茶叶拓展新市场 / 县人大常委会主任、副主任视察城区
    防汛工作 / 10月14日，…): two headlines set side by side, not two lines of one paragraph."""
    if not (nxt.maybe_title and len(b.lines) == 1 and len(nxt.lines) == 1 and b.frame_index != nxt.frame_index):
        return False
    w = _body_width(then)
    if not w:
        return False
    return not any(fits_column(x.lines[0].text, (w,)) for x in (b, nxt))


def _off_column(block: Block, width: float) -> bool:
    """Whether a line of the block is set wider or narrower than a column of ``width``."""
    return any(abs(display_width(l.text) - width) > FULL_WIDTH_TOLERANCE_EM for l in block.lines)


# A photo's title is a few words (我爱你，中国); a longer line after a credit may open text.
MAX_PHOTO_TITLE_EM = 8


def _stands_alone(block: Block, prev: Block | None) -> bool:
    """Whether a short body block holds no sentence: a few lines without a full stop that
    end none, after text that finished its own (or after no text)."""
    texts = [l.text for l in block.lines]
    return (len(texts) <= MAX_TITLE_LINES and texts[-1].rstrip()[-1:] not in TERMINAL_MARKS
            and not ends_with_credit(block.lines)
            and not any(c in t for t in texts for c in "。！？!?；")
            and (prev is None or prev.kind is not BlockKind.BODY or not _ends_mid_sentence(prev)))


MAX_SECTION_HEADING_LINES = 2
# Marks that set off a clause: a caption or a label has none (a headline's phrases part by spaces).
_CLAUSE_RE = re.compile(r"[，、；：。！？,;:!?]")
MAX_WRAP_REMAINDER_EM = 4.0


def _title_runs(blocks: list[Block]) -> list[tuple[int, int]]:
    """Each run of title blocks (with their duplicates) as blocks[i:j]."""
    runs = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind is not BlockKind.TITLE:
            i += 1
            continue
        j = i
        while j < len(blocks) and blocks[j].kind in (BlockKind.TITLE, BlockKind.DUPLICATE):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _signed_sections_to_body(blocks: list[Block]) -> list[Block]:
    """A compilation (a forum's speeches, 发言摘登) opens each section with a heading signed by
    its speaker's office and name (用户是互联网思维的核心 / 人民日报社新媒体中心主任 / 丁  伟):
    title-like lines that are text of the compilation, as the paper's own archive keeps them.

    Only where a page holds two signed sections or more: one alone may be a headline over its
    author. A section right after running text stays a title if it is the page's first: the
    text before may be another story's."""
    sections: list[tuple[int, int]] = []  # blocks[a:b] a signed section set as titles
    for i, j in _title_runs(blocks):
        nxt = blocks[j] if j < len(blocks) else None
        over_text = nxt is not None and nxt.kind is BlockKind.BODY and not opens_with_lead(nxt.lines)
        start = _signed_section_start(blocks, i, j, column_of(nxt.lines)) if nxt is not None and over_text else None
        if start is not None:
            sections.append((start, j))
        elif i > 0 and blocks[i - 1].kind is BlockKind.BODY:
            # A section's heading and signature in a frame of their own right after text, with
            # no text under them in the run: the last section's, cut off from its text, over the
            # compilation's headline drawn after it (article_f1 +0.018 summed over 35 generated
            # sets, 3 up, none down; +0.006 over 34 unseen sets). Where titles follow them in the
            # run over text, they may be the text's first line, alone in its frame (…副总编辑 /
            # 王  某 / 地方媒体先要守住本地 / rest): article_f1 +1.49, title_acc +1.82 summed
            # over 123 generated sets (4 and 7 pages up, none down).
            end = _signature_end(blocks, i, j)
            start = _signed_section_start(blocks, i, end, column_of(blocks[i - 1].lines))
            if start is None and end < j:
                # the heading and the signature each in a frame of their own (pdfminer.six):
                # the section ends with the second frame
                end2 = _signature_end(blocks, end, j)
                if _signed_section_start(blocks, i, end2, column_of(blocks[i - 1].lines)) == i:
                    end, start = end2, i
            if start == i + 1 and _closing_note_block(blocks[i]):
                # the note closing the section before may open the run, set as a title in the
                # heading's frame ((本报记者某某采访整理) / heading / name, then (下转N版)):
                # article_f1 +0.60 summed over 137 generated sets (1 page up, none down)
                start = i
            if start is not None and start == i and (not over_text or end < j):
                sections.append((start, end))
    if not sections:
        return blocks
    in_text = sum(1 for b in blocks if b.kind is BlockKind.BODY and _signed_in_text(b))
    if len(sections) + in_text < 2:
        return blocks
    out = list(blocks)
    for n, (a, b) in reversed(list(enumerate(sections))):
        # Unless its text ends on a note as a section's does (…生产力。（作者为某大学教授）):
        # a story and its byline are seldom closed so, and with the sections after it read as
        # text, left a title it would part from them (see _COUNTRY_SIGNER_RE in blocks.bylines
        # for the figures).
        if (n == 0 and in_text == 0 and a > 0 and blocks[a - 1].kind is BlockKind.BODY
                and not (b < len(blocks) and _ends_on_note(blocks[b]))):
            continue
        out[a:b] = [as_text(blocks[a:b])]
    return out


MAX_DASHED_HEADING_LINES = 4


def _ends_in_dash(block: Block) -> bool:
    return _ends_in_dash_line(block.lines[-1].text)


def _ends_in_dash_line(text: str) -> bool:
    return text.rstrip().endswith("——")


_LABEL_CLAUSE_RE = re.compile(r"[，；：。！？,;:!?]")
# A section's closing note on a line of its own: who wrote or recorded it, in brackets.
_CLOSING_NOTE_LINE_RE = re.compile(r"^\s*[（(][^（）()]{2,30}[）)]\s*$")


_ENDS_ON_NOTE_RE = re.compile(r"[。！？”][（(][^（）()]{2,60}[）)]$")


def _ends_on_note(block: Block) -> bool:
    """Whether a block of text ends with a note in brackets after its last sentence
    (…成果迅速转化为生产力。（作者为某大学教授）): a compilation's section closed by its note."""
    tail = "".join(l.text.strip() for l in block.lines[-4:])
    return _ENDS_ON_NOTE_RE.search(tail) is not None


def _closing_note_block(block: Block) -> bool:
    """Whether a block is one line of a section's closing note (（本报记者某某采访整理）)."""
    return len(block.lines) == 1 and _CLOSING_NOTE_LINE_RE.match(block.lines[0].text) is not None


def _after_closing_note(blocks: list[Block], i: int, k: int) -> bool:
    """Whether the dashed label ending at blocks[k], in the title run starting at i, comes
    right after the note closing the section before (（本报记者 某某） / 某某——), in its frame
    or just before it."""
    a = min(m for m in range(i, k + 1) if blocks[m].frame_index == blocks[k].frame_index)
    return bool(_CLOSING_NOTE_LINE_RE.match(blocks[a].lines[0].text)
                or a > 0 and _CLOSING_NOTE_LINE_RE.match(blocks[a - 1].lines[-1].text))


def _dashed_sections_to_body(blocks: list[Block]) -> list[Block]:
    """A compilation of profiles opens each section with a label ended by a dash, the person
    whose words or story follow (城东街道社区合唱团团员王 / 秀兰——): text of the
    compilation, with a byline set under it, as the paper's own archive keeps them.

    A kicker ends in a dash too, but its headline comes after it among the title lines; a label
    is the last of them. Only where a page holds two such sections or more. The last section's
    label and heading may stand over the marker its text jumps with; such a section is read so
    only where labels stand inside the text too, each under the note closing the section
    before (title_acc +0.003 summed over 35 generated sets; article_f1 +0.004 on the session's
    start pair, a page read, and +0.0007 over 34 unseen sets; none down)."""
    sections: list[tuple[int, int]] = []  # blocks[a:b] a dashed section's heading (and byline)
    jumping: list[tuple[int, int]] = []  # the last section's heading over its jump marker
    headed: list[tuple[int, int]] = []  # a label over its section's heading, both read as titles
    for i, j in _title_runs(blocks):
        k = j + 1 if j < len(blocks) and blocks[j].kind is BlockKind.BYLINE else j
        titles = [m for m in range(i, j) if blocks[m].kind is BlockKind.TITLE]
        last = titles[-1]
        if not _ends_in_dash(blocks[last]) and k < len(blocks) and blocks[k].kind is BlockKind.CONTINUATION:
            # the last section's label and its heading, over the marker its text jumps with
            # (a column's name after it closes a kicker's headline: …——/ 跑出…第一棒 / （最美奋斗者）)
            dashed = [m for m in titles if _ends_in_dash(blocks[m])]
            if dashed and blocks[dashed[-1]].frame_index != blocks[last].frame_index and not any(
                    _closed_by_column_name(blocks[m].text) or COLUMN_NAME_RE.match(blocks[m].text)
                    for m in titles if m > dashed[-1]) and _after_closing_note(blocks, i, dashed[-1]):
                last = dashed[-1]
                k = j
            else:
                continue
        elif not (k < len(blocks) and blocks[k].kind is BlockKind.BODY and not opens_with_lead(blocks[k].lines)):
            continue
        if _ends_in_dash(blocks[last]):
            a = min(m for m in titles if blocks[m].frame_index == blocks[last].frame_index)
            if (a - 2 >= i and blocks[a - 1].kind is BlockKind.TITLE and len(blocks[a - 1].lines) == 1
                    and _after_note_in_frame(blocks, a - 1)):
                # the label's head broken off into the frame of the note closing the section
                # before (（本报记者 某某） / 某市某公司营业部负责人王 // 明——)
                a -= 1
            label = [l.text.strip() for m in range(a, last + 1) if blocks[m].kind is BlockKind.TITLE for l in blocks[m].lines]
            # A label names someone or somewhere: no clause in it (names listed with 、 may be
            # there), and more than a word's end (…雄姿英 / 发——).
            if (len(label) <= MAX_DASHED_HEADING_LINES and len("".join(label)) > len("——") + 1
                    and not any(_LABEL_CLAUSE_RE.search(t) for t in label)):
                (jumping if k == j and blocks[k].kind is BlockKind.CONTINUATION else sections).append((a, k))
        elif k == j and _label_ends_in_text(blocks, i, last, k):
            sections.append((last, k))
        elif k == j and (start := _label_over_heading(blocks, i, titles)) is not None and _closed_by_note(blocks, k):
            headed.append((start, k))
    in_text = sum(1 for b in blocks if b.kind is BlockKind.BODY and len(b.lines) <= MAX_SECTION_HEADING_LINES and _ends_in_dash(b))
    # A kicker over its headline before the jump reads as the last section does: only where
    # labels stand inside the compilation's text too, each under the note closing the section
    # before it (（本报记者 某某） / 某部队方队政委某某——).
    glued = sum(1 for b in blocks if b.kind is BlockKind.BODY for n, l in enumerate(b.lines)
                if _ends_in_dash_line(l.text) and any(_CLOSING_NOTE_LINE_RE.match(m.text)
                                                       for m in b.lines[max(0, n - MAX_DASHED_HEADING_LINES):n]))
    if jumping and glued >= 2:
        sections = sorted(sections + jumping)
        in_text = max(in_text, glued)
    if headed and _noted_labels(blocks) >= MIN_NOTED_LABELS:
        # A label ended by a dash, then its section's heading, a line or two with no sentence's
        # mark, in the label's frame or one of its own (某公司营业部负责人王某—— / 把好听的歌儿
        # 唱给家乡 / text … （本报记者 某某）): a kicker over its headline stands so too, but here
        # the section's text ends in the note of who recorded it, and labels under such notes
        # open two sections of the page or more. article_f1 +0.90, title_acc +3.10 summed over
        # 125 generated sets (3 and 11 pages up; 1 down: a photo's title after the last
        # section's label, which the compilation's text then took).
        sections = sorted(sections + headed)
    if not sections:
        return blocks
    if len(sections) + in_text < 2:
        return blocks
    out = list(blocks)
    for a, b in reversed(sections):
        out[a:b] = [as_text(blocks[a:b])]
    return out


MIN_NOTED_LABELS = 2


def _holds_note(lines: list[str]) -> bool:
    """Whether lines hold a note closing a section (（本报记者 某某）), maybe broken over two."""
    return any(_CLOSING_NOTE_LINE_RE.match(t) or _CLOSING_NOTE_LINE_RE.match(t.strip() + nxt.strip())
               for t, nxt in zip(lines, lines[1:] + [""]))


def _noted_labels(blocks: list[Block]) -> int:
    """How many lines ending in a dash (a section's label) stand right under a closing note."""
    lines = [l.text for b in blocks if b.kind is not BlockKind.FURNITURE for l in b.lines]
    return sum(1 for n, t in enumerate(lines) if _ends_in_dash_line(t)
               and _holds_note(lines[max(0, n - MAX_DASHED_HEADING_LINES):n]))


def _closed_by_note(blocks: list[Block], k: int) -> bool:
    """Whether the text from blocks[k] on ends in a closing note, in its frames or opening the
    title run after them (the note over the next section's label)."""
    lines: list[str] = []
    while k < len(blocks) and blocks[k].kind is BlockKind.BODY:
        lines.extend(l.text for l in blocks[k].lines)
        k += 1
    if k < len(blocks) and blocks[k].kind is not BlockKind.FURNITURE:
        lines.extend(l.text for l in blocks[k].lines[:2])
    return _holds_note(lines)


def _label_over_heading(blocks: list[Block], i: int, titles: list[int]) -> int | None:
    """Where a section's label begins among the title blocks ``titles`` (of the run starting
    at ``i``) when the run ends with a label and its section's heading: the label's last line
    ends in a dash, and after it, in its frame or in one frame of its own, come one or two
    lines with no sentence's mark, bracket, dash or phrase gap (another story's headline has
    those). The label holds no clause (it names someone: an office and a name), and stands
    under the compilation's headline or under the note closing the section before."""
    dashed = [m for m in titles if _ends_in_dash(blocks[m])]
    if not dashed:
        return None
    d = dashed[-1]
    after = [m for m in titles if m > d]
    if not after or len({blocks[m].frame_index for m in after}) != 1:
        return None
    heading = [l.text.strip() for m in after for l in blocks[m].lines]
    joined = "".join(heading)
    if (len(heading) > MAX_SECTION_HEADING_LINES or "（" in joined or "(" in joined
            or any(c in SENTENCE_MARKS for c in joined) or any(map(_ends_in_dash_line, heading))
            or any(map(_phrase_gap, heading))):
        return None
    a = min(m for m in titles if blocks[m].frame_index == blocks[d].frame_index)
    if a == i and not _after_closing_note(blocks, i, d):
        return None
    label = [l.text.strip() for m in range(a, d + 1) if blocks[m].kind is BlockKind.TITLE for l in blocks[m].lines]
    if (len(label) > MAX_DASHED_HEADING_LINES or len("".join(label)) <= len("——") + 1
            or any(_LABEL_CLAUSE_RE.search(t) for t in label)):
        return None
    return a


def _label_ends_in_text(blocks: list[Block], i: int, last: int, k: int) -> bool:
    """Whether the title line blocks[last], alone after the note closing the section before
    in its frame (（本报记者 某某） / 某省某某总队某某大队), is a label's head its frame broke
    off: the text after opens with the label's dashed end, a line of it (特勤站站长王某—— /
    守护一方平安 / “今天…), and the whole names someone, no clause in it."""
    first = blocks[k].lines[0].text
    head = blocks[last]
    if not (len(head.lines) == 1 and last - 1 >= i and _after_note_in_frame(blocks, last) and _ends_in_dash_line(first)):
        return False
    w = _body_width(blocks[k])
    return ((w is None or display_width(first) <= w + 0.5)
            and not any(_LABEL_CLAUSE_RE.search(t) for t in (head.lines[0].text, first)))


# A section's label and what it names (地点：某县某村, 关键词：…): a compilation's sections
# may each open so, the label the same each time.
_SECTION_LABEL_LINE_RE = re.compile(r"^\s*([\u4e00-\u9fff]{2,3})[：:]\s*\S")


def _labelled_sections_to_body(blocks: list[Block]) -> list[Block]:
    """A compilation whose sections each open with the same label (地点：某县某村 / 帮老乡收
    稻谷, 地点：… / …): a label's heading read as titles is text of the compilation, as the
    other sections' openings set in the text frames are, with the reporter's line under it.
    Only where the label opens three sections or more on the page. article_f1 +0.006 over 32
    unseen sets (one page up, of the session's start pair); no change over 35 generated sets."""
    count: dict[str, int] = {}
    for b in blocks:
        if b.kind in (BlockKind.BODY, BlockKind.TITLE):
            for l in b.lines:
                # (a plain test first: this runs on every line of every page)
                m = _SECTION_LABEL_LINE_RE.match(l.text) if "：" in l.text[:8] or ":" in l.text[:8] else None
                if m:
                    count[m.group(1)] = count.get(m.group(1), 0) + 1
    if not count or max(count.values()) < MIN_LABELLED_SECTIONS:
        return blocks
    out = list(blocks)
    for i, j in reversed(_title_runs(blocks)):
        m = _SECTION_LABEL_LINE_RE.match(blocks[i].lines[0].text)
        if m is None or count[m.group(1)] < MIN_LABELLED_SECTIONS or sum(len(b.lines) for b in blocks[i:j]) < 2:
            continue  # (a label alone, 作者：某某 under each book's title, heads a list's items)
        k = j + 1 if j < len(blocks) and blocks[j].kind is BlockKind.BYLINE else j
        if k < len(blocks) and blocks[k].kind is BlockKind.BODY and not opens_with_lead(blocks[k].lines):
            out[i:k] = [as_text(blocks[i:k])]
    return out


MIN_LABELLED_SECTIONS = 3


def _signed_section_start(blocks: list[Block], i: int, j: int, width: float | None) -> int | None:
    """Where a signed section begins among the title blocks blocks[i:j] (its heading's first
    block), or None if they do not end with an office and a name."""
    titles = [k for k in range(i, j) if blocks[k].kind is BlockKind.TITLE]
    lines = [(k, l.text) for k in titles for l in blocks[k].lines]
    s = signer_start([t for _, t in lines])
    if s is None:
        return None
    k = lines[s][0]
    if blocks[k].lines[0].text != lines[s][1]:
        return None  # the signature starts inside a block's lines: no clean cut
    # The heading: a line or two right above, in the signature's frame, or else the frame before.
    frame = blocks[k].frame_index
    above = ([m for m in range(i, k) if blocks[m].frame_index == frame]
             or [m for m in range(i, k) if blocks[m].frame_index == blocks[k - 1].frame_index]) if k > i else []
    if above and above[0] > i and blocks[above[0]].frame_index != frame:
        # a heading broken over two frames of its own (…治理的强大 / 生命力) above the signature's
        above = [m for m in range(i, k) if blocks[m].frame_index == blocks[above[0] - 1].frame_index] + above
    heading: list[int] = []
    for m in reversed(above):
        b = blocks[m]
        if (b.kind is not BlockKind.TITLE or len(heading) + len(b.lines) > MAX_SECTION_HEADING_LINES
                or any(_phrase_gap(l.text) and not (_after_note_in_frame(blocks, m) or _after_note_frame(blocks, m))
                       or (width is not None and display_width(l.text) > width + 0.5) for l in b.lines)
                or (m + 1 < j and blocks[m + 1].kind is BlockKind.DUPLICATE)):
            break
        if heading and not (width is not None and display_width(b.lines[-1].text) >= width - INDENT_EM - 0.5
                            or display_width(blocks[heading[0]].lines[0].text) <= MAX_WRAP_REMAINDER_EM
                            or _opens_after_note(blocks, m)):
            # A line above belongs to the heading only if the heading wrapped there: it is about
            # full (maybe indented), or what wrapped is a word or two (决胜全面小康的思想 / 动力),
            # or it opens the frame right after the note closing the section before.
            break
        heading.insert(0, m)
    return heading[0] if heading else k


def _after_note_frame(blocks: list[Block], m: int) -> bool:
    """Whether blocks[m] opens a frame right after a frame of its own holding only the note
    closing a compilation's section (（本报记者某某采访整 / 理） / 讲好… 传递…), as pdfminer may
    draw them: article_f1 +0.006 summed over 91 generated sets (2 up, one read, none down)."""
    if m == 0 or blocks[m - 1].frame_index == blocks[m].frame_index:
        return False
    k = m - 1
    while k > 0 and blocks[k - 1].frame_index == blocks[m - 1].frame_index:
        k -= 1
    text = "".join(l.text.strip() for b in blocks[k:m] for l in b.lines)
    return _CLOSING_NOTE_LINE_RE.match(text) is not None


def _opens_after_note(blocks: list[Block], m: int) -> bool:
    """Whether blocks[m] opens a frame right after one whose last line is the note closing a
    compilation's section (…某协会会长）): the next section's heading starts there."""
    return (m > 0 and blocks[m - 1].frame_index != blocks[m].frame_index
            and _CLOSING_NOTE_LINE_RE.match(blocks[m - 1].lines[-1].text) is not None)


def _after_note_in_frame(blocks: list[Block], m: int) -> bool:
    """Whether blocks[m] follows, in its frame, the note closing a compilation's section
    before it (（本报记者某某采访整理） / 讲好… 传递…): a section's heading or label inside the
    compilation."""
    return (m > 0 and blocks[m - 1].frame_index == blocks[m].frame_index
            and _CLOSING_NOTE_LINE_RE.match(blocks[m - 1].lines[-1].text) is not None)


def _signature_end(blocks: list[Block], i: int, j: int) -> int:
    """Where the signed section opening the title run blocks[i:j] ends: at the end of its frame."""
    k = i
    while k < j and blocks[k].frame_index == blocks[i].frame_index:
        k += 1
    return k


def _signed_in_text(block: Block) -> bool:
    """Whether a signed section's heading and signature open a run of text (the extractor set
    them in the text's frame)."""
    texts = [l.text for l in block.lines[:MAX_SECTION_HEADING_LINES + 3]]
    return any(signature_ending_at(texts, e) is not None for e in range(len(texts)))


# Share of one-line frames above which the extractor wrote every line as its own block, so
# blank lines say nothing about frames.
THIN_FRAME_SHARE = 0.6
MIN_FRAMES_FOR_THIN = 12


# A frame is a column's stretch of one story: more lines than this mean the extractor wrote
# no blank lines between its blocks at all.
MAX_FRAME_LINES = 80


def _thin_frames(frames: list[Frame]) -> bool:
    """Whether blank lines say nothing about frames: nearly every line stands alone."""
    if len(frames) < MIN_FRAMES_FOR_THIN:
        return False
    return sum(1 for f in frames if len(f.lines) == 1) >= THIN_FRAME_SHARE * len(frames)


# A page of one frame this long is no single text box either: its blank lines are missing.
MAX_LONE_FRAME_LINES = 24


def _blank_lines_missing(frames: list[Frame]) -> bool:
    """Whether an extractor left out the blank lines between its blocks: a frame runs longer
    than a column's stretch, or the page is one long frame."""
    return (any(len(f.lines) > MAX_FRAME_LINES for f in frames)
            or len(frames) == 1 and len(frames[0].lines) > MAX_LONE_FRAME_LINES)


def frames_drawn(frames: list[Frame]) -> bool:
    """Whether the page's blank lines mark its text frames as its extractor drew them: none
    left out (_blank_lines_missing), nor one after nearly every line (_thin_frames)."""
    return not _blank_lines_missing(frames) and not _thin_frames(frames)


def _frames_found_in_lines(frames: list[Frame], widths: tuple[float, ...]) -> list[Frame]:
    """Frames where the extractor wrote no blank lines between its blocks (PyMuPDF's plain
    ``get_text()`` does not): a frame longer than a column's stretch is cut where a block of
    the page would end (see _cut_by_line_kinds). Other frames stay as they are."""
    if not _blank_lines_missing(frames):
        return frames
    out: list[Frame] = []
    for frame in frames:
        # (a page's other frames this long are cut too: its extractor wrote no blank lines there either)
        pieces = _cut_by_line_kinds(list(frame.lines), widths) if len(frame.lines) > MAX_LONE_FRAME_LINES else [list(frame.lines)]
        for piece in pieces:
            out.append(Frame(lines=tuple(piece), index=len(out)))
    return out


def _box_label_alone(text: str) -> bool:
    """Whether a line is a box's label and nothing more (核心阅读, 【编者的话】, 财经短波)."""
    t = text.strip().strip("【】[]")
    m = OPENING_BOX_RE.match(t) or EDITORS_NOTE_RE.match(t)
    return m is not None and m.group(1) == t or BRIEF_BOX_LABEL_RE.match(t) is not None


def _set_in_by_indent(text: str, widths: tuple[float, ...]) -> bool:
    """Whether a line is as wide as a column less a paragraph's first-line indent, not the full width."""
    w = display_width(text)
    return any(abs(w + INDENT_EM - c) <= FULL_WIDTH_TOLERANCE_EM for c in widths) and not _at_full_width(text, widths)


def title_line_stands_alone(first: str, second: str) -> bool:
    """Whether nothing says a title line wraps into the next: no word over the break, no
    comma, quote or bracket left open, no quotation alone leading in."""
    return (not leads_into_next(first) and first.rstrip()[-1:] not in _OPENS_QUOTE
            and not _QUOTED_RE.match(first) and not tag_after_few_words(second)
            and junction_gain(first, second) == 0.0)


def _closed_by_column_name(text: str) -> bool:
    """Whether a line ends in its column's name, （人民时评） or, as some extractors write it, (民生观)."""
    return COLUMN_TAG_RE.search(text) is not None or ASCII_COLUMN_TAG_RE.search(text) is not None


def _line_kind(text: str, widths: tuple[float, ...]) -> str:
    if is_furniture(text):
        return "furniture"
    if _box_label_alone(text):
        return "label"  # it opens a frame
    if "版" in text and LINE_CONTINUATION_RE.match(text):
        return "marker"  # （下转9版） on a line of its own closes what comes before it
    if parse_byline(text) is not None:
        return "byline"
    if widths and display_width(text) > max(widths) + WIDER_THAN_COLUMN_EM:
        return "wide"  # set across columns: a headline or a deck, never a column's text
    if line_shape(text) == "title" and (not fits_column(text, widths) or _closed_by_column_name(text)):
        return "title"  # (a headline closed by its column's name, …（人民时评）, whatever its width)
    return "text"


# A title line ending in an opening quote goes on into the next (全面建设“ / 美丽中国”).
_OPENS_QUOTE = "“《"
# A quotation alone on a title line leads into the headline after it (“城市书房” / 为何受欢迎).
_QUOTED_RE = re.compile(r"^\s*“[^“”]+”\s*$")


def _line_kinds(lines: list[Line], widths: tuple[float, ...]) -> list[str]:
    """Each line's kind (_line_kind), corrected by its neighbours."""
    kinds = [_line_kind(l.text, widths) for l in lines]
    texts = [remove_all_spaces(l.text) for l in lines]
    doubled: set[int] = set()  # lines printed twice

    def after_sentence(k: int) -> bool:  # line k follows no running text, or a sentence's end
        return k == 0 or kinds[k - 1] != "text" or SENTENCE_STOP_RE.search(lines[k - 1].text) is not None

    for k in range(1, len(lines)):
        if texts[k] and texts[k] == texts[k - 1] and kinds[k] != "furniture":
            kinds[k - 1] = kinds[k] = "title"  # printed twice: an overprinted headline, whatever its width
            doubled.update((k - 1, k))
    for k in range(1, len(lines)):
        if kinds[k] == "title" and kinds[k - 1] == "text" and bracket_balance(lines[k - 1].text) > 0 > bracket_balance(lines[k].text):
            kinds[k] = "text"  # the end of a note its text's last line opened (…（本报记者 王明 / 整理）)
    for k in range(1, len(lines)):
        prev = lines[k - 1].text
        if (kinds[k] == "title" and kinds[k - 1] == "text" and prev.rstrip()[-1:] not in TERMINAL_MARKS
                and (_at_full_width(prev, widths) or prev.rstrip()[-1:] in ("，", "、", "；"))
                and not prev.rstrip().endswith("——")
                and not (k + 1 < len(lines) and kinds[k + 1] in ("title", "byline") and SENTENCE_STOP_RE.search(lines[k].text) is None)):
            # the words a full line of text ran on into (…中国的未来更加值得 / 期待); not a title
            # line going on into another, or into a byline, before a sentence ends (三座城市书 /
            # 房落地城东): a story stopped mid-sentence, its text going on elsewhere, then a
            # headline; nor after a line ending in a dash, a kicker's (see below). After a
            # comma the sentence goes on at any width: a line may break early so that a dash
            # does not open the next (…又见大桥飞架， / “天堑变通途”—— / 10月9日晚，…)
            kinds[k] = "text"
    for k in range(1, len(lines)):
        if (kinds[k] == "text" and kinds[k - 1] in ("title", "wide") and lines[k].text.lstrip().startswith("——")
                and line_shape(lines[k].text) == "title"):
            kinds[k] = "title"  # a dash subheadline under its headline, set to the column's width
    for k in range(len(lines) - 1):
        t = lines[k].text.rstrip()
        if (kinds[k] == "text" and kinds[k + 1] in ("title", "wide") and t.endswith(("：", ":", "——"))
                and (not fits_column(t, widths) or t.endswith("——"))):
            # a kicker leading into its headline (菲氏叶猴： / 丛林深处是我家); one ending in a
            # dash at any width (…研究院院长王小明—— / “…”), no line of text breaks so before a title
            kinds[k] = kinds[k + 1]
    for k in range(len(lines) - 1):
        t = lines[k].text.rstrip()
        if (kinds[k] == "text" and line_shape(t) == "title" and is_column_name(lines[k + 1].text)
                and not lines[k + 1].text.lstrip("（( ").startswith("作者")):
            # a headline whose column's name has a line of its own (…的挑战 / （经济透视）), at
            # any width; an author's note (（作者为…）) closes a paragraph instead
            kinds[k] = kinds[k + 1] = "title"
        if (kinds[k] == "text" and line_shape(t) == "title" and kinds[k + 1] == "text" and opens_with_lead(lines, k + 1)
                and after_sentence(k)):
            kinds[k] = "title"  # a headline over its story's lead (本报讯…), after a sentence's end, at any width
        if (kinds[k] == "text" and line_shape(t) == "title" and kinds[k + 1] in ("title", "wide")
                and lines[k + 1].text.lstrip().startswith("——") and after_sentence(k)):
            # a headline over its dash subheadline, after a sentence's end (…海风 / ——记…): a
            # title at any width; a title line of its own, as a wide line's kind would join it
            # to the headline before
            kinds[k] = "title"
        if (kinds[k] == "text" and t[-1:] in ("，", "、") and kinds[k + 1] in ("title", "wide")
                and not fits_column(t, widths)
                and (k == 0 or kinds[k - 1] != "text" or lines[k - 1].text.rstrip()[-1:] in TERMINAL_MARKS)):
            # a headline broken after its comma (守得住初心， / 走得好新路（评论）): a short line
            # ending in a comma never ends a paragraph, and opens one only at the column's width
            kinds[k] = kinds[k + 1]
    for k in range(len(lines) - 2):
        if (kinds[k] == "title" and kinds[k + 1] == "text" and kinds[k + 2] == "text" and k not in doubled
                and not _closed_by_column_name(lines[k].text)):
            # A paragraph's first line, no mark in it, set in by the indent from the full
            # lines after it (全县第三届农民丰收节文艺汇 / 演活动…): text, not a title;
            # a line printed twice is a headline at any width, as is one its column's name closes.
            column = max(display_width(lines[k + 1].text), display_width(lines[k + 2].text))
            short = column - INDENT_EM - display_width(lines[k].text)
            if -FULL_WIDTH_TOLERANCE_EM <= short <= 1.0 + latin_slack(lines[k].text):
                kinds[k] = "text"
    return kinds


def _cut_by_line_kinds(lines: list[Line], widths: tuple[float, ...]) -> list[list[Line]]:
    """A run of lines cut where a block of the page would end: where the kind of line changes
    (a box's label opening the text after it), around furniture and jump markers, between two
    marked bylines, after a paragraph's short last line, before a paragraph's indented first
    line after a sentence that ended at the full width, before a lead, after a photo credit and
    after a headline its column's name closes."""
    pieces: list[list[Line]] = []
    kinds = _line_kinds(lines, widths)
    for k, line in enumerate(lines):
        # A box's label opens a frame, and its text goes on in it (核心阅读 / 近年来，…).
        new = (not pieces or kinds[k] != kinds[k - 1] and kinds[k - 1] != "label"
               or kinds[k] in ("furniture", "label", "marker") or kinds[k - 1] == "marker"
               # a marked byline after another is another story's (■摄影 X / ■记者 Y); its
               # second line (通讯员 Z) carries no mark
               or kinds[k] == "byline" and BYLINE_MARK_RE.match(line.text) is not None)
        if (not new and kinds[k] == "text" and kinds[k - 1] == "text" and lines[k - 1].text.rstrip()[-1:] in TERMINAL_MARKS
                and not _at_full_width(lines[k - 1].text, widths)):
            new = True  # after a paragraph's last line: extractors write a paragraph as a block
        if (not new and kinds[k] == "text" and kinds[k - 1] == "text"
                and SENTENCE_STOP_RE.search(lines[k - 1].text) is not None
                and SENTENCE_STOP_RE.search(line.text) is None
                and _set_in_by_indent(line.text, widths)):
            # before a paragraph's first line, set in by the indent and going on, after a
            # sentence that ended at the column's full width
            new = True
        if not new and kinds[k] == "text" and (opens_with_lead(lines, k) or ends_with_credit(tuple(lines[max(0, k - 2):k]))
                                               or credit_at_end(lines[k - 1]) is not None):
            new = True  # a lead (本报讯, 新华社…电) opens a story; a photo credit (…摄) closes its caption
        if (not new and kinds[k] in ("title", "wide") and kinds[k - 1] in ("title", "wide")
                and remove_all_spaces(line.text) != remove_all_spaces(lines[k - 1].text)
                and not line.text.lstrip().startswith(("——", "（", "("))
                and (_closed_by_column_name(lines[k - 1].text) or title_line_stands_alone(lines[k - 1].text, line.text))):
            # between two title lines, neither a copy of the other nor a subheadline or a
            # column's name after the first: after a headline its column's name closes (the
            # title after it is another's), or where nothing says the first wraps into the
            # second; the extractor's blocks would part them, and the assembly joins one
            # headline's lines again by their words
            new = True
        if new:
            pieces.append([])
        pieces[-1].append(line)
    return pieces


def column_widths(frames: list[Frame]) -> tuple[float, ...]:
    """The page's column widths in ems: the common widths of full running-text lines."""
    counts: dict[float, int] = {}
    total = 0
    for f in frames:
        for line in f.lines:
            t = line.text.strip()
            if not t or t[-1] in TERMINAL_MARKS or not has_clause_mark(t):
                continue
            # The line's own text, which display_width strips as well: the stages after ask
            # for its width by that key.
            key = round(display_width(line.text) * 2) / 2
            counts[key] = counts.get(key, 0) + 1
            total += 1
    floor = max(3, 0.05 * total)
    return tuple(sorted(w for w, n in counts.items() if n >= floor))


def classify_blocks(frames: list[Frame]) -> list[Block]:
    """Frames -> classified blocks, in source order."""
    widths = column_widths(frames)
    found = _frames_found_in_lines(frames, widths)
    drawn = found is frames  # the extractor's own frames, not frames found from its lines
    frames = found
    if _thin_frames(frames):
        # One virtual frame; each block keeps the index of the frame its first line came from.
        frame_of = {line.start: f.index for f in frames for line in f.lines}
        merged = Frame(lines=tuple(l for f in frames for l in f.lines), index=0)
        out = [_with_frame(b, frame_of.get(b.start, 0)) for b in classify_frame(merged, widths, line_level=True)]
    else:
        out = []
        for frame in frames:
            out.extend(classify_frame(frame, widths))
    # The page-level passes in order; each sees what the ones before it decided.
    blocks = _tagged_frames_to_titles(_masthead(out), widths)
    blocks = _column_names_opening_text(blocks)
    blocks = _signatures_to_body(blocks)
    blocks = _place_signatures_to_body(blocks)
    blocks = _kicker_openings(blocks)
    blocks = _kicker_and_headline_frames(blocks)
    blocks = _dashed_kickers_over_tagged_headlines(blocks)
    blocks = _kickers_led_by_dash(blocks)
    blocks = _headlines_over_dash_subheadlines(blocks)
    blocks = _dash_subheadlines_under_headlines(blocks)
    blocks = _headlines_before_jumps(blocks)
    blocks = _source_note_tails_to_body(blocks)
    blocks = _resolve_maybe_titles(_resolve_maybe_titles(blocks))  # twice: a run may be settled by the one after it
    blocks = _signed_sections_to_body(blocks)
    blocks = _dashed_sections_to_body(blocks)
    blocks = _labelled_sections_to_body(blocks)
    blocks = _first_lines_to_body(blocks, widths)
    blocks = _open_brackets_to_body(blocks)
    blocks = _column_set_titles_to_body(blocks)
    blocks = _exclamations_and_questions_to_body(_exclaimed_runs_to_body(blocks))
    blocks = _paragraphs_set_as_titles_to_body(blocks)
    blocks = _jumped_titles_to_body(blocks, drawn)
    blocks = _numbered_headings_to_body(blocks)
    blocks = _pull_quotes_to_body(blocks, widths)
    blocks = _continue_unfinished_sentences(blocks, widths)
    blocks = _full_lines_going_on_to_body(blocks)
    blocks = _lines_going_on_into_text(blocks)
    blocks = _lines_finishing_a_word(blocks)
    blocks = _closing_notes_to_body(blocks)
    blocks = _attach_split_credits(blocks)
    blocks = _caption_lines_to_body(blocks)
    blocks = _photo_titles_closing_text(blocks)
    blocks = _photo_titles_over_headlines(blocks)
    blocks = _headlines_over_bylines(blocks, widths)
    blocks = _wide_subheadlines_over_leads(blocks, widths)
    blocks = _last_headline_of_untitled_story(blocks)
    blocks = _sidebar_labels_to_body(blocks)
    blocks = _notice_titles_set_as_text_to_titles(blocks)
    blocks = _colon_kickers_over_headlines(blocks)
    return _join_byline_lines(blocks)


MAX_TAGGED_FRAME_LINES = 4
_SENTENCE_STOPS = "。！？!?；…"
# A column's name in Chinese: no Latin letters (an abbreviation's, （IMF）) nor a list (（甲、乙）).
_CJK_TAG_RE = re.compile(r"（[\u4e00-\u9fff·“”]{2,}[^（）A-Za-z、]*）\s*$")


def _tagged_frames_to_titles(blocks: list[Block], widths: tuple[float, ...]) -> list[Block]:
    """A frame of a few lines with no sentence's end in them, the last closed by a column's
    name in Chinese (全县一到九月份工业产 / 值同比增长… / …回暖势头 / 不改（权威发布）), is a
    headline wrapped in its story's one column, not text: running text stops with a mark (a
    headline's one cry may close it: _cry_before_name), and a line of it ends in brackets for a
    note or an abbreviation (…组织（IMF）), not for a column's name. A first line set in by the
    indent opens a paragraph instead (作为某区“三大片区”的 / 核心区，某某新区（某某新城）),
    unless the name closes the frame right over a lead: a kicker that happens to measure a
    paragraph's first line, ending a phrase (全县首批新能源公交车上路 / 公交，“新”在哪里（县城新事）, then
    本报讯…). That exception: article_f1 +0.0029 summed over 84 generated sets (1 up, of the
    session's start pair)."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        lines = b.lines
        if (b.kind is BlockKind.BODY and 1 < len(lines) <= MAX_TAGGED_FRAME_LINES
                and not (i and blocks[i - 1].frame_index == b.frame_index)
                and not (i + 1 < len(blocks) and blocks[i + 1].frame_index == b.frame_index)
                and (COLUMN_TAG_RE.search(lines[-1].text) and not any(mark in l.text for l in lines for mark in _SENTENCE_STOPS)
                     or _cry_before_name(lines))
                and _CJK_TAG_RE.search(lines[-1].text)
                and not any(l.text.rstrip().endswith(("：", ":")) for l in lines)
                and (not _reads_as_first_line(lines[0].text, _columns_beside(blocks, i, i + 1) or widths, lines[1].text)
                     or _over_lead(blocks, i) and lines[-1].text.rstrip().endswith(("）", ")"))
                     and _phrase_ends(lines[0].text, lines[1].text))
                and not opens_with_lead(lines)):
            out.extend(title_blocks(list(lines), b.frame_index))
        else:
            out.append(b)
    return out


# A notice's title names its genre at its end (…招聘公告, …征文启事, …交通管制通告).
_NOTICE_TITLE_END_RE = re.compile(r"(?:公告|启事|通告|公示|声明|通知|倡议书|公开信|告知书|简章)\s*$")
_NO_TITLE_MARKS = frozenset("，,。；;：:！？!?（）()…")
MAX_NOTICE_TITLE_LINES = 3


def _notice_titles_set_as_text_to_titles(blocks: list[Block]) -> list[Block]:
    """A notice's title set to its column over its text, after a finished sentence (…好去
    处。 / 某某新区管理委员会面 / 向社会公开招聘人员的公告 / 为做好…): a frame of two or three
    lines with no mark at all, naming a notice's genre at its end, over a frame that opens a
    paragraph at the indent. Its first line measures a paragraph's first line, so it read as
    text; but text closes a paragraph on a mark. article_f1 +1.54, title_acc +1.42 summed over
    123 generated sets (4 up, none down); the same test without the genre's name −4.3 over 6
    (5 up, 19 down: a story's subheadings are set so too)."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if 0 < i < len(blocks) - 1 and _notice_title_set_as_text(blocks[i - 1], b, blocks[i + 1]):
            out.extend(title_blocks(list(b.lines), b.frame_index))
        else:
            out.append(b)
    return out


def _notice_title_set_as_text(prev: Block, b: Block, nxt: Block) -> bool:
    lines = b.lines
    if not (b.kind is BlockKind.BODY and 2 <= len(lines) <= MAX_NOTICE_TITLE_LINES
            and prev.kind is BlockKind.BODY and nxt.kind is BlockKind.BODY and len(nxt.lines) > 1
            and prev.frame_index != b.frame_index != nxt.frame_index):
        return False
    text = "".join(l.text for l in lines)
    if (not _NOTICE_TITLE_END_RE.search(text) or any(c in _NO_TITLE_MARKS for c in text)
            or not SENTENCE_STOP_RE.search(prev.lines[-1].text)):
        return False
    w = _body_width(nxt)
    return w is not None and _at_indent(nxt.lines[0].text, (w,)) and reaches_column(nxt.lines[1].text, w)


# A kicker naming who speaks or acts, then a colon (某某办：, 某某市（某某区）：), and words that
# lead into what follows instead (…几点建议：, 这正是：, …如下：, and the verbs of SPEAKS_RE,
# …表示：), a sentence's.
_COLON_KICKER_RE = re.compile(r"^[^，。；！？,;!?：:\s]{3,20}[：:]$")
_LEADS_INTO_RE = re.compile(r"(?:是|说|道|如下|建议|认为|提出)$")


def _colon_kickers_over_headlines(blocks: list[Block]) -> list[Block]:
    """A line alone in its frame, a name and a colon (某某办：), right over a headline in a frame
    of its own: the headline's kicker (某某办： / 预计年底…), not a paragraph. Not where its
    words lead into what follows or sign a speech (某大学党委书记某某某：), as a compilation's
    sections open. title_acc +1.56, article_f1 +0.46 summed over 123 generated sets (8 pages up,
    none down); the test without those exceptions, title_acc +0.70 (9 up, 6 down), set them."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    titles: set[int] = set()
    for k in range(len(content) - 1):
        b, nxt = blocks[content[k]], blocks[content[k + 1]]
        if (b.kind is not BlockKind.BODY or len(b.lines) != 1 or nxt.kind is not BlockKind.TITLE
                or nxt.frame_index == b.frame_index or k and blocks[content[k - 1]].frame_index == b.frame_index):
            continue
        text = b.lines[0].text.strip()
        if _COLON_KICKER_RE.match(text) and not (_LEADS_INTO_RE.search(text[:-1]) or SPEAKS_RE.search(text[:-1])
                                                   or ends_on_office_and_name(text[:-1])):
            titles.add(content[k])
    return _as_titles(blocks, titles)


# A headline may close on its one cry, the column's name right after it (…通车了！（交通观察）).
_CRY_BEFORE_NAME_RE = re.compile(r"[！？!?]\s*[（(][^（）()]{2,20}[）)]\s*$")


def _cry_before_name(lines: tuple[Line, ...]) -> bool:
    """Whether a frame's lines hold one exclamation or question mark and no other sentence's
    end, its last line closing on it and a name in brackets with no digit (not a dispatch's
    note, （本报青川9月30日电）). article_f1 +0.0021, title_acc +0.0046 summed over 84
    generated sets (2 up, none down)."""
    text = "".join(l.text.strip() for l in lines)
    last = lines[-1].text
    return ("。" not in text and "；" not in text and sum(text.count(m) for m in "！？!?") == 1
            and _CRY_BEFORE_NAME_RE.search(last) is not None and not any(c.isdigit() for c in last))


def _phrase_ends(line: str, next_line: str) -> bool:
    """Whether ``line`` ends a phrase, as a kicker's line does: not on a character that leans on
    the next word (…三大功能片区”的 / 核心区…), nor inside a word running over the break."""
    t = line.rstrip()
    return t[-1:] not in _LEANS_ON_NEXT_OR_DE and junction_gain(t, next_line) <= 0


def _opens_a_story(block: Block | None) -> bool:
    """Whether a block opens a story's text: a staff byline (not a photo's credit) or text
    that opens with a lead (本报讯…)."""
    return block is not None and (block.kind is BlockKind.BYLINE and not is_photo_credit(block.bylines)
                                  or block.kind is BlockKind.BODY and opens_with_lead(block.lines))


def _over_lead(blocks: list[Block], i: int) -> bool:
    """Whether the block after blocks[i] is text that opens with a lead (本报讯…)."""
    return i + 1 < len(blocks) and blocks[i + 1].kind is BlockKind.BODY and opens_with_lead(blocks[i + 1].lines)


def _columns_beside(blocks: list[Block], i: int, j: int) -> tuple[float, ...]:
    """The column widths of the text blocks right before and after blocks[i:j] (none, where
    no text stands there)."""
    return tuple(w for w in (_body_width(blocks[i - 1] if i else None),
                             _body_width(blocks[j] if j < len(blocks) else None)) if w)


def _sidebar_labels_to_body(blocks: list[Block]) -> list[Block]:
    """A box's label set inside a story (■链接, 参观贴士), and the title lines of its frame after
    it (the box's own heading), are the story's text: the box goes on from the text before it
    and ends it, its own text opening with a lead or not (see articles._body_runs). Read as a
    headline, the label and heading parted the story from its box. article_f1 +0.015,
    title_acc +0.016 summed over 35 generated sets (5 up, none down); the heading going on in
    the frame of the box's text, +0.004 more on two fresh sets (1 page up)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind is BlockKind.TITLE and SIDEBAR_LABEL_RE.match(b.text) and out and out[-1].kind is BlockKind.BODY:
            j = i + 1
            while j < len(blocks) and blocks[j].kind is BlockKind.TITLE and blocks[j].frame_index == b.frame_index:
                j += 1
            # A label alone in its frame over text in another is no box of that text's: the
            # stream may have drawn it beside another story (its box's text cut off).
            if j == len(blocks) or blocks[j].frame_index == b.frame_index or blocks[j].kind is not BlockKind.BODY:
                out.append(as_text(blocks[i:j]))
                # The heading may go on in the frame of the box's text (乡村书屋 /
                # 越办越红火 / 本报北京…电): those lines are its too.
                k = j
                while k < len(blocks) and blocks[k].kind is BlockKind.TITLE and k - j < MAX_TITLE_LINES:
                    k += 1
                if k > j and k < len(blocks) and blocks[k].kind is BlockKind.BODY and all(
                        x.frame_index == blocks[k].frame_index for x in blocks[j:k]):
                    out.append(as_text(blocks[j:k]))
                    j = k
                i = j
                continue
        out.append(b)
        i += 1
    return out


# How far above its credit a photo's caption may reach: a few lines, each maybe its own frame.
CAPTION_SEARCH_BLOCKS = 6
CAPTION_SEARCH_CHARS = 240
# A caption line wider than a headline's short phrases, with a clause in it.
MIN_CAPTION_LINE_CHARS = 16


# A headline's last line holds at least this share of its first: headlines are set balanced,
# while a sentence wrapped at the column leaves a word or two on its last line.
MIN_HEADLINE_BALANCE = 0.6
MIN_HEADLINE_CHARS = 5


MAX_BYLINED_HEADLINE_LINES = 6  # a kicker and a headline, each wrapped to the column


def _headlines_over_bylines(blocks: list[Block], widths: tuple[float, ...]) -> list[Block]:
    """A line or two alone in a frame right above a reporter's byline, finishing no sentence
    and leaving no clause open (县供销社原主任受到 / 警告、降级处分 / ■记者 田 波), is the
    headline the byline stands under: no story's text stops short of its last mark before its
    byline. The lines' width may match a column's, as a headline set in one column does; the
    text under the byline opens a paragraph (a lead, an indent), where text that went on from
    the lines would not (nor would it open on the tail of a word the lines began: _goes_on_into). A kicker over its headline, each wrapped to the column, makes more
    lines, first on the page too; then a comma in them is a clause's (a section's heading over
    its last lines, stopped short), and a lead is a story's opening, not its headline.

    So are such lines right above a lead with no byline between (“城乡融合发展、共建共享” /
    论坛在某市举行 / 本报讯 …), unless they finish the text above, which stopped mid-sentence
    at its column's edge, on a clause's mark or with a word running over the break (see
    _finishes_text_above): article_f1 +0.19, title_acc +0.60 summed over 129 generated sets
    (2 and 3 pages up, none down; without that guard 2 pages fell, text going on around a
    pull quote)."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        under = blocks[i + 2] if i + 2 < len(blocks) else None  # what the byline stands over
        prev = blocks[i - 1] if i else None
        if (nxt is not None and b.kind is BlockKind.BODY and not b.maybe_title
                and len(b.lines) <= MAX_BYLINED_HEADLINE_LINES
                and (nxt.kind is BlockKind.BYLINE and nxt.bylines and not is_photo_credit(nxt.bylines)
                     and (under is None or under.kind is not BlockKind.BODY or opens_with_lead(under.lines)
                          or _at_indent(under.lines[0].text, widths) and not _goes_on_into(b.lines[-1].text, under))
                     or _over_lead(blocks, i) and not _finishes_text_above(b, prev))
                and (prev is None or prev.frame_index != b.frame_index) and b.frame_index != nxt.frame_index
                and not opens_with_lead(b.lines)
                and (len(b.lines) <= 2 or not any(c in l.text for l in b.lines for c in "，,"))
                and _set_as_headline(b, prev)):
            out.extend(title_blocks(list(b.lines), b.frame_index))
            continue
        out.append(b)
    return out


# A title line this many times the page's widest column spans several columns: no running
# text is set so wide (a summary subheadline in small type is).
WIDE_TITLE_SPAN = 1.5


def _wide_subheadlines_over_leads(blocks: list[Block], widths: tuple[float, ...]) -> list[Block]:
    """A frame of a short headline over a subheadline of clauses set across the columns
    (某某主持召开常务会议 / 听取…汇报，要求…；部署…), right above a story's lead (maybe under
    its byline), is that story's titles, not text: its clause marks kept it out of the title
    tests, but no column of text runs half again as wide as the page's widest. The last line
    may stop short, at least past the widest column. article_f1 +2.96, title_acc +4.06 summed
    over 129 generated sets (20 and 21 pages up, none down)."""
    if not widths:
        return blocks
    widest = max(widths)
    wide = WIDE_TITLE_SPAN * widest
    out: list[Block] = []
    for i, b in enumerate(blocks):
        if b.kind is not BlockKind.BODY or not 2 <= len(b.lines) <= MAX_WIDE_TITLE_LINES:
            out.append(b)
            continue
        k = i + 1 if i + 1 < len(blocks) and blocks[i + 1].kind is BlockKind.BYLINE else i  # past a byline
        prev = blocks[i - 1] if i else None
        if (_over_lead(blocks, k) and blocks[k + 1].frame_index != b.frame_index
                and (prev is None or prev.frame_index != b.frame_index) and not opens_with_lead(b.lines)):
            texts = [l.text.strip() for l in b.lines]
            if (not has_clause_mark(texts[0]) and len(remove_all_spaces(texts[0])) >= MIN_HEADLINE_CHARS
                    and display_width(texts[0]) <= wide and all(display_width(t) >= wide for t in texts[1:-1])
                    and display_width(texts[-1]) >= widest + WIDE_LAST_LINE_EM and texts[-1][-1] not in TERMINAL_MARKS):
                out.extend(title_blocks(list(b.lines), b.frame_index))
                continue
        out.append(b)
    return out


MAX_WIDE_TITLE_LINES = 4
WIDE_LAST_LINE_EM = 2.0


def _last_headline_of_untitled_story(blocks: list[Block]) -> list[Block]:
    """A line or two set as a headline's (see _set_as_headline) in a frame of their own, last
    on the page after a finished sentence, close a story that has no title before its opening
    (its lead or its reporter's byline): its headline, drawn after its text (…全部整改到位。 / 城东
    片区旧改项目 / 年内全面启动). Where titles stand before the opening, the lines are a heading
    of that story's text, cut off. article_f1 +0.80, title_acc +0.81 summed over 129 generated
    sets (5 pages up each, none down; without the titles' test, +0.67 with 2 down)."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    if len(content) < 3:
        return blocks
    i = content[-1]
    b, prev = blocks[i], blocks[content[-2]]
    if not (b.kind is BlockKind.BODY and not b.maybe_title and len(b.lines) <= 2 and prev.kind is BlockKind.BODY
            and prev.frame_index != b.frame_index and prev.lines[-1].text.rstrip()[-1:] in TERMINAL_MARKS
            and not opens_with_lead(b.lines) and _set_as_headline(b, prev)):
        return blocks
    for n in range(len(content) - 2, -1, -1):
        block = blocks[content[n]]
        if block.kind in (BlockKind.TITLE, BlockKind.DUPLICATE):
            return blocks  # text after titles: the lines are no story's only headline
        if _opens_a_story(block):
            m = n - 1
            while m >= 0 and blocks[content[m]].kind is BlockKind.BYLINE:
                m -= 1
            if m >= 0 and blocks[content[m]].kind in (BlockKind.TITLE, BlockKind.DUPLICATE):
                return blocks
            return blocks[:i] + title_blocks(list(b.lines), b.frame_index) + blocks[i + 1:]
    return blocks


def _finishes_text_above(b: Block, prev: Block | None) -> bool:
    """Whether ``b`` may finish the sentence of the text block above it: that text stops
    mid-sentence at its column's edge or on a clause's mark, or a word runs over from it into
    ``b``."""
    if prev is None or prev.kind is not BlockKind.BODY or not _ends_mid_sentence(prev):
        return False
    last = prev.lines[-1].text
    return (last.rstrip()[-1:] in _OPEN_CLAUSE_MARKS or reaches_column(last, column_width(list(prev.lines)))
            or junction_gain(last, b.lines[0].text) > 0)


_OPEN_CLAUSE_MARKS = CLAUSE_END | set("；;")  # a clause's end, after which its sentence goes on


def _set_as_headline(block: Block, prev: Block | None) -> bool:
    """Whether a block's lines read as a headline's: no sentence or clause left open, no label
    or credit, no part's number, the last line balanced against the first, at most one comma a
    line (a line of clauses is a quote pulled from the text), and no letter's signature (a date
    under the signer, a place and a name). A dash line after text names a quote's speaker
    (——越剧表演艺术家X); after a headline it is the subheadline."""
    texts = [remove_all_spaces(l.text) for l in block.lines]
    whole = "".join(texts)
    return (len(whole.lstrip("—")) >= MIN_HEADLINE_CHARS and whole[-1] not in TERMINAL_MARKS
            and whole[-1] not in "，、" and not any(c in whole for c in "。！？!?；;：:摄")
            and not ENUMERATED_RE.match(whole) and len(texts[-1]) >= MIN_HEADLINE_BALANCE * len(texts[0])
            and all(t.count("，") <= 1 for t in texts)
            and (not whole.startswith("——")
                 or prev is not None and prev.kind in (BlockKind.TITLE, BlockKind.DUPLICATE))
            and not SIGN_OFF_DATE_RE.match(texts[-1]) and not PLACE_SIGNER_RE.match(block.lines[0].text))


def _kicker_openings(blocks: list[Block]) -> list[Block]:
    """A line alone in its frame that breaks off after a clause (全省外贸进出口连续3个月回落，)
    right before lines of a frame of their own that lead with a dash to what follows (而我国保持
    稳定增长—— / 利用外资态势好): a kicker's first line, the extractor having broken the kicker
    at its comma. Text broken between frames goes on in text, not in a kicker's dash. So is a
    line alone in its frame that leads on, with a colon say, over a headline and the story
    under it (see _kicker_over_headline), which a label alone (图片说明：) is not."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    out = list(blocks)
    for k, (i, j) in enumerate(zip(content, content[1:])):
        b, nxt = blocks[i], blocks[j]
        prev_frame = blocks[content[k - 1]].frame_index if k else None
        if (b.kind is BlockKind.BODY and len(b.lines) == 1 and b.lines[0].text.rstrip()[-1:] in ("，", "、")
                and b.frame_index not in (prev_frame, nxt.frame_index)  # alone in its frame
                and (nxt.kind is BlockKind.TITLE or nxt.maybe_title) and nxt.lines[0].text.rstrip().endswith("——")
                and b.lines[0].text.lstrip()[:1] not in "（(" and not any(c in nxt.lines[0].text for c in "。！？!?")):
            out[i] = title_blocks(list(b.lines), b.frame_index)[0]
        elif b.kind is BlockKind.BODY and _kicker_over_headline(blocks, i, j, prev_frame):
            out[i] = title_blocks(list(b.lines), b.frame_index)[0]
    return out


def _kickers_led_by_dash(blocks: list[Block]) -> list[Block]:
    """A frame of up to three lines read as text that ends on a kicker's dash (…修好了水池，
    终于——), right before a title in a frame of its own, after text that finished: the
    kicker of that headline, however many sentences it holds. Text that leads on with a dash
    goes on in text, not in a headline. article_f1 +0.0095, title_acc +0.009 summed over 80
    generated sets (4 up, 1 down); not where a paragraph ends inside the frame (…老传统。 /
    图书馆里，…——, over its own story's headline drawn after it): +0.0014 more, the page
    down read right again."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    kickers: set[int] = set()
    for k in range(len(content) - 1):
        b, nxt = blocks[content[k]], blocks[content[k + 1]]
        if (b.kind is not BlockKind.BODY or len(b.lines) > MAX_DASHED_KICKER_LINES or not _ends_in_dash(b)
                or nxt.kind is not BlockKind.TITLE or nxt.frame_index == b.frame_index or opens_with_lead(b.lines)):
            continue
        if any(SENTENCE_STOP_RE.search(l.text) for l in b.lines[:-1]):
            continue  # a paragraph ends inside the frame: text, its story's headline after it
        if k and _ends_mid_sentence(blocks[content[k - 1]]):
            continue
        kickers.add(content[k])
    return _as_titles(blocks, kickers)


def _as_titles(blocks: list[Block], which: set[int]) -> list[Block]:
    """``blocks`` with those at the indices ``which`` read as title lines, one block a line."""
    if not which:
        return blocks
    return [x for i, b in enumerate(blocks) for x in (title_blocks(list(b.lines), b.frame_index) if i in which else (b,))]


MAX_DASHED_KICKER_LINES = 3


MAX_HEADLINE_LINES_OVER_DASH = 3


_CLOCK_TIME_RE = re.compile(r"\d\s*[:：]\s*\d")


def _finishes_nothing(texts: list[str]) -> bool:
    """Whether lines (right-stripped) hold no sentence's mark and their last ends on no
    sentence's or clause's end: no text of a paragraph, which ends on one."""
    return texts[-1][-1:] not in _SENTENCE_OR_CLAUSE_END and not any(c in t for t in texts for c in SENTENCE_MARKS)


def _headline_words(text: str) -> str | None:
    """A title line's words before the column's name that closes it after a headline's words
    (…流进了家门（乡村新事） -> …流进了家门), or None when no such name closes it."""
    tag = COLUMN_TAG_RE.search(text)
    return text[:tag.start() + 1] if tag and not tag_after_few_words(text) else None


def _headlines_before_jumps(blocks: list[Block]) -> list[Block]:
    """Up to three lines read as text, no sentence's or clause's end and no time of day in them,
    between text that stopped mid-sentence and a （下转N版） that takes it to another page, each
    line short of that text's column: its headline, drawn after it (…收购资金也已落实到位， /
    县里召开秋粮收购和储备工作会议、 / 部署加工运输等各项工作任务安排 / （下转10版）). The text's
    last lines fill its column; a headline's are set to their own measure. (_resolve_maybe_titles
    asks the same of a run that reads as a title; this one does not, its lines fitting a
    column.) article_f1 +0.0069, title_acc +0.013 summed over 84 generated sets (4 up, 1 down: a
    numbered section's heading elsewhere on the page read as a headline). The headline's words
    before its column's name are tested, not the name: +0.0043, title_acc +0.0025 summed over
    90 generated sets (1 up, none down)."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    titles: set[int] = set()
    for k in range(1, len(content) - 1):
        b, prev, nxt = blocks[content[k]], blocks[content[k - 1]], blocks[content[k + 1]]
        if (b.kind is not BlockKind.BODY or b.maybe_title or len(b.lines) > MAX_HEADLINE_LINES_OVER_DASH
                or opens_with_lead(b.lines) or not _jumps_away(nxt)
                or prev.kind is not BlockKind.BODY or not _ends_mid_sentence(prev) or prev.frame_index == b.frame_index):
            continue
        texts = [l.text.rstrip() for l in b.lines]
        # (a column's name may close the headline: …“新”在哪里（县城新事）; what it closes must
        # finish nothing, as the rest must)
        words = texts[:-1] + [_headline_words(texts[-1]) or texts[-1]]
        if not _finishes_nothing(words) or any(_CLOCK_TIME_RE.search(t) for t in texts):
            continue  # (a time of day, 14:00-17:00专家 / 讲座, sets a programme's entry)
        w = column_width(prev.lines)
        if all(display_width(t) < w - FULL_WIDTH_TOLERANCE_EM for t in texts):
            titles.add(content[k])
    return _as_titles(blocks, titles)


# How a source's name ends (…有限公司, …县委宣传部, …《…》): the tail of a note
# broken over frames is the rest of that name.
_SOURCE_NAME_END_RE = re.compile(r"(?:公司|部|局|会|院|办|集团|中心|委|厅|所|站|馆|社|处|室|团|》)$")
MAX_SOURCE_TAIL_CHARS = 14


def _source_note_tails_to_body(blocks: list[Block]) -> list[Block]:
    """A short title line opening its frame right after a source's note that stops without a
    full stop, when it finishes the source's name (数据来源：县农业发展 /
    投资有限公司, …县委宣 / 传部): the rest of the note, broken over frames. A headline after
    a whole note (数据来源：县农业农村局 / 小小合作社 富了一方人) ends on no such name.
    article_f1 +0.020, title_acc +0.047 summed over 90 generated sets (12 up, 3 down; title_acc
    26 up, 2 down). Of the 104 such notes in those sets followed by a lone line that is no
    byline, the test reads all 62 tails as the note's and none of the 42 headlines."""
    out = list(blocks)
    for i in range(1, len(out)):
        b, prev = out[i], out[i - 1]
        if (b.kind is not BlockKind.TITLE or len(b.lines) != 1 or prev.kind is not BlockKind.BODY
                or prev.frame_index == b.frame_index):
            continue
        note, tail = prev.lines[-1].text.strip(), remove_all_spaces(b.lines[0].text)
        if (not SOURCE_NOTE_RE.match(note) or note[-1:] in TERMINAL_MARKS or len(tail) > MAX_SOURCE_TAIL_CHARS
                or has_clause_mark(tail)):
            continue
        if _SOURCE_NAME_END_RE.search(tail) or junction_gain(note, tail) >= WORD_OVER_BREAK:
            out[i] = Block(BlockKind.BODY, b.lines, b.frame_index)
    return out


def _headlines_over_dash_subheadlines(blocks: list[Block]) -> list[Block]:
    """Up to three lines read as text, no sentence's end and no clause's end in them, right
    over a dash subheadline in a frame of its own (——对…的几点观察) and then a staff byline
    or a lead: the story's headline, wrapped to a narrow column's width as text would be
    (…如何在基 / 层工作中唱主角). article_f1 +0.0043 summed over 84 generated sets (3 up, 1
    down: a caption's lines read as titles above it, which _caption_lines_to_body now reads)."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    titles: set[int] = set()
    for k in range(len(content) - 2):
        b, nxt = blocks[content[k]], blocks[content[k + 1]]
        if (b.kind is not BlockKind.BODY or len(b.lines) > MAX_HEADLINE_LINES_OVER_DASH or opens_with_lead(b.lines)
                or nxt.kind is not BlockKind.TITLE or not nxt.text.startswith("——") or nxt.frame_index == b.frame_index):
            continue
        if not _finishes_nothing([l.text.rstrip() for l in b.lines]):
            continue
        m = k + 2  # past the subheadline's lines
        while m < len(content) and blocks[content[m]].kind is BlockKind.TITLE and blocks[content[m]].frame_index == nxt.frame_index:
            m += 1
        if m < len(content) and _opens_a_story(blocks[content[m]]):
            titles.add(content[k])
    return _as_titles(blocks, titles)


MAX_DASH_SUBHEADLINE_LINES = 3


def _dash_subheadlines_under_headlines(blocks: list[Block]) -> list[Block]:
    """A frame of up to three lines read as text, opening on a dash, no sentence's end in it,
    right under a headline in a frame of its own (走进基层 服务群众 / ——各地各部门坚持群众需求 /
    导向，惠民实事不断落地见效): the headline's subheadline, a clause in it, not a
    paragraph. No story's text opens on a dash line (see articles._cut_points). article_f1
    +1.61, title_acc +2.78 summed over 123 generated sets (11 and 16 pages up, none down)."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    titles: set[int] = set()
    for k in range(1, len(content)):
        b, prev = blocks[content[k]], blocks[content[k - 1]]
        if (b.kind is not BlockKind.BODY or len(b.lines) > MAX_DASH_SUBHEADLINE_LINES or prev.kind is not BlockKind.TITLE
                or prev.frame_index == b.frame_index or not b.lines[0].text.lstrip().startswith("——")
                or k + 1 < len(content) and blocks[content[k + 1]].frame_index == b.frame_index):
            continue
        texts = [l.text.rstrip() for l in b.lines]
        if texts[-1][-1:] not in TERMINAL_MARKS and not any(c in t for t in texts for c in SENTENCE_MARKS):
            titles.add(content[k])
    return _as_titles(blocks, titles)


def _kicker_and_headline_frames(blocks: list[Block]) -> list[Block]:
    """A frame of two to four lines read as text, one of them, not its last, leading with a
    kicker's dash to the lines after it (…增速放缓，专家呼吁—— / 稳外贸，提振发展信心), no
    sentence's end in any, after text that finished and over a paragraph's opening (or over a
    staff byline and a lead, after any text): a story's kicker and headline, which the
    extractor wrote as one frame. A sentence broken over frames
    goes on in the text after it, not into a paragraph's first line. article_f1 +0.018,
    title_acc +0.016 summed over 80 generated sets (6 up, 2 down); with a dash line last too,
    a feature's section opening (…光耀中华—— / 10时06分，… / …讲话——) read so, −0.013.
    Not a frame a lead opens: +0.0017 more, one of the two pages down read right again."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    titles: set[int] = set()
    for k in range(1, len(content) - 1):
        b, prev, nxt = blocks[content[k]], blocks[content[k - 1]], blocks[content[k + 1]]
        if b.kind is not BlockKind.BODY or not 2 <= len(b.lines) <= MAX_TITLE_LINES or opens_with_lead(b.lines):
            continue  # (a lead opens a story's text, whatever dash follows it)
        texts = [l.text.rstrip() for l in b.lines]
        dashes = [n for n, t in enumerate(texts) if _ends_in_dash_line(t)]
        if (len(dashes) != 1 or dashes[0] == len(texts) - 1 or texts[-1][-1:] in TERMINAL_MARKS
                or texts[-1].endswith(("：", ":")) or any(c in t for t in texts for c in SENTENCE_MARKS)):
            continue
        then = blocks[content[k + 2]] if k + 2 < len(content) else None
        if (nxt.kind is BlockKind.BYLINE and not is_photo_credit(nxt.bylines) and then is not None
                and then.kind is BlockKind.BODY and opens_with_lead(then.lines)):
            # Over a staff byline and a lead (■记者 某某 / 本报讯…) they head a story, even after
            # text stopped mid-sentence: that text goes on in a frame the stream drew later.
            # title_acc +0.0078, article_f1 +0.0012 summed over 84 generated sets (1 up, none down).
            titles.add(content[k])
            continue
        if prev.kind is BlockKind.BODY and _ends_mid_sentence(prev):
            continue
        if nxt.kind is not BlockKind.BODY or nxt.frame_index == b.frame_index:
            continue
        w, first = _body_width(nxt), nxt.lines[0].text
        if opens_with_lead(nxt.lines) or first.lstrip()[:1] == "“" or (
                w and _at_indent(first, (w,), latin_wrap(first) + FULL_LINE_SLACK_EM)):
            titles.add(content[k])
    return _as_titles(blocks, titles)


def _dashed_kickers_over_tagged_headlines(blocks: list[Block]) -> list[Block]:
    """A frame of two to four lines read as text, the one before its last ending on a kicker's
    dash (…大家忙了一整年，终于——) and its last a headline's words closed by its column's name,
    no mark of a sentence or clause in them (…流进了家门（乡村新事））: a kicker over its headline,
    which the extractor wrote as one frame. The kicker may hold whole sentences, as one that
    tells the story up to its headline does; running text does not close a line on a
    column's name after a dash line. article_f1 +0.0074, title_acc +0.0067 summed over 90
    generated sets (3 up, none down)."""
    which: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind is not BlockKind.BODY or not 2 <= len(b.lines) <= MAX_TITLE_LINES or opens_with_lead(b.lines):
            continue
        texts = [l.text.rstrip() for l in b.lines]
        if not _ends_in_dash_line(texts[-2]) or any(_ends_in_dash_line(t) for t in texts[:-2]):
            continue
        words = _headline_words(texts[-1])
        if words and not has_clause_mark(words) and not any(c in words for c in SENTENCE_MARKS):
            which.add(i)
    return _as_titles(blocks, which)


def _kicker_over_headline(blocks: list[Block], i: int, j: int, prev_frame: int | None) -> bool:
    """Whether blocks[i], a line alone in its frame that leads on (…强调, a colon, a dash), is a
    kicker over the headline blocks[j], a frame of its own under which a story opens (its
    byline, or a lead: 本报讯…); a sentence leading on runs on into text, not a headline."""
    b, nxt = blocks[i], blocks[j]
    if not (len(b.lines) == 1 and LEADS_ON_RE.search(b.lines[0].text) and b.frame_index not in (prev_frame, nxt.frame_index)
            and nxt.kind is BlockKind.TITLE and not any(c in nxt.text for c in SENTENCE_MARKS)):
        return False
    k = j
    while k < len(blocks) and blocks[k].frame_index == nxt.frame_index and blocks[k].kind in (BlockKind.TITLE, BlockKind.DUPLICATE):
        k += 1
    return k < len(blocks) and (blocks[k].kind is BlockKind.BYLINE
                                or blocks[k].kind is BlockKind.BODY and opens_with_lead(blocks[k].lines))


def _column_names_opening_text(blocks: list[Block]) -> list[Block]:
    """A column's name in brackets opening a frame of text (（一线视角） / 不忘初心、…), after a
    few lines that finish no sentence (乡村振兴，用好脱贫经验), closes the headline those lines
    make; the extractor broke the headline before its name. After a finished sentence such a
    line is the text's closing note instead (…无缝衔接。 / （刘志强）)."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and b.kind is BlockKind.BODY and len(b.lines) > 1 and is_column_name(b.lines[0].text)
                and (prev.kind is BlockKind.TITLE or prev.kind is BlockKind.BODY and prev.maybe_title)
                and len(prev.lines) <= MAX_TITLE_LINES and prev.frame_index != b.frame_index
                and prev.lines[-1].text.rstrip()[-1:] not in TERMINAL_MARKS):
            if prev.kind is BlockKind.BODY:
                out[-1:] = title_blocks(list(prev.lines), prev.frame_index)
            out.extend(title_blocks([b.lines[0]], b.frame_index))
            out.append(replace(b, lines=b.lines[1:]))
        else:
            out.append(b)
    return out


# A caption's line filled across columns is this many times its wrapped last line at least.
CAPTION_WRAP_SHARE = 1.5


def _caption_lines_to_body(blocks: list[Block]) -> list[Block]:
    """Beside a photo's credit (■摄影 …) stands its caption: a short title, then lines of text
    set wider than a column, above the credit or, as some extractors draw it, after the credit
    and the title. An extractor that writes each caption line as its own frame makes those long
    lines look like titles; long lines with a clause in them, between the credit and the first
    line without one (the photo's title), are the caption's text."""
    out = list(blocks)
    for i, b in enumerate(blocks):
        if not (b.kind is BlockKind.BYLINE and is_photo_credit(b.bylines)):
            continue
        chars = 0
        for k in range(i - 1, max(i - 1 - CAPTION_SEARCH_BLOCKS, -1), -1):
            c = out[k]
            chars += len(c.text)
            if c.kind not in (BlockKind.TITLE, BlockKind.BODY) or chars > CAPTION_SEARCH_CHARS:
                break
            if c.kind is BlockKind.BODY and opens_with_lead(c.lines):
                break  # a story's text (本报北京10月20日电…) above its own caption: no caption above it
            if (k == i - 1 and c.kind is BlockKind.TITLE and k and out[k - 1].kind is BlockKind.TITLE
                    and (display_width(c.text) <= MAX_TAIL_EM or _wrapped_in_frame(out[k - 1], c))
                    and _is_caption_title(out[k - 1]) and not COLUMN_TAG_RE.search(c.text)):
                # The caption's last words, wrapped into a frame of their own (…秋播技术要点，推广良种 /
                # 良法): article_f1 +0.005 summed over 35 generated sets (2 up, none down); or its
                # last line, wrapped in the frame of the line before (see _wrapped_in_frame). Not
                # a line its column's name closes: a headline under its kicker (article_f1 +0.010
                # summed over 68 generated sets, 2 up, one in the session's start pair; none down).
                out[k] = Block(BlockKind.BODY, c.lines, c.frame_index)
                continue
            if (k == i - 1 and c.kind is BlockKind.TITLE and k and out[k - 1].kind is BlockKind.TITLE
                    and _is_caption_title(out[k - 1]) and out[k - 1].text.rstrip()[-1:] not in _SENTENCE_OR_CLAUSE_END
                    and len(c.text) >= MIN_CAPTION_LINE_CHARS and not COLUMN_TAG_RE.search(c.text)
                    and not any(ch in c.text for ch in SENTENCE_MARKS)):
                # The caption's last line, over the credit, after a caption's line that breaks
                # off mid-clause (…农民们的收入也进一步提高，为 / 乡村振兴打下了…基础): its own
                # frame, long and with no clause. article_f1 +0.0019 summed over 84 generated
                # sets (1 up, of the session's start pair).
                out[k] = Block(BlockKind.BODY, c.lines, c.frame_index)
                continue
            if (c.kind is BlockKind.TITLE and k and out[k - 1].kind is BlockKind.TITLE
                    and out[k - 1].frame_index == c.frame_index and not _is_caption_title(out[k - 1])
                    and not _caption_first_line(out[k - 1], out[k - 2] if k > 1 else None)):
                # The last line of a headline its frame holds, listing with 、 (…全省山区县 /
                # 发展论坛并访问城南、城北): no caption's. article_f1 +0.003 summed over 35
                # generated sets (2 up, none down).
                break
            if c.kind is BlockKind.TITLE:
                if not _is_caption_title(c):
                    # The caption's first line, broken off mid-word under the photo's short title
                    # (古镇新貌 / 市政协副主席李华明15日在市图书馆出席少儿阅读推 / 广活动…致辞。).
                    if out[k + 1].kind is BlockKind.BODY and _caption_first_line(c, out[k - 1] if k else None):
                        out[k] = Block(BlockKind.BODY, c.lines, c.frame_index)
                    break
                out[k] = Block(BlockKind.BODY, c.lines, c.frame_index)
        # Some extractors draw the credit first: credit, the photo's title, then its caption;
        # not where the caption stands above the credit in its frame (…尽享秋日美景。 本报 / 记者 某某摄 /
        # 秋韵): the lines after the title are another story's kicker and headline.
        # article_f1 +0.008, title_acc +0.022 summed over 72 generated sets (6 up, 1 down).
        k = i + 2
        captioned = i > 0 and out[i - 1].kind is BlockKind.BODY and out[i - 1].frame_index == b.frame_index
        if not captioned and k < len(out) and out[i + 1].kind is BlockKind.TITLE and not _is_caption_title(out[i + 1]):
            chars = 0
            while k < min(len(out), i + 2 + CAPTION_SEARCH_BLOCKS) and out[k].kind is BlockKind.TITLE:
                chars += len(out[k].text)
                if (k > i + 2 and out[k - 1].kind is BlockKind.BODY and chars <= CAPTION_SEARCH_CHARS
                        and not _is_caption_title(out[k]) and not COLUMN_TAG_RE.search(out[k].text)
                        and _wrapped_in_frame(out[k - 1], out[k])
                        and display_width(out[k - 1].lines[-1].text) >= CAPTION_WRAP_SHARE * display_width(out[k].text)):
                    # The caption's last line, wrapped in the frame of its line before (…日益完善，健身
                    # / 热潮在全县各个乡镇持续升温), no clause left in it; the line before is
                    # filled across columns, where a kicker over its headline runs near its length.
                    # article_f1 +0.009, title_acc +0.011 summed over 72 generated sets (5 up, none
                    # down; without the length test one page down, a kicker taken for a caption).
                    out[k] = Block(BlockKind.BODY, out[k].lines, out[k].frame_index)
                    break
                if chars > CAPTION_SEARCH_CHARS or not _is_caption_title(out[k]) or (
                        k + 1 < len(out) and (out[k + 1].kind is BlockKind.DUPLICATE or out[k + 1].kind is BlockKind.BODY
                                              and opens_with_lead(out[k + 1].lines) or _tagged_headline_under(out, k))):
                    # (an overprinted line is a headline, never a caption's; so is a line right
                    # above a lead, 某某分别会见…农业部长 / 新华社北京…电: it heads that story.
                    # title_acc +0.003 summed over 35 generated sets and +0.012 over 38 unseen
                    # sets, article_f1 +0.001 and +0.006, none down. So is a line over a headline
                    # in its frame that its column's name closes: a kicker. article_f1 +0.006,
                    # title_acc +0.013 summed over 80 generated sets, 4 up, none down)
                    break
                out[k] = Block(BlockKind.BODY, out[k].lines, out[k].frame_index)
                k += 1
    return out


_TWO_CJK_RE = re.compile(r"[\u4e00-\u9fff]{2}")  # a photo's title opens with words, not a mark


def _tagged_headline_under(out: list[Block], k: int) -> bool:
    """Whether the block after out[k] is a title line of its frame that its column's name closes."""
    nxt = out[k + 1]
    return nxt.kind is BlockKind.TITLE and nxt.frame_index == out[k].frame_index and _closed_by_column_name(nxt.text)


def _photo_titles_closing_text(blocks: list[Block]) -> list[Block]:
    """A photo's short title drawn as the last line of the text before its caption (…迈出
    坚实一步。 / 古镇秋色, then 雨后的古镇… 张三摄): after a sentence's end, a few words without
    a mark, short of the column less its indent, close no paragraph; over a caption its
    credit signs they are the photo's title. article_f1 +0.020, title_acc +0.014 summed over
    35 generated sets (6 up, none down)."""
    content = [i for i, b in enumerate(blocks) if b.kind is not BlockKind.FURNITURE]
    after = {i: content[k + 1] for k, i in enumerate(content[:-1])}
    out: list[Block] = []
    for i, b in enumerate(blocks):
        j = after.get(i)
        if b.kind is BlockKind.BODY and len(b.lines) >= 2 and j is not None and _credited_caption(blocks, j, after):
            t = b.lines[-1].text.strip()
            w = column_of(b.lines)
            if (_TWO_CJK_RE.match(t) and t[-1:] not in TERMINAL_MARKS and not _CLAUSE_RE.search(t)
                    and display_width(t) <= MAX_PHOTO_TITLE_EM and (w is None or display_width(t) < w - INDENT_EM - 1.0)
                    and SENTENCE_STOP_RE.search(b.lines[-2].text)):
                out.append(replace(b, lines=b.lines[:-1]))
                out.extend(title_blocks([b.lines[-1]], b.frame_index))
                continue
        out.append(b)
    return out


def _photo_titles_over_headlines(blocks: list[Block]) -> list[Block]:
    """A photo's short title right after its caption's credit, drawn in one frame with the
    next story's headline (…摄（影像中国） / 秋收忙 / 县里新建图书馆开馆): a frame of its own, so
    that it reads as the photo's title after its caption, not a kicker over that headline;
    unless the caption has a short title above it already. article_f1 +0.007, title_acc
    +0.012 summed over 35 generated sets (3 up, 2 down by less than 0.001 each)."""
    out = list(blocks)
    fresh = max((b.frame_index for b in blocks), default=0) + 1
    for i in range(1, len(out) - 1):
        b, prev, nxt = out[i], out[i - 1], out[i + 1]
        if not (b.kind is nxt.kind is BlockKind.TITLE and len(b.lines) == 1 and nxt.frame_index == b.frame_index
                and prev.frame_index != b.frame_index):
            continue
        t = b.text.strip()
        credited = (prev.kind is BlockKind.BYLINE and is_photo_credit(prev.bylines)
                    or prev.kind is BlockKind.BODY and "摄" in prev.lines[-1].text and ends_with_credit(prev.lines))
        if not credited:
            continue
        k, chars = i - 1, 0
        while k > 0 and chars <= CAPTION_SEARCH_CHARS and out[k].kind in (BlockKind.BODY, BlockKind.BYLINE):
            chars += len(block_text(out[k]))
            k -= 1
        titled = out[k].kind is BlockKind.TITLE and display_width(out[k].text) <= MAX_PHOTO_TITLE_EM
        if (not titled and _TWO_CJK_RE.match(t) and not _CLAUSE_RE.search(t)
                and display_width(t) <= MAX_PHOTO_TITLE_EM and display_width(nxt.text) > display_width(t)):
            out[i] = replace(b, frame_index=fresh)
            fresh += 1
    return out


def _credited_caption(blocks: list[Block], j: int, after: dict[int, int]) -> bool:
    """Whether block j is a photo's caption: short text its credit ends or follows."""
    c = blocks[j]
    if c.kind is not BlockKind.BODY or sum(len(l.text) for l in c.lines) > CAPTION_SEARCH_CHARS:
        return False
    k = after.get(j)
    return ends_with_credit(c.lines) or k is not None and blocks[k].kind is BlockKind.BYLINE and is_photo_credit(blocks[k].bylines)


def _caption_first_line(block: Block, above: Block | None) -> bool:
    """Whether a title-like line is a caption's first line, going on in the text after it: one
    line, longer than headlines set over a photo, unfinished, under a photo's short title."""
    text = block.text.strip()
    return (len(block.lines) == 1 and len(text) >= MIN_CAPTION_LINE_CHARS and text[-1:] not in TERMINAL_MARKS
            and not text.endswith("—") and not COLUMN_TAG_RE.search(text)
            and above is not None and above.kind is BlockKind.TITLE and len(above.lines) == 1
            and display_width(above.text) <= MAX_PHOTO_TITLE_EM)


def _wrapped_in_frame(above: Block, block: Block) -> bool:
    """Whether a title-like line is the wrapped rest of the line above it in its frame: that
    line stops inside its sentence (…装袋，田埂上一派 / 繁忙而喜悦的金秋丰收景象) and this one is
    shorter. As a caption's last line above its credit: article_f1 +0.016 summed over 35
    generated sets (6 up, 1 down), +0.019 over 36 unseen sets (9 up, none down) and +0.001 on
    the session's fresh end pair."""
    last = above.lines[-1].text.rstrip()
    return (above.frame_index == block.frame_index and last[-1:] not in TERMINAL_MARKS
            and display_width(block.text) < display_width(last))


def _is_caption_title(block: Block) -> bool:
    """Whether a title-like block reads as caption text: long lines, each with a clause, not
    a kicker leading to its headline (有画家驻村，有村民写生，浙江小山村——) nor a headline
    closed by its column's name (“邻里有事，大家帮忙”（现场评论）)."""
    return not block.text.rstrip().endswith("—") and not COLUMN_TAG_RE.search(block.text) and all(
        len(l.text.strip()) >= MIN_CAPTION_LINE_CHARS and _CLAUSE_RE.search(l.text) for l in block.lines)


def _after_finished_text(out: list[Block]) -> bool:
    """Whether the last block read so far is text that ends its sentence: where a signature goes on."""
    return bool(out) and out[-1].kind is BlockKind.BODY and out[-1].lines[-1].text.rstrip()[-1:] in TERMINAL_MARKS


# A letter's sign-off: the signer on a line of its own, then the date alone (习近平 / 2019年10月13日).
_SIGNER_RE = re.compile(r"^\s*[\u4e00-\u9fff·]{2,12}(\s+[\u4e00-\u9fff·]{2,12}){0,2}\s*$")


def _signatures_to_body(blocks: list[Block]) -> list[Block]:
    """A letter printed in the text (贺信, 回信) ends with its signer and the date, each on a
    line of its own, and often the agency's note (（新华社北京10月13日电）). They look like a
    title and a date line; after a finished sentence they are the letter's last lines, and
    the text they share a frame with goes on from them."""

    def span(out: list[Block], i: int) -> int | None:
        if not (_after_finished_text(out)
                and blocks[i].kind is BlockKind.TITLE and len(blocks[i].lines) == 1
                and _SIGNER_RE.match(blocks[i].text) and i + 1 < len(blocks)
                and blocks[i + 1].kind in (BlockKind.FURNITURE, BlockKind.TITLE)
                and blocks[i + 1].frame_index == blocks[i].frame_index
                and SIGN_OFF_DATE_RE.match(blocks[i + 1].lines[0].text)):
            return None
        k = i + 2
        frame = blocks[i].frame_index
        if k < len(blocks) and blocks[k].frame_index == frame and blocks[k].lines[0].text.lstrip()[:1] in "（(":
            for j in range(k, min(len(blocks), k + 2)):  # the agency's note, maybe over two lines
                if blocks[j].kind is not BlockKind.TITLE or blocks[j].frame_index != frame:
                    break
                if "）" in blocks[j].text or ")" in blocks[j].text:
                    k = j + 1
                    break
        if k < len(blocks) and blocks[k].kind is BlockKind.BODY and blocks[k].frame_index == frame:
            k += 1  # the text that goes on in the frame
        return k

    return _read_spans_as_text(blocks, span)


def _place_signatures_to_body(blocks: list[Block]) -> list[Block]:
    """A line naming a place and a person after a finished sentence is the signature a reader's
    letter ends with (…让人心里不是滋味儿。 / 江西南昌县  胡亮梅), a line of its text."""

    def span(out: list[Block], i: int) -> int | None:
        b = blocks[i]
        if (_after_finished_text(out)
                and b.kind is BlockKind.TITLE and len(b.lines) == 1 and PLACE_SIGNER_RE.match(b.text)):
            return i + 1
        return None

    return _read_spans_as_text(blocks, span)


def _headline_over_subheadline(prev: Block, blocks: list[Block], i: int) -> bool:
    """Whether the one-line run before a dash line is a headline with its subheadline (我爱你，
    中国！ / ——庆祝…联欢活动侧记), not a quote and its speaker: a frame of its own holding one
    short line that closes no quote, the dash line's frame before running text, or before a
    byline when it names its piece's kind (——…侧记: a headline drawn after its text)."""
    j = _title_frame_end(blocks, i)
    line = prev.lines[0].text
    return (len(prev.lines) == 1 and prev.frame_index != blocks[i].frame_index
            and display_width(line) <= MAX_HEADLINE_OVER_SUB_EM and line.rstrip()[-1:] not in CLOSING_QUOTES
            and not leads_into_next(line) and "。" not in line
            and j < len(blocks) and (blocks[j].kind is BlockKind.BODY
                                     or blocks[j].kind is BlockKind.BYLINE and _genre_named(blocks, i))
            and sum(1 for b in blocks if b.frame_index == prev.frame_index) == 1)


MAX_HEADLINE_OVER_SUB_EM = 12


# A subheadline's dash and the word that opens it: an editorial's theme (——论…), a profile's
# subject (——记…, ——访…), an occasion (——写在…之际); no speaker of a quote is named so.
SUBHEADLINE_DASH_RE = re.compile(r"^\s*——\s*(?:论|记(?!者)|访|写在|纪念|献给)")


# The kind of piece a subheadline names at its end (——…联欢晚会侧记, ——…一年工作综述); a
# quote's speaker is named by office and name, never so. article_f1 +0.0025 summed over 35
# generated sets (1 up, none down).
GENRE_END_RE = re.compile(r"(?:侧记|纪实|综述|述评|纪行|见闻|札记|手记|特写)$")


def _genre_named(blocks: list[Block], i: int) -> bool:
    """Whether the dash line at block i, with the rest of its frame, ends naming its piece's kind."""
    return GENRE_END_RE.search(remove_all_spaces(blocks[_title_frame_end(blocks, i) - 1].text)) is not None


def _title_frame_end(blocks: list[Block], i: int) -> int:
    """One past the last of the title blocks that go on from title block i in its frame."""
    j = i + 1
    while j < len(blocks) and blocks[j].kind is BlockKind.TITLE and blocks[j].frame_index == blocks[i].frame_index:
        j += 1
    return j


def _closing_notes_to_body(blocks: list[Block]) -> list[Block]:
    """A parenthesis right after running text closes it: （本报东京10月14日电）, （齐志明）,
    （作者为…主任）; so does a note of its sources (数据来源：…), its closing date and place
    (2019年10月25日于 / 北京), or the speaker of a quote
    (——湖南省委书记杜家毫…说): a subheadline's dash follows its headline, never text.
    Extractors often set these apart, and they look like titles; they are text."""

    def span(out: list[Block], i: int) -> int | None:
        if not (blocks[i].kind is BlockKind.TITLE and out and out[-1].kind is BlockKind.BODY):
            return None
        if blocks[i].text.startswith("——") and _headline_over_subheadline(out[-1], blocks, i):
            out[-1] = title_blocks(list(out[-1].lines), out[-1].frame_index)[0]
            return None
        if (SOURCE_NOTE_RE.match(blocks[i].lines[0].text)
                or blocks[i].text.startswith("——") and not SUBHEADLINE_DASH_RE.match(blocks[i].text)
                and not _genre_named(blocks, i)
                or DATED_AT_RE.match(blocks[i].lines[0].text)):  # up to its frame's end
            return _title_frame_end(blocks, i)
        if blocks[i].lines[0].text.lstrip()[:1] not in "（(":
            return None
        if len(blocks[i].lines) == 1 and is_column_name(blocks[i].lines[0].text) and _headline_shaped(out, blocks[i]):
            # A column's name alone under a few short lines that finish no sentence (用实干解开
            # 群众心锁 / （一线行走）) closes their headline, not a text: a note closing text
            # follows its sentence's end.
            out[-1:] = title_blocks(list(out[-1].lines), out[-1].frame_index)
            return None
        for k in range(i, min(len(blocks), i + MAX_TITLE_LINES)):  # up to the closing parenthesis
            if blocks[k].kind is not BlockKind.TITLE:
                return None
            if "）" in blocks[k].text or ")" in blocks[k].text:
                return k + 1
        return None

    return _read_spans_as_text(blocks, span)


# A headline's frame: a few lines, each shorter than most lines of text across columns.
MAX_HEADLINE_FRAME_LINES = 3
MAX_HEADLINE_LINE_CHARS = 30


def _headline_shaped(out: list[Block], name: Block) -> bool:
    """Whether the text block read last is a whole frame of a few short lines, in another frame
    than ``name``, holding no sentence's end and leaving no clause open on its last line."""
    last = out[-1]
    if (last.frame_index == name.frame_index or len(out) > 1 and out[-2].frame_index == last.frame_index
            or len(last.lines) > MAX_HEADLINE_FRAME_LINES):
        return False
    texts = [l.text.strip() for l in last.lines]
    return (all(len(t) <= MAX_HEADLINE_LINE_CHARS and not any(c in SENTENCE_MARKS for c in t) for t in texts)
            and texts[-1][-1:] not in TERMINAL_MARKS and texts[-1][-1:] not in CLAUSE_END)


def _read_spans_as_text(blocks: list[Block], span) -> list[Block]:
    """One pass: where ``span(out, i)`` gives an end k, blocks[i:k] become one run of text."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        k = span(out, i)
        if k:
            out.append(as_text(blocks[i:k]))
            i = k
        else:
            out.append(blocks[i])
            i += 1
    return out


def _join_byline_lines(blocks: list[Block]) -> list[Block]:
    """A byline opened by its mark (■记 者 陶东一) goes on in an unmarked line (通讯员 蔡瑶洁)
    even where the extractor put that line in the next frame."""
    out: list[Block] = []
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind is b.kind is BlockKind.BYLINE and prev.frame_index != b.frame_index
                and BYLINE_MARK_RE.match(prev.text) and not BYLINE_MARK_RE.match(b.text)):
            out[-1] = replace(prev, lines=prev.lines + b.lines, bylines=prev.bylines + b.bylines,
                              text=prev.text + "\n" + b.text)
        else:
            out.append(b)
    return out


MAX_LONE_LINES = 3  # a paragraph's lines that came as frames of their own, each set to the column
_HANGING = "，。、；：！？”’）"  # punctuation that hangs past a full line's end


def _full_line(text: str, width: float) -> bool:
    """Whether a line is set to the full column ``width`` as running text, a mark hanging past
    its end or not."""
    if _phrase_gap(text) or COLUMN_TAG_RE.search(text):
        return False  # a headline's marks, whatever its width
    w = display_width(text)
    if abs(w - width) <= FULL_WIDTH_TOLERANCE_EM or (
            text.rstrip()[-1:] in _HANGING and abs(w - 1 - width) <= FULL_WIDTH_TOLERANCE_EM):
        return True
    # Its digits, set wider than counted, may have kept the next character off it (looked
    # for only when it stops short).
    if w >= width:
        return False
    wrap = latin_wrap(text)
    return bool(wrap) and width - w <= FULL_WIDTH_TOLERANCE_EM + wrap


def _first_lines_to_body(blocks: list[Block], widths: tuple[float, ...]) -> list[Block]:
    """A lone line in a frame of its own, set to a column width less the indent, right before
    text that goes on without a lead, is a paragraph's first line: extractors often break a
    column after it, because the indent spoils their column alignment. So are a frame's two
    lines, the first so set and the second at the full column, when the text after plainly
    goes on at that column (最核心的当属这座新馆的 / “智慧书架”——以智能借阅为 / 目标的…):
    a two-line headline may be set to a column's width too. So is a lone line after finished
    text and before the headline drawn after that text and its （下转N版）, and with it the lines
    its frame holds at the full column (…服务平台 / 是全县“一网通办”改革的一 / headline / （下转5版）:
    article_f1 +0.010, title_acc +0.021 summed over 64 generated sets, 6 up, none down; not when
    they close on a column's name, as a headline wrapped to the column may)."""
    out = list(blocks)
    for i in range(len(out) - 1):
        b = out[i]
        if b.kind is not BlockKind.TITLE or len(b.lines) != 1 or (i and out[i - 1].frame_index == b.frame_index):
            continue
        # The paragraph's next lines may each have come as a frame of their own, set to the
        # full column (为了筹措周转资金，多 / 数小微企业只好四处借钱周转应急 / 的办法，…).
        j = i + 1
        while (j < len(out) and j - i <= MAX_LONE_LINES and out[j].kind is BlockKind.TITLE and len(out[j].lines) == 1
               and (out[j].frame_index != out[j - 1].frame_index or j == i + 1)
               and b.text.rstrip()[-1:] not in TERMINAL_MARKS):
            j += 1
        if j == len(out):
            continue
        nxt = out[j]
        if nxt.kind is not BlockKind.BODY or opens_with_lead(nxt.lines) or nxt.frame_index == out[j - 1].frame_index:
            continue
        if _headline_broken_before_its_name(out, j):
            # the text after is a headline broken over frames inside its column's name (…盛世华章
            # （晨光论坛 / ·聆听…）): the line is no paragraph's first line. title_acc +0.31,
            # article_f1 +0.11 summed over 123 generated sets (2 pages up, none down)
            continue
        if OPENING_BOX_RE.match(nxt.lines[0].text):
            # A box of key points (核心阅读) opens a story, as a lead does. With the same test in
            # _column_set_titles_to_body: article_f1 +0.002 summed over 35 generated sets (4 pages
            # up) and +0.009 over 30 unseen sets (7 up), none down.
            continue
        w = _body_width(nxt)
        inner = out[i + 1:j]
        if inner and SENTENCE_STOP_RE.search(inner[-1].text):
            # the paragraph's last line, ending its sentence, each line in a frame of its own
            # (一张小小的借书证，背后 / 藏着多少读书的故事？ / next paragraph): article_f1 +0.009 summed
            # over 80 generated sets (2 up, none down)
            inner = inner[:-1]
        if inner and not (w and all(_full_line(x.text, w) for x in inner)):
            continue
        cols = (w,) if w else widths
        if not cols or display_width(nxt.lines[0].text) > max(cols) + WIDER_THAN_COLUMN_EM:
            continue  # text set wider than any column (a caption across a photo) is no paragraph's rest
        text = b.lines[0].text
        if len(nxt.lines) > 1 and _indented_line(nxt.lines[0].text, cols):
            continue  # the text opens its own paragraph: the line above is no first line of it
        if (i and out[i - 1].kind in (BlockKind.TITLE, BlockKind.DUPLICATE) and text.lstrip().startswith("——")
                and "，" not in text):
            continue  # a dash under a headline opens its subheadline (——写在…之际), not a paragraph
        if out[i + 1].frame_index == b.frame_index and not (w and reaches_column(nxt.lines[0].text, w)):
            continue  # two lines of one frame: a headline's, unless the text after plainly goes on
        if _closed_by_column_name(text):
            continue  # a headline ends in its column's name, never a paragraph's first line
        if i and out[i - 1].kind is BlockKind.TITLE and _closed_by_column_name(out[i - 1].text.strip() + text.strip()):
            # nor the line closing the name a title line above it opened (…的人（青年 /
            # 论坛·…①）): title_acc +0.019, article_f1 +0.002 summed over 76 generated sets
            # (10 pages up in title_acc; 2 up, 1 down in article_f1)
            continue
        if i and out[i - 1].frame_index != b.frame_index and _closes_a_caption(out[i - 1]):
            # nor after a photo's caption its credit closes (…各类问题。 本报记者 某某摄 /
            # 扎实推进社区服务提质增效 / text): the line opens the next story, whatever its width.
            # article_f1 +0.20 summed over 125 generated sets (1 page up, none down)
            continue
        if _follows_closed_text(out, i) and not AUTHOR_LINE_RE.match(out[i + 1].lines[0].text):
            # a story ends at its closing note (…。 / （本报某地电）): the line after it is a
            # headline, its own drawn after it or the next story's, whatever its width; unless
            # its author's line follows it (（法国）某某), as under a compilation's next section.
            # article_f1 +0.009, title_acc +0.010 summed over 98 generated sets (2 up, none down)
            continue
        if _reads_as_first_line(text, cols, out[i + 1].lines[0].text):
            out[i:j] = [Block(BlockKind.BODY, x.lines, x.frame_index) for x in out[i:j]]
    for i in range(1, len(out) - 1):
        b, prev = out[i], out[i - 1]
        if (b.kind is not BlockKind.TITLE or len(b.lines) != 1 or prev.kind is not BlockKind.BODY
                or prev.frame_index == b.frame_index or _ends_mid_sentence(prev)):
            continue
        w = _body_width(prev)
        k = i + 1
        while (w and k < len(out) and out[k].kind is BlockKind.TITLE and len(out[k].lines) == 1
               and out[k].frame_index == b.frame_index and _full_line(out[k].lines[0].text, w)):
            k += 1  # the paragraph's next lines, set to the full column in the same frame
        j = k
        while j < len(out) and out[j].kind in (BlockKind.TITLE, BlockKind.DUPLICATE, BlockKind.BYLINE) and out[j].frame_index != b.frame_index:
            j += 1  # the headline drawn after the text, and maybe its byline
        jump = out[j].continuation if j < len(out) and out[j].kind is BlockKind.CONTINUATION else None
        text = b.lines[0].text
        # A paragraph's first line after finished text, then maybe the headline drawn after that
        # text, and its （下转N版）: the paragraph goes on on the other page (全场欢腾，本届省运会的火炬出现 /
        # 和平薪火 生生不息 / （下转12版）; 在老校长二儿子王宏的 / （下转7版）).
        if k < len(out) and out[k].kind is BlockKind.TITLE and out[k].text.lstrip().startswith("——"):
            continue  # a headline over its dash subheadline (“…” / ——访…), drawn after its text
        if k > i + 1 and _closed_by_column_name("".join(x.lines[0].text.strip() for x in out[i:k])):
            continue  # a headline wrapped to the column, closed by its column's name
        if jump is not None and jump.direction == "to" and w and _reads_as_first_line(text, (w,)):
            out[i:k] = [Block(BlockKind.BODY, x.lines, x.frame_index) for x in out[i:k]]
    return out


def _headline_broken_before_its_name(blocks: list[Block], j: int) -> bool:
    """Whether blocks[j], a line alone in its frame with no sentence's end, and the first line
    of the frame after it close on a column's name."""
    b = blocks[j]
    if (len(b.lines) != 1 or j + 1 == len(blocks) or blocks[j + 1].frame_index == b.frame_index
            or blocks[j + 1].kind not in (BlockKind.TITLE, BlockKind.BODY)):
        return False  # (a jump, （下转N版）, is no column's name)
    text = b.lines[0].text
    return (not any(c in text for c in SENTENCE_MARKS)
            and _closed_by_column_name(text.strip() + blocks[j + 1].lines[0].text.strip()))


# Brackets a sentence opens and closes; a title opens none that its text does not close.
_BRACKETS = (("《", "》"), ("“", "”"), ("（", "）"))
_OPENER_OF = {c: o for o, c in _BRACKETS}


def _left_open(text: str) -> str | None:
    """The closing mark of a bracket that ``text`` opens and never closes, if any."""
    for o, c in _BRACKETS:
        if text.count(o) > text.count(c):
            return c
    return None


def _open_brackets_to_body(blocks: list[Block]) -> list[Block]:
    """Title-like lines that open a bracket the text after them closes (从上世纪50年代的 /
    《青春万岁》《组织部新来 | 的青年人》，到改革开放后…) are that text's first lines: a
    headline closes what it opens."""
    out = list(blocks)
    for i in range(len(out) - 1):
        b, nxt = out[i], out[i + 1]
        if b.kind is not BlockKind.TITLE or nxt.kind is not BlockKind.BODY:
            continue
        # The title lines of b's frame up to b: a headline's lines each make a block.
        h = i
        while h and out[h - 1].kind is BlockKind.TITLE and out[h - 1].frame_index == b.frame_index:
            h -= 1
        close = _left_open("".join(x.text for x in out[h:i + 1]))
        if close is not None:
            first = nxt.lines[0].text
            at = first.find(close)
            if at >= 0 and _OPENER_OF[close] not in first[:at]:
                out[h:i + 1] = [Block(BlockKind.BODY, x.lines, x.frame_index) for x in out[h:i + 1]]
    return out


# Marks that open a quotation or a bracket: none may end a line.
_OPENING_MARKS = "“‘《（(「『〈"


def _closes_a_caption(block: Block) -> bool:
    """Whether a block is a photo's credit, or text its credit closes."""
    return (block.kind is BlockKind.BYLINE and is_photo_credit(block.bylines)
            or block.kind is BlockKind.BODY and ends_with_photo_credit(block.lines))


def _follows_closed_text(blocks: list[Block], i: int) -> bool:
    """Whether blocks[i], in a frame of its own, comes right after text closed by a note in
    brackets alone on its line: the text's last line, or a frame of one line after the text's
    (a column's name under its headline, （…生态篇）, is no such note: it follows a title)."""
    if i == 0 or blocks[i - 1].frame_index == blocks[i].frame_index:
        return False
    note = blocks[i - 1]
    if not _CLOSING_NOTE_LINE_RE.match(note.lines[-1].text):
        return False
    if note.kind is BlockKind.BODY:
        return True
    return (i > 1 and len(note.lines) == 1 and blocks[i - 2].kind is BlockKind.BODY
            and blocks[i - 2].frame_index != note.frame_index)


def _reads_as_first_line(text: str, cols: tuple[float, ...], next_line: str = "") -> bool:
    """Whether a title-like line is set as a paragraph's first line: a column's width less the
    indent, or short of it by the number that opens the next line and could not fit there
    (全县低收入人口由2012年底的 / 692人降到…), by the opening quote or bracket that went down
    with its word (本届运动会的主题是 / “共享友谊…), or by the character its own digits kept
    off it. A phrase gap or a column's name at the end
    (…拼搏”（人民论坛）) marks a headline, whatever its width."""
    wrap = 0.0
    if text.rstrip()[-1:] not in TERMINAL_MARKS:  # a sentence's end was not cut
        rest = next_line.lstrip()
        if rest and rest[0] in _OPENING_MARKS:  # an opening mark never ends a line: it went down with its word
            wrap, rest = 1.0, rest[1:]
        wrap += leading_wrap_em(rest)
        # Its own digits and Latin letters, set wider than counted, may have kept the next
        # character off it (全村在2019年10月16日晚 / 上举行…, an em short of the indent).
        wrap = max(wrap, latin_wrap(text))
    spread = _spread_before_mark(text, next_line)
    measured = remove_all_spaces(text) if spread else text
    return _at_indent(measured, cols, wrap) and (spread or not _phrase_gap(text)) and not COLUMN_TAG_RE.search(text)


_SPREAD_GAP_RE = re.compile(r"\S (?=\S)")
MIN_SPREAD_GAPS = 2  # one gap may be a headline's phrase gap (…路更宽 心更暖)


def _spread_before_mark(text: str, next_line: str) -> bool:
    """Whether a line's gaps are justification's, not a headline's phrase gaps: the mark that
    opens the next line could not end this one, so its characters were spaced out to the
    measure, and an extractor (pdfminer) writes the wider gaps as spaces (全 县 各乡镇日 前开展 /
    《关于…). Its characters, not its spaces, say how wide it was set. article_f1 +0.004,
    title_acc +0.006 summed over 35 generated sets (2 up, none down)."""
    return next_line.lstrip()[:1] in _OPENING_MARKS and len(_SPREAD_GAP_RE.findall(text.strip())) >= MIN_SPREAD_GAPS


def _at_indent(text: str, cols: tuple[float, ...], wrap: float = 0.0) -> bool:
    """Whether a line measures a column's width less the indent (a paragraph's first line),
    less at most ``wrap``, the width of what opens the next line."""
    w = display_width(text) + INDENT_EM
    return any(-0.5 <= c - w <= 0.5 + wrap for c in cols)


def _indented_line(text: str, cols: tuple[float, ...]) -> bool:
    """A line running on (no sentence end) set a column's width less the indent, or less
    what its digits and Latin letters, set wider than counted, keep off it."""
    return text.rstrip()[-1:] not in TERMINAL_MARKS and _at_indent(text, cols, latin_wrap(text))


# The last characters of a sentence and its closing quote, alone on a line (迹”).
_SENTENCE_TAIL_RE = re.compile(r"^\s*[\u4e00-\u9fff]{1,3}[”’」』）)]\s*$")


# A word's last characters alone (祥飞 after …应用研发部部长孟): the rest of a line cut at the
# column's end, when that line runs the full column.
_WORD_TAIL_RE = re.compile(r"^\s*[\u4e00-\u9fff]{1,3}\s*$")


def _word_tail(b: Block, prev: Block, nxt: Block | None, widths: tuple[float, ...]) -> bool:
    """Whether a title-like block is a word's last characters (see _WORD_TAIL_RE) after a line
    cut at the full column, with text going on after it: a short title stands above a byline,
    a lead or a caption's text of its own. A line spread by justification (品 牌 活 动 越 办 越 有 /
    影响) runs the full column, whatever its characters measure: article_f1 +0.001 summed over 68
    generated sets (2 up, one in the session's start pair; none down)."""
    last = prev.lines[-1].text
    return (_WORD_TAIL_RE.match(b.text) is not None and (_at_full_width(last, widths) or is_letter_spaced(last))
            and _text_goes_on(nxt))


def _text_goes_on(nxt: Block | None) -> bool:
    """Whether the block after a title-like line is text that opens no story of its own."""
    return nxt is not None and nxt.kind is BlockKind.BODY and not opens_with_lead(nxt.lines)


# A sentence's last words leading on to what follows (…纷纷表 / 达了赞许——, …我们要 / 做到：).
_LEADING_TAIL_RE = re.compile(r"^\s*[\u4e00-\u9fff，、]{1,10}(?:——|：)\s*$")


def _leading_tail(b: Block, prev: Block, nxt: Block | None, widths: tuple[float, ...]) -> bool:
    """Whether a title-like line is a sentence's last words leading on with a dash or a colon
    to the text after it, the line before full and unfinished (…始终与全县的 / 发展同在——
    / 2016年…). A word running over from it (表 / 达) was asked for as well, but a kicker's
    dash leads to a headline, not to text going on: without it article_f1 +0.33, para_f1
    +0.05 summed over 137 generated sets (1 page up, none down)."""
    return (len(b.lines) == 1 and _LEADING_TAIL_RE.match(b.text) is not None
            and _at_full_width(prev.lines[-1].text, widths) and _text_goes_on(nxt))


def _closes_unopened(text: str) -> bool:
    """Whether a line closes a parenthesis it never opened (王瑨采访整理）): the rest of a note
    begun in the frame before; no title does."""
    return bracket_balance(text) < 0


def _closes_open_quote(text: str, before: Block) -> bool:
    """Whether a line closes a quotation it never opened that the text before it left open
    (“沙进人退，那咱就去沙 / 窝里栽树！”): the rest of the quoted sentence; a headline closes
    only the quotes it opens."""
    close = text.find("”")
    if close < 0 or "“" in text[:close]:
        return False
    tail = "".join(l.text for l in before.lines[-3:])
    return tail.rfind("“") > tail.rfind("”")


# A box's label and its item (作者：… / 书名：…) set line by line, no sentence going on.
_LABEL_RE = re.compile(r"^\s*[\u4e00-\u9fff]{1,4}\s*[：:]")


def _full_lines_going_on_to_body(blocks: list[Block]) -> list[Block]:
    """A title line alone in its frame, set to the full width of the column after it, whose
    text goes on at the full width with no paragraph opening (老教师王明正在写《家乡变迁》 /
    一书，他反复查阅资料…): a paragraph's first line the extractor set apart, the sentence going
    on in the next frame. Not after title lines (a headline's last line over text drawn beside
    it), nor a line a headline's marks close or open (a column's name, a subheadline's dash,
    a phrase gap). article_f1 +0.009 summed over 35 generated sets (4 up, 1 down), +0.013 over
    26 unseen ones (4 up, none down). After text in its own frame too where it stops inside a
    word the next frame finishes (…湾头村党委副书 / 记李明说，…): +0.004 over 34 unseen sets (one
    page up, of the session's start pair); no change over 35 generated sets."""

    def span(out: list[Block], i: int) -> int | None:
        b = blocks[i]
        if b.kind is not BlockKind.TITLE or len(b.lines) != 1 or i + 1 >= len(blocks):
            return None
        nxt = blocks[i + 1]
        if (out and (out[-1].kind in (BlockKind.TITLE, BlockKind.DUPLICATE)
                     or out[-1].frame_index == b.frame_index and junction_gain(b.text.strip(), nxt.lines[0].text) < WORD_OVER_BREAK)
                or nxt.frame_index == b.frame_index):
            return None
        if nxt.kind is not BlockKind.BODY or len(nxt.lines) < 2 or opens_with_lead(nxt.lines):
            return None
        text = b.lines[0].text.strip()
        if (text.endswith(("）", ")")) or text.startswith(("——", "（", "(")) or _phrase_gap(text)
                or COLUMN_TAG_RE.search(text) or _LABEL_RE.match(text)):
            return None
        w = column_width(nxt.lines)
        if sum(_at_full_width(l.text, (w,)) for l in nxt.lines) < 2 and _ends_mid_sentence(nxt):
            return None  # one full line and no sentence's end: no paragraph's text (a signed heading's lines)
        first = nxt.lines[0].text
        # The line may fall an em short: a closing mark pulled onto it from the next line's head.
        return i + 2 if (not _at_indent(first, (w,)) and _at_full_width(first, (w,))
                         and _at_full_width(text, (w,), 1.0)) else None

    return _read_spans_as_text(blocks, span)


# A frame that opens on the last characters of a word and a clause's mark (性，而且…) goes on
# from the line before it: paragraphs open on whole words (此外，).
# (Any word over the break says so then; a whole text is rarely so short before its mark.)
FRAGMENT_WORD_GAIN = 1.0
SAME_WIDTH_EM = FULL_LINE_SLACK_EM + 0.5  # two lines of one column, justified, digits half an em
_WORD_TAIL_OPENING_RE = re.compile(r"^\s*([\u4e00-\u9fff]{1,2})[，、。；：]")


def _opens_on_word_tail(text: str) -> bool:
    """Whether a line opens on a word's last characters and a clause's mark (统、…, 性，…):
    one or two characters that are not a word of two."""
    m = _WORD_TAIL_OPENING_RE.match(text)
    return m is not None and not (is_word(m.group(1)) and len(m.group(1)) == 2)


def _goes_on_into(line: str, text: Block) -> bool:
    """Whether ``text`` goes on from ``line``: it opens on the tail of a word the line's end
    began (…由1个总系 / 统、8个监测站…)."""
    first = text.lines[0].text
    return _opens_on_word_tail(first) and junction_gain(line, first) >= FRAGMENT_WORD_GAIN


def _lines_going_on_into_text(blocks: list[Block]) -> list[Block]:
    """A title line whose last word the text right after it finishes (…孕育未来的可能 / 性，
    而且…): the text's first line, cut off by the extractor into a frame of its own, not a
    headline; no headline ends inside a word. article_f1 +0.018, title_acc +0.012 summed over
    89 generated sets (7 up, 2 down: each of the 10 lines it took, read, was text; the two
    pages lost elsewhere). So past a byline set in the column where the frame breaks (…由1个总系
    / ■记者 某某 / 统、8个监测站…): with _headlines_over_bylines' guard, article_f1 +0.23,
    title_acc +0.33 summed over 137 generated sets (2 pages up, none down). So too lines of a
    frame over text opening on a sentence's end (see _in_title_frame): article_f1 +0.23,
    title_acc +0.29 over 137 sets (1 page up, none down; without the frame's test 4 pages down,
    headlines over text going on from elsewhere).
    """
    out = list(blocks)
    for i in reversed(range(len(out) - 1)):  # from the end: a line made text may be the one a line above goes on into
        b, nxt = out[i], out[i + 1]
        if (nxt.kind is BlockKind.BYLINE and i + 2 < len(out) and nxt.frame_index != b.frame_index
                and out[i + 2].kind is BlockKind.BODY):
            nxt = out[i + 2]  # past a byline set in the column at the frame's break (see _headlines_over_bylines)
        if not (b.kind is BlockKind.TITLE and len(b.lines) == 1 and nxt.kind is BlockKind.BODY):
            continue
        fragment = _opens_on_word_tail(nxt.lines[0].text)
        # or a line with a clause in it over text that goes on at the full column (…以新技术为
        # 代表的新一 / 轮科技革命…): the text opens no paragraph there. title_acc +0.010,
        # article_f1 +0.003 more over 89 sets (4 up, one read, none down).
        clause = (has_clause_mark(b.lines[0].text) and len(nxt.lines) > 1
                  and display_width(nxt.lines[0].text) >= column_width(nxt.lines) - FULL_LINE_SLACK_EM)
        # or a line as wide as the text's first line that a word runs on from (…通用航空飞 /
        # 行大会11日在…): a column's line. article_f1 +0.020 more over 89 sets (7 up, none
        # down; one read), with this pass run from the page's end and after
        # _full_lines_going_on_to_body.
        column = (b.lines[0].text.rstrip()[-1:] not in TERMINAL_MARKS
                  and _same_width(b.lines[0].text, nxt.lines[0].text))
        if not (fragment or clause or column):
            continue
        gain = junction_gain(b.lines[0].text, nxt.lines[0].text)
        stops = column and _opens_on_sentence_end(nxt.lines[0].text) and _in_title_frame(out, i)
        if (fragment or clause) and gain >= FRAGMENT_WORD_GAIN or column and gain >= WORD_OVER_BREAK or stops:
            out[i] = as_text([b])
            # (the frame's lines above it, at its width, go on into it as well)
            k = i
            while (stops and k > 0 and out[k - 1].kind is BlockKind.TITLE and len(out[k - 1].lines) == 1
                   and out[k - 1].frame_index == b.frame_index
                   and out[k - 1].lines[0].text.rstrip()[-1:] not in TERMINAL_MARKS
                   and _same_width(out[k - 1].lines[0].text, b.lines[0].text)):
                k -= 1
                out[k] = as_text([out[k]])
    return out


def _same_width(a: str, b: str) -> bool:
    """Whether two lines measure alike, as two lines of one justified column do."""
    return abs(display_width(unspaced(a)) - display_width(unspaced(b))) <= SAME_WIDTH_EM


# A frame opening on a word or two and a full stop (开幕。…): the end of a sentence begun
# before it; no paragraph opens so.
_SENTENCE_END_OPENING_RE = re.compile(r"^\s*[\u4e00-\u9fff]{1,2}。")
MAX_TITLE_FRAME_LOOKBACK = 4


def _opens_on_sentence_end(text: str) -> bool:
    return _SENTENCE_END_OPENING_RE.match(text) is not None


def _in_title_frame(blocks: list[Block], i: int) -> bool:
    """Whether the title line blocks[i] ends a frame of two title lines or more, none parted by a
    phrase gap: lines of text set to their column (2019某某国 / 际农业机械展览大会12 /
    日在某省某市某县, then 开幕。…), where a headline parted so would stand over a paragraph's
    opening. A headline of one line, or one with a phrase gap, may be drawn over text going on
    from elsewhere (“某某”号 去南极破冰 / 求。…)."""
    b = blocks[i]
    texts = [x.lines[0].text for x in blocks[max(0, i - MAX_TITLE_FRAME_LOOKBACK):i + 1]
             if x.frame_index == b.frame_index and x.kind is BlockKind.TITLE]
    return len(texts) >= 2 and not any(_phrase_gap(t) for t in texts)


def _lines_finishing_a_word(blocks: list[Block]) -> list[Block]:
    """A title line right after text that stopped inside a word, which it finishes (…助力要 /
    素便捷高效流动): that text's last line going on, cut off by the extractor. article_f1
    +0.060 summed over 91 generated sets (23 up, 1 down, −0.0005; of the 28 lines it took
    over 12 sets, 24 were text); a lower word threshold (5) took more headlines' pieces
    (24 up, 3 down), a higher one (10) half the gain."""
    out = list(blocks)
    for i in range(1, len(out)):
        b, prev = out[i], out[i - 1]
        if (b.kind is BlockKind.TITLE and len(b.lines) == 1 and _ends_mid_sentence(prev)
                and junction_gain(prev.lines[-1].text, b.lines[0].text) >= WORD_OVER_BREAK):
            out[i] = as_text([b])
    return out


# A conjunction that turns a sentence after its comma (…不是一句空话， / 而要落到每一项服务之中):
# no headline opens with one (none of 48,000 titles over 68 generated sets' gold readings).
# article_f1 +0.004 summed over 68 generated sets (2 up, one in the session's start pair; none
# down).
_TURNING_RE = re.compile(r"^\s*(?:而|但|却|然而|从而|进而|甚至|否则|乃至)")


def _clause_goes_on(last: str, first: str) -> bool:
    """Whether a line goes on from a clause the line before left open after its comma."""
    return last.rstrip()[-1:] in "，," and _TURNING_RE.match(first) is not None


def _continue_unfinished_sentences(blocks: list[Block], widths: tuple[float, ...]) -> list[Block]:
    """Title-like lines right after a body that stopped mid-sentence, set to a column width
    (or trailing off in an ellipsis, as no headline does), are that sentence going on in the
    next frame; unless a （下转N版） says the text jumped, or the lines are a kicker over a
    story's headline (see _kicker_over_headline)."""
    n = len(blocks)
    stops = _next_stop(blocks)

    def span(out: list[Block], i: int) -> int | None:
        b = blocks[i]
        if not (b.kind is BlockKind.TITLE and out and _ends_mid_sentence(out[-1])):
            return None
        prev = out[-1]
        if len(prev.lines) == 1 and _closes_unopened(b.lines[0].text) and COLUMN_TAG_RE.search(
                prev.lines[0].text.rstrip() + b.lines[0].text.strip()):
            # A headline broken inside its column's name (古厝人家新时光（70年， / 共同走过·大国小家）):
            # the line before is no sentence, but the headline's first line.
            out[-1] = title_blocks(list(prev.lines), prev.frame_index)[0]
            return None
        if len(prev.lines) > 1 and tag_broken_over_lines(list(prev.lines) + list(b.lines)):
            # so too a headline of a few lines (…新路子 / 共护一湖水 激发新活力（奋进新征程 / 建功新时代·…）)
            out[-1:] = title_blocks(list(prev.lines), prev.frame_index)
            return None
        if prev.lines[-1].text.rstrip().endswith("——") and not _at_indent(
                b.lines[0].text, (max(display_width(l.text) for l in prev.lines),)):
            return None  # a dash leads into a new paragraph (…坚定探索—— / 一是…), set in from the column
        after = blocks[i + 1] if i + 1 < n else None
        turning = _clause_goes_on(prev.lines[-1].text, b.lines[0].text)
        if not turning and after is not None and (_headline_inside_text(b, prev, after) or _heading_over_paragraph(b, prev, after)):
            return None  # too short for a line inside the sentence (unless it turns the sentence)
        if i + 1 < n and _kicker_over_headline(blocks, i, i + 1, prev.frame_index):
            return None  # a kicker over a story's headline
        if not (_closes_unopened(b.text) or _closes_open_quote(b.lines[0].text, prev)
                or _ends_a_list(prev.lines[-1].text, b.lines[0].text)
                or turning or (
                fits_column(unspaced(b.lines[0].text), widths) or b.lines[-1].text.rstrip().endswith("…")
                or _SENTENCE_TAIL_RE.match(b.text) or _word_tail(b, prev, after, widths)
                or _leading_tail(b, prev, after, widths))
                and not _phrase_gap(b.lines[0].text) and stops[i] == "body"):
            return None
        k = i
        while k < n and blocks[k].kind in (BlockKind.TITLE, BlockKind.DUPLICATE) and blocks[k].frame_index == b.frame_index:
            k += 1
        lines = [l for x in blocks[i:k] for l in x.lines]
        if widths and any(display_width(unspaced(l.text)) > max(widths) + FULL_WIDTH_TOLERANCE_EM for l in lines) \
                or COLUMN_TAG_RE.search(lines[-1].text) or tag_broken_over_lines(lines):
            return None  # wider than any column, or closed by a column's name: a headline
        if k < n and _subheadline_under(lines, blocks[k], widths):
            return None  # a subheadline wider than the column opens under it: a headline
        if (any(x.kind is BlockKind.DUPLICATE for x in blocks[i:k]) or any(is_column_name(l.text) for l in lines)
                or any(_phrase_gap(l.text) for l in lines[1:])):
            return None  # printed twice, a column's name, or a phrase gap below: a headline's lines
        m = k
        while m < n and m < k + 2 and blocks[m].kind is BlockKind.BYLINE and not is_photo_credit(blocks[m].bylines):
            m += 1  # its story's byline between them (article_f1 +0.003, title_acc +0.008 over 35 sets, none down)
        if (m < n and blocks[m].kind is BlockKind.BODY and opens_with_lead(blocks[m].lines)
                and lines[-1].text.rstrip().rstrip(CLOSING_QUOTES)[-1:] not in "。！？!?…"):
            # still unfinished right above a lead (本报讯…), maybe its byline between: that
            # story's headline; a closing quote after words (…打出“生态牌”) finishes no sentence
            return None
        return k

    return _read_spans_as_text(blocks, span)


def _subheadline_under(lines: list[Line], nxt: Block, widths: tuple[float, ...]) -> bool:
    """Whether the frame after title lines is a subheadline under them (…服务 / …的能力 /
    ——某某解读《…》): a title opening with a dash, wider than any column, so no text of one."""
    return (nxt.kind is BlockKind.TITLE and bool(widths)
            and opens_subheadline([l.text for l in lines] + [l.text for l in nxt.lines])
            and any(display_width(unspaced(l.text)) > max(widths) + FULL_WIDTH_TOLERANCE_EM for l in nxt.lines))


# A paper's name: what a masthead line says before the first article.
MASTHEAD_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}(报|新闻|周刊)$")
MASTHEAD_SEARCH_BLOCKS = 6  # how far from the top of the page a masthead may stand


def _masthead(blocks: list[Block]) -> list[Block]:
    """A short title-like line naming a paper, before the first text or after the last (where
    extractors put a running head drawn last), or beside the page's date line or label, is
    the masthead."""
    out = list(blocks)
    for i, b in enumerate(out):  # beside the date line or label, wherever the head was drawn
        if (b.kind is BlockKind.TITLE and MASTHEAD_RE.match(remove_all_spaces(b.text))
                and any(0 <= j < len(out) and out[j].kind is BlockKind.FURNITURE for j in (i - 1, i + 1))):
            out[i] = replace(b, kind=BlockKind.FURNITURE)
    ends = (range(min(MASTHEAD_SEARCH_BLOCKS, len(out))),  # the head of the page ...
            range(len(out) - 1, max(len(out) - 1 - MASTHEAD_SEARCH_BLOCKS, -1), -1))  # ... or its foot
    for order in ends:
        for i in order:
            b = out[i]
            if b.kind is BlockKind.BODY:
                break
            if b.kind is BlockKind.TITLE and MASTHEAD_RE.match(remove_all_spaces(b.text)):
                out[i] = replace(b, kind=BlockKind.FURNITURE)
    return out


def _body_width(block: Block | None) -> float | None:
    return column_of(block.lines) if block is not None and block.kind is BlockKind.BODY else None


MAX_TAIL_EM = 3.0  # the last line of a subheading wrapped in the column may hold only a word's tail


def _column_set_titles_to_body(blocks: list[Block]) -> list[Block]:
    """A title group whose lines wrap at the width of the column beside it is set in the
    column: a subheading of the running text (“我们深刻感受到中国市场 / 的发展潜力”), not a title.

    A headline is set in a larger type, so its lines break at other widths than the body's.
    """
    out = list(blocks)
    # From the last run back: a run's neighbours are blocks no run replaces, at the same places.
    for i, j in reversed(_title_runs(blocks)):
        k = _last_frame_start(out, i, j)
        if k > i and COLUMN_TAG_RE.search(out[j - 1].lines[-1].text):
            j = k  # a headline closed by its column's name ends the run: the lines before it are judged alone
        if (j < len(out) and out[j].kind is BlockKind.BODY and OPENING_BOX_RE.match(out[j].lines[0].text)
                and not SOURCE_NOTE_RE.match(out[i].text)):
            # A box of key points (核心阅读) opens a story: no subheading goes before it (a
            # source's note broken over frames, 数据来源：… / …科, closes the story before).
            continue
        if _set_in_column(out, i, j):
            out[i:j] = [as_text(out[i:j])]
            continue
        h = _opening_under_column_name(out, i, j)
        if h is not None:
            out[h:j] = [as_text(out[h:j])]
    return out


# Two-character pieces a first paragraph set apart under its headline shares with the text
# under it, at least: a story repeats its words (让城市更新留住老街 / 的烟火气 over 老街的
# 烟火气…); another story's headline that wrapped at the column by chance does not.
# article_f1 +0.006 summed over 35 generated sets (2 up, none down) and +0.004 over the eight
# older unseen sets; without the test +0.007, one page -0.29.
MIN_OPENING_SHARED_PIECES = 2
OPENING_TEXT_LINES = 8  # of the text under it, compared


def _opening_under_column_name(out: list[Block], i: int, j: int) -> int | None:
    """Where lines set in the column start, in the title run out[i:j], under a headline its
    column's name closes (…（街谈巷议） / 让城市更新留住老街 / 的烟火气): the story's first
    paragraph, in a frame of its own, wrapped as the text under it is from the indent on and
    sharing its words. None if none."""
    h = next((h for h in range(i, j - 1) if COLUMN_TAG_RE.search(out[h].lines[-1].text)
              and out[h + 1].frame_index != out[h].frame_index), None)
    if h is None or j >= len(out) or out[j].kind is not BlockKind.BODY or not _set_in_column(out, h + 1, j):
        return None
    w = _body_width(out[j])
    if w is None or not _at_indent(out[h + 1].lines[0].text, (w,)):
        return None  # set from the column's edge it is no paragraph's opening: a deck or pull quote
    mine = bigram_codes("".join(remove_all_spaces(b.text) for b in out[h + 1:j]))
    theirs = bigram_codes("".join(remove_all_spaces(l.text) for l in out[j].lines[:OPENING_TEXT_LINES]))
    return h + 1 if len(mine & theirs) >= MIN_OPENING_SHARED_PIECES else None


# A notice's number on a line of its own (第十号, ［2019］第3号).
_NOTICE_NUMBER_RE = re.compile(r"^(?:[［\[][^］\]]{1,8}[］\]])?\s*第[一二三四五六七八九十百零〇0-9]{1,6}号$")


def _set_in_column(out: list[Block], i: int, j: int) -> bool:
    """Whether the title run out[i:j] wraps at the width of the column beside it (see
    _column_set_titles_to_body)."""
    group = [b for b in out[i:j] if b.kind is BlockKind.TITLE]
    if any(_NOTICE_NUMBER_RE.match(b.text.strip()) for b in group):
        # A notice's number under its heading (…县人民政府公告 / ［2019］第3号) is no line of a
        # subheading wrapped in the column. article_f1 +0.003 summed over 72 generated sets
        # (1 up, in the session's start pair; none down).
        return False
    widths = _columns_beside(out, i, j)
    # Wrapped text: every line but the last set to the column, the last one shorter. A
    # phrase gap marks a headline, unless the last line is a word's tail (夜间营业考题 商家如 /
    # 何破题): a typesetter breaks a headline between phrases.
    tail = display_width(group[-1].text) <= MAX_TAIL_EM
    # A subheading runs on into text of its article; a title above a lead or a byline
    # opens a new article.
    nxt = out[j] if j < len(out) else None
    if nxt is not None and (nxt.kind is BlockKind.BYLINE or nxt.kind is BlockKind.BODY and opens_with_lead(nxt.lines)):
        return False
    if nxt is not None and nxt.kind is BlockKind.TITLE and _headline_before_headline(group, widths):
        return False  # no text after it but another's headline (its run cut at that column's name)
    if _is_caption(out, j):
        return False  # a photo's caption, not its article's text, follows: a headline drawn after its body
    if _headline_before_jump(group, nxt, widths):
        return False
    # A column's name in either kind of parenthesis: these lines already read as titles, so
    # one in ASCII parentheses is no running text's (…基金组织(IMF)) at a line's end.
    if any(_closed_by_column_name(b.lines[-1].text) or COLUMN_NAME_RE.match(b.text) for b in group) or any(
            b.kind is BlockKind.DUPLICATE for b in out[i:j]):
        return False  # a column's name closes a headline, and only headlines are overprinted
    if any(b.text.rstrip().endswith("——") for b in group[:-1]):
        return False  # a kicker leads to its headline with a dash (…向祖国表白—— / 我爱你，中国)
    if opens_subheadline([b.text for b in group]):
        return False  # a subheadline opens with its dash under the headline (…喝彩” / ——访…)
    if any(_closed_by_column_name("".join(b.text.strip() for b in group[:k])) for k in range(2, len(group) + 1)):
        # a column's name broken over the headline's lines (…飞扬（我与新 / 中国·…）), as it
        # closes a headline also where a photo's title follows it in the run
        return False
    if not tail and set_apart_phrases(group[-1].lines[0].text):
        return False  # phrases set apart in the last line too (…支持《…》 / 助止暴制乱 护美好家园)
    # A typesetter pulls a character down onto a one-character last line (a widow), so the
    # line before a tail may fall one em short (刷脸完成值机到登机的全 / 过程).
    pulled = group[-2] if tail and len(group) > 1 else None
    # A line at the indent opens a paragraph, so text stopped mid-sentence above, its last
    # line running on at the full width, does not go on in it (…扎根中华大地。深入宣传 /
    # 纪念中国重返国际奥林匹克 / 大家庭40周年座谈会举行). A short last line ended its
    # paragraph, mark or none (a deck's …重要力量).
    opened = i == 0 or not (_ends_mid_sentence(out[i - 1]) and _at_full_width(out[i - 1].lines[-1].text, widths))
    wrapped = _wrapped_in_column(group, widths, opened, pulled, tail, nxt) or (
        # a section's short label over its subheading wrapped in the column (海外办学 / 让山里
        # 的孩子走出 / 大山): the label keeps the first line off the column
        len(group) > 2 and _section_label(group[0]) and _wrapped_in_column(group[1:], widths, opened, pulled, tail, nxt)
        or _wrapped_label_over_text(group, widths, pulled, tail, nxt))
    # No text after it at all: a headline drawn after its text, last on the page, unless it
    # breaks inside a sentence or a word or is a credit broken over lines (刘新吾  何  超摄影 /
    # 报道). Asked last: the word test reads jieba's dictionary.
    return wrapped and not (all(b.kind is BlockKind.FURNITURE for b in out[j:]) and not _broken_inside_words(group)
                            and not bare_credit("".join(b.text for b in group)))


def _wrapped_in_column(group: list[Block], widths: tuple[float, ...], opened: bool, pulled: Block | None,
                       tail: bool, nxt: Block | None) -> bool:
    """Whether title lines wrap as text does in a column ``widths`` wide: every line but the
    last set to the column (or, after a paragraph's end, to its indent), no phrase gap in them
    unless the last is a word's tail, and the last shorter or running on into the text after.
    ``pulled`` is the line a widow's character was pulled from, allowed an em short."""
    return len(group) > 1 and bool(widths) and all(
        (_at_full_width(b.lines[0].text, widths, 1.0 if b is pulled else 0.0)
         or (opened or b is not group[0]) and _at_indent(b.lines[0].text, widths, 1.0 if b is pulled else 0.0))
        and (not _phrase_gap(b.lines[0].text) or tail)
        for b in group[:-1]) and (display_width(group[-1].lines[0].text) <= max(widths) - 1.0
                                  or _runs_on(group, widths, nxt))


# A section's label over its subheading (老街新貌, 稳与进): a few characters, one line.
# 10 rather than 6: article_f1 +0.058 summed over 35 generated sets (22 up, 4 down) against
# +0.031; 14 and 30 gained less.
MAX_SECTION_LABEL_EM = 10.0


def _section_label(block: Block) -> bool:
    """Whether a title line may be a section's label: short, one line, no clause mark and no
    phrase gap (a headline's phrases are set apart)."""
    text = block.text
    return (len(block.lines) == 1 and display_width(text) <= MAX_SECTION_LABEL_EM and not has_clause_mark(text)
            and not _phrase_gap(text))


def _wrapped_label_over_text(group: list[Block], widths: tuple[float, ...], pulled: Block | None, tail: bool,
                             nxt: Block | None) -> bool:
    """Whether a section's label, wrapped in a frame of its own (新品牌新口碑 / 走俏),
    stands over a paragraph wrapped in the column from its indent. article_f1 +0.008 summed
    over 34 unseen sets (3 up, none down); no change on the 35 generated sets."""
    n = next((k for k, b in enumerate(group) if b.frame_index != group[0].frame_index), 0)
    if not 1 < n < len(group) - 2:
        return False  # (a paragraph of three lines or more: two may be a name wrapped, （英国）… / …森)
    label = [l.text for b in group[:n] for l in b.lines]
    return (sum(map(display_width, label)) <= MAX_SECTION_LABEL_EM and not any(map(has_clause_mark, label))
            and not any(map(_phrase_gap, label)) and _wrapped_in_column(group[n:], widths, True, pulled, tail, nxt))


def _headline_before_jump(group: list[Block], nxt: Block | None, widths: tuple[float, ...]) -> bool:
    """Whether title lines right before a （下转N版） are the headline drawn after its text
    (…村里的老人每天 / 东湖两镇携手治理水环境 / 九名联合河长上岗 / （下转20版）): text that jumps
    on fills its column up to the jump, while their last line stops short of the column, and
    before a paragraph's first line's measure, with no mark to end it, and no word runs over
    their breaks as a subheading's may (…走出一条文化振 / 兴之路). title_acc +0.007, article_f1
    +0.002 summed over 35 generated sets (1 up, 1 down).
    Under a line of their own, the last may reach the indent's measure: a paragraph's first
    line is set at the indent, but the lines after it fill the column (…共同应对挑战。 / 市长会见
    某国代表团并出席 / 两市友好交流签约仪式 / （下转5版）). article_f1 +0.004 summed over 76
    generated sets (3 up, none down)."""
    return (nxt is not None and nxt.continuation is not None and nxt.continuation.direction == "to" and bool(widths)
            and group[-1].text.rstrip()[-1:] not in TERMINAL_MARKS
            and display_width(group[-1].lines[-1].text) < min(widths) - (
                FULL_LINE_SLACK_EM if sum(len(b.lines) for b in group) > 1 else INDENT_EM + 0.5)
            and not _broken_inside_words(group))


def _headline_before_headline(group: list[Block], widths: tuple[float, ...]) -> bool:
    """Whether title lines followed by another story's headline, not by text, are a headline
    too (the story before's, drawn after its text: 第五届全县职工运动会 / 确定2025年在城东举办):
    their first line short of the column, no sentence's end or clause in them, no word broken
    over their lines. A subheading cut off from its section's text may stand there too, but is
    set to the column's full width (坚持生态优先绿色发展理念 / 守护好绿水青山) or broken inside
    a word (…必须加 / 强督查). article_f1 +0.014, title_acc +0.008 summed over 35 generated sets
    (5 up, none down)."""
    return (not _at_full_width(group[0].lines[0].text, widths)
            and group[-1].lines[-1].text.rstrip()[-1:] not in TERMINAL_MARKS
            and not any(has_clause_mark(l.text) for b in group for l in b.lines)
            and not _broken_inside_words(group))


# A sentence's end inside a line, the text going on after it.
_INNER_STOP_RE = re.compile(r"[。？！?!]\s*\S")


def _broken_inside_words(group: list[Block]) -> bool:
    """Whether a line break of a title group falls inside a sentence or a word, as a
    column breaks text (…告别断流了 / 吗？水量…, …AI智 / 能风): a typesetter breaks a headline
    between its phrases."""
    lines = [l.text.strip() for b in group for l in b.lines]
    return any(_INNER_STOP_RE.search(t) for t in lines) or any(
        junction_gain(a, b) > 0 for a, b in zip(lines, lines[1:]))


def _is_caption(blocks: list[Block], k: int) -> bool:
    """Whether block ``k`` is a photo's caption: short text its photo's credit closes, in its
    last line (…前进步伐。 本报记者 X摄) or as the byline right after it."""
    if not (k < len(blocks) and blocks[k].kind is BlockKind.BODY
            and sum(len(l.text) for l in blocks[k].lines) <= CAPTION_SEARCH_CHARS):
        return False  # (a body block keeps its words in its lines, not in .text)
    return credit_closes(blocks[k].lines, blocks[k + 1] if k + 1 < len(blocks) else None)


# A sentence ending in a mark that needs no full stop (…谁不想活 / 了？, …繁荣昌盛 / 万岁！)
# can pass the title test line by line; a headline never ends in a word's tail and its mark.
_TAIL_MARKS = "！？!?"


def _last_frame_start(blocks: list[Block], i: int, j: int) -> int:
    """Where the lines of the last frame of the title run blocks[i:j] start."""
    k = j - 1
    while k > i and blocks[k - 1].frame_index == blocks[j - 1].frame_index:
        k -= 1
    return k


def _frames_of_run(blocks: list[Block], i: int, j: int) -> list[tuple[int, int]]:
    """The title run blocks[i:j] cut into its frames, each as (start, end)."""
    out: list[tuple[int, int]] = []
    for k in range(i, j):
        if k == i or blocks[k].frame_index != blocks[k - 1].frame_index:
            out.append((k, k + 1))
        else:
            out[-1] = (out[-1][0], k + 1)
    return out


# A subheadline's dash leads a line longer than a signature's name (——张三), sentence-free.
MIN_DASH_SUBHEADLINE_CHARS = 6


def _dash_subheadline(block: Block) -> bool:
    """Whether a title block is a subheadline led by a dash (——…联欢活动侧记)."""
    text = block.text.strip() if block.kind is BlockKind.TITLE else ""
    return (text.startswith("——") and len(text.lstrip("—")) >= MIN_DASH_SUBHEADLINE_CHARS
            and not any(c in SENTENCE_MARKS for c in text))


def _exclaimed_runs_to_body(blocks: list[Block]) -> list[Block]:
    """Lines ending in ！ right after text, no byline or lead after them (这是一段催人奋进的
    创业历程！ / 这是一份沉甸甸的时代答卷！), are the text's cry: 54 title-like lines ending in
    ！ in 20 generated sets, all text. So is each such frame after it, a frame a cry
    (祝福伟大祖国更加繁 / 荣昌盛！, 祝福中华民族昂首走 / 向复兴！), up to one that ends otherwise
    or stands over a byline or a lead, or over a subheadline: a headline's cry (我爱你，祖国！ /
    ——国庆之夜…侧记; title_acc +0.0025 summed over 35 generated sets and +0.0033 over 26
    unseen sets, one page each, none down)."""
    out: list[Block] = []
    runs = {i: j for i, j in _title_runs(blocks)}
    i = 0
    while i < len(blocks):
        j = runs.get(i)
        if j is None:
            out.append(blocks[i])
            i += 1
            continue
        # (a caption its photo's credit closes is followed by the photo's title, however it
        # ends: 冲刺！冲刺！; article_f1 +0.001 summed over 35 generated sets and +0.003 over
        # 32 unseen sets, 1 and 2 pages up, none down; one of them in the session's start pair;
        # so is a short cry over such a caption, 向上！向上！: one start-pair page, read)
        after_text = bool(out) and out[-1].kind is BlockKind.BODY and not ends_with_photo_credit(out[-1].lines)
        for a, b in _frames_of_run(blocks, i, j):
            nxt = blocks[b] if b < len(blocks) else None
            cried = (after_text and blocks[b - 1].kind is BlockKind.TITLE and blocks[b - 1].text.strip()[-1:] in "！!"
                     and not (nxt is not None and (nxt.kind is BlockKind.BYLINE
                                                   or nxt.kind is BlockKind.BODY and opens_with_lead(nxt.lines)
                                                   or _dash_subheadline(nxt)))
                     and not (b - a == 1 and display_width(blocks[a].text) <= MAX_PHOTO_TITLE_EM
                              and _is_caption(blocks, b)))
            if cried:
                out.append(as_text(blocks[a:b]))
            else:
                after_text = False
                out.extend(blocks[a:b])
        i = j
    return out


def _exclamations_and_questions_to_body(blocks: list[Block]) -> list[Block]:
    """Title lines of a frame whose last line is a word's tail and a ！ or ？ (…他们不想活 /
    了？) are the end of a paragraph, not a headline: measured on 20 generated sets, 21 such
    frames and not one headline. So is a question in a frame of its own with text on both
    sides (…是如何训练的？ / 比赛中怎样的发挥才算达到省级水平？ / 为了迅速提升水平，…): the
    text asks it (22 such frames in 24 sets, no headline; a question headline stands beside
    its byline, its lead or another title). Lines ending in ！ right after text are read
    before, by _exclaimed_runs_to_body."""
    out = list(blocks)
    for i, j in reversed(_title_runs(blocks)):
        last = out[j - 1]
        if last.kind is not BlockKind.TITLE:
            continue
        text = last.text.strip()
        k = _last_frame_start(out, i, j)
        nxt = out[j] if j < len(out) else None
        in_text = 0 < k and out[k - 1].kind is BlockKind.BODY and not (
            nxt is not None and (nxt.kind is BlockKind.BYLINE or nxt.kind is BlockKind.BODY and opens_with_lead(nxt.lines)))
        question_in_text = (text[-1:] in "？?" and k == i and in_text and nxt is not None
                            and nxt.kind is BlockKind.BODY)
        if text[-1:] not in _TAIL_MARKS or (display_width(text) > MAX_TAIL_EM and not question_in_text):
            continue
        out[k:j] = [as_text(out[k:j])]
    return out


def _paragraphs_set_as_titles_to_body(blocks: list[Block]) -> list[Block]:
    """A frame of title lines set as a whole paragraph of the column under it (要打造这样一条…
    的能源 / 大通道谈何容易？！ over running text): its first line set in by the indent, any
    middle lines filling the column, the last closing a sentence (a quotation's closing mark
    after the stop or not). A wrapped headline fills its first line. article_f1 +0.010,
    title_acc +0.018 summed over 91 generated sets (4 up, none down; one page read); with the
    closing marks and ASCII brackets in _set_as_column_text, +0.017 more over 62 (6 up, none
    down)."""
    out = list(blocks)
    for i, j in reversed(_title_runs(blocks)):
        nxt = out[j] if j < len(out) else None
        if nxt is None or nxt.kind is not BlockKind.BODY or opens_with_lead(nxt.lines) or len(nxt.lines) < MIN_LINES_FOR_COLUMN:
            continue
        k = _last_frame_start(out, i, j)
        lines = [l.text for b in out[k:j] for l in b.lines]
        if _set_as_paragraph(lines, column_width(nxt.lines)) and SENTENCE_STOP_RE.search(lines[-1]):
            out[k:j] = [as_text(out[k:j])]
    return out


def _jumped_titles_to_body(blocks: list[Block], drawn: bool = True) -> list[Block]:
    """Title-like lines in the frame of a （下转N版）, just before it, are the last lines of the
    text that jumps (…经过大力推进示范区创建 / 工作，2018年，全县接待游客 / （下转17版）): a
    marker closes a text, never a headline (11 such runs in 24 generated sets, all text). So
    are such lines in a frame of their own that a headline cannot end with (…人们纷纷从四面八方
    / 聚集—— / （下转22版）): a clause's mark or a dash, which leads on to words that jumped;
    and such lines set as a paragraph's start in the text's column (_set_as_column_text).
    ``drawn`` tells that the page's frames are the extractor's own (see _stranded_lines_to_body)."""
    out = list(blocks)
    for i, j in reversed(_title_runs(blocks)):
        nxt = out[j] if j < len(out) else None
        if nxt is None or not jumps_on(nxt):
            continue
        last = out[j - 1].text.rstrip()
        k = _last_frame_start(out, i, j)
        if nxt.frame_index != out[j - 1].frame_index and not (
                out[j - 1].kind is BlockKind.TITLE and (last.endswith("——") or last[-1:] in CLAUSE_END)) \
                and not _set_as_column_text(out, i, k, j):
            continue
        out[k:j] = [as_text(out[k:j])]
    return _stranded_lines_to_body(out) if drawn else out


def _set_as_column_text(blocks: list[Block], i: int, k: int, j: int) -> bool:
    """Whether the last frame of a title run, blocks[k:j], is set like the text just before
    the run: two lines or more, the first set in by the indent and the others filling the
    column, so that a paragraph opens there and runs on past the frame. A wrapped headline's
    first line fills its width, or it closes on its column's name in brackets, full-width or
    ASCII (…（70 / 年，共同走过·大国小家）), or is printed twice. article_f1 +0.027 summed over
    91 generated sets (11 up, 1 down)."""
    prev = blocks[i - 1] if i else None
    if prev is None or prev.kind is not BlockKind.BODY or len(prev.lines) < MIN_LINES_FOR_COLUMN:
        return False
    lines = [line.text for b in blocks[k:j] for line in b.lines]
    width = column_width(prev.lines)
    return (_set_as_paragraph(lines, width) and reaches_column(lines[-1], width)
            and not lines[-1].rstrip().endswith(("）", ")")))


def _set_as_paragraph(lines: list[str], width: float) -> bool:
    """Whether title-like lines are set as a paragraph (its start or the whole of it) in a
    column ``width`` ems wide: two lines or more, none printed twice nor wider than the
    column, the first set in by the indent, those between it and the last filling the column."""
    return (len(lines) >= 2 and len(set(lines)) == len(lines) and _at_indent(lines[0], (width,))
            and all(reaches_column(t, width) for t in lines[1:-1])
            and all(display_width(t) <= width + 0.5 for t in lines))


# Characters that lean on the word after them: a line ending in one (not as a word's last,
# 大使) stops mid-clause. (的 ends a headline's sentence as often: …是徒劳的.) 以 joined them
# with the page's credit kept out of a brief's heading (blocks.frame): title_acc +0.008 summed
# over 87 generated sets (4 up, none down).
_LEANS_ON_NEXT = frozenset("在对把将向从被让使与和及并以")
_LEANS_ON_NEXT_OR_DE = _LEANS_ON_NEXT | {"的"}  # (a kicker's line ends a phrase: on neither)
MAX_JUMP_LOOKAHEAD = 4  # the story's own headline and byline may stand between its text and its marker


def _stranded_lines_to_body(blocks: list[Block]) -> list[Block]:
    """A line alone in a frame the extractor drew, right after text, ending in a character that
    leans on the next word (…安倍晋三14日在), with only titles and bylines between it and a
    （下转N版）, is the last line of a text that jumps, its story's headline and byline drawn
    after it: no headline ends so. (Where frames are found from lines, a wrapped headline's
    first line, …成功的, may stand alone.)"""
    out = list(blocks)
    for i, b in enumerate(blocks):
        if not (b.kind is BlockKind.TITLE and len(b.lines) == 1 and 0 < i and blocks[i - 1].kind is BlockKind.BODY
                and blocks[i - 1].frame_index != b.frame_index and b.text.rstrip()[-1:] in _LEANS_ON_NEXT
                and not is_word(remove_all_spaces(b.text)[-2:])
                and (i + 1 == len(blocks) or blocks[i + 1].frame_index != b.frame_index)):
            continue
        for nxt in blocks[i + 1:i + 1 + MAX_JUMP_LOOKAHEAD]:
            if jumps_on(nxt):
                out[i] = as_text([b])
                break
            if nxt.kind not in (BlockKind.TITLE, BlockKind.DUPLICATE, BlockKind.BYLINE):
                break
    return out


# A part's number standing alone on its line (三), the part's heading left to the text.
_BARE_NUMERAL_RE = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*$")


def _numbered_headings_to_body(blocks: list[Block]) -> list[Block]:
    """Title lines opening with a part's number (一、健全中医药服务 / 体系, letter-spaced or not)
    before text that opens no article are a heading inside that text: no headline opens so.
    Between text and another story's titles, such a heading is the last words of the text
    before it (a story cut short where the page ended it). Headings one after another (a
    report's tables, each a caption only: 表2 … / 表3 …) are read in turn, each after the
    text the one before became. With tables' captions: article_f1 +0.012, para_f1 +0.013
    summed over 35 generated sets (6 up, none down)."""
    out = list(blocks)
    for i, j in reversed(_title_runs(blocks)):
        h = i  # each heading of the run in turn, while the one before became text
        while h < j and (ENUMERATED_RE.match(out[h].lines[0].text) or ENUMERATED_RE.match(remove_all_spaces(out[h].text))
                         or _BARE_NUMERAL_RE.match(out[h].text)):
            k = h + 1  # the heading's own lines: its frame, and a word's tail wrapped into the next
            while k < j and k - h < MAX_TITLE_LINES and (out[k].frame_index == out[h].frame_index or (
                    out[k].frame_index == out[k - 1].frame_index + 1 and display_width(out[k].text) <= MAX_TAIL_EM)):
                k += 1
            nxt = out[k] if k < len(out) else None
            # A part's number alone (三) after text numbers its last part, whatever follows: the
            # story was cut short after it (+0.004 on the fresh sets 6501/6551, 1 page up).
            bare = h > 0 and out[h - 1].kind is BlockKind.BODY and _BARE_NUMERAL_RE.match(out[h].text) is not None
            if not (k == j and nxt is not None and nxt.kind is BlockKind.BODY and not opens_with_lead(nxt.lines)
                    or k < j and h and out[h - 1].kind is BlockKind.BODY or bare):
                break
            out[h:k] = [as_text(out[h:k])]
            j -= k - h - 1  # the run's end moved up by the lines joined into one block
            h += 1
    return out


# A pull quote repeats this many characters of its story word for word, at least.
MIN_PULL_QUOTE_CHARS = 8
# How far into the story below its headline a pull quote's sentence is looked for.
PULL_QUOTE_SEARCH_BLOCKS = 40


def _pull_quotes_to_body(blocks: list[Block], widths: tuple[float, ...]) -> list[Block]:
    """Lines under a headline, in a frame of their own, wrapped at the column (full first
    line, a word or two left on the last: 让每一位市民养成垃圾分类 / 的好习惯), over text that
    opens with no lead and repeats them word for word, are the story's pull quote: a sentence
    of it set large at its top, which a reading keeps as its first paragraph. A headline's
    lines are set balanced, not wrapped, and it repeats the story's words, not a sentence."""
    out = list(blocks)
    for i, j in reversed(_title_runs(blocks)):  # from the end, so that earlier indices hold
        for a, b in reversed(_frames_of_run(blocks, i, j)):
            if (a > i and blocks[a - 1].kind is BlockKind.TITLE and all(x.kind is BlockKind.TITLE for x in blocks[a:b])
                    and _pull_quote(blocks[a:b], blocks[b:b + PULL_QUOTE_SEARCH_BLOCKS], widths)):
                out[a:b] = [as_text(blocks[a:b])]
    return out


def _pull_quote(group: list[Block], below: list[Block], widths: tuple[float, ...]) -> bool:
    """Whether a frame's title lines are a pull quote of the text ``below`` (see _pull_quotes_to_body)."""
    lines = [line for x in group for line in x.lines]
    if not (len(lines) >= 2 and below and below[0].kind is BlockKind.BODY and not opens_with_lead(below[0].lines)
            and _at_full_width(lines[0].text, widths)
            and display_width(lines[-1].text) < MIN_HEADLINE_BALANCE * display_width(lines[0].text)):
        return False
    quote = remove_all_spaces("".join(line.text for line in lines))
    text = remove_all_spaces("".join(line.text for x in below if x.kind is BlockKind.BODY for line in x.lines))
    return len(quote) >= MIN_PULL_QUOTE_CHARS and quote in text


def _runs_on(group: list[Block], widths: tuple[float, ...], nxt: Block | None) -> bool:
    """Whether title-like lines are a paragraph's opening that goes on in the text after them:
    the first line set to the column less the indent, the last one to the full column (灵昆岛的
    老干部们还 / 带我们细看了他们往日生 / 活中捕鱼…), as an extractor breaks a column."""
    return (nxt is not None and nxt.kind is BlockKind.BODY and not opens_with_lead(nxt.lines)
            and _at_full_width(group[-1].lines[-1].text, widths) and _at_indent(group[0].lines[0].text, widths))


_TRAILING_ROLE_RE = re.compile(r"\s(" + "|".join(re.escape(r) for r in BYLINE_ROLES if len(r) > 1) + r")\s*$")


def _attach_split_credits(blocks: list[Block]) -> list[Block]:
    """A credit broken over two lines (…准备上山。 本报记者 / 汪强倩、闫凯旭摄): the role at the end
    of a text line joins the names that open the next block; a credit's last characters and
    its 摄 (新华社记者 张金 / 加摄) join the credit they end."""
    out = list(blocks)
    i = 0
    while i + 1 < len(out):
        b, nxt = out[i], out[i + 1]
        m = _TRAILING_ROLE_RE.search(b.lines[-1].text) if b.kind in (BlockKind.BODY, BlockKind.TITLE) else None
        names = nxt.lines[0].text.strip()
        bylines = (parse_byline(m.group(1) + " " + names) if m and len(nxt.lines) == 1
                   and nxt.kind in (BlockKind.BYLINE, BlockKind.BODY, BlockKind.TITLE) else None)
        if m and bylines:
            head, tail = cut_line(b.lines[-1], m.start())
            out[i:i + 2] = _credit_across(b, nxt, head, tail, bylines, f"{tail.text.strip()} {names}")
        elif (b.kind is BlockKind.BODY and len(nxt.lines) == 1 and nxt.kind is not BlockKind.FURNITURE
              and nxt.frame_index != b.frame_index and "摄" in nxt.lines[0].text
              and (split := credit_broken_at(b.lines[-1], nxt.lines[0])) is not None and is_photo_credit(split[2])
              and split[0].text.strip()):
            # …or broken anywhere as the caption's frame ends (…的来临。 本报记者 唐芳 / 静摄,
            # …临近尾声。 本 / 报记者 白雨轩摄): the caption's last words and the next frame's line.
            head, tail, bylines = split
            out[i:i + 2] = _credit_across(b, nxt, head, tail, bylines, f"{tail.text.strip()}{nxt.lines[0].text.strip()}")
        elif ((b.kind is BlockKind.BYLINE or b.kind is BlockKind.TITLE and len(b.lines) == 1
               and _ROLE_AND_INITIAL_RE.search(b.lines[0].text))
              and "摄" not in b.text and nxt.kind in (BlockKind.BODY, BlockKind.TITLE)
              and len(nxt.lines) == 1 and _NAME_END_RE.match(nxt.lines[0].text)):
            # …the name broken before its last character and 摄 (新华社记者 张金 / 加摄), its
            # first characters maybe spaced out as the line was justified (新华社 记 者  周 丽 /
            # 宁摄), or only its first left (新 华 社 记 者  周 / 宁摄: no byline on its own).
            end = nxt.lines[0].text.strip()
            bare = end.endswith("摄影报道")  # (…王  明  李 / 晓红摄影报道: a bare credit, its caption's text)
            joined = _joined_credit(b, nxt, b.text + end, bare=bare)
            if joined is None and (spaced := _SPACED_NAME_END_RE.search(b.text)):
                closed_up = b.text[:spaced.start()] + spaced.group(1) + spaced.group(2)
                joined = _joined_credit(b, nxt, closed_up + end, bare=bare)
            if joined is not None:
                out[i:i + 2] = [joined]
        elif (len(b.lines) == 1 and b.kind in (BlockKind.BYLINE, BlockKind.TITLE) and nxt.kind is BlockKind.TITLE
              and len(nxt.lines) == 1 and "摄" in b.text + nxt.text
              and (nxt.frame_index == b.frame_index or bracket_balance(b.text) > 0 > bracket_balance(nxt.text))):
            # …or a credit broken anywhere in its own frame (新华社记者 曹 / 灿摄, 本报记者 王 丹摄 /
            # 影报道, 袁 琛摄影报道（影 / 像中国）), or across frames inside its agency's
            # brackets (…摄影报道（人 / 民视觉）): the whole reads as one.
            joined = _joined_credit(b, nxt, b.lines[0].text.strip() + nxt.lines[0].text.strip(), bare=True)
            if joined is not None:
                out[i:i + 2] = [joined]
        i += 1
    return out


def _credit_across(b: Block, nxt: Block, head: Line, tail: Line, bylines: tuple[Byline, ...],
                   text: str) -> list[Block]:
    """A credit begun at the end of ``b``'s last line (``tail``, after ``head``) and finished by
    ``nxt``'s one line: ``b`` without it, and the credit as a byline in ``nxt``'s frame."""
    return [replace(b, lines=b.lines[:-1] + (head,)),
            Block(BlockKind.BYLINE, (tail, nxt.lines[0]), nxt.frame_index, bylines=bylines, text=text)]


def _joined_credit(b: Block, nxt: Block, text: str, bare: bool) -> Block | None:
    """Two blocks read as one credit: a photographer's byline, or (``bare``) a credit without a
    role, which is its caption's text; None when ``text`` is neither."""
    bylines = parse_byline(text)
    if bylines is not None and is_photo_credit(bylines):
        return Block(BlockKind.BYLINE, b.lines + nxt.lines, b.frame_index, bylines=bylines, text=text)
    if bare and bare_credit(text):
        return Block(BlockKind.BODY, b.lines + nxt.lines, b.frame_index)
    return None


# The end of a photo credit broken off its names: 加摄, 莫倩芳摄, 晓红摄影报道.
_NAME_END_RE = re.compile(r"^\s*[\u4e00-\u9fff]{1,3}摄(?:影报道)?\s*$")
# A reporter's role and a name's first character alone at a line's end (新 华 社 记 者  周).
_ROLE_AND_INITIAL_RE = re.compile(r"记\s*者\s+[\u4e00-\u9fff]\s*$")
# A name's first two characters spaced out at a line's end (… 周 丽).
_SPACED_NAME_END_RE = re.compile(r"(?<=\s)([\u4e00-\u9fff])\s+([\u4e00-\u9fff])\s*$")


def _with_frame(block: Block, index: int) -> Block:
    return replace(block, frame_index=index)
