"""Build the Word templates of the official annexes from their content data (templates/<famille>.yaml).

Run `python -m generators.build_templates` → generators/templates/<famille>_{controle,grille,fiche}.docx.
The layout (A4, boxes, tables, portrait recto / landscape verso) is code here; the wording is data, so a
new session's annexe is a YAML file, not a code change. Variable parts are docxtpl/Jinja tags, each
written as one whole run so Word never splits them; the tag names are the keys built by
generators.annexes.context().
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from generators.annexes import FORM_KINDS, TEMPLATES_DIR, families, load_family

PORTRAIT_WIDTH = 18.6  # cm of text on A4 portrait with 1.2 cm margins
LANDSCAPE_WIDTH = 27.7  # cm on A4 landscape with 1 cm margins
GREY = "D9D9D9"
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# --- low-level helpers ---------------------------------------------------------------------------

def tpl(name: str) -> str:
    """A Jinja print tag for docxtpl."""
    return "{{ " + name + " }}"


class Writer:
    """Paragraph and table helpers bound to one family's fonts."""

    def __init__(self, fam: dict[str, Any]):
        self.fam = fam
        self.font = fam.get("police", "Arial")
        self.box_font = fam.get("police_cases", "DejaVu Sans")

    def run(self, p: Paragraph, text: str, *, bold: bool = False, italic: bool = False, size: float = 9,
            underline: bool = False, font: str | None = None) -> None:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        r.font.size = Pt(size)
        name = font or self.font
        r.font.name = name
        rpr = r._element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), name)
        r.font.color.rgb = RGBColor(0, 0, 0)

    def box(self, p: Paragraph, tag: str, size: float = 10) -> None:
        """A check box: ☒ or ☐ filled in by the tag, in a font that has both glyphs."""
        self.run(p, tpl(tag), size=size, font=self.box_font)

    def para(self, container: Any, text: str = "", *, first: bool = False, bold: bool = False,
             italic: bool = False, size: float = 9, align: Any = None, before: float = 0, after: float = 0,
             underline: bool = False) -> Paragraph:
        p = container.paragraphs[0] if first else container.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        if align is not None:
            p.alignment = align
        if text:
            self.run(p, text, bold=bold, italic=italic, size=size, underline=underline)
        return p

    def label_value(self, container: Any, label: str, tag: str, *, first: bool = False, size: float = 9,
                    before: float = 3, after: float = 3) -> Paragraph:
        p = self.para(container, first=first, before=before, after=after)
        self.run(p, label + " ", bold=True, size=size)
        self.run(p, tpl(tag), size=size)
        return p


def _set_borders(element: Any, sides: Iterable[str], size: int = 6, tag: str = "w:tblBorders") -> None:
    """Single black borders on the given sides ("top", "left", "bottom", "right", "insideH", "insideV");
    the other sides of the element are set to none (so a cell does not inherit the table's)."""
    pr = element.tblPr if tag == "w:tblBorders" else element.get_or_add_tcPr()
    old = pr.find(qn(tag))
    if old is not None:
        pr.remove(old)
    borders = OxmlElement(tag)
    wanted = set(sides)
    names = ("top", "left", "bottom", "right") + (("insideH", "insideV") if tag == "w:tblBorders" else ())
    for name in names:
        b = OxmlElement(f"w:{name}")
        if name in wanted:
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(size))
            b.set(qn("w:color"), "000000")
        else:
            b.set(qn("w:val"), "nil")
        borders.append(b)
    pr.append(borders)


ALL = ("top", "left", "bottom", "right", "insideH", "insideV")
OUTER = ("top", "left", "bottom", "right")


def table_borders(table: Table, sides: Iterable[str] = ALL, size: int = 6) -> None:
    _set_borders(table._tbl, sides, size)


def cell_borders(cell: _Cell, sides: Iterable[str] = OUTER, size: int = 6) -> None:
    _set_borders(cell._tc, sides, size, tag="w:tcBorders")


def shade(cell: _Cell, fill: str = GREY) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def vertical_text(cell: _Cell) -> None:
    """Text read bottom to top, as the level names of the verso."""
    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "btLr")
    cell._tc.get_or_add_tcPr().append(direction)


def new_table(container: Any, rows: int, widths: list[float], *, align: Any = WD_TABLE_ALIGNMENT.CENTER,
              borders: Iterable[str] = ALL) -> Table:
    """A fixed-layout table with explicit column widths (Word and LibreOffice both honour tblGrid)."""
    table = container.add_table(rows=rows, cols=len(widths))
    table.alignment = align
    table.autofit = False
    tblw = table._tbl.tblPr.find(qn("w:tblW"))  # autofit False already made the layout fixed
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(Cm(sum(widths)).twips)))
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Cm(w)
    table_borders(table, borders)
    return table


def row_height(table: Table, index: int, cm: float, exact: bool = False) -> None:
    row = table.rows[index]
    row.height = Cm(cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY if exact else WD_ROW_HEIGHT_RULE.AT_LEAST


def right_tab(p: Paragraph, cm: float) -> None:
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm), WD_TAB_ALIGNMENT.RIGHT)


def page_setup(section: Any, landscape: bool) -> None:
    """A4 always (python-docx's default template is US Letter)."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long_, short = Cm(29.7), Cm(21.0)
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    margin = Cm(1.0) if landscape else Cm(1.2)
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = Cm(1.0)
    section.header_distance = section.footer_distance = Cm(0.5)


def new_document(w: Writer) -> DocxDocument:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = w.font
    normal.font.size = Pt(9)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), w.font)
    page_setup(doc.sections[0], landscape=False)
    # the body of a fresh document starts with no paragraph; our first table comes first
    return doc


def spacer(w: Writer, doc: Any, pts: float = 4) -> None:
    p = w.para(doc, size=2)
    p.paragraph_format.space_after = Pt(pts)


# --- blocks shared by the forms ------------------------------------------------------------------

def header(w: Writer, doc: Any, title: str, width: float = PORTRAIT_WIDTH) -> None:
    """Boxed title bar: diploma and session, then the annexe and épreuve lines in the family's order."""
    fam = w.fam
    table = new_table(doc, 1, [width], borders=OUTER)
    cell = table.cell(0, 0)
    p = w.para(cell, first=True, before=3, after=2)
    right_tab(p, width - 0.4)
    w.run(p, fam["diplome"], bold=True, size=10)
    w.run(p, "\tSESSION {{ session }}", bold=True, size=10)
    lines = {
        "annexe": "ANNEXE {{ numero }} : " + title,
        "epreuve": "Épreuve {{ epreuve_code }} – {{ epreuve_intitule }}",
    }
    order = fam["entete"]
    for i, key in enumerate(order):
        w.para(cell, lines[key], bold=True, size=10, align=CENTER, after=3 if i == len(order) - 1 else 2)
    spacer(w, doc, 2)


def identity(w: Writer, doc: Any, *, members: bool) -> None:
    """Name / number / form / option / commission / date (and members on the grille)."""
    fam = w.fam
    ident = fam["identite"]
    widths = [6.0, 7.0, PORTRAIT_WIDTH - 13.0]
    table = new_table(doc, 4 if members else 3, widths)
    top = table.cell(0, 0).merge(table.cell(0, 1))
    w.label_value(top, ident["nom_prenom"], "nom_prenom", first=True)
    w.label_value(table.cell(0, 2), ident["numero"], "numero_candidat", first=True)
    cases = [
        (table.cell(1, 0), fam["formes"]["ponctuelle"], "cases.ponctuelle", widths[0]),
        (table.cell(1, 1), fam["formes"]["ccf"], "cases.ccf", widths[1]),
        (table.cell(2, 0), fam["options"]["SISR"], "cases.sisr", widths[0]),
        (table.cell(2, 1), fam["options"]["SLAM"], "cases.slam", widths[1]),
    ]
    for cell, label, tag, width in cases:
        p = w.para(cell, first=True, before=3, after=3)
        right_tab(p, width - 0.5)
        w.run(p, label + "\t", bold=True)
        w.box(p, tag)
    w.label_value(table.cell(1, 2), ident["commission"], "commission", first=True)
    w.label_value(table.cell(2, 2), ident["date"], "date", first=True)
    if members:
        row = table.cell(3, 0).merge(table.cell(3, 2))
        w.para(row, ident["membres"], first=True, bold=True, size=8, before=1)
        p = w.para(row, after=2, before=2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(PORTRAIT_WIDTH / 2))
        w.run(p, "- {{ membre1 }}\t- {{ membre2 }}", size=9)


def note_line(w: Writer, container: Any, label: str, tag: str, *, first_width: float = 3.0) -> None:
    """Right-aligned « LABEL [ value ] / 20 », the value in a box."""
    table = new_table(container, 1, [first_width, 2.6, 1.2], align=WD_TABLE_ALIGNMENT.RIGHT, borders=())
    for i in range(3):
        table.cell(0, i).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    w.para(table.cell(0, 0), label, first=True, bold=True, size=10, align=RIGHT)
    cell_borders(table.cell(0, 1))
    w.para(table.cell(0, 1), tpl(tag), first=True, bold=True, size=11, align=CENTER, before=3, after=3)
    w.para(table.cell(0, 2), " / 20", first=True, bold=True, size=10)
    row_height(table, 0, 0.75)


# --- the three forms ------------------------------------------------------------------------------

def build_controle(fam: dict[str, Any]) -> DocxDocument:
    w = Writer(fam)
    c = fam["controle"]
    doc = new_document(w)
    header(w, doc, c["titre"])
    spacer(w, doc, 6)
    frame = new_table(doc, 1, [PORTRAIT_WIDTH], borders=OUTER)
    cell = frame.cell(0, 0)
    w.para(cell, c["intitule"], first=True, bold=True, size=13, align=CENTER, before=10, after=14)
    w.label_value(cell, c["nom_prenom"], "nom_prenom", size=10)
    w.label_value(cell, c["numero"], "numero_candidat", size=10, after=12)
    w.para(cell, " ".join(c["preambule"].split()), size=10, align=JUSTIFY, after=8)
    w.para(cell, c["introduction_motifs"], size=10, bold=True, after=6)
    lines = new_table(cell, len(c["motifs"]) + 1, [1.0, PORTRAIT_WIDTH - 2.0], borders=())
    for i, m in enumerate(c["motifs"]):
        p = w.para(lines.cell(i, 0), first=True, align=RIGHT, after=6)
        w.box(p, f"motifs.{m['motif']}", size=12)
        w.para(lines.cell(i, 1), " ".join(m["texte"].split()), first=True, size=10, align=JUSTIFY, after=4,
               before=1)
        if m.get("suite"):
            w.para(lines.cell(i, 1), " ".join(m["suite"].split()), size=10, align=JUSTIFY, after=6)
    last = len(c["motifs"])
    p = w.para(lines.cell(last, 0), first=True, align=RIGHT, before=6)
    w.box(p, "conclusion", size=12)
    w.para(lines.cell(last, 1), " ".join(c["conclusion"]["texte"].split()), first=True, size=10, bold=True,
           align=JUSTIFY, before=7, after=10)
    p = w.para(cell, before=16, after=4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(PORTRAIT_WIDTH / 2 + 1))
    w.run(p, c["date"] + " ", bold=True, size=10)
    w.run(p, "{{ date_controle }}", size=10)
    w.run(p, "\t" + c["visa"], bold=True, size=10)
    w.para(cell, after=60)
    return doc


def build_grille(fam: dict[str, Any]) -> DocxDocument:
    w = Writer(fam)
    g = fam["grille"]
    doc = new_document(w)
    header(w, doc, g["titre_recto"])
    identity(w, doc, members=True)

    # Proposition de note
    w.para(doc, g["proposition"]["titre"], bold=True, size=10, align=CENTER, before=5, after=2)
    frame = new_table(doc, 1, [PORTRAIT_WIDTH], borders=OUTER)
    cell = frame.cell(0, 0)
    for i, text in enumerate(g["proposition"]["paragraphes"]):
        w.para(cell, " ".join(text.split()), first=i == 0, size=10, align=JUSTIFY, after=3)
    note_line(w, cell, g["note"], "note")
    w.para(cell, size=3)

    # Pénalités
    pen = g["penalites"]
    w.para(doc, pen["titre"], bold=True, size=10, align=CENTER, before=5, after=2)
    frame = new_table(doc, 1, [PORTRAIT_WIDTH], borders=OUTER)
    cell = frame.cell(0, 0)
    text = " ".join(pen["texte"].split()).replace("{fiche}", "{{ numeros.fiche }}")
    w.para(cell, text, first=True, size=10, align=JUSTIFY, after=4)
    lines = new_table(cell, len(pen["lignes"]), [9.5, 3.0], align=WD_TABLE_ALIGNMENT.LEFT)
    for i, line in enumerate(pen["lignes"]):
        p = w.para(lines.cell(i, 0), first=True, before=1, after=1)
        w.box(p, f"penalites.{line['code']}")
        w.run(p, " " + line["libelle"], size=10)
    note_line(w, cell, g["note_finale"], "note_finale", first_width=4.0)
    w.para(cell, g["renvoi"], italic=True, size=8, align=RIGHT, after=1)

    # Tableau d'aide (recto, bottom)
    aide = g["aide"]
    w.para(doc, aide["titre"], bold=True, size=10, align=CENTER, before=5, after=2)
    rows = aide["lignes"]
    table = new_table(doc, len(rows) + 1, [3.4] + [(PORTRAIT_WIDTH - 3.4) / 4] * 4)
    for j, name in enumerate(g["niveaux"]):
        shade(table.cell(0, j))
        w.para(table.cell(0, j), name, first=True, bold=True, size=8.5, align=CENTER, before=1, after=1)
    first = table.cell(1, 0).merge(table.cell(len(rows), 0))
    first.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    w.para(first, aide["non_evaluable"], first=True, size=8.5)
    for i, texts in enumerate(rows, start=1):
        for j, text in enumerate(texts, start=1):
            c = table.cell(i, j)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            w.para(c, text, first=True, size=8.5, before=1, after=1)

    # Verso: landscape section
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(section, landscape=True)
    verso = g["verso"]
    level_w = 0.95
    comp_w = 10.0
    widths = [comp_w] + [level_w] * 5 + [LANDSCAPE_WIDTH - comp_w - 5 * level_w]
    comps = g["competences"]
    table = new_table(doc, len(comps) + 1, widths)
    head = table.cell(0, 0)
    w.para(head, verso["niveaux"], first=True, bold=True, size=9, align=RIGHT, before=2)
    w.para(head, verso["competences"], bold=True, size=9, before=18)
    for j, name in enumerate(g["niveaux"], start=1):
        c = table.cell(0, j)
        vertical_text(c)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        w.para(c, name, first=True, bold=True, size=7)
    last = table.cell(0, 6)
    w.para(last, "ANNEXE {{ numero }} : " + g["titre_verso"], first=True, bold=True, size=11, align=RIGHT,
           before=2)
    w.para(last, verso["indicateurs"], bold=True, size=9, before=14)
    row_height(table, 0, 1.9)
    for i, comp in enumerate(comps, start=1):
        c = table.cell(i, 0)
        w.para(c, comp["titre"], first=True, bold=True, size=8, underline=comp.get("souligne", True))
        for item in comp.get("items", []):
            p = w.para(c, size=8)
            p.paragraph_format.left_indent = Cm(0.25)
            p.paragraph_format.first_line_indent = Cm(-0.25)
            w.run(p, "- " + item, size=8)
        for j in range(5):
            b = table.cell(i, j + 1)
            b.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = w.para(b, first=True, align=CENTER)
            w.box(p, f"niveaux.{comp['id']}[{j}]", size=11)
        ind = table.cell(i, 6)
        for k, text in enumerate(comp.get("indicateurs", [])):
            w.para(ind, text, first=k == 0, italic=True, size=7)
    return doc


def build_fiche(fam: dict[str, Any]) -> DocxDocument:
    w = Writer(fam)
    f = fam["fiche"]
    doc = new_document(w)
    header(w, doc, f["titre"])
    identity(w, doc, members=False)
    table = new_table(doc, 7, [PORTRAIT_WIDTH])
    parts = [(0, f["partie1"]), (2, f["partie2"])]
    for row, text in parts:
        shade(table.cell(row, 0))
        w.para(table.cell(row, 0), text, first=True, bold=True, size=8, before=2, after=2)
    for row, tag in ((1, "observations1"), (3, "observations2")):
        c = table.cell(row, 0)
        w.para(c, f["observations"], first=True, bold=True, size=8)
        w.para(c, tpl(tag), size=9, before=2)
        row_height(table, row, 3.9)
    # appreciation then NOTE in one visual box: two rows with no border between them, so a long
    # appreciation pushes the NOTE down instead of overlapping it
    c = table.cell(4, 0)
    cell_borders(c, ("top", "left", "right"))
    w.para(c, " ".join(f["appreciation"].split()), first=True, bold=True, size=8)
    w.para(c, tpl("appreciation"), size=9, before=2)
    row_height(table, 4, 6.9)
    c = table.cell(5, 0)
    cell_borders(c, ("left", "right", "bottom"))
    note_line(w, c, f["note"], "note_finale")
    w.para(c, size=4)
    w.para(table.cell(6, 0), f["visa"], first=True, bold=True, size=8)
    row_height(table, 6, 2.6)
    return doc


BUILDERS = {"controle": build_controle, "grille": build_grille, "fiche": build_fiche}

# Word refuses (« contenu illisible ») properties out of the schema's sequence; we append some (borders,
# shading, text direction, layout) after python-docx's own, so put every tblPr / tcPr back in order.
_ORDER = {
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
              "tblCaption", "tblDescription"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark"],
}


def schema_order(doc: DocxDocument) -> None:
    for tag, order in _ORDER.items():
        rank = {qn(f"w:{name}"): i for i, name in enumerate(order)}
        for pr in doc.element.body.iter(qn(f"w:{tag}")):
            children = list(pr)
            for child in children:
                pr.remove(child)
            for child in sorted(children, key=lambda c: rank.get(c.tag, len(rank))):
                pr.append(child)


def build_family(famille: str, out_dir: Path = TEMPLATES_DIR) -> list[Path]:
    fam = load_family(famille)
    written = []
    for kind in FORM_KINDS:
        doc = BUILDERS[kind](fam)
        # a document must end with a paragraph: LibreOffice ignores a section break (the landscape
        # verso) when the body ends with a table
        Writer(fam).para(doc, size=1)
        schema_order(doc)
        doc.core_properties.title = f"{fam['famille']} {kind}"
        doc.core_properties.author = "BTS Pipeline"
        buf = io.BytesIO()
        doc.save(buf)
        path = out_dir / f"{famille}_{kind}.docx"
        path.write_bytes(buf.getvalue())
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or families()
    for name in names:
        for path in build_family(name):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
