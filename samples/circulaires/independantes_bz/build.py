#!/usr/bin/env python3
"""Build the independantes_bz corpus (bilingual letterheads, regional languages).
Run: /work/main/.venv/bin/python build.py   (writes only into this folder, plus temp files and a private
LibreOffice profile in /tmp). Producers: python-docx, LibreOffice headless, Chromium headless, reportlab, pdftoppm+PIL."""
import html, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_bordeaux as TB
import textes_corse as TC
import textes_polynesie as TP
import textes_rennes as TR
import textes_strasbourg as TS

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = tempfile.mkdtemp(prefix="bz_build_")
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo_bz", "--headless"]
random.seed(26); np.random.seed(26)
FD = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FD, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FD, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FD, "DejaVuSans-Oblique.ttf")))


def lo_convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src], check=True, capture_output=True, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])


# ------------------------------------------------------------------ DOCX (python-docx)
def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (
        nsdecls("w"), "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")))))


def shade(par, fill):
    par._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def docx_letter(M, path, colour="1F3864", regional_colour="7F6000"):
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.8)
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    fr, reg = M.EN_TETE
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    for cell, lines, col, it, al in ((t.cell(0, 0), fr, colour, False, WD_ALIGN_PARAGRAPH.LEFT),
                                     (t.cell(0, 1), reg, regional_colour, True, WD_ALIGN_PARAGRAPH.RIGHT)):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            par.alignment = al; par.paragraph_format.space_after = Pt(0)
            r = par.add_run(line); r.italic = it; r.font.color.rgb = RGBColor.from_string(col)
            r.bold = i in (0, 2); r.font.size = Pt(9 if i > 2 else 10.5)
    b = doc.add_paragraph(); shade(b, "EDE7D9"); b.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = b.add_run(M.BANNIERE); r.font.size = Pt(8.5); r.italic = True
    for i, line in enumerate(M.LIEU_DATE):
        par = doc.add_paragraph(); par.alignment = WD_ALIGN_PARAGRAPH.RIGHT; par.paragraph_format.space_after = Pt(0)
        r = par.add_run(line); r.italic = i > 0
        if i > 0: r.font.color.rgb = RGBColor.from_string(regional_colour)
    doc.add_paragraph(M.ANNEE).runs[0].font.size = Pt(8.5)
    for line in M.AFFAIRE:
        par = doc.add_paragraph(); par.paragraph_format.space_after = Pt(0); r = par.add_run(line); r.font.size = Pt(8.5)
    for line in M.DESTINATAIRES.split("\n"):
        par = doc.add_paragraph(line); par.alignment = WD_ALIGN_PARAGRAPH.CENTER; par.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    r = doc.add_paragraph().add_run(M.OBJET); r.bold = True
    for line in M.REFERENCES:
        par = doc.add_paragraph(); par.paragraph_format.space_after = Pt(0); r = par.add_run(line); r.font.size = Pt(9)
    for kind, val in M.BLOCS:
        if kind == "p":
            doc.add_paragraph(val).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "h":
            r = doc.add_paragraph().add_run(val); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor.from_string(colour)
        elif kind == "note":
            r = doc.add_paragraph().add_run(val); r.italic = True; r.font.size = Pt(9)
        elif kind == "table":
            tb = doc.add_table(rows=len(val), cols=len(val[0])); tb.style = "Table Grid"
            for i, row in enumerate(val):
                for j, txt in enumerate(row):
                    c = tb.cell(i, j); c.text = txt
                    for run in c.paragraphs[0].runs:
                        run.font.size = Pt(9); run.bold = i == 0
            doc.add_paragraph()
    s = doc.add_table(rows=len(M.SIGNATURE), cols=2); no_borders(s)
    for i, (a, b_) in enumerate(M.SIGNATURE):
        s.cell(i, 0).text = a; s.cell(i, 1).text = b_
        for run in s.cell(i, 1).paragraphs[0].runs:
            run.italic = True; run.font.color.rgb = RGBColor.from_string(regional_colour)
    fp = sec.footer.paragraphs[0]; fp.text = M.PIED; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(7.5)
    doc.core_properties.author = M.SIGNATURE[-1][0]; doc.core_properties.title = M.OBJET[:80]
    doc.save(path)


# ------------------------------------------------------------------ HTML (Rennes) + Chromium
CSS = """
@page { size: A4; margin: 16mm 18mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #222; }
header { display: flex; justify-content: space-between; border-bottom: 3px solid #000; padding-bottom: 6px; }
header .fr { color: #000; } header .br { text-align: right; color: #5b3a1a; font-style: italic; }
header p { margin: 0; } header .big { font-weight: bold; font-size: 12pt; }
.banner { background: repeating-linear-gradient(90deg,#000 0 14px,#fff 14px 28px); padding: 3px; margin: 6px 0; }
.banner span { background: #fff; display: block; text-align: center; font-size: 8.5pt; padding: 2px; }
.date { text-align: right; margin: 8px 0 0; } .date .br { color: #5b3a1a; font-style: italic; }
.small { font-size: 8.5pt; margin: 1px 0; } .dest { text-align: center; margin: 10px 0; }
h2 { font-size: 11pt; color: #1d3557; border-left: 4px solid #1d3557; padding-left: 6px; margin-top: 14px; }
table.cal { border-collapse: collapse; width: 100%; font-size: 9pt; } table.cal td, table.cal th { border: 1px solid #777; padding: 3px 5px; }
table.cal th { background: #e6ecf5; } .note { font-style: italic; font-size: 9pt; }
.sig { display: flex; justify-content: space-between; margin-top: 18px; } .sig .br { font-style: italic; color: #5b3a1a; text-align: right; }
footer { margin-top: 24px; border-top: 1px solid #aaa; font-size: 7.5pt; text-align: center; color: #555; }
"""


def html_letter(M, path):
    e = html.escape
    fr, br = M.EN_TETE
    out = ['<!DOCTYPE html>', '<html lang="fr"><head><meta charset="utf-8">',
           f'<title>{e(M.OBJET)}</title><style>{CSS}</style></head><body>', '<header><div class="fr">']
    out += [f'<p class="{"big" if i == 1 else ""}">{e(x)}</p>' for i, x in enumerate(fr)]
    out += ['</div><div class="br" lang="br">']
    out += [f'<p class="{"big" if i == 1 else ""}">{e(x)}</p>' for i, x in enumerate(br)]
    out += ['</div></header>', f'<div class="banner"><span>{e(M.BANNIERE)}</span></div>',
            f'<p class="date">{e(M.LIEU_DATE[0])}<br><span class="br" lang="br">{e(M.LIEU_DATE[1])}</span></p>',
            f'<p class="small">{e(M.ANNEE)}</p>'] + [f'<p class="small">{e(x)}</p>' for x in M.AFFAIRE]
    out.append('<p class="dest">' + "<br>".join(e(x) for x in M.DESTINATAIRES.split("\n")) + '</p>')
    out.append(f'<p><strong>{e(M.OBJET)}</strong></p>')
    out += [f'<p class="small">{e(x)}</p>' for x in M.REFERENCES]
    for kind, val in M.BLOCS:
        if kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "h":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "note":
            out.append(f'<p class="note">{e(val)}</p>')
        elif kind == "table":
            out.append('<table class="cal"><thead><tr>' + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr></thead><tbody>")
            out += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in val[1:]]
            out.append("</tbody></table>")
    out.append('<div class="sig"><div>' + "<br>".join(e(a) for a, _ in M.SIGNATURE) + '</div><div class="br" lang="br">'
               + "<br>".join(e(b) for _, b in M.SIGNATURE) + "</div></div>")
    out += [f"<footer>{e(M.PIED)}</footer>", "</body></html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chrome", f"--print-to-pdf={pdf_path}", "file://" + html_path],
                   check=True, capture_output=True, timeout=180)


# ------------------------------------------------------------------ reportlab (Strasbourg) + scan
def rl_letter(M, path):
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
    st = {"p": base, "h": ParagraphStyle("h", parent=base, fontName="DVB", fontSize=10.5, spaceBefore=8,
                                          textColor=colors.HexColor("#8B0000")),
          "note": ParagraphStyle("n", parent=base, fontName="DVI", fontSize=8.5),
          "small": ParagraphStyle("s", parent=base, fontSize=8, leading=10, spaceAfter=1),
          "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, spaceAfter=1),
          "righti": ParagraphStyle("ri", parent=base, alignment=TA_RIGHT, fontName="DVI", textColor=colors.HexColor("#555555")),
          "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0)}
    e = lambda s: html.escape(s, quote=False)
    fr, als = M.EN_TETE

    def first_page(c, doc):
        w, h = A4
        c.setFillColor(colors.HexColor("#8B0000")); c.rect(2 * cm, h - 1.3 * cm, w - 4 * cm, 0.12 * cm, fill=1, stroke=0)
        y = h - 1.9 * cm
        for i, (a, b) in enumerate(zip(fr, als)):
            c.setFillColor(colors.black); c.setFont("DVB" if i in (0, 1) else "DV", 9.5 if i < 2 else 8)
            c.drawString(2 * cm, y, a)
            c.setFillColor(colors.HexColor("#555555")); c.setFont("DVI", 9.5 if i < 2 else 8)
            c.drawRightString(w - 2 * cm, y, b); y -= 12
        c.setFont("DVI", 7.5); c.setFillColor(colors.HexColor("#8B0000"))
        c.drawCentredString(w / 2, y - 4, M.BANNIERE)
        c.setFont("DV", 7); c.setFillColor(colors.grey); c.drawCentredString(w / 2, 1.1 * cm, M.PIED)

    def later(c, doc):
        c.setFont("DV", 7); c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 1.1 * cm, M.PIED + f" – page {doc.page}")

    story = [Spacer(1, 2.6 * cm), Paragraph(e(M.LIEU_DATE[0]), st["right"]), Paragraph(e(M.LIEU_DATE[1]), st["righti"]),
             Paragraph(e(M.ANNEE), st["small"])] + [Paragraph(e(x), st["small"]) for x in M.AFFAIRE]
    story += [Spacer(1, 6), Paragraph("<br/>".join(e(x) for x in M.DESTINATAIRES.split("\n")),
                                      ParagraphStyle("d", parent=base, alignment=1)), Spacer(1, 4),
              Paragraph(f"<b>{e(M.OBJET)}</b>", base)] + [Paragraph(e(x), st["small"]) for x in M.REFERENCES]
    for kind, val in M.BLOCS:
        if kind == "table":
            data = [[Paragraph(("<b>%s</b>" if i == 0 else "%s") % e(c), st["cell"]) for c in row] for i, row in enumerate(val)]
            widths = [3.2 * cm, 2.2 * cm, 5.6 * cm, 6.0 * cm] if len(val[0]) == 4 else [6.5 * cm, 5.0 * cm, 5.5 * cm]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB"))]))
            story += [t, Spacer(1, 5)]
        else:
            story.append(Paragraph(e(val), st[kind]))
    sig = Table([[Paragraph(e(a), base), Paragraph(e(b), st["righti"])] for a, b in M.SIGNATURE], colWidths=[8.5 * cm, 8.5 * cm])
    story += [Spacer(1, 10), sig]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.5 * cm, bottomMargin=1.8 * cm,
                      title=M.OBJET[:80], author="Rectorat de Strasbourg – DEC 2").build(story, onFirstPage=first_page, onLaterPages=later)


def scan(pdf_in, pdf_out):
    prefix = os.path.join(TMP, "scan")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", pdf_in, prefix], check=True)
    pages = []
    for n, f in enumerate(sorted(x for x in os.listdir(TMP) if x.startswith("scan") and x.endswith(".png"))):
        im = Image.open(os.path.join(TMP, f)).convert("L")
        a = np.asarray(im, dtype=np.float32)
        a = a * 0.93 + 10 + np.random.normal(0, 7, a.shape)          # grey paper, sensor noise
        a[:, :18] *= 0.55                                              # dark edge of the copier glass
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        im = im.rotate(random.uniform(-1.1, 1.1), resample=Image.BICUBIC, fillcolor=235, expand=False)
        buf = os.path.join(TMP, f"p{n}.jpg"); im.save(buf, "JPEG", quality=60)
        pages.append(Image.open(buf))
    pages[0].save(pdf_out, "PDF", resolution=200, save_all=True, append_images=pages[1:])


# ------------------------------------------------------------------ the five circulars
def build():
    # A. Corse NDRC 2027: DOCX (python-docx) + the same printed to PDF by LibreOffice
    docx_letter(TC, P("circulaire_ndrc_2027_corse.docx"), colour="1F3864", regional_colour="7F6000")
    tmp = os.path.join(TMP, "circulaire_ndrc_2027_corse_imprimee.docx"); shutil.copy(P("circulaire_ndrc_2027_corse.docx"), tmp)
    shutil.move(lo_convert(tmp, "pdf", TMP), P("circulaire_ndrc_2027_corse_imprimee.pdf"))
    # B. Rennes ET 2028: HTML page + Chromium print
    html_letter(TR, P("circulaire_et_2028_rennes_web.html"))
    chromium_pdf(P("circulaire_et_2028_rennes_web.html"), P("circulaire_et_2028_rennes.pdf"))
    # C. Strasbourg SAM 2029: reportlab PDF + photocopier scan
    rl_letter(TS, P("circulaire_sam_2029_strasbourg.pdf"))
    scan(P("circulaire_sam_2029_strasbourg.pdf"), P("circulaire_sam_2029_strasbourg_scan.pdf"))
    # D. Bordeaux GPME 2030: ODT written by LibreOffice (from a python-docx draft) + PDF exported from the ODT
    draft = os.path.join(TMP, "circulaire_gpme_2030_bordeaux.docx")
    docx_letter(TB, draft, colour="006633", regional_colour="A50021")
    shutil.move(lo_convert(draft, "odt", TMP), P("circulaire_gpme_2030_bordeaux.odt"))
    odt = os.path.join(TMP, "circulaire_gpme_2030_bordeaux_export.odt"); shutil.copy(P("circulaire_gpme_2030_bordeaux.odt"), odt)
    shutil.move(lo_convert(odt, "pdf", TMP), P("circulaire_gpme_2030_bordeaux_export.pdf"))
    # E. Polynésie MHR 2026: DOCX (python-docx)
    docx_letter(TP, P("circulaire_mhr_2026_polynesie.docx"), colour="00577A", regional_colour="B5651D")


if __name__ == "__main__":
    try:
        build()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")) and os.path.isfile(P(f)):
            print(f"{os.path.getsize(P(f)):>9}  {f}")
