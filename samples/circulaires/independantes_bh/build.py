#!/usr/bin/env python3
"""Build the independantes_bh corpus (circulars received by e-mail or saved as web archives).
Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus temp files, a private LibreOffice profile and a Chromium profile in /tmp)."""
import base64, email.header, email.utils, html, io, os, quopri, random, shutil, subprocess, tempfile
from email.message import EmailMessage
from email.policy import SMTP

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_orleans as TO
import textes_rennes as TR
import textes_grenoble as TG
import textes_clermont as TC
import textes_crsa as TN

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bh"
CHROME_PROFILE = "/tmp/chromium_bh"
FONT_DIR = "/usr/share/fonts/truetype/liberation2"
random.seed(11)
E = lambda s: html.escape(s, quote=False)


def font(size, bold=False):
    return ImageFont.truetype(os.path.join(FONT_DIR, "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"), size)


def logo_png(lines, w=360, h=120, fill=(0, 45, 110)):
    """A small institutional logo (drawn, not copied)."""
    need = 54 + max(font(26 if i == 0 else 17, bold=i == 0).getlength(l) for i, l in enumerate(lines))
    w = max(w, int(need))
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 18, h], fill=fill)
    d.rectangle([22, 0, 28, h], fill=(225, 0, 15))
    y = 14
    for i, line in enumerate(lines):
        f = font(26 if i == 0 else 17, bold=i == 0)
        d.text((42, y), line, fill=fill if i == 0 else (60, 60, 60), font=f)
        y += 34 if i == 0 else 24
    buf = io.BytesIO(); im.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def chromium_pdf(src_url, out_pdf):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={CHROME_PROFILE}",
           "--no-pdf-header-footer", f"--print-to-pdf={out_pdf}", src_url]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def lo_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)


def fix_boundaries(msg, tag):
    """Deterministic MIME boundaries, so that a rebuild gives the same bytes."""
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{tag}_{n:02d}_{4711 * n:06d}")


def addr(pair):
    return email.utils.formataddr(pair)


# ================================================================ A. CG Orléans-Tours 2027: eml + attached PDF
def orleans_pdf():
    pdfmetrics.registerFont(TTFont("LibSans", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSans-B", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-B")
    st = ParagraphStyle("n", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("s", parent=st, fontSize=8.5, leading=11, spaceAfter=2)
    right = ParagraphStyle("r", parent=st, alignment=TA_RIGHT)
    h = ParagraphStyle("h", parent=st, fontName="LibSans-B", fontSize=11, textColor=colors.HexColor("#1d3a6e"),
                       spaceBefore=8, spaceAfter=5)
    cell = ParagraphStyle("c", parent=st, fontSize=9, leading=11.5, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LibSans-B", textColor=colors.white)
    br = lambda t: E(t).replace("\n", "<br/>")
    story = []
    head = [Paragraph(f"<b>{E(TO.EN_TETE[0])}</b>", st)] + [Paragraph(E(l), small) for l in TO.EN_TETE[1:]]
    story.append(Table([[head, Paragraph(E(TO.LIEU_DATE), right)]], colWidths=[9 * cm, 8 * cm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 10))
    story.append(Table([["", Paragraph(br(TO.DESTINATAIRES), small)]], colWidths=[7 * cm, 10 * cm]))
    story.append(Spacer(1, 8))
    story.append(Paragraph(f"<b>{E(TO.OBJET)}</b>", st))
    for r in TO.REFERENCES:
        story.append(Paragraph(f"<i>{E(r)}</i>", small))
    story.append(Spacer(1, 6))
    story.append(Paragraph(E(TO.INTRO), st))

    def grid(head_row, rows, widths):
        data = [[Paragraph(br(c), cellb) for c in head_row]] + [[Paragraph(br(c), cell) for c in r] for r in rows]
        return Table(data, colWidths=widths, repeatRows=1, style=[
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d3a6e")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a869a")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f8")])])

    story.append(Paragraph(E(TO.T1), h)); story.append(Paragraph(E(TO.T1_NOTE), st))
    story.append(grid(TO.ECRITS_ENTETE, TO.ECRITS, [3.6 * cm, 3.2 * cm, 8.4 * cm, 1.8 * cm]))
    story.append(Spacer(1, 4)); story.append(Paragraph(E(TO.T1_FERIES), small))
    story.append(Paragraph(E(TO.T2), h))
    for t in TO.T2_TEXTE:
        story.append(Paragraph(E(t), st))
    story.append(Paragraph(E(TO.T3), h))
    for t in TO.T3_TEXTE:
        story.append(Paragraph(E(t), st))
    story.append(Paragraph(E(TO.T4), h))
    story.append(grid(TO.ORAUX_ENTETE, TO.ORAUX, [6.6 * cm, 5 * cm, 5.4 * cm]))
    story.append(Spacer(1, 4)); story.append(Paragraph(E(TO.T4_NOTE), st))
    story.append(Paragraph(E(TO.T5), h))
    for t in TO.T5_TEXTE:
        story.append(Paragraph(E(t), st))
    story.append(Spacer(1, 14))
    story.append(Table([["", [Paragraph(E(l) or "&nbsp;", st) for l in TO.SIGNATURE]]], colWidths=[9 * cm, 8 * cm]))

    def footer(canvas, doc):
        canvas.saveState(); canvas.setFont("LibSans", 7.5); canvas.setFillColor(colors.grey)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, f"Rectorat d'Orléans-Tours – DEC 3 – BTS CG session 2027 – page {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    rl_config.invariant = 1
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.6 * cm,
                            bottomMargin=2 * cm, title="Circulaire BTS CG 2027", author="Rectorat d'Orléans-Tours")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def build_orleans():
    pdf = orleans_pdf()
    open(P("circulaire_cg_2027_orleans-tours.pdf"), "wb").write(pdf)   # the attachment, as saved from the mail
    m = EmailMessage()
    m["From"] = addr(TO.MAIL_FROM); m["To"] = addr(TO.MAIL_TO); m["Cc"] = addr(TO.MAIL_CC)
    m["Subject"] = TO.MAIL_SUBJECT; m["Date"] = TO.MAIL_DATE
    m["Message-ID"] = "<20270216091244.4F2A1C@smtp.ac-orleans-tours.fr>"
    m["X-Mailer"] = "Zimbra 9.0.0_GA (ZimbraWebClient - FF122 (Win)/9.0.0_GA)"
    m.set_content(TO.MAIL_TEXT, cte="quoted-printable")
    m.add_alternative(TO.MAIL_HTML, subtype="html", cte="quoted-printable")
    m.add_attachment(pdf, maintype="application", subtype="pdf", filename=TO.ATTACH_NAME)
    fix_boundaries(m, "dec3")
    open(P("circulaire_cg_2027_orleans-tours.eml"), "wb").write(m.as_bytes(policy=SMTP))


# ================================================================ B. CIEL Rennes 2028: forwarded mail + Outlook print
def rennes_circular_html(logo_src):
    def table(head, rows):
        out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt;width:100%">',
               "<tr>" + "".join(f'<th style="background:#e2e8f0;text-align:left">{E(c)}</th>' for c in head) + "</tr>"]
        for r in rows:
            out.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
        return "\n".join(out + ["</table>"])
    return f"""<div style="font-family:Arial,sans-serif;font-size:10.5pt">
<p><img src="{logo_src}" alt="Académie de Rennes" height="60"></p>
<p style="text-align:right">{E(TR.LIEU_DATE)}</p>
<p style="font-size:13pt;font-weight:bold;color:#003366">{E(TR.TITRE)}</p>
<p style="font-weight:bold">{E(TR.SOUS_TITRE)}</p>
<p>{E(TR.INTRO)}</p>
<p style="font-weight:bold">{E(TR.ECRITS_TITRE)}</p>
{table(TR.ECRITS_ENTETE, TR.ECRITS)}
<p style="font-size:9pt"><i>{E(TR.ECRITS_NOTE)}</i></p>
<p style="font-weight:bold">{E(TR.PRATIQUES_TITRE)}</p>
{table(TR.PRATIQUES_ENTETE, TR.PRATIQUES)}
<p>{E(TR.DOSSIER)}</p>
<p>{E(TR.CCF)}</p>
<p>{E(TR.JURY)}</p>
<p>{E(TR.SIGNATURE)}</p>
</div>"""


def rennes_plain():
    """What the sender's client wrote as text/plain alternative: tables flattened with tabs."""
    out = [TR.LIEU_DATE, "", TR.TITRE, TR.SOUS_TITRE, "", TR.INTRO, "", TR.ECRITS_TITRE]
    out += ["\t".join(TR.ECRITS_ENTETE)] + ["\t".join(r) for r in TR.ECRITS] + [TR.ECRITS_NOTE, "", TR.PRATIQUES_TITRE]
    out += ["\t".join(TR.PRATIQUES_ENTETE)] + ["\t".join(r) for r in TR.PRATIQUES]
    out += ["", TR.DOSSIER, "", TR.CCF, "", TR.JURY, "", TR.SIGNATURE, ""]
    return "\n".join(out)


def build_rennes(tmp):
    logo = logo_png(["ACADÉMIE DE RENNES", "Rectorat", "Division des examens – DEC 2"])
    inner = EmailMessage()
    inner["From"] = addr(TR.INNER_FROM); inner["To"] = addr(TR.INNER_TO)
    inner["Subject"] = TR.INNER_SUBJECT; inner["Date"] = TR.INNER_DATE
    inner["Message-ID"] = "<a81c2e0f-5d7b-4c3e-9b1a-20280309084712@ac-rennes.fr>"
    inner.set_content(rennes_plain(), cte="quoted-printable")
    body = "<html><head><meta charset=\"utf-8\"></head><body>" + rennes_circular_html("cid:logo-dec2@ac-rennes.fr") + "</body></html>"
    inner.add_alternative(body, subtype="html", cte="base64")
    inner.get_payload()[1].add_related(logo, maintype="image", subtype="png", cid="<logo-dec2@ac-rennes.fr>",
                                       filename="image001.png")
    outer = EmailMessage()
    outer["From"] = addr(TR.OUTER_FROM); outer["To"] = ", ".join(addr(a) for a in TR.OUTER_TO)
    outer["Subject"] = TR.OUTER_SUBJECT; outer["Date"] = TR.OUTER_DATE
    outer["Message-ID"] = "<7d3f90aa-11c2-4b8e-8f61-20280310110237@ac-rennes.fr>"
    outer["User-Agent"] = "Mozilla Thunderbird"
    outer.set_content(TR.OUTER_TEXT, cte="8bit")
    outer.add_attachment(inner, filename="BTS CIEL session 2028 – circulaire d'organisation.eml")
    fix_boundaries(outer, "tb")
    open(P("circulaire_ciel_2028_rennes.eml"), "wb").write(outer.as_bytes(policy=SMTP))

    # Outlook-style print of the same circular received as an inline forward (TR: …)
    open(os.path.join(tmp, "logo.png"), "wb").write(logo)
    hdr = lambda rows: "".join(f'<tr><td class="k">{E(k)}</td><td>{v}</td></tr>' for k, v in rows)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 15mm 16mm; }}
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }}
.who {{ font-size: 12pt; font-weight: bold; border-bottom: 3px solid #000; padding-bottom: 3px; margin-bottom: 8px; }}
table.h td {{ font-size: 10pt; padding: 0 6px 1px 0; vertical-align: top; }}
table.h td.k {{ font-weight: bold; width: 110px; }}
hr.fw {{ border: 0; border-top: 1px solid #b5c4df; margin: 10px 0; }}
</style></head><body>
<div class="who">{E(TR.OUTER_FROM[0])}</div>
<table class="h">{hdr([("De:", E(addr(TR.OUTER_FROM))), ("Envoyé:", E(TR.OUTER_DATE_FR)),
                       ("À:", E(TR.OUTER_TO[0][0])), ("Objet:", E(TR.OUTER_SUBJECT))])}</table>
<br>
{''.join(f'<p>{t if "<br>" in t else E(t)}</p>' for t in TR.OUTER_HTML_INTRO)}
<hr class="fw">
<table class="h">{hdr([("De :", E(f"{TR.INNER_FROM[0]} <{TR.INNER_FROM[1]}>")), ("Envoyé :", E(TR.INNER_DATE_FR)),
                       ("À :", E(TR.INNER_TO[0])), ("Objet :", E(TR.INNER_SUBJECT))])}</table>
<br>
{rennes_circular_html("logo.png")}
</body></html>"""
    src = os.path.join(tmp, "rennes_print.html")
    open(src, "w", encoding="utf-8").write(page)
    chromium_pdf("file://" + src, P("circulaire_ciel_2028_rennes.pdf"))


# ================================================================ C. Tourisme Grenoble 2026: Word .mht
def qp_crlf(data):
    enc = quopri.encodestring(data)                  # soft breaks at 76 columns, '=' escaped
    return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64_crlf(data):
    s = base64.b64encode(data)
    return b"\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def word_html(img_ref):
    """HTML in the manner of Word's « Page Web, fichier unique »: MsoNormal paragraphs, o:p, mso styles, VML image."""
    pn = lambda t, extra="": f"<p class=MsoNormal{extra}><span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'>{E(t)}<o:p></o:p></span></p>"
    cell = lambda t, w, bold=False, bg=None: (
        f"<td width={w} valign=top style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
        f"{'background:' + bg + ';' if bg else ''}padding:0cm 5.4pt 0cm 5.4pt'>"
        + "".join(f"<p class=MsoNormal><span style='font-size:9.0pt;font-family:\"Arial\",sans-serif'>"
                  f"{'<b>' if bold else ''}{E(line)}{'</b>' if bold else ''}<o:p></o:p></span></p>" for line in t.split("\n"))
        + "</td>")
    widths = [190, 95, 140, 200]
    rows = ["<tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>" + "".join(cell(h, w, True, "#D9E2F3") for h, w in zip(TG.CAL_ENTETE, widths)) + "</tr>"]
    for i, r in enumerate(TG.CAL, 1):
        rows.append(f"<tr style='mso-yfti-irow:{i}'>" + "".join(cell(c, w) for c, w in zip(r, widths)) + "</tr>")
    bullets = "".join(
        f"<p class=MsoListParagraphCxSpMiddle style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
        f"<![if !supportLists]><span style='font-family:Symbol'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>"
        f"<span style='font-size:10.0pt;font-family:\"Arial\",sans-serif'>{E(t)}<o:p></o:p></span></p>" for t in TG.ADRESSES)
    titre = lambda t: f"<h2 style='margin-top:12.0pt'><span style='font-size:12.0pt;font-family:\"Arial\",sans-serif;color:#1F3864'>{E(t)}<o:p></o:p></span></h2>"
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="circulaire_BTS_tourisme_2026_fichiers/filelist.xml">
<link rel=Edit-Time-Data href="circulaire_BTS_tourisme_2026_fichiers/editdata.mso">
<title>Circulaire BTS Tourisme 2026</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{TG.AUTEUR}</o:Author>
  <o:LastAuthor>{TG.AUTEUR}</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>94</o:TotalTime>
  <o:Created>{TG.CREE}</o:Created>
  <o:LastSaved>{TG.MODIFIE}</o:LastSaved>
  <o:Pages>2</o:Pages>
  <o:Company>Rectorat de Grenoble</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>110</w:Zoom>
  <w:HyphenationZone>21</w:HyphenationZone>
  <w:LidThemeOther>FR</w:LidThemeOther>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;mso-style-qformat:yes;margin:0cm;margin-bottom:.0001pt;
	mso-pagination:widow-orphan;font-size:11.0pt;font-family:"Calibri",sans-serif;mso-fareast-language:EN-US;}}
h2	{{mso-style-priority:9;margin-top:2.0pt;margin-right:0cm;margin-bottom:0cm;margin-left:0cm;
	page-break-after:avoid;mso-outline-level:2;font-size:13.0pt;font-weight:bold;}}
p.MsoListParagraphCxSpMiddle {{margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;}}
@page WordSection1
	{{size:595.3pt 841.9pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;mso-header-margin:35.4pt;mso-footer-margin:35.4pt;}}
div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 @list l0
	{{mso-list-id:1189417731;mso-list-type:hybrid;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable {{mso-style-name:"Tableau Normal";mso-tstyle-rowband-size:0;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2049"/>
</xml><![endif]-->
</head>

<body lang=FR link="#0563C1" vlink="#954F72" style='tab-interval:35.4pt'>

<div class=WordSection1>

<p class=MsoNormal><span style='mso-no-proof:yes'><!--[if gte vml 1]><v:shape id="Image_x0020_1" o:spid="_x0000_i1025"
 type="#_x0000_t75" alt="Logo académie" style='width:135pt;height:45pt;visibility:visible;mso-wrap-style:square'>
 <v:imagedata src="{img_ref}" o:title=""/>
</v:shape><![endif]--><![if !vml]><img height=60
src="{img_ref}" alt="Logo académie" v:shapes="Image_x0020_1"><![endif]></span></p>

{''.join(pn(l) for l in TG.EN_TETE)}
{pn(TG.LIEU_DATE, " align=right style='text-align:right'")}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{pn(TG.DESTINATAIRES, " style='margin-left:170.0pt'")}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='font-size:10.0pt;font-family:"Arial",sans-serif'>{E(TG.OBJET)}<o:p></o:p></span></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{pn(TG.INTRO)}
{titre(TG.H1)}
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
{chr(10).join(rows)}
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='font-size:10.0pt;font-family:"Arial",sans-serif'>Adresses des centres :<o:p></o:p></span></p>
{bullets}
{titre(TG.H2)}
{pn(TG.E6_TEXTE)}
{titre(TG.H3)}
{''.join(pn(t) for t in TG.E4_TEXTE)}
<p class=MsoNormal><i><span style='font-size:9.0pt;font-family:"Arial",sans-serif'>{E(TG.FERIES)}<o:p></o:p></span></i></p>
{titre(TG.H4)}
{''.join(pn(t) for t in TG.JURY)}
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
{''.join(pn(t, " style='margin-left:240.0pt'") for t in TG.SIGNATURE)}

</div>

</body>

</html>
"""


def build_grenoble(tmp):
    logo = logo_png(["ACADÉMIE DE GRENOBLE", "Rectorat", "Division des examens et concours"], fill=(0, 70, 120))
    small = Image.open(io.BytesIO(logo)).convert("RGB"); small = small.resize((small.width // 2, small.height // 2))
    jb = io.BytesIO(); small.save(jb, "JPEG", quality=80)
    folder = "circulaire_BTS_tourisme_2026_fichiers"
    base = "file:///C:/Users/cvuillermoz/AppData/Local/Temp/"
    boundary = "----=_NextPart_01DC9086.3A5B7E20"
    htm = word_html(f"{folder}/image001.png").encode("cp1252")
    filelist = f"""<xml xmlns:o="urn:schemas-microsoft-com:office:office">
 <o:MainFile HRef="../circulaire_BTS_tourisme_2026.htm"/>
 <o:File HRef="image001.png"/>
 <o:File HRef="image002.jpg"/>
 <o:File HRef="filelist.xml"/>
</xml>""".encode("ascii")
    parts = [
        ("text/html; charset=\"windows-1252\"", base + "circulaire_BTS_tourisme_2026.htm", "quoted-printable", qp_crlf(htm)),
        ("image/png", base + folder + "/image001.png", "base64", b64_crlf(logo)),
        ("image/jpeg", base + folder + "/image002.jpg", "base64", b64_crlf(jb.getvalue())),
        ("text/xml; charset=\"utf-8\"", base + folder + "/filelist.xml", "quoted-printable", qp_crlf(filelist)),
    ]
    out = [b"MIME-Version: 1.0",
           f"Content-Type: multipart/related; boundary=\"{boundary}\"".encode(), b"",
           "Ce document est une page Web à fichier unique, également appelée fichier d'archive Web. Si ce message "
           "s'affiche, votre navigateur ou votre éditeur ne prend pas en charge les fichiers d'archive Web. Veuillez "
           "télécharger un navigateur qui prend en charge les archives Web.".encode("cp1252"), b""]
    for ctype, loc, cte, data in parts:
        out += [f"--{boundary}".encode(), f"Content-Location: {loc}".encode(),
                f"Content-Transfer-Encoding: {cte}".encode(), f"Content-Type: {ctype}".encode(), b"", data, b""]
    out += [f"--{boundary}--".encode(), b""]
    open(P("circulaire_tourisme_2026_grenoble.mht"), "wb").write(b"\r\n".join(out))

    # printable copy: the same HTML opened from a folder, printed by Chromium
    d = os.path.join(tmp, "grenoble"); os.makedirs(os.path.join(d, folder), exist_ok=True)
    open(os.path.join(d, folder, "image001.png"), "wb").write(logo)
    open(os.path.join(d, "page.htm"), "wb").write(htm)
    chromium_pdf("file://" + os.path.join(d, "page.htm"), P("circulaire_tourisme_2026_grenoble.pdf"))


# ================================================================ D. GPME Clermont-Ferrand 2029: browser .mhtml
CSS = """
body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;color:#1e1e1e;font-size:15px}
header.site{display:flex;align-items:center;gap:24px;padding:10px 32px;border-bottom:1px solid #ddd}
header.site img{height:54px}
nav.main ul{display:flex;gap:18px;list-style:none;margin:0;padding:0;font-weight:bold;font-size:14px}
.fil{font-size:12px;color:#555;padding:8px 32px}
.fil span+span:before{content:" › "}
main{display:flex;gap:32px;padding:0 32px}
article{flex:3}
aside{flex:1;border-left:4px solid #000091;padding-left:14px;font-size:13px}
h1{font-size:26px;color:#000091;margin:10px 0}
.meta{font-size:12px;color:#666}
.chapo{font-size:16px;font-weight:bold}
.tabs [role=tab]{display:inline-block;padding:6px 12px;border:1px solid #ccc;border-bottom:none;background:#f2f2f9;margin-right:4px}
.tabs [role=tab][aria-selected=true]{background:#000091;color:#fff}
.panel{display:none;border:1px solid #ccc;padding:10px 14px}
.panel.active{display:block}
table.cal{border-collapse:collapse;width:100%}
table.cal td,table.cal th{border-bottom:1px solid #ddd;padding:5px 6px;text-align:left;vertical-align:top}
.code{font-weight:bold;color:#000091}
footer{margin-top:24px;padding:12px 32px;background:#1e1e1e;color:#eee;font-size:12px}
@media print{
  .panel{display:block!important;margin-bottom:10px}
  .panel h3.print-only{display:block}
  nav.main,.tabs [role=tablist]{display:none}
  aside{display:none}
}
h3.print-only{display:none;font-size:15px;margin:4px 0}
"""


def clermont_html(logo_url, css_url, icon_url):
    tabs = "".join(f'<button role="tab" aria-selected="{"true" if i == 0 else "false"}" aria-controls="p{i}" id="t{i}">{E(t)}</button>'
                   for i, t in enumerate(TC.TABS))
    ecrits = "".join(f'<tr><td>{E(d)}</td><td>{E(h)}</td><td class="code">{c}</td><td>{E(l)}</td></tr>' for d, h, c, l in TC.ECRITS)
    oraux = "".join(f'<tr><td class="code">{c}</td><td>{E(l)}</td><td>{E(d)}</td><td>{E(lieu)}</td></tr>' for c, l, d, lieu in TC.ORAUX)
    panel = lambda i, inner: (f'<div class="panel{" active" if i == 0 else ""}" role="tabpanel" id="p{i}" aria-labelledby="t{i}"'
                              f'{"" if i == 0 else " hidden"}><h3 class="print-only">{E(TC.TABS[i])}</h3>{inner}</div>')
    return f"""<!DOCTYPE html><html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(TC.TITLE)}</title>
<link rel="stylesheet" type="text/css" href="{css_url}">
<link rel="icon" href="{icon_url}">
</head><body>
<header class="site"><a href="https://www.ac-clermont.fr/"><img src="{logo_url}" alt="Académie de Clermont-Ferrand"></a>
<nav class="main" aria-label="Menu principal"><ul>{''.join(f'<li><a href="#">{E(m)}</a></li>' for m in TC.MENU)}</ul></nav></header>
<div class="fil">{''.join(f'<span>{E(n)}</span>' for n in TC.NAV)}</div>
<main><article>
<h1>{E(TC.H1)}</h1>
<p class="meta">{E(TC.PUBLIE)} · {E(TC.MAJ)}</p>
<p class="chapo">{E(TC.CHAPO)}</p>
<div class="tabs"><div role="tablist">{tabs}</div>
{panel(0, f'<p>{E(TC.ECRITS_INTRO)}</p><table class="cal"><thead><tr><th>Date</th><th>Horaire</th><th>Épreuve</th><th>Intitulé</th></tr></thead><tbody>{ecrits}</tbody></table><p><small>{E(TC.ECRITS_NOTE)}</small></p>')}
{panel(1, ''.join(f'<p>{E(t)}</p>' for t in TC.DOSSIER))}
{panel(2, f'<table class="cal"><thead><tr><th>Épreuve</th><th>Intitulé</th><th>Dates</th><th>Centre(s)</th></tr></thead><tbody>{oraux}</tbody></table><p>{E(TC.ORAUX_NOTE)}</p>')}
{panel(3, ''.join(f'<p>{E(t)}</p>' for t in TC.JURY))}
</div>
<p>{E(TC.CONTACT)}</p>
</article>
<aside><h2>À lire aussi</h2><ul>{''.join(f'<li><a href="#">{E(a)}</a></li>' for a in TC.A_LIRE)}</ul></aside></main>
<footer>{E(TC.FOOTER)}</footer>
<script>document.querySelectorAll('[role=tab]').forEach(function(t){{t.addEventListener('click',function(){{}})}});</script>
</body></html>"""


def build_clermont(tmp):
    site = "https://www.ac-clermont.fr"
    logo_url, css_url, icon_url = f"{site}/themes/acad/logo-acad.png", f"{site}/themes/acad/css/main.css?v=3.2.1", f"{site}/favicon.png"
    logo = logo_png(["ACADÉMIE DE CLERMONT-FERRAND", "Région académique Auvergne-Rhône-Alpes"], w=470, h=90, fill=(0, 0, 145))
    icon = Image.new("RGB", (32, 32), (0, 0, 145)); ib = io.BytesIO(); icon.save(ib, "PNG")
    page = clermont_html(logo_url, css_url, icon_url)
    boundary = "----MultipartBoundary--kQ3f8ZRxw1bN7pTjG2yVhS5mCa0LdE4uYo9iXr6WsP----"
    head = [f"From: <Saved by Blink>", f"Snapshot-Content-Location: {TC.URL}",
            "Subject: " + email.header.Header(TC.TITLE, "utf-8").encode(maxlinelen=76).replace("\n", "\r\n"),
            f"Date: {TC.SAVED}", "MIME-Version: 1.0", "Content-Type: multipart/related;",
            '\ttype="text/html";', f'\tboundary="{boundary}"', "", ""]
    out = [l.encode() for l in head]
    parts = [("text/html", "<frame-8C1F3A27B0E94D6E2A55F0C1D7B3E9A4@mhtml.blink>", "quoted-printable", TC.URL,
              qp_crlf(page.encode("utf-8"))),
             ("text/css", "<css-0a6d5e4f-7b2c-4f1e-9d8a-3c5b6e7f8a90@mhtml.blink>", "quoted-printable", css_url,
              qp_crlf(CSS.encode("utf-8"))),
             ("image/png", None, "base64", logo_url, b64_crlf(logo)),
             ("image/png", None, "base64", icon_url, b64_crlf(ib.getvalue()))]
    for ctype, cid, cte, loc, data in parts:
        out.append(f"--{boundary}".encode())
        out.append(f"Content-Type: {ctype}".encode())
        if cid:
            out.append(f"Content-ID: {cid}".encode())
        out += [f"Content-Transfer-Encoding: {cte}".encode(), f"Content-Location: {loc}".encode(), b"", data, b""]
    out += [f"--{boundary}--".encode(), b""]
    open(P("circulaire_gpme_2029_clermont-ferrand.mhtml"), "wb").write(b"\r\n".join(out))

    # printed from the browser (print stylesheet shows every tab panel)
    d = os.path.join(tmp, "clermont"); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "main.css"), "w", encoding="utf-8").write(CSS)
    open(os.path.join(d, "logo.png"), "wb").write(logo)
    local = clermont_html("logo.png", "main.css", "logo.png").replace(" hidden>", ">")
    open(os.path.join(d, "page.html"), "w", encoding="utf-8").write(local)
    chromium_pdf("file://" + os.path.join(d, "page.html"), P("circulaire_gpme_2029_clermont-ferrand.pdf"))


# ================================================================ E. Note nationale CRSA 2025: eml + DOCX attachment
def crsa_docx(path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(2)
    for i, l in enumerate(TN.EN_TETE):
        p = doc.add_paragraph(); r = p.add_run(l); r.bold = i == 0; r.font.size = Pt(9 if i else 10)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph(TN.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(TN.DESTINATAIRES); p.paragraph_format.left_indent = Cm(6)
    p = doc.add_paragraph(); p.add_run(TN.OBJET).bold = True
    p = doc.add_paragraph(); r = p.add_run(TN.REFERENCES); r.italic = True; r.font.size = Pt(8.5)
    doc.add_paragraph(TN.INTRO)

    def h(t):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True
        r = p.add_run(t); r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x00, 0x00, 0x91)

    h(TN.H1)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, TN.ECRITS_ENTETE):
        c.text = ""; r = c.paragraphs[0].add_run(txt); r.bold = True; r.font.size = Pt(9)
        tcPr = c._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "DCE3F0"); tcPr.append(shd)
    for row in TN.ECRITS:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = ""; r = c.paragraphs[0].add_run(txt); r.font.size = Pt(9)
    for c, w in zip(t.columns, (Cm(1.8), Cm(7.4), Cm(4.2), Cm(3.2))):
        for cell in c.cells:
            cell.width = w
    h(TN.H2); doc.add_paragraph(TN.CCF)
    h(TN.H3)
    for x in TN.E62:
        doc.add_paragraph(x)
    h(TN.H4); doc.add_paragraph(TN.EF)
    h(TN.H5)
    for x in TN.NOTES:
        doc.add_paragraph(x)
    p = doc.add_paragraph(); r = p.add_run(TN.FERIES); r.italic = True; r.font.size = Pt(9)
    doc.add_paragraph()
    for l in TN.SIGNATURE:
        p = doc.add_paragraph(l); p.paragraph_format.left_indent = Cm(8.5); p.paragraph_format.space_after = Pt(0)
    doc.core_properties.author = "DGESIP A1"
    doc.core_properties.title = "Note nationale BTS CRSA 2025"
    doc.save(path)


def scan(pdf_in, pdf_out, tmp):
    """Flatbed scan of the printed note: 150 dpi grey, slight skew, noise, JPEG; no text layer."""
    prefix = os.path.join(tmp, "scan")
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf_in, prefix], check=True)
    pages = sorted(f for f in os.listdir(tmp) if f.startswith("scan") and f.endswith(".png"))
    rng = np.random.default_rng(3)
    imgs = []
    for i, f in enumerate(pages):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate(random.uniform(-0.7, 0.7), resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.9 + 18 + rng.normal(0, 7, a.shape)
        a[:, :14] = 60                                  # dark edge of the scanner lid
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO(); im.save(jb, "JPEG", quality=65); jb.seek(0)
        imgs.append(Image.open(jb).convert("L"))
    imgs[0].save(pdf_out, "PDF", resolution=150, save_all=True, append_images=imgs[1:])


def build_crsa(tmp):
    docx_tmp = os.path.join(tmp, TN.ATTACH_NAME)
    crsa_docx(docx_tmp)
    data = open(docx_tmp, "rb").read()
    m = EmailMessage()
    m["From"] = addr(TN.MAIL_FROM); m["To"] = addr(TN.MAIL_TO)
    m["Subject"] = TN.MAIL_SUBJECT; m["Date"] = TN.MAIL_DATE
    m["Message-ID"] = "<0c5b1f7e9a2d41c88e3f6a7b2d4c1e90@EXCH-MESR-02.ad.enseignementsup.gouv.fr>"
    m["X-MS-Has-Attach"] = "yes"; m["Thread-Topic"] = TN.MAIL_SUBJECT
    m.set_content(TN.MAIL_TEXT, cte="base64")
    m.add_alternative(TN.MAIL_HTML, subtype="html", cte="quoted-printable")
    m.add_attachment(data, maintype="application", subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename=TN.ATTACH_NAME)
    fix_boundaries(m, "exch")
    open(P("note_nationale_crsa_2025.eml"), "wb").write(m.as_bytes(policy=SMTP))
    lo_pdf(docx_tmp, tmp)
    shutil.copy(os.path.join(tmp, TN.ATTACH_NAME[:-5] + ".pdf"), P("note_nationale_crsa_2025.pdf"))
    scan(P("note_nationale_crsa_2025.pdf"), P("note_nationale_crsa_2025_scan.pdf"), tmp)


def main():
    tmp = tempfile.mkdtemp(prefix="bh_build_")
    try:
        build_orleans()
        build_rennes(tmp)
        build_grenoble(tmp)
        build_clermont(tmp)
        build_crsa(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".eml", ".mht", ".mhtml", ".pdf")):
            print(f"{f:50s} {os.path.getsize(P(f)):>9,d} octets")


if __name__ == "__main__":
    main()
