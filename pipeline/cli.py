"""`bts` command line: ingest | diff | check | fill | serve.

Each command lives in its own module (pipeline/cli_*.py) and registers itself here, so a command's
heavy imports (Prefect, LibreOffice helpers, pyHanko) are paid only when that command runs.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="bts",
    help="BTS Pipeline : circulaires d'organisation, contrôle de conformité des dossiers, annexes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _name in ("ingest", "check", "fill", "serve"):
    try:
        _module = importlib.import_module(f"pipeline.cli_{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"pipeline.cli_{_name}":
            raise
        continue
    _module.register(app)


if __name__ == "__main__":
    app()
