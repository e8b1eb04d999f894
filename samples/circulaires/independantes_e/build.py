#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_e à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Produit DOCX (python-docx), ODT (XML écrit à la main), HTML, PDF (LibreOffice et reportlab)
et deux PDF « scannés » image seule (pdftoppm + PIL/numpy). N'importe aucun module du projet.
"""
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_besancon as TB  # noqa: E402
import textes_dijon as TD  # noqa: E402
import textes_limoges as TL  # noqa: E402
import textes_mayotte as TM  # noqa: E402
import textes_nationale as TN  # noqa: E402
import textes_paris as TP  # noqa: E402

LO_PROFILE = "file:///tmp/lo_independantes_e"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- DOCX helpers
def base_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2)
    return doc


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def field(paragraph, instr):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            run._r.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = text
            run._r.append(el)


def set_cell(cell, text, bold=False, size=None, align=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def header_row(table, labels, fill="1F3864", size=9):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True, size=size)
        shade(c, fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(table.rows[0])


def heading(doc, text, size=12, color="1F3864", upper=False, space_before=10):
    p = doc.add_paragraph()
    r = p.add_run(text.upper() if upper else text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.keep_with_next = True
    return p


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(cms):
            gc.set(qn("w:w"), str(int(Cm(cms[i]).twips)))
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    # ordre du schéma OOXML : tblBorders avant shd, tblLayout, tblCellMar, tblLook
    after = [c for c in tblPr if c.tag in (qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook"))]
    if after:
        after[0].addprevious(b)
    else:
        tblPr.append(b)


def soffice(src, fmt="pdf", outdir=None):
    outdir = outdir or HERE
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", fmt,
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- Dijon (DOCX)
def build_dijon():
    T = TD
    doc = base_document()
    sec = doc.sections[0]
    # en-tête : bloc marque à gauche, devise à droite (tableau sans bordure dans l'en-tête)
    hdr = sec.header
    ht = hdr.add_table(1, 2, Cm(17))
    no_borders(ht)
    set_cell(ht.cell(0, 0), "\n".join(T.ENTETE_GAUCHE), bold=True, size=9)
    set_cell(ht.cell(0, 1), "\n".join(T.ENTETE_DROITE), italic=True, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr.paragraphs[0].text = ""
    ft = sec.footer.paragraphs[0]
    ft.text = T.PIED + "   –   "
    ft.runs[0].font.size = Pt(7)
    field(ft, "PAGE")
    ft.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # bloc expéditeur avec taquets de tabulation
    for text, bold in T.EXPEDITEUR:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.6))
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(8.5)
    p = doc.add_paragraph(T.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_before = Pt(8)
    for line in T.DESTINATAIRES:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(8)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Objet : ").bold = True
    p.add_run(T.OBJET)
    p = doc.add_paragraph()
    p.add_run("Références : ").bold = True
    for ref in T.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    p = doc.add_paragraph()
    p.add_run("P.J. : ").bold = True
    p.add_run(T.PJ)
    doc.add_paragraph(T.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading(doc, T.T1)
    heading(doc, T.EPREUVES_ECRITES_TITRE, size=10, color="C00000", space_before=4)
    doc.add_paragraph(T.EPREUVES_ECRITES_NOTE).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    tab = doc.add_table(rows=1 + len(T.ECRITS) + 1, cols=6)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(tab, T.ECRITS_ENTETE)
    for i, (date, code, titre, deb, fin, duree) in enumerate(T.ECRITS, start=1):
        cells = tab.rows[i].cells
        if date:
            set_cell(cells[0], date, bold=True, size=9)
        set_cell(cells[1], code, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[2], titre, size=9)
        set_cell(cells[3], deb, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[4], fin, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(cells[5], duree, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    # fusion verticale de la date du mardi (lignes 2 et 3)
    tab.cell(2, 0).merge(tab.cell(3, 0))
    set_cell(tab.cell(2, 0), T.ECRITS[1][0], bold=True, size=9)
    # dernière ligne : note fusionnée sur toute la largeur
    last = len(T.ECRITS) + 1
    note = tab.cell(last, 0).merge(tab.cell(last, 5))
    set_cell(note, T.ECRITS_NOTE_CELLULE, italic=True, size=8)
    shade(note, "F2F2F2")
    widths(tab, [3.2, 1.3, 7.0, 1.7, 1.7, 1.4])

    heading(doc, T.EPREUVES_ORALES_TITRE, size=10, color="C00000")
    tab = doc.add_table(rows=1 + len(T.ORAUX) + 1, cols=3)
    tab.style = "Table Grid"
    header_row(tab, T.ORAUX_ENTETE)
    for i, row in enumerate(T.ORAUX, start=1):
        for j, txt in enumerate(row):
            set_cell(tab.cell(i, j), txt, size=9, bold=(j == 0))
    last = len(T.ORAUX) + 1
    set_cell(tab.cell(last, 0), T.ORAL_CCF[0], size=9, bold=True)
    m = tab.cell(last, 1).merge(tab.cell(last, 2))
    set_cell(m, T.ORAL_CCF[1], size=8.5, italic=True)
    widths(tab, [6.2, 5.0, 5.8])
    doc.add_paragraph(T.ORAUX_TEXTE).paragraph_format.space_before = Pt(6)

    heading(doc, T.T2)
    for par in T.DOSSIERS[:1]:
        doc.add_paragraph(par).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for item in T.DOSSIERS_LISTE:
        doc.add_paragraph(item, style="List Bullet")
    for par in T.DOSSIERS[1:]:
        doc.add_paragraph(par).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading(doc, T.T3)
    for par in T.CORRECTIONS:
        doc.add_paragraph(par).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading(doc, T.T4)
    for par in T.JURY:
        doc.add_paragraph(par).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for i, line in enumerate(T.SIGNATURE):
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
        if i == 0:
            p.paragraph_format.space_before = Pt(14)

    # annexes dans une nouvelle section
    doc.add_section(WD_SECTION.NEW_PAGE)
    heading(doc, T.ANNEXE1_TITRE, size=12, space_before=0)
    tab = doc.add_table(rows=1 + len(T.CENTRES), cols=4)
    tab.style = "Table Grid"
    header_row(tab, T.CENTRES_ENTETE)
    for i, row in enumerate(T.CENTRES, start=1):
        for j, txt in enumerate(row):
            set_cell(tab.cell(i, j), txt, size=9, bold=(j == 0))
    widths(tab, [4.2, 5.0, 3.3, 4.5])
    heading(doc, T.FORMATION_TITRE, size=10, color="595959")
    for item in T.FORMATION:
        doc.add_paragraph(item, style="List Bullet")
    heading(doc, T.ANNEXE2_TITRE, size=12, space_before=24)
    for par in T.ANNEXE2:
        p = doc.add_paragraph(par)
        p.paragraph_format.space_after = Pt(12)
    path = out(T.STEM + ".docx")
    doc.save(path)
    soffice(path)


# ---------------------------------------------------------------- Limoges (DOCX, section paysage)
def build_limoges():
    T = TL
    doc = base_document(font="Arial", size=9.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(T.ENTETE[0])
    r.bold = True
    r.font.size = Pt(11)
    hp.add_run("\n" + T.ENTETE[1]).font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    fp.add_run(T.PIED).font.size = Pt(7)
    field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # lettre en deux colonnes : tableau sans bordure, colonne gauche grisée
    lay = doc.add_table(rows=1, cols=2)
    no_borders(lay)
    left, right = lay.cell(0, 0), lay.cell(0, 1)
    shade(left, "EDEDED")
    left.text = ""
    for i, (line, bold) in enumerate(T.COLONNE_GAUCHE):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        rr = p.add_run(line)
        rr.bold = bold
        rr.font.size = Pt(7.5)
        p.paragraph_format.space_after = Pt(0)
    right.text = ""
    p = right.paragraphs[0]
    p.add_run(T.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right.add_paragraph(T.AUTEUR).paragraph_format.space_before = Pt(8)
    right.add_paragraph(T.DESTINATAIRES)
    p = right.add_paragraph()
    p.add_run(T.OBJET).bold = True
    p.paragraph_format.space_before = Pt(8)
    for ref in T.REFS:
        rp = right.add_paragraph(ref)
        rp.runs[0].font.size = Pt(8.5)
        rp.paragraph_format.space_after = Pt(0)
    right.add_paragraph(T.INTRO).paragraph_format.space_before = Pt(8)
    p = right.add_paragraph()
    p.add_run(T.T1).bold = True
    for item in T.EPREUVES:
        right.add_paragraph(item, style="List Number")
    for i, line in enumerate(T.SIGNATURE):
        sp = right.add_paragraph(line)
        sp.paragraph_format.left_indent = Cm(5)
        sp.paragraph_format.space_after = Pt(0)
        if i == 0:
            sp.paragraph_format.space_before = Pt(12)
    left.width, right.width = Cm(4.2), Cm(12.8)

    # section 2 : paysage, jours en colonnes
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    heading(doc, T.CAL_TITRE, size=12, space_before=0)
    tab = doc.add_table(rows=1 + len(T.CAL_LIGNES), cols=1 + len(T.CAL_JOURS))
    tab.style = "Table Grid"
    header_row(tab, [""] + T.CAL_JOURS, fill="385723", size=10)
    for i, (moment, cells) in enumerate(T.CAL_LIGNES, start=1):
        set_cell(tab.cell(i, 0), moment, bold=True)
        shade(tab.cell(i, 0), "E2EFD9")
        for j, txt in enumerate(cells, start=1):
            set_cell(tab.cell(i, j), txt or "—", size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    widths(tab, [3.0, 5.8, 5.8, 5.8, 5.8])
    for n in T.CAL_NOTES:
        doc.add_paragraph(n, style="List Bullet")
    heading(doc, T.ORAUX_TITRE, size=11)
    tab = doc.add_table(rows=1 + len(T.ORAUX), cols=3)
    tab.style = "Table Grid"
    header_row(tab, T.ORAUX_ENTETE, fill="385723")
    for i, row in enumerate(T.ORAUX, start=1):
        for j, txt in enumerate(row):
            set_cell(tab.cell(i, j), txt, bold=(j == 0))
    widths(tab, [7.5, 7.5, 11.0])
    p = doc.add_paragraph(T.ORAUX_NOTE)
    p.runs[0].italic = True

    # section 3 : retour en portrait
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    for title, pars in ((T.T3, T.DOSSIERS), (T.T4, T.CORRECTION), (T.T5, T.JURY)):
        heading(doc, title, size=11)
        for par in pars:
            doc.add_paragraph(par).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading(doc, T.T6, size=11)
    tab = doc.add_table(rows=1 + len(T.CENTRES), cols=3)
    tab.style = "Table Grid"
    header_row(tab, T.CENTRES_ENTETE, fill="385723")
    for i, row in enumerate(T.CENTRES, start=1):
        for j, txt in enumerate(row):
            set_cell(tab.cell(i, j), txt, bold=(j == 0))
    widths(tab, [5.0, 7.0, 5.0])
    p = doc.add_paragraph(T.RECEPTION)
    p.paragraph_format.space_before = Pt(20)
    path = out(T.STEM + ".docx")
    doc.save(path)
    soffice(path)


# ---------------------------------------------------------------- Paris (DOCX, tableau sur deux pages)
def build_paris():
    T = TP
    doc = base_document(font="Arial", size=10)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header.paragraphs[0]
    for i, line in enumerate(T.ENTETE):
        rr = fh.add_run(("\n" if i else "") + line)
        rr.bold = i == 0
        rr.font.size = Pt(12 if i == 0 else 8)
    hp = sec.header.paragraphs[0]
    hp.add_run("BTS NDRC – session 2025 – circulaire académique").font.size = Pt(7.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.add_run(T.PIED + "  |  page ").font.size = Pt(7)
        field(fp, "PAGE")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in T.BLOC:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        p.paragraph_format.space_after = Pt(0)
        p.add_run(line).font.size = Pt(8.5)
    p = doc.add_paragraph(T.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(T.DEST)
    p.paragraph_format.left_indent = Cm(7)
    p = doc.add_paragraph()
    p.add_run(T.OBJET).bold = True
    doc.add_paragraph(T.REFS).runs[0].italic = True
    for par in T.INTRO:
        doc.add_paragraph(par).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading(doc, T.T_ECRITS)
    tab = doc.add_table(rows=1 + len(T.ECRITS), cols=4)
    tab.style = "Table Grid"
    header_row(tab, T.ECRITS_ENTETE, fill="002060")
    for i, row in enumerate(T.ECRITS, start=1):
        for j, txt in enumerate(row):
            set_cell(tab.cell(i, j), txt, size=9, bold=(j == 0))
    widths(tab, [8.0, 3.6, 3.4, 2.0])
    for par in T.ECRITS_TEXTE:
        doc.add_paragraph(par).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading(doc, T.T_ORAUX)
    for k, par in enumerate(T.ORAUX):
        doc.add_paragraph(par, style="List Number").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if k == 1:
            for item in T.ORAUX_RAPPEL:
                p = doc.add_paragraph(item, style="List Bullet 2")
    heading(doc, T.T_DOSSIERS)
    for par in T.DOSSIERS:
        doc.add_paragraph(par).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading(doc, T.T_JURY)
    for par in T.JURY:
        doc.add_paragraph(par)
    for i, line in enumerate(T.SIGNATURE):
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9.5)
        p.paragraph_format.space_after = Pt(0)

    doc.add_page_break()
    heading(doc, T.ANNEXE1_TITRE, space_before=0)
    tab = doc.add_table(rows=1 + len(T.CENTRES), cols=5)
    tab.style = "Table Grid"
    header_row(tab, T.CENTRES_ENTETE, fill="002060")
    for i, row in enumerate(T.CENTRES, start=1):
        for j, txt in enumerate(row):
            set_cell(tab.cell(i, j), txt, size=9, bold=(j == 1))
    widths(tab, [0.9, 4.6, 5.0, 2.8, 3.7])

    heading(doc, T.ANNEXE2_TITRE, space_before=14)
    doc.add_paragraph(T.ANNEXE2_NOTE).runs[0].italic = True
    tab = doc.add_table(rows=1 + len(T.FORMATION), cols=3)
    tab.style = "Table Grid"
    header_row(tab, T.FORMATION_ENTETE, fill="002060")
    for i, row in enumerate(T.FORMATION, start=1):
        for j, txt in enumerate(row):
            set_cell(tab.cell(i, j), txt, size=9.5)
        cant_split(tab.rows[i])
        tab.rows[i].height = Cm(0.85)
    widths(tab, [7.5, 3.5, 6.0])
    path = out(T.STEM + ".docx")
    doc.save(path)
    soffice(path)


# ---------------------------------------------------------------- Mayotte (ODT écrit à la main)
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')


def _p(text, style="Corps"):
    lines = [escape(x) for x in text.split("\n")]
    return f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(lines) + "</text:p>"


def _cell(text, style="Cell", pstyle="CellP", span=None):
    sp = f' table:number-columns-spanned="{span}"' if span else ""
    return f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}>{_p(text, pstyle)}</table:table-cell>'


def build_mayotte():
    T = TM
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS}>
 <office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm" fo:text-align="justify"/></style:style>
  <style:style style:name="Entete" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
  <style:style style:name="Titre1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#7B2C00"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
  <style:style style:name="MP_H" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="MP_H">{escape(T.PIED)}</text:p></style:header>
  <style:footer><text:p text:style-name="MP_H">page <text:page-number text:select-page="current">1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page></office:master-styles>
</office:document-styles>"""

    auto = """
  <style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" table:align="center" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#F4B183"/></style:style>
  <style:style style:name="CellP" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
  <style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Gras" style:family="paragraph" style:parent-style-name="Corps"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.2cm"/></style:style>
  <style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm"/></style:style>
  <style:style style:name="Encadre" style:family="paragraph"><style:paragraph-properties fo:padding="0.2cm" fo:border="1pt solid #C00000" fo:background-color="#FFF2CC" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
  <style:style style:name="Note" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
  <text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
  <style:style style:name="Col1" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
  <style:style style:name="Col2" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
  <style:style style:name="Col3" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
  <style:style style:name="Col4" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
"""
    body = []
    for i, line in enumerate(T.ENTETE):
        body.append(_p(line, "Gras" if i == 0 else "Entete"))
    for line in T.AFFAIRE:
        body.append(_p(line, "Entete"))
    body.append(_p(T.LIEU_DATE, "Droite"))
    body.append(_p(T.DEST))
    body.append(_p(T.OBJET, "Gras"))
    body.append(_p(T.REF, "Note"))
    body.append(_p(T.AVERTISSEMENT, "Encadre"))
    body.append(_p(T.T1, "Titre1"))
    rows = ['<table:table table:name="Calendrier" table:style-name="Tab">',
            '<table:table-column table:style-name="Col1"/><table:table-column table:style-name="Col2"/>'
            '<table:table-column table:style-name="Col3"/><table:table-column table:style-name="Col4" table:number-columns-repeated="2"/>',
            "<table:table-header-rows><table:table-row>"]
    for lab in T.CAL_ENTETE1[:3]:
        rows.append(_cell(lab, "CellH", "CellB").replace('office:value-type="string"',
                    'office:value-type="string" table:number-rows-spanned="2"'))
    rows.append(_cell(T.CAL_ENTETE1[3], "CellH", "CellB", span=2) + "<table:covered-table-cell/>")
    rows.append("</table:table-row><table:table-row>")
    rows.append("<table:covered-table-cell/>" * 3)
    for lab in T.CAL_ENTETE2:
        rows.append(_cell(lab, "CellH", "CellB"))
    rows.append("</table:table-row></table:table-header-rows>")
    for date, ep, duree, paris, myt in T.CAL:
        rows.append("<table:table-row>" + _cell(date) + _cell(ep) + _cell(duree) + _cell(paris) + _cell(myt, pstyle="CellB")
                    + "</table:table-row>")
    rows.append("<table:table-row>" + _cell(T.CAL_NOTE, span=5, pstyle="Note")
                + "<table:covered-table-cell/>" * 4 + "</table:table-row>")
    rows.append("</table:table>")
    body.append("".join(rows))
    body.append(_p(T.T2, "Titre1"))
    body.append(_p(T.ORAUX_INTRO))
    body.append('<text:list text:style-name="Puces">' + "".join(
        f"<text:list-item>{_p(x)}</text:list-item>" for x in T.ORAUX) + "</text:list>")
    body.append(_p(T.T3, "Titre1"))
    body += [_p(x) for x in T.DOSSIERS]
    body.append(_p(T.T4, "Titre1"))
    body += [_p(x) for x in T.FIN]
    body.append(_p(T.T5, "Titre1"))
    rows = ['<table:table table:name="Centres" table:style-name="Tab">',
            '<table:table-column table:style-name="Col2"/><table:table-column table:style-name="Col2"/><table:table-column table:style-name="Col1"/>',
            "<table:table-header-rows><table:table-row>" + "".join(_cell(x, "CellH", "CellB") for x in T.CENTRES_ENTETE)
            + "</table:table-row></table:table-header-rows>"]
    for row in T.CENTRES:
        rows.append("<table:table-row>" + "".join(_cell(x) for x in row) + "</table:table-row>")
    rows.append("</table:table>")
    body.append("".join(rows))
    body.append(_p(T.NON_CENTRES, "Note"))
    body += [_p(x, "Sign") for x in T.SIGNATURE]
    body.append(_p(T.EMARGEMENT, "Note"))
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>'
               f"<office:automatic-styles>{auto}</office:automatic-styles><office:body><office:text>"
               + "\n".join(body) + "</office:text></office:body></office:document-content>")
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODT_NS}><office:meta>'
            "<meta:generator>independantes_e/build.py</meta:generator><meta:creation-date>2026-01-27T09:00:00</meta:creation-date>"
            "</office:meta></office:document-meta>")
    path = out(T.STEM + ".odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    soffice(path)


# ---------------------------------------------------------------- Note nationale (HTML)
def build_nationale():
    T = TN
    e = escape
    css = """
 @page { size: 29.7cm 21cm; margin: 1.4cm; }
 body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 10.5pt; }
 .emetteur { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8.5pt; }
 .emetteur b { font-size: 10pt; }
 h1 { font-size: 15pt; text-align: center; border-top: 2px solid #000091; border-bottom: 2px solid #000091; padding: 4px; }
 h2 { font-size: 12pt; color: #000091; margin-top: 14px; }
 table { border-collapse: collapse; width: 100%; margin: 6px 0; }
 th, td { border: 1px solid #444; padding: 3px 5px; font-size: 9pt; vertical-align: top; }
 th { background: #dfe3f5; }
 .lieu { text-align: right; }
 .notes { font-size: 8.5pt; }
 .sign { margin-left: 55%; margin-top: 18px; }
"""
    TABLE = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    h = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
         f"<title>{e(T.TITRE)}</title><style>{css}</style></head><body>"]
    h.append('<div class="emetteur">' + "<br>".join(
        (f"<b>{e(x)}</b>" if i == 0 else e(x)) for i, x in enumerate(T.EMETTEUR)) + "</div>")
    h.append(f'<p class="lieu">{e(T.LIEU_DATE)}</p>')
    h.append(f"<p><i>Destinataires :</i> {e(T.DEST)}</p>")
    h.append(f"<h1>{e(T.TITRE)}</h1>")
    h.append("<p><b>Références :</b></p><ul>" + "".join(f"<li>{e(r)}</li>" for r in T.REFS) + "</ul>")
    h.append(f"<p>{e(T.INTRO)}</p>")
    h.append(f"<h2>{e(T.T1)}</h2>{TABLE}<tr>" + "".join(f"<th>{e(x)}</th>" for x in T.UNITES_ENTETE) + "</tr>")
    for row in T.UNITES:
        h.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>")
    h.append(f"</table><p class=\"notes\">{e(T.UNITES_NOTE)}</p>")
    h.append(f"<h2>{e(T.T2)}</h2><p>{e(T.T2_NOTE)}<sup>(3)</sup></p>")
    h.append(TABLE + '<tr><th rowspan="2">Date</th><th rowspan="2">Épreuve</th><th rowspan="2">Durée</th>'
             f'<th colspan="{len(T.TERRITOIRES)}">Horaires (heure locale)</th></tr><tr>'
             + "".join(f"<th>{e(t)}</th>" for t in T.TERRITOIRES) + "</tr>")
    for i, (date, ep, duree, hours) in enumerate(T.CAL):
        row = f"<tr><td><b>{e(date)}</b></td><td>{e(ep)}</td><td>{e(duree)}</td>" + "".join(
            f"<td>{e(x)}</td>" for x in hours)
        if i == 0:
            row += f'<td colspan="2" rowspan="{len(T.CAL)}">{e(T.CAL_PACIFIQUE)}</td>'
        h.append(row + "</tr>")
    h.append('</table><div class="notes">' + "<br>".join(e(n) for n in T.NOTES_BAS) + "</div>")
    h.append(f"<h2>{e(T.T3)}</h2><p>{e(T.ORAUX)}<sup>(2)</sup></p>")
    h.append(f"<h2>{e(T.T4)}</h2><ol>" + "".join(f"<li>{e(x)}</li>" for x in T.ETAPES) + "</ol>")
    h.append(f"<h2>{e(T.T5)}</h2><ul>" + "".join(f"<li>{e(x)}</li>" for x in T.REUNIONS) + "</ul>")
    h.append('<p class="sign">' + "<br>".join(e(x) for x in T.SIGNATURE) + "</p>")
    h.append("</body></html>")
    path = out(T.STEM + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(h))
    # import HTML dans Writer (et non Writer/Web) pour une mise en page paginée
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--infilter=HTML (StarWriter)",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", HERE, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- Besançon (PDF reportlab, courriel imprimé)
def build_besancon():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    T = TB
    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVM", fdir + "DejaVuSansMono.ttf"))
    W, H = A4
    path = out(T.STEM + ".pdf")
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(T.TITRE)
    c.setAuthor("DEC 3")
    state = {"y": H - 40, "page": 1}

    def chrome():
        c.setFont("DV", 7)
        c.setFillGray(0.35)
        c.drawString(36, H - 22, T.IMPRIME)
        c.drawRightString(W - 36, H - 22, T.BANDEAU)
        c.drawRightString(W - 36, 20, f"{state['page']}")
        c.setFillGray(0)

    def wrap(text, font, size, width):
        words, lines, cur = text.split(" "), [], ""
        for w_ in words:
            trial = (cur + " " + w_).strip()
            if pdfmetrics.stringWidth(trial, font, size) > width and cur:
                lines.append(cur)
                cur = w_
            else:
                cur = trial
        lines.append(cur)
        return lines

    def line(text, font="DV", size=9.5, x=48, lead=13, width=None):
        width = width or (W - x - 48)
        for ln in wrap(text, font, size, width):
            if state["y"] < 50:
                c.showPage()
                state["page"] += 1
                state["y"] = H - 48
                chrome()
            c.setFont(font, size)
            c.drawString(x, state["y"], ln)
            state["y"] -= lead

    chrome()
    state["y"] = H - 52
    line(T.TITRE, "DVB", 13, lead=20)
    c.setStrokeGray(0.6)
    c.line(48, state["y"] + 8, W - 48, state["y"] + 8)
    state["y"] -= 4
    for k, v in T.ENTETES:
        c.setFont("DVB", 8.5)
        c.drawRightString(120, state["y"], k + " :")
        line(v, "DV", 8.5, x=126, lead=12)
    c.line(48, state["y"] + 4, W - 48, state["y"] + 4)
    state["y"] -= 12
    for par in T.CORPS:
        line(par)
        state["y"] -= 5
    for item in T.LISTE:
        c.setFont("DV", 9.5)
        c.drawString(60, state["y"], "–")
        line(item, x=72)
        state["y"] -= 2
    state["y"] -= 6
    for par in T.APRES:
        line(par)
        state["y"] -= 4
    c.setFillGray(0.3)
    line("-- ", "DVM", 8.5)
    for s in T.SIGNATURE:
        line(s, "DV", 8.5, lead=11)
    c.setFillGray(0)
    state["y"] -= 12
    line(T.CITATION_ENTETE, "DVM", 8.5)
    for k, v in T.CITATION:
        line(f"{k} : {v}", "DV", 8.5, x=60, lead=11)
    state["y"] -= 4
    top = state["y"] + 10
    for par in T.CITATION_CORPS:
        line(par, "DV", 9, x=60)
    c.setStrokeColorRGB(0.1, 0.3, 0.8)
    c.setLineWidth(2)
    c.line(54, top, 54, state["y"] + 8)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- scans (image seule)
def render_pages(pdf, dpi, gray=True):
    tmp = tempfile.mkdtemp(prefix="e_scan_")
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, os.path.join(tmp, "p")]
    subprocess.run(args, check=True)
    files = sorted(f for f in os.listdir(tmp) if f.endswith(".png"))
    imgs = [Image.open(os.path.join(tmp, f)).copy() for f in files]
    shutil.rmtree(tmp)
    return imgs


def flatbed(img, angle, seed):
    rng = np.random.default_rng(seed)
    img = img.convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 12                       # papier légèrement gris, encre moins noire
    a += rng.normal(0, 7, a.shape)          # bruit de capteur
    spots = rng.random(a.shape) < 0.0004    # poussières
    a[spots] = rng.uniform(40, 120, spots.sum())
    h, w = a.shape
    a[:, : int(w * 0.012)] *= 0.55          # ombre du bord de la vitre
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))


def _coeffs(src, dst):
    # coefficients de perspective PIL : point de sortie -> point d'entrée
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    b = np.array([p for uv in src for p in uv], dtype=float)
    return np.linalg.solve(A, b).tolist()


def phone(img, seed):
    rng = np.random.default_rng(seed)
    img = img.convert("RGB")
    w, h = img.size
    W_, H_ = int(w * 1.18), int(h * 1.14)
    # fond : bureau en bois sombre
    bg = np.zeros((H_, W_, 3), np.float32)
    bg[:] = (92, 70, 52)
    bg += rng.normal(0, 6, (H_, W_, 1))
    canvas_ = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    dst = [(W_ * 0.08 + j(15), H_ * 0.05 + j(10)), (W_ * 0.93 + j(15), H_ * 0.07 + j(10)),
           (W_ * 0.97 + j(10), H_ * 0.96 + j(10)), (W_ * 0.03 + j(10), H_ * 0.94 + j(10))]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _coeffs(src, dst)
    warped = img.transform((W_, H_), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W_, H_), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    canvas_.paste(warped, (0, 0), mask)
    a = np.asarray(canvas_).astype(np.float32)
    yy, xx = np.mgrid[0:H_, 0:W_]
    # éclairage : lampe en haut à droite, ombre de la main/du téléphone en bas à gauche
    light = 1.05 - 0.35 * (((xx / W_ - 0.85) ** 2 + (yy / H_ - 0.1) ** 2) ** 0.5)
    shadow = 1 - 0.28 * np.exp(-(((xx / W_ - 0.15) ** 2) / 0.03 + ((yy / H_ - 0.9) ** 2) / 0.02))
    a *= (light * shadow)[..., None]
    a[..., 2] *= 0.93                      # dominante chaude
    a += rng.normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=62)
    return Image.open(io.BytesIO(buf.getvalue()))


def save_image_pdf(images, path, dpi):
    first, rest = images[0], images[1:]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest)


def build_scans():
    pages = render_pages(out(TP.STEM + ".pdf"), 200)
    angles = [0.7, -0.45, 0.3, -0.8, 0.55, -0.3, 0.4]
    scans = [flatbed(p, angles[i % len(angles)], 100 + i) for i, p in enumerate(pages)]
    scans = [Image.open(io.BytesIO(_jpeg(s, 80))) for s in scans]
    save_image_pdf(scans, out(TP.STEM + "_scan.pdf"), 200)

    pages = render_pages(out(TL.STEM + ".pdf"), 150, gray=False)
    photos = [phone(p, 200 + i) for i, p in enumerate(pages)]
    save_image_pdf(photos, out(TL.STEM + "_scan.pdf"), 150)


def _jpeg(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    return buf.getvalue()


def main():
    os.makedirs("/tmp/lo_independantes_e", exist_ok=True)
    build_dijon()
    build_limoges()
    build_paris()
    build_mayotte()
    build_nationale()
    build_besancon()
    build_scans()
    for f in sorted(os.listdir(HERE)):
        if f.split(".")[-1] in ("docx", "odt", "html", "pdf"):
            print(f"{os.path.getsize(out(f)):>9}  {f}")


if __name__ == "__main__":
    main()
