#!/usr/bin/env python3
"""Construit le corpus independantes_af (aucun code du projet n'est importé).
Usage : /work/main/.venv/bin/python build.py"""
import html
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_mhr as TM  # noqa: E402
import textes_nantes as TN  # noqa: E402
import textes_polynesie as TP  # noqa: E402
import textes_reims as TR  # noqa: E402
import textes_versailles as TV  # noqa: E402

LO_PROFILE = "file:///tmp/lo_independantes_af"
random.seed(2026)
np.random.seed(2026)


def out(name):
    return os.path.join(HERE, name)


def soffice(src, fmt, infilter=None):
    tmp = tempfile.mkdtemp(prefix="af_lo_")
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", tmp, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = [f for f in os.listdir(tmp)]
    assert produced, f"LibreOffice n'a rien produit pour {src}"
    return os.path.join(tmp, produced[0])


# ---------------------------------------------------------------- helpers docx
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align


def page_number_field(paragraph):
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        run._r.append(el)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = Cm(1.8)
        s.bottom_margin = Cm(1.8)
    return doc


# ---------------------------------------------------------------- Reims (DOCX -> PDF)
def build_reims():
    doc = base_doc()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    # en-tête de première page : bloc académie à gauche, lieu/date à droite (tabulation)
    hp = sec.first_page_header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    for i, line in enumerate(TR.EN_TETE):
        r = hp.add_run(line)
        r.bold = i < 1
        r.font.size = Pt(9)
        if i == 0:
            hp.add_run("\t")
            d = hp.add_run(TR.LIEU_DATE)
            d.font.size = Pt(9)
        hp.add_run().add_break()
    hp2 = sec.header.paragraphs[0]
    hp2.text = "BTS Communication – session 2026 – circulaire d'organisation"
    hp2.runs[0].font.size = Pt(8)
    for ft in (sec.footer, sec.first_page_footer):
        fp = ft.paragraphs[0]
        fp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        r = fp.add_run(TR.PIED + "\t")
        r.font.size = Pt(7)
        page_number_field(fp)

    p = doc.add_paragraph(TR.AFFAIRE)
    p.runs[0].font.size = Pt(8)
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(8)
    for i, line in enumerate(TR.DESTINATAIRES.split("\n")):
        if i:
            p.add_run().add_break()
        p.add_run(line)
    p = doc.add_paragraph()
    p.add_run(TR.OBJET).bold = True
    doc.add_paragraph("Références :")
    for ref in TR.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(TR.INTRO)

    doc.add_heading(TR.TITRE_1, level=2)
    doc.add_paragraph(TR.ECRITS_INTRO)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, TR.ECRITS_ENTETE):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in TR.ECRITS:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    doc.add_paragraph(TR.FERIES).runs[0].italic = True

    doc.add_paragraph().add_run(TR.TITRE_CENTRES).bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, TR.CENTRES_ENTETE):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in TR.CENTRES:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)

    doc.add_heading(TR.TITRE_2, level=2)
    doc.add_paragraph(TR.ORAUX_INTRO)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, TR.RECAP_ENTETE):
        cell_text(c, h, bold=True, size=8)
        shade(c, "FCE4D6")
    rows = []
    for row in TR.RECAP:
        cells = t.add_row().cells
        rows.append(cells)
        for c, v in zip(cells, row):
            if v is not None:
                cell_text(c, v, size=8)
    # E4/E5 : transmission et conformité communes -> fusion verticale
    rows[0][1].merge(rows[1][1])
    rows[0][2].merge(rows[1][2])
    # E6 : CCF -> fusion horizontale de la ligne
    m = rows[2][1].merge(rows[2][5])
    cell_text(m, TR.RECAP[2][1], size=8)
    shade(m, "F2F2F2")
    doc.add_paragraph(TR.ORAUX_NOTE)

    doc.add_heading(TR.TITRE_3, level=2)
    doc.add_paragraph(TR.JURY)
    doc.add_heading(TR.TITRE_4, level=2)
    doc.add_paragraph(TR.FORMATION_INTRO)
    for f in TR.FORMATION:
        doc.add_paragraph(f, style="List Bullet")
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(9)
    for i, line in enumerate(TR.SIGNATURE):
        if i:
            p.add_run().add_break()
        p.add_run(line)

    # encadré ERRATUM : tableau à une cellule, bordure épaisse
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, "FFF2CC")
    cell_text(c, TR.ERRATUM_TITRE, bold=True, size=10)
    r = c.add_paragraph().add_run(TR.ERRATUM)
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x9C, 0x00, 0x06)

    docx_path = out("circulaire_com_2026_reims.docx")
    doc.save(docx_path)
    shutil.copy(soffice(docx_path, "pdf"), out("circulaire_com_2026_reims.pdf"))


# ---------------------------------------------------------------- Nantes (texte brut)
def build_nantes():
    with open(out("courriel_elt_2027_nantes.txt"), "w", encoding="utf-8") as f:
        f.write(TN.COURRIEL)


# ---------------------------------------------------------------- Polynésie (HTML -> ODT -> PDF)
def build_polynesie():
    e = html.escape
    h = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
         "<title>BTS CG 2026 – Polynésie française</title>",
         "<style>body{font-family:'Liberation Serif',serif;font-size:11pt;margin:2em}"
         "table{border-collapse:collapse;width:100%;margin:0.6em 0}td,th{border:1px solid #444;padding:3px 5px;"
         "vertical-align:top;font-size:10pt}th{background:#dbe5f1}.ent{font-size:9pt}"
         ".droite{text-align:right}.sig{margin-left:55%}</style></head><body>"]
    h.append('<table style="border:none"><tr><td style="border:none" class="ent">'
             + "<br>".join(f"<b>{e(x)}</b>" if i < 2 else e(x) for i, x in enumerate(TP.EN_TETE))
             + '</td><td style="border:none" class="droite">' + e(TP.LIEU_DATE) + "<br>" + e(TP.NUMERO)
             + "</td></tr></table>")
    h.append(f"<p><b>{e(TP.OBJET)}</b></p><p><i>{e(TP.REF)}</i></p><p>{TP.INTRO}</p>")
    h.append("<h3>Épreuves de l'examen</h3><ul>")
    for code, lib, nat in TP.EPREUVES:
        h.append(f"<li><b>{e(code)}</b> – {e(lib)} ({e(nat)})</li>")
    h.append("</ul>")
    h.append(f"<h3>{e(TP.CAL_TITRE)}</h3><table><tr>" + "".join(f"<th>{e(x)}</th>" for x in TP.CAL_ENTETE) + "</tr>")
    for jour, lignes in TP.CAL:
        for i, (ep, tah, par, dur) in enumerate(lignes):
            h.append("<tr>")
            if i == 0:
                h.append(f'<td rowspan="{len(lignes)}"><b>{e(jour)}</b></td>')
            if not tah:
                h.append(f'<td colspan="4"><i>{e(ep)}</i></td>')
            else:
                h.append(f"<td>{e(ep)}</td><td><b>{e(tah)}</b></td><td>{e(par)}</td><td>{e(dur)}</td>")
            h.append("</tr>")
    h.append(f"</table><p>{e(TP.E5_NOTE)}</p>")
    h.append(f"<h3>{e(TP.ORAUX_TITRE)}</h3><ol>" + "".join(f"<li>{x}</li>" for x in TP.ORAUX) + "</ol>")
    h.append(f"<h3>{e(TP.CENTRES_TITRE)}</h3><table><tr>" + "".join(f"<th>{e(x)}</th>" for x in TP.CENTRES_ENTETE) + "</tr>")
    for nom, adr, com, ep in TP.CENTRES:
        h.append(f"<tr><td>{e(nom)}</td><td>{adr}</td><td>{e(com)}</td><td>{e(ep)}</td></tr>")
    h.append(f"</table><p>{e(TP.FORMATION)}</p>")
    h.append(f"<h3>{e(TP.FIN_TITRE)}</h3><ul>" + "".join(f"<li>{e(x)}</li>" for x in TP.FIN) + "</ul>")
    h.append('<p class="sig">' + "<br>".join(e(x) for x in TP.SIGNATURE) + "</p></body></html>")
    html_path = out("circulaire_cg_2026_polynesie.html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write("\n".join(h))
    odt = soffice(html_path, "odt:writer8", infilter="HTML (StarWriter)")
    shutil.copy(odt, out("circulaire_cg_2026_polynesie.odt"))
    shutil.copy(soffice(out("circulaire_cg_2026_polynesie.odt"), "pdf"), out("circulaire_cg_2026_polynesie.pdf"))


# ---------------------------------------------------------------- Versailles (reportlab direct)
def build_versailles():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    fontdir = "/usr/share/fonts/truetype/liberation2"
    pdfmetrics.registerFont(TTFont("LS", os.path.join(fontdir, "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LSB", os.path.join(fontdir, "LiberationSans-Bold.ttf")))
    n = ParagraphStyle("n", fontName="LS", fontSize=9.5, leading=12)
    b = ParagraphStyle("b", parent=n, fontName="LSB")
    t1 = ParagraphStyle("t1", fontName="LSB", fontSize=15, leading=19, alignment=1, spaceAfter=4)
    t2 = ParagraphStyle("t2", fontName="LSB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
    cellst = ParagraphStyle("c", parent=n, fontSize=10, leading=13, alignment=1)

    def P(txt, st=n):
        return Paragraph(html.escape(txt).replace("\n", "<br/>"), st)

    story = []
    head = Table([[P("\n".join(TV.EN_TETE_G), b), P("\n".join(TV.EN_TETE_D), n)]], colWidths=[13 * cm, 13 * cm])
    head.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [head, Spacer(1, 10), P(TV.TITRE, t1), P(TV.SOUS_TITRE, t2)]
    data = [[""] + [P(j, ParagraphStyle("h", parent=cellst, fontName="LSB")) for j in TV.JOURS]]
    for d in TV.DEMI:
        data.append([P(d, b)] + [P(TV.GRILLE[(d, j)], cellst) for j in TV.JOURS])
    g = Table(data, colWidths=[3 * cm] + [7.5 * cm] * 3, rowHeights=[0.9 * cm, 2.2 * cm, 2.2 * cm])
    g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                           ("BACKGROUND", (1, 0), (-1, 0), colors.HexColor("#1F4E79")),
                           ("TEXTCOLOR", (1, 0), (-1, 0), colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    # titres de colonnes en blanc
    data[0] = [""] + [Paragraph(f'<font color="white">{j}</font>', ParagraphStyle("hw", parent=cellst, fontName="LSB"))
                      for j in TV.JOURS]
    g = Table(data, colWidths=[3 * cm] + [7.5 * cm] * 3, rowHeights=[0.9 * cm, 2.2 * cm, 2.2 * cm])
    g.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black),
                           ("BACKGROUND", (1, 0), (-1, 0), colors.HexColor("#1F4E79")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [g, Spacer(1, 6), P(TV.FERIES), P(TV.CODES_TITRE, t2)]
    codes = [TV.CODES[i:i + 2] for i in range(0, len(TV.CODES), 2)]
    ct = Table([[P(x) for x in r] for r in codes], colWidths=[12.7 * cm, 12.7 * cm])
    ct.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    story += [ct, PageBreak(), P(TV.P2_TITRE, t2)]
    for i, x in enumerate(TV.P2, 1):
        story.append(P(f"{i}. {x}"))
        story.append(Spacer(1, 3))
    story.append(P(TV.CENTRES_TITRE, t2))
    cdata = [[P("Centre", b), P("Adresse", b), P("Épreuves", b)]] + [[P(a, b), P(c), P(d)] for a, c, d in TV.CENTRES]
    cen = Table(cdata, colWidths=[7 * cm, 9 * cm, 7 * cm])
    cen.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]))
    story += [cen, Spacer(1, 6), P(TV.FORMATION), Spacer(1, 14), P(TV.SIGNATURE, b)]

    def footer(canv, docu):
        canv.setFont("LS", 7.5)
        canv.drawString(1.5 * cm, 1 * cm, f"DEC 5 – BTS Tourisme 2028 – page {docu.page}/2")

    SimpleDocTemplate(out("calendrier_tourisme_2028_versailles.pdf"), pagesize=landscape(A4),
                      leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.3 * cm, bottomMargin=1.5 * cm,
                      title="BTS Tourisme 2028 – planning", author="DEC 5").build(story, onFirstPage=footer,
                                                                                   onLaterPages=footer)


# ---------------------------------------------------------------- MHR national (DOCX sections -> PDF)
def build_mhr():
    doc = base_doc()
    s1 = doc.sections[0]
    hp = s1.header.paragraphs[0]
    for i, line in enumerate(TM.EN_TETE):
        if i:
            hp.add_run().add_break()
        r = hp.add_run(line)
        r.font.size = Pt(8)
        r.bold = i == 0
    fp = s1.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(TM.PIED).font.size = Pt(8)
    page_number_field(fp)

    p = doc.add_paragraph(TM.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("La ministre de l'enseignement supérieur et de la recherche").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("à").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for d in TM.DESTINATAIRES:
        doc.add_paragraph(d).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.add_run(TM.OBJET).bold = True
    doc.add_paragraph("Références :")
    for r in TM.REFERENCES:
        doc.add_paragraph(r, style="List Bullet")
    doc.add_paragraph(TM.INTRO)
    doc.add_heading(TM.UNITES_TITRE, level=2)
    for u in TM.UNITES:
        doc.add_paragraph(u, style="List Bullet")

    # section paysage pour le calendrier (tableau coupé sur deux pages, en-tête répété)
    s2 = doc.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = s1.page_height, s1.page_width
    doc.add_heading(TM.CAL_TITRE, level=2)
    for para in [TM.CAL_INTRO] + TM.CAL_INTRO_SUITE:
        doc.add_paragraph(para)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    t.autofit = False
    widths = [Cm(2.6), Cm(1.6), Cm(5.5), Cm(1.6), Cm(1.6), Cm(1.4), Cm(11)]
    hdr = t.rows[0]
    repeat_header(hdr)
    for c, h, w in zip(hdr.cells, TM.CAL_ENTETE, widths):
        cell_text(c, h, bold=True, size=9)
        shade(c, "BFBFBF")
        c.width = w
    rows = []
    for row in TM.CAL:
        cells = t.add_row().cells
        rows.append(cells)
        for c, v, w in zip(cells, row, widths):
            c.width = w
            if v is not None:
                cell_text(c, v, size=9)
    for col, w in zip(t.columns, widths):
        col.width = w
    top = rows[3][0].merge(rows[5][0])
    cell_text(top, TM.CAL[3][0], size=9)
    doc.add_paragraph(TM.CAL_NOTE).runs[0].font.size = Pt(8)

    s3 = doc.add_section()
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = s1.page_width, s1.page_height
    doc.add_heading(TM.ORAUX_TITRE, level=2)
    for o in TM.ORAUX:
        doc.add_paragraph(o, style="List Number")
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(9)
    for i, line in enumerate(TM.SIGNATURE):
        if i:
            p.add_run().add_break()
        p.add_run(line)
    path = out("note_nationale_mhr_2027.docx")
    doc.save(path)
    shutil.copy(soffice(path, "pdf"), out("note_nationale_mhr_2027.pdf"))


# ---------------------------------------------------------------- scans
def rasterize(pdf, dpi, gray):
    tmp = tempfile.mkdtemp(prefix="af_ras_")
    cmd = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + [pdf, os.path.join(tmp, "p")]
    subprocess.run(cmd, check=True)
    return [Image.open(os.path.join(tmp, f)) for f in sorted(os.listdir(tmp))]


def flatbed_scan(src, dst):
    """Scanner à plat 200 dpi, niveaux de gris : page 1 tournée de 3°, page 2 plus sombre, bruit, JPEG."""
    pages = rasterize(src, 200, True)
    res = []
    for i, im in enumerate(pages):
        im = im.convert("L")
        if i == 0:
            im = im.rotate(-3, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        if i == 1:
            a = a * 0.78 + 8
        a += np.random.normal(0, 7, a.shape)
        a[:, :12] = 40  # ombre du bord du capot
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=70)
        res.append(Image.open(io.BytesIO(buf.getvalue())))
    res[0].save(dst, "PDF", resolution=200, save_all=True, append_images=res[1:])


def phone_photo(src, dst):
    """Photo au téléphone : perspective, éclairage inégal, fond de bureau, JPEG."""
    pages = rasterize(src, 150, False)
    res = []
    for i, im in enumerate(pages):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.12), int(h * 1.18)
        bg = Image.new("RGB", (W, H), (92, 74, 58))
        ox, oy = (W - w) // 2, (H - h) // 2
        bg.paste(im, (ox, oy))
        # quadrilatère de la feuille dans la photo (coins haut-gauche, haut-droit, bas-droit, bas-gauche)
        dx = w * 0.035
        quad = [(ox + dx + 10 * i, oy + 18), (ox + w - dx, oy - 6), (ox + w + 8, oy + h + 4), (ox - 12, oy + h - 14)]
        # coefficients de la transformation inverse : image de sortie -> bg
        src_pts = quad
        dst_pts = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
        A, B = [], []
        for (x, y), (u, v) in zip(dst_pts, src_pts):
            A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
            A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
        coef = np.linalg.solve(np.array(A, float), np.array(B, float))
        warped = bg.transform((W, H), Image.PERSPECTIVE, tuple(coef), Image.BICUBIC)
        a = np.asarray(warped).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        light = 1.05 - 0.35 * ((xx / W) * 0.6 + (yy / H) * 0.4)
        a *= light[..., None]
        a[..., 2] *= 0.93  # dominante chaude
        a += np.random.normal(0, 4, a.shape)
        im2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
        im2 = im2.rotate(1.2 if i else -1.5, resample=Image.BICUBIC, fillcolor=(80, 64, 50))
        buf = io.BytesIO()
        im2.save(buf, "JPEG", quality=62)
        res.append(Image.open(io.BytesIO(buf.getvalue())))
    res[0].save(dst, "PDF", resolution=150, save_all=True, append_images=res[1:])


def main():
    build_nantes()
    build_versailles()
    build_reims()
    build_polynesie()
    build_mhr()
    flatbed_scan(out("circulaire_com_2026_reims.pdf"), out("circulaire_com_2026_reims_scan.pdf"))
    phone_photo(out("calendrier_tourisme_2028_versailles.pdf"), out("calendrier_tourisme_2028_versailles_scan.pdf"))
    print("ok")


if __name__ == "__main__":
    main()
