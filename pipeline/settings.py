"""Settings from the environment, with embedded defaults (SQLite file under ./var, no Prefect server).

BTS_HOME holds candidates' names (the database) and the local Prefect server's secret: it is kept 0700 and
the files in it 0600 (`private_dir`, `private_file`), whatever the umask.
"""

from __future__ import annotations

import os
from pathlib import Path

GIB = 1024**3


def home() -> Path:
    """Where the product keeps its state (database, outputs): BTS_HOME, default ./var."""
    return Path(os.environ.get("BTS_HOME", "var")).resolve()


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) owner-only; an existing folder of ours is tightened to 0700."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
            path.chmod(0o700)
    except OSError:
        pass
    return path


def private_file(path: Path) -> None:
    """Create `path` empty if absent, and make it owner-only (0600)."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    if Path(path).stat().st_mode & 0o077:
        os.chmod(path, 0o600)


def worker_memory_limit() -> int:
    """Address-space limit of each analysis worker (bytes): BTS_WORKER_MEMORY (Gio, default 1.5).

    Whatever a reader's guard misses then ends as a typed anomaly (fichier_trop_complexe) for that file,
    never as the machine's out-of-memory killer choosing a process. 0 disables the limit."""
    raw = os.environ.get("BTS_WORKER_MEMORY", "1.5").strip().replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        value = 1.5
    return max(0, int(value * GIB))


def database_url() -> str:
    url = os.environ.get("BTS_DATABASE_URL")
    if url:
        return url
    path = home() / "bts.sqlite"
    return f"sqlite:///{path}"


def document_timeout() -> float:
    """Per-document parse time limit (seconds) for dossier checks."""
    return float(os.environ.get("BTS_DOCUMENT_TIMEOUT", "60"))
