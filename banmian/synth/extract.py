"""Flat text the way corpus builders make it: PyMuPDF text blocks, or pdfminer.six extract_text."""
from __future__ import annotations

import io

EXTRACTORS = ("pymupdf", "pdfminer")


def extract_pymupdf(pdf: bytes) -> str:
    """PyMuPDF text blocks in stream order: lines joined with \\n, blocks with a blank line."""
    import pymupdf

    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        blocks = doc[0].get_text("blocks")
    texts = [b[4].rstrip("\n") for b in blocks if b[6] == 0 and b[4].strip()]
    return "\n\n".join(texts) + "\n"


def extract_pdfminer(pdf: bytes) -> str:
    """pdfminer.six ``extract_text`` with its default layout parameters."""
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(pdf))


def extract_text(pdf: bytes, extractor: str) -> str:
    if extractor == "pymupdf":
        return extract_pymupdf(pdf)
    if extractor == "pdfminer":
        return extract_pdfminer(pdf)
    raise ValueError(f"unknown extractor {extractor!r}; choose from {', '.join(EXTRACTORS)}")
