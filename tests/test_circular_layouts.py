"""Layouts met in the blind batches E–H (samples/circulaires/independantes_e…_h), each reduced to the
smallest document that shows it, built by hand here (not copied from a corpus): what the extractor must
read from it. The corpora themselves are scored in test_circulars_independent.py.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.codes import codes_in
from extractors.dates import find_dates
from extractors.document import Block, Document, Page
from extractors.examen import examen_facts
from extractors.readers import read_document
from pipeline.extract import extract_session

ROOT = Path(__file__).resolve().parents[1] / "samples" / "circulaires"


def _session(*blocks: Block, head: str = "Académie de Dijon\nBTS Tourisme – session 2026") -> dict:
    pages = [Page(1, [Block("text", line) for line in head.split("\n")] + list(blocks))]
    doc = Document(fichier="x.docx", format="docx", sha256="0" * 64, pages=pages)
    return extract_session(doc).model_dump(mode="json")


def _events(data: dict, etype: str = "epreuve") -> list[tuple[str, str | None, list[str]]]:
    return [(e["debut"], e["fin"], e["epreuves"]) for e in data["evenements"] if e["type"] == etype]


# ----------------------------------------------------------------------------------------------- dates

@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_short_year_and_dashed_dates(d: date) -> None:
    """« lun. 10/05/27 » (dd/mm/yy) and « 17-04-2026 » are days; the year of two figures is this century's."""
    for text in (d.strftime("%d/%m/%y"), d.strftime("%d-%m-%Y"), d.strftime("%d.%m.%y")):
        found = find_dates(f"le {text} à 12h", 2026)
        assert [(e.kind, e.days[0][0]) for e in found] == [("single", d)], text


@pytest.mark.parametrize("text", ["version 1.2.27", "tél. 05.55.12.34.56", "01.02.03.04", "E6-1-2", "12-05-27"])
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text, 2027) == []


def test_slashed_codes() -> None:
    assert codes_in("dossiers E4/E6 des candidats") == ["E4", "E6"]
    assert codes_in("E41/E42 et U4/U5") == ["E41", "E42", "U4", "U5"]
    assert codes_in("le 12/05/2026") == []


@pytest.mark.parametrize(("text", "codes"), [("E6 – 2 – Projet technique", ["E62"]), ("(E6 – 2) :", ["E62"]),
                                              ("E1 – 4 h", ["E1"]), ("E2 – 3 candidats", ["E2"]),
                                              ("E6 – 2e partie", ["E6"])])
def test_dashed_sub_epreuve_numbers(text: str, codes: list[str]) -> None:
    assert codes_in(text) == codes


# ------------------------------------------------------------------------------------------- calendars

def test_days_as_columns() -> None:
    """A calendar whose columns are days: each cell's épreuve on its column's day, at the cell's hours."""
    table = Block("table", rows=[
        ["", "lun. 11/05/26", "mar. 12/05/26"],
        ["Matin", "—", "E4 Étude de cas 8h-12h"],
        ["Après-midi", "E1 Culture générale 14h-18h", "—"],
    ])
    data = _session(table)
    assert ("2026-05-11T14:00", "2026-05-11T18:00", ["E1"]) in _events(data)
    assert ("2026-05-12T08:00", "2026-05-12T12:00", ["E4"]) in _events(data)


def test_territories_as_rows_take_the_academie_row() -> None:
    """One row of hours per territory: the académie's own row (Tahiti for Polynésie française)."""
    table = Block("table", rows=[
        ["", "mar. 11/05/27", "mer. 12/05/27"],
        ["Épreuve", "E1 – Culture générale", "E3 – Tourisme et territoires"],
        ["Heure de Tahiti", "7h30-11h30", "7h30-10h30"],
        ["Heure de Paris (indicatif)", "19h30-23h30", "19h30-22h30"],
    ])
    data = _session(table, head="Vice-rectorat de la Polynésie française\nBTS Tourisme – session 2027")
    assert data["examen"]["academie"] == "Polynésie française"
    assert ("2027-05-11T07:30", "2027-05-11T11:30", ["E1"]) in _events(data)
    assert not [e for e in _events(data) if e[0].endswith("T19:30")]


def test_stacked_header_with_start_and_end_per_territory() -> None:
    """« Heure de Guadeloupe » spanning « début | fin »: the académie's two columns make its slot."""
    table = Block("table", rows=[
        ["Date", "Épreuve", "Heure de Paris", "Heure de Guadeloupe"],
        ["", "", "début", "fin", "début", "fin"],
        ["lundi 15 mai 2028", "E1 – Culture générale", "14:00", "18:00", "08:00", "12:00"],
    ], continued=[[False] * 4, [True, True, False, False, False, False], [False] * 6])
    data = _session(table, head="Académie de la Guadeloupe\nBTS NDRC – session 2028")
    assert _events(data) == [("2028-05-15T08:00", "2028-05-15T12:00", ["E1"])]


def test_start_and_end_date_columns_make_one_window() -> None:
    table = Block("table", rows=[
        ["Code", "Épreuve", "Date début", "Date fin", "Heure début", "Heure fin"],
        ["E1", "Culture générale", "11/05/2026", "", "14:00", "18:00"],
        ["E5", "Projet – soutenance", "26/05/2026", "29/05/2026", "", ""],
    ])
    data = _session(table)
    assert ("2026-05-26", "2026-05-29", ["E5"]) in _events(data)
    assert ("2026-05-11T14:00", "2026-05-11T18:00", ["E1"]) in _events(data)


def test_nested_list_of_days() -> None:
    """A calendar written as a list: the day, then its épreuves with their hours."""
    data = _session(Block("text", "• Mardi 11 mai 2027"),
                    Block("text", "• E3 – Culture économique : de 14 h à 18 h"),
                    Block("text", "• Mercredi 12 mai 2027"),
                    Block("text", "• E1 – Culture générale et expression : de 14 h à 18 h"),
                    head="Académie de Nantes\nBTS MCO – session 2027")
    assert ("2027-05-11T14:00", "2027-05-11T18:00", ["E3"]) in _events(data)
    assert ("2027-05-12T14:00", "2027-05-12T18:00", ["E1"]) in _events(data)


def test_paris_time_then_local_time() -> None:
    data = _session(Block("text", "La réunion d'harmonisation de l'épreuve E6 se tiendra le vendredi 22 mai 2026 "
                                  "à 10 h, heure de Paris, soit 11 h à Mayotte."),
                    head="Académie de Mayotte\nBTS GPME – session 2026")
    assert [e[0] for e in _events(data, "reunion")] == ["2026-05-22T11:00"]


def test_days_off_are_not_events() -> None:
    data = _session(Block("text", "Jours fériés : jeudi 14 mai 2026 (Ascension), lundi 25 mai 2026 (Pentecôte)."),
                    Block("text", "Le jeudi 14 mai 2026 et le vendredi 15 mai 2026 ne comportent aucune épreuve."),
                    Block("text", "Vacances de printemps (zone B) : du samedi 18 avril au lundi 4 mai 2026."),
                    Block("text", "L'épreuve E1 aura lieu le mardi 12 mai 2026 de 14 h à 18 h."))
    assert [e["debut"][:10] for e in data["evenements"]] == ["2026-05-12"]


def test_cancelled_date_and_bracketed_holidays() -> None:
    """A modificatif: the date it cancels is no step, the one replacing it is; « L'Ascension (jeudi 14 mai) »."""
    data = _session(Block("text", "L'épreuve E51, initialement fixée au lundi 11 mai 2026, est annulée à cette date "
                                  "et remplacée par le mardi 12 mai 2026, de 8 h à 12 h."),
                    Block("text", "L'Ascension (jeudi 14 mai 2026) et le lundi de Pentecôte (25 mai 2026) sont fériés."))
    assert [(e["debut"], e["epreuves"]) for e in data["evenements"]] == [("2026-05-12T08:00", ["E51"])]


def test_conformity_check_takes_the_deposit_codes() -> None:
    data = _session(Block("text", "1) Les dossiers E4 et E6 sont à envoyer au plus tard le 26-03-2026 à 12:00."),
                    Block("text", "2) Le contrôle de conformité se déroulera le jeudi 2 avril 2026, 14h."))
    assert _events(data, "controle_conformite") == [("2026-04-02T14:00", None, ["E4", "E6"])]


def test_printed_mail_dates_are_not_events() -> None:
    head = "Messagerie académique – ac-paris.fr\nBTS GPME – session 2027"
    data = _session(Block("table", rows=[["De :", "DEC 5 <ce.dec5@ac-paris.fr>"], ["Envoyé :", "mardi 2 mars 2027 10:41"],
                                         ["Objet :", "BTS GPME 2027 – calendrier"]]),
                    Block("text", "L'épreuve E6 aura lieu le mercredi 12 mai 2027 de 13h30 à 18h00."),
                    Block("text", "Le lun. 1 mars 2027 à 16:05, Lycée Jean Perrin a écrit :"),
                    head=head)
    assert data["examen"]["academie"] == "Paris"
    assert data["date_document"] == "2027-03-02"
    assert [e["debut"][:10] for e in data["evenements"]] == ["2027-05-12"]


# -------------------------------------------------------------------------------------------- centres

def test_commune_column_and_training_establishments() -> None:
    data = _session(
        Block("table", rows=[["Centre", "Adresse", "Commune"],
                             ["Lycée du Grand Nouméa", "Avenue de Koutio", "Dumbéa"],
                             ["Lycée des Lumières", "Rue du Lycée, BP 270 97600", "Mamoudzou"]]),
        Block("text", "Établissements de formation (ils ne sont pas centres d'épreuves) :"),
        Block("text", "Lycée Saint-Bénigne – Dijon"),
        Block("text", "Les candidats du lycée La Mennais (Papeete) composent au lycée des Lumières."))
    assert sorted((c["nom"], c["ville"]) for c in data["centres"]) == [
        ("Lycée des Lumières", "Mamoudzou"), ("Lycée du Grand Nouméa", "Dumbéa")]


def test_rectorat_of_a_signature_is_no_centre() -> None:
    data = _session(Block("text", "L'épreuve E1 aura lieu le mardi 12 mai 2026 de 14 h à 18 h au lycée Carnot à Dijon."),
                    Block("text", "Rectorat de Dijon – 2G rue du Général Delaborde – 21019 Dijon Cedex"))
    assert [c["nom"] for c in data["centres"]] == ["Lycée Carnot"]


# -------------------------------------------------------------------------------------------- examen

@pytest.mark.parametrize(("text", "academie", "signed"), [
    ("VICE-RECTORAT DE LA NOUVELLE-CALÉDONIE\nN/Réf. : VR/DEC/2026-031 Nouméa, le 3 mars 2026\n"
     "BTS CG – session 2026", "Nouvelle-Calédonie", date(2026, 3, 3)),
    ("Affaire suivie par : Mme Kerboul Créteil, le 28 janvier 2027\nAcadémie de Créteil\nBTS CG – session 2027",
     "Créteil", date(2027, 1, 28)),
    ("Circulaire n° 2027-014 du vice-rectorat de la Polynésie française – Papeete, le 11 février 2027 – Réf.\n"
     "BTS Tourisme – session 2027", "Polynésie française", date(2027, 2, 11)),
])
def test_letterheads(text: str, academie: str, signed: date) -> None:
    facts = examen_facts(text)
    assert (facts.academie, facts.date_document) == (academie, signed)


def test_national_note_addressed_to_vice_recteurs_has_no_academie() -> None:
    text = ("MINISTÈRE DE L'ÉDUCATION NATIONALE\nMesdames et Messieurs les recteurs d'académie\n"
            "Monsieur le vice-recteur de la Nouvelle-Calédonie\nBTS SIO – session 2026")
    assert examen_facts(text).academie is None


# ------------------------------------------------------------------------------------------- readers

def test_odt_footnote_dates_are_read() -> None:
    """The ODT whose deposit deadline is written only in a footnote (batch H)."""
    text = read_document(ROOT / "independantes_h" / "circulaire_sam_2025_orleans-tours.odt").text
    assert "mercredi 2 avril 2025 à 12 h" in text


@pytest.mark.slow
def test_word_footnotes_are_read(tmp_path: Path) -> None:
    """The same file saved as Word by LibreOffice: Word keeps footnotes in their own part."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice absent")
    src = ROOT / "independantes_h" / "circulaire_sam_2025_orleans-tours.odt"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "docx",
                    "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    text = read_document(tmp_path / (src.stem + ".docx")).text
    assert "mercredi 2 avril 2025 à 12 h" in text


def test_pdf_in_two_columns_is_read_column_by_column() -> None:
    """A national note laid out with a sidebar beside the body (batch H): the body's sentences whole."""
    doc = read_document(ROOT / "independantes_h" / "note_nationale_sio_2026.pdf")
    texts = [b.text for b in doc.pages[0].blocks if b.kind == "text"]
    assert any("au plus tard le vendredi 3 avril 2026 à 17 h" in t for t in texts)
    assert not [b for b in doc.pages[0].blocks if b.kind == "table"]


# ------------------------------------------------------------------------------------ start and length

@given(st.integers(min_value=7, max_value=15), st.sampled_from([0, 30]), st.integers(min_value=1, max_value=5),
       st.sampled_from([0, 30]))
def test_start_hour_and_duration_make_the_end(h: int, m: int, dh: int, dm: int) -> None:
    """« mardi 12 mai 2026, 14 h, durée 4 h », a « Durée » column, or « Heure : … » / « Durée : … » lines
    under « Date : … »: the end is the start plus the length."""
    start = f"{h}h{m:02d}" if m else f"{h} h"
    length = f"{dh}h{dm:02d}" if dm else f"{dh} heures"
    total = h * 60 + m + dh * 60 + dm
    end = f"2026-05-12T{total // 60:02d}:{total % 60:02d}"
    prose = _session(Block("text", f"E1 Culture générale : mardi 12 mai 2026, {start}, durée {length}."))
    table = _session(Block("table", rows=[["Épreuve", "Date", "Début", "Durée"],
                                          ["E1 Culture générale", "mardi 12 mai 2026", start, length]]))
    lines = _session(Block("text", "Épreuve : E1 – Culture générale"), Block("text", "Date : mardi 12 mai 2026"),
                     Block("text", f"Heure de début : {start}"), Block("text", f"Durée : {length}"))
    for data in (prose, table, lines):
        assert (f"2026-05-12T{h:02d}:{m:02d}", end, ["E1"]) in _events(data)


@pytest.mark.parametrize("text", ["Oral E6 : mardi 12 mai 2026 à 8 h, durée 1 h par candidat.",
                                  "Oral E6 : mardi 12 mai 2026 à 8 h (1 heure de préparation)."])
def test_a_candidate_s_turn_is_not_the_span(text: str) -> None:
    assert _events(_session(Block("text", text))) == [("2026-05-12T08:00", None, ["E6"])]


def test_key_value_block_takes_the_hours_line() -> None:
    data = _session(Block("text", "Épreuve : E4 – Gestion de la relation client"),
                    Block("text", "Date : mardi 12 mai 2026"), Block("text", "Horaire : 14 h – 18 h"),
                    Block("text", "Lieu : lycée Carnot, Dijon"))
    assert _events(data) == [("2026-05-12T14:00", "2026-05-12T18:00", ["E4"])]


@pytest.mark.parametrize(("head", "academie"), [("Vice-rectorat de Wallis-et-Futuna", "Wallis-et-Futuna"),
                                                ("Service de l'éducation de Saint-Pierre-et-Miquelon",
                                                 "Saint-Pierre-et-Miquelon")])
def test_small_territories_are_their_own_academie(head: str, academie: str) -> None:
    data = _session(Block("text", "Dépôt des dossiers E5 : le jeudi 2 avril 2026 à 10 h, heure de Paris "
                                  "(soit 20 h à Wallis, 5 h à Saint-Pierre)."),
                    head=f"{head}\nBTS Tourisme – session 2026")
    assert data["examen"]["academie"] == academie
    local = {"Wallis-et-Futuna": "20:00", "Saint-Pierre-et-Miquelon": "05:00"}[academie]
    assert [e["debut"] for e in data["evenements"]] == [f"2026-04-02T{local}"]


def test_printed_spreadsheet_with_row_numbers_and_abbreviated_headers() -> None:
    """A spreadsheet printed with its column letters and row numbers, a dated title line, « Épr. »,
    « H. déb. » / « H. fin », a title column naming the steps, centres with street and town in cells."""
    rows = [
        ["", "A B C D E F G H"],
        ["1", "ACADÉMIE DE DIJON – BTS TOURISME – SESSION 2026"],
        ["2", "Dijon, le 12 janvier 2026 – document de travail à diffuser aux centres"],
        ["3", ""],
        ["4", "Épr.", "Intitulé (abrégé)", "Du", "Au", "H. déb.", "H. fin", "Centre"],
        ["5", "E1", "Culture gén.", "mar. 12/05/26", "", "14:00", "18:00", "Lycée Carnot"],
        ["6", "E4", "Oral pro.", "lun. 01/06/26", "ven. 05/06/26", "", "", "Lycée Carnot"],
        ["7", "E4/E5", "Dépôt dossiers (voir note 1)", "jeu. 02/04/26", "", "12:00", "", "Lycée Carnot"],
        ["8", "–", "Jury de délibération", "jeu. 02/07/26", "", "09:00", "", "Rectorat"],
        ["9", "CENTRES D'ÉCRIT (selon l'établissement de formation)"],
        ["10", "Lycée Carnot", "", "16 boulevard Thiers", "", "Dijon"],
        ["11", "Lycée Montchapet", "", "36 boulevard François Pompon", "", "Dijon"],
    ]
    data = _session(Block("table", rows=[r + [""] * (8 - len(r)) for r in rows]))  # a grid: every row as wide
    assert ("2026-05-12T14:00", "2026-05-12T18:00", ["E1"]) in _events(data)
    assert ("2026-06-01", "2026-06-05", ["E4"]) in _events(data)
    assert _events(data, "depot_dossier") == [("2026-04-02T12:00", None, ["E4", "E5"])]
    assert [e["debut"] for e in data["evenements"] if e["type"] == "jury"] == ["2026-07-02T09:00"]
    assert "2026-01-12" not in {e["debut"][:10] for e in data["evenements"]}
    assert {(c["nom"], c["ville"]) for c in data["centres"]} >= {("Lycée Carnot", "Dijon"),
                                                                 ("Lycée Montchapet", "Dijon")}


def test_key_value_records_are_a_calendar() -> None:
    """« Épreuve : … / Date : … / Horaire : … [heure de Paris] / Lieu : … » then « Opération : … / Date
    limite : … »: each record is a row of a calendar; the step of an operation is its name."""
    lines = ["Épreuve : E1 – Culture générale", "Date : lundi 11 mai 2026",
             "Horaire : 9 h 00 – 13 h 00 [14 h 00 – 18 h 00, heure de Paris]", "Lieu : Lycée Félix Éboué, Cayenne",
             "Épreuve : E5 – Oral", "Date : du mardi 26 au jeudi 28 mai 2026", "Horaire : selon convocation",
             "Opération : Dépôt des dossiers E5", "Date limite : vendredi 10 avril 2026", "Horaire : avant 12 h 00",
             "Opération : Jury de délibération", "Date : jeudi 25 juin 2026", "Horaire : 9 h 00"]
    data = _session(*(Block("text", t) for t in lines), head="Académie de la Guyane\nBTS GPME – session 2026")
    assert ("2026-05-11T09:00", "2026-05-11T13:00", ["E1"]) in _events(data)
    assert ("2026-05-26", "2026-05-28", ["E5"]) in _events(data)
    assert _events(data, "depot_dossier") == [("2026-04-10T12:00", None, ["E5"])]
    assert _events(data, "jury") == [("2026-06-25T09:00", None, [])]


def test_a_correction_voids_the_date_and_hour_it_replaces() -> None:
    """A forwarded message below still gives the old date and hour: « et non le jeudi 11 mai », « débutera
    à 9 h (et non à 14 h) » void them."""
    data = _session(
        Block("text", "La réunion d'entente des examinateurs E5 se tiendra le jeudi 18 mai 2026 à 14 h, "
                      "et non le jeudi 11 mai comme indiqué."),
        Block("text", "Le contrôle de conformité des dossiers E5 débutera à 9 h (et non à 14 h)."),
        Block("text", "-------- Message transféré --------"),
        Block("text", "Réunion d'entente des examinateurs E5 : jeudi 11 mai 2026, 14 h."),
        Block("text", "Contrôle de conformité des dossiers E5 : mercredi 1er avril 2026, 14 h."))
    assert _events(data, "reunion") == [("2026-05-18T14:00", None, ["E5"])]
    assert _events(data, "controle_conformite") == [("2026-04-01T09:00", None, ["E5"])]


def test_printed_mail_without_colons() -> None:
    """A mail printed from a webmail: « De DEC 4 <x@ac-toulouse.fr> », « Date | 09/03/2026 10:42 », and the
    print date at the top: no event, and the sending date is the document's."""
    data = _session(
        Block("text", "09/03/2026 10:51 Messagerie académique – ac-toulouse.fr"),
        Block("text", "De DEC 4 Bureau des BTS <dec4-bts@ac-toulouse.fr>"),
        Block("table", rows=[["Date", "09/03/2026 10:42"], ["Pour", "chefs d'établissement BTS PI"]]),
        Block("text", "Le jury se réunira le mardi 23 juin 2026, 14h00."),
        head="Académie de Toulouse\nBTS PI session 2026")
    assert [(e["type"], e["debut"]) for e in data["evenements"]] == [("jury", "2026-06-23T14:00")]
    assert data["date_document"] == "2026-03-09"


def test_label_line_over_its_date_line() -> None:
    """A definition list or a nested list printed flat: « Contrôle de conformité » over « 09-04-2026 à
    14:00 », « • E1 – Culture générale » over « • lundi 11 mai 2026 : 14h-18h »; a label a PDF ran on at
    the end of the line before (« … contre récépissé. Jury de délibération »)."""
    data = _session(*(Block("text", t) for t in [
        "• E1 – Culture générale et expression", "• lundi 11 mai 2026 : 14h-18h",
        "• E5 – Relation client, 1ère partie (écrit, 3 h)", "• mercredi 13 mai 2026 : 9h-12h",
        "Contrôle de conformité", "09-04-2026 à 14:00, lycée Carnot.",
        "Les dossiers sont remis contre récépissé. Jury de délibération", "Mardi 30 juin 2026 à 9h30, rectorat."]))
    assert ("2026-05-11T14:00", "2026-05-11T18:00", ["E1"]) in _events(data)
    assert ("2026-05-13T09:00", "2026-05-13T12:00", ["E5"]) in _events(data)
    assert [e["debut"] for e in data["evenements"] if e["type"] == "controle_conformite"] == ["2026-04-09T14:00"]
    assert [e["debut"] for e in data["evenements"] if e["type"] == "jury"] == ["2026-06-30T09:30"]


@pytest.mark.parametrize("head", ["VICE-RECTORAT DES ÎLES WALLIS ET FUTUNA", "Vice-rectorat de Wallis-et-Futuna"])
def test_vice_rectorat_des_iles(head: str) -> None:
    data = _session(Block("text", "Jury : lundi 28 juin 2027 à 8 h."), head=f"{head}\nBTS SAM – session 2027")
    assert data["examen"]["academie"] == "Wallis-et-Futuna"


def test_schools_that_host_no_exam_are_no_centres() -> None:
    """« … préparent des candidats mais n'accueillent aucune épreuve », a heading « Établissements de
    formation (lieux de préparation, non centres d'examen) »: the schools named there are not centres."""
    data = _session(
        Block("text", "Les épreuves E1 et E3 ont lieu le lundi 11 mai 2026 au lycée Chateaubriand (Rennes)."),
        Block("text", "Le lycée Bertrand d'Argentré (Vitré) et le CFA du tourisme (Saint-Malo) préparent des "
                      "candidats mais n'accueillent aucune épreuve."),
        Block("text", "Le lycée du Granier (La Ravoire), établissement de formation, n'est pas centre d'épreuves."),
        Block("text", "Lycée Vaugelas"), Block("text", "10 rue du Lycée – BP 1110"), Block("text", "73011 Chambéry Cedex"),
        Block("heading", "C. Établissements de formation (lieux de préparation, non centres d'examen)"),
        Block("text", "Lycée Lama-Prévot – Rémire-Montjoly"), head="Académie de Rennes\nBTS Tourisme – session 2026")
    assert {(c["nom"], c["ville"]) for c in data["centres"]} == {("Lycée Chateaubriand", "Rennes"),
                                                                 ("Lycée Vaugelas", "Chambéry")}


@pytest.mark.parametrize("text", [
    "Note nationale d'organisation des épreuves écrites des BTS du 4 décembre 2026.",
    "\uf0b7 Note nationale d'organisation des épreuves écrites des BTS du 4 décembre 2026.",
    "E4 : du mardi 6 au vendredi 9 juin 2026 (le lundi 5 juin 2026, lundi de Pentecôte, est férié).",
])
def test_titles_examples_and_holidays_in_apposition_are_no_steps(text: str) -> None:
    data = _session(Block("text", text), Block("table", rows=[["Période", "du …/…/… au …/…/…"],
                                                              ["Exemple de saisie", "du 04/01/2026 au 12/02/2026"]]))
    days = {e["debut"][:10] for e in data["evenements"]}
    assert not days & {"2026-12-04", "2026-06-05", "2026-01-04"}
    assert days <= {"2026-06-06"}


def test_calendar_naming_epreuves_by_title_only() -> None:
    """A « Code | Intitulé » table, then a calendar that names each épreuve by its title: the codes come
    from the table (the longest title wins: « … – étude de cas » is E51, not E5); the lycée « des métiers
    de l'hôtellerie » keeps its name and town."""
    data = _session(
        Block("table", rows=[["Code", "Intitulé", "Durée"], ["E1", "Culture générale et expression", "4 h"],
                             ["E5", "Conception et production de services", ""],
                             ["E51", "Conception et production de services – étude de cas", "3 h"]]),
        Block("table", rows=[["Date", "Horaire", "Épreuve"],
                             ["Mardi 11 mai 2026", "14 h – 18 h", "Culture générale et expression"],
                             ["Vendredi 14 mai 2026", "9 h – 12 h", "Conception et production de services – étude de cas"]]),
        Block("text", "Centre : Lycée des métiers de l'hôtellerie Santa Maria, chemin de la Sposata, 20090 Ajaccio."),
        head="Académie de Corse\nBTS MHR – session 2026")
    assert ("2026-05-11T14:00", "2026-05-11T18:00", ["E1"]) in _events(data)
    assert ("2026-05-14T09:00", "2026-05-14T12:00", ["E51"]) in _events(data)
    assert {e["code"]: e["intitule"] for e in data["epreuves"]}["E1"] == "Culture générale et expression"
    assert [(c["nom"], c["ville"]) for c in data["centres"]] == [("Lycée des métiers de l'hôtellerie Santa Maria",
                                                                  "Ajaccio")]


def test_signing_place_and_weekday_without_year() -> None:
    """A letterhead the PDF cut (« ACADÉMIE » … « DE CLERMONT-FERRAND »), signed « Clermont-Ferrand, le lundi
    17 janvier »: the académie of the place that signs, the year the weekday fits; a centre cell « Lycée Paul
    Constans 1 rue Christophe Thivrier » beside a « Ville » cell keeps its town."""
    data = _session(
        Block("text", "Clermont-Ferrand, le lundi 17 janvier"),
        Block("table", rows=[["Date", "Épreuve", "Centre", "Ville"],
                             ["mar. 16/05", "E1 – Culture générale", "Lycée Paul Constans 1 rue Christophe Thivrier",
                              "Montluçon"]]),
        head="ACADÉMIE\nRectorat – Division des examens\nDE CLERMONT-FERRAND\nBTS SAM – SESSION 2028")
    assert data["examen"]["academie"] == "Clermont-Ferrand"
    assert data["date_document"] == "2028-01-17"
    assert [(c["nom"], c["ville"]) for c in data["centres"]] == [("Lycée Paul Constans", "Montluçon")]


def test_word_footnote_follows_its_call_and_gives_the_deadline() -> None:
    """A deadline written only in a footnote (batch R, Paris): the note is read where the paragraph calls
    it, in brackets, and « Date limite impérative : … Aucun dossier ne sera accepté » is the E5 deposit."""
    path = ROOT / "independantes_r" / "circulaire_sam_2027_paris.docx"
    blocks = [b.flat() for p in read_document(path).pages for b in p.blocks]
    assert any("note de bas de page (Date limite impérative : vendredi 2 avril 2027 à 12 h" in t for t in blocks)
    assert not any(t.startswith("Date limite impérative") for t in blocks)  # read once, where it is called
    data = extract_session(read_document(path)).model_dump(mode="json")
    assert ("2027-04-02T12:00", None, ["E5"]) in _events(data, "depot_dossier")


def test_paragraph_opening_on_its_codes() -> None:
    """« Épreuves E21 et E22 – Langues : … Les candidats ponctuels seront interrogés du lundi 22 au
    mercredi 24 mai et du lundi 12 au mercredi 14 juin 2028. »: the paragraph is about E21 and E22."""
    data = _session(Block("text", "Épreuves E21 et E22 – Langues vivantes : pour les candidats en CCF, l'évaluation "
                                  "est organisée par l'établissement. Les candidats ponctuels seront interrogés au lycée "
                                  "des Arènes du lundi 22 au mercredi 24 mai 2028 et du lundi 12 au mercredi 14 juin 2028."),
                    head="Académie de Toulouse\nBTS Tourisme – session 2028")
    assert _events(data) == [("2028-05-22", "2028-05-24", ["E21", "E22"]), ("2028-06-12", "2028-06-14", ["E21", "E22"])]


def test_heading_then_day_line_then_hours_line() -> None:
    """« E5-1 – Transaction » (a Word heading), « Lundi 10 mai 2027 », « 13 h 30 – 17 h 30 », « Durée : 4 h »."""
    data = _session(Block("heading", "E51 – Transaction immobilière", level=2), Block("text", "Lundi 10 mai 2027"),
                    Block("text", "de 13 h 30 à 17 h 30 (durée : 4 heures)"), Block("text", "Durée : 4 h"),
                    head="Académie de Nantes\nBTS PI – session 2027")
    assert _events(data) == [("2027-05-10T13:30", "2027-05-10T17:30", ["E51"])]


def test_spreadsheet_dates_and_begin_end_columns() -> None:
    """« 26-mai-26 » (a spreadsheet's format) in « Début | Fin » columns: one window."""
    data = _session(Block("table", rows=[["Épreuve", "Début", "Fin", "Lieu"],
                                         ["E.2.2 – LV B (oral)", "26-mai-26", "29-mai-26", "Lycée Hugues Libergier – Reims"],
                                         ["EF1 – LV C", "04-juin-26", "04-juin-26", "Lycée Hugues Libergier – Reims"]]),
                    head="Académie de Reims\nBTS Tourisme – session 2026")
    assert ("2026-05-26", "2026-05-29", ["E22"]) in _events(data)
    assert ("2026-06-04", None, ["EF1"]) in _events(data)


def test_each_window_takes_the_codes_in_its_own_brackets() -> None:
    """« du mardi 30 mai au vendredi 2 juin (E21), du mardi 6 au vendredi 9 juin (E5) et du lundi 12 au jeudi
    15 juin 2028 (E6) »: each window its bracket's codes, not the window's before."""
    data = _session(Block("text", "Les épreuves orales se dérouleront du mardi 30 mai au vendredi 2 juin (E21), du "
                                  "mardi 6 au vendredi 9 juin (E5) et du lundi 12 au jeudi 15 juin 2028 (E6)."),
                    head="Académie de Montpellier\nBTS Tourisme – session 2028")
    assert _events(data) == [("2028-05-30", "2028-06-02", ["E21"]), ("2028-06-06", "2028-06-09", ["E5"]),
                             ("2028-06-12", "2028-06-15", ["E6"])]


def test_epreuve_merged_over_its_units() -> None:
    """« Épreuve | Unité | Date »: « E4 – Conception » merged down over the rows « U41 » and « U42 »."""
    table = Block("table", rows=[["Épreuve", "Unité", "Date", "Horaire"],
                                 ["E4 – Conception préliminaire", "U41", "jeudi 13 mai 2027", "8 h – 12 h"],
                                 ["", "U42", "vendredi 14 mai 2027", "8 h – 12 h"]],
                  continued=[[False] * 4, [False] * 4, [True, False, False, False]])
    data = _session(table, head="Académie de Normandie\nBTS CRSA – session 2027")
    days = {e[0][:10]: e[2] for e in _events(data)}
    assert "U41" in days["2027-05-13"] and "U42" in days["2027-05-14"]


# ------------------------------------------------------------------ batches O–R: sidebars, justified lines

def _sidebar_letter(path: Path) -> None:
    """A reportlab letter: a narrow sidebar (sender block) beside the body, whose lines fall between the
    body's; one justified bullet line with stretched word gaps; a centres table whose town sits in its own
    column while the address cell ends on « CEDEX 3 »."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 8)
    for k, line in enumerate(["Rectorat", "Division des examens et", "concours", "Affaire suivie par", "M. Paul Durand",
                              "Tél. : 03 00 00 00 00", "Adresse postale", "1 rue de la Poste", "54000 Nancy"]):
        c.drawString(45, 700 - 17 * k, line)
    body = ["Objet : BTS Tourisme – session 2026 – calendrier des épreuves",
            "Les épreuves écrites ont lieu aux dates suivantes. Le jeudi 14 mai 2026",
            "(Ascension) et le vendredi 15 mai 2026 (pont) sont libérés. L'épreuve E1 a lieu",
            "le lundi 11 mai 2026 de 14 h à 18 h au lycée Robert Schuman."]
    c.setFont("Helvetica", 10)
    for k, line in enumerate(body):
        c.drawString(195, 708 - 12.5 * k, line)
    words = ["•", "Réunion", "d'entente", "des", "examinateurs", ":", "jeudi", "28", "mai", "2026", "à", "14", "h"]
    x = 195.0
    for w in words:  # justified: every gap stretched alike, wider than a column gap
        c.drawString(x, 640, w)
        x += c.stringWidth(w, "Helvetica", 10) + 9.3
    rows = [("Lycée Robert Schuman", "4 rue Pelt – BP 40025 – 57071 CEDEX 3", "Metz"),
            ("Lycée Frédéric Chopin", "39 rue Blandan – 54000", "Nancy")]
    for k, (name, street, town) in enumerate(rows):
        y = 600 - 16 * k
        c.drawString(195, y, name)
        c.drawString(330, y, street)
        c.drawString(520, y, town)
    c.save()


def test_sidebar_letter_justified_line_and_cedex_cell(tmp_path: Path) -> None:
    pdf = tmp_path / "lettre.pdf"
    _sidebar_letter(pdf)
    doc = read_document(pdf)
    texts = [b.text for b in doc.pages[0].blocks if b.kind == "text"]
    # the body's sentence whole (the sidebar's lines no longer cut it), the justified line one paragraph
    assert any("Le jeudi 14 mai 2026 (Ascension) et le vendredi 15 mai 2026 (pont) sont libérés" in t for t in texts)
    assert any(t.startswith("• Réunion d'entente des examinateurs : jeudi 28 mai 2026 à 14 h") for t in texts)
    assert any(t == "Division des examens et concours" for t in texts)
    data = extract_session(doc)
    days = {e.debut[:10] for e in data.evenements}
    assert "2026-05-14" not in days and "2026-05-15" not in days  # days set free are no steps
    assert ("2026-05-28T14:00", "reunion") in {(e.debut, e.type) for e in data.evenements}
    assert {(c.nom, c.ville) for c in data.centres} >= {("Lycée Robert Schuman", "Metz"), ("Lycée Frédéric Chopin", "Nancy")}


def test_dossier_steps_of_an_epreuve_reach_its_parts() -> None:
    """« Dépôt des dossiers E5 » when E5 is made of E51 and E52: each part's dossier has that deadline; the
    exam windows keep their own codes."""
    data = _session(
        Block("text", "L'épreuve E5 comporte deux sous-épreuves : E51 – Transaction et E52 – Gestion."),
        Block("text", "Épreuve E5 : dépôt des dossiers le vendredi 27 mars 2026 à 16 h."),
        Block("text", "L'épreuve E4 aura lieu le mardi 12 mai 2026 de 14 h à 18 h."),
        Block("text", "L'épreuve E41 aura lieu le mercredi 13 mai 2026 de 8 h à 10 h."))
    assert _events(data, "depot_dossier") == [("2026-03-27T16:00", None, ["E5", "E51", "E52"])]
    assert ("2026-05-12T14:00", "2026-05-12T18:00", ["E4"]) in _events(data)


def test_a_sentence_mentioning_training_schools_hides_no_centre() -> None:
    """A numbered instruction taken for a heading mentions « les établissements de formation » on its way:
    the centres table under it still names the centres."""
    data = _session(
        Block("heading", "3. Prévoir deux surveillants par salle ; les établissements de formation contribuent à "
                         "la surveillance."),
        Block("table", rows=[["Date", "Épreuve", "Centre", "Ville"],
                             ["mar. 12/05", "E1 – Culture générale", "Lycée Carnot", "Dijon"]]),
        Block("heading", "Établissements de formation (ils ne sont pas centres d'examen)"),
        Block("table", rows=[["Établissement", "Ville"], ["Lycée Saint-Joseph", "Beaune"]]))
    assert [(c["nom"], c["ville"]) for c in data["centres"]] == [("Lycée Carnot", "Dijon")]


# ------------------------------------------------------------------------- batches S–V (their corrections)

def test_date_column_without_year_and_day_written_once_over_two_rows() -> None:
    """« Jour | Date » of « 16/05 » (the year is the session's), both cells merged down over a second épreuve."""
    block = Block("table", rows=[["Jour", "Date", "Épreuve", "Début", "Fin"],
                                 ["mardi", "16/05", "E1 – Culture générale", "14h00", "18h00"],
                                 ["mercredi", "17/05", "E2 – Anglais", "10h00", "12h00"],
                                 ["", "", "E3 – Mathématiques", "14h00", "17h00"]],
                  continued=[[False] * 5, [False] * 5, [False] * 5, [True, True, False, False, False]])
    data = _session(block, head="Académie de Grenoble\nBTS Systèmes numériques – session 2028")
    assert ("2028-05-17T14:00", "2028-05-17T17:00", ["E3"]) in _events(data)
    assert ("2028-05-16T14:00", "2028-05-16T18:00", ["E1"]) in _events(data)


@pytest.mark.parametrize(("text", "span"), [("12/06 au 16/06", ("2028-06-12", "2028-06-16")),
                                            ("page 1/2", None), ("coef. 1/2 - 3/4", None), ("12/06 et 16/06", None)])
def test_day_month_spans_without_year(text: str, span: tuple[str, str] | None) -> None:
    found = find_dates(text, 2028)
    assert ((found[0].days[0][0].isoformat(), found[0].days[-1][0].isoformat()) if found else None) == span


def test_steps_set_with_tab_stops_take_the_hour_of_their_sentence() -> None:
    """« Étape 1 | ven. 07/04 | Les dossiers sont à transmettre … au plus tard à 12 h. »: a PDF reader made a
    table of lines; each is read as its sentence, with the one hour it gives after its day."""
    data = _session(
        Block("text", "DÉROULÉ DE LA SOUS-ÉPREUVE E62 (année 2028)"),
        Block("table", rows=[
            ["Étape 1", "ven. 07/04", "Les dossiers techniques E62 sont à transmettre au centre au plus tard à 12 h, "
                                      "accompagnés du bordereau."],
            ["Étape 2", "mer. 19/04", "Contrôle de conformité des dossiers E62 par la commission, à 14 h 00, au lycée "
                                      "Vaucanson."]]),
        head="Académie de Grenoble\nBTS Systèmes numériques – session 2028")
    assert _events(data, "depot_dossier") == [("2028-04-07T12:00", None, ["E62"])]
    assert _events(data, "controle_conformite") == [("2028-04-19T14:00", None, ["E62"])]


def test_calendar_by_centre_has_its_epreuves_as_columns() -> None:
    data = _session(Block("table", rows=[
        ["Centre d'examen", "E4 Conception préliminaire", "E1 Culture générale"],
        ["Lycée Turgot 87031 Limoges", "mar. 16/05/28 08h00-12h00", "mar. 16/05/28 14h00-18h00"],
        ["Lycée Danton 19311 Brive-la-Gaillarde", "mar. 16/05/28 08h00-12h00", "mar. 16/05/28 14h00-18h00"]]),
        head="Académie de Limoges\nBTS CPRP – session 2028")
    assert set(map(tuple, [(a, b, tuple(c)) for a, b, c in _events(data)])) == {
        ("2028-05-16T08:00", "2028-05-16T12:00", ("E4",)), ("2028-05-16T14:00", "2028-05-16T18:00", ("E1",))}


def test_a_rectificatif_voids_the_dates_it_replaces() -> None:
    data = _session(
        Block("text", "Contrôle de conformité des dossiers E5 : la date du mercredi 3 mai 2028 est remplacée par celle "
                      "du mardi 2 mai 2028, à 13 h 30, au lycée Turgot."),
        Block("table", rows=[["Objet", "Date initiale (annulée)", "Nouvelle date"],
                             ["Jury", "22 juin 2028", "23 juin 2028 – 9 h 30"]]),
        head="Académie de Limoges\nBTS CPRP – session 2028")
    days = {e["debut"][:10] for e in data["evenements"]}
    assert "2028-05-03" not in days and "2028-06-22" not in days
    assert {"2028-05-02", "2028-06-23"} <= days


def test_frame_list_lead_brackets_and_places_of_deliberation() -> None:
    data = _session(
        Block("table", rows=[["Les dossiers des sous-épreuves E41 et E42 sont remis au centre pour le vendredi 30", "", ""],
                             ["avril 2027, 17 h. Le contrôle de conformité est réalisé le mercredi 5 mai 2027 à", "", ""],
                             ["9 h au lycée Fesch.", "", ""]]),
        Block("text", "• EF1 – Langue vivante 2,"), Block("text", "• EF2 – Entrepreneuriat :"),
        Block("text", "interrogations le mardi 25 mai 2027 au lycée Fesch, horaires sur convocation."),
        Block("text", "Les dossiers numériques (E41 : fiches ; E42 : projet) sont déposés au plus tard le vendredi "
                      "9 avril 2027 à 12 h."),
        Block("text", "Les livrets scolaires sont à transmettre au centre de délibération au plus tard le vendredi "
                      "28 mai 2027."),
        head="Académie de Corse\nBTS MCO – session 2027")
    assert ("2027-05-05T09:00", None, ["E41", "E42"]) in _events(data, "controle_conformite")
    assert ("2027-05-25", None, ["EF1", "EF2"]) in _events(data)
    assert ("2027-04-09T12:00", None, ["E41", "E42"]) in _events(data, "depot_dossier")
    assert ("2027-05-28", None, []) in _events(data, "transmission")


@pytest.mark.parametrize(("text", "codes"), [("E5 A Étude de cas clinique", ["E5A"]), ("U3 A Paris le", ["U3"]),
                                              ("E5 – 2 Maintenance corrective", ["E52"]), ("E1 – 4 h", ["E1"])])
def test_detached_sub_epreuve_before_a_title(text: str, codes: list[str]) -> None:
    assert codes_in(text) == codes


def test_la_reunion_is_an_island_and_a_mail_names_its_academie(tmp_path: Path) -> None:
    mail = tmp_path / "courriel.txt"
    mail.write_text(
        "De : DEC3 BTS <dec3-bts@ac-reunion.fr>\nEnvoyé : lundi 22 mai 2028 10:42\nObjet : BTS CG 2028 - oraux E6\n\n"
        "Voici le planning de l'épreuve orale E6 du BTS Comptabilité et gestion, session 2028 (heures de La Réunion) :\n\n"
        "  - Lycée Leconte de Lisle (Saint-Denis) : du lundi 12 au mercredi 14 juin 2028 ;\n\n"
        "Les grilles d'évaluation E6 signées sont à retourner à la DEC 3 (rectorat, Saint-Denis) au plus\n"
        "tard le lundi 19 juin 2028 à 12 h.\n", encoding="utf-8")
    data = extract_session(read_document(mail)).model_dump(mode="json")
    assert data["examen"]["academie"] == "La Réunion"
    assert ("2028-06-12", "2028-06-14", ["E6"]) in _events(data)
    assert ("2028-06-19T12:00", None, ["E6"]) in _events(data, "transmission")


def test_week_title_training_organisms_and_service_sigles() -> None:
    data = _session(
        Block("text", "I – Épreuves écrites : semaine du 15 au 18 mai 2028"),
        Block("text", "L'épreuve E1 a lieu le lundi 15 mai 2028 de 14 h à 18 h au lycée Descartes à Antony."),
        Block("text", "L'épreuve E2 a lieu le mardi 16 mai 2028 de 10 h à 12 h au lycée Descartes à Antony."),
        Block("text", "Les dossiers sont à transmettre au rectorat de Versailles, DEC 4, au plus tard le vendredi "
                      "7 avril 2028 à 12 h."),
        Block("text", "Organismes de formation non centres d'épreuves (leurs candidats sont comptés ci-dessus) : "
                      "CFA Formasup, Versailles ; Institut Saint-Louis, Versailles."),
        head="Académie de Versailles\nBTS Commerce international – session 2028")
    assert not [e for e in data["evenements"] if e["debut"] == "2028-05-15" and e["fin"] == "2028-05-18"]
    assert {c["nom"] for c in data["centres"]} == {"Lycée Descartes", "Rectorat de Versailles"}
    assert {c["ville"] for c in data["centres"]} == {"Antony", "Versailles"}


@pytest.mark.parametrize(("text", "found"), [
    ("Maison des examens (SIEC) 7 rue Ernest Renan 94110 Arcueil", [("Maison des examens", "Arcueil")]),
    ("oral à la Maison des examens d'Arcueil ; 94110 Arcueil", [("Maison des examens", "Arcueil")]),
    ("Lycée Gay-Lussac (DAX)", [("Lycée Gay-Lussac", "Dax")]),
    ("au rectorat de Bordeaux, DEC 4, au plus tard", [("Rectorat de Bordeaux", "Bordeaux")]),
    ("Rectorat – Division des examens et concours (DEC 4)", [])])
def test_service_sigles_are_no_towns_and_no_second_place(text: str, found: list[tuple[str, str]]) -> None:
    from extractors.centres import collect_towns, find_mentions

    assert [(m.nom, m.ville) for m in find_mentions(text, collect_towns([text]))] == found


# --------------------------------------------------------------------- batches W–Z (their corrections)

def test_intranet_page_laid_out_with_a_table_is_read_as_its_blocks(tmp_path: Path) -> None:
    """An académie intranet page saved from the browser: a layout table (menu cell, content cell holding a
    heading, paragraphs and the calendar), the browser's print header on top."""
    page = tmp_path / "intranet.html"
    page.write_text(
        "<!DOCTYPE html><html><body><table><tr><td>02/03/2026 14:37 | BTS SP3S – session 2026 | Intranet</td></tr>"
        "</table><table><tr><td><p><b>Dans cette rubrique</b></p><p>BTS MCO</p><p>BTS NDRC</p></td><td>"
        "<h1>BTS SP3S – session 2026 : organisation – académie de Toulouse</h1>"
        "<p>Note DEC 4 n° 2026-014 du 15 janvier 2026 à l'attention des chefs d'établissement, des professeurs et "
        "des candidats. Cette page reprend la note sous forme de questions-réponses, question par question.</p>"
        "<h2>Quand se déroulent les épreuves écrites ?</h2>"
        "<table><tr><th>Jour</th><th>Épreuves</th></tr>"
        "<tr><td>Lundi 11 mai 2026</td><td>E1 – Culture générale : 8h-12h<br>E2 – Langue vivante : 14h-16h</td></tr>"
        "<tr><td>Jeudi 14 mai 2026</td><td>Ascension – jour férié, aucune épreuve</td></tr></table>"
        "<p>Les dossiers E6 sont à transmettre au plus tard le vendredi 3 avril 2026 à 12 h au lycée Ozenne à "
        "Toulouse, délai de rigueur, contre récépissé signé du secrétariat.</p></td></tr></table></body></html>",
        encoding="utf-8")
    data = extract_session(read_document(page)).model_dump(mode="json")
    assert data["date_document"] == "2026-01-15"
    assert {("2026-05-11T08:00", "2026-05-11T12:00", ("E1",)), ("2026-05-11T14:00", "2026-05-11T16:00", ("E2",))} <= {
        (a, b, tuple(c)) for a, b, c in _events(data)}
    days = {e["debut"][:10] for e in data["evenements"]}
    assert "2026-03-02" not in days and "2026-05-14" not in days
    assert ("2026-04-03T12:00", None, ["E6"]) in _events(data, "depot_dossier")


def test_day_column_cell_listing_two_epreuves_and_iso_dates() -> None:
    data = _session(
        Block("table", rows=[["mardi 18 mai 2027", "mercredi 19 mai 2027"],
                             ["E3 de 8 h à 12 h E1 de 14 h à 18 h", "E2 de 10 h à 12 h"]]),
        Block("table", rows=[["Date", "Épreuve", "Horaire"], ["2027-06-01", "E4 – oral", "08:00-12:00"]]),
        head="Académie de Nice\nBTS Professions immobilières – session 2027")
    assert {("2027-05-18T08:00", "2027-05-18T12:00", ("E3",)), ("2027-05-18T14:00", "2027-05-18T18:00", ("E1",)),
            ("2027-06-01T08:00", "2027-06-01T12:00", ("E4",))} <= {(a, b, tuple(c)) for a, b, c in _events(data)}


def _slides(path: Path) -> None:
    """A slide deck exported to PDF: each page framed by a rectangle filling it, a title bar, short lines."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(842, 474))
    c.rect(20, 20, 802, 434)
    c.rect(20, 404, 802, 50)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, 420, "Centres d'épreuves")
    c.setFont("Helvetica", 14)
    for k, (name, street, town) in enumerate([("Lycée du Mont-Boron", "25 boulevard Carnot", "06300 Nice"),
                                              ("Lycée La Rode-Faron", "avenue de la Rode", "83041 Toulon CEDEX 9")]):
        for j, line in enumerate((name, street, town)):
            c.drawString(60 + 380 * k, 340 - 22 * j, line)
    c.drawString(60, 200, "Dossier professionnel E6 à remettre au centre : vendredi neuf avril")
    c.drawString(60, 180, "2027, 12 h dernier délai")
    c.save()


def test_slides_exported_to_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "diaporama.pdf"
    _slides(pdf)
    doc = read_document(pdf)
    assert any("vendredi neuf avril 2027, 12 h dernier délai" in b.text for b in doc.pages[0].blocks)
    data = extract_session(Document(fichier="d.pdf", format="pdf", sha256="0" * 64, pages=[
        Page(1, [Block("text", "Académie de Nice"), Block("text", "BTS Professions immobilières – session 2027"),
                 *doc.pages[0].blocks])])).model_dump(mode="json")
    assert {(c["nom"], c["ville"]) for c in data["centres"]} == {("Lycée du Mont-Boron", "Nice"),
                                                                ("Lycée La Rode-Faron", "Toulon")}


# ------------------------------------------------------- batches W–Z then AA–AD: grids, agendas, notes, turns

def test_day_rows_whose_cells_list_epreuves_with_hours() -> None:
    """« Jour | Matin | Après-midi »: each cell's épreuves on the row's day at their own hours (batch W)."""
    table = Block("table", rows=[
        ["Jour", "Matin", "Après-midi"],
        ["Mardi 9 mai 2028", "E.4.1 Dimensionnement d'ouvrages 8h00 – 12h00", "E1 Culture générale 14h00 – 18h00"],
        ["Mercredi 10 mai 2028", "E3.2 Physique-chimie 8h00 – 10h00 E2 Anglais 10h30 – 12h30", "—"],
    ])
    events = _events(_session(table, head="Académie d'Amiens\nBTS Bâtiment – session 2028"))
    assert sorted(events) == [("2028-05-09T08:00", "2028-05-09T12:00", ["E41"]),
                              ("2028-05-09T14:00", "2028-05-09T18:00", ["E1"]),
                              ("2028-05-10T08:00", "2028-05-10T10:00", ["E32"]),
                              ("2028-05-10T10:30", "2028-05-10T12:30", ["E2"])]


def test_afternoon_is_no_hour_and_arrows_make_spans() -> None:
    from extractors.dates import time_slots

    assert time_slots("Après-midi") == [] and time_slots("APRÈS-MIDI") == []
    assert [s.debut.hour for s in time_slots("jusqu'à midi")] == [12]
    assert [(s.debut.hour, s.fin.hour) for s in time_slots("14:00 → 18:00") if s.fin] == [(14, 18)]
    for text in ("29/05 → 02/06", "Lundi 31.05 → Vendredi 04.06"):
        assert [(e.kind, e.days[0][0], e.days[-1][0]) for e in find_dates(text, 2027)] == [
            ("range", date(2027, 5, 31) if "31" in text else date(2027, 5, 29), date(2027, 6, 4 if "04" in text else 2))]
    assert find_dates("du 1/2 – 3/4 de la page", 2027) == []  # fractions: two months apart
    assert find_dates("de 10.00 à 12.00", 2027) == []  # hours written with dots


def test_planning_of_day_columns_with_merged_bars() -> None:
    """A Gantt-like planning: week titles over « lu 31/05 »… columns, each oral window a cell merged across
    its days (Block.spans, as the Word, HTML, ODT and ruled-PDF readers give them) (batch X)."""
    table = Block("table", rows=[
        ["Sous-épreuve", "Semaine 22", "", "", ""],
        ["", "lu 31/05", "ma 01/06", "me 02/06", "je 03/06"],
        ["E51 – Mise en œuvre (pratique)", "E51 · pratique", "", "", ""],
        ["EF1 – Langue facultative (oral)", "", "EF1", "", ""],
    ], spans=[[1, 4, 0, 0, 0], [1, 1, 1, 1, 1], [1, 3, 0, 0, 1], [1, 1, 1, 1, 1]])
    events = _events(_session(Block("heading", "Épreuves pratiques et orales – planning", level=1), table,
                              head="Académie de Lille\nBTS FED – session 2027"))
    assert ("2027-05-31", "2027-06-02", ["E51"]) in events and ("2027-06-01", None, ["EF1"]) in events


def test_month_wall_calendar() -> None:
    """« JUIN 2026 » over « lundi … dimanche », rows of day numbers then what happens on them; a cell merged
    over three days is a window, a holiday cell says nothing (batch AB)."""
    grid = Block("table", rows=[
        ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        ["1", "2", "3", "4", "5", "6", "7"],
        ["E52 – Soutenance du projet (oral), selon convocation", "", "", "EF1 Langue facultative (oral)", "", "", ""],
        ["22", "23", "24", "25", "26", "27", "28"],
        ["Lundi de Pentecôte (férié)", "Jury de délibération 14 h, rectorat", "", "", "", "", ""],
    ], spans=[[1] * 7, [1] * 7, [3, 0, 0, 1, 1, 1, 1], [1] * 7, [1] * 7])
    data = _session(Block("text", "JUIN 2026"), grid, head="Académie de Rennes\nBTS GTMN – session 2026")
    assert sorted(_events(data)) == [("2026-06-01", "2026-06-03", ["E52"]), ("2026-06-04", None, ["EF1"])]
    assert [e[0] for e in _events(data, "jury")] == ["2026-06-23T14:00"]
    assert not any(e["debut"].startswith("2026-06-22") for e in data["evenements"])


def test_heading_naming_epreuves_and_reunions_leaves_rows_their_type() -> None:
    table = Block("table", rows=[["Épreuve / opération", "Date"],
                                 ["Réunion d'entente des examinateurs E6", "mer. 24/05 – 14 h"],
                                 ["EF1 – Langue vivante facultative (oral)", "mar. 06/06 → jeu. 08/06"]])
    data = _session(Block("heading", "3. Planning des épreuves orales et des réunions", level=1), table,
                    head="Académie d'Amiens\nBTS Bâtiment – session 2028")
    assert ("2028-06-06", "2028-06-08", ["EF1"]) in _events(data)
    assert [e[2] for e in _events(data, "reunion")] == [["E6"]]


def test_agenda_exported_as_a_list() -> None:
    """A day alone on its line, then its items opening on their hours (batch AB, Mayotte)."""
    lines = ["ven. 14 avril 2028", "12:00 Date limite : dossiers E4 et E6 à transmettre au rectorat",
             "mar. 25 avril 2028", "08:30 Contrôle de conformité des dossiers E4 et E6",
             "jeu. 25 mai 2028", "— Ascension : férié",
             "lun. 29 mai 2028 → ven. 2 juin 2028", "journée E5 – B épreuve pratique (40 min par candidat)",
             "lun. 26 juin 2028", "08:30 Jury de délibération · Rectorat"]
    data = _session(*[Block("text", line) for line in lines], head="Académie de Mayotte\nBTS NDRC – session 2028")
    assert _events(data, "depot_dossier") == [("2028-04-14T12:00", None, ["E4", "E6"])]
    assert _events(data, "controle_conformite") == [("2028-04-25T08:30", None, ["E4", "E6"])]
    assert _events(data) == [("2028-05-29", "2028-06-02", ["E5B"])]
    assert [e[0] for e in _events(data, "jury")] == ["2028-06-26T08:30"]
    assert not any(e["debut"].startswith("2028-05-25") for e in data["evenements"])


def test_html_lines_under_each_other_stay_lines() -> None:
    from extractors.html_reader import html_blocks

    blocks, _ = html_blocks("<html><body><ul><li><b>Lycée des Lumières</b><br>Rue du Commandant Passot<br>"
                            "BP 1060<br>97600 Mamoudzou</li></ul><p>Les dossiers sont transmis<br>au plus tard "
                            "le 12 mai.</p></body></html>", 100)
    assert [b.text for b in blocks] == ["Lycée des Lumières", "Rue du Commandant Passot", "BP 1060",
                                        "97600 Mamoudzou", "Les dossiers sont transmis au plus tard le 12 mai."]


@pytest.mark.parametrize(("text", "name", "town"), [
    ("Lycée de Sada Route nationale 3 97640 Sada", "Lycée de Sada", "Sada"),
    ("Lycée Dimitile 2 chemin Bois-d'Olive 97410 Saint-Pierre Tél. 0262 35 18 20", "Lycée Dimitile", "Saint-Pierre"),
])
def test_centre_named_after_its_town_and_phone_after_the_town(text: str, name: str, town: str) -> None:
    from extractors.centres import collect_towns, find_mentions

    found = find_mentions(text, collect_towns([text]))
    assert [(m.nom, m.ville) for m in found] == [(name, town)]


def test_readers_say_which_cells_span_columns(tmp_path: Path) -> None:
    import docx

    from extractors.html_reader import html_blocks

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text = "E51", "du 31/05 au 02/06"
    t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(1, 0).text = "E52"
    d.add_paragraph("Académie de Lille")
    d.save(str(tmp_path / "t.docx"))
    table = next(b for p in read_document(tmp_path / "t.docx").pages for b in p.blocks if b.kind == "table")
    assert table.spans[0] == [1, 2, 0] and table.span_of(0, 1) == 2 and table.span_of(1, 1) == 1
    html, _ = html_blocks('<html><table><tr><td>a</td><td colspan="2">b</td></tr><tr><td>c</td><td>d</td>'
                          '<td rowspan="²">e</td></tr></table></html>', 10)
    assert html[0].spans == [[1, 2, 0], [1, 1, 1]]


def test_fiches_one_per_epreuve() -> None:
    """One small table per épreuve: title across the top, then « Date », « Horaire », « Lieu » rows."""
    def fiche(title: str, day: str, hours: str) -> Block:
        return Block("table", rows=[[title, ""], ["Forme", "Écrite – ponctuelle"], ["Date", day],
                                    ["Horaire", hours], ["Lieu", "Lycée Gustave Eiffel, Bordeaux"]])
    data = _session(fiche("E1 – Culture générale et expression", "Lundi 11 mai 2026", "14 h 00 – 18 h 00 (durée 4 h)"),
                    fiche("E4 – Mise en œuvre d'opérations", "Mercredi 13 mai 2026", "de 8 h à 12 h (durée 4 h)"),
                    head="Académie de Bordeaux\nBTS GTLA – session 2026")
    assert sorted(_events(data)) == [("2026-05-11T14:00", "2026-05-11T18:00", ["E1"]),
                                     ("2026-05-13T08:00", "2026-05-13T12:00", ["E4"])]


def test_calendar_turned_sideways() -> None:
    """Keys down the first column, one column per épreuve, a day merged over two épreuves (batch AA)."""
    table = Block("table", rows=[
        ["CALENDRIER DES ÉPREUVES ÉCRITES – SESSION 2027", "", ""],
        ["Épreuve", "E4", "E1"],
        ["Date", "Mardi 11 mai 2027", ""],
        ["Horaire", "de 8 heures à midi", "14 heures – 17 heures"],
        ["Durée", "4 h", "3 h"],
    ], spans=[[3, 0, 0], [1, 1, 1], [1, 2, 0], [1, 1, 1], [1, 1, 1]])
    data = _session(table, head="Académie d'Orléans-Tours\nBTS Prothésiste dentaire – session 2027")
    assert sorted(_events(data)) == [("2027-05-11T08:00", "2027-05-11T12:00", ["E4"]),
                                     ("2027-05-11T14:00", "2027-05-11T17:00", ["E1"])]


def test_dot_leaders_separate_the_date_and_hours() -> None:
    data = _session(Block("text", "E4 Étude et analyse d'un procédé........................11-05-2026..........."
                                  ".....8 h 00 – 12 h 00"), head="Académie de Lyon\nBTS PP – session 2026")
    assert _events(data) == [("2026-05-11T08:00", "2026-05-11T12:00", ["E4"])]


def test_local_hours_column_beside_paris_hours() -> None:
    table = Block("table", rows=[["Date", "Épreuve", "Heure de Paris (pour information)", "Heure locale"],
                                 ["lun. 11/05/26", "E4", "13:30–17:30", "07:30–11:30"]])
    data = _session(table, head="Rectorat de la Guadeloupe\nBTS SIO – session 2026")
    assert _events(data) == [("2026-05-11T07:30", "2026-05-11T11:30", ["E4"])]


def test_training_list_whose_colon_is_on_the_next_line() -> None:
    data = _session(Block("text", "Établissements de formation (pour information, ne sont pas centres"),
                    Block("text", "d'épreuves) : lycée Carnot (Pointe-à-Pitre), lycée de Baie-Mahault, lycée privé Bel-Air (Moule)."),
                    Block("text", "Les épreuves ont lieu au lycée Gerty-Archimède, 97100 Basse-Terre, le 12 mai 2026."),
                    head="Rectorat de la Guadeloupe\nBTS SIO – session 2026")
    assert [c["ville"] for c in data["centres"]] == ["Basse-Terre"]


def _footnoted_pdf(path: Path) -> None:
    """A PDF whose dates call footnotes set small and raised, the notes at the foot of the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(60, 780, "Académie de Nancy-Metz – BTS CG – session 2028")
    for k, (code, day, note) in enumerate([("E1", "mardi 16 mai 2028", "1"), ("E2", "mercredi 17 mai 2028", "2")]):
        y = 740 - 20 * k
        text = f"Épreuve {code} : le {day}"
        c.setFont("Helvetica", 11)
        c.drawString(60, y, text)
        c.setFont("Helvetica", 7)
        c.drawString(60 + c.stringWidth(text, "Helvetica", 11) + 0.5, y + 4, note)
    c.setFont("Helvetica", 8)
    c.drawString(60, 80, "1 De 14 h à 17 h.")
    c.drawString(60, 68, "2 De 10 h à 12 h.")
    c.save()


def test_pdf_footnotes_are_read_where_they_are_called(tmp_path: Path) -> None:
    _footnoted_pdf(tmp_path / "notes.pdf")
    texts = [b.text for p in read_document(tmp_path / "notes.pdf").pages for b in p.blocks]
    assert "Épreuve E1 : le mardi 16 mai 2028 (De 14 h à 17 h)" in texts
    assert not any(t.startswith(("1 De", "2 De")) for t in texts)
    data = extract_session(read_document(tmp_path / "notes.pdf")).model_dump(mode="json")
    assert ("2028-05-17T10:00", "2028-05-17T12:00", ["E2"]) in _events(data)


def test_turned_page_is_read_as_shown(tmp_path: Path) -> None:
    """A landscape calendar drawn turned on a portrait page that /Rotate shows upright (batch AA)."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    raw = tmp_path / "raw.pdf"
    c = canvas.Canvas(str(raw), pagesize=(595, 842))
    c.translate(595, 0)
    c.rotate(90)  # the content turned a quarter counterclockwise…
    c.setFont("Helvetica", 11)
    c.drawString(60, 540, "Académie de la Guadeloupe – calendrier des épreuves écrites")
    rows = [("Date", "Épreuve", "Heure locale"), ("lun. 11/05/26", "E4", "07:30–11:30"),
            ("mar. 12/05/26", "E1", "08:00–11:00")]
    for r, cells in enumerate(rows):
        for k, text in enumerate(cells):
            x, y = 60 + 150 * k, 480 - 30 * r
            c.rect(x, y, 150, 30)
            c.drawString(x + 5, y + 10, text)
    c.save()
    writer = PdfWriter(clone_from=PdfReader(str(raw)))
    writer.pages[0].rotate(90)  # …and the page turned a quarter clockwise to show it upright
    writer.write(str(tmp_path / "turned.pdf"))
    blocks = [b for p in read_document(tmp_path / "turned.pdf").pages for b in p.blocks]
    assert blocks[0].text == "Académie de la Guadeloupe – calendrier des épreuves écrites"
    assert [b.rows for b in blocks if b.kind == "table"] == [[list(r) for r in rows]]


def test_grid_of_weeks_whose_cells_open_on_their_day() -> None:
    """« Semaine | Lundi | … »: each cell opens on its own date; the week's label and a day with nothing
    but a dash are no events; a holiday cell is none either (batch Z, Normandie)."""
    grid = Block("table", rows=[
        ["Semaine", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"],
        ["Sem. 20 du 15 au 19 mai 2028", "lun. 15/05 E.4.1 Pré-étude 13h-17h", "mar. 16/05 E1 Culture générale 14h-18h",
         "mer. 17/05 E2 Anglais 10h-12h", "jeu. 18/05 Ascension – férié", "ven. 19/05 –"],
        ["Sem. 22 du 29 mai au 2 juin 2028", "lun. 29/05 → mer. 31/05 E6 – oral (rapport d'activités)", "", "",
         "jeu. 01/06 EF1 – oral", "ven. 02/06 –"],
    ], spans=[[1] * 6, [1] * 6, [1, 3, 0, 0, 1, 1]])
    data = _session(grid, head="Académie de Normandie\nBTS Électrotechnique – session 2028")
    assert sorted(_events(data)) == [("2028-05-15T13:00", "2028-05-15T17:00", ["E41"]),
                                     ("2028-05-16T14:00", "2028-05-16T18:00", ["E1"]),
                                     ("2028-05-17T10:00", "2028-05-17T12:00", ["E2"]),
                                     ("2028-05-29", "2028-05-31", ["E6"]), ("2028-06-01", None, ["EF1"])]
    assert len(data["evenements"]) == 5


# ------------------------------------------------------------------- batches AE–AH (second wave of the day)

def test_definition_list_of_steps() -> None:
    """« 14-04-2028 – 12:00 » over « Date limite de dépôt des dossiers E41 et E42 … » (batch AE, Guyane)."""
    lines = ["14-04-2028 – 12:00", "Date limite de dépôt des dossiers E41 et E42 au lycée Melkior-Garré.",
             "du 22-05-2028 au 30-05-2028", "Correction des copies (toutes épreuves écrites)."]
    data = _session(*[Block("text", t) for t in lines], head="Académie de la Guyane\nBTS MCO – session 2028")
    assert _events(data, "depot_dossier") == [("2028-04-14T12:00", None, ["E41", "E42"])]
    assert [(e[0], e[1]) for e in _events(data, "correction")] == [("2028-05-22", "2028-05-30")]


def test_box_of_key_dates_whose_days_come_first() -> None:
    """A box of key dates: a day with its hours, then the épreuve of that day (batch AH, Nice) — and a list
    whose épreuves come first keeps them over their days (« • E1 – … » / « • lundi 11 mai : 14h-18h »)."""
    box = _session(*[Block("text", t) for t in ["L'essentiel en dates", "lun. 11-05-2026 14h-18h",
                                               "E5 Culture générale et expression", "mar. 12-05-2026 14h-17h",
                                               "E2 Conseil et expertise scientifiques"]],
                   head="Académie de Nice\nBTS ESF – session 2026")
    assert sorted(_events(box)) == [("2026-05-11T14:00", "2026-05-11T18:00", ["E5"]),
                                    ("2026-05-12T14:00", "2026-05-12T17:00", ["E2"])]
    listed = _session(*[Block("text", t) for t in ["• E1 – Culture générale et expression", "• lundi 11 mai 2026 : 14h-18h",
                                                  "• E3 – Culture économique", "• mardi 12 mai 2026 : 14h-18h"]],
                      head="Académie de Nantes\nBTS NDRC – session 2026")
    assert sorted(_events(listed)) == [("2026-05-11T14:00", "2026-05-11T18:00", ["E1"]),
                                       ("2026-05-12T14:00", "2026-05-12T18:00", ["E3"])]


def test_months_as_rows_of_their_own() -> None:
    table = Block("table", rows=[["Jour", "Épreuve", "Horaires"], ["MAI 2028", "", ""],
                                 ["mar. 16", "E1 – Culture générale et expression (U1)", "8h30/12h30"],
                                 ["lun. 29 → ven. 2 juin", "E5-A (pratique) – Montbéliard", "journée"]])
    data = _session(table, head="Académie de Besançon\nBTS CIRA – session 2028")
    assert ("2028-05-16T08:30", "2028-05-16T12:30", ["E1", "U1"]) in _events(data)
    assert ("2028-05-29", "2028-06-02", ["E5A"]) in _events(data)


def test_step_column_and_begin_end_hours_of_one_day() -> None:
    """« N° | Étape | Épreuve(s) | Début | Fin »: the step says what the row is; « 15/05/2028 13 h 30 » |
    « 15/05/2028 17 h 30 » is one slot (batch AE, national note)."""
    table = Block("table", rows=[["N°", "Étape", "Épreuve(s)", "Début", "Fin"],
                                 ["1", "Épreuve écrite", "E4 (U4)", "15/05/2028 13 h 30", "15/05/2028 17 h 30"],
                                 ["2", "Réunion nationale d'harmonisation", "E4", "23/05/2028 14 h 00", "—"],
                                 ["3", "Jurys de délibération", "—", "27/06/2028", "05/07/2028"]])
    data = _session(table, head="Note de service nationale\nBTS BioAC – session 2028")
    assert _events(data) == [("2028-05-15T13:30", "2028-05-15T17:30", ["E4", "U4"])]
    assert _events(data, "reunion") == [("2028-05-23T14:00", None, ["E4"])]
    assert [(e[0], e[1]) for e in _events(data, "jury")] == [("2028-06-27", "2028-07-05")]


def test_day_without_its_year_read_when_an_hour_follows() -> None:
    assert [e.days[0][0] for e in find_dates("remis avant le 10/04 à 11 h 00, délai de rigueur", 2026)] == [
        date(2026, 4, 10)]
    assert [e.days[0][0] for e in find_dates("Jury de délibération : 19/06 à 8 h 00", 2026)] == [date(2026, 6, 19)]
    assert find_dates("le 1/2 de la note", 2026) == [] and find_dates("page 3/12 à 14 h", 2026) == []


def test_centres_by_epreuve_with_a_second_header_line_and_training_table() -> None:
    """A table of centres whose cells are each épreuve's days, its header on two lines (batch AG); a table
    under a line announcing training establishments names no centre."""
    centres = Block("table", rows=[
        ["Académie", "Centre", "E5 – B Mise en œuvre (pratique)", "E6 Soutenance"],
        ["", "", "Dates de passage (convocations individuelles)", ""],
        ["Nice", "Lycée Pasteur-Cimiez, 06000 Nice", "du mardi 1er au jeudi 3 juin 2027", "lundi 14 juin 2027"]])
    training = Block("table", rows=[["Académie", "Établissement", "Commune"], ["Nice", "Lycée Les Palmiers", "Nice"]])
    data = _session(centres, Block("text", "Annexe – Établissements de formation (ces établissements ne sont pas "
                                           "centres d'épreuves)"), training,
                    head="Académie d'Aix-Marseille\nBTS MECP – session 2027")
    assert ("2027-06-01", "2027-06-03", ["E5B"]) in _events(data) and ("2027-06-14", None, ["E6"]) in _events(data)
    assert [c["nom"] for c in data["centres"]] == ["Lycée Pasteur-Cimiez"]


def test_part_named_by_its_rank_and_its_unit() -> None:
    assert codes_in("E3 1ère partie (U31) – Culture économique") == ["E31", "U31"]
    assert codes_in("E4 – 2e partie (U42) Développement commercial") == ["E42", "U42"]
    assert codes_in("E5 - 1ère partie") == ["E5"]  # no unit: the part stays its épreuve's


def test_slide_deck_dated_by_its_diffusion_line() -> None:
    facts = examen_facts("BTS Assurance – Session 2026\nRectorat de Reims – Division des examens et concours\n"
                         "Diffusion : 02/02/2026\nSupport de présentation valant circulaire")
    assert facts.date_document == date(2026, 2, 2)


# ------------------------------------------------------------------ batch AF corrections (session of 7 Dec.)

def test_abbreviated_month_does_not_end_a_sentence() -> None:
    from extractors.events import split_sentences
    text = "Dépôt au plus tard le 3 avr. 2027 à 12 h. Les oraux ont lieu le 4 juin."
    assert [text[a:b].strip() for a, b in split_sentences(text)] == [
        "Dépôt au plus tard le 3 avr. 2027 à 12 h.", "Les oraux ont lieu le 4 juin."]


@pytest.mark.parametrize(("lead", "reference"), [
    ("conformément au décret n° 95-665, modifié, du", True), ("Vu l'arrêté, modifié, du", True),
    ("ERRATUM (ajouté le", True), ("Courriel envoyé le", True),
    ("Les oraux, pour tous, du", False), ("le dossier doit être envoyé le", False),
    ("La circulaire, et les épreuves orales du", False)])
def test_dates_that_name_a_text_or_a_message(lead: str, reference: bool) -> None:
    from extractors.events import is_reference
    assert is_reference(lead) is reference


def test_erratum_voids_the_tables_day_and_its_pronoun_keeps_the_step() -> None:
    """A table gives the contrôle de conformité on the 7th; an erratum below says it « n'aura pas lieu le »
    7th, « Il est fixé au » 9th: one contrôle, on the 9th, for both épreuves; the merged-down deposit cell
    holds for E5 too; notes of a CCF épreuve « à transmettre » in the deposit column are a transmission."""
    recap = Block("table", rows=[
        ["Épreuve", "Transmission des dossiers", "Contrôle de conformité", "Interrogations"],
        ["E4 – Projets", "au plus tard le vendredi 3 avril 2026 à 12 h", "mardi 7 avril 2026 – 14 h",
         "du mardi 2 au vendredi 5 juin 2026"],
        ["E5 – Conseil", "", "", "du mardi 9 au jeudi 11 juin 2026"],
        ["E6 – Veille", "Épreuve en CCF : les notes sont à transmettre au plus tard le vendredi 22 mai 2026.", "", ""]],
        continued=[[False] * 4, [False] * 4, [False, True, True, False], [False] * 4])
    erratum = Block("text", "ERRATUM (ajouté le 2 février 2026) Une erreur s'est glissée dans le tableau : le "
                            "contrôle de conformité des dossiers E4 et E5 n'aura pas lieu le mardi 7 avril 2026. Il "
                            "est fixé au jeudi 9 avril 2026 à 14 h, au lycée Roosevelt.")
    data = _session(recap, erratum, head="Académie de Reims\nBTS Communication – session 2026")
    assert _events(data, "controle_conformite") == [("2026-04-09T14:00", None, ["E4", "E5"])]
    assert _events(data, "depot_dossier") == [("2026-04-03T12:00", None, ["E4", "E5"])]
    assert _events(data, "transmission") == [("2026-05-22", None, ["E6"])]
    assert all(e["debut"][:10] != "2026-02-02" for e in data["evenements"])


def test_pdf_row_broken_by_the_page_under_a_running_head() -> None:
    """The last row of page 1 goes on at the top of page 2 under the page's running head: one row."""
    from extractors.pdf_text import _join_continued_tables
    head = ["Épreuve", "Réunion", "Interrogations", "Centre"]
    p1 = Page(1, [Block("table", rows=[head, ["E4 – Projets", "lundi 1er juin 2026 – 9 h 30",
                                              "du mardi 2 au vendredi 5 juin 2026", "Lycée Roosevelt – Reims"],
                                       ["E5 – Conseil et", "lundi 8 juin 2026 – 9", "du mardi 9 au jeudi",
                                        "Lycée Monge –"]]),
                  Block("text", "Rectorat de Reims – 1, rue Navier – 51082 Reims – page 1")])
    p2 = Page(2, [Block("text", "BTS Communication – session 2026 – circulaire"),
                  Block("table", rows=[["relation annonceur", "h 30", "11 juin 2026", "Charleville-Mézières"],
                                       ["E6 – Veille", "", "", ""]]),
                  Block("text", "Rectorat de Reims – 1, rue Navier – 51082 Reims – page 2")])
    _join_continued_tables([p1, p2])
    rows = p1.blocks[0].rows
    assert rows[2] == ["E5 – Conseil et relation annonceur", "lundi 8 juin 2026 – 9 h 30",
                       "du mardi 9 au jeudi 11 juin 2026", "Lycée Monge – Charleville-Mézières"]
    assert rows[3][0] == "E6 – Veille" and [b.kind for b in p2.blocks] == ["text", "text"]


# ------------------------------------------------------------------ batches AI–AL (first measured 7 Dec.)

def test_weekday_and_day_in_two_cells_under_one_header() -> None:
    """« Du | | Au | » over « lundi | 31 mai | vendredi | 4 juin » (Word cells under a header spanning two)."""
    table = Block("table", rows=[["Épreuve", "Du", "", "Au", "", "Centre"],
                                 ["E5 – Situations de contrôle (pratique)", "lundi", "31 mai", "vendredi", "4 juin",
                                  "Lycée Théophile-Briant, Rennes"]])
    data = _session(table, head="Académie de Rennes\nBTS CG – session 2027")
    assert _events(data) == [("2027-05-31", "2027-06-04", ["E5"])]


def test_step_table_rows_name_papers_notes_and_a_moved_day() -> None:
    """Rows « Dossier E5 – … » are deposits, « Saisie des notes de CCF » a transmission, « Jury de
    délibération » in an « Opération / épreuve » column a jury; « initialement prévue le mardi 12 mai »
    voids that day for that épreuve; schools named in brackets after « Les établissements de formation »
    are not centres."""
    steps = Block("table", rows=[["Étape", "APP", "FC"],
                                 ["Dossier E5 – tableau de synthèse", "ven. 2 avril 2027, 12 h", "mer. 7 avril 2027, 12 h"],
                                 ["Saisie des notes de CCF de l'épreuve E5", "au plus tard le ven. 28 mai 2027", "—"]])
    calendar = Block("table", rows=[["Sem.", "Date(s) et horaires", "Opération / épreuve", "Lieu(x)"],
                                    ["S20", "mardi 11 mai 9h00-13h30", "E6 – Soutenir la PME (écrit)", "Lycée Pasteur, Besançon"],
                                    ["S20", "mardi 12 mai 9h00-12h00", "E1 – Culture générale", "Lycée Pasteur, Besançon"],
                                    ["S26", "jeudi 24 juin 9h30", "Jury de délibération", "Lycée Pasteur, Besançon"]])
    moved = Block("text", "Attention : modification. L'épreuve E1 initialement prévue le mardi 12 mai se déroulera le "
                          "mercredi 13 mai 2027, aux mêmes horaires.")
    training = Block("text", "Les établissements de formation (lycée privé Sainte-Ursule de Besançon, CFA Hilaire) "
                             "transmettent la liste de leurs candidats.")
    data = _session(steps, calendar, moved, training, head="Académie de Besançon\nBTS GPME – session 2027")
    assert sorted(e[0] for e in _events(data, "depot_dossier")) == ["2027-04-02T12:00", "2027-04-07T12:00"]
    assert [e[0] for e in _events(data, "transmission")] == ["2027-05-28"]
    assert [e[0] for e in _events(data, "jury")] == ["2027-06-24T09:30"]
    assert all(not d.startswith("2027-05-12") for d, _f, _c in _events(data))
    assert any(d.startswith("2027-05-13") and c == ["E1"] for d, _f, c in _events(data))
    assert [c["nom"] for c in data["centres"]] == ["Lycée Pasteur"]


def test_cards_of_a_web_page_one_day_each() -> None:
    """CSS cards printed as short lines (batch AI): « jeu. » / « 13 avril » / badge / step / hours / place.
    Each card is one step with its hours; a lone start hour is the card's hour."""
    lines = ["ven.", "7 avril", "Dépôt", "E4 – Dépôt du dossier (candidats en forme ponctuelle)", "avant 17 h 00",
             "Rectorat de Rennes", "mar.", "16 mai", "Écrit", "E1 – Culture générale et expression (U1)",
             "14 h 00 – 18 h 00 (4 h)", "Centres d'écrit", "lun.", "22 mai", "Entente",
             "Commission d'entente des correcteurs E5 et E6", "9 h 00", "Lycée Bréquigny, Rennes",
             "lun. → ven.", "29 mai → 2 juin", "Oral", "E4 – Gérer la relation clients (U4)", "convocation individuelle"]
    data = _session(*(Block("text", t) for t in lines), head="Académie de Rennes\nBTS GPME – session 2028")
    assert _events(data, "depot_dossier") == [("2028-04-07T17:00", None, ["E4"])]
    assert ("2028-05-16T14:00", "2028-05-16T18:00", ["E1", "U1"]) in _events(data)
    assert _events(data, "reunion") == [("2028-05-22T09:00", None, ["E5", "E6"])]
    assert ("2028-05-29", "2028-06-02", ["E4", "U4"]) in _events(data)


_MARKDOWN = """# Académie de Normandie – BTS Professions immobilières – session 2029

| Jour          | Horaire           | Épreuve                        | Unité |
|---------------|-------------------|--------------------------------|-------|
| Mardi 15/5    | 14 h – 18 h (4 h) | E1 Culture générale et expr.   | U1    |
| Jeudi 17/5    | 9 h – 12 h (3 h)  | E51 Techn. immo. : transaction | U51   |

- Réunion d'harmonisation des correcteurs de E51 : mercredi 23/5,
  9 h 30, Lycée Jules Siegfried, Le Havre.
- Vacances de printemps : du samedi 21 avril au lundi 7 mai 2029.
"""


@pytest.mark.parametrize("kind", ["txt", "pdf"])
def test_markdown_pipe_tables_as_text_and_printed_in_courier(tmp_path: Path, kind: str) -> None:
    """A Markdown text (batch AI): its pipe tables are tables, in the .txt and in its monospace print; an
    item's indented next line goes on with it; school holidays behind « Vacances de printemps : » are none."""
    path = tmp_path / f"circulaire.{kind}"
    if kind == "txt":
        path.write_text(_MARKDOWN, encoding="utf-8")
    else:
        from reportlab.pdfgen import canvas
        c = canvas.Canvas(str(path))
        c.setFont("Courier", 8)
        for k, line in enumerate(_MARKDOWN.splitlines()):
            c.drawString(30, 800 - 12 * k, line)
        c.save()
    data = extract_session(read_document(path)).model_dump(mode="json")
    slots = {(d, f, c[0]) for d, f, c in _events(data)}
    assert {("2029-05-15T14:00", "2029-05-15T18:00", "E1"), ("2029-05-17T09:00", "2029-05-17T12:00", "E51")} <= slots
    assert _events(data, "reunion") == [("2029-05-23T09:30", None, ["E51"])]
    assert all(not e["debut"].startswith("2029-04-21") for e in data["evenements"])


def test_options_as_columns_and_a_town_before_a_label() -> None:
    """« | Option A | Option B » over « Date », « Heure », « Lieu » (batch AJ): one meeting per option at its
    hour; « 38000 Grenoble Consignes : … » ends the town at « Grenoble »."""
    table = Block("table", rows=[["", "Option A", "Option B"],
                                 ["Date", "mercredi 23 mai 2029", "jeudi 24 mai 2029"],
                                 ["Heure", "14 h", "9 h"],
                                 ["Lieu", "lycée Lesdiguières", "lycée Savoie-Léman"]])
    place = Block("text", "Centre : Lycée hôtelier Lesdiguières, 15 avenue Beaumarchais, 38000 Grenoble Consignes : "
                          "tenue professionnelle exigée.")
    data = _session(Block("heading", "Réunions d'entente des examinateurs E6"), table, place,
                    head="Académie de Grenoble\nBTS MHR – session 2029")
    assert _events(data, "reunion") == [("2029-05-23T14:00", None, ["E6"]), ("2029-05-24T09:00", None, ["E6"])]
    assert ("Lycée hôtelier Lesdiguières", "Grenoble") in {(c["nom"], c["ville"]) for c in data["centres"]}


def test_category_rows_bridge_day_and_the_candidates_own_school() -> None:
    """Batch AJ: a cell « 07/04/2028, envoi au rectorat » under « Dépôt du dossier E4 » is a deposit;
    « Les jurys se réunissent au plus tard le … » a jury; « (pont de l'Ascension), aucun centre n'est
    ouvert » no step; « le centre de leur établissement de formation : » then the centres' list still centres."""
    table = Block("table", rows=[["Catégorie de candidats", "Dépôt du dossier E4", "Contrôle de conformité E4"],
                                 ["Formation continue", "14/04/2028 – 12 h, au lycée Ozenne", "02/05/2028 – 14 h"],
                                 ["CNED", "07/04/2028, envoi au rectorat (cachet de la poste)", "idem"]])
    prose = [Block("text", "Les jurys se réunissent au plus tard le vendredi 30 juin 2028."),
             Block("text", "Le vendredi 26 mai 2028 (pont de l'Ascension), aucun centre n'est ouvert."),
             Block("text", "Les candidats composent dans le centre du département de leur établissement de formation :"),
             Block("text", "Lycée Charles-de-Gaulle, 23 avenue Paul Cézanne – 56000 Vannes (Morbihan)")]
    data = _session(table, *prose, head="Académie de Toulouse\nBTS Tourisme – session 2028")
    assert sorted(e[0] for e in _events(data, "depot_dossier")) == ["2028-04-07", "2028-04-14T12:00"]
    assert [e[0] for e in _events(data, "jury")] == ["2028-06-30"]
    assert all(not e["debut"].startswith("2028-05-26") for e in data["evenements"])
    assert ("Lycée Charles-de-Gaulle", "Vannes") in {(c["nom"], c["ville"]) for c in data["centres"]}


def test_cards_side_by_side_printed_as_a_table() -> None:
    """The same cards printed to PDF (batch AI): a row of days over the cells of each card (a grid of
    cards), or one row of chevrons whose cells hold one or two « day, épreuve, hours »."""
    grid = Block("table", rows=[
        ["VEN. 7 avril", "", "", "JEU. 13 avril", "", ""],
        ["", "Dépôt", "", "", "Conformité", ""],
        ["", "E4 – Dépôt du dossier avant 17 h 00 Rectorat de Rennes", "", "",
         "E4 – Contrôle de conformité des dossiers 14 h 00 Rectorat de Rennes", ""]])
    chevrons = Block("table", rows=[[
        "Mar. 16 mai 2028 E1 · U1 Culture générale 14 h 00 – 18 h 00 (4 h)",
        "Mer. 17 mai 2028 E2 · U2 Anglais 10 h 00 – 12 h 00 (2 h) Jeu. 18 mai 2028 E3 · U3 Mathématiques "
        "14 h 00 – 16 h 00 (2 h)"]])
    data = _session(grid, chevrons, head="Académie de Rennes\nBTS GPME – session 2028")
    assert _events(data, "depot_dossier") == [("2028-04-07T17:00", None, ["E4"])]
    assert _events(data, "controle_conformite") == [("2028-04-13T14:00", None, ["E4"])]
    assert sorted(_events(data)) == [("2028-05-16T14:00", "2028-05-16T18:00", ["E1", "U1"]),
                                     ("2028-05-17T10:00", "2028-05-17T12:00", ["E2", "U2"]),
                                     ("2028-05-18T14:00", "2028-05-18T16:00", ["E3", "U3"])]


# ------------------------------------------------------------------ batch AP: PDFs made by other means

_CALENDAR_LINES = ["Académie de Grenoble – BTS Tourisme – session 2028",
                   "mardi 16 mai 2028 E1 – Culture générale et expression 14 h 00 – 18 h 00",
                   "mercredi 17 mai 2028 E7 – Tourisme et territoires 14 h 00 – 17 h 00"]


def _pdf_page(path: Path, draw) -> None:  # type: ignore[no-untyped-def]
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    draw(c)
    c.save()


def _calendar_read(path: Path) -> set[tuple[str, str | None, str]]:
    data = extract_session(read_document(path)).model_dump(mode="json")
    return {(d, f, c[0]) for d, f, c in _events(data) if c}


def test_characters_drawn_in_a_shuffled_order(tmp_path: Path) -> None:
    """Each character placed on its own, in a random order (batch AP): the lines are where they stand."""
    import random

    def draw(c) -> None:  # type: ignore[no-untyped-def]
        glyphs = []
        for k, line in enumerate(_CALENDAR_LINES):
            for i, ch in enumerate(line):
                glyphs.append((40 + c.stringWidth(line[:i], "Helvetica", 10), 780 - 20 * k, ch))
        random.Random(7).shuffle(glyphs)
        c.setFont("Helvetica", 10)
        for x, y, ch in glyphs:
            c.drawString(x, y, ch)

    path = tmp_path / "melange.pdf"
    _pdf_page(path, draw)
    assert {("2028-05-16T14:00", "2028-05-16T18:00", "E1"), ("2028-05-17T14:00", "2028-05-17T17:00", "E7")} \
        <= _calendar_read(path)


def test_calendar_turned_by_the_drawing_not_by_rotate(tmp_path: Path) -> None:
    """A landscape calendar set on a portrait page by a rotation of its content (no /Rotate)."""
    def draw(c) -> None:  # type: ignore[no-untyped-def]
        c.saveState()
        c.translate(560, 60)
        c.rotate(90)
        c.setFont("Helvetica", 10)
        for k, line in enumerate(_CALENDAR_LINES):  # a ruled table: its rules turned with it
            c.drawString(20, -40 - 30 * k, line)
            c.line(15, -48 - 30 * k, 520, -48 - 30 * k)
        c.line(15, -20, 15, -48 - 30 * (len(_CALENDAR_LINES) - 1))
        c.line(520, -20, 520, -48 - 30 * (len(_CALENDAR_LINES) - 1))
        c.restoreState()

    path = tmp_path / "tourne.pdf"
    _pdf_page(path, draw)
    assert {("2028-05-16T14:00", "2028-05-16T18:00", "E1"), ("2028-05-17T14:00", "2028-05-17T17:00", "E7")} \
        <= _calendar_read(path)


def test_form_whose_dates_are_field_values(tmp_path: Path) -> None:
    """A PDF form (batch AP): the labels are printed, the dates and hours are the values of its fields;
    « du : … au : … » and « Heure : » read as the words they stand for."""
    def draw(c) -> None:  # type: ignore[no-untyped-def]
        c.setFont("Helvetica", 10)
        c.drawString(40, 800, "Académie de Rennes – BTS GPME – session 2026")
        c.drawString(40, 760, "E4 – Gérer la relation avec les clients")
        c.drawString(40, 740, "Date limite de dépôt :")
        c.acroForm.textfield(name="d1", value="03/04/2026", x=160, y=736, width=80, height=14, borderWidth=0)
        c.drawString(250, 740, "Heure :")
        c.acroForm.textfield(name="h1", value="12h00", x=290, y=736, width=50, height=14, borderWidth=0)
        c.drawString(40, 720, "Interrogations du :")
        c.acroForm.textfield(name="d2", value="26/05/2026", x=140, y=716, width=70, height=14, borderWidth=0)
        c.drawString(220, 720, "au :")
        c.acroForm.textfield(name="d3", value="29/05/2026", x=245, y=716, width=70, height=14, borderWidth=0)

    path = tmp_path / "formulaire.pdf"
    _pdf_page(path, draw)
    data = extract_session(read_document(path)).model_dump(mode="json")
    assert _events(data, "depot_dossier") == [("2026-04-03T12:00", None, ["E4"])]
    days = {d for d, _f, c in _events(data) if c == ["E4"]} | {f for _d, f, c in _events(data) if c == ["E4"]}
    assert {"2026-05-26", "2026-05-29"} <= days


def test_shared_calendar_keeps_its_own_specialty_rows() -> None:
    """A calendar common to several BTS (batch AN): the rows of other specialties are not this one's steps;
    « Toutes les spécialités » is, « toutes sauf GPME » is not for GPME."""
    table = Block("table", rows=[
        ["Date", "Horaires", "Épreuve", "Spécialités concernées"],
        ["Lundi 10 mai 2027", "14 h 00 – 16 h 00", "Langue vivante A – partie écrite", "CG – CI – Tourisme"],
        ["Mardi 11 mai 2027", "14 h 00 – 18 h 00", "E1 – Culture générale et expression", "Toutes les spécialités"],
        ["Mercredi 12 mai 2027", "14 h 00 – 18 h 00", "E3 – CEJM", "Banque – CI – GPME – MCO"],
        ["Jeudi 13 mai 2027", "9 h 00 – 13 h 00", "E4 – CEJM appliquée", "toutes sauf GPME et MCO"]])
    data = _session(table, head="Académie de Rennes\nBTS Gestion de la PME (GPME) – session 2027")
    assert sorted(d for d, _f, _c in _events(data)) == ["2027-05-11T14:00", "2027-05-12T14:00"]


def test_territory_letterhead_and_hours_converted_in_brackets() -> None:
    """Batch AM: « SERVICE DE L'ÉDUCATION » / « DE SAINT-PIERRE-ET-MIQUELON » with a second column between
    is the organiser, not the académie a reference cites; « (soit de 14 h à 18 h à Paris) » is not the
    session's hours; « passe à l'heure d'été le dimanche 14 mars » is no step."""
    head = ("RÉPUBLIQUE FRANÇAISE Affaire suivie par : Y. Detcheverry\nSERVICE DE L'ÉDUCATION Tél. : 05 08 41\n"
            "DE SAINT-PIERRE-ET-MIQUELON Mél : examens@example.invalid\nBTS GPME – session 2027\n"
            "Réf. : note de l'académie de Normandie (rattachement) du 12 janvier 2027.")
    data = _session(Block("text", "L'archipel passe à l'heure d'été le dimanche 14 mars 2027 (UTC−2)."),
                    Block("text", "• lundi 10 mai 2027 – E1 Culture générale et expression – de 10 h à 14 h (soit de "
                                  "14 h à 18 h à Paris) ;"), head=head)
    assert data["examen"]["academie"] == "Saint-Pierre-et-Miquelon"
    assert _events(data) == [("2027-05-10T10:00", "2027-05-10T14:00", ["E1"])]


def test_extended_time_column_and_the_version_history() -> None:
    """Batch AO: « Fin tiers-temps » beside the hours is the end for candidates given more time, not the
    épreuve's; a « Version | Date | Modifications » table is the document's history, not its calendar."""
    calendar = Block("table", rows=[
        ["Date Épreuve Horaire", "Fin tiers-temps*"],
        ["lundi 15 mai 2028 E1 – Culture générale et expression 14 h – 18 h", "19 h 20"],
        ["mardi 16 mai 2028 E31 – Mathématiques 10 h – 12 h", "12 h 40"]])
    history = Block("table", rows=[["Version", "Date", "Modifications"], ["v1", "6 décembre 2027", "version initiale"],
                                   ["v2", "24 janvier 2028", "ajout de la session de remplacement"]])
    data = _session(calendar, history, head="Note de service nationale\nBTS Opticien-lunetier – session 2028")
    assert sorted(_events(data)) == [("2028-05-15T14:00", "2028-05-15T18:00", ["E1"]),
                                     ("2028-05-16T10:00", "2028-05-16T12:00", ["E31"])]
    assert all(e["debut"][:4] == "2028" and e["debut"][5:7] != "01" for e in data["evenements"])


# --------------------------------------------------------------------------------------------- AQ–AT

def test_calendar_in_week_numbers_read_through_its_legend() -> None:
    """Batch AQ: the calendar says « S20 | mardi », the days of each week are given once in a legend; the
    legend's own spans are no steps of the session."""
    legend = Block("table", rows=[["Repère", "Dates"], ["S20", "du lundi 15 au vendredi 19 mai 2028"],
                                  ["S24", "du lundi 12 au vendredi 16 juin 2028"]])
    calendar = Block("table", rows=[
        ["Semaine", "Jour", "Horaire", "Épreuve"],
        ["S20", "mardi", "14 h – 18 h", "E1 – Culture générale et expression (écrit)"],
        ["S20", "vendredi", "avant 12 h", "Dépôt du rapport d'activités E6"],
        ["S24", "lundi → mercredi", "8 h 30 – 17 h", "E6 – Soutenance du rapport d'activités (oral)"]])
    data = _session(Block("text", "Légende des semaines (session 2028)"), legend, calendar,
                    head="Académie de Dijon\nBTS Maintenance des systèmes – session 2028")
    assert sorted(_events(data)) == [("2028-05-16T14:00", "2028-05-16T18:00", ["E1"]),
                                     ("2028-06-12T08:30", "2028-06-14T17:00", ["E6"])]
    assert _events(data, "depot_dossier") == [("2028-05-19T12:00", None, ["E6"])]
    assert {e["type"] for e in data["evenements"]} == {"epreuve", "depot_dossier"}


def test_numbered_days_and_groups_on_consecutive_days() -> None:
    """Batch AQ: « Jour 1 – lundi 4 juin » is day 1 then its date, not a span from the 1st; groups sent on
    consecutive days in one line make one window of the épreuve."""
    assert [(e.kind, e.days[0][0]) for e in find_dates("Jour 1 – lundi 4 juin 2029 : candidats n° 1 à 15", 2029)] \
        == [("single", date(2029, 6, 4))]
    assert [e.kind for e in find_dates("du lundi 2 – mercredi 4 juin 2029", 2029)] == ["range"]
    data = _session(Block("text", "3. Sous-épreuve E52 – Projet : conduite et soutenance"),
                    Block("text", "Groupe 1 (candidats n° 1 à 21) : lundi 11 juin 2029 ; Groupe 2 (candidats n° 22 "
                                  "à 42) : mardi 12 juin 2029."),
                    Block("text", "Jour 1 – lundi 4 juin 2029 : candidats n° 1 à 15 ;"),
                    head="Académie de Grenoble\nBTS Électrotechnique – session 2029")
    assert ("2029-06-11", "2029-06-12", ["E52"]) in _events(data)
    assert not any(d.startswith("2029-06-01") for d, _f, _c in _events(data))


@pytest.mark.parametrize("sentence", [
    "Le jury inter-académique se réunira le lundi 28 juin 2027 à 9 h au rectorat de Lille.",
    "Le jury du groupement délibérera le lundi 28 juin 2027 à 9 h au rectorat de Bordeaux."])
def test_jury_of_a_grouping(sentence: str) -> None:
    """Batch AS: the jury of several académies, named with its qualifier before its verb."""
    data = _session(Block("text", sentence), head="Académie de Lille\nBTS CG – session 2027")
    assert _events(data, "jury") == [("2027-06-28T09:00", None, [])]


@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract absent")
def test_copier_scan_with_a_wrong_ocr_layer_is_read_from_its_picture(tmp_path: Path) -> None:
    """Batch AR: a copier's PDF, each page a picture with its own OCR layer, invisible, misread (« l2 mai »,
    « ES »). The page shows the right text; the layer is put aside and the picture read again."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    lines = ["Académie de Rennes", "BTS Bioanalyses et contrôles – session 2027",
             "E5 – Soutenances : du mardi 25 au jeudi 27 mai 2027.",
             "E1 – Culture générale : mardi 11 mai 2027, 14 h – 18 h."]
    font = ImageFont.truetype("DejaVuSans.ttf", 34)
    sheet = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    pen = ImageDraw.Draw(sheet)
    for k, line in enumerate(lines):
        pen.text((150, 200 + 80 * k), line, font=font, fill=0)
    layer = ["Acad6mie de Rennes", "BTS Bioanalyses et contr6les - session 2O27",
             "ES - Soutenances : du rnardi 2S au jeudi 27 rnai 2O27.", "El - Culture generale : mardi l1 mai 2O27, l4 h - l8 h."]
    path = tmp_path / "copieur.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(sheet), 0, 0, *A4)
    text = c.beginText()
    text.setTextRenderMode(3)  # invisible: an OCR layer
    text.setFont("Helvetica", 12)
    for k, line in enumerate(layer):
        text.setTextOrigin(54, A4[1] - 80 - 29 * k)
        text.textLine(line)
    c.drawText(text)
    c.save()
    doc = read_document(path)
    assert any("OCR" in w for w in doc.warnings)
    data = extract_session(doc).model_dump(mode="json")
    assert ("2027-05-11T14:00", "2027-05-11T18:00", ["E1"]) in _events(data)
    assert ("2027-05-25", "2027-05-27", ["E5"]) in _events(data)


@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract absent")
def test_circular_received_as_a_picture(tmp_path: Path) -> None:
    """Batch AX: the circular reached the office as a picture (a screen capture, no resolution given, and a
    photo at 200 dpi); it is read with OCR like a scan, its source said to be an image."""
    from PIL import Image, ImageDraw, ImageFont

    lines = ["Académie de Rennes – BTS Tourisme – session 2026",
             "E4 : dépôt des dossiers au plus tard le vendredi 3 avril 2026 à 12 h.",
             "E1 – Culture générale : mardi 12 mai 2026, 14 h – 18 h."]
    for name, size, width, dpi in (("capture.png", 15, 900, None), ("photo.jpg", 34, 1654, (200, 200))):
        sheet = Image.new("RGB", (width, 40 + 2 * size * len(lines)), "white")
        pen = ImageDraw.Draw(sheet)
        font = ImageFont.truetype("DejaVuSans.ttf", size)
        for k, line in enumerate(lines):
            pen.text((20, 20 + 2 * size * k), line, font=font, fill="black")
        path = tmp_path / name
        sheet.save(path, **({"dpi": dpi} if dpi else {}))
        data = extract_session(read_document(path)).model_dump(mode="json")
        assert data["source"]["format"] == "pdf" and data["source"]["format_origine"] == "image", name
        assert ("2026-05-12T14:00", "2026-05-12T18:00", ["E1"]) in _events(data), name
        assert _events(data, "depot_dossier") == [("2026-04-03T12:00", None, ["E4"])], name


def test_badges_drawn_as_forms_stay_where_they_are_shown(tmp_path: Path) -> None:
    """Batch AT (Chromium's PDF): rounded « sous réserve » badges are forms whose paths pdfium gives in the
    form's own space; taken as such they land at the foot of the page and cut its last lines into cells."""
    def draw(c) -> None:  # type: ignore[no-untyped-def]
        c.beginForm("badge", lowerx=0, lowery=0, upperx=240, uppery=40)
        c.roundRect(2, 2, 236, 36, 8)
        c.line(120, 2, 120, 38)
        c.endForm()
        c.setFont("Helvetica", 10)
        c.drawString(40, 800, "Académie de Dijon – BTS GTLA – session 2028")
        for k, (day, code) in enumerate((("lundi 15 mai 2028", "E1"), ("mardi 16 mai 2028", "E2"))):
            y = 760 - 30 * k
            c.drawString(45, y, f"{code} – {day} – 14 h – 16 h")
            c.line(40, y - 8, 540, y - 8)
            c.saveState()
            c.translate(430, y - 6)
            c.scale(0.4, 0.4)
            c.doForm("badge")
            c.restoreState()
        c.drawString(40, 24, "Le jury de délibération se réunit le lundi 3 juillet 2028 à 14 h au rectorat.")

    path = tmp_path / "badges.pdf"
    _pdf_page(path, draw)
    data = extract_session(read_document(path)).model_dump(mode="json")
    assert _events(data, "jury") == [("2028-07-03T14:00", None, [])]


# --------------------------------------------------------------------------------------------- AU–AX

def _text_session(path: Path, text: str) -> dict:
    path.write_text(text, encoding="utf-8")
    return extract_session(read_document(path)).model_dump(mode="json")


def test_prose_letter_wrapped_by_hand(tmp_path: Path) -> None:
    """Batch AU: a plain-text letter wrapped near 90 columns, a date cut before its year, an item « d) »
    whose lines are indented under it, days « jeudi 17 mai ou vendredi 18 mai » by convocation, days off
    said in many ways, the registrations of the autumn before the letter (its history, no step)."""
    text = (
        "Académie de Limoges\nLimoges, le 19 janvier 2029\nOBJET : BTS CG - session 2029\n\n"
        "Les inscriptions ont été reçues du 10 octobre au 15 novembre 2028. Les candidats sont formés au\n"
        "lycée Cabanis de Brive-la-Gaillarde et au lycée Bernard-Palissy de Saint-Léonard-de-Noblat.\n\n"
        "Le lundi 2 avril 2029 (lundi de Pâques), les mardis 1er mai et 8 mai 2029, le jeudi 10 mai\n"
        "2029 (Ascension) et le lundi 21 mai 2029 (Pentecôte) sont fériés. Le vendredi 11 mai 2029\n"
        "est un jour de pont sans épreuve.\n\n"
        "   c) E4 - Traitement des opérations comptables : mercredi 16 mai 2029, de 9 h à 13 h 30, au\n"
        "      lycée Gay-Lussac, 12 boulevard Georges-Périn, 87000 Limoges.\n"
        "   d) E5 - Situations de contrôle de gestion : cette épreuve se déroule au lycée Gay-Lussac ;\n"
        "      selon leur convocation, les candidats sont appelés le jeudi 17 mai ou le vendredi 18\n"
        "      mai 2029.\n")
    data = _text_session(tmp_path / "lettre.txt", text)
    assert sorted(_events(data)) == [("2029-05-16T09:00", "2029-05-16T13:30", ["E4"]),
                                     ("2029-05-17", "2029-05-18", ["E5"])]
    assert {e["type"] for e in data["evenements"]} == {"epreuve"}
    assert [c["nom"] for c in data["centres"]] == ["Lycée Gay-Lussac"]


@pytest.mark.parametrize("sentence", [
    "Le calendrier tient compte du vendredi 15 mai 2026, où les établissements ne sont pas ouverts aux épreuves.",
    "Le lundi 25 mai 2026, lundi de Pentecôte, aucune interrogation n'est organisée.",
    "Le vendredi 15 mai 2026 reste un jour ouvré sans épreuve.",
    "Le vendredi 15 mai 2026 n'est pas un jour d'épreuve.",
    "Aucun candidat n'est convoqué le vendredi 15 mai 2026, journée réservée à la remise en état des plateaux."])
def test_days_without_exams_said_in_prose(sentence: str) -> None:
    """Batches AQ, AU, AV: a day the text says no one sits is not a step."""
    data = _session(Block("text", "E4 – épreuve orale : du mardi 12 au jeudi 14 mai 2026."), Block("text", sentence))
    assert [e["debut"][:10] for e in data["evenements"]] == ["2026-05-12"]


def test_two_days_written_with_a_slash_and_a_raised_ordinal(tmp_path: Path) -> None:
    """Batch AV: « 7/8 juin » is two days; « les 1er–2 juin » set with a raised « er » is one line for the
    reader (pdfium breaks it where the ordinal rises)."""
    data = _session(Block("text", "EF1 – Langue vivante facultative : 7/8 juin 2026, lycée Camille Jullian."))
    assert _events(data) == [("2026-06-07", "2026-06-08", ["EF1"])]

    def draw(c) -> None:  # type: ignore[no-untyped-def]
        c.setFont("Helvetica", 11)
        c.drawString(40, 800, "Académie de Grenoble – BTS GPME – session 2027")
        t = c.beginText(40, 760)
        t.setFont("Helvetica", 11)
        t.textOut("L'épreuve facultative EF1 (langue vivante) a lieu les 1")
        t.setFont("Helvetica", 7)
        t.setRise(4)
        t.textOut("er")
        t.setRise(0)
        t.setFont("Helvetica", 11)
        t.textOut("–2 juin 2027 au lycée Les Catalins.")
        c.drawText(t)

    path = tmp_path / "ordinal.pdf"
    _pdf_page(path, draw)
    assert ("2027-06-01", "2027-06-02", "EF1") in _calendar_read(path)


def test_mail_giving_the_planned_date_then_the_date_set(tmp_path: Path) -> None:
    """Batch AT: each step, then « prévu : … », then « => … » when the date changed or was fixed: the date
    set is the step's; a planned date nothing replaces stays."""
    text = ("Objet : BTS CG session 2026 - calendrier definitif\nAcadémie de Limoges\n\n"
            "[FIXE]      E2 Langue vivante etrangere : anglais\n            prevu : xx/05/2026 (matin)\n"
            "            => mercredi 13 mai 2026, 9h - 11h\n\n"
            "[CONFIRME]  E3 Mathematiques appliquees\n            prevu : mercredi 13 mai 2026, 14h - 16h\n\n"
            "[MODIFIE]   E5 Situations de controle de gestion\n            prevu : vendredi 22 mai 2026\n"
            "            => mardi 19 mai 2026, 14h - 18h\n")
    data = _text_session(tmp_path / "mail.txt", text)
    assert sorted(_events(data)) == [("2026-05-13T09:00", "2026-05-13T11:00", ["E2"]),
                                     ("2026-05-13T14:00", "2026-05-13T16:00", ["E3"]),
                                     ("2026-05-19T14:00", "2026-05-19T18:00", ["E5"])]


# --------------------------------------------------------------------------------------------- AY–BB

def test_checklist_in_administrative_shorthand() -> None:
    """Batch BB: a checklist without header (« ☐ | ven 30/3 | dép. doss. U6.2 – avant 16h »): the tick box
    says nothing, the day has no dot nor year, the step is abbreviated, the start hour has no « h »."""
    table = Block("table", rows=[
        ["☐", "ven 30/3", "dép. doss. U6.2 (rapport de stage) – avant 16h – au Lyc. Déodat de Séverac"],
        ["☐", "mer 4/4", "ctrl conf. U6.2 – 9h-12h – Lyc. Déodat de Séverac (commission)"],
        ["☐", "lun 14/5", "écr. U1 – 14-18h"],
        ["☐", "mar 3/7", "J. délib. – 14h – Lyc. Déodat de Séverac"]])
    data = _session(table, head="Académie de Toulouse\nBTS Maintenance des véhicules – session 2029\n"
                                "Dates sans année = 2029.")
    assert _events(data, "depot_dossier") == [("2029-03-30T16:00", None, ["U62"])]
    assert _events(data, "controle_conformite") == [("2029-04-04T09:00", "2029-04-04T12:00", ["U62"])]
    assert _events(data) == [("2029-05-14T14:00", "2029-05-14T18:00", ["U1"])]
    assert _events(data, "jury") == [("2029-07-03T14:00", None, [])]
    assert [c["nom"] for c in data["centres"]] == ["Lycée Déodat de Séverac"]


def test_retro_planning_counted_from_day_j() -> None:
    """Batch AY: « J désigne le jour de la première épreuve écrite, soit le mardi 12 mai 2026 », then a
    table in « J − 21 », « J + 1 », « J + 14 → J + 16 »: the days they are, in calendar days."""
    table = Block("table", rows=[["Échéance", "Heure", "Opération", "Épreuve"],
                                 ["J − 21", "avant 12 h", "Dépôt des dossiers", "E6"],
                                 ["J + 1", "10 h – 12 h", "Anglais", "E2"],
                                 ["J + 14 → J + 16", "—", "Soutenances", "E6"]])
    data = _session(Block("text", "J désigne le jour de la première épreuve écrite, soit le mardi 12 mai 2026."),
                    table, head="Académie de Rennes\nBTS CG – session 2026")
    assert _events(data, "depot_dossier") == [("2026-04-21T12:00", None, ["E6"])]
    assert sorted(_events(data)) == [("2026-05-12", None, []),  # the anchor's own day: the first written exam
                                     ("2026-05-13T10:00", "2026-05-13T12:00", ["E2"]),
                                     ("2026-05-26", "2026-05-28", ["E6"])]


def test_spreadsheet_saved_as_web_page(tmp_path: Path) -> None:
    """Batch BA: a sheet saved « as web page » — the whole page one table, full rows for titles and parts,
    each part opening on its own header; hidden columns and rows (display:none, a hidden class), a hidden
    draft paragraph: what the page does not show is not read."""
    hidden_cell = '<td style="display:none">mar. 13/05/2025</td>'
    page = (
        "<html><head><style>.xl70 {mso-number-format:General; display:none}</style></head><body>"
        '<p style="display:none">Brouillon : jeudi 14 mai 2026, 9 h – 12 h, E6</p>'
        "<table>"
        '<tr><td colspan=4>ACADÉMIE DE RENNES – BTS ATI – SESSION 2026</td></tr>'
        '<tr><td colspan=4>1. ÉPREUVES ÉCRITES</td></tr>'
        f"<tr><td>Date</td><td>Épreuve</td><td>Début</td><td>Fin</td>{hidden_cell.replace('mar. 13/05/2025', 'Rappel 2025')}</tr>"
        f"<tr><td>lundi 11 mai 2026</td><td>E1</td><td>14:00</td><td>18:00</td>{hidden_cell}</tr>"
        '<tr class="xl70"><td>jeudi 14 mai 2026</td><td>E2</td><td>10:00</td><td>12:00</td></tr>'
        f"<tr><td>mardi 12 mai 2026</td><td>E2</td><td>10:00</td><td>12:00</td>{hidden_cell}</tr>"
        '<tr><td colspan=4>2. JURY</td></tr>'
        "<tr><td>Étape</td><td>Date</td><td>Heure</td><td>Lieu</td></tr>"
        "<tr><td>Délibération du jury</td><td>mardi 23 juin 2026</td><td>09:00</td><td>Rectorat</td></tr>"
        "</table></body></html>")
    data = _text_session(tmp_path / "calendrier.htm", page)
    assert sorted(_events(data)) == [("2026-05-11T14:00", "2026-05-11T18:00", ["E1"]),
                                     ("2026-05-12T10:00", "2026-05-12T12:00", ["E2"])]
    assert _events(data, "jury") == [("2026-06-23T09:00", None, [])]
    assert not any(e["debut"].startswith(("2025", "2026-05-14")) for e in data["evenements"])


def test_hidden_html_element_left_open_hides_nothing_after_it() -> None:
    """A hidden <p>, <td> or <li> whose end tag HTML lets one omit: the next one, or the end of what holds it,
    closes it; the rest of the page is read."""
    from extractors.html_reader import html_blocks

    def texts(page: str) -> list:
        return [b.text or b.rows for b in html_blocks(f"<html><body>{page}</body></html>", 100)[0]]

    assert texts('<p style="display:none">caché<p>visible 1<div>visible 2</div>') == ["visible 1", "visible 2"]
    assert texts('<table><tr><td>a<td style="display: none">b<td>c<tr><td>d</table><p>e</p>') == [
        [["a", "c"], ["d"]], "e"]
    assert texts("<ul><li hidden>x<li>y</ul><p>z</p>") == ["y", "z"]


def test_fiche_of_label_value_boxes_with_iso_days(tmp_path: Path) -> None:
    """Batch AZ: a summary sheet whose labels and values are boxes of a CSS grid (no space between them in
    the source), days written 2028-04-07 (ven.) with an arrow between two of them, « au plus tard 12:00 »,
    « Mise à jour » and « Fiche générée le » the sheet's own dates (no step)."""
    page = (
        "<html><head><style>.kv { display: grid; grid-template-columns: 40% 60%; }</style></head><body>"
        "<p>Académie de Dijon</p><h1>Fiche récapitulative — BTS Professions immobilières — session 2028</h1>"
        "<div class='kv'><span>Mise à jour</span><span>2028-03-20</span></div>"
        "<div class='kv'><span>Dépôt des dossiers E4</span><span><b>2028-04-07 (ven.)</b> au plus tard 12:00</span></div>"
        "<div style='display:flex'><span>Correction des copies (E1)</span><span>2028-05-22 (lun.) → "
        "2028-06-02 (ven.)</span></div>"
        "<p>Fiche générée le 2028-03-20 — la version en ligne fait foi</p></body></html>")
    data = _text_session(tmp_path / "fiche.html", page)
    assert _events(data, "depot_dossier") == [("2028-04-07T12:00", None, ["E4"])]
    assert _events(data, "correction") == [("2028-05-22", "2028-06-02", ["E1"])]
    assert data["date_document"] == "2028-03-20"
    assert not any(e["debut"].startswith("2028-03-20") for e in data["evenements"])


def test_agenda_printed_item_by_item() -> None:
    """Batch AZ: a calendar program's printout, each appointment a table of labels and values (« Objet : »,
    « Début : », « Fin : », « Périodicité : »); appointments that do not name the exam (a dentist) are not
    the session's, the printout's own dates neither, and « BTS ET » is Électrotechnique's other sigle."""
    def item(*rows: tuple[str, str]) -> Block:
        return Block("table", rows=[[k, v] for k, v in rows])

    data = _session(
        Block("text", "Période imprimée : jeu. 03/05/2029 – ven. 27/07/2029"),
        item(("Objet :", "BTS ET 2029 – Contrôle de conformité des dossiers E51"),
             ("Emplacement :", "Lycée Vaucanson, 38000 Grenoble"), ("Début :", "lun. 28/05/2029 14:00"),
             ("Fin :", "lun. 28/05/2029 16:00"), ("Catégories :", "BTS ET 2029")),
        item(("Objet :", "Dentiste – Dr Ferrand"), ("Début :", "ven. 18/05/2029 17:30"),
             ("Fin :", "ven. 18/05/2029 18:15"), ("Catégories :", "Privé")),
        item(("Objet :", "BTS ET 2029 – Interrogations E51"), ("Début :", "lun. 11/06/2029 08:00"),
             ("Fin :", "lun. 11/06/2029 17:30"),
             ("Périodicité :", "Se produit tous les jours du lun. 11/06/2029 au mer. 13/06/2029 de 08:00 à 17:30")),
        Block("text", "Imprimé le : mer. 02/05/2029 10:14"),
        head="Rodolphe ARMAND — Calendrier\nAcadémie de Grenoble")
    assert data["examen"]["sigle"] == "ET"
    assert _events(data, "controle_conformite") == [("2029-05-28T14:00", "2029-05-28T16:00", ["E51"])]
    assert _events(data) == [("2029-06-11T08:00", "2029-06-13T17:30", ["E51"])]
    assert data["date_document"] == "2029-05-02"
    assert sorted(e["debut"][:10] for e in data["evenements"]) == ["2029-05-28", "2029-06-11"]
    facts = examen_facts("LES BTS ET LES BTSA DE L'ACADÉMIE\nBTS Électrotechnique 2029")  # « ET » the word: no
    assert (facts.specialite, facts.sigle) == ("Électrotechnique", "ET")  # other specialty, its usual sigle


def test_grid_of_letters_read_through_its_legend() -> None:
    """Batch BB: a « date × unité » grid whose cells hold a letter and hours (« D 12h », « É 14-18h »),
    its header's words run into one cell by the PDF reader, days « ve 24/03 », a span « lu 29/05 → ve
    02/06 », and a legend under it (« D = dép. doss. »): each cell the step its letter stands for."""
    grid = Block("table", rows=[
        ["date U1 U3 U4", "", "", ""],
        ["ve 24/03", "", "", "D 12h"],
        ["ma 16/05", "", "É 14-18h", ""],
        ["lu 22/05", "R 14-17h", "", ""],
        ["lu 29/05 → ve 02/06", "", "", "O (soutien.)"],
        ["je 29/06", "J – délibération, 9h", "", ""]])
    legend = Block("table", rows=[["É", "= écrit ponct.", "O", "= oral ponct. / soutien.", "D", "= dép. doss."],
                                  ["R", "= réu. d'entente", "J", "= jury de délibération", "", ""]])
    data = _session(Block("text", "Les dates de la grille s'entendent en 2028."), grid, Block("text", "Légende :"),
                    legend, head="Académie de Rennes\nBTS GPME – session 2028")
    assert _events(data, "depot_dossier") == [("2028-03-24T12:00", None, ["U4"])]
    assert sorted(_events(data)) == [("2028-05-16T14:00", "2028-05-16T18:00", ["U3"]),
                                     ("2028-05-29", "2028-06-02", ["U4"])]
    assert _events(data, "reunion") == [("2028-05-22T14:00", "2028-05-22T17:00", ["U1"])]
    assert _events(data, "jury") == [("2028-06-29T09:00", None, [])]
    assert not _events(data, "autre")


def test_planning_in_shorthand_with_unit_pairs(tmp_path: Path) -> None:
    """Batch BB: a memo in shorthand — « circ. nat. du 10/01/2029 » a text, « 11.05 lun » a day, « E5
    (U5.1-U5.2) » both units, « Lyc. » before a name, « Étab. de formation (pas centres) », « vac. print. »,
    « pour le 05.06 (dernier délai) » a deadline without its hour."""
    text = ("Académie de Lille\nBTS CG – Session 2026 – Mémo\nLille, le 12.02.2026\n"
            "Réf. : circ. nat. du 10/01/2026.\n"
            "▸ 11.05 lun · U3 · 14h/18h · écrit\n"
            "▸ E5 (U5.1-U5.2) : prat. ponct. du 26.05 au 29.05\n"
            "▸ sco. : notes à saisir pour le 05.06 (dernier délai)\n"
            "Centres d'écrit : Lyc. Gaston Berger (Lille), Lyc. Voltaire (Wingles).\n"
            "Vac. print. zone B : 04.04 → 20.04 (aucune opération).\n"
            "Étab. de formation (info, pas centres) : Lyc. Colbert (Tourcoing).\n")
    data = _text_session(tmp_path / "memo.txt", text)
    assert ("2026-05-11T14:00", "2026-05-11T18:00", ["U3"]) in _events(data)
    assert ("2026-05-26", "2026-05-29", ["E5", "U51", "U52"]) in _events(data)
    assert _events(data, "transmission") == [("2026-06-05", None, [])]
    assert sorted((c["nom"], c["ville"]) for c in data["centres"]) == [("Lycée Gaston Berger", "Lille"),
                                                                        ("Lycée Voltaire", "Wingles")]
    assert not any(e["debut"].startswith(("2026-01", "2026-04")) for e in data["evenements"])


def test_previous_session_beside_the_new_one(tmp_path: Path) -> None:
    """Batch BE: each day followed by last session's in brackets, a table of four sessions side by side (the
    year only in the headers), a centre of the previous session named in the past tense, « n'est pas
    reconduit »: only the session's own days and centres."""
    text = ("Académie d'Orléans-Tours\nOrléans, le 19 janvier 2026\n"
            "Objet : BTS Systèmes numériques (SN) – session 2026\n"
            "E1 – Culture générale et expression : lundi 11 mai 2026, 14 h – 18 h (session 2025 : lundi 12 mai 2025)\n"
            "E4 – Étude d'un système : mardi 12 mai 2026, 8 h – 14 h (session 2025 : mardi 13 mai 2025)\n"
            "E3 – Mathématiques : mercredi 13 mai 2026, 10 h – 12 h (session 2025 : mercredi 14 mai 2025)\n"
            "Les écrits ont lieu au lycée Jean Zay, 2 rue Ferdinand Buisson, 45000 Orléans.\n"
            "Pour mémoire, en 2025 les oraux avaient eu lieu au lycée Durzy, 45200 Villemandeur.\n"
            "Rappel : le lycée Vaucanson, 37000 Tours, n'est pas reconduit en 2026.\n")
    data = _text_session(tmp_path / "circulaire.txt", text)
    assert data["examen"]["session"] == 2026
    assert sorted(e["debut"] for e in _events_all(data)) == ["2026-05-11T14:00", "2026-05-12T08:00", "2026-05-13T10:00"]
    assert [c["ville"] for c in data["centres"]] == ["Orléans"]
    grid = Block("table", rows=[["Épreuve", "Horaire", "2027", "2028", "2029"],
                                ["E3 – Culture économique", "14 h – 18 h", "lun. 10/05", "lun. 15/05", "lun. 14/05"],
                                ["E1 – Culture générale", "14 h – 18 h", "mar. 11/05", "mar. 16/05", "mar. 15/05"]])
    data = _session(grid, head="Académie de Bordeaux\nBTS Assurance – session 2029")
    assert sorted(e[0] for e in _events(data)) == ["2029-05-14T14:00", "2029-05-15T14:00"]


def _events_all(data: dict) -> list[dict]:
    return list(data["evenements"])


def test_circular_relayed_by_a_school_with_its_own_dates(tmp_path: Path) -> None:
    """Batch BF: a lycée's letter quoting the rectorat (its letterhead and running footer, « BTS blanc »,
    « remise du dossier au professeur référent », « n'est pas centre d'examen : … »), a CFA's mail quoting
    the circular with « > » and signed under « -- », an apprentices' alternance table."""
    letter = ("LYCÉE LES AJONCS – 12 rue de Kerlann – 56100 Lorient – Tél. 02 97 00 41 18\n"
              "Lorient, le 2 février 2026\nObjet : BTS Tourisme – session 2026 – académie de Rennes\n"
              "Du lundi 16 au mercredi 18 mars 2026 : BTS blanc (E1 et E4).\n"
              "Vendredi 20 mars 2026 : remise du dossier E6 au professeur référent.\n"
              "E1 – Culture générale et expression : lundi 11 mai 2026, de 14 h à 18 h.\n"
              "Le lycée Les Ajoncs n'est pas centre d'examen : les étudiants composent au lycée Marie-Le Franc, "
              "56100 Lorient.\n"
              "Lycée Les Ajoncs – Lorient – Lettre aux familles – page 1\n")
    data = _text_session(tmp_path / "lettre.txt", letter)
    assert [e["debut"] for e in data["evenements"]] == ["2026-05-11T14:00"]
    assert [c["nom"] for c in data["centres"]] == ["Lycée Marie-Le Franc"]
    mail = ("De : N. Brossard <n.brossard@cfa-tertia.fr>\nObjet : TR: BTS GPME 2027\n\n"
            "Bonjour, voici la circulaire.\n\n"
            "> Académie de Poitiers – BTS GPME – session 2027\n"
            "> Les candidats de la Vienne composent le lundi 10 mai 2027 de 14 h à 18 h (E1) au lycée\n"
            "> Aliénor-d'Aquitaine, 41 rue Pierre-de-Coubertin, 86000 Poitiers.\n"
            "> Le jury se réunit le mardi 29 juin 2027.\n"
            "--\nNathalie Brossard\nCFA Tertia, 12 avenue du Recteur-Pineau, 86000 Poitiers\n")
    data = _text_session(tmp_path / "mail.txt", mail)
    assert [(c["nom"], c["ville"]) for c in data["centres"]] == [("Lycée Aliénor-d'Aquitaine", "Poitiers")]
    assert _events(data) == [("2027-05-10T14:00", "2027-05-10T18:00", ["E1"])]
    alternance = Block("table", rows=[["Période", "Lieu", "Remarques"],
                                      ["du 22/01 au 16/02/2029", "Entreprise", "—"],
                                      ["du 26/03 au 06/04/2029", "CFA", "dépôt officiel des dossiers E6 le 06/04/2029"]])
    data = _session(alternance, head="Académie de Grenoble\nBTS MHR – session 2029")
    assert [(e["type"], e["debut"]) for e in data["evenements"]] == [("depot_dossier", "2029-04-06")]


def test_days_told_from_the_day_before_them(tmp_path: Path) -> None:
    """Batch AY: « le lendemain », « le même jour », « la semaine suivante, du mardi au jeudi », « du dernier de
    ces trois jours », « le premier mardi de juin », « le vendredi de la même semaine », « la veille », « le
    surlendemain »; a relative day with no day written before it, or told from « l'étape 12 », is no guess."""
    text = ("Académie de Dijon\nBTS Tourisme — session 2027\n"
            "Les dossiers E4 sont déposés quatre semaines avant la première épreuve écrite.\n"
            "L'épreuve E1 a lieu le lundi 10 mai 2027, de 14 h à 18 h.\n"
            "L'épreuve E5 a lieu le lendemain, de 9 h à 13 h.\n"
            "Les copies E5 sont numérisées le même jour à 17 h.\n"
            "Les oraux E21 se déroulent la semaine suivante, du mardi au jeudi.\n"
            "L'épreuve EF1 a lieu l'après-midi du dernier de ces trois jours, à partir de 14 h.\n"
            "Les interrogations E4 commencent le premier mardi de juin et s'achèvent le vendredi de la même semaine.\n"
            "La réunion d'entente E4 se tient la veille, à 14 h.\n"
            "Le jury se réunit le premier lundi de juillet, à 9 h.\n"
            "Les résultats sont publiés le surlendemain, à 10 h.\n"
            "Les livrets sont transmis la veille de l'étape 12.\n")
    data = _text_session(tmp_path / "circulaire.txt", text)
    got = {(e["type"], e["debut"], e["fin"]) for e in data["evenements"]}
    assert {("epreuve", "2027-05-11T09:00", "2027-05-11T13:00"), ("numerisation", "2027-05-11T17:00", None),
            ("epreuve", "2027-05-18", "2027-05-20"), ("epreuve", "2027-05-20T14:00", None),
            ("epreuve", "2027-06-01", "2027-06-04"), ("reunion", "2027-05-31T14:00", None),
            ("jury", "2027-07-05T09:00", None), ("resultats", "2027-07-07T10:00", None)} <= got
    assert not any(e["type"] == "depot_dossier" or e["type"] == "transmission" for e in data["evenements"])


@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract absent")
def test_spreadsheet_picture_in_a_pdf_is_read_from_its_own_pixels() -> None:
    """Batch BK: a screenshot of a calendar workbook pasted into a Word letter, printed to PDF. Rendered again
    at a near-native scale its one-pixel grey grid smears and the table is lost; read from the image's own
    pixels, with the shaded header cut off the merged title above it (no rule between them), every row keeps
    its columns: hours beside E1, « Du » and « Au » of E51 as one window."""
    data = extract_session(read_document(ROOT / "independantes_bk" / "circulaire_pi_2026_lyon.pdf")).model_dump(
        mode="json")
    events = _events(data)
    assert ("2026-05-11T14:00", "2026-05-11T18:00", ["E1"]) in events
    assert ("2026-05-26", "2026-05-29", ["E51"]) in events
    assert ("2026-06-01", "2026-06-03", ["E52"]) in events


def test_slide_timeline_steps_keep_the_dates_drawn_under_them() -> None:
    """Batch BL: a slide whose steps are chevrons in a group (children placed in the group's own frame) with
    each date in a box under its chevron. Read column by column, « Contrôle de conformité E6 » keeps « jeudi
    2 avril 2026 9 h 30 » and the oral window its épreuves; the footer's date (the meeting's, on every slide)
    is read once, not as an event of each slide."""
    data = extract_session(read_document(ROOT / "independantes_bl" / "circulaire_tourisme_2026_rennes.pptx")
                           ).model_dump(mode="json")
    assert ("2026-04-02T09:30", None, ["E6"]) in _events(data, "controle_conformite")
    assert ("2026-05-18", "2026-05-22", ["E21", "E22", "EF1"]) in _events(data)
    assert ("2026-06-01", "2026-06-05", ["E6"]) in _events(data)
    assert not any(e["debut"].startswith("2025-11-27") and e["epreuves"] for e in data["evenements"])


def _session_of(batch: str, name: str) -> dict:
    return extract_session(read_document(ROOT / batch / name)).model_dump(mode="json")


def test_tex_pdfs_accents_and_two_epreuves_on_one_line() -> None:
    """Batch BN (pdflatex): with the OT1 fonts each accent is a glyph of its own (« S´everac », « ACADE´MIE »);
    a day written once between its two épreuves' rows reads as one line holding both (« E2 E31 » | « 9 h 00
    14 h 00 » | « 11 h 00 16 h 00 »): one row per code, each with its own hours."""
    ot1 = read_document(ROOT / "independantes_bn" / "circulaire_bioac_2027_toulouse_ot1.pdf")
    assert "Séverac" in ot1.text and "´" not in ot1.text
    data = _session_of("independantes_bn", "circulaire_bioac_2027_toulouse.pdf")
    assert ("2027-05-11T09:00", "2027-05-11T11:00", ["E2"]) in _events(data)
    assert ("2027-05-11T14:00", "2027-05-11T16:00", ["E31"]) in _events(data)


def test_plain_text_table_printed_too_wide_keeps_its_wrapped_hours() -> None:
    """Batch BN (enscript): each row's hours wrapped onto the next line of the printout."""
    data = _session_of("independantes_bn", "circulaire_ms_2029_poitiers.pdf")
    assert ("2029-05-14T14:00", "2029-05-14T18:00", ["U1"]) in _events(data)
    assert ("2029-05-16T14:00", "2029-05-16T18:00", ["U4"]) in _events(data)


def test_centres_abroad_and_the_hours_the_text_keeps() -> None:
    """Batch BR: a metropolitan académie's centres abroad keep the hours of Paris beside columns of local
    hours; an embassy's note whose Paris hours are in brackets keeps its own; « Lycée français Jean-Monnet »
    is a centre, « les lycées français de Bruxelles, Luxembourg… » (addressees) is not; a feast « attendu le
    dimanche 16 mai … pourra entraîner la fermeture des établissements » is not an event."""
    bordeaux = _session_of("independantes_br", "circulaire_ci_2027_bordeaux.docx")
    assert ("2027-05-11T14:00", "2027-05-11T18:00", ["E5"]) in _events(bordeaux)
    assert not any(e["debut"].startswith("2027-05-16") for e in bordeaux["evenements"])
    beirut = _session_of("independantes_br", "note_ambassade_com_2029_beyrouth.html")
    assert ("2029-05-15T15:00", "2029-05-15T19:00", ["E1"]) in _events(beirut)
    strasbourg = _session_of("independantes_br", "circulaire_gpme_2028_strasbourg.pdf")
    places = [(c["nom"], c["ville"]) for c in strasbourg["centres"]]
    assert ("Lycée français Jean-Monnet", "Bruxelles") in places
    assert not any("de Bruxelles" in n for n, _ in places)


def test_letter_copied_to_another_rector_keeps_its_sender() -> None:
    """Batch BR: « Le recteur de l'académie de La Réunion à … ; Monsieur le recteur de l'académie de Mayotte
    (pour information) »: the académie is the sender's; its own column of hours is read."""
    data = _session_of("independantes_br", "circulaire_mhr_2026_la-reunion.odt")
    assert data["examen"]["academie"] == "La Réunion"
    assert ("2026-05-12T13:00", "2026-05-12T17:00", ["E3"]) in _events(data)


def test_lines_the_text_marks_as_internal_are_not_the_sessions() -> None:
    """Batch BF: a CFA relays the circular by mail and says « sur les lignes marquées [CFA], nos propres
    échéances : ce sont des dates internes »; those lines give no event. Printed to PDF, its quote marks
    (« > ») left inside the paragraphs no longer hide the lycée they precede."""
    data = _session_of("independantes_bf", "mail_cfa_gpme_2027_poitiers.txt")
    days = {e["debut"][:10] for e in data["evenements"]}
    assert not days & {"2027-03-15", "2027-03-22", "2027-03-31", "2027-04-13"}
    assert "2027-04-09" in days  # the académie's own deadline, quoted
    printed = _session_of("independantes_bf", "mail_cfa_gpme_2027_poitiers.pdf")
    assert ("Lycée Aliénor-d'Aquitaine", "Poitiers") in [(c["nom"], c["ville"]) for c in printed["centres"]]
