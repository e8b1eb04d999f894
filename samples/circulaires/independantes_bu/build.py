#!/usr/bin/env python3
"""Build the independantes_bu corpus (calendar workbooks as they really live). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile /tmp/lo_bu and temp files in /tmp).
Producers: openpyxl (formulas, no cached values), xlsxwriter, LibreOffice 7.4 headless (recalculation, .xlsx/.ods/.xlsm)."""
import datetime as dt, os, re, shutil, subprocess, tempfile, zipfile

import xlsxwriter
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

import textes_nantes as TN
import textes_bordeaux as TB
import textes_strasbourg as TS
import textes_toulouse as TT

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = tempfile.mkdtemp(prefix="bu_build_")
LO_PROFILE = "file:///tmp/lo_bu"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FR = "[$-40C]dddd d mmmm yyyy"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HOUR = re.compile(r"^\d{2}:\d{2}$")


def lo_convert(src, fmt, outname, x=2):
    """LibreOffice headless conversion (private profile); the result is renamed to outname in this folder."""
    out = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", out, src], check=True, capture_output=True, timeout=240)
    produced = [f for f in os.listdir(out)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(out, produced[0]), P(outname))
    freeze(P(outname), x)


def rewrite_zip(path, name, fn):
    """Rewrite one entry of a zip package (mimetype kept first and stored, as ODF requires)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == name:
                data = fn(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data, compress_type=info.compress_type)
    os.replace(tmp, path)


ODS_VIEW = ('<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            '<config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name="{sheet}">'
            + "".join(f'<config:config-item config:name="{n}" config:type="{t}">{v}</config:config-item>' for n, t, v in (
                ("HorizontalSplitMode", "short", 2), ("VerticalSplitMode", "short", 2),
                ("HorizontalSplitPosition", "int", "{x}"), ("VerticalSplitPosition", "int", "{y}"),
                ("ActiveSplitRange", "short", 3), ("PositionLeft", "int", 0), ("PositionRight", "int", "{x}"),
                ("PositionTop", "int", 0), ("PositionBottom", "int", "{y}")))
            + '</config:config-item-map-entry></config:config-item-map-named>'
            '<config:config-item config:name="ActiveTable" config:type="string">{sheet}</config:config-item>'
            '</config:config-item-map-entry></config:config-item-map-indexed>')


def freeze(path, x=2, y=5):
    """LibreOffice headless drops the frozen panes of the source: put them back on the first sheet
    (as Calc itself writes them when a user saves with Affichage > Figer les lignes et colonnes)."""
    top_left = f"{'ABCDEFGH'[x]}{y + 1}"
    if path.endswith(".ods"):
        with zipfile.ZipFile(path) as z:
            sheet = re.search(r'<table:table table:name="([^"]+)"', z.read("content.xml").decode()).group(1)
        view = ODS_VIEW.replace("{sheet}", sheet).replace("{x}", str(x)).replace("{y}", str(y))
        rewrite_zip(path, "settings.xml", lambda t: t.replace('</config:config-item-set>', view + '</config:config-item-set>', 1))
    else:
        pane = (f'<pane xSplit="{x}" ySplit="{y}" topLeftCell="{top_left}" activePane="bottomRight" state="frozen"/>'
                f'<selection pane="bottomRight" activeCell="{top_left}" sqref="{top_left}"/>')
        rewrite_zip(path, "xl/worksheets/sheet1.xml",
                    lambda t: re.sub(r'(<sheetView [^>]*>)<selection [^>]*/>', lambda m: m.group(1) + pane, t, count=1))


def put(ws, row, col, value, refs=None, fmt_date="dd/mm/yyyy"):
    """Write a value following the textes conventions: formula, ISO date, HH:MM time, int or text."""
    c = ws.cell(row=row, column=col)
    if value is None or value == "":
        return c
    if isinstance(value, str) and value.startswith("="):
        if refs:
            value = re.sub(r"\{(\w+)(?:\.(\w))?\}", lambda m: f"{m.group(2) or 'C'}{refs[m.group(1)]}", value)
        c.value = value
        if "VLOOKUP" not in value:
            c.number_format = fmt_date
    elif isinstance(value, str) and ISO.match(value):
        c.value = dt.date.fromisoformat(value); c.number_format = fmt_date
    elif isinstance(value, str) and HOUR.match(value):
        c.value = dt.time(int(value[:2]), int(value[3:])); c.number_format = "hh:mm"
    else:
        c.value = value
    return c


def parametres_sheet(wb, titre, params, feries=None, extra=None, feries_titre="Jours fériés (plage nommée FERIES)"):
    ws = wb.create_sheet("Paramètres")
    ws["A1"] = titre; ws["A1"].font = Font(bold=True, size=12)
    for i, (name, label, value) in enumerate(params, 4):
        ws.cell(row=i, column=1, value=label)
        put(ws, i, 2, value)
        if name == "SESSION" or name == "SEMAINE_6J":
            ws.cell(row=i, column=2).number_format = "General" if name == "SESSION" else "@"
        wb.defined_names[name] = DefinedName(name, attr_text=f"'Paramètres'!$B${i}")
    row = 4 + len(params) + 1
    if feries:
        ws.cell(row=row, column=1, value=feries_titre).font = Font(bold=True)
        for j, (iso, label) in enumerate(feries, row + 1):
            ws.cell(row=j, column=1, value=label)
            put(ws, j, 2, iso)
        first, last = row + 1, row + len(feries)
        wb.defined_names["FERIES"] = DefinedName("FERIES", attr_text=f"'Paramètres'!$B${first}:$B${last}")
        row = last + 2
    if extra:
        ws.cell(row=row, column=1, value=extra).font = Font(italic=True)
    ws.column_dimensions["A"].width = 62; ws.column_dimensions["B"].width = 16
    return ws, row


def calendar_sheet(ws, T, lignes, first_row, fmt_date, widths):
    ws["A1"] = T.TITRE[0]; ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = T.TITRE[1]; ws["A2"].font = Font(bold=True, size=13, color="1F3864")
    ws["A3"] = T.VERSION_LABEL; ws["A3"].font = Font(italic=True)
    ws["B3"] = "=VERSION"; ws["B3"].number_format = "dd/mm/yyyy"; ws["B3"].alignment = Alignment(horizontal="left")
    hr = first_row - 1
    for j, h in enumerate(T.ENTETE, 1):
        c = ws.cell(row=hr, column=j, value=h); c.font = Font(bold=True, color="FFFFFF"); c.border = BOX
        c.fill = PatternFill("solid", fgColor="1F3864"); c.alignment = Alignment(wrap_text=True, vertical="center")
    refs = {l["k"]: first_row + i for i, l in enumerate(lignes) if "k" in l}
    for i, l in enumerate(lignes):
        r = first_row + i
        for j, champ in enumerate(T.CHAMPS, 1):
            v = l.get(champ)
            if champ == "centre":
                v = TS.CENTRE_F.format(r=r)
            c = put(ws, r, j, v, refs, fmt_date)
            c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
        if l.get("note"):
            ws.cell(row=r, column=3).comment = Comment(l["note"], "DEC")
    for col, w in zip("ABCDEFGHIJKL", widths):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=first_row, column=3)
    return first_row + len(lignes)


# ================================================================== A. Nantes BAT 2027: formulas, no cached values
def build_nantes():
    wb = Workbook(); ws = wb.active; ws.title = "Calendrier 2027"
    parametres_sheet(wb, TN.PARAMETRES_TITRE, TN.PARAMETRES, TN.FERIES, TN.PARAMETRES_NOTE, TN.FERIES_TITRE)
    end = calendar_sheet(ws, TN, TN.LIGNES, 6, DATE_FR, (8, 58, 26, 26, 10, 10, 44, 50))
    r = end + 2
    ws.cell(row=r, column=1, value=TN.RAPPEL_TITRE).font = Font(italic=True, color="808080")
    ws.row_dimensions[r].hidden = True
    for i, l in enumerate(TN.RAPPEL, r + 1):
        for j, champ in enumerate(TN.CHAMPS, 1):
            put(ws, i, j, l.get(champ), None, DATE_FR)
        ws.row_dimensions[i].hidden = True
    wb.properties.creator = TN.AUTEUR; wb.properties.title = TN.TITRE[1]
    brut = P("calendrier_bat_2027_nantes_brut.xlsx")
    wb.save(brut)  # openpyxl: formulas only, no <v> cached value anywhere
    src = os.path.join(TMP, TN.FICHIER + ".xlsx"); shutil.copy(brut, src)
    lo_convert(src, "xlsx:Calc MS Excel 2007 XML", "calendrier_bat_2027_nantes.xlsx")  # recalculated on load
    lo_convert(src, "ods", "calendrier_bat_2027_nantes_ods.ods")


# ================================================================== B. Bordeaux ET 2028: xlsxwriter, a secretary's sheet
def serial(iso):
    return (dt.date.fromisoformat(iso) - dt.date(1899, 12, 30)).days


def build_bordeaux():
    path = P("calendrier_et_2028_bordeaux.xlsx")
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": TB.TITRE[1], "author": "Secrétariat DEC - pôle BTS", "company": "Académie de Bordeaux",
                       "created": dt.datetime(2028, 2, 2, 11, 20)})
    ws = wb.add_worksheet("Calendrier ET 2028")
    b = wb.add_format({"bold": True}); h1 = wb.add_format({"bold": True, "font_size": 13, "font_color": "#7F1F1F"})
    head = wb.add_format({"bold": True, "bg_color": "#F8CBAD", "border": 1, "text_wrap": True, "valign": "vcenter"})
    cell = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    fdate = wb.add_format({"border": 1, "valign": "top", "num_format": "[$-40C]ddd dd/mm/yyyy", "align": "left"})
    fserie = wb.add_format({"border": 1, "valign": "top", "num_format": "dd/mm/yy", "align": "left"})
    ftext = wb.add_format({"border": 1, "valign": "top", "align": "left", "font_color": "#1F3864"})
    fhour = wb.add_format({"border": 1, "valign": "top", "num_format": "hh:mm"})
    fmaj = wb.add_format({"num_format": "dd/mm/yyyy", "italic": True, "align": "left"})
    grey = wb.add_format({"italic": True, "font_color": "#808080"})
    ws.write(0, 0, TB.TITRE[0], b); ws.write(1, 0, TB.TITRE[1], h1)
    ws.write(2, 0, TB.MAJ_LABEL, b); ws.write_datetime(2, 1, dt.datetime.fromisoformat(TB.MAJ), fmaj)
    for j, hname in enumerate(TB.ENTETE):
        ws.write(4, j, hname, head)

    def write_date(r, c, spec):
        if not spec:
            ws.write_blank(r, c, None, cell); return
        kind, v = spec
        if kind == "date":
            ws.write_datetime(r, c, dt.datetime.fromisoformat(v), fdate)
        elif kind == "serie":
            ws.write_number(r, c, serial(v), fserie)  # a bare serial number that only its format makes a date
        else:
            ws.write_string(r, c, v, ftext)  # typed as text: « 17/05/2028 »

    def write_line(r, l):
        ws.write(r, 0, l.get("code", ""), cell); ws.write(r, 1, l.get("unite", ""), cell)
        ws.write(r, 2, l["lib"], cell); ws.write(r, 3, l.get("nat", ""), cell)
        write_date(r, 4, l.get("d")); write_date(r, 5, l.get("f"))
        ws.write_string(r, 6, l.get("txt", ""), cell)
        for c, k in ((7, "hd"), (8, "hf")):
            if l.get(k):
                ws.write_datetime(r, c, dt.datetime.strptime(l[k], "%H:%M"), fhour)
            else:
                ws.write_blank(r, c, None, cell)
        ws.write(r, 9, l.get("lieu", ""), cell); ws.write(r, 10, l.get("obs", ""), cell)
        if l.get("d"):
            v = l["d"][1]
            iso = v if ISO.match(v) else f"{v[6:]}-{v[3:5]}-{v[:2]}"
            ws.write_number(r, 11, serial(iso))  # hidden sort key: raw serial, General format
        if l.get("note"):
            ws.write_comment(r, 4, l["note"], {"author": "DEC", "x_scale": 2, "y_scale": 1.5})
        if l.get("note_fin"):
            ws.write_comment(r, 5, l["note_fin"], {"author": "DEC", "x_scale": 2})

    r = 5
    for l in TB.LIGNES:
        write_line(r, l); r += 1
    ws.write(r + 1, 0, TB.NOTE_BAS, grey)
    r += 3
    ws.set_row(r, None, None, {"level": 1, "hidden": True}); ws.write(r, 0, TB.RAPPEL_TITRE, grey)
    for l in TB.RAPPEL:
        r += 1; ws.set_row(r, None, None, {"level": 1, "hidden": True}); write_line(r, l)
    ws.set_row(r + 1, None, None, {"collapsed": True})
    for c, w in enumerate((8, 7, 40, 11, 17, 17, 34, 9, 9, 34, 40)):
        ws.set_column(c, c, w)
    ws.set_column(11, 11, 8, None, {"hidden": True})
    ws.freeze_panes(5, 3)
    ws.autofilter(4, 0, 5 + len(TB.LIGNES) - 1, 10)
    ws.set_landscape(); ws.fit_to_pages(1, 0); ws.repeat_rows(4)
    wb.close()
    src = os.path.join(TMP, "Calendrier_BTS_ET_2028.xlsx"); shutil.copy(path, src)
    lo_convert(src, "xlsm:Calc MS Excel 2007 VBA XML", "calendrier_et_2028_bordeaux_macros.xlsm", x=3)


# ================================================================== C. Strasbourg GPME 2029: statut, hidden sheets
def build_strasbourg():
    wb = Workbook(); ws = wb.active; ws.title = "Calendrier 2029"
    pws, row = parametres_sheet(wb, "Paramètres – BTS GPME 2029", TS.PARAMETRES)
    pws.cell(row=row, column=1, value="Centres (plage nommée CENTRES)").font = Font(bold=True)
    for i, (code, nom, ville) in enumerate(TS.CENTRES, row + 1):
        pws.cell(row=i, column=1, value=code); pws.cell(row=i, column=2, value=nom); pws.cell(row=i, column=3, value=ville)
    pws.column_dimensions["B"].width = 30; pws.column_dimensions["C"].width = 14
    wb.defined_names["CENTRES"] = DefinedName("CENTRES", attr_text=f"'Paramètres'!$A${row + 1}:$C${row + len(TS.CENTRES)}")
    first = 6
    end = calendar_sheet(ws, TS, TS.LIGNES, first, "ddd dd/mm/yyyy", (9, 56, 16, 16, 9, 9, 8, 34, 11, 40))
    last = end - 1
    ws.conditional_formatting.add(f"A{first}:J{last}", FormulaRule(
        formula=[f'$I{first}="Annulé"'], fill=PatternFill("solid", bgColor="D9D9D9"),
        font=Font(color="808080", strike=True), stopIfTrue=True))
    ws.conditional_formatting.add(f"A{first}:J{last}", FormulaRule(
        formula=[f'$I{first}="Reporté"'], fill=PatternFill("solid", bgColor="FFF2CC")))
    ws.cell(row=end + 1, column=1, value=TS.LEGENDE).font = Font(italic=True, size=9)
    lst = wb.create_sheet("Listes")
    for i, s in enumerate(TS.STATUTS, 1):
        lst.cell(row=i, column=1, value=s)
    lst.sheet_state = "veryHidden"
    dv = DataValidation(type="list", formula1="Listes!$A$1:$A$3", allow_blank=True); ws.add_data_validation(dv)
    dv.add(f"I{first}:I{last}")
    old = wb.create_sheet(TS.ANCIEN_NOM)
    old["A1"] = "BTS GPME – session 2028 – calendrier (archive)"; old["A1"].font = Font(bold=True)
    for j, h in enumerate(["Épreuve", "Intitulé", "Date", "Heure", "Centre"], 1):
        old.cell(row=3, column=j, value=h).font = Font(bold=True)
    for i, (code, lib, d, hd, centre) in enumerate(TS.ANCIEN, 4):
        for j, v in enumerate((code, lib, d, hd, centre), 1):
            put(old, i, j, v)
    old.sheet_state = "hidden"
    wb.properties.creator = "DEC 2 - Rectorat de Strasbourg"
    src = os.path.join(TMP, TS.FICHIER + ".xlsx"); wb.save(src)
    lo_convert(src, "ods", "calendrier_gpme_2029_strasbourg.ods")
    lo_convert(src, "xlsx:Calc MS Excel 2007 XML", "calendrier_gpme_2029_strasbourg_xlsx.xlsx")


# ================================================================== D. Toulouse CRSA 2030: WORKDAY.INTL, hidden column
def build_toulouse():
    wb = Workbook(); ws = wb.active; ws.title = "Planning 2030"
    parametres_sheet(wb, "Paramètres – BTS CRSA 2030", TT.PARAMETRES, TT.FERIES)
    end = calendar_sheet(ws, TT, TT.LIGNES, 6, DATE_FR, (7, 46, 26, 13, 26, 20, 8, 8, 44, 40))
    for r in range(6, end):
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).number_format = "@"
    ws.column_dimensions["D"].hidden = True  # last year's dates, kept beside the new ones
    ws.cell(row=end + 1, column=1, value=TT.NOTE_BAS).font = Font(italic=True, size=9)
    ws.print_title_rows = "5:5"
    wb.properties.creator = "DEC 4 - Rectorat de Toulouse"
    src = os.path.join(TMP, TT.FICHIER + ".xlsx"); wb.save(src)
    lo_convert(src, "xlsm:Calc MS Excel 2007 VBA XML", "calendrier_crsa_2030_toulouse.xlsm")
    lo_convert(src, "ods", "calendrier_crsa_2030_toulouse_ods.ods")


if __name__ == "__main__":
    build_nantes(); build_bordeaux(); build_strasbourg(); build_toulouse()
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".xlsx", ".xlsm", ".ods")):
            print(f"{f:50s} {os.path.getsize(P(f)):>8d} bytes")
