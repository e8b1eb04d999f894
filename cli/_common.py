"""Shared CLI plumbing: French one-line errors with exit codes, console (file writes: core.files)."""

from __future__ import annotations

import errno
import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from core.errors import BtsError, ExitCode, InputFileError, StorageError
from core.files import write_atomic, write_json  # noqa: F401  (re-exported for the commands)

console = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])


class Terminated(KeyboardInterrupt):
    """SIGTERM (timeout, systemd, a Prefect cancel): stopped like Ctrl-C, the work already saved is kept."""


def _on_sigterm(_signum: int, _frame: Any) -> None:
    raise Terminated()


def _quiet_shutdown() -> None:
    """After an interruption the pool's threads may still write to the pipes of workers just killed: the
    OSError they raise at exit is expected, and would print a traceback after our French line."""
    import sys

    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, OSError):
            previous(unraisable)

    sys.unraisablehook = hook


def stop_on_sigterm() -> None:
    """SIGTERM raises Terminated in the main thread: the same clean stop as Ctrl-C (workers killed, results
    already stored kept, one French line), exit status 143."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _on_sigterm)


def handle_errors(fn: F) -> F:
    """Turn every BtsError into one French line on stderr and its exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except BtsError as exc:
            _fail(exc)
        except KeyboardInterrupt as exc:
            console.print("Interrompu : le travail déjà enregistré est conservé ; relancez la même commande pour reprendre.")
            _quiet_shutdown()
            raise typer.Exit(143 if isinstance(exc, Terminated) else 130) from None
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001 - last resort: still one line, still an exit code
            if os.environ.get("BTS_DEBUG"):
                raise
            known = known_failure(exc)
            if known is not None:
                _fail(known)
            console.print(
                f"[bold red]Erreur interne[/] : {type(exc).__name__}: {exc}. "
                "Relancez avec BTS_DEBUG=1 pour le détail et signalez-le.",
                highlight=False,
                soft_wrap=True,
            )
            raise typer.Exit(int(ExitCode.other)) from None

    return wrapper  # type: ignore[return-value]


def _fail(exc: BtsError) -> None:
    from cli._french import translate_bts_message

    line = translate_bts_message(exc.french(), exc)  # pydantic's "Field required" and the like, in French
    console.print(f"[bold red]Erreur[/] : {escape(line)}", highlight=False, soft_wrap=True)
    raise typer.Exit(int(exc.exit_code)) from None


_WRITE_ERRORS = {
    errno.EROFS: "système de fichiers en lecture seule",
    errno.ENOSPC: "disque plein",
    errno.EDQUOT: "quota disque dépassé",
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.EFBIG: "fichier trop gros pour ce système de fichiers",
    errno.ENAMETOOLONG: "nom de fichier trop long",
}


def known_failure(exc: BaseException) -> BtsError | None:
    """The environment's failures that have a documented code: a file we cannot write (3) and a damaged
    or unreachable database (8). Anything else stays an internal error (15)."""
    if isinstance(exc, OSError) and exc.errno in _WRITE_ERRORS:
        where = exc.filename if exc.filename else None
        return InputFileError(
            f"écriture ou lecture impossible de {where or 'un fichier'} ({_WRITE_ERRORS[exc.errno]})",
            hint="Libérez de la place, ou choisissez avec --out / --report un dossier où vous pouvez écrire, "
            "puis relancez : le travail déjà enregistré en base est conservé.",
        )
    sa_exc = sys.modules.get("sqlalchemy.exc")
    sqlite3 = sys.modules.get("sqlite3")
    db_errors = tuple(
        cls
        for cls in (getattr(sa_exc, "DatabaseError", None), getattr(sqlite3, "DatabaseError", None))
        if isinstance(cls, type)
    )
    if db_errors and isinstance(exc, db_errors):
        from pipeline.settings import database_url

        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0][:160]
        url = database_url()
        where = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url.split("@")[-1]
        if "malformed" in detail or "not a database" in detail or "corrupt" in detail:
            return StorageError(
                f"base de données endommagée : {where} ({detail})",
                hint="Restaurez la dernière sauvegarde de la base (BTS_DATABASE_URL), ou mettez le fichier de "
                "côté (il sera recréé vide et les contrôles seront refaits) ; « sqlite3 FICHIER .recover » "
                "récupère souvent l'essentiel.",
            )
        return StorageError(f"base de données inaccessible ({detail})")
    return None
