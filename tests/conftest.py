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


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201 - pipeline.storage.Store
    """The product's default store (BTS_DATABASE_URL) on a fresh SQLite file: what the CLI would use."""
    from pipeline.storage import Store

    monkeypatch.setenv("BTS_DATABASE_URL", f"sqlite:///{tmp_path / 'db' / 'x.sqlite'}")
    return Store()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path):  # noqa: ANN201 - pipeline.storage.Store
    """The same tests against SQLite and a real PostgreSQL (started by ./test.sh; required in CI)."""
    from pipeline.storage import Store

    if request.param == "sqlite":
        return Store(f"sqlite:///{tmp_path}/t.sqlite")
    url = os.environ.get("BTS_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI_REQUIRE_POSTGRES"):
            pytest.fail("BTS_TEST_POSTGRES_URL absent alors que PostgreSQL est requis")
        pytest.skip("pas de serveur PostgreSQL (lancez les tests avec ./test.sh)")
    return Store(url)
