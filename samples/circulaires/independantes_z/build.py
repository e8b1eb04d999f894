#!/usr/bin/env python3
"""Construit le corpus independantes_z à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Produit (dans ce dossier) : 2 DOCX, 1 HTML, 1 ODT, 4 PDF convertis par LibreOffice, 1 PDF reportlab,
2 PDF scannés image seule (scanner à plat, photo de téléphone)."""
import html
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile

import numpy as np
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_cim as TC  # noqa: E402
import textes_guadeloupe as TG  # noqa: E402
import textes_montpellier as TM  # noqa: E402
import textes_nice as TN  # noqa: E402
import textes_normandie as TNO  # noqa: E402

LO_PROFILE = "file:///tmp/lo_independantes_z"
random.seed(2028)
np.random.seed(2028)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers docx
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold or (i == 0 and size < 9)
        r.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def footer_pages(section, label):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(label + " – page ")
    r.font.size = Pt(8)
    r2 = p.add_run(); r2.font.size = Pt(8); add_field(r2, "PAGE")
    r3 = p.add_run(" / "); r3.font.size = Pt(8)
    r4 = p.add_run(); r4.font.size = Pt(8); add_field(r4, "NUMPAGES")


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trPr.append(h)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit"); c.set(qn("w:val"), "true")
    trPr.append(c)


def para(doc, text, size=10, bold=False, italic=False, align=None, after=4):
    p = doc.add_paragraph()
    r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def signature(doc, lines):
    for line in lines:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.LEFT)
        r = p.add_run("\t" + line); r.font.size = Pt(10)
        p.paragraph_format.space_after = Pt(0)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.6); s.bottom_margin = Cm(1.6)
    return doc


# ---------------------------------------------------------------- Normandie (Gantt)
def build_normandie():
    T = TNO
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Académie de Normandie – DEC 2"); r.font.size = Pt(8); r.italic = True
    footer_pages(sec, T.PIED)
    lt = doc.add_table(rows=1, cols=2)
    left, right = lt.rows[0].cells
    cell_text(left, "\n".join(T.ENTETE_GAUCHE), bold=True, size=10)
    cell_text(right, "\n".join(T.SERVICE), size=8)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, T.EXPEDITEUR, size=9, italic=True)
    para(doc, T.DESTINATAIRES, size=9)
    para(doc, T.OBJET, bold=True)
    para(doc, T.REFERENCES, size=8, italic=True)
    para(doc, T.INTRO)
    para(doc, T.T1, size=11, bold=True)
    for code, lib, forme in T.EPREUVES:
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.space_after = Pt(0)
        if code.startswith("   "):
            p.paragraph_format.left_indent = Cm(1.6)
        r = p.add_run(code.strip() + " – "); r.bold = True; r.font.size = Pt(9.5)
        r = p.add_run(lib + (" : " + forme if forme else "")); r.font.size = Pt(9.5)
    # section paysage pour la grille
    s2 = doc.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    para(doc, T.T2, size=11, bold=True)
    para(doc, T.GRILLE_NOTE, size=8.5, italic=True)
    tab = doc.add_table(rows=1 + len(T.GRILLE), cols=6)
    tab.style = "Table Grid"; tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.6)] + [Cm(4.6)] * 5
    hdr = tab.rows[0].cells
    cell_text(hdr[0], "Semaine", bold=True); shade(hdr[0], "1F3864")
    for i, j in enumerate(T.JOURS):
        cell_text(hdr[i + 1], j, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER); shade(hdr[i + 1], "1F3864")
    for c in hdr:
        for p in c.paragraphs:
            for rr in p.runs:
                rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    colors = {"E": "DCE6F2", "C": "FCE4D6", "f": "D9D9D9", "-": "FFFFFF"}
    for ri, (label, cells) in enumerate(T.GRILLE, start=1):
        row = tab.rows[ri]; row.height = Cm(2.1); no_split(row)
        cell_text(row.cells[0], label, bold=True, size=9)
        col = 1
        for text, span in cells:
            c = row.cells[col]
            if span > 1:
                c = c.merge(row.cells[col + span - 1])
            cell_text(c, text, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            low = text.lower()
            key = "f" if "férié" in low else "C" if "correction" in low else "-" if text.endswith("–") else "E"
            shade(c, colors[key])
            col += span
    for row in tab.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    para(doc, "")
    para(doc, T.APRES_GRILLE, size=9.5)
    s3 = doc.add_section()
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    para(doc, T.T3, size=11, bold=True)
    for d in T.DOSSIERS:
        p = doc.add_paragraph(style="List Bullet"); r = p.add_run(d); r.font.size = Pt(10)
    para(doc, T.T4, size=11, bold=True)
    ct = doc.add_table(rows=1 + len(T.CENTRES), cols=4); ct.style = "Table Grid"
    for i, h in enumerate(T.CENTRES_ENTETE):
        cell_text(ct.rows[0].cells[i], h, bold=True); shade(ct.rows[0].cells[i], "D9D9D9")
    for ri, row in enumerate(T.CENTRES, start=1):
        for i, v in enumerate(row):
            cell_text(ct.rows[ri].cells[i], v, size=9)
    ct.autofit = False
    for i, w in enumerate([Cm(4.2), Cm(4.2), Cm(5.0), Cm(3.6)]):
        ct.columns[i].width = w
        for c in ct.columns[i].cells:
            c.width = w
    para(doc, "")
    para(doc, T.FORMATION, size=9, italic=True)
    para(doc, T.T5, size=11, bold=True)
    for d in T.FIN:
        para(doc, d)
    para(doc, "")
    signature(doc, T.SIGNATURE)
    para(doc, "")
    para(doc, T.BORDEREAU, size=8.5)
    doc.save(out("circulaire_elt_2028_normandie.docx"))


# ---------------------------------------------------------------- CIM (note nationale)
def build_cim():
    T = TC
    doc = base_doc()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Note nationale d'organisation – BTS CIM – session 2028"); r.font.size = Pt(8); r.italic = True
    footer_pages(sec, "DGESCO – BTS CIM 2028")
    fp = sec.first_page_footer.paragraphs[0]
    r = fp.add_run("110 rue de Grenelle – 75357 Paris SP 07"); r.font.size = Pt(8)
    for i, line in enumerate(T.ENTETE):
        para(doc, line, size=11 if i == 0 else 9, bold=(i == 0), after=0)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, T.TITRE, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, T.SOUS_TITRE, size=12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, T.DEST, size=9)
    para(doc, T.REF, size=8.5, italic=True)
    para(doc, T.INTRO)
    para(doc, T.T_GRP, size=11, bold=True)
    para(doc, T.GRP_TXT)
    gt = doc.add_table(rows=1 + len(T.GRP), cols=4); gt.style = "Table Grid"
    for i, h in enumerate(T.GRP_ENTETE):
        cell_text(gt.rows[0].cells[i], h, bold=True); shade(gt.rows[0].cells[i], "BDD7EE")
    for ri, row in enumerate(T.GRP, start=1):
        for i, v in enumerate(row):
            cell_text(gt.rows[ri].cells[i], v, size=9)
    para(doc, "")
    para(doc, T.T_EPR, size=11, bold=True)
    for e in T.EPREUVES:
        p = doc.add_paragraph(style="List Number"); r = p.add_run(e); r.font.size = Pt(10)
        p.paragraph_format.space_after = Pt(1)
    para(doc, T.T_CAL, size=11, bold=True)
    ct = doc.add_table(rows=1 + len(T.CAL), cols=6); ct.style = "Table Grid"; ct.autofit = False
    for i, h in enumerate(T.CAL_ENTETE):
        cell_text(ct.rows[0].cells[i], h, bold=True); shade(ct.rows[0].cells[i], "BDD7EE")
    repeat_header(ct.rows[0])
    widths = [Cm(4.6), Cm(1.9), Cm(5.2), Cm(2.1), Cm(1.4), Cm(1.4)]
    for ri, row in enumerate(T.CAL, start=1):
        ct.rows[ri].height = Cm(1.5); no_split(ct.rows[ri])
        for i, v in enumerate(row):
            cell_text(ct.rows[ri].cells[i], v, size=9)
    for i, col in enumerate(ct.columns):
        col.width = widths[i]
    for row in ct.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    para(doc, T.CAL_NOTE, size=8.5, italic=True)
    para(doc, T.T_DOS, size=11, bold=True)
    for d in T.DOSSIERS:
        p = doc.add_paragraph(style="List Bullet"); r = p.add_run(d); r.font.size = Pt(10)
    para(doc, T.T_APRES, size=11, bold=True)
    for d in T.APRES:
        p = doc.add_paragraph(style="List Bullet"); r = p.add_run(d); r.font.size = Pt(10)
    para(doc, T.T_INFO, size=10, bold=True)
    para(doc, T.INFO, size=9, italic=True)
    para(doc, "")
    signature(doc, T.SIGNATURE)
    para(doc, "")
    para(doc, T.ANNEXE, size=8.5)
    doc.save(out("note_nationale_cim_2028.docx"))


# ---------------------------------------------------------------- Montpellier (HTML intranet)
def build_montpellier():
    T = TM
    e = html.escape
    br = lambda s: e(s).replace("\n", "<br>")
    rows = "".join(f"<tr><td><b>{e(c)}</b></td><td>{e(i)}</td><td>{e(f)}</td><td>{e(d)}</td></tr>"
                   for c, i, f, d in T.EPREUVES)
    jours = "".join(f"<th>{e(j)}</th>" for j in T.JOURS)
    matin = "".join(f"<td>{br(c)}</td>" for c in T.MATIN)
    aprem = "".join(f"<td>{br(c)}</td>" for c in T.APREM)
    oraux = "".join(f"<li>{e(o)}</li>" for o in T.ORAUX)
    centres = "".join(f"<tr><td>{e(n)}</td><td>{br(a)}</td><td>{e(v)}</td><td>{e(x)}</td></tr>"
                      for n, a, v, x in T.CENTRES)
    faq = "".join(f"<h4>{e(q)}</h4><p>{e(a)}</p>" for q, a in T.FAQ)
    menu = " | ".join(f'<a href="#">{e(m)}</a>' for m in T.MENU)
    cote = "".join(f"<li>{e(c)}</li>" for c in T.COTE[1:])
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(T.TITRE)}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#222; }}
.print {{ font-size: 7.5pt; color:#555; }}
.banner {{ background:#5b2a86; color:white; padding:6px; font-weight:bold; font-size:13pt; }}
.menu {{ background:#eee; padding:4px; font-size:9pt; }}
.ariane {{ font-size:8pt; color:#666; margin:4px 0; }}
table {{ border-collapse: collapse; }}
td, th {{ border:1px solid #999; padding:3px 5px; vertical-align:top; font-size:9pt; }}
th {{ background:#e4d8f0; }}
h1 {{ font-size:14pt; color:#5b2a86; }} h2 {{ font-size:11.5pt; color:#5b2a86; border-bottom:1px solid #5b2a86; }}
h4 {{ font-size:10pt; margin:6px 0 2px 0; }}
.meta {{ font-size:8pt; color:#777; }}
</style></head><body>
<p class="print">{e(T.IMPRESSION_HAUT)}</p>
<div class="banner">{e(T.SITE)}</div>
<div class="menu">{menu}</div>
<p class="ariane">{e(T.ARIANE)}</p>
<table style="border:none; width:100%"><tr>
<td style="border:none; width:22%; background:#f6f2fa"><b>{e(T.COTE[0])}</b><ul>{cote}</ul></td>
<td style="border:none">
<h1>{e(T.TITRE)}</h1>
<p class="meta">{e(T.META)}</p>
<p><i>{e(T.CHAPO)}</i></p>
<h2>{e(T.H_EPR)}</h2>
<table><tr><th>Épreuve</th><th>Intitulé</th><th>Forme</th><th>Durée</th></tr>{rows}</table>
<h2>{e(T.H_ECR)}</h2>
<table><tr><th></th>{jours}</tr><tr><th>Matin</th>{matin}</tr><tr><th>Après-midi</th>{aprem}</tr></table>
<h2>{e(T.H_ORAUX)}</h2><ul>{oraux}</ul>
<h2>{e(T.H_CENTRES)}</h2>
<table><tr><th>Centre</th><th>Adresse</th><th>Commune</th><th>Épreuves</th></tr>{centres}</table>
<p style="font-size:8.5pt"><i>{e(T.FORMATION)}</i></p>
<h2>{e(T.H_FAQ)}</h2>{faq}
<p class="meta">{e(T.CONTACT)}</p>
</td></tr></table>
<p class="print">{e(T.IMPRESSION_BAS)}</p>
</body></html>"""
    with open(out("circulaire_sam_2026_montpellier.html"), "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------- Guadeloupe (ODT écrit à la main)
def build_guadeloupe():
    T = TG
    e = html.escape

    def p(text, style="Standard"):
        return f'<text:p text:style-name="{style}">{e(text)}</text:p>'

    cal_rows = []
    for jour, epr, obs in T.CAL:
        cells = "".join(p(x, "Cell") for x in epr)
        cal_rows.append(
            f'<table:table-row><table:table-cell table:style-name="TC" office:value-type="string">{p(jour, "CellB")}</table:table-cell>'
            f'<table:table-cell table:style-name="TC" office:value-type="string">{cells}</table:table-cell>'
            f'<table:table-cell table:style-name="TC" office:value-type="string">{p(obs, "CellI")}</table:table-cell></table:table-row>')
    cal_head = "".join(f'<table:table-cell table:style-name="TH" office:value-type="string">{p(h, "CellB")}</table:table-cell>'
                       for h in T.CAL_ENTETE)
    cen_rows = "".join(
        "<table:table-row>" + "".join(f'<table:table-cell table:style-name="TC" office:value-type="string">{p(v, "Cell")}</table:table-cell>' for v in row) + "</table:table-row>"
        for row in T.CENTRES)
    lst = lambda items: "<text:list text:style-name=\"L1\">" + "".join(
        f"<text:list-item>{p(i)}</text:list-item>" for i in items) + "</text:list>"
    body = "".join([
        "".join(p(x, "Entete") for x in T.ENTETE),
        p(T.LIEU_DATE, "Droite"), p(T.NUMERO, "Gras"), p(T.DEST), p(T.OBJET, "Gras"), p(T.REF, "Ital"),
        p(T.AVERT, "Encadre"),
        p(T.T_EPR, "Titre"), lst(T.EPREUVES),
        p(T.T_CAL, "Titre"),
        '<table:table table:name="Calendrier" table:style-name="Tab"><table:table-column table:style-name="C1"/>'
        '<table:table-column table:style-name="C2"/><table:table-column table:style-name="C3"/>'
        f'<table:table-header-rows><table:table-row>{cal_head}</table:table-row></table:table-header-rows>'
        + "".join(cal_rows) + "</table:table>",
        p(T.T_ORAUX, "Titre"), lst(T.ORAUX),
        p(T.T_DOS, "Titre"), lst(T.DOSSIERS),
        p(T.T_CEN, "Titre"),
        '<table:table table:name="Centres" table:style-name="Tab"><table:table-column table:style-name="D1"/><table:table-column table:style-name="D1"/><table:table-column table:style-name="D2"/><table:table-column table:style-name="D3"/>'
        + cen_rows + "</table:table>",
        p(T.FORMATION, "Ital"),
        p(T.T_FIN, "Titre"), "".join(p(x) for x in T.FIN),
        "".join(p(x, "Signature") for x in T.SIGNATURE),
        p(T.T_CONV, "TitreSaut"), "".join(p(x) for x in T.CONV),
    ])
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ns}>
<office:automatic-styles>
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
<style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
<style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
<style:style style:name="D1" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
<style:style style:name="D2" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
<style:style style:name="D3" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" fo:background-color="#c6e0b4"/></style:style>
<style:style style:name="TitreSaut" style:family="paragraph" style:parent-style-name="Titre"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:body><office:text>{body}</office:text></office:body></office:document-content>"""
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ns}>
<office:font-face-decls/>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Entete" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Droite" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.4cm"/></style:style>
<style:style style:name="Gras" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Ital" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-style="italic" fo:font-size="9.5pt"/></style:style>
<style:style style:name="Encadre" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:border="1pt solid #000000" fo:padding="0.15cm" fo:background-color="#fff2cc"/><style:text-properties fo:font-weight="bold" fo:font-size="9.5pt"/></style:style>
<style:style style:name="Titre" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#1f4e79"/></style:style>
<style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="9cm" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="CellB" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="CellI" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Pied" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:space-before="0.4cm" text:min-label-width="0.5cm"/></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
<style:footer><text:p text:style-name="Pied">Rectorat de la Guadeloupe – DEC – BTS Commerce international 2026 – page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles></office:document-styles>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    path = out("circulaire_ci_2026_guadeloupe.odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- Nice (diaporama reportlab)
def build_nice():
    from reportlab.lib.colors import HexColor, white
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    fdir = "/usr/share/fonts/truetype/liberation2"
    pdfmetrics.registerFont(TTFont("LS", f"{fdir}/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", f"{fdir}/LiberationSans-Bold.ttf"))
    W, H = 960, 540
    blue, teal, grey = HexColor("#003a70"), HexColor("#00857c"), HexColor("#f2f2f2")
    c = canvas.Canvas(out("circulaire_pi_2027_nice.pdf"), pagesize=(W, H))
    c.setTitle("BTS PI 2027 - organisation - Nice"); c.setAuthor("DEC 3"); c.setCreator("Microsoft® PowerPoint® pour Microsoft 365")

    def lines(x, y, text, font="LS", size=18, lead=1.25):
        for ln in text.split("\n"):
            c.setFont(font, size); c.drawString(x, y, ln); y -= size * lead
        return y

    for n, s in enumerate(TN.SLIDES, start=1):
        c.setFillColor(white); c.rect(0, 0, W, H, stroke=0, fill=1)
        if s.get("type") == "titre":
            c.setFillColor(blue); c.rect(0, 0, W, H, stroke=0, fill=1)
            c.setFillColor(teal); c.rect(0, 150, W, 8, stroke=0, fill=1)
            c.setFillColor(white); c.setFont("LSB", 44); c.drawString(60, 360, s["titre"])
            y = 300
            for ln in s["sous"]:
                c.setFont("LS", 22 if y == 300 else 17); c.drawString(60, y, ln); y -= 34
            c.setFont("LSB", 12); c.drawString(60, 100, "ACADÉMIE DE NICE"); c.setFont("LS", 10)
            c.drawString(60, 86, "Liberté – Égalité – Fraternité")
            c.showPage(); continue
        c.setFillColor(blue); c.rect(0, H - 80, W, 80, stroke=0, fill=1)
        c.setFillColor(white); c.setFont("LSB", 30); c.drawString(40, H - 52, s["titre"])
        c.setFillColor(teal); c.rect(0, 0, W, 26, stroke=0, fill=1)
        c.setFillColor(white); c.setFont("LS", 10); c.drawString(40, 9, TN.PIED); c.drawRightString(W - 40, 9, f"— {n} —")
        c.setFillColor(HexColor("#222222"))
        if "puces" in s:
            y = H - 130
            for pu in s["puces"]:
                c.setFillColor(teal); c.circle(52, y + 6, 5, stroke=0, fill=1); c.setFillColor(HexColor("#222222"))
                y = lines(68, y, "\n".join(textwrap.wrap(pu, 74)), size=20) - 22
        if "tableau" in s:
            rows = s["tableau"]; ncol = len(rows[0])
            cw = [150, 110, 520, 120] if ncol == 4 and rows[0][0] == "Code" else [200, 110, 150, 380]
            if rows[0][0] == "Code":
                cw = [90, 560, 110, 80]
            x0, y = 40, H - 110
            for ri, row in enumerate(rows):
                nl = max(len(v.split("\n")) for v in row); rh = 16 * nl + 10
                c.setFillColor(blue if ri == 0 else (grey if ri % 2 else white))
                c.rect(x0, y - rh, sum(cw), rh, stroke=0, fill=1)
                x = x0
                for ci, v in enumerate(row):
                    c.setFillColor(white if ri == 0 else HexColor("#222222"))
                    lines(x + 8, y - 18, v, font="LSB" if ri == 0 or ci == 0 else "LS", size=13, lead=1.2)
                    x += cw[ci]
                y -= rh
        if "frise" in s:
            n_ = len(s["frise"]); bw = (W - 80) / n_
            for i, (d, t) in enumerate(s["frise"]):
                x = 40 + i * bw
                c.setFillColor(teal); p = c.beginPath()
                p.moveTo(x, 330); p.lineTo(x + bw - 20, 330); p.lineTo(x + bw - 2, 360); p.lineTo(x + bw - 20, 390)
                p.lineTo(x, 390); p.lineTo(x + 18, 360); p.close(); c.drawPath(p, stroke=0, fill=1)
                c.setFillColor(white); c.setFont("LSB", 12)
                words = d.split(" "); half = (len(words) + 1) // 2
                c.drawString(x + 24, 366, " ".join(words[:half])); c.drawString(x + 24, 350, " ".join(words[half:]))
                c.setFillColor(HexColor("#222222")); lines(x + 10, 300, t, size=16)
            c.setFont("LS", 14); c.setFillColor(HexColor("#a00000")); c.drawString(40, 120, s["note"])
        if "cartes" in s:
            for i, (nom, adr, what) in enumerate(s["cartes"]):
                x = 40 + i * 300
                c.setFillColor(grey); c.roundRect(x, 170, 280, 250, 12, stroke=0, fill=1)
                c.setFillColor(blue); c.setFont("LSB", 17); c.drawString(x + 14, 385, nom)
                c.setFillColor(HexColor("#222222")); y = lines(x + 14, 345, adr, size=15)
                c.setFillColor(teal); c.setFont("LSB", 14); c.drawString(x + 14, 195, what)
            c.setFillColor(HexColor("#444444")); c.setFont("LS", 13); c.drawString(40, 120, s["note"])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- LibreOffice
def soffice(files, infilter=None, target="pdf"):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:  # page HTML ouverte dans Writer (et non Writer/Web) pour que les tableaux se coupent
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", HERE] + [out(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def render(pdf, dpi):
    tmp = tempfile.mkdtemp(prefix="indz_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "p")], check=True)
    pages = [Image.open(os.path.join(tmp, f)).convert("L") for f in sorted(os.listdir(tmp))]
    shutil.rmtree(tmp)
    return pages


def save_image_pdf(images, path, dpi, quality):
    frames = []
    for im in images:
        b = io.BytesIO(); im.save(b, "JPEG", quality=quality); b.seek(0)
        frames.append(Image.open(b))
    frames[0].save(path, "PDF", save_all=True, append_images=frames[1:], resolution=dpi)


def scan_flatbed(src, dst):
    dpi = 200
    res = []
    for i, im in enumerate(render(src, dpi)):
        angle = random.choice([-1, 1]) * random.uniform(0.5, 1.1)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.9 + 18  # papier légèrement gris
        a += np.random.normal(0, 7, a.shape)
        a[:, :12] = 60  # ombre du bord du capot
        res.append(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5)))
    save_image_pdf(res, dst, dpi, 70)


def scan_phone(src, dst):
    res = []
    for im in render(src, 170):
        w, h = im.size
        bg = Image.new("L", (int(w * 1.18), int(h * 1.12)), 90)
        bg.paste(im, (int(w * 0.09), int(h * 0.05)))
        W, H = bg.size
        # perspective : le haut de la page est plus éloigné (plus étroit)
        d = 0.06
        coeffs = find_coeffs([(0, 0), (W, 0), (W, H), (0, H)],
                             [(W * d, H * 0.02), (W * (1 - d * 0.6), 0), (W, H), (0, H * 0.98)])
        im2 = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=70)
        a = np.asarray(im2).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        shadow = 0.72 + 0.28 * (xx / W) * (1 - 0.3 * yy / H)  # ombre de la main / du téléphone
        a = a * shadow + np.random.normal(0, 5, a.shape)
        im3 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
        im3 = im3.resize((int(W * 0.85), int(H * 0.85)))
        res.append(im3)
    save_image_pdf(res, dst, 150, 55)


def find_coeffs(dst_pts, src_pts):
    m = []
    for (x, y), (X, Y) in zip(dst_pts, src_pts):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float); B = np.array([c for p in src_pts for c in p], dtype=float)
    return np.linalg.solve(A, B).tolist()


def main():
    build_normandie()
    build_cim()
    build_montpellier()
    build_guadeloupe()
    build_nice()
    soffice(["circulaire_elt_2028_normandie.docx", "note_nationale_cim_2028.docx",
             "circulaire_ci_2026_guadeloupe.odt"])
    soffice(["circulaire_sam_2026_montpellier.html"], infilter="HTML (StarWriter)", target="pdf:writer_pdf_Export")
    scan_flatbed(out("circulaire_elt_2028_normandie.pdf"), out("circulaire_elt_2028_normandie_scan.pdf"))
    scan_phone(out("circulaire_ci_2026_guadeloupe.pdf"), out("circulaire_ci_2026_guadeloupe_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".odt", ".html")):
            print(f"{os.path.getsize(out(f)):>9}  {f}")


if __name__ == "__main__":
    main()
