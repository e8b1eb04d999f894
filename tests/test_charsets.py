"""Encodings as offices write them (extractors.charsets): property tests on French text, and the files of
batch BO (written by someone who never read the reader: cp1252, UTF-16, Mac Roman, lying meta charset,
accents encoded twice, Wingdings arrows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.charsets import SYMBOL_TABLE, decode_text, unmangled
from extractors.readers import read_document
from pipeline.extract import extract_session

BO = Path(__file__).resolve().parents[1] / "samples" / "circulaires" / "independantes_bo"

# French words with the letters the encodings place differently, and the punctuation of a circular
_WORDS = ["épreuve", "dépôt", "conformité", "août", "Besançon", "Évreux", "cœur", "Noël", "« écrit »",
          "l’oral", "14 h – 18 h", "élève", "maître", "Sotteville-lès-Rouen", "12 €", "jeudi 7 mai 2026"]
french = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(text=french, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "mac_roman"]),
       ends=st.sampled_from(["\n", "\r\n", "\r"]))
def test_french_text_comes_back_whatever_its_encoding(text: str, encoding: str, ends: str) -> None:
    lines = [text, "Objet : session", text[::-1].strip() or "x"]
    data = ends.join(lines).encode(encoding)
    assert decode_text(data) == "\n".join(lines)


@settings(max_examples=60, deadline=None)
@given(text=french)
def test_letters_encoded_twice_are_decoded_once_more(text: str) -> None:
    text = f"épreuve {text}"
    mangled = text.encode("utf-8").decode("cp1252")  # an export read as cp1252, written back as UTF-8
    assert mangled != text and unmangled(mangled) == text
    assert unmangled(text) == text  # right text is left alone


def test_binary_data_is_not_text() -> None:
    assert decode_text(bytes(range(256)) * 4) is None
    assert decode_text(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64) is None


def test_symbol_font_arrows_and_bullets() -> None:
    assert "\uf0e0".translate(SYMBOL_TABLE) == "→"
    assert "\uf0b7".translate(SYMBOL_TABLE) == "•"
    assert "du 18 ⟶ 22 mai".translate(SYMBOL_TABLE) == "du 18 → 22 mai"


def _session(name: str) -> dict:
    if not (BO / name).exists():
        pytest.skip(f"{name} absent")
    return extract_session(read_document(BO / name)).model_dump(mode="json")


def _has(data: dict, kind: str, start: str, end: str | None = None, code: str | None = None) -> bool:
    return any(e["type"] == kind and e["debut"] == start and (end is None or e["fin"] == end)
               and (code is None or code in e["epreuves"]) for e in data["evenements"])


def test_mac_roman_text_with_cr_line_ends_is_read() -> None:
    """Batch BO: a circular saved on an old Mac (Mac Roman, CR only) was refused as binary; each dated line
    of its dot-leader calendar keeps its own unit."""
    data = _session("circulaire_era_2029_normandie.txt")
    assert data["examen"]["academie"] == "Normandie"
    assert _has(data, "epreuve", "2029-05-16T10:00", "2029-05-16T12:00", "U2")
    assert _has(data, "epreuve", "2029-05-17T08:00", "2029-05-17T14:00", "U51")


def test_markdown_with_accents_encoded_twice_is_repaired() -> None:
    data = _session("circulaire_gpme_2030_lyon.md")
    assert ("Lycée Honoré d'Urfé", "Saint-Étienne") in [(c["nom"], c["ville"]) for c in data["centres"]]
    assert _has(data, "depot_dossier", "2030-04-02T12:00", None, "E4")


def test_wingdings_arrow_between_two_dates_is_a_window() -> None:
    """Batch BO: Word's arrow in Wingdings (a w:sym in the DOCX, « à » in a Wingdings span in its web page)
    between the two days of an oral window."""
    for name in ("circulaire_sam_2026_toulouse.docx", "circulaire_sam_2026_toulouse_web.html"):
        data = _session(name)
        assert _has(data, "epreuve", "2026-05-18", "2026-05-22", "E22"), name


def test_utf16_sheet_with_quoted_line_breaks_keeps_its_rows() -> None:
    """Batch BO: Excel's « Texte Unicode » (UTF-16, tabs) whose place cell holds a line break in quotes."""
    data = _session("calendrier_crsa_2028_besancon.txt")
    assert ("Lycée Jules Haag", "Besançon") in [(c["nom"], c["ville"]) for c in data["centres"]]
    assert _has(data, "controle_conformite", "2028-04-12T14:00", None, "U62")
