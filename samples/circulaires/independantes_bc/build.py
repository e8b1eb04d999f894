#!/usr/bin/env python3
"""Build the independantes_bc corpus (calendars received as spreadsheets).
Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp)."""
import csv, datetime as dt, glob, io, os, random, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageFilter
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import textes_rennes as TR
import textes_lille as TL
import textes_normandie as TN
import textes_grenoble as TG
import textes_ol as TO

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bc"
random.seed(11)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FR_LONG = "[$-40C]dddd d mmmm yyyy"   # « lundi 11 mai 2026 »
FR_SHORT = "dd/mm/yyyy"               # « jj/mm/aaaa »
FR_DAY = "[$-40C]dddd"                # « lundi »
HHMM = "hh:mm"


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def landscape_fit(ws, footer=None):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    if footer:
        ws.oddFooter.left.text = footer
    ws.oddFooter.right.text = "Page &P / &N"


def soffice(args, outdir):
    """LibreOffice (Writer + Calc) with a private profile; it exits 0 even when a file cannot be loaded."""
    r = subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"] + args + ["--outdir", outdir],
                       capture_output=True, text=True)
    if r.returncode or "Error" in r.stderr + r.stdout:
        raise SystemExit(f"soffice failed: {r.stdout}{r.stderr}\n(libreoffice-calc is needed for .xlsx/.ods)")


# ------------------------------------------------------------------ 1. Rennes: xlsx + pdf
def build_rennes():
    wb = Workbook()
    ws = wb.active
    ws.title = "Calendrier"
    widths = [27, 13, 10, 10, 52, 8, 8, 14, 16, 44]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.column_dimensions["H"].hidden = True  # « Réf. sujet » : interne, masquée
    ws.merge_cells("A1:J1")
    ws["A1"] = TR.TITRE
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("1F3864")
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    ws["A2"] = TR.SOUS_TITRE
    ws["A2"].font = Font(italic=True, size=11)
    ws["F2"] = TR.VERSION_LIBELLE
    ws["F2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("G2:I2")
    ws["G2"] = TR.VERSION_DATE
    ws["G2"].number_format = FR_SHORT
    ws["G2"].alignment = Alignment(horizontal="left")
    ws["G2"].font = Font(bold=True)
    ws.merge_cells("A3:J3")
    ws["A3"] = TR.SERVICE
    ws["A3"].font = Font(size=9, color="555555")

    def header(row, label):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        c = ws.cell(row, 1, label)
        c.font = Font(bold=True, size=12)
        c.fill = fill("D9D9D9")
        for col, h in enumerate(TR.ENTETES, 1):
            hc = ws.cell(row + 1, col, h)
            hc.font = Font(bold=True)
            hc.border = BOX
            hc.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            hc.fill = fill("F2F2F2")

    header(5, "1. ÉPREUVES ÉCRITES PONCTUELLES")
    r = 7
    first_of_day = {}
    for (d, ep, un, lib, t1, t2, ref, ctr, obs) in TR.ECRITS:
        vals = [d, None, ep, un, lib, t1, t2, ref, ctr, obs]
        for col, v in enumerate(vals, 1):
            c = ws.cell(r, col, v)
            c.border = BOX
            c.alignment = Alignment(vertical="center", wrap_text=True)
            c.fill = fill("E2EFDA")
        ws.cell(r, 1).number_format = FR_LONG
        ws.cell(r, 6).number_format = HHMM
        ws.cell(r, 7).number_format = HHMM
        if d in first_of_day:  # même jour que la ligne précédente : cellule de date fusionnée sur deux lignes
            ws.cell(r, 1).value = None
            ws.merge_cells(start_row=first_of_day[d], start_column=1, end_row=r, end_column=1)
        else:
            first_of_day[d] = r
        r += 1

    r += 1
    header(r, "2. DOSSIERS, ÉPREUVES ORALES, RÉUNIONS ET JURY")
    r += 2
    for (du, au, ep, un, lib, h, ctr, obs) in TR.OPERATIONS:
        vals = [du, au, ep, un, lib, h, None, None, ctr, obs]
        colour = "DDEBF7" if ep else "EDEDED"
        for col, v in enumerate(vals, 1):
            c = ws.cell(r, col, v)
            c.border = BOX
            c.alignment = Alignment(vertical="center", wrap_text=True)
            c.fill = fill(colour)
        ws.cell(r, 1).number_format = FR_LONG
        ws.cell(r, 2).number_format = FR_SHORT
        ws.cell(r, 6).number_format = HHMM
        ws.row_dimensions[r].height = 27 if (len(lib) > 52 or len(obs) > 44) else 15
        r += 1
    ws.freeze_panes = "A7"
    landscape_fit(ws, "Rectorat de Rennes – DEC 4")

    wc = wb.create_sheet("Centres")
    for i, w in enumerate([12, 30, 34, 12, 40, 16], 1):
        wc.column_dimensions[get_column_letter(i)].width = w
    wc["A1"] = "Centres d'épreuves – BTS PI session 2026"
    wc["A1"].font = Font(bold=True, size=12)
    for col, h in enumerate(TR.CENTRES_ENTETES, 1):
        c = wc.cell(3, col, h)
        c.font = Font(bold=True)
        c.border = BOX
        c.fill = fill("F2F2F2")
    for i, row in enumerate(TR.CENTRES, 4):
        for col, v in enumerate(row, 1):
            c = wc.cell(i, col, v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
    landscape_fit(wc, "Rectorat de Rennes – DEC 4")

    wl = wb.create_sheet("Légende")
    wl.column_dimensions["A"].width = 26
    wl.column_dimensions["B"].width = 90
    wl["A1"] = "Légende et remarques"
    wl["A1"].font = Font(bold=True, size=12)
    colours = {"Couleur verte": "E2EFDA", "Couleur bleue": "DDEBF7", "Couleur grise": "EDEDED"}
    for i, (k, v) in enumerate(TR.LEGENDE, 3):
        a = wl.cell(i, 1, k)
        wl.cell(i, 2, v)
        a.font = Font(bold=True)
        if k in colours:
            a.fill = fill(colours[k])
    landscape_fit(wl)
    wb.properties.creator = "DEC 4 Rennes"
    out = P("circulaire_pi_2026_rennes.xlsx")
    wb.save(out)
    return out


# ------------------------------------------------------------------ 2. Lille: hand-written ODS + pdf + scan
ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def ods_text(text, style="Cell", span_cols=1, span_rows=1):
    attrs = f' table:style-name="{style}"'
    if span_cols > 1:
        attrs += f' table:number-columns-spanned="{span_cols}"'
    if span_rows > 1:
        attrs += f' table:number-rows-spanned="{span_rows}"'
    if text == "" or text is None:
        return f"<table:table-cell{attrs}/>"
    paras = "".join(f"<text:p>{escape(line)}</text:p>" for line in str(text).split("\n"))
    return f'<table:table-cell{attrs} office:value-type="string">{paras}</table:table-cell>'


def ods_date(d, style="CellDate", span_rows=1, formula=None, shown=None):
    attrs = f' table:style-name="{style}"'
    if span_rows > 1:
        attrs += f' table:number-rows-spanned="{span_rows}"'
    if formula:
        attrs += f' table:formula="{escape(formula)}"'
    shown = shown or d.strftime("%d/%m/%Y")
    return (f'<table:table-cell{attrs} office:value-type="date" office:date-value="{d.isoformat()}">'
            f"<text:p>{escape(shown)}</text:p></table:table-cell>")


def ods_time(t, style="CellTime"):
    if t is None:
        return f'<table:table-cell table:style-name="{style}"/>'
    return (f'<table:table-cell table:style-name="{style}" office:value-type="time" '
            f'office:time-value="PT{t.hour:02d}H{t.minute:02d}M00S"><text:p>{t.strftime("%H:%M")}</text:p></table:table-cell>')


COVERED = '<table:covered-table-cell table:style-name="Cell"/>'


def build_lille():
    rows = []
    cols = [("c1", "2.6cm"), ("c2", "2.2cm"), ("c3", "1.6cm"), ("c4", "8.4cm"), ("c5", "2.3cm"), ("c6", "2.3cm"),
            ("c7", "2.4cm"), ("c8", "5.0cm")]
    rows.append("<table:table-row>" + ods_text(TL.TITRE, "Title", span_cols=8) +
                "<table:covered-table-cell/>" * 7 + "</table:table-row>")
    rows.append("<table:table-row>" + ods_text(TL.SOUS_TITRE, "Sub", span_cols=8) +
                "<table:covered-table-cell/>" * 7 + "</table:table-row>")
    rows.append("<table:table-row>" + "<table:table-cell/>" * 8 + "</table:table-row>")
    rows.append("<table:table-row>" + "".join(ods_text(h, "Head") for h in TL.ENTETES) + "</table:table-row>")
    seen = set()
    for i, (d, ep, lib, t1, t2, ctr, rem) in enumerate(TL.ECRITS):
        r = len(rows) + 1  # 1-based row number in the sheet
        n_same = sum(1 for e in TL.ECRITS if e[0] == d)
        if d in seen:
            cells = COVERED + COVERED
        else:
            seen.add(d)
            cells = (ods_date(d, span_rows=n_same) +
                     ods_date(d, "CellDay", span_rows=n_same, formula=f"of:=[.A{r}]", shown=JOURS[d.weekday()]))
        cells += ods_text(ep, "CellC") + ods_text(lib) + ods_time(t1) + ods_time(t2) + ods_text(ctr, "CellC") + ods_text(rem)
        rows.append("<table:table-row>" + cells + "</table:table-row>")
    rows.append("<table:table-row>" + "<table:table-cell/>" * 8 + "</table:table-row>")
    rows.append("<table:table-row>" + ods_text("Dossiers, oraux, réunions, jury", "Sub", span_cols=8) +
                "<table:covered-table-cell/>" * 7 + "</table:table-row>")
    rows.append("<table:table-row>" + "".join(ods_text(h, "Head") for h in TL.ORAUX_ENTETES) +
                "<table:table-cell/></table:table-row>")
    for (du, au, ep, obj, h, ctr, rem) in TL.ORAUX:
        cells = ods_date(du) + (ods_date(au) if au else ods_text("")) + ods_text(ep, "CellC") + ods_text(obj) + \
            ods_time(h) + ods_text(ctr, "CellC") + ods_text(rem) + "<table:table-cell/>"
        rows.append("<table:table-row>" + cells + "</table:table-row>")
    rows.append("<table:table-row>" + "<table:table-cell/>" * 8 + "</table:table-row>")
    for note in TL.NOTES:
        rows.append("<table:table-row>" + ods_text(note, "Note", span_cols=8) +
                    "<table:covered-table-cell/>" * 7 + "</table:table-row>")
    colxml = "".join(f'<table:table-column table:style-name="{n}"/>' for n, _ in cols)
    sheet1 = f'<table:table table:name="Calendrier 2027" table:style-name="ta1">{colxml}{"".join(rows)}</table:table>'

    crow = ["<table:table-row>" + ods_text("Centres d'épreuves et repères", "Title", span_cols=4) +
            "<table:covered-table-cell/>" * 3 + "</table:table-row>",
            "<table:table-row>" + "".join(ods_text(h, "Head") for h in TL.CENTRES_ENTETES) + "</table:table-row>"]
    for c in TL.CENTRES:
        crow.append("<table:table-row>" + ods_text(c[0], "CellC") + "".join(ods_text(v) for v in c[1:]) +
                    "</table:table-row>")
    ccols = "".join(f'<table:table-column table:style-name="{n}"/>' for n in ("c3", "c4", "c8", "c7"))
    sheet2 = f'<table:table table:name="Centres" table:style-name="ta1">{ccols}{"".join(crow)}</table:table>'

    colstyles = "".join(f'<style:style style:name="{n}" style:family="table-column"><style:table-column-properties '
                        f'style:column-width="{w}"/></style:style>' for n, w in cols)
    border = 'fo:border="0.5pt solid #7f7f7f"'
    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODS_NS}>
<office:automatic-styles>
<number:date-style style:name="Ndate" number:language="fr" number:country="FR"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:date-style style:name="Nday" number:language="fr" number:country="FR"><number:day-of-week number:style="long"/></number:date-style>
<number:time-style style:name="Ntime" number:language="fr" number:country="FR"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
{colstyles}
<style:style style:name="ta1" style:family="table" style:master-page-name="Paysage"><style:table-properties table:display="true"/></style:style>
<style:style style:name="Title" style:family="table-cell"><style:table-cell-properties fo:background-color="#7b2c2c"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
<style:style style:name="Sub" style:family="table-cell"><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
<style:style style:name="Note" style:family="table-cell"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#f2dcdb" {border} fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties {border} fo:wrap-option="wrap" style:vertical-align="middle"/></style:style>
<style:style style:name="CellC" style:family="table-cell"><style:table-cell-properties {border} style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="CellDate" style:family="table-cell" style:data-style-name="Ndate"><style:table-cell-properties {border} style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="CellDay" style:family="table-cell" style:data-style-name="Nday"><style:table-cell-properties {border} style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="CellTime" style:family="table-cell" style:data-style-name="Ntime"><style:table-cell-properties {border} style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>{sheet1}{sheet2}</office:spreadsheet></office:body>
</office:document-content>'''
    styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODS_NS}>
<office:styles><style:default-style style:family="table-cell"><style:text-properties fo:font-size="10pt" style:font-name="Liberation Sans" fo:language="fr" fo:country="FR"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="pmPaysage"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/>
<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Paysage" style:page-layout-name="pmPaysage">
<style:header style:display="false"/>
<style:footer><style:region-left><text:p>{escape(TL.PIED)}</text:p></style:region-left><style:region-right><text:p>page <text:page-number>1</text:page-number></text:p></style:region-right></style:footer>
</style:master-page>
</office:master-styles>
</office:document-styles>'''
    meta = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODS_NS}><office:meta><meta:generator>Calc (saisie DEC 2)</meta:generator><dc:title>BTS CG 2027 calendrier</dc:title></office:meta></office:document-meta>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
    out = P("circulaire_cg_2027_lille.ods")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return out


# ------------------------------------------------------------------ 3. Normandie: csv (cp1252) + printed pdf
def build_normandie():
    text = TN.LIGNES.replace("\r\n", "\n")
    out = P("circulaire_tpl_2028_normandie.csv")
    with open(out, "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("cp1252"))
    # The secretary opens the export in Calc (all columns as text), widens the columns and prints it.
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    wb = Workbook()
    ws = wb.active
    ws.title = "circulaire_tpl_2028_normandie"
    widths = [8, 10, 9, 11, 13, 66, 11, 10, 12, 11, 24, 10, 28]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v)
            cell.number_format = "@"
            cell.alignment = Alignment(wrap_text="\n" in v, vertical="top")
            if r == 1:
                cell.font = Font(bold=True)
        if any("\n" in v for v in row):
            ws.row_dimensions[r].height = 27
    ws.print_options.gridLines = True
    ws.print_options.headings = True  # column letters and row numbers, as printed from Calc
    landscape_fit(ws)
    ws.oddHeader.center.text = "circulaire_tpl_2028_normandie.csv"
    tmp = tempfile.mkdtemp()
    x = os.path.join(tmp, "circulaire_tpl_2028_normandie.xlsx")
    wb.save(x)
    soffice(["--convert-to", "pdf", x], HERE)
    shutil.rmtree(tmp)
    return out


# ------------------------------------------------------------------ 4. Grenoble: csv (UTF-8 BOM)
def build_grenoble():
    out = P("circulaire_tourisme_2025_grenoble.csv")
    with open(out, "w", encoding="utf-8-sig", newline="\n") as f:
        f.write(TG.LIGNES)
    return out


# ------------------------------------------------------------------ 5. OL national note: xlsx with formulas, re-saved by LibreOffice
def build_ol():
    wb = Workbook()
    ws = wb.active
    ws.title = "Calendrier national"
    for i, w in enumerate([13, 11, 9, 44, 8, 8, 8, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.merge_cells("A1:H1")
    ws["A1"] = TO.TITRE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:H2")
    ws["A2"] = TO.EMETTEUR
    ws["A2"].font = Font(italic=True)
    ws["A3"] = TO.NOTE_LIBELLE
    ws["A3"].alignment = Alignment(horizontal="right")
    ws.merge_cells("B3:D3")
    ws["B3"] = TO.NOTE_DATE
    ws["B3"].number_format = FR_LONG
    ws["B3"].alignment = Alignment(horizontal="left")
    for col, h in enumerate(TO.ENTETES, 1):
        c = ws.cell(4, col, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
    r = 5
    for (d, ep, lib, t1, dur, coef) in TO.ECRITS:
        ws.cell(r, 1, d).number_format = FR_SHORT
        ws.cell(r, 2, f"=A{r}").number_format = FR_DAY
        ws.cell(r, 3, ep)
        ws.cell(r, 4, lib)
        ws.cell(r, 5, t1).number_format = HHMM
        ws.cell(r, 6, dur).number_format = "[h]:mm"
        ws.cell(r, 7, f"=E{r}+F{r}").number_format = HHMM
        ws.cell(r, 8, coef)
        for col in range(1, 9):
            ws.cell(r, col).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Épreuves sans date nationale").font = Font(bold=True)
    r += 1
    for (ep, lib, obs) in TO.SANS_DATE:
        ws.cell(r, 3, ep)
        ws.cell(r, 4, lib)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
        ws.cell(r, 5, obs).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    ws.cell(r, 1, "Opérations nationales").font = Font(bold=True)
    r += 1
    for col, h in enumerate(TO.JALONS_ENTETES, 1):
        ws.cell(r, col if col < 4 else 5, h).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
    r += 1
    for (d, op, obs) in TO.JALONS:
        ws.cell(r, 1, d).number_format = FR_SHORT
        ws.cell(r, 2, f"=A{r}").number_format = FR_DAY
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        ws.cell(r, 3, op).alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
        ws.cell(r, 5, obs).alignment = Alignment(wrap_text=True)
        ws.row_dimensions[r].height = 30
        r += 1
    landscape_fit(ws, "DGESIP A1-2")
    wn = wb.create_sheet("Notes")
    wn.column_dimensions["A"].width = 120
    for i, n in enumerate(TO.NOTES, 1):
        wn.cell(i, 1, n).alignment = Alignment(wrap_text=True)
    landscape_fit(wn)
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "note_nationale_ol_2029.xlsx")
    wb.save(src)
    # re-saved by LibreOffice Calc: formulas get their cached values, as in a workbook saved by a spreadsheet program
    soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", src], HERE)
    shutil.rmtree(tmp)
    return P("note_nationale_ol_2029.xlsx")


# ------------------------------------------------------------------ scan of the printed Lille sheet
def flatbed_scan(pdf, out, dpi=150):
    tmp = tempfile.mkdtemp()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    rng = np.random.default_rng(5)
    for f in sorted(glob.glob(os.path.join(tmp, "p*.pgm"))):
        im = Image.open(f).convert("L")
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.88 + 18                                 # grey paper, toner not fully black
        a += rng.normal(0, 7, a.shape)                   # sensor noise
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55                   # dark band at the lid edge
        a[:, :] *= np.linspace(1.0, 0.93, w)[None, :]    # uneven lamp
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=68)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi))
    shutil.rmtree(tmp)


def main():
    a = build_rennes()
    b = build_lille()
    build_normandie()
    build_grenoble()
    build_ol()
    soffice(["--convert-to", "pdf", a, b, P("note_nationale_ol_2029.xlsx")], HERE)
    flatbed_scan(P("circulaire_cg_2027_lille.pdf"), P("circulaire_cg_2027_lille_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")) and os.path.isfile(P(f)):
            print(f"{f:45s} {os.path.getsize(P(f)):>9d}")


if __name__ == "__main__":
    main()
