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
_ITEM = tuple[float, float, Block]  # (top, left, block)


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


# --------------------------------------------------------------------------------------------------- pptx

def _paragraphs(body: Any) -> list[str]:
    return [t for p in body.iter(f"{_A}p") if (t := _clean("".join(r.text or "" for r in p.iter(f"{_A}t"))))]


def _offset(el: Any) -> tuple[float, float] | None:
    off = next(el.iter(f"{_A}off"), None)
    if off is None:
        return None
    return float(off.get("y") or 0), float(off.get("x") or 0)


def _shapes(tree: Any, base: tuple[float, float], items: list[_ITEM]) -> None:
    """The text and tables of a shape tree, each at its place on the slide (groups offset by their own)."""
    for k, el in enumerate(tree):
        tag = el.tag
        place = _offset(el) if tag != f"{_P}grpSp" else None
        if tag == f"{_P}grpSp":
            own = _offset(next(el.iter(f"{_P}grpSpPr"), el)) or (0.0, 0.0)
            _shapes(el, (base[0] + own[0], base[1] + own[1]), items)
            continue
        top, left = (place[0] + base[0], place[1] + base[1]) if place else (base[0] + 1e5 + k, base[1])
        if tag == f"{_P}sp":
            body = next(el.iter(f"{_P}txBody"), None)
            lines = _paragraphs(body) if body is not None else []
            if lines:
                title = any(ph.get("type") in ("title", "ctrTitle") for ph in el.iter(f"{_P}ph"))
                items.append((top if place or not title else -1.0, left, Block(
                    "heading" if title else "text", "\n".join(lines), level=2 if title else None)))
        elif tag == f"{_P}graphicFrame":
            table = next(el.iter(f"{_A}tbl"), None)
            if table is not None:
                rows = [[" ".join(_paragraphs(tc)) for tc in tr.iter(f"{_A}tc")] for tr in table.iter(f"{_A}tr")]
                items.append((top, left, Block("table", rows=rows)))


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
            _shapes(tree, (0.0, 0.0), items)
        blocks = [b for _t, _l, b in sorted(items, key=lambda i: (round(i[0] / 2e5), i[1]))]
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


def _odp_items(el: Any, items: list[_ITEM]) -> None:
    for child in el:
        tag = child.tag
        if tag == f"{_DRAW}g":
            _odp_items(child, items)
            continue
        if tag not in (f"{_DRAW}frame", f"{_DRAW}custom-shape", f"{_DRAW}rect", f"{_DRAW}connector"):
            continue
        top, left = _length(child.get(f"{_SVG}y")), _length(child.get(f"{_SVG}x"))
        table = next(child.iter(f"{_TABLE}table"), None)
        if table is not None:
            rows = [[_clean(" ".join("".join(p.itertext()) for p in cell.iter(f"{_TEXT}p")))
                     for cell in row if cell.tag in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")]
                    for row in table.iter(f"{_TABLE}table-row")]
            items.append((top, left, Block("table", rows=rows)))
            continue
        lines = [t for p in child.iter(f"{_TEXT}p", f"{_TEXT}h") if (t := _clean("".join(p.itertext())))]
        if lines:
            title = child.get(f"{_PRES}class") == "title"
            items.append((-1.0 if title else top, left, Block("heading" if title else "text", "\n".join(lines),
                                                              level=2 if title else None)))


def odp_pages(root: Any) -> list[Page]:
    """The shown slides of an OpenDocument presentation (content.xml), each with its notes."""
    pages: list[Page] = []
    for slide in list(root.iter(f"{_DRAW}page"))[:MAX_SLIDES]:
        if (slide.get(f"{_PRES}visibility") or "visible") == "hidden":
            continue
        items: list[_ITEM] = []
        _odp_items(slide, items)
        blocks = [b for _t, _l, b in sorted(items, key=lambda i: (round(i[0] / 5), i[1]))]
        notes = next(slide.iter(f"{_PRES}notes"), None)
        if notes is not None:
            for frame in notes.iter(f"{_DRAW}frame"):
                if frame.get(f"{_PRES}class") == "notes":
                    blocks += [Block("text", t) for p in frame.iter(f"{_TEXT}p") if (t := _clean("".join(p.itertext())))]
        pages.append(Page(len(pages) + 1, blocks))
    return pages
