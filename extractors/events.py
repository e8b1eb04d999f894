"""Dated steps of a session: type, days and hours, linked épreuves and places, label and source.

The document is walked in reading order and cut into units: sentences of text blocks, and table cells
(which keep their row and column header). Each date expression of a unit becomes one event per day or
range (extractors.dates). What the event is comes from the nearest words that say it, in this order:

    type     : words before the date in its sentence → the line introducing a list ("… :") → words after
               the date → the column header → the section headings (deepest first)
    épreuves : codes of the sentence (before the date, then after) → the table row's label cell → the
               line introducing the list → the section headings
    centres  : places named in the sentence / row / introducing line

Dates that only identify a text ("arrêté du 22 juillet 2008", "circulaire … du 26 janvier 2024"), the
signing date, and dates too far from the session year are not events. Keyword lists are data
(pipeline/data/evenements.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from core.data import Strict, load_model, regex_error
from core.text import fold, furniture_key
from extractors.centres import DATA, PLACE_KEYWORDS, Places, is_known_town
from extractors.codes import CODE_START, codes_in
from extractors.dates import (
    HOUR_RE,
    MONTH_ABBR,
    MONTH_NAMES,
    WEEKDAY_ABBR,
    WEEKDAY_NAMES,
    DateExpr,
    Slot,
    duration_in,
    find_dates,
    form_labels,
    has_date,
    hours_cell,
    parse_hour,
    render_date,
    spelled_numbers,
    time_slots,
    times_after,
    with_duration,
)
from extractors.document import Block, Document
from extractors.examen import PAGE_STAMP, SIGNING_LEAD


@dataclass(frozen=True)
class _TypeRule:
    type: str
    weak: bool
    motifs: tuple[tuple[re.Pattern[str], ...], ...]


@dataclass(frozen=True)
class Vocabulary:
    rules: tuple[_TypeRule, ...]
    labels: dict[str, str]
    references: re.Pattern[str]
    whole_session: frozenset[str] = frozenset()
    venue: re.Pattern[str] = re.compile(r"(?!)")
    whole_session_titles: re.Pattern[str] = re.compile(r"(?!)")
    office: re.Pattern[str] = re.compile(r"(?!)")  # a service's own calendar (opening hours, phone line)
    day_off_after: re.Pattern[str] = re.compile(r"(?!)")  # "le lundi 9 juin (Pentecôte) est férié"
    day_off_before: re.Pattern[str] = re.compile(r"(?!)")  # "aucune épreuve n'a lieu le …"
    day_off_row: re.Pattern[str] = re.compile(r"(?!)")  # "Jeudi 14 mai | Ascension – jour férié, aucune épreuve"
    cancelled: re.Pattern[str] = re.compile(r"(?!)")  # "… n'aura pas lieu le", "initialement prévue le"
    internal: re.Pattern[str] = re.compile(r"(?!)")  # a school's own steps (« BTS blanc », « conseil de classe »)


class _TypeEntry(Strict):
    type: str
    faible: bool = False
    motifs: list[str | list[str]] = Field(min_length=1)


class _DaysOff(Strict):
    apres: list[str] = []
    avant: list[str] = []
    annule: list[str] = []
    ligne: list[str] = []


class EventWords(Strict):
    """pipeline/data/evenements.yaml, validated: a typo stops ingestion (exit 7) instead of losing events."""

    types: list[_TypeEntry] = Field(min_length=1)
    session_entiere: list[str] = []
    titres_session_entiere: list[str] = []
    annonce_centres: list[str] = []
    libelles: dict[str, str]
    references: list[str] = Field(min_length=1)
    vie_du_service: list[str] = []
    etapes_internes: list[str] = []
    jours_sans_epreuve: _DaysOff = _DaysOff()

    @model_validator(mode="after")
    def _consistent(self) -> EventWords:
        known = {t.type for t in self.types}
        unlabelled = sorted(known - set(self.libelles))
        if unlabelled:
            raise ValueError(f"type sans libellé : {unlabelled[0]}")
        strays = sorted(set(self.session_entiere) - known)
        if strays:
            raise ValueError(f"session_entiere nomme un type inconnu : {strays[0]}")
        patterns = [p for t in self.types for m in t.motifs for p in (m if isinstance(m, list) else [m])]
        bad = regex_error(patterns + self.titres_session_entiere + self.annonce_centres + self.references
                          + self.vie_du_service + self.etapes_internes + self.jours_sans_epreuve.apres + self.jours_sans_epreuve.avant
                          + self.jours_sans_epreuve.annule
                          + self.jours_sans_epreuve.ligne)
        if bad:
            raise ValueError(bad)
        return self


def load_event_words(path: Path | None = None) -> EventWords:
    return load_model(path or DATA / "evenements.yaml", EventWords, "vocabulaire des événements")


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = load_event_words()
    rules = []
    for entry in raw.types:
        motifs = []
        for m in entry.motifs:
            parts = m if isinstance(m, list) else [m]
            motifs.append(tuple(re.compile(p) for p in parts))
        rules.append(_TypeRule(entry.type, entry.faible, tuple(motifs)))
    refs = re.compile(r"(?:^|[\s(\[«\"])(?:" + "|".join(raw.references) + r")(?:\s|$)")  # "(note de service du …"
    days_off = raw.jours_sans_epreuve
    return Vocabulary(tuple(rules), dict(raw.libelles), refs, frozenset(raw.session_entiere),
                      re.compile("|".join(raw.annonce_centres or [r"(?!)"])),
                      re.compile("|".join(raw.titres_session_entiere or [r"(?!)"])),
                      re.compile("|".join(raw.vie_du_service or [r"(?!)"])),
                      re.compile(_AFTER_DAY + "(?:" + "|".join(days_off.apres or [r"(?!)"]) + ")"),
                      re.compile(r"\b(?:" + "|".join(days_off.avant + days_off.annule or [r"(?!)"])
                                 + r")\b(?:[^.;:]{0,30}:)?(?:[^.;:]|\(\s*zones?\s+[abc]\s*(?::|\)\s*:)){0,60}$"),
                      re.compile(r"\b(?:" + "|".join(days_off.ligne or [r"(?!)"]) + r")\b"),
                      re.compile(r"\b(?:" + "|".join(days_off.annule or [r"(?!)"]) + r")\s*$"),
                      re.compile("|".join(raw.etapes_internes or [r"(?!)"])))


# What may stand between a date and the words saying it is a day off: a bracket, other dates of the
# sentence (blanked), « et le », « ou les ».
_AFTER_DAY = (r"^\W*(?:\([^)]*\)\W*)?(?:[a-z ]{3,30},\W*)?"  # "(Ascension)", ", lundi de Pentecôte,"
              r"(?:(?:et|ou)\W+(?:le|les)?\W*(?:\([^)]*\)\W*)?)?")


# The island, written with its capital ("heures de La Réunion", "académie de la Réunion"), is no meeting
_TERRITORY_REUNION = re.compile(r"\b(?:[Ll]a|LA|[ÎI]le de la)\s+R[ée]union\b(?!\s*(?:d['’]|de\b|des\b|du\b|nationale"
                                r"|acad[ée]mique|pl[ée]ni[èe]re|pr[ée]paratoire|inter))"
                                r"|\b(?:ACAD[ÉE]MIE DE|ACADEMIE DE|R[ÉE]GION ACAD[ÉE]MIQUE|RECTORAT DE|[ÎI]LE DE)\s+LA\s+R[ÉE]UNION\b")


@lru_cache(maxsize=4096)  # headings are asked about once per unit below them
def type_of(text: str, *, weak: bool) -> str | None:
    """First event type whose keywords occur in the (raw) text; weak types only when asked."""
    ft = fold(_TERRITORY_REUNION.sub("territoire", text))
    if not ft:
        return None
    for rule in vocabulary().rules:
        if rule.weak != weak:
            continue
        if any(all(p.search(ft) for p in motif) for motif in rule.motifs):
            return rule.type
    return None


_DEADLINE_WORDS = r"au plus tard|avant|jusqu au|d ici|date limite|date butoir|dernier delai"
_DEADLINE_BEFORE = re.compile(rf"({_DEADLINE_WORDS})(?:\s+(?:imperative|absolue|de rigueur|de depot|de remise))?\s*:?\s*(le|la|au)?\s*$")
_DEADLINE_HEADER = re.compile(rf"\b(?:{_DEADLINE_WORDS})\b")  # a column « À transmettre au plus tard »
_DEADLINE_AFTER = re.compile(r"^\s*(au plus tard|dernier delai|delai de rigueur)")
_LIST_OF = re.compile(r"\b(?:listes?|etats?|releves?|bordereaux?|nombres?)\s+(?:des|de)\s+(?:dossiers?|fiches?|rapports?)\b")
_OTHER_PAPERS = re.compile(r"\blivrets?\b|\bnotes?\b|\blistes?\b|\bbordereaux?\b|\bproces verbaux\b|\bcopies\b"
                           r"|\bpropositions\b|\bgrilles?\b|\beffectifs\b")
_DOSSIER = re.compile(r"\bdossiers?\b|televers|\bfiches?\b|\brapports?\b|\bmemoires?\b|\bportfolios?\b")


# ------------------------------------------------------------------------------------ document walk

@dataclass
class Heading:
    level: float
    text: str
    style: str = ""


@dataclass
class Unit:
    page: int
    text: str
    headings: list[Heading]
    lead_in: str = ""
    header: str = ""  # column header of a table cell
    row_label: str = ""  # the row's label cell (épreuve)
    row_step: str = ""  # the label cell of a table of steps ("Étape | Date"), which says what its date is
    row_text: str = ""
    row_hours: str = ""  # a cell of the row holding only hours (an "HORAIRES" column)
    row_duration: str = ""  # the row's « Durée » cell: with a start hour only, it gives the end
    is_cell: bool = False
    table_intro: str = ""  # lines of the section written just before the table (its centres)
    table_has_places: bool = False  # some cell of the table names a place itself
    table_lead: str = ""  # the line right before the table ("Calendrier des épreuves écrites")
    territory_hours: dict[str, str] = field(default_factory=dict)  # hours of each territory column of the row
    line: str = ""  # the whole line a sentence comes from
    address_below: str = ""  # a place cell with its address in the cells under it (a table of centres side by side)
    row_headers: tuple[str, ...] = ()  # the column header of each cell of the row


_BULLET = re.compile(r"^\s*(?:[-–—•·➤►▪*o○◦■□\uf0b7\uf0a7\uf0d8\uf076\uf0a8]|\d+\s*[).]|[a-z]\))\s+")
_NUMBERED = re.compile(
    r"^\s*(?:(?:(?P<roman>[IVXL]{1,5})|(?P<letter>[A-Z])|(?P<digit>\d{1,2})(?P<sub>(?:\.\d{1,2})*))"
    r"\s*(?:[.)]|\s[-–—])\s+\S"
    r"|(?P<digit2>\d{1,2})(?P<sub2>(?:\.\d{1,2})+)\s+(?=[A-ZÀ-Ý]))")  # "2.1 Dépôt des dossiers"
_LOWER = re.compile(r"^\s*[a-h]\s*[).]\s+[A-ZÀ-Ý]")  # "a) Résultats" (a list item starts in lower case)
_ARTICLE = re.compile(r"(?i)^\s*(?:article|art\.)\s+\d+\b")
_ABBREV = {"m", "mm", "mme", "mmes", "mlle", "cf", "n°", "no", "etc", "st", "av", "bd", "p", "pp", "dr", "ex", "art",
           "tél", "tel", "fax", "env", "min", "lyc", "pro", "acad", "circ", "nat", "réf", "ref", "doss", "conf",
           "ctrl", "réu", "prat", "ponct", "écr", "délib", "convoc", "vac", "bât", "cand",  # a planning's shorthand
           *WEEKDAY_ABBR,  # "mer. 06/05/26": a weekday, not a sentence end
           *MONTH_ABBR}  # "le 3 avr. 2027": a month, not an end
# Numbered styles nest as the document nests them; unnumbered headings (Word heading blocks, shouted or bold
# lines, lines naming an épreuve) always sit below the numbered ones, in this order.
_LABEL_LEVELS = {"docx": 100, "shout": 101, "code": 102}
_TOP_STYLES = ("roman", "article")  # never written under a "1." or an "A.": they close every numbered part


def split_sentences(text: str, labels: bool = False) -> list[tuple[int, int]]:
    """Sentence spans: cut after . ! ? ; before a capital, a bullet or a digit (not after 'M.', 'cf.'),
    and (labels=True, table cells) before a label such as "Interrogations :" so a cell listing steps gives
    one sentence per step."""
    cuts = [0]
    for m in re.finditer(r"[.!?;]\s+(?=[A-ZÀ-Ý\d\-–•(«\"])", text):
        word = re.search(r"([\w°]+)\W*$", text[max(0, m.start() - 12):m.start() + 1])
        hour = re.search(r"\d\s?h$", text[max(0, m.start() - 4):m.start()])  # "de 14 h à 16 h. La …"
        if word and not hour and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1):
            continue
        if m.group(0)[0] == ";" and text.count("(", cuts[-1], m.start()) > text.count(")", cuts[-1], m.start()):
            continue  # "(E5 : tableau de synthèse ; E6 : dossier de réalisations)": inside brackets, one sentence
        cuts.append(m.end())
    for m in re.finditer(r"\s(?=[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s+[a-zà-ÿ'’]+){0,3}\s?:\s)", text if labels else ""):
        cuts.append(m.end())
    cuts = sorted(set(cuts)) + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


_POSTAL_LINE = re.compile(r"^(?:\d{5}\s+[A-ZÀ-Ý][\w'’\- ]*(?:\s+CEDEX(?:\s+\d{1,2})?)?|(?:BP|CS|TSA)\s*\d+.*)$")


# A line with a verb is a sentence ("Les dossiers de l'épreuve E5 sont remis selon le site :"), not a title
_VERB = re.compile(r"\b(?:sont|est|seront|sera|doivent|doit|devront|ont|auront|aura|peuvent|se deroule\w*"
                   r"|comprend|comprennent)\b")


_HOUR_LEAD = r"(?:(?:avant|vers|d[èe]s|[àa] partir de|jusqu['’][àa]|[àa])\s+)?"  # "avant 12 h 00 Date limite …"
_CLOCK_FIRST = re.compile(rf"^\W*{_HOUR_LEAD}(?:{HOUR_RE})(?!\w)|^\W*(?:toute la |la )?journ[ée]e\s+(?!d)"
                          r"|^\W*selon convocation\b", re.IGNORECASE)


def heading_style(block: Block, dated: bool) -> str | None:
    """What kind of heading a line is ("roman", "letter", "lower", "digit1", "digit2", "article",
    "annexe", "docx", "shout", "code"), or None for body text. The numbering style, not a fixed rank,
    says the level: circulars number their parts I./A./1., or 1./a), or Article 1/1.1."""
    text = block.text.strip()
    if not text or dated or len(text) > 170:
        return None
    if _POSTAL_LINE.match(text):
        return None  # "33305 LORMONT CEDEX", "BP 90021": lines of an address, in capitals, head nothing
    if _CLOCK_FIRST.match(text):
        return None  # "08:30 Contrôle de conformité des dossiers E4 et E6": an agenda's item, at its hour
    m = _NUMBERED.match(text)
    if _BULLET.match(text) and not m and not _LOWER.match(text):
        return "shout" if _upper_ratio(text) >= 0.8 and len(text) >= 8 else None  # "- CALENDRIER DES ORAUX"
    if m:
        if text.endswith((".", ";")) and len(text) > 60:
            return None  # « 7. Transmettre les copies … sous pli fermé. »: an item of a numbered list, a sentence
        if m.group("roman"):
            return "roman"
        if m.group("letter"):
            return "letter"
        return f"digit{1 + (m.group('sub') or m.group('sub2') or '').count('.')}"
    if _LOWER.match(text):
        return "lower" if len(text) <= 100 and not text.endswith((".", ";", ",")) else None
    if _ARTICLE.match(text):
        return "article"
    if re.match(r"(?i)annexe\s+\w+\s*(?:[–—:\-]\s*[^.]{0,110})?$", text):  # "ANNEXE 1 – Calendrier des écrits"
        return "annexe"
    if block.kind == "heading":
        return "docx"
    if codes_in(text) and len(text) <= 120 and not text.endswith((".", ",")) and not _VERB.search(fold(text)) and not any(
            slot.fin is not None for slot in time_slots(text)) and not re.search(
                r":\s+(?:au\s+|le\s+)?" + PLACE_KEYWORDS.pattern, text, re.I) and not _POSTAL_TOWN.search(text):
        # "E3 – … : de 14 h à 18 h" is an item, and so is a centre's address line ending « oraux E2 »
        return "code"  # item, not a title; « Écrits E1, E4 : Lycée Louise-Michel, Grenoble » names its centres
    if _upper_ratio(text) >= 0.7 and len(re.findall(r"[^\W\d_]{2,}", text)) >= 1 and len(text) >= 4:
        return "shout"
    if block.bold and len(text) <= 100 and not text.endswith("."):
        return "shout"
    return None


_POSTAL_TOWN = re.compile(r"\b\d{5}\s+[A-ZÀ-Ý]")  # « 42000 Saint-Étienne »: an address, not a title


def open_heading(stack: list[Heading], style: str, text: str, depth: int | None = None) -> list[Heading]:
    """The headings in force after a new heading: a numbered style already open closes everything from
    its sibling down (whatever the separator: "2." and "3 -" are siblings); a new numbered style nests
    under what is open; an unnumbered heading takes its fixed rank below the numbered ones (a Word
    heading's own level, `depth`, orders Word headings among themselves)."""
    if style in _LABEL_LEVELS:
        level = _LABEL_LEVELS[style] + (depth - 1) / 10 if style == "docx" and depth else _LABEL_LEVELS[style]
    else:
        numbered = [h for h in stack if h.style not in _LABEL_LEVELS]
        same = [h for h in numbered if h.style == style]
        if not same and style in _TOP_STYLES:  # the top of the numbering: only an annexe stays above it
            annexes = [h for h in stack if h.style == "annexe"]
            return annexes[-1:] + [Heading(annexes[-1].level + 1 if annexes else 0, text, style)]
        # a first numbered part right under a title line ("ÉPREUVES ORALES", no number) keeps it above
        level = same[0].level if same else numbered[-1].level + 1 if numbered else stack[-1].level + 1 if stack else 0
    return [h for h in stack if h.level < level] + [Heading(level, text, style)]


def _header_split(blocks: list[Block]) -> list[Block]:
    """A header whose words a PDF reader put in its first cell (« date U1 U2 U3 U4 » over empty cells),
    as many words as the table has columns: one word per column, as it was printed."""
    out: list[Block] = []
    for block in blocks:
        head = block.rows[0] if block.kind == "table" and block.rows else []
        words = head[0].split() if head else []
        if len(head) >= 3 and not any(c.strip() for c in head[1:]) and len(words) == len(head) and all(
                len(w) <= 12 for w in words) and sum(any(c.strip() for c in r[1:]) for r in block.rows[1:]) >= 2 \
                and sum(bool(CODE_START.match(w)) for w in words) >= max(2, len(words) - 2):  # « date U1 U2 … »,
            # not a title across the table (« CALENDRIER DES ÉPREUVES ORALES ET DES OPÉRATIONS »)
            block = Block("table", rows=[words, *block.rows[1:]], continued=block.continued, spans=block.spans)
        out.append(block)
    return out


_LEGEND_KEY = re.compile(r"^\s*([A-ZÀ-Ý]{1,2})\s*$")
_LEGEND_PAIR = re.compile(r"(?:^|\s)([A-ZÀ-Ý]{1,2})\s*=\s*(\S.*?)(?=\s+[A-ZÀ-Ý]{1,2}\d?\s*=|\s{3,}|$)")


def letter_legend(doc: Document) -> dict[str, str]:
    """The legend of a grid whose cells hold letters (« É = écrit ponct. », « D = dép. doss. »): what each
    letter stands for, when the document gives at least three of them."""
    legend: dict[str, str] = {}
    for page in doc.pages:
        for block in page.blocks:
            if block.kind == "table":
                for row in block.rows:
                    for k in range(len(row) - 1):
                        if _LEGEND_KEY.match(row[k]) and row[k + 1].lstrip().startswith("="):
                            legend.setdefault(row[k].strip(), row[k + 1].lstrip()[1:].strip())
                    for cell in row:
                        legend.update({m.group(1): m.group(2).strip() for m in _LEGEND_PAIR.finditer(cell)
                                       if m.group(1) not in legend})
            else:
                for line in block.text.splitlines():
                    found = list(_LEGEND_PAIR.finditer(line))
                    if len(found) >= 2 or found and len(line) <= 60:
                        legend.update({m.group(1): m.group(2).strip() for m in found if m.group(1) not in legend})
    return legend if len(legend) >= 3 else {}


def _letters_read(blocks: list[Block], legend: dict[str, str]) -> list[Block]:
    """A grid's cells « D 12h », « É 14-18h », « T – livrets … » read with their legend: « dép. doss. (heure
    limite) 12h », so that the words say what the day is (the legend's own cells left as they are)."""
    if not legend:
        return blocks
    keys = "|".join(sorted(map(re.escape, legend), key=len, reverse=True))
    cell_re = re.compile(rf"^\s*({keys})(?=\s|$)(?!\s*=)")
    out: list[Block] = []
    for block in blocks:
        if block.kind == "table" and any(cell_re.match(c) for r in block.rows[1:] for c in r[1:]):
            rows = [[cell_re.sub(lambda m: legend[m.group(1)], c) if k else c for k, c in enumerate(r)]
                    if not any(c.lstrip().startswith("=") for c in r) else r for r in block.rows]
            block = Block("table", rows=rows, continued=block.continued, spans=block.spans)
        out.append(block)
    return out


def _header_rejoined(blocks: list[Block]) -> list[Block]:
    """A table of one undated row right before a table as wide: its header, set apart by a gap the
    reader took for the table's end (a scan, a header shaded or spaced)."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (block.kind == "table" and prev is not None and prev.kind == "table" and len(prev.rows) == 1
                and block.rows and len(prev.rows[0]) == len(block.rows[0]) > 1
                and not any(has_date(c) or time_slots(c) or CODE_START.match(c) or _NAMED_PLACE.search(c)
                            for c in prev.rows[0])):
            out[-1] = Block("table", rows=prev.rows + block.rows,
                            continued=(prev.continued or [[False] * len(prev.rows[0])]) + (
                                block.continued or [[False] * len(r) for r in block.rows]),
                            spans=prev.spans + block.spans if len(prev.spans) == len(prev.rows)
                            and len(block.spans) == len(block.rows) else [])
            continue
        out.append(block)
    return out


_WD_ABBR = rf"(?:{'|'.join(WEEKDAY_NAMES)}|{'|'.join(WEEKDAY_ABBR)})\.?"  # « lundi », « lun. »
_WEEKDAY_CELL = re.compile(rf"(?i)^\W*{_WD_ABBR}\W*$")
_MONTH_YEAR = re.compile(rf"\b(?P<m>{'|'.join(fold(m) for m in MONTH_NAMES)})\s+(?P<y>20\d\d)\b")  # on folded text
_DAY_NUMBER = re.compile(r"^\s*(?:[1-9]|[12]\d|3[01])\s*$")


def _month_grids(blocks: list[Block]) -> list[Block]:
    """A month drawn as a wall calendar ("MAI 2026" over a table « lundi | mardi | … | dimanche » whose rows
    alternate the days' numbers and what happens on them): each filled day (or days, a cell merged across
    them) read as the line « lundi 11 mai 2026 14 h – 18 h : E1 Culture générale », so that its sentence says
    its day. A cell that names no épreuve and no step ("Ascension (férié)", "Pont") says nothing."""
    out: list[Block] = []
    for n, block in enumerate(blocks):
        header = block.rows[0] if block.kind == "table" and block.rows else []
        named = sum(bool(_WEEKDAY_CELL.match(c)) for c in header if c.strip())
        title = next((b for b in reversed(blocks[max(0, n - 2):n]) if b.kind != "table" and b.text.strip()), None)
        month = _MONTH_YEAR.search(fold(title.text)) if title is not None and len(title.text) <= 60 else None
        if named < 5 or month is None:
            out.append(block)
            continue
        m = next(k for k, name in enumerate(MONTH_NAMES) if fold(name) == month.group("m")) + 1
        year = int(month.group("y"))
        days: list[int | None] = [None] * len(header)
        lines: list[str] = []
        for r, row in enumerate(block.rows[1:], start=1):
            filled = [c for c in row if c.strip()]
            if filled and all(_DAY_NUMBER.match(c) for c in filled):
                days = [int(c) if _DAY_NUMBER.match(c) else None for c in row] + [None] * (len(header) - len(row))
                continue
            for col, cell in enumerate(row):
                text = " ".join(cell.split())
                if not text or col >= len(days) or days[col] is None or not (
                        codes_in(text) or type_of(text, weak=False)):
                    continue
                last = col + max(1, block.span_of(r, col)) - 1
                end = days[last] if last < len(days) and days[last] is not None else None
                try:
                    first_day = date(year, m, days[col])  # type: ignore[arg-type]
                    last_day = date(year, m, end) if end is not None and end > days[col] else None  # type: ignore[operator]
                except ValueError:
                    continue
                when = (f"du {WEEKDAY_NAMES[first_day.weekday()]} {first_day.day} au "
                        f"{WEEKDAY_NAMES[last_day.weekday()]} {last_day.day} {MONTH_NAMES[m - 1]} {year}"
                        if last_day else f"{WEEKDAY_NAMES[first_day.weekday()]} {first_day.day} {MONTH_NAMES[m - 1]} {year}")
                slots = time_slots(text)
                hour = ""
                if len(slots) == 1:  # the cell's one hour (or hours) is its step's: said right after the day
                    found = _CLOCK_SPAN.search(text)
                    if found:
                        hour, text = found.group(0).strip(), (text[:found.start()] + text[found.end():]).strip(" ,;")
                lines.append(" ".join(f"{when} {hour} : {text}".split()))
        out.extend(Block("text", line) for line in lines)
    return out


_BARE_DAY = re.compile(rf"(?i)^\s*(?P<a>(?:{_WD_ABBR}\s+)?\d{{1,2}}(?:er)?)(?:\s*(?:→|au|[-–—])\s*(?P<b>(?:{_WD_ABBR}\s+)?"
                       rf"\d{{1,2}}(?:er)?)(?:\s+(?P<m>{'|'.join(MONTH_NAMES)}))?)?\s*$")


def _month_rows(blocks: list[Block]) -> list[Block]:
    """A printed sheet whose months are rows of their own (« MAI 2028 ») over days written « mar. 16 » or
    « lun. 29 → ven. 2 juin »: each day with its month and year written out, as a reader supplies them."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "table" or not any(len([c for c in r if c.strip()]) == 1 and _MONTH_YEAR.search(fold(
                next(c for c in r if c.strip()))) for r in block.rows):
            out.append(block)
            continue
        rows, month = [], None
        for row in block.rows:
            filled = [c for c in row if c.strip()]
            found = _MONTH_YEAR.search(fold(filled[0])) if len(filled) == 1 and len(filled[0]) <= 30 else None
            if found:
                month = next(name for name in MONTH_NAMES if fold(name) == found.group("m")), found.group("y")
                rows.append(list(row))
                continue
            new = list(row)
            for c, cell in enumerate(row):
                m = _BARE_DAY.match(cell) if month else None
                if m and month:
                    name, year = month
                    new[c] = (f"{m.group('a')} {name} au {m.group('b')} {m.group('m') or name} {year}" if m.group("b")
                              else f"{m.group('a')} {name} {year}")
            rows.append(new)
        out.append(Block("table", rows=rows, continued=block.continued, spans=block.spans))
    return out


_WEEK_KEY = re.compile(r"(?i)^\W*(?:s|sem\.?|semaine)\s*(\d{1,2})\W*$")  # « S20 », « sem. 20 », « semaine 20 »
_WEEK_LINE = re.compile(r"(?i)^\W*((?:s|sem\.?|semaine)\s*\d{1,2})\s*(?::|=|→|–|—|-)\s*(.+)$")
_DAYS_CELL = re.compile(rf"(?i)^\W*({_WD_ABBR})(?:\s*(?:→|->|⇒|à|au|-|–|—)\s*({_WD_ABBR}))?\W*$")


def _week_key(text: str) -> str | None:
    m = _WEEK_KEY.match(text)
    return f"S{int(m.group(1))}" if m else None


def week_legend(doc: Document) -> dict[str, tuple[date, date]]:
    """The legend of a calendar written in week numbers (« S20 | du lundi 15 au vendredi 19 mai 2028 »,
    « S23 : du mardi 6 … »): the days each week label stands for, given once in the document."""
    pairs: list[tuple[str, str]] = []
    for page in doc.pages:
        for block in page.blocks:
            if block.kind == "table":
                pairs += [(row[0], " ".join(row[1:])) for row in block.rows if len(row) >= 2]
            else:
                pairs += [(m.group(1), m.group(2)) for line in block.text.splitlines()
                          if (m := _WEEK_LINE.match(line.strip()))]
    legend: dict[str, tuple[date, date]] = {}
    for label, text in pairs:
        key = _week_key(label)
        found = find_dates(text, None) if key else []
        if key and found and found[0].explicit_year and found[0].days:
            days = [d for d, _ in found[0].days]
            legend.setdefault(key, (min(days), max(days)))
    return legend if len(legend) >= 2 else {}


def _days_text(first: date, last: date) -> str:
    """A day or a span of days written out for the date grammar to read again."""
    return render_date(first) if first == last else f"du {render_date(first)} au {render_date(last)}"


def _week_days(span: tuple[date, date], cell: str) -> str | None:
    """« mardi » or « mardi → vendredi » in the week a legend gives: the day, or the span of days."""
    m = _DAYS_CELL.match(cell)
    if not m:
        return None
    wanted = [_weekday_number(w) for w in m.groups() if w]
    days = [span[0] + timedelta(n) for n in range((span[1] - span[0]).days + 1)]
    first = next((d for d in days if d.weekday() == wanted[0]), None)
    last = next((d for d in days if first and d >= first and d.weekday() == wanted[-1]), None)
    if first is None or last is None:
        return None
    return _days_text(first, last)


def _weekday_number(word: str) -> int:
    word = fold(word).rstrip(".")
    return next(n for n, name in enumerate(WEEKDAY_NAMES) if name.startswith(word))


def _weeks_dated(blocks: list[Block], legend: dict[str, tuple[date, date]]) -> list[Block]:
    """A calendar in week numbers (« S20 | mardi | 14 h – 18 h | E1 … ») read as the days its legend
    gives: the week's cell takes the day (« mardi 16 mai 2028 ») or the week's days, its weekday cell
    emptied; the legend itself, once used, says no more."""
    if not legend:
        return blocks
    out: list[Block] = []
    for block in blocks:
        if block.kind != "table" or not block.rows:
            out.append(block)
            continue
        body = block.rows[1:]
        keyed = [(r, c) for r, row in enumerate(body, 1) for c, cell in enumerate(row[:2])
                 if _week_key(cell) in legend]
        if len({r for r, _ in keyed}) < max(1, len(body) // 2):
            out.append(block)
            continue
        if all(len(row) >= 2 and _week_key(row[0]) for row in body) and all(
                find_dates(" ".join(row[1:]), None) for row in body):
            continue  # the legend
        rows = [list(row) for row in block.rows]
        for r, c in keyed:
            span = legend[_week_key(rows[r][c]) or ""]
            for k, cell in enumerate(rows[r]):
                if k != c and (days := _week_days(span, cell)):
                    rows[r][c], rows[r][k] = days, ""
                    break
            else:
                rows[r][c] = _days_text(*span)
        out.append(replace(block, rows=rows))
    return out


_PLANNED = re.compile(r"(?i)(?:^|\s)(?:pr[ée]vu(?:e|s|es)?|initialement)\s*:\s*")  # « prévu : xx/05 »
_NOW_SET = re.compile(r"^\s*(?:=>|->|→|⇒)\s*")  # « => mercredi 13 mai 2026, 9h - 11h »


_BOX_ONLY = re.compile(r"^[\s☐☑☒□■▢✓✔✗✘\uf06f\uf0a8\uf071\uf0fe]*$")  # a tick box, ticked or not


def _without_tick_boxes(blocks: list[Block]) -> list[Block]:
    """A checklist's column of tick boxes (« ☐ | ven 30/3 | dép. doss. U6.2 ») says nothing: it is dropped,
    so that the row's label is its text, not its box."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "table" or not block.rows:
            out.append(block)
            continue
        width = max(len(r) for r in block.rows)
        boxes = [c for c in range(width) if any(c < len(r) and r[c].strip() for r in block.rows) and all(
            c >= len(r) or _BOX_ONLY.match(r[c]) for r in block.rows)]
        if not boxes:
            out.append(block)
            continue
        keep = [c for c in range(width) if c not in boxes]
        rows = [[r[c] for c in keep if c < len(r)] for r in block.rows]
        out.append(replace(block, rows=rows, continued=[[f[c] for c in keep if c < len(f)] for f in block.continued]
                           if block.continued else block.continued,
                           spans=[[f[c] for c in keep if c < len(f)] for f in block.spans] if block.spans else block.spans))
    return out


_J_NAMED = re.compile(r"(?<![\w'’])J\s*(?:\(\*\)\s*)?(?:=|:|d[ée]signe\b|est\s+le\b|correspond\b)")
_J_SHIFT = re.compile(r"(?<![\w'’])J\s*(?P<sign>[+\-−–])\s*(?P<n>\d{1,3})(?!\d)")


def day_j(doc: Document) -> date | None:
    """The day « J » a retro-planning counts from, when the document names it once (« J désigne le jour de
    la première épreuve écrite, soit le mardi 12 mai 2026 », « J = premier jour des écrits, soit le … »)."""
    found: set[date] = set()
    for page in doc.pages:
        for block in page.blocks:
            texts = [c for r in block.rows for c in r] if block.kind == "table" else [block.text]
            for text in texts:
                for a, b in split_sentences(text):
                    sentence = text[a:b]
                    if _J_NAMED.search(sentence):
                        days = [e for e in find_dates(sentence, None) if e.explicit_year and e.kind == "single"]
                        if len(days) == 1:
                            found.add(days[0].days[0][0])
    return next(iter(found)) if len(found) == 1 else None


def _j_days(blocks: list[Block], j: date | None) -> list[Block]:
    """« J − 21 », « J + 14 → J + 25 » written as the days they are, counted in calendar days from J."""
    if j is None:
        return blocks

    def day(m: re.Match[str]) -> str:
        n = int(m.group("n"))
        return render_date(j + timedelta(-n if m.group("sign") != "+" else n))

    return [replace(b, text=_J_SHIFT.sub(day, b.text), rows=[[_J_SHIFT.sub(day, c) for c in r] for r in b.rows])
            if _J_SHIFT.search(b.text) or any(_J_SHIFT.search(c) for r in b.rows for c in r) else b for b in blocks]


_WD_WORDS = "|".join(WEEKDAY_NAMES)
_MONTH_WORDS = "|".join(MONTH_NAMES)
_ORDINALS = {"premier": 1, "deuxieme": 2, "second": 2, "troisieme": 3, "quatrieme": 4, "dernier": -1}
_REL_DAY = re.compile(  # the relative days of a prose calendar, each told from a day written before it
    rf"(?i)\b(?:(?:le\s+(?P<next>lendemain|surlendemain)|la\s+(?P<eve>veille))"
    # a step set the day after or before, at its hour (« la veille du premier oral, à 14 h »); not a remark
    # (« les établissements sont informés le lendemain »), nor a day told elsewhere (« la veille de l'étape 12 »)
    rf"(?=[^.;:]{{0,40}}?,?\s*(?:à|a|de|dès)\s+\d{{1,2}}\s*(?:h|:\d\d))"
    rf"(?!\s+d[eu]\s+(?:l['’]\s*)?(?:[ée]tape|op[ée]ration|point|ligne)\s+(?:n\s*°\s*)?\d)"
    rf"|le\s+(?P<ord>premier|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me|dernier)\s+(?P<wd>{_WD_WORDS})\s+"
    rf"(?:de\s+|d['’]\s*)(?P<mo>{_MONTH_WORDS})\b"
    rf"|le\s+(?P<wd2>{_WD_WORDS})\s+de\s+la\s+(?P<week>m[êe]me\s+semaine|semaine\s+suivante?)\b"
    rf"|(?P<then>la\s+semaine\s+suivante?[^,;.]{{0,40}}?,?\s+)du\s+(?P<wd3>{_WD_WORDS})\s+au\s+(?P<wd4>{_WD_WORDS})\b"
    rf"|du\s+(?P<last>dernier)\s+de\s+ces\s+\w+\s+jours"
    rf"|le\s+(?P<same>m[êe]me\s+jour)(?=\s*,?\s*(?:à|a|de|dès|avant)\s+\d))")  # « le même jour à 17 h »


_THIS_PERIOD = re.compile(r"(?i)\b(?:pendant|durant|au cours de|sur)\s+cette\s+p[ée]riode\b")


def _relative_days(blocks: list[Block], session: int | None) -> list[Block]:
    """« L'épreuve E5 a lieu le lendemain », « la veille du premier oral », « le premier mardi de juin »,
    « le vendredi de la même semaine », « la semaine suivant celle des écrits, du mardi au jeudi », « l'après-
    midi du dernier de ces trois jours »: written as the days they are, each told from the days of the line
    before it (or the day just told in the same line). A relative day with nothing written before stays as
    it is (« quatre semaines avant la première épreuve »: no guess)."""
    if session is None:
        return blocks
    def days_of(text: str) -> list[tuple[date, date]]:  # (first, last) of each day or span of the session
        return [(e.days[0][0], e.days[-1][0]) for e in find_dates(text, session)
                if session - 1 <= e.days[0][0].year <= session and not is_reference(text[:e.start])]
        # (« arrêté du 5 avril 2018 », « note de service du 18 décembre 2025 »: texts, no days of the session)

    before: list[tuple[date, date]] = []  # the days of the last line that wrote some
    out: list[Block] = []
    for block in blocks:
        if block.kind == "table":
            out.append(block)
            continue
        lines = []
        for line in block.text.split("\n"):
            pos, text = 0, line
            while m := _REL_DAY.search(text, pos):
                written = find_dates(text[m.end():m.end() + 45], session)
                if written and written[0].start <= 4:  # « Le lendemain, mardi 16 mai 2028, … »: the day is written
                    pos = m.end()
                    continue
                here = days_of(text[:m.start()])
                anchor = here[-1][0] if here else (before[0][0] if before else None)
                span_end = next((b for a, b in reversed(before) if b != a), None)  # « ces trois jours »
                new = _told_day(m, anchor, span_end, session)
                if new is None:
                    pos = m.end()
                    continue
                text = text[:m.start()] + new + text[m.end():]
                pos = m.start() + len(new)
            text = _START_THEN_END.sub(r"ont lieu du \g<a> au ", text)
            span = next(((a, b) for a, b in reversed(before) if b != a), None)
            period = _THIS_PERIOD.search(text)
            stop = text.find(".", period.end()) if period else -1
            sentence = text[period.start():stop if stop >= 0 else len(text)] if period else ""
            if span is not None and period and not days_of(text[:period.start()]) and not days_of(sentence):
                # « Pendant cette période, chaque académie organise : E22, E3, E52 et E6 »: the window told
                # just before (a heading « Épreuves orales : du 20 mai au 7 juin »)
                text = (text[:period.end()] + f" (du {render_date(span[0])} au {render_date(span[1])})"
                        + text[period.end():])
            before = days_of(text) or before
            lines.append(text)
        out.append(replace(block, text="\n".join(lines)))
    return out


# « commencent le mardi 1er juin 2027 et s'achèvent le vendredi 4 juin 2027 »: one span
_START_THEN_END = re.compile(r"(?i)\b(?:commence(?:nt|ra|ront)?|d[ée]bute(?:nt|ra|ront)?)\s+le\s+(?P<a>[^,;.]{6,40}?)\s+"
                             r"et\s+(?:s['’]\s*)?(?:ach[eè]ve(?:nt|ra|ront)?|termine(?:nt|ra|ront)?|finissent|finira"
                             r"|prennent\s+fin|prend\s+fin)\s+le\s+")


def _told_day(m: re.Match[str], anchor: date | None, last: date | None, session: int) -> str | None:
    """The words of a relative day written as the day(s) it names, or None when it cannot be told."""
    if m.group("ord"):
        month = MONTH_NAMES.index(m.group("mo").lower()) + 1
        wd = WEEKDAY_NAMES.index(m.group("wd").lower())
        days = [date(session, month, d) for d in range(1, 32) if _valid(session, month, d)
                and date(session, month, d).weekday() == wd]
        n = _ORDINALS[fold(m.group("ord"))]
        return f"le {render_date(days[n if n < 0 else n - 1])}" if len(days) >= abs(n) else None
    if anchor is None:
        return None
    if m.group("next"):
        return f"le {render_date(anchor + timedelta(days=1 if m.group('next').lower() == 'lendemain' else 2))}"
    if m.group("eve"):
        return f"le {render_date(anchor - timedelta(days=1))}"
    if m.group("same"):
        return f"le {render_date(anchor)}"
    if m.group("wd2"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=0 if "me" in fold(m.group("week"))[:3]
                                                                         else 7)
        return f"le {render_date(monday + timedelta(days=WEEKDAY_NAMES.index(m.group('wd2').lower())))}"
    if m.group("wd3"):
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=7)
        a = monday + timedelta(days=WEEKDAY_NAMES.index(m.group("wd3").lower()))
        b = monday + timedelta(days=WEEKDAY_NAMES.index(m.group("wd4").lower()))
        return f"{m.group('then')}du {render_date(a)} au {render_date(b)}"
    if m.group("last") and last is not None:
        return f"du {render_date(last)}"
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _sheet_header(rows: list[list[str]], k: int) -> bool:
    """Row k of a sheet opens a table: three labels at least (no day, hour nor code), dated or coded rows
    under it, and above it a title or a « label | value » row (two cells at most), not a row of data."""
    filled = [c for c in rows[k] if c.strip()]
    below = [r for r in rows[k + 1:] if any(c.strip() for c in r)][:2]  # (a header may take two rows)
    above = next((r for r in reversed(rows[:k]) if any(c.strip() for c in r)), None)
    return len(filled) >= 3 and all(re.search(r"[^\W\d_]{2}", c) for c in filled) and not any(
        has_date(c) or time_slots(c) or CODE_START.match(c) or _WEEKDAY_CELL.match(c) for c in filled) \
        and any(has_date(c) or CODE_START.match(c) for r in below for c in r) and above is not None \
        and sum(bool(c.strip()) for c in above) <= 2


def _sheet_as_page(blocks: list[Block]) -> list[Block]:
    """A whole page laid out in one spreadsheet (a workbook's sheet, Excel « save as web page »): rows of
    one text across the sheet (title, « Version du | 19/01/2026 », « 1. ÉPREUVES ÉCRITES ») above tables
    each opening on its own header row. Cut there, into lines and tables (merges kept); a section row inside
    one calendar (« ÉPREUVES ORALES » over more dated rows) stays in it."""
    out: list[Block] = []
    for block in blocks:
        rows = block.rows if block.kind == "table" else []
        heads: list[int] = []
        for k in range(1, len(rows) - 1):
            above = next((r for r in reversed(rows[:k]) if any(c.strip() for c in r)), [])
            # a table under its own title row, or the first one under title rows only
            if _sheet_header(rows, k) and (_is_section_row(above) or not heads and all(
                    sum(bool(c.strip()) for c in r) <= 2 and (r[0].strip() or not any(c.strip() for c in r))
                    for r in rows[:k])):  # (titles open their row; « | | Correspondance heure de Paris | »
                # over the columns is the upper row of a two-level header)
                heads.append(k)
        if not heads:
            out.append(block)
            continue
        part: list[int] = []
        for k, row in enumerate(rows):
            filled = [c for c in row if c.strip()]
            if k in heads:
                out.extend(_rows_of(block, part))
                part = [k]
            elif not part and not any(CODE_START.match(c) for c in filled) or (_is_section_row(row) and (
                    k + 1 in heads or k == 0 or _is_section_row(rows[k - 1]))):
                out.extend(_rows_of(block, part))  # a title line above the tables, or the title of the next one
                part = []
                if filled:
                    out.append(Block("text", " ".join(dict.fromkeys(filled))))
            else:
                part.append(k)
        out.extend(_rows_of(block, part))
    return out


def _rows_of(block: Block, part: list[int]) -> list[Block]:
    """The table of some rows of a block, their merges kept (none when there are no rows)."""
    if not part:
        return []
    return [Block("table", rows=[block.rows[i] for i in part],
                  continued=[block.continued[i] for i in part] if len(block.continued) == len(block.rows) else [],
                  spans=[block.spans[i] for i in part] if len(block.spans) == len(block.rows) else [])]


def _planned_then_set(blocks: list[Block]) -> list[Block]:
    """A mail that gives each step, its planned date, then the date set (« E2 Anglais » / « prévu : xx/05 » /
    « => mercredi 13 mai, 9 h – 11 h »): the step reads with the date set, the planned one is dropped; a
    planned date nothing replaces is the step's date."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        planned = _PLANNED.search(block.text) if block.kind == "text" else None
        if planned is None:
            out.append(block)
            k += 1
            continue
        label = block.text[:planned.start()].strip()
        given = block.text[planned.end():].strip()
        if not label and out and out[-1].kind == "text" and not has_date(out[-1].text):
            label = out.pop().text  # the step's line just above
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if nxt is not None and nxt.kind == "text" and (now := _NOW_SET.match(nxt.text)):
            given, k = nxt.text[now.end():], k + 1
        out.append(replace(block, text=f"{label} : {given}" if label else given))
        k += 1
    return out


def _week_grids(blocks: list[Block]) -> list[Block]:
    """A grid of weeks: « Semaine | Lundi | Mardi | … », a row per week, each day's cell opening on its own
    date ("lun. 15/05 E.4.1 Pré-étude 13h-17h", "lun. 22/05 → mer. 24/05 Correction …" merged over three
    days). Each cell is read as the line it is; the week's label and the cells holding only their day
    ("ven. 26/05 –") say nothing."""
    out: list[Block] = []
    for block in blocks:
        header = block.rows[0] if block.kind == "table" and block.rows else []
        days = [c for c, h in enumerate(header) if _WEEKDAY_CELL.match(h)]
        cells = [row[c] for row in block.rows[1:] for c in days if c < len(row) and row[c].strip()]
        opening = [cell for cell in cells if (found := find_dates(cell, _ANY_YEAR)) and found[0].start <= 3]
        if len(days) < 5 or len(cells) < 3 or len(opening) < 0.6 * len(cells):
            out.append(block)
            continue
        for cell in opening:
            first = find_dates(cell, _ANY_YEAR)[0]
            if re.search(r"[^\W\d_]{2}", cell[first.end:]):
                out.append(Block("text", " ".join(cell.split())))
    return out


_CLOCK_SPAN = re.compile(rf"(?i)(?:de\s+)?(?:{HOUR_RE})(?:\s*(?:-|–|—|à)\s*(?:{HOUR_RE}))?")


_OPEN_SPAN = re.compile(r"(?:→|->|⇒|\bau|\bjusqu['’]au|[-–—])\s*$")


def _date_only(text: str) -> bool:
    """A line that is only a day or a span of days ("jeu. 15 avril 2027", "31 mai → 11 juin 2027")."""
    found = find_dates(text, _ANY_YEAR)  # only whether the line is a day, not which
    if len(found) != 1 or ":" in text:
        return False
    rest = " ".join(re.sub(r"[^\w.]+", " ", text[:found[0].start] + " " + text[found[0].end:]).split())
    return not rest or all(_BARE_WEEKDAY.fullmatch(w) for w in rest.split())  # « lun. → » before « ven. 29 mai »


def _card_line(block: Block) -> bool:
    """A short undated line of a card (not the weekday opening the next one)."""
    return block.kind == "text" and len(block.text) <= 90 and not has_date(block.text) and not _WEEKDAYS_ONLY.fullmatch(
        block.text.strip())


def _day_cards(blocks: list[Block]) -> list[Block]:
    """Cards of a web page or a timeline, printed as short lines: the day alone, then a badge (« Écrit »),
    the step (« E1 – Culture générale ») and its hours (« 14 h – 18 h (4 h) »), no date among them. One card
    is one line, "jeu. 15 avril 2027 – Écrit – E1 – … – 14 h – 18 h"; a day over several épreuves (an
    agenda) is left to the agenda reader."""
    out: list[Block] = []
    blocks = list(blocks)
    i = card_end = 0
    while i < len(blocks):
        block, first = blocks[i], i
        if block.kind == "text" and _WEEKDAYS_ONLY.fullmatch(block.text.strip()) and i + 1 < len(blocks) and \
                blocks[i + 1].kind == "text" and _date_only(blocks[i + 1].text):  # « jeu. » over « 13 avril »
            block = blocks[i + 1] = Block("text", f"{block.text.strip()} {blocks[i + 1].text.strip()}")
            i += 1
        if block.kind != "text" or len(block.text) > 60 or not _date_only(block.text):
            out.append(block)
            i += 1
            continue
        j = i + 1
        while j < len(blocks) and j - i <= 4 and _card_line(blocks[j]):
            j += 1
        card = blocks[i + 1:j]
        codes = [b for b in card if codes_in(b.text)]
        hours = [b for b in card if time_slots(b.text)]
        before = blocks[first - 1] if first and first != card_end else None  # (not the last line of a card)
        titled = before is not None and before.kind != "table" and len(before.text) <= 120 and bool(
            codes_in(before.text)) and not has_date(before.text)  # « E1 – Culture … » above its day: a list
        if not card or titled or len(codes) > 1 or len(hours) > 1 or (j < len(blocks) and _card_line(blocks[j])):
            out.append(block)
            i += 1
            continue
        out.append(Block("text", _card_text(block.text, [b.text for b in card])))
        i = card_end = j
    return out


_CARD_HOURS = re.compile(rf"(?i)(?:(?:avant|à partir de|dès|jusqu['’]à|de)\s+)?(?:{HOUR_RE})"
                         rf"(?:\s*(?:[–—-]|à)\s*(?:{HOUR_RE}))?(?:\s*\(\d+\s*h(?:\s*\d+)?\))?")


def _card_text(day: str, parts: list[str]) -> str:
    """A card as one line: its day, its hours right after it (« 9 h 00 » alone: at 9), then its other words."""
    rest = " – ".join(p.strip() for p in parts if p.strip())
    found = _CARD_HOURS.search(rest)
    if not found:
        return f"{day.strip()} – {rest}"
    hours = found.group(0).strip()
    rest = (rest[:found.start()] + rest[found.end():]).replace(" –  – ", " – ").strip(" –")
    return f"{day.strip()} {'à ' + hours if re.fullmatch(HOUR_RE, hours) else hours} – {rest}"


def _card_grid(blocks: list[Block]) -> list[Block]:
    """Cards set side by side and printed as a table: a row of days (« VEN. 7 avril » | | | « JEU. 13 avril »),
    under each day the cells of the rows below up to the next day's column (badge, step, hours, place).
    Each card read as one line, as `_day_cards` reads them one under the other."""
    out: list[Block] = []
    for block in blocks:
        starts = [k for k, r in enumerate(block.rows) if _day_row(r)] if block.kind == "table" else []
        if block.kind == "table" and len(block.rows) == 1 and len(block.rows[0]) >= 2 and all(
                _opens_cards(c) for c in block.rows[0] if c.strip()):
            out.extend(Block("text", card) for c in block.rows[0] for card in _cards_in(c))
            continue  # chevrons side by side, each cell one or more « day, step, hours »
        if not starts or starts[0] != 0:
            out.append(block)
            continue
        for a, b in zip(starts, [*starts[1:], len(block.rows)], strict=True):
            days = [c for c, cell in enumerate(block.rows[a]) if cell.strip()]
            for k, c in enumerate(days):
                end = days[k + 1] if k + 1 < len(days) else max(len(r) for r in block.rows)
                parts = [cell for r in block.rows[a + 1:b] for cell in r[c:end]]
                out.append(Block("text", _card_text(block.rows[a][c], parts)))
    return out


def _opens_cards(cell: str) -> bool:
    """A cell that opens on a day and names an épreuve and its hours (« Lun. 12 mai 2025 E1 · U1 … 14 h – 18 h »)."""
    found = find_dates(cell, _ANY_YEAR)
    return bool(found) and not _WEEKDAYS_ONLY.sub("", cell[:found[0].start]).strip(" .") and bool(
        codes_in(cell)) and bool(time_slots(cell))


def _cards_in(cell: str) -> list[str]:
    """The cards of a cell, one per day that is not inside a phrase (« … (2 h) Mer. 14 mai 2025 E4 … »)."""
    cuts = [e.start for e in find_dates(cell, _ANY_YEAR)
            if not re.search(r"(?i)\b(?:le|du|au|et|jusqu['’]au)\s*$", cell[:e.start])]
    if not cuts:  # every day of the cell inside a phrase (« du … au … »): the cell is one text
        return [cell]
    out = []
    for a, b in zip(cuts, [*cuts[1:], len(cell)], strict=True):
        start = a - len(m.group(0)) if (m := _WEEKDAYS_AT_END.search(cell[:a])) else a
        piece = cell[start:b].strip()
        found = find_dates(piece, _ANY_YEAR)
        out.append(_card_text(piece[:found[0].end], [piece[found[0].end:]]) if found else piece)
    return out


def _day_row(row: list[str]) -> bool:
    """A table row of days only, two at least, the first in the first cell and empty cells between each (the
    top of cards set side by side, each wider than a column; not a calendar's header of day columns)."""
    filled = [k for k, c in enumerate(row) if c.strip()]
    return len(filled) >= 2 and filled[0] == 0 and all(b - a >= 2 for a, b in zip(filled, filled[1:], strict=False)) \
        and all(_date_only(row[k]) for k in filled)


def _weekday_cells_joined(blocks: list[Block]) -> list[Block]:
    """« Du | | Au | » over « lundi | 31 mai | vendredi | 4 juin »: a header cell over two cells whose first
    holds only a weekday; the day is written whole under its header ("lundi 31 mai")."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "table" or len(block.rows) < 2:
            out.append(block)
            continue
        head = block.rows[0]
        pairs = [c for c in range(len(head) - 1) if head[c].strip() and not head[c + 1].strip() and any(
            c + 1 < len(r) and _BARE_WEEKDAY.fullmatch(r[c].strip()) and has_date(f"{r[c]} {r[c + 1]}")
            and not _BARE_WEEKDAY.fullmatch(r[c + 1].strip()) for r in block.rows[1:])]
        if not pairs:
            out.append(block)
            continue
        rows = [list(r) for r in block.rows]
        for r in rows[1:]:
            for c in pairs:
                if c + 1 < len(r) and _BARE_WEEKDAY.fullmatch(r[c].strip()):
                    r[c], r[c + 1] = f"{r[c].strip()} {r[c + 1].strip()}".strip(), ""
        out.append(Block("table", rows=rows, continued=block.continued, spans=block.spans))
    return out


_BARE_WEEKDAY = re.compile(rf"(?i){_WD_ABBR}")
_WEEKDAYS_ONLY = re.compile(rf"(?i){_WD_ABBR}(?:\s*(?:→|->|[-–—]|au|à)\s*{_WD_ABBR})?")  # « lun. → ven. »
_WEEKDAYS_AT_END = re.compile(rf"{_WEEKDAYS_ONLY.pattern}\s*$")


def _span_carried(blocks: list[Block]) -> list[Block]:
    """"Lundi 31.05 →" at the end of a line, the day it runs to opening the next line or the first cell of
    the table below ("Vendredi 04.06.2027 | selon convocation | E41 …"): one span, written whole."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "text" and len(prev.text) <= 40 and _OPEN_SPAN.search(prev.text) \
                and has_date(prev.text + " 1 janvier"):
            if block.kind == "table" and block.rows and block.rows[0] and has_date(block.rows[0][0]):
                rows = [list(r) for r in block.rows]
                rows[0][0] = f"{prev.text} {rows[0][0]}"
                out[-1] = Block("table", rows=rows, continued=block.continued, spans=block.spans)
                continue
            if block.kind == "text" and has_date(block.text[:30]):
                out[-1] = Block("text", f"{prev.text} {block.text}", bold=block.bold)
                continue
        out.append(block)
    return out


def _dated_columns(blocks: list[Block]) -> list[Block]:
    """A planning whose columns are days ("lu 31/05" | "ma 01/06" | …, under week titles) and whose bars are
    cells merged across the days of a window ("E51 · pratique" over three columns): each bar, and each day
    cell without hours, says its days in words at its end ("E51 · pratique (du 31 mai au 2 juin)"), the
    only place a reader of the text would find them."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "table" or len(block.rows) < 3:
            out.append(block)
            continue
        days: dict[int, tuple[int, int]] = {}
        last_header = -1
        for r, row in enumerate(block.rows[:3]):
            found = {c: (int(m.group(1)), int(m.group(2))) for c, cell in enumerate(row)
                     if block.span_of(r, c) == 1 and len(cell) <= 24 and len(ms := list(_DAY_MONTH.finditer(cell))) == 1
                     and (m := ms[0]) and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12}
            if len(found) >= 3:
                days.update(found)
                last_header = r
        if len(days) < 3:
            out.append(block)
            continue
        rows = [list(r) for r in block.rows]
        for r in range(last_header + 1, len(rows)):
            for c, cell in enumerate(rows[r]):
                span = max(1, block.span_of(r, c))
                if not cell.strip() or c not in days or has_date(cell) or (span == 1 and time_slots(cell)):
                    continue
                (d1, m1), end = days[c], days.get(c + span - 1)
                said = f"le {d1} {MONTH_NAMES[m1 - 1]}"
                if span > 1 and end is not None and end != days[c]:
                    said = f"du {d1} {MONTH_NAMES[m1 - 1]} au {end[0]} {MONTH_NAMES[end[1] - 1]}"
                rows[r][c] = f"{cell} ({said})"
        out.append(Block("table", rows=rows, continued=block.continued, spans=block.spans))
    return out


# "Épreuve : E1 – …" / "Date : lundi 11 mai 2026" / "Horaire : 9 h – 13 h" / "Lieu : …": a record per line
# group, the first key naming what it is, the others its date, hours and place
_RECORD_START = re.compile(r"(?i)^\W{0,3}(?P<k>(?:sous-)?[ée]preuves?|op[ée]rations?|[ée]tapes?|actions?|intitul[ée]"
                           r"|unit[ée]s?|[ée]v[ée]nements?|objet)\s*:\s*(?P<v>\S.*)$")
_RECORD_FIELD = re.compile(r"(?i)^\W{0,3}(?P<k>dates?(?:\s+(?:limite|butoir|de\s+d[ée]but|de\s+fin))?|p[ée]riodes?|jours?"
                           r"|horaires?|heures?(?:\s+de\s+(?:d[ée]but|fin))?|d[ée]but|fin|dur[ée]e|lieux?|centres?"
                           r"|sites?|salles?|modalit[ée]s?|observations?|remarques?|public|emplacement)\s*:\s*(?P<v>.*)$")
_RECORD_DATE = re.compile(r"(?i)^(?:dates?|p[ée]riode|jour|d[ée]but\b)")
_RECORD_LABEL = re.compile(r"^\s*(?P<k>[^\W\d][^:]{0,28}?)\s*:(?:\s*[^\W\d][^:]{0,28}?\s*:)*\s*$")


def _label_tables(blocks: list[Block]) -> list[list[list[str]]]:
    """The tables of labels and values (« Objet : | … ») among blocks: their filled rows."""
    found = []
    for block in blocks:
        rows = [[c for c in r if c.strip()] for r in block.rows if any(c.strip() for c in r)]
        if block.kind == "table" and len(rows) >= 3 and all(len(r) == 2 and _RECORD_LABEL.match(r[0]) for r in rows) \
                and any(_RECORD_START.match(f"{r[0].split(':')[0]}: x") for r in rows):
            found.append(rows)
    return found


def _names_exam(rows: list[list[str]]) -> bool:
    return any(re.search(r"\bBTSA?\b", v) for _k, v in rows)


def _label_tables_as_lines(blocks: list[Block], exam_items: bool) -> list[Block]:
    """An agenda printed item by item (« Objet : | … », « Emplacement : | … », « Début : | lun. 07/05/2029
    10:00 »): a two-column table of labels and values, that a PDF reader took for a table. Read as the
    « key : value » lines it was, for _records_as_tables; an item of the agenda that does not name the exam
    (a dentist, a department meeting) when others do is someone's other business, left out."""
    out: list[Block] = []
    for block in blocks:
        found = _label_tables([block])
        if not found:
            out.append(block)
            continue
        rows = [[k.split(":")[0].strip(), v] for k, v in found[0]]
        if exam_items and not _names_exam(rows):
            continue
        repeats = [v for k, v in rows if re.match(r"(?i)p[ée]riodicit[ée]|r[ée]currence", k)
                   and any(e.kind == "range" for e in find_dates(v, 2000))]
        if repeats:  # « Se produit tous les jours du lun. 11/06/2029 au mer. 13/06/2029 de 08:00 à 17:30 »
            rows = [[k, repeats[0]] if re.match(r"(?i)d[ée]but\b", k) else [k, v] for k, v in rows
                    if not re.match(r"(?i)fin\b|p[ée]riodicit[ée]|r[ée]currence", k)]
        out.extend(Block("text", f"{k} : {v}") for k, v in rows)
    return out


def _boxed_text(blocks: list[Block]) -> list[Block]:
    """A paragraph drawn in a frame (a bordered box, a one-cell table) that a PDF reader gives as a table of
    one filled column, a row per line: the paragraph it is, its sentences whole."""
    out: list[Block] = []
    for b in blocks:
        filled = [[(i, c) for i, c in enumerate(r) if c.strip()] for r in b.rows]
        filled = [f for f in filled if f]
        if b.kind == "table" and len(filled) >= 2 and all(len(f) == 1 for f in filled) and len(
                {f[0][0] for f in filled}) == 1:
            lines = [f[0][1].strip() for f in filled]
            flowing = sum(not a.endswith((".", ";", ":", "!", "?")) and b2[:1].islower()
                          for a, b2 in zip(lines, lines[1:], strict=False))
            if flowing and 2 * flowing >= len(lines) - 1:
                out.append(Block("text", " ".join(lines)))
                continue
        out.append(b)
    return out


def _steps_as_lines(blocks: list[Block]) -> list[Block]:
    """A table without header whose every row is a short label, a day and a sentence ("Étape 1 | ven. 07/04
    | Les dossiers sont à transmettre … au plus tard à 12 h."): lines set with tab stops that a PDF reader
    took for a table. Each row is read as the line it was, so its sentence says what its day is."""
    out: list[Block] = []
    for b in blocks:
        rows = [[c for c in r if c.strip()] for r in b.rows if any(c.strip() for c in r)]
        steps = sum(2 <= len(r) <= 3 and any(has_date(c) and len(c) <= 30 for c in r)
                    and any(len(c) >= 60 and c.rstrip().endswith(".") and not has_date(c) for c in r) for r in rows)
        # (one row may have been cut elsewhere by the reader: "12/06 au 16/06 Soutenances … établi | par chaque centre.")
        if b.kind == "table" and rows and all(2 <= len(r) <= 3 and any(map(has_date, r)) for r in rows) and (
                steps == len(rows) or len(rows) >= 3 and steps == len(rows) - 1):
            out.extend(Block("text", " ".join(r)) for r in rows)
        else:
            out.append(b)
    return out


def _fiches_as_records(blocks: list[Block]) -> list[Block]:
    """One small table per épreuve, a fiche: its title across the top ("E1 – Culture générale (U1)"), then
    « Date | Lundi 11 mai 2026 », « Horaire | 14 h 00 – 18 h 00 », « Lieu | … »: the record it is, written
    as key–value lines for _records_as_tables to gather the fiches into one calendar."""
    out: list[Block] = []
    for block in blocks:
        rows = [[c for c in r if c.strip()] for r in block.rows if any(c.strip() for c in r)]
        fields = [r for r in rows[1:] if len(r) == 2 and _RECORD_FIELD.match(f"{r[0]} : x")]
        if block.kind == "table" and len(rows) >= 3 and len(rows[0]) == 1 and len(rows[0][0]) <= 150 and codes_in(
                rows[0][0]) and len(fields) >= 2 and all(len(r) <= 2 for r in rows[1:]) and any(
                _RECORD_DATE.match(r[0]) for r in fields):
            out.append(Block("text", f"Épreuve : {rows[0][0]}"))
            out.extend(Block("text", f"{r[0]} : {r[1]}") for r in fields)
            continue
        out.append(block)
    return out


def _transposed(blocks: list[Block]) -> list[Block]:
    """A calendar turned sideways: its first column the keys (« Épreuve », « Date », « Horaire », « Durée »),
    one column per épreuve, a day merged across the columns of the épreuves it holds. Read as the table it
    would have been, a row per épreuve (a merged day given to each of its columns); a title across the top
    stays a line above it."""
    out: list[Block] = []
    for block in blocks:
        keyed = [r for r, row in enumerate(block.rows) if row and len(row) >= 3 and len(row[0]) <= 30 and (
            _RECORD_FIELD.match(f"{row[0]} : x") or _RECORD_START.match(f"{row[0]} : x"))]
        if block.kind == "table" and keyed and keyed[0] == 1 and not block.rows[0][0].strip() and sum(
                bool(c.strip()) for c in block.rows[0]) >= 2 and len(keyed) >= 2:  # « | Option A | Option B » over
            block = Block("table", rows=[["Intitulé", *block.rows[0][1:]], *block.rows[1:]], spans=block.spans)
            keyed = [0, *keyed]  # « Date | … », « Heure | … »: the columns' names are the top row's
        if block.kind != "table" or len(keyed) < 3 or not any(_RECORD_DATE.match(block.rows[r][0]) for r in keyed) \
                or not any(_RECORD_START.match(f"{block.rows[r][0]} : x") for r in keyed):
            out.append(block)
            continue
        width = max(len(block.rows[r]) for r in keyed)
        columns: list[list[str]] = [[block.rows[r][0] for r in keyed]]
        for c in range(1, width):
            column = []
            for r in keyed:
                row = block.rows[r]
                k = c
                while 0 < k < len(row) and not row[k].strip() and block.span_of(r, k) == 0:
                    k -= 1  # covered by a cell merged from the left: its text
                column.append(row[k] if k < len(row) else "")
            if any(cell.strip() for cell in column[1:]):
                columns.append(column)
        out.extend(Block("text", " ".join(c for c in block.rows[r] if c.strip()))
                   for r in range(keyed[0]) if any(c.strip() for c in block.rows[r]))
        out.append(Block("table", rows=columns))
    return out


def _records_as_tables(blocks: list[Block]) -> list[Block]:
    """Key–value records written line by line ("Épreuve : …", "Date : …", "Horaire : …", "Lieu : …") read
    as the rows of a table whose header is their keys: the calendar a table would have been."""
    out: list[Block] = []
    records: list[dict[str, str]] = []
    keys: list[str] = []

    def close() -> None:
        nonlocal records, keys
        dated = [r for r in records if any(_RECORD_DATE.match(k) for k in r) and len(r) >= 2]
        if dated:
            header = [k for k in keys if any(k in r for r in dated)]
            out.append(Block("table", rows=[header] + [[r.get(k, "") for k in header] for r in dated]))
        records, keys = [], []

    for block in blocks:
        start = _RECORD_START.match(block.text) if block.kind == "text" else None
        field_m = _RECORD_FIELD.match(block.text) if block.kind == "text" and not start else None
        if start is not None and (not records or start.group("k").lower().rstrip("s") == keys[0].lower().rstrip("s")
                                  or len(records[-1]) >= 2):
            if records and start.group("k").lower().rstrip("s") != keys[0].lower().rstrip("s"):
                close()  # « Opération : » after the « Épreuve : » records: another table
            records.append({start.group("k"): start.group("v")})
            keys += [start.group("k")] if start.group("k") not in keys else []
            continue
        if field_m is not None and records and field_m.group("k") not in records[-1]:
            records[-1][field_m.group("k")] = field_m.group("v")
            keys += [field_m.group("k")] if field_m.group("k") not in keys else []
            continue
        close()
        out.append(block)
    close()
    return out


def heading_lines(doc: Document, units: list[Unit]) -> tuple[str, ...]:
    """Lines of the document naming a code that no unit holds nor has among its headings (a heading
    followed at once by another: "E2 – Langues :" over "E21 – Langue A"), for the épreuves' list."""
    seen = {u.text for u in units} | {h.text for u in units for h in u.headings}
    return tuple(line for page in doc.pages for block in page.blocks if block.kind != "table"
                 for line in _block_lines(block.text) if line not in seen and codes_in(line))


_SPECIALTY_HEADER = re.compile(r"(?i)sp[ée]cialit[ée]s?|\bBTS\s+concern|sections?\s+concern")
_ALL_OF_THEM = re.compile(r"\b(?:toutes?|tous|ensemble|chaque)\b")
_EXCEPT = re.compile(r"\b(?:sauf|hors|a l exception d[eu]s?|excepte)\b")


def _own_specialty_rows(blocks: list[Block], names: list[str]) -> list[Block]:
    """A calendar shared by several specialties (« Spécialités concernées », « BTS concernés », a row per
    specialty): the rows of the others are left out — those whose specialty cell names some but not this
    one, « toutes les spécialités » kept, « sauf CG » dropped for CG. Nothing is left out when no row
    names this specialty (the circular's own name may be written another way)."""
    wanted = [n for n in (fold(x) for x in names if x) if len(n) >= 2]
    if not wanted:
        return blocks

    def ours(cell: str) -> bool | None:
        ft = fold(cell)
        if not ft.strip():
            return None
        named = any(re.search(rf"\b{re.escape(w)}\b", ft) for w in wanted)
        cut = _EXCEPT.search(ft)
        if cut is not None:  # « toutes sauf GPME, MCO » names us after the cut: not ours
            return not any(re.search(rf"\b{re.escape(w)}\b", ft[cut.end():]) for w in wanted)
        return True if named or _ALL_OF_THEM.search(ft) else False

    out: list[Block] = []
    for block in blocks:
        head = block.rows[0] if block.kind == "table" and len(block.rows) > 2 else []
        col = next((k for k, h in enumerate(head) if _SPECIALTY_HEADER.search(h)), None)
        if col is None:
            out.append(block)
            continue
        verdicts = [ours(r[col]) if col < len(r) else None for r in block.rows[1:]]
        if not any(v is True for v in verdicts) or not any(v is False for v in verdicts):
            out.append(block)
            continue
        kept = [0] + [k + 1 for k, v in enumerate(verdicts) if v is not False]
        out.append(Block("table", rows=[block.rows[k] for k in kept],
                         continued=[block.continued[k] for k in kept] if len(block.continued) == len(block.rows) else [],
                         spans=[block.spans[k] for k in kept] if len(block.spans) == len(block.rows) else []))
    return out


_YEAR_HEADER = re.compile(r"(?i)^\W*(?:session\s+|ann[ée]e\s+)?((?:19|20)\d\d)\b[^\d]{0,30}$")


def _own_year_columns(blocks: list[Block], session: int | None) -> list[Block]:
    """A table comparing sessions side by side (« Épreuve | Horaire | 2026 | 2027 | 2028 | 2029 », « Session
    2026 (rappel) | Session 2027 »): the session's own column is the calendar, the others are history — left
    out, so their days (written « lun. 11/05 », the year only in the header) are not read as this session's."""
    if session is None:
        return blocks
    out: list[Block] = []
    for block in blocks:
        head = block.rows[0] if block.kind == "table" and block.rows else []
        years = {k: int(m.group(1)) for k, c in enumerate(head) if (m := _YEAR_HEADER.match(c))}
        if len(years) >= 2 and session in years.values():
            drop = {k for k, y in years.items() if y != session}
            rows = [[c for k, c in enumerate(r) if k not in drop] for r in block.rows]
            block = Block("table", rows=rows)
        out.append(block)
    return out


def units_of(doc: Document, academie: str | None = None, specialty: list[str] | None = None,
             session: int | None = None) -> list[Unit]:
    """The document cut into sentences and table cells, each with its headings, introducing line and row."""
    units: list[Unit] = []
    stack: list[Heading] = []
    lead_in = ""
    label = False  # the line before was a short label naming a step, no date in it
    section: list[str] = []  # lines since the last heading (what introduces a table)
    items: list[str] = []  # the bulleted lines just read
    after_day = False  # the line just read was only a day (and its hours)
    labelled = False  # the line just read was an épreuve's name taken for a heading
    legend = week_legend(doc)
    j = day_j(doc)
    # an agenda printed item by item: when some items name the exam, the others are not the session's
    letters = letter_legend(doc)
    exam_items = any(_names_exam(rows) for page in doc.pages for rows in _label_tables(page.blocks))
    marks = _declared_marks(doc.text)
    for page in doc.pages:
        blocks = _header_rejoined(_fiches_as_records(_transposed(_dated_columns(_week_grids(_month_grids(
            _month_rows(_span_carried(_weekday_cells_joined(_card_grid(_day_cards(
                _own_specialty_rows(_weeks_dated(_planned_then_set(_without_tick_boxes(_sheet_as_page(_j_days(
                    _letters_read(_header_split(_own_year_columns(_relative_days(_wrapped_cells(
                        _without_marked_lines(page.blocks, marks)),
                                                                                 session), session)),
                                  letters), j)))), legend),
                                    specialty or []))))))))))))
        for block in _boxed_text(_steps_as_lines(_records_as_tables(_label_tables_as_lines(blocks, exam_items)))):
            if block.kind == "table":
                lead_in = ""
                units.extend(_table_units(block, page.number, list(stack), table_intro(section),
                                          section[-1] if section else "", academie))
                section = []
                continue
            for line in map(_without_leaders, map(spelled_numbers, _block_lines(block.text))):
                probe = Block(block.kind, line, bold=block.bold, level=block.level)
                style = heading_style(probe, has_date(line))
                if style == "code" and after_day:  # « lun. 11-05-2026 14h-18h » then « E5 Culture générale »:
                    style = None  # the épreuve of that day (a box of key dates), not a heading over the next one
                # (unless the day had such a line above it: « E1 – … » over « lundi 11 mai : 14h-18h », a list
                # whose labels come first)
                after_day = style is None and _only_day(line, hour=True) is not None and not labelled
                labelled = style == "code"
                if style is not None:
                    stack = open_heading(stack, style, line, probe.level)
                    lead_in = ""
                    section = []
                    continue
                if block.kind == "heading" and probe.level and len(line) <= 170 and any(
                        d.kind == "range" for d in find_dates(line, session)):
                    # a page's title that dates its section (« Épreuves écrites · du 11 au 14 mai »): it closes
                    # the section above (« Dossiers et contrôle de conformité ») and still gives its dates
                    stack = open_heading(stack, "docx", line, probe.level)
                    lead_in = ""
                    section = []
                section.append(line)
                bullet = bool(_BULLET.match(line))
                current_lead = lead_in if bullet or (label and _STARTS_DATED.match(line)) else ""
                if not bullet and items and items[-1].rstrip().endswith(":") and line[:1].islower():
                    current_lead = " ".join(items)  # "• EF1 – …," "• EF3 – Entrepreneuriat :" then
                    # "interrogations le mardi 25 mai …": the sentence the list opened, about its items
                items = [*items, line] if bullet else []
                for a, b in split_sentences(line):
                    units.append(Unit(page.number, line[a:b].strip(), list(stack), current_lead, line=line))
                # "Contrôle de conformité" (a term of a definition list, a bold label) over "09-04-2026 à 14:00"
                # or "• E1 – Culture générale et expression" over "• lundi 11 mai 2026 : 14h-18h" (a nested list)
                # (the label may end a line the PDF ran on: "… contre récépissé. Contrôle de conformité")
                spans = split_sentences(line)
                last = line[spans[-1][0]:spans[-1][1]].strip() if spans else line
                label = len(last) <= 90 and not has_date(last) and not last.endswith((".", ";")) and bool(
                    type_of(last, weak=False) or codes_in(last) and not any(t.fin for t in time_slots(last)))
                if line.rstrip().endswith(":") or label:
                    lead_in = last if label else line
                elif not bullet:
                    lead_in = ""
    return _agenda_items(units)


_AT_START_HOUR = re.compile(rf"(?i)^\W*{_HOUR_LEAD}(?:{HOUR_RE})(?:\s*(?:-|–|—|à)\s*(?:{HOUR_RE}))?\s+\S"
                            r"|^\W*(?:toute la |la )?journ[ée]e\b|^\s*[—–-]\s+\S|^\W*selon convocation\b")


def _only_day(text: str, hour: bool = False) -> DateExpr | None:
    """A line that is only a day or a span of days ("ven. 14 avril 2028", "lun. 29 mai 2028 → ven. 2 juin"),
    or (`hour`) a day and its hour ("14-04-2028 – 12:00")."""
    found = find_dates(text, _ANY_YEAR)
    if len(found) != 1 or (time_slots(text) and not hour):
        return None
    rest = text[:found[0].start] + text[found[0].end:]
    rest = _CLOCK_SPAN.sub(" ", rest) if hour else rest
    rest = re.sub(r"(?i)\b(?:du|au|le|jusqu['’]au|(?:selon\s+)?convocations?)\b", " ", rest)  # « du 22-05 au … »
    return found[0] if not re.search(r"[^\W\d_]", rest) else None


def _labels_it(before: list[Unit]) -> bool:
    """The line just read names an épreuve or a step and no day (« • E1 – Culture générale », « Contrôle de
    conformité ») and so is the label of the day line that follows it, not the item of the day line before."""
    last = before[-1] if before else None
    return last is not None and not last.is_cell and bool(codes_in(last.text) or type_of(last.text, weak=False)) \
        and not has_date(last.text) and len(last.text) <= 120 and not last.text.rstrip().endswith(".")


def _agenda_items(units: list[Unit]) -> list[Unit]:
    """An agenda exported as a list: a line that is only a day, then its items, each opening on its hours
    ("12:00 Date limite : dossiers E4 et E6 …", "journée E5 – B épreuve pratique", "— Ascension : férié"). Each
    item is read as one sentence with its day in front, so that its words say what the day is; the day line
    alone says nothing."""
    out: list[Unit] = []
    k = 0
    while k < len(units):
        unit = units[k]
        items: list[Unit] = []
        if not unit.is_cell and _only_day(unit.text) is not None:
            j = k + 1
            while j < len(units) and not units[j].is_cell and units[j].line.startswith(units[j].text[:20]) \
                    and (_AT_START_HOUR.match(units[j].text) or vocabulary().day_off_row.search(
                        fold(units[j].text))) and not has_date(units[j].text):
                items.append(units[j])
                j += 1
        if not items and not unit.is_cell and _only_day(unit.text, hour=True) is not None and k + 1 < len(units) \
                and not (nxt := units[k + 1]).is_cell and not has_date(nxt.text) and not _CLOCK_FIRST.match(nxt.text) \
                and not _labels_it(out) and (type_of(nxt.text, weak=False) and not CODE_START.match(
                    _BULLET.sub("", nxt.text)) or codes_in(nxt.text)) \
                and (time_slots(unit.text) or not time_slots(nxt.text)):
            items = [nxt]  # a definition list: « 14-04-2028 – 12:00 » over « Date limite de dépôt des dossiers … »,
            # « du 22-05-2028 au 30-05-2028 » over « Correction des copies »
        if not items:
            out.append(unit)
            k += 1
            continue
        day = unit.text.rstrip(" :")
        out.extend(replace(item, text=f"{day} {item.text.strip()}", line=f"{day} {item.line.strip()}")
                   for item in items)
        k += 1 + len(items)
    return out


_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*|\s*…{3,}\s*(?=\d)")


def _without_leaders(line: str) -> str:
    """« E4 Étude d'un procédé ........ 11-05-2026 ........ 8 h 00 – 12 h 00 »: the dots a tab leads with
    (glued to the date in a PDF) read as the separator they are."""
    return _LEADER.sub(" : ", line) if "...." in line or ". . . ." in line or "……" in line else line


_STARTS_DATED = re.compile(rf"(?i)^\W*(?:(?:au plus tard|jusqu['’]au|avant)\s+)?(?:le\s+|du\s+)?(?:(?:{'|'.join(WEEKDAY_NAMES)})\s+)?"
                           r"(?:\d{1,2}(?:er)?[\s/.\-])")


def table_intro(lines: list[str]) -> str:
    """The lines just before a table that say where it takes place ("CENTRES D'EXAMEN : - Lycée X VILLE
    - Lycée Y VILLE"): the nearest of the section's last three lines naming a place and announcing
    centres, with the bullet list it opens or belongs to. Empty when nothing says it."""
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        if not PLACE_KEYWORDS.search(lines[i]):
            continue
        j, k = i, i
        while j > 0 and _BULLET.match(lines[j]):
            j -= 1
        while k + 1 < len(lines) and _BULLET.match(lines[k + 1]):
            k += 1
        group = " ".join(lines[j:k + 1])
        return group if vocabulary().venue.search(fold(group)) else ""
    return ""


def _block_lines(text: str) -> list[str]:
    """Lines of a text block, re-joined when a sentence was wrapped (a PDF paragraph), kept apart when a
    line starts with a bullet or an épreuve code (flattened table rows)."""
    out: list[str] = []
    previous = ""
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        starts_new = bool(_BULLET.match(line) or re.match(r"(?:EF|UF|E|U)\s?\d", line)
                          or _LABEL_OPENS.match(line))  # « Oral E6 : Lycée Colbert, Tourcoing »
        if out and not starts_new and not out[-1].endswith((".", ":", ";", "!", "?")):
            # « Lycée Marcel-Gambier » over « Lisieux » (a box of a slide, a card): the town, set apart
            town = PLACE_KEYWORDS.match(previous) and len(previous) <= 60 and _TOWN_ALONE.fullmatch(line) and (
                is_known_town(line) or "-" in line)  # (« Lycée Younoussa » / « Bamana »: a name wrapped)
            out[-1] += (", " if town else " ") + line
        else:
            out.append(line)
        previous = line
    return out


_LABEL_OPENS = re.compile(r"[A-ZÀ-Ý][\w'’ ,\-]{0,30}?\s:\s+\S")
_TOWN_ALONE = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:[\s-]+(?:[A-ZÀ-Ý][\w'’]*|sur|en|le|la|les|lès|de|du|d['’]\w+)){0,4}")


@dataclass(frozen=True)
class Territory:
    name: str
    motifs: tuple[re.Pattern[str], ...]
    academies: frozenset[str]


class _TerritoryEntry(Strict):
    nom: str
    motifs: list[str] = Field(min_length=1)
    academies: list[str] = []


class TerritoryWords(Strict):
    """pipeline/data/territoires.yaml, validated (exit 7 on a typo)."""

    defaut: str
    territoires: list[_TerritoryEntry] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> TerritoryWords:
        if self.defaut not in {t.nom for t in self.territoires}:
            raise ValueError(f"territoire par défaut inconnu : {self.defaut}")
        bad = regex_error([m for t in self.territoires for m in t.motifs])
        if bad:
            raise ValueError(bad)
        return self


def load_territory_words(path: Path | None = None) -> TerritoryWords:
    return load_model(path or DATA / "territoires.yaml", TerritoryWords, "territoires des calendriers")


@lru_cache(maxsize=1)
def territories() -> tuple[str, tuple[Territory, ...]]:
    """(default territory, territories) of pipeline/data/territoires.yaml."""
    raw = load_territory_words()
    return raw.defaut, tuple(Territory(t.nom, tuple(re.compile(m) for m in t.motifs),
                                       frozenset(fold(a) for a in t.academies))
                             for t in raw.territoires)


def territory_columns(header: list[str]) -> dict[int, list[str]]:
    """Columns of a calendar giving one territory's hours each ("Métropole", "La Réunion – Mayotte"):
    column → territory names; empty unless at least two territories have their column."""
    cols: dict[int, list[str]] = {}
    for i, h in enumerate(header):
        fh = fold(h)
        if _DATE_HEADER.search(h):
            continue  # "Date (métropole)": the dates, not a territory's hours
        glued = fold(h.replace(" ", ""))  # "Métropol e", "Guyan e": a narrow PDF column broke the word
        names = [t.name for t in territories()[1] if any(m.search(fh) or m.search(glued) for m in t.motifs)]
        if names:
            cols[i] = names
    return cols if len(cols) >= 2 else {}


def own_territory(academie: str | None) -> str:
    default, known = territories()
    fa = fold(academie or "")
    return next((t.name for t in known if fa and fa in t.academies), default)


_DURATION = re.compile(r"(?i)dur[ée]e")
_DATE_HEADER = re.compile(r"(?i)\bdates?\b|\bjours?\b|p[ée]riode|calendrier")


def _is_section_row(row: list[str]) -> bool:
    """A row merged across the table ("ÉPREUVES ÉCRITES", "RÉUNION D'ENTENTE NATIONALE"): one text, no date."""
    filled = [c for c in row if c.strip()]
    return len(set(filled)) == 1 and (len(filled) < len(row) or len(row) == 1) and not row[0] == "" \
        and not has_date(filled[0]) and not time_slots(filled[0])


_DAY_MONTH = re.compile(r"(?<![\d/.])([0-3]?\d)/([01]?\d)(?![\d/.]|\s*/)")


def _yearless_days(header: list[str], rows: list[list[str]]) -> list[list[str]]:
    """A « Date » column of « 16/05 », « 12/06 au 16/06 » (the year in the title): days and months, written
    with the month's name so that they read as dates ("16/05" alone elsewhere may be a fraction, a page)."""
    cols = [i for i, h in enumerate(header) if _DATE_HEADER.search(h)]
    if not cols:
        return rows

    def named(m: re.Match[str]) -> str:
        d, mo = int(m.group(1)), int(m.group(2))
        return f"{d} {MONTH_NAMES[mo - 1]}" if 1 <= d <= 31 and 1 <= mo <= 12 else m.group(0)

    out = []
    for row in rows:
        row = list(row)
        for i in cols:
            if i < len(row) and _DAY_MONTH.search(row[i]) and len(row[i]) <= 40:
                row[i] = _DAY_MONTH.sub(named, row[i])
        out.append(row)
    return out


def _date_ranges(header: list[str], rows: list[list[str]]) -> list[list[str]]:
    """A window written in two columns « Date début » | « Date fin »: one range in the first ("du 26/05/2026
    au 29/05/2026"), the second left empty."""
    start = next((i for i, h in enumerate(header) if _DATE_HEADER.search(h) and _START_HEADER.search(h)
                  and not _END_HEADER.search(h) or re.fullmatch(
                      r"(?i)\s*(?:dates?\s*/\s*)?(?:du|[àa] partir du|d[ée]but)\s*", h)), None)  # « Date / du »
    end = next((i for i, h in enumerate(header) if _DATE_HEADER.search(h) and _END_HEADER.search(h)
                and not _START_HEADER.search(_FIN_DE.sub("fin", h))
                or re.fullmatch(r"(?i)\s*(?:au|jusqu['’]au|fin)\s*", h)), None)  # « Début | Fin » holding days
    if end is not None and (start is None or start > end):  # « Date » | « Date de fin » (then « Début » |
        # « Fin » for the hours): the plain date column before the end's opens the window
        start = next((i for i in range(end - 1, -1, -1) if _DATE_HEADER.search(header[i])
                      and not _END_HEADER.search(header[i])), None)
    if start is None or end is None or start == end:
        return rows
    out = []
    for row in rows:
        a = find_dates(row[start], _ANY_YEAR) if start < len(row) else []
        b = find_dates(row[end], _ANY_YEAR) if end < len(row) else []
        if len(a) == 1 and len(b) == 1 and a[0].kind == b[0].kind == "single":
            row = list(row)
            ta, tb = time_slots(row[start]), time_slots(row[end])
            if a[0].days[0][0] == b[0].days[0][0] and len(ta) == len(tb) == 1:  # « 15/05/2028 13 h 30 » | « 15/05/2028
                day = row[start][a[0].start:a[0].end]  # 17 h 30 »: one day, from one hour to the other
                row[start], row[end] = f"{day} de {_hm(ta[0].debut)} à {_hm(tb[0].debut)}", ""
            else:
                row[start], row[end] = f"du {row[start].strip()} au {row[end].strip()}", ""
        out.append(row)
    return out


def _stacked_header(upper: list[str], lower: list[str], flags: list[bool]) -> list[str]:
    """Two header rows as one. Readers give a cell spanning columns once, so an upper row shorter than
    the lower one has spanning cells: after the columns merged down from it (flags), its cells share the
    lower row's evenly ("Heure de Guadeloupe" over "début" | "fin")."""
    fixed = 0
    while fixed < min(len(upper), len(lower)) and fixed < len(flags) and flags[fixed] and not lower[fixed].strip():
        fixed += 1
    rest_up, rest_low = upper[fixed:], lower[fixed:]
    if len(rest_low) > len(rest_up) > 0 and len(rest_low) % len(rest_up) == 0:
        k = len(rest_low) // len(rest_up)
        upper = upper[:fixed] + [u for u in rest_up for _ in range(k)]
    width = max(len(upper), len(lower))
    return [f"{h} {c}".strip() for h, c in zip(upper + [""] * (width - len(upper)),
                                                lower + [""] * (width - len(lower)), strict=True)]


def _rejoin_split_rows(rows: list[list[str]], merged: list[list[bool]]) -> tuple[list[list[str]], list[list[bool]]]:
    """Rows a PDF cut where cells of one row were centred vertically: a row continuing cells of the row
    above (the reader saw no rule between them) whose text fills only columns empty above — or only
    carries on one cell's words ("E1 – Culture générale et" / "expression") — is that row."""
    out_rows: list[list[str]] = []
    out_merged: list[list[bool]] = []
    for row, flags in zip(rows, merged, strict=True):
        if out_rows and any(flags) and len(row) == len(out_rows[-1]):
            above = out_rows[-1]
            filled = [j for j, c in enumerate(row) if c.strip()]
            if all(not above[j].strip() for j in filled):
                out_rows[-1] = [a if a.strip() else b for a, b in zip(above, row, strict=True)]
                continue
            if len(filled) == 1 and not has_date(row[filled[0]]) and not time_slots(row[filled[0]]) \
                    and not CODE_START.match(row[filled[0]]):
                j = filled[0]
                out_rows[-1] = above[:j] + [f"{above[j]} {row[j]}".strip()] + above[j + 1:]
                continue
        if out_rows and len(row) == len(out_rows[-1]) and _carries_on(out_rows[-1], row):
            out_rows[-1] = [f"{a} {b}".strip() for a, b in zip(out_rows[-1], row, strict=True)]
            continue
        out_rows.append(list(row))
        out_merged.append(flags)
    return out_rows, out_merged


_OPEN_CELL = re.compile(rf"(?i)(?:\b(?:au|du|et|le|les|de|des|à|{'|'.join(WEEKDAY_NAMES)})"
                        rf"|\b(?:au|du|le|{'|'.join(WEEKDAY_NAMES)})\s+\d{{1,2}}(?:er)?|[a-zà-ÿ]\s*[–—,])\s*$")
_YEAR_ONLY = re.compile(r"^\s*(?:19|20)\d\d\s*$")


def _carries_on(above: list[str], row: list[str]) -> bool:
    """A row of a scanned or wrapped table that only finishes the cells above it: each of its words goes
    under a cell left open ("du mardi 2 au jeudi" / "4 juin 2026", "soutenir le" / "fonctionnement de la
    PME") or is the year of the date above ("mercredi 13 mai" / "2026")."""
    filled = [j for j, c in enumerate(row) if c.strip()]
    if not filled or CODE_START.match(row[filled[0]]) or _NAMED_PLACE.search(" ".join(row)) or all(
            row[j].strip().isdecimal() and not _YEAR_ONLY.match(row[j]) for j in filled):
        return False
    for j in filled:
        a = above[j].strip()
        if not a or not (_OPEN_CELL.search(a) or _YEAR_ONLY.match(row[j]) and has_date(a)):
            return False
        if time_slots(row[j]) and not has_date(f"{a} {row[j]}"):
            return False
    return True


_VOID_HEADER = re.compile(r"\b(annulee?s?|ancienne?s?|remplacee?s?|initiale?s? \(|supprimee?s?)\b")


def _epreuves_header(rows: list[list[str]]) -> bool:
    """« Centre d'examen | E4 Conception | E1 Culture générale | … » over rows of days: the épreuves are the
    columns (a calendar by centre), the first row names them and holds no day."""
    first = rows[0]
    undated = [r for r in rows[1:] if not any(has_date(c) for c in r)]  # one row may be a second header line
    return sum(bool(CODE_START.match(c)) for c in first) >= 2 and not any(has_date(c) or time_slots(c) for c in first) \
        and len(rows) > 2 - len(undated) and (not undated or undated == rows[1:2] and not any(codes_in(c) for c in undated[0]))


def _table_units(block: Block, page: int, headings: list[Heading], intro: str, lead: str = "",
                 academie: str | None = None) -> list[Unit]:
    if block.rows and any(re.match(r"\W*version\b", fold(c)) for c in block.rows[0]) and any(
            re.search(r"\bmodifications?\b|\bobjet\b", fold(c)) for c in block.rows[0]):
        return []  # « Version | Date | Modifications »: the document's history, not its calendar
    kept = [k for k, r in enumerate(block.rows) if any(c.strip() for c in r)]
    rows, merged = _rejoin_split_rows([[_without_leaders(spelled_numbers(c)) for c in block.rows[k]] for k in kept],
                                      [block.continued[k] if k < len(block.continued) else [] for k in kept])
    if not rows:
        return []
    rows, merged = _without_row_numbers(rows, merged)
    has_places = any(PLACE_KEYWORDS.search(c) for r in rows for c in r)
    header: list[str] = []
    while len(rows) > 2 and (_title_row(rows[0], rows[1]) or _dated_title(rows)):  # a spreadsheet's column letters, a title across the table
        lead = " ".join(c for c in rows[0] if c.strip()) if not _LETTERS_ROW.match(" ".join(rows[0])) else lead
        rows, merged = rows[1:], merged[1:]
    if len(rows) > 1 and (not any(has_date(c) or _POSTCODE.search(c) or time_slots(c) or CODE_START.match(c)
                                  or _NAMED_PLACE.search(c) for c in rows[0]) or _days_header(rows[0])
                          or _epreuves_header(rows)):
        header, rows, merged = rows[0], rows[1:], merged[1:]  # a lone row, addresses, centres: no header
    while header and rows and (not any(has_date(c) or time_slots(c) or CODE_START.match(c)
                                       or _NAMED_PLACE.search(c) or _POSTCODE.search(c) for c in rows[0])
                               and not _is_section_row(rows[0]) and (
                0 < sum(bool(c.strip()) for c in rows[0]) < len(header) / 2 and all(len(c) <= 30 for c in rows[0])
                or any(merged[0]) and all(f for c, f in zip(rows[0], merged[0], strict=False) if not c.strip())
                or _header_band(rows)) or len(rows) > 1 and not _days_header(header) and _days_header(rows[0])
                               and not rows[0][0].strip()):
        # a header cell wrapped onto a row of its own in the PDF ("Martinique –" / "Guadeloupe"), a second
        # header row under cells merged down ("Date" | "Horaires" over "Paris" | "Mayotte"), the days or weeks
        # under a title spanning them ("Semaines 2028" over "S20 15/05 → 19/05" | "S21 …")
        header = _stacked_header(header, rows[0], merged[0])
        rows, merged = rows[1:], merged[1:]
    if header and _days_header(header):
        rows, merged = _own_hours_rows(rows, merged, academie)
    void = [i for i, h in enumerate(header) if _VOID_HEADER.search(fold(h))]  # « Date initiale (annulée) »
    rows = [[("" if i in void else c) for i, c in enumerate(r)] for r in rows] if void else rows
    rows, merged = _stacked_rows(rows, merged)
    rows = _date_ranges(header, _yearless_days(header, rows))
    # header words as written and with the spaces a narrow PDF column put in them ("Épreu ve", "Duré e")
    keys = [f"{h} {h.replace(' ', '')}" for h in header]
    # a first column headed by nothing whose cells name each row ("" | "Option SISR" | "Option SLAM" over
    # "Réunion d'entente" | …): the rows' labels
    blank_first = bool(header) and not header[0].strip() and all(r and r[0].strip() for r in rows) and sum(
        not has_date(r[0]) for r in rows) >= 0.75 * len(rows) and sum(bool(h.strip()) for h in header) >= 2
    label_idx = next((i for i, h in enumerate(keys) if re.search(_LABEL_HEADER, h)),
                     next((i for i, h in enumerate(keys) if _STEP_HEADER.search(h)),
                          0 if blank_first else next((i for i, h in enumerate(header) if not _NUMBER_HEADER.match(h)),
                                                     _code_column(rows))))
    if not header and rows and sum(label_idx < len(r) and has_date(r[label_idx]) for r in rows) >= 0.6 * len(rows):
        label_idx = next((c for c in range(max(len(r) for r in rows)) if sum(
            c < len(r) and bool(r[c].strip()) and not has_date(r[c]) for r in rows) >= 0.6 * len(rows)), label_idx)
        # (« ven 30/3 | dép. doss. U6.2 – avant 16h »: a checklist without header, its days first, its steps after)
    # a label column not headed as épreuves names steps ("Dépôt des dossiers", "Contrôle de conformité"); an
    # épreuve's label may hold any word in its notes ("(Réunion nationale …)") and says nothing of the date
    steps = not (header and label_idx < len(header) and re.search(_LABEL_HEADER,
                                                                  keys[label_idx]))
    date_cols = [i for i, h in enumerate(keys) if _DATE_HEADER.search(h) and i != label_idx]
    if not header:  # no header: the column most rows write a day in (a calendar set without borders)
        width = max((len(r) for r in rows), default=0)
        day_counts = [sum(c < len(r) and has_date(r[c]) for r in rows) for c in range(width)]
        filled = [sum(c < len(r) and bool(r[c].strip()) for r in rows) for c in range(width)]
        # (a day written once for the rows of its épreuves: the column's filled cells are days)
        date_cols = [c for c in range(width) if c != label_idx and day_counts[c] >= max(2, 0.6 * len(rows)) or (
            c != label_idx and day_counts[c] >= 1 and day_counts[c] == filled[c] and c == 0)][:1]
    date_idx = date_cols[0] if date_cols else None
    # « Épr. | Intitulé »: the title column beside the codes may name a step ("E4/E5 | Dépôt dossiers")
    title_idx = next((i for i, h in enumerate(keys) if i != label_idx and _TITLE_HEADER.search(h)), None)
    # « N° | Étape | Épreuve(s) | Début | Fin »: the step column says what each row is, its épreuves beside
    step_idx = next((i for i, h in enumerate(keys) if i != label_idx and re.search(r"(?i)[ée]tape|[ée]v[ée]nement", h)
                     and re.search(_LABEL_HEADER, keys[label_idx] if label_idx < len(keys) else "")), None)
    title_idx = step_idx if title_idx is None else title_idx
    title_cols = ([step_idx] if step_idx is not None and step_idx != title_idx else []) + [title_idx] + [
        i for i, h in enumerate(keys) if i not in (label_idx, title_idx, step_idx)
        and _TITLE_HEADER.search(h)] if title_idx is not None else []  # (the step column first: it says the step)
    code_idx = _code_column(rows)  # a « Code » column beside the titles: the row's épreuve is there
    unit_idx = next((c for c in range(max((len(r) for r in rows), default=0)) if c != label_idx and _bare_codes(
        [r[c] for r in rows if c < len(r) and r[c].strip()])), None)  # « Épreuve | Unité »: each row's own code
    terr = territory_columns(header)
    own = own_territory(academie)
    default, known = territories()
    home = next(t for t in known if t.name == default)  # its motifs name Paris and the métropole
    local = [i for i, h in enumerate(header) if re.search(r"\bheures? locales?\b", fold(h))]
    paris = [i for i, h in enumerate(header) if any(m.search(fold(h)) for m in home.motifs) and i not in local]
    if own != default and len(local) == 1 and paris and not terr:  # « Heure de Paris (pour information) »
        terr = {local[0]: [own], **{i: [default] for i in paris}}  # | « Heure locale »: the territory's own
    elif own == default and local and paris and not terr:  # « Heure de Paris (référence) » | « Heure locale
        terr = {**{i: [h] for i, h in enumerate(header) if i in local}, **{i: [default] for i in paris}}
        # Maroc » | …: a metropolitan académie's centres abroad; its events keep the hours of Paris
    elif paris and not terr and all(header[i].strip().startswith("(") for i in paris):
        others = [i for i, h in enumerate(header) if i not in paris and re.search(r"\bheures?\b|\bhoraires?\b", fold(h))]
        if len(others) == 1:  # « Heure de Beyrouth » | « (heure de Paris) »: Paris in brackets, for information;
            terr = {others[0]: [own], **{i: [f"{default} (pour information)"] for i in paris}}  # the text's own
    own_cols = [i for i, names in terr.items() if own in names]
    own_col = own_cols[0] if own_cols else None
    lengths = [i for i, h in enumerate(header) if _DURATION.search(h.replace(" ", ""))]
    # « Fin tiers-temps » : the end for candidates given more time, not the épreuve's hours
    extended = [i for i, h in enumerate(header) if re.search(r"\btiers temps\b|\bmajoration|\bamenagement", fold(h))]
    no_hours = set(lengths) | set(extended) | (set(terr) - set(own_cols))
    units = []
    section: list[Heading] = []
    prev: list[str] | None = None
    below = _addresses_below(rows)
    for r, (row, down) in enumerate(zip(rows, merged, strict=True)):
        if _is_section_row(row):
            text = next(c for c in row if c.strip())
            section = [Heading(103, text, "shout")]
            units.append(Unit(page, text, headings + section, header=header[0] if header else "",
                              row_label=text, row_text=text, is_cell=True, table_intro=intro,
                              table_has_places=has_places, table_lead=lead))
            prev = None
            continue
        row = list(row)
        # a row of the calendar that names a step in its title column and no code ("" | "Jury de
        # délibération" | "" | "jeu. 25/06 – 09h00"): the step is its label, not the épreuve of the row above
        step_title = "" if label_idx < len(row) and row[label_idx].strip() else next(
            (c for i, c in enumerate(row) if i not in (label_idx, date_idx) and c.strip()
             and type_of(c, weak=False)), "")
        inherited = False  # the label cell came from the row above (merged down)
        if prev is not None and not step_title:  # a cell merged down (the date or the épreuve written once)
            dated = any(has_date(c) for c in row)
            timed = any(time_slots(c) for i, c in enumerate(row) if i not in no_hours)
            day_off = bool(vocabulary().day_off_row.search(fold(" | ".join(row))))  # « Férié | | Ascension »
            for col in (label_idx, *date_cols):  # « Jour | Date »: both written once for two rows
                if col is None or col >= len(row) or col >= len(prev) or row[col].strip() or not prev[col].strip():
                    continue
                if day_off and col == label_idx:
                    continue  # a day off between two épreuves' rows: not the épreuve above
                if (col < len(down) and down[col]) or (col in date_cols and timed and not dated and has_date(
                        prev[col])) or (col == label_idx and (dated or timed) and codes_in(prev[col])):
                    row[col] = prev[col]  # the reader says the cell is merged, or the row needs it
                    inherited = inherited or col == label_idx
            for col, flag in enumerate(down):  # any other cell the reader says is merged down (« Transmission
                if flag and col < len(row) and col < len(prev) and not row[col].strip() and col not in (
                        label_idx, *date_cols):  # des dossiers » written once for E4 and E5): the text above
                    row[col] = prev[col]
        prev = row
        label = step_title or (row[label_idx] if label_idx < len(row) else "")
        if code_idx != label_idx and not step_title and code_idx < len(row) and not codes_in(label) \
                and CODE_START.match(row[code_idx]):
            label = f"{row[code_idx]} – {label}".strip(" –")  # "E4" | "Élaboration d'une prestation touristique"
        elif (inherited or r + 1 < len(merged) and label_idx < len(merged[r + 1]) and merged[r + 1][label_idx]) \
                and unit_idx is not None and unit_idx < len(row) and CODE_START.match(row[unit_idx]):
            label = f"{row[unit_idx]} – {label}"  # "E4 – …" merged over rows "U41" and "U42": the row's own unit
        row_text = " | ".join(row)
        # « Opération / épreuve » naming a step with no code ("Jury de délibération"): the row is that step
        named_step = not codes_in(label) and type_of(label, weak=False) not in (None, "epreuve")
        # what the title says first ("Dépôt dossiers (hors CCF)"), not a note it ends with ("voir note 1"); of
        # two title columns (« Opération » | … | « Libellé »), the one that says the step
        titled = next((row[i] for i in title_cols if i < len(row) and row[i] and (
            codes_in(label) or not re.search(r"\w{5}", label) or i == step_idx)  # "E4/E5", "CCF", "–"
            and not has_date(re.sub(r"\([^)]*\)", " ", row[i])) and type_of(" ".join(
                re.sub(r"\([^)]*\)", " ", row[i]).split()[:4]), weak=False) not in (None, "epreuve")), "")
        by_territory = {header[i]: row[i] for i in terr if i < len(row) and time_slots(row[i])}
        if own_col is not None:
            own_cell = row[own_col] if own_col < len(row) else ""
            if len(own_cols) == 2:  # the territory's « début » and « fin » in two columns
                own_cell = " - ".join(re.sub(r"\([^)]*\)", " ", row[i]).strip() for i in own_cols if i < len(row))
            row_hours = own_cell if time_slots(own_cell) else ""
        else:
            hours = [c for i, c in enumerate(row) if i not in no_hours and i != label_idx and time_slots(c)
                     and not has_date(c) and (not _DURATION.search(c) or any(  # "(deux parties de 3 heures)" in
                         t.fin is not None for t in time_slots(c)))]  # a label; "14 h – 18 h (durée 4 h)" is hours
            if not hours and not header and label_idx < len(row) and time_slots(row[label_idx]) \
                    and not _DURATION.search(row[label_idx]):
                first = time_slots(row[label_idx])[0]  # « J. délib. – 14h – Lyc. … »: the hour its label gives,
                hours = [f"{first.debut:%H:%M}" + (f"-{first.fin:%H:%M}" if first.fin else "")]  # as a cell of hours
            if len(hours) > 1:  # "4 h" (a duration whose header the PDF broke: "Duré e") beside "14h00 – 18h00"
                hours = [c for c in hours if any(s.fin is not None for s in _cell_slots(c))] or hours
            if len(hours) > 1 and len({(s.debut, s.fin) for c in hours for s in _cell_slots(c)}) == 1:
                hours = hours[:1]  # « 10:00 » | … | « à partir de 10 h » (a note saying it again): one hour
            row_hours = hours[0] if len(hours) == 1 else _start_end(header, row, no_hours) or _two_times(hours)
        row_hours = row_hours.lstrip(" .,:;")  # ".14h00 – 16h00": a speck before the hours (a scan)
        for i, cell in enumerate(row):
            if not cell.strip() or (i in no_hours and i in terr):
                continue
            units.append(Unit(page, cell, headings + section, header=header[i] if i < len(header) else "",
                              row_label=label, row_step=label if (steps or step_title or named_step) and i != label_idx else (
                                  titled if i != title_idx else ""),
                              row_text=row_text, row_hours=row_hours,
                              row_duration=row[lengths[0]] if lengths and lengths[0] < len(row) else "",
                              is_cell=True, table_intro=intro, table_has_places=has_places, table_lead=lead,
                              territory_hours=by_territory, address_below=below.get((r, i), ""),
                              row_headers=tuple(header[k] if k < len(header) else "" for k in range(len(row)))))
    return units


def _without_row_numbers(rows: list[list[str]], merged: list[list[bool]]
                         ) -> tuple[list[list[str]], list[list[bool]]]:
    """A printed spreadsheet's row numbers (1, 2, 3… down its first column) are no column of the table."""
    numbers = [r[0].strip() for r in rows if r and r[0].strip() and not _LETTERS_ROW.match(" ".join(r))]
    if len(numbers) < 3 or not all(n.isdecimal() for n in numbers) or any(
            int(b) != int(a) + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return rows, merged
    if sum(1 for r in rows if len(r) > 1 and any(c.strip() for c in r[1:])) < 3:
        return rows, merged
    kept = [(r if _LETTERS_ROW.match(" ".join(r)) else r[1:], m if _LETTERS_ROW.match(" ".join(r)) else m[1:])
            for r, m in zip(rows, merged, strict=True)]
    kept = [(r, m) for r, m in kept if any(c.strip() for c in r)]  # a numbered row left empty
    return [r for r, _ in kept], [m for _, m in kept]


def _header_band(rows: list[list[str]]) -> bool:
    """The first rows are all header: short labels only, up to the first row of data (a date, hours or a
    code) within five rows — a PDF table whose merged header cells came out as several rows of fragments
    ("Horaires (heure locale)" over "Métropole", "Antilles (Guadeloupe," / "Martinique)")."""
    for k, row in enumerate(rows[:6]):
        if any(has_date(c) or time_slots(c) or CODE_START.match(c) for c in row):
            return k > 0
        if _is_section_row(row) or any(len(c) > 40 or _NAMED_PLACE.search(c) or _POSTCODE.search(c) for c in row):
            return False
    return False


def _days_header(row: list[str]) -> bool:
    """A calendar whose columns are days ("" | "lun. 10/05/27" | "mar. 11/05/27") or weeks ("S20 15/05 → 19/05"),
    or épreuves on their day ("Territoire" | "E2 – Anglais mardi 11 mai 2027" | …): every filled cell but a
    corner label names one day (or week), and there are two at least."""
    filled = [c for c in row if c.strip()]
    days = [c for c in filled if len(c) <= 80 and len(found := find_dates(c, _ANY_YEAR)) == 1 and not time_slots(c)
            and (found[0].kind == "single" or _week(found[0]))]
    return len(days) >= 2 and len(filled) - len(days) <= 1


def _week(expr: DateExpr) -> bool:
    """« S22 29/05 → 02/06 »: a column of a planning by weeks (a span of a week at most)."""
    return expr.kind == "range" and (expr.days[-1][0] - expr.days[0][0]).days <= 6


_NOT_TERRITORY = re.compile(r"entente|harmonisation|correct|jury|epreuve|dossier")


def _territory_row(row: list[str]) -> list[str]:
    """Territories a calendar row is labelled with ("Heure de Tahiti", "Métropole", "Antilles-Guyane")."""
    label = fold(row[0]) if row else ""
    if not label or len(label.split()) > 6 or _NOT_TERRITORY.search(label) or not any(time_slots(c) for c in row[1:]):
        return []
    return [t.name for t in territories()[1] if any(m.search(label) for m in t.motifs)]


def _own_hours_rows(rows: list[list[str]], merged: list[list[bool]], academie: str | None
                    ) -> tuple[list[list[str]], list[list[bool]]]:
    """A calendar with days as columns and one row of hours per territory: the académie's row only (the
    default territory's for another académie or a national note), its hours written into the épreuves'
    row when the épreuves have a row of their own."""
    terr = {k: names for k, r in enumerate(rows) if (names := _territory_row(r))}
    if len(terr) < 2:
        return rows, merged
    default, _ = territories()
    own = own_territory(academie)
    keep = next((k for k, n in terr.items() if own in n), next((k for k, n in terr.items() if default in n), None))
    if keep is None:
        return rows, merged
    hours = rows[keep]
    out_rows, out_merged = [], []
    coded = [k for k, r in enumerate(rows) if k not in terr and any(codes_in(c) and not time_slots(c) for c in r[1:])]
    for k, (r, f) in enumerate(zip(rows, merged, strict=True)):
        if k in terr and (k != keep or coded):
            continue  # another territory's hours, or ours now written beside the épreuves
        if k in coded:
            r = [c if j == 0 or not codes_in(c) or j >= len(hours) else f"{c} {hours[j]}".strip()
                 for j, c in enumerate(r)]
        out_rows.append(r)
        out_merged.append(f)
    return out_rows, out_merged


_ANY_YEAR = 2000  # a probe: whether a cell is a day, whatever its year


def _cell_before(unit: Unit) -> str:
    """The filled cell left of a table cell in its row (its label: « Version du » | « 19/01/2026 »)."""
    if not unit.is_cell:
        return ""
    cells = unit.row_text.split(" | ")
    k = cells.index(unit.text) if unit.text in cells else 0
    return next((c for c in reversed(cells[:k]) if c.strip()), "")


def _day_column_cell(unit: Unit, session: int | None) -> list[RawEvent]:
    """A cell under a day heading ("mar. 11/05/27" over "E1 Culture générale 14h-18h"): the cell's épreuve
    on the column's day, at the cell's hours — each of its épreuves at its own hours when the cell lists
    several ("E3 de 8 h à 12 h  E1 de 14 h à 18 h")."""
    if not unit.is_cell or has_date(unit.text):
        return []
    days = [e for e in find_dates(unit.header, session) if _plausible(e, session) and e.kind == "single"]
    source = unit.header
    if not days and (day_cell := _row_day(unit)):  # the row's day ("Mardi 9 mai 2028" | "E1 … 14h00 – 18h00")
        days = [e for e in find_dates(day_cell, session) if _plausible(e, session) and e.kind in ("single", "range")]
        source = day_cell
    strong = type_of(unit.text, weak=False)
    etype = strong or "epreuve"
    # a step of the whole session (« jury de délibération – 9h ») written in an épreuve's column: no épreuve
    codes = codes_in(unit.text) or ([] if etype in vocabulary().whole_session else codes_in(unit.header))
    # "16 h – 20 h (14 h – 18 h heure de Paris)": the hours in brackets are another clock's
    slots: list[tuple[time | None, time | None]] = [
        (s.debut, s.fin) for s in time_slots(re.sub(r"\([^)]*\)", " ", unit.text)) if s.fin is not None]
    # a grid of épreuves as columns read through its legend: « dép. doss. (heure limite) 12h » (a deadline, one
    # hour), « oral ponct. » over a span of days; the cell's words say what the step is
    said = bool(codes_in(unit.header)) and not codes_in(unit.text) and (strong is not None or bool(days) and days[
        0].kind == "range" and type_of(unit.text, weak=True) is not None)
    if not slots and said:
        hours = time_slots(unit.text)
        slots = [(hours[0].debut if hours else None, None)]
    if len(days) != 1 or not (codes or strong in vocabulary().whole_session) or not slots or len(source) > 80:
        return []
    if len(slots) > 1 and len(slots) != len(codes):
        return []
    first, last = days[0].days[0][0], days[0].days[-1][0]
    extrait = " ".join(f"{source} — {unit.text}".split())[:300]
    pairs = list(zip(([[c] for c in codes] if len(slots) > 1 else [codes]), slots, strict=True))
    return [RawEvent(etype, _iso(first, start), _iso(last, end) if end or last != first else None,
                     [], each, [], unit.page, extrait) for each, (start, end) in pairs]


@lru_cache(maxsize=4096)  # asked of every cell of a row, for each of its cells
def _day_label(label: str) -> bool:
    """A row labelled with its day only ("Mardi 9 mai 2028"), its cells the épreuves of that day."""
    return bool(label) and len(label) <= 40 and not codes_in(label) and not time_slots(label) and len(
        found := find_dates(label, _ANY_YEAR)) == 1 and found[0].kind in ("single", "range") and not re.search(
        r"[^\W\d_]{3}", label[:found[0].start] + label[found[0].end:])


def _row_day(unit: Unit) -> str:
    """The one cell of the unit's row that is only a day, when the row has one and it is not the unit."""
    days = [c for c in unit.row_text.split(" | ") if _day_label(c)] if unit.is_cell else []
    return days[0] if len(days) == 1 and days[0] != unit.text else ""


_NO_HEADERS = ("",) * 64  # a row from a unit built without its headers: every cell headerless


def _day_of_its_cells(unit: Unit, session: int | None) -> bool:
    """The day cell of such a row: its épreuves are dated by their own cells (_day_column_cell)."""
    return unit.is_cell and _day_label(unit.text) and sum(_day_label(c) for c in unit.row_text.split(" | ")) == 1 \
        and any(_day_column_cell(replace(unit, text=c, header=h if not has_date(h) else ""), session)
                for c, h in zip(unit.row_text.split(" | "), unit.row_headers or _NO_HEADERS, strict=False)
                if c.strip() and c != unit.text)


# "Lycée Leconte de Lisle": a place keyword and a name — a row holding one is data, not a header
_NAMED_PLACE = re.compile(r"(?i:\b(?:lyc[ée]e|coll[èe]ge|lp|lpo|lgt|cfa|greta)\b)\s+(?:[A-ZÀ-Ý]|des\s+m[ée]tiers)")


_SHORT_CODE = re.compile(r"(?:E\.?F|UF|E|U)\.?\d[\d.]{0,3}[A-D]?")


# « J'ai intercalé, sur les lignes marquées [CFA], nos propres échéances : ce sont des dates internes » — the
# mark the text itself declares for lines that are not the session's
_MARK_DECLARED = re.compile(r"(?i)\b(?:lignes?|passages?|mentions?)\s+(?:marqu[ée]e?s?|signal[ée]e?s?|pr[ée]c[ée]d[ée]e?s?)"
                            r"\s+(?:par\s+|de\s+|d['’]\s*)?(?:la\s+mention\s+)?[«\"]?\s*(\[[^\]\n]{1,12}\])"
                            r"(?=[^.]{0,160}\b(?:internes?|propres|ne\s+(?:sont|figurent)\s+pas))")


def _declared_marks(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.group(1) for m in _MARK_DECLARED.finditer(text)))


def _without_marked_lines(blocks: list[Block], marks: tuple[str, ...]) -> list[Block]:
    """The page without the lines a mark the text declares internal opens (« [CFA] BTS blanc … »)."""
    if not marks:
        return blocks
    out = []
    for block in blocks:
        if block.kind != "table" and block.text.lstrip().startswith(marks):
            lines = [ln for ln in block.text.split("\n") if not ln.lstrip().startswith(marks)]
            if not lines:
                continue
            block = replace(block, text="\n".join(lines))
        out.append(block)
    return out


_RULE_CELL = re.compile(r"[-=_–—\s]*")


def _wrapped_cells(blocks: list[Block]) -> list[Block]:
    """A plain-text table printed too wide (enscript, a2ps, a mail): each row's last cell wrapped to the next
    line (« Lundi 14 mai 2029  U1  Culture générale » / « 14h00 - 18h00 »). Two such pairs or more in a row,
    rows of as many cells and a short undated line under each: one table, the wrapped text its last cell;
    rows of dashes (the table's rules) left out."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        run: list[tuple[list[str], str]] = []
        j = k
        while (j + 1 < len(blocks) and blocks[j].kind == "table" and len(blocks[j].rows) == 1
               and blocks[j + 1].kind == "text" and 0 < len(blocks[j + 1].text) <= 40
               and "\n" not in blocks[j + 1].text and not has_date(blocks[j + 1].text)
               and (not run or len(blocks[j].rows[0]) == len(run[0][0]))):
            run.append((blocks[j].rows[0], blocks[j + 1].text))
            j += 2
        dated = [r for r in run if not all(_RULE_CELL.fullmatch(c) for c in r[0])]
        if len(dated) >= 3 and sum(bool(time_slots(w)) for _, w in dated) >= 2:
            rows = [[*cells, wrap] for cells, wrap in run if not all(_RULE_CELL.fullmatch(c) for c in cells)]
            out.append(Block("table", rows=rows))
            k = j
            continue
        out.append(blocks[k])
        k += 1
    return out


def _stacked_rows(rows: list[list[str]], merged: list[list[bool]]) -> tuple[list[list[str]], list[list[bool]]]:
    """Rows holding two épreuves on one line (a day written once, between its two rows, in a borderless
    table: « Mardi 11 mai | E2 E31 | Anglais Mathématiques | 9 h 00 14 h 00 | 11 h 00 16 h 00 »): cut into one
    row per code when a cell holds only those codes and every cell of hours as many single hours, in order."""
    out_rows: list[list[str]] = []
    out_merged: list[list[bool]] = []
    for row, down in zip(rows, merged, strict=True):
        coded = [i for i, c in enumerate(row) if len(codes_in(c)) >= 2 and all(
            _SHORT_CODE.fullmatch(t) for t in re.split(r"[\s,;/&]+|\bet\b", c) if t)]
        k = len(codes_in(row[coded[0]])) if len(coded) == 1 else 0
        timed = [i for i, c in enumerate(row) if time_slots(c)]
        if k < 2 or not timed or any(len(time_slots(row[i])) != k or any(t.fin is not None for t in time_slots(row[i]))
                                     or has_date(row[i]) for i in timed):
            out_rows.append(row)
            out_merged.append(down)
            continue
        codes = codes_in(row[coded[0]])
        for n in range(k):
            part = list(row)
            part[coded[0]] = codes[n]
            for i in timed:
                part[i] = _hm(time_slots(row[i])[n].debut)
            out_rows.append(part)
            out_merged.append(down)
    return out_rows, out_merged


def _bare_codes(cells: list[str]) -> bool:
    """A column of bare codes ("U41", "U42"): most of its cells are one short code."""
    return len(cells) >= 2 and sum(bool(CODE_START.match(c)) and len(c.strip()) <= 6 for c in cells) * 2 > len(cells)


def _code_column(rows: list[list[str]]) -> int:
    """With no header, the label column is the one whose cells open with épreuve codes (else the first)."""
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        cells = [r[c] for r in rows if c < len(r) and r[c].strip()]
        if cells and sum(bool(CODE_START.match(x)) for x in cells) * 2 >= len(cells) and len(cells) * 2 >= len(rows):
            return c
    return 0


_TITLE_HEADER = re.compile(r"(?i)intitul|libell|d[ée]signation|nature|op[ée]ration|\bobjet\b")
_LABEL_HEADER = r"(?i)[ée]preuve|\b[ée]pr\b|unit[ée]|mati[èe]re"  # « Épr. »: a spreadsheet's narrow column
_STEP_HEADER = re.compile(r"(?i)op[ée]ration|[ée]tape|action|libell[ée]|intitul[ée]|objet|[ée]v[ée]nement")
_NUMBER_HEADER = re.compile(r"(?i)^\s*(?:n\s*°|no\.?|num[ée]ro|#|rang)?\s*$")  # "N°": the rows' numbers
_LETTERS_ROW = re.compile(r"^\s*(?:[A-Z]\s+){2,}[A-Z]?\s*$")  # "A B C D E F G H": a printed sheet's columns


def _title_row(row: list[str], below: list[str]) -> bool:
    """A row above a table's header: the column letters of a printed spreadsheet, or one cell of title
    ("BTS CRSA – Session 2027", a cell merged across the table) with nothing dated in it."""
    filled = [c for c in row if c.strip()]
    if _LETTERS_ROW.match(" ".join(row)):
        return True
    return len(filled) == 1 and (len(row) > 2 or len(row) == 1 and len(below) > 2) and not has_date(
        filled[0]) and not codes_in(filled[0])


def _dated_title(rows: list[list[str]]) -> bool:
    """A line of title across the top of a printed spreadsheet that happens to hold a date ("Lille, le 18
    janvier 2027 – document de travail"): one long cell, no hours, and the table's header row within the
    next three rows (short labels, none dated) — not a day heading over its épreuves."""
    filled = [c for c in rows[0] if c.strip()]
    if len(filled) != 1 or len(rows[0]) < 3 or len(filled[0]) < 30 or time_slots(filled[0]) or codes_in(filled[0]):
        return False
    for row in rows[1:4]:
        cells = [c for c in row if c.strip()]
        if len(cells) >= 3:
            return not any(has_date(c) or time_slots(c) for c in cells)
    return False


def _addresses_below(rows: list[list[str]]) -> dict[tuple[int, int], str]:
    """Centres laid side by side, one per column, each line of the address a row of its own ("LPO Louis
    Armand" / "173, boulevard de Strasbourg" / "94736 NOGENT-SUR-MARNE" / "CEDEX"): the place cell and the
    address cells under it, up to the postal code, as one text."""
    out: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if not PLACE_KEYWORDS.search(cell) or _POSTCODE.search(cell):
                continue
            parts = [cell]
            for nxt in rows[r + 1:r + 5]:
                piece = nxt[c] if c < len(nxt) else ""
                if not piece.strip() or PLACE_KEYWORDS.search(piece) or has_date(piece) or len(piece) > 80:
                    break
                parts.append(piece)
                if _POSTCODE.search(piece):
                    out[(r, c)] = ", ".join(parts)
                    break
    return out


_STAMP_ROW = re.compile(r"\W*(?:version|mise? a jour|edition|editee?|imprimee?|date d impression|date de (?:la )?version)"
                        r"\b(?:\s+(?:du|de la|de l|le))?(?:\s+(?:calendrier|document|tableau|classeur|fichier))?\W*(?:\||$)")
# a table under a title « Jours fériés et ponts … », « Rappel des jours fériés » (not a note ending « … sont fériés »)
_HOLIDAY_LIST = re.compile(r"^\W*(?:(?:liste|rappel|calendrier)\s+des\s+)?(?:jours?\s+)?feries?\b")
_FIN_DE = re.compile(r"(?i)\bde\s+fin\b|\bfin\s+de\b")  # « Heure de fin », « Fin de période »: an end, its « de » no start
_START_HEADER = re.compile(r"(?i)d[ée]but|\bd[ée]b\b|\bde\b|commencement")  # « H. déb. » in a narrow column
_END_HEADER = re.compile(r"(?i)\bfin\b|\bà\b|jusqu")


def _two_times(cells: list[str]) -> str:
    """"14:00" | "18:00" side by side, their headers lost (a scan): one time each, the second later — the
    start and the end; "" otherwise."""
    if len(cells) != 2:
        return ""
    a, b = time_slots(cells[0]), time_slots(cells[1])
    if len(a) != 1 or len(b) != 1 or a[0].fin is not None or b[0].fin is not None or b[0].debut <= a[0].debut:
        return ""
    return f"{cells[0].strip()} - {cells[1].strip()}"


def _start_end(header: list[str], row: list[str], no_hours: set[int]) -> str:
    """The hours of a row written in two columns, « Début » and « Fin » (« Heure de début », « de » / « à »):
    one time each, the end after the start → "8h00 - 12h00"; "" otherwise (a convocation hour beside the
    start is not an end)."""
    start = next((i for i, h in enumerate(header) if i not in no_hours and _START_HEADER.search(h)
                  and not _END_HEADER.search(h) and not _DATE_HEADER.search(h)), None)
    end = next((i for i, h in enumerate(header) if i not in no_hours and _END_HEADER.search(h)
                and not _START_HEADER.search(_FIN_DE.sub("fin", h)) and not _DATE_HEADER.search(h)), None)
    if start is None or end is None or start >= end or end >= len(row):
        return ""
    a, b = time_slots(row[start]), time_slots(row[end])
    if len(a) != 1 or len(b) != 1 or a[0].fin is not None or b[0].fin is not None or b[0].debut <= a[0].debut:
        return ""
    return f"{row[start].strip()} - {row[end].strip()}"


_RECTORS = re.compile(r"initiative (des|du|de la|de chaque) (recteurs?|rectrices?|academies?)|laissee?s? aux? (recteurs|academies)")
_CCF = re.compile(r"\bccf\b|controle en cours de formation")


def undated_reason(units: list[Unit], code: str) -> Literal["initiative_recteurs", "ccf"] | None:
    """Why the circular gives an épreuve no date: "initiative_recteurs" (« autres épreuves orales :
    laissées à l'initiative des recteurs »), "ccf" (evaluated in contrôle en cours de formation), else None."""
    for u in units:
        own = u.row_text if u.is_cell else u.text
        if code not in codes_in(own):
            continue
        fo = fold(own)
        if _RECTORS.search(fo):
            return "initiative_recteurs"
        if _CCF.search(fo):
            return "ccf"
    return None


_SITS = r"composent|passent|sont\s+(?:convoqu|rattach|accueilli|interrog)\w*|rejoignent|se\s+pr[ée]sentent"
_ORIGIN = re.compile(r"(?i)\b(?:candidats|[ée]l[èe]ves|[ée]tudiants|apprentis|stagiaires)\s+(?:inscrits\s+|scolaris[ée]s\s+)?"
                     rf"(?:du|de\s+la|de\s+l['’]|des|au|à\s+la)\s[^.;]{{0,200}}?\b(?P<verb>{_SITS})\b")
# « Les candidats sont formés … par les sections de technicien supérieur du lycée X de Poitiers, du lycée Y »,
# « le lycée Z prépare au BTS »: the schools that train them, up to where they sit (« … composent au lycée W »)
_TRAINED = re.compile(r"(?i)\b(?:sont|ont\s+[ée]t[ée]|seront)\s+(?:form[ée]s|pr[ée]par[ée]s)\b"
                      r"|\bsections?\s+de\s+techniciens?\s+sup[ée]rieurs?\b|\b(?:pr[ée]parent|pr[ée]pare|forment|forme)"
                      r"\s+(?:au|à\s+l['’]|les|des|ses)\s")
_SITTING = re.compile(rf"(?i)\b(?:{_SITS})\b")
_NOT_CENTRES = re.compile(r"(?i)\b(?:ne\s+(?:sont|seront)\s+pas\s+(?:des\s+)?|non[\s-])centres?\b[^:.]{0,80}:")
_NO_EXAM_HERE = re.compile(r"(?i)\b(?:n['’]\s*|ne\s+)(?:accueille(?:nt|ra|ront)?|organise(?:nt|ra|ront)?|re[çc]oi(?:t|vent|vra|vront))"
                           r"\s+(?:aucune?|pas\s+d['’]?|plus\s+d['’]?)\s*(?:[ée]preuves?|examens?|candidats?|oraux|[ée]crits?)"
                           r"|\bn['’]\s*est\s+(?:pas|plus)\s+reconduit"  # « ce centre n'est pas reconduit en 2027 »
                           r"|\b(?:ne|n['’])\s*(?:sont|est|seront|sera)\s+pas\s+(?:des\s+)?centres?\b(?![^.]*\b(?:compos|convoqu|passent"
                           r"|lieu\b))")  # "…, établissements de formation, ne sont pas centres d'épreuves."
_NOT_A_CENTRE_BUT = re.compile(r"(?i)^.*?\bn['’]\s*est\s+pas\s+(?:un\s+)?centre\b[^:]*:\s*(?P<rest>.+)$")
_PAGE_FOOTER = re.compile(r"(?i)[–—|-]\s*page\s+\d+(?:\s*/\s*\d+)?\s*$")
_ONLY_SPAN = re.compile(r"\b(?:a partir|a compter|jusqu)\b")  # words of a bare period cell
_ALTERNANCE_PLACE = re.compile(r"(?:^|\| )(?:cfa|entreprise)(?: / \w+)? ?(?:\||$)")  # a row « période | CFA | … »
_PAST_SESSION = re.compile(r"(?i)\ben\s+(?:19|20)\d\d\b[^.;]{0,80}?\b(?:s['’]\s*)?(?:[ée]tai(?:en)?t|avai(?:en)?t)\b")
_TOWN_HEADER = re.compile(r"(?:commune|ville|localite)s?\b")
_TRAINING = re.compile(r"\b(?:etablissements?|etab|centres?|lieux?|sites?|organismes?|sections?) de formation\b|\bcfa\b")
_TRAINING_LABEL = re.compile(r"^\W*(?:(?:etablissements?|etab|centres?|lieux?|sites?|organismes?|sections?) de formation\b"
                             # an examiner's own school on a convocation: where one teaches, not an exam centre
                             r"|etablissements? (?:d affectation|d exercice|de rattachement|d origine)\b)[^:]{0,40}:")
# (not « le centre de leur établissement de formation », the candidates' own school)
_TRAINING_HEAD = (r"(?i)(?<!\bleur )(?<!\bleurs )(?<!\bson )(?<!\bsa )(?<!\bses )(?<!\bvotre )(?<!\bvos )"
                  r"\b(?:[ée]tablissements?|[ÉéEe]tab\.?|lieux?|centres?|sites?|organismes?|sections?)\s+de\s+formation\b")
_TRAINING_INSIDE = re.compile(_TRAINING_HEAD + r"[^:.]{0,120}:")
_TRAINING_BRACKET = re.compile(_TRAINING_HEAD + r"\s*(?P<list>\([^()]{3,300}\))")
_TRAINING_OPEN = re.compile(_TRAINING_HEAD + r"[^:.]*$")  # the list's colon still to come
_ADDRESS_LINE = re.compile(r"(?i)\b(?:rue|avenue|boulevard|bd|place|chemin|all[ée]e|route|quai|cours|BP|CS)\b"
                           r"|(?<!\d)\d{5}(?!\d)")
_STREET_LINE = re.compile(r"(?i)^\s*\d{1,4}(?:\s?(?:bis|ter))?\s*,?\s*(?:rue|avenue|boulevard|bd|place|chemin|all[ée]e|route"
                          r"|quai|cours|impasse|square)\b")
_POSTCODE = re.compile(r"(?<!\d)(?<!BP )(?<!CS )(?<!TSA )\d{5}(?!\d)")  # not "BP 90021"


@lru_cache(maxsize=4096)  # asked of the same headers and headings for every unit
def _training_title(title: str) -> bool:
    """A heading or list intro naming training establishments, not exam centres ("Établissements de
    formation (ils ne sont pas centres d'épreuves)"): what it denies does not count."""
    ft = fold(title)
    said = re.sub(r"\bn(?:e)?\s+(?:sont|est|seront|sera)\s+pas\b.*|\bnon\s+centres?\b.*", "", ft)  # "non centres d'examen"
    found = _TRAINING.search(ft)
    if found and found.start() > 40:
        return False  # a sentence that mentions them on its way ("3. Prévoir deux surveillants par salle ; les
        # établissements de formation y contribuent"), taken for a heading, names no list of them
    # "CENTRES D'ÉCRIT (répartition selon l'établissement de formation)": centres named first
    centres_first = re.search(r"\bcentres?\b(?!\s+de\s+formation)", said)
    return bool(found) and not re.search(r"examen|epreuve", said) and not (
        centres_first is not None and found is not None and centres_first.start() < found.start())


def _training_intro(line: str) -> bool:
    """A line introducing a list of training establishments: it opens with them or says they are not
    centres (a list of centres whose line mentions « apprentis d'un CFA » in passing is still centres)."""
    ft = fold(line)
    found = _TRAINING.search(ft)
    return _training_title(line) and found is not None and (
        found.start() < 40 or bool(re.search(r"\bne (?:sont|seront) pas (?:des )?centres\b|\bnon centres?\b", ft)))


# a school's or a CFA's letterhead, its address with it: the sender of a relayed circular, not by itself a centre
# (where it is one, the text says so elsewhere: « les épreuves écrites se déroulent au lycée … »)
_SENDER_SCHOOL = re.compile(r"^\W*(?:LYC[ÉE]E|Lyc[ée]e|CFA|Centre de formation|CENTRE DE FORMATION)\b"
                            r"(?=.*(?:\b\d{5}\b|\bT[ée]l\b))")
_HISTORY = re.compile(r"\bancien|\bperime|\bcomparaison\b|\bprecedente?s?\b|\bmemoire\b|\brappel\b|\bpour information\b|\bbilan\b")


def _other_session_row(unit: Unit, session: int | None) -> bool:
    """A row of an earlier session's calendar given for the record (« Ancien calendrier (pour information) »,
    « Rappel : session 2027 »), dated before the session only: its places were that session's."""
    if session is None or not unit.is_cell:
        return False
    years = {e.days[0][0].year for e in find_dates(unit.row_text, None) if e.explicit_year}
    said = fold(" ".join([unit.table_lead, unit.table_intro, *(h.text for h in unit.headings[-2:])]))
    return bool(years) and max(years) < session and bool(_HISTORY.search(said))


def place_texts(units: list[Unit], session: int | None = None) -> list[str]:
    """Texts where the exam centres are named: every unit and the heading above it, a table row as one text
    (the lycée in one cell, its address and town in the next), a place name followed by its address lines
    ("Lycée D. Villars" / "4 place de Verdun" / "05000 Gap"). Lists of training establishments ("Établissements
    de formation : …", a « CFA » list) name schools that are not exam centres: left out, as are the rows of an
    earlier session's calendar."""
    out: list[str] = []
    seen_rows: set[str] = set()
    units = [u for k, u in enumerate(units) if not _other_session_row(u, session)
             and not (k < 3 and u.page == 1 and not u.is_cell and _SENDER_SCHOOL.match(u.text))]
    training_rows = {u.row_text for u in units if u.is_cell and _training_title(u.header)}
    row_cells: dict[str, list[Unit]] = {}
    for u in units:
        if u.is_cell and u.row_text in training_rows:
            row_cells.setdefault(u.row_text, []).append(u)
    row_towns = {u.row_text: u.text for u in units if u.is_cell and u.row_text not in training_rows
                 and _TOWN_HEADER.match(fold(u.header))
                 and 0 < len(u.text) <= 40 and not PLACE_KEYWORDS.search(u.text) and not has_date(u.text)}
    intro = ""  # the line a bulleted list hangs from
    intro_under = ""  # the heading that line sits under
    pages_of: dict[str, set[int]] = {}
    for u in units:
        if not u.is_cell:
            pages_of.setdefault(furniture_key(u.text), set()).add(u.page)
    furniture = {k for k, pages in pages_of.items() if len(pages) >= 2}  # running headers and footers
    pending_training = False  # the unit before opened a list of training establishments, its colon to come
    list_goes_on = False  # the unit before listed training establishments and its sentence was not over
    for i, u in enumerate(units):
        # an item: a bulleted line, or a short line of its own under a line ending with ":" (Word's numbered
        # lists reach us without their bullets)
        item = not u.is_cell and (bool(_BULLET.match(u.line or u.text)) or (intro.rstrip().endswith(":") or (
            _training_title(intro) and len(intro) <= 150 and not intro.rstrip().endswith(".") and intro_under == (
                u.headings[-1].text if u.headings else "") and not has_date(u.text) and not _VERB.search(fold(u.text))))
            and len(u.text) <= 100 and (u.line or u.text) == u.text)  # a title line over its list, no colon
        opened = pending_training and not u.is_cell and (colon := u.text.find(":")) != -1 and colon <= 80
        pending_training = not u.is_cell and bool(_TRAINING_OPEN.search(u.text))
        if list_goes_on and not u.is_cell and not has_date(u.text) and len(u.text) <= 200:
            list_goes_on = not u.text.rstrip().endswith((".", ";"))
            continue  # "… (pour information, non centres) : Lycée" / "Notre-Dame (Versailles), CFA Médéric (Paris)"
        list_goes_on = not u.is_cell and bool(_NOT_CENTRES.search(u.text) or _TRAINING_INSIDE.search(u.text)) \
            and not u.text.rstrip().endswith((".", ";"))
        if opened:  # "Établissements de formation (pour information, ne sont pas centres" / "d'épreuves) : lycée
            out.append(u.text[:colon])  # de Providence, CFA …": the list the line before opened
            continue
        if not u.is_cell and not item:
            intro, intro_under = u.text, (u.headings[-1].text if u.headings else "")
        if _TRAINING_LABEL.match(fold(u.text)) or (u.is_cell and _TRAINING_LABEL.match(fold(u.row_text))) or \
                _training_title(u.headings[-1].text if u.headings else "") or (
                item and intro_under == (u.headings[-1].text if u.headings else "") and _training_intro(intro)) or (
                    u.is_cell and (_training_title(u.header) or (
                    u.table_lead and _training_title(u.table_lead)))):  # a table under « Établissements de formation »
            continue  # a training establishment: its heading, its list's intro or its column says so
        # "Établissements de formation : CFA X (Lunéville) ; Lycée Y (Nancy)." : every sentence of the list,
        # and a list run into the sentence before it ("… CEDEX. Lieux de formation : …")
        denied = _NOT_CENTRES.search(u.text)  # "(ces établissements ne sont pas centres d'examen) : lycée X, …"
        if denied and not u.is_cell:
            out.append(u.text[:denied.start()])
            continue
        if not u.is_cell and (denial := _NOT_A_CENTRE_BUT.match(u.text)):
            out.append(denial.group("rest"))  # « Le lycée X n'est pas centre d'examen : les étudiants composent
            continue  # au lycée Y »: Y is
        if not u.is_cell and _PAGE_FOOTER.search(u.text):
            continue  # « Lycée X – Lorient – Lettre aux familles – page 1 »: the sender's running footer
        if not u.is_cell and (_NO_EXAM_HERE.search(u.text) or _PAST_SESSION.search(u.text)):
            continue  # "Le lycée X (Vitré) et le CFA Y préparent des candidats mais n'accueillent aucune épreuve";
            # "Pour mémoire, en 2027 les oraux avaient eu lieu au lycée Y": a centre of another session
        if not u.is_cell and (named := _TRAINING_BRACKET.search(u.text)):
            out.append(u.text[:named.start("list")] + u.text[named.end("list"):])  # "Les établissements de
            continue  # formation (lycée X de Besançon, CFA Y) transmettent …": the bracket names them
        inside = _TRAINING_INSIDE.search(u.line or u.text)
        if not u.is_cell and (trained := _TRAINED.search(u.text)):
            sits = _SITTING.search(u.text, trained.end())
            out.append(u.text[:trained.start()] + (u.text[sits.start():] if sits else ""))
        elif inside and not u.is_cell:
            at = (u.line or u.text).find(u.text)
            if at >= inside.start():
                continue
            out.append(u.text[:inside.start() - at] if at >= 0 and inside.start() - at < len(u.text) else u.text)
        elif u.is_cell and u.row_text in row_towns and PLACE_KEYWORDS.search(u.text) \
                and row_towns[u.row_text] != u.text:
            out.append(f"{u.text} à {row_towns[u.row_text]}")  # a « Commune » column: the town of the row's place
        elif not u.is_cell and (origin := _ORIGIN.search(u.text)):
            # "Les candidats du lycée La Mennais et du lycée Raapoto composent au lycée Paul-Gauguin": the
            # schools they come from are not centres, where they sit is
            out.append(u.text[:origin.start()] + u.text[origin.start("verb"):])
        else:
            out.append(u.text)
        bare_at = len(out) - 1  # the line as read, replaced by the line with its address when one follows
        out.extend(h.text for h in u.headings[-1:])
        if u.address_below:
            out.append(u.address_below)
        if u.is_cell and u.row_text not in seen_rows and u.row_text not in row_towns and PLACE_KEYWORDS.search(u.row_text):
            seen_rows.add(u.row_text)
            # a row naming the centre and the schools attached to it: the centre's cells only
            out.append(", ".join(v.text for v in row_cells[u.row_text] if not _training_title(v.header))
                       if u.row_text in training_rows else ", ".join(c for c in u.row_text.split(" | ") if c.strip()))
        if not u.is_cell and u.headings and _POSTCODE.search(u.text) and len(u.text) <= 80 and not PLACE_KEYWORDS.search(
                u.text) and PLACE_KEYWORDS.search(u.headings[-1].text) and not _POSTCODE.search(u.headings[-1].text):
            # "1. Lycée Jules Siegfried" (a numbered line taken for a heading) / "12 rue d'Abbeville" / "75010 Paris"
            lines: list[str] = []
            for v in reversed(units[max(0, i - 4):i]):  # only address lines between the name and this one
                if v.is_cell or not v.headings or v.headings[-1] is not u.headings[-1]:
                    break
                if not _ADDRESS_LINE.search(v.text) or len(v.text) > 80:
                    lines = ["?"]
                    break
                lines.insert(0, v.text)
            if lines != ["?"] and len(lines) < 4:
                out.append(", ".join([u.headings[-1].text, *lines, u.text]))
        if not u.is_cell and PLACE_KEYWORDS.search(u.text) and not _POSTCODE.search(u.text):
            base = out[bare_at]  # the line as kept (its training schools cut off)
            joined = base
            for v in units[i + 1:i + 9]:  # the address written on the next lines ("À l'attention du DDFPT" among)
                if v.page in (u.page, u.page + 1) and furniture_key(v.text) in furniture:
                    continue  # a page break between the name and its address: the footer and header between
                street = _STREET_LINE.match(v.text)  # "10 rue du Lycée – BP 1110": an address, whatever its words
                if v.is_cell or v.page not in (u.page, u.page + 1) or len(v.text) > 80 or PLACE_KEYWORDS.search(
                        v.text) and not street \
                        or not _ADDRESS_LINE.search(v.text) and (len(v.text) > 60 or has_date(v.text)):
                    break
                joined += ", " + v.text
                # (or the town alone on the next line: « Lycée Marcel-Gambier » / « Lisieux », a slide's box)
                if _POSTCODE.search(v.text) or len(v.text) <= 40 and is_known_town(v.text):
                    # "Lycée Victor Schoelcher" alone would take its last word for
                    if out[bare_at] == base:  # its town
                        out[bare_at] = joined
                    else:
                        out.append(joined)
                    break
    return out


# ------------------------------------------------------------------------------------------- events

@dataclass
class RawEvent:
    type: str
    debut: str
    fin: str | None
    horaires: list[tuple[str, str]] = field(default_factory=list)
    epreuves: list[str] = field(default_factory=list)
    centres: list[str] = field(default_factory=list)
    page: int | None = None
    extrait: str = ""
    sources: list[tuple[int | None, str]] = field(default_factory=list)  # every extract merged into it
    territoires: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # hours per territory
    line: str = ""  # the line or cell the sentence is read from


def _classify(lead: str, tail: str, unit: Unit, sentence: str) -> str | None:
    """The event type from the nearest words that say it (see the module docstring)."""
    flead = fold(lead)
    # a date cell's row says what the date is ("Dépôt des dossiers E4 et E6" | "au plus tard le …"): its label
    # cell comes right after the cell's own words
    label = unit.row_step
    strong = type_of(lead, weak=False) or type_of(label, weak=False)
    deadline = _DEADLINE_BEFORE.search(flead) or _DEADLINE_AFTER.search(fold(tail)) or (
        not flead.strip() and _DEADLINE_HEADER.search(fold(unit.header)))  # « À transmettre au plus tard »
    if not strong and _PRONOUN_SUBJECT.match(fold(sentence)):  # "… n'aura pas lieu le 7 avril. Il est fixé
        before = _before_in_paragraph(unit) or unit.text[:max(0, unit.text.find(sentence))]  # au 9 avril": the
        # step is the one the sentence before names
        spans = split_sentences(before)
        found = type_of(before[spans[-1][0]:spans[-1][1]], weak=False) if spans else None
        if found:
            return found
    if deadline and label and type_of(label, weak=False) == "transmission" and not _DOSSIER.search(fold(label)):
        return "transmission"  # « Saisie des notes de CCF » | « au plus tard le … »: the row's step says it
    if deadline and strong not in ("jury", "resultats", "controle_conformite", "depot_dossier", "numerisation"):
        own = _LIST_OF.sub(" ", fold(sentence))  # "la liste des dossiers déposés" is a list, not the dossiers
        dossier, other = _DOSSIER.search(own), _OTHER_PAPERS.search(own)
        if unit.is_cell and type_of(unit.header, weak=False) == "depot_dossier" and not (other and not dossier):
            return "depot_dossier"  # « Date limite de dépôt » (not "les notes sont à transmettre" in that column)
        if not dossier and not other and unit.line and not unit.is_cell:  # "Date limite : … Aucun dossier ne
            own = _LIST_OF.sub(" ", fold(unit.line))  # sera accepté au-delà.": the paragraph says what is sent
            dossier, other = _DOSSIER.search(own), _OTHER_PAPERS.search(own)
        if dossier or other:  # what the sentence sends first: "Les notes de CCF … accompagnées des fiches navettes"
            return "depot_dossier" if dossier and (not other or dossier.start() < other.start()) else "transmission"
        heading = unit.headings[-1].text if unit.headings else ""  # "III. DOSSIERS PROFESSIONNELS"
        row = unit.row_label if unit.is_cell else ""  # "Fiches descriptives (E4)" | "vendredi 9 avril, 12 h"
        return "depot_dossier" if _DOSSIER.search(fold(f"{label} {row} {unit.header} {heading}")) else "transmission"
    if unit.is_cell and not type_of(unit.row_step, weak=False) and codes_in(unit.row_label) and not strong \
            and not deadline and not (
            type_of(tail, weak=False) or type_of(unit.header, weak=False) or type_of(unit.text, weak=False)
            or unit.headings and type_of(unit.headings[-1].text, weak=False) not in (
                None, *vocabulary().whole_session) and not _names_epreuves_too(unit.headings[-1].text)):
        # "RÉUNION D'ENTENTE" section, not "ORAUX – CENTRES – RÉSULTATS" nor "Planning des oraux et des réunions"
        # a calendar of épreuves: the row names its épreuve; what the page says around the table
        # ("… les résultats seront publiés …" introducing it) is not what this date is; a note the label
        # cell carries after the title ("… Observations : … numérisation des copies …") says nothing either
        return type_of(" ".join(re.sub(r"\([^)]*\)", " ", unit.row_label).split()[:8]), weak=False) or (
            "depot_dossier" if unit.row_step and _DOSSIER.match(re.sub(r"^\W+", "", fold(unit.row_label))) else "epreuve")
    # the bare word « épreuve » ("pour l'épreuve E4 – partie A, le 20 mai") says less than a heading
    # "Réunions nationales d'entente" above the list; the other weak words ("se déroulera") say more
    bare_lead, bare_tail = _BARE_EPREUVE.sub(" ", lead), _BARE_EPREUVE.sub(" ", tail)
    # a step column's header says more than the cell's own words (« Dépôt du dossier E4 » | « 07/04, envoi au
    # rectorat »); « Épreuve » or a deadline word in it says less
    column = type_of(unit.header, weak=False) if unit.is_cell else None
    for found in (strong, type_of(bare_lead, weak=True), type_of(unit.lead_in, weak=False),
                  column if column not in (None, "epreuve", "transmission") else None,
                  type_of(tail, weak=False), type_of(bare_tail, weak=True), type_of(unit.lead_in, weak=True),
                  type_of(unit.header, weak=False), type_of(unit.header, weak=True)):
        if found:
            return found
    found = type_of(unit.headings[-1].text, weak=False) if unit.headings else None
    if found and found not in vocabulary().whole_session:
        return found
    for found in (type_of(lead, weak=True), type_of(tail, weak=True)):
        if found:
            return found
    for h in reversed(unit.headings):
        found = type_of(h.text, weak=False) or type_of(h.text, weak=True)
        if found:
            return found
    return None


_PRONOUN_SUBJECT = re.compile(r"^\W*(?:il|elle|ils|elles|celui ci|celle ci)\s+(?:est|sont|sera|seront|aura|auront"
                              r"|a|ont|se tiendra|se tiendront|se deroulera|se derouleront)\b")


def _names_epreuves_too(text: str) -> bool:
    """"Planning des épreuves orales et des réunions": a heading over rows of both kinds (each row says its
    own), unlike "Réunion d'entente des épreuves orales", which is one step."""
    parts = [fold(p) for p in re.split(r"(?i)\bet\b|[,;/&+]", text)]  # cut before folding drops the commas
    return len(parts) > 1 and any(type_of(p, weak=False) for p in parts) and any(
        not type_of(p, weak=False) and type_of(p, weak=True) == "epreuve" for p in parts)


_BARE_EPREUVE = re.compile(r"(?i)\b(?:sous-)?[ée]preuves?\b")


def heading_context(headings: list[Heading]) -> list[Heading]:
    """The headings whose épreuve (and nature) still apply: from the deepest up to the first heading
    that names a step of the whole session ("Jury et résultats"), which ends the épreuve context."""
    out: list[Heading] = []
    for h in reversed(headings):
        if not codes_in(h.text) and (type_of(h.text, weak=False) in vocabulary().whole_session
                                     or vocabulary().whole_session_titles.search(fold(h.text))):
            break
        out.append(h)
    return out


_ANAPHORA = re.compile(r"\b(?:cette|ces) (?:sous )?epreuves?\b|\bcelle ci\b|\bcelles ci\b")


def _sentence_before_names(unit: Unit, code: str) -> bool:
    """Whether the sentence right before this unit, in its paragraph, names the code."""
    before = _before_in_paragraph(unit)
    spans = split_sentences(before)
    return bool(spans) and code in codes_in(before[spans[-1][0]:spans[-1][1]])


_OPENS_ON_CODES = re.compile(r"(?i)^\W*(?:(?:sous-)?[ée]preuves?\s+)?(?:EF|UF|E|U)\s?\d[\w.]*(?:\s*(?:et|,|/)\s*(?:EF|UF|E|U)\s?\d[\w.]*)*"
                             r"\s*[–—\-:(]")  # a paragraph that opens on its épreuves' codes is about them
_RUN_IN_CODE = re.compile(r"^\W*(?:\d{1,2}[.)]\s+|[a-z]\)\s+)?[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+){0,3}\s+(?:EF|UF|E|U)\s?\d{1,2}[A-D]?\s*[.:–—]\s")
# a paragraph run in after its title: « Projet E6. Les rapports … Les soutenances ont lieu du … »


def _earlier_codes(unit: Unit) -> list[str]:
    """Codes of the paragraph's sentences before this one, the nearest first that names some ("L'épreuve
    E4 aura lieu le 17 mai. Les correcteurs de cette épreuve …"; "Les épreuves E4 et E5-B reposent sur un
    dossier. Les dossiers sont déposés au plus tard le …")."""
    before = _before_in_paragraph(unit)
    for a, b in reversed(split_sentences(before)):
        if codes_in(before[a:b]):
            return codes_in(before[a:b])
    return []


_TITLED = re.compile(r"^\W*(?P<code>(?:EF|UF|E|U)\s?\d{1,2}(?:[.\s]?\d)?[A-D]?)\s*[–—\-:]\s*(?P<title>[^\d]{8,120})$")


def code_titles(units: list[Unit]) -> dict[str, str]:
    """Folded title → code, from the lines and table rows that pair them ("E51 | Conception et production de
    services – étude de cas", "E4 – Management de l'entreprise hôtelière"): a calendar that names its
    épreuves by title only gets their codes. A title two codes share is left out."""
    seen: dict[str, set[str]] = {}
    for u in units:
        for text in ([u.row_label] if u.is_cell else []) + [u.text]:
            m = _TITLED.match(text.strip())
            codes = codes_in(m.group("code")) if m else []
            if not m or len(codes) != 1 or has_date(text) or time_slots(text):
                continue
            title = fold(m.group("title"))
            for t in {title, fold(re.sub(r"\([^)]*\)", " ", m.group("title")))}:
                if len(t.split()) >= 2:
                    seen.setdefault(" ".join(t.split()), set()).add(codes[0])
    return {t: next(iter(c)) for t, c in seen.items() if len(c) == 1}


def _titled(text: str, titles: dict[str, str]) -> list[str]:
    """The code whose title the text names — the longest title found wins ("… – étude de cas" over the
    épreuve's shorter name)."""
    ft = f" {' '.join(fold(text).split())} "
    found = [t for t in titles if f" {t} " in ft]
    return [titles[max(found, key=len)]] if found else []


def _codes(lead: str, tail: str, unit: Unit, etype: str | None, sentence: str = "",
           titles: dict[str, str] | None = None) -> list[str]:
    """Codes of an event: the words around its date, else its table row, its sentence ("les corrections
    des sous-épreuves E41 et E42 …, après une réunion d'entente le 19 mai"), the line introducing its list,
    the section headings in force. A step of the whole session (jury, résultats) keeps only its own words'."""
    bracket = re.match(r"\s*\(([^()]{1,80})\)", tail)  # "du mardi 6 au vendredi 9 juin (E5) et du lundi 12 …
    local = (codes_in(bracket.group(1)) if bracket else []) or codes_in(lead) or codes_in(tail)  # (E6)": its own
    if unit.is_cell:  # the row's épreuve, else the column's ("Dossiers E5 à remettre au plus tard le"),
        # else the title line above the table ("Épreuve E1 – Culture générale" over « Date | Début | Fin »)
        label = unit.row_label[:60] if CODE_START.match(unit.row_label) else unit.row_label  # not its notes' codes
        own = list(dict.fromkeys((codes_in(label) or codes_in(unit.header)) + local))
        if own or etype in vocabulary().whole_session:
            return own
        if titles and (named := _titled(unit.row_label, titles)):
            return named  # "Mardi 11 mai 2027 | 14 h – 18 h | Culture générale et expression"
        return codes_in(unit.table_lead) or next(
            (codes_in(h.text) for h in heading_context(unit.headings) if codes_in(h.text)), [])
    if local or etype in vocabulary().whole_session:
        return local
    if codes_in(sentence):
        return codes_in(sentence)
    if titles and (named := _titled(sentence or f"{lead} {tail}", titles)):
        return named
    earlier = _earlier_codes(unit)
    if earlier and (etype in ("depot_dossier", "reunion", "correction") or _ANAPHORA.search(fold(sentence or lead
                                                                                              + tail))
                    or _PRONOUN_SUBJECT.match(fold(sentence))):  # "… E4 et E5 n'aura pas lieu … Il est fixé au …"
        return earlier  # "Les correcteurs de cette épreuve …", "Le dossier de production … doit parvenir …",
        # "La sous-épreuve E52 se déroule au lycée X. Les examinateurs sont convoqués à une réunion le …"
    if etype == "epreuve" and len(earlier) == 1 and _sentence_before_names(unit, earlier[0]):
        return earlier  # "L'épreuve E2 est passée en CCF. Les candidats ponctuels sont interrogés du 19 au 23 mai."
    if etype in ("epreuve", None) and earlier and (_OPENS_ON_CODES.match(before := _before_in_paragraph(unit))
                                                    or _RUN_IN_CODE.match(before)):
        return earlier  # "Épreuves E21 et E22 – Langues : … Les candidats ponctuels seront interrogés du …"
    if unit.lead_in and codes_in(unit.lead_in):
        return codes_in(unit.lead_in)
    for h in heading_context(unit.headings):
        if codes_in(h.text):
            return codes_in(h.text)
    return []


_STEP_WORDS = re.compile(r"\b(epreuves?|oral|orales|oraux|ecrits?|ecrites?|interrogations?|dossiers?|jury|reunions?|"
                         r"corrections?|copies|notes|resultats|fixe|fixent|prevoit|precise|indique|rappelle|aura|"
                         r"auront|sera|seront|lieu|deroul\w*|organise\w*)\b")
_EXAMPLE = re.compile(r"(?:^|\W)(?:par exemple|exemple de saisie|exemple|ex)\s*:?\s*(?:le|du)?\s*$|^\W*exemples?\b")
_STEP_VERB = re.compile(r"\b(fixe|fixent|prevoit|precise|indique|rappelle|aura|auront|sera|seront|lieu|deroul\w*"
                        r"|organise\w*|est|sont|a|ont)\b")
_STREET_BEFORE = re.compile(r"\b(rue|avenue|av|place|boulevard|bd|allee|cours|quai|square|impasse|chemin|route)"
                            r" (du|des)\s*$")


_ISSUED_BEFORE = re.compile(r"\b(emise?|signee?|datee?|parue?|imprimee?|mise? a jour)\s+(le|du)\s*$"
                            r"|\bperiode (imprimee|affichee|exportee)\s*$"  # "note de service émise le 4 nov."
                            r"|^\W*(circulaire|note|page|lettre|diaporama|calendrier|courriel|message|document|fichier|fiche|article"
                            r"|erratum|rectificatif|additif|avenant)\b[^.;:]{0,40}"
                            r"\b(publiee?|diffusee?|presentee?|ajoutee?|envoyee?|generee?|mise? en ligne)\s+le\s*$")  # "Circulaire d'organisation publiée le 3 février"


def _is_holiday(text: str, exprs: list[DateExpr], k: int, t_end: int, s1: int) -> bool:
    """"le lundi 9 juin est férié", "le jeudi 6 mai (Ascension) et le lundi 17 mai (Pentecôte) sont fériés":
    what follows the date, the other dates of the sentence left out, says it is a day off."""
    rest = text[t_end:s1]
    for e in exprs[k + 1:]:
        if t_end <= e.start < s1:
            a, b = e.start - t_end, min(e.end, s1) - t_end
            rest = rest[:a] + " " * (b - a) + rest[b:]
    return bool(vocabulary().day_off_after.match(fold(rest)))


def is_reference(lead: str) -> bool:
    """A date right after "arrêté … du", "circulaire n° … du", "BOEN n° 4 du" names a text, not a step;
    "rue du 8 mai" names a street."""
    lead = re.sub(r"(?i)\b(circ|nat|acad|r[ée]f|min|arr|d[ée]cr|art)\.", r"\1 ", lead)  # « circ. nat. du »
    clause = re.split(r"[.;:,\n]", re.sub(r"\s*:\s*$", " ", lead))[-1]  # « Imprimé le : »
    fc = fold(clause)
    if _STREET_BEFORE.search(fc) or _ISSUED_BEFORE.search(fc):
        return True
    if not re.search(r"\b(du|en date du)\s*$", fc):
        return False
    window = " " + " ".join([w for w in fc.split() if re.search(r"\w", w)][-20:]) + " "  # no bullet glyph
    found = list(vocabulary().references.finditer(window))
    if not found:
        # "le décret n° 95-665, modifié, du 9 mai 1995": the clause before the commas opens on the text's name
        wide = fold(re.split(r"[.;:\n]", lead)[-1])
        opening = vocabulary().references.search(" " + " ".join(wide.split()[:4]) + " ")
        head = " " + " ".join(wide.split()) + " "
        return opening is not None and len(wide.split()) <= 20 and not _STEP_WORDS.search(head[opening.end():])
    between = window[found[-1].end():]
    # "la circulaire fixe les épreuves du 3 au 5 juin": the words after the text's name say a step; a clause
    # that opens on the text's name and has no verb is its title ("Note nationale d'organisation des
    # épreuves écrites des BTS du 4 décembre 2026")
    if found[-1].start() <= 1 and len(fc.split()) <= 20 and not _STEP_VERB.search(between):
        return True
    return not _STEP_WORDS.search(between)


_SAME_DAY = re.compile(r"(?i)\b(?:le|ce)\s+m[êe]me\s+jour\b")


def _same_day(text: str, exprs: list[DateExpr], earlier: list[DateExpr] | None = None) -> list[DateExpr]:
    """"… au plus tard le 16 mai ; la commission se tiendra le même jour à 14 h": the day of the date
    written before it in the same text, as a date expression of its own. `earlier`: the dates of the
    sentences before this one in its paragraph ("Le jury se tiendra le 28 juin. Résultats le même jour")."""
    out = []
    for m in _SAME_DAY.finditer(text):
        before = [e for e in exprs if e.end <= m.start()] or list(earlier or [])
        if before:
            day = before[-1].days[-1][0]
            out.append(DateExpr(m.start(), m.end(), "single", [(day, None)], explicit_year=True))
    return out


def _before_in_paragraph(unit: Unit) -> str:
    """The paragraph's text written before the unit's sentence ("" for a cell or a whole line)."""
    if unit.is_cell or not unit.line or unit.line == unit.text:
        return ""
    return unit.line[:max(0, unit.line.find(unit.text))]


def _dates_before(unit: Unit, session: int | None) -> list[DateExpr]:
    """Dates of the paragraph written before the unit's sentence."""
    return [e for e in find_dates(_before_in_paragraph(unit), session) if _plausible(e, session)]


def _plausible(expr: DateExpr, session: int | None) -> bool:
    """Steps of a session fall in its year (or the autumn before); older years are references."""
    if session is None or not expr.explicit_year:
        return True
    d = expr.days[0][0]
    return d.year == session or (d.year == session - 1 and d.month >= 9)


def _iso(d: date, t: time | None = None) -> str:
    return d.isoformat() + (f"T{t.strftime('%H:%M')}" if t is not None else "")


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


def _cell_slots(cell: str) -> list[Slot]:
    """The hours of an hours cell: "8h00 – 12h00", or one range per épreuve on its own line
    ("10h00 – 12h00 14h00 – 18h00"); a note after them ("(pas de sortie avant 10h)") adds nothing, nor
    another clock's hours in brackets ("09:00 – 13:00 (14:00 – 18:00 Paris*)")."""
    outside = re.sub(r"\([^)]*\)", " ", cell)
    text = " " + hours_cell(outside if time_slots(outside) else cell)
    slots, end = times_after(text, 0)
    while slots and slots[-1].fin is not None:
        more, nxt = times_after(text, end)
        if not more or any(m.fin is None for m in more):
            break
        slots, end = slots + more, nxt
    return slots


def _paired(codes: list[str], slots: list[Slot], order: list[str], expr: DateExpr
            ) -> list[tuple[list[str], list[Slot]]]:
    """"U2 – Anglais  U1 – Culture générale | 10h00 – 12h00  14h00 – 18h00", "mardi 16 mai, en anglais (E2)
    de 10 h à 12 h, puis en mathématiques (E31) de 14 h à 16 h": two épreuves of one day and their hours in
    the same order (`order`: the codes as written) — one event each. Otherwise one event."""
    if (len(order) >= 2 and len(slots) == len(order) and set(order) == set(codes) and expr.kind == "single"
            and all(s.fin is not None for s in slots)):
        return [([c], [s]) for c, s in zip(order, slots, strict=True)]
    return [(codes, slots)]


def _make(expr: DateExpr, slots: list[Slot]) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    """(debut, fin, horaires) of each span of a date expression, with the hours written after it."""
    out = []
    pairs = [(_hm(s.debut), _hm(s.fin)) for s in slots if s.fin is not None]
    for span in expr.spans:
        if span.fin is None:
            if slots:
                debut = _iso(span.debut, slots[0].debut)
                last = slots[-1]
                fin = _iso(span.debut, last.fin) if last.fin is not None else None
                out.append((debut, fin, pairs if len(slots) > 1 else []))
            else:
                out.append((_iso(span.debut, span.hour), None, []))
        elif len(slots) == 1 and slots[0].fin is not None and span.hour is None:
            # "Mardi 12 et mercredi 13 mai | 8h30 – 11h30": the same hours each day, from the first morning
            out.append((_iso(span.debut, slots[0].debut), _iso(span.fin, slots[0].fin), pairs))
        else:
            start_hour = span.hour or (slots[0].debut if len(slots) == 1 and slots[0].fin is None else None)
            out.append((_iso(span.debut, start_hour), _iso(span.fin), pairs))
    return out


# "à 10 h, heure de Paris, soit 11 h à Mayotte": the same moment in the académie's own time
_THEN_LOCAL = re.compile(r"(?i)^\W*\(?\s*heure\s+(?:de\s+)?(?:paris|m[ée]tropole|m[ée]tropolitaine)\s*\)?[\s,;(]*"
                         r"(?:soit|c'est-à-dire|c’est-à-dire)\s+(?P<h>[^,;()]{1,25}?)\s*(?:\(\s*)?"
                         r"(?:heure\s+(?:de\s+|d['’]\s*)?|à\s+|en\s+|pour\s+)(?P<where>[^,.;)]{1,40})")


_SOIT = re.compile(r"(?i)\(\s*soit\b[^()]*\)")


def _local_slots(tail: str, own: str) -> list[Slot]:
    """The hours a sentence gives for the académie's territory after Paris time ("soit 11 h à Mayotte",
    "soit 11 h heure locale"); [] when it gives none or the académie keeps Paris time."""
    m = _THEN_LOCAL.match(tail)
    if m is None or own == territories()[0]:
        return []
    mine = next((t for t in territories()[1] if t.name == own), None)
    # "soit 20 h à Wallis, 5 h à Saint-Pierre": each territory its hour, the académie's is taken
    pairs, pos = [(m.group("h"), m.group("where"))], m.end()
    while (n := _MORE_LOCAL.match(tail, pos)) is not None and len(pairs) < 12:
        pairs.append((n.group("h"), n.group("where")))
        pos = n.end()
    for h, where in pairs:
        where = fold(where)
        if where.startswith("locale") or (mine is not None and any(p.search(where) for p in mine.motifs)):
            return time_slots(h)
    return []


_MORE_LOCAL = re.compile(r"\s*(?:,|\bet\b)\s*(?P<h>[^,;()]{1,25}?)\s*(?:heure\s+(?:de\s+|d['’]\s*)?|à\s+|en\s+|pour\s+)"
                         r"(?P<where>[^,.;)]{1,40})")


# A printed e-mail: its header lines ("De : DEC 3 <ce.dec3@ac-x.fr>", "Date : mar. 07/04/2026 10:31")
# "De : …", "De | DEC 4 …" (a cell), "De DEC 4 Bureau des BTS <dec4@ac-x.fr>" (a print without colons)
_MAIL_HEADER = re.compile(r"(?i)^\W*(?:(?:de|from|exp[ée]diteur|envoy[ée]|objet|to|cc|copie|pour|sent)\s*[:|]"
                          r"|(?:de|from|exp[ée]diteur)\s[^:<>]{1,60}<[^<>\s]+@[^<>\s]+>)")
_QUOTED = re.compile(r"^[^.;]{0,80}\ba ecrit\s*:")
_MAIL_DATE = re.compile(r"^\W*(?:date|envoye(?: le)?|recu le|sent)\s*:?\s*(?:le\s*)?$")


def extract_events(units: list[Unit], session: int | None, places: Places, signed: date | None,
                   warnings: list[str], academie: str | None = None) -> list[RawEvent]:
    """Every dated step of the document's units (before merging duplicates)."""
    titles = code_titles(units)
    own = own_territory(academie)
    day_line: tuple[date, int] | None = None
    mail_pages = {u.page for u in units if "@" in f"{u.text} {u.row_text} {u.header}"} & {
        u.page for u in units if _MAIL_HEADER.match(u.row_text if u.is_cell else u.text)}
    events: list[RawEvent] = []
    last_made: tuple[int, list[RawEvent]] = (-9, [])  # the unit that made the latest events, and them
    struck: list[tuple[RawEvent, date]] = []  # "…, et non le jeudi 11 mai": the step, and the day it is not on
    for index, unit in enumerate(units):
        text = unit.text
        exprs = [e for e in find_dates(text, session) if _plausible(e, session)]
        same = _same_day(text, exprs, _dates_before(unit, session) if _SAME_DAY.search(text) else None)
        exprs = sorted(exprs + same, key=lambda e: e.start)
        if not unit.is_cell and exprs and _DAY_LINE.fullmatch(_BULLET.sub("", text).strip()) and len(exprs) == 1 \
                and exprs[0].kind == "single":
            day_line = (exprs[0].days[0][0], index)  # "Mardi 11 mai 2027" over its épreuves' items
        elif not unit.is_cell and len(exprs) == 1 and exprs[0].kind == "single" and not _BULLET.sub(
                "", text)[:exprs[0].start].strip() and CODE_START.match(text[exprs[0].end:].lstrip(" :–-")):
            day_line = (exprs[0].days[0][0], index)  # "mardi 12 mai 2026  E4 – … 8 h 30 à 12 h 30" then
            # "E1 – Culture générale  14 h à 18 h": a calendar set with tab stops, the day written once
        if _day_of_its_cells(unit, session):
            continue
        if not exprs:
            day_row = _day_heading_row(unit, session)
            day_made = [day_row] if day_row is not None else _day_column_cell(unit, session)
            if not day_made and (item := _item_of_day(
                    unit, day_line if day_line is not None and index - day_line[1] <= 6 else None)) is not None:
                day_made = [item]
            if day_made:
                events.extend(day_made)
                continue
            if last_made[1] and not unit.is_cell and (index - last_made[0] <= 3 and _hours_line(last_made[1], text) or (
                    index - last_made[0] == 1 and _BARE_HOURS.match(text) and _hours_line(last_made[1], text, bare=True))):
                continue  # "Date : mardi 11 mai" / "Horaire : 14 h – 18 h"; "Mardi 11 mai 2027" / "de 14 h à 18 h"
            _attach_slots(events, unit, text)
            continue
        spans = split_sentences(text, labels=True) if unit.is_cell else [(0, len(text))]
        made_here: list[RawEvent] = []
        consumed: list[tuple[int, int]] = []
        group: list[RawEvent] = []  # windows listed in one sentence ("du 2 au 4 juin, du 10 au 12 juin et …")
        group_ctx: tuple[str, str] | None = None  # their shared (lead, sentence)
        off_in: tuple[int, int] | None = None  # the sentence whose last date was a day off
        for k, expr in enumerate(exprs):
            s0, s1 = next(((a, b) for a, b in spans if a <= expr.start < b), (0, len(text)))
            prev_end = max([s0] + [e.end for e in exprs[:k] if e.end <= expr.start])
            lead = text[prev_end:expr.start]
            slots, t_end = times_after(text, expr.end)
            territoires: dict[str, list[tuple[str, str]]] = {}
            if not slots and unit.row_hours and len(exprs) == 1:
                slots = _cell_slots(unit.row_hours)
                territoires = {" ".join(name.split()): [(_hm(t.debut), _hm(t.fin)) for t in _cell_slots(cell)
                                                        if t.fin is not None]
                               for name, cell in unit.territory_hours.items()}
            if not slots and unit.is_cell and len(exprs) == 1 and expr.kind == "single" and unit.row_label != text:
                # "Lundi 11 mai 2026 | E1 – Culture générale : 8h-12h  E2 – Langue vivante : 14h-16h": the row's
                # épreuves each with its hours in the label cell
                listed = [sl for sl in time_slots(unit.row_label) if sl.fin is not None]
                if listed and len(listed) == len(codes_in(unit.row_label)) and not unit.row_hours:
                    slots = listed
            nxt = next((e.start for e in exprs[k + 1:] if e.start >= t_end), len(text))
            tail = text[t_end:min(nxt, s1)]
            if slots and (local := _local_slots(tail, own)):
                slots = local
            order = codes_in(unit.row_label) if unit.is_cell else []
            if not slots and (not unit.is_cell or len(exprs) == 1 and not unit.row_hours):
                # "le lundi 15 mai par l'épreuve E1 (…), de 14 h à 18 h"; a cell « lundi 15 mai 2028 E1 – … 14 h – 18 h »
                slots = [s for s in time_slots(_SOIT.sub(" ", tail)) if s.fin is not None]  # not « (soit de 14 h
                order = codes_in(tail)  # à 18 h à Paris) », the same hours on another clock
            if not slots and expr.kind == "single" and sum(s0 <= e.start < s1 for e in exprs) == 1:
                slots = _lone_hour(tail)  # "ven. 07/04 Les dossiers sont à transmettre … au plus tard à 12 h"
                if not slots and unit.is_cell and len(exprs) == 1 and not unit.row_hours:  # … in the row's next cell
                    slots = _lone_hour(" ; ".join(c for c in unit.row_text.split(" | ") if c.strip() != text.strip()
                                                  and not has_date(c)))
            consumed.append((expr.start, t_end))
            if unit.is_cell and not codes_in(unit.row_text) and (
                    vocabulary().day_off_row.search(fold(unit.row_text)) or _STAMP_ROW.match(fold(unit.row_text))
                    or any(_HOLIDAY_LIST.match(fold(t)) for t in [unit.table_intro, *(h.text for h in unit.headings[-1:])])):
                continue  # "Jeudi 14 mai 2026 | Ascension – jour férié, aucune épreuve"; a list of holidays; the
                # sheet's own stamp (« Version du calendrier | 18/01/2027 »)
            if PAGE_STAMP.search(text[:expr.start]):
                continue  # "Publié le 15/02/2027 – mis à jour le …" opening a line: the page's own dates
            if not text[:expr.start].strip() and re.match(r"\s*\d{1,2}:\d{2}\s*(?:\||$)", text[expr.end:]) and not (
                    codes_in(unit.row_text or text) or type_of(unit.row_text or text, weak=False)):
                continue  # "02/03/2026 14:37 | BTS SP3S – session 2026 | Intranet": a browser's print header
            if unit.page in mail_pages and (_QUOTED.match(fold(text[t_end:s1])) or (
                    signed is not None and expr.kind == "single" and expr.days[0][0] == signed
                    and not type_of(f"{lead} {text[t_end:s1]}", weak=False))):
                continue  # "Le lun. 1 mars 2027 à 16:05, X a écrit :", the print header's date of the message
            if unit.page in mail_pages and re.match(r"\s*\d{1,2}:\d{2}\b", text[expr.end:]) and not type_of(
                    f"{lead} {text[t_end:s1]}", weak=False) and not codes_in(text[s0:s1]) and not unit.row_step:
                continue  # "09/03/2026 10:51 Messagerie académique": when the message was printed or sent
            if unit.page in mail_pages and _MAIL_DATE.match(fold(text[:expr.start] if not unit.is_cell or expr.start
                                                                 else unit.row_text.split(text)[0].rstrip(" |"))):
                continue  # "Date : mar. 07/04/2026 10:31" in a printed message's header: when it was sent
            if _EXAMPLE.search(fold(lead[-40:])) or unit.is_cell and _EXAMPLE.search(fold(unit.row_label)):
                continue  # "Exemple de saisie | du 04/01/2027 au 12/02/2027": a form shows how to fill it in
            if is_reference(lead) or _is_holiday(text, exprs, k, t_end, s1) or vocabulary().day_off_before.search(
                    fold(lead)) or (off_in == (s0, s1) and _LIST_LINK.match(fold(re.sub(r"\([^)]*\)", " ", lead)))):
                off_in = (s0, s1)  # "Jours fériés : jeudi 14 mai (Ascension), lundi 25 mai (Pentecôte)": the list's
                if made_here and re.search(r"\bet non\b", fold(lead)):  # "le 18 mai, et non le 11 mai": the 11th
                    struck.extend((made_here[-1], d) for d, _h in expr.days)  # as another message gave it is void
                elif vocabulary().cancelled.search(fold(lead)) and (
                        gone := type_of(lead, weak=False) or type_of(lead, weak=True)):
                    # "le contrôle de conformité des dossiers E4 et E5 n'aura pas lieu le 7 avril": that step,
                    # wherever the document still gives it on that day, is void
                    void = RawEvent(gone, expr.days[0][0].isoformat(), None, epreuves=codes_in(text[s0:s1]))
                    struck.extend((void, d) for d, _h in expr.days)
                continue  # next days are days off too
            if signed is not None and expr.kind == "single" and expr.days[0][0] == signed and (SIGNING_LEAD.match(
                    form_labels(text[:expr.start])) or not text[:expr.start].strip() and SIGNING_LEAD.match(
                    _cell_before(unit))):  # (« Rennes, le : 17/02/2026 », a form's letterhead; a sheet's
                continue  # « Version du | 19/01/2026 »)
            warnings.extend(w for w in expr.warnings if w not in warnings)
            sentence = text[s0:s1]
            if group_ctx is not None and group_ctx[1] == sentence and (_LIST_LINK.match(fold(lead)) or (
                    re.match(r"^\W*;", lead) and not type_of(lead, weak=False))):  # "… ; site de Rouen le …"
                lead = group_ctx[0]  # the next window of a list: what the first one is, it is
            else:
                _share_places(group)
                group, group_ctx = [], (lead, sentence)
            if vocabulary().internal.search(fold(unit.row_text if unit.is_cell else sentence)) or (
                    unit.is_cell and _ALTERNANCE_PLACE.search(fold(unit.row_text))
                    and not re.search(r"[^\W\d_]{4,}", _ONLY_SPAN.sub(" ", fold(lead + " " + tail)))):
                continue  # « du 16 au 18 mars : BTS blanc », « remise du dossier au professeur référent »: the school's;
                # « du 22/01 au 16/02 | Entreprise »: an apprentice's weeks at the CFA or at work, no step
            etype = _classify(lead, tail, unit, sentence)
            codes = _codes(lead, tail, unit, etype, sentence, titles)
            if not codes and _SAME_DAY.fullmatch(text[expr.start:expr.end]):  # the codes of the day it repeats
                codes = _codes(text[s0:expr.start], "", unit, etype)
            if etype is None:
                if not codes and vocabulary().office.search(fold(sentence)):
                    continue  # "Permanence téléphonique renforcée du 3 au 14 mai": the service's days, no step
                etype = "epreuve" if codes else "autre"
            where = places.ids_in(lead + " " + tail)
            if not where and unit.is_cell:
                where = places.ids_in(unit.row_text)
            if not where and unit.lead_in:
                where = places.ids_in(unit.lead_in)
            if not where and unit.is_cell and etype == "epreuve" and not unit.table_has_places:
                where = places.ids_in(unit.table_intro)  # "Centres d'examen : Lycée X – Lycée Y" then the table
            if etype == "epreuve" and len(slots) == 1 and slots[0].fin is None and expr.kind == "single":
                # "mardi 12 mai, 14 h, durée 4 h", a « Durée » column beside the start hour: the end follows
                length = duration_in(tail) or (duration_in(f"durée {unit.row_duration}") if unit.row_duration
                                               else None)
                slots = [with_duration(slots[0], length)]
            extrait = " ".join(sentence.split())
            if len(extrait) > 300:
                extrait = extrait[:297] + "…"
            for each_codes, each_slots in _paired(codes, slots, order, expr):
                for debut, fin, horaires in _make(expr, each_slots):
                    ev = RawEvent(etype, debut, fin, list(horaires), list(each_codes), list(where), unit.page,
                                  extrait, territoires=territoires, line=unit.line or unit.text)
                    events.append(ev)
                    made_here.append(ev)
                    group.append(ev)
        _share_places(group)
        _attach_slots(made_here, unit, text, consumed)
        if made_here:
            last_made = (index, made_here)
    events = _corrected(events, struck, units)
    deposits: list[str] = []
    for ev in events:  # a conformity check naming no épreuve checks the dossiers deposited just before it
        if ev.type == "depot_dossier" and ev.epreuves:
            deposits = ev.epreuves
        elif ev.type == "controle_conformite" and deposits and (not ev.epreuves or not codes_in(ev.extrait) and all(
                any(d.startswith(c) and d != c for c in ev.epreuves) for d in deposits)):
            # no code, or only the parent épreuve of a heading above both ("2) Épreuve E5" over "Dossiers E52")
            ev.epreuves = list(deposits)
    return events


_NOT_AT = re.compile(rf"(?P<new>{HOUR_RE})\s*,?\s*\(?\s*et\s+non(?:\s+pas)?\s+(?:à|a|de)\s+(?P<old>{HOUR_RE})",
                     re.IGNORECASE)


def _corrected(events: list[RawEvent], struck: list[tuple[RawEvent, date]], units: list[Unit]) -> list[RawEvent]:
    """A correction voids what it replaces: the step "se tiendra le 18 mai, et non le 11 mai" is no longer
    on the 11th (an older message quoted below still says so); "débutera à 9 h (et non à 14 h)" moves the
    step of that sentence from 14 h to 9 h."""
    void = {(ev.type, d.isoformat(), c) for ev, d in struck for c in (ev.epreuves or [""])}
    correcting = {id(e) for e, _ in struck}
    kept = [ev for ev in events if id(ev) in correcting or not any(  # (a correction naming no épreuve: its step)
        (ev.type, ev.debut[:10], c) in void for c in [*ev.epreuves, ""])]
    for unit in units:
        for m in _NOT_AT.finditer(unit.text):
            new, old = parse_hour(m.group("new")), parse_hour(m.group("old"))
            etype = type_of(unit.text, weak=False)
            codes = set(codes_in(unit.text))
            if new is None or old is None or etype is None:
                continue
            for ev in kept:
                if ev.type == etype and ev.debut[11:16] == _hm(old) and (not codes or codes & set(ev.epreuves)):
                    ev.debut = f"{ev.debut[:11]}{_hm(new)}"
    return kept


_LIST_LINK = re.compile(r"^\W*(?:et|puis|ainsi que|ou|ni)?\W*(?:du|le|les|au|entre le)?\s*$")


def _share_places(group: list[RawEvent]) -> None:
    """Windows listed in one sentence take place where the sentence says, wherever it says it."""
    where = list(dict.fromkeys(c for ev in group for c in ev.centres))
    for ev in group:
        ev.centres = list(where)


_DAY_LINE = re.compile(rf"(?i)(?:{'|'.join(WEEKDAY_NAMES)})?\s*\d{{1,2}}(?:er)?\s+\w+\.?(?:\s+\d{{4}})?\s*:?")


def _item_of_day(unit: Unit, day_line: tuple[date, int] | None) -> RawEvent | None:
    """"E3 – Culture économique : de 14 h à 18 h" listed under a line that is only a day ("Mardi 11 mai
    2027"): the item's épreuve on that day, at its hours."""
    if day_line is None or unit.is_cell:
        return None
    codes = codes_in(unit.text)
    slots = [s for s in time_slots(unit.text) if s.fin is not None]
    if not codes or len(slots) != 1:
        return None
    day = day_line[0]
    return RawEvent("epreuve", _iso(day, slots[0].debut), _iso(day, slots[0].fin), [], codes, [], unit.page,
                    " ".join(unit.text.split())[:300])


def _day_heading_row(unit: Unit, session: int | None) -> RawEvent | None:
    """"MARDI 13 MAI 2025" on its own line, then a table of that day's épreuves, one per row
    ("12 h 00 – 14 h 00 | E.2 | Langue vivante étrangère | durée : 2 h"): the row's hours cell makes the
    event, on the day the line above the table gives, with the row's codes."""
    if not (unit.is_cell and unit.row_hours and unit.text.strip(" .,:;") == unit.row_hours.strip()):
        return None
    if any(has_date(c) for c in unit.row_text.split(" | ")) or not unit.table_lead or len(unit.table_lead) > 60:
        return None
    days = [e for e in find_dates(unit.table_lead, session) if _plausible(e, session) and e.kind == "single"]
    codes = codes_in(unit.row_label) or codes_in(unit.row_text)
    slots = _cell_slots(unit.row_hours)
    if len(days) != 1 or not codes or not slots or slots[0].fin is None:
        return None
    day = days[0].days[0][0]
    extrait = " ".join(f"{unit.table_lead} — {unit.row_text}".split())[:300]
    return RawEvent("epreuve", _iso(day, slots[0].debut), _iso(day, slots[-1].fin), [], codes, [], unit.page,
                    extrait)


_AT_HOUR = re.compile(rf"(?i)(?<![\w'’])(?:au plus tard |avant |jusqu['’]|d[èe]s )?[àa]\s+(?P<h>{HOUR_RE})"
                      rf"(?!\s*(?:-|–|—|à|a)\s*\d)")


def _lone_hour(tail: str) -> list[Slot]:
    """The one hour a sentence gives after its only day, however far: "mer. 19/04 Contrôle de conformité
    des dossiers par la commission, à 14 h 00, au lycée X". Two hours, or one in brackets, say nothing sure."""
    free = re.sub(r"\([^)]*\)", " ", tail)
    found = list(_AT_HOUR.finditer(free))
    if len(found) != 1 or len(time_slots(free)) != 1:
        return []
    hour = parse_hour(found[0].group("h"))
    return [Slot(hour)] if hour is not None else []


def _attach_slots(events: list[RawEvent], unit: Unit, text: str,
                  consumed: list[tuple[int, int]] | None = None) -> None:
    """"Horaires d'interrogation : 9h30 - 12h00, 13h50 - 17h00" after a period: its daily slots."""
    if not events or not re.search(r"(?i)horaire|cr[ée]neau|heures? de passage", text):
        return
    free = text
    for a, b in consumed or []:
        free = free[:a] + " " * (b - a) + free[b:]
    m = re.search(r"(?i)(horaires?|cr[ée]neaux?|heures? de passage)[^:]{0,40}:", free)
    if not m:
        return
    slots = [s for s in time_slots(free[m.end():m.end() + 120]) if s.fin is not None]
    if not slots:
        return
    target = events[-1]
    if target.fin is not None and not target.horaires:
        target.horaires = [(_hm(s.debut), _hm(s.fin)) for s in slots]  # type: ignore[arg-type]


_HOURS_LABEL = re.compile(r"(?i)^\W*(?:horaires?|heures?(?:\s+de\s+d[ée]but)?|d[ée]but|dur[ée]e)\b[^:]{0,30}:")


_BARE_HOURS = re.compile(rf"(?i)^\W*(?:de\s+)?(?:{HOUR_RE})\s*(?:-|–|—|à|a)\s*(?:{HOUR_RE})")


def _hours_line(made: list[RawEvent], text: str, bare: bool = False) -> bool:
    """"Date : mardi 12 mai 2026" then "Horaire : 14 h – 18 h" (or "Heure : 14 h", "Durée : 4 h") on the
    next line of the same block — or, `bare`, a line that is only the hours under a line that was only the
    day: the hours of the day just read. True when the line was used."""
    if not bare and not _HOURS_LABEL.match(text):
        return False
    if bare and any(len(ev.extrait) > 40 for ev in made):
        return False  # the line above said more than a day: these hours are not its own
    text = re.sub(r"\([^)]*\)", " ", text) if bare else text  # "(durée : 4 heures)" beside the hours
    days = [ev for ev in made if ev.type == "epreuve"]
    if not days or len({ev.debut[:10] for ev in days}) != 1 or any(ev.fin and ev.fin[:10] != ev.debut[:10]
                                                                    for ev in days):
        return False  # a window of days keeps its dates; its daily hours are _attach_slots' business
    length = duration_in(text)
    slots = [] if re.match(r"(?i)^\W*dur[ée]e", text) else time_slots(text)
    for ev in days:
        if "T" not in ev.debut and len(slots) == 1:
            day = ev.debut[:10]
            ev.debut = f"{day}T{_hm(slots[0].debut)}"
            slot = with_duration(slots[0], length)
            ev.fin = f"{day}T{_hm(slot.fin)}" if slot.fin is not None else None
        elif "T" in ev.debut and ev.fin is None and length is not None and not slots:
            start = Slot(time.fromisoformat(ev.debut[11:16]))
            end = with_duration(start, length).fin
            ev.fin = f"{ev.debut[:10]}T{_hm(end)}" if end is not None else None
        else:
            return False
    return True


def merge_events(events: list[RawEvent]) -> list[RawEvent]:
    """One event per (type, start, end): codes, places and slots of duplicates are united, and the
    extract of each merged sentence is kept (`sources`) so a shared deadline still shows what each says."""
    out: dict[tuple[str, str, str | None], RawEvent] = {}
    for ev in _next_days_joined(events):
        key = (ev.type, ev.debut, ev.fin)
        if key not in out:
            out[key] = ev
            ev.sources = [(ev.page, ev.extrait)]
            continue
        kept = out[key]
        if (ev.page, ev.extrait) not in kept.sources:  # two deadlines on one date: each sentence is kept
            kept.sources.append((ev.page, ev.extrait))
        kept.epreuves += [c for c in ev.epreuves if c not in kept.epreuves]
        kept.centres += [c for c in ev.centres if c not in kept.centres]
        if not kept.horaires:
            kept.horaires = ev.horaires
        kept.territoires = kept.territoires or ev.territoires
    return sorted(out.values(), key=lambda e: (e.debut[:10], e.debut, e.fin or "", e.type))


def _next_days_joined(events: list[RawEvent]) -> list[RawEvent]:
    """Days that follow one another in the clauses of one line, for the same step and épreuves and without
    hours, are one window: « Groupe 1 : lundi 11 juin ; Groupe 2 : mardi 12 juin » is the E52 of 11–12 June,
    as « lundi 11 et mardi 12 juin » would be."""
    out: list[RawEvent] = []
    for ev in events:
        last = out[-1] if out else None
        if (last is not None and ev.line and ev.line == last.line and ev.page == last.page
                and ev.extrait not in last.extrait  # (days of one sentence the grammar did not join: a schedule)
                and ev.type == last.type and ev.epreuves == last.epreuves and ev.fin is None
                and not ev.horaires and not last.horaires and len(ev.debut) == 10 and len(last.debut) == 10
                and date.fromisoformat(ev.debut) - date.fromisoformat(last.fin or last.debut) == timedelta(1)):
            both = f"{last.extrait} {ev.extrait}" if ev.extrait not in last.extrait else last.extrait
            out[-1] = replace(last, fin=ev.debut, extrait=both if len(both) <= 300 else last.extrait)
            continue
        out.append(ev)
    return out


def label(ev: RawEvent, titles: dict[str, str | None]) -> str:
    """Short French label: the type, then the épreuve codes (and the title of a single épreuve)."""
    base = vocabulary().labels.get(ev.type, ev.type)
    if ev.epreuves:
        base += " " + ", ".join(ev.epreuves)
        if len(ev.epreuves) == 1 and titles.get(ev.epreuves[0]):
            base += f" – {titles[ev.epreuves[0]]}"
    return base
