"""Render the public circular seeds (text dumps) into real PDF and DOCX files, plus a set of bad inputs.

Run: python -m samples.build_samples [OUTDIR]   (default samples/circulaires; bad inputs go to OUTDIR/../bad)

The seed structure is parsed by extractors.readers.text_structure, the same function the TXT reader uses,
so a circular carries the same paragraphs and table cells in TXT, PDF and DOCX. Output is deterministic
(reportlab invariant mode, fixed DOCX/XLSX dates and zip timestamps) except encrypted.pdf, whose
encryption salt is random by design.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from extractors.readers import text_structure

ROOT = Path(__file__).resolve().parent
SEEDS = ROOT.parents[1] / "shared" / "seeds"  # ../shared/seeds beside the checkout
SEED_NAMES = ("circulaire_sio_2024_aix-marseille", "circulaire_mco_2022_aix-marseille-corse")
# synthetic circulars written for this project (another académie, year and phrasing), kept in the repo
OWN_SOURCES = sorted((ROOT / "sources").glob("*.txt"))
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = dt.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DATE = (2024, 1, 1, 0, 0, 0)

_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]", re.I)
_TOKEN = re.compile(r"\*\*|</?i>|</?b>|\^\{[^}]*\}", re.I)
_PARA = re.compile(r"</?p\b[^>]*>", re.I)
_H1 = re.compile(r"^(?:[IVX]+\.\s|Annexe\s+\d+\s*$)")
_H2 = re.compile(r"^[A-H]\.\s")
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


# ------------------------------------------------------------------------------------------ markup


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    sup: bool = False


def to_runs(text: str, bold: bool = False) -> tuple[list[Run], bool]:
    """Inline markup of the seeds (**bold**, <i>, <b>, ^{sup}) → runs; the bold state carries over lines."""
    text = _BOOKMARK.sub("", text)
    runs: list[Run] = []
    italic = False
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            runs.append(Run(text[pos : m.start()], bold, italic))
        tok = m.group(0).lower()
        if tok == "**":
            bold = not bold
        elif tok in ("<b>", "</b>"):
            bold = tok == "<b>"
        elif tok in ("<i>", "</i>"):
            italic = tok == "<i>"
        else:
            runs.append(Run(m.group(0)[2:-1], bold, italic, sup=True))
        pos = m.end()
    if pos < len(text):
        runs.append(Run(text[pos:], bold, italic))
    return [r for r in runs if r.text], bold


def cell_paragraphs(cell: str) -> list[str]:
    """A cell's paragraphs: <p> elements (SIO dump) or lines (Word dump); empty ones dropped."""
    parts = _PARA.split(cell) if _PARA.search(cell) else cell.split("\n")
    return [p.strip() for p in parts if p.strip()]


def heading_level(line: str, runs: list[Run]) -> int:
    """1 for 'I. …'/'Annexe n', 2 for 'A. …', 3 for a fully bold short line, else 0."""
    plain = "".join(r.text for r in runs).strip()
    if _H1.match(plain):
        return 1
    if _H2.match(plain):
        return 2
    if runs and all(r.bold for r in runs if r.text.strip()) and len(plain) < 120:
        return 3
    return 0


def seed_items(text: str) -> list[tuple[str, object]]:
    """text_structure without empty lines made of bookmarks only."""
    items = []
    for kind, value in text_structure(text):
        if kind == "line" and not _BOOKMARK.sub("", str(value)).strip():
            continue
        items.append((kind, value))
    return items


# --------------------------------------------------------------------------------------------- PDF


def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in (
        ("DejaVuSans", "DejaVuSans.ttf"),
        ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
        ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
        ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    addMapping("DejaVuSans", 0, 0, "DejaVuSans")
    addMapping("DejaVuSans", 1, 0, "DejaVuSans-Bold")
    addMapping("DejaVuSans", 0, 1, "DejaVuSans-Oblique")
    addMapping("DejaVuSans", 1, 1, "DejaVuSans-BoldOblique")


def _rl_markup(runs: list[Run]) -> str:
    out = []
    for r in runs:
        t = escape(r.text)
        if r.sup:
            t = f"<super>{t}</super>"
        if r.italic:
            t = f"<i>{t}</i>"
        if r.bold:
            t = f"<b>{t}</b>"
        out.append(t)
    return "".join(out)


def _col_widths(rows: list[list[str]], total: float) -> list[float]:
    """Each column gets at least its longest word (no word split in a cell), the rest goes to the
    columns in proportion to how much their longest paragraph would need unwrapped."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ncol = max(len(r) for r in rows)
    pad = 8.0
    minw = [pad + 12] * ncol
    pref = [pad + 12] * ncol
    for i, row in enumerate(rows):
        font = "DejaVuSans-Bold" if i == 0 else "DejaVuSans"
        for j, cell in enumerate(row):
            for p in cell_paragraphs(cell):
                plain = "".join(r.text for r in to_runs(p)[0])
                words = plain.split() or [""]
                minw[j] = max(minw[j], pad + max(stringWidth(w, font, 8.5) for w in words))
                pref[j] = max(pref[j], pad + stringWidth(plain, font, 8.5))
    if sum(minw) >= total:
        return [total * m / sum(minw) for m in minw]
    if sum(pref) <= total:
        return [total * p / sum(pref) for p in pref]
    extra = [p - m for p, m in zip(pref, minw, strict=True)]
    return [m + (total - sum(minw)) * e / sum(extra) for m, e in zip(minw, extra, strict=True)]


def render_pdf(text: str, out: Path, title: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _register_fonts()
    base = ParagraphStyle(
        "base", fontName="DejaVuSans", fontSize=9.5, leading=12, spaceAfter=6, alignment=TA_LEFT
    )
    bullet = ParagraphStyle("bullet", parent=base, leftIndent=6 * mm)
    heads = {
        1: ParagraphStyle(
            "h1",
            parent=base,
            fontName="DejaVuSans-Bold",
            fontSize=11.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=6,
        ),
        2: ParagraphStyle(
            "h2",
            parent=base,
            fontName="DejaVuSans-Bold",
            fontSize=10.5,
            leading=13,
            spaceBefore=6,
            spaceAfter=5,
        ),
        3: ParagraphStyle("h3", parent=base, fontName="DejaVuSans-Bold"),
    }
    cell_style = ParagraphStyle(
        "cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=2, splitLongWords=0
    )
    head_cell = ParagraphStyle("hcell", parent=cell_style, fontName="DejaVuSans-Bold")
    width = A4[0] - 40 * mm

    story: list = []
    bold = False
    for kind, value in seed_items(text):
        if kind == "blank":
            bold = False  # a paragraph break closes an unbalanced ** of the dump
            story.append(Spacer(1, 3))
        elif kind == "line":
            runs, bold = to_runs(str(value), bold)
            if not runs:
                continue
            level = heading_level(str(value), runs)
            style = heads.get(level) or (bullet if str(value).startswith(("- ", "· ", "➤")) else base)
            story.append(Paragraph(_rl_markup(runs), style))
        else:
            rows: list[list[str]] = value  # type: ignore[assignment]
            ncol = max(len(r) for r in rows)
            data = []
            for i, row in enumerate(rows):
                cells = []
                for cell in row + [""] * (ncol - len(row)):
                    cbold = False
                    paras = []
                    for p in cell_paragraphs(cell):
                        runs, cbold = to_runs(p, cbold)
                        paras.append(Paragraph(_rl_markup(runs), head_cell if i == 0 else cell_style))
                    cells.append(paras)
                data.append(cells)
            table = Table(data, colWidths=_col_widths(rows, width), repeatRows=1, hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            story.extend([Spacer(1, 4), table, Spacer(1, 8)])
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=title,
        author="Académie (document public) — rendu BTS Pipeline",
        creator="BTS Pipeline samples",
        invariant=1,
    )
    doc.build(story)


# -------------------------------------------------------------------------------------------- DOCX


def _fix_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps and order so the same input gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _MODIFIED.sub(
                    rb"\g<1>" + FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", blob
                )
            dst.writestr(zi, blob)
    return buf.getvalue()


def _add_runs(par, runs: list[Run]) -> None:  # noqa: ANN001 - docx paragraph
    for r in runs:
        run = par.add_run(r.text)
        run.bold = r.bold or None
        run.italic = r.italic or None
        if r.sup:
            run.font.superscript = True


def render_docx(text: str, out: Path, title: str) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(10)
    bold = False
    for kind, value in seed_items(text):
        if kind == "blank":
            bold = False
        elif kind == "line":
            runs, bold = to_runs(str(value), bold)
            if not runs:
                continue
            level = heading_level(str(value), runs)
            if level in (1, 2):
                par = d.add_heading(level=level)
                _add_runs(par, [Run(r.text, True, r.italic, r.sup) for r in runs])
            else:
                par = d.add_paragraph()
                _add_runs(par, runs)
        else:
            rows: list[list[str]] = value  # type: ignore[assignment]
            ncol = max(len(r) for r in rows)
            table = d.add_table(rows=len(rows), cols=ncol)
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row + [""] * (ncol - len(row))):
                    target = table.cell(i, j)
                    cbold = False
                    for k, p in enumerate(cell_paragraphs(cell)):
                        runs, cbold = to_runs(p, cbold)
                        if i == 0:
                            runs = [Run(r.text, True, r.italic, r.sup) for r in runs]
                        par = target.paragraphs[0] if k == 0 else target.add_paragraph()
                        _add_runs(par, runs)
            d.add_paragraph()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, "BTS Pipeline samples", "BTS Pipeline samples"
    cp.created = cp.modified = cp.last_printed = FIXED_DATE
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    out.write_bytes(_fix_zip(buf.getvalue()))


# ---------------------------------------------------------------------------------------- bad input


def build_bad(sio_pdf: Path, bad: Path) -> list[Path]:
    """encrypted, truncated, empty, renamed XLSX and image-only PDFs, built from the SIO sample."""
    import openpyxl
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    bad.mkdir(parents=True, exist_ok=True)
    data = sio_pdf.read_bytes()
    made = []

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    w.encrypt(user_password="secret", owner_password="owner-secret", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    (bad / "encrypted.pdf").write_bytes(buf.getvalue())
    (bad / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (bad / "empty.pdf").write_bytes(b"")

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Candidats"
    ws.append(["Nom", "Prénom", "Épreuve"])
    ws.append(["DUPONT", "Jeanne", "E4"])
    wb.properties.created = wb.properties.modified = FIXED_DATE
    buf = io.BytesIO()
    wb.save(buf)
    (bad / "classeur.pdf").write_bytes(_fix_zip(buf.getvalue()))

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", str(sio_pdf), f"{tmp}/p"],
            check=True,
        )
        c = canvas.Canvas(str(bad / "scan.pdf"), pagesize=A4, invariant=1)
        png = ImageReader(io.BytesIO(Path(f"{tmp}/p.png").read_bytes()))  # no temp path in the PDF
        c.drawImage(png, 0, 0, width=A4[0], height=A4[1])
        c.showPage()
        c.save()
    made += [bad / n for n in ("encrypted.pdf", "truncated.pdf", "empty.pdf", "classeur.pdf", "scan.pdf")]
    return made


def build_long_pdf(out: Path, pages: int = 500) -> Path:
    """A many-page text PDF (for the page limit), generated on demand rather than committed."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    for i in range(pages):
        c.drawString(72, 760, f"Page {i + 1} : texte de remplissage.")
        c.showPage()
    c.save()
    return out


def build_bomb_docx(out: Path, size: int = 300 * 1024 * 1024) -> Path:
    """A DOCX-looking zip whose document.xml inflates to `size` bytes (compressed in 1 MiB chunks)."""
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    return out


# -------------------------------------------------------------------------------------------- main


def build(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    seeds = [SEEDS / name for name in SEED_NAMES if (SEEDS / f"{name}.txt").exists()] + OWN_SOURCES
    for seed in seeds:
        name = seed.stem
        text = seed.with_suffix(".txt").read_text(encoding="utf-8")
        title = next((str(v) for k, v in text_structure(text) if k == "line" and "Objet" in str(v)), name)
        shutil.copyfile(seed.with_suffix(".txt"), outdir / f"{name}.txt")
        render_pdf(text, outdir / f"{name}.pdf", title)
        render_docx(text, outdir / f"{name}.docx", title)
        made += [outdir / f"{name}.{ext}" for ext in ("txt", "pdf", "docx")]
    made += build_bad(outdir / f"{SEED_NAMES[0]}.pdf", outdir.parent / "bad")
    return made


def main(argv: list[str]) -> int:
    outdir = Path(argv[0]) if argv else ROOT / "circulaires"
    for p in build(outdir):
        print(f"{p}  {p.stat().st_size} octets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
