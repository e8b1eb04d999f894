"""What Word, LibreOffice and web editors put around a date, on the smallest hand-made files: tracked
changes, content controls, fields, struck-through text, comments, framed boxes. A reader sees what the
page shows — the inserted date, not the deleted one; the box's text, not the comment's.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from extractors.readers import read_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(tmp_path: Path, body_xml: list[str], table_xml: str | None = None) -> Path:
    d = docx.Document()
    body = d.element.body
    for xml in body_xml:
        body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{xml}</w:p>"))
    if table_xml:
        body.insert(len(body) - 1, parse_xml(table_xml))
    path = tmp_path / "circulaire.docx"
    d.save(path)
    return path


def _lines(path: Path) -> list[str]:
    doc = read_document(path)
    out = []
    for page in doc.pages:
        for block in page.blocks:
            out.extend([" | ".join(r) for r in block.rows] if block.kind == "table" else [block.text])
    return out


def _run(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def test_word_tracked_changes_keep_the_inserted_date(tmp_path: Path) -> None:
    path = _docx(tmp_path, [
        _run("Dépôt des dossiers E5 : le ")
        + '<w:del w:id="1" w:author="DEC" w:date="2026-01-10T00:00:00Z"><w:r><w:delText>jeudi 2 avril 2026'
        + "</w:delText></w:r></w:del>"
        + f'<w:ins w:id="2" w:author="DEC" w:date="2026-01-10T00:00:00Z">{_run("mardi 7 avril 2026")}</w:ins>'
        + _run(" à 12 h."),
    ])
    assert _lines(path) == ["Dépôt des dossiers E5 : le mardi 7 avril 2026 à 12 h."]


def test_word_content_controls_fields_and_struck_text(tmp_path: Path) -> None:
    table = (
        f"<w:tbl {W}><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr><w:tc><w:p>{_run('Épreuve')}</w:p></w:tc><w:tc><w:p>{_run('Date')}</w:p></w:tc></w:tr>"
        f"<w:sdt><w:sdtPr/><w:sdtContent><w:tr><w:tc><w:p>{_run('E4')}</w:p></w:tc>"
        f"<w:sdt><w:sdtPr/><w:sdtContent><w:tc><w:p>{_run('12/05/2026')}</w:p></w:tc></w:sdtContent></w:sdt>"
        "</w:tr></w:sdtContent></w:sdt></w:tbl>"
    )
    path = _docx(tmp_path, [
        _run("Oral E6 : ") + f"<w:sdt><w:sdtPr/><w:sdtContent>{_run('lundi 1er juin 2026')}</w:sdtContent></w:sdt>",
        _run("Jury : ") + f'<w:fldSimple w:instr=" DATE ">{_run("jeudi 2 juillet 2026")}</w:fldSimple>',
        _run("Réunion : ") + _run("jeudi 14 mai", "<w:strike/>") + _run("vendredi 15 mai 2026")
        + _run(" (note cachée)", "<w:vanish/>") + _run(" à 9 h", '<w:strike w:val="0"/>'),
    ], table)
    assert _lines(path) == ["Oral E6 : lundi 1er juin 2026", "Jury : jeudi 2 juillet 2026",
                            "Réunion : vendredi 15 mai 2026 à 9 h", "Épreuve | Date", "E4 | 12/05/2026"]


def _odt(tmp_path: Path, body: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    path = tmp_path / "circulaire.odt"
    path.write_bytes(buf.getvalue())
    return path


def test_odt_comments_tracked_deletions_and_framed_box(tmp_path: Path) -> None:
    path = _odt(tmp_path, (
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>"
        "<text:p>jeudi 2 avril 2026</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:p>Dépôt des dossiers : <text:change text:change-id=\"c1\"/>mardi 7 avril 2026"
        "<office:annotation><dc:creator>DEC</dc:creator><text:p>vérifier le 9 avril</text:p></office:annotation>"
        " à 12 h.<draw:frame><draw:text-box><text:p>Dates clés</text:p><text:p>Jury : 2 juillet 2026</text:p>"
        "</draw:text-box></draw:frame></text:p>"
    ))
    assert _lines(path) == ["Dépôt des dossiers : mardi 7 avril 2026 à 12 h.", "Dates clés",
                            "Jury : 2 juillet 2026"]


def test_html_struck_dates_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><p>Réunion d'entente : <del>jeudi 14 mai</del> <s>mercredi 13 mai</s> "
                    "vendredi 15 mai 2026</p><dl><dt>Jury</dt><dd>2 juillet 2026</dd></dl></body></html>",
                    encoding="utf-8")
    assert _lines(path) == ["Réunion d'entente : vendredi 15 mai 2026", "Jury", "2 juillet 2026"]


def _letter_with_picture(path: Path, picture_width: float, over: str = "") -> None:
    """A reportlab letter whose calendar is a picture: the table drawn, rendered to pixels, pasted back."""
    import pypdfium2 as pdfium
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rows = [["Épreuve", "Date", "Horaires"], ["E1 Culture générale", "mardi 12 mai 2026", "14 h – 18 h"],
            ["E2 Anglais", "mercredi 13 mai 2026", "10 h – 12 h"]]
    table = Table(rows, colWidths=[170, 140, 100])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 11)]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=(460, 110), leftMargin=10, rightMargin=10, topMargin=10,
                      bottomMargin=10).build([table])
    png = io.BytesIO()
    pdfium.PdfDocument(buf.getvalue())[0].render(scale=200 / 72).to_pil().save(png, "PNG")
    png.seek(0)
    ss = getSampleStyleSheet()
    story = [Paragraph("Académie de Dijon", ss["Normal"]), Paragraph("BTS Tourisme – session 2026", ss["Normal"]),
             Paragraph("Calendrier des épreuves écrites :", ss["Normal"]), Spacer(1, 8),
             Image(png, width=picture_width, height=picture_width * 110 / 460), Spacer(1, 8),
             Paragraph("Les résultats seront publiés le vendredi 3 juillet 2026.", ss["Normal"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract absent")
def test_calendar_pasted_as_a_picture_is_read_in_its_place(tmp_path: Path) -> None:
    from pipeline.extract import extract_session

    path = tmp_path / "lettre.pdf"
    _letter_with_picture(path, 460)
    doc = read_document(path)
    assert any("image lu par reconnaissance" in w for w in doc.warnings)
    kinds = [(b.kind, b.flat().split("\n")[0]) for b in doc.pages[0].blocks]
    at = kinds.index(("text", "Calendrier des épreuves écrites :"))
    assert kinds[at + 1][0] == "table" and kinds[-1][1].startswith("Les résultats")
    events = [(e["debut"], e["fin"], e["epreuves"]) for e in extract_session(doc).model_dump(mode="json")
              ["evenements"] if e["type"] == "epreuve"]
    assert events == [("2026-05-12T14:00", "2026-05-12T18:00", ["E1"]), ("2026-05-13T10:00", "2026-05-13T12:00", ["E2"])]


def test_small_picture_is_no_calendar(tmp_path: Path) -> None:
    """A picture the size of a logo is not read (no OCR cost, no warning)."""
    path = tmp_path / "lettre.pdf"
    _letter_with_picture(path, 120)
    doc = read_document(path)
    assert doc.warnings == [] and all(b.kind == "text" for b in doc.pages[0].blocks)


def _numbered(num_id: int, level: int, text: str) -> str:
    return f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>{_run(text)}'


def test_word_automatic_numbering_writes_the_codes(tmp_path: Path) -> None:
    """Batch AW: the épreuves' codes are drawn by Word's numbering (« Épreuve E%1 – », « E%1%2 – »), not
    written in the runs; a second instance of the list restarts at 5; a numbered style heads the articles."""
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="Épreuve E%1 –"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="E%1%2 –"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="91"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="Article %1 –"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="92"><w:abstractNumId w:val="90"/><w:lvlOverride w:ilvl="0">'
                               '<w:startOverride w:val="5"/></w:lvlOverride></w:num>'))
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    d.styles.element.append(parse_xml(
        f'<w:style {W} w:type="paragraph" w:styleId="Titrearticle"><w:name w:val="Titre article"/>'
        '<w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr></w:style>'))
    body = d.element.body
    for xml in (
        f'<w:pPr><w:pStyle w:val="Titrearticle"/></w:pPr>{_run("Académie de Dijon – BTS PI – session 2025")}',
        _numbered(90, 0, "Culture générale et expression : lundi 12 mai 2025, de 14 h à 18 h"),
        _numbered(90, 0, "Langue vivante étrangère : mardi 13 mai 2025, de 10 h à 12 h"),
        _numbered(90, 1, "Anglais écrit : mercredi 14 mai 2025, de 9 h à 11 h"),
        f'<w:pPr><w:pStyle w:val="Titrearticle"/></w:pPr>{_run("Épreuves orales")}',
        _numbered(92, 0, "Techniques immobilières : interrogations du lundi 2 juin au vendredi 6 juin 2025"),
    ):
        body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{xml}</w:p>"))
    path = tmp_path / "numerotee.docx"
    d.save(path)
    assert _lines(path) == [
        "Article I – Académie de Dijon – BTS PI – session 2025",
        "Épreuve E1 – Culture générale et expression : lundi 12 mai 2025, de 14 h à 18 h",
        "Épreuve E2 – Langue vivante étrangère : mardi 13 mai 2025, de 10 h à 12 h",
        "E21 – Anglais écrit : mercredi 14 mai 2025, de 9 h à 11 h",
        "Article II – Épreuves orales",
        "Épreuve E5 – Techniques immobilières : interrogations du lundi 2 juin au vendredi 6 juin 2025"]


def test_odt_list_and_outline_numbering_write_the_codes(tmp_path: Path) -> None:
    """The same in OpenDocument: a list style « Épreuve E » + number + « – », its second level showing
    both levels (« E2.1 »), and headings numbered by the outline style."""
    styles = (
        '<office:automatic-styles><text:list-style style:name="L1">'
        '<text:list-level-style-number text:level="1" style:num-prefix="Épreuve E" style:num-suffix=" –" '
        'style:num-format="1"/><text:list-level-style-number text:level="2" style:num-prefix="E" '
        'style:num-suffix=" –" style:num-format="1" text:display-levels="2"/></text:list-style>'
        '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1" '
        'style:num-suffix="."/></text:outline-style></office:automatic-styles>')
    body = (
        '<text:h text:outline-level="1">Calendrier</text:h>'
        '<text:list text:style-name="L1"><text:list-item><text:p>Culture générale : mardi 16 mai 2028, de 14 h à '
        '18 h.</text:p></text:list-item><text:list-item><text:p>Langues vivantes :</text:p><text:list>'
        '<text:list-item><text:p>Langue A : CCF.</text:p></text:list-item><text:list-item><text:p>Langue B : '
        'du lundi 29 mai au mercredi 31 mai 2028.</text:p></text:list-item></text:list></text:list-item></text:list>'
        '<text:h text:outline-level="1">Jury</text:h>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">'
        f"{styles}<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
    path = tmp_path / "numerotee.odt"
    path.write_bytes(buf.getvalue())
    assert _lines(path) == ["1. Calendrier", "Épreuve E1 – Culture générale : mardi 16 mai 2028, de 14 h à 18 h.",
                            "Épreuve E2 – Langues vivantes :", "E2.1 – Langue A : CCF.",
                            "E2.2 – Langue B : du lundi 29 mai au mercredi 31 mai 2028.", "2. Jury"]
