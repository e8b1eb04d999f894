#!/usr/bin/env python3
"""Construit le corpus independantes_y à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Sorties : DOCX (python-docx), ODT et PDF (LibreOffice, profil privé), PDF de diapositives (reportlab),
page HTML, et deux PDF scannés image seule (pdftoppm + PIL/numpy).
"""
import html
import os
import random
import shutil
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_cg  # noqa: E402
import textes_dn  # noqa: E402
import textes_gtla  # noqa: E402
import textes_mhr  # noqa: E402
import textes_sp3s  # noqa: E402

TMP = tempfile.mkdtemp(prefix="indep_y_")
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_independantes_y"]


def out(name):
    return os.path.join(HERE, name)


def soffice(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- docx helpers
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


def page_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def footer(section, text):
    p = section.footer.paragraphs[0]
    p.text = text + " – page "
    page_field(p)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in p.runs:
        r.font.size = Pt(8)


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


def para(doc, text, bold=False, size=10.5, align=None, space_after=4, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    s = doc.sections[0]
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


# ---------------------------------------------------------------- 1. DN Orléans-Tours
def build_dn():
    T = textes_dn
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = T.EN_TETE[1] + " – " + T.BUREAU[1]
    hp.runs[0].font.size = Pt(8)
    footer(sec, T.PIED)
    # en-tête : tableau sans bordure 2 colonnes (logo texte / bureau)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), "\n".join(T.EN_TETE), bold=True, size=10)
    cell_text(t.cell(0, 1), "\n".join(T.BUREAU), size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)
    for chunk in T.DESTINATAIRES.split("\n\n"):
        para(doc, chunk, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, T.OBJET, bold=True, space_after=2)
    para(doc, "Références :", italic=True, space_after=0)
    for r in T.REFS:
        doc.add_paragraph(r, style="List Bullet")
    para(doc, T.INTRO)
    para(doc, T.ECRITS_TITRE, bold=True, size=11.5)
    # liste tabulée (taquets) plutôt qu'un tableau
    for i, line in enumerate([T.ECRITS_ENTETE] + ["\t".join(e) for e in T.ECRITS]):
        p = para(doc, line, bold=(i == 0), space_after=1)
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(3.0))
        ts.add_tab_stop(Cm(11.5))
        ts.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT)
    para(doc, T.ECRITS_NOTE, italic=True, size=9.5)
    para(doc, T.CENTRES_ECRITS_TITRE, bold=True)
    for c in T.CENTRES_ECRITS:
        para(doc, c[0], bold=True, space_after=0)
        for line in c[1:]:
            para(doc, line, space_after=0, size=10)
        para(doc, "", space_after=2)
    para(doc, T.CCF_TITRE, bold=True, size=11.5)
    para(doc, T.CCF)
    para(doc, T.E6_TITRE, bold=True, size=11.5)
    for x in T.E6:
        para(doc, x)
    # section paysage : planning type Gantt
    land = doc.add_section()
    set_landscape(land)
    land.left_margin = land.right_margin = Cm(1.2)
    para(doc, T.GANTT_TITRE, bold=True, size=11.5)
    para(doc, T.GANTT_SOUS_TITRE, italic=True, size=9)
    ndays = sum(len(w[1]) for w in T.SEMAINES)
    g = doc.add_table(rows=2 + len(T.GANTT), cols=ndays + 2)
    g.style = "Table Grid"
    g.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = g.cell(0, 0).merge(g.cell(1, 0))
    cell_text(a, "Épreuve / opération", bold=True, size=8)
    b = g.cell(0, ndays + 1).merge(g.cell(1, ndays + 1))
    cell_text(b, "Période", bold=True, size=8)
    col = 1
    days = []
    for label, jours in T.SEMAINES:
        m = g.cell(0, col).merge(g.cell(0, col + len(jours) - 1))
        cell_text(m, label, bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
        for j, (lettre, num, mois) in enumerate(jours):
            c = g.cell(1, col + j)
            cell_text(c, f"{lettre}\n{num}", size=7, align=WD_ALIGN_PARAGRAPH.CENTER)
            days.append((num, mois))
        col += len(jours)
    for r, (lib, actifs, marque, periode) in enumerate(T.GANTT, start=2):
        cell_text(g.cell(r, 0), lib, size=8)
        for k, d in enumerate(days):
            c = g.cell(r, 1 + k)
            if d == T.FERIE:
                shade(c, "BFBFBF")
            elif d in actifs:
                shade(c, "595959" if not marque else "FFFFFF")
                if marque:
                    cell_text(c, marque, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(g.cell(r, ndays + 1), periode, size=8)
    g.autofit = False
    tblpr = g._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    widths = [Cm(7.0)] + [Cm(0.8)] * ndays + [Cm(2.9)]
    for k, w in enumerate(widths):
        g.columns[k].width = w
        for r in range(len(g.rows)):
            g.cell(r, k).width = w
    para(doc, "", space_after=4)
    para(doc, T.E4_NOTE, size=9.5)
    ct = doc.add_table(rows=1 + len(T.CENTRES_ORAUX), cols=4)
    ct.style = "Table Grid"
    for j, h in enumerate(T.CENTRES_ORAUX_ENTETE):
        cell_text(ct.cell(0, j), h, bold=True, size=9)
        shade(ct.cell(0, j), "D9E2F3")
    for i, row in enumerate(T.CENTRES_ORAUX, start=1):
        for j, v in enumerate(row):
            cell_text(ct.cell(i, j), v, size=9)
    # retour en portrait
    port = doc.add_section()
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = land.page_height, land.page_width
    port.left_margin = port.right_margin = Cm(2)
    para(doc, T.FIN_TITRE, bold=True, size=11.5)
    for x in T.FIN:
        doc.add_paragraph(x, style="List Bullet")
    para(doc, T.FORMATION_TITRE, bold=True, size=10)
    for x in T.FORMATION:
        doc.add_paragraph(x, style="List Bullet 2")
    para(doc, "", space_after=6)
    for x in T.SIGNATURE:
        para(doc, x, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    doc.add_page_break()
    para(doc, T.ANNEXE_TITRE, bold=True, size=11.5)
    for x in T.ANNEXE:
        para(doc, x, space_after=10)
    path = out(T.STEM + ".docx")
    doc.save(path)
    soffice(path, "pdf", HERE)


# ---------------------------------------------------------------- 2. SP3S Toulouse (HTML)
def build_sp3s():
    T = textes_sp3s
    e = html.escape
    css = """
    body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;margin:0;color:#222}
    .browser{font-size:7.5pt;color:#555;display:flex;justify-content:space-between;border-bottom:1px solid #ccc}
    .site{background:#004a99;color:#fff;padding:6px 10px;font-weight:bold;font-size:12pt}
    nav{background:#e8eef7;padding:4px 10px;font-size:9pt}
    nav a{margin-right:14px;color:#004a99;text-decoration:none}
    .fil{font-size:8pt;color:#666;margin:6px 10px}
    .cols{display:flex}
    aside{width:26%;font-size:8.5pt;background:#f4f4f4;padding:6px;margin:0 10px}
    main{width:70%}
    h1{font-size:13pt;color:#004a99}
    h3{font-size:10.5pt;margin:10px 0 3px 0;color:#004a99}
    table{border-collapse:collapse;margin:4px 0}
    td,th{border:1px solid #999;padding:3px 5px;font-size:9pt;vertical-align:top}
    .maj{font-size:8pt;color:#888}
    footer{font-size:7.5pt;color:#666;border-top:1px solid #ccc;margin-top:14px;padding-top:4px}
    """
    h = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">', f"<title>{e(T.TITRE_ONGLET)}</title>",
         f"<style>{css}</style></head><body>"]
    h.append(f'<table class="browser" style="width:100%;border:none"><tr><td style="border:none;font-size:7.5pt">'
             f'{e(T.IMPRESSION)}</td><td style="border:none;font-size:7.5pt;text-align:right">'
             f'{e(T.TITRE_ONGLET)}</td></tr></table>')
    h.append(f'<div class="site">{e(T.SITE)}</div>')
    h.append("<nav>" + " | ".join(f'<a href="#">{e(m)}</a>' for m in T.MENU) + "</nav>")
    h.append('<div class="fil">' + " &gt; ".join(e(x) for x in T.FIL) + "</div>")
    h.append('<table style="border:none;width:100%"><tr>')
    h.append('<td style="border:none;width:24%;background:#f4f4f4;font-size:8.5pt"><b>Dans cette rubrique</b><ul>'
             + "".join(f"<li>{e(x)}</li>" for x in T.RUBRIQUE) + "</ul></td>")
    h.append('<td style="border:none">')
    h.append(f"<h1>{e(T.TITRE)}</h1><p><i>{e(T.CHAPO)}</i></p><p class='maj'>{e(T.MAJ)}</p>")
    for q, rep in T.FAQ:
        h.append(f"<h3>{e(q)}</h3>")
        if rep == "EPREUVES":
            h.append("<table><tr><th>Code</th><th>Épreuve</th><th>Forme</th></tr>"
                     + "".join(f"<tr><td>{e(c)}</td><td>{e(n)}</td><td>{e(f)}</td></tr>" for c, n, f in T.EPREUVES)
                     + "</table>")
        elif rep == "JOURS":
            h.append("<p>Horaires de métropole (heure de Toulouse).</p><table><tr><th>Jour</th><th>Épreuves</th></tr>"
                     + "".join(f"<tr><td>{e(j)}</td><td>{'<br>'.join(e(x) for x in l)}</td></tr>" for j, l in T.JOURS)
                     + "</table>")
        elif rep == "CENTRES":
            h.append("<table><tr><th>Centre</th><th>Adresse</th><th>CP</th><th>Ville</th><th>Épreuves</th></tr>"
                     + "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in c) + "</tr>" for c in T.CENTRES)
                     + "</table>")
        else:
            h.extend(f"<p>{e(x)}</p>" for x in rep)
    h.append(f"<p>{e(T.CONTACT)}</p></td></tr></table>")
    h.append(f"<footer>{e(T.PIED_SITE)}<br>{e(T.URL)}</footer></body></html>")
    path = out(T.STEM + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(h))
    soffice(path, "pdf:writer_web_pdf_Export", HERE)


# ---------------------------------------------------------------- 3. MHR Versailles (reportlab, diapositives)
def build_mhr():
    from reportlab.lib.colors import HexColor, white
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    T = textes_mhr
    pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"))
    W, H = 960, 540  # 16:9 en points, comme un export PowerPoint
    bleu = HexColor("#1F3864")
    c = canvas.Canvas(out(T.STEM + ".pdf"), pagesize=(W, H))
    c.setTitle("BTS MHR 2027 – réunion des chefs de centre")
    c.setAuthor("DEC 5")
    n = len(T.SLIDES)
    for i, s in enumerate(T.SLIDES, start=1):
        if s["type"] == "titre":
            c.setFillColor(bleu)
            c.rect(0, 0, W, H, fill=1, stroke=0)
            c.setFillColor(white)
            y = 400
            for k, line in enumerate(s["lignes"]):
                size = [22, 16, 30, 26, 18, 12][k]
                c.setFont("LSB" if k in (0, 2, 3) else "LS", size)
                c.drawCentredString(W / 2, y, line)
                y -= size + 26
            c.showPage()
            continue
        c.setFillColor(bleu)
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont("LSB", 26)
        c.drawString(40, H - 48, s["titre"])
        c.setFillColor(HexColor("#222222"))
        if s["type"] == "table":
            cols = len(s["entete"])
            widths = {3: [110, 560, 200], 5: [150, 120, 120, 220, 100]}[cols]
            x0, y = 60, H - 115
            rows = [s["entete"]] + s["lignes"]
            rh = 26 if len(rows) > 8 else 34
            for r, row in enumerate(rows):
                x = x0
                if r == 0:
                    c.setFillColor(HexColor("#D9E2F3"))
                    c.rect(x0, y - 8, sum(widths), rh, fill=1, stroke=0)
                    c.setFillColor(HexColor("#222222"))
                for w, v in zip(widths, row):
                    c.setFont("LSB" if r == 0 else "LS", 15 if rh == 26 else 18)
                    c.drawString(x + 6, y, v)
                    x += w
                c.setStrokeColor(HexColor("#8EA9DB"))
                c.line(x0, y - 8, x0 + sum(widths), y - 8)
                y -= rh
            y -= 10
            for note in s.get("notes", []):
                c.setFont("LS", 15)
                c.drawString(x0, y, "▪ " + note)
                y -= 24
        elif s["type"] == "puces":
            y = H - 125
            for p in s["puces"]:
                c.setFont("LS", 19)
                words, line = p.split(), ""
                first = True
                for w in words:
                    if c.stringWidth(line + " " + w, "LS", 19) > W - 140:
                        c.drawString(80 if first else 100, y, ("• " if first else "") + line.strip())
                        y -= 28
                        line, first = w, False
                    else:
                        line += " " + w
                c.drawString(80 if first else 100, y, ("• " if first else "") + line.strip())
                y -= 40
        elif s["type"] == "centres":
            x = 40
            for nom, adr, ville, quoi in s["centres"]:
                c.setStrokeColor(bleu)
                c.roundRect(x, 150, 280, 260, 10, stroke=1, fill=0)
                c.setFont("LSB", 17)
                yy = 370
                for part in (nom[:23], nom[23:]):
                    if part.strip():
                        c.drawString(x + 14, yy, part.strip())
                        yy -= 24
                c.setFont("LS", 16)
                for line in (adr, ville, "", "Épreuves : " + quoi):
                    c.drawString(x + 14, yy, line)
                    yy -= 26
                x += 300
        c.setFont("LS", 10)
        c.setFillColor(HexColor("#666666"))
        c.drawString(40, 18, T.PIED)
        c.drawRightString(W - 40, 18, f"{i} / {n}")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- 4. CG Polynésie (ODT)
def build_cg():
    T = textes_cg
    doc = base_doc()
    sec = doc.sections[0]
    footer(sec, T.PIED)
    for k, line in enumerate(T.EN_TETE):
        para(doc, line, bold=k < 2, size=10 if k < 2 else 9, space_after=0)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)
    para(doc, T.TITRE, bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=8)
    for v in T.VISAS:
        para(doc, v, italic=True, size=9.5, space_after=1)
    para(doc, "ARRÊTE LES DISPOSITIONS SUIVANTES :", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)
    for titre, corps in T.ARTICLES:
        para(doc, titre, bold=True, space_after=2)
        if corps == "TABLE":
            t = doc.add_table(rows=1 + len(T.TABLE), cols=5)
            t.style = "Table Grid"
            for j, hd in enumerate(T.TABLE_ENTETE):
                cell_text(t.cell(0, j), hd, bold=True, size=8.5)
                shade(t.cell(0, j), "E2EFD9")
            for i, row in enumerate(T.TABLE, start=1):
                for j, v in enumerate(row):
                    cell_text(t.cell(i, j), v, size=9)
            m = t.cell(1, 0).merge(t.cell(2, 0))
            cell_text(m, T.TABLE[0][0], size=9)
            para(doc, "", space_after=2)
        elif corps == "CENTRES":
            for nom, adr, quoi in T.CENTRES:
                para(doc, nom, bold=True, space_after=0)
                para(doc, adr, space_after=0)
                para(doc, "Épreuves : " + quoi, italic=True, size=9.5, space_after=4)
        else:
            for x in corps:
                para(doc, x)
    para(doc, "", space_after=6)
    for x in T.SIGNATURE:
        para(doc, x, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "", space_after=14)
    for x in T.ANNEXE:
        para(doc, x, size=9.5, space_after=6)
    tmp = os.path.join(TMP, T.STEM + ".docx")
    doc.save(tmp)
    soffice(tmp, "odt", HERE)
    soffice(out(T.STEM + ".odt"), "pdf", HERE)


# ---------------------------------------------------------------- 5. GTLA national
def build_gtla():
    T = textes_gtla
    doc = base_doc()
    sec = doc.sections[0]
    footer(sec, T.PIED)
    for k, line in enumerate(T.EN_TETE):
        para(doc, line, bold=k == 0, size=9.5, space_after=0)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=8)
    para(doc, T.DEST, size=10)
    para(doc, T.OBJET, bold=True)
    para(doc, T.REFS, italic=True, size=9.5)
    para(doc, T.INTRO)
    para(doc, T.EPREUVES_TITRE, bold=True, size=11.5)
    t = doc.add_table(rows=1 + len(T.EPREUVES), cols=3)
    t.style = "Table Grid"
    repeat_header(t.rows[0])
    for j, hd in enumerate(T.EPREUVES_ENTETE):
        cell_text(t.cell(0, j), hd, bold=True)
        shade(t.cell(0, j), "DDDDDD")
    for i, row in enumerate(T.EPREUVES, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v)
    land = doc.add_section()
    set_landscape(land)
    para(doc, T.CAL_TITRE, bold=True, size=11.5)
    ct = doc.add_table(rows=1 + len(T.CAL), cols=1 + len(T.CAL_JOURS))
    ct.style = "Table Grid"
    cell_text(ct.cell(0, 0), "Territoire", bold=True, size=9.5)
    for j, d in enumerate(T.CAL_JOURS, start=1):
        cell_text(ct.cell(0, j), d, bold=True, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(ct.cell(0, j), "DDDDDD")
    for i, (terr, cells) in enumerate(T.CAL, start=1):
        cell_text(ct.cell(i, 0), terr, bold=True, size=9.5)
        if cells is None:
            m = ct.cell(i, 1).merge(ct.cell(i, len(T.CAL_JOURS)))
            cell_text(m, T.CAL_FUSION, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            for j, v in enumerate(cells, start=1):
                cell_text(ct.cell(i, j), v, size=9.5)
    para(doc, T.CAL_NOTE, italic=True, size=9.5)
    port = doc.add_section()
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = land.page_height, land.page_width
    for titre, corps in T.SUITE:
        para(doc, titre, bold=True, size=11.5)
        for x in corps:
            para(doc, x)
    para(doc, "", space_after=8)
    for x in T.SIGNATURE:
        para(doc, x, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    path = out(T.STEM + ".docx")
    doc.save(path)
    soffice(path, "pdf", HERE)


# ---------------------------------------------------------------- scans
def rasterize(pdf, dpi, gray):
    prefix = os.path.join(TMP, os.path.basename(pdf)[:-4] + f"_{dpi}")
    args = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(args, check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(prefix)))
    return [Image.open(os.path.join(TMP, f)) for f in files]


def scan_flatbed(src, dst, dpi=200, seed=7):
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    pages = []
    for im in rasterize(src, dpi, gray=True):
        im = im.convert("L").rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 7, a.shape)          # papier grisé + bruit
        a[:, :12] = 60                                           # ombre du bord de la vitre
        a = np.clip(a, 0, 255).astype(np.uint8)
        pages.append(Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.4)))
    pages[0].save(dst, save_all=True, append_images=pages[1:], resolution=dpi)


def scan_photo(src, dst, seed=11):
    rnd = random.Random(seed)
    pages = []
    for im in rasterize(src, 110, gray=False):
        im = im.convert("RGB")
        w, h = im.size
        # page posée sur une table : fond, perspective, ombrage
        W, H = int(w * 1.12), int(h * 1.10)
        bg = Image.new("RGB", (W, H), (92, 78, 64))
        dx, dy = (W - w) // 2, (H - h) // 2
        bg.paste(im, (dx, dy))
        j = lambda: rnd.uniform(-0.025, 0.025) * w  # noqa: E731
        # coins source : haut-gauche, bas-gauche, bas-droit, haut-droit (ordre de Image.QUAD)
        quad = (dx - 0.05 * w + j(), dy + j(), dx - 0.02 * w + j(), dy + 1.01 * h + j(),
                dx + 1.02 * w + j(), dy + h + j(), dx + 1.04 * w + j(), dy - 0.01 * h + j())
        warped = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
        a = np.asarray(warped).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        light = 1.05 - 0.35 * (xx / W) * (yy / H) - 0.10 * (yy / H)
        a = a * light[..., None]
        a[..., 2] *= 0.92  # dominante chaude
        ph = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        buf = os.path.join(TMP, f"photo_{len(pages)}.jpg")
        ph.save(buf, "JPEG", quality=55)
        pages.append(Image.open(buf))
    pages[0].save(dst, save_all=True, append_images=pages[1:], resolution=110)


def main():
    build_dn()
    build_sp3s()
    build_mhr()
    build_cg()
    build_gtla()
    scan_flatbed(out("note_gtla_2027_nationale.pdf"), out("note_gtla_2027_nationale_scan.pdf"))
    scan_photo(out("circulaire_cg_2028_polynesie.pdf"), out("circulaire_cg_2028_polynesie_scan.pdf"))
    shutil.rmtree(TMP, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()
