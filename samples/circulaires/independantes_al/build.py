#!/usr/bin/env python3
"""Build the independantes_al corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import glob, io, os, random, shutil, subprocess, tempfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_rennes as TR
import textes_besancon as TB
import textes_grenoble as TG
import textes_poitiers as TP
import textes_ccst as TC

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_al"
random.seed(11)
np.random.seed(11)


# ------------------------------------------------------------------ docx helpers
def base_doc(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.7)
    return doc


def para(doc_or_cell, text="", bold=False, size=None, align=None, italic=False, color=None, space_after=None):
    p = doc_or_cell.add_paragraph()
    add_lines(p, text, bold=bold, size=size, italic=italic, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_lines(p, text, bold=False, size=None, italic=False, color=None):
    """Text with '\n' written as manual line breaks (Shift+Enter, <w:br/>) inside one paragraph."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            r.add_break()
    return p


def cell_set(cell, text, bold=False, size=9, align=None, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    add_lines(p, text, bold=bold, size=size)
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    if fill:
        shade(cell, fill)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(cell, sides=("top", "bottom")):
    """Erase some borders of a cell (the spacer columns look like gaps in the grid)."""
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for s in sides:
        e = OxmlElement(f"w:{s}"); e.set(qn("w:val"), "nil"); b.append(e)
    tcPr.append(b)


def set_widths(table, widths_cm):
    table.autofit = False
    tw = [int(w * 567) for w in widths_cm]
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, tw):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(w))


def header_lines(doc, lines, size=8):
    hp = doc.sections[0].header.paragraphs[0]
    for i, line in enumerate(lines):
        r = hp.add_run(line); r.font.size = Pt(size); r.bold = i < 2
        if i < len(lines) - 1:
            r.add_break()


def courier(doc, lines, size=8.5, one_paragraph=False):
    """A calendar typed with spaces in a monospaced font: either one paragraph per line, or one paragraph with
    manual line breaks. Every w:t keeps its spaces (xml:space="preserve")."""
    def run(p, text):
        r = p.add_run(text)
        r.font.name = "Courier New"
        r.font.size = Pt(size)
        rpr = r._r.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(a), "Courier New")
        for t in r._r.findall(qn("w:t")):
            t.set(qn("xml:space"), "preserve")
        return r
    if one_paragraph:
        p = doc.add_paragraph()
        for i, line in enumerate(lines):
            r = run(p, line)
            if i < len(lines) - 1:
                r.add_break()
        p.paragraph_format.space_after = Pt(6)
        return
    for line in lines:
        p = doc.add_paragraph()
        run(p, line)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
    doc.add_paragraph()


def heading(doc, text, size=11, color="1F3864"):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    return p


def signature(doc, lines):
    for i, line in enumerate(lines):
        p = para(doc, line, bold=i == len(lines) - 1, space_after=0)
        p.paragraph_format.left_indent = Cm(9)


def nested_centres(cell, centres, size=8):
    """A small table (Centre | Ville) nested inside a table cell."""
    cell.text = ""
    t = cell.add_table(rows=len(centres) + 1, cols=2)
    t.style = "Table Grid"
    cell_set(t.cell(0, 0), "Centre", bold=True, size=size, fill="EDEDED")
    cell_set(t.cell(0, 1), "Ville", bold=True, size=size, fill="EDEDED")
    for i, (c, v) in enumerate(centres, 1):
        cell_set(t.cell(i, 0), c, size=size)
        cell_set(t.cell(i, 1), v, size=size)
    set_widths(t, [3.0, 1.9])
    # python-docx leaves the cell's initial empty paragraph before the nested table: drop it, keep the one after
    first = cell._tc.findall(qn("w:p"))
    if len(first) > 1:
        cell._tc.remove(first[0])


# ------------------------------------------------------------------ A. Rennes CG 2027
def build_rennes():
    doc = base_doc()
    header_lines(doc, TR.EN_TETE)
    para(doc, TR.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TR.DESTINATAIRES, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, TR.OBJET, bold=True)
    # references typed as one paragraph with a manual line break
    para(doc, "\n".join(TR.REFERENCES), size=9, italic=True)
    para(doc, TR.INTRO)
    heading(doc, TR.H_ECRITS)
    para(doc, TR.ECRITS_AVANT)
    t = doc.add_table(rows=1 + len(TR.ECRITS), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(TR.ECRITS_ENTETE):
        cell_set(t.cell(0, j), h, bold=True, fill="D9E2F3" if h else None)
    for i, row in enumerate(TR.ECRITS, 1):
        for j, v in enumerate(row):
            cell_set(t.cell(i, j), v, align=WD_ALIGN_PARAGRAPH.RIGHT if j == 0 else None)
    for i in range(len(TR.ECRITS) + 1):
        for j in (2, 5):
            no_borders(t.cell(i, j))
    set_widths(t, [2.0, 2.2, 0.3, 1.2, 7.0, 0.3, 2.5])
    para(doc, "")
    para(doc, TR.ECRITS_APRES, size=9)
    para(doc, TR.ENTENTE)
    heading(doc, TR.H_ORAUX)
    para(doc, TR.ORAUX_AVANT)
    t = doc.add_table(rows=1 + len(TR.ORAUX), cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(TR.ORAUX_ENTETE):
        cell_set(t.cell(0, j), h, bold=True, fill="D9E2F3" if h else None)
    for i, row in enumerate(TR.ORAUX, 1):
        for j, v in enumerate(row):
            cell_set(t.cell(i, j), v)
    for i in range(len(TR.ORAUX) + 1):
        no_borders(t.cell(i, 1))
        # the day and its date sit in two cells; only the line between them is erased
        no_borders(t.cell(i, 2), sides=("right",)); no_borders(t.cell(i, 3), sides=("left",))
        no_borders(t.cell(i, 4), sides=("right",)); no_borders(t.cell(i, 5), sides=("left",))
    set_widths(t, [5.4, 0.3, 1.7, 1.5, 1.8, 1.5, 4.8])
    heading(doc, TR.H_DOSSIERS, size=10, color="2F5496")
    for x in TR.DOSSIERS:
        para(doc, x)
    heading(doc, TR.H_CENTRES)
    t = doc.add_table(rows=len(TR.CENTRES), cols=3)
    for i, (nom, rue, ville, quoi) in enumerate(TR.CENTRES):
        cell_set(t.cell(i, 0), nom, bold=True)
        cell_set(t.cell(i, 1), f"{rue}\n{ville}")
        cell_set(t.cell(i, 2), quoi)
    set_widths(t, [5.0, 6.5, 5.0])
    heading(doc, TR.H_FIN)
    for x in TR.FIN:
        para(doc, x)
    para(doc, "")
    signature(doc, TR.SIGNATURE)
    heading(doc, TR.H_ETAB, size=9.5)
    for x in TR.ETAB:
        para(doc, "– " + x, size=9, space_after=0)
    doc.save(P("circulaire_cg_2027_rennes.docx"))


# ------------------------------------------------------------------ B. Besançon GPME 2026
def build_besancon():
    doc = base_doc(font="Liberation Serif", size=10.5)
    t = doc.add_table(rows=1, cols=2)  # letterhead: a borderless two-cell table
    cell_set(t.cell(0, 0), "\n".join(TB.EN_TETE), bold=True, size=9)
    cell_set(t.cell(0, 1), f"{TB.LIEU_DATE}\nRéf. : {TB.REF_DOSSIER}", size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(t, [10.0, 7.0])
    para(doc, "")
    para(doc, TB.OBJET, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, TB.REFERENCES, size=9, italic=True)
    for x in TB.INTRO:
        para(doc, x)
    heading(doc, TB.H_TABLEAU, color="7F3F00")
    t = doc.add_table(rows=1 + len(TB.LIGNES), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(TB.ENTETE):
        cell_set(t.cell(0, j), h, bold=True, fill="FBE4D5")
    for i, row in enumerate(TB.LIGNES, 1):
        cell_set(t.cell(i, 0), row[0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_set(t.cell(i, 1), row[1])
        cell_set(t.cell(i, 2), row[2])
        if isinstance(row[3], list):
            nested_centres(t.cell(i, 3), row[3])
        else:
            cell_set(t.cell(i, 3), row[3])
    set_widths(t, [1.6, 3.4, 6.6, 5.4])
    para(doc, "")
    for x in TB.APRES_TABLEAU:
        para(doc, x)
    heading(doc, TB.H_ADRESSES, color="7F3F00")
    # one paragraph, addresses separated by manual line breaks
    para(doc, "\n".join(TB.ADRESSES), size=10)
    heading(doc, TB.H_DIVERS, color="7F3F00")
    for x in TB.DIVERS:
        para(doc, x)
    p = para(doc, TB.ATTENTION, bold=True, color="C00000")
    p.paragraph_format.space_before = Pt(8)
    para(doc, "")
    signature(doc, TB.SIGNATURE)
    doc.save(P("circulaire_gpme_2026_besancon.docx"))


# ------------------------------------------------------------------ C. Grenoble Tourisme 2028
def build_grenoble():
    doc = base_doc(font="Liberation Sans", size=10)
    header_lines(doc, TG.EN_TETE, size=8.5)
    para(doc, TG.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TG.OBJET, bold=True)
    for x in TG.REFERENCES:
        para(doc, x, size=9, space_after=0)
    para(doc, "")
    para(doc, TG.INTRO)
    heading(doc, TG.H1, size=10.5, color="000000")
    courier(doc, TG.COURIER)                      # one paragraph per typed line
    for x in TG.APRES_COURIER:
        para(doc, x)
    heading(doc, TG.H2, size=10.5, color="000000")
    courier(doc, TG.COURIER_ORAUX, size=8, one_paragraph=True)  # one paragraph, Shift+Enter between lines
    for x in TG.ORAUX:
        para(doc, x)
    heading(doc, TG.H3, size=10.5, color="000000")
    for x in TG.CENTRES:
        para(doc, "- " + x, space_after=1)
    heading(doc, TG.H4, size=10.5, color="000000")
    for x in TG.FIN:
        para(doc, x)
    para(doc, "")
    signature(doc, TG.SIGNATURE)
    doc.save(P("circulaire_tourisme_2028_grenoble.docx"))


# ------------------------------------------------------------------ E. note nationale CCST 2027
def build_ccst():
    doc = base_doc(font="Liberation Sans", size=10)
    for i, line in enumerate(TC.EN_TETE):
        para(doc, line, bold=i == 0, size=9 if i else 10, space_after=0)
    para(doc, "")
    para(doc, TC.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TC.DESTINATAIRES, size=9, italic=True)
    para(doc, TC.OBJET, bold=True)
    para(doc, TC.REFERENCES, size=9)
    para(doc, TC.INTRO)
    # a one-cell framing table, holding a title and a nested table
    frame = doc.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    cell = frame.cell(0, 0)
    shade(cell, "F2F2F2")
    cell_set(cell, TC.CADRE_TITRE, bold=True, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    inner = cell.add_table(rows=1 + len(TC.LIGNES), cols=6)
    inner.style = "Table Grid"
    for j, h in enumerate(TC.ENTETE):
        cell_set(inner.cell(0, j), h, bold=True, size=8.5, fill="FFFFFF" if not h else "DEEAF6")
    for i, row in enumerate(TC.LIGNES, 1):
        for j, v in enumerate(row):
            cell_set(inner.cell(i, j), v, size=8.5, fill="FFFFFF")
    for i in range(len(TC.LIGNES) + 1):
        for j in (1, 3):
            no_borders(inner.cell(i, j))
    set_widths(inner, [5.2, 0.3, 1.7, 0.3, 4.4, 2.6])
    set_widths(frame, [15.2])
    para(cell, "Source : bureau DGESCO A2-3", size=7, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "")
    for x in TC.APRES:
        para(doc, x)
    heading(doc, TC.H_SUJETS, size=10.5)
    para(doc, TC.SUJETS)
    para(doc, TC.ATTENTION, bold=True)
    para(doc, "")
    signature(doc, TC.SIGNATURE)
    doc.save(P("note_nationale_ccst_2027.docx"))


# ------------------------------------------------------------------ D. Poitiers ET 2029 (flat ODF, written by hand)
FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.12cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm"
     fo:margin-bottom="1.6cm" fo:margin-left="1.9cm" fo:margin-right="1.9cm"/>
  </style:page-layout>
  <style:style style:name="Head" style:family="paragraph"><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#444444"/></style:style>
  <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
  <style:style style:name="Obj" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
  <style:style style:name="Ref" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
  <style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt" fo:color="#1F4E79"/></style:style>
  <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
  <style:style style:name="CellB" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Att" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:padding="0.15cm" fo:border="0.5pt solid #C00000"/><style:text-properties fo:font-weight="bold" fo:color="#C00000"/></style:style>
  <style:style style:name="Sig" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm" fo:margin-bottom="0cm"/></style:style>
  <style:style style:name="T" style:family="table"><style:table-properties style:width="17.2cm" table:align="left"/></style:style>
  <style:style style:name="Sub" style:family="table"><style:table-properties style:width="5.2cm" table:align="left"/></style:style>
  <style:style style:name="Cb" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="Ch" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#DDEBF7"/></style:style>
  <style:style style:name="Cs" style:family="table-cell"><style:table-cell-properties fo:padding="0cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-top="none" fo:border-bottom="none"/></style:style>
  <style:style style:name="Cn" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>
  %COLS%
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
 <office:body><office:text>
"""


def x(text):
    """Escape and turn '\n' into a manual line break."""
    return "<text:line-break/>".join(escape(s) for s in text.split("\n"))


def p(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{x(text)}</text:p>\n'


def col_styles(name, widths):
    return "".join(f'<style:style style:name="{name}{i}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))


def cols(name, n):
    return "".join(f'<table:table-column table:style-name="{name}{i}"/>' for i in range(n))


def tcell(content, style="Cb", para_style="Cell", raw=False):
    inner = content if raw else p(content, para_style)
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{inner}</table:table-cell>'


def subtable(name, centres):
    rows = "".join(f"<table:table-row>{tcell(c, 'Cn')}{tcell(v, 'Cn')}</table:table-row>" for c, v in centres)
    return (f'<table:table table:name="{name}" table:style-name="Sub">{cols("SC", 2)}'
            f'<table:table-row>{tcell("Centre", "Cn", "CellB")}{tcell("Ville", "Cn", "CellB")}</table:table-row>'
            f"{rows}</table:table>")


def build_poitiers():
    W1 = [1.6, 1.5, 0.3, 5.3, 2.5, 6.0]
    W2 = [4.6, 2.9, 0.3, 3.4, 6.0]
    out = [FODT_HEAD.replace("%COLS%", col_styles("A", W1) + col_styles("B", W2) + col_styles("SC", [3.4, 2.5]))]
    out += [p(line, "Head") for line in TP.EN_TETE]
    out += [p(TP.LIEU_DATE, "Right"), p(TP.OBJET, "Obj"), p(TP.REFERENCES, "Ref"), p(TP.INTRO), p(TP.H1, "H")]
    rows = [f'<table:table-row>{"".join(tcell(h, "Cs" if not h else "Ch", "CellB") for h in TP.ENTETE)}</table:table-row>']
    for k, r in enumerate(TP.ECRITS):
        cells = [tcell(r[0]), tcell(r[1]), tcell("", "Cs"), tcell(r[3]), tcell(r[4])]
        if k == 0:  # one nested table for all the written papers: the last column is merged downwards
            cells.append(f'<table:table-cell table:style-name="Cb" table:number-rows-spanned="{len(TP.ECRITS)}" '
                         f'office:value-type="string">{subtable("CentresEcrits", TP.CENTRES_ECRITS)}</table:table-cell>')
        else:
            cells.append("<table:covered-table-cell/>")
        rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    out.append(f'<table:table table:name="Ecrits" table:style-name="T">{cols("A", 6)}{"".join(rows)}</table:table>\n')
    out += [p(t) for t in TP.APRES_ECRITS]
    out.append(p(TP.H2, "H"))
    rows = [f'<table:table-row>{"".join(tcell(h, "Cs" if not h else "Ch", "CellB") for h in TP.ENTETE2)}</table:table-row>']
    for k, r in enumerate(TP.ORAUX):
        cells = [tcell(r[0]), tcell(r[1]), tcell("", "Cs"), tcell(r[3]),
                 tcell(subtable(f"CentresOraux{k}", r[4]), raw=True)]
        rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    out.append(f'<table:table table:name="Oraux" table:style-name="T">{cols("B", 5)}{"".join(rows)}</table:table>\n')
    out.append(p(TP.APRES_ORAUX))
    out.append(p(TP.H3, "H"))
    out.append(p("\n".join(TP.ADRESSES)))
    out.append(p(TP.H4, "H"))
    out += [p(t) for t in TP.FIN]
    out.append(p(TP.ATTENTION, "Att"))
    out.append(p(""))
    out += [p(s, "Sig") for s in TP.SIGNATURE]
    out.append("</office:text></office:body></office:document>\n")
    with open(P("circulaire_et_2029_poitiers.fodt"), "w", encoding="utf-8") as f:
        f.write("".join(out))


# ------------------------------------------------------------------ conversions
def to_pdf(src):
    tmp = tempfile.mkdtemp(prefix="al_pdf_")
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, P(src)], check=True, capture_output=True, timeout=240)
    out = os.path.join(tmp, os.path.splitext(src)[0] + ".pdf")
    shutil.move(out, P(os.path.splitext(src)[0] + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def scan(src_pdf, dst_pdf, dpi=150):
    """Flatbed scan look: grey, slight rotation, noise, blur, JPEG; an image-only PDF (no text layer)."""
    tmp = tempfile.mkdtemp(prefix="al_scan_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", P(src_pdf), os.path.join(tmp, "p")], check=True)
    pages = []
    for k, f in enumerate(sorted(glob.glob(os.path.join(tmp, "p*.png")))):
        im = Image.open(f).convert("L")
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.88 + 18                                   # greyish paper, weaker blacks
        h, w = a.shape
        a += np.linspace(0, 14, w)[None, :]                 # uneven lighting across the page
        a += np.random.normal(0, 7, a.shape)                # sensor noise
        a[:, : int(w * 0.015)] *= 0.55                      # dark band at the lid edge
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=60); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(P(dst_pdf), "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi))
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    build_rennes(); build_besancon(); build_grenoble(); build_ccst(); build_poitiers()
    for src in ("circulaire_cg_2027_rennes.docx", "circulaire_gpme_2026_besancon.docx",
                "circulaire_tourisme_2028_grenoble.docx", "note_nationale_ccst_2027.docx",
                "circulaire_et_2029_poitiers.fodt"):
        to_pdf(src)
    scan("circulaire_tourisme_2028_grenoble.pdf", "circulaire_tourisme_2028_grenoble_scan.pdf")
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".fodt")):
            print(f"{f:48s} {os.path.getsize(P(f)):>9d}")


if __name__ == "__main__":
    main()
