"""Build the pattern circulars (samples/circulaires/motifs): Word files with real tables, their PDF through
LibreOffice, an image-only scan for some, and the gold of each.

Run: python -m samples.circulaires.motifs.build [OUTDIR]   (default: this directory)

DOCX: python-docx, fixed core properties and zip timestamps (same bytes at each build). PDF: LibreOffice
(`soffice --headless --convert-to pdf`). Scan: the LibreOffice PDF rendered at 150 dpi in grey, slightly
rotated, with seeded noise, wrapped as an image-only PDF (no text layer).
"""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from samples.circulaires.motifs.texts import CIRCULARS, PB, Circular, P, T

HERE = Path(__file__).resolve().parent
ZIP_DATE = (2024, 1, 1, 0, 0, 0)


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _no_borders(table: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def render_docx(c: Circular, out: Path) -> None:
    import datetime as dt

    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    if c.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(15)
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    for item in c.body:
        if isinstance(item, PB):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(item, P):
            if item.heading:
                d.add_heading(item.text, level=item.heading)
            else:
                d.add_paragraph().add_run(item.text).bold = item.bold
        elif isinstance(item, T):
            ncol = len(item.rows[0])
            table = d.add_table(rows=len(item.rows), cols=ncol)
            if item.borders:
                table.style = "Table Grid"
            else:
                _no_borders(table)
            for i, row in enumerate(item.rows):
                for j, text in enumerate(row):
                    if text is None:
                        continue
                    cell = table.cell(i, j)
                    for k, line in enumerate(text.split("\n")):
                        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        run = par.add_run(line)
                        run.bold = item.header and i == 0
                        if item.font:
                            run.font.size = Pt(item.font)
            for r0, c0, r1, c1 in item.merges:
                table.cell(r0, c0).merge(table.cell(r1, c1))
            if item.widths:
                table.autofit = False
                for row in table.rows:
                    for j, cell in enumerate(row.cells):
                        cell.width = Cm(item.widths[min(j, len(item.widths) - 1)])
            d.add_paragraph()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = c.name, "BTS Pipeline samples", "BTS Pipeline samples"
    cp.created = cp.modified = cp.last_printed = dt.datetime(2024, 1, 1)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    out.write_bytes(_fix_zip(buf.getvalue()))


def to_pdf(docxs: list[Path], outdir: Path) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice (soffice) est introuvable")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run([exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                        "--convert-to", "pdf", "--outdir", tmp, *map(str, docxs)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        for p in docxs:
            shutil.move(str(Path(tmp) / f"{p.stem}.pdf"), outdir / f"{p.stem}.pdf")


def scan(pdf: Path, out: Path, seed: int) -> None:
    """Image-only copy of a PDF: 150 dpi grey, rotated by a fraction of a degree, speckle noise."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=150 / 72).to_pil().convert("L")
        img = img.rotate(rng.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 400):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = rng.choice((0, 90, 160, 255))
        pages.append(img)
    doc.close()
    pages[0].save(out, "PDF", resolution=150.0, save_all=True, append_images=pages[1:])


def gold_of(c: Circular, fmt: str) -> dict[str, Any]:
    return {"document": c.name, "split": c.split, "format": fmt, **c.gold}


def build(outdir: Path = HERE) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    docxs = []
    for c in CIRCULARS:
        p = outdir / f"{c.name}.docx"
        render_docx(c, p)
        docxs.append(p)
        (outdir / f"{c.name}.gold.json").write_text(
            json.dumps(gold_of(c, "docx+pdf"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        made += [p, outdir / f"{c.name}.gold.json"]
    to_pdf(docxs, outdir)
    made += [outdir / f"{c.name}.pdf" for c in CIRCULARS]
    for k, c in enumerate(CIRCULARS):
        if c.scan:
            s = outdir / f"{c.name}_scan.pdf"
            scan(outdir / f"{c.name}.pdf", s, seed=k)
            made.append(s)
    return made


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE
    for p in build(out):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
