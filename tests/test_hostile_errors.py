"""The environment's failures get their documented exit code and a French line (issue 9, items 9 and 13):
database files private, an unwritable --out/--report → 3, a damaged SQLite file → 8."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_check import candidate, sio_2026, write_manifest


def _cli(args: list[str]):  # noqa: ANN202
    from cli import app

    return CliRunner().invoke(app, args)


def _line(text: str) -> str:
    return " ".join(text.split())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def lot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("BTS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BTS_DATABASE_URL", raising=False)
    depot = tmp_path / "depot"
    write_manifest(depot, ["0260269101;Martin;Léa;SLAM;scolaire;E5;2026-04-22 11:00"])
    candidate(depot, "0260269101", tableau=False)
    session = tmp_path / "session.json"
    session.write_text(sio_2026().model_dump_json(), encoding="utf-8")
    return depot, session


# --- 9. data at rest --------------------------------------------------------------------------------------


def test_home_and_database_files_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)  # an existing BTS_HOME made by an older version
    monkeypatch.setenv("BTS_HOME", str(home))
    monkeypatch.delenv("BTS_DATABASE_URL", raising=False)
    old = os.umask(0o022)
    try:
        from pipeline.storage import Store

        store = Store()
        store.save_resultat("lot", "0260269101", "e" * 64, {"statut": "conforme", "nom": "Martin"})
        with store.engine.connect() as conn:  # an open connection keeps -wal and -shm on disk
            conn.exec_driver_sql("SELECT count(*) FROM resultats").all()
            files = {p.name: _mode(p) for p in home.iterdir() if p.is_file()}
        store.engine.dispose()
    finally:
        os.umask(old)
    assert _mode(home) == 0o700
    assert files["bts.sqlite"] == 0o600
    assert {n for n in files if n.startswith("bts.sqlite-")} == {"bts.sqlite-wal", "bts.sqlite-shm"}
    assert all(mode == 0o600 for mode in files.values()), files


def test_existing_database_is_tightened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    db = home / "bts.sqlite"
    db.touch(mode=0o644)
    db.chmod(0o644)
    monkeypatch.setenv("BTS_HOME", str(home))
    monkeypatch.delenv("BTS_DATABASE_URL", raising=False)
    from pipeline.storage import Store

    Store().engine.dispose()
    assert _mode(db) == 0o600 and _mode(home) == 0o700


# --- 13. unwritable outputs, damaged database -------------------------------------------------------------


def _read_only_dir(tmp_path: Path) -> Path:
    """A folder this process cannot write in: chmod 0500, or for root a sysfs folder."""
    if os.geteuid() != 0:
        ro = tmp_path / "lecture-seule"
        ro.mkdir()
        ro.chmod(0o500)
        return ro
    for candidate_dir in (Path("/sys/kernel"), Path("/proc/sys")):
        try:
            fd = os.open(candidate_dir / "bts_probe", os.O_CREAT | os.O_WRONLY, 0o600)
        except OSError:
            return candidate_dir
        os.close(fd)
        os.unlink(candidate_dir / "bts_probe")
    pytest.skip("no read-only folder available to root here")


@pytest.mark.parametrize("option", ["--out", "--report"])
def test_unwritable_output_exits_3(tmp_path: Path, lot: tuple[Path, Path], option: str) -> None:
    depot, session = lot
    target = _read_only_dir(tmp_path) / ("r.json" if option == "--out" else "r.xlsx")
    result = _cli(["check", str(depot), "--session", str(session), "--epreuve", "E5", "--workers", "0",
                   option, str(target)])
    assert result.exit_code == 3, result.output
    line = _line(result.output)
    assert "Erreur :" in line and "Erreur interne" not in line and "impossible" in line
    assert "--out / --report" in line


def test_full_disk_exits_3(tmp_path: Path, lot: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    depot, session = lot
    import core.files

    def full(path: Path, data: bytes | str, mode: int = 0o600) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(core.files, "write_atomic", full)
    result = _cli(["check", str(depot), "--session", str(session), "--epreuve", "E5", "--workers", "0",
                   "--out", str(tmp_path / "r.json")])
    assert result.exit_code == 3, result.output
    assert "disque plein" in _line(result.output)


def test_damaged_database_exits_8(tmp_path: Path, lot: tuple[Path, Path]) -> None:
    depot, session = lot
    from pipeline.check import lot_id
    from pipeline.storage import Store

    store = Store()
    key = lot_id(depot, "E5")
    for i in range(300):
        store.save_resultat(key, f"{i:05d}", "e" * 64, {"statut": "conforme", "texte": "x" * 600})
    store.engine.dispose()
    import sqlite3

    path = tmp_path / "home" / "bts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 2 * page):  # middle pages: the schema page stays
        data[offset : offset + page] = bytes((offset // page + i) % 251 for i in range(page))
    path.write_bytes(bytes(data))
    result = _cli(["check", str(depot), "--session", str(session), "--epreuve", "E5", "--workers", "0"])
    assert result.exit_code == 8, result.output
    line = _line(result.output)
    assert "base de données endommagée" in line and "bts.sqlite" in line
    assert "sauvegarde" in line and "Erreur interne" not in line
