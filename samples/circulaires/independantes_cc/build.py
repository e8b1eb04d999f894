#!/usr/bin/env python3
"""Build the independantes_cc corpus (ordinary national notes). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile /tmp/lo_cc and temp files in /tmp)."""
import html, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_ci as TCI
import textes_dietetique as TD
import textes_electrotechnique as TE
import textes_ms as TMS
import textes_ndrc as TN

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_cc"
TMP = tempfile.mkdtemp(prefix="cc_build_")
random.seed(7)
np.random.seed(7)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))


def lo_convert(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt.split(":")[0])


# ------------------------------------------------------------------ python-docx
def docx_doc(blocks, en_tete, font="Liberation Serif"):
    doc = Document()
    stl = doc.styles["Normal"]; stl.font.name = font; stl.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(en_tete):
        r = hp.add_run(line); r.bold = i == 0; r.font.size = Pt(9.5 if i == 0 else 8)
        if i < len(en_tete) - 1:
            r.add_break()
    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            doc.add_page_break(); continue
        if kind == "table":
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j); c.text = ""
                    run = c.paragraphs[0].add_run(val); run.font.size = Pt(9.5); run.bold = i == 0
                    c.width = Cm(widths[j])
            doc.add_paragraph()
            continue
        par = doc.add_paragraph(style="List Bullet" if kind == "li" else None)
        lines = b[1].split("\n")
        for i, line in enumerate(lines):
            r = par.add_run(line)
            r.bold = kind in ("bold", "h", "title")
            if kind == "h":
                r.font.size = Pt(11.5); r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
            elif kind == "title":
                r.font.size = Pt(13)
            elif kind == "small":
                r.font.size = Pt(9); r.italic = True
            if i < len(lines) - 1:
                r.add_break()
        if kind == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "title":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER; par.paragraph_format.space_after = Pt(12)
        elif kind == "sig":
            par.paragraph_format.left_indent = Cm(9); par.paragraph_format.space_before = Pt(16)
        elif kind == "h":
            par.paragraph_format.space_before = Pt(10); par.paragraph_format.keep_with_next = True
    return doc


# ------------------------------------------------------------------ reportlab
def esc(t):
    return html.escape(t, quote=False).replace("\n", "<br/>")


def rl_pdf(path, blocks, en_tete, title, size=10):
    base = ParagraphStyle("b", fontName="DV", fontSize=size, leading=size * 1.38, spaceAfter=6)
    st = {"p": base,
          "small": ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
          "bold": ParagraphStyle("bo", parent=base, fontName="DVB"),
          "h": ParagraphStyle("h", parent=base, fontName="DVB", fontSize=size + 0.5, spaceBefore=8),
          "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
          "sig": ParagraphStyle("sg", parent=base, leftIndent=9 * cm, spaceBefore=14),
          "title": ParagraphStyle("t", parent=base, fontName="DVB", fontSize=size + 2, leading=(size + 2) * 1.3,
                                  alignment=TA_CENTER, spaceAfter=12, spaceBefore=6),
          "li": ParagraphStyle("li", parent=base, leftIndent=0.9 * cm, bulletIndent=0.3 * cm),
          "cell": ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
          "cellb": ParagraphStyle("cb", parent=base, fontName="DVB", fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)}
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "table":
            data = [[Paragraph(esc(c), st["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(b[1])]
            t = Table(data, colWidths=[w * cm for w in b[2]], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6"))]))
            story += [t, Spacer(1, 8)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "li":
            story.append(Paragraph(esc(b[1]), st["li"], bulletText="–"))
        else:
            story.append(Paragraph(esc(b[1]), st[kind]))

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DVB", 9); y = A4[1] - 1.3 * cm
        canv.drawString(2 * cm, y, en_tete[0])
        canv.setFont("DV", 7.5)
        for i, line in enumerate(en_tete[1:]):
            canv.drawString(2 * cm, y - (i + 1) * 10, line)
        canv.setFont("DV", 7.5); canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"{doc.page}")
        canv.restoreState()

    SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=3 * cm,
                      bottomMargin=1.8 * cm, title=title, author="DGESCO").build(story, onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ HTML printed by Chromium
def html_page(blocks, en_tete, title):
    out = [f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{html.escape(title)}</title><style>",
           "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:0 1.2cm;color:#222}",
           ".bandeau{border-bottom:3px solid #000091;padding:6px 0 8px;margin-bottom:14px}",
           ".bandeau b{font-size:11pt;letter-spacing:.5px}.bandeau span{display:block;font-size:8.5pt;color:#444}",
           "h1{font-size:14pt;color:#000091;text-align:center}h2{font-size:11.5pt;color:#000091;margin-top:18px;"
           "border-left:4px solid #E1000F;padding-left:6px}.right{text-align:right}.small{font-size:9pt;color:#555}",
           "table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #999;padding:4px 6px;"
           "text-align:left;vertical-align:top}th{background:#E3E3FD}.sig{margin-left:55%;margin-top:20px}",
           "</style></head><body>",
           "<div class='bandeau'><b>" + html.escape(en_tete[0]) + "</b>"
           + "".join(f"<span>{html.escape(x)}</span>" for x in en_tete[1:]) + "</div>"]
    in_list = False
    for b in blocks:
        kind = b[0]
        if kind != "li" and in_list:
            out.append("</ul>"); in_list = False
        br = lambda t: html.escape(t).replace("\n", "<br>")
        if kind == "table":
            rows = b[1]
            out.append("<table><thead><tr>" + "".join(f"<th>{br(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "".join(f"<td>{br(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
                       + "</tbody></table>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>"); in_list = True
            out.append(f"<li>{br(b[1])}</li>")
        elif kind == "title":
            out.append(f"<h1>{br(b[1])}</h1>")
        elif kind == "h":
            out.append(f"<h2>{br(b[1])}</h2>")
        else:
            cls = {"right": "right", "small": "small", "sig": "sig"}.get(kind, "")
            inner = f"<b>{br(b[1])}</b>" if kind == "bold" else br(b[1])
            out.append(f"<p class='{cls}'>{inner}</p>")
    if in_list:
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out)


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chromium", f"--print-to-pdf={pdf_path}", "file://" + html_path],
                   check=True, capture_output=True, timeout=120)


# ------------------------------------------------------------------ flat ODF written by hand
def fodt(blocks, en_tete):
    x = lambda t: html.escape(t, quote=False)
    NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    styles = """<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm" fo:text-align="justify"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="Titre" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#00008F"/></style:style>
 <style:style style:name="Inter" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Gras" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Petit" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="9cm" fo:margin-top="0.5cm" fo:text-align="start"/></style:style>
 <style:style style:name="Droite" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Cellule" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Entete" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt" fo:color="#333333"/></style:style>
</office:styles>"""
    auto = ["<office:automatic-styles>",
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'fo:margin-top="1.2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
            '<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style></style:page-layout>',
            '<style:style style:name="Saut" style:family="paragraph" style:parent-style-name="Inter"><style:paragraph-properties fo:break-before="page"/></style:style>',
            '<style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.6cm" table:align="left"/></style:style>',
            '<style:style style:name="TabCell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>',
            '<style:style style:name="TabHead" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" fo:background-color="#DDDDDD"/></style:style>']
    body, ncol = [], 0
    pb = False
    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            pb = True; continue
        if kind == "table":
            rows, widths = b[1], b[2]
            cols = []
            for w in widths:
                ncol += 1
                auto.append(f'<style:style style:name="Col{ncol}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
                cols.append(f'<table:table-column table:style-name="Col{ncol}"/>')
            t = [f'<table:table table:name="Tableau{ncol}" table:style-name="Tab">'] + cols
            for i, r in enumerate(rows):
                t.append("<table:table-row>" + "".join(
                    f'<table:table-cell table:style-name="{"TabHead" if i == 0 else "TabCell"}" office:value-type="string">'
                    f'<text:p text:style-name="Cellule">{x(c)}</text:p></table:table-cell>'
                    for c in r) + "</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t)); continue
        style = {"p": "Standard", "li": "Standard", "title": "Titre", "h": "Inter", "bold": "Gras", "small": "Petit",
                 "sig": "Signature", "right": "Droite"}[kind]
        if pb:
            style, pb = "Saut", False
        txt = "<text:line-break/>".join(x(l) for l in b[1].split("\n"))
        if kind == "li":
            txt = "– " + txt
        body.append(f'<text:p text:style-name="{style}">{txt}</text:p>')
    auto.append("</office:automatic-styles>")
    header = "".join(f'<text:p text:style-name="Entete">{x(l)}</text:p>' for l in en_tete)
    master = (f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              f'<style:header>{header}</style:header></style:master-page></office:master-styles>')
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">\n{styles}\n' + "\n".join(auto) + "\n" + master
            + "\n<office:body><office:text>\n" + "\n".join(body) + "\n</office:text></office:body></office:document>\n")


# ------------------------------------------------------------------ scan
def scan(src_pdf, out_pdf, dpi=150):
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src_pdf, f"{TMP}/scan"], check=True)
    pages = []
    for f in sorted(p for p in os.listdir(TMP) if p.startswith("scan") and p.endswith(".png")):
        im = Image.open(os.path.join(TMP, f)).convert("L")
        im = im.rotate(random.uniform(-1.1, 1.1), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + np.random.normal(0, 9, a.shape)           # paper tone and noise
        a[:, :12] = a[:, :12] * 0.35                                     # dark left edge from the copier lid
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        buf = os.path.join(TMP, f + ".jpg"); im.save(buf, quality=60)
        pages.append(Image.open(buf))
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=dpi)


# ------------------------------------------------------------------ builds
def build_ndrc():
    d = docx_doc(TN.BLOCS, TN.EN_TETE); d.core_properties.author = "DGESCO A2-3"; d.core_properties.title = TN.TITRE_DOC
    d.save(P("note_nationale_ndrc_2028.docx"))
    tmp = os.path.join(TMP, "note_nationale_ndrc_2028_pdf.docx"); shutil.copy(P("note_nationale_ndrc_2028.docx"), tmp)
    shutil.move(lo_convert(tmp, "pdf", TMP), P("note_nationale_ndrc_2028_pdf.pdf"))


def build_electrotechnique():
    rl_pdf(P("note_nationale_electrotechnique_2027.pdf"), TE.BLOCS, TE.EN_TETE, TE.TITRE_DOC)
    scan(P("note_nationale_electrotechnique_2027.pdf"), P("note_nationale_electrotechnique_2027_scan.pdf"))


def build_dietetique():
    d = docx_doc(TD.BLOCS, TD.EN_TETE, font="Liberation Sans"); d.core_properties.title = TD.TITRE_DOC
    d.save(P("note_nationale_dietetique_2029.docx"))
    hp = os.path.join(TMP, "dn.html")
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html_page(TD.BLOCS, TD.EN_TETE, TD.TITRE_DOC))
    chromium_pdf(hp, P("note_nationale_dietetique_2029_pdf.pdf"))


def build_ms():
    src = os.path.join(TMP, "note_nationale_ms_2030.fodt")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(fodt(TMS.BLOCS, TMS.EN_TETE))
    shutil.move(lo_convert(src, "pdf", TMP), P("note_nationale_ms_2030.pdf"))
    shutil.move(lo_convert(src, "docx:MS Word 2007 XML", TMP), P("note_nationale_ms_2030_docx.docx"))


def build_ci():
    d = docx_doc(TCI.BLOCS, TCI.EN_TETE); d.core_properties.title = TCI.TITRE_DOC
    d.save(P("note_nationale_ci_2031.docx"))
    rl_pdf(P("note_nationale_ci_2031_pdf.pdf"), TCI.BLOCS, TCI.EN_TETE, TCI.TITRE_DOC)


if __name__ == "__main__":
    try:
        build_ndrc(); build_electrotechnique(); build_dietetique(); build_ms(); build_ci()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx")):
            print(f"{os.path.getsize(P(f)):>9}  {f}")
