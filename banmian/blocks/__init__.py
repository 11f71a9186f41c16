"""Stage 3, blocks: frames -> classified blocks.

Each line of a frame is read as a byline, a continuation marker, page furniture, or text;
runs of text lines become title or body blocks (``frame``), and page-level passes settle
what only a block's neighbours show (``page``). The parsers for bylines (``bylines``) and
for continuation markers and furniture (``furniture``) live here so that the PDF front end
uses the same ones.
"""
from banmian.blocks.bylines import BYLINE_ROLES, PHOTO_ROLE, is_photo_credit, parse_byline, signature_ending_at, signer_start
from banmian.blocks.frame import (
    ASCII_COLUMN_TAG_RE, BODY_LEAD_RE, BRIEF_BOX_LABEL_RE, COLUMN_NAME_RE, COLUMN_TAG_RE, CONNECTIVE_RE, EDITORS_NOTE_RE, LEAD_FIRST_CHARS, LEADS_ON_RE, OPENING_BOX_RE, SIDEBAR_LABEL_RE, SIGN_OFF_DATE_RE, SOURCE_NOTE_RE, SPEAKS_RE, block_text, classify_frame, credit_closes, ends_with_credit, ends_with_photo_credit, has_clause_mark, is_column_name,
    opens_with_lead, phrase_gap, set_apart_phrases, stops_mid_sentence, tag_after_few_words, tag_broken_over_lines,
)
from banmian.blocks.furniture import CONTINUATION_RE, SECTION_NAMES, is_furniture, iso_date, jumps_on, page_number, parse_continuation
from banmian.blocks.page import GENRE_END_RE, MASTHEAD_RE, SUBHEADLINE_DASH_RE, MIN_CAPTION_LINE_CHARS, classify_blocks, column_widths, frames_drawn, title_line_stands_alone

__all__ = [
    "ASCII_COLUMN_TAG_RE", "BODY_LEAD_RE", "BRIEF_BOX_LABEL_RE", "BYLINE_ROLES", "COLUMN_NAME_RE", "COLUMN_TAG_RE", "CONNECTIVE_RE", "CONTINUATION_RE", "EDITORS_NOTE_RE", "GENRE_END_RE", "LEAD_FIRST_CHARS", "LEADS_ON_RE", "MASTHEAD_RE", "MIN_CAPTION_LINE_CHARS", "OPENING_BOX_RE",
    "PHOTO_ROLE", "SECTION_NAMES", "SIDEBAR_LABEL_RE", "SIGN_OFF_DATE_RE", "SOURCE_NOTE_RE", "SPEAKS_RE", "SUBHEADLINE_DASH_RE", "block_text", "classify_blocks", "classify_frame",
    "column_widths", "credit_closes", "ends_with_credit", "ends_with_photo_credit", "frames_drawn", "has_clause_mark", "is_column_name", "is_furniture", "is_photo_credit", "iso_date", "jumps_on", "opens_with_lead", "page_number", "parse_byline", "parse_continuation", "phrase_gap",
    "set_apart_phrases", "signature_ending_at", "signer_start", "stops_mid_sentence", "tag_after_few_words", "tag_broken_over_lines", "title_line_stands_alone",
]
