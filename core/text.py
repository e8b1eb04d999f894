"""Text folding shared by every layer (matching titles, labels, places)."""

from __future__ import annotations

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
