"""`bts fill` (DOCX + PDF) against LibreOffice alone converting the same DOCX in one batch, in one run.

    python -m benchmarks.bench_fill                    # quick: 150 candidates × 3 forms
    python -m benchmarks.bench_fill --candidats 1300   # a full académie (README figures)
    python -m benchmarks.bench_fill --sans-reference   # bts fill only

Synthetic candidates (each with a regularisable non-conformity, so each gets VI-2, VI-3 and VI-4) and
evaluations; the session is built in memory with the rules of 2026. In order, in one process:

1. `bts fill` with an empty layout cache: the templates are laid out by LibreOffice (one batch), then every
   form is written as DOCX and its PDF stamped, commission PDFs streamed;
2. `bts fill` again, layout cache warm (what every run after the first costs);
3. the reference: LibreOffice converting the DOCX of run 1 in batches of `--lot-reference` files per
   process, one process at a time, as the previous `bts fill` did (one soffice process given all 450 files
   stopped after 245 with exit code 0 on the development machine: 200 is the largest batch it converts
   whole).

Ratio = bts fill ÷ LibreOffice, in wall-clock seconds and in CPU seconds (the machine is shared: CPU
seconds do not depend on the load). Output in temp folders, removed; figures appended to
benchmarks/results/fill.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from generators.annexes import fill, formset_for
from pipeline.evaluations import Candidat, Evaluation
from pipeline.models import Evenement, Examen, SessionData, Source

NOMS = ["Bernard", "Œuvray", "Lefèvre", "Dupont", "Noël", "Faure", "Müller", "Benoît"]
PRENOMS = ["Zoé", "Léa", "Maëlle", "Anaïs", "Chloé", "Hugo", "Jérôme", "Élise"]
RESULTS = Path(__file__).resolve().parent / "results" / "fill.json"


def synthetic(n: int) -> tuple[SessionData, list[Candidat], dict[str, Evaluation]]:
    session = SessionData(
        source=Source(fichier="bench.pdf", sha256="c" * 64, format="pdf"),
        examen=Examen(sigle="SIO", session=2026),
        evenements=[Evenement(type="controle_conformite", debut="2026-05-06T14:00", epreuves=["E5"], libelle="c")],
    )
    people, evals = [], {}
    ids = ["equipe", "patrimoine", "incidents", "presence_en_ligne", "projet", "mise_a_disposition",
           "developpement_professionnel"]
    for i in range(n):
        numero = f"26SIO{i:05d}"
        people.append(Candidat(numero, NOMS[i % 8], PRENOMS[(i // 8) % 8], ("SISR", "SLAM")[i % 2],
                               ("ponctuelle", "ccf")[i % 3 == 0], "E5", commission=str(1 + i // 40),
                               statut="non_conforme", motifs=["documents_non_signes"]))
        evals[numero] = Evaluation(numero, i + 2, {c: 1 + (i + k) % 5 for k, c in enumerate(ids)},
                                   Decimal(i % 41) / 2, "Observations partie 1.", "Observations partie 2.",
                                   "Appréciation générale.")
    return session, people, evals


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _fill_once(args: argparse.Namespace, label: str) -> tuple[dict[str, Any], Path]:
    session, people, evals = synthetic(args.candidats)
    fs = formset_for(session, date="2026-05-21", membres=["A. Martin", "B. Durand"])
    out = Path(tempfile.mkdtemp(prefix="bench-fill-"))
    t0, cpu0 = time.perf_counter(), _cpu()
    report = fill(fs, people, evals, out, batch_size=args.lot, workers=args.workers)
    total, cpu = time.perf_counter() - t0, _cpu() - cpu0
    n = len(report.produced)
    print(f"{label} : {n} formulaires en {total:.1f} s ({n / total:.1f}/s ; DOCX {report.docx_seconds:.1f} s, "
          f"PDF {report.pdf_seconds:.1f} s dont {report.stamped} tamponnés, {len(report.merged)} PDF de "
          f"commission ; CPU {cpu:.1f} s ; mémoire max du processus {_rss_mb():.0f} Mo)")
    for line in report.notices[:5]:
        print(f"   note : {line}")
    return {"formulaires": n, "secondes": round(total, 2), "docx_s": round(report.docx_seconds, 2),
            "pdf_s": round(report.pdf_seconds, 2), "tamponnes": report.stamped, "cpu_s": round(cpu, 2),
            "rss_max_mo": round(_rss_mb())}, out


def _rss_mb() -> float:
    """This process's peak resident memory so far (Linux: kB): flat in the number of forms when PDFs
    stream, so 1 000 and 10 000 forms give about the same."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidats", type=int, default=150)
    ap.add_argument("--lot", type=int, default=200, help="files per LibreOffice call (forms not stamped)")
    ap.add_argument("--workers", type=int, default=1, help="LibreOffice processes at once (forms not stamped)")
    ap.add_argument("--sans-reference", action="store_true", help="skip the LibreOffice-alone reference")
    ap.add_argument("--lot-reference", type=int, default=200, help="files per soffice process (reference)")
    args = ap.parse_args(argv)
    cache = Path(tempfile.mkdtemp(prefix="bench-layouts-"))
    os.environ["BTS_LAYOUT_CACHE"] = str(cache)
    outs: list[Path] = []
    print(f"{args.candidats} candidats × 3 formulaires ; charge de la machine {os.getloadavg()[0]:.1f} "
          f"sur {os.cpu_count()} cœurs")
    try:
        cold, out = _fill_once(args, "bts fill, modèles à mettre en page")
        outs.append(out)
        warm, out2 = _fill_once(args, "bts fill, mise en page en cache   ")
        outs.append(out2)
        record: dict[str, Any] = {"candidats": args.candidats, "froid": cold, "chaud": warm,
                                  "charge": round(os.getloadavg()[0], 2), "coeurs": os.cpu_count()}
        if not args.sans_reference:
            from generators.pdf import convert_to_pdf

            docx = sorted((out / "docx").glob("*.docx"))
            ref_dir = out / "reference"
            t0, cpu0 = time.perf_counter(), _cpu()
            convert_to_pdf(docx, ref_dir, batch_size=args.lot_reference, timeout_per_file=30.0)
            ref, ref_cpu = time.perf_counter() - t0, _cpu() - cpu0
            print(f"LibreOffice seul, {len(docx)} DOCX par lots de {args.lot_reference} : {ref:.1f} s "
                  f"({len(docx) / ref:.1f}/s ; CPU {ref_cpu:.1f} s)")
            print(f"rapport bts fill / LibreOffice : {cold['secondes'] / ref:.2f} (mise en page comprise), "
                  f"{warm['secondes'] / ref:.2f} (en cache) ; en temps CPU {cold['cpu_s'] / ref_cpu:.2f} et "
                  f"{warm['cpu_s'] / ref_cpu:.2f}")
            record.update(libreoffice_s=round(ref, 2), libreoffice_cpu_s=round(ref_cpu, 2),
                          lot_reference=args.lot_reference,
                          rapport_froid=round(cold["secondes"] / ref, 3), rapport_chaud=round(warm["secondes"] / ref, 3),
                          rapport_cpu_froid=round(cold["cpu_s"] / ref_cpu, 3),
                          rapport_cpu_chaud=round(warm["cpu_s"] / ref_cpu, 3))
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        history = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else []
        history.append(record)
        RESULTS.write_text(json.dumps(history, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    finally:
        for path in outs:
            shutil.rmtree(path, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
