"""Shared CLI plumbing: French one-line errors with exit codes, atomic writes, console."""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from pipeline.errors import BtsError, ExitCode

console = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(fn: F) -> F:
    """Turn every BtsError into one French line on stderr and its exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except BtsError as exc:
            console.print(f"[bold red]Erreur[/] : {exc.french()}", highlight=False, soft_wrap=True)
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            console.print("Interrompu : le travail déjà enregistré est conservé ; relancez la même commande pour reprendre.")
            raise typer.Exit(130) from None
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001 - last resort: still one line, still an exit code
            if os.environ.get("BTS_DEBUG"):
                raise
            console.print(
                f"[bold red]Erreur interne[/] : {type(exc).__name__}: {exc}. "
                "Relancez avec BTS_DEBUG=1 pour le détail et signalez-le.",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(int(ExitCode.other)) from None

    return wrapper  # type: ignore[return-value]


def _remove_stale_temps(path: Path, older_than: float = 600.0) -> None:
    """Temp files of a write killed midway (kill -9) are left behind: remove the old ones of this output."""
    import time

    now = time.time()
    for leftover in path.parent.glob(f".{path.name}.*"):
        try:
            if now - leftover.stat().st_mtime > older_than:
                leftover.unlink()
        except OSError:
            pass


def write_atomic(path: Path, data: bytes | str, mode: int = 0o600) -> None:
    """Write to a temp file in the same folder then rename: no half-written output, owner-only."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    _remove_stale_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path | None, payload: Any) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if path is None:
        sys.stdout.write(text)
    else:
        write_atomic(path, text)
