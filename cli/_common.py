"""Shared CLI plumbing: French one-line errors with exit codes, console (file writes: core.files)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console

from core.errors import BtsError, ExitCode
from core.files import write_atomic, write_json  # noqa: F401  (re-exported for the commands)

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
