"""Shared test builders: sessions, manifest rows and file facts as the extractors would give them."""

from __future__ import annotations

from datetime import date, datetime

from extractors.dossier import FileFacts, PeriodFact, SignatureExam, SignatureFact, StatedDuration
from pipeline.decide import DecideOptions, decide
from pipeline.manifest import CandidateRow
from pipeline.models import Evenement, EventSource, Examen, Resultat, SessionData, Source
from pipeline.rules import load_rules

RAISONS = {
    "signee": "marque manuscrite ou tampon de 4,0 × 1,4 cm p.1, à 31 pt de « Signature et cachet de l'entreprise »",
    "vide": "aucune marque manuscrite, tampon ni image sur la (les) page(s) 1 en dehors du texte imprimé ; "
            "emplacement(s) examiné(s) : « Signature et cachet de l'entreprise » p.1",
    "indeterminee": "marque de 2,0 × 1,0 cm p.1 éloignée de tout emplacement de signature",
    "stagiaire_seule": "seule une marque à l'emplacement du stagiaire",
}


def exam(statut: str, *, page: int = 1, ocr: bool = False) -> SignatureExam:
    return SignatureExam(statut, RAISONS[statut], [page], page, ["Signature et cachet de l'entreprise"],  # type: ignore[arg-type]
                         1 if statut in {"signee", "indeterminee", "stagiaire_seule"} else 0, ocr,
                         "attestation_pdf_p1_signature.png")


def session(
    sigle: str = "SIO",
    year: int = 2026,
    code: str = "E5",
    debut: str | None = "2026-04-22T12:00",
) -> SessionData:
    events = (
        []
        if debut is None
        else [
            Evenement(
                type="depot_dossier",
                debut=debut,
                epreuves=[code],
                libelle=f"Dépôt des dossiers {code}",
                source=EventSource(page=3, extrait="au plus tard le mercredi 22 avril 2026 à 12h00"),
            )
        ]
    )
    return SessionData(
        source=Source(fichier="circulaire.pdf", sha256="ab" * 32, format="pdf"),
        examen=Examen(specialite="x", sigle=sigle, session=year),
        evenements=events,
    )


def row(depose: datetime | None = datetime(2026, 4, 20, 10, 0), epreuve: str | None = "E5") -> CandidateRow:
    return CandidateRow(
        numero="0001",
        ligne=2,
        nom="Durand",
        prenom="Léa",
        epreuve=epreuve,
        depose_le=depose,
        depose_le_brut=depose.isoformat() if depose else "",
    )


def portfolio() -> FileFacts:
    return FileFacts(
        "portfolio.pdf", 200_000, "a" * 64, "pdf", 20, type_piece="portfolio", type_raison="titre"
    )


def tableau() -> FileFacts:
    return FileFacts("tableau.xlsx", 9_000, "b" * 64, "xlsx", None, type_piece="tableau_synthese")


def attestation(
    periods: list[tuple[date, date]],
    *,
    name: str = "attestation.pdf",
    signed: str = "signee",
    stated: float | None = None,
    digital: list[SignatureFact] | None = None,
) -> FileFacts:
    f = FileFacts(name, 50_000, "c" * 64, "pdf", 1, type_piece="attestation_stage")
    f.periodes = [PeriodFact(a, b, 1, f"du {a} au {b}") for a, b in periods]
    if stated is not None:
        f.durees_declarees = [StatedDuration(stated, 1, f"durée : {stated:g} semaines")]
    if signed:
        f.signature = exam(signed)
    f.signatures_numeriques = digital or []
    return f


TEN_WEEKS = [(date(2025, 1, 6), date(2025, 3, 14))]  # 50 working days


def full(**kw: object) -> list[FileFacts]:
    return [portfolio(), tableau(), attestation(TEN_WEEKS, **kw)]  # type: ignore[arg-type]


def run(
    facts: list[FileFacts],
    *,
    r: CandidateRow | None = None,
    s: SessionData | None = None,
    semaines: float | None = None,
    epreuve: str = "E5",
) -> Resultat:
    s = s or session()
    return decide(r or row(), facts, s, load_rules(s.examen.sigle), DecideOptions(epreuve, semaines))


