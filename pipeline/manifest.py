"""The deposit folder: candidats.csv (one row per candidate and épreuve) and one folder per candidate.

Reading is defensive because the folder comes from outside: a `numero` is only ever used as a single
folder name inside DEPOT, symlinks that lead out of DEPOT are refused, and a row that cannot be used
becomes an anomaly on that row, never an exception for the whole batch.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from core.errors import BadArgumentError, InputFileError
from pipeline.models import Anomalie

MANIFEST_NAME = "candidats.csv"
COLUMNS = ("numero", "nom", "prenom", "option", "forme", "epreuve", "depose_le")
PARIS = ZoneInfo("Europe/Paris")
# Files a desktop leaves behind: never a piece of the dossier.
_IGNORED = {"thumbs.db", "desktop.ini"}

_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %Hh%M",
    "%d/%m/%Y à %H:%M",
    "%d/%m/%Y à %Hh%M",
    "%d-%m-%Y %H:%M",
    "%d.%m.%Y %H:%M",
)


@dataclass
class CandidateRow:
    """One usable-or-not row of candidats.csv; `anomalies` says what was wrong with the row itself."""

    numero: str
    ligne: int
    nom: str | None = None
    prenom: str | None = None
    option: str | None = None
    forme: str | None = None
    epreuve: str | None = None
    depose_le: datetime | None = None  # naive local time (Europe/Paris), seconds dropped
    depose_le_brut: str = ""
    anomalies: list[Anomalie] = field(default_factory=list)
    refused: bool = False  # numero unusable as a folder name: nothing is read for this row

    def as_dict(self) -> dict[str, str | int | None]:
        """Stable representation used in fingerprints."""
        return {
            "numero": self.numero,
            "nom": self.nom,
            "prenom": self.prenom,
            "option": self.option,
            "forme": self.forme,
            "epreuve": self.epreuve,
            "depose_le": self.depose_le_brut,
        }


@dataclass
class Manifest:
    depot: Path
    rows: list[CandidateRow]
    avertissements: list[str] = field(default_factory=list)


@dataclass
class FileEntry:
    rel: str  # posix path relative to the candidate folder
    path: Path
    octets: int
    mtime_ns: int


@dataclass
class Listing:
    """What one candidate folder holds; `exists` False when there is no folder at all."""

    exists: bool
    files: list[FileEntry] = field(default_factory=list)
    anomalies: list[Anomalie] = field(default_factory=list)


def resolve_depot(depot: str | Path) -> Path:
    """DEPOT must be an existing folder holding candidats.csv."""
    path = Path(depot).expanduser()
    if not path.exists():
        raise BadArgumentError(
            f"dossier de dépôt introuvable : {path}",
            hint="Indiquez le dossier qui contient candidats.csv et un sous-dossier par candidat.",
        )
    if not path.is_dir():
        raise BadArgumentError(
            f"{path} n'est pas un dossier",
            hint="Indiquez le dossier qui contient candidats.csv et un sous-dossier par candidat.",
        )
    return path.resolve()


def parse_depose_le(text: str) -> datetime | None:
    """Local Europe/Paris date-time to the minute; an explicit offset is converted; None if unreadable."""
    raw = " ".join(text.strip().split())
    if not raw:
        return None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(raw, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(PARIS).replace(tzinfo=None)
    return parsed.replace(second=0, microsecond=0)


_BAD_NAME = re.compile(r"[/\\\x00]")


def numero_problem(numero: str) -> str | None:
    """Why this numero cannot be a folder name inside DEPOT, or None when it can."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in numero)
    if not numero:
        return "numéro de candidat vide"
    if _BAD_NAME.search(numero) or numero in {".", ".."} or numero.startswith(".."):
        return f"numéro de candidat « {shown} » refusé : ce n'est pas un simple nom de dossier"
    if Path(numero).is_absolute() or re.match(r"^[A-Za-z]:", numero):
        return f"numéro de candidat « {shown} » refusé : chemin absolu"
    if any(ord(c) < 32 for c in numero):
        return f"numéro de candidat « {shown} » refusé : caractère de contrôle"
    return None


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")  # an export from a spreadsheet on Windows
        except UnicodeDecodeError as exc:
            raise InputFileError("encodage illisible (UTF-8 attendu)", path=path) from exc


def _norm_header(name: str) -> str:
    from core.text import fold

    return fold(name).replace(" ", "_")


def read_manifest(depot: str | Path) -> Manifest:
    """Rows of DEPOT/candidats.csv (';' or ',' separated, UTF-8 with or without BOM)."""
    root = resolve_depot(depot)
    path = root / MANIFEST_NAME
    if not path.is_file():
        raise InputFileError(
            f"{MANIFEST_NAME} absent du dossier de dépôt {root}",
            hint="Exportez la liste des candidats (numero;nom;prenom;option;forme;epreuve;depose_le) "
            "dans ce dossier.",
        )
    if path.is_symlink() and not _inside(path.resolve(), root):
        raise InputFileError(f"{MANIFEST_NAME} est un lien vers l'extérieur du dossier de dépôt", path=path)
    try:
        text = _decode(path.read_bytes(), path)
    except OSError as exc:
        raise InputFileError(f"lecture impossible ({exc.strerror})", path=path) from exc
    if not text.strip():
        raise InputFileError("fichier vide", path=path, hint="Exportez à nouveau la liste des candidats.")
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [_norm_header(h) for h in next(reader)]
    if "numero" not in header:
        raise InputFileError(
            f"colonne « numero » absente (colonnes lues : {', '.join(header)})",
            path=path,
            hint=f"La première ligne doit nommer les colonnes : {';'.join(COLUMNS)}.",
        )
    avertissements: list[str] = []
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        avertissements.append(f"{MANIFEST_NAME} : colonnes absentes : {', '.join(missing)}")
    rows: list[CandidateRow] = []
    seen: dict[tuple[str, str], int] = {}
    for lineno, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        values = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        row = _row(values, lineno)
        key = (row.numero, (row.epreuve or "").upper())
        if key in seen:
            avertissements.append(
                f"{MANIFEST_NAME} ligne {lineno} : candidat {row.numero} déjà listé ligne {seen[key]}, "
                "ligne ignorée"
            )
            continue
        seen[key] = lineno
        rows.append(row)
    return Manifest(depot=root, rows=rows, avertissements=avertissements)


def _row(values: dict[str, str], lineno: int) -> CandidateRow:
    def opt(name: str) -> str | None:
        return values.get(name) or None

    numero = values.get("numero", "")
    row = CandidateRow(
        numero=numero,
        ligne=lineno,
        nom=opt("nom"),
        prenom=opt("prenom"),
        option=opt("option"),
        forme=opt("forme"),
        epreuve=(values.get("epreuve") or "").upper() or None,
        depose_le_brut=values.get("depose_le", ""),
    )
    problem = numero_problem(numero)
    if problem:
        row.refused = True
        row.anomalies.append(
            Anomalie(
                code="numero_invalide",
                message=f"{MANIFEST_NAME} ligne {lineno} : {problem} ; "
                "aucun fichier n'a été lu pour cette ligne, corrigez le manifeste.",
            )
        )
        return row
    if row.depose_le_brut:
        row.depose_le = parse_depose_le(row.depose_le_brut)
        if row.depose_le is None:
            row.anomalies.append(
                Anomalie(
                    code="date_depot_illisible",
                    message=f"{MANIFEST_NAME} ligne {lineno} : "
                    f"date de dépôt « {row.depose_le_brut} » illisible "
                    "(attendu par exemple 2026-04-22 11:58 ou 22/04/2026 11:58).",
                )
            )
    return row


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def list_files(depot: Path, numero: str) -> Listing:
    """Regular files of DEPOT/numero (recursively), refusing anything that resolves outside DEPOT."""
    root = depot.resolve()
    if numero_problem(numero):
        return Listing(exists=False)
    folder = root / numero
    if not os.path.lexists(folder):
        return Listing(exists=False)
    real_folder = folder.resolve()
    if not _inside(real_folder, root) or real_folder == root:
        return Listing(
            exists=False,
            anomalies=[
                Anomalie(
                    code="lien_refuse",
                    message=f"le dossier {numero} est un lien vers l'extérieur du dépôt : il n'a pas été lu.",
                )
            ],
        )
    if not real_folder.is_dir():
        return Listing(
            exists=False,
            anomalies=[
                Anomalie(code="dossier_invalide", message=f"{numero} n'est pas un dossier : rien n'a été lu.")
            ],
        )
    listing = Listing(exists=True)
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        base = Path(dirpath)
        for sub in list(dirnames):
            if (base / sub).is_symlink():
                dirnames.remove(sub)
                rel = (base / sub).relative_to(folder).as_posix()
                listing.anomalies.append(
                    Anomalie(
                        code="lien_refuse",
                        piece=rel,
                        message=f"{rel} : lien symbolique vers un dossier, non suivi ; "
                        "déposez les fichiers eux-mêmes.",
                    )
                )
        for name in sorted(filenames):
            if name.startswith(".") or name.lower() in _IGNORED:
                continue
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                target = path.resolve()
                if not _inside(target, root):
                    listing.anomalies.append(
                        Anomalie(
                            code="lien_refuse",
                            piece=rel,
                            message=f"{rel} : lien vers un fichier hors du dossier de dépôt, non lu.",
                        )
                    )
                    continue
            try:
                st = path.stat()
            except OSError as exc:
                listing.anomalies.append(
                    Anomalie(
                        code="fichier_inaccessible",
                        piece=rel,
                        message=f"{rel} : lecture impossible ({exc.strerror}).",
                    )
                )
                continue
            if not path.is_file():
                continue
            listing.files.append(FileEntry(rel=rel, path=path, octets=st.st_size, mtime_ns=st.st_mtime_ns))
    return listing


def unlisted_folders(manifest: Manifest) -> list[str]:
    """Candidate folders present in DEPOT but absent from candidats.csv (reported, not checked)."""
    known = {r.numero for r in manifest.rows}
    out = []
    for entry in sorted(manifest.depot.iterdir()):
        if entry.is_dir() and not entry.name.startswith(".") and entry.name not in known:
            out.append(entry.name)
    return out
