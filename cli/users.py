"""`bts users add|list|passwd|disable|enable`: accounts of the review pages (argon2 hashes in the database)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from cli._common import console, handle_errors
from core.errors import BadArgumentError

users_app = typer.Typer(help="Comptes de la revue des dossiers (bts review).", no_args_is_help=True)


def _password(from_stdin: bool) -> str:
    """From standard input (one line) or typed twice without echo."""
    if from_stdin:
        line = sys.stdin.readline()
        if not line:
            raise BadArgumentError("--mot-de-passe-stdin : aucune ligne lue sur l'entrée standard")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise BadArgumentError("pas de terminal pour saisir le mot de passe",
                               hint="Passez-le sur l'entrée standard avec --mot-de-passe-stdin.")
    first = typer.prompt("Mot de passe", hide_input=True)
    if typer.prompt("Mot de passe (à nouveau)", hide_input=True) != first:
        raise BadArgumentError("les deux saisies du mot de passe diffèrent")
    return str(first)


@users_app.command("add")
@handle_errors
def add(
    nom: Annotated[str, typer.Argument(help="Nom du compte (celui qui signera les décisions), ex. « Mme Durand ».")],
    role: Annotated[str, typer.Option("--role", help="commission (membre d'une commission) ou dec (division des "
                                                     "examens : voit toutes les commissions).")],
    commission: Annotated[str | None, typer.Option("--commission", help="N° de la commission du membre "
                                                   "(colonne commission de candidats.csv).")] = None,
    stdin: Annotated[bool, typer.Option("--mot-de-passe-stdin", help="Lire le mot de passe sur l'entrée "
                                        "standard (une ligne) au lieu de le demander.")] = False,
) -> None:
    """Crée un compte ; le mot de passe (10 caractères au moins) est conservé haché (argon2)."""
    from pipeline.accounts import create_user
    from pipeline.storage import ReviewStore

    user = create_user(ReviewStore(), nom, role, _password(stdin), commission)
    where = f", commission {user.commission}" if user.commission else ""
    console.print(f"Compte « {user.nom} » créé (rôle {user.role}{where}).", highlight=False)
    if user.role == "commission" and not user.commission:
        console.print("Sans --commission, ce membre ne voit que les lots dont candidats.csv n'a pas de colonne "
                      "commission.", highlight=False)


@users_app.command("list")
@handle_errors
def list_users() -> None:
    """Liste les comptes (sans les mots de passe)."""
    from pipeline.storage import ReviewStore

    rows = ReviewStore().list_users()
    if not rows:
        console.print("Aucun compte. Créez-en un : bts users add NOM --role commission|dec", highlight=False)
    for u in rows:
        state = "" if u["actif"] else " (désactivé)"
        where = f", commission {u['commission']}" if u["commission"] else ""
        typer.echo(f"{u['nom']} : {u['role']}{where}{state}")


@users_app.command("passwd")
@handle_errors
def passwd(
    nom: Annotated[str, typer.Argument(help="Nom du compte.")],
    stdin: Annotated[bool, typer.Option("--mot-de-passe-stdin", help="Lire le mot de passe sur l'entrée "
                                        "standard.")] = False,
) -> None:
    """Change le mot de passe d'un compte (ses sessions ouvertes sont fermées)."""
    from pipeline.accounts import set_password
    from pipeline.storage import ReviewStore

    set_password(ReviewStore(), nom, _password(stdin))
    console.print(f"Mot de passe de « {nom} » changé.", highlight=False)


@users_app.command("disable")
@handle_errors
def disable(nom: Annotated[str, typer.Argument(help="Nom du compte.")]) -> None:
    """Désactive un compte (ses décisions restent ; ses sessions sont fermées)."""
    from pipeline.accounts import set_active
    from pipeline.storage import ReviewStore

    set_active(ReviewStore(), nom, False)
    console.print(f"Compte « {nom} » désactivé.", highlight=False)


@users_app.command("enable")
@handle_errors
def enable(nom: Annotated[str, typer.Argument(help="Nom du compte.")]) -> None:
    """Réactive un compte désactivé."""
    from pipeline.accounts import set_active
    from pipeline.storage import ReviewStore

    set_active(ReviewStore(), nom, True)
    console.print(f"Compte « {nom} » réactivé.", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
