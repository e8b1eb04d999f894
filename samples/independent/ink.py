"""Handwriting-like signatures, company stamps and letterhead logos (PIL images and reportlab strokes)."""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation2"),
             Path("/usr/share/fonts/truetype/liberation")]

ENCRES = {
    "bleu": (25, 45, 160),
    "bleu_fonce": (15, 25, 90),
    "noir": (20, 20, 25),
    "gris_fonce": (55, 55, 65),
}


def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    names = ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf"] if bold else ["DejaVuSans.ttf",
                                                                             "LiberationSans-Regular.ttf"]
    for d in FONT_DIRS:
        for n in names:
            if (d / n).exists():
                return ImageFont.truetype(str(d / n), size)
    return ImageFont.load_default()


def _smooth(pts: list[tuple[float, float]], n: int = 6) -> list[tuple[float, float]]:
    """Catmull-Rom through the control points."""
    if len(pts) < 3:
        return pts
    p = [pts[0]] + pts + [pts[-1]]
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in (0, 1)))
    out.append(pts[-1])
    return out


def signature_strokes(rng: random.Random) -> list[list[tuple[float, float, float]]]:
    """Strokes in a unit box (x 0..1, y 0..0.4, y up); each point carries a pressure 0.3..1."""
    strokes = []
    letters = rng.randint(4, 9)
    x, base = rng.uniform(0.0, 0.06), rng.uniform(0.12, 0.2)
    slant = rng.uniform(0.05, 0.35)
    pts: list[tuple[float, float]] = []
    # a capital: tall loop
    h = rng.uniform(0.18, 0.3)
    pts += [(x, base), (x + 0.03, base + h), (x + 0.06 + slant * 0.05, base + h * 0.8), (x + 0.02, base + 0.02)]
    x += 0.07
    for _ in range(letters):
        w = rng.uniform(0.04, 0.1)
        hh = rng.choice([0.05, 0.07, 0.09, 0.16, 0.2]) * rng.uniform(0.8, 1.2)
        kind = rng.random()
        if kind < 0.4:  # arch
            pts += [(x + w * 0.1 + slant * hh, base + hh * 0.8), (x + w * 0.35 + slant * hh, base + hh),
                    (x + w * 0.6, base + hh * 0.4), (x + w * 0.75, base - 0.005)]
        elif kind < 0.75:  # loop
            pts += [(x + w * 0.6 + slant * hh, base + hh * 0.7), (x + w * 0.45 + slant * hh, base + hh),
                    (x + w * 0.2, base + hh * 0.6), (x + w * 0.5, base + 0.01), (x + w * 0.8, base + hh * 0.2)]
        else:  # descender
            pts += [(x + w * 0.4, base + hh * 0.5), (x + w * 0.3, base - rng.uniform(0.06, 0.11)),
                    (x + w * 0.8, base + 0.02)]
        x += w
        if x > 0.85:
            break
    pts = [(px + rng.gauss(0, 0.004), py + rng.gauss(0, 0.004)) for px, py in pts]
    strokes.append(pts)
    if rng.random() < 0.7:  # flourish / underline
        y0 = base - rng.uniform(0.02, 0.07)
        strokes.append([(rng.uniform(0.0, 0.2), y0), (0.45, y0 - rng.uniform(-0.02, 0.03)),
                        (min(x + 0.1, 0.98), y0 + rng.uniform(0.0, 0.06))])
    if rng.random() < 0.35:  # a dot or a cross-bar
        cx = rng.uniform(0.3, 0.7)
        strokes.append([(cx, base + 0.12), (cx + rng.uniform(0.05, 0.15), base + 0.13)])
    out = []
    for s in strokes:
        sm = _smooth(s, 8)
        phase = rng.uniform(0, 6.28)
        out.append([(px, py, 0.72 + 0.28 * math.sin(phase + i / 9.0)) for i, (px, py) in enumerate(sm)])
    return out


def signature_png(rng: random.Random, largeur: int = 520, encre: str | None = None,
                  epaisseur: float | None = None) -> Image.Image:
    """An RGBA signature picture, transparent background."""
    ss = 3
    W, H = largeur, int(largeur * 0.5)
    img = Image.new("L", (W * ss, H * ss), 0)
    draw = ImageDraw.Draw(img)
    ep = epaisseur if epaisseur is not None else rng.uniform(2.0, 5.0) * largeur / 400
    for stroke in signature_strokes(rng):
        prev = None
        for px, py, pr in stroke:
            p = (px * W * ss, (0.45 - py) / 0.55 * H * ss)
            if prev is not None:
                draw.line([prev, p], fill=255, width=max(1, int(ep * ss * pr + 0.5)))
                r = ep * ss * pr / 2
                draw.ellipse([p[0] - r, p[1] - r, p[0] + r, p[1] + r], fill=255)
            prev = p
    alpha = img.resize((W, H), Image.LANCZOS)
    couleur = ENCRES[encre or rng.choice(list(ENCRES))]
    out = Image.new("RGBA", (W, H), couleur + (0,))
    out.putalpha(alpha)
    return out


def stamp_png(rng: random.Random, nom: str, ligne2: str, ligne3: str = "", forme: str | None = None,
              couleur: tuple[int, int, int] | None = None, taille: int = 420) -> Image.Image:
    """A company stamp (round or rectangular), slightly rotated, uneven ink."""
    forme = forme or rng.choice(["rond", "rectangle"])
    couleur = couleur or rng.choice([(30, 60, 170), (170, 30, 50), (110, 40, 140), (20, 100, 60)])
    if forme == "rond":
        W = H = taille
    else:
        W, H = taille, int(taille * 0.45)
    big = Image.new("L", (W * 2, H * 2), 0)
    d = ImageDraw.Draw(big)
    if forme == "rond":
        c = W
        d.ellipse([8, 8, 2 * W - 8, 2 * H - 8], outline=255, width=10)
        d.ellipse([W * 0.38, H * 0.38, W * 1.62, H * 1.62], outline=255, width=6)
        texte = f" {nom.upper()} • {ligne2.upper()} • "
        f = font(int(W * 0.13), bold=True)
        n = len(texte)
        for i, ch in enumerate(texte):
            ang = -math.pi / 2 + 2 * math.pi * i / n
            r = W * 0.8
            glyph = Image.new("L", (int(W * 0.2), int(W * 0.2)), 0)
            ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, fill=255, font=f, anchor="mm")
            glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            x, y = c + r * math.cos(ang), c + r * math.sin(ang)
            big.paste(255, (int(x - glyph.width / 2), int(y - glyph.height / 2)), glyph)
        centre = (ligne3 or ligne2)[:14]
        d.text((c, c), centre, fill=255, font=font(int(W * 0.1), bold=True), anchor="mm")
    else:
        d.rectangle([6, 6, 2 * W - 6, 2 * H - 6], outline=255, width=8)
        d.rectangle([22, 22, 2 * W - 22, 2 * H - 22], outline=255, width=3)
        for k, (t, s) in enumerate([(nom.upper(), 0.16), (ligne2, 0.11), (ligne3, 0.11)]):
            if t:
                fs = font(int(H * s * 2 * 0.55), bold=(k == 0))
                while fs.getlength(t) > 2 * W * 0.9 and fs.size > 8:
                    fs = font(fs.size - 2, bold=(k == 0))
                d.text((W, 2 * H * (0.3 + 0.24 * k)), t, fill=255, font=fs, anchor="mm")
    alpha = big.resize((W, H), Image.LANCZOS)
    # uneven ink: multiply by smooth noise
    noise = Image.effect_noise((W // 8 + 1, H // 8 + 1), 60).resize((W, H), Image.BICUBIC)
    alpha = Image.composite(alpha, Image.new("L", (W, H), 0), noise.point(lambda v: 255 if v > 70 else 140))
    alpha = alpha.point(lambda v: int(v * rng.uniform(0.75, 0.95)))
    out = Image.new("RGBA", (W, H), couleur + (0,))
    out.putalpha(alpha)
    return out.rotate(rng.uniform(-18, 18), expand=True, resample=Image.BICUBIC)


def logo_png(rng: random.Random, nom: str, sigle: str, couleur: tuple[int, int, int]) -> Image.Image:
    """A letterhead logo: a coloured shape with the initials, and the name beside it."""
    H = 160
    f_nom = font(52, bold=True)
    W = int(H + 30 + f_nom.getlength(nom[:28])) + 20
    img = Image.new("RGBA", (W, H), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    forme = rng.choice(["rond", "carre", "hexagone", "triangle"])
    box = [10, 10, H - 10, H - 10]
    if forme == "rond":
        d.ellipse(box, fill=couleur + (255,))
    elif forme == "carre":
        d.rounded_rectangle(box, radius=24, fill=couleur + (255,))
    elif forme == "hexagone":
        cx = cy = H / 2
        d.polygon([(cx + 70 * math.cos(a * math.pi / 3), cy + 70 * math.sin(a * math.pi / 3)) for a in range(6)],
                  fill=couleur + (255,))
    else:
        d.polygon([(H / 2, 10), (H - 10, H - 10), (10, H - 10)], fill=couleur + (255,))
    d.text((H / 2, H / 2 + (12 if forme == "triangle" else 0)), sigle[:3], fill=(255, 255, 255, 255),
           font=font(44 if len(sigle) < 3 else 36, bold=True), anchor="mm")
    d.text((H + 20, H / 2), nom[:28], fill=couleur + (255,), font=f_nom, anchor="lm")
    return img


def save_png(img: Image.Image, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, compress_level=3)
    return path


# ---------------------------------------------------------------- reportlab vector ink

def rl_signature(c, x: float, y: float, w: float, rng: random.Random, encre: str | None = None,
                 epaisseur: float | None = None) -> None:
    """Vector signature strokes on a reportlab canvas, box of width w (pt) from (x, y) bottom-left."""
    r, g, b = ENCRES[encre or rng.choice(list(ENCRES))]
    c.saveState()
    c.setStrokeColorRGB(r / 255, g / 255, b / 255)
    c.setLineCap(1)
    c.setLineJoin(1)
    ep = epaisseur if epaisseur is not None else rng.uniform(0.8, 2.4)
    for stroke in signature_strokes(rng):
        for (x0, y0, p0), (x1, y1, _p1) in zip(stroke, stroke[1:], strict=False):
            c.setLineWidth(max(0.5, ep * p0))
            c.line(x + x0 * w, y + y0 * w, x + x1 * w, y + y1 * w)
    c.restoreState()


def rl_stamp(c, cx: float, cy: float, rayon: float, nom: str, ligne2: str, rng: random.Random,
             forme: str = "rond", couleur: tuple[int, int, int] | None = None, fonte: str = "Helvetica-Bold") -> None:
    """A vector company stamp, semi-transparent, drawn over whatever is below."""
    r, g, b = couleur or rng.choice([(30, 60, 170), (170, 30, 50), (110, 40, 140)])
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rng.uniform(-15, 15))
    c.setStrokeColorRGB(r / 255, g / 255, b / 255)
    c.setFillColorRGB(r / 255, g / 255, b / 255)
    c.setStrokeAlpha(0.8)
    c.setFillAlpha(0.8)
    if forme == "rond":
        c.setLineWidth(2.2)
        c.circle(0, 0, rayon)
        c.setLineWidth(1)
        c.circle(0, 0, rayon * 0.62)
        texte = f" {nom.upper()} * {ligne2.upper()} * "
        size = max(5.0, min(9.0, 2 * math.pi * rayon * 0.8 / max(1, len(texte)) * 1.6))
        for i, ch in enumerate(texte):
            ang = 90 - 360 * i / len(texte)
            c.saveState()
            c.rotate(ang)
            c.translate(rayon * 0.8, 0)
            c.rotate(-90)
            c.setFont(fonte, size)
            c.drawCentredString(0, -size / 3, ch)
            c.restoreState()
        c.setFont(fonte, 7)
        c.drawCentredString(0, -2, ligne2[:16])
    else:
        w, h = rayon * 2.4, rayon * 1.0
        c.setLineWidth(2)
        c.rect(-w / 2, -h / 2, w, h)
        c.setLineWidth(0.6)
        c.rect(-w / 2 + 3, -h / 2 + 3, w - 6, h - 6)
        c.setFont(fonte, 9)
        c.drawCentredString(0, h / 2 - 16, nom.upper()[:30])
        c.setFont(fonte.replace("-Bold", ""), 7)
        c.drawCentredString(0, h / 2 - 28, ligne2[:40])
    c.restoreState()


def blur_small(img: Image.Image) -> Image.Image:
    return img.filter(ImageFilter.GaussianBlur(0.4))
