"""Document readers: file on disk → Document. Dispatch by magic bytes, never by extension.

PDF (pdfplumber, tables kept as tables), DOCX (python-docx, body order), TXT/MD (text dumps). Anything
else, and every unusable file (empty, truncated, encrypted, image-only, too big, zip bomb), is refused
with a BtsError carrying a French message: the CLI prints it with the file name, never a traceback.
Hostile files (bombs, XML entities, overlapping zips) are refused by extractors.safety before any parser
library sees them; text that comes out is cleaned of control and bidi characters.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from core.errors import (
    BtsError,
    EmptyFileError,
    InputFileError,
    NoTextError,
    TooLargeError,
    WrongFormatError,
)
from core.files import sha256_file  # noqa: F401  (public here too)
from core.text import PIPE_ROW, PIPE_RULE, pipe_cells
from extractors import safety
from extractors.calendar_reader import looks_like_calendar
from extractors.charsets import decode_text, symbol_char, symbol_font, symbol_text
from extractors.dates import WEEKDAY_NAMES
from extractors.document import Block, Document, Page
from extractors.html_reader import html_blocks, looks_like_html
from extractors.mail_reader import looks_like_mime
from extractors.odt_reader import body_blocks, header_footer_blocks, office_text, parse_xml
from extractors.xps_reader import is_xps

MAX_PAGES = 300
MAX_FILE_SIZE = 100 * 1024 * 1024  # bytes on disk: a circular is a few MB, a scan of one some tens
MAX_UNZIPPED = safety.MAX_UNZIPPED
MAX_ZIP_RATIO = safety.MAX_ZIP_RATIO

_TAG = re.compile(r"</?(?:i|b|em|strong|u|span|br|sup|sub)\b[^>]*>", re.I)
_PARA_TAG = re.compile(r"</?p\b[^>]*>", re.I)
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]", re.I)


def _clean_inline(text: str) -> str:
    text = _BOOKMARK.sub("", text)
    text = _PARA_TAG.sub(" ", text)
    text = _TAG.sub("", text)
    text = text.replace("**", "").replace("^{", "").replace("}", "")
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------- text


def _is_tab_row(line: str) -> bool:
    """A tab-separated table row: a tab inside the line and at least two non-empty cells."""
    cells = [c.strip() for c in line.split("\t")]
    return "\t" in line.strip() and sum(1 for c in cells if c) >= 2


def _is_cell_line(line: str) -> bool:
    return line.startswith("\t") and not _is_tab_row(line)


def _word_dump_table(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """A Word table dumped one cell per line: every cell starts with a tab, continuation lines don't.

    The header is a run of >= 2 consecutive non-empty tab-led lines: its length N is the column count.
    Body rows follow: a tab-led line opens a new cell, untabbed lines continue the current cell, a row
    holds N cells; a blank line closes the last cell of a row; an untabbed line between rows ends the
    table. Returns (rows of raw cell text, lines with newlines) and the index after the table, or None.
    """
    n = len(lines)
    i = start
    header: list[str] = []
    while i < n and _is_cell_line(lines[i]) and lines[i].strip():
        header.append(lines[i][1:].replace("\t", " ").strip())
        i += 1
    if len(header) < 2:
        return None
    ncol = len(header)
    rows: list[list[str]] = [header]
    cur: list[str] = []
    cell: list[str] | None = None
    end = i
    while i < n:
        line = lines[i]
        if _is_cell_line(line):
            if cell is not None:
                cur.append("\n".join(cell).strip())
            if len(cur) == ncol:
                rows.append(cur)
                cur = []
            cell = [line[1:].replace("\t", " ").rstrip()]
        elif not line.strip():
            if cell is not None and len(cur) == ncol - 1:
                cur.append("\n".join(cell).strip())
                rows.append(cur)
                cur, cell = [], None
                end = i + 1
            elif cell is not None:
                cell.append("")
        elif _is_tab_row(line):
            break
        else:
            if cell is None:
                break
            cell.append(line.strip())
        i += 1
    if cell is not None:
        cur.append("\n".join(cell).strip())
    if cur:
        rows.append(cur + [""] * (ncol - len(cur)))
        end = i
    if len(rows) < 2:
        return None
    return rows, max(end, start + len(header))


_ITEM_OPEN = re.compile(r"^(?:[-*•]|[a-z]\)|\d{1,2}[.)])\s+\S")  # a plain-text list item (« - », « d) », « 2. »),
# its next lines indented under it


def text_structure(text: str) -> list[tuple[str, object]]:
    """Split a text dump into ("line", raw line), ("blank", "") and ("table", rows of raw cells) items.

    Shared by the TXT reader and the sample builder so that a circular reads the same in TXT, PDF and
    DOCX. Two table shapes are recognised: tab-separated rows (one row per line) and Word dumps (one
    cell per tab-led line, see _word_dump_table). Inline markup (**bold**, <i>, <p>) is left in place.
    """
    lines = text.splitlines()
    items: list[tuple[str, object]] = []
    rows: list[list[str]] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r\n")
        if _is_tab_row(line.rstrip()):
            j = i + 1
            while line.count('"') % 2 and j < len(lines) and j - i <= 10:  # a spreadsheet's quoted cell
                line, j = f"{line} {lines[j].strip()}", j + 1  # holding a line break (« "Lycée Haag⏎BESANÇON" »)
            if '"' in line:
                cells = next(csv.reader([line.rstrip()], delimiter="\t"), [])
                rows.append([" ".join(c.split()) for c in cells])
            else:
                rows.append([c.strip() for c in line.rstrip().split("\t")])
            i = j
            continue
        if PIPE_ROW.match(line):  # a Markdown table: « | Jour | Horaire | Épreuve | », its « |---| » rule
            if not PIPE_RULE.match(line):
                rows.append(pipe_cells(line))
            i += 1
            continue
        if rows:
            items.append(("table", rows))
            rows = []
        if _is_cell_line(line) and line.strip():
            found = _word_dump_table(lines, i)
            if found is not None:
                items.append(("table", found[0]))
                i = found[1]
                continue
        if line[:2].isspace() and line.strip() and items and items[-1][0] == "line" and _ITEM_OPEN.match(
                str(items[-1][1])) and not _ITEM_OPEN.match(line.strip()):  # « - Réunion … : mercredi 23/5, » /
            # «   9 h 30, Lycée … »: the item goes on
            items[-1] = ("line", f"{items[-1][1]} {line.strip()}")
            i += 1
            continue
        items.append(("line", line.strip()) if line.strip() else ("blank", ""))
        i += 1
    if rows:
        items.append(("table", rows))
    return items


def read_text(path: Path, data: bytes, sha: str, text: str | None = None) -> Document:
    """TXT/MD: each line is a paragraph, tables (tab-separated rows or Word dumps) become table blocks."""
    if text is None:
        text = decode_text(data)
        if text is None:
            text = data.decode("cp1252", errors="replace")
    fmt: Literal["md", "txt"] = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    text = _unquoted(text)
    blocks: list[Block] = []
    after_line = False  # the item before was a line of text (no blank line, no table between)
    for kind, value in text_structure(text):
        if kind == "table":
            rows = [[_clean_inline(c) for c in row] for row in value]  # type: ignore[attr-defined]
            blocks.append(Block("table", rows=rows))
        elif kind == "line":
            cleaned = _clean_inline(str(value))
            if cleaned and after_line and blocks[-1].kind == "text" and _wrapped(blocks[-1].text, cleaned):
                blocks[-1].text += " " + cleaned
            elif cleaned:
                blocks.append(Block("text", cleaned))
        after_line = kind == "line" and bool(blocks)
    return Document(fichier=path.name, format=fmt, sha256=sha, pages=[Page(1, blocks)], octets=len(data))


_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
_MAIL_TOP = re.compile(r"(?im)^\W*(?:de|from|exp[ée]diteur)\s*:.*@")


def _unquoted(text: str) -> str:
    """A mail read as text: the quoted message (« > » and « >> » before each line, the circular forwarded
    inside) read as the text it quotes, and the sender's signature under « -- » (its own address, no
    centre) left out. Only in a text that is a mail: « > » or « -- » mean nothing elsewhere."""
    if not _MAIL_TOP.search(text[:2000]):
        return text
    if len(_QUOTE.findall(text)) >= 3:
        text = _QUOTE.sub("", text)
    lines = text.replace("\r\n", "\n").rstrip().split("\n")
    cut = max((k for k, line in enumerate(lines) if line.rstrip() == "--"), default=None)
    if cut is not None and 1 <= sum(bool(line.strip()) for line in lines[cut + 1:]) <= 8:
        lines = lines[:cut]  # the signature under « -- »: its last lines
    return "\n".join(lines) + "\n"


def _wrapped(previous: str, line: str) -> bool:
    """A plain-text mail wraps its paragraphs near 70–90 columns: a long line stopping mid-sentence goes on
    with the next when that one starts in lower case ("… au plus" / "tard le lundi 19 juin 2028 à 12 h.");
    a line opening with a capital, a bullet or a number may start a paragraph or an item of its own."""
    last = previous.rsplit("\n", 1)[-1]
    if _DAY_OPENS.match(line) and _DAY_OPENS.match(last):
        return False  # a list of dated lines (« mardi 15 mai … » / « mercredi 16 mai … »): one item each
    return len(last) >= 55 and not last.rstrip().endswith((".", ":", ";", "!", "?")) and (
        line[:1].islower() or bool(_WRAPPED_NUMBER.match(line)) or bool(_NAME_FOLLOWS.search(last)))


_DAY_OPENS = re.compile(rf"(?i)^\W*(?:{'|'.join(WEEKDAY_NAMES)})\.?\s+\d")


# « … composent au lycée » / « Aliénor-d'Aquitaine, 41 rue … »: a school's name goes on the next line
_NAME_FOLLOWS = re.compile(r"(?i)\b(?:lyc[ée]e|coll[èe]ge|cfa|lp|lpo|rectorat\s+de)\s*$")


# a wrapped date or hour goes on in figures ("… le jeudi 10 mai" / "2029 (Ascension) …", "… mercredi" / "16 mai
# 2029, de 9 h à 13 h"); a numbered heading or item ("2. EPREUVES", "1.3 Jours fériés", "3) …") does not
_WRAPPED_NUMBER = re.compile(r"^\d{1,4}(?!\d)(?!(?:\.\d{1,2})*[.)]?\s+[A-ZÀ-Ý])")


# ---------------------------------------------------------------------------------------------- zip


def _zip_kind(zf: zipfile.ZipFile) -> str:
    names = set(zf.namelist())
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "content.xml" in names:
        return "odf"
    if is_xps(names):
        return "xps"
    if "META-INF/container.xml" in names and "mimetype" in names:
        return "epub"
    return "zip"


# -------------------------------------------------------------------------------------------- sniff

_BINARY_KINDS: list[tuple[bytes, str]] = [
    (b"\x89PNG", "image PNG"),
    (b"\xff\xd8\xff", "image JPEG"),
    (b"GIF8", "image GIF"),
    (b"II*\x00", "image TIFF"),
    (b"MM\x00*", "image TIFF"),
    (b"\xd0\xcf\x11\xe0", "document Office 97-2003 (.doc/.xls)"),
    (b"{\\rtf", "document RTF"),
    (b"\x1f\x8b", "archive gzip"),
    (b"Rar!", "archive RAR"),
    (b"7z\xbc\xaf", "archive 7-Zip"),
]


_PICTURES = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")  # PNG, JPEG, TIFF: a circular photographed
MAX_PICTURE_PIXELS = 150_000_000  # a 600 dpi A3 scan is 70 Mpx; more is a decompression bomb


def read_pictures(path: Path, data: bytes, sha: str, max_pages: int,
                  progress: Callable[[int, int], None] | None = None) -> Document:
    """A circular received as pictures (photo, screenshot, faxed TIFF) read with OCR, page by page."""
    from PIL import Image

    from extractors.ocr import OcrUnavailable
    from extractors.pdf_text import _borderless_tables, _paragraphs
    from extractors.scan_reader import read_image_pages

    try:
        with Image.open(io.BytesIO(data)) as img:
            width, height = img.size
    except Image.DecompressionBombError as exc:
        raise TooLargeError("image trop grande pour être lue (bombe de décompression ?)", path=path) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputFileError("image illisible : le fichier est endommagé ou tronqué", path=path,
                             hint="Demandez une nouvelle copie de la photo ou la circulaire en PDF.") from exc
    if width * height > MAX_PICTURE_PIXELS:
        raise TooLargeError(
            f"image de {width} × {height} pixels, au-delà de {MAX_PICTURE_PIXELS // 1_000_000} millions de "
            "pixels : réduisez sa résolution ou fournissez la circulaire en PDF", path=path)
    try:
        pages = read_image_pages(data, _paragraphs, _borderless_tables, max_pages, progress)
    except OcrUnavailable as exc:
        raise NoTextError(
            f"image : la circulaire est une photo ou une capture, et la reconnaissance de caractères n'a pas pu "
            f"être faite ({exc})", path=path,
            hint="Installez Tesseract et le français, ou fournissez la version texte de la circulaire.") from exc
    if not any(b.flat().strip() for p in pages for b in p.blocks):
        raise NoTextError("image : la reconnaissance de caractères n'a trouvé aucun texte", path=path,
                          hint="Fournissez une photo plus nette ou la version texte de la circulaire.")
    return Document(fichier=path.name, format="image", sha256=sha, pages=pages, octets=len(data),
                    warnings=["image : texte lu par reconnaissance de caractères (OCR), à vérifier"])


def read_document(path: str | Path, *, max_pages: int = MAX_PAGES,
                  progress: Callable[[int, int], None] | None = None) -> Document:
    """Read any supported document; the format comes from the content, the extension only tells md/txt.
    `progress(done, total)` follows the pages of a scan read with OCR (seconds per page)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_SIZE:
            raise TooLargeError(
                f"fichier de {size // (1024 * 1024)} Mo, au-delà de la limite de "
                f"{MAX_FILE_SIZE // (1024 * 1024)} Mo pour une circulaire",
                path=path,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"fichier illisible ({exc.strerror or exc})", path=path) from exc
    if not data.strip():
        raise EmptyFileError("le fichier est vide", path=path)
    sha = hashlib.sha256(data).hexdigest()
    head = data[:1024]
    try:
        return _sanitized(_read(path, data, sha, head, max_pages, progress))
    except BtsError:
        raise
    except (MemoryError, RecursionError) as exc:
        what = "trop volumineux" if isinstance(exc, MemoryError) else "trop profondément imbriqué"
        raise TooLargeError(f"document {what} pour être lu en mémoire", path=path) from exc
    except Exception as exc:  # noqa: BLE001 - parser libraries raise anything on hostile input
        raise InputFileError(
            f"document illisible : le fichier est endommagé ou d'un type inattendu ({type(exc).__name__})",
            path=path,
        ) from exc


def _sanitized(doc: Document) -> Document:
    """Hostile text (control characters, bidi overrides, lone surrogates) never reaches JSON or reports."""
    for page in doc.pages:
        for block in page.blocks:
            block.text = safety.clean_text(block.text)
            block.rows = [[safety.clean_text(c) for c in row] for row in block.rows]
    return doc


def _read(path: Path, data: bytes, sha: str, head: bytes, max_pages: int,
          progress: Callable[[int, int], None] | None = None) -> Document:
    """Dispatch on the magic bytes; formats we do not read are refused with what they are."""
    if b"%PDF" in head:
        from extractors.pdf_text import read_pdf

        doc = read_pdf(path, data, sha, max_pages=max_pages, progress=progress)
        return _with_pieces(path, doc, _pdf_attachments(data), sha, max_pages, progress)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        zf = safety.open_zip_checked(path, data)
        kind = _zip_kind(zf)
        if kind == "docx":
            safety.check_members(path, data, zf)
            doc = read_docx(path, data, sha, max_pages=max_pages)
            doc = _with_pictures(doc, _media(zf, "word/media/"), progress)
            return _with_pieces(path, doc, _docx_embeddings(zf), sha, max_pages, progress)
        if kind == "xlsx":
            safety.check_members(path, data, zf)
            return read_sheets(path, data, sha, "xlsx")
        if kind == "xps":
            safety.check_members(path, data, zf)
            return read_xps(path, data, sha, zf)
        if kind == "epub" and zf.read("mimetype")[:40].strip() == b"application/epub+zip":
            safety.check_members(path, data, zf)
            return read_epub(path, data, sha, zf)
        mimetype = zf.read("mimetype")[:80].strip() if "mimetype" in zf.namelist() else b""
        if kind == "odf" and mimetype == b"application/vnd.oasis.opendocument.spreadsheet":
            safety.check_members(path, data, zf)
            return read_sheets(path, data, sha, "ods", zf.read("content.xml"),
                               styles=zf.read("styles.xml") if "styles.xml" in zf.namelist() else None)
        if kind == "odf" and mimetype == b"application/vnd.oasis.opendocument.text":
            safety.check_members(path, data, zf)
            styles = zf.read("styles.xml") if "styles.xml" in zf.namelist() else None
            return _with_pictures(read_odt(path, data, sha, zf.read("content.xml"), styles), _media(zf, "Pictures/"),
                                  progress)
        if kind == "zip":
            return read_zip(path, data, sha, zf, max_pages, progress)
        if kind == "pptx" or kind == "odf" and mimetype == b"application/vnd.oasis.opendocument.presentation":
            safety.check_members(path, data, zf)
            return read_slides(path, data, sha, zf, kind)
        what = {"pptx": "une présentation PowerPoint", "odf": "un document OpenDocument autre qu'un texte "
                "(tableur, présentation)"}.get(kind, "une archive ZIP")
        raise WrongFormatError(f"format non pris en charge : le fichier est {what}", path=path)
    if data.startswith(_PICTURES):
        return read_pictures(path, data, sha, max_pages, progress)
    if data.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):
        return read_legacy(path, data, sha, max_pages)
    for magic, what in _BINARY_KINDS:
        if data.startswith(magic):
            raise WrongFormatError(f"format non pris en charge : le fichier est un(e) {what}", path=path)
    text = decode_text(data)
    if text is None:
        raise WrongFormatError(
            "format non reconnu : fichier binaire qui n'est ni PDF, ni DOCX, ni texte", path=path
        )
    if looks_like_mime(text):
        return read_mail(path, data, sha, max_pages, progress)
    if looks_like_calendar(text):
        return read_calendar(path, data, sha, text)
    if looks_like_html(text):
        return _with_pictures(read_html(path, data, sha, text), _inline_pictures(text), progress)
    if _WORD_2003_XML.search(data[:4096]):  # Word's « Document XML 2003 »: LibreOffice converts it
        if re.search(r"<!DOCTYPE|<!ENTITY", text[:65536]):
            raise InputFileError("document XML refusé : il déclare une DTD ou des entités", path=path)
        return read_legacy(path, data, sha, max_pages)
    if "<office:document" in text[:4096] and re.search(r"opendocument\.(?:text|spreadsheet)", text[:4096]):
        if re.search(r"<!DOCTYPE|<!ENTITY", text[:65536]):  # LibreOffice's flat .fodt / .fods
            raise InputFileError("document OpenDocument refusé : il déclare une DTD ou des entités", path=path)
        if "opendocument.spreadsheet" in text[:4096]:
            return read_sheets(path, data, sha, "ods", data, styles=data)
        return read_odt(path, data, sha, data, None)
    if path.suffix.lower() in (".csv", ".tsv"):
        return read_sheets(path, data, sha, "csv", text=text)
    return read_text(path, data, sha, text)


def read_odt(path: Path, data: bytes, sha: str, content: bytes, styles: bytes | None) -> Document:
    """OpenDocument text (.odt, or the flat .fodt whose content and styles are one XML file)."""
    from extractors.odt_numbering import OdtNumbering

    root = parse_xml(content)
    body = office_text(root)
    if body is None:
        raise WrongFormatError("format non pris en charge : ce document OpenDocument n'est pas un texte", path=path)
    style_root = parse_xml(styles) if styles else None
    blocks, too_many = body_blocks(body, MAX_PARAGRAPHS, OdtNumbering(root, style_root))
    if too_many:
        raise TooLargeError(f"document de plus de {MAX_PARAGRAPHS} paragraphes, lecture refusée", path=path)
    head, foot = header_footer_blocks(style_root if style_root is not None else root)
    blocks = head + blocks + foot
    if not blocks:
        raise EmptyFileError("le document OpenDocument ne contient aucun texte", path=path)
    return Document(fichier=path.name, format="odt", sha256=sha, pages=[Page(1, blocks)], octets=len(data))


def read_slides(path: Path, data: bytes, sha: str, zf: zipfile.ZipFile, kind: str) -> Document:
    """A deck of slides (PowerPoint, Impress): a page per slide shown, its notes after it."""
    from extractors.slides_reader import odp_pages, pptx_pages

    pages = pptx_pages(zf) if kind == "pptx" else odp_pages(parse_xml(zf.read("content.xml")))
    if not any(b.flat().strip() for p in pages for b in p.blocks):
        raise EmptyFileError("la présentation ne contient aucun texte", path=path)
    fmt: Literal["pptx", "odp"] = "pptx" if kind == "pptx" else "odp"
    return Document(fichier=path.name, format=fmt, sha256=sha, pages=pages, octets=len(data))


def read_sheets(path: Path, data: bytes, sha: str, kind: Literal["xlsx", "ods", "csv"], content: bytes | None = None,
                text: str = "", styles: bytes | None = None) -> Document:
    """A calendar sent as a workbook (Excel, Calc) or a CSV export: each visible sheet a page with its table
    (a Calc sheet's printed page header and footer — « Lille, le 07/12/2026 » — read on its first page)."""
    from extractors.odt_reader import header_footer_blocks, parse_xml
    from extractors.sheet_reader import (
        csv_sheet,
        formulas_without_values,
        ods_sheets,
        sheet_pages,
        xlsx_sheets,
    )

    warnings: list[str] = []
    if kind == "xlsx":
        sheets = xlsx_sheets(data)
        if formulas_without_values(data):  # written by a program: Calc computes them, Excel would on opening
            from extractors.legacy import ConversionError, convert

            try:
                with zipfile.ZipFile(io.BytesIO(convert(data, ".xlsx", "ods", recalc=True))) as ods:
                    sheets = ods_sheets(parse_xml(ods.read("content.xml")))
                warnings.append("classeur sans valeurs calculées : formules calculées par LibreOffice avant lecture")
            except (ConversionError, KeyError, zipfile.BadZipFile) as exc:
                warnings.append(f"classeur sans valeurs calculées, formules non calculées ({exc}) : "
                                "l'ouvrir dans Excel ou Calc et l'enregistrer, puis relancer")
    elif kind == "ods":
        sheets = ods_sheets(parse_xml(content or b""))
    else:
        sheets = [csv_sheet(text, "")]  # (a CSV has no sheet name; its file name says nothing of its content)
    pages = sheet_pages(sheets)
    if not pages:
        raise EmptyFileError("le classeur ne contient aucune cellule remplie", path=path)
    if styles:
        head, foot = header_footer_blocks(parse_xml(styles))
        pages[0].blocks = head + pages[0].blocks + foot
    return Document(fichier=path.name, format=kind, sha256=sha, pages=pages, octets=len(data), warnings=warnings)


_WORD_2003_XML = re.compile(rb"<w:wordDocument\b|progid=\"Word\.Document\"")


def read_legacy(path: Path, data: bytes, sha: str, max_pages: int) -> Document:
    """Word 97-2003, RTF, Word 2003 XML, Excel 97-2003: converted by LibreOffice, then read as DOCX or XLSX; the
    user told."""
    from extractors.legacy import ConversionError, convert, ole_kind

    kind = "rtf" if data.startswith(b"{\\rtf") else "xml" if _WORD_2003_XML.search(data[:4096]) else ole_kind(
        data, path.suffix.lower())
    what = {"rtf": "document RTF", "doc": "document Word 97-2003 (.doc)", "xls": "classeur Excel 97-2003 (.xls)",
            "xml": "document Word 2003 XML (.xml)"}
    if kind is None:
        raise WrongFormatError("format non pris en charge : fichier Office 97-2003 d'un type inconnu", path=path)
    target = "xlsx" if kind == "xls" else "docx"
    try:
        converted = convert(data, f".{kind}", target)
    except ConversionError as exc:
        raise WrongFormatError(f"{what[kind]} non lu : {exc}", path=path,
                               hint="Enregistrez-le en DOCX, XLSX ou PDF, puis relancez.") from exc
    if target == "xlsx":
        zf = safety.open_zip_checked(path, converted)
        safety.check_members(path, converted, zf)
        doc = read_sheets(path, converted, sha, "xlsx")
    else:
        doc = read_docx(path, converted, sha, max_pages=max_pages)
    doc.octets = len(data)
    doc.warnings.append(f"{what[kind]} converti par LibreOffice avant lecture")
    return doc


MAX_NESTING = 3  # a message attached to a message attached to a message, a zip in a zip in a zip: no deeper
MAX_PIECES = 40  # documents read out of one archive, message or PDF
_nesting = 0
# what an archive carries besides the documents: a Mac's resource forks, Windows' thumbnails, Word's lock files
_JUNK = re.compile(r"(?i)(?:^|/)(?:__MACOSX/|\._|\.DS_Store$|Thumbs\.db$|desktop\.ini$|~\$)")
# a piece kept for the record: an « archives » folder, « ancien », « pour mémoire », « session précédente »
_FOR_THE_RECORD = re.compile(r"(?i)(?:^|/)(?:archives?|ancien\w*|old|anterieur\w*)/|pour m[ée]moire|ancien|pr[ée]c[ée]dent")


def read_piece(path: Path, name: str, payload: bytes, sha: str, max_pages: int,
               progress: Callable[[int, int], None] | None, warnings: list[str]) -> list[Page]:
    """A document carried by another (a zip member, a PDF attachment, a mail attachment, a workbook in a
    letter), read by its own reader; one we cannot read is named in a warning, the others are read."""
    global _nesting
    if _nesting >= MAX_NESTING:
        warnings.append(f"« {name} » non lu : documents imbriqués trop profondément")
        return []
    _nesting += 1
    try:
        doc = _read(path.with_name(Path(name).name or "piece_jointe"), payload, sha, payload[:1024], max_pages,
                    progress)
    except BtsError as exc:
        warnings.append(f"« {name} » non lu : {exc.message}")
        return []
    finally:
        _nesting -= 1
    warnings.extend(doc.warnings)
    return doc.pages


def _current_pieces(names: list[str]) -> list[str]:
    """The pieces of a bundle in reading order, without its junk and without what it keeps for the record
    (a folder « archives », a file named for an earlier session than the others): the circular first."""
    kept = [n for n in names if not _JUNK.search(n) and not _FOR_THE_RECORD.search(n)]
    years = {n: [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", n)] for n in kept}
    newest = max((max(v) for v in years.values() if v), default=None)
    kept = [n for n in kept if not years[n] or newest is None or max(years[n]) >= newest]
    return sorted(kept, key=lambda n: (not re.search(r"(?i)circulaire|note|courrier|lettre", Path(n).name), n))


def _with_pieces(path: Path, doc: Document, pieces: list[tuple[str, bytes]], sha: str, max_pages: int,
                 progress: Callable[[int, int], None] | None) -> Document:
    """A document and the documents it carries (a PDF's attached files, a letter's embedded workbook): their
    pages after its own, each piece named in a warning."""
    if not pieces:
        return doc
    by_name = dict(pieces)
    for name in _current_pieces(list(by_name))[:MAX_PIECES]:
        pages = read_piece(path, name, by_name[name], sha, max_pages, progress, doc.warnings)
        for page in pages:
            doc.pages.append(Page(len(doc.pages) + 1, page.blocks, ocr=page.ocr))
        if pages:
            doc.warnings.append(f"pièce jointe « {Path(name).name} » lue à la suite du document")
    return doc


MAX_OFFICE_PICTURES = 12  # pictures of a letter read by OCR: each costs an OCR run
_PICTURE_NAME = re.compile(r"(?i)\.(?:png|jpe?g|tiff?|bmp|gif)$")
_DATA_URI = re.compile(r"(?i)src\s*=\s*[\"']data:image/(?:png|jpe?g|gif|bmp|tiff?);base64,([A-Za-z0-9+/=\s]{200,})[\"']")


def _media(zf: zipfile.ZipFile, folder: str) -> list[tuple[str, bytes]]:
    """The pictures stored in an office file (word/media/, Pictures/), largest first."""
    infos = [i for i in zf.infolist() if i.filename.startswith(folder) and _PICTURE_NAME.search(i.filename)]
    infos.sort(key=lambda i: -i.file_size)
    return [(i.filename, zf.read(i)) for i in infos[:MAX_OFFICE_PICTURES]]


def _inline_pictures(text: str) -> list[tuple[str, bytes]]:
    """The pictures an HTML page carries in itself (<img src="data:image/png;base64,…">)."""
    import base64
    import binascii

    out = []
    for k, m in enumerate(_DATA_URI.finditer(text)):
        if k >= MAX_OFFICE_PICTURES or len(m.group(1)) > 30 * 1024 * 1024:
            break
        try:
            out.append((f"image {k + 1}", base64.b64decode("".join(m.group(1).split()))))
        except (binascii.Error, ValueError):
            continue
    return out


def _with_pictures(doc: Document, pictures: list[tuple[str, bytes]],
                   progress: Callable[[int, int], None] | None) -> Document:
    """A letter whose calendar is a pasted picture (a screenshot of a table): each picture large enough to hold
    text read by OCR, its page after the letter's; logos and icons (small) are not read, nor is anything when
    Tesseract is missing (the user told)."""
    from PIL import Image

    from extractors.ocr import OcrUnavailable
    from extractors.pdf_text import _borderless_tables, _paragraphs
    from extractors.scan_reader import read_image_pages

    for name, body in pictures:
        try:
            with Image.open(io.BytesIO(body)) as img:
                width, height = img.size
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            continue
        if width < 400 or height < 120 or width * height > MAX_PICTURE_PIXELS:
            continue  # a logo, a signature, an icon; or too big to read safely
        try:
            pages = read_image_pages(body, _paragraphs, _borderless_tables, 1, progress)
        except OcrUnavailable as exc:
            doc.warnings.append(f"images du document non lues : reconnaissance de caractères impossible ({exc})")
            return doc
        except (OSError, ValueError):
            continue
        blocks = [b for page in pages for b in page.blocks]
        if sum(len(b.flat()) for b in blocks) < 40:
            continue
        doc.pages.append(Page(len(doc.pages) + 1, blocks, ocr=True))
        doc.warnings.append(f"image « {Path(name).name} » du document lue par reconnaissance de caractères (OCR), "
                            "à vérifier")
    return doc


def _pdf_attachments(data: bytes) -> list[tuple[str, bytes]]:
    """The files attached to a PDF (a portfolio, a paperclip on a page), read by pypdf; none when it cannot."""
    if b"/EmbeddedFile" not in data:
        return []
    try:
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data))
        return [(name, body) for name, bodies in reader.attachments.items() for body in bodies[:1]][:MAX_PIECES]
    except Exception:  # noqa: BLE001 - a damaged attachment table: the document itself was read
        return []


def _docx_embeddings(zf: zipfile.ZipFile) -> list[tuple[str, bytes]]:
    """Documents embedded in a Word letter (a calendar workbook shown as an icon): word/embeddings/*."""
    return [(info.filename, zf.read(info)) for info in zf.infolist()
            if info.filename.startswith("word/embeddings/")
            and info.filename.lower().endswith((".xlsx", ".docx", ".pdf", ".odt", ".ods"))][:MAX_PIECES]


def read_zip(path: Path, data: bytes, sha: str, zf: zipfile.ZipFile, max_pages: int,
             progress: Callable[[int, int], None] | None) -> Document:
    """A bundle sent as a zip (the circular, its annexes, a form, a README): each piece read by its reader,
    the circular first; the archive's junk and the pieces kept for the record (« archives/ », an earlier
    session) left out. The archive was checked as a whole before (sizes, ratio, layout)."""
    safety.check_members(path, data, zf)
    warnings: list[str] = []
    pages: list[Page] = []
    formats: list[str] = []
    names = [i.filename for i in zf.infolist() if not i.is_dir()]
    for name in _current_pieces(names)[:MAX_PIECES]:
        got = read_piece(path, name, zf.read(name), sha, max_pages, progress, warnings)
        if got:
            formats.append(Path(name).suffix.lower())
        pages += [Page(len(pages) + k + 1, p.blocks, ocr=p.ocr) for k, p in enumerate(got)]
    if not any(b.flat().strip() for p in pages for b in p.blocks):
        why = f" ({warnings[0]})" if warnings else ""
        raise EmptyFileError(f"l'archive ZIP ne contient aucun document lisible{why}", path=path,
                             hint="Envoyez la circulaire elle-même (PDF, DOCX, ODT).")
    warnings.append(f"archive ZIP : {len(formats)} document(s) lu(s) à la suite")
    return Document(fichier=path.name, format="zip", sha256=sha, pages=pages, octets=len(data), warnings=warnings)


def read_mail(path: Path, data: bytes, sha: str, max_pages: int,
              progress: Callable[[int, int], None] | None = None) -> Document:
    """An e-mail (.eml) or web archive (.mht): its headers and body, then its attached documents, each read
    by its own reader (an attachment we cannot read is named in a warning, the rest is read)."""
    from extractors.mail_reader import mail_pages

    warnings: list[str] = []

    def attachment(name: str, payload: bytes) -> list[Page]:
        return read_piece(path, name, payload, sha, max_pages, progress, warnings)

    def html(text: str) -> list[Block]:
        return html_blocks(text, MAX_PARAGRAPHS)[0]

    def plain(text: str) -> list[Block]:
        return [b for p in read_text(path, text.encode("utf-8"), sha, text).pages for b in p.blocks]

    pages = mail_pages(data, attachment, html, plain)
    if not any(b.flat().strip() for p in pages for b in p.blocks):
        raise EmptyFileError("le message ne contient ni texte ni pièce jointe lisible", path=path)
    fmt: Literal["eml", "mht"] = "mht" if path.suffix.lower() in (".mht", ".mhtml") else "eml"
    return Document(fichier=path.name, format=fmt, sha256=sha, pages=pages, octets=len(data), warnings=warnings)


def read_xps(path: Path, data: bytes, sha: str, zf: zipfile.ZipFile) -> Document:
    """An XPS or OpenXPS document (Windows' printer to file): its fixed pages read like a PDF's."""
    from extractors.xps_reader import xps_pages

    pages = xps_pages(zf)
    if not any(b.flat().strip() for p in pages for b in p.blocks):
        raise NoTextError("document XPS sans texte lisible", path=path)
    return Document(fichier=path.name, format="xps", sha256=sha, pages=pages, octets=len(data))


def read_epub(path: Path, data: bytes, sha: str, zf: zipfile.ZipFile) -> Document:
    """An EPUB (a note exported as an e-book): its chapters in the order of its spine, each an HTML page; the
    pages left out of the reading order (linear="no": an annex) after them. Styles and the table of contents
    are not read."""
    import posixpath

    container = parse_xml(zf.read("META-INF/container.xml"))
    opf = next((el.get("full-path") for el in container.iter() if el.tag.endswith("rootfile") and el.get("full-path")),
               None)
    if not opf or opf not in zf.namelist():
        raise InputFileError("livre numérique EPUB sans description de son contenu", path=path)
    package = parse_xml(zf.read(opf))
    folder = posixpath.dirname(opf)
    items = {el.get("id"): posixpath.normpath(posixpath.join(folder, el.get("href") or ""))
             for el in package.iter() if el.tag.endswith("}item") and "html" in (el.get("media-type") or "")
             and "nav" not in (el.get("properties") or "")}
    refs = [(el.get("idref"), el.get("linear") != "no") for el in package.iter() if el.tag.endswith("}itemref")]
    order = [items[i] for i, linear in refs if linear and i in items] + [
        items[i] for i, linear in refs if not linear and i in items]
    pages: list[Page] = []
    for name in order[:MAX_PIECES * 5]:
        if name not in zf.namelist():
            continue
        text = decode_text(zf.read(name)) or ""
        blocks, _ = html_blocks(text, MAX_PARAGRAPHS)
        if blocks:
            pages.append(Page(len(pages) + 1, blocks))
    if not pages:
        raise EmptyFileError("le livre numérique EPUB ne contient aucun texte", path=path)
    return Document(fichier=path.name, format="epub", sha256=sha, pages=pages, octets=len(data))


def read_calendar(path: Path, data: bytes, sha: str, text: str) -> Document:
    """An iCalendar or vCalendar file (an agenda's export, an invitation): its entries as a calendar table."""
    from extractors.calendar_reader import calendar_pages

    pages = calendar_pages(text)
    if not any(b.kind == "table" for p in pages for b in p.blocks):
        raise EmptyFileError("le calendrier ne contient aucun rendez-vous lisible", path=path)
    return Document(fichier=path.name, format="ics", sha256=sha, pages=pages, octets=len(data))


def read_html(path: Path, data: bytes, sha: str, text: str) -> Document:
    """An HTML page (saved from the académie's site, or Word's « page Web »): blocks as from Word."""
    blocks, too_many = html_blocks(text, MAX_PARAGRAPHS)
    if too_many:
        raise TooLargeError(f"page HTML de plus de {MAX_PARAGRAPHS} paragraphes, lecture refusée", path=path)
    if not blocks:
        raise EmptyFileError("la page HTML ne contient aucun texte", path=path)
    return Document(fichier=path.name, format="html", sha256=sha, pages=[Page(1, blocks)], octets=len(data))


# --------------------------------------------------------------------------------------------- docx

_HEADING_STYLES = ("heading", "titre", "title")


MAX_PARAGRAPHS = 100_000  # 300 pages of dense tables; beyond, a file meant to keep the reader busy

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_R = f"{_W}r"
# Inline wrappers whose runs a reader sees: links, tracked insertions and moves, content controls, simple
# fields (a DATE field), smart tags. Tracked deletions (w:del, w:moveFrom) are left out: Word does not show them.
_RUN_WRAPPERS = tuple(f"{_W}{t}" for t in ("hyperlink", "ins", "moveTo", "sdt", "sdtContent", "fldSimple",
                                           "smartTag", "customXml", "dir", "bdo"))
_RUN_CONTENT = tuple(f"{_W}{t}" for t in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab"))
_STRUCK = tuple(f"{_W}{t}" for t in ("strike", "dstrike", "vanish"))
_OFF = ("0", "false", "off")


def _runs(p_el):  # noqa: ANN001, ANN202 - lxml w:p element → its w:r elements, wrappers included
    """The runs a reader sees in a paragraph, in order: those of links, tracked insertions, content controls
    and fields too. Struck-through or hidden runs are left out: a modificatif strikes the date it cancels.

    lxml iterchildren instead of python-docx's xpath calls, which compile an XPath each time (~100 µs)."""
    for e in p_el.iterchildren(_W_R, *_RUN_WRAPPERS):
        if e.tag != _W_R:
            yield from _runs(e)
            continue
        props = e.find(f"{_W}rPr")
        if props is not None and any(
                (flag := props.find(t)) is not None and flag.get(f"{_W}val") not in _OFF for t in _STRUCK):
            continue
        yield e


def _run_text(r_el) -> str:  # noqa: ANN001 - same text as python-docx's Run.text (tabs, breaks…)
    """The run's text; a symbol (w:sym) or a run set in a symbol font (Wingdings…) gives its arrow or bullet."""
    out = []
    for e in r_el.iterchildren(*_RUN_CONTENT, _W_SYM):
        if e.tag == _W_SYM:
            try:
                code = int(e.get(f"{_W}char") or "", 16)
            except ValueError:
                continue
            out.append(symbol_char(code))
        else:
            out.append(str(e))
    text = "".join(out)
    if text.strip():
        fonts = r_el.find(f"{_W}rPr/{_W}rFonts")
        if fonts is not None and symbol_font(fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi") or ""):
            text = symbol_text(text)
    return text


_W_SYM = f"{_W}sym"


def _para_text(p_el) -> str:  # noqa: ANN001
    return "".join(_run_text(r) for r in _runs(p_el))


def _para_is_bold(p_el) -> bool:  # noqa: ANN001 - lxml w:p element
    from docx.text.run import Run

    runs = [r for r in _runs(p_el) if _run_text(r).strip()]
    return bool(runs) and all(Run(r, None).bold for r in runs)  # type: ignore[arg-type]


def _cells(tr, qn):  # noqa: ANN001, ANN202 - lxml w:tr element → its w:tc, content controls included
    for e in tr.iterchildren(qn("w:tc"), qn("w:sdt"), qn("w:customXml")):
        if e.tag == qn("w:tc"):
            yield e
        else:
            content = e.find(qn("w:sdtContent")) if e.tag == qn("w:sdt") else e
            if content is not None:
                yield from _cells(content, qn)


def _has_page_break(el) -> bool:  # noqa: ANN001 - lxml element
    from docx.oxml.ns import qn

    for br in el.iter(qn("w:br")):
        if br.get(qn("w:type")) == "page":
            return True
    return False


def _layout_table(tbl, qn) -> bool:  # noqa: ANN001 - lxml element, python-docx's qn
    """A table used to lay the page out (a sidebar beside the letter): at most two rows whose cells hold a
    table of their own or a long text. Its cells are read as the page's text, not as one table row."""
    rows = [tr for tr in tbl.iterchildren(qn("w:tr"))]
    if not rows or len(rows) > 2:
        return False
    cells = [tc for tr in rows for tc in tr.iterchildren(qn("w:tc"))]
    nested = any(tc.find(f".//{qn('w:tbl')}") is not None for tc in cells)
    paragraphs = max((sum(1 for _ in tc.iter(qn("w:p"))) for tc in cells), default=0)
    return nested or paragraphs > 15


def _note_blocks(d) -> dict[tuple[str, str], Block]:  # noqa: ANN001 - a python-docx Document
    """Footnotes and endnotes ("Les dossiers E4 et E5 sont à déposer au plus tard le …"): a circular may
    write a date only there. Read from their own parts, keyed by (kind, id) so each is placed right after
    the paragraph that calls it (Word's ids are not the numbers shown)."""
    from docx.oxml import parse_xml as docx_xml

    out: dict[tuple[str, str], Block] = {}
    for rel in d.part.rels.values():
        kind = rel.reltype.rsplit("/", 1)[-1]
        if kind not in ("footnotes", "endnotes") or rel.is_external:
            continue
        root = docx_xml(rel.target_part.blob)
        for note in root.iterchildren(f"{_W}footnote", f"{_W}endnote"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            text = " ".join(" ".join(_para_text(p) for p in note.iter(f"{_W}p")).split())
            if text and len(out) < 500:
                out[(kind, note.get(f"{_W}id") or "")] = Block("text", text)
    return out


def _called_notes(el, notes: dict[tuple[str, str], Block]) -> list[Block]:  # noqa: ANN001 - lxml element
    """The notes a paragraph or a table calls, taken out of `notes` (each is placed once)."""
    out = []
    for ref in el.iter(f"{_W}footnoteReference", f"{_W}endnoteReference"):
        key = ("footnotes" if ref.tag.endswith("footnoteReference") else "endnotes", ref.get(f"{_W}id") or "")
        if key in notes:
            out.append(notes.pop(key))
    return out


def _header_footer_blocks(d) -> tuple[list[Block], list[Block]]:  # noqa: ANN001 - a python-docx Document
    """Text of the page headers and footers, each distinct line once: what the PDF of the letter shows on
    its first page (letterhead) and at the bottom (the rectorat's address)."""
    out: tuple[list[Block], list[Block]] = ([], [])
    seen: set[str] = set()
    for section in d.sections:
        for k, parts in enumerate(((section.first_page_header, section.header),
                                   (section.first_page_footer, section.footer))):
            for part in parts:
                if part.is_linked_to_previous:  # no header of its own (none at all in the first section)
                    continue
                for p_el in part._element.iter(f"{_W}p"):
                    text = " ".join(_para_text(p_el).split())
                    if text and text not in seen and len(seen) < 200:
                        seen.add(text)
                        out[k].append(Block("text", text))
    return out


def _numbering(d):  # noqa: ANN001, ANN202 - a python-docx Document → its Numbering
    """The document's automatic numbering (extractors.docx_numbering): no numbering part, no numbers."""
    from extractors.docx_numbering import Numbering

    try:
        numbering_xml = d.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering_xml = None
    return Numbering(numbering_xml, d.styles.element)


_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_VARIANTS = ("application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
                  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")  # .dotm


def _as_plain_docx(data: bytes) -> bytes:
    """A .docm, .dotx or .dotm is a DOCX whose main part is declared otherwise: declared as a document, it
    opens like one. Only the XML is read: a macro is never run, whatever the file holds."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml").decode("utf-8", "replace")
        if not any(v in types for v in _WORD_VARIANTS):
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in zf.infolist():
                body = zf.read(item)
                if item.filename == "[Content_Types].xml":
                    for variant in _WORD_VARIANTS:
                        types = types.replace(variant, _WORD_MAIN)
                    body = types.encode("utf-8")
                dst.writestr(item.filename, body)
    return out.getvalue()


def read_docx(path: Path, data: bytes, sha: str, *, max_pages: int = MAX_PAGES) -> Document:
    """DOCX: paragraphs and tables in body order; headings by style; pages split on explicit breaks.

    Tables are read from the XML rows: a horizontally merged cell (gridSpan) gives its text once, then
    empty cells for the columns it covers (the grid stays aligned with the header, as in a PDF's table),
    and a vertically merged continuation is an empty cell, instead of python-docx's repeated text.
    """
    import docx
    from docx.oxml.ns import qn

    try:
        d = docx.Document(io.BytesIO(_as_plain_docx(data)))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputFileError(
            "document Word endommagé : sa structure interne est invalide", path=path
        ) from exc
    n_paras = sum(1 for _ in d.element.body.iter(qn("w:p")))
    if n_paras > MAX_PARAGRAPHS:
        raise TooLargeError(
            f"document Word de {n_paras} paragraphes, au-delà de la limite de {MAX_PARAGRAPHS}", path=path
        )
    pages: list[Page] = [Page(1)]
    # style id → name, read once: python-docx's paragraph.style resolves the default style each time
    style_names = {st.style_id: (st.name or "") for st in d.styles}

    def body_items(parent):  # noqa: ANN001, ANN202 - flattens content controls (w:sdt) and layout tables
        for el in parent.iterchildren():
            if el.tag == qn("w:sdt"):
                content = el.find(qn("w:sdtContent"))
                if content is not None:
                    yield from body_items(content)
            elif el.tag == qn("w:tbl") and _layout_table(el, qn):
                for tc in el.iter(qn("w:tc")):  # the page laid out in a table: its cells' text in order
                    if tc.getparent().getparent() is el:
                        yield from body_items(tc)
            elif el.tag in (qn("w:p"), qn("w:tbl")):
                yield el
                if el.tag == qn("w:p"):  # a text box anchored in the paragraph: its text, once
                    for box in el.iter(qn("w:txbxContent")):
                        if not any(a.tag.endswith("}Fallback") for a in box.iterancestors()):
                            yield from body_items(box)

    notes = _note_blocks(d)
    numbering = _numbering(d)

    def inline(p_el) -> str:  # noqa: ANN001 - a paragraph's text, each note it calls in brackets where called
        parts = []
        for r in _runs(p_el):
            parts.append(_run_text(r))
            for ref in r.iterchildren(f"{_W}footnoteReference", f"{_W}endnoteReference"):
                key = ("footnotes" if ref.tag.endswith("footnoteReference") else "endnotes", ref.get(f"{_W}id") or "")
                if key in notes:  # "le vendredi 7 avril 2028¹" / "¹ À 16 h, cachet …": the hour of that date
                    parts.append(f" ({notes.pop(key).text.rstrip('.')})")
        return "".join(parts)

    for el in body_items(d.element.body):
        if el.tag == qn("w:p"):
            text = " ".join(f"{numbering.label(el)} {inline(el)}".split())
            if text:
                style = style_names.get(el.style or "", "")
                kind: Literal["heading", "text"] = (
                    "heading" if style.lower().startswith(_HEADING_STYLES) else "text"
                )
                level = int(m.group(1)) if kind == "heading" and (m := re.search(r"(\d+)\s*$", style)) else None
                pages[-1].blocks.append(Block(kind, text, bold=_para_is_bold(el), level=level))
            pages[-1].blocks.extend(_called_notes(el, notes))
            if _has_page_break(el):
                if len(pages) >= max_pages:
                    raise TooLargeError(f"document de plus de {max_pages} pages, lecture refusée", path=path)
                pages.append(Page(len(pages) + 1))
        else:
            rows: list[list[str]] = []
            continued: list[list[bool]] = []
            spans: list[list[int]] = []
            for tr in el.iter(qn("w:tr")):
                if next(tr.iterancestors(qn("w:tbl"))) is not el:
                    continue  # nested table rows are read as their cell's text
                row, flags, widths = [], [], []
                for tc in _cells(tr, qn):
                    parts = [f"{numbering.label(p)} {inline(p)}" for p in tc.iter(qn("w:p"))]
                    row.append(" ".join(" ".join(parts).split()))
                    vmerge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
                    flags.append(vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue"))
                    span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
                    width = span.get(qn("w:val")) if span is not None else "1"
                    extra = min(int(width), 64) - 1 if width and width.isdecimal() else 0
                    row.extend([""] * extra)  # a cell spanning columns keeps the grid: the next cells stay under
                    flags.extend([False] * extra)  # their header ("Horaires" over "Début | Fin")
                    widths.extend([1 + extra] + [0] * extra)
                rows.append(row)
                continued.append(flags)
                spans.append(widths)
            if rows:
                pages[-1].blocks.append(Block("table", rows=rows, continued=continued, spans=spans))
            pages[-1].blocks.extend(_called_notes(el, notes))
    if pages[-1].blocks == [] and len(pages) > 1:
        pages.pop()
    head, foot = _header_footer_blocks(d)
    pages[0].blocks[:0] = head  # the letterhead ("Académie de Créteil") often lives in the page header
    pages[-1].blocks.extend(list(notes.values()) + foot)  # notes nothing calls (or called from a header)
    if not any(p.blocks for p in pages):
        raise EmptyFileError("le document Word ne contient aucun texte", path=path)
    return Document(fichier=path.name, format="docx", sha256=sha, pages=pages, octets=len(data))
