"""Prefect flow `ingest_circular`: the same functions as `bts ingest`, with retries on I/O only."""

from __future__ import annotations

from typing import Any

from prefect import flow, task

import flows._env  # noqa: F401  (Prefect settings before import)
from pipeline.ingest import extract_file
from pipeline.storage import Store


@task(name="lire-et-extraire", retries=0)
def extract_task(path: str) -> dict[str, Any]:
    return extract_file(path).model_dump(mode="json")


@task(name="enregistrer", retries=2, retry_delay_seconds=2,
      retry_condition_fn=lambda task, run, state: isinstance(state.result(raise_on_failure=False), OSError))
def store_task(payload: dict[str, Any]) -> bool:
    from pipeline.models import SessionData

    return Store().save_session(SessionData.model_validate(payload))


@flow(name="ingest_circular", log_prints=False)
def ingest_circular(path: str, store: bool = True) -> dict[str, Any]:
    """Read one circular, extract its session data, store it (idempotent by sha256)."""
    payload = extract_task(path)
    if store:
        store_task(payload)
    return payload
