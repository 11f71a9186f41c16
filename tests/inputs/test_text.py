import codecs

import pytest

from banmian.errors import InputError
from banmian.inputs import decode_text, detect_format

PAGE = "本报讯 1月12日下午，全市\r\n金融系统座谈交流会召开。\r\n"
EXPECTED = "本报讯 1月12日下午，全市\n金融系统座谈交流会召开。\n"


@pytest.mark.parametrize("data", [
    PAGE.encode("utf-8"),
    codecs.BOM_UTF8 + PAGE.encode("utf-8"),
    PAGE.encode("utf-16"),  # with BOM
    PAGE.encode("gb18030"),
    PAGE.encode("gbk"),
])
def test_decode_text_encodings_read_like_utf8(data):
    assert decode_text(data).text == EXPECTED


def test_decode_text_encoding_override():
    assert decode_text(PAGE.encode("utf-16-le"), encoding="utf-16-le").text == EXPECTED


@pytest.mark.parametrize("data,message", [
    (b"", "empty"),
    (b"  \n\n\t ", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (bytes(range(256)) * 4, "binary"),
])
def test_decode_text_bad_input_raises_input_error(data, message):
    with pytest.raises(InputError, match=message):
        decode_text(data)


def test_decode_text_wrong_encoding_override_is_input_error():
    with pytest.raises(InputError, match="not valid"):
        decode_text(PAGE.encode("gb18030"), encoding="utf-8")


def test_detect_format_pdf_magic():
    assert detect_format(b"%PDF-1.7\n...") == "pdf"
    assert detect_format(PAGE.encode()) == "text"


def test_decode_text_reads_a_page_with_a_stray_nul():
    # One NUL in a page of text (a glyph the extractor could not map) leaves it a page.
    line = "本报讯 1月12日下午，全县春季植树活动在城东湿地公园举行。\n"
    source = decode_text((line * 20 + "\x00" + line * 20).encode())
    assert "植树" in source.text
