#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_k (DOCX, PDF, ODT, HTML, scans) à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
N'importe aucun module du projet. LibreOffice est lancé avec un profil privé.
"""
import copy
import datetime
import os
import shutil
import subprocess
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_banque as TB  # noqa: E402
import textes_ciel as TC  # noqa: E402
import textes_ndrc as TN  # noqa: E402
import textes_pi as TP  # noqa: E402
import textes_sam as TS  # noqa: E402

TMP = "/tmp/independantes_k_build"
LO_PROFILE = "file:///tmp/lo_independantes_k"


# ------------------------------------------------------------------ helpers docx
def base_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    return doc


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def header_row(table, labels, fill="D9E2F3", size=9):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        cell_text(c, lab, bold=True, size=size)
        shade(c, fill)
    repeat_header(row)


def page_field(paragraph):
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


def set_header_footer(section, header_lines, footer_text):
    h = section.header
    p = h.paragraphs[0]
    p.text = ""
    for i, line in enumerate(header_lines):
        r = p.add_run(line)
        r.font.size = Pt(8)
        r.bold = i == 1
        if i < len(header_lines) - 1:
            r.add_break()
    f = section.footer.paragraphs[0]
    f.text = ""
    r = f.add_run(footer_text + " – page ")
    r.font.size = Pt(8)
    page_field(f)
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER


def heading(doc, text, size=11, color="1F3864", before=10):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    return p


def set_cols(section, num, space=708):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))
    sectPr.append(cols)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


# ------------------------------------------------------------------ 1. CIEL Nancy-Metz (long)
def build_ciel(path):
    doc = base_document()
    sec = doc.sections[0]
    set_header_footer(sec, TC.EN_TETE, TC.PIED)
    # bloc expéditeur avec taquets de tabulation
    for i, line in enumerate(TC.EXPEDITEUR):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5))
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.font.size = Pt(8)
        if i == 0:
            p.add_run("\t" + TC.LIEU_DATE).bold = True
    doc.add_paragraph()
    doc.add_paragraph(TC.DESTINATAIRES).paragraph_format.left_indent = Cm(6)
    p = doc.add_paragraph()
    p.add_run(TC.OBJET).bold = True
    doc.add_paragraph("Références :")
    for ref in TC.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(TC.INTRO)

    heading(doc, "1. CALENDRIER DE LA SESSION 2027", 12)
    for titre, lignes in (("ÉPREUVES ÉCRITES", TC.CAL_ECRITS), ("ÉPREUVES ORALES ET PRATIQUES", TC.CAL_ORAUX)):
        heading(doc, titre, 10, before=4)
        t = doc.add_table(rows=1 + len(lignes), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_row(t, TC.CAL_ENTETE)
        for row, data in zip(t.rows[1:], lignes):
            for c, val in zip(row.cells, data):
                cell_text(c, val, size=9)
        widths(t, [3.6, 3.0, 1.4, 7.6, 1.4])
    p = doc.add_paragraph(TC.CAL_CCF)
    p.runs[0].italic = True
    heading(doc, "AUTRES ÉTAPES DE LA SESSION", 10, before=4)
    t = doc.add_table(rows=1 + len(TC.CAL_AUTRES), cols=2)
    t.style = "Table Grid"
    header_row(t, ["Date", "Étape"])
    for row, (d, e) in zip(t.rows[1:], TC.CAL_AUTRES):
        cell_text(row.cells[0], d, size=9, bold=True)
        cell_text(row.cells[1], e, size=9)
    widths(t, [5.0, 12.0])
    doc.add_paragraph(TC.CAL_NB).runs[0].font.size = Pt(8.5)

    heading(doc, TC.CENTRES_TITRE, 12)
    t = doc.add_table(rows=1 + len(TC.CENTRES), cols=3)
    t.style = "Table Grid"
    header_row(t, ["Établissement et adresse", "Code postal – Ville", "Épreuves"])
    for row, (nom, a1, a2, ville, ep) in zip(t.rows[1:], TC.CENTRES):
        cell_text(row.cells[0], f"{nom}\n{a1}\n{a2}", size=9)
        row.cells[0].paragraphs[0].runs[0].bold = True
        cell_text(row.cells[1], ville, size=9)
        cell_text(row.cells[2], ep, size=9)
    widths(t, [8.0, 5.0, 4.0])
    doc.add_paragraph(TC.CENTRES_NOTE)
    heading(doc, TC.FORMATION_TITRE, 11)
    for f in TC.FORMATION:
        doc.add_paragraph(f, style="List Bullet")
    heading(doc, TC.ORGA_TITRE, 12)
    for titre, texte in TC.ORGA:
        heading(doc, titre, 10, before=4)
        doc.add_paragraph(texte).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for i, line in enumerate(TC.SIGNATURE):
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)

    # Annexe 1
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, TC.ANNEXE1_TITRE, 12, before=0)
    t = doc.add_table(rows=len(TC.ANNEXE1_LIGNES), cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, TC.ANNEXE1_LIGNES):
        cell_text(row.cells[0], a, bold=True, size=9)
        cell_text(row.cells[1], b, size=9)
        row.height = Cm(1.2)
    widths(t, [7.0, 10.0])

    # Annexes 2 et 3 : grilles en section paysage
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)

    def grille(titre, comps):
        heading(doc, titre, 12, before=0)
        doc.add_paragraph("Candidat : ………………………………   N° : …………   Centre : ………………………   "
                          "Date : …… / …… / 2027")
        t = doc.add_table(rows=1, cols=3 + len(TC.NIVEAUX))
        t.style = "Table Grid"
        header_row(t, ["Compétence", "Intitulé", "Indicateurs d'évaluation"] + TC.NIVEAUX, size=8)
        for code_c, lib in comps:
            for k, ind in enumerate(TC.INDICATEURS):
                cells = t.add_row().cells
                cell_text(cells[0], code_c if k == 0 else "", bold=True, size=8)
                cell_text(cells[1], lib if k == 0 else "", size=8)
                cell_text(cells[2], ind, size=8)
                for c in cells[3:]:
                    cell_text(c, "☐", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
        widths(t, [2.0, 6.0, 8.0, 2.3, 2.3, 2.3, 2.3])
        doc.add_paragraph("Note proposée : ……… / 20    Appréciation globale : "
                          "……………………………………………………………………………………")
        doc.add_paragraph("Nom et signature des examinateurs :")

    grille("ANNEXE 2-A – GRILLE D'ÉVALUATION DE L'ÉPREUVE E5 – OPTION A « INFORMATIQUE ET RÉSEAUX »",
           TC.COMPETENCES_E5)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    grille("ANNEXE 2-B – GRILLE D'ÉVALUATION DE L'ÉPREUVE E5 – OPTION B « ÉLECTRONIQUE ET RÉSEAUX »",
           [(c, l.replace("réseau informatique", "système électronique").replace("système informatique",
                                                                                 "système électronique"))
            for c, l in TC.COMPETENCES_E5])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    grille("ANNEXE 3 – GRILLE D'ÉVALUATION DE L'ÉPREUVE E6 – VALORISATION DE LA DONNÉE ET CYBERSÉCURITÉ",
           TC.COMPETENCES_E6)

    back = doc.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21.0), Cm(29.7)
    for titre, lignes in ((TC.ATTESTATION_TITRE, TC.ATTESTATION_LIGNES), (TC.PV_TITRE, TC.PV_LIGNES)):
        heading(doc, titre, 12, before=0)
        t = doc.add_table(rows=len(lignes), cols=2)
        t.style = "Table Grid"
        for row, (a, b) in zip(t.rows, lignes):
            cell_text(row.cells[0], a, bold=True, size=9)
            cell_text(row.cells[1], b, size=9)
            row.height = Cm(1.4)
        widths(t, [6.0, 11.0])
        doc.add_paragraph()
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, TC.BORDEREAU_TITRE, 12, before=0)
    doc.add_paragraph(TC.BORDEREAU_INFO)
    t = doc.add_table(rows=1 + TC.BORDEREAU_LIGNES, cols=len(TC.BORDEREAU_ENTETE))
    t.style = "Table Grid"
    header_row(t, TC.BORDEREAU_ENTETE)
    for k, row in enumerate(t.rows[1:], start=1):
        cell_text(row.cells[0], str(k), size=9)
        row.height = Cm(0.62)
    widths(t, [1.0, 4.5, 4.0, 2.5, 2.5, 2.5])
    doc.add_paragraph("Visa du chef d'établissement :                    Cachet :")
    doc.core_properties.title = TC.OBJET
    doc.core_properties.author = "DEC 3 – Académie de Nancy-Metz"
    doc.save(path)


# ------------------------------------------------------------------ 2. Banque Orléans-Tours (fusions 3 lignes)
def build_banque(path):
    doc = base_document("Times New Roman", 11)
    sec = doc.sections[0]
    set_header_footer(sec, TB.EN_TETE, TB.PIED)
    p = doc.add_paragraph(TB.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.add_run(TB.OBJET).bold = True
    doc.add_paragraph(TB.REFERENCES).runs[0].font.size = Pt(9)
    doc.add_paragraph(TB.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading(doc, TB.CAL_TITRE, 11, "000000")
    n = len(TB.CENTRES_ECRITS)
    t = doc.add_table(rows=1 + n * len(TB.CAL_ECRITS), cols=5)
    t.style = "Table Grid"
    header_row(t, TB.CAL_ENTETE, "E7E6E6")
    for i, (date, ep, hor) in enumerate(TB.CAL_ECRITS):
        r0 = 1 + i * n
        for col, val in ((0, date), (1, ep), (2, hor)):
            top = t.cell(r0, col)
            merged = top.merge(t.cell(r0 + n - 1, col))
            cell_text(merged, val, bold=(col == 0), size=10)
        for k, (centre, ville) in enumerate(TB.CENTRES_ECRITS):
            cell_text(t.cell(r0 + k, 3), centre, size=9)
            t.cell(r0 + k, 3).paragraphs[0].runs[0].bold = True
            cell_text(t.cell(r0 + k, 4), ville, size=9)
    widths(t, [2.8, 5.0, 2.2, 5.0, 2.0])
    doc.add_paragraph(TB.CAL_NOTE).runs[0].italic = True
    for titre, paras in ((TB.CORR_TITRE, TB.CORR), (TB.ORAUX_TITRE, TB.ORAUX)):
        heading(doc, titre, 11, "000000")
        for para in paras:
            doc.add_paragraph(para).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph("Adresse du centre d'interrogation E5 :")
    for line in TB.ADRESSE_ORAL:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(2)
        p.paragraph_format.space_after = Pt(0)
    heading(doc, TB.DOSSIER_TITRE, 11, "000000")
    for para in TB.DOSSIER:
        doc.add_paragraph(para).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading(doc, TB.FORMATION_TITRE, 11, "000000")
    for f in TB.FORMATION:
        doc.add_paragraph(f, style="List Bullet")
    heading(doc, TB.RESULTATS_TITRE, 11, "000000")
    for para in TB.RESULTATS:
        doc.add_paragraph(para)
    doc.add_paragraph()
    for line in TB.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
    doc.save(path)


# ------------------------------------------------------------------ 3. NDRC Poitiers (modifications suivies)
_REV = [0]


def _rev_id():
    _REV[0] += 1
    return str(100 + _REV[0])


def add_segments(paragraph, segments, tracked, size=None, bold=False):
    """Ajoute des segments ("t"|"ins"|"del", texte). tracked=False : version acceptée."""
    for kind, text in segments:
        if kind == "del" and not tracked:
            continue
        if kind == "t" or not tracked:
            r = paragraph.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            continue
        wrapper = OxmlElement("w:ins" if kind == "ins" else "w:del")
        wrapper.set(qn("w:id"), _rev_id())
        wrapper.set(qn("w:author"), "Yannick Bourdon")
        wrapper.set(qn("w:date"), "2028-01-21T16:42:00Z")
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if size:
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz)
        r.append(rpr)
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        wrapper.append(r)
        paragraph._p.append(wrapper)


def build_ndrc(path, tracked):
    doc = base_document("Calibri", 10.5)
    sec = doc.sections[0]
    f = sec.footer.paragraphs[0]
    f.text = TN.PIED
    f.runs[0].font.size = Pt(7.5)
    # en-tête de première page : tableau (académie à gauche, lieu et date à droite) ; pages suivantes : rappel
    sec.different_first_page_header_footer = True
    ht = sec.first_page_header.add_table(rows=1, cols=2, width=Cm(17))
    cell_text(ht.cell(0, 0), "\n".join(TN.EN_TETE_GAUCHE), size=8)
    ht.cell(0, 0).paragraphs[0].runs[0].bold = True
    cell_text(ht.cell(0, 1), "\n".join(TN.EN_TETE_DROITE), size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    sec.header.paragraphs[0].text = "Académie de Poitiers – BTS NDRC – session 2028"
    sec.header.paragraphs[0].runs[0].font.size = Pt(7.5)
    fp = sec.first_page_footer.paragraphs[0]
    fp.text = TN.PIED
    fp.runs[0].font.size = Pt(7.5)
    # section 1 : deux colonnes
    for line in TN.COL_GAUCHE:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
        if line.endswith(":"):
            p.runs[0].bold = True if p.runs else None
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.COLUMN)
    p = doc.add_paragraph()
    p.add_run(TN.OBJET).bold = True
    doc.add_paragraph(TN.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(doc.sections[0], 2)
    set_cols(doc.sections[1], 1)

    heading(doc, TN.TITRE_ECRITS, 11, "7030A0")
    t = doc.add_table(rows=3, cols=1 + len(TN.JOURS))
    t.style = "Table Grid"
    header_row(t, [""] + TN.JOURS, "EADCF8")
    for r, (lab, vals) in enumerate((("Matin", TN.MATIN), ("Après-midi", TN.APRES_MIDI)), start=1):
        cell_text(t.cell(r, 0), lab, bold=True, size=9)
        for c, v in enumerate(vals, start=1):
            cell_text(t.cell(r, c), v, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    widths(t, [2.6, 4.8, 4.8, 4.8])

    heading(doc, TN.TITRE_CENTRES, 11, "7030A0")
    t = doc.add_table(rows=1 + len(TN.CENTRES), cols=4)
    t.style = "Table Grid"
    header_row(t, ["Centre", "Adresse", "Code postal", "Ville"], "EADCF8")
    for row, vals in zip(t.rows[1:], TN.CENTRES):
        for c, v in zip(row.cells, vals):
            cell_text(c, v, size=9)
    widths(t, [5.0, 6.0, 3.0, 3.0])

    heading(doc, TN.TITRE_ORAUX, 11, "7030A0")
    for o in TN.ORAUX:
        doc.add_paragraph(o, style="List Number")
    doc.add_paragraph(TN.ORAUX_NOTE)

    heading(doc, TN.TITRE_DOSSIERS, 11, "7030A0")
    p = doc.add_paragraph()
    add_segments(p, TN.DOSSIER_SEGMENTS, tracked)
    doc.add_paragraph("Chaque dossier comprend :")
    for item in TN.LISTE_DOSSIER:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(TN.CONFORMITE)

    heading(doc, TN.TITRE_FAC, 11, "7030A0")
    for item in TN.FAC:
        doc.add_paragraph(item, style="List Bullet")

    heading(doc, TN.TITRE_JURY, 11, "7030A0")
    t = doc.add_table(rows=1 + len(TN.JURY_LIGNES), cols=3)
    t.style = "Table Grid"
    header_row(t, TN.JURY_ENTETE, "EADCF8")
    anchor = None
    for row, (etape, segs, lieu) in zip(t.rows[1:], TN.JURY_LIGNES):
        cell_text(row.cells[0], etape, bold=True, size=9.5)
        if anchor is None:
            anchor = row.cells[0].paragraphs[0].runs[0]
        row.cells[1].text = ""
        add_segments(row.cells[1].paragraphs[0], segs, tracked, size=9.5)
        cell_text(row.cells[2], lieu, size=9.5)
    widths(t, [5.0, 6.0, 6.0])
    if tracked:
        doc.add_comment(anchor, text=TN.COMMENTAIRE, author=TN.COMMENT_AUTEUR, initials="YB")

    heading(doc, TN.FORMATION_TITRE, 11, "7030A0")
    for item in TN.FORMATION:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph()
    for line in TN.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9.5)
        p.paragraph_format.space_after = Pt(0)
    if tracked:  # afficher les modifications à l'ouverture
        settings = doc.settings.element
        tr = OxmlElement("w:trackRevisions")
        settings.append(tr)
    doc.save(path)


# ------------------------------------------------------------------ 5. note nationale (reportlab, paysage)
def build_pi(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    fontdir = "/usr/share/fonts/truetype/liberation2" if os.path.isdir(
        "/usr/share/fonts/truetype/liberation2") else "/usr/share/fonts/truetype/liberation"
    pdfmetrics.registerFont(TTFont("LibSans", os.path.join(fontdir, "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSansB", os.path.join(fontdir, "LiberationSans-Bold.ttf")))
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="LibSans", fontSize=9.5, leading=12)
    small = ParagraphStyle("s", parent=n, fontSize=8, leading=10)
    b = ParagraphStyle("b", parent=n, fontName="LibSansB")
    h = ParagraphStyle("h", parent=b, fontSize=11, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#003189"))

    def deco(canvas, docu):
        canvas.saveState()
        canvas.setFont("LibSans", 7.5)
        canvas.drawString(1.5 * cm, 1.0 * cm, TP.NUMERO + " – BTS Professions immobilières – session 2026")
        canvas.drawRightString(landscape(A4)[0] - 1.5 * cm, 1.0 * cm, f"page {docu.page}")
        canvas.setFillColor(colors.HexColor("#003189"))
        canvas.rect(1.5 * cm, landscape(A4)[1] - 1.2 * cm, 0.25 * cm, 0.7 * cm, fill=1, stroke=0)
        canvas.setFillColor(colors.HexColor("#E1000F"))
        canvas.rect(1.75 * cm, landscape(A4)[1] - 1.2 * cm, 0.25 * cm, 0.7 * cm, fill=1, stroke=0)
        canvas.restoreState()

    story = []
    head = Table([[Paragraph("<br/>".join(TP.EN_TETE), b),
                   Paragraph(TP.LIEU_DATE + "<br/>" + TP.NUMERO, n)]], colWidths=[17 * cm, 9 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story += [head, Spacer(1, 6), Paragraph(TP.DESTINATAIRES, n), Spacer(1, 4), Paragraph(TP.OBJET, b),
              Paragraph(TP.REFERENCES, small), Spacer(1, 4), Paragraph(TP.INTRO, n)]
    story.append(Paragraph("Épreuves du diplôme", h))
    data = [TP.TABLE_EPREUVES_ENTETE] + [list(r) for r in TP.TABLE_EPREUVES]
    te = Table([[Paragraph(str(c), small) for c in r] for r in data],
               colWidths=[2.2 * cm, 1.8 * cm, 12 * cm, 3.5 * cm, 2.5 * cm], repeatRows=1)
    te.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4F0"))]))
    story.append(te)
    story.append(Paragraph("Calendrier des épreuves écrites – heures locales par territoire", h))
    data = [TP.CAL_ENTETE] + [list(r) for r in TP.CAL]
    tc = Table([[Paragraph(str(c), small) for c in r] for r in data],
               colWidths=[2.4 * cm, 6.2 * cm] + [2.5 * cm] * 5 + [2.6 * cm, 3.0 * cm], repeatRows=1)
    tc.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4F0")),
                            ("BACKGROUND", (2, 1), (2, -1), colors.HexColor("#F3F6FB"))]))
    story.append(tc)
    for note in TP.NOTES_CAL:
        story.append(Paragraph(note, small))
    for titre, texte in TP.POINTS:
        story.append(Paragraph(titre, h))
        story.append(Paragraph(texte, n))
    story.append(Spacer(1, 14))
    for line in TP.SIGNATURE:
        story.append(Paragraph(line, ParagraphStyle("sig", parent=n, leftIndent=16 * cm)))
    d = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                          topMargin=1.6 * cm, bottomMargin=1.6 * cm, title=TP.OBJET, author="DGESIP")
    d.build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ LibreOffice
def soffice(args, outdir):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--norestore"] + args + [
        "--outdir", outdir]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ------------------------------------------------------------------ scans
def render(pdf, dpi, gray, prefix):
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(args, check=True)
    d = os.path.dirname(prefix)
    base = os.path.basename(prefix)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith(base) and f.endswith(".png"))


def flatbed(pdf, out, seed=7):
    rng = np.random.default_rng(seed)
    pages = []
    for i, png in enumerate(render(pdf, 200, True, os.path.join(TMP, "scan"))):
        im = Image.open(png).convert("L")
        angle = [0.7, -0.45, 0.3, -0.6, 0.5][i % 5]
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10  # papier légèrement gris
        a += rng.normal(0, 6, a.shape)
        # bord sombre du capot du scanner
        a[:, :12] *= 0.55
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200.0)


def find_coeffs(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone(pdf, out, seed=11):
    rng = np.random.default_rng(seed)
    pages = []
    for i, png in enumerate(render(pdf, 130, False, os.path.join(TMP, "photo"))):
        im = Image.open(png).convert("RGB")
        w, h = im.size
        W, H = int(w * 1.12), int(h * 1.10)
        bg = Image.new("RGB", (W, H), (96, 84, 70))  # table en bois sombre
        ox, oy = (W - w) // 2, (H - h) // 2
        bg.paste(im, (ox, oy))
        # perspective : coin haut droit rapproché, bas élargi
        src = [(0, 0), (W, 0), (W, H), (0, H)]
        j = lambda s: s * (1 + rng.uniform(-0.2, 0.2))  # noqa: E731
        dst = [(j(W * 0.035), j(H * 0.02)), (W - j(W * 0.06), j(H * 0.045)), (W - j(W * 0.01), H - j(H * 0.01)),
               (j(W * 0.015), H - j(H * 0.03))]
        coeffs = find_coeffs(dst, src)
        im = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(70, 60, 50))
        a = np.asarray(im).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        shade_ = 1.0 - 0.28 * (xx / W) * (yy / H) - 0.10 * (1 - yy / H)  # ombre du téléphone
        a *= shade_[..., None]
        a[..., 2] *= 0.92  # éclairage chaud
        a += rng.normal(0, 4, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        jp = os.path.join(TMP, f"photo_{i}.jpg")
        im.save(jp, quality=55)
        pages.append(Image.open(jp))
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=130.0)


# ------------------------------------------------------------------ main
def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    out = HERE
    ciel = os.path.join(out, TC.STEM + ".docx")
    banque = os.path.join(out, TB.STEM + ".docx")
    ndrc = os.path.join(out, TN.STEM + ".docx")
    ndrc_clean = os.path.join(TMP, "clean", TN.STEM + ".docx")
    os.makedirs(os.path.dirname(ndrc_clean))
    sam = os.path.join(out, TS.STEM + ".html")
    build_ciel(ciel)
    build_banque(banque)
    build_ndrc(ndrc, tracked=True)
    build_ndrc(ndrc_clean, tracked=False)
    with open(sam, "w", encoding="utf-8") as fh:
        fh.write(TS.HTML)
    build_pi(os.path.join(out, TP.STEM + ".pdf"))
    print("docx/html/reportlab ok")
    soffice(["--convert-to", "pdf", ciel, banque, ndrc_clean], out)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", sam], out)
    soffice(["--convert-to", "odt", ndrc], out)
    print("libreoffice ok")
    flatbed(os.path.join(out, TB.STEM + ".pdf"), os.path.join(out, TB.STEM + "_scan.pdf"))
    phone(os.path.join(out, TS.STEM + ".pdf"), os.path.join(out, TS.STEM + "_photo.pdf"))
    print("scans ok")


if __name__ == "__main__":
    main()
