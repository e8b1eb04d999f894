#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_t à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Outils externes : soffice (profil privé), pdftoppm, tesseract (fra). N'importe aucun module du projet."""
import io
import os
import random
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ICI = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # pas de __pycache__ dans le corpus
sys.path.insert(0, str(ICI))
TMP = Path("/tmp/independantes_t_build")
PROFIL = "file:///tmp/lo_independantes_t"

import textes_bordeaux as TB  # noqa: E402
import textes_nice as TN  # noqa: E402
import textes_poitiers as TP  # noqa: E402
import textes_reunion as TR  # noqa: E402
import textes_national as TNAT  # noqa: E402


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={PROFIL}", "--convert-to", fmt,
                    "--outdir", str(outdir), str(src)], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- Bordeaux (DOCX python-docx)
def build_bordeaux():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
    sec.different_first_page_header_footer = True

    # en-tête de la première page : bloc académique
    fh = sec.first_page_header
    p = fh.paragraphs[0]
    for i, ligne in enumerate(TB.EN_TETE):
        r = p.add_run(ligne)
        r.bold = i < 2
        r.font.size = Pt(9 if i else 10)
        if i < len(TB.EN_TETE) - 1:
            r.add_break()
    # en-tête des pages suivantes
    sec.header.paragraphs[0].text = "Académie de Bordeaux – DEC 4 – BTS Opticien lunetier – session 2028"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)

    def pied(footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(TB.PIED + " – page ")
        r.font.size = Pt(8)
        for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            run = fp.add_run()
            run.font.size = Pt(8)
            if kind:
                e = OxmlElement("w:fldChar")
                e.set(qn("w:fldCharType"), kind)
            else:
                e = OxmlElement("w:instrText")
                e.set(qn("xml:space"), "preserve")
                e.text = txt
            run._r.append(e)
    pied(sec.footer)
    pied(sec.first_page_footer)

    # bloc « affaire suivie par » avec taquets de tabulation
    for lib, val in TB.AFFAIRE:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(lib)
        r.font.size = Pt(8)
        r = p.add_run("\t" + val)
        r.font.size = Pt(8)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\t" + TB.LIEU_DATE)
    doc.add_paragraph(TB.DESTINATAIRES).paragraph_format.left_indent = Cm(6)
    p = doc.add_paragraph()
    p.add_run(TB.OBJET).bold = True
    p = doc.add_paragraph()
    p.add_run("Références :").underline = True
    for ref in TB.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(TB.INTRO)
    p = doc.add_paragraph()
    r = p.add_run(TB.JOURS_FERIES)
    r.italic = True

    def grille(t):
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def ombre(cell, couleur="D9E2F3"):
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), couleur)
        tcPr.append(shd)

    def ecrire(cell, texte, gras=False, taille=9):
        cell.text = ""
        lignes = texte.split("\n")
        p = cell.paragraphs[0]
        for i, l in enumerate(lignes):
            if i:
                p = cell.add_paragraph()
            r = p.add_run(l)
            r.bold = gras
            r.font.size = Pt(taille)

    doc.add_heading(TB.SECTION_ECRITS, level=2)
    t = doc.add_table(rows=2, cols=6)
    grille(t)
    titre = t.rows[0].cells[0].merge(t.rows[0].cells[5])
    ecrire(titre, "Calendrier des épreuves écrites – heure de métropole", gras=True)
    ombre(titre, "B4C6E7")
    for c, h in zip(t.rows[1].cells, ["Date", "Épreuve", "Code", "Horaire", "Durée", "Observations"]):
        ecrire(c, h, gras=True)
        ombre(c)
    prev = None
    for date, ep, code, deb, fin, duree, rem in TB.ECRITS:
        cells = t.add_row().cells
        ecrire(cells[0], date)
        ecrire(cells[1], ep)
        ecrire(cells[2], code, gras=True)
        ecrire(cells[3], f"{deb} – {fin}")
        ecrire(cells[4], duree)
        ecrire(cells[5], rem)
        if prev is not None and prev[0] == date:
            m = prev[1].merge(cells[0])
            ecrire(m, date)
        prev = (date, cells[0])
    doc.add_paragraph(TB.ECRITS_CENTRE)

    doc.add_heading(TB.SECTION_PRATIQUES, level=2)
    doc.add_paragraph(TB.PRATIQUES_INTRO)
    t = doc.add_table(rows=1, cols=4)
    grille(t)
    for c, h in zip(t.rows[0].cells, ["Épreuve", "Intitulé et forme", "Période", "Centre"]):
        ecrire(c, h, gras=True)
        ombre(c)
    for code, lib, per, centre in TB.PRATIQUES:
        cells = t.add_row().cells
        ecrire(cells[0], code, gras=True)
        ecrire(cells[1], lib)
        ecrire(cells[2], per)
        if centre is None:
            cells[3].text = ""
            nested = cells[3].add_table(rows=0, cols=2)
            nested.style = "Table Grid"
            for i, (a, b) in enumerate(TB.E6_IMBRIQUE):
                rc = nested.add_row().cells
                ecrire(rc[0], a, gras=(i == 0), taille=8)
                ecrire(rc[1], b, gras=(i == 0), taille=8)
            cells[3].add_paragraph().add_run("(tableau imbriqué)").font.size = Pt(1)
        else:
            ecrire(cells[3], centre)
    doc.add_paragraph(TB.E6_PHRASE)
    doc.add_paragraph(TB.EF2_PHRASE)

    doc.add_paragraph().add_run(TB.CENTRES_TITRE).bold = True
    t = doc.add_table(rows=1, cols=3)
    grille(t)
    for c, h in zip(t.rows[0].cells, ["Établissement", "Adresse", "Commune"]):
        ecrire(c, h, gras=True)
        ombre(c)
    for nom, adr, ville in TB.CENTRES:
        cells = t.add_row().cells
        ecrire(cells[0], nom)
        ecrire(cells[1], "\n".join(adr))
        ecrire(cells[2], ville)

    doc.add_heading(TB.SECTION_DOSSIERS, level=2)
    for item in TB.DOSSIERS:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading(TB.SECTION_JURY, level=2)
    for item in TB.JURY:
        doc.add_paragraph(item, style="List Number")
    p = doc.add_paragraph()
    p.add_run(TB.FORMATION_TITRE).italic = True
    for f in TB.FORMATION:
        doc.add_paragraph(f, style="List Bullet 2")
    for i, l in enumerate(TB.SIGNATURE):
        p = doc.add_paragraph(l)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
        if i == len(TB.SIGNATURE) - 1:
            p.paragraph_format.space_before = Pt(24)
            p.runs[0].bold = True

    # nouvelle section : accusé de réception
    from docx.enum.section import WD_SECTION
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    for i, l in enumerate(TB.ATTESTATION):
        p = doc.add_paragraph()
        r = p.add_run(l)
        r.bold = i == 0
        p.paragraph_format.space_after = Pt(14)

    out = ICI / f"{TB.STEM}.docx"
    doc.save(out)
    soffice(out, "pdf", ICI)
    return out


# ---------------------------------------------------------------- Nice (HTML)
def build_nice():
    out = ICI / f"{TN.STEM}.html"
    out.write_text(TN.page(), encoding="utf-8")
    soffice(out, "pdf:writer_web_pdf_Export", ICI)
    return out


# ---------------------------------------------------------------- Poitiers (ODT écrit à la main)
def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def build_poitiers():
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="11.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Petit" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
<style:style style:name="Cellule" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
<style:style style:name="CelluleTete" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Pied" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:footer><text:p text:style-name="Pied">{_x(TP.PIED)} – <text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count></text:p></style:footer>
</style:master-page></office:master-styles>
</office:document-styles>"""

    auto = """<office:automatic-styles>
<style:style style:name="Tcol" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="Tcal" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-top="0.2cm"/></style:style>
<style:style style:name="Cnob" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
<style:style style:name="Cb" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Ch" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #000000" fo:background-color="#d9d9d9"/></style:style>
<style:style style:name="Cs" style:family="table-cell"><style:table-cell-properties fo:padding="0.07cm" fo:border="0.5pt solid #000000" fo:background-color="#f2f2f2"/></style:style>
<style:style style:name="W1" style:family="table-column"><style:table-column-properties style:column-width="1.4cm"/></style:style>
<style:style style:name="W2" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>
<style:style style:name="W3" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
<style:style style:name="W4" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
<style:style style:name="W5" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
<style:style style:name="W6" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
<style:style style:name="W7" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
<style:style style:name="Wh" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
<style:style style:name="Sec2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Titre"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Just" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="Gras" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Droite" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="9cm" fo:margin-bottom="0cm"/></style:style>
</office:automatic-styles>"""

    b = []
    a = b.append

    def par(txt, style="Just"):
        a(f'<text:p text:style-name="{style}">{_x(txt)}</text:p>')

    def cell(txt, cstyle="Cb", pstyle="Cellule"):
        inner = "".join(f'<text:p text:style-name="{pstyle}">{_x(l)}</text:p>' for l in txt.split("\n"))
        return f'<table:table-cell table:style-name="{cstyle}" office:value-type="string">{inner}</table:table-cell>'

    # bloc lettre sur deux colonnes (tableau sans bordure)
    a('<table:table table:name="Entete" table:style-name="Tcol"><table:table-column table:style-name="Wh" table:number-columns-repeated="2"/>')
    a("<table:table-row>" + cell("\n".join(TP.COLONNE_GAUCHE), "Cnob", "Petit")
      + cell("\n".join(TP.COLONNE_DROITE), "Cnob", "Standard") + "</table:table-row></table:table>")
    a(f'<text:p text:style-name="Titre">{_x(TP.OBJET)}</text:p>')
    par(TP.REFS, "Petit")
    # introduction sur deux colonnes (section)
    a('<text:section text:style-name="Sec2" text:name="Intro">')
    for t in TP.INTRO:
        par(t)
    a("</text:section>")
    a(f'<text:p text:style-name="Titre">{_x(TP.TITRE_0)}</text:p>')
    a('<text:list>')
    for t in TP.GENERAL:
        a(f'<text:list-item><text:p text:style-name="Just">– {_x(t)}</text:p></text:list-item>')
    a('</text:list>')
    a(f'<text:p text:style-name="Titre">{_x(TP.TITRE_1)}</text:p>')
    # tableau long avec ligne d'en-tête répétée
    a('<table:table table:name="Calendrier" table:style-name="Tcal">')
    for w in ["W1", "W2", "W3", "W4", "W5", "W6", "W7"]:
        a(f'<table:table-column table:style-name="{w}"/>')
    a("<table:table-header-rows><table:table-row>" + "".join(cell(h, "Ch", "CelluleTete") for h in TP.ENTETE)
      + "</table:table-row></table:table-header-rows>")
    for ligne in TP.LIGNES:
        sous = ligne[0] in ("E2", "E6")
        if sous:  # ligne de regroupement : cellules fusionnées
            a("<table:table-row>" + cell(ligne[0], "Cs", "CelluleTete")
              + f'<table:table-cell table:style-name="Cs" table:number-columns-spanned="6" office:value-type="string">'
              f'<text:p text:style-name="CelluleTete">{_x(ligne[1])} – {_x(ligne[6])}</text:p></table:table-cell>'
              + '<table:covered-table-cell/>' * 5 + "</table:table-row>")
        else:
            a("<table:table-row>" + "".join(cell(c) for c in ligne) + "</table:table-row>")
    a("</table:table>")
    for titre, textes in ((TP.TITRE_2, TP.TEXTE_2), (TP.TITRE_3, TP.TEXTE_3), (TP.TITRE_4, TP.TEXTE_4)):
        a(f'<text:p text:style-name="Titre">{_x(titre)}</text:p>')
        for t in textes:
            par(t)
    a(f'<text:p text:style-name="Titre">{_x(TP.TITRE_5)}</text:p>')
    a('<table:table table:name="Centres" table:style-name="Tcal"><table:table-column table:style-name="W7"/>'
      '<table:table-column table:style-name="W7"/><table:table-column table:style-name="W7"/>')
    a("<table:table-row>" + "".join(cell(h, "Ch", "CelluleTete") for h in ["Centre", "Adresse", "Code postal – ville"])
      + "</table:table-row>")
    for nom, adr, ville in TP.CENTRES:
        a("<table:table-row>" + cell(nom) + cell(adr) + cell(ville) + "</table:table-row>")
    a("</table:table>")
    par(TP.FORMATION)
    for i, l in enumerate(TP.SIGNATURE):
        par(l, "Droite")
    body = "\n".join(b)
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>\n{auto}\n'
               f'<office:body><office:text>\n{body}\n</office:text></office:body></office:document-content>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta>'
            f'<dc:title>{_x(TP.OBJET)}</dc:title><meta:generator>LibreOffice/7.4</meta:generator>'
            f'</office:meta></office:document-meta>')
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    out = ICI / f"{TP.STEM}.odt"
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    soffice(out, "pdf", ICI)
    return out


# ---------------------------------------------------------------- La Réunion (reportlab)
def build_reunion():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)

    fd = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LS", fd + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", fd + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", fd + "LiberationSans-Italic.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")
    n = ParagraphStyle("n", fontName="LS", fontSize=9.5, leading=12, alignment=TA_JUSTIFY, spaceAfter=5)
    petit = ParagraphStyle("p", fontName="LS", fontSize=8, leading=9.5)
    petitb = ParagraphStyle("pb", parent=petit, fontName="LSB")
    titre = ParagraphStyle("t", fontName="LSB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=6)
    out = ICI / f"{TR.STEM}.pdf"
    W, H = A4
    total = [3]

    def deco(c, d):
        c.saveState()
        c.setFont("LS", 7.5)
        c.drawCentredString(c._pagesize[0] / 2, 1 * cm, TR.PIED.format(p=d.page, n=total[0]))
        c.restoreState()

    def deco1(c, d):
        deco(c, d)
        c.saveState()
        c.setFillColor(colors.HexColor("#000091"))
        c.rect(2 * cm, H - 2.2 * cm, 0.25 * cm, 1.4 * cm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        y = H - 1.2 * cm
        for i, l in enumerate(TR.EN_TETE):
            c.setFont("LSB" if i == 0 else "LS", 9 if i == 0 else 8)
            c.drawString(2.5 * cm, y, l)
            y -= 10
        y = H - 1.2 * cm
        for l in TR.COORD:
            c.setFont("LS", 7.5)
            c.drawRightString(W - 2 * cm, y, l)
            y -= 9.5
        c.restoreState()

    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=3 * cm,
                          bottomMargin=1.8 * cm, title=TR.OBJET, author="Rectorat de La Réunion - DEC 3")
    fw = W - 4 * cm
    haut = Frame(2 * cm, H - 9.2 * cm, fw, 6.2 * cm, id="haut")
    col1 = Frame(2 * cm, 3.5 * cm, fw / 2 - 0.3 * cm, H - 12.8 * cm, id="c1")
    col2 = Frame(2 * cm + fw / 2 + 0.3 * cm, 3.5 * cm, fw / 2 - 0.3 * cm, H - 12.8 * cm, id="c2")
    bas = Frame(2 * cm, 1.5 * cm, fw, 2 * cm, id="bas")
    LW, LH = landscape(A4)
    paysage = Frame(1.5 * cm, 1.5 * cm, LW - 3 * cm, LH - 3 * cm, id="pays")
    doc.addPageTemplates([PageTemplate("p1", [haut, col1, col2, bas], onPage=deco1, pagesize=A4),
                          PageTemplate("pay", [paysage], onPage=deco, pagesize=landscape(A4))])
    s = []
    s.append(Paragraph(TR.LIEU_DATE, ParagraphStyle("d", parent=n, alignment=2)))
    s.append(Paragraph("Le recteur de l'académie de La Réunion<br/>à<br/>Mesdames et Messieurs les proviseurs "
                       "des lycées publics et privés<br/>Mesdames et Messieurs les directeurs de CFA",
                       ParagraphStyle("dest", parent=n, leftIndent=8 * cm, alignment=0)))
    s.append(Paragraph(TR.OBJET, titre))
    for r in TR.REFS:
        s.append(Paragraph(r, petit))
    s.append(FrameBreak())
    for t in TR.COLONNE_A:
        s.append(Paragraph(t, n))
    s.append(FrameBreak())
    for t in TR.COLONNE_B:
        s.append(Paragraph(t, n))
    s.append(Paragraph(TR.FORMATION, n))
    s.append(FrameBreak())
    s.append(Paragraph("<br/>".join(TR.SIGNATURE), ParagraphStyle("sig", parent=petit, leftIndent=10 * cm)))
    s.append(NextPageTemplate("pay"))
    s.append(PageBreak())

    def tableau(entete, lignes, largeurs):
        data = [[Paragraph(h, petitb) for h in entete]] + [[Paragraph(str(c), petit) for c in l] for l in lignes]
        t = Table(data, colWidths=largeurs, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t
    s.append(Paragraph(TR.TITRE_CAL, titre))
    s.append(tableau(TR.ENTETE_CAL, TR.CAL, [3.4 * cm, 1.6 * cm, 7.5 * cm, 1.3 * cm, 3 * cm, 3.6 * cm, 5 * cm]))
    for note in TR.NOTES_CAL:
        s.append(Paragraph(note, petit))
    s.append(PageBreak())
    s.append(Paragraph(TR.TITRE_ORG, titre))
    s.append(tableau(TR.ENTETE_ORG, TR.ORG, [8 * cm, 6.5 * cm, 3 * cm, 7 * cm]))
    s.append(Spacer(1, 10))
    s.append(Paragraph(TR.TITRE_CENTRES, titre))
    s.append(tableau(["Établissement", "Adresse", "Commune", "Épreuves"], TR.CENTRES,
                     [5 * cm, 8.5 * cm, 3.5 * cm, 7.5 * cm]))
    doc.build(s)
    return out


# ---------------------------------------------------------------- courriel (.txt + impression scannée avec OCR)
def build_courriel():
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import numpy as np
    txt = ICI / f"{TR.STEM_COURRIEL}.txt"
    txt.write_text(TR.COURRIEL, encoding="utf-8")
    dpi = 300
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", 46)
    fr = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", 38)
    x, y = int(0.8 * dpi), int(0.6 * dpi)
    d.text((x, y), "Messagerie académique – Impression", font=fb, fill=0)
    y += 80
    d.line((x, y, W - x, y), fill=0, width=4)
    y += 30
    for ligne in TR.COURRIEL.splitlines():
        d.text((x, y), ligne, font=fb if ligne.startswith(("De :", "Objet :")) else fr, fill=20)
        y += 52
    d.text((W - x - 300, H - int(0.5 * dpi)), "1 / 1", font=fr, fill=60)
    a = np.asarray(img, dtype=np.float32)
    rng = np.random.default_rng(7)
    a = a - 10 + rng.normal(0, 9, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a).rotate(-0.35, fillcolor=238, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
    TMP.mkdir(parents=True, exist_ok=True)
    png = TMP / "courriel_page.jpg"  # le copieur produit du JPEG : tesseract l'incorpore tel quel
    img.save(png, "JPEG", quality=72, dpi=(dpi, dpi))
    base = TMP / "courriel_ocr"
    subprocess.run(["tesseract", str(png), str(base), "-l", "fra", "--dpi", str(dpi), "pdf"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = ICI / f"{TR.STEM_COURRIEL}_scan.pdf"
    shutil.copy(str(base) + ".pdf", out)
    return out


# ---------------------------------------------------------------- note nationale (DOCX + XLSX -> PDF fusionnés)
def build_national():
    from docx import Document
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from pypdf import PdfReader, PdfWriter

    TMP.mkdir(parents=True, exist_ok=True)
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    p = sec.header.paragraphs[0]
    for i, l in enumerate(TNAT.EN_TETE):
        r = p.add_run(l)
        r.font.size = Pt(8 if i else 9)
        r.bold = i == 0
        if i < len(TNAT.EN_TETE) - 1:
            r.add_break()
    p = doc.add_paragraph(TNAT.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph("La ministre de l'Éducation nationale " + TNAT.DESTINATAIRES)
    p.paragraph_format.left_indent = Cm(7)
    doc.add_paragraph().add_run(TNAT.OBJET).bold = True
    doc.add_paragraph("Références :")
    for r in TNAT.REFS:
        doc.add_paragraph(r, style="List Bullet")
    for t in TNAT.PARAS:
        doc.add_paragraph(t).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph().add_run(TNAT.TITRE_T2).bold = True
    t = doc.add_table(rows=1, cols=len(TNAT.T2_ENTETE))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, TNAT.T2_ENTETE):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.size = Pt(8)
    for ligne in TNAT.T2:
        cells = t.add_row().cells
        for c, v in zip(cells, ligne):
            c.text = v
            c.paragraphs[0].runs[0].font.size = Pt(8)
    for note in TNAT.T2_NOTES:
        doc.add_paragraph().add_run(note).font.size = Pt(8)
    for i, l in enumerate(TNAT.SIGNATURE):
        p = doc.add_paragraph(l)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
    docx = TMP / "note_partie1.docx"
    doc.save(docx)
    soffice(docx, "pdf", TMP)

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Calendrier"
    fin = Side(style="thin", color="000000")
    bord = Border(left=fin, right=fin, top=fin, bottom=fin)
    ws.merge_cells("A1:H1")
    ws["A1"] = TNAT.XL_TITRE
    ws["A1"].font = Font(name="Liberation Sans", bold=True, size=13)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:H2")
    ws["A2"] = TNAT.XL_SOUS_TITRE
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A2"].font = Font(name="Liberation Sans", italic=True, size=9)
    for j, h in enumerate(TNAT.XL_ENTETE, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(name="Liberation Sans", bold=True)
        c.fill = PatternFill("solid", fgColor="C6D9F0")
        c.border = bord
        c.alignment = Alignment(horizontal="center")
    for i, ligne in enumerate(TNAT.XL, 5):
        for j, v in enumerate(ligne, 1):
            c = ws.cell(row=i, column=j, value=v)
            c.font = Font(name="Liberation Sans", size=10)
            c.border = bord
            c.alignment = Alignment(wrap_text=True, vertical="top")
    r = 5 + len(TNAT.XL) + 1
    for k, txt in enumerate(TNAT.XL_PIED):
        ws.merge_cells(start_row=r + k, start_column=1, end_row=r + k, end_column=8)
        ws.cell(row=r + k, column=1, value=txt).font = Font(name="Liberation Sans", italic=True, size=9)
    for col, w in zip("ABCDEFGH", [17, 7, 58, 10, 8, 8, 8, 7]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.print_options.horizontalCentered = True
    ws.oddHeader.center.text = "&A"
    ws.oddFooter.right.text = "Page &P / &N"
    ws.oddFooter.left.text = "&F"
    xlsx = TMP / "note_annexe_calendrier.xlsx"
    wb.save(xlsx)
    # LibreOffice Calc n'est pas installé sur la machine : l'impression du classeur est rendue par
    # imprimer_classeur(), qui relit le XLSX (valeurs, fusions, largeurs) et imite une sortie PDF de tableur.
    imprimer_classeur(xlsx, TMP / "note_annexe_calendrier.pdf")

    w = PdfWriter()
    for part in (TMP / "note_partie1.pdf", TMP / "note_annexe_calendrier.pdf"):
        for page in PdfReader(str(part)).pages:
            w.add_page(page)
    w.add_metadata({"/Title": TNAT.OBJET, "/Producer": "LibreOffice 7.4 / pypdf"})
    out = ICI / f"{TNAT.STEM}.pdf"
    with open(out, "wb") as f:
        w.write(f)
    return out


def imprimer_classeur(xlsx, out):
    """Rendu « impression de tableur » : A4 paysage, quadrillage gris, cellules fusionnées, en-tête = nom de la
    feuille, pied = nom du fichier et numéro de page, ajusté à la largeur de la page."""
    import openpyxl
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    fd = "/usr/share/fonts/truetype/liberation2/"
    for nom, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
                   ("LSI", "LiberationSans-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(nom, fd + f))
    wb = openpyxl.load_workbook(xlsx)
    ws = wb.active
    W, H = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setTitle(ws.title)
    c.setAuthor("DGESCO A2-2")
    c.setCreator("Calc")
    cols = [ws.column_dimensions[chr(64 + j)].width for j in range(1, ws.max_column + 1)]
    marge = 1.5 * cm
    echelle = (W - 2 * marge) / (sum(cols) * 5.6)
    xs = [marge]
    for w in cols:
        xs.append(xs[-1] + w * 5.6 * echelle)
    fusions = {}
    couvertes = set()
    for rng in ws.merged_cells.ranges:
        fusions[(rng.min_row, rng.min_col)] = (rng.max_row, rng.max_col)
        for r in range(rng.min_row, rng.max_row + 1):
            for k in range(rng.min_col, rng.max_col + 1):
                if (r, k) != (rng.min_row, rng.min_col):
                    couvertes.add((r, k))
    c.setFont("LS", 9)
    c.drawCentredString(W / 2, H - 1 * cm, ws.title)
    c.drawString(marge, 0.8 * cm, Path(xlsx).name)
    c.drawRightString(W - marge, 0.8 * cm, "Page 1 / 1")
    y = H - 1.8 * cm
    for r in range(1, ws.max_row + 1):
        lignes_max = 1
        contenus = {}
        for k in range(1, ws.max_column + 1):
            if (r, k) in couvertes:
                continue
            cell = ws.cell(row=r, column=k)
            v = cell.value
            if v is None:
                continue
            t = str(v).replace(".", ",") if isinstance(v, float) else str(v)
            r2, k2 = fusions.get((r, k), (r, k))
            larg = xs[k2] - xs[k - 1] - 4
            police = "LSB" if cell.font.b else ("LSI" if cell.font.i else "LS")
            taille = min(cell.font.sz or 10, 12) * 0.85
            mots, lignes, cur = t.split(" "), [], ""
            for m in mots:
                essai = (cur + " " + m).strip()
                if pdfmetrics.stringWidth(essai, police, taille) > larg and cur and cell.alignment.wrap_text:
                    lignes.append(cur)
                    cur = m
                else:
                    cur = essai
            lignes.append(cur)
            lignes_max = max(lignes_max, len(lignes))
            contenus[k] = (lignes, police, taille, k2, cell.alignment.horizontal)
        h = 13 * lignes_max + 2
        # quadrillage (toutes les cellules de la zone d'impression)
        c.setStrokeGray(0.55)
        c.setLineWidth(0.4)
        k = 1
        while k <= ws.max_column:
            r2, k2 = fusions.get((r, k), (r, k))
            c.rect(xs[k - 1], y - h, xs[k2] - xs[k - 1], h, stroke=1, fill=0)
            k = k2 + 1
        for k, (lignes, police, taille, k2, hal) in contenus.items():
            fill = ws.cell(row=r, column=k).fill
            if fill and fill.fgColor and fill.fgColor.rgb not in (None, "00000000") and fill.fill_type == "solid":
                c.setFillColorRGB(*(int(fill.fgColor.rgb[-6:][i:i + 2], 16) / 255 for i in (0, 2, 4)))
                c.rect(xs[k - 1], y - h, xs[k2] - xs[k - 1], h, stroke=1, fill=1)
            c.setFillGray(0)
            c.setFont(police, taille)
            for i, l in enumerate(lignes):
                yy = y - 11 - 13 * i
                if hal == "center":
                    c.drawCentredString((xs[k - 1] + xs[k2]) / 2, yy, l)
                else:
                    c.drawString(xs[k - 1] + 2, yy, l)
        y -= h
    c.showPage()
    c.save()


# ---------------------------------------------------------------- scans image seule
def _pages(pdf, dpi, gris, prefix):
    TMP.mkdir(parents=True, exist_ok=True)
    for old in TMP.glob(prefix + "*"):
        old.unlink()
    cmd = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gris else []) + ["-png", str(pdf), str(TMP / prefix)]
    subprocess.run(cmd, check=True)
    return sorted(TMP.glob(prefix + "*.png"))


def scan_flatbed(pdf, out):
    """Scanner à plat : 200 dpi, niveaux de gris, légère rotation, bruit, bord sombre."""
    from PIL import Image, ImageFilter
    import numpy as np
    rng = np.random.default_rng(11)
    imgs = []
    for k, png in enumerate(_pages(pdf, 200, True, "flat")):
        im = Image.open(png).convert("L")
        ang = [0.7, -0.5, 0.9, -0.4, 0.6][k % 5]
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(im, dtype=np.float32)
        a = a * 0.93 + 8 + rng.normal(0, 6, a.shape)
        a[:, :12] = 70  # ombre du couvercle sur le bord
        speck = rng.random(a.shape) < 0.0004
        a[speck] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        imgs.append(im)
    imgs[0].save(out, "PDF", resolution=200, save_all=True, append_images=imgs[1:])


def scan_telephone(pdf, out):
    """Photo au téléphone : perspective, ombrage, JPEG, couleur."""
    from PIL import Image, ImageFilter
    import numpy as np
    rng = np.random.default_rng(5)
    pages = []
    for k, png in enumerate(_pages(pdf, 150, False, "tel")):
        im = Image.open(png).convert("RGB")
        w, h = im.size
        fond = Image.new("RGB", (int(w * 1.12), int(h * 1.1)), (92, 78, 64))
        fond.paste(im, (int(w * 0.06), int(h * 0.05)))
        W, H = fond.size
        d = [0.045 + 0.01 * k, 0.02, 0.015, 0.035]
        # coefficients de perspective (quadrilatère source -> rectangle)
        src = [(W * d[0], H * d[1]), (W * (1 - d[2]), H * 0.0), (W * 0.99, H * (1 - d[3])), (W * 0.0, H * 0.985)]
        dst = [(0, 0), (W, 0), (W, H), (0, H)]
        A, B = [], []
        for (x, y), (u, v) in zip(dst, src):
            A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
            A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
        coeffs = np.linalg.solve(np.array(A, float), np.array(B, float))
        im2 = fond.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
        a = np.asarray(im2, dtype=np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        ombre = 0.72 + 0.28 * (xx / W) * (0.6 + 0.4 * yy / H)  # éclairage rasant depuis la droite
        a = a * ombre[..., None]
        a[..., 0] *= 1.03
        a[..., 2] *= 0.92  # dominante chaude
        a += rng.normal(0, 4, a.shape)
        im3 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        im3.save(buf, "JPEG", quality=55)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    pages[0].save(out, "PDF", resolution=150, save_all=True, append_images=pages[1:])


def main():
    TMP.mkdir(parents=True, exist_ok=True)
    if "--national" in sys.argv:
        print("national", build_national())
        return
    print("bordeaux", build_bordeaux())
    print("nice", build_nice())
    print("poitiers", build_poitiers())
    print("reunion", build_reunion())
    print("courriel", build_courriel())
    print("national", build_national())
    scan_flatbed(ICI / f"{TB.STEM}.pdf", ICI / f"{TB.STEM}_scan.pdf")
    scan_telephone(ICI / f"{TP.STEM}.pdf", ICI / f"{TP.STEM}_scan.pdf")
    print("scans ok")


if __name__ == "__main__":
    main()
