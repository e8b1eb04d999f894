#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_v : DOCX (python-docx), ODT (écrit à la main), HTML, PDF (LibreOffice,
reportlab) et trois PDF image (copie scannée tamponnée, fax, photo de téléphone).

Usage : /work/main/.venv/bin/python build.py
N'utilise aucun module du projet.
"""
import copy
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_ci  # noqa: E402
import textes_esf  # noqa: E402
import textes_ms  # noqa: E402
import textes_ndrc  # noqa: E402
import textes_sio  # noqa: E402

LO_PROFILE = "file:///tmp/lo_independantes_v"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------------------------------------------------
# python-docx helpers
# ----------------------------------------------------------------------------------------------------------
def add_field(paragraph, instr):
    """Insert a simple Word field (PAGE, NUMPAGES…) with a cached value."""
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run._r.append(b)
    run = paragraph.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {instr} "; run._r.append(t)
    run = paragraph.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run._r.append(s)
    paragraph.add_run("1")
    run = paragraph.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run._r.append(e)


def fld(run, kind):
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); run._r.append(e)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit"); c.set(qn("w:val"), "true"); trPr.append(c)


def set_widths(table, widths):
    """Fix the grid (w:tblGrid) and every cell so that Word and LibreOffice keep the column widths."""
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
    tcPr.append(s)


def cell_text(cell, text, bold=False, size=9, align=None):
    """Write text in a cell; '\n' becomes separate lines (line breaks inside one paragraph)."""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold if i == 0 or not bold else False
        r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = align
    return p


def base_document(font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    return doc


def add_numbering_to_headings(doc):
    """Word auto-numbered headings: an abstractNum '1.' / '1.1.' linked to Heading 1 / Heading 2 styles."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum"); absn.set(qn("w:abstractNumId"), "77")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "multilevel"); absn.append(mlt)
    for ilvl, fmt in ((0, "%1."), (1, "%1.%2.")):
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt), ("w:lvlJc", "left")):
            e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
        ppr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(432 + 144 * ilvl)); ind.set(qn("w:hanging"), str(432 + 144 * ilvl))
        ppr.append(ind); lvl.append(ppr)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "77")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), "77"); num.append(an)
    numbering.append(num)
    for name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        st = doc.styles[name]
        ppr = st.element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numpr.append(il)
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), "77"); numpr.append(ni)
        # schema order: pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl, numPr, …
        before = [qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines"), qn("w:pageBreakBefore"), qn("w:framePr"),
                  qn("w:widowControl")]
        pos = 0
        for i, child in enumerate(list(ppr)):
            if child.tag in before:
                pos = i + 1
        ppr.insert(pos, numpr)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        st.font.name = "Arial"
        st.font.size = Pt(13 if ilvl == 0 else 11)


def add_toc(doc, entries):
    """A real TOC field (TOC \\o "1-2" \\h \\z \\u) whose cached result is written as Word would."""
    for i, (num, title, page) in enumerate(entries):
        p = doc.add_paragraph()
        level = num.count(".")
        p.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            fld(p.add_run(), "begin")
            r = p.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve")
            t.text = ' TOC \\o "1-2" \\h \\z \\u '; r._r.append(t)
            fld(p.add_run(), "separate")
        p.add_run(f"{num} {title}\t{page}")
        if i == len(entries) - 1:
            fld(p.add_run(), "end")


# ----------------------------------------------------------------------------------------------------------
# A. Montpellier – BTS ESF 2027 (DOCX : sommaire, titres numérotés automatiquement)
# ----------------------------------------------------------------------------------------------------------
def build_esf():
    T = textes_esf
    doc = base_document("Arial", 10)
    add_numbering_to_headings(doc)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Académie de Montpellier – DEC 3 – BTS ESF – session 2027"
    hp.runs[0].font.size = Pt(8); hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for footer in (sec.footer, sec.first_page_footer):
        fp = footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("Rectorat de Montpellier – 31 rue de l'Université – CS 39004 – 34064 Montpellier Cedex 2    page ")
        r.font.size = Pt(7.5)
        add_field(fp, "PAGE")

    # letterhead with a right tab stop for place and date
    for i, line in enumerate(T.EN_TETE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(line); r.bold = i < 2; r.font.size = Pt(9 if i > 1 else 10)
        if i == 1:
            p.add_run("\t" + T.LIEU_DATE).font.size = Pt(10)
    doc.add_paragraph()
    tbl = doc.add_table(rows=1, cols=2)
    left, right = tbl.rows[0].cells
    set_widths(tbl, [Cm(5.5), Cm(11.5)])
    cell_text(left, "\n".join(T.AFFAIRE), size=8)
    cell_text(right, T.EXPEDITEUR + "\n\n" + T.DESTINATAIRES, size=10)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run(T.OBJET).bold = True
    p = doc.add_paragraph("Références :"); p.paragraph_format.space_after = Pt(0)
    for ref in T.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(T.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = doc.add_paragraph(); r = p.add_run("Sommaire"); r.bold = True; r.font.size = Pt(12)
    add_toc(doc, T.TDM)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading(T.H1_ECRIT, level=1)
    doc.add_paragraph(T.ECRIT_AVANT)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.4), Cm(8.0), Cm(1.8), Cm(1.8), Cm(1.6)]
    for c, txt, w in zip(t.rows[0].cells, T.ECRIT_ENTETE, widths):
        cell_text(c, txt, bold=True); shade(c, "D9E2F3"); c.width = w
    for line in T.ECRIT_LIGNES:
        cells = t.add_row().cells
        for c, txt, w in zip(cells, line, widths):
            cell_text(c, txt); c.width = w
    set_widths(t, widths)
    note = t.add_row().cells
    merged = note[0].merge(note[4])
    cell_text(merged, "Nota : " + T.ECRIT_NOTE, size=8)

    doc.add_heading(T.H1_ORAL, level=1)
    doc.add_heading(T.H2_E1B, level=2); doc.add_paragraph(T.E1B)
    doc.add_heading(T.H2_E2, level=2); doc.add_paragraph(T.E2)
    doc.add_heading(T.H2_E3, level=2)
    doc.add_paragraph(T.E3_DOSSIER); doc.add_paragraph(T.E3_CONF); doc.add_paragraph(T.E3_ORAL)
    p = doc.add_paragraph(); r = p.add_run(T.VACANCES); r.italic = True; r.font.size = Pt(9)

    doc.add_heading(T.H1_CCF, level=1)
    for line in T.CCF:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading(T.H1_REUNIONS, level=1)
    for what, when in T.REUNIONS:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.5), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        p.add_run(what).bold = True
        p.add_run("\t" + when)

    doc.add_heading(T.H1_CENTRES, level=1)
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    widths = [Cm(7.0), Cm(4.0), Cm(6.0)]
    for c, txt, w in zip(t.rows[0].cells, T.CENTRES_ENTETE, widths):
        cell_text(c, txt, bold=True); shade(c, "D9E2F3"); c.width = w
    for lines, ville, epr in T.CENTRES:
        cells = t.add_row().cells
        cell_text(cells[0], "\n".join(lines), bold=True); cell_text(cells[1], ville); cell_text(cells[2], epr)
    set_widths(t, widths)

    doc.add_heading(T.H1_FORMATION, level=1)
    doc.add_paragraph(T.FORMATION_AVANT)
    for e in T.FORMATION:
        doc.add_paragraph(e, style="List Bullet")
    doc.add_paragraph()
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line); p.paragraph_format.left_indent = Cm(9.5); p.paragraph_format.space_after = Pt(0)

    # annexe in its own section
    new = doc.add_section()
    new.different_first_page_header_footer = False
    p = doc.add_paragraph(); r = p.add_run(T.ANNEXE_TITRE); r.bold = True; r.font.size = Pt(12)
    for line in T.ANNEXE:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(14)
    doc.save(out(T.STEM + ".docx"))


# ----------------------------------------------------------------------------------------------------------
# B. Strasbourg – BTS MS 2026 (DOCX : calendrier sur deux pages, ligne d'en-tête répétée)
# ----------------------------------------------------------------------------------------------------------
def build_ms():
    T = textes_ms
    doc = base_document("Times New Roman", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = T.REF
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(T.ADRESSE + " – page ").font.size = Pt(8)
    add_field(fp, "PAGE"); fp.add_run(" / ").font.size = Pt(8); add_field(fp, "NUMPAGES")

    for i, line in enumerate(T.EN_TETE):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line); r.bold = i == 0; r.font.size = Pt(12 if i == 0 else 9)
    p = doc.add_paragraph(T.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in T.DESTINATAIRES:
        p = doc.add_paragraph(line); p.paragraph_format.left_indent = Cm(8.5); p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run(T.OBJET).bold = True
    p = doc.add_paragraph("Visas :"); p.paragraph_format.space_after = Pt(0)
    for v in T.VISAS:
        doc.add_paragraph(v, style="List Number")
    for para in T.INTRO:
        q = doc.add_paragraph(para); q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        q.paragraph_format.first_line_indent = Cm(1.0)

    p = doc.add_paragraph(); p.add_run("CALENDRIER DE LA SESSION 2026").bold = True
    widths = [Cm(2.6), Cm(1.3), Cm(1.3), Cm(1.3), Cm(4.4), Cm(1.5), Cm(4.6)]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    hdr = t.rows[0]
    set_repeat_header(hdr)
    for c, txt, w in zip(hdr.cells, T.TAB_ENTETE, widths):
        cell_text(c, txt, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER); shade(c, "BFBFBF"); c.width = w

    def section_row(title):
        row = t.add_row(); set_cant_split(row)
        m = row.cells[0].merge(row.cells[6])
        cell_text(m, title, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER); shade(m, "E7E6E6")

    def data_rows(lines):
        prev = None
        for line in lines:
            row = t.add_row(); set_cant_split(row)
            cells = row.cells
            for j, (c, txt, w) in enumerate(zip(cells, line, widths)):
                c.width = w
                if j == 0 and txt is None:
                    continue
                cell_text(c, txt or "", size=8.5)
            if line[0] is None and prev is not None:
                prev.merge(cells[0])
            else:
                prev = cells[0]

    section_row(T.SECTION_ECRIT)
    data_rows(T.LIGNES_ECRIT)
    section_row(T.SECTION_PRATIQUE)
    data_rows(T.LIGNES_PRATIQUE)
    p = doc.add_paragraph(); r = p.add_run(T.NOTE_TABLEAU); r.italic = True; r.font.size = Pt(9)

    p = doc.add_paragraph(); p.add_run(T.H_DOSSIERS).bold = True
    for d in T.DOSSIERS:
        doc.add_paragraph(d, style="List Bullet")
    p = doc.add_paragraph(); p.add_run(T.H_REUNIONS).bold = True
    for d in T.REUNIONS:
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph()
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line); p.paragraph_format.left_indent = Cm(9.0); p.paragraph_format.space_after = Pt(0)
    doc.save(out(T.STEM + ".docx"))


# ----------------------------------------------------------------------------------------------------------
# C. Versailles – BTS CI 2028 (ODT écrit à la main : section à deux colonnes, jours en colonnes, notes)
# ----------------------------------------------------------------------------------------------------------
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def odt_lines(text, style="P"):
    parts = [escape(x) for x in text.split("\n")]
    return f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(parts) + "</text:p>"


def build_ci():
    T = textes_ci
    notes = {"(1)": T.NOTES[0], "(2)": T.NOTES[1]}

    def with_notes(s, style="P"):
        x = escape(s)
        for i, (mark, body) in enumerate(notes.items(), 1):
            fn = (f'<text:note text:id="ftn{i}" text:note-class="footnote"><text:note-citation>{i}</text:note-citation>'
                  f'<text:note-body><text:p text:style-name="Note">{escape(body)}</text:p></text:note-body></text:note>')
            x = x.replace(" " + escape(mark), fn)
        return f'<text:p text:style-name="{style}">{x}</text:p>'

    auto = """
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" table:align="center"/></style:style>
<style:style style:name="TabC0" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
<style:style style:name="TabC1" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#dce6f0"/></style:style>
<style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="Brk" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:break-before="column" fo:text-align="start"/></style:style>
<style:style style:name="PetitG" style:family="paragraph" style:parent-style-name="Petit"><style:paragraph-properties fo:text-align="start"/></style:style>
"""
    body = []
    for i, l in enumerate(T.EN_TETE):
        body.append(odt_lines(l, "Entete" if i == 0 else "Entete2"))
    body.append(odt_lines(T.LIEU_DATE, "Droite"))
    # two-column letter block
    body.append('<text:section text:style-name="Sect2" text:name="Bloc">')
    body.append(odt_lines("\n".join(T.COL_GAUCHE), "PetitG"))
    body.append(odt_lines("\n".join(T.COL_DROITE), "Brk"))
    body.append("</text:section>")
    body.append(odt_lines(T.OBJET, "Gras"))
    body.append(with_notes(T.REFERENCE, "Petit"))
    body.append(odt_lines(T.INTRO))
    body.append(odt_lines(T.H_ECRIT, "Titre"))
    # days as columns
    body.append('<table:table table:name="Ecrits" table:style-name="Tab">'
                '<table:table-column table:style-name="TabC0"/><table:table-column table:style-name="TabC1" table:number-columns-repeated="4"/>')
    body.append('<table:table-header-rows><table:table-row>')
    for j in T.JOURS:
        body.append(f'<table:table-cell table:style-name="CellH" office:value-type="string">{odt_lines(j, "Gras")}</table:table-cell>')
    body.append('</table:table-row></table:table-header-rows>')
    for row in (T.MATIN, T.APREM):
        body.append("<table:table-row>")
        for k, c in enumerate(row):
            body.append(f'<table:table-cell table:style-name="{"CellH" if k == 0 else "Cell"}" office:value-type="string">'
                        f'{odt_lines(c, "Gras" if k == 0 else "Cellule")}</table:table-cell>')
        body.append("</table:table-row>")
    body.append("</table:table>")
    body.append(odt_lines(T.ECRIT_NOTE, "Petit"))
    body.append(odt_lines(T.H_ORAL, "Titre"))
    body.append('<text:list text:style-name="Puces">')
    for o in T.ORAL:
        body.append("<text:list-item>" + with_notes(o) + "</text:list-item>")
    body.append("</text:list>")
    body.append(odt_lines(T.H_DOSSIERS, "Titre"))
    for d in T.DOSSIERS:
        body.append(odt_lines(d))
    body.append(odt_lines(T.H_CENTRES, "Titre"))
    body.append('<table:table table:name="Centres" table:style-name="Tab">'
                '<table:table-column table:style-name="TabC1" table:number-columns-repeated="3"/>')
    body.append('<table:table-header-rows><table:table-row>')
    for h in T.CENTRES_ENTETE:
        body.append(f'<table:table-cell table:style-name="CellH" office:value-type="string">{odt_lines(h, "Gras")}</table:table-cell>')
    body.append('</table:table-row></table:table-header-rows>')
    for dep, lines, ville in T.CENTRES:
        body.append("<table:table-row>")
        for c in (dep, "\n".join(lines), ville):
            body.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">{odt_lines(c, "Cellule")}</table:table-cell>')
        body.append("</table:table-row>")
    body.append("</table:table>")
    body.append(odt_lines(T.H_JURY, "Titre"))
    body.append(odt_lines(T.JURY))
    for s in T.SIGNATURE:
        body.append(odt_lines(s, "Signature"))

    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               f'<office:automatic-styles>{auto}</office:automatic-styles><office:body><office:text>'
               + "".join(body) + "</office:text></office:body></office:document-content>")
    styles = f"""<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS}>
<office:font-face-decls/>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10.5pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/><style:text-properties fo:font-family="'Liberation Sans'" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Entete" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#003366"/></style:style>
<style:style style:name="Entete2" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Droite" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.4cm"/></style:style>
<style:style style:name="Petit" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Gras" style:family="paragraph" style:parent-style-name="P"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Cellule" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Titre" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:margin-top="0.4cm" fo:border-bottom="0.5pt solid #003366"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#003366"/></style:style>
<style:style style:name="Signature" style:family="paragraph" style:parent-style-name="P"><style:paragraph-properties fo:margin-left="9cm" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Note" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.5cm"/></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:footer><text:p text:style-name="Footer">Académie de Versailles – DEC 4 – BTS CI session 2028 – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>"""
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODT_NS}><office:meta>'
            '<meta:generator>independantes_v build.py</meta:generator><dc:title>BTS CI session 2028</dc:title>'
            '<dc:language>fr-FR</dc:language></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    path = out(T.STEM + ".odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


# ----------------------------------------------------------------------------------------------------------
# D. Guyane – BTS NDRC 2027 (PDF dessiné avec reportlab : p. 1 et 3 portrait, p. 2 paysage)
# ----------------------------------------------------------------------------------------------------------
def build_ndrc():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    T = textes_ndrc
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    path = out(T.STEM + ".pdf")
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("BTS NDRC session 2027 – académie de la Guyane")

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(trial, font, size) <= width:
                cur = trial
            else:
                lines.append(cur); cur = w
        if cur:
            lines.append(cur)
        return lines

    def para(x, y, text, width, font="DV", size=10, lead=13.5):
        c.setFont(font, size)
        for line in wrap(text, font, size, width):
            c.drawString(x, y, line); y -= lead
        return y - 5

    W, H = A4
    # page 1 – portrait letter
    c.setFillColor(colors.HexColor("#00529b")); c.rect(40, H - 95, 6, 60, fill=1, stroke=0)
    c.setFillColor(colors.black)
    y = H - 50
    for i, l in enumerate(T.EN_TETE):
        c.setFont("DVB" if i == 0 else "DV", 12 if i == 0 else 9); c.drawString(55, y, l); y -= 15
    c.setFont("DV", 10); c.drawRightString(W - 45, H - 50, T.LIEU_DATE)
    c.setFont("DV", 8); c.drawRightString(W - 45, H - 64, T.NUMERO)
    y = H - 140
    for l in T.DEST:
        c.setFont("DV", 10); c.drawString(320, y, l); y -= 13
    y -= 15
    y = para(45, y, T.OBJET, W - 90, "DVB", 10.5)
    for p in T.CORPS:
        y = para(45, y, p, W - 90)
    y -= 20
    for l in T.SIGN:
        c.setFont("DV", 10); c.drawString(330, y, l); y -= 13
    c.setFont("DV", 7.5); c.drawCentredString(W / 2, 25, "Académie de la Guyane – DEC – BTS NDRC 2027 – 1/3")
    c.showPage()

    # page 2 – landscape calendar, one column of hours per territory
    c.setPageSize(landscape(A4))
    LW, LH = landscape(A4)
    c.setFont("DVB", 12); c.drawCentredString(LW / 2, LH - 45, T.P2_TITRE)
    cols = [95, 190, 38, 80, 80, 90, 80, 80]
    x0, y0, rh = 40, LH - 75, 42
    xs = [x0]
    for w in cols:
        xs.append(xs[-1] + w)
    c.setFillColor(colors.HexColor("#d9d9d9")); c.rect(x0, y0 - 22, sum(cols), 22, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#fff2cc")); c.rect(xs[5], y0 - 22 - rh * len(T.P2_LIGNES), cols[5], 22 + rh * len(T.P2_LIGNES), fill=1, stroke=0)
    c.setFillColor(colors.black)
    for j, h in enumerate(T.P2_ENTETE):
        c.setFont("DVB", 9); c.drawString(xs[j] + 4, y0 - 15, h)
    y = y0 - 22
    for row in T.P2_LIGNES:
        for j, txt in enumerate(row):
            lines = wrap(txt, "DV", 8.5, cols[j] - 8)
            for k, l in enumerate(lines):
                c.setFont("DVB" if j == 5 else "DV", 8.5); c.drawString(xs[j] + 4, y - 13 - k * 11, l)
        y -= rh
    c.setLineWidth(0.6)
    for k in range(len(T.P2_LIGNES) + 2):
        yy = y0 if k == 0 else y0 - 22 - (k - 1) * rh
        c.line(x0, yy, xs[-1], yy)
    for xx in xs:
        c.line(xx, y0, xx, y)
    y -= 20
    for n in T.P2_NOTES:
        c.setFont("DV", 8.5); c.drawString(x0, y, n); y -= 12
    c.setFont("DV", 7.5); c.drawCentredString(LW / 2, 25, "Académie de la Guyane – DEC – BTS NDRC 2027 – 2/3")
    c.showPage()

    # page 3 – portrait: orals, centres, jury
    c.setPageSize(A4)
    y = H - 60
    c.setFont("DVB", 12); c.drawString(45, y, T.P3_TITRE); y -= 30
    for what, when in T.P3_ORAUX:
        c.setFont("DVB", 10); c.drawString(55, y, what)
        c.setFont("DV", 10); c.drawString(350, y, when); y -= 17
    y -= 15
    c.setFont("DVB", 11); c.drawString(45, y, "Centres d'épreuves"); y -= 8
    cw = [170, 150, 180]
    for nom, adr, ville, epr in [("Centre", [], "Commune", "Épreuves")] + T.P3_CENTRES:
        hgt = 16 + 12 * len(adr)
        c.rect(45, y - hgt, sum(cw), hgt, stroke=1, fill=0)
        c.line(45 + cw[0], y, 45 + cw[0], y - hgt); c.line(45 + cw[0] + cw[1], y, 45 + cw[0] + cw[1], y - hgt)
        c.setFont("DVB", 9.5); c.drawString(50, y - 12, nom)
        for k, a in enumerate(adr):
            c.setFont("DV", 9); c.drawString(50, y - 24 - 12 * k, a)
        c.setFont("DV", 9.5); c.drawString(50 + cw[0], y - 12, ville); c.drawString(50 + cw[0] + cw[1], y - 12, epr)
        y -= hgt
    y -= 25
    for j in T.P3_JURY:
        y = para(45, y, j, W - 90)
    c.setFont("DV", 7.5); c.drawCentredString(W / 2, 25, "Académie de la Guyane – DEC – BTS NDRC 2027 – 3/3")
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------------------------
# E. Note nationale SIO 2028 (page HTML de type bulletin officiel)
# ----------------------------------------------------------------------------------------------------------
def build_sio():
    T = textes_sio
    e = escape
    rows = "".join(f'<tr><td width="22%">{e(a)}</td><td width="52%">{e(b)}</td><td width="16%">{e(c)}</td><td width="10%">{e(d)}</td></tr>' for a, b, c, d in T.ECRIT)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(T.TITRE)}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #1e1e1e; }}
nav {{ font-size: 8.5pt; color: #555; border-bottom: 1px solid #ccc; padding-bottom: 4px; }}
.rubrique {{ text-transform: uppercase; color: #000091; font-weight: bold; font-size: 9pt; margin-top: 14px; }}
h1 {{ font-size: 16pt; color: #000091; }}
h2 {{ font-size: 12pt; color: #000091; border-left: 4px solid #000091; padding-left: 6px; }}
.meta {{ font-size: 9pt; color: #444; }}
footer {{ font-size: 8pt; color: #666; border-top: 1px solid #ccc; margin-top: 20px; }}
</style></head>
<body>
<nav>{e(T.FIL)}</nav>
<p class="rubrique">{e(T.RUBRIQUE)}</p>
<h1>{e(T.TITRE)}</h1>
<p class="meta">{"<br>".join(e(m) for m in T.META)}</p>
<p><em>{e(T.DEST)}</em></p>
{"".join(f"<p>{e(p)}</p>" for p in T.INTRO)}
<h2>{e(T.H_ECRIT)}</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%"><thead><tr>{"".join(f'<th width="{w}%" bgcolor="#e3e3fd" align="left">{e(h)}</th>' for h, w in zip(T.ECRIT_ENTETE, (22, 52, 16, 10)))}</tr></thead><tbody>{rows}</tbody></table>
<ul>{"".join(f"<li>{e(p)}</li>" for p in T.ECRIT_APRES)}</ul>
<h2>{e(T.H_PRO)}</h2>
<ol>{"".join(f"<li>{e(p)}</li>" for p in T.PRO)}</ol>
<h2>{e(T.H_FAC)}</h2>
<p>{e(T.FAC)}</p>
<h2>{e(T.H_JURY)}</h2>
<p>{e(T.JURY)}</p>
<p style="margin-left:45%">{"<br>".join(e(s) for s in T.SIGN)}</p>
<footer>{e(T.PIED)}</footer>
</body></html>
"""
    with open(out(T.STEM + ".html"), "w", encoding="utf-8") as f:
        f.write(html)


# ----------------------------------------------------------------------------------------------------------
# LibreOffice conversions
# ----------------------------------------------------------------------------------------------------------
def soffice(files, infilter=None):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf:writer_pdf_Export", "--outdir", HERE] + [out(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ----------------------------------------------------------------------------------------------------------
# Paper: rasterise, degrade, save image-only PDFs
# ----------------------------------------------------------------------------------------------------------
def rasterise(pdf, dpi, gray=True):
    tmp = tempfile.mkdtemp(prefix="indep_v_")
    subprocess.run(["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + [pdf, os.path.join(tmp, "p")], check=True)
    pages = [Image.open(os.path.join(tmp, f)).copy() for f in sorted(os.listdir(tmp))]
    shutil.rmtree(tmp)
    return pages


def save_pdf(images, path, dpi):
    images[0].save(path, save_all=True, append_images=images[1:], resolution=float(dpi))


def scan_copie(src_pdf, dst_pdf, seed=11):
    """Flatbed scan, 200 dpi grey, slight skew, noise, big diagonal « COPIE » watermark and a round stamp."""
    rnd = random.Random(seed); rng = np.random.default_rng(seed)
    dpi = 200
    pages = []
    for k, im in enumerate(rasterise(src_pdf, dpi)):
        im = im.convert("L")
        w, h = im.size
        # diagonal watermark
        wm = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(wm)
        f = ImageFont.truetype(FONT_B, int(w * 0.22))
        d.text((w * 0.08, h * 0.38), "COPIE", font=f, fill=255)
        wm = wm.rotate(35, resample=Image.BICUBIC, center=(w / 2, h / 2))
        arr = np.asarray(im).astype(np.float32)
        arr = np.minimum(arr, 255 - np.asarray(wm).astype(np.float32) * 0.42)
        im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        if k == 0:  # rectangular "COPIE CONFORME" stamp across the letterhead
            st = Image.new("L", (int(w * 0.36), int(h * 0.06)), 0)
            sd = ImageDraw.Draw(st)
            sd.rectangle([4, 4, st.size[0] - 5, st.size[1] - 5], outline=255, width=6)
            sd.text((st.size[0] * 0.06, st.size[1] * 0.25), "COPIE CONFORME", font=ImageFont.truetype(FONT_B, int(st.size[1] * 0.38)), fill=255)
            st = st.rotate(-8, expand=True, resample=Image.BICUBIC)
            base = np.asarray(im).astype(np.float32)
            x, y = int(w * 0.50), int(h * 0.07)
            sa = np.asarray(st).astype(np.float32)[: h - y, : w - x]
            base[y:y + sa.shape[0], x:x + sa.shape[1]] = np.minimum(base[y:y + sa.shape[0], x:x + sa.shape[1]], 255 - sa * 0.6)
            im = Image.fromarray(base.clip(0, 255).astype(np.uint8))
        im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=250, expand=False)
        arr = np.asarray(im).astype(np.float32)
        arr = arr * 0.93 + 12 + rng.normal(0, 7, arr.shape)
        arr[:, : int(w * 0.012)] *= 0.55  # dark scanner edge
        im = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    save_pdf(pages, dst_pdf, dpi)


def fax(src_pdf, dst_pdf, seed=5):
    """Multi-page fax: 150 dpi, black and white thresholded, fax header line on every page, streaks."""
    rng = np.random.default_rng(seed)
    dpi = 150
    src = rasterise(src_pdf, dpi)
    n = len(src)
    f = ImageFont.truetype(FONT_MONO, 17)
    pages = []
    for k, im in enumerate(src):
        im = im.convert("L")
        w, h = im.size
        canvas_ = Image.new("L", (w, h), 255)
        canvas_.paste(im.resize((w, int(h * 0.965))), (0, int(h * 0.03)))
        d = ImageDraw.Draw(canvas_)
        d.text((20, 8), f"12/03/2026 08:53  +33 3 88 23 38 40   RECTORAT STRASBOURG DEC2   #0731  P.{k + 1:03d}/{n:03d}", font=f, fill=0)
        arr = np.asarray(canvas_).astype(np.float32)
        arr += rng.normal(0, 22, arr.shape)
        bw = np.where(arr < 150, 0, 255).astype(np.uint8)
        # random speckles and a vertical streak
        sp = rng.random(bw.shape) < 0.0015
        bw[sp] = 0
        x = int(w * (0.3 + 0.4 * rng.random()))
        bw[:, x] = np.where(rng.random(h) < 0.6, 0, bw[:, x])
        pages.append(Image.fromarray(bw).convert("1"))
    save_pdf(pages, dst_pdf, dpi)


def photo(src_pdf, dst_pdf, seed=3):
    """Phone photo: perspective, uneven lighting, JPEG. The landscape page is shot with the phone held upright,
    so its image is portrait and the text runs sideways (rotated 90°)."""
    rnd = random.Random(seed); rng = np.random.default_rng(seed)
    pages = []
    for k, im in enumerate(rasterise(src_pdf, 170, gray=False)):
        im = im.convert("RGB")
        if im.width > im.height:
            im = im.rotate(90, expand=True)
        w, h = im.size
        W, H = int(w * 1.12), int(h * 1.10)
        bg = Image.new("RGB", (W, H), (92, 78, 64))  # wooden table
        bg.paste(im, ((W - w) // 2, (H - h) // 2))
        # perspective: map output quad to input
        dx, dy = W * 0.05, H * 0.04
        quad = (dx * rnd.uniform(0.2, 1.0), dy * rnd.uniform(0.2, 1.0),
                dx * rnd.uniform(0.0, 0.6), H - dy * rnd.uniform(0.3, 1.0),
                W - dx * rnd.uniform(0.5, 1.2), H - dy * rnd.uniform(0.0, 0.5),
                W - dx * rnd.uniform(0.0, 0.5), dy * rnd.uniform(0.3, 1.1))
        im2 = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
        arr = np.asarray(im2).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        light = 1.0 - 0.28 * ((xx / W - 0.8) ** 2 + (yy / H - 0.15) ** 2)  # light from top right
        shadow = np.where((xx / W + yy / H) > 1.45, 0.82, 1.0)  # phone shadow in a corner
        arr = arr * (light * shadow)[..., None] * np.array([1.0, 0.97, 0.9]) + rng.normal(0, 4, arr.shape)
        im3 = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO(); im3.save(buf, "JPEG", quality=68); buf.seek(0)
        pages.append(Image.open(buf).convert("RGB"))
    save_pdf(pages, dst_pdf, 170)


def main():
    build_esf(); build_ms(); build_ci(); build_ndrc(); build_sio()
    soffice([textes_esf.STEM + ".docx", textes_ms.STEM + ".docx", textes_ci.STEM + ".odt"])
    soffice([textes_sio.STEM + ".html"], infilter="HTML (StarWriter)")
    scan_copie(out(textes_esf.STEM + ".pdf"), out(textes_esf.STEM + "_scan.pdf"))
    fax(out(textes_ms.STEM + ".pdf"), out(textes_ms.STEM + "_scan.pdf"))
    photo(out(textes_ndrc.STEM + ".pdf"), out(textes_ndrc.STEM + "_scan.pdf"))
    print("ok")


if __name__ == "__main__":
    main()
