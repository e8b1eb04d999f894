"""French dates, date ranges, lists and hours as written in exam circulars.

Why our own grammar instead of dateparser: `dateparser.search.search_dates` misses ranges ("du 3 au 5
juin") and drops days in French (dateparser issues #262 and #938), and it costs ~0.5 s to import. Here a
small tokenizer finds candidate spans first, then a recursive-descent parser reads each span:

    expr   := [du | entre le | le | les] atom (connector atom)*
    atom   := [weekday] day [month [year]] ["(" hour ")"]      |  dd/mm/yyyy
    connector := au | à | - | – | jusqu'au   (range)   |   , | et | et le   (list)   |  et au  (range)

A day without a month borrows it (and the year) from the next atom ("du 3 au 5 juin"); an atom without a
year takes the default year (the session). A list of consecutive days ("le jeudi 14 et vendredi 15 avril",
"les lundi 01, mardi 02 et mercredi 03 juin") reads as ONE range; a list with gaps gives one date per day
(see DateExpr.spans). A weekday that contradicts its date keeps the date as written and adds a French
warning. Hours ("14h00-18h00", "14h -18h", "de 10h30 à 12h30", "9h30 - 12h00, 13h50 - 17h00", "à partir
de 9h", "(10h-12h)") are read by `times_after` right after a date, or anywhere by `time_slots`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "fev": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12,
    "decembre": 12, "déc": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
               "octobre", "novembre", "décembre"]
WEEKDAY_NAMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

MONTH_ABBR = {m for m in MONTHS if m not in MONTH_NAMES and m not in ("fevrier", "aout", "decembre")}  # "avr."
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
WEEKDAY_ABBR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}  # only with a dot: "lun."
_WD_RE = "|".join(WEEKDAYS) + "|" + "|".join(rf"{a}\." for a in WEEKDAY_ABBR) + "|" + "|".join(
    rf"{a}(?=\s+[0-3]?\d(?:er)?[/.\s])" for a in WEEKDAY_ABBR) + "|" + "|".join(  # « ven 30/3 »: no dot, a day after
    rf"{a}(?=\s+[0-3]?\d(?:er)?(?:[/.][01]?\d|\s+(?:{_MONTH_RE})(?!\w)))"  # « ve 24/03 », « ve 2 juin » (a grid)
    for a in ("lu", "ma", "me", "je", "ve", "sa", "di"))
_WEEKDAY_TWO = {"lu": 0, "ma": 1, "me": 2, "je": 3, "ve": 4, "sa": 5, "di": 6}
_HOUR = (r"(?:[01]?\d|2[0-3])\s?(?:heures?|[hH])\s?(?:[0-5]\d)?(?![\w])"
         r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::00(?!\d))?(?!\d)"  # « 14:00:00 » of a CSV export
         r"|(?<!(?i:apr[eè]s[- ]))\bmidi\b|\bminuit\b")  # not « après-midi »

_TOKEN = re.compile(
    rf"""
    (?P<isodate>(?<![\w\-/.])(?P<iy>20\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d\-/]))
  | (?P<mondate>(?<![\w\-])(?P<md>[0-3]?\d)-(?P<mm>{_MONTH_RE})\.?-(?P<my>(?:19|20)?\d\d)(?![\d\-]))
  | (?P<numdate>(?<![\d/.\-])(?P<nd>[0-3]?\d)(?P<sep>[/.\-])(?P<nm>[01]?\d)(?P=sep)
                (?P<ny>(?:19|20)\d\d|(?<=\d\d[/.]\d\d[/.])\d\d)(?![\d/]|[.\-]\d))
  | (?P<daymonth>(?<![\d/.])(?P<sd>[0-3]?\d)(?:/|\.(?=[01]\d(?!\d)))(?P<sm>[01]?\d)(?![\d/.]))
  | (?P<time>(?<![\w])(?:{_HOUR}))
  | (?P<year>(?<![\w])(?:19|20)\d\d(?!\w))
  | (?P<day>(?<![\w.])(?P<dn>[0-3]?\d)(?:\s?(?P<er>er|ER|ère|ÈRE|ᵉʳ)(?!\w)|(?!\w)))
  | (?P<wd>(?<![\w])(?:{_WD_RE})(?!\w))
  | (?P<month>(?<![\w])(?:{_MONTH_RE})(?:\.|(?!\w)))
  | (?P<word>[^\W\d_]+)
  | (?P<punct>[,;:()\-–—&/.'’→⇒>])
  | (?P<other>\S)
    """,
    re.X | re.I,
)


@dataclass
class Token:
    kind: str
    text: str
    start: int
    end: int
    value: Any = None

    @property
    def low(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = "other"
        for k in ("isodate", "mondate", "numdate", "daymonth", "time", "year", "day", "wd", "month", "word", "punct", "other"):
            if m.group(k) is not None:
                kind = k
                break
        value: Any = None
        if kind == "isodate":  # "2026-05-11": a date as a database or a slide's table writes it
            value = (int(m.group("id")), int(m.group("im")), int(m.group("iy")))
            kind = "numdate"
        elif kind == "mondate":  # "26-mai-26", "04-juin-2026": a spreadsheet's date format
            year = m.group("my")
            value = (int(m.group("md")), MONTHS[m.group("mm").lower().rstrip(".")], int(year) + (2000 if len(year) == 2 else 0))
            kind = "numdate"
        elif kind == "numdate":
            year = m.group("ny")  # "10/05/27" (dd/mm/yy): this century's year; "17-04-2026": four figures only
            value = (int(m.group("nd")), int(m.group("nm")), int(year) + (2000 if len(year) == 2 else 0))
        elif kind == "daymonth":  # "18/05 au 20/05/2026": the year written once, at the end
            value = (int(m.group("sd")), int(m.group("sm")), None)
        elif kind == "time":
            value = parse_hour(m.group(0))
        elif kind == "year":
            value = int(m.group(0))
        elif kind == "day":
            value = int(m.group("dn"))
        elif kind == "wd":
            w = m.group(0).lower()
            value = WEEKDAYS[w] if w in WEEKDAYS else _WEEKDAY_TWO[w] if w in _WEEKDAY_TWO else WEEKDAY_ABBR[w.rstrip(".")]
        elif kind == "month":
            value = MONTHS[m.group(0).lower().rstrip(".")]
        out.append(Token(kind, m.group(0), m.start(), m.end(), value))
    return out


NAMED_HOURS = {"midi": time(12, 0), "minuit": time(23, 59)}
# Numbers written in words in durations ("six semaines", "seize semaines de stage"), for periods and requirements.
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "vingt-deux": 22, "vingt-quatre": 24,
}


def _french_numbers() -> dict[str, int]:
    """1–59 in French words, with the spellings circulars use ("vingt et un", "vingt-deux", "vingtdeux" when
    a PDF glued the hyphenated word across a line)."""
    small = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
    out = {w: n for n, w in enumerate(small) if w}
    out["une"] = 1
    for tens, word in ((20, "vingt"), (30, "trente"), (40, "quarante"), (50, "cinquante")):
        out[word] = tens
        for unit in range(1, 10):
            joined = [f"{word} et un", f"{word}-et-un", f"{word} et une"] if unit == 1 else [f"{word}-{small[unit]}"]
            for w in joined:
                out[w] = tens + unit
                out[w.replace("-", "")] = tens + unit
                out[w.replace("-", " ")] = tens + unit
    return out


_SPELLED = _french_numbers()
_SPELLED_RE = "|".join(sorted((re.escape(w) for w in _SPELLED), key=len, reverse=True))
_SPELLED_DAY = re.compile(rf"(?i)\b(?P<n>premier|{_SPELLED_RE})(?=\s+(?:{_MONTH_RE})\b|\s+au\s+(?:\w+\s+)?"
                          rf"(?:premier|{_SPELLED_RE})\s+(?:{_MONTH_RE})\b)")
_SPELLED_YEAR = re.compile(rf"(?i)\bdeux\s+mille(?:\s+(?P<n>{_SPELLED_RE}))?\b")
_SPELLED_HOUR = re.compile(rf"(?i)\b(?P<h>{_SPELLED_RE})\s+heures?(?:\s+(?P<m>{_SPELLED_RE})(?![\w-]))?")


def spelled_numbers(text: str) -> str:
    """Dates and hours written in words as figures: « lundi onze mai deux mille vingt-six, de quatorze heures
    à dix-huit heures trente » → « lundi 11 mai 2026, de 14 heures à 18 heures 30 ». Only numbers before a
    month name, after « deux mille » and before « heure(s) » change: a count elsewhere keeps its words."""
    if not re.search(r"(?i)mille|heure|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre"
                     r"|novembre|d[ée]cembre", text):
        return text

    def day(m: re.Match[str]) -> str:
        word = m.group("n").lower()
        return "1er" if word == "premier" else str(_SPELLED[word])

    def year(m: re.Match[str]) -> str:
        return str(2000 + (_SPELLED[m.group("n").lower()] if m.group("n") else 0))

    def hour(m: re.Match[str]) -> str:
        h = _SPELLED[m.group("h").lower()]
        if h > 23:
            return m.group(0)
        minutes = _SPELLED.get((m.group("m") or "").lower())
        return f"{h} heures" + (f" {minutes:02d}" if minutes is not None and minutes < 60 else "")

    text = _SPELLED_YEAR.sub(year, text)
    text = _SPELLED_DAY.sub(day, text)
    return _SPELLED_HOUR.sub(hour, text)


def number_value(raw: str) -> float:
    """« six » → 6.0, « 2,5 » → 2.5: a quantity written in words or in figures (decimal comma)."""
    raw = raw.lower()
    return float(NUMBER_WORDS[raw]) if raw in NUMBER_WORDS else float(raw.replace(",", "."))


def parse_hour(text: str) -> time | None:
    """'14h', '14 h 30', '9h30', '14H00', '14:00', 'midi' → time; None when not a valid hour.
    'minuit' closes a day in a deadline ("jusqu'au 3 avril minuit"): 23:59, not the 00:00 that starts it."""
    word = text.strip().lower()
    if word in NAMED_HOURS:
        return NAMED_HOURS[word]
    m = re.fullmatch(r"\s*(\d{1,2})\s?(?:heures?|[hH]|:)\s?(\d{2})?(?::00)?\s*", text) or re.fullmatch(
        r"\s*(\d{1,2})()\s*", text)  # the bare start of « 14-18h »
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if h > 23 or mi > 59:
        return None
    return time(h, mi)


@dataclass
class Atom:
    day: int
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    hour: time | None = None  # "(13h)" written inside a range
    start: int = 0
    end: int = 0


@dataclass
class Span:
    """One dated step: a day or a range of days, with an optional start hour."""

    debut: date
    fin: date | None = None
    hour: time | None = None


@dataclass
class DateExpr:
    """A date expression found in a text: its character span and the days it names."""

    start: int
    end: int
    kind: str  # single | range | list
    days: list[tuple[date, time | None]]
    warnings: list[str] = field(default_factory=list)
    explicit_year: bool = False

    @property
    def spans(self) -> list[Span]:
        """Single → one day; range → (first, last); list → consecutive runs merged into ranges."""
        if not self.days:
            return []
        if self.kind == "range":
            (d0, h0), (d1, _) = self.days[0], self.days[-1]
            return [Span(d0, d1 if d1 != d0 else None, h0)]
        out: list[Span] = []
        run = [self.days[0]]
        for d, h in self.days[1:]:
            if (d - run[-1][0]).days == 1:
                run.append((d, h))
            else:
                out.append(_run_span(run))
                run = [(d, h)]
        out.append(_run_span(run))
        return out


def _run_span(run: list[tuple[date, time | None]]) -> Span:
    return Span(run[0][0], run[-1][0] if len(run) > 1 else None, run[0][1])


_RANGE_WORDS = {"au", "à", "a", "-", "–", "—", "→", "⇒", ">"}  # "26 → 29 mai", "26 -> 29 mai"
_LIST_WORDS = {",", "et", "&", "ou"}  # « le jeudi 17 mai ou le vendredi 18 mai »: either day, by convocation
_ARTICLES = {"le", "les", "du", "l"}


def _atom(toks: list[Token], i: int) -> tuple[Atom, int] | None:
    """Parse one atom at toks[i]; returns the atom and the index after it."""
    n = len(toks)
    j = i
    wd = None
    if j < n and toks[j].kind == "wd":
        wd = int(toks[j].value)
        j += 1
    if j < n and toks[j].kind in ("numdate", "daymonth"):
        d, mo, y = toks[j].value
        atom = Atom(d, mo, y, wd, None, toks[i].start, toks[j].end)
        return atom, _weekday_after(toks, j + 1, atom)
    if j >= n or toks[j].kind != "day":
        return None
    atom = Atom(int(toks[j].value), weekday=wd, start=toks[i].start, end=toks[j].end)
    j += 1
    if j + 1 < n and toks[j].kind == "word" and len(toks[j].text) == 1 and toks[j + 1].kind == "month":
        j += 1  # a stray letter between day and month ("30 j juin", read by OCR)
    if j < n and toks[j].kind == "month":
        atom.month = int(toks[j].value)
        atom.end = toks[j].end
        j += 1
        if j < n and toks[j].kind == "year":
            atom.year = int(toks[j].value)
            atom.end = toks[j].end
            j += 1
    j = _weekday_after(toks, j, atom)
    # "Mardi 7 juin(13h) et au jeudi 9 juin": an hour in brackets inside the expression
    if j + 2 < n and toks[j].text == "(" and toks[j + 1].kind == "time" and toks[j + 2].text == ")":
        atom.hour = toks[j + 1].value
        atom.end = toks[j + 2].end
        j += 3
    return atom, j


def _weekday_after(toks: list[Token], j: int, atom: Atom) -> int:
    """« 2028-06-06 (mar.) → 2028-06-07 (mer.) »: the weekday in brackets after a date is part of it, so the
    arrow after it still joins the two days into a span."""
    if (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].kind == "wd" and toks[j + 2].text == ")"
            and atom.weekday is None):
        atom.weekday = int(toks[j + 1].value)
        atom.end = toks[j + 2].end
        return j + 3
    if j < len(toks) and atom.weekday is None and atom.month is not None and (
            toks[j].kind == "wd" and toks[j].text[:3].lower() in WEEKDAY_ABBR or toks[j].low in WEEKDAY_ABBR):
        atom.weekday = WEEKDAY_ABBR[toks[j].text[:3].lower()]  # a planning's « 11.05 lun · U3 · 14h/18h »
        atom.end = toks[j].end
        return j + 1
    return j


def _connector(toks: list[Token], j: int, between: bool) -> tuple[str, int] | None:
    """Kind of the connector at toks[j] ('range' or 'list') and the index of the next atom."""
    n = len(toks)
    if j >= n:
        return None
    t = toks[j].low
    kind = None
    k = j + 1
    if t in ("jusqu", "jusqu'au", "jusqu’au"):
        if k < n and toks[k].text in ("'", "’"):
            k += 1
        if k < n and toks[k].low == "au":
            k += 1
        kind = "range"
    elif t in _RANGE_WORDS:
        kind = "range"
    elif t in _LIST_WORDS:
        kind = "range" if (between and t == "et") else "list"
        if k < n and toks[k].low in ("au", "jusqu"):  # "et au jeudi 9 juin"
            kind = "range"
            k += 1
    else:
        return None
    while k < n and toks[k].low in _ARTICLES:
        k += 1
    return kind, k


def _resolve(atoms: list[Atom], default_year: int | None) -> list[date | None]:
    """Give each atom its month and year (borrowed from the next atom that has them), then a date."""
    out: list[date | None] = [None] * len(atoms)
    month = year = None
    for idx in range(len(atoms) - 1, -1, -1):
        a = atoms[idx]
        m = a.month if a.month is not None else month
        y = a.year if a.year is not None else year
        borrowed_year = a.year is None and y is not None
        if a.month is not None:
            month = a.month
        if a.year is not None:
            year = a.year
        if m is None:
            continue
        yy = y if y is not None else default_year
        if yy is None:
            continue
        try:
            d = date(yy, m, a.day)
        except ValueError:
            continue
        nxt = next((x for x in out[idx + 1:] if x is not None), None)
        if borrowed_year and nxt is not None and d > nxt:  # "du 28 décembre au 3 janvier 2025"
            try:
                d = date(yy - 1, m, a.day)
            except ValueError:
                continue
        out[idx] = d
    return out


# "avant le 10/04 à 11 h 00", "Jury : 19/06 à 8 h 00": a day without its year (given by the title), read when
# the words before call for a day and an hour follows it — "1/2" elsewhere stays a fraction
_DAY_BEFORE = re.compile(r"(?i)(?:\b(?:le|du|au|jusqu['’]au)|:)\s*$")
_HOUR_AFTER = re.compile(r"\s*,?\s*(?:à|a|de|dès)\s+\d{1,2}\s*(?:h|:\d{2})", re.IGNORECASE)
_FIRM_AFTER = re.compile(r"\s*[,(]?\s*(?:dernier\s+d[ée]lai|au\s+plus\s+tard|d[ée]lai\s+de\s+rigueur)", re.I)  # « le 05.06 (dernier délai) »
_DAY_SPAN = r"\s+(?:au|→|⇒|–|—|-)\s+"  # between two yearless days ("29/05 → 02/06"): a span, not fractions
_MAYBE_DATE = re.compile(rf"(?<![\w])(?:{_MONTH_RE})(?:\.|(?!\w))|\d([/.\-])\d{{1,2}}\1\d|\b20\d\d-[01]\d-[0-3]\d\b"
                         rf"|(?<![\w])(?:{_WD_RE})\s*\d{{1,2}}[/.]\d"  # "mar. 12/05": a weekday says it
                         rf"|\d[/.]\d{{1,2}}\s+(?:{'|'.join(WEEKDAY_ABBR)})\b"  # "11.05 lun": after it too
                         r"|\d[/.]\d{1,2}\s*[,(]?\s*(?:dernier\s+d[ée]lai|au\s+plus\s+tard)"  # a deadline
                         rf"|\d[/.]\d{{1,2}}{_DAY_SPAN}\d{{1,2}}[/.]\d|\d/\d{{1,2}}\s*,?\s*(?:à|a|de|dès)\s+\d", re.I)  # "12/06 au 16/06", "29/05 → 02/06": a span says it


def has_date(text: str) -> bool:
    """Whether the text writes a date at all (a probe: the year a yearless date would take does not matter)."""
    return bool(find_dates(text, _PROBE_YEAR))


_PROBE_YEAR = 2000


_FORM_LABEL = re.compile(r"(?i)(?<!\w)(du|au|le|de|à|jusqu['’]au)\s*:\s*(?=\d)")
_FORM_HOUR = re.compile(r"(?i)\bheure\s*:\s*(?=\d)")


def form_labels(text: str) -> str:
    """A form's labels read as the words they stand for: « Interrogations du : 26/05/2026 au : 29/05/2026 »,
    « Heure : 12h00 » (at 12), « de : 08h30 à : 17h00 ». Same length: every span found stays right."""
    if ":" not in text:
        return text
    text = _FORM_LABEL.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), text)
    return _FORM_HOUR.sub(lambda m: "à".ljust(len(m.group(0))), text)


_SLASHED_DAYS = re.compile(rf"(?<![\d/.])([0-3]?\d)/([0-3]?\d)(?=\s+(?:{_MONTH_RE})(?!\w))", re.IGNORECASE)


def _slashed_days(m: re.Match[str]) -> str:
    """« 7/8 juin », « 15/16 juin »: two days of the month, written as a span (same length, spans kept)."""
    a, b = int(m.group(1)), int(m.group(2))
    return f"{m.group(1)}-{m.group(2)}" if 1 <= a < b <= 31 else m.group(0)


def find_dates(text: str, default_year: int | None) -> list[DateExpr]:
    """Every date expression of the text, left to right, with its span and days."""
    if not _MAYBE_DATE.search(text):  # most sentences name no month: skip tokenizing them
        return []
    text = _SLASHED_DAYS.sub(_slashed_days, form_labels(text))
    toks = tokenize(text)
    out: list[DateExpr] = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i].kind not in ("wd", "day", "numdate", "daymonth"):
            i += 1
            continue
        between = i >= 2 and toks[i - 1].low in ("le", "l") and toks[i - 2].low == "entre" or (
            i >= 1 and toks[i - 1].low == "entre")
        first = _atom(toks, i)
        if first is None:
            i += 1
            continue
        atoms = [first[0]]
        kinds: list[str] = []
        j = first[1]
        while True:
            conn = _connector(toks, j, between)
            if conn is None:
                break
            nxt = _atom(toks, conn[1])
            if nxt is None:
                break
            if conn[0] == "range" and "range" in kinds:
                break
            if (len(atoms) == 1 and atoms[0].weekday is None and atoms[0].month is None and nxt[0].weekday is not None
                    and toks[j].low in ("-", "–", "—")):
                break  # « Jour 1 – lundi 4 juin »: a numbered label, then its day (a span names both days alike)
            kinds.append(conn[0])
            atoms.append(nxt[0])
            j = nxt[1]
            if conn[0] == "range":
                break
        if toks[i].kind == "daymonth" and atoms[0].weekday is None and (len(atoms) < 2 or atoms[-1].year is None) and not (
                kinds == ["range"] and toks[_index_after(toks, atoms[-1].end) - 1].kind == "daymonth"
                and re.fullmatch(_DAY_SPAN, text[atoms[0].end:atoms[1].start])) and not (
                len(atoms) == 1 and _DAY_BEFORE.search(text[max(0, atoms[0].start - 20):atoms[0].start])
                and (_HOUR_AFTER.match(text, atoms[0].end) or _FIRM_AFTER.match(text, atoms[0].end))):
            i += 1  # "18/05" alone may be a fraction or a reference: only read before "au 20/05/2026", or
            continue  # as a span of two ("12/06 au 16/06", the year in the title)
        # the expression must end on an atom with a month; otherwise drop trailing month-less atoms
        while atoms and atoms[-1].month is None:
            atoms.pop()
            if kinds:
                kinds.pop()
        if not atoms:
            i += 1
            continue
        dates = _resolve(atoms, default_year)
        pairs = [(d, a) for d, a in zip(dates, atoms, strict=True) if d is not None]
        if not pairs:
            i = max(i + 1, _index_after(toks, atoms[-1].end))
            continue
        kind = "range" if "range" in kinds else ("list" if len(pairs) > 1 else "single")
        warnings = [w for d, a in pairs if (w := weekday_warning(d, a.weekday, text[a.start:a.end]))]
        days = [(d, a.hour) for d, a in pairs]
        if kind == "range" and days[-1][0] < days[0][0]:
            days = [days[0]]
            kind = "single"
        if toks[i].kind == "daymonth" and not any(a.year for a in atoms) and (days[-1][0] - days[0][0]).days > 45:
            i += 1  # "1/2 – 3/4": two fractions, not a window of two months written without a year
            continue
        out.append(DateExpr(atoms[0].start, atoms[-1].end, kind, days, warnings,
                            explicit_year=any(a.year is not None for a in atoms)))
        i = _index_after(toks, atoms[-1].end)
    return out


def _index_after(toks: list[Token], pos: int) -> int:
    for k, t in enumerate(toks):
        if t.start >= pos:
            return k
    return len(toks)


def weekday_warning(d: date, weekday: int | None, written: str) -> str | None:
    """French warning when the written weekday is not the weekday of the date (the date is kept)."""
    if weekday is None or d.weekday() == weekday:
        return None
    return (f"jour de la semaine incohérent : « {written.strip()} » — le {d.strftime('%d/%m/%Y')} est un "
            f"{WEEKDAY_NAMES[d.weekday()]} ; la date écrite est conservée")


# ------------------------------------------------------------------------------------------ hours

_SLOT_SEP = r"\s*(?:-|–|—|/|→|à|a|jusqu['’]à)\s*"  # "14 h/18 h" in a table cell is a slot too
# « 14-18h », « 8-12 h »: the start written without its « h », which the end carries
_BARE_START = r"(?<![\w/.:,])(?:[01]?\d|2[0-3])(?=\s*[-–]\s*(?:[01]?\d|2[0-3])\s?[hH](?![^\W\d_]))"
_SLOT = rf"(?:{_HOUR}|{_BARE_START})(?:{_SLOT_SEP}(?:{_HOUR}))?"
_SLOT_RE = re.compile(rf"(?P<a>{_HOUR}|{_BARE_START})(?:{_SLOT_SEP}(?P<b>{_HOUR}))?")
_LEAD = (r"(?:à\s+partir\s+de|à\s+compter\s+de|a\s+partir\s+de|jusqu['’]à|au\s+plus\s+tard(?:\s+à)?|dès|des|vers|avant"
         r"|à|a|de|entre)")  # "le vendredi 25 avril avant 12h00": a deadline's hour
_AFTER_RE = re.compile(
    rf"^\s*[,:]?\s*[-–—]?\s*\(?\s*(?:{_LEAD}\s+)?\(?\s*(?P<slots>{_SLOT}(?:\s*(?:,|et|/|;)\s*(?:{_LEAD}\s+)?{_SLOT})*)\s*\)?",
    re.I,
)
_PAREN_RE = re.compile(rf"^[^.;()\d]{{0,25}}\(\s*(?P<slots>{_SLOT}(?:\s*(?:,|et|/)\s*{_SLOT})*)\s*\)", re.I)


@dataclass
class Slot:
    debut: time
    fin: time | None = None


def time_slots(text: str) -> list[Slot]:
    """All hour slots written in a text, in order ('9h30 - 12h00, 13h50 - 17h00' → two slots)."""
    out: list[Slot] = []
    for m in _SLOT_RE.finditer(text):
        a = parse_hour(m.group("a"))
        b = parse_hour(m.group("b")) if m.group("b") else None
        if a is not None:
            out.append(Slot(a, b if b is not None and b > a else None))
    return out


_CLOCK = re.compile(rf"(?<![\w])(?:{_HOUR})")
HOUR_RE = _HOUR  # one clock time, for the patterns of other modules


def hours_cell(text: str) -> str:
    """The text of a cell holding only hours, with the dashes a scan lost put back: "9h30 12h30" →
    "9h30 - 12h30", "9h 12h 14h 16h" → two ranges. Only when no time of the cell has its dash: clock
    times side by side in an hours cell are starts and ends, in pairs."""
    times = list(_CLOCK.finditer(text))
    gaps = [text[x.end():y.start()] for x, y in zip(times, times[1:], strict=False)]
    if len(times) < 2 or len(times) % 2 or any(g.strip() for g in gaps):
        return text
    out, last = [], 0
    for k in range(0, len(times), 2):
        x, y = times[k], times[k + 1]
        out.append(text[last:x.end()] + " - ")
        last = y.start()
    return "".join(out) + text[last:]


def times_after(text: str, pos: int) -> tuple[list[Slot], int]:
    """Hours written right after a date ('à 12h00', ' 14h -18h', ' de 9h à 12h', ' : 14h', '(10h-12h)').

    Returns the slots and the end position of the hour phrase (pos when none). A duration such as
    'Durée : 4h' is not taken: only connectors may stand between the date and the hour.
    """
    tail = form_labels(text[pos:pos + 120])
    m = _AFTER_RE.match(tail) or _PAREN_RE.match(tail)
    if not m:
        return [], pos
    return time_slots(m.group("slots")), pos + m.end()


# "durée : 4 h", "(durée 2 heures 30)", "durée de l'épreuve : 3h30", "(4 heures)" after a start hour
_DURATION_RE = re.compile(
    r"(?i)(?:\bdur[ée]e\b[^:\d]{0,25}:?\s*(?:de\s+)?|\bpendant\s+|^\W{0,3}\(\s*)"
    r"(?P<h>\d{1,2})\s?(?:heures?|h)(?![^\W\d])\s?(?P<m>[0-5]\d)?(?:\s?min\w*)?(?!\s?(?:à|-|–)\s?\d)"
    r"(?![^.;)]{0,30}\b(?:par|pour\s+chaque|de\s+pr[ée]paration)\b)")  # "1 h par candidat": one turn, not the span


def duration_in(text: str) -> timedelta | None:
    """The duration a text gives an épreuve ("durée : 4 h", "(2 heures 30)"); None when none, or when the
    figure is a clock time ("de 14 h à 18 h") rather than a length."""
    m = _DURATION_RE.search(text)
    if m is None:
        return None
    hours, minutes = int(m.group("h")), int(m.group("m") or 0)
    if not 0 < hours * 60 + minutes <= 10 * 60:
        return None
    return timedelta(hours=hours, minutes=minutes)


def with_duration(slot: Slot, length: timedelta | None) -> Slot:
    """A start hour and a duration make a slot ("14 h, durée 4 h" → 14:00–18:00), the same day only."""
    if slot.fin is not None or length is None:
        return slot
    end = datetime.combine(date(2000, 1, 1), slot.debut) + length
    return Slot(slot.debut, end.time()) if end.date() == date(2000, 1, 1) else slot


# ---------------------------------------------------------------------------------------- rendering

def render_date(d: date, *, weekday: bool = True, year: bool = True, zero: bool = False) -> str:
    """French rendering, the inverse of the parser (used by tests and labels)."""
    day = "1er" if d.day == 1 and not zero else (f"{d.day:02d}" if zero else str(d.day))
    parts = ([WEEKDAY_NAMES[d.weekday()]] if weekday else []) + [day, MONTH_NAMES[d.month - 1]]
    if year:
        parts.append(str(d.year))
    return " ".join(parts)
