"""Schedules derived from the calendar a circular gives (pure functions; flows/serve.py turns them into
Prefect deployments). Nothing here knows a date: the session data does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from pipeline.models import SessionData


@dataclass(frozen=True)
class Window:
    epreuve: str
    debut: datetime  # local time, Europe/Paris
    fin: datetime

    def rrule(self, freq: str = "HOURLY") -> str:
        start = self.debut.strftime("%Y%m%dT%H%M%S")
        until = self.fin.strftime("%Y%m%dT%H%M%S")
        return f"DTSTART:{start}\nRRULE:FREQ={freq};UNTIL={until}"


def _moment(value: str, end_of_day: bool) -> datetime:
    if len(value) > 10:
        return datetime.fromisoformat(value)
    d = datetime.fromisoformat(value[:10])
    return d.replace(hour=23, minute=59) if end_of_day else d


def deposit_windows(session: SessionData, days_before: int = 30, grace_hours: int = 2) -> list[Window]:
    """One window per épreuve with a dossier deadline: hourly checks from `days_before` days before the
    deadline until `grace_hours` after it (late uploads must still be seen, to be declared late)."""
    out: dict[str, Window] = {}
    for ev in session.evenements:
        if ev.type != "depot_dossier":
            continue
        deadline = _moment(ev.debut, end_of_day=True)
        for code in ev.epreuves:
            w = Window(code, deadline - timedelta(days=days_before), deadline + timedelta(hours=grace_hours))
            if code not in out or w.fin > out[code].fin:
                out[code] = w
    return sorted(out.values(), key=lambda w: (w.debut, w.epreuve))
