# -*- coding: utf-8 -*-
"""Construit le corpus independantes_q à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Dépendances : python-docx, reportlab, PIL, numpy ; LibreOffice (soffice) et pdftoppm dans le PATH.
N'utilise aucun code du produit.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import textes_lyon as LY  # noqa: E402
import textes_montpellier as MO  # noqa: E402
import textes_nationale as NA  # noqa: E402
import textes_normandie as NO  # noqa: E402
import textes_rennes as RE  # noqa: E402
import textes_reunion as RU  # noqa: E402

LO_PROFILE = "file:///tmp/lo_independantes_q"


def out(name):
    return os.path.join(HERE, name)


def soffice_pdf(paths, outdir=HERE):
    """Convertit en PDF avec LibreOffice (profil privé)."""
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
           "--outdir", outdir] + list(paths)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# =============================================================================================
# 1. Lyon : page HTML de CMS
# =============================================================================================
def build_lyon():
    p = out(LY.STEM + ".html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(LY.HTML)
    return p


# =============================================================================================
# 6. Rennes : courriel imprimé (HTML temporaire -> PDF)
# =============================================================================================
def build_rennes(tmp):
    p = os.path.join(tmp, RE.STEM + ".html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(RE.HTML)
    return p


# =============================================================================================
# 2. Normandie : ODT écrit à la main (sections + table des matières)
# =============================================================================================
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')

ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS}>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.18cm"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always" fo:border-bottom="0.06pt solid #1f3f7a" fo:padding-bottom="0.05cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f3f7a"/>
 </style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm" fo:border-bottom="0.06pt solid #999999"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{escape(NO.EN_TETE)}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">{escape(NO.PIED)} – page <text:page-number text:select-page="current">1</text:page-number> / <text:page-count>3</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
</office:document-styles>
"""

ODT_AUTO = """<office:automatic-styles>
 <style:style style:name="Pdroite" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Psmall" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt" fo:color="#333333"/></style:style>
 <style:style style:name="Pbold" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Pnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Psig" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="9.5cm" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="Pbreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Tcal" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="Tcal.A" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="Tcal.B" style:family="table-column"><style:table-column-properties style:column-width="1.4cm"/></style:style>
 <style:style style:name="Tcal.C" style:family="table-column"><style:table-column-properties style:column-width="4.8cm"/></style:style>
 <style:style style:name="Tcal.D" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="Tcal.E" style:family="table-column"><style:table-column-properties style:column-width="2.3cm"/></style:style>
 <style:style style:name="Tcal.F" style:family="table-column"><style:table-column-properties style:column-width="1.7cm"/></style:style>
 <style:style style:name="Tcen" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="Tcen.A" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="Tcen.B" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
 <style:style style:name="Tcen.C" style:family="table-column"><style:table-column-properties style:column-width="6cm"/></style:style>
 <style:style style:name="Ccell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
 <style:style style:name="Chead" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#d9e2f3"/></style:style>
 <style:style style:name="Sect" style:family="section"><style:section-properties fo:margin-left="0cm" fo:margin-right="0cm"/></style:style>
 <style:style style:name="Sect_annexe" style:family="section"><style:section-properties fo:margin-left="0cm" fo:margin-right="0cm" fo:background-color="#f2f2f2"/></style:style>
 <style:style style:name="Ltiret" style:family="list"/>
</office:automatic-styles>"""


def odt_p(text, style="Text_20_body"):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def odt_cell(text, style="Ccell", pstyle="Table_20_Contents", rows=None):
    attr = f' table:number-rows-spanned="{rows}"' if rows and rows > 1 else ""
    paras = "".join(f'<text:p text:style-name="{pstyle}">{escape(t)}</text:p>' for t in text.split("\n"))
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{attr}>{paras}</table:table-cell>'


def odt_table(name, style, cols, header, rows_xml):
    colxml = "".join(f'<table:table-column table:style-name="{style}.{c}"/>' for c in cols)
    head = "".join(odt_cell(h, "Chead", "Table_20_Heading") for h in header)
    return (f'<table:table table:name="{name}" table:style-name="{style}">{colxml}'
            f'<table:table-header-rows><table:table-row>{head}</table:table-row></table:table-header-rows>'
            f'{rows_xml}</table:table>')


# numéros de page de la table des matières (vérifiés sur le PDF produit)
TOC_PAGES = [1, 2, 2, 2, 2, 3]


def build_normandie():
    b = []
    for line in NO.ENTETE_LETTRE:
        b.append(odt_p(line, "Psmall"))
    b.append(odt_p(NO.LIEU_DATE, "Pdroite"))
    for line in NO.DESTINATAIRES:
        b.append(odt_p(line, "Pdroite"))
    b.append(odt_p(NO.OBJET, "Pbold"))
    for r in NO.REFERENCES:
        b.append(odt_p(r, "Psmall"))
    b.append(odt_p(NO.INTRO))
    # table des matières (corps pré-rempli, comme l'enregistre LibreOffice)
    toc_entries = "".join(
        f'<text:p text:style-name="Contents_20_1"><text:a xlink:type="simple" xlink:href="#{escape(t)}|outline">'
        f'{escape(t)}<text:tab/>{pg}</text:a></text:p>' for (t, _), pg in zip(NO.SECTIONS, TOC_PAGES))
    b.append(
        '<text:table-of-content text:style-name="Sect" text:protected="true" text:name="Sommaire">'
        '<text:table-of-content-source text:outline-level="1">'
        '<text:index-title-template text:style-name="Contents_20_Heading">Sommaire</text:index-title-template>'
        '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1">'
        '<text:index-entry-link-start/><text:index-entry-chapter/><text:index-entry-text/>'
        '<text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>'
        '<text:index-entry-link-end/></text:table-of-content-entry-template>'
        '</text:table-of-content-source><text:index-body>'
        '<text:index-title text:style-name="Sect" text:name="Sommaire_Head">'
        '<text:p text:style-name="Contents_20_Heading">Sommaire</text:p></text:index-title>'
        f'{toc_entries}</text:index-body></text:table-of-content>')

    def section(idx, body, style="Sect"):
        title, sid = NO.SECTIONS[idx]
        return (f'<text:section text:style-name="{style}" text:name="{sid}">'
                f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(title)}</text:h>'
                f'{body}</text:section>')

    # 1 calendrier
    rows = []
    for parent, span, unite, intit, date, hor, duree in NO.CAL_LIGNES:
        cells = ""
        if parent is None:
            cells += '<table:covered-table-cell/>'
        else:
            cells += odt_cell(parent, rows=span)
        cells += odt_cell(unite) + odt_cell(intit) + odt_cell(date) + odt_cell(hor) + odt_cell(duree)
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    s1 = (odt_p(NO.CAL_INTRO) + odt_table("Calendrier", "Tcal", "ABCDEF", NO.CAL_ENTETE, "".join(rows))
          + odt_p(NO.CAL_NOTE, "Pnote"))
    b.append(section(0, s1))
    # 2 oraux (liste numérotée)
    items = "".join(f'<text:list-item>{odt_p(t)}</text:list-item>' for t in NO.ORAUX)
    s2 = odt_p(NO.ORAUX_INTRO) + f'<text:list text:style-name="Ltiret">{items}</text:list>' + odt_p(NO.ORAUX_NOTE, "Pnote")
    b.append(section(1, s2))
    b.append(section(2, "".join(odt_p(t) for t in NO.DOSSIERS)))
    items = "".join(f'<text:list-item>{odt_p(t)}</text:list-item>' for t in NO.JURY)
    b.append(section(3, f'<text:list text:style-name="Ltiret">{items}</text:list>'))
    rows = "".join("<table:table-row>" + odt_cell(n) + odt_cell(a) + odt_cell(e) + "</table:table-row>"
                   for n, a, e in NO.CENTRES)
    items = "".join(f'<text:list-item>{odt_p(t)}</text:list-item>' for t in NO.FORMATION)
    s5 = (odt_table("Centres", "Tcen", "ABC", NO.CENTRES_ENTETE, rows) + odt_p("") + odt_p(NO.FORMATION_INTRO)
          + f'<text:list text:style-name="Ltiret">{items}</text:list>' + odt_p(""))
    s5 += "".join(odt_p(t, "Psig") for t in NO.SIGNATURE)
    b.append(section(4, s5))
    b.append(odt_p("", "Pbreak"))
    b.append(section(5, "".join(odt_p(t) for t in NO.ANNEXE), "Sect_annexe"))

    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>{ODT_AUTO}'
               f'<office:body><office:text>{"".join(b)}</office:text></office:body></office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODT_NS}><office:meta>'
            '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator>'
            '<dc:title>Circulaire BTS CRSA session 2027</dc:title><dc:creator>DEC 2</dc:creator>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    p = out(NO.STEM + ".odt")
    with zipfile.ZipFile(p, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", ODT_STYLES, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return p


# =============================================================================================
# python-docx helpers
# =============================================================================================
from docx import Document  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ROW_HEIGHT_RULE  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402


def add_field(par, instr, placeholder="1"):
    """Champ Word complexe (PAGE, NUMPAGES)."""
    run = par.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", placeholder), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
            run._r.append(el)
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=9, align=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align


def base_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def header_footer(section, head, foot, total=True):
    hp = section.header.paragraphs[0]
    hp.text = head
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = section.footer.paragraphs[0]
    r = fp.add_run(foot + " – page ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    if total:
        fp.add_run(" / ").font.size = Pt(8)
        add_field(fp, "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def heading(d, text, size=11.5, color=(0x1F, 0x3F, 0x7A)):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(*color)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    return p


def table_borders(t):
    t.style = "Table Grid"
    t.autofit = False


def set_widths(t, widths):
    """Largeurs de colonnes : grille du tableau (lue par LibreOffice) et chaque cellule (lue par Word)."""
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w


# =============================================================================================
# 3. Montpellier : DOCX (taquets, puces, section paysage, fusions)
# =============================================================================================
def build_montpellier():
    d = base_doc()
    s = d.sections[0]
    header_footer(s, MO.EN_TETE, MO.PIED)
    for g, r in MO.LETTRE:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.space_after = Pt(0)
        rg = p.add_run(g)
        rg.font.size = Pt(8.5)
        if g.startswith("ACADÉMIE"):
            rg.bold = True
            rg.font.size = Pt(11)
        if r:
            p.add_run("\t" + r).font.size = Pt(9)
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run(MO.OBJET).bold = True
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p.add_run("Réf. :").bold = True
    for i, ref in enumerate(MO.REFS):
        p.add_run(("\t" if i == 0 else "\n\t") + ref)
    d.add_paragraph(MO.PJ).runs[0].italic = True
    d.add_paragraph(MO.INTRO)

    heading(d, MO.S1)
    d.add_paragraph(MO.S1_TXT)
    for t in MO.S1_PUCES:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(MO.S1_CORR)

    heading(d, MO.S2)
    d.add_paragraph(MO.S2_E2)
    d.add_paragraph(MO.S2_TXT)
    d.add_paragraph(MO.S2_EF)
    d.add_paragraph(MO.S2_CCF)

    heading(d, MO.S3)
    for t in MO.S3_PUCES:
        d.add_paragraph(t, style="List Number")

    heading(d, MO.S4)
    d.add_paragraph(MO.S4_TXT)

    heading(d, MO.S5)
    d.add_paragraph(MO.S5_TXT)
    for t in MO.S5_PUCES:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph()
    for t in MO.SIGNATURE:
        p = d.add_paragraph(t)
        p.paragraph_format.left_indent = Cm(9.5)
        p.paragraph_format.space_after = Pt(0)

    # section paysage : annexes 1 et 2
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    heading(d, MO.A1_TITRE, 12)
    t = d.add_table(rows=1 + len(MO.A1_LIGNES), cols=6)
    table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3), Cm(2.6), Cm(1.8), Cm(9.5), Cm(1.8), Cm(6.5)]
    for j, h in enumerate(MO.A1_ENTETE):
        set_cell(t.cell(0, j), h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.cell(0, j), "D9E2F3")
    repeat_header(t.rows[0])
    for i, row in enumerate(MO.A1_LIGNES, start=1):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, italic=(j == 5))
    # fusion verticale de la date du mardi
    for i, row in enumerate(MO.A1_LIGNES, start=1):
        if row[0] is None:
            top = t.cell(i - 1, 0)
            keep = top.text
            top.merge(t.cell(i, 0))
            set_cell(top, keep)
    set_widths(t, widths)
    p = d.add_paragraph(MO.A1_NOTE)
    p.runs[0].font.size = Pt(8.5)
    p.runs[0].italic = True

    heading(d, MO.A2_TITRE, 12)
    t = d.add_table(rows=1 + len(MO.A2_LIGNES), cols=4)
    table_borders(t)
    for j, h in enumerate(MO.A2_ENTETE):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9E2F3")
    for i, row in enumerate(MO.A2_LIGNES, start=1):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val)
    widths = [Cm(5), Cm(7), Cm(4), Cm(8)]
    set_widths(t, widths)

    heading(d, MO.A3_TITRE, 12)
    for line in MO.A3_LIGNES:
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(8)
    p = out(MO.STEM + ".docx")
    d.core_properties.author = "DEC 3 – Rectorat de Montpellier"
    d.core_properties.title = "Circulaire BTS Tourisme session 2028"
    d.save(p)
    return p


# =============================================================================================
# 5. Note nationale : DOCX (colonnes par territoire, tableau coupé sur deux pages, en-tête répété)
# =============================================================================================
def build_nationale():
    d = base_doc()
    s = d.sections[0]
    header_footer(s, NA.EN_TETE, NA.PIED)
    for line in NA.TIMBRE:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.font.size = Pt(9)
        r.bold = line.isupper()
    p = d.add_paragraph(NA.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(NA.DESTINATAIRES)
    p.paragraph_format.left_indent = Cm(7)
    p = d.add_paragraph()
    p.add_run(NA.OBJET).bold = True
    p = d.add_paragraph()
    p.add_run("Références :").bold = True
    for ref in NA.REFS:
        d.add_paragraph(ref, style="List Bullet")
    d.add_paragraph(NA.INTRO)

    heading(d, NA.S1)
    t = d.add_table(rows=1 + len(NA.S1_LIGNES), cols=5)
    table_borders(t)
    for j, h in enumerate(NA.S1_ENTETE):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "E7E6E6")
    for i, row in enumerate(NA.S1_LIGNES, start=1):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(row[0] == "E6"))
    # la ligne E6 (épreuve parente) : intitulé fusionné sur les colonnes 2 à 5
    i6 = 1 + [r[0] for r in NA.S1_LIGNES].index("E6")
    a = t.cell(i6, 1)
    a.merge(t.cell(i6, 4))
    set_cell(a, "Projet technique (deux sous-épreuves)", bold=True)
    widths = [Cm(1.9), Cm(8.1), Cm(2.6), Cm(2.6), Cm(1.8)]
    set_widths(t, widths)

    # section paysage : calendrier à neuf colonnes
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    heading(d, NA.S2)
    d.add_paragraph(NA.S2_INTRO)
    t = d.add_table(rows=1 + len(NA.S2_LIGNES), cols=len(NA.S2_ENTETE))
    table_borders(t)
    for j, h in enumerate(NA.S2_ENTETE):
        set_cell(t.cell(0, j), h, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.cell(0, j), "D9E2F3")
    repeat_header(t.rows[0])
    for i, row in enumerate(NA.S2_LIGNES, start=1):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, size=8.5, bold=(j == 2))
        t.rows[i].height = Cm(3.5)
        t.rows[i].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        cant_split(t.rows[i])
    widths = [Cm(2.6), Cm(6.4), Cm(2.2), Cm(2.1), Cm(2.1), Cm(2.2), Cm(2.1), Cm(2.2), Cm(2.3), Cm(1.4)]
    set_widths(t, widths)
    for n in NA.S2_NOTES:
        p = d.add_paragraph(n)
        p.runs[0].font.size = Pt(8)

    # retour en portrait
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    heading(d, NA.S3)
    for tx in NA.S3_TXT:
        d.add_paragraph(tx)
    heading(d, NA.S4)
    for tx in NA.S4_TXT:
        d.add_paragraph(tx, style="List Bullet")
    d.add_paragraph()
    for tx in NA.SIGNATURE:
        p = d.add_paragraph(tx)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
    p = out(NA.STEM + ".docx")
    d.core_properties.author = "DGESIP A1-2"
    d.save(p)
    return p


# =============================================================================================
# 4. La Réunion : PDF dessiné avec reportlab
# =============================================================================================
def build_reunion():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=9.3, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=5)
    small = ParagraphStyle("s", parent=body, fontSize=8.3, leading=10.4, alignment=0, spaceAfter=0)
    cellst = ParagraphStyle("c", parent=body, fontSize=8.4, leading=10.2, alignment=0, spaceAfter=0)
    cellh = ParagraphStyle("ch", parent=cellst, fontName="DVB")
    h = ParagraphStyle("h", parent=body, fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5,
                       textColor=colors.HexColor("#00468b"), keepWithNext=1)

    def P(t, st=body):
        return Paragraph(escape(t).replace("\n", "<br/>"), st)

    path = out(RU.STEM + ".pdf")

    class Doc(SimpleDocTemplate):
        pass

    total = {"n": 0}

    def deco(canv, doc):
        canv.saveState()
        w, hgt = A4
        canv.setFont("DVB", 8)
        canv.setFillColor(colors.HexColor("#00468b"))
        canv.drawString(2 * cm, hgt - 1.2 * cm, RU.EN_TETE_G)
        canv.setFont("DV", 8)
        canv.drawRightString(w - 2 * cm, hgt - 1.2 * cm, RU.EN_TETE_D)
        canv.setStrokeColor(colors.HexColor("#00468b"))
        canv.setLineWidth(0.6)
        canv.line(2 * cm, hgt - 1.35 * cm, w - 2 * cm, hgt - 1.35 * cm)
        canv.setFillColor(colors.black)
        canv.setFont("DV", 7.5)
        canv.line(2 * cm, 1.45 * cm, w - 2 * cm, 1.45 * cm)
        canv.drawString(2 * cm, 1.05 * cm, RU.PIED)
        canv.drawRightString(w - 2 * cm, 1.05 * cm, f"Page {doc.page} / {total['n'] or '?'}")
        canv.restoreState()

    def story():
        s = []
        left = [P(t, small) for t in RU.LETTRE_G]
        right = [P(t, ParagraphStyle("r", parent=small, fontSize=9, leading=11.5)) for t in RU.LETTRE_D]
        lt = Table([[left, right]], colWidths=[7.5 * cm, 9.5 * cm])
        lt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        s += [lt, Spacer(1, 10), P(RU.OBJET, ParagraphStyle("o", parent=body, fontName="DVB")), P(RU.REFS, small),
              Spacer(1, 6), P(RU.INTRO)]

        def grid(header, rows, widths):
            data = [[P(x, cellh) for x in header]] + [[P(x, cellst) for x in r] for r in rows]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f2")),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            return t

        s += [P(RU.T1, h), grid(RU.T1_ENTETE, RU.T1_LIGNES, [3 * cm, 6.4 * cm, 2.7 * cm, 3.1 * cm, 1.8 * cm]),
              Spacer(1, 6)]
        s += [P("• " + t) for t in RU.T1_NOTES]
        s += [P(RU.T2, h), P(RU.T2_INTRO), grid(RU.T2_ENTETE, RU.T2_LIGNES, [6.5 * cm, 5.5 * cm, 5 * cm]),
              Spacer(1, 4), P(RU.T2_NOTE, small)]
        s += [P(RU.T3, h)] + [P(t) for t in RU.T3_TXT]
        s += [P(RU.T4, h)] + [P(t) for t in RU.T4_TXT]
        s += [KeepTogether([P(RU.T5, h), grid(RU.T5_ENTETE, RU.T5_LIGNES, [4.3 * cm, 5 * cm, 3 * cm, 4.7 * cm])]),
              Spacer(1, 6), P(RU.T5_FORM), Spacer(1, 14)]
        sig = ParagraphStyle("sig", parent=body, leftIndent=9 * cm, spaceAfter=0)
        s += [KeepTogether([P(t, sig) for t in RU.SIGNATURE])]
        return s

    for _ in range(2):  # deux passes : nombre total de pages dans le pied
        doc = Doc(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                  title="BTS NDRC session 2026 - circulaire", author="DEC 2 - Académie de La Réunion")
        doc.build(story(), onFirstPage=deco, onLaterPages=deco)
        total["n"] = doc.page
    return path


# =============================================================================================
# Scans
# =============================================================================================
def raster(pdf, dpi, gray, tmp, prefix):
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, os.path.join(tmp, prefix)]
    subprocess.run(args, check=True)
    return sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith(prefix) and f.endswith(".png"))


def flatbed_scan(src_pdf, dst_pdf, tmp, seed=7):
    """Scanner à plat : 200 dpi, niveaux de gris, légère rotation, bruit, fond de vitre."""
    rng = np.random.default_rng(seed)
    pages = []
    for i, png in enumerate(raster(src_pdf, 200, True, tmp, "flat")):
        im = Image.open(png).convert("L")
        angle = [0.8, -0.55, 0.65, -0.4, 0.9][i % 5]
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255, translate=(6, 4))
        a = np.asarray(im).astype(np.float32)
        a = 232 * (a / 255.0) ** 1.15 + 8  # papier légèrement gris, encre adoucie
        a += rng.normal(0, 6.0, a.shape)
        ys = np.linspace(0, 1, a.shape[0])[:, None]
        a -= 10 * ys  # éclairage inégal de la lampe
        a[:, :14] = 70  # bord du couvercle
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im)
    pages[0].save(dst_pdf, "PDF", resolution=200, save_all=True, append_images=pages[1:], quality=72)


def phone_photo(src_pdf, dst_pdf, tmp, seed=11):
    """Photo au téléphone : perspective, ombre, dominante chaude, compression JPEG."""
    rng = np.random.default_rng(seed)
    pages = []
    for i, png in enumerate(raster(src_pdf, 130, False, tmp, "phone")):
        page = Image.open(png).convert("RGB")
        W, H = page.size
        cw, ch = int(W * 1.18), int(H * 1.14)
        canvas = Image.new("RGB", (cw, ch), (92, 74, 58))  # table en bois
        wood = np.asarray(canvas).astype(np.float32)
        wood += rng.normal(0, 9, wood.shape)
        canvas = Image.fromarray(np.clip(wood, 0, 255).astype(np.uint8))
        # ombre portée de la feuille
        sh = Image.new("L", (cw, ch), 0)
        ImageDraw.Draw(sh).rectangle([int(W * 0.1) + 14, int(H * 0.07) + 18, int(W * 1.1) + 14, int(H * 1.07) + 18], fill=120)
        sh = sh.filter(ImageFilter.GaussianBlur(18))
        canvas.paste((30, 24, 20), mask=sh)
        canvas.paste(page, (int(W * 0.09), int(H * 0.07)))
        # perspective : le haut de la feuille est plus loin que le bas
        dx = [0.055, 0.045][i % 2]
        src_quad = [(int(cw * dx), int(ch * 0.03)), (int(cw * (1 - dx * 0.6)), int(ch * 0.045)),
                    (cw - 1, ch - 1), (0, int(ch * 0.985))]
        coeffs = _persp_coeffs([(0, 0), (cw, 0), (cw, ch), (0, ch)], src_quad)
        im = canvas.transform((cw, ch), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(60, 48, 38))
        a = np.asarray(im).astype(np.float32)
        yy, xx = np.mgrid[0:ch, 0:cw]
        light = 1.0 - 0.28 * (xx / cw) - 0.12 * (yy / ch)  # lumière venant de la gauche
        shadow = 1.0 - 0.25 * np.exp(-((xx - cw * 0.78) ** 2 / (2 * (cw * 0.12) ** 2)))  # ombre du téléphone
        a *= (light * shadow)[..., None]
        a[..., 0] *= 1.04
        a[..., 2] *= 0.9
        a += rng.normal(0, 4, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(-1.3, resample=Image.BICUBIC,
                                                                       fillcolor=(60, 48, 38))
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        jpg = os.path.join(tmp, f"phone_{i}.jpg")
        im.save(jpg, "JPEG", quality=58)
        pages.append(Image.open(jpg))
    pages[0].save(dst_pdf, "PDF", resolution=130, save_all=True, append_images=pages[1:])


def _persp_coeffs(dst, src):
    """Coefficients PIL : pour chaque point de sortie (dst), le point source (src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


# =============================================================================================
def main():
    random.seed(0)
    tmp = tempfile.mkdtemp(prefix="indep_q_", dir="/tmp")
    try:
        lyon = build_lyon()
        rennes_html = build_rennes(tmp)
        odt = build_normandie()
        mo = build_montpellier()
        na = build_nationale()
        build_reunion()
        soffice_pdf([lyon, odt, mo, na])
        soffice_pdf([rennes_html])
        flatbed_scan(out(MO.STEM + ".pdf"), out(MO.STEM + "_scan.pdf"), tmp)
        phone_photo(out(RU.STEM + ".pdf"), out(RU.STEM + "_scan.pdf"), tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".odt", ".html")):
            print(f"{os.path.getsize(out(f)):>9}  {f}")


if __name__ == "__main__":
    main()
