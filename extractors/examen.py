"""Which exam a circular organises: diplôme, spécialité and sigle, session year, académies, signing date.

The sigle comes from the reference list (pipeline/data/specialites.yaml) so a title alone is enough
("Comptabilité et gestion des organisations" → CGO, the longest title wins over "Comptabilité et
gestion"); a sigle written in the text ("(MCO)", "BTS SIO") counts too. Single-word titles ("Tourisme",
"Communication") only count right after "BTS"/"brevet de technicien supérieur"/"spécialité", since such
words occur in any text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import ValidationError

from core.data import Strict, load_names, read_yaml, validation_error
from core.text import fold
from extractors.centres import DATA
from extractors.dates import find_dates, form_labels


class Remplacement(Strict):
    """A former specialty this one replaced, and the reform that did it."""

    sigle: str
    reforme: str
    premiere_session: int  # the new specialty's first exam session
    verifie: bool  # False: a year the list's author was not sure of


class Specialite(Strict):
    """One BTS specialty of the reference list."""

    sigle: str
    intitule: str
    variantes: list[str] = []
    sigles: list[str] = []  # other sigles circulars write (« BTS ET » for Électrotechnique)
    remplace: list[Remplacement] = []


@lru_cache(maxsize=1)
def specialites() -> tuple[Specialite, ...]:
    path = DATA / "specialites.yaml"
    raw = read_yaml(path, "liste des spécialités")
    try:
        return tuple(Specialite.model_validate(x) for x in raw or [])
    except ValidationError as exc:
        raise validation_error(exc, path) from exc


_BTS = r"(?:bts|brevet de technicien superieur|specialite|objet)"


@lru_cache(maxsize=1)
def academies() -> dict[str, str]:
    """Folded, separator-free académie name → usual spelling."""
    names = load_names(DATA / "academies.yaml", "liste des académies")
    return {fold(n).replace(" ", ""): n for n in names}


def _academie(raw: str) -> str | None:
    """An académie name from the start of a text ('AIX-MARSEILLE (1289 candidats)' → 'Aix-Marseille')."""
    words = fold(raw).split()
    for n in range(min(5, len(words)), 0, -1):
        k = "".join(words[:n])
        if k in academies():
            return academies()[k]
    return None


@dataclass
class ExamFacts:
    diplome: str = "BTS"
    specialite: str | None = None
    sigle: str | None = None
    session: int | None = None
    academie: str | None = None
    academies_rattachees: list[str] = field(default_factory=list)
    date_document: date | None = None
    signature_span: tuple[int, int] | None = None  # where the signing date is written in the text
    portee: Literal["nationale", "academique"] = "academique"  # "nationale": a note of the ministry, for every académie


def find_specialty(text: str) -> tuple[str | None, str | None]:
    """(intitulé, sigle) of the specialty the text is about, from titles and written sigles."""
    ftext = fold(text)
    scores: Counter[str] = Counter()
    first: dict[str, int] = {}
    by_sigle = {s.sigle: s for s in specialites()}
    for spec in specialites():
        for title in [spec.intitule, *spec.variantes]:
            ft = fold(title)
            if ft not in ftext:
                continue
            for m in re.finditer(rf"(?<!\w){re.escape(ft)}(?!\w)", ftext):
                strong = re.search(rf"{_BTS}\s*(?:\w+\s*)?$", ftext[max(0, m.start() - 40):m.start()])
                if len(ft.split()) == 1 and not strong:
                    continue
                # longer titles first: "comptabilite et gestion des organisations" beats "comptabilite et gestion"
                scores[spec.sigle] += (3 if strong else 1) * 100 + len(ft)
                first.setdefault(spec.sigle, m.start())
    aliases = {a: spec.sigle for spec in specialites() for a in spec.sigles}
    written: dict[str, str] = {}
    for m in re.finditer(r"(?:\bBTS\s+|Brevet de [Tt]echnicien [Ss]up[ée]rieur\s+|\()([A-Z][A-Z0-9]{1,9})\b(\))?", text):
        sig = m.group(1)
        if sig not in by_sigle and sig in aliases:
            line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
            if not re.search(r"[a-zà-ÿ]", line):  # « LES BTS ET LES BTSA » in capitals: a word, not a sigle
                continue
            written[aliases[sig]] = sig
            sig = aliases[sig]
        if sig in by_sigle and (m.group(0).startswith("(") == bool(m.group(2))):
            scores[sig] += 300
            first.setdefault(sig, len(ftext))
    # a shorter title inside a longer matched one is not a separate mention
    for a in list(scores):
        for b in list(scores):
            if a != b and fold(by_sigle[a].intitule) in fold(by_sigle[b].intitule) and scores[b] >= 100:
                scores[a] -= min(scores[a], scores[b])
    if not scores or max(scores.values()) <= 0:
        return _fuzzy_specialty(text)
    best = max(scores, key=lambda s: (scores[s], -first.get(s, 0)))
    return by_sigle[best].intitule, _written_sigle(text, by_sigle[best]) or written.get(best) or best


def _written_sigle(text: str, spec: Specialite) -> str | None:
    """The sigle the circular writes in brackets right after the title ("… de manutention (MMCM)"): the
    circular is the source of its own abbreviation when the catalogue has another one."""
    return written_sigle(text, [spec.intitule, *spec.variantes])


def written_sigle(text: str, titles: list[str]) -> str | None:
    """The sigle written in brackets right after one of the titles ("BTS Systèmes photoniques (SP)"): for a
    specialty the catalogue does not know, the circular is the only source of it."""
    for title in titles:
        words = [re.escape(w) for w in re.findall(r"\w+", title)]
        m = re.search(r"(?i)" + r"\W+".join(words) + r"\W*\(\s*(?P<s>[A-Z][A-Z0-9]{1,7})\s*\)", text)
        if m and m.group("s").isupper():
            return m.group("s")
    return None


def _fuzzy_specialty(text: str) -> tuple[str | None, str | None]:
    """A title misread by OCR ("Conception des processus de déslsiion de produits") right after « BTS »:
    the reference title closest to the words that follow (at least 85 % alike), else nothing."""
    from difflib import SequenceMatcher

    best: tuple[float, Specialite | None] = (0.85, None)
    for m in re.finditer(r"(?i)\b(?:bts|brevet de technicien sup[ée]rieur)\b", text[:5000]):
        after = fold(text[m.end():m.end() + 160]).split()
        for spec in specialites():
            for title in [spec.intitule, *spec.variantes]:
                words = fold(title).split()
                if len(words) < 2:
                    continue
                ratio = SequenceMatcher(None, " ".join(words), " ".join(after[:len(words)])).ratio()
                if ratio > best[0]:
                    best = (ratio, spec)
    return (best[1].intitule, best[1].sigle) if best[1] else (None, None)


def find_session(text: str) -> int | None:
    """The session year: 'Session 2024' (not 'à compter de la session 2015'), else 'année scolaire 2023-2024'."""
    votes: Counter[int] = Counter()
    for m in re.finditer(r"(?i)\bsession\s+(?:d['’]\s*examen\s+)?(?:de\s+)?((?:19|20)\d\d)\b", text):
        before = fold(text[max(0, m.start() - 30):m.start()])
        if re.search(r"(compter|depuis|partir|des la|jusqu|avant|apres|anterieure?s?|rappel|memoire|precedente?)"
                     r"\s*:?\s*(de\s+)?(la\s+)?$", before) or re.search(r"\(\s*$", text[max(0, m.start() - 3):m.start()]):
            continue  # « (session 2025 : lundi 12 mai 2025) », « rappel : session 2025 »: a comparison
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        # the title and the objet name the session the circular organises; the body may cite another often
        votes[int(m.group(1))] += 3 if m.start() < 600 or re.match(r"(?i)\W*objet\b", line) else 1
    if votes:
        return max(votes, key=lambda y: (votes[y], y))
    school = re.search(r"(?i)ann[ée]e\s+scolaire\s+(?:19|20)\d\d\s*[-/]\s*((?:19|20)\d\d)", text)
    return int(school.group(1)) if school else None


_PILOT = [
    r"acad[ée]mie\s+pilote\s*:?\s*",
    r"acad[ée]mie\s+autonome\s*:?\s*",
    r"acad[ée]mie\s+organisatrice\s*:?\s*",
    r"l['’]\s*acad[ée]mie\s+(?:d['’]\s*|de\s+(?:la\s+)?)(?=[^\n]{0,40}\s(?:[ée]tant|est)\s+charg[ée]e)",
    r"rect(?:eur|rice)\s+de\s+l['’]\s*acad[ée]mie\s+(?:d['’]\s*|de\s+(?:la\s+)?)",
    r"rect(?:eur|rice)\s+de\s+la\s+r[ée]gion\s+acad[ée]mique\s+(?:d['’]\s*|de\s+(?:la\s+)?)?",
    r"^\W*acad[ée]mie\s+(?:d['’]\s*|de\s+(?:la\s+)?)",
    r"^\W*objet\s*:[^\n]*?\bacad[ée]mie\s+(?:d['’]\s*|de\s+(?:la\s+)?)",  # "Objet : … – académie de Nantes"
    r"^\W*r[ée]gion\s+acad[ée]mique\s+(?:d['’]\s*|de\s+)?",  # "RÉGION ACADÉMIQUE LA RÉUNION" (a one-académie region)
]
# An académie's mail domain ("ce.dec5-bts@ac-paris.fr", "Messagerie académique – ac-paris.fr"): the sender's
# académie when the text names none
_MAIL_DOMAIN = re.compile(r"(?i)\bac-([a-z][a-z\-]+?)\.(?:fr|nc|pf|wf)\b")
# An académie named in passing is not the circular's: "à l'initiative de l'académie de Lyon", "inscrits dans
# l'académie de Lyon", "les sujets sont préparés par l'académie de Rennes".
_TERRITORY_OFFICE = re.compile(r"(?i)\b(?:vice[-\s]rectorat|service\s+de\s+l['’]\s*[ée]ducation)\b")
_OF_TERRITORY = r"(?:d['’]\s*|de\s+(?:la\s+)?|des\s+(?:[îi]les\s+)?)"  # « de la Nouvelle-Calédonie », « des îles Wallis »
_CITED = re.compile(r"(?i)^\W*(?:r[ée]f[ée]rences?|r[ée]f\.|vu)\b")
_INCIDENTAL = re.compile(r"(?:initiative|inscrits?|inscrites?|pr[ée]par[ée]s?|con[çc]us?|[ée]labor[ée]s?|par|dans)"
                         r"\s+(?:de\s+)?l['’]\s*$", re.I)
# A national text: the ministry's letterhead or a note addressed to every rector.
_NATIONAL = re.compile(r"(?im)^\W*minist[èe]re\b|\b(?:aux|mesdames et messieurs les)\s+(?:rectrices\s+et\s+)?"
                       r"recteurs(?:\s+et\s+rectrices)?\s+d['’]\s*acad[ée]mie")


_ADDRESSEE = re.compile(r"(?i)\b(?:monsieur\s+le|madame\s+la|mesdames?\s+et\s+messieurs\s+les|[àa]\s+(?:m\.|mme)?)\s*$")


def find_academie(text: str) -> str | None:
    """The organising académie: "Académie pilote : X", "ACADÉMIE AUTONOME : X", "L'académie d'X étant
    chargée…", the rector's title, the letterhead; else the académie the text names most often."""
    for pat in _PILOT:
        for m in re.finditer(pat, text, re.I | re.M):
            if _ADDRESSEE.search(text[max(0, m.start() - 30):m.start()]):
                continue  # « … ; Monsieur le recteur de l'académie de Mayotte (pour information) »: addressed
            after = text[m.end():m.end() + 60]
            name = _academie(after) or _academie("la " + after)  # « de la » taken by the pattern: « La Réunion »
            if name:
                return name
    if national(text):  # no single académie: never the first one the body happens to name
        return None
    head = text[:800]  # a vice-rectorat's letterhead, its name cut over two lines by a second column
    if (office := _TERRITORY_OFFICE.search(head)) is not None:  # (« SERVICE DE L'ÉDUCATION Tél. … » / « DE
        for line in head[office.end():].split("\n")[:3]:  # SAINT-PIERRE-ET-MIQUELON »): the territory it serves
            rest = re.sub(rf"(?i)^\W*{_OF_TERRITORY}", "", line.strip())
            if rest != line.strip() and (name := _academie(rest[:60])):
                return name
    votes: Counter[str] = Counter()
    for m in re.finditer(r"(?i)acad[ée]mie\s+(?:d['’]\s*|de\s+)", text):
        if _INCIDENTAL.search(text[max(0, m.start() - 30):m.start()]) or _CITED.match(
                text[text.rfind("\n", 0, m.start()) + 1:m.start()]):
            continue  # (« Réf. : … note de l'académie de Normandie (rattachement) »: a text cited, not the sender)
        after = text[m.end():m.end() + 60]  # "de La Réunion" keeps its article, "de la Martinique" drops it
        name = _academie(after) or (_academie(after[3:]) if re.match(r"(?i)la\s", after) else None)
        if name:
            votes[name] += 1
    if votes:
        return votes.most_common(1)[0][0]
    # "VICE-RECTORAT DE LA NOUVELLE-CALÉDONIE": not an académie by name, but one for the session (after the
    # national check: a national note lists the vice-recteurs among its addressees)
    for m in re.finditer(rf"{_TERRITORY_OFFICE.pattern}\s+{_OF_TERRITORY}", text):
        name = _academie(text[m.end():m.end() + 60])
        if name:
            votes[name] += 1
    for m in _MAIL_DOMAIN.finditer(text[:3000]):
        name = _academie(m.group(1).replace("-", " ")) or _academie("la " + m.group(1))  # "ac-reunion.fr"
        if name:
            votes[name] += 1
    if not votes:  # a mail signed "Rectorat de La Réunion – 24 avenue …": the sender's rectorat
        for m in re.finditer(r"(?<![\w-])[Rr]ectorat\s+(?:d['’]\s*|de\s+)", text):
            after = text[m.end():m.end() + 60]
            name = _academie(after) or (_academie(after[3:]) if re.match(r"(?i)la\s", after) else None)
            if name:
                votes[name] += 1
    if not votes:  # "Clermont-Ferrand, le lundi 17 janvier" heading the letter: the académie that signs it
        for m in _SIGNED_AT.finditer(text[:3000]):
            name = _academie(m.group("place"))
            if name and fold(name).replace("-", " ") == fold(m.group("place").strip()).replace("-", " "):
                votes[name] += 1
                break
    return votes.most_common(1)[0][0] if votes else None


_SIGNED_AT = re.compile(r"(?m)(?:^|\s)(?P<place>[A-ZÀ-Ý][\w'’\-]+(?:[ \-][A-ZÀ-Ý][\w'’\-]+){0,2})\s*,\s*le\s+"
                        r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s")


def national(text: str) -> bool:
    """A circular of the ministry (letterhead, note to every rector) in its first lines."""
    return bool(_NATIONAL.search(text[:1500]))


def _academie_list(text: str) -> list[str]:
    """The académie names a list starts with: "de Clermont-Ferrand et de Grenoble", "X, Y et Z",
    "d'Amiens ainsi que de Lille" (bracketed counts skipped); stops at the first word that is not one."""
    out: list[str] = []
    rest = re.sub(r"\([^()]*\d[^()]*\)", " ", text)  # "(45 candidats)"
    while True:
        rest = re.sub(r"(?i)^(?:\s|[,;/:]|\bet\b|\bainsi que\b|\bde\b|\bdu\b|d['’])+", "", rest)
        name = _academie(rest[:60])  # "La Réunion" keeps its article
        if not name and re.match(r"(?i)(?:la\s|l['’])", rest):
            rest = re.sub(r"(?i)^(?:la\s+|l['’])", "", rest)
            name = _academie(rest[:60])
        if not name:
            return out
        out.append(name)
        n_words = len(name.replace("-", " ").split())
        m = re.match(r"\s*(?:\S+?[\s\-]+){" + str(max(0, n_words - 1)) + r"}[\w’'\-]+", rest)
        rest = rest[m.end():] if m else ""


_RATTACHEES = [
    # "Académies rattachées : Corse, Nice", "académies associées : X, Y", "académie partenaire : X"
    r"acad[ée]mies?\s+(?:rattach[ée]es?|associ[ée]es?|partenaires?)\s*:?\s*",
    # "… pour les académies de X et de Y", "en lien avec les académies de X, Y et Z", "(académies de X et de Y
    # rattachées)": a plural « académies » followed by names
    r"acad[ée]mies\s+(?=d['’]|de\s|du\s)",
    # "l'académie de Corse est rattachée…"
    r"acad[ée]mie\s+(?=(?:d['’]|de\s|du\s)[^\n.;]{0,40}?\s(?:est|sont|[ée]tant)\s+(?:rattach|associ))",
]


def find_rattachees(text: str, pilot: str | None) -> list[str]:
    """Académies whose candidates the circular also covers, from any phrasing that lists académie names
    after « académies rattachées / associées », a plural « académies de … », or « l'académie de X est
    rattachée ». Names come from pipeline/data/academies.yaml; the organising académie is never listed."""
    out: list[str] = []
    for pat in _RATTACHEES:
        for m in re.finditer(pat, text, re.I):
            for name in _academie_list(text[m.end():m.end() + 200].split("\n")[0]):
                if name != pilot and name not in out:
                    out.append(name)
    return out


_PLACE = r"[A-ZÀ-Ý][\w'’\-]*(?:[\s\-]+(?:[A-ZÀ-Ý][\w'’\-]*|en|sur|de|la|le|les|lès|d['’]\w+)){0,4}"
# "Aix-en-Provence, le 14 mars 2024", "Fait à Nice le 3 janvier 2026": a town, a comma (or "Fait à"), "le"
# "Publié le 3 mars 2028 – Orléans": a page of the académie's site says when it was put online
# "CRSA_2027_calendrier.xlsx – édité le 16/11/2026 – page 1/2": a printed sheet's footer says when it was made
_PUBLISHED_WORDS = r"(?:[Pp]ubli[ée]e?|[Dd]iffus[ée]e?|[Mm]ise?\s+en\s+ligne|[ÉéEe]dit[ée]e?|[Ii]mprim[ée]e?|[Gg]énér[ée]e?)"
SIGNING_LEAD = re.compile(rf"^\s*(?:(?:[Ff]ait\s+)?à\s+{_PLACE}\s*,?|{_PLACE}\s*,|{_PUBLISHED_WORDS})\s*le\s*$"
                          rf"|^.*?[–—|]\s*{_PUBLISHED_WORDS}\s+le\s*$"
                          rf"|^.*?\s{_PLACE}\s*,\s*le\s*$"  # only for the signing date itself (see events)
                          r"|^\W*(?:[Dd]iffusion\s*:\s*(?:[Vv]ersion\s+du)?|[Vv]ersion\s+du"
                          r"|(?:[Dd]erni[èe]re\s+)?[Mm]ise?\s+à\s+jour\s*(?::|le|du)?|[Nn]ote\s+du"
                          r"|(?:[Cc]alendrier\s+)?arr[êe]t[ée]\s+au)\s*$")  # « Diffusion : 02/02/2026 »
# What a page or a printout says of itself before a date, opening a line or after a dash ("Publié le …",
# "… 33060 Bordeaux Cedex – page publiée le …", "– imprimé le …"): never a step of the session
PAGE_STAMP = re.compile(rf"(?:^\W*|[–—|]\s*)(?:(?:[Pp]age\s+)?(?:{_PUBLISHED_WORDS}|[Mm]ise?\s+à\s+jour"
                        rf"|[Aa]ctualis[ée]e?)\s+le|(?:[ÉéEe]dition|[Vv]ersion)(?:\s+du\s+(?:calendrier|document|tableau))?"
                        rf"\s+du)\s*:?\s*$")  # « Version du : 18/01/2027 », « Édition du : 05/02/2029 »: the text's stamp
_PUBLISHED = re.compile(rf"(?m)(?:^\s*|[–—|]\s*){_PUBLISHED_WORDS}\s+le\s*:?\s+(?P<d>)")  # « Imprimé le : … »
# a deck's title, a fiche's « Mise à jour : 2028-03-20 »
# (opening a line or a sheet's cell: « … | Version du | 19/01/2026 », « Note du | … », « Calendrier arrêté au … »)
_VERSION = re.compile(r"(?im)(?:^|\|)\W*(?:diffusion\s*:\s*(?:version\s+du\s+)?|version\s+du\s*|note\s+du\s*"
                      r"|(?:calendrier\s+)?arr[êe]t[ée]\s+au\s+"
                      r"|(?:derni[èe]re\s+)?mise?\s+à\s+jour\s*(?::\s*|le\s+|du\s+)?)(?:\|\s*)?(?P<d>)")
_SIGNING = re.compile(
    rf"^\s*(?:(?:[Ff]ait\s+)?à\s+{_PLACE}\s*,?|{_PLACE}\s*,)\s*le\s+(?P<d>.{{6,40}}?)\s*\.?\s*$",
    re.M,
)


# The same words opening a letterhead cell: Word letterheads are often borderless tables, whose cell
# paragraphs reach us joined ("Bordeaux, le 20 janvier 2027 Le recteur de l'académie …").
_SIGNING_IN_CELL = re.compile(
    rf"(?:^|(?<=\| )|(?<=[–—] ))"
    rf"\s*(?:(?:[Ff]ait\s+)?à\s+{_PLACE}\s*,?|{_PLACE}\s*,)\s*le\s+(?P<d>)", re.M
)  # also "Circulaire n° 14 – Papeete, le 11 février 2027 –"
# The letterhead's line ending with the place and date, other words before them on the same line (a sidebar,
# "N/Réf. : VR/DEC/2026-031", "Affaire suivie par : Mme X")
_SIGNING_AT_END = re.compile(rf"(?m)\s{_PLACE}\s*,\s*le\s+(?P<d>[^\n]{{6,40}}?)\s*$")
# A printed e-mail: "Envoyé : mardi 2 mars 2027 10:41", "Date : mar. 07/04/2026 10:31" under "De : …@…"
_MAIL_SENT = re.compile(r"(?im)^\W*(?:envoy[ée](?:\s+le)?|date)\s*(?::\s*(?:\|\s*)?|\|\s*)(?P<d>)")
_MAIL_FROM = re.compile(r"(?im)^\W*(?:de|from|exp[ée]diteur)\s*(?::|\||\s[^:<>\n]{1,60}<).*@")  # "De DEC 4 <x@ac-y.fr>"


# "Note de service émise le 14 novembre 2024" heading a national note (a line of its own, not a reference)
_ISSUED = re.compile(
    r"(?im)^\W*(?:note\s+de\s+service|circulaire|note|diaporama)\b(?:[^\n.;]{0,40}?\b(?:[ée]mise?|sign[ée]e?"
    r"|dat[ée]e?|publi[ée]e?|diffus[ée]e?|pr[ée]sent[ée]e?)\s+(?:le|du)|\s+n\s*[°o]\s*[\w\-/]+\s+du"
    # "Note de service n° 2027-214 du 22-11-2027"; "Note de service du 30 novembre 2026" alone on its line or
    # before its NOR; "Note de la division des examens et concours (DEC 5) du 12 février 2026", "Note DEC 4 n° …"
    r"|(?<=service)\s+du(?=\s+\S[^\n]{4,28}$|\s+[\d\-/. ]{6,12}\s+NOR\b)"
    r"|(?<=note)\s+(?:de\s+la\s+|du\s+)?(?:division|direction|dec|diec|bureau|rectorat)\b[^\n.;:]{0,60}?"
    r"\s(?:n\s*[°o]\s*[\w\-/]+\s+)?du(?=\s+\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}))\s+(?P<d>)")


def find_signing_date(text: str, session: int | None) -> tuple[date | None, tuple[int, int] | None]:
    """The date the circular was signed: a short line "Aix-en-Provence, le 14 mars 2024", else the same
    words opening a table cell (letterhead) and followed by other text (None when absent)."""

    def accept(found: list, start: int) -> tuple[date | None, tuple[int, int] | None]:
        if found and found[0].kind == "single" and found[0].explicit_year:
            d = found[0].days[0][0]
            if session is None or session - 2 <= d.year <= session:
                return d, (start + found[0].start, start + found[0].end)
        return None, None

    for m in _SIGNING.finditer(text):
        found = find_dates(m.group("d"), None)
        if len(found) == 1 and (hit := accept(found, m.start("d")))[0]:
            return hit
    for m in _SIGNING_IN_CELL.finditer(text):
        start = m.start("d")
        found = find_dates(text[start:start + 45], None)
        if found and found[0].start == 0 and (hit := accept(found[:1], start))[0]:
            return hit
    for m in _SIGNING_AT_END.finditer(text[:1500]):  # "Direction générale de l'enseignement   Paris, le 15 décembre 2025"
        found = find_dates(m.group("d"), None)
        if len(found) == 1 and (hit := accept(found, m.start("d")))[0]:
            return hit
    if session is not None:  # "Clermont-Ferrand, le lundi 17 janvier": no year, but a weekday only one fits
        for m in (*_SIGNING.finditer(text[:3000]), *_SIGNING_AT_END.finditer(text[:1500])):
            fits = [(e, y) for y in (session - 1, session) for e in find_dates(m.group("d"), y)[:1]
                    if e.kind == "single" and not e.explicit_year and not e.warnings
                    and re.match(r"(?i)\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", m.group("d"))]
            if len(fits) == 1:
                e = fits[0][0]
                return e.days[0][0], (m.start("d") + e.start, m.start("d") + e.end)
    sent = _MAIL_SENT.finditer(text[:1500]) if _MAIL_FROM.search(text[:1500]) else iter(())
    for m in (*sent, *_ISSUED.finditer(text[:3000]), *_PUBLISHED.finditer(text[:3000]), *_VERSION.finditer(text[:3000])):
        start = m.start("d")
        found = find_dates(text[start:start + 45], None)
        if found and found[0].start == 0 and (hit := accept(found[:1], start))[0]:
            return hit
    return None, None


def examen_facts(text: str) -> ExamFacts:
    text = form_labels(text)  # a form's « Rennes, le : 17/02/2026 »
    specialite, sigle = find_specialty(text)
    session = find_session(text)
    if session is None:  # no "session 20xx": the year most dates are written in
        years = Counter(e.days[0][0].year for e in find_dates(text, None) if e.explicit_year)
        session = max(years, key=lambda y: (years[y], y)) if years else None
    academie = find_academie(text)
    signed, span = find_signing_date(text, session)
    diplome = "BTSA" if re.search(r"\bBTSA\b", text) and not re.search(r"\bBTS\b", text) else "BTS"
    portee: Literal["nationale", "academique"] = "nationale" if academie is None and national(text) else "academique"
    return ExamFacts(diplome, specialite, sigle, session, academie, find_rattachees(text, academie), signed, span,
                     portee)
