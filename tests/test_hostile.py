"""Hostile documents are refused with a clear French message or read safely; nothing in them runs.

The worst cases are committed in samples/fuzz/ (made by samples/fuzz/build.py, see its README); the few
that are large or need a random name are built here.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import subprocess
import unicodedata
import uuid
from pathlib import Path

import pytest

from core.errors import BtsError, InputFileError, TooLargeError
from extractors import safety
from extractors.document import Document
from extractors.readers import MAX_FILE_SIZE, read_document
from samples.fuzz import build as hostile

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "samples" / "fuzz"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed corpus when complete, else a fresh build."""
    if all((CORPUS / name).exists() for name in hostile.CORPUS):
        return CORPUS
    out = tmp_path_factory.mktemp("fuzz")
    hostile.build(out)
    return out


def refused(path: Path, cls: type[BtsError], *words: str) -> BtsError:
    with pytest.raises(cls) as info:
        read_document(path)
    exc = info.value
    for w in words:
        assert w in exc.message, exc.message
    line = exc.french()
    assert line.startswith(f"{path.name} : ") and "\n" not in line
    return exc


def as_json(doc: Document) -> bytes:
    """What the CLI writes: JSON, UTF-8."""
    return json.dumps(dataclasses.asdict(doc), ensure_ascii=False, indent=2).encode("utf-8")


@pytest.mark.parametrize(
    ("name", "cls", "words"),
    [
        ("pdf_stream_bomb.pdf", TooLargeError, ("PDF suspect", "décompressé")),
        ("docx_billion_laughs.docx", InputFileError, ("DTD",)),
        ("docx_xxe.docx", InputFileError, ("DTD", "word/document.xml")),
        ("docx_xxe_utf16.docx", InputFileError, ("DTD",)),
        ("docx_overlapping.docx", InputFileError, ("chevauchent", "piégé")),
        ("docx_huge_declared.docx", TooLargeError, ("4096 Mo",)),
        ("docx_lying_size.docx", TooLargeError, ("taille annoncée",)),
    ],
)
def test_bombs_and_entities_refused(
    corpus: Path, name: str, cls: type[BtsError], words: tuple[str, ...]
) -> None:
    exc = refused(corpus / name, cls, *words)
    if cls is TooLargeError:
        assert "bombe de décompression" in exc.french()


def test_stream_bomb_is_measured_not_decoded() -> None:
    """The guard counts the inflated bytes without keeping them, and stops at the cap."""
    raw = hostile.pdf_stream_bomb(24)
    start = raw.index(b"stream\n") + len(b"stream\n")
    body = raw[start : raw.index(b"endstream")]
    cap = 8 * 1024 * 1024
    assert cap < safety.decoded_size(body, 2, cap) <= cap + (1 << 20)
    assert safety.decoded_size(body, 1, 1 << 40) < cap  # one layer: the inner deflate data


def test_ordinary_pdf_streams_pass(samples_dir: Path) -> None:
    data = (samples_dir / "circulaire_sio_2024_aix-marseille.pdf").read_bytes()
    safety.refuse_pdf_stream_bombs(Path("x.pdf"), data)  # no exception: real streams are small


def test_deep_nesting_and_huge_count_read(corpus: Path) -> None:
    for name in ("pdf_deep_nesting.pdf", "pdf_huge_count.pdf"):
        doc = read_document(corpus / name)
        assert doc.n_pages == 1
        assert "Circulaire de test : texte lisible." in doc.text


def test_reference_loop_refused(corpus: Path) -> None:
    exc = refused(corpus / "pdf_reference_loop.pdf", InputFileError, "PDF")
    assert exc.path is not None


def test_actions_are_never_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """/OpenAction JavaScript and /Launch of `touch <marker>`: the text is read, nothing is started."""
    marker = Path("/tmp") / f"bts_pwned_{uuid.uuid4().hex}"
    f = tmp_path / "actions.pdf"
    f.write_bytes(hostile.pdf_actions(str(marker)))
    started: list[object] = []

    def forbid(*args: object, **kw: object) -> None:
        started.append(args)
        raise AssertionError("a reader tried to start a process")

    monkeypatch.setattr(subprocess.Popen, "__init__", forbid)
    monkeypatch.setattr(os, "system", forbid)
    monkeypatch.setattr(os, "posix_spawn", forbid)
    before = set(tmp_path.iterdir())
    doc = read_document(f)
    assert "Circulaire de test : texte lisible." in doc.text
    assert not marker.exists()
    assert not started
    assert set(tmp_path.iterdir()) == before


def test_nested_zip_is_not_opened(corpus: Path) -> None:
    doc = read_document(corpus / "docx_nested_zip.docx")
    assert doc.text == "Circulaire de test : texte lisible."


def test_many_members_refused_before_parsing(tmp_path: Path) -> None:
    f = tmp_path / "membres.docx"
    f.write_bytes(hostile.docx_many_members(safety.MAX_MEMBERS + 1))
    refused(f, TooLargeError, "éléments dans l'archive")


def test_huge_file_refused_without_reading(tmp_path: Path) -> None:
    f = tmp_path / "enorme.pdf"
    with f.open("wb") as fh:  # sparse: nothing is written
        fh.truncate(MAX_FILE_SIZE + 1)
    refused(f, TooLargeError, "Mo")


def test_docx_parser_never_resolves_entities(corpus: Path) -> None:
    """Behind the guard, python-docx's own parser does not read the external entity either."""
    import docx

    d = docx.Document(str(corpus / "docx_xxe.docx"))
    assert "root:" not in "\n".join(p.text for p in d.paragraphs)


def _clean(text: str) -> bool:
    for ch in text:
        cat = unicodedata.category(ch)
        if (
            (cat == "Cc" and ch not in "\t\n")
            or cat == "Cs"
            or ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
        ):
            return False
    return True


@pytest.mark.parametrize("name", ["pdf_hostile_text.pdf", "docx_hostile_text.docx"])
def test_hostile_text_is_json_safe(corpus: Path, name: str) -> None:
    doc = read_document(corpus / name)
    assert _clean(doc.text), repr(doc.text)
    assert json.loads(as_json(doc))["pages"]
    assert ("Texte normal avant." in doc.text) or ("Lycée" in doc.text)


def test_hostile_text_in_txt(tmp_path: Path) -> None:
    f = tmp_path / "texte.txt"
    f.write_text(
        "Objet : \u202eesrever\u202c session\x1b[31m 2026\x07 " + "texte ordinaire " * 40 + "\n", "utf-8"
    )
    doc = read_document(f)
    assert _clean(doc.text) and "Objet : esrever session[31m 2026" in doc.text
    as_json(doc)


def test_clean_text() -> None:
    assert safety.clean_text("a\u202eb\x00c\ud800d\te\nf\rg") == "abcd\te\nf g"
    assert safety.clean_text("Lycée Jeanne d’Arc") == "Lycée Jeanne d’Arc"


def test_mutated_samples_never_escape(samples_dir: Path, tmp_path: Path) -> None:
    """A small fixed fuzz run in-process: every damaged file gives a Document or a BtsError."""
    from benchmarks.fuzz_readers import mutate

    seeds = [
        samples_dir / "circulaire_sio_2024_aix-marseille.docx",
        samples_dir / "circulaire_mco_2022_aix-marseille-corse.pdf",
    ]
    outcomes = {"ok": 0, "refused": 0}
    for i in range(16):
        rng = random.Random(7_000 + i)
        src = seeds[i % 2]
        data, _ = mutate(rng, src.read_bytes())
        f = tmp_path / f"cas{i}{src.suffix}"
        f.write_bytes(data)
        try:
            as_json(read_document(f))
            outcomes["ok"] += 1
        except BtsError as exc:
            assert exc.french().startswith(f.name)
            outcomes["refused"] += 1
    assert sum(outcomes.values()) == 16


def test_paragraph_flood_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A DOCX of millions of tiny paragraphs would keep the reader busy for minutes: refused on the count."""
    import extractors.readers as readers

    monkeypatch.setattr(readers, "MAX_PARAGRAPHS", 50)
    f = tmp_path / "paragraphes.docx"
    f.write_bytes(hostile.base_docx("\n".join(["ligne"] * 10)))
    assert read_document(f).text  # 1 paragraph: below the limit
    import docx

    d = docx.Document()
    for i in range(60):
        d.add_paragraph(f"paragraphe {i}")
    d.save(str(f))
    refused(f, TooLargeError, "60 paragraphes", "50")


def test_complex_drawing_read_without_tables(monkeypatch: pytest.MonkeyPatch, samples_dir: Path) -> None:
    """A page drawing more paths than pdfplumber can handle in time is read by pdfium, tables aside."""
    import extractors.pdf_text as pdf_text

    monkeypatch.setattr(pdf_text, "MAX_RULED_PATHS", 5)
    doc = read_document(samples_dir / "circulaire_sio_2024_aix-marseille.pdf")
    assert any("dessin trop complexe" in w for w in doc.warnings)
    assert "16 mai 2024" in doc.text


def test_table_reader_failure_falls_back(monkeypatch: pytest.MonkeyPatch, samples_dir: Path) -> None:
    """pdfminer fails on damage that pdfium repairs: the page is still read, with a warning."""
    import extractors.pdf_text as pdf_text

    def broken(page: object) -> None:
        raise ValueError("damaged")

    monkeypatch.setattr(pdf_text, "read_page", broken)
    monkeypatch.setattr(pdf_text, "_fast_ruled_page", broken)  # the pdfium table reader fails as well
    doc = read_document(samples_dir / "circulaire_sio_2024_aix-marseille.pdf")
    assert any("tableaux illisibles" in w for w in doc.warnings)
    assert "16 mai 2024" in doc.text


def test_member_a_little_past_its_size_is_damage_not_bomb(tmp_path: Path) -> None:
    """Bit flips can make a member inflate a few bytes past its declared size: damaged, not suspect."""
    import struct

    data = bytearray(hostile.base_docx())
    eocd = data.rfind(b"PK\x05\x06")
    pos = data.find(b"PK\x01\x02", struct.unpack_from("<I", data, eocd + 16)[0])
    while pos >= 0:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_len] == b"word/document.xml":
            size = struct.unpack_from("<I", data, pos + 24)[0]
            struct.pack_into("<I", data, pos + 24, size - 10)
        pos = data.find(b"PK\x01\x02", pos + 46)
    f = tmp_path / "abime.docx"
    f.write_bytes(bytes(data))
    exc = refused(f, InputFileError, "endommagée", "word/document.xml")
    assert "bombe" not in exc.french()
