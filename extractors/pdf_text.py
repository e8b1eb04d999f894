"""PDF reader: text layer → pages of text blocks and table blocks, in reading order (pdfplumber).

Tables are found only on pages that draw lines or rectangles (ruled tables), which keeps the common
text-only page cheap; text outside the tables is grouped into paragraphs by the vertical gap between
lines, a change of weight, or a bullet. An image-only PDF (a scan) is read with OCR (extractors.scan_reader),
and refused with NoTextError only when Tesseract is missing or finds nothing.
Hostile PDFs: stream bombs are refused before any parser runs (extractors.safety); a page that pdfminer
cannot parse, or that draws too many paths for its table finder, is read by pdfium without its tables.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from core.errors import (
    EncryptedFileError,
    InputFileError,
    NoTextError,
    TooLargeError,
    TruncatedFileError,
)
from core.text import PIPE_ROW, PIPE_RULE, fold, furniture_key, pipe_cells
from extractors import safety
from extractors.charsets import accents_joined
from extractors.codes import CODE_START
from extractors.dates import MONTH_NAMES, WEEKDAY_NAMES, find_dates, has_date
from extractors.document import Block, Document, Page

_BULLETS = ("- ", "• ", "· ", "➤", "\uf0b7", "\uf0a7", "– ", "▪", "■", "✓")
_PARA_GAP = 0.6  # a vertical gap above 60 % of the line height starts a new paragraph
_SHORT_LINE = 0.2  # a line ending before 80 % of the text width ends its paragraph
_Y_TOLERANCE = 5  # keeps superscripts (2ème, 1er) on their line

# a damaged PDF makes pypdf and pdfminer log dozens of repair warnings: the user gets one French line
for _name in ("pypdf", "pdfminer"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def _open_checked(path: Path, data: bytes, max_pages: int) -> str:
    """Refuse truncated, encrypted and oversized PDFs before the slow parser runs; returns the password."""
    if b"%%EOF" not in data[-4096:]:
        raise TruncatedFileError("PDF tronqué : la fin du fichier (%%EOF) est absente", path=path)
    safety.refuse_pdf_stream_bombs(path, data)
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        encrypted = reader.is_encrypted
        password = ""
        if encrypted and not reader.decrypt(""):
            raise EncryptedFileError(
                "PDF protégé par un mot de passe, impossible de lire son texte", path=path
            )
        n = len(reader.pages)
    except EncryptedFileError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        if "decrypt" in str(exc).lower() or "password" in str(exc).lower():
            raise EncryptedFileError(
                "PDF chiffré avec un procédé non pris en charge, impossible de lire son texte", path=path
            ) from exc
        raise TruncatedFileError(
            "PDF endommagé ou incomplet : sa structure est illisible", path=path
        ) from exc
    if n == 0:
        raise TruncatedFileError("PDF endommagé ou incomplet : aucune page lisible", path=path)
    if n > max_pages:
        raise TooLargeError(f"PDF de {n} pages, au-delà de la limite de {max_pages} pages", path=path)
    return password


def _cell(text: str | None) -> str:
    """A cell's lines joined: "Nouvelle-" + "Calédonie" keeps its hyphen without a space."""
    return " ".join(re.sub(r"(?<=\w)-\n(?=\w)", "-", text or "").split())


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx = (obj["x0"] + obj["x1"]) / 2
    cy = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _outside(line: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> dict[str, Any] | None:
    """The part of a text line outside the tables' boxes: the whole line, None when it is inside one, or
    its characters outside when the line runs into a box ("Mercredi 12.05.2027" on the baseline of the
    first line of the framed text beside it)."""
    if not boxes:
        return line
    chars = line.get("chars") or []
    out = [c for c in chars if not _inside(c, boxes)]
    if len(out) == len(chars):
        return line if chars or not _inside(line, boxes) else None
    if not any(str(c["text"]).strip() for c in out):
        return None
    size = max((c.get("size", 0.0) for c in out), default=10.0) or 10.0
    return {**line, "text": _part_text(out, size), "x0": min(c["x0"] for c in out), "x1": max(c["x1"] for c in out),
            "top": min(c["top"] for c in out), "bottom": max(c["bottom"] for c in out), "chars": out}


def _is_bold(chars: list[dict[str, Any]]) -> bool:
    visible = [c for c in chars if c.get("text", "").strip()]
    return bool(visible) and sum("bold" in c.get("fontname", "").lower() for c in visible) * 2 > len(visible)


def _lines_joined(lines: list[str]) -> str:
    """The lines of a paragraph as one text; a line broken after a hyphen between two letters, going on with
    a capital, is a compound name and goes on without a space ("76120 LE GRAND-" + "QUEVILLY", "Pont-" +
    "Audemer"); a lower-case continuation keeps the space the text may have had ("inter- académique")."""
    out = ""
    for line in lines:
        glued = re.search(r"[^\W\d_]-$", out) and line[:1].isupper()
        out = out + line if glued else f"{out} {line}".strip()
    return out


def _body_size(chars: list[dict[str, Any]]) -> float:
    """The font size most of a line's characters have: a bullet or a symbol in a larger font ("– Le
    rapport …" with its dash at 12 pt over text at 10.5 pt) does not make a change of size."""
    if not chars:
        return 0.0
    first = chars[0].get("size", 0.0)
    if all(c.get("size", 0.0) == first for c in chars):  # most lines: one size, no counting
        return round(first, 1)
    sizes = Counter(round(c.get("size", 0.0), 1) for c in chars if str(c.get("text", "")).strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _paragraphs(lines: list[dict[str, Any]]) -> list[tuple[float, Block]]:
    """Group text lines (sorted top to bottom) into paragraph blocks, each with its top coordinate.

    A paragraph ends at a wide vertical gap, after a short line (the last line of a paragraph stops
    before the right edge of the text), at a change of font size, or before a bullet. A block is bold
    when most of its characters are (a bold date inside a sentence does not split it).
    """
    lines = [ln for ln in lines if ln["text"].strip()]
    if not lines:
        return []
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    short_before = right - _SHORT_LINE * max(right - left, 1.0)
    out: list[tuple[float, Block]] = []
    cur: list[str] = []
    cur_chars: list[dict[str, Any]] = []
    top = 0.0
    prev: dict[str, Any] | None = None
    prev_size = 0.0
    for line in lines:
        text = line["text"].strip()
        chars = line.get("chars", [])
        size = _body_size(chars)
        if prev is not None:
            # a line without descenders or capitals is shorter than its font: the font size is its height
            real_font = any(c.get("fontname") for c in prev.get("chars", [])[:3])
            height = max(prev["bottom"] - prev["top"], 0.9 * prev_size if real_font else 0.0, 1.0)
            gap = line["top"] - prev["bottom"]
            open_end = _OPEN_END.search(prev["text"]) is not None or (  # "… le mardi 25 mai 2027 à" goes on
                _CUT_IN_DATE.search(prev["text"]) is not None and re.match(r"\d", text) is not None) or (
                re.search(r"[^\W\d_]-$", prev["text"]) is not None and text[:1].isupper())
            full_before = short_before
            if "column" in prev:  # a line of a newsletter's column is short by that column's width
                c0, c1 = prev["column"]
                full_before = c1 - _SHORT_LINE * max(c1 - c0, 1.0)
            if (
                gap > (2 * _PARA_GAP if open_end and prev["x1"] >= full_before else _PARA_GAP) * height
                or gap < -0.5 * height  # next column or back up the page
                or prev.get("column") != line.get("column") and not (  # out of a newsletter's column, or into
                    text[:1].islower() and not prev["text"].rstrip().endswith((".", ";", ":")))  # one (unless it goes on)
                or prev["x1"] < full_before and not open_end
                or abs(size - prev_size) > 1.0
                or text.startswith(_BULLETS)
            ):
                out.append((top, Block("text", _lines_joined(cur), bold=_is_bold(cur_chars))))
                cur, cur_chars = [], []
        if not cur:
            top = line["top"]
        cur.append(text)
        cur_chars.extend(chars)
        prev, prev_size = line, size
    if cur:
        out.append((top, Block("text", _lines_joined(cur), bold=_is_bold(cur_chars))))
        # the page's last paragraph may go on over the page break if its last line is full
        out[-1][1].open_end = prev is not None and prev["x1"] >= short_before  # type: ignore[attr-defined]
    return out


_COL_GAP = 0.9  # a gap between two characters wider than 0.9 × the font size separates two columns
_COL_SLACK = 4.0  # points between the left edges of one column's texts


def _gap_parts(chars: list[dict[str, Any]], factor: float) -> tuple[list[list[dict[str, Any]]], float]:
    """A line's characters (sorted by x) cut where the white between two is wider than `factor` × the font
    size; and that size."""
    size = max((c.get("size", 0.0) for c in chars), default=10.0) or 10.0
    parts: list[list[dict[str, Any]]] = [[chars[0]]]
    for a, b in zip(chars, chars[1:], strict=False):
        if b["x0"] - a["x1"] > factor * size:
            parts.append([b])
        else:
            parts[-1].append(b)
    return parts, size


def _part_text(part: list[dict[str, Any]], size: float) -> str:
    """The text of a run of characters, a space where the white between two is a word gap. A run over two
    lines of the page (a table cell that wraps, « mercredi 17 mai » over « 2028 », read as one row) is read
    line by line, not interleaved by x (« m20e2r8credi »)."""
    rows = _baseline_rows(part, size)
    if len(rows) > 1:
        return " ".join(_part_text(row, size) for row in rows)
    out = part[0]["text"]
    for a, b in zip(part, part[1:], strict=False):
        out += (" " if b["x0"] - a["x1"] > 0.15 * size else "") + b["text"]
    return out


_QUOTE_MARK = re.compile(r"(?:^|(?<=\s))>(?:\s*>)*(?=\s|$)")


def _unquoted(text: str) -> str:
    """A printed e-mail's quoted lines (« > Les candidats … au lycée > Aliénor-d'Aquitaine … »): the quote
    marks that opened each line, left inside the joined paragraph, taken out."""
    if not text.lstrip().startswith(">"):
        return text  # (« 26 > 29 mai » in a line of its own: a sign, not a quote)
    return " ".join(_QUOTE_MARK.sub(" ", text).split())


def _baseline_rows(part: list[dict[str, Any]], size: float) -> list[list[dict[str, Any]]]:
    """The characters of a run grouped by line of the page, top to bottom, each left to right: characters
    of the body size whose middles are more than half a line apart are on two lines (a smaller raised digit,
    « 1er », « 2028² », stays with its line)."""
    middles = [(c["top"] + c["bottom"]) / 2 for c in part if "top" in c and (c.get("size") or size) > 0.85 * size]
    if len(middles) < 2 or max(middles) - min(middles) <= 0.45 * size:
        return [part]  # (one line: the common case, decided without sorting)
    middles.sort()
    bands: list[list[float]] = [[middles[0]]]
    for m in middles[1:]:
        if m - bands[-1][-1] > 0.45 * size:
            bands.append([m])
        else:
            bands[-1].append(m)
    centres = [sum(b) / len(b) for b in bands]
    rows: list[list[dict[str, Any]]] = [[] for _ in bands]
    for c in part:
        mid = (c["top"] + c["bottom"]) / 2 if "top" in c else centres[0]
        rows[min(range(len(centres)), key=lambda i: abs(centres[i] - mid))].append(c)
    return [sorted(r, key=lambda c: c["x0"]) for r in rows if r]


def _segments(line: dict[str, Any]) -> list[dict[str, Any]]:
    """Pieces of a text line separated by column-wide gaps (a borderless table row), with their x range."""
    chars = sorted({(c["x0"], c["text"]): c for c in line.get("chars", []) if "x0" in c and c["text"].strip()}.values(),
                   key=lambda c: c["x0"])
    if len(chars) < 2:
        return [{"text": line["text"], "x0": line["x0"], "x1": line["x1"]}]
    parts, size = _gap_parts(chars, _COL_GAP)

    def text(part: list[dict[str, Any]]) -> str:
        return _part_text(part, size)

    gaps = [b[0]["x0"] - a[-1]["x1"] for a, b in zip(parts, parts[1:], strict=False)]
    if len(parts) >= 4 and max(gaps) - min(gaps) < 0.5:
        parts = [[c for p in parts for c in p]]  # a justified line: its word gaps stretched all alike
    if len(parts) > 1 and len(parts[0]) == 1 and parts[0][0]["text"] in BULLET_GLYPHS:
        parts[:2] = [parts[0] + parts[1]]  # "•   Lycée X – Dijon": a list item, not a row of two cells
    elif len(parts) > 1 and _LIST_NUMBER.fullmatch(text(parts[0])) and (len(parts) == 2 or _ITEM_START.match(
            text(parts[1]))):
        parts = [[c for p in parts for c in p]]  # "2.   La partie pratique …", "1.  L'épreuve E2 — …": a list item
    return [{"text": text(p), "x0": p[0]["x0"], "x1": p[-1]["x1"]} for p in parts]


_LIST_NUMBER = re.compile(r"\(?(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})[.)]")
_ITEM_START = re.compile(r"(?:L['’]|La |Le |Les |Un |Une |Pour |En |Au |Aux |Dans |À |A )")  # a sentence, not a cell
# Glyphs Word and LibreOffice draw before list items (Symbol and Wingdings ones are private-use characters)
BULLET_GLYPHS = frozenset("•·▪►➤○◦■□–—-*\uf0b7\uf0a7\uf0d8\uf076\uf0a8\uf0fc")


def _visual_lines(lines: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Lines whose tops differ by less than 2.5 points are one visual line (the cells of one table row
    may come as several lines): merged line and the lines it was made of."""
    out: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for ln in lines:
        if out and abs(ln["top"] - out[-1][1][0]["top"]) < 2.5:
            merged, parts = out[-1]
            parts.append(ln)
            ordered = sorted(parts, key=lambda x: x["x0"])
            merged = {"text": "  ".join(x["text"] for x in ordered), "x0": ordered[0]["x0"],
                      "x1": max(x["x1"] for x in parts), "top": min(x["top"] for x in parts),
                      "bottom": max(x["bottom"] for x in parts),
                      "chars": [c for x in ordered for c in x.get("chars", [])]}
            out[-1] = (merged, parts)
        else:
            out.append((ln, [ln]))
    return out


def _column_of(x0: float, columns: list[float]) -> int | None:
    return next((i for i, c in enumerate(columns) if abs(c - x0) <= _COL_SLACK), None)


def _joined(a: str, b: str) -> str:
    """Two lines of one cell: "Saint-" + "Denis" → "Saint-Denis", else a space."""
    if not a or not b:
        return a or b
    return a + b if a.endswith("-") and b[:1].isalpha() else f"{a} {b}"


# A cell whose line stops mid-phrase ("Mardi 12 et", "(deux parties", "des Pyrénées-", "de la Dordogne et du",
# "du mardi 20 mai au mardi 27" before its month)
# A line that cannot end a paragraph: "… du mercredi 19 mai au vendredi" goes on with "4 juin 2027."
_OPEN_END = re.compile(rf"(?i)\b(?:au|du|le|les|et|de|à|{'|'.join(WEEKDAY_NAMES)})\s*$")
# A line cut inside a date or a compound name ("… vendredi neuf avril" / "2027, 12 h", "… 2027," / "9 h",
# "Lycée du Mont-" / "Boron"), whatever its length (a slide's short lines)
_CUT_IN_DATE = re.compile(rf"(?i)(?:,|\b(?:{'|'.join(MONTH_NAMES)}))\s*$")
_UNFINISHED = re.compile(r"(?i)(?:\b(?:et|ou|au|aux|du|de|des|la|le|les|à|en|sur|pour)|[,(\-–]"
                         rf"|\b(?:{'|'.join(WEEKDAY_NAMES)})\s+\d{{1,2}}(?:er)?)\s*$")


def _continues(row: list[str], segs: list[dict[str, Any]], columns: list[float]) -> bool:
    """A line of several pieces under a row left unfinished goes on with that row (a wrapped cell beside
    others: "Mardi 12 et" / "mercredi 13 mai"), unless it brings a date or a code a new row starts with."""
    open_cols = {i for i, c in enumerate(row) if c and (_UNFINISHED.search(c) or c.count("(") > c.count(")"))}
    if not open_cols:
        return False
    cols = [_column_of(s["x0"], columns) for s in segs]
    if not any(c in open_cols for c in cols):
        return False
    return all(c in open_cols or not (CODE_START.match(s["text"]) or has_date(s["text"]) and has_date(row[c or 0]))
               for s, c in zip(segs, cols, strict=True))




def _table_of_run(run: list[tuple[dict[str, Any], list[dict[str, Any]]]], columns: list[float]) -> Block:
    """Rows of a borderless table: a wider gap between two lines (the cell's paragraph spacing) starts a
    row; without such gaps, each line with several cells starts one and single pieces continue it."""
    tops = [ln["top"] for ln, _ in run]
    gaps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    base = min(gaps) if gaps else 0.0
    spaced = any(g > 1.35 * base for g in gaps)
    rows: list[list[str]] = []
    for k, (_, segs) in enumerate(run):
        new_row = k == 0 or (gaps[k - 1] > 1.35 * base if spaced else len(segs) > 1)
        if new_row and k and not spaced and _continues(rows[-1], segs, columns):
            new_row = False
        if new_row:
            rows.append([""] * len(columns))
        for seg in segs:
            col = _column_of(seg["x0"], columns)
            if col is None:
                col = max((i for i, c in enumerate(columns) if c <= seg["x0"]), default=0)
            rows[-1][col] = _joined(rows[-1][col], seg["text"])
    return Block("table", rows=rows)


_LAYOUT_CELL = 350  # characters: a "cell" this long is a column of a page laid out in columns, not a table cell


def _laid_out(rows: list[list[str]]) -> bool:
    """A page laid out in columns (a sidebar beside the letter) rather than a table: a cell as long as a
    page's column, or a column whose rows go on one sentence into the next (a lower-case start)."""
    if any(len(c) > _LAYOUT_CELL for row in rows for c in row):
        return True
    width = max((len(r) for r in rows), default=0)
    for col in range(width):
        cells = [r[col] if col < len(r) else "" for r in rows]
        if _goes_on(cells, (".", ";", ":"), figures=False) >= 3 and sum(len(c) for c in cells) > 400:
            return True
    return _sections_side_by_side(rows)


def _goes_on(cells: list[str], ends: tuple[str, ...], figures: bool) -> int:
    """How often a column's sentence runs on from one cell into the next: a cell not closed by `ends`, the
    next opening in lower case (or, `figures`, on a figure: « … vendredi 29 » / « mai 2026. »)."""
    return sum(1 for a, b in zip(cells, cells[1:], strict=False)
               if a.strip() and b.strip() and (b.lstrip()[0].islower() or figures and b.lstrip()[0].isdigit())
               and not a.rstrip().endswith(ends))


def _sections_side_by_side(rows: list[list[str]]) -> bool:
    """Académies side by side, each column its own section of running text (« Académie de Nice » over
    « Au plus tard le lundi 13 avril 2026 » / « à 16h00. »), printed from CSS columns: lines share their
    heights by chance, they are no table rows. Told by the header naming a territory in every column and
    sentences going on from row to row in at least two columns."""
    head = [c for c in rows[0] if c.strip()] if rows else []
    if len(head) < 2 or len(head) != len(rows[0]) or not all(fold(c).startswith(("academie", "vice rectorat"))
                                                              for c in head):
        return False
    going = [_goes_on([r[col] if col < len(r) else "" for r in rows], (".", ";", ":", ")"), figures=True)
             for col in range(len(rows[0]))]
    return sum(g >= 1 for g in going) >= 2


def _column_lines(run: list[tuple[dict[str, Any], list[dict[str, Any]]]], columns: list[float]
                  ) -> list[dict[str, Any]]:
    """The lines of a page laid out in columns, one column after the other (each piece a line of its own)."""
    by_col: dict[int, list[dict[str, Any]]] = {}
    for ln, segs in run:
        for seg in segs:
            col = _column_of(seg["x0"], columns)
            if col is None:
                col = max((k for k, c in enumerate(columns) if c <= seg["x0"]), default=0)
            chars = [c for c in ln.get("chars", []) if seg["x0"] - 0.5 <= c.get("x0", -1.0) <= seg["x1"] + 0.5]
            by_col.setdefault(col, []).append({**ln, "text": seg["text"], "x0": seg["x0"], "x1": seg["x1"],
                                               "chars": chars})
    # each column given its own slice of the band's height, in order, so that reading by height (paragraphs)
    # reads one column after the other instead of interleaving their lines again
    top = min((ln["top"] for ln, _ in run), default=0.0)
    height = max(max((ln["bottom"] for ln, _ in run), default=0.0) - top, 1.0)
    share = height / max(len(by_col), 1)

    def squeezed(ln: dict[str, Any], k: int, span: tuple[float, float]) -> dict[str, Any]:
        def y(v: float) -> float:
            return top + k * share + (v - top) * share / height
        return {**ln, "top": y(ln["top"]), "bottom": y(ln["bottom"]), "column": span, "chars": [
            {**c, "top": y(c["top"]), "bottom": y(c["bottom"])} if "top" in c else c for c in ln.get("chars", [])]}

    spans = {col: (min(ln["x0"] for ln in lines), max(ln["x1"] for ln in lines)) for col, lines in by_col.items()}
    return [squeezed(line, k, spans[col]) for k, col in enumerate(sorted(by_col)) for line in by_col[col]]


_GUTTER = 6.0  # points of white a line must leave on each side of a column gutter


Shift = tuple[float, float, float, float]  # a band unfolded: its top, its bottom, the gutter's x, the lift


def _wide_gap_pieces(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lines cut where a gap wider than two characters' width opens: the two columns of a page whose lines
    share their baselines come as one line each, "d'organisation de la session 2027 du BTS     téléchargent
    eux-mêmes."."""
    out: list[dict[str, Any]] = []
    for ln in lines:
        chars = sorted((c for c in ln.get("chars", []) if "x0" in c and c["text"].strip()), key=lambda c: c["x0"])
        parts, size = _gap_parts(chars, 2.0) if len(chars) >= 2 else ([], 0.0)
        if len(parts) < 2:
            out.append(ln)
            continue
        out.extend({**ln, "text": _part_text(part, size), "x0": part[0]["x0"], "x1": part[-1]["x1"], "chars": part}
                   for part in parts)
    return out


def _flowing(col: list[dict[str, Any]]) -> bool:
    """Lines of running text: one stops mid-sentence and the next goes on in lower case."""
    return any(not a["text"].rstrip().endswith((".", ";", ":", "!", "?")) and b["text"].lstrip()[:1].islower()
               for a, b in zip(col, col[1:], strict=False))


def _unfolded_columns(lines: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Shift]]:
    """Columns of a page read one after the other (see _unfold); when none are found, the same with lines cut at
    wide gaps (two columns sharing their baselines), kept only if both sides run as text."""
    out, shifts = _unfold(lines)
    if shifts or len(lines) < 8:
        return out, shifts
    pieces = _wide_gap_pieces(lines)
    if len(pieces) == len(lines):
        return lines, []
    out, shifts = _unfold(pieces, side_by_side=True)
    return (out, shifts) if shifts else (lines, [])


def _unfold(lines: list[dict[str, Any]], side_by_side: bool = False) -> tuple[list[dict[str, Any]], list[Shift]]:
    """A newsletter page: two columns of text whose lines do not share baselines, so each line holds one
    column's words and sorting by height interleaves them. Each band of the page where the two columns run
    side by side is unfolded — the right column moved below the left one, and everything lower moved down as
    much — so the reading order is the columns' order. Returns the lines and the shifts for the other
    things of the page (tables)."""
    if len(lines) < 8:
        return lines, []
    x0 = min(ln["x0"] for ln in lines)
    x1 = max(ln["x1"] for ln in lines)
    counts: list[tuple[int, float]] = []
    last: tuple[int, int] | None = None
    for g in range(int(x0 + 0.2 * (x1 - x0)), int(x0 + 0.8 * (x1 - x0)), 3):
        n_left = sum(ln["x1"] <= g - _GUTTER for ln in lines)
        n_right = sum(ln["x0"] >= g + _GUTTER for ln in lines)
        if n_left >= 4 and n_right >= 4 and (n_left, n_right) != last:  # the same split as the gutter before
            counts.append((n_left + n_right, float(g)))
        last = (n_left, n_right)
    # the gutter the most lines leave free may be that of another part of the page (a letterhead, a table):
    # the few best are tried, and the one that unfolds the most text wins
    best: tuple[int, list[dict[str, Any]], list[Shift]] = (0, lines, [])
    for _, at in sorted(counts, key=lambda c: -c[0])[:8]:
        out, shifts, moved = _unfold_at(lines, at, side_by_side)
        if moved > best[0]:
            best = (moved, out, shifts)
    return best[1], best[2]


def _unfold_at(lines: list[dict[str, Any]], gutter: float, side_by_side: bool
               ) -> tuple[list[dict[str, Any]], list[Shift], int]:
    """_unfold with the gutter at x: the lines, the shifts, and how many lines moved."""
    side = {id(ln): ("L" if ln["x1"] <= gutter - _GUTTER else "R" if ln["x0"] >= gutter + _GUTTER else "X")
            for ln in lines}
    ordered = sorted(lines, key=lambda ln: ln["top"])
    bands: list[list[dict[str, Any]]] = []
    run: list[dict[str, Any]] = []
    for ln in ordered + [{"top": 1e9, "bottom": 1e9, "x0": 0.0, "x1": 1e9}]:
        if side.get(id(ln), "X") == "X":
            if run:
                bands.append(run)
            run = []
        else:
            run.append(ln)
    shifts: list[Shift] = []
    moved: dict[int, float] = {}
    column_of: dict[int, tuple[float, float]] = {}
    for band in bands:
        left = [ln for ln in band if side[id(ln)] == "L"]
        right = [ln for ln in band if side[id(ln)] == "R"]
        left, right = _without_tail(left, right), _without_tail(right, left)
        text = (sum(len(ln["text"]) for ln in left), sum(len(ln["text"]) for ln in right))
        if len(left) < 3 or len(right) < 3 or min(text) < 120:
            continue
        if side_by_side and not (_flowing(left) and _flowing(right)):
            continue  # a table's columns side by side: their cells do not run on from line to line
        if min(sorted(len(ln["text"]) for ln in col)[len(col) // 2] for col in (left, right)) < 25 and _aligned(
                left, right) > 0.3:
            continue  # a table's cells wrapped on lines of their own are short and share their rows' baselines;
            # a sidebar's short lines ("Division des examens", "Affaire suivie par") fall between the letter's
        top = min(ln["top"] for ln in left + right)
        bottom = max(ln["bottom"] for ln in left + right)
        lift = max(ln["bottom"] for ln in left) - top + 2.0  # the right column starts below the left one
        for ln in right:
            moved[id(ln)] = moved.get(id(ln), 0.0) + lift
        for col in (left, right):  # a column's lines end at its own right edge, not at the page's
            edges = (min(ln["x0"] for ln in col), max(ln["x1"] for ln in col))
            for ln in col:
                column_of[id(ln)] = edges
        shifts.append((top, bottom, gutter, lift))
    if not shifts:
        return lines, [], 0
    out = []
    for ln in lines:
        dy = moved.get(id(ln), 0.0) + sum(lift for _, y, _, lift in shifts if ln["top"] >= y)
        extra = {"column": column_of[id(ln)]} if id(ln) in column_of else {}
        out.append({**ln, "top": ln["top"] + dy, "bottom": ln["bottom"] + dy, **extra} if dy or extra else ln)
    return out, shifts, len(column_of)


def _without_tail(col: list[dict[str, Any]], other: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A column's lines without those below the other column's end that a wide gap sets apart: a heading
    under both columns ("6. Consignes aux chefs de centre") starts the next part of the page, it does not end
    this column."""
    if len(col) < 3 or not other:
        return col
    end = max(ln["bottom"] for ln in other)
    steps = sorted(b["top"] - a["top"] for a, b in zip(col, col[1:], strict=False))
    usual = steps[len(steps) // 2]
    for k in range(1, len(col)):
        if col[k]["top"] > end and col[k]["top"] - col[k - 1]["top"] > 1.6 * usual:
            return col[:k]
    return col


def _aligned(left: list[dict[str, Any]], right: list[dict[str, Any]]) -> float:
    """Share of the left column's lines that sit on the baseline of a right column's line."""
    tops = sorted(ln["top"] for ln in right)
    return sum(any(abs(ln["top"] - t) < 2.5 for t in tops) for ln in left) / max(len(left), 1)


def _shifted(y: float, x: float, shifts: list[Shift]) -> float:
    """Where a thing at (x, y) goes once the columns are unfolded: lower by the bands above it, and by its
    own band's lift when it sits in that band's right column (a table in the letter beside a sidebar)."""
    return y + sum(lift for top, bottom, gutter, lift in shifts if y >= bottom or (top <= y < bottom and x >= gutter))


def _borderless_tables(lines: list[dict[str, Any]]) -> tuple[list[tuple[float, Block]], list[dict[str, Any]]]:
    """Tables drawn without rules (Word "no border"): runs of lines whose pieces start at the same columns.
    Returns the tables (with their top) and the lines left for paragraphs, in order."""
    tables: list[tuple[float, Block]] = []
    rest: list[dict[str, Any]] = []
    visual = _visual_lines(lines)
    i, n = 0, len(visual)
    last_bottom, last_end = 0.0, (-1, -1)  # the previous table's bottom, and (lines left aside, next line)
    while i < n:
        if PIPE_ROW.match(visual[i][0]["text"]):  # a Markdown table printed in a monospace font
            j, rows = i, []
            while j < n and PIPE_ROW.match(visual[j][0]["text"]):
                if not PIPE_RULE.match(visual[j][0]["text"]):
                    rows.append(pipe_cells(visual[j][0]["text"]))
                j += 1
            tables.append((visual[i][0]["top"], Block("table", rows=rows)))
            i = j
            continue
        segs = _segments(visual[i][0])
        if len(segs) < 2:
            rest.extend(visual[i][1])
            i += 1
            continue
        columns = [s["x0"] for s in segs]
        run = [(visual[i][0], segs)]
        height = max(visual[i][0]["bottom"] - visual[i][0]["top"], 1.0)
        j = i + 1
        while j < n:
            ln = visual[j][0]
            if ln["top"] - run[-1][0]["bottom"] > 2.5 * height:
                break
            s2 = _segments(ln)
            cols = [_column_of(s["x0"], columns) for s in s2]
            if len(s2) >= 2 and sum(c is not None for c in cols) >= 2:
                columns = sorted({*columns, *(s["x0"] for s, c in zip(s2, cols, strict=True) if c is None)})
            elif len(s2) == 1 and cols[0] is not None and (
                    cols[0] + 1 >= len(columns) or s2[0]["x1"] < columns[cols[0] + 1]):
                pass  # a cell's text wrapped onto a line of its own
            else:
                break
            run.append((ln, s2))
            j += 1
        if sum(len(sg) >= 2 for _, sg in run) >= 2 or any(len(sg) >= 3 for _, sg in run):
            block = _table_of_run(run, columns)
            if _laid_out(block.rows):
                rest.extend(_column_lines(run, columns))  # a letter in two columns (sidebar, body): text
                i = j
                continue
            top, bottom = run[0][0]["top"], run[-1][0]["bottom"]
            if (tables and len(tables[-1][1].rows) == 1 and len(tables[-1][1].rows[0]) == len(block.rows[0])
                    and last_end == (len(rest), i) and top - last_bottom <= 3 * height):
                block.rows.insert(0, tables[-1][1].rows[0])  # a header row set apart (centred, spaced)
                top = tables.pop()[0]
            tables.append((top, block))
            last_bottom, last_end = bottom, (len(rest), j)
            i = j
        else:
            rest.extend(visual[i][1])
            i += 1
    return tables, rest


def read_page(page: Any) -> tuple[list[Block], int]:
    """One pdfplumber page → blocks in reading order, and its number of visible characters."""
    n_chars = sum(1 for c in page.chars if c["text"].strip())
    if not n_chars:
        return [], 0
    found = page.find_tables() if (page.lines or page.rects) else []
    boxes = []
    placed: list[tuple[float, Block]] = []
    lefts: list[float] = []  # each placed table's left edge, for the columns' unfolding below
    for t in found:
        rows = [[_cell(c) for c in row] for row in t.extract()]
        rows = [r for r in rows if any(r)]
        if _slide_frame(rows, t.bbox, (float(page.width), float(page.height))):
            continue  # its text is read as text
        boxes.append(t.bbox)
        if rows:
            placed.append((t.bbox[1], Block("table", rows=rows)))
            lefts.append(t.bbox[0])
    text_page = (
        page.filter(lambda o: o.get("object_type") != "char" or not _inside(o, boxes)) if boxes else page
    )
    lines = text_page.extract_text_lines(return_chars=True, strip=True, y_tolerance=_Y_TOLERANCE)
    lines, shifts = _unfolded_columns(lines)
    if shifts:
        placed = [(_shifted(top, x, shifts), b) for (top, b), x in zip(placed, lefts, strict=True)]
    borderless, lines = _borderless_tables(sorted(lines, key=lambda ln: (round(ln["top"]), ln["x0"])))
    placed.extend(borderless)
    placed.extend(_paragraphs(lines))
    placed.sort(key=lambda tb: tb[0])
    return [b for _, b in placed], n_chars


def _join_continued_paragraphs(pages: list[Page]) -> None:
    """A paragraph cut by a page break (last line of the page full, next page starting with plain text)
    is one paragraph: its end is appended to the block on the page where it starts."""
    for prev, page in zip(pages, pages[1:], strict=False):
        if not (prev.blocks and page.blocks):
            continue
        last, first = prev.blocks[-1], page.blocks[0]
        if (
            getattr(last, "open_end", False)
            and last.kind == first.kind == "text"
            and not first.bold
            and not first.text.startswith(_BULLETS)
            and first.text[:1].islower()
        ):
            last.text = f"{last.text} {first.text}"
            page.blocks.pop(0)


def _furniture_key(block: Block) -> str:
    """A short text block as it repeats at the top or foot of every page ("" for a table or a paragraph)."""
    return furniture_key(block.text) if block.kind != "table" and len(block.text) < 160 else ""


def _edge_line(blocks: list[Block], k: int) -> bool:
    """A short line opening or closing a page (a running head printed from page 2 on)."""
    b = blocks[k]
    return b.kind != "table" and k in (0, len(blocks) - 1) and "\n" not in b.text.strip() and len(b.text) < 100


def _page_furniture(pages: list[Page]) -> set[str]:
    """Running heads and feet: short text blocks among the first or last two of at least two pages."""
    seen: dict[str, int] = {}
    for page in pages:
        for key in {_furniture_key(b) for b in page.blocks[:2] + page.blocks[-2:]} - {""}:
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n >= 2}


def _row_goes_on(row: list[str], above: list[str] | None = None) -> bool:
    """The first row on a new page is the end of the previous page's last row: every filled cell starts in
    lower case (a new row starts with a code, a capital or a number); or its first cell does and each other
    filled cell goes on from a cell left open above (« Lycée Monge – » / « Charleville-Mézières », « lundi 8
    juin 2026 – 9 » / « h 30 », « du mardi 9 au jeudi » / « 11 juin … »)."""
    filled = [c for c in row if c.strip()]
    if bool(filled) and all(c.strip()[0].islower() for c in filled):
        return True
    if not above or not row or not row[0].strip() or not row[0].strip()[0].islower():
        return False
    return all(not c.strip() or k == 0 or (k < len(above) and _cell_left_open(above[k])) for k, c in enumerate(row))


def _cell_left_open(text: str) -> bool:
    """A cell cut mid-phrase: « Lycée Monge – », « du mardi 9 au jeudi », « lundi 8 juin 2026 – 9 »."""
    return bool(_UNFINISHED.search(text) or _OPEN_END.search(text) or re.search(r"[\d—/:]\s*$", text))


def _join_continued_tables(pages: list[Page]) -> None:
    """A table that goes on over a page break is one table: the rows of the continuation are appended to
    the table on the previous page (where the table starts), so they keep its header row. The header is
    repeated (Word "repeat header row") or not (LibreOffice's default): a table that ends one page and a
    table with as many columns that opens the next, nothing in between, are the same table."""
    furniture = _page_furniture(pages)  # only running heads and feet between them: the table goes on
    for prev, page in zip(pages, pages[1:], strict=False):
        i = len(prev.blocks) - 1
        while i >= 0 and (_furniture_key(prev.blocks[i]) in furniture or _edge_line(prev.blocks, i)):
            i -= 1
        j = 0
        while j < len(page.blocks) and (_furniture_key(page.blocks[j]) in furniture or _edge_line(page.blocks, j)):
            j += 1
        if i < 0 or j >= len(page.blocks):
            continue
        last, first = prev.blocks[i], page.blocks[j]
        if not (last.kind == first.kind == "table" and last.rows and first.rows):
            continue
        unsure = any(_furniture_key(b) not in furniture for b in prev.blocks[i + 1:] + page.blocks[:j])
        if unsure and not (len(first.rows[0]) == len(last.rows[0]) and (
                first.rows[0] == last.rows[0] or _row_goes_on(first.rows[0], last.rows[-1]))):
            continue  # a line seen once at the page's edge: a running head only if the header or the row goes on
        if _row_goes_on(first.rows[0], last.rows[-1]) and len(first.rows[0]) <= len(last.rows[-1]):
            # a row broken by the page ("… présentation" / "orale"): its cells continue, lower case
            last.rows[-1] = [_joined(a, b) for a, b in zip(last.rows[-1], first.rows[0] + [""] * (
                len(last.rows[-1]) - len(first.rows[0])), strict=True)]
            first.rows.pop(0)
            first.spans = first.spans[1:]
            if not first.rows:
                page.blocks.pop(j)
                continue
        both = len(last.spans) == len(last.rows) and len(first.spans) == len(first.rows)
        if first.rows[0] == last.rows[0]:
            last.rows.extend(first.rows[1:])
            last.spans = last.spans + first.spans[1:] if both else []
            page.blocks.pop(j)
        elif len(first.rows[0]) == len(last.rows[0]) > 1:
            last.rows.extend(first.rows)
            last.spans = last.spans + first.spans if both else []
            page.blocks.pop(j)
        elif 1 < len(first.rows[0]) < len(last.rows[0]):  # merged cells on the new page: fewer columns seen
            width = len(last.rows[0])
            last.rows.extend(r + [""] * (width - len(r)) for r in first.rows)
            last.spans = []
            page.blocks.pop(j)


def _to_display(page: Any) -> Callable[[float, float, float, float], tuple[float, float, float, float]] | None:
    """For a page with /Rotate, the map from its content space (where pdfium gives character boxes and
    paths) to the page as it is shown: a landscape calendar stored on a portrait page turned by 90°
    reads left to right only there. None for an unrotated page."""
    rotation = page.get_rotation() % 360
    if rotation not in (90, 180, 270):
        return None
    w, h = (page.get_height(), page.get_width()) if rotation in (90, 270) else (page.get_width(), page.get_height())

    def point(x: float, y: float) -> tuple[float, float]:
        if rotation == 90:
            return y, w - x
        if rotation == 180:
            return w - x, h - y
        return h - y, x

    def rect(left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        (ax, ay), (bx, by) = point(left, bottom), point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)

    return rect


def _pdfium_lines(page: Any, regroup: bool = False) -> tuple[list[dict[str, Any]], int]:
    """Text lines of a page read with pypdfium2 (C, ~20x faster than pdfplumber), in the same shape as
    pdfplumber's extract_text_lines: text, x0, x1, top, bottom and chars (fontname marks bold, size).

    The page's text comes in one call; each visible character costs three calls (box, weight, size):
    ctypes calls, not pdfium, are the cost of this loop."""
    import ctypes

    import pypdfium2.raw as raw

    tp = page.get_textpage()
    handle = tp.raw
    height = page.get_height()
    shown = _to_display(page)
    rect = raw.FS_RECTF()
    loose_box, weight, size_of = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetFontWeight, raw.FPDFText_GetFontSize
    count = raw.FPDFText_CountChars(handle)
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    raw.FPDFText_GetText(handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    page_text = buffer.raw[: 2 * count].decode("utf-16-le", errors="surrogatepass")
    if len(page_text) != count or any("\ud800" <= c <= "\udfff" for c in page_text):
        # characters outside the BMP, lone surrogates: GetText's units no longer match indices
        page_text = "".join(chr(raw.FPDFText_GetUnicode(handle, i)) for i in range(count)).replace("\x02", "\ufffe")
    lines: list[dict[str, Any]] = []
    text: list[str] = []
    chars: list[dict[str, Any]] = []
    box = [1e9, 1e9, -1e9, -1e9]  # x0, bottom, x1, top in PDF coordinates
    visible = 0

    at: list[int] = []  # where each character of `chars` stands in `text`

    def flush() -> None:
        _mark_superscripts(chars, text, at)
        line = "".join(text).strip()
        if line and box[0] < 1e9:
            lines.append(
                {
                    "text": " ".join(line.split()),
                    "x0": box[0],
                    "x1": box[2],
                    "top": height - box[3],
                    "bottom": height - box[1],
                    "chars": chars[:],
                }
            )
        text.clear()
        chars.clear()
        at.clear()
        box[:] = [1e9, 1e9, -1e9, -1e9]

    for i, ch in enumerate(page_text):
        if ch == "\n":
            flush()
            continue
        if ch == "\ufffe":  # GetText writes pdfium's own marks so: which one, only GetUnicode says
            ch = chr(raw.FPDFText_GetUnicode(handle, i))
            if ch == "\x02":  # pdfium's mark for a hyphen ending a line (it then omits the line break)
                text.append("-")
                if chars:  # the hyphen keeps a place after the last character (cells are read from chars)
                    last = chars[-1]
                    chars.append({**last, "text": "-", "x0": last.get("x1", 0.0), "x1": last.get("x1", 0.0) + 1.0})
                    at.append(len(text) - 1)
                flush()
                continue
        if ch in "\r\ufffe":
            continue
        text.append(ch)
        if not ch.isspace():
            visible += 1
            loose_box(handle, i, rect)
            left, bottom, right, top = rect.left, rect.bottom, rect.right, rect.top
            if shown is not None:
                left, bottom, right, top = shown(left, bottom, right, top)
            if left < box[0]:
                box[0] = left
            if bottom < box[1]:
                box[1] = bottom
            if right > box[2]:
                box[2] = right
            if top > box[3]:
                box[3] = top
            chars.append(
                {"text": ch, "fontname": "Bold" if weight(handle, i) >= 600 else "", "size": size_of(handle, i),
                 "x0": left, "x1": right, "top": height - top, "bottom": height - bottom}
            )
            at.append(len(text) - 1)
    flush()
    turn = _turned_text(handle, count, page_text) if shown is None else 0
    if turn:
        _turn_chars(lines, page.get_width(), page.get_height(), turn)
    tp.close()
    if turn:  # its lines rebuilt where the turned characters stand once the page is turned to read them
        return (_regrouped([ln for ln in lines if ln["chars"] and ln["chars"][0].get("turned")], True)
                + [ln for ln in lines if not (ln["chars"] and ln["chars"][0].get("turned"))]), visible
    return _regrouped(_raised_rejoined(lines), regroup), visible


def _raised_rejoined(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """pdfium breaks a line where a raised ordinal stands (« les 1 » / « er » / « –2 juin 2027 »): a piece
    that goes on right where the line stops, at its height, is the same line."""
    out: list[dict[str, Any]] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln["chars"] and prev["chars"]:
            size = max(c.get("size", 0.0) for c in prev["chars"]) or 10.0
            overlap = min(prev["bottom"], ln["bottom"]) - max(prev["top"], ln["top"])
            height = min(prev["bottom"] - prev["top"], ln["bottom"] - ln["top"])
            if -0.5 <= ln["x0"] - prev["x1"] < 0.3 * size and height > 0 and overlap >= 0.3 * height:
                glue = " " if ln["x0"] - prev["x1"] >= 0.15 * size else ""
                out[-1] = {**prev, "text": prev["text"] + glue + ln["text"], "x1": max(prev["x1"], ln["x1"]),
                           "top": min(prev["top"], ln["top"]), "bottom": max(prev["bottom"], ln["bottom"]),
                           "chars": prev["chars"] + ln["chars"]}
                continue
        out.append(ln)
    return out


def _turned_text(handle: Any, count: int, text: str) -> int:
    """A page whose text is drawn turned by a quarter (a landscape calendar set on a portrait page by its
    content, without /Rotate): the turn (90 or 270) that reads it, 0 when most of its text is upright."""
    import math

    import pypdfium2.raw as raw

    shown = [i for i in range(count) if not text[i].isspace()][:: max(1, count // 80)]
    angles = [round(math.degrees(raw.FPDFText_GetCharAngle(handle, i))) % 360 for i in shown]
    for angle, turn in ((270, 90), (90, 270)):
        if len(angles) >= 20 and sum(abs(a - angle) <= 10 for a in angles) >= 0.6 * len(angles):
            return turn
    return 0


def _turn_chars(lines: list[dict[str, Any]], width: float, height: float, turn: int) -> None:
    """Characters of turned text mapped to the turned page (its height the page's width), marked `turned`;
    a line set upright (a footer) keeps its characters where they are."""
    for ln in lines:
        out = []
        for c in ln["chars"]:
            y0, y1 = height - c["bottom"], height - c["top"]
            if turn == 90:
                (ax, ay), (bx, by) = (y0, width - c["x0"]), (y1, width - c["x1"])
            else:
                (ax, ay), (bx, by) = (height - y0, c["x0"]), (height - y1, c["x1"])
            out.append({**c, "x0": min(ax, bx), "x1": max(ax, bx), "top": width - max(ay, by),
                        "bottom": width - min(ay, by), "turned": True})
        if ln["chars"] and _upright(ln["chars"]):
            continue
        ln["chars"] = out


def _filled_form(data: bytes) -> bytes | None:
    """A PDF form whose dates and places are the values of its text fields (drawn by the viewer, not in the
    page's content): the same PDF with the values written into the pages (pypdf), None when it has none
    or cannot be rewritten (then it is read as it is)."""
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        fields = reader.get_fields() or {}
        values = {name: str(f.get("/V")) for name, f in fields.items()
                  if f.get("/FT") == "/Tx" and f.get("/V") not in (None, "")}
        if not values or len(values) > 2000:
            return None
        writer = pypdf.PdfWriter(clone_from=reader)
        writer.update_page_form_field_values(None, values, auto_regenerate=False, flatten=True)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except (MemoryError, RecursionError):
        raise
    except Exception:  # noqa: BLE001 - a damaged form: its page content is still read
        logging.getLogger(__name__).debug("formulaire PDF non aplati", exc_info=True)
        return None


def _upright(chars: list[dict[str, Any]]) -> bool:
    """A run of characters set side by side along one baseline (text that is not turned)."""
    if len(chars) < 2:
        return False
    return max(c["bottom"] for c in chars) - min(c["bottom"] for c in chars) < 0.5 * max(
        (c.get("size") or 10.0) for c in chars) and max(c["x1"] for c in chars) - min(c["x0"] for c in chars) > max(
        (c.get("size") or 10.0) for c in chars)


def _regrouped(lines: list[dict[str, Any]], always: bool = False) -> list[dict[str, Any]]:
    """A page whose characters are drawn in a shuffled order (each placed on its own) comes out of pdfium as
    lines of one or two characters, and a form's values written after its labels as one line across the
    page: its lines are rebuilt from where the characters stand, by baseline then left to right, a space
    where the white between two is a word gap."""
    short = sum(1 for ln in lines if len(ln["text"].replace(" ", "")) <= 2)
    if not always and (len(lines) < 20 or short < 0.6 * len(lines)):
        return lines
    def middle(c: dict[str, Any]) -> float:
        return (c["top"] + c["bottom"]) / 2

    chars = sorted((c for ln in lines for c in ln["chars"]), key=lambda c: (middle(c), c["x0"]))
    rows: list[list[dict[str, Any]]] = []
    for c in chars:  # (a field's value sits a little above or below its label's baseline)
        if rows and abs(middle(c) - middle(rows[-1][0])) <= 0.45 * max(c.get("size") or 10.0, 1.0):
            rows[-1].append(c)
        else:
            rows.append([c])
    out = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        size = max((c.get("size") or 10.0) for c in row)
        text = _part_text(row, size)
        out.append({"text": " ".join(text.split()), "x0": row[0]["x0"], "x1": max(c["x1"] for c in row),
                    "top": min(c["top"] for c in row), "bottom": max(c["bottom"] for c in row), "chars": row})
    return sorted(out, key=lambda ln: (ln["top"], ln["x0"]))


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_CALL = re.compile(r"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_NOTE_LINE = re.compile(r"^\s*(?P<n>\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s+(?P<text>\S.*)$", re.S)


def _inline_notes(blocks: list[Block]) -> list[Block]:
    """A footnote is read where it is called, in brackets ("mardi 16 mai 2028²" and, at the foot of the page,
    "2 De 14 h à 17 h." → "mardi 16 mai 2028 (De 14 h à 17 h)"), as the Word reader reads Word's notes:
    the note gives that date its hours. A note whose call is not found once on the page stays where it is."""
    def number(mark: str) -> int:
        return int(mark.translate(_PLAIN))

    calls: dict[int, list[tuple[int, int | None, int | None]]] = {}  # note → (block, row, cell) calling it
    for b, block in enumerate(blocks):
        places = [(None, None, block.text)] if block.kind != "table" else [
            (r, c, cell) for r, row in enumerate(block.rows) for c, cell in enumerate(row)]
        for r, c, text in places:
            for m in _CALL.finditer(text):
                calls.setdefault(number(m.group(0)), []).append((b, r, c))
    if not calls:
        return _without_calls(blocks)
    notes: dict[int, int] = {}
    for b, block in enumerate(blocks):
        note = _NOTE_LINE.match(block.text) if block.kind == "text" else None
        if note and number(note.group("n")) in calls and len(calls[number(note.group("n"))]) == 1 \
                and calls[number(note.group("n"))][0][0] < b:
            notes[number(note.group("n"))] = b
    if not notes:
        return _without_calls(blocks)
    out = [replace(b, rows=[list(r) for r in b.rows]) for b in blocks]
    for n, b in notes.items():
        said = _NOTE_LINE.match(blocks[b].text).group("text").strip().rstrip(".")  # type: ignore[union-attr]
        at, r, c = calls[n][0]
        mark = str(n).translate(SUPERSCRIPT)
        put = re.compile(rf"(?<=\S){mark}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
        words = f" ({said})".replace("\\", "\\\\")  # a replacement template: its backslashes as written
        if r is None or c is None:
            out[at].text = put.sub(words, out[at].text, count=1)
        else:
            out[at].rows[r][c] = put.sub(words, out[at].rows[r][c], count=1)
    return _without_calls([blk for b, blk in enumerate(out) if b not in notes.values()])


def _without_calls(blocks: list[Block]) -> list[Block]:
    """The calls of notes not found on the page are dropped ("2028²" → "2028"), and a note's own number set
    raised is a number again: no superscript digit is left for the rest of the reading."""
    if not any(_SUPER_DIGIT.search(b.text) or any(_SUPER_DIGIT.search(c) for r in b.rows for c in r) for b in blocks):
        return blocks

    def clean(text: str) -> str:
        return _CALL.sub("", text).translate(_PLAIN) if text else text

    return [replace(b, text=clean(b.text), rows=[[clean(c) for c in r] for r in b.rows]) for b in blocks]


_SUPER_DIGIT = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_PLAIN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _mark_superscripts(chars: list[dict[str, Any]], text: list[str], at: list[int]) -> None:
    """Digits set small and raised (a footnote's call, "mai 2028²") are written as superscript digits, so
    that they no longer run into the year or the word they follow ("20282")."""
    if len(chars) < 2 or not any(c["text"].isdigit() for c in chars):
        return
    body = _body_size(chars)
    base = sorted(c["bottom"] for c in chars if abs(c.get("size", 0.0) - body) < 0.5)
    if not body or not base:
        return
    bottom = base[len(base) // 2]

    def raised(c: dict[str, Any]) -> bool:
        return c["text"].isdigit() and c.get("size", body) <= 0.8 * body and bottom - c["bottom"] > 0.2 * body

    k = 1
    while k < len(chars):
        end = k
        while end < len(chars) and end - k < 2 and raised(chars[end]):
            end += 1
        before = chars[k - 1]
        # one or two such digits right after a character of the text's own size ("2028²", not the small
        # row numbers of a printed spreadsheet beside its title)
        if end > k and abs(before.get("size", 0.0) - body) < 0.5 and chars[k]["x0"] - before["x1"] < 0.3 * body \
                and not (end < len(chars) and chars[end]["text"].isdigit() and chars[end]["x0"] - chars[end - 1]["x1"] < 0.3 * body):
            for j in range(k, end):
                chars[j]["text"] = chars[j]["text"].translate(SUPERSCRIPT)
                text[at[j]] = chars[j]["text"]
        k = end + 1 if end > k else k + 1


MAX_RULED_PATHS = 3000  # a Word table page draws a few hundred paths; pdfplumber needs ~0.25 ms/path²


_MAX_OBJECTS = 50_000  # objects looked at on one page: a hostile page of millions is not walked


def _page_objects(page: Any, limit: int = MAX_RULED_PATHS) -> tuple[int, list[tuple[float, float, float, float]], bool]:
    """One walk over the page's objects (and those of its forms, two levels down) through pdfium's raw
    calls: the paths it draws, counted up to limit + 1, the bounds of its pictures (left, bottom, right,
    top), and whether all its text is an OCR layer (see _ocr_layer). One ctypes call per object and no
    wrapper, as the page may hold thousands of text runs."""
    import ctypes

    import pypdfium2.raw as raw

    paths = 0
    pictures: list[tuple[float, float, float, float]] = []
    seen = 0
    cover: int | None = None  # top-level rank of the first picture that covers the page
    shown: list[int] = []  # top-level ranks of text objects drawn visibly
    area = page.get_width() * page.get_height()
    stack: list[tuple[Any, int, int, int]] = [(None, raw.FPDFPage_CountObjects(page.raw), 0, 0)]
    while stack:
        form, count, depth, rank = stack.pop()
        for i in range(count):
            seen += 1
            if seen > _MAX_OBJECTS:
                return paths, pictures, False
            obj = raw.FPDFPage_GetObject(page.raw, i) if form is None else raw.FPDFFormObj_GetObject(form, i)
            at = i if form is None else rank
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                paths += 1
                if paths > limit and len(pictures) >= 50:
                    return paths, pictures, False
            elif kind == raw.FPDF_PAGEOBJ_TEXT:
                if len(shown) < 50 and raw.FPDFTextObj_GetTextRenderMode(obj) != raw.FPDF_TEXTRENDERMODE_INVISIBLE:
                    shown.append(at)
            elif kind == raw.FPDF_PAGEOBJ_IMAGE and len(pictures) < 50:
                box = [ctypes.c_float() for _ in range(4)]
                if raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(v) for v in box)):
                    pictures.append(tuple(v.value for v in box))  # type: ignore[arg-type]
                    left, bottom, right, top = (v.value for v in box)
                    if cover is None and area and (right - left) * (top - bottom) >= _COVERING * area:
                        cover = at
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 2:
                stack.append((obj, raw.FPDFFormObj_CountObjects(obj), depth + 1, at))
    return min(paths, limit + 1), pictures, _ocr_layer(cover, shown)


_COVERING = 0.8  # share of the page a picture covers to be the page itself (a scanned sheet)


def _ocr_layer(cover: int | None, shown: list[int]) -> bool:
    """A scanned sheet whose text is a copier's OCR layer: a picture covers the page and no text is seen,
    being invisible (render mode 3) or drawn before the picture, which hides it. The page shows the
    picture; the layer holds the copier's misreadings (« l2 mai », « ES »), so the picture is read instead."""
    return cover is not None and all(rank < cover for rank in shown)


def _with_pictures(fpage: Any, index: int, blocks: list[Block], done: int, warnings: list[str],
                   images: list[tuple[float, float, float, float]]) -> tuple[list[Block], int]:
    """The page's blocks with those of its pictures of text (a calendar pasted as an image) read by OCR
    and put in their place; the count of pictures read so far. Without Tesseract, a warning only."""
    from extractors.ocr import OcrUnavailable
    from extractors.pdf_pictures import insert_after, picture_blocks, pictures, text_above
    from extractors.scan_reader import image_blocks

    for box in pictures(fpage, images):
        if done >= MAX_PICTURES:
            break
        done += 1
        try:
            found = picture_blocks(fpage, box, lambda img, dpi: image_blocks(img, dpi, _paragraphs,
                                                                             _borderless_tables))
        except OcrUnavailable as exc:
            warnings.append(f"page {index + 1} : image non lue ({exc})")
            break
        if found:
            blocks = insert_after(blocks, text_above(fpage, box[3]), found)
            warnings.append(f"page {index + 1} : texte d'une image lu par reconnaissance de caractères (OCR), "
                            "à vérifier")
    return blocks, done


def _ocr_pages(data: bytes, password: str, progress: Callable[[int, int], None] | None,
               indices: list[int] | None = None) -> list[Page]:
    """Pages of the PDF (all, or those of `indices`) read with OCR, laid out by this reader's own rules for
    paragraphs and borderless tables; OcrUnavailable when Tesseract cannot run."""
    import pypdfium2 as pdfium

    from extractors.scan_reader import read_scanned

    doc = pdfium.PdfDocument(data, password=password or None)
    try:
        return read_scanned(doc, _paragraphs, progress, _borderless_tables, indices=indices)
    finally:
        doc.close()


def _read_scanned(path: Path, data: bytes, password: str, progress: Callable[[int, int], None] | None) -> list[Page]:
    """The pages of an image-only PDF read with OCR; refused in French when Tesseract is missing."""
    from extractors.ocr import OcrUnavailable

    try:
        pages = _ocr_pages(data, password, progress)
    except OcrUnavailable as exc:
        raise NoTextError(
            f"document numérisé : aucune page ne contient de texte (images seulement) et la reconnaissance de "
            f"caractères n'a pas pu être faite ({exc})",
            path=path,
            hint="Installez Tesseract et le français, ou fournissez la version texte de la circulaire.",
        ) from exc
    if not any(b.flat().strip() for p in pages for b in p.blocks):
        raise NoTextError("document numérisé : la reconnaissance de caractères n'a trouvé aucun texte", path=path,
                          hint="Fournissez la version texte de la circulaire (PDF d'origine, DOCX ou TXT).")
    return pages


def _read_layered(path: Path, data: bytes, password: str, progress: Callable[[int, int], None] | None,
                  pages: list[Page], layered: list[int], warnings: list[str]) -> None:
    """Scanned sheets that carry a copier's OCR layer read again from their picture, as OCRmyPDF's
    --redo-ocr does: the layer is what the copier misread, the picture is what the reader sees. Without
    Tesseract, the layer is kept and the user told."""
    from extractors.ocr import OcrUnavailable

    try:
        again = _ocr_pages(data, password, progress, layered)
    except OcrUnavailable as exc:
        warnings.append(f"pages numérisées avec une couche de texte d'OCR gardée telle quelle ({exc})")
        return
    for i, page in zip(layered, again, strict=True):
        if any(b.flat().strip() for b in page.blocks):
            pages[i] = page
    which = ", ".join(str(i + 1) for i in layered)
    warnings.append(f"page(s) {which} : image numérisée sous une couche d'OCR ; texte relu par reconnaissance "
                    "de caractères (OCR), à vérifier")


# A token as text is written: a word, a number, a date, an hour, with its punctuation around it. A text layer
# whose fonts lost their /ToUnicode map gives punctuation soup (« ! " # $ %& »), a Type3 font whose codes
# are named after other letters gives « Ó]ÓÄRò*= »: few tokens of this shape, and no French words.
_NORMAL_TOKEN = re.compile(r"^[(«\"'\[]?[^\W_][\w’'\-./:,°€%+]*[)»\"'.,;:!?\]]*$")
_COMMON_WORDS = frozenset(
    "de la le les des et du en a au aux pour par est sont un une dans sur que qui ou se l d ne pas avec ce "
    "cette ces il elle leur leurs son sa ses vous nous bts epreuve epreuves session academie lycee date centre "
    "candidats h".split()) | {fold(m) for m in MONTH_NAMES} | {fold(w) for w in WEEKDAY_NAMES}
_FURNITURE_TOKEN = re.compile(r"[|_….\-–—/☐□■▪•·:]+")
_STANDARD_ENCODINGS = ("/WinAnsiEncoding", "/MacRomanEncoding", "/StandardEncoding", "/PDFDocEncoding")


def text_shares(text: str) -> tuple[float, float] | None:
    """(share of tokens shaped like written words, share of common French words) of a page's text layer;
    None for a page with too little text to judge."""
    tokens = [t for t in text.split() if not _FURNITURE_TOKEN.fullmatch(t)]  # table rules, blank fields, boxes
    if len(tokens) < 30:
        return None
    words = re.findall(r"[^\W\d_]+", fold(text))
    return (sum(bool(_NORMAL_TOKEN.match(t)) for t in tokens) / len(tokens),
            sum(w in _COMMON_WORDS for w in words) / len(tokens))


def _fonts_without_unicode(reader: Any, index: int) -> bool:
    """The page draws with a font whose codes say nothing of the letters: no /ToUnicode map and no standard
    encoding (a subset TrueType, a Type3 whose glyphs are named at will, a CID font)."""
    try:
        fonts = reader.pages[index].get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            encoding = font.get("/Encoding")
            if "/ToUnicode" not in font and (font.get("/Subtype") in ("/Type3", "/Type0") or not (
                    isinstance(encoding, str) and encoding in _STANDARD_ENCODINGS)):
                return True
    except Exception:  # noqa: BLE001 - a font dictionary pypdf cannot read says nothing either way
        return False
    return False


def garbled_pages(data: bytes, password: str, texts: dict[int, str]) -> list[int]:
    """Pages whose text layer cannot be the words printed: punctuation soup with no French word, or a text of
    odd tokens drawn with fonts that have no Unicode map. Read from their picture instead, as a scan. The PDF's
    fonts are parsed once, and only when some page's text is doubtful."""
    out = []
    reader: Any = None
    for index, text in texts.items():
        shares = text_shares(text)
        if shares is None:
            continue
        shaped, common = shares
        if shaped < 0.3 and common < 0.03:
            out.append(index)
        elif shaped < 0.5:
            if reader is None:
                try:
                    import pypdf

                    reader = pypdf.PdfReader(io.BytesIO(data), password=password or None)
                except Exception:  # noqa: BLE001 - a PDF pypdf cannot open: its fonts say nothing
                    reader = False
            if reader is not False and _fonts_without_unicode(reader, index):
                out.append(index)
    return out


def _read_garbled(data: bytes, password: str, progress: Callable[[int, int], None] | None,
                  pages: list[Page], garbled: list[int], warnings: list[str]) -> None:
    """Pages whose text layer is not the printed words, read again from their picture (OCR)."""
    from extractors.ocr import OcrUnavailable

    which = ", ".join(str(i + 1) for i in garbled)
    try:
        again = _ocr_pages(data, password, progress, garbled)
    except OcrUnavailable as exc:
        warnings.append(f"page(s) {which} : texte du PDF illisible (polices sans table Unicode), et la "
                        f"reconnaissance de caractères n'a pas pu être faite ({exc})")
        return
    for i, page in zip(garbled, again, strict=True):
        pages[i] = page
    warnings.append(f"page(s) {which} : texte du PDF illisible (polices sans table Unicode) ; texte relu par "
                    "reconnaissance de caractères (OCR), à vérifier")


def weekday_mismatches(text: str) -> int:
    """Days whose written weekday is not theirs (« jeudi 14 mai 2027 », a Thursday on the 13th): one is a
    typing slip, several say the text layer itself is wrong (a font that maps 3 to 4)."""
    return sum("jour de la semaine" in w for e in find_dates(text, None) for w in e.warnings)


def _read_doubtful(data: bytes, password: str, progress: Callable[[int, int], None] | None,
                   pages: list[Page], doubtful: list[int], warnings: list[str]) -> None:
    """Pages whose days contradict their weekdays, read again from their picture; the OCR text is kept
    only where it contradicts itself less (the picture is what the reader sees)."""
    from extractors.ocr import OcrUnavailable

    try:
        again = _ocr_pages(data, password, progress, doubtful)
    except OcrUnavailable:
        return
    kept = []
    for i, page in zip(doubtful, again, strict=True):
        if weekday_mismatches(page.text) < weekday_mismatches(pages[i].text) and page.text.strip():
            pages[i] = page
            kept.append(str(i + 1))
    if kept:
        warnings.append(f"page(s) {', '.join(kept)} : les jours de la semaine du texte du PDF contredisaient ses "
                        "dates ; texte relu par reconnaissance de caractères (OCR), à vérifier")


_THIN = 2.5  # points: a path this thin is a rule
MAX_PICTURES = 12  # pictures of text read by OCR in one text PDF: each costs an OCR run


def _path_bounds(page: Any, max_depth: int = 2) -> Iterator[tuple[float, float, float, float]]:
    """Bounds (left, bottom, right, top) on the page of each path it draws, those inside forms (two levels
    down) taken through their forms' matrices: pdfium gives a nested object's bounds in its form's space,
    so the rounded badges Chromium draws as forms would land at the foot of the page, across the text."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    stack: list[tuple[Any, list[Any], int]] = [(obj, [], 0) for obj in page.get_objects(max_depth=0)]
    stack.reverse()
    while stack:
        obj, chain, depth = stack.pop()
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            box = obj.get_bounds()
            for matrix in chain:
                box = matrix.on_rect(*box)
            yield box
        elif obj.type == raw.FPDF_PAGEOBJ_FORM and depth < max_depth:
            inner = [obj.get_matrix(), *chain]
            kids = [pdfium.PdfObject(raw.FPDFFormObj_GetObject(obj.raw, i), page=page, pdf=page.pdf, level=depth + 1)
                    for i in range(raw.FPDFFormObj_CountObjects(obj.raw))]
            stack.extend((kid, inner, depth + 1) for kid in reversed(kids))


def _vector_rules(page: Any, height: float) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal (y, x0, x1) and vertical (x, top, bottom) rules a page draws, in top-down coordinates."""

    hs: list[tuple[float, float, float]] = []
    vs: list[tuple[float, float, float]] = []
    shown = _to_display(page)
    for left, bottom, right, top in _path_bounds(page):
        if shown is not None:
            left, bottom, right, top = shown(left, bottom, right, top)
        w, h = right - left, top - bottom
        if h <= _THIN and w >= 8:
            hs.append(((height - top + height - bottom) / 2, left, right))
        elif w <= _THIN and h >= 5:
            vs.append(((left + right) / 2, height - top, height - bottom))
        elif w > _THIN and h > _THIN and not (w > 200 and h > 200):  # a cell's frame drawn as a rectangle
            hs += [(height - top, left, right), (height - bottom, left, right)]
            vs += [(left, height - top, height - bottom), (right, height - top, height - bottom)]
    return hs, vs


def _cell_text(chars: list[dict[str, Any]]) -> str:
    """Characters of one cell → its text: pdfium's lines in their order (`line`, `order` keys), a space
    where a gap is, a hyphen ending a line kept ("Nouvelle-" + "Calédonie")."""
    if not chars:
        return ""
    lines: dict[int, list[dict[str, Any]]] = {}
    for c in sorted(chars, key=lambda c: (c["line"], c["order"])):
        lines.setdefault(c["line"], []).append(c)
    out = ""
    for ln in lines.values():
        text = ln[0]["text"]
        for a, b in zip(ln, ln[1:], strict=False):
            gap = b["x0"] - a["x1"]
            text += (" " if gap > 0.15 * (b.get("size") or 10.0) else "") + b["text"]
        out = _joined(out, " ".join(text.split()))
    return " ".join(out.split())


_NARROWEST_COLUMN = 5.0  # points: no text fits between two vertical rules closer than this


def _vector_tables(page: Any, height: float, chars: list[dict[str, Any]], edges: list[list[float]] | None = None
                   ) -> tuple[list[tuple[float, Block]], list[tuple[float, float, float, float]]]:
    """Ruled tables from the page's own rules and characters (pdfium, no pdfminer): rows between two
    horizontal rules closed by vertical rules on both sides, cells between the vertical rules crossing
    each row (a merged cell has none inside it). Returns the tables with their top, and their boxes."""
    hs, vs = _vector_rules(page, height)
    if not hs or not vs:
        return [], []
    ys: list[float] = []
    for y, _, _ in sorted(hs):
        if not ys or y - ys[-1] > 1.5:
            ys.append(y)
    tables: list[tuple[float, Block]] = []
    boxes: list[tuple[float, float, float, float]] = []
    centred = [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c) for c in chars]
    columns: list[float] = []
    bands: list[tuple[float, float, list[float]]] = []

    def close() -> None:
        if not bands:
            return
        cols = sorted(columns)
        x_left, x_right = cols[0], cols[-1]
        grid: list[list[list[dict[str, Any]]]] = []
        flags: list[list[bool]] = []  # a cell merged down from the row above
        widths: list[list[int]] = []  # the columns each cell covers (Block.spans)
        open_cells: dict[tuple[float, float], tuple[int, int]] = {}  # merged down: x range → (row, col)
        for top, bottom, xs in bands:
            cells: list[list[dict[str, Any]]] = [[] for _ in range(max(1, len(cols) - 1))]
            grid.append(cells)
            flags.append([False] * len(cells))
            widths.append([1] * len(cells))
            still_open: dict[tuple[float, float], tuple[int, int]] = {}
            in_band = [(cx, c) for cx, cy, c in centred if top <= cy <= bottom]
            for a, b in zip(xs, xs[1:], strict=False):
                inside = [c for cx, c in in_band if a <= cx <= b]
                col = min(range(len(cols) - 1), key=lambda k: abs(cols[k] - a)) if len(cols) > 1 else 0
                end = min(range(len(cols)), key=lambda k: abs(cols[k] - b)) if len(cols) > 1 else 1
                if end - col > 1:  # no rule between these columns in this row: one cell across them
                    widths[-1][col] = end - col
                    for k in range(col + 1, min(end, len(cells))):
                        widths[-1][k] = 0
                key = (round(a), round(b))
                r, cc = open_cells.get(key, (len(grid) - 1, col))
                grid[r][cc].extend(inside)
                if key in open_cells and col < len(flags[-1]):
                    flags[-1][col] = True
                closed = any(abs(y - bottom) <= 1.5 and x0 <= a + 3 and x1 >= b - 3 for y, x0, x1 in hs)
                if not closed:  # no rule under this cell: the next row's cell below is the same cell
                    still_open[key] = (r, cc)
            open_cells = still_open
        texts = [[_cell_text(c) for c in cells] for cells in grid]
        kept = [k for k, r in enumerate(texts) if any(r)]
        out_rows = [texts[k] for k in kept]
        if out_rows and not (len(out_rows) == 1 and len(out_rows[0]) == 1):
            tables.append((bands[0][0], Block("table", rows=out_rows, continued=[flags[k] for k in kept],
                                              spans=[widths[k] for k in kept])))
            boxes.append((x_left, bands[0][0], x_right, bands[-1][1]))
            if edges is not None:
                edges.append(cols)
        # one framed cell is a boxed or shaded line (a sheet's header band), read with the text around it

    for a, b in zip(ys, ys[1:], strict=False):
        crossing = sorted({round(x, 1) for x, t, btm in vs if t <= a + 1.5 and btm >= b - 1.5})
        xs: list[float] = []
        for x in crossing:  # a double border (HTML cells each framed, 2-3 pt apart) is one boundary
            if not xs or x - xs[-1] > _NARROWEST_COLUMN:
                xs.append(x)
        # a row: vertical rules close it on both sides (the text between two tables has none crossing it)
        framed = len(xs) >= 2 and any((abs(y - a) <= 1.5 or abs(y - b) <= 1.5) and x0 < xs[-1] and x1 > xs[0]
                                      for y, x0, x1 in hs)
        if framed:
            if bands and abs(bands[-1][1] - a) > 1.5:
                close()
                bands, columns = [], []
            bands.append((a, b, xs))
            for x in xs:
                if not any(abs(x - c) <= _NARROWEST_COLUMN for c in columns):
                    columns.append(x)
        else:
            close()
            bands, columns = [], []
    close()
    return tables, boxes


def _rows_under_header_band(tables: list[tuple[float, Block]], boxes: list[tuple[float, float, float, float]],
                            edges: list[list[float]], free: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A ruled or shaded header band with no rules under it (LibreOffice's HTML tables): the lines right
    below are its rows, cut at the header's column edges — a new row where the first column has text,
    the lines between go on with the row above. Returns the lines left for paragraphs."""
    for (_, block), box, cols in zip(tables, boxes, edges, strict=True):
        if len(block.rows) > 3 or any(has_date(c) for r in block.rows for c in r) or len(cols) < 3:
            continue
        width = box[2] - box[0]
        below = sorted((ln for ln in free if box[0] - 2 <= ln["x0"] and ln["x1"] <= box[2] + 2
                        and ln["top"] >= box[3] - 1), key=lambda ln: ln["top"])
        rows: list[list[str]] = []
        used: list[int] = []
        last_bottom = box[3]
        padded: bool | None = None  # rows set apart by their cells' padding: a gap, not a first cell, starts one
        for ln, parts in _visual_lines(below):
            height = max(ln["bottom"] - ln["top"], 1.0)
            gap = ln["top"] - last_bottom
            if gap > 2.6 * height:  # rows padded as HTML cells are
                break
            if padded is None:
                padded = gap > height
            cells = [""] * (len(cols) - 1)
            prev_x1 = [0.0] * (len(cols) - 1)
            straddles = False  # a word cut by a column edge: a paragraph across the columns, the table is over
            last: tuple[int | None, float, bool] = (None, -1e9, False)  # column, right edge, blank of the last char
            chars = [c for c in ln.get("chars", []) if "x0" in c]
            size = max((c.get("size") or 10.0 for c in chars), default=10.0)
            ordered: list[dict[str, Any]] = []
            for row in _baseline_rows(chars, size) if chars else []:  # a cell wrapped on two lines: line by line
                ordered += [{**row[0], "_new_line": True}] + row[1:]
            for c in ordered:
                if c.get("_new_line"):
                    prev_x1 = [-1e9] * (len(cols) - 1)  # (a space between a cell's two lines)
                    last = (None, -1e9, False)
                mid = (c.get("x0", 0.0) + c.get("x1", 0.0)) / 2
                k = next((i for i in range(len(cols) - 1) if cols[i] <= mid < cols[i + 1]), None)
                blank = not c["text"].strip()
                if k != last[0] and last[0] is not None and not blank and not last[2] and c.get(
                        "x0", 0.0) - last[1] < 0.15 * (c.get("size") or 10.0):
                    straddles = True
                last = (k, c.get("x1", 0.0), blank)
                if k is not None:
                    cells[k] += c["text"] if not cells[k] or c.get("x0", 0.0) - prev_x1[k] < 0.15 * (
                        c.get("size") or 10.0) else " " + c["text"]
                    prev_x1[k] = c.get("x1", 0.0)
            if straddles or len(_segments(ln)) == 1 and ln["x1"] - ln["x0"] > 0.5 * width and sum(
                    bool(c.strip()) for c in cells) < 2:
                break
            if not any(cells):
                continue
            if not rows or (gap > 0.6 * height if padded else bool(cells[0].strip())):
                rows.append(cells)
            else:
                rows[-1] = [_joined(a, b) for a, b in zip(rows[-1], cells, strict=True)]
            used.extend(id(p) for p in parts)
            last_bottom = max(last_bottom, ln["bottom"])
        if len(rows) >= 2 and any(has_date(c) for r in rows for c in r):
            block.rows.extend(r for r in rows)
            free = [ln for ln in free if id(ln) not in used]
    return free


def _slide_frame(rows: list[list[str]], box: tuple[float, float, float, float], page: tuple[float, float]) -> bool:
    """One column of boxes as wide and nearly as high as the page (a slide's frame and title bar), not a
    table nor a framed paragraph: its text is read as text."""
    return (sum(len(c) for r in rows for c in r) > 150 and box[2] - box[0] > 0.7 * page[0]
            and box[3] - box[1] > 0.4 * page[1] and all(sum(bool(c.strip()) for c in r) <= 1 for r in rows))


def _holds_its_text(block: Block, box: tuple[float, float, float, float], chars: list[dict[str, Any]],
                    page: tuple[float, float]) -> bool:
    """Whether a ruled table's cells hold most of the characters drawn inside its box (a slide's frame never does)."""
    inside = sum(1 for c in chars if c["text"].strip() and box[0] - 1 <= (c["x0"] + c["x1"]) / 2 <= box[2] + 1
                 and box[1] - 1 <= (c["top"] + c["bottom"]) / 2 <= box[3] + 1)
    placed = sum(len(cell.replace(" ", "")) for row in block.rows for cell in row)
    return not _slide_frame(block.rows, box, page) and (inside < 200 or placed >= 0.7 * inside)


def _line_blocks(lines: list[dict[str, Any]]) -> list[Block]:
    """A page read from its text lines alone: columns unfolded, borderless tables, paragraphs."""
    lines, _ = _unfolded_columns(lines)
    borderless, lines = _borderless_tables(sorted(lines, key=lambda ln: (round(ln["top"]), ln["x0"])))
    placed = borderless + _paragraphs(lines)
    placed.sort(key=lambda tb: tb[0])
    return [b for _, b in placed]


def _fast_ruled_page(fpage: Any) -> tuple[list[Block] | None, int]:
    """A page with rules read without pdfminer: its ruled tables from pdfium's paths and characters, the
    rest as borderless tables and paragraphs. None when no table is found (pdfplumber then reads it)."""
    lines, n = _pdfium_lines(fpage)
    if any(ln["chars"] and ln["chars"][0].get("turned") for ln in lines):
        return _line_blocks(lines), n  # text turned by its drawing: its rules are not where it is read
    chars = []
    for li, ln in enumerate(lines):
        for k, c in enumerate(ln["chars"]):
            chars.append({**c, "line": li, "order": k})
    edges: list[list[float]] = []
    tables, boxes = _vector_tables(fpage, fpage.get_height(), chars, edges)
    if tables:  # a frame around the page's text (an HTML page laid out with a table, printed) loses the text
        kept = [k for k, ((_, block), box) in enumerate(zip(tables, boxes, strict=True))  # its grid cannot place:
                if _holds_its_text(block, box, chars, (fpage.get_width(), fpage.get_height()))]  # read as text, its own tables found without its rules
        tables, boxes, edges = [tables[k] for k in kept], [boxes[k] for k in kept], [edges[k] for k in kept]
    framed = [k for k, (_, block) in enumerate(tables) if len(block.rows) == 1
              and sum(bool(c.strip()) for c in block.rows[0]) == 1]  # a frame around one paragraph: its text
    if framed:  # is read as text, where its lines are (beside the day a timeline writes left of its box)
        tables = [t for k, t in enumerate(tables) if k not in framed]
        boxes = [b for k, b in enumerate(boxes) if k not in framed]
        edges = [e for k, e in enumerate(edges) if k not in framed]
    if not tables and not framed:
        return None, n
    free = [part for ln in lines if (part := _outside(ln, boxes)) is not None]
    free = _rows_under_header_band(tables, boxes, edges, free)
    free, shifts = _unfolded_columns(free)
    tables = [(_shifted(top, box[0], shifts), block) for (top, block), box in zip(tables, boxes, strict=True)]
    borderless, free = _borderless_tables(sorted(free, key=lambda ln: (round(ln["top"]), ln["x0"])))
    placed = tables + borderless + _paragraphs(free)
    placed.sort(key=lambda tb: tb[0])
    return [b for _, b in placed], n


def read_pdf(path: Path, data: bytes, sha: str, *, max_pages: int = 300,
             progress: Callable[[int, int], None] | None = None) -> Document:
    """PDF → Document; refuses truncated, encrypted, image-only and oversized files with a French message.

    Pages without drawn paths are read with pypdfium2 (fast); pages with paths go through pdfplumber,
    which finds the ruled tables and reads them cell by cell.
    """
    import pypdfium2 as pdfium

    password = _open_checked(path, data, max_pages)
    filled = _filled_form(data) if not password and b"/AcroForm" in data else None
    form, data = filled is not None, filled or data
    pages: list[Page] = []
    warnings: list[str] = []
    total = 0
    plumber: Any = None  # pdfplumber document, opened on the first ruled page; False once it failed
    read_pictures = 0  # tables pasted as pictures, read with OCR so far
    layered: list[int] = []  # scanned sheets under a copier's OCR layer, read again with our OCR
    try:
        fast = pdfium.PdfDocument(data, password=password or None)
        try:
            for i in range(len(fast)):
                fpage = fast[i]
                blocks = None
                paths, images, ocr_layer = _page_objects(fpage)
                if paths > MAX_RULED_PATHS:
                    warnings.append(f"page {i + 1} : dessin trop complexe, texte lu sans les tableaux")
                elif paths and not form:  # (a form's rules are its fields' boxes: its lines are read)
                    try:
                        blocks, n = _fast_ruled_page(fpage)
                    except (MemoryError, RecursionError):
                        raise
                    except Exception:  # noqa: BLE001 - odd paths or text: pdfplumber reads the page instead
                        blocks = None
                if blocks is None and paths and paths <= MAX_RULED_PATHS and plumber is not False and not form:
                    try:
                        if plumber is None:
                            import pdfplumber  # pdfminer costs 0.15 s to import: only for the pages that need it

                            plumber = pdfplumber.open(io.BytesIO(data), password=password)
                        ppage = plumber.pages[i]
                        blocks, n = read_page(ppage)
                        ppage.close()
                    except (MemoryError, RecursionError):
                        raise
                    except Exception:  # noqa: BLE001 - pdfminer fails on damage that pdfium repairs
                        warnings.append(f"page {i + 1} : tableaux illisibles, texte lu sans les tableaux")
                        if plumber is None:
                            plumber = False
                if blocks is None:
                    lines, n = _pdfium_lines(fpage, form)
                    blocks = _line_blocks(lines)
                if n and images and not ocr_layer and read_pictures < MAX_PICTURES:
                    blocks, read_pictures = _with_pictures(fpage, i, blocks, read_pictures, warnings, images)
                fpage.close()
                total += n
                if not n:
                    warnings.append(f"page {i + 1} sans texte (image ou page blanche)")
                elif ocr_layer:
                    layered.append(i)
                pages.append(Page(i + 1, _inline_notes(blocks)))
        finally:
            fast.close()
            if plumber:
                try:
                    plumber.close()  # loads every page first: may fail on a page we never needed
                except Exception:  # noqa: BLE001
                    pass
    except (MemoryError, RecursionError):
        raise  # read_document turns them into TooLargeError
    except Exception as exc:  # noqa: BLE001 - pdfminer/pdfium raise many types on damaged files
        raise InputFileError(
            f"PDF illisible : le fichier est endommagé ({type(exc).__name__})", path=path
        ) from exc
    if layered and total:
        _read_layered(path, data, password, progress, pages, layered, warnings)
    garbled = garbled_pages(data, password, {i: pages[i].text for i in range(len(pages)) if i not in layered})
    if garbled:
        _read_garbled(data, password, progress, pages, garbled, warnings)
    doubtful = [i for i, page in enumerate(pages) if i not in layered and i not in garbled
                and weekday_mismatches(page.text) >= 2]
    if doubtful:
        _read_doubtful(data, password, progress, pages, doubtful, warnings)
    _join_continued_tables(pages)
    _join_continued_paragraphs(pages)
    for page in pages:
        for block in page.blocks:
            block.__dict__.pop("open_end", None)
            block.text = _unquoted(accents_joined(block.text))  # TeX's OT1 fonts: « d´ebut », « connaˆıtre »
            block.rows = [[_unquoted(accents_joined(c)) for c in row] for row in block.rows]
    if not pages:
        raise TruncatedFileError("PDF endommagé ou incomplet : aucune page lisible", path=path)
    if total == 0:  # a scan: read with OCR
        pages = _read_scanned(path, data, password, progress)
        warnings = ["document numérisé : texte lu par reconnaissance de caractères (OCR), à vérifier"]
    return Document(
        fichier=path.name, format="pdf", sha256=sha, pages=pages, octets=len(data), warnings=warnings
    )
