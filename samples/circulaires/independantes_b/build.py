#!/usr/bin/env python3
"""Build the independent corpus « independantes_b » (7 documents + 3 scans).

Run with the project venv (python-docx, reportlab, PIL, numpy) :
    /work/main/.venv/bin/python build.py
LibreOffice (soffice) is called one conversion at a time with a private profile.
Nothing from the project is imported: texts live in textes/*.py, gold in *.gold.json
(written by hand before the first build).
"""
import html
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from textes import (abm_nantes, assurance_poitiers, crsa_reims, dietetique_reunion,  # noqa: E402
                    epc_clermont, gtla_nationale, me_rennes)

FONTS = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DV", str(FONTS / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", str(FONTS / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVC", str(FONTS / "DejaVuSansCondensed.ttf")))
pdfmetrics.registerFont(TTFont("DVCB", str(FONTS / "DejaVuSansCondensed-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVS", str(FONTS / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", str(FONTS / "DejaVuSerif-Bold.ttf")))

LO_PROFILE = Path(tempfile.gettempdir()) / "lo_profile_independantes_b"


def fixed_canvas(path, size, title):
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)  # invariant: reproducible bytes
    c.setTitle(title)
    c.setAuthor("Division des examens et concours")
    return c


# ---------------------------------------------------------------- 1. Rennes (reportlab, x/y)
def build_me_rennes(out):
    T = me_rennes
    W, H = landscape(A4)
    c = fixed_canvas(out, (W, H), T.TITRE)
    y = H - 40
    for i, line in enumerate(T.ENTETE):
        c.setFont("DVB" if i < 2 else "DV", 9 if i < 2 else 8)
        c.drawString(36, y, line)
        y -= 11
    c.setFont("DVB", 13)
    c.drawCentredString(W / 2, y - 8, T.TITRE)
    c.setFont("DV", 9.5)
    c.drawCentredString(W / 2, y - 22, T.SOUS_TITRE)
    y -= 40
    c.setFont("DV", 7.5)
    c.drawString(36, y, T.AVIS)
    y -= 16
    xs = [36, 80, 250, 340, 480, 620]

    def header(cols, xpos):
        nonlocal y
        c.setFillGray(0.88)
        c.rect(32, y - 4, W - 64, 13, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("DVB", 8)
        for x, t in zip(xpos, cols):
            c.drawString(x, y, t)
        y -= 14

    def row(cells, xpos, lh=9.5):
        nonlocal y
        n = max(len(v) if isinstance(v, list) else 1 for v in cells)
        for x, v in zip(xpos, cells):
            lines = v if isinstance(v, list) else [v]
            for k, t in enumerate(lines):
                bold = (x == xpos[0] and xpos is xs)
                c.setFont("DVB" if bold else "DV", 8)
                c.drawString(x, y - k * lh, t)
        y -= n * lh + 6
        c.setLineWidth(0.3)
        c.line(32, y + 9, W - 32, y + 9)

    def section(label):
        nonlocal y
        c.setFont("DVB", 9)
        c.drawString(36, y, label)
        y -= 13

    section("ÉPREUVES ÉCRITES")
    header(T.COLONNES, xs)
    for code, intit, forme, date, heure, lieu in T.ECRITS:
        row([code, intit, forme, date, heure, lieu], xs)
    c.setFont("DV", 7)
    c.drawString(36, y - 2, T.NOTE_ECRITS)
    y -= 18
    section("ÉPREUVES PRATIQUES ET ORALES")
    header(T.COLONNES, xs)
    for code, intit, forme, date, heure, lieu in T.PRATIQUES:
        row([code, intit, forme, date, heure, lieu], xs)
    c.setFont("DV", 6.5)
    c.drawString(36, 22, T.PIED.format(p=1))
    c.showPage()
    y = H - 40
    c.setFont("DVB", 9)
    c.drawString(36, y, T.TITRE + " (suite)")
    y -= 24
    section("DOSSIERS, RÉUNIONS ET DÉLIBÉRATIONS")
    xo = [36, 340, 620]
    header(T.COLONNES_OPS, xo)
    for op, quand, lieu in T.OPERATIONS:
        row([op, quand, [t for t in lieu if t]], xo)
    c.setFont("DV", 6.5)
    c.drawString(36, 22, T.PIED.format(p=2))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 2. Reims (spreadsheet print)
def build_crsa_reims(out):
    T = crsa_reims
    W, H = landscape(A4)
    c = fixed_canvas(out, (W, H), T.TITRE)
    letters = "ABCDEFGH"

    def sheet(page, onglet, cols, rows, widths, first_row):
        c.setFont("DV", 7)
        c.drawString(30, H - 24, T.ENTETE)
        c.drawRightString(W - 30, H - 24, onglet)
        x0, y = 44, H - 44
        # column letters
        c.setFillGray(0.9)
        c.rect(30, y - 3, sum(widths) + 14, 11, stroke=0, fill=1)
        c.setFillGray(0.35)
        c.setFont("DV", 6.5)
        x = x0
        for L, w in zip(letters, widths):
            c.drawCentredString(x + w / 2, y, L)
            x += w
        c.setFillGray(0)
        y -= 12
        rnum = first_row

        def grid_row(cells, bold=False, fill=None, title=False):
            nonlocal y, rnum
            font = "DVCB" if bold else "DVC"
            size = 7.5
            if title:
                lines = [[cells]]
                n = 1
            else:
                lines = [simpleSplit(v, font, size, w - 4) or [""] for v, w in zip(cells, widths)]
                n = max(len(l) for l in lines)
            h = n * 9 + 4
            if fill:
                c.setFillGray(fill)
                c.rect(x0, y - h + 9, sum(widths), h, stroke=0, fill=1)
                c.setFillGray(0)
            c.setFillGray(0.35)
            c.setFont("DV", 6.5)
            c.drawRightString(x0 - 3, y, str(rnum))
            c.setFillGray(0)
            c.setStrokeGray(0.6)
            c.setLineWidth(0.3)
            if title:
                c.setFont("DVCB", 10)
                c.drawString(x0 + 2, y, cells)
                c.rect(x0, y - h + 9, sum(widths), h, stroke=1, fill=0)
            else:
                x = x0
                for l, w in zip(lines, widths):
                    c.rect(x, y - h + 9, w, h, stroke=1, fill=0)
                    c.setFont(font, size)
                    for k, t in enumerate(l):
                        c.drawString(x + 2, y - k * 9, t)
                    x += w
            c.setStrokeGray(0)
            y -= h
            rnum += 1

        grid_row(T.TITRE, title=True)
        grid_row([""] * len(widths))
        grid_row(cols, bold=True, fill=0.85)
        for r in rows:
            grid_row(r)
        return grid_row, lambda: y

    grid_row, _ = sheet(1, T.ONGLET_1, T.COLONNES, T.UNITES, T.LARGEURS, 1)
    grid_row([""] * 8)
    for k, n in enumerate(T.NOTES):
        grid_row([f"({k + 1})", n] + [""] * 6)
    c.setFont("DV", 6.5)
    c.drawCentredString(W / 2, 18, T.PIED.format(p=1))
    c.showPage()
    widths2 = [30, 200, 70, 80, 58, 140, 90, 104]
    sheet(2, T.ONGLET_2, T.COLONNES_OPS, T.OPERATIONS, widths2, 1)
    c.setFont("DV", 6.5)
    c.drawCentredString(W / 2, 18, T.PIED.format(p=2))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 3. La Réunion (2 pages, x/y)
def build_dietetique(out):
    T = dietetique_reunion
    W, H = A4
    c = fixed_canvas(out, (W, H), T.TITRE)

    def head(page):
        y = H - 42
        for i, line in enumerate(T.ENTETE):
            c.setFont("DVSB" if i == 0 else "DVS", 9 if i == 0 else 8)
            c.drawString(42, y, line)
            y -= 11
        c.setFont("DVS", 7)
        c.drawRightString(W - 42, H - 42, f"{page}/2")
        c.setFont("DVSB", 14)
        c.drawCentredString(W / 2, y - 14, T.TITRE)
        c.setFont("DVSB", 10.5)
        c.drawCentredString(W / 2, y - 30, T.SOUS_TITRE)
        return y - 54

    def foot():
        c.setFont("DVS", 6.5)
        c.drawCentredString(W / 2, 24, T.PIED)

    y = head(1)
    c.setFont("DVS", 8.5)
    c.drawString(42, y, T.AVIS)
    y -= 22
    c.setFont("DVSB", 9.5)
    c.drawString(42, y, "ÉPREUVES ÉCRITES – CENTRES D'ÉCRIT")
    y -= 15
    for who, (lycee, ville) in T.CENTRES_ECRIT:
        c.setFont("DVS", 8.5)
        c.drawString(60, y, who + " :")
        c.setFont("DVSB", 8.5)
        c.drawString(250, y, lycee)
        c.setFont("DVS", 8.5)
        c.drawString(250, y - 10.5, ville)
        y -= 26
    y -= 6
    c.setLineWidth(0.6)
    c.line(42, y + 8, W - 42, y + 8)
    for jour, items in T.JOURS_ECRITS:
        y -= 8
        c.setFont("DVSB", 9.5)
        c.drawString(42, y, jour)
        y -= 15
        for heure, code, titre, duree in items:
            c.setFont("DVS", 9)
            c.drawString(62, y, heure)
            c.setFont("DVSB", 9)
            c.drawString(170, y, code)
            c.setFont("DVS", 9)
            c.drawString(205, y, titre)
            c.drawRightString(W - 50, y, f"durée : {duree}")
            y -= 14
        c.setLineWidth(0.25)
        c.line(42, y + 6, W - 42, y + 6)
    y -= 16
    label, (lycee, ville) = T.CORRECTION
    c.setFont("DVS", 8.5)
    for k, t in enumerate(simpleSplit(label, "DVS", 8.5, 300)):
        c.drawString(42, y - k * 10.5, t)
    c.setFont("DVSB", 8.5)
    c.drawString(380, y, lycee)
    c.setFont("DVS", 8.5)
    c.drawString(380, y - 10.5, ville)
    foot()
    c.showPage()

    y = head(2)
    c.setFont("DVSB", 9.5)
    c.drawString(42, y, "ÉPREUVES PRATIQUES ET ORALES")
    y -= 18
    for code, titre, forme, periode, (lycee, ville) in T.PRATIQUES:
        c.setFont("DVSB", 9)
        c.drawString(42, y, code)
        c.drawString(80, y, titre)
        c.setFont("DVS", 8.5)
        c.drawString(80, y - 12, forme)
        c.drawString(80, y - 24, periode)
        c.setFont("DVSB", 8.5)
        c.drawString(380, y, lycee)
        c.setFont("DVS", 8.5)
        c.drawString(380, y - 11, ville)
        y -= 40
    c.setFont("DVS", 7.5)
    c.drawString(42, y, T.NOTE_PRATIQUES)
    y -= 30
    c.setFont("DVSB", 9.5)
    c.drawString(42, y, "ÉCHÉANCES ET COMMISSIONS")
    y -= 8
    c.setLineWidth(0.6)
    c.line(42, y, W - 42, y)
    y -= 14
    for label, quand, (lieu, ville) in T.ECHEANCES:
        lines = simpleSplit(label, "DVS", 8.5, 190)
        c.setFont("DVS", 8.5)
        for k, t in enumerate(lines):
            c.drawString(42, y - k * 10.5, t)
        c.drawString(240, y, quand)
        if lieu:
            c.setFont("DVSB", 8.5)
            c.drawString(400, y, lieu)
            c.setFont("DVS", 8.5)
            c.drawString(400, y - 10.5, ville)
        y -= max(len(lines), 2 if lieu else 1) * 10.5 + 10
        c.setLineWidth(0.25)
        c.line(42, y + 12, W - 42, y + 12)
    foot()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- LibreOffice helper
def soffice_pdf(src, outdir, infilter=None):
    cmd = ["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    pdf = Path(outdir) / (Path(src).stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"conversion failed: {src}")
    return pdf


# ---------------------------------------------------------------- 4. Poitiers (flat ODT, frame)
def build_assurance(stem):
    T = assurance_poitiers
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    notes = [0]

    def inline(s):
        out, rest = [], s
        while "[[note : " in rest:
            a, b = rest.split("[[note : ", 1)
            body, rest = b.split("]]", 1)
            notes[0] += 1
            n = notes[0]
            out.append(esc(a))
            out.append(f'<text:note text:id="ftn{n}" text:note-class="footnote">'
                       f'<text:note-citation>{n}</text:note-citation><text:note-body>'
                       f'<text:p text:style-name="Footnote">{esc(body)}</text:p></text:note-body></text:note>')
        out.append(esc(rest))
        return "".join(out)

    lat = []
    for kind, t in T.LATERAL:
        style = "SideB" if kind == "b" else "Side"
        lat.append(f'<text:p text:style-name="{style}">{esc(t)}</text:p>')
    body = [f'<text:p text:style-name="Right">{esc(T.LIEU_DATE)}</text:p>',
            '<text:p text:style-name="Body"/>']
    for k, line in enumerate(T.EXPEDITEUR.split("\n")):
        body.append(f'<text:p text:style-name="Center">{esc(line)}</text:p>')
    for line in T.DESTINATAIRES:
        body.append(f'<text:p text:style-name="Center">{esc(line)}</text:p>')
    body.append('<text:p text:style-name="Body"/>')
    body.append(f'<text:p text:style-name="Objet">{esc(T.OBJET)}</text:p>')
    body.append(f'<text:p text:style-name="Small">{esc(T.REFERENCES)}</text:p>')
    for kind, val in T.CORPS:
        if kind == "p":
            body.append(f'<text:p text:style-name="Body">{inline(val)}</text:p>')
        elif kind == "h":
            body.append(f'<text:p text:style-name="H1">{esc(val)}</text:p>')
        elif kind == "h2":
            body.append(f'<text:p text:style-name="H2">{esc(val)}</text:p>')
        elif kind == "ul":
            items = "".join(f'<text:list-item><text:p text:style-name="Bullet">{inline(i)}</text:p></text:list-item>'
                            for i in val)
            body.append(f'<text:list text:style-name="L1">{items}</text:list>')
        elif kind == "table":
            rows = []
            for r, cells in enumerate(val):
                st = "CellH" if r == 0 else "Cell"
                ps = "TabH" if r == 0 else "Tab"
                rows.append("<table:table-row>" + "".join(
                    f'<table:table-cell table:style-name="{st}" office:value-type="string">'
                    f'<text:p text:style-name="{ps}">{inline(cv)}</text:p></table:table-cell>' for cv in cells)
                    + "</table:table-row>")
            body.append('<table:table table:name="Calendrier" table:style-name="Tab1">'
                        '<table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>'
                        '<table:table-column table:style-name="ColC"/><table:table-column table:style-name="ColD"/>'
                        + "".join(rows) + "</table:table>")
    body.append('<text:p text:style-name="Body"/>')
    for line in T.SIGNATURE:
        body.append(f'<text:p text:style-name="Sign">{esc(line)}</text:p>')

    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{esc(T.OBJET)}</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="7.5pt"/>
 </style:style>
 <style:style style:name="Marianne" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Devise" style:family="paragraph"><style:text-properties fo:font-size="7pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Side" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.02cm"/><style:text-properties fo:font-size="7.5pt" fo:color="#333333"/></style:style>
 <style:style style:name="SideB" style:family="paragraph"><style:text-properties fo:font-size="7.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="5.2cm" fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="Objet" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-size="8.5pt" fo:font-style="italic"/></style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="#1f3864"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="10.5cm" fo:margin-bottom="0cm"/></style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="1.4cm" fo:margin-right="1.6cm"/>
  <style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>
 </style:page-layout>
 <style:style style:name="fr1" style:family="graphic">
  <style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none" fo:padding="0cm" draw:fill="none" draw:stroke="none"/>
 </style:style>
 <style:style style:name="Tab1" style:family="table"><style:table-properties style:width="13.8cm" fo:margin-left="5.2cm" table:align="left"/></style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>
 <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="ColD" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000" fo:background-color="#d9e2f3"/></style:style>
 <style:style style:name="Tab" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="TabH" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <text:list-style style:name="L1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="5.8cm" fo:text-indent="-0.5cm" fo:margin-left="5.8cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<draw:frame draw:style-name="fr1" draw:name="Marianne" text:anchor-type="page" text:anchor-page-number="1" svg:x="1.4cm" svg:y="1.2cm" svg:width="5cm" svg:height="1.6cm" draw:z-index="0"><draw:text-box>
<text:p text:style-name="Marianne">RÉPUBLIQUE FRANÇAISE</text:p><text:p text:style-name="Devise">Liberté</text:p><text:p text:style-name="Devise">Égalité</text:p><text:p text:style-name="Devise">Fraternité</text:p>
</draw:text-box></draw:frame>
<draw:frame draw:style-name="fr1" draw:name="ColonneLaterale" text:anchor-type="page" text:anchor-page-number="1" svg:x="1.4cm" svg:y="4.2cm" svg:width="4.2cm" svg:height="14cm" draw:z-index="1"><draw:text-box>
{"".join(lat)}
</draw:text-box></draw:frame>
<text:p text:style-name="Body"/><text:p text:style-name="Body"/><text:p text:style-name="Body"/>
{"".join(body)}
</office:text></office:body></office:document>
'''
    src = HERE / f"{stem}.fodt"
    src.write_text(xml, encoding="utf-8")
    soffice_pdf(src, HERE)
    # the same document as a packaged .odt (what an office would actually keep)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{LO_PROFILE}", "--headless", "--norestore",
                    "--convert-to", "odt", "--outdir", str(HERE), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- 5. Nantes (python-docx, layout table)
def _docx_base(landscape_mode=False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    if landscape_mode:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    else:
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.5))
    sec.top_margin = sec.bottom_margin = Cm(1.4)
    doc.core_properties.author = "Division des examens et concours"
    return doc


def _para(container, text, size=10, bold=False, italic=False, align=None, space_after=4):
    from docx.shared import Pt
    p = container.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.bold, r.italic = bold, italic
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def _set_col_width(table, idx, width):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    table.columns[idx].width = width          # w:gridCol, what LibreOffice reads
    for row in table.rows:
        row.cells[idx].width = width
    tblPr = table._tbl.tblPr
    if tblPr.find(qn("w:tblLayout")) is None:
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)


def build_abm(stem):
    from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
    from docx.shared import Cm, Pt
    T = abm_nantes
    doc = _docx_base()
    _para(doc, "RÉPUBLIQUE FRANÇAISE", 9, bold=True, space_after=0)
    _para(doc, "Liberté\nÉgalité\nFraternité", 7, italic=True, space_after=10)
    lay = doc.add_table(rows=1, cols=2)
    lay.autofit = False
    _set_col_width(lay, 0, Cm(4.4))
    _set_col_width(lay, 1, Cm(13.6))
    left, right = lay.rows[0].cells
    left.paragraphs[0].text = ""
    for kind, t in T.LATERAL:
        _para(left, t, 7.5, bold=(kind == "b"), italic=(kind == "i"), space_after=0)
    right.paragraphs[0].text = ""
    _para(right, T.LIEU_DATE, align=AL.RIGHT, space_after=10)
    for line in T.EXPEDITEUR:
        _para(right, line, align=AL.CENTER, space_after=0)
    for line in T.DESTINATAIRES:
        _para(right, line, align=AL.CENTER, space_after=0)
    _para(right, "", space_after=6)
    _para(right, T.OBJET, bold=True)
    _para(right, T.REFERENCES, 8.5, italic=True, space_after=8)
    for kind, val in T.CORPS:
        if kind == "p":
            _para(right, val, align=AL.JUSTIFY)
        elif kind == "h":
            _para(right, val, 11, bold=True, space_after=4)
        elif kind == "notes":
            _para(right, "_______________", 7, space_after=0)
            for n in val:
                _para(right, n, 7.5, italic=True, space_after=6)
        elif kind == "ul":
            for item in val:
                p = _para(right, "–  " + item, align=AL.JUSTIFY, space_after=2)
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.4)
        elif kind == "table":
            t = right.add_table(rows=len(val), cols=len(val[0]))
            t.style = doc.styles["Table Grid"]
            widths = [Cm(5.2), Cm(3.8), Cm(2.8), Cm(1.4)]
            for j, wd in enumerate(widths):
                _set_col_width(t, j, wd)
            for i, cells in enumerate(val):
                for j, v in enumerate(cells):
                    cell = t.rows[i].cells[j]
                    cell.paragraphs[0].text = ""
                    r = cell.paragraphs[0].add_run(v)
                    r.font.size = Pt(8.5)
                    r.bold = i == 0
            _para(right, "", space_after=2)
    _para(right, "", space_after=6)
    for line in T.SIGNATURE:
        p = _para(right, line, space_after=0)
        p.paragraph_format.left_indent = Cm(6.5)
    src = HERE / f"{stem}.docx"
    doc.save(src)
    soffice_pdf(src, HERE)


# ---------------------------------------------------------------- 6. national note (landscape)
def build_gtla(stem):
    from docx.enum.text import WD_ALIGN_PARAGRAPH as AL
    from docx.shared import Cm, Pt
    T = gtla_nationale
    doc = _docx_base(landscape_mode=True)
    for i, line in enumerate(T.ENTETE):
        _para(doc, line, 9 if i == 0 else 8, bold=(i == 0), space_after=0)
    _para(doc, T.LIEU_DATE, align=AL.RIGHT, space_after=6)
    _para(doc, T.EXPEDITEUR, align=AL.CENTER, space_after=0)
    for line in T.DESTINATAIRES:
        _para(doc, line, align=AL.CENTER, space_after=0)
    _para(doc, "", space_after=4)
    _para(doc, T.OBJET, bold=True)
    _para(doc, T.REFERENCE, 8.5, italic=True)
    _para(doc, T.INTRO, align=AL.JUSTIFY)
    _para(doc, T.TITRE_1, 11, bold=True)
    t = doc.add_table(rows=1 + len(T.LIGNES), cols=len(T.ENTETES))
    t.style = doc.styles["Table Grid"]
    widths = [Cm(6.6), Cm(1.6), Cm(3.0)] + [Cm(2.45)] * 6
    for j, wd in enumerate(widths):
        _set_col_width(t, j, wd)
    for i, cells in enumerate([T.ENTETES] + T.LIGNES):
        for j, v in enumerate(cells):
            cell = t.rows[i].cells[j]
            cell.paragraphs[0].text = ""
            r = cell.paragraphs[0].add_run(v)
            r.font.size = Pt(8)
            r.bold = i == 0
            if j >= 1:
                cell.paragraphs[0].alignment = AL.CENTER
    _para(doc, "", space_after=4)
    _para(doc, T.TITRE_2, 11, bold=True)
    for p in T.PARAS_2:
        _para(doc, p, align=AL.JUSTIFY)
    _para(doc, T.TITRE_3, 11, bold=True)
    for p in T.PARAS_3:
        _para(doc, p)
    for b in T.PUCES_3:
        doc.add_paragraph(b, style="List Bullet")
    for p in T.PARAS_3B:
        _para(doc, p)
    _para(doc, T.TITRE_4, 11, bold=True)
    for p in T.PARAS_4:
        _para(doc, p, align=AL.JUSTIFY)
    _para(doc, "", space_after=4)
    for line in T.SIGNATURE:
        p = _para(doc, line, space_after=0)
        p.paragraph_format.left_indent = Cm(16)
    src = HERE / f"{stem}.docx"
    doc.save(src)
    soffice_pdf(src, HERE)


# ---------------------------------------------------------------- 7. Clermont (HTML prose)
def build_epc(stem):
    T = epc_clermont
    e = html.escape
    parts = ['<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">',
             f"<title>{e(T.OBJET)}</title>",
             "<style>body{font-family:'Liberation Serif',serif;font-size:11pt}"
             "p{text-align:justify;margin:0 0 6pt 0}h2{font-size:12pt;margin:12pt 0 4pt 0}"
             ".ent{font-size:9pt;margin:0}.r{text-align:right}.c{text-align:center}"
             ".sig{margin-left:9cm}</style></head><body>"]
    for i, line in enumerate(T.ENTETE):
        parts.append(f'<p style="margin:0;font-size:9pt">{"<b>" if i == 0 else ""}{e(line)}{"</b>" if i == 0 else ""}</p>')
    parts.append(f'<p align="right">{e(T.LIEU_DATE)}</p>')
    parts.append(f'<p align="center">{e(T.EXPEDITEUR)}</p><p align="center">{e(T.DESTINATAIRES)}</p><p>&nbsp;</p>')
    parts.append(f"<p><b>{e(T.OBJET)}</b></p><p><i>{e(T.REFERENCE)}</i></p>")
    for titre, paras in T.SECTIONS:
        if titre:
            parts.append(f"<h2>{e(titre)}</h2>")
        for p in paras:
            parts.append(f"<p>{e(p)}</p>")
    parts.append("<p>&nbsp;</p>" + "".join(f'<p style="margin-left:9cm">{e(l)}</p>' for l in T.SIGNATURE))
    parts.append('<p style="page-break-before:always">&nbsp;</p>')
    parts.append(f'<h2 align="center">{e(T.ANNEXE_TITRE)}</h2><p>&nbsp;</p>')
    parts.append("".join(f"<p>{e(l)}</p><p>&nbsp;</p>" for l in T.ANNEXE))
    parts.append("</body></html>")
    src = HERE / f"{stem}.html"
    src.write_text("\n".join(parts), encoding="utf-8")
    soffice_pdf(src, HERE, infilter="HTML (StarWriter)")


# ---------------------------------------------------------------- scans (image-only PDFs)
def render_pages(pdf, dpi, gray):
    tmp = Path(tempfile.mkdtemp(prefix="scan_"))
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else [])
    subprocess.run(args + [str(pdf), str(tmp / "p")], check=True)
    pages = [Image.open(p).copy() for p in sorted(tmp.glob("p*.png"))]
    shutil.rmtree(tmp)
    return pages


def images_to_pdf(images, out, dpi, jpeg_quality=None):
    """Image-only PDF written by PIL (no font resource at all, unlike a reportlab canvas).
    Grayscale/RGB pages are JPEG (DCT) encoded at jpeg_quality; bilevel pages stay 1-bit."""
    first, rest = images[0], images[1:]
    params = {"resolution": float(dpi), "save_all": True, "append_images": rest}
    if jpeg_quality:
        params["quality"] = jpeg_quality
    first.save(out, "PDF", **params)


def scan_gray_skew(pdf, out, seed):
    rng = np.random.default_rng(seed)
    res = []
    for k, im in enumerate(render_pages(pdf, 300, gray=True)):
        im = im.convert("L").rotate(0.7 if k % 2 == 0 else -0.5, resample=Image.BICUBIC,
                                   expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 10 + rng.normal(0, 5, a.shape)   # greyish paper + sensor noise
        a[:, :18] *= 0.6                                # shadow of the scanner lid
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        res.append(im)
    images_to_pdf(res, out, 300, jpeg_quality=85)


def scan_phone(pdf, out, seed):
    rng = np.random.default_rng(seed)
    res = []
    for im in render_pages(pdf, 200, gray=False):
        im = im.convert("RGB")
        w, h = im.size
        pad = 120
        bg = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (92, 80, 66))   # wooden desk
        bg.paste(im, (pad, pad))
        W, H = bg.size
        # perspective: the top of the sheet is further from the lens
        dx, dy = 0.045 * W, 0.02 * H
        src_quad = [(-dx, -dy), (W + dx * 0.6, -dy * 0.4), (W - dx * 0.2, H + dy * 0.3), (dx * 0.3, H)]
        coeffs = _perspective_coeffs([(0, 0), (W, 0), (W, H), (0, H)], src_quad)
        im = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(70, 60, 50))
        a = np.asarray(im).astype(np.float32)
        yy, xx = np.mgrid[0:H, 0:W]
        shade = 0.62 + 0.38 * (xx / W) * 0.6 + 0.38 * (1 - yy / H) * 0.4   # lamp on the upper right
        shade += 0.06 * np.exp(-(((xx - 0.7 * W) / (0.25 * W)) ** 2 + ((yy - 0.3 * H) / (0.3 * H)) ** 2))
        a = a * shade[..., None]
        a[..., 2] *= 0.92                                          # warm cast
        a += rng.normal(0, 4, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
        res.append(im)
    images_to_pdf(res, out, 200, jpeg_quality=60)


def _perspective_coeffs(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


def scan_fax(pdf, out, seed):
    rng = np.random.default_rng(seed)
    res = []
    for im in render_pages(pdf, 200, gray=True):
        im = im.convert("L").filter(ImageFilter.GaussianBlur(0.5))
        a = np.asarray(im).astype(np.float32) + rng.normal(0, 18, im.size[::-1])
        bw = a > 150
        h, w = bw.shape
        for _ in range(int(rng.integers(40, 70))):           # specks
            y, x = int(rng.integers(0, h - 4)), int(rng.integers(0, w - 4))
            s = int(rng.integers(1, 4))
            bw[y:y + s, x:x + s] = False
        y = int(rng.integers(h // 3, 2 * h // 3))             # one transmission streak
        bw[y:y + 2, :] &= rng.random((2, w)) > 0.35
        res.append(Image.fromarray((bw * 255).astype(np.uint8)).convert("1"))
    images_to_pdf(res, out, 200)


# ---------------------------------------------------------------- main
DOCS = [
    ("calendrier_me_2026_rennes", lambda s: build_me_rennes(HERE / f"{s}.pdf")),
    ("calendrier_crsa_2027_reims", lambda s: build_crsa_reims(HERE / f"{s}.pdf")),
    ("calendrier_dietetique_2025_la-reunion", lambda s: build_dietetique(HERE / f"{s}.pdf")),
    ("circulaire_assurance_2026_poitiers", build_assurance),
    ("circulaire_abm_2027_nantes", build_abm),
    ("note_nationale_gtla_2025", build_gtla),
    ("circulaire_epc_2028_clermont-ferrand", build_epc),
]
SCANS = [
    ("calendrier_me_2026_rennes", scan_gray_skew, 11),
    ("circulaire_abm_2027_nantes", scan_phone, 22),
    ("circulaire_epc_2028_clermont-ferrand", scan_fax, 33),
]


def main():
    random.seed(0)
    only = set(sys.argv[1:])
    for stem, fn in DOCS:
        if only and stem not in only:
            continue
        print("build", stem, flush=True)
        fn(stem)
    for stem, fn, seed in SCANS:
        if only and stem not in only:
            continue
        print("scan ", stem, flush=True)
        fn(HERE / f"{stem}.pdf", HERE / f"{stem}_scan.pdf", seed)
    shutil.rmtree(LO_PROFILE, ignore_errors=True)


if __name__ == "__main__":
    main()
