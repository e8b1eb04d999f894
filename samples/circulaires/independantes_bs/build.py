#!/usr/bin/env python3
"""Build the independantes_bs corpus (PDF annotations added after the document was made).
Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp).

Every base document is made by an ordinary producer (reportlab, python-docx -> LibreOffice, Chromium,
openpyxl -> LibreOffice Calc); a DEC agent then "opens it in a viewer" and adds annotations, saved as an
incremental update (the original bytes stay at the head of the file). The annotation dictionaries are written
by hand here (pypdf generic objects), with or without appearance streams."""
import html, io, os, random, re, shutil, subprocess, tempfile, unicodedata

from PIL import Image, ImageFilter
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject, FloatObject,
                           NameObject, NumberObject, TextStringObject)
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import textes_toulouse as TT
import textes_lyon as TL
import textes_nantes as TN
import textes_crsa as TC
import textes_limoges as TLi

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = tempfile.mkdtemp(prefix="bs_build_")
T = lambda name: os.path.join(TMP, name)
LO_PROFILE = "file:///tmp/lo_bs"
random.seed(19)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))


# ================================================================== base documents
def rl_styles():
    b = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
    return {"p": b, "small": ParagraphStyle("s", parent=b, fontSize=8, leading=10.5),
            "bold": ParagraphStyle("bo", parent=b, fontName="DVB"),
            "h": ParagraphStyle("h", parent=b, fontName="DVB", fontSize=10, spaceBefore=6, textColor=colors.HexColor("#1F3864")),
            "right": ParagraphStyle("r", parent=b, alignment=TA_RIGHT),
            "indent": ParagraphStyle("i", parent=b, leftIndent=5 * cm),
            "sig": ParagraphStyle("sg", parent=b, leftIndent=6 * cm, spaceBefore=10),
            "head": ParagraphStyle("hd", parent=b, fontName="DVB", fontSize=9, leading=11, spaceAfter=0,
                                   textColor=colors.HexColor("#1F3864")),
            "cell": ParagraphStyle("c", parent=b, fontSize=8.5, leading=10.5, spaceAfter=0),
            "cellb": ParagraphStyle("cb", parent=b, fontName="DVB", fontSize=8.5, leading=10.5, spaceAfter=0)}


def esc(t):
    return html.escape(t, quote=False).replace("\n", "<br/>")


def rl_letter(path, en_tete, before, rows, widths, after, title):
    st = rl_styles()
    flow = [Paragraph(esc(l), st["head"]) for l in en_tete] + [Spacer(1, 8)]
    flow += [Paragraph(esc(t), st[k]) for k, t in before]
    data = [[Paragraph(esc(c), st["cellb" if i == 0 else "cell"]) for c in r] for i, r in enumerate(rows)]
    tab = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    tab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]))
    flow += [tab, Spacer(1, 6)] + [Paragraph(esc(t), st[k]) for k, t in after]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=5.3 * cm, topMargin=1.5 * cm,
                            bottomMargin=1.5 * cm, title=title, author="Rectorat", invariant=1)
    doc.build(flow)


def soffice(src, outdir, filt="pdf"):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", filt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)


def base_toulouse(path):
    rl_letter(path, TT.EN_TETE, TT.LETTRE, TT.ECRITS, [2.9, 2.4, 5.0, 2.3], TT.SUITE, "BTS SAM 2026 - Toulouse")


def base_crsa(path):
    rl_letter(path, TC.EN_TETE, TC.LETTRE, TC.ECRITS, [3.3, 2.4, 7.0], TC.SUITE, "BTS CRSA 2029 - note nationale")


def base_lyon(path):
    from docx import Document
    from docx.shared import Cm, Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(2), Cm(5.2), Cm(1.5), Cm(1.5)
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(10.5)
    for i, l in enumerate(TL.EN_TETE):
        r = d.add_paragraph().add_run(l)
        r.bold = i == 0
    p = d.add_paragraph(TL.DATE)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(TL.DEST)
    d.add_paragraph().add_run(TL.OBJET).bold = True
    for t in TL.AVANT:
        d.add_paragraph(t)
    tab = d.add_table(rows=len(TL.TABLE), cols=4)
    tab.style = "Table Grid"
    for i, row in enumerate(TL.TABLE):
        for j, v in enumerate(row):
            c = tab.cell(i, j)
            c.text = v
            for para in c.paragraphs:
                for r in para.runs:
                    r.font.size = Pt(9)
                    r.bold = i == 0
    for t in TL.APRES:
        d.add_paragraph(t)
    for l in TL.SIGNATURE:
        d.add_paragraph(l).paragraph_format.left_indent = Cm(6)
    d.core_properties.author = "DEC Lyon"
    src = T("circulaire_cira_2027_lyon.docx")
    d.save(src)
    soffice(src, TMP)
    shutil.copy(T("circulaire_cira_2027_lyon.pdf"), path)


def base_nantes(path):
    src = T("nantes.html")
    open(src, "w", encoding="utf-8").write(TN.HTML)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={T('chr')}", f"--print-to-pdf={path}", "file://" + src],
                   check=True, capture_output=True, timeout=240)


def base_limoges(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    wb = Workbook()
    ws = wb.active
    ws.title = "Circulaire"
    widths = {"A": 19, "B": 11, "C": 30, "D": 15, "E": 20}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    thin = Side(style="thin", color="000000")
    r = 1

    def line(text, bold=False, h=14, size=10, align="left"):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        c = ws.cell(r, 1, text)
        c.font = Font(name="Liberation Sans", bold=bold, size=size)
        c.alignment = Alignment(wrap_text=True, vertical="top", horizontal=align)
        ws.row_dimensions[r].height = h
        r += 1

    for i, l in enumerate(TLi.EN_TETE):
        line(l, bold=i == 0, size=9)
    r += 1
    line(TLi.DATE, align="right")
    line(TLi.OBJET, bold=True, h=28)
    for t in TLi.AVANT:
        line(t, h=14 * (1 + len(t) // 95))
    r += 1
    for i, row in enumerate(TLi.TABLE):
        for j, v in enumerate(row):
            c = ws.cell(r, j + 1, v)
            c.font = Font(name="Liberation Sans", size=9, bold=i == 0)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if i == 0:
                c.fill = PatternFill("solid", fgColor="DDEBF7")
        ws.row_dimensions[r].height = 26
        r += 1
    r += 1
    for t in TLi.APRES:
        line(t, h=14 * (1 + len(t) // 95))
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.gridLines = False
    src = T("circulaire_abm_2030_limoges.xlsx")
    wb.save(src)
    soffice(src, TMP)
    shutil.copy(T("circulaire_abm_2030_limoges.pdf"), path)


# ================================================================== locating text on a page
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def words_of(path):
    out = subprocess.run(["pdftotext", "-bbox", path, "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        w, h = float(m.group(1)), float(m.group(2))
        ws = [(html.unescape(t), float(a), h - float(d), float(c), h - float(b)) for a, b, c, d, t in
              re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', m.group(3))]
        pages.append((w, h, ws))
    return pages


def find(pages, phrase, occurrence=0):
    """(page index, list of word boxes (x0, y0, x1, y1) in PDF space) of the n-th occurrence of phrase."""
    target = [fold(t) for t in phrase.split()]
    n = 0
    for pi, (_, _, ws) in enumerate(pages):
        toks = [fold(w[0]) for w in ws]
        for i in range(len(toks) - len(target) + 1):
            ok = all(toks[i + k] == target[k] for k in range(len(target) - 1)) and toks[i + len(target) - 1].startswith(target[-1])
            if ok:
                if n == occurrence:
                    return pi, [w[1:] for w in ws[i:i + len(target)]]
                n += 1
    raise ValueError(f"phrase not found: {phrase!r}")


def lines_of(boxes):
    """Group word boxes by line: list of (x0, y0, x1, y1)."""
    out = []
    for b in boxes:
        if out and abs(out[-1][1] - b[1]) < 3:
            l = out[-1]
            out[-1] = (min(l[0], b[0]), min(l[1], b[1]), max(l[2], b[2]), max(l[3], b[3]))
        else:
            out.append(b)
    return out


# ================================================================== annotation dictionaries
def pstr(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def N(x):
    return NameObject(x)


def num(*v):
    return ArrayObject([FloatObject(round(x, 2)) for x in v])


class Annotator:
    def __init__(self, writer, pages, margin_x, author_date):
        self.w, self.pages, self.margin_x, self.date = writer, pages, margin_x, author_date
        self.helv = writer._add_object(DictionaryObject({N("/Type"): N("/Font"), N("/Subtype"): N("/Type1"),
                                                          N("/BaseFont"): N("/Helvetica"), N("/Encoding"): N("/WinAnsiEncoding")}))
        self.helvb = writer._add_object(DictionaryObject({N("/Type"): N("/Font"), N("/Subtype"): N("/Type1"),
                                                           N("/BaseFont"): N("/Helvetica-Bold"), N("/Encoding"): N("/WinAnsiEncoding")}))
        self.mult = writer._add_object(DictionaryObject({N("/Type"): N("/ExtGState"), N("/BM"): N("/Multiply")}))
        self.ids = {}
        self.count = 0
        self.placed = {}

    def form(self, w, h, content, fonts=False, gs=False):
        s = DecodedStreamObject()
        s.set_data(content)
        res = DictionaryObject()
        if fonts:
            res[N("/Font")] = DictionaryObject({N("/Helv"): self.helv, N("/HeBo"): self.helvb})
        if gs:
            res[N("/ExtGState")] = DictionaryObject({N("/GSm"): self.mult})
        s.update({N("/Type"): N("/XObject"), N("/Subtype"): N("/Form"), N("/BBox"): num(0, 0, w, h),
                  N("/Resources"): res})
        return self.w._add_object(s)

    def base(self, subtype, rect, spec, flags=4):
        self.count += 1
        d = DictionaryObject({N("/Type"): N("/Annot"), N("/Subtype"): N(subtype), N("/Rect"): num(*rect),
                              N("/F"): NumberObject(flags), N("/M"): TextStringObject(self.date),
                              N("/CreationDate"): TextStringObject(self.date),
                              N("/NM"): TextStringObject(f"bs-{self.count:03d}-{random.randrange(16**8):08x}")})
        if spec.get("author"):
            d[N("/T")] = TextStringObject(spec["author"])
        if spec.get("contents") or spec.get("text"):
            d[N("/Contents")] = TextStringObject(spec.get("contents") or spec["text"])
        return d

    def add(self, page_index, d):
        page = self.w.pages[page_index]
        ref = self.w._add_object(d)
        d[N("/P")] = page.indirect_reference
        if "/Annots" not in page:
            page[N("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        return ref

    def popup(self, page_index, parent_ref, rect, is_open):
        d = DictionaryObject({N("/Type"): N("/Annot"), N("/Subtype"): N("/Popup"), N("/Rect"): num(*rect),
                              N("/Parent"): parent_ref, N("/Open"): BooleanObject(is_open), N("/F"): NumberObject(28)})
        ref = self.add(page_index, d)
        parent_ref.get_object()[N("/Popup")] = ref

    # --- kinds -------------------------------------------------------------------------------------------
    def wrap(self, text, width, size, font="Helvetica"):
        out, cur = [], ""
        for word in text.split():
            t = (cur + " " + word).strip()
            if pdfmetrics.stringWidth(t, font, size) <= width:
                cur = t
            else:
                out.append(cur)
                cur = word
        return out + [cur]

    def freetext(self, spec):
        pi, boxes = find(self.pages, spec["anchor"], spec.get("occurrence", 0))
        pw = self.pages[pi][0]
        top = max(b[3] for b in boxes) + 2 + spec.get("dy", 0)
        if spec.get("column"):
            _, hb = find(self.pages, spec["column"])
            x0, width = hb[0][0] - 2, pw - hb[0][0] - 45
        elif spec.get("after"):
            x0 = max(b[2] for b in lines_of(boxes)[-1:]) + 6
            width = pw - x0 - 30
        else:
            x0, width = self.margin_x, pw - self.margin_x - 30
        # do not overlap a box already placed in the margin
        key = (pi, round(x0))
        for lo, hi in self.placed.get(key, []):
            if lo - 2 < top <= hi + 2 or (lo - 2 < top - 20 < hi + 2):
                top = lo - 4
        size = 7.5
        typew = spec.get("typewriter")
        lines = self.wrap(spec["text"], width - 6, size)
        h = len(lines) * (size + 1.6) + 5
        rect = (x0, top - h, x0 + width, top)
        self.placed.setdefault(key, []).append((top - h, top))
        d = self.base("/FreeText", rect, spec, 2 | 4 if spec.get("hidden") else 4)
        color = "0 0 0.75" if typew else "0.8 0 0"
        d[N("/DA")] = TextStringObject(f"/Helv {size} Tf {color} rg")
        d[N("/Q")] = NumberObject(0)
        if typew:
            d[N("/IT")] = N("/FreeTextTypeWriter")
        d[N("/RC")] = TextStringObject(
            '<?xml version="1.0"?><body xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/" xfa:APIVersion="Acrobat:11.0.0" xfa:spec="2.0.2">'
            f'<p dir="ltr"><span style="font-size:{size}pt;color:#{"0000BF" if typew else "CC0000"}">'
            f'{html.escape(spec["text"])}</span></p></body>')
        d[N("/DS")] = TextStringObject(f"font: Helvetica,sans-serif {size}pt; text-align:left; "
                                       f"color:#{'0000BF' if typew else 'CC0000'}")
        if spec.get("callout"):
            ax, ay = max(b[2] for b in boxes) + 1, (boxes[0][1] + boxes[0][3]) / 2
            knee = (x0 - 12, top - h / 2)
            d[N("/IT")] = N("/FreeTextCallout")
            d[N("/CL")] = num(ax, ay, knee[0], knee[1], x0, top - h / 2)
            d[N("/LE")] = N("/OpenArrow")
            d[N("/C")] = num(1, 1, 0.85)
        if spec.get("ap", True):
            w, hh = width, h
            c = [] if typew else [b"q 1 1 0.85 rg 0 0 %.2f %.2f re f Q" % (w, hh),
                                  b"q 0.8 0 0 RG 0.8 w 0.4 0.4 %.2f %.2f re S Q" % (w - 0.8, hh - 0.8)]
            c.append(b"BT /Helv %.1f Tf %s rg" % (size, color.encode()))
            y = hh - size - 1.5
            for i, l in enumerate(lines):
                c.append(b"1 0 0 1 3 %.2f Tm %s Tj" % (y - i * (size + 1.6), pstr(l)))
            c.append(b"ET")
            d[N("/AP")] = DictionaryObject({N("/N"): self.form(w, hh, b"\n".join(c), fonts=True)})
            d[N("/BS")] = DictionaryObject({N("/W"): NumberObject(0 if typew else 1)})
        return pi, d

    def note(self, spec):
        if spec.get("reply_to"):
            pref = self.ids[spec["reply_to"]]
            par = pref.get_object()
            d = self.base("/Text", [float(x) for x in par["/Rect"]], spec)
            d.update({N("/IRT"): pref, N("/StateModel"): N("/Review"), N("/State"): N("/" + spec["state"]),
                      N("/Name"): N("/Comment"), N("/Open"): BooleanObject(False)})
            return self.pi_of[spec["reply_to"]], d
        pi, boxes = find(self.pages, spec["anchor"], spec.get("occurrence", 0))
        pw = self.pages[pi][0]
        top = max(b[3] for b in boxes) + 2
        x = pw - 26
        rect = (x, top - 18, x + 18, top)
        d = self.base("/Text", rect, spec)
        d[N("/Name")] = N("/Comment")
        d[N("/Open")] = BooleanObject(spec.get("open", False))
        d[N("/C")] = num(1, 0.85, 0.2)
        if spec.get("ap", True):
            c = (b"q 1 0.85 0.2 rg 0.3 0.3 0.3 RG 0.6 w 0.5 2.5 17 15 re B "
                 b"0.5 2.5 m 4 0.3 l 6 2.5 l f 0 0 0 RG 0.5 w 3 13 m 15 13 l S 3 10 m 15 10 l S 3 7 m 12 7 l S Q")
            d[N("/AP")] = DictionaryObject({N("/N"): self.form(18, 18, c)})
        return pi, d

    def strikeout(self, spec, subtype="/StrikeOut"):
        pi, boxes = find(self.pages, spec["anchor"], spec.get("occurrence", 0))
        ls = lines_of(boxes)
        quads = []
        for x0, y0, x1, y1 in ls:
            quads += [x0, y1, x1, y1, x0, y0, x1, y0]
        rx0, ry0 = min(l[0] for l in ls) - 1, min(l[1] for l in ls) - 1
        rx1, ry1 = max(l[2] for l in ls) + 1, max(l[3] for l in ls) + 1
        d = self.base(subtype, (rx0, ry0, rx1, ry1), spec)
        d[N("/QuadPoints")] = num(*quads)
        if subtype == "/StrikeOut":
            d[N("/C")] = num(0.85, 0, 0)
            c = [b"q 0.85 0 0 RG 1 w"]
            for x0, y0, x1, y1 in ls:
                ym = (y0 + y1) / 2 - 0.5
                c.append(b"%.2f %.2f m %.2f %.2f l S" % (x0 - rx0, ym - ry0, x1 - rx0, ym - ry0))
            c.append(b"Q")
            d[N("/AP")] = DictionaryObject({N("/N"): self.form(rx1 - rx0, ry1 - ry0, b"\n".join(c))})
        else:
            d[N("/C")] = num(1, 0.95, 0)
            c = [b"q /GSm gs 1 0.95 0 rg"]
            for x0, y0, x1, y1 in ls:
                c.append(b"%.2f %.2f %.2f %.2f re f" % (x0 - rx0, y0 - ry0, x1 - x0, y1 - y0))
            c.append(b"Q")
            d[N("/AP")] = DictionaryObject({N("/N"): self.form(rx1 - rx0, ry1 - ry0, b"\n".join(c), gs=True)})
        return pi, d

    def line(self, spec):
        pi, boxes = find(self.pages, spec["anchor"], spec.get("occurrence", 0))
        x0, y0, x1, y1 = lines_of(boxes)[spec.get("part", 0)]
        ym = (y0 + y1) / 2
        rect = (x0 - 4, ym - 3, x1 + 4, ym + 3)
        d = self.base("/Line", rect, spec)
        d[N("/L")] = num(x0 - 2, ym, x1 + 2, ym)
        d[N("/C")] = num(0.85, 0, 0)
        d[N("/BS")] = DictionaryObject({N("/W"): FloatObject(1.4)})
        c = b"q 0.85 0 0 RG 1.4 w 2 3 m %.2f 3 l S Q" % (x1 - x0 + 6)
        d[N("/AP")] = DictionaryObject({N("/N"): self.form(x1 - x0 + 8, 6, c)})
        return pi, d

    def stamp(self, spec):
        x0, y0, x1, y1 = spec["at"]
        w, h = x1 - x0, y1 - y0
        d = self.base("/Stamp", (x0, y0, x1, y1), spec)
        d[N("/Name")] = N("/" + spec.get("name", "Final"))
        if spec["kind"] == "stamp":
            d[N("/Contents")] = TextStringObject(spec["text"])
            size = min(16, (w - 12) / max(1, pdfmetrics.stringWidth(spec["text"], "Helvetica-Bold", 1)))
            tw = pdfmetrics.stringWidth(spec["text"], "Helvetica-Bold", size)
            c = (b"q 0.8 0 0 RG 2 w 1.5 1.5 %.2f %.2f re S 0.8 0 0 rg BT /HeBo %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET Q"
                 % (w - 3, h - 3, size, (w - tw) / 2, (h - size * 0.7) / 2, pstr(spec["text"])))
            d[N("/AP")] = DictionaryObject({N("/N"): self.form(w, h, c, fonts=True)})
        return 0, d

    def square(self, spec):
        pi, boxes = find(self.pages, spec["anchor"], spec.get("occurrence", 0))
        pw = self.pages[pi][0]
        top = max(b[3] for b in boxes) + 3
        rect = (boxes[0][0] - 4, top - 50, self.margin_x - 8, top)
        d = self.base("/Square", rect, spec)
        d[N("/C")] = num(0, 0.5, 0)
        d[N("/BS")] = DictionaryObject({N("/W"): NumberObject(1)})
        return pi, d

    def caret(self, spec):
        pi, boxes = find(self.pages, spec["anchor"], spec.get("occurrence", 0))
        x0, y0 = boxes[0][0], boxes[0][1]
        d = self.base("/Caret", (x0 - 7, y0 - 2, x0 + 1, y0 + 6), spec)
        d[N("/C")] = num(0, 0, 0.8)
        return pi, d

    def ink(self, spec):
        import math
        pi, boxes = find(self.pages, spec["anchor"], spec.get("occurrence", 0))
        x0, y0, x1, y1 = lines_of(boxes)[0]
        cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 + 8, (y1 - y0) / 2 + 6
        pts = []
        for k in range(41):
            a = 2 * math.pi * k / 38 + 0.3
            pts += [cx + rx * math.cos(a) * (1 + 0.03 * math.sin(5 * a)), cy + ry * math.sin(a)]
        rect = (cx - rx - 2, cy - ry - 2, cx + rx + 2, cy + ry + 2)
        d = self.base("/Ink", rect, spec)
        d[N("/InkList")] = ArrayObject([num(*pts)])
        d[N("/C")] = num(0, 0.3, 0.9)
        d[N("/BS")] = DictionaryObject({N("/W"): FloatObject(1.2)})
        path = [b"q 0 0.3 0.9 RG 1.2 w 1 J 1 j"]
        for k in range(0, len(pts), 2):
            path.append(b"%.2f %.2f %s" % (pts[k] - rect[0], pts[k + 1] - rect[1], b"m" if k == 0 else b"l"))
        path.append(b"S Q")
        d[N("/AP")] = DictionaryObject({N("/N"): self.form(rect[2] - rect[0], rect[3] - rect[1], b"\n".join(path))})
        return pi, d

    def apply(self, specs):
        self.pi_of = {}
        deleted = []
        expanded = []
        for spec in specs:  # a Line annotation is one segment: one per printed line of the anchor
            if spec["kind"] == "line":
                _, boxes = find(self.pages, spec["anchor"], spec.get("occurrence", 0))
                expanded += [dict(spec, part=k) for k in range(len(lines_of(boxes)))]
            else:
                expanded.append(spec)
        for spec in expanded:
            kind = spec["kind"]
            fn = {"freetext": self.freetext, "note": self.note, "strikeout": self.strikeout, "line": self.line,
                  "stamp": self.stamp, "stamp_std": self.stamp, "square": self.square, "caret": self.caret,
                  "ink": self.ink, "highlight": lambda s: self.strikeout(s, "/Highlight")}[kind]
            pi, d = fn(spec)
            if kind == "stamp_std" or (kind == "note" and not spec.get("ap", True)) or not spec.get("ap", True):
                d.pop(N("/AP"), None)
            ref = self.add(pi, d)
            if spec.get("id"):
                self.ids[spec["id"]] = ref
                self.pi_of[spec["id"]] = pi
            pw = self.pages[pi][0]
            if kind == "note" and not spec.get("reply_to"):
                top = float(d["/Rect"][3])
                self.popup(pi, ref, (self.margin_x - 40, top - 110, pw - 30, top), spec.get("open", False))
            if kind == "strikeout" and spec.get("popup_open"):
                top = float(d["/Rect"][3])
                self.popup(pi, ref, (self.margin_x + 2, top - 95, pw - 6, top), True)
            if spec.get("deleted"):
                deleted.append(ref)
        return deleted


def annotate(src, dst, specs, margin_x, when):
    """Incremental update of src with the annotations; a second incremental revision deletes the ones marked
    "deleted" (the dictionaries stay in the file, unreferenced)."""
    pages = words_of(src)
    w = PdfWriter(src, incremental=True)
    a = Annotator(w, pages, margin_x, when)
    deleted = a.apply(specs)
    w.write(dst)
    if deleted:
        tmp = dst + ".rev1"
        shutil.move(dst, tmp)
        w2 = PdfWriter(tmp, incremental=True)
        gone = {r.idnum for r in deleted}
        for page in w2.pages:
            if "/Annots" in page:
                keep = [r for r in page["/Annots"] if r.idnum not in gone]
                page[N("/Annots")] = ArrayObject(keep)
        w2.write(dst)
        os.remove(tmp)


def flatten(src, dst):
    """Print every visible, printable annotation appearance into the page content (as a viewer's "flatten")."""
    w = PdfWriter(clone_from=src)
    for page in w.pages:
        extra, k = [], 0
        res = page["/Resources"].get_object() if "/Resources" in page else DictionaryObject()
        if "/XObject" not in res:
            res[N("/XObject")] = DictionaryObject()
        xo = res["/XObject"].get_object() if hasattr(res["/XObject"], "get_object") else res["/XObject"]
        for ref in page.get("/Annots", []):
            an = ref.get_object()
            flags = int(an.get("/F", 0))
            if an["/Subtype"] == "/Popup" or flags & 2 or not flags & 4 or "/AP" not in an:
                continue
            form = an["/AP"].raw_get("/N")
            fo = form.get_object()
            bx0, by0, bx1, by1 = [float(v) for v in fo["/BBox"]]
            rx0, ry0, rx1, ry1 = [float(v) for v in an["/Rect"]]
            sx, sy = (rx1 - rx0) / (bx1 - bx0), (ry1 - ry0) / (by1 - by0)
            k += 1
            xo[N(f"/FlatAn{k}")] = form
            extra.append(b"q %.4f 0 0 %.4f %.2f %.2f cm /FlatAn%d Do Q" % (sx, sy, rx0 - bx0 * sx, ry0 - by0 * sy, k))
        page[N("/Resources")] = res
        if extra:
            s = DecodedStreamObject()
            s.set_data(b"\n".join(extra))
            old = page.raw_get("/Contents")
            arr = ArrayObject(list(old.get_object()) if isinstance(old.get_object(), ArrayObject) else [old])
            arr.append(w._add_object(s))
            page[N("/Contents")] = arr
        if "/Annots" in page:
            del page["/Annots"]
    w.add_metadata({"/Producer": "PDF flattener (annotations imprimées dans la page)"})
    w.write(dst + ".tmp")
    # rewrite keeping only reachable objects: the flattened annotations are really gone
    subprocess.run(["qpdf", "--object-streams=disable", dst + ".tmp", dst], check=True)
    os.remove(dst + ".tmp")


def scan(src, dst, seed=5):
    """Print-and-scan imitation: rendered by poppler with its annotations (hidden ones are not printed),
    grey, slight skew, noise, JPEG. No text layer."""
    rnd = random.Random(seed)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src, T("scan")], check=True)
    imgs = []
    for f in sorted(x for x in os.listdir(TMP) if x.startswith("scan") and x.endswith(".png")):
        im = Image.open(T(f)).convert("L")
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=235)
        px = im.load()
        for _ in range(im.width * im.height // 90):
            x, y = rnd.randrange(im.width), rnd.randrange(im.height)
            px[x, y] = max(0, px[x, y] - rnd.randrange(20, 90))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=60)
        imgs.append(Image.open(io.BytesIO(buf.getvalue())))
    imgs[0].save(dst, "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])


# ================================================================== corpus
def main():
    # Toulouse: initiale = the base; annotee = base + one incremental revision; aplat = annotations flattened
    base_toulouse(P("circulaire_sam_2026_toulouse_initiale.pdf"))
    mx = A4[0] - 5.3 * cm + 6
    annotate(P("circulaire_sam_2026_toulouse_initiale.pdf"), P("circulaire_sam_2026_toulouse_annotee.pdf"),
             TT.ANNOTS, mx, TT.QUAND)
    flatten(P("circulaire_sam_2026_toulouse_annotee.pdf"), P("circulaire_sam_2026_toulouse_aplat.pdf"))

    base_lyon(T("lyon_base.pdf"))
    annotate(T("lyon_base.pdf"), P("circulaire_cira_2027_lyon.pdf"), TL.ANNOTS, A4[0] - 5.2 * cm + 6, TL.QUAND)
    scan(P("circulaire_cira_2027_lyon.pdf"), P("circulaire_cira_2027_lyon_scan.pdf"))

    base_nantes(T("nantes_base.pdf"))
    annotate(T("nantes_base.pdf"), P("circulaire_ndrc_2028_nantes.pdf"), TN.ANNOTS, A4[0] - 5.2 * cm + 6, TN.QUAND)

    base_crsa(T("crsa_base.pdf"))
    annotate(T("crsa_base.pdf"), P("note_nationale_crsa_2029.pdf"), TC.ANNOTS, A4[0] - 5.3 * cm + 6, TC.QUAND)

    base_limoges(T("limoges_base.pdf"))
    annotate(T("limoges_base.pdf"), P("circulaire_abm_2030_limoges.pdf"), TLi.ANNOTS, A4[0] - 4.6 * cm, TLi.QUAND)

    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f"{f}: {os.path.getsize(P(f)):,} octets")


if __name__ == "__main__":
    main()
