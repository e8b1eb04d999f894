"""Data files (YAML) loaded into validated models: a mistake stops the program with exit 7, naming the file
and the field, instead of turning into verdicts. Rules, thresholds and vocabularies all load this way."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from core.errors import RulesError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the data files load 10x faster

M = TypeVar("M", bound=BaseModel)


class Strict(BaseModel):
    """Base of data-file models: unknown keys are errors (a typo is caught), values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def read_yaml(path: Path, what: str) -> Any:
    try:
        return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{what} illisible ({exc})", path=path) from exc


def validation_error(exc: ValidationError, path: Path) -> RulesError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "document"
    return RulesError(f"valeur invalide à « {where} » : {first['msg']}", path=path)


def load_model(path: Path, model: type[M], what: str) -> M:
    """`model` validated from the YAML file at `path`; RulesError (exit 7) with file and field otherwise."""
    raw = read_yaml(path, what)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise validation_error(exc, path) from exc


def regex_error(patterns: list[str]) -> str | None:
    """The first pattern that is not a valid regular expression, with the reason; None when all compile."""
    import re

    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            return f"expression régulière invalide {p!r} ({exc})"
    return None


class _Names(BaseModel):
    names: list[str]


def load_names(path: Path, what: str) -> tuple[str, ...]:
    """A YAML list of names (académies, towns): each a non-empty string, or RulesError (exit 7)."""
    raw = read_yaml(path, what)
    try:
        names = _Names.model_validate({"names": raw}).names
    except ValidationError as exc:
        raise validation_error(exc, path) from exc
    empty = [i for i, n in enumerate(names) if not n.strip()]
    if empty:
        raise RulesError(f"valeur invalide à « {empty[0]} » : nom vide", path=path)
    return tuple(names)
