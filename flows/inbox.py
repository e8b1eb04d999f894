"""Prefect flow `ingest_inbox`: ingest every new circular dropped in a folder, then diff it against the
previous session of the same specialty. Files are recognised by content hash, so a renamed copy is not
ingested twice; an unusable file is moved aside with a French note, never retried in a loop.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task

import flows._env  # noqa: F401
from core.errors import BtsError
from core.files import write_atomic
from flows.guard import check_paths
from pipeline.diff import diff_payload
from pipeline.ingest import extract_file
from pipeline.storage import Store

SUFFIXES = {".pdf", ".docx", ".odt", ".fodt", ".txt", ".md", ".html", ".htm"}


def pending_files(inbox: Path, known: set[str]) -> list[Path]:
    """Files of the inbox not yet ingested (by sha256), oldest first."""
    from extractors.readers import sha256_file

    files = [p for p in sorted(inbox.iterdir(), key=lambda p: p.stat().st_mtime)
             if p.is_file() and not p.is_symlink() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")]
    return [p for p in files if sha256_file(p) not in known]


@task(name="ingerer-circulaire")
def ingest_one(path: str, outbox: str) -> dict[str, Any]:
    """Ingest one file; returns a small status (no personal data: circulars hold none about candidates)."""
    out = Path(outbox)
    src = Path(path)
    try:
        data = extract_file(src)
    except BtsError as exc:
        rejected = out / "refuses"
        rejected.mkdir(parents=True, exist_ok=True)
        write_atomic(rejected / f"{src.name}.erreur.txt", exc.french() + "\n")
        src.rename(rejected / src.name)
        return {"fichier": src.name, "statut": "refuse", "message": exc.french()}
    store = Store()
    previous = store.previous_session(data)
    store.save_session(data)
    stem = f"{data.examen.sigle or 'BTS'}_{data.examen.session or 'xxxx'}_{data.source.sha256[:8]}"
    write_atomic(out / f"{stem}.json", data.model_dump_json(indent=2))
    result: dict[str, Any] = {"fichier": src.name, "statut": "ingere", "session": stem}
    if previous is not None:
        diff = diff_payload(previous, data)
        write_atomic(out / f"{stem}.diff.json", json.dumps(diff, ensure_ascii=False, indent=2))
        result["changements"] = len(diff["changements"])
    return result


@flow(name="ingest_inbox")
def ingest_inbox(inbox: str, outbox: str) -> list[dict[str, Any]]:
    check_paths("circulaires-inbox", inbox=inbox, outbox=outbox)
    logger = get_run_logger()
    inbox_p = Path(inbox)
    inbox_p.mkdir(parents=True, exist_ok=True)
    known = {row["sha256"] for row in Store().list_sessions()}
    results = [ingest_one(str(p), outbox) for p in pending_files(inbox_p, known)]
    logger.info("%d circulaire(s) traitée(s)", len(results))
    return results
