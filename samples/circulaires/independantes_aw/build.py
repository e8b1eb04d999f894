#!/usr/bin/env python3
"""Build the independantes_aw corpus. Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp).
Theme: Word/ODF automatic features whose visible text is not in the runs (list numbering producing the codes,
numbered heading styles, manual line breaks / tab stops / bullet lists inside cells, fields with cached results,
a TOC field) and the LibreOffice PDF of each document, where the numbering is visible."""
import datetime, os, random, shutil, subprocess, tempfile, zipfile
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageFilter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

import textes_rennes as TR
import textes_lille as TL
import textes_dijon as TD
import textes_fed as TF
import textes_toulouse as TT

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_aw"
random.seed(11)
W = nsdecls("w")


# ------------------------------------------------------------------ docx helpers
def base_doc(created):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Liberation Sans"; st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]; hs.font.name = "Liberation Sans"; hs.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        hs.font.size = Pt(12 if name == "Heading 1" else 10.5)
        hs.element.rPr.find(qn("w:rFonts")).set(qn("w:asciiTheme"), "") if False else None
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    doc.core_properties.created = created
    doc.core_properties.modified = created
    doc.core_properties.author = "DEC"
    return doc


def _ids(doc):
    numbering = doc.part.numbering_part.element
    ab = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    nu = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    return numbering, max(ab + [40]) + 1, max(nu + [40]) + 1


def add_numbering(doc, levels):
    """levels: list of dicts fmt, text, left, hanging (twips), suff, start, pstyle, bold. Returns (abstractId, numId)."""
    numbering, aid, nid = _ids(doc)
    xml = [f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>']
    for i, lv in enumerate(levels):
        xml.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="{lv.get("start", 1)}"/><w:numFmt w:val="{lv["fmt"]}"/>')
        if lv.get("pstyle"):
            xml.append(f'<w:pStyle w:val="{lv["pstyle"]}"/>')
        xml.append(f'<w:suff w:val="{lv.get("suff", "space")}"/><w:lvlText w:val="{escape(lv["text"])}"/>'
                   f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{lv.get("left", 720)}" w:hanging="{lv.get("hanging", 360)}"/></w:pPr>')
        rpr = "<w:b/>" if lv.get("bold") else ""
        xml.append(f'<w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/>{rpr}</w:rPr></w:lvl>')
    xml.append("</w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    el = parse_xml("".join(xml))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return aid, nid


def add_num_instance(doc, aid, start0=None):
    numbering, _, nid = _ids(doc)
    over = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start0}"/></w:lvlOverride>' if start0 else ""
    numbering.append(parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>'))
    return nid


def set_num(par, nid, ilvl=0):
    pPr = par._p.get_or_add_pPr()
    pPr.insert(1 if pPr.find(qn("w:pStyle")) is not None else 0,
               parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>'))


def style_numbering(doc, style_name, nid, ilvl):
    """Attach the numbering to the heading style itself (Word: « titres numérotés »)."""
    pPr = doc.styles[style_name].element.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{nid}"/></w:numPr>'))


def add_field(par, instr, result, bold=False):
    """Complex field: begin / instrText / separate / cached result / end."""
    p = par._p
    p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    b = "<w:rPr><w:b/></w:rPr>" if bold else ""
    p.append(parse_xml(f'<w:r {W}>{b}<w:t xml:space="preserve">{escape(result)}</w:t></w:r>'))
    p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def run(par, text, bold=False, italic=False, size=None):
    r = par.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return r


def lines_par(container_par, lines, bold_first=False, size=None):
    for i, line in enumerate(lines):
        r = run(container_par, line, bold=bold_first and i == 0, size=size)
        if i < len(lines) - 1:
            r.add_break()


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_widths(table, widths_cm):
    table.autofit = False
    tw = [int(w * 567) for w in widths_cm]
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, tw):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:type"), "dxa"); tcW.set(qn("w:w"), str(w))


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W} w:val="true"/>'))


def to_pdf(src):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, src], check=True, capture_output=True, timeout=180)


# ------------------------------------------------------------------ A. Rennes CG 2027
def build_rennes():
    doc = base_doc(datetime.datetime(2027, 1, 18, 10, 0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; lines_par(hp, TR.EN_TETE, bold_first=True, size=9)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(fp, TR.PIED, size=7.5)
    # numbered heading styles: I. / A.
    _, nh = add_numbering(doc, [dict(fmt="upperRoman", text="%1.", left=567, hanging=567, suff="tab", pstyle="Heading1"),
                                dict(fmt="upperLetter", text="%2.", left=1134, hanging=567, suff="tab", pstyle="Heading2")])
    style_numbering(doc, "Heading 1", nh, 0); style_numbering(doc, "Heading 2", nh, 1)
    # épreuves: « Épreuve E%1 – » / « E%1%2 – »
    _, ne = add_numbering(doc, [dict(fmt="decimal", text="Épreuve E%1 –", left=1701, hanging=1701, bold=True),
                                dict(fmt="decimal", text="E%1%2 –", left=2552, hanging=851, bold=True)])
    _, nb = add_numbering(doc, [dict(fmt="bullet", text="–", left=1134, hanging=360)])

    p = doc.add_paragraph(TR.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); run(p, TR.AFFAIRE, size=8, italic=True)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8); lines_par(p, TR.DESTINATAIRES.split("\n"), size=9.5)
    p = doc.add_paragraph(); run(p, TR.OBJET, bold=True)
    p = doc.add_paragraph(); run(p, TR.REFERENCE, italic=True, size=9)
    doc.add_paragraph(TR.INTRO)

    doc.add_heading(TR.H_CONVOC, level=1); doc.add_paragraph(TR.CONVOC)
    doc.add_heading(TR.H_ECRITS, level=1); doc.add_paragraph(TR.ECRITS_INTRO)
    for lvl, titre, ligne in TR.EPREUVES:
        p = doc.add_paragraph(); set_num(p, ne, lvl); p.paragraph_format.space_after = Pt(3)
        r = run(p, titre, bold=ligne is not None and lvl == 0)
        if ligne:
            r.add_break()          # Shift+Entrée : la date et l'horaire passent à la ligne
            run(p, ligne, italic=True)
    p = doc.add_paragraph(); run(p, TR.FERIES, size=9, italic=True)
    doc.add_heading(TR.H_CORR, level=1)
    for t in TR.CORR:
        p = doc.add_paragraph(t); set_num(p, nb)
    doc.add_heading(TR.H_E6, level=1)
    doc.add_heading(TR.H_E6_DEPOT, level=2); doc.add_paragraph(TR.E6_DEPOT)
    doc.add_heading(TR.H_E6_CONF, level=2); doc.add_paragraph(TR.E6_CONF)
    doc.add_heading(TR.H_E6_ORAL, level=2); doc.add_paragraph(TR.E6_ORAL)
    for t in TR.CENTRES_E6:
        p = doc.add_paragraph(t); set_num(p, nb)
    doc.add_heading(TR.H_LIVRETS, level=1); doc.add_paragraph(TR.LIVRETS)
    doc.add_heading(TR.H_JURY, level=1); doc.add_paragraph(TR.JURY)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(18)
    lines_par(p, TR.SIGNATURE)
    out = P("circulaire_cg_2027_rennes.docx"); doc.save(out); to_pdf(out)


# ------------------------------------------------------------------ B. Lille CRSA 2026
def add_docvar(doc, name, value):
    st = doc.settings.element
    dv = parse_xml(f'<w:docVars {W}><w:docVar w:name="{name}" w:val="{escape(value)}"/></w:docVars>')
    for tag in ("w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
                "w:doNotIncludeSubdocsInStats", "w:shapeDefaults", "w:decimalSymbol", "w:listSeparator"):
        ns_tag = qn(tag) if not tag.startswith("m:") else "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"
        el = st.find(ns_tag)
        if el is not None:
            el.addprevious(dv); return
    st.append(dv)


def build_lille():
    doc = base_doc(datetime.datetime(2026, 1, 20, 8, 30))
    st = doc.styles["Normal"]; st.font.size = Pt(9.5)
    add_docvar(doc, "DateLimiteDepot", TL.DEPOT_CHAMP)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; lines_par(hp, TL.EN_TETE.split("\n"), bold_first=True, size=8.5)
    _, nb = add_numbering(doc, [dict(fmt="bullet", text="•", left=227, hanging=170)])

    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(p, TL.LIEU)
    add_field(p, 'CREATEDATE \\@ "d MMMM yyyy" \\* MERGEFORMAT', TL.DATE_CHAMP)
    p = doc.add_paragraph(); lines_par(p, TL.AFFAIRE.split("\n"), size=8)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(8); lines_par(p, TL.DESTINATAIRES.split("\n"))
    p = doc.add_paragraph(); run(p, TL.OBJET, bold=True)
    doc.add_paragraph(TL.INTRO)
    p = doc.add_paragraph(); run(p, TL.TAB_TITRE, bold=True, size=11); p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    widths = [1.8, 3.9, 6.8, 4.5]
    table = doc.add_table(rows=1 + len(TL.LIGNES), cols=4); table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, TL.ENTETES):
        c.text = ""; run(c.paragraphs[0], h, bold=True, size=9); cell_shade(c, "D9E2F3")
    repeat_header(table.rows[0])

    def fill(cell, spec):
        par = cell.paragraphs[0]
        kind = spec[0]
        if kind == "texte":
            run(par, spec[1], italic=True, size=9)
        elif kind == "br":
            r = run(par, spec[1], size=9); r.add_break(); run(par, spec[2], size=9)
        elif kind == "tab":
            par.paragraph_format.tab_stops.add_tab_stop(Cm(3.5), WD_TAB_ALIGNMENT.LEFT)
            run(par, spec[1] + "\t" + spec[2], size=9)
        elif kind == "puces":
            for i, item in enumerate(spec[1]):
                q = par if i == 0 else cell.add_paragraph()
                set_num(q, nb); q.paragraph_format.space_after = Pt(1)
                if "{DEPOT}" in item:
                    before, after = item.split("{DEPOT}")
                    run(q, before, size=9)
                    add_field(q, "DOCVARIABLE DateLimiteDepot \\* MERGEFORMAT", TL.DEPOT_CHAMP)
                    run(q, after, size=9)
                else:
                    run(q, item, size=9)

    for row, (code, titre, date, centres) in zip(table.rows[1:], TL.LIGNES):
        cells = row.cells
        run(cells[0].paragraphs[0], code, bold=True, size=9)
        run(cells[1].paragraphs[0], titre, size=9)
        fill(cells[2], date); fill(cells[3], centres)
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {W} w:val="true"/>'))
    set_widths(table, widths)
    # font size of field results in the table
    for r in table._tbl.iter(qn("w:r")):
        rPr = r.find(qn("w:rPr"))
        if rPr is None:
            rPr = OxmlElement("w:rPr"); r.insert(0, rPr)
        if rPr.find(qn("w:sz")) is None:
            rPr.append(parse_xml(f'<w:sz {W} w:val="18"/>'))
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(6); run(p, TL.NOTE_FERIE, italic=True, size=8.5)
    doc.add_paragraph(TL.DEPOT_TXT)
    doc.add_paragraph(TL.JURY)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(10); p.paragraph_format.space_before = Pt(14)
    lines_par(p, TL.SIGNATURE.split("\n"))
    out = P("circulaire_crsa_2026_lille.docx"); doc.save(out); to_pdf(out)


# ------------------------------------------------------------------ C. Dijon PI 2025
def build_dijon():
    doc = base_doc(datetime.datetime(2025, 1, 28, 9, 0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; run(hp, TD.EN_TETE, bold=True, size=9); hp.add_run().add_break(); run(hp, TD.SERVICE, size=8.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; run(fp, "DEC – BTS PI 2025", size=7.5)
    _, nh = add_numbering(doc, [dict(fmt="decimal", text="Article %1 –", left=0, hanging=0, suff="space", pstyle="Heading1")])
    style_numbering(doc, "Heading 1", nh, 0)
    aid, n1 = add_numbering(doc, [dict(fmt="decimal", text="Épreuve E%1 –", left=1701, hanging=1701, bold=True),
                                  dict(fmt="decimal", text="E%1%2 –", left=2410, hanging=709, bold=True)])
    n2 = add_num_instance(doc, aid, start0=5)   # reprend à E5
    n3 = add_num_instance(doc, aid, start0=4)   # E4
    n4 = add_num_instance(doc, aid, start0=7)   # E7
    _, nb = add_numbering(doc, [dict(fmt="bullet", text="▪", left=851, hanging=284)])

    p = doc.add_paragraph(TD.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, TD.OBJET, bold=True, size=11)
    for v in TD.VISAS:
        p = doc.add_paragraph(); run(p, v, italic=True, size=9)

    def liste(items, nid):
        for lvl, t in items:
            p = doc.add_paragraph(); set_num(p, nid, lvl); run(p, t)

    doc.add_heading(TD.A_OBJET, level=1); doc.add_paragraph(TD.OBJET_TXT)
    doc.add_heading(TD.A_ECRITS, level=1); doc.add_paragraph(TD.ECRITS_TXT)
    liste(TD.LISTE1, n1)
    p = doc.add_paragraph(); run(p, TD.ENTRE, italic=True)
    liste(TD.LISTE2, n2)
    p = doc.add_paragraph(); run(p, TD.ASCENSION, size=9)
    doc.add_heading(TD.A_ORAUX, level=1)
    liste(TD.LISTE3, n3); liste(TD.LISTE4, n4)
    doc.add_heading(TD.A_DOSSIERS, level=1)
    for t in TD.DOSSIERS:
        p = doc.add_paragraph(t); set_num(p, nb)
    doc.add_heading(TD.A_CENTRES, level=1)
    for t in TD.CENTRES:
        p = doc.add_paragraph(t); set_num(p, nb)
    doc.add_heading(TD.A_JURY, level=1); doc.add_paragraph(TD.JURY)
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(16)
    lines_par(p, TD.SIGNATURE.split("\n"))
    out = P("circulaire_pi_2025_dijon.docx"); doc.save(out); to_pdf(out)


# ------------------------------------------------------------------ D. Note nationale FED 2029
def build_fed():
    doc = base_doc(datetime.datetime(2028, 12, 5, 11, 0))
    _, nh = add_numbering(doc, [dict(fmt="decimal", text="%1.", left=567, hanging=567, suff="tab", pstyle="Heading1"),
                                dict(fmt="decimal", text="%1.%2.", left=851, hanging=851, suff="tab", pstyle="Heading2")])
    style_numbering(doc, "Heading 1", nh, 0); style_numbering(doc, "Heading 2", nh, 1)
    _, nc = add_numbering(doc, [dict(fmt="decimal", text="E%1", left=0, hanging=0, suff="nothing", bold=True),
                                dict(fmt="decimal", text="E%1%2", left=284, hanging=0, suff="nothing", bold=True)])
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(fp, "Note nationale BTS FED – session 2029", size=7.5)

    p = doc.add_paragraph(); lines_par(p, TF.EMETTEUR, bold_first=True, size=9)
    p = doc.add_paragraph(TF.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_before = Pt(30)
    for i, line in enumerate(TF.TITRE.split("\n")):
        r = run(p, line, bold=True, size=16 if i == 1 else 13)
        if i < 2:
            r.add_break()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run(p, TF.REFS, italic=True, size=9)
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(24); run(p, TF.SOMMAIRE, bold=True, size=12)

    # TOC field: cached result = one paragraph per heading, text « 1.⇥Titre⇥page »
    entries = []
    for i, h in enumerate(TF.H1, 1):
        entries.append((0, f"{i}.", h, TF.TOC_PAGES[str(i)]))
        for j, h2 in enumerate(TF.H2.get(i, []), 1):
            entries.append((1, f"{i}.{j}.", h2, TF.TOC_PAGES[f"{i}.{j}"]))
    for k, (lvl, num, titre, page) in enumerate(entries):
        par = doc.add_paragraph()
        pf = par.paragraph_format; pf.left_indent = Cm(0.6 * lvl); pf.space_after = Pt(2)
        pf.tab_stops.add_tab_stop(Cm(1.2 + 0.6 * lvl))
        pf.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if k == 0:
            par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
            par._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'))
            par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
        run(par, f"{num}\t{titre}\t{page}")
        if k == len(entries) - 1:
            par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))
    doc.add_page_break()

    doc.add_heading(TF.H1[0], level=1); doc.add_paragraph(TF.CHAMP)
    doc.add_heading(TF.H1[1], level=1); doc.add_paragraph(TF.CAL_INTRO)
    table = doc.add_table(rows=1 + len(TF.CAL), cols=4); table.style = "Table Grid"
    for c, h in zip(table.rows[0].cells, TF.CAL_ENTETES):
        c.text = ""; run(c.paragraphs[0], h, bold=True, size=9); cell_shade(c, "E2EFD9")
    repeat_header(table.rows[0])
    for row, (lvl, titre, date, heure) in zip(table.rows[1:], TF.CAL):
        c = row.cells
        set_num(c[0].paragraphs[0], nc, lvl)          # the code is the list number, the cell has no text
        run(c[1].paragraphs[0], titre, bold=lvl == 0, size=9)
        run(c[2].paragraphs[0], date, size=9); run(c[3].paragraphs[0], heure, size=9)
        if lvl == 0 and not date:
            for cc in c:
                cell_shade(cc, "F2F2F2")
    set_widths(table, [1.9, 7.2, 4.1, 3.8])
    doc.add_heading(TF.H2[2][0], level=2); doc.add_paragraph(TF.HORAIRES)
    doc.add_heading(TF.H2[2][1], level=2); doc.add_paragraph(TF.FERIES)
    doc.add_page_break()
    doc.add_heading(TF.H1[2], level=1)
    doc.add_heading(TF.H2[3][0], level=2); doc.add_paragraph(TF.DEPOT)
    doc.add_heading(TF.H2[3][1], level=2); doc.add_paragraph(TF.ORAUX)
    doc.add_heading(TF.H1[3], level=1)
    for t in TF.REUNIONS:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading(TF.H1[4], level=1)
    for t in TF.FIN:
        doc.add_paragraph(t, style="List Bullet")
    p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_before = Pt(16)
    lines_par(p, TF.SIGNATURE.split("\n"))
    out = P("note_nationale_fed_2029.docx"); doc.save(out); to_pdf(out)


# ------------------------------------------------------------------ E. Toulouse Tourisme 2028 (ODT by hand)
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _lvl_props(indent_cm, label_cm):
    return ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            f'<style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="-{label_cm}cm" '
            f'fo:margin-left="{indent_cm}cm"/></style:list-level-properties>')


def build_toulouse():
    styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODF_NS}>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:margin-bottom="0.15cm"/></style:style>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold" fo:color="#7b1e3a"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="12.5pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:text-properties fo:font-size="10.5pt" fo:font-style="italic"/></style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=".">{_lvl_props(0.8, 0.8)}</text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2">{_lvl_props(1.2, 1.2)}</text:outline-level-style>
  <text:outline-level-style text:level="3" style:num-format="">{_lvl_props(0, 0)}</text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="LEpreuves">
  <text:list-level-style-number text:level="1" style:num-prefix="Épreuve E" style:num-suffix=" –" style:num-format="1">{_lvl_props(2.6, 2.6)}</text:list-level-style-number>
  <text:list-level-style-number text:level="2" style:num-prefix="E" style:num-suffix=" –" style:num-format="1" text:display-levels="2">{_lvl_props(4.2, 1.6)}</text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="LTirets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="–">{_lvl_props(1.2, 0.5)}</text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>'''
    e = escape

    def par(text, style="Text_20_body"):
        return f'<text:p text:style-name="{style}">{e(text)}</text:p>'

    def h(text, level):
        return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{e(text)}</text:h>'

    body = []
    body.append('<text:p text:style-name="PEntete">' + "<text:line-break/>".join(e(x) for x in TT.EN_TETE) + "</text:p>")
    body.append(par(TT.LIEU_DATE, "PDroite"))
    body.append(par(TT.DEST, "PDest"))
    body.append(par(TT.OBJET, "PObjet"))
    body.append(par(TT.INTRO))
    body.append(h(TT.H1_EPREUVES, 1))
    body.append(par(TT.EP_INTRO))
    # nested list: level-2 items live inside the previous level-1 item
    xml = ['<text:list text:style-name="LEpreuves">']
    open_sub = False
    for i, (lvl, t) in enumerate(TT.EPREUVES):
        if lvl == 1:
            if open_sub:
                xml.append("</text:list>"); open_sub = False
            if i:
                xml.append("</text:list-item>")
            xml.append(f'<text:list-item>{par(t, "PListe")}')
        else:
            if not open_sub:
                xml.append("<text:list>"); open_sub = True
            xml.append(f'<text:list-item>{par(t, "PListe")}</text:list-item>')
    if open_sub:
        xml.append("</text:list>")
    xml.append("</text:list-item></text:list>")
    body.append("".join(xml))
    body.append(par(TT.FACULT))
    body.append(h(TT.H2_ENTENTE, 2)); body.append(par(TT.ENTENTE)); body.append(par(TT.FERIES, "PNote"))
    body.append(h(TT.H1_ORAUX, 1))
    body.append(h(TT.H2_DEPOT, 2)); body.append(par(TT.DEPOT))
    body.append(h(TT.H2_INTERRO, 2))
    body.append('<text:list text:style-name="LTirets">' + "".join(f"<text:list-item>{par(t, 'PListe')}</text:list-item>" for t in TT.INTERRO) + "</text:list>")
    body.append(par(TT.CENTRES_TXT))
    body.append('<text:list text:style-name="LTirets">' + "".join(f"<text:list-item>{par(t, 'PListe')}</text:list-item>" for t in TT.CENTRES) + "</text:list>")
    body.append(h(TT.H1_JURY, 1)); body.append(par(TT.JURY))
    body.append('<text:p text:style-name="PSignature">' + "<text:line-break/>".join(e(x) for x in TT.SIGNATURE) + "</text:p>")

    content = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODF_NS}>
<office:automatic-styles>
 <style:style style:name="PEntete" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" fo:font-weight="bold" fo:color="#444444"/></style:style>
 <style:style style:name="PDroite" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end" fo:margin-top="0.4cm"/></style:style>
 <style:style style:name="PDest" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="8cm" fo:margin-top="0.3cm" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="PObjet" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="PListe" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="LEpreuves"><style:paragraph-properties fo:margin-bottom="0.12cm"/></style:style>
 <style:style style:name="PNote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="PSignature" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="9cm" fo:margin-top="0.6cm"/></style:style>
</office:automatic-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document-content>'''
    meta = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODF_NS}><office:meta><meta:creation-date>2028-01-24T09:00:00</meta:creation-date><dc:title>BTS Tourisme session 2028</dc:title></office:meta></office:document-meta>'''
    manifest = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>'''
    out = P("circulaire_tourisme_2028_toulouse.odt")
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    to_pdf(out)


# ------------------------------------------------------------------ scan of the Lille PDF (image only)
def build_scan():
    src = P("circulaire_crsa_2026_lille.pdf")
    tmp = tempfile.mkdtemp(prefix="aw_scan_")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", src, os.path.join(tmp, "p")], check=True)
    pages = []
    rng = np.random.default_rng(5)
    for f in sorted(os.listdir(tmp)):
        im = Image.open(os.path.join(tmp, f)).convert("L")
        im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=245)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.9 + 18                                   # greyish paper, less contrast
        a += rng.normal(0, 7, a.shape)                     # sensor noise
        h, w = a.shape
        a[:, : int(w * 0.012)] *= 0.55                     # dark band at the binding edge
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
        pages.append(im)
    out = P("circulaire_crsa_2026_lille_scan.pdf")
    buf = os.path.join(tmp, "first.jpg")
    jpgs = []
    for i, im in enumerate(pages):
        pth = os.path.join(tmp, f"s{i}.jpg"); im.save(pth, "JPEG", quality=68, dpi=(200, 200)); jpgs.append(Image.open(pth))
    jpgs[0].save(out, "PDF", resolution=200.0, save_all=True, append_images=jpgs[1:])
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    build_rennes()
    build_lille()
    build_dijon()
    build_fed()
    build_toulouse()
    build_scan()
    for f in sorted(os.listdir(HERE)):
        if f.endswith((".pdf", ".docx", ".odt")):
            print(f"{os.path.getsize(P(f)):>9}  {f}")
