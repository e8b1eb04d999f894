"""Evidence images (PNG of the page region examined, marks outlined) written beside the stored results.

The analysis returns the images as bytes with the facts; `decide` names them in findings; here they are
written once, owner-only (they show signatures and names), under BTS_HOME/preuves/<numero>/, named by their
content (the same dossier checked from two copies of a deposit gives the same path), and the names in the
result become paths relative to the evidence folder (`evidence_dir`) that the XLSX report and the review
pages resolve. `bts check --purge` deletes the images its results refer to.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from core.files import write_atomic
from pipeline.models import Resultat
from pipeline.settings import home

if TYPE_CHECKING:
    from extractors.dossier import FileFacts


ROOT = "preuves"


def evidence_dir() -> Path:
    """BTS_PREUVES_DIR (its first folder), else BTS_HOME/preuves: the review pages read the same setting."""
    first = next((p for p in os.environ.get("BTS_PREUVES_DIR", "").split(os.pathsep) if p.strip()), "")
    return Path(first).expanduser() if first else home() / ROOT


def evidence_path(rel: str) -> Path | None:
    """The file of a `preuve` field, only if it lies inside the evidence folder (never a path from outside)."""
    if not rel or Path(rel).is_absolute():
        return None
    root = evidence_dir().resolve()
    path = (root / rel).resolve()
    return path if path.is_relative_to(root) and path.is_file() else None


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
            data = images[name]
            stem, _, ext = _safe(name).rpartition(".")
            target = folder / f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}.{ext}"
            if not target.exists():
                _private_dirs(target.parent)
                write_atomic(target, data, 0o600)
            written[name] = target.relative_to(root).as_posix()
        return written[name]

    for a in result.anomalies:
        a.preuve = place(a.preuve)
    for s in result.signatures:
        s.preuve = place(s.preuve)
    for period in result.stage.periodes if result.stage else []:
        key = (period.model_extra or {}).get("preuve")
        if key:
            period.preuve = place(key)  # type: ignore[attr-defined]
    # the French messages name the pictures a person can open: each name becomes its path (a whole name only:
    # « a_pdf_p1_… » must not be rewritten inside « ba_pdf_p1_… »)
    for key, path in written.items():
        pattern = re.compile(rf"(?<![\w.-]){re.escape(key)}")
        for a in result.anomalies:
            a.message = pattern.sub(path, a.message)


def _private_dirs(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    for p in (path, path.parent):
        if p.name:
            os.chmod(p, 0o700)


def purge_evidence(resultats: Sequence[dict]) -> int:
    """Delete the images stored results refer to (before the results themselves are deleted)."""
    n = 0
    for r in resultats:
        for item in [*r.get("anomalies", []), *r.get("signatures", [])]:
            path = evidence_path(item.get("preuve") or "")
            if path is not None:
                path.unlink(missing_ok=True)
                n += 1
    return n
