"""Calendars given as slides: PowerPoint (.pptx) and OpenDocument presentations (.odp).

A deck from an information meeting is read as the PDF export of it would be read: a page per slide shown
(hidden slides are not shown, not read), its text boxes in reading order (top to bottom, then left to right,
groups placed by their own offsets), its tables as tables, then its speaker notes — a deposit deadline is
often only there. Only XML is read: nothing embedded is run. Positions are what the file says; a shape that
inherits its place from the master (no offset) is read where the master's body sits, after the title.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import Any

from extractors.document import Block, Page
from extractors.odt_reader import parse_xml

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_PRES = "{urn:oasis:names:tc:opendocument:xmlns:presentation:1.0}"
MAX_SLIDES = 300
_ITEM = tuple[float, float, Block, float, float]  # (top, left, block, width, height)
_FURNITURE = ("dt", "sldNum", "ftr")  # footer placeholders repeated on every slide
_ODP_FURNITURE = ("date-time", "page-number", "footer")


def _clean(text: str) -> str:
    return " ".join(text.split())


def _rels(zf: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship id → target part, for a part of the package."""
    folder, name = posixpath.split(part)
    rels = f"{folder}/_rels/{name}.rels"
    if rels not in zf.namelist():
        return {}
    root = parse_xml(zf.read(rels))
    return {r.get("Id"): posixpath.normpath(posixpath.join(folder, r.get("Target") or ""))
            for r in root.iter(f"{_REL}Relationship")}


def _reading_order(items: list[_ITEM], line: float) -> list[Block]:
    """The slide's blocks top to bottom, then left to right (tops within `line` are one line). A timeline
    drawn as a row of three or more shapes with a second row under it, one shape under each (the steps'
    chevrons, their dates below), is read column by column: each step with the date under it; a grid of
    three rows or more is a table drawn with boxes, read row by row."""
    ordered = sorted(items, key=lambda i: (round(i[0] / line), i[1]))
    rows: list[list[_ITEM]] = []
    for it in ordered:
        if rows and round(rows[-1][0][0] / line) == round(it[0] / line):
            rows[-1].append(it)
        else:
            rows.append([it])
    out: list[Block] = []
    k = 0
    while k < len(rows):
        upper = rows[k]
        lower = rows[k + 1] if k + 1 < len(rows) else []
        pairs = _under(upper, lower)
        after = rows[k + 2] if k + 2 < len(rows) else []
        if pairs is not None and (_under(upper, after) is not None
                                  or (k and _under(rows[k - 1], upper) is not None)):
            pairs = None  # a grid of boxes (a table drawn with shapes): read row by row
        if pairs is None:
            out += [it[2] for it in upper]
            k += 1
            continue
        for top_item, below in pairs:
            text = "\n".join(b.text for b in (top_item[2], *(it[2] for it in below)))
            out.append(Block("text", text))
        k += 2
    return out


def _under(upper: list[_ITEM], lower: list[_ITEM]) -> list[tuple[_ITEM, list[_ITEM]]] | None:
    """Each shape of `upper` with the shapes of `lower` whose middle falls within its width, when the two
    rows are a timeline: three or more text shapes above, each shape below under exactly one of them."""
    if len(upper) < 3 or len(lower) < 3 or any(it[2].kind != "text" or it[3] <= 0 for it in upper + lower):
        return None
    pairs: list[tuple[_ITEM, list[_ITEM]]] = [(it, []) for it in upper]
    for it in lower:
        middle = it[1] + it[3] / 2
        hits = [p for p in pairs if p[0][1] <= middle <= p[0][1] + p[0][3]]
        if len(hits) != 1:
            return None
        hits[0][1].append(it)
    if sum(1 for _, below in pairs if below) < 3 or any(len(below) > 1 for _, below in pairs):
        return None
    return pairs


# --------------------------------------------------------------------------------------------------- pptx

def _paragraphs(body: Any) -> list[str]:
    return [t for p in body.iter(f"{_A}p") if (t := _clean("".join(r.text or "" for r in p.iter(f"{_A}t"))))]


def _offset(el: Any) -> tuple[float, float] | None:
    off = next(el.iter(f"{_A}off"), None)
    if off is None:
        return None
    return float(off.get("y") or 0), float(off.get("x") or 0)


def _extent(el: Any) -> tuple[float, float]:
    ext = next(el.iter(f"{_A}ext"), None)
    if ext is None:
        return 0.0, 0.0
    try:
        return float(ext.get("cx") or 0), float(ext.get("cy") or 0)
    except ValueError:
        return 0.0, 0.0


def _group_frame(el: Any, base: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The frame (top, left, y scale, x scale) mapping a group's children to the slide: a group places its
    children's box (chOff, chExt) at its own (off, ext), within its parent's frame."""
    xfrm = next(next(el.iter(f"{_P}grpSpPr"), el).iter(f"{_A}xfrm"), None)
    if xfrm is None:
        return base

    def pair(tag: str, a: str, b: str) -> tuple[float, float]:
        node = next(xfrm.iter(f"{_A}{tag}"), None)
        try:
            return (float(node.get(a) or 0), float(node.get(b) or 0)) if node is not None else (0.0, 0.0)
        except ValueError:
            return 0.0, 0.0

    (gx, gy), (gw, gh) = pair("off", "x", "y"), pair("ext", "cx", "cy")
    (cx, cy), (cw, ch) = pair("chOff", "x", "y"), pair("chExt", "cx", "cy")
    sy, sx = (gh / ch if ch and gh else 1.0), (gw / cw if cw and gw else 1.0)
    top, left, by, bx = base
    return top + by * (gy - cy * sy), left + bx * (gx - cx * sx), by * sy, bx * sx


def _shapes(tree: Any, base: tuple[float, float, float, float], items: list[_ITEM], first: bool = True) -> None:
    """The text and tables of a shape tree, each at its place on the slide (`base`: the frame of the group
    holding them). The footer's date, text and slide number repeat on every slide: read on the first only."""
    for k, el in enumerate(tree):
        tag = el.tag
        if tag == f"{_P}grpSp":
            _shapes(el, _group_frame(el, base), items, first)
            continue
        place = _offset(el)
        top, left = (base[0] + base[2] * place[0], base[1] + base[3] * place[1]) if place else (
            base[0] + 1e5 + k, base[1])
        width, height = _extent(el)
        width, height = width * base[3], height * base[2]
        if tag == f"{_P}sp":
            if any(ph.get("type") in _FURNITURE for ph in el.iter(f"{_P}ph")) and (
                    not first or any(ph.get("type") == "sldNum" for ph in el.iter(f"{_P}ph"))):
                continue
            body = next(el.iter(f"{_P}txBody"), None)
            lines = _paragraphs(body) if body is not None else []
            if lines:
                title = any(ph.get("type") in ("title", "ctrTitle") for ph in el.iter(f"{_P}ph"))
                items.append((top if place or not title else -1.0, left, Block(
                    "heading" if title else "text", "\n".join(lines), level=2 if title else None), width, height))
        elif tag == f"{_P}graphicFrame":
            table = next(el.iter(f"{_A}tbl"), None)
            if table is not None:
                rows = [[" ".join(_paragraphs(tc)) for tc in tr.iter(f"{_A}tc")] for tr in table.iter(f"{_A}tr")]
                items.append((top, left, Block("table", rows=rows), width, height))


def pptx_pages(zf: zipfile.ZipFile) -> list[Page]:
    """The shown slides of a PowerPoint file, in the deck's order, each with its notes."""
    pres = parse_xml(zf.read("ppt/presentation.xml"))
    rels = _rels(zf, "ppt/presentation.xml")
    order = [rels.get(s.get(f"{_R}id") or "") for s in pres.iter(f"{_P}sldId")]
    pages: list[Page] = []
    for part in order[:MAX_SLIDES]:
        if not part or part not in zf.namelist():
            continue
        slide = parse_xml(zf.read(part))
        if slide.get("show") == "0":
            continue  # a hidden slide: the meeting did not show it
        items: list[_ITEM] = []
        tree = next(slide.iter(f"{_P}spTree"), None)
        if tree is not None:
            _shapes(tree, (0.0, 0.0, 1.0, 1.0), items, first=not pages)
        blocks = _reading_order(items, 2e5)
        notes = [t for k, t in _rels(zf, part).items() if "notesSlide" in t and t in zf.namelist()]
        for target in notes[:1]:
            for sp in parse_xml(zf.read(target)).iter(f"{_P}sp"):
                if any(ph.get("type") == "body" for ph in sp.iter(f"{_P}ph")):
                    blocks += [Block("text", line) for line in _paragraphs(sp)]
        pages.append(Page(len(pages) + 1, blocks))
    return pages


# ---------------------------------------------------------------------------------------------------- odp

def _length(value: str | None) -> float:
    m = re.match(r"\s*(-?[\d.]+)\s*(cm|mm|in|pt)?", value or "")
    if not m:
        return 0.0
    return float(m.group(1)) * {"cm": 10.0, "mm": 1.0, "in": 25.4, "pt": 0.3528}.get(m.group(2) or "cm", 10.0)


def _odp_items(el: Any, items: list[_ITEM], first: bool = True) -> None:
    for child in el:
        tag = child.tag
        if tag == f"{_DRAW}g":
            _odp_items(child, items, first)
            continue
        if tag not in (f"{_DRAW}frame", f"{_DRAW}custom-shape", f"{_DRAW}rect", f"{_DRAW}connector"):
            continue
        if child.get(f"{_PRES}class") in _ODP_FURNITURE and (not first or child.get(f"{_PRES}class") == "page-number"):
            continue
        top, left = _length(child.get(f"{_SVG}y")), _length(child.get(f"{_SVG}x"))
        width, height = _length(child.get(f"{_SVG}width")), _length(child.get(f"{_SVG}height"))
        table = next(child.iter(f"{_TABLE}table"), None)
        if table is not None:
            rows = [[_clean(" ".join("".join(p.itertext()) for p in cell.iter(f"{_TEXT}p")))
                     for cell in row if cell.tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")]
                    for row in table.iter(f"{_TABLE}table-row")]
            items.append((top, left, Block("table", rows=rows), width, height))
            continue
        lines = [t for p in child.iter(f"{_TEXT}p", f"{_TEXT}h") if (t := _clean("".join(p.itertext())))]
        if lines:
            title = child.get(f"{_PRES}class") == "title"
            items.append((-1.0 if title else top, left, Block("heading" if title else "text", "\n".join(lines),
                                                              level=2 if title else None), width, height))


def odp_pages(root: Any) -> list[Page]:
    """The shown slides of an OpenDocument presentation (content.xml), each with its notes."""
    pages: list[Page] = []
    for slide in list(root.iter(f"{_DRAW}page"))[:MAX_SLIDES]:
        if (slide.get(f"{_PRES}visibility") or "visible") == "hidden":
            continue
        items: list[_ITEM] = []
        _odp_items(slide, items, first=not pages)
        blocks = _reading_order(items, 5.0)
        notes = next(slide.iter(f"{_PRES}notes"), None)
        if notes is not None:
            for frame in notes.iter(f"{_DRAW}frame"):
                if frame.get(f"{_PRES}class") == "notes":
                    blocks += [Block("text", t) for p in frame.iter(f"{_TEXT}p") if (t := _clean("".join(p.itertext())))]
        pages.append(Page(len(pages) + 1, blocks))
    return pages
