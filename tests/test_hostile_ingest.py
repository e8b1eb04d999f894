"""`bts ingest` of a text that is not a circular (issue 9, item 14): exit 3, nothing stored, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner


def _cli(args: list[str]):  # noqa: ANN202
    from cli import app

    return CliRunner().invoke(app, args)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BTS_DATABASE_URL", raising=False)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    return tmp_path / "home"


@pytest.mark.parametrize(
    "text",
    [
        "Liste de courses\n\n- pain\n- lait\n- trois pommes\n",
        "Compte rendu de la réunion des parents d'élèves.\nLa séance est levée à l'heure prévue.\n",
    ],
)
def test_text_that_is_not_a_circular_is_refused(tmp_path: Path, home: Path, text: str) -> None:
    src = tmp_path / "notes.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "session.json"
    result = _cli(["ingest", str(src), "--out", str(out)])
    assert result.exit_code == 3, result.output
    line = " ".join(result.output.split())
    assert line.startswith("Erreur : notes.txt : ce document n'est pas une circulaire") and "rien n'a été enregistré" in line
    assert not out.exists()
    from pipeline.storage import Store

    assert Store().list_sessions() == []


def test_inbox_moves_a_non_circular_aside(tmp_path: Path, home: Path) -> None:
    from flows.inbox import ingest_one

    inbox, outbox = tmp_path / "inbox", tmp_path / "outbox"
    inbox.mkdir()
    src = inbox / "menu.txt"
    src.write_text("Menu de la cantine : lundi purée, mardi poisson.\n", encoding="utf-8")
    status = ingest_one.fn(str(src), str(outbox))
    assert status["statut"] == "refuse" and "pas une circulaire" in status["message"]
    assert (outbox / "refuses" / "menu.txt").exists() and not src.exists()
    from pipeline.storage import Store

    assert Store().list_sessions() == []
