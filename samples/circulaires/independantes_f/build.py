#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_f à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Écrit uniquement dans ce dossier (et des fichiers temporaires sous /tmp).
Aucune dépendance au code du projet.
"""
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile

import numpy as np
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import textes_aix
import textes_corse
import textes_nc
import textes_paris
import textes_polynesie
import textes_sam

LO_PROFILE = "file:///tmp/lo_independantes_f"


# --------------------------------------------------------------------------- utilitaires
def out(name):
    return os.path.join(HERE, name)


def soffice(src, target, filt=None, infilter=None):
    """Convertit src vers le format target (pdf, odt…) dans ce dossier, via LibreOffice."""
    conv = target if filt is None else f"{target}:{filt}"
    tmpdir = tempfile.mkdtemp(prefix="lo_out_f_")
    extra = [f"--infilter={infilter}"] if infilter else []
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"] + extra + ["--convert-to", conv,
                    "--outdir", tmpdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    produced = os.path.join(tmpdir, f"{base}.{target}")
    if not os.path.exists(produced):
        raise RuntimeError(f"conversion échouée : {src} -> {target}")
    return produced


def set_cell_shading(cell, fill):
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
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_widths(table, widths):
    """Largeurs de colonnes lues par Word et LibreOffice (tblGrid + tcW, cellules fusionnées comprises)."""
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for tr in table._tbl.tr_lst:
        g = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = sum(widths[g:g + span])
            g += span


def remove_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def add_field(paragraph, instr):
    """Champ Word (PAGE, NUMPAGES)."""
    run = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "begin")
    run._r.append(fld)
    run = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run._r.append(it)
    run = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "separate")
    run._r.append(fld)
    paragraph.add_run("1")
    run = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "end")
    run._r.append(fld)


def cell_lines(cell, lines, bold_first=False, size=None, align=None):
    cell.text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        if bold_first and i == 0:
            r.bold = True
        if size:
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
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2)
    return doc


def heading(doc, text, size=11, color="1F3864", space_before=10):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    return p


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.5)
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    return sec


# --------------------------------------------------------------------------- 1. Corse (DOCX)
def build_corse():
    T = textes_corse
    doc = base_document("Arial", 10)
    sec = doc.sections[0]
    # en-tête : tableau sans bordure, bloc marianne à gauche, service à droite
    hdr = sec.header
    ht = hdr.add_table(1, 2, Cm(17))
    remove_borders(ht)
    set_widths(ht, [Cm(8.5), Cm(8.5)])
    cell_lines(ht.cell(0, 0), T.ENTETE_GAUCHE, bold_first=True, size=9)
    for p in ht.cell(0, 0).paragraphs[:2]:
        for r in p.runs:
            r.bold = True
    cell_lines(ht.cell(0, 1), T.ENTETE_DROITE, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    hdr.paragraphs[0].text = ""
    # pied de page : adresse + numéro de page
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(T.PIED + "   –   page ")
    r.font.size = Pt(7.5)
    add_field(fp, "PAGE")
    fp.add_run(" / ")
    add_field(fp, "NUMPAGES")

    # bloc expéditeur avec taquets de tabulation
    for lab, val in T.EXPEDITEUR:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.6))
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(lab)
        r.font.size = Pt(8.5)
        r = p.add_run("\t" + val)
        r.font.size = Pt(8.5)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\t" + T.LIEU_DATE)
    for line in T.SIGNATAIRE_TITRE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(8.5)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(T.OBJET).bold = True
    p = doc.add_paragraph()
    p.add_run("Références :").underline = True
    for ref in T.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(T.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p = doc.add_paragraph("L'examen comprend les épreuves suivantes :")
    for e in T.EPREUVES_LISTE:
        doc.add_paragraph(e, style="List Bullet 2")

    heading(doc, T.T_ECRITS)
    doc.add_paragraph(T.ECRITS_INTRO)
    tab = doc.add_table(rows=1, cols=5)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["Date", "Début", "Fin", "Épreuve", "Durée"]):
        c = tab.rows[0].cells[i]
        cell_lines(c, [h], bold_first=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_shading(c, "D9E2F3")
    repeat_header(tab.rows[0])
    for date, items in T.ECRITS:
        first = None
        for (deb, fin, ep, duree) in items:
            row = tab.add_row()
            cells = row.cells
            if first is None:
                first = cells[0]
                cell_lines(cells[0], [date], bold_first=True, size=9)
            else:
                first.merge(cells[0])  # cellule de date fusionnée verticalement
            cell_lines(cells[1], [deb], size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_lines(cells[2], [fin], size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_lines(cells[3], [ep], size=9)
            cell_lines(cells[4], [duree], size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        first.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(tab, [Cm(3.6), Cm(1.8), Cm(1.8), Cm(8.2), Cm(1.6)])
    p = doc.add_paragraph()
    r = p.add_run(T.ECRITS_NOTE)
    r.italic = True
    r.font.size = Pt(8.5)

    heading(doc, T.T_ORAUX)
    for o in T.ORAUX:
        doc.add_paragraph(o, style="List Bullet")
    doc.add_paragraph(T.ORAUX_NOTE).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading(doc, T.T_DOSSIERS)
    for d in T.DOSSIERS:
        doc.add_paragraph(d, style="List Number")

    heading(doc, T.T_CENTRES)
    ct = doc.add_table(rows=1, cols=3)
    ct.style = "Table Grid"
    for i, h in enumerate(["Centre d'épreuves (adresse)", "Commune", "Épreuves"]):
        cell_lines(ct.rows[0].cells[i], [h], bold_first=True, size=9)
        set_cell_shading(ct.rows[0].cells[i], "D9E2F3")
    for lines, ville, eps in T.CENTRES:
        row = ct.add_row()
        cell_lines(row.cells[0], lines, bold_first=True, size=9)
        cell_lines(row.cells[1], [ville], size=9)
        cell_lines(row.cells[2], [eps], size=9)
    set_widths(ct, [Cm(8), Cm(3.5), Cm(5.5)])
    doc.add_paragraph()
    doc.add_paragraph(T.FORMATION_INTRO)
    for f in T.FORMATION:
        doc.add_paragraph(f, style="List Bullet")

    heading(doc, T.T_JURY)
    doc.add_paragraph(T.JURY)
    doc.add_paragraph()
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)

    # annexe sur une nouvelle page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading(doc, T.ANNEXE_TITRE)
    for a in T.ANNEXE:
        p = doc.add_paragraph(a)
        p.paragraph_format.space_after = Pt(14)

    docx_path = out(T.STEM + ".docx")
    doc.save(docx_path)
    shutil.copy(soffice(docx_path, "pdf"), out(T.STEM + ".pdf"))
    return out(T.STEM + ".pdf")


# --------------------------------------------------------------------------- 2. Polynésie (HTML)
def build_polynesie():
    T = textes_polynesie
    h = []
    h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
    h.append(f"<title>{T.TITRE} – {T.SITE}</title>")
    h.append("""<style>
body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#222;margin:0}
.hdr{color:#003b6f;border-bottom:3px solid #003b6f;padding:8px 14px}
.site{border-bottom:3px solid #003b6f;color:#003b6f;padding:6px 14px;margin:0;font-size:14pt;font-weight:bold}
nav{font-size:8pt;color:#555;padding:4px 14px;border-bottom:1px solid #ccc}
main{padding:6px 14px}
h1{font-size:14pt;color:#003b6f;margin:8px 0 2px}
h2{font-size:11pt;color:#003b6f;border-bottom:1px solid #9ab;margin:12px 0 4px}
.meta{font-size:8pt;color:#777}
.chapo{font-weight:bold}
table{border-collapse:collapse;margin:6px 0}
td,th{border:1px solid #889;padding:3px 6px;font-size:9pt;vertical-align:top}
th{background:#e3ecf5}
.note{font-size:8pt;font-style:italic}
footer{font-size:7.5pt;color:#666;border-top:1px solid #ccc;padding:6px 14px;margin-top:12px}
</style></head><body>""")
    h.append(f"<p class=\"site\">{T.SITE}</p>")
    h.append(f"<nav>{T.FIL}</nav><main>")
    h.append(f"<h1>{T.TITRE}</h1><p class=\"meta\">{T.PUBLIE}</p>")
    h.append(f"<p class=\"chapo\">{T.CHAPO}</p><p class=\"meta\">{T.REF}</p>")
    h.append(f"<h2>{T.UNITES_TITRE}</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Code</th><th>Intitulé</th><th>Forme</th></tr>")
    for code, lib, forme in T.UNITES:
        style = " style=\"padding-left:18px\"" if code in ("E21", "E22") else ""
        h.append(f"<tr><td{style}>{code}</td><td>{lib}</td><td>{forme}</td></tr>")
    h.append("</table>")
    h.append(f"<h2>{T.ECRITS_TITRE}</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th></th>")
    h.extend(f"<th>{j}</th>" for j in T.ECRITS_JOURS)
    h.append("</tr><tr><th>Épreuve</th>")
    h.extend(f"<td>{e}</td>" for e in T.ECRITS_EPREUVES)
    h.append("</tr><tr><th>Heure de Tahiti</th>")
    h.extend(f"<td><b>{x}</b></td>" for x in T.ECRITS_TAHITI)
    h.append("</tr><tr><th>Heure de Paris (indicatif)</th>")
    h.extend(f"<td>{x}</td>" for x in T.ECRITS_PARIS)
    h.append(f"</tr></table><p class=\"note\">{T.ECRITS_NOTE}</p>")
    h.append(f"<h2>{T.ORAUX_TITRE}</h2><ul>")
    h.extend(f"<li>{o}</li>" for o in T.ORAUX)
    h.append("</ul>")
    h.append(f"<h2>{T.DOSSIERS_TITRE}</h2>")
    h.extend(f"<p>{d}</p>" for d in T.DOSSIERS)
    h.append(f"<h2>{T.CENTRES_TITRE}</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Centre</th><th>Adresse</th><th>Commune</th><th>Épreuves</th></tr>")
    for nom, a1, a2, ville, eps in T.CENTRES:
        h.append(f"<tr><td><b>{nom}</b></td><td>{a1}<br>{a2}</td><td>{ville}</td><td>{eps}</td></tr>")
    h.append(f"</table><p>{T.FORMATION}</p>")
    h.append(f"<h2>{T.JURY_TITRE}</h2>")
    h.extend(f"<p>{j}</p>" for j in T.JURY)
    h.append(f"<p style=\"text-align:right\"><i>{T.SIGNATURE}</i></p>")
    h.append(f"</main><footer>{T.PIED}</footer></body></html>")
    html_path = out(T.STEM + ".html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write("\n".join(h))
    shutil.copy(soffice(html_path, "pdf", "writer_pdf_Export", "HTML (StarWriter)"), out(T.STEM + ".pdf"))
    return out(T.STEM + ".pdf")


# --------------------------------------------------------------------------- 3. Nouvelle-Calédonie (reportlab)
def build_nc():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    T = textes_nc
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    path = out(T.STEM + ".pdf")
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("BTS CG session 2026 – vice-rectorat de la Nouvelle-Calédonie")
    W, H = A4
    # page 1 : lettre
    c.setFillColor(colors.HexColor("#0b4f6c"))
    c.rect(0, H - 2.2 * 28.35, W, 2.2 * 28.35, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("DVB", 11)
    c.drawString(50, H - 30, T.ENTETE[0])
    c.setFont("DV", 8.5)
    c.drawString(50, H - 43, T.ENTETE[1] + " · " + T.ENTETE[2])
    c.setFillColor(colors.black)
    c.setFont("DV", 8.5)
    c.drawString(50, H - 85, T.REF_INTERNE)
    c.setFont("DV", 10)
    c.drawRightString(W - 50, H - 85, T.LIEU_DATE)
    y = H - 115
    for line in T.DESTINATAIRES:
        c.drawString(300, y, line)
        y -= 13
    y -= 8
    sty = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, alignment=4)
    styb = ParagraphStyle("o", fontName="DVB", fontSize=10, leading=13)
    for txt, st in [(T.OBJET, styb), (T.REFERENCES, ParagraphStyle("r", parent=sty, fontSize=8.5))] + \
                   [(t, sty) for t in T.CORPS]:
        p = Paragraph(txt, st)
        w, hgt = p.wrap(W - 100, 500)
        y -= hgt
        p.drawOn(c, 50, y)
        y -= 7
    y -= 10
    for line in T.SIGNATURE:
        c.drawString(330, y, line)
        y -= 13
    c.setFont("DV", 7)
    c.drawCentredString(W / 2, 25, T.PIED + "  –  1/2")
    c.showPage()
    # page 2 : calendrier en paysage
    c.setPageSize(landscape(A4))
    W, H = landscape(A4)
    c.setFont("DVB", 13)
    c.drawString(40, H - 45, T.P2_TITRE)
    cell = ParagraphStyle("c", fontName="DV", fontSize=9, leading=11)
    data = [T.CAL_ENTETE] + [list(r) for r in T.CAL]
    t = Table([[Paragraph(x, cell) for x in r] for r in data],
              colWidths=[75, 300, 55, 55, 55, 150])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e6ee")),
                           ("BACKGROUND", (5, 1), (5, -1), colors.HexColor("#f2f2f2"))]))
    w, hgt = t.wrap(W, H)
    y = H - 60 - hgt
    t.drawOn(c, 40, y)
    y -= 28
    c.setFont("DVB", 11)
    c.drawString(40, y, T.ORAUX_TITRE)
    data = [["Période", "Épreuve", "Horaire"]] + [list(r) for r in T.ORAUX]
    t = Table([[Paragraph(x, cell) for x in r] for r in data], colWidths=[160, 300, 130])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e6ee"))]))
    w, hgt = t.wrap(W, H)
    y -= 8 + hgt
    t.drawOn(c, 40, y)
    y -= 28
    c.setFont("DVB", 11)
    c.drawString(40, y, T.CENTRES_TITRE)
    data = [["Centre", "Adresse", "Commune"]] + [list(r) for r in T.CENTRES]
    t = Table([[Paragraph(x, cell) for x in r] for r in data], colWidths=[180, 260, 150])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e6ee"))]))
    w, hgt = t.wrap(W, H)
    y -= 8 + hgt
    t.drawOn(c, 40, y)
    y -= 10
    p = Paragraph(T.FORMATION, ParagraphStyle("f", fontName="DV", fontSize=8, leading=10))
    w, hgt = p.wrap(W - 80, 100)
    p.drawOn(c, 40, y - hgt)
    c.setFont("DV", 7)
    c.drawCentredString(W / 2, 22, T.PIED + "  –  2/2")
    c.showPage()
    c.save()
    return path


# --------------------------------------------------------------------------- 4. Aix-Marseille (DOCX, ODT)
def build_aix():
    T = textes_aix
    doc = base_document("Calibri", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(T.ENTETE):
        r = hp.add_run(line + ("\n" if i < len(T.ENTETE) - 1 else ""))
        r.bold = i < 2
        r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run(T.PIED + " – ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")

    # lettre sur deux colonnes : colonne de service à gauche, corps à droite
    lay = doc.add_table(rows=1, cols=2)
    remove_borders(lay)
    left, right = lay.rows[0].cells
    cell_lines(left, T.COLONNE_GAUCHE, bold_first=True, size=8)
    set_cell_shading(left, "EEF1F6")
    right.text = ""
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(T.LIEU_DATE)
    right.add_paragraph(T.DESTINATAIRES)
    right.add_paragraph().add_run(T.OBJET).bold = True
    right.add_paragraph().add_run(T.REFERENCES).italic = True
    right.add_paragraph(T.INTRO)
    p = right.add_paragraph()
    p.add_run(T.STRUCTURE_TITRE).bold = True
    for s in T.STRUCTURE:
        right.add_paragraph(s, style="List Bullet")
    p = right.add_paragraph()
    p.add_run(T.ORAUX_TITRE).bold = True
    for o in T.ORAUX:
        right.add_paragraph(o, style="List Bullet")
    p = right.add_paragraph()
    p.add_run(T.DOSSIERS_TITRE).bold = True
    for d in T.DOSSIERS:
        right.add_paragraph(d, style="List Number")
    p = right.add_paragraph()
    p.add_run(T.JURY_TITRE).bold = True
    right.add_paragraph(T.JURY)
    right.add_paragraph(T.FORMATION)
    for line in T.SIGNATURE:
        p = right.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    set_widths(lay, [Cm(4.3), Cm(12.7)])

    # annexe : section paysage, tableau long avec ligne d'en-tête répétée
    sec2 = landscape_section(doc)
    sec2.header.is_linked_to_previous = True
    heading(doc, T.ANNEXE_TITRE, size=12)
    tab = doc.add_table(rows=1, cols=len(T.ANNEXE_ENTETE))
    tab.style = "Table Grid"
    for i, h in enumerate(T.ANNEXE_ENTETE):
        cell_lines(tab.rows[0].cells[i], [h], bold_first=True, size=9)
        set_cell_shading(tab.rows[0].cells[i], "FCE4D6")
    repeat_header(tab.rows[0])
    prev_date_cell = None
    prev_date = None
    for (date, deb, fin, duree, ep, unite) in T.ECRITS:
        first_row_cells = None
        for lines, ville in T.CENTRES:
            row = tab.add_row()
            cant_split(row)
            cells = row.cells
            if first_row_cells is None:
                first_row_cells = cells
                if date == prev_date:
                    prev_date_cell.merge(cells[0])
                else:
                    cell_lines(cells[0], [date], bold_first=True, size=9)
                    prev_date_cell = cells[0]
                cell_lines(cells[1], [deb], size=9)
                cell_lines(cells[2], [fin], size=9)
                cell_lines(cells[3], [duree], size=9)
                cell_lines(cells[4], [ep], size=9)
                cell_lines(cells[5], [unite], size=9)
            else:
                prev_date_cell.merge(cells[0])
                for k in range(1, 6):
                    first_row_cells[k].merge(cells[k])
            cell_lines(cells[6], lines, size=8.5)
            cell_lines(cells[7], [ville], size=9)
        prev_date = date
    set_widths(tab, [Cm(3.4), Cm(1.6), Cm(1.6), Cm(1.3), Cm(5.4), Cm(1.4), Cm(7.8), Cm(4.2)])
    p = doc.add_paragraph()
    r = p.add_run(T.ANNEXE_NOTE)
    r.italic = True
    r.font.size = Pt(8.5)

    docx_path = out(T.STEM + ".docx")
    doc.save(docx_path)
    odt_tmp = soffice(docx_path, "odt")
    shutil.copy(odt_tmp, out(T.STEM + ".odt"))
    shutil.copy(soffice(out(T.STEM + ".odt"), "pdf"), out(T.STEM + ".pdf"))
    return out(T.STEM + ".pdf")


# --------------------------------------------------------------------------- 5. Note nationale SAM (DOCX)
def build_sam():
    T = textes_sam
    doc = base_document("Times New Roman", 11)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header.paragraphs[0]
    for i, line in enumerate(T.ENTETE):
        r = fh.add_run(line + ("\n" if i < len(T.ENTETE) - 1 else ""))
        r.bold = i == 0
        r.font.size = Pt(9 if i else 10)
    sec.header.paragraphs[0].add_run(T.PIED).font.size = Pt(8)
    for ft in (sec.first_page_footer, sec.footer):
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_field(p, "PAGE")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(T.LIEU_DATE)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(T.TITRE)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(T.DESTINATAIRES).paragraph_format.left_indent = Cm(6)
    doc.add_paragraph().add_run(T.OBJET).bold = True
    for ref in T.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(T.PREAMBULE).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    heading(doc, T.EPREUVES_TITRE, color="000000")
    for e in T.EPREUVES:
        p = doc.add_paragraph()
        if e.startswith("    "):
            p.paragraph_format.left_indent = Cm(1.5)
            e = e.strip()
        p.paragraph_format.space_after = Pt(1)
        p.add_run(e)

    # section paysage : calendrier par territoire (en-tête courant, pas le papier à en-tête)
    s2 = landscape_section(doc)
    s2.different_first_page_header_footer = False
    heading(doc, T.CAL_TITRE, color="000000")
    ncols = len(T.CAL_ENTETE)
    tab = doc.add_table(rows=2, cols=ncols)
    tab.style = "Table Grid"
    r0, r1 = tab.rows
    for i in range(3):
        cell_lines(r0.cells[i], [T.CAL_ENTETE[i]], bold_first=True, size=9)
        r0.cells[i].merge(r1.cells[i])
    top = r0.cells[3].merge(r0.cells[ncols - 1])
    cell_lines(top, ["Horaires (heure locale de chaque territoire)"], bold_first=True, size=9,
               align=WD_ALIGN_PARAGRAPH.CENTER)
    for i in range(3, ncols):
        cell_lines(r1.cells[i], [T.CAL_ENTETE[i]], bold_first=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in (r0, r1):
        repeat_header(row)
        for c in row.cells:
            set_cell_shading(c, "E7E6E6")
    poly_cells = []
    for vals in T.CAL:
        row = tab.add_row()
        for i, v in enumerate(vals):
            cell_lines(row.cells[i], [v], size=9, align=None if i < 2 else WD_ALIGN_PARAGRAPH.CENTER)
        poly_cells.append((row.cells[ncols - 2], row.cells[ncols - 1]))
    # Polynésie et Nouvelle-Calédonie : une seule cellule fusionnée sur toutes les lignes, avec la note
    m = poly_cells[0][0].merge(poly_cells[-1][1])
    cell_lines(m, [T.POLY], size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(tab, [Cm(3.6), Cm(5.4), Cm(1.3)] + [Cm(2.2)] * 5 + [Cm(2.5), Cm(2.6)])
    for n in T.CAL_NOTES:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(n)
        r.font.size = Pt(8.5)

    s3 = portrait_section(doc)
    s3.different_first_page_header_footer = False
    for titre, paras in ((T.ORAUX_TITRE, T.ORAUX), (T.DOSSIERS_TITRE, T.DOSSIERS), (T.JURY_TITRE, [T.JURY])):
        heading(doc, titre, color="000000")
        for x in paras:
            doc.add_paragraph(x).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.add_paragraph()
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(8)
        p.paragraph_format.space_after = Pt(0)
    docx_path = out(T.STEM + ".docx")
    doc.save(docx_path)
    shutil.copy(soffice(docx_path, "pdf"), out(T.STEM + ".pdf"))
    return out(T.STEM + ".pdf")


# --------------------------------------------------------------------------- 6. Courriel imprimé Paris (HTML -> PDF)
def build_paris():
    T = textes_paris
    h = ["<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>courriel</title><style>",
         "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}",
         ".top{font-size:8pt;border-bottom:2px solid #000;padding-bottom:2px}",
         "table.hd td{font-size:9.5pt;padding:1px 6px;vertical-align:top}",
         "table.hd td.k{font-weight:bold;width:110px}",
         ".orig{color:#444;border-left:2px solid #99c;padding-left:8px;margin-top:14px}",
         ".foot{font-size:7.5pt;color:#555;margin-top:20px}",
         "</style></head><body>",
         f"<div class=\"top\"><b>{T.IMPRESSION}</b></div>",
         "<table class=\"hd\">"]
    for k, v in T.ENTETE:
        v = v.replace("<", "&lt;").replace(">", "&gt;")
        h.append(f"<tr><td class=\"k\">{k}</td><td>{v}</td></tr>")
    h.append("</table><hr>")
    h.extend(f"<p>{x}</p>" for x in T.CORPS)
    h.append("<ul>")
    h.extend(f"<li>{x}</li>" for x in T.LISTE)
    h.append(f"</ul><p>{T.CENTRES_INTRO}</p><ol>")
    h.extend(f"<li>{n}<br>{a}<br>{cp}</li>" for n, a, cp in T.CENTRES)
    h.append("</ol>")
    h.extend(f"<p>{x}</p>" for x in T.FIN)
    h.append("<div class=\"orig\">" + "<br>".join(T.MESSAGE_ORIGINE) + "</div>")
    h.append(f"<div class=\"foot\">{T.PIED_IMPRESSION}</div></body></html>")
    tmpdir = tempfile.mkdtemp(prefix="paris_f_")
    src = os.path.join(tmpdir, T.STEM + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(h))
    shutil.copy(soffice(src, "pdf", "writer_pdf_Export", "HTML (StarWriter)"), out(T.STEM + ".pdf"))
    return out(T.STEM + ".pdf")


# --------------------------------------------------------------------------- scans
def rasterize(pdf, dpi, gray):
    tmpdir = tempfile.mkdtemp(prefix="scan_f_")
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, os.path.join(tmpdir, "p")]
    subprocess.run(args, check=True)
    return [Image.open(os.path.join(tmpdir, f)) for f in sorted(os.listdir(tmpdir))]


def flatbed_scan(pdf, target, dpi=200, seed=7):
    """Scanner à plat : niveaux de gris, 200 dpi, légère rotation, bruit, fond légèrement gris."""
    rng = np.random.default_rng(seed)
    pages = []
    for i, im in enumerate(rasterize(pdf, dpi, gray=True)):
        im = im.convert("L")
        angle = [0.7, -0.45, 0.3][i % 3]
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8  # papier un peu gris, noir un peu délavé
        a += rng.normal(0, 6, a.shape)
        # ombre de la reliure / du couvercle sur le bord gauche
        x = np.linspace(0, 1, a.shape[1])
        a -= 35 * np.exp(-x / 0.02)[None, :]
        # quelques poussières
        for _ in range(40):
            y0, x0 = rng.integers(0, a.shape[0]), rng.integers(0, a.shape[1])
            a[y0:y0 + 2, x0:x0 + 2] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(target, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def find_coeffs(src, dst):
    """Coefficients PIL PERSPECTIVE : pour chaque point de sortie dst, point source src."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone_photo(pdf, target, seed=11):
    """Photo au téléphone : perspective, fond de bureau, éclairage inégal, compression JPEG."""
    rng = np.random.default_rng(seed)
    pages = []
    for i, im in enumerate(rasterize(pdf, 150, gray=False)):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.18), int(h * 1.14)
        bg = np.zeros((H, W, 3), np.float32)
        bg[:] = (92, 74, 58)  # bureau en bois sombre
        bg += rng.normal(0, 7, bg.shape)
        bgim = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
        # coins de la page dans la photo (trapèze : haut plus étroit)
        j = [rng.integers(-12, 12) for _ in range(8)]
        dst = [(W * 0.11 + j[0], H * 0.06 + j[1]), (W * 0.87 + j[2], H * 0.05 + j[3]),
               (W * 0.95 + j[4], H * 0.95 + j[5]), (W * 0.04 + j[6], H * 0.93 + j[7])]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        coeffs = find_coeffs(src, dst)
        warped = im.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        bgim.paste(warped, (0, 0), mask)
        a = np.asarray(bgim).astype(np.float32)
        # éclairage : lampe en haut à droite, ombre du téléphone en bas à gauche
        yy, xx = np.mgrid[0:H, 0:W]
        light = 1.05 - 0.35 * (((xx / W - 0.85) ** 2 + (yy / H - 0.1) ** 2) ** 0.5)
        shadow = 1 - 0.25 * np.exp(-(((xx / W - 0.2) ** 2) / 0.02 + ((yy / H - 0.85) ** 2) / 0.03))
        a *= (light * shadow)[..., None]
        a[..., 2] *= 0.92  # dominante chaude
        a += rng.normal(0, 4, a.shape)
        ph = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        ph.save(buf, "JPEG", quality=68)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    pages[0].save(target, "PDF", resolution=150, save_all=True, append_images=pages[1:])


def main():
    corse = build_corse()
    build_polynesie()
    nc = build_nc()
    build_aix()
    build_sam()
    build_paris()
    flatbed_scan(corse, out(textes_corse.STEM + "_scan.pdf"))
    phone_photo(nc, out(textes_nc.STEM + "_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".odt", ".html")):
            print(f"{os.path.getsize(out(f)):>9}  {f}")


if __name__ == "__main__":
    main()
