"""Tables pasted as pictures into a text PDF: the letter is text, but its calendar is a screenshot of a
spreadsheet or a scanned annex. The picture's part of the page is rendered and read with OCR (the scan
reader's rules and tables), and its blocks take the picture's place among the page's text blocks.

Only pictures large enough to hold a table and with (almost) no text drawn over them are read: a logo is
too small, a full-page background under the letter's text is covered with text. Each is rendered within
the pixel budget; without Tesseract the page keeps its text and says what it could not read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.text import fold
from extractors.document import Block

MIN_AREA = 0.08  # of the page: a logo or a signature is smaller
MIN_WIDTH = 0.30  # of the page width: a table is wide
MAX_TEXT_OVER = 25  # characters of text drawn over the picture: more, it is a background
PICTURE_DPI = 200


def pictures(fpage: Any, images: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) in points of the page's pictures (`images`, their bounds) that may hold a
    table of text: wide and large enough, with (almost) no text drawn over them."""
    width, height = fpage.get_size()
    out = []
    textpage = None
    try:
        for bounds in images[:50]:
            left, bottom, right, top = (max(0.0, min(v, lim)) for v, lim in zip(
                bounds, (width, height, width, height), strict=True))
            w, h = right - left, top - bottom
            if w < MIN_WIDTH * width or w * h < MIN_AREA * width * height:
                continue
            if textpage is None:
                textpage = fpage.get_textpage()
            over = textpage.get_text_bounded(left=left, bottom=bottom, right=right, top=top)
            if len("".join(over.split())) <= MAX_TEXT_OVER:
                out.append((left, bottom, right, top))
    finally:
        if textpage is not None:
            textpage.close()
    return out


def text_above(fpage: Any, top: float) -> str:
    """The last line of text printed above a height of the page (points from the bottom)."""
    width, height = fpage.get_size()
    textpage = fpage.get_textpage()
    try:
        above = textpage.get_text_bounded(left=0, bottom=min(top, height), right=width, top=height)
    finally:
        textpage.close()
    lines = [ln for ln in above.replace("\r", "\n").split("\n") if ln.strip()]
    return lines[-1] if lines else ""


def picture_blocks(fpage: Any, box: tuple[float, float, float, float],
                   read_image: Callable[[Any, int], list[Block]]) -> list[Block]:
    """The blocks OCR reads in one picture of the page: the page's rendering of that part (with whatever the
    page draws over it) and, for an upright image, its own pixels too — a rendering near the image's own scale
    smears a screenshot's one-pixel grid into grey and loses the table, while the own pixels of a small
    screenshot may read worse than the enlarged rendering. The reading whose tables hold more filled than
    empty cells is kept."""
    from extractors import safety

    width, height = fpage.get_size()
    left, bottom, right, top = box
    dpi = safety.render_dpi(right - left, top - bottom, PICTURE_DPI)
    rendered: list[Block] = []
    if dpi is not None:
        bitmap = fpage.render(scale=dpi / 72, grayscale=True, crop=(left, bottom, width - right, height - top))
        rendered = read_image(bitmap.to_pil().convert("L"), dpi)
    own = _own_pixels(fpage, box)
    if own is None:
        return rendered
    mine = read_image(*own)
    return mine if _table_quality(mine) > _table_quality(rendered) else rendered


def _table_quality(blocks: list[Block]) -> int:
    """Filled minus empty cells of the tables read: a table cut in two, or columns run together, scores less."""
    cells = [c for b in blocks if b.kind == "table" for row in b.rows for c in row]
    filled = sum(1 for c in cells if c.strip())
    return filled - (len(cells) - filled)


def _own_pixels(fpage: Any, box: tuple[float, float, float, float]) -> tuple[Any, int] | None:
    """The greyscale pixels of the image drawn upright over exactly `box`, with the resolution it is shown
    at (a screenshot shown small is enlarged twice, as the scan reader does); None when there is no such
    image, it is turned or flipped, too large for the pixel budget, or pdfium cannot decode it."""
    from PIL import Image

    from extractors import safety

    try:
        for obj in fpage.get_objects(max_depth=1):
            if obj.type != 3:  # FPDF_PAGEOBJ_IMAGE
                continue
            bounds = obj.get_bounds()
            if max(abs(a - b) for a, b in zip(bounds, box, strict=True)) > 1.0:
                continue
            m = obj.get_matrix()
            if abs(m.b) > 1e-3 or abs(m.c) > 1e-3 or m.a <= 0 or m.d <= 0:
                return None
            px_w, px_h = obj.get_px_size()
            if px_w * px_h > safety.MAX_RENDER_PIXELS or px_w < 200:
                return None
            gray = obj.get_bitmap(render=False).to_pil().convert("L")
            dpi = int(round(px_w / ((box[2] - box[0]) / 72)))
            if dpi < 100:
                return None  # too coarse to read as it is: the rendering enlarges it
            if dpi < 150 and px_w * px_h * 4 <= safety.MAX_RENDER_PIXELS:
                gray, dpi = gray.resize((px_w * 2, px_h * 2), Image.Resampling.LANCZOS), dpi * 2
            return gray, dpi
    except Exception:  # noqa: BLE001 - an image pdfium cannot decode: the page's rendering is read instead
        return None
    return None


def insert_after(blocks: list[Block], line: str, new: list[Block]) -> list[Block]:
    """The page's blocks with `new` placed after the block that ends with `line` (the text printed just
    above the picture); first when nothing is above it, last when the line is not found."""
    if not line.strip():
        return new + blocks
    key = fold(" ".join(line.split()))[-40:]
    for k in range(len(blocks) - 1, -1, -1):
        if key and key in fold(" ".join(blocks[k].flat().split())):
            return blocks[:k + 1] + new + blocks[k + 1:]
    return blocks + new
