"""Accounts of the commission's review: who may log in, with which role, for which commission.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile); the hash carries its
parameters, so `needs_rehash` tells when a stored hash is older than the current settings. Nothing here
knows about HTTP: the web package uses `authenticate`, the CLI `create_user`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from core.errors import BadArgumentError

if TYPE_CHECKING:
    from pipeline.storage import ReviewStore

Role = Literal["commission", "dec"]
ROLES: dict[str, str] = {"commission": "membre de commission", "dec": "division des examens (DEC)"}
MIN_PASSWORD = 10
_NAME = re.compile(r"^[\w .'’@-]{2,100}$")
_hasher = PasswordHasher()
# Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY = _hasher.hash("compte-inexistant")


@dataclass(frozen=True)
class User:
    nom: str
    role: Role
    commission: str | None = None

    @property
    def sees_everything(self) -> bool:
        return self.role == "dec"


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise BadArgumentError(f"mot de passe trop court ({len(password)} caractères ; au moins {MIN_PASSWORD})")
    return _hasher.hash(password)


def check_name(nom: str) -> str:
    nom = " ".join(nom.split())
    if not _NAME.match(nom):
        raise BadArgumentError(
            f"nom de compte « {nom} » refusé",
            hint="2 à 100 caractères : lettres, chiffres, espace, point, tiret, apostrophe ou @.",
        )
    return nom


def check_role(role: str, commission: str | None) -> tuple[Role, str | None]:
    if role not in ROLES:
        raise BadArgumentError(f"rôle « {role} » inconnu : attendu commission ou dec")
    commission = (commission or "").strip() or None
    if role == "dec" and commission:
        raise BadArgumentError("un compte dec voit toutes les commissions : n'indiquez pas --commission")
    return role, commission  # type: ignore[return-value]


def create_user(store: ReviewStore, nom: str, role: str, password: str, commission: str | None = None) -> User:
    nom = check_name(nom)
    checked_role, commission = check_role(role, commission)
    if store.get_user(nom) is not None:
        raise BadArgumentError(f"le compte « {nom} » existe déjà",
                               hint="Choisissez un autre nom, ou changez son mot de passe : bts users passwd NOM.")
    store.add_user(nom, checked_role, hash_password(password), commission)
    return User(nom, checked_role, commission)


def set_password(store: ReviewStore, nom: str, password: str) -> None:
    if not store.update_user(nom, hash=hash_password(password)):
        raise BadArgumentError(f"compte « {nom} » inconnu", hint="Voir les comptes : bts users list.")


def set_active(store: ReviewStore, nom: str, active: bool) -> None:
    if not store.update_user(nom, actif=active):
        raise BadArgumentError(f"compte « {nom} » inconnu", hint="Voir les comptes : bts users list.")


def user_of(row: dict[str, object]) -> User:
    role = str(row["role"])
    return User(str(row["nom"]), "dec" if role == "dec" else "commission",
                str(row["commission"]) if row.get("commission") else None)


def authenticate(store: ReviewStore, nom: str, password: str) -> User | None:
    """The account when the name and password match an active account, else None (same cost either way)."""
    row = store.get_user(" ".join(nom.split()))
    stored = str(row["hash"]) if row and row["actif"] else _DUMMY
    try:
        _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None or not row["actif"]:
        return None
    if _hasher.check_needs_rehash(stored):
        store.update_user(str(row["nom"]), hash=_hasher.hash(password))
    return user_of(row)
