"""Failure injection by name (core.faults) reaches the analysis workers whatever their start method.

Each start method runs a real batch: one candidate's file kills its worker, another's hangs deaf to the
alarm, a third candidate is untouched. The verdicts must say so under fork, the fork server and spawn alike
(Dask: tests/test_resilience.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import make_portfolio
from test_check import by_numero, candidate, sio_2026, write_manifest

import pipeline.check as check_mod
from core import faults
from pipeline.check import run_batch


@pytest.mark.parametrize("method", ["fork", "forkserver", "spawn"])
def test_injected_crash_and_hang_reach_workers(
    method: str, tmp_path: Path, store, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    monkeypatch.setenv("BTS_START_METHOD", method)
    monkeypatch.setenv("BTS_INJECT_FAULTS", "analyse@*/plantage.pdf=arret; analyse@*/lent.pdf=blocage")
    monkeypatch.setattr(check_mod, "GRACE_SECONDS", 0.5)
    depot = tmp_path / "depot"
    write_manifest(depot, [f"07{i};N;P;;;E5;2026-04-22 10:00" for i in range(3)])
    for i in (0, 2):
        candidate(depot, f"07{i}")
    make_portfolio(depot / "070" / "plantage.pdf")
    (depot / "071").mkdir()
    make_portfolio(depot / "071" / "lent.pdf")
    # a spawned worker imports the extractors before its first file: seconds that count in its time limit
    timeout = 15 if method == "spawn" else 2
    res = by_numero(run_batch(depot, sio_2026(), "E5", store, workers=2, timeout=timeout))
    assert res["070"].statut == "a_verifier" and res["070"].motifs == []
    assert any("arrêté brutalement" in a.message for a in res["070"].anomalies), res["070"].anomalies
    assert res["071"].statut == "a_verifier"
    assert any(a.code == "analyse_delai_depasse" and a.piece == "lent.pdf" for a in res["071"].anomalies)
    assert res["072"].statut == "conforme", res["072"].anomalies


def test_no_fault_without_the_variable_and_typos_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(faults.ENV, raising=False)
    faults.inject("analyse", "/x/plantage.pdf")  # nothing happens
    assert not faults.disabled("garde_flux")
    monkeypatch.setenv(faults.ENV, "garde_flux; analyse@*=inconnue; =arret; analyse@*/a.pdf=erreur")
    faults.inject("analyse", "/x/b.pdf")
    assert not faults.disabled("garde_flux")
    with pytest.raises(RuntimeError, match="panne injectée"):
        faults.inject("analyse", "/x/a.pdf")
    monkeypatch.setenv(faults.ENV, "garde_flux=desactive")
    assert faults.disabled("garde_flux")


def test_unknown_start_method_is_refused_in_french(monkeypatch: pytest.MonkeyPatch) -> None:
    from core.errors import BadArgumentError

    monkeypatch.setenv("BTS_START_METHOD", "threads")
    with pytest.raises(BadArgumentError, match="BTS_START_METHOD"):
        check_mod.start_method()
