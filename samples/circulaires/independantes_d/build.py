#!/usr/bin/env python3
"""Build corpus independantes_d: DOCX/HTML sources -> PDF (LibreOffice), two image-only scans.
Run with /work/main/.venv/bin/python build.py (python-docx, PIL, numpy). No project imports."""
import copy, json, os, shutil, subprocess, sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter, ImageDraw
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import textes_lille_nationale as T1
import textes_nice_guyane as T2
import textes_reims_toulouse as T3

LO_PROFILE = "file:///tmp/lo_d"


def soffice(src, fmt="pdf"):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", fmt, "--outdir", str(HERE), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def base_doc(font="Marianne", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def para(d, text, bold=False, size=None, align=None, italic=False, color=None, after=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(d, rows, widths=None, size=9, header_fill="D9E2F3"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = txt.split("\n")
            p = c.paragraphs[0]
            for k, line in enumerate(lines):
                r = p.add_run(line)
                r.font.size = Pt(size)
                r.bold = (i == 0)
                if k < len(lines) - 1:
                    r.add_break()
            if i == 0:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def letterhead(d, lines, date_idx, dest_from):
    for i, l in enumerate(lines):
        if i == 0:
            para(d, l, bold=True, size=13, color="000091", after=0)
        elif i == date_idx:
            para(d, l, align="right", after=6)
        elif i >= dest_from:
            para(d, l, align="right", after=0)
        else:
            para(d, l, size=9, after=0, italic=(i == 1))


# ------------------------------------------------------------------ 1. CPI Lille
def build_cpi():
    d = base_doc()
    letterhead(d, T1.CPI_ENTETE, 6, 7)
    para(d, "")
    para(d, T1.CPI_OBJET, bold=True)
    for t in T1.CPI_INTRO:
        para(d, t, align="justify")
    para(d, T1.CPI_TITRE_TABLEAU, bold=True, size=12, color="000091")
    table(d, T1.CPI_TABLEAU, widths=[5.2, 3.6, 2.1, 2.0, 4.1])
    for t in T1.CPI_APRES_TABLEAU:
        para(d, t, align="justify")
    para(d, T1.CPI_TITRE_ETAPES, bold=True, size=12, color="000091")
    for t in T1.CPI_ETAPES:
        p = para(d, t)
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.6)
    for t in T1.CPI_FIN:
        para(d, t, align="justify")
    return d


# ------------------------------------------------------------------ 2. note nationale
def build_nat():
    d = base_doc(size=10)
    for i, l in enumerate(T1.NAT_ENTETE):
        para(d, l, bold=(i == 0), size=(11 if i == 0 else 9), align=("right" if i >= 3 else None), after=0)
    para(d, "")
    para(d, T1.NAT_OBJET, bold=True)
    for t in T1.NAT_INTRO:
        para(d, t, align="justify")
    table(d, T1.NAT_TABLEAU, widths=[3.0, 2.8, 2.6, 2.8, 2.8, 3.0], size=8.5, header_fill="E7E6E6")
    for t in T1.NAT_APRES:
        para(d, t, align="justify")
    return d


# ------------------------------------------------------------------ 4. Guyane
def build_guy():
    d = base_doc()
    letterhead(d, T2.GUY_ENTETE, 3, 4)
    para(d, "")
    para(d, T2.GUY_OBJET, bold=True)
    for t in T2.GUY_INTRO:
        para(d, t, align="justify")
    t = table(d, T2.GUY_TABLEAU, widths=[6.0, 3.4, 3.8, 3.8])
    for i in range(1, len(T2.GUY_TABLEAU)):
        shade(t.cell(i, 3), "FFF2CC")
    para(d, "")
    for t in T2.GUY_APRES:
        para(d, t, align="justify")
    return d


# ------------------------------------------------------------------ 5. lettre Reims (zone de texte)
def textbox_xml(title, lines):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="22"/></w:rPr><w:t>{esc(title)}</w:t></w:r></w:p>']
    heads = {"Épreuves écrites – lycée Roosevelt, Reims", "Épreuves pratiques et orales", "Étapes"}
    for l in lines:
        b = "<w:b/><w:u w:val=\"single\"/>" if l in heads else ""
        paras.append(f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>')
    body = "".join(paras)
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="Cadre1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="width:453pt;height:318pt;mso-position-horizontal:center" '
           'fillcolor="#F2F2F2" strokecolor="#1F3864" strokeweight="1.25pt">'
           f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape>'
           '</w:pict></w:r></w:p>')
    return parse_xml(xml)


def build_chi():
    d = base_doc(size=10.5)
    for i, l in enumerate(T3.CHI_ENTETE):
        if i == 0:
            para(d, l, bold=True, size=13, after=0)
        elif i == 3:
            para(d, l, align="right", after=6)
        elif i >= 4:
            para(d, l, align="right", after=0)
        else:
            para(d, l, size=9, after=0)
    para(d, "")
    para(d, T3.CHI_OBJET, bold=True)
    for t in T3.CHI_CORPS_AVANT:
        para(d, t, align="justify")
    anchor = para(d, "")
    anchor._p.addnext(textbox_xml(T3.CHI_ENCADRE_TITRE, T3.CHI_ENCADRE))
    # the textbox paragraph now follows `anchor`; add body after it
    for t in T3.CHI_CORPS_APRES:
        para(d, t, align="justify")
    return d


# ------------------------------------------------------------------ 6. MMV Toulouse (paysage + portrait)
def block(d, items):
    for kind, t in items:
        if kind == "h":
            para(d, t, bold=True, size=12, color="000091")
        else:
            para(d, t, align="justify")


def build_mmv():
    d = base_doc()
    letterhead(d, T3.MMV_ENTETE, 4, 5)
    para(d, "")
    para(d, T3.MMV_OBJET, bold=True)
    block(d, T3.MMV_PORTRAIT_1)
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = d.sections[0].page_height, d.sections[0].page_width
    para(d, T3.MMV_CALENDRIER_TITRE, bold=True, size=13, color="000091")
    table(d, T3.MMV_CALENDRIER, widths=[7.0, 3.0, 6.0, 4.0, 5.5], size=10)
    para(d, "Les candidats se présentent 30 minutes avant le début des épreuves écrites.", italic=True, size=9)
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.PORTRAIT
    s2.page_width, s2.page_height = d.sections[0].page_width, d.sections[0].page_height
    block(d, T3.MMV_PORTRAIT_2)
    return d


# ------------------------------------------------------------------ scans
def render(pdf, dpi, gray=True):
    out = Path("/tmp/lo_d_render")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    args = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [str(pdf), str(out / "p")]
    subprocess.run(args, check=True)
    return [Image.open(p) for p in sorted(out.glob("p*.png"))]


def scan_flatbed(pdf, dest):
    rng = np.random.default_rng(42)
    pages = []
    for i, im in enumerate(render(pdf, 250)):
        im = im.convert("L").rotate(0.8 if i % 2 == 0 else -0.6, resample=Image.BICUBIC, expand=False, fillcolor=245)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rng.normal(0, 7, a.shape)
        specks = rng.random(a.shape) < 0.0004
        a[specks] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        pages.append(im)
    pages[0].save(dest, "PDF", resolution=250, save_all=True, append_images=pages[1:])


def find_coeffs(dst, src):
    A, B = [], []
    for (x, y), (X, Y) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); B.append(X)
        A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); B.append(Y)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def scan_phone(pdf, dest):
    rng = np.random.default_rng(7)
    pages = []
    for im in render(pdf, 170, gray=False):
        im = im.convert("RGB")
        w, h = im.size
        W, H = int(w * 1.25), int(h * 1.18)
        # quad of the sheet in the photo (perspective: top narrower, slight skew)
        quad = [(int(W * 0.17), int(H * 0.07)), (int(W * 0.86), int(H * 0.05)),
                (int(W * 0.95), int(H * 0.95)), (int(W * 0.06), int(H * 0.93))]
        coeffs = find_coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
        sheet = im.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
        mask = Image.new("L", (W, H), 0)
        ImageDraw.Draw(mask).polygon(quad, fill=255)
        bg = np.zeros((H, W, 3), np.float32) + np.array([48, 40, 34], np.float32)  # dark wooden desk
        bg += rng.normal(0, 6, (H, W, 1))
        photo = np.where(np.asarray(mask)[..., None] > 0, np.asarray(sheet, np.float32), bg)
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        light = 1.05 - 0.38 * ((xx / W - 0.2) ** 2 + (yy / H - 0.15) ** 2)  # lamp top-left, shadow bottom-right
        photo = photo * light[..., None] * np.array([1.0, 0.97, 0.9])
        photo += rng.normal(0, 4, photo.shape)
        img = Image.fromarray(np.clip(photo, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        pages.append(img)
    pages[0].save(dest, "PDF", resolution=150, save_all=True, append_images=pages[1:], quality=80)


def copy_gold(stem, scan_stem):
    g = json.load(open(HERE / f"{stem}.gold.json", encoding="utf-8"))
    g["document"], g["format"] = scan_stem, "pdf"
    (HERE / f"{scan_stem}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    docs = {
        "circulaire_cpi_2026_lille": build_cpi,
        "note_nationale_aeronautique_2027": build_nat,
        "circulaire_batiment_2025_guyane": build_guy,
        "lettre_metiers_chimie_2028_reims": build_chi,
        "circulaire_mmv_2027_toulouse": build_mmv,
    }
    for stem, fn in docs.items():
        fn().save(HERE / f"{stem}.docx")
        soffice(HERE / f"{stem}.docx")
    html = HERE / "circulaire_mav_2026_nice.html"
    html.write_text(T2.MAV_HTML, encoding="utf-8")
    soffice(html, "pdf:writer_web_pdf_Export")
    # ODT copy of the Toulouse circular (as LibreOffice saves it)
    soffice(HERE / "circulaire_mmv_2027_toulouse.docx", "odt")
    scan_flatbed(HERE / "lettre_metiers_chimie_2028_reims.pdf", HERE / "lettre_metiers_chimie_2028_reims_scan.pdf")
    copy_gold("lettre_metiers_chimie_2028_reims", "lettre_metiers_chimie_2028_reims_scan")
    scan_phone(HERE / "note_nationale_aeronautique_2027.pdf", HERE / "note_nationale_aeronautique_2027_scan.pdf")
    copy_gold("note_nationale_aeronautique_2027", "note_nationale_aeronautique_2027_scan")


if __name__ == "__main__":
    main()
