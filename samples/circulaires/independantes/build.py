#!/usr/bin/env python3
"""Build the independent corpus of BTS organisation circulars.

Usage (from anywhere):  /work/main/.venv/bin/python build.py [--no-pdf] [--no-scan]

Every text lives in textes.py (written by hand for this corpus). This script only lays it out:
  * DOCX with python-docx (real Word tables, merged cells, borderless tables, header/footer letterhead);
  * HTML for the one circular that an exam office would have published as a web page;
  * PDF of each DOCX/HTML through LibreOffice (one conversion at a time, private profile);
  * image-only "scans" of four PDFs: pages rendered by pdftoppm, degraded here with PIL/numpy,
    then re-assembled into a PDF without any text layer.
Standard library + python-docx + Pillow + numpy only. Nothing from the project is imported.
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageFilter, ImageOps

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import textes  # noqa: E402  (the texts, local module)

ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}


# ---------------------------------------------------------------- tables: merge layout
def spans(rows):
    """For a grid with '^' (merge with the cell above) and '<' (merge with the cell on the left),
    return {(r, c): (rowspan, colspan)} for anchor cells and the set of covered cells."""
    nr, nc = len(rows), max(len(r) for r in rows)
    grid = [list(r) + ["<"] * (nc - len(r)) for r in rows]
    anchors, covered = {}, set()
    for r in range(nr):
        for c in range(nc):
            if (r, c) in covered or grid[r][c] in ("^", "<"):
                continue
            cs = 1
            while c + cs < nc and grid[r][c + cs] == "<":
                cs += 1
            rs = 1
            while r + rs < nr and all(grid[r + rs][c + k] == "^" for k in range(cs)):
                rs += 1
            anchors[(r, c)] = (rs, cs)
            for i in range(r, r + rs):
                for j in range(c, c + cs):
                    if (i, j) != (r, c):
                        covered.add((i, j))
    return grid, anchors, covered


# ---------------------------------------------------------------- DOCX
def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _runs(par, text, bold=False, italic=False, size=None):
    """'**x**' toggles bold inside a line."""
    parts = text.split("**")
    for k, part in enumerate(parts):
        if not part:
            continue
        run = par.add_run(part)
        run.bold = bold or (k % 2 == 1)
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def docx_table(doc, block):
    rows = block["rows"]
    grid, anchors, covered = spans(rows)
    nr, nc = len(grid), len(grid[0])
    table = doc.add_table(rows=nr, cols=nc)
    if block.get("border", True):
        table.style = "Table Grid"
    else:
        _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = block.get("widths")
    if widths:
        scale = min(1.0, 17.0 / sum(widths))  # A4 portrait, 2 cm margins
        widths = [w * scale for w in widths]
        table.autofit = False
        for c in range(nc):
            table.columns[c].width = Cm(widths[c])  # w:gridCol, which LibreOffice reads
        for r in range(nr):
            for c in range(nc):
                table.cell(r, c).width = Cm(widths[c])
    for (r, c), (rs, cs) in anchors.items():
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
        lines = str(grid[r][c]).split("\n")
        head = r < block.get("head", 1)
        section = cs == nc and nc > 1 and not head
        cell.paragraphs[0].text = ""
        for k, line in enumerate(lines):
            par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            par.paragraph_format.space_after = Pt(0)
            if head or section:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(par, line, bold=head or section, size=block.get("size", 9))
        if head and block.get("border", True):
            _shade(cell, "D9D9D9")
        elif section:
            _shade(cell, "F2F2F2")
    doc.add_paragraph()


def build_docx(doc_spec, path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = doc_spec.get("font", "Arial")
    style.font.size = Pt(doc_spec.get("size", 10))
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    if doc_spec.get("header"):
        hp = sec.header.paragraphs[0]
        for k, line in enumerate(doc_spec["header"]):
            par = hp if k == 0 else sec.header.add_paragraph()
            _runs(par, line, size=8)
    if doc_spec.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for k, line in enumerate(doc_spec["footer"]):
            par = fp if k == 0 else sec.footer.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(par, line, size=7)
    for block in doc_spec["blocks"]:
        kind = block["k"]
        if kind == "p":
            par = doc.add_paragraph()
            par.paragraph_format.space_after = Pt(block.get("after", 4))
            if block.get("align"):
                par.alignment = ALIGN[block["align"]]
            if block.get("indent"):
                par.paragraph_format.left_indent = Cm(block["indent"])
            for k, line in enumerate(block["text"].split("\n")):
                if k:
                    par.add_run().add_break()
                _runs(par, line, bold=block.get("b", False), italic=block.get("i", False), size=block.get("size"))
        elif kind == "h":
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(8)
            par.paragraph_format.space_after = Pt(4)
            if block.get("align"):
                par.alignment = ALIGN[block["align"]]
            _runs(par, block["text"], bold=True, size=block.get("size", 11))
        elif kind == "t":
            docx_table(doc, block)
        elif kind == "br":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.core_properties.author = "corpus indépendant"
    doc.core_properties.title = doc_spec["stem"]
    doc.save(path)


# ---------------------------------------------------------------- HTML
def _inline(text):
    out = html.escape(text)
    parts = out.split("**")
    return "".join(f"<b>{p}</b>" if k % 2 else p for k, p in enumerate(parts))


def build_html(doc_spec, path):
    out = ["<!DOCTYPE html>", '<html lang="fr"><head><meta charset="utf-8">',
           f"<title>{html.escape(doc_spec['title'])}</title>",
           # Writer/Web mis-sizes table cells that carry CSS padding/borders: keep the style sheet plain
           "<style>body{font-family:Arial,sans-serif;font-size:10pt}th{background:#ddd}"
           ".sec{background:#eee;font-weight:bold;text-align:center}.lh{font-size:8pt;color:#333}</style>"
           "</head><body>"]
    for line in doc_spec.get("header", []):
        out.append(f'<div class="lh">{_inline(line)}</div>')
    for block in doc_spec["blocks"]:
        kind = block["k"]
        if kind == "p":
            style = {"c": "text-align:center", "r": "text-align:right", "j": "text-align:justify"}.get(block.get("align"), "")
            text = "<br>".join(_inline(x) for x in block["text"].split("\n"))
            if block.get("b"):
                text = f"<b>{text}</b>"
            if block.get("i"):
                text = f"<i>{text}</i>"
            out.append(f'<p style="{style}">{text}</p>')
        elif kind == "h":
            out.append(f"<h3>{_inline(block['text'])}</h3>")
        elif kind == "br":
            out.append('<p style="page-break-before:always"></p>')
        elif kind == "t":
            grid, anchors, covered = spans(block["rows"])
            nc = len(grid[0])
            bordered = block.get("border", True)
            cls = "" if bordered else ' class="nb"'
            out.append(f'<table{cls} width="100%" border="{1 if bordered else 0}" cellpadding="3" cellspacing="0">')
            widths = block.get("widths") or [1] * nc
            out.append("<colgroup>" + "".join(f'<col width="{round(100 * w / sum(widths))}%">' for w in widths)
                       + "</colgroup>")
            for r, row in enumerate(grid):
                out.append("<tr>")
                for c in range(nc):
                    if (r, c) not in anchors:
                        continue
                    rs, cs = anchors[(r, c)]
                    tag = "th" if r < block.get("head", 1) else "td"
                    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                    if r == 0 and cs == 1:
                        attrs += f' width="{round(100 * widths[c] / sum(widths))}%"'
                    if cs == nc and nc > 1 and tag == "td":
                        attrs += ' class="sec"'
                    text = "<br>".join(_inline(x) for x in str(row[c]).split("\n"))
                    out.append(f"<{tag}{attrs}>{text}</{tag}>")
                out.append("</tr>")
            out.append("</table>")
    for line in doc_spec.get("footer", []):
        out.append(f'<div class="lh" style="text-align:center">{_inline(line)}</div>')
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- PDF via LibreOffice
def to_pdf(sources):
    """One soffice process, files converted one after the other (the machine is shared)."""
    profile = Path(tempfile.gettempdir()) / "lo_profile_independantes"
    with tempfile.TemporaryDirectory() as tmp:
        for src in sources:
            # an .html file opened as a Writer document (Writer/Web would add a blank first page)
            extra = ['--infilter=HTML (StarWriter)'] if src.suffix == ".html" else []
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *extra,
                            "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(src)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            produced = Path(tmp) / (src.stem + ".pdf")
            shutil.move(str(produced), HERE / (src.stem + ".pdf"))


# ---------------------------------------------------------------- scans (image-only PDFs)
def _pages(pdf, dpi, gray=True):
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [str(pdf), f"{tmp}/p"]
        subprocess.run(args, check=True)
        files = sorted(Path(tmp).glob("p-*.png"))
        return [Image.open(f).copy() for f in files]


def _speckle(img, rng, density):
    a = np.asarray(img.convert("L"), dtype=np.uint8).copy()
    mask = rng.random(a.shape) < density
    a[mask] = rng.integers(0, 90, mask.sum())
    light = rng.random(a.shape) < density / 2
    a[light] = 255
    return Image.fromarray(a)


def scan_bruit200(pages, rng):
    out = []
    for k, p in enumerate(pages):
        angle = (0.6 + 0.5 * rng.random()) * (1 if k % 2 == 0 else -1)
        p = p.convert("L").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        p = p.filter(ImageFilter.GaussianBlur(0.5))
        p = _speckle(p, rng, 0.0015)
        a = np.asarray(p, dtype=np.float32)
        a = np.clip(a * 0.93 + 8 + rng.normal(0, 2.5, a.shape), 0, 255).astype(np.uint8)  # paper grey + grain
        out.append(Image.fromarray(a))
    return out, 200


def scan_gris300(pages, rng):
    out = []
    for p in pages:
        p = ImageOps.autocontrast(p.convert("L"), cutoff=0.5)
        a = np.asarray(p, dtype=np.float32)
        out.append(Image.fromarray(np.clip(a * 0.96 + 6, 0, 255).astype(np.uint8)))
    return out, 300


def _perspective_coeffs(src, dst):
    matrix = []
    for (x, y), (u, v) in zip(dst, src):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(matrix, dtype=np.float64)
    b = np.array([c for pt in src for c in pt], dtype=np.float64)
    return np.linalg.solve(a, b).tolist()


def scan_photo(pages, rng):
    import io
    out = []
    for p in pages:
        p = p.convert("RGB")
        w, h = p.size
        d = lambda f: int(f * w)  # noqa: E731
        # the phone was held slightly tilted: top edge narrower than the bottom one
        dst = [(d(0.035), d(0.02)), (w - d(0.02), d(0.035)), (w - d(0.005), h - d(0.01)), (d(0.01), h - d(0.005))]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        p = p.transform((w, h), Image.PERSPECTIVE, _perspective_coeffs(src, dst), Image.BICUBIC, fillcolor=(70, 66, 60))
        a = np.asarray(p, dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        light = 0.78 + 0.22 * (1 - ((xx - 0.3 * w) ** 2 + (yy - 0.25 * h) ** 2) / (w ** 2 + h ** 2)) ** 2
        a = a * light[..., None] * np.array([1.0, 0.97, 0.9]) + rng.normal(0, 3, a.shape)
        p = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        p.save(buf, "JPEG", quality=45)
        buf.seek(0)
        out.append(Image.open(buf).convert("RGB"))
    return out, 200


def scan_fax150(pages, rng):
    out = []
    for p in pages:
        p = p.convert("L").rotate(0.35, resample=Image.BILINEAR, fillcolor=255)
        a = np.asarray(p, dtype=np.float32) + rng.normal(0, 18, (p.size[1], p.size[0]))
        b = (a > 150).astype(np.uint8) * 255
        drop = rng.random(b.shape) < 0.002
        b[drop] = 255 - b[drop]
        out.append(Image.fromarray(b).convert("1"))
    return out, 150


SCANS = {"bruit200": (scan_bruit200, 200), "gris300": (scan_gris300, 300),
         "photo": (scan_photo, 200), "fax150": (scan_fax150, 150)}


def build_scan(stem, kind, seed):
    fn, dpi = SCANS[kind]
    rng = np.random.default_rng(seed)
    pages = _pages(HERE / f"{stem}.pdf", dpi, gray=(kind != "photo"))
    images, res = fn(pages, rng)
    target = HERE / f"{stem}.scan.pdf"
    images[0].save(target, "PDF", save_all=True, append_images=images[1:], resolution=float(res),
                   **({} if images[0].mode == "1" else {"quality": 60}))


# ---------------------------------------------------------------- main
def main(argv):
    docs = textes.DOCUMENTS
    sources = []
    for spec in docs:
        if spec["source"] == "html":
            path = HERE / f"{spec['stem']}.html"
            build_html(spec, path)
        else:
            path = HERE / f"{spec['stem']}.docx"
            build_docx(spec, path)
        sources.append(path)
        print("texte  ", path.name)
    if "--no-pdf" not in argv:
        to_pdf(sources)
        print("pdf     ", len(sources))
    if "--no-scan" not in argv:
        for k, spec in enumerate(docs):
            if spec.get("scan"):
                build_scan(spec["stem"], spec["scan"], seed=1000 + k)
                print("scan   ", spec["stem"], spec["scan"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
