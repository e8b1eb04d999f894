#!/usr/bin/env python3
"""Build the independantes_u corpus (documents only; the gold files are hand-written and never generated).

Usage: /work/main/.venv/bin/python build.py [--no-scans]
Needs python-docx, reportlab, PIL, numpy, and soffice / pdftoppm on PATH. No project code is imported.
"""
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw, ImageFilter

import docxkit as K
import textes_aix
import textes_bioac
import textes_grenoble
import textes_lyon
import textes_mayotte

HERE = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo_independantes_u"
RNG = np.random.default_rng(20280117)


# ----------------------------------------------------------------------------------------------- helpers
def soffice(src: Path, target: str, outdir: Path, infilter: str | None = None):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def letter_head(doc, lines, lieu_date):
    """Letterhead on the left, place and date on the right of the last line (right tab stop)."""
    width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
    for i, line in enumerate(lines):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        K.add_runs(p, line, size=9)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(width, K.WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_before = Pt(8)
    K.add_runs(p, "\t" + lieu_date)


def signature(doc, lines):
    for line in lines:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)
        K.add_runs(p, line, italic=(line == lines[-1]))


def merge_down(t, first_row, col, n_rows):
    a = t.cell(first_row, col)
    b = t.cell(first_row + n_rows - 1, col)
    keep = a.text
    m = a.merge(b)
    K.cell_text(m, keep, size=9)
    return m


# ----------------------------------------------------------------------------------------------- Grenoble
def build_grenoble(out: Path):
    T = textes_grenoble
    doc = K.new_document()
    sec = doc.sections[0]
    K.header_footer(sec, T.ENTETE_GAUCHE, T.ENTETE_DROITE, T.PIED)
    roman = K.add_numbering(doc, "upperRoman", "%1.")
    letter_head(doc, T.LETTERHEAD, T.LIEU_DATE)
    K.para(doc, T.EXPEDITEUR, bold=True, align="center", space_after=0)
    K.para(doc, T.DESTINATAIRES, italic=True, align="center", size=9)
    p = K.para(doc, "**Objet :** " + T.OBJET)
    p.paragraph_format.space_before = Pt(6)
    K.para(doc, "**Références :**", space_after=0)
    for r in T.REFERENCES:
        K.bullet(doc, r)
    K.para(doc, T.INTRO, align="justify")

    K.numbered_heading(doc, T.T_ECRITS_TITRE, roman)
    t = K.table(doc, T.T_ECRITS_ENTETE, T.T_ECRITS, widths_cm=[2.0, 1.6, 8.4, 1.6, 1.6, 1.6])
    # merge 'mercredi / 17/05' over the two rows (rows 2 and 3 of the table; row 0 = header)
    merge_down(t, 2, 0, 2)
    merge_down(t, 2, 1, 2)
    for line in T.T_ECRITS_NOTES:
        K.para(doc, line, italic=True, size=8, space_after=0)
    for line in T.ECRITS_APRES:
        K.para(doc, line, align="justify")

    K.numbered_heading(doc, T.ORAUX_TITRE, roman)
    for line in T.ORAUX:
        K.bullet(doc, line)

    K.numbered_heading(doc, T.DEROULE_TITRE, roman)
    K.para(doc, T.DEROULE_INTRO)
    for etape, date, texte in T.DEROULE:
        K.tab_line(doc, f"{etape}\t{date}\t{texte}", [1.8, 4.4], bold_first=True)
    K.para(doc, T.DEROULE_APRES, italic=True, size=9)

    # landscape section for the distribution table
    sec2 = K.new_section(doc)
    K.set_landscape(sec2)
    K.header_footer(sec2, T.ENTETE_GAUCHE, T.ENTETE_DROITE, T.PIED)
    K.numbered_heading(doc, T.CENTRES_TITRE, roman)
    K.para(doc, T.CENTRES_INTRO)
    rows = T.T_CENTRES + [[T.T_CENTRES_TOTAL[0], None] + T.T_CENTRES_TOTAL[1:]]
    t = K.table(doc, T.T_CENTRES_ENTETE, rows, widths_cm=[8.5, 4.5, 3.5, 3.5, 3.0])
    last = len(rows)
    m = t.cell(last, 0).merge(t.cell(last, 1))
    K.cell_text(m, T.T_CENTRES_TOTAL[0], bold=True, size=9)
    for j in range(2, 5):
        K.shade(t.cell(last, j), "EDEDED")
    K.para(doc, T.FORMATION_INTRO).paragraph_format.space_before = Pt(8)
    for line in T.FORMATION:
        K.bullet(doc, line)

    sec3 = K.new_section(doc)
    K.set_portrait(sec3)
    K.header_footer(sec3, T.ENTETE_GAUCHE, T.ENTETE_DROITE, T.PIED)
    K.numbered_heading(doc, T.FIN_TITRE, roman)
    for line in T.FIN:
        K.para(doc, line, align="justify")
    K.para(doc, "")
    signature(doc, T.SIGNATURE)
    doc.add_page_break()
    K.para(doc, T.ANNEXE_TITRE, bold=True, align="center")
    for line in T.ANNEXE:
        p = K.para(doc, line)
        p.paragraph_format.space_after = Pt(14)
    doc.save(out)


# ----------------------------------------------------------------------------------------------- Aix
def build_aix(out: Path):
    T = textes_aix
    doc = K.new_document()
    sec = doc.sections[0]
    K.header_footer(sec, T.ENTETE_GAUCHE, T.ENTETE_DROITE, T.PIED)
    dec = K.add_numbering(doc, "decimal", "%1.")
    letter_head(doc, T.LETTERHEAD, T.LIEU_DATE)

    # two-column block (continuous section with 2 columns), then back to one column
    sec2 = K.new_section(doc, "continuous")
    K.set_columns(sec2, 2)
    for line in T.COL_GAUCHE:
        K.para(doc, line, size=8.5, space_after=0)
    p = doc.add_paragraph()
    from docx.enum.text import WD_BREAK
    p.add_run().add_break(WD_BREAK.COLUMN)
    for line in T.COL_DROITE:
        K.para(doc, line, size=8.5, space_after=0)
    sec3 = K.new_section(doc, "continuous")
    K.set_columns(sec3, 1)

    K.para(doc, T.OBJET).paragraph_format.space_before = Pt(10)
    K.para(doc, T.INTRO, align="justify")

    K.numbered_heading(doc, T.EPREUVES_TITRE, dec)
    K.table(doc, T.T_EPREUVES_ENTETE, T.T_EPREUVES, widths_cm=[1.5, 1.5, 10.0, 4.0])

    K.numbered_heading(doc, T.ECRITS_TITRE, dec)
    rows = T.T_ECRITS + [[T.T_ECRITS_NOTE, None, None, None]]
    t = K.table(doc, T.T_ECRITS_ENTETE, rows, widths_cm=[3.0, 8.5, 3.8, 1.7])
    merge_down(t, 3, 0, 2)  # 'Mercredi 13 mai' over E21 and E4
    last = len(rows)
    m = t.cell(last, 0).merge(t.cell(last, 3))
    K.cell_text(m, T.T_ECRITS_NOTE, italic=True, size=8.5)

    K.numbered_heading(doc, T.ORAUX_TITRE, dec)
    for line in T.ORAUX:
        K.bullet(doc, line)
    K.numbered_heading(doc, T.DOSSIERS_TITRE, dec)
    for line in T.DOSSIERS:
        K.para(doc, line, align="justify")
    K.numbered_heading(doc, T.REUNIONS_TITRE, dec)
    for line in T.REUNIONS:
        K.para(doc, line, align="justify")

    K.numbered_heading(doc, T.CENTRES_TITRE, dec)
    t = K.table(doc, T.T_CENTRES_ENTETE, T.T_CENTRES, widths_cm=[6.0, 2.6, 1.8, 1.8, 2.2, 1.8, 1.4])
    for row in t.rows:
        K.cant_split(row)
    K.para(doc, T.ETAB_INTRO, size=9).paragraph_format.space_before = Pt(8)
    t = K.table(doc, T.T_ETAB_ENTETE, T.T_ETAB, widths_cm=[6.0, 2.8, 2.8, 4.0, 2.0], size=8.5)
    for row in t.rows:
        K.cant_split(row)

    K.numbered_heading(doc, T.FIN_TITRE, dec)
    for line in T.FIN:
        K.para(doc, line, align="justify")
    K.para(doc, "")
    signature(doc, T.SIGNATURE)
    doc.save(out)


# ----------------------------------------------------------------------------------------------- BioAC
def build_bioac(out: Path):
    T = textes_bioac
    doc = K.new_document(size=9.5)
    sec = doc.sections[0]
    K.header_footer(sec, T.ENTETE_GAUCHE, T.ENTETE_DROITE, T.PIED)
    letter_head(doc, T.LETTERHEAD, T.LIEU_DATE)
    K.para(doc, T.TITRE, bold=True, align="center", size=12).paragraph_format.space_before = Pt(10)
    K.para(doc, T.DESTINATAIRES, italic=True, align="center", size=9)
    K.para(doc, T.OBJET)
    K.para(doc, T.REFERENCES, size=9, align="justify")
    K.para(doc, T.INTRO, align="justify")

    K.para(doc, T.EPREUVES_TITRE, bold=True, size=11).paragraph_format.space_before = Pt(8)
    t = K.table(doc, T.T_EPREUVES_ENTETE, T.T_EPREUVES, widths_cm=[5.6, 6.0, 1.4, 2.4, 1.6], size=8.5)
    for first in (3, 5, 7):  # E3, E4, E5 span two rows
        merge_down(t, first, 0, 2)

    sec2 = K.new_section(doc)
    K.set_landscape(sec2)
    sec2.left_margin = sec2.right_margin = Cm(1.5)
    K.header_footer(sec2, T.ENTETE_GAUCHE, T.ENTETE_DROITE, T.PIED)
    K.para(doc, T.ECRITS_TITRE, bold=True, size=11)
    t = K.table(doc, T.T_ECRITS_ENTETE, T.T_ECRITS,
                widths_cm=[2.6, 5.0, 2.3, 2.3, 2.3, 2.3, 2.3, 2.6, 2.6, 1.3], size=8)
    merge_down(t, 2, 0, 2)
    merge_down(t, 4, 0, 2)
    for c in t.columns[2].cells[1:]:
        K.shade(c, "FFF2CC")
    for line in T.T_ECRITS_NOTES:
        K.para(doc, line, italic=True, size=8, space_after=0)

    sec3 = K.new_section(doc)
    K.set_portrait(sec3)
    sec3.left_margin = sec3.right_margin = Cm(2)
    K.header_footer(sec3, T.ENTETE_GAUCHE, T.ENTETE_DROITE, T.PIED)
    for title, lines in ((T.PRATIQUES_TITRE, T.PRATIQUES), (T.PROJET_TITRE, T.PROJET),
                         (T.HARMO_TITRE, T.HARMO), (T.FIN_TITRE, T.FIN)):
        K.para(doc, title, bold=True, size=11).paragraph_format.space_before = Pt(8)
        for line in lines:
            if title == T.PRATIQUES_TITRE:
                K.bullet(doc, line)
            else:
                K.para(doc, line, align="justify")
        if title == T.PRATIQUES_TITRE:
            K.para(doc, T.PRATIQUES_NOTE, italic=True, size=9)
    K.para(doc, "")
    signature(doc, T.SIGNATURE)
    doc.save(out)


# ----------------------------------------------------------------------------------------------- Mayotte (reportlab)
def build_mayotte(out: Path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    fdir = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DV", fdir + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", fdir + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", fdir + "DejaVuSans-Oblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DVB")
    addMapping("DV", 0, 1, "DVI")
    addMapping("DV", 1, 1, "DVB")

    T = textes_mayotte
    base = ParagraphStyle("b", fontName="DV", fontSize=9, leading=12, alignment=TA_JUSTIFY, spaceAfter=4)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10, alignment=0, spaceAfter=0)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    h = ParagraphStyle("h", parent=base, fontName="DVB", fontSize=10.5, spaceBefore=8, spaceAfter=4,
                       textColor=colors.HexColor("#7a1f1f"))
    cellst = ParagraphStyle("c", parent=base, fontSize=8, leading=9.5, alignment=0, spaceAfter=0)
    cellh = ParagraphStyle("ch", parent=cellst, fontName="DVB")

    def P(text, st=base):
        return Paragraph(text.replace("\n", "<br/>"), st)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#7a1f1f"))
        canv.rect(1.8 * cm, A4[1] - 1.2 * cm, 0.35 * cm, 0.35 * cm, fill=1, stroke=0)
        canv.setFont("DV", 7)
        canv.setFillColor(colors.grey)
        canv.drawString(2.4 * cm, A4[1] - 1.1 * cm, "Rectorat de Mayotte – DEC – BTS MCO session 2028")
        canv.drawRightString(A4[0] - 1.8 * cm, 1.0 * cm, f"{doc.page}")
        canv.drawString(1.8 * cm, 1.0 * cm, "Rectorat de Mayotte – BP 76 – 97600 Mamoudzou")
        canv.restoreState()

    story = []
    head = Table([[P("<br/>".join(f"<b>{l}</b>" if i == 0 else l for i, l in enumerate(T.LETTERHEAD)), small),
                   P(T.LIEU_DATE, right)]], colWidths=[9.5 * cm, 7.5 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [head, Spacer(1, 10), P(T.DESTINATAIRES), P(f"<b>{T.OBJET}</b>"), P(T.REFERENCES, small),
              Spacer(1, 6)]
    box = Table([[P(T.AVERTISSEMENT, cellst)]], colWidths=[17 * cm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#7a1f1f")),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeeee"))]))
    story += [box, Spacer(1, 4)]

    def grid(header, rows, widths):
        data = [[P(x, cellh) for x in header]] + [[P(x, cellst) for x in r] for r in rows]
        t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8d6d6")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return t

    story += [P(T.ECRITS_TITRE, h), grid(T.T_ECRITS_ENTETE, T.T_ECRITS, [2.4, 7.0, 3.0, 2.8, 1.8])]
    story += [Spacer(1, 4)] + [P(x) for x in T.APRES_ECRITS]
    story += [P(T.ORAUX_TITRE, h)] + [P("• " + x) for x in T.ORAUX]
    story += [P(T.DOSSIERS_TITRE, h)] + [P(x) for x in T.DOSSIERS]
    story += [P(T.CENTRES_TITRE, h), grid(T.T_CENTRES_ENTETE, T.T_CENTRES, [4.0, 3.4, 2.4, 1.9, 1.9, 1.6, 1.6])]
    story += [P(T.FIN_TITRE, h)] + [P(x) for x in T.FIN]
    story += [Spacer(1, 10)] + [P(x or "&nbsp;", ParagraphStyle("sig", parent=base, leftIndent=9.5 * cm,
                                                                  spaceAfter=0)) for x in T.SIGNATURE]
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.6 * cm, title=T.OBJET, author="Rectorat de Mayotte")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------------------------------------- scans
def rasterize(pdf: Path, dpi: int, gray: bool, tmp: Path):
    prefix = tmp / pdf.stem
    cmd = ["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + [str(pdf), str(prefix)]
    subprocess.run(cmd, check=True)
    return sorted(tmp.glob(pdf.stem + "-*.p?m"))


def flatbed(pdf: Path, out: Path):
    """Flatbed scan: 200 dpi grey, slight rotation, paper tone, noise, a little blur."""
    with tempfile.TemporaryDirectory() as d:
        pages = []
        for i, f in enumerate(rasterize(pdf, 200, True, Path(d))):
            im = Image.open(f).convert("L")
            angle = [0.7, -0.45, 0.9, -0.6, 0.5][i % 5]
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            a = np.asarray(im).astype(np.float32)
            a = a * 0.86 + 22  # greyish paper, less contrast
            a += RNG.normal(0, 7, a.shape)
            a[:, :6] = 40  # dark scanner edge
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
            pages.append(im)
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200)


def _perspective_coeffs(src, dst):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, dtype=float), np.array(B, dtype=float)).tolist()


def phone_photo(pdf: Path, out: Path):
    """Phone photo: page on a desk, perspective, slight rotation, uneven light, JPEG."""
    with tempfile.TemporaryDirectory() as d:
        pages = []
        for i, f in enumerate(rasterize(pdf, 150, False, Path(d))):
            page = Image.open(f).convert("RGB")
            w, h = page.size
            W, H = int(w * 1.12), int(h * 1.08)
            bg = np.zeros((H, W, 3), np.float32)
            bg[:] = (118, 92, 66)  # wooden desk
            bg += RNG.normal(0, 6, (H, W, 1))
            desk = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
            # where the page corners land in the photo (tl, tr, br, bl)
            j = [(0.055, 0.03), (0.93, 0.045), (0.955, 0.975), (0.035, 0.955)] if i % 2 == 0 else \
                [(0.07, 0.04), (0.945, 0.025), (0.93, 0.965), (0.05, 0.97)]
            dst = [(x * W, y * H) for x, y in j]
            src = [(0, 0), (w, 0), (w, h), (0, h)]
            coeffs = _perspective_coeffs(src, dst)
            warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
            mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC,
                                                            fillcolor=0)
            desk.paste(warped, (0, 0), mask)
            a = np.asarray(desk).astype(np.float32)
            yy, xx = np.mgrid[0:H, 0:W]
            light = 1.05 - 0.30 * (xx / W) * 0.8 - 0.18 * (yy / H)  # light from top-left
            r = np.hypot(xx - 0.8 * W, yy - 0.85 * H) / max(W, H)
            light -= 0.18 * np.exp(-(r / 0.25) ** 2)  # shadow of the phone / hand
            a = a * light[..., None]
            a[..., 2] *= 0.93  # warm indoor light
            a += RNG.normal(0, 4, a.shape)
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(1.3, Image.BICUBIC, fillcolor=(60, 45, 30))
            im = im.filter(ImageFilter.GaussianBlur(0.6))
            jpg = Path(d) / f"p{i}.jpg"
            im.save(jpg, quality=68)
            pages.append(Image.open(jpg))
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=150)


# ----------------------------------------------------------------------------------------------- main
def main(argv):
    scans = "--no-scans" not in argv
    os.chdir(HERE)
    with tempfile.TemporaryDirectory(prefix="indep_u_") as d:
        tmp = Path(d)
        # sources
        build_grenoble(HERE / f"{textes_grenoble.STEM}.docx")
        build_aix(HERE / f"{textes_aix.STEM}.docx")
        build_bioac(tmp / f"{textes_bioac.STEM}.docx")
        (HERE / f"{textes_lyon.STEM}.html").write_text(textes_lyon.HTML, encoding="utf-8")
        build_mayotte(HERE / f"{textes_mayotte.STEM}.pdf")
        print("sources written")
        # LibreOffice conversions, one at a time (shared machine)
        soffice(HERE / f"{textes_grenoble.STEM}.docx", "pdf:writer_pdf_Export", HERE)
        soffice(HERE / f"{textes_aix.STEM}.docx", "pdf:writer_pdf_Export", HERE)
        soffice(tmp / f"{textes_bioac.STEM}.docx", "odt", HERE)  # the BioAC note is kept as ODT ...
        soffice(HERE / f"{textes_bioac.STEM}.odt", "pdf:writer_pdf_Export", HERE)  # ... and PDF from the ODT
        shutil.copy(tmp / f"{textes_bioac.STEM}.docx", HERE / f"{textes_bioac.STEM}.docx")
        soffice(HERE / f"{textes_lyon.STEM}.html", "pdf:writer_pdf_Export", HERE, infilter="HTML (StarWriter)")
        soffice(HERE / f"{textes_lyon.STEM}.html", "odt:writer8", HERE, infilter="HTML (StarWriter)")
        print("conversions done")
        if scans:
            flatbed(HERE / f"{textes_grenoble.STEM}.pdf", HERE / f"{textes_grenoble.STEM}_scan.pdf")
            phone_photo(HERE / f"{textes_mayotte.STEM}.pdf", HERE / f"{textes_mayotte.STEM}_scan.pdf")
            print("scans done")


if __name__ == "__main__":
    main(sys.argv)
