"""Helpers to set hand-written test pages the way a newspaper column sets them."""
from __future__ import annotations

CLOSING = set("，。、；：！？”’）》」")


def wrap_column(paragraphs: list[str], width: int, indent: int = 2) -> list[str]:
    """Set paragraphs into a column ``width`` ems wide the way a justified layout does:
    a first line ``indent`` ems in (the indent itself lost, as extractors lose it), digits
    and Latin letters half an em, and a number never split across lines."""
    import re

    from banmian.lines import display_width

    lines: list[str] = []
    for para in paragraphs:
        tokens = re.findall(r"[0-9A-Za-z.%]+|.", para)
        room = width - indent
        cur = ""
        for tok in tokens:
            # Closing punctuation never opens a line: it hangs at the end of the full one.
            if cur and display_width(cur + tok) > room and tok not in CLOSING:
                lines.append(cur)
                cur, room = "", width
            cur += tok
        if cur:
            lines.append(cur)
    return lines
