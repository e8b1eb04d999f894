#!/usr/bin/env python3
"""Build the independantes_au corpus (prose-only circulars). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import io, os, random, shutil, subprocess, tempfile, textwrap

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from xml.sax.saxutils import escape

import textes_poitiers as TPO
import textes_besancon as TBE
import textes_toulouse as TTO
import textes_limoges as TLI
import textes_gtla as TGT

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_au"
random.seed(11)
np.random.seed(11)


# ------------------------------------------------------------------ DOCX (python-docx) -> PDF (LibreOffice)
def build_docx(mod, stem, font, size, first_line_indent=True):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(6); st.paragraph_format.line_spacing = 1.15
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    for i, line in enumerate(mod.EN_TETE):
        par = doc.add_paragraph(); par.paragraph_format.space_after = Pt(0)
        r = par.add_run(line); r.bold = i < 2; r.font.size = Pt(size + (2 if i == 0 else -1))
    doc.add_paragraph()
    for style, text in mod.CORPS:
        par = doc.add_paragraph()
        if style == "droite":
            par.paragraph_format.left_indent = Cm(8.5)
            lines = text.split("\n")
            for j, line in enumerate(lines):
                run = par.add_run(line)
                if j < len(lines) - 1:
                    run.add_break()
        elif style == "objet":
            par.paragraph_format.space_before = Pt(12)
            r = par.add_run(text); r.bold = True; r.underline = True
        elif style == "h1":
            par.paragraph_format.space_before = Pt(14); par.paragraph_format.keep_with_next = True
            r = par.add_run(text); r.bold = True; r.font.size = Pt(size + 1); r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        elif style == "h2":
            par.paragraph_format.space_before = Pt(8); par.paragraph_format.keep_with_next = True
            par.paragraph_format.left_indent = Cm(0.5)
            r = par.add_run(text); r.bold = True; r.italic = True
        elif style == "signature":
            par.paragraph_format.left_indent = Cm(9); par.paragraph_format.space_before = Pt(18)
            lines = text.split("\n")
            for j, line in enumerate(lines):
                run = par.add_run(line)
                if j < len(lines) - 1:
                    run.add_break()
        else:  # running text, justified; « a) » items hang
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if len(text) > 2 and text[1] == ")":
                par.paragraph_format.left_indent = Cm(1.6); par.paragraph_format.first_line_indent = Cm(-0.6)
            elif first_line_indent:
                par.paragraph_format.first_line_indent = Cm(1)
            par.add_run(text)
    out = P(stem + ".docx")
    doc.core_properties.author = "DEC"; doc.core_properties.title = stem
    doc.save(out)
    return out


def lo_pdf(src):
    tmp = tempfile.mkdtemp(prefix="au_lo_")
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
    name = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, name), P(name))
    shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ reportlab PDF with justified text
def build_reportlab(mod, stem):
    pdfmetrics.registerFont(TTFont("LSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSerifB", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSerifI", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"))
    body = ParagraphStyle("body", fontName="LSerif", fontSize=11.5, leading=15.5, alignment=TA_JUSTIFY,
                          firstLineIndent=0.9 * cm, spaceAfter=6)
    item = ParagraphStyle("item", parent=body, leftIndent=1.4 * cm, firstLineIndent=-0.5 * cm)
    right = ParagraphStyle("right", parent=body, alignment=TA_LEFT, leftIndent=9 * cm, firstLineIndent=0)
    h1 = ParagraphStyle("h1", parent=body, fontName="LSerifB", fontSize=12.5, spaceBefore=12, firstLineIndent=0,
                        alignment=TA_LEFT, keepWithNext=True)
    h2 = ParagraphStyle("h2", parent=h1, fontName="LSerifI", fontSize=11.5, spaceBefore=6, leftIndent=0.5 * cm)
    objet = ParagraphStyle("objet", parent=body, fontName="LSerifB", firstLineIndent=0, spaceBefore=10, spaceAfter=10)
    head = ParagraphStyle("head", parent=body, fontName="LSerifB", fontSize=10, leading=12.5, alignment=TA_LEFT,
                          firstLineIndent=0, spaceAfter=0)

    def para(text, style):
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story = [para(line, head) for line in mod.EN_TETE] + [Spacer(1, 0.8 * cm)]
    for style, text in mod.CORPS:
        if style in ("droite", "signature"):
            story.append(para(text, right))
        elif style == "objet":
            story.append(para(text, objet))
        elif style == "h1":
            story.append(para(text, h1))
        elif style == "h2":
            story.append(para(text, h2))
        else:
            story.append(para(text, item if len(text) > 2 and text[1] == ")" else body))

    def footer(canvas, doc):
        canvas.saveState(); canvas.setFont("LSerif", 8.5)
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, f"{doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(P(stem + ".pdf"), pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=stem, author="DEC 5")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ------------------------------------------------------------------ plain text
def build_txt(mod, stem, width=92):
    out = [mod.EN_TETE.rstrip("\n"), ""]
    for style, text in mod.CORPS:
        if style == "droite":
            out += [" " * 50 + text, ""]
        elif style in ("bloc", "signature"):
            pad = " " * (44 if style == "signature" else 0)
            out += [pad + line if line else "" for line in text.split("\n")] + [""]
        elif style == "objet":
            out += [text, ""]
        elif style == "h1":
            out += ["", text, "=" * len(text), ""]
        elif style == "h2":
            out += [text, "-" * len(text), ""]
        else:
            if len(text) > 2 and text[1] == ")":
                out += textwrap.wrap(text, width, initial_indent="   ", subsequent_indent="      ")
            else:
                out += textwrap.wrap(text, width)
            out.append("")
    with open(P(stem + ".txt"), "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write("\n".join(out).rstrip() + "\n")


# ------------------------------------------------------------------ scan (image only, no text layer)
def scan(src_stem, dpi=150):
    tmp = tempfile.mkdtemp(prefix="au_scan_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", P(src_stem + ".pdf"), os.path.join(tmp, "p")], check=True)
    pages = []
    for name in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, name)).convert("L")
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.88 + 18                                    # greyish paper, faded toner
        h, w = a.shape
        a += np.linspace(0, 14, w)[None, :]                   # uneven lamp
        a += np.random.normal(0, 7, a.shape)                  # sensor noise
        a[:, : int(w * 0.012)] *= 0.55                        # dark binding edge
        for _ in range(40):                                   # dust specks
            y, x = np.random.randint(0, h - 3), np.random.randint(0, w - 3)
            a[y:y + 2, x:x + 2] = 60
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=62); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(P(src_stem + "_scan.pdf"), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    lo_pdf(build_docx(TPO, "circulaire_tourisme_2026_poitiers", "Liberation Sans", 10.5))
    lo_pdf(build_docx(TBE, "circulaire_gpme_2027_besancon", "Liberation Serif", 11.5, first_line_indent=False))
    lo_pdf(build_docx(TGT, "note_nationale_gtla_2025", "Liberation Sans", 10.5))
    build_reportlab(TTO, "circulaire_pi_2028_toulouse")
    scan("circulaire_pi_2028_toulouse")
    build_txt(TLI, "circulaire_cg_2029_limoges")
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".txt")):
            print(f"{f:45s} {os.path.getsize(P(f)):>9d} bytes")


if __name__ == "__main__":
    main()
