"""Turn a born-digital PDF into what a scanner or a phone makes of the printed page (image-only PDF)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

KINDS = {
    "scan_gris": "scanner à plat, niveaux de gris, papier grisé, bruit, JPEG, légère rotation",
    "scan_couleur": "scanner couleur 150–200 dpi, papier jauni, JPEG",
    "scan_nb": "scanner noir et blanc (seuil), 300 dpi, poussières",
    "scan_180": "page numérisée à l'envers (180°), niveaux de gris",
    "photo": "photo de téléphone : perspective, éclairage inégal, flou léger, fond de bureau",
    "basse_qualite": "numérisation 150 dpi très compressée (JPEG fort), rotation",
}
MAX_OCTETS = 4_500_000


def render(pdf: Path, dpi: int) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("RGB") for page in doc]
    finally:
        doc.close()


def _jpeg(img: Image.Image, q: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).copy()


def _noise(arr: np.ndarray, sigma: float, rs: np.random.Generator) -> np.ndarray:
    return np.clip(arr + rs.normal(0, sigma, arr.shape), 0, 255)


def _paper(img: Image.Image, tone: tuple[int, int, int]) -> np.ndarray:
    arr = np.asarray(img, dtype=np.float32)
    return arr * (np.array(tone, dtype=np.float32) / 255.0)


def _rotate(img: Image.Image, ang: float, fill) -> Image.Image:
    return img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients for PIL's PERSPECTIVE transform mapping output (dst) points to input (src) points."""
    a = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return list(np.linalg.solve(np.array(a, dtype=np.float64), np.array(b, dtype=np.float64)))


def degrade(img: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    """One page image → its scanned/photographed look."""
    rs = np.random.default_rng(rng.randint(0, 2**31))
    ang = rng.choice([-1, 1]) * rng.uniform(0.5, 3.0)
    if kind in ("scan_gris", "scan_180"):
        g = img.convert("L")
        arr = _paper(g, (rng.randint(215, 238),))
        arr = _noise(arr, rng.uniform(4, 9), rs)
        out = Image.fromarray(arr.astype(np.uint8), "L")
        out = _rotate(out, ang, 235)
        if kind == "scan_180":
            out = out.rotate(180)
        return _jpeg(out, rng.randint(55, 80))
    if kind == "scan_couleur":
        arr = _paper(img, (rng.randint(238, 250), rng.randint(232, 244), rng.randint(205, 225)))
        arr = _noise(arr, 4, rs)
        out = _rotate(Image.fromarray(arr.astype(np.uint8), "RGB"), ang, (240, 236, 220))
        return _jpeg(out, rng.randint(65, 85))
    if kind == "scan_nb":
        g = img.convert("L").filter(ImageFilter.GaussianBlur(0.6))
        g = _rotate(g, ang * 0.5, 255)
        arr = np.asarray(g, dtype=np.float32)
        arr = _noise(arr, 10, rs)
        out = Image.fromarray(((arr > rng.randint(150, 185)) * 255).astype(np.uint8), "L")
        dust = rs.random(arr.shape) < 0.00015
        a = np.asarray(out).copy()
        a[dust] = 0
        return Image.fromarray(a, "L").convert("1")
    if kind == "basse_qualite":
        g = img.convert("L")
        g = _rotate(g, ang, 245)
        return _jpeg(g, rng.randint(18, 30))
    if kind == "photo":
        w, h = img.size
        pad = int(0.08 * w)
        bg = tuple(rng.randint(60, 140) for _ in range(3))
        base = Image.new("RGB", (w + 2 * pad, h + 2 * pad), bg)
        base.paste(img, (pad, pad))
        W, H = base.size
        j = 0.05 * w

        def jit():
            return rng.uniform(0, j)

        src = [(pad - jit(), pad - jit()), (W - pad + jit(), pad - jit()),
               (W - pad + jit(), H - pad + jit()), (pad - jit(), H - pad + jit())]
        dst = [(0.0, 0.0), (W, 0.0), (W, H), (0.0, H)]
        # the paper appears as a quadrilateral: map output corners to a shrunken, skewed set
        sx = [(x + rng.uniform(-0.06, 0.06) * w, y + rng.uniform(-0.04, 0.04) * h) for x, y in src]
        coeffs = _perspective_coeffs(sx, dst)
        out = base.transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=bg)
        arr = np.asarray(out, dtype=np.float32)
        sw, sh = max(2, W // 16), max(2, H // 16)
        yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * sw, rng.uniform(0.1, 0.5) * sh
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(sw, sh)
        small = np.clip(1.08 - rng.uniform(0.35, 0.6) * dist, 0.55, 1.08)
        light = Image.fromarray((small * 200).astype(np.uint8), "L").resize((W, H), Image.BILINEAR)
        light = (np.asarray(light, dtype=np.float32) / 200.0)[..., None]
        warm = np.array([1.0, 0.97, 0.9], dtype=np.float32)
        arr = _noise(arr * light * warm, 5, rs)
        out = Image.fromarray(arr.astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
        return _jpeg(out, rng.randint(70, 85))
    raise ValueError(kind)


def dpi_for(kind: str, rng: random.Random) -> int:
    return {"scan_gris": rng.choice([200, 240, 300]), "scan_couleur": rng.choice([150, 200]), "scan_nb": 300,
            "scan_180": rng.choice([200, 300]), "photo": rng.choice([150, 170]), "basse_qualite": 150}[kind]


def scan_pdf(src: Path, dst: Path, kind: str, rng: random.Random) -> dict:
    """Render src, degrade each page, write an image-only PDF at dst; return what was done."""
    dpi = dpi_for(kind, rng)
    pages = [degrade(p, kind, rng) for p in render(src, dpi)]
    _write(pages, dst, dpi)
    q = 60
    while dst.stat().st_size > MAX_OCTETS and q > 20:
        pages = [_jpeg(p.convert("RGB") if p.mode == "1" else p, q) for p in pages]
        _write(pages, dst, dpi)
        q -= 15
    return {"dpi": dpi, "pages": len(pages)}


def _write(pages: list[Image.Image], dst: Path, dpi: int) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    first, rest = pages[0], pages[1:]
    first.save(dst, "PDF", resolution=float(dpi), save_all=True, append_images=rest,
               creationDate=None, modDate=None, producer="ScanSnap Manager", title="")
