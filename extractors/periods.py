"""Internship periods and stated durations read from attestation text, and the weeks they make.

Pure regular expressions (no dateparser: it is far too slow to run over whole dossiers). Every phrasing seen
on attestations is one pattern: "du 6 janvier 2025 au 14 février 2025", "du 06/01/2025 au 14/02/2025",
"du lundi 3 mars au vendredi 4 avril 2025", "du 3 au 28 mars 2025", "période : 06/01/2025 – 14/02/2025".
Weeks are counted from working days (Monday to Friday) of the merged periods, so an attestation given twice,
or two overlapping attestations, count once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, timedelta

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
}
MAX_SPAN_DAYS = 3 * 366  # a "period" longer than this is a misreading, not an internship

_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTH = r"(?P<{0}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{0}>[0-3]?\d)(?:er)?"
_YEAR = r"(?P<{0}>(?:19|20)\d\d)"
_NUM = r"(?P<{0}d>[0-3]?\d)[/.\-](?P<{0}m>[01]?\d)[/.\-](?P<{0}y>(?:19|20)?\d\d)"


def _side(tag: str, *, partial: bool) -> str:
    """One date of a range; the left one may lack its month and year ("du 3 au 28 mars 2025")."""
    textual_month = _MONTH.format(f"{tag}m")
    textual_year = _YEAR.format(f"{tag}y")
    if partial:
        textual = rf"(?:{_WEEKDAY}\s+)?{_DAY.format(tag + 'd')}(?:\s+{textual_month}(?:\s+{textual_year})?)?"
    else:
        textual = rf"(?:{_WEEKDAY}\s+)?{_DAY.format(tag + 'd')}\s+{textual_month}(?:\s+{textual_year})?"
    numeric = _NUM.format(tag + "n")
    return rf"(?:{numeric}|{textual})"


_PREFIX = (
    r"(?:\bdu|\bdepuis\s+le|\bà\s+compter\s+du|\ba\s+compter\s+du|\bentre\s+le|\bp[ée]riode\s*(?:du|:)?|"
    r"\bde|\bfrom)"
)
_SEP = r"(?:\bau|\bjusqu\s*['’]?\s*au|\bet\s+le|\bà|\ba|–|—|-|\bto)"
RANGE = re.compile(
    rf"(?:{_PREFIX}\s*(?:le\s+)?)?(?<![\d/.\-]){_side('a', partial=True)}\s*{_SEP}\s*(?:le\s+)?"
    rf"{_side('b', partial=False)}(?![\d/])",
    re.IGNORECASE,
)

_QTY = r"(?P<n>\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>semaines?|jours?\s+ouvr[ée]s|jours?\s+ouvrables|jours?\s+travaill[ée]s)"
DURATION = re.compile(
    rf"(?:\bdur[ée]e(?:\s+(?:totale|effective))?(?:\s+(?:du|de\s+la)\s+(?:stage|periode|formation))?"
    rf"\s*(?::|de|d['’]?\s*)?\s*|\bsoit\s+(?:une\s+dur[ée]e\s+de\s+)?|"
    rf"\bd['’]\s*une\s+dur[ée]e\s+(?:totale\s+)?de\s+|\bpendant\s+){_QTY}\s*(?:\(\s*\d+\s*\)\s*)?{_UNIT}",
    re.IGNORECASE,
)


def _fold(text: str) -> str:
    """Lower case without accents, same length as the input (so match positions stay valid)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c)) or ch
        out.append(base[0] if len(base) >= 1 else ch)
    return "".join(out).lower()


def normalise(text: str) -> str:
    """Single spaces (line breaks of PDF text included), typographic apostrophes and spaces unified, and
    the OCR's stray dot or comma between a day and its month ("25.juillet", "3,mars") turned into a space."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    text = re.sub(r"(?<=\d)[.,·](?=[^\W\d_]{3,})", " ", text)
    text = re.sub(r"(?<!\w)[IlÎï|](?=er\s+[^\W\d_]{3,})", "1", text)  # OCR's "Îer août" is "1er août"
    return " ".join(text.split())


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return y + 2000 if y < 100 else y


def _month(raw: str | None) -> int | None:
    if not raw:
        return None
    return MONTHS.get(_fold(raw).rstrip("."))


def _make(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _parts(match: re.Match[str], tag: str) -> tuple[int | None, int | None, int | None]:
    g = match.groupdict()
    if g.get(f"{tag}nd"):
        return _year(g[f"{tag}ny"]), int(g[f"{tag}nm"]), int(g[f"{tag}nd"])
    return _year(g.get(f"{tag}y")), _month(g.get(f"{tag}m")), int(g[f"{tag}d"]) if g.get(f"{tag}d") else None


def parse_periods(text: str) -> list[tuple[date, date, str]]:
    """Every date range in the text, in reading order, with the excerpt it was read from.

    A left date without month/year borrows them from the right one; if that puts it after the end
    ("du 15 décembre au 9 janvier 2026"), it belongs to the year before.
    """
    clean = normalise(text)
    folded = _fold(clean)
    found: list[tuple[date, date, str]] = []
    for m in RANGE.finditer(folded):
        by, bm, bd = _parts(m, "b")
        end = _make(by, bm, bd)
        if end is None:
            continue
        ay, am, ad = _parts(m, "a")
        numeric_left = bool(m.group("and"))
        if numeric_left and ay is None:
            continue
        start = _make(ay or end.year, am or end.month, ad)
        if start is None:
            continue
        if start > end and ay is None:
            start = _make(end.year - 1, am or end.month, ad)
            if start is None:
                continue
        if start > end or (end - start).days > MAX_SPAN_DAYS:
            continue
        found.append((start, end, clean[m.start():m.end()].strip()))
    return found


def parse_durations(text: str) -> list[tuple[float, str]]:
    """Stated durations ("durée : 6 semaines", "soit 30 jours ouvrés") in weeks, with their excerpt."""
    clean = normalise(text)
    folded = _fold(clean)
    out: list[tuple[float, str]] = []
    for m in DURATION.finditer(folded):
        raw = m.group("n")
        value = float(NUMBER_WORDS[raw]) if raw in NUMBER_WORDS else float(raw.replace(",", "."))
        weeks = value if m.group("unit").startswith("semaine") else value / 5
        out.append((round(weeks, 1), clean[m.start():m.end()].strip()))
    return out


def merge_periods(periods: Iterable[tuple[date, date] | tuple[date, date, str]]) -> list[tuple[date, date]]:
    """Sorted union of the periods: duplicates and overlaps count once, touching periods join."""
    spans = sorted((p[0], p[1]) for p in periods if p[0] <= p[1])
    merged: list[tuple[date, date]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1] + timedelta(days=1):
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _weekdays_between(start: date, end: date) -> int:
    """Monday–Friday days in [start, end], in constant time."""
    if end < start:
        return 0
    days = (end - start).days + 1
    full, rest = divmod(days, 7)
    count = full * 5
    wd = start.weekday()
    for i in range(rest):
        if (wd + i) % 7 < 5:
            count += 1
    return count


def working_days(merged: Iterable[tuple[date, date]]) -> int:
    """Working days (Monday–Friday) of periods that are already merged (no overlap)."""
    return sum(_weekdays_between(p[0], p[1]) for p in merged)


def weeks(merged: Iterable[tuple[date, date]]) -> float:
    """Weeks of internship = working days / 5, one decimal (exact: n/5 has one decimal)."""
    return round(working_days(merge_periods(merged)) / 5, 1)
