"""PDF input stage: lines with geometry, overprint copies, page ranges, bad input."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

from banmian.errors import InputError  # noqa: E402
from banmian.inputs.pdf import PdfPage, PdfPageError, _Rounded, iter_pdf_pages, parse_page_range  # noqa: E402


def _page(path) -> PdfPage:
    items = list(iter_pdf_pages(path))
    assert isinstance(items[0], PdfPage)
    return items[0]


def test_iter_pdf_pages_lines_have_geometry(pdfs):
    page = _page(pdfs["front"])
    assert page.source.format.value == "pdf" and page.source.page_no == 1
    assert (page.source.width, page.source.height) == (600.0, 800.0)
    head = next(l for l in page.lines if l.text == "城西公交枢纽下月启用")
    assert head.size == 22.0 and head.bold
    x0, y0, x1, y1 = head.bbox
    assert y0 < y1 and x0 < x1 and abs(y0 - 70) < 1.5  # top-left origin, em box top
    body = next(l for l in page.lines if l.text.startswith("本报讯 记者从"))
    assert body.size == 10.0 and not body.bold
    assert page.source.text[body.start:body.end] == body.text


def test_iter_pdf_pages_lines_are_trimmed_and_exact(pdfs):
    # the break scan (CRLF, generated spaces) never yields empty or space-padded lines, and
    # every line's offsets point at its text in the page text, numbered without gaps
    page = _page(pdfs["front"])
    assert page.lines and [l.line_no for l in page.lines] == list(range(1, len(page.lines) + 1))
    for l in page.lines:
        assert l.text and l.text == l.text.strip() and "\r" not in l.text and "\n" not in l.text
        assert page.source.text[l.start:l.end] == l.text


def test_iter_pdf_pages_overprint_read_once(pdfs):
    page = _page(pdfs["front"])
    assert [l.text for l in page.lines].count("河堤种下新樱花") == 1
    assert [d.text for d in page.duplicates] == ["河堤种下新樱花"]


def test_iter_pdf_pages_overprint_below_body_size_read_once(pdfs):
    # PDFium drops the copy from its text page; it is found among the text objects of any
    # line not set in the body size, a headline squeezed smaller than the body too
    page = _page(pdfs["squeezed"])
    head = "青石镇两百多名志愿者来到河堤两岸种下樱花和香樟"
    line = next(l for l in page.lines if l.text == head)
    assert line.size < 10.0
    assert [d.text for d in page.duplicates] == [head]


def test_iter_pdf_pages_columns_not_joined(pdfs):
    page = _page(pdfs["front"])
    # the two stories stand side by side on the same baselines: never one line
    assert not any("本报讯" in l.text and "枢纽" in l.text and "青石镇" in l.text for l in page.lines)


def test_iter_pdf_pages_rules_and_boxes(pdfs):
    page = _page(pdfs["front"])
    assert any(b[2] - b[0] > 200 for b in page.boxes)  # the photo
    assert sum(1 for r in page.rules if r[2] - r[0] > 400) >= 3


@given(st.lists(st.one_of(st.floats(width=32), st.floats(), st.sampled_from([0.0, -0.0, 0.125, -0.001, math.nan]))))
def test_rounded_is_round_bit_for_bit(values):
    # one memo for all values, repeats and both zeros included, as for one page
    rounded = _Rounded()
    for v in values + values[::-1]:
        assert repr(rounded[v]) == repr(round(v, 2))


def test_parse_page_range_forms():
    assert parse_page_range(None, 4) == [1, 2, 3, 4]
    assert parse_page_range("2-3", 4) == [2, 3]
    assert parse_page_range("1,4", 4) == [1, 4]
    assert parse_page_range("3-", 4) == [3, 4]
    assert parse_page_range("2-9", 4) == [2, 3, 4]


@pytest.mark.parametrize("bad", ["x", "0", "3-2", "9"])
def test_parse_page_range_bad(bad):
    with pytest.raises(InputError):
        parse_page_range(bad, 4)


def test_iter_pdf_pages_selected_pages(pdfs):
    items = list(iter_pdf_pages(pdfs["issue"], "2-3"))
    assert [i.source.page_no for i in items] == [2, 3]


@pytest.mark.parametrize("name, words", [
    ("encrypted", "encrypted"),
    ("truncated", "truncated or corrupt"),
    ("empty", "no pages"),
])
def test_iter_pdf_pages_bad_file(pdfs, name, words):
    with pytest.raises(InputError) as err:
        list(iter_pdf_pages(pdfs[name]))
    assert words in str(err.value) and "\n" not in str(err.value)


def test_iter_pdf_pages_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(iter_pdf_pages(tmp_path / "nope.pdf"))


def test_iter_pdf_pages_scan_names_ocr(pdfs):
    (item,) = list(iter_pdf_pages(pdfs["scan"]))
    assert isinstance(item, PdfPageError) and "--ocr" in item.message and "scan" in item.message


def test_iter_pdf_pages_mixed_keeps_good_pages(pdfs):
    items = list(iter_pdf_pages(pdfs["mixed"]))
    assert [type(i).__name__ for i in items] == ["PdfPage", "PdfPageError", "PdfPage"]
    assert items[1].page_no == 2
