"""Hotspot map rendering."""
from __future__ import annotations


import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("PIL")

from click.testing import CliRunner  # noqa: E402

from banmian.layout import parse_pdf  # noqa: E402
from banmian.render import render, render_page  # noqa: E402




def test_render_page_outlines_articles(pdfs, tmp_path):
    from PIL import Image

    (result,) = list(parse_pdf(str(pdfs["front"])))
    out = render_page(pdfs["front"], 1, result, tmp_path / "p.png", scale=1.0)
    img = Image.open(out).convert("RGB")
    assert img.size == (600, 800)
    x0, y0, x1, y1 = (int(v) for v in result.articles[0].bbox)
    # the outline is drawn in colour where the page itself is black and white
    edge = [img.getpixel((x, y0)) for x in range(x0 + 40, x1 - 5, 7)]
    assert any(r != g or g != b for r, g, b in edge)


def test_render_command_writes_png(pdfs, tmp_path):
    out = tmp_path / "map.png"
    res = CliRunner().invoke(render, [str(pdfs["front"]), "-o", str(out), "--scale", "0.5"])
    assert res.exit_code == 0, res.output
    assert out.exists() and out.stat().st_size > 1000
