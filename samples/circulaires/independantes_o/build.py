#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_o à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Produit : DOCX (python-docx), ODT/PDF (LibreOffice), HTML, PDF reportlab, deux scans image seule.
N'importe aucun module du projet.
"""
import io
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ICI = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ICI)
import textes_corse as TC  # noqa: E402
import textes_mayotte as TM  # noqa: E402
import textes_nationale as TN  # noqa: E402
import textes_orleans as TO  # noqa: E402
import textes_reims as TR  # noqa: E402

SOFFICE = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_independantes_o"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def chemin(nom):
    return os.path.join(ICI, nom)


# --------------------------------------------------------------------------- helpers python-docx
def champ_page(paragraphe, instr="PAGE"):
    run = paragraphe.add_run()
    debut = OxmlElement("w:fldChar")
    debut.set(qn("w:fldCharType"), "begin")
    texte = OxmlElement("w:instrText")
    texte.set(qn("xml:space"), "preserve")
    texte.text = instr
    fin = OxmlElement("w:fldChar")
    fin.set(qn("w:fldCharType"), "end")
    run._r.append(debut)
    run._r.append(texte)
    run._r.append(fin)


def trame(cellule, couleur):
    tcpr = cellule._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), couleur)
    tcpr.append(shd)


def entete_repete(ligne):
    trpr = ligne._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def sans_bordures(table):
    tblpr = table._tbl.tblPr
    bords = OxmlElement("w:tblBorders")
    for cote in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{cote}")
        b.set(qn("w:val"), "nil")
        bords.append(b)
    tblpr.append(bords)


def texte_cellule(cellule, texte, gras=False, taille=9, centre=False):
    cellule.text = ""
    lignes = texte.split("\n")
    p = cellule.paragraphs[0]
    for i, l in enumerate(lignes):
        r = p.add_run(l)
        r.bold = gras
        r.font.size = Pt(taille)
        if i < len(lignes) - 1:
            r.add_break()
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def largeurs(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if c._tc.tcPr is not None and c._tc.tcPr.find(qn("w:gridSpan")) is not None:
                continue
            c.width = Cm(cms[i])


def titre(doc, texte, taille=11, couleur="1F3864"):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(texte)
    r.bold = True
    r.font.size = Pt(taille)
    r.font.color.rgb = RGBColor.from_string(couleur)
    return p


def para(doc, texte, taille=10, gras=False, align=None, italique=False):
    p = doc.add_paragraph()
    r = p.add_run(texte)
    r.font.size = Pt(taille)
    r.bold = gras
    r.italic = italique
    if align:
        p.alignment = align
    return p


def puces(doc, items, style="List Bullet"):
    for it in items:
        p = doc.add_paragraph(style=style)
        r = p.add_run(it)
        r.font.size = Pt(10)


def base_doc(police="Liberation Sans"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = police
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), police)
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.0)
    return doc


def paysage(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.5)
    return s


# --------------------------------------------------------------------------- A : Orléans-Tours (DOCX)
def construire_orleans():
    doc = base_doc()
    sec = doc.sections[0]
    # en-tête : tableau deux colonnes (marque / service)
    h = sec.header
    t = h.add_table(rows=1, cols=2, width=Cm(17))
    sans_bordures(t)
    texte_cellule(t.cell(0, 0), "\n".join(TO.ENTETE_GAUCHE), gras=True, taille=9)
    texte_cellule(t.cell(0, 1), "\n".join(TO.ENTETE_DROITE), taille=8)
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f = sec.footer.paragraphs[0]
    f.text = TO.PIED + "  –  page "
    f.runs[0].font.size = Pt(7)
    champ_page(f)
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\t" + TO.LIEU_DATE)
    for l in TO.EXPEDITEUR:
        para(doc, l, gras=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for l in TO.DESTINATAIRES:
        para(doc, l, taille=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, TO.OBJET, gras=True)
    para(doc, "Références :", gras=True)
    puces(doc, TO.REFERENCES)
    para(doc, "Pièces jointes :", gras=True)
    puces(doc, TO.PJ, style="List Number")
    para(doc, TO.INTRO)

    titre(doc, TO.S1_TITRE)
    para(doc, TO.S1_TEXTE)
    puces(doc, TO.S1_LISTE)

    titre(doc, TO.S2_TITRE)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, e in enumerate(TO.S2_TABLE_ENTETE):
        texte_cellule(t.rows[0].cells[i], e, gras=True)
        trame(t.rows[0].cells[i], "D9E2F3")
    for code, intit, forme, duree in TO.S2_TABLE:
        r = t.add_row().cells
        texte_cellule(r[0], code, gras=forme is None)
        if forme is None:
            m = r[1].merge(r[3])
            texte_cellule(m, intit, gras=True)
        else:
            texte_cellule(r[1], intit)
            texte_cellule(r[2], forme)
            texte_cellule(r[3], duree)
    largeurs(t, [1.8, 10.2, 2.5, 2.5])

    titre(doc, TO.S3_TITRE)
    para(doc, TO.S3_TEXTE)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, e in enumerate(TO.S3_ENTETE):
        texte_cellule(t.rows[0].cells[i], e, gras=True)
        trame(t.rows[0].cells[i], "D9E2F3")
    for dep, centres in TO.S3_CENTRES:
        r = t.add_row().cells
        m = r[0].merge(r[2])
        texte_cellule(m, dep, gras=True, centre=True)
        trame(m, "F2F2F2")
        for nom, adr, ville in centres:
            r = t.add_row().cells
            texte_cellule(r[0], nom)
            texte_cellule(r[1], adr)
            texte_cellule(r[2], ville)
    para(doc, "")
    para(doc, TO.S3_CORRECTION)

    for tt, tx in ((TO.S4_TITRE, TO.S4_TEXTE),):
        titre(doc, tt)
        para(doc, tx)
    titre(doc, TO.S5_TITRE)
    puces(doc, TO.S5_PUCES)
    titre(doc, TO.S6_TITRE)
    puces(doc, TO.S6_PUCES)
    para(doc, TO.S6_REUNION)
    for tt, tx in ((TO.S7_TITRE, TO.S7_TEXTE), (TO.S8_TITRE, TO.S8_TEXTE), (TO.S9_TITRE, TO.S9_TEXTE)):
        titre(doc, tt)
        para(doc, tx)

    para(doc, "")
    for l in TO.SIGNATURE:
        p = para(doc, l, gras=(l == TO.SIGNATURE[-1]))
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)

    # Annexe 1 : section paysage, jours en colonnes, Matin / Après-midi en lignes
    s = paysage(doc)
    titre(doc, TO.ANNEXE1_TITRE, taille=13)
    t = doc.add_table(rows=1, cols=1 + len(TO.ANNEXE1_JOURS))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    texte_cellule(t.rows[0].cells[0], "")
    for i, j in enumerate(TO.ANNEXE1_JOURS):
        texte_cellule(t.rows[0].cells[i + 1], j, gras=True, taille=10, centre=True)
        trame(t.rows[0].cells[i + 1], "D9E2F3")
    for lib, cases in TO.ANNEXE1_LIGNES:
        r = t.add_row()
        r.height = Cm(3.2)
        texte_cellule(r.cells[0], lib, gras=True, taille=10)
        trame(r.cells[0], "F2F2F2")
        for i, c in enumerate(cases):
            texte_cellule(r.cells[i + 1], c if c else "—", taille=10, centre=True)
    para(doc, "")
    puces(doc, TO.ANNEXE1_NOTES)
    # Annexe 2 : nouvelle page, portrait
    s2 = doc.add_section()
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = Cm(21.0), Cm(29.7)
    titre(doc, TO.ANNEXE2_TITRE, taille=12)
    for l in TO.ANNEXE2_LIGNES:
        p = para(doc, l)
        p.paragraph_format.space_after = Pt(14)
    doc.save(chemin(TO.STEM + ".docx"))


# --------------------------------------------------------------------------- C : Corse (DOCX, lettre 2 colonnes)
def construire_corse():
    doc = base_doc(police="Liberation Serif")
    sec = doc.sections[0]
    f = sec.footer.paragraphs[0]
    f.text = "BTS MHR – session 2027 – "
    f.runs[0].font.size = Pt(8)
    champ_page(f)
    f.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_table(rows=1, cols=2)
    sans_bordures(t)
    gauche, droite = t.cell(0, 0), t.cell(0, 1)
    gauche.width, droite.width = Cm(4.5), Cm(12.5)
    texte_cellule(gauche, "\n".join(TC.MARQUE), gras=True, taille=9)
    p = gauche.add_paragraph()
    p = gauche.add_paragraph()
    r = p.add_run("\n".join(TC.COLONNE_LATERALE))
    r.font.size = Pt(8)
    texte_cellule(droite, TC.LIEU_DATE, taille=10)
    droite.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for txt, gras in ((TC.EXPEDITEUR, True), (TC.DESTINATAIRES, False), ("", False), (TC.OBJET, True),
                      (TC.REFERENCES, False), ("", False), (TC.INTRO, False)):
        p = droite.add_paragraph()
        r = p.add_run(txt)
        r.bold = gras
        r.font.size = Pt(10)

    titre(doc, TC.I_TITRE, couleur="7B2C2C")
    para(doc, TC.I_TEXTE)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, e in enumerate(TC.I_ENTETE):
        texte_cellule(t.rows[0].cells[i], e, gras=True)
        trame(t.rows[0].cells[i], "EADBD8")
    for code, intit, nat, duree in TC.I_TABLE:
        r = t.add_row().cells
        texte_cellule(r[0], code, gras=nat is None)
        if nat is None:
            texte_cellule(r[1].merge(r[3]), intit, gras=True)
        else:
            texte_cellule(r[1], intit)
            texte_cellule(r[2], nat)
            texte_cellule(r[3], duree)
    largeurs(t, [1.6, 10.4, 2.5, 2.5])

    titre(doc, TC.II_TITRE, couleur="7B2C2C")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    entete_repete(t.rows[0])
    for i, e in enumerate(TC.II_ENTETE):
        texte_cellule(t.rows[0].cells[i], e, gras=True)
        trame(t.rows[0].cells[i], "EADBD8")
    precedente = None
    for date, heure, intit in TC.II_TABLE:
        r = t.add_row().cells
        if date:
            texte_cellule(r[0], date)
            precedente = r[0]
        else:
            precedente.merge(r[0])
        texte_cellule(r[1], heure)
        texte_cellule(r[2], intit)
    para(doc, TC.II_NOTE, taille=9, italique=True)

    titre(doc, TC.III_TITRE, couleur="7B2C2C")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, e in enumerate(TC.III_ENTETE):
        texte_cellule(t.rows[0].cells[i], e, gras=True)
        trame(t.rows[0].cells[i], "EADBD8")
    for a, b, c in TC.III_TABLE:
        r = t.add_row().cells
        texte_cellule(r[0], a, gras=True)
        texte_cellule(r[1], b)
        texte_cellule(r[2], c)
    para(doc, TC.III_FORMATION, taille=9)

    titre(doc, TC.IV_TITRE, couleur="7B2C2C")
    para(doc, TC.IV_TEXTE)
    titre(doc, TC.V_TITRE, couleur="7B2C2C")
    puces(doc, TC.V_PUCES)
    titre(doc, TC.VI_TITRE, couleur="7B2C2C")
    para(doc, TC.VI_TEXTE)
    para(doc, TC.VI_PV, taille=9, italique=True)
    para(doc, "")
    for l in TC.SIGNATURE:
        p = para(doc, l, gras=(l == TC.SIGNATURE[-1]))
        p.paragraph_format.left_indent = Cm(9.5)
        p.paragraph_format.space_after = Pt(0)
    doc.save(chemin(TC.STEM + ".docx"))


# --------------------------------------------------------------------------- E : note nationale (DOCX)
def construire_nationale():
    doc = base_doc()
    sec = doc.sections[0]
    h = sec.header.paragraphs[0]
    for i, l in enumerate(TN.ENTETE):
        r = h.add_run(l)
        r.bold = i == 0
        r.font.size = Pt(8 if i else 9)
        if i < len(TN.ENTETE) - 1:
            r.add_break()
    f = sec.footer.paragraphs[0]
    f.text = TN.PIED + " – page "
    f.runs[0].font.size = Pt(7)
    champ_page(f)
    f.add_run(" / ").font.size = Pt(7)
    champ_page(f, "NUMPAGES")

    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\t" + TN.LIEU_DATE)
    for l in TN.DESTINATAIRES:
        para(doc, l, taille=9, align=WD_ALIGN_PARAGRAPH.CENTER, gras=(l == TN.DESTINATAIRES[0]))
    para(doc, TN.OBJET, gras=True)
    para(doc, "Références :", gras=True)
    puces(doc, TN.REFERENCES, style="List Bullet 2")
    para(doc, TN.INTRO)

    titre(doc, "1. " + TN.SEC1)
    for code, txt in TN.EPREUVES:
        p = doc.add_paragraph(style="List Bullet")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
        r = p.add_run(code + "\t")
        r.bold = True
        p.add_run(txt).font.size = Pt(10)

    titre(doc, "2. " + TN.SEC2)
    para(doc, "Le calendrier figure en annexe, à la suite de la signature de la présente note.")
    titre(doc, "3. " + TN.SEC3)
    para(doc, TN.SEC3_TEXTE)
    titre(doc, "4. " + TN.SEC4)
    puces(doc, TN.SEC4_PUCES)
    titre(doc, "5. " + TN.SEC5)
    puces(doc, TN.SEC5_PUCES, style="List Number")
    titre(doc, "6. " + TN.SEC6)
    para(doc, TN.SEC6_TEXTE)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    entete_repete(t.rows[0])
    for i, e in enumerate(TN.REG_ENTETE):
        texte_cellule(t.rows[0].cells[i], e, gras=True)
        trame(t.rows[0].cells[i], "DDDDDD")
    for a, b, c in TN.REG_LIGNES:
        r = t.add_row()
        r.height = Cm(1.15)
        texte_cellule(r.cells[0], a, taille=10)
        texte_cellule(r.cells[1], b, taille=10)
        texte_cellule(r.cells[2], c, taille=10)
    para(doc, "")
    for l in TN.SIGNATURE:
        p = para(doc, l, gras=(l == TN.SIGNATURE[-1]))
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)

    # calendrier : annexe paysage, une colonne d'horaires par territoire
    paysage(doc)
    titre(doc, "ANNEXE – " + TN.SEC2.upper() + " – SESSION 2028", taille=12)
    para(doc, TN.SEC2_TEXTE, taille=9)
    t = doc.add_table(rows=1, cols=len(TN.CAL_ENTETE))
    t.style = "Table Grid"
    entete_repete(t.rows[0])
    for i, e in enumerate(TN.CAL_ENTETE):
        texte_cellule(t.rows[0].cells[i], e, gras=True, taille=8, centre=True)
        trame(t.rows[0].cells[i], "DDDDDD")
    for ligne in TN.CAL_LIGNES:
        r = t.add_row().cells
        for i, v in enumerate(ligne):
            texte_cellule(r[i], v, taille=8, gras=(i == 2))
    largeurs(t, [4.2, 2.6, 2.3, 2.5, 2.5, 2.3, 2.3, 2.6, 2.6, 1.4])
    for n in TN.CAL_NOTES:
        para(doc, n, taille=8)
    doc.save(chemin(TN.STEM + ".docx"))


# --------------------------------------------------------------------------- D : Mayotte (reportlab)
def construire_mayotte():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                    ListFlowable, ListItem, KeepTogether)

    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_BOLD))
    st = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=4)
    stb = ParagraphStyle("b", parent=st, fontName="DVB")
    sth = ParagraphStyle("h", parent=stb, fontSize=11, spaceBefore=8, textColor=colors.HexColor("#7a4b00"))
    stc = ParagraphStyle("c", parent=st, fontSize=8.5, leading=10.5)
    str_ = ParagraphStyle("r", parent=st, alignment=TA_RIGHT)
    stn = ParagraphStyle("note", parent=st, fontSize=7.5, leading=9)
    sta = ParagraphStyle("a", parent=stb, fontSize=9, borderColor=colors.HexColor("#b00000"), borderWidth=1,
                         borderPadding=5, backColor=colors.HexColor("#fff4e5"), spaceBefore=6, spaceAfter=10)

    def entete_pied(canv, doc):
        canv.saveState()
        canv.setFont("DVB", 9)
        y = A4[1] - 1.3 * cm
        for i, l in enumerate(TM.ENTETE):
            canv.setFont("DVB" if i < 2 else "DV", 9 if i < 2 else 8)
            canv.drawString(2 * cm, y, l)
            y -= 0.42 * cm
        canv.setStrokeColor(colors.HexColor("#7a4b00"))
        canv.line(2 * cm, y + 0.1 * cm, A4[0] - 2 * cm, y + 0.1 * cm)
        canv.setFont("DV", 7)
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, TM.PIED + f"   –   {doc.page}")
        canv.restoreState()

    P = lambda t, s=st: Paragraph(t.replace("\n", "<br/>"), s)  # noqa: E731
    story = [P(TM.LIEU_DATE, str_), P(TM.N_REF, str_), Spacer(1, 6), P(TM.DESTINATAIRES, stb), Spacer(1, 4),
             P(TM.OBJET, stb), P(TM.REFERENCES), P(TM.AVERTISSEMENT, sta)]

    def tableau(entete, lignes, largeurs, fusion_col0=False):
        data = [[P(e, ParagraphStyle("th", parent=stc, fontName="DVB")) for e in entete]]
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3e3c3")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for i, l in enumerate(lignes, start=1):
            data.append([P(c, stc) for c in l])
            if fusion_col0 and l[0] == "":
                style.append(("SPAN", (0, i - 1), (0, i)))
        t = Table(data, colWidths=largeurs, repeatRows=1)
        t.setStyle(TableStyle(style))
        return t

    story += [P(TM.T1_TITRE, sth),
              tableau(TM.T1_ENTETE, TM.T1_LIGNES, [3.2 * cm, 5.8 * cm, 2.8 * cm, 3.0 * cm, 1.6 * cm], True),
              Spacer(1, 3), P(TM.T1_NOTE, stn)]
    story += [P(TM.T2_TITRE, sth), tableau(TM.T2_ENTETE, TM.T2_LIGNES, [5.5 * cm, 6.2 * cm, 4.7 * cm])]

    def liste(items):
        return ListFlowable([ListItem(P(i), leftIndent=12) for i in items], bulletType="bullet",
                            bulletFontName="DV", start="–", leftIndent=12)

    story += [P(TM.T3_TITRE, sth), liste(TM.T3_PUCES), P(TM.T3_NOTE, stn)]
    story += [P(TM.T4_TITRE, sth), liste(TM.T4_PUCES)]
    story += [P(TM.T5_TITRE, sth), P(TM.T5_TEXTE)]
    story += [P(TM.T6_TITRE, sth), P(TM.T6_TEXTE), Spacer(1, 14)]
    sig = ParagraphStyle("sig", parent=st, leftIndent=9 * cm, spaceAfter=0)
    story.append(KeepTogether([P(l or " ", sig) for l in TM.SIGNATURE]))
    doc = SimpleDocTemplate(chemin(TM.STEM + ".pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=3.0 * cm, bottomMargin=2 * cm, title=TM.OBJET, author="Rectorat de Mayotte")
    doc.build(story, onFirstPage=entete_pied, onLaterPages=entete_pied)


# --------------------------------------------------------------------------- B : Reims (HTML)
def construire_reims():
    with open(chemin(TR.STEM + ".html"), "w", encoding="utf-8") as fh:
        fh.write(TR.HTML)


# --------------------------------------------------------------------------- conversions LibreOffice
def soffice(args, cwd):
    subprocess.run(SOFFICE + args, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def conversions():
    tmp = tempfile.mkdtemp(prefix="indep_o_")
    try:
        # DOCX -> PDF (A, E)
        soffice(["--convert-to", "pdf", "--outdir", tmp, chemin(TO.STEM + ".docx"), chemin(TN.STEM + ".docx")], tmp)
        # DOCX -> ODT (C), puis ODT -> PDF
        soffice(["--convert-to", "odt", "--outdir", tmp, chemin(TC.STEM + ".docx")], tmp)
        shutil.copy(os.path.join(tmp, TC.STEM + ".odt"), chemin(TC.STEM + ".odt"))
        os.remove(os.path.join(tmp, TC.STEM + ".odt"))
        soffice(["--convert-to", "pdf", "--outdir", tmp, chemin(TC.STEM + ".odt")], tmp)
        # HTML -> PDF (B)
        soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp,
                 chemin(TR.STEM + ".html")], tmp)
        for stem in (TO.STEM, TN.STEM, TC.STEM, TR.STEM):
            shutil.copy(os.path.join(tmp, stem + ".pdf"), chemin(stem + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- scans
def pages_png(pdf, dpi, gris=True):
    tmp = tempfile.mkdtemp(prefix="indep_o_scan_")
    opts = ["-gray"] if gris else []
    subprocess.run(["pdftoppm", "-r", str(dpi), *opts, "-png", pdf, os.path.join(tmp, "p")], check=True)
    noms = sorted(n for n in os.listdir(tmp) if n.endswith(".png"))
    images = [Image.open(os.path.join(tmp, n)).copy() for n in noms]
    shutil.rmtree(tmp, ignore_errors=True)
    return images


def scan_fax(pdf_source, sortie, dpi=200, seed=11):
    """Télécopie reçue puis numérisée : 200 dpi, niveaux de gris, ligne d'en-tête fax, rotation, bruit."""
    rng = np.random.default_rng(seed)
    pages = pages_png(pdf_source, dpi)
    police = ImageFont.truetype(FONT_MONO, int(dpi * 0.09))
    res = []
    for i, im in enumerate(pages, start=1):
        im = im.convert("L")
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, int(dpi * 0.22)], fill=255)
        d.text((int(dpi * 0.3), int(dpi * 0.06)), TC.FAX_ENTETE.format(p=i, n=len(pages)), fill=0, font=police)
        a = np.asarray(im).astype(np.float32)
        # contraste de télécopie : seuillage doux, puis traînées horizontales et grain
        a = np.where(a < 170, a * 0.35, 255.0)
        for y in rng.integers(0, a.shape[0], 6):
            a[y:y + 1, :] = np.minimum(a[y:y + 1, :], 200)
        a += rng.normal(0, 14, a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").rotate(0.6 if i % 2 else -0.45, resample=Image.BICUBIC, expand=False,
                                            fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        res.append(im)
    res[0].save(sortie, "PDF", resolution=dpi, save_all=True, append_images=res[1:])


def photo_telephone(pdf_source, sortie, seed=5):
    """Photo de téléphone : perspective, ombre portée, fond de bureau, JPEG."""
    rng = np.random.default_rng(seed)
    pages = pages_png(pdf_source, 130, gris=False)
    res = []
    for k, im in enumerate(pages):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.18), int(h * 1.14)
        fond = np.zeros((H, W, 3), np.float32)
        fond[:] = (118, 96, 74)
        fond += rng.normal(0, 6, (H, W, 1))
        fond_img = Image.fromarray(np.clip(fond, 0, 255).astype(np.uint8))
        ox, oy = int(w * 0.09), int(h * 0.07)
        fond_img.paste(im, (ox, oy))
        # perspective : quadrilatère source (coins de la feuille légèrement déformés)
        j = lambda a: a + rng.uniform(-0.012, 0.012)  # noqa: E731
        coins = [(ox - w * j(0.035), oy - h * j(0.02)), (ox + w + w * j(0.02), oy - h * j(0.035)),
                 (ox + w + w * j(0.045), oy + h + h * j(0.01)), (ox - w * j(0.01), oy + h + h * j(0.03))]
        coeffs = _coeffs_perspective([(0, 0), (W, 0), (W, H), (0, H)], coins)
        photo = fond_img.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        a = np.asarray(photo).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        ombre = 0.72 + 0.28 * (xx / W) * (0.6 + 0.4 * (yy / H))  # plus sombre en haut à gauche
        ombre -= 0.18 * np.exp(-(((xx - W * 0.8) / (W * 0.25)) ** 2 + ((yy - H * 0.15) / (H * 0.2)) ** 2))
        a *= ombre[..., None]
        a[..., 2] *= 0.93  # dominante chaude
        a += rng.normal(0, 4, a.shape)
        photo = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        photo.save(buf, "JPEG", quality=68)
        res.append(Image.open(io.BytesIO(buf.getvalue())))
    res[0].save(sortie, "PDF", resolution=130, save_all=True, append_images=res[1:])


def _coeffs_perspective(dest, src):
    m = []
    for (x, y), (u, v) in zip(dest, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def main():
    construire_orleans()
    construire_corse()
    construire_nationale()
    construire_reims()
    construire_mayotte()
    conversions()
    scan_fax(chemin(TC.STEM + ".pdf"), chemin(TC.STEM + "_scan.pdf"))
    photo_telephone(chemin(TM.STEM + ".pdf"), chemin(TM.STEM + "_scan.pdf"))
    print("ok")


if __name__ == "__main__":
    main()
