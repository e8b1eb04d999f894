"""Calendars sent as spreadsheets (.xlsx, .ods, .csv): each visible sheet a table, cells as they are shown.

An académie sends its calendar as a workbook as often as a letter: real date and time cells, a date merged
over the two rows of the day's épreuves, a title row across the sheet, a hidden column of internal
references, a second sheet of centres. The reader gives the calendar code what a Word table gives it — rows
of text cells, vertical merges as continued cells, horizontal merges as spans — so nothing downstream knows
a sheet from a letter. Dates and hours are written out in French (« lundi 11 mai 2026 », « 14:00 »); a cell
formatted to show only the weekday shows the weekday; hidden sheets, rows and columns are not read.
Limits hold before anything is built: a sheet is read up to MAX_ROWS rows and MAX_COLUMNS columns, and the
repeated rows and columns of an OpenDocument sheet (a million empty rows is one XML element) are capped.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from extractors.dates import WEEKDAY_NAMES, render_date
from extractors.document import Block, Page

MAX_ROWS = 3000
MAX_COLUMNS = 120


@dataclass
class Sheet:
    name: str
    rows: list[list[str]] = field(default_factory=list)
    continued: list[list[bool]] = field(default_factory=list)
    spans: list[list[int]] = field(default_factory=list)


def _hours(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _duration(d: timedelta) -> str:
    """« 4:00 », as Excel and Calc show a duration ([h]:mm) and print it."""
    minutes = round(d.total_seconds() / 60)
    h, m = divmod(minutes, 60)
    return f"{h}:{m:02d}"


def cell_text(value: Any, number_format: str = "") -> str:
    """What the sheet shows for a value: a date in French words, an hour « 14:00 », a duration « 4:00 »,
    a whole number without its « .0 », a decimal with a comma."""
    fmt = number_format.lower()
    if value is None:
        return ""
    if isinstance(value, datetime):
        if re.sub(r"\[[^]]*]|\\.|\"[^\"]*\"", "", fmt).strip(" .,") in ("dddd", "jjjj"):  # the weekday alone
            return WEEKDAY_NAMES[value.weekday()]
        day = render_date(value.date())
        return day if value.time() == time(0) else f"{day} {_hours(value.time())}"
    if isinstance(value, date):
        return render_date(value)
    if isinstance(value, time):
        return _hours(value)
    if isinstance(value, timedelta):
        return _duration(value)
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}".replace(".", ",")
    return " ".join(str(value).split())


def _trimmed(sheet: Sheet) -> Sheet:
    """Trailing empty rows and columns cut (a sheet's used range often runs past its last filled cell)."""
    while sheet.rows and not any(c.strip() for c in sheet.rows[-1]):
        for grid in (sheet.rows, sheet.continued, sheet.spans):
            grid.pop()
    width = max((max((k + 1 for k, c in enumerate(r) if c.strip()), default=0) for r in sheet.rows), default=0)
    sheet.rows = [r[:width] for r in sheet.rows]
    sheet.continued = [r[:width] for r in sheet.continued]
    sheet.spans = [r[:width] for r in sheet.spans]
    return sheet


# ------------------------------------------------------------------------------------------------ xlsx

_EMPTY_FORMULA = re.compile(rb"<f\b[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")


def formulas_without_values(data: bytes) -> bool:
    """Whether a workbook holds formulas whose values were never computed (openpyxl, a script): their cells
    read empty until a spreadsheet program recalculates them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in zf.infolist()[:200]:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml") \
                        and info.file_size < 50_000_000 and _EMPTY_FORMULA.search(zf.read(info)):
                    return True
    except (zipfile.BadZipFile, OSError):
        return False
    return False


def xlsx_sheets(data: bytes) -> list[Sheet]:
    """The visible sheets of an Excel workbook, with the values Excel (or Calc) last computed."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    out = []
    for ws in book.worksheets:
        if ws.sheet_state != "visible":
            continue
        hidden_cols = {k for k, d in ws.column_dimensions.items() if d.hidden}
        hidden_rows = {k for k, d in ws.row_dimensions.items() if d.hidden}
        n_rows, n_cols = min(ws.max_row, MAX_ROWS), min(ws.max_column, MAX_COLUMNS)
        top_left: dict[tuple[int, int], tuple[int, int]] = {}  # merged range's first cell → (rows, cols)
        inside: dict[tuple[int, int], tuple[int, int]] = {}  # a covered cell → its range's first cell
        for rng in ws.merged_cells.ranges:
            top_left[(rng.min_row, rng.min_col)] = (rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1)
            for r in range(rng.min_row, min(rng.max_row, n_rows) + 1):
                for c in range(rng.min_col, min(rng.max_col, n_cols) + 1):
                    if (r, c) != (rng.min_row, rng.min_col):
                        inside[(r, c)] = (rng.min_row, rng.min_col)
        from openpyxl.utils import get_column_letter

        columns = [c for c in range(1, n_cols + 1) if get_column_letter(c) not in hidden_cols]
        sheet = Sheet(ws.title)
        for r, row in enumerate(ws.iter_rows(min_row=1, max_row=n_rows, max_col=n_cols), start=1):
            if r in hidden_rows:
                continue
            texts, cont, spans = [], [], []
            for c in columns:
                cell = row[c - 1]
                first = inside.get((r, c))
                texts.append("" if first else cell_text(cell.value, cell.number_format or ""))
                cont.append(first is not None and first[0] < r and first[1] == c)
                if first is not None and first[0] == r:
                    spans.append(0)  # covered from the left
                else:
                    width = top_left.get((r, c), (1, 1))[1]
                    spans.append(sum(1 for k in range(c, c + width) if k in columns) or 1)
            sheet.rows.append(texts)
            sheet.continued.append(cont)
            sheet.spans.append(spans)
        out.append(_trimmed(sheet))
    return out


# ------------------------------------------------------------------------------------------------- ods

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}


def _q(prefix: str, name: str) -> str:
    return f"{{{_NS[prefix]}}}{name}"


def _repeat(el: Any, attr: str, budget: int) -> int:
    raw = el.get(_q("table", attr)) or "1"
    return max(1, min(int(raw) if raw.isdecimal() else 1, budget))


_ENGLISH_DATE = re.compile(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b"
                           r"|\b(?:january|february|april|june|july|august|october|november|december)\b")


def _ods_value(cell: Any) -> str:
    """The text a cell shows (its text:p, as Calc rendered it), else its typed value written out."""
    shown = "\n".join("".join(p.itertext()) for p in cell.iter(_q("text", "p")))
    kind = cell.get(_q("office", "value-type"))
    if shown.strip() and not (kind == "date" and _ENGLISH_DATE.search(shown)):
        return " ".join(shown.split())  # (a date Calc showed in English, « Wed 07/03/2029 »: written in French)
    if kind == "date" and (raw := cell.get(_q("office", "date-value"))):
        try:
            return cell_text(datetime.fromisoformat(raw[:19]))
        except ValueError:
            return ""
    if kind == "time" and (m := re.fullmatch(r"PT(\d+)H(\d+)M.*", cell.get(_q("office", "time-value")) or "")):
        return f"{int(m.group(1)):02d}:{int(m.group(2)):02d}"
    if kind in ("float", "percentage", "currency") and (raw := cell.get(_q("office", "value"))):
        try:
            return cell_text(float(raw))
        except ValueError:
            return ""
    return ""


def ods_sheets(root: Any) -> list[Sheet]:
    """The visible sheets of an OpenDocument spreadsheet (its content.xml, parsed)."""
    out = []
    hidden = {st.get(_q("style", "name")) for st in root.iter(_q("style", "style"))
              if any((tp.get(_q("table", "display")) or "true") == "false"
                     for tp in st.iter(_q("style", "table-properties")))}  # a sheet hidden by its style
    for table in root.iter(_q("table", "table")):
        if (table.get(_q("table", "display")) or "true") == "false" or table.get(_q("table", "style-name")) in hidden:
            continue
        hidden_cols: set[int] = set()
        col = 0
        for column in table.iter(_q("table", "table-column")):
            n = _repeat(column, "number-columns-repeated", MAX_COLUMNS - col)
            if column.get(_q("table", "visibility")) in ("collapse", "filter"):
                hidden_cols |= set(range(col, col + n))
            col += n
            if col >= MAX_COLUMNS:
                break
        sheet = Sheet(table.get(_q("table", "name")) or "")
        below: dict[int, tuple[int, int]] = {}  # column → (rows still covered from above, the merge's first column)
        for row in table.iter(_q("table", "table-row")):
            repeat = _repeat(row, "number-rows-repeated", MAX_ROWS - len(sheet.rows))
            texts: list[str] = []
            cont: list[bool] = []
            spans: list[int] = []
            opened: dict[int, tuple[int, int]] = {}
            for cell in row:
                if cell.tag not in (_q("table", "table-cell"), _q("table", "covered-table-cell")):
                    continue
                c = len(texts)
                n = _repeat(cell, "number-columns-repeated", MAX_COLUMNS - c)
                if cell.tag == _q("table", "covered-table-cell"):
                    for k in range(c, c + n):
                        above = below.get(k)
                        texts.append("")
                        cont.append(above is not None and above[1] == k)  # continues the cell above it
                        spans.append(1 if above is not None and above[1] == k else 0)
                else:
                    value = _ods_value(cell)
                    wide = _repeat(cell, "number-columns-spanned", MAX_COLUMNS)
                    tall = _repeat(cell, "number-rows-spanned", MAX_ROWS)
                    for k in range(c, c + n):
                        texts.append(value)
                        cont.append(False)
                        spans.append(wide)
                        if tall > 1:
                            opened.update({j: (tall - 1, k) for j in range(k, k + wide)})
                if len(texts) >= MAX_COLUMNS:
                    break
            below = {k: (left - 1, first) for k, (left, first) in below.items() if left > 1}
            below.update(opened)
            keep = [k for k in range(len(texts)) if k not in hidden_cols]
            visible = (row.get(_q("table", "visibility")) or "visible") == "visible"
            for _ in range(repeat if visible else 0):
                sheet.rows.append([texts[k] for k in keep])
                sheet.continued.append([cont[k] for k in keep])
                sheet.spans.append([spans[k] for k in keep])
            if len(sheet.rows) >= MAX_ROWS:
                break
        out.append(_trimmed(sheet))
    return out


# ------------------------------------------------------------------------------------------------- csv

def csv_sheet(text: str, name: str) -> Sheet:
    """A CSV export: its separator found from the text (« ; » in France, « , », tab), quoted fields kept
    whole (a « ; » or a line break inside quotes is part of the cell)."""
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=";,\t|")
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t|"}
        dialect = type("Dialect", (csv.excel,), {"delimiter": max(counts, key=lambda d: counts[d])})
    sheet = Sheet(name)
    for row in csv.reader(io.StringIO(text), dialect):
        if len(sheet.rows) >= MAX_ROWS:
            break
        cells = [" ".join(c.split()) for c in row[:MAX_COLUMNS]]
        sheet.rows.append(cells)
        sheet.continued.append([False] * len(cells))
        sheet.spans.append([1] * len(cells))
    width = max((len(r) for r in sheet.rows), default=0)
    sheet.rows = [r + [""] * (width - len(r)) for r in sheet.rows]
    sheet.continued = [r + [False] * (width - len(r)) for r in sheet.continued]
    sheet.spans = [r + [1] * (width - len(r)) for r in sheet.spans]
    return _trimmed(sheet)


def sheet_pages(sheets: list[Sheet]) -> list[Page]:
    """One page per sheet that holds something: its name as a heading, then its table."""
    pages: list[Page] = []
    for sheet in sheets:
        if not any(c.strip() for r in sheet.rows for c in r):
            continue
        blocks = [Block("heading", sheet.name, level=1)] if sheet.name and not re.fullmatch(
            r"(?i)(feuil|sheet|feuille)\s*\d*", sheet.name) else []
        blocks.append(Block("table", rows=sheet.rows, continued=sheet.continued, spans=sheet.spans))
        pages.append(Page(len(pages) + 1, blocks))
    return pages
