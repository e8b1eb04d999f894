"""Failure injection by name, for tests: the same faults under fork, forkserver, spawn and Dask workers.

A test that replaces a function with `monkeypatch` reaches only processes forked after the patch; workers
started by a fork server, spawned or living in a Dask cluster never see it. A fault named in the environment
reaches every process started after it is set, whatever the start method:

    BTS_INJECT_FAULTS="analyse@*/lent.pdf=blocage;analyse@*/0260110002/*=arret;garde_flux=desactive"

Each item is `point[@pattern]=action`; the pattern (fnmatch) is matched against the key the code passes (the
file's path for `analyse`; `*` crosses directories). Points: `analyse` (before a file of a dossier is analysed),
`garde_flux` (the PDF stream-bomb guard). Actions:

- `arret`: the process dies at once (as a reader crashing the interpreter would);
- `blocage`: deaf to the time alarm, sleeps an hour (as C code stuck in a loop: only a kill stops it);
- `lent:N`: sleeps N seconds, interruptible by the alarm (a slow document);
- `erreur`: raises RuntimeError (a reader bug);
- `es`: raises OSError (a network share that hiccups);
- `desactive`: `disabled(point)` answers True (a guard switched off, to test what stands behind it).

Nothing happens when the variable is unset, which is the product's normal state; a malformed item is
ignored rather than raised, so that a typo cannot make a production run fail.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import time

ENV = "BTS_INJECT_FAULTS"


def _actions(point: str, key: str) -> list[str]:
    spec = os.environ.get(ENV, "")
    if not spec:
        return []
    out = []
    for item in spec.split(";"):
        where, _, action = item.strip().partition("=")
        name, _, pattern = where.partition("@")
        if name.strip() == point and action and fnmatch.fnmatchcase(key, pattern.strip() or "*"):
            out.append(action.strip())
    return out


def inject(point: str, key: str = "") -> None:
    """Carry out the faults named for this point and key (nothing when none is named)."""
    for action in _actions(point, key):
        if action == "arret":
            os._exit(139)
        elif action == "blocage":
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            time.sleep(3600)
        elif action.startswith("lent:"):
            try:
                time.sleep(float(action.partition(":")[2]))
            except ValueError:
                continue
        elif action == "erreur":
            raise RuntimeError(f"panne injectée ({point} {key})")
        elif action == "es":
            raise OSError(5, f"panne d'entrée-sortie injectée ({point})")


def disabled(point: str, key: str = "") -> bool:
    """True when a test switched this point off (`point=desactive`)."""
    return "desactive" in _actions(point, key)
