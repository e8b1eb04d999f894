"""Unusable input gives the right BtsError with a French message, never a traceback or a hang."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.errors import (
    BtsError,
    EmptyFileError,
    EncryptedFileError,
    InputFileError,
    NoTextError,
    TooLargeError,
    TruncatedFileError,
    WrongFormatError,
)
from extractors.readers import read_document
from samples.build_samples import build_bomb_docx, build_long_pdf

FRENCH = ("fichier", "document", "PDF", "archive", "classeur", "format", "page")


def refused(path: Path, cls: type[BtsError], *words: str, **kw: int) -> BtsError:
    with pytest.raises(cls) as info:
        read_document(path, **kw)
    exc = info.value
    assert exc.message and any(w in exc.message for w in FRENCH), exc.message
    for w in words:
        assert w in exc.message, exc.message
    line = exc.french()
    assert line.startswith(f"{path.name} : ") and "\n" not in line
    return exc


@pytest.mark.parametrize(
    ("name", "cls", "words"),
    [
        ("empty.pdf", EmptyFileError, ("vide",)),
        ("truncated.pdf", TruncatedFileError, ("tronqué",)),
        ("encrypted.pdf", EncryptedFileError, ("mot de passe",)),
    ],
)
def test_bad_samples(bad_dir: Path, name: str, cls: type[BtsError], words: tuple[str, ...]) -> None:
    refused(bad_dir / name, cls, *words)


def test_workbook_renamed_pdf_is_read_for_what_it_is_and_refused_as_no_circular(bad_dir: Path) -> None:
    """A list of candidates saved from Excel and renamed .pdf: read as the workbook it is (by its content, not
    its name), then refused as a circular — no specialty, session or date in it — with the file named."""
    from pipeline.ingest import extract_file

    assert read_document(bad_dir / "classeur.pdf").format == "xlsx"
    with pytest.raises(WrongFormatError) as caught:
        extract_file(bad_dir / "classeur.pdf")
    assert caught.value.french().startswith("classeur.pdf : ") and "pas une circulaire" in caught.value.french()


def test_scan_is_read_with_ocr(bad_dir: Path) -> None:
    """An image-only PDF is no longer refused: its page is read by Tesseract and says so."""
    doc = read_document(bad_dir / "scan.pdf")
    assert all(p.ocr for p in doc.pages)
    assert "BTS" in doc.text and "2024" in doc.text
    assert any("numérisé" in w for w in doc.warnings)


def test_scan_without_tesseract_is_refused(bad_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractors import ocr

    def missing() -> None:
        raise ocr.OcrUnavailable("Tesseract est introuvable")

    monkeypatch.setattr("extractors.scan_reader.ensure_engine", missing)
    exc = refused(bad_dir / "scan.pdf", NoTextError, "numérisé", "Tesseract")
    assert "version texte" in exc.french()


def test_too_many_pages(tmp_path: Path) -> None:
    exc = refused(build_long_pdf(tmp_path / "long.pdf", 500), TooLargeError, "500 pages", "300")
    assert exc.exit_code == TooLargeError.exit_code


def test_page_limit_is_a_parameter(samples_dir: Path) -> None:
    refused(
        samples_dir / "circulaire_sio_2024_aix-marseille.pdf", TooLargeError, "limite de 3 pages", max_pages=3
    )


def test_zip_bomb_refused_before_parsing(tmp_path: Path) -> None:
    bomb = build_bomb_docx(tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    refused(bomb, TooLargeError, "décompressée")


def test_high_ratio_small_bomb(tmp_path: Path) -> None:
    bomb = build_bomb_docx(tmp_path / "petite.docx", size=20 * 1024 * 1024)
    refused(bomb, TooLargeError, "taux de compression")


def test_truncated_docx(samples_dir: Path, tmp_path: Path) -> None:
    data = (samples_dir / "circulaire_sio_2024_aix-marseille.docx").read_bytes()
    f = tmp_path / "coupe.docx"
    f.write_bytes(data[: len(data) // 2])
    refused(f, InputFileError, "archive")


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    f = tmp_path / "casse.docx"
    with zipfile.ZipFile(f, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types")
        zf.writestr("word/document.xml", "<w:document>")
    refused(f, InputFileError, "endommagé")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"GIF89a" + bytes(range(256)) * 4, ("image GIF",)),
        (bytes(range(256)) * 8, ("binaire",)),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, ("97-2003",)),
    ],
)
def test_other_binaries(tmp_path: Path, content: bytes, words: tuple[str, ...]) -> None:
    f = tmp_path / "circulaire.pdf"
    f.write_bytes(content)
    refused(f, WrongFormatError, *words)


def test_broken_photo_of_a_circular(tmp_path: Path) -> None:
    """A PNG or JPEG is read as a photographed circular; a damaged one is refused, named, not a traceback."""
    for name, head in (("photo.png", b"\x89PNG\r\n\x1a\n"), ("photo.jpg", b"\xff\xd8\xff\xe0")):
        f = tmp_path / name
        f.write_bytes(head + bytes(range(256)) * 4)
        refused(f, InputFileError, "image", "endommagé")


def test_plain_zip_and_whitespace_only(tmp_path: Path) -> None:
    """A zip named .docx holding only a note: read as the bundle it is (batch BM), then refused as a circular —
    no specialty, session or date — with the file named; an empty zip is refused as holding no document."""
    from pipeline.ingest import extract_file

    z = tmp_path / "archive.docx"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("lisezmoi.txt", "bonjour")
    assert read_document(z).format == "zip"
    with pytest.raises(WrongFormatError) as caught:
        extract_file(z)
    assert caught.value.french().startswith("archive.docx : ") and "pas une circulaire" in caught.value.french()
    empty = tmp_path / "vide.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("__MACOSX/._rien", b"\x00")
    refused(empty, EmptyFileError, "archive ZIP")
    blank = tmp_path / "blanc.txt"
    blank.write_text(" \n\t\n")
    refused(blank, EmptyFileError, "vide")


def test_pdf_with_garbage_body(tmp_path: Path) -> None:
    """%PDF header and %%EOF trailer but nothing readable in between."""
    f = tmp_path / "faux.pdf"
    f.write_bytes(b"%PDF-1.7\n" + b"n'importe quoi\n" * 50 + b"%%EOF\n")
    exc = refused(f, InputFileError)
    assert isinstance(exc, InputFileError)


def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "absent.pdf", InputFileError, "illisible")


def test_calendar_cell_whose_days_are_all_inside_phrases() -> None:
    """Batch BD: a cell whose days all sit inside phrases (« du 12 mai au 14 mai 2026 ») once crashed the card
    reader with a ValueError on a PDF whose text layer was garbage; the cell is now one card, as written."""
    from extractors.events import _cards_in

    assert _cards_in("du 12 mai au 14 mai 2026 et le 3 juin") == ["du 12 mai au 14 mai 2026 et le 3 juin"]
