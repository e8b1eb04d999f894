"""The Document: what every reader produces and every fact extractor consumes.

Plain data (dataclasses), so extractors are pure functions over it and tests can build one by hand.
A page holds blocks in reading order; a block is either a paragraph of text or a table (rows of cells,
multi-line cells already joined with spaces).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass
class Block:
    kind: Literal["text", "table", "heading"]
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    bold: bool = False
    level: int | None = None  # heading level when the source says it (Word "Heading 2" → 2)
    # per table cell, True when it continues the cell above (Word vMerge, HTML rowspan, a ruled PDF cell with
    # no rule under it): empty here, its text is the one above. Empty list when the reader cannot tell.
    continued: list[list[bool]] = field(default_factory=list)
    # per table cell, how many grid columns it covers: k for a cell merged across k columns (Word gridSpan,
    # HTML colspan, a PDF row with no rule between them), 0 for the columns it covers on its right (empty
    # cells here), 1 otherwise. Empty list when the reader cannot tell.
    spans: list[list[int]] = field(default_factory=list)

    def span_of(self, row: int, col: int) -> int:
        """Columns the cell covers (1 when the reader did not say, or the rows were changed since)."""
        if len(self.spans) != len(self.rows) or row >= len(self.spans) or len(self.spans[row]) != len(self.rows[row]):
            return 1
        return self.spans[row][col] if col < len(self.spans[row]) else 1

    def flat(self) -> str:
        """Text of the block; a table gives one line per row, cells joined by ' | '."""
        if self.kind == "table":
            return "\n".join(" | ".join(c for c in row) for row in self.rows)
        return self.text


@dataclass
class Page:
    number: int  # 1-based
    blocks: list[Block] = field(default_factory=list)
    ocr: bool = False  # text came from OCR

    @property
    def text(self) -> str:
        return "\n".join(b.flat() for b in self.blocks)


@dataclass
class Document:
    fichier: str  # file name, no directory
    format: Literal["pdf", "docx", "txt", "md", "html", "odt", "image", "xlsx", "ods", "csv", "eml", "mht", "zip", "pptx", "ics", "xps", "epub",
                    "odp"]
    sha256: str
    pages: list[Page] = field(default_factory=list)
    octets: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)

    @property
    def n_pages(self) -> int | None:
        return len(self.pages) if self.format in ("pdf", "docx", "image", "pptx", "odp") else None
