"""French everywhere a user reads (issue 9, item 16): typer/click's help panels, usage lines and usage
errors, and pydantic's messages inside our one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

ENGLISH = (
    "Usage",
    "Commands",
    "[required]",
    "Show this message and exit",
    "Missing option",
    "Missing argument",
    "Try '",
    "for help",
    "Invalid value",
    "No such option",
    "No such command",
    "Got unexpected",
    "Field required",
    "Input should be",
    "Error",
)


def _cli(args: list[str]):  # noqa: ANN202
    from cli import app

    return CliRunner().invoke(app, args, terminal_width=100)


def _english(text: str) -> list[str]:
    return [w for w in ENGLISH if w in text]


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["ingest", "--help"], ["fill", "--help"],
                                  ["serve", "--help"], ["sessions", "--help"], ["diff", "--help"], []])
def test_help_is_french(args: list[str]) -> None:
    result = _cli(args)
    assert result.exit_code in (0, 2), result.output
    assert not _english(result.output), result.output
    assert "Utilisation : bts" in result.output
    if args == ["--help"]:
        assert "Commandes" in result.output and "Afficher cette aide et quitter." in result.output
    if args == ["check", "--help"]:
        assert "[obligatoire]" in result.output


@pytest.mark.parametrize(
    ("args", "french"),
    [
        (["check", "depot"], "Option obligatoire manquante : '--session' / '-s'."),
        (["check"], "Argument obligatoire manquant : 'depot'."),
        (["check", "d", "-s", "s.json", "-e", "E5", "--workers", "abc"], "Valeur invalide pour '--workers' / '-w' : nombre entier attendu"),
        (["check", "d", "-s", "s.json", "-e", "E5", "--semaines-requises", "-3"], "doit être supérieur ou égal à 0"),
        (["check", "d", "--bogus"], "Option inconnue : --bogus"),
        (["nope"], "Commande inconnue : « nope »."),
        (["check", "a", "b", "-s", "x", "-e", "y"], "Argument(s) en trop : b"),
        (["check", "d", "-s"], "L'option « -s » attend une valeur."),
    ],
)
def test_usage_errors_are_french(args: list[str], french: str) -> None:
    result = _cli(args)
    assert result.exit_code == 2
    text = " ".join(result.output.replace("│", " ").split())
    assert french in text, result.output
    assert not _english(result.output), result.output
    if "Utilisation" in result.output:
        assert "pour l'aide" in text and "Erreur" in result.output


def test_pydantic_messages_in_our_errors_are_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BTS_DATABASE_URL", raising=False)
    depot = tmp_path / "depot"
    depot.mkdir()
    (depot / "candidats.csv").write_text("numero;nom;prenom;option;forme;epreuve;depose_le\n", encoding="utf-8")
    session = tmp_path / "session.json"
    session.write_text(json.dumps({"source": {"fichier": "c.pdf", "sha256": "a" * 64, "format": "pdf"}}),
                       encoding="utf-8")
    result = _cli(["check", str(depot), "--session", str(session), "--epreuve", "E5"])
    assert result.exit_code == 3, result.output
    text = " ".join(result.output.split())
    assert "« examen » : champ obligatoire absent" in text and not _english(result.output), result.output


def test_pydantic_translation_table() -> None:
    from cli._french import pydantic_error_fr

    assert pydantic_error_fr({"type": "missing", "msg": "Field required"}) == "champ obligatoire absent"
    assert pydantic_error_fr({"type": "greater_than_equal", "ctx": {"ge": 0}, "msg": "x"}) == "doit être supérieur ou égal à 0"
    assert pydantic_error_fr({"type": "literal_error", "ctx": {"expected": "'pdf' or 'docx'"}, "msg": "x"}) == (
        "valeur non admise (attendu : 'pdf' ou 'docx')")
    assert pydantic_error_fr({"type": "never_seen", "msg": "as is"}) == "as is"
