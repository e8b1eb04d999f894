"""Shared fixtures: the rendered circular samples and bad inputs (built into a temp dir if missing)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

# Prefect's temporary server logs "Stopping…" to a stream pytest has already closed: not an error of ours.
logging.raiseExceptions = False
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Strict mode: a bug in our analysis raises instead of becoming an "illisible" verdict. Workers inherit it
# through the environment (fork, spawn and Dask alike). Tests of hostile input turn it off (`lenient`).
os.environ["BTS_STRICT"] = "1"

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "circulaires"
SEED_NAMES = ("circulaire_sio_2024_aix-marseille", "circulaire_mco_2022_aix-marseille-corse")
BAD_NAMES = ("encrypted.pdf", "truncated.pdf", "empty.pdf", "classeur.pdf", "scan.pdf")


@pytest.fixture(scope="session")
def samples_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """samples/circulaires when complete, else a fresh build (python -m samples.build_samples)."""
    wanted = [SAMPLES / f"{n}.{e}" for n in SEED_NAMES for e in ("txt", "pdf", "docx")]
    wanted += [SAMPLES.parent / "bad" / n for n in BAD_NAMES]
    if all(p.exists() for p in wanted):
        return SAMPLES
    from samples.build_samples import build

    out = tmp_path_factory.mktemp("samples") / "circulaires"
    build(out)
    return out


@pytest.fixture(scope="session")
def bad_dir(samples_dir: Path) -> Path:
    return samples_dir.parent / "bad"


@pytest.fixture
def lenient(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hostile-input tests: parser failures must become facts about the file, as in production."""
    monkeypatch.delenv("BTS_STRICT", raising=False)
