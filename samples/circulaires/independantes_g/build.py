#!/usr/bin/env python3
"""Construit le corpus independantes_g à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Aucun code du projet n'est importé. Dépendances : python-docx, reportlab, pypdf, PIL, numpy,
LibreOffice (soffice) et poppler (pdftoppm).
"""
import io
import os
import random
import shutil
import subprocess
import sys

sys.dont_write_bytecode = True
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_creteil as TC  # noqa: E402
import textes_guadeloupe as TG  # noqa: E402
import textes_montpellier as TM  # noqa: E402
import textes_national as TN  # noqa: E402
import textes_normandie as TNo  # noqa: E402

TMP = tempfile.mkdtemp(prefix="indep_g_")
LO_PROFILE = "file:///tmp/lo_independantes_g"
random.seed(20270128)
np.random.seed(20270128)


def out(name):
    return os.path.join(HERE, name)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    return os.path.join(outdir, base + "." + ext)


# ---------------------------------------------------------------- helpers python-docx
def add_field(paragraph, instr):
    """Champ Word simple (PAGE, NUMPAGES)."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def remove_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def set_widths(tbl, widths):
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = w
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if line.startswith("Note") or line.startswith("("):
            run.italic = True
        if i < len(lines) - 1:
            run.add_break()
    if align:
        p.alignment = align


def base_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2)
    return doc


def header_footer(section, lines, footer_text, logo=True):
    hdr = section.header
    p = hdr.paragraphs[0]
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(10 if i == 0 else 8)
        if i < len(lines) - 1:
            r.add_break()
    ftr = section.footer
    fp = ftr.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(footer_text + "\t")
    r.font.size = Pt(7)
    r2 = fp.add_run("page ")
    r2.font.size = Pt(7)
    add_field(fp, "PAGE")
    r3 = fp.add_run(" / ")
    r3.font.size = Pt(7)
    add_field(fp, "NUMPAGES")


def new_section(doc, landscape):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    return sec


def heading(doc, text, size=11, color=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


# ---------------------------------------------------------------- Créteil (DOCX + PDF)
def build_creteil():
    T = TC
    doc = base_document("Arial", 10)
    header_footer(doc.sections[0], T.ENTETE, T.PIED)
    for left, right in T.BLOC_EXPEDITEUR:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(left)
        r.font.size = Pt(8)
        if right:
            p.add_run("\t" + right)
    doc.add_paragraph()
    p = doc.add_paragraph(T.DESTINATAIRES)
    p.paragraph_format.left_indent = Cm(8)
    p = doc.add_paragraph()
    p.add_run(T.OBJET).bold = True
    doc.add_paragraph("Références :").paragraph_format.space_after = Pt(0)
    for ref in T.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(T.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading(doc, T.TITRE_1, color="1F3864")
    tbl = doc.add_table(rows=2, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    title = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[5])
    cell_text(title, T.CAL_TITRE, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_shading(title, "D9E2F3")
    for i, h in enumerate(T.CAL_ENTETE):
        cell_text(tbl.rows[1].cells[i], h, bold=True, size=9)
        set_cell_shading(tbl.rows[1].cells[i], "F2F2F2")
    set_repeat_header(tbl.rows[0])
    set_repeat_header(tbl.rows[1])
    last_date_cell = None
    for ligne in T.CAL_LIGNES:
        row = tbl.add_row()
        for i, val in enumerate(ligne):
            if i == 0 and val is None:
                merged = last_date_cell.merge(row.cells[0])
                last_date_cell = merged
                continue
            cell_text(row.cells[i], val, size=9)
            if i == 0:
                last_date_cell = row.cells[0]
    set_widths(tbl, [Cm(3.4), Cm(1.4), Cm(7.6), Cm(1.5), Cm(1.5), Cm(1.6)])
    for para in T.APRES_CAL:
        doc.add_paragraph(para).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading(doc, T.TITRE_2, color="1F3864")
    for titre, paras in T.SOUS_2:
        heading(doc, titre, size=10)
        for para in paras:
            doc.add_paragraph(para)
    heading(doc, T.TITRE_23, size=10)
    for puce in T.PUCES_E6:
        doc.add_paragraph(puce, style="List Bullet")
    doc.add_paragraph(T.APRES_E6)

    # section paysage pour les centres
    sec = new_section(doc, landscape=True)
    heading(doc, T.TITRE_3, color="1F3864")
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for i, h in enumerate(T.CENTRES_ENTETE):
        cell_text(tbl.rows[0].cells[i], h, bold=True)
        set_cell_shading(tbl.rows[0].cells[i], "F2F2F2")
    last = None
    for ligne in T.CENTRES:
        row = tbl.add_row()
        for i, val in enumerate(ligne):
            if i == 0 and val is None:
                last = last.merge(row.cells[0])
                continue
            cell_text(row.cells[i], val)
            if i == 0:
                last = row.cells[0]
    set_widths(tbl, [Cm(4), Cm(5.5), Cm(6), Cm(6.5), Cm(3.5)])
    heading(doc, T.TITRE_FORMATION, size=10)
    for f in T.FORMATION:
        doc.add_paragraph(f, style="List Bullet 2")
    doc.add_paragraph(T.APRES_FORMATION)

    sec = new_section(doc, landscape=False)
    heading(doc, T.TITRE_4, color="1F3864")
    for para in T.DELIB:
        doc.add_paragraph(para)
    doc.add_paragraph()
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
    doc.add_page_break()
    heading(doc, T.ANNEXE_TITRE, color="1F3864")
    for line in T.ANNEXE:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(14)

    path = out(T.STEM + ".docx")
    doc.save(path)
    pdf = soffice(path, "pdf", TMP)
    shutil.copy(pdf, out(T.STEM + ".pdf"))
    return [path, out(T.STEM + ".pdf")]


# ---------------------------------------------------------------- Montpellier (lettre + tableur -> PDF)
def build_montpellier_letter():
    T = TM
    doc = base_document("Liberation Serif", 10.5)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(1.5), Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run(T.ENTETE)
    r.bold = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")

    tbl = doc.add_table(rows=1, cols=2)
    remove_borders(tbl)
    left, right = tbl.rows[0].cells
    set_widths(tbl, [Cm(4.2), Cm(13.5)])
    left.text = ""
    lp = left.paragraphs[0]
    for i, line in enumerate(T.COLONNE_GAUCHE):
        rr = lp.add_run(line)
        rr.font.size = Pt(7.5)
        rr.bold = i < 4
        rr.add_break()
    right.text = ""
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(T.DATE_LIEU)
    right.add_paragraph(T.DESTINATAIRES).paragraph_format.left_indent = Cm(5)
    ob = right.add_paragraph()
    ob.add_run(T.OBJET).bold = True
    right.add_paragraph(T.REFS).runs[0].font.size = Pt(9)
    right.add_paragraph(T.PJ).runs[0].font.size = Pt(9)
    for kind, val in T.CORPS:
        if kind == "h":
            hp = right.add_paragraph()
            hp.paragraph_format.space_before = Pt(8)
            rr = hp.add_run(val)
            rr.bold = True
            rr.underline = True
        elif kind == "p":
            right.add_paragraph(val).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "li":
            q = right.add_paragraph(val, style="List Bullet")
            q.paragraph_format.space_after = Pt(0)
        elif kind == "adr":
            q = right.add_paragraph()
            q.paragraph_format.left_indent = Cm(1)
            for j, line in enumerate(val):
                rr = q.add_run(line)
                rr.bold = j == 0
                if j < len(val) - 1:
                    rr.add_break()
    right.add_paragraph()
    for line in T.SIGNATURE:
        q = right.add_paragraph(line)
        q.paragraph_format.left_indent = Cm(7)
        q.paragraph_format.space_after = Pt(0)
    path = os.path.join(TMP, T.STEM + "_lettre.docx")
    doc.save(path)
    return soffice(path, "pdf", TMP)


def build_montpellier_annex():
    """Annexe 1 : classeur tableur (openpyxl) ouvert par LibreOffice Calc puis exporté en PDF."""
    import datetime as dt
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    T = TM
    wb = Workbook()
    ws = wb.active
    ws.title = "Calendrier 2026"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="DDDDDD")

    def put(r, c, value, kind="s", head=False):
        cell = ws.cell(row=r, column=c)
        if value is None:
            cell.border = box
            return
        if kind == "date":
            cell.value = dt.date.fromisoformat(value)
            cell.number_format = "DD/MM/YYYY"
            cell.alignment = Alignment(horizontal="center")
        elif kind == "time":
            h, m = value.split(":")
            cell.value = dt.time(int(h), int(m))
            cell.number_format = "HH:MM"
            cell.alignment = Alignment(horizontal="center")
        else:
            cell.value = value
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.border = box
        cell.font = Font(name="Liberation Sans", size=9, bold=head)
        if head:
            cell.fill = grey

    ws.cell(row=1, column=1, value=T.ANNEXE_TITRE).font = Font(name="Liberation Sans", size=12, bold=True)
    r = 3
    for c, h in enumerate(T.ANNEXE_ENTETE, 1):
        put(r, c, h, head=True)
    for code, lib, forme, d1, d2, h1, h2, duree, centres, obs in T.ANNEXE_EPREUVES:
        r += 1
        for c, (v, k) in enumerate([(code, "s"), (lib, "s"), (forme, "s"), (d1, "date"), (d2, "date"),
                                    (h1, "time"), (h2, "time"), (duree, "time"), (centres, "s"), (obs, "s")], 1):
            put(r, c, v, k)
    r += 2
    ws.cell(row=r, column=1, value=T.ANNEXE_JALONS_TITRE).font = Font(name="Liberation Sans", size=11, bold=True)
    r += 1
    for c, h in zip((1, 3, 4, 5), T.ANNEXE_JALONS_ENTETE):
        put(r, c, h, head=True)
    for op, d, h, lieu in T.ANNEXE_JALONS:
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(r, 1, op)
        put(r, 3, d, "date")
        put(r, 4, h, "time")
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
        put(r, 5, lieu)
    ws.merge_cells(start_row=r - len(T.ANNEXE_JALONS), start_column=1,
                   end_row=r - len(T.ANNEXE_JALONS), end_column=2)
    ws.merge_cells(start_row=r - len(T.ANNEXE_JALONS), start_column=5,
                   end_row=r - len(T.ANNEXE_JALONS), end_column=7)
    for col, w in zip("ABCDEFGHIJ", [7, 30, 11, 12, 12, 10, 10, 8, 24, 22]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = "Académie de Montpellier – DEC 3"
    ws.oddFooter.center.text = "Annexe 1 – page &P / &N"
    path = os.path.join(TMP, "annexe1_calendrier_bts_electrotechnique_2026.xlsx")
    wb.save(path)
    return print_sheet_like_calc(path)


def print_sheet_like_calc(xlsx):
    """Impression du classeur « comme Calc » : LibreOffice Calc n'est pas installé sur la machine de
    construction (seul Writer l'est), on relit donc le classeur et on dessine l'export PDF avec reportlab :
    quadrillage des cellules bordées, formats numériques appliqués (JJ/MM/AAAA, HH:MM), en-tête et pied
    de page de la feuille, A4 paysage ajusté à la largeur."""
    import datetime as dt
    from openpyxl import load_workbook
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"))
    ws = load_workbook(xlsx).active
    cols = [ws.column_dimensions[c].width for c in "ABCDEFGHIJ"]
    pw, ph = landscape(A4)
    margin = 28
    scale = (pw - 2 * margin) / (sum(cols) * 5.6)
    xs = [margin]
    for w in cols:
        xs.append(xs[-1] + w * 5.6 * scale)
    merged = {}
    for rng in ws.merged_cells.ranges:
        merged[(rng.min_row, rng.min_col)] = rng.max_col
        for c in range(rng.min_col + 1, rng.max_col + 1):
            merged[(rng.min_row, c)] = -1

    def fmt(cell):
        v = cell.value
        if v is None:
            return ""
        if isinstance(v, dt.datetime) and cell.number_format.upper().startswith("DD"):
            return v.strftime("%d/%m/%Y")
        if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
            return v.strftime("%d/%m/%Y")
        if isinstance(v, (dt.time, dt.datetime)):
            return v.strftime("%H:%M")
        return str(v)

    out_pdf = xlsx[:-5] + ".pdf"
    cv = canvas.Canvas(out_pdf, pagesize=(pw, ph))
    cv.setTitle(ws.title)
    fs = 9 * min(1.0, scale * 1.15)
    y = ph - 48
    cv.setFont("LS", 8)
    cv.drawCentredString(pw / 2, ph - 22, ws.oddHeader.center.text or ws.title)
    for r in range(1, ws.max_row + 1):
        cells = [ws.cell(row=r, column=c) for c in range(1, 11)]
        lines_per = []
        for c, cell in enumerate(cells, 1):
            if merged.get((r, c)) == -1:
                lines_per.append([])
                continue
            end = merged.get((r, c), c)
            width = xs[end] - xs[c - 1] - 4
            text = fmt(cell)
            font = "LSB" if cell.font and cell.font.b else "LS"
            words, lines, cur = text.split(), [], ""
            for wd in words:
                t = (cur + " " + wd).strip()
                if pdfmetrics.stringWidth(t, font, fs) <= width or not cur or not cell.alignment.wrap_text:
                    cur = t
                else:
                    lines.append(cur)
                    cur = wd
            if cur:
                lines.append(cur)
            lines_per.append(lines)
        n = max([len(x) for x in lines_per] + [1])
        rh = n * fs * 1.2 + 4
        if r == 1:
            rh = 18
        for c, cell in enumerate(cells, 1):
            if merged.get((r, c)) == -1:
                continue
            end = merged.get((r, c), c)
            x0, x1 = xs[c - 1], xs[end]
            if cell.fill is not None and cell.fill.fgColor is not None and cell.fill.fill_type == "solid":
                cv.setFillColorRGB(0.87, 0.87, 0.87)
                cv.rect(x0, y - rh, x1 - x0, rh, stroke=0, fill=1)
                cv.setFillColorRGB(0, 0, 0)
            if cell.border is not None and cell.border.left is not None and cell.border.left.style:
                cv.setLineWidth(0.5)
                cv.rect(x0, y - rh, x1 - x0, rh, stroke=1, fill=0)
            font = "LSB" if cell.font and cell.font.b else "LS"
            size = 12 if r == 1 else (cell.font.sz if cell.font and cell.font.sz and cell.font.sz > 9.5 else fs)
            cv.setFont(font, size)
            centre = cell.alignment is not None and cell.alignment.horizontal == "center"
            for i, line in enumerate(lines_per[c - 1]):
                ty = y - 2 - (i + 1) * fs * 1.2 + 2
                if centre:
                    cv.drawCentredString((x0 + x1) / 2, ty, line)
                else:
                    cv.drawString(x0 + 2, ty, line)
        y -= rh
    cv.setFont("LS", 8)
    cv.drawCentredString(pw / 2, 18, (ws.oddFooter.center.text or "").replace("&P", "1").replace("&N", "1"))
    cv.showPage()
    cv.save()
    return out_pdf


def build_montpellier():
    lettre = build_montpellier_letter()
    annexe = build_montpellier_annex()
    w = PdfWriter()
    for src in (lettre, annexe):
        for page in PdfReader(src).pages:
            w.add_page(page)
    path = out(TM.STEM + ".pdf")
    with open(path, "wb") as fh:
        w.write(fh)
    return [path]


# ---------------------------------------------------------------- Guadeloupe (DOCX + ODT + PDF)
def build_guadeloupe():
    T = TG
    doc = base_document("Calibri", 10.5)
    header_footer(doc.sections[0], T.ENTETE, T.PIED)
    p = doc.add_paragraph(T.LIEU_DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in T.EXPEDITEUR:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    for line in T.DESTINATAIRES:
        q = doc.add_paragraph(line)
        q.paragraph_format.left_indent = Cm(9)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph().add_run(T.OBJET).bold = True
    for ref in T.REFS:
        doc.add_paragraph(ref, style="List Number")
    for para in T.INTRO:
        doc.add_paragraph(para).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    new_section(doc, landscape=True)
    heading(doc, T.TITRE_1, size=12)
    tbl = doc.add_table(rows=2, cols=8)
    tbl.style = "Table Grid"
    r0, r1 = tbl.rows
    # fusions d'en-tête : colonnes 0-3 verticales, 4-5 et 6-7 horizontales
    for i in range(4):
        c = r0.cells[i].merge(r1.cells[i])
        cell_text(c, T.CAL_ENTETE_1[i], bold=True)
        set_cell_shading(c, "FCE4D6")
    for i in (4, 6):
        c = r0.cells[i].merge(r0.cells[i + 1])
        cell_text(c, T.CAL_ENTETE_1[i], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_shading(c, "FCE4D6")
    for i in range(4, 8):
        cell_text(r1.cells[i], T.CAL_ENTETE_2[i], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_shading(r1.cells[i], "FCE4D6")
    set_repeat_header(r0)
    set_repeat_header(r1)
    for ligne in T.CAL_LIGNES:
        row = tbl.add_row()
        for i, val in enumerate(ligne):
            cell_text(row.cells[i], val, size=9,
                      align=WD_ALIGN_PARAGRAPH.CENTER if i >= 3 else None)
            if i >= 6:
                set_cell_shading(row.cells[i], "E2EFDA")
    set_widths(tbl, [Cm(3.6), Cm(2.3), Cm(8.6), Cm(1.6), Cm(2), Cm(2), Cm(2.4), Cm(2)])
    for note in T.NOTES_CAL:
        q = doc.add_paragraph()
        rr = q.add_run(note)
        rr.font.size = Pt(8)
        rr.italic = True
        q.paragraph_format.space_after = Pt(0)

    new_section(doc, landscape=False)
    heading(doc, T.TITRE_2, size=12)
    for titre, texte in T.PARAS_2:
        q = doc.add_paragraph(style="List Bullet")
        q.add_run(titre + " : ").bold = True
        q.add_run(texte)
    doc.add_paragraph(T.RAPPEL_VACANCES).runs[0].italic = True

    heading(doc, T.TITRE_3, size=12)
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(T.CENTRES_ENTETE):
        cell_text(tbl.rows[0].cells[i], h, bold=True)
    for ligne in T.CENTRES:
        row = tbl.add_row()
        for i, val in enumerate(ligne):
            cell_text(row.cells[i], val)
    doc.add_paragraph(T.FORMATION)

    heading(doc, T.TITRE_4, size=12)
    for para in T.PARAS_4:
        doc.add_paragraph(para)
    doc.add_paragraph()
    for line in T.SIGNATURE:
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell_text(box.rows[0].cells[0], "\n".join(T.ANNEXE))

    path = out(T.STEM + ".docx")
    doc.save(path)
    odt = soffice(path, "odt", TMP)
    shutil.copy(odt, out(T.STEM + ".odt"))
    pdf = soffice(out(T.STEM + ".odt"), "pdf", TMP)
    shutil.copy(pdf, out(T.STEM + ".pdf"))
    return [path, out(T.STEM + ".odt"), out(T.STEM + ".pdf")]


# ---------------------------------------------------------------- Normandie (HTML + PDF)
def build_normandie():
    path = out(TNo.STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(TNo.HTML)
    src = os.path.join(TMP, TNo.STEM + ".html")
    shutil.copy(path, src)
    pdf = soffice(src, "pdf:writer_web_pdf_Export", TMP)
    shutil.copy(pdf, out(TNo.STEM + ".pdf"))
    return [path, out(TNo.STEM + ".pdf")]


# ---------------------------------------------------------------- National (reportlab direct)
def build_national():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    T = TN
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))
    base = ParagraphStyle("b", fontName="DV", fontSize=9, leading=11.5)
    small = ParagraphStyle("s", parent=base, fontName="DVC", fontSize=7.6, leading=9)
    bold = ParagraphStyle("h", parent=base, fontName="DVB", fontSize=10.5, leading=13, spaceBefore=8,
                          spaceAfter=4)
    title = ParagraphStyle("t", parent=base, fontName="DVB", fontSize=12, leading=15, spaceBefore=6,
                           spaceAfter=6)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)

    def on_page(canv, docu):
        canv.saveState()
        canv.setFont("DVB", 8)
        y = docu.pagesize[1] - 1.0 * cm
        for line in T.ENTETE:
            canv.drawString(1.5 * cm, y, line)
            canv.setFont("DV", 7)
            y -= 9
        canv.setFont("DV", 7)
        canv.drawRightString(docu.pagesize[0] - 1.5 * cm, 0.8 * cm,
                             f"BTS CI – note d'organisation session 2027 – page {canv.getPageNumber()}")
        canv.restoreState()

    path = out(T.STEM + ".pdf")
    docu = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                             topMargin=2.2 * cm, bottomMargin=1.6 * cm, title=T.TITRE,
                             author="DGESIP A1-2")
    story = [Paragraph(T.LIEU_DATE, right), Paragraph(T.TITRE, title), Paragraph(T.DESTINATAIRES, base),
             Spacer(1, 4), Paragraph(T.REFS, small), Spacer(1, 6), Paragraph(T.INTRO, base),
             Spacer(1, 4), Paragraph(T.SECTION_1, bold)]
    data = [[Paragraph(h, ParagraphStyle("th", parent=small, fontName="DVB")) for h in T.ENTETE_TABLE]]
    spans = []
    for ligne in T.LIGNES:
        if len(ligne) == 1:
            r = len(data)
            data.append([Paragraph("<i>" + ligne[0] + "</i>", small)] + [""] * (len(T.ENTETE_TABLE) - 1))
            spans.append(("SPAN", (0, r), (-1, r)))
            spans.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#EEEEEE")))
        else:
            data.append([Paragraph(v, small) for v in ligne])
    colw = [2.3, 6.0, 1.3, 2.4, 2.3, 2.3, 2.3, 2.3, 2.5, 2.0]
    tbl = Table(data, colWidths=[w * cm for w in colw], repeatRows=1)
    tbl.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ] + spans))
    story.append(tbl)
    story.append(Spacer(1, 4))
    for n in T.NOTES:
        story.append(Paragraph(n, small))
    story.append(Paragraph(T.SECTION_2, bold))
    story.append(ListFlowable([ListItem(Paragraph(o, base), leftIndent=14) for o in T.OPERATIONS],
                              bulletType="1", bulletFontName="DV", bulletFontSize=9, leftIndent=14))
    story.append(Spacer(1, 10))
    for line in T.SIGNATURE:
        story.append(Paragraph(line, ParagraphStyle("sig", parent=base, leftIndent=16 * cm)))
    docu.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return [path]


# ---------------------------------------------------------------- scans
def rasterize(pdf, dpi, gray=True):
    prefix = os.path.join(TMP, os.path.basename(pdf)[:-4] + f"_r{dpi}")
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(args, check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(prefix)) and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)) for f in files]


def save_image_pdf(images, path, dpi):
    first, rest = images[0], images[1:]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest)


def scan_flatbed(src_pdf, dest):
    """Scanner à plat : 200 dpi, niveaux de gris, légère rotation, bruit, fond grisé, JPEG."""
    pages = []
    for k, img in enumerate(rasterize(src_pdf, 200)):
        img = img.convert("L")
        angle = random.choice([-1, 1]) * random.uniform(0.4, 0.9)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(img).astype(np.float32)
        a = a * 0.93 + 8  # papier légèrement gris
        a += np.random.normal(0, 3.5, a.shape)
        h, w = a.shape
        a[:, : int(w * 0.012)] -= 60  # ombre du bord du scanner
        a = np.clip(a, 0, 255).astype(np.uint8)
        img = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    save_image_pdf(pages, dest, 200)


def scan_fax(src_pdf, dest, header):
    """Télécopie : 200 dpi, noir et blanc (1 bit), bandeau d'émission, taches."""
    pages = []
    imgs = rasterize(src_pdf, 200)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 22)
    for k, img in enumerate(imgs):
        img = img.convert("L").rotate(0.35, resample=Image.BILINEAR, fillcolor=255)
        a = np.asarray(img).astype(np.float32)
        a += np.random.normal(0, 25, a.shape)
        bw = (a > 150).astype(np.uint8) * 255
        # taches de télécopie
        h, w = bw.shape
        n = 400
        ys, xs = np.random.randint(0, h, n), np.random.randint(0, w, n)
        bw[ys, xs] = 0
        img = Image.fromarray(bw)
        d = ImageDraw.Draw(img)
        d.text((40, 12), header + f"  P.{k + 1:03d}/{len(imgs):03d}", font=font, fill=0)
        pages.append(img.convert("1"))
    save_image_pdf(pages, dest, 200)


def scan_phone(src_pdf, dest):
    """Photo au téléphone : perspective, éclairage inégal, fond de bureau, JPEG."""
    pages = []
    for k, img in enumerate(rasterize(src_pdf, 130, gray=False)):
        img = img.convert("RGB")
        w, h = img.size
        W, H = int(w * 1.18), int(h * 1.22)
        bg = Image.new("RGB", (W, H), (96, 78, 60))
        bgarr = np.asarray(bg).astype(np.float32) + np.random.normal(0, 8, (H, W, 3))
        bg = Image.fromarray(np.clip(bgarr, 0, 255).astype(np.uint8))
        ox, oy = int(w * 0.09), int(h * 0.1)
        bg.paste(img, (ox, oy))
        # perspective : quadrilatère source (coins de la page déformés) -> rectangle
        j = lambda s: random.uniform(-s, s)  # noqa: E731
        quad = (ox - w * 0.04 + j(8), oy - h * 0.03 + j(8),
                ox - w * 0.01 + j(8), oy + h * 1.03 + j(8),
                ox + w * 1.02 + j(8), oy + h * 1.01 + j(8),
                ox + w * 1.05 + j(8), oy - h * 0.01 + j(8))
        warped = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
        a = np.asarray(warped).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        light = 1.05 - 0.35 * (xx / W) * (yy / H) - 0.12 * ((xx - W * 0.3) / W) ** 2
        a = a * light[..., None]
        a[..., 2] *= 0.92  # dominante chaude
        a += np.random.normal(0, 4, a.shape)
        warped = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
        warped = warped.rotate(random.uniform(-2.0, 2.0), resample=Image.BICUBIC, fillcolor=(60, 50, 40))
        buf = io.BytesIO()
        warped.save(buf, "JPEG", quality=58)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    save_image_pdf(pages, dest, 130)


def main():
    made = []
    made += build_creteil()
    made += build_montpellier()
    made += build_guadeloupe()
    made += build_normandie()
    made += build_national()
    scan_flatbed(out(TM.STEM + ".pdf"), out(TM.STEM + "_scan.pdf"))
    scan_fax(out(TNo.STEM + ".pdf"), out(TNo.STEM + "_scan.pdf"),
             "03/02/2025 10:14  DEC NORMANDIE POLE BTS  +33 2 31 30 15 00")
    scan_phone(out(TN.STEM + ".pdf"), out(TN.STEM + "_scan.pdf"))
    made += [out(TM.STEM + "_scan.pdf"), out(TNo.STEM + "_scan.pdf"), out(TN.STEM + "_scan.pdf")]
    for m in made:
        print(os.path.basename(m), os.path.getsize(m))
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
