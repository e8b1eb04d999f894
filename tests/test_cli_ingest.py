"""`bts ingest` end to end on real files: JSON per the contract, stored once, bad input refused cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.ingest import validate_contract
from pipeline.storage import Store

ROOT = Path(__file__).resolve().parents[1]
CIRC = ROOT / "samples" / "circulaires"
BAD = ROOT / "samples" / "bad"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path}/bts.sqlite"
    monkeypatch.setenv("BTS_DATABASE_URL", url)
    return url


def test_ingest_pdf_writes_contract_json_and_stores_once(tmp_path: Path, db: str) -> None:
    out = tmp_path / "s.json"
    first = CliRunner().invoke(app, ["ingest", str(CIRC / "circulaire_sio_2024_aix-marseille.pdf"), "--out", str(out)])
    assert first.exit_code == 0, first.output
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert validate_contract(payload) == []
    assert payload["examen"]["sigle"] == "SIO" and payload["examen"]["session"] == 2024
    assert payload["source"]["format"] == "pdf" and payload["source"]["pages"] >= 1
    assert out.stat().st_mode & 0o077 == 0  # owner only
    second = CliRunner().invoke(app, ["ingest", str(CIRC / "circulaire_sio_2024_aix-marseille.pdf")])
    assert second.exit_code == 0
    assert "déjà en base, inchangée" in second.output
    assert len(Store(db).list_sessions()) == 1
    other = CliRunner().invoke(app, ["ingest", str(CIRC / "circulaire_sio_2026_synthetique.docx")])
    assert other.exit_code == 0
    years = sorted(r["annee"] for r in Store(db).list_sessions("SIO"))
    assert years == [2024, 2026]  # a new year's circular is kept beside the old


def test_ingest_then_diff_against_previous_year(tmp_path: Path, db: str) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(CIRC / "circulaire_sio_2024_aix-marseille.docx")]).exit_code == 0
    res = runner.invoke(app, ["ingest", str(CIRC / "circulaire_sio_2026_synthetique.pdf"), "--diff"])
    assert res.exit_code == 0, res.output
    assert "renumérotée" in res.output  # E4 (2024) became E5 (2026)


@pytest.mark.parametrize(
    "name, code, words",
    [
        ("encrypted.pdf", 4, "mot de passe"),
        ("truncated.pdf", 3, "tronqué"),
        ("empty.pdf", 3, "vide"),
        ("classeur.pdf", 3, "pas une circulaire"),  # a list of candidates saved from Excel, renamed .pdf
    ],
)
def test_bad_input_one_french_line_no_output(tmp_path: Path, db: str, name: str, code: int, words: str) -> None:
    out = tmp_path / "s.json"
    res = CliRunner().invoke(app, ["ingest", str(BAD / name), "--out", str(out)])
    assert res.exit_code == code
    assert name in res.output and words in res.output
    assert "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob(".s.json*"))
    assert Store(db).list_sessions() == []


def test_huge_pdf_refused(tmp_path: Path, db: str) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "long.pdf"
    c = canvas.Canvas(str(path))
    for i in range(500):
        c.drawString(72, 720, f"Page {i} de la circulaire")
        c.showPage()
    c.save()
    res = CliRunner().invoke(app, ["ingest", str(path), "--out", str(tmp_path / "o.json")])
    assert res.exit_code == 6
    assert "500" in res.output or "pages" in res.output
    assert not (tmp_path / "o.json").exists()


def test_missing_file_and_directory(tmp_path: Path, db: str) -> None:
    assert CliRunner().invoke(app, ["ingest", str(tmp_path / "absent.pdf")]).exit_code == 2
    assert CliRunner().invoke(app, ["ingest", str(tmp_path)]).exit_code == 2


def test_a_scanned_circular_reports_its_ocr_pages_for_the_bar() -> None:
    from pipeline.ingest import extract_file

    scan = Path(__file__).resolve().parents[1] / "samples" / "circulaires" / "motifs" / "circulaire_cg_2025_rennes_scan.pdf"
    seen: list[tuple[int, int]] = []
    data = extract_file(scan, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] >= 1 and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert data.examen.sigle == "CG"
