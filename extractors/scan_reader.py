"""Scanned circulars: an image-only PDF read with OCR (Tesseract "fra", extractors.ocr), its ruled tables
rebuilt from the word boxes and the rules drawn on the image.

Each page is rendered and read once. Tables: the long horizontal rules of the page image give the rows;
between two rules, the vertical strokes that cross the whole band give that row's cells (a cell merged
across columns has no stroke inside it, a cell merged down has no rule under it, as in the Word original).
Cells are put on the table's columns (every stroke position met in the table), so a merged cell reads as
the text in its first column and empty columns after it, like pdfplumber's tables. Words outside tables
become paragraphs with the same rules as text PDFs (extractors.pdf_text._paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PIL import Image, ImageFilter

from core.text import fold
from extractors.codes import CODE_START
from extractors.dates import _MONTH_RE, MONTH_NAMES, MONTHS, WEEKDAY_NAMES, has_date, time_slots
from extractors.document import Block, Page
from extractors.ocr import (
    OcrPage,
    Word,
    _split_on_gaps,
    deskew,
    ensure_engine,
    ocr_block_text,
    ocr_image,
    page_dpi,
    quarter_turn,
    render_pdf_page,
    within_budget,
)

OCR_DPI = 200  # a scan is rarely finer than 200-300 dpi; Tesseract reads 10 pt text well at 200
_DARK = 200  # grey level below which a pixel may be a rule (a thin rule scans light grey)
_RULE_MIN = 0.10  # a horizontal rule spans at least this fraction of the page width
_PUNCT = {"-", "–", "—", ":", ";", ",", "(", ")", "«", "»"}
_STROKE_FILL = 0.97
_SPECK_PIXELS = 3  # at OCR_DPI a dark blot this small is scanner noise: the dot of an i is larger
_GREYISH = 0.8  # grey pixels per dark pixel below which a page is bilevel (fax ~0.4-0.65, grey scans ~1-1.5)
_SPECKLED = 50  # specks per megapixel above which a page is noisy (a clean render has none, a noisy scan ~400)
_FRAME_SLACK = 25  # pixels between a table's rule ends and its border strokes  # a vertical stroke covers this fraction of its band's height


Band = tuple[int, int, list[int]]  # a table row: top rule y, bottom rule y, x of its vertical strokes


@dataclass
class _Rule:
    y: int
    x0: int
    x1: int
    pieces: list[tuple[int, int]] = field(default_factory=list)  # drawn stretches (a merged cell breaks it)

    def covers(self, a: int, b: int) -> bool:
        """Whether the rule is drawn under most of [a, b] (a cell closed at the bottom)."""
        inner = max(1, b - a - 16)
        drawn = sum(max(0, min(b - 8, x1) - max(a + 8, x0)) for x0, x1 in self.pieces)
        return drawn >= 0.8 * inner


def _horizontal_rules(dark: Any) -> list[_Rule]:
    """Rows of the image holding a long dark run (a table rule), adjacent rows merged."""
    import numpy as np

    h, w = dark.shape
    length = max(40, int(_RULE_MIN * w))
    csum = np.concatenate([np.zeros((h, 1), dtype=np.int32), np.cumsum(dark, axis=1, dtype=np.int32)], axis=1)
    window = csum[:, length:] - csum[:, :-length]  # dark pixels in each run of `length`
    full = window >= int(0.9 * length)
    rows = np.nonzero(full.any(axis=1))[0]
    rules: list[_Rule] = []
    for y in rows:
        xs = np.nonzero(full[y])[0]
        x0, x1 = int(xs[0]), int(xs[-1]) + length
        breaks = np.nonzero(np.diff(xs) > 1)[0]
        starts = [int(xs[0])] + [int(xs[k + 1]) for k in breaks]
        ends = [int(xs[k]) + length for k in breaks] + [x1]
        pieces = list(zip(starts, ends, strict=True))
        if rules and y - rules[-1].y <= 5:  # the same rule: thick, or in pieces around merged cells
            r = rules[-1]
            r.y, r.x0, r.x1 = int(y), min(r.x0, x0), max(r.x1, x1)
            r.pieces.extend(pieces)
            continue
        rules.append(_Rule(int(y), x0, x1, pieces))
    return rules


def _tables(rules: list[_Rule], max_row: int) -> list[list[_Rule]]:
    """Runs of rules that overlap horizontally and follow each other closely: one table each."""
    tables: list[list[_Rule]] = []
    for r in rules:
        cur = tables[-1] if tables else None
        if cur and r.y - cur[-1].y <= max_row and min(r.x1, cur[0].x1) - max(r.x0, cur[0].x0) > 0.5 * (r.x1 - r.x0):
            cur.append(r)
        else:
            tables.append([r])
    return [t for t in tables if len(t) >= 2]


def _strokes(dark: Any, top: int, bottom: int, x0: int, x1: int) -> list[int]:
    """x of the vertical strokes crossing the band [top, bottom] between x0 and x1."""
    import numpy as np

    if bottom - top < 6:
        return []
    band = dark[top + 3:bottom - 2, max(0, x0 - 4):x1 + 5]
    band = band[:, :-2] | band[:, 1:-1] | band[:, 2:]  # a stroke one pixel off its column still counts
    cover = band.mean(axis=0)
    xs = np.nonzero(cover >= _STROKE_FILL)[0]
    out: list[int] = []
    for x in xs:
        gx = int(x) + 1 + max(0, x0 - 4)
        if out and gx - out[-1] <= 4:
            out[-1] = gx
        else:
            out.append(gx)
    return out


def _text_of(words: list[Word]) -> str:
    """Words of a cell in reading order: Tesseract's lines top to bottom, each left to right."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    ordered = sorted(lines.values(), key=lambda ws: sorted(w.top + w.bottom for w in ws)[len(ws) // 2])
    out = ""
    for ws in ordered:
        line = " ".join(x.text for x in sorted(ws, key=lambda x: x.x0))
        out = out + line if out.endswith("-") and line[:1].isalpha() else f"{out} {line}".strip()
    return out


# Tesseract's usual confusions in circulars: "El" for the code E1, "Iycée" for lycée, "14 hau" for "14 h au",
# "ler" for the 1er of "du lundi 1er au …"
_OCR_FIXES = (
    (re.compile(r"^([EU])[lIL|](?=$|[^\w])"), r"\g<1>1"),
    (re.compile(r"^([EU])[Ss](\d)"), r"\1\2"),  # "ES5-A": a speck read as S before the digit
    (re.compile(r"^€(\d)"), r"E\1"),  # "€1": the E of a code on a fax
    (re.compile(r"^celte$"), "cette"),
    (re.compile(r"^[lIL|]er$"), "1er"),
    (re.compile(r"^Iy"), "ly"),
    (re.compile(r"^([hH])(au|aux|à)$"), r"\1 \2"),
    (re.compile(r"^(\d{1,2}h\d{2})[.,;:]+"), r"\1"),  # "14h00.-" (a speck after the hour)
    (re.compile(r"^[àa][lI|](\d{1,2}h)"), r"à 1\1"),  # "àl4h" for "à 14h"
    (re.compile(rf"(?i)^({_MONTH_RE})((?:19|20)\d\d)"), r"\1 \2"),  # "mai2027"
)


_MONTH_BY_FOLD = {fold(m): m for m in MONTH_NAMES}


def _fixed(text: str) -> str:
    for rx, repl in _OCR_FIXES:
        text = rx.sub(repl, text)
    # a speck over a letter reads as an accent: "mäi", "jüin" are the month (the months' own accents kept)
    return _MONTH_BY_FOLD.get(fold(text), text) if text.lower() not in MONTHS else text


def speckled(gray: Image.Image) -> bool:
    """A page strewn with scanner specks (isolated blots of a few pixels): Tesseract reads them as accents
    and turns "E5" into "ES" or "mai" into "mäi", so such a page is median-filtered before OCR."""
    import numpy as np
    from scipy import ndimage

    arr = np.asarray(gray)
    dark = arr < 128
    # a bilevel copy (fax, thresholded scan) has few grey pixels around its strokes: a median would eat its
    # thin letters, and Tesseract reads it as it is
    if ((arr > 60) & (arr < 195)).sum() < _GREYISH * max(int(dark.sum()), 1):
        return False
    labels, _ = ndimage.label(dark)
    sizes = np.bincount(labels.ravel())[1:]
    return bool((sizes <= _SPECK_PIXELS).sum() / (dark.size / 1e6) > _SPECKLED)


def _code_not_heading(words: list[Word], k: int) -> bool:
    """Word k is "ES" inside mixed-case text: the code E5 misread (uppercase "ES" is no French word, but an
    all-capitals heading may hold the letters of another word)."""
    near = [w.text for w in words[max(0, k - 2):k + 3] if w is not words[k] and w.line == words[k].line]
    return words[k].text == "ES" and any(any(c.islower() for c in t) for t in near)


_DAYLESS = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_NAMES)})\s+(?:{_MONTH_RE})\b")  # "Mardi mai 2027"


_S_FOR_5 = re.compile(r"[EU][Ss]")  # Tesseract reads the 5 of a code before a sub-épreuve letter as S


_LOOKALIKE_DIGITS = str.maketrans({"S": "5", "s": "5", "l": "1", "I": "1", "i": "1", "T": "1", "O": "0", "o": "0",
                                   "Z": "2", "z": "2", "B": "8", "G": "6", "g": "9", "q": "9", "d": "4"})
_EPREUVE_WORD = re.compile(r"(?i)^(?:l['’])?(?:sous-)?[ée]preuves?$")
_NATURE_WORD = re.compile(r"(?i)^(?:pratique|orale|[ée]crite)$")


def _code_after_epreuve(words: list[Word], k: int) -> str | None:
    """"L'épreuve Ed (conception …)", "l'épreuve pratique EST (production …)": right after « épreuve »
    a code is expected; a two- or three-letter word starting with E or U whose other letters are digit
    look-alikes is that code (E4, E51). None when the word is anything else."""
    w = words[k].text
    before = [x.text for x in words[max(0, k - 2):k]]
    after_epreuve = bool(before) and (_EPREUVE_WORD.match(before[-1]) or len(before) == 2 and bool(
        _NATURE_WORD.match(before[1]) and _EPREUVE_WORD.match(before[0])))
    if not (2 <= len(w) <= 3 and w[0] in "EU") or not after_epreuve:
        return None
    rest = w[1:].translate(_LOOKALIKE_DIGITS)
    if w[1:].isdigit() or not re.fullmatch(r"\d{1,2}", rest):
        return None
    return w[0] + rest


def _clean_words(words: list[Word]) -> list[Word]:
    """Specks read as words (":", ".", "|", "“") are dropped: a word keeps a letter or a digit, and a
    word of one or two characters needs some confidence, or to be the "h" of an hour ("à 10 h.")."""
    out = []
    for k, w in enumerate(words):
        alnum = any(c.isalnum() for c in w.text)
        hour = w.text.rstrip(".") in ("h", "H") and k > 0 and words[k - 1].text.isdigit() \
            and words[k - 1].line == w.line
        part = w.text == "À" and k >= 2 and words[k - 1].text in ("-", "–") and words[k - 2].text[:1] in "EU"
        nxt = words[k + 1].text if k + 1 < len(words) else ""
        if part:  # "E5 - À": the sub-épreuve letter read with an accent
            out.append(replace(w, text="A"))
        elif _S_FOR_5.fullmatch(w.text) and nxt in ("A", "B", "C", "D", "-", "–") \
                or _code_not_heading(words, k):  # "ES B": a code X5 B; "l'épreuve ES aura lieu"
            out.append(replace(w, text=w.text[0].upper() + "5"))
        elif (code := _code_after_epreuve(words, k)) is not None:
            out.append(replace(w, text=code))
        elif alnum and (len(w.text) > 2 or w.conf >= 40 or hour):
            out.append(replace(w, text=_fixed(w.text)))
        elif not alnum and w.text in _PUNCT and w.conf >= 60:
            out.append(w)
    return out


def _framed_runs(dark: Any, rules: list[_Rule]) -> list[tuple[list[_Rule], list[Band]]]:
    """The rules cut into tables: a band between two rules belongs to a table when strokes close it on
    both sides (the text between two tables, a heading, is not framed)."""
    x0 = min(r.x0 for r in rules)
    x1 = max(r.x1 for r in rules)
    out: list[tuple[list[_Rule], list[Band]]] = []
    cur_rules: list[_Rule] = [rules[0]]
    cur_bands: list[Band] = []
    for a, b in zip(rules, rules[1:], strict=False):
        xs = _strokes(dark, a.y, b.y, x0, x1)
        if xs and xs[0] - x0 <= _FRAME_SLACK and x1 - xs[-1] <= _FRAME_SLACK:
            cur_rules.append(b)
            cur_bands.append((a.y, b.y, xs))
            continue
        if cur_bands:
            out.append((cur_rules, cur_bands))
        cur_rules, cur_bands = [b], []
    if cur_bands:
        out.append((cur_rules, cur_bands))
    return [(rs, _title_split(dark, bs)) for rs, bs in out]


def _title_split(dark: Any, bands: list[Band]) -> list[Band]:
    """The bands with a title row cut off its header row when no rule separates them (a shaded header right
    under a merged title): the column strokes of the row below go up into the band and stop at the same
    height, where the header row begins."""
    import numpy as np

    out: list[Band] = []
    for k, (top, bottom, xs) in enumerate(bands):
        below = bands[k + 1][2] if k + 1 < len(bands) else []
        inner = below[1:-1] if len(xs) <= 2 and len(below) > 3 else []
        starts = []
        for x in inner:
            column = dark[top + 3:bottom, max(0, x - 1):x + 2].any(axis=1)
            light = np.nonzero(~column)[0]
            starts.append(top + 3 + int(light[-1]) + 1 if light.size else top)
        if inner:
            cut = int(np.median(starts))
            if (sum(1 for s in starts if abs(s - cut) <= 3) >= 0.7 * len(inner)
                    and cut - top > 12 and bottom - cut > 12):
                out.extend([(top, cut, xs), (cut, bottom, below)])
                continue
        out.append((top, bottom, xs))
    return out


def _table_block(page: OcrPage, rules: list[_Rule], bands: list[Band], taken: set[int]) -> Block:
    x0 = min(r.x0 for r in rules)
    x1 = max(r.x1 for r in rules)
    columns: list[int] = []
    for _, _, xs in bands:
        for x in xs:
            if not any(abs(x - c) <= 8 for c in columns):
                columns.append(x)
    columns.sort()
    if not columns or columns[0] - x0 > _FRAME_SLACK:
        columns.insert(0, x0)
    by_y = {r.y: r for r in rules}
    grid: list[list[list[Word]]] = []
    flags: list[list[bool]] = []  # a cell merged down from the row above
    boxes: dict[tuple[int, int], tuple[int, int, int, int]] = {}  # (row, column) → its box on the page
    open_cells: dict[tuple[int, int], tuple[int, int]] = {}  # a cell merged down: x range → (row, column)
    for top, bottom, xs in bands:
        edges = sorted({*xs, x0, x1})
        grid.append([[] for _ in range(max(1, len(columns) - 1))])
        flags.append([False] * len(grid[-1]))
        still_open: dict[tuple[int, int], tuple[int, int]] = {}
        for a, b in zip(edges, edges[1:], strict=False):
            if b - a < 8:
                continue
            inside = []
            for i, w in enumerate(page.words):
                cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
                if a <= cx <= b and top <= cy <= bottom:
                    inside.append(w)
                    taken.add(i)
            col = min(min(range(len(columns)), key=lambda k: abs(columns[k] - a)), len(grid[-1]) - 1)
            key = (round(a / 10), round(b / 10))
            r, c = open_cells.get(key, (len(grid) - 1, col))
            grid[r][c].extend(inside)
            if key in open_cells:
                flags[-1][col] = True
            ba, bt, bb, _ = boxes.get((r, c), (a, top, b, bottom))
            boxes[(r, c)] = (min(ba, a), bt, max(bb, b), bottom)  # pieces of one cell (a double border)
            below = by_y.get(bottom)
            if below is not None and not below.covers(a, b):
                still_open[key] = (r, c)
        open_cells = still_open
    rows = [[_text_of(ws) for ws in cells] for cells in grid]
    for r, cells in enumerate(grid):  # a date whose day number the page reading lost: the cell read alone
        for c, ws in enumerate(cells):
            if ws and _DAYLESS.search(rows[r][c]):
                box = (int(min(w.x0 for w in ws)) - 6, int(min(w.top for w in ws)) - 6,
                       int(max(w.x1 for w in ws)) + 6, int(max(w.bottom for w in ws)) + 6)
                again = " ".join(ocr_block_text(page.image.crop(box)).split())
                if has_date(again) and not _DAYLESS.search(again):
                    rows[r][c] = again
            elif not ws and (r, c) in boxes and not flags[r][c]:
                rows[r][c] = _lost_cell(page, boxes[r, c])
    _reread_codes(page, rows, boxes)
    kept = [k for k, row in enumerate(rows) if any(row)]
    return Block("table", rows=[rows[k] for k in kept], continued=[flags[k] for k in kept])




def _reread_codes(page: OcrPage, rows: list[list[str]], boxes: dict[tuple[int, int], tuple[int, int, int, int]]
                  ) -> None:
    """In a column where most cells open with an épreuve code, a cell that does not ("-B Physique-chimie",
    the "E3" lost on a fax) is read again alone, enlarged; the new reading is kept only if it opens with a
    code."""
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        cells = [(r, row[c]) for r, row in enumerate(rows) if c < len(row) and row[c].strip()]
        coded = [r for r, text in cells if CODE_START.match(text)]
        if len(coded) < 3 or len(coded) * 2 < len(cells):
            continue
        for r, text in cells:
            if r in coded or (r, c) not in boxes or len(text) > 120:
                continue
            a, top, b, bottom = boxes[r, c]
            if b - a < 12 or bottom - top < 12:
                continue
            crop = page.image.crop((a + 3, top + 3, b - 3, bottom - 3))
            crop = crop.resize((crop.width * 2, crop.height * 2), Image.Resampling.LANCZOS)
            again = " ".join(_fixed(w) for w in ocr_block_text(crop).split())
            if CODE_START.match(again):
                rows[r][c] = again


def _lost_cell(page: OcrPage, box: tuple[int, int, int, int]) -> str:
    """A cell the page reading left empty although ink is in it (a short code, "E1", skipped by the layout
    analysis): the cell read alone. "" when it holds no ink or nothing readable."""
    import numpy as np

    a, top, b, bottom = box
    if b - a < 16 or bottom - top < 16:  # a sliver between two rules (a warped photo), no cell to read
        return ""
    crop = page.image.crop((a + 4, top + 4, b - 4, bottom - 4))
    ink = int((np.asarray(crop) < 128).sum())
    if ink < 0.0005 * crop.width * crop.height * 10 or ink < 20:  # a few specks, not a word
        return ""
    words = [_fixed(w) for w in ocr_block_text(crop).split() if any(ch.isalnum() for ch in w)]
    text = " ".join(words)
    # only what a calendar needs and a blank form's dotted line never reads as: a code, a date, an hour
    return text if CODE_START.match(text) or has_date(text) or time_slots(text) else ""



def table_geometry(gray: Image.Image, dpi: int) -> list[tuple[list[_Rule], list[Band]]]:
    """The ruled tables of a page image: their rules and, for each row band, its vertical strokes."""
    import numpy as np

    dark = np.asarray(gray) < _DARK
    out = []
    for group in _tables(_horizontal_rules(dark), max_row=int(dpi * 2.2)):
        out.extend(_framed_runs(dark, group))
    return out


def erase_rules(gray: Image.Image, geometry: list[tuple[list[_Rule], list[Band]]]) -> Image.Image:
    """The image with the table rules painted white: Tesseract then reads cell text, not "|" and "1"."""
    import numpy as np

    arr = np.array(gray)
    for rules, bands in geometry:
        x0 = min(r.x0 for r in rules)
        x1 = max(r.x1 for r in rules)
        for r in rules:
            arr[max(0, r.y - 3):r.y + 4, max(0, x0 - 3):x1 + 4] = 255
        for top, bottom, xs in bands:
            for x in xs:
                arr[max(0, top - 3):bottom + 4, max(0, x - 3):x + 4] = 255
    return Image.fromarray(arr)


Paragraphs = Callable[[list[dict[str, Any]]], list[tuple[float, Block]]]
Tables = Callable[[list[dict[str, Any]]], tuple[list[tuple[float, Block]], list[dict[str, Any]]]]


def page_blocks(page: OcrPage, geometry: list[tuple[list[_Rule], list[Band]]], paragraphs: Paragraphs,
                borderless: Tables | None = None) -> list[Block]:
    """Blocks of an OCR page in reading order: ruled tables rebuilt, tables without rules found as the text
    PDF reader finds them (`borderless`: lines whose pieces start at the same columns), the other words as
    paragraphs (grouped by `paragraphs`, the text PDF reader's rules). Coordinates are given to both in
    points, as a text PDF's, so their thresholds hold at any resolution."""
    page = OcrPage(page.image, page.dpi, _clean_words(page.words))
    pt = 72.0 / page.dpi
    taken: set[int] = set()
    placed: list[tuple[float, Block]] = []
    for rs, bands in geometry:
        block = _table_block(page, rs, bands, taken)
        if block.rows:
            placed.append((rs[0].y * pt, block))
    free = [w for i, w in enumerate(page.words) if i not in taken]
    groups: dict[tuple[int, int, int], list[Word]] = {}
    for w in free:
        groups.setdefault(w.line, []).append(w)
    lines: list[dict[str, Any]] = []
    for ws in groups.values():
        for part in _split_on_gaps(sorted(ws, key=lambda w: w.x0)):
            lines.append({"text": " ".join(w.text for w in part), "x0": min(w.x0 for w in part) * pt,
                          "x1": max(w.x1 for w in part) * pt, "top": min(w.top for w in part) * pt,
                          "bottom": max(w.bottom for w in part) * pt,
                          "chars": [{"text": w.text, "x0": w.x0 * pt, "x1": w.x1 * pt, "fontname": "", "size": 10.0}
                                    for w in part]})
    lines.sort(key=lambda ln: (round(ln["top"] / 3), ln["x0"]))
    if borderless is not None:
        tables, lines = borderless(lines)
        placed.extend(tables)
    placed.extend(paragraphs(lines))
    placed.sort(key=lambda tb: tb[0])
    return [b for _, b in placed]


_DASH_RUN = re.compile(r"(?<=[\dh])\s*[-–—]{2,}\s*(?=\d)")  # « 14 h 00 —-16 h 00 »: one dash, doubled by the scan
_ONE_LOOKALIKE = re.compile(r"^(?P<k>[EU])[TlI|i](?P<rest>\d?[A-D]?)$")  # « ET », « El », « EI » for « E1 »


def _codes_repaired(rows: list[list[str]]) -> list[list[str]]:
    """In a column of épreuve codes, a cell Tesseract read « ET » or « El » is « E1 » (the 1 taken for a
    letter): a lone word of the code's shape, among codes."""
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        cells = [row[c].strip() for row in rows if c < len(row) and row[c].strip()]
        if sum(bool(CODE_START.match(t)) for t in cells) < max(3, len(cells) // 2):
            continue
        for row in rows:
            if c < len(row) and (m := _ONE_LOOKALIKE.match(row[c].strip())):
                row[c] = f"{m.group('k')}1{m.group('rest')}"
    return rows


# Digits Tesseract confuses with each other: a day read wrong keeps its weekday, which tells the right one
_DIGIT_LOOKALIKES = {"0": "86", "1": "7", "2": "7", "3": "8", "4": "9", "5": "6", "6": "58", "7": "12", "8": "0369",
                     "9": "48"}
_WEEKDAY_DAY = re.compile(rf"(?i)\b(?P<wd>{'|'.join(WEEKDAY_NAMES)})\s+(?P<d>\d{{1,2}})(?P<er>er)?\s+(?P<m>{_MONTH_RE})\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def repair_days(text: str) -> str:
    """"du lundi 28 mai au mercredi 31 mai 2028": the 28th is a Sunday, the 29th a Monday, and 8 and 9 look
    alike to Tesseract — the day whose one digit is a look-alike and whose weekday is the written one
    replaces it. Left as read when no such day or several fit, or no year follows within the sentence."""
    def fix(m: re.Match[str]) -> str:
        year_m = _YEAR.search(text, m.end(), m.end() + 60)
        month = MONTHS.get(m.group("m").lower().rstrip("."))
        if year_m is None or month is None:
            return m.group(0)
        year, day, weekday = int(year_m.group(0)), m.group("d"), WEEKDAY_NAMES.index(m.group("wd").lower())

        def weekday_of(d: str) -> int | None:
            try:
                return date(year, month, int(d)).weekday()
            except ValueError:
                return None

        if weekday_of(day) == weekday:
            return m.group(0)
        fits = {cand for k, ch in enumerate(day) for alt in _DIGIT_LOOKALIKES.get(ch, "")
                if (cand := day[:k] + alt + day[k + 1:]) and not cand.startswith("0") and weekday_of(cand) == weekday}
        if len(fits) != 1:
            return m.group(0)
        return m.group(0).replace(day, fits.pop(), 1)

    return _WEEKDAY_DAY.sub(fix, text) if text else text


_PAPER_MIN = 0.30  # the sheet covers at least this share of a photo; less is no sheet we can trust
_PAPER_FULL = 0.97  # a sheet covering more than this is a scan (no background around it)


def _otsu(values: Any) -> float:
    import numpy as np

    hist = np.bincount(values.ravel(), minlength=256).astype(float)
    total = hist.sum()
    cum, cum_mean = np.cumsum(hist), np.cumsum(hist * np.arange(256))
    w0 = cum / total
    w1 = 1 - w0
    m0 = cum_mean / np.maximum(cum, 1)
    m1 = (cum_mean[-1] - cum_mean) / np.maximum(total - cum, 1)
    between = w0 * w1 * (m0 - m1) ** 2
    return float(np.argmax(between))


def _sheet(arr: Any) -> Any | None:
    """The sheet's mask in a small grey photo: the largest bright blob, holes filled. A shadow across the
    sheet splits it at Otsu's threshold, so lower thresholds are tried too and the most rectangular blob
    of a plausible size wins (bounding-box fill: a sheet cut by a shadow's diagonal fills half its box)."""
    import numpy as np
    from scipy import ndimage

    otsu = _otsu(arr)
    best: tuple[float, Any] | None = None
    for k in (1.0, 0.85, 0.7, 0.55):
        labels, n = ndimage.label(arr > otsu * k)
        if n == 0:
            continue
        sizes = np.bincount(labels.ravel())[1:]
        sheet = ndimage.binary_fill_holes(labels == (1 + int(np.argmax(sizes))))
        if not _PAPER_MIN <= float(sheet.mean()) <= _PAPER_FULL:
            continue
        ys, xs = np.nonzero(sheet)
        fill = float(sheet.sum()) / max(1.0, float((xs.max() - xs.min() + 1) * (ys.max() - ys.min() + 1)))
        if best is None or fill > best[0] + 0.02:
            best = (fill, sheet)
    return best[1] if best is not None else None


def flattened(gray: Image.Image) -> Image.Image:
    """A phone photo of a page made a flat scan: the sheet (bright, the largest blob on a darker table) is
    cut out along its four corners and stretched to a rectangle, then its uneven lighting divided out, so
    table rules are straight again and Tesseract binarises evenly. A scan (no background around the sheet)
    comes back unchanged."""
    import numpy as np

    small = gray.copy()
    small.thumbnail((600, 600))
    arr = np.asarray(small)
    sheet = _sheet(arr)
    if sheet is None:
        return gray
    ys, xs = np.nonzero(sheet)
    scale = gray.width / small.width
    corners = [(xs[k] * scale, ys[k] * scale) for k in (np.argmin(xs + ys), np.argmin(xs - ys),
                                                        np.argmax(xs + ys), np.argmax(xs - ys))]
    (ulx, uly), (llx, lly), (lrx, lry), (urx, ury) = corners  # min x+y, min x-y, max x+y, max x-y
    width = int(max(np.hypot(urx - ulx, ury - uly), np.hypot(lrx - llx, lry - lly)))
    height = int(max(np.hypot(llx - ulx, lly - uly), np.hypot(lrx - urx, lry - ury)))
    if width < gray.width * 0.3 or height < gray.height * 0.3:
        return gray
    flat = gray.transform((width, height), Image.Transform.QUAD,
                          (ulx, uly, llx, lly, lrx, lry, urx, ury), resample=Image.Resampling.BICUBIC)
    # lighting: the page's brightness seen through a wide window (text removed by a max filter), divided out
    light = flat.copy()
    light.thumbnail((200, 200))
    light = light.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(4)).resize(flat.size)
    out = np.asarray(flat, dtype=float) / np.maximum(np.asarray(light, dtype=float), 1.0) * 255.0
    return Image.fromarray(np.clip(out, 0, 255).astype("uint8"))


def read_scanned(doc: Any, paragraphs: Paragraphs, progress: Callable[[int, int], None] | None = None,
                 borderless: Tables | None = None, indices: list[int] | None = None) -> list[Page]:
    """The pages of an open pypdfium2 document (all, or those of `indices`) read with OCR (Tesseract must be
    installed: OcrUnavailable otherwise). `progress(done, total)` is called after each page."""
    ensure_engine()
    pages = []
    wanted = list(range(len(doc))) if indices is None else indices
    total = len(wanted)
    for done, i in enumerate(wanted, 1):
        image, dpi = within_budget(render_pdf_page(doc, i, OCR_DPI), page_dpi(doc, i, OCR_DPI))
        pages.append(Page(i + 1, sheet_blocks(image, dpi, paragraphs, borderless), ocr=True))
        if progress is not None:
            progress(done, total)
    return pages


def sheet_blocks(image: Image.Image, dpi: int, paragraphs: Paragraphs, borderless: Tables | None = None
                 ) -> list[Block]:
    """One scanned or photographed sheet read with OCR: cut out of its background, deskewed, read again as
    taken or turned a quarter when the first reading is weak."""
    raw = image.convert("L")
    flat = flattened(raw)
    blocks, (strong, read) = _image_blocks(deskew(flat), dpi, paragraphs, borderless)
    if flat is not raw and (strong < _STRONG_WORDS or strong < _STRONG_SHARE * read):
        # the sheet cut out wrong (a warped photo): the photo as taken may read better
        again, (strong_again, _) = _image_blocks(deskew(raw), dpi, paragraphs, borderless)
        if strong_again > strong:
            blocks, strong = again, strong_again
    if strong < _STRONG_WORDS and (turn := quarter_turn(flat)):
        # a landscape page photographed in portrait: its text runs sideways, read it turned
        again, (strong_again, _) = _image_blocks(deskew(flat.rotate(turn, expand=True)), dpi, paragraphs,
                                                 borderless)
        if strong_again > strong:
            blocks = again
    return blocks


_SCREEN_WIDTH = 2000  # pixels: an image narrower than this and without a resolution is a screen capture
_SCREEN_DPI = 96


def read_image_pages(data: bytes, paragraphs: Paragraphs, borderless: Tables | None = None,
                     max_pages: int = 50, progress: Callable[[int, int], None] | None = None) -> list[Page]:
    """A circular received as pictures (a photo, a screenshot, a multi-page TIFF from a fax): each frame read
    as a scanned sheet. A picture without resolution narrower than a page scan is a screen capture, enlarged
    twice so its 10-point text reaches the size Tesseract reads."""
    import io

    from PIL import ImageOps

    ensure_engine()
    pages: list[Page] = []
    with Image.open(io.BytesIO(data)) as img:
        total = min(getattr(img, "n_frames", 1), max_pages)
        for index in range(total):
            img.seek(index)
            frame = ImageOps.exif_transpose(img).convert("L")  # a phone stores its photo sideways
            given = img.info.get("dpi")
            dpi = int(round(float(given[0]))) if given and float(given[0]) >= 50 else 0
            if not dpi:
                dpi = 2 * _SCREEN_DPI if frame.width < _SCREEN_WIDTH else OCR_DPI
                if frame.width < _SCREEN_WIDTH:
                    frame = frame.resize((frame.width * 2, frame.height * 2), Image.Resampling.LANCZOS)
            frame, dpi = within_budget(frame, dpi)
            pages.append(Page(index + 1, sheet_blocks(frame, dpi, paragraphs, borderless), ocr=True))
            if progress is not None:
                progress(index + 1, total)
    return pages


_STRONG_WORDS = 150  # words read with confidence ≥ 80 below which a page's OCR is worth a second try
_STRONG_CONF = 80.0
_STRONG_SHARE = 0.75  # a clean reading has most of its words confident


def image_blocks(gray: Image.Image, dpi: int, paragraphs: Paragraphs, borderless: Tables | None = None
                 ) -> list[Block]:
    """The blocks of one greyscale image of text (a scanned page, or a table pasted as a picture into a
    text PDF): rules found, OCR on the image without them, tables rebuilt, weekdays repaired."""
    return _image_blocks(gray, dpi, paragraphs, borderless)[0]


def _image_blocks(gray: Image.Image, dpi: int, paragraphs: Paragraphs, borderless: Tables | None = None
                  ) -> tuple[list[Block], tuple[int, int]]:
    """image_blocks, with how many words Tesseract read confidently and in all (to compare two readings)."""
    geometry = table_geometry(gray, dpi)  # before any filter: a median would thin a hairline rule away
    clean = gray.filter(ImageFilter.MedianFilter(3)) if speckled(gray) else gray
    ocr_page = ocr_image(erase_rules(clean, geometry) if geometry else clean, dpi)
    blocks = page_blocks(ocr_page, geometry, paragraphs, borderless)
    for block in blocks:
        block.text = _DASH_RUN.sub(" – ", repair_days(block.text))
        block.rows = _codes_repaired([[_DASH_RUN.sub(" – ", repair_days(c)) for c in row] for row in block.rows])
    return blocks, (sum(1 for w in ocr_page.words if w.conf >= _STRONG_CONF), len(ocr_page.words))
