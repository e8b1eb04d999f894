#!/usr/bin/env python3
"""Build the independantes_ao corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile, a Chromium profile and temp files in /tmp)."""
import html, io, os, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_rennes as TR
import textes_dijon as TD
import textes_ol as TO
import textes_normandie as TN
import textes_montpellier as TM

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_ao"
FONTS = "/usr/share/fonts/truetype/liberation2/"


# ---------------------------------------------------------------- docx helpers
def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, italic=False, strike=False, color=None):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text); run.bold = bold; run.italic = italic; run.font.size = Pt(size); run.font.strike = strike
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return par


def par_border(par, fill="FDECEA", color="B00020"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}"); b.set(qn("w:val"), "double"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "4")
        b.set(qn("w:color"), color); bdr.append(b)
    pPr.append(bdr)
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def add_page_field(par):
    run = par.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve"); el.text = " PAGE "
        run._r.append(el)
    run2 = par.add_run("1")
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end"); run2._r.append(end)


def base_doc(font="Liberation Sans"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    return doc


def heading(doc, text, size=11, color="1F3864"):
    par = doc.add_paragraph(); par.paragraph_format.space_before = Pt(10); par.paragraph_format.keep_with_next = True
    run = par.add_run(text); run.bold = True; run.font.size = Pt(size); run.font.color.rgb = RGBColor.from_string(color)
    return par


def set_widths(table, widths):
    """Column widths in tblGrid and in every tcW (a merged cell gets the sum of its span)."""
    table.autofit = False
    tw = [int(w / 635) for w in widths]  # EMU -> twips
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


# ---------------------------------------------------------------- A. Rennes CG 2026 (annule et remplace, strikethrough)
def build_rennes():
    doc = base_doc()
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TR.PIED + " – page "); r.font.size = Pt(7.5); add_page_field(fp)
    # letterhead: two-column borderless table (issuer left, affaire suivie right)
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.text = ""
    for i, l in enumerate(TR.EN_TETE):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        rr = p.add_run(l); rr.bold = i == 0; rr.font.size = Pt(11 if i == 0 else 9)
    right.text = ""
    for i, l in enumerate(TR.AFFAIRE):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        rr = p.add_run(l); rr.font.size = Pt(8)
    set_widths(t, [Cm(9), Cm(8)])
    p = doc.add_paragraph(TR.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(7)
    for i, l in enumerate(TR.DESTINATAIRES.split("\n")):
        rr = p.add_run(l); rr.font.size = Pt(9.5)
        if i < 3:
            rr.add_break()
    p = doc.add_paragraph(); rr = p.add_run(TR.CIRC_NO); rr.bold = True
    p = doc.add_paragraph(); rr = p.add_run(TR.OBJET); rr.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(TR.BANDEAU); rr.bold = True; rr.font.color.rgb = RGBColor(0xB0, 0x00, 0x20)
    par_border(p)
    for ref in TR.REFERENCES:
        p = doc.add_paragraph(); rr = p.add_run(ref); rr.italic = True; rr.font.size = Pt(8.5)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    doc.add_paragraph(TR.INTRO)

    heading(doc, TR.T1)
    doc.add_paragraph(TR.T1_TXT)
    t = doc.add_table(rows=1 + len(TR.CAL), cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, txt in zip(t.rows[0].cells, TR.CAL_ENTETE):
        cell_text(cell, txt, bold=True); cell_shade(cell, "DCE6F1")
    for i, (d, ep, h, tt) in enumerate(TR.CAL):
        cells = t.rows[1 + i].cells
        cell_text(cells[0], d, size=9.5)
        cell_text(cells[1], ep, size=9.5)
        cell_text(cells[2], h, bold=True, size=9.5)
        p2 = cells[2].add_paragraph(); r2 = p2.add_run(TR.TT_FMT.format(tt)); r2.italic = True; r2.font.size = Pt(7.5)
        r2.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    set_widths(t, [Cm(3.6), Cm(8.6), Cm(4.8)])
    p = doc.add_paragraph(); rr = p.add_run(TR.CAL_NOTE); rr.italic = True; rr.font.size = Pt(8.5)

    heading(doc, TR.T2)
    for l in TR.ORAUX:
        doc.add_paragraph(l, style="List Bullet")
    doc.add_paragraph(TR.E4_NOTE)
    doc.add_paragraph(TR.DOSSIERS)

    heading(doc, TR.T3)
    for l in TR.REGIMES:
        doc.add_paragraph(l, style="List Bullet")
    heading(doc, TR.T4)
    doc.add_paragraph(TR.JURY)

    heading(doc, TR.T5)
    doc.add_paragraph(TR.T5_TXT)
    t = doc.add_table(rows=1 + len(TR.MODIFS), cols=3); t.style = "Table Grid"
    for cell, txt in zip(t.rows[0].cells, TR.MODIFS_ENTETE):
        cell_text(cell, txt, bold=True); cell_shade(cell, "F2F2F2")
    for i, (obj, old, new) in enumerate(TR.MODIFS):
        cells = t.rows[1 + i].cells
        cell_text(cells[0], obj)
        cell_text(cells[1], old, strike=True, color="888888")
        cell_text(cells[2], new, bold=True)
    set_widths(t, [Cm(4.2), Cm(6.4), Cm(6.4)])

    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(16)
    for i, l in enumerate(TR.SIGNATURE):
        rr = p.add_run(l); rr.bold = i == len(TR.SIGNATURE) - 1
        if i < len(TR.SIGNATURE) - 1:
            rr.add_break()
    out = P("circulaire_cg_2026_rennes.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- B. Dijon PI 2027 (forwarded mail chain, plain text)
def build_dijon():
    out = P("mail_pi_2027_dijon.txt")
    with open(out, "w", encoding="utf-8", newline="\r\n") as f:  # CRLF, as saved from a mail client
        f.write(TD.MAIL)
    return out


# ---------------------------------------------------------------- C. note nationale OL 2028 (reportlab)
def build_ol():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("Se", FONTS + "LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("SeB", FONTS + "LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("SeI", FONTS + "LiberationSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("Sa", FONTS + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("SaB", FONTS + "LiberationSans-Bold.ttf"))
    out = P("note_nationale_ol_2028.pdf")
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle(TO.OBJET); c.setAuthor("DGESIP")
    W, H = A4
    M = 62
    page = [1]

    def wrap(text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return lines

    def block(text, y, font="Se", size=10.5, x=M, width=W - 2 * M, lead=14):
        c.setFont(font, size)
        for line in wrap(text, font, size, width):
            c.drawString(x, y, line); y -= lead
        return y - 5

    def footer():
        c.setFont("Sa", 7.5); c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(M, 28, TO.PIED); c.drawRightString(W - M, 28, f"{page[0]}/3")
        c.setFillColorRGB(0, 0, 0)

    def newpage():
        footer(); c.showPage(); page[0] += 1
        return H - 60

    def table(rows, y, shade=(0.90, 0.90, 0.90)):
        widths = [126, 190, 74, 82]
        x0 = M
        c.setFillColorRGB(*shade); c.rect(x0, y - 18, sum(widths), 18, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont("SaB", 8.5)
        x = x0
        for wd, h in zip(widths, TO.CAL_ENTETE):
            c.drawString(x + 4, y - 12.5, h); x += wd
        y -= 18
        for d, ep, hr, tt in rows:
            lines = wrap(ep, "Se", 9.5, widths[1] - 8)
            rh = 8 + 12 * len(lines)
            c.setLineWidth(0.4); c.line(x0, y, x0 + sum(widths), y)
            c.setFont("Se", 9.5); c.drawString(x0 + 4, y - 13, d)
            for k, l in enumerate(lines):
                c.drawString(x0 + widths[0] + 4, y - 13 - 12 * k, l)
            c.setFont("SaB", 9.5); c.drawString(x0 + widths[0] + widths[1] + 4, y - 13, hr)
            c.setFont("SeI", 8.5); c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(x0 + widths[0] + widths[1] + widths[2] + 4, y - 13, tt); c.setFillColorRGB(0, 0, 0)
            y -= rh
        c.line(x0, y, x0 + sum(widths), y)
        # dotted vertical rule before the tiers-temps column
        c.setDash(1, 2); xv = x0 + sum(widths[:3]); c.line(xv, y, xv, y + 18 + sum(8 + 12 * len(wrap(r[1], "Se", 9.5, widths[1] - 8)) for r in rows)); c.setDash()
        return y - 8

    # page 1
    y = H - 55
    for i, l in enumerate(TO.EMETTEUR):
        c.setFont("SaB" if i == 0 else "Sa", 9.5 if i == 0 else 8.5); c.drawString(M, y, l); y -= 12
    c.setFont("Sa", 8.5); c.drawString(M, y - 4, TO.REF)
    c.setFont("Se", 10.5); c.drawRightString(W - M, H - 55, TO.LIEU_DATE)
    y -= 26
    y = block(TO.DESTINATAIRES, y, "SeI", 10)
    y = block(TO.OBJET, y - 4, "SeB", 11)
    for t in TO.INTRO:
        y = block(t, y)
    y -= 4; c.setFont("SaB", 12); c.drawString(M, y, TO.T1); y -= 20
    c.setFont("SaB", 10.5); c.drawString(M, y, TO.T1A); y -= 8
    y = table(TO.CAL, y) - 4
    y = block(TO.CAL_NOTE, y, "SeI", 8.5, lead=11)
    c.setFont("SaB", 10.5); c.drawString(M, y - 4, TO.T1B); y -= 20
    for t in TO.AUTRES:
        c.setFont("Se", 10.5); c.drawString(M + 6, y, "–")
        y = block(t, y, x=M + 18, width=W - 2 * M - 18)
        if y < 90:
            y = newpage()
    y = block(TO.CODES_NOTE, y - 2, "SeI", 9.5, lead=12)
    y = newpage()
    # page 2: the replacement session in a framed, tinted box
    box_top = y + 12
    c.setFont("SaB", 12); c.setFillColorRGB(0.55, 0.1, 0.1); c.drawString(M + 10, y - 8, TO.T2); c.setFillColorRGB(0, 0, 0)
    y -= 28
    y = block(TO.T2_TXT, y, x=M + 10, width=W - 2 * M - 20)
    y = table(TO.REMP, y, shade=(0.96, 0.86, 0.86)) - 8
    for t in TO.REMP_APRES:
        y = block(t, y, x=M + 10, width=W - 2 * M - 20)
    c.setStrokeColorRGB(0.55, 0.1, 0.1); c.setLineWidth(1.4)
    c.rect(M - 6, y - 4, W - 2 * M + 12, box_top - y + 4, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0); c.setLineWidth(0.4)
    y -= 24
    c.setFont("SaB", 12); c.drawString(M, y, TO.T3); y -= 18
    for t in TO.REGIMES:
        y = block(t, y)
    y -= 20
    for i, l in enumerate(TO.SIGNATURE):
        c.setFont("SeB" if i == len(TO.SIGNATURE) - 1 else "Se", 10.5); c.drawString(320, y, l); y -= 14
    y = newpage()
    # page 3: version history
    c.setFont("SaB", 11); c.drawString(M, y, TO.VERSIONS_T); y -= 18
    c.setFont("SaB", 9); c.drawString(M, y, "Version"); c.drawString(M + 60, y, "Date"); c.drawString(M + 170, y, "Modifications"); y -= 4
    c.line(M, y, W - M, y); y -= 13
    for v, d, m in TO.VERSIONS:
        c.setFont("Sa", 9); c.drawString(M, y, v); c.drawString(M + 60, y, d)
        y2 = y
        for l in wrap(m, "Sa", 9, W - 2 * M - 170):
            c.drawString(M + 170, y2, l); y2 -= 12
        y = y2 - 6
    footer(); c.showPage(); c.save()
    return out


# ---------------------------------------------------------------- D. Normandie SP3S 2029 (HTML with <del>/<ins>, Chromium)
def build_normandie():
    e = html.escape
    rows = []
    for d, code, lib, h, tt, old in TN.ECRITS:
        dcell = (f"<del datetime='2029-03-02'>{e(old)}</del><br><ins datetime='2029-03-02'>{e(d)}</ins>" if old else e(d))
        rows.append(f"<tr><td>{dcell}</td><td><b>{e(code)}</b> – {e(lib)}</td><td class='h'>{e(h)}</td>"
                    f"<td class='tt'>{e(tt)}</td></tr>")
    oraux = "".join(f"<tr><td><b>{e(c)}</b> – {e(l)}</td><td>{e(p)}</td><td>{e(lieu)}</td></tr>" for c, l, p, lieu in TN.ORAUX)
    regimes = "".join(f"<section class='regime'><h3>{e(t)}</h3><p>{e(x)}</p></section>" for t, x in TN.REGIMES)
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TN.TITRE)}</title>
<style>
@page {{ size: A4; margin: 16mm 15mm 18mm 15mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #1b1b1b; }}
.emetteur {{ font-size: 8.5pt; color: #000091; text-transform: uppercase; letter-spacing: .03em; }}
h1 {{ font-size: 15pt; margin: .3em 0 .1em 0; color: #000091; }} .sous {{ font-size: 11pt; margin: 0 0 .6em 0; }}
.maj {{ border-left: 5px solid #e1000f; background: #fff3f3; padding: .4em .7em; margin: .6em 0; font-size: 9.5pt; }}
.date {{ text-align: right; }} .refs {{ font-size: 8.5pt; font-style: italic; }}
h2 {{ font-size: 11.5pt; color: #000091; border-bottom: 1px solid #000091; margin-top: 1.1em; }}
h3 {{ font-size: 10pt; margin: .2em 0; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #8a8a8a; padding: 3px 5px; vertical-align: top; }}
th {{ background: #e3e3fd; text-align: left; font-size: 9pt; }}
td.h {{ font-weight: bold; white-space: nowrap; }}
td.tt {{ color: #6a6a6a; font-style: italic; white-space: nowrap; }}
del {{ color: #9a9a9a; }} ins {{ text-decoration: underline 2px #18753c; font-weight: bold; }}
.regime {{ border: 1px solid #cfcfcf; border-radius: 4px; padding: .2em .6em; margin: .4em 0; }}
.signature {{ margin-left: 52%; margin-top: 1.5em; }}
footer {{ margin-top: 2em; font-size: 7.5pt; color: #666; border-top: 1px solid #ccc; }}
</style></head><body>
<div class="emetteur">{e(TN.EMETTEUR)}</div>
<h1>{e(TN.TITRE)}</h1><p class="sous">{e(TN.SOUS_TITRE)}</p>
<p class="date">{e(TN.LIEU_DATE)}</p>
<aside class="maj" role="note"><strong>⚠</strong> {e(TN.MAJ)}</aside>
<p class="refs">{e(TN.REFS)}</p>
<p>{e(TN.CHAPO)}</p>
<h2>{e(TN.H_ECRITS)}</h2><p>{e(TN.ECRITS_TXT)}</p>
<table><thead><tr><th style="width:22%">Date</th><th>Épreuve</th><th style="width:14%">Horaire</th><th style="width:14%">Fin tiers-temps</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<p><small>{e(TN.ECRITS_NOTE)}</small></p>
<h2>{e(TN.H_ORAUX)}</h2>
<table><thead><tr><th>Épreuve</th><th style="width:27%">Période d'interrogation</th><th style="width:36%">Centre</th></tr></thead><tbody>{oraux}</tbody></table>
<h2>{e(TN.H_DOSSIERS)}</h2>
<p>{e(TN.DOSSIER_AVANT)}<del datetime="2029-03-02">{e(TN.DOSSIER_OLD)}</del> <ins datetime="2029-03-02">{e(TN.DOSSIER_NEW)}</ins>{e(TN.DOSSIER_APRES)}</p>
<h2>{e(TN.H_CORRECTION)}</h2><p>{e(TN.CORRECTION)}</p>
<h2>{e(TN.H_REGIMES)}</h2>{regimes}
<h2>{e(TN.H_JURY)}</h2><p>{e(TN.JURY)}</p>
<p class="signature">{'<br>'.join(e(x) for x in TN.SIGNATURE)}</p>
<footer>{e(TN.PIED)}</footer>
</body></html>
"""
    out = P("circulaire_sp3s_2029_normandie.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)
    prof = tempfile.mkdtemp(prefix="ao_chrome_")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                    "--no-pdf-header-footer", f"--print-to-pdf={P('circulaire_sp3s_2029_normandie.pdf')}",
                    "file://" + out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(prof, ignore_errors=True)
    return out


# ---------------------------------------------------------------- E. Montpellier ET 2025 (tiers-temps sub-rows, replacement section)
def build_montpellier():
    doc = base_doc("Liberation Serif")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, l in enumerate(TM.EN_TETE):
        r = hp.add_run(l); r.bold = i == 0; r.font.size = Pt(10 if i == 0 else 8.5)
        if i < len(TM.EN_TETE) - 1:
            r.add_break()
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run(TM.PIED + " – "); r.font.size = Pt(7.5); add_page_field(fp)
    p = doc.add_paragraph(TM.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(TM.DESTINATAIRES); p.paragraph_format.left_indent = Cm(8)
    p = doc.add_paragraph(); rr = p.add_run(TM.OBJET); rr.bold = True
    for ref in TM.REFS:
        p = doc.add_paragraph(); rr = p.add_run(ref); rr.italic = True; rr.font.size = Pt(8.5); p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    doc.add_paragraph(TM.INTRO)

    def calendar(rows, fill):
        t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, txt in zip(t.rows[0].cells, TM.CAL_ENTETE):
            cell_text(cell, txt, bold=True); cell_shade(cell, fill)
        for d, ep, h, dur, tt in rows:
            main = t.add_row().cells
            cell_text(main[0], d, size=9.5); cell_text(main[1], ep, size=9.5); cell_text(main[2], h, bold=True, size=9.5)
            cell_text(main[3], dur, size=9.5)
            sub = t.add_row().cells
            m = sub[0].merge(sub[1]); cell_text(m, "      " + TM.TT_LIBELLE, italic=True, size=8, color="666666")
            cell_text(sub[2], tt, italic=True, size=8, color="666666"); cell_text(sub[3], "", size=8)
        set_widths(t, [Cm(4.2), Cm(8), Cm(3.2), Cm(1.6)])
        return t

    heading(doc, TM.T1, color="7A2E0E")
    doc.add_paragraph(TM.T1_TXT)
    calendar(TM.CAL, "F4E1D7")
    p = doc.add_paragraph(); rr = p.add_run(TM.CAL_NOTE); rr.italic = True; rr.font.size = Pt(8.5)
    heading(doc, TM.T2, color="7A2E0E")
    for l in TM.ORAUX:
        doc.add_paragraph(l, style="List Bullet")
    doc.add_paragraph(TM.CODES_NOTE)
    heading(doc, TM.T3, color="7A2E0E")
    for l in TM.REGIMES:
        doc.add_paragraph(l, style="List Bullet")
    heading(doc, TM.T4, color="7A2E0E")
    doc.add_paragraph(TM.JURY)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(14)
    for i, l in enumerate(TM.SIGNATURE):
        rr = p.add_run(l); rr.bold = i == len(TM.SIGNATURE) - 1
        if i < len(TM.SIGNATURE) - 1:
            rr.add_break()
    # replacement session: a new section on a new page
    doc.add_section(WD_SECTION.NEW_PAGE)
    heading(doc, TM.T5, size=12, color="7A2E0E")
    doc.add_paragraph(TM.T5_TXT)
    calendar(TM.REMP, "E2E2E2")
    doc.add_paragraph(TM.REMP_APRES).paragraph_format.space_before = Pt(6)
    out = P("circulaire_et_2025_montpellier.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- conversions and the fax scan
def soffice(paths, fmt):
    tmp = tempfile.mkdtemp(prefix="ao_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", fmt,
                    "--outdir", tmp] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    ext = fmt.split(":")[0]
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + "." + ext), P(stem + "." + ext))
    shutil.rmtree(tmp, ignore_errors=True)


def fax_scan(pdf, out):
    """Received fax, scanned back: 200 dpi bilevel, fax header band, slight skew, speckles and dropped lines."""
    rng = np.random.default_rng(23)
    tmp = tempfile.mkdtemp(prefix="ao_ppm_")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", pdf, os.path.join(tmp, "p")], check=True)
    files = sorted(os.listdir(tmp))
    font = ImageFont.truetype(FONTS + "LiberationMono-Regular.ttf", 26)
    pages = []
    for k, f in enumerate(files):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        w, h = im.size
        canvas_ = Image.new("L", (w, h + 50), 255)
        canvas_.paste(im, (0, 50))
        d = ImageDraw.Draw(canvas_)
        d.text((40, 12), f"10/02/2026  08:47   RECTORAT RENNES DEC4   02 23 21 74 00            P.{k + 1:03d}/{len(files):03d}",
               fill=0, font=font)
        im = canvas_.rotate([0.45, -0.35, 0.6][k % 3], resample=Image.BICUBIC, fillcolor=255)
        a = np.asarray(im.filter(ImageFilter.GaussianBlur(0.7))).astype(np.float32)
        a = 255.0 * (a / 255.0) ** 1.7  # the fax machine darkens greys: light grey print still comes through
        a += rng.normal(0, 22, a.shape)
        bw = a > 150
        # dropped scan lines and speckles typical of a fax transmission
        for y in rng.integers(0, bw.shape[0], 6):
            bw[y:y + 2, :] = True
        speck = rng.random(bw.shape) < 0.0012
        bw[speck] = False
        img = Image.fromarray((bw * 255).astype(np.uint8)).convert("1")
        pages.append(img)
    shutil.rmtree(tmp, ignore_errors=True)
    pages[0].save(out, "PDF", resolution=200, save_all=True, append_images=pages[1:])


def main():
    a = build_rennes(); build_dijon(); build_ol(); build_normandie(); e = build_montpellier()
    soffice([a, e], "pdf")
    soffice([e], "odt")
    fax_scan(P("circulaire_cg_2026_rennes.pdf"), P("circulaire_cg_2026_rennes_scan.pdf"))
    print("built:", sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".docx", ".odt", ".html", ".txt"))))


if __name__ == "__main__":
    main()
