#!/usr/bin/env python3
"""Build the independantes_bp corpus (who is the académie?). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile /tmp/lo_bp and temp files in /tmp)."""
import html, os, random, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape as xesc

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_siec as TS
import textes_normandie as TN
import textes_reims as TR
import textes_polynesie as TP
import textes_mayotte as TM

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bp"
TMP = tempfile.mkdtemp(prefix="bp_build_")
random.seed(7)
np.random.seed(7)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))


def soffice_pdf(src, dest):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", TMP, src], check=True, capture_output=True)
    shutil.move(os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + ".pdf"), dest)


# ------------------------------------------------------------------ DOCX (python-docx)
def docx_build(path, T, font="Liberation Sans", accent=RGBColor(0x1F, 0x38, 0x64), head_sizes=(11, 8.5)):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(3.2); sec.bottom_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(T.EN_TETE):
        r = hp.add_run(line); r.bold = i in (0, 2); r.font.size = Pt(head_sizes[0] if i == 0 else head_sizes[1])
        if i == 0:
            r.font.color.rgb = accent
        if i < len(T.EN_TETE) - 1:
            r.add_break()
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(T.PIED); r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for b in T.BLOCS:
        kind = b[0]
        if kind == "table":
            rows, widths = b[1], b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j); c.text = ""
                    run = c.paragraphs[0].add_run(val); run.font.size = Pt(9); run.bold = i == 0
                    if widths:
                        c.width = Cm(widths[j])
            doc.add_paragraph()
            continue
        par = doc.add_paragraph()
        for i, line in enumerate(b[1].split("\n")):
            r = par.add_run(line)
            if kind in ("bold", "h"):
                r.bold = True
            if kind == "h":
                r.font.color.rgb = accent; r.font.size = Pt(11)
            if kind == "small":
                r.font.size = Pt(8)
            if i < len(b[1].split("\n")) - 1:
                r.add_break()
        if kind == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "indent":
            par.paragraph_format.left_indent = Cm(8.5)
        elif kind == "sig":
            par.paragraph_format.left_indent = Cm(9); par.paragraph_format.space_before = Pt(14)
    doc.core_properties.author = "DEC"
    doc.save(path)


# ------------------------------------------------------------------ ODT written by hand (no odfpy on this machine)
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt_par(style, text):
    parts = [xesc(x) for x in text.split("\n")]
    return f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(parts) + "</text:p>"


def odt_build(path, T):
    body = []
    for b in T.BLOCS:
        kind = b[0]
        if kind == "table":
            rows, widths = b[1], b[2]
            cols = "".join(f'<table:table-column table:style-name="Col{j}"/>' for j in range(len(rows[0])))
            trs = []
            for i, row in enumerate(rows):
                cells = "".join(f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                                f'{odt_par("CellHead" if i == 0 else "CellText", v)}</table:table-cell>' for v in row)
                trs.append(f"<table:table-row>{cells}</table:table-row>")
            body.append(f'<table:table table:name="Calendrier" table:style-name="Tbl">{cols}{"".join(trs)}</table:table>')
            continue
        style = {"right": "Droite", "indent": "Destinataire", "bold": "Objet", "h": "Titre", "sig": "Signature"}.get(kind, "Corps")
        body.append(odt_par(style, b[1]))
    widths = b = None
    col_styles = "".join(f'<style:style style:name="Col{j}" style:family="table-column"><style:table-column-properties '
                         f'style:column-width="{w}cm"/></style:style>' for j, w in enumerate(next(x for x in T.BLOCS if x[0] == "table")[2]))
    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODT_NS} office:version="1.3"><office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16.7cm" table:align="left"/></style:style>
{col_styles}
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm"/></style:style>
</office:automatic-styles><office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>'''
    head = "".join(odt_par("EnTete1" if i == 0 else "EnTete", l) for i, l in enumerate(T.EN_TETE))
    styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS} office:version="1.3"><office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Corps" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
<style:style style:name="Droite" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Destinataire" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="8.5cm" fo:margin-bottom="0.4cm"/></style:style>
<style:style style:name="Objet" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Titre" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-weight="bold" fo:font-size="11.5pt" fo:color="#0B4F6C"/></style:style>
<style:style style:name="Signature" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="9cm" fo:margin-top="0.6cm"/></style:style>
<style:style style:name="CellText" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="EnTete1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#0B4F6C"/></style:style>
<style:style style:name="EnTete" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Pied" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:color="#555555"/></style:style>
</office:styles><office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.1cm" fo:margin-right="2.1cm"/>
<style:header-style><style:header-footer-properties fo:min-height="2.2cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header>{head}</style:header><style:footer>{odt_par("Pied", T.PIED)}</style:footer></style:master-page></office:master-styles></office:document-styles>'''
    meta = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODT_NS} office:version="1.3"><office:meta><meta:generator>DEC-Normandie/gabarit-courrier</meta:generator>
<dc:title>BTS Électrotechnique session 2028</dc:title></office:meta></office:document-meta>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2028, 1, 31, 10, 0, 0)), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(name, (2028, 1, 31, 10, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)


# ------------------------------------------------------------------ reportlab letter (Reims)
def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def rl_letter(path, T):
    base = ParagraphStyle("b", fontName="DVS", fontSize=9.8, leading=13.2, spaceAfter=6)
    st = {"p": base, "bold": ParagraphStyle("bo", parent=base, fontName="DVSB"),
          "h": ParagraphStyle("h", parent=base, fontName="DVSB", fontSize=10.5, spaceBefore=6, textColor=colors.HexColor("#7A1F2B")),
          "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
          "indent": ParagraphStyle("i", parent=base, leftIndent=8.5 * cm, spaceAfter=10),
          "sig": ParagraphStyle("s", parent=base, leftIndent=9 * cm, spaceBefore=12),
          "cell": ParagraphStyle("c", parent=base, fontName="DV", fontSize=8.8, leading=11, spaceAfter=0),
          "cellb": ParagraphStyle("cb", parent=base, fontName="DVB", fontSize=8.8, leading=11, spaceAfter=0)}
    story = []
    for b in T.BLOCS:
        if b[0] == "table":
            data = [[Paragraph(esc(c), st["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(b[1])]
            t = Table(data, colWidths=[w * cm for w in b[2]])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EFE3E5"))]))
            story += [t, Spacer(1, 8)]
        else:
            story.append(Paragraph(esc(b[1]), st[b[0]]))

    def deco(canv, doc):
        canv.saveState()
        w, h = A4
        canv.setFillColor(colors.HexColor("#000091")); canv.rect(2 * cm, h - 1.55 * cm, 0.9 * cm, 0.35 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.HexColor("#E1000F")); canv.rect(2.9 * cm, h - 1.55 * cm, 0.9 * cm, 0.35 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.black)
        canv.setFont("DVB", 10); canv.drawString(2 * cm, h - 2.1 * cm, T.EN_TETE[0])
        canv.setFont("DV", 7.5); canv.drawString(2 * cm, h - 2.5 * cm, T.EN_TETE[1])
        canv.setFont("DVB", 8.5); canv.drawRightString(w - 2 * cm, h - 2.1 * cm, T.EN_TETE[2])
        canv.setFont("DV", 8); canv.drawRightString(w - 2 * cm, h - 2.5 * cm, T.EN_TETE[3])
        canv.setFont("DV", 7); canv.setFillColor(colors.HexColor("#555555"))
        canv.drawCentredString(w / 2, 1.2 * cm, T.PIED); canv.drawRightString(w - 2 * cm, 0.8 * cm, f"{doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=3.3 * cm, bottomMargin=2 * cm,
                            title="Circulaire BTS NDRC 2029", author="DEC")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def scan(src_pdf, dest):
    """Photocopy-like scan: 150 dpi gray, slight skew, noise, JPEG; image only, no text layer."""
    prefix = os.path.join(TMP, "scan")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src_pdf, prefix], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith("scan") and f.endswith(".png"))
    imgs = []
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(TMP, f)).convert("L")
        im = im.rotate(random.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=245)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + np.random.normal(0, 7, a.shape)
        a[:, :18] *= 0.55  # dark left edge of the copier glass
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        buf = os.path.join(TMP, f"scan_{i}.jpg"); im.save(buf, quality=60)
        imgs.append(Image.open(buf))
    imgs[0].save(dest, save_all=True, append_images=imgs[1:], resolution=150.0)


# ------------------------------------------------------------------ HTML page (Polynésie) + Chromium print
CSS = """body{font-family:'DejaVu Sans',Arial,sans-serif;margin:0;color:#222;font-size:14px}
header.site{background:#0a3d62;color:#fff;padding:14px 32px}header.site .marque{font-weight:bold;font-size:17px;letter-spacing:.5px}
header.site .devise{font-size:11px;opacity:.85}header.site .service{font-size:12px;margin-top:4px}
nav{background:#e8f1f8;padding:6px 32px;font-size:12px}nav a{color:#0a3d62;margin-right:14px;text-decoration:none}
main{padding:10px 32px 24px;max-width:900px}h1{font-size:21px;color:#0a3d62}h2{font-size:16px;color:#0a3d62;border-bottom:1px solid #cdd;margin-top:22px}
p.chapo{font-style:italic;color:#555}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:5px 8px;text-align:left}
th{background:#dfe9f2}td:nth-child(2),td:nth-child(3){white-space:nowrap}.sig{margin-top:24px;font-weight:bold}footer{font-size:11px;color:#666;padding:10px 32px;border-top:1px solid #ccc}
.fil{font-size:11px;color:#777}aside.partage{float:right;font-size:11px;color:#0a3d62}"""


def html_build(path, T):
    out = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">', f"<title>{html.escape(T.TITRE)} — Vice-rectorat</title>",
           f"<style>{CSS}</style></head><body>", '<header class="site">',
           f'<div class="marque">{html.escape(T.EN_TETE[0])}</div><div class="devise">{html.escape(T.EN_TETE[1])}</div>',
           f'<div class="service">{html.escape(T.EN_TETE[2])} — {html.escape(T.EN_TETE[3])}</div></header>',
           '<nav><a href="#">Accueil</a><a href="#">Examens</a><a href="#">BTS</a><a href="#">Personnels</a><a href="#">Contact</a></nav>',
           '<main><div class="fil">Accueil › Examens › BTS › MHR</div><aside class="partage">Imprimer · Partager</aside>',
           f"<h1>{html.escape(T.TITRE)}</h1>", f'<p class="chapo">{html.escape(T.CHAPO)}</p>']
    for b in T.BLOCS:
        kind = b[0]
        if kind == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in b[1][0]) + "</tr></thead><tbody>")
            for r in b[1][1:]:
                out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "h":
            out.append(f"<h2>{html.escape(b[1])}</h2>")
        elif kind == "sig":
            out.append('<p class="sig">' + "<br>".join(html.escape(x) for x in b[1].split("\n")) + "</p>")
        else:
            out.append("<p>" + "<br>".join(html.escape(x) for x in b[1].split("\n")) + "</p>")
    out += ["</main>", f"<footer>{html.escape(T.PIED)}</footer></body></html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def chromium_pdf(src, dest):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chrome", f"--print-to-pdf={dest}", "file://" + src],
                   check=True, capture_output=True)


def main():
    # A. SIEC: DOCX + LibreOffice PDF
    docx_build(P("circulaire_sam_2027_siec.docx"), TS)
    soffice_pdf(P("circulaire_sam_2027_siec.docx"), P("circulaire_sam_2027_siec_pdf.pdf"))
    # B. Normandie: hand-written ODT + LibreOffice PDF
    odt_build(P("circulaire_electrotechnique_2028_normandie.odt"), TN)
    soffice_pdf(P("circulaire_electrotechnique_2028_normandie.odt"), P("circulaire_electrotechnique_2028_normandie_pdf.pdf"))
    # C. Grand Est / Reims: reportlab PDF + scan
    rl_letter(P("circulaire_ndrc_2029_reims.pdf"), TR)
    scan(P("circulaire_ndrc_2029_reims.pdf"), P("circulaire_ndrc_2029_reims_scan.pdf"))
    # D. Polynésie: HTML page + Chromium PDF
    html_build(P("circulaire_mhr_2030_polynesie.html"), TP)
    chromium_pdf(P("circulaire_mhr_2030_polynesie.html"), P("circulaire_mhr_2030_polynesie_pdf.pdf"))
    # E. La Réunion -> Mayotte: DOCX
    docx_build(P("courrier_gtla_2026_reunion_mayotte.docx"), TM, font="Liberation Sans Narrow", accent=RGBColor(0x33, 0x33, 0x33),
               head_sizes=(10, 9))
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.split(".")[-1] in ("docx", "pdf", "odt", "html"):
            print(f"{f:55s} {os.path.getsize(P(f)):>9d} bytes")


if __name__ == "__main__":
    main()
