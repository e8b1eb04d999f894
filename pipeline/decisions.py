"""The commission's decisions: the machine proposes, the commission decides (arrêté du 22 juillet 2008).

A decision settles one candidate of one batch: statut `conforme` or `non_conforme`, the official grounds
(only the four motifs of the arrêté; at least one for non_conforme, none for conforme), a comment (always:
a decision says why), who and when (Europe/Paris), the machine's statut at that moment and the fingerprint
of the files it was made on. Decisions are appended, never rewritten: a correction is a new decision.

The final verdict of a candidate = its latest decision, else the machine's. `bts check` stores only the
machine's verdict (table `resultats`), so a re-check — even `--force` — never erases a decision; when the
candidate's files changed since (their fingerprint differs), the decision stays in force and the result
carries the anomaly `decision_a_revoir` ("décision à revoir : fichiers modifiés depuis").
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from core.errors import BadArgumentError
from core.text import fold
from pipeline.codes import CATALOGUE, MOTIFS, STATUT_LABELS, Code, label
from pipeline.models import Motif, Statut

if TYPE_CHECKING:
    from pipeline.storage import ReviewStore, Store

PARIS = ZoneInfo("Europe/Paris")
DecisionStatut = Literal["conforme", "non_conforme"]
DECISION_STATUTS: dict[str, str] = {"conforme": "conforme", "non_conforme": "non conforme"}
MOTIF_CODES: tuple[str, ...] = tuple(c.value for c in MOTIFS)
MAX_COMMENT = 4000
MAX_NAME = 200


class Decision(BaseModel):
    """One row of the decisions table."""

    id: int | None = None
    lot: str
    numero: str
    epreuve: str | None = None
    statut: DecisionStatut
    motifs: list[Motif]
    commentaire: str
    par: str
    le: datetime  # timezone-aware
    statut_machine: Statut
    empreinte_fichiers: str

    @property
    def le_paris(self) -> datetime:
        return self.le.astimezone(PARIS)

    def as_result_field(self, a_revoir: bool) -> dict[str, Any]:
        """The `decision` object of a result (JSON, XLSX, pages)."""
        return {
            "statut": self.statut,
            "motifs": list(self.motifs),
            "commentaire": self.commentaire,
            "par": self.par,
            "le": self.le_paris.isoformat(timespec="seconds"),
            "statut_machine": self.statut_machine,
            "a_revoir": a_revoir,
        }


# --- validation: the same for the web form and `bts decide` --------------------------------------------------


def _motif_code(value: str) -> str | None:
    """A motif given as its code or its French label (« dépôt hors délai »), else None."""
    v = value.strip()
    if v in MOTIF_CODES:
        return v
    folded = fold(v).replace("_", " ")
    for code in MOTIF_CODES:
        if folded in (fold(code.replace("_", " ")), fold(CATALOGUE[Code(code)].label)):
            return code
    return None


def motifs_help() -> str:
    return ", ".join(f"{c} ({label(c)})" for c in MOTIF_CODES)


def decision_errors(
    statut: str | None, motifs: Iterable[str], commentaire: str | None, par: str | None
) -> tuple[list[str], list[str]]:
    """(French errors, motif codes): every problem of a decision, so a form can show them all at once."""
    errors: list[str] = []
    codes: list[str] = []
    for m in motifs:
        if not m.strip():
            continue
        code = _motif_code(m)
        if code is None:
            errors.append(f"motif « {m} » inconnu : seuls les quatre motifs officiels sont admis — {motifs_help()}")
        elif code not in codes:
            codes.append(code)
    codes.sort(key=MOTIF_CODES.index)
    if statut not in DECISION_STATUTS:
        errors.append(
            f"statut « {statut or ''} » refusé : une décision tranche, conforme ou non_conforme"
            if statut
            else "statut manquant : choisissez conforme ou non conforme"
        )
    elif statut == "non_conforme" and not codes and not errors:
        errors.append("une décision « non conforme » doit citer au moins un motif officiel")
    elif statut == "conforme" and codes:
        errors.append("une décision « conforme » ne cite aucun motif de non-conformité")
    text = (commentaire or "").strip()
    if not text:
        errors.append("commentaire obligatoire : dites ce qui a été vérifié et pourquoi")
    elif len(text) > MAX_COMMENT:
        errors.append(f"commentaire trop long ({len(text)} caractères ; au plus {MAX_COMMENT})")
    who = " ".join((par or "").split())
    if not who:
        errors.append("auteur de la décision manquant (--par NOM)")
    elif len(who) > MAX_NAME:
        errors.append(f"nom de l'auteur trop long (au plus {MAX_NAME} caractères)")
    return errors, codes


def validate_decision(
    statut: str | None, motifs: Iterable[str], commentaire: str | None, par: str | None
) -> tuple[DecisionStatut, list[str], str, str]:
    """(statut, motif codes, commentaire, par) or BadArgumentError (exit 2) listing every problem."""
    errors, codes = decision_errors(statut, motifs, commentaire, par)
    if errors:
        raise BadArgumentError(" ; ".join(errors))
    return statut, codes, (commentaire or "").strip(), " ".join((par or "").split())  # type: ignore[return-value]


# --- what a decision is made on ---------------------------------------------------------------------------------


def files_fingerprint(resultat: dict[str, Any]) -> str:
    """sha256 of the candidate's files as the check saw them (name, size, content hash), order-free."""
    pieces = sorted(
        (str(p.get("fichier")), p.get("octets"), p.get("sha256")) for p in resultat.get("pieces") or []
    )
    return hashlib.sha256(json.dumps(pieces, ensure_ascii=False).encode()).hexdigest()


def record_decision(
    review: ReviewStore,
    lot: str,
    numero: str,
    *,
    statut: str | None,
    motifs: Iterable[str],
    commentaire: str | None,
    par: str | None,
    now: datetime | None = None,
) -> Decision:
    """Validate and append one decision on a candidate whose machine verdict is stored."""
    checked, codes, text, who = validate_decision(statut, motifs, commentaire, par)
    stored = review.store.get_resultat(lot, numero)
    if stored is None:
        raise BadArgumentError(
            f"candidat {numero} absent des résultats de ce lot", hint="Lancez d'abord bts check sur ce dépôt."
        )
    _, machine = stored
    decision = Decision(
        lot=lot,
        numero=numero,
        epreuve=machine.get("epreuve"),
        statut=checked,
        motifs=codes,  # type: ignore[arg-type]
        commentaire=text,
        par=who,
        le=(now or datetime.now(UTC)).astimezone(UTC),
        statut_machine=machine.get("statut", "a_verifier"),
        empreinte_fichiers=files_fingerprint(machine),
    )
    decision.id = review.add_decision(decision.model_dump(exclude={"id"}))
    return decision


def history(review: ReviewStore, lot: str, numero: str) -> list[Decision]:
    return [Decision.model_validate(d) for d in review.decisions(lot, numero)]


# --- the final verdict ------------------------------------------------------------------------------------------


def fr_moment(dt: datetime) -> str:
    """« 12/05/2026 à 14:03 » in Europe/Paris."""
    local = dt.astimezone(PARIS)
    return f"{local:%d/%m/%Y} à {local:%H:%M}"


def apply_decision(resultat: dict[str, Any], decision: Decision | dict[str, Any] | None) -> dict[str, Any]:
    """The final result: the machine's, overridden by the decision in force (idempotent)."""
    if decision is None:
        return resultat
    d = decision if isinstance(decision, Decision) else Decision.model_validate(decision)
    out = dict(resultat)
    machine = out.get("verdict_machine") or {"statut": out.get("statut"), "motifs": list(out.get("motifs") or [])}
    anomalies = [a for a in out.get("anomalies") or [] if a.get("code") != Code.decision_a_revoir.value]
    a_revoir = d.empreinte_fichiers != files_fingerprint(out)
    if a_revoir:
        now = STATUT_LABELS.get(str(machine["statut"]), str(machine["statut"]))
        anomalies.append({
            "code": Code.decision_a_revoir.value,
            "gravite": "a_verifier",
            "message": f"décision à revoir : fichiers modifiés depuis la décision du {fr_moment(d.le)} ({d.par}) ; "
                       f"le contrôle automatique donne maintenant « {now} ».",
        })
    out.update(
        statut=d.statut,
        motifs=list(d.motifs),
        anomalies=anomalies,
        decision=d.as_result_field(a_revoir),
        verdict_machine=machine,
    )
    return out


def final_resultats(store: Store, lot: str, rows: Sequence[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The batch's results with the decisions in force applied (machine verdict where nobody decided)."""
    from pipeline.storage import ReviewStore

    rows = store.resultats(lot) if rows is None else rows
    latest = ReviewStore(store).latest_decisions(lot)
    return [apply_decision(r, latest.get(r.get("numero", ""))) for r in rows]


def needs_review(resultat: dict[str, Any]) -> bool:
    """In the « à vérifier » queue: the final statut is à vérifier, or a decision must be looked at again."""
    return resultat.get("statut") == "a_verifier" or bool((resultat.get("decision") or {}).get("a_revoir"))


# --- which batch, which commission --------------------------------------------------------------------------------


def split_lot(lot: str) -> tuple[Path, str]:
    """A batch id is « DEPOT:EPREUVE » (pipeline.check.lot_id)."""
    depot, _, code = lot.rpartition(":")
    return Path(depot), code


def find_lot(review: ReviewStore, numero: str, epreuve: str, depot: Path | str | None = None) -> str:
    """The batch of a candidate for an épreuve; --depot chooses when several deposits hold it."""
    code = epreuve.strip().upper()
    lots = [lot for lot in review.lots_of(numero) if split_lot(lot)[1].upper() == code]
    if depot is not None:
        root = Path(depot).expanduser().resolve()
        lots = [lot for lot in lots if split_lot(lot)[0] == root]
    if not lots:
        where = f" dans le dépôt {depot}" if depot is not None else ""
        raise BadArgumentError(
            f"aucun résultat enregistré pour le candidat {numero} à l'épreuve {code}{where}",
            hint="Vérifiez le numéro et l'épreuve, ou lancez d'abord bts check sur le dépôt.",
        )
    if len(lots) > 1:
        raise BadArgumentError(
            f"le candidat {numero} figure dans {len(lots)} dépôts pour l'épreuve {code} : "
            + ", ".join(str(split_lot(lot)[0]) for lot in lots),
            hint="Précisez lequel avec --depot DOSSIER.",
        )
    return lots[0]


_COMMISSIONS: dict[tuple[str, int, int], dict[str, str] | None] = {}


def commissions(lot: str) -> dict[str, str] | None:
    """numero → commission from the batch's candidats.csv, or None when it has no commission column.

    Raises OSError when the manifest cannot be read (the caller decides: a commission member then sees
    nothing rather than everything)."""
    path = split_lot(lot)[0] / "candidats.csv"
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key in _COMMISSIONS:
        return _COMMISSIONS[key]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    lines = text.splitlines()
    first = lines[0] if lines else ""
    reader = csv.reader(io.StringIO(text), delimiter=";" if first.count(";") >= first.count(",") else ",")
    header = [fold(h).replace(" ", "_") for h in next(reader, [])]
    out: dict[str, str] | None = None
    if "commission" in header and "numero" in header:
        i, n = header.index("commission"), header.index("numero")
        out = {}
        for cells in reader:
            if len(cells) > max(i, n) and cells[n].strip():
                out.setdefault(cells[n].strip(), cells[i].strip())
    if len(_COMMISSIONS) > 64:
        _COMMISSIONS.clear()
    _COMMISSIONS[key] = out
    return out


# --- where a candidate is reviewed -------------------------------------------------------------------------------


def lot_key(lot: str) -> str:
    """Short stable id of a batch for URLs (the batch id itself is a folder path)."""
    return hashlib.sha256(lot.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def review_path(lot: str, numero: str) -> str:
    from urllib.parse import quote

    return f"/lots/{lot_key(lot)}/candidats/{quote(numero, safe='')}"


def review_base_url() -> str:
    """Address of `bts review` as the commission opens it (BTS_REVIEW_URL, default the local server)."""
    import os

    return os.environ.get("BTS_REVIEW_URL", "http://127.0.0.1:8000").rstrip("/")
