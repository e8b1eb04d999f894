"""Lay out a form template once: where each candidate value goes on the pages LibreOffice renders.

For one (template, values shared by the run) — session, annexe numbers, épreuve, date, members — the
template is rendered by LibreOffice a few times in ONE batch, each candidate tag replaced by something
that can be found again on the pages:

- a text tag by a marker word (`Zq` + two letters), short in one render and longer in another: the edge
  that does not move tells the alignment (left, centre, right); a multi-line tag gets a second line,
  which gives its leading;
- the check boxes by ☐ / ☒ coding the box's number in binary across the renders (both glyphs have the
  same width, so the page does not move): the box at (x, y) is ☒ in the renders of the bits of its
  number;
- and one clean render: text tags empty (a no-break space keeps the line height), boxes ☐, whose ☐
  glyphs are then taken out of the page content, so the stamp writes every box, ☐ or ☒.

The words that are not markers must sit at the same place in every render, else the layout depends on
the values and the template cannot be stamped (`LayoutError`, the caller falls back to LibreOffice for
that template). The result (positions, fonts, sizes, box limits, lines a multi-line box holds) and the
clean PDF are cached by the hash of the template, the shared values and the LibreOffice binary.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import string
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from core.errors import BtsError

LAYOUT_VERSION = 1
MARKER_HEAD = "Zq"
LONG_TAIL = "WWW"  # appended to a marker in the render that finds the alignment
SECOND_LINE = "Y"  # a multi-line marker's second line: marker + this
NBSP = "\u00a0"
TOLERANCE = 0.35  # points: what LibreOffice's rounding moves a word between two renders


CHECKED, UNCHECKED = "☒", "☐"


class Lines(str):
    """A value written on several lines (observations, appréciation): Word line breaks in the DOCX, wrapped
    inside its box on a stamped PDF."""


class LayoutError(BtsError):
    """A template whose candidate fields cannot all be located: filled by LibreOffice instead."""


@dataclass
class Field:
    path: str  # "nom_prenom", "cases.ccf", "niveaux.equipe.2"
    page: int
    font: str  # PostScript name of the font LibreOffice used for the tag
    size: float
    x: float  # anchor (left edge, centre or right edge per `align`), PDF points
    baseline: float  # PDF y, origin bottom left
    align: str = "left"  # left | center | right
    left: float = 0.0  # the value stays within [left, right]
    right: float = 0.0
    lines: int = 1  # lines the box holds at `size` (multi-line fields)
    leading: float = 0.0
    box: bool = False


@dataclass
class Layout:
    key: str
    template: str
    pages: list[tuple[float, float]]
    fields: dict[str, Field] = field(default_factory=dict)
    fonts: dict[str, str] = field(default_factory=dict)  # PostScript name → font file
    pdf: bytes = b""  # the clean pages: shared values written, candidate fields empty

    def to_json(self) -> str:
        data = asdict(self)
        data.pop("pdf")
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, pdf: bytes) -> Layout:
        data = json.loads(text)
        fields = {k: Field(**v) for k, v in data.pop("fields").items()}
        pages = [tuple(p) for p in data.pop("pages")]
        return cls(pages=pages, fields=fields, pdf=pdf, **data)  # type: ignore[arg-type]


# --- the values tree ---------------------------------------------------------------------------

def leaves(values: Any, prefix: str = "") -> dict[str, Any]:
    """{"cases": {"ccf": "☐"}, "niveaux": {"a": ["☐"]}} → {"cases.ccf": "☐", "niveaux.a.0": "☐"}."""
    if isinstance(values, dict):
        out: dict[str, Any] = {}
        for key, value in values.items():
            out.update(leaves(value, f"{prefix}{key}."))
        return out
    if isinstance(values, list):
        out = {}
        for i, value in enumerate(values):
            out.update(leaves(value, f"{prefix}{i}."))
        return out
    return {prefix[:-1]: values}


def map_leaves(values: Any, fn: Callable[[str, Any], Any], prefix: str = "") -> Any:
    """The same tree with every leaf replaced by fn(path, leaf)."""
    if isinstance(values, dict):
        return {k: map_leaves(v, fn, f"{prefix}{k}.") for k, v in values.items()}
    if isinstance(values, list):
        return [map_leaves(v, fn, f"{prefix}{i}.") for i, v in enumerate(values)]
    return fn(prefix[:-1], values)


def marker(index: int) -> str:
    letters = string.ascii_uppercase
    return f"{MARKER_HEAD}{letters[index // 26 % 26]}{letters[index % 26]}"


# --- cache ----------------------------------------------------------------------------------------

def cache_dir() -> Path:
    """BTS_LAYOUT_CACHE, else BTS_HOME/mises_en_page: owner-only, like the rest of the product's state (a
    layout holds the run's shared values: session, date, commission members' names)."""
    from pipeline.settings import home, private_dir

    configured = os.environ.get("BTS_LAYOUT_CACHE")
    if configured:
        return Path(configured)
    return private_dir(home() / "mises_en_page")


def layout_key(template: Path, shared: dict[str, Any], values: dict[str, Any], soffice: str) -> str:
    h = hashlib.sha256()
    h.update(f"v{LAYOUT_VERSION}\0".encode())
    h.update(Path(template).read_bytes())
    h.update(json.dumps(shared, sort_keys=True, ensure_ascii=False, default=str).encode())
    kinds = {p: ("lines" if isinstance(v, Lines) else "box" if _is_box(v) else "text")
             for p, v in leaves(values).items()}
    h.update(json.dumps(kinds, sort_keys=True).encode())
    real = Path(os.path.realpath(soffice))
    stat = real.stat() if real.exists() else None
    h.update(f"{real}:{stat.st_size if stat else 0}:{stat.st_mtime_ns if stat else 0}".encode())
    return h.hexdigest()[:32]


def _load_cached(key: str) -> Layout | LayoutError | None:
    folder = cache_dir()
    meta, pdf = folder / f"{key}.json", folder / f"{key}.pdf"
    try:
        text = meta.read_text(encoding="utf-8")
        data = json.loads(text)
        if "erreur" in data:
            return LayoutError(data["erreur"])
        layout = Layout.from_json(text, pdf.read_bytes())
        if all(Path(f).is_file() for f in layout.fonts.values()):  # fonts still installed
            return layout
        return None
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _store(key: str, result: Layout | LayoutError) -> None:
    from core.files import write_atomic

    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(result, LayoutError):
            write_atomic(folder / f"{key}.json", json.dumps({"erreur": result.message}).encode())
            return
        write_atomic(folder / f"{key}.pdf", result.pdf)
        write_atomic(folder / f"{key}.json", result.to_json().encode())
    except OSError:
        pass  # a read-only cache only costs a new layout next run


# --- compiling ------------------------------------------------------------------------------------

def _is_box(value: Any) -> bool:
    return isinstance(value, str) and value in (CHECKED, UNCHECKED)


@dataclass
class Request:
    """One layout to make: a template, the values shared by its forms, and one candidate's values (for
    the names and kinds of the fields: text, lines, box)."""

    template: Path
    shared: dict[str, Any]
    sample: dict[str, Any]
    render: Callable[[dict[str, Any]], bytes]  # candidate values (shaped as `sample`) → DOCX
    names: frozenset[str] = frozenset()  # the tags the template uses: other values are not looked for
    key: str = ""


def _variants(req: Request) -> dict[str, bytes]:
    """The DOCX renders of one request: clean, then v0…vN (markers + box bits)."""
    paths = leaves(req.sample)
    boxes = [p for p, v in paths.items() if _is_box(v)]
    texts = [p for p in paths if p not in boxes]
    markers = {p: marker(i) for i, p in enumerate(texts)}
    ids = {p: i + 1 for i, p in enumerate(boxes)}
    bits = max(2, len(boxes).bit_length())
    def render(fn: Callable[[str, Any], Any]) -> bytes:
        return req.render(map_leaves(req.sample, fn))

    def variant(j: int) -> Callable[[str, Any], Any]:
        def fn(path: str, value: Any) -> Any:
            if path in ids:
                return CHECKED if ids[path] >> j & 1 else UNCHECKED
            m = markers[path]
            if j != 1:
                return Lines(m) if isinstance(value, Lines) else m
            return Lines(f"{m}\n{m}{SECOND_LINE}") if isinstance(value, Lines) else m + LONG_TAIL
        return fn

    out = {"clean": render(lambda p, v: UNCHECKED if p in ids else (Lines(NBSP) if isinstance(v, Lines) else NBSP))}
    for j in range(bits):
        out[f"v{j}"] = render(variant(j))
    return out


def compile_layouts(requests: Iterable[Request]) -> dict[str, Layout | LayoutError]:
    """key → Layout (or the LayoutError saying why not), from the cache or from one LibreOffice batch."""
    from generators.pdf import convert_to_pdf, find_soffice

    soffice = find_soffice()
    results: dict[str, Layout | LayoutError] = {}
    todo: dict[str, Request] = {}
    for req in requests:
        req.sample = {k: v for k, v in req.sample.items() if k in req.names}
        req.key = req.key or layout_key(req.template, req.shared, req.sample, soffice)
        if req.key in results or req.key in todo:
            continue
        cached = _load_cached(req.key)
        if cached is not None:
            results[req.key] = cached
        else:
            todo[req.key] = req
    if not todo:
        return results
    work = Path(tempfile.mkdtemp(prefix="bts-layout-"))
    try:
        docs: list[Path] = []
        names: dict[str, list[str]] = {}
        for key, req in todo.items():
            names[key] = []
            for name, data in _variants(req).items():
                path = work / f"{key}_{name}.docx"
                path.write_bytes(data)
                docs.append(path)
                names[key].append(name)
        convert_to_pdf(docs, work / "pdf", batch_size=len(docs))
        for key, req in todo.items():
            try:
                result: Layout | LayoutError = locate(req, {n: work / "pdf" / f"{key}_{n}.pdf" for n in names[key]})
            except LayoutError as exc:
                result = exc
            results[key] = result
            _store(key, result)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


# --- locating -------------------------------------------------------------------------------------

@dataclass
class _Page:
    width: float
    height: float
    words: list[dict[str, Any]]
    edges: list[dict[str, Any]]


def _read(pdf: Path) -> list[_Page]:
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            if tuple(round(v, 2) for v in page.mediabox[:2]) != (0, 0):
                raise LayoutError(f"{pdf.name} : page dont l'origine n'est pas (0, 0)")
            words = page.extract_words(extra_attrs=["fontname", "size"], return_chars=True)
            pages.append(_Page(float(page.width), float(page.height), words, list(page.edges)))
    return pages


def _static(pages: list[_Page]) -> list[tuple[int, str, float, float]]:
    return [(i, w["text"], w["x0"], w["top"]) for i, p in enumerate(pages) for w in p.words
            if not w["text"].startswith(MARKER_HEAD) and w["text"] not in (CHECKED, UNCHECKED)]


def _same_static(a: list[tuple[int, str, float, float]], b: list[tuple[int, str, float, float]]) -> bool:
    return len(a) == len(b) and all(
        x[0] == y[0] and x[1] == y[1] and abs(x[2] - y[2]) <= TOLERANCE and abs(x[3] - y[3]) <= TOLERANCE
        for x, y in zip(a, b, strict=True))


def _font(char: dict[str, Any]) -> str:
    return str(char["fontname"]).split("+", 1)[-1]


def _find(pages: list[_Page], text: str) -> tuple[int, dict[str, Any]]:
    found = [(i, w) for i, p in enumerate(pages) for w in p.words if w["text"] == text]
    if len(found) != 1:
        raise LayoutError(f"champ {text} trouvé {len(found)} fois")
    return found[0]


def _margin(page: _Page) -> float:
    """The cell margin of the page: the smallest gap between a word and the rule on its left."""
    gaps = []
    for w in page.words:
        middle = (w["top"] + w["bottom"]) / 2
        lefts = [e["x0"] for e in page.edges if e["orientation"] == "v" and e["top"] <= middle <= e["bottom"]
                 and e["x0"] <= w["x0"] + TOLERANCE]
        if lefts:
            gaps.append(w["x0"] - max(lefts))
    useful = [g for g in gaps if g > 0.5]
    return min(useful) if useful else 0.0


def _limits(page: _Page, word: dict[str, Any], margin: float) -> tuple[float, float]:
    """Left and right limits of a value: the rules around it less the cell margin, else the text area."""
    middle = (word["top"] + word["bottom"]) / 2
    verticals = [e["x0"] for e in page.edges if e["orientation"] == "v" and e["top"] <= middle <= e["bottom"]]
    left = [x for x in verticals if x <= word["x0"] + TOLERANCE]
    right = [x for x in verticals if x >= word["x1"] - TOLERANCE]
    xs = [w["x0"] for w in page.words] + [w["x1"] for w in page.words]
    lo = max(left) + margin if left else min(xs)
    hi = min(right) - margin if right else max(xs)
    return lo, hi


def _depth(page: _Page, word: dict[str, Any], lo: float, hi: float, others: list[dict[str, Any]]) -> float:
    """PDF y of the first rule or word under a multi-line box, across its width."""
    below = [e["top"] for e in page.edges if e["orientation"] == "h" and e["top"] > word["bottom"]
             and e["x0"] < hi and e["x1"] > lo]
    below += [w["top"] for w in others if w["top"] > word["bottom"] + 1 and w["x0"] < hi and w["x1"] > lo]
    return page.height - (min(below) if below else page.height)


def locate(req: Request, pdfs: dict[str, Path]) -> Layout:
    """The Layout of one request from its renders (see the module docstring)."""
    renders = {name: _read(path) for name, path in pdfs.items() if path.exists()}
    if set(renders) != set(pdfs):
        raise LayoutError(f"{req.template.name} : rendu LibreOffice incomplet")
    clean, short, long_ = renders["clean"], renders["v0"], renders["v1"]
    reference = _static(clean)
    for name, pages in renders.items():
        if not _same_static(reference, _static(pages)):
            raise LayoutError(f"{req.template.name} : la mise en page dépend des valeurs (rendu {name})")
    paths = leaves(req.sample)
    fields: dict[str, Field] = {}
    fonts: set[str] = set()
    texts = [p for p, v in paths.items() if not _is_box(v)]
    margins = [_margin(p) for p in clean]
    for i, path in enumerate(texts):
        m = marker(i)
        page_no, s = _find(short, m)
        page = short[page_no]
        char = s["chars"][0]
        lo, hi = _limits(page, s, margins[page_no])
        baseline = float(char["matrix"][5])
        f = Field(path, page_no, _font(char), round(float(char["size"]), 2), s["x0"], baseline, left=lo, right=hi)
        if isinstance(paths[path], Lines):
            page2, second = _find(long_, m + SECOND_LINE)
            page1, first = _find(long_, m)
            if page1 != page_no or page2 != page_no or abs(first["x0"] - s["x0"]) > TOLERANCE:
                raise LayoutError(f"{req.template.name} : champ {path} sur plusieurs lignes non aligné à gauche")
            f.leading = float(first["chars"][0]["matrix"][5]) - float(second["chars"][0]["matrix"][5])
            others = [w for w in clean[page_no].words]
            bottom = _depth(clean[page_no], s, lo, hi, others)
            f.lines = max(1, int((baseline - 0.25 * f.size - bottom - 1) // f.leading) + 1) if f.leading > 0 else 1
        else:
            page_l, w = _find(long_, m + LONG_TAIL)
            if page_l != page_no or abs(float(w["chars"][0]["matrix"][5]) - baseline) > TOLERANCE:
                raise LayoutError(f"{req.template.name} : champ {path} déplacé par sa longueur")
            if abs(w["x0"] - s["x0"]) <= TOLERANCE:
                f.align, f.x = "left", s["x0"]
            elif abs(w["x1"] - s["x1"]) <= TOLERANCE:
                f.align, f.x = "right", s["x1"]
            elif abs((w["x0"] + w["x1"]) / 2 - (s["x0"] + s["x1"]) / 2) <= TOLERANCE:
                f.align, f.x = "center", (s["x0"] + s["x1"]) / 2
            else:
                raise LayoutError(f"{req.template.name} : alignement du champ {path} indéterminé")
        fields[path] = f
        fonts.add(f.font)
    fields.update(_locate_boxes(req, renders, [p for p, v in paths.items() if _is_box(v)]))
    fonts |= {f.font for f in fields.values() if f.box}
    files = {name: font_file(name) for name in sorted(fonts)}
    missing = [n for n, f in files.items() if not f]
    if missing:
        raise LayoutError(f"{req.template.name} : police {', '.join(missing)} introuvable sur cette machine")
    box_fonts = {f.font for f in fields.values() if f.box}
    pdf = without_glyphs(pdfs["clean"].read_bytes(), box_fonts)
    _check_clean(req, pdf, reference)
    return Layout(key=req.key, template=req.template.name, pages=[(p.width, p.height) for p in clean],
                  fields=fields, fonts={k: str(v) for k, v in files.items()}, pdf=pdf)


def _locate_boxes(req: Request, renders: dict[str, list[_Page]], boxes: list[str]) -> dict[str, Field]:
    if not boxes:
        return {}
    bits = max(2, len(boxes).bit_length())
    spots: dict[tuple[int, int, int], list[Any]] = {}
    for j in range(bits):
        for i, page in enumerate(renders[f"v{j}"]):
            for w in page.words:
                for c in w["chars"]:
                    if c["text"] in (CHECKED, UNCHECKED):
                        spot = (i, round(c["x0"]), round(c["top"]))
                        entry = spots.setdefault(spot, [0, c])
                        entry[0] |= (c["text"] == CHECKED) << j
    by_id = {}
    for (page_no, _, _), (number, char) in spots.items():
        if number in by_id:
            raise LayoutError(f"{req.template.name} : deux cases portent le même numéro")
        by_id[number] = (page_no, char)
    out = {}
    for n, path in enumerate(boxes, start=1):
        if n not in by_id:
            raise LayoutError(f"{req.template.name} : case {path} introuvable")
        page_no, char = by_id[n]
        x = float(char["x0"])
        out[path] = Field(path, page_no, _font(char), round(float(char["size"]), 2), x, float(char["matrix"][5]),
                          left=x, right=float(char["x1"]), box=True)
    if len(by_id) != len(boxes):
        raise LayoutError(f"{req.template.name} : {len(by_id)} cases sur la page, {len(boxes)} attendues")
    return out


def _check_clean(req: Request, pdf: bytes, reference: list[tuple[int, str, float, float]]) -> None:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(pdf)
        tmp.flush()
        pages = _read(Path(tmp.name))
    left = [w["text"] for p in pages for w in p.words if CHECKED in w["text"] or UNCHECKED in w["text"]]
    if left or not _same_static(reference, _static(pages)):
        raise LayoutError(f"{req.template.name} : les cases ne peuvent pas être retirées de la page")


def without_glyphs(pdf: bytes, fonts: set[str]) -> bytes:
    """The PDF with every text-showing operator in one of `fonts` (PostScript names) taken out."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        resources = page.get("/Resources")
        font_dict: Any = resources.get_object().get("/Font") if resources is not None else None
        font_items = font_dict.get_object().items() if font_dict is not None else []
        names = {name for name, ref in font_items
                 if str(ref.get_object().get("/BaseFont", "")).lstrip("/").split("+", 1)[-1] in fonts}
        contents = page.get_contents()
        if names and contents is not None:
            stream = ContentStream(contents, writer)
            current = None
            kept = []
            for operands, operator in stream.operations:
                if operator == b"Tf":
                    current = operands[0]
                if operator in (b"Tj", b"TJ", b"'", b'"') and current in names:
                    continue
                kept.append((operands, operator))
            stream.operations = kept
            page.replace_contents(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


@cache
def _font_files() -> dict[str, str]:
    fc = shutil.which("fc-list")
    if not fc:
        return {}
    out = subprocess.run([fc, "--format", "%{postscriptname}\t%{file}\n"], capture_output=True, text=True,
                         check=False).stdout
    files: dict[str, str] = {}
    for line in out.splitlines():
        name, _, path = line.partition("\t")
        if name and path.lower().endswith((".ttf", ".otf")):
            files.setdefault(name, path)
    return files


def font_file(postscript: str) -> str | None:
    """The font file LibreOffice used for a PostScript name (fontconfig)."""
    return _font_files().get(postscript)
