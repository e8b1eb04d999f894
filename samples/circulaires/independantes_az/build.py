#!/usr/bin/env python3
"""Build the independantes_az corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (and a private LibreOffice profile / temp files in /tmp).
No project code is imported or run."""
import html, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import textes_rennes as TR
import textes_toulouse as TT
import textes_lille as TL
import textes_dijon as TD
import textes_grenoble as TG

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_az"
random.seed(26)
np.random.seed(26)

FONTS = {"LS": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
         "LSB": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
         "LSI": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
         "DV": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "DVB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
         "DVC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
         "DVCB": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"}
for name, path in FONTS.items():
    pdfmetrics.registerFont(TTFont(name, path))


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.5)
    return doc


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=8.5, align=None, italic=False):
    cell.text = ""
    par = cell.paragraphs[0]
    par.paragraph_format.space_after = Pt(0)
    run = par.add_run(text); run.bold = bold; run.italic = italic; run.font.size = Pt(size)
    if align is not None:
        par.alignment = align


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def set_widths(table, widths):
    table.autofit = False
    tw = [int(w / 635) for w in widths]
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, tw):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(w))


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def par_box(par, color="000000", sz="8", dash=False):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "dashed" if dash else "single"); e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "4"); e.set(qn("w:color"), color); bdr.append(e)
    pPr.append(bdr)


def frame(par, x_cm, y_cm, w_cm):
    """Absolute-positioned paragraph frame (w:framePr), as used for window-envelope addresses."""
    pPr = par._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    fp.set(qn("w:w"), str(int(w_cm * 567))); fp.set(qn("w:hSpace"), "142"); fp.set(qn("w:wrap"), "around")
    fp.set(qn("w:vAnchor"), "page"); fp.set(qn("w:hAnchor"), "page")
    fp.set(qn("w:x"), str(int(x_cm * 567))); fp.set(qn("w:y"), str(int(y_cm * 567)))
    pPr.insert(0, fp)


def lines_par(doc, lines, bold_first=False, size=9, align=None):
    par = doc.add_paragraph()
    for i, line in enumerate(lines):
        r = par.add_run(line); r.font.size = Pt(size); r.bold = bold_first and i == 0
        if i < len(lines) - 1:
            r.add_break()
    if align is not None:
        par.alignment = align
    return par


# ---------------------------------------------------------------- A. Rennes: candidate's convocation
def build_rennes():
    doc = base_doc()
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TR.PIED); r.font.size = Pt(7); r.italic = True
    # top band: letterhead on the left, reference block on the right (borderless table)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    left, right = t.rows[0].cells
    cell_text(left, "")
    p = left.paragraphs[0]
    for i, line in enumerate(TR.EN_TETE):
        run = p.add_run(line); run.bold = i == 0; run.font.size = Pt(11 if i == 0 else 8)
        if i < len(TR.EN_TETE) - 1:
            run.add_break()
    right.text = ""
    rt = right.add_table(rows=len(TR.REFERENCE), cols=2)
    rt.style = "Table Grid"
    for row, (k, v) in zip(rt.rows, TR.REFERENCE):
        cell_text(row.cells[0], k, bold=True, size=7.5); cell_shade(row.cells[0], "EDEDED")
        cell_text(row.cells[1], v, size=7.5)
    set_widths(rt, [Cm(2.6), Cm(5.4)])
    right.paragraphs[0].paragraph_format.space_after = Pt(0)
    set_widths(t, [Cm(9.2), Cm(8.2)])
    # window-envelope address, absolutely positioned in a Word frame
    for i, line in enumerate(TR.DESTINATAIRE):
        par = doc.add_paragraph(); par.paragraph_format.space_after = Pt(0)
        run = par.add_run(line); run.font.size = Pt(10); run.bold = i == 0
        frame(par, 11.0, 5.2, 8.0)
    spacer = doc.add_paragraph(); spacer.paragraph_format.space_before = Cm(3.0)
    p = doc.add_paragraph(TR.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); r = p.add_run(TR.OBJET); r.bold = True; r.font.size = Pt(10)
    for line in TR.INTRO.split("\n"):
        doc.add_paragraph(line).paragraph_format.space_after = Pt(4)
    # centres legend (two boxed cells side by side)
    lt = doc.add_table(rows=1, cols=2); lt.style = "Table Grid"; lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, (letter, nom, rue, ville, quoi) in zip(lt.rows[0].cells, TR.CENTRES):
        cell.text = ""
        par = cell.paragraphs[0]
        run = par.add_run(f"Centre {letter}  "); run.bold = True; run.font.size = Pt(12); run.font.color.rgb = RGBColor(0x8B, 0, 0)
        run = par.add_run(nom); run.bold = True; run.font.size = Pt(9.5)
        for line in (rue, ville, quoi):
            run = par.add_run(); run.add_break(); run2 = par.add_run(line); run2.font.size = Pt(8.5)
            run2.italic = line == quoi
        cell_shade(cell, "FFF8E1")
    set_widths(lt, [Cm(8.7), Cm(8.7)])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    # the convocation table
    et = doc.add_table(rows=1 + len(TR.EPREUVES), cols=len(TR.ENTETE_TABLE)); et.style = "Table Grid"
    for cell, h in zip(et.rows[0].cells, TR.ENTETE_TABLE):
        cell_text(cell, h, bold=True, size=8); cell_shade(cell, "1F3864")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    header_repeat(et.rows[0])
    for row, vals in zip(et.rows[1:], TR.EPREUVES):
        for j, (cell, v) in enumerate(zip(row.cells, vals)):
            cell_text(cell, v, bold=j in (0, 6), size=8, italic=vals[3] in ("Dispensé", "—") and j == 5,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 4, 6) else None)
        if vals[3] == "Dispensé":
            for cell in row.cells:
                cell_shade(cell, "E7E6E6")
    set_widths(et, [Cm(1.5), Cm(4.9), Cm(1.7), Cm(2.3), Cm(1.5), Cm(4.3), Cm(1.2)])
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
    r = p.add_run("Consignes"); r.bold = True
    for line in TR.CONSIGNES:
        par = doc.add_paragraph(line, style="List Bullet"); par.runs[0].font.size = Pt(8.5)
    p = doc.add_paragraph(); r = p.add_run(TR.RESULTATS); r.font.size = Pt(9); r.bold = True
    par_box(p, color="1F3864")
    p = lines_par(doc, TR.SIGNATURE, size=9); p.paragraph_format.left_indent = Cm(9.5)
    p.paragraph_format.space_before = Pt(8)
    p = doc.add_paragraph(); r = p.add_run(TR.COUPON_TITRE); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    p.paragraph_format.space_before = Pt(10)
    p = lines_par(doc, TR.COUPON, bold_first=True, size=8.5)
    par_box(p, dash=True, color="707070")
    out = P("convocation_cg_2026_rennes.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- E. Toulouse: examiner's convocation
def build_toulouse():
    doc = base_doc(size=10)
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    l, r_ = t.rows[0].cells
    cell_text(l, "")
    p = l.paragraphs[0]
    for i, line in enumerate(TT.EN_TETE):
        run = p.add_run(line); run.bold = i < 2; run.font.size = Pt(10 if i < 2 else 8)
        if i < len(TT.EN_TETE) - 1:
            run.add_break()
    cell_text(r_, TT.LIEU_DATE, size=10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(t, [Cm(10.5), Cm(6.9)])
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(14)
    run = p.add_run(TT.TITRE); run.bold = True; run.font.size = Pt(12.5)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(TT.SOUS_TITRE); run.italic = True; run.font.size = Pt(11)
    idt = doc.add_table(rows=len(TT.IDENTITE), cols=2); no_borders(idt)
    for row, (k, v) in zip(idt.rows, TT.IDENTITE):
        cell_text(row.cells[0], k + " :", bold=True, size=9); cell_text(row.cells[1], v, size=9)
    set_widths(idt, [Cm(5), Cm(12.4)])
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6)
    r = p.add_run("Nature de la mission :  "); r.bold = True; r.font.size = Pt(9.5)
    for box, label in TT.CASES:
        r = p.add_run(box + " "); r.font.name = "DejaVu Sans"; r.font.size = Pt(10)
        r = p.add_run(label + "     "); r.font.size = Pt(9.5)
    doc.add_paragraph(TT.INTRO).runs[0].font.size = Pt(9.5)
    for title, items in ((TT.MISSION_1_TITRE, TT.MISSION_1), (TT.MISSION_2_TITRE, TT.MISSION_2)):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
        r = p.add_run(title); r.bold = True; r.font.size = Pt(10.5); r.font.color.rgb = RGBColor(0x9C, 0x1C, 0x3C)
        for it in items:
            par = doc.add_paragraph(it, style="List Bullet"); par.runs[0].font.size = Pt(9.5)
    vt = doc.add_table(rows=1 + len(TT.VACATIONS), cols=4); vt.style = "Table Grid"; vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, h in zip(vt.rows[0].cells, TT.VACATIONS_ENTETE):
        cell_text(cell, h, bold=True, size=9); cell_shade(cell, "F2DCDB")
    for row, vals in zip(vt.rows[1:], TT.VACATIONS):
        for cell, v in zip(row.cells, vals):
            cell_text(cell, v, size=9)
    set_widths(vt, [Cm(3.6), Cm(3.8), Cm(3.8), Cm(2.2)])
    p = doc.add_paragraph(TT.MISSION_2_NOTE); p.runs[0].italic = True; p.runs[0].font.size = Pt(8.5)
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
    r = p.add_run(TT.MISSION_3_TITRE); r.bold = True; r.font.size = Pt(10.5); r.font.color.rgb = RGBColor(0x9C, 0x1C, 0x3C)
    for it in TT.MISSION_3:
        par = doc.add_paragraph(it, style="List Bullet"); par.runs[0].font.size = Pt(9.5)
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6)
    for chunk in TT.FRAIS.replace("☒", "\x00☒\x00").replace("☐", "\x00☐\x00").split("\x00"):
        r = p.add_run(chunk); r.font.size = Pt(9)
        if chunk in ("☒", "☐"):
            r.font.name = "DejaVu Sans"
    p = lines_par(doc, TT.SIGNATURE, size=9.5); p.paragraph_format.left_indent = Cm(9.5)
    p.paragraph_format.space_before = Pt(10)
    p = doc.add_paragraph(); p.paragraph_format.space_before = Cm(1.6)
    for i, line in enumerate(TT.ACCUSE):
        r = p.add_run(line); r.font.size = Pt(8.5); r.bold = i == 0
        if i < len(TT.ACCUSE) - 1:
            r.add_break()
    par_box(p)
    out = P("convocation_examinateur_tourisme_2025_toulouse.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- B. Lille: a centre's planning sheet (reportlab)
def hm(s):
    h, m = s.split(":"); return int(h) + int(m) / 60


def hfr(s):
    h, m = s.split(":"); return f"{int(h)} h {m}"


def build_lille():
    out = P("planning_centre_gpme_2027_lille.pdf")
    W, H = landscape(A4)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("Planning du centre — BTS GPME 2027"); c.setAuthor("Lycée Condorcet — secrétariat examens")

    def page_head(sub):
        c.setFillColorRGB(0.12, 0.25, 0.45); c.rect(0, H - 38, W, 38, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1); c.setFont("LSB", 11.5); c.drawString(28, H - 17, TL.EN_TETE)
        c.setFont("LS", 8.5); c.drawString(28, H - 31, TL.ADRESSE)
        c.setFillColorRGB(0, 0, 0); c.setFont("LSB", 14); c.drawString(28, H - 60, TL.TITRE)
        c.setFont("LSI", 8.5); c.drawString(28, H - 73, TL.VERSION + (" — " + sub if sub else ""))
        c.setFont("LS", 7); c.drawRightString(W - 28, 14, TL.PIED + f" — page {c.getPageNumber()}/2")

    page_head("épreuves écrites")
    # hour axis 7 h -> 20 h
    x0, x1 = 150, W - 30
    h0, h1 = 7, 20
    X = lambda h: x0 + (h - h0) * (x1 - x0) / (h1 - h0)
    top = H - 100
    c.setFont("LS", 7.5); c.setStrokeColorRGB(0.75, 0.75, 0.75)
    for h in range(h0, h1 + 1):
        c.drawCentredString(X(h), top, f"{h}h")
    y = top - 8
    for day, bars in TL.JOURS:
        n = len(bars)
        band_h = 24 + 50 * n
        y_top, y_bot = y, y - band_h
        c.setFillColorRGB(0.95, 0.96, 0.98); c.rect(28, y_bot, x1 - 28, band_h, fill=1, stroke=0)
        c.setStrokeColorRGB(0.8, 0.8, 0.8); c.setLineWidth(0.4)
        for h in range(h0, h1 + 1):
            c.line(X(h), y_bot, X(h), y_top)
        c.setFillColorRGB(0, 0, 0); c.setFont("LSB", 10)
        c.drawString(34, y_top - 20, day.split(" ", 1)[0])
        c.setFont("LS", 10); c.drawString(34, y_top - 34, day.split(" ", 1)[1])
        for i, (code, label, deb, fin, tt, salle, nb) in enumerate(bars):
            bh = 26
            by = y_top - 12 - 50 * (i + 1) + 12
            # tiers-temps extension (hatched)
            c.setFillColorRGB(0.85, 0.9, 1.0); c.setStrokeColorRGB(0.2, 0.35, 0.6)
            c.rect(X(hm(fin)), by, X(hm(tt)) - X(hm(fin)), bh, fill=1, stroke=1)
            c.saveState()
            p = c.beginPath(); p.rect(X(hm(fin)), by, X(hm(tt)) - X(hm(fin)), bh); c.clipPath(p, stroke=0)
            c.setLineWidth(0.6)
            for k in range(-40, 140, 6):
                c.line(X(hm(fin)) + k, by, X(hm(fin)) + k + bh, by + bh)
            c.restoreState()
            c.setFillColorRGB(0.2, 0.35, 0.6); c.rect(X(hm(deb)), by, X(hm(fin)) - X(hm(deb)), bh, fill=1, stroke=0)
            c.setFillColorRGB(0.1, 0.15, 0.3); c.setFont("DVCB", 8)
            c.drawString(X(hm(deb)), by + bh + 4, label)
            c.setFillColorRGB(1, 1, 1); c.setFont("DVC", 7.6)
            c.drawString(X(hm(deb)) + 4, by + bh - 11, f"{hfr(deb)} – {hfr(fin)}")
            c.drawString(X(hm(deb)) + 4, by + bh - 21, f"{salle} · {nb} cand.")
            c.setFillColorRGB(0.2, 0.35, 0.6); c.setFont("DVC", 6.8)
            c.drawString(X(hm(tt)) + 3, by + 4, f"TT → {hfr(tt)}")
        y = y_bot - 8
    # surveillance table
    cols = [28, 100, 170, 275, 560, W - 28]
    ty = y - 10
    c.setFont("LSB", 10); c.setFillColorRGB(0, 0, 0); c.drawString(28, ty, "Surveillances (prise de poste en loge)")
    ty -= 8
    rows = [TL.SURVEILLANCE_ENTETE] + TL.SURVEILLANCE
    for i, row in enumerate(rows):
        rh = 15
        if i == 0:
            c.setFillColorRGB(0.88, 0.88, 0.88); c.rect(cols[0], ty - rh, cols[-1] - cols[0], rh, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0); c.setFont("LSB" if i == 0 else "LS", 8)
        for j, v in enumerate(row):
            c.drawString(cols[j] + 3, ty - rh + 4.5, v)
        c.setStrokeColorRGB(0.5, 0.5, 0.5); c.setLineWidth(0.4)
        c.line(cols[0], ty - rh, cols[-1], ty - rh)
        ty -= rh
    c.showPage()

    page_head("épreuves orales et logistique")
    y = H - 100
    c.setFont("LSB", 11); c.drawString(28, y, TL.ORAUX_TITRE); y -= 10
    cols = [28, 200, 520, 705, W - 28]
    for i, row in enumerate([TL.ORAUX_ENTETE] + TL.ORAUX):
        rh = 20
        c.setFillColorRGB(*(0.12, 0.25, 0.45) if i == 0 else ((0.96, 0.96, 0.96) if i % 2 else (1, 1, 1)))
        c.rect(cols[0], y - rh, cols[-1] - cols[0], rh, fill=1, stroke=0)
        c.setFillColorRGB(*(1, 1, 1) if i == 0 else (0, 0, 0)); c.setFont("LSB" if i == 0 else "LS", 8)
        for j, v in enumerate(row):
            c.drawString(cols[j] + 4, y - rh + 7, v)
        y -= rh
    y -= 22
    c.setFont("LSB", 11); c.drawString(28, y, TL.LOGISTIQUE_TITRE); y -= 16
    for line in TL.LOGISTIQUE:
        c.setFillColorRGB(0.12, 0.25, 0.45); c.circle(39, y + 3, 2.2, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0); c.setFont("LS", 9)
        words, cur = line.split(), ""
        for w in words:
            if pdfmetrics.stringWidth(cur + " " + w, "LS", 9) > W - 90 and cur:
                c.drawString(48, y, cur); y -= 12; cur = w
            else:
                cur = (cur + " " + w).strip()
        c.drawString(48, y, cur); y -= 16
    c.showPage(); c.save()
    return out


# ---------------------------------------------------------------- C. Dijon: DEC recap sheet (HTML, printed by Chromium)
def build_dijon():
    import re
    # an ISO date (with its weekday) never breaks at its hyphens
    e = lambda v: re.sub(r"(\d{4}-\d{2}-\d{2}(?: \(\w+\.\))?)", r"<span class='nw'>\1</span>", html.escape(v))
    meta = "".join(f"<div class='kv'><span class='k'>{e(k)}</span><span class='v'>{e(v)}</span></div>" for k, v in TD.META)
    centres = "".join(f"<p><b>{e(r)} :</b> {e(n)}<br><span class='adr'>{e(a)}</span></p>" for r, n, a in TD.CENTRES)
    dossiers = "".join(f"<div class='kv'><span class='k'>{e(k)}</span><span class='v'>{e(v)}</span></div>" for k, v in TD.DOSSIERS)
    rows = []
    for code, lib, ponct, ccf, date, hor, centre in TD.EPREUVES:
        if not ponct:
            rows.append(f"<tr class='grp'><td>{e(code)}</td><td colspan='5'>{e(lib)}</td></tr>")
            continue
        rows.append(f"<tr><td class='code'>{e(code)}</td><td>{e(lib.strip())}<div class='forme'>ponctuel {ponct} · CCF {ccf}</div></td>"
                    f"<td>{e(date)}</td><td>{e(hor)}</td><td>{e(centre)}</td></tr>")
    suivi = "".join(f"<div class='kv'><span class='k'>{e(k)}</span><span class='v'>{e(v)}</span></div>" for k, v in TD.SUIVI)
    npc = "".join(f"<li><i>{e(k)}</i> — {e(v)}</li>" for k, v in TD.NE_PAS_CONFONDRE)
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TD.TITRE)} — session 2028</title>
<style>
@page {{ size: A4; margin: 12mm 12mm 14mm 12mm; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 8.6pt; color: #222; }}
header {{ border-bottom: 3px solid #6b2d5c; padding-bottom: 4px; margin-bottom: 6px; display: flex; justify-content: space-between; }}
header .ac {{ font-weight: bold; font-size: 11pt; color: #6b2d5c; }}
h1 {{ font-size: 13pt; margin: 4px 0 8px 0; }}
.cols {{ column-count: 2; column-gap: 7mm; column-rule: 1px dotted #aaa; }}
fieldset {{ break-inside: avoid; border: 1px solid #6b2d5c; border-radius: 4px; margin: 0 0 6px 0; padding: 4px 7px; }}
legend {{ font-weight: bold; color: #fff; background: #6b2d5c; padding: 1px 6px; border-radius: 3px; }}
.kv {{ display: grid; grid-template-columns: 42% 58%; border-bottom: 1px solid #eee; padding: 2px 0; }}
.k {{ color: #555; }} .v {{ font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; font-size: 7.8pt; }}
td, th {{ border-bottom: 1px solid #ccc; padding: 2px 3px; vertical-align: top; text-align: left; }}
th {{ background: #eadcea; }}
td.code {{ font-weight: bold; white-space: nowrap; }}
tr.grp td {{ background: #f4eef4; font-style: italic; }}
.forme {{ color: #6b2d5c; font-size: 7pt; }}
.adr {{ color: #555; font-size: 7.6pt; }}
.wide {{ column-span: all; }}
.nw {{ white-space: nowrap; }}
footer {{ margin-top: 8px; font-size: 7pt; color: #777; border-top: 1px solid #ccc; }}
</style></head><body>
<header><div><div class="ac">{e(TD.EN_TETE[0])}</div>{e(TD.EN_TETE[1])}<br>{e(TD.EN_TETE[2])}</div>
<div style="text-align:right">FICHE RÉCAPITULATIVE<br><b>BTS PI · 2028</b></div></header>
<h1>{e(TD.TITRE)}</h1>
<div class="cols">
<fieldset><legend>Identification</legend>{meta}</fieldset>
<fieldset><legend>Centres</legend>{centres}</fieldset>
<fieldset><legend>Dossiers</legend>{dossiers}</fieldset>
<fieldset class="wide"><legend>Épreuves</legend>
<table><tr><th>Code</th><th>Intitulé / forme</th><th>Date</th><th>Horaires</th><th>Centre</th></tr>{''.join(rows)}</table></fieldset>
<fieldset><legend>Suivi de la session</legend>{suivi}</fieldset>
<fieldset><legend>À ne pas confondre</legend><ul>{npc}</ul></fieldset>
</div>
<footer>{e(TD.PIED)}</footer>
</body></html>"""
    src = P("fiche_recap_pi_2028_dijon.html")
    open(src, "w", encoding="utf-8").write(doc)
    out = P("fiche_recap_pi_2028_dijon.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", "file://" + src], check=True, capture_output=True, timeout=120)
    return src, out


# ---------------------------------------------------------------- D. Grenoble: jury president's agenda, memo style (reportlab)
def build_grenoble():
    out = P("agenda_president_et_2029_grenoble.pdf")
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Calendrier — style mémo"); c.setAuthor(TG.PROPRIETAIRE)
    L, R = 50, W - 50

    def head():
        c.setFont("LSB", 15); c.drawString(L, H - 55, TG.ENTETE)
        c.setLineWidth(2.2); c.line(L, H - 63, R, H - 63)
        c.setFont("LS", 8); c.drawString(L, H - 76, TG.PERIODE); c.drawString(L, H - 87, TG.FUSEAU)
        c.setLineWidth(0.5); c.line(L, H - 92, R, H - 92)
        c.setFont("LS", 7.5); c.drawString(L, 28, TG.IMPRIME); c.drawRightString(R, 28, f"{c.getPageNumber()}")
        return H - 110

    y = head()
    for fields, desc in TG.EVENEMENTS:
        need = 13.5 * len(fields) + 12 * len(desc) + 28
        if y - need < 50:
            c.showPage(); y = head()
        for k, v in fields:
            c.setFont("LSB", 9.2); c.drawString(L, y, k + " :")
            c.setFont("LSB" if k == "Objet" else "LS", 9.2)
            # wrap long values
            words, cur, first = v.split(), "", True
            for w in words:
                if pdfmetrics.stringWidth(cur + " " + w, "LS", 9.2) > R - L - 120 and cur:
                    c.drawString(L + 120, y, cur); y -= 12; cur = w
                else:
                    cur = (cur + " " + w).strip()
            c.drawString(L + 120, y, cur); y -= 13.5
        if desc:
            y -= 4
            c.setFont("LS", 9)
            for line in desc:
                c.drawString(L, y, line); y -= 12
        y -= 6
        c.setDash(1, 2); c.setLineWidth(0.5); c.line(L, y + 4, R, y + 4); c.setDash()
        y -= 14
    c.showPage(); c.save()
    return out


# ---------------------------------------------------------------- conversions and the scan
def soffice_pdf(paths):
    tmp = tempfile.mkdtemp(prefix="az_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", tmp] + paths, check=True, capture_output=True, timeout=300)
    for p in paths:
        name = os.path.splitext(os.path.basename(p))[0] + ".pdf"
        shutil.move(os.path.join(tmp, name), P(name))
    shutil.rmtree(tmp, ignore_errors=True)


def flatbed_scan(pdf, out, dpi=200):
    """Signed, then scanned on a copier: grey, slight skew, noise, a pen signature, JPEG; no text layer."""
    tmp = tempfile.mkdtemp(prefix="az_scan_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    for k, name in enumerate(sorted(os.listdir(tmp))):
        im = Image.open(os.path.join(tmp, name)).convert("L")
        w, h = im.size
        if k == 0:  # handwritten signature over the signature block, lower right of page 1
            d = ImageDraw.Draw(im)
            pts, x, yy = [], int(w * 0.62), int(h * 0.80)
            for t in np.linspace(0, 1, 60):
                pts.append((x + int(t * 320), yy + int(28 * np.sin(t * 17) * (1 - t) + 12 * np.cos(t * 5))))
            d.line(pts, fill=40, width=4)
        im = im.rotate(random.uniform(-0.7, -0.3), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.9 + 18  # grey paper
        a += np.random.normal(0, 7, a.shape)
        a[:, :14] *= 0.45  # dark edge from the lid
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=68)
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    a = build_rennes()
    e = build_toulouse()
    soffice_pdf([a, e])
    build_lille()
    build_dijon()
    build_grenoble()
    flatbed_scan(P("convocation_examinateur_tourisme_2025_toulouse.pdf"),
                 P("convocation_examinateur_tourisme_2025_toulouse_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")) and os.path.isfile(P(f)):
            print(f"{f:60s} {os.path.getsize(P(f)) / 1024:8.1f} KiB")


if __name__ == "__main__":
    main()
