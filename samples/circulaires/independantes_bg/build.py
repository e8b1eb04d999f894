#!/usr/bin/env python3
"""Build the independantes_bg corpus (legacy and odd office formats). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temporary files under /tmp).

  circulaire_cg_2026_lille.rtf            hand-written RTF (\\trowd tables, \\'xx escapes)  -> .pdf by LibreOffice
  circulaire_crsa_2027_normandie.doc      python-docx DOCX saved as Word 97-2003 by LibreOffice -> .pdf from the .doc
  circulaire_crsa_2027_normandie_scan.pdf the .pdf printed and faxed: 200 dpi, 1 bit, fax header line, no text layer
  circulaire_tourisme_2028_grenoble.xls   openpyxl XLSX saved as Excel 97-2003 by LibreOffice Calc -> .pdf from the .xls
  circulaire_ms_2029_rennes.fodt          flat OpenDocument text written by hand (one XML file) -> .pdf
  note_nationale_mhr_2027.docm            python-docx DOCX whose main part is re-typed macroEnabled -> .pdf
"""
import datetime as dt, os, random, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

import textes_lille as TL
import textes_normandie as TN
import textes_grenoble as TG
import textes_rennes as TR
import textes_mhr as TM

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bg"
TMP = tempfile.mkdtemp(prefix="bg_build_")
random.seed(11)


def soffice(src, target, outdir):
    """LibreOffice headless conversion; target is e.g. 'pdf', 'doc:MS Word 97', 'xls:MS Excel 97'."""
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", target,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)


# =====================================================================  RTF (hand-written)
def rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\n":
            out.append("\\line ")
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def rtf_table(widths_cm, header, rows):
    out = []
    def row(cells, head):
        r = ["\\trowd\\trgaph85\\trleft0\\trqc" + ("\\trhdr" if head else "")]
        x = 0
        for w in widths_cm:
            x += int(w * 567)
            r.append("\\clvertalc\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10"
                     "\\clbrdrr\\brdrs\\brdrw10" + ("\\clcbpat3" if head else "") + f"\\cellx{x}")
        r.append("\n")
        for c in cells:
            r.append("\\pard\\intbl\\sa40\\sb40\\fs19" + ("\\b" if head else "") + " " + rtf_text(c)
                     + ("\\b0" if head else "") + "\\cell\n")
        r.append("\\row\n")
        return "".join(r)
    out.append(row(header, True))
    for cells in rows:
        out.append(row(cells, False))
    out.append("\\pard\\sa120\\par\n")
    return "".join(out)


def build_rtf():
    parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1036\n",
             "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}\n",
             "{\\colortbl;\\red0\\green0\\blue0;\\red31\\green56\\blue100;\\red217\\green226\\blue240;}\n",
             "{\\info{\\title Circulaire BTS CG session 2026}{\\author DEC 3 Lille}"
             "{\\creatim\\yr2026\\mo1\\dy21\\hr17\\min4}{\\revtim\\yr2026\\mo1\\dy22\\hr8\\min51}}\n",
             "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\\viewkind1\n",
             "{\\header\\pard\\qr\\f1\\fs16\\cf2 Acad\\'e9mie de Lille \\endash  DEC 3 \\endash  BTS CG 2026\\par}\n",
             "{\\footer\\pard\\qc\\f1\\fs16 Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n",
             "\\f1\\fs21\n"]
    for kind, *rest in TL.BLOCS:
        if kind == "titre":
            parts.append("\\pard\\qc\\sa60\\b\\fs30\\cf2 " + rtf_text(rest[0]) + "\\b0\\fs21\\cf1\\par\n")
        elif kind == "petit":
            parts.append("\\pard\\qc\\sa240\\i\\fs17 " + rtf_text(rest[0]) + "\\i0\\fs21\\par\n")
        elif kind == "droite":
            parts.append("\\pard\\qr\\sa200 " + rtf_text(rest[0]) + "\\par\n")
        elif kind == "gras":
            parts.append("\\pard\\qj\\sb120\\sa120\\b " + rtf_text(rest[0]) + "\\b0\\par\n")
        elif kind == "h":
            parts.append("\\pard\\keepn\\sb240\\sa120\\b\\fs24\\cf2\\ul " + rtf_text(rest[0]) + "\\ulnone\\b0\\fs21\\cf1\\par\n")
        elif kind == "h2":
            parts.append("\\pard\\keepn\\sb160\\sa80\\b\\i " + rtf_text(rest[0]) + "\\b0\\i0\\par\n")
        elif kind == "p":
            align = "\\ql" if "\n" in rest[0] else "\\qj"  # lines broken by \\line stay ragged
            parts.append("\\pard" + align + "\\sa120 " + rtf_text(rest[0]) + "\\par\n")
        elif kind == "liste":
            for item in rest[0]:
                parts.append("\\pard\\qj\\fi-284\\li568\\tx568\\sa60 \\'95\\tab " + rtf_text(item) + "\\par\n")
            parts.append("\\pard\\sa60\\par\n")
        elif kind == "table":
            parts.append(rtf_table(*rest))
    parts.append("}\n")
    data = "".join(parts)
    data.encode("ascii")  # pure 7-bit file, as RTF should be
    with open(P("circulaire_cg_2026_lille.rtf"), "w", encoding="ascii", newline="\r\n") as f:
        f.write(data)
    soffice(P("circulaire_cg_2026_lille.rtf"), "pdf", HERE)


# =====================================================================  DOCX helpers (python-docx)
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_write(cell, text, bold=False, size=9.5):
    cell.text = ""
    par = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        r = par.add_run(line); r.bold = bold; r.font.size = Pt(size)
        if i < len(text.split("\n")) - 1:
            r.add_break()


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def docx_table(doc, widths, header, rows, font="Arial"):
    t = doc.add_table(rows=1 + len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; cell_write(c, h, bold=True); shade(c, "D9E2F3")
    header_repeat(t.rows[0])
    for r, cells in enumerate(rows, start=1):
        for i, v in enumerate(cells):
            cell_write(t.rows[r].cells[i], v)
    set_widths(t, widths)
    doc.add_paragraph()
    return t


def set_widths(t, widths):
    """Column widths in tblGrid (read by LibreOffice) and in every tcW (read by Word)."""
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def docx_blocks(doc, blocs):
    for kind, *rest in blocs:
        if kind == "titre":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for i, line in enumerate(rest[0].split("\n")):
                r = p.add_run(line); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
                if i < len(rest[0].split("\n")) - 1:
                    r.add_break()
        elif kind == "petit":
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest[0]); r.font.size = Pt(8); r.bold = True
        elif kind in ("p", "droite", "gras"):
            p = doc.add_paragraph()
            lines = rest[0].split("\n")
            p.alignment = (WD_ALIGN_PARAGRAPH.RIGHT if kind == "droite" else
                           WD_ALIGN_PARAGRAPH.LEFT if len(lines) > 1 else WD_ALIGN_PARAGRAPH.JUSTIFY)
            for i, line in enumerate(lines):
                r = p.add_run(line); r.bold = kind == "gras"
                if i < len(lines) - 1:
                    r.add_break()
        elif kind in ("h", "h2"):
            p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10); p.paragraph_format.keep_with_next = True
            r = p.add_run(rest[0]); r.bold = True; r.font.size = Pt(12 if kind == "h" else 11)
            r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        elif kind == "liste":
            for item in rest[0]:
                p = doc.add_paragraph(style="List Bullet"); p.add_run(item)
        elif kind == "table":
            docx_table(doc, *rest)


def docx_base(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = sec.bottom_margin = Cm(1.8)
    return doc


# =====================================================================  .doc (Word 97-2003) — Normandie
def build_doc():
    doc = docx_base("Arial", 10)
    docx_blocks(doc, TN.ENTETE)
    memo = doc.add_table(rows=len(TN.MEMO), cols=2)
    for i, (k, v) in enumerate(TN.MEMO):
        cell_write(memo.rows[i].cells[0], k + " :", bold=True, size=9)
        cell_write(memo.rows[i].cells[1], v, size=9.5)
    set_widths(memo, [4.2, 12.8])
    doc.add_paragraph()
    docx_blocks(doc, TN.CORPS)
    doc.add_page_break()
    docx_blocks(doc, TN.ANNEXE)
    foot = doc.sections[0].footer.paragraphs[0]
    foot.text = "Rectorat de Normandie – DEC – Pôle BTS industriels – circulaire BTS CRSA session 2027"
    foot.runs[0].font.size = Pt(7.5)
    src = os.path.join(TMP, "circulaire_crsa_2027_normandie.docx")
    doc.core_properties.author = "Y. Lemonnier"; doc.core_properties.title = "Circulaire CRSA 2027"
    doc.core_properties.comments = ""; doc.core_properties.last_modified_by = "Y. Lemonnier"
    doc.core_properties.created = dt.datetime(2027, 1, 14, 10, 12); doc.core_properties.modified = dt.datetime(2027, 1, 18, 8, 40)
    doc.save(src)
    soffice(src, "doc:MS Word 97", HERE)
    soffice(P("circulaire_crsa_2027_normandie.doc"), "pdf", HERE)


# =====================================================================  .docm (macro-enabled) — MHR national note
FORM_NS = nsdecls("w")


def form_field(par, name, date=False):
    ff = ('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/>'
          '<w:calcOnExit w:val="0"/><w:textInput>%s</w:textInput></w:ffData></w:fldChar></w:r>'
          % (FORM_NS, name, '<w:type w:val="date"/><w:format w:val="dd/MM/yyyy"/>' if date else ""))
    par._p.append(parse_xml(ff))
    par._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>' % FORM_NS))
    par._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % FORM_NS))
    par._p.append(parse_xml('<w:r %s><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">\u2002\u2002\u2002\u2002\u2002</w:t></w:r>' % FORM_NS))
    par._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % FORM_NS))


def build_docm():
    doc = docx_base("Calibri", 10.5)
    docx_blocks(doc, TM.BLOCS)
    doc.add_page_break()
    docx_blocks(doc, [("h", TM.BORDEREAU_TITRE)])
    for i, label in enumerate(TM.BORDEREAU_CHAMPS):
        p = doc.add_paragraph(); p.add_run(label + " : ").bold = True
        form_field(p, f"Texte{i + 1}", date=label.startswith("Date"))
    doc.core_properties.author = "DEC Nancy-Metz"; doc.core_properties.title = "Note nationale MHR 2027"
    doc.core_properties.comments = ""; doc.core_properties.last_modified_by = "DEC Nancy-Metz"
    doc.core_properties.created = dt.datetime(2026, 11, 12, 15, 3); doc.core_properties.modified = dt.datetime(2026, 11, 20, 9, 17)
    src = os.path.join(TMP, "mhr.docx")
    doc.save(src)
    dst = P("note_nationale_mhr_2027.docm")
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                txt = data.decode("utf-8")
                old = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                assert old in txt
                data = txt.replace(old, "application/vnd.ms-word.document.macroEnabled.main+xml").encode("utf-8")
            elif item.filename == "docProps/app.xml":
                txt = data.decode("utf-8")
                if "<Template>" in txt:
                    import re
                    txt = re.sub(r"<Template>.*?</Template>", "<Template>Normal.dotm</Template>", txt)
                data = txt.encode("utf-8")
            zout.writestr(item, data)
    soffice(dst, "pdf", HERE)


# =====================================================================  .fodt (flat ODF, hand-written) — Rennes
def fodt_par(style, text):
    lines = [escape(l) for l in text.split("\n")]
    return f'<text:p text:style-name="{style}">' + "<text:line-break/>".join(lines) + "</text:p>\n"


def fodt_table(n, widths, header, rows):
    cols = "".join(f'<style:style style:name="T{n}.C{i}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))
    styles = (f'<style:style style:name="T{n}" style:family="table"><style:table-properties style:width="{sum(widths):.2f}cm" '
              f'table:align="center" fo:margin-bottom="0.3cm"/></style:style>' + cols)
    x = [f'<table:table table:name="Tableau{n}" table:style-name="T{n}">']
    x += [f'<table:table-column table:style-name="T{n}.C{i}"/>' for i in range(len(widths))]
    x.append("<table:table-header-rows><table:table-row>")
    for h in header:
        x.append('<table:table-cell table:style-name="CellH" office:value-type="string">' + fodt_par("TH", h) + "</table:table-cell>")
    x.append("</table:table-row></table:table-header-rows>")
    for cells in rows:
        x.append("<table:table-row>")
        for c in cells:
            if c is None:
                x.append("<table:covered-table-cell/>")
            elif isinstance(c, dict):
                rs = f' table:number-rows-spanned="{c["rs"]}" table:number-columns-spanned="1"' if c.get("rs") else ""
                x.append(f'<table:table-cell table:style-name="Cell"{rs} office:value-type="string">' + fodt_par("TD", c["t"]) + "</table:table-cell>")
            else:
                x.append('<table:table-cell table:style-name="Cell" office:value-type="string">' + fodt_par("TD", c) + "</table:table-cell>")
        x.append("</table:table-row>")
    x.append("</table:table>\n")
    return styles, "".join(x)


def build_fodt():
    body, auto = [], []
    n = 0
    for kind, *rest in TR.BLOCS:
        if kind == "titre":
            body.append(fodt_par("Titre", rest[0]))
        elif kind == "droite":
            body.append(fodt_par("Droite", rest[0]))
        elif kind == "gras":
            body.append(fodt_par("Gras", rest[0]))
        elif kind == "h":
            body.append(f'<text:h text:style-name="H1" text:outline-level="1">{escape(rest[0])}</text:h>\n')
        elif kind == "p":
            body.append(fodt_par("Gauche" if "\n" in rest[0] else "Corps", rest[0]))
        elif kind == "liste":
            body.append('<text:list text:style-name="Puces">' + "".join(
                "<text:list-item>" + fodt_par("Corps", it) + "</text:list-item>" for it in rest[0]) + "</text:list>\n")
        elif kind == "table":
            n += 1
            st, tb = fodt_table(n, *rest)
            auto.append(st); body.append(tb)
    m = TR.META
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta>
  <meta:initial-creator>{escape(m["createur"])}</meta:initial-creator>
  <meta:creation-date>{m["creation"]}</meta:creation-date>
  <dc:creator>{escape(m["createur"])}</dc:creator>
  <dc:date>{m["modification"]}</dc:date>
  <dc:title>BTS MS 2029 - circulaire d'organisation</dc:title>
  <meta:generator>Rectorat-DEC/Modeles-2019</meta:generator>
 </office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.18cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Corps" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/></style:style>
  <style:style style:name="Gauche" style:family="paragraph"><style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.2cm"/></style:style>
  <style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
  <style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:margin-bottom="0.3cm"/></style:style>
  <style:style style:name="Gras" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
  <style:style style:name="TH" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="TD" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="9pt"/></style:style>
  <text:list-style style:name="Puces">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.5cm" fo:margin-left="1cm"/>
   </style:list-level-properties></text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde4ee" fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
  <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="middle"/></style:style>
  {"".join(auto)}
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2cm" fo:margin-right="2cm" style:print-orientation="portrait"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
 <office:body>
  <office:text>
{"".join(body)}  </office:text>
 </office:body>
</office:document>
'''
    with open(P("circulaire_ms_2029_rennes.fodt"), "w", encoding="utf-8") as f:
        f.write(xml)
    soffice(P("circulaire_ms_2029_rennes.fodt"), "pdf", HERE)


# =====================================================================  .xls (Excel 97-2003) — Grenoble
FMT_DATE = '[$-40C]ddd dd/mm/yyyy'
FMT_HEURE = 'hh:mm'


def build_xls():
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="C6D9F1")
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "Calendrier"
    widths = [7, 40, 10, 16, 16, 8, 8, 34]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = TG.TITRE[0]; ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = TG.TITRE[1]; ws["A2"].font = Font(bold=True, size=13, color="1F3864")
    ws["A3"] = TG.DATE_DOC; ws["A3"].number_format = '[$-40C]"Grenoble, le "d mmmm yyyy'
    ws["A3"].alignment = Alignment(horizontal="left")
    ws.merge_cells("A3:D3")
    ws["A4"] = TG.SUIVI; ws["A4"].font = Font(italic=True, size=9)
    r = 6
    for i, h in enumerate(TG.ENTETES):
        c = ws.cell(row=r, column=i + 1, value=h); c.font = Font(bold=True); c.fill = head_fill; c.border = box
        c.alignment = Alignment(horizontal="center")
    for code, intit, forme, du, au, deb, fin, lieu in TG.EPREUVES:
        r += 1
        vals = [code, intit, forme, du, au, deb, fin, lieu]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=i + 1, value=v if v is not None else ("—" if i in (3, 4) and forme == "CCF" else None))
            c.border = box; c.alignment = Alignment(vertical="center", wrap_text=i in (1, 7))
            if i in (3, 4) and v is not None:
                c.number_format = FMT_DATE
            if i in (5, 6) and v is not None:
                c.number_format = FMT_HEURE
    r += 1
    ws.cell(row=r, column=1, value=TG.NOTE_E2).font = Font(italic=True, size=9)
    r += 2
    ws.cell(row=r, column=1, value=TG.ECHEANCES_TITRE).font = Font(bold=True, color="1F3864")
    r += 1
    for col, h in zip((1, 4, 6, 7), TG.ECHEANCES_ENTETES):
        c = ws.cell(row=r, column=col, value=h); c.font = Font(bold=True); c.fill = head_fill
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for lib, d, h, obs in TG.ECHEANCES:
        r += 1
        ws.cell(row=r, column=1, value=lib)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        c = ws.cell(row=r, column=4, value=d); c.number_format = FMT_DATE
        if h is not None:
            c = ws.cell(row=r, column=6, value=h); c.number_format = FMT_HEURE
        ws.cell(row=r, column=7, value=obs)
    r += 2
    ws.cell(row=r, column=1, value=TG.FERIES_TITRE).font = Font(bold=True, color="7F7F7F")
    for lib, d in TG.FERIES:
        r += 1
        ws.cell(row=r, column=1, value=lib).font = Font(color="7F7F7F")
        c = ws.cell(row=r, column=4, value=d); c.number_format = FMT_DATE; c.font = Font(color="7F7F7F")
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "6:6"
    ws.oddFooter.center.text = "&A – page &P / &N"

    wc = wb.create_sheet("Centres")
    for i, w in enumerate([26, 32, 12, 16, 26]):
        wc.column_dimensions[chr(65 + i)].width = w
    for i, h in enumerate(TG.CENTRES_ENTETES):
        c = wc.cell(row=1, column=i + 1, value=h); c.font = Font(bold=True); c.fill = head_fill; c.border = box
    for j, row in enumerate(TG.CENTRES, start=2):
        for i, v in enumerate(row):
            c = wc.cell(row=j, column=i + 1, value=v); c.border = box
            if i == 2:
                c.number_format = "@"

    wf = wb.create_sheet("Formation")
    wf.column_dimensions["A"].width = 30; wf.column_dimensions["B"].width = 22; wf.column_dimensions["C"].width = 30
    wf["A1"] = TG.FORMATION_TITRE; wf["A1"].font = Font(bold=True)
    for j, row in enumerate(TG.FORMATION, start=3):
        for i, v in enumerate(row):
            wf.cell(row=j, column=i + 1, value=v)
    for sh in (wc, wf):
        sh.page_setup.orientation = "landscape"; sh.page_setup.paperSize = sh.PAPERSIZE_A4
        sh.page_setup.fitToWidth = 1; sh.page_setup.fitToHeight = 0
        sh.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.creator = "DEC4 Grenoble"; wb.properties.title = "BTS Tourisme 2028"
    src = os.path.join(TMP, "circulaire_tourisme_2028_grenoble.xlsx")
    wb.save(src)
    soffice(src, "xls:MS Excel 97", HERE)
    soffice(P("circulaire_tourisme_2028_grenoble.xls"), "pdf", HERE)


# =====================================================================  fax scan of the Normandie circular
def build_scan():
    src = P("circulaire_crsa_2027_normandie.pdf")
    prefix = os.path.join(TMP, "fax")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", src, prefix], check=True)
    pages = sorted(f for f in os.listdir(TMP) if f.startswith("fax") and f.endswith(".png"))
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 26)
    rng = np.random.default_rng(5)
    out = []
    for k, name in enumerate(pages, start=1):
        im = Image.open(os.path.join(TMP, name)).convert("L")
        im = im.rotate(random.uniform(-0.6, 0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, 18, a.shape)                       # sensor noise before thresholding
        # jitter: a few scan lines shifted sideways, as on a worn fax feeder
        for y in rng.choice(a.shape[0], 40, replace=False):
            a[y] = np.roll(a[y], int(rng.integers(-3, 4)))
        bw = np.where(a < 150, 0, 255).astype(np.uint8)
        # speckles and a vertical streak from a dirty glass
        sp = rng.random(bw.shape) < 0.0009
        bw[sp] = 0
        x0 = int(bw.shape[1] * 0.71)
        bw[:, x0:x0 + 2][rng.random((bw.shape[0], 2)) < 0.55] = 0
        img = Image.fromarray(bw, "L")
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, img.width, 44], fill=255)
        d.text((30, 8), f"JAN-22-2027 09:47   DEC NORMANDIE POLE BTS   +33 2 31 30 16 00   #4417   P.{k:03d}/{len(pages):03d}",
               font=font, fill=0)
        out.append(img.convert("1"))
    dst = P("circulaire_crsa_2027_normandie_scan.pdf")
    out[0].save(dst, "PDF", resolution=200, save_all=True, append_images=out[1:])


def main():
    build_rtf()
    build_doc()
    build_docm()
    build_fodt()
    build_xls()
    build_scan()
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")) and os.path.isfile(P(f)):
            print(f"{f:45s} {os.path.getsize(P(f)):>9d} bytes")


if __name__ == "__main__":
    main()
