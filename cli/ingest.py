"""`bts ingest` and `bts diff`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli._common import console, handle_errors, write_json
from core.errors import BadArgumentError

if TYPE_CHECKING:
    from pipeline.models import SessionData


def _load_side(ref: str) -> SessionData:  # noqa: F821 - forward ref, imported lazily
    """A JSON file written by `bts ingest`, or the sha256 prefix of a stored session."""
    from pipeline.ingest import load_session_json
    from pipeline.storage import Store

    path = Path(ref)
    if path.exists():
        return load_session_json(path)
    found = Store().get_session(ref)
    if found is None:
        raise BadArgumentError(f"« {ref} » n'est ni un fichier ni une session enregistrée (empreinte sha256)",
                               hint="Listez les sessions avec « bts sessions ».")
    return found


def _extract_with_bar(fichier: Path) -> SessionData:
    """A scanned circular is read page by page with OCR (seconds per page): a bar shows the pages done."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from pipeline.ingest import extract_file

    with Progress(
        TextColumn("[bold]Reconnaissance des caractères[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("pages"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = None

        def progress(done: int, total: int) -> None:
            nonlocal task
            if task is None:
                task = bar.add_task("", total=total)
            bar.update(task, completed=done, total=total)

        return extract_file(fichier, progress=progress)


def register(app: typer.Typer) -> None:
    @app.command()
    @handle_errors
    def ingest(
        fichier: Annotated[Path, typer.Argument(help="Circulaire d'organisation (PDF, Word, OpenDocument, HTML, "
                                                     "texte, tableur, diaporama, courriel, archive ZIP ou photo)")],
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Fichier JSON à écrire")] = None,
        store: Annotated[bool, typer.Option("--store/--no-store", help="Enregistrer en base")] = True,
        prefect: Annotated[bool, typer.Option("--prefect", help="Exécuter comme flow Prefect")] = False,
        diff: Annotated[bool, typer.Option("--diff/--no-diff", help="Comparer à la session précédente enregistrée")] = False,
    ) -> None:
        """Lit une circulaire et écrit les données de session (JSON du contrat session.schema.json)."""
        if not fichier.exists():
            raise BadArgumentError("fichier introuvable", path=fichier, hint="Vérifiez le chemin.")
        if fichier.is_dir():
            raise BadArgumentError("c'est un dossier, pas un fichier", path=fichier)
        use_prefect = prefect or bool(os.environ.get("PREFECT_API_URL"))
        if use_prefect:
            from flows.ingest import ingest_circular

            payload = ingest_circular(str(fichier), store=store)
            from pipeline.models import SessionData

            data = SessionData.model_validate(payload)
            new = True if store else None  # stored by the flow's task (idempotent by sha256)
        else:
            data = _extract_with_bar(fichier)
            new = None
            if store:
                from pipeline.storage import Store

                new = Store().save_session(data)
        write_json(out, data.model_dump(mode="json"))
        ex = data.examen
        what = "enregistrée" if new else ("déjà en base, inchangée" if new is False else "non enregistrée")
        console.print(
            f"{fichier.name} : BTS {ex.sigle or '?'} session {ex.session or '?'} ({ex.academie or 'académie ?'}) — "
            f"{len(data.epreuves)} épreuves, {len(data.centres)} centres, {len(data.evenements)} événements ; "
            f"session {what}" + (f" ; écrit dans {out}" if out else ""),
            highlight=False,
        )
        for warning in data.avertissements:
            console.print(f"[yellow]Avertissement[/] : {warning}", highlight=False)
        if diff and store:
            from pipeline.diff import diff_sessions
            from pipeline.storage import Store

            previous = Store().previous_session(data)
            if previous is None:
                console.print("Aucune session précédente de cette spécialité en base : pas de comparaison.")
            else:
                _print_diff(diff_sessions(previous, data), previous, data)

    @app.command("diff")
    @handle_errors
    def diff_cmd(
        ancien: Annotated[str, typer.Argument(help="JSON de l'ancienne session, ou empreinte en base")],
        nouveau: Annotated[str, typer.Argument(help="JSON de la nouvelle session, ou empreinte en base")],
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Écrire les changements en JSON")] = None,
        json_out: Annotated[bool, typer.Option("--json", help="JSON sur la sortie standard")] = False,
    ) -> None:
        """Ce qui a changé entre deux sessions : dates déplacées, codes renumérotés, centres."""
        from pipeline.diff import diff_payload

        old, new = _load_side(ancien), _load_side(nouveau)
        payload = diff_payload(old, new)
        if out:
            write_json(out, payload)
        if json_out:
            write_json(None, payload)
        else:
            _print_diff(payload["changements"], old, new)

    @app.command("sessions")
    @handle_errors
    def sessions_cmd(
        sigle: Annotated[str | None, typer.Option(help="Filtrer par spécialité (sigle)")] = None,
        purge: Annotated[str | None, typer.Option(help="Supprimer la session d'empreinte donnée")] = None,
    ) -> None:
        """Liste les sessions enregistrées (ou en supprime une)."""
        from rich.table import Table

        from pipeline.storage import Store

        store = Store()
        if purge:
            n = store.purge_session(purge)
            console.print(f"{n} session(s) supprimée(s).")
            return
        table = Table("empreinte", "fichier", "sigle", "session", "académie", "ingérée le")
        for row in store.list_sessions(sigle):
            table.add_row(row["sha256"][:12], row["fichier"], row["sigle"] or "?", str(row["annee"] or "?"),
                          row["academie"] or "?", str(row["ingere_le"])[:16])
        console.print(table)


def _print_diff(rows: list[dict], old: SessionData, new: SessionData) -> None:  # noqa: F821
    from rich.table import Table

    title = (f"Changements {old.examen.sigle or ''} session {old.examen.session or '?'} → "
             f"session {new.examen.session or '?'}")
    if not rows:
        console.print(f"{title} : aucun changement.")
        return
    table = Table("catégorie", "élément", "ancien", "nouveau", "commentaire", title=title)
    for r in rows:
        table.add_row(r["categorie"], r["element"], r["ancien"], r["nouveau"], r["commentaire"])
    console.print(table)
