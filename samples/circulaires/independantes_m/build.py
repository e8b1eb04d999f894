#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Construit le corpus independantes_m à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Produit DOCX (python-docx), PDF (LibreOffice ou reportlab), HTML, ODT et deux PDF-images (scans).
N'importe aucun module du projet.
"""
import html
import os
import random
import shutil
import subprocess
import sys
import tempfile

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
sys.dont_write_bytecode = True
sys.path.insert(0, ICI)
import textes_dijon as TD  # noqa: E402
import textes_guyane as TG  # noqa: E402
import textes_montpellier as TM  # noqa: E402
import textes_national as TN  # noqa: E402
import textes_nice as TC  # noqa: E402

LO_PROFILE = "file:///tmp/lo_independantes_m"
random.seed(20260203)
np.random.seed(20260203)


def out(name):
    return os.path.join(ICI, name)


# --------------------------------------------------------------------------- LibreOffice
def soffice(args, cwd):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"] + args
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def lo_convert(src, fmt, infilter=None):
    """Convertit src (dans ICI) vers fmt, écrit à côté ; passe par un dossier temporaire."""
    tmp = tempfile.mkdtemp(prefix="m_lo_", dir="/tmp")
    args = []
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", fmt, "--outdir", tmp, src]
    soffice(args, ICI)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    produced = os.path.join(tmp, base + "." + ext)
    if not os.path.exists(produced):
        raise SystemExit(f"conversion échouée : {src} -> {fmt}")
    shutil.move(produced, out(base + "." + ext))
    shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- python-docx helpers
def set_cell_bg(cell, hexcolor):
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


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def set_widths(table, widths):
    """Largeurs réelles : grille du tableau + largeur de chaque cellule (LibreOffice lit la grille)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def page_field(paragraph):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def base_document(font="Marianne"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    return doc


def heading(doc, text, size=11, color="1F3864"):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    return p


# --------------------------------------------------------------------------- Montpellier (DOCX -> PDF, ODT)
def build_montpellier():
    T = TM
    doc = base_document()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(" | ".join(T.ENTETE))
    r.font.size = Pt(8)
    r.bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    rr = fp.add_run(T.PIED + "   –   page ")
    rr.font.size = Pt(7)
    page_field(fp)

    # bloc expéditeur + lieu/date aligné à droite par tabulation
    for i, line in enumerate(T.EXPEDITEUR):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        run = p.add_run(line)
        run.font.size = Pt(8.5)
        if i == 0:
            run.bold = True
            p.add_run("\t" + T.LIEU_DATE)
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(8.5)
    p.paragraph_format.space_before = Pt(12)
    p.add_run(T.DESTINATAIRES).font.size = Pt(9.5)

    p = doc.add_paragraph()
    p.add_run("Objet : ").bold = True
    p.add_run(T.OBJET)
    p = doc.add_paragraph()
    p.add_run("Références : ").bold = True
    p.add_run(T.REFERENCES)
    doc.add_paragraph(T.INTRO)

    heading(doc, T.TITRE_ECRITS)
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(tbl.rows[0].cells, ["Date", "Épreuve", "Intitulé", "Début", "Fin", "Observations"]):
        cell_text(c, h, bold=True)
        set_cell_bg(c, "D9E2F3")
    repeat_header(tbl.rows[0])
    prev = None
    for date, code, intit, deb, fin, obs in T.ECRITS:
        row = tbl.add_row()
        cells = row.cells
        if date == prev:
            top = tbl.rows[len(tbl.rows) - 2].cells[0]
            top.merge(cells[0])
        else:
            cell_text(cells[0], date, bold=True)
        prev = date
        for c, v in zip(cells[1:], [code, intit, deb, fin, obs]):
            cell_text(c, v)
    set_widths(tbl, [Cm(3.0), Cm(1.4), Cm(5.6), Cm(1.7), Cm(1.7), Cm(3.6)])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Centres d'épreuves écrites").bold = True
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Centre", "Adresse", "Code postal – Ville"]):
        cell_text(c, h, bold=True)
        set_cell_bg(c, "EDEDED")
    for nom, adr, ville in T.CENTRES_ECRIT:
        cs = t2.add_row().cells
        cell_text(cs[0], nom)
        cell_text(cs[1], adr)
        cell_text(cs[2], ville)
    set_widths(t2, [Cm(4.5), Cm(7.0), Cm(5.5)])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run(T.NOTE_FERIES)
    r.italic = True
    r.font.size = Pt(9)

    heading(doc, T.TITRE_ORAUX)
    doc.add_paragraph(T.TITRE_E5).runs[0].italic = True
    for titre, texte in T.ORAUX:
        p = doc.add_paragraph(style="List Number")
        p.add_run(titre).bold = True
        p.add_run(texte)

    heading(doc, T.TITRE_CAL)
    for item in T.CALENDRIER:
        doc.add_paragraph(item, style="List Bullet")

    heading(doc, T.TITRE_ETAB, size=10)
    t3 = doc.add_table(rows=1, cols=3)
    t3.style = "Light Grid Accent 1"
    for c, h in zip(t3.rows[0].cells, ["Établissement", "Ville", "Statut"]):
        cell_text(c, h, bold=True)
    for row in T.ETABLISSEMENTS:
        for c, v in zip(t3.add_row().cells, row):
            cell_text(c, v)
    set_widths(t3, [Cm(7.0), Cm(5.0), Cm(5.0)])

    doc.add_paragraph()
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    heading(doc, T.ANNEXE_TITRE)
    for line in T.ANNEXE:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(14)
    s2.footer.is_linked_to_previous = True

    path = out(T.STEM + ".docx")
    doc.save(path)
    lo_convert(T.STEM + ".docx", "pdf")
    lo_convert(T.STEM + ".docx", "odt")


# --------------------------------------------------------------------------- Nice (DOCX landscape section -> PDF -> scan)
def build_nice():
    T = TC
    doc = base_document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Académie de Nice – DEC 2 – BTS CI session 2027"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Rectorat de l'académie de Nice – 53, avenue Cap de Croix – 06181 Nice Cedex 2 – ").font.size = Pt(7)
    page_field(fp)

    lettre = doc.add_table(rows=1, cols=2)
    no_borders(lettre)
    set_widths(lettre, [Cm(8.5), Cm(8.5)])
    g, d = lettre.rows[0].cells
    cell_text(g, "\n".join(T.GAUCHE), size=8.5)
    g.paragraphs[0].runs[0].bold = True
    cell_text(d, "\n".join(T.DROITE), size=9.5)
    doc.add_paragraph()
    doc.add_paragraph().add_run(T.OBJET).bold = True
    for ref in T.REFS:
        p = doc.add_paragraph(ref)
        p.paragraph_format.space_after = Pt(0)
        p.runs[0].font.size = Pt(9)
    doc.add_paragraph()
    doc.add_paragraph(T.INTRO)
    heading(doc, T.T1)
    doc.add_paragraph(T.T1_NOTE)
    p = doc.add_paragraph()
    p.add_run(T.CENTRES_ECRIT_T).bold = True
    tc = doc.add_table(rows=1, cols=3)
    tc.style = "Table Grid"
    for c, h in zip(tc.rows[0].cells, ["Établissement", "Adresse / code postal", "Commune"]):
        cell_text(c, h, bold=True)
    for row in T.CENTRES_ECRIT:
        for c, v in zip(tc.add_row().cells, row):
            cell_text(c, v)
    set_widths(tc, [Cm(5), Cm(7.5), Cm(4.5)])

    # section paysage : calendrier, jours en colonnes
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    heading(doc, "Calendrier des épreuves écrites – semaine du 10 mai 2027", size=12)
    cal = doc.add_table(rows=1, cols=1 + len(T.JOURS))
    cal.style = "Table Grid"
    cell_text(cal.rows[0].cells[0], "", bold=True)
    for c, j in zip(cal.rows[0].cells[1:], T.JOURS):
        cell_text(c, j, bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_bg(c, "FCE4D6")
    for creneau, contenus in T.CRENEAUX:
        cs = cal.add_row().cells
        cell_text(cs[0], creneau, bold=True, size=11)
        for c, v in zip(cs[1:], contenus):
            cell_text(c, v, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(cal, [Cm(4)] + [Cm(10.5)] * len(T.JOURS))
    doc.add_paragraph()
    for n in T.NOTES_BAS:
        p = doc.add_paragraph(n)
        p.runs[0].font.size = Pt(8)
        p.paragraph_format.space_after = Pt(0)

    # retour en portrait
    por = doc.add_section(WD_SECTION.NEW_PAGE)
    por.orientation = WD_ORIENT.PORTRAIT
    por.page_width, por.page_height = Cm(21), Cm(29.7)
    heading(doc, T.T2)
    for o in T.ORAUX:
        doc.add_paragraph(o, style="List Number")
    p = doc.add_paragraph(T.ORAUX_NOTE)
    p.runs[0].italic = True
    heading(doc, T.T3)
    to = doc.add_table(rows=1, cols=4)
    to.style = "Table Grid"
    for c, h in zip(to.rows[0].cells, T.OPERATIONS_ENTETE):
        cell_text(c, h, bold=True)
        set_cell_bg(c, "E2EFD9")
    for row in T.OPERATIONS:
        for c, v in zip(to.add_row().cells, row):
            cell_text(c, v)
    set_widths(to, [Cm(6.0), Cm(3.0), Cm(2.5), Cm(5.5)])
    p = doc.add_paragraph(T.NOTE_3)
    p.runs[0].font.size = Pt(8)
    heading(doc, T.T4)
    doc.add_paragraph(T.T4_NOTE)
    ta = doc.add_table(rows=1, cols=4)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, T.AFFECT_ENTETE):
        cell_text(c, h, bold=True)
        set_cell_bg(c, "D9D9D9")
    repeat_header(ta.rows[0])
    for row in T.AFFECTATIONS:
        for c, v in zip(ta.add_row().cells, row):
            cell_text(c, v, size=9.5)
    set_widths(ta, [Cm(6.5), Cm(3.5), Cm(3.5), Cm(3.5)])
    doc.add_paragraph()
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
    doc.save(out(T.STEM + ".docx"))
    lo_convert(T.STEM + ".docx", "pdf")


# --------------------------------------------------------------------------- Dijon (reportlab PDF + HTML)
def build_dijon():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, HRFlowable
    from reportlab.lib import colors

    T = TD
    base = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
    bold = ParagraphStyle("bb", parent=base, fontName="Helvetica-Bold")
    quote = ParagraphStyle("q", parent=base, leftIndent=0.6 * cm, textColor=colors.HexColor("#333333"))
    qbold = ParagraphStyle("qb", parent=quote, fontName="Helvetica-Bold", spaceBefore=4)
    qli = ParagraphStyle("ql", parent=quote, leftIndent=1.2 * cm, bulletIndent=0.8 * cm, spaceAfter=2)
    qpre = ParagraphStyle("qp", parent=quote, fontName="Courier", fontSize=8.5, leftIndent=1.2 * cm, spaceAfter=1)

    def e(s):
        return html.escape(s)

    def header_table(rows):
        data = [[Paragraph(f"<b>{e(k)}</b>", base), Paragraph(e(v), base)] for k, v in rows]
        t = Table(data, colWidths=[2.3 * cm, 14.5 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
        return t

    story = [Paragraph(f"<b>{e(T.RECENT['objet'])}</b>", ParagraphStyle("t", parent=base, fontSize=12, leading=15)),
             header_table([("De :", T.RECENT["de"]), ("Date :", T.RECENT["date"]), ("Pour :", T.RECENT["pour"]),
                           ("Cc :", T.RECENT["cc"])]),
             HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=4, spaceAfter=8)]
    for line in T.RECENT["corps"]:
        story.append(Paragraph(e(line), base))
    story.append(Spacer(1, 10))
    A = T.ANCIEN
    story.append(Paragraph(e(A["separateur"]), quote))
    for k, v in [("Objet :", A["objet"]), ("Date :", A["date"]), ("De :", A["de"]), ("Pour :", A["pour"])]:
        story.append(Paragraph(f"<b>{e(k)}</b> {e(v)}", quote))
    story.append(Spacer(1, 6))
    for kind, text in A["corps"]:
        if kind == "h":
            story.append(Paragraph(e(text), qbold))
        elif kind == "li":
            story.append(Paragraph(e(text), qli, bulletText="-"))
        elif kind == "pre":
            story.append(Paragraph(e(text), qpre))
        else:
            story.append(Paragraph(e(text), quote))

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(1.5 * cm, A4[1] - 1.0 * cm, T.IMPRESSION)
        canvas.drawRightString(A4[0] - 1.5 * cm, A4[1] - 1.0 * cm, T.BANDEAU)
        canvas.drawString(1.5 * cm, 0.9 * cm, "https://messagerie.ac-dijon.fr/zimbra/h/printmessage?id=48213")
        canvas.drawRightString(A4[0] - 1.5 * cm, 0.9 * cm, f"{doc.page}")
        canvas.restoreState()

    pdf = SimpleDocTemplate(out(T.STEM + ".pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.6 * cm, title=T.RECENT["objet"])
    pdf.build(story, onFirstPage=deco, onLaterPages=deco)

    # version HTML (page enregistrée depuis le webmail)
    h = ["<!DOCTYPE html>", "<html lang='fr'><head><meta charset='utf-8'>",
         f"<title>{e(T.RECENT['objet'])}</title>",
         "<style>body{font-family:Arial,sans-serif;font-size:13px;max-width:820px;margin:20px auto}"
         "table.h td{padding:1px 8px 1px 0;vertical-align:top}blockquote{border-left:2px solid #1a5fb4;"
         "margin:12px 0;padding-left:12px;color:#333}h4{margin:10px 0 4px}pre{margin:0}</style></head><body>",
         f"<div class='zbar'>{e(T.BANDEAU)}</div>", f"<h2>{e(T.RECENT['objet'])}</h2>", "<table class='h'>"]
    for k, v in [("De :", T.RECENT["de"]), ("Date :", T.RECENT["date"]), ("Pour :", T.RECENT["pour"]),
                 ("Cc :", T.RECENT["cc"])]:
        h.append(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>")
    h.append("</table><hr>")
    for line in T.RECENT["corps"]:
        h.append(f"<p>{e(line)}</p>")
    h.append("<blockquote>")
    h.append(f"<p>{e(A['separateur'])}<br><b>Objet :</b> {e(A['objet'])}<br><b>Date :</b> {e(A['date'])}<br>"
             f"<b>De :</b> {e(A['de'])}<br><b>Pour :</b> {e(A['pour'])}</p>")
    inlist = False
    for kind, text in A["corps"]:
        if kind == "li" and not inlist:
            h.append("<ul>")
            inlist = True
        if kind != "li" and inlist:
            h.append("</ul>")
            inlist = False
        tag = {"h": "h4", "li": "li", "pre": "pre", "p": "p"}[kind]
        h.append(f"<{tag}>{e(text)}</{tag}>")
    h.append("</blockquote></body></html>")
    with open(out(T.STEM + ".html"), "w", encoding="utf-8") as f:
        f.write("\n".join(h))


# --------------------------------------------------------------------------- Guyane (HTML -> ODT -> PDF)
def build_guyane():
    T = TG
    e = html.escape
    h = ["<!DOCTYPE html>", "<html lang='fr'><head><meta charset='utf-8'>", f"<title>{e(T.OBJET)}</title>",
         "<style>body{font-family:'Liberation Sans',Arial;font-size:10.5pt}"
         ".bloc{border:1px solid #777;margin:8px 0;padding:4px 8px}"
         ".bloc p{margin:1px 0}.ent{color:#003366;font-weight:bold}</style></head><body>"]
    for i, line in enumerate(T.ENTETE):
        h.append(f"<p class='ent'>{e(line)}</p>" if i < 2 else f"<p><small>{e(line)}</small></p>")
    h.append(f"<p align='right'>{e(T.LIEU_DATE)}</p>")
    h.append(f"<p><b>Objet :</b> {e(T.OBJET)}</p>")
    h.append(f"<p><b>Réf. :</b> {e(T.REFS)}</p>")
    h.append(f"<p><b><i>{e(T.AVERTISSEMENT)}</i></b></p>")
    h.append("<h3>A. Épreuves</h3>")
    for bloc in T.BLOCS_EPREUVES:
        h.append("<div class='bloc'>")
        for k, v in bloc:
            h.append(f"<p><b>{e(k)} :</b> {e(v)}</p>")
        h.append("</div>")
    h.append("<h3>B. Dossiers, réunions, jury et résultats</h3>")
    for bloc in T.BLOCS_OPERATIONS:
        h.append("<div class='bloc'>")
        for k, v in bloc:
            h.append(f"<p><b>{e(k)} :</b> {e(v)}</p>")
        h.append("</div>")
    h.append(f"<p><i>{e(T.FERIES)}</i></p>")
    h.append(f"<h3>C. {e(T.ETABLISSEMENTS_T)}</h3><ul>")
    for et in T.ETABLISSEMENTS:
        h.append(f"<li>{e(et)}</li>")
    h.append("</ul><p>&nbsp;</p>")
    for line in T.SIGNATURE:
        h.append(f"<p align='right'>{e(line)}</p>")
    h.append("</body></html>")
    with open(out(T.STEM + ".html"), "w", encoding="utf-8") as f:
        f.write("\n".join(h))
    lo_convert(T.STEM + ".html", "odt:writer8", infilter="HTML (StarWriter)")
    lo_convert(T.STEM + ".odt", "pdf")


# --------------------------------------------------------------------------- National (reportlab, paysage pour le tableau)
def build_national():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle, ListFlowable, ListItem)

    T = TN
    e = html.escape
    st = ParagraphStyle("n", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=5)
    sm = ParagraphStyle("s", parent=st, fontSize=8.5, leading=10.5, spaceAfter=2)
    hd = ParagraphStyle("h", parent=st, fontName="Times-Bold", fontSize=11.5, spaceBefore=8)
    cellst = ParagraphStyle("c", parent=st, fontSize=9, leading=11, spaceAfter=0)

    story = []
    for i, line in enumerate(T.ENTETE):
        story.append(Paragraph(f"<b>{e(line)}</b>" if i == 0 else e(line), sm))
    story.append(Paragraph(e(T.LIEU_DATE), ParagraphStyle("r", parent=st, alignment=2, spaceBefore=8)))
    story.append(Paragraph(e(T.DESTINATAIRES), ParagraphStyle("d", parent=st, leftIndent=8 * cm)))
    story.append(Paragraph(f"<b>{e(T.TITRE)}</b>", ParagraphStyle("t", parent=st, fontSize=13, alignment=1,
                                                                  spaceBefore=10, spaceAfter=10)))
    story.append(Paragraph(e(T.OBJET), st))
    story.append(Paragraph(e(T.REFS), sm))
    story.append(Paragraph(e(T.RAPPEL), st))
    story.append(Paragraph(e(T.T1), hd))
    story.append(Paragraph(e(T.T1_INTRO), st))
    story.append(NextPageTemplate("paysage"))
    story.append(PageBreak())
    story.append(Paragraph(e(T.T1) + " – calendrier par territoire", hd))
    data = [[Paragraph(f"<b>{e(x)}</b>", cellst) for x in T.TABLE_ENTETE]]
    for row in T.TABLE:
        data.append([Paragraph(e(x), cellst) for x in row])
    tb = Table(data, colWidths=[1.8 * cm, 5.9 * cm, 3.6 * cm, 2.0 * cm, 1.5 * cm, 2.0 * cm, 2.0 * cm,
                                2.0 * cm, 2.0 * cm, 3.0 * cm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                            ("BACKGROUND", (3, 1), (3, -1), colors.HexColor("#F2F2F2")),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(tb)
    story.append(Spacer(1, 8))
    for n in T.NOTES_TABLE:
        story.append(Paragraph(e(n), sm))
    story.append(NextPageTemplate("portrait"))
    story.append(PageBreak())
    story.append(Paragraph(e(T.T2), hd))
    story.append(ListFlowable([ListItem(Paragraph(e(x), st), leftIndent=12) for x in T.ORAUX],
                              bulletType="bullet", start="–"))
    story.append(Paragraph(e(T.T3), hd))
    story.append(ListFlowable([ListItem(Paragraph(e(x), st)) for x in T.REUNIONS], bulletType="1"))
    story.append(Paragraph(e(T.T4), hd))
    for x in T.RESULTATS:
        story.append(Paragraph(e(x), st))
    story.append(Spacer(1, 20))
    for line in T.SIGNATURE:
        story.append(Paragraph(e(line), ParagraphStyle("sg", parent=st, leftIndent=9 * cm, spaceAfter=0)))

    def foot(canvas, doc):
        canvas.saveState()
        canvas.setFont("Times-Italic", 8)
        w = canvas._pagesize[0]
        canvas.drawCentredString(w / 2, 1.0 * cm, f"Note de service BTS MS – session 2028 – page {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(out(T.STEM + ".pdf"), pagesize=A4, title=T.TITRE)
    pw, ph = A4
    lw, lh = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(2.2 * cm, 2 * cm, pw - 4.4 * cm, ph - 4 * cm)], onPage=foot, pagesize=A4),
        PageTemplate("paysage", [Frame(1.5 * cm, 1.8 * cm, lw - 3 * cm, lh - 3.6 * cm)], onPage=foot,
                     pagesize=landscape(A4)),
    ])
    doc.build(story)


# --------------------------------------------------------------------------- scans
def raster(pdf, dpi, gray=True):
    tmp = tempfile.mkdtemp(prefix="m_scan_", dir="/tmp")
    args = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + ["-png", pdf, os.path.join(tmp, "p")]
    subprocess.run(args, check=True)
    pages = [Image.open(os.path.join(tmp, f)).copy() for f in sorted(os.listdir(tmp))]
    shutil.rmtree(tmp, ignore_errors=True)
    return pages


def flatbed_fax(src_pdf, dst_pdf, dpi=200):
    """Scan à plat 200 dpi, gris, aspect télécopie : légère rotation, bruit, points, contraste dur."""
    outp = []
    for i, im in enumerate(raster(src_pdf, dpi)):
        im = im.convert("L")
        angle = random.choice([-1, 1]) * random.uniform(0.4, 0.9)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = (a - 128) * 1.35 + 140  # contraste « fax »
        a += np.random.normal(0, 14, a.shape)
        specks = np.random.random(a.shape) < 0.0009
        a[specks] = 30
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.45))
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, im.width, 18], fill=200)  # bande d'entraînement
        outp.append(im)
    outp[0].save(dst_pdf, "PDF", resolution=dpi, save_all=True, append_images=outp[1:])


def _coeffs(src, dst):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone_photo(src_pdf, dst_pdf, dpi=150):
    """Photo au téléphone : perspective, ombre, fond, couleur chaude, JPEG."""
    outp = []
    for im in raster(src_pdf, dpi, gray=False):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.12), int(h * 1.10)
        bg = np.zeros((H, W, 3), np.float32)
        bg[...] = (92, 74, 58)
        bg += np.random.normal(0, 6, bg.shape)
        canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
        ox, oy = (W - w) // 2, (H - h) // 2
        j = lambda: random.uniform(-0.025, 0.025)
        dst = [(ox + w * (0.03 + j()), oy + h * (0.02 + j())), (ox + w * (0.97 + j()), oy + h * (0.045 + j())),
               (ox + w * (1.0 + j()), oy + h * (0.99 + j())), (ox + w * (0.0 + j()), oy + h * (0.965 + j()))]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        coeffs = _coeffs(src, dst)
        page = im.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
        mask = Image.new("L", im.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        canvas.paste(page, (0, 0), mask)
        a = np.asarray(canvas).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        shade = 0.62 + 0.38 * (xx / W) * 0.6 + 0.38 * (1 - yy / H) * 0.4
        shade -= 0.12 * np.exp(-(((xx - W * 0.3) / (W * 0.25)) ** 2 + ((yy - H * 0.7) / (H * 0.2)) ** 2))
        a *= shade[..., None]
        a[..., 0] *= 1.04
        a[..., 2] *= 0.9
        a += np.random.normal(0, 4, a.shape)
        canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        tmp = tempfile.NamedTemporaryFile(suffix=".jpg", dir="/tmp", delete=False).name
        canvas.save(tmp, "JPEG", quality=58)
        outp.append(Image.open(tmp).copy())
        os.unlink(tmp)
    outp[0].save(dst_pdf, "PDF", resolution=dpi, save_all=True, append_images=outp[1:])


def main():
    build_montpellier()
    build_nice()
    build_dijon()
    build_guyane()
    build_national()
    flatbed_fax(out(TC.STEM + ".pdf"), out(TC.STEM + "_scan.pdf"), dpi=200)
    phone_photo(out(TN.STEM + ".pdf"), out(TN.STEM + "_scan.pdf"), dpi=150)
    print("ok")


if __name__ == "__main__":
    main()
