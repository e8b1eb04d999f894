"""The OCR reader of scanned circulars: which pages are cleaned before Tesseract, and the word-level repairs
of Tesseract's usual misreadings, on the scanned samples of samples/circulaires/motifs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extractors.ocr import Word, render_pdf_page
from extractors.readers import read_document
from extractors.scan_reader import OCR_DPI, _clean_words, speckled

MOTIFS = Path(__file__).resolve().parents[1] / "samples" / "circulaires" / "motifs"


def _page(name: str):  # noqa: ANN202
    return render_pdf_page(pdfium.PdfDocument(MOTIFS / name), 0, OCR_DPI).convert("L")


def test_a_noisy_scan_is_speckled_and_its_clean_render_is_not() -> None:
    assert speckled(_page("circulaire_sn_2026_toulouse_scan.pdf"))
    assert not speckled(_page("circulaire_sn_2026_toulouse.pdf"))  # the LibreOffice PDF of the same text


def _words(*texts: str) -> list[Word]:
    return [Word(t, 10 * i, 0, 10 * i + 8, 10, 90.0, (1, 1, 1)) for i, t in enumerate(texts)]


def test_word_repairs_keep_what_they_do_not_recognise() -> None:
    fixed = [w.text for w in _clean_words(_words("du", "lundi", "ler", "au", "vendredi", "5", "jüin", "2026"))]
    assert fixed == ["du", "lundi", "1er", "au", "vendredi", "5", "juin", "2026"]
    assert [w.text for w in _clean_words(_words("L'épreuve", "ES", "aura", "lieu"))][1] == "E5"
    # an all-capitals heading is left alone; a real accented month is not "repaired"
    assert [w.text for w in _clean_words(_words("SESSION", "ES", "DEC"))][1] == "ES"
    assert [w.text for w in _clean_words(_words("27", "août"))][1] == "août"


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract absent")
def test_noisy_scan_reads_its_dates_and_codes() -> None:
    text = read_document(MOTIFS / "circulaire_sn_2026_toulouse_scan.pdf").text
    assert "Lundi 11 mai 2026" in text  # read "mäi" before the page was cleaned
    assert "du lundi 1er au vendredi 5 juin 2026" in text
    assert "L'épreuve E5 aura lieu" in text


def test_a_sliver_between_two_rules_is_no_cell_to_read() -> None:
    """A warped phone photo may put two rules 3 px apart: the « cell » between them is skipped, not a crash
    that refused the whole scan (batch Z, Guadeloupe photo)."""
    from PIL import Image

    from extractors.ocr import OcrPage
    from extractors.scan_reader import _lost_cell

    page = OcrPage(Image.new("L", (200, 100), 255), 200, [])
    assert _lost_cell(page, (10, 40, 120, 43)) == ""
    assert _lost_cell(page, (10, 40, 14, 90)) == ""
