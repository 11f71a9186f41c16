"""Hotspot map: a PDF page rendered with pypdfium2, each article's region outlined and numbered.

``render_page`` draws onto the page image with Pillow; the ``render`` click command reads the
page first (the same reading ``banmian parse`` gives) and writes a PNG.
"""
from __future__ import annotations

from pathlib import Path

import click

from banmian.errors import InputError
from banmian.model import ArticleKind, PageResult

# Pixels per point of the PNG: 2 gives a 1700 px wide broadsheet, readable when zoomed.
DEFAULT_SCALE = 2.0
# Outline colours cycle so neighbouring articles differ; photos are always blue.
_COLOURS = ((220, 40, 40), (30, 150, 60), (200, 120, 0), (150, 40, 180), (0, 140, 160), (120, 120, 0))
_PHOTO_COLOUR = (30, 80, 220)


def render_page(pdf_path: str | Path, page_no: int, result: PageResult, out_png: str | Path,
                scale: float = DEFAULT_SCALE) -> Path:
    """Render page ``page_no`` (1-based) of ``pdf_path`` with ``result``'s article boxes; returns the PNG path."""
    from PIL import ImageDraw

    from banmian.inputs.pdf import open_pdf

    doc = open_pdf(pdf_path)
    try:
        if not 1 <= page_no <= len(doc):
            raise InputError(f"{pdf_path}: no page {page_no} (the PDF has {len(doc)})")
        page = doc[page_no - 1]
        try:
            image = page.render(scale=scale).to_pil().convert("RGB")
        finally:
            page.close()
    finally:
        doc.close()
    draw = ImageDraw.Draw(image)
    font = _label_font(int(14 * scale))
    width = max(2, int(round(1.5 * scale)))
    for k, art in enumerate(result.articles):
        if art.bbox is None:
            continue
        colour = _PHOTO_COLOUR if art.kind is ArticleKind.PHOTO else _COLOURS[k % len(_COLOURS)]
        x0, y0, x1, y1 = (v * scale for v in art.bbox)
        draw.rectangle((x0, y0, x1, y1), outline=colour, width=width)
        label = str(k + 1)
        tb = draw.textbbox((0, 0), label, font=font)
        lw, lh = tb[2] - tb[0] + 8, tb[3] - tb[1] + 8
        draw.rectangle((x0, y0, x0 + lw, y0 + lh), fill=colour)
        draw.text((x0 + 4 - tb[0], y0 + 4 - tb[1]), label, fill=(255, 255, 255), font=font)
    out = Path(out_png)
    image.save(out)
    return out


def _label_font(px: int):
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=px)
    except TypeError:  # Pillow < 10.1 has no sized default font
        return ImageFont.load_default()


@click.command()
@click.argument("pdf", type=click.Path(dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="PNG to write; default PDF name + .pN.png beside it.")
@click.option("--page", "page_no", type=int, default=1, show_default=True, help="Page to draw (1-based).")
@click.option("--scale", type=float, default=DEFAULT_SCALE, show_default=True, help="Pixels per point.")
def render(pdf: str, output: Path | None, page_no: int, scale: float) -> None:
    """Draw a PDF page with each article's region outlined and numbered (e-paper hotspot map)."""
    from banmian.layout import parse_pdf

    if page_no < 1:
        raise InputError("--page counts from 1")
    results = list(parse_pdf(pdf, str(page_no)))
    if not results:
        raise InputError(f"{pdf}: page {page_no} could not be read")
    out = output or Path(pdf).with_suffix(f".p{page_no}.png")
    render_page(pdf, page_no, results[0], out, scale=scale)
    click.echo(str(out))
