"""Readers on real files: the circular samples rendered to PDF and DOCX read like their TXT seed."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from extractors.document import Document
from extractors.readers import read_document, text_structure

SIO = "circulaire_sio_2024_aix-marseille"
MCO = "circulaire_mco_2022_aix-marseille-corse"


def tables(doc: Document) -> list[list[list[str]]]:
    return [b.rows for p in doc.pages for b in p.blocks if b.kind == "table"]


def texts(doc: Document) -> list[str]:
    return [b.text for p in doc.pages for b in p.blocks if b.kind != "table"]


def find_row(doc: Document, first_cell_start: str) -> list[str]:
    rows = [r for t in tables(doc) for r in t if r and r[0].startswith(first_cell_start)]
    assert rows, f"no table row starting with {first_cell_start!r}"
    return rows[0]


@pytest.mark.parametrize("ext", ["pdf", "docx", "txt"])
def test_sio_written_calendar_cells(samples_dir: Path, ext: str) -> None:
    doc = read_document(samples_dir / f"{SIO}.{ext}")
    assert doc.format == ext
    assert find_row(doc, "U21") == ["U21 Mathématiques pour l'informatique", "16 mai 2024", "16h00-18h00"]
    assert find_row(doc, "U6") == [
        "U6 Cybersécurité des services informatiques",
        "17 mai 2024",
        "14h00-18h00",
    ]
    e4 = find_row(doc, "E4 ")
    assert e4[1].startswith("Concertation : le mardi 21 mai 2024.")
    assert "Horaires d'interrogation : 9h30 - 12h00, 13h50 - 17h00" in e4[1]


@pytest.mark.parametrize("ext", ["pdf", "docx", "txt"])
def test_mco_oral_tables(samples_dir: Path, ext: str) -> None:
    doc = read_document(samples_dir / f"{MCO}.{ext}")
    e41 = [r for t in tables(doc) for r in t if r[0] == "E41"]
    assert e41[0] == [
        "E41",
        "Du mardi 31 mai au vendredi 3 juin 2022",
        "Lycée de l’Arc à ORANGE et Lycée Monnet à VITROLLES",
    ]
    assert e41[1] == ["E41", "Le mercredi 25 mai 2022", "Lycée Jeanne d’Arc à BASTIA"]
    ef = find_row(doc, "EF2")
    assert ef == [
        "EF2 : Parcours de professionnalisation à l’étranger",
        "Mardi 24 mai 2022",
        "Lycée Périer Marseille",
        "Le vendredi 13 mai sur Cyclades",
    ]
    headers = [t[0] for t in tables(doc)]
    assert [
        "Epreuve",
        "Date de l’épreuve",
        "Centre de correction/numérisation",
        "Date de corrections",
    ] in headers
    assert "[bookmark" not in doc.text


@pytest.mark.parametrize("name", [SIO, MCO])
@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_same_content_as_txt(samples_dir: Path, name: str, ext: str) -> None:
    """Same tables (cell for cell) and same paragraphs, in the same order, whatever the format."""
    ref = read_document(samples_dir / f"{name}.txt")
    doc = read_document(samples_dir / f"{name}.{ext}")
    assert tables(doc) == tables(ref)
    assert texts(doc) == texts(ref)


def test_pdf_pages_order_and_bold(samples_dir: Path) -> None:
    doc = read_document(samples_dir / f"{SIO}.pdf")
    assert [p.number for p in doc.pages] == list(range(1, len(doc.pages) + 1))
    assert doc.n_pages == len(doc.pages) > 1
    text = doc.text
    assert (
        text.index("I. DÉROULEMENT DES ÉPREUVES") < text.index("Annexe 1") < text.index("U21 Mathématiques")
    )
    blocks = [b for p in doc.pages for b in p.blocks]
    heading = next(b for b in blocks if b.text.startswith("I. DÉROULEMENT"))
    assert heading.bold
    assert not next(b for b in blocks if b.text.startswith("La surveillance des épreuves")).bold
    # the written-exam table sits after the 'Annexe 1' heading, on a later page than the letter head
    page_u21 = next(p.number for p in doc.pages for b in p.blocks if b.kind == "table" and "U21" in b.flat())
    assert page_u21 > 1
    assert "2ème heure" in text  # superscript kept on its line


def test_docx_headings_and_single_page(samples_dir: Path) -> None:
    doc = read_document(samples_dir / f"{SIO}.docx")
    headings = [b.text for p in doc.pages for b in p.blocks if b.kind == "heading"]
    assert "I. DÉROULEMENT DES ÉPREUVES :" in headings
    assert "Annexe 1" in headings
    assert len(doc.pages) == 1


def test_dispatch_by_content_not_extension(samples_dir: Path, tmp_path: Path) -> None:
    pdf_as_txt = tmp_path / "circulaire.txt"
    shutil.copyfile(samples_dir / f"{SIO}.pdf", pdf_as_txt)
    assert read_document(pdf_as_txt).format == "pdf"
    docx_as_pdf = tmp_path / "circulaire.pdf"
    shutil.copyfile(samples_dir / f"{SIO}.docx", docx_as_pdf)
    assert read_document(docx_as_pdf).format == "docx"
    md = tmp_path / "notes.md"
    md.write_text("# Titre\n\nÉpreuve\tDate\nE4\t21 mai 2024\n", encoding="utf-8")
    doc = read_document(md)
    assert doc.format == "md"
    assert tables(doc) == [[["Épreuve", "Date"], ["E4", "21 mai 2024"]]]


def test_cp1252_text(tmp_path: Path) -> None:
    f = tmp_path / "vieux.txt"
    f.write_bytes("Épreuve orale le 3 juin à Marseille".encode("cp1252"))
    assert read_document(f).text == "Épreuve orale le 3 juin à Marseille"


def test_word_dump_table_in_text() -> None:
    text = "Intro\n\n\tEpreuve\n\tDate\n\n\tE41\n\tDu 1er juin\nau 3 juin\n\n\tE42\n\t\n\nSuite\n"
    items = text_structure(text)
    assert ("table", [["Epreuve", "Date"], ["E41", "Du 1er juin\nau 3 juin"], ["E42", ""]]) in items
    assert items[-1] == ("line", "Suite")
    # a lone tab-led line (a framed paragraph in Word) stays a line
    assert text_structure("\tINFORMATION IMPORTANTE\n\nTexte\n")[0] == ("line", "INFORMATION IMPORTANTE")


def test_docx_merged_cells_once_per_row(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Avant le tableau")
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Épreuve E4"
    t.cell(0, 2).text = "21 mai 2024"
    for j, v in enumerate(["E5", "27 mai", "Lycée"]):
        t.cell(1, j).text = v
    d.add_paragraph("Après le tableau")
    d.add_page_break()
    d.add_paragraph("Page suivante")
    f = tmp_path / "fusion.docx"
    d.save(f)
    doc = read_document(f)
    # the merged cell keeps the grid (its text, then an empty cell), so "21 mai 2024" stays in its column
    assert tables(doc) == [[["Épreuve E4", "", "21 mai 2024"], ["E5", "27 mai", "Lycée"]]]
    assert [b.flat().split("\n")[0] for b in doc.pages[0].blocks] == [
        "Avant le tableau",
        "Épreuve E4 |  | 21 mai 2024",
        "Après le tableau",
    ]
    assert [p.number for p in doc.pages] == [1, 2]
    assert doc.pages[1].blocks[0].text == "Page suivante"


def test_owner_only_encryption_is_readable(samples_dir: Path, tmp_path: Path) -> None:
    """Restrictions without a user password do not stop reading (empty user password)."""
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(samples_dir / f"{SIO}.pdf"))
    w.encrypt(user_password="", owner_password="proprietaire", algorithm="AES-128")
    f = tmp_path / "restreint.pdf"
    with f.open("wb") as fh:
        w.write(fh)
    assert find_row(read_document(f), "U21")[1] == "16 mai 2024"
