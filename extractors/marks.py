"""Handwritten signatures and stamps: find the marks on a page that are not text, then say whose they are.

Real attestations put the signature anywhere: under or beside its label, in the next table cell, above the
printed name of a letter with no label at all, at the bottom of page 2. So nothing here measures a fixed
box. Each examined page is rendered ONCE; printed text (pdfium boxes, or confident OCR words on scans),
ruled lines and drawn boxes are removed; the connected ink left are MARKS. Each mark is attributed to the
nearest ANCHOR (a signature label, or a closing-block line such as « Fait à …, le … » or « Le tuteur de
stage ») within a distance; a mark closest to the student's label signs for the student only.

The verdict for a file (`SignatureExam.statut`) is positive evidence or nothing:
- `signee`: a mark owned by the organisation (where, what, how big);
- `vide`: pages holding an anchor were examined whole and hold no mark at all (born-digital, or a clean,
  confidently read scan) — the only state from which a motif may follow;
- `stagiaire_seule`: marks only at the student's place;
- `indeterminee`: anything else (a mark nobody owns, no anchor, a noisy scan…), with the reason.
Thresholds and vocabularies: pipeline/data/signatures.yaml, validated by `MarkSettings`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import numpy as np
from pydantic import model_validator
from scipy import ndimage  # loaded with the module: outside the per-document time limit

from core.data import Strict, load_model
from core.text import fold

DATA = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "signatures.yaml"
Role = Literal["organisme", "stagiaire"]
Statut = Literal["signee", "vide", "stagiaire_seule", "indeterminee"]


# ------------------------------------------------------------------------------------------- settings


class Libelle(Strict):
    texte: str
    role: Role


class Encre(Strict):
    seuil_gris: int
    saturation_min: float
    masque_texte_pt: float
    ligne_min_pt: float


class MarqueCfg(Strict):
    regroupement_pt: float
    hauteur_min_pt: float
    largeur_min_pt: float
    aire_min_pt2: float
    cadre_fraction: float
    trait_epaisseur_max_pt: float
    trait_allongement: float
    image_gris_visible: int
    image_page_fraction: float
    texte_hauteur_max: float
    texte_mot_hauteur_max: float
    texte_marge_pt: float
    texte_glyphe_largeur: float
    texte_glyphes_min: int
    texte_piece_max: float
    texte_couverture_min: float


class Attribution(Strict):
    distance_max_pt: float


class Bandes(Strict):
    entete: float
    pied: float

    @model_validator(mode="after")
    def _fractions(self) -> Bandes:
        if not (0 <= self.entete < 0.5 and 0 <= self.pied < 0.5):
            raise ValueError("entete et pied sont des fractions de la hauteur de page (0 à 0,5)")
        return self


class ScanCfg(Strict):
    analyse_dpi: int
    fond_pt: float
    contraste_min: int
    voisins_min: int
    ocr_confiance_masque: float
    ocr_confiance_mot: float
    bruit_max: float
    confiance_min_vide: float
    masque_texte_pt: float
    segment_min_pt: float
    mot_hauteur_max: float

    @model_validator(mode="after")
    def _order(self) -> ScanCfg:
        if self.ocr_confiance_mot > self.ocr_confiance_masque:
            raise ValueError("ocr_confiance_mot doit être ≤ ocr_confiance_masque")
        return self


class BlocCloture(Strict):
    ligne_corps_min: int
    ligne_max: int
    lignes_max: int
    ecart_libelle_pt: float


class PreuveCfg(Strict):
    largeur_px: int


class ReponsesEntourees(Strict):
    mots: list[str]
    largeur_max: float
    hauteur_max: float


class MarkSettings(Strict):
    libelles: list[Libelle]
    cloture: list[str]
    bloc_cloture: BlocCloture
    longueur_max_ligne: int
    reponses_entourees: ReponsesEntourees
    pages_max: int
    rendu_dpi: int
    rendu_dpi_confirmation: int
    encre: Encre
    marque: MarqueCfg
    attribution: Attribution
    bandes: Bandes
    scan: ScanCfg
    preuve: PreuveCfg

    @model_validator(mode="after")
    def _sane(self) -> MarkSettings:
        if not self.libelles:
            raise ValueError("au moins un libellé de signature est nécessaire")
        if not 36 <= self.rendu_dpi <= 300:
            raise ValueError("rendu_dpi doit être entre 36 et 300")
        return self


def load_settings(path: Path = DATA) -> MarkSettings:
    """Validated thresholds; a bad file is a RulesError (exit 7) naming the file and the field."""
    return load_model(path, MarkSettings, "fichier de seuils")


@lru_cache(maxsize=1)
def settings() -> MarkSettings:
    return load_settings()


# ------------------------------------------------------------------------------------------- layout


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
    words: list[TextBox] = field(default_factory=list)  # scans: every OCR word with its confidence


@dataclass
class Anchor:
    text: str
    role: Role
    kind: Literal["libelle", "cloture"]
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in points


@dataclass
class Mark:
    box: tuple[float, float, float, float]  # points, top-left origin
    area: float  # ink area in points²
    owner: Literal["organisme", "stagiaire", "aucun"] = "aucun"
    anchor: str | None = None
    distance: float | None = None
    texte: str | None = None  # printed matter left unmasked: the OCR word(s) it lies on ("" when none was read)


@dataclass
class PageExam:
    page: int
    anchors: list[Anchor]
    marks: list[Mark]
    ignored: int  # marks in the letterhead / footer bands
    noise: float = 0.0
    ocr_conf: float | None = None  # scans: mean confidence of the words


@dataclass
class SignatureExam:
    """What the detector saw on one attestation, and the state it reduces to."""

    statut: Statut
    raison: str  # French, quotes the evidence
    pages: list[int] = field(default_factory=list)  # pages examined
    page: int | None = None  # the page the verdict rests on
    ancres: list[str] = field(default_factory=list)
    marques: int = 0
    ocr: bool = False
    preuve: str | None = None  # key of the evidence image in FileFacts.preuves


def _patterns() -> list[tuple[re.Pattern[str], str, Role]]:
    cfg = settings()
    items = sorted(cfg.libelles, key=lambda x: -len(x.texte))
    return [(re.compile(rf"(?<![a-z]){re.escape(fold(i.texte))}(?![a-z])"), fold(i.texte), i.role) for i in items]


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[tuple[re.Pattern[str], str, Role]], list[str]]:
    return _patterns(), [fold(c) for c in settings().cloture]


def page_mentions_anchor(text: str) -> bool:
    """Cheap test on plain page text before any layout work."""
    folded = fold(text)
    labels, closing = _compiled()
    return any(p.search(folded) for p, _, _ in labels) or any(c in folded for c in closing)


_FILLER = re.compile(r"[._…\-]{2,}")  # dots, underscores or dashes to write on


def find_anchors(layout: PageLayout) -> list[Anchor]:
    """Short lines that are signature labels (any role) or lines of the closing block."""
    cfg = settings()
    labels, closing = _compiled()
    out: list[Anchor] = []
    for line in layout.lines:
        folded = fold(line.text)
        if not folded or len(folded) > cfg.longueur_max_ligne:
            continue
        box = (line.x0, line.top, line.x1, line.bottom)
        hit: Anchor | None = None
        for pattern, key, role in labels:
            m = pattern.search(folded)
            # a label starts its line or is most of it ("mention ajoutée après signature" is not a label);
            # a one- or two-word label (« L'étudiant », « Signature ») starting a long line starts prose
            # (« l'étudiant dans les deux années suivant la fin du stage et sur » in a legal notice)
            # (dots and underscores to write on do not make a line long)
            starts = m is not None and m.start() == 0 and (
                len(key.split()) > 2 or len(_FILLER.sub("", folded).strip()) <= cfg.bloc_cloture.ligne_max)
            if m and (starts or len(key) >= 0.5 * len(folded) or folded.endswith(key)):
                hit = Anchor(line.text, role, "libelle", box)
                break
        if hit is None and len(folded) <= cfg.bloc_cloture.ligne_max and any(folded.startswith(c) for c in closing):
            hit = Anchor(line.text, "organisme", "cloture", box)
        if hit is not None:
            out.append(hit)
    return out + _closing_block(layout, out)


def _closing_block(layout: PageLayout, found: list[Anchor]) -> list[Anchor]:
    """The short lines after the last line of body text: the signatory's name and title, where letters
    sign without any label (« Mme Élodie Mercier / Directrice technique »). Not the footer band."""
    cfg = settings()
    footer = layout.height * (1 - cfg.bandes.pied * 2)
    body = [ln for ln in layout.lines if len(fold(ln.text)) >= cfg.bloc_cloture.ligne_corps_min and ln.bottom < footer]
    if not body:
        return []
    last = max(ln.bottom for ln in body)
    taken = {a.box for a in found}
    out = []
    for ln in layout.lines:
        n = len(fold(ln.text))
        box = (ln.x0, ln.top, ln.x1, ln.bottom)
        readable = ln.conf >= cfg.scan.ocr_confiance_masque and sum(c.isalpha() for c in ln.text) >= 3
        if ln.top > last and 0 < n <= cfg.bloc_cloture.ligne_max and ln.bottom < footer and box not in taken \
                and readable:
            out.append(Anchor(ln.text, _role_above(box, found), "cloture", box))
    return out[: cfg.bloc_cloture.lignes_max]


def _role_above(box: tuple[float, float, float, float], labels: list[Anchor]) -> Role:
    """A name under « Le stagiaire » is the student's: a closing line takes the role of the label just
    above it in the same column (within three lines), the organisation's otherwise."""
    gap = settings().bloc_cloture.ecart_libelle_pt
    above = [a for a in labels if a.box[3] <= box[1] + 2 and box[1] - a.box[3] < gap
             and min(a.box[2], box[2]) - max(a.box[0], box[0]) > 0]
    if not above:
        return "organisme"
    return max(above, key=lambda a: a.box[3]).role


def pdf_layout(page: Any) -> PageLayout:
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


def ocr_layout(ocr_page: Any) -> PageLayout:
    """Text lines and words from OCR boxes, converted from pixels to points."""
    k = 72.0 / ocr_page.dpi
    w, h = ocr_page.image.size
    lines = [TextBox(ln.text, ln.x0 * k, ln.top * k, ln.x1 * k, ln.bottom * k,
                     sum(wd.conf for wd in ln.words) / max(1, len(ln.words))) for ln in ocr_page.lines]
    words = [TextBox(wd.text, wd.x0 * k, wd.top * k, wd.x1 * k, wd.bottom * k, wd.conf) for wd in ocr_page.words]
    return PageLayout(w * k, h * k, lines, words)


# ------------------------------------------------------------------------------------------- ink → marks


def _row_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Pixels on horizontal runs of at least `length` pixels, by run-length encoding: a page has a few
    hundred such runs at most, so they are written back one slice each."""
    h, w = mask.shape
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    edges = np.diff(padded.ravel())
    starts = np.flatnonzero(edges == 1) + 1
    ends = np.flatnonzero(edges == -1) + 1
    keep = ends - starts >= length
    flat = np.zeros(padded.size, dtype=bool)
    for a, b in zip(starts[keep].tolist(), ends[keep].tolist(), strict=True):
        flat[a:b] = True
    return flat.reshape(h, w + 2)[:, 1:-1]


def _long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Pixels on horizontal or vertical straight runs of at least `length` pixels (ruled lines, borders),
    with their anti-aliased fringe (one pixel around)."""
    if length < 2:
        return np.zeros_like(mask)
    lines = _row_runs(mask, length) | _row_runs(mask.T, length).T
    grown = lines.copy()
    grown[1:] |= lines[:-1]
    grown[:-1] |= lines[1:]
    wide = grown.copy()
    wide[:, 1:] |= grown[:, :-1]
    wide[:, :-1] |= grown[:, 1:]
    return wide


def _tilted_segments(mask: np.ndarray, length: int) -> np.ndarray:
    """Ink on vertical or horizontal straight segments at least `length` pixels long that may drift by a
    pixel (a scanned page is never quite straight): the short cell borders of a table row, which glue
    themselves to the text residue beside them."""
    if length < 2:
        return np.zeros_like(mask)
    across = mask.copy()
    across[:, 1:] |= mask[:, :-1]
    across[:, :-1] |= mask[:, 1:]
    down = mask.copy()
    down[1:] |= mask[:-1]
    down[:-1] |= mask[1:]
    return (_row_runs(across.T, length).T | _row_runs(down, length)) & mask


def _marks_from_ink(ink: np.ndarray, scale: float, exclude_band: tuple[float, float],
                    page_height: float) -> tuple[list[Mark], int]:
    """Group ink into marks (points); drop dots, lines, drawn boxes; count marks in the excluded bands."""

    m = settings().marque
    grow = max(1, int(round(m.regroupement_pt * scale / 2)))
    grouped = ndimage.maximum_filter(ink.view(np.uint8), size=2 * grow + 1)
    labels, n = ndimage.label(grouped)
    if n == 0:
        return [], 0
    slices = ndimage.find_objects(labels)
    counts = np.bincount(labels[ink].ravel(), minlength=n + 1)
    marks: list[Mark] = []
    ignored = 0
    top_limit, bottom_limit = exclude_band
    for idx, sl in enumerate(slices, start=1):
        if sl is None:
            continue
        area_px = int(counts[idx])
        r0, r1 = sl[0].start, sl[0].stop
        c0, c1 = sl[1].start, sl[1].stop
        # the grouping dilation made the box larger: shrink back to the ink
        sub = ink[r0:r1, c0:c1] & (labels[r0:r1, c0:c1] == idx)
        rows = np.flatnonzero(sub.any(axis=1))
        cols = np.flatnonzero(sub.any(axis=0))
        if rows.size == 0:
            continue
        h_px = rows[-1] - rows[0] + 1
        w_px = cols[-1] - cols[0] + 1
        area = area_px / (scale * scale)
        if h_px / scale < m.hauteur_min_pt or w_px / scale < m.largeur_min_pt or area < m.aire_min_pt2:
            continue
        if min(h_px, w_px) / scale < m.trait_epaisseur_max_pt and max(h_px, w_px) >= m.trait_allongement * min(h_px, w_px):
            continue  # a thin straight stroke: a rule or a box side a scan's tilt kept from the line filter
        tight = sub[rows[0]: rows[-1] + 1, cols[0]: cols[-1] + 1]
        if tight.shape[0] > 4 and tight.shape[1] > 4:
            border = np.zeros_like(tight)
            border[:3, :] = border[-3:, :] = True
            border[:, :3] = border[:, -3:] = True
            if (tight & border).sum() >= m.cadre_fraction * tight.sum():
                continue  # a drawn empty box (check box, signature frame)
        box = ((c0 + cols[0]) / scale, (r0 + rows[0]) / scale, (c0 + cols[-1] + 1) / scale,
               (r0 + rows[-1] + 1) / scale)
        if box[3] <= top_limit or box[1] >= page_height - bottom_limit:
            ignored += 1
            continue
        marks.append(Mark(box, round(area, 1)))
    return marks, ignored


def _ink_adaptive(gray: np.ndarray, scale: float) -> tuple[np.ndarray, float]:
    """Ink of a photographed or scanned page: darker than the local paper level (grey paper, uneven light),
    isolated speckles removed. Returns the ink mask and the fraction of speckles (noise)."""

    sc = settings().scan
    window = max(5, int(sc.fond_pt * scale) | 1)
    paper = ndimage.maximum_filter(ndimage.uniform_filter(gray, size=5), size=window)
    paper = ndimage.uniform_filter(paper, size=window)
    dark = gray < paper - sc.contraste_min
    padded = np.pad(dark.astype(np.uint8), 1)
    h, w = dark.shape
    neighbours = sum(padded[1 + dy: 1 + dy + h, 1 + dx: 1 + dx + w]
                     for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
    ink = dark & (neighbours >= sc.voisins_min)
    return ink, float(dark.sum() - ink.sum()) / max(1, dark.size)


def _pictures(page: Any, height: float) -> list[tuple[float, float, float, float]]:
    """Boxes (points, top-left origin) of the page's images, enumerated once per page."""
    import pypdfium2.raw as raw

    out = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        try:
            left, bottom, right, top = obj.get_bounds()
        except Exception:  # noqa: BLE001 - a broken object is not a picture we can use
            continue
        out.append((left, height - top, right, height - bottom))
    return out


def _image_marks(pictures: list[tuple[float, float, float, float]], gray: np.ndarray, scale: float,
                 layout: PageLayout, bands: tuple[float, float], found: list[Mark]) -> list[Mark]:
    """Pictures pasted on the page (a scanned signature, a stamp) are marks even when their strokes are too
    thin or pale to survive the page's resolution: any picture with visible content outside the letterhead
    and footer bands, not the page-wide scan itself."""
    m = settings().marque
    out: list[Mark] = []
    for box in pictures:
        w, h = box[2] - box[0], box[3] - box[1]
        if w < m.largeur_min_pt or h < m.hauteur_min_pt or _page_wide(box, layout.width, layout.height):
            continue
        if box[3] <= bands[0] or box[1] >= layout.height - bands[1]:
            continue
        if any(_box_distance(box, f.box) == 0 for f in found):
            continue  # already seen as ink
        region = gray[max(0, int(box[1] * scale)):int(box[3] * scale) + 1, max(0, int(box[0] * scale)):int(box[2] * scale) + 1]
        visible = int((region < m.image_gris_visible).sum())
        if visible * (1 / scale) ** 2 >= m.aire_min_pt2:
            out.append(Mark(box, round(visible / scale / scale, 1)))
    return out


def _covered_by_image(pictures: list[tuple[float, float, float, float]], width: float, height: float) -> bool:
    """A page that is mostly one picture (a scan with an OCR text layer, a photo pasted in Word)."""
    return any(_page_wide(b, width, height) for b in pictures)


def _page_wide(box: tuple[float, float, float, float], width: float, height: float) -> bool:
    return (box[2] - box[0]) * (box[3] - box[1]) >= settings().marque.image_page_fraction * width * height


def _mask_boxes(ink: np.ndarray, boxes: list[TextBox], scale: float, pad: float) -> None:
    h, w = ink.shape
    for b in boxes:
        r0 = max(0, int((b.top - pad) * scale))
        r1 = min(h, int((b.bottom + pad) * scale) + 1)
        c0 = max(0, int((b.x0 - pad) * scale))
        c1 = min(w, int((b.x1 + pad) * scale) + 1)
        ink[r0:r1, c0:c1] = False


def _box_distance(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    dx = max(0.0, max(a[0], b[0]) - min(a[2], b[2]))
    dy = max(0.0, max(a[1], b[1]) - min(a[3], b[3]))
    return (dx * dx + dy * dy) ** 0.5


def attribute(marks: list[Mark], anchors: list[Anchor]) -> None:
    """Each mark to its nearest anchor within the distance; the nearest anchor's role is the owner."""
    limit = settings().attribution.distance_max_pt
    for mark in marks:
        best: tuple[float, Anchor] | None = None
        for a in anchors:
            d = _box_distance(mark.box, a.box)
            if best is None or d < best[0]:
                best = (d, a)
        if best is not None and best[0] <= limit:
            mark.owner = best[1].role
            mark.anchor = best[1].text
            mark.distance = round(best[0], 1)


# ------------------------------------------------------------------------------------------- pages


@dataclass
class RenderedPage:
    exam: PageExam
    image: Any  # PIL image (RGB or L) the exam was made on, for the evidence picture
    scale: float  # pixels per point
    lines: list[TextBox] = field(default_factory=list)  # the page's text lines (for period pictures)


def exam_pdf_page(page: Any, number: int, dpi: int | None = None) -> RenderedPage:
    """A born-digital page: text from pdfium, the page rendered once in colour, marks attributed.

    `dpi`: the caller asks for a finer rendering before it concludes « vide » (pale, thin strokes fade at
    the screening resolution)."""
    cfg = settings()
    layout = pdf_layout(page)
    scale = (dpi or cfg.rendu_dpi) / 72
    bitmap = page.render(scale=scale, may_draw_forms=True)
    image = bitmap.to_pil().convert("RGB")
    gray = np.asarray(image.convert("L"), dtype=np.int16)
    noise = 0.0
    pictures = _pictures(page, layout.height)
    if _covered_by_image(pictures, layout.width, layout.height):
        ink, noise = _ink_adaptive(gray, scale)
    else:
        sat = np.asarray(image.convert("HSV"), dtype=np.uint8)[..., 1]
        ink = (gray < cfg.encre.seuil_gris) | ((sat >= int(cfg.encre.saturation_min * 255)) & (gray < 250))
    _mask_boxes(ink, layout.lines, scale, cfg.encre.masque_texte_pt)
    ink &= ~_long_runs(ink, int(cfg.encre.ligne_min_pt * scale))
    anchors = find_anchors(layout)
    bands = (_letterhead(layout, number, anchors), layout.height * cfg.bandes.pied)
    marks, ignored = _marks_from_ink(ink, scale, bands, layout.height)
    heights = sorted(ln.bottom - ln.top for ln in layout.lines)
    flag_printed(marks, layout, ink, scale, heights[len(heights) // 2] if heights else 0.0)
    marks += _image_marks(pictures, gray, scale, layout, bands, marks)
    marks = drop_circled_answers(marks, layout)
    attribute(marks, anchors)
    return RenderedPage(PageExam(number, anchors, marks, ignored, noise), image, scale, layout.lines)


def _letterhead(layout: PageLayout, number: int, anchors: list[Anchor]) -> float:
    """Bottom of the letterhead band: the top band of every page (logos are repeated on each page), except
    on a later page whose band holds a signature place (a letter whose closing spilled onto page 2)."""
    band = layout.height * settings().bandes.entete
    if number > 1 and any(a.box[1] < band for a in anchors):
        return 0.0
    return band


def _text_height(layout: PageLayout) -> float:
    """Median height of the confidently read OCR words (0 when there is none)."""
    sc = settings().scan
    heights = sorted(w.bottom - w.top for w in layout.words if w.conf >= sc.ocr_confiance_masque)
    return heights[len(heights) // 2] if heights else 0.0


def _printed_words(layout: PageLayout) -> list[TextBox]:
    """OCR words that are printed text: confident, or fairly confident and shaped like the page's text."""
    sc = settings().scan
    median = _text_height(layout)
    out = []
    for w in layout.words:
        if median and w.bottom - w.top > sc.mot_hauteur_max * median:
            continue  # a signature the OCR read as a word (« wi, » at 65 %, 49 pt tall on 8 pt text)
        if w.conf >= sc.ocr_confiance_masque:
            out.append(w)
        elif w.conf >= sc.ocr_confiance_mot and median:
            letters = sum(c.isalpha() for c in w.text)
            shaped = 0.6 * median <= (w.bottom - w.top) <= 1.5 * median
            if letters >= 3 and letters >= 0.7 * len(w.text) and shaped:
                out.append(w)
    return out


def drop_circled_answers(marks: list[Mark], layout: PageLayout) -> list[Mark]:
    """A ring drawn around a printed « OUI » or « NON » is the answer to a question of the form (the national
    SIO model asks one on page 2), not a signature: the word's centre inside the mark, the mark at most a
    few times the word's size, and no other text inside."""
    ring = settings().reponses_entourees
    answers = {fold(a) for a in ring.mots}
    keep = []
    for mark in marks:
        x0, y0, x1, y1 = mark.box
        inside = [ln for ln in layout.lines
                  if x0 <= (ln.x0 + ln.x1) / 2 <= x1 and y0 <= (ln.top + ln.bottom) / 2 <= y1]
        if len(inside) == 1 and fold(inside[0].text) in answers:
            word = inside[0]
            wide, tall = ring.largeur_max * (word.x1 - word.x0), ring.hauteur_max * (word.bottom - word.top)
            if x1 - x0 <= wide and y1 - y0 <= tall:
                continue
        keep.append(mark)
    return keep


def flag_printed(marks: list[Mark], layout: PageLayout, ink: np.ndarray, scale: float, text_height: float) -> None:
    """A mark no taller than the page's text that is made of letters is printed matter left unmasked: OCR
    words read too badly to mask (« d'accueil » at 2 %, « Bien » in a table), a table row the OCR skipped,
    typed words drawn as outlines. It is not handwriting, so it never signs; it is not nothing either, so
    it keeps the verdict from « vide » (à vérifier). Made of letters: its ink falls apart into separate
    glyph-sized pieces, or it is no wider than a short word, or it lies on OCR words of text height and no
    piece is longer than a few letters.
    Handwriting is taller than text or joined up (a flat paraph the OCR read « PIN NI » is one long piece)."""
    m = settings().marque
    if not text_height:
        return
    pad = m.texte_marge_pt
    letter = m.texte_glyphe_largeur * text_height * scale  # pixels: a piece this wide is a letter or two
    words = [w for w in layout.words if w.bottom - w.top <= m.texte_mot_hauteur_max * text_height]
    for mark in marks:
        x0, y0, x1, y1 = mark.box
        if y1 - y0 > m.texte_hauteur_max * text_height:
            continue
        pieces, widest = _pieces(ink[int(y0 * scale):int(np.ceil(y1 * scale)), int(x0 * scale):int(np.ceil(x1 * scale))])
        near = [w for w in words if w.x1 + pad > x0 and w.x0 - pad < x1 and w.bottom + pad > y0 and w.top - pad < y1]
        glyphs = pieces >= m.texte_glyphes_min and (x1 - x0) * scale <= letter * pieces
        word = (x1 - x0) * scale <= m.texte_piece_max * letter
        on_words = bool(near) and widest <= m.texte_piece_max * letter and _covered(mark.box, near, pad) >= m.texte_couverture_min
        if glyphs or word or on_words:
            mark.texte = " ".join(w.text for w in near)


def _pieces(crop: np.ndarray) -> tuple[int, int]:
    """Separate pieces of ink (8-connected, at least 4 pixels) and the width of the widest, in pixels."""
    labels, n = ndimage.label(crop, structure=np.ones((3, 3), dtype=bool))
    sizes = np.bincount(labels.ravel(), minlength=n + 1)
    widths = [sl[1].stop - sl[1].start for i, sl in enumerate(ndimage.find_objects(labels), start=1)
              if sl is not None and sizes[i] >= 4]
    return len(widths), max(widths, default=0)


def _covered(box: tuple[float, float, float, float], words: list[TextBox], pad: float) -> float:
    """Fraction of the box (points) covered by the words' boxes, `pad` around them."""
    x0, y0, x1, y1 = box
    grid = np.zeros((max(1, int(np.ceil(y1 - y0))), max(1, int(np.ceil(x1 - x0)))), dtype=bool)
    for w in words:
        grid[max(0, int(w.top - pad - y0)):max(0, int(np.ceil(w.bottom + pad - y0))),
             max(0, int(w.x0 - pad - x0)):max(0, int(np.ceil(w.x1 + pad - x0)))] = True
    return float(grid.mean())


def exam_scan_page(ocr_page: Any, number: int) -> RenderedPage:
    """A scanned page: printed text from OCR words, ink relative to the local paper level, marks attributed."""
    from PIL import Image

    cfg = settings()
    sc = cfg.scan
    layout = ocr_layout(ocr_page)
    src = ocr_page.image.convert("L")
    factor = min(1.0, sc.analyse_dpi / ocr_page.dpi)
    if factor < 1.0:
        src = src.resize((max(1, int(src.width * factor)), max(1, int(src.height * factor))), Image.Resampling.BILINEAR)
    scale = ocr_page.dpi * factor / 72
    ink, noise = _ink_adaptive(np.asarray(src, dtype=np.int16), scale)
    _mask_boxes(ink, _printed_words(layout), scale, cfg.scan.masque_texte_pt)
    ink &= ~_long_runs(ink, int(cfg.encre.ligne_min_pt * scale))
    ink &= ~_tilted_segments(ink, int(sc.segment_min_pt * scale))
    # the scanner's or the phone's edges: marks touching the image border are not on the paper
    edge = max(2, int(6 * scale))
    ink[:edge, :] = ink[-edge:, :] = False
    ink[:, :edge] = ink[:, -edge:] = False
    anchors = find_anchors(layout)
    marks, ignored = _marks_from_ink(ink, scale, (_letterhead(layout, number, anchors),
                                                  layout.height * cfg.bandes.pied), layout.height)
    flag_printed(marks, layout, ink, scale, _text_height(layout))
    marks = drop_circled_answers(marks, layout)
    attribute(marks, anchors)
    confs = [wd.conf for wd in layout.words if wd.conf >= 0]
    conf = sum(confs) / len(confs) if confs else 0.0
    return RenderedPage(PageExam(number, anchors, marks, ignored, noise, round(conf, 1)), src, scale,
                        layout.lines)


# ------------------------------------------------------------------------------------------- verdict


def _where(box: tuple[float, float, float, float], height: float | None = None) -> str:
    cm = 2.54 / 72
    return f"à {box[0] * cm:.1f} cm du bord gauche et {box[1] * cm:.1f} cm du haut".replace(".", ",")


def _size(mark: Mark) -> str:
    cm = 2.54 / 72
    w = (mark.box[2] - mark.box[0]) * cm
    h = (mark.box[3] - mark.box[1]) * cm
    return f"{w:.1f} × {h:.1f} cm".replace(".", ",")


def _quote(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def judge(pages: list[PageExam], *, scanned: bool, complete: bool) -> tuple[Statut, str, int | None]:
    """Reduce the examined pages of one file to one state, with a French reason that quotes the evidence.

    `complete`: every page that may hold a signature was examined (False when pages were skipped).
    """
    sc = settings().scan
    org = [(p, m) for p in pages for m in p.marks if m.owner == "organisme" and m.texte is None]
    loose = [(p, m) for p in pages for m in p.marks if m.owner == "aucun" and m.texte is None]
    printed = [(p, m) for p in pages for m in p.marks if m.texte is not None]
    student = [(p, m) for p in pages for m in p.marks if m.owner == "stagiaire" and m.texte is None]
    anchors = [(p, a) for p in pages for a in p.anchors]
    org_anchors = [(p, a) for p, a in anchors if a.role == "organisme"]
    if org:
        p, m = org[0]
        more = f" (et {len(org) - 1} autre(s))" if len(org) > 1 else ""
        return "signee", (f"marque manuscrite ou tampon de {_size(m)} p.{p.page}, {_where(m.box)}, "
                          f"à {m.distance or 0:.0f} pt de « {m.anchor} »{more}"), p.page
    if loose:
        p, m = loose[0]
        return "indeterminee", (f"marque de {_size(m)} p.{p.page} ({_where(m.box)}) éloignée de tout "
                                "emplacement de signature : est-ce une signature ?"), p.page
    if printed:
        p, m = printed[0]
        what = f"mal lu (« {_quote(m.texte)} »)" if m.texte else "que la lecture n'a pas reconnu"
        return "indeterminee", (f"trace de {_size(m)} p.{p.page} ({_where(m.box)}) sur du texte imprimé {what} et "
                                "aucune autre marque à l'emplacement de l'organisme d'accueil : texte ou signature ?"), p.page
    if student:
        p, m = student[0]
        if org_anchors:
            return "stagiaire_seule", (f"seule une marque à l'emplacement du stagiaire (« {m.anchor} », "
                                       f"p.{p.page}) ; rien à l'emplacement de l'organisme d'accueil "
                                       f"(« {org_anchors[0][1].text} »)"), p.page
        return "indeterminee", (f"marque p.{p.page} près de « {m.anchor} » seulement, aucun emplacement "
                                "de signature de l'organisme repéré"), p.page
    if not org_anchors:
        return "indeterminee", "aucun emplacement de signature ni formule de clôture repéré, aucune marque", None
    if not complete:
        return "indeterminee", "toutes les pages n'ont pas pu être examinées", None
    if scanned:
        noisy = [p for p in pages if p.noise > sc.bruit_max]
        unsure = [p for p in pages if (p.ocr_conf or 0) < sc.confiance_min_vide]
        if noisy:
            return "indeterminee", (f"numérisation trop bruitée p.{noisy[0].page} "
                                    f"({noisy[0].noise * 100:.1f} % de points isolés) pour conclure"), noisy[0].page
        if unsure:
            return "indeterminee", (f"lecture incertaine de la page {unsure[0].page} (confiance OCR "
                                    f"{unsure[0].ocr_conf:.0f} %) : l'absence de signature n'est pas sûre"), unsure[0].page
    p, a = org_anchors[-1]
    names = ", ".join(f"« {x.text} » p.{q.page}" for q, x in org_anchors[:3])
    examined = ", ".join(str(q.page) for q in pages)
    return "vide", (f"aucune marque manuscrite, tampon ni image sur la (les) page(s) {examined} en dehors du "
                    f"texte imprimé ; emplacement(s) examiné(s) : {names}"), p.page


def _small_png(img: Any) -> bytes:
    """At most `preuve.largeur_px` wide, 32-colour palette: a few dozen kB per picture."""
    import io

    from PIL import Image

    width = settings().preuve.largeur_px
    if img.width > width:
        img = img.resize((width, max(1, int(img.height * width / img.width))), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    img.quantize(colors=32, method=Image.Quantize.FASTOCTREE).save(out, format="PNG", compress_level=3)
    return out.getvalue()


def evidence_png(rendered: RenderedPage) -> bytes:
    """A small picture of the page examined: anchors in blue, the organisation's marks in green, marks of
    no one in orange, the student's in violet, printed text the OCR misread in grey. Palette PNG, a few
    dozen kB."""

    from PIL import ImageDraw

    img = rendered.image.convert("RGB")
    k = rendered.scale
    draw = ImageDraw.Draw(img)
    colours = {"organisme": (0, 150, 60), "aucun": (230, 120, 0), "stagiaire": (130, 60, 180)}
    for a in rendered.exam.anchors:
        draw.rectangle([a.box[0] * k - 2, a.box[1] * k - 2, a.box[2] * k + 2, a.box[3] * k + 2],
                       outline=(30, 90, 220), width=1)
    for m in rendered.exam.marks:
        draw.rectangle([m.box[0] * k - 3, m.box[1] * k - 3, m.box[2] * k + 3, m.box[3] * k + 3],
                       outline=(140, 140, 140) if m.texte is not None else colours[m.owner], width=3)
    boxes = [a.box for a in rendered.exam.anchors] + [m.box for m in rendered.exam.marks]
    if boxes:  # the region examined: from above the first anchor or mark to below the last, full width
        top = max(0, int((min(b[1] for b in boxes) - 70) * k))
        bottom = min(img.height, int((max(b[3] for b in boxes) + 110) * k))
        img = img.crop((0, top, img.width, bottom))
    return _small_png(img)


_DATE_TOKEN = re.compile(r"\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{2,4})?|\d{1,2}(?:er)?\s+[a-zéû]{3,}\.?(?:\s+\d{4})?", re.I)


def period_png(rendered: RenderedPage, excerpt: str) -> bytes | None:
    """The lines of the page where a period was read, outlined in green, with a margin: what a person checks
    against the weeks counted. None when no line of the page holds the excerpt's dates."""

    from PIL import ImageDraw

    tokens = {" ".join(t.split()).lower() for t in _DATE_TOKEN.findall(excerpt)}
    if not tokens:
        return None
    patterns = [re.compile(rf"(?<!\d){re.escape(t)}(?!\d)") for t in tokens]
    hits = [ln for ln in rendered.lines if any(pt.search(" ".join(ln.text.split()).lower()) for pt in patterns)]
    if not hits:
        return None
    k = rendered.scale
    img = rendered.image.convert("RGB")
    draw = ImageDraw.Draw(img)
    for ln in hits:
        draw.rectangle([ln.x0 * k - 3, ln.top * k - 3, ln.x1 * k + 3, ln.bottom * k + 3], outline=(0, 150, 60), width=2)
    top = max(0, int((min(ln.top for ln in hits) - 60) * k))
    bottom = min(img.height, int((max(ln.bottom for ln in hits) + 60) * k))
    img = img.crop((0, top, img.width, bottom))
    return _small_png(img)
