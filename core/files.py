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


def write_atomic(path: Path, data: bytes | str, mode: int = 0o600) -> None:
    """Write to a temp file in the same folder then rename: no half-written output, owner-only."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path | None, payload: Any) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if path is None:
        sys.stdout.write(text)
    else:
        write_atomic(path, text)
