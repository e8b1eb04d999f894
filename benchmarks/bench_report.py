"""Report benchmark: what `bts check` does once every candidate is analysed, for large batches — read the
stored results back, apply the commission's decisions (final verdicts), validate them, write the XLSX report.

    python -m benchmarks.bench_report [--sizes 5000,10000,100000] [--decisions 0.01]

Synthetic results shaped like the demo batch (anomalies, periods, signatures, penalties, pieces), stored in a
fresh SQLite database (setup, not timed), 1 % of them decided by a person. Times per phase, this process's CPU
time (independent of other work on the machine; the load average is recorded beside) and peak memory are merged
into benchmarks/results/report.json. Goal: 100,000 candidates ≤ 60 s, time linear in the batch size.
Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results" / "report.json"
LOT = "/data/depots/E5:E5"


def synthetic(i: int, rng: random.Random) -> dict[str, Any]:
    numero = f"0260{i:06d}"
    kind = rng.random()
    pieces = [
        {"fichier": "portfolio.pdf", "type": "portfolio", "octets": 180_000 + i, "pages": 12, "sha256": f"{i:064x}"},
        {"fichier": "attestation.pdf", "type": "attestation_stage", "octets": 40_000, "pages": 1,
         "sha256": f"{i + 1:064x}"},
        {"fichier": "tableau.xlsx", "type": "tableau_synthese", "octets": 9_000, "pages": None,
         "sha256": f"{i + 2:064x}"},
    ]
    anomalies = [{"code": "duree_stage", "gravite": "info",
                  "message": "attestation.pdf p.1 : stage du 6 janvier au 14 mars 2025, 10,0 semaines ; "
                             "requis 10 semaines (règles SIO, arrêté du 8 juillet 2024)."}]
    statut, motifs, penalites = "conforme", [], []
    if kind < 0.2:
        statut = "a_verifier"
        anomalies.append({"code": "signature_indeterminee", "gravite": "a_verifier", "piece": "attestation.pdf",
                          "page": 1, "message": "attestation.pdf p.1 : zone « Signature et cachet » : encre "
                                                "0,8 % (entre les seuils 0,5 % et 1,5 %) : à examiner.",
                          "preuve": f"{numero}/attestation_p1_z1.png"})
    elif kind < 0.35:
        statut, motifs = "non_conforme", ["depot_hors_delai"]
        anomalies.append({"code": "depot_hors_delai", "gravite": "motif",
                          "message": "déposé le 22 avril 2026 à 12:04, après la date limite du 22 avril 2026 à "
                                     "12:00 (circulaire p.2 : « au plus tard le 22 avril 2026 à 12h00 »)."})
    if kind > 0.9:
        penalites = [{"code": "absence_tableau_synthese", "points": 2, "libelle": "Absence de tableau de synthèse"}]
        pieces = pieces[:2]
    return {
        "numero": numero, "nom": rng.choice(["Martin", "Bernard", "Dubois", "Œuvray", "N'Diaye"]),
        "prenom": rng.choice(["Léa", "Hugo", "Zoé", "Maëlle", "Théo"]), "epreuve": "E5", "statut": statut,
        "motifs": motifs, "anomalies": anomalies, "penalites": penalites, "pieces": pieces,
        "stage": {"periodes": [{"debut": "2025-01-06", "fin": "2025-03-14", "piece": "attestation.pdf", "page": 1,
                                "extrait": "du 6 janvier 2025 au 14 mars 2025"}],
                  "semaines": 10.0, "semaines_requises": 10.0, "source_requises": "règles SIO"},
        "signatures": [{"piece": "attestation.pdf", "page": 1, "nature": "manuscrite", "valide": kind >= 0.2},
                       {"piece": "attestation.pdf", "page": 1, "nature": "manuscrite", "valide": kind >= 0.2}],
        "depose_le": "2026-04-20T10:00", "date_limite": "2026-04-22T12:00",
    }


def fill_store(url: str, n: int, share: float) -> None:
    """Setup (not timed): n results in one transaction, then a decision on `share` of them."""
    from pipeline.decisions import files_fingerprint
    from pipeline.storage import ReviewStore, Store, decisions, resultats

    store = Store(url)
    rng = random.Random(n)
    now = datetime.now(UTC)
    rows = [synthetic(i, rng) for i in range(n)]
    with store.engine.begin() as conn:
        conn.execute(resultats.insert(), [
            {"lot": LOT, "numero": r["numero"], "empreinte": "x" * 64, "statut": r["statut"],
             "data": json.dumps(r, ensure_ascii=False), "maj_le": now} for r in rows])
        picked = [r for r in rows if r["statut"] == "a_verifier"][: int(n * share)]
        conn.execute(decisions.insert(), [
            {"lot": LOT, "numero": r["numero"], "epreuve": "E5", "statut": "conforme", "motifs": "[]",
             "commentaire": "signature vérifiée sur l'original", "par": "Mme Durand", "le": now,
             "statut_machine": r["statut"], "empreinte_fichiers": files_fingerprint(r)} for r in picked])
    assert len(ReviewStore(store).latest_decisions(LOT)) == len(picked)


def measure(n: int, share: float) -> dict[str, Any]:
    from generators.report_xlsx import write_report
    from pipeline.decisions import final_resultats
    from pipeline.models import Resultat
    from pipeline.storage import Store

    with tempfile.TemporaryDirectory(prefix="bench_report_") as raw:
        tmp = Path(raw)
        url = f"sqlite:///{tmp / 'bench.sqlite'}"
        fill_store(url, n, share)
        c0 = time.process_time()
        t0 = time.perf_counter()
        rows = final_resultats(Store(url), LOT)
        t1 = time.perf_counter()
        models = [Resultat.model_validate(r) for r in rows]
        t2 = time.perf_counter()
        out = tmp / "rapport.xlsx"
        write_report(out, models, title="Contrôle E5", lot=LOT)
        t3 = time.perf_counter()
        cpu = time.process_time() - c0
        size = out.stat().st_size
        decided = sum(1 for r in rows if r.get("decision"))
    return {
        "candidats": n,
        "decides": decided,
        "lecture_et_decisions_s": round(t1 - t0, 2),
        "validation_s": round(t2 - t1, 2),
        "rapport_xlsx_s": round(t3 - t2, 2),
        "total_s": round(t3 - t0, 2),
        "cpu_s": round(cpu, 2),  # this process's CPU time: the figure that does not depend on other load
        "charge_machine": round(os.getloadavg()[0], 2),
        "ms_par_candidat": round(1000 * (t3 - t0) / n, 3),
        "rapport_octets": size,
        "rss_max_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "mesure_le": datetime.now().isoformat(timespec="seconds"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000,10000,100000")
    parser.add_argument("--decisions", type=float, default=0.01, help="share of candidates decided by a person")
    args = parser.parse_args(argv)
    saved = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {"runs": {}}
    for n in (int(x) for x in args.sizes.split(",") if x.strip()):
        run = measure(n, args.decisions)
        print(json.dumps(run, ensure_ascii=False), flush=True)
        saved["runs"][str(n)] = run
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(saved, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
