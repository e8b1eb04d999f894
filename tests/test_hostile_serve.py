"""`bts serve` (issue 9, items 10 and 15): a protected local server, run parameters confined to the folders it
was given, only events still to come deployed, and a dry run that creates nothing."""

from __future__ import annotations

import base64
import http.server
import json
import os
import socket
import stat
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from core.errors import BadArgumentError

ROOT = Path(__file__).resolve().parents[1]
SIO_2026 = ROOT / "samples" / "circulaires" / "circulaire_sio_2026_synthetique.pdf"
MCO_2022 = ROOT / "samples" / "circulaires" / "circulaire_mco_2022_aix-marseille-corse.txt"


def _cli(args: list[str]):  # noqa: ANN202
    from cli import app

    return CliRunner().invoke(app, args)


def _line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BTS_DATABASE_URL", raising=False)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    if "PREFECT_HOME" in os.environ:  # restored after the test, whatever the command did with it
        monkeypatch.setenv("PREFECT_HOME", os.environ["PREFECT_HOME"])
    for name in ("PREFECT_SERVER_API_AUTH_STRING", "PREFECT_API_AUTH_STRING", "PREFECT_SERVER_CORS_ALLOWED_ORIGINS",
                 "BTS_SERVE_DOSSIERS", "PREFECT_API_URL"):
        monkeypatch.setenv(name, "")  # records the original state: restored even if the code sets it
        monkeypatch.delenv(name)
    return tmp_path / "home"


@pytest.fixture
def two_sessions(home: Path) -> Path:
    for circ in (MCO_2022, SIO_2026):
        result = _cli(["ingest", str(circ)])
        assert result.exit_code == 0, result.output
    return home


# --- 15. only events still to come; a dry run creates nothing ---------------------------------------------


def _tree(root: Path) -> list[Path]:
    """Everything under root, but SQLite's own -wal/-shm companions (they come and go with connections)."""
    return sorted(p.relative_to(root) for p in root.rglob("*") if not p.name.endswith(("-wal", "-shm")))


def test_past_sessions_are_skipped_and_named(two_sessions: Path, tmp_path: Path) -> None:
    before = _tree(tmp_path)
    depot = tmp_path / "depots" / "E5"
    result = _cli(["serve", "--dry-run", "--depot", f"E5={depot}", "--depuis", "2026-12-01"])
    assert result.exit_code == 0, result.output
    out = _line(result.output)
    assert "- circulaires-inbox" in out and "controle-" not in out and "annexes-" not in out
    assert "session MCO 2022 ignorée : toutes ses dates sont passées" in out
    assert "session SIO 2026 ignorée : toutes ses dates sont passées" in out
    assert "rien n'a été créé" in out
    assert _tree(tmp_path) == before  # nothing created


def test_upcoming_events_are_deployed(two_sessions: Path, tmp_path: Path) -> None:
    result = _cli(["serve", "--dry-run", "--depot", f"E5={tmp_path / 'depot'}", "--depuis", "2026-03-01"])
    assert result.exit_code == 0, result.output
    out = _line(result.output)
    assert "controle-SIO-2026-E5" in out and "annexes-SIO-2026-E5" in out
    assert "session MCO 2022 ignorée" in out


def test_dry_run_on_a_fresh_home_creates_nothing_and_defaults_under_home(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    result = _cli(["serve", "--dry-run"])
    assert result.exit_code == 0, result.output
    out = _line(result.output)
    assert f"Dossier d'arrivée : {home / 'inbox'} ; sorties : {home / 'outbox'}" in out
    assert not home.exists() and list(work.iterdir()) == []


def test_deployment_filter_keeps_only_future_runs() -> None:
    from datetime import datetime
    from types import SimpleNamespace

    from flows.serve import next_run

    def dep(rule: str) -> SimpleNamespace:
        return SimpleNamespace(schedules=[SimpleNamespace(schedule=SimpleNamespace(rrule=rule))])

    now = datetime(2026, 12, 1, 9, 0)
    past = dep("DTSTART:20260505T070000\nRRULE:FREQ=DAILY;COUNT=1")
    window = dep("DTSTART:20261120T000000\nRRULE:FREQ=HOURLY;UNTIL=20261222T140000")
    assert next_run(past, now) is None
    assert next_run(window, now) == datetime(2026, 12, 1, 9, 0)
    interval = SimpleNamespace(schedules=[SimpleNamespace(schedule=SimpleNamespace(interval=600))])
    assert next_run(interval, now) == now


# --- 10. run parameters confined to the configured folders -------------------------------------------------


def test_runs_with_other_paths_are_refused(tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.check import check_dossiers
    from flows.fill import fill_annexes
    from flows.guard import allow
    from flows.inbox import ingest_inbox

    inbox, outbox, depot = tmp_path / "inbox", tmp_path / "outbox", tmp_path / "depots" / "E5"
    for d in (inbox, outbox, depot):
        d.mkdir(parents=True)
    allow(inbox, outbox, {"E5": depot})
    victim = tmp_path / "ailleurs"
    victim.mkdir()
    (victim / "notes.txt").write_text("à ne pas déplacer\n", encoding="utf-8")
    with pytest.raises(BadArgumentError) as info:
        ingest_inbox.fn(str(victim), str(outbox))
    assert "paramètre inbox" in info.value.french() and "hors des dossiers configurés" in info.value.french()
    assert (victim / "notes.txt").exists()  # nothing moved
    with pytest.raises(BadArgumentError):
        ingest_inbox.fn(str(inbox), str(victim))
    with pytest.raises(BadArgumentError, match="paramètre inbox"):
        ingest_inbox.fn(str(inbox / ".." / "ailleurs"), str(outbox))  # resolved, not compared as text
    with pytest.raises(BadArgumentError, match="paramètre depot"):
        check_dossiers.fn(str(victim), {}, "E5")
    with pytest.raises(BadArgumentError, match="paramètre out"):
        fill_annexes.fn({}, str(victim), depot=str(depot))
    with pytest.raises(BadArgumentError, match="paramètre evaluations"):
        fill_annexes.fn({}, str(outbox / "annexes"), evaluations="/etc/passwd")
    monkeypatch.delenv("BTS_SERVE_DOSSIERS")
    from flows.guard import check_paths

    check_paths("x", inbox=str(victim))  # outside bts serve: not restricted


# --- 10. the local server is protected ---------------------------------------------------------------------


def test_secret_is_generated_once_and_private(home: Path) -> None:
    from flows.serve import SECRET_FILE, api_secret, protect_local_server

    first = api_secret()
    assert first.startswith("bts:") and len(first) > 40
    path = home / SECRET_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(home.stat().st_mode) == 0o700
    assert api_secret() == first
    assert protect_local_server(4321) == first
    assert os.environ["PREFECT_SERVER_API_AUTH_STRING"] == first == os.environ["PREFECT_API_AUTH_STRING"]
    assert os.environ["PREFECT_SERVER_CORS_ALLOWED_ORIGINS"] == "http://127.0.0.1:4321,http://localhost:4321"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def fake_prefect(request: pytest.FixtureRequest) -> Iterator[tuple[int, dict[str, str | None]]]:
    """A stand-in for a Prefect server: /api/health answers; /api/admin/version checks `auth` if set."""
    state: dict[str, str | None] = {"auth": None}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/api/health":
                code = 200
            else:
                wanted = state["auth"]
                given = self.headers.get("Authorization")
                ok = wanted is None or given == "Basic " + base64.b64encode(wanted.encode()).decode()
                code = 200 if ok else 401
            self.send_response(code)
            self.end_headers()
            self.wfile.write(b"true")

        def log_message(self, *args: object) -> None:
            pass

    port = _free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield port, state
    server.shutdown()
    server.server_close()


def test_an_unprotected_server_on_the_port_is_not_used(home: Path, fake_prefect) -> None:  # noqa: ANN001
    from flows.serve import ensure_server

    port, state = fake_prefect
    with pytest.raises(RuntimeError, match="sans authentification"):
        ensure_server(port)
    state["auth"] = "bts:un-autre-secret-que-le-notre-0123456789"
    with pytest.raises(RuntimeError, match="autre secret"):
        ensure_server(port)
    from flows.serve import api_secret

    state["auth"] = api_secret()
    url, proc = ensure_server(port)
    assert url == f"http://127.0.0.1:{port}/api" and proc is None
    os.environ.pop("PREFECT_API_URL", None)


@pytest.mark.slow
def test_local_prefect_server_refuses_requests_without_the_secret(home: Path) -> None:
    """The real `prefect server start` that bts serve launches: 401 without the secret, 200 with it, no CORS
    permission for another origin."""
    from flows.serve import api_secret, ensure_server

    port = _free_port()
    url, proc = ensure_server(port)
    try:
        assert proc is not None
        secret = api_secret()

        def get(path: str, auth: str | None = None, origin: str | None = None) -> tuple[int, dict[str, str]]:
            req = urllib.request.Request(f"{url}{path}")
            if auth:
                req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
            if origin:
                req.add_header("Origin", origin)
            try:
                with urllib.request.urlopen(req, timeout=10) as resp:
                    return resp.status, dict(resp.headers)
            except urllib.error.HTTPError as exc:
                return exc.code, dict(exc.headers)

        assert get("/admin/version")[0] == 401
        assert get("/admin/version", "bts:faux")[0] == 401
        status, headers = get("/admin/version", secret, origin="http://evil.example")
        assert status == 200 and "access-control-allow-origin" not in {k.lower() for k in headers}
        status, headers = get("/admin/version", secret, origin=f"http://127.0.0.1:{port}")
        assert {k.lower(): v for k, v in headers.items()}.get("access-control-allow-origin") == f"http://127.0.0.1:{port}"
        body = json.dumps({"name": "x"}).encode()
        req = urllib.request.Request(f"{url}/flows/", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Origin": "http://evil.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(req, timeout=10)
        assert refused.value.code == 401
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(30)
        os.environ.pop("PREFECT_API_URL", None)
