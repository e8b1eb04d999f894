"""Storage: sessions keyed by the circular's sha256, check results keyed by (batch, numero).

SQLAlchemy Core, SQLite by default (WAL, busy timeout: several workers may write), PostgreSQL by URL.
A result row is written when that candidate is done, in its own transaction, so a stopped batch keeps
what it did; rows carry the fingerprint of the candidate's inputs so a re-run re-checks only what changed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    DDL,
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from core.errors import StorageError
from pipeline.models import SessionData
from pipeline.settings import database_url, private_dir, private_file

metadata = MetaData()

sessions = Table(
    "sessions",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("fichier", String(500), nullable=False),
    Column("sigle", String(20)),
    Column("annee", Integer),
    Column("academie", String(200)),
    Column("ingere_le", DateTime(timezone=True), nullable=False),
    Column("data", Text, nullable=False),
)

resultats = Table(
    "resultats",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("lot", String(1000), nullable=False),
    Column("numero", String(100), nullable=False),
    Column("empreinte", String(64), nullable=False),
    Column("statut", String(20), nullable=False),
    Column("data", Text, nullable=False),
    Column("maj_le", DateTime(timezone=True), nullable=False),
    UniqueConstraint("lot", "numero", name="uq_resultat_lot_numero"),
)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _private_sqlite(path: Path) -> None:
    """Candidates' names live here: folder 0700, database 0600 (SQLite gives -wal/-shm its mode)."""
    if str(path) in ("", ":memory:"):
        return
    private_dir(path.parent)
    private_file(path)
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if extra.exists():
            private_file(extra)


class Store:
    """Thin façade over the two tables; every method is one transaction."""

    def __init__(self, url: str | None = None):
        self.url = url or database_url()
        try:
            if self.url.startswith("sqlite:///"):
                _private_sqlite(Path(self.url.removeprefix("sqlite:///")))
            self.engine: Engine = create_engine(self.url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            metadata.create_all(self.engine)
        except (SQLAlchemyError, OSError) as exc:
            raise StorageError(f"base de données inaccessible ({type(exc).__name__}: {exc})") from exc

    # --- sessions ---------------------------------------------------------------------------
    def save_session(self, data: SessionData) -> bool:
        """Store a session; False when the same file (sha256) was already stored (nothing changes)."""
        sha = data.source.sha256
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(sessions.c.sha256).where(sessions.c.sha256 == sha)).first():
                    return False
                conn.execute(
                    sessions.insert().values(
                        sha256=sha,
                        fichier=data.source.fichier,
                        sigle=data.examen.sigle,
                        annee=data.examen.session,
                        academie=data.examen.academie,
                        ingere_le=datetime.now(UTC),
                        data=data.model_dump_json(),
                    )
                )
            return True
        except SQLAlchemyError as exc:
            raise StorageError(f"enregistrement de la session impossible ({exc.__class__.__name__})") from exc

    def get_session(self, sha_prefix: str) -> SessionData | None:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(sessions.c.data).where(sessions.c.sha256.like(f"{sha_prefix}%"))
            ).all()
        if len(rows) != 1:
            return None
        return SessionData.model_validate_json(rows[0].data)

    def list_sessions(self, sigle: str | None = None) -> list[dict[str, Any]]:
        q = select(sessions.c.sha256, sessions.c.fichier, sessions.c.sigle, sessions.c.annee,
                   sessions.c.academie, sessions.c.ingere_le).order_by(sessions.c.annee, sessions.c.ingere_le)
        if sigle:
            q = q.where(sessions.c.sigle == sigle)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def previous_session(self, data: SessionData) -> SessionData | None:
        """The latest stored session of the same specialty before this one (for the yearly diff)."""
        q = (select(sessions.c.data, sessions.c.annee)
             .where(sessions.c.sigle == data.examen.sigle, sessions.c.sha256 != data.source.sha256)
             .order_by(sessions.c.annee.desc(), sessions.c.ingere_le.desc()))
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                if data.examen.session is None or (row.annee or 0) <= data.examen.session:
                    return SessionData.model_validate_json(row.data)
        return None

    def purge_session(self, sha_prefix: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(delete(sessions).where(sessions.c.sha256.like(f"{sha_prefix}%"))).rowcount

    # --- résultats ------------------------------------------------------------------------------
    def get_resultat(self, lot: str, numero: str) -> tuple[str, dict[str, Any]] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(resultats.c.empreinte, resultats.c.data)
                .where(resultats.c.lot == lot, resultats.c.numero == numero)
            ).first()
        return (row.empreinte, json.loads(row.data)) if row else None

    def fingerprints(self, lot: str) -> dict[str, str]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(resultats.c.numero, resultats.c.empreinte).where(resultats.c.lot == lot))
            return {r.numero: r.empreinte for r in rows}

    def save_resultat(self, lot: str, numero: str, empreinte: str, resultat: dict[str, Any]) -> None:
        """Insert or replace one candidate's result: idempotent, so a task run twice is harmless."""
        values = dict(lot=lot, numero=numero, empreinte=empreinte, statut=resultat.get("statut", ""),
                      data=json.dumps(resultat, ensure_ascii=False), maj_le=datetime.now(UTC))
        try:
            with self.engine.begin() as conn:
                conn.execute(self._upsert(values))
        except SQLAlchemyError as exc:
            raise StorageError(f"enregistrement du résultat impossible ({exc.__class__.__name__})") from exc

    def _upsert(self, values: dict[str, Any]) -> Any:
        """INSERT … ON CONFLICT (lot, numero) DO UPDATE: atomic even with concurrent workers."""
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        elif self.engine.dialect.name == "sqlite":
            from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
        else:  # pragma: no cover - other engines are not supported
            raise StorageError(f"moteur de base non pris en charge : {self.engine.dialect.name}")
        stmt = insert(resultats).values(**values)
        update = {k: stmt.excluded[k] for k in ("empreinte", "statut", "data", "maj_le")}
        return stmt.on_conflict_do_update(index_elements=["lot", "numero"], set_=update)

    def resultats(self, lot: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(resultats.c.data).where(resultats.c.lot == lot).order_by(resultats.c.numero))
            return [json.loads(r.data) for r in rows]

    def purge_lot(self, lot: str) -> int:
        with self.engine.begin() as conn:
            return conn.execute(delete(resultats).where(resultats.c.lot == lot)).rowcount


# --- the commission's review: decisions (append-only), accounts, web sessions ------------------------------
# Kept apart from Store (new tables on the same metadata, so Store() creates them): a person's decision is
# never written by `bts check`, so a re-check (even --force) cannot erase it.


decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("lot", String(1000), nullable=False),
    Column("numero", String(100), nullable=False),
    Column("epreuve", String(20)),
    Column("statut", String(20), nullable=False),
    Column("motifs", Text, nullable=False),  # JSON list of the official grounds
    Column("commentaire", Text, nullable=False),
    Column("par", String(200), nullable=False),
    Column("le", DateTime(timezone=True), nullable=False),  # UTC; shown in Europe/Paris
    Column("statut_machine", String(20), nullable=False),
    Column("empreinte_fichiers", String(64), nullable=False),
    Index("ix_decisions_lot_numero", "lot", "numero"),
)
# Append-only: the database itself refuses to rewrite a decision (a correction is a new decision).
event.listen(
    decisions,
    "after_create",
    DDL(
        "CREATE TRIGGER IF NOT EXISTS decisions_append_only BEFORE UPDATE ON decisions "
        "BEGIN SELECT RAISE(ABORT, 'decisions : ajout seulement'); END"
    ).execute_if(dialect="sqlite"),
)
event.listen(
    decisions,
    "after_create",
    DDL(
        "CREATE OR REPLACE FUNCTION bts_decisions_append_only() RETURNS trigger AS $f$ "
        "BEGIN RAISE EXCEPTION 'decisions : ajout seulement'; END $f$ LANGUAGE plpgsql"
    ).execute_if(dialect="postgresql"),
)
event.listen(
    decisions,
    "after_create",
    DDL(
        "CREATE TRIGGER decisions_append_only BEFORE UPDATE ON decisions "
        "FOR EACH ROW EXECUTE FUNCTION bts_decisions_append_only()"
    ).execute_if(dialect="postgresql"),
)

users = Table(
    "users",
    metadata,
    Column("nom", String(200), primary_key=True),
    Column("role", String(20), nullable=False),  # commission | dec
    Column("commission", String(100)),
    Column("hash", String(300), nullable=False),  # argon2id
    Column("actif", Boolean, nullable=False),
    Column("cree_le", DateTime(timezone=True), nullable=False),
)

review_sessions = Table(
    "review_sessions",
    metadata,
    Column("jeton", String(64), primary_key=True),  # sha256 of the cookie value, never the value itself
    Column("nom", String(200), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("cree_le", DateTime(timezone=True), nullable=False),
    Column("expire_le", DateTime(timezone=True), nullable=False),
)


def _utc(value: datetime) -> datetime:
    """SQLite gives naive datetimes back: they were written in UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


class ReviewStore:
    """Decisions, accounts and web sessions of `bts review` / `bts decide`; every method is one transaction."""

    def __init__(self, store: Store | None = None):
        self.store = store or Store()
        self.engine = self.store.engine

    def _write(self, what: str, stmt: Any) -> Any:
        try:
            with self.engine.begin() as conn:
                return conn.execute(stmt)
        except SQLAlchemyError as exc:
            raise StorageError(f"{what} impossible ({exc.__class__.__name__})") from exc

    # --- decisions (append-only) ------------------------------------------------------------------------
    def add_decision(self, values: dict[str, Any]) -> int:
        row = dict(values)
        row["motifs"] = json.dumps(list(row.get("motifs") or []), ensure_ascii=False)
        result = self._write("enregistrement de la décision", decisions.insert().values(**row))
        return int(result.inserted_primary_key[0])

    @staticmethod
    def _decision(row: Any) -> dict[str, Any]:
        out = dict(row._mapping)
        out["motifs"] = json.loads(out["motifs"])
        out["le"] = _utc(out["le"])
        return out

    def decisions(self, lot: str, numero: str | None = None) -> list[dict[str, Any]]:
        """Decisions of a batch (or of one candidate), oldest first."""
        q = select(decisions).where(decisions.c.lot == lot)
        if numero is not None:
            q = q.where(decisions.c.numero == numero)
        with self.engine.connect() as conn:
            return [self._decision(r) for r in conn.execute(q.order_by(decisions.c.id))]

    def latest_decisions(self, lot: str) -> dict[str, dict[str, Any]]:
        """numero → its latest decision (the one in force)."""
        return {d["numero"]: d for d in self.decisions(lot)}

    def purge_decisions(self, lot: str) -> int:
        """Personal data removal with the batch's results (`bts check --purge`): the only delete."""
        return int(self._write("suppression des décisions", delete(decisions).where(decisions.c.lot == lot)).rowcount)

    # --- batches seen from the results table --------------------------------------------------------------
    def lots(self) -> list[dict[str, Any]]:
        """Every stored batch: lot, number of candidates, last update."""
        q = (select(resultats.c.lot, func.count().label("candidats"), func.max(resultats.c.maj_le).label("maj_le"))
             .group_by(resultats.c.lot).order_by(resultats.c.lot))
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def lots_of(self, numero: str) -> list[str]:
        """Batches holding a result for this candidate."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(resultats.c.lot).where(resultats.c.numero == numero).order_by(resultats.c.lot))
            return [r.lot for r in rows]

    # --- accounts -----------------------------------------------------------------------------------------
    def add_user(self, nom: str, role: str, password_hash: str, commission: str | None = None) -> None:
        stmt = users.insert().values(nom=nom, role=role, commission=commission, hash=password_hash, actif=True,
                                     cree_le=datetime.now(UTC))
        self._write("création du compte", stmt)

    def get_user(self, nom: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.nom == nom)).first()
        return dict(row._mapping) if row else None

    def list_users(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(users).order_by(users.c.nom))]

    def update_user(self, nom: str, **values: Any) -> bool:
        """Change a password hash, a role, a commission or `actif`; disabling ends the account's sessions."""
        done = self._write("modification du compte", users.update().where(users.c.nom == nom).values(**values))
        if values.get("actif") is False or "hash" in values:
            self._write("fermeture des sessions", delete(review_sessions).where(review_sessions.c.nom == nom))
        return bool(done.rowcount)

    # --- web sessions -------------------------------------------------------------------------------------
    def add_session(self, jeton: str, nom: str, csrf: str, expire_le: datetime) -> None:
        now = datetime.now(UTC)
        self._write("ouverture de session", delete(review_sessions).where(review_sessions.c.expire_le < now))
        self._write("ouverture de session", review_sessions.insert().values(
            jeton=jeton, nom=nom, csrf=csrf, cree_le=now, expire_le=expire_le))

    def get_session(self, jeton: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(review_sessions).where(review_sessions.c.jeton == jeton)).first()
        if row is None:
            return None
        out = dict(row._mapping)
        out["expire_le"] = _utc(out["expire_le"])
        return out

    def delete_session(self, jeton: str) -> None:
        self._write("fermeture de session", delete(review_sessions).where(review_sessions.c.jeton == jeton))
