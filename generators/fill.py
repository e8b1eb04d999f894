"""`run_fill`: everything `bts fill` does (check arguments, read verdicts and evaluations, fill, convert),
callable from the CLI, a flow or a test."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from core.errors import BadArgumentError
from pipeline.models import Controle, SessionData

FormKind = Literal["controle", "grille", "fiche"]
KINDS: dict[str, FormKind] = {"controle": "controle", "grille": "grille", "fiche": "fiche"}


def _parse_date(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise BadArgumentError(f"--date « {value} » : attendu AAAA-MM-JJ, par exemple 2026-05-21") from None


def _parse_forms(value: str | None) -> tuple[FormKind, ...]:
    if not value:
        return ("controle", "grille", "fiche")
    out: list[FormKind] = []
    for part in re.split(r"[,;\s]+", value.strip().lower()):
        if not part:
            continue
        if part not in KINDS:
            raise BadArgumentError(f"--formulaires « {part} » inconnu : attendu controle, grille ou fiche")
        out.append(KINDS[part])
    return tuple(out)


def _check_out(out: Path) -> None:
    """--out must be a folder we can write in: say so before rendering anything."""
    if out.exists() and not out.is_dir():
        raise BadArgumentError(f"--out {out} est un fichier, pas un dossier",
                               hint="Indiquez un dossier (il est créé s'il n'existe pas).")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BadArgumentError(f"--out {out} : création du dossier impossible ({exc.strerror})",
                               hint="Choisissez un dossier où vous avez le droit d'écrire.") from exc


def with_decisions(controle: Controle) -> Controle:
    """Forms follow the final verdicts: the commission's decisions stored for this batch (`lot` of the results)
    override the verdicts of a RESULTS.json written before them. No database, no decision: unchanged."""
    from pipeline.decisions import apply_decision
    from pipeline.models import Resultat
    from pipeline.settings import database_url
    from pipeline.storage import ReviewStore

    url = database_url()
    if not controle.lot or (url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists()):
        return controle
    latest = ReviewStore().latest_decisions(controle.lot)
    if not latest:
        return controle
    resultats = [Resultat.model_validate(apply_decision(r.model_dump(mode="json"), latest.get(r.numero)))
                 for r in controle.resultats]
    return controle.model_copy(update={"resultats": resultats})


def run_fill(session: Path | SessionData, out: Path, *, controle: Path | Controle | None = None,
             candidats: Path | None = None,
             evaluations: Path | None = None, commission: str | None = None, date: str | None = None,
             membres: str | None = None, formulaires: str | None = None, epreuve: str | None = None,
             pdf: bool = True, batch_size: int = 200, workers: int = 1):  # noqa: ANN201 - FillReport
    """Everything `bts fill` does, callable from a flow or a test."""
    from generators.annexes import fill, formset_for
    from pipeline.evaluations import (
        candidats_from_controle,
        load_controle,
        load_session,
        read_candidats,
        read_evaluations,
    )

    if controle is None and candidats is None:
        raise BadArgumentError("indiquez --controle RESULTATS.json (écrit par bts check) ou --candidats candidats.csv")
    _check_out(Path(out))
    data = session if isinstance(session, SessionData) else load_session(session)
    members = [m.strip() for m in (membres or "").split(";") if m.strip()]
    # --- every specialty (generators.fiche_controle): without templates of its own, the generic fiche de
    # contrôle and one summary line per form skipped, instead of refusing the run
    from generators.fiche_controle import fill_generic, has_templates

    generic = not has_templates(data)
    fs = None if generic else formset_for(data, date=_parse_date(date), membres=members, commission=commission)
    # --- end every specialty
    listed = read_candidats(candidats) if candidats else []
    refused: dict[str, str] = {}
    if controle is not None:
        verdicts = controle if isinstance(controle, Controle) else load_controle(controle)
        people = candidats_from_controle(with_decisions(verdicts), listed)
        refused = refused_rows(verdicts)
    else:
        people = listed
    if fs is None:  # every specialty: see above
        return fill_generic(data, people, Path(out), wanted=_parse_forms(formulaires), epreuve=epreuve,
                            date=_parse_date(date), membres=members, commission=commission, refused=refused,
                            pdf=pdf, batch_size=batch_size, workers=workers, evaluations=evaluations)
    evals = read_evaluations(evaluations, fs.family) if evaluations else {}
    return fill(fs, people, evals, out, wanted=_parse_forms(formulaires), epreuve=epreuve, pdf=pdf,
                batch_size=batch_size, workers=workers, refused=refused)


# Rows `bts check` refused as rows (nothing was judged): their numero or identity cannot go on a form.
REFUSED_ROW_CODES = ("numero_invalide", "ligne_incomplete")


def refused_rows(controle: Controle) -> dict[str, str]:
    """numero → the label of why `bts check` refused the row, for the rows that must get no form."""
    from pipeline.codes import label

    out: dict[str, str] = {}
    for r in controle.resultats:
        codes = [a.code for a in r.anomalies if a.code in REFUSED_ROW_CODES]
        if codes:
            out[r.numero] = label(codes[0])
    return out
