from datetime import datetime

from pipeline.models import Evenement, Examen, SessionData, Source
from pipeline.schedules import deposit_windows


def _session(*events: Evenement) -> SessionData:
    return SessionData(source=Source(fichier="c.pdf", sha256="0" * 64, format="pdf"),
                       examen=Examen(sigle="SIO", session=2026), evenements=list(events))


def test_hourly_window_ends_after_deadline_per_epreuve() -> None:
    s = _session(
        Evenement(type="depot_dossier", debut="2026-04-22T12:00", epreuves=["E5", "E6"], libelle="dépôt"),
        Evenement(type="epreuve", debut="2026-05-21", fin="2026-05-22", epreuves=["E5"], libelle="oral"),
        Evenement(type="depot_dossier", debut="2026-05-13", epreuves=["EF2"], libelle="dépôt EF2"),
    )
    windows = {w.epreuve: w for w in deposit_windows(s, days_before=10, grace_hours=2)}
    assert set(windows) == {"E5", "E6", "EF2"}
    assert windows["E5"].fin == datetime(2026, 4, 22, 14, 0)
    assert windows["E5"].debut == datetime(2026, 4, 12, 12, 0)
    assert windows["EF2"].fin == datetime(2026, 5, 14, 1, 59)  # date only: end of that day + grace
    assert windows["E5"].rrule() == "DTSTART:20260412T120000\nRRULE:FREQ=HOURLY;UNTIL=20260422T140000"


def test_no_deadline_no_window() -> None:
    assert deposit_windows(_session(Evenement(type="jury", debut="2026-06-20", libelle="jury"))) == []
