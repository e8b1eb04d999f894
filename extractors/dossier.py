"""Facts about one uploaded dossier file: format, health, piece type, periods, signatures. No decisions.

The check pipeline (pipeline/) turns these facts into a verdict with the rules of the specialty. Here we
only read and measure, as fast as the file allows: pdfium text for every page, OCR only for pages with no
text layer, layout and rendering only for the signature zone of attestations, pyHanko only when the bytes
contain a signature dictionary. Bad content never raises: it becomes `erreur` + a French `erreur_message`
that says what to ask the candidate.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from core.errors import RulesError
from core.files import sha256_file
from extractors import pdf_fast
from extractors.classify import classify_text
from extractors.marks import (
    PageExam,
    RenderedPage,
    SignatureExam,
    evidence_png,
    exam_pdf_page,
    exam_scan_page,
    judge,
)
from extractors.marks import settings as mark_settings
from extractors.periods import find_periods, parse_durations
from extractors.signatures import SignatureFact, digital_signatures, has_digital_signature

__all__ = [
    "FileFacts", "PeriodFact", "SignatureExam", "SignatureFact", "StatedDuration", "analyse_file",
]

if TYPE_CHECKING:
    from extractors.ocr import OcrPage

log = logging.getLogger(__name__)

STRICT_ENV = "BTS_STRICT"  # set: a bug in the analysis raises instead of becoming a verdict
UPRIGHT_CONF = 65  # mean OCR word confidence below which the page may be upside down
OCR_MAX_PAGES = 6  # OCR is ~1 s a page: scanned attestations are short; a scanned portfolio only gets its head
CLASSIFY_PAGES = 2


@dataclass
class PeriodFact:
    debut: date
    fin: date
    page: int | None  # 1-based page in the file
    extrait: str  # the text it was read from
    derivation: str | None = None  # the end was derived from a stated duration: how (French)
    ocr: bool = False  # read on a page recognised by OCR (a digit may be misread)
    preuve: str | None = None  # key of the picture of the lines it was read from, in FileFacts.preuves


@dataclass
class StatedDuration:
    semaines: float
    page: int | None
    extrait: str


@dataclass
class FileFacts:
    fichier: str  # path relative to the candidate folder (posix)
    octets: int
    sha256: str
    format: Literal["pdf", "xlsx", "docx", "image", "autre"]
    pages: int | None
    erreur: str | None = None  # None, "vide", "tronque", "chiffre", "illisible", "delai_depasse"
    erreur_message: str | None = None
    type_piece: Literal["portfolio", "attestation_stage", "tableau_synthese", "autre"] = "autre"
    type_raison: str = ""
    pages_ocr: list[int] = field(default_factory=list)
    periodes: list[PeriodFact] = field(default_factory=list)
    durees_declarees: list[StatedDuration] = field(default_factory=list)
    signatures_numeriques: list[SignatureFact] = field(default_factory=list)
    signature: SignatureExam | None = None  # handwritten signature / stamp exam (attestations only)
    preuves: dict[str, bytes] = field(default_factory=dict)  # evidence images (PNG) by name
    signature_numerique_erreur: str | None = None  # a digital signature is there but cannot be verified
    avertissements: list[str] = field(default_factory=list)  # French notes that are not errors (OCR failed…)


def _fail(facts: FileFacts, erreur: str, message: str | None = None) -> FileFacts:
    facts.erreur = erreur
    facts.erreur_message = message or pdf_fast.MESSAGES.get(erreur, pdf_fast.MESSAGES["illisible"])
    return facts


def _periods_from_pages(facts: FileFacts, texts: list[str], ocr_pages: Iterable[int] = ()) -> None:
    ocr = set(ocr_pages)
    seen: set[tuple[date, date]] = {(p.debut, p.fin) for p in facts.periodes}
    for number, text in enumerate(texts, start=1):
        if not text:
            continue
        for found in find_periods(text):
            if (found.debut, found.fin) in seen:
                continue  # the same period in prose and in a table, or on two pages
            seen.add((found.debut, found.fin))
            facts.periodes.append(PeriodFact(found.debut, found.fin, number, found.extrait,
                                             found.derivation, number in ocr))
        for weeks, extrait in parse_durations(text):
            facts.durees_declarees.append(StatedDuration(weeks, number, extrait))


def analyse_file(path: Path, rel: str, *, ocr: bool = True) -> FileFacts:
    """Never raises for bad content: unreadable input is described by erreur/erreur_message."""
    path = Path(path)
    try:
        size = path.stat().st_size
        digest = sha256_file(path)
    except OSError as exc:
        facts = FileFacts(rel, 0, "", "autre", None)
        return _fail(facts, "illisible", f"Le fichier ne peut pas être ouvert ({exc.strerror}) : vérifier le dépôt.")
    if size == 0:
        return _fail(FileFacts(rel, 0, digest, "autre", None), "vide")
    fmt = pdf_fast.sniff_format(path)
    facts = FileFacts(rel, size, digest, fmt, None)
    try:
        if fmt == "pdf":
            return _analyse_pdf(path, facts, ocr=ocr)
        if fmt == "xlsx":
            return _classify_plain(facts, pdf_fast.xlsx_text(path))
        if fmt == "docx":
            return _classify_plain(facts, pdf_fast.docx_text(path))
        if fmt == "image":
            return _analyse_image(path, facts, ocr=ocr)
    except RulesError:
        raise  # our own data files are wrong: stop the program (exit 7), never a verdict
    except MemoryError:
        return _fail(facts, "trop_complexe")  # the worker's RLIMIT_AS: the file, not our code
    except Exception as exc:  # noqa: BLE001 - PIL refuses a decompression bomb with its own error
        from PIL import Image

        if isinstance(exc, Image.DecompressionBombError):
            return _fail(facts, "trop_complexe")
        if os.environ.get(STRICT_ENV):
            raise  # tests: our own bugs must fail loudly instead of becoming "illisible"
        log.debug("analyse_file %s: %r", rel, exc)
        return _fail(facts, "illisible")

    return _fail(facts, "illisible", (
        "Le format du fichier n'est pas reconnu (ni PDF, ni XLSX, ni DOCX, ni image) : demander au candidat "
        "de déposer le document au format PDF."))


def _classify_plain(facts: FileFacts, text: str) -> FileFacts:
    c = classify_text([text], fmt=facts.format)
    facts.type_piece, facts.type_raison = c.type_piece, c.raison  # type: ignore[assignment]
    if facts.type_piece == "attestation_stage":
        _periods_from_pages(facts, [text])
    return facts


def reading_order_text(page: OcrPage) -> str:
    """OCR words regrouped into lines by geometry, left to right: Tesseract reads table cells as separate
    blocks, sometimes right to left ("25/06/2025 Au 26/05/2025 Du"); a row of cells is one line here."""
    words = sorted(page.words, key=lambda w: (w.top + w.bottom) / 2)
    lines: list[list[object]] = []
    for w in words:
        mid = (w.top + w.bottom) / 2
        if lines:
            last = lines[-1]
            top = min(x.top for x in last)  # type: ignore[attr-defined]
            bottom = max(x.bottom for x in last)  # type: ignore[attr-defined]
            if top <= mid <= bottom:
                last.append(w)
                continue
        lines.append([w])
    return "\n".join(" ".join(x.text for x in sorted(ln, key=lambda x: x.x0)) for ln in lines)  # type: ignore[attr-defined]


def _mean_conf(page: OcrPage) -> float:
    words = [w.conf for w in page.words if w.conf >= 0]
    return sum(words) / len(words) if words else 0.0


def _upright(page: OcrPage) -> OcrPage:
    """A page scanned upside down reads as noise (mean word confidence ~40 against ~90 the right way up):
    below the threshold, read it turned 180° and keep the better reading."""
    from extractors import ocr as ocr_mod

    conf = _mean_conf(page)
    if conf >= UPRIGHT_CONF:
        return page
    turned = ocr_mod.ocr_image(page.image.rotate(180), page.dpi)
    return turned if _mean_conf(turned) > conf + 10 else page


def _ocr_unavailable(facts: FileFacts, reason: str) -> FileFacts:
    return _fail(facts, "illisible", (
        "Le document est une numérisation sans texte et la reconnaissance de caractères est impossible "
        f"sur ce poste ({reason}) : vérifier le document à la main."))


def _analyse_pdf(path: Path, facts: FileFacts, *, ocr: bool) -> FileFacts:
    from extractors import ocr as ocr_mod

    pdf = pdf_fast.open_pdf(path)
    if pdf.erreur:
        return _fail(facts, pdf.erreur)
    try:
        assert pdf.doc is not None
        texts = list(pdf.pages)
        facts.pages = len(texts)
        scans: dict[int, OcrPage] = {}  # page number → OcrPage

        def do_ocr(numbers: list[int]) -> None:
            for n in numbers:
                if n in scans or len(scans) >= OCR_MAX_PAGES:
                    continue
                page = _upright(ocr_mod.ocr_pdf_page(pdf.doc, n - 1))
                scans[n] = page
                texts[n - 1] = page.text
                facts.pages_ocr.append(n)

        head = list(range(1, min(CLASSIFY_PAGES, len(texts)) + 1))
        need_head = [n for n in head if n in pdf.no_text]
        if need_head and ocr:
            try:
                do_ocr(need_head)
            except ocr_mod.OcrUnavailable as exc:
                if len(need_head) == len(head):
                    return _ocr_unavailable(facts, str(exc))
                facts.avertissements.append(f"OCR impossible : {exc}")
        c = classify_text(texts[:CLASSIFY_PAGES], n_pages=len(texts))
        if c.type_piece == "autre" and need_head and not ocr:
            c = type(c)("autre", "document numérisé sans texte (OCR désactivé)", 0.0)
        facts.type_piece, facts.type_raison = c.type_piece, c.raison  # type: ignore[assignment]

        if facts.type_piece == "attestation_stage":
            rest = [n for n in pdf.no_text if n not in scans]
            if rest and ocr:
                try:
                    do_ocr(rest)
                except ocr_mod.OcrUnavailable as exc:
                    facts.avertissements.append(f"OCR impossible : {exc}")
            _periods_from_pages(facts, texts, scans)
            if scans:  # tables on scans: the same pages read row by row
                rows = [reading_order_text(scans[n]) if n in scans else "" for n in range(1, len(texts) + 1)]
                _periods_from_pages(facts, rows, scans)
            _examine_signatures(facts, pdf, texts, scans)
    finally:
        pdf.close()
    with path.open("rb") as fh:
        data = fh.read()
    if has_digital_signature(data):
        try:
            facts.signatures_numeriques = digital_signatures(path)
        except Exception as exc:  # noqa: BLE001
            facts.signature_numerique_erreur = (
                f"signature numérique présente mais illisible par le vérificateur ({exc.__class__.__name__})")
    return facts


def _analyse_image(path: Path, facts: FileFacts, *, ocr: bool) -> FileFacts:
    from PIL import Image

    from extractors import ocr as ocr_mod

    facts.pages = 1
    if not ocr:
        facts.type_raison = "image sans texte (OCR désactivé)"
        return facts
    with Image.open(path) as img:
        img.load()
        dpi = int(round(float((img.info.get("dpi") or (200, 200))[0]) or 200))
        try:
            page = _upright(ocr_mod.ocr_image(img.convert("L"), dpi=dpi))
        except ocr_mod.OcrUnavailable as exc:
            return _ocr_unavailable(facts, str(exc))
    facts.pages_ocr = [1]
    c = classify_text([page.text], n_pages=1)
    facts.type_piece, facts.type_raison = c.type_piece, c.raison  # type: ignore[assignment]
    if facts.type_piece == "attestation_stage":
        _periods_from_pages(facts, [page.text], [1])
        _periods_from_pages(facts, [reading_order_text(page)], [1])
        _record_exam(facts, [exam_scan_page(page, 1)], scanned=True, complete=True)
    return facts


def _evidence_name(rel: str, page: int | None) -> str:
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in rel)[-80:]
    return f"{stem}_p{page or 1}_signature.png"


def _picture_periods(facts: FileFacts, rendered: list[RenderedPage]) -> None:
    """A picture of the lines each period was read from, on the pages already rendered for signatures."""
    from extractors.marks import period_png

    by_page = {r.exam.page: r for r in rendered}
    for i, p in enumerate(facts.periodes, start=1):
        r = by_page.get(p.page or 0)
        data = period_png(r, p.extrait) if r is not None else None
        if data is not None:
            name = _evidence_name(facts.fichier, p.page).replace("_signature.png", f"_periode{i}.png")
            facts.preuves[name] = data
            p.preuve = name


def _record_exam(facts: FileFacts, rendered: list[RenderedPage], *, scanned: bool, complete: bool) -> None:
    """Reduce the examined pages to one state, keep a picture of the page the state rests on."""
    _picture_periods(facts, rendered)
    exams: list[PageExam] = [r.exam for r in rendered]
    statut, raison, page = judge(exams, scanned=scanned, complete=complete)
    shown = next((r for r in rendered if r.exam.page == page), rendered[-1] if rendered else None)
    exam = SignatureExam(statut, raison, [e.page for e in exams], page,
                         [a.text for e in exams for a in e.anchors], sum(len(e.marks) for e in exams), scanned)
    if shown is not None:
        name = _evidence_name(facts.fichier, shown.exam.page)
        facts.preuves[name] = evidence_png(shown)
        exam.preuve = name
    facts.signature = exam


def _examine_signatures(facts: FileFacts, pdf: pdf_fast.PdfText, texts: list[str], scans: dict[int, OcrPage]) -> None:
    """Every page of a short attestation (the last ones and those with an anchor of a long one), rendered once."""
    from extractors.marks import page_mentions_anchor

    n = len(texts)
    limit = mark_settings().pages_max
    if n <= limit:
        numbers = list(range(1, n + 1))
    else:
        numbers = sorted({*range(n - 2, n + 1), *(i for i in range(1, n + 1) if page_mentions_anchor(texts[i - 1]))})
    complete = n <= limit
    rendered: list[RenderedPage] = []
    for number in numbers:
        if number in scans:
            rendered.append(exam_scan_page(scans[number], number))
        elif number in pdf.no_text:
            complete = False  # an image page OCR could not read: a signature there is unseen
        else:
            assert pdf.doc is not None
            page = pdf.doc[number - 1]
            try:
                rendered.append(exam_pdf_page(page, number))
            finally:
                page.close()
    if not scans and judge([r.exam for r in rendered], scanned=False, complete=complete)[0] == "vide":
        # « not signed » may become a motif: look again, finer, before saying it
        fine = mark_settings().rendu_dpi_confirmation
        again = []
        for r in rendered:
            page = pdf.doc[r.exam.page - 1]  # type: ignore[index]
            try:
                again.append(exam_pdf_page(page, r.exam.page, dpi=fine))
            finally:
                page.close()
        rendered = again
    _record_exam(facts, rendered, scanned=bool(scans), complete=complete)
