"""Input stage for flat text: bytes -> SourceText (decoded, newlines normalised).

Offsets everywhere in banmian point into ``SourceText.text``: the decoded text with CRLF and
lone CR turned into LF and a byte-order mark dropped.
"""
from __future__ import annotations

import codecs
import hashlib
import re

from banmian.errors import InputError
from banmian.model import SourceFormat, SourceText

# Share of control characters (other than tab, newline, CR, form feed) above which decoded
# "text" is really binary data; real extractor output has next to none.
MAX_CONTROL_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _strip_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):], name
    return data, None


def _guess_encoding(data: bytes) -> str:
    """UTF-8 when it decodes, else GB18030 (a superset of GBK/GB2312), else charset-normalizer."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("gb18030")
        return "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot detect the text encoding; name it with --encoding")
    return best.encoding


# The control characters that count: every one below 32 but tab, newline, form feed and CR.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_BYTES_RE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str | bytes) -> bool:
    """Whether control characters are more than a trace of the text (or of its bytes, before
    decoding): a share, not any at all, as a stray NUL in an extractor's text (a glyph it
    could not map) leaves the page a page."""
    sample = text[:65536]
    found = _CONTROL_BYTES_RE.findall(sample) if isinstance(sample, bytes) else _CONTROL_RE.findall(sample)
    return len(found) > MAX_CONTROL_SHARE * max(len(sample), 1)  # findall runs in C


def decode_text(data: bytes, encoding: str | None = None, path: str | None = None) -> SourceText:
    """Decode a flat-text page; raise InputError for empty, binary or undecodable input."""
    name = path or "<stdin>"
    if not data.strip():
        raise InputError(f"{name}: empty input")
    body, bom_encoding = _strip_bom(data)
    if encoding is None and bom_encoding is None and b"\x00" in body and _looks_binary(body):
        raise InputError(f"{name}: binary data, not a text page")
    enc = encoding or bom_encoding or _guess_encoding(body)
    try:
        text = body.decode(enc)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {enc!r}") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {enc} at byte {exc.start}; try another --encoding") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise InputError(f"{name}: binary data, not a text page")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty input")
    return SourceText(
        text=text,
        path=path,
        format=SourceFormat.TEXT,
        sha256=hashlib.sha256(data).hexdigest(),
    )
