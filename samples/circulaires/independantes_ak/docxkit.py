"""Small python-docx helpers shared by build.py: a document is a list of blocks (tuples)."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def _field(par, instr, placeholder="1", size=None):
    r = par.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve"); el.text = f" {instr} "
        r._r.append(el)
    r2 = par.add_run(placeholder)
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end"); r2._r.append(end)
    if size:
        r.font.size = r2.font.size = Pt(size)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _cell(cell, text, size, bold=False, align=None):
    cell.text = ""
    paras = text.split("\n\n")
    for pi, ptxt in enumerate(paras):
        par = cell.paragraphs[0] if pi == 0 else cell.add_paragraph()
        par.paragraph_format.space_after = Pt(1)
        lines = ptxt.split("\n")
        for i, line in enumerate(lines):
            b = bold
            if line.startswith("**") and line.endswith("**"):
                line, b = line[2:-2], True
            run = par.add_run(line); run.bold = b; run.font.size = Pt(size)
            if i < len(lines) - 1:
                run.add_break()
        if align is not None:
            par.alignment = align


def _borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def _widths(table, widths_cm):
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


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def _cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit"); c.set(qn("w:val"), "true"); trPr.append(c)


def _set_section(sec, landscape):
    w, h = Cm(21), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = h, w
    else:
        sec.orientation = WD_ORIENT.PORTRAIT; sec.page_width, sec.page_height = w, h
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(1.8)
    sec.header_distance = Cm(0.8); sec.footer_distance = Cm(0.8)


def build(blocks, path, header_lines=(), footer="", font="Liberation Sans", size=10, color="1F3864"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    _set_section(sec, False)
    if header_lines:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header_lines):
            r = hp.add_run(line); r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
            if i < len(header_lines) - 1:
                r.add_break()
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(footer + "  –  page "); r.font.size = Pt(7.5)
    _field(fp, "PAGE", size=7.5)
    r = fp.add_run(" / "); r.font.size = Pt(7.5)
    _field(fp, "NUMPAGES", size=7.5)

    for b in blocks:
        kind = b[0]
        if kind in ("p", "pb", "pi", "right", "indent", "center", "small"):
            par = doc.add_paragraph()
            run = par.add_run(b[1])
            run.bold = kind == "pb"; run.italic = kind == "pi"
            if kind == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if kind == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER; run.bold = True
            if kind == "indent":
                par.paragraph_format.left_indent = Cm(8)
            if kind == "small":
                run.font.size = Pt(8)
            if kind in ("p", "small"):
                par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "title":
            par = doc.add_paragraph(); par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.paragraph_format.space_before = Pt(6); par.paragraph_format.space_after = Pt(10)
            run = par.add_run(b[1]); run.bold = True; run.font.size = Pt(14); run.font.color.rgb = RGBColor.from_string(color)
        elif kind == "h":
            par = doc.add_paragraph(); par.paragraph_format.space_before = Pt(10); par.paragraph_format.keep_with_next = True
            run = par.add_run(b[1]); run.bold = True; run.font.size = Pt(11); run.font.color.rgb = RGBColor.from_string(color)
        elif kind == "bullets":
            for item in b[1]:
                par = doc.add_paragraph(); par.paragraph_format.left_indent = Cm(0.9)
                par.paragraph_format.first_line_indent = Cm(-0.4); par.paragraph_format.space_after = Pt(2)
                par.add_run("–  " + item)
        elif kind == "lines":  # lines in one paragraph with breaks
            par = doc.add_paragraph()
            for i, line in enumerate(b[1]):
                run = par.add_run(line)
                if line.isupper():
                    run.bold = True
                if i < len(b[1]) - 1:
                    run.add_break()
            if len(b) > 2 and b[2] == "right":
                par.paragraph_format.left_indent = Cm(9)
        elif kind == "spacer":
            for _ in range(b[1]):
                doc.add_paragraph()
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("landscape", "portrait"):
            ns = doc.add_section(WD_SECTION.NEW_PAGE)
            _set_section(ns, kind == "landscape")
        elif kind == "table":
            o = b[1]
            hdr, rows = o.get("header"), o["rows"]
            n = len(o["widths"])
            t = doc.add_table(rows=(1 if hdr else 0) + len(rows), cols=n)
            _borders(t)
            sz = o.get("size", 8.5)
            ri = 0
            if hdr:
                for j, h in enumerate(hdr):
                    _cell(t.rows[0].cells[j], h, sz, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
                    _shade(t.rows[0].cells[j], o.get("head_fill", "D9E2F3"))
                if o.get("repeat", True):
                    _repeat_header(t.rows[0])
                _cant_split(t.rows[0])
                ri = 1
            for k, row in enumerate(rows):
                tr = t.rows[ri + k]
                if isinstance(row, str):  # a full-width group row
                    merged = tr.cells[0].merge(tr.cells[n - 1])
                    _cell(merged, row, sz, bold=True); _shade(merged, o.get("group_fill", "EDEDED"))
                    continue
                for j, v in enumerate(row):
                    _cell(tr.cells[j], v, sz)
                if o.get("cant_split"):
                    _cant_split(tr)
            _widths(t, o["widths"])
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "form":  # a boxed form: one cell
            t = doc.add_table(rows=1, cols=1); _borders(t)
            _cell(t.rows[0].cells[0], "\n\n".join(b[1]), b[2] if len(b) > 2 else 9.5)
            _widths(t, [17])
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(path)
