"""Digital signatures on attestations (pyHanko). Handwritten signatures and stamps: extractors/marks.py.

Every embedded signature is validated with pyHanko. With no trust roots configured pyHanko says
"untrusted": that is reported as confiance=None ("signé, non vérifié"), not as a failure. What matters here is
that the signed bytes are intact and that nothing was changed after signing (coverage + difference analysis).
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

TRUST_ROOTS_ENV = "BTS_TRUST_ROOTS"  # PEM/DER file(s) of trusted roots, ':'-separated; unset → not verified


@dataclass
class SignatureFact:
    """One digital signature field, validated with pyHanko."""

    champ: str
    page: int | None
    signataire: str | None
    intact: bool
    couvre_tout: bool
    modifie_apres: bool
    confiance: bool | None
    detail: str


# ------------------------------------------------------------------------------------------- digital


def has_digital_signature(data: bytes) -> bool:
    """Cheap pre-check on the raw bytes before running pyHanko."""
    return b"/ByteRange" in data and b"/Sig" in data


@contextlib.contextmanager
def _quiet_pyhanko():
    """pyHanko logs a full traceback for every untrusted or modified signature: expected here, so hush it."""
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, lv in zip(loggers, levels, strict=False):
            lg.setLevel(lv)


def _trust_context():
    """(configured roots or None, ValidationContext): no configured root means "not verified"."""
    from pyhanko_certvalidator import ValidationContext

    paths = [p for p in os.environ.get(TRUST_ROOTS_ENV, "").split(":") if p]
    if not paths:
        # explicit empty roots: never the OS trust list (deprecated in pyHanko), never the network
        return None, ValidationContext(trust_roots=[], allow_fetching=False)
    from pyhanko.keys import load_certs_from_pemder

    roots = list(load_certs_from_pemder(paths))
    return roots, ValidationContext(trust_roots=roots, allow_fetching=False)


def _walk_pages(node):
    """Page dictionaries in order (the page tree may be nested)."""
    node = node.get_object()
    if node.get("/Type") == "/Page" or "/Kids" not in node:
        yield node
        return
    for kid in node["/Kids"]:
        yield from _walk_pages(kid)


def _page_index(reader, field_name: str | None) -> int | None:
    """1-based page whose annotations hold the signature widget, None when not found."""
    if not field_name:
        return None
    try:
        for number, page in enumerate(_walk_pages(reader.root["/Pages"]), start=1):
            for annot in page.get("/Annots", []) or []:
                obj = annot.get_object()
                name = obj.get("/T")
                if name is None and "/Parent" in obj:
                    name = obj["/Parent"].get_object().get("/T")
                if name is not None and str(name) == field_name:
                    return number
    except Exception:  # noqa: BLE001 - the page is a nicety, never a reason to fail
        return None
    return None


def digital_signatures(path: Path) -> list[SignatureFact]:
    """Validate every embedded signature; raises only if the file cannot be parsed at all (caller catches)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    roots, context = _trust_context()
    facts: list[SignatureFact] = []
    with Path(path).open("rb") as fh, _quiet_pyhanko():
        reader = PdfFileReader(fh, strict=False)
        for emb in reader.embedded_signatures:
            name = str(emb.field_name or "signature")
            page = _page_index(reader, emb.field_name)
            try:
                status = validate_pdf_signature(emb, signer_validation_context=context)
            except Exception as exc:  # noqa: BLE001 - a broken signature is a fact, not a crash
                facts.append(SignatureFact(name, page, None, False, False, False, False,
                                           f"signature numérique « {name} » illisible ({exc.__class__.__name__})"))
                continue
            signer = None
            with contextlib.suppress(Exception):
                signer = status.signing_cert.subject.native.get("common_name")
            intact = bool(status.intact and status.valid)
            couvre_tout = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
            level = status.modification_level
            benign = level is not None and level <= ModificationLevel.FORM_FILLING and status.docmdp_ok is not False
            modifie_apres = not couvre_tout and not benign
            confiance = None if roots is None else bool(status.trusted)
            facts.append(SignatureFact(name, page, signer, intact, couvre_tout, modifie_apres, confiance,
                                       _digital_detail(signer, intact, couvre_tout, modifie_apres, confiance)))
    return facts


def _digital_detail(signer: str | None, intact: bool, couvre_tout: bool, modifie_apres: bool,
                    confiance: bool | None) -> str:
    who = f"signature numérique de {signer}" if signer else "signature numérique"
    if not intact:
        state = "altérée (le contenu signé ne correspond plus à la signature)"
    elif modifie_apres:
        state = "intacte mais le document a été modifié après la signature"
    elif not couvre_tout:
        state = "intacte, complétée après signature par des ajouts admis (formulaire, autre signature)"
    else:
        state = "intacte"
    if confiance is None:
        trust = "non vérifiée (aucune autorité de confiance configurée)"
    elif confiance:
        trust = "certificat reconnu par une autorité de confiance"
    else:
        trust = "certificat non reconnu par les autorités de confiance configurées"
    return f"{who}, {state}, {trust}"
