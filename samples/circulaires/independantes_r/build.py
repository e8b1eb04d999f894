#!/usr/bin/env python3
"""Construit le corpus independantes_r à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py
Dépendances : python-docx, reportlab, PIL, numpy ; LibreOffice (soffice), pdftoppm.
Aucun module du projet n'est importé.
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageFilter

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ICI = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, ICI)
import textes_guadeloupe as TG  # noqa: E402
import textes_nancy as TN  # noqa: E402
import textes_national as TNat  # noqa: E402
import textes_paris as TP  # noqa: E402
import textes_toulouse as TT  # noqa: E402

TMP = tempfile.mkdtemp(prefix="indep_r_")
LO_PROFILE = "file:///tmp/lo_independantes_r"


# --------------------------------------------------------------------------- utilitaires
def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def out(name):
    return os.path.join(ICI, name)


def base_doc(font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(1.8)
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, after=None, color=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def cell_text(cell, text, bold=False, size=None, align=None, shade=None):
    """Ecrit un texte multi-lignes dans une cellule (une ligne = un paragraphe)."""
    lines = text.split("\n") if text else [""]
    for extra in cell.paragraphs[1:]:  # une cellule fusionnée cumule les paragraphes des cellules d'origine
        extra._p.getparent().remove(extra._p)
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def set_widths(table, widths):
    """Largeurs fixes : tblGrid (lu par LibreOffice) et tcW de chaque cellule (lu par Word)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            if tc.tcPr is None or tc.tcPr.find(qn("w:gridSpan")) is None:
                tc.get_or_add_tcPr().get_or_add_tcW().type = "dxa"
                tc.get_or_add_tcPr().get_or_add_tcW().w = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def page_field(paragraph):
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.append(fld)


def footer(section, text):
    f = section.footer
    p = f.paragraphs[0]
    p.text = ""
    r = p.add_run(text + "\t")
    r.font.size = Pt(7.5)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    page_field(p)


def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(1.5)
    return sec


def portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    return sec


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    '</w:footnote>{notes}</w:footnotes>')
NOTE_XML = ('<w:footnote w:id="{id}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')


def add_footnotes(doc, notes):
    """Ajoute une vraie partie word/footnotes.xml (notes de bas de page Word)."""
    xml = FOOTNOTES_XML.format(notes="".join(NOTE_XML.format(id=i + 1, text=escape(t))
                                             for i, t in enumerate(notes)))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(paragraph, note_id):
    run = paragraph.add_run()
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    run._r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(note_id))
    run._r.append(ref)


# --------------------------------------------------------------------------- Paris (DOCX + PDF)
def build_paris():
    T = TP
    doc = base_doc()
    sec = doc.sections[0]
    h = sec.header.paragraphs[0]
    h.text = ""
    r = h.add_run(T.EN_TETE[0])
    r.bold = True
    r.font.size = Pt(11)
    h.add_run("\n" + "\n".join(T.EN_TETE[1:])).italic = True
    footer(sec, T.PIED)

    p = para(doc)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(T.EXPEDITEUR[0]).bold = True
    p.add_run("\t" + T.LIEU_DATE)
    for line in T.EXPEDITEUR[1:]:
        para(doc, line, size=9, after=0)
    para(doc)
    for line in T.SIGNATAIRE:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    for line in T.DESTINATAIRES:
        para(doc, line, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, bold=(line == "à"))
    para(doc)
    p = para(doc)
    p.add_run("Objet : ").bold = True
    p.add_run(T.OBJET)
    p = para(doc, after=0)
    p.add_run("Références :").bold = True
    for ref in T.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    p = para(doc)
    p.add_run("P.J. : ").bold = True
    p.add_run(T.PJ)
    para(doc, T.INTRO, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    para(doc, T.T1, bold=True)
    para(doc, T.P1)
    tab = doc.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    for i, t in enumerate(T.CENTRES_ENTETE):
        cell_text(tab.rows[0].cells[i], t, bold=True, shade="D9E2F3")
    for nom_adr, epreuves, cands in T.CENTRES:
        row = tab.add_row()
        cell_text(row.cells[0], "\n".join(nom_adr))
        row.cells[0].paragraphs[0].runs[0].bold = True
        cell_text(row.cells[1], epreuves, size=9)
        cell_text(row.cells[2], cands, size=9)
    para(doc)

    para(doc, T.T2, bold=True)
    para(doc, T.P2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.T3, bold=True)
    para(doc, T.T3A, italic=True, bold=True, after=2)
    para(doc, T.P3A, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.T3B, italic=True, bold=True, after=2)
    para(doc, T.P3B, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.T3C, italic=True, bold=True, after=2)
    p = para(doc, T.P3C_AVANT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    footnote_ref(p, 1)
    p.add_run(T.P3C_APRES)
    para(doc, T.P3C2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.P3C3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.T3D, italic=True, bold=True, after=2)
    for item in T.PUCES_FACULTATIVES:
        doc.add_paragraph(item, style="List Bullet")
    para(doc, T.T4, bold=True)
    para(doc, T.P4)
    para(doc, T.T5, bold=True)
    para(doc, T.P5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.P6, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for line in T.SIGNATURE:
        p = para(doc, line, after=0)
        p.paragraph_format.left_indent = Cm(9)
    add_footnotes(doc, [T.NOTE_E5])

    # Annexe 1 en section paysage, deux lignes d'en-tête à cellules fusionnées
    sec2 = landscape(doc)
    para(doc, T.ANNEXE1_TITRE, bold=True, size=14)
    para(doc, T.ANNEXE1_SOUS_TITRE, italic=True)
    tab = doc.add_table(rows=2, cols=7)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2), Cm(7.5), Cm(4.2), Cm(2.4), Cm(2.4), Cm(1.8), Cm(6)]
    for j in range(7):
        if T.CAL_ENTETE_1[j] is None:
            continue
        if T.CAL_ENTETE_2[j] is None:
            c = tab.cell(0, j).merge(tab.cell(1, j))
            cell_text(c, T.CAL_ENTETE_1[j], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, shade="FCE4D6")
    c = tab.cell(0, 3).merge(tab.cell(0, 4))
    cell_text(c, T.CAL_ENTETE_1[3], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, shade="FCE4D6")
    for j in (3, 4):
        cell_text(tab.cell(1, j), T.CAL_ENTETE_2[j], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, shade="FCE4D6")
    for row in tab.rows[:2]:
        repeat_header(row)
    first_row_of_date = {}
    for k, vals in enumerate(T.CALENDRIER):
        row = tab.add_row()
        for j, v in enumerate(vals):
            cell_text(row.cells[j], v, bold=(j == 0), size=9.5,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 2, 3, 4, 5) else None)
        d = vals[2]
        if d in first_row_of_date:  # même date : cellule fusionnée verticalement
            i0 = first_row_of_date[d]
            merged = tab.cell(i0, 2).merge(tab.cell(len(tab.rows) - 1, 2))
            cell_text(merged, d, size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            first_row_of_date[d] = len(tab.rows) - 1
    set_widths(tab, widths)
    para(doc)
    para(doc, T.ANNEXE1_NOTE, italic=True, size=9)

    portrait(doc)
    para(doc, T.ANNEXE2_TITRE, bold=True, size=14)
    for line in T.ANNEXE2:
        para(doc, line, after=14)

    docx = out(T.STEM + ".docx")
    doc.save(docx)
    soffice(docx, "pdf", ICI)


# --------------------------------------------------------------------------- Toulouse (DOCX -> ODT -> PDF)
def build_toulouse():
    T = TT
    doc = base_doc(font="Liberation Serif", size=11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    hp.add_run(T.EN_TETE[0] + "\n").font.size = Pt(8)
    r = hp.add_run(T.EN_TETE[1] + "\n")
    r.bold = True
    hp.add_run(T.EN_TETE[2]).italic = True
    footer(sec, T.PIED)

    # bloc service (gauche) / lieu-date (droite) dans un tableau sans bordure
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), "\n".join(T.SERVICE), size=8.5)
    cell_text(t.cell(0, 1), T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc)
    para(doc, T.DESTINATAIRES, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.OBJET, bold=True)
    para(doc, T.REF, size=9.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.INTRO, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    para(doc, T.T1, bold=True, color=(0x1F, 0x3A, 0x68))
    para(doc, T.P1)
    for e in T.FORMATION:
        doc.add_paragraph(e, style="List Bullet")
    para(doc, T.T2, bold=True, color=(0x1F, 0x3A, 0x68))
    tab = doc.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for i, h in enumerate(T.CENTRES_ENTETE):
        cell_text(tab.rows[0].cells[i], h, bold=True, shade="E7E6E6")
    for vals in T.CENTRES:
        row = tab.add_row()
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, size=9.5)
    para(doc)
    para(doc, T.T3, bold=True, color=(0x1F, 0x3A, 0x68))
    para(doc, T.P3)
    for item in T.LISTE:
        doc.add_paragraph(item, style="List Number")
    para(doc, T.P3_LV, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.P3_E3, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for titre, texte in ((T.T4, T.P4), (T.T5, T.P5), (T.T6, T.P6)):
        para(doc, titre, bold=True, color=(0x1F, 0x3A, 0x68))
        para(doc, texte, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc)
    for line in T.SIGNATURE:
        p = para(doc, line, after=0, align=WD_ALIGN_PARAGRAPH.RIGHT)

    docx = out(T.STEM + ".docx")
    doc.save(docx)
    soffice(docx, "odt", ICI)
    soffice(out(T.STEM + ".odt"), "pdf", ICI)


# --------------------------------------------------------------------------- Nancy-Metz (reportlab)
def build_nancy():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    T = TN
    fdir = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LS", fdir + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", fdir + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSI", fdir + "LiberationSans-Italic.ttf"))
    pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")
    body = ParagraphStyle("b", fontName="LS", fontSize=9.6, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=5)
    side = ParagraphStyle("s", fontName="LS", fontSize=7.8, leading=10, textColor=colors.HexColor("#333333"))
    h = ParagraphStyle("h", parent=body, fontName="LSB", fontSize=10.5, spaceBefore=6, spaceAfter=4,
                       textColor=colors.HexColor("#000091"))
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)
    cellst = ParagraphStyle("c", fontName="LS", fontSize=8.6, leading=10.5)
    cellb = ParagraphStyle("cb", parent=cellst, fontName="LSB")

    W, H = A4

    def deco_first(c, d):
        c.saveState()
        c.setFont("LSB", 11)
        c.drawString(1.5 * cm, H - 1.8 * cm, T.MARQUE[0])
        c.drawString(1.5 * cm, H - 2.3 * cm, T.MARQUE[1])
        c.setFont("LSI", 7.5)
        for i, m in enumerate(T.MARQUE[2:]):
            c.drawString(1.5 * cm, H - 2.8 * cm - i * 0.32 * cm, m)
        c.setStrokeColor(colors.HexColor("#000091"))
        c.setLineWidth(0.6)
        c.line(6.2 * cm, 3 * cm, 6.2 * cm, H - 4.2 * cm)
        deco_later(c, d)
        c.restoreState()

    def deco_later(c, d):
        c.saveState()
        c.setFont("LS", 7)
        c.drawString(1.5 * cm, 1.1 * cm, T.PIED)
        c.drawRightString(W - 1.5 * cm, 1.1 * cm, f"{d.page}")
        c.restoreState()

    fr_side = Frame(1.5 * cm, 3 * cm, 4.4 * cm, H - 7.5 * cm, id="side", showBoundary=0)
    fr_main = Frame(6.6 * cm, 2 * cm, W - 8.1 * cm, H - 4 * cm, id="main", showBoundary=0)
    fr_full = Frame(2 * cm, 2 * cm, W - 4 * cm, H - 3.8 * cm, id="full", showBoundary=0)
    pdf = out(T.STEM + ".pdf")
    doc = BaseDocTemplate(pdf, pagesize=A4, title="Circulaire BTS PI 2026", author="DEC Nancy-Metz")
    doc.addPageTemplates([PageTemplate("first", [fr_side, fr_main], onPage=deco_first),
                          PageTemplate("later", [fr_full], onPage=deco_later)])
    s = [NextPageTemplate("later")]
    for kind, line in T.BANDEAU:
        s.append(Paragraph(f"<b>{escape(line)}</b>" if kind == "b" else (escape(line) or "&nbsp;"), side))
    s.append(FrameBreak())
    s.append(Paragraph(T.LIEU_DATE, right))
    s.append(Spacer(1, 6))
    for line in T.DE_A:
        s.append(Paragraph(escape(line), ParagraphStyle("d", parent=body, alignment=TA_RIGHT, spaceAfter=1)))
    s.append(Spacer(1, 8))
    s.append(Paragraph(f"<b>{escape(T.OBJET)}</b>", body))
    s.append(Paragraph(escape(T.REF), ParagraphStyle("ref", parent=body, fontSize=8.5, leading=11)))
    s.append(Paragraph(T.T1, h))
    s.append(Paragraph(escape(T.P1), body))
    data = [[Paragraph(f"<b>{x}</b>", cellst) for x in T.GRILLE_JOURS]]
    for row in T.GRILLE:
        data.append([Paragraph(f"<b>{row[0]}</b>", cellst)] +
                     [Paragraph(escape(x).replace("\n", "<br/>"), cellst) for x in row[1:]])
    tb = Table(data, colWidths=[2.3 * cm, 3.3 * cm, 3.3 * cm, 3.5 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE3F4")),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [tb, Spacer(1, 8), Paragraph(T.P1B, body)]
    data = [[Paragraph(f"<b>{x}</b>", cellst) for x in T.CENTRES_ENTETE]]
    for nom, adr, ville in T.CENTRES:
        data.append([Paragraph(escape(nom), cellb), Paragraph(escape(adr), cellst), Paragraph(ville, cellb)])
    tb = Table(data, colWidths=[3.6 * cm, 6.6 * cm, 2.2 * cm])
    tb.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [tb, Paragraph(T.T2, h), Paragraph(escape(T.P2), body)]
    for item in T.PUCES2:
        s.append(Paragraph(escape(item), ParagraphStyle("li", parent=body, leftIndent=12, bulletIndent=2),
                           bulletText="•"))
    s += [Paragraph(escape(T.P2B), body), Paragraph(T.T3, h), Paragraph(escape(T.P3), body),
          Paragraph(escape(T.P3B), body), Paragraph(T.T4, h), Paragraph(escape(T.P4), body), Spacer(1, 10)]
    for line in T.SIGNATURE:
        s.append(Paragraph(escape(line), ParagraphStyle("sg", parent=body, leftIndent=6 * cm, spaceAfter=1)))
    doc.build(s)


# --------------------------------------------------------------------------- Guadeloupe (HTML -> PDF)
def build_guadeloupe():
    T = TG
    e = html.escape
    rows_mail = "".join(f"<tr><td class='k'>{k} :</td><td>{v}</td></tr>" for k, v in T.COURRIEL)
    cal = "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in T.CALENDRIER)
    cen = "".join(f"<tr><td><b>{e(n)}</b></td><td>{e(a)}</td><td>{e(v)}</td></tr>" for n, a, v in T.CENTRES)
    puces = "".join(f"<li>{e(x)}</li>" for x in T.PUCES3)
    sig = "<br>".join(e(x) for x in T.SIGNATURE)
    page = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(T.COURRIEL[4][1])}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }}
table.mail td {{ padding: 1px 6px; font-size: 9.5pt; }} td.k {{ font-weight: bold; }}
table.grid {{ border-collapse: collapse; width: 100%; }}
table.grid td, table.grid th {{ border: 1px solid #777; padding: 3px 5px; font-size: 9.5pt; }}
table.grid th {{ background: #dbe5f1; }}
h3 {{ font-family: 'Liberation Sans', Arial, sans-serif; color: #1f3a68; font-size: 11pt; margin-bottom: 3px; }}
.bandeau {{ border-top: 2px solid #000; border-bottom: 1px solid #000; font-weight: bold; padding: 3px 0; }}
</style></head><body>
<p><b>Messagerie académique – Impression</b></p>
<table class="mail">{rows_mail}</table>
<p class="bandeau">{e(T.TITRE_MARQUE)}</p>
<p>{e(T.SALUT)}</p>
<p>{e(T.INTRO)}</p>
<h3>{e(T.T1)}</h3>
<p>{e(T.P1)}</p>
<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%"><tr>{''.join(f'<th>{e(x)}</th>' for x in T.CAL_ENTETE)}</tr>{cal}</table>
<h3>{e(T.T2)}</h3>
<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%"><tr>{''.join(f'<th>{e(x)}</th>' for x in T.CENTRES_ENTETE)}</tr>{cen}</table>
<p>{e(T.P2)}</p>
<h3>{e(T.T3)}</h3>
<ul>{puces}</ul>
<p><i>{e(T.P3)}</i></p>
<h3>{e(T.T4)}</h3>
<p>{e(T.P4)}</p>
<p>{sig}</p>
</body></html>
"""
    path = out(T.STEM + ".html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(page)
    soffice(path, "pdf:writer_web_pdf_Export", ICI)


# --------------------------------------------------------------------------- Note nationale (DOCX + PDF)
def build_national():
    T = TNat
    doc = base_doc(font="Liberation Sans", size=10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(T.EN_TETE)
    r.bold = True
    hp.add_run("\n" + T.SOUS_EN_TETE).font.size = Pt(8)
    footer(sec, T.PIED)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for line in T.TITRE.split("\n"):
        para(doc, line, bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc)
    para(doc, "Destinataires :", bold=True, after=0)
    for d in T.DESTINATAIRES:
        doc.add_paragraph(d, style="List Bullet")
    para(doc, "Références :", bold=True, after=0)
    for d in T.REFERENCES:
        doc.add_paragraph(d, style="List Bullet")
    para(doc, T.T1, bold=True, size=11)
    tab = doc.add_table(rows=1, cols=5)
    tab.style = "Table Grid"
    for i, hh in enumerate(T.REG_ENTETE):
        cell_text(tab.rows[0].cells[i], hh, bold=True, shade="D9D9D9")
    repeat_header(tab.rows[0])
    for vals in T.REGLEMENT:
        row = tab.add_row()
        parent = vals[1] == ""
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, bold=parent, size=9, shade="F2F2F2" if parent else None)
        if parent:
            m = row.cells[2].merge(row.cells[4])
            cell_text(m, vals[2], bold=True, size=9)
    set_widths(tab, [Cm(2), Cm(1.6), Cm(6.5), Cm(4.8), Cm(2.1)])
    para(doc)
    para(doc, T.T3, bold=True, size=11)
    for p_ in (T.P3A, T.P3B, T.P3C, T.P3D):
        para(doc, p_, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, T.T4, bold=True, size=11)
    para(doc, T.P4, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for line in T.SIGNATURE:
        p = para(doc, line, after=0)
        p.paragraph_format.left_indent = Cm(9)

    # calendrier en paysage, tableau long à en-tête répété
    landscape(doc)
    para(doc, T.T2, bold=True, size=12)
    para(doc, T.P2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    tab = doc.add_table(rows=2, cols=10)
    tab.style = "Table Grid"
    for j in range(3):
        c = tab.cell(0, j).merge(tab.cell(1, j))
        cell_text(c, T.CAL_ENTETE_1[j], bold=True, size=9, shade="DDEBF7")
    c = tab.cell(0, 3).merge(tab.cell(0, 9))
    cell_text(c, T.CAL_ENTETE_1[3], bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, shade="DDEBF7")
    for j in range(3, 10):
        cell_text(tab.cell(1, j), T.CAL_ENTETE_2[j], bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER,
                  shade="DDEBF7")
    repeat_header(tab.rows[0])
    repeat_header(tab.rows[1])
    for date, ep, duree, heures in T.CALENDRIER:
        row = tab.add_row()
        cell_text(row.cells[0], date, size=9)
        cell_text(row.cells[1], ep + "\n\n" + T.OBSERVATIONS, size=8)
        row.cells[1].paragraphs[0].runs[0].bold = True
        cell_text(row.cells[2], duree, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
        for k, hh in enumerate(heures):
            cell_text(row.cells[3 + k], hh, size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(tab, [Cm(2.6), Cm(6.2), Cm(1.3)] + [Cm(2.35)] * 7)
    para(doc)
    para(doc, T.CAL_NOTE, italic=True, size=9)
    docx = out(T.STEM + ".docx")
    doc.save(docx)
    soffice(docx, "pdf", ICI)


# --------------------------------------------------------------------------- scans
def rasterise(pdf, dpi, gray):
    prefix = os.path.join(TMP, os.path.basename(pdf)[:-4])
    cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(cmd, check=True)
    files = sorted(f for f in os.listdir(TMP) if f.startswith(os.path.basename(prefix)) and f.endswith(".png"))
    return [Image.open(os.path.join(TMP, f)) for f in files]


def flatbed_scan(src_pdf, dst_pdf, dpi=200, seed=7):
    rng = np.random.default_rng(seed)
    pages = []
    for i, im in enumerate(rasterise(src_pdf, dpi, gray=True)):
        im = im.convert("L")
        angle = [0.6, -0.45, 0.3][i % 3]
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8  # papier légèrement gris, encre moins noire
        a += rng.normal(0, 5.5, a.shape)
        a[:, :12] -= 60  # ombre de bord de vitre
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        pages.append(im)
    pages[0].save(dst_pdf, save_all=True, append_images=pages[1:], resolution=dpi, quality=72)


def perspective_coeffs(dst, src):
    """Coefficients PIL (sortie -> entrée) pour envoyer les 4 points src sur dst."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(np.array(m, dtype=np.float64), b).tolist()


def phone_photo(src_pdf, dst_pdf, dpi=150, seed=11):
    rng = np.random.default_rng(seed)
    pages = []
    for i, im in enumerate(rasterise(src_pdf, dpi, gray=False)):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.12), int(h * 1.10)
        # coins du papier dans la photo (trapèze : téléphone incliné vers le haut)
        j = rng.uniform(-10, 10, 8)
        dst = [(0.09 * W + j[0], 0.05 * H + j[1]), (0.90 * W + j[2], 0.035 * H + j[3]),
               (0.965 * W + j[4], 0.965 * H + j[5]), (0.03 * W + j[6], 0.95 * H + j[7])]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        coeffs = perspective_coeffs(dst, src)
        paper = im.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
        mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC,
                                                     fillcolor=0)
        table = np.zeros((H, W, 3), np.float32) + np.array([92, 70, 52], np.float32)
        table += rng.normal(0, 9, (H, W, 1))
        bg = Image.fromarray(np.clip(table, 0, 255).astype(np.uint8))
        photo = Image.composite(paper, bg, mask)
        a = np.asarray(photo).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        shade = 1.02 - 0.22 * (xx / W) * (yy / H) - 0.08 * (yy / H)  # ombre de la main en bas à droite
        a *= shade[..., None]
        a *= np.array([1.0, 0.97, 0.90], np.float32)  # lumière chaude
        a += rng.normal(0, 4, a.shape)
        photo = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        photo = photo.resize((int(W * 0.85), int(H * 0.85)), Image.LANCZOS)
        buf = os.path.join(TMP, f"photo_{i}.jpg")
        photo.save(buf, "JPEG", quality=68)
        pages.append(Image.open(buf))
    pages[0].save(dst_pdf, save_all=True, append_images=pages[1:], resolution=int(dpi * 0.85))


def main():
    build_paris()
    build_toulouse()
    build_nancy()
    build_guadeloupe()
    build_national()
    flatbed_scan(out(TN.STEM + ".pdf"), out(TN.STEM + "_scan.pdf"))
    phone_photo(out(TG.STEM + ".pdf"), out(TG.STEM + "_scan.pdf"))
    shutil.rmtree(TMP, ignore_errors=True)
    print("ok")


if __name__ == "__main__":
    main()
