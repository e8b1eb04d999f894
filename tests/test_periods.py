"""Internship periods: every phrasing, merge, weeks from working days (property tests on real renderings)."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.periods import merge_periods, parse_durations, parse_periods, weeks, working_days
from samples.dossiers.generate import phrase_period

dates = st.dates(min_value=date(2019, 1, 1), max_value=date(2030, 12, 31))
spans = st.tuples(dates, st.integers(min_value=0, max_value=200)).map(lambda t: (t[0], t[0] + timedelta(days=t[1])))


def test_each_phrasing():
    cases = {
        "du 6 janvier 2025 au 14 février 2025": (date(2025, 1, 6), date(2025, 2, 14)),
        "du 06/01/2025 au 14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
        "du lundi 3 mars au vendredi 4 avril 2025": (date(2025, 3, 3), date(2025, 4, 4)),
        "du 3 mars au 4 avril 2025": (date(2025, 3, 3), date(2025, 4, 4)),
        "du 3 au 28 mars 2025": (date(2025, 3, 3), date(2025, 3, 28)),
        "période : 06/01/2025 – 14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
        "du 15 décembre au 9 janvier 2026": (date(2025, 12, 15), date(2026, 1, 9)),
        "du 1er\nfévrier 2026 jusqu’au 3 mars 2026": (date(2026, 2, 1), date(2026, 3, 3)),
    }
    for text, (a, b) in cases.items():
        found = parse_periods(f"Le stagiaire a été accueilli {text}. Fait à Arles.")
        assert [(p[0], p[1]) for p in found] == [(a, b)], text


def test_several_periods_and_no_false_range():
    text = "Stage du 6 janvier 2025 au 14 février 2025 puis du 03/03/2025 au 28/03/2025. Année 2024-2025."
    assert [(a, b) for a, b, _ in parse_periods(text)] == [
        (date(2025, 1, 6), date(2025, 2, 14)), (date(2025, 3, 3), date(2025, 3, 28))]
    assert parse_periods("Tél. 04 91 00 00 00, le 14 février 2025, session 2024-2025") == []


def test_invalid_dates_are_dropped():
    assert parse_periods("du 31/02/2025 au 14/03/2025") == []
    assert parse_periods("du 14 mars 2025 au 3 mars 2025") == []


def test_stated_durations():
    got = [w for w, _ in parse_durations(
        "Durée : 6 semaines. soit 6 semaines. D'une durée de huit semaines. soit 30 jours ouvrés.")]
    assert got == [6.0, 6.0, 8.0, 6.0]


def test_overlap_and_duplicate_counted_once():
    a = (date(2025, 1, 6), date(2025, 2, 14))  # 6 weeks
    b = (date(2025, 1, 27), date(2025, 3, 7))  # 6 weeks, 3 shared
    assert weeks([a, a]) == 6.0
    assert weeks([a, b]) == 9.0


@settings(max_examples=150, deadline=None)
@given(spans, st.integers(min_value=0, max_value=5))
def test_rendered_phrasings_round_trip(span, style):
    a, b = span
    text = f"a effectué un stage dans notre entreprise {phrase_period(a, b, style)}."
    assert [(p[0], p[1]) for p in parse_periods(text)] == [(a, b)]


@settings(max_examples=150, deadline=None)
@given(st.lists(spans, max_size=6), st.randoms())
def test_merge_idempotent_and_order_independent(periods, rnd):
    merged = merge_periods(periods)
    assert merge_periods(merged) == merged
    shuffled = list(periods)
    rnd.shuffle(shuffled)
    assert merge_periods(shuffled) == merged
    assert merge_periods(periods + periods) == merged
    for (_, end), (start, _) in zip(merged, merged[1:], strict=False):
        assert start > end + timedelta(days=1)


@settings(max_examples=150, deadline=None)
@given(st.lists(spans, min_size=1, max_size=5))
def test_weeks_of_disjoint_periods_add_up(periods):
    merged = merge_periods(periods)
    assert working_days(merged) == sum(working_days([p]) for p in merged)
    assert weeks(merged) == round(sum(working_days([p]) for p in merged) / 5, 1)
    brute = {a + timedelta(days=i) for a, b in periods for i in range((b - a).days + 1)}
    assert working_days(merged) == sum(1 for d in brute if d.weekday() < 5)


def test_ocr_stray_punctuation_between_day_and_month() -> None:
    """Tesseract sometimes reads the space after a day as a dot or a comma ("25.juillet"), "1er" as "Îer"."""
    from datetime import date

    from extractors.periods import parse_periods

    found = parse_periods("a effectué un stage du lundi 19 mai au vendredi 25.juillet 2025.")
    assert [(a, b) for a, b, _ in found] == [(date(2025, 5, 19), date(2025, 7, 25))]
    assert [(a, b) for a, b, _ in parse_periods("du 3,mars au 4 avril 2025")] == [(date(2025, 3, 3), date(2025, 4, 4))]
    assert [(a, b) for a, b, _ in parse_periods("du 26 mai au Îer août 2025")] == [(date(2025, 5, 26), date(2025, 8, 1))]
    assert parse_periods("Il er a pas") == []
