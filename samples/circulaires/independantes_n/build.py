#!/usr/bin/env python3
"""Construit les documents du corpus independantes_n à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py [aix|toulouse|creteil|limoges|national|courriel|scans ...]
Sans argument : tout. Fichiers intermédiaires dans /tmp/build_independantes_n.
Aucune dépendance au code du projet.
"""
import copy
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
TMP = Path("/tmp/build_independantes_n")
TMP.mkdir(parents=True, exist_ok=True)
LO_PROFILE = "file:///tmp/lo_independantes_n"
FONT_DIR = Path("/usr/share/fonts/truetype")
SANS = str(FONT_DIR / "liberation2/LiberationSans-Regular.ttf")
SANS_B = str(FONT_DIR / "liberation2/LiberationSans-Bold.ttf")
SANS_I = str(FONT_DIR / "liberation2/LiberationSans-Italic.ttf")
MONO = str(FONT_DIR / "dejavu/DejaVuSansMono.ttf")
MONO_B = str(FONT_DIR / "dejavu/DejaVuSansMono-Bold.ttf")


def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- python-docx helpers
def set_cell_shading(cell, hex_fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{hex_fill}"/>'))


def set_vertical_text(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="btLr"/>'))
    tcPr.append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="center"/>'))


def set_row_height(row, cm, exact=False):
    trPr = row._tr.get_or_add_trPr()
    rule = "exact" if exact else "atLeast"
    trPr.append(parse_xml(f'<w:trHeight {nsdecls("w")} w:val="{int(cm * 567)}" w:hRule="{rule}"/>'))


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def set_widths(table, widths_cm):
    """Largeurs de colonnes réelles (tblGrid + chaque cellule), respectées par Word et LibreOffice."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align is not None:
        p.alignment = align
    return p


def base_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    return doc


def header_footer(section, head, foot):
    section.header.paragraphs[0].text = head
    section.header.paragraphs[0].runs[0].font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.text = foot + "\tpage "
    fp.runs[0].font.size = Pt(8)
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), WD_TAB_ALIGNMENT.RIGHT)
    # champ PAGE
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        r = fp.add_run()
        r.font.size = Pt(8)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        elif kind == "t":
            r.text = txt
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


def heading(doc, text, size=11, space_before=10):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.keep_with_next = True
    return p


def para(doc, text, bold=False, italic=False, align=None, size=None, after=4):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


# ---------------------------------------------------------------- Aix-Marseille (reportlab + image)
def calendar_image(data, path):
    scale = 2  # 2 px par point à 144 dpi
    W = 1000
    f_t = ImageFont.truetype(SANS_B, 26)
    f_h = ImageFont.truetype(SANS_B, 22)
    f = ImageFont.truetype(SANS, 21)
    cols = [230, 200, 470, 100]
    row_h = 54
    H = 60 + row_h * (len(data["lignes"]) + 1) + 20
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    d.text((W // 2, 28), data["titre"], font=f_t, fill=(20, 40, 90), anchor="mm")
    y0 = 60
    x = 0
    d.rectangle([0, y0, W - 1, y0 + row_h], fill=(210, 222, 240))
    xs = [0]
    for c in cols:
        xs.append(xs[-1] + c)
    for i, h in enumerate(data["entete"]):
        d.text((xs[i] + 10, y0 + row_h // 2), h, font=f_h, fill="black", anchor="lm")
    for r, ligne in enumerate(data["lignes"]):
        y = y0 + row_h * (r + 1)
        if r % 2:
            d.rectangle([0, y, W - 1, y + row_h], fill=(244, 246, 250))
        for i, txt in enumerate(ligne):
            fnt = f
            if d.textlength(txt, font=fnt) > cols[i] - 16:
                fnt = ImageFont.truetype(SANS, 17)
            if d.textlength(txt, font=fnt) > cols[i] - 16:
                # coupe sur deux lignes
                words = txt.split()
                a, b = [], []
                for w in words:
                    (a if d.textlength(" ".join(a + [w]), font=fnt) < cols[i] - 16 and not b else b).append(w)
                d.text((xs[i] + 10, y + 15), " ".join(a), font=fnt, fill="black", anchor="lm")
                d.text((xs[i] + 10, y + 38), " ".join(b), font=fnt, fill="black", anchor="lm")
            else:
                d.text((xs[i] + 10, y + row_h // 2), txt, font=fnt, fill="black", anchor="lm")
    yb = y0 + row_h * (len(data["lignes"]) + 1)
    for xx in xs:
        d.line([min(xx, W - 1), y0, min(xx, W - 1), yb], fill=(90, 90, 90), width=2)
    for r in range(len(data["lignes"]) + 2):
        d.line([0, y0 + r * row_h, W - 1, y0 + r * row_h], fill=(90, 90, 90), width=2)
    # léger flou de capture d'écran
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    img.save(path)
    return img.size


def build_aix():
    import textes_aix as T
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Image as RLImage, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib.fonts import addMapping

    pdfmetrics.registerFont(TTFont("LSans", SANS))
    pdfmetrics.registerFont(TTFont("LSans-B", SANS_B))
    pdfmetrics.registerFont(TTFont("LSans-I", SANS_I))
    addMapping("LSans", 0, 0, "LSans")
    addMapping("LSans", 1, 0, "LSans-B")
    addMapping("LSans", 0, 1, "LSans-I")
    addMapping("LSans", 1, 1, "LSans-B")
    body = ParagraphStyle("b", fontName="LSans", fontSize=9.5, leading=12.5, spaceAfter=5, alignment=4)
    small = ParagraphStyle("s", fontName="LSans", fontSize=8, leading=10)
    right = ParagraphStyle("r", fontName="LSans", fontSize=9.5, leading=12)
    h = ParagraphStyle("h", fontName="LSans-B", fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4,
                       textColor=colors.HexColor("#1f3a68"))
    addr = ParagraphStyle("a", fontName="LSans", fontSize=9.5, leading=11.5, leftIndent=1.2 * cm, spaceAfter=4)

    png = TMP / "aix_calendrier.png"
    w, hgt = calendar_image(T.CALENDRIER_IMAGE, png)
    story = []
    left = [Paragraph(x or "&nbsp;", small) for x in T.ENTETE_GAUCHE]
    rightc = [Paragraph(x or "&nbsp;", right) for x in T.ENTETE_DROITE]
    t = Table([[left, rightc]], colWidths=[6.3 * cm, 10.7 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEAFTER", (0, 0), (0, 0), 0.6, colors.HexColor("#1f3a68"))]))
    story += [t, Spacer(1, 10), Paragraph(T.OBJET, body), Paragraph(T.REFERENCES, body), Spacer(1, 4)]
    story += [Paragraph(x, body) for x in T.INTRO]
    for kind, val in T.SECTIONS:
        if kind == "h":
            story.append(Paragraph(val, h))
        elif kind == "p":
            story.append(Paragraph(val, body))
        elif kind == "addr":
            story.append(Paragraph("<br/>".join(val), addr))
        elif kind == "image":
            width = 17 * cm
            story += [RLImage(str(png), width=width, height=width * hgt / w), Spacer(1, 6)]
    story.append(Spacer(1, 14))
    sig = Table([["", [Paragraph(x or "&nbsp;", right) for x in T.SIGNATURE]]], colWidths=[9 * cm, 8 * cm])
    story += [sig, Spacer(1, 18)]
    coupon = Table([[[Paragraph(x, body) for x in T.COUPON]]], colWidths=[17 * cm])
    coupon.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey), ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.grey, None, (3, 3))]))
    story.append(coupon)

    def footer(c, doc):
        c.saveState()
        c.setFont("LSans", 7.5)
        c.drawString(2 * cm, 1.2 * cm, "Rectorat de l'académie d'Aix-Marseille – DIEC 3 – BTS NDRC session 2027")
        c.drawRightString(19 * cm, 1.2 * cm, f"{doc.page}")
        c.restoreState()

    out = HERE / f"{T.STEM}.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm,
                            bottomMargin=1.8 * cm, title="Circulaire BTS NDRC 2027", author="DIEC 3")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    print("->", out.name)


# ---------------------------------------------------------------- Toulouse (DOCX, en-têtes verticaux)
def build_toulouse():
    import textes_toulouse as T
    doc = base_document("Arial", 10)
    sec = doc.sections[0]
    header_footer(sec, T.EN_TETE_PAGE, T.PIED_PAGE)
    for txt, bold in T.LETTERHEAD:
        p = para(doc, txt, bold=bold, size=11 if bold else 8.5, after=0)
    doc.add_paragraph()
    for g, d in T.BLOC_TAB:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(g)
        r.font.size = Pt(8.5)
        p.add_run("\t" + d)
    doc.add_paragraph()
    para(doc, T.OBJET, bold=True)
    para(doc, T.REFS, italic=True, size=9)
    para(doc, T.INTRO, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    heading(doc, T.TITRE_ECRITS)
    para(doc, T.TEXTE_ECRITS)
    n = len(T.LIGNES_ECRITS)
    tbl = doc.add_table(rows=n + 2, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.6), Cm(2.8), Cm(8.6), Cm(1.6)]
    hdr = tbl.rows[0]
    set_row_height(hdr, 2.3, exact=True)
    for i, hname in enumerate(T.ENTETE_ECRITS):
        c = hdr.cells[i]
        cell_text(c, hname, bold=True, size=9)
        set_vertical_text(c)
        set_cell_shading(c, "D9E2F3")
    for r, (jour, hor, ep, du) in enumerate(T.LIGNES_ECRITS, start=1):
        row = tbl.rows[r]
        cell_text(row.cells[0], jour)
        cell_text(row.cells[1], hor)
        cell_text(row.cells[2], ep)
        cell_text(row.cells[3], du, align=WD_ALIGN_PARAGRAPH.CENTER)
    # fusion verticale des jours identiques
    r = 1
    while r <= n:
        k = r
        while k + 1 <= n and T.LIGNES_ECRITS[k][0] == T.LIGNES_ECRITS[r - 1][0]:
            k += 1
        if k > r:
            top = tbl.cell(r, 0)
            merged = top.merge(tbl.cell(k, 0))
            cell_text(merged, T.LIGNES_ECRITS[r - 1][0])
        r = k + 1
    note = tbl.rows[n + 1]
    m = note.cells[0].merge(note.cells[3])
    cell_text(m, "Nota : " + T.NOTE_ECRITS, size=8)
    set_widths(tbl, [3.6, 2.8, 8.6, 1.6])

    heading(doc, T.TITRE_CENTRES, size=10)
    para(doc, T.TEXTE_CENTRES)
    heading(doc, T.TITRE_ORAUX)
    para(doc, T.TEXTE_ORAUX, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    tb = doc.add_table(rows=len(T.CENTRES) + 1, cols=5)
    tb.style = "Table Grid"
    widths = [Cm(3.6), Cm(4.2), Cm(2.4), Cm(3.3), Cm(3.3)]
    set_row_height(tb.rows[0], 1.9, exact=True)
    for i, hname in enumerate(T.ENTETE_ORAUX):
        c = tb.rows[0].cells[i]
        cell_text(c, hname, bold=True, size=9)
        set_cell_shading(c, "D9E2F3")
        if i >= 2:
            set_vertical_text(c)
    for r, ligne in enumerate(T.CENTRES, start=1):
        for i, val in enumerate(ligne):
            cell_text(tb.rows[r].cells[i], val, size=9, bold=(i == 0))
    set_widths(tb, [3.6, 4.2, 2.4, 3.3, 3.3])
    doc.add_paragraph()
    for t in T.TEXTE_FACULTATIVES:
        doc.add_paragraph(t, style="List Bullet")

    heading(doc, T.TITRE_DOSSIERS)
    for t in T.PUCES_DOSSIERS:
        doc.add_paragraph(t, style="List Bullet")
    heading(doc, T.TITRE_FIN)
    for t in T.PUCES_FIN:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph()
    for s in T.SIGNATURE:
        p = para(doc, s, after=0)
        p.paragraph_format.left_indent = Cm(9.5)
    out = HERE / f"{T.STEM}.docx"
    doc.core_properties.title = "Circulaire BTS GPME 2026"
    doc.core_properties.author = "DEC 4"
    doc.save(out)
    soffice(out, "pdf", HERE)
    print("->", out.name, f"{T.STEM}.pdf")


# ---------------------------------------------------------------- Créteil (DOCX, contrôles de contenu)
_sdt_id = [5000]
MARK = re.compile(r"\[\[(CC:[^|\]]+\|[^\]]+|CCVIDE|CHAMP:[^|\]]+\|[^\]]+)\]\]")


def _run_xml(text, bold=False):
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r {nsdecls("w")}>{b}<w:t xml:space="preserve">{text}</w:t></w:r>'


def add_marked(p, text, bold=False):
    """Ajoute à un paragraphe un texte contenant des marqueurs [[CC:...]], [[CCVIDE]], [[CHAMP:...]]."""
    pos = 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            p._p.append(parse_xml(_run_xml(text[pos:m.start()], bold)))
        tok = m.group(1)
        _sdt_id[0] += 1
        if tok.startswith("CC:"):
            iso, shown = tok[3:].split("|", 1)
            xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Date"/><w:tag w:val="date_{iso}"/>'
                   f'<w:id w:val="{_sdt_id[0]}"/><w:date w:fullDate="{iso}T00:00:00Z">'
                   f'<w:dateFormat w:val="dddd d MMMM yyyy"/><w:lid w:val="fr-FR"/>'
                   f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                   f'<w:sdtContent>{_run_xml(shown, bold)}</w:sdtContent></w:sdt>')
            p._p.append(parse_xml(xml))
        elif tok == "CCVIDE":
            xml = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Date de réception"/>'
                   f'<w:id w:val="{_sdt_id[0]}"/><w:showingPlcHdr/><w:date>'
                   f'<w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="fr-FR"/>'
                   f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                   f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
                   f'<w:t>Cliquez ou appuyez ici pour entrer une date.</w:t></w:r></w:sdtContent></w:sdt>')
            p._p.append(parse_xml(xml))
        else:
            instr, shown = tok[6:].split("|", 1)
            instr = instr.replace("&", "&amp;").replace('"', "&quot;")
            for frag in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
                         f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
                         f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
                         _run_xml(shown, bold),
                         f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
                p._p.append(parse_xml(frag))
        pos = m.end()
    if pos < len(text):
        p._p.append(parse_xml(_run_xml(text[pos:], bold)))
    return p


def add_custom_props(docx_path, props):
    """Ajoute docProps/custom.xml (propriétés utilisées par les champs DOCPROPERTY)."""
    import zipfile
    tmp = docx_path.with_suffix(".tmp")
    items = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{k}">'
        f'<vt:lpwstr>{v}</vt:lpwstr></property>' for i, (k, v) in enumerate(props.items()))
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + items + '</Properties>')
    with zipfile.ZipFile(docx_path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/docProps/custom.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            if it.filename == "_rels/.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdCustom1" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/custom-properties" '
                                    b'Target="docProps/custom.xml"/></Relationships>')
            zout.writestr(it, data)
        zout.writestr("docProps/custom.xml", custom.encode("utf-8"))
    tmp.replace(docx_path)


def build_creteil():
    import textes_creteil as T
    doc = base_document("Calibri", 10.5)
    header_footer(doc.sections[0], T.EN_TETE, T.PIED)
    lh = doc.add_table(rows=1, cols=2)
    for i, lines in enumerate((T.LETTERHEAD_G, T.LETTERHEAD_D)):
        c = lh.rows[0].cells[i]
        c.width = Cm(7) if i == 0 else Cm(10)
        c.text = ""
        for j, line in enumerate(lines):
            p = c.paragraphs[0] if j == 0 else c.add_paragraph()
            add_marked(p, line, bold=(j == 0 and i == 0))
            p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    para(doc, T.OBJET, bold=True)
    para(doc, T.REFS, italic=True, size=9.5)
    para(doc, T.INTRO)

    def table(entete, lignes, widths):
        t = doc.add_table(rows=len(lignes) + 1, cols=len(entete))
        t.style = "Light Grid Accent 1"
        for i, hname in enumerate(entete):
            cell_text(t.rows[0].cells[i], hname, bold=True)
        for r, ligne in enumerate(lignes, start=1):
            for i, val in enumerate(ligne):
                c = t.rows[r].cells[i]
                c.text = ""
                add_marked(c.paragraphs[0], val)
        set_widths(t, widths)
        return t

    heading(doc, T.T_ECRITS)
    table(T.ENTETE_ECRITS, T.LIGNES_ECRITS, [7.0, 4.4, 1.7, 1.7, 1.7])
    add_marked(para(doc, "", size=9), T.NOTE_ECRITS)
    heading(doc, T.T_CENTRES)
    for c in T.CENTRES:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(c[0]).bold = True
        for line in c[1:]:
            p.add_run().add_break()
            p.add_run(line)
    heading(doc, T.T_ORAUX)
    table(T.ENTETE_ORAUX, T.LIGNES_ORAUX, [6.0, 3.9, 3.9, 3.2])
    for t in T.TEXTE_ORAUX:
        add_marked(doc.add_paragraph(), t)
    heading(doc, T.T_DOSSIERS)
    for t in T.TEXTE_DOSSIERS:
        add_marked(doc.add_paragraph(), t)
    heading(doc, T.T_FIN)
    for t in T.TEXTE_FIN:
        add_marked(doc.add_paragraph(style="List Bullet"), t)
    doc.add_paragraph()
    for s in T.SIGNATURE:
        p = para(doc, s, after=0)
        p.paragraph_format.left_indent = Cm(9)
    doc.add_paragraph()
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.rows[0].cells[0]
    c.text = ""
    for j, line in enumerate(T.COUPON):
        p = c.paragraphs[0] if j == 0 else c.add_paragraph()
        add_marked(p, line, bold=(j == 0))
    out = HERE / f"{T.STEM}.docx"
    doc.core_properties.title = "Circulaire BTS SAM 2028"
    doc.save(out)
    add_custom_props(out, {"DateJury": "mardi 27 juin 2028", "DateResultats": "vendredi 30 juin 2028"})
    soffice(out, "pdf", HERE)
    print("->", out.name, f"{T.STEM}.pdf")


# ---------------------------------------------------------------- Limoges (DOCX -> ODT -> PDF)
def build_limoges():
    import textes_limoges as T
    from docx.enum.section import WD_SECTION
    doc = base_document("Liberation Serif", 11)
    sec = doc.sections[0]
    header_footer(sec, T.EN_TETE, T.PIED)
    for i, l in enumerate(T.LETTERHEAD):
        para(doc, l, bold=(i == 0), size=12 if i == 0 else 9, after=0)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, T.DESTINATAIRES, italic=True)
    para(doc, T.OBJET, bold=True)
    para(doc, T.REFS, size=9.5)
    heading(doc, "1. DISPOSITIONS GÉNÉRALES")
    for t in T.NUM_1:
        doc.add_paragraph(t, style="List Number")

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21.0)
    heading(doc, T.TITRE_ANNEXE1, size=13)
    t = doc.add_table(rows=len(T.LIGNES_JOURS) + 1, cols=len(T.JOURS) + 1)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Demi-journée", bold=True)
    for i, j in enumerate(T.JOURS, start=1):
        cell_text(t.rows[0].cells[i], j, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_cell_shading(t.rows[0].cells[i], "E2EFD9")
    for r, (label, vals) in enumerate(T.LIGNES_JOURS, start=1):
        cell_text(t.rows[r].cells[0], label, bold=True)
        set_row_height(t.rows[r], 3.2)
        for i, v in enumerate(vals, start=1):
            cell_text(t.rows[r].cells[i], v, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, [3.2] + [5.9] * len(T.JOURS))
    para(doc, T.NOTE_ANNEXE1, italic=True, size=9.5)

    port = doc.add_section(WD_SECTION.NEW_PAGE)
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = Cm(21.0), Cm(29.7)
    heading(doc, T.TITRE_2)
    for k, t2 in enumerate(T.NUM_2):
        para(doc, f"{'abc'[k]}) {t2}")
    heading(doc, T.TITRE_3)
    for t3 in T.TEXTE_3:
        para(doc, t3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    heading(doc, T.TITRE_4)
    for c in T.CENTRES:
        para(doc, c[0], bold=True, after=0)
        para(doc, c[1], after=0)
        para(doc, c[2], after=6)
    heading(doc, T.TITRE_5)
    para(doc, T.TEXTE_5)
    tb = doc.add_table(rows=len(T.LIGNES_5) + 1, cols=5)
    tb.style = "Table Grid"
    repeat_header(tb.rows[0])
    for i, hname in enumerate(T.ENTETE_5):
        cell_text(tb.rows[0].cells[i], hname, bold=True, size=9.5)
        set_cell_shading(tb.rows[0].cells[i], "E2EFD9")
    for r, ligne in enumerate(T.LIGNES_5, start=1):
        set_row_height(tb.rows[r], 0.95)
        for i, v in enumerate(ligne):
            cell_text(tb.rows[r].cells[i], v, size=9.5)
    set_widths(tb, [6.0, 3.4, 3.4, 1.6, 2.6])
    heading(doc, T.TITRE_6)
    for k, t6 in enumerate(T.NUM_6):
        para(doc, f"{'abc'[k]}) {t6}")
    doc.add_paragraph()
    for s in T.SIGNATURE:
        p = para(doc, s, after=0)
        p.paragraph_format.left_indent = Cm(9)
    tmpdocx = TMP / f"{T.STEM}.docx"
    doc.save(tmpdocx)
    soffice(tmpdocx, "odt", HERE)
    soffice(HERE / f"{T.STEM}.odt", "pdf", HERE)
    print("->", f"{T.STEM}.odt", f"{T.STEM}.pdf")


# ---------------------------------------------------------------- Note nationale (HTML -> PDF)
def build_national():
    import textes_national as T
    from html import escape as e

    widths = [19, 14, 5, 9, 8, 8, 9, 9, 9, 10]

    def row(cells, tag="td"):
        return "<tr>" + "".join(f'<{tag} width="{w}%"{" nowrap" if i == 1 else ""}>{c}</{tag}>'
                                for i, (w, c) in enumerate(zip(widths, cells))) + "</tr>\n"

    html = ['<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">',
            f"<title>{e(T.TITRE_PAGE)}</title>",
            "<style>body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt}"
            "table{border-collapse:collapse;font-size:8pt}td,th{border:1px solid #555;padding:3px}"
            "th{background:#dde4f0}.emetteur{color:#1f3a68;font-weight:bold}.notes{font-size:8pt;"
            "border-top:1px solid #999;margin-top:2em}h1{font-size:13pt}h2{font-size:11pt;color:#1f3a68}"
            "nav{font-size:8pt;color:#666}</style></head><body>",
            '<nav>Accueil &gt; Examens &gt; BTS &gt; Notes de service</nav>',
            '<div class="emetteur">' + "<br>".join(e(x) for x in T.EMETTEUR) + "</div>",
            f"<h1>{e(T.TITRE_PAGE)}</h1>", f"<p><b>{e(T.NOR)}</b></p>",
            f"<p>{e(T.DESTINATAIRES)}</p>", f"<p><b>{e(T.OBJET)}</b></p>", f"<p><i>{e(T.REFS)}</i></p>",
            f"<p>{e(T.INTRO)}</p>", f"<h2>{e(T.H1)}</h2>", f"<p>{T.P1}</p>",
            '<table width="100%" border="1" cellpadding="3" cellspacing="0">',
            "<colgroup>" + "".join(f'<col width="{w}%">' for w in widths) + "</colgroup>",
            row(T.ENTETE_TERR, "th")]
    for ligne in T.LIGNES_TERR:
        html.append(row([e(x) for x in ligne]))
    html += ["</table>", f"<p><small>{T.NOTE_TABLE}</small></p>",
             f"<h2>{e(T.H2)}</h2>", f"<p>{e(T.P2)}</p>", f"<p>{e(T.P2B)}</p>",
             f"<h2>{e(T.H3)}</h2>", f"<p>{T.P3}</p>", f"<h2>{e(T.H4)}</h2>", "<ul>"]
    html += [f"<li>{e(x)}</li>" for x in T.P4]
    html += ["</ul>", '<p style="margin-left:9cm">' + "<br>".join(e(x) for x in T.SIGN) + "</p>",
             '<div class="notes">' + "".join(f"<p>{e(x)}</p>" for x in T.NOTES) + "</div>",
             "</body></html>\n"]
    out = HERE / f"{T.STEM}.html"
    out.write_text("\n".join(html), encoding="utf-8")
    soffice(out, "pdf:writer_pdf_Export", HERE, infilter="HTML (StarWriter)")
    print("->", out.name, f"{T.STEM}.pdf")


# ---------------------------------------------------------------- Courriel imprimé (reportlab canvas)
def build_courriel():
    import textes_courriel as T
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("LSans", SANS))
    pdfmetrics.registerFont(TTFont("LSans-B", SANS_B))
    pdfmetrics.registerFont(TTFont("DMono", MONO))
    out = HERE / f"{T.STEM}.pdf"
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(T.ENTETES[0][1])
    W, H = A4
    c.setFont("LSans", 7.5)
    c.drawString(1.5 * cm, H - 1.0 * cm, "09/03/2026 10:51")
    c.drawCentredString(W / 2, H - 1.0 * cm, T.BARRE)
    y = H - 2.2 * cm
    c.setFont("LSans-B", 13)
    c.drawString(1.8 * cm, y, T.ENTETES[0][1])
    y -= 0.5 * cm
    c.setLineWidth(0.5)
    c.line(1.8 * cm, y, W - 1.8 * cm, y)
    y -= 0.55 * cm
    for k, v in T.ENTETES[1:]:
        c.setFont("LSans-B", 9)
        c.drawRightString(3.6 * cm, y, k)
        c.setFont("LSans", 9)
        c.drawString(3.9 * cm, y, v)
        y -= 0.45 * cm
    c.line(1.8 * cm, y + 0.1 * cm, W - 1.8 * cm, y + 0.1 * cm)
    y -= 0.5 * cm
    c.setFont("DMono", 9)
    for line in T.CORPS:
        c.drawString(1.8 * cm, y, line)
        y -= 0.43 * cm
    c.setFont("LSans", 7)
    c.drawString(1.5 * cm, 0.9 * cm, T.PIED)
    c.showPage()
    c.save()
    print("->", out.name)


# ---------------------------------------------------------------- scans
def raster(pdf, dpi, gray, prefix):
    for old in TMP.glob(prefix.name + "*"):
        old.unlink()
    args = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + ["-png", str(pdf), str(prefix)]
    subprocess.run(args, check=True)
    return sorted(TMP.glob(prefix.name + "*.png"))


def flatbed_scan(src_pdf, out_pdf, seed=7):
    rng = np.random.default_rng(seed)
    pages = []
    for i, png in enumerate(raster(src_pdf, 200, True, TMP / "flat")):
        im = Image.open(png).convert("L")
        angle = [0.7, -0.45, 0.3, -0.6][i % 4]
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10  # papier légèrement gris
        a += rng.normal(0, 7, a.shape)
        # ombre de reliure à gauche
        h, w = a.shape
        a[:, :40] -= np.linspace(60, 0, 40)[None, :]
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=200.0)
    print("->", out_pdf.name, len(pages), "pages")


def phone_photo(src_pdf, out_pdf, seed=11):
    rng = np.random.default_rng(seed)
    pages = []
    for i, png in enumerate(raster(src_pdf, 170, False, TMP / "phone")):
        doc = Image.open(png).convert("RGB")
        dw, dh = doc.size
        # fond (table en bois / bureau) plus grand que la page
        W, H = int(dw * 1.25), int(dh * 1.18)
        bg = np.zeros((H, W, 3), np.float32)
        bg[..., 0], bg[..., 1], bg[..., 2] = 118, 96, 74
        bg += rng.normal(0, 6, (H, W, 1))
        canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
        # coins de la page dans la photo (perspective : le haut est plus loin, pris de biais)
        j = [1, -1][i % 2]
        quad = [(W * 0.13 + j * 25, H * 0.07), (W * 0.86 + j * 10, H * 0.095),
                (W * 0.92, H * 0.955), (W * 0.07, H * 0.93)]
        coeffs = _perspective_coeffs(quad, [(0, 0), (dw, 0), (dw, dh), (0, dh)])
        warped = doc.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
        mask = Image.new("L", doc.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
        canvas.paste(warped, (0, 0), mask)
        a = np.asarray(canvas).astype(np.float32)
        # éclairage : dégradé + ombre portée du téléphone en haut à droite
        yy, xx = np.mgrid[0:H, 0:W]
        light = 1.0 - 0.28 * (xx / W) * (1 - yy / H) - 0.12 * (yy / H)
        shadow = 1.0 - 0.22 * np.exp(-(((xx - W * 0.8) / (W * 0.25)) ** 2 + ((yy - H * 0.15) / (H * 0.18)) ** 2))
        a *= (light * shadow)[..., None]
        a[..., 2] *= 0.93  # lumière chaude
        a += rng.normal(0, 4, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
        jpg = TMP / f"phone_{i}.jpg"
        im.save(jpg, quality=68)
        pages.append(Image.open(jpg))
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=150.0)
    print("->", out_pdf.name, len(pages), "pages")


def _perspective_coeffs(dst, src):
    """Coefficients PIL : pour chaque point (x, y) de la sortie, le point source correspondant."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(A, b).tolist()


def build_scans():
    flatbed_scan(HERE / "circulaire_gpme_2026_toulouse.pdf", HERE / "circulaire_gpme_2026_toulouse_scan.pdf")
    phone_photo(HERE / "circulaire_ndrc_2027_aix-marseille.pdf", HERE / "circulaire_ndrc_2027_aix-marseille_scan.pdf")


STEPS = {"aix": build_aix, "toulouse": build_toulouse, "creteil": build_creteil, "limoges": build_limoges,
         "national": build_national, "courriel": build_courriel, "scans": build_scans}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(STEPS):
        STEPS[name]()
