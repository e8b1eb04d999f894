"""`bts rules SIGLE [--session S.json]`: the rules in force and where each figure comes from (national,
the specialty's data file, the session's circular); `bts rules init SIGLE`: a commented rules file to fill."""

from __future__ import annotations

from typing import Annotated

import typer

from cli._common import console, handle_errors
from core.errors import BadArgumentError

COUCHES = {"nationale": "national", "specialite": "fichier", "session": "circulaire"}


def _show(sigle: str, session_ref: str | None, epreuve: str | None) -> None:
    from pipeline.models import Examen, SessionData, Source
    from pipeline.rules import fiche_annexe, layered, load_rules, shown_file, specialites

    known = {s.sigle: s.intitule for s in specialites()}
    if session_ref:
        from pipeline.sessions import load_session

        data = load_session(session_ref)
        if data.examen.sigle and data.examen.sigle.upper() != sigle.upper():
            console.print(f"[yellow]Attention[/] : la session est du BTS {data.examen.sigle}, pas {sigle.upper()}.",
                          highlight=False)
        if not data.examen.sigle:
            data = data.model_copy(update={"examen": data.examen.model_copy(update={"sigle": sigle.upper()})})
    else:
        data = SessionData(source=Source(fichier="(aucune circulaire)", sha256="0" * 64, format="txt"),
                           examen=Examen(sigle=sigle.upper(), specialite=known.get(sigle.upper())))
    eff = layered(load_rules(sigle.upper()), data, epreuve.upper() if epreuve else None)
    title = known.get(sigle.upper()) or data.examen.specialite or "spécialité absente de la liste de référence"
    where = f", session {data.examen.session}" if data.examen.session else ""
    console.print(f"BTS {sigle.upper()} — {title}{where}" + (f", épreuve {epreuve.upper()}" if epreuve else ""),
                  highlight=False)
    console.print(f"Fichier de règles : {shown_file(sigle)}" + ("" if load_rules(sigle.upper()) else " (absent)"),
                  highlight=False)
    for f in eff.figures:
        on = f" ({f.epreuve})" if f.epreuve else ""
        console.print(f"- {f.nom}{on} : {f.valeur}\n    [{COUCHES[f.couche]}] {f.source}", highlight=False,
                      markup=False)
    base = load_rules(sigle.upper())
    own = base.annexe(data.examen.session) if base else None
    if own is not None:  # the specialty's own templates (SIO VI-2…)
        console.print(f"- fiche de contrôle de conformité : annexe {own.numeros['controle']} (modèles "
                      f"{own.famille})\n    [fichier] {shown_file(sigle)}", highlight=False, markup=False)
    else:
        fiche = fiche_annexe(data, epreuve.upper() if epreuve else None)
        console.print("- fiche de contrôle de conformité : "
                      + (f"annexe {fiche.numero} « {fiche.titre} »" if fiche.numero else f"« {fiche.titre} »")
                      + f"\n    [{'circulaire' if fiche.numero else 'national'}] {fiche.source}", highlight=False,
                      markup=False)
    for line in eff.manque:
        console.print(f"[yellow]Manque[/] : {line}", highlight=False)


def _init(sigle: str, force: bool) -> None:
    from core.data import load_model
    from core.files import write_atomic
    from pipeline.rules import SpecialtyRules, init_template, load_rules, rules_file, shown_file

    path = rules_file(sigle)
    if path.exists() and not force:
        raise BadArgumentError(f"{shown_file(sigle)} existe déjà", hint="Modifiez-le, ou relancez avec --force.")
    write_atomic(path, init_template(sigle).encode("utf-8"))
    load_model(path, SpecialtyRules, "fichier de règles")  # the template itself must load
    load_rules.cache_clear()
    console.print(f"Modèle écrit : {shown_file(sigle)} — complétez-le (durée de stage, épreuves à dossier, "
                  "sources), puis vérifiez avec « bts rules " + sigle.upper() + " ».", highlight=False)


def register(app: typer.Typer) -> None:
    @app.command("rules")
    @handle_errors
    def rules(
        sigle: Annotated[str, typer.Argument(metavar="SIGLE|init", help="Sigle de la spécialité (NDRC, SIO…), ou « init »")],
        init_sigle: Annotated[str | None, typer.Argument(metavar="SIGLE", help="Avec init : le sigle")] = None,
        session: Annotated[str | None, typer.Option("--session", help="SESSION.json (ou empreinte) : la "
                                                    "circulaire de l'année, qui l'emporte")] = None,
        epreuve: Annotated[str | None, typer.Option("--epreuve", help="Durée de stage propre à cette épreuve")] = None,
        force: Annotated[bool, typer.Option("--force", help="Avec init : remplacer un fichier existant")] = False,
    ) -> None:
        """Règles en vigueur (national, fichier de la spécialité, circulaire) et source de chaque chiffre ;
        « bts rules init SIGLE » écrit un fichier de règles commenté à compléter."""
        if sigle.lower() == "init":
            if not init_sigle:
                raise BadArgumentError("indiquez le sigle : bts rules init SIGLE")
            _init(init_sigle, force)
            return
        if init_sigle:
            raise BadArgumentError(f"argument en trop : « {init_sigle} »", hint="bts rules SIGLE [--session S.json]")
        _show(sigle, session, epreuve)



