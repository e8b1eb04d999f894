"""Rules that change by specialty and session, loaded from YAML and validated (fail loudly).

Nothing here knows a year or a specialty: `pipeline/data/rules/<sigle>.yaml` holds internship weeks,
upload size limit, expected pieces and penalties per épreuve, code correspondences and annexe numbering,
each valid for a range of sessions (`depuis_session` / `jusqu_a_session`).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from pydantic import model_validator

from core.data import Strict, load_model
from core.errors import RulesError
from core.text import fold  # noqa: F401  (re-exported)
from extractors.examen import Specialite, specialites  # noqa: F401  (re-exported)

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
    taille_max_octets: int
    formats: list[str] = ["pdf"]


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
    if not path.exists():
        return None
    rules = load_model(path, SpecialtyRules, "fichier de règles")
    if rules.sigle.upper() != sigle.upper():
        raise RulesError(f"le fichier déclare le sigle {rules.sigle}, attendu {sigle}", path=path)
    return rules


def all_rules() -> list[SpecialtyRules]:
    return [r for p in sorted(rules_dir().glob("*.yaml")) if (r := load_rules(p.stem.upper()))]


