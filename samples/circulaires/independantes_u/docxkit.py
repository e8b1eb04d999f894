"""Small python-docx helpers for the independantes_u corpus (no project code).

Real Word features used by the builders: automatic heading numbering (numbering part, w:numPr),
merged cells, repeated header rows (w:tblHeader), sections (portrait/landscape, 1 or 2 text columns),
headers/footers with PAGE/NUMPAGES fields, tab stops, bullet lists, cell shading.
"""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_document(font="Liberation Sans", size=10):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.8)
    return doc


def add_numbering(doc, fmt="upperRoman", text="%1.", indent_cm=0.9):
    """Create an abstract numbering + num; return the numId to put on headings."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id, num_id = max(abs_ids + [0]) + 1, max(num_ids + [0]) + 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(indent_cm * 567)))
    ind.set(qn("w:hanging"), str(int(indent_cm * 567)))
    ppr.append(ind)
    lvl.append(ppr)
    a.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abs_id))
    n.append(ref)
    numbering.append(n)
    return num_id


def numbered_heading(doc, text, num_id, size=11, color=(0x1F, 0x3A, 0x68)):
    """Heading in capitals whose number comes from Word's automatic numbering."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(*color)
    return p


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, space_after=None):
    p = doc_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_runs(p, text, bold=False, italic=False, size=None):
    """'**x**' marks bold spans inside text."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def bullet(doc, text, style="List Bullet"):
    p = doc.add_paragraph(style=style)
    add_runs(p, text)
    return p


def cell_text(cell, text, bold=False, size=9, align=None, italic=False):
    """Replace the cell content; '\n' gives separate paragraphs (address lines)."""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        add_runs(p, line, bold=bold, size=size, italic=italic)
        p.paragraph_format.space_after = Pt(0)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return cell


def shade(cell, hex_fill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trpr.append(e)


def table(doc, header, rows, widths_cm=None, style="Table Grid", size=9, header_fill="D9E2F3"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, bold=True, size=size, align="center")
        shade(t.rows[0].cells[j], header_fill)
    repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.rows[i].cells[j], val, size=size)
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    return t


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def set_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w


def set_columns(section, n, space_cm=1.0):
    sectpr = section._sectPr
    cols = sectpr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectpr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def new_section(doc, kind="new_page"):
    start = {"new_page": WD_SECTION.NEW_PAGE, "continuous": WD_SECTION.CONTINUOUS}[kind]
    return doc.add_section(start)


def _field(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for x in (b, i, s, t, e):
        run._r.append(x)


def header_footer(section, header_left, header_right, footer_text, size=8):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    width = section.page_width - section.left_margin - section.right_margin
    r = hp.add_run(header_left)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    hp2 = section.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run(header_right)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r0 = fp.add_run(footer_text)
    r0.font.size = Pt(size)
    fp = section.footer.add_paragraph()
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("page ")
    r.font.size = Pt(size)
    r2 = fp.add_run()
    r2.font.size = Pt(size)
    _field(r2, "PAGE")
    r3 = fp.add_run(" / ")
    r3.font.size = Pt(size)
    r4 = fp.add_run()
    r4.font.size = Pt(size)
    _field(r4, "NUMPAGES")


def tab_line(doc, text, stops_cm, size=None, bold_first=False):
    """A paragraph laid out with left tab stops (e.g. 'Étape 1<TAB>date<TAB>text')."""
    p = doc.add_paragraph()
    for s in stops_cm:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(s))
    if stops_cm:
        p.paragraph_format.left_indent = Cm(stops_cm[-1])
        p.paragraph_format.first_line_indent = -Cm(stops_cm[-1])
    parts = text.split("\t")
    for i, part in enumerate(parts):
        r = p.add_run(part + ("\t" if i < len(parts) - 1 else ""))
        r.bold = bold_first and i == 0
        if size:
            r.font.size = Pt(size)
    return p
