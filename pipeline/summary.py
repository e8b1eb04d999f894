"""French summary of a batch: counts per statut, per motif, and the reasons for `a_verifier`.

Every figure counts candidates (a candidate with two unreadable files counts once for that reason).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from pipeline.codes import CATALOGUE
from pipeline.codes import MOTIFS as MOTIF_CODES
from pipeline.models import Resultat

STATUTS = {"conforme": "conformes", "non_conforme": "non conformes", "a_verifier": "à vérifier"}
MOTIFS = {c.value: CATALOGUE[c].label for c in MOTIF_CODES}
ANOMALIES = {c.value: i.label for c, i in CATALOGUE.items() if i.gravite != "motif"}


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
    penalty_labels = {p.code: (p.libelle or p.code).lower() for r in resultats for p in r.penalites}
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
        lines.append(f"Pénalités : {_counts(penalties, penalty_labels)}.")
    for w in avertissements:
        lines.append(f"Attention : {w}.")
    return "\n".join(lines)
