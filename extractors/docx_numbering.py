"""Word's automatic numbering, rendered as the printed page shows it.

A numbered heading or list item carries no number in its runs: « E1 – », « Article 3 – », « 2.1. » are drawn
by Word (and LibreOffice) from numbering.xml — a list definition (w:abstractNum) with, per level, its start,
format (decimal, roman, letters, bullet) and text (« Épreuve E%1 – », « %1.%2. »), used by numbered
instances (w:num) that may restart it (w:startOverride). A paragraph is numbered by its own w:numPr or by its
style's (Heading 1 numbered by the style, through basedOn). Circulars built that way name their épreuves
only through the numbering: the reader must count as Word does.

Counting follows LibreOffice, which made the PDFs the blind batches compare with: one counter per instance
(w:num), a level restarting when a shallower one is numbered, a start override applied at the instance's
first paragraph. Bullets are rendered « • » so that lists stay lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MAX_LEVELS = 9
_LEVEL_REF = re.compile(r"%([1-9])")


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    hidden: bool = False
    legal: bool = False  # w:isLgl: every level's number written in figures


@dataclass
class _Instance:
    levels: dict[int, _Level]
    starts: dict[int, int] = field(default_factory=dict)  # w:startOverride per level
    counts: dict[int, int] = field(default_factory=dict)


def _val(el: Any, tag: str) -> str | None:
    found = el.find(f"{_W}{tag}") if el is not None else None
    return found.get(f"{_W}val") if found is not None else None


def _int(text: str | None, default: int) -> int:
    return int(text) if text and text.lstrip("-").isdecimal() else default


def _levels(abstract: Any) -> dict[int, _Level]:
    out: dict[int, _Level] = {}
    for lvl in abstract.iterchildren(f"{_W}lvl"):
        k = _int(lvl.get(f"{_W}ilvl"), 0)
        rpr = lvl.find(f"{_W}rPr")
        vanish = rpr.find(f"{_W}vanish") if rpr is not None else None
        out[k] = _Level(start=_int(_val(lvl, "start"), 1), fmt=_val(lvl, "numFmt") or "decimal",
                        text=_val(lvl, "lvlText") or "", legal=lvl.find(f"{_W}isLgl") is not None,
                        hidden=vanish is not None and vanish.get(f"{_W}val") not in ("0", "false", "off"))
    return out


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa (Word repeats the letter)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """One level's number in its format (decimal, upperRoman, lowerLetter, decimalZero…)."""
    if fmt in ("upperRoman", "lowerRoman"):
        text = _roman(n)
        return text.upper() if fmt == "upperRoman" else text
    if fmt in ("upperLetter", "lowerLetter"):
        text = _letters(n)
        return text.upper() if fmt == "upperLetter" else text
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)  # decimal and the formats we do not spell out (ordinal, cardinalText…) as figures


class Numbering:
    """The numbering of one document: `label(p)` gives each paragraph's printed number, in body order."""

    def __init__(self, numbering_xml: Any | None, styles_xml: Any | None):
        abstract = {}
        instances: dict[str, _Instance] = {}
        if numbering_xml is not None:
            for a in numbering_xml.iterchildren(f"{_W}abstractNum"):
                abstract[a.get(f"{_W}abstractNumId")] = _levels(a)
            for num in numbering_xml.iterchildren(f"{_W}num"):
                levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
                starts = {}
                for override in num.iterchildren(f"{_W}lvlOverride"):
                    k = _int(override.get(f"{_W}ilvl"), 0)
                    if (start := _val(override, "startOverride")) is not None:
                        starts[k] = _int(start, 1)
                    if (lvl := override.find(f"{_W}lvl")) is not None:
                        levels |= {k: _levels_of_one(lvl)}
                instances[num.get(f"{_W}numId") or ""] = _Instance(levels, starts)
        self._instances = instances
        self._styles = _style_numbering(styles_xml)

    def label(self, p_el: Any) -> str:
        """The number Word prints before this paragraph (« E5 », « Article 2 – », « • »), or ""; counts it."""
        num_id, ilvl = self._numbering_of(p_el)
        inst = self._instances.get(num_id or "")
        if inst is None or num_id == "0":
            return ""
        level = inst.levels.get(ilvl)
        if level is None:
            return ""
        if ilvl not in inst.counts:
            inst.counts[ilvl] = inst.starts.get(ilvl, level.start)
        else:
            inst.counts[ilvl] += 1
        for deeper in [k for k in inst.counts if k > ilvl]:
            del inst.counts[deeper]  # a shallower item restarts the levels under it
        if level.hidden:
            return ""
        if level.fmt == "bullet":
            return "•"

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl = inst.levels.get(k, _Level())
            n = inst.counts.get(k, inst.starts.get(k, lvl.start))
            return format_number(n, "decimal" if level.legal and k < ilvl else lvl.fmt)

        return _LEVEL_REF.sub(number, level.text).strip()

    def _numbering_of(self, p_el: Any) -> tuple[str | None, int]:
        ppr = p_el.find(f"{_W}pPr")
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        own_id = _val(numpr, "numId")
        own_lvl = _val(numpr, "ilvl")
        style = _val(ppr, "pStyle")
        styled_id, styled_lvl = self._styles.get(style or "", (None, 0))
        num_id = own_id if own_id is not None else styled_id
        return num_id, min(_int(own_lvl, styled_lvl), _MAX_LEVELS - 1)


def _levels_of_one(lvl: Any) -> _Level:
    wrapper = lvl.makeelement(f"{_W}abstractNum")
    wrapper.append(_copy(lvl))
    return _levels(wrapper).get(_int(lvl.get(f"{_W}ilvl"), 0), _Level())


def _copy(el: Any) -> Any:
    from copy import deepcopy

    return deepcopy(el)


def _style_numbering(styles_xml: Any | None) -> dict[str, tuple[str | None, int]]:
    """Paragraph style id → (numId, level) it numbers its paragraphs with, inherited through basedOn."""
    if styles_xml is None:
        return {}
    own: dict[str, tuple[str | None, int | None]] = {}
    based: dict[str, str] = {}
    for st in styles_xml.iterchildren(f"{_W}style"):
        if st.get(f"{_W}type") != "paragraph":
            continue
        sid = st.get(f"{_W}styleId") or ""
        if (parent := _val(st, "basedOn")) is not None:
            based[sid] = parent
        ppr = st.find(f"{_W}pPr")
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if numpr is not None:
            ilvl = _val(numpr, "ilvl")
            own[sid] = (_val(numpr, "numId"), _int(ilvl, 0) if ilvl is not None else None)
    out: dict[str, tuple[str | None, int]] = {}
    for sid in {*own, *based}:
        seen, cur = set(), sid
        num_id: str | None = None
        lvl: int | None = None
        while cur and cur not in seen:
            seen.add(cur)
            n, k = own.get(cur, (None, None))
            num_id = num_id if num_id is not None else n
            lvl = lvl if lvl is not None else k
            cur = based.get(cur, "")
        if num_id is not None:
            out[sid] = (num_id, lvl or 0)
    return out
