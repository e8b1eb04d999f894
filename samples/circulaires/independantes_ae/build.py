#!/usr/bin/env python3
"""Construit le corpus independantes_ae (aucun code du projet n'est utilisé).

Usage : /work/main/.venv/bin/python build.py
Sorties dans ce dossier ; fichiers intermédiaires dans /tmp/ae_build.
"""
import os
import random
import shutil
import subprocess
import sys

import numpy as np
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_bioac as TB  # noqa: E402
import textes_besancon as TBE  # noqa: E402
import textes_corse as TC  # noqa: E402
import textes_guyane as TG  # noqa: E402
import textes_limoges as TL  # noqa: E402

TMP = "/tmp/ae_build"
SOFFICE = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_independantes_ae"]


# ---------------------------------------------------------------- helpers docx
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def page_field(paragraph):
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
    return cell


def base_doc(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)  # A4 (le modèle python-docx est en Letter)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.5)
    return doc


# ---------------------------------------------------------------- Besançon (CIRA 2028)
def build_besancon(path):
    T = TBE
    doc = base_doc("Arial", 9)
    sec = doc.sections[0]
    hdr = sec.header.paragraphs[0]
    hdr.text = ""
    r = hdr.add_run(T.EN_TETE[0] + "\n" + T.EN_TETE[1])
    r.bold = True
    r.font.size = Pt(8)
    hdr.add_run("\n" + T.EN_TETE[2] + " – " + T.EN_TETE[3]).font.size = Pt(7)
    ftr = sec.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ftr.add_run("Rectorat de Besançon – 10 rue de la Convention – 25030 Besançon Cedex – page ").font.size = Pt(7)
    page_field(ftr)

    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(T.AFFAIRE).font.size = Pt(7.5)
    p.add_run("\t" + T.LIEU_DATE)
    dest = doc.add_paragraph(T.EXPEDITEUR)
    dest.paragraph_format.left_indent = Cm(9)
    o = doc.add_paragraph()
    o.add_run(T.OBJET).bold = True
    for ref in T.REFERENCES:
        q = doc.add_paragraph(ref)
        q.paragraph_format.left_indent = Cm(1)
        q.runs[0].font.size = Pt(8)

    # deux colonnes : prose | calendrier
    lay = doc.add_table(rows=1, cols=2)
    no_borders(lay)
    lay.autofit = False
    left, right = lay.rows[0].cells
    left.width, right.width = Cm(9.6), Cm(7.8)
    left.text = ""
    first = True
    for kind, text in T.PROSE:
        par = left.paragraphs[0] if first else left.add_paragraph()
        first = False
        run = par.add_run(text)
        if kind == "h":
            run.bold = True
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        else:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    right.text = ""
    right.paragraphs[0].add_run(T.CAL_TITRE).bold = True
    cal = right.add_table(rows=1, cols=3)
    cal.style = "Table Grid"
    for i, h in enumerate(T.CAL_ENTETE):
        cell_text(cal.rows[0].cells[i], h, bold=True, size=8)
        shade(cal.rows[0].cells[i], "BFBFBF")
    for row in T.CAL:
        cells = cal.add_row().cells
        if row[0] == "MOIS":
            m = cells[0].merge(cells[2])
            cell_text(m, row[1], bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            shade(m, "D9E2F3")
        else:
            for i, v in enumerate(row):
                cell_text(cells[i], v, size=8)
    for row in cal.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = Cm(1.9), Cm(4.0), Cm(1.8)
    n = right.add_paragraph(T.CAL_NOTE)
    n.runs[0].font.size = Pt(7)
    n.runs[0].italic = True

    doc.add_paragraph()
    doc.add_paragraph().add_run(T.CENTRES_TITRE).bold = True
    ct = doc.add_table(rows=1, cols=4)
    ct.style = "Table Grid"
    for i, h in enumerate(["Centre", "Adresse", "Ville", "Épreuves"]):
        cell_text(ct.rows[0].cells[i], h, bold=True)
        shade(ct.rows[0].cells[i], "D9D9D9")
    for nom, adr, ville, ep in T.CENTRES:
        c = ct.add_row().cells
        cell_text(c[0], nom, bold=True)
        cell_text(c[1], "\n".join(adr))
        cell_text(c[2], ville)
        cell_text(c[3], ep)
    f = doc.add_paragraph(T.FORMATION)
    f.runs[0].font.size = Pt(8)
    for i, line in enumerate(T.SIGNATURE):
        s = doc.add_paragraph(line)
        s.paragraph_format.left_indent = Cm(10)
        s.paragraph_format.space_after = Pt(0)
        if i == len(T.SIGNATURE) - 1:
            s.runs[0].bold = True
    doc.add_page_break()
    for i, line in enumerate(T.ANNEXE):
        a = doc.add_paragraph(line)
        if i == 0:
            a.runs[0].bold = True
    doc.save(path)


# ---------------------------------------------------------------- Corse (SIO 2026)
def build_corse_docx(path):
    T = TC
    doc = base_doc("Liberation Sans", 9.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    hp.add_run(T.EN_TETE[0] + " / " + T.EN_TETE[1]).bold = True
    hp.add_run("\n" + T.EN_TETE[2] + "\n" + T.EN_TETE[3]).font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("BTS SIO – session 2026 – ")
    page_field(fp)
    d = doc.add_paragraph(T.LIEU_DATE)
    d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run(T.OBJET).bold = True
    doc.add_paragraph(T.REFS).runs[0].font.size = Pt(8)
    doc.add_paragraph(T.INTRO)

    def table(title, header, rows, widths, notes):
        doc.add_paragraph().add_run(title).bold = True
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], h, bold=True, size=8.5)
            shade(t.rows[0].cells[i], "C00000" if False else "F4B183")
        repeat_header(t.rows[0])
        for row in rows:
            c = t.add_row().cells
            for i, v in enumerate(row):
                cell_text(c[i], v, size=8.5)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        for nline in notes:
            q = doc.add_paragraph(nline)
            q.runs[0].font.size = Pt(7.5)
            q.paragraph_format.space_after = Pt(1)
        return t

    table(T.T1_TITRE, T.T1_ENTETE, T.T1, [2.6, 8.4, 1.4, 2.2, 1.4], T.T1_NOTES)
    t2 = table(T.T2_TITRE, T.T2_ENTETE, T.T2, [5.2, 3.0, 2.8, 3.4, 1.8], T.T2_NOTES)
    # EF4 : cellule fusionnée sur trois colonnes (CCF uniquement)
    last = t2.rows[-1].cells
    m = last[1].merge(last[3])
    cell_text(m, "CCF en établissement (pas de convocation)", size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(m, "EDEDED")

    doc.add_paragraph().add_run(T.CENTRES_TITRE).bold = True
    for nom, adr, cp, ville in T.CENTRES:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(nom).bold = True
        p.add_run(f"\n{adr}\n{cp} {ville}")
    doc.add_paragraph(T.FORMATION).runs[0].font.size = Pt(8)
    doc.add_paragraph().add_run(T.SUITE_TITRE).bold = True
    for line in T.SUITE:
        doc.add_paragraph(line, style="List Number")
    doc.add_paragraph(T.CONGES).runs[0].italic = True
    for line in T.SIGNATURE:
        s = doc.add_paragraph(line)
        s.paragraph_format.left_indent = Cm(10)
        s.paragraph_format.space_after = Pt(0)
    doc.save(path)


# ---------------------------------------------------------------- BioAC (note nationale 2028)
def build_bioac(path):
    T = TB
    doc = base_doc("Times New Roman", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("\n".join(T.EN_TETE))
    r.font.size = Pt(8)
    r.bold = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Note de service BTS BioAC – session 2028 – page ")
    page_field(fp)
    d = doc.add_paragraph(T.LIEU_DATE)
    d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tr = t.add_run(T.TITRE)
    tr.bold = True
    tr.font.size = Pt(13)
    doc.add_paragraph(T.DESTINATAIRES)
    doc.add_paragraph(T.REFS).runs[0].italic = True
    for kind, text in T.PROSE:
        if kind == "h":
            doc.add_paragraph().add_run(text).bold = True
        elif kind == "p":
            q = doc.add_paragraph(text)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            rt = doc.add_table(rows=1, cols=len(T.REG_ENTETE))
            rt.style = "Table Grid"
            for i, h in enumerate(T.REG_ENTETE):
                cell_text(rt.rows[0].cells[i], h, bold=True, size=9)
                shade(rt.rows[0].cells[i], "DDEBF7")
            prev = None
            for row in T.REG:
                c = rt.add_row().cells
                for i, v in enumerate(row):
                    cell_text(c[i], v, size=9)
                if row[0] == "" and prev is not None:
                    prev[0].merge(c[0])
                    cell_text(prev[0], "E3", size=9)
                prev = c
    # section paysage pour le tableau chronologique (coupé sur deux pages, en-tête répété)
    land = doc.add_section()
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = sec.page_height, sec.page_width
    land.top_margin = land.bottom_margin = Cm(1.5)
    doc.add_paragraph().add_run("Annexe – Chronologie de la session 2028 (heures de métropole)").bold = True
    ct = doc.add_table(rows=1, cols=len(T.CHRONO_ENTETE))
    ct.style = "Table Grid"
    for i, h in enumerate(T.CHRONO_ENTETE):
        cell_text(ct.rows[0].cells[i], h, bold=True, size=10)
        shade(ct.rows[0].cells[i], "1F4E79")
        ct.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    repeat_header(ct.rows[0])
    widths = [1.0, 7.2, 4.6, 4.0, 4.0, 4.6]
    for row in T.CHRONO:
        c = ct.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=10)
    for row in ct.rows:
        row.height = Cm(1.25)
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    doc.add_paragraph(T.CHRONO_NOTE).runs[0].italic = True
    doc.add_paragraph()
    for i, line in enumerate(T.FORMULAIRE):
        q = doc.add_paragraph(line)
        if i == 0:
            q.runs[0].bold = True
    for line in T.SIGNATURE:
        s = doc.add_paragraph(line)
        s.paragraph_format.left_indent = Cm(14)
        s.paragraph_format.space_after = Pt(0)
    doc.save(path)


# ---------------------------------------------------------------- Limoges (NDRC 2027), reportlab
def build_limoges(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph

    T = TL
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("BTS NDRC session 2027 - académie de Limoges")
    body = ParagraphStyle("b", fontName="DV", fontSize=8.6, leading=11.2)

    def para(text, x, y, w, style=body):
        p = Paragraph(text, style)
        _, h = p.wrap(w, 1000)
        p.drawOn(c, x, y - h)
        return y - h - 5

    # marge gauche colorée : « À retenir »
    c.setFillColor(colors.HexColor("#7A1F3D"))
    c.rect(0, 0, 4.2 * 28.35, H, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("DVB", 8.5)
    y = H - 40
    for line in T.EN_TETE[:2]:
        c.drawString(14, y, line)
        y -= 13
    c.setFont("DV", 6.5)
    for line in T.EN_TETE[2:]:
        for chunk in (line[:26], line[26:]):
            if chunk.strip():
                c.drawString(14, y, chunk.strip())
                y -= 9
    y -= 40
    c.setFont("DVB", 10)
    c.drawString(14, y, T.ENCADRE_TITRE)
    y -= 16
    c.setFont("DV", 7.2)
    for line in T.ENCADRE:
        c.drawString(14, y, line)
        y -= 13
    c.setFillColor(colors.black)

    x0, wide = 4.2 * 28.35 + 22, W - 4.2 * 28.35 - 44
    c.setFont("DV", 9)
    c.drawRightString(W - 22, H - 40, T.LIEU_DATE)
    y = H - 70
    y = para("<b>" + T.OBJET + "</b>", x0, y, wide, ParagraphStyle("o", parent=body, fontName="DVB", fontSize=9.4, leading=12))
    y = para(T.DESTINATAIRES, x0, y, wide)
    y = para(T.INTRO, x0, y - 4, wide)

    # grille jours × demi-journées
    colw = [58] + [(wide - 58) / 4] * 4
    rowh = [18, 58, 58]
    gy = y - 6
    cell = ParagraphStyle("c", parent=body, fontSize=7.6, leading=9.4)
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    c.setFillColor(colors.HexColor("#F2DCE3"))
    c.rect(x0, gy - rowh[0], wide, rowh[0], fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.setFont("DVB", 8)
    for i, j in enumerate(T.GRILLE_JOURS):
        c.drawCentredString((xs[i + 1] + xs[i + 2]) / 2, gy - 12, j)
    yy = gy - rowh[0]
    for k, (slot, vals) in enumerate(T.GRILLE.items()):
        c.setFont("DVB", 8)
        c.drawString(x0 + 4, yy - 14, slot)
        for i, v in enumerate(vals):
            para(v.replace("\n", "<br/>"), xs[i + 1] + 3, yy - 3, colw[i + 1] - 6, cell)
        yy -= rowh[k + 1]
    c.setLineWidth(0.6)
    for xv in xs:
        c.line(xv, gy, xv, yy)
    hy = gy
    for h in [0] + rowh:
        hy -= h
        c.line(x0, hy + h if h == 0 else hy, x0 + wide, hy + h if h == 0 else hy)
    y = para("<i>" + T.GRILLE_NOTE + "</i>", x0, yy - 4, wide)

    c.setFont("DVB", 9.4)
    c.drawString(x0, y - 8, "Épreuves pratiques et orales")
    y -= 14
    for ptxt in T.PARAGRAPHES:
        y = para("• " + ptxt, x0 + 6, y, wide - 6)
    c.setFont("DVB", 9.4)
    c.drawString(x0, y - 8, "Dossiers")
    y = para(T.DOSSIERS, x0, y - 14, wide)
    c.showPage()

    # page 2
    c.setFillColor(colors.HexColor("#7A1F3D"))
    c.rect(0, 0, 4.2 * 28.35, H, fill=1, stroke=0)
    c.setFillColor(colors.black)
    y = H - 50
    c.setFont("DVB", 9.4)
    c.drawString(x0, y, "Centres d'épreuves écrites")
    y -= 8
    for nom, adr, ville in T.CENTRES:
        c.setFont("DVB", 8.6)
        c.drawString(x0 + 8, y - 12, nom)
        c.setFont("DV", 8.6)
        c.drawString(x0 + 8, y - 23, adr)
        c.drawString(x0 + 8, y - 34, ville)
        y -= 44
    y = para("<i>" + T.FORMATION + "</i>", x0, y - 4, wide)
    c.setFont("DVB", 9.4)
    c.drawString(x0, y - 8, "Jury et résultats")
    y = para(T.FIN, x0, y - 14, wide)
    y -= 20
    for line in T.SIGNATURE:
        c.setFont("DV", 8.6)
        c.drawString(x0 + wide * 0.5, y, line)
        y -= 12
    c.setFont("DV", 6.5)
    c.drawCentredString(x0 + wide / 2, 24, "Rectorat de Limoges – DEC 2 – page 2/2")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- scans
def render(pdf, dpi, gray, stem):
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, os.path.join(TMP, stem)]
    subprocess.run(args, check=True)
    return sorted(os.path.join(TMP, f) for f in os.listdir(TMP) if f.startswith(stem + "-") and f.endswith(".png"))


def highlight_boxes(pdf, dpi):
    """Boîtes (page, x0, y0, x1, y1) en pixels des mots de date, pour simuler le surligneur."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    import re
    boxes, page = [], -1
    months = ("mai", "juin", "avril", "2028")
    words = re.findall(r'<page|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out)
    for m in re.finditer(r'(<page)|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', out):
        if m.group(1):
            page += 1
            continue
        w = m.group(6).strip(",.;")
        if w in months or re.fullmatch(r"\d{1,2}", w):
            k = dpi / 72.0
            boxes.append((page, *(float(m.group(i)) * k for i in (2, 3, 4, 5))))
    del words
    return boxes


def flatbed_scan(pdf, out, stem, seed=7):
    rnd = random.Random(seed)
    dpi = 200
    pages = render(pdf, dpi, True, stem)
    boxes = highlight_boxes(pdf, dpi)
    imgs = []
    for n, p in enumerate(pages):
        im = Image.open(p).convert("L")
        # surligneur jaune (rendu gris clair par le scanner en niveaux de gris)
        hl = Image.new("L", im.size, 255)
        d = ImageDraw.Draw(hl)
        for pg, x0, y0, x1, y1 in boxes:
            if pg == n and rnd.random() < 0.8:
                d.rectangle([x0 - 3, y0 + 1, x1 + 3, y1 + 2], fill=215)
        im = Image.fromarray(np.minimum(np.asarray(im), np.asarray(hl)).astype(np.uint8))
        im = im.rotate(rnd.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + np.random.default_rng(seed + n).normal(0, 7, a.shape)
        a[:, :18] *= 0.55  # ombre du bord du couvercle
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im)
    imgs[0].save(out, save_all=True, append_images=imgs[1:], resolution=dpi)


def phone_photo(pdf, out, stem, seed=11):
    rnd = random.Random(seed)
    dpi = 130
    pages = render(pdf, dpi, False, stem)
    imgs = []
    for n, p in enumerate(pages):
        im = Image.open(p).convert("RGB")
        w, h = im.size
        canvas_w, canvas_h = int(w * 1.18), int(h * 1.14)
        bg = Image.new("RGB", (canvas_w, canvas_h), (92, 74, 58))  # bureau en bois
        ox, oy = int(w * 0.09), int(h * 0.07)
        bg.paste(im, (ox, oy))
        # perspective : le haut de la feuille plus éloigné
        dx = w * 0.05
        quad = (ox - dx * rnd.uniform(0.8, 1.2), oy - 10,
                ox - 4, oy + h + 8,
                ox + w + 6, oy + h + 4,
                ox + w + dx * rnd.uniform(0.8, 1.2), oy - 14)
        warped = bg.transform((canvas_w, canvas_h), Image.QUAD, quad, resample=Image.BICUBIC)
        a = np.asarray(warped).astype(np.float32)
        yy, xx = np.mgrid[0:canvas_h, 0:canvas_w]
        shade_ = 0.72 + 0.28 * (xx / canvas_w) * (1 - 0.35 * yy / canvas_h)  # ombre de la main / lampe
        a = a * shade_[..., None]
        a[..., 2] *= 0.9  # lumière chaude
        a += np.random.default_rng(seed + n).normal(0, 4, a.shape)
        im2 = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(rnd.uniform(-2.5, 2.5), resample=Image.BICUBIC)
        jpg = os.path.join(TMP, f"{stem}-{n}.jpg")
        im2.save(jpg, quality=55)
        imgs.append(Image.open(jpg))
    imgs[0].save(out, save_all=True, append_images=imgs[1:], resolution=dpi)


# ---------------------------------------------------------------- main
def soffice(fmt, files, outdir):
    subprocess.run(SOFFICE + ["--convert-to", fmt, "--outdir", outdir] + files, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    j = lambda name: os.path.join(HERE, name)  # noqa: E731
    build_besancon(j("circulaire_cira_2028_besancon.docx"))
    build_bioac(j("note_nationale_bioac_2028.docx"))
    build_corse_docx(os.path.join(TMP, "circulaire_sio_2026_corse.docx"))
    with open(j("circulaire_mco_2028_guyane.html"), "w", encoding="utf-8") as fh:
        fh.write(TG.HTML)
    build_limoges(j("circulaire_ndrc_2027_limoges.pdf"))
    soffice("odt", [os.path.join(TMP, "circulaire_sio_2026_corse.docx")], HERE)
    soffice("pdf", [j("circulaire_cira_2028_besancon.docx"), j("note_nationale_bioac_2028.docx"),
                    j("circulaire_sio_2026_corse.odt")], HERE)
    # l'import HTML de LibreOffice écrase les tableaux CSS : la page est « imprimée » par Chromium,
    # sans en-tête ni pied de navigateur (pas d'URL ni de date d'impression parasites)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/ae_build/chromium",
                    "--print-to-pdf=" + j("circulaire_mco_2028_guyane.pdf"),
                    "file://" + j("circulaire_mco_2028_guyane.html")], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    flatbed_scan(j("circulaire_cira_2028_besancon.pdf"), j("circulaire_cira_2028_besancon_scan.pdf"), "bes")
    phone_photo(j("circulaire_ndrc_2027_limoges.pdf"), j("circulaire_ndrc_2027_limoges_scan.pdf"), "lim")
    for f in sorted(os.listdir(HERE)):
        if f.split(".")[-1] in ("pdf", "docx", "odt", "html"):
            print(f"{os.path.getsize(j(f)):>9}  {f}")


if __name__ == "__main__":
    main()
