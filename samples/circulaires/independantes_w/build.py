#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_w à partir des modules textes_*.py.
Usage : /work/main/.venv/bin/python build.py
Aucun code du projet n'est importé. LibreOffice utilise un profil privé."""
import os, subprocess, shutil, glob, random, html
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import textes_amiens as TA
import textes_besancon as TB
import textes_creteil as TC
import textes_martinique as TM
import textes_ndrc as TN

ICI = Path(__file__).resolve().parent
TMP = Path("/tmp/independantes_w_build")
LO_PROFILE = "file:///tmp/lo_independantes_w"


# ---------------------------------------------------------------- utilitaires docx
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, lines, bold_first=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold_first and i == 0


def page_field(paragraph):
    r = paragraph.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); r._r.append(fc)
        else:
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._r.append(it)


def base_doc(font="Arial", size=10):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.8); s.bottom_margin = Cm(1.8)
    return d


def landscape(d):
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    return s


def portrait(d):
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    return s


def heading(d, text, size=11, color="1F3864"):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(10)
    return p


# ---------------------------------------------------------------- Amiens (DOCX)
def build_amiens():
    d = base_doc()
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    for i, l in enumerate(TA.ENTETE):
        r = hp.add_run(l + ("\n" if i < len(TA.ENTETE) - 1 else "")); r.bold = i == 0; r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TA.PIED + " – page "); r.font.size = Pt(7); page_field(fp)

    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.add_run(TA.LIEU_DATE)
    for l in TA.DEST:
        p = d.add_paragraph(l); p.paragraph_format.left_indent = Cm(8); p.paragraph_format.space_after = Pt(0)
    p = d.add_paragraph(); r = p.add_run(TA.AFFAIRE); r.font.size = Pt(8); r.italic = True
    p = d.add_paragraph(); r = p.add_run(TA.OBJET); r.bold = True
    for l in TA.REFERENCES:
        p = d.add_paragraph(l); p.paragraph_format.left_indent = Cm(1); p.paragraph_format.space_after = Pt(0)
        p.runs[0].font.size = Pt(9)
    d.add_paragraph(TA.INTRO)

    heading(d, TA.SEMAINIER_TITRE)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, txt in zip(t.rows[0].cells, ["Jour", "Matin", "Après-midi"]):
        cell_text(c, [txt], bold_first=True); shade(c, "D9E2F3")
    for jour, matin, am in TA.SEMAINIER:
        row = t.add_row().cells
        cell_text(row[0], [jour], bold_first=True)
        for c, lst in ((row[1], matin), (row[2], am)):
            if not lst:
                cell_text(c, ["—"])
                continue
            lines = []
            for code, lib, h in lst:
                lines += [f"{code} {lib}", h]
            cell_text(c, lines)
            for i, par in enumerate(c.paragraphs):
                if i % 2 == 0:
                    par.runs[0].bold = True
                else:
                    par.paragraph_format.space_after = Pt(4)
    for row in t.rows:
        row.cells[0].width = Cm(3.5); row.cells[1].width = Cm(6.8); row.cells[2].width = Cm(6.8)
    d.add_paragraph(TA.SEMAINIER_NOTE).runs[0].font.size = Pt(9)
    p = d.add_paragraph(TA.CCF_NOTE); p.runs[0].italic = True; p.runs[0].font.size = Pt(9)

    heading(d, TA.DOSSIERS_TITRE)
    for l in TA.DOSSIERS:
        d.add_paragraph(l, style="List Bullet")

    # section paysage : planning Gantt
    sl = landscape(d)
    heading(d, TA.GANTT_TITRE)
    n = len(TA.GANTT_SEMAINES)
    g = d.add_table(rows=2, cols=n + 1); g.style = "Table Grid"
    top = g.rows[0].cells
    cell_text(top[0], ["Épreuve / opération"], bold_first=True)
    m = top[1].merge(top[n]); cell_text(m, ["Semaines 2028 (ISO)"], bold_first=True)
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    top[0].merge(g.rows[1].cells[0])
    for i, sem in enumerate(TA.GANTT_SEMAINES):
        c = g.rows[1].cells[i + 1]; cell_text(c, sem.split("\n"), bold_first=True, size=8); shade(c, "D9E2F3")
    for lib, idx, txt in TA.GANTT:
        row = g.add_row().cells
        cell_text(row[0], [lib], size=8)
        for i in range(n):
            if i == idx:
                cell_text(row[i + 1], ["█████", txt], size=8); shade(row[i + 1], "F4B183")
            else:
                cell_text(row[i + 1], [""], size=8)
    for row in g.rows:
        row.cells[0].width = Cm(8)
        for c in row.cells[1:]:
            c.width = Cm(3.6)
    d.add_paragraph(TA.GANTT_NOTE).runs[0].font.size = Pt(9)

    heading(d, TA.CENTRES_TITRE)
    ct = d.add_table(rows=1, cols=3); ct.style = "Table Grid"
    for c, txt in zip(ct.rows[0].cells, ["Centre d'épreuves", "Adresse", "Commune"]):
        cell_text(c, [txt], bold_first=True); shade(c, "D9E2F3")
    for nom, adr, ville in TA.CENTRES:
        row = ct.add_row().cells
        cell_text(row[0], [nom]); cell_text(row[1], adr); cell_text(row[2], [ville])
    p = d.add_paragraph(); r = p.add_run(TA.FORMATION_TITRE); r.bold = True; r.font.size = Pt(9)
    for l in TA.FORMATION:
        d.add_paragraph(l, style="List Bullet").runs[0].font.size = Pt(9)

    heading(d, TA.FIN_TITRE)
    for l in TA.FIN:
        d.add_paragraph(l)
    for l in TA.SIGNATURE:
        p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.CENTER)
        p.add_run("\t" + l); p.paragraph_format.space_after = Pt(0)
    out = ICI / "circulaire_batiment_2028_amiens.docx"
    d.save(out)
    return out


# ---------------------------------------------------------------- Besançon (HTML intranet)
def build_besancon():
    e = html.escape
    menu = " ".join(f'<a href="#">{e(m)}</a>' for m in TB.MENU)
    smenu = "".join(f'<li><a href="#">{e(m)}</a></li>' for m in TB.SOUS_MENU)
    unites = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td></tr>" for a, b, c in TB.UNITES)
    faq = []
    for q, rep in TB.FAQ:
        body = "".join(f"<p>{e(x)}</p>" for x in rep)
        if q.startswith("Où se déroulent"):
            body += "<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th>Centre</th><th>Adresse</th><th>Ville</th></tr>"
            for nom, adr, ville in TB.CENTRES:
                body += f"<tr><td>{e(nom)}</td><td>{e(adr)}</td><td>{e(ville)}</td></tr>"
            body += "</table>"
        faq.append(f'<div class="q"><h3>Q. {e(q)}</h3>{body}</div>')
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TB.TITRE)} – Intranet académique</title>
<style>
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; margin: 0; }}
#bandeau {{ background: #003b71; color: white; padding: 6px 12px; }}
#bandeau a {{ color: white; margin-right: 14px; text-decoration: none; }}
#col {{ float: left; width: 150px; background: #eef2f7; font-size: 9pt; }}
#main {{ margin-left: 170px; padding-right: 12px; }}
.ariane {{ color: #555; font-size: 8pt; }}
.meta {{ color: #777; font-size: 8pt; }}
h3 {{ color: #003b71; font-size: 11pt; margin-bottom: 2px; }}
#pied {{ clear: both; border-top: 1px solid #999; font-size: 8pt; color: #666; padding: 6px; }}
</style></head>
<body>
<div id="bandeau"><b>intranet.ac-besancon.fr</b> | {menu} | <i>Rechercher…</i></div>
<table width="100%"><tr><td valign="top" width="160" bgcolor="#eef2f7"><ul>{smenu}</ul></td>
<td valign="top">
<p class="ariane">{e(TB.ARIANE)}</p>
<h1 style="font-size:15pt">{e(TB.TITRE)}</h1>
<p class="meta">{e(TB.META)}</p>
<p><b>{e(TB.CHAPO)}</b></p>
<h2 style="font-size:12pt">{e(TB.UNITES_TITRE)}</h2>
<table border="1" cellpadding="3" style="border-collapse:collapse; font-size:9pt"><tr><th>Épreuve</th><th>Unité</th><th>Intitulé</th></tr>{unites}</table>
{''.join(faq)}
<p><i>{e(TB.CONTACT)}</i></p>
</td></tr></table>
<div id="pied">{' | '.join(e(x) for x in TB.PIED)}</div>
</body></html>
"""
    out = ICI / "circulaire_sio_2027_besancon.html"
    out.write_text(page, encoding="utf-8")
    return out


# ---------------------------------------------------------------- Créteil (reportlab, diaporama)
def build_creteil():
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.colors import HexColor, white, black
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    W, H = 960, 540
    out = ICI / "circulaire_tourisme_2026_creteil.pdf"
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setTitle("BTS Tourisme 2026 – réunion chefs de centre"); c.setAuthor("DEC Créteil")
    c.setCreator("Microsoft® PowerPoint® pour Microsoft 365")
    bleu, orange = HexColor("#1b3f8b"), HexColor("#f29100")
    nb = len(TC.DIAPOS)

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        return lines + ([cur] if cur else [])

    for k, dia in enumerate(TC.DIAPOS, 1):
        if k == 1:
            c.setFillColor(bleu); c.rect(0, 0, W, H, fill=1, stroke=0)
            c.setFillColor(orange); c.rect(0, 170, W, 6, fill=1, stroke=0)
            c.setFillColor(white); c.setFont("DVB", 40); c.drawString(60, 360, dia["titre"])
            c.setFont("DV", 20); c.drawString(60, 315, dia["sous_titre"])
            c.setFont("DV", 14)
            for i, l in enumerate(dia["puces"]):
                c.drawString(60, 130 - 24 * i, l)
        else:
            c.setFillColor(bleu); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
            c.setFillColor(orange); c.rect(0, H - 74, W, 4, fill=1, stroke=0)
            c.setFillColor(white); c.setFont("DVB", 26); c.drawString(40, H - 48, dia["titre"])
            c.setFillColor(black)
            y = H - 120
            for l in dia.get("puces", []):
                lines = wrap(l, "DV", 18, W - 120)
                c.setFillColor(orange); c.circle(50, y + 6, 5, fill=1, stroke=0); c.setFillColor(black)
                c.setFont("DV", 18)
                for ln in lines:
                    c.drawString(66, y, ln); y -= 26
                y -= 14
            if "tableau" in dia:
                cols = [150, 60, 430, 150, 70]; x0 = 45; rh = 44
                for r, row in enumerate(dia["tableau"]):
                    x = x0
                    for w, txt in zip(cols, row):
                        c.setFillColor(bleu if r == 0 else (HexColor("#e8edf7") if r % 2 else white))
                        c.rect(x, y - rh + 30, w, rh, fill=1, stroke=1)
                        c.setFillColor(white if r == 0 else black)
                        c.setFont("DVB" if r == 0 else "DV", 13 if r else 12)
                        c.drawString(x + 6, y - 2, txt); x += w
                    y -= rh
                c.setFont("DV", 13); c.drawString(45, y - 10, dia["note"])
            if "frise" in dia:
                c.setStrokeColor(bleu); c.setLineWidth(4); c.line(80, 300, W - 80, 300)
                for i, (date, h, lib) in enumerate(dia["frise"]):
                    x = 130 + i * 300
                    c.setFillColor(orange); c.circle(x, 300, 12, fill=1, stroke=0)
                    c.setFillColor(bleu); c.setFont("DVB", 17); c.drawCentredString(x, 340, date)
                    c.setFont("DVB", 15); c.drawCentredString(x, 320, h)
                    c.setFillColor(black); c.setFont("DV", 14)
                    for j, ln in enumerate(wrap(lib, "DV", 14, 240)):
                        c.drawCentredString(x, 265 - 20 * j, ln)
            if "cartes" in dia:
                for i, (nom, adr, ville) in enumerate(dia["cartes"]):
                    x = 45 + i * 300
                    c.setFillColor(HexColor("#e8edf7")); c.roundRect(x, 220, 280, 170, 10, fill=1, stroke=0)
                    c.setFillColor(bleu); c.setFont("DVB", 15); c.drawString(x + 12, 355, nom)
                    c.setFillColor(black); c.setFont("DV", 13)
                    c.drawString(x + 12, 320, adr); c.drawString(x + 12, 298, ville)
                y = 170
                for ln in wrap(dia["note"], "DV", 13, W - 100):
                    c.setFont("DV", 13); c.drawString(45, y, ln); y -= 19
        c.setFillColor(HexColor("#666666") if k > 1 else white); c.setFont("DV", 9)
        c.drawString(40, 16, TC.PIED); c.drawRightString(W - 40, 16, f"{k}/{nb}")
        c.showPage()
    c.save()
    return out


# ---------------------------------------------------------------- Martinique (DOCX -> ODT -> PDF)
def build_martinique():
    d = base_doc(font="Times New Roman", size=11)
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    for i, l in enumerate(TM.ENTETE):
        r = hp.add_run(l + "\n"); r.bold = True; r.font.size = Pt(9)
    r = hp.add_run(TM.ADRESSE); r.font.size = Pt(8)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.add_run(TM.LIEU_DATE)
    for l in TM.DEST:
        p = d.add_paragraph(l); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    # objet encadré (tableau d'une cellule)
    box = d.add_table(rows=1, cols=1); box.style = "Table Grid"
    cell_text(box.rows[0].cells[0], [TM.OBJET, TM.REF], bold_first=True, size=10); shade(box.rows[0].cells[0], "F2F2F2")
    for l in TM.CORPS:
        p = d.add_paragraph(l); p.paragraph_format.first_line_indent = Cm(1)
    heading(d, TM.TABLE_TITRE, color="000000")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, TM.TABLE_ENTETE):
        cell_text(c, [txt], bold_first=True); shade(c, "BFBFBF")
    for row in TM.TABLE:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            cell_text(c, [txt], size=9)
        if "GPME" in row[1]:
            for c in cells:
                shade(c, "EDEDED"); c.paragraphs[0].runs[0].italic = True
    widths = [2.8, 2.6, 6.2, 2.7, 2.7]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    d.add_paragraph(TM.TABLE_NOTE).runs[0].font.size = Pt(9)
    heading(d, TM.ORAUX_TITRE, color="000000")
    for l in TM.ORAUX:
        d.add_paragraph(l, style="List Number")
    heading(d, "DOSSIERS – CONTRÔLE DE CONFORMITÉ", color="000000")
    for l in TM.DOSSIERS:
        d.add_paragraph(l)
    heading(d, TM.CENTRES_TITRE, color="000000")
    for nom, adr, ville in TM.CENTRES:
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(7))
        r = p.add_run(nom); r.bold = True
        p.add_run("\t" + adr)
        p = d.add_paragraph("\t" + ville); p.paragraph_format.tab_stops.add_tab_stop(Cm(7))
    d.add_paragraph(TM.CENTRES_NOTE).runs[0].italic = True
    for l in TM.FIN:
        d.add_paragraph(l)
    for l in TM.SIGNATURE:
        p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.add_run(l); p.paragraph_format.space_after = Pt(0)
    out = TMP / "circulaire_mco_2028_martinique.docx"
    d.save(out)
    return out


# ---------------------------------------------------------------- note nationale NDRC (DOCX)
def build_ndrc():
    d = base_doc(font="Marianne" if False else "Arial", size=10)
    s = d.sections[0]
    hp = s.header.paragraphs[0]; r = hp.add_run(TN.NUMERO); r.font.size = Pt(8); r.italic = True
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; fp.add_run("Page ").font.size = Pt(8); page_field(fp)
    for i, l in enumerate(TN.ENTETE_GAUCHE):
        p = d.add_paragraph(); r = p.add_run(l); r.bold = i < 2; r.font.size = Pt(9); p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run(TN.NUMERO); r.bold = True
    p = d.add_paragraph(); r = p.add_run(TN.TITRE); r.bold = True; r.font.size = Pt(13)
    d.add_paragraph(TN.DEST).runs[0].font.size = Pt(9)
    for l in TN.REFS:
        d.add_paragraph(l).runs[0].font.size = Pt(9)
    d.add_paragraph(TN.INTRO)
    d.add_paragraph("L'examen comprend les épreuves suivantes :")
    for l in TN.LISTE:
        d.add_paragraph(l, style="List Bullet")
    landscape(d)
    heading(d, TN.JOURS_TITRE, size=12)
    t = d.add_table(rows=1, cols=len(TN.JOURS) + 1); t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], ["Créneau"], bold_first=True); shade(t.rows[0].cells[0], "C9D9F0")
    for c, j in zip(t.rows[0].cells[1:], TN.JOURS):
        cell_text(c, [j], bold_first=True, size=10); shade(c, "C9D9F0")
    for lib, vals in TN.LIGNES:
        cells = t.add_row().cells
        cell_text(cells[0], [lib], bold_first=True)
        for c, v in zip(cells[1:], vals):
            cell_text(c, v.split("\n"), bold_first=True, size=10)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    col = t.columns[4]
    for c in col.cells[1:]:
        shade(c, "E7E6E6")
    for l in TN.TERRITOIRES_NOTE:
        d.add_paragraph(l, style="List Bullet").runs[0].font.size = Pt(9)
    heading(d, TN.FENETRES_TITRE, size=12)
    ft = d.add_table(rows=1, cols=3); ft.style = "Table Grid"
    for c, txt in zip(ft.rows[0].cells, TN.FENETRES_ENTETE):
        cell_text(c, [txt], bold_first=True); shade(c, "C9D9F0")
    for row in TN.FENETRES:
        cells = ft.add_row().cells
        for c, txt in zip(cells, row):
            cell_text(c, [txt])
    for l in TN.FENETRES_NOTE:
        d.add_paragraph(l)
    portrait(d)
    heading(d, TN.REGROUP_TITRE, size=12)
    rt = d.add_table(rows=1, cols=4); rt.style = "Table Grid"
    for c, txt in zip(rt.rows[0].cells, TN.REGROUP_ENTETE + ["Coordination"]):
        cell_text(c, [txt], bold_first=True); shade(c, "C9D9F0")
    repeat_header(rt.rows[0])
    for pil, rat, suj in TN.REGROUP:
        cells = rt.add_row().cells
        cell_text(cells[0], [pil], bold_first=True); cell_text(cells[1], [rat]); cell_text(cells[2], [suj])
        cell_text(cells[3], [f"Division des examens et concours de l'académie de {pil}",
                             "Commission d'entente : date fixée par l'académie pilote",
                             "Banque de sujets E4 / E6 : dépôt sur la plateforme nationale",
                             "Correspondant : chef(fe) du bureau des BTS"], size=8)
    d.add_paragraph()
    for l in TN.SIGNATURE:
        p = d.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.add_run(l); p.paragraph_format.space_after = Pt(0)
    out = ICI / "note_nationale_ndrc_2026.docx"
    d.save(out)
    return out


# ---------------------------------------------------------------- LibreOffice
def soffice(args, outdir):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"] + args + ["--outdir", str(outdir)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- scans
def flatbed_scan(pdf, out, dpi=200, seed=7):
    from PIL import Image, ImageFilter
    import numpy as np
    rnd = random.Random(seed); rng = np.random.default_rng(seed)
    pref = TMP / (Path(out).stem + "_p")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(pref)], check=True)
    pages = []
    for f in sorted(glob.glob(str(pref) + "*.png")):
        im = Image.open(f).convert("L")
        im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 9, a.shape)           # grisé + bruit de capteur
        a[:, :12] = 60                                          # bord sombre du capot
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)


def phone_photo(pdf, out, seed=11):
    from PIL import Image, ImageFilter, ImageDraw
    import numpy as np, io
    rng = np.random.default_rng(seed)
    pref = TMP / (Path(out).stem + "_p")
    subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(pref)], check=True)
    pages = []
    for i, f in enumerate(sorted(glob.glob(str(pref) + "*.png"))):
        src = Image.open(f).convert("RGB")
        w, h = src.size
        W, H = int(w * 1.18), int(h * 1.3)
        bg = Image.new("RGB", (W, H), (92, 74, 58))              # table en bois
        # perspective : coins du document dans la photo
        j = lambda s: float(rng.uniform(-s, s))
        dst = [(60 + j(15), 70 + j(10)), (W - 90 + j(15), 40 + j(10)),
               (W - 40 + j(15), H - 60 + j(10)), (30 + j(15), H - 100 + j(10))]
        # coefficients pour transform(PERSPECTIVE) : de la sortie vers la source
        import numpy.linalg as la
        srcpts = [(0, 0), (w, 0), (w, h), (0, h)]
        A, B = [], []
        for (x, y), (u, v) in zip(dst, srcpts):
            A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
            A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
        coef = la.solve(np.array(A), np.array(B))
        warped = src.transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC, fillcolor=(0, 0, 0))
        mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC, fillcolor=0)
        bg.paste(warped, (0, 0), mask)
        a = np.asarray(bg).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        light = 1.05 - 0.35 * (xx / W) * (yy / H) - 0.1 * ((yy / H) - 0.3) ** 2   # ombre portée / vignettage
        a = a * light[..., None] + rng.normal(0, 4, a.shape)
        a[..., 2] *= 0.93                                         # dominante chaude
        im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=55); buf.seek(0)
        pages.append(Image.open(buf).convert("RGB"))
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=110)


# ---------------------------------------------------------------- main
def main():
    if TMP.exists():
        shutil.rmtree(TMP)
    TMP.mkdir(parents=True)
    amiens = build_amiens()
    bes = build_besancon()
    cre = build_creteil()
    mq = build_martinique()
    nd = build_ndrc()
    # DOCX -> PDF (Amiens, NDRC) ; DOCX Martinique -> ODT ; HTML -> PDF
    soffice(["--convert-to", "pdf:writer_pdf_Export", str(amiens), str(nd)], ICI)
    soffice(["--convert-to", "odt", str(mq)], ICI)
    soffice(["--convert-to", "pdf:writer_web_pdf_Export", str(bes)], ICI)
    soffice(["--convert-to", "pdf:writer_pdf_Export", str(ICI / "circulaire_mco_2028_martinique.odt")], ICI)
    flatbed_scan(ICI / "circulaire_batiment_2028_amiens.pdf", ICI / "circulaire_batiment_2028_amiens_scan.pdf")
    phone_photo(cre, ICI / "circulaire_tourisme_2026_creteil_scan.pdf")
    for f in sorted(ICI.glob("*")):
        if f.suffix in (".pdf", ".docx", ".odt", ".html"):
            print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
