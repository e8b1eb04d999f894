"""Text folding shared by every layer (matching titles, labels, places)."""

from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    """Lower case, no accents, apostrophes and dashes as spaces: for matching titles."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    for ch in "'’-–,.«»\"":
        text = text.replace(ch, " ")
    return " ".join(text.split())
