"""Mutation fuzzing of the document readers: every damaged file must give a clean answer, never a crash.

    python -m benchmarks.fuzz_readers --cases 1000 --seed 1 [--target readers|dossier|xlsx] [--jobs 2]
                                      [--timeout 10] [--memory-mb 2048] [--save-dir /tmp/fuzz_repro]
    python -m benchmarks.fuzz_readers --corpus --target dossier     (the hostile files of samples/fuzz/)

Seeds are the sample circulars (PDF, DOCX, TXT), the bad samples, and a small dossier PDF (compressed and
uncompressed) and XLSX generated here. Each case stacks one to three mutations (bit flips, byte sets,
truncation, chunk duplication/deletion/swap, number changes in PDF syntax, mutation inside an inflated PDF
content stream, zip member corruption that keeps the archive valid, XML corruption inside DOCX/XLSX parts)
and runs the target in a forked child under a time limit and an address-space limit (RLIMIT_AS).

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
    if target == "dossier":
        return generated + bad + circ[:2]
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


GENERIC = [m_bitflip, m_byteset, m_truncate, m_truncate_keep_tail, m_dup_chunk, m_swap_chunks]
PDF_ONLY = [m_numbers, m_pdf_keys, m_pdf_stream, m_pdf_stream]
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
        fn = rng.choice(pool)
        try:
            data = fn(rng, data)
        except Exception:  # noqa: BLE001 - a mutator failing on an already damaged file: fall back
            fn = m_bitflip
            data = m_bitflip(rng, data)
        names.append(fn.__name__[2:])
    return data, names


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
            from extractors.dossier import analyse_file

            facts = analyse_file(path, path.name)
            payload = dataclasses.asdict(facts)
            outcome = "clean" if facts.erreur else "ok"
            detail = facts.erreur or facts.type_piece
        else:
            from extractors.pdf_fast import xlsx_text

            text = xlsx_text(path)
            payload, outcome, detail = {"text": text}, "ok", f"{len(text)} car."
        json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
        return {"outcome": outcome, "detail": detail}
    except BtsError as exc:
        if target == "readers":
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


def _child(conn, target: str, path: str, memory_mb: int) -> None:  # noqa: ANN001 - mp Connection
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024, memory_mb * 1024 * 1024))
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

    if target == "dossier":
        import extractors.dossier  # noqa: F401


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
                    hint = (
                        ", likely an allocation failure under RLIMIT_AS"
                        if sig in ("SIGABRT", "SIGSEGV")
                        else ""
                    )
                    case.update(
                        outcome="crash", detail=f"child died ({sig}{hint})", seconds=round(elapsed, 3)
                    )
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
    ap.add_argument("--target", choices=["readers", "dossier", "xlsx"], default="readers")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--memory-mb", type=int, default=2048)
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
        dest.write_bytes(Path(c["file"]).read_bytes())
        c["reproducer"] = str(dest)
    secs = [c.get("seconds", 0.0) for c in cases]
    rss = [c["maxrss_mb"] for c in cases if "maxrss_mb" in c]
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
        "clean_kinds": dict(clean_kinds.most_common()),
        "by_seed": {k: dict(v) for k, v in sorted(by_seed.items())},
        "by_mutation": {k: dict(v) for k, v in sorted(by_mut.items())},
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
        f"max {report['seconds']['max']} s; peak RSS {report['maxrss_mb_max']} MB"
    )
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
