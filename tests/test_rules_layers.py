"""Rules in layers: national (arrêté du 22 juillet 2008), the specialty's data file, the session's circular
(which wins); each figure with its source; `bts rules` and `bts rules init`; the reference lists."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from factories import attestation, portfolio, row, run, session
from typer.testing import CliRunner

from cli import app
from core.errors import ExitCode, RulesError
from extractors.examen import specialites
from pipeline.models import DossierConformite, DureeStage, EventSource, Exigences, SessionData
from pipeline.rules import (
    DATA_DIR,
    _national,
    all_rules,
    effective_rules,
    fiche_annexe,
    layered,
    load_rules,
    reformes,
)

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "specialites"
SENTENCE = "Les candidats justifient d'au moins 12 semaines de stage en milieu professionnel."


def stated(s: SessionData, *stages: DureeStage, dossiers: tuple[str, ...] = (), modalite: str | None = None) -> SessionData:
    src = EventSource(page=2, extrait="Les dossiers E4 sont soumis au contrôle de conformité.")
    return s.model_copy(update={"exigences": Exigences(
        stages=list(stages),
        dossiers=[DossierConformite(epreuve=c, modalite=modalite, source=src) for c in dossiers])})  # type: ignore[arg-type]


def weeks(n: float | None = None, *, mois: float | None = None, epreuves: tuple[str, ...] = (),
          text: str = SENTENCE) -> DureeStage:
    return DureeStage(semaines=n, mois=mois, epreuves=list(epreuves), source=EventSource(page=2, extrait=text))


def test_sio_without_statements_keeps_its_file_unchanged() -> None:
    sio = load_rules("SIO")
    assert layered(sio, session()).rules is sio


def test_the_circular_wins_over_the_data_file_and_the_verdict_cites_it() -> None:
    s = stated(session(), weeks(12))
    eff = effective_rules(s, "E5")
    assert eff.rules is not None and eff.rules.stage.semaines == 12
    assert eff.rules.stage.semaines_positionnement == 8  # the référentiel's floor is kept, with its source
    ten = [portfolio(), attestation([(date(2025, 1, 6), date(2025, 3, 14))])]
    res = run(ten, s=s)
    assert res.stage.semaines_requises == 12 and "circulaire circulaire.pdf, p. 2" in res.stage.source_requises
    assert res.statut == "a_verifier"  # 10 ≥ 8: a positioning decision may make it enough
    layers = {(f.nom, f.couche) for f in eff.figures}
    assert ("durée de stage requise", "specialite") in layers and ("durée de stage requise", "session") in layers


def test_per_epreuve_duration_before_the_specialtys_and_months_counted_low() -> None:
    s = stated(session("NDRC", 2027, "E4", "2027-04-02T17:00"), weeks(16), weeks(mois=2, epreuves=("E6",)),
               dossiers=("E4", "E6"))
    assert effective_rules(s, "E4").rules.stage.semaines == 16  # type: ignore[union-attr]
    e6 = effective_rules(s, "E6").rules
    assert e6 is not None and e6.stage.semaines == 8 and "4 semaines par mois" in e6.stage.source


def test_ndrc_concludes_from_the_circulars_figure() -> None:
    s = stated(session("NDRC", 2027, "E4", "2027-04-02T17:00"), weeks(16), dossiers=("E4",))
    r = row(datetime(2027, 3, 30, 10, 0), "E4")
    sixteen = [portfolio(), attestation([(date(2025, 9, 1), date(2025, 10, 24))], name="a1.pdf"),
               attestation([(date(2026, 1, 5), date(2026, 2, 27))], name="a2.pdf")]
    assert run(sixteen, r=r, s=s, epreuve="E4").statut == "conforme"
    ten = [portfolio(), attestation([(date(2026, 1, 5), date(2026, 3, 13))])]
    res = run(ten, r=r, s=s, epreuve="E4")
    assert res.motifs == ["duree_stage_insuffisante"]
    assert SENTENCE in next(a.message for a in res.anomalies if a.code == "duree_stage_insuffisante")


def test_no_layer_says_the_exact_fix() -> None:
    s = session("NDRC", 2027, "E4", "2027-04-02T17:00")
    r = row(datetime(2027, 3, 30, 10, 0), "E4")
    res = run([portfolio(), attestation([(date(2026, 1, 5), date(2026, 3, 13))])], r=r, s=s, epreuve="E4")
    message = next(a.message for a in res.anomalies if a.code == "regles_inconnues")
    assert "--semaines-requises N" in message and "pipeline/data/rules/ndrc.yaml" in message
    assert "bts rules init NDRC" in message
    eff = effective_rules(s, "E4")
    assert eff.rules is None and any("--semaines-requises N" in m for m in eff.manque)
    # the épreuves named but no duration anywhere: the stage check says where to write it
    only = stated(s, dossiers=("E4",))
    res = run([portfolio(), attestation([(date(2026, 1, 5), date(2026, 3, 13))])], r=r, s=only, epreuve="E4")
    message = next(a.message for a in res.anomalies if a.code == "duree_stage_non_verifiee")
    assert "--semaines-requises N" in message and "pipeline/data/rules/ndrc.yaml" in message


def test_cyclades_deposits_get_the_national_size_limit() -> None:
    s = stated(session("GPME", 2027, "E4", "2027-04-15T23:59"), weeks(12), dossiers=("E4",), modalite="cyclades")
    eff = effective_rules(s, "E4")
    assert eff.rules is not None and eff.rules.depot.taille_max_octets == 5 * 1024 * 1024
    assert any(f.nom == "taille maximale d'un fichier" and f.couche == "nationale" for f in eff.figures)
    plateforme = stated(session("GPME", 2027, "E4"), weeks(12), dossiers=("E4",), modalite="plateforme")
    assert effective_rules(plateforme, "E4").rules.depot.taille_max_octets is None  # type: ignore[union-attr]


def test_fiche_named_as_the_circular_names_it() -> None:
    from extractors.readers import read_document
    from pipeline.extract import extract_session

    s = extract_session(read_document(SAMPLES / "circulaire_ndrc_2027_lille.docx"))
    fiche = fiche_annexe(s, "E4")
    assert (fiche.numero, fiche.titre) == ("VI-2", "Modèle de fiche de contrôle de conformité")
    neutral = fiche_annexe(session("CG", 2027, "E6"))
    assert (neutral.numero, neutral.titre) == (None, "Fiche de contrôle de conformité")


def test_reference_lists_are_consistent() -> None:
    sigles = {s.sigle for s in specialites()}
    assert len(sigles) >= 90 and {"NDRC", "CG", "GPME", "CIEL", "SIO", "MCO", "SAM", "MHR"} <= sigles
    assert {r.sigle for r in all_rules()} <= sigles
    assert {(r.ancien, r.nouveau) for r in reformes()} >= {("MUC", "MCO"), ("NRC", "NDRC"), ("SN", "CIEL")}


def test_a_broken_national_file_is_exit_7(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_dir = tmp_path / "rules"
    shutil.copytree(DATA_DIR / "rules", rules_dir)
    path = rules_dir / "_national.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("semaines_par_mois: 4", "semaines_par_mois: quatre"),
                    encoding="utf-8")
    monkeypatch.setenv("BTS_RULES_DIR", str(rules_dir))
    with pytest.raises(RulesError) as err:
        effective_rules(session())
    assert err.value.exit_code == ExitCode.rules and "semaines_par_mois" in str(err.value)
    _national.cache_clear()


def test_cli_rules_shows_each_figures_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "200")
    out = tmp_path / "ndrc.json"
    circ = SAMPLES / "circulaire_ndrc_2027_lille.docx"
    assert CliRunner().invoke(app, ["ingest", str(circ), "--out", str(out), "--no-store"]).exit_code == 0
    result = CliRunner().invoke(app, ["rules", "NDRC", "--session", str(out), "--epreuve", "E4"])
    assert result.exit_code == 0, result.output
    assert "durée de stage requise : 16 semaines" in result.output
    assert "[circulaire] circulaire circulaire_ndrc_2027_lille.docx, p. 1" in result.output
    assert "[national] arrêté du 22 juillet 2008" in result.output
    assert "annexe VI-2 « Modèle de fiche de contrôle de conformité »" in result.output
    bare = CliRunner().invoke(app, ["rules", "NDRC"])
    assert bare.exit_code == 0 and "bts rules init NDRC" in bare.output and "--semaines-requises N" in bare.output


def test_cli_rules_init_writes_a_template_that_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_dir = tmp_path / "rules"
    shutil.copytree(DATA_DIR / "rules", rules_dir)
    monkeypatch.setenv("BTS_RULES_DIR", str(rules_dir))
    load_rules.cache_clear()
    try:
        result = CliRunner().invoke(app, ["rules", "init", "ndrc"])
        assert result.exit_code == 0, result.output
        written = load_rules("NDRC")
        assert written is not None and written.specialite == "Négociation et digitalisation de la relation client"
        assert written.stage.semaines is None and "# " in (rules_dir / "ndrc.yaml").read_text(encoding="utf-8")
        again = CliRunner().invoke(app, ["rules", "init", "NDRC"])
        assert again.exit_code == ExitCode.bad_args and "existe déjà" in again.output
    finally:
        load_rules.cache_clear()


def test_durations_that_disagree_give_no_figure_but_say_so() -> None:
    s = stated(session("NDRC", 2027, "E4"), weeks(6, text="6 semaines de stage en première année."), weeks(16),
               dossiers=("E4",))
    eff = effective_rules(s, "E4")
    assert eff.rules is not None and eff.rules.stage.semaines is None  # never a guess between 6 and 16
    assert any("plusieurs qui diffèrent" in m and "--semaines-requises N" in m for m in eff.manque)


def test_rules_help_is_french() -> None:
    result = CliRunner().invoke(app, ["rules", "--help"])
    assert result.exit_code == 0 and "Utilisation" in result.output and "Règles en vigueur" in result.output


def test_an_epreuve_named_only_by_the_circular_without_pieces_stays_a_verifier() -> None:
    s = stated(session("MCO", 2022, "EF4", "2022-05-13"), dossiers=("EF4",), modalite="cyclades")
    r = row(datetime(2022, 5, 10, 9, 0), "EF4")
    res = run([portfolio()], r=r, s=s, epreuve="EF4")
    assert res.statut == "a_verifier"
    assert any(a.code == "epreuve_sans_regle" and "--semaines-requises N" in a.message for a in res.anomalies)
    # --semaines-requises, the top layer, makes the internship known: the attestation is then expected
    ok = run([portfolio(), attestation([(date(2022, 1, 3), date(2022, 2, 11))])], r=r, s=s, epreuve="EF4", semaines=6)
    assert ok.statut == "conforme" and ok.stage.source_requises == "option --semaines-requises"
    none = run([portfolio()], r=r, s=s, epreuve="EF4", semaines=6)
    assert any(a.code == "attestation_absente" for a in none.anomalies) and none.statut == "a_verifier"
