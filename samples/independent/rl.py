"""Small reportlab helpers: fonts, paragraphs, a top-down flow that breaks pages."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph

W, H = A4
CM = 28.3465

_FONTS = {
    "sans": ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    "sans-b": ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
    "serif": ["/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"],
    "serif-b": ["/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"],
    "arial": ["/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    "arial-b": ["/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
}
_done: dict[str, str] = {}


def f(name: str) -> str:
    """Registered font name for a family key (falls back to reportlab's Vera)."""
    if name in _done:
        return _done[name]
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts" / ("VeraBd.ttf" if name.endswith("-b") else "Vera.ttf")
    for cand in _FONTS[name] + [str(vera)]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont(f"IC-{name}", cand))
            _done[name] = f"IC-{name}"
            return _done[name]
    raise RuntimeError("no TrueType font found")


def style(font: str = "sans", size: float = 10, align: str = "left", leading: float | None = None,
          **kw) -> ParagraphStyle:
    al = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}[align]
    return ParagraphStyle(f"s{font}{size}{align}", fontName=f(font), fontSize=size, alignment=al,
                          leading=leading or size * 1.3, **kw)


def new_canvas(path: Path, creator: str, title: str = "Attestation de stage") -> rl_canvas.Canvas:
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    c.setTitle(title)
    return c


def para(c, text: str, x: float, y_top: float, width: float, st: ParagraphStyle) -> float:
    """Draw a paragraph with its top at y_top; return its bottom."""
    p = Paragraph(text, st)
    _, h = p.wrapOn(c, width, H)
    p.drawOn(c, x, y_top - h)
    return y_top - h


def flow(c, items: list, x: float, y_top: float, width: float, bottom: float, top: float,
         on_new_page=None) -> float:
    """Draw flowables top-down, breaking pages; return the y under the last one."""
    y = y_top
    for it in items:
        if isinstance(it, float | int):
            y -= it
            continue
        _, h = it.wrapOn(c, width, H)
        if y - h < bottom:
            c.showPage()
            if on_new_page:
                on_new_page(c)
            y = top
        it.drawOn(c, x, y - h)
        y -= h
    return y
