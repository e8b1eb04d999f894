#!/usr/bin/env python3
"""Build the independantes_ba corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private Chromium profile and temp files in /tmp).

Five HTML files, each imitating the output of another tool (Excel « page Web », LibreOffice Calc HTML export,
Google Docs « Télécharger > Page Web », Outlook « Enregistrer sous > HTML », Word « Page Web filtrée »),
each printed to PDF by headless Chromium, and one scan (image-only PDF) of the Excel calendar."""
import datetime as dt, html, io, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter

import textes_rennes as TR
import textes_montpellier as TM
import textes_lyon as TL
import textes_lille as TI
import textes_ol as TO

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
E = lambda s: html.escape(s, quote=False)
random.seed(11)

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def serial(d):
    return (d - dt.date(1899, 12, 30)).days


def frac(hm):
    return (hm[0] * 60 + hm[1]) / 1440


def long_fr(d):
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year}"


def ddd_fr(d):
    return f"{JOURS[d.weekday()][:3]}. {d:%d/%m/%Y}"


def hhmm(hm):
    return f"{hm[0]:02d}:{hm[1]:02d}"


# ============================================================ A. Excel « Enregistrer sous > Page Web » (Rennes)
XL_ID = "28417"


def xl_styles():
    s = XL_ID
    return f"""<style id="{TR.FEUILLE}_{s}_Styles">
<!--table
	{{mso-displayed-decimal-separator:"\\,";
	mso-displayed-thousand-separator:"\\00A0";}}
@page
	{{margin:.5in .25in .5in .25in;
	mso-header-margin:.3in;
	mso-footer-margin:.3in;}}
.xl65{s}
	{{padding-top:1px;padding-right:1px;padding-left:1px;mso-ignore:padding;color:black;font-size:10.0pt;
	font-weight:400;font-style:normal;text-decoration:none;font-family:Calibri, sans-serif;mso-font-charset:0;
	mso-number-format:General;text-align:general;vertical-align:bottom;mso-background-source:auto;
	mso-pattern:auto;white-space:nowrap;}}
.xl66{s}
	{{padding:1px;mso-ignore:padding;color:#1F3864;font-size:14.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-number-format:General;text-align:center;vertical-align:middle;white-space:nowrap;}}
.xl67{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-weight:400;font-family:Calibri, sans-serif;
	mso-number-format:General;text-align:center;vertical-align:middle;white-space:normal;}}
.xl68{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-number-format:General;text-align:center;vertical-align:middle;border:.5pt solid windowtext;
	background:#D9E1F2;mso-pattern:black none;white-space:normal;}}
.xl69{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-family:Calibri, sans-serif;
	mso-number-format:"\\[$-fr-FR\\]dddd\\\\ d\\\\ mmmm\\\\ yyyy";text-align:left;vertical-align:middle;
	border:.5pt solid windowtext;white-space:nowrap;}}
.xl70{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-family:Calibri, sans-serif;
	mso-number-format:"hh\\:mm";text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:nowrap;}}
.xl71{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-family:Calibri, sans-serif;
	mso-number-format:"\\[h\\]\\:mm";text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:nowrap;}}
.xl72{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-family:Calibri, sans-serif;
	mso-number-format:"\\@";text-align:left;vertical-align:middle;border:.5pt solid windowtext;white-space:normal;}}
.xl73{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-family:Calibri, sans-serif;
	mso-number-format:"\\[$-fr-FR\\]ddd\\\\ dd\\/mm\\/yyyy";text-align:left;vertical-align:middle;
	border:.5pt solid windowtext;white-space:nowrap;}}
.xl74{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-family:Calibri, sans-serif;
	mso-number-format:"Short Date";text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:nowrap;}}
.xl75{s}
	{{padding:1px;mso-ignore:padding;color:white;font-size:10.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-number-format:General;text-align:left;vertical-align:middle;background:#2F5597;mso-pattern:black none;white-space:nowrap;}}
.xl76{s}
	{{padding:1px;mso-ignore:padding;color:#404040;font-size:8.5pt;font-style:italic;font-family:Calibri, sans-serif;
	mso-number-format:General;text-align:left;vertical-align:top;white-space:normal;}}
.xl77{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:9.0pt;font-weight:700;font-family:Calibri, sans-serif;
	mso-number-format:"\\@";text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:nowrap;}}
.xl78{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-number-format:"\\[$-fr-FR\\]dddd\\\\ d\\\\ mmmm\\\\ yyyy";text-align:left;vertical-align:bottom;white-space:nowrap;}}
.xl79{s}
	{{padding:1px;mso-ignore:padding;color:black;font-size:10.0pt;font-family:Calibri, sans-serif;
	mso-number-format:General;text-align:right;vertical-align:bottom;padding-right:4px;white-space:nowrap;}}
-->
</style>"""


def build_rennes():
    s = XL_ID
    c = lambda n: f"xl{n}{s}"
    hid = " style='display:none'"
    widths = [118, 56, 96, 200, 62, 48, 40, 140]   # px; column C is hidden
    out = []
    w = out.append
    w('<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
      'xmlns:x="urn:schemas-microsoft-com:office:excel"\nxmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
      '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n<meta name=ProgId content=Excel.Sheet>\n'
      '<meta name=Generator content="Microsoft Excel 15">\n'
      '<link rel=File-List href="circulaire_ati_2026_rennes_fichiers/filelist.xml">\n')
    w(xl_styles())
    w('\n</head>\n\n<body link="#0563C1" vlink="#954F72">\n<!--[if !excel]>&nbsp;&nbsp;<![endif]-->\n'
      '<!--Les informations suivantes ont été générées par l\'Assistant Publier en tant que page Web de\nMicrosoft Excel.-->\n'
      '<!--Si le même élément est republié à partir d\'Excel, toutes les informations entre les balises\nDIV seront remplacées.-->\n'
      '<!----------------------------->\n<!--DÉBUT DE LA SORTIE À PARTIR DE L\'ASSISTANT PUBLIER EN TANT QUE PAGE WEB\nD\'EXCEL -->\n'
      '<!----------------------------->\n\n')
    total = sum(widths) - widths[2]
    w(f'<div id="{TR.FEUILLE}_{s}" align=center x:publishsource="Excel">\n\n'
      f'<table border=0 cellpadding=0 cellspacing=0 width={total} style=\'border-collapse:\n collapse;table-layout:fixed;width:{int(total*0.75)}pt\'>\n')
    for i, px in enumerate(widths):
        alt = int(px * 36.6)
        if i == 2:
            w(f" <col class={c(65)} width=0 style='display:none;mso-width-source:userset;mso-width-alt:{alt}'>\n")
        else:
            w(f" <col class={c(65)} width={px} style='mso-width-source:userset;mso-width-alt:{alt};width:{int(px*0.75)}pt'>\n")

    def tr(cells, h=20, hidden=False):
        st = "height:0pt;display:none" if hidden else f"height:{h*0.75:.1f}pt"
        w(f" <tr height={0 if hidden else h} style='{st}'>\n")
        for cell in cells:
            w("  " + cell + "\n")
        w(" </tr>\n")

    def td(text, cls, span=1, rows=1, attrs="", hidden=False):
        a = f" colspan={span}" if span > 1 else ""
        a += f" rowspan={rows}" if rows > 1 else ""
        a += f" class={c(cls)}" + attrs + (hid if hidden else "")
        return f"<td{a}>{E(text)}</td>"

    # title block
    for text, kind in TR.TITRES:
        cls = 66 if kind in ("titre", "titre2") else 67
        tr([td(text, cls, span=8)], h=26 if kind == "titre" else 20)
    tr([td(TR.LIEU, 79, attrs=""), f"<td colspan=3 class={c(78)} x:num=\"{serial(TR.DATE_DOC)}\">{E(long_fr(TR.DATE_DOC))}</td>",
        td(TR.SUIVI, 76, span=4)], h=30)
    tr([f"<td height=12 colspan=8 class={c(65)} style='height:9.0pt;mso-ignore:colspan'></td>"], h=12)

    # 1. written tests — two-level header, rowspan for the day with two tests, hidden column C, hidden row
    tr([td(TR.T1, 75, span=8)], h=22)
    H = TR.T1_ENTETE
    tr([td(H[0], 68, rows=2), td(H[1], 68, rows=2), td(H[2], 68, rows=2, hidden=True), td(H[3], 68, rows=2),
        td(TR.T1_HEURE, 68, span=2), td(H[6], 68, rows=2), td(H[7], 68, rows=2)], h=20)
    tr([td(H[4], 68), td(H[5], 68)], h=18)
    visible = [r for r in TR.ECRITS if not r[8]]
    done_dates = set()
    for row in TR.ECRITS:
        d, code, rap, lib, deb, fin, dur, obs, hidden = row
        cells = []
        if hidden:
            cells.append(f"<td height=0 class={c(69)} x:num=\"{serial(d)}\">{E(long_fr(d))}</td>")
        elif d not in done_dates:
            n = sum(1 for r in visible if r[0] == d)
            a = f" rowspan={n}" if n > 1 else ""
            cells.append(f"<td{a} height={20*n} class={c(69)} style='height:{15*n}.0pt' x:num=\"{serial(d)}\">{E(long_fr(d))}</td>")
            done_dates.add(d)
        cells += [td(code, 77), td(rap, 72, hidden=True), td(lib, 72),
                  f"<td class={c(70)} x:num=\"{frac(deb)!r}\">{hhmm(deb)}</td>",
                  f"<td class={c(70)} x:num=\"{frac(fin)!r}\">{hhmm(fin)}</td>",
                  f"<td class={c(71)} x:num=\"{frac(dur)!r}\">{dur[0]}:{dur[1]:02d}</td>", td(obs, 72)]
        tr(cells, h=20, hidden=hidden)
    code, lib, ccf = TR.CCF
    tr([td("–", 72), td(code, 77), td("", 72, hidden=True), td(lib, 72), td(ccf, 72, span=3), td("", 72)], h=30)
    tr([td(TR.T1_NOTE, 76, span=8)], h=30)
    tr([f"<td height=12 colspan=8 class={c(65)} style='height:9.0pt;mso-ignore:colspan'></td>"], h=12)

    # 2. dossiers and orals
    tr([td(TR.T2, 75, span=8)], h=22)
    H = TR.T2_ENTETE
    tr([td(H[0], 68), td(H[1], 68), td(H[2], 68, hidden=True), td(H[3], 68), td(H[4], 68), td(H[5], 68, span=2), td(H[7], 68)], h=20)
    for d, code, rap, op, fin, heure, lieu in TR.ORAUX:
        cells = [f"<td height=30 class={c(73)} style='height:22.5pt' x:num=\"{serial(d)}\">{ddd_fr(d)}</td>",
                 td(code, 77), td(rap, 72, hidden=True), td(op, 72)]
        cells.append(f"<td class={c(74)} x:num=\"{serial(fin)}\">{fin:%d/%m/%Y}</td>" if fin else td("", 72))
        cells.append(f"<td colspan=2 class={c(70)} x:num=\"{frac(heure)!r}\">{hhmm(heure)}</td>" if heure else td("", 72, span=2))
        cells.append(td(lieu, 72))
        tr(cells, h=30)
    tr([f"<td height=12 colspan=8 class={c(65)} style='height:9.0pt;mso-ignore:colspan'></td>"], h=12)

    # 3. centres (a hidden row; the centre name spans the hidden column C)
    tr([td(TR.T3, 75, span=8)], h=22)
    H = TR.T3_ENTETE
    # Chromium drops the display:none <col>, so the visible grid has 7 tracks: the name spans 2 of them
    tr([td(H[0], 68), td(H[1], 68, span=2), td(H[4], 68, span=3), td(H[6], 68)], h=20)
    for dep, nom, adr, ville, ep, hidden in TR.CENTRES:
        tr([f"<td class={c(77)} x:num>{dep}</td>", td(f"{nom} – {ep}", 72, span=2), td(adr, 72, span=3), td(ville, 72)],
           h=20, hidden=hidden)
    tr([td(TR.FERIES, 76, span=8)], h=30)

    w(" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n")
    for i, px in enumerate(widths):
        w(f"  <td width={0 if i == 2 else px} style='width:{0 if i == 2 else int(px*0.75)}pt'></td>\n")
    w(" </tr>\n <![endif]>\n</table>\n\n</div>\n\n\n<!----------------------------->\n"
      "<!--FIN DE LA SORTIE À PARTIR DE L'ASSISTANT PUBLIER EN TANT QUE PAGE WEB\nD'EXCEL-->\n<!----------------------------->\n"
      "</body>\n\n</html>\n")
    data = "".join(out).replace("\n", "\r\n").encode("cp1252", errors="xmlcharrefreplace")
    open(P("circulaire_ati_2026_rennes.htm"), "wb").write(data)
    return "circulaire_ati_2026_rennes.htm"


# ============================================================ B. LibreOffice Calc HTML export (Montpellier)
BORD = ("border-top: 1px solid #000000; border-bottom: 1px solid #000000; "
        "border-left: 1px solid #000000; border-right: 1px solid #000000")


def lo_td(text, align="left", bold=False, span=1, rows=1, sdval=None, sdnum=None, bg=None, border=True, hidden=False,
          height=None, comment=None, size=None):
    st = []
    if border:
        st.append(BORD)
    if hidden:
        st.append("display:none")
    a = ""
    if st:
        a += f' style="{"; ".join(st)}"'
    if span > 1:
        a += f" colspan={span}"
    if rows > 1:
        a += f" rowspan={rows}"
    if height:
        a += f' height="{height}"'
    a += f' align="{align}" valign=middle'
    if bg:
        a += f' bgcolor="{bg}"'
    if sdval is not None:
        a += f' sdval="{sdval}" sdnum="{sdnum}"'
    body = "<br>".join(E(x) for x in text.split("\n"))
    if size:
        body = f"<font size={size}>{body}</font>"
    if bold:
        body = f"<b>{body}</b>"
    if comment:
        body = (f'<a class="comment-indicator"></a>\n\t<comment>\n\t<p>{E(comment)}</p>\n\n\t</comment>\n\t' + body)
    return f"\t\t<td{a}>{body}</td>\n"


def lo_date(d, fmt="NNNNJ MMMM AAAA", **kw):
    shown = long_fr(d) if fmt.startswith("NNNN") else f"{d:%d/%m/%y}"
    return lo_td(shown, sdval=serial(d), sdnum=f"1036;1036;{fmt}", **kw)


def lo_time(hm, fmt="HH:MM", **kw):
    return lo_td(hhmm(hm), align="center", sdval=f"{frac(hm):.15g}", sdnum=f"1036;0;{fmt}", **kw)


def build_montpellier():
    out = []
    w = out.append
    w('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n\n<html>\n<head>\n\t\n'
      '\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>\n\t<title></title>\n'
      '\t<meta name="generator" content="LibreOffice 7.6.4.1 (Windows)"/>\n'
      f'\t<meta name="author" content="{TM.META["author"]}"/>\n\t<meta name="created" content="{TM.META["created"]}"/>\n'
      f'\t<meta name="changedby" content="{TM.META["author"]}"/>\n\t<meta name="changed" content="{TM.META["changed"]}"/>\n'
      '\t<meta name="AppVersion" content="16.0300"/>\n\t\n\t<style type="text/css">\n'
      '\t\tbody,div,table,thead,tbody,tfoot,tr,th,td,p { font-family:"Arial"; font-size:x-small }\n'
      '\t\ta.comment-indicator:hover + comment { background:#ffd; position:absolute; display:block; border:1px solid black; padding:0.5em;  } \n'
      '\t\ta.comment-indicator { background:red; display:inline-block; border:1px solid black; width:0.5em; height:0.5em;  } \n'
      '\t\tcomment { display:none;  } \n\t</style>\n\t\n</head>\n\n<body>\n')
    w('<center><h1>Vue d\'ensemble</h1>\n')
    for i, name in enumerate(TM.FEUILLES):
        w(f'<a href="#table{i}">{name}</a><br>\n')
    w('</center>\n<hr>\n')

    def sheet(i, cols):
        w(f'<a name="table{i}"><h1>Feuille {i + 1}: <em>{TM.FEUILLES[i]}</em></h1></a>\n'
          '<table cellspacing="0" border="0">\n')
        for width, hidden in cols:
            hs = ' style="display:none"' if hidden else ""
            w(f'\t<colgroup width="{width}"{hs}></colgroup>\n')

    def row(cells, hidden=False):
        w('\t<tr style="display:none">\n' if hidden else "\t<tr>\n")
        for cell in cells:
            w(cell)
        w("\t</tr>\n")

    def head_block(span):
        for j, t in enumerate(TM.EN_TETE):
            row([lo_td(t, align="center", bold=j != 1, span=span, border=False, height=22 if j == 0 else 17,
                       size=3 if j != 1 else None)])

    # sheet 1: written tests (column H hidden, row hidden, comment)
    sheet(0, [(142, False), (58, False), (50, False), (250, False), (56, False), (56, False), (56, False), (0, True)])
    head_block(7)
    row([lo_td(TM.LIEU, align="right", border=False, height=17), lo_date(TM.DATE_DOC, span=3, border=False),
         lo_td("", border=False, span=3), lo_td("", border=False, hidden=True)])
    row([lo_td("", border=False, span=7, height=12), lo_td("", border=False, hidden=True)])
    row([lo_td(TM.E_TITRE, bold=True, span=7, bg="#DDE8CB", height=20), lo_td("", border=False, hidden=True)])
    H = TM.E_ENTETE1
    row([lo_td(H[0], align="center", bold=True, rows=2, bg="#F2F2F2", height=34), lo_td(H[1], align="center", bold=True, rows=2, bg="#F2F2F2"),
         lo_td(H[2], align="center", bold=True, rows=2, bg="#F2F2F2"), lo_td(H[3], align="center", bold=True, rows=2, bg="#F2F2F2"),
         lo_td(H[4], align="center", bold=True, span=2, bg="#F2F2F2"), lo_td(H[6], align="center", bold=True, rows=2, bg="#F2F2F2"),
         lo_td(H[7], align="center", bold=True, rows=2, hidden=True)])
    row([lo_td(TM.E_ENTETE2[0], align="center", bold=True, bg="#F2F2F2"), lo_td(TM.E_ENTETE2[1], align="center", bold=True, bg="#F2F2F2")])
    for d, code, u, lib, deb, fin, dur, saisie, hidden, com in TM.ECRITS:
        row([lo_date(d, height=20, comment=com), lo_td(code, align="center", bold=True), lo_td(u, align="center"), lo_td(lib),
             lo_time(deb), lo_time(fin), lo_time(dur, fmt="[HH]:MM"), lo_td(saisie, hidden=True)], hidden=hidden)
    row([lo_td("", border=False, span=7, height=12), lo_td("", border=False, hidden=True)])
    row([lo_td(TM.E_NOTE, border=False, span=7, height=17), lo_td("", border=False, hidden=True)])
    w("</table>\n<!-- ************************************************************************** -->\n<hr>\n")

    # sheet 2: orals (E2 merged header row, rowspan centres) + other operations
    sheet(1, [(50, False), (44, False), (260, False), (48, False), (62, False), (62, False), (190, False)])
    head_block(7)
    row([lo_td(TM.O_TITRE, bold=True, span=7, bg="#DDE8CB", height=20)])
    row([lo_td(h, align="center", bold=True, bg="#F2F2F2", height=20) for h in TM.O_ENTETE])
    row([lo_td(TM.O_E2, bold=True, span=7, bg="#FBFBEF", height=18)])
    for k, (code, u, lib, forme, du, au, centre) in enumerate(TM.ORAUX):
        cells = [lo_td(code, align="center", bold=True, height=20), lo_td(u, align="center"), lo_td(lib), lo_td(forme, align="center")]
        if du:
            cells += [lo_date(du, fmt="JJ/MM/AA", align="center"), lo_date(au, fmt="JJ/MM/AA", align="center")]
        else:
            cells += [lo_td(TM.O_CCF, align="center", span=2)]
        if centre is not None:
            nxt = TM.ORAUX[k + 1][6] if k + 1 < len(TM.ORAUX) else ""
            cells.append(lo_td(centre, rows=2 if nxt is None else 1))
        row(cells)
    row([lo_td("", border=False, span=7, height=12)])
    row([lo_td(TM.A_TITRE, bold=True, span=7, bg="#DDE8CB", height=20)])
    row([lo_td(TM.A_ENTETE[0], align="center", bold=True, span=3, bg="#F2F2F2", height=20),
         lo_td(TM.A_ENTETE[3], align="center", bold=True, span=2, bg="#F2F2F2"),
         lo_td(TM.A_ENTETE[5], align="center", bold=True, bg="#F2F2F2"), lo_td(TM.A_ENTETE[6], align="center", bold=True, bg="#F2F2F2")])
    for op, d, heure, lieu in TM.AUTRES:
        row([lo_td(op, span=3, height=20), lo_date(d, span=2), lo_time(heure), lo_td(lieu)])
    row([lo_td("", border=False, span=7, height=12)])
    row([lo_td(TM.FERIES, border=False, span=2, align="right", height=17)] +
        [c for d, lab in TM.FERIES_DATES for c in (lo_date(d, border=False, align="right"), lo_td(lab, border=False, span=1))] +
        [lo_td("", border=False)])
    w("</table>\n<!-- ************************************************************************** -->\n<hr>\n")

    # sheet 3: centres (postcode as a number cell, one hidden row)
    sheet(2, [(170, False), (190, False), (74, False), (110, False), (180, False)])
    head_block(5)
    row([lo_td(TM.C_TITRE, bold=True, span=5, bg="#DDE8CB", height=20)])
    row([lo_td(h, align="center", bold=True, bg="#F2F2F2", height=20) for h in TM.C_ENTETE])
    for nom, adr, cp, ville, ep, hidden in TM.CENTRES:
        row([lo_td(nom, height=20), lo_td(adr), lo_td(str(cp), align="right", sdval=cp, sdnum="1036;"), lo_td(ville), lo_td(ep)],
            hidden=hidden)
    row([lo_td("", border=False, span=5, height=12)])
    row([lo_td(TM.C_NOTE, border=False, span=5, height=17)])
    w("</table>\n<!-- ************************************************************************** -->\n</body>\n\n</html>\n")
    open(P("circulaire_tourisme_2027_montpellier.html"), "w", encoding="utf-8").write("".join(out))
    return "circulaire_tourisme_2027_montpellier.html"


# ============================================================ C. Google Docs « Télécharger > Page Web » (Lyon)
G_SPAN = ("color:#000000;font-weight:{fw};text-decoration:none;vertical-align:baseline;font-size:10.5pt;"
          "font-family:&quot;Arial&quot;;font-style:{fs}{extra}")
G_P = "padding-top:0pt;padding-bottom:{pb}pt;line-height:1.15;orphans:2;widows:2;text-align:{ta}{extra}"
LETTRES = "abcdefghij"


def g_span(text, flags):
    fw = "700" if "b" in flags else "400"
    fs = "italic" if "i" in flags else "normal"
    extra = ";background-color:#ffff00" if "h" in flags else ""
    if "u" in flags:
        href = ("https://www.google.com/url?q=" + ("mailto:" if "@" in text else "https://") + text +
                "&amp;sa=D&amp;source=editors&amp;ust=1707391524018446&amp;usg=AOvVaw1kQp3z7nVbX0eRm4fLq2Tj")
        st = G_SPAN.format(fw=fw, fs=fs, extra=extra).replace("color:#000000", "color:#1155cc").replace(
            "text-decoration:none", "text-decoration:underline")
        return (f'<span style="{st}"><a style="color:inherit;text-decoration:inherit" href="{href}">'
                f'{E(text)}</a></span>')
    return f'<span style="{G_SPAN.format(fw=fw, fs=fs, extra=extra)}">{E(text).replace(chr(160), "&nbsp;")}</span>'


def g_par(kind, runs):
    ta = "right" if kind == "right" else "justify" if kind == "p" else "left"
    pb = "6" if kind in ("p", "h") else "0"
    extra = ";padding-top:8pt" if kind == "h" else ""
    body = []
    for text, flags in runs:
        if flags.startswith("c:"):
            n = int(flags[2:])
            body.append(f'<sup><a href="#cmnt{n}" id="cmnt_ref{n}">[{LETTRES[n - 1]}]</a></sup>')
        else:
            body.append(g_span(text, flags))
    if kind == "empty":
        body = [f'<span style="{G_SPAN.format(fw="400", fs="normal", extra="")}"></span>']
        extra += ";height:11pt"
    return f'<p style="{G_P.format(pb=pb, ta=ta, extra=extra)}">{"".join(body)}</p>'


def g_cell(text, width, head=False):
    st = ("border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;"
          "border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;"
          "border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;"
          f"width:{width}pt;border-top-color:#000000;border-bottom-style:solid"
          + (";background-color:#d9ead3" if head else ""))
    par = f'<p style="{G_P.format(pb="0", ta="left", extra="")}">{g_span(text, "b" if head else "")}</p>'
    return f'<td colspan="1" rowspan="1" style="{st}">{par}</td>'


def build_lyon():
    widths = [118, 80, 162, 88]
    parts = ['<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
             '@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
             'ol{margin:0;padding:0}table td,table th{padding:0}</style></head>'
             '<body style="background-color:#ffffff;max-width:468pt;padding:54pt 54pt 54pt 54pt">']
    for kind, runs in TL.P:
        if kind == "table":
            rows = ['<tr style="height:0pt">' + "".join(g_cell(h, wd, True) for h, wd in zip(TL.TABLE_ENTETE, widths)) + "</tr>"]
            for r in TL.TABLE:
                rows.append('<tr style="height:0pt">' + "".join(g_cell(t, wd) for t, wd in zip(r, widths)) + "</tr>")
            parts.append('<a id="t.8f3c2d7a41b0e5c96d12a7f04be3c58d1e2f9a60"></a><a id="t.0"></a>'
                         '<table style="border-spacing:0;border-collapse:collapse;margin-right:auto">' + "".join(rows) + "</table>")
            parts.append(g_par("empty", []))
        else:
            parts.append(g_par(kind, runs))
    for n, (auteur, texte) in TL.COMMENTAIRES.items():
        parts.append(f'<div style="border:1px solid black;margin:5px"><p style="margin:0;color:#000000;font-size:11pt;'
                     f'font-family:&quot;Arial&quot;"><a href="#cmnt_ref{n}" id="cmnt{n}">[{LETTRES[n - 1]}]</a>'
                     f'<span style="color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;'
                     f'font-size:11pt;font-family:&quot;Arial&quot;;font-style:normal">{E(texte)}</span></p></div>')
    parts.append("</body></html>")
    open(P("circulaire_pi_2028_lyon.html"), "w", encoding="utf-8").write("".join(parts))
    return "circulaire_pi_2028_lyon.html"


# ============================================================ D. Outlook « Enregistrer sous > HTML » (Lille)
MSO_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst,
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle,
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-type:export-only;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
/* List Definitions */
@list l0
	{mso-list-id:1022590813;
	mso-list-type:hybrid;
	mso-list-template-ids:-1457040206 67895297 67895299 67895301 67895297 67895299 67895301 67895297 67895299 67895301;}
@list l0:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\F0B7;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;
	font-family:Symbol;}
ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
--></style>"""


def mso_p(text, bold=False, raw=False, style=""):
    body = text if raw else E(text)
    if bold:
        body = f"<b>{body}</b>"
    st = f" style='{style}'" if style else ""
    return f"<p class=MsoNormal{st}>{body}<o:p></o:p></p>\n"


def mso_table(head, rows, widths):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"]
    for i, r in enumerate([head] + rows):
        out.append(f"<tr style='mso-yfti-irow:{i}{';mso-yfti-firstrow:yes' if i == 0 else ''}'>\n")
        for j, (t, wd) in enumerate(zip(r, widths)):
            bg = "background:#D9E2F3;" if i == 0 else ""
            bl = "border:solid windowtext 1.0pt;" if (i == 0 and j == 0) else (
                "border:solid windowtext 1.0pt;border-left:none;" if i == 0 else
                "border:solid windowtext 1.0pt;border-top:none;" if j == 0 else
                "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;")
            body = f"<b>{E(t)}</b>" if i == 0 else E(t)
            out.append(f"<td width={int(wd*1.33)} valign=top style='width:{wd}pt;{bl}{bg}padding:0cm 5.4pt 0cm 5.4pt'>\n"
                       f"<p class=MsoNormal><span style='font-size:10.0pt'>{body}<o:p></o:p></span></p>\n</td>\n")
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def build_lille():
    o = [MSO_HEAD, "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]-->"
         "<!--[if gte mso 9]><xml>\n<o:shapelayout v:ext=\"edit\">\n<o:idmap v:ext=\"edit\" data=\"1\" />\n</o:shapelayout></xml><![endif]-->\n"
         "</head>\n<body lang=FR link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n<div class=WordSection1>\n"]
    # Outlook's header block of the saved message
    o.append(f"<p class=MsoNormal><b>De&nbsp;:</b> {TI.DE}<br>\n<b>Envoyé&nbsp;:</b> {E(TI.ENVOYE)}<br>\n"
             f"<b>À&nbsp;:</b> {E(TI.A)}<br>\n<b>Cc&nbsp;:</b> {E(TI.CC)}<br>\n<b>Objet&nbsp;:</b> {E(TI.OBJET)}<o:p></o:p></p>\n"
             "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    for t in TI.CORPS:
        o.append(mso_p(t)); o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    o.append(mso_table(TI.TABLE_ENTETE, [list(r) for r in TI.TABLE], [125, 70, 225, 90]))
    o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    o.append(mso_p(TI.PUCES_INTRO))
    n = len(TI.PUCES)
    for i, t in enumerate(TI.PUCES):
        cls = "MsoListParagraph" + ("CxSpFirst" if i == 0 else "CxSpLast" if i == n - 1 else "CxSpMiddle")
        o.append(f"<p class={cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
                 "<span style='font-family:Symbol'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
                 f"</span></span><![endif]>{E(t)}<o:p></o:p></p>\n")
    o.append("<!--[if gte mso 9]><p class=MsoNormal>" + E(TI.MSO_ONLY) + "</p><![endif]-->\n")
    o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    for t in TI.FIN:
        o.append(mso_p(t))
    o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    for t, b in TI.SIGNATURE:
        o.append(mso_p(t, bold=b, style="font-size:9.0pt;color:#1F3864" if not b else ""))
    o.append("<p class=MsoNormal><span style='mso-fareast-language:FR'><img width=120 height=38 style='width:1.25in;height:.3958in' "
             "id=\"Image_x0020_1\" src=\"mail_mec_2029_lille_fichiers/image001.png\" alt=\"Académie de Lille\"></span><o:p></o:p></p>\n")
    o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    # quoted message
    o.append("<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
             f"<p class=MsoNormal><b><span lang=FR style='mso-fareast-language:FR'>De&nbsp;:</span></b><span lang=FR "
             f"style='mso-fareast-language:FR'> {E(TI.Q_DE)} <br>\n<b>Envoyé&nbsp;:</b> {E(TI.Q_ENVOYE)}<br>\n"
             f"<b>À&nbsp;:</b> {E(TI.Q_A)}<br>\n<b>Objet&nbsp;:</b> {E(TI.Q_OBJET)}<o:p></o:p></span></p>\n</div>\n</div>\n"
             "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    for t in TI.Q_CORPS:
        o.append(mso_p(t)); o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    o.append(mso_table(TI.Q_TABLE_ENTETE, [list(r) for r in TI.Q_TABLE], [120, 100, 250]))
    o.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    for t in TI.Q_SUITE:
        o.append(mso_p(t))
    o.append("</div>\n</body>\n</html>\n")
    open(P("mail_mec_2029_lille.htm"), "w", encoding="utf-8").write("".join(o))
    return "mail_mec_2029_lille.htm"


# ============================================================ E. Word « Page Web filtrée » (note nationale OL)
def build_ol():
    o = ['<html>\n\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
         '<meta name=Generator content="Microsoft Word 15 (filtered)">\n<style>\n<!--\n /* Font Definitions */\n'
         ' @font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Marianne;}\n'
         ' /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin-top:0cm;\n\tmargin-right:0cm;\n'
         '\tmargin-bottom:6.0pt;\n\tmargin-left:0cm;\n\ttext-align:justify;\n\tfont-size:10.0pt;\n\tfont-family:"Arial",sans-serif;}\n'
         'h1\n\t{margin-top:12.0pt;\n\tmargin-right:0cm;\n\tmargin-bottom:6.0pt;\n\tmargin-left:18.0pt;\n\ttext-indent:-18.0pt;\n'
         '\tpage-break-after:avoid;\n\tfont-size:11.0pt;\n\tfont-family:"Arial",sans-serif;\n\tcolor:#000091;}\n'
         'p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast\n\t{margin-top:0cm;\n'
         '\tmargin-right:0cm;\n\tmargin-bottom:0cm;\n\tmargin-left:36.0pt;\n\ttext-align:justify;\n\tfont-size:10.0pt;\n'
         '\tfont-family:"Arial",sans-serif;}\n.MsoChpDefault\n\t{font-family:"Arial",sans-serif;}\n'
         ' /* Page Definitions */\n @page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:56.7pt 56.7pt 56.7pt 56.7pt;}\n'
         'div.WordSection1\n\t{page:WordSection1;}\n /* List Definitions */\n ol\n\t{margin-bottom:0cm;}\nul\n\t{margin-bottom:0cm;}\n'
         '-->\n</style>\n\n</head>\n\n<body lang=FR link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n\n'
         '<div class=WordSection1>\n\n']
    for t, b in TO.EN_TETE:
        body = f"<b>{E(t)}</b>" if b else f"<span style='font-size:9.0pt'>{E(t)}</span>"
        o.append(f"<p class=MsoNormal style='margin-bottom:0cm;text-align:left'>{body}</p>\n\n")
    o.append(f"<p class=MsoNormal align=right style='margin-top:12.0pt;text-align:right'>{E(TO.LIEU_DATE)}</p>\n\n")
    o.append(f"<p class=MsoNormal style='margin-left:198.45pt;text-align:left'><span style='font-size:9.0pt'>{E(TO.DESTINATAIRES)}</span></p>\n\n")
    o.append(f"<p class=MsoNormal><b>{E(TO.OBJET)}</b></p>\n\n<p class=MsoNormal><i><span style='font-size:9.0pt'>{E(TO.REFERENCES)}</span></i></p>\n\n")
    o.append(f"<p class=MsoNormal>{E(TO.INTRO)}</p>\n\n")

    def h1(n, t):
        o.append(f"<h1>{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{E(t)}</h1>\n\n")

    h1(1, TO.S1)
    widths = [95, 62, 40, 210, 36]
    o.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none'>\n")
    o.append(" <tr>\n" + "".join(
        f"  <td width={int(wd*1.333)} valign=top style='width:{wd}pt;border:solid windowtext 1.0pt;{'border-left:none;' if j else ''}"
        f"background:#E8EDFF;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal align=center style='margin-bottom:0cm;text-align:center'>"
        f"<b>{E(h)}</b></p>\n  </td>\n" for j, (h, wd) in enumerate(zip(TO.T_ENTETE, widths))) + " </tr>\n")
    for date, rs, hor, code, lib, dur, hidden in TO.T:
        o.append(" <tr>\n")
        cells = []
        if date is not None:
            a = f" rowspan={rs}" if rs > 1 else ""
            cells.append((date, widths[0], a, True))
        for t, wd in ((hor, widths[1]), (code, widths[2]), (lib, widths[3]), (dur, widths[4])):
            cells.append((t, wd, "", False))
        for t, wd, a, first in cells:
            body = E(t)
            if t == lib and hidden:
                body += f"<span style='display:none'> {E(hidden)}</span>"
            bl = "border:solid windowtext 1.0pt;border-top:none;" if first else \
                "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;"
            o.append(f"  <td width={int(wd*1.333)}{a} valign=top style='width:{wd}pt;{bl}padding:0cm 5.4pt 0cm 5.4pt'>\n"
                     f"  <p class=MsoNormal style='margin-bottom:0cm;text-align:left'>{body}</p>\n  </td>\n")
        o.append(" </tr>\n")
    o.append("</table>\n\n")
    o.append(f"<p class=MsoNormal style='margin-top:6.0pt'><i><span style='font-size:9.0pt'>{E(TO.S1_NOTE)}</span></i></p>\n\n")
    h1(2, TO.S2)
    n = len(TO.S2_PUCES)
    for i, t in enumerate(TO.S2_PUCES):
        cls = "MsoListParagraph" + ("CxSpFirst" if i == 0 else "CxSpLast" if i == n - 1 else "CxSpMiddle")
        o.append(f"<p class={cls} style='text-indent:-18.0pt'><span style='font-family:Symbol'>·<span style='font:7.0pt "
                 f"\"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{E(t)}</p>\n\n")
    o.append(f"<p class=MsoNormal style='margin-top:6.0pt'>{E(TO.S2_NOTE)}</p>\n\n")
    h1(3, TO.S3)
    for t in TO.S3_TEXTE:
        o.append(f"<p class=MsoNormal>{E(t)}</p>\n\n")
    for i, t in enumerate(TO.SIGNATURE):
        o.append(f"<p class=MsoNormal align=right style='margin-bottom:0cm;text-align:right{';margin-top:18.0pt' if i == 0 else ''}'>"
                 f"{'<b>' + E(t) + '</b>' if i == 2 else E(t)}</p>\n\n")
    o.append("</div>\n\n</body>\n\n</html>\n")
    data = "".join(o).encode("cp1252", errors="xmlcharrefreplace")
    open(P("note_nationale_ol_2027.htm"), "wb").write(data)
    return "note_nationale_ol_2027.htm"


# ============================================================ printing and scan
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def print_pdf(src, stem):
    out = P(stem + ".pdf")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=/tmp/chr_independantes_ba", f"--print-to-pdf={out}", "file://" + P(src)],
                   check=True, capture_output=True, timeout=120)


def scan(stem, dpi=150):
    tmp = tempfile.mkdtemp(prefix="ba_scan_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", P(stem + ".pdf"), os.path.join(tmp, "p")], check=True)
    pages = []
    rng = np.random.default_rng(5)
    for name in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, name)).convert("L")
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12                                    # grey paper
        a += rng.normal(0, 7, a.shape)                       # sensor noise
        h = a.shape[0]
        a[:, :18] *= 0.55                                    # dark edge of the lid
        a += np.linspace(-6, 6, h)[:, None]                  # uneven light
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=68); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(P(stem + "_scan.pdf"), "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    shutil.rmtree(tmp)


def main():
    built = [(build_rennes(), "circulaire_ati_2026_rennes"),
             (build_montpellier(), "circulaire_tourisme_2027_montpellier"),
             (build_lyon(), "circulaire_pi_2028_lyon"),
             (build_lille(), "mail_mec_2029_lille"),
             (build_ol(), "note_nationale_ol_2027")]
    for src, stem in built:
        print_pdf(src, stem)
        print("built", src, stem + ".pdf")
    scan("circulaire_ati_2026_rennes")
    print("built circulaire_ati_2026_rennes_scan.pdf")


if __name__ == "__main__":
    main()
