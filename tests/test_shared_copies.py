"""The repository keeps copies of the shared materials it tests against (contracts, seeds, gold files,
scorer) so a clean checkout is self-contained; when ../shared is present they must be identical."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

PAIRS = [
    ("contracts/session.schema.json", "pipeline/data/contracts/session.schema.json"),
    ("contracts/controle.schema.json", "pipeline/data/contracts/controle.schema.json"),
    ("eval/score_session.py", "tests/data/score_session.py"),
    ("seeds/circulaire_sio_2024_aix-marseille.txt", "samples/circulaires/circulaire_sio_2024_aix-marseille.txt"),
    ("seeds/circulaire_mco_2022_aix-marseille-corse.txt",
     "samples/circulaires/circulaire_mco_2022_aix-marseille-corse.txt"),
    ("eval/gold/circulaire_sio_2024_aix-marseille.json",
     "samples/circulaires/circulaire_sio_2024_aix-marseille.gold.json"),
    ("eval/gold/circulaire_mco_2022_aix-marseille-corse.json",
     "samples/circulaires/circulaire_mco_2022_aix-marseille-corse.gold.json"),
]


@pytest.mark.parametrize("shared, ours", PAIRS, ids=[p[1] for p in PAIRS])
def test_copy_is_identical(shared: str, ours: str) -> None:
    assert (ROOT / ours).exists(), f"copie absente : {ours}"
    if not (SHARED / shared).exists():
        pytest.skip("../shared absent : la copie du dépôt fait foi")
    assert (ROOT / ours).read_bytes() == (SHARED / shared).read_bytes()
