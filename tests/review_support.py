"""Builders shared by the review tests (tests/test_review*.py, tests/test_decisions.py): a deposit with real
files, results stored as `bts check` stores them, an evidence PNG, accounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factories import make_attestation, make_portfolio, make_tableau  # noqa: F401  (re-exported)

from pipeline.models import Epreuve, Evenement, EventSource, Examen, SessionData, Source
from pipeline.storage import ReviewStore, Store

PASSWORD = "motdepasse-de-test-1"
HEADER = "numero;nom;prenom;option;forme;epreuve;depose_le;commission\n"


def sio_2026() -> SessionData:
    return SessionData(
        source=Source(fichier="circulaire_sio_2026.pdf", sha256="12" * 32, format="pdf"),
        examen=Examen(specialite="Services informatiques aux organisations", sigle="SIO", session=2026),
        epreuves=[Epreuve(code="E5", intitule="Support et mise à disposition de services informatiques")],
        evenements=[
            Evenement(type="depot_dossier", debut="2026-04-22T12:00", epreuves=["E5"], libelle="Dépôt des dossiers",
                      source=EventSource(page=2, extrait="au plus tard le 22 avril 2026 à 12h00")),
        ],
    )


def make_evidence_png(path: Path) -> None:
    """A page image with the examined zone outlined in red, as the check's evidence images."""
    from PIL import Image, ImageDraw

    path.parent.mkdir(parents=True, exist_ok=True)
    img = Image.new("RGB", (420, 300), "white")
    draw = ImageDraw.Draw(img)
    for i in range(8):
        draw.line((30, 30 + 14 * i, 390, 30 + 14 * i), fill=(150, 150, 150), width=2)
    draw.text((200, 170), "zone examinée", fill="black")
    draw.rectangle((190, 185, 400, 285), outline=(220, 0, 0), width=4)
    img.save(path, "PNG")


def write_depot(depot: Path, rows: list[str]) -> None:
    depot.mkdir(parents=True, exist_ok=True)
    (depot / "candidats.csv").write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")


def full_dossier(folder: Path, *, period: str = "du 6 janvier 2025 au 14 mars 2025") -> None:
    make_portfolio(folder / "portfolio.pdf")
    make_attestation(folder / "attestation.pdf", period)
    make_tableau(folder / "tableau.xlsx")


def piece(folder: Path, name: str, kind: str) -> dict[str, Any]:
    from core.files import sha256_file

    path = folder / name
    return {"fichier": name, "type": kind, "octets": path.stat().st_size, "pages": 1, "sha256": sha256_file(path)}


def synthetic_lot(tmp_path: Path, store: Store) -> tuple[str, Path, Path]:
    """Three stored results (no analysis run): 26SIO0001 à vérifier with an evidence image (commission 1),
    26SIO0002 conforme (commission 1), 26SIO0003 non conforme (commission 2). Returns (lot, depot, preuves)."""
    from pipeline.check import lot_id

    depot, preuves = tmp_path / "depot", tmp_path / "preuves"
    write_depot(depot, [
        "26SIO0001;Durand;Léa;SISR;ponctuelle;E5;2026-04-20 10:00;1",
        "26SIO0002;Martin;Hugo;SLAM;ponctuelle;E5;2026-04-21 09:00;1",
        "26SIO0003;Bernard;Zoé;SLAM;ponctuelle;E5;2026-04-23 08:00;2",
    ])
    for n in ("26SIO0001", "26SIO0002", "26SIO0003"):
        full_dossier(depot / n)
    make_evidence_png(preuves / "26SIO0001" / "attestation_p1_z1.png")
    lot = lot_id(depot, "E5")

    def result(numero: str, nom: str, prenom: str, statut: str, motifs: list[str],
               anomalies: list[dict[str, Any]]) -> dict[str, Any]:
        folder = depot / numero
        return {
            "numero": numero, "nom": nom, "prenom": prenom, "epreuve": "E5", "statut": statut, "motifs": motifs,
            "anomalies": anomalies, "penalites": [],
            "pieces": [piece(folder, "portfolio.pdf", "portfolio"), piece(folder, "attestation.pdf", "attestation_stage"),
                       piece(folder, "tableau.xlsx", "tableau_synthese")],
            "signatures": [{"piece": "attestation.pdf", "page": 1, "nature": "manuscrite", "valide": statut != "a_verifier"}],
            "stage": {"periodes": [{"debut": "2025-01-06", "fin": "2025-03-14", "piece": "attestation.pdf", "page": 1,
                                    "extrait": "du 6 janvier 2025 au 14 mars 2025"}],
                      "semaines": 10.0, "semaines_requises": 10.0},
            "depose_le": "2026-04-20T10:00", "date_limite": "2026-04-22T12:00",
        }

    store.save_resultat(lot, "26SIO0001", "e1", result("26SIO0001", "Durand", "Léa", "a_verifier", [], [
        {"code": "signature_indeterminee", "gravite": "a_verifier", "piece": "attestation.pdf", "page": 1,
         "message": "attestation.pdf p.1 : zone « Signature et cachet » : encre 0,8 % entre les seuils : à examiner.",
         "preuve": "26SIO0001/attestation_p1_z1.png"},
        {"code": "signature_indeterminee", "gravite": "a_verifier", "piece": "attestation.pdf", "page": 2,
         "message": "attestation.pdf p.2 : zone sans image de preuve.", "preuve": "26SIO0001/absente.png"},
    ]))
    store.save_resultat(lot, "26SIO0002", "e2", result("26SIO0002", "Martin", "Hugo", "conforme", [], []))
    store.save_resultat(lot, "26SIO0003", "e3", result("26SIO0003", "Bernard", "Zoé", "non_conforme",
                                                       ["depot_hors_delai"], [
        {"code": "depot_hors_delai", "gravite": "motif",
         "message": "déposé le 23 avril 2026 à 08:00, après la date limite du 22 avril 2026 à 12:00."}]))
    return lot, depot, preuves


def add_accounts(review: ReviewStore) -> None:
    from pipeline.accounts import create_user

    create_user(review, "Mme Durand", "dec", PASSWORD)
    create_user(review, "M. Petit", "commission", PASSWORD, "1")
    create_user(review, "Mme Roux", "commission", PASSWORD, "2")
