"""No process of a batch outlives it (issue 9, item 8): `bts check` killed with -9 or stopped by SIGTERM
leaves no analysis worker alive 5 s later, and SIGTERM keeps the work already saved.

Each test starts the real command in a subprocess on a deposit folder it builds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_check import candidate, sio_2026, write_manifest

ROOT = Path(__file__).resolve().parents[1]


def _children(pid: int) -> set[int]:
    """Live processes whose parent is `pid` (zombies count as dead)."""
    out = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] != "Z":
            out.add(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(tmp_path: Path, n: int = 24) -> tuple[subprocess.Popen[bytes], Path]:
    depot = tmp_path / "depot"
    numeros = [f"02602693{i:02d}" for i in range(n)]
    write_manifest(depot, [f"{x};Nom{x};Prénom;SLAM;scolaire;E5;2026-04-22 11:00" for x in numeros])
    for x in numeros:
        candidate(depot, x)
    session = tmp_path / "session.json"
    session.write_text(sio_2026().model_dump_json(), encoding="utf-8")
    env = dict(os.environ, BTS_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    env.pop("BTS_DATABASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli", "check", str(depot), "--session", str(session), "--epreuve", "E5",
         "--workers", "2", "--out", str(tmp_path / "out.json")],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    return proc, depot


def _wait_for_workers(proc: subprocess.Popen[bytes], timeout: float = 60) -> set[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"bts check ended before its workers were seen: {proc.stderr.read().decode()[-500:]}")
        workers = _children(proc.pid)
        if len(workers) >= 2:
            return workers
        time.sleep(0.05)
    proc.kill()
    pytest.fail("no analysis worker started")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_leaves_no_worker(tmp_path: Path) -> None:
    proc, _ = _start(tmp_path)
    workers = _wait_for_workers(proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    time.sleep(5)
    assert not [w for w in workers if _alive(w)], "workers still alive 5 s after their parent was killed"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigterm_stops_like_ctrl_c_and_keeps_saved_work(tmp_path: Path) -> None:
    proc, depot = _start(tmp_path)
    workers = _wait_for_workers(proc)
    db = tmp_path / "home" / "bts.sqlite"
    deadline = time.monotonic() + 60
    while _saved(db) == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)  # let a few candidates be saved
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    time.sleep(5)
    assert not [w for w in workers if _alive(w)]
    assert proc.returncode == 143, err.decode()[-800:]
    message = " ".join(err.decode().split())
    assert "Interrompu : le travail déjà enregistré est conservé" in message and "Traceback" not in message
    assert 0 < _saved(db) < 24  # kept: a re-run starts from there


def _saved(db: Path) -> int:
    import sqlite3

    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM resultats").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()
