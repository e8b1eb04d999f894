#!/usr/bin/env python3
"""Build the independantes_bf corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp).
No project code is imported or run."""
import datetime as dt, glob, html, io, os, re, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_rennes as TR
import textes_poitiers as TP
import textes_clermont as TC
import textes_orleans as TO
import textes_grenoble as TG

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bf"


# ------------------------------------------------------------------ docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_borders(cell, **sides):
    """sides: left=(size, color) ... ; size in 1/8 pt, None = no border"""
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        spec = sides.get(side)
        if spec is None:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single"); el.set(qn("w:sz"), str(spec[0])); el.set(qn("w:color"), spec[1])
        b.append(el)
    tcPr.append(b)


def cell_write(cell, text, bold=False, size=9, italic=False, align=None):
    cell.text = ""
    par = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        r = par.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            r.add_break()
    if align is not None:
        par.alignment = align
    return par


def para_border(par, side="bottom", val="dashed", sz=8, color="666666"):
    pPr = par._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr")
    b = OxmlElement(f"w:{side}"); b.set(qn("w:val"), val); b.set(qn("w:sz"), str(sz)); b.set(qn("w:space"), "4"); b.set(qn("w:color"), color)
    bdr.append(b); pPr.append(bdr)


def add_page_field(par, size=7.5):
    run = par.add_run(); run.font.size = Pt(size)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve"); el.text = " PAGE "
        run._r.append(el)
    r2 = par.add_run("1"); r2.font.size = Pt(size)
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end"); r2._r.append(end)


def set_widths(table, widths):
    table.autofit = False
    tw = [int(w / 635) for w in widths]
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def base_doc(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
    return doc


# ------------------------------------------------------------------ A. Rennes: lettre aux familles (docx)
def build_rennes():
    doc = base_doc()
    sec = doc.sections[0]
    # letterhead of the LYCÉE in the page header, left, with a coloured rule
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(TR.EN_TETE):
        r = hp.add_run(line); r.bold = i == 0; r.font.size = Pt(13 if i == 0 else 8.5)
        r.font.color.rgb = RGBColor(0x0B, 0x5D, 0x7A) if i == 0 else RGBColor(0x33, 0x33, 0x33)
        if i < len(TR.EN_TETE) - 1:
            r.add_break()
    para_border(hp, "bottom", "single", 12, "0B5D7A")
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TR.PIED + " – page "); r.font.size = Pt(7.5); add_page_field(fp)

    p = doc.add_paragraph(TR.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9.5)
    lines = TR.DESTINATAIRES.split("\n")
    for i, l in enumerate(lines):
        r = p.add_run(l); r.italic = True
        if i < len(lines) - 1:
            r.add_break()
    p = doc.add_paragraph(); r = p.add_run(TR.OBJET); r.bold = True; r.underline = True
    for t in TR.INTRO:
        doc.add_paragraph(t).paragraph_format.space_after = Pt(4)

    # the rectorat's extract, in a one-cell "quote box": thick left bar, pale shading, italic text
    box = doc.add_table(rows=1, cols=1); box.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = box.rows[0].cells[0]
    shade(c, "EEF4F7"); cell_borders(c, left=(36, "0B5D7A"), top=None, right=None, bottom=None)
    cell_write(c, "« " + TR.EXTRAIT_TITRE + " »", bold=True, size=9)
    for t in TR.EXTRAIT:
        q = c.add_paragraph(); q.paragraph_format.space_before = Pt(3); q.paragraph_format.left_indent = Cm(0.3)
        rr = q.add_run(t); rr.italic = True; rr.font.size = Pt(9)
    q = c.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = q.add_run("(fin de l'extrait)"); rr.font.size = Pt(7.5)
    set_widths(box, [Cm(16.4)])

    h = doc.add_paragraph(); h.paragraph_format.space_before = Pt(12); h.paragraph_format.keep_with_next = True
    r = h.add_run(TR.CAL_TITRE); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x0B, 0x5D, 0x7A)
    t = doc.add_table(rows=1 + len(TR.CAL), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, txt in zip(t.rows[0].cells, TR.CAL_ENTETE):
        cell_write(cell, txt, bold=True, size=9); shade(cell, "D5E6EE")
    for i, (star, date, etape, ou) in enumerate(TR.CAL):
        cells = t.rows[1 + i].cells
        cell_write(cells[0], star, bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_write(cells[1], date, bold=bool(star), size=9)
        cell_write(cells[2], etape, size=9)
        cell_write(cells[3], ou, size=9, italic=not star)
        if star:
            for cell in cells:
                shade(cell, "FFF6D6")
    set_widths(t, [Cm(0.8), Cm(4.6), Cm(7.4), Cm(3.6)])
    p = doc.add_paragraph(); r = p.add_run(TR.CAL_LEGENDE); r.italic = True; r.font.size = Pt(8.5)
    for tx in TR.APRES:
        doc.add_paragraph(tx).paragraph_format.space_after = Pt(4)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(10); p.paragraph_format.space_before = Pt(10)
    for i, l in enumerate(TR.SIGNATURE):
        r = p.add_run(l); r.bold = i == 1
        if i == 0:
            r.add_break()
    # tear-off coupon at the bottom of the letter
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(22)
    r = p.add_run(TR.COUPON_CISEAUX); r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    p.paragraph_format.keep_with_next = True
    for i, l in enumerate(TR.COUPON):
        p = doc.add_paragraph(); p.paragraph_format.keep_with_next = i < len(TR.COUPON) - 1
        r = p.add_run(l); r.font.size = Pt(9 if i else 9.5); r.bold = i == 0
    out = P("lettre_familles_tourisme_2026_rennes.docx"); doc.save(out)
    return out


# ------------------------------------------------------------------ B. Poitiers: CFA mail (txt)
def build_poitiers():
    out = P("mail_cfa_gpme_2027_poitiers.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(TP.MAIL)
    return out


# ------------------------------------------------------------------ C. Clermont: ENT post (html)
def build_clermont():
    e = html.escape
    rows = "".join(
        "<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in TC.APERCU)
    checklist = "".join(f'<li><span class="box">☐</span> {e(x)}</li>' for x in TC.CHECKLIST)
    comments = []
    for who, when, prof, txt in TC.COMMENTAIRES:
        badge = '<span class="badge">enseignant</span>' if prof else ""
        initials = "".join(w[0] for w in who.replace(".", "").split()[:2]).upper()
        comments.append(f'<div class="com{" prof" if prof else ""}"><div class="avatar">{e(initials)}</div>'
                        f'<div class="cbody"><div class="cmeta"><b>{e(who)}</b> {badge} · {e(when)}</div>'
                        f'<div>{e(txt)}</div><div class="cact">Répondre · J\'aime</div></div></div>')
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TC.TITRE)} – {e(TC.ENT_NOM)}</title>
<style>
@page {{ size: A4; margin: 12mm; }}
* {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt; color: #222; margin: 0; background: #f1f3f6; }}
.topbar {{ background: #243b6b; color: #fff; padding: 6px 12px; display: flex; justify-content: space-between; align-items: center; }}
.topbar .logo {{ font-weight: bold; font-size: 12pt; }}
.topbar .user {{ font-size: 8.5pt; opacity: .85; }}
.menu {{ background: #e3e8f2; padding: 4px 12px; font-size: 8.5pt; }}
.menu span {{ margin-right: 14px; }} .menu .on {{ font-weight: bold; border-bottom: 2px solid #243b6b; }}
.layout {{ display: flex; gap: 10px; padding: 10px; }}
.side {{ width: 23%; font-size: 8.5pt; }}
.side .blk {{ background: #fff; border: 1px solid #d6dbe4; border-radius: 4px; padding: 6px 8px; margin-bottom: 8px; }}
.main {{ width: 77%; }}
.crumbs {{ font-size: 8pt; color: #666; margin-bottom: 6px; }}
.post {{ background: #fff; border: 1px solid #d6dbe4; border-radius: 6px; padding: 10px 14px; }}
.post h1 {{ font-size: 14pt; margin: 0 0 3px 0; color: #243b6b; }}
.meta {{ font-size: 8pt; color: #777; margin-bottom: 8px; }}
.pj {{ border: 1px solid #c9cfd9; border-radius: 4px; background: #f7f8fa; padding: 5px 8px; font-size: 8.5pt; margin: 8px 0 4px 0; }}
.viewer {{ background: #8a8f98; padding: 10px; border-radius: 4px; }}
.page {{ background: #fff; padding: 10px 12px; box-shadow: 0 2px 6px rgba(0,0,0,.4); font-family: 'Liberation Serif', serif; }}
.page .ent {{ font-size: 8pt; font-variant: small-caps; border-bottom: 1px solid #000; }}
.page h2 {{ font-size: 10.5pt; text-align: center; margin: 6px 0; }}
.page table {{ border-collapse: collapse; width: 100%; font-size: 8pt; }}
.page th, .page td {{ border: 1px solid #444; padding: 2px 3px; vertical-align: top; }}
.page th {{ background: #e6e6e6; }}
.page p {{ font-size: 8.5pt; margin: 4px 0; }}
.page .pp {{ font-size: 7pt; text-align: center; color: #555; margin-top: 6px; }}
ul.check {{ list-style: none; padding-left: 6px; }} ul.check li {{ margin: 3px 0; }} .box {{ font-size: 11pt; }}
.warn {{ background: #fff3cd; border-left: 4px solid #e0a800; padding: 5px 8px; }}
.tags span {{ background: #e3e8f2; border-radius: 10px; padding: 1px 7px; font-size: 8pt; margin-right: 4px; }}
.coms {{ margin-top: 10px; }} .coms h3 {{ font-size: 10pt; margin: 4px 0; }}
.com {{ display: flex; gap: 8px; background: #fff; border: 1px solid #e0e3ea; border-radius: 6px; padding: 6px 8px; margin: 5px 0; }}
.com.prof {{ margin-left: 28px; background: #f3f7ff; }}
.avatar {{ width: 26px; height: 26px; border-radius: 13px; background: #9aa6bd; color: #fff; font-size: 8pt; text-align: center; line-height: 26px; flex: none; }}
.cmeta {{ font-size: 8pt; color: #666; }} .cact {{ font-size: 7.5pt; color: #3b5bab; margin-top: 2px; }}
.badge {{ background: #243b6b; color: #fff; border-radius: 3px; padding: 0 4px; font-size: 7pt; }}
footer {{ font-size: 7.5pt; color: #777; text-align: center; padding: 8px; }}
</style></head><body>
<div class="topbar"><span class="logo">{e(TC.ENT_NOM)}</span><span>{e(TC.ETAB)}</span><span class="user">Connecté : élève · BTS ÉLEC 2</span></div>
<div class="menu">{''.join(f'<span class="{"on" if m == "Actualités" else ""}">{e(m)}</span>' for m in TC.MENU)}</div>
<div class="layout">
<div class="side"><div class="blk"><b>Mes classes</b><br>BTS ÉLEC 2<br>Groupe atelier B</div>
<div class="blk"><b>À faire</b><br>Aucun devoir pour demain</div>
<div class="blk"><b>Actualités récentes</b><br>Sortie salon Elec Expo<br>Menu de la semaine<br>Examen 2028</div></div>
<div class="main">
<div class="crumbs">{' › '.join(e(x) for x in TC.FIL)}</div>
<article class="post">
<h1>{e(TC.TITRE)}</h1>
<div class="meta">{e(TC.META)}</div>
{''.join(f'<p>{e(x)}</p>' for x in TC.CORPS_1)}
<div class="pj">[PDF] {e(TC.PJ)} · <u>Télécharger</u></div>
<div class="viewer"><div class="page">
<div class="ent">{e(TC.APERCU_ENTETE)}</div>
<h2>{e(TC.APERCU_TITRE)}</h2>
<table><tr>{''.join(f'<th>{e(c)}</th>' for c in TC.APERCU_COLS)}</tr>{rows}</table>
{''.join(f'<p>{e(x)}</p>' for x in TC.APERCU_NOTES)}
<div class="pp">{e(TC.APERCU_PIED)}</div>
</div></div>
<p>{e(TC.CORPS_2)}</p>
<ul class="check">{checklist}</ul>
<p class="warn">{e(TC.CORPS_3)}</p>
<div class="tags">{''.join(f'<span>{e(t)}</span>' for t in TC.TAGS)}</div>
</article>
<section class="coms"><h3>Commentaires ({len(TC.COMMENTAIRES)})</h3>
{''.join(comments)}
</section>
</div></div>
<footer>{e(TC.PIED)}</footer>
</body></html>
"""
    out = P("ent_electrotechnique_2028_clermont.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)
    return out


def chromium_pdf(src, dst):
    prof = tempfile.mkdtemp(prefix="bf_chr_")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                    "--no-pdf-header-footer", f"--print-to-pdf={dst}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    shutil.rmtree(prof, ignore_errors=True)


# ------------------------------------------------------------------ D. Orléans-Tours: reportlab note + frise
def build_orleans():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    find = lambda n: glob.glob(f"/usr/share/fonts/**/{n}", recursive=True)[0]
    pdfmetrics.registerFont(TTFont("DS", find("DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DSB", find("DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("LSe", find("LiberationSerif-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LSeB", find("LiberationSerif-Bold.ttf")))
    out = P("note_lycee_cg_2025_orleans-tours.pdf")
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("Note d'information n° 14 – BTS CG 2025"); c.setAuthor("Lycée Grandmont")
    W, H = A4

    def wrap(text, font, size, width):
        """greedy wrap that never separates « 14 h 00 » (hours are glued before splitting)"""
        text = re.sub(r"(\d) h (\d\d)", "\\1\u00a0h\u00a0\\2", text)
        text = re.sub(r"(\d) h\b", "\\1\u00a0h", text)
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, font, size) > width and cur:
                lines.append(cur); cur = w
            else:
                cur = t
        if cur:
            lines.append(cur)
        return [l.replace("\u00a0", " ") for l in lines]

    def block(text, x, y, width, font="DS", size=9.5, lead=13):
        c.setFont(font, size)
        for line in wrap(text, font, size, width):
            c.drawString(x, y, line); y -= lead
        return y - 5

    # page 1 — the lycée's note
    c.setFillColorRGB(0.55, 0.1, 0.2); c.rect(50, H - 112, 6, 72, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    y = H - 52
    for i, l in enumerate(TO.EN_TETE):
        c.setFont("DSB" if i == 0 else "DS", 13 if i == 0 else 8.5); c.drawString(64, y, l); y -= 15 if i == 0 else 11
    c.setFont("DS", 9.5); c.drawRightString(W - 55, H - 52, TO.LIEU_DATE)
    y = H - 150
    c.setFont("DSB", 12); c.drawCentredString(W / 2, y, TO.TITRE); y -= 24
    y = block(TO.OBJET, 55, y, W - 110, "DSB", 10)
    y -= 4
    for t in TO.CORPS:
        y = block(t, 55, y, W - 110)
    y -= 18
    for i, l in enumerate(TO.SIGNATURE):
        c.setFont("DSB" if i else "DS", 9.5); c.drawString(330, y, l); y -= 13
    c.setFont("DS", 7); c.drawCentredString(W / 2, 28, TO.PIED + " – 1/3")
    c.showPage()

    # page 2 — landscape double timeline: official above the axis, internal below
    c.setPageSize(landscape(A4)); LW, LH = landscape(A4)
    c.setFont("DSB", 14); c.drawCentredString(LW / 2, LH - 45, TO.FRISE_TITRE)
    c.setFont("DS", 9); c.drawCentredString(LW / 2, LH - 62, TO.FRISE_LEGENDE)
    d0, d1 = dt.date(2025, 3, 10), dt.date(2025, 7, 12)
    x0, x1, yax = 55, LW - 55, LH / 2 - 15
    X = lambda iso: x0 + (dt.date.fromisoformat(iso) - d0).days / (d1 - d0).days * (x1 - x0)
    c.setLineWidth(2); c.setStrokeColorRGB(0.2, 0.2, 0.2); c.line(x0, yax, x1, yax)
    c.setLineWidth(0.6)
    for m, name in ((3, "mars"), (4, "avril"), (5, "mai"), (6, "juin"), (7, "juillet")):
        d = dt.date(2025, m, 1)
        if d >= d0:
            x = X(d.isoformat()); c.line(x, yax - 6, x, yax + 6)
        xm = X(max(d, d0).isoformat()) + 4
        c.setFillColorRGB(0.45, 0.45, 0.45); c.setFont("DS", 8); c.drawString(xm, yax - 16 if m != 3 else yax + 8, name)
        c.setFillColorRGB(0, 0, 0)
    step = 36
    boxes = []
    for items, up in ((TO.OFFICIEL, True), (TO.INTERNE, False)):
        for iso, level, lines in items:
            x = X(iso)
            ytxt = yax + level * step + 10 if up else yax + level * step - 22
            c.setStrokeColorRGB(0.55, 0.1, 0.2) if up else c.setStrokeColorRGB(0.3, 0.45, 0.3)
            c.setDash(1, 2) if not up else c.setDash()
            c.line(x, yax, x, ytxt - 4 if up else ytxt + 12)
            c.setDash()
            c.circle(x, yax, 2.5, fill=1, stroke=0)
            boxes.append((x, ytxt, lines, up))
    for x, ytxt, lines, up in boxes:  # boxes drawn last: they hide the leader lines passing behind them
        wbox = max(pdfmetrics.stringWidth(l, "DSB" if k == 0 else "DS", 7.5) for k, l in enumerate(lines)) + 8
        bx = min(max(x - 4, x0 - 20), x1 + 40 - wbox)
        hbox = 10 * len(lines) + 4
        c.setStrokeColorRGB(0.55, 0.1, 0.2) if up else c.setStrokeColorRGB(0.3, 0.45, 0.3)
        c.setFillColorRGB(1, 0.96, 0.92) if up else c.setFillColorRGB(0.93, 0.97, 0.93)
        c.rect(bx, ytxt - 4 - (hbox - 14), wbox, hbox, fill=1, stroke=1)
        c.setFillColorRGB(0, 0, 0)
        for k, l in enumerate(lines):
            c.setFont("DSB" if k == 0 else "DS", 7.5); c.drawString(bx + 4, ytxt + 1 - 10 * k, l)
    c.setFont("DSB", 9); c.setFillColorRGB(0.55, 0.1, 0.2); c.drawString(x0, LH - 90, "RECTORAT ▲")
    c.setFillColorRGB(0.3, 0.45, 0.3); c.drawString(x0, 70, "LYCÉE ▼"); c.setFillColorRGB(0, 0, 0)
    c.setFont("DS", 8); c.drawString(x0, 48, TO.FRISE_NOTE)
    c.setFont("DS", 7); c.drawCentredString(LW / 2, 28, TO.PIED + " – 2/3")
    c.showPage()

    # page 3 — the rectorat's annex reproduced at reduced scale inside a framed "page"
    c.setPageSize(A4)
    c.setFont("DSB", 11); c.drawString(55, H - 55, TO.REPRO_TITRE)
    fx, fy, fw, fh = 70, 110, W - 140, H - 200
    c.setFillColorRGB(0.7, 0.7, 0.7); c.rect(fx + 5, fy - 5, fw, fh, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.rect(fx, fy, fw, fh, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
    c.saveState(); c.translate(fx, fy + fh); s = 0.8; c.scale(s, s)
    iw = fw / s
    y = -40
    c.setFont("LSeB", 11); c.drawString(30, y, TO.R_ENTETE[0]); c.setFont("LSe", 9); c.drawString(30, y - 13, TO.R_ENTETE[1])
    c.setFont("LSe", 10); c.drawRightString(iw - 30, y, TO.R_DATE)
    y -= 50; c.setFont("LSeB", 11.5); c.drawCentredString(iw / 2, y, TO.R_TITRE); y -= 20
    cols = [44, 178, 104, 88, 118]; xs = [30]
    for w in cols:
        xs.append(xs[-1] + w)
    def row(vals, y, bold=False, fill=None):
        nl = max(v.count("\n") + 1 for v in vals); h = 12 * nl + 6
        for j, v in enumerate(vals):
            if fill:
                c.setFillColorRGB(*fill); c.rect(xs[j], y - h, cols[j], h, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
            c.rect(xs[j], y - h, cols[j], h, fill=0, stroke=1)
            c.setFont("LSeB" if bold or j == 0 else "LSe", 9)
            for k, l in enumerate(v.split("\n")):
                c.drawString(xs[j] + 3, y - 12 - 12 * k, l)
        return y - h
    y = row(TO.R_COLS, y, True, (0.88, 0.88, 0.88))
    for vals in TO.R_LIGNES:
        y = row(list(vals), y)
    y -= 16
    for t in TO.R_TEXTE:
        c.setFont("LSe", 9.5)
        for l in wrap(t, "LSe", 9.5, iw - 70):
            c.drawString(30, y, l); y -= 12.5
        y -= 5
    c.setFont("LSe", 7.5); c.drawCentredString(iw / 2, -fh / s + 18, TO.R_PIED)
    c.restoreState()
    c.setFont("DS", 7); c.drawCentredString(W / 2, 28, TO.PIED + " – 3/3")
    c.showPage(); c.save()
    return out


# ------------------------------------------------------------------ E. Grenoble: CFA note (docx), bold = official
def build_grenoble():
    doc = base_doc("Liberation Serif", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(TG.EN_TETE):
        r = hp.add_run(line); r.bold = i == 0; r.font.size = Pt(12 if i == 0 else 7.5)
        r.font.color.rgb = RGBColor(0x6B, 0x2E, 0x0E) if i == 0 else RGBColor(0x44, 0x44, 0x44)
        if i < len(TG.EN_TETE) - 1:
            r.add_break()
    para_border(hp, "bottom", "double", 6, "6B2E0E")
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run(TG.PIED + " – "); r.font.size = Pt(7.5); add_page_field(fp)

    p = doc.add_paragraph(TG.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9)
    for i, l in enumerate(TG.DESTINATAIRES.split("\n")):
        r = p.add_run(l)
        if i == 0:
            r.add_break()
    p = doc.add_paragraph(); r = p.add_run(TG.OBJET); r.bold = True
    for t in TG.INTRO:
        doc.add_paragraph(t).paragraph_format.space_after = Pt(3)

    def title(txt):
        h = doc.add_paragraph(); h.paragraph_format.space_before = Pt(10); h.paragraph_format.keep_with_next = True
        r = h.add_run(txt); r.bold = True; r.font.size = Pt(11.5); r.font.color.rgb = RGBColor(0x6B, 0x2E, 0x0E)
    title(TG.T1)
    for bold, txt in TG.DATES:
        p = doc.add_paragraph(style="List Bullet"); p.paragraph_format.space_after = Pt(1)
        r = p.add_run(txt); r.bold = bold  # the ONLY mark of an official date is the bold weight
    title(TG.T2)
    for t in TG.LIEUX:
        doc.add_paragraph(t).paragraph_format.space_after = Pt(3)
    title(TG.T3)
    t = doc.add_table(rows=1 + len(TG.ALTERNANCE), cols=3); t.style = "Table Grid"
    for cell, txt in zip(t.rows[0].cells, TG.ALT_COLS):
        cell_write(cell, txt, bold=True, size=9.5); shade(cell, "F1E3D3")
    for i, (per, lieu, rem) in enumerate(TG.ALTERNANCE):
        cells = t.rows[1 + i].cells
        cell_write(cells[0], per, size=9.5); cell_write(cells[1], lieu, size=9.5)
        if lieu == "CFA":
            shade(cells[1], "FBF3EA")
        cells[2].text = ""
        par = cells[2].paragraphs[0]
        for bold, txt in rem:
            r = par.add_run(txt); r.bold = bold; r.font.size = Pt(9.5)
    set_widths(t, [Cm(4.6), Cm(3.2), Cm(9.2)])
    for tx in TG.APRES:
        p = doc.add_paragraph(tx); p.paragraph_format.space_before = Pt(8)
    sig = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(sig.rows[0].cells, (TG.SIGNATURE2, TG.SIGNATURE)):
        cell_write(cell, "\n".join(lines), size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    out = P("note_cfa_mhr_2029_grenoble.docx"); doc.save(out)
    return out


# ------------------------------------------------------------------ conversions
def soffice_pdf(paths, infilter=None):
    tmp = tempfile.mkdtemp(prefix="bf_lo_")
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    subprocess.run(cmd + ["--convert-to", "pdf", "--outdir", tmp] + paths, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def coupon_top(pdf):
    """(page index, y in pt from the top) of the scissors line, read from pdftotext -bbox."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
    for k, page in enumerate(out.split("<page ")[1:]):
        m = re.search(r'<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>✂</word>', page)
        if m:
            return k, float(m.group(1))
    raise RuntimeError("no scissors line found")


def flatbed_scan_cut(pdf, out, dpi=150):
    """The family's copy, coupon cut off along the dotted line, then put on a flatbed scanner:
    grey, 150 dpi, skew, dark lid background where the paper is missing, noise, JPEG; image only."""
    page_cut, y_cut = coupon_top(pdf)
    tmp = tempfile.mkdtemp(prefix="bf_ppm_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    files = sorted(os.listdir(tmp))
    rng = np.random.default_rng(42)
    pages = []
    for k, f in enumerate(files):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        a = np.asarray(im).astype(np.float32) * 0.86 + 22
        if k == page_cut:
            ycut = int((y_cut - 6) * dpi / 72)
            # ragged scissor cut: the paper ends a few pixels around the line; below it the scanner lid (dark grey)
            h, w = a.shape
            edge = ycut + (np.cumsum(rng.normal(0, 0.6, w))).clip(-6, 6).astype(int)
            for x in range(w):
                a[edge[x]:, x] = 70
        if k > page_cut:
            continue
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        im = im.rotate([-0.7, 0.5, -0.4][k % 3], resample=Image.BICUBIC, expand=False, fillcolor=70)
        a = np.asarray(im).astype(np.float32) + rng.normal(0, 5, (im.size[1], im.size[0]))
        a[:, -int(a.shape[1] * 0.01):] *= 0.6
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        d = ImageDraw.Draw(im)  # staple in the top-left corner
        d.line([(int(0.04 * im.size[0]), int(0.025 * im.size[1])), (int(0.075 * im.size[0]), int(0.018 * im.size[1]))], fill=40, width=3)
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=68); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    shutil.rmtree(tmp, ignore_errors=True)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def main():
    a = build_rennes(); b = build_poitiers(); c = build_clermont(); build_orleans(); e = build_grenoble()
    soffice_pdf([a, e])
    soffice_pdf([b], infilter="Text (encoded):UTF8,LF,Liberation Mono,fr-FR")
    chromium_pdf(c, P("ent_electrotechnique_2028_clermont.pdf"))
    flatbed_scan_cut(P("lettre_familles_tourisme_2026_rennes.pdf"), P("lettre_familles_tourisme_2026_rennes_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".html", ".txt")):
            print(f"{os.path.getsize(P(f)) / 1024:8.0f} Ko  {f}")


if __name__ == "__main__":
    main()
