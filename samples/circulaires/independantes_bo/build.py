#!/usr/bin/env python3
"""Build the independantes_bo corpus (character encodings, text files as Windows and old tools write them).
Run: /work/main/.venv/bin/python build.py   (writes only into this folder; deterministic: same bytes each run)."""
import html, io, os, re, zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

import textes_nancy as TN
import textes_besancon as TB
import textes_normandie as TR
import textes_toulouse as TT
import textes_lyon as TL

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)


def write(name, data):
    with open(P(name), "wb") as fh:
        fh.write(data)
    print(f"{name}: {len(data)} bytes")


# ------------------------------------------------------------------ A. Nancy-Metz: cp1252 text + cp1252 CSV
def french_spaces(t):
    """Word's French typography: no-break spaces inside « » and before : ; (only some, as a user would)."""
    t = t.replace("« ", "«\u00a0").replace(" »", "\u00a0»")
    return re.sub(r" (?=[:;] )", "\u00a0", t)


def build_nancy():
    txt = french_spaces(TN.LETTRE).replace("\n", "\r\n")
    write("circulaire_et_2027_nancy-metz.txt", txt.encode("cp1252"))  # strict: every character exists in cp1252
    out = []
    for row in TN.CSV:
        cells = []
        for c in row:
            if any(ch in c for ch in ';"\n'):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(";".join(cells))
    write("calendrier_et_2027_nancy-metz.csv", ("\r\n".join(out) + "\r\n").encode("cp1252"))


# ------------------------------------------------------------------ B. Besançon: UTF-16 LE (Notepad, Excel « Texte Unicode »)
def build_besancon():
    txt = TB.LETTRE.replace("\n", "\r\n")
    write("circulaire_crsa_2028_besancon.txt", b"\xff\xfe" + txt.encode("utf-16-le"))
    lines = []
    for row in TB.CALENDRIER:
        cells = []
        for c in row:
            if any(ch in c for ch in '\t"\n'):
                c = '"' + c.replace('"', '""') + '"'   # Excel keeps the bare LF inside the quoted cell
            cells.append(c)
        lines.append("\t".join(cells))
    write("calendrier_crsa_2028_besancon.txt", b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le"))


# ------------------------------------------------------------------ C. Normandie: Mac OS Roman, CR line endings
def build_normandie():
    txt = TR.LETTRE.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace("\n", "\r")
    write("circulaire_era_2029_normandie.txt", txt.encode("mac_roman"))


# ------------------------------------------------------------------ D. Toulouse: DOCX with Symbol/Wingdings PUA + lying HTML
TOKEN = re.compile(r"(\[W:[0-9A-F]{4}\]|[\uf020-\uf0ff])")


def pua_font(ch):
    return "Symbol" if ch in TT.SYMBOL_FONT else "Wingdings"


def fill(par, text, bold=False, size=None):
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("[W:"):
            r = par.add_run()
            sym = OxmlElement("w:sym")
            sym.set(qn("w:font"), "Wingdings")
            sym.set(qn("w:char"), part[3:7])
            r._r.append(sym)
        elif len(part) == 1 and 0xF020 <= ord(part) <= 0xF0FF:
            r = par.add_run(part)
            r.font.name = pua_font(part)
            rpr = r._r.get_or_add_rPr()
            rpr.rFonts.set(qn("w:cs"), pua_font(part))
            rpr.rFonts.set(qn("w:hint"), "default")
        else:
            chunks = part.split("\n")
            for i, chunk in enumerate(chunks):
                r = par.add_run(chunk)
                r.bold = bold
                if size:
                    r.font.size = Pt(size)
                if i < len(chunks) - 1:
                    r.add_break()


def build_toulouse_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    for i, line in enumerate(TT.EN_TETE):
        p = doc.add_paragraph()
        fill(p, line, bold=(i == 0), size=9 if i else 11)
        p.paragraph_format.space_after = Pt(0)
    for b in TT.BLOCS:
        kind = b[0]
        if kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    cell = t.cell(i, j)
                    fill(cell.paragraphs[0], c, bold=(i == 0), size=9)
            doc.add_paragraph()
            continue
        p = doc.add_paragraph()
        if kind == "li":
            p.paragraph_format.left_indent = Cm(1.27)
            p.paragraph_format.first_line_indent = Cm(-0.63)
            fill(p, b[1] + "\t" + b[2])
        elif kind == "right":
            p.paragraph_format.left_indent = Cm(9)
            fill(p, b[1])
        elif kind == "sig":
            p.paragraph_format.left_indent = Cm(9)
            p.paragraph_format.space_before = Pt(18)
            fill(p, b[1])
        elif kind in ("b", "h"):
            fill(p, b[1], bold=True, size=11 if kind == "h" else None)
        else:
            fill(p, b[1])
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if kind == "p" else None
    doc.core_properties.author = "Rémi Castagné"
    doc.core_properties.title = "Circulaire BTS SAM 2026"
    doc.core_properties.last_modified_by = "DEC4"
    import datetime as dt
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 1, 26, 16, 5)
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps: same bytes on every build
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 26, 16, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    write("circulaire_sam_2026_toulouse.docx", out.getvalue())


WORD_CSS = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}
 @font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;}
 @font-face
	{font-family:Arial;
	panose-1:2 11 6 4 2 2 2 2 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	margin-bottom:6.0pt;
	font-size:10.0pt;
	font-family:"Arial",sans-serif;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:36.0pt;
	font-size:10.0pt;
	font-family:"Arial",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 62.35pt 70.85pt 62.35pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>"""


def word_html(text):
    out = []
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith("[W:"):
            out.append("<span style='font-family:Wingdings'>" + html.escape(chr(int(part[3:7], 16) - 0xF000)) + "</span>")
        elif len(part) == 1 and 0xF020 <= ord(part) <= 0xF0FF:
            out.append(f"<span style='font-family:{pua_font(part)}'>" + html.escape(chr(ord(part) - 0xF000)) + "</span>")
        else:
            out.append(html.escape(part, quote=False).replace("\u00a0", "&nbsp;").replace("\n", "<br>\n"))
    return "".join(out)


def build_toulouse_html():
    body = []
    for i, line in enumerate(TT.EN_TETE):
        body.append(f"<p class=MsoNormal style='margin-bottom:0cm'><span style='font-size:{11 if i == 0 else 9}.0pt'>"
                    + ("<b>" if i == 0 else "") + word_html(line) + ("</b>" if i == 0 else "") + "</span></p>")
    for b in TT.BLOCS:
        kind = b[0]
        if kind == "table":
            rows = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 align=center\n style='border-collapse:collapse;border:none'>"]
            for i, row in enumerate(b[1]):
                cells = "".join(f"<td width=151 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                                f"<p class=MsoNormal style='margin-bottom:0cm'><span style='font-size:9.0pt'>"
                                + ("<b>" if i == 0 else "") + word_html(c) + ("</b>" if i == 0 else "") + "</span></p></td>\n"
                                for c in row)
                rows.append(f" <tr>\n{cells} </tr>")
            rows.append("</table>\n<p class=MsoNormal>&nbsp;</p>")
            body.append("\n".join(rows))
        elif kind == "li":
            body.append("<p class=MsoListParagraph style='text-indent:-18.0pt'>"
                        f"<span style='font-family:{pua_font(b[1])}'>{html.escape(chr(ord(b[1]) - 0xF000))}"
                        "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>"
                        + word_html(b[2]) + "</p>")
        elif kind in ("right", "sig"):
            body.append("<p class=MsoNormal style='margin-left:255.15pt'>" + word_html(b[1]) + "</p>")
        elif kind in ("b", "h"):
            body.append("<p class=MsoNormal><b>" + word_html(b[1]) + "</b></p>")
        else:
            body.append("<p class=MsoNormal style='text-align:justify'>" + word_html(b[1]) + "</p>")
    page = ("<html>\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n<title>Circulaire BTS SAM 2026</title>\n"
            + WORD_CSS + "\n\n</head>\n\n<body lang=FR style='word-wrap:break-word'>\n\n<div class=WordSection1>\n\n"
            + "\n\n".join(body) + "\n\n</div>\n\n</body>\n\n</html>\n")
    # saved by Word in windows-1252, then re-saved « en UTF-8 » by an editor that left the meta untouched
    write("circulaire_sam_2026_toulouse_web.html", page.replace("\n", "\r\n").encode("utf-8"))


# ------------------------------------------------------------------ E. Lyon: double-encoded Markdown + HTML in cp1252 declared utf-8
def render_md():
    out = ["---", f'title: "{TL.TITRE}"', "exported: 2030-02-06T08:41:12+01:00", "source: intranet DEC / espace BTS",
           "tags: [examens, bts, gpme]", "---", ""]
    for b in TL.BLOCS:
        kind = b[0]
        if kind == "h1":
            out += ["# " + b[1], ""]
        elif kind == "h2":
            out += ["## " + b[1], ""]
        elif kind == "ul":
            out += ["- " + x for x in b[1]] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(b[1][0]) + " |")
            out.append("|" + "|".join("---" for _ in b[1][0]) + "|")
            out += ["| " + " | ".join(r) + " |" for r in b[1][1:]]
            out.append("")
        else:
            out += [b[1], ""]
    return "\n".join(out)


def mojibake(t):
    return t.encode("utf-8").decode("cp1252")  # strict: fails if a byte is undefined in cp1252


def build_lyon_md():
    md = render_md()
    bad = mojibake(md)
    assert bad.encode("cp1252").decode("utf-8") == md
    write("circulaire_gpme_2030_lyon.md", bad.encode("utf-8"))


def inline_html(t):
    t = html.escape(t, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)


def build_lyon_html():
    body = []
    for b in TL.BLOCS:
        kind = b[0]
        if kind == "h1":
            body.append(f'<h1 class="titre">{inline_html(b[1])}</h1>')
        elif kind == "h2":
            body.append(f'<h3 class="spip">{inline_html(b[1])}</h3>')
        elif kind == "ul":
            body.append('<ul class="spip">' + "".join(f'<li>{inline_html(x)}</li>' for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = [f"<tr class=\"row_first\">" + "".join(f"<th>{inline_html(c)}</th>" for c in b[1][0]) + "</tr>"]
            rows += ['<tr class="row_' + ("odd" if i % 2 else "even") + ' ">' + "".join(f"<td>{inline_html(c)}</td>" for c in r) + "</tr>"
                     for i, r in enumerate(b[1][1:])]
            body.append('<table class="spip">\n' + "\n".join(rows) + "\n</table>")
        else:
            body.append(f"<p>{inline_html(b[1])}</p>")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" lang="fr" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{html.escape(TL.TITRE)} - Espace établissements</title>
<link rel="stylesheet" href="squelettes/css/etab.css" type="text/css" media="all" />
</head>
<body class="page_article">
<div id="page">
<div id="entete"><a href="./">Académie de Lyon – Espace établissements</a></div>
<div id="chemin"><a href="./">Accueil</a> &gt; <a href="rubrique12.html">Examens</a> &gt; <a href="rubrique31.html">BTS</a> &gt; GPME</div>
<div class="contenu-principal">
{chr(10).join(body)}
</div>
<div id="pied">Article mis en ligne le jeudi 7 février 2030 par la DEC 3 – <a href="spip.php?page=imprimer">version imprimable</a></div>
</div>
</body>
</html>
"""
    # the CMS stores and serves windows-1252 bytes; characters outside it become numeric references
    write("circulaire_gpme_2030_lyon_site.html", page.encode("cp1252", errors="xmlcharrefreplace"))


if __name__ == "__main__":
    build_nancy()
    build_besancon()
    build_normandie()
    build_toulouse_docx()
    build_toulouse_html()
    build_lyon_md()
    build_lyon_html()
