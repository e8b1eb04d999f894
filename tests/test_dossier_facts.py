"""analyse_file on a small generated batch: format, errors, classification, periods, OCR, fault injection."""

import json
from pathlib import Path

import pytest

from extractors import ocr
from extractors.dossier import analyse_file
from extractors.periods import merge_periods, weeks
from samples.dossiers.generate import generate


@pytest.fixture(scope="session")
def batch(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("batch")
    generate(root, 20, 5, scans=True)
    return root


def _case(batch: Path, case: str) -> Path:
    meta = json.loads((batch / "expected.json").read_text(encoding="utf-8"))
    return batch / next(n for n, v in meta["candidats"].items() if v["cas"] == case)


def _facts(folder: Path):
    return {f.name: analyse_file(f, f.name) for f in sorted(folder.iterdir())}


def test_every_piece_is_classified(batch):
    for case in ("conforme_vectoriel", "conforme_image", "conforme_numerique", "doublon"):
        facts = _facts(_case(batch, case))
        types = sorted(f.type_piece for f in facts.values())
        assert "portfolio" in types and "tableau_synthese" in types and "attestation_stage" in types, facts
        assert all(f.type_raison for f in facts.values())


def test_csv_and_expected(batch):
    lines = (batch / "candidats.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "numero;nom;prenom;option;forme;epreuve;depose_le"
    assert len(lines) == 21
    assert not _case(batch, "absence_sans_dossier").exists()
    assert list(_case(batch, "absence_dossier_vide").iterdir()) == []


@pytest.mark.parametrize("case,erreur", [("chiffre", "chiffre"), ("tronque", "tronque"), ("vide", "vide")])
def test_file_errors(batch, case, erreur):
    facts = _facts(_case(batch, case))
    bad = [f for f in facts.values() if f.erreur]
    assert [f.erreur for f in bad] == [erreur]
    assert "demander au candidat" in bad[0].erreur_message


def test_encrypted_message_names_password(batch):
    bad = [f for f in _facts(_case(batch, "chiffre")).values() if f.erreur]
    assert "mot de passe" in bad[0].erreur_message


def test_xlsx_renamed_pdf_is_read_by_content(batch):
    f = _facts(_case(batch, "xlsx_renomme"))["tableau_synthese.pdf"]
    assert f.format == "xlsx" and f.erreur is None and f.type_piece == "tableau_synthese"


def test_big_file_reports_its_size(batch):
    facts = _facts(_case(batch, "trop_gros"))
    assert max(f.octets for f in facts.values()) > 5 * 1024 * 1024


def test_overlap_counted_once(batch):
    facts = _facts(_case(batch, "chevauchement_insuffisant"))
    periods = [(p.debut, p.fin) for f in facts.values() for p in f.periodes]
    assert len(periods) == 2
    assert weeks(merge_periods(periods)) == 7.0


def test_duplicate_attestation_counted_once(batch):
    meta = json.loads((batch / "expected.json").read_text(encoding="utf-8"))
    folder = _case(batch, "doublon")
    facts = _facts(folder)
    periods = [(p.debut, p.fin) for f in facts.values() for p in f.periodes]
    assert len(periods) == 2
    assert weeks(merge_periods(periods)) == meta["candidats"][folder.name]["semaines"]


def test_scanned_attestation_read_by_ocr(batch):
    meta = json.loads((batch / "expected.json").read_text(encoding="utf-8"))
    folder = _case(batch, "scan_signee")
    f = _facts(folder)["scan_attestation.pdf"]
    assert f.pages_ocr == [1] and f.type_piece == "attestation_stage"
    assert weeks(merge_periods([(p.debut, p.fin) for p in f.periodes])) == meta["candidats"][folder.name]["semaines"]


def test_tesseract_missing_is_reported_not_raised(batch, monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    folder = _case(batch, "scan_signee")
    f = analyse_file(folder / "scan_attestation.pdf", "scan_attestation.pdf")
    assert f.erreur == "illisible" and "tesseract-ocr-fra" in f.erreur_message
    # the next file of the batch is still analysed
    other = analyse_file(folder / next(n for n in _facts(folder) if n != "scan_attestation.pdf"), "x")
    assert other.erreur is None
    with pytest.raises(ocr.OcrUnavailable):
        ocr.ensure_engine()


def test_unknown_format(tmp_path):
    p = tmp_path / "notes.pdf"
    p.write_bytes(b"hello, this is not a pdf at all")
    f = analyse_file(p, "notes.pdf")
    assert f.format == "autre" and f.erreur == "illisible" and "PDF" in f.erreur_message
