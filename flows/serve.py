"""`bts serve`: the three jobs as Prefect deployments.

- ingest_inbox every few minutes on an inbox folder (new circulars, with the diff to the previous year);
- check_dossiers hourly during each deposit window read from the stored sessions;
- fill_annexes on the dates derived from the calendar (day before each contrôle de conformité and
  each interrogation period) — built by flows.fill.fill_deployments.
With no PREFECT_API_URL, a local Prefect server (SQLite) is started first: the temporary server that
Prefect starts on its own cannot run schedules.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import flows._env  # noqa: F401
from pipeline.models import SessionData
from pipeline.schedules import deposit_windows

TZ = "Europe/Paris"


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


def build_deployments(cfg: ServeConfig, sessions: list[SessionData]) -> list[Any]:
    from prefect.schedules import Schedule

    from flows.inbox import ingest_inbox

    deployments = [
        ingest_inbox.to_deployment(
            name="circulaires-inbox",
            interval=cfg.inbox_minutes * 60,
            parameters={"inbox": str(cfg.inbox), "outbox": str(cfg.outbox)},
            description="Ingestion des circulaires déposées dans le dossier d'arrivée, avec comparaison à l'année précédente.",
        )
    ]
    check_dossiers: Any = None
    try:
        from flows.check import check_dossiers
    except ImportError:  # pragma: no cover - check flow not installed
        pass
    for session in sessions:
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
            continue
        deployments.extend(fill_deployments(session, depots=cfg.depots, out=cfg.outbox / "annexes"))
    return deployments


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as resp:  # noqa: S310 - loopback only
            return resp.status == 200
    except OSError:
        return False


def ensure_server(port: int = 4200) -> tuple[str, subprocess.Popen[bytes] | None]:
    """Use PREFECT_API_URL if set; else start `prefect server start` on loopback and wait for it."""
    url = os.environ.get("PREFECT_API_URL")
    if url:
        return url, None
    url = f"http://127.0.0.1:{port}/api"
    if _healthy(url):
        os.environ["PREFECT_API_URL"] = url
        return url, None
    log = Path(os.environ["PREFECT_HOME"]) / "server.log"
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
