"""Check benchmark: the whole `bts check` command (new process, fresh database) on N generated candidates,
against `pdftotext` over the same PDFs (one process per file, sequential and 2 in parallel with xargs -P2).

    python -m benchmarks.bench_check [--n 1300] [--scans-ratio 0.1] [--seed 1] [--workers N] [--keep DIR]

Reports total seconds, ms per dossier, candidates/s, peak memory (the largest process, and the sum over the
process tree sampled every 0.2 s), the ratio to pdftotext, and how many verdicts match expected.json.
Prints a Markdown table and merges the run into benchmarks/results/check.json (keyed by label). Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
CIRCULAR = ROOT / "samples" / "circulaires" / "circulaire_sio_2026_synthetique.pdf"
BIN = Path(sys.executable).parent


def bts() -> str:
    return str(BIN / "bts")


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (0 when it is gone)."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def run_measured(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> dict[str, Any]:
    """Run a command under /usr/bin/time -v: wall seconds, max RSS of its largest process, peak tree RSS."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-v", "-o", tf.name, *cmd] if Path("/usr/bin/time").exists() else cmd
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            full, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        peak = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, _tree_rss(proc.pid))
                stop.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, err = proc.communicate()
        seconds = time.perf_counter() - t0
        stop.set()
        sampler.join()
        maxrss_kb = 0
        for line in Path(tf.name).read_text(errors="replace").splitlines():
            if "Maximum resident set size" in line:
                maxrss_kb = int(line.rsplit(":", 1)[1])
    return {
        "returncode": proc.returncode,
        "seconds": round(seconds, 2),
        "rss_max_process_mb": round(maxrss_kb / 1024, 1),
        "rss_peak_tree_mb": round(peak / 2**20, 1),
        "stdout": out,
        "stderr": err,
    }


def fresh_env(tmp: Path) -> dict[str, str]:
    """A private database and state folder, nothing shared with the user's ./var."""
    env = dict(os.environ)
    env["BTS_DATABASE_URL"] = f"sqlite:///{tmp / 'bts.sqlite'}"
    env["BTS_HOME"] = str(tmp / "home")
    env.pop("PREFECT_API_URL", None)
    return env


def make_session(tmp: Path, env: dict[str, str]) -> Path:
    out = tmp / "session.json"
    subprocess.run([bts(), "ingest", str(CIRCULAR), "--out", str(out)], check=True, capture_output=True, env=env)
    return out


def generate(depot: Path, n: int, seed: int, scans_ratio: float, big: bool) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "samples.dossiers.generate", str(depot), "--n", str(n), "--seed", str(seed)]
    if scans_ratio > 0:
        cmd += ["--scans", "--scans-ratio", str(scans_ratio)]
    if not big:
        cmd.append("--sans-gros")
    subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
    return json.loads((depot / "expected.json").read_text(encoding="utf-8"))


def pdf_files(depot: Path) -> list[Path]:
    return sorted(p for p in depot.glob("*/*") if p.suffix.lower() == ".pdf" and p.is_file())


def pdftotext_sequential(pdfs: list[Path]) -> float:
    """One pdftotext process per file, one after another (what a user's shell loop does)."""
    t0 = time.perf_counter()
    for p in pdfs:
        subprocess.run(["pdftotext", "-q", str(p), "-"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def pdftotext_parallel(pdfs: list[Path], jobs: int = 2) -> float:
    """One pdftotext per file, `jobs` at a time (xargs -P): the fair comparison for a 2-core check."""
    listing = "\0".join(str(p) for p in pdfs).encode()
    t0 = time.perf_counter()
    subprocess.run(
        ["xargs", "-0", "-P", str(jobs), "-n", "1", "sh", "-c", 'pdftotext -q "$0" - > /dev/null || true'],
        input=listing,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def agreement(out_json: Path, expected: dict[str, Any]) -> tuple[int, int]:
    """Candidates whose (statut, motifs) match expected.json, and the number of candidates."""
    got = {r["numero"]: r for r in json.loads(out_json.read_text(encoding="utf-8"))["resultats"]}
    want = expected["candidats"]
    ok = 0
    for numero, w in want.items():
        g = got.get(numero)
        if g is not None and (g["statut"], sorted(g["motifs"])) == (w["statut"], sorted(w["motifs"])):
            ok += 1
        else:  # said, so that a difference can be looked at (the expected case, what came out and why)
            why = [a["code"] for a in (g or {}).get("anomalies", []) if a.get("gravite") != "info"]
            print(f"écart {numero} ({w.get('cas')}) : attendu {w['statut']} {sorted(w['motifs'])}, "
                  f"obtenu {g and g['statut']} {g and sorted(g['motifs'])} {why}", file=sys.stderr)
    return ok, len(want)


def save(kind: str, label: str, record: dict[str, Any]) -> Path:
    """Merge one run into benchmarks/results/<kind>.json (runs keyed by label)."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{kind}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    data.setdefault("runs", {})[label] = record
    data["machine"] = {"cpus": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scans-ratio", type=float, default=0.0, help="part des attestations numérisées (OCR)")
    ap.add_argument("--big", action="store_true", help="inclure les fichiers de plus de 5 Mo")
    ap.add_argument("--workers", type=int, default=None, help="--workers de bts check (défaut : cœurs)")
    ap.add_argument("--depot", type=Path, default=None, help="dossier déjà généré (sinon généré ici)")
    ap.add_argument("--keep", type=Path, default=None, help="garder le dépôt généré dans ce dossier")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench_check_") as raw:
        tmp = Path(raw)
        depot = args.depot or args.keep or tmp / "depot"
        t0 = time.perf_counter()
        if args.depot is None:
            if depot.exists():
                shutil.rmtree(depot)
            expected = generate(depot, args.n, args.seed, args.scans_ratio, args.big)
        else:
            expected = json.loads((depot / "expected.json").read_text(encoding="utf-8"))
        gen_s = None if args.depot else round(time.perf_counter() - t0, 1)
        n = len(expected["candidats"])
        env = fresh_env(tmp)
        session = make_session(tmp, env)
        out = tmp / "resultats.json"
        cmd = [bts(), "check", str(depot), "-s", str(session), "-e", "E5", "--out", str(out)]
        if args.workers is not None:
            cmd += ["--workers", str(args.workers)]
        run = run_measured(cmd, env=env)
        if run["returncode"] != 0:
            print(run["stderr"], file=sys.stderr)
            return 1
        ok, total = agreement(out, expected)
        pdfs = pdf_files(depot)
        seq = pdftotext_sequential(pdfs)
        par = pdftotext_parallel(pdfs, 2)

    label = f"n{n}_scans{args.scans_ratio:g}"
    record = {
        "candidats": n,
        "pdf": len(pdfs),
        "scans_ratio": args.scans_ratio,
        "workers": args.workers or os.cpu_count(),
        "generation_s": gen_s,
        "check_s": run["seconds"],
        "ms_par_dossier": round(1000 * run["seconds"] / n, 1),
        "candidats_par_s": round(n / run["seconds"], 1),
        "rss_max_process_mb": run["rss_max_process_mb"],
        "rss_peak_tree_mb": run["rss_peak_tree_mb"],
        "pdftotext_seq_s": round(seq, 2),
        "pdftotext_p2_s": round(par, 2),
        "ratio_pdftotext_seq": round(run["seconds"] / seq, 2),
        "ratio_pdftotext_p2": round(run["seconds"] / par, 2),
        "verdicts_conformes_attendu": f"{ok}/{total}",
        "mesure_le": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    path = save("check", label, record)
    print("| candidats (PDF) | scans | bts check (s) | ms/dossier | candidats/s | RSS max processus / arbre (Mo) "
          "| pdftotext séq. / -P2 (s) | ratio séq. / -P2 | verdicts = attendu |")
    print("|---|---|---|---|---|---|---|---|---|")
    r = record
    print(f"| {n} ({r['pdf']}) | {100 * args.scans_ratio:g} % | {r['check_s']} | {r['ms_par_dossier']} | "
          f"{r['candidats_par_s']} | {r['rss_max_process_mb']} / {r['rss_peak_tree_mb']} | "
          f"{r['pdftotext_seq_s']} / {r['pdftotext_p2_s']} | {r['ratio_pdftotext_seq']} / {r['ratio_pdftotext_p2']} "
          f"| {r['verdicts_conformes_attendu']} |")
    print(f"Écrit : {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
