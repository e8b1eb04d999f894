"""File format by magic bytes, PDF health checks and fast page text (pypdfium2).

pypdfium2 reads text at ~900 pages/s, six times pypdf and fifty times pdfplumber: every page of every file
goes through it, slower tools only see the few pages that need layout. Format comes from the first bytes,
never from the extension (an XLSX renamed .pdf is an XLSX). The checks name the problem in words that say
what to ask the candidate: empty, truncated, password-protected, unreadable.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pypdfium2 as pdfium

from core.errors import TooLargeError
from extractors import safety

Format = Literal["pdf", "xlsx", "docx", "image", "autre"]
Erreur = Literal["vide", "tronque", "chiffre", "illisible", "trop_complexe"]

EOF_WINDOW = 2048  # bytes at the end of a PDF where %%EOF must be (some writers append a few bytes after)
MIN_TEXT_CHARS = 25  # a page with fewer visible characters has no usable text layer (scan)

MESSAGES: dict[str, str] = {
    "vide": "Le fichier est vide (0 octet) : demander au candidat de déposer à nouveau le document.",
    "tronque": (
        "Le fichier PDF est incomplet (tronqué, probablement un téléversement interrompu) : "
        "demander au candidat de déposer à nouveau le document."
    ),
    "chiffre": (
        "Le fichier est protégé par un mot de passe : demander au candidat de déposer une version "
        "sans mot de passe."
    ),
    "illisible": (
        "Le fichier ne peut pas être lu (format non reconnu ou fichier endommagé) : demander au candidat "
        "de déposer le document au format PDF."
    ),
    "trop_complexe": (
        "Le fichier dépasse ce que l'analyse peut lire sans risque (flux compressé démesuré, page géante ou "
        "mémoire dépassée) : l'examiner à la main ; s'il est authentique, demander au candidat de "
        "l'enregistrer à nouveau en PDF au format A4."
    ),
}
# The precise cause of the last "trop_complexe" per file, for the caller's message (pipeline.check reads it
# through `problem`): the fixed message above cannot say which limit a given file crossed.
_PROBLEMS: dict[str, str] = {}


def problem(path: Path) -> str | None:
    """Why open_pdf last refused `path` as too complex (French), or None."""
    return _PROBLEMS.get(str(path))


def _too_complex(path: Path, detail: str) -> PdfText:
    if len(_PROBLEMS) > 64:
        _PROBLEMS.clear()
    _PROBLEMS[str(path)] = detail
    return PdfText(None, erreur="trop_complexe", detail=detail)


def sniff_format(path: Path) -> Format:
    """pdf / xlsx / docx / image / autre from the first bytes (and zip member names)."""
    with Path(path).open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
        except (zipfile.BadZipFile, OSError):
            return "autre"
        if any(n.startswith("xl/") for n in names):
            return "xlsx"
        if any(n.startswith("word/") for n in names):
            return "docx"
        return "autre"
    if head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff"):
        return "image"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image"
    return "autre"


@dataclass
class PdfText:
    """What the fast path knows about a PDF: page texts, which pages have no text layer, or the error."""

    doc: pdfium.PdfDocument | None
    pages: list[str] = field(default_factory=list)
    no_text: list[int] = field(default_factory=list)  # 1-based pages without a text layer
    erreur: Erreur | None = None
    detail: str = ""

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc = None


def _has_eof(path: Path, size: int) -> bool:
    with Path(path).open("rb") as fh:
        fh.seek(max(0, size - EOF_WINDOW))
        return b"%%EOF" in fh.read()


def open_pdf(path: Path, *, max_pages: int | None = None) -> PdfText:
    """Open a PDF with pdfium and read the text of every page; problems become `erreur`, never raise."""
    size = Path(path).stat().st_size
    if size == 0:
        return PdfText(None, erreur="vide")
    if not _has_eof(path, size):
        return PdfText(None, erreur="tronque", detail="marqueur %%EOF absent en fin de fichier")
    _PROBLEMS.pop(str(path), None)
    try:  # before pdfium: it inflates a content stream whole in memory (a 2.5 KB file can ask for GBs)
        safety.refuse_pdf_stream_bombs(Path(path), Path(path).read_bytes())
    except TooLargeError as exc:
        return _too_complex(path, f"{exc.message} — bombe de décompression probable")
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium.raw.FPDF_ERR_PASSWORD:
            return PdfText(None, erreur="chiffre", detail=str(exc))
        if code == pdfium.raw.FPDF_ERR_FORMAT:
            return PdfText(None, erreur="tronque", detail=str(exc))
        return PdfText(None, erreur="illisible", detail=str(exc))
    result = PdfText(doc)
    try:
        n = len(doc)
        for i in range(n if max_pages is None else min(n, max_pages)):
            page = doc[i]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-").replace("\ufffe", "-")
            result.pages.append(text)
            if sum(1 for c in text if not c.isspace()) < MIN_TEXT_CHARS:
                result.no_text.append(i + 1)
                refusal = _page_too_large(doc, i)
                if refusal:
                    result.close()
                    return _too_complex(path, refusal)
    except MemoryError:
        result.close()
        return _too_complex(path, "mémoire insuffisante pour lire ses pages (limite du processus d'analyse)")
    except (pdfium.PdfiumError, OSError, ValueError) as exc:
        result.close()
        return PdfText(None, erreur="illisible", detail=str(exc))
    return result


def _page_too_large(doc: pdfium.PdfDocument, index: int) -> str | None:
    """A page without text would be rendered for OCR: refuse one that even the lowest resolution cannot
    fit in the pixel budget (a 14,400 pt MediaBox needs 4.8 GB at 250 dpi), before anything is drawn."""
    try:
        width, height = doc.get_page_size(index)
    except (pdfium.PdfiumError, ValueError, IndexError):
        return None
    if safety.render_dpi(width, height, safety.OCR_DPI) is not None:
        return None
    cm = 2.54 / 72
    return (
        f"page {index + 1} sans texte de {width * cm:.0f} × {height * cm:.0f} cm : la lire par reconnaissance "
        f"de caractères demanderait plus de {safety.MAX_RENDER_PIXELS // 1_000_000} millions de pixels "
        f"même à {safety.MIN_RENDER_DPI} dpi"
    )


def _checked_zip(path: Path, data: bytes) -> None:
    """Refuse zip bombs (declared sizes, overlapping or lying members) before a parser inflates them."""
    zf = safety.open_zip_checked(Path(path), data)
    try:
        safety.check_members(Path(path), data, zf)
    finally:
        zf.close()


def xlsx_text(path: Path, *, max_cells: int = 4000) -> str:
    """Cell values of the first sheets, for classification (read-only mode: fast and bounded)."""
    import openpyxl

    data = Path(path).read_bytes()  # bytes: openpyxl refuses a misleading extension (.pdf)
    _checked_zip(path, data)
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        parts: list[str] = []
        for ws in wb.worksheets[:5]:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is not None:
                        parts.append(str(v))
                        if len(parts) >= max_cells:
                            return "\n".join(parts)
        return "\n".join(parts)
    finally:
        wb.close()


def docx_text(path: Path, *, max_chars: int = 200_000) -> str:
    """Paragraph text of a DOCX, straight from word/document.xml (no python-docx needed to classify)."""
    import re

    data = Path(path).read_bytes()
    _checked_zip(path, data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
        if info.file_size > 50 * 1024 * 1024:
            raise ValueError("document.xml trop volumineux")
        xml = zf.read(info).decode("utf-8", "replace")[: max_chars * 10]
    xml = re.sub(r"</w:p>", "\n", xml)
    text = re.sub(r"<[^>]+>", "", xml)
    return text[:max_chars]
