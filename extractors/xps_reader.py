"""XPS and OpenXPS documents (Windows' « Microsoft XPS Document Writer »): a zip of fixed pages in XAML.

Each page's text is in `Glyphs` elements: a run of characters (`UnicodeString`) drawn from an origin
(`OriginX`, `OriginY`, in 1/96 inch, y downwards) at a size (`FontRenderingEmSize`), inside canvases that may
move or scale it (`RenderTransform`). The runs become text lines like a PDF page's — each character placed
by the advances `Indices` gives, else at an average width — and the PDF reader's layout rules (columns,
borderless tables, paragraphs) make the page's blocks. The font files are not read (fonts are obfuscated
and only widths would come from them). Pages follow the document sequence; both the Microsoft namespace
and the OpenXPS one are read by local names.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import Any

from extractors.document import Block, Page
from extractors.odt_reader import parse_xml

MAX_PAGES = 300
MAX_RUNS = 50_000  # Glyphs read on one page
_Matrix = tuple[float, float, float, float, float, float]  # a, b, c, d, e, f as XAML writes them
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_AVERAGE_ADVANCE = 0.5  # of the em size, for a character whose advance the file does not give


def is_xps(names: set[str]) -> bool:
    return any(n.lower().endswith(".fdseq") for n in names) or any(n.lower().endswith(".fpage") for n in names)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _matrix(text: str | None) -> _Matrix:
    try:
        values = [float(v) for v in re.split(r"[\s,]+", (text or "").strip()) if v]
    except ValueError:
        return _IDENTITY
    return (values[0], values[1], values[2], values[3], values[4], values[5]) if len(values) == 6 else _IDENTITY


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    """m then n (a child's transform m inside a parent's n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _point(m: _Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _advances(indices: str | None, count: int, size: float) -> list[float]:
    """Each character's advance in page units: from `Indices` (« glyph,advance » in 1/100 em) when given."""
    out = [_AVERAGE_ADVANCE * size] * count
    if indices:
        for k, part in enumerate(indices.split(";")[:count]):
            fields = part.split(",")
            if len(fields) > 1 and fields[1].strip():
                try:
                    out[k] = float(fields[1]) / 100 * size
                except ValueError:
                    continue
    return out


def _runs(el: Any, m: _Matrix, out: list[dict[str, Any]]) -> None:
    """The page's runs of text as lines (text, box, chars), in points, walking canvases and their transforms."""
    for child in el:
        if len(out) >= MAX_RUNS:
            return
        name = _local(child.tag)
        own = _matrix(child.get("RenderTransform")) if child.get("RenderTransform") else _IDENTITY
        for sub in child:  # <Canvas.RenderTransform><MatrixTransform Matrix="…"/></…>
            if _local(sub.tag).endswith(".RenderTransform"):
                inner = next(iter(sub), None)
                if inner is not None and inner.get("Matrix"):
                    own = _matrix(inner.get("Matrix"))
        frame = _times(own, m)
        if name == "Canvas":
            _runs(child, frame, out)
        elif name == "Glyphs":
            text = child.get("UnicodeString") or ""
            if text.startswith("{}"):
                text = text[2:]
            if not text.strip():
                continue
            try:
                x, y = float(child.get("OriginX") or 0), float(child.get("OriginY") or 0)
                size = float(child.get("FontRenderingEmSize") or 12)
            except ValueError:
                continue
            scale = (abs(frame[0]) + abs(frame[3])) / 2 or 1.0
            bold = "Bold" in (child.get("StyleSimulations") or "")
            chars = []
            for ch, advance in zip(text, _advances(child.get("Indices"), len(text), size), strict=True):
                x0, base = _point(frame, x, y)
                x1, _ = _point(frame, x + advance, y)
                pt = 72 / 96
                if ch.strip():
                    chars.append({"text": ch, "fontname": "Bold" if bold else "", "size": size * scale * pt,
                                  "x0": x0 * pt, "x1": x1 * pt, "top": (base - 0.8 * size * scale) * pt,
                                  "bottom": (base + 0.2 * size * scale) * pt})
                x += advance
            if chars:
                out.append({"text": " ".join(text.split()), "x0": chars[0]["x0"], "x1": chars[-1]["x1"],
                            "top": min(c["top"] for c in chars), "bottom": max(c["bottom"] for c in chars),
                            "chars": chars})


def _targets(zf: zipfile.ZipFile, part: str, tag: str, attr: str = "Source") -> list[str]:
    """The parts a sequence or a document lists (« DocumentReference », « PageContent »), in order."""
    root = parse_xml(zf.read(part))
    folder = posixpath.dirname(part)
    out = []
    for el in root.iter():
        if _local(el.tag) == tag and el.get(attr):
            src = el.get(attr) or ""
            out.append(posixpath.normpath(src.lstrip("/") if src.startswith("/") else posixpath.join(folder, src)))
    return out


def xps_pages(zf: zipfile.ZipFile) -> list[Page]:
    """The pages of an XPS package in reading order, each read into blocks by the PDF layout rules."""
    from extractors.pdf_text import _line_blocks

    names = set(zf.namelist())
    seq = sorted(n for n in names if n.lower().endswith(".fdseq"))
    order: list[str] = []
    if seq:
        for doc in _targets(zf, seq[0], "DocumentReference"):
            if doc in names:
                order += [p for p in _targets(zf, doc, "PageContent") if p in names]
    if not order:  # no sequence: the pages by their folder and number
        order = sorted((n for n in names if n.lower().endswith(".fpage")),
                       key=lambda n: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", n)])
    pages: list[Page] = []
    for part in order[:MAX_PAGES]:
        runs: list[dict[str, Any]] = []
        _runs(parse_xml(zf.read(part)), _IDENTITY, runs)
        blocks: list[Block] = _line_blocks(runs) if runs else []
        pages.append(Page(len(pages) + 1, blocks))
    return pages
