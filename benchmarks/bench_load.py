"""Load benchmark: ~10,000 synthetic candidates through `bts check --dask` (Prefect on a local Dask cluster,
2 workers) and through the in-process `bts check` on the same deposit folder, each with a fresh database.

    python -m benchmarks.bench_load [--n 10000] [--depot DIR] [--workers 2] [--skip-local]

Throughput, peak memory (largest process, and the process tree's sum), and the share of the Dask run spent on
orchestration: overhead = (t_dask − t_local) / t_dask. Each phase is merged into benchmarks/results/load.json
as soon as it ends, so a run stopped half-way still leaves its figures. Generating 10,000 candidates takes
~7 min and each run 10–20 min on 2 cores: start it with nohup. Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_check import agreement, bts, fresh_env, generate, make_session, run_measured, save


def _phase(name: str, depot: Path, extra: list[str], expected: dict[str, Any], workers: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix=f"bench_load_{name}_") as raw:
        tmp = Path(raw)
        env = fresh_env(tmp)
        session = make_session(tmp, env)
        out = tmp / "resultats.json"
        cmd = [bts(), "check", str(depot), "-s", str(session), "-e", "E5", "--out", str(out),
               "--workers", str(workers), *extra]
        print(f"[{time.strftime('%H:%M:%S')}] {name} : {' '.join(cmd)}", flush=True)
        run = run_measured(cmd, env=env)
        if run["returncode"] != 0:
            print(run["stderr"][-3000:], file=sys.stderr, flush=True)
            return {"erreur": run["stderr"][-500:], "seconds": run["seconds"]}
        ok, total = agreement(out, expected)
        statuts = [(r["numero"], r["statut"], r["motifs"]) for r in
                   json.loads(out.read_text(encoding="utf-8"))["resultats"]]
    n = len(expected["candidats"])
    return {
        "seconds": run["seconds"],
        "candidats_par_s": round(n / run["seconds"], 2),
        "ms_par_dossier": round(1000 * run["seconds"] / n, 1),
        "rss_max_process_mb": run["rss_max_process_mb"],
        "rss_peak_tree_mb": run["rss_peak_tree_mb"],
        "verdicts_conformes_attendu": f"{ok}/{total}",
        "_statuts": statuts,
    }


def _overhead(dask: dict[str, Any], local: dict[str, Any]) -> float | None:
    """Share of the Dask run not spent on the work itself: (t_dask − t_local) / t_dask."""
    if "erreur" in dask or "erreur" in local:
        return None
    return round((dask["seconds"] - local["seconds"]) / dask["seconds"], 3)


def _previous(label: str) -> dict[str, Any]:
    from benchmarks.bench_check import RESULTS

    try:
        return json.loads((RESULTS / "load.json").read_text(encoding="utf-8"))["runs"].get(label, {})
    except (OSError, ValueError, KeyError):
        return {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--depot", type=Path, default=None, help="dépôt déjà généré (sinon généré ici)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-local", action="store_true", help="ne mesurer que la passe Dask")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench_load_depot_") as raw:
        depot = args.depot or Path(raw) / "depot"
        gen_s = None
        if args.depot is None:
            t0 = time.perf_counter()
            expected = generate(depot, args.n, args.seed, 0.0, big=False)
            gen_s = round(time.perf_counter() - t0, 1)
        else:
            expected = json.loads((depot / "expected.json").read_text(encoding="utf-8"))
        n = len(expected["candidats"])
        label = f"n{n}_w{args.workers}"
        record: dict[str, Any] = {"candidats": n, "workers": args.workers, "generation_s": gen_s,
                                  "mesure_le": time.strftime("%Y-%m-%dT%H:%M:%S")}
        previous = _previous(label)  # read before this run's first save replaces it
        dask = _phase("dask", depot, ["--dask"], expected, args.workers)
        dask_statuts = dask.pop("_statuts", None)
        record["dask"] = dask
        save("load", label, record)
        if args.skip_local:  # keep the in-process figures of an earlier run on the same depot, if any
            if previous.get("local"):
                record["local"] = previous["local"]
                record["local_mesure_le"] = previous.get("local_mesure_le", previous.get("mesure_le"))
                record["surcout_prefect_dask"] = _overhead(dask, record["local"])
                record["memes_verdicts_passe_precedente"] = previous.get("memes_verdicts_dask_local")
                record["dask_passe_precedente"] = previous.get("dask")
                save("load", label, record)
        else:
            local = _phase("local", depot, [], expected, args.workers)
            local_statuts = local.pop("_statuts", None)
            record["local"] = local
            if dask_statuts is not None and local_statuts is not None:
                record["memes_verdicts_dask_local"] = dask_statuts == local_statuts
                record["surcout_prefect_dask"] = _overhead(dask, local)
            save("load", label, record)

    print("| passe | candidats | durée (s) | candidats/s | ms/dossier | RSS max processus / arbre (Mo) | "
          "verdicts = attendu |")
    print("|---|---|---|---|---|---|---|")
    for name in ("local", "dask"):
        r = record.get(name)
        if r and "seconds" in r and "erreur" not in r:
            print(f"| {name} | {n} | {r['seconds']} | {r['candidats_par_s']} | {r['ms_par_dossier']} | "
                  f"{r['rss_max_process_mb']} / {r['rss_peak_tree_mb']} | {r['verdicts_conformes_attendu']} |")
    if record.get("surcout_prefect_dask") is not None:
        print(f"Surcoût Prefect/Dask : {100 * record['surcout_prefect_dask']:.1f} % ; mêmes verdicts : "
              f"{record.get('memes_verdicts_dask_local', 'non comparés')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
