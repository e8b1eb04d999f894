#!/usr/bin/env python3
"""Build the independantes_bb corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import glob, io, os, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_grenoble as TG
import textes_lille as TL
import textes_rennes as TR
import textes_toulouse as TT
import textes_ol as TO

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bb"


# ------------------------------------------------------------------ docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, size=9, italic=False, align=None, color=None):
    cell.text = ""
    par = cell.paragraphs[0]
    par.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(text.split("\n")):
        r = par.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(text.split("\n")) - 1:
            r.add_break()
    if align is not None:
        par.alignment = align


def widths(table, cms):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def base_doc(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(1.8)
    return doc


def head(doc, text, size=11, color="003366"):
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10); p.paragraph_format.keep_with_next = True
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    return p


def signature(doc, lines, indent=9.5):
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(indent); p.paragraph_format.space_before = Pt(14)
    for i, l in enumerate(lines):
        r = p.add_run(l); r.bold = i == len(lines) - 1
        if i < len(lines) - 1:
            r.add_break()


# ------------------------------------------------------------------ A. Grenoble ET 2027
def build_grenoble():
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, l in enumerate(TG.EN_TETE):
        r = hp.add_run(l); r.bold = i == 0; r.font.size = Pt(10 if i == 0 else 8.5)
        if i < len(TG.EN_TETE) - 1:
            r.add_break()
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TG.PIED); r.font.size = Pt(7.5)

    p = doc.add_paragraph(TG.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8); r = p.add_run(TG.DESTINATAIRES); r.font.size = Pt(9)
    p = doc.add_paragraph(); r = p.add_run(TG.OBJET); r.bold = True
    for ref in TG.REFS:
        p = doc.add_paragraph(); r = p.add_run(ref); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph(TG.INTRO)

    # legend BEFORE the calendar: a borderless two-column table, abbreviation shaded
    head(doc, TG.T_LEGENDE)
    t = doc.add_table(rows=len(TG.LEGENDE), cols=2); no_borders(t)
    for row, (ab, sens) in zip(t.rows, TG.LEGENDE):
        put(row.cells[0], ab, bold=True, size=9); shade(row.cells[0], "E2EFDA")
        put(row.cells[1], "= " + sens, size=9)
    widths(t, [3.2, 13.8])

    head(doc, TG.T_CAL)
    nrows = 1 + sum(1 + len(rows) for _, rows in TG.CAL)
    t = doc.add_table(rows=nrows, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, TG.CAL_ENTETE):
        put(c, h, bold=True, size=9); shade(c, "375623"); c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    i = 1
    for grp, rows in TG.CAL:
        cells = t.rows[i].cells
        m = cells[0].merge(cells[4]); put(m, grp, bold=True, size=9); shade(m, "E2EFDA"); i += 1
        for vals in rows:
            for c, v in zip(t.rows[i].cells, vals):
                put(c, v, size=9)
            i += 1
    widths(t, [3.9, 1.3, 2.4, 2.6, 6.8])
    p = doc.add_paragraph(); r = p.add_run(TG.RAPPELS); r.italic = True; r.font.size = Pt(8.5)

    head(doc, TG.T_CENTRES)
    for titre, lignes in TG.CENTRES:
        p = doc.add_paragraph(); r = p.add_run(titre + " :"); r.bold = True; p.paragraph_format.space_after = Pt(2)
        for l in lignes:
            q = doc.add_paragraph(l, style="List Bullet"); q.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(); r = p.add_run(TG.SECTIONS); r.font.size = Pt(9); p.paragraph_format.space_before = Pt(6)

    head(doc, TG.T_FIN)
    for ab, txt in TG.FIN:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(2)
        r = p.add_run(ab + " : "); r.bold = True
        p.add_run(txt)
    signature(doc, TG.SIGNATURE)
    out = P("circulaire_et_2027_grenoble.docx"); doc.save(out)
    return out


# ------------------------------------------------------------------ ODT helpers (hand-written XML)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def write_odt(out, body, auto_styles, styles, footer):
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS}>
<office:automatic-styles>{auto_styles}</office:automatic-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document-content>"""
    styles_xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
{styles}
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Pied">{escape(footer)}</text:p></style:footer></style:master-page></office:master-styles>
</office:document-styles>"""
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles_xml, compress_type=zipfile.ZIP_DEFLATED)
    return out


def tp(text, style):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


# ------------------------------------------------------------------ B. Lille CG 2026 (memo, no legend)
def build_lille():
    x = escape
    body = []
    body.append('<text:p text:style-name="Bandeau">' + '<text:tab/>'.join(x(l) for l in TL.EN_TETE) + '</text:p>')
    body.append(tp(TL.TITRE, "Titre"))
    body.append(tp(TL.LIEU_DATE, "Droite"))
    body += [tp(TL.A, "Petit"), tp(TL.REF, "PetitIt"), tp(TL.INTRO, "Corps")]

    def section(title, items, bullet="▸"):
        body.append(tp(title, "Section"))
        body.append('<text:list text:style-name="Puces">' + "".join(
            f"<text:list-item>{tp(it, 'Item')}</text:list-item>" for it in items) + "</text:list>")
    section(TL.S_ECR, [" · ".join(v) for v in TL.ECRITS])
    body.append(tp(TL.ECR_CENTRES, "Corps"))
    body.append(tp(TL.FERIES, "PetitIt"))
    section(TL.S_U6, TL.U6)
    section(TL.S_UF1, TL.UF1)
    section(TL.S_CORR, TL.CORR)
    section(TL.S_FIN, TL.FIN)
    body.append(tp(TL.VAC, "PetitIt"))
    body.append(tp(TL.SECTIONS, "Petit"))
    body.append(tp(TL.CONTACT, "Petit"))
    body += [tp(l, "Signature") for l in TL.SIGNATURE]
    auto = """<text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="▸"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>"""
    styles = """
<style:style style:name="Bandeau" style:family="paragraph"><style:paragraph-properties fo:background-color="#1d3f73" fo:padding="0.15cm" fo:margin-bottom="0.3cm"><style:tab-stops><style:tab-stop style:position="7.5cm"/><style:tab-stop style:position="16.8cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:color="#ffffff" fo:font-weight="bold" fo:font-size="9pt"/></style:style>
<style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#1d3f73"/></style:style>
<style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/></style:style>
<style:style style:name="Petit" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="PetitIt" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="Section" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:border-bottom="0.06pt solid #1d3f73" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:color="#1d3f73" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="Signature" style:family="paragraph"><style:paragraph-properties fo:margin-left="10cm"/></style:style>
<style:style style:name="Pied" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt"/></style:style>"""
    return write_odt(P("circulaire_cg_2026_lille.odt"), "\n".join(body), auto, styles, TL.PIED)


# ------------------------------------------------------------------ E. note nationale OL 2025
def build_ol():
    body = [tp(l, "Emetteur") for l in TO.EMETTEUR]
    body += [tp(TO.LIEU_DATE, "Droite"), tp(TO.DEST, "Dest"), tp(TO.OBJET, "Objet"), tp(TO.INTRO, "Corps")]
    body.append(tp(TO.T_CAL, "Section"))
    body += [tp(l, "Encadre") for l in TO.CAL]   # consecutive bordered paragraphs = one box
    body.append(tp(TO.NB_CAL, "PetitIt"))
    body.append(tp(TO.T_ACAD, "Section"))
    body += [tp(l, "Corps") for l in TO.ACAD]
    body.append(tp(TO.T_REU, "Section"))
    rows = "".join("<table:table-row>" + "".join(
        f'<table:table-cell table:style-name="Cel" office:value-type="string">{tp(v, "Cellule")}</table:table-cell>' for v in r)
        + "</table:table-row>" for r in TO.REU)
    body.append('<table:table table:name="Reunions" table:style-name="TabR"><table:table-column table:style-name="ColA"/>'
                '<table:table-column table:style-name="ColB"/><table:table-column table:style-name="ColC"/>'
                f'<table:table-column table:style-name="ColD"/>{rows}</table:table>')
    body.append(tp(TO.T_TRANS, "Section"))
    body.append(tp(TO.TRANS, "Corps"))
    body += [tp(l, "Signature") for l in TO.SIGNATURE]
    body.append(tp(TO.T_GLOSS, "Section"))
    grows = "".join("<table:table-row>" + f'<table:table-cell table:style-name="CelG" office:value-type="string">{tp(a, "CelluleG")}</table:table-cell>'
                    f'<table:table-cell table:style-name="Cel" office:value-type="string">{tp(b, "Cellule")}</table:table-cell></table:table-row>'
                    for a, b in TO.GLOSS)
    body.append('<table:table table:name="Glossaire" table:style-name="TabG"><table:table-column table:style-name="ColG1"/>'
                f'<table:table-column table:style-name="ColG2"/>{grows}</table:table>')
    body.append(tp(TO.REFS, "PetitIt"))
    auto = """
<style:style style:name="TabR" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
<style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="2cm"/></style:style>
<style:style style:name="ColD" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
<style:style style:name="TabG" style:family="table"><style:table-properties style:width="12cm" table:align="left"/></style:style>
<style:style style:name="ColG1" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
<style:style style:name="ColG2" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
<style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f"/></style:style>
<style:style style:name="CelG" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#f2e6d9"/></style:style>"""
    styles = """
<style:style style:name="Emetteur" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#000091"/></style:style>
<style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.3cm"/></style:style>
<style:style style:name="Dest" style:family="paragraph"><style:paragraph-properties fo:margin-left="8cm" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Objet" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm" fo:text-align="justify"/></style:style>
<style:style style:name="Section" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="10.5pt" fo:color="#000091"/></style:style>
<style:style style:name="Encadre" style:family="paragraph"><style:paragraph-properties fo:border="0.06pt solid #000091" fo:padding="0.12cm" fo:background-color="#eef0fb" fo:margin-left="0.5cm" fo:margin-right="0.5cm" style:join-border="true"/><style:text-properties fo:font-family="'Liberation Sans Narrow'" style:font-name="Liberation Sans Narrow" fo:font-size="10.5pt"/></style:style>
<style:style style:name="PetitIt" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.1cm"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
<style:style style:name="Cellule" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="CelluleG" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Signature" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm"/></style:style>
<style:style style:name="Pied" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt"/></style:style>"""
    return write_odt(P("note_nationale_ol_2025.odt"), "\n".join(body), auto, styles,
                     "MENESR – DGESIP – note BTS OL session 2025")


# ------------------------------------------------------------------ C. Rennes GPME 2028 (reportlab matrix)
def build_rennes():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    reg = glob.glob("/usr/share/fonts/**/LiberationSans-Regular.ttf", recursive=True)[0]
    bold = glob.glob("/usr/share/fonts/**/LiberationSans-Bold.ttf", recursive=True)[0]
    pdfmetrics.registerFont(TTFont("LS", reg)); pdfmetrics.registerFont(TTFont("LSB", bold))
    out = P("circulaire_gpme_2028_rennes.pdf")
    c = canvas.Canvas(out, pagesize=A4); W, H = A4
    c.setTitle(TR.OBJET); c.setAuthor("DEC Rennes")

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def block(text, y, font="LS", size=10, x=56, width=W - 112, lead=13):
        c.setFont(font, size)
        for line in wrap(text, font, size, width):
            c.drawString(x, y, line); y -= lead
        return y - 5

    # page 1: letter + matrix
    y = H - 50
    for i, l in enumerate(TR.EN_TETE):
        c.setFont("LSB" if i == 0 else "LS", 11 if i == 0 else 9); c.drawString(56, y, l); y -= 13
    c.setFont("LS", 10); c.drawRightString(W - 56, H - 50, TR.LIEU_DATE)
    y -= 14
    y = block(TR.OBJET, y, "LSB", 10.5)
    y = block(TR.REF, y, "LS", 8.5)
    for t in TR.INTRO:
        y = block(t, y, size=9.5, lead=12)
    y -= 6
    c.setFont("LSB", 11.5); c.drawString(56, y, TR.GRILLE_TITRE); y -= 10
    lab_w = 78; col_w = (W - 112 - lab_w) / len(TR.COLS); x0 = 56
    # header
    c.setFillColorRGB(0.18, 0.33, 0.45); c.rect(x0, y - 20, W - 112, 20, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont("LSB", 10)
    c.drawString(x0 + 6, y - 14, "date")
    for j, u in enumerate(TR.COLS):
        c.drawCentredString(x0 + lab_w + col_w * (j + 0.5), y - 14, u)
    c.setFillColorRGB(0, 0, 0)
    y -= 20
    c.setLineWidth(0.5)
    for k, (lab, cells) in enumerate(TR.LIGNES):
        lines = lab.split("\n")
        h = 18 if len(lines) == 1 else 28
        if k % 2:
            c.setFillColorRGB(0.94, 0.96, 0.98); c.rect(x0, y - h, W - 112, h, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont("LSB", 9)
        for n, l in enumerate(lines):
            c.drawString(x0 + 6, y - 12 - 11 * n, l)
        if "*" in cells:
            c.setFont("LS", 9); c.drawString(x0 + lab_w + 8, y - 12, cells["*"])
        else:
            for j, u in enumerate(TR.COLS):
                v = cells.get(u)
                if v:
                    cx = x0 + lab_w + col_w * (j + 0.5)
                    letter, _, rest = v.partition(" ")
                    c.setFont("LSB", 10)
                    wl = pdfmetrics.stringWidth(letter + " ", "LSB", 10); wr = pdfmetrics.stringWidth(rest, "LS", 7.5)
                    sx = cx - (wl + wr) / 2
                    c.drawString(sx, y - 12, letter + " "); c.setFont("LS", 7.5); c.drawString(sx + wl, y - 12, rest)
        # vertical rules
        c.line(x0, y, x0, y - h); c.line(x0 + lab_w, y, x0 + lab_w, y - h); c.line(W - 56, y, W - 56, y - h)
        if "*" not in cells:
            for j in range(1, len(TR.COLS)):
                xx = x0 + lab_w + col_w * j; c.line(xx, y, xx, y - h)
        c.line(x0, y - h, W - 56, y - h)
        y -= h
    y -= 14
    c.setFont("LSB", 9.5); c.drawString(56, y, TR.LEGENDE_TITRE + " :"); y -= 12
    c.setFont("LS", 8.5)
    cols = 3; cw = (W - 112) / cols
    for i, (ab, sens) in enumerate(TR.LEGENDE):
        cx = 56 + cw * (i % cols); cy = y - 11 * (i // cols)
        c.setFont("LSB", 8.5); c.drawString(cx, cy, ab); c.setFont("LS", 8.5); c.drawString(cx + 18, cy, "= " + sens)
    y -= 11 * ((len(TR.LEGENDE) + cols - 1) // cols) + 6
    y = block(TR.FERIES, y, "LS", 8.5)
    c.setFont("LS", 7.5); c.drawCentredString(W / 2, 28, TR.PIED + " – 1/2")
    c.showPage()
    # page 2: centres, sections, signature
    y = H - 60
    c.setFont("LSB", 11.5); c.drawString(56, y, TR.CENTRES_TITRE); y -= 20
    for titre, lignes in TR.CENTRES:
        c.setFont("LSB", 10); c.drawString(56, y, titre); y -= 14
        c.setFont("LS", 10)
        for l in lignes:
            c.drawString(72, y, l); y -= 13
        y -= 6
    y = block(TR.SECTIONS, y, "LS", 9)
    y = block(TR.CONTACT, y, "LS", 9)
    y -= 30
    for i, l in enumerate(TR.SIGNATURE):
        c.setFont("LSB" if i == len(TR.SIGNATURE) - 1 else "LS", 10); c.drawString(320, y, l); y -= 14
    c.setFont("LS", 7.5); c.drawCentredString(W / 2, 28, TR.PIED + " – 2/2")
    c.showPage(); c.save()
    return out


# ------------------------------------------------------------------ D. Toulouse MV 2029 (checklist with boxes)
def build_toulouse():
    doc = base_doc("Liberation Sans", 10)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TT.PIED); r.font.size = Pt(7.5)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    put(t.rows[0].cells[0], "\n".join(TT.EN_TETE), bold=True, size=9.5, color="8B1A1A")
    put(t.rows[0].cells[1], TT.LIEU_DATE, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    widths(t, [9, 8])
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
    r = p.add_run(TT.OBJET); r.bold = True; r.font.size = Pt(13)
    p = doc.add_paragraph(); r = p.add_run(TT.REF); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph(TT.INTRO)
    head(doc, TT.T_ECH, color="8B1A1A")
    t = doc.add_table(rows=len(TT.ECH), cols=3); t.style = "Table Grid"
    for row, (d, txt) in zip(t.rows, TT.ECH):
        put(row.cells[0], "☐", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
        put(row.cells[1], d, bold=True, size=9.5)
        put(row.cells[2], txt, size=9.5)
    widths(t, [1.0, 3.6, 12.4])
    head(doc, TT.T_UNITES, color="8B1A1A")
    t = doc.add_table(rows=1 + len(TT.UNITES), cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Unité(s)", "Intitulé abrégé", "Forme"]):
        put(c, h, bold=True, size=9); shade(c, "F2DCDB")
    for row, vals in zip(t.rows[1:], TT.UNITES):
        for c, v in zip(row.cells, vals):
            put(c, v, size=9)
    widths(t, [3.6, 7.4, 6])
    head(doc, TT.T_CENTRES, color="8B1A1A")
    for l in TT.CENTRES:
        doc.add_paragraph(l, style="List Bullet")
    p = doc.add_paragraph(); r = p.add_run(TT.HORS); r.font.size = Pt(8.5); r.italic = True
    signature(doc, TT.SIGNATURE)
    out = P("circulaire_mv_2029_toulouse.docx"); doc.save(out)
    return out


# ------------------------------------------------------------------ conversions, scan
def soffice_pdf(paths):
    tmp = tempfile.mkdtemp(prefix="bb_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", tmp] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def fax_copy(pdf, out, dpi=200):
    """Second-generation photocopy / fax: 200 dpi, slight skew, toner speckle, thresholded to 1 bit (no text layer)."""
    rng = np.random.default_rng(29)
    tmp = tempfile.mkdtemp(prefix="bb_ppm_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    for k, f in enumerate(sorted(os.listdir(tmp))):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate([-0.7, 0.5, -0.4][k % 3], resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, 14, a.shape)
        h, w = a.shape
        a[int(h * 0.004):int(h * 0.006), :] -= 120           # streak left by a dirty copier glass
        a[:, w - int(w * 0.01):] -= 160                      # dark edge of the copied page
        spots = rng.random(a.shape) < 0.0008; a[spots] -= 200  # toner speckle
        bw = Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8)).convert("1")
        pages.append(bw)
    shutil.rmtree(tmp, ignore_errors=True)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def main():
    a = build_grenoble(); b = build_lille(); d = build_toulouse(); e = build_ol(); build_rennes()
    soffice_pdf([a, b, d, e])
    fax_copy(P("circulaire_mv_2029_toulouse.pdf"), P("circulaire_mv_2029_toulouse_scan.pdf"))
    print("built:", sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".docx", ".odt"))))


if __name__ == "__main__":
    main()
