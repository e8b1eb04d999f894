"""Run the product on a corpus: session from the circular, then `check`."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CIRCULAIRE = REPO / "samples" / "circulaires" / "circulaire_sio_2026_synthetique.pdf"


def checker_command() -> list[str]:
    """`python -m cli` when this repository has a `cli` package, else the `bts` script next to python."""
    spec = importlib.util.find_spec("cli")
    if spec is not None and spec.origin and Path(spec.origin).resolve().is_relative_to(REPO):
        return [sys.executable, "-m", "cli"]
    bts = Path(sys.executable).parent / "bts"
    return [str(bts)] if bts.exists() else [sys.executable, "-m", "pipeline.cli"]


def _env(home: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    if home is not None:
        home.mkdir(parents=True, exist_ok=True)
        env["BTS_HOME"] = str(home)
        env.pop("BTS_DATABASE_URL", None)
    return env


def ingest_session(out: Path, home: Path | None = None) -> Path:
    """`ingest` the synthetic 2026 SIO circular into out (session JSON)."""
    proc = subprocess.run(checker_command() + ["ingest", str(CIRCULAIRE), "--out", str(out)], cwd=REPO,
                          env=_env(home or out.parent / "bts_home"), capture_output=True, text=True)
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"ingest a échoué (code {proc.returncode}) : {proc.stderr[-2000:]}")
    return out


def run_check(depot: Path, session: Path, out: Path, home: Path | None = None,
              epreuve: str = "E5") -> subprocess.CompletedProcess:
    """`check` the depot; the results JSON must exist afterwards whatever the exit code."""
    if out.exists():
        out.unlink()
    proc = subprocess.run(checker_command() + ["check", str(depot), "--session", str(session), "--epreuve", epreuve,
                                               "--out", str(out)],
                          cwd=REPO, env=_env(home or out.parent / "bts_home"), capture_output=True, text=True)
    if not out.exists():
        raise RuntimeError(f"check n'a pas écrit {out} (code {proc.returncode}) : {proc.stderr[-2000:]}")
    return proc
