"""`bts serve`: run the scheduled deployments (local Prefect server by default)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
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


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise BadArgumentError(f"--depuis « {value} » : attendu AAAA-MM-JJ ou AAAA-MM-JJTHH:MM") from None


def _stored_sessions(dry_run: bool) -> list:  # noqa: ANN202 - list[SessionData]
    """The newest session per specialty; a dry run never creates the database."""
    from flows.serve import latest_sessions
    from pipeline.settings import database_url
    from pipeline.storage import Store

    url = database_url()
    if dry_run and url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return []
    return latest_sessions(Store())


@contextmanager
def _dry_run_prefect_home() -> Iterator[None]:
    """Prefect creates its home folder when imported: in a dry run, a temporary one (removed at exit),
    so that nothing is created under BTS_HOME. The variable is restored afterwards."""
    import atexit
    import os
    import shutil
    import tempfile

    from pipeline.settings import home

    if "PREFECT_HOME" in os.environ or (home() / "prefect").exists():
        yield
        return
    tmp = tempfile.mkdtemp(prefix="bts-serve-essai-")
    os.environ["PREFECT_HOME"] = tmp
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    try:
        yield
    finally:
        os.environ.pop("PREFECT_HOME", None)


def _dry_run(inbox: Path, outbox: Path, depots: dict[str, Path], now: datetime | None) -> None:
    from flows.serve import ServeConfig, plan_deployments

    cfg = ServeConfig(inbox=inbox, outbox=outbox, depots=depots)
    plan = plan_deployments(cfg, _stored_sessions(True), now)
    for d in plan.deployments:
        sched = "; ".join(_describe(s.schedule) for s in (d.schedules or []))
        console.print(f"- {d.name} : {sched}", highlight=False)
    for note in plan.notes:
        console.print(f"[yellow]Ignoré[/] : {note}", highlight=False)
    console.print(f"Dossier d'arrivée : {cfg.inbox} ; sorties : {cfg.outbox}.", highlight=False)
    console.print("Essai : rien n'a été créé ni lancé.", highlight=False)


def register(app: typer.Typer) -> None:
    @app.command()
    @handle_errors
    def serve(
        inbox: Annotated[Path | None, typer.Option(help="Dossier d'arrivée des circulaires (défaut : BTS_HOME/inbox)")] = None,
        outbox: Annotated[Path | None, typer.Option(help="Dossier des résultats (défaut : BTS_HOME/outbox)")] = None,
        depot: Annotated[list[str], typer.Option(help="EPREUVE=DOSSIER des dépôts à contrôler (répétable)")] = [],  # noqa: B006
        port: Annotated[int, typer.Option(help="Port du serveur Prefect local")] = 4200,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Afficher les déploiements sans rien créer ni lancer")] = False,
        depuis: Annotated[str | None, typer.Option("--depuis", metavar="AAAA-MM-JJ", help="Date à partir de laquelle les événements sont à venir (défaut : maintenant)")] = None,
        review_port: Annotated[int, typer.Option("--revue-port", help="Port des pages de revue (bts review) ; "
                                                 "0 : ne pas les démarrer")] = 8000,
    ) -> None:
        """Lance les traitements planifiés (circulaires, contrôles horaires, annexes) sous Prefect."""
        from pipeline.settings import home

        base = home()
        cfg_paths = ((inbox or base / "inbox").expanduser().resolve(),
                     (outbox or base / "outbox").expanduser().resolve(), _parse_depots(depot))
        now = _since(depuis)
        if dry_run:
            with _dry_run_prefect_home():
                _dry_run(*cfg_paths, now)
            if review_port:
                console.print(f"- revue des dossiers : http://127.0.0.1:{review_port}/ (non démarrée)", highlight=False)
            return
        from flows.serve import ServeConfig, plan_deployments

        cfg = ServeConfig(inbox=cfg_paths[0], outbox=cfg_paths[1], depots=cfg_paths[2])
        sessions = _stored_sessions(False)
        for folder in (cfg.inbox, cfg.outbox):  # new folders owner-only; an existing shared one is left as is
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        from flows.guard import allow
        from flows.serve import ensure_server

        allow(cfg.inbox, cfg.outbox, cfg.depots)
        try:
            url, proc = ensure_server(port)
        except RuntimeError as exc:
            raise ExternalToolError(str(exc), hint="Vérifiez l'installation de Prefect ou définissez PREFECT_API_URL.") from exc
        plan = plan_deployments(cfg, sessions, now)
        console.print(f"Serveur Prefect : {url} — interface : {url.removesuffix('/api')} "
                      f"(mot de passe : contenu de {base / 'prefect_api_auth'})", highlight=False)
        for note in plan.notes:
            console.print(f"[yellow]Ignoré[/] : {note}", highlight=False)
        console.print(f"{len(plan.deployments)} déploiement(s) ; dossier d'arrivée : {cfg.inbox}. Ctrl-C pour arrêter.")
        from prefect import serve as prefect_serve

        review = _start_review(review_port) if review_port else None
        try:
            prefect_serve(*plan.deployments, pause_on_shutdown=False)
        finally:
            for child in (review, proc):
                if child is not None:
                    child.terminate()


def _start_review(port: int) -> subprocess.Popen[bytes]:
    """`bts review` beside the schedules, in its own process (stopped with bts serve)."""
    child = subprocess.Popen([sys.executable, "-m", "cli", "review", "--host", "127.0.0.1", "--port", str(port)])
    console.print(f"Revue des dossiers : http://127.0.0.1:{port}/", highlight=False)
    return child
