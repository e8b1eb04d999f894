"""`bts` command line: ingest | diff | sessions | check | fill | serve | review | decide | pv | users | rules.

A leaf package: nothing imports it. Each command lives in its own module and registers itself here; a
command's heavy imports (Prefect, LibreOffice helpers, pyHanko) are paid only when that command runs.
"""

from __future__ import annotations

import sys

import typer

from cli import _french, check, decide, fill, ingest, review, rules, serve, users
from cli._common import stop_on_sigterm

_french.install()  # typer/click's own texts in French (help panels, usage, errors)

app = typer.Typer(
    name="bts",
    help="BTS Pipeline : circulaires d'organisation, contrôle de conformité des dossiers, annexes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    subcommand_metavar="COMMANDE [ARGUMENTS]...",
)

for _module in (ingest, check, fill, serve, review, decide, users, rules):
    _module.register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the `bts` script: `--dask` may come without an address (local cluster)."""
    stop_on_sigterm()
    args = list(sys.argv[1:] if argv is None else argv)
    if "check" in args[:2] and "--dask" in args:
        args = check.normalise_argv(args)
    app(args=args, prog_name="bts")
