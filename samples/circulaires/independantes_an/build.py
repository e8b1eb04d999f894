#!/usr/bin/env python3
"""Build the independantes_an corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import html, io, os, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_rennes as TR
import textes_nancy as TN
import textes_pi as TP
import textes_lyon as TL
import textes_toulouse as TT

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_an"
E = html.escape


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, size=9, italic=False):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = par.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def widths(table, cms):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))  # cm -> twips, so that LibreOffice keeps the column widths
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def base_doc(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    return doc


def title(doc, text, size=11, color="1F3864", before=10):
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(before); p.paragraph_format.keep_with_next = True
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size); r.font.color.rgb = RGBColor.from_string(color)
    return p


def footer(doc, text):
    fp = doc.sections[0].footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(text); r.font.size = Pt(7.5)


# ---------------------------------------------------------------- A. Rennes GPME 2027: common table + one row per specialty
def build_rennes():
    doc = base_doc()
    footer(doc, TR.PIED)
    for i, l in enumerate(TR.EMETTEUR):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(11 if i == 0 else 8.5)
    p = doc.add_paragraph(TR.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(7.5)
    r = p.add_run(TR.DESTINATAIRES); r.font.size = Pt(9)
    p = doc.add_paragraph(); r = p.add_run(TR.OBJET); r.bold = True
    for ref in TR.REFERENCES:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0); p.paragraph_format.left_indent = Cm(1)
        r = p.add_run(ref); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    doc.add_paragraph(TR.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    title(doc, TR.T1, 11.5)
    title(doc, TR.T1A, 10, "2E5E8C", 4)
    t = doc.add_table(rows=1 + len(TR.COMMUNES), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, TR.COMMUNES_ENTETE):
        put(c, h, True, 9); shade(c, "D9E2F3")
    header_row(t.rows[0])
    for i, vals in enumerate(TR.COMMUNES):
        for c, v in zip(t.rows[1 + i].cells, vals):
            put(c, v, size=9)
    widths(t, [3.3, 2.9, 6.0, 4.8])

    title(doc, TR.T1B, 10, "2E5E8C", 8)
    n = sum(len(rows) for _, rows in TR.SPECIFIQUES)
    t = doc.add_table(rows=1 + n, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, TR.SPECIFIQUES_ENTETE):
        put(c, h, True, 9); shade(c, "D9E2F3")
    header_row(t.rows[0])
    k = 1
    for spec, rows in TR.SPECIFIQUES:
        first = k
        for ep, date, hor in rows:
            cells = t.rows[k].cells
            put(cells[1], ep, size=9); put(cells[2], date, size=9); put(cells[3], hor, size=9)
            k += 1
        if k - first > 1:
            t.cell(first, 0).merge(t.cell(k - 1, 0))
        put(t.cell(first, 0), spec, True, 9)
        if "GPME" in spec:  # the reader's own row is tinted, nothing more
            for j in range(4):
                shade(t.cell(first, j), "FFF2CC")
    widths(t, [4.0, 6.6, 3.1, 3.3])
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(4)
    r = p.add_run(TR.CAL_NOTE); r.italic = True; r.font.size = Pt(8.5)

    title(doc, TR.T2)
    doc.add_paragraph(TR.ORAUX_INTRO)
    for l in TR.ORAUX:
        doc.add_paragraph(l, style="List Bullet")
    title(doc, TR.T3)
    doc.add_paragraph(TR.DOSSIERS).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    title(doc, TR.T4)
    doc.add_paragraph(TR.CORRECTION).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    title(doc, TR.T5)
    for l in TR.FIN:
        doc.add_paragraph(l).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    title(doc, TR.T6)
    for nom, role, adr in TR.CENTRES:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(4); p.paragraph_format.left_indent = Cm(0.8)
        r = p.add_run(nom); r.bold = True
        r = p.add_run(f"  ({role})"); r.italic = True; r.font.size = Pt(8.5)
        for l in adr:
            r = p.add_run(); r.add_break(); r2 = p.add_run(l)
    p = doc.add_paragraph(); r = p.add_run(TR.FORMATION_TITRE); r.font.size = Pt(8.5)
    p = doc.add_paragraph(); r = p.add_run(" · ".join(TR.FORMATION)); r.font.size = Pt(8.5)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(14)
    for i, l in enumerate(TR.SIGNATURE):
        r = p.add_run(l); r.bold = i == len(TR.SIGNATURE) - 1
        if i < len(TR.SIGNATURE) - 1:
            r.add_break()
    out = P("circulaire_gpme_2027_rennes.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- B. Nancy-Metz ET 2026: date x specialty matrix (HTML)
def build_nancy():
    head = "".join(f'<th class="{"et" if j == TN.ET_COL else ""}">{c}</th>' for j, c in enumerate(TN.COLONNES))
    rows = []
    for date, hor, cells in TN.CAL:
        tds, col = [], 0
        for txt, span in cells:
            cls = []
            if col <= TN.ET_COL < col + span:
                cls.append("et")
            if txt == "—":
                cls.append("vide")
            if span > 1:
                cls.append("commun")
            tds.append(f'<td colspan="{span}" class="{" ".join(cls)}">{txt}</td>' if span > 1
                       else f'<td class="{" ".join(cls)}">{txt}</td>')
            col += span
        rows.append(f"<tr><th class=d>{E(date)}</th><th class=h>{E(hor)}</th>{''.join(tds)}</tr>")
    items = "".join(f"<li><span class=lib>{E(a)}</span> : {b}</li>" for a, b in TN.ET_ITEMS)
    centres = "".join(f"<tr><td><b>{E(n)}</b></td><td>{E(a)}<br>{E(v)}</td><td>{E(r)}</td></tr>" for n, a, v, r in TN.CENTRES)
    sig = "<br>".join(E(s) for s in TN.SIGNATURE)
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{E(TN.TITRE)}</title>
<style>
@page {{ size: A4; margin: 16mm 15mm 18mm 15mm; }}
@page paysage {{ size: A4 landscape; margin: 12mm 12mm 14mm 12mm; }}
body {{ font-family: "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111; }}
.entete {{ display: flex; justify-content: space-between; border-bottom: 2px solid #00457c; padding-bottom: 6px; }}
.entete .acad {{ font-weight: bold; color: #00457c; }}
.entete small {{ display: block; font-size: 8pt; color: #333; font-weight: normal; }}
h1 {{ font-size: 15pt; color: #00457c; margin: 14px 0 0 0; }}
h2 {{ font-size: 11pt; color: #00457c; border-left: 4px solid #00457c; padding-left: 6px; margin-top: 16px; }}
.paysage {{ page: paysage; break-before: page; }}
table.cal {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; table-layout: fixed; }}
table.cal th, table.cal td {{ border: 1px solid #666; padding: 4px 3px; text-align: center; vertical-align: middle; }}
table.cal thead th {{ background: #dfe7f1; }}
table.cal th.d {{ width: 78px; }} table.cal th.h {{ width: 74px; font-weight: normal; }}
table.cal td.vide {{ color: #999; }}
table.cal td.commun {{ background: #f1f1f1; font-weight: bold; }}
table.cal .et {{ background: #fff3b0 !important; }}
table.cal th.et {{ background: #ffe066 !important; }}
.legende {{ font-size: 8pt; color: #333; margin-top: 6px; }}
ul.et li {{ margin-bottom: 5px; }} .lib {{ font-weight: bold; }}
table.centres {{ border-collapse: collapse; font-size: 9pt; }}
table.centres td {{ border-bottom: 1px solid #bbb; padding: 4px 10px 4px 0; vertical-align: top; }}
.sig {{ margin: 22px 0 0 55%; }}
.pied {{ font-size: 7.5pt; color: #555; border-top: 1px solid #aaa; margin-top: 20px; padding-top: 4px; }}
</style></head><body>
<div class="entete"><div class="acad">{E(TN.EMETTEUR[0])}<small>{E(TN.EMETTEUR[1])}</small><small>{E(TN.EMETTEUR[2])}</small></div>
<div>{E(TN.LIEU_DATE)}<small>Réf. {E(TN.REF)}</small></div></div>
<h1>{E(TN.TITRE)}</h1><p><b>{E(TN.SOUS_TITRE)}</b></p>
<p><i>{E(TN.DESTINATAIRES)}</i></p>
<p>{E(TN.INTRO)}</p>
<section class="paysage">
<h2>{E(TN.CAL_TITRE)}</h2>
<table class="cal"><thead><tr><th class=d>Date</th><th class=h>Horaire</th>{head}</tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<p class="legende">{E(TN.LEGENDE)}</p>
</section>
<section style="page: auto; break-before: page;">
<h2>{E(TN.T_ET)}</h2><ul class="et">{items}</ul>
<h2>{E(TN.T_CORR)}</h2><p>{TN.CORR}</p>
<h2>{E(TN.T_JURY)}</h2><p>{TN.JURY}</p>
<h2>{E(TN.T_CENTRES)}</h2><table class="centres">{centres}</table>
<p class="sig">{sig}</p>
<p class="pied">{E(TN.PIED)}</p>
</section>
</body></html>
"""
    out = P("circulaire_et_2026_nancy-metz.html")
    open(out, "w", encoding="utf-8").write(doc)
    return out


# ---------------------------------------------------------------- C. national note PI 2029: long table with band rows (reportlab)
def build_pi():
    pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf"))
    st = ParagraphStyle("n", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=6)
    small = ParagraphStyle("s", parent=st, fontSize=8, leading=10)
    cell = ParagraphStyle("c", parent=st, fontSize=8.5, leading=10.5, spaceAfter=0)
    band = ParagraphStyle("b", parent=cell, fontName="LSB", textColor=colors.white)
    hdr = ParagraphStyle("h", parent=cell, fontName="LSB")
    out = P("note_nationale_pi_2029.pdf")

    def page(c, d):
        c.saveState(); c.setFont("LS", 7.5)
        c.drawCentredString(A4[0] / 2, 1.1 * cm, TP.PIED.format(p=d.page)); c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.6 * cm,
                            bottomMargin=1.8 * cm, title="Calendrier national des épreuves écrites – session 2029",
                            author="DGESIP")
    s = []
    for i, l in enumerate(TP.EMETTEUR):
        s.append(Paragraph(E(l), ParagraphStyle("e", parent=small, fontName="LSB" if i == 0 else "LS",
                                                 fontSize=9 if i == 0 else 7.5, spaceAfter=1)))
    s.append(Spacer(1, 6))
    s.append(Paragraph(f"{E(TP.NUMERO)}<br/>{E(TP.LIEU_DATE)}", ParagraphStyle("r", parent=st, alignment=TA_RIGHT)))
    s.append(Paragraph(E(TP.DESTINATAIRES).replace("\n", "<br/>"), ParagraphStyle("d", parent=small, leftIndent=8 * cm)))
    s.append(Spacer(1, 8))
    box = Table([[Paragraph("<br/>".join(E(t) for t in TP.TITRE),
                            ParagraphStyle("t", parent=st, fontName="LSB", fontSize=12, leading=16, alignment=TA_CENTER))]],
                colWidths=[15 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1b3a6b")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2f8")),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s.append(box); s.append(Spacer(1, 8))
    s.append(Paragraph(E(TP.REFS), ParagraphStyle("i", parent=small, fontName="LSI")))
    for t in TP.INTRO:
        s.append(Paragraph(E(t), st))
    data = [[Paragraph(E(h), hdr) for h in TP.ENTETE]]
    styles = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#c9d3e3")),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for row in TP.LIGNES:
        r = len(data)
        if row[0] == "BANDE":
            data.append([Paragraph(E(row[1]), band), "", "", "", ""])
            styles += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#1b3a6b"))]
        else:
            data.append([Paragraph(E(v), cell) for v in row])
    tab = Table(data, colWidths=[1.3 * cm, 7.6 * cm, 3.3 * cm, 3.4 * cm, 1.8 * cm], repeatRows=1)
    tab.setStyle(TableStyle(styles))
    s.append(tab); s.append(Spacer(1, 8))
    for t in TP.APRES:
        s.append(Paragraph(E(t), st))
    s.append(Spacer(1, 14))
    s.append(Paragraph("<br/>".join(E(l) for l in TP.SIGNATURE), ParagraphStyle("sg", parent=st, leftIndent=9 * cm)))
    doc.build(s, onFirstPage=page, onLaterPages=page)
    return out


# ---------------------------------------------------------------- D. Lyon CG 2028: chronological table with a "BTS concernés" column
def build_lyon():
    doc = base_doc("Liberation Serif", 10.5)
    footer(doc, TL.PIED)
    hdr = doc.sections[0].header.paragraphs[0]
    for i, l in enumerate(TL.EMETTEUR):
        r = hdr.add_run(l); r.bold = i < 2; r.font.size = Pt(8.5 if i < 2 else 7.5)
        if i < len(TL.EMETTEUR) - 1:
            r.add_break()
    p = doc.add_paragraph(TL.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8); r = p.add_run(TL.DESTINATAIRES); r.font.size = Pt(9.5)
    p = doc.add_paragraph(); r = p.add_run(TL.OBJET); r.bold = True; r.underline = True
    p = doc.add_paragraph(); r = p.add_run(TL.REFS); r.italic = True; r.font.size = Pt(9)
    doc.add_paragraph(TL.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    title(doc, TL.T1, 11, "7A1F1F")
    t = doc.add_table(rows=1 + len(TL.CAL), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, TL.CAL_ENTETE):
        put(c, h, True, 9.5); shade(c, "EADBD8")
    header_row(t.rows[0])
    prev = None
    for i, vals in enumerate(TL.CAL):
        cells = t.rows[1 + i].cells
        for j, (c, v) in enumerate(zip(cells, vals)):
            if j == 0 and v == prev:
                v = ""  # a date is written once; the next row of the same day leaves it blank
            put(c, v, size=9, italic=(j == 3))
        prev = vals[0]
    widths(t, [3.2, 2.3, 6.6, 4.9])
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(4)
    r = p.add_run(TL.CAL_NOTE); r.font.size = Pt(8.5)
    title(doc, TL.T2, 11, "7A1F1F")
    for l in TL.E6:
        doc.add_paragraph(l).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    title(doc, TL.T3, 11, "7A1F1F")
    for l in TL.CORR:
        doc.add_paragraph(l).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    title(doc, TL.T4, 11, "7A1F1F")
    for l in TL.FIN:
        doc.add_paragraph(l, style="List Bullet")
    title(doc, TL.T5, 11, "7A1F1F")
    t = doc.add_table(rows=1 + len(TL.CENTRES), cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, TL.CENTRES_ENTETE):
        put(c, h, True, 9); shade(c, "EADBD8")
    for i, vals in enumerate(TL.CENTRES):
        for c, v in zip(t.rows[1 + i].cells, vals):
            put(c, v, size=9)
    widths(t, [5.0, 5.5, 6.5])
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6); r = p.add_run(TL.FORMATION); r.font.size = Pt(8.5)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(14)
    for i, l in enumerate(TL.SIGNATURE):
        r = p.add_run(l); r.bold = i == len(TL.SIGNATURE) - 1
        if i < len(TL.SIGNATURE) - 1:
            r.add_break()
    out = P("circulaire_cg_2028_lyon.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- E. Toulouse Tourisme 2025: day-by-day programme with specialty badges, two CSS columns
def build_toulouse():
    jours = []
    for jour, items in TT.PROGRAMME:
        lis = "".join(
            f'<li><span class="badge{" tous" if b == "Tous BTS" else ""}">{E(b)}</span>'
            f'<span class="hor">{E(h)}</span> {E(ep)}</li>' for b, h, ep in items)
        jours.append(f'<div class="jour"><h3>{E(jour)}</h3><ul>{lis}</ul></div>')
    tour = "".join(f"<tr><th>{E(a)}</th><td>{E(b)}</td></tr>" for a, b in TT.TOUR)
    centres = "".join(f"<li><b>{E(n)}</b> – {E(a)}</li>" for n, a in TT.CENTRES)
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{E(TT.TITRE)} – {E(TT.SOUS_TITRE)}</title>
<style>
@page {{ size: A4; margin: 15mm 16mm 16mm 16mm; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.2pt; color: #1a1a1a; }}
header {{ border-top: 6px solid #b3122f; padding-top: 6px; }}
header .acad {{ font-weight: bold; font-size: 11pt; }}
header .dec {{ font-size: 8pt; color: #444; }}
.date {{ text-align: right; margin-top: -28px; }}
h1 {{ font-size: 16pt; margin: 18px 0 0 0; color: #b3122f; }}
h1 + p {{ margin-top: 2px; font-size: 11pt; }}
h2 {{ font-size: 11pt; background: #f3e4e7; padding: 3px 6px; margin-top: 14px; }}
.programme {{ column-count: 2; column-gap: 10mm; column-rule: 1px solid #ddd; }}
.jour {{ break-inside: avoid; margin-bottom: 8px; }}
.jour h3 {{ font-size: 10pt; margin: 0 0 3px 0; border-bottom: 1px solid #b3122f; }}
.jour ul {{ list-style: none; margin: 0; padding: 0; }}
.jour li {{ margin: 0 0 5px 0; }}
.badge {{ display: inline-block; font-size: 7.4pt; background: #ececec; border: 1px solid #bbb; border-radius: 8px;
          padding: 0 5px; margin-right: 4px; }}
.badge.tous {{ background: #b3122f; color: #fff; border-color: #b3122f; }}
.hor {{ font-weight: bold; margin-right: 3px; }}
.note {{ font-size: 8pt; font-style: italic; }}
table.tour {{ border-collapse: collapse; width: 100%; }}
table.tour th {{ text-align: left; width: 38%; vertical-align: top; padding: 4px 8px 4px 0; border-bottom: 1px solid #ddd; }}
table.tour td {{ vertical-align: top; padding: 4px 0; border-bottom: 1px solid #ddd; }}
.sig {{ margin: 18px 0 0 52%; }}
footer {{ font-size: 7.5pt; color: #666; border-top: 1px solid #ccc; margin-top: 18px; padding-top: 3px; }}
</style></head><body>
<header><div class="acad">{E(TT.EMETTEUR[0])}</div><div class="dec">{E(TT.EMETTEUR[1])}<br>{E(TT.EMETTEUR[2])}</div>
<div class="date">{E(TT.LIEU_DATE)}</div></header>
<h1>{E(TT.TITRE)}</h1><p>{E(TT.SOUS_TITRE)}</p>
<p class="note">{E(TT.DESTINATAIRES)}</p>
<p>{E(TT.INTRO)}</p>
<h2>{E(TT.PROG_TITRE)}</h2>
<div class="programme">{''.join(jours)}</div>
<p class="note">{E(TT.PROG_NOTE)}</p>
<h2>{E(TT.T_TOUR)}</h2>
<table class="tour">{tour}</table>
<h2>{E(TT.T_FIN)}</h2><p>{E(TT.FIN)}</p>
<h2>{E(TT.T_CENTRES)}</h2><ul>{centres}</ul>
<p class="sig">{'<br>'.join(E(s) for s in TT.SIGNATURE)}</p>
<footer>{E(TT.PIED)}</footer>
</body></html>
"""
    out = P("circulaire_tourisme_2025_toulouse.html")
    open(out, "w", encoding="utf-8").write(doc)
    return out


# ---------------------------------------------------------------- conversions
def soffice_pdf(paths):
    tmp = tempfile.mkdtemp(prefix="an_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", tmp] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def chromium_pdf(html_path):
    out = os.path.splitext(html_path)[0] + ".pdf"
    prof = tempfile.mkdtemp(prefix="an_chr_")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                    "--no-pdf-header-footer", "--print-to-pdf-no-header", f"--print-to-pdf={out}",
                    "file://" + html_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def render(pdf, dpi):
    tmp = tempfile.mkdtemp(prefix="an_ppm_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    imgs = [Image.open(os.path.join(tmp, f)).copy() for f in sorted(os.listdir(tmp))]
    shutil.rmtree(tmp, ignore_errors=True)
    return imgs


def photocopy(pdf, out):
    """Black-and-white office photocopy at 200 dpi: skew, toner threshold, grey streak, speckles, 1-bit pages."""
    rng = np.random.default_rng(23)
    pages = []
    for k, im in enumerate(render(pdf, 200)):
        im = im.convert("L").rotate([-0.7, 0.5, -0.35, 0.6][k % 4], resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        h, w = a.shape
        a += rng.normal(0, 14, a.shape)                       # toner grain
        a[:, int(w * 0.63):int(w * 0.635)] -= 70               # vertical streak of a dirty drum
        a[: int(h * 0.015), :] = 30                            # black edge where the lid was open
        spots = rng.random(a.shape) < 0.0004
        a[spots] = 0
        a = np.clip(a, 0, 255).astype(np.uint8)
        bw = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6)).point(lambda v: 255 if v > 150 else 0).convert("1")
        pages.append(bw)
    pages[0].save(out, "PDF", resolution=200, save_all=True, append_images=pages[1:])


def main():
    a = build_rennes(); b = build_nancy(); build_pi(); d = build_lyon(); e = build_toulouse()
    soffice_pdf([a, d])
    chromium_pdf(b); chromium_pdf(e)
    photocopy(P("circulaire_gpme_2027_rennes.pdf"), P("circulaire_gpme_2027_rennes_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".html")):
            print(f"{f:45s} {os.path.getsize(P(f)) / 1024:8.1f} kB")


if __name__ == "__main__":
    main()
