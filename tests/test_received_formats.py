"""Circulars as offices receive them (batches BG, BH): an e-mail with the circular attached or forwarded, a web
archive saved by Word or a browser, a macro-enabled Word file, Word 97 and RTF converted by LibreOffice. Each
built here, smallest that shows it; the corpora are scored in test_circulars_independent.py."""

from __future__ import annotations

import io
import shutil
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from core.errors import BtsError
from extractors.readers import read_document
from pipeline.extract import extract_session

LETTER = ["Académie de Rennes", "Rennes, le 12 janvier 2028", "Objet : BTS Comptabilité et gestion – session 2028",
          "L'épreuve E1 se déroulera le mardi 16 mai 2028 de 14 h à 18 h au lycée Bréquigny.",
          "Les dossiers E6 sont à déposer au plus tard le vendredi 7 avril 2028 à 12 h."]
EXPECTED = {("epreuve", "2028-05-16T14:00", "2028-05-16T18:00"), ("depot_dossier", "2028-04-07T12:00", None)}


def _docx_bytes(lines: list[str]) -> bytes:
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _steps(path: Path) -> set[tuple[str, str, str | None]]:
    data = extract_session(read_document(path)).model_dump(mode="json")
    return {(e["type"], e["debut"], e["fin"]) for e in data["evenements"]}


def test_mail_whose_body_says_see_attached(tmp_path: Path) -> None:
    """« Veuillez trouver ci-joint » and the circular as a DOCX attachment: the attachment is what is read;
    the mail's own date (its Date: header, the day after the signature) is not the document's date."""
    msg = EmailMessage()
    msg["From"] = "DEC 4 <ce.dec4@ac-rennes.fr>"
    msg["To"] = "proviseurs@ac-rennes.fr"
    msg["Subject"] = "BTS CG 2028 : circulaire d'organisation"
    msg["Date"] = "Thu, 13 Jan 2028 10:41:00 +0100"
    msg.set_content("Bonjour,\nVeuillez trouver ci-joint la circulaire d'organisation.\nCordialement.")
    msg.add_attachment(_docx_bytes(LETTER), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                       filename="circulaire BTS CG 2028 – organisation.docx")
    path = tmp_path / "message.eml"
    path.write_bytes(bytes(msg))
    data = extract_session(read_document(path)).model_dump(mode="json")
    assert data["source"]["format_origine"] == "eml"
    assert EXPECTED <= {(e["type"], e["debut"], e["fin"]) for e in data["evenements"]}
    assert data["date_document"] == "2028-01-12"


def test_message_forwarded_inside_a_message(tmp_path: Path) -> None:
    """A lycée forwards the rectorat's message as an attachment (message/rfc822): the inner HTML body is the
    circular."""
    inner = EmailMessage()
    inner["From"] = "ce.dec@ac-rennes.fr"
    inner["Subject"] = "Circulaire BTS CG 2028"
    inner.set_content("version texte")
    inner.add_alternative("<html><body>" + "".join(f"<p>{line}</p>" for line in LETTER) + "</body></html>",
                          subtype="html")
    outer = EmailMessage()
    outer["From"] = "secretariat@lycee.fr"
    outer["Subject"] = "TR: Circulaire BTS CG 2028"
    outer.set_content("Pour information, voir le message joint.")
    outer.add_attachment(inner)
    path = tmp_path / "transfert.eml"
    path.write_bytes(bytes(outer))
    assert EXPECTED <= _steps(path)


def test_web_archive_whose_charset_is_only_in_the_page(tmp_path: Path) -> None:
    """A browser's « page Web, fichier unique »: the HTML part quoted-printable, UTF-8 said only in <meta>,
    the calendar in a tab panel hidden until its tab is clicked."""
    html = ("<html><head><meta charset=\"utf-8\"></head><body><h1>BTS Comptabilité et gestion – session 2028</h1>"
            "<p>Académie de Rennes</p><div role=\"tabpanel\" hidden>" + "".join(f"<p>{line}</p>" for line in LETTER[3:])
            + "</div></body></html>")
    import quopri

    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    archive = ("From: <Saved by Blink>\r\nSubject: BTS CG\r\nMIME-Version: 1.0\r\n"
               'Content-Type: multipart/related; type="text/html"; boundary="----B"\r\n\r\n'
               "------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n"
               f"Content-Location: https://www.ac-rennes.fr/bts-cg\r\n\r\n{body}\r\n------B--\r\n")
    path = tmp_path / "page.mhtml"
    path.write_text(archive, encoding="ascii")
    data = extract_session(read_document(path)).model_dump(mode="json")
    assert EXPECTED <= {(e["type"], e["debut"], e["fin"]) for e in data["evenements"]}
    assert data["examen"]["specialite"] == "Comptabilité et gestion"


def test_macro_enabled_word_file_is_read_without_running_anything(tmp_path: Path) -> None:
    """A .docm: a DOCX whose main part is declared macro-enabled; its text is read, nothing is run."""
    plain = _docx_bytes(LETTER)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "[Content_Types].xml":
                body = body.replace(b"wordprocessingml.document.main+xml",
                                    b"DUMMY").replace(b"application/vnd.openxmlformats-officedocument.DUMMY",
                                                      b"application/vnd.ms-word.document.macroEnabled.main+xml")
            dst.writestr(item, body)
    path = tmp_path / "note.docm"
    path.write_bytes(out.getvalue())
    assert EXPECTED <= _steps(path)


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice absent")
def test_rich_text_converted_by_libreoffice(tmp_path: Path) -> None:
    """An RTF written by hand (accents as \\'e9): converted by LibreOffice, read as Word; the user told."""
    def rtf_escape(text: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\'{ord(c.encode('cp1252')):02x}" for c in text)

    body = "".join(f"{rtf_escape(line)}\\par\n" for line in LETTER)
    path = tmp_path / "circulaire.rtf"
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\n" + body + "}", encoding="ascii")
    doc = read_document(path)
    assert any("converti par LibreOffice" in w for w in doc.warnings)
    assert EXPECTED <= {(e.type, e.debut, e.fin) for e in extract_session(doc).evenements}


def test_damaged_word_97_file_gets_a_french_message(tmp_path: Path) -> None:
    """An OLE header then junk: refused with the file named and what to do, never a traceback (LibreOffice
    may fail, or make text of the junk: either way nothing is stored)."""
    from pipeline.ingest import extract_file

    path = tmp_path / "circulaire.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00junk" * 200)
    with pytest.raises(BtsError) as caught:
        extract_file(path)
    assert caught.value.french().startswith("circulaire.doc : ")


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in entries.items():
            zf.writestr(name, body)
    return out.getvalue()


def test_bundle_sent_as_a_zip(tmp_path: Path) -> None:
    """Batch BM: a zip holding the circular in a folder, a README, a Mac's resource forks, the previous
    session's circular « pour mémoire » in archives/, and the annexes in a zip inside the zip: the circular and
    its annexes are read, the junk and the record are not."""
    old = ["Académie de Rennes", "Objet : BTS Comptabilité et gestion – session 2027",
           "L'épreuve E1 se déroulera le lundi 10 mai 2027 de 14 h à 18 h."]
    annex = _zip({"annexe calendrier.docx": _docx_bytes(LETTER[:3] + LETTER[4:])})
    bundle = _zip({"BTS CG 2028/Circulaire BTS CG 2028.docx": _docx_bytes(LETTER[:4]),
                   "BTS CG 2028/annexes.zip": annex,
                   "BTS CG 2028/LISEZ-MOI.txt": "Pièces : circulaire, annexes.".encode(),
                   "BTS CG 2028/archives/Circulaire BTS CG 2027 (pour mémoire).docx": _docx_bytes(old),
                   "__MACOSX/BTS CG 2028/._Circulaire BTS CG 2028.docx": b"\x00\x05\x16\x07junk",
                   "BTS CG 2028/.DS_Store": b"\x00\x00\x00\x01Bud1"})
    path = tmp_path / "envoi.zip"
    path.write_bytes(bundle)
    data = extract_session(read_document(path)).model_dump(mode="json")
    assert data["source"]["format_origine"] == "zip" and data["examen"]["session"] == 2028
    assert {(e["type"], e["debut"], e["fin"]) for e in data["evenements"]} == EXPECTED


def test_pdf_carrying_the_circular_as_attachments(tmp_path: Path) -> None:
    """A PDF portfolio: a cover page without a date, the circular attached as a DOCX, the previous session's
    attached too (named for it): the attached circular is read, the old one is not."""
    import pypdf
    from reportlab.pdfgen import canvas

    cover = io.BytesIO()
    c = canvas.Canvas(cover)
    c.drawString(72, 760, "Académie de Rennes – BTS Comptabilité et gestion – documents de la session")
    c.save()
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(cover.getvalue()))
    writer.add_attachment("01_Circulaire_BTS_CG_session_2028.docx", _docx_bytes(LETTER))
    writer.add_attachment("Circulaire_BTS_CG_session_2027.docx", _docx_bytes(
        ["BTS Comptabilité et gestion – session 2027", "Épreuve E1 le lundi 10 mai 2027 de 14 h à 18 h."]))
    path = tmp_path / "portfolio.pdf"
    with path.open("wb") as f:
        writer.write(f)
    doc = read_document(path)
    assert any("01_Circulaire_BTS_CG_session_2028.docx" in w for w in doc.warnings)
    data = extract_session(doc).model_dump(mode="json")
    assert {(e["type"], e["debut"], e["fin"]) for e in data["evenements"]} == EXPECTED


def test_archive_nested_too_deep_is_read_as_far_as_allowed(tmp_path: Path) -> None:
    """Zips inside zips inside zips: read down to the nesting limit, the deeper ones named in a warning —
    never a crash, never an unbounded descent."""
    inner = _zip({"circulaire.docx": _docx_bytes(LETTER)})
    for _ in range(5):
        inner = _zip({"niveau.zip": inner})
    path = tmp_path / "poupees.zip"
    path.write_bytes(_zip({"circulaire.docx": _docx_bytes(LETTER), "niveau.zip": inner}))
    doc = read_document(path)
    assert any("trop profondément" in w for w in doc.warnings)
    assert EXPECTED <= {(e.type, e.debut, e.fin) for e in extract_session(doc).evenements}


def _calendar_picture() -> bytes:
    """A screenshot-like picture of a calendar table, drawn here with a TrueType font at about 200 dpi."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)
    rows = [("Date", "Épreuve", "Horaire"), ("mardi 16 mai 2028", "E1 Culture générale", "14 h - 18 h"),
            ("mercredi 17 mai 2028", "E3 Mathématiques", "10 h - 12 h")]
    img = Image.new("L", (1500, 80 + 70 * len(rows)), 255)
    draw = ImageDraw.Draw(img)
    for r, row in enumerate(rows):
        y = 40 + 70 * r
        draw.line([(20, y - 10), (1480, y - 10)], fill=120, width=2)
        for x, cell in zip((30, 520, 1080), row, strict=True):
            draw.text((x, y), cell, fill=0, font=font)
    out = io.BytesIO()
    img.save(out, format="PNG", dpi=(200, 200))
    return out.getvalue()


@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract absent : l'image ne peut pas être lue")
def test_letter_whose_calendar_is_a_pasted_picture(tmp_path: Path) -> None:
    """Batch BK: a Word letter whose calendar is a screenshot pasted in it (a logo beside it): the picture is
    read by OCR and said so; the logo, too small to hold a calendar, is not read."""
    from docx.shared import Cm
    from PIL import Image

    d = docx.Document()
    for line in LETTER[:3]:
        d.add_paragraph(line)
    logo = io.BytesIO()
    Image.new("RGB", (160, 60), (30, 60, 140)).save(logo, format="PNG")
    d.add_picture(io.BytesIO(logo.getvalue()), width=Cm(3))
    d.add_picture(io.BytesIO(_calendar_picture()), width=Cm(16))
    path = tmp_path / "circulaire.docx"
    d.save(path)
    doc = read_document(path)
    assert sum("lue par reconnaissance de caractères" in w for w in doc.warnings) == 1
    got = {(e.type, e.debut, e.fin) for e in extract_session(doc).evenements}
    assert {("epreuve", "2028-05-16T14:00", "2028-05-16T18:00"), ("epreuve", "2028-05-17T10:00", "2028-05-17T12:00")} <= got
