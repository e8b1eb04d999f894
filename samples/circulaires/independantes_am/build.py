#!/usr/bin/env python3
"""Build the independantes_am corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import io, os, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_nc as NC
import textes_spm as SPM
import textes_mayotte as MY
import textes_reunion as RE
import textes_guyane as GY

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_am"
FONT_DIR = "/usr/share/fonts/truetype/liberation2"


# ---------------------------------------------------------------- docx helpers
def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text); run.bold = bold; run.font.size = Pt(size)
    if align is not None:
        par.alignment = align
    return run


def base_doc(font="Liberation Serif", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(1.8)
    return doc


# ---------------------------------------------------------------- A. Nouvelle-Calédonie, Tourisme 2026: arrêté (Vu / Considérant / Articles) + annex table
def build_nc():
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(NC.EN_TETE):
        r = hp.add_run(line); r.bold = i == 0; r.font.size = Pt(9.5 if i == 0 else 8)
        if i < len(NC.EN_TETE) - 1:
            r.add_break()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(NC.TITRE); r.bold = True; r.font.size = Pt(13)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(NC.SOUS_TITRE); r.italic = True
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
    r = p.add_run(NC.AUTORITE); r.bold = True
    for v in NC.VU:
        p = doc.add_paragraph(v); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.space_after = Pt(2)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(8)
    r = p.add_run(NC.ARRETE); r.bold = True; r.font.size = Pt(12)
    for num, body in NC.ARTICLES:
        parts = body.split("\n")
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.space_before = Pt(6)
        r = p.add_run(num + " – "); r.bold = True; r.underline = True
        p.add_run(parts[0])
        for extra in parts[1:]:
            q = doc.add_paragraph(extra); q.paragraph_format.left_indent = Cm(1); q.paragraph_format.space_after = Pt(1)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8.5); p.paragraph_format.space_before = Pt(14)
    lines = [NC.FAIT, ""] + NC.SIGNATURE
    for i, l in enumerate(lines):
        r = p.add_run(l); r.bold = i == len(lines) - 1
        if i < len(lines) - 1:
            r.add_break()
    # annex on its own page
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph(); r = p.add_run(NC.ANNEXE_TITRE); r.bold = True; r.font.size = Pt(11.5)
    t = doc.add_table(rows=1 + len(NC.ANNEXE), cols=len(NC.ANNEXE_ENTETE)); t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.6), Cm(6.2), Cm(3.0), Cm(3.2), Cm(3.0)]
    for j, h in enumerate(NC.ANNEXE_ENTETE):
        cell_text(t.rows[0].cells[j], h, True, 9.5); cell_shade(t.rows[0].cells[j], "D9E2F3")
    for i, row in enumerate(NC.ANNEXE):
        for j, v in enumerate(row):
            cell_text(t.rows[1 + i].cells[j], v, j == 0, 9.5)
            if "CCF" in row[2]:
                cell_shade(t.rows[1 + i].cells[j], "F2F2F2")
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    p = doc.add_paragraph(); r = p.add_run(NC.ANNEXE_NOTE); r.italic = True; r.font.size = Pt(9)
    out = P("circulaire_tourisme_2026_nouvelle-caledonie.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- B. Saint-Pierre-et-Miquelon, GPME 2027: reportlab, horizontal timeline with slanted labels
def build_spm():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Flowable, ListFlowable, ListItem, KeepTogether

    pdfmetrics.registerFont(TTFont("LS", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LSB", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("LSI", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf")))
    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, alignment=4, spaceAfter=5)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, fontName="LSI")
    h = ParagraphStyle("h", fontName="LSB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4, textColor="#123d6a")

    class Frise(Flowable):
        """A horizontal timeline: one axis, ticks, labels written at 38° above the axis."""
        def __init__(self, width):
            super().__init__(); self.width = width; self.height = 4.2 * cm

        def draw(self):
            c = self.canv
            y = 0.9 * cm
            c.setFont("LSB", 9); c.drawString(0, 0.1 * cm, SPM.FRISE_TITRE)
            c.setStrokeColor("#123d6a"); c.setLineWidth(2); c.line(0, y, self.width, y)
            c.setFillColor("#123d6a")
            p = c.beginPath(); p.moveTo(self.width, y); p.lineTo(self.width - 8, y + 4); p.lineTo(self.width - 8, y - 4); p.close()
            c.drawPath(p, fill=1, stroke=0)
            for x, label in SPM.FRISE:
                xx = x * (self.width - 20) + 4
                c.setLineWidth(1); c.line(xx, y - 4, xx, y + 4); c.circle(xx, y, 2.2, fill=1, stroke=0)
                c.saveState(); c.translate(xx + 2, y + 7); c.rotate(38)
                c.setFont("LS", 8); c.setFillColor("#222222"); c.drawString(0, 0, label); c.restoreState()

    out = P("circulaire_gpme_2027_saint-pierre-et-miquelon.pdf")

    def on_page(c, d):
        c.saveState()
        c.setFont("LS", 7.5); c.drawCentredString(A4[0] / 2, 1.1 * cm, f"{SPM.PIED} – page {d.page}")
        if d.page == 1:
            yy = A4[1] - 1.7 * cm
            for i, l in enumerate(SPM.EN_TETE):
                c.setFont("LSB" if i < 3 else "LS", 10 if i < 3 else 9); c.drawString(2 * cm, yy, l); yy -= 12.5
            yy = A4[1] - 1.7 * cm
            for l in SPM.CONTACT:
                c.setFont("LS", 8); c.drawRightString(A4[0] - 2 * cm, yy, l); yy -= 10.5
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=3.4 * cm, bottomMargin=2 * cm,
                            title="BTS GPME 2027 – Saint-Pierre-et-Miquelon", author="Service de l'éducation")
    W = A4[0] - 4 * cm
    right = ParagraphStyle("r", parent=body, alignment=2)
    dest = ParagraphStyle("d", parent=body, leftIndent=9 * cm, alignment=0, spaceAfter=0)
    story = [Paragraph(SPM.LIEU_DATE, right)]
    story += [Paragraph(l, dest) for l in SPM.DEST] + [Spacer(1, 8)]
    story += [Paragraph("<b>" + SPM.OBJET + "</b>", ParagraphStyle("o", parent=body, fontName="LSB")), Paragraph(SPM.REF, small)]
    story += [Spacer(1, 4), Frise(W), Spacer(1, 6)]
    story += [Paragraph(SPM.P_HEURE_T, h), Paragraph(SPM.P_HEURE, body)]
    story += [Paragraph(SPM.P_DOSSIER_T, h), Paragraph(SPM.P_DOSSIER, body)]
    story += [Paragraph(SPM.P_ECRITS_T, h), Paragraph(SPM.P_ECRITS_INTRO, body)]
    story += [ListFlowable([ListItem(Paragraph(x, body), leftIndent=14, value="•") for x in SPM.ECRITS],
                           bulletType="bullet", bulletFontName="LS", start="•", leftIndent=14)]
    story += [Paragraph(SPM.P_ECRITS_NOTE, small)]
    story += [Paragraph(SPM.P_ORAUX_T, h)]
    story += [ListFlowable([ListItem(Paragraph(x, body), leftIndent=14) for x in SPM.ORAUX],
                           bulletType="bullet", bulletFontName="LS", start="–", leftIndent=14)]
    story += [Paragraph(SPM.P_FIN_T, h), Paragraph(SPM.P_FIN, body), Paragraph(SPM.P_FORMATION, small), Spacer(1, 18)]
    sig = ParagraphStyle("g", parent=body, leftIndent=9.5 * cm, alignment=0, spaceAfter=0)
    story += [KeepTogether([Paragraph(SPM.SIGNATURE[0], sig), Spacer(1, 22), Paragraph("<b>" + SPM.SIGNATURE[1] + "</b>", sig)])]
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out


# ---------------------------------------------------------------- C. Mayotte, CG 2028: HTML with <del>/<ins> update, printed by Chromium
def build_mayotte():
    src = P("circulaire_cg_2028_mayotte.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(MY.HTML)
    out = P("circulaire_cg_2028_mayotte.pdf")
    prof = tempfile.mkdtemp(prefix="am_chr_")
    try:
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return out


# ---------------------------------------------------------------- D. La Réunion, Électrotechnique 2029: DOCX with review comments (not printed), enumerated days
def build_reunion():
    doc = base_doc("Liberation Sans", 10)
    sec = doc.sections[0]
    for i, l in enumerate(RE.EN_TETE):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(11 if i == 0 else 8.5)
    p = doc.add_paragraph(RE.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(RE.EXPEDITEUR); p.paragraph_format.left_indent = Cm(8); p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(RE.DEST); p.paragraph_format.left_indent = Cm(8)
    p = doc.add_paragraph(); r = p.add_run(RE.OBJET); r.bold = True
    for l in RE.REFS:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0); r = p.add_run(l); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph()
    doc.add_paragraph(RE.INTRO)

    def heading(text):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10); p.paragraph_format.keep_with_next = True
        r = p.add_run(text); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor.from_string("7A1F3D")

    heading(RE.T1)
    for label, text in RE.AVANT:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(label + " : "); r.bold = True
        p.add_run(text)
    heading(RE.T2)
    doc.add_paragraph(RE.T2_INTRO)
    t = doc.add_table(rows=1 + len(RE.CAL), cols=len(RE.CAL_ENTETE)); t.style = "Table Grid"
    for j, hd in enumerate(RE.CAL_ENTETE):
        cell_text(t.rows[0].cells[j], hd, True, 9); cell_shade(t.rows[0].cells[j], "F3E1E7")
    comment_runs = {}
    for i, row in enumerate(RE.CAL):
        for j, v in enumerate(row):
            run = cell_text(t.rows[1 + i].cells[j], v, j == 0, 9)
            if row[0] == "E32" and j == 3:
                comment_runs["E32"] = run
    for row in t.rows:
        for c, w in zip(row.cells, [Cm(1.4), Cm(5.0), Cm(3.6), Cm(2.8), Cm(3.8)]):
            c.width = w
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(4); r = p.add_run(RE.CAL_NOTE); r.font.size = Pt(9)
    heading(RE.T3)
    for l in RE.ORAUX:
        doc.add_paragraph(l, style="List Number")
    heading(RE.T4)
    p = doc.add_paragraph(); comment_runs["jury"] = p.add_run(RE.FIN)
    p = doc.add_paragraph(); r = p.add_run(RE.FORMATION); r.italic = True; r.font.size = Pt(9)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8.5); p.paragraph_format.space_before = Pt(16)
    for i, l in enumerate(RE.SIGNATURE):
        r = p.add_run(l); r.bold = i == len(RE.SIGNATURE) - 1
        if i < len(RE.SIGNATURE) - 1:
            r.add_break()
    for key, text in RE.COMMENTAIRES.items():
        doc.add_comment(comment_runs[key], text=text, author="Relecteur DEC", initials="RD")
    out = P("circulaire_electrotechnique_2029_la-reunion.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- E. Guyane, PI 2025: hand-written ODT (fax cover page + checklist + table)
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')

ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
 <office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.14cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>"""

ODT_META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta><dc:title>BTS PI 2025 – Guyane</dc:title><meta:generator>écrit à la main</meta:generator></office:meta></office:document-meta>"""


def build_guyane():
    e = lambda s: escape(s)
    auto = """
  <style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
   <style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:letter-spacing="0.05cm"/></style:style>
  <style:style style:name="Gras" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="Ent" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-weight="bold" fo:font-size="10.5pt"/></style:style>
  <style:style style:name="Saut" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/>
   <style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
  <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm"
    fo:border-bottom="0.5pt solid #000000" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
  <style:style style:name="Case" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.9cm" fo:text-indent="-0.7cm" fo:margin-bottom="0.18cm"/></style:style>
  <style:style style:name="Petit" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
  <style:style style:name="Sig" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm" fo:margin-top="0.2cm" fo:margin-bottom="0cm"/></style:style>
  <style:style style:name="TF" style:family="table"><style:table-properties style:width="16.6cm" table:align="left"/></style:style>
  <style:style style:name="TF.A" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
  <style:style style:name="TF.B" style:family="table-column"><style:table-column-properties style:column-width="12cm"/></style:style>
  <style:style style:name="TC" style:family="table"><style:table-properties style:width="16.6cm" table:align="left"/></style:style>
  <style:style style:name="TC.A" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
  <style:style style:name="TC.B" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>
  <style:style style:name="TC.C" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
  <style:style style:name="TC.D" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
  <style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
  <style:style style:name="CelH" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm" fo:background-color="#d9d9d9"/></style:style>
  <style:style style:name="CelF" style:family="table-cell"><style:table-cell-properties fo:border="1.5pt solid #000000" fo:padding="0.25cm"/></style:style>
"""
    b = []
    # page 1: fax cover sheet
    b.append(f'<text:p text:style-name="Ent">{e(GY.EN_TETE[0])}</text:p>')
    b.append(f'<text:p text:style-name="Standard">{e(GY.EN_TETE[1])}</text:p>')
    b.append('<text:p text:style-name="Standard"/><text:p text:style-name="Standard"/>')
    b.append(f'<text:p text:style-name="Titre">{e(GY.FAX_TITRE)}</text:p>')
    b.append('<table:table table:name="Fax" table:style-name="TF"><table:table-column table:style-name="TF.A"/><table:table-column table:style-name="TF.B"/>')
    for k, v in GY.FAX:
        b.append(f'<table:table-row><table:table-cell table:style-name="CelF"><text:p><text:span text:style-name="Gras">{e(k)}</text:span></text:p></table:table-cell>'
                 f'<table:table-cell table:style-name="CelF"><text:p>{e(v)}</text:p></table:table-cell></table:table-row>')
    b.append('</table:table>')
    b.append(f'<text:p text:style-name="Petit">{e(GY.FAX_NOTE)}</text:p>')
    # page 2+: the circular
    b.append(f'<text:p text:style-name="Saut">{e(GY.EN_TETE[0])}</text:p>')
    for l in GY.EN_TETE[1:]:
        b.append(f'<text:p text:style-name="Standard">{e(l)}</text:p>')
    b.append(f'<text:p text:style-name="Droite">{e(GY.LIEU_DATE)}</text:p>')
    b.append(f'<text:p text:style-name="Standard"><text:span text:style-name="Gras">{e(GY.OBJET)}</text:span></text:p>')
    b.append(f'<text:p text:style-name="Standard">{e(GY.INTRO)}</text:p>')
    b.append(f'<text:p text:style-name="H">{e(GY.T_CHECK)}</text:p>')
    for item in GY.CHECK:
        b.append(f'<text:p text:style-name="Case">\u2610<text:tab/>{e(item)}</text:p>')
    b.append(f'<text:p text:style-name="H">{e(GY.T_CAL)}</text:p>')
    b.append('<table:table table:name="Calendrier" table:style-name="TC">' + "".join(
        f'<table:table-column table:style-name="TC.{x}"/>' for x in "ABCD"))
    b.append('<table:table-header-rows><table:table-row>' + "".join(
        f'<table:table-cell table:style-name="CelH"><text:p><text:span text:style-name="Gras">{e(h)}</text:span></text:p></table:table-cell>'
        for h in GY.CAL_ENTETE) + '</table:table-row></table:table-header-rows>')
    for row in GY.CAL:
        b.append('<table:table-row>' + "".join(
            f'<table:table-cell table:style-name="Cel"><text:p>{e(v)}</text:p></table:table-cell>' for v in row) + '</table:table-row>')
    b.append('</table:table>')
    b.append(f'<text:p text:style-name="Petit">{e(GY.CAL_NOTE)}</text:p>')
    b.append(f'<text:p text:style-name="H">{e(GY.T_CENTRES)}</text:p>')
    for c in GY.CENTRES:
        b.append(f'<text:p text:style-name="Case">–<text:tab/>{e(c)}</text:p>')
    b.append(f'<text:p text:style-name="Standard">{e(GY.RESULTATS)}</text:p>')
    b.append(f'<text:p text:style-name="Petit">{e(GY.FORMATION)}</text:p>')
    for i, l in enumerate(GY.SIGNATURE):
        inner = f'<text:span text:style-name="Gras">{e(l)}</text:span>' if i == len(GY.SIGNATURE) - 1 else e(l)
        b.append(f'<text:p text:style-name="Sig">{inner}</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
               f'<office:automatic-styles>{auto}</office:automatic-styles><office:body><office:text>'
               + "\n".join(b) + '</office:text></office:body></office:document-content>')
    out = P("circulaire_pi_2025_guyane.odt")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in (("META-INF/manifest.xml", ODT_MANIFEST), ("content.xml", content), ("styles.xml", ODT_STYLES), ("meta.xml", ODT_META)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


# ---------------------------------------------------------------- conversions and the fax scan
def soffice_pdf(paths):
    tmp = tempfile.mkdtemp(prefix="am_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", tmp] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def render(pdf, dpi):
    tmp = tempfile.mkdtemp(prefix="am_ppm_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    imgs = [Image.open(os.path.join(tmp, f)).copy() for f in sorted(os.listdir(tmp))]
    shutil.rmtree(tmp, ignore_errors=True)
    return imgs


def fax_scan(pdf, out):
    """A received fax, scanned back: 200 × 100 dpi 'standard' fax resolution stretched to 200 dpi, 1-bit,
    speckles, a few dropped scan lines, and the sending machine's header line printed on top of every page."""
    rng = np.random.default_rng(3)
    pages = render(pdf, 200)
    n = len(pages)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 22)
    res = []
    for k, im in enumerate(pages):
        w, h = im.size
        im = im.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)  # half vertical resolution
        im = im.rotate([0.35, -0.25, 0.5][k % 3], resample=Image.BILINEAR, fillcolor=255)
        a = np.asarray(im).astype(np.float32) + rng.normal(0, 18, (h, w))
        bw = a > 150
        bw &= rng.random((h, w)) > 0.0015  # black speckles
        for y in rng.integers(150, h - 150, 4):  # dropped lines (white streaks)
            bw[y:y + 2, :] = True
        img = Image.fromarray((bw * 255).astype(np.uint8)).convert("1")
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, w, 44], fill=255)
        d.text((30, 10), f"03/02/2025  09:4{2 + k}   DE: +594 594 27 xx xx   RECTORAT GUYANE DEC      P.{k + 1:03d}/{n:03d}", font=font, fill=0)
        res.append(img)
    res[0].save(out, "PDF", resolution=200, save_all=True, append_images=res[1:])


def main():
    a = build_nc(); build_spm(); build_mayotte(); d = build_reunion(); e = build_guyane()
    soffice_pdf([a, d, e])
    fax_scan(P("circulaire_pi_2025_guyane.pdf"), P("circulaire_pi_2025_guyane_scan.pdf"))
    print("built:", sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".docx", ".odt", ".html"))))


if __name__ == "__main__":
    main()
