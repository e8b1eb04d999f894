"""Rules that change by specialty and session, loaded from YAML and validated (fail loudly).

Nothing here knows a year or a specialty: `pipeline/data/rules/<sigle>.yaml` holds internship weeks,
upload size limit, expected pieces and penalties per épreuve, code correspondences and annexe numbering,
each valid for a range of sessions (`depuis_session` / `jusqu_a_session`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import model_validator

from core.data import Strict, load_model
from core.errors import RulesError
from core.text import fold  # noqa: F401  (re-exported)
from extractors.examen import Specialite, specialites  # noqa: F401  (re-exported)
from pipeline.models import DureeStage, SessionData

DATA_DIR = Path(__file__).parent / "data"
PieceKind = str


class _Ranged(Strict):
    depuis_session: int | None = None
    jusqu_a_session: int | None = None

    def applies(self, session: int | None) -> bool:
        if session is None:
            return self.jusqu_a_session is None  # unknown year: take the current rule
        lo = self.depuis_session if self.depuis_session is not None else -1
        hi = self.jusqu_a_session if self.jusqu_a_session is not None else 10_000
        return lo <= session <= hi


class StageRule(Strict):
    semaines: float | None = None
    semaines_positionnement: float | None = None
    source: str


class DepotRule(Strict):
    taille_max_octets: int | None = None
    formats: list[str] = ["pdf"]
    source: str | None = None


class PenaliteRule(Strict):
    code: str
    points: float
    piece: PieceKind
    libelle: str


class EpreuveDossierRule(_Ranged):
    code: str
    intitule: str
    pieces_attendues: list[PieceKind]
    pieces_cyclades: dict[str, str] = {}
    penalites: list[PenaliteRule] = []

    @model_validator(mode="after")
    def _known_pieces(self) -> EpreuveDossierRule:
        known = {"portfolio", "attestation_stage", "tableau_synthese", "autre"}
        bad = set(self.pieces_attendues) - known
        if bad:
            raise ValueError(f"pièces inconnues {sorted(bad)} (attendu : {sorted(known)})")
        return self


class CorrespondanceRule(_Ranged):
    texte: str
    codes: dict[str, str]


class AnnexeRule(_Ranged):
    famille: str
    numeros: dict[str, str]

    @model_validator(mode="after")
    def _three_forms(self) -> AnnexeRule:
        missing = {"controle", "grille", "fiche"} - set(self.numeros)
        if missing:
            raise ValueError(f"numéros d'annexe manquants : {sorted(missing)}")
        return self


class SpecialtyRules(Strict):
    sigle: str
    specialite: str
    stage: StageRule
    depot: DepotRule
    epreuves_dossier: list[EpreuveDossierRule]
    correspondances: list[CorrespondanceRule] = []
    annexes: list[AnnexeRule] = []

    # --- resolution by session ---------------------------------------------------------------
    def correspondence(self, session: int | None) -> dict[str, str]:
        """old code → code in force for this session (empty before the reform)."""
        out: dict[str, str] = {}
        for c in self.correspondances:
            if session is None or c.applies(session):
                out.update(c.codes)
        return out

    def reverse_correspondence(self) -> dict[str, str]:
        """new code → old code, over every reform known."""
        return {new: old for c in self.correspondances for old, new in c.codes.items()}

    def current_code(self, code: str, session: int | None) -> str:
        """New number of a code known to be written in the OLD numbering (E4 → E5 for SIO ≥ 2025).

        Only for codes known to be pre-reform: E5 is both an old and a new code, so a code of unknown
        origin must go through `epreuve_dossier`/`dossier_code`, which try the code as written first.
        """
        return self.correspondence(session).get(code, code)

    def epreuve_dossier(self, code: str, session: int | None) -> EpreuveDossierRule | None:
        """The dossier rule for a code: as written first, then through the correspondence, so a 2026
        manifest that still says E4 (a written exam in 2026, without dossier) gets the E5 rule."""
        for candidate in (code, self.correspondence(session).get(code)):
            if candidate is None:
                continue
            for rule in self.epreuves_dossier:
                if rule.code == candidate and rule.applies(session):
                    return rule
        return None

    def dossier_code(self, code: str, session: int | None) -> str | None:
        """Code in force of a dossier épreuve named either way (E5 in 2026 stays E5; E4 becomes E5)."""
        rule = self.epreuve_dossier(code, session)
        return rule.code if rule else None

    def annexe(self, session: int | None) -> AnnexeRule | None:
        for rule in self.annexes:
            if rule.applies(session):
                return rule
        return None

def rules_dir() -> Path:
    return Path(os.environ.get("BTS_RULES_DIR") or DATA_DIR / "rules")


@cache
def load_rules(sigle: str) -> SpecialtyRules | None:
    """Rules of one specialty, or None when the product has no data file for it."""
    path = rules_dir() / f"{sigle.lower()}.yaml"
    if sigle.startswith("_") or not path.exists():
        return None
    rules = load_model(path, SpecialtyRules, "fichier de règles")
    if rules.sigle.upper() != sigle.upper():
        raise RulesError(f"le fichier déclare le sigle {rules.sigle}, attendu {sigle}", path=path)
    return rules


def all_rules() -> list[SpecialtyRules]:
    """Every specialty file (a name starting with "_" is the national layer or a template, not a specialty)."""
    return [r for p in sorted(rules_dir().glob("*.yaml"))
            if not p.name.startswith("_") and (r := load_rules(p.stem.upper()))]




# --- layers: national → specialty file → the session's own statements (the circular wins) ----------------


class FicheControleRule(Strict):
    titre_neutre: str
    annexe_titres: list[str]


class NationalRules(Strict):
    """Common to every BTS (pipeline/data/rules/_national.yaml)."""

    texte: str
    motifs: dict[str, str]
    depot_cyclades: DepotRule
    pieces_stage: list[PieceKind]
    semaines_par_mois: float
    source_mois: str
    fiche_controle: FicheControleRule

    @model_validator(mode="after")
    def _four_grounds(self) -> NationalRules:
        expected = {"absence_dossier", "depot_hors_delai", "duree_stage_insuffisante", "documents_non_signes"}
        if set(self.motifs) != expected:
            raise ValueError(f"motifs attendus : {sorted(expected)}")
        return self


def national() -> NationalRules:
    return _national(rules_dir() / "_national.yaml")


@cache
def _national(path: Path) -> NationalRules:
    return load_model(path, NationalRules, "règles nationales")


@dataclass(frozen=True)
class Figure:
    """One figure of the effective rules and where it comes from."""

    nom: str
    valeur: str
    couche: str  # nationale | specialite | session
    source: str
    epreuve: str | None = None


@dataclass
class Effective:
    """The rules in force for a session (and an épreuve), with the source of each figure."""

    rules: SpecialtyRules | None
    figures: list[Figure] = field(default_factory=list)
    manque: list[str] = field(default_factory=list)  # French: what no layer gives, and how to give it


def rules_file(sigle: str | None) -> Path:
    return rules_dir() / f"{(sigle or 'SIGLE').lower()}.yaml"


def shown_file(sigle: str | None) -> str:
    """The rules file as a user finds it: relative to the product's folder when it lives there."""
    path = rules_file(sigle)
    root = DATA_DIR.parent.parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def circular_source(session: SessionData, page: int | None, extrait: str) -> str:
    where = f"circulaire {session.source.fichier}" + (f", p. {page}" if page else "")
    return f"{where} : « {extrait.strip()} »"


def _weeks(stage: DureeStage, nat: NationalRules) -> tuple[float, str]:
    if stage.semaines is not None:
        return stage.semaines, ""
    return (stage.mois or 0) * nat.semaines_par_mois, f" ; {fr_number(stage.mois or 0)} mois — {nat.source_mois}"


def epreuve_titles(session: SessionData) -> dict[str, str]:
    """code → title of the session's épreuves, without a title that is in fact an annex's (a list of annexes
    naming « Fiche de contrôle de conformité du dossier E6 » is not the title of E6)."""
    annexes = [fold(a.titre) for a in session.exigences.annexes]

    def is_annex(title: str) -> bool:
        return any(a == fold(title) or a.startswith(fold(title) + " ") for a in annexes)

    return {e.code.upper(): e.intitule for e in session.epreuves if e.intitule and not is_annex(e.intitule)}


def fr_number(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def stated_stages(session: SessionData, codes: list[str]) -> list[DureeStage]:
    """The durations the circular states for one of these épreuve codes, else those for the whole specialty."""
    stages = [s for s in session.exigences.stages if s.semaines is not None or s.mois is not None]
    named = [s for s in stages if any(c in s.epreuves for c in codes)]
    return named or [s for s in stages if not s.epreuves]


def session_stage(session: SessionData, codes: list[str]) -> DureeStage | None:
    """The one duration the circular states (for these épreuves, else the specialty); None when it gives none
    or several that disagree (a person must say which one applies)."""
    found = stated_stages(session, codes)
    return found[0] if len({(s.semaines, s.mois) for s in found}) == 1 else None


def _codes_of(base: SpecialtyRules | None, code: str, year: int | None) -> list[str]:
    """A code and its other numbering (old ↔ new), so a circular naming either applies."""
    out = [code]
    if base is not None:
        out += [base.correspondence(year).get(code, code), base.reverse_correspondence().get(code, code)]
    return list(dict.fromkeys(out))


def layered(base: SpecialtyRules | None, session: SessionData, epreuve: str | None = None,
            semaines_option: float | None = None) -> Effective:
    """National rules, then the specialty's data file (`base`), then the circular's statements.

    The circular of the year wins over the data file for the internship duration (its sentence becomes the
    source quoted in verdicts); the épreuves whose dossier the circular submits to the contrôle de conformité
    are added to those of the file. Without any layer for the épreuves or the duration, `rules` is None and
    `manque` says what to write. `semaines_option` (--semaines-requises, the top layer, applied by the check
    itself) makes the internship known: the attestations are then expected pieces."""
    nat = national()
    year = session.examen.session
    sigle = (base.sigle if base else session.examen.sigle) or None
    figures: list[Figure] = [
        Figure("motifs de non-conformité", " ; ".join(nat.motifs.values()), "nationale", nat.texte)]
    manque: list[str] = []
    # -- dossier épreuves
    rules_ep = [r for r in (base.epreuves_dossier if base else []) if r.applies(year)]
    figures += [Figure("épreuve à dossier", f"{r.intitule} ; pièces : {', '.join(r.pieces_attendues)}",
                       "specialite", str(rules_file(base.sigle if base else None).name), r.code) for r in rules_ep]
    titles = epreuve_titles(session)
    added: list[EpreuveDossierRule] = []
    for d in session.exigences.dossiers:
        if base is not None and base.dossier_code(d.epreuve, year) is not None:
            continue
        if any(r.code == d.epreuve for r in added):
            continue
        stage = session_stage(session, _codes_of(base, d.epreuve, year))
        known = stage is not None or semaines_option is not None or (base is not None and base.stage.semaines)
        pieces = list(nat.pieces_stage) if known else []
        added.append(EpreuveDossierRule(code=d.epreuve, intitule=titles.get(d.epreuve) or d.epreuve,
                                        pieces_attendues=pieces))
        figures.append(Figure("épreuve à dossier", (titles.get(d.epreuve) or d.epreuve)
                              + (f" ; pièces : {', '.join(pieces)}" if pieces else ""),
                              "session", circular_source(session, d.source.page, d.source.extrait), d.epreuve))
    # -- deposit
    modes = {d.modalite for d in session.exigences.dossiers if d.modalite}
    for d in session.exigences.dossiers:
        if d.modalite:
            src = d.source_modalite or d.source
            figures.append(Figure("modalité de dépôt", d.modalite + (" (cachet de la poste faisant foi)"
                                  if d.cachet_poste else ""), "session",
                                  circular_source(session, src.page, src.extrait), d.epreuve))
    if base is not None and base.depot.taille_max_octets:
        depot = base.depot
        figures.append(Figure("taille maximale d'un fichier", f"{fr_number(base.depot.taille_max_octets / 1048576)} Mo",
                              "specialite", depot.source or rules_file(base.sigle).name))
    elif "cyclades" in modes:
        depot = nat.depot_cyclades
        figures.append(Figure("taille maximale d'un fichier",
                              f"{fr_number((depot.taille_max_octets or 0) / 1048576)} Mo", "nationale",
                              depot.source or nat.texte))
    else:
        depot = base.depot if base else DepotRule()
    # -- internship duration: per épreuve asked, else the specialty's
    codes = _codes_of(base, epreuve, year) if epreuve else []
    stage_rule = base.stage if base else None
    if stage_rule is not None and stage_rule.semaines is not None:
        figures.append(Figure("durée de stage requise", f"{fr_number(stage_rule.semaines)} semaines", "specialite",
                              stage_rule.source))
    if stage_rule is not None and stage_rule.semaines_positionnement is not None:
        figures.append(Figure("durée après positionnement", f"{fr_number(stage_rule.semaines_positionnement)} "
                              "semaines", "specialite", stage_rule.source))
    stated = session_stage(session, codes)
    shown = [stated] if epreuve else [s for s in session.exigences.stages]
    for s in shown:
        if s is None:
            continue
        weeks, how = _weeks(s, nat)
        qualif = (" au moins" if s.au_moins else "") + (" sur les deux années" if s.sur_deux_ans else "")
        figures.append(Figure("durée de stage requise", f"{fr_number(weeks)} semaines{qualif}{how}", "session",
                              circular_source(session, s.source.page, s.source.extrait),
                              ", ".join(s.epreuves) or None))
    if stated is not None:
        weeks, how = _weeks(stated, nat)
        source = circular_source(session, stated.source.page, stated.source.extrait) + how
        if stage_rule is not None and stage_rule.semaines_positionnement is not None:
            source += f" ; positionnement : {stage_rule.source}"
        stage_rule = StageRule(semaines=weeks, source=source,
                               semaines_positionnement=stage_rule.semaines_positionnement if stage_rule else None)
    per_epreuve = epreuve is None and any(x.epreuves for x in session.exigences.stages)
    several = stated_stages(session, codes) if stated is None else []
    if len(several) > 1:
        listed = " ; ".join(f"« {x.source.extrait} »" + (f" (p. {x.source.page})" if x.source.page else "")
                            for x in several)
        manque.append(f"durée de stage : la circulaire en donne plusieurs qui diffèrent ({listed}) — relancez "
                      "bts check avec --semaines-requises N pour dire laquelle s'applique")
    elif (stage_rule is None or stage_rule.semaines is None) and not per_epreuve:
        manque.append(f"durée de stage : ni la circulaire ni {rules_file(sigle).name} ne la donnent — relancez "
                      f"bts check avec --semaines-requises N, ou écrivez-la dans {shown_file(sigle)}"
                      + (f" (modèle : bts rules init {sigle})" if base is None and sigle else ""))
    if not rules_ep and not added:
        manque.append(f"épreuves à dossier : ni la circulaire ni {rules_file(sigle).name} ne les nomment — "
                      f"écrivez {shown_file(sigle)}" + (f" (modèle : bts rules init {sigle})" if sigle else ""))
    if base is None and not added and (stage_rule is None or stage_rule.semaines is None):
        return Effective(None, figures, manque)
    if base is not None and not added and stated is None and depot is base.depot:
        return Effective(base, figures, manque)  # nothing from the circular: the file as it is
    update: dict[str, Any] = {"epreuves_dossier": [*(base.epreuves_dossier if base else []), *added], "depot": depot,
                              "stage": stage_rule or StageRule(source="aucune durée donnée")}
    if base is not None:
        return Effective(base.model_copy(update=update), figures, manque)
    return Effective(SpecialtyRules(sigle=sigle or "", specialite=session.examen.specialite or "", **update),
                     figures, manque)


def effective_rules(session: SessionData, epreuve: str | None = None) -> Effective:
    """The layers for a session's own specialty (data file looked up by its sigle)."""
    sigle = session.examen.sigle
    return layered(load_rules(sigle) if sigle else None, session, epreuve)


@dataclass(frozen=True)
class FicheAnnexe:
    numero: str | None  # None: the circular lists no such annex
    titre: str
    source: str


def fiche_annexe(session: SessionData, epreuve: str | None = None) -> FicheAnnexe:
    """How this year's circular names the fiche de contrôle de conformité: the first annex whose title says
    so (one naming the épreuve first), else the neutral title of the national rules."""
    nat = national().fiche_controle
    wanted = [fold(t) for t in nat.annexe_titres]
    for phrase in wanted:
        found = [a for a in session.exigences.annexes if phrase in fold(a.titre)]
        named = [a for a in found if epreuve and re.search(rf"\b{re.escape(epreuve)}\b", a.titre)]
        unnamed = [a for a in found if not re.search(r"\bE\d", a.titre)]
        for a in named or unnamed or found:
            return FicheAnnexe(a.numero, a.titre, circular_source(session, a.source.page, a.source.extrait))
    return FicheAnnexe(None, nat.titre_neutre, national().texte)


def init_template(sigle: str) -> str:
    """The commented rules file of a specialty, to complete (`bts rules init SIGLE`)."""
    known = {s.sigle: s.intitule for s in specialites()}
    text = (rules_dir() / "_modele.yaml.in").read_text(encoding="utf-8")
    return text.replace("{sigle}", sigle.upper()).replace("{intitule}", known.get(sigle.upper(), "à compléter"))


@dataclass(frozen=True)
class Reforme:
    """A former specialty and the one that replaced it (`remplace` in pipeline/data/specialites.yaml)."""

    ancien: str
    nouveau: str
    reforme: str
    premiere_session: int
    verifie: bool


@cache
def reformes() -> tuple[Reforme, ...]:
    """Former sigle → new sigle, each with its reform; the former sigle must be in the list too."""
    listed = specialites()
    known = {s.sigle for s in listed}
    out = tuple(Reforme(r.sigle, s.sigle, r.reforme, r.premiere_session, r.verifie) for s in listed for r in s.remplace)
    unknown = sorted({r.ancien for r in out} - known)
    if unknown:
        raise RulesError(f"sigle remplacé inconnu de la liste : {unknown[0]}", path=DATA_DIR / "specialites.yaml")
    return out
