#!/usr/bin/env python3
"""Build the independantes_bk corpus (theme: pictures inside office files).
Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import base64, copy, html, io, os, random, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_lyon as TL
import textes_rennes as TR
import textes_poitiers as TP
import textes_montpellier as TM
import textes_fed as TF

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bk"
FONTS = "/usr/share/fonts/truetype"
random.seed(11)
np.random.seed(11)


# ================================================================ picture rendering (PIL)
def ttf(family, bold, px):
    files = {("sans", False): "liberation2/LiberationSans-Regular.ttf", ("sans", True): "liberation2/LiberationSans-Bold.ttf",
             ("serif", False): "liberation2/LiberationSerif-Regular.ttf", ("serif", True): "liberation2/LiberationSerif-Bold.ttf",
             ("dejavu", False): "dejavu/DejaVuSans.ttf", ("dejavu", True): "dejavu/DejaVuSans-Bold.ttf",
             ("cond", False): "dejavu/DejaVuSansCondensed.ttf", ("cond", True): "dejavu/DejaVuSansCondensed-Bold.ttf"}
    return ImageFont.truetype(os.path.join(FONTS, files[(family, bold)]), px)


def wrap(draw, text, font, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if draw.textlength(trial, font=font) <= width or not cur:
            cur = trial
        else:
            lines.append(cur); cur = w
    lines.append(cur)
    return lines


def render_table(title, header, rows, col_cm, dpi, style, note=None):
    """Draw a table screenshot. col_cm: column widths in cm at the given dpi. style: dict (see callers).
    Empty first-column cells are drawn as a vertical merge with the row above (Word merged cell)."""
    px = lambda cm: int(round(cm / 2.54 * dpi))
    pt = lambda p: int(round(p * dpi / 72))
    f = ttf(style["family"], False, pt(style["size"]))
    fb = ttf(style["family"], True, pt(style["size"]))
    ft = ttf(style["family"], True, pt(style["title_size"]))
    widths = [px(c) for c in col_cm]
    W = sum(widths) + 2 * style["margin"]
    pad = pt(3.5)
    lh = int(pt(style["size"]) * 1.25)
    scratch = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    def cell_lines(text, font, w):
        out = []
        for part in text.split("\n"):
            out += wrap(scratch, part, font, w - 2 * pad)
        return out
    hdr_lines = [cell_lines(h, fb, w) for h, w in zip(header, widths)]
    hdr_h = max(len(l) for l in hdr_lines) * lh + 2 * pad
    row_lines = [[cell_lines(c, f, w) for c, w in zip(r, widths)] for r in rows]
    row_h = [max(len(l) for l in rl) * lh + 2 * pad for rl in row_lines]
    title_lines = title.split("\n") if title else []
    title_h = (len(title_lines) * int(pt(style["title_size"]) * 1.3) + 2 * pad) if title else 0
    note_h = lh + 2 * pad if note else 0
    H = style["margin"] * 2 + title_h + hdr_h + sum(row_h) + note_h
    img = Image.new("RGB", (W, H), style["page"])
    d = ImageDraw.Draw(img)
    x0, y = style["margin"], style["margin"]
    if title:
        if style.get("title_bg"):
            d.rectangle([x0, y, x0 + sum(widths), y + title_h], fill=style["title_bg"], outline=style["grid"])
        for i, line in enumerate(title_lines):
            d.text((x0 + pad, y + pad + i * int(pt(style["title_size"]) * 1.3)), line, font=ft, fill=style["title_fg"])
        y += title_h
    # header
    d.rectangle([x0, y, x0 + sum(widths), y + hdr_h], fill=style["header_bg"])
    x = x0
    for lines, w in zip(hdr_lines, widths):
        for i, line in enumerate(lines):
            d.text((x + pad, y + pad + i * lh), line, font=fb, fill=style["header_fg"])
        if style["vlines"]:
            d.line([x, y, x, y + hdr_h], fill=style["grid"], width=style["lw"])
        x += w
    if style["vlines"]:
        d.line([x, y, x, y + hdr_h], fill=style["grid"], width=style["lw"])
    y_hdr_bottom = y + hdr_h
    y += hdr_h
    band = 0
    for r, (cells, lines_r, h) in enumerate(zip(rows, row_lines, row_h)):
        merged = cells[0] == "" and r > 0
        if not merged:
            band += 1
        fill = style["zebra"][band % 2] if style.get("zebra") else style["page"]
        if cells[-1:] and style.get("grey_if") and style["grey_if"](cells):
            fill = style.get("grey", "#E7E6E6")
        d.rectangle([x0, y, x0 + sum(widths), y + h], fill=fill)
        # horizontal line on top (skip in merged first column)
        start = x0 + widths[0] if merged else x0
        d.line([start, y, x0 + sum(widths), y], fill=style["grid"], width=style["lw"])
        x = x0
        for c, (lines, w) in enumerate(zip(lines_r, widths)):
            font = fb if (c == 0 and style.get("first_bold")) else f
            for i, line in enumerate(lines):
                d.text((x + pad, y + pad + i * lh), line, font=font, fill=style["fg"])
            if style["vlines"]:
                d.line([x, y, x, y + h], fill=style["grid"], width=style["lw"])
            x += w
        if style["vlines"]:
            d.line([x, y, x, y + h], fill=style["grid"], width=style["lw"])
        y += h
    d.line([x0, y, x0 + sum(widths), y], fill=style["grid"], width=style["lw"])
    if style.get("outer"):
        d.rectangle([x0, y_hdr_bottom - hdr_h, x0 + sum(widths), y], outline=style["outer"], width=style["lw"] + 1)
    if note:
        d.text((x0 + pad, y + pad), note, font=ttf(style["family"], False, pt(style["size"] - 0.5)), fill=style["note_fg"])
    return img


EXCEL = dict(family="sans", size=9, title_size=11, page="#FFFFFF", fg="#000000", grid="#BFBFBF", lw=1, vlines=True,
             header_bg="#DDEBF7", header_fg="#1F1F1F", title_fg="#1F4E79", title_bg="#FFFFFF", zebra=None,
             margin=6, note_fg="#C00000")
WEB = dict(family="dejavu", size=9, title_size=11.5, page="#FFFFFF", fg="#222222", grid="#D5DCE4", lw=1, vlines=False,
           header_bg="#2B5D8A", header_fg="#FFFFFF", title_fg="#2B5D8A", zebra=("#FFFFFF", "#F1F5F9"), margin=14,
           first_bold=True, note_fg="#555555")
WORD = dict(family="serif", size=10.5, title_size=11.5, page="#FFFFFF", fg="#000000", grid="#8EAADB", lw=2, vlines=True,
            header_bg="#4472C4", header_fg="#FFFFFF", title_fg="#000000", zebra=("#D9E2F3", "#FFFFFF"), margin=8,
            outer="#4472C4", note_fg="#000000")


def save_png(img, path, dpi):
    img.save(path, "PNG", dpi=(dpi, dpi), optimize=True)


def save_jpeg(img, path, dpi, q):
    img.convert("RGB").save(path, "JPEG", dpi=(dpi, dpi), quality=q)


def crop_white(img, margin=12, thr=245):
    a = np.asarray(img.convert("L"))
    ys, xs = np.where(a < thr)
    return img.crop((max(xs.min() - margin, 0), max(ys.min() - margin, 0),
                     min(xs.max() + margin, img.width), min(ys.max() + margin, img.height)))


# ================================================================ LibreOffice
def soffice_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


# ================================================================ docx helpers
def base_doc(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    return doc


def para(doc, text, bold=False, size=None, align=None, italic=False, indent=None, space_after=4, color=None):
    p = doc.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1: r.add_break()
    if align is not None: p.alignment = align
    if indent is not None: p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def heading(doc, text, color="1F3864"):
    p = para(doc, text, bold=True, size=11, color=color, space_after=3)
    p.paragraph_format.space_before = Pt(9); p.paragraph_format.keep_with_next = True
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def inline_to_anchor(run, wrap="topAndBottom", h_cm=0.0, v_cm=0.0, h_from="column", v_from="paragraph"):
    """Turn the inline picture of `run` into a floating wp:anchor (Word 'Position: in front / top and bottom / square')."""
    inline = run._r.xpath(".//wp:inline")[0]
    cx, cy = inline.extent.cx, inline.extent.cy
    graphic = inline.xpath("./a:graphic")[0]
    docpr = inline.xpath("./wp:docPr")[0]
    wrap_xml = {"topAndBottom": "<wp:wrapTopAndBottom/>", "square": '<wp:wrapSquare wrapText="bothSides"/>'}[wrap]
    anchor = parse_xml(
        '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" distT="72000" distB="72000" distL="114300" '
        'distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="{h_from}"><wp:posOffset>{int(h_cm * 360000)}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="{v_from}"><wp:posOffset>{int(v_cm * 360000)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap_xml}'
        f'<wp:docPr id="{docpr.get("id")}" name="{docpr.get("name")}" descr="capture"/><wp:cNvGraphicFramePr/></wp:anchor>')
    anchor.append(copy.deepcopy(graphic))
    drawing = inline.getparent()
    drawing.remove(inline)
    drawing.append(anchor)


def letter_head(doc, lines, right_lines=None):
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    c0.text = ""; p = c0.paragraphs[0]
    for i, line in enumerate(lines):
        r = p.add_run(line); r.bold = i == 0; r.font.size = Pt(10 if i == 0 else 8.5)
        if i < len(lines) - 1: r.add_break()
    c1.text = ""
    if right_lines:
        p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for i, line in enumerate(right_lines):
            r = p.add_run(line); r.font.size = Pt(8.5)
            if i < len(right_lines) - 1: r.add_break()
    return t


# ================================================================ A. Lyon PI 2026 — inline PNG (Excel screenshot)
def picture_lyon(path):
    img = render_table(TL.IMG_TITRE, TL.IMG_ENTETE, TL.IMG_LIGNES,
                       [1.45, 3.3, 1.2, 2.6, 2.6, 1.1, 1.0, 3.2], 200, EXCEL)
    # Excel look: column of the selected cell highlighted + green selection frame on one cell
    d = ImageDraw.Draw(img)
    d.rectangle([6, img.height - 40, 80, img.height - 8], outline="#217346", width=3)
    save_png(img, path, 200)
    return img


def build_lyon(tmp):
    png = os.path.join(tmp, "image1.png")
    picture_lyon(png)
    doc = base_doc()
    letter_head(doc, TL.EN_TETE, TL.AFFAIRE)
    para(doc, TL.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=8)
    para(doc, TL.DESTINATAIRES, size=9.5, indent=7.5, space_after=8)
    para(doc, TL.OBJET, bold=True)
    for ref in TL.REFERENCES:
        para(doc, ref, italic=True, size=8.5, indent=1, space_after=1)
    para(doc, TL.INTRO)
    heading(doc, TL.T1)
    para(doc, TL.T1_AVANT)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(png, width=Cm(16.8))
    for t in TL.T1_APRES:
        para(doc, t, size=9.5)
    heading(doc, TL.T2)
    for t in TL.T2_TEXTE:
        para(doc, t)
    heading(doc, TL.T3)
    para(doc, TL.T3_TEXTE)
    heading(doc, TL.T4)
    tbl = doc.add_table(rows=1, cols=3); tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ["Épreuves", "Centre", "Adresse"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9D9D9")
    for a, b, c in TL.CENTRES:
        row = tbl.add_row().cells
        row[0].text, row[1].text, row[2].text = a, b, c
    para(doc, TL.T4_NOTE, size=9, italic=True)
    heading(doc, TL.T5)
    para(doc, TL.T5_TEXTE)
    para(doc, "\n".join(TL.SIGNATURE), indent=9, space_after=0)
    out = P("circulaire_pi_2026_lyon.docx"); doc.save(out)
    shutil.copy(soffice_pdf(out, tmp), P("circulaire_pi_2026_lyon.pdf"))


# ================================================================ B. Rennes Tourisme 2027 — ODT, floating JPEG from a LibreOffice export
def picture_rennes(tmp, path):
    """A Word table laid out by python-docx, printed by LibreOffice, rasterised at 150 dpi, cropped, saved as JPEG."""
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = sec.top_margin = Cm(1.5)
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(12)
    p = doc.add_paragraph(); r = p.add_run(TR.IMG_TITRE); r.bold = True; r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    widths = [Cm(6.2), Cm(10.5), Cm(4.2), Cm(5.8)]
    for c, h, w in zip(t.rows[0].cells, TR.IMG_ENTETE, widths):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "FCE4D6"); c.width = w
    for i, line in enumerate(TR.IMG_LIGNES):
        cells = t.add_row().cells
        for c, v, w in zip(cells, line, widths):
            c.text = v; c.width = w
            if i >= 5 and i < 8:
                shade(c, "FFF2CC")
    src = os.path.join(tmp, "tableau_rennes.docx"); doc.save(src)
    pdf = soffice_pdf(src, tmp)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", pdf, os.path.join(tmp, "rennes_raster")], check=True)
    raster = [f for f in os.listdir(tmp) if f.startswith("rennes_raster")][0]
    img = crop_white(Image.open(os.path.join(tmp, raster)).convert("RGB"))
    save_jpeg(img, path, 150, 80)
    return img


def odt_p(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def build_rennes(tmp):
    jpg = os.path.join(tmp, "calendrier.jpg")
    img = picture_rennes(tmp, jpg)
    w_cm = 17.0
    h_cm = w_cm * img.height / img.width
    body = []
    for i, line in enumerate(TR.EN_TETE):
        body.append(odt_p(line, "EnTete1" if i == 0 else "EnTete"))
    body.append(odt_p(TR.AFFAIRE, "Petit"))
    body.append(odt_p(TR.LIEU_DATE, "Droite"))
    body.append(odt_p(TR.DESTINATAIRES, "Destinataires"))
    body.append(odt_p(TR.OBJET, "Objet"))
    body.append(odt_p(TR.REFERENCES, "Petit"))
    body.append(odt_p(TR.INTRO))
    body.append(f'<text:h text:style-name="Titre" text:outline-level="2">{escape(TR.T1)}</text:h>')
    # the picture floats (anchored to an empty paragraph, wrap none = top and bottom)
    body.append(
        '<text:p text:style-name="Standard"><draw:frame draw:style-name="frImage" draw:name="Image1" '
        f'text:anchor-type="paragraph" svg:width="{w_cm:.2f}cm" svg:height="{h_cm:.2f}cm" draw:z-index="0">'
        '<draw:image xlink:href="Pictures/calendrier.jpg" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
        '<svg:title>calendrier</svg:title></draw:frame></text:p>')
    body.append(odt_p(TR.T1_APRES))
    body.append(f'<text:h text:style-name="Titre" text:outline-level="2">{escape(TR.T2)}</text:h>')
    body.append('<text:list text:style-name="Puces">' + "".join(
        f'<text:list-item>{odt_p(c)}</text:list-item>' for c in TR.CENTRES) + '</text:list>')
    body.append(odt_p(TR.T5_TEXTE, "Petit"))
    body.append(f'<text:h text:style-name="Titre" text:outline-level="2">{escape(TR.T3)}</text:h>')
    body.append(odt_p(TR.T3_TEXTE))
    body.append(f'<text:h text:style-name="Titre" text:outline-level="2">{escape(TR.T4)}</text:h>')
    body.append(odt_p(TR.T4_TEXTE))
    for line in TR.SIGNATURE:
        body.append(odt_p(line, "Signature"))
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="frImage" style:family="graphic"><style:graphic-properties style:wrap="none" '
        'style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" '
        'style:horizontal-rel="paragraph" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm" fo:border="0.02cm solid #999999"/>'
        '</style:style></office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>{auto}'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns}><office:font-face-decls/>'
        '<office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" '
        'fo:font-family="\'Liberation Sans\'" fo:font-size="10.5pt" fo:language="fr" fo:country="FR"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm" '
        'fo:text-align="justify"/><style:text-properties fo:font-family="\'Liberation Sans\'" fo:font-size="10.5pt"/></style:style>'
        '<style:style style:name="EnTete1" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="start"/>'
        '<style:text-properties fo:font-weight="bold" fo:font-size="12pt" fo:color="#6A1B4D"/></style:style>'
        '<style:style style:name="EnTete" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0cm" fo:text-align="start"/><style:text-properties fo:font-size="9pt"/></style:style>'
        '<style:style style:name="Petit" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>'
        '<style:style style:name="Droite" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:text-align="end" fo:margin-top="0.3cm"/></style:style>'
        '<style:style style:name="Destinataires" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-left="8cm" fo:text-align="start"/><style:text-properties fo:font-size="9.5pt"/></style:style>'
        '<style:style style:name="Objet" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold" '
        'style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>'
        '<style:style style:name="Titre" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/>'
        '<style:text-properties fo:font-weight="bold" fo:font-size="11.5pt" fo:color="#6A1B4D"/></style:style>'
        '<style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-left="9cm" fo:margin-bottom="0cm" fo:text-align="start"/></style:style>'
        '</office:styles>'
        '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
        'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" '
        'fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
        '</office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns}><office:meta>'
            '<meta:generator>DEC3-Rennes</meta:generator><dc:title>BTS Tourisme 2027</dc:title></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="Pictures/calendrier.jpg" manifest:media-type="image/jpeg"/>'
                '</manifest:manifest>')
    out = P("circulaire_tourisme_2027_rennes.odt")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        z.write(jpg, "Pictures/calendrier.jpg", compress_type=zipfile.ZIP_STORED)
    shutil.copy(soffice_pdf(out, tmp), P("circulaire_tourisme_2027_rennes.pdf"))


# ================================================================ C. Poitiers GPME 2028 — text table + floating PNG (orals)
def picture_poitiers(path):
    st = dict(EXCEL, family="cond", size=9.5, header_bg="#E2EFDA", title_fg="#375623",
              grey_if=lambda cells: False)
    img = render_table(TP.IMG_TITRE, TP.IMG_ENTETE, TP.IMG_LIGNES, [4.6, 2.3, 2.3, 2.1, 2.1, 2.6], 220, st, note=TP.IMG_NOTE)
    save_png(img, path, 220)
    return img


def build_poitiers(tmp):
    png = os.path.join(tmp, "image1.png")
    picture_poitiers(png)
    doc = base_doc("Liberation Serif", 10.5)
    for i, line in enumerate(TP.EN_TETE):
        para(doc, line, bold=i == 0, size=11 if i == 0 else 9, space_after=0)
    para(doc, TP.AFFAIRE, size=8.5, italic=True, space_after=6)
    para(doc, TP.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TP.DESTINATAIRES, indent=7, size=9.5, space_after=8)
    para(doc, TP.OBJET, bold=True)
    para(doc, TP.REFERENCES, size=8.5, italic=True)
    para(doc, TP.INTRO)
    heading(doc, TP.T1, "385623")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, TP.ECRITS_ENTETE):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "E2EFDA")
    for r in TP.ECRITS:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    for row in t.rows:
        for c, w in zip(row.cells, [Cm(3.6), Cm(3.4), Cm(8.4), Cm(1.6)]):
            c.width = w
    para(doc, "", space_after=2)
    para(doc, TP.T1_CENTRES)
    for c in TP.CENTRES:
        para(doc, "– " + c, indent=0.6, space_after=2)
    heading(doc, TP.T2, "385623")
    p = para(doc, TP.T2_AVANT)
    # the orals planning is a floating picture anchored in the text paragraph, 1.35 cm below its top
    run = p.add_run()
    run.add_picture(png, width=Cm(16.5))
    inline_to_anchor(run, wrap="topAndBottom", h_cm=0.2, v_cm=1.35)
    para(doc, TP.T2_APRES)
    heading(doc, TP.T3, "385623")
    para(doc, TP.T3_TEXTE)
    heading(doc, TP.T4, "385623")
    para(doc, TP.T4_TEXTE)
    para(doc, TP.T4_NOTE, size=9, italic=True)
    para(doc, "\n".join(TP.SIGNATURE), indent=9)
    out = P("circulaire_gpme_2028_poitiers.docx"); doc.save(out)
    shutil.copy(soffice_pdf(out, tmp), P("circulaire_gpme_2028_poitiers.pdf"))


# ================================================================ D. Montpellier SP3S 2029 — HTML with <img src="data:…">
def picture_montpellier(path):
    img = render_table(TM.IMG_TITRE, TM.IMG_ENTETE, TM.IMG_LIGNES, [4.6, 2.9, 7.6, 1.6], 180, WEB)
    save_png(img, path, 180)
    return img


def build_montpellier(tmp):
    png = os.path.join(tmp, "cal.png")
    img = picture_montpellier(png)
    b64 = base64.b64encode(open(png, "rb").read()).decode()
    e = html.escape
    centres = "".join(f"<li><strong>{e(n)}</strong>, {e(a)} <span class='role'>({e(r)})</span></li>" for n, a, r in TM.CENTRES)
    w_css = round(img.width / 180 * 96)  # CSS px at 96/in for the picture's 180 dpi
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TM.TITRE_PAGE)}</title>
<style>
 @page {{ size: A4; margin: 12mm 0; }}
 body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color: #222; margin: 0; }}
 header {{ background: #2b5d8a; color: #fff; padding: 10px 28px; font-size: 10pt; }}
 .fil {{ font-size: 8.5pt; color: #666; padding: 6px 28px; border-bottom: 1px solid #ddd; }}
 main {{ padding: 8px 28px; }}
 h1 {{ font-size: 14pt; color: #2b5d8a; margin: 10px 0 4px; }}
 h2 {{ font-size: 11.5pt; color: #2b5d8a; border-bottom: 1px solid #c9d6e3; margin-top: 16px; }}
 .date {{ text-align: right; }} .refs {{ font-size: 8.5pt; font-style: italic; }}
 figure {{ margin: 10px 0; text-align: center; }} figure img {{ width: {w_css}px; max-width: 100%; }}
 figcaption {{ font-size: 8pt; color: #666; }}
 .note {{ font-size: 9pt; background: #fff7e0; padding: 6px 10px; border-left: 3px solid #e0a800; }}
 .role {{ color: #555; font-size: 9pt; }}
</style></head>
<body>
<header>{e(TM.BANDEAU)}</header>
<div class="fil">{e(TM.FIL)}</div>
<main>
<p class="date">{e(TM.LIEU_DATE)}</p>
<h1>{e(TM.OBJET)}</h1>
<p class="refs">{e(TM.REFERENCES)}</p>
<p>{e(TM.INTRO)}</p>
<h2>Calendrier des épreuves</h2>
<figure><img src="data:image/png;base64,{b64}" alt="{e(TM.FIG_ALT)}"><figcaption>{e(TM.FIG_CAPTION)}</figcaption></figure>
<h2>{e(TM.T2)}</h2>
{''.join(f'<p>{e(t)}</p>' for t in TM.T2_TEXTE)}
<h2>{e(TM.T3)}</h2>
<ul>{centres}</ul>
<h2>{e(TM.T4)}</h2>
<p>{e(TM.T4_TEXTE)}</p>
<p class="note">{e(TM.T4_NOTE)}</p>
<p style="text-align:right">{e(TM.SIGNATURE)}</p>
</main></body></html>
"""
    out = P("circulaire_sp3s_2029_montpellier.html")
    open(out, "w", encoding="utf-8").write(doc)
    pdf = P("circulaire_sp3s_2029_montpellier.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp}/chromium", f"--print-to-pdf={pdf}", "file://" + out],
                   check=True, capture_output=True, timeout=120)


# ================================================================ E. Note nationale FED 2028 — inline JPEG (Word table screenshot) + logo
def picture_fed(path):
    img = render_table(TF.IMG_TITRE, TF.IMG_ENTETE, TF.IMG_LIGNES, [3.9, 2.4, 1.4, 7.6, 1.4], 240, WORD)
    # as pasted from Word: scaled to 200 dpi equivalent, JPEG
    img = img.resize((int(img.width * 200 / 240), int(img.height * 200 / 240)), Image.LANCZOS)
    save_jpeg(img, path, 200, 82)
    return img


def logo(path):
    img = Image.new("RGB", (520, 200), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, 40, 110], fill="#000091"); d.rectangle([40, 10, 70, 110], fill="#FFFFFF", outline="#DDDDDD")
    d.rectangle([70, 10, 100, 110], fill="#E1000F")
    f = ttf("sans", True, 26)
    for i, t in enumerate(["MINISTÈRE", "DE L'ENSEIGNEMENT", "SUPÉRIEUR"]):
        d.text((10, 118 + i * 26), t, font=f, fill="black")
    d.text((120, 30), "Liberté\nÉgalité\nFraternité", font=ttf("serif", False, 22), fill="#333333")
    img.save(path, "PNG", dpi=(200, 200))


def build_fed(tmp):
    jpg = os.path.join(tmp, "image2.jpeg"); picture_fed(jpg)
    lg = os.path.join(tmp, "image1.png"); logo(lg)
    doc = base_doc("Liberation Sans", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run().add_picture(lg, width=Cm(4.2))
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("1 rue Descartes – 75231 Paris Cedex 05 – www.enseignementsup-recherche.gouv.fr"); r.font.size = Pt(7.5)
    for line in TF.EN_TETE:
        para(doc, line, size=8.5, space_after=0, color="000091")
    para(doc, TF.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=8)
    para(doc, TF.DESTINATAIRES, indent=7.5, size=9.5, space_after=8)
    para(doc, TF.OBJET, bold=True)
    para(doc, TF.REFERENCES, size=8.5, italic=True)
    para(doc, TF.INTRO)
    heading(doc, TF.T1, "000091")
    para(doc, TF.T1_AVANT)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(jpg, width=Cm(16.7))
    para(doc, TF.T1_APRES, size=9.5)
    heading(doc, TF.T2, "000091")
    para(doc, TF.T2_TEXTE)
    heading(doc, TF.T3, "000091")
    para(doc, TF.T3_TEXTE)
    para(doc, "\n".join(TF.SIGNATURE), indent=9)
    out = P("note_nationale_fed_2028.docx"); doc.save(out)
    shutil.copy(soffice_pdf(out, tmp), P("note_nationale_fed_2028.pdf"))


# ================================================================ scan of the Lyon PDF (flatbed, 200 dpi grey, image only)
def build_scan(tmp):
    src = P("circulaire_pi_2026_lyon.pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", src, os.path.join(tmp, "scan")], check=True)
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("scan") and f.endswith(".png"))
    out_pages = []
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        angle = random.uniform(-0.7, 0.7)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8                                             # grey paper, ink not pure black
        a += np.random.normal(0, 6, a.shape)                          # sensor noise
        a[:, :25] *= np.linspace(0.55, 1, 25)[None, :]                # lid shadow on the left edge
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=60); buf.seek(0)
        out_pages.append(Image.open(buf))
    out_pages[0].save(P("circulaire_pi_2026_lyon_scan.pdf"), "PDF", resolution=200, save_all=True,
                      append_images=out_pages[1:])


def main():
    tmp = tempfile.mkdtemp(prefix="bk_build_")
    try:
        for step in (build_lyon, build_rennes, build_poitiers, build_montpellier, build_fed, build_scan):
            sub = os.path.join(tmp, step.__name__); os.makedirs(sub)
            step(sub)
            print("built", step.__name__)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".odt", ".html")):
            size = os.path.getsize(P(f))
            print(f"{f:48s} {size / 1024:8.0f} KiB" + ("  TOO BIG" if size > 2 * 1024 * 1024 else ""))


if __name__ == "__main__":
    main()
