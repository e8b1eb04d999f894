#!/usr/bin/env python3
"""Build the independantes_bq corpus (ticked forms, version histories, metadata dates).
Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile /tmp/lo_bq and temp files in /tmp)."""
import datetime as dt, io, os, random, re, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_nancy as TN
import textes_normandie as TNo
import textes_creteil as TC
import textes_crsa as TCr
import textes_orleans as TO

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bq"
TMP = tempfile.mkdtemp(prefix="bq_build_")
random.seed(7)
np.random.seed(7)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB")
MARK = re.compile(r"(\[\[X\]\]|\[\[ \]\]|\{\{X\}\}|\{\{ \}\}|~~.*?~~)")


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, capture_output=True)


# ------------------------------------------------------------------ python-docx helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(10)
    return doc


def para(doc, text, bold=False, align=None, size=None, color=None, space=4):
    p = doc.add_paragraph()
    for i, line in enumerate(text.split("\n")):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(text.split("\n")) - 1:
            r.add_break()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(doc, rows, widths, fill="D9E2F3", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            r.bold = i == 0
            if i == 0:
                shade(c, fill)
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):  # LibreOffice reads the grid, not tcW
        gc.set(qn("w:w"), str(int(w * 567)))
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def field_runs(p, instr, cached):
    """A complex field (begin / instrText / separate / cached result / end)."""
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{escape(cached)}</w:t></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def core(doc, c):
    cp = doc.core_properties
    cp.created, cp.modified, cp.last_printed = (dt.datetime(*c["created"]), dt.datetime(*c["modified"]),
                                                 dt.datetime(*c["last_printed"]))
    cp.comments, cp.subject, cp.keywords = "", "", ""
    cp.revision, cp.title, cp.author, cp.last_modified_by = c["revision"], c["title"], c["author"], c["author"]


# ------------------------------------------------------------------ 1. SN Nancy-Metz: DOCX + LibreOffice PDF
def build_nancy():
    T = TN
    doc = new_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(T.HEADER[0]); r.font.size = Pt(8); r.bold = True
    r.add_break()
    r = hp.add_run(T.HEADER[1]); r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(T.FOOTER_BEFORE_FIELD); r.font.size = Pt(7.5)
    field_runs(fp, 'PRINTDATE \\@ "dd/MM/yyyy"', T.PRINTDATE_CACHED)
    fp.add_run(" – page ").font.size = Pt(7.5)
    field_runs(fp, "PAGE", "1")

    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, T.EXPEDITEUR, bold=True)
    p = para(doc, T.DESTINATAIRES); p.paragraph_format.left_indent = Cm(8)
    para(doc, T.OBJET, bold=True)
    para(doc, T.REFERENCE, size=9)
    para(doc, T.VERSIONS_TITRE, bold=True, color="1F3864")
    table(doc, T.VERSIONS, [2, 3.5, 11], fill="FCE4D6", size=8.5)
    para(doc, T.VERSIONS_NOTE, size=8.5)
    para(doc, T.INTRO)
    para(doc, T.S1, bold=True, color="1F3864")
    para(doc, T.S1_P)
    table(doc, T.ECRITS, [4, 3.5, 2, 7])
    para(doc, T.S1_NOTE, size=9)
    para(doc, T.S2, bold=True, color="1F3864")
    para(doc, T.S2_P)
    para(doc, T.S3, bold=True, color="1F3864")
    for i, item in enumerate(T.S3_ITEMS):
        p = doc.add_paragraph(item, style="List Bullet")
        if i < 2:  # « passages modifiés signalés par un trait dans la marge »
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="18" w:space="8" w:color="C00000"/></w:pBdr>'))
    para(doc, T.S4, bold=True, color="1F3864")
    table(doc, T.CENTRES, [4.5, 7, 5])
    para(doc, T.S5, bold=True, color="1F3864")
    para(doc, T.S5_P)
    p = para(doc, T.SIGNATURE); p.paragraph_format.left_indent = Cm(9)
    core(doc, T.CORE)
    out = P("circulaire_sn_2027_nancy-metz.docx")
    doc.save(out)
    soffice(out, "pdf", TMP)
    shutil.copy(os.path.join(TMP, "circulaire_sn_2027_nancy-metz.pdf"), P("circulaire_sn_2027_nancy-metz_imprime.pdf"))


# ------------------------------------------------------------------ 2. MS Normandie: reportlab PDF + scan
class DrawnChoice(Flowable):
    """A tick box drawn with lines (no glyph, no text) followed by its label."""

    def __init__(self, checked, label, style, width=16 * cm):
        super().__init__()
        self.checked, self.p, self.w = checked, Paragraph(escape(label), style), width

    def wrap(self, aw, ah):
        self.pw, self.ph = self.p.wrap(self.w - 0.9 * cm, ah)
        return self.w, max(self.ph, 0.45 * cm) + 2

    def draw(self):
        c = self.canv
        y = self.ph - 0.36 * cm
        c.setLineWidth(0.8)
        c.rect(0.1 * cm, y, 0.32 * cm, 0.32 * cm)
        if self.checked:
            c.setLineWidth(1.4)
            c.line(0.15 * cm, y + 0.17 * cm, 0.25 * cm, y + 0.05 * cm)
            c.line(0.25 * cm, y + 0.05 * cm, 0.48 * cm, y + 0.42 * cm)
        self.p.drawOn(c, 0.8 * cm, 0)


def glyphs(text):
    return escape(text).replace("[[X]]", "☒").replace("[[ ]]", "☐")


def build_normandie():
    T = TNo
    base = ParagraphStyle("b", fontName="DV", fontSize=9.2, leading=12.2, spaceAfter=4)
    h = ParagraphStyle("h", parent=base, fontName="DVB", fontSize=10.5, spaceBefore=8, textColor=colors.HexColor("#1F3864"))
    title = ParagraphStyle("t", parent=base, fontName="DVB", fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=10)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=base, fontSize=8.5, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
    box = ParagraphStyle("x", parent=base, backColor=colors.HexColor("#FFF2CC"), borderColor=colors.HexColor("#BF9000"),
                         borderWidth=0.6, borderPadding=4, spaceBefore=4, spaceAfter=9)

    def make_story():
        story = [Paragraph(escape(T.LIEU_DATE), right), Paragraph(escape(T.TITRE).replace("\n", "<br/>"), title),
                 Paragraph(escape(T.DEST), base), Paragraph(escape(T.MODE), base), Paragraph(glyphs(T.OPTION), base),
                 Paragraph(escape(T.MAJ), box), Paragraph(escape(T.S1), h)]
        story += [Paragraph(glyphs(c), ParagraphStyle("l", parent=base, leftIndent=0.4 * cm, spaceAfter=2)) for c in T.CENTRES_CHOIX]
        story += [Spacer(1, 4), Paragraph(escape(T.S1_P), base)]
        data = [[Paragraph(escape(v), cellb if i == 0 else cell) for v in r] for i, r in enumerate(T.ECRITS)]
        t = Table(data, colWidths=[3.9 * cm, 3.2 * cm, 2.0 * cm, 7.6 * cm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story += [t, Paragraph(escape(T.S2), h), Paragraph(escape(T.E51_P), base)]
        for c in T.E51_CHOIX:
            story.append(DrawnChoice(c.startswith("{{X}}"), c[5:].strip(), base))
        story += [Spacer(1, 5), Paragraph(escape(T.E52_P), base), Paragraph(glyphs(T.E6_FORME), base)]
        story += [Paragraph("• " + escape(i), ParagraphStyle("li", parent=base, leftIndent=0.5 * cm)) for i in T.E6_ITEMS]
        story += [Paragraph(escape(T.S3), h), Paragraph(glyphs(T.JURY), base), Paragraph(escape(T.RESULTATS), base),
                  Spacer(1, 12), Paragraph(escape(T.SIGNATURE).replace("\n", "<br/>"), ParagraphStyle("s", parent=base, leftIndent=9 * cm))]
        return story

    pages = {"n": 0}

    def deco(canv, doc, total=None):
        canv.saveState()
        canv.setFont("DV", 7)
        canv.drawString(1.8 * cm, A4[1] - 1.1 * cm, T.HEADER_L)
        canv.drawRightString(A4[0] - 1.8 * cm, A4[1] - 1.45 * cm, T.HEADER_R)
        canv.line(1.8 * cm, A4[1] - 1.6 * cm, A4[0] - 1.8 * cm, A4[1] - 1.6 * cm)
        canv.drawCentredString(A4[0] / 2, 1.0 * cm, T.FOOTER.format(page=doc.page, pages=pages.get("total", "?")))
        canv.restoreState()

    def make(path):
        d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.0 * cm, bottomMargin=1.6 * cm,
                              title="Fiche d'organisation BTS MS 2028", author="DEC 2", creator="Microsoft® Word pour Microsoft 365")
        d.build(make_story(), onFirstPage=deco, onLaterPages=deco)
        return d.page

    pages["total"] = make(os.path.join(TMP, "ms_count.pdf"))
    out = P("circulaire_ms_2028_normandie.pdf")
    make(out)
    scan(out, P("circulaire_ms_2028_normandie_scan.pdf"))


def scan(src, dst):
    """Print-and-scan imitation: 150 dpi grey, slight skew, noise, darker edge, JPEG; no text layer."""
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src, os.path.join(TMP, "scan")], check=True)
    imgs = []
    for i, f in enumerate(sorted(x for x in os.listdir(TMP) if x.startswith("scan") and x.endswith(".png"))):
        im = Image.open(os.path.join(TMP, f)).convert("L")
        im = im.rotate([0.6, -0.8][i % 2], resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8 + np.random.normal(0, 6, a.shape)
        a[:, :14] *= 0.55
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=60); buf.seek(0)
        imgs.append(Image.open(buf).convert("L"))
    imgs[0].save(dst, "PDF", save_all=True, append_images=imgs[1:], resolution=150)


# ------------------------------------------------------------------ 3. MAV Créteil: Word form fields + LibreOffice ODT
_ff = {"n": 0}


def formcheckbox(p, checked):
    _ff["n"] += 1
    chk = "<w:checked/>" if checked else ""
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="CaseACocher{_ff["n"]}"/>'
        f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox>'
        f'</w:ffData></w:fldChar></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))


def sdt_checkbox(p, checked):
    _ff["n"] += 1
    glyph = "☒" if checked else "☐"
    p._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr>'
        f'<w:id w:val="{-1870000000 + _ff["n"]}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'))


def rich(doc, text, style=None, indent=None):
    """Paragraph with the markers of textes_creteil: FORMCHECKBOX, content-control checkbox, strike-through."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for part in MARK.split(text):
        if not part:
            continue
        if part in ("[[X]]", "[[ ]]"):
            formcheckbox(p, part == "[[X]]")
        elif part in ("{{X}}", "{{ }}"):
            sdt_checkbox(p, part == "{{X}}")
        elif part.startswith("~~"):
            p.add_run(part[2:-2]).font.strike = True
        else:
            p.add_run(part)
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.space_after = Pt(4)
    return p


def build_creteil():
    T = TC
    doc = new_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = ""
    r = hp.add_run(T.HEADER); r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.text = ""
    r = fp.add_run(T.FOOTER); r.font.size = Pt(7.5)
    para(doc, T.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, T.EXPEDITEUR, bold=True)
    p = para(doc, T.DEST); p.paragraph_format.left_indent = Cm(8)
    para(doc, T.OBJET, bold=True)
    para(doc, T.LECTURE, size=9, color="595959")
    rich(doc, T.OPTIONS)
    para(doc, T.S0, bold=True, color="1F3864"); para(doc, T.S0_P)
    para(doc, T.S1, bold=True, color="1F3864"); para(doc, T.S1_CHOIX_P)
    for mark, label in T.S1_CHOIX:
        rich(doc, f"{mark} {label}", indent=0.5)
    table(doc, T.ECRITS, [3.8, 3.4, 1.6, 7.8])
    para(doc, T.S1_NOTE, size=9)
    para(doc, T.S2, bold=True, color="1F3864")
    para(doc, T.E42)
    for item in T.E5_ITEMS:
        rich(doc, item, style="List Bullet")
    para(doc, T.E6_P)
    for c in T.E6_CHOIX:
        rich(doc, c, indent=0.5)
    para(doc, T.S3, bold=True, color="1F3864")
    para(doc, T.JURY)
    rich(doc, T.RESULTATS)
    para(doc, T.RAPPEL, size=9, color="595959")
    p = para(doc, T.SIGNATURE); p.paragraph_format.left_indent = Cm(9)
    doc.add_page_break()
    para(doc, T.COUPON_TITRE, bold=True)
    for line in T.COUPON:
        para(doc, line, space=10)
    core(doc, T.CORE)
    out = P("circulaire_mav_2029_creteil.docx")
    doc.save(out)
    soffice(out, "odt", TMP)
    shutil.copy(os.path.join(TMP, "circulaire_mav_2029_creteil.odt"), P("circulaire_mav_2029_creteil_lo.odt"))


# ------------------------------------------------------------------ 4. CRSA national note: hand-made ODT + LibreOffice PDF
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')


def odt_table(name, rows, widths):
    cols = "".join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths)))
    body = []
    for i, r in enumerate(rows):
        cells = "".join(f'<table:table-cell table:style-name="{"TH" if i == 0 else "TD"}" office:value-type="string">'
                        f'<text:p text:style-name="{"PCellB" if i == 0 else "PCell"}">{escape(v)}</text:p></table:table-cell>' for v in r)
        body.append(f"<table:table-row>{cells}</table:table-row>")
    styles = "".join(f'<style:style style:name="{name}.C{i}" style:family="table-column"><style:table-column-properties '
                     f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))
    styles += (f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="{sum(widths)}cm" '
               f'table:align="left" fo:margin-bottom="0.2cm"/></style:style>')
    return styles, f'<table:table table:name="{name}" table:style-name="{name}">{cols}{"".join(body)}</table:table>'


def build_crsa():
    T = TCr
    p = lambda text, st="P": f'<text:p text:style-name="{st}">{escape(text)}</text:p>'
    s1, t1 = odt_table("Ecrits", T.ECRITS, [3.8, 3.2, 1.6, 8.4])
    s2, t2 = odt_table("Versions", T.VERSIONS, [1.2, 3.4, 12.4])
    body = "".join(p(x, "Entete") for x in T.ENTETE) + p(T.VERSION, "Version") + p(T.ETAT, "P") + p(T.TITRE, "Titre")
    body += p(T.DEST) + p(T.INTRO) + p(T.S1, "H") + t1 + p(T.DEMAT) + p(T.S2, "H") + p(T.S2_P) + p(T.S2_HARMO)
    body += p(T.S3, "H") + p(T.S3_P) + "".join(p(x, "Sig") for x in T.SIGNATURE)
    body += '<text:p text:style-name="Saut"/>' + p(T.ANNEXE, "H") + t2
    auto = (s1 + s2 +
            '<style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde6f1" '
            'fo:border="0.5pt solid #7f8ea3" fo:padding="0.08cm"/></style:style>'
            '<style:style style:name="TD" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #7f8ea3" '
            'fo:padding="0.08cm"/></style:style>'
            '<style:style style:name="Saut" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:automatic-styles>{auto}'
               f'</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>')
    ps = lambda name, props, tprops="": (f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties {props}/>'
                                         f'<style:text-properties style:font-name="DejaVu Sans" fo:font-family="\'DejaVu Sans\'" {tprops}/></style:style>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>'
              + ps("P", 'fo:margin-bottom="0.18cm" fo:text-align="justify"', 'fo:font-size="10pt"')
              + ps("Entete", 'fo:margin-bottom="0cm"', 'fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#1f3864"')
              + ps("Version", 'fo:margin-top="0.3cm" fo:text-align="end"', 'fo:font-size="9pt" fo:font-style="italic" fo:color="#c00000"')
              + ps("Titre", 'fo:margin-top="0.4cm" fo:margin-bottom="0.4cm" fo:text-align="center"', 'fo:font-size="13pt" fo:font-weight="bold"')
              + ps("H", 'fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"', 'fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f3864"')
              + ps("PCell", 'fo:margin-bottom="0cm"', 'fo:font-size="9pt"')
              + ps("PCellB", 'fo:margin-bottom="0cm"', 'fo:font-size="9pt" fo:font-weight="bold"')
              + ps("Sig", 'fo:margin-left="9cm" fo:margin-bottom="0cm"', 'fo:font-size="10pt"')
              + ps("Pied", 'fo:text-align="center"', 'fo:font-size="7.5pt" fo:color="#595959"')
              + '</office:styles><office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties '
              'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" '
              'fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style>'
              '</style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
              f'style:page-layout-name="PL"><style:footer><text:p text:style-name="Pied">{escape(T.PIED)} – page '
              '<text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page>'
              '</office:master-styles></office:document-styles>')
    m = T.META
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta>'
            f'<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64</meta:generator><dc:title>{escape(m["title"])}</dc:title>'
            f'<meta:initial-creator>{escape(m["creator"])}</meta:initial-creator><dc:creator>{escape(m["creator"])}</dc:creator>'
            f'<meta:creation-date>{m["creation"]}</meta:creation-date><dc:date>{m["modified"]}</dc:date>'
            f'<meta:print-date>{m["printed"]}</meta:print-date><meta:printed-by>{escape(m["creator"])}</meta:printed-by>'
            f'<meta:editing-cycles>3</meta:editing-cycles><dc:language>fr-FR</dc:language></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    out = P("note_nationale_crsa_2030.odt")
    fixed = (2030, 1, 8, 16, 41, 0)
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", fixed), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(name, fixed), data.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    soffice(out, "pdf", TMP)
    shutil.copy(os.path.join(TMP, "note_nationale_crsa_2030.pdf"), P("note_nationale_crsa_2030_export.pdf"))


# ------------------------------------------------------------------ 5. NDRC Orléans-Tours: web form printed by Chromium
def build_orleans():
    html = os.path.join(TMP, "fiche_ndrc.html")
    open(html, "w", encoding="utf-8").write(TO.HTML)
    out = P("circulaire_ndrc_2026_orleans-tours.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={os.path.join(TMP, 'chr')}", f"--print-to-pdf={out}", "file://" + html],
                   check=True, capture_output=True)


# PDF information dates: fixed, plausible, never events (otherwise the build machine's clock would leak in)
PDF_DATES = {"circulaire_sn_2027_nancy-metz_imprime.pdf": "D:20270308083000+01'00'",
             "circulaire_ms_2028_normandie.pdf": "D:20280214084100+01'00'",
             "circulaire_ms_2028_normandie_scan.pdf": "D:20280215103200+01'00'",
             "note_nationale_crsa_2030_export.pdf": "D:20300109080500+01'00'",
             "circulaire_ndrc_2026_orleans-tours.pdf": "D:20260316091400+01'00'"}


def fix_pdf_dates():
    for name, stamp in PDF_DATES.items():
        r = PdfReader(P(name))
        w = PdfWriter(clone_from=r)
        info = {k: v for k, v in (r.metadata or {}).items() if k not in ("/CreationDate", "/ModDate")}
        w.add_metadata({**info, "/CreationDate": stamp, "/ModDate": stamp})
        with open(P(name), "wb") as fh:
            w.write(fh)


if __name__ == "__main__":
    for f in (build_nancy, build_normandie, build_creteil, build_crsa, build_orleans, fix_pdf_dates):
        f()
        print("built", f.__name__)
    shutil.rmtree(TMP, ignore_errors=True)
