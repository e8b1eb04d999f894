"""`bts serve` builds its deployments from the stored calendar (no server needed to build them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app

ROOT = Path(__file__).resolve().parents[1]


def test_deployments_follow_the_ingested_calendar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BTS_DATABASE_URL", f"sqlite:///{tmp_path}/bts.sqlite")
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    circ = ROOT / "samples" / "circulaires" / "circulaire_sio_2026_synthetique.pdf"
    assert runner.invoke(app, ["ingest", str(circ)]).exit_code == 0

    from flows.serve import ServeConfig, build_deployments, latest_sessions
    from pipeline.storage import Store

    sessions = latest_sessions(Store())
    assert [s.examen.session for s in sessions] == [2026]
    cfg = ServeConfig(inbox=tmp_path / "inbox", outbox=tmp_path / "out", depots={"E5": tmp_path / "depot"})
    deps = {d.name: d for d in build_deployments(cfg, sessions)}
    assert "circulaires-inbox" in deps
    check = deps["controle-SIO-2026-E5"]
    rrule = check.schedules[0].schedule.rrule
    assert "FREQ=HOURLY" in rrule and "UNTIL=20260422T140000" in rrule  # deadline 12:00 + 2 h of grace
    assert check.parameters["epreuve"] == "E5" and check.parameters["session"]["examen"]["session"] == 2026
    fills = [d for n, d in deps.items() if n not in ("circulaires-inbox", "controle-SIO-2026-E5")]
    starts = sorted(str(d.schedules[0].schedule.rrule).split("DTSTART:")[1][:8] for d in fills)
    assert starts == ["20260505", "20260531"]  # day before the contrôle (6 May) and before the orals (1 June)

    # only events still to come are deployed (issue 9): the 2026 calendar seen from March 2026
    dry = runner.invoke(app, ["serve", "--dry-run", "--inbox", str(tmp_path / "inbox"),
                              "--depot", f"E5={tmp_path / 'depot'}", "--depuis", "2026-03-01"])
    assert dry.exit_code == 0, dry.output
    assert "controle-SIO-2026-E5" in dry.output
    bad = runner.invoke(app, ["serve", "--dry-run", "--depot", "E5"])
    assert bad.exit_code == 2 and "EPREUVE=DOSSIER" in bad.output
