#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_i à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Sorties (dans ce dossier) :
  circulaire_ndrc_2027_toulouse.docx / .pdf        (python-docx, PDF par LibreOffice)
  circulaire_cg_2028_lille.odt / .pdf / .docx      (ODT écrit à la main en XML, PDF et DOCX par LibreOffice)
  circulaire_gpme_2026_martinique.pdf              (reportlab)
  circulaire_gpme_2026_martinique_scan.pdf         (photo de téléphone simulée : perspective, ombre, JPEG)
  circulaire_ms_2027_clermont-ferrand.docx / .pdf  (python-docx à trois sections, PDF par LibreOffice)
  circulaire_ms_2027_clermont-ferrand_scan.pdf     (scanner à plat simulé : 200 dpi gris, rotation, bruit)
  note_nationale_sam_2028.html / .pdf              (HTML, PDF par LibreOffice)
N'importe aucun module du projet.
"""
import html
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import textes_toulouse as TT  # noqa: E402
import textes_lille as TL  # noqa: E402
import textes_martinique as TM  # noqa: E402
import textes_clermont as TC  # noqa: E402
import textes_national as TN  # noqa: E402

LO_PROFILE = "file:///tmp/lo_independantes_i"
RNG = np.random.default_rng(20270118)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- python-docx helpers
def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def no_split(row):
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tbl_pr.append(borders)


def add_field(paragraph, instr):
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
            run._r.append(el)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)


def cell_text(cell, text, bold=False, size=9, align=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(0)


def para(doc, text="", bold=False, size=10, align=None, space_after=4, italic=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def base_style(doc, font="Arial", size=10):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)


# ---------------------------------------------------------------- Toulouse: formulaire Word
def build_toulouse():
    doc = Document()
    base_style(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
    # en-tête : référence du formulaire à droite (taquet de tabulation)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("DEC 3 – Examens BTS\t" + TT.REF_FORMULAIRE)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(TT.PIED + "\tpage ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" / ").font.size = Pt(8)
    add_field(fp, "NUMPAGES")

    # bloc d'en-tête : tableau sans bordure, marque à gauche, service à droite
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.rows[0].cells
    cell_text(left, "\n".join(TT.EN_TETE), bold=True, size=10)
    cell_text(right, "\n".join(TT.EXPEDITEUR), size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TT.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=6)
    para(doc, TT.DESTINATAIRES, align=WD_ALIGN_PARAGRAPH.CENTER, size=9, space_after=8)
    p = para(doc, "", space_after=4)
    p.add_run("Objet : ").bold = True
    p.add_run(TT.OBJET)
    p = para(doc, "Références :", bold=True, space_after=0)
    for ref in TT.REFERENCES:
        para(doc, ref, size=9, style="List Bullet", space_after=0)
    para(doc, TT.INTRO, space_after=8)

    # partie A : champs à compléter
    para(doc, TT.PARTIE_A, bold=True, size=11, space_after=3)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in TT.CHAMPS_A:
        row = t.add_row()
        cell_text(row.cells[0], label, bold=True, size=9)
        shade(row.cells[0], "E7E6E6")
        cell_text(row.cells[1], value or " ", size=9)
        row.cells[0].width, row.cells[1].width = Cm(6), Cm(11)
    t.autofit = False
    para(doc, "", space_after=4)

    # partie B : tableau Étape | Date limite
    para(doc, TT.PARTIE_B, bold=True, size=11, space_after=3)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, head in zip(t.rows[0].cells, TT.ENTETE_B):
        cell_text(cell, head, bold=True, size=10, color="FFFFFF")
        shade(cell, "1F3864")
    repeat_header(t.rows[0])
    for step, limit in TT.ETAPES:
        row = t.add_row()
        no_split(row)
        cell_text(row.cells[0], step, size=9)
        cell_text(row.cells[1], limit, size=9, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(12.5), Cm(4.5)
    for row in t.rows:
        row.cells[0].width, row.cells[1].width = Cm(12.5), Cm(4.5)
    para(doc, TT.NOTE_B, size=8, italic=True, space_after=8)

    # partie C : écrits
    para(doc, TT.PARTIE_C, bold=True, size=11, space_after=3)
    for item in TT.ECRITS:
        para(doc, item, size=10, style="List Bullet", space_after=1)
    para(doc, TT.NOTE_C, size=9, space_after=4)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, head in zip(t.rows[0].cells, TT.ENTETE_CENTRES):
        cell_text(cell, head, bold=True, size=9)
        shade(cell, "D9E2F3")
    for centre in TT.CENTRES:
        row = t.add_row()
        for cell, value in zip(row.cells, centre):
            cell_text(cell, value, size=9)
    para(doc, "", space_after=4)

    # partie D : oraux
    para(doc, TT.PARTIE_D, bold=True, size=11, space_after=3)
    para(doc, TT.INTRO_D, size=10, space_after=1)
    for i, line in enumerate(TT.CENTRE_ORAL):
        p = para(doc, line, size=10, bold=(i == 0), space_after=0)
        p.paragraph_format.left_indent = Cm(1)
    para(doc, "", space_after=2)
    for item in TT.ORAUX:
        para(doc, item, size=10, style="List Bullet", space_after=1)
    para(doc, TT.NOTE_D, size=9, space_after=6)
    para(doc, TT.FORMATION_TITRE, size=9, italic=True, space_after=1)
    for item in TT.FORMATION:
        para(doc, item, size=9, style="List Bullet 2", space_after=0)
    para(doc, "", space_after=8)
    for line in TT.SIGNATURE:
        p = para(doc, line, size=10, space_after=0, bold=(line == TT.SIGNATURE[-1]))
        p.paragraph_format.left_indent = Cm(9.5)
    doc.save(out(TT.STEM + ".docx"))


# ---------------------------------------------------------------- Clermont-Ferrand: DOCX à sections
def build_clermont():
    doc = Document()
    base_style(doc, "Times New Roman", 11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.add_run("ACADÉMIE DE CLERMONT-FERRAND – DEC 2").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(TC.PIED + " – ").font.size = Pt(8)
    add_field(fp, "PAGE")

    for i, line in enumerate(TC.EN_TETE):
        para(doc, line, bold=(i == 0), size=12 if i == 0 else 10, space_after=0)
    for line in TC.ADRESSE:
        para(doc, line, size=9, space_after=0)
    p = para(doc, "", space_after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\t" + TC.LIEU_DATE)
    para(doc, TC.SUIVI, size=8, italic=True, space_after=10)
    for line in TC.DESTINATAIRES:
        p = para(doc, line, size=10, space_after=0)
        p.paragraph_format.left_indent = Cm(8)
    para(doc, "", space_after=6)
    p = para(doc, "", space_after=4)
    p.add_run("Objet : ").bold = True
    p.add_run(TC.OBJET)
    p = para(doc, "Références :", bold=True, space_after=0)
    for ref in TC.REFERENCES:
        para(doc, ref, size=10, style="List Number", space_after=0)
    para(doc, "", space_after=2)
    para(doc, TC.INTRO, space_after=6)
    para(doc, "1. Dispositions générales", bold=True, space_after=2)
    for item in TC.PREAMBULE:
        para(doc, item, size=10, style="List Bullet", space_after=1)

    # section 2 : paysage, calendrier
    s2 = doc.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    s2.left_margin = s2.right_margin = Cm(1.5)
    s2.top_margin = s2.bottom_margin = Cm(1.5)
    para(doc, TC.TITRE_CAL, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    widths = [Cm(3.2), Cm(6.2), Cm(1.9), Cm(4.8), Cm(2.0), Cm(1.6), Cm(1.5), Cm(5.5)]
    t = doc.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for cell, head in zip(t.rows[0].cells, TC.ENTETE_CAL):
        cell_text(cell, head, bold=True, size=10)
        shade(cell, "BFBFBF")
    repeat_header(t.rows[0])
    for entry in TC.CALENDRIER:
        if entry[0] == "SECTION":
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[7])
            cell_text(merged, entry[1], bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
            shade(merged, "F2F2F2")
            continue
        code, lines = entry
        first = None
        for j, line in enumerate(lines):
            row = t.add_row()
            no_split(row)
            row.height = Cm(1.6)
            if j == 0:
                first = row.cells[0]
                cell_text(first, code, bold=True, size=10)
            for cell, value in zip(row.cells[1:], line):
                cell_text(cell, value, size=10)
        if len(lines) > 1:
            last = t.rows[len(t.rows) - 1].cells[0]
            merged = first.merge(last)
            cell_text(merged, code, bold=True, size=10)
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    para(doc, "", space_after=2)
    for note in TC.NOTES_CAL:
        para(doc, note, size=9, italic=True, space_after=0)

    # section 3 : portrait, centres et formalités
    s3 = doc.add_section()
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    s3.left_margin = s3.right_margin = Cm(2.2)
    para(doc, TC.S2, bold=True, space_after=3)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, head in zip(t.rows[0].cells, TC.ENTETE_CENTRES):
        cell_text(cell, head, bold=True, size=10)
        shade(cell, "BFBFBF")
    for centre in TC.CENTRES:
        row = t.add_row()
        for cell, value in zip(row.cells, centre):
            cell_text(cell, value, size=10)
    for row in t.rows:
        for cell, w in zip(row.cells, (Cm(5), Cm(7.5), Cm(4))):
            cell.width = w
    para(doc, "", space_after=2)
    para(doc, TC.S2_NOTE, size=10, space_after=4)
    para(doc, TC.S2_FORMATION, size=9, italic=True, space_after=8)
    para(doc, TC.S3, bold=True, space_after=3)
    para(doc, TC.S3_TEXTE, size=10, space_after=8)
    para(doc, TC.S4, bold=True, space_after=3)
    for item in TC.S4_ITEMS:
        para(doc, item, size=10, style="List Bullet", space_after=1)
    para(doc, "", space_after=14)
    for line in TC.SIGNATURE:
        p = para(doc, line, size=10, space_after=0)
        p.paragraph_format.left_indent = Cm(9)
    doc.save(out(TC.STEM + ".docx"))


# ---------------------------------------------------------------- Lille: ODT écrit à la main
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def x(s):
    return html.escape(s, quote=False)


def odt_p(text, style="Corps"):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>'


def odt_table(name, rows, widths_cm):
    cols = "".join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths_cm)))
    body = []
    for r, row in enumerate(rows):
        cells = []
        for value in row:
            style = "CelluleEntete" if r == 0 else "Cellule"
            pstyle = "TexteEntete" if r == 0 else "TexteCellule"
            cells.append(f'<table:table-cell table:style-name="{style}" office:value-type="string">'
                         f'{odt_p(value, pstyle)}</table:table-cell>')
        wrapper = ("table:table-header-rows", True) if r == 0 else (None, False)
        row_xml = f'<table:table-row>{"".join(cells)}</table:table-row>'
        body.append(f"<table:table-header-rows>{row_xml}</table:table-header-rows>" if wrapper[1] else row_xml)
    return f'<table:table table:name="{name}" table:style-name="{name}">{cols}{"".join(body)}</table:table>'


def build_lille():
    auto_styles = ['<style:style style:name="Cellule" style:family="table-cell"><style:table-cell-properties '
                   'fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>',
                   '<style:style style:name="CelluleEntete" style:family="table-cell"><style:table-cell-properties '
                   'fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#dde3f0"/></style:style>']
    tables = []
    for i, (title, rows) in enumerate(TL.TABLEAUX):
        n = len(rows[0])
        widths = [4.0, 2.0, 2.0, 8.0] if n == 4 else [6.0, 10.0]
        name = f"Tab{i + 1}"
        auto_styles.append(f'<style:style style:name="{name}" style:family="table"><style:table-properties '
                           f'style:width="{sum(widths)}cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>')
        for j, w in enumerate(widths):
            auto_styles.append(f'<style:style style:name="{name}.C{j}" style:family="table-column">'
                               f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
        tables.append((title, odt_table(name, rows, widths)))
    ct_widths = [4.5, 6.5, 5.0]
    auto_styles.append('<style:style style:name="TabC" style:family="table"><style:table-properties '
                       'style:width="16cm" table:align="left"/></style:style>')
    for j, w in enumerate(ct_widths):
        auto_styles.append(f'<style:style style:name="TabC.C{j}" style:family="table-column">'
                           f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')

    body = []
    body.append('<text:p text:style-name="Marque">' + "<text:line-break/>".join(x(s) for s in TL.EN_TETE)
                + "</text:p>")
    body.append('<text:p text:style-name="Petit">' + "<text:line-break/>".join(x(s) for s in TL.ADRESSE + TL.SUIVI)
                + "</text:p>")
    body.append(odt_p(TL.LIEU_DATE, "Droite"))
    body.append(odt_p(TL.DESTINATAIRES, "Destinataires"))
    body.append(odt_p(TL.OBJET, "Objet"))
    body.append(odt_p(TL.REFERENCES, "Petit"))
    body.append(odt_p(TL.INTRO))
    body.append(f'<text:h text:style-name="Titre1" text:outline-level="1">{x(TL.S1)}</text:h>')
    body.append(odt_p(TL.S1_INTRO))
    for title, table_xml in tables:
        body.append(odt_p(title, "TitreTableau"))
        body.append(table_xml)
    body.append(odt_p(TL.E42, "TitreTableau"))
    body.append(odt_p(TL.NOTE_CAL, "Note"))
    body.append(f'<text:h text:style-name="Titre1" text:outline-level="1">{x(TL.S2)}</text:h>')
    body.append(odt_p(TL.S2_INTRO))
    rows = [("Centre", "Adresse", "Code postal et ville")]
    for c in TL.CENTRES:
        rows.append((c[0], "\n".join(c[1:-1]), c[-1]))
    t = odt_table("TabC", rows, ct_widths)
    t = t.replace("\n", "</text:p><text:p text:style-name=\"TexteCellule\">")
    body.append(t)
    body.append(odt_p(TL.S2_NOTE, "Note"))
    body.append(f'<text:h text:style-name="Titre1" text:outline-level="1">{x(TL.S3)}</text:h>')
    body.append('<text:list text:style-name="Puces">' + "".join(
        f"<text:list-item>{odt_p(item)}</text:list-item>" for item in TL.S3_ITEMS) + "</text:list>")
    for k, line in enumerate(TL.SIGNATURE):
        body.append(odt_p(line, "Signature"))

    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODT_NS} office:version="1.3">
<office:automatic-styles>{''.join(auto_styles)}</office:automatic-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body>
</office:document-content>"""

    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS} office:version="1.3">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
 <style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Marque" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#000091"/></style:style>
 <style:style style:name="Petit" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="Destinataires" style:family="paragraph"><style:paragraph-properties fo:margin-left="8cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Objet" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Titre1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:border-bottom="0.5pt solid #000091"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#000091"/></style:style>
 <style:style style:name="TitreTableau" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="TexteCellule" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="TexteEntete" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Signature" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm"/></style:style>
 <style:style style:name="Pied" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
 <text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.4cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="PL">
  <style:footer><text:p text:style-name="Pied">{x(TL.PIED)} – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
</office:master-styles>
</office:document-styles>"""

    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    meta = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODT_NS} office:version="1.3"><office:meta><meta:generator>DEC4 modèle circulaire</meta:generator></office:meta></office:document-meta>"""
    path = out(TL.STEM + ".odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- Martinique: reportlab
def build_martinique():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT, TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle, KeepTogether)

    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    body = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12, spaceAfter=5)
    head = ParagraphStyle("h", fontName="DVB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3,
                          textColor=colors.HexColor("#000091"))
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    small = ParagraphStyle("s", fontName="DV", fontSize=8, leading=10)
    cellst = ParagraphStyle("c", fontName="DV", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", fontName="DVB", fontSize=8.5, leading=10.5)

    W, H = A4

    def page1(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#000091"))
        canvas.rect(1.5 * cm, H - 2.2 * cm, 0.25 * cm, 1.2 * cm, fill=1, stroke=0)
        canvas.setFont("DVB", 9)
        y = H - 1.3 * cm
        for i, line in enumerate(TM.MARQUE):
            canvas.setFont("DVB" if i < 2 else "DV", 9 if i < 2 else 7)
            canvas.setFillColor(colors.black)
            canvas.drawString(2.0 * cm, y, line)
            y -= 0.38 * cm
        y = H - 5.0 * cm
        for kind, line in TM.COLONNE_GAUCHE:
            canvas.setFont("DVB" if kind == "b" else "DV", 7.5)
            canvas.drawString(1.5 * cm, y, line)
            y -= 0.34 * cm
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.line(5.55 * cm, 2.0 * cm, 5.55 * cm, H - 4.8 * cm)
        canvas.setFont("DV", 7)
        canvas.drawCentredString(W / 2, 1.0 * cm, TM.PIED + " – page 1/2")
        canvas.restoreState()

    def page2(canvas, doc):
        canvas.saveState()
        Wl, Hl = landscape(A4)
        canvas.setFont("DV", 7)
        canvas.drawCentredString(Wl / 2, 1.0 * cm, TM.PIED + " – page 2/2")
        canvas.restoreState()

    path = out(TM.STEM + ".pdf")
    doc = BaseDocTemplate(path, pagesize=A4, title="BTS GPME session 2026 – organisation",
                          author="Rectorat de la Martinique – DEC 3")
    f1 = Frame(5.9 * cm, 1.8 * cm, W - 5.9 * cm - 1.6 * cm, H - 1.8 * cm - 4.6 * cm, id="main")
    Wl, Hl = landscape(A4)
    f2 = Frame(1.5 * cm, 1.6 * cm, Wl - 3 * cm, Hl - 3 * cm, id="land")
    doc.addPageTemplates([PageTemplate(id="lettre", frames=[f1], onPage=page1, pagesize=A4),
                          PageTemplate(id="annexe", frames=[f2], onPage=page2, pagesize=landscape(A4))])
    story = [Paragraph(TM.LIEU_DATE, right), Spacer(1, 4),
             Paragraph(TM.DESTINATAIRES.replace("\n", "<br/>"), ParagraphStyle("d", parent=small, alignment=TA_CENTER)),
             Spacer(1, 8), Paragraph("<b>" + TM.OBJET + "</b>", body), Paragraph(TM.REFERENCES, small), Spacer(1, 6)]
    for kind, value in TM.PARAGRAPHES:
        if kind == "h":
            story.append(Paragraph(value, head))
        elif kind == "p":
            story.append(Paragraph(value, body))
        else:
            story.append(Paragraph("<b>" + value[0] + "</b><br/>" + "<br/>".join(value[1:]),
                                   ParagraphStyle("ctr", parent=body, leftIndent=14, fontSize=8.5, leading=11)))
    story += [NextPageTemplate("annexe"), PageBreak()]
    story.append(Paragraph(TM.ANNEXE_TITRE, ParagraphStyle("t", fontName="DVB", fontSize=11, leading=14,
                                                           spaceAfter=8, alignment=TA_CENTER)))
    data = [[Paragraph(h, cellb) for h in TM.ENTETE_HORAIRES]]
    for row in TM.HORAIRES:
        data.append([Paragraph(row[0].replace("\n", "<br/>"), cellst)] + [Paragraph(v, cellst) for v in row[1:]])
    t = Table(data, colWidths=[6.0 * cm, 3.6 * cm] + [2.9 * cm] * 5 + [1.6 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                           ("BACKGROUND", (3, 0), (3, -1), colors.HexColor("#FFF2CC")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 3), Paragraph(TM.NOTE_HORAIRES, small), Spacer(1, 10),
              Paragraph(TM.ETAPES_TITRE, head)]
    data = [[Paragraph(h, cellb) for h in TM.ENTETE_ETAPES]]
    for row in TM.ETAPES:
        data.append([Paragraph(v, cellst) for v in row])
    t2 = Table(data, colWidths=[11 * cm, 6 * cm, 2.5 * cm], hAlign="LEFT")
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))]))
    story += [t2, Spacer(1, 16)]
    sig = ParagraphStyle("sig", parent=body, leftIndent=15 * cm)
    story.append(KeepTogether([Paragraph(line, sig) for line in TM.SIGNATURE]))
    doc.build(story)


# ---------------------------------------------------------------- National: HTML
def build_national():
    rows = "\n".join("<tr>" + "".join(f"<td>{x(v)}</td>" for v in r) + "</tr>" for r in TN.LIGNES)
    head = "".join(f"<th>{x(h)}</th>" for h in TN.ENTETE)
    s2 = "".join(f"<li>{x(i)}</li>" for i in TN.S2_ITEMS)
    s3 = "".join(f"<li>{x(i)}</li>" for i in TN.S3_ITEMS)
    sig = "<br>".join(x(s) for s in TN.SIGNATURE)
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{x(TN.TITRE)}</title>
<style>
 body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #161616; }}
 .rubrique {{ text-transform: uppercase; color: #000091; font-size: 8pt; letter-spacing: 1px; }}
 h1 {{ font-size: 15pt; color: #000091; margin: 4px 0 8px 0; }}
 .ref {{ font-weight: bold; }}
 .meta {{ font-size: 8.5pt; color: #3a3a3a; }}
 h2 {{ font-size: 12pt; border-bottom: 1px solid #000091; margin-top: 16px; }}
 table {{ border-collapse: collapse; font-size: 8pt; }}
 th, td {{ border: 1px solid #555; padding: 3px 4px; vertical-align: top; }}
 th {{ background: #e3e3fd; font-size: 7pt; }}
 .note {{ font-size: 8pt; font-style: italic; }}
 nav, footer {{ font-size: 8pt; color: #666; }}
</style>
</head>
<body>
<nav>Accueil &gt; Bulletin officiel &gt; {x(TN.RUBRIQUE)}</nav>
<p class="rubrique">{x(TN.RUBRIQUE)}</p>
<h1>{x(TN.TITRE)}</h1>
<p class="ref">{x(TN.REFERENCE)}</p>
<p class="meta">{x(TN.NOR)}<br>{x(TN.SERVICE)}</p>
<p class="meta">{x(TN.DESTINATAIRES)}</p>
<p>{x(TN.VISAS)}</p>
<p>{x(TN.INTRO)}</p>
<h2>{x(TN.S1)}</h2>
<p>{x(TN.S1_TEXTE)}</p>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<colgroup><col width="150"><col width="105"><col width="58"><col width="52"><col width="52"><col width="60"><col width="55"><col width="60"><col width="70"><col width="35"></colgroup>
<thead><tr>{head}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p class="note">{x(TN.NOTE_1)}</p>
<p>{x(TN.FERIES)}</p>
<h2>{x(TN.S2)}</h2>
<ol>{s2}</ol>
<h2>{x(TN.S3)}</h2>
<ol>{s3}</ol>
<p style="margin-left:45%">{sig}</p>
<footer>Le Bulletin officiel – ISSN 2110-6061 – page imprimée depuis le site</footer>
</body>
</html>
"""
    with open(out(TN.STEM + ".html"), "w", encoding="utf-8") as fh:
        fh.write(page)


# ---------------------------------------------------------------- LibreOffice conversions
def soffice(src, target, infilter=None):
    """Convert src into target ('pdf:writer_pdf_Export', 'docx:MS Word 2007 XML', …) next to src."""
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    with tempfile.TemporaryDirectory() as tmp:
        cmd += ["--convert-to", target, "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = os.listdir(tmp)
        if len(produced) != 1:
            raise RuntimeError(f"conversion failed for {src}: {produced}")
        dest = os.path.join(HERE, produced[0])
        shutil.move(os.path.join(tmp, produced[0]), dest)
        return dest


# ---------------------------------------------------------------- scans
def rasterize(pdf, dpi, gray):
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-r", str(dpi), "-png"]
        if gray:
            args.append("-gray")
        subprocess.run(args + [pdf, os.path.join(tmp, "p")], check=True)
        return [Image.open(os.path.join(tmp, f)).copy() for f in sorted(os.listdir(tmp))]


def flatbed(src_pdf, dst_pdf, dpi=200):
    pages = []
    for k, img in enumerate(rasterize(src_pdf, dpi, gray=True)):
        img = img.convert("L")
        angle = (0.6, -0.45, 0.8, -0.3)[k % 4]
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
        a = np.asarray(img).astype(np.float32)
        a = a * 0.93 + 12                      # paper not quite white, toner not quite black
        a += RNG.normal(0, 7, a.shape)          # sensor noise
        dust = RNG.random(a.shape) < 0.0004     # specks
        a[dust] = 60
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55          # dark edge of the scanner lid
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        pages.append(img)
    pages[0].save(dst_pdf, save_all=True, append_images=pages[1:], resolution=dpi)


def perspective_coeffs(src, dst):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst -> input points src."""
    m = []
    for (xs, ys), (xd, yd) in zip(src, dst):
        m.append([xd, yd, 1, 0, 0, 0, -xs * xd, -xs * yd])
        m.append([0, 0, 0, xd, yd, 1, -ys * xd, -ys * yd])
    a = np.array(m, dtype=np.float64)
    b = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(a, b).tolist()


def phone_photo(src_pdf, dst_pdf, dpi=260):
    pages = []
    for k, img in enumerate(rasterize(src_pdf, dpi, gray=False)):
        img = img.convert("RGB")
        w, h = img.size
        W, H = int(w * 1.12), int(h * 1.12)
        # table surface behind the sheet
        bg = np.zeros((H, W, 3), np.float32)
        bg[..., 0], bg[..., 1], bg[..., 2] = 118, 96, 74
        bg += RNG.normal(0, 6, bg.shape)
        canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
        # sheet corners in the photo (keystone: camera held lower than the top of the page)
        j = (0.02, -0.015)[k % 2]
        dst = [(W * (0.09 + j), H * 0.05), (W * (0.93 + j), H * 0.07),
               (W * 0.97, H * 0.95), (W * 0.03, H * 0.93)]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        coeffs = perspective_coeffs(src, dst)
        sheet = img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
        mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        canvas.paste(sheet, (0, 0), mask)
        a = np.asarray(canvas).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        # uneven light: brighter top right, dimmer bottom left, warm cast
        light = 0.78 + 0.22 * (xx / W) * 0.6 + 0.22 * (1 - yy / H) * 0.4
        # strong shadow of the phone/hand: a soft-edged dark band across the lower-left part
        edge = (xx / W) * 0.9 + (yy / H) * -1.0 + 0.38
        shadow = 1 - 0.64 * (1 / (1 + np.exp(-edge * 26)))
        a = a * light[..., None] * shadow[..., None]
        a[..., 2] *= 0.92
        a[..., 0] *= 1.03
        a += RNG.normal(0, 4, a.shape)
        photo = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        photo.save(buf, "JPEG", quality=68)
        buf.seek(0)
        pages.append(Image.open(buf).convert("RGB"))
    pages[0].save(dst_pdf, save_all=True, append_images=pages[1:], resolution=dpi)


def main():
    build_toulouse()
    build_clermont()
    build_lille()
    build_martinique()
    build_national()
    soffice(out(TT.STEM + ".docx"), "pdf:writer_pdf_Export")
    soffice(out(TC.STEM + ".docx"), "pdf:writer_pdf_Export")
    soffice(out(TL.STEM + ".odt"), "pdf:writer_pdf_Export")
    soffice(out(TL.STEM + ".odt"), 'docx:MS Word 2007 XML')
    soffice(out(TN.STEM + ".html"), "pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
    flatbed(out(TC.STEM + ".pdf"), out(TC.STEM + "_scan.pdf"))
    phone_photo(out(TM.STEM + ".pdf"), out(TM.STEM + "_scan.pdf"))
    for name in sorted(os.listdir(HERE)):
        if name.split(".")[-1] in ("pdf", "docx", "odt", "html"):
            print(f"{os.path.getsize(out(name)):>9}  {name}")


if __name__ == "__main__":
    main()
