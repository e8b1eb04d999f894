"""OpenDocument text (.odt, and LibreOffice's flat .fodt): the format LibreOffice writes by default, and
the one many administrations keep their circulars in. Read like a Word file: headings (text:h and its
outline level), paragraphs, lists, tables with their merged cells, page headers and footers.

Tables keep the Word reader's conventions: a cell spanning columns gives its text then empty cells, a cell
spanning rows leaves `table:covered-table-cell` placeholders below it, read as empty cells marked `continued`.
"""

from __future__ import annotations

from typing import Any

from extractors.document import Block
from extractors.odt_numbering import ListState, OdtNumbering

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_P, _H, _SPAN, _S, _TAB, _BREAK = (f"{{{TEXT}}}{n}" for n in ("p", "h", "span", "s", "tab", "line-break"))
_LIST, _ITEM, _HEADER_ITEM, _SECTION = (f"{{{TEXT}}}{n}" for n in ("list", "list-item", "list-header", "section"))
_NOTE, _NOTE_BODY = f"{{{TEXT}}}note", f"{{{TEXT}}}note-body"
_TBL, _ROW, _CELL, _COVERED = (f"{{{TABLE}}}{n}" for n in ("table", "table-row", "table-cell", "covered-table-cell"))
_ROWS_GROUPS = {f"{{{TABLE}}}{n}" for n in ("table-header-rows", "table-rows", "table-row-group")}
_OUTLINE = f"{{{TEXT}}}outline-level"
_REPEAT = f"{{{TABLE}}}number-columns-repeated"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
# A comment (office:annotation) is nobody's text; a frame or shape anchored in a paragraph holds its own
# paragraphs (a framed box of key dates), read after the paragraph rather than glued inside its line.
_ASIDE = {f"{{{OFFICE}}}annotation", f"{{{OFFICE}}}annotation-end", f"{{{DRAW}}}frame",
          f"{{{DRAW}}}custom-shape", f"{{{DRAW}}}rect", f"{{{TEXT}}}tracked-changes"}
_DRAWN = (f"{{{DRAW}}}frame", f"{{{DRAW}}}custom-shape", f"{{{DRAW}}}rect")
MAX_REPEAT = 64  # "number-columns-repeated=16384" on an empty trailing cell must not fill memory


def parse_xml(data: bytes) -> Any:
    """lxml without entities, network or huge trees (the caller refused DTDs before)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    return etree.fromstring(data, parser)


def _text(el: Any, notes: bool = False) -> str:
    """Text of a paragraph: spans, spaces (text:s c=N), tabs and line breaks; the notes it calls left out,
    or (`notes`) written in brackets where they are called, as the Word reader does ("le vendredi 7 avril
    2028 (À 16 h, cachet …)": the note gives that date its hour)."""
    out: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == _S:
            count = child.get(f"{{{TEXT}}}c")
            out.append(" " * min(int(count), 10) if count and count.isdecimal() else " ")
        elif tag in (_TAB, _BREAK):
            out.append(" ")
        elif tag == _NOTE and notes:
            said = " ".join(_clean(_text(p)) for body in child.iter(_NOTE_BODY) for p in body.iter(_P))
            out.append(f" ({said.rstrip('.')})" if said.strip() else "")
        elif tag != _NOTE and tag not in _ASIDE:
            out.append(_text(child, notes))
        out.append(child.tail or "")
    return "".join(out)


def _notes(par: Any) -> list[Block]:
    """The footnotes a paragraph calls, as the paragraphs a page shows at its foot ("1 Les notes de CCF sont
    saisies …"): a date may only be written there."""
    out = []
    for note in par.iter(_NOTE):
        mark = next((_clean(c.text or "") for c in note if c.tag.endswith("}note-citation")), "")
        for body in note.iter(_NOTE_BODY):
            for p in body.iter(_P):
                text = _clean(_text(p))
                if text:
                    out.append(Block("text", f"{mark} {text}".strip()))
    return out


def _clean(text: str) -> str:
    return " ".join(text.split())


def _table(el: Any) -> Block | None:
    rows: list[list[str]] = []
    continued: list[list[bool]] = []
    spans: list[list[int]] = []
    pending: dict[int, int] = {}  # grid column → rows still covered by a cell spanning rows from above
    rows_spanned = f"{{{TABLE}}}number-rows-spanned"
    cols_spanned = f"{{{TABLE}}}number-columns-spanned"

    def walk(parent: Any) -> None:
        nonlocal pending
        for child in parent:
            if child.tag in _ROWS_GROUPS:
                walk(child)
                continue
            if child.tag != _ROW:
                continue
            row: list[str] = []
            flags: list[bool] = []
            widths: list[int] = []
            below: dict[int, int] = {}
            col = 0
            for cell in child:
                if cell.tag not in (_CELL, _COVERED):
                    continue
                rep = cell.get(_REPEAT)
                times = min(int(rep), MAX_REPEAT) if rep and rep.isdecimal() else 1
                text = "" if cell.tag == _COVERED else _clean(" ".join(_text(p) for p in cell.iter(_P, _H)))
                span = cell.get(rows_spanned)
                wide = cell.get(cols_spanned)
                for _ in range(times):
                    if cell.tag == _COVERED:
                        if pending.get(col, 0) > 0:  # under a cell spanning rows: Word's vMerge continuation
                            row.append("")
                            flags.append(True)
                            widths.append(1)
                            below[col] = pending[col] - 1
                        else:  # right of a cell spanning columns: an empty cell, the grid kept as in Word's
                            row.append("")
                            flags.append(False)
                            widths.append(0)
                    else:
                        row.append(text)
                        flags.append(False)
                        widths.append(min(int(wide), MAX_REPEAT) if wide and wide.isdecimal() and int(wide) > 1 else 1)
                        if span and span.isdecimal() and int(span) > 1:
                            below[col] = min(int(span), MAX_REPEAT) - 1
                    col += 1
            pending = below
            while row and not row[-1] and not flags[-1]:  # trailing empty cells of a wide table
                row.pop()
                flags.pop()
                widths.pop()
            rows.append(row)
            continued.append(flags)
            spans.append(widths)

    walk(el)
    kept = [k for k, r in enumerate(rows) if any(c.strip() for c in r)]
    if not kept:
        return None
    return Block("table", rows=[rows[k] for k in kept], continued=[continued[k] for k in kept],
                 spans=[spans[k] for k in kept])


def _owning_table(cell: Any) -> Any:
    """The table a cell belongs to (rows may sit in header-rows or row-groups elements)."""
    el = cell.getparent()
    while el is not None and el.tag != _TBL:
        el = el.getparent()
    return el


def _layout_table(tbl: Any) -> bool:
    """A table used to lay the page out (a sidebar beside the letter), as in the Word reader: at most two
    rows whose cells hold a table of their own or a long text."""
    rows = [r for r in tbl.iter(_ROW) if _owning_table(r) is tbl]
    if not rows or len(rows) > 2:
        return False
    cells = [c for r in rows for c in r if c.tag == _CELL]
    nested = any(c.find(f".//{_TBL}") is not None for c in cells)
    paragraphs = max((sum(1 for _ in c.iter(_P, _H)) for c in cells), default=0)
    return nested or paragraphs > 15


def _inside_shape(shape: Any, par: Any) -> bool:
    """Whether a shape sits in another shape of the paragraph (its walk reads it)."""
    el = shape.getparent()
    while el is not None and el is not par:
        if el.tag in _DRAWN:
            return True
        el = el.getparent()
    return False


def body_blocks(body: Any, max_blocks: int, numbering: OdtNumbering | None = None) -> tuple[list[Block], bool]:
    """Blocks of an office:text element in document order, and whether there were more than max_blocks.
    Numbered headings and list items get the number their style prints (extractors.odt_numbering)."""
    blocks: list[Block] = []
    numbers = numbering or OdtNumbering()
    pending = [""]  # the label of the list item being read, for its first paragraph

    def numbered(text: str) -> str:
        label, pending[0] = pending[0], ""
        return f"{label} {text}" if label and text else text

    def walk(parent: Any, lists: tuple[ListState, ...] = ()) -> bool:
        for child in parent:
            if len(blocks) >= max_blocks:
                return False
            tag = child.tag
            if tag == _H:
                label = numbered("") if pending[0] else ("" if lists else numbers.heading(child))
                text = _clean(f"{label} {_text(child)}")
                if text:
                    level = child.get(_OUTLINE)
                    blocks.append(Block("heading", text, level=int(level) if level and level.isdecimal() else None))
                blocks.extend(_notes(child))
            elif tag == _P:
                text = _clean(numbered(_clean(_text(child, notes=True))))
                if text:
                    blocks.append(Block("text", text))
                for shape in child.iter(*_DRAWN):  # a box anchored in the paragraph, once (not nested ones)
                    if not _inside_shape(shape, child) and not walk(shape):
                        return False
            elif tag == _TBL and _layout_table(child):
                for cell in child.iter(_CELL):  # the page laid out in a table: its cells' text in order
                    if _owning_table(cell) is child and not walk(cell):
                        return False
            elif tag == _TBL:
                table = _table(child)
                if table is not None:
                    blocks.append(table)
            elif tag == _LIST:
                if not walk(child, (*lists, numbers.enter(child, lists[-1] if lists else None))):
                    return False
            elif tag == _ITEM and lists:
                pending[0] = numbers.item(child, lists[-1], len(lists))
                done = walk(child, lists)
                pending[0] = ""
                if not done:
                    return False
            elif tag in (_ITEM, _HEADER_ITEM, _SECTION) or tag in _DRAWN or tag.endswith("}text-box"):
                if not walk(child, lists):
                    return False
        return True

    done = walk(body)
    return blocks, not done


def header_footer_blocks(styles: Any) -> tuple[list[Block], list[Block]]:
    """Page header and footer paragraphs of the master pages (letterhead, rectorat address), once each."""
    out: tuple[list[Block], list[Block]] = ([], [])
    seen: set[str] = set()
    if styles is None:
        return out
    for k, name in enumerate(("header", "footer")):
        for part in styles.iter(f"{{{STYLE}}}{name}", f"{{{STYLE}}}{name}-first"):
            for p in part.iter(_P, _H):
                text = _clean(_text(p))
                if text and text not in seen and len(seen) < 200:
                    seen.add(text)
                    out[k].append(Block("text", text))
    return out


def office_text(root: Any) -> Any | None:
    """The office:text element of a content.xml or flat document root (None for a spreadsheet…)."""
    return root.find(f".//{{{OFFICE}}}body/{{{OFFICE}}}text")
