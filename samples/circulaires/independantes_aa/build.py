#!/usr/bin/env python3
"""Construit le corpus independantes_aa à partir des modules textes_*.py.
Usage : /work/main/.venv/bin/python build.py   (écrit uniquement dans ce dossier et /tmp)"""
import copy, os, subprocess, sys, tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import textes_cg, textes_mmv, textes_pd, textes_sio, textes_tourisme

HERE = Path(__file__).resolve().parent
os.chdir(HERE)
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_independantes_aa"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def soffice(fmt, files):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", str(HERE)] + [str(f) for f in files],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def bold_para(doc, text, size=11, align=None, space=6):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True; r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space)
    if align: p.alignment = align
    return p


# ---------------------------------------------------------------- PD : Orléans-Tours (DOCX, tableau transposé)
def build_pd():
    T = textes_pd
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    sec.different_first_page_header_footer = True
    # en-tête de 1re page : bloc-marque à gauche, date à droite via taquet
    hp = sec.first_page_header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(T.ENTETE[0]); r.bold = True; r.font.size = Pt(9)
    hp.add_run("\t" + T.LIEU_DATE).font.size = Pt(9)
    for line in T.ENTETE[1:]:
        p = sec.first_page_header.add_paragraph(); p.add_run(line).font.size = Pt(8)
    sec.header.paragraphs[0].add_run("BTS Prothésiste dentaire – session 2027 – DEC 3").font.size = Pt(8)
    for ft in (sec.first_page_footer, sec.footer):
        fp = ft.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Rectorat de l'académie d'Orléans-Tours – 21 rue Saint-Étienne – 45043 Orléans Cedex 1").font.size = Pt(7)
    p = doc.add_paragraph(); p.add_run(T.AFFAIRE).font.size = Pt(8)
    p = doc.add_paragraph(T.DESTINATAIRES); p.paragraph_format.left_indent = Cm(8)
    bold_para(doc, T.OBJET)
    doc.add_paragraph("Références :")
    for ref in T.REFERENCES:
        doc.add_paragraph(ref, style="List Bullet")
    doc.add_paragraph(T.INTRO)
    bold_para(doc, "I. ÉPREUVES ÉCRITES", 11, space=10)
    n = len(T.EPREUVES_ECRITES)
    tab = doc.add_table(rows=len(T.RUBRIQUES) + 1, cols=n + 1); tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    title = tab.cell(0, 0).merge(tab.cell(0, n))
    title.text = "CALENDRIER DES ÉPREUVES ÉCRITES – SESSION 2027"
    title.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER; title.paragraphs[0].runs[0].bold = True
    shade(title, "D9D9D9")
    for i, rub in enumerate(T.RUBRIQUES):
        c = tab.cell(i + 1, 0); c.text = rub; c.paragraphs[0].runs[0].bold = True; shade(c, "F2F2F2")
    for j, ep in enumerate(T.EPREUVES_ECRITES):
        for i, val in enumerate(ep):
            c = tab.cell(i + 1, j + 1); c.text = val
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0: c.paragraphs[0].runs[0].bold = True
    # les deux épreuves du mardi partagent la même cellule « date » fusionnée
    d = tab.cell(3, 1).merge(tab.cell(3, 2)); d.text = "Mardi 11 mai 2027"
    d.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    d = tab.cell(3, 3).merge(tab.cell(3, 4)); d.text = "Mercredi 12 mai 2027"
    d.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(T.NOTE_TABLE); p.runs[0].italic = True; p.runs[0].font.size = Pt(8.5)
    bold_para(doc, T.PRATIQUES_TITRE, 11, space=10)
    for head, body in T.PRATIQUES:
        if head: bold_para(doc, head, 10, space=4)
        doc.add_paragraph(body)
    bold_para(doc, T.DOSSIERS_TITRE, 11, space=10)
    for t in T.DOSSIERS: doc.add_paragraph(t)
    bold_para(doc, T.CALENDRIER_TITRE, 11, space=10)
    for t in T.CALENDRIER: doc.add_paragraph(t, style="List Bullet")
    bold_para(doc, T.CENTRES_TITRE, 11, space=10)
    for nom, adr, ville, role in T.CENTRES:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        p.add_run(nom).bold = True
        doc.add_paragraph(adr).paragraph_format.space_after = Pt(0)
        doc.add_paragraph(ville).paragraph_format.space_after = Pt(0)
        q = doc.add_paragraph(role); q.runs[0].italic = True
    doc.add_paragraph(T.FORMATION)
    doc.add_paragraph(T.ENVOI)
    for i, line in enumerate(T.SIGNATURE):
        p = doc.add_paragraph(line); p.paragraph_format.left_indent = Cm(10)
        p.paragraph_format.space_after = Pt(0)
        if i == len(T.SIGNATURE) - 1: p.runs[0].bold = True
    doc.add_paragraph("✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")
    for i, line in enumerate(T.COUPON):
        p = doc.add_paragraph(line)
        if i == 0: p.runs[0].bold = True
    out = HERE / f"{T.STEM}.docx"; doc.save(out)
    return out


# ---------------------------------------------------------------- CG : Nancy-Metz (DOCX, notes de bas de page)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class Footnotes:
    def __init__(self, doc):
        self.doc, self.notes = doc, []

    def ref(self, paragraph, text):
        self.notes.append(text); nid = len(self.notes)
        paragraph._p.append(parse_xml(
            f'<w:r {W_NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{nid}"/></w:r>'))

    def install(self):
        from xml.sax.saxutils import escape
        body = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.notes, 1):
            body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
                        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>' + "".join(body) + "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def seg_para(doc, fn, segments, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for s in segments:
        if isinstance(s, tuple): fn.ref(p, s[1])
        else: p.add_run(s)
    return p


def build_cg():
    T = textes_cg
    doc = Document(); fn = Footnotes(doc)
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2)
    for i, line in enumerate(T.ENTETE):
        p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
        r = p.add_run(line); r.font.size = Pt(9); r.bold = i == 0
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(T.PIED).font.size = Pt(7)
    p = doc.add_paragraph(T.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    bold_para(doc, T.OBJET)
    for segs in T.INTRO: seg_para(doc, fn, segs)
    bold_para(doc, T.T1, 12, space=10)
    tab = doc.add_table(rows=1, cols=len(T.TAB_ENTETES)); tab.style = "Table Grid"
    hdr = tab.rows[0]
    hdr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))  # en-tête répété
    for c, t in zip(hdr.cells, T.TAB_ENTETES):
        c.text = t; c.paragraphs[0].runs[0].bold = True; shade(c, "BDD7EE")
    widths = [Cm(1.6), Cm(1.5), Cm(6.4), Cm(3.2), Cm(4.0)]
    for ep, u, intit, forme, date, note in T.TAB:
        cells = tab.add_row().cells
        for c, t in zip(cells, (ep, u, intit, forme, date)): c.text = t
        if ep == "E3":
            m = cells[2].merge(cells[4]); m.text = intit; m.paragraphs[0].runs[0].bold = True
            shade(cells[0], "F2F2F2")
        if note: fn.ref(cells[4].paragraphs[0], note)
        for row in tab.rows:
            for c_, w_ in zip(row.cells, widths): c_.width = w_
        # lignes rembourrées pour que le tableau passe sur la page suivante
        cells[2].add_paragraph("Coefficient et modalités : voir règlement d'examen.").runs[0].font.size = Pt(8)
    bold_para(doc, T.T2, 12, space=10)
    for segs in T.DOSSIER: seg_para(doc, fn, segs)
    bold_para(doc, T.T3, 12, space=10)
    for segs in T.SUITE: seg_para(doc, fn, segs, style="List Number")
    bold_para(doc, T.T4, 12, space=10)
    t2 = doc.add_table(rows=1, cols=4); t2.style = "Table Grid"
    for c, t in zip(t2.rows[0].cells, T.CENTRES_ENTETES):
        c.text = t; c.paragraphs[0].runs[0].bold = True
    for row in T.CENTRES:
        for c, t in zip(t2.add_row().cells, row): c.text = t
    doc.add_paragraph(T.FORMATION)
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
    fn.install()
    out = HERE / f"{T.STEM}.docx"; doc.save(out)
    return out


# ---------------------------------------------------------------- SIO : Guadeloupe (reportlab, page 2 /Rotate 90)
def wrap(c, text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if c.stringWidth(t, font, size) > width and cur:
            lines.append(cur); cur = w
        else:
            cur = t
    if cur: lines.append(cur)
    return lines


def para(c, x, y, text, width, font="DV", size=9.5, lead=12.5):
    for line in wrap(c, text, font, size, width):
        c.setFont(font, size); c.drawString(x, y, line); y -= lead
    return y - 4


def fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))


def build_sio():
    T = textes_sio
    out = HERE / f"{T.STEM}.pdf"
    c = canvas.Canvas(str(out), pagesize=A4); W, H = A4
    c.setTitle("BTS SIO session 2026 - Guadeloupe")
    y = H - 50
    for i, l in enumerate(T.ENTETE):
        c.setFont("DVB" if i == 0 else "DV", 10 if i == 0 else 8.5); c.drawString(40, y, l); y -= 13
    c.setFont("DV", 9); c.drawRightString(W - 40, H - 50, T.LIEU_DATE); c.drawRightString(W - 40, H - 63, T.REF)
    y -= 16; c.setFont("DVB", 10)
    for l in wrap(c, T.OBJET, "DVB", 10, 370): c.drawString(40, y, l); y -= 13
    y -= 8
    textw = 370  # colonne de texte ; la marge droite porte l'encadré
    for t in T.CORPS: y = para(c, 40, y, t, textw)
    for t in T.ORAUX: y = para(c, 55, y, "– " + t, textw - 15)
    for t in T.CORPS2: y = para(c, 40, y, t, textw)
    y -= 10
    for i, l in enumerate(T.SIGNATURE):
        c.setFont("DVB" if i == 2 else "DV", 9); c.drawString(230, y, l); y -= 12
    # encadré de marge
    bx, bw, top = 430, 125, H - 150
    bh = 24 + 12 * len(T.ENCADRE)
    c.setLineWidth(1.4); c.rect(bx, top - bh, bw, bh)
    c.setFillGray(0.85); c.rect(bx, top - 18, bw, 18, fill=1, stroke=0); c.setFillGray(0)
    c.setFont("DVB", 9); c.drawCentredString(bx + bw / 2, top - 13, T.ENCADRE_TITRE)
    yy = top - 32
    for l in T.ENCADRE:
        c.setFont("DVB" if ("/26" in l) else "DV", 8); c.drawString(bx + 6, yy, l); yy -= 12
    c.setFont("DV", 7); c.drawCentredString(W / 2, 25, T.ADRESSE)
    c.showPage()
    # page 2 : stockée en portrait avec /Rotate 90 ; contenu dessiné pour se lire en paysage
    c.saveState()
    c.translate(W, 0); c.rotate(90)  # repère paysage : largeur H, hauteur W
    LW, LH = H, W
    c.setFont("DVB", 11); c.drawCentredString(LW / 2, LH - 45, T.CAL_TITRE)
    colw = [80, 45, 40, 290, 120, 90, 45]
    x0, yrow = 45, LH - 80
    def row(vals, bold=False, h=28):
        nonlocal yrow
        x = x0
        for w, v in zip(colw, vals):
            c.rect(x, yrow - h, w, h)
            lines = wrap(c, v, "DVB" if bold else "DV", 8.5, w - 6)
            yy = yrow - 11
            for l in lines[:2]:
                c.setFont("DVB" if bold else "DV", 8.5); c.drawString(x + 3, yy, l); yy -= 10
            x += w
        yrow -= h
    c.setFillGray(0.9); c.rect(x0, yrow - 28, sum(colw), 28, fill=1, stroke=0); c.setFillGray(0)
    row(T.CAL_ENTETES, bold=True)
    for r in T.CAL: row(r)
    yrow -= 20
    for i, l in enumerate(T.CAL_CENTRES):
        c.setFont("DVB" if i == 0 else "DV", 9); c.drawString(x0, yrow, l); yrow -= 13
    c.restoreState()
    c.showPage(); c.save()
    # la page 2 reste stockée en portrait (MediaBox 595 × 842) ; on pose /Rotate 90 dans le dictionnaire de page
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject
    w = PdfWriter(clone_from=PdfReader(str(out)))
    w.pages[1][NameObject("/Rotate")] = NumberObject(90)
    w.add_metadata({"/Title": "BTS SIO session 2026 - Guadeloupe"})
    with open(out, "wb") as fh: w.write(fh)
    return out


# ---------------------------------------------------------------- MMV : note nationale (reportlab, encadré marge gauche)
def build_mmv():
    T = textes_mmv
    out = HERE / f"{T.STEM}.pdf"
    c = canvas.Canvas(str(out), pagesize=A4); W, H = A4
    c.setTitle("Note nationale BTS MMV session 2027")
    y = H - 45
    for i, l in enumerate(T.ENTETE):
        c.setFont("DVB" if i == 0 else "DV", 9 if i == 0 else 8); c.drawString(40, y, l); y -= 12
    c.setFont("DV", 9); c.drawRightString(W - 40, y - 6, T.LIEU_DATE)
    # encadré dans la marge gauche
    bx, bw, top = 30, 100, H - 120
    bh = 26 + 11 * len(T.ENCADRE)
    c.setStrokeColorRGB(0.1, 0.2, 0.5); c.setLineWidth(1.2); c.rect(bx, top - bh, bw, bh)
    c.setFillColorRGB(0.1, 0.2, 0.5); c.rect(bx, top - 18, bw, 18, fill=1, stroke=0)
    c.setFillGray(1); c.setFont("DVB", 8.5); c.drawCentredString(bx + bw / 2, top - 13, T.ENCADRE_TITRE)
    c.setFillGray(0); c.setStrokeGray(0)
    yy = top - 32
    for l in T.ENCADRE:
        c.setFont("DVB" if l[:2].isdigit() else "DV", 7.5); c.drawString(bx + 6, yy, l); yy -= 11
    x, tw = 150, W - 150 - 45
    y = H - 130
    y = para(c, x, y, T.DEST, tw, size=9)
    c.setFont("DVB", 9.5)
    for l in wrap(c, T.OBJET, "DVB", 9.5, tw): c.drawString(x, y, l); y -= 12.5
    y -= 6
    for t in T.CORPS: y = para(c, x, y, t, tw, size=9, lead=12)
    y -= 6
    for i, l in enumerate(T.SIGNATURE):
        c.setFont("DVB" if i == 2 else "DV", 9); c.drawString(x + 180, y, l); y -= 12
    c.setFont("DV", 7); c.drawCentredString(W / 2, 25, "1/2"); c.showPage()
    c.setFont("DVB", 11); c.drawString(40, H - 60, T.P2_TITRE)
    colw = [165, 68, 68, 68, 68, 68]; x0, yrow = 40, H - 85
    for ri, r in enumerate([T.P2_COLS] + T.P2_ROWS):
        h = 30; x = x0
        if ri == 0: c.setFillGray(0.88); c.rect(x0, yrow - h, sum(colw), h, fill=1, stroke=0); c.setFillGray(0)
        for w, v in zip(colw, r):
            c.rect(x, yrow - h, w, h); yy = yrow - 12
            for l in v.split("\n"):
                for l2 in wrap(c, l, "DVB" if ri == 0 else "DV", 8, w - 6)[:2]:
                    c.setFont("DVB" if ri == 0 else "DV", 8); c.drawString(x + 3, yy, l2); yy -= 10
            x += w
        yrow -= h
    para(c, 40, yrow - 20, T.P2_NOTE, W - 80, size=8.5)
    c.setFont("DV", 7); c.drawCentredString(W / 2, 25, "2/2"); c.showPage(); c.save()
    return out


# ---------------------------------------------------------------- Tourisme : Limoges (HTML questions-réponses)
def build_tourisme():
    T = textes_tourisme
    from html import escape
    qa = []
    for i, (q, ans) in enumerate(T.FAQ, 1):
        qa.append(f'<div class="qa"><h3><span class="q">Q{i}</span> {escape(q)}</h3>' +
                  "".join(f"<p>{escape(a)}</p>" for a in ans) + "</div>")
    html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{escape(T.TITRE)}</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; margin: 1.5cm; }}
header {{ border-bottom: 3px solid #7a1f3d; margin-bottom: 8px; }}
.marque {{ color: #7a1f3d; font-weight: bold; font-size: 9pt; }}
h1 {{ font-size: 15pt; margin: 6px 0; }}
.chapo {{ font-style: italic; background: #f4eef0; padding: 6px; }}
h3 {{ font-size: 11pt; margin: 10px 0 2px 0; color: #333; }}
.q {{ background: #7a1f3d; color: white; padding: 0 5px; border-radius: 3px; }}
.qa p {{ margin: 2px 0 2px 22px; }}
footer {{ margin-top: 14px; font-size: 9pt; border-top: 1px solid #999; }}
</style></head>
<body><header><div class="marque">{escape(T.ENTETE)}</div><h1>{escape(T.TITRE)}</h1>
<div>{escape(T.PUBLIE)}</div></header>
<p class="chapo">{escape(T.CHAPO)}</p>
{''.join(qa)}
<footer><p>{escape(T.SIGNATURE)}</p></footer>
</body></html>
"""
    out = HERE / f"{T.STEM}.html"; out.write_text(html, encoding="utf-8")
    return out


# ---------------------------------------------------------------- numérisations (images seules)
def raster(pdf, dpi, gray):
    tmp = Path(tempfile.mkdtemp(prefix="aa_scan_", dir="/tmp"))
    subprocess.run(["pdftoppm", "-r", str(dpi)] + (["-gray"] if gray else []) + ["-png", str(pdf), str(tmp / "p")], check=True)
    return [Image.open(p).copy() for p in sorted(tmp.glob("p-*.png"))]


def flatbed_scan(pdf, out, seed=3):
    """Scanner à plat 200 dpi, gris, inclinaison ~2,5°, bruit, tampon d'arrivée posé sur le texte."""
    rng = np.random.default_rng(seed)
    pages = []
    for k, im in enumerate(raster(pdf, 200, True)):
        im = im.convert("L")
        if k == 0:  # tampon « ARRIVÉE » sur le texte
            st = Image.new("L", (520, 200), 255); d = ImageDraw.Draw(st)
            f = ImageFont.truetype(FONT.replace("Sans.ttf", "Sans-Bold.ttf"), 44)
            d.rectangle([4, 4, 515, 195], outline=90, width=7)
            d.text((30, 30), "ARRIVÉE DEC 3", font=f, fill=90)
            d.text((30, 110), "ENREGISTRÉ", font=f, fill=90)
            st = st.rotate(14, expand=True, fillcolor=255)
            mask = Image.eval(st, lambda v: 255 - v)
            im.paste(Image.new("L", st.size, 110), (im.width - st.width - 150, 560), mask.point(lambda v: int(v * 0.7)))
        im = im.rotate(2.5 if k % 2 == 0 else -1.8, resample=Image.BICUBIC, expand=False, fillcolor=235)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rng.normal(0, 9, a.shape)
        a[:, :18] = 60  # ombre du bord du capot
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im)
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=200)


def perspective_coeffs(src, dst):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(pdf, out, seed=7):
    """Photo au téléphone : perspective, fond de bureau, ombre en dégradé, JPEG."""
    rng = np.random.default_rng(seed)
    pages = []
    for k, im in enumerate(raster(pdf, 150, False)):
        im = im.convert("RGB"); w, h = im.size
        W2, H2 = int(w * 1.12), int(h * 1.08)
        bg = Image.new("RGB", (W2, H2), (92, 74, 58))
        dst = [(70 + 15 * k, 60), (W2 - 95, 95), (W2 - 45, H2 - 55), (40, H2 - 100)]
        coeffs = perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], dst)
        warped = im.transform((W2, H2), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
        mask = Image.new("L", (w, h), 255).transform((W2, H2), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        bg.paste(warped, (0, 0), mask)
        a = np.asarray(bg).astype(np.float32)
        yy, xx = np.mgrid[0:H2, 0:W2]
        shade_ = 0.62 + 0.38 * (xx / W2) * 0.6 + 0.38 * (1 - yy / H2) * 0.4
        a = a * shade_[..., None] * np.array([1.0, 0.97, 0.9]) + rng.normal(0, 4, a.shape)
        ph = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
        tmp = Path(tempfile.mkstemp(suffix=".jpg", dir="/tmp")[1]); ph.save(tmp, quality=55)
        pages.append(Image.open(tmp))
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=150)


def main():
    fonts()
    pd_docx = build_pd(); cg_docx = build_cg(); html = build_tourisme()
    build_sio(); build_mmv()
    soffice("pdf", [pd_docx, cg_docx])
    soffice("odt", [cg_docx])
    soffice("pdf:writer_web_pdf_Export", [html])
    flatbed_scan(HERE / f"{textes_pd.STEM}.pdf", HERE / f"{textes_pd.STEM}_scan.pdf")
    phone_photo(HERE / f"{textes_tourisme.STEM}.pdf", HERE / f"{textes_tourisme.STEM}_scan.pdf")
    print("ok")


if __name__ == "__main__":
    main()
