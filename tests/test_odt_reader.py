"""OpenDocument text circulars (.odt, flat .fodt): LibreOffice's own format reads like its Word twin."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from core.errors import BtsError
from extractors.readers import read_document
from pipeline.extract import extract_session
from pipeline.ingest import validate_contract

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "circulaires"

CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">
<office:body><office:text>
<text:p>Académie de Dijon</text:p><text:p>Dijon, le 9 janvier 2026</text:p>
<text:h text:outline-level="2">BTS Bâtiment<text:s/>– session 2026</text:h>
<table:table>
 <table:table-row><table:table-cell><text:p>Épreuve</text:p></table:table-cell>
  <table:table-cell><text:p>Date</text:p></table:table-cell><table:table-cell><text:p>Horaires</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>ÉPREUVES ÉCRITES</text:p></table:table-cell>
  <table:covered-table-cell/><table:covered-table-cell/></table:table-row>
 <table:table-row><table:table-cell><text:p>E1 – Culture générale</text:p></table:table-cell>
  <table:table-cell table:number-rows-spanned="2"><text:p>lundi 11 mai 2026</text:p></table:table-cell>
  <table:table-cell><text:p>9h – 13h</text:p></table:table-cell></table:table-row>
 <table:table-row><table:table-cell><text:p>E2 – Anglais</text:p></table:table-cell><table:covered-table-cell/>
  <table:table-cell><text:p>14h – 16h</text:p></table:table-cell>
  <table:table-cell table:number-columns-repeated="100000"/></table:table-row>
</table:table>
<text:list><text:list-item><text:p>Les dossiers E6 seront transmis au plus tard le vendredi 17 avril 2026 à 12h.</text:p></text:list-item></text:list>
</office:text></office:body></office:document-content>"""


def _odt(path: Path, content: str = CONTENT, mimetype: str = "application/vnd.oasis.opendocument.text") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", mimetype)
        zf.writestr("content.xml", content)
    return path


def test_odt_tables_merged_cells_and_headings(tmp_path: Path) -> None:
    doc = read_document(_odt(tmp_path / "c.odt"))
    blocks = doc.pages[0].blocks
    assert doc.format == "odt" and blocks[2].kind == "heading" and blocks[2].level == 2
    table = next(b for b in blocks if b.kind == "table")
    assert table.rows[1] == ["ÉPREUVES ÉCRITES"]  # spanning columns: once, as Word's gridSpan
    assert table.rows[3] == ["E2 – Anglais", "", "14h – 16h"] and table.continued[3] == [False, True, False]
    data = extract_session(doc).model_dump(mode="json")
    assert validate_contract(data) == [] and data["source"]["format_origine"] == "odt"
    spans = {e["epreuves"][0]: (e["debut"], e["fin"]) for e in data["evenements"] if e["type"] == "epreuve"}
    assert spans["E2"] == ("2026-05-11T14:00", "2026-05-11T16:00")
    assert any(e["type"] == "depot_dossier" and e["debut"] == "2026-04-17T12:00" for e in data["evenements"])


def test_flat_odt_and_hostile_ones(tmp_path: Path) -> None:
    flat = tmp_path / "c.fodt"
    flat.write_text(CONTENT.replace("office:document-content", "office:document").replace(
        'office:version="1.3"', 'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"'),
        encoding="utf-8")
    assert any(b.kind == "table" for b in read_document(flat).pages[0].blocks)
    bomb = tmp_path / "bombe.fodt"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + flat.read_text(encoding="utf-8")
                    .split("?>", 1)[1], encoding="utf-8")
    with pytest.raises(BtsError, match="DTD"):
        read_document(bomb)
    sheet = _odt(tmp_path / "t.ods", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    assert read_document(sheet).format == "ods"  # a spreadsheet is read as one (batch BC), its tables as sheets
    show = _odt(tmp_path / "t.odg", mimetype="application/vnd.oasis.opendocument.graphics")
    with pytest.raises(BtsError, match="OpenDocument"):
        read_document(show)  # a drawing is no circular: refused, said what it is


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice absent")
def test_libreoffice_odt_reads_like_its_docx(tmp_path: Path) -> None:
    """The public SIO sample saved by LibreOffice as ODT: same tables and paragraphs as the DOCX."""
    src = SAMPLES / "circulaire_sio_2024_aix-marseille.docx"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profil", "--convert-to",
                    "odt", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    odt = read_document(tmp_path / (src.stem + ".odt"))
    docx = read_document(src)
    tables = lambda d: [b.rows for p in d.pages for b in p.blocks if b.kind == "table"]  # noqa: E731
    assert tables(odt) == tables(docx)
    a = extract_session(odt).model_dump(mode="json")
    b = extract_session(docx).model_dump(mode="json")
    assert [(e["type"], e["debut"], e["fin"], e["epreuves"]) for e in a["evenements"]] == \
        [(e["type"], e["debut"], e["fin"], e["epreuves"]) for e in b["evenements"]]
