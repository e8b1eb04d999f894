"""Settings from the environment, with embedded defaults (SQLite file under ./var, no Prefect server)."""

from __future__ import annotations

import os
from pathlib import Path


def home() -> Path:
    """Where the product keeps its state (database, outputs): BTS_HOME, default ./var."""
    return Path(os.environ.get("BTS_HOME", "var")).resolve()


def database_url() -> str:
    url = os.environ.get("BTS_DATABASE_URL")
    if url:
        return url
    path = home() / "bts.sqlite"
    return f"sqlite:///{path}"


def document_timeout() -> float:
    """Per-document parse time limit (seconds) for dossier checks."""
    return float(os.environ.get("BTS_DOCUMENT_TIMEOUT", "60"))
