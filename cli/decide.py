"""`bts decide`: the commission's decision from the command line (twin of the review page's form);
`bts pv`: the procès-verbal of an épreuve (PDF and XLSX)."""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path
from typing import Annotated

import typer

from cli._common import console, handle_errors
from core.errors import BadArgumentError


def register(app: typer.Typer) -> None:
    @app.command()
    @handle_errors
    def decide(
        numero: Annotated[str, typer.Argument(help="Numéro du candidat.")],
        epreuve: Annotated[str, typer.Option("--epreuve", "-e", help="Code de l'épreuve contrôlée, ex. E5.")],
        statut: Annotated[str, typer.Option("--statut", help="conforme ou non_conforme.")],
        commentaire: Annotated[str, typer.Option("--commentaire", help="Ce qui a été vérifié et pourquoi "
                                                 "(obligatoire).")],
        par: Annotated[str, typer.Option("--par", help="Qui décide (nom porté au procès-verbal).")],
        motif: Annotated[list[str], typer.Option("--motif", help="Motif officiel (répétable) : absence_dossier, "
                                                 "depot_hors_delai, duree_stage_insuffisante, "
                                                 "documents_non_signes.")] = [],  # noqa: B006
        depot: Annotated[Path | None, typer.Option("--depot", help="Dossier de dépôt, quand le candidat figure "
                                                   "dans plusieurs lots de l'épreuve.")] = None,
    ) -> None:
        """Enregistre la décision de la commission sur un dossier (elle prime sur le contrôle automatique)."""
        from pipeline.decisions import DECISION_STATUTS, find_lot, record_decision, validate_decision
        from pipeline.storage import ReviewStore

        validate_decision(statut, motif, commentaire, par)  # arguments first: exit 2 before any lookup
        review = ReviewStore()
        lot = find_lot(review, numero, epreuve, depot)
        d = record_decision(review, lot, numero, statut=statut, motifs=motif, commentaire=commentaire, par=par)
        from pipeline.codes import label

        motifs = f" ({', '.join(label(m) for m in d.motifs)})" if d.motifs else ""
        console.print(f"Décision enregistrée : candidat {numero}, épreuve {d.epreuve or epreuve.upper()} : "
                      f"{DECISION_STATUTS[d.statut]}{motifs}, par {d.par} ; contrôle automatique : "
                      f"{d.statut_machine.replace('_', ' ')}.", highlight=False)

    @app.command()
    @handle_errors
    def pv(
        epreuve: Annotated[str, typer.Option("--epreuve", "-e", help="Code de l'épreuve, ex. E5.")],
        out: Annotated[Path, typer.Option("--out", "-o", help="Dossier où écrire le PDF et le XLSX.")],
        depot: Annotated[Path | None, typer.Option("--depot", help="Dossier de dépôt (quand plusieurs lots "
                                                   "existent pour l'épreuve).")] = None,
        session: Annotated[str | None, typer.Option("--session", "-s", help="SESSION.json ou empreinte, pour "
                                                    "l'en-tête (spécialité, année).")] = None,
        commission: Annotated[str | None, typer.Option("--commission", help="N° de la commission : seulement "
                                                       "ses candidats (colonne commission de candidats.csv).")] = None,
        membres: Annotated[str | None, typer.Option("--membres", help="Membres, séparés par ; (\"A;B\").")] = None,
        date: Annotated[str | None, typer.Option("--date", help="Date de la réunion (AAAA-MM-JJ ; défaut : "
                                                 "aujourd'hui).")] = None,
    ) -> None:
        """Écrit le procès-verbal de la commission pour une épreuve (PDF et XLSX), prêt à signer."""
        from generators.proces_verbal import build_pv, write_pv
        from pipeline.decisions import commissions, final_resultats, split_lot
        from pipeline.models import Resultat
        from pipeline.storage import ReviewStore

        try:
            day = Date.fromisoformat(date).isoformat() if date else Date.today().isoformat()
        except ValueError:
            raise BadArgumentError(f"--date « {date} » : attendu AAAA-MM-JJ, par exemple 2026-05-21") from None
        review = ReviewStore()
        code = epreuve.strip().upper()
        lots = [row["lot"] for row in review.lots() if split_lot(row["lot"])[1].upper() == code]
        if depot is not None:
            root = depot.expanduser().resolve()
            lots = [lot for lot in lots if split_lot(lot)[0] == root]
        if len(lots) != 1:
            found = ", ".join(str(split_lot(lot)[0]) for lot in lots) or "aucun"
            raise BadArgumentError(f"épreuve {code} : {len(lots)} lot(s) enregistré(s) ({found})",
                                   hint="Lancez bts check, ou précisez le dépôt avec --depot DOSSIER.")
        rows = final_resultats(review.store, lots[0])
        if commission:
            try:
                mapping = commissions(lots[0]) or {}
            except OSError as exc:
                raise BadArgumentError(f"candidats.csv du dépôt illisible ({exc.strerror}) : commission inconnue") from exc
            rows = [r for r in rows if str(r.get("commission") or mapping.get(r["numero"], "")) == commission]
        sigle = annee = None
        if session:
            from pipeline.sessions import load_session

            data = load_session(session)
            sigle, annee = data.examen.sigle, data.examen.session
        results = sorted((Resultat.model_validate(r) for r in rows), key=lambda r: r.numero)
        members = [m for m in (membres or "").split(";") if m.strip()]
        document = build_pv(results, epreuve=code, sigle=sigle, session=annee, commission=commission, date=day,
                            membres=members)
        pdf, xlsx = write_pv(document, out)
        console.print(document.bilan(), highlight=False)
        if document.alerte():
            console.print(f"[yellow]Attention[/] : {document.alerte()}.", highlight=False)
        console.print(f"Procès-verbal : {pdf}\n               {xlsx}", highlight=False)
