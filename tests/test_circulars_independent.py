"""Circulars written by engineers who never read the extractor (samples/circulaires/independantes*, ten
batches, each measured once as a holdout before any correction, then used to correct the extractor).

Every file (DOCX, ODT, HTML, LibreOffice or reportlab PDF, scans and phone photos) is scored against its
hand-written gold with the shared scorer; the floors sit below the figures measured after correction
(README, « Circulaires écrites sans lire l'extracteur »). National notes never get an académie named in
passing, and nothing in these batches may be refused.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractors.readers import read_document
from pipeline.extract import extract_session
from pipeline.ingest import validate_contract
from samples.circulaires.motifs import measure

ROOT = Path(__file__).resolve().parents[1] / "samples" / "circulaires"
BATCHES = ["independantes", "independantes_b", "independantes_c", "independantes_d", "independantes_e",
           "independantes_f", "independantes_g", "independantes_h", "independantes_i", "independantes_j"]
TEXT_FLOOR = 0.85  # DOCX/ODT/HTML/PDF: measured 0.858 to 1.000 after correction (most at 1.000)
SCAN_FLOOR = 0.75  # scans and photos: measured 0.797 to 1.000, but for the photo below
# Phone photos of calendars (a borderless one in batch F, days as columns in batch J): Tesseract loses cells;
# measured 0.644 and 0.695 — a known weakness (README), each guarded at its own floor rather than hidden
# under a lower one for every scan.
WEAK_PHOTOS = {"circulaire_cg_2026_nouvelle-caledonie_scan.pdf": 0.60, "circulaire_cg_2026_amiens_scan.pdf": 0.65}
KEY_FLOOR = 0.88  # key events over each batch's text files: measured 92 % to 100 %


def _is_scan(path: Path) -> bool:
    return "scan" in path.name or "photo" in path.name


def _cases() -> list:
    out = []
    for batch in BATCHES:
        for path, gold, _split in measure.cases("all", folder=ROOT / batch):
            marks = [pytest.mark.slow] if _is_scan(path) else []
            out.append(pytest.param(path, gold, id=f"{batch}-{path.name}", marks=marks))
    return out


@pytest.mark.parametrize("path, gold_path", _cases())
def test_independent_circular_scores_its_gold(path: Path, gold_path: Path) -> None:
    if _is_scan(path) and not shutil.which("tesseract"):
        pytest.skip("Tesseract absent")
    payload = extract_session(read_document(path)).model_dump(mode="json")
    assert validate_contract(payload) == []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    total, facets = measure.score(payload, gold)
    floor = WEAK_PHOTOS.get(path.name, SCAN_FLOOR) if _is_scan(path) else TEXT_FLOOR
    assert total >= floor, {k: v for k, v in facets.items() if v[0] < 1}
    if gold["examen"]["academie"] is None:
        assert payload["examen"]["academie"] is None


@pytest.mark.parametrize("batch", BATCHES)
def test_independent_key_event_rate(batch: str) -> None:
    found = total = 0
    for path, gold_path, _ in measure.cases("all", scan=False, folder=ROOT / batch):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        _, facets = measure.score(extract_session(read_document(path)).model_dump(mode="json"), gold)
        total += len(gold["cles"])
        found += len(gold["cles"]) - len(facets["cles"][1]["manquants"])
    assert total and found / total >= KEY_FLOOR, f"{found}/{total}"


def test_word_text_box_calendar_is_read() -> None:
    """The letter whose calendar sits in a Word text box (batch D): the box's dates are read, once."""
    text = read_document(ROOT / "independantes_d" / "lettre_metiers_chimie_2028_reims.docx").text
    assert "09/05/2028" in text
    assert text.count("09/05/2028") == read_document(
        ROOT / "independantes_d" / "lettre_metiers_chimie_2028_reims.pdf").text.count("09/05/2028")
