"""Places of a circular (lycées, rectorat…) with street address, postal code and town, once each.

A circular names the same school several ways ("lycée Charles Péguy à Marseille", "Lycée Charles Peguy,
102 rue Sylvabelle, 13006 Marseille", "Lycée Monnet à VITROLLES", "Lycée Jean Monnet Vitrolles"). Each
mention is read as keyword + name words + town (after « à », in brackets, after a postal code, or a known
town closing the name), then mentions are merged on folded distinctive name words + town: equal word sets,
or one inside the other with at most one word more (a first name left out), so "Jean Monnet Périer" stays
apart from "Périer". A mention without a town joins the place it names unambiguously.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.data import load_names

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data"

_KEYWORDS = re.compile(
    r"(?<![\w])(?P<kw>lyc[ée]es?|lyc\.(?=\s)|LPO|LEGT|LGT|LPA|LP|coll[èe]ges?|CFA|rectorat|IUT|universit[ée]|GRETA"
    r"|maison des examens|SIEC)(?![\w])",
    re.I,
)
PLACE_KEYWORDS = _KEYWORDS  # what starts a place name ("lycée", "rectorat"…), for callers that only probe

_QUALIFIERS = {
    "prive", "privee", "public", "publique", "professionnel", "polyvalent", "general", "technologique",
    "technique", "agricole", "hotelier", "international", "militaire", "regional", "d'enseignement",
    "enseignement", "metiers", "des", "et", "sous", "contrat", "francais", "europeen", "bilingue",
}
_PARTICLES = {"de", "du", "des", "la", "le", "les", "en", "sur", "sous", "et", "lès", "lez", "aux", "au", "d", "l"}
_STOP = {
    "a", "à", "avenue", "av", "boulevard", "bd", "rue", "place", "chemin", "allee", "route", "impasse", "quai",
    "cours", "square", "bp", "cs", "cedex", "pour", "dans", "tel", "tél", "mme", "m", "monsieur", "madame",
    "mail", "courriel", "session", "lv", "cf", "voir", "annexe", "centre", "centres", "epreuve", "epreuves",
    "date", "dates", "academie", "le", "la", "les", "et", "ou", "par", "avec", "des", "du", "de",
    # a service or a building of the school, a letter's next label: "LGT J. Guesde Service des examens"
    "service", "batiment", "bureau", "pole", "salle", "plateau", "objet", "affaire", "secretariat",
}
_WORD = re.compile(
    r"[A-Za-zÀ-ÖØ-öø-ÿŒœÆæ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿŒœÆæ]+)?(?:-[A-Za-zÀ-ÖØ-öø-ÿŒœÆæ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿŒœÆæ]+)?)*\.?"
    r"|\d+|[^\sA-Za-zÀ-ÖØ-öø-ÿŒœÆæ\d]"
)
_POSTAL = re.compile(r"(?<!\d)(?P<cp>\d{5})(?!\d)\s+(?=(?P<rest>[^\n]{0,60}))")
_STREET = re.compile(
    r"(?:(?<![\d.,])(?P<num>\d{1,4}(?:\s?(?:bis|ter))?)\s*,?\s*)?(?P<voie>\b(?:rue|avenue|av\.|boulevard|bd|place|chemin|"
    r"all[ée]e|route|impasse|quai|cours|square|traverse|mont[ée]e|esplanade|parvis|promenade|domaine|"
    r"lieu[- ]dit|rond[- ]point|rocade|r[ée]sidence|lotissement|cit[ée]|hameau|zone)\b[^,\d\n]*)",
    re.I,
)
_STREET_NAMED = re.compile(r"(?i)\b(?:r[uûù]e|avenue|av\.|boulevard|bd|place|chemin|all[ée]e|impasse|quai|cours|square)"
                           r"\s+(?:du|des|de\s+la|de\s+l['’]|de)?\s*$")
# First words of a town written with spaces and no hyphen ("Le Havre", "Saint Denis", "Pointe à Pitre")
_TOWN_HEADS = {"le", "la", "les", "l", "saint", "sainte", "st", "ste", "mont", "port", "fort", "pointe", "basse",
               "grand", "grande", "petit", "petite", "villeneuve", "vieux", "neuf", "neuve", "bourg", "baie"}
_LOWER_CITY_WORDS = {"en", "sur", "de", "du", "des", "la", "le", "les", "lès", "lez", "et", "aux", "au", "sous"}


def fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[-'’.,()]", " ", text).split())


def _key(city: str | None) -> str:
    return fold(city).replace(" ", "")


def slug(text: str) -> str:
    return "-".join(fold(text).split()) or "lieu"


@lru_cache(maxsize=1)
def major_towns() -> dict[str, str]:
    """Folded, separator-free town name → usual spelling (pipeline/data/villes.yaml): the towns known well
    enough to be cut off the end of a school's name."""
    names = load_names(DATA / "villes.yaml", "liste des villes")
    return {_key(n): n for n in names}


@lru_cache(maxsize=1)
def known_towns() -> dict[str, str]:
    """major_towns and the other communes of pipeline/data/communes.yaml (a town the text sets apart)."""
    names = load_names(DATA / "communes.yaml", "liste des communes")
    return {**{_key(n): n for n in names}, **major_towns()}


def is_known_town(text: str) -> bool:
    """The text is a commune's name and nothing else (« Lisieux », « Villard-Bonnot »)."""
    return _key(text.strip(" .,;()")) in known_towns()


def title_town(raw: str) -> str:
    """'MARSEILLE' → 'Marseille', 'AIX EN PROVENCE' → 'Aix en Provence' (particles lower case)."""
    parts = re.split(r"([\s\-]+)", raw.strip())
    out = []
    for i, p in enumerate(parts):
        if not p or p.isspace() or set(p) <= {"-", " "}:
            out.append("-" if "-" in p else " " if p else p)
            continue
        low = p.lower()
        if i > 0 and low in _LOWER_CITY_WORDS:
            out.append(low)
        elif "'" in low or "’" in low:
            a, _, b = low.replace("’", "'").partition("'")
            out.append((a if i > 0 else a.capitalize()) + "'" + b.capitalize())
        else:
            out.append(low[:1].upper() + low[1:])
    return "".join(out)


@dataclass
class Towns:
    """Town spellings: the reference list plus what this document writes (its hyphens win)."""

    seen: dict[str, str] = field(default_factory=dict)

    def add(self, raw: str) -> None:
        name = title_town(raw)
        k = _key(name)
        if k and ("-" in name or k not in self.seen):
            self.seen[k] = name

    def normalise(self, raw: str | None) -> str | None:
        if not raw:
            return None
        raw = re.sub(r"(?i)\s+cedex\b.*$", "", raw).strip(" ,.;:-")
        if not raw:
            return None
        k = _key(raw)
        if k in known_towns():
            return known_towns()[k]
        seen = self.seen.get(k)
        if seen and "-" in seen:
            return seen
        return title_town(raw)

    def is_town(self, words: list[str], spelled: bool = False, major: bool = False) -> bool:
        """A town of the list or of this document; `spelled`: written with the town's own accents too
        ("Pierre-Adrien Pâris" ends with no town, "Paris" would); `major`: of the main towns only."""
        k = _key(" ".join(words))
        if not k or not (k in (major_towns() if major else known_towns()) or k in self.seen):
            return False
        if not spelled:
            return True
        name = known_towns().get(k) or self.seen.get(k) or ""
        return _plain_case(" ".join(words)) == _plain_case(name)


_ROOM_WORDS = (r"(?i)(?:salles?|b[âa]timents?|bât|b[âa]t\.|site|ateliers?|amphi\w*|bureaux?|services?|p[ôo]le"
               r"|division|entr[ée]e|rez|[ée]tage|aile|hall|gymnase|CDI|laboratoire|labo"
               r"|[ée]crits?|oraux|oral|pratiques?|[ée]preuves?|jury|d[ée]p[ôo]t|soutenances?|candidats?|centres?"
               r"|convocations?|interrogations?|commission|secr[ée]tariat|accueil|toutes?|tous)$")


@dataclass
class Mention:
    kw: str
    nom: str
    words: frozenset[str]
    ville: str | None
    adresse: str | None
    code_postal: str | None
    start: int
    end: int


def _plain_case(text: str) -> str:
    """Lower case with its accents, dashes as spaces: "SAINT-DENIS" and "Saint-Denis" agree, "Pâris"
    and "Paris" do not."""
    return " ".join(text.lower().replace("-", " ").split())


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_upper_word(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


_CONTACT_WORDS = frozenset({"tel", "telephone", "fax", "telecopie", "mel", "courriel", "email", "e-mail", "mail", "site"})


def _read_town(tokens: list[tuple[str, int, int]], k: int) -> tuple[list[str], int]:
    """Capitalised words (with inner particles) from tokens[k]: a town name. Returns words and next index."""
    words: list[str] = []
    n = len(tokens)
    while k < n:
        tok = tokens[k][0].rstrip(".")
        low = tok.lower()
        if low == "cedex" or fold(low) in _CONTACT_WORDS:  # "97400 Saint-Denis Tél. 0262 …": the phone
            break
        if words and (tok.isalpha() or "-" in tok) and fold(words[-1].lower()) not in _TOWN_HEADS and words[-1].lower() \
                not in _LOWER_CITY_WORDS:  # "38000 Grenoble Consignes …", "35205 Rennes Ille-et-Vilaine": a town
            break  # goes on after an article or "Saint" ("Le Havre", "Saint Denis"), else with a particle
        if _is_cap(tok) and tok.isalpha() or _is_cap(tok) and "-" in tok or _is_cap(tok) and "'" in tok:
            words.append(tok)
            k += 1
        elif low in _LOWER_CITY_WORDS and words and k + 1 < n and _is_cap(tokens[k + 1][0]):
            words.append(low)
            k += 1
        else:
            break
        if tokens[k - 1][0].endswith("."):
            break
    return words, k


def _name_words(name: str) -> frozenset[str]:
    """Distinctive words of a name; a hyphenated first name counts as one ("Alain-René Lesage": two words,
    so "Lycée Lesage" is the same school with its first name left out), a hyphenated "Honoré-de-Balzac" as
    the words around its particle."""
    out = set()
    # "Honoré-de-Balzac" is a full name written with hyphens: its particle splits it (→ "Balzac" matches)
    name = " ".join(tok.replace("-", " ") if any(fold(p) in _PARTICLES for p in tok.split("-")) else tok
                    for tok in name.split())
    name = re.sub(r"(?<=\w)-(?=\w)", "", name)
    for w in fold(name).split():
        if w in _PARTICLES or w in _QUALIFIERS or len(w) == 1 or w in ("lycee", "lycees", "college"):
            continue
        out.add(w)
    return frozenset(out)


def _street_after(text: str, after: list[tuple[str, int, int]]) -> re.Match[str] | None:
    """The street written right after a place's name, with or without a comma ("Lycée X, 16 rue …",
    "Lycée Émile Duclaux 16 rue du Docteur Mallet": a table cell)."""
    if after[0][0] in (",", "–", "—", "-") and len(after) > 1:  # « Lycée Livet – 16 rue Dufour, Nantes »
        m = _STREET.match(text, after[1][1])
        return m if m and (after[0][0] == "," or m.group("num")) else None
    if after[0][0][:1].isdigit():
        m = _STREET.match(text, after[0][1])
        return m if m and m.group("num") else None
    return None


def find_mentions(text: str, towns: Towns) -> list[Mention]:
    """Every named place of a text, with what the text says of its town and address."""
    out: list[Mention] = []
    # "15 rue du Collège", "avenue du Lycée": a street named after a school is an address, not a place
    kws = [m for m in _KEYWORDS.finditer(text) if not _STREET_NAMED.search(text[max(0, m.start() - 25):m.start()])]
    # "Maison des examens (SIEC)": the bracket names the same place by its sigle, not a second one
    kws = [m for k, m in enumerate(kws) if not (k and re.fullmatch(r"\s*\(\s*", text[kws[k - 1].end():m.start()]))]
    for idx, m in enumerate(kws):
        limit = kws[idx + 1].start() if idx + 1 < len(kws) else len(text)
        rest = text[m.end():limit]
        tokens = [(t.group(0), m.end() + t.start(), m.end() + t.end()) for t in _WORD.finditer(rest)]
        kw = m.group("kw")
        is_rectorat = kw.lower() in ("rectorat", "siec")  # named by its keyword; a place with its address
        k = 0
        quals: list[str] = []
        while k < len(tokens) and not is_rectorat and fold(tokens[k][0]) in _QUALIFIERS and not (
                kw.lower().endswith("s") and fold(tokens[k][0]) == "francais") and (  # « des lycées français de
                fold(tokens[k][0]) not in ("des", "et") or quals  # Bruxelles, Luxembourg… »: addressees, no place
                or k + 1 < len(tokens) and fold(tokens[k + 1][0]) == "metiers"):  # "Lycée des métiers Les Iris"
            quals.append(tokens[k][0])
            k += 1
        if quals and fold(quals[-1]) == "metiers":  # "Lycée des métiers de l'hôtellerie Santa Maria": the trade
            j = k
            while j < len(tokens) and j - k < 6 and not _is_cap(tokens[j][0]) and tokens[j][0][:1].isalpha() and (
                    fold(tokens[j][0]) in _PARTICLES or re.match(r"(?i)[dl]['’]", tokens[j][0]) or j > k):
                j += 1
            if k < j < len(tokens) and _is_cap(tokens[j][0]) and fold(tokens[j][0]) not in _STOP:
                quals += [t[0] for t in tokens[k:j]]
                k = j
        name: list[str] = []
        town_words: list[str] = []
        while k < len(tokens):
            tok = tokens[k][0]
            bare = tok.rstrip(".")
            low = fold(bare)
            nxt = tokens[k + 1][0] if k + 1 < len(tokens) else ""
            if is_rectorat:
                if not name and low in ("de", "d", "du") and _is_cap(nxt):
                    name.append(tok)
                    k += 1
                    continue
                if not name and re.match(r"(?i)d['’]", tok) and _is_cap(tok[2:]):
                    name.append(tok)
                    k += 1
                    continue
                if name and _is_cap(tok) and len(name) < 4 and not tok.endswith(".") and not _is_upper_word(tok):
                    name.append(tok)
                    k += 1
                    continue
                break
            if re.fullmatch(r"[A-ZÀ-Ý]\.", tok):  # initial: "D. Villars"
                name.append(tok)
                k += 1
                continue
            if re.match(r"(?i)[dl]['’][A-ZÀ-Ý]", tok) and _is_cap(tok[2:]):  # "d'Arc", "l'Arc"
                name.append(tok.replace("’", "'"))
                k += 1
                if tok.endswith("."):
                    break
                continue
            if _is_cap(bare) and bare[:1].isalpha():
                if low in ("le", "la", "les") and bare.isupper() and _is_upper_word(nxt) and name and not all(
                        _is_upper_word(w.rstrip(".")) for w in name):
                    town_words, k = _read_town(tokens, k)  # "Lycée Roland Garros LE TAMPON"
                    break
                if low in _STOP and not (low in ("le", "la", "les") and _is_cap(nxt) and not name):
                    if not (low in ("le", "la", "les") and _is_cap(nxt) and nxt.lower() not in ("lundi",)):
                        break
                if _is_upper_word(bare) and name and not all(_is_upper_word(w.rstrip(".")) for w in name):
                    town_words, k = _read_town(tokens, k)  # "Lycée Marie Curie MARSEILLE"
                    break
                if len(bare) < 3 and bare.isupper() and len(bare) > 1:
                    break
                name.append(bare)
                k += 1
                if tok.endswith(".") and len(bare) > 1:
                    break
                continue
            after_next = tokens[k + 2][0] if k + 2 < len(tokens) else ""
            if low == "et" and name and not kw.lower().endswith("s") and _is_cap(nxt) and _is_cap(after_next) \
                    and fold(nxt) not in _STOP and fold(after_next) not in _STOP:
                name.append("et")  # "Lycée Charles et Adrien Dupuy" (one school; "lycées X et Y" are two)
                k += 1
                continue
            if low in ("de", "d") and bare.islower() and nxt in ("La", "Le", "Les") and _is_cap(after_next) \
                    and fold(after_next) not in _STOP and name:
                name.extend([low, nxt])  # "Lycée Pierre de La Ramée"
                k += 2
                continue
            if low == "de" and bare.islower() and len(name) >= 2 and _is_cap(nxt) and "-" in nxt and (
                    towns.is_town([nxt]) or is_known_town(nxt)):
                town_words = [nxt]  # « Lycée Louis Armand de Villefranche-sur-Saône »: the school, then its town
                k += 2
                break
            if low in ("de", "du", "des", "la", "le", "les", "en", "sur") and (
                    _is_cap(nxt) and fold(nxt.rstrip(".")) not in _STOP or re.match(r"[dl]['’][A-ZÀ-Ý]", nxt)):
                name.append(low)
                k += 1
                continue
            break
        while name and fold(name[-1]) in _PARTICLES:
            name.pop()
        named_by_kw = kw.lower() in ("rectorat", "maison des examens", "siec")
        if not name and not named_by_kw:
            continue
        of_town = re.fullmatch(r"(?:[dD]['’]|de\s+)(.+)", " ".join(name))
        if named_by_kw and not is_rectorat and of_town and towns.is_town(of_town.group(1).split()):
            name, town_words = [], of_town.group(1).split()  # "la Maison des examens d'Arcueil": its town
        # town: « à Ville », « (VILLE) », trailing capitals, a postal code line, or a known town closing the name
        ville = " ".join(town_words) if town_words else None
        after = tokens[k:]
        if ville is None and after:
            if after[0][0].lower() in ("à", "a") and len(after) > 1 and _is_cap(after[1][0]):
                words, _ = _read_town(after, 1)
                ville = " ".join(words) or None
            elif after[0][0] == "(" and len(after) > 2 and _is_cap(after[1][0]):
                words, j = _read_town(after, 1)
                if j < len(after) and after[j][0] == ")" and not _service(words):  # "(SIEC)", "(DEC)": no town
                    ville = " ".join(words) or None
            elif (street := _street_after(text, after)) is not None and (
                    town_at := re.match(r"(?:\s*(?:BP|CS|TSA)?\s*\d{2,6})?\s*,?\s*(?:à\s+)?", text[street.end():limit])):
                # "au lycée Lafayette, 21 boulevard Robert Schuman, à Clermont-Ferrand": the street, then the town
                # (« à », or a town we know of: "Lycée Jean Bart, 1 rue du Dr Lemaire, Dunkerque", a table row)
                start = street.end() + town_at.end()
                inner = re.search(r"\sà\s+(?=[A-ZÀ-Ý])", street.group(0))  # "1 rue Christophe Thivrier à Montluçon"
                if inner and "à" not in town_at.group(0):
                    start = street.start() + inner.end()
                    town_at = inner
                words, _ = _read_town([(t.group(0), 0, 0) for t in _WORD.finditer(text[start:limit])], 0)
                if words and ("à" in town_at.group(0) or towns.is_town(words)):
                    ville = " ".join(words)
            elif after[0][0] in ("-", "–", "—", ",") and len(after) > 1 and _is_cap(after[1][0]):
                words, j = _read_town(after, 1)  # "Lycée Thiers – Marseille", "Lycée X, Gap": a town we know of
                closed = bool(name) and j < len(after) and after[j][0] == ")"  # "(lycée Léon-Gontran Damas, Rémire-Montjoly)"
                # the clause ends on it (« Lycée Voltaire, Wingles ; … »): a town, even one not on our lists,
                # unless it names a room or a service (« Lycée X, salle B12 », « Rectorat, DEC 4 »)
                ends = after[0][0] == "," and (j == len(after) or after[j][0] in (";", ".", ")")) and len(
                    words) <= 4 and not re.match(_ROOM_WORDS, words[0]) if words else False  # (a comma: « Lycée X –
                # Bamana » may be a name the line cut)
                if words and not _service(words) and (towns.is_town(words) or closed or ends or all(
                        _is_upper_word(w) for w in words)):  # "Rectorat de Bordeaux, DEC 4": a service, no town
                    ville = " ".join(words)
        tail_start = tokens[k - 1][2] if k else m.end()
        cp = adresse = None
        for pm in _POSTAL.finditer(text, tail_start, limit):
            if pm.start() - tail_start > 220:
                break
            ptoks = [(t.group(0), 0, 0) for t in _WORD.finditer(pm.group("rest"))]
            words, _ = _read_town(ptoks, 0)
            if not words and (cedex := re.match(r"(?i)cedex(?:\s+\d{1,2})?\b\s*[,;|–-]?", pm.group("rest"))):
                # "57071 CEDEX 3" in the address cell, the town in the next one: a town we know of
                after_cedex = [(t.group(0), 0, 0) for t in _WORD.finditer(pm.group("rest")[cedex.end():])]
                words, _ = _read_town(after_cedex, 0)
                words = words if words and towns.is_town(words) else []
            if words:
                pville = " ".join(words)
                if ville is not None and _key(ville) != _key(pville):
                    break  # another place's address
                ville, cp = pville, pm.group("cp")
                between = text[tail_start:pm.start()]
                streets = list(_STREET.finditer(between))
                if streets:
                    s = streets[-1]
                    voie = re.sub(r"(?i)\s+(bp|cs)\s*$", "", s.group("voie")).strip(" ,.-–—")
                    adresse = f"{s.group('num')} {voie}" if s.group("num") else voie
                break
        if ville is None and limit == len(text) and (end_town := re.search(
                r"\sà\s+(?P<t>[A-ZÀ-Ý][\w'’\-]*(?:[\s\-]+[\w'’\-]+){0,4})\s*$", text[tokens[k - 1][2] if k else m.end():])):
            words, _ = _read_town([(t.group(0), 0, 0) for t in _WORD.finditer(end_town.group("t"))], 0)
            if words and " ".join(words) == " ".join(end_town.group("t").split()):  # "Lycée X, Avenue Y, BP 152
                ville = " ".join(words)  # à Saint-Laurent-du-Maroni": the row's « Commune » cell, after the address
        if ville is None and len(name) > 1:
            for cut in range(1, min(4, len(name))):
                if towns.is_town(name[-cut:], spelled=True, major=True) and len(name) - cut >= 1:
                    ville = " ".join(name[-cut:])
                    break
        if ville and not is_rectorat:  # "Rectorat de Rennes … 35705 Rennes" keeps its académie
            vk = _key(ville)
            for cut in range(1, min(5, len(name))):  # drop the town written at the end of the name
                if _key(" ".join(name[-cut:])) == vk and any(fold(w) not in _PARTICLES for w in name[:-cut]):
                    name = name[:-cut]  # "Lycée Jean Jaurès de [Montreuil]"; "Lycée de Sada" is named by it
                    break
            while name and fold(name[-1]) in _PARTICLES:  # "Lycée Jean Jaurès de [Montreuil]"
                name.pop()
        if not name and not (named_by_kw and ville):  # a bare "Rectorat" is a place only with its address
            continue
        label = kw[:1].upper() + kw[1:].lower() if kw.lower() not in ("lpo", "legt", "lgt", "lpa", "lp", "cfa", "iut",
                                                                        "greta", "siec") else kw.upper()
        label = re.sub(r"s$", "", label) if label.lower().startswith(("lycées", "lycees", "collèges")) else label
        label = "Lycée" if label.lower() == "lyc." else label  # « Lyc. Déodat de Séverac »
        nom = " ".join([label, *[q.lower() for q in quals], *name]).replace("’", "'")
        name_words = _name_words(" ".join(name)) | (set(fold(kw).split()) - {"des"} if named_by_kw else set())
        if not name_words:
            continue
        end = tokens[k - 1][2] if k else m.end()
        out.append(Mention(kw.lower(), nom, frozenset(name_words), towns.normalise(ville), adresse, cp, m.start(), end))
    return out


# Sigles of the services that write circulars, met where a town may stand ("(DEC 4)", "Rectorat, DIEC 3")
_SERVICES = frozenset({"dec", "diec", "dex", "siec", "dsden", "dafpic", "drafpic", "dane", "saio", "cio", "dsi",
                       "dpe", "daet", "dafor", "sg"})


def _service(words: list[str]) -> bool:
    return len(words) == 1 and fold(words[0]) in _SERVICES


def collect_towns(texts: list[str]) -> Towns:
    """Towns this document writes: after a postal code, after « lycée X à », in brackets."""
    towns = Towns()
    for text in texts:
        for pm in _POSTAL.finditer(text):
            words, _ = _read_town([(t.group(0), 0, 0) for t in _WORD.finditer(pm.group("rest"))], 0)
            if words:
                towns.add(" ".join(words))
        for am in re.finditer(r"(?:\b[àa]\s+|\()(?P<t>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\-]+(?:\s+(?:en|sur|de|la|le)\s+[A-ZÀ-Ý][\w\-]+)?)"
                              r"(?=\)|[\s,.;]|$)", text):
            t = am.group("t")
            if _service([t]):
                continue  # "Rectorat – Division des examens et concours (DEC 4)": a service's sigle, no town
            if _KEYWORDS.search(text[max(0, am.start() - 80):am.start()]):
                towns.add(t)
    return towns


@dataclass
class Place:
    nom: str
    words: set[str]
    ville: str | None
    adresse: str | None = None
    code_postal: str | None = None
    id: str = ""
    names: list[str] = field(default_factory=list)


def _compatible(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if small == big or (small <= big and len(big) - len(small) <= 1 and len(small) >= 1):
        return True
    # "Lycée Fresnel" and "LP Augustin-Fresnel": the one word ends the other's hyphenated full name
    return len(small) == 1 and len(big) <= 2 and any(
        w.endswith(s) and len(w) >= len(s) + 3 for s in small for w in big)


def _better_name(a: str, b: str) -> str:
    """Prefer the spelling with accents, then the longer one ("Charles Péguy" over "Charles Peguy")."""
    def score(s: str) -> tuple[int, int]:
        return (sum(1 for c in s if ord(c) > 127), len(s))
    return a if score(a) >= score(b) else b


class Places:
    """The deduplicated places of a document, and the resolution of any text's mentions to their ids."""

    def __init__(self, towns: Towns):
        self.towns = towns
        self.places: list[Place] = []

    def _find(self, m: Mention) -> Place | None:
        same_town = [p for p in self.places if m.ville is None or p.ville is None or _key(p.ville) == _key(m.ville)]
        exact = [p for p in same_town if p.words == m.words and (p.ville is not None) == (m.ville is not None)]
        if exact:
            return exact[0]
        exact = [p for p in same_town if p.words == m.words]
        if len(exact) == 1:
            return exact[0]
        close = [p for p in same_town if _compatible(p.words, m.words)]
        if m.ville is not None:
            close = [p for p in close if p.ville is not None]
        return close[0] if len(close) == 1 else None

    def add(self, m: Mention) -> None:
        p = self._find(m)
        if p is None:
            self.places.append(Place(m.nom, set(m.words), m.ville, m.adresse, m.code_postal, names=[m.nom]))
            return
        p.nom = _better_name(p.nom, m.nom) if len(m.words) >= len(p.words) else p.nom
        p.words |= m.words
        p.ville = p.ville or m.ville
        p.adresse = p.adresse or m.adresse
        p.code_postal = p.code_postal or m.code_postal
        p.names.append(m.nom)

    def finish(self) -> None:
        """Town-less places join a place with a town when the words say which; ids are slugs."""
        keep = []
        for p in self.places:
            if p.ville is None:
                close = [q for q in self.places if q.ville is not None and _compatible(q.words, p.words)]
                exact = [q for q in close if q.words == p.words]
                wider = [q for q in self.places if q.ville is not None and p.words < q.words]
                # "Lycée P. Durand" is the one "Lycée Paul-Émile Durand" when no other place has its words
                target = (exact[0] if len(exact) == 1 else close[0] if len(close) == 1
                          else wider[0] if not close and len(wider) == 1 else None)
                if target is not None:
                    target.adresse = target.adresse or p.adresse
                    continue
                if "rectorat" in p.words:
                    continue
            keep.append(p)
        self.places = keep
        used: set[str] = set()
        for p in self.places:
            base = slug(f"{p.nom} {p.ville or ''}")
            pid, i = base, 2
            while pid in used:
                pid, i = f"{base}-{i}", i + 1
            used.add(pid)
            p.id = pid

    def ids_in(self, text: str) -> list[str]:
        """Ids of the places a text names (in order, once each)."""
        out: list[str] = []
        for m in find_mentions(text, self.towns):
            p = self._find(m)
            if p is None or not p.id:
                close = [q for q in self.places if _compatible(q.words, m.words)
                         and (m.ville is None or q.ville is None or _key(q.ville) == _key(m.ville))]
                p = close[0] if len(close) == 1 else None
            if p is not None and p.id and p.id not in out:
                out.append(p.id)
        return out


def extract_places(texts: list[str]) -> Places:
    """All places of a document's text units (sentences, table cells), merged."""
    towns = collect_towns(texts)
    places = Places(towns)
    pending: list[Mention] = []
    for text in texts:
        for m in find_mentions(text, towns):
            if m.ville is None:
                pending.append(m)
            else:
                places.add(m)
    for m in pending:
        places.add(m)
    places.finish()
    return places
