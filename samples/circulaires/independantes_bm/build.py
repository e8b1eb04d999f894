#!/usr/bin/env python3
"""Build the independantes_bm corpus (archives and bundles). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import datetime as dt, io, os, random, shutil, subprocess, tempfile, zipfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject)
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_lille as TL
import textes_montpellier as TM
import textes_rennes as TR
import textes_fed as TF
import textes_grenoble as TG

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bm"
TMP = tempfile.mkdtemp(prefix="bm_build_")
FIXED = (2027, 3, 16, 10, 0, 0)  # fixed zip timestamps: reproducible archives
random.seed(11)
np.random.seed(11)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB")

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def T(name):
    return os.path.join(TMP, name)


# ------------------------------------------------------------------ reportlab rendering of blocks
def rl_styles(size=9.5):
    base = ParagraphStyle("b", fontName="DV", fontSize=size, leading=size * 1.35, spaceAfter=5)
    return {
        "p": base,
        "small": ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3, textColor=colors.HexColor("#333333")),
        "bold": ParagraphStyle("bo", parent=base, fontName="DVB"),
        "h": ParagraphStyle("h", parent=base, fontName="DVB", fontSize=size + 1, spaceBefore=7, textColor=colors.HexColor("#1F3864")),
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "indent": ParagraphStyle("i", parent=base, leftIndent=8 * cm),
        "sig": ParagraphStyle("sg", parent=base, leftIndent=9 * cm, spaceBefore=12),
        "title": ParagraphStyle("t", parent=base, fontName="DVB", fontSize=size + 2.5, leading=(size + 2.5) * 1.3,
                                alignment=TA_CENTER, spaceAfter=14),
        "form": ParagraphStyle("f", parent=base, spaceBefore=6, spaceAfter=8),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=base, fontName="DVB", fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
    }


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def rl_table(rows, widths, st, head_fill="#D9E2F3"):
    data = [[Paragraph(esc(c), st["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths] if widths else None, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_fill))]))
    return t


def rl_story(blocks, st):
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "table":
            story += [rl_table(b[1], b[2], st), Spacer(1, 6)]
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "form":
            story.append(Paragraph(esc(b[1]) + " " + "_" * max(0, 70 - len(b[1])) if "___" not in b[1] else esc(b[1]), st["form"]))
        else:
            story.append(Paragraph(esc(b[1]), st[kind]))
    return story


def rl_pdf(path, blocks, en_tete=None, pagesize=A4, size=9.5, title="", author="", producer_note=""):
    st = rl_styles(size)

    def deco(canv, doc):
        canv.saveState()
        if en_tete:
            canv.setFont("DVB", 9); y = pagesize[1] - 1.4 * cm
            canv.drawString(2 * cm, y, en_tete[0])
            canv.setFont("DV", 7.5)
            for i, line in enumerate(en_tete[1:]):
                canv.drawString(2 * cm, y - (i + 1) * 10, line)
        canv.setFont("DV", 7); canv.drawRightString(pagesize[0] - 2 * cm, 1.1 * cm, f"{producer_note}page {doc.page}")
        canv.restoreState()

    top = 3.2 * cm if en_tete else 2 * cm
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=top,
                            bottomMargin=1.8 * cm, title=title, author=author)
    doc.build(rl_story(blocks, st), onFirstPage=deco, onLaterPages=deco)


# ------------------------------------------------------------------ python-docx rendering of blocks
def docx_doc(blocks, en_tete=None):
    doc = Document()
    stl = doc.styles["Normal"]; stl.font.name = "Liberation Sans"; stl.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    if en_tete:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(en_tete):
            r = hp.add_run(line); r.bold = i == 0; r.font.size = Pt(10 if i == 0 else 8)
            if i < len(en_tete) - 1:
                r.add_break()
    for b in blocks:
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
        lines = b[1].split("\n")
        for i, line in enumerate(lines):
            r = par.add_run(line)
            if kind in ("bold", "h", "title"):
                r.bold = True
            if kind == "h":
                r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
            if kind == "title":
                r.font.size = Pt(12.5)
            if kind == "small":
                r.font.size = Pt(8.5)
            if i < len(lines) - 1:
                r.add_break()
        if kind == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "title":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "indent":
            par.paragraph_format.left_indent = Cm(8)
        elif kind == "sig":
            par.paragraph_format.left_indent = Cm(9); par.paragraph_format.space_before = Pt(14)
        elif kind == "h":
            par.paragraph_format.space_before = Pt(8); par.paragraph_format.keep_with_next = True
        elif kind == "form" and "___" not in b[1]:
            par.add_run(" " + "_" * max(0, 60 - len(b[1])))
    return doc


def lo_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def fr_date(iso, weekday=True):
    d = dt.date.fromisoformat(iso)
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    day = "1er" if d.day == 1 else str(d.day)
    return (jours[d.weekday()] + " " if weekday else "") + f"{day} {MOIS[d.month - 1]} {d.year}"


# ------------------------------------------------------------------ zip helpers
class LegacyZipInfo(zipfile.ZipInfo):
    """Entry name stored in the OEM code page (cp850) without the UTF-8 flag, as Windows' « Dossier compressé » does."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("cp850"), self.flag_bits & ~0x800


def zadd(zf, name, data, legacy=False, date=FIXED, is_dir=False):
    zi = (LegacyZipInfo if legacy else zipfile.ZipInfo)(name, date_time=date)
    zi.compress_type = zipfile.ZIP_STORED if is_dir else zipfile.ZIP_DEFLATED
    if is_dir:
        zi.external_attr = 0o40755 << 16 | 0x10
    else:
        zi.external_attr = 0o644 << 16
    zf.writestr(zi, data)


def read(path):
    with open(path, "rb") as fh:
        return fh.read()


# ================================================================== A. Lille CG 2026: Windows zip
def xlsx_lille(path):
    wb = Workbook()
    ws = wb.active; ws.title = "Écrits 2026"
    ws["A1"] = TL.CAL_TITRE[0]; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = TL.CAL_TITRE[1]; ws["A2"].font = Font(italic=True)
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(TL.CAL_ENTETE, 1):
        c = ws.cell(row=4, column=j, value=h); c.font = Font(bold=True); c.border = box
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    for i, (d, a, b, ep, un, intit, duree, nat) in enumerate(TL.CAL, 5):
        vals = [dt.date.fromisoformat(d), dt.time(int(a[:2]), int(a[3:])), dt.time(int(b[:2]), int(b[3:])), ep, un, intit, duree, nat]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v); c.border = box; c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=i, column=1).number_format = "[$-40C]dddd d mmmm yyyy"
        ws.cell(row=i, column=2).number_format = "hh:mm"
        ws.cell(row=i, column=3).number_format = "hh:mm"
    ws.cell(row=5 + len(TL.CAL) + 1, column=1, value=TL.CAL_NOTE).font = Font(italic=True, color="C00000")
    for col, w in zip("ABCDEFGH", (26, 8, 8, 9, 8, 48, 8, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Oraux")
    for j, h in enumerate(TL.ORAUX_ENTETE, 1):
        ws2.cell(row=1, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate(TL.ORAUX, 2):
        for j, v in enumerate(row, 1):
            ws2.cell(row=i, column=j, value=v)
    for col, w in zip("ABCD", (9, 8, 28, 70)):
        ws2.column_dimensions[col].width = w
    wb.properties.creator = "DEC3 - Rectorat de Lille"
    wb.save(path)


def build_lille():
    circ = T("lille_circ.pdf")
    rl_pdf(circ, TL.CIRCULAIRE, TL.EN_TETE, title="BTS CG session 2026", author="Rectorat de Lille - DEC 3")
    old = T("lille_old.pdf")
    rl_pdf(old, TL.ANCIENNE, TL.EN_TETE, title="BTS CG session 2025", author="Rectorat de Lille - DEC 3")
    xl = T("lille.xlsx"); xlsx_lille(xl)
    form = docx_doc(TL.BORDEREAU); fp = T("lille_form.docx"); form.save(fp)
    thumbs = bytes(random.getrandbits(8) for _ in range(3072))
    d = "BTS CG session 2026/"
    with zipfile.ZipFile(P("circulaire_cg_2026_lille.zip"), "w") as zf:
        zadd(zf, d, b"", legacy=True, is_dir=True)
        zadd(zf, d + "LISEZ-MOI.txt", TL.LISEZMOI.replace("\n", "\r\n").encode("cp1252"), legacy=True)
        zadd(zf, d + "Circulaire BTS CG session 2026.pdf", read(circ), legacy=True)
        zadd(zf, d + "Annexe 1 - calendrier épreuves.xlsx", read(xl), legacy=True)
        zadd(zf, d + "Annexe 2 - bordereau dépôt E6.docx", read(fp), legacy=True)
        zadd(zf, d + "archives/", b"", legacy=True, is_dir=True)
        zadd(zf, d + "archives/Circulaire BTS CG session 2025 (pour mémoire).pdf", read(old), legacy=True,
             date=(2025, 2, 10, 16, 42, 0))
        zadd(zf, d + "Thumbs.db", thumbs, legacy=True)


# ================================================================== B. Montpellier Tourisme 2027: portfolio + zip
def calendar_pdf_montpellier(path):
    st = rl_styles(9.5)
    story = [Paragraph(esc(TM.CAL_TITRE), st["title"]), Paragraph("Épreuves écrites (heure de métropole)", st["h"]),
             rl_table(TM.ECRITS, [6.2, 3.6, 3.4, 4.0], st), Spacer(1, 10),
             Paragraph("Épreuves orales ponctuelles", st["h"]), rl_table(TM.ORAUX, [6.2, 6.0, 5.0], st)]
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                      title="Annexe 1 - calendrier").build(story)


def cover_montpellier(path):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4); w, h = A4
    c.setFillColor(colors.HexColor("#EEF2F8")); c.rect(0, 0, w, h, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#1F3864")); c.rect(0, h - 5 * cm, w, 5 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("DVB", 12); c.drawString(2 * cm, h - 2.2 * cm, TM.COUVERTURE[0])
    c.setFont("DVB", 22); c.drawString(2 * cm, h - 3.6 * cm, TM.COUVERTURE[1])
    c.setFillColor(colors.black); c.setFont("DVB", 14); c.drawString(2 * cm, h - 7 * cm, TM.COUVERTURE[2])
    c.setFont("DV", 10.5)
    y = h - 8.5 * cm
    for line in TM.COUVERTURE[3:5]:
        c.drawString(2 * cm, y, line); y -= 15
    y -= 18
    for line in TM.COUVERTURE[5:]:
        c.setFillColor(colors.HexColor("#1F3864")); c.rect(2 * cm, y - 4, 0.35 * cm, 0.45 * cm, fill=1, stroke=0)
        c.setFillColor(colors.black); c.drawString(2.8 * cm, y, line); y -= 22
    c.setFont("DV", 7.5); c.drawString(2 * cm, 1.5 * cm, "Si les pièces n'apparaissent pas, enregistrez ce fichier et ouvrez-le avec un lecteur PDF complet.")
    c.save()


def build_montpellier():
    circ = docx_doc(TM.CIRCULAIRE, TM.EN_TETE); cp = T("01_Circulaire_BTS_Tourisme_session_2027.docx"); circ.save(cp)
    cal = T("02_Annexe_1_Calendrier_session_2027.pdf"); calendar_pdf_montpellier(cal)
    fiche = T("03_Annexe_2_Fiche_controle_conformite_E6.pdf"); rl_pdf(fiche, TM.FICHE, TM.EN_TETE, title="Annexe 2")
    pieces = [cp, cal, fiche]
    # --- portfolio: a cover page with the pieces embedded, /Collection in the catalog
    cover = T("cover.pdf"); cover_montpellier(cover)
    w = PdfWriter(clone_from=cover)
    for p in pieces:
        w.add_attachment(os.path.basename(p), read(p))
    collection = DictionaryObject({NameObject("/Type"): NameObject("/Collection"), NameObject("/View"): NameObject("/D"),
                                   NameObject("/D"): TextStringObject(os.path.basename(cp))})
    w._root_object[NameObject("/Collection")] = collection
    w._root_object[NameObject("/PageMode")] = NameObject("/UseAttachments")
    w.add_metadata({"/Title": "BTS Tourisme 2027 - dossier d'organisation", "/Author": "Académie de Montpellier - DEC 5"})
    with open(P("circulaire_tourisme_2027_montpellier_portfolio.pdf"), "wb") as fh:
        w.write(fh)
    # --- zip: numbered sub-folders, UTF-8 names, a Word owner file left behind
    owner = b"\x0bDEC5-AZAIS " + b"\x00" * 40 + b"\x0bD\x00E\x00C\x005\x00" + b"\x00" * 100
    with zipfile.ZipFile(P("circulaire_tourisme_2027_montpellier.zip"), "w") as zf:
        zadd(zf, "BTS_Tourisme_2027/1 - Circulaire/", b"", is_dir=True)
        zadd(zf, "BTS_Tourisme_2027/1 - Circulaire/" + os.path.basename(cp), read(cp))
        zadd(zf, "BTS_Tourisme_2027/1 - Circulaire/~$_Circulaire_BTS_Tourisme_session_2027.docx", owner[:162])
        zadd(zf, "BTS_Tourisme_2027/2 - Annexes/", b"", is_dir=True)
        zadd(zf, "BTS_Tourisme_2027/2 - Annexes/" + os.path.basename(cal), read(cal))
        zadd(zf, "BTS_Tourisme_2027/2 - Annexes/" + os.path.basename(fiche), read(fiche))


# ================================================================== C. Rennes OL 2028: merged PDF + scan
def calendar_pdf_rennes(path):
    st = rl_styles(9.5); page = landscape(A4)
    story = [Paragraph(esc(TR.CAL_TITRE), st["title"]), Paragraph("Épreuves écrites", st["h"]),
             rl_table(TR.ECRITS, [4.0, 2.8, 2.2, 7.0, 1.5, 7.0], st, "#E2EFDA"), Spacer(1, 8),
             Paragraph("Épreuves pratiques et orales", st["h"]), rl_table(TR.PRATIQUES, [2.0, 9.5, 7.0, 6.0], st, "#E2EFDA"),
             Spacer(1, 6), Paragraph(esc(TR.CAL_NOTE), st["small"])]

    def deco(canv, doc):
        canv.setFont("DV", 7); canv.drawString(1.5 * cm, 1 * cm, "Annexe 1 – DEC 2 – édition du 29/02/2028")
    SimpleDocTemplate(path, pagesize=page, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm,
                      bottomMargin=1.5 * cm, title="Annexe 1").build(story, onFirstPage=deco)


def build_rennes():
    lettre = docx_doc(TR.LETTRE, TR.EN_TETE); lp = T("rennes_lettre.docx"); lettre.save(lp)
    lpdf = lo_pdf(lp, TMP)
    cal = T("rennes_cal.pdf"); calendar_pdf_rennes(cal)
    bord = T("rennes_bord.pdf"); rl_pdf(bord, TR.BORDEREAU, TR.EN_TETE, title="Annexe 2")
    fiche = T("rennes_fiche.pdf"); rl_pdf(fiche, TR.FICHE, TR.EN_TETE, title="Annexe 3")
    w = PdfWriter()
    marks = []
    for label, path in (("Lettre d'organisation", lpdf), ("Annexe 1 – Calendrier", cal),
                        ("Annexe 2 – Bordereau d'envoi E6", bord), ("Annexe 3 – Fiche de candidature examinateur", fiche)):
        start = len(w.pages)
        w.append(path)
        marks.append((label, start))
    ends = [s for _, s in marks[1:]] + [len(w.pages)]
    for (label, start), end, prefix in zip(marks, ends, ("L-", "A1-", "A2-", "A3-")):
        w.add_outline_item(title=label, page_number=start)
        w.set_page_label(start, end - 1, "/D", prefix=prefix)
    w.add_metadata({"/Title": "BTS OL 2028 - lettre et annexes", "/Producer": "PDF24 Creator (fusion)"})
    w.page_mode = "/UseOutlines"
    with open(P("circulaire_ol_2028_rennes.pdf"), "wb") as fh:
        w.write(fh)
    build_scan(P("circulaire_ol_2028_rennes.pdf"), P("circulaire_ol_2028_rennes_scan.pdf"))


def build_scan(src, dst, dpi=200):
    """Office copier, grey, 200 dpi: slight skew per page, paper tone, noise, a staple shadow on page 1; image only."""
    out = os.path.join(TMP, "scan")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, out], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith("scan") and f.endswith(".png"))
    imgs = []
    for k, name in enumerate(pages):
        im = Image.open(os.path.join(TMP, name)).convert("L")
        angle = random.uniform(-0.9, 0.9)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.86 + 22  # paper grey, toner not fully black
        a += np.random.normal(0, 6, a.shape)
        h, w = a.shape
        a[:, : int(0.012 * w)] *= 0.55  # dark band along the glass edge
        if k == 0:
            y0, x0 = int(0.02 * h), int(0.05 * w)
            a[y0:y0 + 8, x0:x0 + 90] *= 0.45  # staple
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im)
    imgs[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=62)


# ================================================================== D. FED 2029 national: Mac zip, nested annexes.zip
def build_fed():
    note = docx_doc(TF.NOTE, TF.EN_TETE); np_ = T("Note_organisation_BTS_FED_2029.docx"); note.save(np_)
    st = rl_styles(9.5)
    cal = T("Annexe1_calendrier_ecrits_2029.pdf")
    SimpleDocTemplate(cal, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                      title="Annexe 1").build([Paragraph(esc(TF.CAL_TITRE), st["title"]),
                                               rl_table(TF.CAL, [3.6, 3.4, 2.0, 4.8, 3.2], st, "#FFF2CC")])
    grille = T("Annexe2_grille_E52.pdf"); rl_pdf(grille, TF.GRILLE, TF.EN_TETE, title="Annexe 2")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zadd(zf, "annexes/", b"", is_dir=True, date=(2029, 1, 19, 17, 5, 0))
        zadd(zf, "annexes/Annexe1_calendrier_ecrits_2029.pdf", read(cal), date=(2029, 1, 19, 17, 5, 0))
        zadd(zf, "annexes/Annexe2_grille_E52.pdf", read(grille), date=(2029, 1, 19, 17, 5, 0))
        zadd(zf, "__MACOSX/annexes/._Annexe1_calendrier_ecrits_2029.pdf", applefile(), date=(2029, 1, 19, 17, 5, 0))
    day = (2029, 1, 22, 9, 31, 0)
    with zipfile.ZipFile(P("note_nationale_fed_2029.zip"), "w") as zf:
        zadd(zf, "Note_organisation_BTS_FED_2029.docx", read(np_), date=day)
        zadd(zf, "annexes.zip", inner.getvalue(), date=day)
        zadd(zf, "LISEZMOI.txt", TF.LISEZMOI.encode("utf-8"), date=day)
        zadd(zf, ".DS_Store", b"\x00\x00\x00\x01Bud1" + bytes(random.getrandbits(8) for _ in range(2000)), date=day)
        zadd(zf, "__MACOSX/", b"", is_dir=True, date=day)
        zadd(zf, "__MACOSX/._Note_organisation_BTS_FED_2029.docx", applefile(), date=day)
        zadd(zf, "__MACOSX/._annexes.zip", applefile(), date=day)


def applefile():
    """AppleDouble header (resource fork / Finder info), as macOS' Archive Utility writes into __MACOSX/."""
    body = b"\x00\x05\x16\x07\x00\x02\x00\x00" + b"Mac OS X        " + b"\x00\x02"
    body += b"\x00\x00\x00\x09\x00\x00\x00\x32\x00\x00\x0e\xb0\x00\x00\x00\x02\x00\x00\x0e\xe2\x00\x00\x01\x1e"
    body += b"\x00" * 3766 + b"com.apple.quarantine\x00" + b"0083;63b3f2a1;Mail;\x00"
    return body


# ================================================================== E. Grenoble PI 2027: DOCX with embedded workbook, PDF with attachments
def xlsx_grenoble(path):
    wb = Workbook(); ws = wb.active; ws.title = "Calendrier 2027"
    ws["A1"] = TG.CAL_TITRE; ws["A1"].font = Font(bold=True, size=12)
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(TG.CAL_ENTETE, 1):
        c = ws.cell(row=3, column=j, value=h); c.font = Font(bold=True, color="FFFFFF"); c.border = box
        c.fill = PatternFill("solid", fgColor="305496")
    for i, (ep, intit, du, au, deb, fin, centres) in enumerate(TG.CAL, 4):
        vals = [ep, intit, dt.date.fromisoformat(du), dt.date.fromisoformat(au) if au else None,
                dt.time(int(deb[:2]), int(deb[3:])) if deb else None, dt.time(int(fin[:2]), int(fin[3:])) if fin else None, centres]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=i, column=j, value=v); c.border = box
        ws.cell(row=i, column=3).number_format = "ddd dd/mm/yyyy"
        ws.cell(row=i, column=4).number_format = "ddd dd/mm/yyyy"
        ws.cell(row=i, column=5).number_format = "h:mm"
        ws.cell(row=i, column=6).number_format = "h:mm"
    for col, w in zip("ABCDEFG", (8, 52, 15, 15, 7, 7, 44)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "DEC4 - Rectorat de Grenoble"
    wb.save(path)


def ole_icon(path, caption):
    im = Image.new("RGB", (220, 150), "white"); d = ImageDraw.Draw(im)
    d.rectangle([80, 10, 140, 85], fill="#1D6F42"); d.rectangle([92, 22, 128, 73], outline="white", width=3)
    d.line([92, 22, 128, 73], fill="white", width=5); d.line([128, 22, 92, 73], fill="white", width=5)
    f = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), 11)
    tw = d.textlength(caption, font=f); d.text(((220 - tw) / 2, 100), caption, fill="black", font=f)
    im.save(path)


VML = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def embed_workbook(doc, par, xlsx_path, icon_path):
    part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", read(xlsx_path), doc.part.package)
    rid_ole = doc.part.relate_to(part, RT.PACKAGE)
    rid_img, _ = doc.part.get_or_add_image(icon_path)
    xml = (f'<w:r {VML}><w:object w:dxaOrig="2200" w:dyaOrig="1500">'
           '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
           'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/>'
           '<v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
           '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:110pt;height:75pt" o:ole="">'
           f'<v:imagedata r:id="{rid_img}" o:title=""/></v:shape>'
           f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" DrawAspect="Icon" '
           f'ObjectID="_1741265403" r:id="{rid_ole}"/></w:object></w:r>')
    par._p.append(parse_xml(xml))


def build_grenoble():
    xl = T("Annexe1_calendrier_PI_2027.xlsx"); xlsx_grenoble(xl)
    icon = T("ole_icon.png"); ole_icon(icon, "Annexe1_calendrier_PI_2027.xlsx")
    doc = docx_doc(TG.LETTRE, TG.EN_TETE)
    p = doc.add_paragraph(); r = p.add_run(TG.LETTRE_DOCX_NOTE); r.bold = True
    embed_workbook(doc, doc.add_paragraph(), xl, icon)
    doc.core_properties.author = "Yannick Bouvier-Garzon"; doc.core_properties.title = "BTS PI session 2027"
    doc.save(P("circulaire_pi_2027_grenoble.docx"))
    # PDF: the letter alone, printed by LibreOffice, then the pieces attached
    lettre = docx_doc(TG.LETTRE, TG.EN_TETE); lp = T("grenoble_lettre.docx")
    p = lettre.add_paragraph(); r = p.add_run("Pièces jointes à ce PDF (trombone) : Annexe1_calendrier_PI_2027.xlsx, "
                                                 "Annexe2_fiche_depot_E6.pdf, Circulaire_PI_session_2026.pdf."); r.italic = True
    lettre.save(lp)
    lpdf = lo_pdf(lp, TMP)
    fiche = T("Annexe2_fiche_depot_E6.pdf"); rl_pdf(fiche, TG.FICHE, TG.EN_TETE, title="Annexe 2")
    old = T("Circulaire_PI_session_2026.pdf"); rl_pdf(old, TG.ANCIENNE, TG.EN_TETE, title="BTS PI session 2026")
    w = PdfWriter(clone_from=lpdf)
    for path in (xl, fiche, old):
        w.add_attachment(os.path.basename(path), read(path))
    # a paperclip annotation on page 1 for the workbook as well (page-level attachment)
    page = w.pages[0]
    fs = DictionaryObject({NameObject("/Type"): NameObject("/Filespec"),
                           NameObject("/F"): TextStringObject("Annexe1_calendrier_PI_2027.xlsx"),
                           NameObject("/UF"): TextStringObject("Annexe1_calendrier_PI_2027.xlsx")})
    from pypdf.generic import DecodedStreamObject
    ef = DecodedStreamObject(); ef.set_data(read(xl))
    ef[NameObject("/Type")] = NameObject("/EmbeddedFile")
    ef[NameObject("/Subtype")] = NameObject("/application#2Fvnd.openxmlformats-officedocument.spreadsheetml.sheet")
    fs[NameObject("/EF")] = DictionaryObject({NameObject("/F"): w._add_object(ef)})
    annot = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FileAttachment"),
                              NameObject("/Rect"): ArrayObject([FloatObject(540), FloatObject(760), FloatObject(556), FloatObject(780)]),
                              NameObject("/FS"): w._add_object(fs), NameObject("/Name"): NameObject("/Paperclip"),
                              NameObject("/Contents"): TextStringObject("Annexe 1 – calendrier (classeur)"),
                              NameObject("/F"): NumberObject(4)})
    page[NameObject("/Annots")] = ArrayObject([w._add_object(annot)])
    w.page_mode = "/UseAttachments"
    with open(P("circulaire_pi_2027_grenoble_pj.pdf"), "wb") as fh:
        w.write(fh)


if __name__ == "__main__":
    try:
        build_lille(); build_montpellier(); build_rennes(); build_fed(); build_grenoble()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")) and os.path.isfile(P(f)):
            print(f"{os.path.getsize(P(f)):>9}  {f}")
