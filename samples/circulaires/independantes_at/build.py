#!/usr/bin/env python3
"""Build the independantes_at corpus (no project code).
/work/main/.venv/bin/python build.py"""
import os, random, shutil, subprocess, tempfile, html
import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

import textes_rennes as TR, textes_besancon as TB, textes_dijon as TD, textes_limoges as TL, textes_ol as TO

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = "file:///tmp/lo_at"


def soffice_pdf(src):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, capture_output=True)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def base_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def para(d, text, bold=False, italic=False, size=None, align=None, color=None, space=4):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align: p.alignment = align
    p.paragraph_format.space_after = Pt(space)
    return p


def table(d, head, rows, widths, head_fill="1F3864", grey=False, bold_col=None):
    t = d.add_table(rows=1, cols=len(head)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        c = t.rows[0].cells[i]; c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF); r.font.size = Pt(9.5); shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""; r = cells[i].paragraphs[0].add_run(v); r.font.size = Pt(9.5)
            if grey:
                r.font.color.rgb = RGBColor(0x59, 0x59, 0x59); r.italic = True
            if bold_col is not None and i == bold_col:
                r.bold = True
                if v in ("confirmée",):
                    shade(cells[i], "E2EFDA")
                elif v.startswith("voir"):
                    shade(cells[i], "FCE4D6")
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------- Rennes (DOCX + PDF)
def build_rennes():
    d = base_doc()
    for i, l in enumerate(TR.EN_TETE):
        para(d, l, bold=i == 0, size=9 if i else 11, space=0)
    para(d, TR.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, space=10)
    para(d, TR.DESTINATAIRES, italic=True, space=8)
    para(d, TR.OBJET, bold=True, space=2)
    para(d, TR.REFERENCE, size=9, space=10)
    para(d, TR.INTRO, space=8)
    para(d, TR.T1, bold=True, size=12, color="1F3864")
    para(d, "Document de travail — dates non définitives, ne pas utiliser pour les convocations.", italic=True,
         size=9, color="C00000")
    table(d, TR.PREVISIONNEL_ENTETES, TR.PREVISIONNEL, [6.5, 5, 2.5, 3], head_fill="7F7F7F", grey=True)
    para(d, "", space=6)
    para(d, TR.T2, bold=True, size=12, color="1F3864")
    for n, (titre, texte, items) in enumerate(TR.DEFINITIF, 1):
        p = d.add_paragraph(style="List Number")
        r = p.add_run(titre + " "); r.bold = True
        p.add_run(texte)
        for it in items:
            d.add_paragraph(it, style="List Bullet 2")
    para(d, TR.T3, bold=True, size=12, color="1F3864")
    for l in TR.DIVERS:
        d.add_paragraph(l, style="List Bullet")
    para(d, "", space=6)
    for l in TR.SIGNATURE:
        para(d, l, align=WD_ALIGN_PARAGRAPH.RIGHT, space=0)
    out = os.path.join(HERE, "circulaire_bioac_2027_rennes.docx"); d.save(out); soffice_pdf(out)


# ---------------------------------------------------------------- Besançon (DOCX + PDF)
def build_besancon():
    d = base_doc()
    for i, l in enumerate(TB.EN_TETE):
        para(d, l, bold=i == 0, size=11 if i == 0 else 9, space=0)
    para(d, TB.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, space=10)
    para(d, TB.DESTINATAIRES, italic=True, space=8)
    para(d, TB.OBJET, bold=True, space=10)
    para(d, TB.INTRO, space=8)
    table(d, TB.ENTETES, TB.LIGNES, [6, 4.2, 4.2, 2.6], head_fill="385723", bold_col=2)
    para(d, "", space=4)
    para(d, TB.CENTRES_TITRE, bold=True, size=11.5, color="385723")
    for l in TB.CENTRES:
        d.add_paragraph(l, style="List Bullet")
    para(d, "Remarques", bold=True, size=11.5, color="385723")
    for l in TB.REMARQUES:
        d.add_paragraph(l, style="List Bullet")
    para(d, "", space=6)
    for l in TB.SIGNATURE:
        para(d, l, align=WD_ALIGN_PARAGRAPH.RIGHT, space=0)
    out = os.path.join(HERE, "circulaire_sp3s_2025_besancon.docx"); d.save(out); soffice_pdf(out)


# ---------------------------------------------------------------- Dijon (HTML + PDF by Chromium)
CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:1.6cm;color:#222}
header{border-bottom:3px solid #8a1538;padding-bottom:6px;margin-bottom:14px;font-size:9pt;color:#8a1538}
.date{text-align:right;margin:8px 0 14px}
h1{font-size:14pt;color:#8a1538} h2{font-size:12pt;color:#8a1538;margin-top:18px}
table{border-collapse:collapse;width:100%;font-size:9.5pt}
th{background:#eee;text-align:left;border-bottom:2px solid #999;padding:4px}
td{border-bottom:1px solid #ccc;padding:4px;vertical-align:top}
td:nth-child(3){white-space:nowrap}
.badge{display:inline-block;border-radius:9px;padding:1px 8px;font-size:8pt;font-weight:bold}
.res{background:#fff2cc;color:#7f6000;border:1px solid #bf9000}
.tbd{background:#f2f2f2;color:#595959;border:1px dashed #7f7f7f}
.provisoire td{color:#555}
section.definitif{border-left:5px solid #2e7d32;padding:2px 12px;background:#f3faf3}
footer{margin-top:24px;font-size:9pt}
"""


def build_dijon():
    e = html.escape
    rows = "\n".join(
        f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td><td><span class=\"badge {k}\">{e(s)}</span></td></tr>"
        for a, b, c, s, k in TD.LIGNES)
    items = "\n".join(f"<p>{e(p)}</p>" for p in TD.DEFINITIF)
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TD.TITRE)}</title><style>{CSS}</style></head>
<body>
<header>{e(TD.EN_TETE)}</header>
<div class="date">{e(TD.LIEU_DATE)}</div>
<h1>{e(TD.OBJET)}</h1>
<p>{e(TD.INTRO)}</p>
<h2>{e(TD.T1)}</h2>
<table class="provisoire"><thead><tr>{''.join(f'<th>{e(h)}</th>' for h in TD.ENTETES)}</tr></thead>
<tbody>
{rows}
</tbody></table>
<h2>{e(TD.T2)}</h2>
<section class="definitif">
{items}
</section>
<p><small>{e(TD.NOTE)}</small></p>
<footer>{e(TD.SIGNATURE)}</footer>
</body></html>
"""
    out = os.path.join(HERE, "circulaire_gtla_2028_dijon.html")
    open(out, "w", encoding="utf-8").write(doc)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}",
                        "--no-pdf-header-footer", f"--print-to-pdf={out[:-5]}.pdf", "file://" + out],
                       check=True, capture_output=True)


# ---------------------------------------------------------------- Limoges (TXT)
def build_limoges():
    open(os.path.join(HERE, "mail_cg_2026_limoges.txt"), "w", encoding="utf-8").write(TL.MAIL)


# ---------------------------------------------------------------- note nationale OL (reportlab PDF)
def build_ol():
    ss = getSampleStyleSheet()
    n = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("s", parent=n, fontSize=8.5, leading=11)
    h = ParagraphStyle("h", parent=n, fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=8, spaceAfter=6,
                       textColor=colors.HexColor("#000091"))
    cell = ParagraphStyle("c", parent=n, fontSize=9, leading=11, spaceAfter=0)
    story = [Paragraph("<br/>".join(TO.MINISTERE), ParagraphStyle("m", parent=n, fontName="Helvetica-Bold",
                                                                  fontSize=9, leading=11)),
             Spacer(1, 8), Paragraph(f"<b>{TO.VERSION}</b>", ParagraphStyle("v", parent=n, alignment=2)),
             Paragraph(TO.DEST, small), Spacer(1, 4), Paragraph(f"<b>{TO.OBJET}</b>", n), Paragraph(TO.INTRO, n),
             Paragraph(TO.T1, h)]
    data = [TO.P_ENTETES] + [[Paragraph(c.replace("\n", "<br/>"), cell) for c in r] for r in TO.PREVISIONNEL]
    t = Table(data, colWidths=[6.2 * 28.35, 4.4 * 28.35, 2.6 * 28.35, 3.4 * 28.35], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6), Paragraph(TO.P_NOTE, small), PageBreak()]
    box = [Paragraph(TO.T2, ParagraphStyle("h2", parent=h, fontSize=13, textColor=colors.HexColor("#1b5e20")))]
    d2 = [TO.D_ENTETES] + [[Paragraph(c, cell) for c in r] for r in TO.DEFINITIF]
    t2 = Table(d2, colWidths=[2.2 * 28.35, 4.8 * 28.35, 4.6 * 28.35, 4.4 * 28.35])
    t2.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    box += [t2, Spacer(1, 6)] + [Paragraph("• " + p, n) for p in TO.D_SUITE[:3]]
    frame = Table([[box]], colWidths=[17 * 28.35])
    frame.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 2, colors.HexColor("#1b5e20")),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f8e9")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
    story += [frame, Spacer(1, 10), Paragraph(TO.D_SUITE[3], small), Spacer(1, 16),
              Paragraph("<br/>".join(TO.SIGNATURE), ParagraphStyle("sig", parent=n, alignment=2))]

    def page(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * 28.35, 1.2 * 28.35, f"BTS OL — session 2029 — note de service, version 2 — page {doc.page}/2")

    SimpleDocTemplate(os.path.join(HERE, "note_nationale_ol_2029.pdf"), pagesize=A4, leftMargin=2 * 28.35,
                      rightMargin=2 * 28.35, topMargin=1.8 * 28.35, bottomMargin=2 * 28.35,
                      title="BTS OL 2029 - calendrier", author="DGESCO").build(story, onFirstPage=page, onLaterPages=page)


# ---------------------------------------------------------------- scan of the Rennes PDF
def build_scan():
    rnd = random.Random(2027); rng = np.random.default_rng(2027)
    src = os.path.join(HERE, "circulaire_bioac_2027_rennes.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src, os.path.join(tmp, "p")], check=True)
        pages = []
        for f in sorted(os.listdir(tmp)):
            im = Image.open(os.path.join(tmp, f)).convert("L")
            a = np.asarray(im).astype(np.float32)
            a = a * 0.93 + 10                                   # paper slightly grey
            a += rng.normal(0, 7, a.shape)                       # sensor noise
            a[:, :18] *= 0.55                                    # dark band at the binding edge
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
            im = im.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=235)
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            jp = os.path.join(tmp, f + ".jpg"); im.save(jp, "JPEG", quality=65)
            pages.append(Image.open(jp))
        out = os.path.join(HERE, "circulaire_bioac_2027_rennes_scan.pdf")
        pages[0].save(out, "PDF", resolution=150, save_all=True, append_images=pages[1:])


if __name__ == "__main__":
    build_rennes(); build_besancon(); build_dijon(); build_limoges(); build_ol(); build_scan()
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")) and os.path.isfile(os.path.join(HERE, f)):
            print(f"{f:48s} {os.path.getsize(os.path.join(HERE, f)):>9,d}")
