"""`bts fill`: the official annexes (fiche de contrôle, grille, fiche d'appréciation) per candidate."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

import typer

from pipeline.cli_common import console, handle_errors
from pipeline.errors import BadArgumentError
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
    fs = formset_for(data, date=_parse_date(date), membres=members, commission=commission)
    listed = read_candidats(candidats) if candidats else []
    if controle is not None:
        verdicts = controle if isinstance(controle, Controle) else load_controle(controle)
        people = candidats_from_controle(verdicts, listed)
    else:
        people = listed
    evals = read_evaluations(evaluations, fs.family) if evaluations else {}
    return fill(fs, people, evals, out, wanted=_parse_forms(formulaires), epreuve=epreuve, pdf=pdf,
                batch_size=batch_size, workers=workers)


def register(app: typer.Typer) -> None:
    @app.command()
    @handle_errors
    def fill(
        session: Annotated[Path, typer.Option("--session", help="SESSION.json écrit par bts ingest")],
        out: Annotated[Path, typer.Option("--out", help="Dossier de sortie (docx/, pdf/, PDF par commission)")],
        controle: Annotated[Path | None, typer.Option("--controle", help="RESULTATS.json écrit par bts check")] = None,
        candidats: Annotated[Path | None, typer.Option("--candidats", help="candidats.csv (numero;nom;prenom;option;forme;epreuve;depose_le)")] = None,
        evaluations: Annotated[Path | None, typer.Option("--evaluations", help="evaluations.csv : niveaux, note proposée, observations")] = None,
        commission: Annotated[str | None, typer.Option("--commission", help="N° de la commission (pour les candidats sans colonne commission)")] = None,
        date: Annotated[str | None, typer.Option("--date", help="Date portée sur les formulaires (AAAA-MM-JJ)")] = None,
        membres: Annotated[str | None, typer.Option("--membres", help="Membres de la commission, séparés par ; (\"A;B\")")] = None,
        formulaires: Annotated[str | None, typer.Option("--formulaires", help="controle,grille,fiche (par défaut : les trois)")] = None,
        epreuve: Annotated[str | None, typer.Option("--epreuve", help="Seulement les candidats de cette épreuve")] = None,
        pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="Convertir aussi en PDF (LibreOffice)")] = True,
        lot: Annotated[int, typer.Option("--lot", min=1, help="Fichiers par appel de LibreOffice")] = 200,
        workers: Annotated[int, typer.Option("--workers", min=1, max=16, help="Processus LibreOffice simultanés")] = 1,
    ) -> None:
        """Remplit les annexes officielles (contrôle de conformité, grille, fiche d'appréciation) en DOCX et PDF."""
        report = run_fill(session, out, controle=controle, candidats=candidats, evaluations=evaluations,
                          commission=commission, date=date, membres=membres, formulaires=formulaires,
                          epreuve=epreuve, pdf=pdf, batch_size=lot, workers=workers)
        for line in report.skipped:
            console.print(f"[yellow]Ignoré[/] : {line}", highlight=False)
        n = len(report.produced)
        candidates = len({p.candidat.numero for p in report.produced})
        console.print(f"{n} formulaire(s) DOCX pour {candidates} candidat(s) dans {out / 'docx'} "
                      f"({report.docx_seconds:.1f} s)", highlight=False)
        if pdf and n:
            console.print(f"{n} PDF dans {out / 'pdf'} ({report.pdf_seconds:.1f} s) ; impression par commission :",
                          highlight=False)
            for path in report.merged.values():
                console.print(f"  {path}", highlight=False)
