#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_ab à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Écrit uniquement dans ce dossier (et des fichiers temporaires sous /tmp/ab_build).
"""
import calendar
import html
import os
import random
import shutil
import subprocess
import zipfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_dijon as TD
import textes_mayotte as TM
import textes_national as TN
import textes_rennes as TR
import textes_strasbourg as TS

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/ab_build"
LO_PROFILE = "file:///tmp/lo_independantes_ab"


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- utilitaires docx
def shade(cell, fill):
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


def set_cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if align:
            p.alignment = align


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    return doc


def footer_page(section, text):
    p = section.footer.paragraphs[0]
    p.text = text + " – page "
    r = p.add_run()
    for kind, val in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = val
            r._r.append(it)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
    for run in p.runs:
        run.font.size = Pt(8)


# ---------------------------------------------------------------- 1. Rennes : calendriers mensuels
def month_grid(doc, year, month, events, title):
    doc.add_paragraph().add_run(title).bold = True
    weeks = calendar.Calendar(0).monthdayscalendar(year, month)
    t = doc.add_table(rows=1 + 2 * len(weeks), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]):
        c = t.rows[0].cells[i]
        set_cell(c, name, bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    repeat_header(t.rows[0])
    single = {k: v for k, v in events.items() if isinstance(k, int)}
    spans = {k: v for k, v in events.items() if isinstance(k, tuple)}
    for w, week in enumerate(weeks):
        nums, evs = t.rows[1 + 2 * w], t.rows[2 + 2 * w]
        done = set()
        for i, d in enumerate(week):
            set_cell(nums.cells[i], str(d) if d else "", bold=True, size=8)
            if i >= 5:
                shade(nums.cells[i], "D9D9D9")
                shade(evs.cells[i], "EDEDED")
        for (d1, d2), txt in spans.items():
            if d1 in week:
                i1, i2 = week.index(d1), week.index(d2)
                merged = evs.cells[i1].merge(evs.cells[i2])
                set_cell(merged, txt, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
                shade(merged, "FCE4D6")
                done.update(range(i1, i2 + 1))
        for i, d in enumerate(week):
            if i in done:
                continue
            txt = single.get(d, "")
            set_cell(evs.cells[i], txt, size=7)
            if "férié" in txt or "Pont" in txt:
                shade(evs.cells[i], "E2EFD9")
            elif txt:
                shade(evs.cells[i], "DEEAF6")
    doc.add_paragraph()


def build_rennes():
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "ACADÉMIE DE RENNES\tDEC 3 – BTS"
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    footer_page(sec, TR.PIED)
    # en-tête sur deux colonnes par taquets
    for i in range(max(len(TR.ENTETE), len(TR.SUIVI))):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5))
        a = TR.ENTETE[i] if i < len(TR.ENTETE) else ""
        b = TR.SUIVI[i] if i < len(TR.SUIVI) else ""
        r = p.add_run(a)
        r.bold = i < 1
        r2 = p.add_run("\t" + b)
        r2.font.size = Pt(8)
    p = doc.add_paragraph(TR.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(TR.DESTINATAIRES).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run(TR.OBJET).bold = True
    doc.add_paragraph("Références :")
    for r in TR.REFERENCES:
        doc.add_paragraph(r, style="List Bullet")
    doc.add_paragraph(TR.INTRO)
    doc.add_heading(TR.FORMATION_TITRE, level=2)
    doc.add_paragraph(TR.FORMATION_TEXTE)
    for f in TR.FORMATION:
        doc.add_paragraph(f, style="List Bullet")
    doc.add_heading(TR.CENTRES_TITRE, level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(TR.CENTRES_ENTETE):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in TR.CENTRES:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_heading(TR.EPREUVES_TITRE, level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(TR.EPREUVES_ENTETE):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in TR.EPREUVES:
        cells = t.add_row().cells
        if not row[2]:  # ligne d'épreuve mère : intitulé fusionné sur trois colonnes
            set_cell(cells[0], row[0], bold=True)
            m = cells[1].merge(cells[3])
            set_cell(m, row[1], bold=True)
            shade(cells[0], "F2F2F2")
            shade(m, "F2F2F2")
        else:
            for i, v in enumerate(row):
                set_cell(cells[i], v)
    doc.add_paragraph(TR.E51_NOTE).runs[0].italic = True
    doc.add_heading(TR.DOSSIERS_TITRE, level=2)
    for d in TR.DOSSIERS:
        doc.add_paragraph(d)
    # calendrier en section paysage
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin = new.right_margin = Cm(1.5)
    doc.add_heading(TR.CAL_TITRE, level=2)
    doc.add_paragraph(TR.CAL_TEXTE)
    month_grid(doc, 2026, 5, TR.MAI, "MAI 2026")
    month_grid(doc, 2026, 6, TR.JUIN, "JUIN 2026")
    for a in TR.APRES_CAL:
        doc.add_paragraph(a)
    for s in TR.SIGNATURE:
        p = doc.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph().add_run(TR.ANNEXE_TITRE).bold = True
    for a in TR.ANNEXE:
        doc.add_paragraph(a)
    doc.save(out(TR.STEM + ".docx"))


# ---------------------------------------------------------------- 2. Dijon : frise verticale (reportlab)
def build_dijon():
    from reportlab.lib.colors import HexColor, black, white
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    W, H = A4
    c = canvas.Canvas(out(TD.STEM + ".pdf"), pagesize=A4)
    c.setTitle("BTS MCO 2027 – académie de Dijon")

    def footer(n):
        c.setFont("Helvetica", 7)
        c.drawString(40, 25, TD.PIED)
        c.drawRightString(W - 40, 25, f"{n}/2")

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            test = (cur + " " + w).strip()
            if c.stringWidth(test, font, size) > width:
                lines.append(cur)
                cur = w
            else:
                cur = test
        if cur:
            lines.append(cur)
        return lines

    # page 1
    c.setFillColor(HexColor("#003189"))
    c.rect(40, H - 95, 6, 60, fill=1, stroke=0)
    c.setFillColor(black)
    y = H - 45
    for i, l in enumerate(TD.ENTETE):
        c.setFont("Helvetica-Bold" if i < 2 else "Helvetica", 9)
        c.drawString(55, y, l)
        y -= 12
    y2 = H - 45
    c.setFont("Helvetica", 8)
    for l in TD.ADRESSE:
        c.drawRightString(W - 40, y2, l)
        y2 -= 11
    c.setFont("Helvetica", 10)
    c.drawRightString(W - 40, H - 120, TD.LIEU_DATE)
    y = H - 150
    c.setFont("Helvetica-Bold", 10)
    for l in wrap(TD.OBJET, "Helvetica-Bold", 10, W - 80):
        c.drawString(40, y, l)
        y -= 13
    c.setFont("Helvetica-Oblique", 8.5)
    for l in wrap(TD.REF, "Helvetica-Oblique", 8.5, W - 80):
        c.drawString(40, y, l)
        y -= 11
    y -= 6
    c.setFont("Helvetica", 10)
    for l in wrap(TD.INTRO, "Helvetica", 10, W - 80):
        c.drawString(40, y, l)
        y -= 13
    y -= 10
    cols = [40, 85, 345, 445, W - 40]

    def table(y, head, rows):
        c.setFillColor(HexColor("#DCE6F2"))
        c.rect(cols[0], y - 4, cols[-1] - cols[0], 14, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        for i, h in enumerate(head):
            c.drawString(cols[i] + 3, y, h)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for row in rows:
            hmax = 1
            for i, v in enumerate(row):
                for k, l in enumerate(v.split("\n")):
                    c.drawString(cols[i] + 3, y - 11 * k, l)
                hmax = max(hmax, len(v.split("\n")))
            c.setStrokeColor(HexColor("#999999"))
            c.line(cols[0], y - 11 * hmax + 7, cols[-1], y - 11 * hmax + 7)
            y -= 11 * hmax + 4
        return y

    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, "1. Épreuves de la session")
    y = table(y - 18, TD.EPREUVES_ENTETE, TD.EPREUVES)
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(40, y - 2, TD.EF2_NOTE)
    y -= 26
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, "2. Centres d'examen")
    cols[:] = [40, 190, 360, W - 40]
    y = table(y - 18, TD.CENTRES_ENTETE, TD.CENTRES)
    c.setFont("Helvetica", 8.5)
    for l in wrap(TD.CENTRES_NOTE, "Helvetica", 8.5, W - 80):
        c.drawString(40, y, l)
        y -= 11
    y -= 20
    c.setFont("Helvetica", 9)
    for i, s in enumerate(TD.SIGNATURE):
        c.drawRightString(W - 60, y - 12 * i, s)
    footer(1)
    c.showPage()

    # page 2 : frise
    c.setFont("Helvetica-Bold", 13)
    c.setFillColor(HexColor("#003189"))
    c.drawString(40, H - 50, TD.FRISE_TITRE)
    c.setFillColor(black)
    x_line = 175
    top, bottom = H - 80, 60
    step = (top - bottom) / len(TD.FRISE)
    c.setStrokeColor(HexColor("#003189"))
    c.setLineWidth(3)
    c.line(x_line, top, x_line, bottom + 10)
    c.setLineWidth(1)
    for i, (d, h, txt, ev) in enumerate(TD.FRISE):
        yc = top - step * i - step / 2
        c.setFillColor(HexColor("#003189") if ev else HexColor("#BBBBBB"))
        c.circle(x_line, yc, 6, fill=1, stroke=0)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        parts = d.split(" → ")
        for k, p in enumerate(parts):
            c.drawRightString(x_line - 14, yc + 3 - 10 * k, p + (" →" if k < len(parts) - 1 else ""))
        bx, bw, bh = x_line + 18, W - 40 - x_line - 18, step - 8
        c.setFillColor(HexColor("#EEF3FA") if ev else HexColor("#F2F2F2"))
        c.setStrokeColor(HexColor("#7F9CC9") if ev else HexColor("#BBBBBB"))
        c.roundRect(bx, yc - bh / 2, bw, bh, 5, fill=1, stroke=1)
        c.line(x_line + 6, yc, bx, yc)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        hl = h.split("\n") if h else []
        tl = txt.split("\n")
        n = max(len(hl), len(tl))
        y0 = yc + 5 * (n - 1) - 3
        for k in range(n):
            if k < len(hl):
                c.setFont("Helvetica-Bold", 8)
                c.drawString(bx + 6, y0 - 10 * k, hl[k])
            if k < len(tl):
                c.setFont("Helvetica", 8.5 if ev else 8)
                c.drawString(bx + 95, y0 - 10 * k, tl[k])
    footer(2)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. Mayotte : page HTML façon export d'agenda
CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt;margin:1.5cm;color:#222}
.entete{border-left:6px solid #00857c;padding-left:10px}
.entete p{margin:0}
h1{font-size:13pt;color:#00857c}
.heure{background:#fff7d6;border:1px solid #e0c060;padding:6px}
table.ep{border-collapse:collapse}
table.ep td,table.ep th{border:1px solid #999;padding:2px 6px;font-size:9pt}
.agenda{font-family:'Liberation Mono',monospace;font-size:9pt;border-top:2px solid #00857c}
.jour{font-weight:bold;margin-top:8px;background:#eef}
.ligne{white-space:pre}
.ferie{color:#777;font-style:italic}
"""


def build_mayotte():
    e = html.escape
    h = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
         f"<title>{e(TM.TITRE)}</title><style>{CSS}</style></head><body>", '<div class="entete">']
    h += [f"<p>{'<b>' if i == 0 else ''}{e(l)}{'</b>' if i == 0 else ''}</p>" for i, l in enumerate(TM.ENTETE)]
    h.append(f'</div><p style="text-align:right">{e(TM.LIEU_DATE)}</p>')
    h.append(f"<h1>{e(TM.TITRE)}</h1><p>{e(TM.INTRO)}</p>")
    h.append(f'<p class="heure"><b>Heure locale.</b> {e(TM.HEURE_LOCALE)}</p>')
    h.append('<h2>1. Épreuves</h2><ul class="ep">')
    for c, t, f in TM.EPREUVES:
        sub = "-" in c
        h.append(f"<li style=\"margin-left:{'1.2cm' if sub else '0'}\"><b>{e(c)}</b> — {e(t)} <i>({e(f)})</i></li>")
    h.append(f"</ul><p><i>{e(TM.EF2)}</i></p>")
    h.append("<h2>2. Agenda de la session (export de l'agenda DEC, format liste)</h2>")
    h.append('<div class="agenda"><p>BEGIN:LISTE — Agenda « DEC – BTS NDRC 2028 » — fuseau Indian/Mayotte</p>')
    for jour, fin, items in TM.AGENDA:
        titre = e(jour) + (f" → {e(fin)}" if fin else "")
        h.append(f'<div class="jour">{titre}</div>')
        for hr, txt, lieu, paris in items:
            cls = "ligne ferie" if hr == "—" else "ligne"
            extra = f"  [Paris : {paris}]" if paris else ""
            lieu_s = f"  · {lieu}" if lieu else ""
            h.append(f'<div class="{cls}">  {e(hr):<15} {e(txt)}{e(lieu_s)}{e(extra)}</div>')
    h.append("<p>END:LISTE</p></div>")
    h.append("<h2>3. Centres d'examen</h2><ul>")
    for nom, adr, ville, quoi in TM.CENTRES:
        lines = "<br>".join(e(a) for a in adr + [ville])
        h.append(f"<li><b>{e(nom)}</b><br>{lines}<br><i>{e(quoi)}</i></li>")
    h.append(f"</ul><p>{e(TM.FORMATION)}</p>")
    h.append('<p style="text-align:right">' + "<br>".join(e(s) for s in TM.SIGNATURE) + "</p>")
    h.append("</body></html>")
    with open(out(TM.STEM + ".html"), "w", encoding="utf-8") as f:
        f.write("\n".join(h))


# ---------------------------------------------------------------- 4. Strasbourg : ODT écrit à la main
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"')


def x(t):
    return html.escape(t, quote=False)


def odt_par(text, style="P"):
    return "".join(f'<text:p text:style-name="{style}">{x(l)}</text:p>' for l in text.split("\n"))


def build_strasbourg():
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS}>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10pt"/></style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.4cm" fo:margin-bottom="1.2cm" fo:margin-left="1.6cm" fo:margin-right="1.6cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:footer><text:p>Académie de Strasbourg – DEC 2 – BTS Design graphique 2027 – page <text:page-number text:select-page="current"/></text:p></style:footer>
</style:master-page></office:master-styles>
</office:document-styles>"""
    auto = """<office:automatic-styles>
 <style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="PR" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="PT" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="PC" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="PH" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="T" style:family="table"><style:table-properties style:width="26.5cm" table:align="margins" style:may-break-between-rows="true"/></style:style>
 <style:style style:name="CA" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>
 <style:style style:name="CB" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="CC" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="CD" style:family="table-column"><style:table-column-properties style:column-width="8.3cm"/></style:style>
 <style:style style:name="CE" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="CF" style:family="table-column"><style:table-column-properties style:column-width="6.8cm"/></style:style>
 <style:style style:name="R" style:family="table-row"><style:table-row-properties style:min-row-height="1.6cm" fo:keep-together="auto"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
 <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm" fo:background-color="#5b2c6f"/></style:style>
 <style:style style:name="TM" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm" fo:background-color="#f4ecf7" style:vertical-align="middle"/></style:style>
</office:automatic-styles>"""
    b = []
    for i, l in enumerate(TS.ENTETE):
        b.append(odt_par(l, "PB" if i == 0 else "P"))
    b.append(odt_par(TS.LIEU_DATE, "PR"))
    b.append(odt_par(TS.OBJET, "PB"))
    b.append(odt_par(TS.REF, "PC"))
    for p in TS.INTRO:
        b.append(odt_par(p))
    b.append(odt_par(TS.TABLE_TITRE, "PT"))
    t = ['<table:table table:name="Calendrier" table:style-name="T">']
    for col in "ABCDEF":
        t.append(f'<table:table-column table:style-name="C{col}"/>')
    t.append("<table:table-header-rows><table:table-row>")
    for hd in TS.TABLE_ENTETE:
        t.append(f'<table:table-cell table:style-name="TH" office:value-type="string">{odt_par(hd, "PH")}</table:table-cell>')
    t.append("</table:table-row></table:table-header-rows>")
    for rows, centre in ((TS.GROUPE_ECRITS, TS.CENTRE_ECRITS), (TS.GROUPE_PRATIQUES, TS.CENTRE_PRATIQUES),
                         (TS.GROUPE_CCF, TS.CENTRE_CCF)):
        for k, r in enumerate(rows):
            t.append('<table:table-row table:style-name="R">')
            for v in r:
                t.append(f'<table:table-cell table:style-name="TC" office:value-type="string">{odt_par(v, "PC")}</table:table-cell>')
            if k == 0:
                t.append(f'<table:table-cell table:style-name="TM" table:number-rows-spanned="{len(rows)}" '
                         f'office:value-type="string">{odt_par(centre, "PC")}</table:table-cell>')
            else:
                t.append("<table:covered-table-cell/>")
            t.append("</table:table-row>")
    t.append("</table:table>")
    b.append("".join(t))
    for a in TS.APRES:
        b.append(odt_par(a))
    for s in TS.SIGNATURE:
        b.append(odt_par(s, "PR"))
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODT_NS}>{auto}'
               f'<office:body><office:text>{"".join(b)}</office:text></office:body></office:document-content>')
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    path = out(TS.STEM + ".odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- 5. Note nationale MS
def build_national():
    doc = base_doc()
    sec = doc.sections[0]
    footer_page(sec, TN.PIED)
    for i, l in enumerate(TN.ENTETE):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l)
        r.bold = i == 0
        r.font.size = Pt(9 if i else 10)
    p = doc.add_paragraph(TN.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(TN.DESTINATAIRES).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run(TN.OBJET).bold = True
    doc.add_paragraph(TN.REF).runs[0].font.size = Pt(8.5)
    doc.add_paragraph(TN.INTRO)
    doc.add_heading("1. Calendrier national par option", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, hd in enumerate(["Épreuve", "Intitulé"] + TN.OPTIONS):
        set_cell(t.rows[0].cells[i], hd, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for code, titre, val in TN.TABLEAU:
        cells = t.add_row().cells
        set_cell(cells[0], code, bold=True, size=8.5)
        set_cell(cells[1], titre, size=8.5)
        if isinstance(val, list):
            for i, v in enumerate(val):
                set_cell(cells[2 + i], v, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            m = cells[2].merge(cells[4])
            set_cell(m, val, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            if val == "CCF":
                shade(m, "EDEDED")
    for row in t.rows:
        for i, wdt in enumerate([1.6, 5.0, 3.5, 3.5, 3.4]):
            row.cells[i].width = Cm(wdt)
    doc.add_paragraph()
    doc.add_paragraph(TN.FERIES).runs[0].italic = True
    doc.add_heading("2. " + TN.QR_TITRE, level=2)
    for n, (q, r) in enumerate(TN.QR, 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.add_run(f"Q{n}. ").bold = True
        p.add_run(q).bold = True
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.add_run("R. ").italic = True
        p.add_run(r)
        if n == 4:
            for nom, adr, ville in TN.CENTRES_C:
                q2 = doc.add_paragraph(style="List Bullet")
                q2.paragraph_format.left_indent = Cm(1.6)
                q2.add_run(nom).bold = True
                q2.add_run(f" – {adr} – {ville}")
    doc.add_paragraph()
    for s in TN.SIGNATURE:
        p = doc.add_paragraph(s)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph(TN.VISA)
    doc.save(out(TN.STEM + ".docx"))


# ---------------------------------------------------------------- conversions et scans
def soffice(files, target="pdf", infilter=None):
    os.makedirs(TMP, exist_ok=True)
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"] + ([f"--infilter={infilter}"] if infilter else []) + ["--convert-to", target,
           "--outdir", TMP] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for f in files:
        stem = os.path.splitext(os.path.basename(f))[0]
        shutil.move(os.path.join(TMP, stem + ".pdf"), out(stem + ".pdf"))


def render(pdf, dpi, gray):
    prefix = os.path.join(TMP, os.path.basename(pdf)[:-4])
    args = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + ["-png", pdf, prefix]
    subprocess.run(args, check=True)
    pages = sorted(p for p in os.listdir(TMP) if p.startswith(os.path.basename(prefix) + "-") and p.endswith(".png"))
    return [Image.open(os.path.join(TMP, p)) for p in pages]


def flatbed_scan(pdf, dest, seed=7):
    """Scanner à plat, 200 dpi, niveaux de gris, papier de couleur (fond grisé), légère rotation, bruit."""
    rnd = np.random.default_rng(seed)
    imgs = []
    for k, im in enumerate(render(pdf, 200, True)):
        a = np.asarray(im.convert("L")).astype(np.float32)
        a = 60 + a * (205 - 60) / 255.0            # papier jaune clair -> fond gris ~205
        a += rnd.normal(0, 6, a.shape)
        im2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        im2 = im2.rotate([0.7, -0.45][k % 2], resample=Image.BICUBIC, expand=True, fillcolor=235)
        im2 = im2.filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im2)
    imgs[0].save(dest, save_all=True, append_images=imgs[1:], resolution=200)


def phone_photo(pdf, dest, seed=3):
    """Photo au téléphone : perspective, ombre progressive, teinte chaude, JPEG."""
    rnd = random.Random(seed)
    imgs = []
    for im in render(pdf, 150, False):
        im = im.convert("RGB")
        w, h = im.size
        W2, H2 = int(w * 1.12), int(h * 1.08)
        canvas_ = Image.new("RGB", (W2, H2), (92, 78, 64))  # table en bois
        canvas_.paste(im, ((W2 - w) // 2, (H2 - h) // 2))
        # perspective : quadrilatère source -> rectangle
        d = lambda: rnd.uniform(0.02, 0.05)
        quad = (W2 * d(), H2 * d(), W2 * (0.01), H2 * (1 - d()), W2 * (1 - d() * 0.5), H2 * (1 - 0.01),
                W2 * (1 - d()), H2 * d() * 0.4)
        ph = canvas_.transform((W2, H2), Image.QUAD, quad, resample=Image.BICUBIC)
        a = np.asarray(ph).astype(np.float32)
        yy, xx = np.mgrid[0:H2, 0:W2]
        shadow = 0.72 + 0.28 * (xx / W2) * (0.6 + 0.4 * yy / H2)
        a *= shadow[..., None]
        a[..., 2] *= 0.9
        a += np.random.default_rng(seed).normal(0, 4, a.shape)
        ph = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        tmpj = os.path.join(TMP, f"photo_{len(imgs)}.jpg")
        ph.save(tmpj, quality=55)
        imgs.append(Image.open(tmpj))
    imgs[0].save(dest, save_all=True, append_images=imgs[1:], resolution=150)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    build_rennes()
    build_dijon()
    build_mayotte()
    build_strasbourg()
    build_national()
    soffice([out(TR.STEM + ".docx"), out(TS.STEM + ".odt"), out(TN.STEM + ".docx")])
    soffice([out(TM.STEM + ".html")], target="pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
    flatbed_scan(out(TS.STEM + ".pdf"), out(TS.STEM + "_scan.pdf"))
    phone_photo(out(TD.STEM + ".pdf"), out(TD.STEM + "_scan.pdf"))
    print("ok")


if __name__ == "__main__":
    main()
