"""What a scheduled run may touch: the folders `bts serve` was given (inbox, outbox, depots).

A run's parameters come from the Prefect API, and anyone who can reach the API can start a deployment
with parameters of their choosing (another inbox, an outbox in someone's home, a depot elsewhere).
`bts serve` records its folders in the environment of the process that executes the runs (BTS_SERVE_DOSSIERS);
each flow checks its path parameters against them first and refuses the run with a French message.
Outside `bts serve` (the CLI, tests) the variable is absent and nothing is restricted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from core.errors import BadArgumentError

ENV = "BTS_SERVE_DOSSIERS"


def allow(inbox: Path, outbox: Path, depots: dict[str, Path]) -> None:
    """Record the folders of this `bts serve` for the runs it executes (inherited by their processes)."""
    os.environ[ENV] = json.dumps(
        {
            "inbox": str(Path(inbox).resolve()),
            "outbox": str(Path(outbox).resolve()),
            "depots": sorted(str(Path(p).resolve()) for p in depots.values()),
        }
    )


def _within(path: Path, roots: list[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def check_paths(flow: str, **paths: str | None) -> None:
    """Refuse (BadArgumentError) a path parameter outside the folders of `bts serve`.

    inbox → the inbox; outbox and out → the outbox; depot → one of the depots; controle, candidats,
    evaluations (files read) → a depot or the outbox."""
    raw = os.environ.get(ENV)
    if not raw:
        return
    conf = json.loads(raw)
    inbox, outbox = Path(conf["inbox"]), Path(conf["outbox"])
    depots = [Path(p) for p in conf["depots"]]
    allowed = {
        "inbox": [inbox],
        "outbox": [outbox],
        "out": [outbox],
        "depot": depots,
        "controle": [*depots, outbox],
        "candidats": [*depots, outbox],
        "evaluations": [*depots, outbox],
    }
    for name, value in paths.items():
        if value is None:
            continue
        roots = allowed.get(name, [inbox, outbox, *depots])
        if not _within(Path(value).expanduser().resolve(), roots):
            where = ", ".join(str(r) for r in roots) or "aucun dossier configuré"
            raise BadArgumentError(
                f"exécution de {flow} refusée : le paramètre {name} « {value} » est hors des dossiers "
                f"configurés pour bts serve ({where})",
                hint="Relancez bts serve avec ce dossier (--inbox, --outbox, --depot EPREUVE=DOSSIER) ou "
                "lancez le traitement en ligne de commande.",
            )
