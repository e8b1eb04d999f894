#!/usr/bin/env python3
"""Build the independantes_aq corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import io, os, random, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

import textes_lyon as TL, textes_rennes as TR, textes_dijon as TD, textes_orleans as TO, textes_grenoble as TG

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
LO = "-env:UserInstallation=file:///tmp/lo_aq"
random.seed(23)


def lo_pdf(src):
    subprocess.run(["soffice", LO, "--headless", "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, capture_output=True, timeout=180)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    s = doc.sections[0]; s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def head(doc, lines, lieu):
    for i, l in enumerate(lines):
        p = doc.add_paragraph(); r = p.add_run(l); r.bold = i < 2; r.font.size = Pt(10 if i < 2 else 8.5)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(lieu); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def h(doc, text):
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10); p.paragraph_format.keep_with_next = True
    r = p.add_run(text); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill); tcPr.append(s)


def table(doc, rows, widths, header_fill="D9E2F3", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j); c.text = ""; c.width = Cm(widths[j])
            lines = val.split("\n"); par = c.paragraphs[0]
            for k, l in enumerate(lines):
                r = par.add_run(l); r.font.size = Pt(size); r.bold = i == 0
                if k < len(lines) - 1:
                    r.add_break()
            if i == 0:
                shade(c, header_fill)
    return t


def signature(doc, lines):
    for l in lines:
        p = doc.add_paragraph(l); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_after = Pt(0)


# ------------------------------------------------------------ Lyon CRSA 2027: groups written as prose
def build_lyon():
    doc = base_doc(); head(doc, TL.EN_TETE, TL.LIEU_DATE)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8)
    for i, l in enumerate(TL.DESTINATAIRES.split("\n")):
        r = p.add_run(l); r.font.size = Pt(9)
        if i < 2: r.add_break()
    p = doc.add_paragraph(); p.add_run(TL.OBJET).bold = True
    for ref in TL.REFERENCES:
        p = doc.add_paragraph(); r = p.add_run(ref); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph(TL.INTRO)
    h(doc, TL.T1); doc.add_paragraph(TL.ECRITS_CENTRE)
    for d, hr, ep in TL.ECRITS:
        p = doc.add_paragraph(style="List Bullet"); r = p.add_run(f"{d}, {hr} : "); r.bold = True; p.add_run(ep)
    doc.add_paragraph(TL.ECRITS_NOTE)
    h(doc, TL.T2); doc.add_paragraph(TL.E61_INTRO)
    for g, n, j in TL.GROUPES:  # « Groupe 1 (candidats n° 1 à 12) : lundi 31 mai et mardi 1er juin ; »
        p = doc.add_paragraph(); pf = p.paragraph_format; pf.left_indent = Cm(2.5); pf.first_line_indent = Cm(-2.0)
        pf.space_after = Pt(1)
        r = p.add_run(g); r.bold = True
        p.add_run(f" ({n}) : {j}" + (" ;" if g != TL.GROUPES[-1][0] else "."))
    doc.add_paragraph(TL.E61_NOTE)
    h(doc, TL.T3); doc.add_paragraph(TL.E62_TXT)
    table(doc, TL.E62_TABLE, [3.5, 4.5, 9])
    h(doc, TL.T4); doc.add_paragraph(TL.JURY)
    h(doc, TL.T5); doc.add_paragraph(TL.FORMATION)
    doc.add_paragraph(); signature(doc, TL.SIGNATURE)
    out = P("circulaire_crsa_2027_lyon.docx"); doc.save(out); lo_pdf(out)


# ------------------------------------------------------------ Orléans-Tours FED 2025: CCF-heavy table
def build_orleans():
    doc = base_doc(); head(doc, TO.EN_TETE, TO.LIEU_DATE)
    p = doc.add_paragraph(); p.add_run(TO.OBJET).bold = True
    doc.add_paragraph(TO.INTRO)
    t = table(doc, [TO.TAB_ENTETE] + TO.TAB, [1.8, 6, 5, 4.2])
    for i, row in enumerate(TO.TAB, start=1):
        if row[3] != "—":
            for c in t.rows[i].cells:
                shade(c, "FFF2CC")
    p = doc.add_paragraph(); r = p.add_run(TO.TAB_NOTE); r.italic = True; r.font.size = Pt(8.5)
    h(doc, TO.CENTRES_TITRE)
    for c in TO.CENTRES:
        doc.add_paragraph(c, style="List Bullet")
    h(doc, TO.CCF_TITRE)
    for c in TO.CCF:
        doc.add_paragraph(c)
    doc.add_paragraph(TO.PONCTUEL)
    h(doc, TO.JURY_TITRE); doc.add_paragraph(TO.JURY)
    p = doc.add_paragraph(); r = p.add_run(TO.INFO); r.font.size = Pt(8.5)
    doc.add_paragraph(); signature(doc, TO.SIGNATURE)
    out = P("circulaire_fed_2025_orleans-tours.docx"); doc.save(out); lo_pdf(out)


# ------------------------------------------------------------ Grenoble ET 2029: day per number range + rotation grid
def build_grenoble():
    doc = base_doc(); head(doc, TG.EN_TETE, TG.LIEU_DATE)
    p = doc.add_paragraph(); p.add_run("Objet : " + TG.OBJET).bold = True
    doc.add_paragraph(TG.INTRO)
    h(doc, TG.ECRITS_TITRE); table(doc, [TG.ECRITS_ENTETE] + TG.ECRITS, [4, 3, 1.6, 8.4])
    doc.add_paragraph(TG.ECRITS_NOTE)
    h(doc, TG.E42_TITRE); doc.add_paragraph(TG.E42_TXT)
    for j in TG.JOURS:
        doc.add_paragraph(j, style="List Number")
    doc.add_paragraph(TG.ROT_TXT)
    t = table(doc, [TG.ROT_ENTETE] + TG.ROT, [3.2, 4.6, 4.6, 4.6], header_fill="E2EFDA")
    fills = {"Rotation A": "FCE4D6", "Rotation B": "DDEBF7", "Rotation C": "EDEDED"}
    for i, row in enumerate(TG.ROT, start=1):
        for j, v in enumerate(row[1:], start=1):
            shade(t.cell(i, j), fills[v])
    h(doc, TG.E52_TITRE)
    for e in TG.E52:
        doc.add_paragraph(e, style="List Bullet")
    h(doc, TG.JURY_TITRE); doc.add_paragraph(TG.JURY)
    p = doc.add_paragraph(); r = p.add_run(TG.FORMATION); r.font.size = Pt(8.5)
    doc.add_paragraph(); signature(doc, TG.SIGNATURE)
    out = P("circulaire_et_2029_grenoble.docx"); doc.save(out); lo_pdf(out)


# ------------------------------------------------------------ Rennes MV 2026: reportlab, workshop × half-day grid
def build_rennes():
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
    b = ParagraphStyle("b", parent=n, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8)
    c = ParagraphStyle("c", parent=n, fontSize=8.5, leading=10.5, spaceAfter=0)
    cb = ParagraphStyle("cb", parent=c, fontName="Helvetica-Bold")
    story = [Paragraph("<br/>".join(f"<b>{escape(l)}</b>" if i == 0 else escape(l) for i, l in enumerate(TR.EN_TETE)), n),
             Paragraph(escape(TR.LIEU_DATE), ParagraphStyle("r", parent=n, alignment=2)),
             Paragraph("<b>Objet :</b> " + escape(TR.OBJET), n), Paragraph("<i>" + escape(TR.REF) + "</i>", n),
             Paragraph(escape(TR.INTRO), n), Paragraph(escape(TR.ECRITS_TITRE), b)]
    rows = [[Paragraph(x, cb) for x in ("Date", "Horaire", "Code", "Intitulé")]]
    rows += [[Paragraph(escape(v), c) for v in r] for r in TR.ECRITS]
    t = Table(rows, colWidths=[4 * 28.35, 2.8 * 28.35, 1.6 * 28.35, 8.6 * 28.35])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
    story += [t, Spacer(1, 4), Paragraph(escape(TR.ECRITS_NOTE), n), Paragraph(escape(TR.E5_TITRE), b), Paragraph(escape(TR.E5_TXT), n)]
    br = lambda s: escape(s).replace("\n", "<br/>")
    grid = [[Paragraph("Jour", cb), Paragraph("Demi-journée", cb)] + [Paragraph(br(a), cb) for a in TR.ATELIERS]]
    for day, half, cells in TR.GRILLE:
        grid.append([Paragraph(day, cb), Paragraph(br(half), c)] + [Paragraph(escape(x), c) for x in cells])
    w = 28.35
    g = Table(grid, colWidths=[2.2 * w, 3.4 * w, 3.8 * w, 3.8 * w, 3.8 * w], repeatRows=1)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CFE2F3")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for k in range(3):  # the day label spans its two half-day rows
        st.append(("SPAN", (0, 1 + 2 * k), (0, 2 + 2 * k)))
        st.append(("BACKGROUND", (2, 2 + 2 * k), (-1, 2 + 2 * k), colors.HexColor("#F3F3F3")))
    g.setStyle(TableStyle(st))
    for k in range(3):
        grid[2 + 2 * k][0] = ""
    story += [g, Spacer(1, 4), Paragraph("<i>" + escape(TR.E5_NOTE) + "</i>", n), Paragraph(escape(TR.E6_TITRE), b),
              Paragraph(escape(TR.E6_TXT), n), Paragraph(escape(TR.JURY), n), Spacer(1, 14)]
    story += [Paragraph(escape(l), ParagraphStyle("s", parent=n, leftIndent=260, spaceAfter=0)) for l in TR.SIGNATURE]
    SimpleDocTemplate(P("circulaire_mv_2026_rennes.pdf"), pagesize=A4, leftMargin=2 * w, rightMargin=2 * w,
                      topMargin=1.6 * w, bottomMargin=1.6 * w, title="BTS MV 2026 Rennes").build(story)


# ------------------------------------------------------------ Dijon MS 2028: hand-written ODT, week numbers + legend
def build_dijon():
    def para(text, style="P"):
        return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

    def tab(name, rows, widths, head_style="TH"):
        cols = "".join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths)))
        body = ""
        for i, r in enumerate(rows):
            body += "<table:table-row>" + "".join(
                f'<table:table-cell table:style-name="{"Hd" if i == 0 else "Cl"}" office:value-type="string">'
                f'{para(v, head_style if i == 0 else "TC")}</table:table-cell>' for v in r) + "</table:table-row>"
        return f'<table:table table:name="{name}" table:style-name="{name}">{cols}{body}</table:table>'

    def tstyles(name, widths):
        s = (f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths)}cm" '
             f'table:align="left"/></style:style>')
        for i, wv in enumerate(widths):
            s += (f'<style:style style:name="{name}.C{i}" style:family="table-column">'
                  f'<style:table-column-properties style:column-width="{wv}cm"/></style:style>')
        return s

    W_LEG, W_CAL, W_ROT, W_GRP = [2, 14.5], [1.8, 2.8, 2.6, 6.3, 3.5], [3, 6.7, 6.7], [2, 4]
    auto = (tstyles("Legende", W_LEG) + tstyles("Calendrier", W_CAL) + tstyles("Rotation", W_ROT) + tstyles("Groupes", W_GRP) +
            '<style:style style:name="Hd" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9d9d9" '
            'fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>'
            '<style:style style:name="Cl" style:family="table-cell"><style:table-cell-properties '
            'fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>'
            '<style:style style:name="LegBox" style:family="paragraph"><style:paragraph-properties fo:border="1.2pt solid #7f6000" '
            'fo:padding="0.15cm" fo:background-color="#fff2cc" fo:margin-bottom="0.2cm"/>'
            '<style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>')
    styles = ('<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/>'
              '<style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>'
              '<style:style style:name="H" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties '
              'fo:margin-top="0.35cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" '
              'fo:color="#1f3864"/></style:style>'
              '<style:style style:name="B" style:family="paragraph" style:parent-style-name="P"><style:text-properties '
              'fo:font-weight="bold"/></style:style>'
              '<style:style style:name="R" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties '
              'fo:text-align="end"/></style:style>'
              '<style:style style:name="S" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties '
              'fo:margin-left="9cm" fo:margin-bottom="0cm"/></style:style>'
              '<style:style style:name="TC" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" '
              'fo:font-size="8.5pt"/></style:style>'
              '<style:style style:name="TH" style:family="paragraph" style:parent-style-name="TC"><style:text-properties '
              'fo:font-weight="bold"/></style:style>')
    body = "".join(para(l, "B") for l in TD.EN_TETE) + para(TD.LIEU_DATE, "R") + para("Objet : " + TD.OBJET, "B") + para(TD.INTRO)
    body += para(TD.LEGENDE_TITRE, "LegBox") + tab("Legende", [("Repère", "Dates")] + TD.LEGENDE, W_LEG)
    body += para(TD.CAL_TITRE, "H") + tab("Calendrier", [TD.CAL_ENTETE] + TD.CAL, W_CAL) + para(TD.CAL_NOTE)
    body += para(TD.ROT_TITRE, "H") + para(TD.ROT_INTRO) + tab("Groupes", [("Groupe", "Numéros d'ordre")] + TD.GROUPES, W_GRP)
    body += para("") + tab("Rotation", [TD.ROT_ENTETE] + TD.ROT, W_ROT)
    body += para(TD.ADRESSES_TITRE, "H") + "".join(para("• " + a) for a in TD.ADRESSES) + para("")
    body += "".join(para(l, "S") for l in TD.SIGNATURE)
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:font-face-decls/>'
               f'<office:automatic-styles>{auto}</office:automatic-styles><office:body><office:text>{body}</office:text>'
               f'</office:body></office:document-content>')
    st = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns}><office:styles>{styles}</office:styles>'
          '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
          'fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2cm" fo:margin-right="2cm"/>'
          '</style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
          'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    out = P("circulaire_ms_2028_dijon.odt")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", st, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    lo_pdf(out)


# ------------------------------------------------------------ scan of the Rennes PDF (photocopy, 150 dpi, image only)
def build_scan():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", P("circulaire_mv_2026_rennes.pdf"), os.path.join(tmp, "p")], check=True)
        pages = []
        rng = np.random.default_rng(5)
        for f in sorted(os.listdir(tmp)):
            im = Image.open(os.path.join(tmp, f)).convert("L")
            im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.float32)
            a = a * 0.9 + 12 + rng.normal(0, 9, a.shape)          # grey paper, toner noise
            a[:, :18] *= 0.35                                     # dark binding edge of the photocopier
            a = np.clip(a, 0, 255).astype(np.uint8)
            im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
            buf = io.BytesIO(); im.save(buf, "JPEG", quality=60); buf.seek(0)
            pages.append(Image.open(buf).convert("L"))
        pages[0].save(P("circulaire_mv_2026_rennes_scan.pdf"), "PDF", resolution=150, save_all=True, append_images=pages[1:])


if __name__ == "__main__":
    build_lyon(); build_orleans(); build_grenoble(); build_rennes(); build_dijon(); build_scan()
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".odt")):
            print(f"{os.path.getsize(P(f)):>9} {f}")
