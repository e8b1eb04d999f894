#!/usr/bin/env python3
"""Build the independantes_av corpus (typography traps). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (and a private LibreOffice profile, a Chromium profile and temp files in /tmp)."""
import html, io, os, re, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import textes_bordeaux as TB
import textes_lille as TL
import textes_rennes as TR
import textes_pi as TP
import textes_grenoble as TG

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_av"
NBSP, NNBSP, SHY, NBH = "\u00a0", "\u202f", "\u00ad", "\u2011"

# ---------------------------------------------------------------- markup
TOKEN = re.compile(r"\*\*(.+?)\*\*|\[\[(sc|caps):(.+?)\]\]|\^\{([^}]*)\}")


def chars(text):
    return text.replace("~", NBSP).replace("_", NNBSP).replace("¦", SHY)


def parse(text, flags=frozenset()):
    """-> [(text, flags)] with flags among b (bold), sup, sc (small caps), caps (capitals by formatting)."""
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            out.append((chars(text[pos:m.start()]), flags))
        if m.group(1) is not None:
            out += parse(m.group(1), flags | {"b"})
        elif m.group(2):
            out += parse(m.group(3), flags | {m.group(2)})
        else:
            out.append((chars(m.group(4)), flags | {"sup"}))
        pos = m.end()
    if pos < len(text):
        out.append((chars(text[pos:]), flags))
    return out


def plain(text):
    return "".join(t for t, _ in parse(text))


# ---------------------------------------------------------------- DOCX helpers
def docx_run(par, text, flags=frozenset(), size=None, color=None, italic=False):
    """One w:r per piece; U+00AD becomes <w:softHyphen/>, U+2011 <w:noBreakHyphen/>."""
    run = par.add_run()
    f = run.font
    f.bold = "b" in flags or None
    f.superscript = "sup" in flags or None
    f.small_caps = "sc" in flags or None
    f.all_caps = "caps" in flags or None
    if italic:
        f.italic = True
    if size:
        f.size = Pt(size)
    if color:
        f.color.rgb = RGBColor.from_string(color)
    for piece in re.split(r"([\u00ad\u2011])", text):
        if piece == SHY:
            run._r.append(OxmlElement("w:softHyphen"))
        elif piece == NBH:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        elif piece:
            t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = piece; run._r.append(t)
    return run


def docx_rich(par, text, size=None, extra=frozenset(), color=None, italic=False, hyph=False):
    for t, fl in parse(text):
        if hyph:  # soft hyphens (w:softHyphen) inside the long words, so that LibreOffice breaks some of them
            t = " ".join(auto_hyphens(w) for w in t.split(" "))
        docx_run(par, t, fl | extra, size, color, italic)
    return par


def docx_para(doc, text, size=None, align=None, extra=frozenset(), indent=None, before=None, after=None, style=None,
              color=None, italic=False):
    par = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    docx_rich(par, text, size, extra, color, italic, hyph=align == WD_ALIGN_PARAGRAPH.JUSTIFY)
    if align is not None:
        par.alignment = align
    pf = par.paragraph_format
    if indent is not None:
        pf.left_indent = Cm(indent)
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    return par


def cell_rich(cell, text, size=9.5, extra=frozenset(), shade=None):
    cell.text = ""
    docx_rich(cell.paragraphs[0], text, size, extra)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def base_doc(font="Liberation Serif", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "fr-FR"); rpr.append(lang)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(1.8)
    # ask for automatic hyphenation as well (soft hyphens are honoured in any case)
    settings = doc.settings.element
    ah = OxmlElement("w:autoHyphenation"); ah.set(qn("w:val"), "true"); settings.append(ah)
    return doc


def widths(table, cms):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


# ---------------------------------------------------------------- A. Bordeaux, Tourisme 2027 (DOCX)
def build_bordeaux():
    doc = base_doc("Liberation Serif", 10.5)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    for i, l in enumerate(TB.EN_TETE):
        docx_para(doc, l, size=11 if i == 0 else 9, after=0, color="1B3A6B")
    for l in TB.AFFAIRE:
        docx_para(doc, l, size=8.5, after=0, italic=True)
    docx_para(doc, TB.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, before=8)
    docx_para(doc, TB.DESTINATAIRES, indent=7.5, size=10)
    docx_para(doc, TB.OBJET, extra={"b"})
    docx_para(doc, TB.REFERENCES, size=9, italic=True)
    docx_para(doc, TB.INTRO, align=J)

    def head(t):
        p = docx_para(doc, t, size=12.5, extra={"b"}, before=10, after=4, color="1B3A6B")
        p.paragraph_format.keep_with_next = True
    head(TB.T1)
    docx_para(doc, TB.T1_INTRO, align=J)
    t = doc.add_table(rows=1 + len(TB.ECRITS), cols=3); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, TB.ECRITS_ENTETE):
        cell_rich(c, h, extra={"b"}, shade="DCE6F2")
    for r, vals in zip(t.rows[1:], TB.ECRITS):
        for c, v in zip(r.cells, vals):
            cell_rich(c, v)
    widths(t, [4.2, 8.8, 3.6])
    docx_para(doc, TB.T1_CENTRES, align=J, before=6)
    docx_para(doc, TB.T1_FERIES, align=J, size=9.5, italic=True)

    head(TB.T2)
    for label, txt in TB.ORAUX:
        p = doc.add_paragraph(style="List Bullet"); p.alignment = J
        docx_rich(p, label, extra={"b"}); docx_rich(p, " : " + txt, hyph=True)
    docx_para(doc, TB.T2_NOTE, align=J, size=9.5)

    head(TB.T3)
    p = doc.add_paragraph(); p.alignment = J
    docx_rich(p, TB.T3_DOSSIER_A, hyph=True)
    docx_rich(p, TB.T3_DOSSIER_CAPS, extra={"caps", "b"})  # stored in lower case, shown in capitals
    docx_rich(p, TB.T3_DOSSIER_B)
    for x in (TB.T3_CONFORMITE, TB.T3_VACANCES, TB.T3_EF2):
        docx_para(doc, x, align=J)

    head(TB.T4)
    for x in TB.FIN:
        p = doc.add_paragraph(style="List Bullet"); docx_rich(p, x)
    head(TB.T5)
    docx_para(doc, TB.T5_INTRO, size=9.5)
    for x in TB.ETABLISSEMENTS:
        p = doc.add_paragraph(style="List Bullet 2"); docx_rich(p, x, size=9.5)
    for i, l in enumerate(TB.SIGNATURE):
        docx_para(doc, l, indent=9, before=14 if i == 0 else 0, after=0, extra={"b"} if i == 2 else frozenset())
    fp = doc.sections[0].footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    docx_rich(fp, TB.PIED, size=7.5)
    out = P("circulaire_tourisme_2027_bordeaux.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- D. national note, PI 2029 (DOCX)
def build_pi():
    doc = base_doc("Liberation Sans", 10)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    for i, l in enumerate(TP.EMETTEUR):
        docx_para(doc, l, size=10 if i == 0 else 8.5, extra={"b"} if i == 0 else frozenset(), after=0)
    docx_para(doc, TP.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, before=10)
    docx_para(doc, TP.DESTINATAIRES, indent=8, size=9.5)
    docx_para(doc, TP.OBJET, extra={"b"}, before=6)
    docx_para(doc, TP.REFS, size=8.5, italic=True)
    docx_para(doc, TP.INTRO, align=J)

    def head(t):
        p = docx_para(doc, t, size=12, extra={"b"}, before=10, after=4, color="5B2C6F")
        p.paragraph_format.keep_with_next = True
    head(TP.T_ECRITS)
    docx_para(doc, TP.ECRITS_NOTE, size=9, italic=True)
    t = doc.add_table(rows=1 + len(TP.ECRITS), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, TP.ECRITS_ENTETE):
        cell_rich(c, h, extra={"b", "caps"}, shade="E8DAEF")  # header stored in lower/mixed case, shown in capitals
    for r, (jour, runs, ep, hor) in zip(t.rows[1:], TP.ECRITS):
        cell_rich(r.cells[0], jour)
        c = r.cells[1]; c.text = ""
        par = c.paragraphs[0]
        for txt, st in runs:  # the ISO date is split into several runs with different formatting
            run = docx_run(par, txt, frozenset({"b"}) if st == "b" else frozenset(), 9.5, italic=st == "i")
        cell_rich(r.cells[2], ep); cell_rich(r.cells[3], hor)
    widths(t, [2.2, 2.8, 8.2, 3.6])
    docx_para(doc, TP.ECRITS_APRES, size=9.5, before=6)

    head(TP.T_ORAUX)
    for label, txt in TP.ORAUX:
        p = doc.add_paragraph(style="List Bullet"); p.alignment = J
        docx_rich(p, label, extra={"b"}); docx_rich(p, " : " + txt, hyph=True)
    docx_para(doc, TP.ORAUX_NOTE, align=J)
    head(TP.T_JALONS)
    for x in TP.JALONS:
        p = doc.add_paragraph(style="List Number"); p.alignment = J; docx_rich(p, x, hyph=True)
    head(TP.T_DIVERS)
    docx_para(doc, TP.DIVERS, align=J)
    for i, l in enumerate(TP.SIGNATURE):
        docx_para(doc, l, indent=9, before=14 if i == 0 else 0, after=0, extra={"b"} if i == 2 else frozenset())
    out = P("note_nationale_pi_2029.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- reportlab text engine
FONTS = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("DV", "DejaVuSerif.ttf"), ("DVB", "DejaVuSerif-Bold.ttf"), ("DVS", "DejaVuSans.ttf"),
                ("DVSB", "DejaVuSans-Bold.ttf"), ("DVSC", "DejaVuSansCondensed.ttf"), ("DVSCB", "DejaVuSansCondensed-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(name, FONTS + f))

LIGS = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]


def ligatures(text):
    for a, b in LIGS:
        text = text.replace(a, b)
    return text


VOW = set("aeiouyàâäéèêëîïôöùûü")
KEEP = {"ch", "ph", "th", "gn", "qu", "gu", "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "vr"}


def auto_hyphens(word):
    """Naive French hyphenation points (U+00AD) for long lower-case words: V-CV and C-C splits."""
    core = word.strip(",.;:()«»’'")
    if len(core) < 9 or not core.isalpha() or not core[0].islower() or SHY in word:
        return word
    pts = []
    for i in range(2, len(core) - 3):
        a, b, c = core[i - 1].lower(), core[i].lower(), core[i + 1].lower()
        if a in VOW and b not in VOW and c in VOW:
            pts.append(i)
        elif a not in VOW and b not in VOW and a + b not in KEEP and (core[i - 2].lower() in VOW):
            pts.append(i)
    start = word.index(core)
    for i in reversed(pts):
        word = word[:start + i] + SHY + word[start + i:]
    return word


class Style:
    def __init__(self, reg, bold, size, lig=True):
        self.reg, self.bold, self.size, self.lig = reg, bold, size, lig


def words_of(text, st, hyph=False):
    """-> list of words; a word is a list of fragments [txt, font, size, rise, smallcaps]."""
    words, cur = [], []
    for seg, fl in parse(text):
        if st.lig:
            seg = ligatures(seg)
        font = st.bold if "b" in fl else st.reg
        size, rise = (st.size * 0.62, st.size * 0.36) if "sup" in fl else (st.size, 0)
        if "caps" in fl:
            seg = seg.upper()
        parts = seg.split(" ")
        for k, part in enumerate(parts):
            if k > 0:
                if cur:
                    words.append(cur)
                cur = []
            if part:
                if hyph:
                    part = auto_hyphens(part)
                cur.append([part, font, size, rise, "sc" in fl])
    if cur:
        words.append(cur)
    return words


def frag_w(fr, text=None):
    t = fr[0] if text is None else text
    t = t.replace(SHY, "")
    if fr[4]:
        return sum(pdfmetrics.stringWidth(ch.upper(), fr[1], fr[2] * (0.8 if ch.islower() else 1)) for ch in t)
    return pdfmetrics.stringWidth(t, fr[1], fr[2])


def word_w(w):
    return sum(frag_w(f) for f in w)


def split_word(w, room, space):
    """Split a word at its last soft hyphen whose prefix (+ hyphen) fits in room. -> (head, tail) or None."""
    flat = "".join(f[0] for f in w)
    cands = [i for i, ch in enumerate(flat) if ch == SHY]
    for pos in reversed(cands):
        head, tail, n = [], [], 0
        for f in w:
            t = f[0]
            if n + len(t) <= pos:
                head.append(f)
            elif n > pos:
                tail.append(f)
            else:
                k = pos - n
                if t[:k]:
                    head.append([t[:k]] + f[1:])
                tail.append([t[k + 1:]] + f[1:])
            n += len(t)
        head = [list(f) for f in head]
        head[-1][0] = head[-1][0] + SHY  # keep the soft hyphen: it is drawn at the line end
        if word_w(head) + pdfmetrics.stringWidth("-", head[-1][1], head[-1][2]) <= room:
            return head, tail
    return None


def layout(words, width, space_w):
    lines, line, used = [], [], 0
    queue = list(words)
    while queue:
        w = queue.pop(0)
        ww = word_w(w)
        need = ww + (space_w if line else 0)
        if used + need <= width or not line:
            line.append(w); used += need
            continue
        sp = split_word(w, width - used - space_w, space_w)
        if sp:
            line.append(sp[0]); lines.append((line, True)); line, used = [], 0
            queue.insert(0, sp[1])
        else:
            lines.append((line, False)); line, used = [], 0
            queue.insert(0, w)
    if line:
        lines.append((line, None))
    return lines


def draw_frag(c, x, y, f, shy_visible):
    t = f[0]
    if not shy_visible:
        t = t.replace(SHY, "")
    else:  # only the final soft hyphen is shown
        t = t[:-1].replace(SHY, "") + SHY if t.endswith(SHY) else t.replace(SHY, "")
    if f[4]:
        for ch in t:
            s = f[2] * (0.8 if ch.islower() else 1)
            c.setFont(f[1], s); c.drawString(x, y + f[3], ch.upper()); x += pdfmetrics.stringWidth(ch.upper(), f[1], s)
        return x
    c.setFont(f[1], f[2]); c.drawString(x, y + f[3], t)
    return x + pdfmetrics.stringWidth(t, f[1], f[2])


def draw_par(c, x, y, text, width, st, leading=None, justify=False, hyph=False, align="left"):
    """Draw a rich paragraph; returns the new y (baseline of the next line)."""
    leading = leading or st.size * 1.32
    space_w = pdfmetrics.stringWidth(" ", st.reg, st.size)
    lines = layout(words_of(text, st, hyph), width, space_w)
    for line, broke in lines:
        total = sum(word_w(w) for w in line)
        gap = space_w
        if justify and broke is not None and len(line) > 1:
            gap = (width - total) / (len(line) - 1)
        xx = x
        if align == "right":
            xx = x + width - total - space_w * (len(line) - 1)
        elif align == "center":
            xx = x + (width - total - space_w * (len(line) - 1)) / 2
        for wi, w in enumerate(line):
            last = wi == len(line) - 1
            for fi, f in enumerate(w):
                xx = draw_frag(c, xx, y, f, shy_visible=last and broke and fi == len(w) - 1)
            xx += gap
        y -= leading
    return y


def draw_line(c, x, y, text, width, st, justify=True):
    """One line, never broken; words spread over the measure."""
    words = words_of(text, st)
    total = sum(word_w(w) for w in words)
    space_w = pdfmetrics.stringWidth(" ", st.reg, st.size)
    assert total + space_w * (len(words) - 1) <= width + 0.5, ("line too long", text)
    gap = (width - total) / (len(words) - 1) if justify and len(words) > 1 else space_w
    for w in words:
        for f in w:
            x = draw_frag(c, x, y, f, False)
        x += gap
    return y - st.size * 1.32


def draw_table(c, x, y, rows, colw, st, head_st, pad=3, fill="#EEEEEE"):
    """rows[0] is the header. Each cell is laid out with the rich engine. Returns y below the table."""
    for ri, row in enumerate(rows):
        s = head_st if ri == 0 else st
        heights, cells = [], []
        for txt, w in zip(row, colw):
            space_w = pdfmetrics.stringWidth(" ", s.reg, s.size)
            lines = layout(words_of(txt, s), w - 2 * pad, space_w)
            cells.append(lines); heights.append(len(lines) * s.size * 1.25 + 2 * pad)
        h = max(heights)
        if ri == 0:
            c.setFillColor(fill); c.rect(x, y - h, sum(colw), h, stroke=0, fill=1); c.setFillColor("black")
        xx = x
        for txt, w in zip(row, colw):
            draw_par(c, xx + pad, y - pad - s.size, txt, w - 2 * pad, s, leading=s.size * 1.25)
            xx += w
        c.setLineWidth(0.5)
        xx = x
        for w in colw:
            c.rect(xx, y - h, w, h); xx += w
        y -= h
    return y


# ---------------------------------------------------------------- B. Lille, Électrotechnique 2028 (reportlab)
def build_lille():
    out = P("circulaire_electrotechnique_2028_lille.pdf")
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("BTS Électrotechnique – session 2028 – académie de Lille"); c.setAuthor("Rectorat de Lille – DEC 3")
    W, H = A4
    L, R = 56, W - 56
    body = Style("DV", "DVB", 9.8)
    small = Style("DV", "DVB", 8.4)
    y = H - 56
    for i, l in enumerate(TL.EN_TETE):
        c.setFont("DVSB" if i < 2 else "DVS", 9 if i < 2 else 8); c.drawString(L, y, l); y -= 11
    y0 = H - 56
    draw_par(c, R - 200, y0, TL.LIEU_DATE, 200, body, align="right")
    yy = y0 - 30
    for l in TL.DESTINATAIRES:
        yy = draw_par(c, R - 200, yy, l, 200, small)
    y = min(y, yy) - 14
    y = draw_par(c, L, y, "**" + TL.OBJET + "**", R - L, body)
    y = draw_par(c, L, y - 2, TL.REF, R - L, small) - 4
    y = draw_par(c, L, y, TL.INTRO, R - L, body) - 6

    def head(t, y):
        c.setFillColor("#003366"); y = draw_par(c, L, y, "**" + t + "**", R - L, Style("DVS", "DVSB", 11.5)); c.setFillColor("black")
        c.setStrokeColor("#003366"); c.line(L, y + 9, R, y + 9); c.setStrokeColor("black")
        return y - 3
    y = head(TL.T1, y)
    y = draw_par(c, L, y, TL.T1_NOTE, R - L, body) - 2
    rows = [TL.ECRITS_ENTETE] + [list(r) for r in TL.ECRITS]
    y = draw_table(c, L, y + 6, rows, [62, 70, 258, R - L - 390], Style("DVS", "DVSB", 9), Style("DVS", "DVSB", 9), fill="#DDE7F0") - 12
    for l in TL.T1_CENTRES:
        y = draw_par(c, L, y, l, R - L, body)
    y = draw_par(c, L, y - 2, TL.T1_FERIE, R - L, small) - 6

    y = head(TL.T2, y)
    for label, txt in TL.ORAUX:
        y = draw_par(c, L, y, "**" + label + "** : " + txt, R - L, body) - 2
    y = draw_par(c, L, y, TL.T2_CCF, R - L, small) - 6
    c.showPage()
    y = H - 60
    y = head(TL.T3, y)
    for k, l in enumerate(TL.T3_LIGNES):  # lines broken by hand: « d’éta-/blissement », « dé-/pôt », « épreu-/ve »
        y = draw_line(c, L, y, l.replace("-/", "-"), R - L, body, justify=k < len(TL.T3_LIGNES) - 1)
    y -= 6
    y = head(TL.T4, y)
    for l in TL.FIN:
        c.setFont("DVS", 9.8); c.drawString(L + 4, y, "▪")
        y = draw_par(c, L + 16, y, l, R - L - 16, body) - 2
    y = draw_par(c, L, y - 6, TL.CONTACT, R - L, small) - 20
    for i, l in enumerate(TL.SIGNATURE):
        y = draw_par(c, L + 250, y, ("**" + l + "**") if i == 2 else l, R - L - 250, body)
    c.setFont("DVS", 7); c.drawCentredString(W / 2, 30, "Académie de Lille – DEC 3 – BTS Électrotechnique 2028 – page 2/2")
    c.showPage(); c.save()
    return out


# ---------------------------------------------------------------- E. Grenoble, GPME 2027 (reportlab, justified)
def build_grenoble():
    out = P("circulaire_gpme_2027_grenoble.pdf")
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle("BTS GPME – session 2027 – académie de Grenoble"); c.setAuthor("Rectorat de Grenoble – DEC 2")
    W, H = A4
    L, R = 64, W - 64
    body = Style("DV", "DVB", 10.2)
    small = Style("DV", "DVB", 8.6)
    y = H - 58
    c.setFillColor("#8B1E3F"); c.rect(L, y - 4, 5, 52, stroke=0, fill=1); c.setFillColor("black")
    for i, l in enumerate(TG.EN_TETE):
        y = draw_par(c, L + 12, y + 8 if i == 0 else y, ("**" + l + "**") if i == 0 else l, 300,
                     Style("DVS", "DVSB", 10.5 if i == 0 else 8.3), leading=12)
    y = draw_par(c, L, y - 10, TG.LIEU_DATE, R - L, body, align="right")
    y = draw_par(c, L, y, TG.DESTINATAIRES, R - L, body, align="right") - 8
    y = draw_par(c, L, y, "**" + TG.OBJET + "**", R - L, body)
    y = draw_par(c, L, y, TG.REF, R - L, small) - 8

    def head(t, y):
        # small capitals drawn by hand: capitals at full size, lower case as smaller capitals
        y = draw_par(c, L, y, "[[sc:**" + t + "**]]", R - L, Style("DV", "DVB", 12.5), leading=16)
        return y - 1
    y = head(TG.S1, y)
    y = draw_par(c, L, y, TG.S1_TXT, R - L, body, justify=True, hyph=True) - 4
    rows = [["Date", "Épreuve", "Horaires"]] + [list(r) for r in TG.ECRITS]
    y = draw_table(c, L + 10, y + 6, rows, [120, 230, R - L - 20 - 350], Style("DVSC", "DVSCB", 9.2),
                   Style("DVSC", "DVSCB", 9.2), fill="#F2E1E7") - 14
    y = draw_par(c, L, y, TG.S1_CENTRES, R - L, body, justify=True, hyph=True) - 6
    y = head(TG.S2, y)
    y = draw_par(c, L, y, TG.S2_TXT, R - L, body, justify=True, hyph=True) - 6
    y = head(TG.S3, y)
    y = draw_par(c, L, y, TG.S3_TXT, R - L, body, justify=True, hyph=True) - 6
    if y < 260:
        c.showPage(); y = H - 64
    y = head(TG.S4, y)
    rows = [["Étape", "Date et heure", "Lieu"]] + [list(r) for r in TG.FIN]
    y = draw_table(c, L + 10, y + 6, rows, [170, 170, R - L - 20 - 340], Style("DVSC", "DVSCB", 9.2),
                   Style("DVSC", "DVSCB", 9.2), fill="#F2E1E7") - 14
    y = draw_par(c, L, y, TG.NOTE, R - L, small, justify=True, hyph=True) - 18
    for i, l in enumerate(TG.SIGNATURE):
        y = draw_par(c, L + 240, y, ("**" + l + "**") if i == 2 else l, R - L - 240, body)
    c.showPage(); c.save()
    return out


# ---------------------------------------------------------------- C. Rennes, CG 2026 (HTML -> Chromium PDF)
def h(text):
    """markup -> HTML: entities for the invisible characters, <sup>, small caps, CSS upper case."""
    out = []
    for t, fl in parse(text):
        s = html.escape(t, quote=False).replace(NBSP, "&nbsp;").replace(NNBSP, "&#8239;").replace(SHY, "&shy;")
        if "sup" in fl:
            s = f"<sup>{s}</sup>"
        if "b" in fl:
            s = f"<strong>{s}</strong>"
        if "sc" in fl:
            s = f'<span class="sc">{s}</span>'
        if "caps" in fl:
            s = f'<span class="up">{s}</span>'
        out.append(s)
    return "".join(out)


def build_rennes():
    T = TR
    rows_e = "".join(f"<tr><td class='date'>{h(d)}</td><td>{h(e)}</td><td class='c'>{h(du)}</td><td class='c'>{h(ho)}</td></tr>"
                     for d, e, du, ho in T.ECRITS)
    centres = "".join(f"<td><strong>{h(n)}</strong><br>{h(a)}<br><em>{h(z)}</em></td>" for n, a, z in T.CENTRES_ECRITS)
    rows_o = "".join(f"<tr><td>{h(e)}</td><td class='c'>{h(d)}</td><td>{h(ctr)}</td></tr>" for e, d, ctr in T.ORAUX)
    rows_f = "".join(f"<tr><td>{h(a)}</td><td>{h(b)}</td><td>{h(ctr)}</td></tr>" for a, b, ctr in T.FIN)
    doc = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{html.escape(plain(T.SOUS_TITRE))}</title>
<style>
@page {{ size: A4; margin: 18mm 17mm 16mm 17mm; }}
body {{ font-family: 'DejaVu Serif', 'Liberation Serif', serif; font-size: 10pt; line-height: 1.32;
        font-variant-ligatures: common-ligatures; hyphens: manual; }}
.sc {{ font-variant: small-caps; letter-spacing: 0.02em; }}
.up {{ text-transform: uppercase; }}
.entete {{ display: table; width: 100%; border-bottom: 1.5pt solid #0b4f6c; padding-bottom: 4pt; }}
.entete .g {{ display: table-cell; font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #0b4f6c; }}
.entete .d {{ display: table-cell; text-align: right; vertical-align: bottom; }}
h1 {{ font-size: 15pt; margin: 10pt 0 0 0; color: #0b4f6c; font-weight: normal; }}
h2 {{ font-size: 11pt; margin: 2pt 0 8pt 0; font-style: italic; font-weight: normal; }}
h3 {{ font-size: 12pt; color: #0b4f6c; margin: 12pt 0 4pt 0; border-bottom: 0.5pt solid #9bb; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 0.6pt solid #6a8a99; padding: 3pt 4pt; vertical-align: top; font-size: 9.2pt; }}
th {{ background: #e3eef3; text-align: left; }}
td.c {{ text-align: center; white-space: normal; }}
.narrow td:first-child {{ width: 27%; }}
.orals td:first-child {{ width: 17%; }} .orals td:nth-child(2) {{ width: 14%; }}
.centres td {{ width: 50%; border: none; background: #f4f8fa; }}
.dest {{ margin-left: 45%; font-size: 9.5pt; }}
.small {{ font-size: 8.6pt; }}
.sig {{ margin: 18pt 0 0 55%; }}
p {{ text-align: justify; margin: 0 0 5pt 0; }}
</style></head><body>
<div class="entete"><div class="g">{'<br>'.join(h(x) for x in T.EMETTEUR)}</div><div class="d">{h(T.LIEU_DATE)}</div></div>
<h1>{h(T.TITRE)}</h1><h2>{h(T.SOUS_TITRE)}</h2>
<p class="dest">{h(T.DESTINATAIRES)}</p>
<p>{h(T.INTRO)}</p>
<h3>{h(T.H_ECRITS)}</h3>
<p>{h(T.ECRITS_NOTE)}</p>
<table class="narrow"><tr>{''.join(f'<th>{h(x)}</th>' for x in T.ECRITS_ENTETE)}</tr>{rows_e}</table>
<p class="small" style="margin-top:4pt">{h(T.ECRITS_FERIES)}</p>
<table class="centres"><tr>{centres}</tr></table>
<h3>{h(T.H_ORAUX)}</h3>
<table class="orals"><tr><th>Épreuve</th><th>Dates</th><th>Centre d’interrogation</th></tr>{rows_o}</table>
<p class="small" style="margin-top:4pt">{h(T.ORAUX_NOTE)}</p>
<h3>{h(T.H_DOSSIERS)}</h3>
{''.join(f'<p>{h(x)}</p>' for x in T.DOSSIERS)}
<h3>{h(T.H_FIN)}</h3>
<table><tr><th>Étape</th><th>Date</th><th>Lieu</th></tr>{rows_f}</table>
<p class="small" style="margin-top:8pt">{h(T.CONTACT)}</p>
<p class="sig">{'<br>'.join(h(x) for x in T.SIGNATURE)}</p>
</body></html>
"""
    out = P("circulaire_cg_2026_rennes.html")
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)
    prof = tempfile.mkdtemp(prefix="av_chromium_")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                    "--no-pdf-header-footer", f"--print-to-pdf={P('circulaire_cg_2026_rennes.pdf')}", "file://" + out],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)
    return out


# ---------------------------------------------------------------- conversions and the scan
def soffice_pdf(paths):
    tmp = tempfile.mkdtemp(prefix="av_lo_")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", tmp] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    for pth in paths:
        stem = os.path.splitext(os.path.basename(pth))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def photocopy_scan(pdf, out, dpi=200):
    """Office copier, « scan to PDF » in black and white: 200 dpi, slight skew, toner speckles, bitonal page."""
    rng = np.random.default_rng(29)
    tmp = tempfile.mkdtemp(prefix="av_ppm_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    for k, fn in enumerate(sorted(os.listdir(tmp))):
        im = Image.open(os.path.join(tmp, fn)).convert("L")
        im = im.rotate([-0.7, 0.45][k % 2], resample=Image.BICUBIC, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(im).astype(np.float32)
        a += rng.normal(0, 14, a.shape)
        hgt, wid = a.shape
        a[:, int(wid * 0.985):] -= 90  # grey edge where the page did not cover the glass
        dots = rng.random(a.shape) < 0.0008
        a[dots] = 0  # toner speckles
        bw = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
        pages.append(bw)
    shutil.rmtree(tmp, ignore_errors=True)
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def main():
    a = build_bordeaux(); d = build_pi()
    soffice_pdf([a, d])
    build_lille(); build_grenoble(); build_rennes()
    photocopy_scan(P("circulaire_electrotechnique_2028_lille.pdf"), P("circulaire_electrotechnique_2028_lille_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".html")):
            print(f"{f:55s} {os.path.getsize(P(f)) // 1024:6d} KiB")


if __name__ == "__main__":
    main()
