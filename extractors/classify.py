"""Piece type (portfolio, attestation de stage, tableau de synthèse, autre) from the first pages' text.

Candidates name files anyhow ("scan001.pdf", "doc final v3.pdf"), so the type comes from content: weighted
key phrases in pipeline/data/pieces.yaml, a phrase in the title counting more than one in the body. Only
the first pages are read: cheap, and the title is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import model_validator

from core.data import Strict, load_model
from core.text import fold

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "pieces.yaml"
HEAD_PAGES = 2


@dataclass(frozen=True)
class Classification:
    type_piece: str
    raison: str
    score: float


class Phrase(Strict):
    texte: str
    poids: float


class PieceType(Strict):
    libelle: str
    phrases: list[Phrase]


class PieceSettings(Strict):
    """pipeline/data/pieces.yaml, validated: a typo stops the program (exit 7) instead of classifying
    every file as « autre »."""

    tete_caracteres: int
    poids_titre: float
    score_minimum: float
    pages_portfolio: int
    bonus_portfolio: float
    types: dict[Literal["portfolio", "attestation_stage", "tableau_synthese"], PieceType]

    @model_validator(mode="after")
    def _positive(self) -> PieceSettings:
        if self.score_minimum <= 0 or self.tete_caracteres <= 0:
            raise ValueError("score_minimum et tete_caracteres doivent être positifs")
        return self


def load_settings(path: Path = DATA) -> PieceSettings:
    return load_model(path, PieceSettings, "vocabulaire des pièces")


@lru_cache(maxsize=1)
def settings() -> PieceSettings:
    return load_settings()


def classify_text(first_pages: list[str], *, n_pages: int | None = None, fmt: str = "pdf") -> Classification:
    """Best-scoring piece type, or "autre" below the minimum score; the reason names the phrases found."""
    cfg = settings()
    text = fold("\n".join(first_pages[:HEAD_PAGES]))
    head = text[: cfg.tete_caracteres]
    title_weight = cfg.poids_titre
    best = Classification("autre", "aucun intitulé de pièce reconnu dans les premières pages", 0.0)
    for kind, spec in cfg.types.items():
        score = 0.0
        hits: list[str] = []
        for phrase in spec.phrases:
            key = fold(phrase.texte)
            if key in head:
                score += phrase.poids * title_weight
                hits.append(f"« {key} » (titre)")
            elif key in text:
                score += phrase.poids
                hits.append(f"« {key} »")
        if kind == "portfolio" and n_pages and n_pages >= cfg.pages_portfolio:
            score += cfg.bonus_portfolio
            hits.append(f"{n_pages} pages")
        if kind == "tableau_synthese" and fmt == "xlsx" and score > 0:
            score += title_weight
            hits.append("classeur XLSX")
        if score > best.score and score >= cfg.score_minimum:
            reason = f"{spec.libelle} : " + ", ".join(hits[:4])
            best = Classification(kind, reason, score)
    return best
