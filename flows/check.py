"""Prefect flow `check_dossiers`: the batch check of pipeline.check, one task per batch of candidates.

No domain logic here. One task per BATCH (not per candidate): Prefect's temporary SQLite server answered
HTTP 503 after ~2,000 mapped tasks. Tasks are idempotent (each result is an upsert keyed by lot + numero), so
a retry is harmless; only transient I/O (OSError, database busy) is retried, never a parse error — those are
verdicts (`a_verifier`), not failures. Optional Dask: a LocalCluster, or an existing scheduler by address.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.task_runners import ThreadPoolTaskRunner  # noqa: E402

import flows._env  # noqa: E402,F401  (Prefect environment before `import prefect`)
from core.errors import StorageError  # noqa: E402
from pipeline.check import BatchReport, collect, lot_id, pending_jobs, prepare, process_jobs  # noqa: E402
from pipeline.decide import DecideOptions  # noqa: E402
from pipeline.models import SessionData  # noqa: E402

BATCH_SIZE = 50


def _transient_only(_task: Any, _task_run: Any, state: Any) -> bool:
    """Retry I/O hiccups (network share, database busy); a bug or a bad file would fail the same way again."""
    try:
        exc = state.result(raise_on_failure=False)
    except Exception as err:  # noqa: BLE001 - the state may hold no result at all
        exc = err
    return isinstance(exc, OSError | StorageError)


@task(
    name="check-batch",
    retries=2,
    retry_delay_seconds=[2, 10],
    retry_condition_fn=_transient_only,
    cache_policy=NO_CACHE,
    persist_result=False,
)
def check_batch(
    depot: str,
    session: dict[str, Any],
    epreuve: str,
    numeros: list[str],
    semaines_requises: float | None,
    timeout: float | None,
    in_process: bool,
) -> dict[str, str]:
    """Analyse, decide and store one batch of candidates; returns numero → statut."""
    try:
        return _check_batch(depot, session, epreuve, numeros, semaines_requises, timeout, in_process)
    except OSError as exc:
        # Prefect logs a failed task's exception at ERROR: its filename would name a candidate's folder.
        # Keep the reason (and the type, for the retry condition), drop the path.
        raise OSError(exc.errno, f"lecture du dépôt impossible ({exc.strerror or type(exc).__name__})") from None


def _check_batch(
    depot: str,
    session: dict[str, Any],
    epreuve: str,
    numeros: list[str],
    semaines_requises: float | None,
    timeout: float | None,
    in_process: bool,
) -> dict[str, str]:
    from pipeline.storage import Store

    data = SessionData.model_validate(session)
    manifest, rules, code, jobs, _ = prepare(
        depot, data, epreuve, semaines_requises=semaines_requises, only=numeros
    )
    statuts: dict[str, str] = {}

    def note(_done: int, _total: int, numero: str, statut: str | None) -> None:
        if statut:
            statuts[numero] = statut

    # One worker process per task gives each document its time limit with a hard kill; inside a daemonic
    # Dask worker (a remote cluster's default) no child process may be started, so the analysis runs in the
    # task there. Start remote workers with distributed.worker.daemon=False to keep the hard limit.
    import multiprocessing

    in_process = in_process or multiprocessing.current_process().daemon
    process_jobs(
        jobs,
        data,
        rules,
        DecideOptions(epreuve=code, semaines_requises=semaines_requises),
        lot_id(manifest.depot, code),
        Store(),
        workers=0 if in_process else 1,
        timeout=timeout,
        progress=note,
    )
    return statuts


@flow(name="check_dossiers", validate_parameters=False, persist_result=False)
def check_dossiers(
    depot: str,
    session: dict[str, Any] | str,
    epreuve: str,
    semaines_requises: float | None = None,
    force: bool = False,
    batch_size: int = BATCH_SIZE,
    timeout: float | None = None,
    in_process: bool = False,
) -> dict[str, Any]:
    """Skip unchanged candidates, submit the others in batches, wait; the results are in the store.

    `session` is the session data, or the sha256 (prefix) of a stored session: what a scheduled deployment
    (flows/serve.py) passes."""
    from flows.guard import check_paths
    from pipeline.storage import Store

    check_paths("check_dossiers", depot=depot)
    if isinstance(session, str):
        from pipeline.sessions import load_session

        session = load_session(session).model_dump(mode="json")
    data = SessionData.model_validate(session)
    _, _, code, jobs, _ = prepare(depot, data, epreuve, semaines_requises=semaines_requises)
    lot = lot_id(Path(depot), code)
    todo = [j.row.numero for j in pending_jobs(jobs, Store(), lot, force)]
    chunks = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
    futures = [
        check_batch.submit(depot, session, epreuve, chunk, semaines_requises, timeout, in_process)
        for chunk in chunks
    ]
    statuts: dict[str, str] = {}
    for fut in futures:
        statuts.update(fut.result())
    return {"checked": len(todo), "skipped": len(jobs) - len(todo), "statuts": statuts}


@contextmanager
def _shared_api(needed: bool) -> Iterator[None]:
    """One temporary Prefect server for the flow and every local Dask worker.

    Without PREFECT_API_URL each Dask worker process would start its own temporary server (10–20 s each).
    Nothing to do when the user configured a server (PREFECT_API_URL set) or when no Dask worker runs.
    """
    if not needed or os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield
    finally:
        # The server stops at exit (Prefect registers that), after the last logs were sent to it.
        os.environ.pop("PREFECT_API_URL", None)


def run_check_flow(
    depot: str,
    session: SessionData,
    epreuve: str,
    *,
    semaines_requises: float | None = None,
    force: bool = False,
    use_dask: bool = False,
    dask_address: str | None = None,
    workers: int | None = None,
    batch_size: int = BATCH_SIZE,
    on_start: Callable[[], None] | None = None,
) -> BatchReport:
    """Run the flow with a bounded task runner (threads, or Dask) and read the batch back from the store."""
    from pipeline.storage import Store

    started = time.monotonic()
    n = max(1, workers or os.cpu_count() or 1)
    if use_dask:
        import dask
        from prefect_dask import DaskTaskRunner

        if not dask_address:
            # Our own LocalCluster: non-daemonic workers may start the one analysis process per task that
            # gives each document its hard time limit. A remote cluster's workers are not ours to configure.
            dask.config.set({"distributed.worker.daemon": False})
        kwargs = {"n_workers": n, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
        runner: Any = (
            DaskTaskRunner(address=dask_address) if dask_address else DaskTaskRunner(cluster_kwargs=kwargs)
        )
    else:
        runner = ThreadPoolTaskRunner(max_workers=n)
    if on_start:
        on_start()
    with _shared_api(use_dask and not dask_address):
        outcome = check_dossiers.with_options(task_runner=runner)(
            depot,
            session.model_dump(mode="json"),
            epreuve,
            semaines_requises=semaines_requises,
            force=force,
            batch_size=batch_size,
            in_process=False,  # each task checks whether its process may start the analysis process
        )
    manifest, _, code, jobs, warnings = prepare(depot, session, epreuve, semaines_requises=semaines_requises)
    return collect(
        manifest,
        jobs,
        Store(),
        lot_id(manifest.depot, code),
        code,
        checked=outcome["checked"],
        skipped=outcome["skipped"],
        warnings=warnings,
        seconds=time.monotonic() - started,
    )
