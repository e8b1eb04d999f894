#!/usr/bin/env python3
"""Construit le corpus independantes_h à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Sorties : DOCX (python-docx), HTML, ODT (XML écrit à la main), PDF (LibreOffice ou reportlab), scans image.
N'utilise aucun code du projet.
"""
import io
import math
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_courriel as TC
import textes_grenoble as TG
import textes_nantes as TN
import textes_nationale as TNAT
import textes_orleans as TO
import textes_rennes as TR

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_independantes_h"
FONT_DIR = "/usr/share/fonts/truetype"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers docx
def set_cell_shading(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_page_field(paragraph, prefix=""):
    if prefix:
        paragraph.add_run(prefix)
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif text:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)


def cell_text(cell, text, bold=False, size=9, align=None, italic=False):
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
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def base_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    return doc


def para(doc, text="", bold=False, size=None, align=None, italic=False, after=4, before=0):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    return p


# ---------------------------------------------------------------- A. Rennes (docx)
def build_rennes():
    doc = base_document("Arial", 10)
    sec = doc.sections[0]
    # en-tête : tableau deux colonnes (bloc marianne / service)
    hdr = sec.header
    t = hdr.add_table(rows=1, cols=2, width=Cm(17))
    cell_text(t.cell(0, 0), "\n".join(TR.ENTETE_GAUCHE), bold=True, size=8)
    cell_text(t.cell(0, 1), "\n".join(TR.ENTETE_DROITE), size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TR.PIED + "   –   page ")
    r.font.size = Pt(7)
    add_page_field(fp)

    # bloc affaire suivie (gauche) / lieu-date et destinataires (droite) : tableau sans bordure
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), "\n".join(TR.AFFAIRE), size=8)
    cell_text(t.cell(0, 1), TR.LIEU_DATE + "\n\n" + TR.EXPEDITEUR + "\n\n" + TR.DESTINATAIRES, size=9)
    para(doc)
    para(doc, TR.OBJET, bold=True)
    para(doc, TR.REFERENCES, italic=True, size=9)
    para(doc, TR.INTRO, after=8)

    # section paysage : calendrier
    land = doc.add_section()
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    land.left_margin = land.right_margin = Cm(1.5)
    para(doc, TR.TITRE_CAL, bold=True, size=12, after=6)
    widths = [Cm(4.2), Cm(1.6), Cm(7.0), Cm(2.2), Cm(2.0), Cm(1.5), Cm(8.0)]
    nrows = 1 + 1 + len(TR.ECRITS) + 1 + len(TR.ORAUX)
    tab = doc.add_table(rows=nrows, cols=7)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(TR.COLONNES):
        cell_text(tab.cell(0, i), c, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_shading(tab.cell(0, i), "D9E2F3")
    set_repeat_header(tab.rows[0])
    row = 1
    m = tab.cell(row, 0).merge(tab.cell(row, 6))
    cell_text(m, TR.ECRITS_TITRE, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_shading(m, "EDEDED")
    row += 1
    first_row_of_date = {}
    for line in TR.ECRITS:
        date = line[0]
        for i, v in enumerate(line):
            if i == 0 and date in first_row_of_date:
                continue
            cell_text(tab.cell(row, i), v, size=9, bold=(i == 1))
        if date in first_row_of_date:
            top = first_row_of_date[date]
            merged = tab.cell(top, 0).merge(tab.cell(row, 0))
            cell_text(merged, date, size=9)
        else:
            first_row_of_date[date] = row
        row += 1
    m = tab.cell(row, 0).merge(tab.cell(row, 6))
    cell_text(m, TR.ORAUX_TITRE, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_shading(m, "EDEDED")
    row += 1
    for line in TR.ORAUX:
        date, code, title, deb, fin, dur, obs = line
        cell_text(tab.cell(row, 0), date, size=9)
        cell_text(tab.cell(row, 1), code, size=9, bold=True)
        cell_text(tab.cell(row, 2), title, size=9)
        if fin is None:  # « selon convocation » sur Début + Fin
            mc = tab.cell(row, 3).merge(tab.cell(row, 4))
            cell_text(mc, deb, size=9, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            cell_text(tab.cell(row, 3), deb, size=9)
            cell_text(tab.cell(row, 4), fin, size=9)
        cell_text(tab.cell(row, 5), dur, size=9)
        cell_text(tab.cell(row, 6), obs, size=8, italic=True)
        row += 1
    for r_ in tab.rows:
        for i, w in enumerate(widths):
            r_.cells[i].width = w
    para(doc, TR.NOTE_CAL, size=9, italic=True, before=6)

    # retour en portrait
    port = doc.add_section()
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = Cm(21), Cm(29.7)
    port.left_margin = port.right_margin = Cm(2)
    para(doc, TR.TITRE_DOSSIERS, bold=True, size=11, after=6)
    for item in TR.DOSSIERS:
        p = doc.add_paragraph(item, style="List Number")
        p.paragraph_format.space_after = Pt(3)
    para(doc)
    para(doc, TR.TITRE_CENTRES, bold=True, size=11, after=6)
    ct = doc.add_table(rows=1 + len(TR.CENTRES), cols=4)
    ct.style = "Table Grid"
    for i, c in enumerate(TR.COL_CENTRES):
        cell_text(ct.cell(0, i), c, bold=True, size=9)
        set_cell_shading(ct.cell(0, i), "D9E2F3")
    for j, (nom, adr, ville, ep) in enumerate(TR.CENTRES, start=1):
        cell_text(ct.cell(j, 0), nom, size=9, bold=True)
        cell_text(ct.cell(j, 1), adr, size=9)
        cell_text(ct.cell(j, 2), ville, size=9)
        cell_text(ct.cell(j, 3), ep, size=9)
    para(doc)
    para(doc, TR.TITRE_FORMATION, bold=True, size=10, after=4)
    for f in TR.FORMATION:
        doc.add_paragraph(f, style="List Bullet")
    para(doc)
    for i, s in enumerate(TR.SIGNATURE):
        para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, bold=(i == len(TR.SIGNATURE) - 1))
    para(doc)
    para(doc, TR.ACCUSE, size=8, italic=True, before=18)
    doc.save(out("circulaire_sn_2028_rennes.docx"))


# ---------------------------------------------------------------- B. Nantes (docx, listes imbriquées)
def build_nantes():
    doc = base_document("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    for i, (g, d) in enumerate(TN.ENTETE):
        p = hp if i == 0 else sec.header.add_paragraph()
        if i:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(g)
        r.bold = i == 0
        r.font.size = Pt(9)
        r2 = p.add_run("\t" + d)
        r2.font.size = Pt(8)
        p.paragraph_format.space_after = Pt(0)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TN.PIED + " – ")
    r.font.size = Pt(7)
    add_page_field(fp)

    p = para(doc, TN.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, after=10)
    for line in TN.DESTINATAIRES.split("\n"):
        para(doc, line, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, size=10)
    para(doc)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
    r = p.add_run("Objet :\t")
    r.bold = True
    p.add_run(TN.OBJET).bold = True
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
    p.paragraph_format.left_indent = Cm(2.5)
    p.paragraph_format.first_line_indent = Cm(-2.5)
    p.add_run("Réf. :\t").bold = True
    p.add_run(" ".join(TN.REFERENCES)).font.size = Pt(9)
    para(doc, TN.INTRO, after=8)

    para(doc, TN.T1, bold=True, size=12, after=4)
    for date, items in TN.ECRITS:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(date).bold = True
        p.paragraph_format.space_after = Pt(0)
        for it in items:
            q = doc.add_paragraph(it, style="List Bullet 2")
            q.paragraph_format.space_after = Pt(0)
    para(doc, TN.NUMERISATION, size=10, before=6)

    para(doc, TN.T2, bold=True, size=12, after=4, before=6)
    for o in TN.ORAUX:
        para(doc, o, after=4)

    para(doc, TN.T3, bold=True, size=12, after=4, before=6)
    t = doc.add_table(rows=1 + len(TN.ADMIN), cols=4)
    t.style = "Light Grid Accent 1"
    for i, c in enumerate(TN.COL_ADMIN):
        cell_text(t.cell(0, i), c, bold=True, size=9)
    for j, row in enumerate(TN.ADMIN, start=1):
        for i, v in enumerate(row):
            cell_text(t.cell(j, i), v, size=9)
    for r_ in t.rows:
        for i, w in enumerate([Cm(7), Cm(4.3), Cm(1.6), Cm(4.1)]):
            r_.cells[i].width = w
    para(doc, TN.VACANCES, size=9, italic=True, before=4)

    para(doc, TN.T4, bold=True, size=12, after=4, before=6)
    t = doc.add_table(rows=1 + len(TN.CENTRES), cols=2)
    t.style = "Table Grid"
    for i, c in enumerate(TN.COL_CENTRES):
        cell_text(t.cell(0, i), c, bold=True, size=9)
    for j, (lines, ep) in enumerate(TN.CENTRES, start=1):
        c = t.cell(j, 0)
        c.text = ""
        p0 = c.paragraphs[0]
        r = p0.add_run(lines[0])
        r.bold = True
        r.font.size = Pt(9)
        for l in lines[1:]:
            q = c.add_paragraph()
            q.add_run(l).font.size = Pt(9)
            q.paragraph_format.space_after = Pt(0)
        cell_text(t.cell(j, 1), ep, size=9)

    para(doc, TN.T5, bold=True, size=12, after=4, before=8)
    para(doc, TN.FORMATION_INTRO, size=10)
    for f in TN.FORMATION:
        doc.add_paragraph(f, style="List Number")
    para(doc)
    for i, s in enumerate(TN.SIGNATURE):
        para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, bold=(i == len(TN.SIGNATURE) - 1))
    doc.add_page_break()
    para(doc, "ANNEXE – Attestation de réception des sujets", bold=True, size=11)
    para(doc, "Centre d'épreuves : …………………………………………………………………")
    para(doc, TN.ANNEXE, before=10)
    doc.save(out("circulaire_mco_2027_nantes.docx"))


# ---------------------------------------------------------------- C. Grenoble (html)
def build_grenoble():
    h = []
    a = h.append
    a("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
    a(f"<title>{escape(TG.TITRE)} | {escape(TG.SITE)}</title>")
    a("<style>body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;color:#222}"
      ".bandeau{border-bottom:3px solid #000091}.menu a{color:#000091}"
      ".fil{font-size:8pt;color:#666}table{border-collapse:collapse;margin:6px 0}"
      "th,td{border:1px solid #999;padding:2px 4px;font-size:8.5pt;vertical-align:top}"
      "th{background:#e3e3fd}.note{font-size:8.5pt;font-style:italic}"
      ".lat{font-size:9pt}.pied{font-size:7.5pt;color:#555}</style></head><body>")
    a(f"<div class=\"bandeau\"><p><b>{escape(TG.SITE)}</b> – Liberté, Égalité, Fraternité</p>"
      "<p class=\"menu\"><a href=\"#\">Élèves</a> | <a href=\"#\">Parents</a> | <a href=\"#\">Personnels</a>"
      " | <a href=\"#\">Examens</a></p></div>")
    a("<p class=\"fil\">" + " &gt; ".join(escape(x) for x in TG.NAV) + "</p>")
    a(f"<h1>{escape(TG.TITRE)}</h1><p class=\"fil\">{escape(TG.PUBLIE)}</p>")
    a(f"<p><b>{escape(TG.CHAPO)}</b></p>")
    a(f"<h2>{escape(TG.ECRITS_TITRE)}</h2>")
    a("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr><th rowspan=\"2\">Épreuve</th><th rowspan=\"2\">Date</th>"
      f"<th colspan=\"{len(TG.TERRITOIRES)}\">Horaires (heure locale)</th><th rowspan=\"2\">Durée</th></tr><tr>")
    a("".join(f"<th>{escape(t)}</th>" for t in TG.TERRITOIRES) + "</tr></thead><tbody>")
    for code, titre, date, heures, duree in TG.ECRITS:
        a(f"<tr><td><b>{escape(code)}</b><br>{escape(titre)}</td><td nowrap>{escape(date)}</td>")
        a("".join(f"<td nowrap>{escape(x)}</td>" for x in heures) + f"<td>{escape(duree)}</td></tr>")
    a("</tbody></table>")
    a(f"<p class=\"note\">{escape(TG.ECRITS_NOTE)}</p><p class=\"note\">{escape(TG.FERIES)}</p>")
    a(f"<h2>{escape(TG.ORAUX_TITRE)}</h2><p>{escape(TG.E5_NOTE)}</p>")
    a("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Épreuve</th><th>Intitulé</th><th>Période</th><th>Centres</th></tr>")
    for code, titre, per, centres in TG.ORAUX:
        a(f"<tr><td><b>{escape(code)}</b></td><td>{escape(titre)}</td><td>{escape(per)}</td>"
          f"<td>{escape(centres)}</td></tr>")
    a("</table>")
    a(f"<h2>{escape(TG.DOSSIERS_TITRE)}</h2><ul>")
    a("".join(f"<li>{escape(d)}</li>" for d in TG.DOSSIERS) + "</ul>")
    a(f"<p class=\"note\">{escape(TG.VACANCES)}</p>")
    a(f"<h2>{escape(TG.CENTRES_TITRE)}</h2>")
    a("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Établissement</th><th>Adresse</th><th>Code postal</th><th>Commune</th></tr>")
    for nom, adr, cp, ville in TG.CENTRES:
        a(f"<tr><td>{escape(nom)}</td><td>{escape(adr).replace(chr(10), '<br>')}</td><td>{cp}</td>"
          f"<td>{escape(ville)}</td></tr>")
    a("</table>")
    a(f"<div class=\"lat\"><h3>{escape(TG.FORMATION_TITRE)}</h3><ul>")
    a("".join(f"<li>{escape(f)}</li>" for f in TG.FORMATION) + "</ul></div>")
    a(f"<p>{escape(TG.CONTACT)}</p>")
    a("<hr><p class=\"pied\">" + " | ".join(escape(x) for x in TG.PIED) + "</p></body></html>\n")
    with open(out("circulaire_ndrc_2026_grenoble.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(h))


# ---------------------------------------------------------------- D. Orléans-Tours (odt écrit à la main)
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def odt_inline(text):
    """Texte avec appels [n] -> notes de bas de page ODT."""
    import re
    parts = re.split(r"\[(\d)\]", text)
    res = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            res.append(escape(p))
        else:
            n = int(p)
            res.append(f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}'
                       f'</text:note-citation><text:note-body><text:p text:style-name="Note">'
                       f'{escape(TO.NOTES[n])}</text:p></text:note-body></text:note>')
    return "".join(res)


def build_orleans():
    P = lambda style, txt: f'<text:p text:style-name="{style}">{odt_inline(txt)}</text:p>'
    body = []
    b = body.append
    for i, l in enumerate(TO.ENTETE):
        b(P("Entete" if i == 0 else "EnteteFin", l))
    b(P("EnteteFin", TO.ADRESSE))
    b(P("Droite", TO.LIEU_DATE))
    b(P("Droite", TO.DESTINATAIRES))
    b(P("Objet", TO.OBJET))
    b(P("Petit", TO.REFERENCE))
    b(P("Corps", TO.INTRO))
    b(f'<text:h text:style-name="Titre" text:outline-level="1">{odt_inline(TO.T1)}</text:h>')
    b('<table:table table:name="Ecrits" table:style-name="Tab"><table:table-column table:style-name="ColA"/>'
      '<table:table-column table:style-name="ColB"/><table:table-column table:style-name="ColC"/>')
    b('<table:table-header-rows><table:table-row>' + "".join(
        f'<table:table-cell table:style-name="CelT" office:value-type="string">{P("Cel", c)}</table:table-cell>'
        for c in TO.COL_ECRITS) + '</table:table-row></table:table-header-rows>')
    for row in TO.ECRITS:
        b('<table:table-row>' + "".join(
            f'<table:table-cell table:style-name="Cel1" office:value-type="string">{P("Cel", c)}</table:table-cell>'
            for c in row) + '</table:table-row>')
    b('</table:table>')
    b(P("Corps", TO.E2_NOTE))
    b(f'<text:h text:style-name="Titre" text:outline-level="1">{odt_inline(TO.T2)}</text:h>')
    b('<text:list text:style-name="Puces">' + "".join(
        f'<text:list-item>{P("Corps", o)}</text:list-item>' for o in TO.ORAUX) + '</text:list>')
    b(P("Corps", TO.ENTENTE))
    b(P("Petit", TO.FERIES))
    b(f'<text:h text:style-name="Titre" text:outline-level="1">{odt_inline(TO.T3)}</text:h>')
    for f in TO.FIN:
        b(P("Corps", f))
    b(f'<text:h text:style-name="Titre" text:outline-level="1">{odt_inline(TO.T4)}</text:h>')
    b('<table:table table:name="Centres" table:style-name="Tab"><table:table-column table:style-name="ColA"/>'
      '<table:table-column table:style-name="ColB"/><table:table-column table:style-name="ColC"/>')
    b('<table:table-row>' + "".join(
        f'<table:table-cell table:style-name="CelT" office:value-type="string">{P("Cel", c)}</table:table-cell>'
        for c in TO.COL_CENTRES) + '</table:table-row>')
    for row in TO.CENTRES:
        b('<table:table-row>' + "".join(
            f'<table:table-cell table:style-name="Cel1" office:value-type="string">{P("Cel", c)}</table:table-cell>'
            for c in row) + '</table:table-row>')
    b('</table:table>')
    b(P("Corps", TO.FORMATION))
    for s in TO.SIGNATURE:
        b(P("Droite", s))
    b(P("Petit", TO.RECEPTION))

    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODT_NS} office:version="1.2">
<office:automatic-styles>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
 <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="9.3cm"/></style:style>
 <style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <style:style style:name="CelT" style:family="table-cell"><style:table-cell-properties fo:background-color="#dddddd" fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="Cel1" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document-content>'''

    styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS} office:version="1.2">
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="11pt" fo:language="fr" fo:country="FR"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Petit" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Entete" style:family="paragraph"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="EnteteFin" style:family="paragraph"><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.1cm"/></style:style>
 <style:style style:name="Objet" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:text-underline-style="solid"/></style:style>
 <style:style style:name="Cel" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Note" style:family="paragraph" style:class="extra"><style:text-properties fo:font-size="8.5pt"/></style:style>
 <text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:space-before="0.4cm" text:min-label-width="0.5cm"/></text:list-level-style-bullet></text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Petit">Rectorat d'Orléans-Tours – DEC 2 – BTS SAM session 2025 – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page>
</office:master-styles>
</office:document-styles>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>'
            '<dc:title>BTS SAM 2025 Orléans-Tours</dc:title><meta:generator>independantes_h/build.py</meta:generator>'
            '</office:meta></office:document-meta>')
    path = out("circulaire_sam_2025_orleans-tours.odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- E. note nationale (reportlab direct)
def build_nationale():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                    PageTemplate, Paragraph, Spacer, Table, TableStyle)

    pdfmetrics.registerFont(TTFont("LS", f"{FONT_DIR}/liberation2/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", f"{FONT_DIR}/liberation2/LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", f"{FONT_DIR}/liberation2/LiberationSans-Italic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI")
    addMapping("LS", 1, 1, "LSB")
    s_small = ParagraphStyle("s", fontName="LS", fontSize=7.5, leading=9.5)
    s_body = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=6)
    s_title = ParagraphStyle("t", fontName="LSB", fontSize=13, leading=16, spaceAfter=4)
    s_sub = ParagraphStyle("st", fontName="LSB", fontSize=10.5, leading=13, spaceAfter=8)
    s_right = ParagraphStyle("r", parent=s_body, alignment=TA_RIGHT)
    s_cell = ParagraphStyle("c", fontName="LS", fontSize=7.5, leading=9)
    s_cellb = ParagraphStyle("cb", fontName="LSB", fontSize=7.5, leading=9)

    W, H = A4
    LW, LH = landscape(A4)

    def deco_portrait(c, d):
        c.saveState()
        c.setFont("LSB", 8.5)
        y = H - 1.4 * cm
        for l in TNAT.EMETTEUR:
            c.drawString(1.6 * cm, y, l)
            y -= 10
        c.setStrokeColor(colors.HexColor("#000091"))
        c.setLineWidth(2)
        c.line(1.6 * cm, H - 2.9 * cm, W - 1.6 * cm, H - 2.9 * cm)
        c.setFont("LS", 7)
        c.drawCentredString(W / 2, 1 * cm, f"{TNAT.PIED} {d.page}")
        c.restoreState()

    def deco_land(c, d):
        c.saveState()
        c.setFont("LS", 7)
        c.drawString(1.2 * cm, LH - 1 * cm, "BTS SIO – session 2026 – calendrier national (annexe)")
        c.drawCentredString(LW / 2, 0.8 * cm, f"{TNAT.PIED} {d.page}")
        c.restoreState()

    left = Frame(1.6 * cm, 2 * cm, 5.0 * cm, H - 5.3 * cm, id="gauche", showBoundary=0)
    right = Frame(7.0 * cm, 2 * cm, W - 8.6 * cm, H - 5.3 * cm, id="droite")
    full = Frame(1.6 * cm, 2 * cm, W - 3.2 * cm, H - 4 * cm, id="plein")
    land = Frame(1.2 * cm, 1.3 * cm, LW - 2.4 * cm, LH - 2.6 * cm, id="paysage")
    doc = BaseDocTemplate(out("note_nationale_sio_2026.pdf"), pagesize=A4, title=TNAT.SOUSTITRE,
                          author="DGESCO (fictif)")
    doc.addPageTemplates([
        PageTemplate("deuxcol", [left, right], onPage=deco_portrait),
        PageTemplate("paysage", [land], onPage=deco_land, pagesize=landscape(A4)),
        PageTemplate("portrait", [full], onPage=deco_portrait),
    ])
    st = []
    for l in TNAT.SERVICE:
        st.append(Paragraph(escape(l) if l else "&nbsp;", s_small))
    st.append(FrameBreak())
    st.append(Paragraph(escape(TNAT.LIEU_DATE), s_right))
    st.append(Spacer(1, 8))
    st.append(Paragraph(escape(TNAT.TITRE), s_title))
    st.append(Paragraph(escape(TNAT.SOUSTITRE), s_sub))
    st.append(Paragraph("<i>" + escape(TNAT.REFERENCE) + "</i>", s_body))
    for c in TNAT.CORPS:
        st.append(Paragraph(escape(c), s_body))
    st.append(Paragraph("Le calendrier des épreuves figure en annexe (pages suivantes).", s_body))
    st.append(NextPageTemplate("paysage"))
    st.append(PageBreak())
    st.append(Paragraph("ANNEXE – Calendrier des épreuves de la session 2026", s_sub))
    head = [Paragraph(escape(x), s_cellb) for x in TNAT.COLONNES]
    data = [head]
    # padding rows to force a split across two pages: each écrit occupies a block with consignes
    for ep, u, titre, date, heures, duree in TNAT.ECRITS:
        data.append([Paragraph(f"<b>{ep}</b>", s_cell), Paragraph(u, s_cell), Paragraph(escape(titre), s_cell),
                     Paragraph(escape(date), s_cell)] + [Paragraph(h, s_cell) for h in heures] +
                    [Paragraph(TNAT.SPEC, s_cell), Paragraph(TNAT.SPEC, s_cell), Paragraph(duree, s_cell)])
        data.append(["", "", Paragraph("<i>Consignes : calculatrice selon la réglementation en vigueur ; "
                                       "sortie autorisée après la première heure ; copies numérisées "
                                       "dans le centre.</i>", s_cell), "", "", "", "", "", "", "", "", ""])
    for ep, u, titre, per, duree in TNAT.ORAUX:
        data.append([Paragraph(f"<b>{ep}</b>", s_cell), Paragraph(u, s_cell), Paragraph(escape(titre), s_cell),
                     Paragraph(escape(per), s_cell), Paragraph("calendrier académique", s_cell), "", "", "", "",
                     "", "", Paragraph(duree, s_cell)])
    widths = [1.4, 0.9, 5.5, 2.6, 2.1, 2.1, 2.1, 2.1, 2.1, 1.7, 2.2, 1.2]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6f5")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    n_ec = len(TNAT.ECRITS)
    for i in range(n_ec):
        r = 2 + 2 * i
        style.append(("SPAN", (2, r), (-1, r)))
        style.append(("BOTTOMPADDING", (0, r), (-1, r), 18))
    for i in range(len(TNAT.ORAUX)):
        r = 1 + 2 * n_ec + i
        style.append(("SPAN", (4, r), (10, r)))
    t.setStyle(TableStyle(style))
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(Paragraph(escape(TNAT.FERIES), s_body))
    st.append(NextPageTemplate("portrait"))
    st.append(PageBreak())
    st.append(Paragraph("Après les épreuves", s_sub))
    for a in TNAT.APRES:
        st.append(Paragraph(escape(a), s_body))
    st.append(Spacer(1, 20))
    for i, s in enumerate(TNAT.SIGNATURE):
        st.append(Paragraph(("<b>%s</b>" if i == len(TNAT.SIGNATURE) - 1 else "%s") % escape(s) if s else
                            "&nbsp;", s_right))
    doc.build(st)


# ---------------------------------------------------------------- F. courriel imprimé (docx)
def build_courriel():
    doc = base_document("Liberation Sans", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(TC.IMPRESSION)
    r.font.size = Pt(7)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(TC.PIED)
    r.font.size = Pt(7)
    para(doc, TC.TITRE, bold=True, size=13, after=6)
    for lab, val in TC.ENTETES:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        p.paragraph_format.space_after = Pt(0)
        p.add_run(lab + "\t").bold = True
        p.add_run(val)
    p = para(doc, "_" * 86, size=8, after=8)
    for c in TC.CORPS:
        para(doc, c, after=6)
    for l in TC.DEPOT:
        p = para(doc, l, after=0, bold=(l == TC.DEPOT[0]))
        p.paragraph_format.left_indent = Cm(1.5)
    para(doc)
    for s in TC.SUITE:
        para(doc, s, after=6)
    para(doc, "-- ", after=0)
    for s in TC.SIGNATURE:
        para(doc, s, after=0, size=9, italic=True)
    para(doc)
    para(doc, TC.CITATION_ENTETE, size=9, after=2)
    for l in TC.CITATION:
        p = para(doc, l, size=9, after=0)
        for r in p.runs:
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x9A)
    doc.save(out("courriel_ndrc_2027_nantes.docx"))


# ---------------------------------------------------------------- conversions LibreOffice
def lo_convert(src, filt="pdf"):
    tmp = tempfile.mkdtemp(prefix="h_lo_")
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if src.endswith(".html"):  # import en document Writer (et non Writer/Web) : mise en page A4 normale
        cmd += ["--infilter=HTML (StarWriter)"]
        filt = "pdf:writer_pdf_Export"
    cmd += ["--convert-to", filt, "--outdir", tmp, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    name = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, name), out(name))
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- scans
def render_pages(pdf, dpi, gray=True):
    tmp = tempfile.mkdtemp(prefix="h_scan_")
    args = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + [pdf, os.path.join(tmp, "p")]
    subprocess.run(args, check=True)
    files = sorted(f for f in os.listdir(tmp))
    imgs = [Image.open(os.path.join(tmp, f)).copy() for f in files]
    shutil.rmtree(tmp, ignore_errors=True)
    return imgs


def save_image_pdf(imgs, path, dpi, quality=None):
    conv = []
    for im in imgs:
        if quality:  # passe par le JPEG
            buf = io.BytesIO()
            im.convert("RGB" if im.mode != "L" else "L").save(buf, "JPEG", quality=quality)
            buf.seek(0)
            im = Image.open(buf).copy()
        conv.append(im)
    conv[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=conv[1:])


def add_noise(arr, rng, sigma):
    return np.clip(arr + rng.normal(0, sigma, arr.shape), 0, 255)


def flatbed(pdf, dest, dpi=250, seed=3):
    """Scanner à plat : gris, légère rotation, bruit, bord sombre, JPEG."""
    rng = np.random.default_rng(seed)
    pages = []
    for k, im in enumerate(render_pages(pdf, dpi)):
        angle = [0.6, -0.45, 0.35, -0.7, 0.5][k % 5]
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im, dtype=np.float32)
        a = a * 0.93 + 10  # papier un peu gris
        a = add_noise(a, rng, 6)
        a[:, :int(0.012 * a.shape[1])] *= 0.55  # ombre de reliure
        im = Image.fromarray(a.astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im)
    save_image_pdf(pages, dest, dpi, quality=70)


def load_font(size, bold=False, italic=False):
    name = "DejaVuSans" + ("-Bold" if bold else "") + ("Oblique" if italic and not bold else "")
    name = name.replace("DejaVuSansOblique", "DejaVuSans-Oblique")
    return ImageFont.truetype(f"{FONT_DIR}/dejavu/{name}.ttf", size)


def handwriting(draw, xy, text, size, rng, fill=40):
    """Écriture manuscrite simulée : lettres obliques, tremblées, penchées."""
    x, y = xy
    f = load_font(size, italic=True)
    for ch in text:
        dy = rng.normal(0, size * 0.06)
        draw.text((x, y + dy), ch, font=f, fill=fill)
        x += draw.textlength(ch, font=f) * rng.uniform(0.92, 1.1)


def stamp_scan(pdf, dest, dpi=150, seed=7):
    """Scan gris 150 dpi avec tampon d'arrivée et annotations manuscrites en marge."""
    rng = np.random.default_rng(seed)
    pages = []
    for k, im in enumerate(render_pages(pdf, dpi)):
        im = im.convert("L")
        W, H = im.size
        d = ImageDraw.Draw(im)
        if k == 2:
            # tampon rectangulaire double trait, incliné, apposé sur l'attestation de réception (annexe)
            st = Image.new("L", (int(W * 0.40), int(H * 0.085)), 255)
            sd = ImageDraw.Draw(st)
            sw, sh = st.size
            sd.rectangle([2, 2, sw - 3, sh - 3], outline=90, width=3)
            sd.rectangle([9, 9, sw - 10, sh - 10], outline=90, width=1)
            fb = load_font(int(sh * 0.2), bold=True)
            fs = load_font(int(sh * 0.16))
            sd.text((sw * 0.08, sh * 0.14), "LYCÉE TOUCHARD-WASHINGTON", font=fs, fill=80)
            sd.text((sw * 0.08, sh * 0.4), "ARRIVÉE – SECRÉTARIAT", font=fb, fill=70)
            sd.text((sw * 0.08, sh * 0.68), "REÇU LE 08 FÉV. 2027", font=fs, fill=80)
            st = st.rotate(-8, expand=True, fillcolor=255)
            mask = Image.eval(st, lambda v: 255 - v)
            im.paste(Image.new("L", st.size, 95), (int(W * 0.50), int(H * 0.20)), mask)
            handwriting(d, (int(W * 0.12), int(H * 0.24)), "transmis le jour même", int(H * 0.013), rng)
        if k == 0:
            handwriting(d, (int(W * 0.10), int(H * 0.965)), "à afficher salle des profs", int(H * 0.013), rng)
        # marques de marge : trait vertical, coche, flèche
        x0 = int(W * 0.045)
        y0 = int(H * (0.5 + 0.05 * k))
        pts = [(x0 + rng.normal(0, 1.5), y0 + i * H * 0.012) for i in range(9)]
        d.line(pts, fill=50, width=3)
        cx, cy = int(W * 0.92), int(H * (0.3 + 0.07 * k))
        d.line([(cx, cy), (cx + 10, cy + 14), (cx + 32, cy - 18)], fill=45, width=3)
        if k == 1:
            handwriting(d, (int(W * 0.80), int(H * 0.60)), "vu M. Le Goff", int(H * 0.013), rng)
            d.ellipse([int(W * 0.13), int(H * 0.215), int(W * 0.45), int(H * 0.245)], outline=60, width=2)
        a = np.asarray(im, dtype=np.float32)
        a = add_noise(a * 0.9 + 14, rng, 8)
        im = Image.fromarray(a.astype(np.uint8), "L").rotate(-0.4, resample=Image.BICUBIC, fillcolor=225)
        pages.append(im)
    save_image_pdf(pages, dest, dpi, quality=60)


def perspective_coeffs(src, dst):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone_photo(pdf, dest, dpi=200, seed=11):
    """Photo au téléphone : couleur, perspective, ombre, vignettage, JPEG."""
    rng = np.random.default_rng(seed)
    pages = []
    for k, im in enumerate(render_pages(pdf, dpi, gray=False)):
        im = im.convert("RGB")
        W, H = im.size
        bg = Image.new("RGB", (int(W * 1.12), int(H * 1.1)), (92, 74, 58))  # table en bois
        BW, BH = bg.size
        ox, oy = int(W * 0.06), int(H * 0.05)
        bg.paste(im, (ox, oy))
        j = lambda s: rng.uniform(-s, s)
        # coins (dans le cadre de sortie) où l'on va chercher les coins du cadre source : perspective
        src = [(BW * 0.0 + j(8), BH * 0.02 + j(8)), (BW * 0.97 + j(8), j(8)),
               (BW + j(6), BH * 0.99 + j(6)), (BW * 0.04 + j(6), BH * 0.97 + j(6))]
        dst = [(0, 0), (BW, 0), (BW, BH), (0, BH)]
        warped = bg.transform(bg.size, Image.PERSPECTIVE, perspective_coeffs(src, dst), Image.BICUBIC)
        a = np.asarray(warped, dtype=np.float32)
        yy, xx = np.mgrid[0:BH, 0:BW]
        shade = 0.72 + 0.33 * (xx / BW) * (1 - 0.35 * yy / BH)  # lumière venant de droite
        r = np.sqrt(((xx - BW / 2) / BW) ** 2 + ((yy - BH / 2) / BH) ** 2)
        vignette = 1 - 0.45 * r ** 2
        a = a * (shade * vignette)[..., None]
        a[..., 0] *= 1.04
        a[..., 2] *= 0.9  # dominante chaude
        a = add_noise(a, rng, 4)
        im2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.9))
        im2 = im2.resize((int(BW * 0.8), int(BH * 0.8)), Image.LANCZOS)
        pages.append(im2)
    save_image_pdf(pages, dest, int(dpi * 0.8), quality=55)


def main():
    build_rennes()
    build_nantes()
    build_grenoble()
    build_orleans()
    build_nationale()
    build_courriel()
    for src in ["circulaire_sn_2028_rennes.docx", "circulaire_mco_2027_nantes.docx",
                "courriel_ndrc_2027_nantes.docx", "circulaire_ndrc_2026_grenoble.html",
                "circulaire_sam_2025_orleans-tours.odt"]:
        lo_convert(out(src))
    flatbed(out("circulaire_sn_2028_rennes.pdf"), out("circulaire_sn_2028_rennes_scan.pdf"), dpi=250)
    stamp_scan(out("circulaire_mco_2027_nantes.pdf"), out("circulaire_mco_2027_nantes_scan.pdf"), dpi=150)
    phone_photo(out("circulaire_sam_2025_orleans-tours.pdf"), out("circulaire_sam_2025_orleans-tours_scan.pdf"))
    print("build ok")


if __name__ == "__main__":
    main()
