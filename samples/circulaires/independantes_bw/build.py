#!/usr/bin/env python3
"""Build the independantes_bw corpus (ordinary circulars, as a control). Run: /work/main/.venv/bin/python build.py
For each textes_*.py: a DOCX (python-docx), its PDF printed by LibreOffice headless (private profile /tmp/lo_bw),
and one scan of the Limoges PDF (pdftoppm + PIL: grey, skew, noise, JPEG, image-only PDF).
Writes only into this folder (plus temp files in /tmp)."""
import os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

import textes_amiens, textes_limoges, textes_dijon, textes_poitiers, textes_clermont

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bw"
MODULES = [textes_amiens, textes_limoges, textes_dijon, textes_poitiers, textes_clermont]
FONTS = {textes_amiens: "Arial", textes_limoges: "Calibri", textes_dijon: "Arial", textes_poitiers: "Times New Roman",
         textes_clermont: "Calibri"}
BLEU = RGBColor(0x00, 0x00, 0x91)


def para(doc, text="", bold=False, size=None, align=None, indent=None, space_after=4, color=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if align:
        p.alignment = align
    if indent:
        pf.left_indent = Cm(indent)
    return p


def table(doc, header, rows, widths, font_size):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(font_size)
        c._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9E2F3"/>'))
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            cells[i].paragraphs[0].add_run(v).font.size = Pt(font_size)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    hdr = t.rows[0]._tr.get_or_add_trPr()
    hdr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build_docx(mod):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FONTS[mod]
    st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", FONTS[mod])
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
    fp = sec.footer.paragraphs[0]
    fp.text = mod.PIED
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(7.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for bloc in mod.BLOCS:
        kind = bloc[0]
        if kind == "entete":
            lines = bloc[1]
            for i, line in enumerate(lines):
                big = i < 3 and line.isupper()
                para(doc, line, bold=big or line == "Rectorat", size=11 if big else 8.5, space_after=0,
                     color=BLEU if big else None, italic=line.startswith("Liberté"))
        elif kind == "lieu_date":
            para(doc, "")
            para(doc, bloc[1], align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=10)
        elif kind == "dest":
            for line in bloc[1]:
                para(doc, line, indent=8.5, space_after=0, bold=line.startswith(("Le recteur", "La rectrice")))
            para(doc, "")
        elif kind == "objet":
            p = para(doc, "", space_after=4)
            p.add_run("Objet : ").bold = True
            p.add_run(bloc[1]).bold = True
        elif kind == "refs":
            p = para(doc, "", space_after=0)
            p.add_run("Références : ").bold = True
            for line in bloc[1]:
                para(doc, "– " + line, indent=0.8, space_after=0, size=9.5)
            para(doc, "", space_after=2)
        elif kind == "pj":
            p = para(doc, "", space_after=8)
            p.add_run("P.J. : ").bold = True
            p.add_run(bloc[1])
        elif kind == "h":
            para(doc, bloc[1], bold=True, size=11.5, space_after=4, color=BLEU).paragraph_format.keep_with_next = True
        elif kind == "p":
            p = para(doc, bloc[1], space_after=6)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "table":
            table(doc, bloc[1], bloc[2], bloc[3], 9)
        elif kind == "sig":
            para(doc, "")
            for line in bloc[1]:
                para(doc, line, indent=9.5, space_after=0, bold=line == bloc[1][-1])
        elif kind == "saut":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.core_properties.author = "DEC"
    doc.core_properties.title = mod.BLOCS[3][1] if mod.BLOCS[3][0] == "objet" else mod.STEM
    out = P(mod.STEM + ".docx")
    doc.save(out)
    return out


def to_pdf(docx_path, stem):
    tmp = tempfile.mkdtemp(prefix="bw_lo_")
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, docx_path], check=True, capture_output=True)
    src = os.path.join(tmp, os.path.basename(docx_path)[:-5] + ".pdf")
    shutil.move(src, P(stem + "_pdf.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def scan(pdf_path, out_path, seed=7):
    """Print-and-scan imitation: 150 dpi grey, slight skew, paper noise, darker edge, JPEG; image-only PDF."""
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    tmp = tempfile.mkdtemp(prefix="bw_scan_")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf_path, os.path.join(tmp, "p")], check=True)
    pages = []
    for name in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, name)).convert("L")
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8 + rng.normal(0, 7, a.shape)           # toner/paper noise, greyish paper
        a[:, :14] *= 0.55                                       # dark scanner edge on the left
        a[:10, :] *= 0.7
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        jp = os.path.join(tmp, name + ".jpg")
        im.save(jp, "JPEG", quality=60)
        pages.append(Image.open(jp))
    pages[0].save(out_path, "PDF", save_all=True, append_images=pages[1:], resolution=150.0)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    for mod in MODULES:
        d = build_docx(mod)
        to_pdf(d, mod.STEM)
    scan(P("circulaire_amcr_2028_limoges_pdf.pdf"), P("circulaire_amcr_2028_limoges_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".docx", ".pdf")):
            print(f"{os.path.getsize(P(f)):>9}  {f}")
