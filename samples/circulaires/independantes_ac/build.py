#!/usr/bin/env python3
"""Construit le corpus independantes_ac à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Sorties : DOCX (python-docx), ODT et PDF (LibreOffice), PDF reportlab, HTML, deux scans image seule.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ICI = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ICI)
import textes_bordeaux as TB  # noqa: E402
import textes_caledonie as TC  # noqa: E402
import textes_nice as TN  # noqa: E402
import textes_photo as TP  # noqa: E402
import textes_poitiers as TPo  # noqa: E402

LO_PROFILE = "file:///tmp/lo_independantes_ac"
TMP = tempfile.mkdtemp(prefix="indep_ac_")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- utilitaires docx
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


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def page_field(paragraph, prefix="Page "):
    paragraph.add_run(prefix)
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


def set_cell(cell, value, bold=False, size=None):
    lines = value if isinstance(value, list) else str(value).split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def base_document(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    return doc


def soffice(args, outdir):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"] + args + ["--outdir", outdir]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- 1. Bordeaux GTLA (fiches par épreuve)
def build_bordeaux():
    doc = base_document()
    sec = doc.sections[0]
    for i, line in enumerate(TB.EN_TETE):
        p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(9 if i else 11)
    fp = sec.footer.paragraphs[0]
    fp.add_run(TB.PIED + "\t").font.size = Pt(7.5)
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    page_field(fp)

    p = doc.add_paragraph(TB.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in TB.DESTINATAIRES.split("\n"):
        q = doc.add_paragraph(line)
        q.paragraph_format.left_indent = Cm(8)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph().add_run(TB.OBJET).bold = True
    doc.add_paragraph("Références :")
    for ref in TB.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(TB.INTRO)

    doc.add_heading("I. Informations générales", level=2)
    for a in TB.AVERTISSEMENT:
        doc.add_paragraph(a, style="List Bullet")

    doc.add_heading("II. Fiches épreuves", level=2)
    for titre, lignes in TB.FICHES:
        t = doc.add_table(rows=len(lignes) + 1, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        head = t.cell(0, 0).merge(t.cell(0, 1))
        set_cell(head, titre, bold=True)
        shade(head, "D9E2F3")
        for i, (k, v) in enumerate(lignes, start=1):
            set_cell(t.cell(i, 0), k, bold=True, size=9)
            set_cell(t.cell(i, 1), v, size=9)
            shade(t.cell(i, 0), "F2F2F2")
        for row in t.rows:
            cant_split(row)
            row.cells[0].width = Cm(4.0)
            row.cells[1].width = Cm(13.0)
        doc.add_paragraph()

    doc.add_heading("III. Dossiers professionnels de l'épreuve E6", level=2)
    for d in TB.DOSSIERS:
        doc.add_paragraph(d)
    doc.add_heading("IV. Jury et résultats", level=2)
    for j in TB.JURY:
        doc.add_paragraph(j)
    doc.add_heading("V. Établissements de formation de l'académie", level=2)
    doc.add_paragraph("Pour information, les établissements suivants préparent au BTS GTLA :")
    for f in TB.FORMATION:
        doc.add_paragraph(f, style="List Bullet")
    for s in TB.SIGNATURE:
        q = doc.add_paragraph(s)
        q.paragraph_format.left_indent = Cm(9)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph(TB.ATTESTATION).runs[0].font.size = Pt(8.5)
    out = os.path.join(ICI, "circulaire_gtla_2026_bordeaux.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- 2. Poitiers PI (jours en colonnes, scolaires / individuels) -> ODT
def build_poitiers_docx():
    doc = base_document(font="Liberation Serif", size=10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run(TPo.EN_TETE).font.size = Pt(8.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(sec.footer.paragraphs[0], prefix="BTS PI 2027 – page ")
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(TPo.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph().add_run(TPo.OBJET).bold = True
    doc.add_paragraph().add_run(TPo.REFERENCES).italic = True
    doc.add_paragraph(TPo.INTRO)

    doc.add_paragraph().add_run(TPo.TITRE_ECRITS).bold = True
    t = doc.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Demi-journée", bold=True, size=9)
    for j, jour in enumerate(TPo.JOURS, start=1):
        set_cell(t.cell(0, j), jour, bold=True, size=9)
        shade(t.cell(0, j), "E2EFD9")
    set_cell(t.cell(1, 0), "Matin", bold=True, size=9)
    set_cell(t.cell(2, 0), "Après-midi", bold=True, size=9)
    for j in range(4):
        set_cell(t.cell(1, j + 1), TPo.MATIN[j], size=9)
        set_cell(t.cell(2, j + 1), TPo.APREM[j], size=9)
    doc.add_paragraph(TPo.NOTE_ECRITS).runs[0].font.size = Pt(9)

    doc.add_paragraph().add_run(TPo.TITRE_ORAUX).bold = True
    t = doc.add_table(rows=len(TPo.ORAUX) + 2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(TPo.ORAUX_ENTETE):
        set_cell(t.cell(0, j), h, bold=True, size=9)
        shade(t.cell(0, j), "E2EFD9")
    for i, row in enumerate(TPo.ORAUX, start=1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, size=9)
    last = len(TPo.ORAUX) + 1
    m = t.cell(last, 0).merge(t.cell(last, 2))
    set_cell(m, TPo.EF1, size=9)

    doc.add_paragraph()
    doc.add_paragraph().add_run(TPo.TITRE_DOSSIERS).bold = True
    for i, d in enumerate(TPo.DOSSIERS):
        doc.add_paragraph(d, style="List Number")
    doc.add_paragraph(TPo.NOTE_VACANCES).runs[0].italic = True

    doc.add_paragraph().add_run(TPo.TITRE_CENTRES).bold = True
    t = doc.add_table(rows=len(TPo.CENTRES) + 1, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Établissement", "Adresse", "Code postal – ville", "Épreuves"]):
        set_cell(t.cell(0, j), h, bold=True, size=9)
    for i, row in enumerate(TPo.CENTRES, start=1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, size=9)
    doc.add_paragraph()
    doc.add_paragraph(TPo.FORMATION_TITRE)
    for f in TPo.FORMATION:
        doc.add_paragraph(f, style="List Bullet")
    for s in TPo.SIGNATURE:
        q = doc.add_paragraph(s)
        q.paragraph_format.left_indent = Cm(9.5)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph(TPo.VISA).runs[0].font.size = Pt(8.5)
    out = os.path.join(TMP, "circulaire_pi_2027_poitiers.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- 4. Nouvelle-Calédonie MHR (reportlab, paysage, filigrane PROJET)
def build_caledonie():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
    st = ParagraphStyle("n", fontName="DV", fontSize=8.5, leading=11)
    stb = ParagraphStyle("b", parent=st, fontName="DVB", fontSize=10, leading=13)
    cell = ParagraphStyle("c", parent=st, fontSize=7.8, leading=9.5)

    def decor(canv, doc):
        canv.saveState()
        canv.setFont("DVB", 110)
        canv.setFillColor(colors.Color(0.85, 0.85, 0.85, alpha=0.45))
        canv.translate(420, 250)
        canv.rotate(25)
        canv.drawCentredString(0, 0, TC.FILIGRANE)
        canv.restoreState()
        canv.setFont("DV", 7)
        canv.drawRightString(800, 20, f"Document de travail – page {doc.page}")

    out = os.path.join(ICI, "circulaire_mhr_2027_nouvelle-caledonie.pdf")
    d = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=30, rightMargin=30, topMargin=28, bottomMargin=30,
                          title="Projet BTS MHR 2027", author="Vice-rectorat DEC")
    flow = []
    head = Table([[Paragraph("<br/>".join(TC.EN_TETE), st), Paragraph(TC.LIEU_DATE, st)]], colWidths=[560, 220])
    head.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow += [head, Spacer(1, 6), Paragraph(TC.TITRE, stb), Spacer(1, 4), Paragraph(TC.INTRO, st), Spacer(1, 6)]
    data = [[Paragraph(f"<b>{h}</b>".replace("\n", "<br/>"), cell) for h in TC.ENTETE_TABLE]]
    for ligne in TC.LIGNES:
        data.append([Paragraph(v, cell) for v in ligne])
    t = Table(data, colWidths=[40, 215, 55, 200, 80, 60, 110], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(.85, .9, .95)),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TEXTCOLOR", (6, 1), (6, -1), colors.Color(.4, .4, .4))]
    for i, ligne in enumerate(TC.LIGNES, start=1):
        if ligne[4] == "selon convocation":
            style.append(("SPAN", (4, i), (6, i)))
    t.setStyle(TableStyle(style))
    flow += [t, Spacer(1, 3)] + [Paragraph(n, cell) for n in TC.NOTES]
    flow += [Spacer(1, 4), Paragraph(TC.FERIES, st), Spacer(1, 6), Paragraph(TC.ECHEANCES_TITRE, stb)]
    flow += [Paragraph("• " + e, st) for e in TC.ECHEANCES]
    flow += [Spacer(1, 6), Paragraph(TC.CENTRES_TITRE, stb)]
    ct = Table([[Paragraph(v, cell) for v in row] for row in TC.CENTRES], colWidths=[190, 200, 220, 150])
    ct.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))
    flow += [ct, Spacer(1, 10)] + [Paragraph(s, ParagraphStyle("s", parent=st, leftIndent=520)) for s in TC.SIGNATURE]
    d.build(flow, onFirstPage=decor, onLaterPages=decor)
    return out


# ---------------------------------------------------------------- 5. Photographie inter-académique (frise à taquets, sections)
def build_photo():
    doc = base_document(font="Liberation Sans", size=10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].add_run(TP.EN_TETE).font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run(TP.PIED + " – ").font.size = Pt(8)
    page_field(fp, prefix="")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(TP.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in TP.TITRE.split("\n"):
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = q.add_run(line)
        r.bold = True
        r.font.size = Pt(13)
    doc.add_paragraph().add_run(TP.OBJET).bold = True
    doc.add_paragraph(TP.REGROUPEMENT)
    t = doc.add_table(rows=len(TP.ACAD) + 1, cols=4)
    t.style = "Light Grid Accent 1"
    for j, h in enumerate(TP.ACAD_ENTETE):
        set_cell(t.cell(0, j), h, bold=True, size=9)
    repeat_header(t.rows[0])
    for i, row in enumerate(TP.ACAD, start=1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, size=9)
    doc.add_paragraph()
    doc.add_paragraph().add_run(TP.DOCUMENTS_TITRE).bold = True
    for d in TP.DOCUMENTS:
        doc.add_paragraph(d, style="List Bullet")
    for r in TP.REMARQUES:
        doc.add_paragraph(r, style="List Bullet 2")

    # section paysage : frise chronologique à taquets
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    h = doc.add_paragraph()
    rr = h.add_run(TP.FRISE_TITRE)
    rr.bold = True
    rr.font.size = Pt(12)
    rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    for date, heure, texte in TP.FRISE:
        q = doc.add_paragraph()
        pf = q.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(7.5), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
        pf.tab_stops.add_tab_stop(Cm(11.0), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.SPACES)
        pf.space_after = Pt(3)
        q.add_run(date).bold = True
        q.add_run("\t" + heure + "\t")
        q.add_run(texte)
    doc.add_paragraph()
    doc.add_paragraph().add_run(TP.EFFECTIFS_TITRE).bold = True
    t = doc.add_table(rows=len(TP.EFFECTIFS) + 1, cols=len(TP.EFFECTIFS_ENTETE))
    t.style = "Table Grid"
    for j, hh in enumerate(TP.EFFECTIFS_ENTETE):
        set_cell(t.cell(0, j), hh, bold=True, size=9)
        shade(t.cell(0, j), "DEEAF6")
    repeat_header(t.rows[0])
    for i, row in enumerate(TP.EFFECTIFS, start=1):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, size=9)
    doc.add_paragraph()
    for s in TP.SIGNATURE:
        q = doc.add_paragraph(s)
        q.paragraph_format.left_indent = Cm(15)
        q.paragraph_format.space_after = Pt(0)
    out = os.path.join(ICI, "note_photographie_2026_interacademique.docx")
    doc.save(out)
    return out


# ---------------------------------------------------------------- scans
def render(pdf, dpi, gray):
    prefix = os.path.join(TMP, os.path.basename(pdf)[:-4] + f"_{dpi}")
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(args, check=True)
    d = os.path.dirname(prefix)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith(os.path.basename(prefix)) and f.endswith(".png"))


def flatbed(pdf, out, dpi=200, seed=7):
    rng = np.random.default_rng(seed)
    pages = []
    for n, png in enumerate(render(pdf, dpi, True)):
        im = Image.open(png).convert("L")
        im = im.rotate(0.6 if n % 2 == 0 else -0.45, resample=Image.BICUBIC, expand=False, fillcolor=255)
        dr = ImageDraw.Draw(im)
        w, h = im.size
        for cy in (int(h * 0.30), int(h * 0.70)):  # perforations avec ombre
            r = int(dpi * 0.12)
            cx = int(dpi * 0.35)
            dr.ellipse([cx - r + 5, cy - r + 5, cx + r + 5, cy + r + 5], fill=150)
            dr.ellipse([cx - r, cy - r, cx + r, cy + r], fill=60)
        if n == 0:  # annotation manuscrite
            font = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Italic.ttf" if os.path.exists(FONT_DIR + "DejaVuSerif-Italic.ttf")
                                      else FONT_DIR + "DejaVuSans-Oblique.ttf", int(dpi * 0.17))
            layer = Image.new("L", (int(w * 0.5), int(dpi * 0.5)), 255)
            ImageDraw.Draw(layer).text((10, 10), "à diffuser aux équipes PI !", font=font, fill=70)
            layer = layer.rotate(6, expand=True, fillcolor=255)
            im.paste(Image.fromarray(np.minimum(np.array(im.crop((int(w * 0.45), int(h * 0.02), int(w * 0.45) + layer.size[0], int(h * 0.02) + layer.size[1]))), np.array(layer))), (int(w * 0.45), int(h * 0.02)))
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 9, a.shape)  # fond gris et bruit
        a[:, : int(dpi * 0.08)] -= 40  # bord sombre du capot
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)


def phone_photo(pdf, out, dpi=120, seed=11):
    rng = np.random.default_rng(seed)
    pages = []
    for n, png in enumerate(render(pdf, dpi, False)):
        page = Image.open(png).convert("RGB")
        w, h = page.size
        W, H = int(w * 1.18), int(h * 1.14)
        bg = Image.new("RGB", (W, H), (112, 86, 62))  # table en bois
        noise = rng.normal(0, 10, (H, W, 1)).astype(np.float32)
        bg = Image.fromarray(np.clip(np.asarray(bg).astype(np.float32) + noise, 0, 255).astype(np.uint8))
        ox, oy = int(w * 0.09), int(h * 0.07)
        bg.paste(page, (ox, oy))
        # perspective : coins de la page projetés en trapèze
        dst = [(ox + w * 0.05, oy + h * 0.02), (ox + w * 0.97, oy), (ox + w * 1.02, oy + h * 0.99), (ox - w * 0.02, oy + h * 0.96)]
        src = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
        coeffs = perspective_coeffs(dst, src)
        im = bg.transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(90, 70, 50))
        a = np.asarray(im).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        light = 0.72 + 0.33 * (1 - ((xx / W - 0.7) ** 2 + (yy / H - 0.25) ** 2))  # éclairage non uniforme
        a = a * light[..., None]
        a[..., 2] *= 0.92  # dominante chaude
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        jpg = os.path.join(TMP, f"photo_{n}.jpg")
        im.save(jpg, quality=55)
        pages.append(Image.open(jpg))
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)


def perspective_coeffs(dst, src):
    """Coefficients PIL : pour chaque point de sortie (dst) le point d'entrée (src)."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array(src).reshape(8)
    return np.linalg.solve(np.array(m, dtype=float), b).tolist()


def main():
    gtla = build_bordeaux()
    photo = build_photo()
    pi_docx = build_poitiers_docx()
    soffice(["--convert-to", "odt", pi_docx], ICI)
    pi_odt = os.path.join(ICI, "circulaire_pi_2027_poitiers.odt")
    html = os.path.join(ICI, "circulaire_sam_2028_nice.html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(TN.HTML)
    soffice(["--convert-to", "pdf", gtla, photo, pi_odt], ICI)
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", html], ICI)
    build_caledonie()
    flatbed(os.path.join(ICI, "circulaire_pi_2027_poitiers.pdf"), os.path.join(ICI, "circulaire_pi_2027_poitiers_scan.pdf"))
    phone_photo(os.path.join(ICI, "note_photographie_2026_interacademique.pdf"),
                os.path.join(ICI, "note_photographie_2026_interacademique_scan.pdf"))
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(ICI)):
        if f.endswith((".docx", ".pdf", ".odt", ".html")):
            print(f, os.path.getsize(os.path.join(ICI, f)))


if __name__ == "__main__":
    main()
