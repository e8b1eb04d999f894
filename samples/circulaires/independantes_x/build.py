#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_x (documents fictifs) à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Sorties : DOCX (python-docx), ODT et PDF (LibreOffice), PDF reportlab, HTML, deux scans image.
Aucun code du projet n'est importé.
"""
import html
import os
import subprocess
import sys
import tempfile

import numpy as np
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter

ICI = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ICI)
import textes_lille as TL  # noqa: E402
import textes_lyon as TY  # noqa: E402
import textes_nantes as TN  # noqa: E402
import textes_reims as TR  # noqa: E402
import textes_reunion as TU  # noqa: E402

A4_W, A4_H = Cm(21), Cm(29.7)
LO_PROFILE = "file:///tmp/lo_independantes_x"
RNG = np.random.default_rng(2027)


# ---------------------------------------------------------------- utilitaires docx
def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def page_field(paragraph):
    run = paragraph.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def base_doc(size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = A4_W, A4_H
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)
    return doc


def header_footer(section, head, foot):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(7)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = section.footer.paragraphs[0]
    fp.text = foot + " – page "
    fp.runs[0].font.size = Pt(7)
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def heading(doc, text, size=11):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x6B)
    return p


# ---------------------------------------------------------------- 1. Lille FED (docx, planning Gantt)
def build_lille(path):
    doc = base_doc()
    sec = doc.sections[0]
    header_footer(sec, "Académie de Lille – DEC 3 – BTS FED session 2027", TL.PIED)
    for i, line in enumerate(TL.EN_TETE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = i < 2
        r.font.size = Pt(11 if i < 2 else 9)
    # bloc contacts avec taquets de tabulation
    for k, v in TL.CONTACTS:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4), WD_TAB_ALIGNMENT.LEFT, )
        r = p.add_run(f"{k}\t{v}")
        r.font.size = Pt(8)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\t" + TL.LIEU_DATE)
    p = doc.add_paragraph()
    p.add_run(TL.EMETTEUR + "\n").bold = True
    p.add_run(TL.DESTINATAIRES).italic = True
    p = doc.add_paragraph()
    p.add_run(TL.OBJET).bold = True
    doc.add_paragraph("Références :")
    for ref in TL.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(TL.INTRO)

    heading(doc, TL.TITRE_ECRITS)
    doc.add_paragraph(TL.PHRASE_ECRITS)
    t = doc.add_table(rows=1 + len(TL.GRILLE_ECRITS), cols=1 + len(TL.JOURS_ECRITS))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "", bold=True)
    for j, jour in enumerate(TL.JOURS_ECRITS):
        cell_text(t.cell(0, j + 1), jour, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.cell(0, j + 1), "D9E2F3")
    for i, (demi, cells) in enumerate(TL.GRILLE_ECRITS):
        cell_text(t.cell(i + 1, 0), demi, bold=True)
        for j, c in enumerate(cells):
            cell_text(t.cell(i + 1, j + 1), c, align=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph(TL.NOTE_ECRITS).runs[0].font.size = Pt(8)

    # section paysage : planning en semaines (grille type Gantt, barres = cellules fusionnées grisées)
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = A4_H, A4_W
    sec2.left_margin = sec2.right_margin = Cm(1.5)
    heading(doc, TL.TITRE_GANTT)
    ndays = sum(len(d) for _, d in TL.SEMAINES)
    g = doc.add_table(rows=2 + len(TL.BARRES), cols=1 + ndays)
    g.style = "Table Grid"
    cell_text(g.cell(0, 0), "Sous-épreuve", bold=True)
    g.cell(0, 0).merge(g.cell(1, 0))
    col = 1
    for sem, jours in TL.SEMAINES:
        c = g.cell(0, col).merge(g.cell(0, col + len(jours) - 1))
        cell_text(c, sem, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, "D9E2F3")
        for k, j in enumerate(jours):
            cell_text(g.cell(1, col + k), j, size=7, align=WD_ALIGN_PARAGRAPH.CENTER)
        col += len(jours)
    for i, (label, a, b, bar) in enumerate(TL.BARRES):
        cell_text(g.cell(2 + i, 0), label, size=8)
        c = g.cell(2 + i, 1 + a).merge(g.cell(2 + i, 1 + b)) if b > a else g.cell(2 + i, 1 + a)
        cell_text(c, bar, bold=True, size=7, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, "A6A6A6")
    g.autofit = False
    for row in g.rows:
        for k, cell in enumerate(row.cells):
            cell.width = Cm(6.5) if k == 0 else Cm(1.3)
    for k, gc in enumerate(g._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int((6.5 if k == 0 else 1.3) * 567)))
    doc.add_paragraph(TL.LEGENDE).runs[0].font.size = Pt(8)

    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = A4_W, A4_H
    sec3.left_margin = sec3.right_margin = Cm(2)
    heading(doc, TL.TITRE_ECHEANCES)
    for e in TL.ECHEANCES:
        doc.add_paragraph(e, style="List Number")
    heading(doc, TL.TITRE_CENTRES)
    c = doc.add_table(rows=1 + len(TL.CENTRES), cols=3)
    c.style = "Table Grid"
    for j, h in enumerate(["Centre (adresse postale)", "Commune", "Candidats accueillis"]):
        cell_text(c.cell(0, j), h, bold=True)
        shade(c.cell(0, j), "D9E2F3")
    for i, row in enumerate(TL.CENTRES):
        for j, v in enumerate(row):
            cell_text(c.cell(i + 1, j), v)
    doc.add_paragraph(TL.FORMATION_TITRE)
    for f in TL.FORMATION:
        doc.add_paragraph(f, style="List Bullet 2")
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(9)
    p.paragraph_format.space_before = Pt(14)
    p.add_run("\n".join(TL.SIGNATURE))
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell_text(box.cell(0, 0), "\n".join(TL.ACCUSE), size=8)
    doc.save(path)


# ---------------------------------------------------------------- 2. Nantes CG (HTML d'intranet imprimé)
def build_nantes(path):
    e = html.escape
    menu = "".join(f'<td class="m">{e(m)}</td>' for m in TN.MENU)
    lateral = "".join(f"<li><u>{e(m)}</u></li>" for m in TN.MENU_LATERAL)
    rows = "".join(
        f'<tr><th align="left" valign="top">{e(j)}</th><td>' + "<br/>".join(f"• {e(x)}" for x in cells)
        + "</td></tr>" for j, cells in TN.JOURS)
    faq = "".join(f'<h3>▸ {e(q)}</h3>' + "".join(f"<p>{e(a)}</p>" for a in ans) for q, ans in TN.FAQ)
    centres = "".join(f"<tr><td><b>{e(n)}</b><br/>{e(a)}</td><td>{e(cp)}</td><td>{e(v)}</td></tr>"
                      for n, a, cp, v in TN.CENTRES)
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"/><title>{e(TN.TITRE)}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color:#222; }}
.print {{ font-size: 7pt; color:#666; }}
.bandeau {{ background:#003a70; color:white; font-weight:bold; padding:6px; }}
td.m {{ background:#e6edf5; font-size:8pt; padding:3px 6px; border-right:1px solid #fff; }}
.fil {{ font-size:8pt; color:#555; }}
h1 {{ font-size: 15pt; color:#003a70; }}
h3 {{ font-size: 10.5pt; color:#003a70; margin-bottom:2px; }}
table.cal th, table.cal td {{ border:1px solid #888; padding:4px; }}
.meta {{ font-size:8pt; color:#666; }}
</style></head><body>
<table width="100%" class="print"><tr><td>{e(TN.IMPRESSION_HAUT[0])}</td><td align="right">{e(TN.IMPRESSION_HAUT[1])}</td></tr></table>
<div class="bandeau">{e(TN.BANDEAU)}</div>
<table cellspacing="0"><tr>{menu}</tr></table>
<p class="fil">Vous êtes ici : {' &gt; '.join(e(x) for x in TN.FIL)}</p>
<table width="100%"><tr>
<td valign="top" width="24%" style="font-size:8pt; background:#f3f3f3;"><b>Dans cette rubrique</b><ul>{lateral}</ul>
<p>[Imprimer] [Partager] [Version PDF]</p></td>
<td valign="top">
<h1>{e(TN.TITRE)}</h1>
<p class="meta">{e(TN.META)}</p>
<p><i>{e(TN.CHAPO)}</i></p>
<h2 style="font-size:12pt">{e(TN.TITRE_TABLEAU)}</h2>
<table class="cal" cellspacing="0" width="100%"><tr><th>Jour</th><th>Épreuves et horaires</th></tr>{rows}</table>
<h2 style="font-size:12pt">Foire aux questions</h2>
{faq}
<h2 style="font-size:12pt">{e(TN.CENTRES_TITRE)}</h2>
<table class="cal" cellspacing="0" width="100%"><tr><th>Établissement</th><th>Code postal</th><th>Commune</th></tr>{centres}</table>
<p class="meta">{e(TN.CONTACT)}</p>
</td></tr></table>
<table width="100%" class="print"><tr><td>{e(TN.IMPRESSION_BAS[0])}</td><td align="right">{e(TN.IMPRESSION_BAS[1])}</td></tr></table>
</body></html>
"""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(doc)


# ---------------------------------------------------------------- 3. Reims Assurance (reportlab, diaporama)
def build_reims(path):
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas
    W, H = 960, 540
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("BTS Assurance 2026 - presentation")
    c.setAuthor("DEC Reims")
    n = len(TR.DIAPOS)
    bleu = colors.HexColor("#6E1E3C")
    for k, d in enumerate(TR.DIAPOS, 1):
        c.setFillColor(colors.HexColor("#F7F4EF"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        if k == 1:
            c.setFillColor(bleu)
            c.rect(0, 200, W, 170, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 40)
            c.drawCentredString(W / 2, 300, d["titre"])
            c.setFont("Helvetica", 18)
            c.drawCentredString(W / 2, 250, d["sous_titre"])
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 14)
            for i, line in enumerate(d["lignes"]):
                c.drawCentredString(W / 2, 150 - 24 * i, line)
        else:
            c.setFillColor(bleu)
            c.rect(0, H - 80, W, 80, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 26)
            c.drawString(40, H - 52, d["titre"])
            c.setFillColor(colors.black)
            y = H - 130
            if "puces" in d:
                for item in d["puces"]:
                    c.setFillColor(bleu)
                    c.circle(52, y + 5, 4, stroke=0, fill=1)
                    c.setFillColor(colors.black)
                    c.setFont("Helvetica", 17)
                    c.drawString(66, y, item)
                    y -= 44
            if "tableau" in d:
                widths = [150, 140, 590]
                for i, row in enumerate(d["tableau"]):
                    x = 40
                    if i == 0:
                        c.setFillColor(colors.HexColor("#D8C3CB"))
                        c.rect(40, y - 10, sum(widths), 32, stroke=0, fill=1)
                        c.setFillColor(colors.black)
                    for w, v in zip(widths, row):
                        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 15)
                        c.drawString(x + 6, y, v)
                        x += w
                    c.setStrokeColor(colors.grey)
                    c.line(40, y - 12, 40 + sum(widths), y - 12)
                    y -= 46
                c.setFont("Helvetica-Oblique", 13)
                c.drawString(40, y - 10, d["note"])
            if "colonnes" in d:
                for i, col in enumerate(d["colonnes"]):
                    x = 40 + i * 300
                    c.setStrokeColor(bleu)
                    c.roundRect(x, 180, 280, 170, 12, stroke=1, fill=0)
                    c.setFont("Helvetica-Bold", 16)
                    c.drawString(x + 14, 315, col[0])
                    c.setFont("Helvetica", 14)
                    for j, line in enumerate(col[1:]):
                        c.drawString(x + 14, 280 - 24 * j, line)
        c.setFont("Helvetica", 9)
        c.setFillColor(colors.grey)
        c.drawString(40, 18, TR.PIED)
        c.drawRightString(W - 40, 18, f"{k} / {n}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. La Réunion Tourisme (docx -> odt -> pdf)
def build_reunion(path):
    doc = base_doc(10)
    sec = doc.sections[0]
    header_footer(sec, "Académie de La Réunion – DEC 4", "BTS Tourisme – session 2027 – note de service")
    for i, line in enumerate(TU.EN_TETE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(12 if i == 0 else 8)
    p = doc.add_paragraph(TU.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(TU.DESTINATAIRES).runs[0].italic = True
    doc.add_paragraph().add_run(TU.OBJET).bold = True
    doc.add_paragraph(TU.REF).runs[0].font.size = Pt(8)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell_text(box.cell(0, 0), TU.AVERTISSEMENT, bold=True, size=9)
    shade(box.cell(0, 0), "FFF2CC")
    heading(doc, TU.TITRE_ECRITS)
    t = doc.add_table(rows=1 + len(TU.ECRITS), cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Jour", bold=True)
    cell_text(t.cell(0, 1), "Épreuve(s) – horaire heure de La Réunion (heure de Paris)", bold=True)
    for i, (j, ep) in enumerate(TU.ECRITS):
        cell_text(t.cell(i + 1, 0), j, bold=True)
        cell_text(t.cell(i + 1, 1), ep)
    for row in t.rows:
        row.cells[0].width = Cm(3.5)
        row.cells[1].width = Cm(13.5)
    doc.add_paragraph(TU.NOTE_ECRITS).runs[0].font.size = Pt(8)
    heading(doc, TU.TITRE_ORAUX)
    o = doc.add_table(rows=len(TU.ORAUX), cols=2)
    o.style = "Table Grid"
    for i, (a, b) in enumerate(TU.ORAUX):
        cell_text(o.cell(i, 0), a)
        cell_text(o.cell(i, 1), b)
    heading(doc, TU.TITRE_DOSSIERS)
    for d in TU.DOSSIERS:
        doc.add_paragraph(d, style="List Bullet")
    heading(doc, TU.TITRE_CENTRES)
    c = doc.add_table(rows=1 + len(TU.CENTRES), cols=3)
    c.style = "Table Grid"
    for j, h in enumerate(["Établissement", "Ville", "Épreuves"]):
        cell_text(c.cell(0, j), h, bold=True)
    for i, row in enumerate(TU.CENTRES):
        for j, v in enumerate(row):
            cell_text(c.cell(i + 1, j), v)
    doc.add_paragraph(TU.FORMATION).runs[0].font.size = Pt(8)
    heading(doc, TU.TITRE_FIN)
    for f in TU.FIN:
        doc.add_paragraph(f, style="List Bullet")
    p = doc.add_paragraph("\n".join(TU.SIGNATURE))
    p.paragraph_format.left_indent = Cm(9)
    doc.save(path)


# ---------------------------------------------------------------- 5. Lyon PP inter-académique (docx)
def build_lyon(path):
    doc = base_doc(10)
    sec = doc.sections[0]
    header_footer(sec, TY.REF_NOTE, TY.PIED)
    for i, line in enumerate(TY.EN_TETE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = i == 1
        r.font.size = Pt(9)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(TY.TITRE)
    r.bold = True
    r.font.size = Pt(13)
    p = doc.add_paragraph(TY.REF_NOTE)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(TY.GROUPEMENT)
    heading(doc, TY.SECTIONS[0][0])
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(TY.REPARTITION_ENTETE):
        cell_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "E2EFD9")
    repeat_header(t.rows[0])
    for row in TY.REPARTITION:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v)
    heading(doc, TY.SECTIONS[1][0])
    for para in TY.SECTIONS[1][1]:
        doc.add_paragraph(para)
    e = doc.add_table(rows=1, cols=5)
    e.style = "Table Grid"
    for j, h in enumerate(["Date", "Épreuve", "Début", "Fin", "Durée"]):
        cell_text(e.cell(0, j), h, bold=True)
        shade(e.cell(0, j), "E2EFD9")
    repeat_header(e.rows[0])
    prev = None
    for row in TY.ECRITS:
        cells = e.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v)
        if prev is not None and prev[1] == row[0]:   # date identique : fusion verticale
            merged = prev[0].merge(cells[0])
            cell_text(merged, row[0])
        prev = (cells[0], row[0])
    doc.add_paragraph(TY.NOTE_E42).runs[0].italic = True
    heading(doc, TY.PRATIQUE_TITRE)
    for x in TY.PRATIQUE:
        doc.add_paragraph(x, style="List Bullet")
    heading(doc, TY.DOSSIERS_TITRE)
    for x in TY.DOSSIERS:
        doc.add_paragraph(x, style="List Number")
    heading(doc, TY.AUTRE_TITRE)
    p = doc.add_paragraph(TY.AUTRE)
    p.runs[0].font.size = Pt(9)
    p.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    heading(doc, TY.FIN_TITRE)
    for x in TY.FIN:
        doc.add_paragraph(x)
    p = doc.add_paragraph("\n".join(TY.SIGNATURE))
    p.paragraph_format.left_indent = Cm(8)
    doc.save(path)


# ---------------------------------------------------------------- LibreOffice
def soffice(target, files, outdir):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", target,
           "--outdir", outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- scans
def rasterise(pdf, dpi, gray):
    tmp = tempfile.mkdtemp(prefix="scanx_", dir="/tmp")
    args = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + [pdf, os.path.join(tmp, "p")]
    subprocess.run(args, check=True)
    files = sorted(f for f in os.listdir(tmp) if f.endswith((".pgm", ".ppm")))
    return [Image.open(os.path.join(tmp, f)).copy() for f in files]


def flatbed(src, dst):
    """Scanner à plat 200 dpi, niveaux de gris, léger biais, bruit ; page 2 retournée (180°)."""
    pages = []
    for i, im in enumerate(rasterise(src, 200, True)):
        im = im.rotate(0.7 if i % 2 == 0 else -0.5, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + RNG.normal(0, 7, a.shape)
        a[:, :18] = 70  # ombre du bord du couvercle
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        if i == 1:
            im = im.rotate(180)
        pages.append(im)
    pages[0].save(dst, save_all=True, append_images=pages[1:], resolution=200)


def phone(src, dst):
    """Photo au téléphone : perspective, ombre, couleur chaude, JPEG compressé."""
    pages = []
    for im in rasterise(src, 110, False):
        im = im.convert("RGB")
        w, h = im.size
        big = Image.new("RGB", (int(w * 1.12), int(h * 1.16)), (92, 78, 64))
        big.paste(im, (int(w * 0.05), int(h * 0.07)))
        W2, H2 = big.size
        quad = (W2 * 0.03, H2 * 0.05, W2 * 0.00, H2 * 0.98, W2 * 1.0, H2 * 0.95, W2 * 0.95, H2 * 0.0)
        im = big.transform((W2, H2), Image.QUAD, quad, resample=Image.BICUBIC)
        a = np.asarray(im).astype(np.float32)
        yy, xx = np.mgrid[0:H2, 0:W2]
        light = 0.72 + 0.33 * (xx / W2) * (1 - 0.4 * yy / H2)
        a = a * light[..., None] * np.array([1.0, 0.96, 0.86]) + RNG.normal(0, 5, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        tmpj = tempfile.mktemp(suffix=".jpg", dir="/tmp")
        im.save(tmpj, quality=55)
        pages.append(Image.open(tmpj).copy())
        os.remove(tmpj)
    pages[0].save(dst, save_all=True, append_images=pages[1:], resolution=110)


def main():
    os.chdir(ICI)
    build_lille("circulaire_fed_2027_lille.docx")
    build_nantes("circulaire_cg_2028_nantes.html")
    build_reims("circulaire_assurance_2026_reims.pdf")
    tmp = tempfile.mkdtemp(prefix="reunion_x_", dir="/tmp")
    build_reunion(os.path.join(tmp, "circulaire_tourisme_2027_la-reunion.docx"))
    soffice("odt", [os.path.join(tmp, "circulaire_tourisme_2027_la-reunion.docx")], ICI)
    build_lyon("note_pp_2028_interacademique_lyon.docx")
    soffice("pdf", ["circulaire_fed_2027_lille.docx", "note_pp_2028_interacademique_lyon.docx",
                    "circulaire_tourisme_2027_la-reunion.odt"], ICI)
    soffice("pdf:writer_web_pdf_Export", ["circulaire_cg_2028_nantes.html"], ICI)
    flatbed("note_pp_2028_interacademique_lyon.pdf", "note_pp_2028_interacademique_lyon_scan.pdf")
    phone("circulaire_assurance_2026_reims.pdf", "circulaire_assurance_2026_reims_scan.pdf")
    print("ok")


if __name__ == "__main__":
    main()
