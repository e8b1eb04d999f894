"""Error rate of the handwritten signature / stamp detector on generated attestations.

    python benchmarks/signature_error_rate.py [--n 40] [--scans 10] [--seed 7]

Makes n signed + n unsigned born-digital attestations (vector strokes of several widths and colours, pasted
signature images, stamps, ruled boxes, typed names under the label) and `scans` signed + `scans` unsigned
scanned ones (rendered, rotated, noisy, JPEG), runs analyse_file and compares the company/tutor zone verdict
with the truth. "indeterminee" is not an error (the dossier goes to a person) but is counted.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractors.dossier import analyse_file  # noqa: E402
from samples.dossiers import generate as g  # noqa: E402


def verdict(path: Path) -> str:
    facts = analyse_file(path, path.name)
    zones = [z for z in facts.zones_signature if z.role != "stagiaire"]
    if not zones:
        return "aucune_zone"
    if any(z.statut == "signee" for z in zones):
        return "signee"
    if all(z.statut == "vide" for z in zones):
        return "vide"
    return "indeterminee"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--scans", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind, count in (("natif", args.n), ("scan", args.scans)):
            for signed in (True, False):
                for i in range(count):
                    rng = random.Random(f"{args.seed}-{kind}-{signed}-{i}")
                    cand = g.Candidate("0", rng.choice(g.NOMS), rng.choice(g.PRENOMS), "SISR", "scolaire", "x", "", rng)
                    mode = ["vector", "image", "stamp"][i % 3]
                    period = [g.block(rng, 10, g.dt.date(2025, 1, 1))]
                    data = g.attestation_pdf(cand, period, signed=signed, mode=mode)
                    if kind == "scan":
                        data = g.scan_of(data, rng)
                    path = Path(tmp) / f"{kind}_{signed}_{i}.pdf"
                    path.write_bytes(data)
                    t = time.perf_counter()
                    rows.append((kind, signed, mode, verdict(path), time.perf_counter() - t))
    print(f"{'type':6} {'vérité':8} {'n':>4} {'erreurs':>8} {'indéterminées':>14} {'s/fichier':>10}")
    total_err = total_undecided = 0
    for kind in ("natif", "scan"):
        for signed in (True, False):
            sel = [r for r in rows if r[0] == kind and r[1] == signed]
            if not sel:
                continue
            wrong = sum(1 for r in sel if r[3] == ("vide" if signed else "signee") or r[3] == "aucune_zone")
            undecided = sum(1 for r in sel if r[3] == "indeterminee")
            total_err += wrong
            total_undecided += undecided
            print(f"{kind:6} {'signée' if signed else 'vide':8} {len(sel):4} {wrong:8} {undecided:14} "
                  f"{sum(r[4] for r in sel) / len(sel):10.3f}")
            for r in sel:
                if r[3] != ("signee" if signed else "vide"):
                    print(f"    {r[0]} {'signée' if r[1] else 'vide'} mode={r[2]} → {r[3]}")
    n = len(rows)
    print(f"taux d'erreur : {total_err}/{n} = {100 * total_err / n:.1f} % ; "
          f"indéterminées (à vérifier) : {total_undecided}/{n} = {100 * total_undecided / n:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
