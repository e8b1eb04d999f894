#!/usr/bin/env python3
"""Build the independantes_bd corpus. Run: /work/main/.venv/bin/python build.py
Theme: PDFs with no picture whose text layer lies or is absent.
Writes only into this folder (plus a private LibreOffice profile and temp files under /tmp/bd_build)."""
import os, random, re, shutil, subprocess, zlib

from fontTools.ttLib import TTFont
from fontTools.pens.basePen import BasePen
from fontTools.agl import UV2AGL
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont as RLTTFont

import textes_rennes, textes_lille, textes_montpellier, textes_orleans, textes_et

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = "/tmp/bd_build"
LO_PROFILE = "file:///tmp/lo_bd"
FONT_DIR = "/usr/share/fonts/truetype/liberation2"
FONT_FILES = {"R": os.path.join(FONT_DIR, "LiberationSans-Regular.ttf"),
              "B": os.path.join(FONT_DIR, "LiberationSans-Bold.ttf")}
FONTS = {k: TTFont(v) for k, v in FONT_FILES.items()}
W, H = 595.28, 841.89
ML, MR, MT, MB = 62, 62, 56, 60


# ------------------------------------------------------------------ metrics (shared by every PDF renderer)
def width(s, f, size):
    font = FONTS[f]
    cmap, hmtx, upm = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    return sum(hmtx[cmap.get(ord(c), ".notdef")][0] for c in s) * size / upm


def wrap(s, f, size, maxw):
    lines, cur = [], ""
    for word in s.split(" "):
        trial = word if not cur else cur + " " + word
        if width(trial, f, size) <= maxw or not cur:
            cur = trial
        else:
            lines.append(cur); cur = word
    lines.append(cur)
    return lines


# ------------------------------------------------------------------ layout: blocks -> pages of drawing operations
def layout(blocs):
    """Return a list of pages; each page is a list of ('text', x, y, font, size, s) / ('line', ...) / ('fill', ...)."""
    pages, ops = [], []
    y = [H - MT]
    tw = W - ML - MR

    def newpage():
        nonlocal ops
        pages.append(ops); ops = []; y[0] = H - MT

    def need(h):
        if y[0] - h < MB:
            newpage()

    def para(text, f="R", size=10, lead=13.2, x=ML, maxw=None, before=0, after=5):
        lines = wrap(text, f, size, maxw or tw)
        y[0] -= before
        for ln in lines:
            need(lead)
            y[0] -= lead
            ops.append(("text", x, y[0] + 3, f, size, ln))
        y[0] -= after

    for b in blocs:
        kind = b[0]
        if kind == "entete":
            left, right = b[1], b[2]
            y0 = y[0]
            for i, ln in enumerate(left):
                f, size = ("B", 10.5) if i == 0 else ("R", 8.5)
                y[0] -= 12.5 if i == 0 else 11
                ops.append(("text", ML, y[0], f, size, ln))
            yl = y[0]; y[0] = y0 - 20
            for ln in right:
                for sub in wrap(ln, "R", 10, W - MR - 330) if ln else [""]:
                    y[0] -= 13
                    if sub:
                        ops.append(("text", 330, y[0], "R", 10, sub))
            y[0] = min(y[0], yl) - 18
        elif kind == "objet":
            lab = "Objet : "
            lw = width(lab, "B", 10)
            lines = wrap(b[1], "B", 10, tw - lw)
            for i, ln in enumerate(lines):
                y[0] -= 13.2
                if i == 0:
                    ops.append(("text", ML, y[0], "B", 10, lab))
                ops.append(("text", ML + lw, y[0], "B", 10, ln))
            y[0] -= 4
        elif kind == "ref":
            lab = "Référence : "
            lw = width(lab, "R", 9)
            for i, ln in enumerate(wrap(b[1], "R", 9, tw - lw)):
                y[0] -= 12
                if i == 0:
                    ops.append(("text", ML, y[0], "R", 9, lab))
                ops.append(("text", ML + lw, y[0], "R", 9, ln))
            y[0] -= 10
        elif kind == "h":
            need(40)
            para(b[1], "B", 11, 14, before=6, after=4)
        elif kind == "p":
            para(b[1])
        elif kind == "liste":
            for item in b[1]:
                lines = wrap(item, "R", 10, tw - 18)
                for i, ln in enumerate(lines):
                    need(13.2); y[0] -= 13.2
                    if i == 0:
                        ops.append(("text", ML + 6, y[0] + 3, "R", 10, "–"))
                    ops.append(("text", ML + 18, y[0] + 3, "R", 10, ln))
            y[0] -= 6
        elif kind == "table":
            fracs, head, rows = b[1], b[2], b[3]
            cw = [f * tw for f in fracs]

            def row(cells, bold):
                f = "B" if bold else "R"
                cl = [wrap(c, f, 9, w - 8) for c, w in zip(cells, cw)]
                rh = max(len(c) for c in cl) * 11 + 7
                return cl, rh, f

            def draw_row(cells, bold):
                cl, rh, f = row(cells, bold)
                top = y[0]
                if bold:
                    ops.append(("fill", ML, top - rh, tw, rh, 0.86))
                x = ML
                for lines, w in zip(cl, cw):
                    for i, ln in enumerate(lines):
                        ops.append(("text", x + 4, top - 11 - i * 11, f, 9, ln))
                    x += w
                ops.append(("line", ML, top, ML + tw, top, 0.6))
                ops.append(("line", ML, top - rh, ML + tw, top - rh, 0.6))
                x = ML
                for w in cw + [0]:
                    ops.append(("line", x, top, x, top - rh, 0.6)); x += w
                y[0] -= rh

            need(row(head, True)[1] + row(rows[0], False)[1] + 4)
            draw_row(head, True)
            for r in rows:
                if y[0] - row(r, False)[1] < MB:
                    newpage(); draw_row(head, True)
                draw_row(r, False)
            y[0] -= 10
        elif kind == "signature":
            need(60)
            y[0] -= 8
            for ln in b[1]:
                y[0] -= 13
                if ln:
                    ops.append(("text", 330, y[0], "B" if ln == b[1][-1] else "R", 10, ln))
    pages.append(ops)
    n = len(pages)
    for i, pg in enumerate(pages):
        s = f"{i + 1} / {n}"
        pg.append(("text", W - MR - width(s, "R", 8), 30, "R", 8, s))
    return pages


# ------------------------------------------------------------------ renderer 1: reportlab, real embedded fonts
def render_reportlab(pages, path, title, fontfiles=None, translate=None):
    fontfiles = fontfiles or FONT_FILES
    names = {}
    for k, fp in fontfiles.items():
        nm = "BD_" + os.path.splitext(os.path.basename(fp))[0]
        pdfmetrics.registerFont(RLTTFont(nm, fp)); names[k] = nm
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(title); c.setAuthor("")
    for pg in pages:
        for op in pg:
            if op[0] == "text":
                _, x, y, f, size, s = op
                c.setFont(names[f], size)
                c.drawString(x, y, translate(s) if translate else s)
            elif op[0] == "line":
                c.setLineWidth(op[5]); c.line(*op[1:5])
            elif op[0] == "fill":
                c.setFillGray(op[5]); c.rect(op[1], op[2], op[3], op[4], stroke=0, fill=1); c.setFillGray(0)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ minimal PDF writer (for outlines and Type3)
class PathPen(BasePen):
    """Collect glyph outlines as PDF path operators, with an affine map (scale, dx, dy)."""

    def __init__(self, glyphset, scale=1.0, dx=0.0, dy=0.0):
        super().__init__(glyphset)
        self.out, self.s, self.dx, self.dy = [], scale, dx, dy

    def _p(self, pt):
        return f"{pt[0] * self.s + self.dx:.2f} {pt[1] * self.s + self.dy:.2f}"

    def _moveTo(self, pt):
        self.out.append(self._p(pt) + " m")

    def _lineTo(self, pt):
        self.out.append(self._p(pt) + " l")

    def _curveToOne(self, p1, p2, p3):
        self.out.append(f"{self._p(p1)} {self._p(p2)} {self._p(p3)} c")

    def _closePath(self):
        self.out.append("h")


def graphics_ops(op):
    if op[0] == "line":
        _, x1, y1, x2, y2, w = op
        return f"{w} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S"
    if op[0] == "fill":
        _, x, y, w, h, g = op
        return f"q {g} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f Q"
    return ""


def write_pdf(path, contents, resources, extra_objs, title):
    """contents: list of page content strings; resources: PDF dict text for each page;
    extra_objs: {num: bytes} objects already numbered from 3 + 2*npages on."""
    n = len(contents)
    objs = {}
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()
    for i, cs in enumerate(contents):
        data = zlib.compress(cs.encode("latin-1"))
        objs[3 + 2 * i] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W} {H}] /Resources {resources} "
                           f"/Contents {4 + 2 * i} 0 R >>").encode()
        objs[4 + 2 * i] = f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode() + data + b"\nendstream"
    objs.update(extra_objs)
    info = max(objs) + 1
    objs[info] = f"<< /Title ({title}) /Producer (independantes_bd build.py) >>".encode("latin-1")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {info + 1}\n0000000000 65535 f \n".encode()
    for k in range(1, info + 1):
        out += f"{offs[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {info + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    open(path, "wb").write(out)


def glyph_path(f, ch, scale, dx, dy):
    font = FONTS[f]
    gname = font.getBestCmap().get(ord(ch), ".notdef")
    gs = font.getGlyphSet()
    pen = PathPen(gs, scale, dx, dy)
    gs[gname].draw(pen)
    return pen.out, font["hmtx"][gname][0]


# ------------------------------------------------------------------ renderer 2: every glyph as a filled vector path
def render_outlines(pages, path, title):
    contents = []
    for pg in pages:
        cs = []
        for op in pg:
            if op[0] == "text":
                _, x, y, f, size, s = op
                upm = FONTS[f]["head"].unitsPerEm
                sc = size / upm
                ops = []
                for ch in s:
                    out, adv = glyph_path(f, ch, sc, x, y)
                    ops += out
                    x += adv * sc
                if ops:
                    cs.append("\n".join(ops) + "\nf")
            else:
                cs.append(graphics_ops(op))
        contents.append("\n".join(cs))
    n = len(pages)
    write_pdf(path, contents, "<< >>", {}, title)


# ------------------------------------------------------------------ renderer 3: Type3 fonts with scrambled codes
def render_type3(pages, path, title, seed=2026):
    rnd = random.Random(seed)
    used = {"R": set(), "B": set()}
    for pg in pages:
        for op in pg:
            if op[0] == "text":
                used[op[3]].update(op[5])
    n = len(pages)
    first_extra = 3 + 2 * n
    extra, fontres, codemaps = {}, [], {}
    num = first_extra
    for idx, f in enumerate(("R", "B")):
        chars = sorted(used[f] - {" "})
        pool = list(range(33, 127)) + list(range(161, 256))
        rnd.shuffle(pool)
        cmapping = {ch: pool[i] for i, ch in enumerate(chars)}
        cmapping[" "] = 32
        codemaps[f] = cmapping
        font = FONTS[f]
        upm = font["head"].unitsPerEm
        procs, diffs = [], []
        fo, proc_start = num, num + 1
        num += 1
        widths = [0] * 256
        for ch, code in sorted(cmapping.items(), key=lambda kv: kv[1]):
            gname = "space" if code == 32 else UV2AGL.get(code, f"g{code:02x}")  # the name of the code, not of the glyph drawn
            out, adv = glyph_path(f, ch, 1.0, 0, 0)
            widths[code] = adv
            body = f"{adv} 0 d0\n" + "\n".join(out) + ("\nf" if out else "")
            data = body.encode()
            extra[num] = f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"
            procs.append(f"/{gname} {num} 0 R"); diffs.append((code, gname))
            num += 1
        diffs_s = " ".join(f"{c} /{g}" for c, g in diffs)
        extra[fo] = (f"<< /Type /Font /Subtype /Type3 /FontBBox [-1200 -500 2500 2000] "
                     f"/FontMatrix [{1 / upm:.8f} 0 0 {1 / upm:.8f} 0 0] "
                     f"/CharProcs << {' '.join(procs)} >> /Encoding << /Type /Encoding /Differences [{diffs_s}] >> "
                     f"/FirstChar 0 /LastChar 255 /Widths [{' '.join(map(str, widths))}] /Resources << >> >>").encode()
        fontres.append(f"/T3{f} {fo} 0 R")
    contents = []
    for pg in pages:
        cs = []
        for op in pg:
            if op[0] == "text":
                _, x, y, f, size, s = op
                hexs = "".join(f"{codemaps[f][ch]:02x}" for ch in s)
                cs.append(f"BT /T3{f} {size} Tf {x:.2f} {y:.2f} Td <{hexs}> Tj ET")
            else:
                cs.append(graphics_ops(op))
        contents.append("\n".join(cs))
    write_pdf(path, contents, "<< /Font << " + " ".join(fontres) + " >> >>", extra, title)


# ------------------------------------------------------------------ renderer 4: TrueType font whose digits are swapped
SWAP = {"3": "4", "4": "3", "5": "6", "6": "5", "8": "9", "9": "8"}


def lying_fonts():
    """Copies of Liberation Sans whose cmap sends '3' to the glyph of '4' and so on (an involution).
    The page then shows the intended digits while the text layer (reportlab's ToUnicode) holds the swapped ones."""
    out = {}
    for k, fp in FONT_FILES.items():
        font = TTFont(fp)
        orig = dict(font.getBestCmap())  # a copy: getBestCmap returns the live table
        for table in font["cmap"].tables:
            if table.isUnicode():
                for a, b in SWAP.items():
                    table.cmap[ord(a)] = orig[ord(b)]
        dst = os.path.join(TMP, f"Swapped-{k}.ttf")
        font.save(dst)
        out[k] = dst
    return out


def swap_digits(s):
    return "".join(SWAP.get(c, c) for c in s)


# ------------------------------------------------------------------ DOCX renderer (python-docx)
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def render_docx(blocs, path, title):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2); sec.top_margin = sec.bottom_margin = Cm(2)
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    doc.core_properties.title = title; doc.core_properties.author = ""

    def para(text, bold=False, size=10, align=None, indent=None, after=4):
        p = doc.add_paragraph()
        r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        p.paragraph_format.space_after = Pt(after)
        return p

    for b in blocs:
        kind = b[0]
        if kind == "entete":
            for i, ln in enumerate(b[1]):
                para(ln, bold=(i == 0), size=10.5 if i == 0 else 8.5, after=0)
            para("", after=6)
            for ln in b[2]:
                para(ln, indent=9.5, after=0)
            para("", after=6)
        elif kind == "objet":
            p = doc.add_paragraph(); r = p.add_run("Objet : " + b[1]); r.bold = True
        elif kind == "ref":
            para("Référence : " + b[1], size=9, after=10)
        elif kind == "h":
            p = para(b[1], bold=True, size=11, after=4); p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
        elif kind == "p":
            para(b[1])
        elif kind == "liste":
            for item in b[1]:
                para("– " + item, indent=0.6, after=1)
            para("", after=2)
        elif kind == "table":
            fracs, head, rows = b[1], b[2], b[3]
            t = doc.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            t.autofit = False
            for gc, fr in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), fracs):
                gc.set(qn("w:w"), str(int(16.6 * fr * 567)))  # twips, so LibreOffice keeps the widths
            for r_i, cells in enumerate([head] + rows):
                for c_i, txt in enumerate(cells):
                    cell = t.cell(r_i, c_i)
                    cell.width = Cm(16.6 * fracs[c_i])
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(txt); run.font.size = Pt(9); run.bold = r_i == 0
                    cell.paragraphs[0].paragraph_format.space_after = Pt(0)
                    if r_i == 0:
                        shade(cell, "DCDCDC")
            para("", after=2)
        elif kind == "signature":
            para("", after=6)
            for ln in b[1]:
                para(ln, bold=(ln == b[1][-1]), indent=9.5, after=0)
    doc.save(path)


def lo_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def strip_tounicode(src, dst):
    """Remove every /ToUnicode map from the fonts of a PDF (LibreOffice embeds subset TrueType fonts
    with their own codes, so without the map the codes no longer say which letter is drawn)."""
    reader = PdfReader(src)
    writer = PdfWriter()
    writer.append(reader)
    removed = 0
    for page in writer.pages:
        fonts = page["/Resources"].get_object().get("/Font")
        if not fonts:
            continue
        for _, ref in fonts.get_object().items():
            fd = ref.get_object()
            for d in [fd] + [x.get_object() for x in fd.get("/DescendantFonts", [])]:
                if "/ToUnicode" in d:
                    del d[NameObject("/ToUnicode")]; removed += 1
    writer.add_metadata({"/Producer": "LibreOffice", "/Title": reader.metadata.get("/Title", "")})
    with open(dst, "wb") as fh:
        writer.write(fh)
    return removed


# ------------------------------------------------------------------ plain-text and Markdown copies
def render_text(blocs, md=False):
    out = []
    for b in blocs:
        kind = b[0]
        if kind == "entete":
            out += b[1] + [""] + [ln for ln in b[2]] + [""]
        elif kind == "objet":
            out += [("**Objet :** " if md else "Objet : ") + b[1], ""]
        elif kind == "ref":
            out += ["Référence : " + b[1], ""]
        elif kind == "h":
            out += [("## " if md else "") + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "liste":
            out += [("- " if md else "  - ") + i for i in b[1]] + [""]
        elif kind == "table":
            head, rows = b[2], b[3]
            if md:
                out.append("| " + " | ".join(head) + " |")
                out.append("|" + "---|" * len(head))
                out += ["| " + " | ".join(r) + " |" for r in rows]
            else:
                for r in rows:
                    out.append("  " + " ; ".join(f"{h} : {c}" for h, c in zip(head, r)))
            out.append("")
        elif kind == "signature":
            out += [ln for ln in b[1] if ln] + [""]
    return "\n".join(out)


# ------------------------------------------------------------------ main
def main():
    shutil.rmtree(TMP, ignore_errors=True); os.makedirs(TMP)

    # (1) Rennes: DOCX -> LibreOffice PDF -> /ToUnicode removed
    stem = "circulaire_cg_2027_rennes"
    render_docx(textes_rennes.BLOCS, P(stem + ".docx"), textes_rennes.TITRE)
    raw = lo_pdf(P(stem + ".docx"), TMP)
    n = strip_tounicode(raw, P(stem + ".pdf"))
    print(stem, "ToUnicode maps removed:", n)

    # (2) Lille: every glyph drawn as a vector path, no font resource at all; Markdown copy
    stem = "circulaire_sn_2028_lille"
    render_outlines(layout(textes_lille.BLOCS), P(stem + ".pdf"), textes_lille.TITRE)
    open(P(stem + ".md"), "w", encoding="utf-8").write(render_text(textes_lille.BLOCS, md=True))
    print(stem, "outlines")

    # (3) Montpellier: Type3 fonts, codes shuffled and named after other characters; plain-text copy
    stem = "circulaire_mhr_2026_montpellier"
    render_type3(layout(textes_montpellier.BLOCS), P(stem + ".pdf"), textes_montpellier.TITRE)
    open(P(stem + ".txt"), "w", encoding="utf-8").write(render_text(textes_montpellier.BLOCS))
    print(stem, "type3")

    # (4) Orléans-Tours: the ordinary comparison document (DOCX + LibreOffice PDF, untouched)
    stem = "circulaire_gpme_2029_orleans-tours"
    render_docx(textes_orleans.BLOCS, P(stem + ".docx"), textes_orleans.TITRE)
    shutil.copy(lo_pdf(P(stem + ".docx"), TMP), P(stem + ".pdf"))
    print(stem, "normal")

    # (5) ET national note: reportlab with a TrueType font whose digit codes are swapped
    stem = "note_nationale_et_2027"
    render_reportlab(layout(textes_et.BLOCS), P(stem + ".pdf"), textes_et.TITRE,
                     fontfiles=lying_fonts(), translate=swap_digits)
    print(stem, "digits swapped")


if __name__ == "__main__":
    main()
