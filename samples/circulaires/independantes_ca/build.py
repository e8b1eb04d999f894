#!/usr/bin/env python3
"""Build the independantes_ca corpus (ordinary DEC circulars in Word). Run: /work/main/.venv/bin/python build.py
For each textes_*.py: a DOCX (python-docx) and its PDF printed by LibreOffice headless (<stem>_lo.pdf);
the Nancy-Metz PDF is also printed and scanned (<stem>_scan.pdf, image only).
Writes only into this folder (plus a private LibreOffice profile /tmp/lo_ca and a temp dir)."""
import datetime as dt, io, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

import textes_montpellier, textes_orleans, textes_nancy, textes_lille, textes_guadeloupe

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_ca"
MODULES = [textes_montpellier, textes_orleans, textes_nancy, textes_lille, textes_guadeloupe]
SCANNED = textes_nancy
FONTS = {textes_montpellier: "Marianne", textes_orleans: "Arial", textes_nancy: "Calibri",
         textes_lille: "Arial", textes_guadeloupe: "Times New Roman"}
BLUE = RGBColor(0x00, 0x00, 0x91)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def para(doc_or_cell, text, bold=False, size=None, align=None, color=None, italic=False, space_after=4):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = color
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def grid(doc, header, rows, widths=None, size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""
        r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(size)
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v); r.font.size = Pt(size)
    # column widths as a secretary would drag them: wide for labels, narrow for codes (17 cm in all)
    longest = [max(len(w) for w in [h] + [r[i] for r in rows] for w in w.split() or [""]) for i, h in enumerate(header)]
    full = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    weights = [fl + 1 if fl <= 22 else min(fl, 44) + 1 if h.startswith(("Date", "Période")) else max(lg + 2, min(fl, 60) ** 0.8)
               for h, lg, fl in zip(header, longest, full)]
    weights = [max(w, len(h) + 2) for w, h in zip(weights, header)]
    if widths:  # widths given by hand in the text module (cm)
        weights = widths
    t.autofit = False
    for i, wgt in enumerate(weights):
        w = Cm(17 * wgt / sum(weights))
        t.columns[i].width = w
        for c in t.columns[i].cells:
            c.width = w
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def blocks(doc, items):
    for kind, *rest in items:
        if kind == "p":
            p = para(doc, rest[0], space_after=6); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "h":
            para(doc, rest[0], bold=True, size=11, color=BLUE, space_after=4).paragraph_format.space_before = Pt(8)
        elif kind == "table":
            grid(doc, *rest)


def build_docx(m, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = FONTS[m]; st.font.size = Pt(10)
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", FONTS[m])
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)
    # letterhead: a borderless two-column table (marque de l'État on the left, service on the right)
    head = doc.add_table(rows=1, cols=2); no_borders(head)
    left, right = head.rows[0].cells
    left.width, right.width = Cm(8), Cm(9)
    left.text = ""; right.text = ""
    for i, line in enumerate(m.EN_TETE_G):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(line); r.bold = line.isupper(); r.italic = not line.isupper(); r.font.size = Pt(10 if line.isupper() else 8)
        p.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(m.EN_TETE_D):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        r = p.add_run(line); r.font.size = Pt(8.5); r.bold = i < 2
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
    para(doc, "")
    para(doc, m.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for line in m.EXPEDITEUR:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=0)
    para(doc, "")
    for line in m.DESTINATAIRES:
        p = para(doc, line, space_after=0); p.paragraph_format.left_indent = Cm(7)
    para(doc, "")
    p = doc.add_paragraph(); r = p.add_run("Objet : "); r.bold = True; p.add_run(m.OBJET).bold = True
    p = doc.add_paragraph(); r = p.add_run("Références : "); r.bold = True
    for i, ref in enumerate(m.REFERENCES):
        if i: p.add_run().add_break()
        p.add_run("– " + ref)
    p = doc.add_paragraph(); r = p.add_run("P.J. : "); r.bold = True; p.add_run(m.PJ)
    blocks(doc, m.BLOCS)
    para(doc, "")
    for line in m.SIGNATURE:
        p = para(doc, line, space_after=0); p.paragraph_format.left_indent = Cm(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    blocks(doc, m.ANNEXE)
    cp = doc.core_properties
    cp.author = m.AUTEUR; cp.last_modified_by = m.AUTEUR; cp.title = m.TITRE
    d = dt.datetime.strptime(m.PIEGES[0], "%Y-%m-%d")
    cp.created = d - dt.timedelta(days=3); cp.modified = d; cp.revision = 4
    doc.save(path)


def lo_pdf(docx_path, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx_path], check=True, capture_output=True, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def scan(pdf_path, out_path, tmp):
    """Print-and-scan imitation: 150 dpi grey, slight skew, noise, JPEG; image-only PDF."""
    rng = np.random.default_rng(29)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf_path, os.path.join(tmp, "pg")], check=True)
    pages = []
    for i, f in enumerate(sorted(x for x in os.listdir(tmp) if x.startswith("pg"))):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate(rng.uniform(-0.7, 0.7), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im, dtype=np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 7, a.shape)
        a[:, :12] *= 0.55  # dark scanner edge
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=60); buf.seek(0)
        pages.append(Image.open(buf))
    pages[0].save(out_path, "PDF", resolution=150, save_all=True, append_images=pages[1:])


def main():
    random.seed(7)
    tmp = tempfile.mkdtemp(prefix="ca_build_")
    try:
        for m in MODULES:
            docx_path = P(m.STEM + ".docx")
            build_docx(m, docx_path)
            # LibreOffice prints a copy named <stem>_lo.docx so that the PDF gets the _lo stem
            lo_in = os.path.join(tmp, m.STEM + "_lo.docx"); shutil.copy(docx_path, lo_in)
            pdf = lo_pdf(lo_in, tmp)
            shutil.copy(pdf, P(m.STEM + "_lo.pdf"))
            if m is SCANNED:
                sd = os.path.join(tmp, "scan"); os.makedirs(sd)
                scan(pdf, P(m.STEM + "_scan.pdf"), sd)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".docx", ".pdf")):
            print(f"{os.path.getsize(P(f)):>9}  {f}")


if __name__ == "__main__":
    main()
