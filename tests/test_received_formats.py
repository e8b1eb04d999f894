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


# ----------------------------------------------------------------------------- calendars, XPS, live workbooks

def _zipped(entries: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, body in entries.items():
            zf.writestr(name, body)
    return buf.getvalue()


ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Test//FR\r
X-WR-CALNAME:BTS CG 2028 - académie de Rennes\r
X-WR-TIMEZONE:Europe/Paris\r
BEGIN:VEVENT\r
SUMMARY:E1 - Culture générale et expression\r
DTSTART:20280516T120000Z\r
DTEND:20280516T160000Z\r
LOCATION:Lycée Bréquigny\\, Rennes\r
END:VEVENT\r
BEGIN:VEVENT\r
SUMMARY:Dépôt des dossiers E6\r
DTSTART;TZID=Europe/Paris:20280407T120000\r
END:VEVENT\r
BEGIN:VEVENT\r
SUMMARY:E5 - oraux\r
DTSTART;VALUE=DATE:20280529\r
DTEND;VALUE=DATE:20280603\r
END:VEVENT\r
BEGIN:VEVENT\r
SUMMARY:Commission de contrôle de conformité E6\r
DTSTART;TZID=Europe/Paris:20280412T140000\r
DTEND;TZID=Europe/Paris:20280412T170000\r
RRULE:FREQ=WEEKLY;COUNT=2\r
END:VEVENT\r
BEGIN:VEVENT\r
STATUS:CANCELLED\r
SUMMARY:Réunion d'entente E4 (annulée)\r
DTSTART;TZID=Europe/Paris:20280519T090000\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_icalendar_file_is_read_as_a_calendar(tmp_path: Path) -> None:
    """An agenda export: UTC times moved to Paris (summer time: +2 h), an all-day window's exclusive end made
    its last day, a weekly repetition written out, a cancelled entry left out."""
    path = tmp_path / "calendrier.ics"
    path.write_text(ICS, encoding="utf-8")
    data = extract_session(read_document(path)).model_dump(mode="json")
    assert data["source"]["format_origine"] == "ics"
    steps = {(e["type"], e["debut"], e["fin"]) for e in data["evenements"]}
    assert ("epreuve", "2028-05-16T14:00", "2028-05-16T18:00") in steps
    assert ("epreuve", "2028-05-29", "2028-06-02") in steps
    assert {("controle_conformite", "2028-04-12T14:00", "2028-04-12T17:00"),
            ("controle_conformite", "2028-04-19T14:00", "2028-04-19T17:00")} <= steps
    assert not any(e["debut"].startswith("2028-05-19") for e in data["evenements"])


def test_outlook_invitation_reads_its_calendar_part(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "dec@ac-rennes.fr", "lycee@ac-rennes.fr", "Invitation : E1"
    msg.set_content("Vous êtes invité à la réunion ci-jointe.")
    msg.add_attachment(ICS.encode("utf-8"), maintype="text", subtype="calendar", disposition="inline")
    path = tmp_path / "invitation.eml"
    path.write_bytes(msg.as_bytes())
    assert ("epreuve", "2028-05-16T14:00", "2028-05-16T18:00") in _steps(path)


def test_vcalendar_one_point_zero_with_quoted_printable(tmp_path: Path) -> None:
    """Outlook 2003's .vcs: cp1252 quoted-printable, « D1 #3 » for three days running."""
    path = tmp_path / "agenda.vcs"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:1.0\r\nBEGIN:VEVENT\r\nDTSTART:20290523T113000Z\r\n"
                     b"DTEND:20290523T150000Z\r\nRRULE:D1 #3\r\n"
                     b"SUMMARY;ENCODING=QUOTED-PRINTABLE:BTS MS - correction des copies E4 (lyc=E9e Roosevelt)\r\n"
                     b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    data = extract_session(read_document(path)).model_dump(mode="json")
    days = sorted(e["debut"] for e in data["evenements"])
    assert days == ["2029-05-23T13:30", "2029-05-24T13:30", "2029-05-25T13:30"]
    assert "lycée Roosevelt" in read_document(path).text


def test_xps_document_is_read_like_a_pdf(tmp_path: Path) -> None:
    """Windows' XPS writer: the text is in Glyphs placed by their origin, inside a moved canvas."""
    page = ('<FixedPage xmlns="http://schemas.microsoft.com/xps/2005/06" Width="816" Height="1056">'
            '<Glyphs FontRenderingEmSize="16" OriginX="75" OriginY="80" UnicodeString="Académie de Rennes – BTS CG session 2028"/>'
            '<Canvas RenderTransform="1,0,0,1,75,150">'
            '<Glyphs FontRenderingEmSize="12" OriginX="0" OriginY="20" UnicodeString="E1 – Culture générale"/>'
            '<Glyphs FontRenderingEmSize="12" OriginX="300" OriginY="20" UnicodeString="mardi 16 mai 2028"/>'
            '<Glyphs FontRenderingEmSize="12" OriginX="480" OriginY="20" UnicodeString="14 h – 18 h"/>'
            '<Glyphs FontRenderingEmSize="12" OriginX="0" OriginY="45" UnicodeString="E2 – Anglais"/>'
            '<Glyphs FontRenderingEmSize="12" OriginX="300" OriginY="45" UnicodeString="mercredi 17 mai 2028"/>'
            '<Glyphs FontRenderingEmSize="12" OriginX="480" OriginY="45" UnicodeString="10 h – 12 h"/>'
            '</Canvas></FixedPage>')
    path = tmp_path / "circulaire.xps"
    path.write_bytes(_zipped({
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "FixedDocumentSequence.fdseq": '<FixedDocumentSequence xmlns="http://schemas.microsoft.com/xps/2005/06">'
                                       '<DocumentReference Source="/Documents/1/FixedDocument.fdoc"/></FixedDocumentSequence>',
        "Documents/1/FixedDocument.fdoc": '<FixedDocument xmlns="http://schemas.microsoft.com/xps/2005/06">'
                                          '<PageContent Source="Pages/1.fpage"/></FixedDocument>',
        "Documents/1/Pages/1.fpage": page}))
    data = extract_session(read_document(path)).model_dump(mode="json")
    assert data["source"]["format_origine"] == "xps"
    steps = {(e["debut"], e["fin"], tuple(e["epreuves"])) for e in data["evenements"]}
    assert ("2028-05-16T14:00", "2028-05-16T18:00", ("E1",)) in steps
    assert ("2028-05-17T10:00", "2028-05-17T12:00", ("E2",)) in steps


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice absent")
def test_workbook_written_by_a_program_has_its_formulas_computed(tmp_path: Path) -> None:
    """openpyxl writes formulas without their values; Calc computes them before the calendar is read."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["BTS CG – session 2028 – académie de Rennes"])
    ws.append(["Épreuve", "Date", "Horaire"])
    ws.append(["E1 – Culture générale", "=DATE(2028,5,16)", "14 h – 18 h"])
    ws.append(["E2 – Anglais", "=B3+1", "10 h – 12 h"])
    ws["B3"].number_format = ws["B4"].number_format = "dd/mm/yyyy"
    path = tmp_path / "calendrier.xlsx"
    wb.save(path)
    doc = read_document(path)
    assert any("calculées par LibreOffice" in w for w in doc.warnings)
    data = extract_session(doc).model_dump(mode="json")
    assert {e["debut"] for e in data["evenements"]} >= {"2028-05-16T14:00", "2028-05-17T10:00"}


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice absent")
def test_word_2003_xml_is_converted(tmp_path: Path) -> None:
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in LETTER)
    path = tmp_path / "circulaire.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><?mso-application progid="Word.Document"?>'
                    '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"><w:body>'
                    f"{body}</w:body></w:wordDocument>", encoding="utf-8")
    assert EXPECTED <= _steps(path)


def test_epub_is_read_in_its_spine_order(tmp_path: Path) -> None:
    """An e-book export: chapters in the spine's order (not the archive's), a non-linear annex after them."""
    chapter = '<html xmlns="http://www.w3.org/1999/xhtml"><body>{}</body></html>'
    path = tmp_path / "note.epub"
    path.write_bytes(_zipped({
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                                  '<rootfiles><rootfile full-path="OEBPS/content.opf"/></rootfiles></container>',
        "OEBPS/content.opf": '<package xmlns="http://www.idpf.org/2007/opf"><manifest>'
                             '<item id="a" href="b.xhtml" media-type="application/xhtml+xml"/>'
                             '<item id="b" href="a.xhtml" media-type="application/xhtml+xml"/>'
                             '<item id="n" href="annexe.xhtml" media-type="application/xhtml+xml"/></manifest>'
                             '<spine><itemref idref="n" linear="no"/><itemref idref="a"/><itemref idref="b"/></spine>'
                             '</package>',
        "OEBPS/b.xhtml": chapter.format("".join(f"<p>{line}</p>" for line in LETTER[:3])),
        "OEBPS/a.xhtml": chapter.format("".join(f"<p>{line}</p>" for line in LETTER[3:])),
        "OEBPS/annexe.xhtml": chapter.format("<p>Annexe : fiche vierge, date : __ / __ / 2028</p>")}))
    doc = read_document(path)
    assert doc.text.index("Objet") < doc.text.index("L'épreuve E1") < doc.text.index("Annexe")
    assert EXPECTED <= _steps(path)
