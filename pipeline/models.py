"""Domain models: the two JSON contracts (../shared/contracts) as pydantic models.

Field names are the French words of the contracts on purpose. Extra fields are allowed by the contracts;
ours (warnings, ancien_code…) are optional so a contract-only JSON still loads.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
    "reunion", "transmission", "jury", "resultats", "autre",
]
Nature = Literal["ecrite", "orale", "pratique"]
Statut = Literal["conforme", "non_conforme", "a_verifier"]
Motif = Literal["absence_dossier", "depot_hors_delai", "duree_stage_insuffisante", "documents_non_signes"]
PieceType = Literal["portfolio", "attestation_stage", "tableau_synthese", "autre"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Source(_Model):
    fichier: str
    sha256: str
    format: Literal["pdf", "docx", "txt", "md"]
    pages: int | None = None


class Examen(_Model):
    diplome: str = "BTS"
    specialite: str | None = None
    sigle: str | None = None
    session: int | None = None
    academie: str | None = None
    academies_rattachees: list[str] = Field(default_factory=list)
    portee: Literal["nationale", "academique"] | None = None  # a national note names no single académie


class Epreuve(_Model):
    code: str
    intitule: str | None = None
    nature: Nature | None = None
    ancien_code: str | None = None
    nouveau_code: str | None = None
    epreuve_parente: str | None = None  # E5 for the sub-épreuve E5A
    sans_date: Literal["initiative_recteurs", "ccf"] | None = None  # why the circular gives it no date


class Centre(_Model):
    id: str
    nom: str
    adresse: str | None = None
    code_postal: str | None = None
    ville: str | None = None


class Horaire(_Model):
    debut: str
    fin: str


class EventSource(_Model):
    page: int | None = None
    extrait: str = ""


class Evenement(_Model):
    type: EventType
    debut: str
    fin: str | None = None
    horaires: list[Horaire] = Field(default_factory=list)
    epreuves: list[str] = Field(default_factory=list)
    centres: list[str] = Field(default_factory=list)
    libelle: str
    source: EventSource | None = None


class DureeStage(_Model):
    """An internship duration the circular states, for the specialty or for the épreuves named."""

    semaines: float | None = None
    mois: float | None = None
    epreuves: list[str] = Field(default_factory=list)
    au_moins: bool = False
    sur_deux_ans: bool = False
    source: EventSource


class DossierConformite(_Model):
    """An épreuve whose dossier goes through the contrôle de conformité, and how it is deposited."""

    epreuve: str
    modalite: Literal["cyclades", "plateforme", "courriel", "papier"] | None = None
    cachet_poste: bool = False
    source: EventSource
    source_modalite: EventSource | None = None


class AnnexeCirculaire(_Model):
    numero: str
    titre: str
    source: EventSource


class Exigences(_Model):
    """What the circular itself requires (each with its sentence): the session layer of the rules."""

    stages: list[DureeStage] = Field(default_factory=list)
    dossiers: list[DossierConformite] = Field(default_factory=list)
    annexes: list[AnnexeCirculaire] = Field(default_factory=list)


class SessionData(_Model):
    schema_version: Literal["1"] = "1"
    source: Source
    examen: Examen
    date_document: str | None = None
    epreuves: list[Epreuve] = Field(default_factory=list)
    centres: list[Centre] = Field(default_factory=list)
    evenements: list[Evenement] = Field(default_factory=list)
    avertissements: list[str] = Field(default_factory=list)
    exigences: Exigences = Field(default_factory=Exigences)

    def deadline(self, code: str) -> Evenement | None:
        """The dossier deadline of an épreuve code (latest if several), or None."""
        found = [e for e in self.evenements if e.type == "depot_dossier" and code in e.epreuves]
        return max(found, key=lambda e: e.debut) if found else None


# --- contrôle de conformité -------------------------------------------------------------------

class Anomalie(_Model):
    code: str
    message: str
    piece: str | None = None
    page: int | None = None
    gravite: Literal["motif", "a_verifier", "info"] | None = None
    preuve: str | None = None  # evidence image (PNG) of what was examined, relative to the results file


class Penalite(_Model):
    code: str
    points: float
    libelle: str | None = None


class Periode(_Model):
    debut: str
    fin: str
    piece: str | None = None
    page: int | None = None
    extrait: str | None = None


class Stage(_Model):
    periodes: list[Periode] = Field(default_factory=list)
    semaines: float | None = None
    semaines_requises: float | None = None
    source_requises: str | None = None


class Signature(_Model):
    piece: str
    page: int | None = None
    nature: Literal["numerique", "manuscrite"]
    valide: bool | None = None
    signataire: str | None = None
    detail: str | None = None
    preuve: str | None = None  # evidence image (PNG), relative to the results file


class Piece(_Model):
    fichier: str
    type: PieceType
    octets: int | None = None
    pages: int | None = None
    sha256: str | None = None


class Resultat(_Model):
    numero: str
    nom: str | None = None
    prenom: str | None = None
    epreuve: str | None = None
    statut: Statut
    motifs: list[Motif] = Field(default_factory=list)
    anomalies: list[Anomalie] = Field(default_factory=list)
    penalites: list[Penalite] = Field(default_factory=list)
    stage: Stage | None = None
    signatures: list[Signature] = Field(default_factory=list)
    pieces: list[Piece] = Field(default_factory=list)
    epreuve_manifeste: str | None = None
    depose_le: str | None = None
    date_limite: str | None = None


class SessionRef(_Model):
    sigle: str | None = None
    session: int | None = None
    sha256: str | None = None


class Controle(_Model):
    schema_version: Literal["1"] = "1"
    session: SessionRef
    resultats: list[Resultat] = Field(default_factory=list)
    lot: str | None = None
    epreuve: str | None = None
    genere_le: str | None = None
    avertissements: list[str] = Field(default_factory=list)
