"""Facts about one uploaded dossier file: format, health, piece type, periods, signatures. No decisions.

The check pipeline (pipeline/) turns these facts into a verdict with the rules of the specialty. Here we
only read and measure, as fast as the file allows: pdfium text for every page, OCR only for pages with no
text layer, layout and rendering only for the signature zone of attestations, pyHanko only when the bytes
contain a signature dictionary. Bad content never raises: it becomes `erreur` + a French `erreur_message`
that says what to ask the candidate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from core.files import sha256_file
from extractors import pdf_fast
from extractors.classify import classify_text
from extractors.periods import parse_durations, parse_periods
from extractors.signatures import (
    SignatureFact,
    SignatureZone,
    digital_signatures,
    has_digital_signature,
    page_mentions_label,
    zones_on_pdf_page,
    zones_on_scan,
)
from extractors.signatures import (
    config as signature_config,
)

__all__ = [
    "FileFacts", "PeriodFact", "SignatureFact", "SignatureZone", "StatedDuration", "analyse_file",
]

log = logging.getLogger(__name__)

OCR_MAX_PAGES = 6  # OCR is ~1 s a page: scanned attestations are short; a scanned portfolio only gets its head
CLASSIFY_PAGES = 2


@dataclass
class PeriodFact:
    debut: date
    fin: date
    page: int | None  # 1-based page in the file
    extrait: str  # the text it was read from


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
    zones_signature: list[SignatureZone] = field(default_factory=list)
    avertissements: list[str] = field(default_factory=list)  # French notes that are not errors (OCR failed…)


def _fail(facts: FileFacts, erreur: str, message: str | None = None) -> FileFacts:
    facts.erreur = erreur
    facts.erreur_message = message or pdf_fast.MESSAGES.get(erreur, pdf_fast.MESSAGES["illisible"])
    return facts


def _periods_from_pages(facts: FileFacts, texts: list[str]) -> None:
    for number, text in enumerate(texts, start=1):
        if not text:
            continue
        for debut, fin, extrait in parse_periods(text):
            facts.periodes.append(PeriodFact(debut, fin, number, extrait))
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
    except Exception as exc:  # noqa: BLE001 - any parser failure on hostile input is a fact about the file
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
        scans: dict[int, object] = {}  # page number → OcrPage

        def do_ocr(numbers: list[int]) -> None:
            for n in numbers:
                if n in scans or len(scans) >= OCR_MAX_PAGES:
                    continue
                page = ocr_mod.ocr_pdf_page(pdf.doc, n - 1)
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
            _periods_from_pages(facts, texts)
            last = int(signature_config()["pages_examinees"])
            for n in range(max(1, len(texts) - last + 1), len(texts) + 1):
                if n in scans:
                    facts.zones_signature.extend(zones_on_scan(scans[n], n))
                elif n not in pdf.no_text and page_mentions_label(texts[n - 1]):
                    page = pdf.doc[n - 1]
                    try:
                        facts.zones_signature.extend(zones_on_pdf_page(page, n))
                    finally:
                        page.close()
    finally:
        pdf.close()
    with path.open("rb") as fh:
        data = fh.read()
    if has_digital_signature(data):
        try:
            facts.signatures_numeriques = digital_signatures(path)
        except Exception as exc:  # noqa: BLE001
            facts.avertissements.append(
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
            page = ocr_mod.ocr_image(img.convert("L"), dpi=dpi)
        except ocr_mod.OcrUnavailable as exc:
            return _ocr_unavailable(facts, str(exc))
    facts.pages_ocr = [1]
    c = classify_text([page.text], n_pages=1)
    facts.type_piece, facts.type_raison = c.type_piece, c.raison  # type: ignore[assignment]
    if facts.type_piece == "attestation_stage":
        _periods_from_pages(facts, [page.text])
        facts.zones_signature = zones_on_scan(page, 1)
    return facts
