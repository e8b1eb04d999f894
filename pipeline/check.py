"""Batch check of a deposit folder: list candidates, skip the unchanged, analyse, decide, store.

The analysis of files (text, OCR, signatures) is the slow and risky part: it runs in worker processes so a
document that hangs can be killed and the batch goes on. Decisions are made and results written by the
parent, one candidate at a time, as each finishes: a stopped batch keeps what it did, and a re-run re-checks
only candidates whose inputs changed (fingerprint of the manifest row, the files, the session and rules).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import faults
from core.errors import BadArgumentError
from core.files import sha256_file
from pipeline.decide import DECIDE_VERSION, DecideOptions, deadline_of, decide, resolve_epreuve
from pipeline.evidence import evidence_dir, save_evidence
from pipeline.manifest import CandidateRow, Listing, Manifest, flag_absurd, list_files, read_manifest
from pipeline.models import Anomalie, Controle, Resultat, SessionData, SessionRef
from pipeline.rules import SpecialtyRules, load_rules, rules_dir
from pipeline.settings import document_timeout, worker_memory_limit

if TYPE_CHECKING:
    from extractors.dossier import FileFacts
    from pipeline.storage import Store

Progress = Callable[[int, int, str, str | None], None]  # done, total, numero, statut (None: skipped)
GRACE_SECONDS = 10.0  # a worker is killed when it exceeds files × timeout + this
# PDFium (pypdfium2) is not thread-safe: two in-process analyses in threads of one process (Prefect thread
# runner, a Dask worker with several threads) crashed the interpreter. One at a time per process.
_INPROCESS_LOCK = threading.Lock()


@dataclass
class Job:
    """One candidate to analyse: what the worker needs (picklable) and what the parent keeps."""

    row: CandidateRow
    listing: Listing
    empreinte: str
    attempts: int = 0
    suspect: bool = False  # was in flight when a worker died: re-run alone

    @property
    def entries(self) -> list[tuple[str, str]]:
        return [(f.rel, str(f.path)) for f in self.listing.files]


@dataclass
class BatchReport:
    lot: str
    epreuve: str
    resultats: list[Resultat]
    checked: int = 0
    skipped: int = 0
    avertissements: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def controle(self, session: SessionData) -> Controle:
        return Controle.model_validate(
            dict(
                session=SessionRef(
                    sigle=session.examen.sigle, session=session.examen.session, sha256=session.source.sha256
                ),
                resultats=self.resultats,
                lot=self.lot,
                epreuve=self.epreuve,
                avertissements=self.avertissements,
                genere_le=datetime.now(UTC).isoformat(timespec="seconds"),
            )
        )


# --- identity of a batch and of a candidate's inputs ------------------------------------------------------


def lot_id(depot: Path, epreuve: str) -> str:
    return f"{Path(depot).resolve()}:{epreuve}"


def _analysis_sources(root: Path) -> list[Path]:
    """extractors/dossier.py and the extractors modules it imports, transitively (read from the source)."""
    pattern = re.compile(
        r"^\s*(?:from\s+extractors(?:\.(\w+))?\s+import\s+([\w, ()]+)|import\s+extractors\.(\w+))",
        re.MULTILINE,
    )
    seen: set[str] = set()
    todo = ["dossier"]
    while todo:
        name = todo.pop()
        if name in seen or not (root / f"{name}.py").is_file():
            continue
        seen.add(name)
        text = (root / f"{name}.py").read_text(encoding="utf-8", errors="replace")
        for sub, names, plain in pattern.findall(text):
            if sub or plain:
                todo.append(sub or plain)
            else:  # from extractors import a, b
                todo.extend(
                    n.split()[0] for n in names.replace("(", "").replace(")", "").split(",") if n.strip()
                )
    return [root / f"{n}.py" for n in sorted(seen)]


def rules_version(rules: SpecialtyRules | None) -> str:
    """Changes when the rules, the thresholds or the code that reads dossiers and decides change.

    A verdict depends on more than the candidate's files: the rules file, the extractors' data files (piece
    phrases, signature ink thresholds) and the dossier-analysis code. Hashing them (a few hundred kB, once
    per batch) means an upgrade re-checks stored results instead of keeping verdicts made by older code;
    modules the analysis does not import (circular reading) do not count.
    """
    h = hashlib.sha256(f"decide:{DECIDE_VERSION}".encode())
    here = Path(__file__).resolve().parent
    sources = _analysis_sources(here.parent / "extractors")
    sources += [here / "data" / "pieces.yaml", here / "data" / "signatures.yaml", here / "decide.py", here / "findings.py"]
    sources += [here / "rules.py", rules_dir() / "_national.yaml"]  # the layers under the specialty's file
    for path in sources:
        try:
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            continue
    if rules is not None:
        path = rules_dir() / f"{rules.sigle.lower()}.yaml"
        try:
            h.update(path.read_bytes())
        except OSError:
            pass
        h.update(rules.model_dump_json().encode())  # the effective rules, whatever layer gave them
    return h.hexdigest()[:16]


def fingerprint(
    row: CandidateRow,
    listing: Listing,
    session_sha: str,
    rules_ver: str,
    semaines_requises: float | None,
    *,
    content: bool = False,
) -> str:
    """sha256 of everything the verdict depends on; files by (path, size, mtime) or by content hash.

    File names are hashed as the bytes the file system holds (os.fsencode): a name that is not UTF-8 is
    a fact about the dossier, not a reason to fail the batch."""
    files = [(f.rel, f.octets, sha256_file(f.path) if content else f.mtime_ns) for f in listing.files]
    payload: dict[str, object] = {
        "row": row.as_dict(),
        "exists": listing.exists,
        "files": files,
        "listing": [a.message for a in listing.anomalies],
        "session": session_sha,
        "rules": rules_ver,
        "semaines_requises": semaines_requises,
    }
    raw_names = [f.name_bytes.hex() for f in listing.files if f.name_bytes and f.rel.encode() != f.name_bytes]
    if raw_names:  # only for names that are not UTF-8: other fingerprints stay those of earlier versions
        payload["names"] = raw_names
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def known_epreuves(session: SessionData, rules: SpecialtyRules | None) -> set[str]:
    """Every épreuve code this session knows: listed, dated, or in the rules (old and new numbering)."""
    codes: set[str] = set()
    for e in session.epreuves:
        codes.update(c.upper() for c in (e.code, e.ancien_code, e.nouveau_code) if c)
    for ev in session.evenements:
        codes.update(c.upper() for c in ev.epreuves)
    if rules is not None:
        year = session.examen.session
        codes.update(r.code.upper() for r in rules.epreuves_dossier if r.applies(year))
        for old, new in rules.correspondence(year).items():
            codes.update((old.upper(), new.upper()))
    return codes


def check_epreuve(epreuve: str, session: SessionData, rules: SpecialtyRules | None) -> str:
    """The session's code for --epreuve; BadArgumentError (exit 2) naming the session's codes if unknown."""
    code = resolve_epreuve(epreuve, session, rules)
    known = known_epreuves(session, rules)
    if known and code.upper() not in known and epreuve.strip().upper() not in known:
        listed = sorted({e.code for e in session.epreuves} or known)
        raise BadArgumentError(
            f"épreuve « {epreuve} » absente de la session {session.examen.sigle or ''} "
            f"{session.examen.session or ''}".replace("  ", " ").strip()
            + f" ; épreuves de la session : {', '.join(listed)}",
            hint="Indiquez avec --epreuve l'un de ces codes.",
        )
    return code


def select_rows(
    manifest: Manifest, epreuve: str, session: SessionData, rules: SpecialtyRules | None
) -> tuple[list[CandidateRow], list[str]]:
    """Rows of this épreuve (old codes resolved to the session's codes; a row without épreuve is kept).

    A row naming an épreuve the session does not know (`E55`) is kept, refused and named: a typo in the
    manifest must reach a person, not vanish in a count."""

    def current(code: str) -> str:
        return resolve_epreuve(code, session, rules)

    wanted = current(epreuve)
    known = known_epreuves(session, rules)
    rows: list[CandidateRow] = []
    warnings: list[str] = []
    seen: dict[str, int] = {}
    other = 0
    for row in manifest.rows:
        if row.epreuve and current(row.epreuve) != wanted:
            if known and row.epreuve not in known and current(row.epreuve) not in known:
                _unknown_epreuve(row, session, known)
            else:
                other += 1
                continue
        if row.numero in seen and not row.refused:
            warnings.append(
                f"candidats.csv ligne {row.ligne} : candidat {row.numero} déjà listé ligne "
                f"{seen[row.numero]} pour l'épreuve {wanted}, ligne ignorée"
            )
            continue
        seen[row.numero] = row.ligne
        rows.append(row)
    if other:
        warnings.append(
            f"{other} ligne(s) de candidats.csv concernent une autre épreuve que {wanted} : ignorées"
        )
    return rows, warnings


def _unknown_epreuve(row: CandidateRow, session: SessionData, known: set[str]) -> None:
    if any(a.code == "epreuve_inconnue" for a in row.anomalies):
        return
    row.refused = True
    listed = sorted({e.code for e in session.epreuves} or known)
    row.anomalies.append(
        Anomalie(
            code="epreuve_inconnue",
            gravite="a_verifier",
            message=f"candidats.csv ligne {row.ligne} : épreuve « {row.epreuve} » absente de la session "
            f"(épreuves : {', '.join(listed)}) ; candidat non contrôlé, corrigez l'épreuve puis relancez.",
        )
    )


def deposit_horizon(session: SessionData, code: str) -> datetime:
    """The latest believable deposit time: one year after the deadline (or after the session year)."""
    event = session.deadline(code)
    limit = deadline_of(event.debut, event.fin, event.horaires) if event else None
    if limit is None:
        year = session.examen.session or datetime.now().year
        limit = datetime(year, 12, 31, 23, 59, 59)
    try:
        return limit.replace(year=limit.year + 1)
    except ValueError:  # 29 February
        return limit.replace(year=limit.year + 1, day=28)


def annotate(row: CandidateRow, listing: Listing, horizon: datetime) -> None:
    """Row facts that need the session or the folder: a date too late to be true, files without a date."""
    if row.refused:
        return
    if row.depose_le is not None and row.depose_le > horizon:
        flag_absurd(row, f"plus d'un an après la date limite, {horizon:%d/%m/%Y}")
    if not row.depose_le_brut and listing.files and not any(a.code == "dossier_non_transmis" for a in row.anomalies):
        row.anomalies.append(
            Anomalie(
                code="dossier_non_transmis",
                gravite="a_verifier",
                message=f"candidats.csv ligne {row.ligne} : pas de date de dépôt, mais "
                f"{len(listing.files)} fichier(s) dans le dossier {row.numero} : dossier peut-être non "
                "transmis ou date oubliée à l'export ; vérifiez avant toute décision.",
            )
        )


# --- analysis of one candidate's files (runs in a worker process) ----------------------------------------


class _Timeout(Exception):
    pass


@contextmanager
def _alarm(seconds: float):
    """Interrupt pure-Python work after `seconds` (main thread only; elsewhere the parent's watchdog acts)."""
    if (
        seconds <= 0
        or threading.current_thread() is not threading.main_thread()
        or not hasattr(signal, "SIGALRM")
    ):
        yield
        return

    def _raise(_sig: int, _frame: Any) -> None:
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _magic_format(path: Path) -> str:
    """Format by content (pdf_fast.sniff_format), for a file whose analysis did not finish."""
    from extractors.pdf_fast import sniff_format

    try:
        return sniff_format(path)
    except OSError:
        return "autre"


def failed_facts(path: Path, rel: str, erreur: str, message: str) -> FileFacts:
    """Facts of a file whose analysis did not finish: size, hash and format only, with the reason."""
    from extractors.dossier import FileFacts

    try:
        octets, sha = path.stat().st_size, sha256_file(path)
    except OSError:
        octets, sha = 0, ""
    return FileFacts(
        fichier=rel,
        octets=octets,
        sha256=sha,
        format=_magic_format(path),  # type: ignore[arg-type]
        pages=None,
        erreur=erreur,
        erreur_message=message,
    )


def timeout_message(rel: str, seconds: float) -> str:
    return (
        f"{rel} : analyse interrompue après {seconds:g} s (limite BTS_DOCUMENT_TIMEOUT) — "
        "document anormalement "
        "long à lire, à examiner à la main."
    )


def too_complex_message(rel: str, cause: str) -> str:
    return (
        f"{rel} : fichier trop complexe pour être analysé ({cause}) — examinez-le à la main ; s'il est "
        "authentique, demandez au candidat de l'enregistrer à nouveau en PDF au format A4."
    )


def _vm_peak() -> int | None:
    """Peak address space of this process (bytes), from /proc; None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _memory_limit() -> int | None:
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    return None if soft == resource.RLIM_INFINITY else soft


def _typed(facts: FileFacts, path: Path, rel: str, peak_before: int | None) -> FileFacts:
    """Name the true cause of a file too complex to read: the limit it crossed, or the worker's memory."""
    if facts.erreur == "trop_complexe":
        from extractors.pdf_fast import problem

        facts.erreur_message = too_complex_message(rel, problem(path) or "limite de l'analyse dépassée")
        return facts
    limit = _memory_limit()
    peak = _vm_peak()
    if (
        facts.erreur == "illisible"
        and limit is not None
        and peak is not None
        and peak_before is not None
        and peak > peak_before
        and peak >= 0.9 * limit
    ):
        facts.erreur = "trop_complexe"
        facts.erreur_message = too_complex_message(
            rel, f"sa lecture a atteint la limite de mémoire du processus d'analyse, {limit / 2**30:.1f} Gio"
        )
    return facts


def analyse_files(entries: Sequence[tuple[str, str]], timeout: float, ocr: bool = True) -> list[FileFacts]:
    """Facts of each file; a file over the time limit or crashing the reader is described, not raised.

    A file that exhausts the worker's memory limit (RLIMIT_AS, set by _worker_init) is `trop_complexe`.
    OSError is let through: it is the transient kind (network share, file being copied) worth a retry.
    """
    from extractors.dossier import analyse_file

    out: list[FileFacts] = []
    for rel, raw in entries:
        path = Path(raw)
        peak_before = _vm_peak()
        try:
            with _alarm(timeout):
                faults.inject("analyse", str(path))
                facts = _plain(analyse_file(path, rel, ocr=ocr))
            out.append(_typed(facts, path, rel, peak_before))
        except _Timeout:
            out.append(failed_facts(path, rel, "delai_depasse", timeout_message(rel, timeout)))
        except MemoryError:
            out.append(
                failed_facts(
                    path,
                    rel,
                    "trop_complexe",
                    too_complex_message(rel, "mémoire du processus d'analyse épuisée"),
                )
            )
        except OSError:
            raise
        except Exception as exc:  # noqa: BLE001 - a reader bug on one file must not stop the batch
            out.append(
                failed_facts(
                    path,
                    rel,
                    "illisible",
                    f"{rel} : lecture impossible ({type(exc).__name__}) — demandez une nouvelle copie "
                    "du document ou examinez-le à la main.",
                )
            )
    return out


def _plain(obj: Any) -> Any:
    """Facts as plain Python values: a library's str subclass may hold its open file and not pickle."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            setattr(obj, f.name, _plain(getattr(obj, f.name)))
        return obj
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, str) and type(obj) is not str:
        return str(obj)
    return obj


# --- one candidate, in-process ------------------------------------------------------------------------------


def check_candidate(
    row: CandidateRow,
    depot: Path,
    session: SessionData,
    rules: SpecialtyRules | None,
    options: DecideOptions,
    *,
    listing: Listing | None = None,
    timeout: float | None = None,
) -> Resultat:
    """Analyse and decide one candidate in this process (tests, Prefect tasks)."""
    if listing is None:
        listing = Listing(exists=False) if row.refused else list_files(depot, row.numero)
    facts: list[FileFacts] = []
    if listing.files:
        with _INPROCESS_LOCK:
            facts = analyse_files(
                [(f.rel, str(f.path)) for f in listing.files],
                document_timeout() if timeout is None else timeout,
            )
    return decide(
        row,
        facts,
        session,
        rules,
        options,
        dossier_present=listing.exists,
        listing_anomalies=listing.anomalies,
    )


# --- the batch ----------------------------------------------------------------------------------------------


def validate_data_files() -> None:
    """Load the extractors' data files once in the parent: RulesError (exit 7) names file and field."""
    from extractors.classify import settings as piece_settings
    from extractors.marks import settings as mark_settings

    mark_settings()
    piece_settings()


def prepare(
    depot: Path | str,
    session: SessionData,
    epreuve: str,
    *,
    semaines_requises: float | None = None,
    content_hash: bool = False,
    only: Iterable[str] | None = None,
) -> tuple[Manifest, SpecialtyRules | None, str, list[Job], list[str]]:
    """Read the manifest and list every candidate's files: cheap, no document is opened.

    `only`: list the files of these candidates only (a batch task of the flow): listing the whole deposit
    in every batch made the flow quadratic (4.5 s per batch of 50 for 10,000 candidates)."""
    wanted = None if only is None else set(only)
    validate_data_files()  # a bad thresholds file stops here with exit 7, not as "illisible" per file
    manifest = read_manifest(depot)
    rules = load_rules(session.examen.sigle) if session.examen.sigle else None
    code = check_epreuve(epreuve, session, rules)
    rows, warnings = select_rows(manifest, epreuve, session, rules)
    rver = rules_version(rules)
    horizon = deposit_horizon(session, code)
    jobs = []
    for row in rows:
        if wanted is not None and row.numero not in wanted:
            continue
        listing = Listing(exists=False) if row.refused else list_files(manifest.depot, row.numero)
        annotate(row, listing, horizon)
        jobs.append(
            Job(
                row=row,
                listing=listing,
                empreinte=fingerprint(
                    row, listing, session.source.sha256, rver, semaines_requises, content=content_hash
                ),
            )
        )
    return manifest, rules, code, jobs, manifest.avertissements + warnings


def run_batch(
    depot: Path | str,
    session: SessionData,
    epreuve: str,
    store: Store,
    *,
    semaines_requises: float | None = None,
    workers: int | None = None,
    force: bool = False,
    progress: Progress | None = None,
    timeout: float | None = None,
    content_hash: bool = False,
    ocr: bool = True,
) -> BatchReport:
    """Check every candidate of the épreuve, skipping those whose fingerprint is already stored.

    workers=0 analyses in this process (no hard kill of a hung C routine); ≥1 uses a process pool.
    """
    started = time.monotonic()
    manifest, rules, code, jobs, warnings = prepare(
        depot, session, epreuve, semaines_requises=semaines_requises, content_hash=content_hash
    )
    lot = lot_id(manifest.depot, code)
    todo = pending_jobs(jobs, store, lot, force)
    skipped = len(jobs) - len(todo)
    if progress and skipped:
        progress(skipped, len(jobs), "", None)
    process_jobs(
        todo,
        session,
        rules,
        DecideOptions(epreuve=code, semaines_requises=semaines_requises),
        lot,
        store,
        workers=workers,
        timeout=timeout,
        ocr=ocr,
        progress=progress,
        done=skipped,
        total=len(jobs),
    )
    return collect(
        manifest,
        jobs,
        store,
        lot,
        code,
        checked=len(todo),
        skipped=skipped,
        warnings=warnings,
        seconds=time.monotonic() - started,
    )


def pending_jobs(jobs: Sequence[Job], store: Store, lot: str, force: bool) -> list[Job]:
    """Jobs whose fingerprint differs from the stored one (all of them with force)."""
    stored = {} if force else store.fingerprints(lot)
    return [j for j in jobs if stored.get(j.row.numero) != j.empreinte]


def process_jobs(
    jobs: Sequence[Job],
    session: SessionData,
    rules: SpecialtyRules | None,
    options: DecideOptions,
    lot: str,
    store: Store,
    *,
    workers: int | None = None,
    timeout: float | None = None,
    ocr: bool = True,
    progress: Progress | None = None,
    done: int = 0,
    total: int | None = None,
) -> None:
    """Analyse, decide and store each job; the store write is an upsert: running a job twice is harmless."""
    timeout = document_timeout() if timeout is None else timeout
    total = len(jobs) + done if total is None else total
    count = done
    evidence_root = evidence_dir()

    def finish(job: Job, facts: list[FileFacts], extra: Iterable[Anomalie] = ()) -> None:
        nonlocal count
        result = decide(
            job.row,
            facts,
            session,
            rules,
            options,
            dossier_present=job.listing.exists,
            listing_anomalies=[*job.listing.anomalies, *extra],
        )
        save_evidence(result, facts, evidence_root)
        store.save_resultat(lot, job.row.numero, job.empreinte, result.model_dump(mode="json"))
        count += 1
        if progress:
            progress(count, total, job.row.numero, result.statut)

    needs_analysis = [j for j in jobs if j.listing.files]
    for job in jobs:
        if not job.listing.files:
            finish(job, [])
    if workers == 0:
        for job in needs_analysis:
            finish(job, _analyse_inline(job, timeout, ocr))
    elif needs_analysis:
        n = max(1, min(workers or os.cpu_count() or 1, len(needs_analysis)))
        run_pool(needs_analysis, n, timeout, finish, ocr=ocr)


def collect(
    manifest: Manifest,
    jobs: Sequence[Job],
    store: Store,
    lot: str,
    code: str,
    *,
    checked: int,
    skipped: int,
    warnings: list[str],
    seconds: float,
) -> BatchReport:
    """The stored results of this batch's candidates, in manifest order, with the commission's decisions."""
    from pipeline.decisions import final_resultats

    by_numero = {r["numero"]: r for r in final_resultats(store, lot)}
    resultats = [Resultat.model_validate(by_numero[j.row.numero]) for j in jobs if j.row.numero in by_numero]
    unlisted = _unlisted(manifest)
    if unlisted:
        warnings = [
            *warnings,
            f"{len(unlisted)} dossier(s) sans ligne dans candidats.csv, non contrôlé(s) : "
            + ", ".join(unlisted[:20])
            + (" …" if len(unlisted) > 20 else ""),
        ]
    return BatchReport(
        lot=lot,
        epreuve=code,
        resultats=resultats,
        checked=checked,
        skipped=skipped,
        avertissements=warnings,
        seconds=seconds,
    )


def _unlisted(manifest: Manifest) -> list[str]:
    from pipeline.manifest import unlisted_folders

    try:
        return unlisted_folders(manifest)
    except OSError:
        return []


def _analyse_inline(job: Job, timeout: float, ocr: bool) -> list[FileFacts]:
    for attempt in range(2):
        try:
            with _INPROCESS_LOCK:
                return analyse_files(job.entries, timeout, ocr)
        except OSError as exc:
            if attempt:
                return _unreachable(job, exc)
    return []  # pragma: no cover


def _unreachable(job: Job, exc: BaseException) -> list[FileFacts]:
    return [
        failed_facts(
            f.path,
            f.rel,
            "illisible",
            f"{f.rel} : lecture impossible ({type(exc).__name__}: {exc}) — vérifiez le fichier "
            "puis relancez le contrôle.",
        )
        for f in job.listing.files
    ]


# --- process pool with a watchdog -------------------------------------------------------------------------


START_METHODS = ("forkserver", "fork", "spawn")


def start_method() -> str:
    """How analysis workers start: a fork server unless BTS_START_METHOD names another.

    Measured: a worker forked straight from a process with other threads (a Prefect flow runs its batch
    tasks in threads) could inherit a lock held by one of them at the instant of the fork and hang until its
    time limit, about one run in four: the verdict became `a_verifier` (analyse_delai_depasse). A fork server
    is a single-threaded process that imports the extractors once and forks every worker from that clean
    state; it does not import the caller's main module, so a script without `if __name__` guard still works.
    """
    wanted = os.environ.get("BTS_START_METHOD", "").strip() or "forkserver"
    methods = multiprocessing.get_all_start_methods()
    if wanted not in START_METHODS:
        raise BadArgumentError(
            f"BTS_START_METHOD={wanted!r} inconnu : choisissez parmi {', '.join(START_METHODS)}."
        )
    return wanted if wanted in methods else ("fork" if "fork" in methods else "spawn")


def _new_pool(workers: int) -> ProcessPoolExecutor:
    """Workers started from a clean process (see start_method); heavy imports happen once in the server.

    The worker receives this process's environment and working directory at pool creation (a fork server
    started earlier would otherwise give the environment of its own start): settings and injected faults
    (core.faults) reach it whatever the start method. Workers only read files and return facts; they never
    touch the parent's database or console.
    """
    method = start_method()
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["extractors.dossier", "pipeline.check"])
    else:
        import extractors.dossier  # noqa: F401 - imported once here, inherited by forked workers
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_worker_init,
        initargs=(os.getpid(), worker_memory_limit(), dict(os.environ), os.getcwd()),
    )


def _worker_init(
    parent: int | None = None, memory: int = 0, environ: dict[str, str] | None = None, cwd: str | None = None
) -> None:
    """A worker: no Ctrl-C handling of its own (the parent decides), dies with its parent, bounded memory.

    - PR_SET_PDEATHSIG (Linux) makes the kernel kill the worker when its parent process dies, even by
      kill -9 (under a fork server that parent is the server, which exits when the caller goes); a thread
      watching the caller's pid covers the rest.
    - RLIMIT_AS: an allocation past BTS_WORKER_MEMORY fails inside the worker (MemoryError, or a reader
      that stops) instead of the machine's out-of-memory killer choosing a process; the file is then
      described as `trop_complexe`. Tesseract, started by the worker, inherits the limit; it runs on one
      thread (OMP_THREAD_LIMIT=1): the pool already uses every core.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if environ is not None:
        os.environ.clear()
        os.environ.update(environ)
    if cwd is not None:
        try:
            os.chdir(cwd)
        except OSError:
            pass
    os.environ["OMP_THREAD_LIMIT"] = "1"
    if parent is not None:
        die_with_parent(parent)
    limit_memory(memory)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a dead parent not yet reaped is a zombie: gone for our purpose
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1] != "Z"
    except (OSError, IndexError):
        return True


def die_with_parent(parent: int) -> None:
    """Kill this process when `parent` (the caller that created the pool) or its direct parent goes away."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    direct = os.getppid()
    if (direct == 1 and parent != 1) or not _alive(parent):  # gone before prctl took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != direct or not _alive(parent):
                os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="bts-surveille-parent", daemon=True).start()


WORKER_HEADROOM = 512 * 2**20  # a forked worker starts with its parent's address space: room to work in


def _vm_size() -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def limit_memory(limit: int) -> None:
    """RLIMIT_AS of this process to `limit` bytes (0: unchanged); never above the hard limit.

    A worker forked from a big parent (a Prefect flow inside a long-lived process) already maps more than
    a small limit: it then gets its current size plus a headroom, or every allocation would fail and every
    file would be « trop complexe »."""
    if limit <= 0:
        return
    try:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        current = _vm_size() or 0
        limit = max(limit, current + WORKER_HEADROOM)
        value = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (value, hard))
    except (ImportError, ValueError, OSError):
        pass


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    """A pure-Python or C routine that hangs cannot be interrupted from outside: kill its process."""
    for proc in list(getattr(pool, "_processes", {}).values()):
        try:
            proc.kill()
        except (OSError, AttributeError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)


def run_pool(
    jobs: Sequence[Job],
    workers: int,
    timeout: float,
    finish: Callable[[Job, list[FileFacts], Iterable[Anomalie]], None],
    *,
    ocr: bool = True,
) -> None:
    """Analyse jobs in `workers` processes; `finish` (decide + store) runs here as each completes.

    At most `workers` jobs are submitted at a time, so a submitted job is a running job and its age tells
    whether it overran. Each file has `timeout` seconds inside the worker (SIGALRM); a worker that still
    exceeds files × timeout + grace (stuck in C code) is killed with its pool, its candidate is marked, and
    the other jobs in flight are resubmitted. When a worker dies (a reader crashing the interpreter), every
    job in flight is suspect: each is re-run alone, so the one that crashes again is the culprit.
    """
    pending: deque[Job] = deque(jobs)
    inflight: dict[Future[list[FileFacts]], tuple[Job, float]] = {}
    pool = _new_pool(workers)
    try:
        while pending or inflight:
            while pending and len(inflight) < workers:
                alone = any(j.suspect for j, _ in inflight.values())
                if alone or (pending[0].suspect and inflight):
                    break
                job = pending.popleft()
                try:
                    fut = pool.submit(analyse_files, job.entries, timeout, ocr)
                except BrokenProcessPool:
                    # a worker died before its future told us: its futures will report it below
                    pending.appendleft(job)
                    if not inflight:
                        _kill_pool(pool)
                        pool = _new_pool(workers)
                    break
                job.attempts += 1
                inflight[fut] = (job, time.monotonic())
            done, _ = wait(list(inflight), timeout=0.25, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                job, _t0 = inflight.pop(fut)
                try:
                    facts = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if job.suspect:  # it ran alone: it is the one that kills its worker
                        finish(job, _crashed(job), ())
                    else:
                        job.suspect = True
                        pending.appendleft(job)
                    continue
                except OSError as exc:
                    if job.attempts < 2:
                        pending.append(job)
                    else:
                        finish(job, _unreachable(job, exc), ())
                    continue
                except Exception as exc:  # noqa: BLE001 - e.g. facts that cannot be sent back: still a verdict
                    finish(job, _unreachable(job, exc), ())
                    continue
                finish(job, facts, ())
            now = time.monotonic()
            overdue = [
                f
                for f, (job, t0) in inflight.items()
                if now - t0 > timeout * max(1, len(job.listing.files)) + GRACE_SECONDS
            ]
            if overdue or broken:
                _kill_pool(pool)
                for fut, (job, _t0) in list(inflight.items()):
                    if fut in overdue:
                        limit = timeout * max(1, len(job.listing.files))
                        failed = [
                            failed_facts(f.path, f.rel, "delai_depasse", timeout_message(f.rel, limit))
                            for f in job.listing.files
                        ]
                        finish(job, failed, ())
                    else:
                        job.suspect = job.suspect or broken
                        pending.appendleft(job)
                inflight.clear()
                pool = _new_pool(workers)
    finally:
        if inflight:
            _kill_pool(pool)
        else:
            pool.shutdown(wait=True)


def _crashed(job: Job) -> list[FileFacts]:
    """The worker died on this dossier, run alone: with the memory limit, a reader that cannot allocate
    stops the process (C libraries abort rather than raise), so the dossier is too complex to analyse."""
    return [
        failed_facts(
            f.path,
            f.rel,
            "trop_complexe",
            too_complex_message(
                f.rel,
                "le processus d'analyse s'est arrêté brutalement sur ce dossier : mémoire "
                f"({worker_memory_limit() / 2**30:.1f} Gio au plus) ou structure hors limites",
            ),
        )
        for f in job.listing.files
    ]
