"""Piece type (portfolio, attestation de stage, tableau de synthèse, autre) from the first pages' text.

Candidates name files anyhow ("scan001.pdf", "doc final v3.pdf"), so the type comes from content: weighted
key phrases in pipeline/data/pieces.yaml, a phrase in the title counting more than one in the body. Only
the first pages are read: cheap, and the title is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from core.text import fold

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "pieces.yaml"
HEAD_PAGES = 2


@dataclass(frozen=True)
class Classification:
    type_piece: str
    raison: str
    score: float


@lru_cache(maxsize=1)
def _config() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def classify_text(first_pages: list[str], *, n_pages: int | None = None, fmt: str = "pdf") -> Classification:
    """Best-scoring piece type, or "autre" below the minimum score; the reason names the phrases found."""
    cfg = _config()
    text = fold("\n".join(first_pages[:HEAD_PAGES]))
    head = text[: int(cfg["tete_caracteres"])]
    title_weight = float(cfg["poids_titre"])
    best = Classification("autre", "aucun intitulé de pièce reconnu dans les premières pages", 0.0)
    for kind, spec in cfg["types"].items():
        score = 0.0
        hits: list[str] = []
        for phrase in spec["phrases"]:
            key = fold(phrase["texte"])
            if key in head:
                score += phrase["poids"] * title_weight
                hits.append(f"« {key} » (titre)")
            elif key in text:
                score += phrase["poids"]
                hits.append(f"« {key} »")
        if kind == "portfolio" and n_pages and n_pages >= int(cfg["pages_portfolio"]):
            score += float(cfg["bonus_portfolio"])
            hits.append(f"{n_pages} pages")
        if kind == "tableau_synthese" and fmt == "xlsx" and score > 0:
            score += title_weight
            hits.append("classeur XLSX")
        if score > best.score and score >= float(cfg["score_minimum"]):
            reason = f"{spec['libelle']} : " + ", ".join(hits[:4])
            best = Classification(kind, reason, score)
    return best
