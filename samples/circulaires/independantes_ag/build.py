#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_ag (aucun code du projet n'est importé).
Usage : /work/main/.venv/bin/python build.py"""
import os, subprocess, shutil, zipfile, random, glob, tempfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

import textes_aero as TA, textes_mecp as TM, textes_gpme as TG, textes_pi as TP, textes_mco as TW

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_independantes_ag"


def out(name):
    return os.path.join(HERE, name)


def soffice_pdf(src):
    tmp = tempfile.mkdtemp(prefix="ag_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = glob.glob(os.path.join(tmp, "*.pdf"))[0]
    dst = os.path.splitext(src)[0] + ".pdf"
    shutil.move(pdf, dst)
    shutil.rmtree(tmp, ignore_errors=True)
    return dst


# ---------------------------------------------------------------- DOCX helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def set_cell(cell, text, bold=False, size=9.5, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        r = p.add_run(line); r.bold = bold; r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align:
        p.alignment = align


def page_field(par):
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        r = par.add_run()
        if kind:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r._r.append(f)
        else:
            t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = txt; r._r.append(t)


def base_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.6); s.bottom_margin = Cm(1.6)
    return d


def footer(section, text):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.text = text + " — page "
    page_field(p)
    for r in p.runs:
        r.font.size = Pt(8)


def heading(d, text, color="1F3864"):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(11.5)
    r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(10)
    return p


def signature(d, lines):
    for i, l in enumerate(lines):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run("\t" + l); r.bold = (i == len(lines) - 1)


# ---------------------------------------------------------------- 1. Toulouse, Aéronautique (DOCX -> PDF)
def build_aero():
    d = base_doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "ACADÉMIE DE TOULOUSE\tDEC 3\tBTS Aéronautique 2028"
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    footer(sec, TA.PIED)
    # en-tête : tableau sans bordure à 2 colonnes (timbre / destinataires)
    t = d.add_table(rows=1, cols=2)
    set_cell(t.cell(0, 0), "\n".join(TA.ENTETE), bold=True, size=9)
    set_cell(t.cell(0, 1), TA.LIEU_DATE + "\n\n" + TA.DESTINATAIRES, size=9)
    d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run(TA.OBJET); r.bold = True
    d.add_paragraph("Références :")
    for ref in TA.REFERENCES:
        d.add_paragraph(ref, style="List Bullet")
    d.add_paragraph(TA.INTRO)

    heading(d, TA.RAPPEL_TITRE)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Code", "Intitulé", "Forme / durée")):
        set_cell(c, h, bold=True); shade(c, "D9E2F3")
    for code, lib, forme in TA.RAPPEL:
        row = t.add_row().cells
        sub = code.count(".") == 2
        set_cell(row[0], ("    " if sub else "") + code, bold=not sub)
        set_cell(row[1], lib); set_cell(row[2], forme)
    d.add_paragraph(TA.NOTE_CCF).runs[0].italic = True

    heading(d, TA.ECRITS_TITRE)
    d.add_paragraph(TA.ECRITS_INTRO)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ("Date", "Épreuve", "Horaires", "Durée")):
        set_cell(c, h, bold=True); shade(c, "BDD7EE")
    for date, ep, hor, duree in TA.ECRITS:
        row = t.add_row().cells
        set_cell(row[0], date); set_cell(row[1], ep); set_cell(row[2], hor); set_cell(row[3], duree)
    # fusion verticale des deux lignes du mardi 16 mai
    a, b = t.cell(2, 0), t.cell(3, 0)
    m = a.merge(b); set_cell(m, "Mardi 16 mai 2028")
    d.add_paragraph(TA.ECRITS_NOTE).runs[0].font.size = Pt(9)

    # section paysage pour les épreuves pratiques et orales
    s2 = d.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    heading(d, TA.ORAUX_TITRE)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Épreuve", "Centre", "Ville", "Période")):
        set_cell(c, h, bold=True); shade(c, "E2EFD9")
    for ep, centre, ville, per in TA.ORAUX:
        row = t.add_row().cells
        set_cell(row[0], ep, bold=True); set_cell(row[1], centre); set_cell(row[2], ville); set_cell(row[3], per)
    d.add_paragraph(TA.E6_PHRASE)
    d.add_paragraph(TA.E52_NOTE)

    s3 = d.add_section()
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    heading(d, TA.DOSSIERS_TITRE)
    for x in TA.DOSSIERS:
        d.add_paragraph(x, style="List Bullet")
    heading(d, TA.JURY_TITRE)
    for x in TA.JURY:
        d.add_paragraph(x)
    d.add_paragraph()
    signature(d, TA.SIGNATURE)
    heading(d, TA.FORMATION_TITRE, color="7F7F7F")
    for nom, ville in TA.FORMATION:
        p = d.add_paragraph(style="List Bullet"); p.add_run(nom + " — " + ville)
    d.add_paragraph()
    d.add_paragraph(TA.ATTESTATION)
    path = out("circulaire_aero_2028_toulouse.docx")
    d.save(path)
    soffice_pdf(path)


# ---------------------------------------------------------------- 5. Note inter-académique MECP (DOCX -> PDF)
def build_mecp():
    d = base_doc()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    fp = sec.first_page_header.paragraphs[0]
    for i, l in enumerate(TM.ENTETE):
        r = fp.add_run(l); r.bold = i == 1; r.font.size = Pt(9)
        if i < len(TM.ENTETE) - 1:
            r.add_break()
    sec.header.paragraphs[0].text = "Note inter-académique MECP 2027 (suite)"
    footer(sec, TM.PIED)
    sec.first_page_footer.paragraphs[0].text = TM.PIED
    p = d.add_paragraph(TM.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(); r = p.add_run(TM.OBJET); r.bold = True
    box = d.add_table(rows=1, cols=1); box.style = "Table Grid"
    set_cell(box.cell(0, 0), TM.GROUPEMENT, size=9.5); shade(box.cell(0, 0), "FBE4D5")
    d.add_paragraph("Références :")
    for x in TM.REFERENCES:
        d.add_paragraph(x, style="List Dash" if "List Dash" in [s.name for s in d.styles] else "List Bullet")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Épreuve", "Intitulé", "Forme", "Durée")):
        set_cell(c, h, bold=True); shade(c, "F4B083")
    for row in TM.EPREUVES:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    d.add_paragraph(TM.NOTE_E4).runs[0].italic = True

    heading(d, TM.ECRITS_TITRE, color="833C0B")
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Jour", "Matin", "Après-midi")):
        set_cell(c, h, bold=True); shade(c, "F4B083")
    for jour, am, pm in TM.ECRITS:
        cells = t.add_row().cells
        set_cell(cells[0], jour, bold=True); set_cell(cells[1], am); set_cell(cells[2], pm)
        if am == "—":
            shade(cells[1], "D9D9D9")
    d.add_paragraph(TM.CORRECTION)
    d.add_paragraph(TM.NONDATES).runs[0].font.size = Pt(8.5)

    s2 = d.add_section()
    s2.different_first_page_header_footer = False
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    heading(d, TM.CENTRES_TITRE, color="833C0B")
    t = d.add_table(rows=2, cols=5); t.style = "Table Grid"
    heads = ("Académie", "Centre", "Adresse", "E5 – B Mise en œuvre (pratique)", "E6 Soutenance")
    for c, h in zip(t.rows[0].cells, heads):
        set_cell(c, h, bold=True); shade(c, "F4B083")
    # 2e ligne d'en-tête : fusion des deux dernières colonnes sous un titre commun
    r1 = t.rows[1].cells
    m = r1[3].merge(r1[4]); set_cell(m, "Dates de passage (convocations individuelles)", size=8.5)
    m0 = r1[0].merge(r1[2]); set_cell(m0, "", size=4)
    for row in TM.CENTRES:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, bold=(v == row[1]))
    d.add_paragraph(TM.EF1)
    d.add_paragraph(TM.ENTENTE)

    s3 = d.add_section()
    s3.different_first_page_header_footer = False
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    heading(d, TM.DOSSIER_TITRE, color="833C0B")
    for x in TM.DOSSIER:
        d.add_paragraph(x, style="List Number")
    heading(d, TM.JURY_TITRE, color="833C0B")
    for x in TM.JURY:
        d.add_paragraph(x, style="List Number")
    d.add_paragraph()
    signature(d, TM.SIGNATURE)
    d.add_paragraph()
    heading(d, TM.FORMATION_TITRE, color="7F7F7F")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Académie", "Établissement", "Commune", "Statut")):
        set_cell(c, h, bold=True); shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    for row in TM.FORMATION:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v, size=9)
        cells[1].add_paragraph("Référent : voir annuaire académique").runs[0].font.size = Pt(8)
    path = out("note_mecp_2027_interacademique_aix-marseille.docx")
    d.save(path)
    soffice_pdf(path)


# ---------------------------------------------------------------- 2. Lille, GPME (reportlab, page web imprimée)
def build_gpme():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.utils import simpleSplit
    fonts = {"R": "LiberationSans-Regular.ttf", "B": "LiberationSans-Bold.ttf"}
    for k, f in fonts.items():
        cand = glob.glob("/usr/share/fonts/**/" + f, recursive=True)
        pdfmetrics.registerFont(TTFont("LS" + k, cand[0]))
    W, H = A4
    path = out("circulaire_gpme_2026_lille.pdf")
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Fiche d'organisation BTS GPME 2026 - Portail examens")
    pages = []
    state = {"y": 0, "page": 0}
    NPAGES = 2

    def new_page():
        if state["page"]:
            c.showPage()
        state["page"] += 1
        c.setFont("LSR", 7.5); c.setFillColorRGB(0.2, 0.2, 0.2)
        c.drawString(28, H - 20, TG.IMPRIME)
        c.drawCentredString(W / 2, H - 20, "Fiche GPME 2026 — Portail examens")
        c.drawString(28, 16, TG.URL)
        c.drawRightString(W - 28, 16, f"{state['page']}/{NPAGES}")
        # bandeau
        c.setFillColorRGB(0.05, 0.27, 0.49); c.rect(28, H - 62, W - 56, 30, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1); c.setFont("LSB", 11); c.drawString(38, H - 52, TG.BANDEAU)
        x = 28
        c.setFont("LSR", 8.5)
        for i, o in enumerate(TG.ONGLETS):
            w = c.stringWidth(o, "LSR", 8.5) + 18
            c.setFillColorRGB(*(0.85, 0.9, 0.96) if i else (1, 1, 1)); c.setStrokeColorRGB(0.6, 0.65, 0.75)
            c.rect(x, H - 82, w, 18, fill=1, stroke=1)
            c.setFillColorRGB(0.1, 0.1, 0.1); c.drawString(x + 9, H - 76, o)
            x += w + 2
        state["y"] = H - 105

    def section(title):
        if state["y"] < 120:
            new_page()
        y = state["y"]
        c.setFillColorRGB(0.93, 0.94, 0.96); c.rect(28, y - 4, W - 56, 18, fill=1, stroke=0)
        c.setFillColorRGB(0.05, 0.27, 0.49); c.setFont("LSB", 10); c.drawString(34, y + 1, title)
        state["y"] = y - 24

    def field(label, value, lw=210):
        lines_l = simpleSplit(label, "LSB", 8.5, lw - 14)
        lines_v = simpleSplit(value, "LSR", 9, W - 56 - lw - 16)
        n = max(len(lines_l), len(lines_v))
        h = 12 * n + 8
        if state["y"] - h < 40:
            new_page()
        y = state["y"]
        c.setFillColorRGB(0.2, 0.2, 0.2); c.setFont("LSB", 8.5)
        for i, l in enumerate(lines_l):
            c.drawRightString(28 + lw - 8, y - 12 * i, l)
        c.setStrokeColorRGB(0.7, 0.72, 0.78); c.setFillColorRGB(0.98, 0.98, 1)
        c.rect(28 + lw, y - 12 * (n - 1) - 5, W - 56 - lw, 12 * n + 4, fill=1, stroke=1)
        c.setFillColorRGB(0, 0, 0); c.setFont("LSR", 9)
        for i, l in enumerate(lines_v):
            c.drawString(28 + lw + 6, y - 12 * i, l)
        state["y"] = y - h - 4

    new_page()
    section("Identification de la session")
    for k, v in TG.IDENTIFICATION:
        field(k, v)
    section("Calendrier — épreuves écrites (heures de métropole)")
    for k, v in TG.CALENDRIER_ECRIT:
        field(k, v)
    section("Calendrier — épreuves orales")
    for k, v in TG.CALENDRIER_ORAL:
        field(k, v)
    c.setFont("LSR", 8); c.setFillColorRGB(0.4, 0.4, 0.4)
    for i, l in enumerate(simpleSplit(TG.NOTE_CALENDRIER, "LSR", 8, W - 70)):
        c.drawString(34, state["y"] - 11 * i, l)
    state["y"] -= 11 * (i + 1) + 10
    section(TG.ETAPES_TITRE)
    for n, (a, b, z) in enumerate(TG.ETAPES, 1):
        # liste numérotée, échéance en gras, avec retour à la ligne manuel
        words = [(w, "LSR") for w in (f"{n}.  " + a).split(" ") if w] + [(w, "LSB") for w in b.split(" ")] + \
                [(w, "LSR") for w in z.split(" ") if w]
        x0, x, y = 40, 40, state["y"]
        if y < 60:
            new_page(); y = state["y"]
        for w, f in words:
            if w in (".", ";", ","):
                x -= c.stringWidth(" ", "LSR", 9)
            ww = c.stringWidth(w + " ", f, 9)
            if x + ww > W - 34:
                x = x0 + 14; y -= 12
            c.setFont(f, 9); c.setFillColorRGB(0, 0, 0); c.drawString(x, y, w); x += ww
        state["y"] = y - 17
    section("Centres d'examen")
    for nom, adr, ville, eps in TG.CENTRES:
        field(nom, adr.replace("\n", " — ") + "\n", lw=170)
        state["y"] += 2
        field("Commune", ville, lw=170)
        field("Épreuves accueillies", eps, lw=170)
    c.setFont("LSR", 8); c.setFillColorRGB(0.45, 0.45, 0.45)
    c.drawString(34, state["y"] - 4, TG.ANNULE)
    assert state["page"] == NPAGES, state["page"]
    c.save()
    return path


# ---------------------------------------------------------------- 3. Montpellier, PI (ODT écrit à la main -> PDF)
def build_pi():
    def P(text, style="Standard"):
        return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'

    body = []
    body.append('<table:table table:name="Entete" table:style-name="TEnt"><table:table-column table:number-columns-repeated="2"/>'
                '<table:table-row><table:table-cell office:value-type="string">' +
                "".join(P(l, "EntB" if i == 0 else "Small") for i, l in enumerate(TP.ENTETE)) +
                '</table:table-cell><table:table-cell office:value-type="string">' + P(TP.LIEU_DATE, "Droite") +
                '</table:table-cell></table:table-row></table:table>')
    body.append(P(TP.OBJET, "Gras"))
    body.append(P(TP.REF, "Small"))
    body.append(P(TP.INTRO))
    body.append(P(TP.ETAPES_TITRE, "Titre"))
    body.append('<text:list text:style-name="Num">')
    for titre, avant, gras, apres in TP.ETAPES:
        inner = f'<text:span text:style-name="B">{escape(titre)}</text:span><text:line-break/>{escape(avant)}'
        if gras:
            inner += f'<text:span text:style-name="B">{escape(gras)}</text:span>'
        inner += escape(apres)
        body.append(f'<text:list-item><text:p text:style-name="Liste">{inner}</text:p></text:list-item>')
    body.append('</text:list>')
    body.append(P(TP.TABLEAU_TITRE, "Titre"))
    body.append('<table:table table:name="Ecrits" table:style-name="TCal"><table:table-column table:style-name="C1"/>'
                '<table:table-column table:style-name="C2"/><table:table-column table:style-name="C3" table:number-columns-repeated="2"/>')
    body.append('<table:table-header-rows><table:table-row>' + "".join(
        f'<table:table-cell table:style-name="Hd" office:value-type="string">{P(h, "Gras")}</table:table-cell>'
        for h in ("Épreuve", "Intitulé", "Début", "Fin")) + '</table:table-row></table:table-header-rows>')
    for row in TP.ECRITS:
        body.append('<table:table-row>' + "".join(
            f'<table:table-cell table:style-name="Cel" office:value-type="string">{P(v)}</table:table-cell>' for v in row) +
            '</table:table-row>')
    body.append('</table:table>')
    body.append(P(TP.NOTE_E5, "Small"))
    body.append(P(TP.ORAUX_TITRE, "Titre"))
    body.append('<text:list text:style-name="Puces">' + "".join(
        f'<text:list-item>{P(x, "Liste")}</text:list-item>' for x in TP.ORAUX) + '</text:list>')
    body.append(P(TP.CENTRES_TITRE, "Titre"))
    body.append('<table:table table:name="Centres" table:style-name="TCal"><table:table-column table:number-columns-repeated="4"/>')
    body.append('<table:table-row>' + "".join(
        f'<table:table-cell table:style-name="Hd" office:value-type="string">{P(h, "Gras")}</table:table-cell>'
        for h in ("Centre", "Adresse", "Code postal et ville", "Épreuves")) + '</table:table-row>')
    for row in TP.CENTRES:
        body.append('<table:table-row>' + "".join(
            f'<table:table-cell table:style-name="Cel" office:value-type="string">{P(v)}</table:table-cell>' for v in row) +
            '</table:table-row>')
    body.append('</table:table>')
    body.append(P(TP.FORMATION_TITRE, "Titre"))
    body.append('<text:list text:style-name="Puces">' + "".join(
        f'<text:list-item>{P(x, "Liste")}</text:list-item>' for x in TP.FORMATION) + '</text:list>')
    body.append(P(""))
    for l in TP.SIGNATURE:
        body.append(P(l, "Sign"))

    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')
    auto = '''<office:automatic-styles>
 <style:style style:name="TEnt" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="TCal" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="C1" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="C2" style:family="table-column"><style:table-column-properties style:column-width="6.8cm"/></style:style>
 <style:style style:name="C3" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="Hd" style:family="table-cell"><style:table-cell-properties fo:background-color="#dfe8d0" fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="Cel" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Num"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix=")"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
 <text:list-style style:name="Puces"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>'''
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{auto}'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="fr" fo:country="FR"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="EntB" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Droite" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Gras" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Titre" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#4f6228"/></style:style>
 <style:style style:name="Liste" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="start"/></style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="9.5cm" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">Rectorat de Montpellier — DEC 4 — BTS PI 2027 — page <text:page-number text:select-page="current"/></text:p></style:footer></style:master-page></office:master-styles>
</office:document-styles>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta>'
            '<meta:generator>build.py independantes_ag</meta:generator></office:meta></office:document-meta>')
    path = out("circulaire_pi_2027_montpellier.odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for n, s in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            z.writestr(n, s, compress_type=zipfile.ZIP_DEFLATED)
    soffice_pdf(path)


# ---------------------------------------------------------------- 4. Wallis-et-Futuna, MCO (HTML -> PDF)
def build_mco():
    e = escape
    rows = "".join(f"<tr><td>{e(a)}</td><td><b>{e(b)}</b></td><td>{e(c)}</td><td>{e(d_)}</td><td class='paris'>{e(p)}</td></tr>"
                   for a, b, c, d_, p in TW.ECRITS)
    dl = "".join(f"<dt>{e(t)}</dt><dd>{e(v)}</dd>" for t, v in TW.ORAUX)
    centres = "".join(f"<div class='carte'><h4>{e(n)}</h4><p>{e(a)}<br>{e(v)}</p></div>" for n, a, v in TW.CENTRES)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TW.TITRE)}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }}
header {{ background: #00557f; color: #fff; padding: 6px 10px; }}
nav a {{ color: #fff; margin-right: 14px; text-decoration: none; font-size: 9pt; }}
.fil {{ font-size: 8pt; color: #666; margin: 6px 0; }}
h1 {{ font-size: 15pt; color: #00557f; }}
.chapo {{ border-left: 4px solid #e39b00; padding-left: 8px; font-style: italic; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #9ab; padding: 3px 5px; font-size: 9pt; vertical-align: top; }}
th {{ background: #dbe9f1; }}
td.paris {{ color: #888; font-size: 8pt; }}
dt {{ font-weight: bold; margin-top: 4px; }}
.carte {{ border: 1px solid #ccc; padding: 4px 8px; margin: 4px 0; width: 60%; }}
footer {{ font-size: 8pt; color: #777; border-top: 1px solid #ccc; margin-top: 12px; }}
</style></head>
<body>
<header><div><b>{e(TW.TITRE_SITE)}</b></div><nav>{''.join(f'<a href="#">{e(m)}</a>' for m in TW.MENU)}</nav></header>
<div class="fil">{e(TW.FIL)}</div>
<main>
<h1>{e(TW.TITRE)}</h1>
<p class="date">{e(TW.PUBLIE)}</p>
<p class="chapo">{e(TW.CHAPO)}</p>
<h2>{e(TW.ECRITS_TITRE)}</h2>
<table><thead><tr><th>Date (heure locale)</th><th>Épreuve</th><th>Wallis (Uvea)</th><th>Futuna</th><th>Heure de Paris</th></tr></thead>
<tbody>{rows}</tbody></table>
<h2>{e(TW.ORAUX_TITRE)}</h2>
<dl>{dl}</dl>
<h2>{e(TW.DOSSIERS_TITRE)}</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in TW.DOSSIERS)}</ul>
<h2>{e(TW.CENTRES_TITRE)}</h2>
{centres}
<h2>{e(TW.JURY_TITRE)}</h2>
<ul>{''.join(f'<li>{e(x)}</li>' for x in TW.JURY)}</ul>
<p><small>{e(TW.AUTRES)}</small></p>
</main>
<footer>{e(TW.PIED)}</footer>
</body></html>
"""
    path = out("circulaire_mco_2028_wallis-et-futuna.html")
    open(path, "w", encoding="utf-8").write(html)
    soffice_pdf(path)


# ---------------------------------------------------------------- scans
def render(pdf, dpi, gray):
    tmp = tempfile.mkdtemp(prefix="ag_scan_")
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, os.path.join(tmp, "p")]
    subprocess.run(args, check=True)
    files = sorted(glob.glob(os.path.join(tmp, "p*.png")))
    imgs = [Image.open(f).copy() for f in files]
    shutil.rmtree(tmp, ignore_errors=True)
    return imgs


def flatbed_scan(src, dst, seed=7):
    rng = np.random.default_rng(seed)
    pages = []
    for i, im in enumerate(render(src, 200, True)):
        im = im.convert("L")
        angle = (0.6 if i % 2 == 0 else -0.45)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rng.normal(0, 7, a.shape)                # grain + papier légèrement gris
        a[:, :18] *= 0.55                                              # ombre de reliure du couvercle
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(dst, "PDF", resolution=200, save_all=True, append_images=pages[1:], quality=82)


def phone_photo(src, dst, seed=11):
    rng = np.random.default_rng(seed)
    pages = []
    for i, im in enumerate(render(src, 150, False)):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.18), int(h * 1.14)
        bg = Image.new("RGB", (W, H), (118, 92, 66))                   # table en bois
        bga = np.asarray(bg).astype(np.float32) + rng.normal(0, 6, (H, W, 3))
        bg = Image.fromarray(np.clip(bga, 0, 255).astype(np.uint8))
        # perspective : coins de la page dans la photo
        dx, dy = W - w, H - h
        quad = [(dx * 0.55, dy * 0.35), (W - dx * 0.35, dy * 0.55), (W - dx * 0.5, H - dy * 0.3), (dx * 0.3, H - dy * 0.5)]
        # coefficients : point de sortie -> point source
        src_pts = [(0, 0), (w, 0), (w, h), (0, h)]
        A, B = [], []
        for (x, y), (u, v) in zip(quad, src_pts):
            A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
            A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
        coeffs = np.linalg.solve(np.array(A), np.array(B))
        mask = Image.new("L", im.size, 255)
        warped = im.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
        wmask = mask.transform((W, H), Image.PERSPECTIVE, tuple(coeffs), Image.BICUBIC)
        bg.paste(warped, (0, 0), wmask)
        # éclairage non uniforme + ombre du téléphone
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        light = 0.78 + 0.28 * (1 - ((xx - W * 0.3) ** 2 + (yy - H * 0.25) ** 2) ** 0.5 / (W * 1.1))
        light -= 0.22 * np.exp(-(((xx - W * 0.8) / (W * 0.25)) ** 2 + ((yy - H * 0.85) / (H * 0.2)) ** 2))
        a = np.asarray(bg).astype(np.float32) * light[..., None] * np.array([1.0, 0.97, 0.9])
        a = np.clip(a + rng.normal(0, 4, a.shape), 0, 255).astype(np.uint8)
        photo = Image.fromarray(a)
        # pouce dans le coin inférieur gauche (page 1)
        if i == 0:
            dr = ImageDraw.Draw(photo)
            dr.ellipse([-int(W * 0.04), int(H * 0.83), int(W * 0.13), int(H * 1.05)], fill=(196, 146, 120))
            dr.ellipse([int(W * 0.01), int(H * 0.85), int(W * 0.09), int(H * 0.93)], fill=(214, 170, 150))
        photo = photo.filter(ImageFilter.GaussianBlur(0.8))
        tmpj = tempfile.mktemp(suffix=".jpg")
        photo.save(tmpj, "JPEG", quality=62)
        pages.append(Image.open(tmpj).copy())
        os.remove(tmpj)
    pages[0].save(dst, "PDF", resolution=150, save_all=True, append_images=pages[1:])


if __name__ == "__main__":
    build_aero()
    build_mecp()
    g = build_gpme()
    build_pi()
    build_mco()
    flatbed_scan(g, out("circulaire_gpme_2026_lille_scan.pdf"))
    phone_photo(out("circulaire_mco_2028_wallis-et-futuna.pdf"), out("circulaire_mco_2028_wallis-et-futuna_scan.pdf"))
    print("ok")
