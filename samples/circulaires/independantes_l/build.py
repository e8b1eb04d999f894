#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_l (DOCX, ODT, HTML, PDF, scans) à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Intermédiaires dans /tmp/build_l ; LibreOffice avec un profil privé.
"""
import io
import os
import shutil
import subprocess
import sys

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ICI = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ICI)
TMP = "/tmp/build_l"
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_independantes_l"]

import textes_grenoble as TG  # noqa: E402
import textes_lille as TL  # noqa: E402
import textes_nantes as TN  # noqa: E402
import textes_nationale as TNAT  # noqa: E402
import textes_rennes as TR  # noqa: E402
import textes_reunion as TRE  # noqa: E402


def lo_convert(paths, fmt, outdir=ICI):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir] + list(paths), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- utilitaires DOCX
def champ(paragraph, instr):
    """Champ Word simple (PAGE, NUMPAGES)."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def ombrer(cell, couleur):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), couleur)
    tcPr.append(shd)


def texte_cellule(cell, texte, gras=False, taille=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(texte)
    r.bold = gras
    if taille:
        r.font.size = Pt(taille)
    if align:
        p.alignment = align
    return p


def style_base(doc, police="Arial", taille=10):
    st = doc.styles["Normal"]
    st.font.name = police
    st.font.size = Pt(taille)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), police)
    st.paragraph_format.space_after = Pt(3)


def pied_pagine(section, texte):
    p = section.footer.paragraphs[0]
    p.text = ""
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(texte + "\tPage ")
    r.font.size = Pt(7.5)
    champ(p, "PAGE")
    r2 = p.add_run(" / ")
    r2.font.size = Pt(7.5)
    champ(p, "NUMPAGES")


# ---------------------------------------------------------------- A. Lille : tableur paysage
def build_lille():
    """Impression « tableur » paysage : quadrillage, en-têtes de lignes et de colonnes, cellules fusionnées,
    police 6,5 pt. (Pas de module Calc sur la machine : la feuille est dessinée avec reportlab.)"""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    lib = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LS", lib + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", lib + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", lib + "LiberationSans-Italic.ttf"))
    W, H = landscape(A4)
    out = os.path.join(ICI, "calendrier_sam_2027_lille.pdf")
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("BTS SAM 2027 - calendrier")
    c.setAuthor("DEC 3")
    larg = [30, 150, 24, 28, 52, 52, 30, 30, 30, 88, 52, 78]  # points
    x0, y = 40, H - 30
    fs = 6.5
    # ligne des lettres de colonnes
    c.setFont("LS", 5.5)
    c.setFillGray(0.93)
    c.rect(x0 - 14, y - 9, 14 + sum(larg), 9, fill=1, stroke=0)
    c.setFillGray(0.35)
    x = x0
    for j, w in enumerate(larg):
        c.drawCentredString(x + w / 2, y - 7, chr(65 + j))
        x += w
    y -= 9
    numero = [1]

    def ligne(cells, fond=None, bord=True, hauteur_min=10):
        """cells: liste de (texte, span, police, taille)."""
        nonlocal y
        blocs, x, hmax = [], x0, hauteur_min
        j = 0
        for texte, span, police, taille in cells:
            w = sum(larg[j:j + span])
            lignes = simpleSplit(texte, police, taille, w - 4) if texte else []
            hmax = max(hmax, len(lignes) * (taille + 1.2) + 3)
            blocs.append((x, w, lignes, police, taille))
            x += w
            j += span
        # numéro de ligne
        c.setFillGray(0.93)
        c.rect(x0 - 14, y - hmax, 14, hmax, fill=1, stroke=0)
        c.setFillGray(0.35)
        c.setFont("LS", 5.5)
        c.drawRightString(x0 - 2, y - hmax / 2 - 2, str(numero[0]))
        numero[0] += 1
        for bx, bw, lignes, police, taille in blocs:
            if fond:
                c.setFillColorRGB(*fond)
                c.rect(bx, y - hmax, bw, hmax, fill=1, stroke=0)
            c.setStrokeGray(0.45 if bord else 0.85)
            c.setLineWidth(0.4 if bord else 0.2)
            c.rect(bx, y - hmax, bw, hmax, fill=0, stroke=1)
            c.setFillGray(0)
            c.setFont(police, taille)
            for k, l in enumerate(lignes):
                c.drawString(bx + 2, y - 2 - taille - k * (taille + 1.2), l)
        y -= hmax

    n = len(larg)
    for k, t in enumerate(TL.TITRE):
        ligne([(t, n, "LSB" if k < 2 else "LSI", 9 if k == 1 else 7)], bord=False, hauteur_min=12)
    ligne([("", n, "LS", fs)], bord=False, hauteur_min=6)
    ligne([(h, 1, "LSB", fs) for h in TL.ENTETES], fond=(0.85, 0.85, 0.85))
    for l in TL.LIGNES:
        if isinstance(l, tuple):
            genre, t = l
            ligne([(t, n, "LSB" if genre == "section" else "LSI", 7 if genre == "section" else fs)],
                  fond=(0.74, 0.84, 0.93) if genre == "section" else (0.95, 0.95, 0.95))
        else:
            ligne([(v, 1, "LSB" if j == 0 else "LS", fs) for j, v in enumerate(l)])
    ligne([("", n, "LS", fs)], bord=False, hauteur_min=6)
    ligne([(TL.CENTRES_TITRE, n, "LSB", 7)], bord=False)
    for cen in TL.CENTRES:
        ligne([(cen[0], 2, "LSB", fs), (cen[1], 4, "LS", fs), (cen[2], 2, "LS", fs), (cen[3], 4, "LS", fs)])
    ligne([("", n, "LS", fs)], bord=False, hauteur_min=6)
    for t in TL.NOTES:
        ligne([(t, n, "LSI", 6)], bord=False)
    c.setFont("LS", 6.5)
    c.setFillGray(0.2)
    c.drawCentredString(W / 2, 18, "DEC 3 – BTS SAM 2027 – page 1/1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- B. Rennes : FAQ
def build_rennes():
    doc = Document()
    style_base(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2.5)
    h = sec.header.paragraphs[0]
    h.text = ""
    for k, l in enumerate(TR.ENTETE):
        r = h.add_run(l + ("\n" if k < len(TR.ENTETE) - 1 else ""))
        r.bold = k == 0
        r.font.size = Pt(8 if k else 10)
    pied_pagine(sec, TR.PIED)
    p = doc.add_paragraph(TR.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for l in TR.AFFAIRE:
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.add_run(l).font.size = Pt(8)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.paragraph_format.space_before = Pt(12)
    r = t.add_run(TR.TITRE)
    r.bold = True
    r.font.size = Pt(14)
    st = doc.add_paragraph()
    st.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st.add_run(TR.SOUS_TITRE).italic = True
    ref = doc.add_paragraph()
    ref.add_run(TR.REFERENCES).font.size = Pt(8.5)
    doc.add_paragraph(TR.INTRO)
    for titre, qas in TR.RUBRIQUES:
        hp = doc.add_heading(titre, level=2)
        for q, reps in qas:
            qp = doc.add_paragraph()
            qp.paragraph_format.space_before = Pt(6)
            qp.paragraph_format.keep_with_next = True
            qr = qp.add_run("Q. " + q)
            qr.bold = True
            for rep in reps:
                if isinstance(rep, tuple) and rep[0] == "puces":
                    for item in rep[1]:
                        doc.add_paragraph(item, style="List Bullet")
                elif isinstance(rep, tuple) and rep[0] == "adresse":
                    for k, l in enumerate(rep[1]):
                        ap = doc.add_paragraph()
                        ap.paragraph_format.left_indent = Cm(1.5)
                        ap.paragraph_format.space_after = Pt(0 if k < len(rep[1]) - 1 else 4)
                        ar = ap.add_run(l)
                        ar.bold = k == 0
                else:
                    ap = doc.add_paragraph()
                    ap.paragraph_format.left_indent = Cm(0.6)
                    ap.add_run("R. ").bold = True
                    ap.add_run(rep)
    doc.add_paragraph()
    for l in TR.SIGNATURE:
        sp = doc.add_paragraph(l)
        sp.paragraph_format.left_indent = Cm(9)
        sp.paragraph_format.space_after = Pt(0)
    out = os.path.join(ICI, "faq_tourisme_2026_rennes.docx")
    doc.save(out)
    lo_convert([out], "pdf")
    lo_convert([out], "odt")


# ---------------------------------------------------------------- C. Grenoble : lettre, encadré latéral
def cadre(p, bas=False, haut=False):
    pPr = p._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    for k, v in (("w:w", "3300"), ("w:hSpace", "227"), ("w:wrap", "around"), ("w:vAnchor", "text"),
                 ("w:hAnchor", "margin"), ("w:xAlign", "right"), ("w:y", "1")):
        fp.set(qn(k), v)
    pPr.append(fp)
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "12")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "1F3864")
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "EAF0F8")
    pPr.append(shd)


def build_grenoble():
    doc = Document()
    style_base(doc, "Arial", 9)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.3)
    sec.bottom_margin = Cm(1.2)
    # en-tête : tableau sans bordure, expéditeur à gauche, date à droite
    tb = doc.add_table(rows=1, cols=2)
    g, d = tb.rows[0].cells
    g.text = ""
    for k, l in enumerate(TG.EXPEDITEUR):
        p = g.paragraphs[0] if k == 0 else g.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l)
        r.bold = k in (0, 2)
        r.font.size = Pt(10 if k == 0 else 7.5)
    d.text = ""
    pd = d.paragraphs[0]
    pd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pd.add_run(TG.LIEU_DATE)
    for l in TG.DESTINATAIRE:
        q = d.add_paragraph(l)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
    o = doc.add_paragraph()
    o.paragraph_format.space_before = Pt(8)
    o.add_run(TG.OBJET).bold = True
    doc.add_paragraph(TG.REFERENCE).runs[0].font.size = Pt(8)
    # encadré (paragraphes encadrés consécutifs = un cadre)
    p = doc.add_paragraph()
    cadre(p)
    r = p.add_run(TG.CADRE_TITRE)
    r.bold = True
    r.font.size = Pt(9.5)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    for lib, val in TG.CADRE:
        p = doc.add_paragraph()
        cadre(p)
        p.paragraph_format.space_after = Pt(1)
        if val is None:
            rr = p.add_run(lib)
            rr.bold = True
            rr.font.size = Pt(8)
            rr.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        else:
            a = p.add_run(lib + " : ")
            a.bold = True
            a.font.size = Pt(8)
            b = p.add_run(val)
            b.font.size = Pt(8)
    for bloc in TG.CORPS:
        if isinstance(bloc, tuple) and bloc[0] == "titre":
            t = doc.add_paragraph()
            t.paragraph_format.space_before = Pt(4)
            t.add_run(bloc[1]).bold = True
        elif isinstance(bloc, tuple) and bloc[0] == "adresse":
            for k, l in enumerate(bloc[1]):
                ap = doc.add_paragraph()
                ap.paragraph_format.left_indent = Cm(1)
                ap.paragraph_format.space_after = Pt(0 if k < len(bloc[1]) - 1 else 3)
                ar = ap.add_run(l)
                ar.bold = k == 0
        else:
            q = doc.add_paragraph(bloc)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for k, l in enumerate(TG.SIGNATURE):
        sp = doc.add_paragraph(l)
        sp.paragraph_format.left_indent = Cm(10)
        sp.paragraph_format.space_after = Pt(0)
        if k == 0:
            sp.paragraph_format.space_before = Pt(6)
    out = os.path.join(ICI, "lettre_pi_2028_grenoble.docx")
    doc.save(out)
    lo_convert([out], "pdf")


# ---------------------------------------------------------------- D. La Réunion : reportlab
def build_reunion():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVB")
    n = ParagraphStyle("n", fontName="DV", fontSize=9, leading=11.5, spaceAfter=4)
    pt = ParagraphStyle("pt", parent=n, fontSize=8, leading=9.5, spaceAfter=0)
    h = ParagraphStyle("h", parent=n, fontName="DVB", fontSize=10.5, spaceBefore=10, spaceAfter=5,
                       textColor=colors.HexColor("#1F3864"))
    note = ParagraphStyle("note", parent=n, fontName="DVI", fontSize=7.5, leading=9, spaceAfter=1)
    droite = ParagraphStyle("d", parent=n, alignment=TA_RIGHT)
    out = os.path.join(ICI, "circulaire_gpme_2027_la-reunion.pdf")

    def page(canv, docu):
        canv.saveState()
        canv.setFont("DV", 7)
        canv.drawString(2 * cm, 1.2 * cm, TRE.PIED)
        canv.drawRightString(19 * cm, 1.2 * cm, "page %d" % docu.page)
        canv.restoreState()

    story = []
    ent = Table([[Paragraph("<b>" + "<br/>".join(TRE.ENTETE_G[:2]) + "</b><br/><font size=7><i>" +
                            "<br/>".join(TRE.ENTETE_G[2:]) + "</i></font>", n),
                  Paragraph("<br/>".join(TRE.ENTETE_D), ParagraphStyle("e", parent=pt, alignment=TA_RIGHT))]],
                colWidths=[8.5 * cm, 8.5 * cm])
    story += [ent, Spacer(1, 10), Paragraph(TRE.LIEU_DATE, droite), Spacer(1, 4),
              Paragraph(TRE.DESTINATAIRES, n), Paragraph("<b>" + TRE.OBJET + "</b>", n),
              Paragraph(TRE.REFERENCES, pt), Spacer(1, 6), Paragraph(TRE.INTRO, n)]
    grille = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 8)])
    story.append(Paragraph(TRE.T_ECRITS, h))
    data = [[Paragraph("<b>%s</b>" % c.replace("\n", "<br/>"), pt) for c in TRE.ECRITS_ENTETE]]
    data += [[Paragraph(c, pt) for c in l] for l in TRE.ECRITS]
    story.append(Table(data, colWidths=[2.0 * cm, 4.6 * cm, 3.2 * cm, 2.6 * cm, 3 * cm, 1.6 * cm],
                       style=grille, repeatRows=1))
    story.append(Spacer(1, 3))
    story += [Paragraph(x, note) for x in TRE.ECRITS_NOTES]
    story.append(Paragraph(TRE.T_ORAUX, h))
    story += [Paragraph("• " + x, n) for x in TRE.ORAUX]
    story.append(Paragraph(TRE.T_CENTRES, h))
    data = [[Paragraph("<b>%s</b>" % c, pt) for c in TRE.CENTRES_ENTETE]]
    data += [[Paragraph(c.replace("\n", "<br/>"), pt) for c in l] for l in TRE.CENTRES]
    story.append(Table(data, colWidths=[3.5 * cm, 6.5 * cm, 3 * cm, 4 * cm], style=grille, repeatRows=1))
    story.append(Spacer(1, 3))
    story.append(Paragraph(TRE.NON_CENTRES, note))
    story.append(Paragraph(TRE.T_ADMIN, h))
    data = [[Paragraph("<b>%s</b>" % c, pt) for c in TRE.ADMIN_ENTETE]]
    data += [[Paragraph(c, pt) for c in l] for l in TRE.ADMIN]
    story.append(Table(data, colWidths=[4.3 * cm, 3.6 * cm, 1.4 * cm, 7.7 * cm], style=grille, repeatRows=1))
    story += [Spacer(1, 8), Paragraph(TRE.CONCLUSION, n), Spacer(1, 6)]
    story += [Paragraph(x, ParagraphStyle("s", parent=n, leftIndent=9.5 * cm, spaceAfter=0)) for x in TRE.SIGNATURE]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm,
                      bottomMargin=1.8 * cm, title="Circulaire BTS GPME 2027 La Réunion",
                      author="DEC La Réunion").build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- E. Note nationale : DOCX deux sections
def build_nationale():
    doc = Document()
    style_base(doc, "Calibri", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = TNAT.ENTETE
    hp.runs[0].font.size = Pt(7.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pied_pagine(sec, TNAT.PIED)
    for k, l in enumerate(TNAT.EXPEDITEUR):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l)
        r.bold = k in (0, 2)
        r.font.size = Pt(10 if k == 0 else 8)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\t" + TNAT.LIEU_DATE)
    for l in TNAT.DESTINATAIRES:
        q = doc.add_paragraph(l)
        q.paragraph_format.left_indent = Cm(7.5)
        q.paragraph_format.space_after = Pt(0)
    o = doc.add_paragraph()
    o.paragraph_format.space_before = Pt(10)
    o.add_run(TNAT.OBJET).bold = True
    for l in TNAT.REFERENCES:
        q = doc.add_paragraph(l)
        q.paragraph_format.space_after = Pt(0)
        q.runs[0].font.size = Pt(8.5)
    doc.add_paragraph()
    doc.add_paragraph(TNAT.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_heading(TNAT.T1, level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for j, c in enumerate(TNAT.REGROUP_ENTETE):
        texte_cellule(tb.rows[0].cells[j], c, gras=True, taille=9)
        ombrer(tb.rows[0].cells[j], "D9E2F3")
    for l in TNAT.REGROUP:
        cells = tb.add_row().cells
        texte_cellule(cells[0], l[0], gras=True, taille=9)
        if l[2] is None:
            m = cells[1].merge(cells[2])
            texte_cellule(m, l[1], taille=9)
        else:
            texte_cellule(cells[1], l[1], taille=9)
            texte_cellule(cells[2], l[2], taille=9)
    q = doc.add_paragraph(TNAT.REGROUP_NOTE)
    q.runs[0].italic = True
    q.runs[0].font.size = Pt(8.5)
    doc.add_heading(TNAT.T2, level=2)
    for lib, nat in TNAT.EPREUVES:
        p = doc.add_paragraph(style="List Bullet" if not lib.startswith(" ") else "List Bullet 2")
        p.paragraph_format.space_after = Pt(0)
        p.add_run(lib.strip()).bold = nat is None
        if nat:
            p.add_run(" : " + nat)
    doc.add_heading(TNAT.T3, level=2)
    for x in TNAT.DOSSIERS:
        doc.add_paragraph(x).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_heading(TNAT.T4, level=2)
    for x in TNAT.ECRITS_TXT:
        doc.add_paragraph(x).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_heading(TNAT.T5, level=2)
    for x in TNAT.JURYS:
        doc.add_paragraph(x, style="List Number")
    for l in TNAT.SIGNATURE:
        sp = doc.add_paragraph(l)
        sp.paragraph_format.left_indent = Cm(9)
        sp.paragraph_format.space_after = Pt(0)
    # section paysage : annexe
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = sec.page_height, sec.page_width
    s2.left_margin = s2.right_margin = Cm(1.5)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(TNAT.ANNEXE_TITRE)
    r.bold = True
    r.font.size = Pt(11)
    ncol = 3 + len(TNAT.TERRITOIRES) + 1
    tb = doc.add_table(rows=2, cols=ncol)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    for j, lib in enumerate(["Épreuve", "Intitulé", "Date"]):
        m = h0[j].merge(h1[j])
        texte_cellule(m, lib, gras=True, taille=8)
        ombrer(m, "D9E2F3")
    m = h0[3].merge(h0[3 + len(TNAT.TERRITOIRES) - 1])
    texte_cellule(m, "Horaires (heure locale)", gras=True, taille=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    ombrer(m, "D9E2F3")
    for k, terr in enumerate(TNAT.TERRITOIRES):
        texte_cellule(h1[3 + k], terr, gras=True, taille=7.5)
        ombrer(h1[3 + k], "EDF2F9")
    m = h0[ncol - 1].merge(h1[ncol - 1])
    texte_cellule(m, "Durée", gras=True, taille=8)
    ombrer(m, "D9E2F3")
    blocs, courant = [], []
    for code, lib, date, heures, duree in TNAT.ANNEXE:
        cells = tb.add_row().cells
        if date is None:
            m = cells[0].merge(cells[ncol - 1])
            texte_cellule(m, code + " – " + lib, gras=True, taille=8)
            ombrer(m, "F2F2F2")
            if courant:
                blocs.append(courant)
            courant = []
            continue
        texte_cellule(cells[0], code, gras=True, taille=8)
        texte_cellule(cells[1], lib, taille=8)
        texte_cellule(cells[2], date, taille=8)
        for k, hh in enumerate(heures):
            texte_cellule(cells[3 + k], hh, taille=8)
        texte_cellule(cells[ncol - 1], duree, taille=8)
        courant.append(len(tb.rows) - 1)
    if courant:
        blocs.append(courant)
    # Polynésie / Nouvelle-Calédonie : cellules fusionnées verticalement par bloc de lignes
    for bloc in blocs:
        for col in (3 + 5, 3 + 6):
            m = tb.cell(bloc[0], col).merge(tb.cell(bloc[-1], col))
            texte_cellule(m, TNAT.ANNEXE_PTOM, taille=7)
    tb.autofit = False
    largeurs = [1.5, 4.5, 2.5] + [2.4] * len(TNAT.TERRITOIRES) + [1.4]
    for row in tb.rows:
        for j, cell in enumerate(row.cells):
            if j < len(largeurs):
                cell.width = Cm(largeurs[j])
    for x in TNAT.ANNEXE_NOTES:
        q = doc.add_paragraph(x)
        q.runs[0].font.size = Pt(8)
        q.runs[0].italic = True
    out = os.path.join(ICI, "note_nationale_electrotechnique_2026.docx")
    doc.save(out)
    lo_convert([out], "pdf")


# ---------------------------------------------------------------- F. Nantes : page HTML
def build_nantes():
    out = os.path.join(ICI, "page_intranet_ndrc_2026_nantes.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(TN.HTML)
    lo_convert([out], "pdf:writer_web_pdf_Export")


# ---------------------------------------------------------------- scans
def rendre(pdf, dpi, gris, prefix):
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gris else []) + [pdf, prefix]
    subprocess.run(args, check=True)
    d = os.path.dirname(prefix)
    base = os.path.basename(prefix)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith(base) and f.endswith(".png"))


def scan_a_plat(src, dst, seed=7):
    """Scanner à plat : 200 dpi, niveaux de gris, légère rotation, bruit, bords sombres."""
    rng = np.random.default_rng(seed)
    pages = rendre(src, 200, True, os.path.join(TMP, "plat"))
    imgs = []
    for k, pth in enumerate(pages):
        im = Image.open(pth).convert("L")
        angle = [0.55, -0.4, 0.7, -0.25][k % 4]
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8  # papier légèrement gris
        a += rng.normal(0, 7, a.shape)
        a[:, :12] *= 0.35  # ombre du couvercle
        a[:9, :] *= 0.5
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        imgs.append(im)
    imgs[0].save(dst, save_all=True, append_images=imgs[1:], resolution=200.0, quality=78)


def coeffs_perspective(dst_pts, src_pts):
    """Coefficients PIL (transformation sortie -> entrée)."""
    m = []
    for (x, y), (u, v) in zip(dst_pts, src_pts):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    b = np.array(src_pts, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, b).tolist()


def photo_telephone(src, dst, seed=3):
    """Photo au téléphone d'une page imprimée pliée en trois : perspective, pli visible, ombre, JPEG."""
    rng = np.random.default_rng(seed)
    pth = rendre(src, 170, False, os.path.join(TMP, "photo"))[0]
    page = Image.open(pth).convert("RGB")
    W, H = page.size
    a = np.asarray(page).astype(np.float32)
    # plis horizontaux à 1/3 et 2/3 (pliage lettre) : bande sombre + reflet
    yy = np.arange(H, dtype=np.float32)[:, None]
    for yf, s in ((H / 3.0, 1.0), (2 * H / 3.0, -1.0)):
        d = yy - yf
        ombre = 1 - 0.22 * np.exp(-(d / 5.0) ** 2)
        pente = 1 - 0.06 * s * np.tanh(d / 60.0) * np.exp(-np.abs(d) / 400.0)
        a *= (ombre * pente)[..., None]
    # papier crème + éclairage de coin
    xx = np.arange(W, dtype=np.float32)[None, :]
    lum = 0.80 + 0.2 * (1 - ((xx / W - 0.3) ** 2 + (yy / H - 0.2) ** 2))
    a = a * lum[..., None] * np.array([1.0, 0.97, 0.9], dtype=np.float32)
    page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    # toile de fond (bureau) et perspective
    CW, CH = int(W * 1.18), int(H * 1.12)
    fond = np.zeros((CH, CW, 3), dtype=np.float32) + np.array([92, 74, 58], dtype=np.float32)
    fond += rng.normal(0, 6, fond.shape)
    fond = Image.fromarray(np.clip(fond, 0, 255).astype(np.uint8))
    ox, oy = (CW - W) // 2, (CH - H) // 2
    pose = Image.new("RGB", (CW, CH))
    pose.paste(fond)
    masque = Image.new("L", (CW, CH), 0)
    masque.paste(255, (ox, oy, ox + W, oy + H))
    calque = Image.new("RGB", (CW, CH))
    calque.paste(page, (ox, oy))
    pose = Image.composite(calque, pose, masque)
    src_pts = [(0, 0), (CW, 0), (CW, CH), (0, CH)]
    dst_pts = [(CW * 0.035, CH * 0.02), (CW * 0.965, CH * 0.05), (CW * 0.99, CH * 0.985), (CW * 0.005, CH * 0.96)]
    coeffs = coeffs_perspective(dst_pts, src_pts)
    pose = pose.transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(60, 48, 40))
    pose = pose.rotate(-1.2, resample=Image.BICUBIC, fillcolor=(60, 48, 40))
    pose = pose.filter(ImageFilter.GaussianBlur(0.6))
    b = io.BytesIO()
    pose.save(b, "JPEG", quality=62)
    b.seek(0)
    Image.open(b).convert("RGB").save(dst, resolution=150.0, quality=85)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    build_lille()
    build_rennes()
    build_grenoble()
    build_reunion()
    build_nationale()
    build_nantes()
    scan_a_plat(os.path.join(ICI, "circulaire_gpme_2027_la-reunion.pdf"),
                os.path.join(ICI, "circulaire_gpme_2027_la-reunion_scan.pdf"))
    photo_telephone(os.path.join(ICI, "lettre_pi_2028_grenoble.pdf"),
                    os.path.join(ICI, "lettre_pi_2028_grenoble_scan.pdf"))
    print("ok")


if __name__ == "__main__":
    main()
