#!/usr/bin/env python3
"""Build the independantes_bi corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (and a private LibreOffice profile / temp files in /tmp)."""
import glob, io, os, random, re, shutil, subprocess, tempfile, zipfile

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_ms as TM
import textes_rennes as TR
import textes_dijon as TD
import textes_orleans as TO

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bi"
TMP = tempfile.mkdtemp(prefix="bi_build_")


def soffice_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, capture_output=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout
        out.append(re.sub(r"\s+", " ", t))
    return out


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9, align=None, italic=False):
    cell.text = ""
    par = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, line in enumerate(lines):
        r = par.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align is not None:
        par.alignment = align


def tr_flag(row, tag, extra=None):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    for k, v in (extra or {"w:val": "true"}).items():
        el.set(qn(k), v)
    trPr.append(el)


def set_widths(table, widths_cm):
    table.autofit = False
    tw = [int(w * 567) for w in widths_cm]
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            tcPr = tc.get_or_add_tcPr()
            span = tcPr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(sum(tw[col:col + n])))
            col += n


def add_field(par, instr, size):
    r = par.add_run(); r.font.size = Pt(size)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve"); el.text = f" {instr} "
        r._r.append(el)
    r2 = par.add_run("1"); r2.font.size = Pt(size)
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end"); r2._r.append(end)


def bottom_border(par, where="w:bottom"):
    pPr = par._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr")
    b = OxmlElement(where); b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:color"), "444444")
    bdr.append(b); pPr.append(bdr)


# ---------------------------------------------------------------- long-document builder
class Long:
    def __init__(self, T, toc_pages, color, page_word):
        self.T, self.toc_pages, self.color, self.page_word = T, toc_pages, color, page_word
        self.doc = Document()
        st = self.doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
        st.paragraph_format.space_after = Pt(4)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(1.8)
        sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(T.TITRE_COURT); r.font.size = Pt(8); r.italic = True; r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        bottom_border(hp)
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        bottom_border(fp, "w:top")
        r = fp.add_run(T.PIED + f" – {page_word} "); r.font.size = Pt(8)
        add_field(fp, "PAGE", 8)
        r = fp.add_run(" / " if page_word == "page" else " sur "); r.font.size = Pt(8)
        add_field(fp, "NUMPAGES", 8)
        self.pb = False
        self.width = 17.0
        self.headings = []

    def par(self, text="", size=10, bold=False, italic=False, align=None, indent=None, after=None, color=None):
        p = self.doc.add_paragraph()
        if self.pb:
            p.paragraph_format.page_break_before = True; self.pb = False
        if text:
            r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.italic = italic
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = Cm(indent)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    def table(self, header, rows, widths, size=9, repeat=True, height=None):
        if self.pb:
            self.par(size=2)
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header)); t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            cell_text(t.rows[0].cells[j], h, bold=True, size=size); shade(t.rows[0].cells[j], "D9E2F3")
        if repeat:
            tr_flag(t.rows[0], "w:tblHeader")
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row):
                cell_text(t.rows[i].cells[j], v, size=size)
            if height:
                tr_flag(t.rows[i], "w:trHeight", {"w:val": str(int(height * 567)), "w:hRule": "atLeast"})
        set_widths(t, widths)
        return t

    def section(self, landscape):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.pb = False
        sec.different_first_page_header_footer = False
        w, h = Cm(21), Cm(29.7)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = h, w; self.width = 25.7
        else:
            sec.orientation = WD_ORIENT.PORTRAIT; sec.page_width, sec.page_height = w, h; self.width = 17.0

    def build(self, toc_numbers):
        T = self.T
        for b in T.BLOCKS:
            kind = b[0]
            if kind == "pb":
                self.pb = True
            elif kind == "cover":
                for i, (txt, size, bold) in enumerate(T.COVER):
                    p = self.par(txt, size=size, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER, after=10,
                                 color=self.color if size >= 14 else None)
                    if i == 0:
                        p.paragraph_format.space_before = Pt(60)
            elif kind == "letterhead":
                t = self.doc.add_table(rows=1, cols=2)
                left, right = t.rows[0].cells
                cell_text(left, "\n".join(T.LETTERHEAD), size=8.5)
                left.paragraphs[0].runs[0].bold = True
                cell_text(right, T.LIEU_DATE + "\n\n" + T.DEST, size=9)
                set_widths(t, [7.5, 9.5])
                self.par(T.OBJET, bold=True).paragraph_format.space_before = Pt(14)
                for ref in T.REFS:
                    self.par(ref, size=8.5, italic=True, indent=1, after=1)
            elif kind == "h1n":
                self.par(b[1], size=14, bold=True, color=self.color, after=10)
            elif kind == "toc":
                for level, text in self.headings_all():
                    p = self.par(size=9.5, indent=0.6 * level, after=2)
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(self.width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                    r = p.add_run(f"{text}\t{toc_numbers.get(text, 0)}"); r.font.size = Pt(10 if level == 0 else 9.5)
                    r.bold = level == 0
            elif kind in ("h1", "h2"):
                p = self.par(b[1], size=13 if kind == "h1" else 11, bold=True, color=self.color, after=6)
                p.paragraph_format.space_before = Pt(12 if kind == "h1" else 8); p.paragraph_format.keep_with_next = True
                if kind == "h1":
                    bottom_border(p)
            elif kind in ("h3", "q"):
                p = self.par(b[1], size=10, bold=True, after=2); p.paragraph_format.keep_with_next = True
                p.paragraph_format.space_before = Pt(6)
            elif kind == "p":
                self.par(b[1]).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif kind == "note":
                self.par(b[1], size=8.5, italic=True, after=4).paragraph_format.space_before = Pt(4)
            elif kind == "bullets":
                for it in b[1]:
                    p = self.par("– " + it, indent=0.8, after=2); p.paragraph_format.first_line_indent = Cm(-0.4)
            elif kind == "sign":
                for i, line in enumerate(b[1]):
                    p = self.par(line, indent=9, after=1)
                    if i == 0:
                        p.paragraph_format.space_before = Pt(18)
            elif kind == "table":
                opts = b[4]
                self.table(b[1], b[2], b[3], size=opts.get("size", 9), repeat=opts.get("repeat", False),
                           height=opts.get("height"))
                self.par(size=4, after=0)
            elif kind == "cal":
                head, rows, widths = b[1], b[2], b[3]
                if self.pb:
                    self.par(size=2)
                t = self.doc.add_table(rows=1, cols=len(head)); t.style = "Table Grid"
                for j, h in enumerate(head):
                    cell_text(t.rows[0].cells[j], h, bold=True, size=9); shade(t.rows[0].cells[j], "1F3864")
                    t.rows[0].cells[j].paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
                tr_flag(t.rows[0], "w:tblHeader")
                for row in rows:
                    cells = t.add_row().cells
                    tr_flag(t.rows[-1], "w:cantSplit")
                    if row[0] == "§":
                        m = cells[0].merge(cells[-1]); cell_text(m, row[1], bold=True, size=9); shade(m, "DEEAF6")
                    else:
                        for j, v in enumerate(row):
                            cell_text(cells[j], v, size=9, bold=(j == 0))
                set_widths(t, widths)
                self.par(size=4, after=0)
            elif kind == "grid":
                g = b[1]
                p = self.par(g["titre"], size=11, bold=True, color=self.color, after=6)
                rows = g["rows"]
                t = self.doc.add_table(rows=1 + len(rows), cols=7); t.style = "Table Grid"
                for j, h in enumerate(["Compétence évaluée", "Critère", "Indicateur de performance", "TI", "I", "S", "TS"]):
                    cell_text(t.rows[0].cells[j], h, bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
                    shade(t.rows[0].cells[j], "E2EFDA")
                tr_flag(t.rows[0], "w:tblHeader")
                start = 1
                for i, (comp, crit, ind) in enumerate(rows, 1):
                    cell_text(t.rows[i].cells[1], crit, size=8); cell_text(t.rows[i].cells[2], ind, size=8)
                    for j in range(3, 7):
                        cell_text(t.rows[i].cells[j], "☐", size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
                    if i == len(rows) or rows[i][0] != comp:
                        m = t.cell(start, 0).merge(t.cell(i, 0)) if i > start else t.cell(start, 0)
                        cell_text(m, comp, bold=True, size=8)
                        start = i + 1
                set_widths(t, [3.8, 5.6, 4.0, 0.9, 0.9, 0.9, 0.9])
                self.par("TI : très insuffisant – I : insuffisant – S : satisfaisant – TS : très satisfaisant. "
                         "Note proposée : ........ / 20. Signature des examinateurs : ..............................",
                         size=8, italic=True).paragraph_format.space_before = Pt(6)
            elif kind == "form":
                for i, line in enumerate(b[1]):
                    p = self.par(line, size=11 if i == 0 and line.isupper() else 10, bold=(i == 0 and line.isupper()), after=12)
            elif kind == "landscape":
                self.section(True)
            elif kind == "portrait":
                self.section(False)
            else:
                raise ValueError(kind)
        return self.doc

    def headings_all(self):
        return [(0 if k == "h1" else 1, t) for (k, t, *_) in [b for b in self.T.BLOCKS if b[0] in ("h1", "h2")]]


def build_long(T, stem, color, page_word):
    numbers = {}
    for _ in range(2):  # pass 1 measures the pages of the headings, pass 2 writes them in the table of contents
        L = Long(T, None, color, page_word)
        doc = L.build(numbers)
        doc.core_properties.title = T.TITRE_COURT
        doc.core_properties.author = "DEC"
        src = os.path.join(TMP, stem + ".docx"); doc.save(src)
        pdf = soffice_pdf(src, TMP)
        pages = page_texts(pdf)
        toc_last = max(i for i, t in enumerate(pages) if "SOMMAIRE" in t)
        new, cur = {}, toc_last + 1
        for _lvl, h in L.headings_all():
            key = re.sub(r"\s+", " ", h)
            while cur < len(pages) and key not in pages[cur]:
                cur += 1
            if cur >= len(pages):
                raise RuntimeError(f"{stem}: heading not found {h}")
            new[h] = cur + 1
        if new == numbers:
            break
        numbers = new
    shutil.copy(src, P(stem + ".docx")); shutil.copy(pdf, P(stem + ".pdf"))
    print(stem, len(pages), "pages")
    return pages


# ---------------------------------------------------------------- C. Dijon (HTML printed by Chromium)
def build_dijon():
    with open(P("circulaire_bioac_2026_dijon.html"), "w", encoding="utf-8") as f:
        f.write(TD.HTML)
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    out = P("circulaire_bioac_2026_dijon.pdf")
    subprocess.run([chrome, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chrome", f"--print-to-pdf={out}",
                    "file://" + P("circulaire_bioac_2026_dijon.html")], check=True, capture_output=True)
    print("circulaire_bioac_2026_dijon pdf")


# ---------------------------------------------------------------- D. Orléans-Tours (hand-written ODT)
def build_orleans():
    stem = "circulaire_fed_2029_orleans-tours"
    src = P(stem + ".odt")
    with zipfile.ZipFile(src, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", TO.MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", TO.STYLES, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", TO.content(), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", TO.META, compress_type=zipfile.ZIP_DEFLATED)
    pdf = soffice_pdf(src, TMP)
    shutil.copy(pdf, P(stem + ".pdf"))
    print(stem, "odt + pdf")


# ---------------------------------------------------------------- scan: cover + calendar annex of the national note
def scan_pages(pages):
    """Cover (page 1) and every page of annex 1 (from its heading up to the page before annex 2)."""
    a1 = next(i for i, t in enumerate(pages) if "ANNEXE 1 – Calendrier national" in t and "SOMMAIRE" not in t)
    a2 = next(i for i, t in enumerate(pages) if "ANNEXE 2 – Grilles" in t and i > a1)
    return [0] + list(range(a1, a2))


def build_scan(pages):
    rnd = random.Random(11); nrng = np.random.default_rng(11)
    src = P("note_nationale_ms_2027.pdf")
    imgs = []
    for k, i in enumerate(scan_pages(pages)):
        base = os.path.join(TMP, f"scan{k}")
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", str(i + 1), "-l", str(i + 1), "-singlefile", src, base], check=True)
        im = Image.open(base + ".png").convert("L")
        im = im.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.92 + 12                                   # grey paper
        a += nrng.normal(0, 7, a.shape)                     # sensor noise
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55                      # dark band of the lid
        grad = np.linspace(1.0, 0.93, h)[:, None]           # uneven lamp
        a *= grad
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        imgs.append(im)
    out = P("note_nationale_ms_2027_scan.pdf")
    buf = []
    for im in imgs:
        b = io.BytesIO(); im.save(b, "JPEG", quality=62); b.seek(0); buf.append(Image.open(b))
    buf[0].save(out, "PDF", resolution=150, save_all=True, append_images=buf[1:])
    print("scan pages", [i + 1 for i in scan_pages(pages)], os.path.getsize(out) // 1024, "KiB")


def main():
    pages = build_long(TM, "note_nationale_ms_2027", "1F3864", "page")
    build_long(TR, "circulaire_cg_2028_rennes", "7B2C3B", "page")
    build_dijon()
    build_orleans()
    build_scan(pages)
    for f in sorted(glob.glob(P("*.*"))):
        if not f.endswith((".py", ".json", ".md")):
            print(f"{os.path.basename(f):45s} {os.path.getsize(f) // 1024:6d} KiB")
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
