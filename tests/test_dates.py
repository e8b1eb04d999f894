"""French date grammar: property tests (hypothesis) and the phrasings met in circulars."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dates import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    find_dates,
    hours_cell,
    parse_hour,
    time_slots,
    times_after,
)

dates_st = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


def render(d: date, *, weekday: bool, year: bool, zero: bool, er: bool, capital: bool, wd: int | None = None) -> str:
    day = f"{d.day:02d}" if zero else str(d.day)
    if d.day == 1 and er:
        day += "er"
    parts = []
    if weekday:
        parts.append(WEEKDAY_NAMES[d.weekday() if wd is None else wd])
    parts += [day, MONTH_NAMES[d.month - 1]]
    if year:
        parts.append(str(d.year))
    text = " ".join(parts)
    return text[0].upper() + text[1:] if capital else text


def spans(text: str, year: int | None) -> list[tuple[date, date | None, time | None]]:
    return [(s.debut, s.fin, s.hour) for e in find_dates(text, year) for s in e.spans]


@settings(max_examples=300, deadline=None)
@given(dates_st, st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_single_date_round_trips(d, weekday, year, zero, er, capital):
    text = f"Les dossiers seront déposés le {render(d, weekday=weekday, year=year, zero=zero, er=er, capital=capital)}."
    found = find_dates(text, d.year)  # a date without year takes the default (session) year
    assert [(s.debut, s.fin) for e in found for s in e.spans] == [(d, None)]
    assert found[0].warnings == []


@settings(max_examples=200, deadline=None)
@given(dates_st, st.integers(min_value=1, max_value=6))
def test_wrong_weekday_keeps_date_and_warns(d, shift):
    wrong = (d.weekday() + shift) % 7
    text = "le " + render(d, weekday=True, year=True, zero=False, er=False, capital=False, wd=wrong)
    found = find_dates(text, None)
    assert [(s.debut, s.fin) for e in found for s in e.spans] == [(d, None)]
    assert len(found[0].warnings) == 1
    assert WEEKDAY_NAMES[d.weekday()] in found[0].warnings[0]


@settings(max_examples=300, deadline=None)
@given(dates_st, st.integers(min_value=1, max_value=40), st.booleans(), st.booleans(), st.booleans(),
       st.sampled_from(["du {a} au {b}", "Du {a} au {b}", "entre le {a} et le {b}", "{a} au {b}", "du {a} jusqu'au {b}"]))
def test_range_round_trips(d, length, weekday, zero, short_start, pattern):
    end = d + timedelta(days=length)
    same_month = (d.year, d.month) == (end.year, end.month)
    if short_start and same_month:  # "du 3 au 5 juin 2024": the first day borrows month and year
        a = (f"{WEEKDAY_NAMES[d.weekday()]} " if weekday else "") + (f"{d.day:02d}" if zero else str(d.day))
    else:
        a = render(d, weekday=weekday, year=d.year != end.year, zero=zero, er=False, capital=False)
    b = render(end, weekday=weekday, year=True, zero=zero, er=False, capital=False)
    text = "Les épreuves se dérouleront " + pattern.format(a=a, b=b) + "."
    assert spans(text, None) == [(d, end, None)]


@settings(max_examples=200, deadline=None)
@given(dates_st, st.integers(0, 23), st.integers(0, 59), st.integers(1, 5), st.booleans(),
       st.sampled_from(["{h}h{m:02d}", "{h}h", "{h:02d}h{m:02d}", "{h} h {m:02d}", "{h}:{m:02d}"]))
def test_hours_after_date(d, h, m, dur, pause, fmt):
    mm = 0 if fmt == "{h}h" else m
    start = time(h, mm)
    end_h = min(h + dur, 23)
    if end_h == h:
        return
    first = fmt.format(h=h, m=mm)
    second = fmt.format(h=end_h, m=mm)
    sep = " - " if pause else "-"
    text = f"{render(d, weekday=True, year=True, zero=False, er=True, capital=True)} {first}{sep}{second}"
    found = find_dates(text, None)
    slots, _ = times_after(text, found[0].end)
    assert [(s.debut, s.fin) for s in slots] == [(start, time(end_h, mm))]


# -------------------------------------------------------------------------------- phrasings of circulars

def _one(text: str, year: int | None = 2024):
    got = spans(text, year)
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(
    "text, debut, fin",
    [
        ("du lundi 27 mai au vendredi 07 juin 2024", date(2024, 5, 27), date(2024, 6, 7)),
        ("du 3 au 5 juin", date(2024, 6, 3), date(2024, 6, 5)),
        ("Du 27 mai au 29 mai 2024", date(2024, 5, 27), date(2024, 5, 29)),
        ("Les lundi 01, mardi 02 et mercredi 03 juin 2026", date(2026, 6, 1), date(2026, 6, 3)),
        ("Les lundi 1er, mardi 2 et mercredi 3 juin 2026", date(2026, 6, 1), date(2026, 6, 3)),
        ("Mardi 7 juin(13h) et au jeudi 9 juin 2022", date(2022, 6, 7), date(2022, 6, 9)),
        ("le jeudi 14 et vendredi 15 avril 2022", date(2022, 4, 14), date(2022, 4, 15)),
        ("le lundi 30 mai et le mardi 31 mai 2022", date(2022, 5, 30), date(2022, 5, 31)),
        ("entre le 3 juin et le 7 juin 2024", date(2024, 6, 3), date(2024, 6, 7)),
        ("03 juin au 05 juin 2024, pour les épreuves", date(2024, 6, 3), date(2024, 6, 5)),
        ("du 28 décembre au 3 janvier 2025", date(2024, 12, 28), date(2025, 1, 3)),
        ("le 01er juillet 2024 à 14h00", date(2024, 7, 1), None),
        ("avant le 17 avril 2024 (date butoir)", date(2024, 4, 17), None),
        ("au plus tard le vendredi 14 juin", date(2024, 6, 14), None),
        ("jusqu'au 12/05/2026 inclus", date(2026, 5, 12), None),
        ("pour le mardi 31 mai 2022 au plus tard", date(2022, 5, 31), None),
    ],
)
def test_phrasings(text, debut, fin):
    d, f, _ = _one(text)
    assert (d, f) == (debut, fin)


def test_list_with_gap_gives_one_date_per_day():
    assert [(d, f) for d, f, _ in spans("le 3 et le 10 juin 2024", None)] == [
        (date(2024, 6, 3), None), (date(2024, 6, 10), None)]


def test_range_start_hour_in_brackets():
    assert _one("Du mardi 7 juin (13h) au vendredi 10 juin 2022") == (date(2022, 6, 7), date(2022, 6, 10), time(13))


def test_a_cell_with_a_range_a_list_and_a_day():
    got = [(d, f) for d, f, _ in spans("Du 23 mai au 25 mai 23 et 24 mai: Espagnol 25 mai: Italien", 2022)]
    assert got == [(date(2022, 5, 23), date(2022, 5, 25)), (date(2022, 5, 23), date(2022, 5, 24)),
                   (date(2022, 5, 25), None)]


@pytest.mark.parametrize("text", ["annexes 2 – 3 – 4 – 5", "du 2nd groupe", "2 si plus de 10 élèves", "8/20 et 10/20",
                                  "13006 Marseille", "Session 2024", "vers la mi-octobre 2022", "courant avril"])
def test_not_dates(text):
    assert find_dates(text, 2024) == []


@pytest.mark.parametrize(
    "after, slots",
    [
        (" à 12h00 (date butoir)", [(time(12), None)]),
        (" 14h00-18h00", [(time(14), time(18))]),
        (" 14h -18h", [(time(14), time(18))]),
        (" de 10h30 à 12h30", [(time(10, 30), time(12, 30))]),
        (" De 14h à 18h", [(time(14), time(18))]),
        (" 9h30 - 12h00, 13h50 - 17h00", [(time(9, 30), time(12)), (time(13, 50), time(17))]),
        (" à partir de 9h au lycée", [(time(9), None)]),
        (", jusqu'à 12h00 (date butoir)", [(time(12), None)]),
        (" : 14h", [(time(14), None)]),
        (" – Visio (10h-12h)", [(time(10), time(12))]),
        (" Durée: 4h", []),
        (" après-midi", []),
    ],
)
def test_hours_after(after, slots):
    text = "le 3 juin 2024" + after
    found = find_dates(text, None)
    got, _ = times_after(text, found[0].end)
    assert [(s.debut, s.fin) for s in got] == slots


def test_time_slots_and_hours():
    assert [(s.debut, s.fin) for s in time_slots("08h30 - 12h30, 13h30 - 17h00")] == [
        (time(8, 30), time(12, 30)), (time(13, 30), time(17))]
    assert parse_hour("9h") == time(9) and parse_hour("14 h 30") == time(14, 30) and parse_hour("25h") is None


@given(st.lists(st.tuples(st.integers(6, 11), st.integers(0, 59), st.integers(1, 6)), min_size=1, max_size=3),
       st.booleans())
@settings(max_examples=80)
def test_hours_cell_puts_back_lost_dashes(slots, dashed):
    """Pairs of clock times side by side in an hours cell are ranges; a cell whose dashes are there is
    unchanged (a scan drops the dash of "9h30 – 12h30", never adds times)."""
    texts = []
    for h, m, dur in slots:
        a, b = f"{h}h{m:02d}", f"{h + dur}h{m:02d}"
        texts.append(f"{a} – {b}" if dashed else f"{a} {b}")
    cell = " ".join(texts)
    fixed = hours_cell(cell)
    if dashed:
        assert fixed == cell
    got = time_slots(fixed)
    assert [(s.debut.hour, s.fin.hour if s.fin else None) for s in got] == [(h, h + d) for h, _, d in slots]


def test_hours_cell_leaves_odd_or_worded_cells() -> None:
    assert hours_cell("10h 11h 12h") == "10h 11h 12h"
    assert hours_cell("à 9h") == "à 9h"
    assert hours_cell("9h30 12h30 (sujet spécifique)").startswith("9h30 - 12h30")
