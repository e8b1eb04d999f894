"""Writing the many files of a run (forms as DOCX and PDF) into one folder."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def write_form_file(path: Path, data: bytes) -> None:
    """One form file: a temp file in the same folder renamed into place (never half-written), owner-only.

    Unlike core.files.write_atomic, no fsync and no look for stale temp files per file: a run writes
    thousands of forms into one folder, where both made writing quadratic and disk-bound (1 500 files:
    14 s instead of 4.5 s). `clear_stale_temps` runs once per folder and run; a run cut by a power loss is
    run again."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def clear_stale_temps(folder: Path, older_than: float = 600.0) -> None:
    """Temp files (« .NAME.xxxx ») a killed run left in `folder`, once per run."""
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
