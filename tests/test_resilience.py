"""Resilience of `bts check` with real processes and real files: a batch killed half-way loses nothing and
resumes with only the missing candidates; an output killed mid-write is never half-written; Prefect tasks
can run twice; Dask gives the in-process verdicts; no personal data in INFO logs or task names; outputs
are owner-only; `--purge` deletes a lot."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select

from pipeline.check import lot_id, run_batch
from pipeline.models import SessionData
from pipeline.storage import Store, resultats

ROOT = Path(__file__).resolve().parents[1]
BTS = Path(sys.executable).parent / "bts"
CIRCULAR = ROOT / "samples" / "circulaires" / "circulaire_sio_2026_synthetique.pdf"
N_KILL = 60


def _env(tmp: Path, db: str) -> dict[str, str]:
    env = dict(os.environ)
    env["BTS_DATABASE_URL"] = f"sqlite:///{tmp / db}"
    env["BTS_HOME"] = str(tmp / "home")
    env.pop("PREFECT_API_URL", None)
    env.pop("BTS_DEBUG", None)
    return env


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """60 generated candidates (every case, no 5 MB files) and the session JSON of `bts ingest`."""
    from samples.dossiers.generate import generate

    tmp = tmp_path_factory.mktemp("resilience")
    depot = tmp / "depot"
    meta = generate(depot, N_KILL, 5, exclude={"trop_gros"})
    session = tmp / "session.json"
    subprocess.run(
        [str(BTS), "ingest", str(CIRCULAR), "--out", str(session)],
        check=True,
        capture_output=True,
        env=_env(tmp, "ingest.sqlite"),
    )
    data = SessionData.model_validate_json(session.read_bytes())
    assert any(e.type == "depot_dossier" and e.debut.startswith(meta["deadline"][:10]) for e in data.evenements)
    return {"tmp": tmp, "depot": depot, "session": session, "meta": meta, "data": data}


def _check_cmd(depot: Path, session: Path, out: Path, *extra: str) -> list[str]:
    return [str(BTS), "check", str(depot), "-s", str(session), "-e", "E5", "--out", str(out), *extra]


def _db_rows(db: Path) -> list[dict[str, Any]]:
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(resultats))]
    engine.dispose()
    return rows


def _verdicts(results: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        r["numero"]: (r["statut"], r["motifs"], r["penalites"], sorted(a["code"] for a in r["anomalies"]))
        for r in results
    }


# --- 1. nothing lost ------------------------------------------------------------------------------------


def test_sigkill_mid_batch_then_rerun_loses_and_duplicates_nothing(generated: dict[str, Any]) -> None:
    tmp, depot, session = generated["tmp"], generated["depot"], generated["session"]
    copy = tmp / "copie"
    shutil.copytree(depot, copy)  # copy2: same bytes, same mtimes, so the same fingerprints

    # reference: one uninterrupted run on the copy, in its own database
    ref_out = tmp / "ref.json"
    ref = subprocess.run(
        _check_cmd(copy, session, ref_out, "--workers", "1"),
        capture_output=True,
        text=True,
        env=_env(tmp, "ref.sqlite"),
    )
    assert ref.returncode == 0, ref.stderr

    # interrupted: one analysis worker, killed (whole process group) once some results are stored
    db = tmp / "kill.sqlite"
    env = _env(tmp, "kill.sqlite")
    out = tmp / "kill.json"
    lot = lot_id(depot, "E5")
    proc = subprocess.Popen(
        _check_cmd(depot, session, out, "--workers", "1"),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    store = Store(f"sqlite:///{db}")
    seen = 0
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            seen = len(store.fingerprints(lot))
            if 10 < seen < N_KILL - 5:
                os.killpg(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, f"the batch ended before it could be killed ({seen} stored)"
    assert not out.exists()
    before = {r["numero"]: r for r in _db_rows(db)}
    kept = len(before)
    assert 10 < kept < len(generated["meta"]["candidats"])

    # the same command again: resumes, re-checks only the missing candidates
    again = subprocess.run(
        _check_cmd(depot, session, out, "--workers", "1"), capture_output=True, text=True, env=env
    )
    assert again.returncode == 0, again.stderr
    text = " ".join(again.stderr.split())
    n = len(generated["meta"]["candidats"])
    assert f"épreuve E5 : {n} candidats" in text
    skipped = re.search(r"dont (\d+) inchangés? depuis le dernier contrôle", text)
    assert skipped and int(skipped.group(1)) == kept, text

    after = _db_rows(db)
    assert len(after) == n and len({r["numero"] for r in after}) == n  # none lost, none duplicated
    for row in after:  # rows stored before the kill were not rewritten
        if row["numero"] in before:
            assert row["maj_le"] == before[row["numero"]]["maj_le"]
            assert row["empreinte"] == before[row["numero"]]["empreinte"]

    # identical to the uninterrupted run: JSON files and database rows
    got, want = json.loads(out.read_text(encoding="utf-8")), json.loads(ref_out.read_text(encoding="utf-8"))
    assert [r["numero"] for r in got["resultats"]] == [r["numero"] for r in want["resultats"]]
    assert got["resultats"] == want["resultats"]
    assert _verdicts(got["resultats"]) == _verdicts(want["resultats"])
    ref_rows = {r["numero"]: r for r in _db_rows(tmp / "ref.sqlite")}
    assert {r["numero"]: (r["empreinte"], r["statut"], json.loads(r["data"])) for r in after} == {
        k: (r["empreinte"], r["statut"], json.loads(r["data"])) for k, r in ref_rows.items()
    }
    # and right against the generator's independent expectations
    for numero, exp in generated["meta"]["candidats"].items():
        r = next(x for x in got["resultats"] if x["numero"] == numero)
        assert (r["statut"], sorted(r["motifs"])) == (exp["statut"], sorted(exp["motifs"])), exp["cas"]


KILL_IN_WRITE = textwrap.dedent(
    """
    import os, signal, sys
    real_fdopen = os.fdopen

    class HalfThenKill:
        def __init__(self, fh):
            self.fh = fh
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            self.fh.close()
        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            os.fsync(self.fh.fileno())
            os.kill(os.getpid(), signal.SIGKILL)

    def fdopen(fd, *args, **kwargs):
        fh = real_fdopen(fd, *args, **kwargs)
        return HalfThenKill(fh) if sys._getframe(1).f_code.co_name == "write_atomic" else fh

    os.fdopen = fdopen
    from cli import app
    sys.argv = ["bts", *sys.argv[1:]]
    app()
    """
)


def test_sigkill_during_json_write_leaves_previous_file_whole(generated: dict[str, Any]) -> None:
    tmp, depot, session = generated["tmp"], generated["depot"], generated["session"]
    env = _env(tmp, "write.sqlite")
    out = tmp / "sortie" / "res.json"
    first = subprocess.run(
        _check_cmd(depot, session, out, "--workers", "2"), capture_output=True, text=True, env=env
    )
    assert first.returncode == 0, first.stderr
    previous = out.read_bytes()
    json.loads(previous)

    killed = subprocess.run(
        [sys.executable, "-c", KILL_IN_WRITE, *_check_cmd(depot, session, out)[1:]],  # unchanged: straight to the write
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    # the kill happened mid-write: a hidden temp file holds half a JSON document…
    partial = [p for p in out.parent.iterdir() if p.name.startswith(".res.json.")]
    assert partial and all(p.stat().st_size < len(previous) for p in partial)
    with pytest.raises(json.JSONDecodeError):
        json.loads(partial[0].read_bytes())
    # …and the output itself is the previous complete file, byte for byte
    assert [p.name for p in out.parent.iterdir() if not p.name.startswith(".")] == ["res.json"]
    assert out.read_bytes() == previous


# --- 2. Prefect tasks run twice, Dask parity ------------------------------------------------------------


@pytest.fixture
def db_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "db.sqlite"
    monkeypatch.setenv("BTS_DATABASE_URL", f"sqlite:///{db}")
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    return db


def _small_depot(tmp: Path, n: int = 24, seed: int = 3) -> tuple[Path, dict[str, Any], SessionData]:
    from samples.dossiers.generate import generate

    depot = tmp / "depot"
    meta = generate(depot, n, seed, exclude={"trop_gros"})
    return depot, meta, _session_for(meta["deadline"])


def _session_for(deadline: str) -> SessionData:
    from pipeline.models import Epreuve, Evenement, EventSource, Examen, Source

    return SessionData(
        source=Source(fichier="circulaire_sio_2026.pdf", sha256="ab" * 32, format="pdf"),
        examen=Examen(specialite="Services informatiques aux organisations", sigle="SIO", session=2026),
        epreuves=[Epreuve(code="E5", intitule="Support et mise à disposition de services informatiques")],
        evenements=[
            Evenement(
                type="depot_dossier",
                debut=deadline,
                epreuves=["E5"],
                libelle="Dépôt des dossiers",
                source=EventSource(page=1, extrait="au plus tard"),
            )
        ],
    )


def _rows_without_time(db: Path) -> dict[str, tuple[str, str, str]]:
    return {r["numero"]: (r["lot"], r["empreinte"], r["data"]) for r in _db_rows(db)}


def test_batch_task_run_twice_is_harmless(tmp_path: Path, db_env: Path) -> None:
    """A Dask worker may re-run a task (lost worker, retry): same rows, no duplicate, even concurrently."""
    from flows.check import check_batch

    depot, meta, data = _small_depot(tmp_path, 12)
    numeros = sorted(meta["candidats"])
    args = (str(depot), data.model_dump(mode="json"), "E5", numeros, None, None)
    first = check_batch.fn(*args, False)  # one analysis process, as on a local Dask worker
    rows1 = _rows_without_time(db_env)
    assert len(rows1) == len(numeros) == len(first)
    second = check_batch.fn(*args, False)
    assert second == first and _rows_without_time(db_env) == rows1
    # two copies of the task at once (a straggler and its replacement), in-process analysis
    outs: list[dict[str, str]] = []
    threads = [threading.Thread(target=lambda: outs.append(check_batch.fn(*args, True))) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert outs == [first, first]
    assert _rows_without_time(db_env) == rows1
    engine = create_engine(f"sqlite:///{db_env}")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(resultats)).scalar_one() == len(numeros)
    engine.dispose()
    for numero, exp in meta["candidats"].items():
        assert first[numero] == exp["statut"], exp["cas"]


@pytest.mark.slow
def test_dask_two_workers_same_verdicts_as_in_process(
    tmp_path: Path, db_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real 2-worker LocalCluster runs the batches (checked on the workers) and agrees with in-process,
    except for the candidate whose analysis process an injected fault kills."""
    import prefect_dask

    from flows.check import run_check_flow

    seen: dict[str, Any] = {}

    class Recording(prefect_dask.DaskTaskRunner):
        def __exit__(self, *exc: Any) -> Any:
            if self._client is not None:
                seen["workers"] = self._client.run(
                    lambda dask_worker: (os.getpid(), dask_worker.state.executed_count)
                )
            return super().__exit__(*exc)

    monkeypatch.setattr(prefect_dask, "DaskTaskRunner", Recording)
    depot, meta, data = _small_depot(tmp_path, 20)  # every case without scans or 5 MB files
    inline = run_batch(depot, data, "E5", Store(f"sqlite:///{tmp_path / 'inline.sqlite'}"), workers=0)
    # a fault named in the environment reaches the analysis processes the Dask workers start (core.faults)
    victim = next(n for n, exp in meta["candidats"].items() if exp["statut"] == "conforme")
    monkeypatch.setenv("BTS_INJECT_FAULTS", f"analyse@*/{victim}/*=arret")
    report = run_check_flow(str(depot), data, "E5", use_dask=True, workers=2, batch_size=5)
    assert len(seen["workers"]) == 2
    pids = {pid for pid, _ in seen["workers"].values()}
    assert len(pids) == 2 and os.getpid() not in pids
    assert sum(count for _, count in seen["workers"].values()) >= 4  # 20 candidates in batches of 5
    assert report.checked == len(meta["candidats"])
    got = _verdicts([r.model_dump(mode="json") for r in report.resultats])
    crashed = next(r for r in report.resultats if r.numero == victim)
    assert crashed.statut == "a_verifier" and any("arrêté brutalement" in a.message for a in crashed.anomalies)
    expected = _verdicts([r.model_dump(mode="json") for r in inline.resultats if r.numero != victim])
    assert {k: v for k, v in got.items() if k != victim} == expected
    assert len(got) == len(meta["candidats"])


# --- 3. personal data -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_prefect_logs_and_task_names_hold_no_personal_data(
    tmp_path: Path, db_env: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Prefect's temporary server takes 10–20 s to start: slow. The flow gets the stored session's sha256,
    as a scheduled deployment of flows/serve.py does."""
    import logging

    from flows.check import check_dossiers

    depot, meta, data = _small_depot(tmp_path, 6, seed=11)
    rows = [line.split(";") for line in (depot / "candidats.csv").read_text(encoding="utf-8").splitlines()[1:]]
    personal = {v for r in rows for v in r[:3] if v}
    assert len(personal) >= 8
    prefect_logger = logging.getLogger("prefect")
    prefect_logger.addHandler(caplog.handler)  # Prefect's loggers may not propagate to the root
    try:
        with caplog.at_level(logging.INFO):
            prefect_logger.setLevel(logging.INFO)
            Store().save_session(data)
            outcome = check_dossiers(str(depot), data.source.sha256[:12], "E5", batch_size=2)
    finally:
        prefect_logger.removeHandler(caplog.handler)
    assert outcome["checked"] == 6 and len(Store().resultats(lot_id(depot, "E5"))) == 6
    stored = {r["numero"]: [a["code"] for a in r["anomalies"] if a.get("gravite") != "info"]
              for r in Store().resultats(lot_id(depot, "E5"))}
    assert outcome["statuts"] == {k: v["statut"] for k, v in meta["candidats"].items()}, stored
    records = [r for r in caplog.records if r.levelno >= logging.INFO]
    assert any("check-batch" in str(getattr(r, "task_run_name", "")) for r in records), "no task log caught"
    names = {str(getattr(r, a, "")) for r in records for a in ("task_run_name", "flow_run_name")}
    texts = [r.getMessage() for r in records] + [r.exc_text or "" for r in records] + sorted(names)

    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        task_runs = client.read_task_runs()
        flow_runs = client.read_flow_runs()
    assert len(task_runs) >= 3
    texts += [t.name for t in task_runs] + [f.name for f in flow_runs]
    texts += [json.dumps(f.parameters, ensure_ascii=False, default=str) for f in flow_runs]
    for text in texts:
        for value in personal:
            assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text), (value, text[:200])


def test_outputs_are_owner_only_and_purge_deletes_the_lot(tmp_path: Path, db_env: Path) -> None:
    from typer.testing import CliRunner

    from cli import app

    depot, meta, data = _small_depot(tmp_path, 6, seed=13)
    other, _, _ = _small_depot(tmp_path / "autre", 3, seed=14)
    session = tmp_path / "session.json"
    session.write_text(data.model_dump_json(), encoding="utf-8")
    out, rep = tmp_path / "res.json", tmp_path / "rapport.xlsx"
    old = os.umask(0o022)
    try:
        r = CliRunner().invoke(
            app, ["check", str(depot), "-s", str(session), "-e", "E5", "-o", str(out), "-r", str(rep), "-w", "0"]
        )
        assert r.exit_code == 0, r.output
        r2 = CliRunner().invoke(app, ["check", str(other), "-s", str(session), "-e", "E5", "-w", "0"])
        assert r2.exit_code == 0, r2.output
    finally:
        os.umask(old)
    for path in (out, rep):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    store = Store()
    assert len(store.resultats(lot_id(depot, "E5"))) == 6
    assert len(store.resultats(lot_id(other, "E5"))) == 3

    # an old code of the same épreuve (E4 before 2025 → E5) names the same lot; the depot may be gone
    shutil.rmtree(depot)
    r = CliRunner().invoke(app, ["check", str(depot), "-s", str(session), "-e", "E4", "--purge"])
    assert r.exit_code == 0, r.output
    assert "6 résultats supprimés" in " ".join((r.stderr if hasattr(r, "stderr") else r.output).split())
    assert store.resultats(lot_id(depot, "E5")) == []
    assert len(store.resultats(lot_id(other, "E5"))) == 3  # another lot is untouched
    r = CliRunner().invoke(app, ["check", str(depot), "-s", str(session), "-e", "E5", "--purge"])
    assert r.exit_code == 0 and "0 résultat supprimé" in " ".join(
        (r.stderr if hasattr(r, "stderr") else r.output).split()
    )


def test_write_atomic_removes_old_leftovers_of_a_killed_write(tmp_path: Path) -> None:
    import os
    import time

    from core.files import write_atomic

    old = tmp_path / ".res.json.abc123"
    old.write_text("{ half", encoding="utf-8")
    past = time.time() - 3600
    os.utime(old, (past, past))
    fresh = tmp_path / ".res.json.def456"  # a write in progress elsewhere: kept
    fresh.write_text("{", encoding="utf-8")
    write_atomic(tmp_path / "res.json", "{}\n")
    assert not old.exists() and fresh.exists()
    assert (tmp_path / "res.json").read_text(encoding="utf-8") == "{}\n"
    assert (tmp_path / "res.json").stat().st_mode & 0o777 == 0o600
