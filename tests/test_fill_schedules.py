"""When the annexes are filled: derived from the session calendar and the rules, never from a literal date."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from flows.fill import FillRun, fill_deployments, schedules_from_session
from pipeline.models import Evenement, Examen, SessionData, Source
from pipeline.rules import load_rules


def _session(year: int, *events: Evenement, sigle: str = "SIO") -> SessionData:
    return SessionData(source=Source(fichier="c.pdf", sha256="b" * 64, format="pdf"),
                       examen=Examen(sigle=sigle, session=year), evenements=list(events))


def _numero(session: SessionData, kind: str) -> str:
    annexe = load_rules(session.examen.sigle).annexe(session.examen.session)
    return annexe.numeros[kind]


SESSION_2026 = _session(
    2026,
    Evenement(type="depot_dossier", debut="2026-04-22T12:00", epreuves=["E5"], libelle="dépôt"),
    Evenement(type="controle_conformite", debut="2026-05-06T14:00", epreuves=["E5"], libelle="contrôle E5"),
    Evenement(type="epreuve", debut="2026-05-21", fin="2026-05-22", epreuves=["E5"], libelle="oral E5"),
    Evenement(type="epreuve", debut="2026-05-26", fin="2026-05-28", epreuves=["E6"], libelle="oral E6"),
    Evenement(type="jury", debut="2026-06-20", libelle="jury"),
)


def test_day_before_controle_and_interrogation_period() -> None:
    runs = schedules_from_session(SESSION_2026)
    got = [(_numero(SESSION_2026, r.kind), r.run_at.date(), r.epreuve) for r in runs]
    assert got == [
        ("VI-2", date(2026, 5, 5), "E5"),
        ("VI-3", date(2026, 5, 20), "E5"),
        ("VI-4", date(2026, 5, 20), "E5"),
    ]  # E6 has no dossier rule: no annexes; the jury is not a fill date
    assert all(isinstance(r, FillRun) and r.run_at.tzinfo is not None for r in runs)
    assert str(runs[0].run_at.tzinfo) == "Europe/Paris"


def test_controle_without_epreuve_applies_to_the_dossier_epreuve() -> None:
    s = _session(
        2024,
        Evenement(type="controle_conformite", debut="2024-05-06T14:00", epreuves=["E4"], libelle="contrôle E4"),
        Evenement(type="controle_conformite", debut="2024-05-13T14:00", libelle="contrôle (sans épreuve)"),
        Evenement(type="epreuve", debut="2024-05-21", fin="2024-05-22", epreuves=["E4"], libelle="oral"),
    )
    runs = schedules_from_session(s)
    # E4 has its own contrôle: the unnamed one is for other épreuves, none of which has a dossier rule
    assert [(r.kind, r.run_at.date()) for r in runs] == [
        ("controle", date(2024, 5, 5)), ("grille", date(2024, 5, 20)), ("fiche", date(2024, 5, 20))]
    assert {_numero(s, r.kind) for r in runs} == {"6-2", "6-3", "6-4"}
    unnamed = _session(2026, Evenement(type="controle_conformite", debut="2026-05-07", libelle="contrôle"))
    assert [(r.kind, r.run_at.date(), r.epreuve) for r in schedules_from_session(unnamed)] == [
        ("controle", date(2026, 5, 6), "E5")]


def test_old_code_in_a_new_session_is_translated() -> None:
    s = _session(2025, Evenement(type="epreuve", debut="2025-05-20", epreuves=["E4"], libelle="oral (ancien code)"))
    assert {(r.kind, r.epreuve) for r in schedules_from_session(s)} == {("grille", "E5"), ("fiche", "E5")}


def test_unknown_specialty_has_no_schedule() -> None:
    s = _session(2026, Evenement(type="epreuve", debut="2026-05-20", epreuves=["E5"], libelle="x"), sigle="ZZZ")
    assert schedules_from_session(s) == []


def test_deployments_one_per_date_and_epreuve(tmp_path: Path) -> None:
    deps = fill_deployments(SESSION_2026, out=tmp_path / "annexes", depots={"E5": tmp_path / "depot"},
                            commission="3")
    assert [d.name for d in deps] == ["annexes-SIO-2026-E5-VI-2-2026-05-05", "annexes-SIO-2026-E5-VI-3+VI-4-2026-05-20"]
    first, second = deps
    rrule = first.schedules[0].schedule.rrule
    assert rrule.startswith("DTSTART:20260505T070000") and "COUNT=1" in rrule
    assert first.schedules[0].schedule.timezone == "Europe/Paris"
    assert first.parameters["formulaires"] == "controle" and second.parameters["formulaires"] == "grille,fiche"
    assert second.parameters["depot"] == str(tmp_path / "depot") and second.parameters["commission"] == "3"
    assert second.parameters["out"] == str(tmp_path / "annexes" / "SIO-2026" / "E5")
    json.dumps(second.parameters)  # parameters must be JSON for the Prefect API
    assert SessionData.model_validate(second.parameters["session"]) == SESSION_2026


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice absent")
def test_flow_fills_from_deposit_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The flow itself (ephemeral Prefect server: > 20 s, hence slow)."""
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "var"))
    from flows.fill import fill_annexes

    depot = tmp_path / "depot"
    depot.mkdir()
    (depot / "candidats.csv").write_text(
        "numero;nom;prenom;option;forme;epreuve;depose_le\n26SIO0007;Éloïse;Chloé;SLAM;ccf;E5;\n", encoding="utf-8")
    result = fill_annexes(session=SESSION_2026.model_dump(mode="json"), out=str(tmp_path / "out"), epreuve="E5",
                          formulaires="grille,fiche", depot=str(depot))
    assert result["formulaires"] == 2
    assert sorted(Path(p).name for p in result["pdf"]) == ["26SIO0007_ÉLOÏSE_VI-3.pdf", "26SIO0007_ÉLOÏSE_VI-4.pdf"]
    assert Path(result["commissions"][""]).name == "commission_sans-numero_VI-3+VI-4.pdf"
