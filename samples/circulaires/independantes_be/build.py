#!/usr/bin/env python3
"""Build the independantes_be corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (and a private LibreOffice profile / temp files in /tmp)."""
import glob, html, io, os, random, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_rennes as TR
import textes_lyon as TL
import textes_gpme as TG
import textes_orleans as TO
import textes_bordeaux as TB

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_be"
random.seed(11)


# ---------------------------------------------------------------- helpers
def to_pdf_lo(src):
    out = tempfile.mkdtemp(prefix="be_lo_")
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", out, src], check=True, capture_output=True)
    pdf = os.path.join(out, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(pdf, os.path.splitext(src)[0] + ".pdf")
    shutil.rmtree(out)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, italic=False, size=8.5, color=None, align=None):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text); run.bold = bold; run.italic = italic; run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        par.alignment = align
    par.paragraph_format.space_after = Pt(1)


def widths(table, cms):
    """Column widths in tblGrid and in every cell (LibreOffice reads the grid)."""
    table.autofit = False
    tw = [int(w * 567) for w in cms]  # cm -> twips
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def base_doc(font="Liberation Sans"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2.6); sec.bottom_margin = Cm(1.8)
    sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
    return doc


def heading(doc, text, color="1F3864", size=11):
    par = doc.add_paragraph(); par.paragraph_format.space_before = Pt(10); par.paragraph_format.keep_with_next = True
    r = par.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)


def lines_par(container, lines, size=9, bold_first=False, align=None):
    par = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    for i, line in enumerate(lines):
        r = par.add_run(line); r.font.size = Pt(size); r.bold = bold_first and i == 0
        if i < len(lines) - 1:
            r.add_break()
    if align is not None:
        par.alignment = align
    return par


# ---------------------------------------------------------------- A. Rennes CG 2027: side-by-side 2026 | 2027
def build_rennes():
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(TR.EN_TETE):
        r = hp.add_run(line); r.bold = i < 2; r.font.size = Pt(10 if i < 2 else 8.5)
        if i < len(TR.EN_TETE) - 1:
            r.add_break()
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TR.PIED); r.font.size = Pt(7.5)

    t = doc.add_table(rows=1, cols=2)
    lines_par(t.cell(0, 0).paragraphs[0], TR.AFFAIRE, size=8)
    lines_par(t.cell(0, 1).paragraphs[0], [TR.LIEU_DATE], size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8)
    lines_par(p, TR.DESTINATAIRES.split("\n"), size=9)
    p = doc.add_paragraph(); r = p.add_run(TR.OBJET); r.bold = True
    for ref in TR.REFERENCES:
        p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ref); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph(TR.INTRO).paragraph_format.space_before = Pt(8)

    heading(doc, TR.T1)
    for b in TR.BILAN:
        p = doc.add_paragraph(b, style="List Bullet"); p.runs[0].font.size = Pt(9)

    heading(doc, TR.T2)
    p = doc.add_paragraph(); r = p.add_run(TR.T2_NOTE); r.font.size = Pt(9)
    tab = doc.add_table(rows=1 + len(TR.CAL), cols=5); tab.style = "Table Grid"
    for j, h in enumerate(TR.CAL_ENTETE):
        put(tab.cell(0, j), h, bold=True, color="FFFFFF" if j == 4 else "404040")
        shade(tab.cell(0, j), "1F3864" if j == 4 else "D9D9D9")
    repeat_header(tab.rows[0])
    for i, row in enumerate(TR.CAL, start=1):
        for j, v in enumerate(row):
            if j == 3:  # the 2026 column: grey italic, for memory
                put(tab.cell(i, j), v, italic=True, color="8C8C8C", size=8)
                shade(tab.cell(i, j), "F2F2F2")
            elif j == 4:
                put(tab.cell(i, j), v, bold=True, size=8.5)
            else:
                put(tab.cell(i, j), v, size=8.5)
    widths(tab, [5.0, 1.1, 1.8, 4.3, 4.8])
    p = doc.add_paragraph(); r = p.add_run(TR.CAL_PIED); r.italic = True; r.font.size = Pt(8)

    heading(doc, TR.T3)
    ct = doc.add_table(rows=len(TR.CENTRES_ECRITS), cols=2); ct.style = "Table Grid"
    for i, (nom, rue, ville, role) in enumerate(TR.CENTRES_ECRITS):
        lines_par(ct.cell(i, 0).paragraphs[0], [nom, rue, ville], size=9, bold_first=True)
        put(ct.cell(i, 1), role, size=9)
    widths(ct, [8, 9])
    doc.add_paragraph(TR.CENTRE_ORAUX).paragraph_format.space_before = Pt(6)
    p = doc.add_paragraph(); r = p.add_run(TR.CENTRE_ANCIEN); r.italic = True; r.font.size = Pt(9)
    r.font.color.rgb = RGBColor.from_string("7F7F7F")

    heading(doc, TR.T4)
    doc.add_paragraph(TR.JURY)
    p = lines_par(doc, TR.SIGNATURE, size=9.5); p.paragraph_format.left_indent = Cm(10)
    p.paragraph_format.space_before = Pt(14)
    doc.save(P("circulaire_cg_2027_rennes.docx"))
    to_pdf_lo(P("circulaire_cg_2027_rennes.docx"))


# ---------------------------------------------------------------- B. Lyon Tourisme 2028: ODT, old calendar crossed out
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')

ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS}>
 <office:font-face-decls/>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.12cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="10.5pt" fo:language="fr" fo:country="FR"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.6cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
</office:document-styles>"""

ODT_AUTO = """
  <style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:color="#7a1f2b"/></style:style>
  <style:style style:name="Entete" style:family="paragraph"><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'"/></style:style>
  <style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="Retrait" style:family="paragraph"><style:paragraph-properties fo:margin-left="7.5cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
  <style:style style:name="Objet" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-weight="bold" fo:text-decoration="underline" style:text-underline-style="solid"/></style:style>
  <style:style style:name="Petit" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
  <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'"/></style:style>
  <style:style style:name="CellH" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'"/></style:style>
  <style:style style:name="Barre" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt" fo:color="#555555" style:text-line-through-style="solid" style:text-line-through-type="double" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'"/></style:style>
  <style:style style:name="Encadre" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm" fo:margin-right="0.8cm" fo:padding="0.15cm" fo:border="0.06pt solid #7a1f2b" fo:background-color="#f6eeee" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
  <style:style style:name="Gras" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Saut" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'"/></style:style>
  <style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.8cm" table:align="left"/></style:style>
  <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>
  <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
  <style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
  <style:style style:name="ColD" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
  <style:style style:name="TdH" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #000000" fo:background-color="#e8d9db"/></style:style>
  <style:style style:name="Td" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="TdG" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt dashed #888888"/></style:style>
"""


def odt_p(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def odt_table(name, header, rows, cell_style="Td", par_style="Cell"):
    x = [f'<table:table table:name="{name}" table:style-name="Tab">']
    for col in ("ColA", "ColB", "ColC", "ColD"):
        x.append(f'<table:table-column table:style-name="{col}"/>')
    x.append("<table:table-header-rows><table:table-row>")
    for h in header:
        x.append(f'<table:table-cell table:style-name="TdH" office:value-type="string">{odt_p(h, "CellH")}</table:table-cell>')
    x.append("</table:table-row></table:table-header-rows>")
    for row in rows:
        x.append("<table:table-row>")
        for v in row:
            x.append(f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">{odt_p(v, par_style)}</table:table-cell>')
        x.append("</table:table-row>")
    x.append("</table:table>")
    return "".join(x)


def build_lyon():
    b = []
    for i, line in enumerate(TL.EN_TETE):
        b.append(odt_p(line, "Entete"))
    b.append(odt_p(TL.REF, "Petit"))
    b.append(odt_p(TL.LIEU_DATE, "Droite"))
    b.append(odt_p(TL.DESTINATAIRES, "Retrait"))
    b.append(odt_p(TL.OBJET, "Objet"))
    b.append(odt_p(TL.INTRO))
    b.append(odt_p(TL.T1, "Titre"))
    b.append(odt_p(TL.CAL_INTRO))
    b.append(odt_table("Calendrier2028", TL.CAL_ENTETE, TL.CAL))
    b.append(odt_p(TL.CAL_NOTE, "Petit"))
    b.append(odt_p("", "Standard"))
    b.append(f'<text:p text:style-name="Encadre"><text:span text:style-name="Gras">{escape(TL.ENCADRE_TITRE)}</text:span></text:p>')
    for line in TL.ENCADRE:
        b.append(odt_p("– " + line, "Encadre"))
    b.append(odt_p("", "Standard"))
    b.append(odt_p(TL.MEMOIRE))
    b.append(odt_p(TL.T2, "Titre"))
    for nom, adr, role in TL.CENTRES:
        b.append(f'<text:p text:style-name="Standard"><text:span>• {escape(nom)}</text:span>, {escape(adr)} : {escape(role)}.</text:p>')
    b.append(odt_p(TL.JURY))
    b.append(odt_p(TL.T3, "Titre"))
    b.append(odt_p(TL.DOSSIERS))
    b.append(odt_p("", "Standard"))
    for line in TL.SIGNATURE:
        b.append(odt_p(line, "Retrait"))
    b.append(odt_p(TL.ANNEXE_TITRE, "Saut"))
    b.append(odt_p(TL.ANNEXE_NOTE, "Petit"))
    b.append(odt_table("AncienCalendrier2027", ["Épreuve", "Date", "Horaire", "Lieu"], TL.ANNEXE, "TdG", "Barre"))
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>'
               f'<office:automatic-styles>{ODT_AUTO}</office:automatic-styles>'
               f'<office:body><office:text>{"".join(b)}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODT_NS}><office:meta>'
            '<meta:generator>independantes_be/build.py</meta:generator></office:meta></office:document-meta>')
    path = P("circulaire_tourisme_2028_lyon.odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", ODT_STYLES, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    to_pdf_lo(path)


# ---------------------------------------------------------------- C. national note GPME 2029: HTML printed by Chromium
CSS = """
@page { size: A4; margin: 13mm 16mm 14mm 16mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.2pt; color: #111; }
header.bandeau { border-bottom: 3px solid #000091; padding-bottom: 4px; margin-bottom: 10px; }
header.bandeau .min { font-weight: bold; font-size: 11pt; }
header.bandeau .dir { font-size: 8.5pt; color: #333; }
.meta { display: table; width: 100%; font-size: 8.8pt; margin-bottom: 8px; }
.meta > div { display: table-cell; vertical-align: top; }
.meta .droite { text-align: right; white-space: nowrap; padding-left: 12px; }
h1 { font-size: 12pt; color: #000091; margin: 8px 0; }
h2 { font-size: 10.5pt; color: #000091; border-left: 4px solid #e1000f; padding-left: 6px; margin: 14px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 6px; }
th, td { border: 0.6pt solid #555; padding: 3px 5px; vertical-align: top; font-size: 8.7pt; }
th { background: #e3e3fd; text-align: left; }
table.plan td.annee { font-weight: bold; width: 13%; }
table.plan tr.passe td { color: #777; }
table.plan tr.courant td { background: #fff3c4; font-weight: bold; }
ol.jalons { margin: 4px 0; padding-left: 18px; }
ol.jalons li { margin-bottom: 3px; }
ol.jalons time { font-weight: bold; }
.note { font-size: 8.3pt; font-style: italic; color: #333; }
.signature { margin: 8px 0 0 55%; break-inside: avoid; }
section.annexe { break-before: page; }
"""


def build_gpme():
    e = html.escape
    h = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">', f"<title>{e(TG.TITRE)}</title>",
         f"<style>{CSS}</style></head><body>",
         f'<header class="bandeau"><div class="min">{e(TG.MINISTERE)}</div><div class="dir">{e(TG.DIRECTION)}</div></header>',
         f'<div class="meta"><div>{e(TG.NOR)}<br>{e(TG.DESTINATAIRES)}</div><div class="droite">{e(TG.LIEU_DATE)}</div></div>',
         f"<h1>{e(TG.TITRE)}</h1>", f"<p>{e(TG.INTRO)}</p>",
         f"<h2>{e(TG.T_PLAN)}</h2>", '<table class="plan"><thead><tr>']
    h += [f"<th>{e(c)}</th>" for c in TG.PLAN_ENTETE]
    h.append("</tr></thead><tbody>")
    for annee, etape, dates in TG.PLAN:
        cls = "courant" if annee == "2029" else ("passe" if annee < "2029" else "")
        h.append(f'<tr class="{cls}"><td class="annee">{e(annee)}</td><td>{e(etape)}</td><td>{e(dates)}</td></tr>')
    h.append("</tbody></table>")
    h.append(f"<h2>{e(TG.T_BILAN)}</h2><p>{e(TG.BILAN)}</p>")
    h.append(f"<h2>{e(TG.T_EPR)}</h2><table><thead><tr>")
    h += [f"<th>{e(c)}</th>" for c in TG.EPR_ENTETE]
    h.append("</tr></thead><tbody>")
    for row in TG.EPR:
        h.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>")
    h.append(f'</tbody></table><p class="note">{e(TG.EPR_NOTE)}</p>')
    h.append(f'<h2>{e(TG.T_JAL)}</h2><ol class="jalons">')
    for quand, quoi in TG.JALONS:
        h.append(f"<li><time>{e(quand)}</time> : {e(quoi)}</li>")
    h.append("</ol>")
    h.append('<div class="signature">' + "<br>".join(e(s) for s in TG.SIGNATURE) + "</div>")
    h.append(f'<section class="annexe"><h2>{e(TG.T_CORR)}</h2><table><thead><tr>')
    h += [f"<th>{e(c)}</th>" for c in TG.CORR_ENTETE]
    h.append("</tr></thead><tbody>")
    for a, n in TG.CORR:
        h.append(f"<tr><td>{e(a)}</td><td>{e(n)}</td></tr>")
    h.append(f'</tbody></table><p class="note">{e(TG.CORR_NOTE)}</p></section>')
    h.append("</body></html>")
    path = P("note_nationale_gpme_2029.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(h) + "\n")
    tmp = tempfile.mkdtemp(prefix="be_chrome_")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}",
                    "--no-pdf-header-footer", f"--print-to-pdf={P('note_nationale_gpme_2029.pdf')}",
                    "file://" + path], check=True, capture_output=True)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- D. Orléans-Tours SN 2026: reportlab, 2025 dates in brackets
def build_orleans():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fonts + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", fonts + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", fonts + "DejaVuSans-Oblique.ttf"))
    W, H = A4
    c = canvas.Canvas(P("circulaire_sn_2026_orleans-tours.pdf"), pagesize=A4)
    c.setTitle("BTS SN session 2026 – académie d'Orléans-Tours")
    LEFT, RIGHT = 2.3 * cm, W - 2 * cm

    def wrap(text, font, size, width):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                lines.append(cur); cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(y, text, font="DV", size=9.5, x=LEFT, width=None, lead=1.35):
        width = width or (RIGHT - x)
        c.setFont(font, size)
        for line in wrap(text, font, size, width):
            c.drawString(x, y, line); y -= size * lead
        return y

    def footer(n):
        c.setFont("DV", 7); c.setFillGray(0.35)
        c.drawCentredString(W / 2, 1.1 * cm, f"BTS SN – session 2026 – page {n}/2")
        c.setFillGray(0)

    # page 1
    y = H - 1.8 * cm
    c.setFillColorRGB(0.1, 0.2, 0.45); c.rect(LEFT, y - 0.2 * cm, 0.25 * cm, 1.5 * cm, fill=1, stroke=0)
    c.setFillGray(0)
    for i, line in enumerate(TO.EN_TETE):
        c.setFont("DVB" if i == 0 else "DV", 10 if i == 0 else 8.5)
        c.drawString(LEFT + 0.5 * cm, y + 0.9 * cm - i * 0.45 * cm, line)
    c.setFont("DV", 9.5); c.drawRightString(RIGHT, y + 0.9 * cm, TO.LIEU_DATE)
    y -= 1.2 * cm
    for line in TO.DESTINATAIRES:
        c.setFont("DV", 8.8); c.drawString(10.5 * cm, y, line); y -= 0.4 * cm
    y -= 0.3 * cm
    y = para(y, TO.OBJET, "DVB", 10)
    y -= 0.15 * cm
    y = para(y, TO.INTRO, size=9.2)

    def section(y, title):
        y -= 0.35 * cm
        c.setFont("DVB", 10.5); c.setFillColorRGB(0.1, 0.2, 0.45); c.drawString(LEFT, y, title); c.setFillGray(0)
        c.setLineWidth(0.6); c.line(LEFT, y - 0.12 * cm, RIGHT, y - 0.12 * cm)
        return y - 0.6 * cm

    def item(y, label, when, old):
        c.setFont("DVB", 9.2); c.drawString(LEFT + 0.3 * cm, y, "▪ " + label)
        y -= 0.42 * cm
        c.setFont("DV", 9.2); c.drawString(LEFT + 0.9 * cm, y, when)
        x = LEFT + 0.9 * cm + pdfmetrics.stringWidth(when + " ", "DV", 9.2)
        c.setFont("DVI", 8.3); c.setFillGray(0.45); c.drawString(x, y, f"({old})"); c.setFillGray(0)
        return y - 0.55 * cm

    y = section(y, TO.T1)
    for label, when, old in TO.ECRITS:
        y = item(y, label, when, old)
    y = para(y, TO.E5, size=9.0, x=LEFT + 0.3 * cm)
    # margin note « Nouveau en 2026 » next to the E5 paragraph
    c.saveState(); c.setFont("DVB", 7); c.setFillColorRGB(0.75, 0.1, 0.1)
    c.translate(LEFT - 0.45 * cm, y + 0.3 * cm); c.rotate(90); c.drawString(0, 0, TO.NOUVEAU); c.restoreState()
    y -= 0.15 * cm
    y = para(y, TO.CENTRES_ECRITS, size=9.0, x=LEFT + 0.3 * cm)
    y = section(y, TO.T2)
    for label, when, old in TO.ORAUX:
        y = item(y, label, when, old)
    y = para(y, TO.E6, size=9.0, x=LEFT + 0.3 * cm)
    footer(1)
    c.showPage()

    # page 2
    y = H - 2 * cm
    y = section(y, TO.T3)
    y = para(y, TO.JURY, size=9.4)
    y = section(y, TO.T4)
    y = para(y, TO.EFFECTIFS_TEXTE, size=9)
    # bar chart of the numbers of candidates
    base, x0, bw, gap, scale = y - 6.2 * cm, LEFT + 1.5 * cm, 1.6 * cm, 0.9 * cm, 0.0125 * cm
    c.setLineWidth(0.8); c.line(x0 - 0.3 * cm, base, x0 + 5 * (bw + gap), base)
    c.line(x0 - 0.3 * cm, base, x0 - 0.3 * cm, base + 5.3 * cm)
    c.setFont("DV", 7)
    for v in (100, 200, 300, 400):
        c.drawRightString(x0 - 0.45 * cm, base + v * scale - 2, str(v))
        c.setStrokeGray(0.85); c.line(x0 - 0.3 * cm, base + v * scale, x0 + 5 * (bw + gap), base + v * scale); c.setStrokeGray(0)
    for i, (annee, n) in enumerate(TO.EFFECTIFS):
        x = x0 + i * (bw + gap)
        if annee == "2026":
            c.setFillColorRGB(0.1, 0.2, 0.45)
        else:
            c.setFillGray(0.7)
        c.rect(x, base, bw, n * scale, fill=1, stroke=0)
        c.setFillGray(0); c.setFont("DVB", 8); c.drawCentredString(x + bw / 2, base + n * scale + 0.15 * cm, str(n))
        c.setFont("DV", 8); c.drawCentredString(x + bw / 2, base - 0.4 * cm, annee)
    c.setFont("DVI", 7.5); c.drawString(x0, base - 0.9 * cm, "Nombre d'inscrits par session (2026 : provisoire)")
    y = base - 2 * cm
    for line in TO.SIGNATURE:
        c.setFont("DV", 9.3); c.drawString(11 * cm, y, line); y -= 0.45 * cm
    c.setLineWidth(0.4); c.line(LEFT, 2.3 * cm, LEFT + 5 * cm, 2.3 * cm)
    para(2.0 * cm, TO.NOTE_BAS, "DVI", 7.3)
    footer(2)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- E. Bordeaux Assurance 2029: 4-year table with « jj/mm »
def build_bordeaux():
    doc = base_doc()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(TB.EN_TETE):
        r = hp.add_run(line); r.bold = i == 1; r.font.size = Pt(8.5 if i != 1 else 10)
        if i < len(TB.EN_TETE) - 1:
            r.add_break()
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TB.PIED); r.font.size = Pt(7.5)
    sec.top_margin = Cm(2.3)
    p = doc.add_paragraph(TB.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(7.5)
    r = p.add_run(TB.DESTINATAIRES); r.font.size = Pt(9)
    p = doc.add_paragraph(); r = p.add_run(TB.OBJET); r.bold = True
    doc.add_paragraph(TB.INTRO)

    heading(doc, TB.T1, color="6B2C91")
    ncol = len(TB.CAL_ENTETE)
    tab = doc.add_table(rows=1 + len(TB.CAL), cols=ncol); tab.style = "Table Grid"
    for j, h in enumerate(TB.CAL_ENTETE):
        last = j == ncol - 1
        put(tab.cell(0, j), h, bold=True, size=9 if j > 1 else 8.5, color="FFFFFF" if last else None,
            align=WD_ALIGN_PARAGRAPH.CENTER if j > 1 else None)
        shade(tab.cell(0, j), "6B2C91" if last else "E7E0EC")
    repeat_header(tab.rows[0])
    for i, row in enumerate(TB.CAL, start=1):
        for j, v in enumerate(row):
            if j == 0 and "(oraux)" in v:
                v = v + " ¹"
            last = j == ncol - 1
            put(tab.cell(i, j), v, bold=last, size=8.3, color=None if (last or j < 2) else "6E6E6E",
                align=WD_ALIGN_PARAGRAPH.CENTER if j > 1 else None)
            if last:
                shade(tab.cell(i, j), "F3E9F9")
    widths(tab, [6.2, 2.2, 2.1, 2.1, 2.1, 2.3])
    p = doc.add_paragraph(); r = p.add_run(TB.CAL_NOTE); r.italic = True; r.font.size = Pt(8)

    heading(doc, TB.T2, color="6B2C91")
    for t in TB.PRECISIONS:
        p = doc.add_paragraph(t, style="List Number"); p.runs[0].font.size = Pt(9.3)

    heading(doc, TB.T3, color="6B2C91")
    ct = doc.add_table(rows=1, cols=len(TB.CENTRES)); ct.style = "Table Grid"
    for j, (nom, rue, ville, role) in enumerate(TB.CENTRES):
        lines_par(ct.cell(0, j).paragraphs[0], [nom, rue, ville, role], size=8.8, bold_first=True)
    widths(ct, [5.7, 5.6, 5.7])

    heading(doc, TB.T4, color="6B2C91")
    st = doc.add_table(rows=1 + len(TB.STATS), cols=len(TB.STATS_ENTETE)); st.style = "Table Grid"
    for j, h in enumerate(TB.STATS_ENTETE):
        put(st.cell(0, j), h, bold=True, size=8.5); shade(st.cell(0, j), "E7E0EC")
    for i, row in enumerate(TB.STATS, start=1):
        for j, v in enumerate(row):
            put(st.cell(i, j), v, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
    p = doc.add_paragraph(); r = p.add_run(TB.STATS_NOTE); r.font.size = Pt(9)
    p = lines_par(doc, TB.SIGNATURE, size=9.5); p.paragraph_format.left_indent = Cm(10)
    p.paragraph_format.space_before = Pt(4); p.paragraph_format.keep_together = True
    doc.save(P("circulaire_assurance_2029_bordeaux.docx"))
    to_pdf_lo(P("circulaire_assurance_2029_bordeaux.docx"))


# ---------------------------------------------------------------- scan of the Lyon PDF (flatbed, 200 dpi grey)
def build_scan(src, dst, dpi=200):
    tmp = tempfile.mkdtemp(prefix="be_scan_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(tmp, "p")], check=True)
    rng = np.random.default_rng(5)
    pages = []
    for png in sorted(glob.glob(os.path.join(tmp, "p*.png"))):
        im = Image.open(png).convert("L")
        im = im.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im, dtype=np.float32)
        a = a * 0.9 + 14  # greyish paper, weaker black
        h, w = a.shape
        a += np.linspace(-6, 8, w)[None, :]  # uneven lid light
        a += rng.normal(0, 7, a.shape)
        a[:, : int(w * 0.012)] *= 0.55  # dark band of the lid on the left edge
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=68); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    shutil.rmtree(tmp)


def main():
    build_rennes()
    build_lyon()
    build_gpme()
    build_orleans()
    build_bordeaux()
    build_scan(P("circulaire_tourisme_2028_lyon.pdf"), P("circulaire_tourisme_2028_lyon_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".odt", ".html")):
            print(f"{os.path.getsize(P(f)):>9}  {f}")


if __name__ == "__main__":
    main()
