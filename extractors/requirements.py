"""What a circular requires, each with the sentence it comes from: the internship duration (for the
specialty or per épreuve), the épreuves whose dossier goes through the contrôle de conformité and how it is
deposited, and the list of annexes (number → title).

Pure functions over the Document. The words that announce each fact are data (pipeline/data/exigences.yaml);
the figures themselves only ever come from the text, with their page and sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from core.data import Strict, load_model
from core.text import fold
from extractors.centres import DATA
from extractors.codes import codes_in
from extractors.dates import NUMBER_WORDS, number_value
from extractors.document import Document

_NUM = r"\d{1,2}(?:[,.]\d)?|" + "|".join(sorted((re.escape(k) for k in NUMBER_WORDS), key=len, reverse=True))
_DURATION = re.compile(
    rf"(?<![\w-])(?:(?:de\s+|entre\s+)?({_NUM})\s*(?:à|a|et|-)\s*)?({_NUM})(?:\s*\(\s*\d{{1,2}}\s*\))?\s+"
    rf"(semaines?|mois)\b",
    re.IGNORECASE,
)
_ANNEXE = re.compile(
    r"^\s*(?i:annexe)\s+(?:(?i:n)\s*[°o]\s*)?"
    r"((?:[IVXL]+|\d+|[A-Z])(?:\s*[-.–]\s*(?:\d+|[A-Z]))*(?:\s*[-.]?\s*[A-Z])?)(?![\w'’])"
    r"\s*(?:[:\-–—.]\s*)?(.*)$"
)
_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÀ-Ý«(\"])|\n+")


class Vocabulaire(Strict):
    stage: list[str]
    au_moins: list[str]
    sur_deux_ans: list[str]
    exclus: list[str]
    calendrier: list[str]
    conformite: list[str]
    depot: list[str]
    modalites: dict[str, list[str]]
    cachet_poste: list[str]


@lru_cache(maxsize=1)
def vocabulaire() -> Vocabulaire:
    return load_model(DATA / "exigences.yaml", Vocabulaire, "vocabulaire des exigences")


@dataclass
class Phrase:
    page: int | None
    text: str
    ftext: str = ""  # folded once (accents, case): every test reads it

    def __post_init__(self) -> None:
        self.ftext = self.ftext or fold(self.text)


@dataclass
class StageFact:
    valeur: float
    unite: str  # "semaines" | "mois"
    epreuves: list[str]
    au_moins: bool
    sur_deux_ans: bool
    page: int | None
    extrait: str


@dataclass
class DossierFact:
    epreuve: str
    modalite: str | None
    cachet_poste: bool
    page: int | None
    extrait: str
    page_modalite: int | None = None
    extrait_modalite: str | None = None


@dataclass
class AnnexeFact:
    numero: str
    titre: str
    page: int | None
    extrait: str


@dataclass
class Requirements:
    stages: list[StageFact] = field(default_factory=list)
    dossiers: list[DossierFact] = field(default_factory=list)
    annexes: list[AnnexeFact] = field(default_factory=list)
    specialite: str | None = None  # the title after "BTS", for a specialty absent from the reference list


def phrases(doc: Document) -> list[Phrase]:
    """Sentences of paragraphs, and each table cell and row, with their page."""
    out: list[Phrase] = []
    for page in doc.pages:
        number = page.number if doc.format in ("pdf", "docx") else None
        for block in page.blocks:
            if block.kind == "table":
                for row in block.rows:
                    cells = [c.strip() for c in row if c and c.strip()]
                    out += [Phrase(number, c) for c in cells]
                    if len(cells) > 1:
                        out.append(Phrase(number, " | ".join(cells)))
            else:
                out += [Phrase(number, s.strip()) for s in _SENTENCE.split(block.text) if s and s.strip()]
    return out


@lru_cache(maxsize=64)
def _alternation(words: tuple[str, ...], whole: bool) -> re.Pattern[str]:
    tail = r"(?!\w)" if whole else ""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")" + tail)


def _has(ftext: str, words: list[str]) -> bool:
    """A word of the list starts a word of the (folded) text: stems such as « depos » match « déposés »."""
    return bool(words) and _alternation(tuple(words), False).search(ftext) is not None


def _has_word(ftext: str, words: list[str]) -> bool:
    return bool(words) and _alternation(tuple(words), True).search(ftext) is not None


def stage_durations(items: list[Phrase]) -> list[StageFact]:
    v = vocabulaire()
    out: list[StageFact] = []
    seen: set[tuple[float, str, tuple[str, ...]]] = set()
    for p in items:
        ft = p.ftext
        # a dated schedule ("du 4 janvier au 12 février (6 semaines)") is not the requirement
        if not _has(ft, v.stage) or _has(ft, v.exclus) or _has_word(ft, v.calendrier):
            continue
        m = _DURATION.search(p.text)
        if m is None:
            continue
        # a range ("de 4 à 6 semaines") requires its lower bound
        value = number_value(m.group(1)) if m.group(1) else number_value(m.group(2))
        unit = "mois" if m.group(3).lower() == "mois" else "semaines"
        codes = codes_in(p.text)
        key = (value, unit, tuple(codes))
        if key in seen:
            continue
        seen.add(key)
        out.append(StageFact(value, unit, codes, _has(ft, v.au_moins), _has(ft, v.sur_deux_ans), p.page, p.text))
    return out


def _modalite(ft: str) -> str | None:
    for name, words in vocabulaire().modalites.items():
        if _has(ft, words):
            return name
    return None


def dossier_epreuves(items: list[Phrase]) -> list[DossierFact]:
    """Épreuves named in a sentence about the contrôle de conformité, with the deposit modality the
    circular states for them (a sentence naming the épreuve first, else one naming none)."""
    v = vocabulaire()
    found: dict[str, DossierFact] = {}
    for p in items:
        ft = p.ftext
        if _has(ft, v.conformite) and " | " not in p.text:
            for code in codes_in(p.text):
                found.setdefault(code, DossierFact(code, None, False, p.page, p.text))
    deposits = []
    for p in items:
        ft = p.ftext
        if " | " in p.text or "dossier" not in ft or not _has(ft, v.depot):
            continue
        mod = _modalite(ft)
        if mod is not None:
            deposits.append((p, mod, _has(ft, v.cachet_poste), codes_in(p.text)))
    for fact in found.values():
        named = [d for d in deposits if fact.epreuve in d[3]]
        general = [d for d in deposits if not d[3]]
        for p, mod, cachet, _ in (named or general)[:1]:
            fact.modalite, fact.cachet_poste = mod, cachet
            fact.page_modalite, fact.extrait_modalite = p.page, p.text
        if fact.modalite == "papier" and not fact.cachet_poste:  # the postmark may be in another sentence
            fact.cachet_poste = any(_has(p.ftext, v.cachet_poste) for p in items)
    return list(found.values())


def _clean_title(title: str) -> str:
    title = re.sub(r"[\s.…·_]{3,}\d*\s*$", "", title)  # table of contents: dots and page number
    return title.strip(" :-–—.").strip()


def annexes(items: list[Phrase], doc: Document) -> list[AnnexeFact]:
    out: dict[str, AnnexeFact] = {}

    def add(numero: str, titre: str, p: Phrase) -> None:
        numero = re.sub(r"\s*([-.–])\s*", "-", numero.strip()).replace("–", "-").upper()
        titre = _clean_title(titre)
        if len(titre) < 4 or not re.search(r"[A-Za-zÀ-ÿ]{3}", titre):
            return
        if numero not in out:
            out[numero] = AnnexeFact(numero, titre, p.page, p.text)

    for page in doc.pages:
        number = page.number if doc.format in ("pdf", "docx") else None
        for block in page.blocks:
            rows = block.rows if block.kind == "table" else [[line] for line in block.text.split("\n")]
            for row in rows:
                cells = [c.strip() for c in row if c and c.strip()]
                if not cells:
                    continue
                m = _ANNEXE.match(cells[0])
                if m is None:
                    continue
                title = m.group(2) or (cells[1] if len(cells) > 1 else "")
                add(m.group(1), title, Phrase(number, " | ".join(cells)))
    return list(out.values())


_TITLE = re.compile(
    r"(?:\bBTS|brevet de technicien sup[ée]rieur)\s+(?:sp[ée]cialit[ée]\s+)?[«\"“]?\s*"
    r"([A-ZÀ-Ý][\w'’ ,-]{3,80}?)\s*(?:[»\"”]|\(|session|\n|$|\.|–|—| - )",
    re.IGNORECASE,
)


def specialty_title(text: str) -> str | None:
    """The title written after "BTS" (for a specialty the reference list does not know)."""
    for m in _TITLE.finditer(text):
        title = m.group(1).strip(" ,-")
        if len(title.split()) >= 1 and not title.isupper() and fold(title) not in {"session", "specialite"}:
            return title
    return None


def extract_requirements(doc: Document) -> Requirements:
    items = phrases(doc)
    return Requirements(stages=stage_durations(items), dossiers=dossier_epreuves(items),
                        annexes=annexes(items, doc), specialite=specialty_title(doc.text))



def exigences_of(req: Requirements) -> dict[str, Any]:
    """The `exigences` field of the session contract (plain dicts, validated by pipeline.models)."""

    def src(page: int | None, extrait: str | None) -> dict[str, Any]:
        return {"page": page, "extrait": extrait or ""}

    return {
        "stages": [{("mois" if s.unite == "mois" else "semaines"): s.valeur, "epreuves": s.epreuves,
                    "au_moins": s.au_moins, "sur_deux_ans": s.sur_deux_ans, "source": src(s.page, s.extrait)}
                   for s in req.stages],
        "dossiers": [{"epreuve": d.epreuve, "modalite": d.modalite, "cachet_poste": d.cachet_poste,
                      "source": src(d.page, d.extrait),
                      "source_modalite": src(d.page_modalite, d.extrait_modalite) if d.extrait_modalite else None}
                     for d in req.dossiers],
        "annexes": [{"numero": a.numero, "titre": a.titre, "source": src(a.page, a.extrait)} for a in req.annexes],
    }
