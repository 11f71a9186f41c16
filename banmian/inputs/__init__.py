"""Input stage: find what a file is and hand it to the reader for its format."""
from __future__ import annotations

import sys
from pathlib import Path

from banmian.errors import InputError
from banmian.inputs.text import decode_text
from banmian.model import SourceText

PDF_MAGIC = b"%PDF-"


def read_bytes(name: str) -> bytes:
    """Read a path, or standard input for '-'; a missing file is an InputError."""
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if path.is_dir():
        raise InputError(f"{name}: is a folder, not a page")
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from None


def detect_format(data: bytes) -> str:
    """'pdf' for PDF bytes (the magic may follow a little junk), else 'text'."""
    return "pdf" if PDF_MAGIC in data[:1024] else "text"


def open_text(name: str, encoding: str | None = None) -> SourceText:
    """Read a flat-text page from a path or '-'."""
    return decode_text(read_bytes(name), encoding=encoding, path=None if name == "-" else name)


__all__ = ["PDF_MAGIC", "decode_text", "detect_format", "open_text", "read_bytes"]
