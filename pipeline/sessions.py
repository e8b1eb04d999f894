"""One way to name a session everywhere: a SESSION.json written by `bts ingest`, or a stored sha256 prefix."""

from __future__ import annotations

from pathlib import Path

from core.errors import BadArgumentError, InputFileError
from pipeline.models import SessionData


def load_session(ref: str) -> SessionData:
    """A SESSION.json written by `bts ingest`, or the sha256 prefix of a stored session."""
    from pydantic import ValidationError

    path = Path(ref).expanduser()
    if path.exists():
        if not path.is_file():
            raise BadArgumentError(
                f"{path} n'est pas un fichier", hint="Indiquez le fichier JSON écrit par bts ingest."
            )
        try:
            return SessionData.model_validate_json(path.read_bytes())
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "document"
            raise InputFileError(
                f"session invalide à « {where} » : {first['msg']}",
                path=path,
                hint="Donnez le JSON écrit par « bts ingest » (contrat session.schema.json).",
            ) from exc
        except OSError as exc:
            raise InputFileError(f"lecture impossible ({exc.strerror})", path=path) from exc
    if len(ref) >= 6 and all(c in "0123456789abcdef" for c in ref.lower()):
        from pipeline.storage import Store

        found = Store().get_session(ref.lower())
        if found is not None:
            return found
        raise BadArgumentError(
            f"aucune session enregistrée (ou plusieurs) dont l'empreinte commence par {ref}",
            hint="Listez les sessions enregistrées ou donnez le fichier SESSION.json.",
        )
    raise BadArgumentError(
        f"fichier de session introuvable : {ref}",
        hint="Donnez le JSON écrit par « bts ingest » ou l'empreinte d'une session enregistrée.",
    )
