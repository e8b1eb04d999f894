#!/usr/bin/env python3
"""Build the independantes_bj corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files under /tmp/bj_build)."""
import html, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_rennes as TR
import textes_toulouse as TT
import textes_grenoble as TG
import textes_lille as TL
import textes_crsa as TC

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = "/tmp/bj_build"
LO_PROFILE = "file:///tmp/lo_bj"
random.seed(11)
np.random.seed(11)

STEM_A = "calendrier_postbac_2026_rennes_bts-cg"
STEM_B = "page_rectorat_bts_2027_grenoble_bts-pi"
STEM_C = "note_nationale_ecrits_communs_2028_bts-crsa"
STEM_D = "calendrier_bts_btsa_2029_toulouse_bts-qiabi"
STEM_E = "calendrier_arts_mode_2028_lille_bts-mmv"


def soffice(src, filt="pdf", infilter=None):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    subprocess.run(cmd + ["--convert-to", filt, "--outdir", HERE, src], check=True, capture_output=True)


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def put(cell, text, bold=False, size=8.5, align=None, color=None):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = par.add_run(line); r.bold = bold; r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            r.add_break()
    if align is not None:
        par.alignment = align


def widths(table, cms):
    """Column widths in tblGrid and in every tcW (a merged cell gets the sum of its span)."""
    table.autofit = False
    tw = [int(Cm(w) / 635) for w in cms]  # EMU -> twips
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            tcPr = tc.get_or_add_tcPr()
            span = tcPr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(sum(tw[col:col + n])))
            col += n


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def base_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(9.5)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    else:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.2 if landscape else 1.5); sec.bottom_margin = Cm(1.0 if landscape else 1.5)
    return doc


def para(doc, text, bold=False, size=9.5, align=None, indent=None, italic=False, space_after=4, color=None):
    p = doc.add_paragraph()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1:
            r.add_break()
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(space_after)
    return p


# ---------------------------------------------------------------- A. Rennes: chronological multi-diploma table
def build_rennes():
    doc = base_doc()
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TR.PIED); r.font.size = Pt(7.5)
    # letterhead: two cells, no borders
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    put(t.cell(0, 0), "\n".join(TR.EN_TETE), bold=True, size=9, color="1F3864")
    put(t.cell(0, 1), TR.EXPEDITEUR, size=8)
    widths(t, [8.5, 8.9])
    para(doc, TR.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TR.DESTINATAIRES, indent=8, size=9)
    para(doc, TR.OBJET, bold=True)
    for ref in TR.REFERENCES:
        para(doc, ref, italic=True, size=8.5, indent=1, space_after=0)
    para(doc, "")
    para(doc, TR.INTRO, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, TR.T1, bold=True, size=11, color="1F3864")
    tab = doc.add_table(rows=1 + len(TR.CAL), cols=6); tab.style = "Table Grid"
    for j, h in enumerate(TR.CAL_ENTETE):
        put(tab.cell(0, j), h, bold=True); shade(tab.cell(0, j), "D9E2F3")
    header_repeat(tab.rows[0])
    for i, row in enumerate(TR.CAL, 1):
        bts = row[2].startswith("BTS")
        for j, v in enumerate(row):
            put(tab.cell(i, j), v, size=8.5)
            if "Ascension" in row[3]:
                shade(tab.cell(i, j), "EDEDED")
            elif bts:
                shade(tab.cell(i, j), "FFF8E1")
    widths(tab, [2.9, 2.9, 3.0, 5.6, 1.2, 1.8])
    para(doc, TR.NOTE_CAL, size=8, italic=True)
    para(doc, TR.T2, bold=True, size=11, color="1F3864")
    para(doc, TR.CENTRES_INTRO)
    for letter, name, scope in TR.CENTRES:
        p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1.2); p.paragraph_format.first_line_indent = Cm(-0.8)
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(letter + "\u2003"); r.bold = True
        p.add_run(name + " — ")
        r = p.add_run(scope); r.italic = True
    para(doc, TR.T3, bold=True, size=11, color="1F3864")
    tab = doc.add_table(rows=1 + len(TR.ECH), cols=4); tab.style = "Table Grid"
    for j, h in enumerate(TR.ECH_ENTETE):
        put(tab.cell(0, j), h, bold=True); shade(tab.cell(0, j), "D9E2F3")
    for i, row in enumerate(TR.ECH, 1):
        for j, v in enumerate(row):
            put(tab.cell(i, j), v)
    widths(tab, [3.2, 6.3, 4.6, 3.3])
    para(doc, "")
    para(doc, TR.CONCLUSION, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, TR.SIGNATURE, indent=9)
    out = P(STEM_A + ".docx"); doc.save(out); soffice(out)


# ---------------------------------------------------------------- D. Toulouse: diplomas as columns, merged BTS cells
def build_toulouse():
    doc = base_doc(landscape=True)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Calendrier commun BTS / BTSA – session 2029 – rectorat de Toulouse / DRAAF Occitanie"); r.font.size = Pt(7.5)
    t = doc.add_table(rows=1, cols=3); no_borders(t)
    put(t.cell(0, 0), "\n".join(TT.EN_TETE_G), bold=True, size=8.5, color="1F3864")
    put(t.cell(0, 1), "", size=8)
    put(t.cell(0, 2), "\n".join(TT.EN_TETE_D), bold=True, size=8.5, color="2E5B2E", align=WD_ALIGN_PARAGRAPH.RIGHT)
    widths(t, [9, 8.1, 9])
    para(doc, TT.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, TT.OBJET, bold=True)
    para(doc, TT.INTRO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=9)
    tab = doc.add_table(rows=1 + len(TT.LIGNES), cols=5); tab.style = "Table Grid"
    fills = ["FFFFFF", "E2EFDA", "E2EFDA", "DDEBF7", "DDEBF7"]
    for j, h in enumerate(TT.COLONNES):
        put(tab.cell(0, j), h, bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER); shade(tab.cell(0, j), fills[j])
    header_repeat(tab.rows[0])
    for i, (label, cells) in enumerate(TT.LIGNES, 1):
        put(tab.cell(i, 0), label, bold=True, size=8.5); shade(tab.cell(i, 0), "F2F2F2")
        col = 1
        for text, span in cells:
            c = tab.cell(i, col)
            if span > 1:
                c = c.merge(tab.cell(i, col + span - 1))
            put(c, text, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
            col += span
    widths(tab, [3.6, 5.6, 5.6, 5.6, 5.6])
    for n in TT.NOTES:
        para(doc, "– " + n, size=8, space_after=0)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    for j, s in enumerate(TT.SIGNATURES):
        put(t.cell(0, j), s, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    out = P(STEM_D + ".docx"); doc.save(out); soffice(out)


# ---------------------------------------------------------------- B. Grenoble: rectorat web page printed by Chromium
def h(s):
    return html.escape(s, quote=False)


def table_html(head, rows, cls=""):
    out = [f'<table class="{cls}"><thead><tr>' + "".join(f"<th scope=\"col\">{h(x)}</th>" for x in head) + "</tr></thead><tbody>"]
    for r in rows:
        out.append("<tr>" + f"<th scope=\"row\">{h(r[0])}</th>" + "".join(f"<td>{h(x)}</td>" for x in r[1:]) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def build_grenoble():
    css = """
    body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5px;color:#1e1e1e;margin:0}
    header.site{background:#000091;color:#fff;padding:10px 18px;display:flex;justify-content:space-between;align-items:center}
    header.site .marque{font-weight:bold;font-size:15px;line-height:1.1}
    header.site .marque small{display:block;font-weight:normal;font-size:9px}
    nav.menu{background:#f0f0f6;padding:5px 18px;font-size:10px}
    nav.menu a{margin-right:14px;color:#000091;text-decoration:none}
    .fil{font-size:9px;color:#555;margin:8px 18px}
    .fil span+span:before{content:" › "}
    .page{display:flex;gap:16px;margin:0 18px}
    main{flex:3}
    aside{flex:1;border-left:3px solid #e1000f;padding-left:10px;font-size:9.5px}
    aside h3{font-size:11px;margin-top:0}
    aside li{margin-bottom:6px}
    h1{font-size:19px;color:#000091;margin:4px 0}
    .publie{font-size:9px;color:#666;margin-bottom:8px}
    .chapo{font-size:11px;font-weight:bold;margin-bottom:10px}
    h2{font-size:13px;color:#000091;border-bottom:1px solid #000091;margin:14px 0 5px}
    table{border-collapse:collapse;width:100%;margin-bottom:6px}
    th,td{border:1px solid #bbb;padding:3px 5px;text-align:left;vertical-align:top}
    thead th{background:#e3e3fd}
    tbody th{font-weight:normal}
    table.spec tbody tr:nth-child(even){background:#f6f6f6}
    .note{font-size:9.5px;color:#333;margin:3px 0}
    ul.centres li{margin-bottom:3px}
    .rappel{background:#fff4e5;border-left:4px solid #ff9940;padding:5px 8px;margin-top:10px}
    footer{margin:18px;border-top:1px solid #ccc;padding-top:6px;font-size:8.5px;color:#555}
    @page{size:A4;margin:10mm}
    """
    parts = [f"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{h(TG.TITRE)}</title><style>{css}</style></head><body>"]
    parts.append(f'<header class="site"><div class="marque">RÉPUBLIQUE FRANÇAISE<small>Liberté Égalité Fraternité</small></div>'
                 f'<div class="marque">{h(TG.SITE)}<small>Région académique Auvergne-Rhône-Alpes</small></div></header>')
    parts.append('<nav class="menu">' + "".join(f'<a href="#">{h(m)}</a>' for m in TG.MENU) + "</nav>")
    parts.append('<div class="fil">' + "".join(f"<span>{h(x)}</span>" for x in TG.FIL) + "</div>")
    parts.append('<div class="page"><main>')
    parts.append(f"<h1>{h(TG.TITRE)}</h1><div class=\"publie\">{h(TG.PUBLIE)}</div><p class=\"chapo\">{h(TG.CHAPO)}</p>")
    parts.append(f"<h2>{h(TG.T1)}</h2>" + table_html(TG.COMMUNES_ENTETE, TG.COMMUNES))
    parts.append(f"<h2>{h(TG.T2)}</h2>" + table_html(TG.SPEC_ENTETE, TG.SPEC, "spec"))
    parts.append(f"<h2>{h(TG.T3)}</h2>" + table_html(TG.ORAL_ENTETE, TG.ORAUX, "spec"))
    parts.append("".join(f'<p class="note">{h(n)}</p>' for n in TG.NOTES_ORAUX))
    parts.append(f"<h2>{h(TG.T4)}</h2><ul class=\"centres\">" +
                 "".join(f"<li><strong>{h(a)}</strong> : {h(b)}</li>" for a, b in TG.CENTRES) + "</ul>")
    parts.append(f"<h2>{h(TG.T5)}</h2><p>{h(TG.RESULTATS)}</p><p class=\"rappel\">{h(TG.RAPPEL)}</p>")
    parts.append("</main><aside><h3>Actualités</h3><ul>" +
                 "".join(f"<li><time>{h(d)}</time><br>{h(t)}</li>" for d, t in TG.ACTUS) + "</ul></aside></div>")
    parts.append("<footer>" + "<br>".join(h(x) for x in TG.PIED) + "</footer></body></html>")
    src = P(STEM_B + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chromium", f"--print-to-pdf={P(STEM_B + '.pdf')}", "file://" + src],
                   check=True, capture_output=True)


# ---------------------------------------------------------------- E. Lille: one block per diploma, HTML via LibreOffice
def build_lille():
    def bloc(b, anchor, target=False):
        style = ' style="border:2px solid #7a1f5c;padding:4px"' if target else ""
        s = [f'<h2 id="{anchor}">{h(b["titre"])}</h2>',
             f'<table border="1" cellpadding="3" cellspacing="0" width="100%"{style}><thead><tr>' +
             "".join(f'<th bgcolor="#eadcf0" align="left">{h(x)}</th>' for x in b["entete"]) + "</tr></thead><tbody>"]
        for r in b["lignes"]:
            s.append("<tr>" + "".join(f"<td>{h(x)}</td>" for x in r) + "</tr>")
        s.append("</tbody></table>")
        for a in b.get("apres", []):
            s.append(f"<p>{h(a)}</p>")
        return "\n".join(s)
    parts = ['<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Calendrier session 2028 – mode et métiers d\'art</title>'
             '<style>body{font-family:"Liberation Serif",serif;font-size:10.5pt} h2{font-size:12pt;color:#7a1f5c} '
             'td,th{font-size:9.5pt;vertical-align:top} .entete{font-family:"Liberation Sans",sans-serif;font-size:9pt}</style></head><body>']
    parts.append('<p class="entete"><b>' + "<br>".join(h(x) for x in TL.EN_TETE) + "</b></p>")
    parts.append(f'<p align="right">{h(TL.LIEU_DATE)}</p><p><b>{h(TL.OBJET)}</b></p><p>{h(TL.INTRO)}</p>')
    parts.append("<p><b>Sommaire</b></p><ol>" + "".join(f'<li><a href="#s{i}">{h(s[3:])}</a></li>' for i, s in enumerate(TL.SOMMAIRE, 1)) + "</ol>")
    parts.append(bloc(TL.DNMADE, "s1"))
    parts.append(bloc(TL.BTS, "s2", target=True))
    parts.append(bloc(TL.BMA, "s3"))
    parts.append(bloc(TL.CAP, "s4"))
    parts.append(f'<h2 id="s5">{h(TL.COMMUNES_TITRE)}</h2><ul>' + "".join(f"<li>{h(x)}</li>" for x in TL.COMMUNES) + "</ul>")
    parts.append('<p align="right">' + h(TL.SIGNATURE).replace("\n", "<br>") + "</p></body></html>")
    src = P(STEM_E + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    soffice(src, "pdf:writer_pdf_Export", infilter="HTML (StarWriter)")


# ---------------------------------------------------------------- C. national note drawn with reportlab
def build_crsa():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

    fdir = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LS", fdir + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", fdir + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", fdir + "LiberationSans-Italic.ttf"))
    body = ParagraphStyle("b", fontName="LS", fontSize=9, leading=11.5, spaceAfter=5, alignment=4)
    small = ParagraphStyle("s", fontName="LS", fontSize=8, leading=9.5)
    smallb = ParagraphStyle("sb", parent=small, fontName="LSB")
    head = ParagraphStyle("h", fontName="LSB", fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#000091"))
    ital = ParagraphStyle("i", parent=body, fontName="LSI", fontSize=8.5)

    def grid(header, rows, w):
        data = [[Paragraph(x, smallb) for x in header]] + [[Paragraph(x, small) for x in r] for r in rows]
        t = Table(data, colWidths=[x * cm for x in w], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3E3FD")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return t

    def on_page(c, doc):
        c.saveState(); c.setFont("LS", 7.5); c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 1.0 * cm, f"{TC.REF} – BTS session 2028 – page {doc.page}")
        c.restoreState()

    story = []
    story.append(Paragraph("<br/>".join(TC.EN_TETE), ParagraphStyle("e", fontName="LSB", fontSize=8.5, leading=10.5, textColor=colors.HexColor("#000091"))))
    story.append(Spacer(1, 10))
    story.append(Paragraph(TC.REF, ParagraphStyle("r", fontName="LSB", fontSize=10, leading=12)))
    story.append(Paragraph("Objet : " + TC.OBJET, ParagraphStyle("o", fontName="LSB", fontSize=9.5, leading=12, spaceAfter=5)))
    story.append(Paragraph(TC.DEST, ital))
    story.append(Paragraph(TC.VISAS, ital))
    story.append(Paragraph(TC.INTRO, body))
    story.append(Paragraph(TC.S1, head))
    story.append(grid(TC.S1_ENTETE, TC.S1_LIGNES, [5.2, 6.6, 3.0, 2.6]))
    story.append(Paragraph(TC.S2, head))
    story.append(grid(TC.S2_ENTETE, TC.S2_LIGNES, [2.2, 9.6, 3.0, 2.6]))
    story.append(Paragraph(TC.S3, head))
    story.append(grid(TC.S2_ENTETE, TC.S3_LIGNES, [2.2, 9.6, 3.0, 2.6]))
    story.append(Paragraph(TC.S4, head))
    story.append(grid(TC.S2_ENTETE, TC.S4_LIGNES, [2.2, 9.6, 3.0, 2.6]))
    story.append(KeepTogether([Paragraph(TC.S5, head), grid(TC.S5_ENTETE, TC.S5_LIGNES, [5.0, 6.8, 3.0, 2.6])]))
    story.append(Spacer(1, 6))
    story.append(Paragraph(TC.FERIES, body))
    story.append(Paragraph(TC.SUJETS, body))
    story.append(Spacer(1, 8))
    story.append(Paragraph(TC.SIGNATURE.replace("\n", "<br/>"), ParagraphStyle("sg", parent=body, leftIndent=9 * cm, alignment=0)))
    doc = SimpleDocTemplate(P(STEM_C + ".pdf"), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.6 * cm, title=TC.OBJET, author="DGESIP A1-3")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- scan of the national note (image only)
def build_scan():
    src = P(STEM_C + ".pdf")
    d = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", src, os.path.join(d, "p")], check=True)
    pages = []
    for name in sorted(os.listdir(d)):
        im = Image.open(os.path.join(d, name)).convert("L")
        a = np.asarray(im).astype(np.float32)
        a = 232 * (a / 255.0) + 8                        # grey paper, toner not quite black
        a += np.random.normal(0, 6, a.shape)              # sensor noise
        a[:, :40] *= np.linspace(0.55, 1, 40)[None, :]    # dark edge from the copier lid
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=235)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im)
    out = P(STEM_C + "_scan.pdf")
    pages[0].save(out, "PDF", resolution=200, save_all=True, append_images=pages[1:], quality=60)
    shutil.rmtree(d)


def main():
    os.makedirs(TMP, exist_ok=True)
    build_rennes()
    build_toulouse()
    build_grenoble()
    build_lille()
    build_crsa()
    build_scan()
    for stem in (STEM_A, STEM_B, STEM_C, STEM_D, STEM_E):
        for ext in (".docx", ".html", ".pdf"):
            if os.path.exists(P(stem + ext)):
                print(f"{stem + ext:60s} {os.path.getsize(P(stem + ext)) // 1024:5d} KB")
    print(f"{STEM_C + '_scan.pdf':60s} {os.path.getsize(P(STEM_C + '_scan.pdf')) // 1024:5d} KB")


if __name__ == "__main__":
    main()
