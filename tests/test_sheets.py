"""Calendars sent as spreadsheets (batch BC: .xlsx, .ods, .csv) and PDFs whose text layer lies (batch BD), each
reduced to the smallest file that shows it, built here; the corpora are scored in test_circulars_independent.py."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import BtsError
from extractors.dates import find_dates
from extractors.pdf_text import garbled_pages, text_shares, weekday_mismatches
from extractors.readers import read_document
from extractors.sheet_reader import cell_text
from pipeline.extract import extract_session

ROOT = Path(__file__).resolve().parents[1] / "samples" / "circulaires"


def _events(data: dict, etype: str = "epreuve") -> list[tuple[str, str | None, list[str]]]:
    return [(e["debut"], e["fin"], e["epreuves"]) for e in data["evenements"] if e["type"] == etype]


def _session(path: Path) -> dict:
    return extract_session(read_document(path)).model_dump(mode="json")


def test_excel_workbook_with_merges_hidden_parts_and_real_date_cells(tmp_path: Path) -> None:
    """A title merged across the sheet, « Version du » and its date cell, a day merged over the two rows of its
    épreuves, real time cells, a hidden column and a hidden sheet holding dates that are not the session's."""
    import openpyxl

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Calendrier"
    ws.append(["ACADÉMIE DE RENNES — BTS PROFESSIONS IMMOBILIÈRES — SESSION 2026"])
    ws.merge_cells("A1:F1")
    ws.append(["Calendrier des épreuves", None, None, "Version du", datetime(2026, 1, 19)])
    ws.append([])
    ws.append(["Date", "Épreuve", "Intitulé", "Début", "Fin", "Réf. interne"])
    ws.append([datetime(2026, 5, 12), "E2", "Anglais", time(9), time(11), datetime(2025, 5, 13)])
    ws.append([None, "E1", "Culture générale et expression", time(14), time(18), datetime(2025, 5, 14)])
    ws.merge_cells("A5:A6")
    ws.append([datetime(2026, 5, 13), "E51", "Transaction immobilière", time(9), time(13), None])
    for row in ws.iter_rows(min_row=5, max_row=7, max_col=1):
        row[0].number_format = "[$-40C]dddd d mmmm yyyy"
    ws.column_dimensions["F"].hidden = True
    old = book.create_sheet("Session 2025")
    old.append(["Date", "Épreuve", "Début", "Fin"])
    old.append([datetime(2025, 5, 20), "E3", time(8), time(12)])
    old.sheet_state = "hidden"
    path = tmp_path / "calendrier.xlsx"
    book.save(path)

    data = _session(path)
    assert data["source"]["format"] == "docx" and data["source"]["format_origine"] == "xlsx"
    assert data["examen"]["sigle"] == "PI" and data["date_document"] == "2026-01-19"
    assert sorted(_events(data)) == [("2026-05-12T09:00", "2026-05-12T11:00", ["E2"]),
                                     ("2026-05-12T14:00", "2026-05-12T18:00", ["E1"]),
                                     ("2026-05-13T09:00", "2026-05-13T13:00", ["E51"])]
    assert not any(e["debut"].startswith(("2025", "2026-01")) for e in data["evenements"])


def _ods(path: Path, rows_xml: str, columns: str = "") -> None:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body>'
        f'<office:spreadsheet><table:table table:name="Calendrier">{columns}{rows_xml}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)


def _cell(text: str, attrs: str = "") -> str:
    return f"<table:table-cell {attrs}><text:p>{text}</text:p></table:table-cell>"


def test_opendocument_sheet_with_a_day_over_two_rows_and_a_collapsed_column(tmp_path: Path) -> None:
    """Calc's own file: the day written once for two rows (rows-spanned, then a covered cell), a typed date
    shown as Calc rendered it, a collapsed column, a million repeated empty rows read as nothing."""
    header = "<table:table-row>" + "".join(_cell(h) for h in ("Date", "Épreuve", "Début", "Fin", "Note")) + \
        "</table:table-row>"
    first = ("<table:table-row>" + _cell("11/05/2027", 'office:value-type="date" office:date-value="2027-05-11" '
                                         'table:number-rows-spanned="2"')
             + _cell("E3") + _cell("09:00") + _cell("11:00") + _cell("12/05/2025") + "</table:table-row>")
    second = ("<table:table-row><table:covered-table-cell/>" + _cell("E1") + _cell("14:00") + _cell("18:00")
              + "<table:table-cell/></table:table-row>")
    empty = '<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>'
    title = "<table:table-row>" + _cell("Académie de Lille — BTS CG — Session 2027") + "</table:table-row>"
    columns = ('<table:table-column table:number-columns-repeated="4"/>'
               '<table:table-column table:visibility="collapse"/>')
    path = tmp_path / "calendrier.ods"
    _ods(path, title + header + first + second + empty, columns)
    data = _session(path)
    assert sorted(_events(data)) == [("2027-05-11T09:00", "2027-05-11T11:00", ["E3"]),
                                     ("2027-05-11T14:00", "2027-05-11T18:00", ["E1"])]
    assert not any(e["debut"].startswith("2025") for e in data["evenements"])


def test_csv_export_in_windows_encoding_with_quoted_fields(tmp_path: Path) -> None:
    """A CSV saved by Excel in France: « ; », cp1252, CRLF, a quoted field holding a « ; » and a line break,
    hours « 14:00:00 » with their seconds, a preamble above the header."""
    text = ("Académie de Grenoble;;;;;\r\nBTS Tourisme - session 2025;;;;;\r\n;;;;;\r\n"
            "Opération;Épreuve(s);Libellé;Date de début;Heure de début;Heure de fin\r\n"
            'Dossier;E3;"Date limite de dépôt des dossiers; deux exemplaires";2025-04-04;16:00:00;\r\n'
            'Écrit;E1;"Culture générale\r\net expression";2025-05-13;14:00:00;18:00:00\r\n')
    path = tmp_path / "calendrier.csv"
    path.write_bytes(text.encode("cp1252"))
    data = _session(path)
    assert data["source"]["format_origine"] == "csv"
    assert _events(data, "depot_dossier") == [("2025-04-04T16:00", None, ["E3"])]
    assert _events(data) == [("2025-05-13T14:00", "2025-05-13T18:00", ["E1"])]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_cell_dates_and_hours_read_back(d: date, t: time) -> None:
    """What the reader writes for a date cell (« lundi 11 mai 2026 ») the date grammar reads back, weekday
    included; a time cell reads « 14:05 », a duration « 4:30 »."""
    found = find_dates(cell_text(datetime.combine(d, time(0))), None)
    assert [(e.days[0][0], e.warnings) for e in found] == [(d, [])]
    assert cell_text(t) == f"{t.hour:02d}:{t.minute:02d}"
    assert cell_text(timedelta(hours=4, minutes=30)) == "4:30"


def test_broken_workbooks_get_a_french_message(tmp_path: Path) -> None:
    """A workbook whose sheet XML is cut, an empty one: refused with the file named, never a traceback."""
    broken = tmp_path / "calendrier.xlsx"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook><sheets><sheet name=")
    with pytest.raises(BtsError) as caught:
        read_document(broken)
    assert caught.value.french().startswith("calendrier.xlsx : ")
    empty = tmp_path / "vide.ods"
    _ods(empty, "<table:table-row><table:table-cell/></table:table-row>")
    with pytest.raises(BtsError) as caught:
        read_document(empty)
    assert "aucune cellule" in caught.value.french()


def test_text_layers_that_cannot_be_the_printed_words() -> None:
    """Punctuation soup (fonts without /ToUnicode) is garbled; a calendar's text, dense in numbers, is not;
    days whose weekdays are wrong several times over say the layer itself is wrong."""
    soup = " ".join(["!", '"#', "$%&", "'()*", "+,-.", "/0", "12", "3"] * 8)
    calendar = " ".join(["lundi 11 mai 2026 E1 14 h – 18 h Lycée Joliot-Curie (Rennes)"] * 6)
    assert text_shares(soup) is not None and text_shares(soup)[0] < 0.3  # type: ignore[index]
    assert garbled_pages(b"", "", {0: soup, 1: calendar}) == [0]
    assert weekday_mismatches("jeudi 14 mai 2027, vendredi 15 mai 2027 et lundi 41 mai") == 2
    assert weekday_mismatches("jeudi 13 mai 2027 et vendredi 14 mai 2027") == 0


@pytest.mark.slow
@pytest.mark.parametrize(("name", "dated"), [("circulaire_cg_2027_rennes.pdf", "2027-05-11"),
                                              ("circulaire_mhr_2026_montpellier.pdf", "2026-05-")])
def test_pdf_with_a_lying_text_layer_is_read_from_its_picture(name: str, dated: str) -> None:
    """Batch BD: a PDF whose fonts lost their Unicode maps, one whose Type3 glyphs are named after other
    letters: their pages are read with OCR, and the user is told."""
    if not shutil.which("tesseract"):
        pytest.skip("Tesseract absent : la relecture par OCR ne peut pas être vérifiée")
    doc = read_document(ROOT / "independantes_bd" / name)
    assert any("polices sans table Unicode" in w for w in doc.warnings)
    data = extract_session(doc).model_dump(mode="json")
    assert any(e["debut"].startswith(dated) for e in data["evenements"])
