"""Internship periods and stated durations read from attestation text, and the weeks they make.

Pure regular expressions over normalised text (no dateparser: it is far too slow to run over whole
dossiers). Every pattern is bounded (no nested repetition), so reading a page stays linear in its length.

`find_periods` reads, on one page (pdfium text of a PDF, OCR text of a scan, DOCX text; table cells come
out in row order, separated by newlines or spaces):

* prose ranges: "du 6 janvier 2025 au 14 février 2025", "du 06/01/2025 au 14/02/2025", "du 06.01.25 au
  14.02.25", "du lundi 3 mars au vendredi 4 avril 2025", "du 3 au 28 mars 2025", "du 15 décembre au 9 janvier
  2026", "du 15/12 au 09/01/2026", "à compter du … (et) jusqu'au …", "à partir du … jusqu'au …", "depuis le …
  (et) jusqu'au (terme de son contrat le) …", "période de stage : 06/01/2025 – 14/02/2025", "dates du stage :
  du … au …", certificats de travail ("a été employée en qualité de … du … au …");
* tables whose cells are split: "Du | 06/01/2025 | Au | 14/02/2025", "Du\\n6 janvier 2025\\nAu\\n…", and a
  header row followed by value rows: "Date de début Date de fin\\n06/01/2025 14/02/2025";
* labelled fields, with other text between them: "Date de début : … Date de fin : …", "Début du stage le …
  Fin du stage le …", "Date d'entrée : … Date de sortie : …";
* a start and a stated number of weeks or months: "pour une durée de six semaines à compter du 6 janvier
  2025", "à partir du 3 mars 2025 pour une période de deux mois" — the end is derived (see `derive_end`) and
  the period carries a `derivation` note. Never from a number of days, never from a start alone.

Deliberately not read: a single date ("né le …", "Fait à …, le …", "depuis le …" without an end), hours
("de 9h à 17h"), weekday ranges ("du lundi au vendredi"), blank forms ("du …/…/20… au …/…/20…", "Date de
début : ____"), two dates without a range word or field labels between them, ranges longer than
`MAX_SPAN_DAYS` or ending before they start.

Weeks are counted from working days (Monday to Friday) of the merged periods, so an attestation given twice,
or two overlapping attestations, count once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.dates import NUMBER_WORDS, number_value

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "jan": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
MAX_SPAN_DAYS = 3 * 366  # a "period" longer than this is a misreading, not an internship
MAX_FIELD_GAP = 600  # characters allowed between a "Date de début" field and its "Date de fin" field
WEEKS_PER_MONTH = 52 / 12


@dataclass(frozen=True)
class PeriodMatch:
    """One period read on a page: its bounds, the text it was read from, and, when the end was not written
    but derived from a stated number of weeks or months, a short French note saying how."""

    debut: date
    fin: date
    extrait: str
    derivation: str | None = None


# ------------------------------------------------------------------------------------------ patterns
# All patterns run on folded text (lower case, no accents, single spaces: see `normalise` and `_fold`).

_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_GAP = r"[\s|:]*"  # between a label and its value: spaces, table pipes, colons
# A date does not continue a word, a number or a reference (2025/01/06, 12.06.34); after a hyphen only when
# that hyphen follows a four-digit year (the end of "06/01/2025-14/02/2025").
_NOT_AFTER = r"(?<![\w/.])(?:(?<!-)|(?<=\d{4}-))"


def _numeric(tag: str, *, year: bool) -> str:
    """06/01/2025, 06.01.25, 6-1-2025; with year=False the year may be missing (15/12). Not part of a longer
    run of numbers (a phone number 06.12.34.56.78, a reference 2025/06/01/3) nor a blank "20__" / "20…"; a
    four-digit year may be followed by a hyphen and the next date ("06/01/2025-14/02/2025")."""
    end4 = r"(?![\w…]|[/.][\w.…])"
    end2 = r"(?![\w…]|[/.\-][\w.…])"
    y = rf"[/.\-](?P<{tag}ny>(?:19|20)\d\d{end4}|\d\d{end2})"
    tail = rf"(?:{y}|{end2})" if not year else y
    return rf"(?:{_WEEKDAY},?\s+)?{_NOT_AFTER}(?P<{tag}nd>[0-3]?\d)[/.\-](?P<{tag}nm>[01]?\d){tail}"


def _textual(tag: str, *, month: bool, year: bool) -> str:
    """[lundi] 6 janvier 2025, 1er févr. 2025; month=False allows a bare day ("du 3 au 28 mars"), year=False
    a missing year ("du 15 décembre au 9 janvier 2026")."""
    day = rf"(?:{_WEEKDAY},?\s+)?{_NOT_AFTER}(?P<{tag}d>[0-3]?\d)(?:er)?(?![\w/])"
    ym = rf"(?P<{tag}y>(?:19|20)\d\d)(?![\w/])"
    mon = rf"\s+(?P<{tag}m>{_MONTH_ALT})\b\.?"
    tail = mon + (rf"\s+{ym}" if year else rf"(?:\s+{ym})?")
    if not month:
        tail = f"(?:{tail})?"
    return day + tail


def _date(tag: str, kind: str = "full") -> str:
    """kind "full": day, month and year; "noyear": the year may be missing; "partial": the month too."""
    return (
        rf"(?:{_numeric(tag + 'x', year=kind == 'full')}"
        rf"|{_textual(tag, month=kind != 'partial', year=kind == 'full')})"
    )


_PREFIX = (
    r"\bdu\b|\bdepuis(?:\s+le\b)?|\ba\s+compter\s+du\b|\ba\s+partir\s+du\b|\bentre\s+le\b|"
    r"\bdates?\s+(?:du|de)\s+(?:stage|la\s+periode|formation)\b|"
    r"\bperiodes?(?:\s+(?:du|de)\s+(?:stage|formation))?\b|\bde\b|\bfrom\b"
)
_TERM = r"\s+terme\s+d[eu]\s+(?:son|sa|leur|ce|cette)?\s*(?:contrat|mission|stage|periode)\s*,?"
_SEP = (
    rf"(?:,\s*)?(?:\bet\s+(?:ce\s+)?)?\bjusqu\s*'?\s*au\b(?:{_TERM})?|\bau\b|\bet\s+le\b|\ba\b|–|—|-|\bto\b"
)
_TIME = r"(?:\s*,?\s*(?:a\s+)?[0-2]?\d\s*h(?:\s*[0-5]\d)?\b)?"  # "du 06/01/2025 à 9h au …"
RANGE = re.compile(
    rf"(?:(?P<pre>{_PREFIX}){_GAP}(?:(?:du|le)\s+)?)?{_date('a', 'partial')}{_TIME}[\s|,;]*(?:{_SEP})"
    rf"{_GAP}(?:le\s+)?{_date('b', 'noyear')}",
)

# "… du stage", "… de la période", "… en formation", "… dans l'entreprise" after a field label
_WHAT = (
    r"(?:\s+(?:du|de\s+la|de|d\s*'|en|dans)\s*(?:l\s*'\s*)?"
    r"(?:stage|periode|formation|contrat|mission|entreprise|poste)\b)?"
)
_START_LABEL = (
    rf"\bdate\s+(?:de\s+)?debut{_WHAT}|\bdebut\s+(?:du|de\s+la|de)\s+(?:stage|periode|formation|contrat|mission)\b|"
    rf"\bdebut(?=\s*:)|\bdate\s+d\s*'?\s*(?:entree|arrivee|embauche){_WHAT}"
)
_END_LABEL = (
    rf"\bdate\s+(?:de\s+)?fin{_WHAT}|\bfin\s+(?:du|de\s+la|de)\s+(?:stage|periode|formation|contrat|mission)\b|"
    rf"\bfin(?=\s*:)|\bdate\s+de\s+(?:sortie|depart){_WHAT}"
)
_PAREN = r"(?:\([^()\d]{0,30}\)" + _GAP + ")?"  # "Date de début (jj/mm/aaaa) :"
FIELD = re.compile(
    rf"(?:(?P<start>{_START_LABEL})|(?P<end>{_END_LABEL})){_GAP}{_PAREN}(?:(?:le|du|au)\s+)?"
    rf"{_date('v', 'noyear')}"
)
# A header row then value rows: "Date de début Date de fin [Durée …]\n06/01/2025 14/02/2025"
HEADER = re.compile(
    rf"(?:{_START_LABEL}|\bdu\b|\bdebut\b)[\s|:/]*(?:{_END_LABEL}|\bau\b|\bfin\b)[^\d]{{0,80}}?"
    rf"{_date('a')}[\s|]*{_date('b')}"
)
# The next value row, after at most four other cells of the row before ("6 semaines", "30 jours").
ROW = re.compile(rf"(?:[\s|]+[^\s|]{{1,30}}){{0,4}}?[\s|]+(?P<pair>{_date('a')}[\s|]*{_date('b')})")

_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_QTY = rf"(?P<n>\d+(?:[.,]\d+)?|(?:{_WORDS})\b)"
_QTY_INT = rf"(?P<n>\d{{1,2}}(?!\d)|(?:{_WORDS})\b)"
_PAREN_NUM = r"(?:\s*\(\s*\d+\s*\))?"  # "six (6) semaines"
_STATED = r"(?<!\w)(?:une|la)\s+(?:duree|periode)\s+(?:totale\s+)?(?:de\s+|d\s*'\s*)"
_FROM = r"\b(?:a\s+compter\s+du|a\s+partir\s+du|debutant\s+le|commencant\s+le|des\s+le)"
# "pour une durée de six semaines à compter du 6 janvier 2025"
DERIVED_AFTER = re.compile(
    rf"(?:\b(?:pour|sur)\s+|\bd\s*'\s*)?{_STATED}{_QTY_INT}{_PAREN_NUM}\s*(?P<unit>semaines?|mois)\b"
    rf"\s*,?\s*{_FROM}{_GAP}"
    rf"(?:le\s+)?{_date('s')}"
)
# "à compter du 6 janvier 2025 pour une durée de six semaines"
DERIVED_BEFORE = re.compile(
    rf"{_FROM}{_GAP}(?:le\s+)?{_date('s')}\s*,?\s*(?:et\s+)?(?:pour|sur)\s+{_STATED}"
    rf"{_QTY_INT}{_PAREN_NUM}\s*(?P<unit>semaines?|mois)\b"
)

_UNIT = r"(?P<unit>semaines?|mois|jours?\s+ouvr[ée]s|jours?\s+ouvrables|jours?\s+travaill[ée]s)\b"
DURATION = re.compile(
    rf"(?:\bdur[ée]e(?:\s+(?:totale|effective))?(?:\s+(?:du|de\s+la)\s+(?:stage|periode|formation))?"
    rf"\s*(?::|de|d['’]?\s*)?\s*|\bsoit\s+(?:une\s+dur[ée]e\s+de\s+)?|"
    rf"\bd['’]\s*une\s+dur[ée]e\s+(?:totale\s+)?de\s+|\bune\s+periode\s+(?:totale\s+)?de\s+|\bpendant\s+)"
    rf"{_QTY}\s*(?:\(\s*\d+\s*\)\s*)?{_UNIT}",
)


# ------------------------------------------------------------------------------------------ text


def _fold_char(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    low = base.lower()
    if len(low) == 1:
        return low
    low = ch.lower()
    return low if len(low) == 1 else ch


def _fold(text: str) -> str:
    """Lower case without accents, same length as the input (so match positions stay valid)."""
    return text.translate({ord(ch): _fold_char(ch) for ch in set(text)})


def normalise(text: str) -> str:
    """Single spaces (line breaks of PDF text included), compatibility forms unified (ligatures "ﬁ", "1ᵉʳ",
    "…", no-break spaces), typographic apostrophes unified, and the OCR's stray dot or comma between a day
    and its month ("25.juillet", "3,mars") turned into a space."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    text = re.sub(r"(?<=\d)[.,·](?=[^\W\d_]{3,})", " ", text)
    text = re.sub(r"(?<!\w)[IlÎï|](?=er\s+[^\W\d_]{3,})", "1", text)  # OCR's "Îer août" is "1er août"
    # forms typed in boxes: "12 / 01 / 2026" is 12/01/2026 (a day, then a month of 1-2 digits, then a year)
    text = re.sub(r"\b(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{2}(?:\d{2})?)\b", r"\1\2\3\2\4", text)
    # "Du : 02/06/2025 au : 27/06/2025": the colon after a range word is the form's, not the sentence's
    text = re.sub(r"\b(du|au|Du|Au|DU|AU)\s*:\s*(?=\d)", r"\1 ", text)
    return " ".join(text.split())


# ------------------------------------------------------------------------------------------ dates


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return y + 2000 if y < 100 else y


def _month(raw: str | None) -> int | None:
    if not raw:
        return None
    return MONTHS.get(raw.rstrip("."))


def _make(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _parts(match: re.Match[str], tag: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of the date tagged `tag`; None for a part not written."""
    g = match.groupdict()
    if g.get(f"{tag}xnd"):
        return _year(g[f"{tag}xny"]), int(g[f"{tag}xnm"]), int(g[f"{tag}xnd"])
    return _year(g.get(f"{tag}y")), _month(g.get(f"{tag}m")), int(g[f"{tag}d"]) if g.get(f"{tag}d") else None


def _complete(left: tuple[int | None, int | None, int | None],
              right: tuple[int | None, int | None, int | None]) -> tuple[date, date] | None:
    """Both bounds from their written parts. A year written once (on either side) serves both; a left date
    without month borrows the right one's. When the borrowed year puts the start after the end, or names a
    day that year does not have (29 February), the range crosses New Year: "du 15 décembre au 9 janvier
    2026", "du 15/12 au 09/01/2026", "du 15 décembre 2025 au 9 janvier". A bare day ("du 30 au 28 mars")
    never moves to another month or year."""
    ly, lm, ld = left
    ry, rm, rd = right
    if ld is None or rd is None or rm is None:
        return None
    start: date | None
    end: date | None
    if ry is not None:
        end = _make(ry, rm, rd)
        if end is None:
            return None
        if ly is not None:
            start = _make(ly, lm, ld)
        elif lm is None:
            start = _make(end.year, end.month, ld)
        else:
            start = _make(end.year, lm, ld)
            if start is None or start > end:
                start = _make(end.year - 1, lm, ld)
    else:
        if ly is None or lm is None:
            return None
        start = _make(ly, lm, ld)
        if start is None:
            return None
        end = _make(start.year, rm, rd)
        if end is None or end < start:
            end = _make(start.year + 1, rm, rd)
    if start is None or end is None or not _plausible(start, end):
        return None
    return start, end


def _plausible(start: date, end: date) -> bool:
    return start <= end and (end - start).days <= MAX_SPAN_DAYS


def derive_end(start: date, count: int, unit: str) -> date:
    """The last day of a period stated as `count` weeks or months from `start`.

    Weeks: an internship of N weeks starting on a Monday ends on the Friday of its N-th week, so
    end = start + 7N − 3 days; starting on any other day it ends the day before the same weekday N weeks
    later, end = start + 7N − 1 days. Months: the day before the same day of the month N months later
    (6 janvier + 2 mois → 5 mars); when that day does not exist (31 janvier + 1 mois) the period ends on the
    last day of that month.
    """
    if unit.startswith("semaine"):
        return start + timedelta(days=7 * count - (3 if start.weekday() == 0 else 1))
    month0 = start.month - 1 + count
    y, m = start.year + month0 // 12, month0 % 12 + 1
    same = _make(y, m, start.day)
    if same is not None:
        return same - timedelta(days=1)
    following = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return following - timedelta(days=1)


def _derivation(extrait: str, start: date, count: int, unit: str) -> str:
    if unit.startswith("semaine"):
        word = "semaine" if count == 1 else "semaines"
        if start.weekday() == 0:
            rule = f"du lundi au vendredi de la semaine {count}"
        else:
            rule = f"soit {7 * count} jours"
        return f"fin déduite de « {extrait} » : {count} {word}, {rule}"
    return f"fin déduite de « {extrait} » : {count} mois, jusqu'à la veille du même quantième"


# ------------------------------------------------------------------------------------------ reading


class _Page:
    """Normalised text, its folded twin, the periods found so far and the characters they were read from
    (a later, weaker reading never reuses text that an earlier one explained)."""

    def __init__(self, text: str) -> None:
        self.clean = normalise(text)
        self.folded = _fold(self.clean)
        self.used = bytearray(len(self.clean))
        self.found: list[tuple[int, PeriodMatch]] = []

    def free(self, a: int, b: int) -> bool:
        return self.used.find(1, a, b) == -1

    def add(self, a: int, b: int, start: date, end: date, *, extrait: str | None = None,
            derivation: str | None = None, spans: Iterable[tuple[int, int]] = ()) -> None:
        """Record a period read from [a, b); only `spans` are marked as used when given (two labelled
        fields: the text between them may still hold another reading)."""
        for x, y in spans or [(a, b)]:
            self.used[x:y] = b"\x01" * (y - x)
        text = extrait if extrait is not None else self.clean[a:b].strip()
        self.found.append((a, PeriodMatch(start, end, text, derivation)))


def _read_headers(page: _Page) -> None:
    """ "Date de début Date de fin\\n06/01/2025 14/02/2025\\n03/03/2025 28/03/2025": each value row."""
    for m in HEADER.finditer(page.folded):
        if not page.free(m.start(), m.end()):
            continue
        row: re.Match[str] | None = m
        a = m.start()
        while row is not None:
            bounds = _complete(_parts(row, "a"), _parts(row, "b"))
            if bounds is None:
                break
            page.add(a, row.end(), *bounds)
            row = ROW.match(page.folded, row.end())
            if row is not None:
                a = row.start("pair")


def _read_ranges(page: _Page) -> None:
    """Prose and split table cells: "du … au …", "à compter du … jusqu'au …", "Du | … | Au | …"."""
    for m in RANGE.finditer(page.folded):
        if not page.free(m.start(), m.end()):
            continue
        left, right = _parts(m, "a"), _parts(m, "b")
        has_prefix = m.group("pre") is not None
        if (left[1] is None or (left[0] is None and m.group("axnd"))) and not has_prefix:
            continue  # "3 au 28 mars", "15/12 - 09/01/2026": too loose without "du", "période"…
        if right[0] is None and not has_prefix:
            continue
        bounds = _complete(left, right)
        if bounds is not None:
            page.add(m.start(), m.end(), *bounds)


def _read_fields(page: _Page) -> None:
    """ "Date de début : …" then, within MAX_FIELD_GAP characters and before any other start field,
    "Date de fin : …" (same for "Début du stage le …", "Date d'entrée …")."""
    pending: re.Match[str] | None = None
    for m in FIELD.finditer(page.folded):
        if not page.free(m.start(), m.end()):
            pending = None
            continue
        if m.group("start"):
            pending = m
            continue
        if pending is None or m.start() - pending.end() > MAX_FIELD_GAP:
            pending = None
            continue
        bounds = _complete(_parts(pending, "v"), _parts(m, "v"))
        if bounds is not None:
            first, second = page.clean[pending.start():pending.end()], page.clean[m.start():m.end()]
            between = page.clean[pending.end():m.start()].strip()
            extrait = f"{first.strip()} {second.strip()}" if not between else f"{first.strip()} … {second.strip()}"
            page.add(pending.start(), m.end(), *bounds, extrait=extrait,
                     spans=[(pending.start(), pending.end()), (m.start(), m.end())])
        pending = None


def _count(raw: str) -> int | None:
    value = NUMBER_WORDS.get(raw) if raw in NUMBER_WORDS else int(raw)
    return value if value and value <= 104 else None


def _read_derived(page: _Page) -> None:
    """A start and a stated number of weeks or months; the end is derived (`derive_end`)."""
    for pattern in (DERIVED_AFTER, DERIVED_BEFORE):
        for m in pattern.finditer(page.folded):
            if not page.free(m.start(), m.end()):
                continue
            start = _make(*_parts(m, "s"))
            count = _count(m.group("n"))
            if start is None or count is None:
                continue
            unit = m.group("unit")
            end = derive_end(start, count, unit)
            if not _plausible(start, end):
                continue
            extrait = page.clean[m.start():m.end()].strip()
            page.add(m.start(), m.end(), start, end, derivation=_derivation(extrait, start, count, unit))


def find_periods(text: str) -> list[PeriodMatch]:
    """Every internship period of one page, in reading order, each once.

    Readings, strongest first: header row then value rows, ranges (prose and split cells), labelled fields,
    start plus stated duration. The same (debut, fin) read twice (prose and table) is kept once; a derived
    period is dropped when the page also writes a period with the same start (the written end wins).
    """
    page = _Page(text)
    _read_headers(page)
    _read_ranges(page)
    _read_fields(page)
    _read_derived(page)
    written = {p.debut for _, p in page.found if p.derivation is None}
    out: list[PeriodMatch] = []
    seen: set[tuple[date, date]] = set()
    for _, p in sorted(page.found, key=lambda item: item[0]):
        if (p.debut, p.fin) in seen or (p.derivation is not None and p.debut in written):
            continue
        seen.add((p.debut, p.fin))
        out.append(p)
    return out


def parse_periods(text: str) -> list[tuple[date, date, str]]:
    """`find_periods` as (debut, fin, extrait) tuples, for callers that do not need the derivation note."""
    return [(p.debut, p.fin, p.extrait) for p in find_periods(text)]


def parse_durations(text: str) -> list[tuple[float, str]]:
    """Stated durations ("durée : 6 semaines", "soit 30 jours ouvrés", "représentant une durée totale de 6
    semaines", "durée : 2 mois") in weeks, one decimal, with their excerpt. Days are working days (÷ 5);
    months count 52/12 weeks each."""
    clean = normalise(text)
    folded = _fold(clean)
    out: list[tuple[float, str]] = []
    for m in DURATION.finditer(folded):
        raw = m.group("n")
        value = number_value(raw)
        unit = m.group("unit")
        if unit.startswith("semaine"):
            weeks = value
        elif unit == "mois":
            weeks = value * WEEKS_PER_MONTH
        else:
            weeks = value / 5
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
