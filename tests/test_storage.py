"""Storage against SQLite and a real PostgreSQL server (started by test.sh / .ci/run)."""

from __future__ import annotations

import uuid

import pytest

from pipeline.models import Evenement, Examen, SessionData, Source
from pipeline.storage import Store


def _session(sha: str, year: int = 2026) -> SessionData:
    return SessionData(
        source=Source(fichier="c.pdf", sha256=sha, format="pdf", pages=3),
        examen=Examen(sigle="SIO", session=year, academie="Aix-Marseille"),
        evenements=[Evenement(type="depot_dossier", debut=f"{year}-04-22T12:00", epreuves=["E5"], libelle="dépôt")],
    )




@pytest.fixture
def store(any_store: Store) -> Store:
    return any_store


def test_same_file_twice_changes_nothing(store: Store) -> None:
    sha = uuid.uuid4().hex * 2
    assert store.save_session(_session(sha)) is True
    assert store.save_session(_session(sha)) is False
    assert [r["sha256"] for r in store.list_sessions("SIO")].count(sha) == 1
    assert store.get_session(sha[:16]).examen.session == 2026


def test_new_year_kept_beside_old_and_previous_found(store: Store) -> None:
    a, b = uuid.uuid4().hex * 2, uuid.uuid4().hex * 2
    store.save_session(_session(a, 2025))
    store.save_session(_session(b, 2026))
    assert store.get_session(a).examen.session == 2025
    prev = store.previous_session(_session(b, 2026))
    assert prev is not None and prev.examen.session <= 2026 and prev.source.sha256 != b


def test_result_upsert_is_idempotent(store: Store) -> None:
    lot = f"lot-{uuid.uuid4().hex}"
    store.save_resultat(lot, "26SIO0001", "f1", {"numero": "26SIO0001", "statut": "conforme"})
    store.save_resultat(lot, "26SIO0001", "f2", {"numero": "26SIO0001", "statut": "a_verifier"})
    store.save_resultat(lot, "26SIO0002", "f3", {"numero": "26SIO0002", "statut": "non_conforme"})
    assert [r["statut"] for r in store.resultats(lot)] == ["a_verifier", "non_conforme"]
    assert store.fingerprints(lot) == {"26SIO0001": "f2", "26SIO0002": "f3"}
    assert store.purge_lot(lot) == 2
    assert store.resultats(lot) == []


def test_unreachable_database_is_a_french_error() -> None:
    from core.errors import StorageError

    with pytest.raises(StorageError) as err:
        Store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "base de données inaccessible" in err.value.french()
