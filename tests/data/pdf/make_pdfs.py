"""Typesets the small test PDFs of tests/inputs/test_pdf.py, test_layout.py and test_render.py.

Text is written for these tests (no corpus text). ``build(folder)`` writes every PDF and
returns their paths; the tests call it into a temporary folder, so no binary is committed.
"""
from __future__ import annotations

import io
from pathlib import Path

HEI = ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)
MING = ("/usr/share/fonts/truetype/arphic/uming.ttc", 2)
W, H = 600.0, 800.0
BODY = 10.0
LEAD = 14.0

PARAS_A = ["本报讯 3月5日上午，青石镇举行春季植树活动，两百多名志愿者来到河堤两岸，种下樱花和香樟。",
           "镇里介绍，今年计划在河道沿线新增绿地十二公顷，让居民出门就能走进公园。"]
PARAS_B = ["本报讯 记者从市交通局获悉，城西公交枢纽将于下月投入使用，新开通线路四条。",
           "枢纽设有换乘大厅和非机动车停车场，方便市民绿色出行。"]
CAPTION = "3月4日，小学生在老师带领下参观科技馆的机器人展区。"


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, (path, idx) in (("Hei", HEI), ("Ming", MING)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))


def _text(c, s, x, top, size, font="Ming", dx=0.0):
    """Draw ``s`` with its em box top at ``top`` (top-left origin)."""
    c.setFont(font, size)
    c.drawString(x + dx, H - top - 0.88 * size, s)


def _column(c, paras, x, top, cpl):
    """Set paragraphs in a column of ``cpl`` characters with a 2-em first-line indent."""
    y = top
    for p in paras:
        first, i = True, 0
        while i < len(p):
            n = cpl - 2 if first else cpl
            _text(c, p[i:i + n], x + (2 * BODY if first else 0), y, BODY)
            i += n
            y += LEAD
            first = False
    return y


def _story(c, x, top, cpl, kicker, headline, sub, byline, paras, overprint=False):
    cx = x + cpl * BODY / 2
    y = top
    if kicker:
        _text(c, kicker, cx - len(kicker) * 6.5, y, 13, "Ming")
        y += 18
    _text(c, headline, cx - len(headline) * 11, y, 22, "Hei")
    if overprint:
        _text(c, headline, cx - len(headline) * 11, y, 22, "Hei", dx=0.4)
    y += 28
    if sub:
        _text(c, sub, cx - len(sub) * 6.5, y, 13, "Hei")
        y += 20
    _text(c, byline, x, y, BODY)
    return _column(c, paras, x, y + LEAD, cpl)


def front_page(c) -> None:
    """Running head, two stories side by side, a photo with caption and credit, editor line."""
    _text(c, "2024年3月6日 星期三", 40, 30, 11)
    _text(c, "青石日报", 270, 26, 16, "Hei")
    _text(c, "第1版 要闻", 490, 30, 11)
    c.setLineWidth(1.2)
    c.line(40, H - 50, W - 40, H - 50)
    _story(c, 40, 70, 24, "春风里绿意浓", "河堤种下新樱花", "青石镇志愿者植树护河", "■记者 林 晓", PARAS_A,
           overprint=True)
    c.setLineWidth(0.4)
    c.line(300, H - 65, 300, H - 360)
    _story(c, 320, 70, 24, None, "城西公交枢纽下月启用", None, "■记者 周明远 通讯员 何 平", PARAS_B)
    c.setLineWidth(0.5)
    c.line(40, H - 370, W - 40, H - 370)
    c.setFillGray(0.7)
    c.rect(40, H - 600, 240, 210, stroke=0, fill=1)
    c.setFillGray(0)
    _text(c, "走进科技馆", 40, 606, 12.5, "Hei")
    _text(c, CAPTION[:22], 60, 624, BODY * 0.95)
    _text(c, CAPTION[22:], 40, 638, BODY * 0.95)
    _text(c, "■摄影 许 静", 220, 652, BODY * 0.95)
    c.line(40, H - 760, W - 40, H - 760)
    _text(c, "责任编辑：宋 雨", 470, 766, 9)


def squeezed_page(c) -> None:
    """A story whose long headline is squeezed into its narrow column below the body size,
    overprinted (the copy a fraction of a point to the right), beside a story set normally."""
    _story(c, 320, 70, 24, None, "城西公交枢纽下月启用", None, "■记者 周明远 通讯员 何 平", PARAS_B)
    headline = "青石镇两百多名志愿者来到河堤两岸种下樱花和香樟"
    size = 200 / len(headline)
    _text(c, headline, 40, 70, size, "Hei")
    _text(c, headline, 40, 70, size, "Hei", dx=0.3)
    _text(c, "■记者 林 晓", 40, 70 + 2 * size, BODY)
    _column(c, PARAS_A, 40, 70 + 2 * size + LEAD, 20)


def _zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty (/Count 0)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def build(folder: str | Path) -> dict[str, Path]:
    """Write the test PDFs into ``folder``; returns name -> path."""
    from reportlab.pdfgen import canvas

    _fonts()
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}

    def page_pdf(name, pages, encrypt=None):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(W, H), encrypt=encrypt, invariant=1)
        for draw in pages:
            draw(c)
            c.showPage()
        c.save()
        paths[name] = out / f"{name}.pdf"
        paths[name].write_bytes(buf.getvalue())

    page_pdf("front", [front_page])
    page_pdf("squeezed", [squeezed_page])
    page_pdf("issue", [front_page, front_page, front_page])
    page_pdf("encrypted", [front_page], encrypt="secret")
    data = paths["front"].read_bytes()
    paths["truncated"] = out / "truncated.pdf"
    paths["truncated"].write_bytes(data[: len(data) // 3])

    def scan(c):
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        img = Image.new("L", (60, 80), 200)
        c.drawImage(ImageReader(img), 20, 20, 560, 760)

    def blank(c):
        c.setLineWidth(1)
        c.line(40, 400, 560, 400)

    page_pdf("scan", [scan])
    page_pdf("mixed", [front_page, scan, front_page])
    page_pdf("blank", [blank])
    paths["empty"] = out / "empty.pdf"
    paths["empty"].write_bytes(_zero_page_pdf())
    return paths


if __name__ == "__main__":
    import sys

    for k, v in build(sys.argv[1] if len(sys.argv) > 1 else ".").items():
        print(k, v)
