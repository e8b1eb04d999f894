"""Ingest benchmark: `bts ingest` cold (new process, imports included) and warm (in-process), and the
text extraction's pages/s against `pdftotext` on the same PDFs. Prints a Markdown table.

    python -m benchmarks.bench_ingest [--repeat 5] [--scans]

Also times the pattern circulars of samples/circulaires/motifs (a 43-page national calendar with its grids);
--scans adds their image-only copies, read with OCR (seconds per page).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOTIFS = ROOT / "samples" / "circulaires" / "motifs"
SAMPLES = sorted((ROOT / "samples" / "circulaires").glob("*.pdf")) + sorted(
    (ROOT / "samples" / "circulaires").glob("*.docx")) + sorted(
    p for p in MOTIFS.glob("*.pdf") if not p.name.endswith("_scan.pdf")) + sorted(MOTIFS.glob("*.docx"))
SCANS = sorted(MOTIFS.glob("*_scan.pdf"))


def _time(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--scans", action="store_true", help="also the scanned circulars (OCR, once each)")
    args = ap.parse_args()
    from extractors.readers import read_document
    from pipeline.ingest import extract_file

    bts = str(Path(sys.executable).parent / "bts")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env_db = {"BTS_DATABASE_URL": f"sqlite:///{tmp}/b.sqlite", "PATH": "/usr/bin:/bin",
                  "PYTHONPATH": str(ROOT)}  # this checkout, not the installed one
        for path in SAMPLES + (SCANS if args.scans else []):
            repeat = 1 if path in SCANS else args.repeat
            cold = _time(lambda p=path: subprocess.run([bts, "ingest", str(p), "--out", f"{tmp}/o.json"],
                                                       check=True, capture_output=True, env=env_db), repeat)
            if path not in SCANS:
                extract_file(path)  # warm caches
            warm = _time(lambda p=path: extract_file(p), repeat)
            read = _time(lambda p=path: read_document(p), repeat)
            pages = len(read_document(path).pages)
            row = {"fichier": path.name, "pages": pages, "froid_s": round(cold, 3), "chaud_s": round(warm, 3),
                   "lecture_s": round(read, 3)}
            if path.suffix == ".pdf":
                ptt = _time(lambda p=path: subprocess.run(["pdftotext", "-layout", str(p), f"{tmp}/o.txt"], check=True),
                            repeat)
                row.update(pages_s=round(pages / read, 1), pdftotext_pages_s=round(pages / ptt, 1))
            rows.append(row)
    print("| fichier | pages | bts ingest à froid (s) | à chaud (s) | lecture (s) | pages/s | pdftotext pages/s |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['fichier']} | {r['pages']} | {r['froid_s']} | {r['chaud_s']} | {r['lecture_s']} | "
              f"{r.get('pages_s', '—')} | {r.get('pdftotext_pages_s', '—')} |")
    out = ROOT / "benchmarks" / "results" / "ingest.json"
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
