"""`bts fill`: the official annexes (fiche de contrôle, grille, fiche d'appréciation) per candidate."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cli._common import console, handle_errors
from generators.fill import run_fill


def register(app: typer.Typer) -> None:
    @app.command()
    @handle_errors
    def fill(
        session: Annotated[Path, typer.Option("--session", help="SESSION.json écrit par bts ingest")],
        out: Annotated[Path, typer.Option("--out", help="Dossier de sortie (docx/, pdf/, PDF par commission)")],
        controle: Annotated[Path | None, typer.Option("--controle", help="RESULTATS.json écrit par bts check")] = None,
        candidats: Annotated[Path | None, typer.Option("--candidats", help="candidats.csv (numero;nom;prenom;option;forme;epreuve;depose_le)")] = None,
        evaluations: Annotated[Path | None, typer.Option("--evaluations", help="evaluations.csv : niveaux, note proposée, observations")] = None,
        commission: Annotated[str | None, typer.Option("--commission", help="N° de la commission (pour les candidats sans colonne commission)")] = None,
        date: Annotated[str | None, typer.Option("--date", help="Date portée sur les formulaires (AAAA-MM-JJ)")] = None,
        membres: Annotated[str | None, typer.Option("--membres", help="Membres de la commission, séparés par ; (\"A;B\")")] = None,
        formulaires: Annotated[str | None, typer.Option("--formulaires", help="controle,grille,fiche (par défaut : les trois)")] = None,
        epreuve: Annotated[str | None, typer.Option("--epreuve", help="Seulement les candidats de cette épreuve")] = None,
        pdf: Annotated[bool, typer.Option("--pdf/--no-pdf", help="Convertir aussi en PDF (LibreOffice)")] = True,
        lot: Annotated[int, typer.Option("--lot", min=1, help="Fichiers par appel de LibreOffice")] = 200,
        workers: Annotated[int, typer.Option("--workers", min=1, max=16, help="Processus LibreOffice simultanés")] = 1,
    ) -> None:
        """Remplit les annexes officielles (contrôle de conformité, grille, fiche d'appréciation) en DOCX et PDF."""
        report = run_fill(session, out, controle=controle, candidats=candidats, evaluations=evaluations,
                          commission=commission, date=date, membres=membres, formulaires=formulaires,
                          epreuve=epreuve, pdf=pdf, batch_size=lot, workers=workers)
        for line in report.skipped:
            console.print(f"[yellow]Ignoré[/] : {line}", highlight=False)
        for line in report.notices:
            console.print(f"[yellow]Note[/] : {line}", highlight=False)
        n = sum(1 for p in report.produced if p.docx.is_file())  # what is on disk, not what was planned
        candidates = len({p.candidat.numero for p in report.produced})
        console.print(f"{n} formulaire(s) DOCX pour {candidates} candidat(s) dans {out / 'docx'} "
                      f"({report.docx_seconds:.1f} s)", highlight=False)
        if pdf and n:
            pdfs = sum(1 for p in report.produced if p.pdf is not None and p.pdf.is_file())
            console.print(f"{pdfs} PDF dans {out / 'pdf'} ({report.pdf_seconds:.1f} s) ; impression par commission :",
                          highlight=False)
            for path in report.merged.values():
                console.print(f"  {path}", highlight=False)
