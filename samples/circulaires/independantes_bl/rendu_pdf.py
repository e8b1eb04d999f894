"""Render a slide model (diapos.py) to PDF with reportlab, the way a presentation program exports it:
one 16:9 page per visible slide, footers (date, text, slide number); optionally the notes pages
(A4 portrait: slide thumbnail, then the speaker notes) appended after the slides.
Used because LibreOffice Impress is not installed here (only Writer/Calc)."""
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.lib.fonts import addMapping

import diapos

_D = "/usr/share/fonts/truetype/liberation2/"
for name, f in (("LS", "LiberationSans-Regular.ttf"), ("LS-B", "LiberationSans-Bold.ttf"),
                ("LS-I", "LiberationSans-Italic.ttf"), ("LS-BI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(name, _D + f))
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-BI")

SW, SH = diapos.W * cm, diapos.H * cm
ALIGN = {"l": TA_LEFT, "ctr": TA_CENTER, "r": TA_RIGHT}


def markup(para, size, color):
    out = []
    for r in ([para] if isinstance(para, str) else para):
        text, fmt = (r, {}) if isinstance(r, str) else r
        t = escape(text).replace("\n", "<br/>")
        t = f'<font size="{fmt.get("size", size)}" color="#{fmt.get("color", color)}">{t}</font>'
        if fmt.get("b"):
            t = f"<b>{t}</b>"
        if fmt.get("i"):
            t = f"<i>{t}</i>"
        if fmt.get("strike"):
            t = f"<strike>{t}</strike>"
        out.append(t)
    return "".join(out) or "&nbsp;"


def para_height(para, size):
    sizes = [size] + [r[1].get("size", size) for r in ([] if isinstance(para, str) else para) if not isinstance(r, str)]
    return max(sizes)


def flow(paras, size, color, align, bullets, width):
    items = []
    for p in paras:
        big = para_height(p, size)
        st = ParagraphStyle("p", fontName="LS", fontSize=big, leading=big * 1.2, alignment=ALIGN[align],
                            leftIndent=0.6 * cm if bullets else 0, bulletIndent=0.05 * cm,
                            spaceBefore=5 if bullets else 0, bulletFontName="LS", bulletFontSize=big)
        par = Paragraph(markup(p, size, color), st, bulletText="•" if bullets else None)
        w, h = par.wrap(width, 10000)
        items.append((par, h + st.spaceBefore))
    return items


def Y(y, h=0):
    return SH - (y + h) * cm


def shape_path(c, s):
    x, y, w, h = s["x"] * cm, Y(s["y"], s["h"]), s["w"] * cm, s["h"] * cm
    g = s["geom"]
    p = c.beginPath()
    if g in ("chevron", "homePlate"):
        d = min(h / 2, w * 0.25)
        p.moveTo(x, y + h); p.lineTo(x + w - d, y + h); p.lineTo(x + w, y + h / 2); p.lineTo(x + w - d, y)
        p.lineTo(x, y)
        if g == "chevron":
            p.lineTo(x + d, y + h / 2)
        p.close()
    elif g == "ellipse":
        p.ellipse(x, y, w, h)
    elif g == "roundRect":
        p.roundRect(x, y, w, h, 0.35 * cm)
    elif g == "wedgeRectCallout":
        b = y + h * 0.25
        p.moveTo(x, y + h); p.lineTo(x + w, y + h); p.lineTo(x + w, b); p.lineTo(x + w * 0.42, b)
        p.lineTo(x + w * 0.17, y); p.lineTo(x + w * 0.25, b); p.lineTo(x, b); p.close()
    else:
        p.rect(x, y, w, h)
    return p


def draw_text_shape(c, s):
    if s["fill"] or s["line"]:
        c.setFillColor(HexColor("#" + (s["fill"] or "FFFFFF")))
        c.setStrokeColor(HexColor("#" + (s["line"] or s["fill"] or "FFFFFF")))
        c.setLineWidth(0.8)
        c.drawPath(shape_path(c, s), fill=1 if s["fill"] else 0, stroke=1 if s["line"] else 0)
    inset_l = inset_r = 0.25
    if s["geom"] in ("chevron", "homePlate"):
        d = min(s["h"] / 2, s["w"] * 0.25)
        inset_l, inset_r = (d if s["geom"] == "chevron" else 0.25), d * 0.8
    top = s["y"] + 0.125
    if s["geom"] == "wedgeRectCallout":
        hh = s["h"] * 0.75
    else:
        hh = s["h"]
    width = (s["w"] - inset_l - inset_r) * cm
    items = flow(s["paras"], s["size"], s["color"], s["align"], s["bullets"], width)
    total = sum(h for _, h in items)
    avail = (hh - 0.25) * cm
    if s["anchor"] == "ctr":
        start = top * cm + (avail - total) / 2
    elif s["anchor"] == "b":
        start = top * cm + avail - total
    else:
        start = top * cm
    yy = start
    for par, h in items:
        par.drawOn(c, (s["x"] + inset_l) * cm, SH - yy - h)
        yy += h


def draw_table(c, t):
    y = t["y"]
    for r, row in enumerate(t["rows"]):
        head = r == 0
        x = t["x"]
        fill = t["head_fill"] if head else (t["band"] if r % 2 == 0 else "FFFFFF")
        # row height grows with its content
        cells = []
        for cell, w in zip(row, t["cols"]):
            paras = cell.split("\n") if isinstance(cell, str) else [cell]
            paras = [[(p, {"b": True})] if head and isinstance(p, str) else p for p in paras]
            cells.append(flow(paras, t["size"], t["head_color"] if head else "1F1F1F", "l", False, (w - 0.3) * cm))
        need = max(sum(h for _, h in it) for it in cells) / cm + 0.25
        rh = max(t["row_h"], need)
        for it, w in zip(cells, t["cols"]):
            c.setFillColor(HexColor("#" + fill)); c.setStrokeColor(HexColor("#8C8C8C")); c.setLineWidth(0.6)
            c.rect(x * cm, Y(y, rh), w * cm, rh * cm, fill=1, stroke=1)
            total = sum(h for _, h in it)
            yy = y * cm + (rh * cm - total) / 2
            for par, h in it:
                par.drawOn(c, (x + 0.15) * cm, SH - yy - h)
                yy += h
            x += w
        y += rh


def draw_line(c, l):
    c.setStrokeColor(HexColor("#" + l["color"])); c.setLineWidth(l["width"] * cm)
    x1, y1, x2, y2 = l["x1"] * cm, SH - l["y1"] * cm, l["x2"] * cm, SH - l["y2"] * cm
    c.line(x1, y1, x2, y2)
    if l["arrow"]:
        import math
        a = math.atan2(y2 - y1, x2 - x1); s = 0.25 * cm
        p = c.beginPath(); p.moveTo(x2, y2)
        p.lineTo(x2 - s * math.cos(a - 0.45), y2 - s * math.sin(a - 0.45))
        p.lineTo(x2 - s * math.cos(a + 0.45), y2 - s * math.sin(a + 0.45)); p.close()
        c.setFillColor(HexColor("#" + l["color"])); c.drawPath(p, fill=1, stroke=0)


def draw_shape(c, s):
    if s["k"] == "group":
        for i in s["items"]:
            draw_shape(c, i)
    elif s["k"] == "table":
        draw_table(c, s)
    elif s["k"] == "line":
        draw_line(c, s)
    else:
        draw_text_shape(c, s)


def draw_slide(c, deck, sl, num, color):
    c.setFillColor(HexColor("#FFFFFF")); c.rect(0, 0, SW, SH, fill=1, stroke=0)
    if sl["title"]:
        draw_text_shape(c, diapos.T(1.0, 0.45, 23.4, 1.6, [[(sl["title"], {"b": True})]], size=26, color=color,
                                    anchor="ctr"))
    for s in sl["shapes"]:
        draw_shape(c, s)
    if sl["footer"]:
        for (x, w, al), txt in zip(((0.9, 5.5, "l"), (7.0, 12.0, "ctr"), (20.0, 4.5, "r")),
                                   (deck.PIED_DATE, deck.PIED_TEXTE, str(num))):
            draw_text_shape(c, diapos.T(x, 13.2, w, 0.8, [txt], size=10, color="7F7F7F", align=al, anchor="ctr"))


def render_deck(deck, out, color, notes_pages=False, title=None):
    c = canvas.Canvas(out, pagesize=(SW, SH), pageCompression=1, invariant=1)
    c.setTitle(title or deck.NOM); c.setAuthor("DEC"); c.setCreator("Présentation – export PDF")
    visible = [(k, sl) for k, sl in enumerate(deck.SLIDES, 1) if not sl["hidden"]]
    for k, sl in visible:
        c.setPageSize((SW, SH))
        draw_slide(c, deck, sl, k, color)
        c.showPage()
    if notes_pages:
        A4W, A4H = 21 * cm, 29.7 * cm
        for k, sl in visible:
            c.setPageSize((A4W, A4H))
            scale = 18 * cm / SW
            c.saveState(); c.translate(1.5 * cm, A4H - 2 * cm - SH * scale); c.scale(scale, scale)
            draw_slide(c, deck, sl, k, color)
            c.setStrokeColor(HexColor("#000000")); c.setLineWidth(1 / scale); c.rect(0, 0, SW, SH, fill=0, stroke=1)
            c.restoreState()
            y = A4H - 2 * cm - SH * scale - 1.2 * cm
            for t in (sl["notes"] or "").split("\n"):
                if not t:
                    continue
                par = Paragraph(escape(t), ParagraphStyle("n", fontName="LS", fontSize=12, leading=15))
                w, h = par.wrap(17.2 * cm, 20 * cm)
                par.drawOn(c, 1.9 * cm, y - h)
                y -= h + 6
            c.setFont("LS", 10); c.setFillColor(HexColor("#7F7F7F"))
            c.drawRightString(A4W - 1.5 * cm, 1.2 * cm, str(k))
            c.showPage()
    c.save()
