#!/usr/bin/env python3
"""Construit le corpus indépendant « independantes_p » à partir des modules textes_*.py.

Usage : /work/main/.venv/bin/python build.py [nantes besancon martinique clermont national scans]
Sorties écrites dans ce dossier ; fichiers intermédiaires dans /tmp/pwork.
Aucune dépendance au code du projet : python-docx, reportlab, PIL, numpy, LibreOffice, pdftoppm.
"""
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ICI = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/pwork"
LO_PROFILE = "file:///tmp/lo_independantes_p"
sys.path.insert(0, ICI)


# ---------------------------------------------------------------- LibreOffice
def soffice(src, fmt, outdir, infilter=None):
    os.makedirs(outdir, exist_ok=True)
    extra = [f"--infilter={infilter}"] if infilter else []
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"] + extra + [
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt.split(":")[0])


# ---------------------------------------------------------------- docx helpers
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=9, align=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(0)


def add_page_field(paragraph):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if h > w:
        section.page_width, section.page_height = h, w


def set_columns(section, num, space_cm=1.0):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths_cm):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.append(tcW)
            tcW.set(qn("w:w"), str(int(w * 567)))
            tcW.set(qn("w:type"), "dxa")


def table_borders(table):
    table.style = "Table Grid"


def base_document(font="Arial", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        doc.styles[name].font.name = font
        doc.styles[name].font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
    doc.styles["Heading 2"].font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = Cm(1.8)
        s.bottom_margin = Cm(1.8)
    return doc


# ---------------------------------------------------------------- Nantes (DOCX, Titre 2 par épreuve)
def build_nantes():
    import textes_nantes as T
    doc = base_document("Arial", 10)
    sec = doc.sections[0]
    # en-tête : bloc marque + date à droite par tabulation
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(T.EN_TETE[0] + "\t" + "Division des examens et concours")
    r.bold = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = fp.add_run(T.PIED)
    rr.font.size = Pt(8)
    add_page_field(fp)

    for i, line in enumerate(T.EN_TETE):
        p = doc.add_paragraph()
        run = p.add_run(line)
        run.bold = i in (0, 2)
        run.italic = i == 1
        run.font.size = Pt(12 if i == 0 else 9)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run("\t" + T.LIEU_DATE)
    for line in T.AFFAIRE:
        p = doc.add_paragraph()
        run = p.add_run(line)
        run.font.size = Pt(8)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(8)
    p.add_run(T.EXPEDITEUR).bold = True
    for line in T.DESTINATAIRES:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(8)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(T.OBJET).bold = True
    for ref in T.REFERENCES:
        p = doc.add_paragraph(ref)
        p.paragraph_format.left_indent = Cm(1)
        p.paragraph_format.space_after = Pt(0)
        p.runs[0].font.size = Pt(9)
    doc.add_paragraph()
    doc.add_paragraph(T.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    for titre, ouverture, epreuves, fin in T.SECTIONS:
        doc.add_heading(titre, level=1)
        doc.add_paragraph(ouverture).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for t2, puces, apres in epreuves:
            doc.add_heading(t2, level=2)
            for pu in puces:
                doc.add_paragraph(pu, style="List Bullet")
            if apres:
                doc.add_paragraph(apres).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for para in fin:
            doc.add_paragraph(para).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    doc.add_paragraph()
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)

    # annexes : nouvelle section en paysage
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s2)
    doc.add_heading(T.ANNEXE1_TITRE, level=1)
    tb = doc.add_table(rows=1 + len(T.ANNEXE1_LIGNES) + 1, cols=6)
    table_borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(T.ANNEXE1_ENTETE):
        cell_text(tb.cell(0, j), h, bold=True)
        set_cell_shading(tb.cell(0, j), "D9E2F3")
    for i, ligne in enumerate(T.ANNEXE1_LIGNES, start=1):
        for j, v in enumerate(ligne):
            if v:
                cell_text(tb.cell(i, j), v)
    # E5 fusionnée verticalement sur ses deux sous-épreuves
    m = tb.cell(3, 0).merge(tb.cell(4, 0))
    cell_text(m, "E5\nTechniques immobilières", bold=True)
    last = len(T.ANNEXE1_LIGNES) + 1
    note = tb.cell(last, 0).merge(tb.cell(last, 5))
    cell_text(note, "Nota : " + T.ANNEXE1_NOTE, italic=True, size=8)
    repeat_header(tb.rows[0])

    doc.add_heading(T.ANNEXE2_TITRE, level=1)
    tb = doc.add_table(rows=1 + len(T.ANNEXE2_LIGNES), cols=4)
    table_borders(tb)
    for j, h in enumerate(T.ANNEXE2_ENTETE):
        cell_text(tb.cell(0, j), h, bold=True)
        set_cell_shading(tb.cell(0, j), "D9E2F3")
    for i, ligne in enumerate(T.ANNEXE2_LIGNES, start=1):
        for j, v in enumerate(ligne):
            cell_text(tb.cell(i, j), v)

    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21), Cm(29.7)
    doc.add_heading(T.ANNEXE3_TITRE, level=2)
    for item in T.ANNEXE3_LISTE:
        doc.add_paragraph(item, style="List Number")
    doc.add_heading(T.ANNEXE4_TITRE, level=2)
    for line in T.ANNEXE4_TEXTE:
        doc.add_paragraph(line)

    out = os.path.join(ICI, T.STEM + ".docx")
    doc.save(out)
    pdf = soffice(out, "pdf", TMP)
    shutil.copy(pdf, os.path.join(ICI, T.STEM + ".pdf"))
    return [out, os.path.join(ICI, T.STEM + ".pdf")]


# ---------------------------------------------------------------- Besançon (reportlab, lettre sur deux colonnes)
def build_besancon():
    import textes_besancon as T
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    from reportlab.platypus.doctemplate import NextPageTemplate

    d = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LibSans", d + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-B", d + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LibSerif-B", d + "LiberationSerif-Bold.ttf"))
    W, H = A4
    M = 1.5 * cm
    gap = 0.8 * cm
    colw = (W - 2 * M - gap) / 2
    mast_h = 4.2 * cm
    out = os.path.join(ICI, T.STEM + ".pdf")
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                          title="La Lettre de la DEC n° 58", author="Rectorat de Besançon - DEC")
    body_h1 = H - 2 * M - mast_h - 0.3 * cm
    body_h = H - 2 * M - 0.6 * cm
    f_mast = Frame(M, H - M - mast_h, W - 2 * M, mast_h, id="mast", showBoundary=0)
    f1 = [Frame(M + k * (colw + gap), M + 0.6 * cm, colw, body_h1, id=f"p1c{k}") for k in (0, 1)]
    fN = [Frame(M + k * (colw + gap), M + 0.6 * cm, colw, body_h, id=f"pNc{k}") for k in (0, 1)]

    def decor(canv, doc_):
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#8A1538"))
        canv.setLineWidth(0.6)
        x = M + colw + gap / 2
        top = H - M - (mast_h + 0.3 * cm if doc_.page == 1 else 0.2 * cm)
        canv.line(x, M + 0.6 * cm, x, top)
        canv.setFont("LibSans", 7.5)
        canv.drawCentredString(W / 2, M * 0.6, T.PIED + str(doc_.page))
        canv.restoreState()

    doc.addPageTemplates([PageTemplate(id="une", frames=[f_mast] + f1, onPage=decor),
                          PageTemplate(id="suite", frames=fN, onPage=decor)])
    st_t = ParagraphStyle("t", fontName="LibSerif-B", fontSize=30, leading=34, textColor=colors.HexColor("#8A1538"))
    st_s = ParagraphStyle("s", fontName="LibSans", fontSize=9.5, leading=12)
    st_n = ParagraphStyle("n", fontName="LibSans-B", fontSize=11, leading=14, textColor=colors.white,
                          backColor=colors.HexColor("#8A1538"), borderPadding=(3, 4, 3, 4))
    st_h = ParagraphStyle("h", fontName="LibSans-B", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=3,
                          textColor=colors.HexColor("#8A1538"))
    st_p = ParagraphStyle("p", fontName="LibSans", fontSize=9, leading=11.6, spaceAfter=4, alignment=4)
    st_c = ParagraphStyle("c", fontName="LibSans", fontSize=7.6, leading=9.2)
    st_cb = ParagraphStyle("cb", parent=st_c, fontName="LibSans-B")

    story = [Paragraph(T.BANDEAU_TITRE, st_t), Paragraph(T.BANDEAU_SOUS, st_s), Spacer(1, 6),
             Paragraph(T.BANDEAU_NUMERO, st_n), Spacer(1, 4), Paragraph(T.BANDEAU_DATE, st_s),
             NextPageTemplate("suite"), FrameBreak()]

    def tableau(entete, lignes, widths):
        data = [[Paragraph(h, st_cb) for h in entete]]
        data += [[Paragraph(v.replace("\n", "<br/>"), st_cb if j == 0 else st_c) for j, v in enumerate(l)]
                 for l in lignes]
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCE3")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]))
        return t

    for titre, paras in T.ARTICLES:
        bloc = [Paragraph(titre, st_h)]
        for p in paras:
            if p == "TABLE_JOURS":
                w0 = 1.6 * cm
                bloc.append(tableau(T.JOURS_ENTETE, T.JOURS_LIGNES, [w0] + [(colw - w0) / 3] * 3))
                bloc.append(Spacer(1, 4))
            elif p == "TABLE_CENTRES":
                bloc.append(tableau(T.CENTRES_ENTETE, T.CENTRES_LIGNES, [colw * 0.38, colw * 0.37, colw * 0.25]))
                bloc.append(Spacer(1, 4))
            else:
                bloc.append(Paragraph(p, st_p))
        story.append(KeepTogether(bloc))
    doc.build(story)
    return [out]



# ---------------------------------------------------------------- Martinique (HTML -> PDF)
def build_martinique():
    import textes_martinique as T
    html = os.path.join(ICI, T.STEM + ".html")
    with open(html, "w", encoding="utf-8") as fh:
        fh.write(T.HTML)
    pdf = soffice(html, "pdf:writer_pdf_Export", TMP, infilter="HTML (StarWriter)")
    shutil.copy(pdf, os.path.join(ICI, T.STEM + ".pdf"))
    return [html, os.path.join(ICI, T.STEM + ".pdf")]



# ---------------------------------------------------------------- Clermont-Ferrand (DOCX 2 colonnes -> ODT -> PDF)
def build_clermont():
    import textes_clermont as T
    doc = base_document("Liberation Serif", 10.5)
    sec = doc.sections[0]
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = sec.footer.paragraphs[0].add_run(T.PIED + " – page ")
    r.font.size = Pt(8)
    add_page_field(sec.footer.paragraphs[0])
    # en-tête de lettre : tableau sans bordure à deux cellules
    t = doc.add_table(rows=1, cols=2)
    gauche, droite = t.cell(0, 0), t.cell(0, 1)
    cell_text(gauche, "\n".join(T.EN_TETE_GAUCHE), bold=True, size=11)
    cell_text(droite, "\n".join(T.EN_TETE_DROITE), size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(T.REFERENCE + "\t" + T.LIEU_DATE).font.size = Pt(9.5)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(T.TITRE)
    rr.bold = True
    rr.font.size = Pt(13)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(T.SOUS_TITRE).italic = True
    doc.add_paragraph(T.DESTINATAIRES).runs[0].font.size = Pt(9)

    # corps en deux colonnes : section continue
    s2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(s2, 2, 0.8)
    for titre, paras in T.CORPS:
        h = doc.add_paragraph()
        hr = h.add_run(titre)
        hr.bold = True
        hr.font.size = Pt(11)
        h.paragraph_format.space_before = Pt(6)
        h.paragraph_format.keep_with_next = True
        for para in paras:
            doc.add_paragraph(para).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # signature, consignes puis tableau long : retour à une colonne (section continue)
    s3 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(s3, 1)
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    h = doc.add_paragraph()
    h.add_run(T.CONSIGNES_TITRE).bold = True
    for c in T.CONSIGNES:
        doc.add_paragraph(c, style="List Number")
    p = doc.add_paragraph()
    p.add_run(T.TABLEAU_TITRE).bold = True
    rows = 1 + len(T.ECRITS) * len(T.CENTRES) + len(T.ORAUX)
    tb = doc.add_table(rows=rows, cols=6)
    table_borders(tb)
    for j, h in enumerate(T.TABLEAU_ENTETE):
        cell_text(tb.cell(0, j), h, bold=True, size=9)
        set_cell_shading(tb.cell(0, j), "E4E4E4")
    repeat_header(tb.rows[0])
    i = 1
    for date, ep, heures in T.ECRITS:
        first = i
        for nom, ville, nb in T.CENTRES:
            cell_text(tb.cell(i, 3), nom, size=9)
            cell_text(tb.cell(i, 4), ville, size=9)
            cell_text(tb.cell(i, 5), nb, size=9)
            cant_split(tb.rows[i])
            i += 1
        for j, v in enumerate((date, ep, heures)):
            m = tb.cell(first, j).merge(tb.cell(i - 1, j))
            cell_text(m, v, size=9, bold=(j == 1))
    for ligne in T.ORAUX:
        for j, v in enumerate(ligne):
            cell_text(tb.cell(i, j), v, size=9, bold=(j == 1))
        i += 1
    set_col_widths(tb, (2.2, 4.4, 1.7, 4.8, 2.9, 2.0))
    doc.add_paragraph()
    for n in T.NOTES:
        p = doc.add_paragraph()
        r = p.add_run(n)
        r.font.size = Pt(8.5)
        r.italic = True

    docx_path = os.path.join(ICI, T.STEM + ".docx")
    doc.save(docx_path)
    odt = soffice(docx_path, "odt", TMP)
    odt_path = os.path.join(ICI, T.STEM + ".odt")
    shutil.copy(odt, odt_path)
    pdf = soffice(odt_path, "pdf", os.path.join(TMP, "odt2pdf"))
    shutil.copy(pdf, os.path.join(ICI, T.STEM + ".pdf"))
    return [docx_path, odt_path, os.path.join(ICI, T.STEM + ".pdf")]



# ---------------------------------------------------------------- Note nationale (DOCX paysage, horaires par territoire)
def build_national():
    import textes_national as T
    doc = base_document("Arial", 10)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run(T.PIED + "\t")
    r.font.size = Pt(8)
    add_page_field(fp)
    hp = sec.header.paragraphs[0]
    hp.add_run("RÉPUBLIQUE FRANÇAISE").font.size = Pt(8)
    for i, line in enumerate(T.EN_TETE):
        p = doc.add_paragraph()
        run = p.add_run(line)
        run.bold = i < 2
        run.font.size = Pt(10 if i < 2 else 8.5)
        p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.add_run(T.REFERENCE + "\t" + T.LIEU_DATE).font.size = Pt(9)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(T.TITRE)
    rr.bold = True
    rr.font.size = Pt(12)
    p = doc.add_paragraph()
    p.add_run("Destinataires :").bold = True
    for d in T.DESTINATAIRES:
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph(T.INTRO).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for titre, texte in T.POINTS:
        p = doc.add_paragraph(style="List Number")
        p.add_run(titre).bold = True
        doc.add_paragraph(texte).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for line in T.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9)
        p.paragraph_format.space_after = Pt(0)

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s2)
    s2.left_margin = s2.right_margin = Cm(1.5)
    doc.add_heading(T.ANNEXE_TITRE, level=2)
    n_t = len(T.TERRITOIRES)
    cols = 4 + n_t
    rows = 2 + len(T.LIGNES) + 1 + 1
    tb = doc.add_table(rows=rows, cols=cols)
    table_borders(tb)
    heads = ["Épreuve", "Intitulé", "Date", "Durée"]
    for j, h in enumerate(heads):
        m = tb.cell(0, j).merge(tb.cell(1, j))
        cell_text(m, h, bold=True, size=8.5)
        set_cell_shading(m, "DDE4EE")
    m = tb.cell(0, 4).merge(tb.cell(0, cols - 1))
    cell_text(m, "Horaires (heure locale de chaque territoire)", bold=True, size=8.5,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    set_cell_shading(m, "DDE4EE")
    for k, t in enumerate(T.TERRITOIRES):
        cell_text(tb.cell(1, 4 + k), t, bold=True, size=8)
        set_cell_shading(tb.cell(1, 4 + k), "EEF2F7")
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    i = 2
    for code, intit, date, duree, horaires in T.LIGNES:
        for j, v in enumerate([code, intit, date, duree] + horaires):
            cell_text(tb.cell(i, j), v, size=8.5, bold=(j == 0))
        i += 1
    code, intit, note = T.LIGNE_E5B
    cell_text(tb.cell(i, 0), code, size=8.5, bold=True)
    cell_text(tb.cell(i, 1), intit, size=8.5)
    m = tb.cell(i, 2).merge(tb.cell(i, cols - 1))
    cell_text(m, note, size=8.5, italic=True)
    i += 1
    m = tb.cell(i, 0).merge(tb.cell(i, cols - 1))
    cell_text(m, T.NOTE_TABLEAU, size=8, italic=True)
    set_col_widths(tb, (1.3, 4.4, 2.8, 1.3) + (2.35,) * n_t)

    out = os.path.join(ICI, T.STEM + ".docx")
    doc.save(out)
    pdf = soffice(out, "pdf", TMP)
    shutil.copy(pdf, os.path.join(ICI, T.STEM + ".pdf"))
    return [out, os.path.join(ICI, T.STEM + ".pdf")]



# ---------------------------------------------------------------- scans (images seules, sans couche texte)
def _pages(pdf, dpi, gray, prefix):
    import glob
    from PIL import Image
    for f in glob.glob(prefix + "-*"):
        os.remove(f)
    cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + [pdf, prefix]
    subprocess.run(cmd, check=True)
    return [Image.open(f) for f in sorted(glob.glob(prefix + "-*.png"))]


def _save_pdf(images, out, dpi):
    first, rest = images[0], images[1:]
    first.save(out, "PDF", save_all=True, append_images=rest, resolution=dpi)


def scan_flatbed(src_pdf, out_pdf, dpi=200, seed=7):
    """Scanner à plat : 200 dpi, niveaux de gris, légère rotation, bruit, bord de vitre assombri, JPEG."""
    import io
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(seed)
    pages = []
    for k, im in enumerate(_pages(src_pdf, dpi, True, os.path.join(TMP, "flat"))):
        angle = [0.55, -0.4, 0.7, -0.25, 0.35][k % 5]
        im = im.convert("L").rotate(angle, resample=Image.BICUBIC, fillcolor=250, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.55))
        a = np.asarray(im).astype(np.float32)
        a = 235 * (a / 255.0) ** 1.15 + 8               # papier légèrement gris, encre moins noire
        a += rng.normal(0, 6.0, a.shape)                # bruit de capteur
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55                  # ombre du bord de vitre à gauche
        a[: int(h * 0.006), :] *= 0.7
        speck = rng.random(a.shape) < 0.00025           # poussières
        a[speck] = 40
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=70)
        pages.append(Image.open(io.BytesIO(buf.getvalue())))
    _save_pdf(pages, out_pdf, dpi)
    return out_pdf


def _perspective_coeffs(dst, src):
    import numpy as np
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(np.array(m, dtype=float), b).tolist()


def scan_phone(src_pdf, out_pdf, dpi=110, seed=11):
    """Photo au téléphone sous une lampe de bureau : perspective, bureau en bois, lumière chaude
    en tache décentrée, vignettage, flou léger, bruit, JPEG."""
    import io
    import numpy as np
    from PIL import Image, ImageFilter
    rng = np.random.default_rng(seed)
    out_pages = []
    for k, page in enumerate(_pages(src_pdf, dpi, False, os.path.join(TMP, "phone"))):
        page = page.convert("RGB")
        pw, ph = page.size
        W, H = int(pw * 1.25), int(ph * 1.2)
        # bureau : bois sombre avec veinage
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        grain = 0.5 + 0.5 * np.sin(xx / 9.0 + 3 * np.sin(yy / 70.0))
        desk = np.stack([95 + 25 * grain, 62 + 15 * grain, 38 + 8 * grain], axis=-1)
        canvas = Image.fromarray(desk.astype(np.uint8), "RGB")
        # coins de la feuille dans la photo (trapèze : pris d'en haut, un peu de biais)
        j = [(-1) ** k * 0.01, 0.0]
        dst = [(W * (0.13 + j[0]), H * 0.07), (W * 0.88, H * (0.05 + j[0])),
               (W * 0.93, H * 0.95), (W * 0.07, H * 0.93)]
        src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
        coeffs = _perspective_coeffs(dst, src)
        warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
        mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
        # ombre portée de la feuille
        shadow = mask.filter(ImageFilter.GaussianBlur(12))
        a = np.asarray(canvas).astype(np.float32)
        a *= (1 - 0.35 * (np.asarray(shadow, dtype=np.float32) / 255.0))[..., None]
        canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        canvas.paste(warped, (0, 0), mask)
        # lampe : tache lumineuse chaude en haut à gauche, assombrissement vers le bas à droite
        a = np.asarray(canvas).astype(np.float32)
        cx, cy = W * 0.28, H * 0.18
        d = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
        light = 1.18 - 0.95 * d ** 1.3
        light = np.clip(light, 0.38, 1.15)
        tint = np.stack([light * 1.04, light * 0.97, light * 0.80], axis=-1)
        a = a * tint
        a += rng.normal(0, 5.0, a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
        img = img.filter(ImageFilter.GaussianBlur(0.8)).rotate(-1.2, resample=Image.BICUBIC, fillcolor=(60, 40, 25))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=62)
        out_pages.append(Image.open(io.BytesIO(buf.getvalue())))
    _save_pdf(out_pages, out_pdf, dpi)
    return out_pdf


def build_scans():
    a = scan_flatbed(os.path.join(ICI, "circulaire_pi_2027_nantes.pdf"),
                     os.path.join(ICI, "circulaire_pi_2027_nantes_scan.pdf"))
    b = scan_phone(os.path.join(ICI, "circulaire_sam_2028_clermont-ferrand.pdf"),
                   os.path.join(ICI, "circulaire_sam_2028_clermont-ferrand_scan.pdf"))
    return [a, b]


BUILDERS = {"national": build_national, "clermont": build_clermont, "martinique": build_martinique, "nantes": build_nantes, "besancon": build_besancon}

BUILDERS["scans"] = build_scans  # après les documents dont ils dépendent

if __name__ == "__main__":
    names = sys.argv[1:] or list(BUILDERS)
    for n in names:
        for f in BUILDERS[n]():
            print("écrit", os.path.relpath(f, ICI))
