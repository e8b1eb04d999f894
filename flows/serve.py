"""`bts serve`: the three jobs as Prefect deployments.

- ingest_inbox every few minutes on an inbox folder (new circulars, with the diff to the previous year);
- check_dossiers hourly during each deposit window read from the stored sessions;
- fill_annexes on the dates derived from the calendar (day before each contrôle de conformité and
  each interrogation period) — built by flows.fill.fill_deployments.
With no PREFECT_API_URL, a local Prefect server (SQLite) is started first: the temporary server that
Prefect starts on its own cannot run schedules.

The local server is protected: basic authentication with a secret generated once and kept 0600 in
BTS_HOME (Prefect's PREFECT_SERVER_API_AUTH_STRING on the server, PREFECT_API_AUTH_STRING on its clients;
the UI asks for it once), CORS limited to the server's own origin, and every path parameter of a run is
checked by the flow against the folders given to `bts serve` (flows.guard). Only events still to come
are deployed (`plan_deployments`): a past session's calendar is reported, not scheduled.
"""

from __future__ import annotations

import base64
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import flows._env  # noqa: F401
from pipeline.models import SessionData
from pipeline.schedules import deposit_windows
from pipeline.settings import home, private_dir

TZ = "Europe/Paris"
SECRET_FILE = "prefect_api_auth"  # in BTS_HOME, 0600: "bts:<random>"


@dataclass
class ServeConfig:
    inbox: Path
    outbox: Path
    depots: dict[str, Path] = field(default_factory=dict)  # épreuve code → DEPOT folder
    inbox_minutes: int = 10
    window_days: int = 30


def latest_sessions(store: Any) -> list[SessionData]:
    """The newest stored session per specialty: the one whose calendar drives the schedules."""
    best: dict[str, dict[str, Any]] = {}
    for row in store.list_sessions():
        key = row["sigle"] or row["sha256"]
        if key not in best or (row["annee"] or 0, row["ingere_le"]) >= (best[key]["annee"] or 0, best[key]["ingere_le"]):
            best[key] = row
    return [s for row in best.values() if (s := store.get_session(row["sha256"])) is not None]


def inbox_deployment(cfg: ServeConfig) -> Any:
    from flows.inbox import ingest_inbox

    return ingest_inbox.to_deployment(
        name="circulaires-inbox",
        interval=cfg.inbox_minutes * 60,
        parameters={"inbox": str(cfg.inbox), "outbox": str(cfg.outbox)},
        description="Ingestion des circulaires déposées dans le dossier d'arrivée, avec comparaison à l'année précédente.",
    )


def session_deployments(cfg: ServeConfig, session: SessionData) -> list[Any]:
    """The hourly deposit checks and the annexes runs of one session's calendar (past dates included)."""
    from prefect.schedules import Schedule

    check_dossiers: Any = None
    try:
        from flows.check import check_dossiers
    except ImportError:  # pragma: no cover - check flow not installed
        pass
    deployments = []
    label = f"{session.examen.sigle or 'BTS'}-{session.examen.session or 'x'}"
    for w in deposit_windows(session, days_before=cfg.window_days):
        depot = cfg.depots.get(w.epreuve)
        if depot is None or check_dossiers is None:
            continue
        deployments.append(check_dossiers.to_deployment(
            name=f"controle-{label}-{w.epreuve}",
            schedules=[Schedule(rrule=w.rrule(), timezone=TZ)],
            parameters={"depot": str(depot), "session": session.model_dump(mode="json"), "epreuve": w.epreuve},
            description=f"Contrôle horaire des dépôts {w.epreuve} jusqu'à la date limite.",
        ))
    try:
        from flows.fill import fill_deployments
    except ImportError:  # pragma: no cover
        return deployments
    deployments.extend(fill_deployments(session, depots=cfg.depots, out=cfg.outbox / "annexes"))
    return deployments


def build_deployments(cfg: ServeConfig, sessions: list[SessionData]) -> list[Any]:
    """Every deployment of the calendars, whatever their dates (see plan_deployments for what is served)."""
    deployments = [inbox_deployment(cfg)]
    for session in sessions:
        deployments.extend(session_deployments(cfg, session))
    return deployments


def next_run(deployment: Any, now: datetime) -> datetime | None:
    """The first run of a deployment after `now` (naive Paris time); None when all its dates are past.
    A deployment without a calendar rule (an interval) always runs again."""
    from dateutil.rrule import rrulestr

    found: list[datetime] = []
    for sched in deployment.schedules or []:
        rule = getattr(getattr(sched, "schedule", sched), "rrule", None)
        if not rule:
            return now
        nxt = rrulestr(str(rule)).after(now, inc=True)
        if nxt is not None:
            found.append(nxt.replace(tzinfo=None))
    return min(found) if found else (None if deployment.schedules else now)


@dataclass
class Plan:
    deployments: list[Any]
    notes: list[str]  # French, one line per session left out or cut down


def plan_deployments(cfg: ServeConfig, sessions: list[SessionData], now: datetime | None = None) -> Plan:
    """Deployments of events still to come only; each session left out (or cut down) is named."""
    now = now or datetime.now(ZoneInfo(TZ)).replace(tzinfo=None)
    plan = Plan([inbox_deployment(cfg)], [])
    for session in sessions:
        label = f"{session.examen.sigle or 'BTS'} {session.examen.session or '?'}"
        built = session_deployments(cfg, session)
        upcoming = [d for d in built if next_run(d, now) is not None]
        plan.deployments.extend(upcoming)
        past = len(built) - len(upcoming)
        if built and not upcoming:
            plan.notes.append(f"session {label} ignorée : toutes ses dates sont passées "
                              f"({past} déploiement(s) non créé(s))")
        elif past:
            plan.notes.append(f"session {label} : {past} déploiement(s) aux dates passées non créé(s)")
        elif not built:
            plan.notes.append(f"session {label} : aucun déploiement (pas de dossier de dépôt indiqué par --depot "
                              "pour ses épreuves, ni de calendrier d'annexes)")
    return plan


# --- the local server, protected ---------------------------------------------------------------------------


def api_secret() -> str:
    """The local server's basic-auth string ("bts:<random>"), generated once and kept 0600 in BTS_HOME."""
    from core.files import write_atomic

    path = private_dir(home()) / SECRET_FILE
    try:
        value = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        value = ""
    if not value.startswith("bts:") or len(value) < 30:
        value = f"bts:{secrets.token_urlsafe(32)}"
        write_atomic(path, value + "\n", mode=0o600)
    elif path.stat().st_mode & 0o077:
        path.chmod(0o600)
    return value


def protect_local_server(port: int) -> str:
    """Environment of the local server and of its clients (this process, the runs it starts): the auth
    string on both sides, CORS limited to the server's own origin. Set before Prefect is imported."""
    secret = api_secret()
    origin = f"http://127.0.0.1:{port}"
    os.environ["PREFECT_SERVER_API_AUTH_STRING"] = secret
    os.environ["PREFECT_API_AUTH_STRING"] = secret
    os.environ["PREFECT_SERVER_CORS_ALLOWED_ORIGINS"] = f"{origin},http://localhost:{port}"
    return secret


def _status(url: str, auth: str | None) -> int:
    """HTTP status of an authenticated API read (0 when nothing answers)."""
    request = urllib.request.Request(f"{url}/admin/version")
    if auth:
        request.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=2) as resp:  # noqa: S310 - loopback only
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)
    except OSError:
        return 0


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as resp:  # noqa: S310 - loopback only
            return resp.status == 200
    except OSError:
        return False


def ensure_server(port: int = 4200) -> tuple[str, subprocess.Popen[bytes] | None]:
    """Use PREFECT_API_URL if set; else start `prefect server start` on loopback, protected, and wait for it.

    A server already answering on the port is used only if it refuses requests without our secret and
    accepts ours: an unprotected one (an older `bts serve`, someone else's) is never trusted."""
    url = os.environ.get("PREFECT_API_URL")
    if url:
        return url, None
    url = f"http://127.0.0.1:{port}/api"
    secret = protect_local_server(port)
    if _healthy(url):
        if _status(url, None) != 401:
            raise RuntimeError(
                f"un serveur Prefect sans authentification répond déjà sur 127.0.0.1:{port} : arrêtez-le, ou "
                "lancez « bts serve --port » avec un autre port"
            )
        if _status(url, secret) != 200:
            raise RuntimeError(
                f"le serveur Prefect de 127.0.0.1:{port} est protégé par un autre secret que "
                f"{home() / SECRET_FILE} : arrêtez-le, ou choisissez un autre port"
            )
        os.environ["PREFECT_API_URL"] = url
        return url, None
    log = private_dir(Path(os.environ.get("PREFECT_HOME") or home() / "prefect")) / "server.log"
    db_url = os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL", "")
    if db_url.startswith("sqlite+aiosqlite:///"):
        private_dir(Path(db_url.removeprefix("sqlite+aiosqlite:///")).parent)
    proc = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        stdout=log.open("ab"), stderr=subprocess.STDOUT, env=dict(os.environ),
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"le serveur Prefect s'est arrêté au démarrage (voir {log})")
        if _healthy(url):
            os.environ["PREFECT_API_URL"] = url
            return url, proc
        time.sleep(0.5)
    proc.terminate()
    raise RuntimeError(f"le serveur Prefect ne répond pas après 120 s (voir {log})")
