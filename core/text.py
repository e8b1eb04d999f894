"""Text folding shared by every layer (matching titles, labels, places)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACED = str.maketrans({ch: " " for ch in "'’-–,.«»\""})


def fold(text: str | None) -> str:
    """Lower case, no accents, apostrophes and dashes as spaces: for matching titles."""
    return _fold(text or "")


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Cached: extraction folds the same cells and lines many times (a third of a long circular's time)."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.casefold().translate(_SPACED).split())


# A Markdown table as typed in a plain-text file (and as a monospace PDF prints it): « | Jour | Horaire | »
# rows and their « |----|----| » rule
PIPE_ROW = re.compile(r"^\s*\|(?:[^|\n]*\|){2,}\s*$")
PIPE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def pipe_cells(line: str) -> list[str]:
    """The cells of a « | a | b | » row."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def furniture_key(text: str) -> str:
    """A line as it repeats at the top or foot of every page: its page number left out ("– page 2 / 5"), a
    postal code kept (« 67000 Strasbourg » and « 67100 Strasbourg » are two addresses, not one footer)."""
    return re.sub(r"\d+", lambda m: m.group(0) if len(m.group(0)) == 5 else "#", " ".join(text.split()))
