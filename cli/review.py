"""`bts review`: the commission's review pages (web), on 127.0.0.1:8000 by default."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from cli._common import console, handle_errors

APP = "web.app:create_app"  # started by its import string: web/ is a leaf, nothing imports it


def register(app: typer.Typer) -> None:
    @app.command()
    @handle_errors
    def review(
        host: Annotated[str, typer.Option("--host", help="Adresse d'écoute (127.0.0.1 : cette machine "
                                          "seulement ; derrière un proxy HTTPS pour un accès réseau).")] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port d'écoute.")] = 8000,
        preuves: Annotated[list[Path], typer.Option("--preuves", help="Dossier des images de preuve écrites par "
                                                    "le contrôle (répétable ; défaut : BTS_HOME/preuves).")] = [],  # noqa: B006
    ) -> None:
        """Pages de revue : la commission tranche les dossiers « à vérifier » et enregistre ses décisions."""
        import uvicorn

        from pipeline.storage import ReviewStore

        if preuves:
            os.environ["BTS_PREUVES_DIR"] = os.pathsep.join(str(p.expanduser().resolve()) for p in preuves)
        if not ReviewStore().list_users():
            console.print("[yellow]Aucun compte[/] : créez-en un avec « bts users add NOM --role commission|dec ».",
                          highlight=False)
        shown = f"[{host}]" if ":" in host else host
        console.print(f"Revue des dossiers : http://{shown}:{port}/ — Ctrl-C pour arrêter.", highlight=False)
        uvicorn.run(APP, factory=True, host=host, port=port, proxy_headers=True, server_header=False,
                    log_level="warning")
