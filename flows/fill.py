"""Prefect flow `fill_annexes` and the dates it runs on, derived from the session calendar.

- fiche de contrôle de conformité (VI-2 / 6-2): the day before each contrôle de conformité;
- grille (VI-3 / 6-3) and fiche d'appréciation (VI-4 / 6-4): the day before each interrogation period
  (events of type "epreuve") of an épreuve with a dossier.
Nothing here knows a date or an annexe number: the session data and the rules do. The flow only wraps
cli.fill.run_fill (rendering) with retries on the LibreOffice step.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

# isort: off
import flows._env  # noqa: F401  (Prefect settings before importing prefect)
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
# isort: on

from pipeline.models import SessionData
from pipeline.rules import load_rules

TZ = "Europe/Paris"
RUN_AT = time(7, 0)  # early morning of the day before: the forms are ready when the office opens


class FillRun(NamedTuple):
    kind: str  # controle | grille | fiche (annexe number: rules.annexe(year).numeros[kind])
    run_at: datetime  # aware, Europe/Paris
    epreuve: str  # code in force for the session


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])


def schedules_from_session(session: SessionData, *, at: time = RUN_AT, tz: str = TZ) -> list[FillRun]:
    """(form kind, run datetime, épreuve) for every fill the calendar calls for, sorted by date.

    A contrôle de conformité event that names no épreuve applies to the dossier épreuves that have no
    contrôle event of their own (circulars often write « le contrôle de conformité aura lieu le … »)."""
    rules = load_rules(session.examen.sigle or "") if session.examen.sigle else None
    if rules is None:
        return []
    year = session.examen.session
    dossier = {r.code for r in rules.epreuves_dossier if r.applies(year)}
    zone = ZoneInfo(tz)

    def codes(names: list[str]) -> set[str]:
        """Dossier épreuves named by an event (a code already in force is kept, an old one translated)."""
        found = {rule.code for c in names if (rule := rules.epreuve_dossier(c.upper(), year))}
        return found & dossier

    def moment(day: date) -> datetime:
        return datetime.combine(day - timedelta(days=1), at, tzinfo=zone)

    controles = [e for e in session.evenements if e.type == "controle_conformite"]
    named = set().union(*(codes(e.epreuves) for e in controles)) if controles else set()
    runs: set[FillRun] = set()
    for ev in controles:
        targets = codes(ev.epreuves) if ev.epreuves else dossier - named
        runs.update(FillRun("controle", moment(_day(ev.debut)), code) for code in targets)
    for ev in session.evenements:
        if ev.type != "epreuve":
            continue
        for code in codes(ev.epreuves):
            runs.update(FillRun(kind, moment(_day(ev.debut)), code) for kind in ("grille", "fiche"))
    order = {"controle": 0, "grille": 1, "fiche": 2}
    return sorted(runs, key=lambda r: (r.run_at, r.epreuve, order[r.kind]))


@task(name="render-docx", persist_result=False, cache_policy=NO_CACHE)
def render_task(session: dict[str, Any], out: str, **kwargs: Any) -> Any:
    from generators.fill import run_fill

    return run_fill(SessionData.model_validate(session), Path(out), pdf=False, **kwargs)


@task(name="docx-to-pdf", retries=1, retry_delay_seconds=5, persist_result=False, cache_policy=NO_CACHE)
def pdf_task(report: Any, out: str, commission: str | None, batch_size: int) -> Any:
    from generators.annexes import publish_pdfs

    return publish_pdfs(report, Path(out), commission=commission, batch_size=batch_size)


def _stored_controle(session: SessionData, depot: str, epreuve: str) -> Any:
    """The verdicts `bts check` / check_dossiers stored for this deposit folder, if any."""
    from pipeline.models import Controle, Resultat, SessionRef

    try:
        from pipeline.check import lot_id
    except ImportError:  # pragma: no cover - check not installed
        def lot_id(depot: Path, epreuve: str) -> str:
            return f"{Path(depot).resolve()}:{epreuve}"
    from pipeline.storage import Store

    lot = lot_id(Path(depot), epreuve)
    rows = Store().resultats(lot)
    if not rows:
        return None
    return Controle(session=SessionRef(sigle=session.examen.sigle, session=session.examen.session,
                                       sha256=session.source.sha256),
                    resultats=[Resultat.model_validate(r) for r in rows], lot=lot)  # forms follow decisions


@flow(name="fill_annexes", validate_parameters=False, persist_result=False)
def fill_annexes(session: dict[str, Any], out: str, epreuve: str | None = None,
                 formulaires: str | None = None, depot: str | None = None, controle: str | None = None,
                 candidats: str | None = None, evaluations: str | None = None, commission: str | None = None,
                 date: str | None = None, membres: str | None = None, pdf: bool = True,
                 batch_size: int = 200) -> dict[str, Any]:
    """Fill the annexes of one épreuve: DOCX then PDF (batched LibreOffice) and one PDF per commission.

    Candidates come from `controle` (RESULTS.json), else from the results stored for `depot`, completed
    by `candidats` (default: DEPOT/candidats.csv)."""
    from flows.guard import check_paths

    check_paths("fill_annexes", out=out, depot=depot, controle=controle, candidats=candidats,
                evaluations=evaluations)
    data = SessionData.model_validate(session)
    if candidats is None and depot and (Path(depot) / "candidats.csv").exists():
        candidats = str(Path(depot) / "candidats.csv")
    verdicts: Any = controle
    if verdicts is None and depot and epreuve:
        verdicts = _stored_controle(data, depot, epreuve)
    report: Any = render_task(session, out, controle=verdicts, candidats=candidats, evaluations=evaluations,
                         commission=commission, date=date, membres=membres, formulaires=formulaires,
                         epreuve=epreuve)
    if pdf and report.produced:
        report = pdf_task(report, out, commission, batch_size)
    return {
        "formulaires": len(report.produced),
        "docx": [str(p.docx) for p in report.produced],
        "pdf": [str(p.pdf) for p in report.produced if p.pdf],
        "commissions": {k: str(v) for k, v in report.merged.items()},
        "ignores": report.skipped,
    }


def fill_deployments(session: SessionData, *, out: Path, depots: dict[str, Path] | None = None,
                     controles: dict[str, Path] | None = None, tz: str = TZ, at: time = RUN_AT,
                     **parameters: Any) -> list[Any]:
    """One Prefect deployment per (date, épreuve, forms) of schedules_from_session, each scheduled once
    (RRULE COUNT=1) with its parameters. `depots`/`controles`: épreuve code → DEPOT folder / RESULTS.json.
    Extra keyword arguments (commission, membres, evaluations…) are passed to every run."""
    from prefect.schedules import Schedule

    rules = load_rules(session.examen.sigle or "")
    annexe = rules.annexe(session.examen.session) if rules else None
    grouped: dict[tuple[datetime, str], list[str]] = {}
    for run in schedules_from_session(session, at=at, tz=tz):
        grouped.setdefault((run.run_at, run.epreuve), []).append(run.kind)
    label = f"{session.examen.sigle or 'BTS'}-{session.examen.session or 'x'}"
    deployments = []
    for (run_at, code), kinds in grouped.items():
        numeros = "+".join(annexe.numeros[k] if annexe else k for k in kinds)
        params: dict[str, Any] = {
            "session": session.model_dump(mode="json"),
            "out": str(Path(out) / label / code),
            "epreuve": code,
            "formulaires": ",".join(kinds),
            **parameters,
        }
        if depots and code in depots:
            params["depot"] = str(depots[code])
        if controles and code in controles:
            params["controle"] = str(controles[code])
        start = run_at.strftime("%Y%m%dT%H%M%S")
        deployments.append(fill_annexes.to_deployment(
            name=f"annexes-{label}-{code}-{numeros}-{run_at.date().isoformat()}",
            schedules=[Schedule(rrule=f"DTSTART:{start}\nRRULE:FREQ=DAILY;COUNT=1", timezone=tz)],
            parameters=params,
            description=f"Annexes {numeros} de l'épreuve {code}, préparées la veille ({run_at:%d/%m/%Y %H:%M}).",
            tags=["annexes", label, code],
        ))
    return deployments
