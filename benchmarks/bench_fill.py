"""Forms per second of `bts fill`: DOCX rendering (docxtpl) and PDF conversion (LibreOffice in batches).

    python -m benchmarks.bench_fill                    # quick: 100 candidates × 3 forms
    python -m benchmarks.bench_fill --candidats 1300   # a full académie
    python -m benchmarks.bench_fill --lot 100 --workers 2

Synthetic candidates (each with a regularisable non-conformity, so each gets VI-2, VI-3 and VI-4) and
evaluations; the session is built in memory with the rules of 2026. Output in a temp folder, removed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from generators.annexes import fill, formset_for
from pipeline.evaluations import Candidat, Evaluation
from pipeline.models import Evenement, Examen, SessionData, Source

NOMS = ["Bernard", "Œuvray", "Lefèvre", "Dupont", "Noël", "Faure", "Müller", "Benoît"]
PRENOMS = ["Zoé", "Léa", "Maëlle", "Anaïs", "Chloé", "Hugo", "Jérôme", "Élise"]


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidats", type=int, default=100)
    ap.add_argument("--lot", type=int, default=200, help="files per LibreOffice call")
    ap.add_argument("--workers", type=int, default=1, help="LibreOffice processes at once")
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args(argv)
    session, people, evals = synthetic(args.candidats)
    fs = formset_for(session, date="2026-05-21", membres=["A. Martin", "B. Durand"])
    out = Path(tempfile.mkdtemp(prefix="bench-fill-"))
    try:
        t0 = time.perf_counter()
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        report = fill(fs, people, evals, out, pdf=not args.no_pdf, batch_size=args.lot, workers=args.workers)
        total = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        soffice_cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
        n = len(report.produced)
        print(f"{args.candidats} candidats, {n} formulaires (charge de la machine : "
              f"{os.getloadavg()[0]:.1f} sur {os.cpu_count()} cœurs)")
        print(f"DOCX : {report.docx_seconds:.1f} s → {n / report.docx_seconds:.1f} formulaires/s")
        if not args.no_pdf:
            pages = sum(1 for _ in report.merged)
            print(f"PDF  : {report.pdf_seconds:.1f} s → {n / report.pdf_seconds:.1f} formulaires/s "
                  f"(lots de {args.lot}, {args.workers} processus LibreOffice, {pages} PDF de commission)")
            if soffice_cpu:
                print(f"       temps CPU de LibreOffice : {soffice_cpu:.1f} s → {n / soffice_cpu:.1f} formulaires/s "
                      "par cœur libre (indépendant de la charge de la machine)")
        print(f"total : {total:.1f} s → {n / total:.1f} formulaires/s")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
