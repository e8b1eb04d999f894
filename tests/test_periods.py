"""Internship periods: every phrasing, merge, weeks from working days (property tests on real renderings).

find_periods: one example per phrasing and per negative, then hypothesis properties: random periods
(2020–2030) rendered in each phrasing and each date style are recovered exactly; ends derived from weeks or
months follow the documented rule; negatives never yield a period."""

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from extractors.periods import (
    MAX_SPAN_DAYS,
    PeriodMatch,
    find_periods,
    merge_periods,
    parse_durations,
    parse_periods,
    weeks,
    working_days,
)
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


# ------------------------------------------------------------------------------------------ find_periods
# Renderings below are written independently of the extractor (own month names, own end rule).

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOTS = ["une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize"]
FILLER = ("Lieu du stage : Société Azur SARL, 12 rue de la Paix, 06000 Nice\nTuteur : M. Jean Dupont\n"
          "Tél. 04 93 00 00 00\nActivités : accueil, ventes, inventaire\n")

D_2020_2030 = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
# Valid periods: start and end between 2020 and 2030, end not before start, at most three years long.
PERIODS = st.tuples(D_2020_2030, st.integers(min_value=0, max_value=MAX_SPAN_DAYS)).map(
    lambda t: (t[0], t[0] + timedelta(days=t[1]))).filter(lambda p: p[1] <= date(2030, 12, 31))


def textual(d: date, *, weekday: bool = False, year: bool = True, abbrev: bool = False) -> str:
    day = "1er" if d.day == 1 else str(d.day)
    out = f"{day} {(MOIS_ABR if abbrev else MOIS)[d.month - 1]}" + (f" {d.year}" if year else "")
    return f"{JOURS[d.weekday()]} {out}" if weekday else out


# A pair of renderers (start, end) with both years written: numeric dd/mm/yyyy, dd.mm.yy, textual with or
# without weekday, abbreviated months.
RENDERERS = {
    "dd/mm/yyyy": (lambda d: f"{d:%d/%m/%Y}",) * 2,
    "dd.mm.yy": (lambda d: f"{d:%d.%m.%y}",) * 2,
    "dd-mm-yyyy": (lambda d: f"{d:%d-%m-%Y}",) * 2,
    "textuel": (textual,) * 2,
    "textuel+jour": (lambda d: textual(d, weekday=True),) * 2,
    "textuel abrégé": (lambda d: textual(d, abbrev=True),) * 2,
}
render_styles = st.sampled_from(sorted(RENDERERS))

# Each phrasing with both dates written in full: text with {a} and {b}.
PHRASINGS = {
    "du … au …": "Le stagiaire a été accueilli du {a} au {b} inclus.",
    "Du | … | Au | …": "Période\nDu | {a} | Au | {b}\nSignature",
    "Du\\n…\\nAu\\n…": "Stage en entreprise\nDu\n{a}\nAu\n{b}\nCachet de l'entreprise",
    "Dates du stage : du … au …": "Dates du stage : du {a} au {b}",
    "Période de stage : … – …": "Période de stage : {a} – {b}",
    "Période de stage : … au …": "Période de stage : {a} au {b}",
    "Date de début : … Date de fin : …": "Date de début : {a}\n" + FILLER + "Date de fin : {b}\nFait à Nice",
    "Date de début du stage | …": "Date de début du stage | {a}\nDate de fin du stage | {b}",
    "Début du stage le … Fin du stage le …": "Début du stage le {a}.\n" + FILLER + "Fin du stage le {b}.",
    "Date d'entrée / Date de sortie": "Date d’entrée : {a}\nEmploi : vendeuse\nDate de sortie : {b}",
    "en-tête Date de début Date de fin": "Date de début Date de fin\n{a} {b}",
    "en-tête avec autres cellules": "Date de début | Date de fin | Durée | Visa\n{a} | {b} | 6 semaines | OK",
    "en-tête Du Au": "Du Au\n{a}\n{b}",
    "en-tête entrée sortie": "Date d'entrée / Date de sortie\n{a} {b}",
    "à compter du … jusqu'au …": "à compter du {a} jusqu'au {b}",
    "à compter du … et jusqu'au …": "à compter du {a} et jusqu’au {b}",
    "à partir du … jusqu'au …": "à partir du {a} jusqu'au {b}",
    "entre le … et le …": "entre le {a} et le {b}",
    "employé(e) du … au …": "Nous certifions que Mme X a été employé(e) du {a} au {b}.",
    "employée en qualité de … du … au …":
        "Mme X a été employée en qualité de vendeuse polyvalente du {a} au {b}.",
    "depuis le … et jusqu'au terme de son contrat le …":
        "M. Y a travaillé depuis le {a} et jusqu'au terme de son contrat le {b}.",
    "depuis le … jusqu'au …": "M. Y a travaillé dans notre société depuis le {a} jusqu'au {b}.",
}


def spans_of(found: list[PeriodMatch]) -> list[tuple[date, date]]:
    return [(p.debut, p.fin) for p in found]


EXAMPLES = {
    # labelled fields
    "Date de début : 06/01/2025\nLieu : Nice\nTuteur : M. Dupont\nDate de fin : 14/02/2025":
        (date(2025, 1, 6), date(2025, 2, 14)),
    "Dates du stage : du 6 janvier 2025 au 14 février 2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "Période de stage : 06/01/2025 - 14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "Début du stage le 6 janvier 2025. Fin du stage le 14 février 2025.": (date(2025, 1, 6), date(2025, 2, 14)),
    "Date d'entrée : 02/09/2024\nDate de sortie : 31/08/2025": (date(2024, 9, 2), date(2025, 8, 31)),
    "Date d'entrée en formation : 02/09/2024 Date de sortie : 31/08/2025": (date(2024, 9, 2), date(2025, 8, 31)),
    "Début : 06/01/2025 Fin : 14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "Date début : 06/01/2025 ; Date fin : 14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "Date de début (jj/mm/aaaa) : 06/01/2025 Date de fin (jj/mm/aaaa) : 14/02/2025":
        (date(2025, 1, 6), date(2025, 2, 14)),
    "Début du stage le 15 décembre. Fin du stage le 9 janvier 2026.": (date(2025, 12, 15), date(2026, 1, 9)),
    # tables
    "Du\n06/01/2025\nAu\n14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "Du | 6 janvier 2025 | Au | 14 février 2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "Date de début Date de fin\n06/01/2025 14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "Date d’entrée / Date de sortie\n02/09/2024 31/08/2025": (date(2024, 9, 2), date(2025, 8, 31)),
    "Du Au\n06/01/2025 14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
    # prose
    "à compter du 6 janvier 2025 et jusqu'au 14 février 2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "à partir du 6 janvier 2025 jusqu’au 14 février 2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "entre le 6 janvier 2025 et le 14 février 2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "du 06/01/2025-14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "du lundi 6 janvier 2025 à 9h au vendredi 14 février 2025 à 17h": (date(2025, 1, 6), date(2025, 2, 14)),
    # year once, two-digit years, 1er, weekdays, abbreviations
    "du 15 décembre au 9 janvier 2026": (date(2025, 12, 15), date(2026, 1, 9)),
    "du 15/12 au 09/01/2026": (date(2025, 12, 15), date(2026, 1, 9)),
    "du 15.12 au 09.01.26": (date(2025, 12, 15), date(2026, 1, 9)),
    "du 15 décembre 2025 au 9 janvier": (date(2025, 12, 15), date(2026, 1, 9)),
    "du 29/02 au 10/01/2025": (date(2024, 2, 29), date(2025, 1, 10)),
    "du 06.01.25 au 14.02.25": (date(2025, 1, 6), date(2025, 2, 14)),
    "du 1er janv. 2025 au 14 févr. 2025": (date(2025, 1, 1), date(2025, 2, 14)),
    "du mercredi 1er janvier au vendredi 14 février 2025": (date(2025, 1, 1), date(2025, 2, 14)),
    "du lundi 06/01 au vendredi 14/02/2025": (date(2025, 1, 6), date(2025, 2, 14)),
    "du 3 au 28 mars 2025": (date(2025, 3, 3), date(2025, 3, 28)),
    "du 1ᵉʳ mars au 4 avril 2025": (date(2025, 3, 1), date(2025, 4, 4)),
    # certificats de travail
    "a été employé(e) du 2 septembre 2024 au 31 août 2025": (date(2024, 9, 2), date(2025, 8, 31)),
    "a été employée en qualité de vendeuse du 02/09/2024 au 31/08/2025": (date(2024, 9, 2), date(2025, 8, 31)),
    "depuis le 2 septembre 2024 et jusqu'au terme de son contrat le 31 août 2025":
        (date(2024, 9, 2), date(2025, 8, 31)),
    "depuis le 2 septembre 2024 jusqu'au 31 août 2025": (date(2024, 9, 2), date(2025, 8, 31)),
}


@pytest.mark.parametrize("text", list(EXAMPLES))
def test_find_periods_each_phrasing(text: str) -> None:
    found = find_periods(f"ATTESTATION DE STAGE\n{text}\nFait pour servir et valoir ce que de droit.")
    assert spans_of(found) == [EXAMPLES[text]]
    assert found[0].derivation is None
    assert found[0].extrait  # the text it was read from


def test_excerpt_of_labelled_fields_joins_the_two_fields() -> None:
    (p,) = find_periods("Date de début : 06/01/2025\nLieu : Nice\nDate de fin : 14/02/2025")
    assert p.extrait == "Date de début : 06/01/2025 … Date de fin : 14/02/2025"


def test_header_row_then_several_value_rows() -> None:
    text = ("Date de début Date de fin Durée\n06/01/2025 14/02/2025 6 semaines\n03/03/2025 28/03/2025 4 semaines\n"
            "Fait à Nice, le 28/03/2025")
    assert spans_of(find_periods(text)) == [
        (date(2025, 1, 6), date(2025, 2, 14)), (date(2025, 3, 3), date(2025, 3, 28))]


DERIVED = {
    "pour une durée de six semaines à compter du 6 janvier 2025": (date(2025, 1, 6), date(2025, 2, 14), "6 semaines"),
    "pour une période de six semaines à partir du lundi 6 janvier 2025":
        (date(2025, 1, 6), date(2025, 2, 14), "6 semaines"),
    "pour une durée de 6 semaines à compter du mardi 07/01/2025": (date(2025, 1, 7), date(2025, 2, 17), "6 semaines"),
    "à compter du 6 janvier 2025 pour une durée de six (6) semaines": (date(2025, 1, 6), date(2025, 2, 14), "6 semaines"),
    "pour une durée d'une semaine à compter du 6 janvier 2025": (date(2025, 1, 6), date(2025, 1, 10), "1 semaine"),
    "pour une durée de deux mois à compter du 6 janvier 2025": (date(2025, 1, 6), date(2025, 3, 5), "2 mois"),
    "d'une durée d’un mois à compter du 31 janvier 2025": (date(2025, 1, 31), date(2025, 2, 28), "1 mois"),
}


@pytest.mark.parametrize("text", list(DERIVED))
def test_end_derived_from_stated_weeks_or_months(text: str) -> None:
    debut, fin, said = DERIVED[text]
    (p,) = find_periods(f"Nous accueillons M. X {text}. Fait à Nice.")
    assert (p.debut, p.fin) == (debut, fin)
    assert p.derivation is not None and p.derivation.startswith("fin déduite de « ")
    assert f"» : {said}" in p.derivation
    assert p.extrait in p.derivation


def test_written_end_wins_over_derived_one() -> None:
    text = "pour une durée de six semaines à compter du 6 janvier 2025 jusqu'au 21 février 2025"
    found = find_periods(text)
    assert spans_of(found) == [(date(2025, 1, 6), date(2025, 2, 21))]
    assert found[0].derivation is None
    text = "pour une durée de six semaines à compter du 6 janvier 2025.\nDu | 06/01/2025 | Au | 21/02/2025"
    assert [(p.debut, p.fin, p.derivation) for p in find_periods(text)] == [
        (date(2025, 1, 6), date(2025, 2, 21), None)]


NEGATIVES = [
    "Mme X, née le 12/03/2004 à Nice",
    "Fait à Nice, le 14/02/2025",
    "Fait à Nice le 14 février 2025 à 10 h",
    "Horaires : de 9h à 17h, de 9 h à 12 h, du lundi au vendredi",
    "du lundi au vendredi de 8h30 à 17h30",
    "du …/…/20… au …/…/20…",
    "du ..../..../20.... au ..../..../20....",
    "du __/__/20__ au __/__/20__",
    "du 06/01/20__ au 14/02/20__",
    "du 06/01/20… au 14/02/20…",
    "Date de début : ____ Date de fin : ____\nFait à Nice, le 14/02/2025",
    "Date de début : ……… Date de fin : ………",
    "Tél. 06.12.34.56.78 – Fax 07.01.35.44.22 – Tél : 04 91 00 00 00",
    "SIRET 123 456 789 00012 – Commande n° 2025/01/06-2025/02/14",
    "Délivré le 14/02/2025.\n" + FILLER + "Mme X, née le 12/03/2004 à Nice.",
    "Date d'édition : 14/02/2025\n" + FILLER + "Date de naissance : 12/03/2004",
    "Le stage a commencé le 06/01/2025. " + FILLER + "Fait à Nice, le 14/02/2025",
    "Il a travaillé chez nous depuis le 2 septembre 2024.",
    "depuis le 2 septembre 2024 et jusqu'à ce jour",
    "du 06/01/2020 au 14/02/2025",  # longer than three years
    "du 14/02/2025 au 06/01/2025",  # end before start
    "du 31/02/2025 au 14/03/2025",  # no such day
    "du 30 au 28 mars 2025",
    "Date de début : 06/01/2025\n" + FILLER * 8 + "Date de fin : 14/02/2025",  # fields too far apart
    "Date de fin de validité : 31/12/2027 Date de début : 06/01/2025",
    "session 2024-2025, notes 12/20 - 15/20",
    "pour une durée de 30 jours à compter du 6 janvier 2025",  # days: no derived end
    "pour une durée de six semaines à compter du 6 janvier",  # no year: no derived end
    "Il er a pas",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives_give_no_period(text: str) -> None:
    assert find_periods(text) == []
    assert parse_periods(text) == []


def test_same_period_in_prose_and_table_returned_once() -> None:
    text = ("Le stagiaire a été accueilli du 6 janvier 2025 au 14 février 2025.\n"
            "Date de début | Date de fin\n06/01/2025 | 14/02/2025\n"
            "Date de début : 06/01/2025 Date de fin : 14/02/2025")
    assert spans_of(find_periods(text)) == [(date(2025, 1, 6), date(2025, 2, 14))]


def test_parse_periods_is_find_periods_as_tuples() -> None:
    text = "du 6 janvier 2025 au 14 février 2025 ; pour une durée de deux semaines à compter du 3 mars 2025"
    found = find_periods(text)
    assert len(found) == 2 and found[1].derivation is not None
    assert parse_periods(text) == [(p.debut, p.fin, p.extrait) for p in found]


def test_stated_durations_in_more_phrasings() -> None:
    got = parse_durations("représentant une durée totale de 6 semaines. Durée : 2 mois. "
                          "pour une période de six semaines à partir du 3 mars 2025. Durée du stage : 6semaines")
    assert [w for w, _ in got] == [6.0, round(2 * 52 / 12, 1), 6.0, 6.0]
    assert got[1][1] == "Durée : 2 mois"


def test_adversarial_inputs_are_read() -> None:
    """100 KB of the pieces patterns are made of: each must be read (the suite's run time shows it is fast)."""
    pieces = ["du ", "du 1 ", "du | ", "du 12/12 au ", "06.01.", "lundi ", "date de debut : 06/01/2025 ",
              "Date de début Date de fin ", "du 6 janvier 2025 au ", "pour une durée de six semaines à compter du ",
              "1er ", "jusqu'au terme de son contrat ", "06/01/2025 14/02/2025 ", "1-", "2025-", "\n|\n", "é"]
    for piece in pieces:
        text = (piece * (100_000 // len(piece) + 1))[:100_000]
        assert find_periods(text) == []
        parse_durations(text)
    page = "Date de début : 06/01/2025 Date de fin : 14/02/2025 " * 2000
    assert spans_of(find_periods(page)) == [(date(2025, 1, 6), date(2025, 2, 14))]


# ------------------------------------------------------------------------------------------ properties


@settings(max_examples=60, deadline=None)
@given(PERIODS, st.sampled_from(sorted(PHRASINGS)), render_styles)
def test_every_phrasing_round_trips(period, phrasing, style):
    a, b = period
    ra, rb = RENDERERS[style]
    text = PHRASINGS[phrasing].format(a=ra(a), b=rb(b))
    assert spans_of(find_periods(f"ATTESTATION\n{text}\nFait pour valoir ce que de droit.")) == [(a, b)], text


@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
@settings(max_examples=25, deadline=None)
@given(period=PERIODS, style=render_styles)
def test_each_phrasing_round_trips(phrasing, period, style):
    a, b = period
    ra, rb = RENDERERS[style]
    assert spans_of(find_periods(PHRASINGS[phrasing].format(a=ra(a), b=rb(b)))) == [(a, b)]


def _year_once(a: date, b: date) -> bool:
    """The year written once is enough: a is in b's year, or in the year before and later in the calendar."""
    return a.year == b.year or (a.year == b.year - 1 and (a.month, a.day) > (b.month, b.day))


@settings(max_examples=150, deadline=None)
@given(PERIODS, st.sampled_from(["textual", "weekday", "numeric", "dots", "label", "cells"]))
@example((date(2025, 12, 15), date(2026, 1, 9)), "textual")
@example((date(2024, 2, 29), date(2025, 1, 10)), "numeric")
def test_year_written_once_round_trips(period, style):
    a, b = period
    assume(_year_once(a, b))
    text = {
        "textual": f"du {textual(a, year=False)} au {textual(b)}",
        "weekday": f"du {textual(a, weekday=True, year=False)} au {textual(b, weekday=True)}",
        "numeric": f"du {a:%d/%m} au {b:%d/%m/%Y}",
        "dots": f"du {a:%d.%m} au {b:%d.%m.%y}",
        "label": f"Début du stage le {textual(a, year=False)}\n{FILLER}Fin du stage le {textual(b)}",
        "cells": f"Du\n{a:%d/%m}\nAu\n{b:%d/%m/%Y}",
    }[style]
    assert spans_of(find_periods(text)) == [(a, b)], text


@settings(max_examples=100, deadline=None)
@given(PERIODS)
def test_bare_start_day_round_trips(period):
    a, b = period
    assume((a.year, a.month) == (b.year, b.month))
    text = f"du {'1er' if a.day == 1 else a.day} au {textual(b, weekday=True)}"
    assert spans_of(find_periods(text)) == [(a, b)]


def expected_end(start: date, count: int, unit: str) -> date:
    """The documented rule, computed independently: N weeks from a Monday end on the Friday of week N, from
    another day on the day before the same weekday N weeks later; N months end the day before the same day of
    the month (the last day of the month when that day does not exist)."""
    if unit == "semaines":
        end = start + timedelta(weeks=count) - timedelta(days=1)
        return end - timedelta(days=2) if start.weekday() == 0 else end
    y, m = divmod(start.month - 1 + count, 12)
    y, m = start.year + y, m + 1
    last = calendar.monthrange(y, m)[1]
    return date(y, m, start.day) - timedelta(days=1) if start.day <= last else date(y, m, last)


STARTS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
MONDAYS = STARTS.map(lambda d: d - timedelta(days=d.weekday()))


@settings(max_examples=150, deadline=None)
@given(st.one_of(MONDAYS, STARTS), st.integers(min_value=1, max_value=16), st.booleans(), render_styles,
       st.sampled_from([
           "pour une durée de {n} semaines à compter du {a}",
           "pour une période de {n} semaines à partir du {a}",
           "d'une durée totale de {n} semaines à compter du {a}",
           "à compter du {a} pour une durée de {n} semaines",
       ]))
def test_weeks_give_the_documented_end(start, n, in_words, style, template):
    count = MOTS[n - 1] if in_words else str(n)
    text = template.format(n=count, a=RENDERERS[style][0](start))
    (p,) = find_periods(f"Nous accueillerons M. X {text}.")
    assert (p.debut, p.fin) == (start, expected_end(start, n, "semaines")), text
    if start.weekday() == 0:
        assert p.fin.weekday() == 4 and (p.fin - p.debut).days == 7 * n - 3
    else:
        assert (p.fin - p.debut).days == 7 * n - 1
    assert p.derivation is not None and f"{n} semaine" in p.derivation


@settings(max_examples=100, deadline=None)
@given(STARTS, st.integers(min_value=1, max_value=12), render_styles)
@example(date(2025, 1, 31), 1, "textuel")
@example(date(2024, 3, 31), 11, "dd/mm/yyyy")
def test_months_give_the_documented_end(start, n, style):
    word = "un" if n == 1 else MOTS[n - 1]
    text = f"pour une durée de {word} mois à compter du {RENDERERS[style][0](start)}"
    (p,) = find_periods(text)
    assert (p.debut, p.fin) == (start, expected_end(start, n, "mois")), text
    assert p.derivation is not None and f"{n} mois" in p.derivation


@settings(max_examples=100, deadline=None)
@given(PERIODS, render_styles, st.sampled_from(sorted(PHRASINGS)))
def test_prose_and_table_of_one_period_read_once(period, style, phrasing):
    a, b = period
    ra, rb = RENDERERS[style]
    text = (f"L'élève a effectué son stage du {textual(a)} au {textual(b)}.\n"
            + PHRASINGS[phrasing].format(a=ra(a), b=rb(b)))
    assert spans_of(find_periods(text)) == [(a, b)]


NEGATIVE_TEMPLATES = [
    "Mme X, née le {a} à Nice.",
    "Fait à Nice, le {a}",
    "Délivré le {a}.\n" + FILLER + "Né(e) le {b}",
    "Date d'édition : {a}\n" + FILLER + "Date de naissance : {b}",
    "Il a travaillé chez nous depuis le {a}.",
    "Le stage a commencé le {a}.\n" + FILLER + "Fait à Nice, le {b}",
    "Date de début : ____ Date de fin : ____\nFait le {a}",
    "du {late} au {early}",
    "Date de début : {late}\nDate de fin : {early}",
    "Horaires de {h1}h à {h2}h du lundi au vendredi, le {a}",
    "Tél. {phone} – SIRET {siret}",
    "du …/…/20… au …/…/20…, le {a}",
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(NEGATIVE_TEMPLATES), D_2020_2030, D_2020_2030, st.integers(min_value=1, max_value=1000),
       render_styles, st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=23),
       st.lists(st.integers(min_value=0, max_value=99), min_size=5, max_size=5),
       st.integers(min_value=10**13, max_value=10**14 - 1))
def test_negatives_never_yield_a_period(template, a, b, gap, style, h1, h2, phone, siret):
    render = RENDERERS[style][0]
    late = a + timedelta(days=gap)
    text = template.format(
        a=render(a), b=render(b), late=render(late), early=render(a), h1=h1, h2=h2,
        phone=".".join(f"{x:02d}" for x in phone), siret=f"{siret // 10**5:09d} {siret % 10**5:05d}")
    assert find_periods(text) == [], text


@settings(max_examples=100, deadline=None)
@given(D_2020_2030, st.integers(min_value=MAX_SPAN_DAYS + 1, max_value=3000), render_styles)
def test_ranges_longer_than_three_years_are_not_periods(a, length, style):
    ra, rb = RENDERERS[style]
    assert find_periods(f"du {ra(a)} au {rb(a + timedelta(days=length))}") == []
