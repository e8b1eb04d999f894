"""Épreuve and unité codes (E5, U21, UF2, U1A, E31, E41, EF4, E1B…), their titles and nature.

Written forms met in circulars: "E5", "U 21", "UF 2", "U1 A-", "E.3.1", "E6-1", "E4 – U4", "*E3", "(E41)", and
sub-épreuves "E5-A", "E5 – B", "E5 A –", "E5B", "E2 – a Conseil" (all E5A/E5B, E2A). A code
must stand alone: letters glued before it ("BOEN", "CEDEX") or after it ("E4S") reject it, and a detached
letter suffix ("U1 A") is only read when punctuation follows, so "U3 A l'issue" stays U3.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from extractors.dates import WEEKDAY_NAMES

_CODE_RE = re.compile(
    r"(?:(?<![\w@/.\-])|(?<=[EU]\d-)|(?<=[EU]\d\d-)|(?<=[EU]\d\.\d-))"  # not glued to a word, an address or a
    # number; after a code and a hyphen, the second of a pair (« U5.1-U5.2 », « U41-U42 »)
    r"(?P<p>E\.?F|UF|E|U)"
    r"(?:\s?\.\s?|\s)?"
    r"(?P<n>\d{1,2})"
    r"(?:\.(?P<n2>\d)(?!\d)|-(?P<n3>\d)(?![\d/.,])"  # "E.6.1"; "E6-1" but not "E4-1/2", "E5-1.5"
    r"|\s[-–]\s(?P<n4>\d)(?=\s*(?:[-–—:)(,;]|$)|\s+[A-ZÀ-Ý][a-zà-ÿ]{3}))?"  # "E6 – 2 – Projet", "(E6 – 2)",
    # "E5 – 2 Maintenance corrective" (not "E1 – 4 h", "E2 – 3 candidats")
    r"(?:\s?[-–]\s?(?P<s6>[a-d])(?=\s*[-–—:,)]|\s+[A-ZÀ-Ý]|\s*$)|(?P<s>[A-D]{1,2})|\s(?P<s2>[A-D])(?=\s*[-–—:,)]|\s*$)|\s?[-–]\s?(?P<s3>[A-D])(?=\s*[-–—:,()]|\s+(?!(?:la|le|les|l['’]|un|une)\b)[^\W\d]|\s*$)|\s(?P<s4>[B-D])(?=\s)|\s(?P<s5>A)(?=\s+(?!(?:la|le|les|l|un|une|partir|compter|titre|noter|savoir|ce|cet|"
    r"cette|ces|chaque|tout|toute|tous|toutes|d[ée]faut)\b)[a-zà-ÿ])"
    r"|\s(?P<s7>A)(?=\s+[A-ZÀ-Ý][a-zà-ÿ]+\s+(?:de|du|des|d['’]|et|en)\b))?"  # "E5 A Étude de cas clinique"
    r"(?![\w])"
)
_NATURE = (("orale", re.compile(r"\boral", re.I)), ("ecrite", re.compile(r"\b[ée]crit", re.I)),
           ("pratique", re.compile(r"\bpratique", re.I)))
_TITLE_AFTER = re.compile(
    r"^\s*(?:[-–—:]\s*|\s)?[\"«“']?\s*(?P<t>[A-Za-zÀ-ÿ][^\"»”|()\[\]\n:;*]{3,120}?)\s*(?:[\"»”]|\(|:|;|\*|\bDurée\b|$|,\s*$|\s[-–—]\s|\s(?=[A-Z]{0,2}\d))",
)
_TITLE_BEFORE = re.compile(
    r"(?:[ée]preuves?|sous[- ][ée]preuves?)\s+(?:orales?\s+|[ée]crites?\s+|pratiques?\s+|facultatives?\s+)?"
    r"(?:de\s+|d['’]\s*)?[\"«“]?\s*(?P<t>[A-Za-zÀ-ÿ][^\"»”()\n:;]{3,120}?)\s*[\"»”]?\s*\($"
)


# A text (a table cell, an OCR word run) that opens with an épreuve code: "E1 – …", "U5.1", "EF1", "E.4"
CODE_START = re.compile(r"^\s*(?:E|U|EF|UF)\s?\.?\d")


def normalise(prefix: str, number: str, sub: str | None, suffix: str | None) -> str:
    return f"{prefix.replace('.', '')}{number}{sub or ''}{suffix or ''}".upper()


@dataclass
class CodeMention:
    code: str
    start: int
    end: int
    part: bool = False  # a part of an épreuve written apart: "E5-A", "E5 – B", "E5 A" (the épreuve E5 exists)


# A part named by its letter right after its épreuve: "E4 – partie A", "E5 (partie B)". A part named by its
# rank ("E5 - 1ère partie", "oraux E5 2e partie") stays E5: circulars write that of épreuves with no
# sub-épreuve codes, and "(partie 1)" in another cell of the row is no sub-épreuve either.
_PART_AFTER = re.compile(r"\s*(?:[-–—:]\s*|\(\s*)?partie\s+(?P<letter>[A-D])\b", re.IGNORECASE)


def _part_letter(text: str, end: int) -> tuple[str, int] | None:
    """The sub-épreuve letter of a part named right after a code, and where its words end."""
    m = _PART_AFTER.match(text, end)
    return (m.group("letter").upper(), m.end()) if m else None


_SLASHED = re.compile(r"(?<=\d)/(?=(?:E|U|EF|UF)\.?\d)")


def find_codes(text: str) -> list[CodeMention]:
    """Every épreuve code in a text, normalised ('UF 2' → 'UF2', 'U1 A' → 'U1A', 'E.3.1' → 'E31',
    'E4 – partie A' → 'E4A')."""
    out = []
    text = _SLASHED.sub(" ", text)  # "E4/E6", "E41/E42": two codes (same length: positions kept)
    for m in _CODE_RE.finditer(text):
        sub = m.group("s") or m.group("s2") or m.group("s3") or m.group("s4") or m.group("s5") or m.group("s6") \
            or m.group("s7")
        code = normalise(m.group("p"), m.group("n"), m.group("n2") or m.group("n3") or m.group("n4"), sub)
        if m.group("n").startswith("0"):
            continue
        detached = any(m.group(g) is not None for g in ("s2", "s3", "s4", "s5", "s6", "s7"))
        end = m.end()
        before = text[max(0, m.start() - 60):m.start()]
        closing = text[m.end():m.end() + 1]
        if m.group("s2") and closing and closing in ")]" and before.rfind("(") <= before.rfind(")"):
            # "U4 C)" with no bracket opened before the code: a check box read by OCR, not the part C
            code, detached, end = normalise(m.group("p"), m.group("n"), m.group("n2") or m.group("n3") or m.group("n4"),
                                            None), \
                False, m.start("s2") - 1
        part = None if sub or m.group("n2") or m.group("n3") or m.group("n4") else _part_letter(text, end)
        if part:
            code, end, detached = code + part[0], part[1], True
        ranked = _RANKED_PART.match(text, end) if code == f"E{m.group('n')}" and m.group("p") == "E" else None
        if ranked and ranked.group("n") == m.group("n") and _RANKS.get(ranked.group("rank").lower()) == ranked.group("k"):
            code = f"E{m.group('n')}{ranked.group('k')}"  # "E3 1ère partie (U31)": the unit says the sub-épreuve
        out.append(CodeMention(code, m.start(), end, part=detached and m.group("p") == "E"))
    return out


# "E3 1ère partie (U31)", "E4 – 2e partie (U42)": a part named by its rank, its unit's code right after
# saying it is the sub-épreuve E31, E42 (without the unit, "E5 – 1ère partie" stays E5: see _PART_AFTER)
_RANKED_PART = re.compile(r"\s*[-–—]?\s*(?P<rank>1(?:ère|re|er)|premi[eè]re|2(?:e|ème|nde)|deuxi[eè]me|seconde"
                          r"|3(?:e|ème)|troisi[eè]me)\s+partie\s*\(\s*U\s?(?P<n>\d)(?P<k>\d)\s*\)", re.IGNORECASE)
_RANKS = {"1ère": "1", "1re": "1", "1er": "1", "première": "1", "premiere": "1", "2e": "2", "2ème": "2",
          "2nde": "2", "deuxième": "2", "deuxieme": "2", "seconde": "2", "3e": "3", "3ème": "3", "troisième": "3",
          "troisieme": "3"}


def parent_code(code: str) -> str | None:
    """The épreuve a lettered sub-épreuve belongs to: E5A → E5 (E31, E41 are codes of their own)."""
    m = re.fullmatch(r"((?:EF|UF|E|U)\d{1,2})[A-D]{1,2}", code)
    return m.group(1) if m else None


def codes_in(text: str) -> list[str]:
    """Distinct codes of a text, in order of appearance."""
    return list(dict.fromkeys(c.code for c in find_codes(text)))


def _clean_title(raw: str) -> str | None:
    t = " ".join(raw.replace("*", " ").split()).strip(" -–—,.;:!?…'’‘\"«»“”")
    t = re.split(r"\s+(?:Durée|Coefficient|Coef\.?)\b", t)[0].strip(" -–—,.")
    if len(t) < 4 or not re.search(r"[a-zà-ÿ]{3}", t, re.I):
        return None
    if re.match(r"(?i)(le|la|les|du|au|sera|seront|se|et|ou|en|est|a|à|sur|pour|dans|concernant|durée|coef"
                r"|coefficient|date|dates|horaires?|cf|voir|lycée|centre)\b", t):
        return None
    t = re.sub(r"(?i)[\s,]+(et|ou|de|du|des|la|le|les)$", "", t).strip(" ,")
    if re.fullmatch(r"(?i)(autres\s+)?([ée]preuves?\s+)?(orales?|[ée]crites?|pratiques?|ponctuelles?|facultatives?)"
                    r"(\s+et\s+(orales?|[ée]crites?|pratiques?))?", t):
        return None  # "épreuves orales (E4, E6)": a kind of épreuve, not a title
    if _WEEKDAY.search(t):
        return None  # "E6-1 : épreuve orale le mercredi 10 juin": a sentence of the calendar, not a title
    return t if len(t) >= 4 else None


_WEEKDAY = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_NAMES)})\b")


def sentence_case(title: str) -> str:
    """A SHOUTED HEADING title → 'Shouted heading title'; other titles unchanged."""
    return title[0].upper() + title[1:].lower() if upper_ratio(title) > 0.8 else title


@dataclass
class CodeFacts:
    titles: Counter = field(default_factory=Counter)
    natures: Counter = field(default_factory=Counter)


def title_candidates(text: str, mention: CodeMention) -> list[str]:
    """Titles written next to a code: after it ("U21 Mathématiques…", "E4 « Support… »", "EF2 : Parcours…")
    or before it in brackets ("L'épreuve orale ADMINISTRATION DES SYSTEMES (E5)")."""
    out = []
    after = text[mention.end:mention.end + 160]
    paired = re.match(r"\s*[-–—/]\s*(?:EF|UF|E|U)\s?\d{1,2}[A-D]{0,2}(?!\w)", after)  # "E4 – U4 : SUPPORT…"
    if paired:
        after = after[paired.end():]
    paren = re.match(r"\s*\(\s*(?P<t>[A-ZÀ-Ý][^()\n]{3,120})\)", after)  # "E41 (Développement de la relation…)"
    if paren and not re.match(r"(?i)(cf|voir|selon|durée|coef|ccf|ponctuel|forme|épreuve|oral|écrit)", paren.group("t")):
        t = _clean_title(paren.group("t"))
        if t:
            out.append(t)
    m = _TITLE_AFTER.match(after)
    if m and not re.match(r"\s*[-–—:\"«“']", after) and m.group("t")[:1].islower():
        m = None  # "L'épreuve E41 s'appuie sur…": a sentence goes on, no title
    if m and not find_codes(m.group("t")[:3]):
        t = _clean_title(m.group("t"))
        if t:
            out.append(t)
    before = text[max(0, mention.start - 160):mention.start]
    rest = text[mention.end:].strip()
    if (not before.rstrip().endswith("(") and (not rest or re.match(r"(?i)(durée|\()", rest))
            and re.fullmatch(r"\s*[A-Za-zÀ-ÿ][^.:;()\d]{3,120}?[\s*]*", before)):
        t = _clean_title(before)  # table cell "Langues vivantes E2", "Culture générale et expression*E1"
        if t:
            out.append(t)
    if before.rstrip().endswith("("):
        mb = _TITLE_BEFORE.search(before.rstrip())
        if mb:
            t = _clean_title(mb.group("t"))
            if t:
                out.append(t)
        else:  # "DEVELOPPEMENT DE LA RELATION CLIENT ET VENTE CONSEIL (E41)": a shouted title before the code
            chunk = re.split(r"[.;:()]|\bet\s+(?=[A-ZÀ-Ý]{2})", before.rstrip()[:-1])[-1].strip()
            if len(chunk) >= 6 and upper_ratio(chunk) > 0.8:
                t = _clean_title(chunk)
                if t:
                    out.append(t)
    return out


def upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def nature_of(text: str) -> str | None:
    """ecrite / orale / pratique from the words of a sentence or heading ('épreuve orale', 'écrits')."""
    found = [name for name, rx in _NATURE if rx.search(text)]
    return found[0] if len(found) == 1 else None
