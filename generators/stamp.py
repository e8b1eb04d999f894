"""Write candidates' values on pages laid out once (generators.layout), as PDF files written directly.

A run's clean pages (one set per template) are merged once with pypdf into one numbering of PDF objects;
every file of the run — one per form, and the one per commission — copies the objects its pages need,
adds the run's fonts (one subset per font, embedded once per file, with a ToUnicode map so that
`pdftotext` reads the values back), and one small content stream per page with the values. Nothing is
parsed again per candidate, and a commission file is written page after page: what stays in memory is
one offset per object.

Values are written with the font, size and alignment LibreOffice gave the tag; a multi-line value is
wrapped in its box, in a smaller type when it does not fit, and when it does not fit either its box
ends with « (suite en annexe) » and the whole text goes on a page after the form. A value that cannot be
stamped as LibreOffice would lay it out (a character the font lacks, a one-line value too long for its
box) raises `Unfit`: that form goes through LibreOffice.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any

from generators.layout import Field, Layout, Request

SMALLEST = 0.75  # a value too long for its box is written down to 75 % of its size before overflowing
CONTINUED = "(suite en annexe)"
CONTINUATION_MARGIN = 56.0  # points around the text of a continuation page
DROPPED = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "morx")  # font tables a stamp needs not


class Unfit(Exception):
    """This form cannot be stamped; the message (French) says why."""


# --- fonts --------------------------------------------------------------------------------------

class StampFont:
    """One TrueType font: glyph ids and advances to lay text out, and a subset to embed."""

    def __init__(self, name: str, path: str):
        from fontTools.ttLib import TTFont

        self.name = name
        self.path = path
        font = TTFont(path, lazy=True)
        self.cmap: dict[int, int] = {cp: font.getGlyphID(g) for cp, g in font.getBestCmap().items()}
        hmtx = font["hmtx"]
        order = font.getGlyphOrder()
        self.advance = [hmtx[g][0] for g in order]
        self.upem = font["head"].unitsPerEm
        head, hhea = font["head"], font["hhea"]
        self.bbox = [head.xMin, head.yMin, head.xMax, head.yMax]
        self.ascent, self.descent = hhea.ascent, hhea.descent
        self.flags = 32
        font.close()

    def gids(self, text: str) -> list[int]:
        out = []
        for ch in text:
            gid = self.cmap.get(ord(ch))
            if gid is None:
                raise Unfit(f"caractère « {ch} » absent de la police {self.name}")
            out.append(gid)
        return out

    def width(self, text: str, size: float) -> float:
        return sum(self.advance[g] for g in self.gids(text)) * size / self.upem

    def subset(self, gids: set[int]) -> bytes:
        import logging

        from fontTools import subset
        from fontTools.ttLib import TTFont

        logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # tables it drops are not ours to keep
        font = TTFont(self.path, lazy=True)
        for tag in DROPPED:  # never parsed: the page positions each glyph itself
            if tag in font:
                del font[tag]
        options = subset.Options()
        options.retain_gids = True  # CIDs in the page are the font's glyph ids
        options.hinting = False
        options.layout_features = []
        options.drop_tables += list(DROPPED)
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(gids=sorted(gids | {0}))
        sub.subset(font)
        buf = io.BytesIO()
        font.save(buf)
        return buf.getvalue()


@cache
def stamp_font(name: str, path: str) -> StampFont:
    return StampFont(name, path)


def _tounicode(pairs: dict[int, str]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    items = sorted(pairs.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for gid, text in chunk:
            lines.append(f"<{gid:04X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


# --- laying values out ----------------------------------------------------------------------------

@dataclass
class Ink:
    """What one form writes: text runs per page (font resource, size, x, y, text), extra pages."""

    runs: dict[int, list[tuple[str, float, float, float, str]]] = field(default_factory=dict)
    extra: list[list[tuple[str, float, float, float, str]]] = field(default_factory=list)

    def put(self, page: int, font: str, size: float, x: float, y: float, text: str) -> None:
        self.runs.setdefault(page, []).append((font, size, x, y, text))


def _wrap(font: StampFont, text: str, size: float, width: float) -> list[str]:
    """Greedy word wrap, paragraphs kept; a word wider than the box is cut between characters."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if font.width(candidate, size) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
            line = ""
            for ch in word:
                if line and font.width(line + ch, size) > width:
                    out.append(line)
                    line = ""
                line += ch
        out.append(line)
    return out


def _sizes(f: Field) -> Iterator[float]:
    size = f.size
    while size >= f.size * SMALLEST - 1e-6:
        yield size
        size = round(size - 0.5, 2)


def _place_line(f: Field, font: StampFont, text: str, ink: Ink) -> None:
    for size in _sizes(f):
        width = font.width(text, size)
        if width <= f.right - f.left + 0.5 or f.box:
            x = f.x if f.align == "left" else f.x - width / 2 if f.align == "center" else f.x - width
            ink.put(f.page, f.font, size, x, f.baseline, text)
            return
    raise Unfit(f"valeur trop longue pour son cadre ({f.path})")


def _place_lines(f: Field, font: StampFont, text: str, ink: Ink, pages: list[tuple[float, float]],
                 heading: str) -> None:
    width = f.right - f.left
    height = (f.lines - 1) * f.leading
    for size in _sizes(f):
        leading = f.leading * size / f.size
        room = int(height // leading + 1e-6) + 1
        lines = _wrap(font, text, size, width)
        if len(lines) <= room:
            break
    else:  # the whole text goes on a continuation page: the box keeps the type of the form
        size, leading = f.size, f.leading
        room = int(height // leading + 1e-6) + 1
        lines = _wrap(font, text, size, width)[:max(room - 1, 0)] + [CONTINUED]
        ink.extra.extend(continuation(font, f, text, pages[f.page], heading))
    for i, line in enumerate(lines):
        if line:
            ink.put(f.page, f.font, size, f.x, f.baseline - i * leading, line)


def continuation(font: StampFont, f: Field, text: str, page: tuple[float, float],
                 heading: str) -> list[list[tuple[str, float, float, float, str]]]:
    """The pages that carry the whole text of a box too small for it."""
    width, height = page
    body = _wrap(font, text, f.size, width - 2 * CONTINUATION_MARGIN)
    leading = f.leading or f.size * 1.2
    pages: list[list[tuple[str, float, float, float, str]]] = []
    current: list[tuple[str, float, float, float, str]] = []
    y = height - CONTINUATION_MARGIN
    for i, line in enumerate([heading, ""] + body):
        if not current or y < CONTINUATION_MARGIN:
            if current:
                pages.append(current)
            current = [(f.font, f.size + 2, CONTINUATION_MARGIN, height - CONTINUATION_MARGIN, heading)]
            y = height - CONTINUATION_MARGIN - 2 * leading
            if i == 0:
                continue
        if line:
            current.append((f.font, f.size, CONTINUATION_MARGIN, y, line))
        y -= leading
    pages.append(current)
    return pages


def _text_boxes(layout: Layout) -> dict[str, int]:
    """Multi-line fields → their number in reading order (page, top to bottom, left to right)."""
    order = sorted((f.page, -f.baseline, f.x, p) for p, f in layout.fields.items() if f.leading)
    return {p: n for n, (_, _, _, p) in enumerate(order, start=1)}


def ink_for(layout: Layout, values: dict[str, Any], heading: str) -> Ink:
    """Where and how each value of one form is written (raises Unfit)."""
    from generators.layout import leaves

    ink = Ink()
    flat = leaves(values)
    numbers = _text_boxes(layout)
    for path, f in layout.fields.items():
        value = flat.get(path)
        if value is None or value == "":
            continue
        text = str(value)
        if f.box:  # ☐ or ☒: same width, at the place of the template's box
            ink.put(f.page, f.font, f.size, f.x, f.baseline, text)
            continue
        font = stamp_font(f.font, layout.fonts[f.font])
        if path in numbers:
            _place_lines(f, font, text, ink, layout.pages, f"{heading} — suite du cadre de texte n° {numbers[path]}")
        else:
            _place_line(f, font, " ".join(text.split()), ink)
    return ink


# --- the run's objects ----------------------------------------------------------------------------

_REF = re.compile(rb"(\d+) 0 R")


@dataclass
class BasePage:
    size: tuple[float, float]
    template: bytes  # page dictionary with {parent} and {contents} to fill
    needs: list[int]  # objects of the base it refers to, transitively


class Run:
    """The objects shared by every file of a run: clean pages of all layouts, fonts, names."""

    def __init__(self, layouts: dict[str, Layout], glyphs: dict[str, set[int]], font_files: dict[str, str]):
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter()
        ranges: dict[str, range] = {}
        for key, layout in layouts.items():
            reader = PdfReader(io.BytesIO(layout.pdf))
            start = len(writer.pages)
            for page in reader.pages:
                writer.add_page(page)
            ranges[key] = range(start, len(writer.pages))
        buf = io.BytesIO()
        writer.write(buf)
        data = buf.getvalue()
        self.objects = _raw_objects(data)
        top = max(self.objects)
        self.font_names = {name: f"Bts{i}" for i, name in enumerate(sorted(font_files))}
        self.fixed: dict[int, bytes] = {}
        self.q_stream = top + 1
        self.fixed[self.q_stream] = _stream(b"q\n")
        self.font_refs: dict[str, int] = {}
        number = top + 2
        self.fonts = {name: stamp_font(name, path) for name, path in font_files.items()}
        for name in sorted(font_files):
            font = self.fonts[name]
            objs = _font_objects(font, glyphs.get(name, set()), number)
            self.font_refs[name] = number
            self.fixed.update(objs)
            number += len(objs)
        self.first_free = number
        reader = PdfReader(io.BytesIO(data))
        self.pages: dict[str, list[BasePage]] = {}
        for key, span in ranges.items():
            self.pages[key] = [self._base_page(reader.pages[i]) for i in span]

    def _base_page(self, page: Any) -> BasePage:
        skip = {"/Parent", "/Contents", "/Resources", "/Annots"}
        parts = [f"{k} ".encode() + _ser(v).replace(b"%", b"%%") for k, v in page.items() if k not in skip]
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else {}
        res = [f"{k} ".encode() + _ser(v).replace(b"%", b"%%") for k, v in resources.items() if k != "/Font"]
        fonts = resources.get("/Font")
        font_items = [f"{k} ".encode() + _ser(v).replace(b"%", b"%%")
                      for k, v in (fonts.get_object() if fonts else {}).items()]
        font_items += [f"/{self.font_names[n]} {num} 0 R".encode() for n, num in self.font_refs.items()]
        res.append(b"/Font << " + b" ".join(font_items) + b" >>")
        contents = page.get("/Contents")
        refs = [contents] if not hasattr(contents, "__iter__") or hasattr(contents, "idnum") else list(contents)
        content_refs = b" ".join(_ser(r) for r in refs if r is not None)
        body = (b"<< " + b" ".join(parts) + b" /Resources << " + b" ".join(res) + b" >> /Parent %(parent)s 0 R"
                b" /Contents [%(q)s 0 R " + content_refs.replace(b"%", b"%%") + b" %(contents)s 0 R] >>")
        needs = self._closure(body)
        width, height = (float(v) for v in page.mediabox[2:])
        return BasePage((width, height), body, needs)

    def _closure(self, body: bytes) -> list[int]:
        seen: set[int] = set()
        todo = [int(m) for m in _REF.findall(body)]
        while todo:
            n = todo.pop()
            if n in seen or n not in self.objects:
                continue
            seen.add(n)
            todo.extend(int(m) for m in _REF.findall(_dict_part(self.objects[n])))
        return sorted(seen)

    def content(self, runs: Iterable[tuple[str, float, float, float, str]], *, over_base: bool = True) -> bytes:
        """The text operators of one page; over a base page, first close the q that wraps its content."""
        out = [b"Q\n0 g\nBT" if over_base else b"0 g\nBT"]
        for font_name, size, x, y, text in runs:
            gids = self.fonts[font_name].gids(text)
            out.append(f"/{self.font_names[font_name]} {size:.2f} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <".encode()
                       + "".join(f"{g:04X}" for g in gids).encode() + b"> Tj")
        out.append(b"ET\n")
        return b"\n".join(out)


def _ser(obj: Any) -> bytes:
    buf = io.BytesIO()
    obj.write_to_stream(buf)
    return buf.getvalue()


def _dict_part(raw: bytes) -> bytes:
    cut = raw.find(b"stream")
    return raw if cut < 0 else raw[:cut]


def _raw_objects(data: bytes) -> dict[int, bytes]:
    """number → 'N 0 obj … endobj' of a PDF with one classic xref table (as pypdf writes it)."""
    start = int(data[data.rindex(b"startxref") + 9:].split()[0])
    lines = data[start:data.index(b"trailer", start)].split(b"\n")
    offsets: dict[int, int] = {}
    number = 0
    for line in lines[1:]:
        parts = line.split()
        if len(parts) == 2:
            number = int(parts[0])
        elif len(parts) == 3:
            if parts[2] == b"n":
                offsets[number] = int(parts[0])
            number += 1
    ordered = sorted(offsets.items(), key=lambda kv: kv[1])
    out = {}
    for i, (num, off) in enumerate(ordered):
        end = ordered[i + 1][1] if i + 1 < len(ordered) else start
        raw = data[off:end].rstrip()
        if not raw.startswith(f"{num} 0 obj".encode()) or not raw.endswith(b"endobj"):
            raise ValueError(f"objet PDF {num} illisible")
        out[num] = raw + b"\n"
    return out


def _stream(data: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 6)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _font_objects(font: StampFont, gids: set[int], first: int) -> dict[int, bytes]:
    import hashlib

    gids = set(gids) | {0}
    program = font.subset(gids)
    tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(program).digest()[:6])
    name = f"{tag}+{font.name}"
    scale = 1000 / font.upem
    widths = " ".join(f"{g} [{round(font.advance[g] * scale)}]" for g in sorted(gids))
    unicode_of = {gid: chr(cp) for cp, gid in sorted(font.cmap.items(), reverse=True) if gid in gids}
    t0, cid, desc, file_, tu = range(first, first + 5)
    bbox = " ".join(str(round(v * scale)) for v in font.bbox)
    return {
        t0: (f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>").encode(),
        cid: (f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) "
              f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R /CIDToGIDMap /Identity "
              f"/W [{widths}] >>").encode(),
        desc: (f"<< /Type /FontDescriptor /FontName /{name} /Flags {font.flags} /FontBBox [{bbox}] "
               f"/ItalicAngle 0 /Ascent {round(font.ascent * scale)} /Descent {round(font.descent * scale)} "
               f"/CapHeight {round(font.ascent * scale)} /StemV 80 /FontFile2 {file_} 0 R >>").encode(),
        file_: _stream(program, b" /Length1 %d" % len(program), compress=True),
        tu: _stream(_tounicode(unicode_of), compress=True),
    }


# --- files ----------------------------------------------------------------------------------------

class PdfOut:
    """One PDF written as it goes: base objects and fonts the first time a page needs them, then each
    page and its content; the page tree, catalogue and cross-reference table at close."""

    def __init__(self, run: Run, fh: IO[bytes]):
        self.run, self.fh = run, fh
        self.offsets = array("q", [-1] * (run.first_free + 2))  # object number → offset; 8 bytes each
        self.written: set[int] = set()
        self.pages_id = run.first_free
        self.catalog_id = run.first_free + 1
        self.next = run.first_free + 2
        self.kids = array("q")
        self.pos = 0
        self._write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        for number, body in run.fixed.items():
            self._obj(number, body)

    def _write(self, data: bytes) -> None:
        self.fh.write(data)
        self.pos += len(data)

    def _at(self, number: int) -> None:
        if number >= len(self.offsets):
            self.offsets.extend([-1] * (number + 1 - len(self.offsets)))
        self.offsets[number] = self.pos

    def _obj(self, number: int, body: bytes) -> None:
        self._at(number)
        self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def page(self, base: BasePage, content: bytes) -> None:
        for number in base.needs:
            if number not in self.written:
                self.written.add(number)
                self._at(number)
                self._write(self.run.objects[number])
        content_id, page_id = self.next, self.next + 1
        self.next += 2
        self._obj(content_id, _stream(content))
        self._obj(page_id, base.template % {b"parent": b"%d" % self.pages_id, b"q": b"%d" % self.run.q_stream,
                                            b"contents": b"%d" % content_id})
        self.kids.append(page_id)

    def text_page(self, size: tuple[float, float], content: bytes) -> None:
        content_id, page_id = self.next, self.next + 1
        self.next += 2
        self._obj(content_id, _stream(content))
        fonts = " ".join(f"/{self.run.font_names[n]} {num} 0 R" for n, num in self.run.font_refs.items())
        self._obj(page_id, (f"<< /Type /Page /Parent {self.pages_id} 0 R /MediaBox [0 0 {size[0]:.2f} {size[1]:.2f}]"
                            f" /Resources << /Font << {fonts} >> >> /Contents {content_id} 0 R >>").encode())
        self.kids.append(page_id)

    def close(self) -> None:
        kids = " ".join(f"{k} 0 R" for k in self.kids)
        self._obj(self.pages_id, f"<< /Type /Pages /Count {len(self.kids)} /Kids [{kids}] >>".encode())
        self._obj(self.catalog_id, f"<< /Type /Catalog /Pages {self.pages_id} 0 R >>".encode())
        size = len(self.offsets)
        start = self.pos
        self._write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for first in range(1, size, 1024):  # in chunks: no list of rows as long as the file
            self._write(b"".join(b"%010d 00000 n \n" % off if off >= 0 else b"0000000000 65535 f \n"
                                 for off in self.offsets[first:first + 1024]))
        self._write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, self.catalog_id, start))


def write_form(out: PdfOut, run: Run, key: str, ink: Ink) -> None:
    """The pages of one stamped form (then its continuation pages) into `out`."""
    pages = run.pages[key]
    for i, base in enumerate(pages):
        out.page(base, run.content(ink.runs.get(i, [])))
    for extra in ink.extra:
        out.text_page(pages[-1].size, run.content(extra, over_base=False))


def form_bytes(run: Run, key: str, ink: Ink) -> bytes:
    buf = io.BytesIO()
    out = PdfOut(run, buf)
    write_form(out, run, key, ink)
    out.close()
    return buf.getvalue()


class StreamedPdf:
    """A commission file written page by page into a temp file, renamed into place (owner-only) at close."""

    def __init__(self, run: Run, target: Path):
        self.target = Path(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", dir=self.target.parent)
        os.fchmod(fd, 0o600)
        self.tmp = Path(tmp)
        self.fh = os.fdopen(fd, "wb", buffering=1 << 20)
        self.out = PdfOut(run, self.fh)

    def close(self) -> int:
        self.out.close()
        self.fh.close()
        os.replace(self.tmp, self.target)
        return len(self.out.kids)

    def abort(self) -> None:
        self.fh.close()
        self.tmp.unlink(missing_ok=True)


# --- a run of `bts fill` --------------------------------------------------------------------------

@dataclass
class Job:
    """One form to stamp: its name (in notices), its PDF, the layout request of its template, its values
    (computed when written, so that a run of thousands keeps none in memory), the continuation title."""

    name: str
    target: Path
    request: Request
    values: Callable[[], dict[str, Any]]
    heading: str


@dataclass
class Stamped:
    """The forms of a run written by stamping, and what is needed to write them again (commission
    files) without keeping their pages in memory."""

    run: Run
    layouts: dict[str, Layout]
    keys: dict[str, str]  # job.target → layout key

    def has(self, job: Job) -> bool:
        return str(job.target) in self.keys

    def ink(self, job: Job) -> Ink:
        return ink_for(self.layouts[self.keys[str(job.target)]], job.values(), job.heading)


def stamp_jobs(jobs: list[Job], notices: list[str]) -> Stamped | None:
    """Write the PDF of every job that can be stamped; the others are left to LibreOffice, and each
    template or form that is not stamped is one French line in `notices`. None when none was."""
    from core.errors import BtsError
    from core.files import remove_stale_temps, write_atomic
    from generators.layout import compile_layouts

    requests = list({id(j.request): j.request for j in jobs}.values())
    try:
        results = compile_layouts(requests)
    except BtsError as exc:  # LibreOffice missing or failing: the conversion says it in its own words
        notices.append(f"mise en page des modèles impossible ({exc.message}) ; PDF produits par LibreOffice")
        return None
    layouts = {k: r for k, r in results.items() if isinstance(r, Layout)}
    for req in requests:
        failure = results[req.key]
        if not isinstance(failure, Layout):
            notices.append(f"{req.template.name} : champs non localisés ({failure.message}) ; "
                           "ses PDF sont produits par LibreOffice")
    keys: dict[str, str] = {}
    glyphs: dict[str, set[int]] = {}
    for job in jobs:
        layout = layouts.get(job.request.key)
        if layout is None:
            continue
        try:
            ink = ink_for(layout, job.values(), job.heading)
            for runs in [*ink.runs.values(), *ink.extra]:
                for font_name, _, _, _, text in runs:
                    glyphs.setdefault(font_name, set()).update(
                        stamp_font(font_name, layout.fonts[font_name]).gids(text))
        except Unfit as exc:
            notices.append(f"{job.name} : {exc} ; PDF produit par LibreOffice")
            continue
        keys[str(job.target)] = job.request.key
    if not keys:
        return None
    used = {k: layouts[k] for k in set(keys.values())}
    fonts = {name: path for layout in used.values() for name, path in layout.fonts.items()}
    stamped = Stamped(Run(used, glyphs, fonts), used, keys)
    for folder in {j.target.parent for j in jobs}:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(folder)
    for job in jobs:
        if stamped.has(job):
            data = form_bytes(stamped.run, keys[str(job.target)], stamped.ink(job))
            write_atomic(job.target, data, durable=False)
    return stamped


def stream_commission(stamped: Stamped, jobs: list[Job], target: Path) -> int:
    """One commission's forms, in order, written page by page into `target`; returns the page count."""
    out = StreamedPdf(stamped.run, target)
    try:
        for job in jobs:
            write_form(out.out, stamped.run, stamped.keys[str(job.target)], stamped.ink(job))
    except BaseException:
        out.abort()
        raise
    return out.close()
