"""Signatures on attestations: digital (pyHanko) and handwritten / company stamp (ink in the zone).

Digital: every embedded signature is validated with pyHanko. With no trust roots configured pyHanko says
"untrusted": that is reported as confiance=None ("signé, non vérifié"), not as a failure. What matters here is
that the signed bytes are intact and that nothing was changed after signing (coverage + difference analysis).

Handwritten: find the label ("Signature et cachet de l'entreprise", "Signature du tuteur", "Visa"…) and its
box, take the zone below it (~4 cm) and to its right, render only that zone at 100 dpi in grey, mask text,
drop ruled lines, and measure the fraction of dark pixels; drawn vector paths and images in the zone are
counted as supporting evidence. Thresholds live in pipeline/data/signatures.yaml. A zone that cannot be
judged (no label, label at page bottom, noisy scan, ink between thresholds) is "indeterminee", with why.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from core.text import fold

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "signatures.yaml"
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


@dataclass
class SignatureZone:
    """A handwritten signature / stamp zone after a label."""

    page: int
    label: str
    statut: Literal["signee", "vide", "indeterminee"]
    mesure: str
    role: str = "autre"  # entreprise / tuteur / stagiaire / autre (from the label)
    encre: float | None = None  # fraction of dark pixels in the zone, after masking text and ruled lines
    objets: int = 0  # drawn vector paths / images found in the zone (born-digital pages)
    ocr: bool = False  # the page was read by OCR


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


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


# ----------------------------------------------------------------------------------------- handwritten


@dataclass
class TextBox:
    """A text line in points, origin top-left of the page."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float = 100.0  # OCR confidence (mean of the words); born-digital text is certain


@dataclass
class PageLayout:
    width: float
    height: float
    lines: list[TextBox] = field(default_factory=list)


def _label_patterns() -> list[tuple[re.Pattern[str], str, str]]:
    out = []
    for item in sorted(config()["libelles"], key=lambda x: -len(x["texte"])):
        key = fold(item["texte"])
        out.append((re.compile(rf"(?<![a-z]){re.escape(key)}(?![a-z])"), key, item["role"]))
    return out


def page_mentions_label(text: str) -> bool:
    """Cheap test on plain page text before any layout work."""
    folded = fold(text)
    return any(p.search(folded) for p, _, _ in _label_patterns())


def find_labels(layout: PageLayout) -> list[tuple[TextBox, str]]:
    """Short lines that are signature labels, with the role of the best (longest) label."""
    max_len = int(config()["longueur_max_ligne"])
    found = []
    for line in layout.lines:
        folded = fold(line.text)
        if not folded or len(folded) > max_len:
            continue
        for pattern, key, role in _label_patterns():
            m = pattern.search(folded)
            # a label starts its line or is most of it ("Mention ajoutée après signature" is not a label)
            if m and (m.start() == 0 or len(key) >= 0.6 * len(folded)):
                found.append((line, role))
                break
    return found


def pdf_layout(page) -> PageLayout:
    """Text lines with boxes from pdfium (no pdfplumber: same boxes, 50× faster)."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        boxes: list[TextBox] = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = textpage.get_text_bounded(left - 0.5, bottom - 0.5, right + 0.5, top + 0.5).strip()
            if text:
                boxes.append(TextBox(" ".join(text.split()), left, height - top, right, height - bottom))
    finally:
        textpage.close()
    return PageLayout(width, height, _join_lines(boxes))


def _join_lines(boxes: list[TextBox]) -> list[TextBox]:
    """pdfium may split a line into runs: join runs on the same baseline that are close together."""
    boxes = sorted(boxes, key=lambda b: (round(b.top), b.x0))
    out: list[TextBox] = []
    for b in boxes:
        last = out[-1] if out else None
        if (last and abs(last.top - b.top) < 2 and abs(last.bottom - b.bottom) < 2
                and 0 <= b.x0 - last.x1 < 6):
            out[-1] = TextBox(f"{last.text} {b.text}", last.x0, min(last.top, b.top), b.x1,
                              max(last.bottom, b.bottom))
        else:
            out.append(b)
    return out


def ocr_layout(ocr_page) -> PageLayout:
    """Text lines from OCR word boxes, converted from pixels to points."""
    k = 72.0 / ocr_page.dpi
    w, h = ocr_page.image.size
    lines = [TextBox(ln.text, ln.x0 * k, ln.top * k, ln.x1 * k, ln.bottom * k,
                     sum(w.conf for w in ln.words) / max(1, len(ln.words))) for ln in ocr_page.lines]
    return PageLayout(w * k, h * k, lines)


@dataclass
class Zone:
    x0: float
    top: float
    x1: float
    bottom: float
    masks: list[TextBox]
    problem: str | None = None


def zone_for(label: TextBox, layout: PageLayout) -> Zone:
    """Rectangle below the label (and right of it on its line), cut by the next wide text line."""
    zc = config()["zone"]
    x0 = max(0.0, label.x0 - zc["marge_gauche"])
    x1 = min(layout.width - 4, label.x0 + zc["largeur"])
    # a neighbouring label on the same line ("Signature du stagiaire" | "Signature de l'entreprise")
    for other in layout.lines:
        same_line = other.top < label.bottom and other.bottom > label.top
        if other is not label and same_line and other.x0 > label.x1 + 2:
            x1 = min(x1, other.x0 - 4)
    top = label.top
    bottom = min(layout.height - 4, label.bottom + zc["hauteur"])
    for other in layout.lines:
        overlaps = other.x0 < x1 and other.x1 > x0
        wide = (min(other.x1, x1) - max(other.x0, x0)) >= zc["ligne_coupe_largeur"] * (x1 - x0)
        if overlaps and wide and other.top > label.bottom + 1 and other.top < bottom:
            bottom = other.top - 1
    masks = [b for b in layout.lines if b.x0 < x1 and b.x1 > x0 and b.top < bottom and b.bottom > top]
    zone = Zone(x0, top, x1, bottom, masks)
    if bottom - label.bottom < zc["hauteur_min"]:
        zone.problem = "zone de signature trop petite (libellé en bas de page ou texte juste en dessous)"
    elif x1 - x0 < 60:
        zone.problem = "zone de signature trop étroite"
    return zone


def _measure(gray, zone: Zone, scale: float, *, scanned: bool) -> tuple[float, float]:
    """Ink fraction in a zone image (text masked, ruled lines removed) and, for scans, the noise removed.

    Ruled lines are found before text is masked (a mask would cut a box border into short pieces).
    """
    import numpy as np
    cfg = config()
    pad = cfg["masque_texte_pt"]
    arr = np.asarray(gray, dtype=np.uint8)
    noise = 0.0
    if scanned:
        dark = arr < cfg["seuil_gris_scan"]
        cleaned = _drop_speckles(dark, int(cfg["voisins_min_scan"]))
        noise = float(dark.sum() - cleaned.sum()) / max(1, dark.size)
        dark = cleaned
    else:
        dark = arr < cfg["seuil_gris"]
    if not dark.size:
        return 0.0, noise
    rows, cols = _ruled_lines(dark, cfg["ligne_droite_fraction"], int(cfg["ligne_bande_px"]))
    dark = dark.copy()
    h, w = dark.shape
    for b in zone.masks:
        c0 = max(0, int((b.x0 - zone.x0 - pad) * scale))
        c1 = min(w, int((b.x1 - zone.x0 + pad) * scale) + 1)
        r0 = max(0, int((b.top - zone.top - pad) * scale))
        r1 = min(h, int((b.bottom - zone.top + pad) * scale) + 1)
        dark[r0:r1, c0:c1] = False
    dark[rows, :] = False
    dark[:, cols] = False
    return float(dark.mean()), noise


def _drop_speckles(dark, min_neighbours: int):
    """Keep dark pixels with at least `min_neighbours` dark 8-neighbours: scanner speckles are isolated,
    even a 1-pixel pen stroke has two neighbours (a median filter would erase thin strokes too)."""
    import numpy as np

    d = dark.astype(np.uint8)
    padded = np.pad(d, 1)
    h, w = d.shape
    neighbours = sum(padded[1 + dy: 1 + dy + h, 1 + dx: 1 + dx + w]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    return dark & (neighbours >= min_neighbours)


def _ruled_lines(dark, limit: float, band: int):
    """Rows and columns of long horizontal / vertical lines (box borders, underlines), even slightly rotated.

    A row is a ruled line when, OR-ed with its neighbours within `band` pixels, it is dark over more than
    `limit` of the zone width: a rotation of 1° over 300 px drifts by 5 px, which the band absorbs.
    """
    import numpy as np

    def clear(m):
        banded = m.copy()
        for k in range(1, band + 1):
            banded[k:] |= m[:-k]
            banded[:-k] |= m[k:]
        out = np.zeros(m.shape[0], dtype=bool)
        for r in np.flatnonzero(banded.mean(axis=1) > limit):
            out[max(0, r - band): r + band + 1] = True
        return out

    return clear(dark), clear(dark.T)


def _drawn_objects(page, zone: Zone, page_height: float) -> int:
    """Vector paths with curves or many segments, and images, inside the zone (born-digital signatures)."""
    import pypdfium2.raw as raw

    ocfg = config()["objets"]
    area = max(1.0, (zone.x1 - zone.x0) * (zone.bottom - zone.top))
    count = 0
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        try:
            left, bottom, right, top = obj.get_bounds()
        except Exception:  # noqa: BLE001
            continue
        y_top, y_bottom = page_height - top, page_height - bottom
        inside = left >= zone.x0 - 2 and right <= zone.x1 + 2 and y_top >= zone.top - 2 and y_bottom <= zone.bottom + 2
        if not inside:
            continue
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            if (right - left) * (top - bottom) >= ocfg["image_aire_min"] * area:
                count += 1
            continue
        n = raw.FPDFPath_CountSegments(obj.raw)
        curved = any(
            raw.FPDFPathSegment_GetType(raw.FPDFPath_GetPathSegment(obj.raw, i)) == raw.FPDF_SEGMENT_BEZIERTO
            for i in range(max(0, n))
        )
        if curved or n >= ocfg["segments_min"]:
            count += 1
    return count


def _decide(ink: float, objects: int, noise: float, scanned: bool) -> tuple[str, str]:
    d = config()["decision"]
    pct = f"{ink * 100:.2f}".replace(".", ",")
    mesure = f"encre : {pct} % de pixels sombres dans la zone"
    if objects:
        mesure += f", {objects} tracé(s) ou image(s) dans la zone"
    if scanned:
        mesure += " (page numérisée, lue par OCR)"
    if scanned and noise > d["bruit_max"] and ink < d["encre_signee_min"] * 2:
        return "indeterminee", mesure + " ; numérisation trop bruitée pour conclure"
    if ink >= d["encre_signee_min"]:
        return "signee", mesure
    if ink <= d["encre_vide_max"] and not objects:
        return "vide", mesure
    if objects and ink > d["encre_vide_max"]:
        return "signee", mesure
    return "indeterminee", mesure + " ; entre les seuils « vide » et « signée »"


def zones_on_pdf_page(page, page_number: int) -> list[SignatureZone]:
    """Handwritten zones of a born-digital page: layout from pdfium, only the zone is rendered."""
    layout = pdf_layout(page)
    out = []
    dpi = config()["rendu_dpi"]
    scale = dpi / 72
    for label, role in find_labels(layout):
        zone = zone_for(label, layout)
        if zone.problem:
            out.append(SignatureZone(page_number, label.text, "indeterminee", zone.problem, role))
            continue
        crop = (zone.x0, layout.height - zone.bottom, layout.width - zone.x1, zone.top)
        bitmap = page.render(scale=scale, crop=crop, grayscale=True)
        gray = bitmap.to_pil().convert("L")
        ink, _ = _measure(gray, zone, scale, scanned=False)
        objects = _drawn_objects(page, zone, layout.height)
        statut, mesure = _decide(ink, objects, 0.0, scanned=False)
        out.append(SignatureZone(page_number, label.text, statut, mesure, role, round(ink, 5), objects))  # type: ignore[arg-type]
    return out


def zones_on_scan(ocr_page, page_number: int) -> list[SignatureZone]:
    """Handwritten zones of a scanned page: labels from OCR boxes, ink measured on the OCR image."""
    layout = ocr_layout(ocr_page)
    out = []
    k = ocr_page.dpi / 72
    # strokes of a signature are often "read" as garbage words: only confident words are text to mask
    min_conf = float(config()["ocr_confiance_masque"])
    for label, role in find_labels(layout):
        zone = zone_for(label, layout)
        zone.masks = [m for m in zone.masks if m is label or m.conf >= min_conf]
        if zone.problem:
            out.append(SignatureZone(page_number, label.text, "indeterminee", zone.problem, role, ocr=True))
            continue
        box = (int(zone.x0 * k), int(zone.top * k), int(zone.x1 * k), int(zone.bottom * k))
        gray = ocr_page.image.crop(box)  # measured at the OCR resolution: resampling would fade thin strokes
        ink, noise = _measure(gray, zone, k, scanned=True)
        statut, mesure = _decide(ink, 0, noise, scanned=True)
        out.append(SignatureZone(page_number, label.text, statut, mesure, role, round(ink, 5), 0, True))  # type: ignore[arg-type]
    return out
