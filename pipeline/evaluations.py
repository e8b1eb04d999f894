"""Who the annexes are for and what the commission decided: candidats.csv, evaluations.csv, and the
candidates of a contrôle (RESULTS.json).

A row that cannot be used stops the run with a French message naming the file, the line and the
candidate: a wrong level or note on an official form is worse than no form.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from core.errors import InputFileError
from core.text import fold
from pipeline.models import Controle, Motif

MAX_CSV_BYTES = 20 * 1024 * 1024


@dataclass
class Candidat:
    """Who the forms are for, with the verdict of the check when there is one."""

    numero: str
    nom: str = ""
    prenom: str = ""
    option: str | None = None  # SISR | SLAM
    forme: str | None = None  # ponctuelle | ccf
    epreuve: str | None = None
    commission: str | None = None
    statut: str | None = None  # conforme | non_conforme | a_verifier | None (no check)
    motifs: list[Motif] = field(default_factory=list)
    penalites: list[str] = field(default_factory=list)  # penalty codes the check already saw


@dataclass
class Evaluation:
    """One row of evaluations.csv: what the commission decided for one candidate."""

    numero: str
    ligne: int
    niveaux: dict[str, int] = field(default_factory=dict)  # competence id → level 1..5
    note: Decimal | None = None
    observations1: str = ""
    observations2: str = ""
    appreciation: str = ""
    penalites: list[str] = field(default_factory=list)


# --- CSV plumbing --------------------------------------------------------------------------------

def _unreadable(what: str, exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"{what} : fichier introuvable"
    if isinstance(exc, IsADirectoryError):
        return f"{what} : c'est un dossier, pas un fichier"
    if isinstance(exc, PermissionError):
        return f"{what} : lecture refusée (droits du fichier)"
    return f"{what} : lecture impossible ({exc.strerror or exc})"


def _key(name: str) -> str:
    """Header → key: folded, non-alphanumerics as one underscore ("Note proposée" → note_proposee)."""
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")


def _read_rows(path: Path, what: str) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header keys and (line number, row) pairs of a ';' or ',' separated CSV (UTF-8, or Windows-1252)."""
    path = Path(path)
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "dossier", str(path))
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise InputFileError(f"{what} : fichier trop volumineux ({size} octets)", path=path)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(_unreadable(what, exc), path=path) from exc
    if b"\x00" in raw[:4096]:
        raise InputFileError(f"{what} : ce n'est pas un fichier texte CSV", path=path,
                             hint="Enregistrez le tableau au format CSV (séparateur ;) en UTF-8.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = unicodedata.normalize("NFC", text)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise InputFileError(f"{what} : fichier vide", path=path, hint="Il faut une ligne d'en-tête puis une ligne par candidat.")
    first = lines[0]
    delimiter = max(";,\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [_key(h) for h in next(reader)]
        rows = []
        start = reader.line_num + 1
        for row in reader:
            line, start = start, reader.line_num + 1  # a quoted field may span lines: name the first
            if not any(cell.strip() for cell in row):
                continue
            rows.append((line, {h: (row[i].strip() if i < len(row) else "")
                                for i, h in enumerate(header) if h}))
    except csv.Error as exc:
        raise InputFileError(f"{what} : fichier mal formé à la ligne {reader.line_num} ({exc})", path=path) from exc
    if "numero" not in header:
        raise InputFileError(f"{what} : colonne « numero » absente (en-tête lu : {';'.join(header)})", path=path,
                             hint="La première ligne doit nommer les colonnes, dont numero.")
    return header, rows


def _first(row: dict[str, str], *names: str) -> str:
    for name in names:
        if row.get(name):
            return row[name]
    return ""


def _check_unique(path: Path, what: str, rows: Iterable[tuple[int, str]]) -> None:
    seen: dict[str, int] = {}
    for line, numero in rows:
        if numero in seen:
            raise InputFileError(f"{what}, lignes {seen[numero]} et {line} : le candidat {numero} apparaît deux fois",
                                 path=path, hint="Gardez une seule ligne par candidat.")
        seen[numero] = line


# --- candidats.csv -------------------------------------------------------------------------------

def normalise_forme(value: str | None) -> str | None:
    """"Épreuve ponctuelle", "P", "ponctuel" → ponctuelle ; "CCF", "contrôle en cours de formation" → ccf."""
    v = fold(value)
    if not v:
        return None
    if "ccf" in v or "cours de formation" in v or v in {"c", "controle"}:
        return "ccf"
    if "ponctu" in v or v in {"p", "ep"}:
        return "ponctuelle"
    return None


def normalise_option(value: str | None) -> str | None:
    v = fold(value)
    for option in ("sisr", "slam"):
        if option in v.split() or v == option or v.endswith(option):
            return option.upper()
    return None


def read_candidats(path: Path) -> list[Candidat]:
    """candidats.csv (numero;nom;prenom;option;forme;epreuve;depose_le[;commission]) in file order."""
    path = Path(path)
    _, rows = _read_rows(path, "liste des candidats")
    out = []
    for line, row in rows:
        numero = row.get("numero", "")
        if not numero:
            raise InputFileError(f"liste des candidats, ligne {line} : numéro de candidat vide", path=path)
        out.append(Candidat(
            numero=numero, nom=row.get("nom", ""), prenom=_first(row, "prenom", "prenoms"),
            option=normalise_option(row.get("option")), forme=normalise_forme(row.get("forme")),
            epreuve=(row.get("epreuve") or "").upper().replace(" ", "") or None,
            commission=row.get("commission") or None,
        ))
    _check_unique(path, "liste des candidats", ((line, c.numero) for (line, _), c in zip(rows, out, strict=True)))
    return out


def candidats_from_controle(controle: Controle, extra: Iterable[Candidat] = ()) -> list[Candidat]:
    """Candidates in the order of the contrôle, with the verdict; identity completed from candidats.csv
    (option, forme, commission are not in the contract but may be extra fields of a résultat)."""
    known = {c.numero: c for c in extra}
    out = []
    for r in controle.resultats:
        base = known.get(r.numero)
        more: dict[str, Any] = r.model_extra or {}
        out.append(Candidat(
            numero=r.numero,
            nom=r.nom or (base.nom if base else ""),
            prenom=r.prenom or (base.prenom if base else ""),
            option=normalise_option(more.get("option")) or (base.option if base else None),
            forme=normalise_forme(more.get("forme")) or (base.forme if base else None),
            epreuve=r.epreuve or (base.epreuve if base else None),
            commission=str(more["commission"]) if more.get("commission") else (base.commission if base else None),
            statut=r.statut,
            motifs=list(r.motifs),
            penalites=[p.code for p in r.penalites],
        ))
    return out


# --- evaluations.csv -----------------------------------------------------------------------------

def parse_note(text: str) -> Decimal | None:
    """"12,5" / "12.5" / "12" → Decimal ; empty → None ; anything else → ValueError."""
    t = text.strip().replace(",", ".").replace(" ", "")
    if not t:
        return None
    if t.endswith("/20"):
        t = t[:-3]
    try:
        value = Decimal(t)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


def read_evaluations(path: Path, family: dict[str, Any]) -> dict[str, Evaluation]:
    """evaluations.csv → Evaluation per numero, validated against the family of forms (competence ids,
    the five level names, penalty codes). Columns: numero; one per competence id (or c1…cN in the order
    of the grille) with 1..5 or the level name; note (note proposée); observations_partie1;
    observations_partie2; appreciation; penalites (codes separated by , or |)."""
    path = Path(path)
    _, rows = _read_rows(path, "fichier des évaluations")
    grille = family["grille"]
    comps = grille["competences"]
    names = {fold(n): i for i, n in enumerate(grille["niveaux"], start=1)}
    columns: dict[str, dict[str, Any]] = {}
    for i, comp in enumerate(comps, start=1):
        columns[_key(comp["id"])] = comp
        columns[f"c{i}"] = comp
    penalty_codes = {line["code"] for line in grille["penalites"]["lignes"]}
    level_help = "1 à 5 ou " + ", ".join(f"« {n} »" for n in grille["niveaux"])
    out: dict[str, Evaluation] = {}
    lines: list[tuple[int, str]] = []
    for line, row in rows:
        numero = row.get("numero", "")
        where = f"évaluations, ligne {line}" + (f" (candidat {numero})" if numero else "")
        if not numero:
            raise InputFileError(f"{where} : numéro de candidat vide", path=path)
        ev = Evaluation(numero=numero, ligne=line)
        for col, comp in columns.items():
            value = row.get(col, "")
            if not value:
                continue
            level = int(value) if value.isdecimal() else names.get(fold(value))
            if level is None or not 1 <= level <= 5:
                raise InputFileError(
                    f"{where} : niveau « {value} » invalide pour la compétence « {comp['titre'][:60]} » "
                    f"(colonne {col}) ; attendu {level_help}", path=path,
                    hint="Corrigez la ligne indiquée puis relancez.")
            if comp["id"] in ev.niveaux and ev.niveaux[comp["id"]] != level:
                raise InputFileError(f"{where} : deux niveaux différents pour la compétence {comp['id']}", path=path)
            ev.niveaux[comp["id"]] = level
        raw_note = _first(row, "note_proposee", "note", "proposition_de_note")
        try:
            ev.note = parse_note(raw_note)
        except ValueError:
            raise InputFileError(f"{where} : note « {raw_note} » illisible ; attendu un nombre de 0 à 20 (ex. 12,5)",
                                 path=path, hint="Corrigez la ligne indiquée puis relancez.") from None
        if ev.note is not None and not Decimal(0) <= ev.note <= Decimal(20):
            raise InputFileError(f"{where} : note {raw_note} hors de l'intervalle 0 à 20", path=path,
                                 hint="Corrigez la ligne indiquée puis relancez.")
        ev.observations1 = _first(row, "observations_partie1", "observations_partie_1", "observations1", "partie1")
        ev.observations2 = _first(row, "observations_partie2", "observations_partie_2", "observations2", "partie2")
        ev.appreciation = _first(row, "appreciation", "appreciation_litterale")
        for code in re.split(r"[,|+\s]+", row.get("penalites", "")):
            if not code:
                continue
            if _key(code) not in penalty_codes:
                raise InputFileError(f"{where} : pénalité « {code} » inconnue ; attendu {', '.join(sorted(penalty_codes))}",
                                     path=path, hint="Corrigez la ligne indiquée puis relancez.")
            ev.penalites.append(_key(code))
        for code in sorted(penalty_codes):
            if fold(row.get(code, "")) in {"1", "x", "oui", "o", "vrai", "true", "yes"}:
                ev.penalites.append(code)
        lines.append((line, numero))
        out[numero] = ev
    _check_unique(path, "évaluations", lines)
    return out


# --- JSON inputs -------------------------------------------------------------------------------

def _load_json_model(path: Path, model: Any, what: str, producer: str) -> Any:
    from pydantic import ValidationError

    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(_unreadable(what, exc), path=path) from exc
    if not raw.strip():
        raise InputFileError(f"{what} : fichier vide", path=path, hint=f"Relancez {producer}.")
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "racine"
        raise InputFileError(f"{what} : contenu invalide à « {where} » ({first['msg']})", path=path,
                             hint=f"Utilisez le fichier écrit par {producer}.") from exc


def load_session(path: Path) -> Any:
    """SESSION.json written by `bts ingest` → SessionData."""
    from pipeline.models import SessionData

    return _load_json_model(path, SessionData, "fichier de session", "bts ingest")


def load_controle(path: Path) -> Controle:
    """RESULTS.json written by `bts check` → Controle."""
    return _load_json_model(path, Controle, "résultats du contrôle", "bts check")
