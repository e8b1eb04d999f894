"""HTML circulars (a page of the académie's site saved to disk, Word's « page Web », LibreOffice's export):
headings, paragraphs and tables as blocks, like the Word reader.

The standard library's tolerant parser is enough: no DOM is built (a deeply nested or truncated page costs
nothing more), scripts and styles are skipped, and tables keep the Word reader's conventions so the
calendar code reads both alike: a `colspan` cell gives its text then empty cells, a `rowspan` continuation
is an empty cell in the rows below (the date written once for two rows).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from extractors.charsets import symbol_font, symbol_text
from extractors.document import Block

# Elements that end a paragraph; inline ones (span, b, a, font…) only add their text.
_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article",
    "header", "footer", "main", "aside", "nav", "blockquote", "pre", "address", "figure", "figcaption", "hr",
    "form", "fieldset", "center", "caption",
}
# struck text (<del>, <s>) is what a modificatif cancels: not read, as in the Word reader
_SKIPPED = {"script", "style", "head", "noscript", "template", "svg", "math", "object", "iframe", "del", "s",
            "strike"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source", "embed", "param"}
_HEADING = re.compile(r"h([1-6])")
# a class a sheet hides on its own (« .xl70 {display:none} »), not one shown by an interaction (« .onglets
# .panneau {display:none} » that « :checked ~ » opens: tabs whose panels the reader reads all)
# elements whose end tag HTML lets one omit, and the end tags of what holds them
_OPTIONAL_END: dict[str, set[str]] = {"p": set(), "li": {"ul", "ol"}, "td": {"tr", "table"}, "th": {"tr", "table"},
                                      "tr": {"table", "tbody", "thead", "tfoot"}, "dt": {"dl"}, "dd": {"dl"},
                                      "option": {"select"}}
_HIDING_RULE = re.compile(r"(?:^|[};])\s*(?:[\w-]+)?\.([\w-]+)\s*\{[^}]*\b(?:display\s*:\s*none|mso-hide\s*:\s*all"
                          r"|visibility\s*:\s*hidden)", re.I)
# a class whose children the page sets side by side as boxes (« .kv {display:grid} »: a label and its value)
_BOXES_RULE = re.compile(r"(?:^|[};])\s*(?:[\w-]+)?\.([\w-]+)\s*\{[^}]*\bdisplay\s*:\s*(?:inline-)?(?:grid|flex)\b",
                         re.I)
MAX_SPAN = 50  # a rowspan beyond the table's size is clamped: "rowspan=1000000" fills no memory


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.continued: list[list[bool]] = []  # per cell: a rowspan continuation
        self.flags: list[bool] = []
        self.spans: list[list[int]] = []  # per cell: the columns it covers (Block.spans)
        self.widths: list[int] = []
        self.pending: dict[int, int] = {}  # column → rows still covered by a rowspan from above
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.cell_rowspan = 1
        self.cell_colspan = 1
        # what each cell holds as blocks, in reading order: a page laid out with a table (a sidebar cell, a
        # content cell holding headings, paragraphs and the calendar) is read as those blocks
        self.items: list[Block] = []
        self.cell_items: list[Block] = []
        self.layout = False

    def start_row(self) -> None:
        self.end_row()
        self.row = []
        self.flags = []
        self.widths = []
        self._fill_spanned()

    def _fill_spanned(self) -> None:
        """Columns covered by a rowspan from above are empty cells here (the Word reader's vMerge)."""
        assert self.row is not None
        while self.pending.get(len(self.row), 0) > 0:
            self.pending[len(self.row)] -= 1
            self.row.append("")
            self.flags.append(True)
            self.widths.append(1)

    def start_cell(self, rowspan: int, colspan: int = 1) -> None:
        self.end_cell()
        if self.row is None:
            self.start_row()
        self.cell = []
        self.cell_rowspan = rowspan
        self.cell_colspan = colspan

    def end_cell(self) -> None:
        if self.cell is None:
            return
        assert self.row is not None
        if len(self.cell_items) >= 3 and sum(len(b.text) for b in self.cell_items) > 400:
            self.layout = True  # a cell holding a page of text, not a value
        self.items.extend(self.cell_items)
        self.cell_items = []
        for k in range(self.cell_colspan):  # a cell spanning columns: its text, then empty cells (the grid
            if self.cell_rowspan > 1:  # stays under its header, as in the Word reader)
                self.pending[len(self.row)] = self.cell_rowspan - 1
            self.row.append(" ".join(" ".join(self.cell).split()) if k == 0 else "")
            self.flags.append(False)
            self.widths.append(self.cell_colspan if k == 0 else 0)
        self.cell = None
        self.cell_colspan = 1
        self._fill_spanned()

    def end_row(self) -> None:
        self.end_cell()
        if self.row is not None and any(c.strip() for c in self.row):
            self.rows.append(self.row)
            self.continued.append(self.flags)
            self.spans.append(self.widths)
        self.row = None  # an empty row is dropped; it has consumed the rowspans above it


class _Reader(HTMLParser):
    def __init__(self, max_blocks: int) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.text: list[str] = []
        self.kind = "text"
        self.level: int | None = None
        self.bold_depth = 0
        self.bold_text = 0
        self.skip_depth = 0
        self.tables: list[_Table] = []
        self.max_blocks = max_blocks
        self.too_many = False
        self.hidden_tag = ""  # the element not shown (display:none, hidden), and how deep we are inside it
        self.hidden_nest = 0
        self.hidden_classes: set[str] = set()  # classes a <style> sheet hides (« .xl65 {display:none} »)
        self.box_classes: set[str] = set()  # classes laid out as grid or flex boxes
        self.boxes: list[list[str | int]] = []  # open grid/flex elements: [tag, how deep in the same tag]
        self.in_style = False
        self.symbol_depth = 0  # elements open inside one set in a symbol font (Wingdings, Symbol)

    # -- paragraphs
    def _flush(self) -> None:
        raw = "".join(self.text)
        text = " ".join(raw.split())
        self.text = []
        lines = [" ".join(line.split()) for line in raw.split("\n") if line.strip()]
        if not self.tables and len(lines) >= 3 and all(len(line) <= 80 for line in lines):
            # lines set one under the other with <br> (an address: name, street, BP, town): each its own
            # line, as a PDF of the page gives them — a sentence wrapped by one <br> stays one
            for line in lines[:-1]:
                if len(self.blocks) < self.max_blocks:
                    self.blocks.append(Block("text", line))
            text = lines[-1]
        kind, level = self.kind, self.level
        self.kind, self.level = "text", None
        bold = bool(text) and self.bold_text >= len(text.replace(" ", "")) * 0.8
        self.bold_text = 0
        if not text:
            return
        if self.tables:  # text inside a cell belongs to the cell
            table = self.tables[-1]
            if table.cell is None:
                table.start_cell(1)
            assert table.cell is not None
            table.cell.append(text)
            table.cell_items.append(Block("heading" if kind == "heading" else "text", text, bold=bold, level=level))
            table.layout = table.layout or kind == "heading"
            return
        if len(self.blocks) >= self.max_blocks:
            self.too_many = True
            return
        self.blocks.append(Block("heading" if kind == "heading" else "text", text, bold=bold, level=level))

    def _hidden(self, attrs: list[tuple[str, str | None]]) -> bool:
        """An element the page does not show: Excel's hidden columns and rows, Word's hidden text, an
        Outlook draft (« display:none », « mso-hide:all », « visibility:hidden », the hidden attribute), or
        one marked aria-hidden (an icon, a decorative copy of what the text says)."""
        found = dict(attrs)
        if (found.get("role") or "").lower() == "tabpanel":
            return False  # a tab's panel, hidden until its tab is clicked: the page holds it, a print shows it
        style = (found.get("style") or "").lower().replace(" ", "")
        classes = set((found.get("class") or "").split())
        return ("hidden" in found or "display:none" in style or "mso-hide:all" in style
                or "visibility:hidden" in style or bool(classes & self.hidden_classes)
                or (found.get("aria-hidden") or "").lower() == "true")  # a decorative duplicate (« 11 mai »
        # badge beside « mardi 11 mai, 14 h – 18 h »): what a screen reader skips is not the page's text

    def _open_box(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Inside a grid or flex element every child is a box of its own: its words do not run into the
        next box's (« <span>Dépôt des dossiers</span><span>2028-04-07</span> » is two phrases)."""
        if tag in _VOID:
            return
        if self.boxes:
            self.text.append(" ")
            if self.boxes[-1][0] == tag:
                self.boxes[-1][1] = int(self.boxes[-1][1]) + 1
            return
        found = dict(attrs)
        style = (found.get("style") or "").lower().replace(" ", "")
        classes = set((found.get("class") or "").split())
        if re.search(r"display:(?:inline-)?(?:grid|flex)\b", style) or classes & self.box_classes:
            self.boxes.append([tag, 1])

    def _close_box(self, tag: str) -> None:
        if not self.boxes:
            return
        self.text.append(" ")
        if self.boxes[-1][0] == tag:
            self.boxes[-1][1] = int(self.boxes[-1][1]) - 1
            if int(self.boxes[-1][1]) <= 0:
                self.boxes.pop()

    def _closes_hidden(self, tag: str, end: bool) -> bool:
        """HTML lets a <p>, <li>, <td> or <tr> end without its end tag: the next one, or the end of what holds
        it, closes a hidden one too (a page must not vanish after a hidden cell left open)."""
        hidden = self.hidden_tag
        if self.hidden_nest != 1 or hidden not in _OPTIONAL_END:
            return False
        if end:
            return tag in _OPTIONAL_END.get(hidden, set()) or (hidden == "p" and tag in _BLOCK_TAGS)
        return tag == hidden or (hidden in ("td", "th") and tag in ("td", "th", "tr")) or (
            hidden == "p" and tag in _BLOCK_TAGS) or (hidden in ("dt", "dd") and tag in ("dt", "dd"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden_nest and self._closes_hidden(tag, end=False):
            self.hidden_nest = 0
        if self.hidden_nest:
            self.hidden_nest += tag == self.hidden_tag and tag not in _VOID
            return
        if tag not in _VOID and tag not in ("html", "body") and self._hidden(attrs):
            self.hidden_tag, self.hidden_nest = tag, 1
            return
        if tag not in _VOID:
            if self.symbol_depth:
                self.symbol_depth += 1
            elif _symbol_font(attrs):
                self.symbol_depth = 1
        self.in_style = tag == "style"
        self._open_box(tag, attrs)
        if tag in _SKIPPED:
            if tag not in _VOID:
                self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag in ("b", "strong", "th"):
            self.bold_depth += 1
        if tag == "br":
            self.text.append("\n")
        elif tag == "table":
            self._flush()
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self._flush()
            self.tables[-1].start_row()
        elif tag in ("td", "th") and self.tables:
            self._flush()
            span = dict(attrs).get("rowspan") or "1"
            rowspan = int(span) if span.strip().isdecimal() else 1
            wide = dict(attrs).get("colspan") or "1"
            colspan = int(wide) if wide.strip().isdecimal() else 1
            self.tables[-1].start_cell(max(1, min(rowspan, MAX_SPAN)), max(1, min(colspan, MAX_SPAN)))
        elif tag in _BLOCK_TAGS:
            self._flush()
            m = _HEADING.fullmatch(tag)
            if m:
                self.kind, self.level = "heading", int(m.group(1))

    def handle_endtag(self, tag: str) -> None:
        if self.hidden_nest and tag != self.hidden_tag and self._closes_hidden(tag, end=True):
            self.hidden_nest = 0  # « </tr> » after a hidden « <td> » left open: the row ends, read on
        if self.hidden_nest:
            self.hidden_nest -= tag == self.hidden_tag
            return
        if self.symbol_depth and tag not in _VOID:
            self.symbol_depth -= 1
        if tag == "style":
            self.in_style = False
        self._close_box(tag)
        if tag in _SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in ("b", "strong", "th"):
            self.bold_depth = max(0, self.bold_depth - 1)
        if tag in ("td", "th") and self.tables:
            self._flush()
            self.tables[-1].end_cell()
        elif tag == "tr" and self.tables:
            self._flush()
            self.tables[-1].end_row()
        elif tag == "table" and self.tables:
            self._flush()
            table = self.tables.pop()
            table.end_row()
            rows = table.rows
            if not rows:
                return
            blocks = table.items if table.layout else [Block("table", rows=rows, continued=table.continued,
                                                                         spans=table.spans)]
            if self.tables:  # a nested table is read as its cell's text, and kept whole for a layout table
                outer = self.tables[-1]
                if outer.cell is None:
                    outer.start_cell(1)
                assert outer.cell is not None
                outer.cell.extend(" ".join(c for c in row if c) for row in rows)
                outer.cell_items.extend(blocks)
                outer.layout = outer.layout or table.layout or len(rows) >= 2
            elif len(self.blocks) + len(blocks) <= self.max_blocks:
                self.blocks.extend(blocks)
            else:
                self.too_many = True
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.hidden_classes |= {m.group(1) for m in _HIDING_RULE.finditer(data)}
            self.box_classes |= {m.group(1) for m in _BOXES_RULE.finditer(data)}
        if self.skip_depth or self.hidden_nest:
            return
        if self.symbol_depth:  # Word's « page Web » writes an arrow as « à » in Wingdings
            data = symbol_text(data)
        self.text.append(data)
        if self.bold_depth:
            self.bold_text += len(data.replace(" ", "").strip())

    def close(self) -> None:
        super().close()
        self._flush()
        while self.tables:
            self.handle_endtag("table")


def _symbol_font(attrs: list[tuple[str, str | None]]) -> bool:
    """An element set in a symbol font: its letters are pictures (arrows, bullets), not text."""
    found = dict(attrs)
    family = re.search(r"font-family\s*:\s*([^;]+)", found.get("style") or "", re.I)
    return symbol_font(family.group(1) if family else "") or symbol_font(found.get("face") or "")


def looks_like_html(text: str) -> bool:
    """A page, not a text that mentions a tag: the document starts with a doctype or an <html> element
    (after an optional XML prolog or comment)."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    head = re.sub(r"^(<\?xml[^>]*>\s*|<!--.*?-->\s*)*", "", head, flags=re.S)
    return head.startswith(("<!doctype html", "<html"))


def html_blocks(text: str, max_blocks: int) -> tuple[list[Block], bool]:
    """The blocks of an HTML page, in document order, and whether it had more than `max_blocks`."""
    reader = _Reader(max_blocks)
    reader.feed(text)
    reader.close()
    return reader.blocks, reader.too_many
