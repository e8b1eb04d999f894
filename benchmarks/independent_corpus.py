"""Independent corpus: build it, run `check`, print the score tables.

python -m benchmarks.independent_corpus [--split dev|holdout|all] [--seed 1] [--out DIR] [--no-scans]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from samples.independent import build, runner, score

RESULTS = Path(__file__).resolve().parent / "results"


def _taille(d: Path) -> tuple[int, int]:
    files = [p for p in d.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.independent_corpus", description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "holdout", "all"], default="dev")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, help="corpus folder (default: a temporary folder)")
    ap.add_argument("--no-scans", action="store_true")
    ap.add_argument("--save", action="store_true", help=f"write the figures to {RESULTS}/")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="indep_bench_") as tmp:
        out = a.out or Path(tmp) / "corpus"
        session = runner.ingest_session(Path(tmp) / "session.json", home=Path(tmp) / "home")
        t0 = time.perf_counter()
        exp = build.build(out, a.seed, a.split, a.no_scans, session=session, quiet=True)
        t_build = time.perf_counter() - t0
        t0 = time.perf_counter()
        runner.run_check(out, session, Path(tmp) / "resultats.json", home=Path(tmp) / "home")
        t_check = time.perf_counter() - t0
        res = json.loads((Path(tmp) / "resultats.json").read_text(encoding="utf-8"))
        s = score.score(exp, res, a.split)
        n_files, octets = _taille(out)
    n_att = sum(len(c["attestations"]) for c in exp["candidats"].values())
    n_scan = sum(1 for c in exp["candidats"].values() for x in c["attestations"] if x["scan"])
    print(f"# Corpus indépendant — graine {a.seed}, partition {a.split}\n")
    print(f"- {len(exp['candidats'])} candidats, {n_att} attestations (dont {n_scan} numérisées), {n_files} fichiers, "
          f"{octets / 1e6:.1f} Mo")
    print(f"- génération : {t_build:.0f} s ; contrôle (`check`) : {t_check:.0f} s")
    if exp["familles_ignorees"]:
        print(f"- familles ignorées (../shared/real absent) : {', '.join(exp['familles_ignorees'])}")
    print()
    print(score.markdown(s))
    if a.save:
        RESULTS.mkdir(exist_ok=True)
        s.update({"generation_s": round(t_build, 1), "controle_s": round(t_check, 1), "fichiers": n_files,
                  "octets": octets, "attestations": n_att, "numerisees": n_scan})
        (RESULTS / f"independent_corpus_{a.split}_seed{a.seed}.json").write_text(
            json.dumps(s, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
