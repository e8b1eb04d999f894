#!/usr/bin/env python3
"""Build the independantes_ai corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile, a private Chromium profile and temp files in /tmp).
Tools: python-docx (+ raw DrawingML shapes), Chromium headless (HTML -> PDF), LibreOffice (DOCX/TXT -> PDF),
pdftoppm + PIL/numpy (scan)."""
import io, os, random, shutil, subprocess, tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import textes_guyane as TG
import textes_rennes as TR
import textes_normandie as TN
import textes_clermont as TC
import textes_ccst as TX

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_ai"
CHROME_PROFILE = "/tmp/chromium_ai"
random.seed(11)
np.random.seed(11)


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.top_margin = s.bottom_margin = Cm(1.8); s.left_margin = s.right_margin = Cm(2.0)
    return doc


def par(doc, text, bold=False, size=None, align=None, color=None, after=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if align is not None: p.alignment = align
    if after is not None: p.paragraph_format.space_after = Pt(after)
    return p


def heading(doc, text, color="1F4E79", size=11.5):
    p = par(doc, text, bold=True, size=size, color=color, after=3)
    p.paragraph_format.space_before = Pt(8); p.paragraph_format.keep_with_next = True
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None, italic=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    cell.paragraphs[0].paragraph_format.space_after = Pt(1)


def set_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))


# ---------------------------------------------------------------- A. Guyane : tableau d'une ligne par demi-journée
def build_guyane():
    doc = base_doc("Liberation Sans", 10)
    for i, l in enumerate(TG.ENTETE):
        par(doc, l, bold=i < 2, size=10 if i < 2 else 8.5, color="003366" if i < 2 else "444444", after=0)
    par(doc, TG.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, after=6)
    p = par(doc, TG.DESTINATAIRES, align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5, after=8)
    par(doc, TG.OBJET, bold=True, after=4)
    par(doc, "Références :", italic=True, size=9, after=0)
    for r in TG.REFERENCES:
        par(doc, "– " + r, size=9, italic=True, after=0)
    par(doc, "", after=2)
    par(doc, TG.INTRO)
    for titre, paras in (TG.HEURE, TG.ECRITS):
        heading(doc, titre)
        for t in paras:
            par(doc, t)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, TG.ENTETES_TABLEAU):
        set_cell(c, h, bold=True, size=9, color="FFFFFF"); shade(c, "1F4E79")
    for jour, demi, heure, ep, unite in TG.DEMI_JOURNEES:
        row = t.add_row().cells
        set_cell(row[0], jour, bold=bool(jour), size=9)
        set_cell(row[1], demi, size=9, italic=True)
        set_cell(row[2], heure, size=9, bold=heure[0].isdigit())
        set_cell(row[3], ep, size=9)
        set_cell(row[4], unite, size=9)
        fill = "F2F2F2" if "férié" in heure else ("FFFFFF" if demi == "Matin" else "EAF1F8")
        for c in row:
            shade(c, fill)
    set_widths(t, [3.6, 2.2, 3.8, 6.0, 1.4])
    par(doc, "", after=2)
    for titre, paras in (TG.CORRECTION,):
        heading(doc, titre)
        for x in paras:
            par(doc, x)
    heading(doc, TG.ORAUX_TITRE)
    for titre, paras in TG.ORAUX:
        par(doc, titre, bold=True, color="1F4E79", after=2)
        for x in paras:
            par(doc, x)
    for titre, paras in (TG.NOTES, TG.JURY, TG.RAPPELS):
        heading(doc, titre)
        for x in paras:
            par(doc, x)
    par(doc, "", after=6)
    for l in TG.SIGNATURE:
        par(doc, l, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, bold=(l == TG.SIGNATURE[-1]))
    out = P("circulaire_tourisme_2026_guyane.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- D. Clermont : formes chevrons (DrawingML wps)
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
_shape_id = [100]


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shape_run(lines, prst, fill, w_cm, h_cm, text_color="FFFFFF", sizes=None, left_inset_cm=0.55):
    """One inline preset shape (chevron, homePlate…) holding a text box; lines = [(text, bold)]."""
    _shape_id[0] += 1
    cx, cy = int(w_cm * 360000), int(h_cm * 360000)
    paras = []
    for i, (txt, bold) in enumerate(lines):
        sz = (sizes or [8] * len(lines))[i]
        paras.append(
            f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="228" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr>{"<w:b/>" if bold else ""}<w:color w:val="{text_color}"/><w:sz w:val="{int(sz * 2)}"/></w:rPr>'
            f'<w:t xml:space="preserve">{_esc(txt)}</w:t></w:r></w:p>')
    xml = f"""<w:r {NS}><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:docPr id="{_shape_id[0]}" name="Forme {_shape_id[0]}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="{prst}"><a:avLst><a:gd name="adj" fmla="val 22000"/></a:avLst></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{''.join(paras)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="{int(left_inset_cm * 360000)}" tIns="25000" rIns="{int(0.3 * 360000)}" bIns="36000" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"""
    return parse_xml(xml)


def shapes_paragraph(doc, runs):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(4); p.paragraph_format.space_after = Pt(8)
    for r in runs:
        p._p.append(r)
    return p


def build_clermont():
    doc = base_doc("Liberation Sans", 10)
    for i, l in enumerate(TC.ENTETE):
        par(doc, l, bold=i == 0, size=10 if i == 0 else 8.5, color="7A1F3D" if i == 0 else "444444", after=0)
    par(doc, TC.LIEU_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, after=8)
    par(doc, "Le recteur de l'académie de Clermont-Ferrand à Mesdames et Messieurs les proviseurs des lycées "
             "publics et privés sous contrat et les directeurs de CFA", size=9.5, after=6)
    par(doc, TC.OBJET, bold=True, after=3)
    par(doc, TC.REFERENCES, italic=True, size=8.5)
    par(doc, TC.INTRO)
    heading(doc, TC.CENTRES_TITRE, color="7A1F3D")
    for c in TC.CENTRES:
        par(doc, "▪ " + c, after=1)
    heading(doc, TC.ECRITS_TITRE, color="7A1F3D")
    par(doc, TC.ECRITS_INTRO)
    colors = ["7A1F3D", "9C3355", "B8506F", "5E1730"]
    runs = []
    for i, (date, code, titre, heure) in enumerate(TC.CHEVRONS_ECRITS):
        prst = "homePlate" if i == 0 else "chevron"
        runs.append(shape_run([(date, True), (code, True), (titre, False), (heure, True)], prst, colors[i],
                              4.25, 3.0, sizes=[7.5, 9, 6.5, 7], left_inset_cm=0.25 if i == 0 else 0.55))
    shapes_paragraph(doc, runs)
    for x in TC.ECRITS_APRES:
        par(doc, x)
    heading(doc, TC.ORAUX_TITRE, color="7A1F3D")
    for x in TC.ORAUX:
        par(doc, x)
    runs = []
    for i, (titre, date, l2) in enumerate(TC.ETAPES_E62):
        runs.append(shape_run([(titre, True), (date, True), (l2, False)], "chevron" if i else "homePlate",
                              ["2E5E8C", "3C78AB", "4A8FC9", "1F3F5E"][i], 4.25, 2.4, sizes=[7.5, 7.5, 6.5],
                              left_inset_cm=0.25 if i == 0 else 0.55))
    shapes_paragraph(doc, runs)
    heading(doc, "4. Résultats et informations diverses", color="7A1F3D")
    for x in TC.FIN:
        par(doc, x)
    par(doc, "", after=6)
    for l in TC.SIGNATURE:
        par(doc, l, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0, bold=(l == TC.SIGNATURE[-1]))
    out = P("circulaire_sn_2025_clermont-ferrand.docx"); doc.save(out)
    return out


# ---------------------------------------------------------------- HTML / TXT
def write_html(name, text):
    with open(P(name), "w", encoding="utf-8") as f:
        f.write(text)
    return P(name)


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={CHROME_PROFILE}",
                    "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
                    f"--print-to-pdf={pdf_path}", "file://" + html_path],
                   check=True, capture_output=True, timeout=120)


def soffice_pdf(paths, infilter=None):
    tmp = tempfile.mkdtemp(prefix="lo_out_ai_")
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    subprocess.run(cmd + ["--convert-to", "pdf", "--outdir", tmp] + paths, check=True, capture_output=True, timeout=300)
    for p in paths:
        stem = os.path.splitext(os.path.basename(p))[0]
        shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- scan (image only)
def flatbed_scan(pdf, out, dpi=150):
    tmp = tempfile.mkdtemp(prefix="scan_ai_")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
    pages = []
    for i, f in enumerate(sorted(os.listdir(tmp))):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        angle = random.uniform(-0.9, 0.9)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.9 + 12  # grey paper
        h, w = a.shape
        yy = np.linspace(0, 1, h)[:, None]
        a -= 10 * yy  # uneven light towards the bottom
        a[:, : int(w * 0.018)] -= 70  # dark band of the lid on the left edge
        a += np.random.normal(0, 7, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=62); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    shutil.rmtree(tmp, ignore_errors=True)


def main():
    a = build_guyane()
    d = build_clermont()
    t = P("circulaire_pi_2029_normandie.txt")
    with open(t, "w", encoding="utf-8") as f:
        f.write(TN.TEXTE)
    soffice_pdf([a, d])
    soffice_pdf([t], infilter="Text (encoded):UTF8,LF,Liberation Mono,fr")
    r = write_html("circulaire_gpme_2028_rennes.html", TR.html_page())
    chromium_pdf(r, P("circulaire_gpme_2028_rennes.pdf"))
    x = write_html("note_nationale_ccst_2027.html", TX.html_page())
    chromium_pdf(x, P("note_nationale_ccst_2027.pdf"))
    flatbed_scan(P("circulaire_tourisme_2026_guyane.pdf"), P("circulaire_tourisme_2026_guyane_scan.pdf"))
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".html", ".txt")):
            print(f"{os.path.getsize(P(f)):>9}  {f}")


if __name__ == "__main__":
    main()
