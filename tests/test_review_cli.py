"""`bts review` as `bts serve` starts it: its own process, uvicorn on 127.0.0.1, the database of the environment."""

from __future__ import annotations

import os
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        return None


def test_serve_starts_the_review_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cli.serve import _start_review

    monkeypatch.setenv("BTS_DATABASE_URL", f"sqlite:///{tmp_path / 'bts.sqlite'}")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    port = free_port()
    child = _start_review(port)
    try:
        opener = urllib.request.build_opener(NoRedirect)
        deadline = time.monotonic() + 30
        while True:
            try:
                opener.open(f"http://127.0.0.1:{port}/", timeout=2)
                raise AssertionError("la page d'accueil doit renvoyer vers la connexion")
            except urllib.error.HTTPError as exc:
                assert exc.code == 303 and exc.headers["location"].startswith("/connexion")
                assert exc.headers["cache-control"] == "no-store"
                break
            except (urllib.error.URLError, ConnectionError):
                assert child.poll() is None, "bts review s'est arrêté"
                assert time.monotonic() < deadline, "bts review n'a pas démarré"
                time.sleep(0.2)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/connexion", timeout=5) as page:
            html = page.read().decode("utf-8")
        assert "Connexion" in html and 'name="csrf"' in html
        assert (tmp_path / "bts.sqlite").exists()  # the environment's database, not ./var
    finally:
        child.terminate()
        child.wait(10)
