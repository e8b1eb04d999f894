"""`bts serve`: run the scheduled deployments (local Prefect server by default)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from cli._common import console, handle_errors
from core.errors import BadArgumentError, ExternalToolError


def _parse_depots(values: list[str]) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for v in values:
        code, sep, path = v.partition("=")
        if not sep or not code or not path:
            raise BadArgumentError(f"--depot « {v} » : attendu EPREUVE=DOSSIER, par exemple E5=/data/depots/E5")
        out[code.strip().upper()] = Path(path).resolve()
    return out


def _describe(schedule: object) -> str:
    for attr in ("rrule", "cron", "interval"):
        value = getattr(schedule, attr, None)
        if value:
            return f"{attr} {str(value).replace(chr(10), ' ')}"
    return "sans planification"


def register(app: typer.Typer) -> None:
    @app.command()
    @handle_errors
    def serve(
        inbox: Annotated[Path, typer.Option(help="Dossier d'arrivée des circulaires")] = Path("var/inbox"),
        outbox: Annotated[Path, typer.Option(help="Dossier des résultats")] = Path("var/outbox"),
        depot: Annotated[list[str], typer.Option(help="EPREUVE=DOSSIER des dépôts à contrôler (répétable)")] = [],  # noqa: B006
        port: Annotated[int, typer.Option(help="Port du serveur Prefect local")] = 4200,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Afficher les déploiements sans les lancer")] = False,
        review_port: Annotated[int, typer.Option("--revue-port", help="Port des pages de revue (bts review) ; "
                                                 "0 : ne pas les démarrer")] = 8000,
    ) -> None:
        """Lance les traitements planifiés (circulaires, contrôles horaires, annexes) sous Prefect."""
        from flows.serve import ServeConfig, build_deployments, ensure_server, latest_sessions
        from pipeline.storage import Store

        cfg = ServeConfig(inbox=inbox.resolve(), outbox=outbox.resolve(), depots=_parse_depots(depot))
        cfg.inbox.mkdir(parents=True, exist_ok=True)
        cfg.outbox.mkdir(parents=True, exist_ok=True)
        sessions = latest_sessions(Store())
        if dry_run:
            deployments = build_deployments(cfg, sessions)
            for d in deployments:
                sched = "; ".join(_describe(s.schedule) for s in (d.schedules or []))
                console.print(f"- {d.name} : {sched}", highlight=False)
            if review_port:
                console.print(f"- revue des dossiers : http://127.0.0.1:{review_port}/ (non démarrée)", highlight=False)
            return
        try:
            url, proc = ensure_server(port)
        except RuntimeError as exc:
            raise ExternalToolError(str(exc), hint="Vérifiez l'installation de Prefect ou définissez PREFECT_API_URL.") from exc
        deployments = build_deployments(cfg, sessions)
        console.print(f"Serveur Prefect : {url} — interface : {url.removesuffix('/api')}", highlight=False)
        console.print(f"{len(deployments)} déploiement(s) ; dossier d'arrivée : {cfg.inbox}. Ctrl-C pour arrêter.")
        from prefect import serve as prefect_serve

        review = _start_review(review_port) if review_port else None
        try:
            prefect_serve(*deployments, pause_on_shutdown=False)
        finally:
            for child in (review, proc):
                if child is not None:
                    child.terminate()


def _start_review(port: int) -> subprocess.Popen[bytes]:
    """`bts review` beside the schedules, in its own process (stopped with bts serve)."""
    child = subprocess.Popen([sys.executable, "-m", "cli", "review", "--host", "127.0.0.1", "--port", str(port)])
    console.print(f"Revue des dossiers : http://127.0.0.1:{port}/", highlight=False)
    return child
