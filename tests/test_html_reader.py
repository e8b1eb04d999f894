"""HTML circulars: the page an académie publishes (or Word's « page Web ») reads like its Word twin —
headings, paragraphs, tables with merged cells — and hostile markup costs nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import EmptyFileError
from extractors.readers import read_document
from pipeline.extract import extract_session
from pipeline.ingest import validate_contract

PAGE = """<!DOCTYPE html><html lang="fr"><head><title>x</title><style>td{color:red}</style>
<script>document.write("lundi 1er juin 2026")</script></head><body>
<div>Académie de Dijon</div><div>Dijon, le 9 janvier 2026</div>
<h2>BTS Bâtiment &ndash; session 2026</h2>
<p>Les dossiers E6 seront transmis au lycée Hippolyte Fontaine au plus tard le vendredi 17 avril 2026&nbsp;à 12h.</p>
<table border="1"><tr><th>Épreuve</th><th>Date</th><th>Horaires</th></tr>
<tr><td colspan="3">ÉPREUVES ÉCRITES</td></tr>
<tr><td>E1 – Culture générale</td><td rowspan="2">lundi 11 mai 2026</td><td>9h – 13h</td></tr>
<tr><td>E2 – Anglais</td><td>14h – 16h</td></tr>
<tr><td>E3 – Mathématiques<table><tr><td>note</td></tr></table></td><td>mardi 12 mai 2026</td><td>10h – 12h</td></tr>
</table></body></html>"""


def test_html_page_reads_like_word(tmp_path: Path) -> None:
    path = tmp_path / "circulaire.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "html"
    blocks = doc.pages[0].blocks
    assert [b.kind for b in blocks][:4] == ["text", "text", "heading", "text"]
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows[1] == ["ÉPREUVES ÉCRITES", "", ""]  # a colspan cell, then empty cells: the grid kept, as Word's gridSpan
    assert table.rows[3] == ["E2 – Anglais", "", "14h – 16h"]  # a rowspan continuation is an empty cell
    assert table.rows[4][0] == "E3 – Mathématiques note"  # a nested table is its cell's text
    data = extract_session(doc).model_dump(mode="json")
    assert validate_contract(data) == []
    assert data["source"]["format"] == "txt" and data["source"]["format_origine"] == "html"
    spans = {e["epreuves"][0]: (e["debut"], e["fin"]) for e in data["evenements"] if e["type"] == "epreuve"}
    assert spans["E2"] == ("2026-05-11T14:00", "2026-05-11T16:00")  # the date written once for two rows
    assert "2026-06-01" not in json.dumps(data)  # a script's text is no event
    depot = next(e for e in data["evenements"] if e["type"] == "depot_dossier")
    assert (depot["debut"], depot["epreuves"]) == ("2026-04-17T12:00", ["E6"])


def test_hostile_html_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "bombe.html"
    deep = "<div>" * 50_000 + "E1 lundi 11 mai 2026" + "</div>" * 10
    path.write_text("<!doctype html><html><body><table><tr><td rowspan='999999999'>a</td></tr>"
                    + "<tr><td>b</td></tr>" * 200 + "</table>" + deep, encoding="utf-8")
    table = next(b for b in read_document(path).pages[0].blocks if b.kind == "table")
    assert len(table.rows) == 201 and all(len(r) <= 2 for r in table.rows)


def test_empty_html_page_is_refused_in_french(tmp_path: Path) -> None:
    path = tmp_path / "vide.html"
    path.write_text("<!DOCTYPE html><html><head><title>t</title></head><body> </body></html>", encoding="utf-8")
    with pytest.raises(EmptyFileError, match="aucun texte"):
        read_document(path)


def test_a_text_mentioning_a_tag_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Objet : BTS SIO session 2026\nLe formulaire <html> n'est pas utilisé.\n", encoding="utf-8")
    assert read_document(path).format == "txt"
