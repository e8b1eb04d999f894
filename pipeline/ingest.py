"""Ingest: circular file → SessionData (validated against the contract) → database.

Pure stages: read (extractors.readers) → extract (pipeline.extract) → validate; storing is separate so
the Prefect flow and the CLI call exactly the same functions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.errors import BtsError
from extractors.readers import read_document
from pipeline.models import SessionData

CONTRACTS = Path(__file__).resolve().parent / "data" / "contracts"


@lru_cache(maxsize=2)
def contract(name: str) -> dict[str, Any]:
    return json.loads((CONTRACTS / name).read_text(encoding="utf-8"))


def validate_contract(payload: dict[str, Any], name: str = "session.schema.json") -> list[str]:
    """Errors of the payload against a JSON contract (empty when valid)."""
    import jsonschema  # imported here: ~0.2 s we do not want on every command start

    validator = jsonschema.Draft202012Validator(contract(name), format_checker=jsonschema.FormatChecker())
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(payload)]


class ContractError(BtsError):
    """The product produced data outside its contract: a bug, reported rather than written."""


def refuse_non_circular(data: SessionData, path: str | Path) -> None:
    """A text with no specialty, no session year and no dated event is not a circular: storing it would
    give an empty session that later drives schedules and checks. Refused (exit 3), nothing stored."""
    from core.errors import WrongFormatError

    ex = data.examen
    if not (ex.sigle or ex.specialite) and ex.session is None and not data.evenements:
        raise WrongFormatError(
            "ce document n'est pas une circulaire d'organisation du BTS : ni spécialité, ni année de "
            "session, ni date d'épreuve ou de dépôt n'y ont été trouvées ; rien n'a été enregistré",
            path=path,
            hint="Vérifiez que c'est bien la circulaire (PDF, Word, OpenDocument, tableur, courriel…) envoyée par la division des "
            "examens et concours.",
        )


def extract_file(path: str | Path, progress: Callable[[int, int], None] | None = None) -> SessionData:
    """`progress(done, total)`: pages of a scanned circular read with OCR, for a progress bar."""
    from pipeline.extract import extract_session

    doc = read_document(path, progress=progress)
    data = extract_session(doc)
    refuse_non_circular(data, path)
    errors = validate_contract(data.model_dump(mode="json"))
    if errors:
        raise ContractError(f"données extraites hors contrat ({errors[0]})", path=path,
                            hint="Signalez ce document à l'équipe BTS Pipeline.")
    return data


def load_session_json(path: str | Path) -> SessionData:
    from pydantic import ValidationError

    from core.errors import InputFileError

    p = Path(path)
    try:
        return SessionData.model_validate_json(p.read_bytes())
    except OSError as exc:
        raise InputFileError(f"fichier de session illisible ({exc.strerror})", path=p) from exc
    except ValidationError as exc:
        raise InputFileError("ce n'est pas un fichier de session produit par « bts ingest »", path=p,
                             hint="Passez le JSON écrit par « bts ingest » ou l'empreinte d'une session enregistrée.") from exc
