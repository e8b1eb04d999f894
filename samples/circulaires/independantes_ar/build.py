#!/usr/bin/env python3
"""Build the independantes_ar corpus (copier scans with an OCR text layer).
Run: /work/main/.venv/bin/python build.py   -- writes only here, plus temp files in /tmp."""
import html, os, random, re, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_rennes, textes_grenoble, textes_pp, textes_dijon

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
LO_PROFILE = "file:///tmp/lo_ar"
TMP = tempfile.mkdtemp(prefix="ar_build_")
DPI = 200


# ------------------------------------------------------------------ clean, born-digital PDF (reportlab)
def esc(t):
    return html.escape(t).replace("\n", "<br/>")


def clean_pdf(mod, out):
    st = lambda **k: ParagraphStyle("s", **{"fontName": "Helvetica", "fontSize": 10, "leading": 13, "spaceAfter": 5, **k})
    flow = []
    for kind, *val in mod.BLOCS:
        v = val[0]
        if kind == "entete":
            flow.append(Paragraph(esc(v), st(fontName="Helvetica-Bold", fontSize=9.5)))
        elif kind == "droite":
            flow.append(Paragraph(esc(v), st(alignment=2, spaceBefore=6)))
        elif kind == "objet":
            flow.append(Paragraph(esc(v), st(fontName="Helvetica-Bold", spaceBefore=6, spaceAfter=8)))
        elif kind == "h":
            flow.append(Paragraph(esc(v), st(fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=8)))
        elif kind == "p":
            flow.append(Paragraph(esc(v), st(alignment=4)))
        elif kind == "puce":
            flow.append(Paragraph(esc(v), st(leftIndent=18, bulletIndent=6), bulletText="–"))
        elif kind == "sig":
            flow.append(Spacer(1, 10))
            flow.append(Paragraph(esc(v), st(leftIndent=9 * cm)))
        elif kind == "table":
            rows = [[Paragraph(esc(c), st(fontSize=9, leading=11, spaceAfter=0,
                                          fontName="Helvetica-Bold" if i == 0 else "Helvetica")) for c in r]
                    for i, r in enumerate(v)]
            t = Table(rows, colWidths=[w * cm for w in val[1]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.85, .85, .85)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            flow += [t, Spacer(1, 6)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, title=mod.STEM, author="DEC").build(flow)


# ------------------------------------------------------------------ DOCX (python-docx) + LibreOffice PDF
def docx_file(mod, out):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    d.styles["Normal"].font.name = "Liberation Sans"; d.styles["Normal"].font.size = Pt(10)
    for kind, *val in mod.BLOCS:
        v = val[0]
        if kind == "table":
            t = d.add_table(rows=len(v), cols=len(v[0])); t.style = "Table Grid"
            for i, r in enumerate(v):
                for j, c in enumerate(r):
                    cell = t.cell(i, j); cell.width = Cm(val[1][j]); cell.text = ""
                    run = cell.paragraphs[0].add_run(c); run.font.size = Pt(9); run.bold = i == 0
            d.add_paragraph()
            continue
        par = d.add_paragraph()
        run = par.add_run(v)
        if kind in ("entete", "objet", "h"):
            run.bold = True
        if kind == "droite":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if kind == "puce":
            par.paragraph_format.left_indent = Cm(0.8); run.text = "– " + v
        if kind == "sig":
            par.paragraph_format.left_indent = Cm(9)
    d.core_properties.author = "DEC 2"; d.core_properties.title = mod.STEM
    d.save(out)


def lo_pdf(src):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, capture_output=True)


# ------------------------------------------------------------------ copier look
def raster(pdf, tag):
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", pdf, os.path.join(TMP, tag)], check=True)
    return sorted(os.path.join(TMP, f) for f in os.listdir(TMP) if f.startswith(tag + "-") and f.endswith(".png"))


def copier(png, stamp, seed, skew=0.0):
    rng = np.random.default_rng(seed)
    im = Image.open(png).convert("L")
    if skew:
        im = im.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(im).astype(np.float32)
    a = np.clip((a - 40) * 1.25, 0, 255)                      # copier contrast: thin greys disappear
    a = 236 + (a / 255.0) * 14 - (255 - a) / 255.0 * 236 * 0.97
    h, w = a.shape
    a += rng.normal(0, 6, a.shape)                           # paper grain
    ys, xs = rng.integers(0, h, 900), rng.integers(0, w, 900)  # toner specks
    a[ys, xs] = rng.integers(40, 140, 900)
    x0 = int(w * rng.uniform(.2, .8)); a[:, x0:x0 + 2] -= 18   # drum streak
    a[:, :int(w * .012)] -= 55                              # dark left edge (lid)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
    dr = ImageDraw.Draw(im)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", int(DPI * 7 / 72)) \
        if os.path.exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") else ImageFont.load_default()
    dr.text((int(w * .06), int(h * .012)), stamp, fill=70, font=font)
    return im


# ------------------------------------------------------------------ OCR text layer with typical errors
def ocr_noise(word, rng):
    w = word
    if re.fullmatch(r"E5", w) and rng.random() < .8:
        return "ES"
    if re.fullmatch(r"E3[12]", w) and rng.random() < .7:
        return w.replace("1", "l").replace("2", "Z")
    if re.fullmatch(r"1\d([.,;:]|\.\d\d\.\d{4})?", w) and rng.random() < .7:      # « l2 mai », « l6.05.2028 »
        w = "l" + w[1:]
    if re.search(r"\d", w) and ("h" in w or re.fullmatch(r"\d0", w)) and rng.random() < .7:
        w = w.replace("0", "O")                                                  # « 1Oh0O », « OO »
    if re.fullmatch(r"\d\d\.\d\d\.\d{4}", w) and rng.random() < .6:
        w = w.replace("0", "O", 1)
    if re.fullmatch(r"00", w) and rng.random() < .8:
        return "OO"
    if "m" in w and w.isalpha() and rng.random() < .25:
        w = w.replace("m", "rn", 1)                                              # « rnai »
    if re.search(r"[éèê]", w) and rng.random() < .25:
        w = re.sub(r"[éèê]", lambda m: rng.choice(["e", "é", "6", "ê"]), w)
    if "l" in w and w.isalpha() and len(w) > 4 and rng.random() < .12:
        w = w.replace("l", "1", 1)
    if "c" in w and w.isalpha() and rng.random() < .08:
        w = w.replace("c", "e", 1)
    return w


def words_of(pdf):
    out = os.path.join(TMP, "bbox.html")
    subprocess.run(["pdftotext", "-bbox-layout", pdf, out], check=True)
    src = open(out, encoding="utf-8").read()
    pages = []
    for pg in re.findall(r"<page[^>]*>(.*?)</page>", src, re.S):
        lines = []
        for ln in re.findall(r"<line[^>]*>(.*?)</line>", pg, re.S):
            ws = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in
                  re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', ln)]
            lines.append(ws)
        pages.append(lines)
    return pages


def noisy_words(line, rng):
    """OCR a line: replace characters, break long words in two, glue some neighbours."""
    out, i = [], 0
    while i < len(line):
        x0, y0, x1, y1, t = line[i]
        if i + 1 < len(line) and rng.random() < .05 and not re.search(r"\d", t):
            nx0, ny0, nx1, ny1, nt = line[i + 1]
            out.append((x0, min(y0, ny0), nx1, max(y1, ny1), ocr_noise(t, rng) + ocr_noise(nt, rng))); i += 2; continue
        t2 = ocr_noise(t, rng)
        if len(t2) >= 9 and t2.isalpha() and rng.random() < .2:                 # « Kerich en »
            k = rng.integers(3, len(t2) - 3); fr = k / len(t2)
            out.append((x0, y0, x0 + (x1 - x0) * fr, y1, t2[:k]))
            out.append((x0 + (x1 - x0) * (fr + .02), y0, x1, y1, t2[k:]))
        else:
            out.append((x0, y0, x1, y1, t2))
        i += 1
    return out


def put_word(c, pw, ph, x0, y0, x1, y1, t, mode):
    size = max(4.0, (y1 - y0) * 0.82)
    sw = stringWidth(t, "Helvetica", size) or 1
    to = c.beginText()
    to.setTextRenderMode(mode); to.setFont("Helvetica", size)
    to.setHorizScale(100.0 * (x1 - x0) / sw)
    to.setTextOrigin(x0, ph - y1 + (y1 - y0) * 0.22)
    to.textOut(t)
    c.drawText(to)


def copier_pdf(clean, out, mod, seed, under=False, text=True, skew=0.0):
    """Image of each page (copier look) + an OCR text layer: invisible (mode 3) above the image,
    or visible-but-hidden below the image when `under` is set (some copiers do that)."""
    rng = np.random.default_rng(seed)
    pngs = raster(clean, f"p{seed}")
    pages = words_of(clean) if text else [[]] * len(pngs)
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle(""); c.setAuthor(""); c.setCreator("Copieur multifonction - OCR intégré")
    pw, ph = A4
    for n, (png, lines) in enumerate(zip(pngs, pages), 1):
        stamp = mod.COPIEUR.format(p=n, n=len(pngs))
        im = copier(png, stamp, seed + n, skew=skew)
        jpg = os.path.join(TMP, f"{seed}_{n}.jpg"); im.save(jpg, quality=62, dpi=(DPI, DPI))
        layer = []
        if text:
            for ln in lines:
                layer += noisy_words(ln, rng)
            sw = stamp.split(" ")
            x, y0 = pw * .06, ph * .012 + 1
            for wd in sw:                                   # OCR also reads the copier stamp
                wl = stringWidth(wd, "Helvetica", 6.2)
                layer.append((x, y0, x + wl, y0 + 7, ocr_noise(wd, rng))); x += wl + 2.4
        if under:
            c.setFillColor(colors.black)
            for wd in layer:
                put_word(c, pw, ph, *wd, mode=0)
        c.drawImage(ImageReader(jpg), 0, 0, pw, ph)
        if not under:
            for wd in layer:
                put_word(c, pw, ph, *wd, mode=3)
        c.showPage()
    c.save()


def main():
    # Rennes: born-digital PDF, the same sheet copied with OCR, and a plain scan without text.
    clean_pdf(textes_rennes, P(textes_rennes.STEM + ".pdf"))
    copier_pdf(P(textes_rennes.STEM + ".pdf"), P(textes_rennes.STEM + "_ocr.pdf"), textes_rennes, 11)
    copier_pdf(P(textes_rennes.STEM + ".pdf"), P(textes_rennes.STEM + "_scan.pdf"), textes_rennes, 12,
               text=False, skew=0.35)
    # Dijon: DOCX, its LibreOffice PDF, and a printed-then-copied OCR PDF of it.
    docx_file(textes_dijon, P(textes_dijon.STEM + ".docx"))
    lo_pdf(P(textes_dijon.STEM + ".docx"))
    copier_pdf(P(textes_dijon.STEM + ".pdf"), P(textes_dijon.STEM + "_ocr.pdf"), textes_dijon, 21)
    # Grenoble: only the copier PDF, OCR text drawn UNDER the page image.
    tmp = os.path.join(TMP, "grenoble_clean.pdf"); clean_pdf(textes_grenoble, tmp)
    copier_pdf(tmp, P(textes_grenoble.STEM + ".pdf"), textes_grenoble, 31, under=True)
    # National note: only the copier PDF, invisible OCR layer (render mode 3).
    tmp = os.path.join(TMP, "pp_clean.pdf"); clean_pdf(textes_pp, tmp)
    copier_pdf(tmp, P(textes_pp.STEM + ".pdf"), textes_pp, 41)
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx")):
            print(f"{f:48s} {os.path.getsize(P(f)) // 1024:5d} KiB")


if __name__ == "__main__":
    main()
