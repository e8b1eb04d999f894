#!/usr/bin/env python3
"""Build the independantes_ap corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import datetime, glob, io, os, random, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import textes_rennes as TR
import textes_lille as TL
import textes_grenoble as TG
import textes_orleans as TO
import textes_normandie as TN

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_ap"


def font_path(name):
    return glob.glob(f"/usr/share/fonts/**/{name}", recursive=True)[0]


def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for alias, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
                     ("LSI", "LiberationSans-Italic.ttf")):
        pdfmetrics.registerFont(TTFont(alias, font_path(f)))


def wrap(text, font, size, width):
    from reportlab.pdfbase import pdfmetrics
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


# ====================================================================== A. Rennes GPME 2026 — AcroForm PDF
def build_rennes():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import Color, black, white
    out = P("circulaire_gpme_2026_rennes.pdf")
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("BTS GPME 2026 – fiche d'organisation (académie de Rennes)"); c.setAuthor("Rectorat de Rennes – DEC 2")
    W, H = A4
    form = c.acroForm
    grey = Color(0.91, 0.92, 0.95)
    counter = [0]

    def field(x, y, w, value, h=15, multiline=False, size=9):
        from reportlab.pdfbase import pdfmetrics
        counter[0] += 1
        if not multiline:
            while size > 7 and pdfmetrics.stringWidth(value, "Helvetica", size) > w - 6:
                size -= 0.5
        form.textfield(name=f"champ_{counter[0]:03d}", value=value, x=x, y=y - 4, width=w, height=h,
                       fontName="Helvetica", fontSize=size, borderWidth=0.6, borderColor=Color(0.4, 0.4, 0.5),
                       fillColor=grey, textColor=black, forceBorder=True,
                       fieldFlags="multiline" if multiline else "", tooltip=None)

    def label(x, y, text, font="LS", size=9):
        c.setFont(font, size); c.drawString(x, y, text)
        from reportlab.pdfbase import pdfmetrics
        return x + pdfmetrics.stringWidth(text, font, size) + 5

    def para(text, y, x=50, width=W - 100, font="LS", size=9.5, lead=12.5):
        c.setFont(font, size)
        for line in wrap(text, font, size, width):
            c.drawString(x, y, line); y -= lead
        return y

    def section(title, y):
        c.setFillColor(Color(0.13, 0.22, 0.42)); c.rect(45, y - 4, W - 90, 16, fill=1, stroke=0)
        c.setFillColor(white); c.setFont("LSB", 10); c.drawString(50, y, title); c.setFillColor(black)
        return y - 24

    # ---- page 1
    y = H - 50
    for i, l in enumerate(TR.EN_TETE):
        c.setFont("LSB" if i == 0 else "LS", 11 if i == 0 else 8.5); c.drawString(50, y, l); y -= 12
    y -= 14
    c.setFont("LSB", 15); c.drawCentredString(W / 2, y, TR.TITRE); y -= 14
    c.setFont("LS", 9); c.drawCentredString(W / 2, y, TR.SOUS_TITRE)
    y -= 26
    x = 50
    for lab, name, val, w in TR.ENTETE_CHAMPS:
        x = label(x, y, lab + " :"); field(x, y, w, val); x += w + 14
    y -= 24
    y = para(TR.INTRO, y)
    c.setFont("LSI", 8.5); c.drawString(50, y - 2, TR.REFS); y -= 26

    y = section(TR.ECRITS_TITRE, y)
    cols = [50, 330, 420, 475]
    for x0, h in zip(cols, TR.ECRITS_COLS):
        c.setFont("LSB", 9); c.drawString(x0, y, h)
    y -= 18
    for lab, d, h1, h2 in TR.ECRITS:
        c.setFont("LS", 9)
        lines = wrap(lab, "LS", 9, 270)
        for k, l in enumerate(lines):
            c.drawString(50, y - 11 * k, l)
        field(330, y, 80, d); field(420, y, 45, h1); field(475, y, 45, h2)
        y -= 11 * len(lines) + 9
    x = label(50, y, TR.ECRITS_NOTE_LABEL + " :"); field(x, y, 230, TR.ECRITS_NOTE); y -= 20
    x = label(50, y, TR.ECRITS_LIEU_LABEL + " :"); field(x, y, 300, TR.ECRITS_LIEU); y -= 30

    y = section(TR.ORAUX_TITRE, y)
    for ep, champs in TR.ORAUX:
        c.setFont("LSB", 9.5); c.drawString(50, y, ep); y -= 20
        x = 62
        for lab, val, w in champs:
            from reportlab.pdfbase import pdfmetrics
            need = pdfmetrics.stringWidth(lab + " :", "LS", 9) + 5 + w
            if x + need > W - 50 or (lab.startswith("Interrogations") and x > 62):
                y -= 21; x = 62
            x = label(x, y, lab + " :"); field(x, y, w, val); x += w + 12
        y -= 32
    lab, champs = TR.CONFORMITE
    x = label(50, y, lab + " :", "LSB", 9.5)
    for sub, val, w in champs:
        x = label(x, y, sub); field(x, y, w, val); x += w + 10
    c.setFont("LS", 7.5); c.drawCentredString(W / 2, 28, TR.PIED + " – page 1/2")
    c.showPage()

    # ---- page 2
    y = H - 60
    y = section(TR.FACULTATIVE_TITRE, y)
    ep, champs = TR.FACULTATIVE
    c.setFont("LSB", 9.5); c.drawString(50, y, ep); y -= 20
    x = 62
    for lab, val, w in champs:
        x = label(x, y, lab + " :"); field(x, y, w, val); x += w + 12
    y -= 34
    y = section(TR.SUIVI_TITRE, y)
    for lab, champs in TR.SUIVI:
        x = label(50, y, lab + (" :" if not champs[0][0] else ""), "LSB")
        x = max(x, 232) if champs[0][0] else x
        for sub, val, w in champs:
            if sub:
                x = label(x, y, sub)
            field(x, y, w, val); x += w + 10
        y -= 24
    y -= 6
    label(50, y, TR.OBSERVATIONS_LABEL + " :", "LSB"); y -= 42
    field(50, y, W - 100, "\n".join(wrap(TR.OBSERVATIONS, "Helvetica", 9, W - 112)), h=38, multiline=True)
    y -= 28
    for k, (lab, val) in enumerate(TR.CASES):
        form.checkbox(name=f"case_{k}", x=52, y=y - 3, size=11, checked=val, buttonStyle="cross",
                      borderWidth=0.6, fillColor=grey)
        label(70, y, lab); y -= 18
    y -= 12
    c.setStrokeColor(Color(0.5, 0.5, 0.5)); c.setDash(3, 2); c.rect(45, y - 48, W - 90, 62, stroke=1, fill=0); c.setDash()
    c.setFont("LSB", 9); c.drawString(52, y, TR.RESERVE_TITRE); y -= 22
    x = 60
    for lab, val, w in TR.RESERVE:
        x = label(x, y, lab + " :"); field(x, y, w, val); x += w + 20
    y -= 70
    for i, l in enumerate(TR.SIGNATURE):
        c.setFont("LSB" if i == len(TR.SIGNATURE) - 1 else "LS", 9.5); c.drawString(330, y, l); y -= 13
    c.setFont("LS", 7.5); c.drawCentredString(W / 2, 28, TR.PIED + " – page 2/2")
    c.showPage(); c.save()
    return out


# ====================================================================== B. Lille CRSA 2027 — glyphs in scrambled order
class GlyphPage:
    """Lays text out as (x, y, font, size, char) glyphs; emit() draws them in a shuffled order."""

    def __init__(self):
        self.glyphs, self.lines = [], []

    def text(self, x, y, s, font="LS", size=10):
        from reportlab.pdfbase import pdfmetrics
        for i, ch in enumerate(s):
            if ch != " ":
                self.glyphs.append((x + pdfmetrics.stringWidth(s[:i], font, size), y, font, size, ch))

    def centred(self, x, y, s, font="LS", size=10):
        from reportlab.pdfbase import pdfmetrics
        self.text(x - pdfmetrics.stringWidth(s, font, size) / 2, y, s, font, size)

    def right(self, x, y, s, font="LS", size=10):
        from reportlab.pdfbase import pdfmetrics
        self.text(x - pdfmetrics.stringWidth(s, font, size), y, s, font, size)

    def block(self, s, y, x=60, width=475, font="LS", size=10, lead=13.5):
        for line in wrap(s, font, size, width):
            self.text(x, y, line, font, size); y -= lead
        return y - 4

    def line(self, x1, y1, x2, y2):
        self.lines.append((x1, y1, x2, y2))

    def emit(self, c, rng):
        order = list(self.lines); rng.shuffle(order)
        c.setLineWidth(0.6)
        for l in order:
            c.line(*l)
        g = list(self.glyphs); rng.shuffle(g)
        t = c.beginText()
        cur = None
        for x, y, font, size, ch in g:
            if (font, size) != cur:
                t.setFont(font, size); cur = (font, size)
            t.setTextOrigin(x, y); t.textOut(ch)
        c.drawText(t)


def table_glyphs(pg, y, cols, header, rows, size=9.5, lead=12):
    """Ruled table; cols = x boundaries (len = ncols + 1). Returns the y under the table."""
    def row(vals, y, font):
        cells = [wrap(v, font, size, cols[i + 1] - cols[i] - 8) for i, v in enumerate(vals)]
        h = max(len(cl) for cl in cells) * lead + 8
        for i, cl in enumerate(cells):
            for k, l in enumerate(cl):
                pg.text(cols[i] + 4, y - 12 - lead * k, l, font, size)
        pg.line(cols[0], y - h, cols[-1], y - h)
        for xb in cols:
            pg.line(xb, y, xb, y - h)
        return y - h
    pg.line(cols[0], y, cols[-1], y)
    y = row(header, y, "LSB")
    for r in rows:
        y = row(r, y, "LS")
    return y


def build_lille():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    rng = random.Random(2027)
    out = P("circulaire_crsa_2027_lille.pdf")
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("BTS CRSA 2027 – circulaire d'organisation – académie de Lille"); c.setAuthor("Rectorat de Lille – DEC 3")
    W, H = A4
    pg = GlyphPage()
    y = H - 55
    for i, l in enumerate(TL.EN_TETE):
        pg.text(60, y, l, "LSB" if i == 0 else "LS", 12 if i == 0 else 9); y -= 13
    pg.right(W - 60, H - 55, TL.LIEU_DATE)
    y -= 14
    y = pg.block(TL.DESTINATAIRES, y, x=250, width=285, size=9.5, lead=12.5)
    y -= 6
    y = pg.block(TL.OBJET, y, font="LSB", size=10.5)
    for r in TL.REFS:
        pg.text(60, y, r, "LSI", 8.5); y -= 11
    y -= 8
    y = pg.block(TL.INTRO, y)
    pg.text(60, y, TL.T1, "LSB", 11); y -= 10
    y = table_glyphs(pg, y, [60, 180, 440, 535], TL.ECRITS_ENTETE, TL.ECRITS) - 16
    for n in TL.T1_NOTES:
        pg.text(62, y, "–"); y = pg.block(n, y, x=74, width=461, size=9.5, lead=12.5)
    y -= 4
    pg.text(60, y, TL.T2, "LSB", 11); y -= 16
    y = pg.block(TL.T2_TXT, y)
    pg.centred(W / 2, 30, TL.PIED + " – 1/2", "LS", 7.5)
    pg.emit(c, rng); c.showPage()

    pg = GlyphPage()
    y = H - 60
    pg.text(60, y, TL.T3, "LSB", 11); y -= 16
    y = pg.block(TL.T3_TXT, y) - 4
    y = table_glyphs(pg, y, [60, 235, 395, 535], TL.ORAUX_ENTETE, TL.ORAUX) - 22
    pg.text(60, y, TL.T4, "LSB", 11); y -= 16
    y = pg.block(TL.T4_TXT, y) - 30
    for i, l in enumerate(TL.SIGNATURE):
        pg.text(320, y, l, "LSB" if i == len(TL.SIGNATURE) - 1 else "LS", 10); y -= 14
    pg.centred(W / 2, 30, TL.PIED + " – 2/2", "LS", 7.5)
    pg.emit(c, rng); c.showPage()
    c.save()
    return out


def build_lille_html():
    e = lambda s: escape(s)
    rows = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(d)}</td></tr>" for a, b, d in TL.ECRITS)
    orows = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(d)}</td></tr>" for a, b, d in TL.ORAUX)
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TL.OBJET)}</title>
<style>body{{font-family:sans-serif;max-width:48em;margin:auto}} table{{border-collapse:collapse}}
td,th{{border:1px solid #888;padding:.2em .5em}} .droite{{text-align:right}}</style></head><body>
<p><strong>{e(TL.EN_TETE[0])}</strong><br>{'<br>'.join(e(x) for x in TL.EN_TETE[1:])}</p>
<p class="droite">{e(TL.LIEU_DATE)}</p>
<p>{e(TL.DESTINATAIRES)}</p>
<p><strong>{e(TL.OBJET)}</strong></p>
<p><em>{'<br>'.join(e(x) for x in TL.REFS)}</em></p>
<p>{e(TL.INTRO)}</p>
<h2>{e(TL.T1)}</h2>
<table><tr>{''.join(f'<th>{e(h)}</th>' for h in TL.ECRITS_ENTETE)}</tr>{rows}</table>
<ul>{''.join(f'<li>{e(n)}</li>' for n in TL.T1_NOTES)}</ul>
<h2>{e(TL.T2)}</h2><p>{e(TL.T2_TXT)}</p>
<h2>{e(TL.T3)}</h2><p>{e(TL.T3_TXT)}</p>
<table><tr>{''.join(f'<th>{e(h)}</th>' for h in TL.ORAUX_ENTETE)}</tr>{orows}</table>
<h2>{e(TL.T4)}</h2><p>{e(TL.T4_TXT)}</p>
<p style="margin-left:50%">{'<br>'.join(e(x) for x in TL.SIGNATURE)}</p>
<footer><small>{e(TL.PIED)}</small></footer>
</body></html>
"""
    out = P("circulaire_crsa_2027_lille.html")
    open(out, "w", encoding="utf-8").write(html)
    return out


# ====================================================================== docx helpers (C, D)
def base_doc():
    from docx import Document
    from docx.shared import Cm, Pt
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    return doc


def heading(doc, text, size=11, color="1F3864"):
    from docx.shared import Pt, RGBColor
    par = doc.add_paragraph(); par.paragraph_format.space_before = Pt(10); par.paragraph_format.keep_with_next = True
    run = par.add_run(text); run.bold = True; run.font.size = Pt(size); run.font.color.rgb = RGBColor.from_string(color)
    return par


def cell_text(cell, text, bold=False, size=9):
    from docx.shared import Pt
    cell.text = ""
    r = cell.paragraphs[0].add_run(text); r.bold = bold; r.font.size = Pt(size)


def shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_widths(table, widths):
    """Column widths in tblGrid (what LibreOffice reads) and in every tcW."""
    from docx.oxml.ns import qn
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


# ====================================================================== C. Grenoble Tourisme 2028 — rotated annex
def build_grenoble_docx():
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = base_doc()
    fp = doc.sections[0].footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TG.PIED); r.font.size = Pt(7.5)
    for i, l in enumerate(TG.EN_TETE):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(11 if i == 0 else 8.5)
    p = doc.add_paragraph(TG.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(TG.DESTINATAIRES); p.paragraph_format.left_indent = Cm(8)
    p = doc.add_paragraph(); p.add_run(TG.OBJET).bold = True
    p = doc.add_paragraph(); r = p.add_run(TG.REFS); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph(TG.INTRO)
    heading(doc, TG.S1)
    for t in TG.S1_TXT:
        doc.add_paragraph(t)
    heading(doc, TG.S2)
    for t in TG.S2_TXT:
        doc.add_paragraph(t)
    heading(doc, TG.S3); doc.add_paragraph(TG.S3_TXT)
    heading(doc, TG.S4)
    for t in TG.CENTRES:
        doc.add_paragraph(t, style="List Bullet")
    heading(doc, TG.S5); doc.add_paragraph(TG.S5_TXT)
    for t in TG.FORMATION:
        doc.add_paragraph(t, style="List Bullet 2")
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(16)
    for i, l in enumerate(TG.SIGNATURE):
        r = p.add_run(l); r.bold = i == len(TG.SIGNATURE) - 1
        if i < len(TG.SIGNATURE) - 1:
            r.add_break()
    land = doc.add_section()
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    land.top_margin = land.bottom_margin = Cm(1.5)
    heading(doc, TG.ANNEXE_TITRE, 13)
    t = doc.add_table(rows=1 + len(TG.CAL), cols=5); t.style = "Table Grid"
    widths = [Cm(5.2), Cm(7.6), Cm(1.8), Cm(3.6), Cm(7.4)]
    for j, h in enumerate(TG.CAL_ENTETE):
        cell_text(t.rows[0].cells[j], h, True, 9.5); shade(t.rows[0].cells[j], "DCE6F0")
    for i, row in enumerate(TG.CAL):
        for j, v in enumerate(row):
            cell_text(t.rows[1 + i].cells[j], v, False, 9.5)
    set_widths(t, widths)
    p = doc.add_paragraph(); r = p.add_run(TG.CAL_NOTE); r.italic = True; r.font.size = Pt(8.5)
    out = P("circulaire_tourisme_2028_grenoble.docx"); doc.save(out)
    return out


def rotate_landscape_pages(pdf):
    """Replace each landscape page by a portrait page whose content stream turns it by 90° (cm operator),
    without any /Rotate entry."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import NameObject
    r = PdfReader(pdf); w = PdfWriter()
    for page in r.pages:
        pw, ph = float(page.mediabox.width), float(page.mediabox.height)
        if pw > ph:
            new = w.add_blank_page(width=ph, height=pw)
            new.merge_transformed_page(page, Transformation().rotate(90).translate(tx=ph, ty=0))
            if "/Rotate" in new:
                del new[NameObject("/Rotate")]
        else:
            w.add_page(page)
    w.add_metadata({"/Title": "BTS Tourisme 2028 – académie de Grenoble", "/Producer": "LibreOffice + pypdf"})
    tmp = pdf + ".tmp"
    with open(tmp, "wb") as f:
        w.write(f)
    os.replace(tmp, pdf)


# ====================================================================== D. Orléans-Tours Électrotechnique 2029 — date pickers + fields
def _w(xml):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    return parse_xml(xml.replace("__NS__", nsdecls("w")))


SDT_COUNTER = [0]


def date_picker(par, iso, display, fmt):
    SDT_COUNTER[0] += 1
    n = SDT_COUNTER[0]
    par._p.append(_w(f'''<w:sdt __NS__><w:sdtPr><w:rPr><w:b/></w:rPr><w:alias w:val="Date {n}"/><w:tag w:val="date_{n:02d}"/>
<w:id w:val="{7100 + n}"/><w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="fr-FR"/>
<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>
<w:sdtContent><w:r><w:rPr><w:b/></w:rPr><w:t>{escape(display)}</w:t></w:r></w:sdtContent></w:sdt>'''))


def empty_picker(par, text):
    par._p.append(_w(f'''<w:sdt __NS__><w:sdtPr><w:id w:val="7199"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013437"/></w:placeholder>
<w:showingPlcHdr/><w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="fr-FR"/><w:storeMappedDataAs w:val="dateTime"/>
<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>
<w:color w:val="808080"/></w:rPr><w:t>{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'''))


def complex_field(par, instr, cached, size=None):
    rpr = f'<w:rPr><w:sz w:val="{int(size * 2)}"/></w:rPr>' if size else ""
    for xml in (f'<w:r __NS__>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r __NS__>{rpr}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>',
                f'<w:r __NS__>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r __NS__>{rpr}<w:t xml:space="preserve">{escape(cached)}</w:t></w:r>',
                f'<w:r __NS__>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'):
        par._p.append(_w(xml))


def build_orleans_docx():
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    doc = base_doc()
    doc.core_properties.created = datetime.datetime(2029, 1, 18, 9, 15)
    doc.core_properties.title = "BTS Électrotechnique 2029 – organisation"
    doc.core_properties.author = "DEC 5 – rectorat d'Orléans-Tours"
    fp = doc.sections[0].footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TO.PIED); r.font.size = Pt(7.5)
    complex_field(fp, 'DATE \\@ "dd/MM/yyyy"', TO.PIED_CACHE, size=7.5)
    for i, l in enumerate(TO.EN_TETE):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(11 if i == 0 else 8.5)
    p = doc.add_paragraph(TO.LIEU); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    complex_field(p, 'CREATEDATE \\@ "d MMMM yyyy"', TO.DATE_DOC)
    p = doc.add_paragraph(TO.DESTINATAIRES); p.paragraph_format.left_indent = Cm(8)
    p = doc.add_paragraph(); p.add_run(TO.OBJET).bold = True
    p = doc.add_paragraph(); r = p.add_run(TO.REFS); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph(TO.INTRO)

    heading(doc, TO.T1)
    t = doc.add_table(rows=1 + len(TO.ECRITS), cols=4); t.style = "Table Grid"
    for j, h in enumerate(TO.ECRITS_ENTETE):
        cell_text(t.rows[0].cells[j], h, True); shade(t.rows[0].cells[j], "E2EFD9")
    for i, (iso, disp, u, lib, hor) in enumerate(TO.ECRITS):
        cells = t.rows[1 + i].cells
        cells[0].text = ""; date_picker(cells[0].paragraphs[0], iso, disp, "dddd d MMMM yyyy")
        cell_text(cells[1], u); cell_text(cells[2], lib); cell_text(cells[3], hor)
    set_widths(t, [Cm(4.6), Cm(1.6), Cm(7.4), Cm(3.4)])
    p = doc.add_paragraph(TO.T1_CCF); p.paragraph_format.space_before = Pt(6)
    date_picker(p, *TO.T1_CCF_DATE, "dddd d MMMM yyyy"); p.add_run(".")
    doc.add_paragraph(TO.T1_FERIES)

    heading(doc, TO.T2)
    p = doc.add_paragraph(TO.T2_A)
    complex_field(p, f'QUOTE "{TO.T2_D1[0]}" \\@ "dddd d MMMM yyyy"', TO.T2_D1[1])
    p.add_run(TO.T2_B)
    complex_field(p, f'QUOTE "{TO.T2_D2[0]}" \\@ "dddd d MMMM yyyy"', TO.T2_D2[1])
    p.add_run(TO.T2_C)

    heading(doc, TO.T3)
    t = doc.add_table(rows=1 + len(TO.ORAUX), cols=5); t.style = "Table Grid"
    for j, h in enumerate(TO.ORAUX_ENTETE):
        cell_text(t.rows[0].cells[j], h, True); shade(t.rows[0].cells[j], "E2EFD9")
    for i, (op, u, dates, joiner, heure, lieu) in enumerate(TO.ORAUX):
        cells = t.rows[1 + i].cells
        cell_text(cells[0], op); cell_text(cells[1], u)
        cells[2].text = ""; par = cells[2].paragraphs[0]
        if len(dates) == 2:
            par.add_run("du ")
        for k, (iso, disp) in enumerate(dates):
            if k:
                par.add_run(f" {joiner} ")
            date_picker(par, iso, disp, "dd/MM/yyyy")
        for run in par.runs:
            run.font.size = Pt(9)
        cell_text(cells[3], heure); cell_text(cells[4], lieu)
    set_widths(t, [Cm(4.0), Cm(1.3), Cm(3.9), Cm(2.6), Cm(5.2)])
    p = doc.add_paragraph(TO.ORAUX_NOTE_A); p.paragraph_format.space_before = Pt(6)
    empty_picker(p, TO.PLACEHOLDER)

    heading(doc, TO.T4)
    p = doc.add_paragraph(TO.T4_A)
    date_picker(p, *TO.T4_D1, "dddd d MMMM yyyy"); p.add_run(TO.T4_B)
    date_picker(p, *TO.T4_D2, "dddd d MMMM yyyy"); p.add_run(TO.T4_C)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(16)
    for i, l in enumerate(TO.SIGNATURE):
        r = p.add_run(l); r.bold = i == len(TO.SIGNATURE) - 1
        if i < len(TO.SIGNATURE) - 1:
            r.add_break()
    out = P("circulaire_electrotechnique_2029_orleans-tours.docx"); doc.save(out)
    return out


# ====================================================================== E. Normandie CG 2025 — ODT with hidden text, tagged PDF
def bandeau_png():
    """Opaque banner image (white background, blue rule, text drawn as pixels)."""
    w, h = 1700, 110
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 26, h], fill=(0, 0, 145)); d.rectangle([30, 0, 40, h], fill=(225, 0, 15))
    f = ImageFont.truetype(font_path("LiberationSans-Bold.ttf"), 46)
    d.text((70, 28), TN.BANDEAU, font=f, fill=(0, 0, 110))
    d.line([(70, 96), (w - 20, 96)], fill=(0, 0, 145), width=3)
    buf = io.BytesIO(); im.save(buf, "PNG"); return buf.getvalue()


def build_normandie_odt():
    x = escape
    para = lambda t, s="Corps": f'<text:p text:style-name="{s}">{x(t)}</text:p>'
    body = [para(l, "EnTete") for l in TN.EN_TETE]
    body += [para(TN.LIEU_DATE, "Droite"), para(TN.OBJET, "Objet"), para(TN.REFS, "Refs"), para(TN.INTRO)]
    body.append(para(TN.S1, "Titre"))
    rows = "".join("<table:table-row>" + "".join(
        f'<table:table-cell table:style-name="Cell" office:value-type="string">{para(v, "Cellule")}</table:table-cell>'
        for v in r) + "</table:table-row>" for r in TN.ECRITS)
    head = "<table:table-header-rows><table:table-row>" + "".join(
        f'<table:table-cell table:style-name="CellHead" office:value-type="string">{para(v, "CelluleTitre")}</table:table-cell>'
        for v in TN.ECRITS_ENTETE) + "</table:table-row></table:table-header-rows>"
    body.append('<table:table table:name="Ecrits" table:style-name="Tab">'
                '<table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>'
                f'<table:table-column table:style-name="ColC"/>{head}{rows}</table:table>')
    body += [para(TN.S1_CCF), para(TN.S2, "Titre"), para(TN.S2_TXT), para(TN.S3, "Titre")]
    body += [f'<text:list text:style-name="Puces"><text:list-item>{para(t)}</text:list-item></text:list>' for t in TN.S3_TXT]
    body.append(para(TN.CACHE_BLANC, "Blanc"))                     # hidden 1: white on white
    body += [para(TN.S4, "Titre"), para(TN.S4_TXT), para(TN.S5, "Titre")]
    frame = ('<draw:frame draw:style-name="Cache" draw:name="Bandeau" text:anchor-type="paragraph" '
             'svg:x="-0.15cm" svg:y="-0.12cm" svg:width="17.3cm" svg:height="1.12cm" draw:z-index="5">'
             '<draw:image xlink:href="Pictures/bandeau.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
             '</draw:frame>')
    body.append(f'<text:p text:style-name="SousImage">{frame}{x(TN.CACHE_IMAGE)}</text:p>')  # hidden 2: under image
    body.append(para(TN.S5_TXT))
    body += [para(l, "Signature") for l in TN.SIGNATURE]
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ns}>
<office:automatic-styles>
<style:style style:name="Tab" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="9.3cm"/></style:style>
<style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #6b6b6b" fo:padding="0.08cm"/></style:style>
<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #6b6b6b" fo:padding="0.08cm" fo:background-color="#dde3ef"/></style:style>
<style:style style:name="Cache" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="foreground"
 style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"
 fo:background-color="#ffffff" draw:fill="solid" draw:fill-color="#ffffff" style:flow-with-text="false"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{''.join(body)}
</office:text></office:body></office:document-content>"""
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ns}>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
<style:style style:name="Blanc" style:family="paragraph" style:parent-style-name="Corps"><style:text-properties fo:color="#ffffff" fo:font-size="9pt"/></style:style>
<style:style style:name="SousImage" style:family="paragraph" style:parent-style-name="Corps"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.75cm"/></style:style>
<style:style style:name="EnTete" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#000091" fo:font-size="10pt"/></style:style>
<style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Objet" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Refs" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-style="italic" fo:font-size="8.5pt"/></style:style>
<style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:color="#000091" fo:font-size="11pt"/></style:style>
<style:style style:name="Cellule" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="CelluleTitre" style:family="paragraph"><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Signature" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
</office:document-styles>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="Pictures/bandeau.png" manifest:media-type="image/png"/>
</manifest:manifest>"""
    out = P("circulaire_cg_2025_normandie.odt")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("Pictures/bandeau.png", bandeau_png(), compress_type=zipfile.ZIP_STORED)
    return out


# ====================================================================== conversions and scan
def soffice_pdf(paths, tagged=False):
    tmp = tempfile.mkdtemp(prefix="ap_lo_")
    target = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' if tagged else "pdf"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", target,
                    "--outdir", tmp] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def scan(pdf, out, dpi=150):
    """Printed-then-scanned form: grey, slight skew, paper tone, noise, a fold line, JPEG; image-only PDF."""
    rng = np.random.default_rng(26)
    tmp = tempfile.mkdtemp(prefix="ap_ppm_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    for k, f in enumerate(sorted(os.listdir(tmp))):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate([-0.7, 0.45][k % 2], resample=Image.BICUBIC, expand=False, fillcolor=238)
        a = np.asarray(im).astype(np.float32) * 0.86 + 22
        a += rng.normal(0, 7, a.shape)
        h, w = a.shape
        a[int(h * 0.5) - 2:int(h * 0.5) + 2, :] *= 0.9           # fold of the sheet
        a[:, w - int(w * 0.01):] *= 0.6                            # dark edge of the scanner lid
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=68); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    shutil.rmtree(tmp, ignore_errors=True)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def main():
    register_fonts()
    build_rennes()
    build_lille(); build_lille_html()
    g = build_grenoble_docx(); o = build_orleans_docx()
    soffice_pdf([g, o])
    rotate_landscape_pages(P("circulaire_tourisme_2028_grenoble.pdf"))
    n = build_normandie_odt(); soffice_pdf([n], tagged=True)
    scan(P("circulaire_gpme_2026_rennes.pdf"), P("circulaire_gpme_2026_rennes_scan.pdf"))
    print("built:", sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".docx", ".odt", ".html"))))


if __name__ == "__main__":
    main()
