"""Circulars written by engineers who never read the extractor (samples/circulaires/independantes*, fifty
batches, each measured once as a holdout before any correction — figures kept in samples/circulaires/mesures —
then used to correct the extractor).

Every file (DOCX, ODT, HTML, LibreOffice or reportlab PDF, scans and phone photos) is scored against its
hand-written gold with the shared scorer; the floors sit below the figures measured after correction
(README, « Circulaires écrites sans lire l'extracteur »). National notes never get an académie named in
passing, and nothing in these batches may be refused.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from extractors.readers import read_document
from pipeline.extract import extract_session
from pipeline.ingest import validate_contract
from samples.circulaires.motifs import measure

ROOT = Path(__file__).resolve().parents[1] / "samples" / "circulaires"
BATCHES = ["independantes"] + [f"independantes_{x}" for x in "bcdefghijklmnopqrstuvwxyz"] + [
    f"independantes_a{x}" for x in "abcdefghijklmnopqrstuvwxyz"] + ["independantes_ba", "independantes_bb",
                                                                 "independantes_be", "independantes_bf",
                                                                 "independantes_bc", "independantes_bd",
                                                                 "independantes_bg", "independantes_bh",
                                                                 "independantes_bi", "independantes_bj",
                                                                 "independantes_bk", "independantes_bl",
                                                                 "independantes_bm"] + [
    f"independantes_b{x}" for x in "nopqrstuvwxyz"]
TEXT_FLOOR = 0.85  # DOCX/ODT/HTML/PDF: measured 0.90 to 1.000 after correction (most at 1.000)
SCAN_FLOOR = 0.75  # scans and photos: measured 0.79 to 1.000, but for the files below
# Known weak files, each guarded at its own floor (just under what it measures) rather than hidden under a
# lower floor for all: phone photos of calendars (a borderless one in batch F, days as columns in batch J), a
# folded photo of a two-column letter (L), a photo under a desk lamp (P, read again as taken: 0.216 → 0.699),
# a photo in strong perspective whose lower half Tesseract loses (S, 0.543); from the last wave (W–Z, asked
# for layouts no earlier batch had, corrected for one session only): slides exported to PDF whose « E3
# 1ère partie (U31) » the gold reads E31 (X), a slide deck whose centres sit in separate boxes (Y), an
# intranet page printed to PDF (Y), a photo of a vice-rectorat note (Y) and of slides (W).
WEAK_FILES = {"circulaire_cg_2026_nouvelle-caledonie_scan.pdf": 0.66, "circulaire_cg_2026_amiens_scan.pdf": 0.65,
              "lettre_pi_2028_grenoble_scan.pdf": 0.65, "circulaire_sam_2028_clermont-ferrand_scan.pdf": 0.66,
              "circulaire_mco_2027_corse_scan.pdf": 0.52, "circulaire_assurance_2026_reims.pdf": 0.78,
              "circulaire_mhr_2027_versailles.pdf": 0.82, "circulaire_sp3s_2026_toulouse.pdf": 0.77,
              "circulaire_cg_2028_polynesie_scan.pdf": 0.62, "circulaire_tourisme_2026_creteil_scan.pdf": 0.73,
              # the waves AA–AH (2026-12-07), corrected for part of one session: a phone photo whose column of
              # dates Tesseract loses (AC), a photo of a timeline (AB) and of a vice-rectorat page (AG); an
              # HTML table printed by LibreOffice without its borders, cells wrapped over lines (AF); a
              # vice-rectorat whose postal line names the island, not the town (AG); a calendar in a frame
              # that the PDF export breaks up (AH)
              "note_photographie_2026_interacademique_scan.pdf": 0.42, "circulaire_mco_2027_dijon_scan.pdf": 0.58,
              "circulaire_mco_2028_wallis-et-futuna_scan.pdf": 0.66, "circulaire_cg_2026_polynesie.pdf": 0.66,
              "circulaire_mco_2028_wallis-et-futuna.pdf": 0.72, "circulaire_mco_2028_wallis-et-futuna.html": 0.78,
              "circulaire_esf_2026_nice.pdf": 0.80,
              # wave AI–AL (2026-12-07): a flexbox timeline printed by Chromium, its dates, badges and titles
              # in three tables of different columns; named with their batch where another batch has a file
              # of the same name
              "independantes_ai/note_nationale_ccst_2027.pdf": 0.71,
              # wave AM–AP (same day, measured once then corrected for under an hour): a national note whose
              # long table lists thirteen specialties (AN), the scan of a PDF form (AP: the form's values are
              # read from its fields, its printout only by OCR of small boxed text)
              "independantes_an/note_nationale_pi_2029.pdf": 0.81,
              "independantes_ap/circulaire_gpme_2026_rennes_scan.pdf": 0.74,
              # waves AQ–AT and AU–AX (2026-12-07 evening, each measured once then corrected within the
              # session): the scan of an inter-académie table (AS), a phone photo whose codes Tesseract
              # loses (AX)
              "independantes_as/circulaire_tourisme_2028_rennes_scan.pdf": 0.55,
              "independantes_ax/circulaire_mhr_2027_montpellier_photo.jpg": 0.70}
# The last wave (AY–BB, 2026-12-07 evening), measured once then corrected for less than an hour: relative dates
# (« le lendemain », « la veille »), documents that are not circulars (agenda, planning of a centre), an Excel
# sheet printed to PDF, administrative shorthand; guarded per batch just under what it measures, until corrected
BATCH_FLOOR = {"independantes_ay": (0.79, 0.80), "independantes_az": (0.82, 0.80),
               "independantes_ba": (0.64, 0.80), "independantes_bb": (0.92, 0.42),  # (text, scans); AZ, BB corrected: 0.844, 0.943
               # BC–BH corrected (spreadsheets, lying text layers, previous sessions, relayed letters, legacy
               # formats, mails): a spreadsheet printed by Calc 0.780 and its scan 0.488, a CFA's mail as PDF 0.770
               "independantes_bf": (0.75, 0.90),
               "independantes_bc": (0.76, 0.47), "independantes_bd": (0.84, 0.75),
               # BI, BJ held out (golds « holdout », never corrected against): guarded at their first measure
               "independantes_bj": (0.78, 0.85),
               # BK–BM (pictures in office files, slide decks, bundles), measured once then corrected
               "independantes_bk": (0.82, 0.88), "independantes_bl": (0.69, 0.82),
               # BN–BZ (2026-12-07, late evening): BQ (ticks, struck mentions) and BS (annotations added in a PDF
               # viewer) held out, guarded at their first measure: 0.823 (a form whose ticks are drawn lines)
               # and 0.824 (corrections flattened into the page beside the old values); BQ's scan 0.685
               "independantes_bq": (0.80, 0.66), "independantes_bs": (0.80, 0.82)}
KEY_FLOOR = 0.90  # key events over each batch's text files: measured 92 % to 100 % (W–Z since the grids of days
# and weeks are read from their cells and spans, AA–AD after one session of correction)
KEY_WEAK = {"independantes_af": 0.84,  # AF, corrected for part of a session: 86 % (its Polynésie PDF, above)
            "independantes_ai": 0.88,  # AI: 57 % at first, 90 % once cards were read (a timeline PDF still lost)
            "independantes_an": 0.88,  # AN: 90 %, specialties' rows of a shared calendar not all told apart
            "independantes_ay": 0.71, "independantes_az": 0.88, "independantes_ba": 0.88,
            # AY–BA: 73 %, 90 %, 90 % after their corrections (AY and AZ over two sessions); BK 85 %, BL 77 %
            "independantes_bk": 0.83, "independantes_bl": 0.75,
            # BN 89 % (a2ps two-up printout), BS 83 % (held out), BY 88 % (printed tiles interleaving the text)
            "independantes_bn": 0.87, "independantes_bs": 0.81, "independantes_by": 0.86}


def _is_scan(path: Path) -> bool:
    """Read with OCR: scans, photos, pictures, and copier PDFs whose OCR layer is read again (batch AR)."""
    return any(w in path.name for w in ("scan", "photo", "_ocr")) or path.suffix.lower() in measure.PICTURES


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
    doc = read_document(path)
    payload = extract_session(doc).model_dump(mode="json")
    assert validate_contract(payload) == []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    total, facets = measure.score(payload, gold)
    text_floor, scan_floor = BATCH_FLOOR.get(path.parent.name, (TEXT_FLOOR, SCAN_FLOOR))
    floor = WEAK_FILES.get(f"{path.parent.name}/{path.name}",
                           WEAK_FILES.get(path.name, scan_floor if _is_scan(path) else text_floor))
    assert total >= floor, {k: v for k, v in facets.items() if v[0] < 1}
    # a national note never takes an académie it names in passing; one that names its « académie pilote »
    # takes that one, as issue 11 asks (batch L's gold, written before, says null: the score counts it)
    if gold["examen"]["academie"] is None and not re.search(r"(?i)acad[ée]mie\s+pilote", doc.text):
        assert payload["examen"]["academie"] is None


@pytest.mark.parametrize("batch", BATCHES)
def test_independent_key_event_rate(batch: str) -> None:
    found = total = 0
    for path, gold_path, _ in measure.cases("all", scan=False, folder=ROOT / batch):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        _, facets = measure.score(extract_session(read_document(path)).model_dump(mode="json"), gold)
        total += len(gold["cles"])
        found += len(gold["cles"]) - len(facets["cles"][1]["manquants"])
    assert total and found / total >= KEY_WEAK.get(batch, KEY_FLOOR), f"{found}/{total}"


def test_word_text_box_calendar_is_read() -> None:
    """The letter whose calendar sits in a Word text box (batch D): the box's dates are read, once."""
    text = read_document(ROOT / "independantes_d" / "lettre_metiers_chimie_2028_reims.docx").text
    assert "09/05/2028" in text
    assert text.count("09/05/2028") == read_document(
        ROOT / "independantes_d" / "lettre_metiers_chimie_2028_reims.pdf").text.count("09/05/2028")
