#!/usr/bin/env python3
"""Build the independantes_ah corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (and a private LibreOffice profile / temp files in /tmp)."""
import html, io, os, random, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_creteil as TC
import textes_strasbourg as TS
import textes_nice as TN
import textes_martinique as TM
import textes_cprp as TP

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_independantes_ah"
random.seed(7)


# ---------------------------------------------------------------- docx helpers
def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = par.add_run(line); run.bold = bold; run.font.size = Pt(size)
        if i < len(lines) - 1:
            run.add_break()
    if align is not None:
        par.alignment = align


def cell_vertical(cell, direction="btLr"):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection"); td.set(qn("w:val"), direction); tcPr.append(td)


def row_header_repeat(row, height_cm=None):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    if height_cm:
        hr = OxmlElement("w:trHeight"); hr.set(qn("w:val"), str(int(height_cm * 567))); hr.set(qn("w:hRule"), "atLeast")
        trPr.append(hr)


def row_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit"); c.set(qn("w:val"), "true"); trPr.append(c)


def set_grid(table, widths):
    """Write the column widths into tblGrid and every tcW (merged cells get the sum of their span)."""
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


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    return doc


def heading(doc, text, size=11, color="1F3864"):
    par = doc.add_paragraph(); par.paragraph_format.space_before = Pt(10); par.paragraph_format.keep_with_next = True
    run = par.add_run(text); run.bold = True; run.font.size = Pt(size); run.font.color.rgb = RGBColor.from_string(color)
    return par


# ---------------------------------------------------------------- A. Créteil SAM 2027 (tab stops + 2-level header)
def build_creteil():
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(TC.EN_TETE):
        r = hp.add_run(line); r.bold = i == 0; r.font.size = Pt(9 if i else 11)
        if i < len(TC.EN_TETE) - 1:
            r.add_break()
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(TC.PIED + " – page "); r.font.size = Pt(7.5)
    add_page_field(fp)

    p = doc.add_paragraph(TC.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(7)
    r = p.add_run(TC.DESTINATAIRES); r.font.size = Pt(9.5)
    p = doc.add_paragraph(); r = p.add_run(TC.OBJET); r.bold = True
    for ref in TC.REFERENCES:
        p = doc.add_paragraph(ref); p.paragraph_format.left_indent = Cm(1); p.runs[0].font.size = Pt(8.5); p.runs[0].italic = True
    doc.add_paragraph(TC.INTRO)

    heading(doc, TC.T1)
    doc.add_paragraph(TC.T1_NOTE)
    # calendar set with tab stops — no table at all
    def tab_par(values, bold=False, top=False):
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.space_after = Pt(2); pf.left_indent = Cm(0)
        pf.tab_stops.add_tab_stop(Cm(2.6))
        pf.tab_stops.add_tab_stop(Cm(12.4))
        pf.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
        run = par.add_run("\t".join(values)); run.bold = bold; run.font.size = Pt(9)
        if top:
            pPr = par._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr")
            b = OxmlElement("w:bottom"); b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:color"), "000000")
            bdr.append(b); pPr.append(bdr)
    tab_par(TC.CAL_ENTETE, bold=True, top=True)
    for row in TC.CAL:
        tab_par(row)
    p = doc.add_paragraph(); r = p.add_run(TC.CAL_REMARQUE); r.italic = True; r.font.size = Pt(8.5)

    heading(doc, TC.T2)
    doc.add_paragraph(TC.T2_INTRO)
    t = doc.add_table(rows=2 + len(TC.ORAUX), cols=6); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(4.2), Cm(2.2), Cm(1.4), Cm(2.2), Cm(2.2), Cm(5)]
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h1[0]); cell_text(a, "Épreuve", True)
    b = h0[1].merge(h0[2]); cell_text(b, "Dépôt du dossier", True, align=WD_ALIGN_PARAGRAPH.CENTER)
    c = h0[3].merge(h0[4]); cell_text(c, "Période d'interrogation", True, align=WD_ALIGN_PARAGRAPH.CENTER)
    d = h0[5].merge(h1[5]); cell_text(d, "Centre d'interrogation", True)
    for cell, txt in zip(h1[1:5], ["Date limite", "Heure", "Début", "Fin"]):
        cell_text(cell, txt, True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for rr in (0, 1):
        for cell in t.rows[rr].cells:
            cell_shade(cell, "D9E2F3")
        row_header_repeat(t.rows[rr])
    for i, vals in enumerate(TC.ORAUX):
        cells = t.rows[2 + i].cells
        for cell, v in zip(cells, vals):
            cell_text(cell, v)
        row_cant_split(t.rows[2 + i])
    # the two "sans objet" deposit cells merged horizontally (E22 / EF1 rows)
    for i, vals in enumerate(TC.ORAUX):
        if vals[1] == "sans objet":
            m = t.rows[2 + i].cells[1].merge(t.rows[2 + i].cells[2]); cell_text(m, "sans objet", align=WD_ALIGN_PARAGRAPH.CENTER)
    set_grid(t, widths)
    doc.add_paragraph(TC.T2_EF2).paragraph_format.space_before = Pt(6)
    doc.add_paragraph(TC.T2_DOSSIER)

    heading(doc, TC.T3)
    for line in TC.T3_LIGNES:
        doc.add_paragraph(line, style="List Bullet")
    heading(doc, TC.T4)
    for line in TC.T4_LIGNES:
        doc.add_paragraph(line, style="List Bullet")
    heading(doc, TC.T5)
    for line in TC.ETABLISSEMENTS:
        doc.add_paragraph(line, style="List Bullet 2")
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(14)
    for i, line in enumerate(TC.SIGNATURE):
        r = p.add_run(line); r.bold = i == len(TC.SIGNATURE) - 1
        if i < len(TC.SIGNATURE) - 1:
            r.add_break()
    # annex in a new section (landscape not needed) starting on a new page
    new = doc.add_section()
    heading(doc, TC.ANNEXE_TITRE)
    for line in TC.ANNEXE:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(12)
    out = P("circulaire_sam_2027_creteil.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- B. Strasbourg CI 2028 (Q&A HTML)
def build_strasbourg():
    e = html.escape
    parts = [f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{e(TS.TITRE)}</title>
<style>
body {{ font-family: 'Liberation Serif', serif; font-size: 11pt; }}
header {{ border-bottom: 2px solid #7a1f3d; margin-bottom: 1em; }}
.emetteur {{ font-variant: small-caps; color: #7a1f3d; font-size: 10pt; }}
h1 {{ font-size: 17pt; margin: .2em 0; }} h2 {{ font-size: 12pt; font-weight: normal; font-style: italic; margin: 0 0 .5em 0; }}
dt {{ font-weight: bold; margin-top: 1em; color: #7a1f3d; }}
dd {{ margin-left: 1.2em; }}
td, th {{ border: 1px solid #999; font-size: 10pt; }}
address {{ font-style: normal; margin: .3em 0 .6em 1em; }}
.date {{ text-align: right; }} .signature {{ margin-left: 55%; margin-top: 2em; }}
</style></head><body>
<header><div class="emetteur">{e(TS.EMETTEUR)}</div><h1>{e(TS.TITRE)}</h1><h2>{e(TS.SOUS_TITRE)}</h2></header>
<p class="date">{e(TS.LIEU_DATE)}</p>
<p>{e(TS.CHAPO)}</p>
<dl>
<dt>{e(TS.ECRITS_Q)}</dt><dd>{e(TS.ECRITS_R)}
<table width="95%" cellpadding="3" cellspacing="0"><col width="25%"><col width="50%"><col width="25%"><tr><th>Jour</th><th>Épreuve</th><th>Horaire</th></tr>"""]
    for j, ep, h in TS.ECRITS:
        parts.append(f"<tr><td>{e(j)}</td><td>{e(ep)}</td><td>{e(h)}</td></tr>")
    parts.append(f"</table>{e(TS.ECRITS_APRES)}</dd>")
    parts.append(f"<dt>{e(TS.ORAUX_Q)}</dt><dd>" + "".join(f"<p>{e(x)}</p>" for x in TS.ORAUX_R) + "</dd>")
    for q, r in ((TS.FACULT_Q, TS.FACULT_R), (TS.DOSSIERS_Q, TS.DOSSIERS_R), (TS.CONFORMITE_Q, TS.CONFORMITE_R),
                 (TS.ENTENTE_Q, TS.ENTENTE_R)):
        parts.append(f"<dt>{e(q)}</dt><dd>{e(r)}</dd>")
    parts.append(f"<dt>{e(TS.CENTRES_Q)}</dt><dd>")
    for eps, nom, lignes in TS.CENTRES:
        parts.append(f"<b>{e(eps)}</b> :<address>{e(nom)}<br>" + "<br>".join(e(l) for l in lignes) + "</address>")
    parts.append(f"{e(TS.CENTRES_NOTE)}</dd>")
    parts.append(f"<dt>{e(TS.JURY_Q)}</dt><dd>{e(TS.JURY_R)}</dd></dl>")
    parts.append(f"<p>{e(TS.CONTACT)}</p><p class='signature'>" + "<br>".join(e(x) for x in TS.SIGNATURE) + "</p>")
    parts.append("</body></html>\n")
    out = P("circulaire_ci_2028_strasbourg.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    return out


# ---------------------------------------------------------------- C. Nice ESF 2026 (hand-made ODT, calendar frame)
def build_nice():
    x = escape
    def para(text, style="Corps"):
        return f'<text:p text:style-name="{style}">{x(text)}</text:p>'
    # LibreOffice does not import a table:table inside this text box, so the frame holds tab-aligned lines:
    # « date <tab> horaire » in bold, then the épreuve on its own line.
    rows = "".join(
        f'<text:p text:style-name="CadreDate">{x(d)}<text:tab/>{x(h)}</text:p>'
        f'<text:p text:style-name="CadreEp">{x(ep)}</text:p>' for d, ep, h in TN.CADRE)
    frame = f"""<draw:frame draw:style-name="Cadre" draw:name="Calendrier" text:anchor-type="paragraph" svg:width="7.2cm" svg:x="9.8cm" svg:y="0cm" draw:z-index="0">
<draw:text-box fo:min-height="4cm">
<text:p text:style-name="CadreTitre">{x(TN.CADRE_TITRE)}</text:p>
{rows}
<text:p text:style-name="Petit">{x(TN.CADRE_NOTE)}</text:p>
</draw:text-box></draw:frame>"""
    body = []
    body += [f'<text:p text:style-name="EnTete">{x(l)}</text:p>' for l in TN.EN_TETE]
    body.append(para(TN.LIEU_DATE, "Droite"))
    body.append(para(TN.OBJET, "Objet"))
    body.append(f'<text:p text:style-name="Corps">{frame}{x(TN.INTRO)}</text:p>')
    body.append(para(TN.S1, "Titre")); body.append(para(TN.S1_TXT))
    body.append(para(TN.S2, "Titre")); body += [para(t) for t in TN.S2_TXT]
    body.append(para(TN.S3, "Titre")); body += [para(t) for t in TN.S3_TXT]
    body.append(para(TN.S4, "Titre")); body.append(para(TN.S4_TXT))
    body.append(para(TN.S5, "Titre"))
    body.append("<text:list>" + "".join(f"<text:list-item>{para(t)}</text:list-item>" for t in TN.S5_LISTE) + "</text:list>")
    body.append(para(TN.S5_NOTE))
    body += [para(l, "Signature") for l in TN.SIGNATURE]
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ns}>
<office:automatic-styles>
<style:style style:name="Cadre" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:border="0.06pt solid #2e5e4e" fo:padding="0.2cm" fo:background-color="#eef5f1" fo:margin-left="0.4cm"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{''.join(body)}
</office:text></office:body></office:document-content>"""
    styles = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ns}>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
<style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
<style:style style:name="EnTete" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:color="#2e5e4e" fo:font-size="10pt"/></style:style>
<style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Objet" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-weight="bold" fo:color="#2e5e4e" fo:font-size="11pt"/></style:style>
<style:style style:name="Signature" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm"/></style:style>
<style:style style:name="CadreTitre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-weight="bold" fo:color="#2e5e4e"/></style:style>
<style:style style:name="CadreDate" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.12cm"><style:tab-stops><style:tab-stop style:position="6.6cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#2e5e4e"/></style:style>
<style:style style:name="CadreEp" style:family="paragraph"><style:paragraph-properties fo:border-bottom="0.06pt solid #7a9a8a" fo:padding-bottom="0.05cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="Petit" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
<style:style style:name="PetitGras" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Petit">{x(TN.ADRESSE_RECTORAT)}</text:p></style:footer></style:master-page></office:master-styles>
</office:document-styles>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
    out = P("circulaire_esf_2026_nice.odt")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
    return out


# ---------------------------------------------------------------- D. Martinique NDRC 2027 (reportlab, days as columns)
def build_martinique():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    import glob
    reg = glob.glob("/usr/share/fonts/**/LiberationSans-Regular.ttf", recursive=True)
    bold = glob.glob("/usr/share/fonts/**/LiberationSans-Bold.ttf", recursive=True)
    pdfmetrics.registerFont(TTFont("LS", reg[0])); pdfmetrics.registerFont(TTFont("LSB", bold[0]))
    out = P("circulaire_ndrc_2027_martinique.pdf")
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle(TM.OBJET); c.setAuthor("DEC Martinique")
    W, H = A4

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

    def block(text, y, font="LS", size=10, x=60, width=W - 120, lead=13.5):
        c.setFont(font, size)
        for line in wrap(text, font, size, width):
            c.drawString(x, y, line); y -= lead
        return y - 4

    # page 1 — letter
    c.setFillColorRGB(0.0, 0.35, 0.45); c.rect(0, H - 18, W, 18, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    y = H - 50
    for i, l in enumerate(TM.EN_TETE):
        c.setFont("LSB" if i == 0 else "LS", 11 if i == 0 else 9); c.drawString(60, y, l); y -= 13
    c.setFont("LS", 10); c.drawRightString(W - 60, H - 50, TM.LIEU_DATE)
    y -= 18
    y = block(TM.OBJET, y, "LSB", 10.5)
    for t in TM.INTRO:
        y = block(t, y)
    y -= 6; c.setFont("LSB", 11); c.drawString(60, y, TM.TITRE_ORAUX); y -= 17
    for t in TM.ORAUX:
        c.setFont("LS", 10); c.drawString(70, y, "▪"); y = block(t, y, x=84, width=W - 144)
    y = block(TM.FERIES, y - 4, "LS", 9)
    y -= 6; c.setFont("LSB", 11); c.drawString(60, y, TM.TITRE_DOSSIERS); y -= 17
    for t in TM.DOSSIERS:
        y = block(t, y)
    c.setFont("LS", 7.5); c.drawCentredString(W / 2, 30, TM.ADRESSE_RECTORAT + " – 1/3")
    c.showPage()

    # page 2 — landscape grid, days as columns, row labels written vertically
    c.setPageSize(landscape(A4)); LW, LH = landscape(A4)
    c.setFont("LSB", 14); c.drawCentredString(LW / 2, LH - 55, TM.CAL_TITRE)
    x0, ytop, lab_w, col_w = 60, LH - 85, 48, (LW - 120 - 48) / 3
    heights = [28, 72, 64, 84, 40, 50]
    total = sum(heights)
    c.setLineWidth(0.8)
    # header row
    c.setFillColorRGB(0.85, 0.92, 0.95); c.rect(x0 + lab_w, ytop - heights[0], 3 * col_w, heights[0], fill=1, stroke=1)
    c.setFillColorRGB(0, 0, 0); c.setFont("LSB", 11)
    for j, d in enumerate(TM.CAL_JOURS):
        c.drawCentredString(x0 + lab_w + col_w * (j + 0.5), ytop - 17, d)
    y = ytop - heights[0]
    for (label, vals), h in zip(TM.CAL_LIGNES, heights[1:]):
        c.rect(x0, y - h, lab_w, h, stroke=1, fill=0)
        c.saveState(); c.translate(x0 + lab_w / 2 + 3, y - h / 2); c.rotate(90)
        c.setFont("LSB", 7.5 if len(label) > 12 else 8.5)
        parts = label.split(" de ") if len(label) > 14 else [label]
        if len(parts) == 2:
            parts = [parts[0] + " de", parts[1]]
        for k, ptxt in enumerate(parts):
            c.drawCentredString(0, 4 - 9 * k, ptxt)
        c.restoreState()
        for j, v in enumerate(vals):
            c.rect(x0 + lab_w + col_w * j, y - h, col_w, h, stroke=1, fill=0)
            lines = v.split("\n")
            c.setFont("LSB" if label.startswith("Heure de M") else "LS", 11 if label.startswith("Heure") else 10)
            for k, l in enumerate(lines):
                c.drawCentredString(x0 + lab_w + col_w * (j + 0.5), y - h / 2 + 4 + 6 * (len(lines) - 1) - 13 * k, l)
        y -= h
    c.setFont("LS", 9.5); c.drawString(x0, y - 22, TM.CAL_NOTE)
    c.setFont("LS", 7.5); c.drawCentredString(LW / 2, 30, TM.ADRESSE_RECTORAT + " – 2/3")
    c.showPage()

    # page 3 — centres, délibérations, signature
    c.setPageSize(A4)
    y = H - 60; c.setFont("LSB", 11); c.drawString(60, y, TM.TITRE_CENTRES); y -= 22
    for nom, lignes, usage in TM.CENTRES:
        c.setFont("LSB", 10); c.drawString(70, y, nom); c.setFont("LS", 9); c.drawRightString(W - 60, y, usage); y -= 13
        c.setFont("LS", 10)
        for l in lignes:
            c.drawString(70, y, l); y -= 13
        y -= 8
    y = block(TM.FORMATION, y, "LS", 9.5)
    y -= 8; c.setFont("LSB", 11); c.drawString(60, y, TM.TITRE_FIN); y -= 17
    for t in TM.FIN:
        y = block(t, y)
    y -= 30
    for i, l in enumerate(TM.SIGNATURE):
        c.setFont("LSB" if i == len(TM.SIGNATURE) - 1 else "LS", 10); c.drawString(320, y, l); y -= 14
    c.setFont("LS", 7.5); c.drawCentredString(W / 2, 30, TM.ADRESSE_RECTORAT + " – 3/3")
    c.showPage(); c.save()
    return out


# ---------------------------------------------------------------- E. note nationale CPRP 2026 (vertical headers, repeated header)
def build_cprp():
    doc = base_doc()
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Note d'organisation BTS CPRP 2026 – "); r.font.size = Pt(7.5); add_page_field(fp)
    for i, l in enumerate(TP.EMETTEUR):
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(10 if i == 0 else 8.5)
    p = doc.add_paragraph(TP.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(TP.DESTINATAIRES); p.paragraph_format.left_indent = Cm(8)
    p = doc.add_paragraph(); r = p.add_run(TP.OBJET); r.bold = True
    p = doc.add_paragraph(); r = p.add_run(TP.REFS); r.font.size = Pt(8.5); r.italic = True
    doc.add_paragraph(TP.INTRO)
    # landscape section for the calendar
    land = doc.add_section()
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = Cm(29.7), Cm(21)
    heading(doc, TP.T_CAL)
    t = doc.add_table(rows=1 + len(TP.CAL), cols=len(TP.CAL_ENTETE)); t.style = "Table Grid"
    widths = [Cm(1.3), Cm(1.3), Cm(9.5), Cm(4.5), Cm(3.6), Cm(1.6), Cm(2.6)]
    hdr = t.rows[0]
    row_header_repeat(hdr, height_cm=2.6)
    for j, (cell, txt) in enumerate(zip(hdr.cells, TP.CAL_ENTETE)):
        cell_text(cell, txt, True, 9)
        cell_shade(cell, "E7E6E6")
        if j in (0, 1, 5, 6):
            cell_vertical(cell)  # header text written bottom-to-top
    for i, vals in enumerate(TP.CAL):
        row = t.rows[1 + i]; row_cant_split(row)
        trPr = row._tr.get_or_add_trPr(); hr = OxmlElement("w:trHeight"); hr.set(qn("w:val"), str(int(1.75 * 567))); hr.set(qn("w:hRule"), "atLeast"); trPr.append(hr)
        for cell, v in zip(row.cells, vals):
            cell_text(cell, v, size=10)
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    p = doc.add_paragraph(); r = p.add_run(TP.CAL_NOTE); r.font.size = Pt(8.5); r.italic = True
    port = doc.add_section()
    port.orientation = WD_ORIENT.PORTRAIT
    port.page_width, port.page_height = Cm(21), Cm(29.7)
    heading(doc, TP.T_JALONS)
    for l in TP.JALONS:
        doc.add_paragraph(l, style="List Number")
    heading(doc, TP.T_DIVERS)
    doc.add_paragraph(TP.DIVERS)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(18)
    for i, l in enumerate(TP.SIGNATURE):
        r = p.add_run(l); r.bold = i == len(TP.SIGNATURE) - 1
        if i < len(TP.SIGNATURE) - 1:
            r.add_break()
    out = P("note_nationale_cprp_2026.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- conversions and scans
def soffice_pdf(paths):
    tmp = tempfile.mkdtemp(prefix="ah_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", tmp] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def render(pdf, dpi, gray=False):
    tmp = tempfile.mkdtemp(prefix="ah_ppm_")
    args = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + [pdf, os.path.join(tmp, "p")]
    subprocess.run(args, check=True)
    files = sorted(f for f in os.listdir(tmp))
    imgs = [Image.open(os.path.join(tmp, f)).copy() for f in files]
    shutil.rmtree(tmp, ignore_errors=True)
    return imgs


def flatbed_scan(pdf, out):
    """Grey flatbed scan at 200 dpi: slight skew, paper tone, noise, JPEG-compressed pages in an image-only PDF."""
    rng = np.random.default_rng(11)
    pages = []
    for k, im in enumerate(render(pdf, 200, gray=True)):
        im = im.convert("L")
        angle = [0.6, -0.45, 0.8, -0.3][k % 4]
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.88 + 18  # paper is not pure white, ink not pure black
        a += rng.normal(0, 6, a.shape)
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55  # dark band at the scanner lid edge
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=70); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(out, "PDF", resolution=200, save_all=True, append_images=pages[1:])


def find_coeffs(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64); B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def phone_photo(pdf, out):
    """Phone photo of each page on a desk: perspective, uneven lighting, colour cast, JPEG."""
    rng = np.random.default_rng(5)
    pages = []
    for k, im in enumerate(render(pdf, 130)):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.16), int(h * 1.12)
        bg = Image.new("RGB", (W, H), (92, 74, 58))  # wooden desk
        ox, oy = (W - w) // 2, (H - h) // 2
        bg.paste(im, (ox, oy))
        # page corners move: top narrower than bottom (photo taken from below)
        j = lambda s: s * (0.7 + 0.6 * rng.random())
        dst = [(ox + j(0.05 * w), oy + j(0.02 * h)), (ox + w - j(0.035 * w), oy + j(0.035 * h)),
               (ox + w + j(0.01 * w), oy + h - j(0.01 * h)), (ox - j(0.01 * w), oy + h + j(0.005 * h))]
        src = [(ox, oy), (ox + w, oy), (ox + w, oy + h), (ox, oy + h)]
        warped = bg.transform((W, H), Image.PERSPECTIVE, find_coeffs(dst, src), Image.BICUBIC, fillcolor=(92, 74, 58))
        a = np.asarray(warped).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        light = 1.0 - 0.32 * ((xx / W - 0.25) ** 2 + (yy / H - 0.2) ** 2)  # light from the top-left
        shadow = np.where(xx > W * (0.72 + 0.1 * yy / H), 0.82, 1.0)      # shadow of the phone / hand
        a = a * (light * shadow)[..., None]
        a *= np.array([1.0, 0.97, 0.88])  # warm indoor light
        a += rng.normal(0, 5, a.shape)
        a = np.clip(a, 0, 255).astype(np.uint8)
        img = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.8))
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=55); buf.seek(0)
        pages.append(Image.open(buf).convert("RGB"))
    pages[0].save(out, "PDF", resolution=130, save_all=True, append_images=pages[1:])


def main():
    a = build_creteil(); b = build_strasbourg(); c = build_nice(); build_martinique(); e = build_cprp()
    soffice_pdf([a, b, c, e])
    flatbed_scan(P("note_nationale_cprp_2026.pdf"), P("note_nationale_cprp_2026_scan.pdf"))
    phone_photo(P("circulaire_ndrc_2027_martinique.pdf"), P("circulaire_ndrc_2027_martinique_scan.pdf"))
    print("built:", sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".docx", ".odt", ".html"))))


if __name__ == "__main__":
    main()
