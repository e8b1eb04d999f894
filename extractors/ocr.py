"""OCR of pages without a text layer (scanned attestations), Tesseract "fra" with word boxes.

Only pages that pdfium found empty are rendered (250 dpi) and read. No image larger than the pixel budget
(extractors.safety.MAX_RENDER_PIXELS) is ever drawn or given to Tesseract: a large page is rendered at a
lower resolution, a larger image is scaled down, and a page that would not fit even at the lowest
resolution is refused (OcrPageTooLarge, with its size) before pdfium allocates anything. The engine check runs once per process
(per tesseract command), so a batch of 1,300 dossiers does not spawn 1,300 version probes. A missing
Tesseract, or a Tesseract without French, is reported in French with the package to install; the caller
turns it into erreur "illisible" for that file and the batch goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image

from extractors import safety

LANG = "fra"
DPI = 250
INSTALL_HINT = "installer Tesseract et le français : apt-get install tesseract-ocr tesseract-ocr-fra"


class OcrUnavailable(RuntimeError):
    """Tesseract (or its French data) is not installed: French message with the fix."""


class OcrPageTooLarge(OcrUnavailable):
    """The page is too large to render within the pixel budget: the message gives its size, not a fix."""


@dataclass
class Word:
    text: str
    x0: float  # pixels of the OCR image, origin top-left
    top: float
    x1: float
    bottom: float
    conf: float
    line: tuple[int, int, int]


@dataclass
class Line:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    words: list[Word] = field(default_factory=list)


@dataclass
class OcrPage:
    image: Image.Image  # the grayscale image that was read
    dpi: int
    words: list[Word]

    @property
    def lines(self) -> list[Line]:
        groups: dict[tuple[int, int, int], list[Word]] = {}
        for w in self.words:
            groups.setdefault(w.line, []).append(w)
        out = []
        for ws in groups.values():
            for part in _split_on_gaps(sorted(ws, key=lambda w: w.x0)):
                out.append(Line(" ".join(w.text for w in part), min(w.x0 for w in part),
                                min(w.top for w in part), max(w.x1 for w in part),
                                max(w.bottom for w in part), part))
        return sorted(out, key=lambda ln: (ln.top, ln.x0))

    @property
    def text(self) -> str:
        return "\n".join(ln.text for ln in self.lines)


def _split_on_gaps(words: list[Word], factor: float = 2.5) -> list[list[Word]]:
    """Tesseract puts two labels side by side ("Signature du stagiaire    Cachet") on one line: split
    where the gap between words is wider than `factor` times the line height."""
    if not words:
        return []
    height = max(1.0, sorted(w.bottom - w.top for w in words)[len(words) // 2])
    parts = [[words[0]]]
    for prev, w in zip(words, words[1:], strict=False):
        if w.x0 - prev.x1 > factor * height:
            parts.append([w])
        else:
            parts[-1].append(w)
    return parts


def _cmd() -> str:
    import pytesseract

    return str(pytesseract.pytesseract.tesseract_cmd)


@lru_cache(maxsize=8)
def _check_engine(cmd: str) -> str | None:
    """None when Tesseract with French works, else the French reason (cached per command)."""
    import pytesseract

    try:
        langs = pytesseract.get_languages(config="")
    except (pytesseract.TesseractNotFoundError, OSError, RuntimeError) as exc:
        return f"Tesseract est introuvable ({cmd}) : {INSTALL_HINT}. Détail : {exc.__class__.__name__}"
    except Exception as exc:  # pytesseract wraps odd failures in bare exceptions
        return f"Tesseract ne répond pas ({exc.__class__.__name__}) : {INSTALL_HINT}"
    if LANG not in langs:
        return f"Tesseract n'a pas la langue française ({LANG}) : {INSTALL_HINT}"
    return None


def ensure_engine() -> None:
    """Raise OcrUnavailable (French message) when OCR cannot run on this machine."""
    problem = _check_engine(_cmd())
    if problem:
        raise OcrUnavailable(problem)


def page_dpi(doc, index: int, dpi: int = DPI) -> int:  # noqa: ANN001 - pypdfium2 PdfDocument
    """The resolution at which page `index` fits the pixel budget (`dpi` or less); OcrPageTooLarge if none."""
    width, height = doc.get_page_size(index)
    fit = safety.render_dpi(width, height, dpi)
    if fit is None:
        cm = 2.54 / 72
        raise OcrPageTooLarge(
            f"page de {width * cm:.0f} × {height * cm:.0f} cm, trop grande pour être lue par reconnaissance "
            f"de caractères (plus de {safety.MAX_RENDER_PIXELS // 1_000_000} millions de pixels même à "
            f"{safety.MIN_RENDER_DPI} dpi) : document à examiner à la main"
        )
    return fit


def render_pdf_page(doc, index: int, dpi: int = DPI) -> Image.Image:  # noqa: ANN001
    """One page of a pypdfium2 document as a grayscale PIL image, within the pixel budget."""
    dpi = page_dpi(doc, index, dpi)
    page = doc[index]
    try:
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        return bitmap.to_pil().convert("L")
    finally:
        page.close()


def within_budget(image: Image.Image, dpi: int) -> tuple[Image.Image, int]:
    """The image scaled down to MAX_RENDER_PIXELS when larger, with its new resolution."""
    w, h = image.size
    if w * h <= safety.MAX_RENDER_PIXELS:
        return image, dpi
    k = (safety.MAX_RENDER_PIXELS / (w * h)) ** 0.5
    size = (max(1, int(w * k)), max(1, int(h * k)))
    return image.resize(size, Image.Resampling.BOX), max(1, int(dpi * k))


SKEW_MAX_DEG = 5.0  # scanners and phones tilt pages by a few degrees; more is a rotated page, not skew
SKEW_STEP_DEG = 0.25
SKEW_WIDTH_PX = 500  # the angle is estimated on a copy this wide


def skew_angle(gray: Image.Image) -> float:
    """Tilt of the text lines, in degrees, by projection profiles: the page turned by the right angle has
    the sharpest row profile (text rows and white gaps alternate). 0 when nothing is clearly better."""
    import numpy as np

    k = min(1.0, SKEW_WIDTH_PX / max(1, gray.width))
    small = gray.resize((max(1, int(gray.width * k)), max(1, int(gray.height * k))))
    ink = Image.eval(small, lambda v: 255 if v < 160 else 0)  # ink white on black: rotation fills with black

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    base = sharpness(0.0)
    steps = int(SKEW_MAX_DEG / SKEW_STEP_DEG)
    best = max((sharpness(i * SKEW_STEP_DEG), i * SKEW_STEP_DEG) for i in range(-steps, steps + 1) if i)
    return best[1] if best[0] > base * 1.15 else 0.0


def deskew(gray: Image.Image) -> Image.Image:
    """The page turned so its text lines are level: word boxes then fit the words (a tilted scan otherwise
    leaves slivers of printed text outside every box, read as marks)."""
    angle = skew_angle(gray)
    if not angle:
        return gray
    return gray.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)


OSD_MIN_CONF = 2.0  # Tesseract's orientation confidence below which a quarter turn is not trusted


def quarter_turn(gray: Image.Image) -> int:
    """Degrees (90 or 270, counter-clockwise as PIL turns) that set upright a page photographed sideways (a
    landscape calendar shot in portrait), from Tesseract's orientation detection; 0 when upright, unsure or
    when the detection data is missing."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(gray, config="--psm 0 -c min_characters_to_try=50")
    except Exception:  # noqa: BLE001 - no osd.traineddata, too few characters: keep the page as it is
        return 0
    rotate = re.search(r"Rotate:\s*(\d+)", osd)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    if not rotate or not conf or float(conf.group(1)) < OSD_MIN_CONF:
        return 0
    return {90: 270, 270: 90}.get(int(rotate.group(1)), 0)  # Tesseract's turn is clockwise


def ocr_image(image: Image.Image, dpi: int = DPI) -> OcrPage:
    """Words with boxes from Tesseract (French), in image pixels."""
    import pytesseract

    ensure_engine()
    image, dpi = within_budget(image, dpi)
    gray = deskew(image.convert("L"))
    try:
        data = pytesseract.image_to_data(gray, lang=LANG, config="--psm 3", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractNotFoundError as exc:
        _check_engine.cache_clear()
        raise OcrUnavailable(f"Tesseract est introuvable : {INSTALL_HINT}") from exc
    except (pytesseract.TesseractError, OSError, RuntimeError) as exc:
        raise OcrUnavailable(f"échec de Tesseract ({exc.__class__.__name__}) : {INSTALL_HINT}") from exc
    words = []
    for i, raw in enumerate(data["text"]):
        text = (raw or "").strip()
        if not text:
            continue
        x, y, w, h = data["left"][i], data["top"][i], data["width"][i], data["height"][i]
        words.append(Word(text, x, y, x + w, y + h, float(data["conf"][i]),
                          (data["block_num"][i], data["par_num"][i], data["line_num"][i])))
    return OcrPage(gray, dpi, words)


def ocr_pdf_page(doc, index: int, dpi: int = DPI) -> OcrPage:  # noqa: ANN001
    ensure_engine()  # fail before rendering when the engine is missing
    dpi = page_dpi(doc, index, dpi)
    return ocr_image(render_pdf_page(doc, index, dpi), dpi)


def ocr_block_text(image: Image.Image) -> str:
    """Text of a small image holding one block (a table cell), Tesseract's single-block mode: reads a
    short line the full-page layout analysis missed ("Mardi 11 mai 2027" read as "Mardi mai 2027")."""
    import pytesseract

    ensure_engine()
    try:
        return str(pytesseract.image_to_string(image, lang=LANG, config="--psm 6"))
    except (pytesseract.TesseractError, OSError, RuntimeError):
        return ""
