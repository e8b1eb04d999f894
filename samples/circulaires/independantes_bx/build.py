#!/usr/bin/env python3
"""Build the independantes_bx corpus (ordinary DEC circulars, second control batch).
Run: /work/main/.venv/bin/python build.py
For each textes_*.py: a DOCX (python-docx), its PDF exported by LibreOffice headless (private profile /tmp/lo_bx),
and for Versailles a scan of that PDF (pdftoppm + PIL). Writes only into this folder (temp files in /tmp)."""
import os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

import textes_nice, textes_creteil, textes_versailles, textes_besancon, textes_corse

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = [textes_nice, textes_creteil, textes_versailles, textes_besancon, textes_corse]
SCANNED = textes_versailles.STEM
LO_PROFILE = "file:///tmp/lo_bx"
TMP = tempfile.mkdtemp(prefix="bx_build_")


def lines_into(par, text, size=None, bold=False):
    for i, line in enumerate(text.split("\n")):
        r = par.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            r.add_break()


def build_docx(m, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = m.FONT
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", m.FONT)
    st.paragraph_format.space_after = Pt(5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    lines_into(fp, m.PIED, size=7.5)
    doc.core_properties.author = m.EN_TETE[-3].split(":")[-1].strip()
    doc.core_properties.title = m.OBJET.replace("Objet : ", "")

    # letterhead: plain paragraphs at the top left, as a DEC secretary types them
    head = doc.add_paragraph()
    for i, line in enumerate(m.EN_TETE):
        r = head.add_run(line)
        r.bold = i < 2 or line.isupper()
        r.font.size = Pt(11 if i == 0 else 8.5)
        if i < len(m.EN_TETE) - 1:
            r.add_break()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    lines_into(p, m.LIEU_DATE)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8.5)
    lines_into(p, m.DESTINATAIRES, size=10)
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
    lines_into(p, m.OBJET, bold=True)
    p = doc.add_paragraph()
    lines_into(p, m.REFERENCES, size=9)

    for b in m.BLOCKS:
        kind = b[0]
        if kind == "table":
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.autofit = False
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(w)
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.width = Cm(widths[j])
                    c.text = ""
                    lines_into(c.paragraphs[0], val, size=9.5, bold=(i == 0))
                    c.paragraphs[0].paragraph_format.space_after = Pt(1)
                    if i == 0:
                        c._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{m.HEAD_FILL}"/>'))
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h":
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
            lines_into(p, b[1], size=11, bold=True)
        elif kind == "sig":
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(14)
            lines_into(p, b[1])
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT if "\n" in b[1] else WD_ALIGN_PARAGRAPH.JUSTIFY
            lines_into(p, b[1])
    doc.save(path)


def lo_pdf(docx_path, pdf_path):
    out = os.path.join(TMP, "lo")
    os.makedirs(out, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", out, docx_path], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(out, os.path.basename(docx_path)[:-5] + ".pdf"), pdf_path)


def scan(pdf_path, out_path, seed=28):
    """Print-and-scan imitation: 150 dpi grey, slight skew, noise, grey edge, JPEG; image only."""
    rnd = random.Random(seed); rng = np.random.default_rng(seed)
    prefix = os.path.join(TMP, "page")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf_path, prefix], check=True)
    pages = []
    for f in sorted(x for x in os.listdir(TMP) if x.startswith("page") and x.endswith(".png")):
        im = Image.open(os.path.join(TMP, f)).convert("L")
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8 + rng.normal(0, 6, a.shape)           # toner grey, paper noise
        a[:, :14] *= 0.55                                       # dark edge of the platen
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        pages.append(im)
    pages[0].save(out_path, "PDF", resolution=150, save_all=True, append_images=pages[1:], quality=55)


def main():
    for m in MODULES:
        docx_path = os.path.join(HERE, m.STEM + ".docx")
        build_docx(m, docx_path)
        lo_pdf(docx_path, os.path.join(HERE, m.STEM + "_lo.pdf"))
        print("built", m.STEM, ".docx + _lo.pdf")
    scan(os.path.join(HERE, SCANNED + "_lo.pdf"), os.path.join(HERE, SCANNED + "_scan.pdf"))
    print("built", SCANNED + "_scan.pdf")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
