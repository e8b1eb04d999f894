"""File helpers shared by every layer: content hash, atomic owner-only writes."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def sha256_file(path: str | Path) -> str:
    """sha256 of a file, read by 1 MiB chunks (dossiers can be large)."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _remove_stale_temps(path: Path, older_than: float = 600.0) -> None:
    """Temp files of a write killed midway (kill -9) are left behind: remove the old ones of this output."""
    import time

    now = time.time()
    for leftover in path.parent.glob(f".{path.name}.*"):
        try:
            if now - leftover.stat().st_mtime > older_than:
                leftover.unlink()
        except OSError:
            pass


def write_atomic(path: Path, data: bytes | str, mode: int = 0o600, *, durable: bool = True) -> None:
    """Write to a temp file in the same folder then rename: no half-written output, owner-only.

    `durable=False` is for the thousands of forms of one run written into one folder: no fsync and no look
    for this output's stale temp files per file (both made writing quadratic and disk-bound: 1 500 files
    14 s instead of 4.5 s); the caller clears the folder once with `remove_stale_temps`, and a run cut by a
    power loss is run again."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if durable:
        _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temps(folder: Path, older_than: float = 600.0) -> None:
    """Temp files (« .NAME.xxxx ») a killed run left in `folder`: once per run, for `durable=False` writes."""
    import time

    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            if entry.name.startswith(".") and entry.is_file() and now - entry.stat().st_mtime > older_than:
                os.unlink(entry.path)
        except OSError:
            pass


def write_json(path: Path | None, payload: Any) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if path is None:
        sys.stdout.write(text)
    else:
        write_atomic(path, text)
