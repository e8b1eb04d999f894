"""French summary of a batch: counts per statut, per motif, and the reasons for `a_verifier`.

Every figure counts candidates (a candidate with two unreadable files counts once for that reason).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from pipeline.models import Resultat

STATUTS = {"conforme": "conformes", "non_conforme": "non conformes", "a_verifier": "à vérifier"}
MOTIFS = {
    "absence_dossier": "absence de dossier",
    "depot_hors_delai": "dépôt hors délai",
    "duree_stage_insuffisante": "durée de stage insuffisante",
    "documents_non_signes": "documents non signés",
}
PENALITES = {"absence_tableau_synthese": "absence de tableau de synthèse"}
ANOMALIES = {
    "date_limite_introuvable": "date limite introuvable",
    "date_depot_illisible": "date de dépôt illisible",
    "numero_invalide": "numéro de candidat refusé",
    "lien_refuse": "lien hors du dépôt refusé",
    "fichier_vide": "fichier vide",
    "fichier_tronque": "fichier tronqué",
    "fichier_chiffre": "fichier protégé par mot de passe",
    "fichier_illisible": "fichier illisible",
    "analyse_delai_depasse": "analyse trop longue (délai dépassé)",
    "format_refuse": "format non PDF",
    "taille_excessive": "taille au-delà de la limite",
    "attestation_absente": "attestation de stage absente",
    "piece_manquante": "pièce manquante",
    "piece_non_reconnue": "pièce attendue peut-être dans un fichier illisible",
    "signature_illisible": "signature numérique illisible",
    "periode_introuvable": "période de stage introuvable",
    "duree_stage_non_verifiee": "durée de stage requise inconnue",
    "duree_incoherente": "durée déclarée incohérente avec les dates",
    "signature_alteree": "signature numérique modifiée",
    "signature_non_reconnue": "certificat de signature non reconnu",
    "signature_indeterminee": "signature manuscrite indécidable",
    "regles_inconnues": "spécialité sans règles",
    "epreuve_sans_regle": "épreuve sans règle de dossier",
}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("s" if n > 1 and not word.endswith("s") else "")


def _counts(counter: Counter[str], labels: dict[str, str]) -> str:
    return " ; ".join(f"{labels.get(k, k.replace('_', ' '))} : {n}" for k, n in counter.most_common())


def summary(
    resultats: Sequence[Resultat],
    *,
    epreuve: str | None = None,
    skipped: int = 0,
    avertissements: Iterable[str] = (),
    seconds: float | None = None,
) -> str:
    """A few lines an exam office can read: totals, motifs, what needs a person, warnings."""
    statuts: Counter[str] = Counter(r.statut for r in resultats)
    motifs: Counter[str] = Counter(m for r in resultats for m in r.motifs)
    to_check: Counter[str] = Counter(  # candidates per reason (a reason may repeat within one dossier)
        code
        for r in resultats
        if r.statut == "a_verifier"
        for code in {a.code for a in r.anomalies if getattr(a, "gravite", "a_verifier") == "a_verifier"}
    )
    penalties = Counter(p.code for r in resultats for p in r.penalites)
    where = f" — épreuve {epreuve}" if epreuve else ""
    head = f"Contrôle de conformité{where} : {_plural(len(resultats), 'candidat')}"
    if skipped:
        head += (
            f" (dont {skipped} inchangé{'s' if skipped > 1 else ''} depuis le dernier contrôle, non réanalysé"
        )
        head += "s)" if skipped > 1 else ")"
    if seconds is not None:
        head += f", en {seconds:.1f} s".replace(".", ",")
    lines = [head + "."]
    lines.append(" ; ".join(f"{STATUTS[s]} : {statuts.get(s, 0)}" for s in STATUTS) + ".")
    if motifs:
        lines.append(f"Motifs de non-conformité : {_counts(motifs, MOTIFS)}.")
    if to_check:
        lines.append(f"À vérifier : {_counts(to_check, ANOMALIES)}.")
    if penalties:
        lines.append(f"Pénalités : {_counts(penalties, PENALITES)}.")
    for w in avertissements:
        lines.append(f"Attention : {w}.")
    return "\n".join(lines)
