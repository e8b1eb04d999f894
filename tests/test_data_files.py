"""Every data file loads through its validated model; a broken copy stops the program with exit 7, naming
the file and the field, instead of turning into verdicts (as a raw dict once did: a typo made every
attestation « illisible »)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from core.errors import ExitCode, RulesError
from extractors import marks
from extractors.examen import specialites
from pipeline.rules import DATA_DIR, all_rules, load_rules

ROOT = Path(__file__).resolve().parents[1]


def test_every_rules_file_and_vocabulary_loads() -> None:
    rules = all_rules()
    assert {r.sigle for r in rules} >= {"SIO", "MCO"}
    assert specialites() and all(s.sigle and s.intitule for s in specialites())
    assert marks.load_settings().libelles


def test_a_broken_rules_file_is_exit_7_naming_file_and_field(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    circ = ROOT / "samples" / "circulaires" / "circulaire_sio_2026_synthetique.pdf"
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    out = tmp_path / "s.json"
    assert CliRunner().invoke(app, ["ingest", str(circ), "--out", str(out), "--no-store"]).exit_code == 0
    rules_dir = tmp_path / "rules"
    shutil.copytree(DATA_DIR / "rules", rules_dir)
    sio = rules_dir / "sio.yaml"
    sio.write_text(sio.read_text(encoding="utf-8").replace("semaines: 10", "semaines: dix"), encoding="utf-8")
    monkeypatch.setenv("BTS_RULES_DIR", str(rules_dir))
    load_rules.cache_clear()
    try:
        with pytest.raises(RulesError) as err:
            load_rules("SIO")
        assert err.value.exit_code == ExitCode.rules and err.value.path == sio and "stage.semaines" in str(err.value)
        session = ROOT / "samples" / "dossiers" / "demo"
        result = CliRunner().invoke(app, ["check", str(session), "--session", str(out), "--epreuve", "E5",
                                          "--workers", "0"])
        assert result.exit_code == ExitCode.rules, result.output
        assert "sio.yaml" in result.output and "stage.semaines" in result.output
    finally:
        load_rules.cache_clear()


def test_a_broken_thresholds_file_stops_the_batch_not_the_verdicts(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "signatures.yaml"
    broken.write_text(marks.DATA.read_text(encoding="utf-8").replace("pages_max:", "pages_maxi:"), encoding="utf-8")
    monkeypatch.setattr(marks, "DATA", broken)
    monkeypatch.setattr(marks.load_settings, "__defaults__", (broken,))
    marks.settings.cache_clear()
    try:
        from pipeline.check import validate_data_files

        with pytest.raises(RulesError) as err:
            validate_data_files()
        assert err.value.exit_code == ExitCode.rules and err.value.path == broken
        assert "pages_max" in str(err.value) or "pages_maxi" in str(err.value)
    finally:
        marks.settings.cache_clear()


def test_a_broken_pieces_vocabulary_is_a_rules_error(tmp_path: Path) -> None:
    from extractors.classify import DATA, load_settings

    assert set(load_settings().types) == {"portfolio", "attestation_stage", "tableau_synthese"}
    broken = tmp_path / "pieces.yaml"
    broken.write_text(DATA.read_text(encoding="utf-8").replace("poids: 5", "poids: cinq", 1), encoding="utf-8")
    with pytest.raises(RulesError) as err:
        load_settings(broken)
    assert err.value.exit_code == ExitCode.rules and err.value.path == broken and "poids" in str(err.value)


def test_every_circular_vocabulary_loads_and_event_labels_are_contract_types() -> None:
    from typing import get_args

    from extractors.centres import known_towns
    from extractors.events import load_event_words, territories
    from extractors.examen import academies
    from pipeline.models import EventType

    words = load_event_words()
    assert set(words.libelles) <= set(get_args(EventType)), "a label of a type the session contract lacks"
    assert {t.type for t in words.types} <= set(get_args(EventType))
    default, known = territories()
    assert default in {t.name for t in known}
    assert "Aix-Marseille" in academies().values() and len(known_towns()) > 100


@pytest.mark.parametrize(
    "name, old, new, field",
    [
        ("evenements.yaml", "    faible: true", "    faibl: true", "faibl"),
        ("evenements.yaml", '"\\\\bpublication\\\\b"', '"(publication"', "expression régulière invalide"),
        ("evenements.yaml", "session_entiere: [jury, resultats]", "session_entiere: [jury, resultat]", "resultat"),
        ("territoires.yaml", "defaut: metropole", "defaut: metropol", "metropol"),
        ("villes.yaml", "- Abbeville", "- {nom: Abbeville}", "names.0"),
        ("communes.yaml", "- Achères", "- {nom: Achères}", "names.0"),
    ],
)
def test_a_broken_circular_vocabulary_is_exit_7_naming_file_and_field(
    tmp_path: Path, name: str, old: str, new: str, field: str
) -> None:
    from core.data import load_names
    from extractors.events import load_event_words, load_territory_words

    text = (DATA_DIR / name).read_text(encoding="utf-8")
    assert old in text, f"{name} no longer holds {old!r}: update the test"
    broken = tmp_path / name
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    loader = {"evenements.yaml": load_event_words, "territoires.yaml": load_territory_words,
              "villes.yaml": lambda p: load_names(p, "liste des villes"),
              "communes.yaml": lambda p: load_names(p, "liste des communes")}[name]
    with pytest.raises(RulesError) as err:
        loader(broken)
    assert err.value.exit_code == ExitCode.rules and err.value.path == broken and field in str(err.value)
