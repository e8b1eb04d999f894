#!/usr/bin/env python3
"""Build the independantes_as corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (and a private LibreOffice profile / temp files in /tmp)."""
import html, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

import textes_lille as TL
import textes_aix as TA
import textes_rennes as TR
import textes_bordeaux as TB

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_as"
random.seed(11)


def soffice_pdf(src):
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", out, src], check=True, capture_output=True)
    pdf = os.path.join(out, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(pdf, os.path.splitext(src)[0] + ".pdf")


def base_doc(font="Liberation Serif", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(2)
    return doc


def set_columns(section, num, space_cm=1.0, sep=True):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), str(int(space_cm * 567)))
    cols.set(qn("w:sep"), "1" if sep and num > 1 else "0")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9.5):
    cell.text = ""
    par = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        r = par.add_run(line); r.bold = bold; r.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            r.add_break()


def para(doc, text, bold=False, size=None, align=None, before=0, after=4, color=None, italic=False):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align is not None: p.alignment = align
    p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    return p


# ------------------------------------------------ A. Lille CG 2027: Word newspaper columns, one per académie
def build_lille():
    doc = base_doc()
    for i, line in enumerate(TL.EN_TETE):
        para(doc, line, bold=i < 2, size=10 if i < 2 else 8.5, after=0)
    para(doc, TL.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, before=8)
    para(doc, TL.DESTINATAIRES, italic=True, size=9.5, before=6)
    para(doc, TL.OBJET, bold=True, before=6)
    para(doc, TL.REFS, size=9)
    for t in TL.INTRO:
        para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, TL.T1, bold=True, color="1F3864", before=8)
    tab = doc.add_table(rows=1, cols=4); tab.style = "Table Grid"
    for c, t in zip(tab.rows[0].cells, TL.ECRITS_ENTETE):
        cell_text(c, t, bold=True); shade(c, "D9E2F3")
    for row in TL.ECRITS:
        cells = tab.add_row().cells
        for c, t in zip(cells, row):
            cell_text(c, t)
    for row in tab.rows:
        for c, w in zip(row.cells, (3.6, 2.4, 9.0, 1.6)):
            c.width = Cm(w)
    para(doc, TL.ECRITS_NOTE, size=9, italic=True, before=4)
    # new-page section with two newspaper columns: left = Lille, right = Amiens
    doc.add_section(WD_SECTION.NEW_PAGE)
    para(doc, TL.T2, bold=True, color="1F3864", before=0)
    set_columns(doc.sections[-1], 2, 0.9, sep=True)
    for k, (titre, blocs) in enumerate(TL.COLONNES):
        p = para(doc, titre, bold=True, size=11.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, color="C00000")
        for kind, text in blocs:
            if kind == "h":
                para(doc, text, bold=True, size=9.5, before=5, after=1)
            elif kind == "p":
                para(doc, text, size=9.5, after=2)
            else:
                p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(0.4); p.paragraph_format.space_after = Pt(3)
                lines = text.split("\n")
                for i, line in enumerate(lines):
                    r = p.add_run(line); r.font.size = Pt(9); r.bold = i == 0
                    if i < len(lines) - 1:
                        r.add_break()
        if k == 0:
            brk = doc.add_paragraph(); brk.add_run().add_break(WD_BREAK.COLUMN)
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(doc.sections[-1], 1)
    para(doc, TL.T3, bold=True, color="1F3864", before=10)
    for t in TL.FIN:
        para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for i, t in enumerate(TL.SIGNATURE):
        para(doc, t, align=WD_ALIGN_PARAGRAPH.RIGHT, before=10 if i == 0 else 0, after=0, bold=i == 2)
    out = P("circulaire_cg_2027_lille.docx"); doc.save(out); soffice_pdf(out)


# ------------------------------------------------ B. Aix GPME 2026: HTML, CSS multi-column (one académie per column)
def build_aix():
    e = html.escape
    rows = "".join(f"<tr><td>{e(d)}</td><td class='h'>{e(h)}</td><td><b>{e(c)}</b></td><td>{e(t)}</td></tr>" for d, h, c, t in TA.ECRITS)
    cols = []
    for nom, items, centres in TA.ACADEMIES:
        its = "".join(f"<p><span class='lab'>{e(l)}</span><br>{e(v)}</p>" for l, v in items)
        cts = "".join(f"<li><b>{e(n)}</b><br>{e(a)}<br>{e(v)}</li>" for n, a, v in centres)
        cols.append(f"<section class='aca'><h3>Académie {'de ' + e(nom) if nom != 'Aix-Marseille' else 'd’Aix-Marseille'}</h3>"
                    f"{its}<p class='lab'>Centres d'examen</p><ul>{cts}</ul></section>")
    fin = "".join(f"<li>{e(t)}</li>" for t in TA.FIN)
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TA.TITRE)}</title>
<style>
 @page {{ size: A4; margin: 16mm 15mm; }}
 body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #222; }}
 header {{ border-bottom: 3px solid #6a1b9a; padding-bottom: 4px; margin-bottom: 10px; }}
 header p {{ margin: 0; font-size: 8.5pt; }}
 h1 {{ font-size: 15pt; color: #6a1b9a; margin: 10px 0 0; }} h2 {{ font-size: 11.5pt; margin: 14px 0 6px; color: #4a148c; }}
 .date {{ text-align: right; font-style: italic; }}
 table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #999; padding: 3px 6px; font-size: 9.5pt; }}
 th {{ background: #ede7f6; }} td.h {{ white-space: nowrap; }}
 .troiscol {{ column-count: 3; column-gap: 7mm; column-rule: 1px dashed #6a1b9a; }}
 .aca {{ break-before: column; }} .aca:first-child {{ break-before: auto; }}
 .aca h3 {{ font-size: 10.5pt; background: #6a1b9a; color: #fff; padding: 3px 5px; margin: 0 0 6px; }}
 .aca p {{ margin: 0 0 6px; font-size: 9pt; }} .lab {{ font-weight: bold; color: #4a148c; }}
 .aca ul {{ padding-left: 14px; margin: 2px 0; font-size: 9pt; }} .aca li {{ margin-bottom: 5px; }}
 .note {{ font-size: 8.5pt; font-style: italic; }}
</style></head><body>
<header>{''.join(f'<p>{e(l)}</p>' for l in TA.EMETTEUR)}</header>
<p class="date">{e(TA.DATE)}</p><p>{e(TA.REF)}</p>
<h1>{e(TA.TITRE)}</h1><p><b>{e(TA.SOUS_TITRE)}</b></p>
{''.join(f'<p>{e(t)}</p>' for t in TA.INTRO)}
<h2>1. Épreuves écrites communes au groupement</h2>
<table><tr><th>Date</th><th>Horaire</th><th>Épreuve</th><th>Intitulé</th></tr>{rows}</table>
<p class="note">{e(TA.ECRITS_NOTE)}</p>
<h2>2. Organisation propre à chaque académie</h2>
<div class="troiscol">{''.join(cols)}</div>
<h2>3. Fin de session</h2><ul>{fin}</ul>
<p style="text-align:right;margin-top:14px">{e(TA.SIGNATURE)}</p>
</body></html>"""
    src = P("circulaire_gpme_2026_aix-marseille.html")
    open(src, "w", encoding="utf-8").write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={P('circulaire_gpme_2026_aix-marseille.pdf')}", "file://" + src],
                   check=True, capture_output=True)


# ------------------------------------------------ C. Rennes Tourisme 2028: reportlab letter + landscape académie columns
def build_rennes():
    out = P("circulaire_tourisme_2028_rennes.pdf")
    st = ParagraphStyle("n", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("s", parent=st, fontSize=8.5, leading=10.5, spaceAfter=0)
    cellst = ParagraphStyle("c", parent=st, fontSize=9, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cellst, fontName="Helvetica-Bold")
    portrait = Frame(2.2 * 28.35, 2 * 28.35, A4[0] - 4.4 * 28.35, A4[1] - 4 * 28.35, id="p")
    lw, lh = landscape(A4)
    land = Frame(1.5 * 28.35, 1.3 * 28.35, lw - 3 * 28.35, lh - 2.6 * 28.35, id="l")
    doc = BaseDocTemplate(out, pagesize=A4, title="BTS Tourisme 2028 - groupement Rennes Nantes", author="SIEGO Rennes")
    doc.addPageTemplates([PageTemplate("P", [portrait], pagesize=A4), PageTemplate("L", [land], pagesize=landscape(A4))])
    br = lambda t: html.escape(t).replace("\n", "<br/>")
    f = []
    f.append(Table([[Paragraph("<br/>".join(f"<b>{html.escape(l)}</b>" if i < 2 else html.escape(l)
                                            for i, l in enumerate(TR.EN_TETE)), small),
                     Paragraph(html.escape(TR.DATE) + "<br/><br/>" + "<br/>".join(html.escape(l) for l in TR.DEST), small)]],
                   colWidths=[9 * 28.35, 7.6 * 28.35], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f += [Spacer(1, 18), Paragraph(f"<b>{html.escape(TR.OBJET)}</b>", st), Paragraph(html.escape(TR.SUIVI), small), Spacer(1, 10)]
    f += [Paragraph(html.escape(t), st) for t in TR.CORPS]
    f += [Spacer(1, 20)] + [Paragraph(html.escape(t), ParagraphStyle("r", parent=st, alignment=2, spaceAfter=0)) for t in TR.SIGN]
    f += [NextPageTemplate("L"), PageBreak(), Paragraph(f"<b>{html.escape(TR.TITRE_P2)}</b>", ParagraphStyle("t", parent=st, fontSize=13)), Spacer(1, 6)]
    data = [[Paragraph(f"<b>{h}</b>", cellst) for h in TR.ENTETE]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#cfe2f3")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#f9cb9c")),
             ("BACKGROUND", (3, 0), (3, 0), colors.HexColor("#b6d7a8"))]
    for r, (ep, forme, ren, nan) in enumerate(TR.LIGNES, start=1):
        if nan is None:
            data.append([Paragraph(br(ep), cellb), Paragraph(br(forme), cellst),
                         Paragraph("<i>Commun aux deux académies</i> : " + br(ren), cellst), ""])
            style += [("SPAN", (2, r), (3, r)), ("BACKGROUND", (2, r), (3, r), colors.HexColor("#eeeeee"))]
        else:
            data.append([Paragraph(br(ep), cellb), Paragraph(br(forme), cellst), Paragraph(br(ren), cellst), Paragraph(br(nan), cellst)])
    f.append(Table(data, colWidths=[8 * 28.35, 3.2 * 28.35, 7.2 * 28.35, 7.2 * 28.35], style=TableStyle(style), repeatRows=1))
    doc.build(f)


def build_rennes_scan():
    tmp = tempfile.mkdtemp()
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", P("circulaire_tourisme_2028_rennes.pdf"), os.path.join(tmp, "p")], check=True)
    pages = []
    rng = np.random.default_rng(5)
    for name in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, name)).convert("L")
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.88 + 22  # grey paper
        h, w = a.shape
        a += np.linspace(0, 18, w)[None, :]  # uneven lighting across the page
        a += rng.normal(0, 7, a.shape)
        a[:, :12] *= 0.55  # dark lid edge on the left
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im)
    out = P("circulaire_tourisme_2028_rennes_scan.pdf")
    pages[0].save(out, "PDF", resolution=150, save_all=True, append_images=pages[1:], quality=60)
    shutil.rmtree(tmp)


# ------------------------------------------------ D. Bordeaux ET 2029: landscape DOCX, académies as table columns
def build_bordeaux():
    doc = base_doc(font="Liberation Sans", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = sec.bottom_margin = Cm(1.5)
    hdr = sec.header.paragraphs[0]
    hdr.text = " – ".join(TB.EN_TETE[:2]); hdr.runs[0].font.size = Pt(8)
    for i, line in enumerate(TB.EN_TETE[2:]):
        para(doc, line, size=9, after=0, bold=i == 0)
    para(doc, TB.DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TB.OBJET, bold=True, size=12.5, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, color="7B2C00")
    para(doc, TB.REF, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    for t in TB.INTRO:
        para(doc, t, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for t in TB.ECRITS:
        p = doc.add_paragraph(t, style="List Bullet"); p.paragraph_format.space_after = Pt(1)
    para(doc, TB.ECRITS_NOTE, size=9, italic=True, before=4)
    para(doc, TB.TITRE_TABLEAU, bold=True, size=11, before=8, color="7B2C00")
    tab = doc.add_table(rows=1, cols=4); tab.style = "Table Grid"
    cell_text(tab.rows[0].cells[0], "")
    for c, t, col in zip(tab.rows[0].cells[1:], TB.ACADEMIES, ("F4CCCC", "FFF2CC", "D9EAD3")):
        cell_text(c, t, bold=True, size=10.5); shade(c, col)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for lab, vals in TB.LIGNES:
        cells = tab.add_row().cells
        cell_text(cells[0], lab, bold=True); shade(cells[0], "EFEFEF")
        for c, v in zip(cells[1:], vals):
            cell_text(c, v)
    for row in tab.rows:
        for c, w in zip(row.cells, (5.6, 7.1, 6.7, 6.7)):
            c.width = Cm(w)
    for t in TB.FIN:
        para(doc, t, before=4, after=2)
    for i, t in enumerate(TB.SIGN):
        para(doc, t, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, before=8 if i == 0 else 0, bold=i == 2)
    out = P("circulaire_et_2029_bordeaux.docx"); doc.save(out); soffice_pdf(out)


if __name__ == "__main__":
    build_lille(); build_aix(); build_rennes(); build_rennes_scan(); build_bordeaux()
    for n in sorted(os.listdir(HERE)):
        if n.endswith((".pdf", ".docx", ".html")):
            print(f"{os.path.getsize(P(n)):>9}  {n}")
