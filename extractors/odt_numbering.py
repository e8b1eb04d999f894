"""OpenDocument's automatic numbering, rendered as the printed page shows it (see docx_numbering for Word).

A numbered list item or heading carries no number in its text: LibreOffice draws « Épreuve E1 – » or
« 2.1 » from the list style (text:list-style, its text:list-level-style-number: num-prefix, num-format,
num-suffix, display-levels, start-value) or, for headings, from the outline style (text:outline-style).
Counting follows LibreOffice: a list's items count per level, a shallower item restarts the deeper levels,
a top-level list starts again unless it says text:continue-numbering (or text:continue-list).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractors.docx_numbering import format_number

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


@dataclass
class _Level:
    fmt: str = ""  # "" (no number), "decimal", …, or "bullet"
    prefix: str = ""
    suffix: str = ""
    shown: int = 1  # text:display-levels: how many levels' numbers the label writes (« 2.1 »)
    start: int = 1
    bullet: str = ""


def _t(name: str) -> str:
    return f"{{{TEXT}}}{name}"


def _s(name: str) -> str:
    return f"{{{STYLE}}}{name}"


def _levels(style: Any) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for el in style:
        tag = el.tag.rsplit("}", 1)[-1]
        level = el.get(_t("level"))
        if not level or not level.isdecimal():
            continue
        shown, start = el.get(_t("display-levels")) or "1", el.get(_t("start-value")) or "1"
        found = _Level(prefix=el.get(_s("num-prefix")) or "", suffix=el.get(_s("num-suffix")) or "",
                       shown=int(shown) if shown.isdecimal() else 1, start=int(start) if start.isdecimal() else 1)
        if tag in ("list-level-style-number", "outline-level-style"):
            found.fmt = _FORMATS.get(el.get(_s("num-format")) or "", "")
            out[int(level)] = found
        elif tag == "list-level-style-bullet":
            found.fmt, found.bullet = "bullet", el.get(_t("bullet-char")) or "•"
            out[int(level)] = found
    return out


@dataclass
class ListState:
    """One list being read: its style and its counters by level (shared with the lists nested in it)."""

    style: str | None
    counts: dict[int, int] = field(default_factory=dict)


class OdtNumbering:
    """The list and outline styles of one document, and the counters of its headings and lists."""

    def __init__(self, *roots: Any):
        self._lists: dict[str, dict[int, _Level]] = {}
        self._outline: dict[int, _Level] = {}
        for root in roots:
            if root is None:
                continue
            for style in root.iter(_t("list-style")):
                self._lists.setdefault(style.get(_s("name")) or "", _levels(style))
            for style in root.iter(_t("outline-style")):
                self._outline = self._outline or _levels(style)
        self._heading_counts: dict[int, int] = {}
        self._last: dict[str | None, ListState] = {}  # the last top-level list of each style

    def enter(self, el: Any, outer: ListState | None) -> ListState:
        """The state of a text:list: a nested list shares its parent's counters; a top-level one restarts
        unless it continues the previous list of its style."""
        style = el.get(_t("style-name")) or (outer.style if outer else None)
        if outer is not None:
            return ListState(style, outer.counts)
        keep = el.get(_t("continue-numbering")) == "true" or el.get(_t("continue-list"))
        state = ListState(style, self._last[style].counts if keep and style in self._last else {})
        self._last[style] = state
        return state

    def item(self, el: Any, state: ListState, depth: int) -> str:
        """The label of a list item at nesting `depth` (1 for the outer list); counts it."""
        levels = self._lists.get(state.style or "", {})
        level = levels.get(depth, _Level())
        start = el.get(_t("start-value"))
        if start and start.isdecimal():
            state.counts[depth] = int(start)
        else:
            state.counts[depth] = state.counts.get(depth, level.start - 1) + 1
        for deeper in [k for k in state.counts if k > depth]:
            del state.counts[deeper]
        return _label(levels, state.counts, depth)

    def heading(self, el: Any) -> str:
        """The outline number of a heading (text:h and its outline level), or ""; counts it."""
        level = el.get(_t("outline-level"))
        if not level or not level.isdecimal() or el.get(_t("is-list-header")) == "true":
            return ""
        depth = int(level)
        style = self._outline.get(depth, _Level())
        self._heading_counts[depth] = self._heading_counts.get(depth, style.start - 1) + 1
        for deeper in [k for k in self._heading_counts if k > depth]:
            del self._heading_counts[deeper]
        return _label(self._outline, self._heading_counts, depth)


def _label(levels: dict[int, _Level], counts: dict[int, int], depth: int) -> str:
    level = levels.get(depth, _Level())
    if level.fmt == "bullet":
        return level.bullet
    if not level.fmt:
        return ""
    numbers = []
    for k in range(max(1, depth - level.shown + 1), depth + 1):
        lvl = levels.get(k, _Level())
        numbers.append(format_number(counts.get(k, lvl.start), lvl.fmt or "decimal"))
    return f"{level.prefix}{'.'.join(numbers)}{level.suffix}".strip()
