"""The one catalogue of verdict codes: each with its gravité, its French label and the evidence it needs.

| code | gravité | check | evidence the message must show |
|---|---|---|---|
| absence_dossier | motif | absence | no folder, an empty folder, or no file of the dossier (portfolio) among readable files |
| depot_hors_delai | motif | deadline | deposit time, deadline and its source sentence |
| duree_stage_insuffisante | motif | stage | every attestation's periods (file, page, excerpt), the weeks, the rule and its source |
| documents_non_signes | motif | signatures | every place a signature may stand, examined and empty (measure, image) |
| everything else | a_verifier / info | | what was read and why the machine cannot conclude |

Only the four official grounds (arrêté du 22 juillet 2008) are motifs; a motif is built by
`pipeline.findings.motif`, which refuses one without evidence. Penalty codes come from the rules data
(`penalites` of an épreuve) and are labelled there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

Gravite = Literal["motif", "a_verifier", "info"]


class Code(StrEnum):
    # the four official grounds
    absence_dossier = "absence_dossier"
    depot_hors_delai = "depot_hors_delai"
    duree_stage_insuffisante = "duree_stage_insuffisante"
    documents_non_signes = "documents_non_signes"
    # manifest and deposit folder
    numero_invalide = "numero_invalide"
    date_depot_illisible = "date_depot_illisible"
    date_depot_absurde = "date_depot_absurde"
    ligne_incomplete = "ligne_incomplete"
    epreuve_inconnue = "epreuve_inconnue"
    lien_refuse = "lien_refuse"
    dossier_invalide = "dossier_invalide"
    fichier_inaccessible = "fichier_inaccessible"
    nom_fichier_invalide = "nom_fichier_invalide"
    dossier_non_transmis = "dossier_non_transmis"
    # rules and deadline
    regles_inconnues = "regles_inconnues"
    epreuve_sans_regle = "epreuve_sans_regle"
    date_limite_introuvable = "date_limite_introuvable"
    date_limite_sans_epreuve = "date_limite_sans_epreuve"
    # files
    fichier_vide = "fichier_vide"
    fichier_tronque = "fichier_tronque"
    fichier_chiffre = "fichier_chiffre"
    fichier_illisible = "fichier_illisible"
    fichier_trop_complexe = "fichier_trop_complexe"
    analyse_delai_depasse = "analyse_delai_depasse"
    analyse_erreur = "analyse_erreur"
    format_refuse = "format_refuse"
    taille_excessive = "taille_excessive"
    lecture_ocr = "lecture_ocr"
    avertissement_lecture = "avertissement_lecture"
    # pieces
    attestation_absente = "attestation_absente"
    piece_manquante = "piece_manquante"
    piece_non_reconnue = "piece_non_reconnue"
    # internship
    periode_introuvable = "periode_introuvable"
    periode_deduite = "periode_deduite"
    duree_stage_non_verifiee = "duree_stage_non_verifiee"
    duree_incoherente = "duree_incoherente"
    duree_stage = "duree_stage"
    duree_stage_douteuse = "duree_stage_douteuse"
    # signatures
    signature_illisible = "signature_illisible"
    signature_alteree = "signature_alteree"
    signature_non_reconnue = "signature_non_reconnue"
    signature_indeterminee = "signature_indeterminee"
    signature_stagiaire_seule = "signature_stagiaire_seule"
    # the commission's review
    decision_a_revoir = "decision_a_revoir"


@dataclass(frozen=True)
class CodeInfo:
    gravite: Gravite
    label: str


_I = CodeInfo
CATALOGUE: dict[Code, CodeInfo] = {
    Code.absence_dossier: _I("motif", "absence de dossier"),
    Code.depot_hors_delai: _I("motif", "dépôt hors délai"),
    Code.duree_stage_insuffisante: _I("motif", "durée de stage insuffisante"),
    Code.documents_non_signes: _I("motif", "documents non signés"),
    Code.numero_invalide: _I("a_verifier", "numéro de candidat refusé"),
    Code.date_depot_illisible: _I("a_verifier", "date de dépôt illisible"),
    Code.date_depot_absurde: _I("a_verifier", "date de dépôt invraisemblable"),
    Code.ligne_incomplete: _I("a_verifier", "ligne de candidats.csv incomplète"),
    Code.epreuve_inconnue: _I("a_verifier", "épreuve absente de la session"),
    Code.lien_refuse: _I("a_verifier", "lien hors du dépôt refusé"),
    Code.dossier_invalide: _I("a_verifier", "dossier du candidat invalide"),
    Code.fichier_inaccessible: _I("a_verifier", "fichier inaccessible"),
    Code.nom_fichier_invalide: _I("a_verifier", "nom de fichier illisible"),
    Code.dossier_non_transmis: _I("a_verifier", "fichiers présents sans date de dépôt"),
    Code.regles_inconnues: _I("a_verifier", "spécialité sans règles"),
    Code.epreuve_sans_regle: _I("a_verifier", "épreuve sans règle de dossier"),
    Code.date_limite_introuvable: _I("a_verifier", "date limite introuvable"),
    Code.date_limite_sans_epreuve: _I("info", "date limite de la circulaire sans épreuve nommée"),
    Code.fichier_vide: _I("a_verifier", "fichier vide"),
    Code.fichier_tronque: _I("a_verifier", "fichier tronqué"),
    Code.fichier_chiffre: _I("a_verifier", "fichier protégé par mot de passe"),
    Code.fichier_illisible: _I("a_verifier", "fichier illisible"),
    Code.fichier_trop_complexe: _I("a_verifier", "fichier trop complexe pour être analysé"),
    Code.analyse_delai_depasse: _I("a_verifier", "analyse trop longue (délai dépassé)"),
    Code.analyse_erreur: _I("a_verifier", "erreur d'analyse"),
    Code.format_refuse: _I("a_verifier", "format non PDF"),
    Code.taille_excessive: _I("a_verifier", "taille au-delà de la limite"),
    Code.lecture_ocr: _I("info", "page lue par reconnaissance de caractères"),
    Code.avertissement_lecture: _I("info", "avertissement de lecture"),
    Code.attestation_absente: _I("a_verifier", "attestation de stage absente"),
    Code.piece_manquante: _I("a_verifier", "pièce manquante"),
    Code.piece_non_reconnue: _I("a_verifier", "pièce attendue peut-être dans un fichier illisible"),
    Code.periode_introuvable: _I("a_verifier", "période de stage introuvable"),
    Code.periode_deduite: _I("info", "fin de stage déduite d'une durée"),
    Code.duree_stage_non_verifiee: _I("a_verifier", "durée de stage requise inconnue"),
    Code.duree_incoherente: _I("a_verifier", "durée déclarée incohérente avec les dates"),
    Code.duree_stage: _I("info", "durée de stage suffisante"),
    Code.duree_stage_douteuse: _I("a_verifier", "durée de stage peut-être insuffisante"),
    Code.signature_illisible: _I("a_verifier", "signature illisible"),
    Code.signature_alteree: _I("a_verifier", "signature numérique modifiée"),
    Code.signature_non_reconnue: _I("a_verifier", "certificat de signature non reconnu"),
    Code.signature_indeterminee: _I("a_verifier", "signature manuscrite à vérifier"),
    Code.signature_stagiaire_seule: _I("a_verifier", "seul le stagiaire a signé"),
    Code.decision_a_revoir: _I("a_verifier", "décision à revoir : fichiers modifiés depuis"),
}

MOTIFS: tuple[Code, ...] = tuple(c for c, i in CATALOGUE.items() if i.gravite == "motif")
STATUT_LABELS = {"conforme": "conforme", "non_conforme": "non conforme", "a_verifier": "à vérifier"}
GRAVITE_LABELS = {"motif": "motif de non-conformité", "a_verifier": "à vérifier", "info": "information"}


def label(code: str, penalties: dict[str, str] | None = None) -> str:
    """French label of a code; a penalty code is labelled by its rules data; an unknown code is shown as is."""
    try:
        return CATALOGUE[Code(code)].label
    except ValueError:
        if penalties and code in penalties:
            return penalties[code]
        return code.replace("_", " ")


def gravite(code: Code) -> Gravite:
    return CATALOGUE[code].gravite
