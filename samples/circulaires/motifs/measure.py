"""Score the pattern circulars against their gold with the project's scorer (tests/data/score_session.py).

Run: python -m samples.circulaires.motifs.measure [dev|holdout|all] [--verbose] [--no-scan] [--dossier DIR]
[--seul MOT]

--dossier measures another folder of circulars with gold files of the same shape (for instance
samples/circulaires/independantes, written by someone who never read the extractor); --seul keeps the files
whose name contains MOT.

One line per file (DOCX, LibreOffice PDF, scan), then the mean per split and the key-event rate.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[2] / "tests" / "data" / "score_session.py"


def scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_session", SCORER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


PICTURES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")  # read with OCR, like scans
# spreadsheets are measured too: a calendar sent as a workbook the reader refuses scores nothing
READABLE = (".docx", ".pdf", ".html", ".htm", ".txt", ".md", ".odt", ".fodt", ".xlsx", ".ods", ".csv", ".doc", ".docm", ".dotx",
            ".rtf", ".xls", ".eml", ".mht", ".mhtml", ".zip", ".pptx", ".odp", ".xlsm", ".fods", ".xml", ".xps", ".oxps",
            ".epub", ".ics", ".vcs", *PICTURES)  # every kind a user may send: one the reader refuses scores 0


def cases(split: str = "all", scan: bool = True, folder: Path = HERE) -> list[tuple[Path, Path, str]]:
    """(sample file, gold file, split) of every built sample of the split. A file belongs to the gold whose
    stem is the longest that starts its name ("x_scan.pdf" to "x_scan.gold.json" when there is one)."""
    golds = {g.name[: -len(".gold.json")]: g for g in folder.glob("*.gold.json")}
    out = []
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() not in READABLE or p.name.endswith(".gold.json"):
            continue
        stems = [st for st in golds if p.name.startswith(st) and p.name[len(st):][:1] in (".", "_")]
        if not stems:
            continue
        gold = golds[max(stems, key=len)]
        g = json.loads(gold.read_text(encoding="utf-8"))
        if split != "all" and g["split"] != split:
            continue
        if scan or ("scan" not in p.name and "photo" not in p.name and p.suffix.lower() not in PICTURES):
            out.append((p, gold, g["split"]))
    return sorted(out, key=lambda c: (c[1].name, c[0].name))


def score(payload: dict[str, Any], gold: dict[str, Any]) -> tuple[float, dict[str, tuple[float, Any]]]:
    sc = scorer()
    facets = {name: fn(payload, gold) for name, fn in sc.FACETS}
    return sum(v for v, _ in facets.values()) / len(facets), facets


def main(argv: list[str]) -> int:
    from core.errors import BtsError
    from extractors.readers import read_document
    from pipeline.extract import extract_session

    split = next((a for a in argv[1:] if a in ("dev", "holdout", "all")), "dev")
    verbose = "--verbose" in argv
    folder = Path(argv[argv.index("--dossier") + 1]).resolve() if "--dossier" in argv else HERE
    only = argv[argv.index("--seul") + 1] if "--seul" in argv else ""
    totals: dict[str, list[float]] = {}
    keys: dict[str, list[int]] = {}
    for path, gold_path, sp in cases(split, scan="--no-scan" not in argv, folder=folder):
        if only not in path.name:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        try:
            payload = extract_session(read_document(path)).model_dump(mode="json")
        except BtsError as exc:  # a refused file scores nothing
            print(f"{sp:8s} {path.name:48s} refusé : {exc}")
            payload = {"examen": {}, "evenements": [], "epreuves": [], "centres": []}
        total, facets = score(payload, gold)
        n_keys = len(gold["cles"])
        found = n_keys - len(facets["cles"][1]["manquants"])
        totals.setdefault(sp, []).append(total)
        k = keys.setdefault(sp, [0, 0])
        k[0] += found
        k[1] += n_keys
        portee = payload.get("examen", {}).get("portee") or payload.get("portee")
        print(f"{sp:8s} {path.name:48s} {total:.3f}  clés {found}/{n_keys}  "
              + " ".join(f"{n}={v:.2f}" for n, (v, _) in facets.items())
              + f"  académie={payload['examen'].get('academie')} portée={portee}")
        if verbose:
            for n, (_v, detail) in facets.items():
                for label, items in detail.items():
                    if items:
                        print(f"      {n}.{label}: {json.dumps(items, ensure_ascii=False)}")
    for sp, vals in totals.items():
        print(f"{sp}: moyenne {sum(vals) / len(vals):.3f}, min {min(vals):.3f}, "
              f"clés {keys[sp][0]}/{keys[sp][1]} ({keys[sp][0] / keys[sp][1]:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
