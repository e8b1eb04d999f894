"""Findings: what each check of a dossier concludes, with the evidence a reader can check.

A motif (one of the four official grounds) can only be built by `motif()`, which refuses one without
evidence: the safety rule « never a non-conformity without positive evidence » lives in this constructor,
not in the control flow of the checks. The verdict is derived from findings (`statut_of`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.codes import CATALOGUE, Code, Gravite


@dataclass(frozen=True)
class Preuve:
    """What a finding rests on: a file, a page, an excerpt or a measure, an evidence image."""

    piece: str | None = None
    page: int | None = None
    extrait: str | None = None
    image: str | None = None

    def empty(self) -> bool:
        return not (self.piece or self.extrait or self.image)


@dataclass(frozen=True)
class Finding:
    code: Code | str  # str only for penalty codes, which come from the rules data
    gravite: Gravite
    message: str
    preuves: tuple[Preuve, ...] = ()

    @property
    def piece(self) -> str | None:
        return next((p.piece for p in self.preuves if p.piece), None)

    @property
    def page(self) -> int | None:
        return next((p.page for p in self.preuves if p.page), None)

    @property
    def image(self) -> str | None:
        return next((p.image for p in self.preuves if p.image), None)


class EvidenceError(ValueError):
    """A motif was asked for without evidence: a bug in a check, never a verdict."""


def motif(code: Code, message: str, *preuves: Preuve) -> Finding:
    """The only way to assert an official ground: it must be one, and carry non-empty evidence."""
    if CATALOGUE[code].gravite != "motif":
        raise EvidenceError(f"{code} n'est pas un motif officiel")
    if not preuves or any(p.empty() for p in preuves):
        raise EvidenceError(f"motif {code} sans preuve")
    if not message.strip():
        raise EvidenceError(f"motif {code} sans message")
    return Finding(code, "motif", message, preuves)


def a_verifier(code: Code, message: str, *preuves: Preuve) -> Finding:
    return Finding(code, "a_verifier", message, preuves)


def info(code: Code | str, message: str, *preuves: Preuve) -> Finding:
    return Finding(code, "info", message, preuves)


def statut_of(findings: Iterable[Finding]) -> str:
    """non_conforme if any motif, else a_verifier if anything needs a person, else conforme."""
    gravites = {f.gravite for f in findings}
    if "motif" in gravites:
        return "non_conforme"
    if "a_verifier" in gravites:
        return "a_verifier"
    return "conforme"
