#!/usr/bin/env python3
"""Build the independantes_aj corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (and a private LibreOffice profile, a Chromium profile and temp files in /tmp)."""
import html, io, os, shutil, subprocess, sys, tempfile, zipfile
sys.dont_write_bytecode = True  # keep the folder free of __pycache__
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_rennes as TR
import textes_lille as TL
import textes_toulouse as TT
import textes_grenoble as TG
import textes_gtla as TN

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_aj"
FONTS = "/usr/share/fonts/truetype/liberation2/"


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, size=9, italic=False, align=None):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text); run.bold = bold; run.italic = italic; run.font.size = Pt(size)
    if align is not None:
        par.alignment = align


def widths(table, cms):
    """Column widths in tblGrid (read by LibreOffice) and in every cell (read by Word)."""
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def base_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    else:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    return doc


def heading(doc, text, size=11, color="1F3864"):
    par = doc.add_paragraph(); par.paragraph_format.space_before = Pt(10); par.paragraph_format.keep_with_next = True
    run = par.add_run(text); run.bold = True; run.font.size = Pt(size); run.font.color.rgb = RGBColor.from_string(color)
    return par


def small(doc, text, size=8.5, italic=True):
    p = doc.add_paragraph(); r = p.add_run(text); r.italic = italic; r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------- A. Rennes SIO 2027 (category columns with abbreviations, option columns)
def build_rennes():
    doc = base_doc()
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TR.PIED); r.font.size = Pt(7.5)
    for i, l in enumerate(TR.EN_TETE):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(12 if i == 0 else 9)
    for l in TR.SUIVI:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0); r = p.add_run(l); r.font.size = Pt(8)
    p = doc.add_paragraph(TR.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8)
    lines = TR.DESTINATAIRES.split("\n")
    for i, l in enumerate(lines):
        r = p.add_run(l); r.font.size = Pt(9.5)
        if i < len(lines) - 1:
            r.add_break()
    p = doc.add_paragraph(); r = p.add_run(TR.OBJET); r.bold = True
    small(doc, TR.REFS)
    doc.add_paragraph(TR.INTRO)

    heading(doc, TR.T1)
    t = doc.add_table(rows=1 + len(TR.ECRITS), cols=3); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, TR.ECRITS_ENTETE):
        put(c, v, True); shade(c, "D9E2F3")
    for row, vals in zip(t.rows[1:], TR.ECRITS):
        for c, v in zip(row.cells, vals):
            put(c, v)
    widths(t, [3.6, 3.4, 10.4])
    small(doc, TR.ECRITS_NOTE)
    doc.add_paragraph(TR.CENTRES_INTRO)
    for nom, adr, dep in TR.CENTRES:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(nom); r.bold = True
        p.add_run(f", {adr} ({dep})")

    heading(doc, TR.T2)
    doc.add_paragraph(TR.T2_INTRO)
    t = doc.add_table(rows=1 + len(TR.CAT), cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for c, v in zip(t.rows[0].cells, TR.CAT_ENTETE):
        put(c, v, True, 9.5, align=WD_ALIGN_PARAGRAPH.CENTER); shade(c, "D9E2F3")
    for row, vals in zip(t.rows[1:], TR.CAT):
        for j, (c, v) in enumerate(zip(row.cells, vals)):
            put(c, v, bold=j == 0, size=8.5, italic=v.startswith(("idem", "CCF")))
            if v.startswith("CCF") or v == "—":
                shade(c, "EDEDED")
    widths(t, [4.6, 3.2, 3.2, 3.2, 3.2])
    small(doc, TR.CAT_LEGENDE, 8)
    p = doc.add_paragraph(); r = p.add_run(TR.T2_VACANCES); r.font.size = Pt(9); r.bold = True

    heading(doc, TR.T3)
    t = doc.add_table(rows=1 + len(TR.OPT), cols=3); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, TR.OPT_ENTETE):
        put(c, v, True, 9.5); shade(c, "FCE4D6")
    for row, vals in zip(t.rows[1:], TR.OPT):
        for j, (c, v) in enumerate(zip(row.cells, vals)):
            put(c, v, bold=j == 0, size=9)
    widths(t, [4.4, 6.5, 6.5])
    small(doc, TR.OPT_NOTE)

    for title, body in ((TR.T4, TR.UF), (TR.T5, TR.JURY), (TR.T6, TR.REMPLACEMENT), (TR.T7, TR.FORMATION)):
        heading(doc, title); doc.add_paragraph(body)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(14)
    for i, l in enumerate(TR.SIGNATURE):
        r = p.add_run(l); r.bold = i == len(TR.SIGNATURE) - 1
        if i < len(TR.SIGNATURE) - 1:
            r.add_break()
    out = P("circulaire_sio_2027_rennes.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- B. Lille CG 2026 (hand-written ODT, one section per category)
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
          'office:version="1.3"')


def build_lille():
    e = escape
    auto = """
<office:automatic-styles>
 <style:style style:name="Pright" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.3cm"/></style:style>
 <style:style style:name="Pdest" style:family="paragraph"><style:paragraph-properties fo:margin-left="8cm" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Pem" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt" fo:color="#1f3864"/></style:style>
 <style:style style:name="Pem1" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
 <style:style style:name="Pobj" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Pnote" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Pcell" style:family="paragraph"><style:paragraph-properties fo:margin="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Pcellb" style:family="paragraph"><style:paragraph-properties fo:margin="0cm"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Pcat" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:padding="0.12cm" fo:background-color="#e2efda" fo:border-left="0.12cm solid #548235"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="Pbox" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:padding="0.2cm" fo:border="0.06pt solid #7f7f7f" fo:background-color="#fff2cc"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Psig" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm" fo:margin-top="0.6cm" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="TabA" style:family="table-column"><style:table-column-properties style:column-width="10.2cm"/></style:style>
 <style:style style:name="TabB" style:family="table-column"><style:table-column-properties style:column-width="3.8cm"/></style:style>
 <style:style style:name="TabC" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"/></style:style>
 <text:list-style style:name="Puces">
  <text:list-level-style-bullet text:level="1" text:bullet-char="▸"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-0.5cm" fo:margin-left="1.2cm"/></style:list-level-properties></text:list-level-style-bullet>
 </text:list-style>
</office:automatic-styles>"""
    body = []
    for i, l in enumerate(TL.EMETTEUR):
        body.append(f'<text:p text:style-name="{"Pem1" if i == 1 else "Pem"}">{e(l)}</text:p>')
    body.append(f'<text:p text:style-name="Pright">{e(TL.LIEU_DATE)}</text:p>')
    body.append(f'<text:p text:style-name="Pdest">{e(TL.DESTINATAIRES)}</text:p>')
    body.append(f'<text:p text:style-name="Pobj">{e(TL.OBJET)}</text:p>')
    body.append(f'<text:p text:style-name="Pnote">{e(TL.REFS)}</text:p>')
    body.append(f'<text:p text:style-name="Text_20_body">{e(TL.INTRO)}</text:p>')
    body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{e(TL.T1)}</text:h>')
    rows = ['<table:table-row>' + "".join(f'<table:table-cell table:style-name="CellH" office:value-type="string"><text:p text:style-name="Pcellb">{e(v)}</text:p></table:table-cell>' for v in TL.ECRITS_ENTETE) + '</table:table-row>']
    for vals in TL.ECRITS:
        rows.append('<table:table-row>' + "".join(f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="Pcell">{e(v)}</text:p></table:table-cell>' for v in vals) + '</table:table-row>')
    body.append('<table:table table:name="Ecrits" table:style-name="Tab"><table:table-column table:style-name="TabA"/>'
                '<table:table-column table:style-name="TabB"/><table:table-column table:style-name="TabC"/>'
                '<table:table-header-rows>' + rows[0] + '</table:table-header-rows>' + "".join(rows[1:]) + '</table:table>')
    body.append(f'<text:p text:style-name="Pnote">{e(TL.ECRITS_NOTE)}</text:p>')
    body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{e(TL.CENTRES_TITRE)}</text:h>')
    body.append('<text:list text:style-name="Puces">' + "".join(f'<text:list-item><text:p text:style-name="Text_20_body">{e(c)}</text:p></text:list-item>' for c in TL.CENTRES) + '</text:list>')
    body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{e(TL.T2)}</text:h>')
    for title, items in TL.CATEGORIES:
        body.append(f'<text:p text:style-name="Pcat">{e(title)}</text:p>')
        body.append('<text:list text:style-name="Puces">' + "".join(f'<text:list-item><text:p text:style-name="Text_20_body">{e(it)}</text:p></text:list-item>' for it in items) + '</text:list>')
    body.append(f'<text:p text:style-name="Pbox">{e(TL.CONFORMITE)}</text:p>')
    for title, txt in ((TL.T3, TL.EF), (TL.T4, TL.JURY), (TL.T5, TL.REMPLACEMENT), (TL.T6, TL.FORMATION)):
        body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{e(title)}</text:h>')
        body.append(f'<text:p text:style-name="Text_20_body">{e(txt)}</text:p>')
    for l in TL.SIGNATURE:
        body.append(f'<text:p text:style-name="Psig">{e(l)}</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>'
               '<office:font-face-decls/>' + auto + '<office:body><office:text>' + "".join(body) +
               '</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODT_NS}><office:styles>'
              '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/>'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"/>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.18cm" fo:text-align="justify"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>'
              '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
            '<office:meta><dc:title>BTS CG session 2026</dc:title><meta:generator>ecrit a la main</meta:generator></office:meta></office:document-meta>')
    out = P("circulaire_cg_2026_lille.odt")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


# ---------------------------------------------------------------- C. Toulouse Tourisme 2028 (reportlab, rows = categories, columns = steps)
def build_toulouse():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("LS", FONTS + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", FONTS + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", FONTS + "LiberationSans-Italic.ttf"))
    pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")
    body = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=12.5, spaceAfter=5)
    note = ParagraphStyle("n", parent=body, fontName="LSI", fontSize=8.5, leading=10.5)
    h = ParagraphStyle("h", parent=body, fontName="LSB", fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=6,
                       textColor=colors.HexColor("#7b2c2c"))
    cell = ParagraphStyle("c", parent=body, fontSize=8.4, leading=10, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LSB")
    e = html.escape
    story = []
    head = Table([[Paragraph("<br/>".join(("<b>%s</b>" % e(l)) if i == 0 else e(l) for i, l in enumerate(TT.EMETTEUR)), body),
                   Paragraph(e(TT.LIEU_DATE) + "<br/><br/>" + "<br/>".join(e(l) for l in TT.DESTINATAIRES), body)]],
                 colWidths=[9 * cm, 8 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [head, Spacer(1, 4), Paragraph(e(TT.SUIVI), note), Spacer(1, 8), Paragraph("<b>%s</b>" % e(TT.OBJET), body),
              Paragraph(e(TT.REFS), note), Paragraph(e(TT.T1), h)]
    data = [[Paragraph(e(v), cellb) for v in TT.ECRITS_ENTETE]] + [[Paragraph(e(v), cell) for v in r] for r in TT.ECRITS]
    t = Table(data, colWidths=[4 * cm, 3 * cm, 10 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2dcdb"))]))
    story += [t, Spacer(1, 4), Paragraph(e(TT.ECRITS_NOTE), note), Paragraph(e(TT.CENTRES_TITRE), h)]
    for nom, adr, usage in TT.CENTRES:
        story.append(Paragraph(f"<b>{e(nom)}</b> – {e(adr)} : {e(usage)}", body))
    story += [PageBreak(), Paragraph(e(TT.T2), h), Paragraph(e(TT.T2_INTRO), body)]
    data = [[Paragraph(e(v), cellb) for v in TT.TAB_ENTETE]]
    for r in TT.TAB:
        data.append([Paragraph(e(v), cellb if j == 0 else cell) for j, v in enumerate(r)])
    t = Table(data, colWidths=[3.3 * cm, 2.8 * cm, 2.3 * cm, 3.2 * cm, 3.2 * cm, 2.4 * cm], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2dcdb")),
             ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#f7f7f7")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]
    for i, r in enumerate(TT.TAB, start=1):
        for j, v in enumerate(r):
            if v in ("CCF", "sans objet", "—"):
                style.append(("BACKGROUND", (j, i), (j, i), colors.HexColor("#e6e6e6")))
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 5), Paragraph(e(TT.T2_NOTE), note)]
    for title, txt in ((TT.T3, TT.JURY), (TT.T4, TT.REMPLACEMENT), (TT.T5, TT.FORMATION)):
        story += [Paragraph(e(title), h), Paragraph(e(txt), body)]
    story += [Spacer(1, 18)] + [Paragraph(("<b>%s</b>" % e(l)) if i == 2 else e(l),
                                          ParagraphStyle("s", parent=body, leftIndent=9.5 * cm, spaceAfter=1))
                                for i, l in enumerate(TT.SIGNATURE)]

    def foot(c, d):
        c.saveState(); c.setFont("LS", 7.5)
        c.drawCentredString(A4[0] / 2, 1.1 * cm, f"{TT.PIED} – page {d.page}/2"); c.restoreState()
    out = P("circulaire_tourisme_2028_toulouse.pdf")
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm, bottomMargin=1.8 * cm,
                      title="BTS Tourisme 2028", author="Rectorat de Toulouse").build(story, onFirstPage=foot, onLaterPages=foot)
    return out


# ---------------------------------------------------------------- D. Grenoble MHR 2029 (HTML accordions + Chromium)
def build_grenoble():
    e = html.escape
    ecr = "".join(f'<tr><td><time datetime="{iso}">{e(d)}</time></td><td>{e(hr)}</td><td>{e(ep)}</td></tr>' for iso, d, hr, ep in TG.ECRITS)
    dep = "".join(f"<tr><th scope=\"row\">{e(a)}</th><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in TG.DEPOT)
    opts = "".join(f"""
<details open class="opt opt{k}"><summary><span class="badge">{k}</span> {e(t)}</summary>
 <dl><dt>Période</dt><dd>{e(per)}</dd><dt>Centre</dt><dd><address><strong>{e(nom)}</strong><br>{e(adr)}</address></dd>
 <dt>Consignes</dt><dd>{e(cons)}</dd></dl></details>""" for k, t, per, (nom, adr), cons in TG.OPTIONS)
    ent = "".join("<tr><th scope=\"row\">" + e(r[0]) + "</th>" + "".join(f"<td>{e(v)}</td>" for v in r[1:]) + "</tr>" for r in TG.ENTENTE)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TG.TITRE)}</title>
<style>
@page {{ size: A4; margin: 16mm 17mm 18mm 17mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #222; }}
header {{ display: flex; justify-content: space-between; border-bottom: 3px solid #8a1538; padding-bottom: 6px; }}
header .ac {{ font-weight: bold; color: #8a1538; font-size: 12pt; }}
h1 {{ font-size: 14pt; margin: 14px 0 4px; }} h2 {{ font-size: 11.5pt; color: #8a1538; margin: 16px 0 6px; break-after: avoid; }}
table {{ border-collapse: collapse; width: 100%; margin: 6px 0; }} th, td {{ border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }}
thead th {{ background: #f3e3e8; }} .ecrits td:nth-child(2) {{ white-space: nowrap; }} .note {{ font-size: 8.5pt; font-style: italic; color: #555; }}
details.opt {{ border: 1px solid #c9a2ae; border-radius: 6px; margin: 8px 0; padding: 4px 10px; break-inside: avoid; }}
details.opt summary {{ font-weight: bold; cursor: pointer; padding: 3px 0; }}
.badge {{ display: inline-block; width: 20px; height: 20px; border-radius: 10px; background: #8a1538; color: #fff; text-align: center; }}
dl {{ display: grid; grid-template-columns: 7em 1fr; gap: 2px 10px; margin: 4px 0; }} dt {{ font-weight: bold; color: #555; }} dd {{ margin: 0; }}
address {{ font-style: normal; }} .sig {{ margin: 22px 0 0 55%; }}
</style></head><body>
<header><div class="ac">{e(TG.EMETTEUR)}</div><div>{e(TG.LIEU_DATE)}</div></header>
<p><small>Destinataires : {e(TG.DESTINATAIRES)}</small></p>
<h1>{e(TG.TITRE)}</h1>
<p class="note">{e(TG.REFS)}</p>
<p>{e(TG.INTRO)}</p>
<h2>{e(TG.T_ECRITS)}</h2>
<table class="ecrits"><thead><tr><th>Date</th><th>Horaire</th><th>Épreuve</th></tr></thead><tbody>{ecr}</tbody></table>
<p class="note">{e(TG.ECRITS_NOTE)}</p>
<h2>{e(TG.T_E3)}</h2><p>{e(TG.E3)}</p>
<h2>{e(TG.T_DEPOT)}</h2>
<table><thead><tr>{''.join(f'<th>{e(x)}</th>' for x in TG.DEPOT_ENTETE)}</tr></thead><tbody>{dep}</tbody></table>
<h2>{e(TG.T_OPTIONS)}</h2>{opts}
<h3>{e(TG.ENTENTE_TITRE)}</h3>
<table><thead><tr>{''.join(f'<th>{e(x)}</th>' for x in TG.ENTENTE_ENTETE)}</tr></thead><tbody>{ent}</tbody></table>
<h2>{e(TG.T_JURY)}</h2><p>{e(TG.JURY)}</p>
<h2>{e(TG.T_REMPL)}</h2><p>{e(TG.REMPL)}</p>
<h2>{e(TG.T_FORM)}</h2><p>{e(TG.FORMATION)}</p>
<p class="sig">{'<br>'.join(e(l) for l in TG.SIGNATURE)}</p>
</body></html>
"""
    out = P("circulaire_mhr_2029_grenoble.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)
    prof = tempfile.mkdtemp(prefix="aj_chromium_")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                    "--no-pdf-header-footer", f"--print-to-pdf={P('circulaire_mhr_2029_grenoble.pdf')}", "file://" + out],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(prof, ignore_errors=True)
    return out


# ---------------------------------------------------------------- E. note nationale GTLA 2025 (one column per category)
def build_gtla():
    doc = base_doc(landscape=True)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Note nationale – BTS GTLA – session 2025"); r.font.size = Pt(7.5)
    for i, l in enumerate(TN.EMETTEUR):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(10 if i == 0 else 8.5)
    p = doc.add_paragraph(TN.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(12); r = p.add_run(TN.DESTINATAIRES); r.font.size = Pt(9)
    p = doc.add_paragraph(); r = p.add_run(TN.OBJET); r.bold = True
    small(doc, TN.REFS)
    doc.add_paragraph(TN.INTRO)
    heading(doc, TN.T_ECRITS)
    t = doc.add_table(rows=1 + len(TN.ECRITS), cols=3); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, TN.ECRITS_ENTETE):
        put(c, v, True); shade(c, "DDEBF7")
    for row, vals in zip(t.rows[1:], TN.ECRITS):
        for c, v in zip(row.cells, vals):
            put(c, v, size=9.5)
    widths(t, [4.5, 4.5, 16.5])
    small(doc, TN.ECRITS_NOTE)
    heading(doc, TN.T_CAT)
    doc.add_paragraph(TN.CAT_INTRO)
    t = doc.add_table(rows=1 + len(TN.CAT), cols=len(TN.CAT_ENTETE)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for c, v in zip(t.rows[0].cells, TN.CAT_ENTETE):
        put(c, v, True, 9, align=WD_ALIGN_PARAGRAPH.CENTER); shade(c, "DDEBF7")
    for row, vals in zip(t.rows[1:], TN.CAT):
        for j, (c, v) in enumerate(zip(row.cells, vals)):
            put(c, v, bold=j == 0, size=9, italic=v in ("CCF", "sans objet", "cf. colonne 4"),
                align=None if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
            if v in ("CCF", "sans objet"):
                shade(c, "EDEDED")
    widths(t, [6.2, 2.8, 3.4, 4.0, 5.0, 4.6])
    for title, txt in ((TN.T_JALONS, TN.JALONS), (TN.T_REMPL, TN.REMPL)):
        heading(doc, title); doc.add_paragraph(txt)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(15); p.paragraph_format.space_before = Pt(12)
    for i, l in enumerate(TN.SIGNATURE):
        r = p.add_run(l); r.bold = i == len(TN.SIGNATURE) - 1
        if i < len(TN.SIGNATURE) - 1:
            r.add_break()
    out = P("note_nationale_gtla_2025.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- conversions and the scan
def soffice_pdf(paths):
    tmp = tempfile.mkdtemp(prefix="aj_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", tmp] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def fax_copy(pdf, out, dpi=200):
    """Black-and-white photocopy of a fax: 200 dpi, 1-bit, skew, toner speckles, dropped pixels, fax banner."""
    rng = np.random.default_rng(23)
    tmp = tempfile.mkdtemp(prefix="aj_ppm_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    files = sorted(os.listdir(tmp))
    pages = []
    font = ImageFont.truetype(FONTS + "LiberationMono-Regular.ttf", 26)
    for k, f in enumerate(files):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        d = ImageDraw.Draw(im)
        d.text((60, 18), f"TELECOPIE  RECTORAT TOULOUSE DEC2 -> LYCEE   P.{k + 1:02d}/{len(files):02d}", fill=0, font=font)
        im = im.rotate([1.1, -0.7][k % 2], resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a + rng.normal(0, 22, a.shape)                # grain before thresholding: ragged glyph edges
        a[:, -int(a.shape[1] * 0.02):] -= 90              # dark band along the copier's right edge
        bw = a > 150
        speck = rng.random(bw.shape) < 0.0012             # toner speckles
        drop = rng.random(bw.shape) < 0.02                # ink drop-outs
        bw = np.where(speck, False, bw)
        bw = np.where(drop, True, bw)
        img = Image.fromarray((bw * 255).astype(np.uint8)).convert("1")
        pages.append(img)
    shutil.rmtree(tmp, ignore_errors=True)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def main():
    a = build_rennes(); b = build_lille(); build_toulouse(); build_grenoble(); e = build_gtla()
    soffice_pdf([a, b, e])
    fax_copy(P("circulaire_tourisme_2028_toulouse.pdf"), P("circulaire_tourisme_2028_toulouse_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".odt", ".html")):
            print(f"{f:48s} {os.path.getsize(P(f)) / 1024:8.1f} Ko")


if __name__ == "__main__":
    main()
