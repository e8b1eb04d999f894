#!/usr/bin/env python3
"""Build the independantes_br corpus (centres abroad, overseas académies). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile /tmp/lo_br, a Chromium profile and temp files)."""
import html, os, random, re, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_beyrouth as TB
import textes_bordeaux as TBX
import textes_guadeloupe as TG
import textes_reunion as TR
import textes_strasbourg as TS

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = tempfile.mkdtemp(prefix="br_build_")
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo_br", "--headless"]
random.seed(7)
np.random.seed(7)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB")


def runs(text):
    """Split '<b>..</b>' markup into (text, bold) runs."""
    out, bold = [], False
    for part in re.split(r"(</?b>)", text):
        if part == "<b>":
            bold = True
        elif part == "</b>":
            bold = False
        elif part:
            out.append((part, bold))
    return out


# ------------------------------------------------------------------ DOCX (python-docx)
def to_docx(blocs, path, author):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    for kind, *args in blocs:
        if kind == "entete":
            for i, line in enumerate(args[0]):
                p = doc.add_paragraph(); r = p.add_run(line); r.bold = i == 0; r.font.size = Pt(9 if i else 11)
                p.paragraph_format.space_after = Pt(0)
            doc.add_paragraph()
        elif kind == "droite":
            p = doc.add_paragraph(args[0]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "titre":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(args[0]); r.bold = True
        elif kind == "h":
            p = doc.add_paragraph(); r = p.add_run(args[0]); r.bold = True; r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        elif kind in ("p", "encadre"):
            p = doc.add_paragraph()
            for t, b in runs(args[0]):
                r = p.add_run(t); r.bold = b or kind == "encadre"
        elif kind == "table":
            head, rows = args
            t = doc.add_table(rows=1, cols=len(head)); t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, head):
                c.text = ""; r = c.paragraphs[0].add_run(h); r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            doc.add_paragraph()
        elif kind == "sig":
            for line in args[0]:
                p = doc.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.space_after = Pt(0)
    doc.core_properties.author = author
    doc.save(path)


# ------------------------------------------------------------------ PDF (reportlab)
def to_reportlab(blocs, path, title):
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=6)
    S = {"p": base, "h": ParagraphStyle("h", parent=base, fontName="DVB", fontSize=10.5, spaceBefore=8,
                                         textColor=colors.HexColor("#5B1A33")),
         "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
         "c": ParagraphStyle("c", parent=base, fontName="DVB", alignment=TA_CENTER),
         "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
         "e": ParagraphStyle("e", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)}
    story = []
    for kind, *args in blocs:
        if kind == "entete":
            for i, line in enumerate(args[0]):
                story.append(Paragraph(f"<b>{line}</b>" if i == 0 else line, S["e"]))
            story.append(Spacer(1, 12))
        elif kind == "droite":
            story.append(Paragraph(args[0], S["r"]))
        elif kind == "titre":
            story.append(Paragraph(args[0], S["c"]))
        elif kind == "h":
            story.append(Paragraph(args[0], S["h"]))
        elif kind in ("p", "encadre"):
            story.append(Paragraph(args[0], S["p"]))
        elif kind == "table":
            head, rows = args
            data = [[Paragraph(f"<b>{h}</b>", S["cell"]) for h in head]] + \
                   [[Paragraph(v, S["cell"]) for v in row] for row in rows]
            widths = {4: [2.4 * cm, 4.6 * cm, 2.4 * cm, 7.6 * cm], 3: [3.3 * cm, 10 * cm, 3.7 * cm]}[len(head)]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8DDE1"))]))
            story += [t, Spacer(1, 8)]
        elif kind == "sig":
            story.append(Spacer(1, 10))
            for line in args[0]:
                story.append(Paragraph(line, ParagraphStyle("s", parent=base, leftIndent=9 * cm, spaceAfter=0)))
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                      bottomMargin=1.8 * cm, title=title, author="Rectorat de Strasbourg – DEC 2").build(story)


# ------------------------------------------------------------------ HTML
CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10.5pt;margin:1.5cm 1.8cm;color:#222}
.entete{font-size:9pt;line-height:1.35;border-left:4px solid #00338d;padding-left:8px;margin-bottom:18px}
.entete b{font-size:11pt}.droite{text-align:right}.titre{text-align:center;font-weight:bold;font-size:12pt}
h2{font-size:11pt;color:#00338d;margin:16px 0 6px}table{border-collapse:collapse;width:100%;margin:6px 0 10px}
th,td{border:1px solid #999;padding:3px 6px;font-size:9.5pt;vertical-align:top;text-align:left}th{background:#e6ebf5}
.encadre{border:2px solid #c00;padding:6px 10px;font-weight:bold;background:#fff4f4}.sig{margin-left:55%;margin-top:18px}"""


CSS_SIMPLE = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt}.droite{text-align:right}
h2{font-size:11pt;color:#00338d}th{background:#e6ebf5}"""


def to_html(blocs, title, css=CSS):
    out = [f"<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
           f"<style>{css}</style></head><body>"]
    esc = lambda s: "".join(f"<b>{html.escape(t)}</b>" if b else html.escape(t) for t, b in runs(s))
    for kind, *args in blocs:
        if kind == "entete":
            out.append('<div class="entete">' + "<br>".join((f"<b>{html.escape(l)}</b>" if i == 0 else html.escape(l))
                                                          for i, l in enumerate(args[0])) + "</div>")
        elif kind == "droite":
            out.append(f'<p class="droite">{esc(args[0])}</p>')
        elif kind == "titre":
            out.append(f'<p class="titre">{esc(args[0])}</p>')
        elif kind == "h":
            out.append(f"<h2>{esc(args[0])}</h2>")
        elif kind == "p":
            out.append(f"<p>{esc(args[0])}</p>")
        elif kind == "encadre":
            out.append(f'<div class="encadre">{esc(args[0])}</div>')
        elif kind == "table":
            head, rows = args
            widths = {2: [55, 45], 3: [30, 25, 45], 4: [19, 39, 21, 21], 5: [14, 30, 14, 22, 20]}[len(head)]
            out.append('<table width="100%" border="1" cellspacing="0" cellpadding="4"><thead><tr>' +
                       "".join(f'<th width="{w}%">{html.escape(h)}</th>' for h, w in zip(head, widths)) + "</tr></thead><tbody>")
            for row in rows:
                out.append("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in row) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "sig":
            out.append('<p class="sig">' + "<br>".join(html.escape(l) for l in args[0]) + "</p>")
    out.append("</body></html>\n")
    return "\n".join(out)


# ------------------------------------------------------------------ converters
def lo_convert(src, fmt, outdir, infilter=None):
    extra = [f"--infilter={infilter}"] if infilter else []
    subprocess.run(LO + extra + ["--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True, timeout=180)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])
    assert os.path.exists(out), out
    return out


def chromium_pdf(src_html, dest):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chromium", f"--print-to-pdf={dest}", "file://" + src_html],
                   check=True, capture_output=True, timeout=180)


def scan(pdf, dest):
    """Print-and-scan look: 150 dpi grey, slight skew, noise, dark edge, JPEG. No text layer."""
    prefix = os.path.join(TMP, "scanpg")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf, prefix], check=True)
    pages = []
    for i, f in enumerate(sorted(x for x in os.listdir(TMP) if x.startswith("scanpg"))):
        im = Image.open(os.path.join(TMP, f)).convert("L")
        im = im.rotate(random.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8 + np.random.normal(0, 7, a.shape)
        a[:, :14] *= np.linspace(0.35, 1, 14)[None, :]
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        jp = os.path.join(TMP, f"scan{i}.jpg"); im.save(jp, quality=60)
        pages.append(Image.open(jp))
    pages[0].save(dest, "PDF", resolution=150, save_all=True, append_images=pages[1:])


def build():
    # 1. Bordeaux: python-docx, then LibreOffice PDF of the same DOCX
    docx = P("circulaire_ci_2027_bordeaux.docx")
    to_docx(TBX.BLOCS, docx, "Solène Darriet-Lacombe")
    pdf = lo_convert(docx, "pdf", TMP)
    shutil.copy(pdf, P("circulaire_ci_2027_bordeaux_lo.pdf"))
    # 2. Strasbourg: reportlab PDF, then the printed-and-scanned copy
    rl = P("circulaire_gpme_2028_strasbourg.pdf")
    to_reportlab(TS.BLOCS, rl, "BTS GPME session 2028 – centres étrangers")
    scan(rl, P("circulaire_gpme_2028_strasbourg_scan.pdf"))
    # 3. Beyrouth: the embassy's HTML note, and its Chromium print
    h = P("note_ambassade_com_2029_beyrouth.html")
    with open(h, "w", encoding="utf-8") as fh:
        fh.write(to_html(TB.BLOCS, "Note 2029-07 – BTS Communication – session 2029"))
    chromium_pdf(h, P("note_ambassade_com_2029_beyrouth_imprimee.pdf"))
    # 4. La Réunion: DOCX written by python-docx, converted to ODT by LibreOffice, ODT printed to PDF
    tmpdocx = os.path.join(TMP, "circulaire_mhr_2026_la-reunion.docx")
    to_docx(TR.BLOCS, tmpdocx, "Nadia Payet-Hoarau")
    odt = lo_convert(tmpdocx, "odt", TMP)
    shutil.copy(odt, P("circulaire_mhr_2026_la-reunion.odt"))
    pdf = lo_convert(P("circulaire_mhr_2026_la-reunion.odt"), "pdf", os.path.join(TMP, "reu"))
    shutil.copy(pdf, P("circulaire_mhr_2026_la-reunion_lo.pdf"))
    # 5. Guadeloupe: HTML opened by LibreOffice Writer (import filter « HTML (StarWriter) »), exported to PDF
    gh = os.path.join(TMP, "circulaire_elt_2030_guadeloupe.html")
    with open(gh, "w", encoding="utf-8") as fh:
        fh.write(to_html(TG.BLOCS, "BTS ELT session 2030", CSS_SIMPLE))
    pdf = lo_convert(gh, "pdf:writer_pdf_Export", TMP, infilter="HTML (StarWriter)")
    shutil.copy(pdf, P("circulaire_elt_2030_guadeloupe.pdf"))


if __name__ == "__main__":
    try:
        build()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")) and os.path.isfile(P(f)):
            print(f"{os.path.getsize(P(f)):>9}  {f}")
