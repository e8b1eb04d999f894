"""`bts check DEPOT --session SESSION.json --epreuve E5`: conformity check of a deposit folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from cli._common import console, handle_errors, write_json
from core.errors import InputFileError
from pipeline.models import SessionData
from pipeline.sessions import load_session

DASK_LOCAL = "local"


def normalise_argv(argv: list[str]) -> list[str]:
    """`--dask` may come without an address: insert the local-cluster marker so the parser sees a value."""
    out = list(argv)
    for i, arg in enumerate(out):
        if arg == "--dask" and (
            i + 1 == len(out) or out[i + 1].startswith("-") or _looks_like_folder(out[i + 1])
        ):
            out.insert(i + 1, DASK_LOCAL)
            break
    return out


def _looks_like_folder(arg: str) -> bool:
    """`bts check --dask DEPOT`: a value that is an existing folder is the DEPOT, not a scheduler address."""
    return "://" not in arg and Path(arg).is_dir()


def check(
    depot: Annotated[
        Path, typer.Argument(help="Dossier de dépôt : candidats.csv et un sous-dossier par candidat.")
    ],
    session: Annotated[
        str,
        typer.Option(
            "--session",
            "-s",
            help="SESSION.json écrit par « bts ingest », ou "
            "empreinte (début du sha256) d'une session enregistrée.",
        ),
    ],
    epreuve: Annotated[
        str,
        typer.Option(
            "--epreuve",
            "-e",
            help="Code de l'épreuve contrôlée, ex. E5 (un ancien code est converti selon la session).",
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Résultats JSON (contrat controle.schema.json) ; sinon sur la sortie standard.",
        ),
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", "-r", help="Rapport XLSX (une ligne par candidat).")
    ] = None,
    semaines_requises: Annotated[
        float | None,
        typer.Option(
            "--semaines-requises",
            min=0,
            help="Durée de stage requise en semaines (remplace celle des règles).",
        ),
    ] = None,
    prefect: Annotated[
        bool, typer.Option("--prefect", help="Exécuter avec Prefect (suivi, reprises).")
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="[ADRESSE]",
            help="Exécuter avec Prefect sur Dask : "
            "grappe locale, ou l'adresse d'un ordonnanceur (tcp://hôte:8786).",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=0,
            help="Processus d'analyse (défaut : nombre de cœurs ; 0 = dans ce processus).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Tout recontrôler, même les dossiers inchangés.")
    ] = False,
    purge: Annotated[
        bool,
        typer.Option(
            "--purge",
            help="Supprimer de la base les résultats enregistrés de ce dépôt pour cette épreuve "
            "(données personnelles), sans rien contrôler.",
        ),
    ] = False,
) -> None:
    """Contrôle de conformité des dossiers déposés pour une épreuve."""
    if purge:
        _purge(depot, session, epreuve)
        return
    _run(depot, session, epreuve, out, report, semaines_requises, prefect, dask, workers, force)


@handle_errors
def _purge(depot: Path, session_ref: str, epreuve: str) -> None:
    """Delete the stored results of this lot; the folder may already be gone (the lot is its path)."""
    from pipeline.check import lot_id
    from pipeline.decide import resolve_epreuve
    from pipeline.evidence import purge_evidence
    from pipeline.rules import load_rules
    from pipeline.storage import ReviewStore, Store

    data = load_session(session_ref)
    rules = load_rules(data.examen.sigle) if data.examen.sigle else None
    code = resolve_epreuve(epreuve, data, rules)
    root = Path(depot).expanduser().resolve()
    store = Store()
    purge_evidence(store.resultats(lot_id(root, code)))
    n = store.purge_lot(lot_id(root, code))
    d = ReviewStore(store).purge_decisions(lot_id(root, code))
    console.print(
        f"{n} résultat{'s' if n > 1 else ''} supprimé{'s' if n > 1 else ''} de la base "
        f"(épreuve {code}, dépôt {root}).",
        highlight=False,
    )
    if d:
        console.print(f"{d} décision{'s' if d > 1 else ''} de la commission supprimée{'s' if d > 1 else ''}.",
                      highlight=False)


@handle_errors
def _run(
    depot: Path,
    session_ref: str,
    epreuve: str,
    out: Path | None,
    report: Path | None,
    semaines_requises: float | None,
    prefect: bool,
    dask: str | None,
    workers: int | None,
    force: bool,
) -> None:
    from pipeline.check import BatchReport
    from pipeline.manifest import resolve_depot
    from pipeline.summary import summary

    root = resolve_depot(depot)
    if not (root / "candidats.csv").is_file():
        raise InputFileError(
            f"candidats.csv absent du dossier de dépôt {root}",
            hint="Exportez la liste des candidats dans ce dossier puis relancez.",
        )
    data = load_session(session_ref)
    _check_epreuve(epreuve, data)
    if prefect or dask:
        from flows.check import run_check_flow

        console.print("Démarrage de Prefect (serveur temporaire : 10 à 20 s)…", highlight=False)
        result: BatchReport = run_check_flow(
            str(root),
            data,
            epreuve,
            semaines_requises=semaines_requises,
            force=force,
            dask_address=None if dask in (None, DASK_LOCAL) else dask,
            use_dask=bool(dask),
            workers=workers,
        )
    else:
        result = _in_process(root, data, epreuve, semaines_requises, workers, force)
    controle = result.controle(data)
    write_json(out, controle.model_dump(mode="json"))
    if report is not None:
        from generators.report_xlsx import write_report

        write_report(report, result.resultats, title=f"Contrôle {result.epreuve}", lot=result.lot)
    console.print(
        summary(
            result.resultats,
            epreuve=result.epreuve,
            skipped=result.skipped,
            avertissements=result.avertissements,
            seconds=result.seconds,
        ),
        highlight=False,
    )
    if out is not None:
        console.print(f"Résultats : {out}", highlight=False)
    if report is not None:
        console.print(f"Rapport : {report}", highlight=False)


def _check_epreuve(epreuve: str, data: SessionData) -> None:
    """--epreuve must be one of the session's épreuves (exit 2 with the list), before any work starts."""
    from pipeline.check import check_epreuve
    from pipeline.rules import load_rules

    check_epreuve(epreuve, data, load_rules(data.examen.sigle) if data.examen.sigle else None)


def _in_process(
    root: Path,
    data: SessionData,
    epreuve: str,
    semaines_requises: float | None,
    workers: int | None,
    force: bool,
):  # noqa: ANN202
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from pipeline.check import run_batch
    from pipeline.storage import Store

    store = Store()
    with Progress(
        TextColumn("[bold]Contrôle[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task("", total=None)

        def progress(done: int, total: int, numero: str, statut: str | None) -> None:
            bar.update(task, completed=done, total=total, description=f"{numero} {statut or ''}".strip())

        return run_batch(
            root,
            data,
            epreuve,
            store,
            semaines_requises=semaines_requises,
            workers=os.cpu_count() if workers is None else workers,
            force=force,
            progress=progress,
        )


def register(app: typer.Typer) -> None:
    app.command("check")(check)
