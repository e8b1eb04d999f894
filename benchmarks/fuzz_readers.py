"""Mutation fuzzing of the document readers: every damaged file must give a clean answer, never a crash.

    python -m benchmarks.fuzz_readers --cases 1000 --seed 1 [--target readers|dossier|xlsx|lot] [--jobs 2]
                                      [--timeout 10] [--memory-mb 1536] [--save-dir /tmp/fuzz_repro]
    python -m benchmarks.fuzz_readers --corpus --target dossier     (the hostile files of samples/fuzz/)

Seeds are the sample circulars (PDF, DOCX, TXT), the bad samples, and a small dossier PDF (compressed and
uncompressed) and XLSX generated here. Each case stacks one to three mutations (bit flips, byte sets,
truncation, chunk duplication/deletion/swap, number changes in PDF syntax, mutation inside an inflated PDF
content stream, zip member corruption that keeps the archive valid, XML corruption inside DOCX/XLSX parts)
and runs the target in a forked child under a time limit and an address-space limit (RLIMIT_AS, default
1.5 GiB: the limit of an analysis worker of `bts check`).

Families added for issue 9: `dict` (a stream's dictionary rewritten: indirect /Filter, filter arrays with
strings or comments holding `obj`, hex and ASCII85 wrappers, often around a bomb of up to 1 GiB), `pixels`
(a page's MediaBox made huge, its text removed, so that OCR would render it; and grey PNGs of up to 400 Mpx
for the dossier target), and the `lot` target: a whole deposit folder per case, checked by
`pipeline.check.run_batch`, with manifest damage (missing or reordered columns, short rows, hostile numeros,
absurd, ambiguous or offset dates, unknown épreuves, other encodings and delimiters) and file names that are
not UTF-8, hidden, very long, control characters, symlinks out of the deposit.

Memory: each child's peak resident size is read from /proc while it runs (and from getrusage when it
ends), so a case killed by the limit still has its figure; `memory` counts the cases that reached the limit
(MemoryError, or a child that died of it), which `bts check` reports as `fichier_trop_complexe`.

Outcomes: ok; clean (the expected refusal: BtsError for `readers`, a FileFacts with `erreur` for `dossier`,
a parser exception of an expected type for `xlsx`, which analyse_file turns into `illisible`); crash (any
other exception, or the child killed by a signal: a bug, with a traceback summary); hang (time limit);
memory (MemoryError or a BtsError caused by one). Every successful answer is also serialised to JSON and
encoded in UTF-8, as the CLI does. The table goes to stdout, the details to benchmarks/results/fuzz_*.json,
the files of non-clean cases to --save-dir.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing as mp
import os
import random
import re
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import time
import traceback
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
INTERESTING = [b"0", b"-1", b"1", b"2147483647", b"4294967296", b"99999999999", b"-2147483648", b"65535"]


# -------------------------------------------------------------------------------------------- seeds


def make_dossier_seeds(out: Path) -> list[Path]:
    """A one-page attestation PDF (compressed and not) and a small XLSX tableau de synthèse."""
    import openpyxl
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    made = []
    for compress in (1, 0):
        p = out / f"attestation_{'z' if compress else 'plain'}.pdf"
        c = canvas.Canvas(str(p), pagesize=A4, invariant=1, pageCompression=compress)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 780, "ATTESTATION DE STAGE")
        c.setFont("Helvetica", 11)
        lines = [
            "Je soussigné, responsable de l'entreprise Exemple SARL, atteste que",
            "l'étudiant(e) a effectué un stage du 6 janvier 2025 au 14 février 2025,",
            "soit 6 semaines, dans le cadre du BTS SIO.",
        ]
        for i, line in enumerate(lines):
            c.drawString(72, 740 - 16 * i, line)
        c.rect(300, 120, 220, 80)
        c.drawString(310, 185, "Signature et cachet de l'entreprise")
        c.showPage()
        c.save()
        made.append(p)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Synthèse"
    ws.append(["Tableau de synthèse", "Épreuve E5"])
    ws.append(["Réalisation", "Période", "Compétences"])
    for i in range(12):
        ws.append([f"Réalisation {i + 1}", f"du {i + 1} mars 2025 au {i + 2} mars 2025", "B1.1 B1.2"])
    p = out / "tableau_synthese.xlsx"
    wb.save(p)
    made.append(p)
    return made


def pixel_seeds(out: Path) -> list[Path]:
    """Family `pixels` for images: grey PNGs of 36, 144 and 400 Mpx (a few hundred KB each)."""
    from samples.fuzz.build import png_pixel_bomb

    made = []
    for side in (6000, 12000, 20000):
        p = out / f"pixels_{side}.png"
        p.write_bytes(png_pixel_bomb(side, side))
        made.append(p)
    return made


def seed_files(target: str, work: Path) -> list[Path]:
    circ = sorted((ROOT / "samples" / "circulaires").glob("*.pdf"))
    circ += sorted((ROOT / "samples" / "circulaires").glob("*.docx"))
    small_txt = sorted((ROOT / "samples" / "circulaires").glob("*.txt"))[:1]
    bad = [p for p in sorted((ROOT / "samples" / "bad").glob("*")) if p.is_file() and p.stat().st_size]
    generated = make_dossier_seeds(work)
    if target == "xlsx":
        return [p for p in generated if p.suffix == ".xlsx"] + [
            bad_p for bad_p in bad if "classeur" in bad_p.name
        ]
    if target in ("dossier", "lot"):
        return generated + bad + circ[:2] + (pixel_seeds(work) if target == "dossier" else [])
    return circ + small_txt + bad + generated


# ---------------------------------------------------------------------------------------- mutations


def m_bitflip(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def m_byteset(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        b[rng.randrange(len(b))] = rng.choice([0, 0xFF, 0x7F, 0x80, 0x20, 0x0A, 0x30, 0x39, 0x3C, 0x25])
    return bytes(b)


def m_truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def m_truncate_keep_tail(rng: random.Random, data: bytes) -> bytes:
    """Cut a slice out of the middle, keep the end (the %%EOF / zip central directory stay in place)."""
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, max(1, len(data) // 4)))
    return data[:a] + data[b:]


def m_dup_chunk(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data))
    n = rng.randint(1, min(65536, len(data) - a))
    at = rng.randrange(len(data))
    return data[:at] + data[a : a + n] * rng.randint(1, 4) + data[at:]


def m_swap_chunks(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 4:
        return data[::-1]
    a, b = sorted(rng.sample(range(len(data)), 2))
    n = rng.randint(1, max(1, min(4096, (b - a), len(data) - b)))
    return data[:a] + data[b : b + n] + data[a + n : b] + data[a : a + n] + data[b + n :]


def m_numbers(rng: random.Random, data: bytes) -> bytes:
    """Change a few digit runs: xref offsets, /Length, /Count, object numbers, coordinates."""
    runs = [m.span() for m in re.finditer(rb"\d+", data[:2_000_000])]
    if not runs:
        return m_bitflip(rng, data)
    b = data
    for a, e in sorted(rng.sample(runs, min(len(runs), rng.randint(1, 6))), reverse=True):
        b = b[:a] + rng.choice(INTERESTING + [str(rng.randrange(10**6)).encode()]) + b[e:]
    return b


def m_pdf_keys(rng: random.Random, data: bytes) -> bytes:
    """Swap PDF names and operators: /Count → /Kids, /FlateDecode → /LZWDecode, Tj → TJ, R → obj…"""
    tokens = [
        b"/Count",
        b"/Kids",
        b"/Parent",
        b"/Contents",
        b"/Resources",
        b"/Length",
        b"/Filter",
        b"/FlateDecode",
        b"/LZWDecode",
        b"/RunLengthDecode",
        b"/ASCIIHexDecode",
        b"/Root",
        b"/Pages",
        b"/Type",
        b"/Page",
        b"/Font",
        b"/XObject",
        b" R",
        b"obj",
        b"endobj",
        b"stream",
        b"[",
        b"<<",
    ]
    b = data
    for _ in range(rng.randint(1, 4)):
        old = rng.choice(tokens)
        idx = [m.start() for m in re.finditer(re.escape(old), b[:2_000_000])]
        if idx:
            i = rng.choice(idx)
            b = b[:i] + rng.choice(tokens) + b[i + len(old) :]
    return b


def m_pdf_stream(rng: random.Random, data: bytes) -> bytes:
    """Inflate one Flate stream, mutate its content (operators, numbers, nesting), deflate it back."""
    spans = []
    for m in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", m.end())
        if end > 0:
            try:
                spans.append((m.end(), end, zlib.decompress(data[m.end() : end])))
            except zlib.error:
                continue
    if not spans:
        return m_numbers(rng, data)
    a, e, content = rng.choice(spans)
    mutated = rng.choice([m_numbers, m_bitflip, m_dup_chunk, m_truncate, _m_nesting])(rng, content or b" ")
    return data[:a] + zlib.compress(mutated) + b"\n" + data[e:]


def _m_nesting(rng: random.Random, data: bytes) -> bytes:
    i = rng.randrange(len(data))
    depth = rng.choice([100, 1000, 100_000])
    return data[:i] + rng.choice([b"q ", b"[", b"<<", b"BT "]) * depth + data[i:]


def _rezip(data: bytes, change) -> bytes:  # noqa: ANN001 - callable(name, bytes) -> bytes
    import io

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, change(info.filename, src.read(info)))
    return out.getvalue()


def m_zip_member(rng: random.Random, data: bytes) -> bytes:
    """Corrupt the bytes of one member, keep the archive valid (CRC recomputed)."""
    try:
        names = zipfile.ZipFile(__import__("io").BytesIO(data)).namelist()
    except Exception:  # noqa: BLE001 - the seed may already be mutated
        return m_bitflip(rng, data)
    victim = rng.choice(names)
    fn = rng.choice([m_bitflip, m_truncate, m_dup_chunk, m_byteset])
    return _rezip(data, lambda n, b: fn(rng, b) if n == victim and b else b)


def _xml_change(rng: random.Random, xml: bytes) -> bytes:
    tags = [m.start() for m in re.finditer(rb"<", xml)]
    if len(tags) < 3:
        return xml + b"<"
    kind = rng.randrange(7)
    a, b = sorted(rng.sample(tags, 2))
    if kind == 0:  # delete a run of markup (unbalances the tree)
        return xml[:a] + xml[b:]
    if kind == 1:  # duplicate a run of markup many times
        return xml[:b] + xml[a:b] * rng.randint(2, 50) + xml[b:]
    if kind == 2:  # control characters, bidi overrides, entities and lone surrogate escapes in text
        junk = rng.choice(
            [
                b"\x01\x02\x1b[31m",
                "\u202e\u2066evil\u2069".encode(),
                b"&#xD800;",
                b"&#0;",
                b"&amp;&lt;",
                b"&unknown;",
                b"\xc3\x28",
                b"\xed\xa0\x80",
            ]
        )
        pos = [m.end() for m in re.finditer(rb">", xml)]
        i = rng.choice(pos)
        return xml[:i] + junk + xml[i:]
    if kind == 3:  # attribute values: huge or negative numbers (gridSpan, sizes, style ids)
        return m_numbers(rng, xml)
    if kind == 4:  # rename a tag
        i = rng.choice(tags)
        return (
            xml[: i + 1]
            + rng.choice([b"w:tbl", b"w:tr", b"w:tc", b"w:sdt", b"w:p", b"c", b"row", b"x:"])
            + xml[i + 1 :]
        )
    if kind == 5:  # deep nesting
        i = rng.choice(tags)
        depth = rng.choice([100, 5000])
        return xml[:i] + b"<w:sdt><w:sdtContent>" * depth + xml[i:]
    return xml[: rng.randrange(len(xml))]  # truncated part


def m_xml(rng: random.Random, data: bytes) -> bytes:
    """Structural corruption of one XML part inside a DOCX/XLSX, archive kept valid."""
    try:
        names = [
            n
            for n in zipfile.ZipFile(__import__("io").BytesIO(data)).namelist()
            if n.endswith((".xml", ".rels"))
        ]
    except Exception:  # noqa: BLE001
        return m_bitflip(rng, data)
    if not names:
        return m_bitflip(rng, data)
    main = [
        n for n in names if n in ("word/document.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml")
    ]
    victim = rng.choice(main) if main and rng.random() < 0.6 else rng.choice(names)
    return _rezip(data, lambda n, b: _xml_change(rng, b) if n == victim else b)


def _bomb(rng: random.Random) -> bytes:
    from samples.fuzz.build import _bomb_body

    return _bomb_body(rng.choice([16, 200, 1024]))


def m_pdf_dict(rng: random.Random, data: bytes) -> bytes:
    """Family `dict`: rewrite one stream's dictionary so that its filters are hard to read (indirect
    reference, strings and comments holding `obj`, hex or ASCII85 wrappers), often around a bomb."""
    import base64

    spans = [m for m in re.finditer(rb"<<([^<>]|<<[^<>]*>>)*>>\s*stream\r?\n", data[:2_000_000])]
    if not spans:
        return m_pdf_stream(rng, data)
    m = rng.choice(spans)
    end = data.find(b"endstream", m.end())
    if end < 0:
        return m_pdf_keys(rng, data)
    body = data[m.end() : end]
    try:
        content = zlib.decompress(body)
    except zlib.error:
        content = body
    payload = _bomb(rng) if rng.random() < 0.6 else zlib.compress(zlib.compress(content))
    trick = rng.randrange(5)
    objnum = 900 + rng.randrange(99)
    extra = b""
    if trick == 0:  # indirect /Filter to an array appended at the end
        filt = b"/Filter %d 0 R" % objnum
        extra = b"\n%d 0 obj [/FlateDecode /FlateDecode] endobj\n" % objnum
    elif trick == 1:  # a string holding `obj` and a fake filter
        filt = b"/Note (see %d 0 obj /Filter /None) /Filter [/FlateDecode /FlateDecode]" % objnum
    elif trick == 2:  # a comment inside the dictionary
        filt = b"%% %d 0 obj /Filter /None\n/Filter [/Fl /Fl]" % objnum
    elif trick == 3:  # hex wrapper
        payload = payload.hex().encode() + b">"
        filt = b"/Filter [/AHx /Fl /Fl]"
    else:  # ASCII85 wrapper
        payload = base64.a85encode(payload) + b"~>"
        filt = b"/Filter [/A85 /FlateDecode /FlateDecode]"
    head = b"<< %s /Length %d >>\nstream\n" % (filt, len(payload))
    out = data[: m.start()] + head + payload + b"\n" + data[end:]
    if extra:
        at = out.rfind(b"xref")
        at = at if at > 0 else len(out)
        out = out[:at] + extra + out[at:]
    return out


def m_pdf_pixels(rng: random.Random, data: bytes) -> bytes:
    """Family `pixels`: make the pages huge (MediaBox up to 10^6 pt) and, often, remove their text, so that
    a reader would render them for OCR."""
    side = rng.choice([14400, 50_000, 1_000_000]).__str__().encode()
    out = re.sub(rb"/MediaBox\s*\[[^\]]*\]", b"/MediaBox [0 0 " + side + b" " + side + b"]", data[:2_000_000])
    out += data[2_000_000:]
    if rng.random() < 0.7:  # no text left: an OCR candidate
        out = re.sub(rb"BT\b.*?\bET", b"", out, flags=re.S)
    return out


def m_png_as_is(rng: random.Random, data: bytes) -> bytes:
    """Family `pixels`: the pixel bomb itself, unchanged (a valid image of up to 400 Mpx)."""
    return data


def m_png_dims(rng: random.Random, data: bytes) -> bytes:
    """Family `pixels`: the PNG header declares other dimensions (CRC fixed), data unchanged."""
    import struct

    at = data.find(b"IHDR")
    if at < 4:
        return m_bitflip(rng, data)
    w = rng.choice([1, 30_000, 100_000, 2**31 - 1])
    h = rng.choice([1, 30_000, 100_000, 2**31 - 1])
    body = struct.pack(">II", w, h) + data[at + 12 : at + 17]
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + body) & 0xFFFFFFFF)
    return data[: at + 4] + body + crc + data[at + 21 :]


GENERIC = [m_bitflip, m_byteset, m_truncate, m_truncate_keep_tail, m_dup_chunk, m_swap_chunks]
PDF_ONLY = [m_numbers, m_pdf_keys, m_pdf_stream, m_pdf_stream, m_pdf_dict, m_pdf_pixels]
ZIP_ONLY = [m_zip_member, m_xml, m_xml, m_xml]


def mutate(rng: random.Random, data: bytes) -> tuple[bytes, list[str]]:
    names = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        if not data:
            break
        pool = list(GENERIC)
        if b"%PDF" in data[:1024]:
            pool += PDF_ONLY * 2
        elif data.startswith(b"PK"):
            pool += ZIP_ONLY * 2
        elif data.startswith(b"\x89PNG"):
            pool = [m_png_as_is, m_png_as_is, m_png_dims, m_bitflip]
        fn = rng.choice(pool)
        try:
            data = fn(rng, data)
        except Exception:  # noqa: BLE001 - a mutator failing on an already damaged file: fall back
            fn = m_bitflip
            data = m_bitflip(rng, data)
        names.append(fn.__name__[2:])
    return data, names


# ---------------------------------------------------------------------------- the `lot` target (folders)

LOT_HEADER = ["numero", "nom", "prenom", "option", "forme", "epreuve", "depose_le"]
LOT_NUMEROS = [
    "0260260{:03d}", "../x{}", "a/b{}", "", ".", "..", "x\x00y{}", "é" * 100, " 0260 {} ", "CON", "\u202e12{}",
    "9" * 300, ".cache{}", "-rf{}",
]
LOT_DATES = [
    "2026-04-22 11:00", "2026-04-22 12:00:59", "0001-01-01", "2099-01-01 10:00", "2026-10-25 02:30:00",
    "2026-10-25T02:30:00+01:00", "hier midi", "", "31/02/2026 10:00", "2026-04-22T10:00:00Z",
    "9999-12-31T23:59:59+14:00", "-1", "22/04/2026 à 11h59", "1999-12-31 23:59",
]
LOT_EPREUVES = ["E5", "E4", "E55", "", "e5", "E 5", "E6"]
LOT_NAMES = [
    b"attestation.pdf", b".attestation.pdf", b"tableau_\xe9t\xe9.pdf", b"x" * 250 + b".pdf", b"a\nb.pdf",
    b"\x1b[31mrouge.pdf", b".cache/portfolio.pdf", b"sous dossier/\xff\xfe.pdf", b"Thumbs.db", b"._x.pdf",
    b"vide.pdf", b"\xe2\x80\xae.fdp.exe",
]


def make_lot_case(rng: random.Random, seeds: list[Path], dest: Path) -> list[str]:
    """A deposit folder with a damaged manifest and hostile file names; returns the kinds of damage."""
    dest.mkdir(parents=True)
    kinds: list[str] = []
    header = list(LOT_HEADER)
    r = rng.random()
    if r < 0.12:
        header.remove(rng.choice(LOT_HEADER))
        kinds.append("colonne_absente")
    elif r < 0.2:
        rng.shuffle(header)
        kinds.append("colonnes_melangees")
    elif r < 0.25:
        header.append("commission")
    delimiter = ";" if rng.random() < 0.8 else ","
    lines = [delimiter.join(header)]
    rows = []
    for i in range(rng.randint(1, 5)):
        values = {
            "numero": rng.choice(LOT_NUMEROS).format(i) if rng.random() < 0.4 else f"0260260{i:03d}",
            "nom": rng.choice(["Durand", "O'Neil", 'Dupont "le grand"', "Bœuf;Léa", "Zoé\nMartin", ""]),
            "prenom": "Léa",
            "option": rng.choice(["SLAM", "SISR", ""]),
            "forme": rng.choice(["scolaire", "ccf", ""]),
            "epreuve": rng.choice(LOT_EPREUVES) if rng.random() < 0.4 else "E5",
            "depose_le": rng.choice(LOT_DATES) if rng.random() < 0.6 else "2026-04-22 11:00",
            "commission": "3",
        }
        cells = [values[h].replace(delimiter, " ") if h != "nom" else values[h] for h in header]
        if rng.random() < 0.12:
            cells = cells[: rng.randint(1, len(cells) - 1)]
            kinds.append("ligne_courte")
        line = delimiter.join(f'"{c}"' if ("\n" in c or delimiter in c) else c for c in cells)
        if rng.random() < 0.05:
            line += '"'  # unbalanced quote
            kinds.append("guillemet")
        lines.append(line)
        rows.append(values["numero"])
    text = "\n".join(lines) + "\n"
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "cp1252", "utf-16"])
    if encoding != "utf-8":
        kinds.append(encoding)
    (dest / "candidats.csv").write_bytes(text.encode(encoding, "replace"))
    for numero in rows:
        if not numero or "/" in numero or "\x00" in numero or numero in (".", "..") or rng.random() < 0.1:
            continue
        folder = os.path.join(os.fsencode(dest), os.fsencode(numero.strip() or "_"))
        try:
            if rng.random() < 0.05:
                os.symlink("/etc", folder)
                kinds.append("lien_dossier")
                continue
            os.makedirs(folder, exist_ok=True)
        except OSError:
            continue
        for _ in range(rng.randint(0, 3)):
            name = rng.choice(LOT_NAMES)
            target = os.path.join(folder, name)
            try:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                if rng.random() < 0.05:
                    os.symlink("/etc/passwd", target)
                    kinds.append("lien_fichier")
                elif name == b"vide.pdf":
                    open(target, "wb").close()
                else:
                    with open(target, "wb") as fh:
                        fh.write(rng.choice(seeds).read_bytes())
                if name not in (b"attestation.pdf",):
                    kinds.append("nom")
            except OSError:
                continue
    return sorted(set(kinds)) or ["sain"]


def _lot_session() -> Any:
    from pipeline.models import Epreuve, Evenement, EventSource, Examen, SessionData, Source

    return SessionData(
        source=Source(fichier="circulaire.pdf", sha256="12" * 32, format="pdf"),
        examen=Examen(sigle="SIO", session=2026),
        epreuves=[Epreuve(code="E5"), Epreuve(code="E6")],
        evenements=[
            Evenement(type="depot_dossier", debut="2026-04-22T12:00", epreuves=["E5"], libelle="Dépôt",
                      source=EventSource(extrait="au plus tard le 22 avril 2026 à 12h00"))
        ],
    )


# ------------------------------------------------------------------------------------------ running


def _summary(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)[-3:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(tb))
    return f"{type(exc).__name__}: {str(exc)[:200]} @ {where}"


def _caused_by_memory(exc: BaseException | None) -> bool:
    while exc is not None:
        if isinstance(exc, MemoryError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


XLSX_EXPECTED = (
    "BadZipFile",
    "InvalidFileException",
    "KeyError",
    "ValueError",
    "error",
    "EOFError",
    "OSError",
    "ParseError",
    "XMLSyntaxError",
    "TypeError",
    "IndexError",
    "AttributeError",
)


def run_target(target: str, path: Path) -> dict[str, Any]:
    """In the child: run the target once and classify the outcome."""
    from core.errors import BtsError

    try:
        if target == "readers":
            from extractors.readers import read_document

            doc = read_document(path)
            payload: Any = dataclasses.asdict(doc)
            outcome, detail = "ok", f"{doc.format} {len(doc.pages)} p."
        elif target == "dossier":
            from pipeline.check import analyse_files

            facts = analyse_files([(path.name, str(path))], timeout=3600)[0]  # as a worker of bts check does
            payload = dataclasses.asdict(facts)
            outcome = "clean" if facts.erreur else "ok"
            detail = facts.erreur or facts.type_piece
        elif target == "lot":
            from pipeline.check import run_batch
            from pipeline.storage import Store

            store = Store(f"sqlite:///{path / 'lot.sqlite'}")
            report = run_batch(path / "depot", _lot_session(), "E5", store, workers=0, timeout=3600)
            payload = report.controle(_lot_session()).model_dump(mode="json")
            outcome = "ok"
            statuts = Counter(r.statut for r in report.resultats)
            detail = ", ".join(f"{k} {v}" for k, v in sorted(statuts.items())) or "aucun candidat"
        else:
            from extractors.pdf_fast import xlsx_text

            text = xlsx_text(path)
            payload, outcome, detail = {"text": text}, "ok", f"{len(text)} car."
        json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        return {"outcome": outcome, "detail": detail}
    except BtsError as exc:
        if target in ("readers", "lot", "xlsx"):  # our own refusal (xlsx: the zip guards)
            kind = "memory" if _caused_by_memory(exc) else "clean"
            cause = type(exc.__cause__).__name__ if exc.__cause__ else ""
            return {
                "outcome": kind,
                "detail": f"{type(exc).__name__}({cause}): {exc.message[:120]}",
                "french": exc.french(),
            }
        return {"outcome": "crash", "detail": _summary(exc)}
    except MemoryError as exc:
        return {"outcome": "memory", "detail": _summary(exc)}
    except Exception as exc:  # noqa: BLE001 - this is what we are looking for
        if target == "xlsx" and type(exc).__name__ in XLSX_EXPECTED:
            return {"outcome": "clean", "detail": f"{type(exc).__name__}: {str(exc)[:100]}"}
        return {"outcome": "crash", "detail": _summary(exc)}


def _proc_status(pid: int) -> dict[str, int]:
    """VmHWM (peak resident) and VmPeak (peak address space) of a live process, in MB (empty if gone)."""
    out: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(("VmHWM:", "VmPeak:")):
                    out[line.split(":")[0]] = int(line.split()[1]) // 1024
    except (OSError, ValueError, IndexError):
        pass
    return out


def _child(conn, target: str, path: str, memory_mb: int) -> None:  # noqa: ANN001 - mp Connection
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024, memory_mb * 1024 * 1024))
    os.environ["BTS_WORKER_MEMORY"] = str(memory_mb / 1024)
    t0 = time.perf_counter()
    res = run_target(target, Path(path))
    res["seconds"] = round(time.perf_counter() - t0, 3)
    res["maxrss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    conn.send(res)
    conn.close()
    os._exit(0)


def _preload(target: str) -> None:
    """Import the heavy libraries once in the parent so that each forked child starts at once."""
    import docx  # noqa: F401
    import openpyxl  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdf  # noqa: F401
    import pypdfium2  # noqa: F401

    import extractors.pdf_text  # noqa: F401
    import extractors.readers  # noqa: F401

    if target in ("dossier", "lot"):
        import extractors.dossier  # noqa: F401
        import pipeline.check  # noqa: F401


def run_cases(target: str, cases: list[dict[str, Any]], jobs: int, timeout: float, memory_mb: int) -> None:
    ctx = mp.get_context("fork")
    pending = list(cases)
    running: list[tuple[Any, Any, float, dict[str, Any]]] = []
    done = 0
    while pending or running:
        while pending and len(running) < jobs:
            case = pending.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(child, target, case["file"], memory_mb), daemon=True)
            proc.start()
            child.close()
            running.append((proc, parent, time.perf_counter(), case))
        time.sleep(0.005)
        still = []
        for proc, conn, t0, case in running:
            elapsed = time.perf_counter() - t0
            if proc.pid is not None:
                st = _proc_status(proc.pid)
                case["peak_rss_mb"] = max(case.get("peak_rss_mb", 0), st.get("VmHWM", 0))
                case["peak_vm_mb"] = max(case.get("peak_vm_mb", 0), st.get("VmPeak", 0))
            if conn.poll():
                try:
                    case.update(conn.recv())
                except EOFError:
                    pass
            if "outcome" in case or not proc.is_alive():
                proc.join(1)
                if "outcome" not in case and conn.poll(0.5):  # sent just before exiting
                    try:
                        case.update(conn.recv())
                    except EOFError:
                        pass
                if "outcome" not in case:
                    code = proc.exitcode
                    sig = signal.Signals(-code).name if code is not None and code < 0 else f"code {code}"
                    at_limit = case.get("peak_vm_mb", 0) >= 0.9 * memory_mb
                    if sig in ("SIGABRT", "SIGSEGV", "SIGBUS", "SIGTRAP") and at_limit:
                        # what bts check reports as fichier_trop_complexe (the worker dies at the limit)
                        case.update(outcome="memory", detail=f"child died at the memory limit ({sig})",
                                    seconds=round(elapsed, 3))
                    else:
                        case.update(outcome="crash", detail=f"child died ({sig})", seconds=round(elapsed, 3))
                conn.close()
                done += 1
            elif elapsed > timeout:
                proc.kill()
                proc.join(1)
                conn.close()
                case.update(outcome="hang", detail=f"> {timeout:.0f} s", seconds=round(elapsed, 3))
                done += 1
            else:
                still.append((proc, conn, t0, case))
        running = still


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--target", choices=["readers", "dossier", "xlsx", "lot"], default="readers")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--memory-mb", type=int, default=1536)
    ap.add_argument("--save-dir", type=Path, default=Path(tempfile.gettempdir()) / "fuzz_repro")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument(
        "--corpus", action="store_true", help="run the target on samples/fuzz/ (hostile files), no mutation"
    )
    args = ap.parse_args(argv)

    _preload(args.target)
    work = Path(tempfile.mkdtemp(prefix="fuzz_"))
    seeds = seed_files(args.target, work)
    blobs = {p: p.read_bytes() for p in seeds}
    cases: list[dict[str, Any]] = []
    if args.corpus:
        corpus = sorted(
            p for p in (ROOT / "samples" / "fuzz").glob("*") if p.suffix in (".pdf", ".docx", ".xlsx")
        )
        for i, src in enumerate(corpus):
            cases.append(
                {
                    "case": i,
                    "seed_file": src.name,
                    "mutations": [],
                    "file": str(src),
                    "octets": src.stat().st_size,
                }
            )
    for i in range(0 if args.corpus else args.cases):
        rng = random.Random(args.seed * 1_000_003 + i)
        if args.target == "lot":
            case_dir = work / f"case{i:05d}"
            kinds = make_lot_case(rng, [p for p in seeds if p.suffix == ".pdf"][:4], case_dir / "depot")
            cases.append({"case": i, "seed_file": "lot", "mutations": kinds, "file": str(case_dir), "octets": 0})
            continue
        src = rng.choice(seeds)
        data, muts = mutate(rng, blobs[src])
        f = work / f"case{i:05d}{src.suffix}"
        f.write_bytes(data)
        cases.append(
            {"case": i, "seed_file": src.name, "mutations": muts, "file": str(f), "octets": len(data)}
        )
    t0 = time.perf_counter()
    run_cases(args.target, cases, args.jobs, args.timeout, args.memory_mb)
    wall = time.perf_counter() - t0

    tag = "corpus" if args.corpus else f"seed{args.seed}"
    counts = Counter(c["outcome"] for c in cases)
    bad = [c for c in cases if c["outcome"] not in ("ok", "clean")]
    args.save_dir.mkdir(parents=True, exist_ok=True)
    for c in bad:
        dest = args.save_dir / f"{args.target}_{tag}_{Path(c['file']).name}"
        if Path(c["file"]).is_dir():
            shutil.copytree(c["file"], dest, symlinks=True, dirs_exist_ok=True)
        else:
            dest.write_bytes(Path(c["file"]).read_bytes())
        c["reproducer"] = str(dest)
    secs = [c.get("seconds", 0.0) for c in cases]
    rss = [max(c.get("maxrss_mb", 0), c.get("peak_rss_mb", 0)) for c in cases]
    worst = max(cases, key=lambda c: max(c.get("maxrss_mb", 0), c.get("peak_rss_mb", 0))) if cases else {}
    by_seed: dict[str, Counter] = {}
    for c in cases:
        by_seed.setdefault(c["seed_file"], Counter())[c["outcome"]] += 1
    by_mut: dict[str, Counter] = {}
    for c in cases:
        for m in set(c["mutations"]):
            by_mut.setdefault(m, Counter())[c["outcome"]] += 1
    clean_kinds = Counter(c["detail"].split(":")[0] for c in cases if c["outcome"] == "clean")
    report = {
        "target": args.target,
        "seed": args.seed,
        "cases": len(cases),
        "jobs": args.jobs,
        "timeout_s": args.timeout,
        "memory_mb": args.memory_mb,
        "wall_s": round(wall, 1),
        "counts": {k: counts.get(k, 0) for k in ("ok", "clean", "crash", "hang", "memory")},
        "seconds": {
            "median": round(statistics.median(secs), 3),
            "p95": round(sorted(secs)[int(0.95 * len(secs)) - 1], 3),
            "max": max(secs),
        },
        "maxrss_mb_max": max(rss) if rss else None,
        "maxrss_mb_median": statistics.median(rss) if rss else None,
        "maxrss_worst_case": {k: worst.get(k) for k in ("case", "seed_file", "mutations", "outcome", "detail")},
        "clean_kinds": dict(clean_kinds.most_common()),
        "by_seed": {k: dict(v) for k, v in sorted(by_seed.items())},
        "by_mutation": {k: dict(v) for k, v in sorted(by_mut.items())},
        "by_mutation_maxrss_mb": {
            k: max(max(c.get("maxrss_mb", 0), c.get("peak_rss_mb", 0)) for c in cases if k in c["mutations"])
            for k in sorted(by_mut)
        },
        "problems": [{k: v for k, v in c.items() if k != "file"} for c in bad],
    }
    out = args.out or RESULTS / f"fuzz_{args.target}_{tag}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    print(f"fuzz {args.target}: {len(cases)} cases, {tag}, {wall:.0f} s wall, {args.jobs} jobs")
    print(f"{'outcome':<10}{'cases':>8}")
    for k in ("ok", "clean", "crash", "hang", "memory"):
        print(f"{k:<10}{counts.get(k, 0):>8}")
    print(
        f"time per case: median {report['seconds']['median']} s, p95 {report['seconds']['p95']} s, "
        f"max {report['seconds']['max']} s; peak RSS per case: median {report['maxrss_mb_median']} MB, "
        f"max {report['maxrss_mb_max']} MB (limit {args.memory_mb} MB)"
    )
    print(f"{'family':<22}" + "".join(f"{k:>8}" for k in ("ok", "clean", "crash", "hang", "memory")) + "  max RSS MB")
    for name, cnt in sorted(by_mut.items()):
        top = max((max(c.get("maxrss_mb", 0), c.get("peak_rss_mb", 0)) for c in cases if name in c["mutations"]),
                  default=0)
        print(f"{name[:21]:<22}" + "".join(f"{cnt.get(k, 0):>8}" for k in ("ok", "clean", "crash", "hang", "memory"))
              + f"  {top:>10}")
    print(f"{'seed file':<48}" + "".join(f"{k:>8}" for k in ("ok", "clean", "crash", "hang", "memory")))
    for name, cnt in sorted(by_seed.items()):
        print(
            f"{name[:47]:<48}"
            + "".join(f"{cnt.get(k, 0):>8}" for k in ("ok", "clean", "crash", "hang", "memory"))
        )
    for c in bad[:30]:
        print(f"  {c['outcome']:<7}{c['seed_file']} {'+'.join(c['mutations'])}: {c['detail'][:150]}")
        print(f"         {c['reproducer']}")
    print(f"report: {out}")
    shutil.rmtree(work, ignore_errors=True)  # the cases worth keeping were copied to --save-dir
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
