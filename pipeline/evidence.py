"""Evidence images (PNG of the page region examined, marks outlined) written beside the stored results.

The analysis returns the images as bytes with the facts; `decide` names them in findings; here they are
written once, owner-only (they show signatures and names), under BTS_HOME/preuves/<lot>/<numero>/, and the
names in the result become paths the XLSX report and the review page can open. `--purge` deletes them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.files import write_atomic
from pipeline.models import Resultat
from pipeline.settings import home

if TYPE_CHECKING:
    from extractors.dossier import FileFacts


def evidence_dir(lot: str) -> Path:
    return home() / "preuves" / hashlib.sha256(lot.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name).lstrip(".")[:120] or "_"


def save_evidence(result: Resultat, facts: Sequence[FileFacts], root: Path) -> None:
    """Write the images the result refers to and replace their names by paths."""
    images = {name: data for f in facts for name, data in f.preuves.items()}
    if not images:
        return
    folder = root / _safe(result.numero)
    written: dict[str, str] = {}

    def place(name: str | None) -> str | None:
        if not name or name not in images:
            return name
        if name not in written:
            target = folder / _safe(name)
            _private_dirs(target.parent)
            write_atomic(target, images[name], 0o600)
            written[name] = str(target)
        return written[name]

    for a in result.anomalies:
        a.preuve = place(a.preuve)
    for s in result.signatures:
        s.preuve = place(s.preuve)


def _private_dirs(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    for p in (path, path.parent, path.parent.parent):
        if p.name and p.is_relative_to(home()):
            os.chmod(p, 0o700)


def purge_evidence(lot: str) -> None:
    shutil.rmtree(evidence_dir(lot), ignore_errors=True)
