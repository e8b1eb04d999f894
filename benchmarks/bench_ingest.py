"""Ingest benchmark: `bts ingest` cold (new process, imports included) and warm (in-process), and the
text extraction's pages/s against `pdftotext` on the same PDFs. Prints a Markdown table.

    python -m benchmarks.bench_ingest [--repeat 5]
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
SAMPLES = sorted((ROOT / "samples" / "circulaires").glob("*.pdf")) + sorted(
    (ROOT / "samples" / "circulaires").glob("*.docx"))


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
    args = ap.parse_args()
    from extractors.readers import read_document
    from pipeline.ingest import extract_file

    bts = str(Path(sys.executable).parent / "bts")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        env_db = {"BTS_DATABASE_URL": f"sqlite:///{tmp}/b.sqlite", "PATH": "/usr/bin:/bin"}
        for path in SAMPLES:
            cold = _time(lambda p=path: subprocess.run([bts, "ingest", str(p), "--out", f"{tmp}/o.json"],
                                                       check=True, capture_output=True, env=env_db), args.repeat)
            extract_file(path)  # warm caches
            warm = _time(lambda p=path: extract_file(p), args.repeat)
            read = _time(lambda p=path: read_document(p), args.repeat)
            pages = len(read_document(path).pages)
            row = {"fichier": path.name, "pages": pages, "froid_s": round(cold, 3), "chaud_s": round(warm, 3),
                   "lecture_s": round(read, 3)}
            if path.suffix == ".pdf":
                ptt = _time(lambda p=path: subprocess.run(["pdftotext", "-layout", str(p), f"{tmp}/o.txt"], check=True),
                            args.repeat)
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
