#!/usr/bin/env python3
"""Build the independantes_ay corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (and a private LibreOffice profile / Chromium profile / temp files in /tmp)."""
import html, io, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_rennes as TR
import textes_dijon as TD
import textes_lille as TL
import textes_besancon as TB
import textes_abm as TA

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_ay"
random.seed(11)


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, italic=False, size=8.5, align=None):
    cell.text = ""
    par = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        r = par.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            r.add_break()
    if align is not None:
        par.alignment = align


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def widths(table, cms):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def base_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    else:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    return doc


def para(doc, text, bold=False, size=10, align=None, before=0, after=4, color=None, italic=False):
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(before); p.paragraph_format.space_after = Pt(after)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


# ---------------------------------------------------------------- A. Rennes CG 2026 (J ± n retro-planning, docx)
def build_rennes():
    doc = base_doc(landscape=True)
    hp = doc.sections[0].header.paragraphs[0]
    for i, line in enumerate(TR.EN_TETE):
        r = hp.add_run(line); r.bold = i == 0; r.font.size = Pt(9)
        if i < len(TR.EN_TETE) - 1:
            r.add_break()
    para(doc, TR.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TR.DESTINATAIRES, size=9, italic=True)
    para(doc, TR.AFFAIRE, size=8)
    para(doc, TR.OBJET, bold=True, before=6)
    for r in TR.REFERENCES:
        para(doc, r, size=8.5)
    for t in TR.INTRO:
        para(doc, t)
    para(doc, TR.TITRE_TABLEAU, bold=True, size=11, color="1F3864", before=8)
    tab = doc.add_table(rows=1, cols=len(TR.ENTETES)); tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, TR.ENTETES):
        put(c, h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER); shade(c, "D9E2F3")
    header_repeat(tab.rows[0])
    for line in TR.LIGNES:
        cells = tab.add_row().cells
        ferie = line[0] == "J + 2"
        for i, (c, v) in enumerate(zip(cells, line)):
            put(c, v, bold=(i == 0), italic=ferie, align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 1, 3, 5) else None)
            if line[0] == "J":
                shade(c, "FFF2CC")
            elif ferie:
                shade(c, "E7E6E6")
            elif i == 5:
                shade(c, "F2F2F2")
    widths(tab, [2.6, 2.4, 9.0, 1.6, 6.2, 4.0])
    para(doc, TR.NOTE_TABLEAU, size=9, italic=True, before=4)
    para(doc, TR.TITRE_CENTRES, bold=True, size=11, color="1F3864", before=8)
    t2 = doc.add_table(rows=0, cols=4); t2.style = "Table Grid"
    for row in TR.CENTRES:
        cells = t2.add_row().cells
        for c, v in zip(cells, row):
            put(c, v, size=9)
    widths(t2, [5.5, 6.0, 6.0, 8.0])
    for titre, pars in TR.SUITE:
        para(doc, titre, bold=True, size=11, color="1F3864", before=8)
        for t in pars:
            para(doc, t)
    for i, s in enumerate(TR.SIGNATURE):
        para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, before=10 if i == 0 else 0, after=0, bold=(i == 2))
    doc.save(P("circulaire_cg_2026_rennes.docx"))
    return P("circulaire_cg_2026_rennes.docx")


# ---------------------------------------------------------------- C. Lille GPME 2028 (steps referring to steps, docx)
def build_lille():
    doc = base_doc()
    hp = doc.sections[0].header.paragraphs[0]
    hp.add_run(" — ".join(TL.EN_TETE)).font.size = Pt(8)
    para(doc, TL.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TL.OBJET, bold=True, before=6)
    for t in TL.INTRO:
        para(doc, t)
    para(doc, TL.TITRE_ECRITS, bold=True, size=11, color="7B2C2C", before=6)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Étape", "Date", "Horaire", "Épreuve"]):
        put(c, h, bold=True, size=9); shade(c, "F4D6D6")
    for row in TL.ECRITS:
        for c, v in zip(t.add_row().cells, row):
            put(c, v, size=9)
    # merge the two "4" cells and the date cells of the same day
    a, b = t.cell(2, 0), t.cell(3, 0); m = a.merge(b); put(m, "4", size=9)
    a, b = t.cell(2, 1), t.cell(3, 1); m = a.merge(b); put(m, "mardi 16 mai 2028", size=9)
    widths(t, [1.4, 4.0, 2.8, 9.2])
    para(doc, TL.TITRE_PROC, bold=True, size=11, color="7B2C2C", before=8)
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["N°", "Opération", "Échéance"]):
        put(c, h, bold=True, size=9); shade(c, "F4D6D6")
    header_repeat(t.rows[0])
    for num, op, ech in TL.ETAPES:
        cells = t.add_row().cells
        put(cells[0], num, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        put(cells[1], op, size=9); put(cells[2], ech, size=9, italic=not any(ch.isdigit() for ch in ech[:12]))
    widths(t, [1.4, 8.0, 8.0])
    para(doc, TL.TITRE_CENTRES, bold=True, size=11, color="7B2C2C", before=8)
    for c in TL.CENTRES:
        p = doc.add_paragraph(c, style="List Bullet"); p.paragraph_format.space_after = Pt(0)
    para(doc, "Remarques", bold=True, size=11, color="7B2C2C", before=8)
    for r in TL.REMARQUES:
        para(doc, r, size=9.5)
    for i, s in enumerate(TL.SIGNATURE):
        para(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, before=10 if i == 0 else 0, after=0, bold=(i == 2))
    doc.save(P("circulaire_gpme_2028_lille.docx"))
    return P("circulaire_gpme_2028_lille.docx")


# ---------------------------------------------------------------- B. Dijon Tourisme 2027 (chained prose, html)
CSS_DIJON = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; color: #222; }
header { border-bottom: 3px solid #8a1538; margin-bottom: 10px; }
header .b { font-family: 'Liberation Sans', sans-serif; font-weight: bold; color: #8a1538; }
header .s { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; }
.date { text-align: right; margin: 6px 0; }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 16pt; margin: 8px 0 0; }
h2.st { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; font-weight: normal; margin: 0 0 8px; color: #555; }
h3 { font-family: 'Liberation Sans', sans-serif; font-size: 11.5pt; color: #8a1538; margin: 12px 0 4px; }
p.n { margin: 3px 0 3px 18px; text-indent: -18px; text-align: justify; }
.dest, .ref { font-size: 9.5pt; font-style: italic; }
.rappel { border: 1px solid #8a1538; background: #fbeef2; padding: 6px 10px; margin-top: 12px; font-size: 10pt; }
.sig { margin-top: 16px; text-align: right; }
"""


def build_dijon():
    parts = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
             f"<title>{html.escape(TD.TITRE)}</title><style>{CSS_DIJON}</style></head><body>",
             f"<header><div class='b'>{html.escape(TD.BANDEAU)}</div><div class='s'>{html.escape(TD.SERVICE)}</div></header>",
             f"<div class='date'>{html.escape(TD.LIEU_DATE)}</div>",
             f"<h1>{html.escape(TD.TITRE)}</h1><h2 class='st'>{html.escape(TD.SOUS_TITRE)}</h2>",
             f"<p class='dest'>{html.escape(TD.DESTINATAIRES)}</p><p class='ref'>{html.escape(TD.REFERENCES)}</p>"]
    for titre, pars in TD.SECTIONS:
        parts.append(f"<section><h3>{html.escape(titre)}</h3>")
        for t in pars:  # texts may hold <b>…</b>: escape everything else
            safe = html.escape(t).replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>")
            parts.append(f"<p class='n'>{safe}</p>")
        parts.append("</section>")
    parts.append(f"<div class='rappel'>{html.escape(TD.RAPPEL_TITRE)}</div>")
    parts.append("<div class='sig'>" + "<br>".join(html.escape(s) for s in TD.SIGNATURE) + "</div></body></html>")
    out = P("circulaire_tourisme_2027_dijon.html")
    open(out, "w", encoding="utf-8").write("\n".join(parts))
    return out


# ---------------------------------------------------------------- E. ABM national note 2027 (J table, anchor in a note, html)
CSS_ABM = """
@page { size: A4; margin: 16mm 15mm; }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; color: #1b1b35; }
.min { font-weight: bold; font-size: 9pt; letter-spacing: .5px; }
.dir { font-size: 8.5pt; color: #444; border-bottom: 1px solid #000091; padding-bottom: 4px; }
.date { text-align: right; margin: 8px 0; }
h1 { font-size: 13pt; color: #000091; }
table { border-collapse: collapse; width: 100%; margin-top: 8px; }
th, td { border: 1px solid #9a9ab5; padding: 3px 5px; vertical-align: top; font-size: 9.5pt; }
thead th { background: #000091; color: #fff; }
tbody th { background: #e3e3fd; text-align: left; font-size: 9.5pt; }
td.rep { white-space: nowrap; font-weight: bold; text-align: center; width: 18%; }
td.h { white-space: nowrap; text-align: center; width: 13%; }
td.c { text-align: center; width: 9%; }
.note { font-size: 8.5pt; margin-top: 4px; }
dl dt { font-weight: bold; margin-top: 8px; } dl dd { margin: 2px 0 0 0; }
.sig { margin-top: 16px; text-align: right; }
"""


def build_abm():
    e = html.escape
    parts = ["<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'>",
             f"<title>{e(TA.TITRE)}</title><style>{CSS_ABM}</style></head><body>",
             f"<div class='min'>{e(TA.MINISTERE)}</div><div class='dir'>{e(TA.DIRECTION)}</div>",
             f"<div class='date'>{e(TA.LIEU_DATE)}</div><h1>{e(TA.TITRE)}</h1>",
             f"<p><i>{e(TA.DESTINATAIRES)}</i></p><p style='font-size:9pt'>{e(TA.REFERENCES)}</p>"]
    parts += [f"<p>{e(t)}</p>" for t in TA.INTRO]
    parts.append("<table><thead><tr><th>Repère (*)</th><th>Heure</th><th>Opération</th><th>Épreuve</th></tr></thead>")
    for titre, rows in TA.GROUPES:
        parts.append(f"<tbody><tr><th colspan='4'>{e(titre)}</th></tr>")
        for rep, h, op, ep in rows:
            parts.append(f"<tr><td class='rep'>{e(rep)}</td><td class='h'>{e(h)}</td><td>{e(op)}</td><td class='c'>{e(ep)}</td></tr>")
        parts.append("</tbody>")
    parts.append(f"</table><p class='note'>{e(TA.NOTE_J)}</p><dl>")
    for dt_, dd in TA.APRES:
        parts.append(f"<dt>{e(dt_)}</dt><dd>{e(dd)}</dd>")
    parts.append("</dl><div class='sig'>" + "<br>".join(e(s) for s in TA.SIGNATURE) + "</div></body></html>")
    out = P("note_nationale_abm_2027.html")
    open(out, "w", encoding="utf-8").write("\n".join(parts))
    return out


# ---------------------------------------------------------------- D. Besançon ET 2029 (plain-text mail)
def build_besancon():
    out = P("circulaire_et_2029_besancon.txt")
    open(out, "w", encoding="utf-8", newline="\r\n").write(TB.MAIL)
    return out


# ---------------------------------------------------------------- converters
def soffice_pdf(paths):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", HERE, *paths], check=True, capture_output=True)


def chromium_pdf(src, out):
    prof = tempfile.mkdtemp(prefix="chr_ay_")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src],
                       check=True, capture_output=True, timeout=120)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def flatbed_scan(pdf, out, dpi=150):
    """Image-only PDF: grey render, slight skew, paper tone, noise, blur, JPEG."""
    tmp = tempfile.mkdtemp(prefix="scan_ay_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    rng = np.random.default_rng(3)
    for f in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.86 + 22 + rng.normal(0, 7, a.shape)  # grey paper, sensor noise
        a[:, :12] *= 0.45  # dark band at the lid edge
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=68); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    a = build_rennes()
    c = build_lille()
    soffice_pdf([a, c])
    b = build_dijon()
    chromium_pdf(b, P("circulaire_tourisme_2027_dijon.pdf"))
    e = build_abm()
    chromium_pdf(e, P("note_nationale_abm_2027.pdf"))
    build_besancon()
    flatbed_scan(P("circulaire_gpme_2028_lille.pdf"), P("circulaire_gpme_2028_lille_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".html", ".txt")):
            print(f"{os.path.getsize(P(f)):>9}  {f}")


if __name__ == "__main__":
    main()
