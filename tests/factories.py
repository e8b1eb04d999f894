"""Shared test builders: sessions, manifest rows and file facts as the extractors would give them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

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




# --- real files (reportlab PDF, openpyxl XLSX), for the batch and review tests -------------------------


def make_attestation(
    path: Path, period: str = "du 6 janvier 2025 au 14 mars 2025", *, signed: bool = True
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, h - 90, "ATTESTATION DE STAGE")
    c.setFont("Helvetica", 11)
    y = h - 140
    for line in [
        "Je soussignée Jeanne Martin, tutrice, atteste que la candidate a effectué un stage",
        f"dans notre entreprise {period}.",
        "Fait à Marseille, le 20 mars 2025.",
    ]:
        c.drawString(72, y, line)
        y -= 18
    y -= 30
    c.drawString(300, y, "Signature et cachet de l'entreprise")
    if signed:
        p = c.beginPath()
        p.moveTo(310, y - 60)
        for i in range(8):
            p.curveTo(320 + i * 15, y - 20, 330 + i * 15, y - 90, 340 + i * 15, y - 50)
        c.setLineWidth(2)
        c.drawPath(p, stroke=1, fill=0)
    c.showPage()
    c.save()


def make_portfolio(path: Path, pages: int = 3) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4)
    for i in range(pages):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 760, "Portfolio — BTS" if i == 0 else f"Réalisation {i}")
        c.setFont("Helvetica", 11)
        c.drawString(72, 720, "Sommaire, contexte, réalisation professionnelle.")
        c.showPage()
    c.save()


def make_tableau(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    ws.append(["Tableau de synthèse des réalisations professionnelles"])
    ws.append(["Réalisation", "Compétences mobilisées"])
    ws.append(["Déploiement d'un serveur", "B1.1"])
    wb.save(path)
