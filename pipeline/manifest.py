"""The deposit folder: candidats.csv (one row per candidate and épreuve) and one folder per candidate.

Reading is defensive because the folder comes from outside: a `numero` is only ever used as a single
folder name inside DEPOT, symlinks that lead out of DEPOT are refused, and a row that cannot be used
becomes an anomaly on that row, never an exception for the whole batch. A manifest without one of the
required columns is refused whole (InputFileError): no verdict is ever drawn from a value that is missing.

Deposit times (`depose_le`) keep their seconds (12:00:59 is after a 12:00 deadline). A time written with an
offset (`2026-10-25T02:30:00+01:00`, `…Z`) is converted to Paris time. A local time of the autumn change
hour (02:00–02:59 on the last Sunday of October happens twice) has no offset to tell the two apart: the
manifest is read in its order, the first such times are the summer ones (fold 0), and once a time of that
hour goes back in the file, it and the following ones of that hour are the winter ones (fold 1). Write the
offset to be explicit. Dates before 2000 are flagged `date_depot_absurde` here; dates more than a year after
the deadline are flagged by pipeline.check, which knows the deadline.
"""

from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from core.errors import BadArgumentError, InputFileError
from pipeline.models import Anomalie

MANIFEST_NAME = "candidats.csv"
COLUMNS = ("numero", "nom", "prenom", "option", "forme", "epreuve", "depose_le")
# Without these a row cannot be judged: the batch is refused rather than every candidate misjudged.
REQUIRED = ("numero", "nom", "prenom", "depose_le")
PARIS = ZoneInfo("Europe/Paris")
EARLIEST_DEPOSIT = datetime(2000, 1, 1)
# Metadata files a desktop writes by itself: never a piece of the dossier (matched on the exact name).
# Every other file is part of the dossier, hidden ones (".attestation.pdf") included.
_IGNORED = {"thumbs.db", "desktop.ini", ".ds_store"}
_APPLEDOUBLE = b"\x00\x05\x16\x07"  # "._name" companions macOS writes on foreign disks

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
    depose_le: datetime | None = None  # naive local time (Europe/Paris) with seconds; `fold` set
    depose_le_brut: str = ""
    anomalies: list[Anomalie] = field(default_factory=list)
    refused: bool = False  # row unusable (numero, short row, unknown épreuve): nothing is judged on it

    @property
    def depose_le_utc(self) -> datetime | None:
        """The deposit instant (aware, UTC): orders two deposits of the autumn change hour correctly."""
        if self.depose_le is None:
            return None
        return self.depose_le.replace(tzinfo=PARIS).astimezone(UTC)

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
    name_bytes: bytes = b""  # the relative path as the file system holds it (os.fsencode)


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


def _parse(text: str) -> tuple[datetime, bool] | None:
    """(naive Paris time with seconds, whether an offset was written), or None if unreadable."""
    raw = " ".join(text.strip().split())
    if not raw:
        return None
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
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
    if parsed.tzinfo is None:
        return parsed, False
    try:  # astimezone sets `fold` on the second pass of the autumn hour
        return parsed.astimezone(PARIS).replace(tzinfo=None), True
    except (OverflowError, ValueError):  # 0001-01-01T00:00+01:00: out of range once converted
        return parsed.replace(tzinfo=None), True


def parse_depose_le(text: str) -> datetime | None:
    """Local Europe/Paris date-time, seconds kept; an explicit offset is converted (fold set); None if
    unreadable. Without an offset, the autumn hour is taken as its first pass (see read_manifest)."""
    got = _parse(text)
    return got[0] if got else None


def is_ambiguous(local: datetime) -> bool:
    """True for a Paris wall time that happens twice (the autumn change hour): its first pass has the
    larger offset. A spring gap (02:30 on the last Sunday of March never happens) has it the other way."""
    first = local.replace(tzinfo=PARIS, fold=0).utcoffset()
    second = local.replace(tzinfo=PARIS, fold=1).utcoffset()
    return first is not None and second is not None and first > second


def shown_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (surrogate escapes) shown as \\xNN."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def name_is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


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
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Texte Unicode" export: UTF-16 with its BOM
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputFileError("encodage UTF-16 illisible", path=path) from exc
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
    delimiter = max((";", ",", "\t"), key=first.count)  # ';' on ties (French spreadsheets)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [_norm_header(h) for h in next(reader)]
    missing_required = [c for c in REQUIRED if c not in header]
    if missing_required:
        raise InputFileError(
            f"colonne(s) obligatoire(s) absente(s) : {', '.join(missing_required)} "
            f"(colonnes lues : {', '.join(h or '(vide)' for h in header)} ; "
            f"attendues : {';'.join(COLUMNS)}) ; aucun candidat n'a été contrôlé",
            path=path,
            hint="Exportez à nouveau la liste avec une première ligne qui nomme toutes les colonnes.",
        )
    avertissements: list[str] = []
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        avertissements.append(f"{MANIFEST_NAME} : colonnes absentes : {', '.join(missing)}")
    rows: list[CandidateRow] = []
    seen: dict[tuple[str, str], int] = {}
    autumn = _AutumnHour()
    for lineno, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        values = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
        row = _row(values, lineno, autumn)
        if len(cells) < len(header) and not row.refused:
            _incomplete(row, header, cells)
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


def _incomplete(row: CandidateRow, header: list[str], cells: list[str]) -> None:
    """A row cut short (`0260269001;Bœuf`): its missing values are unknown, not empty; nothing is judged."""
    absent = header[len(cells) :]
    row.refused = True
    row.depose_le = None
    row.anomalies.append(
        Anomalie(
            code="ligne_incomplete",
            gravite="a_verifier",
            message=f"{MANIFEST_NAME} ligne {row.ligne} : ligne incomplète ({len(cells)} valeur(s) pour "
            f"{len(header)} colonnes ; manquent : {', '.join(absent)}) ; candidat non contrôlé, "
            "corrigez la ligne puis relancez.",
        )
    )


class _AutumnHour:
    """Fold of the local times of the autumn change hour, from the manifest order (see module doc)."""

    def __init__(self) -> None:
        self.last: dict[object, datetime] = {}
        self.second_pass: set[object] = set()

    def fold(self, local: datetime) -> datetime:
        if not is_ambiguous(local):
            return local
        day = local.date()
        previous = self.last.get(day)
        if previous is not None and local < previous:
            self.second_pass.add(day)
        self.last[day] = max(local, previous) if previous is not None else local
        return local.replace(fold=1 if day in self.second_pass else 0)


def _row(values: dict[str, str], lineno: int, autumn: _AutumnHour | None = None) -> CandidateRow:
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
        got = _parse(row.depose_le_brut)
        if got is None:
            row.anomalies.append(
                Anomalie(
                    code="date_depot_illisible",
                    message=f"{MANIFEST_NAME} ligne {lineno} : "
                    f"date de dépôt « {row.depose_le_brut} » illisible "
                    "(attendu par exemple 2026-04-22 11:58:30 ou 22/04/2026 11:58).",
                )
            )
        elif got[0] < EARLIEST_DEPOSIT:
            flag_absurd(row, "antérieure à l'an 2000")
        else:
            local, explicit = got
            row.depose_le = local if explicit or autumn is None else autumn.fold(local)
    return row


def flag_absurd(row: CandidateRow, why: str) -> None:
    """An impossible deposit date is not evidence of anything: no date, and a person looks."""
    row.depose_le = None
    row.anomalies.append(
        Anomalie(
            code="date_depot_absurde",
            gravite="a_verifier",
            message=f"{MANIFEST_NAME} ligne {row.ligne} : date de dépôt « {row.depose_le_brut} » "
            f"invraisemblable ({why}) ; vérifiez la date réelle du dépôt.",
        )
    )


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
        dirnames[:] = sorted(dirnames)
        base = Path(dirpath)
        for sub in list(dirnames):
            if (base / sub).is_symlink():
                dirnames.remove(sub)
                rel = shown_name((base / sub).relative_to(folder).as_posix())
                listing.anomalies.append(
                    Anomalie(
                        code="lien_refuse",
                        piece=rel,
                        message=f"{rel} : lien symbolique vers un dossier, non suivi ; "
                        "déposez les fichiers eux-mêmes.",
                    )
                )
        for name in sorted(filenames):
            path = base / name
            if _ignored(path):
                continue
            raw_rel = path.relative_to(folder).as_posix()
            rel = shown_name(raw_rel)
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
            if not name_is_utf8(raw_rel):
                listing.anomalies.append(
                    Anomalie(
                        code="nom_fichier_invalide",
                        gravite="a_verifier",
                        piece=rel,
                        message=f"{rel} : nom de fichier illisible (octets hors UTF-8, montrés en \\xNN) ; "
                        "le fichier a été analysé, vérifiez-le et faites-le renommer.",
                    )
                )
            listing.files.append(
                FileEntry(
                    rel=rel,
                    path=path,
                    octets=st.st_size,
                    mtime_ns=st.st_mtime_ns,
                    name_bytes=os.fsencode(raw_rel),
                )
            )
    return listing


def _ignored(path: Path) -> bool:
    """Desktop metadata only (exact names, AppleDouble by content); never a file for being hidden."""
    name = path.name
    if name.lower() in _IGNORED:
        return True
    if name.startswith("._"):
        try:
            with path.open("rb") as fh:
                return fh.read(4) == _APPLEDOUBLE
        except OSError:
            return False
    return False


def unlisted_folders(manifest: Manifest) -> list[str]:
    """Candidate folders present in DEPOT but absent from candidats.csv (reported, not checked)."""
    known = {r.numero for r in manifest.rows}
    out = []
    for entry in sorted(manifest.depot.iterdir()):
        if entry.is_dir() and not entry.name.startswith(".") and entry.name not in known:
            out.append(shown_name(entry.name))
    return out
