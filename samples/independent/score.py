"""Score `check` results against the independent corpus.

python -m samples.independent.score OUTDIR results.json [--split holdout|dev] [--json out.json] [--details]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

STATUTS = ["conforme", "non_conforme", "a_verifier"]
PRED = ["signé", "non signé", "à vérifier"]
CIBLE_AV = {"natif": 0.05, "scan": 0.20}


def _name(p: str) -> str:
    return p.replace("\\", "/").rstrip("/").split("/")[-1]


def same_piece(piece: str | None, fichier: str) -> bool:
    """A result's piece names the expected file (relative to the depot, to the candidate, or absolute)."""
    if not piece:
        return False
    piece = piece.replace("\\", "/")
    return piece == fichier or piece.endswith("/" + fichier) or _name(piece) == _name(fichier)


def prediction(res: dict | None, fichier: str) -> str:
    """non signé / signé / à vérifier for one attestation file."""
    if res is None:
        return "à vérifier"
    for an in res.get("anomalies") or []:
        if an.get("code") == "documents_non_signes" and same_piece(an.get("piece"), fichier):
            return "non signé"
    for sg in res.get("signatures") or []:
        if same_piece(sg.get("piece"), fichier) and sg.get("valide") is not False:
            return "signé"
    return "à vérifier"


def _ouvre(d: dt.date, sens: int) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=sens)
    return d


def same_period(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Same first and last working day (a period ending on a Sunday equals the one ending on the Friday)."""
    try:
        a0, a1 = (dt.date.fromisoformat(x[:10]) for x in a)
        b0, b1 = (dt.date.fromisoformat(x[:10]) for x in b)
    except (TypeError, ValueError):
        return False
    return _ouvre(a0, 1) == _ouvre(b0, 1) and _ouvre(a1, -1) == _ouvre(b1, -1)


def score(exp: dict, results: dict, split: str | None = None, details: bool | None = None) -> dict:
    """Everything the tables show, as a dict."""
    res_by = {r.get("numero"): r for r in results.get("resultats", [])}
    cands = {k: v for k, v in exp["candidats"].items() if split in (None, "all") or v["split"] == split}
    if details is None:
        details = split != "holdout"
    conf: dict[str, Counter] = {s: Counter() for s in ("conforme", "non_conforme")}
    faux_nc, motif_errone, motif_manquant, absents = [], [], [], []
    fam = defaultdict(lambda: {"signée": Counter(), "non signée": Counter()})
    av = {"natif": Counter(), "scan": Counter()}
    neg = defaultdict(Counter)
    scan_kind = defaultdict(Counter)
    per = defaultdict(Counter)
    for num, c in sorted(cands.items()):
        r = res_by.get(num)
        if r is None:
            absents.append(num)
        pred = (r or {}).get("statut", "absent")
        conf[c["statut"]][pred] += 1
        pm = set((r or {}).get("motifs") or [])
        em = set(c["motifs"])
        msgs = [f"{a.get('code')} — {a.get('piece') or ''} — {a.get('message', '')}" for a in (r or {}).get("anomalies") or []]
        if pred == "non_conforme" and (c["statut"] == "conforme" or not pm <= em):
            faux_nc.append({"numero": num, "attendu": sorted(em), "predit": sorted(pm), "famille": c["famille"],
                            "messages": msgs})
        elif pm - em:
            motif_errone.append({"numero": num, "attendu": sorted(em), "predit": sorted(pm)})
        if c["statut"] == "non_conforme" and pred == "non_conforme" and not em <= pm:
            motif_manquant.append({"numero": num, "attendu": sorted(em), "predit": sorted(pm)})
        for a in c["attestations"]:
            p = prediction(r, a["fichier"])
            truth = "signée" if a["signee"] else "non signée"
            fam[a["famille"]][truth][p] += 1
            kind = "scan" if a["scan"] else "natif"
            av[kind]["n"] += 1
            av[kind]["av"] += p == "à vérifier"
            if a["scan"]:
                scan_kind[a["scan"]][p] += 1
            if not a["signee"]:
                neg[a["negatif"]][p] += 1
            got = [(x.get("debut"), x.get("fin")) for x in ((r or {}).get("stage") or {}).get("periodes") or []
                   if same_piece(x.get("piece"), a["fichier"])]
            ok = all(any(same_period(tuple(e), g) for g in got) for e in a["periodes"])
            per[a["famille"]]["n"] += 1
            per[a["famille"]]["ok"] += ok
            per[a["famille"]]["aucune"] += not got
    out = {
        "split": split or "all", "candidats": len(cands), "resultats_absents": len(absents),
        "confusion_statut": {k: dict(v) for k, v in conf.items()},
        "faux_non_conformes": len(faux_nc), "motifs_errones": len(motif_errone), "motifs_manquants": len(motif_manquant),
        "attestations_par_famille": {k: {t: dict(v[t]) for t in v} for k, v in sorted(fam.items())},
        "negatifs": {k: dict(v) for k, v in sorted(neg.items(), key=lambda x: str(x[0]))},
        "scans": {k: dict(v) for k, v in sorted(scan_kind.items())},
        "a_verifier": {k: {"n": v["n"], "a_verifier": v["av"], "taux": (v["av"] / v["n"]) if v["n"] else 0.0,
                           "cible": CIBLE_AV[k]} for k, v in av.items()},
        "periodes": {k: dict(v) for k, v in sorted(per.items())},
    }
    if details:
        out["liste_faux_non_conformes"] = faux_nc
        out["liste_motifs_errones"] = motif_errone
        out["liste_motifs_manquants"] = motif_manquant
        out["liste_resultats_absents"] = absents
    return out


def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:.1f} %" if n else "—"


def markdown(s: dict) -> str:
    """French markdown tables."""
    L = [f"## Corpus indépendant — partition « {s['split']} » : {s['candidats']} candidats", ""]
    L += ["### Candidats : statut attendu × statut prédit", "",
          "| attendu \\ prédit | conforme | non_conforme | a_verifier | absent |", "|---|---|---|---|---|"]
    for k in ("conforme", "non_conforme"):
        v = s["confusion_statut"][k]
        L.append(f"| {k} | " + " | ".join(str(v.get(x, 0)) for x in STATUTS + ["absent"]) + " |")
    L += ["", f"**Faux non-conformes : {s['faux_non_conformes']}** (prédits non conformes pour un motif non "
          f"attendu) — motifs en trop sans être non conforme : {s['motifs_errones']} — non-conformes "
          f"attendus sans le bon motif : {s['motifs_manquants']}", ""]
    for f in s.get("liste_faux_non_conformes", []):
        L.append(f"- {f['numero']} ({f['famille']}) attendu {f['attendu'] or 'conforme'}, prédit {f['predit']}")
        L += [f"    - {m}" for m in f["messages"]]
    for f in s.get("liste_motifs_manquants", []):
        L.append(f"- motif manquant {f['numero']} : attendu {f['attendu']}, prédit {f['predit']}")
    if "liste_faux_non_conformes" not in s and s["split"] == "holdout":
        L.append("_(partition holdout : détails par candidat masqués)_")
    L += ["", "### Attestations : signature attendue × prédiction, par famille", "",
          "| famille | signée → signé | signée → non signé | signée → à vérifier | non signée → non signé | "
          "non signée → signé | non signée → à vérifier |", "|---|---|---|---|---|---|---|"]
    tot = {"signée": Counter(), "non signée": Counter()}
    for k, v in s["attestations_par_famille"].items():
        a, b = Counter(v.get("signée", {})), Counter(v.get("non signée", {}))
        tot["signée"].update(a)
        tot["non signée"].update(b)
        L.append(f"| {k} | {a['signé']} | {a['non signé']} | {a['à vérifier']} | {b['non signé']} | {b['signé']} | "
                 f"{b['à vérifier']} |")
    a, b = tot["signée"], tot["non signée"]
    L.append(f"| **total** | {a['signé']} | {a['non signé']} | {a['à vérifier']} | {b['non signé']} | {b['signé']} | "
             f"{b['à vérifier']} |")
    L += ["", "### Attestations non signées, par sorte de négatif", "",
          "| négatif | non signé | signé | à vérifier |", "|---|---|---|---|"]
    for k, v in s["negatifs"].items():
        L.append(f"| {k} | {v.get('non signé', 0)} | {v.get('signé', 0)} | {v.get('à vérifier', 0)} |")
    L += ["", "### Attestations numérisées, par sorte de scan", "", "| scan | signé | non signé | à vérifier |",
          "|---|---|---|---|"]
    for k, v in s["scans"].items():
        L.append(f"| {k} | {v.get('signé', 0)} | {v.get('non signé', 0)} | {v.get('à vérifier', 0)} |")
    L += ["", "### Taux « à vérifier » des attestations", "", "| origine | attestations | à vérifier | taux | cible |",
          "|---|---|---|---|---|"]
    for k, lib in (("natif", "nativement numériques"), ("scan", "numérisées (scan, photo)")):
        v = s["a_verifier"][k]
        L.append(f"| {lib} | {v['n']} | {v['a_verifier']} | {_pct(v['a_verifier'], v['n'])} | ≤ {v['cible']:.0%} |")
    L += ["", "### Périodes de stage retrouvées (stage.periodes pour la pièce)", "",
          "| famille | attestations | toutes périodes retrouvées | aucune période pour la pièce |", "|---|---|---|---|"]
    n = ok = 0
    for k, v in s["periodes"].items():
        n, ok = n + v.get("n", 0), ok + v.get("ok", 0)
        L.append(f"| {k} | {v.get('n', 0)} | {v.get('ok', 0)} | {v.get('aucune', 0)} |")
    L.append(f"| **total** | {n} | {ok} ({_pct(ok, n)}) | |")
    return "\n".join(L) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.independent.score", description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("results", type=Path)
    ap.add_argument("--split", choices=["holdout", "dev", "all"], default=None)
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    ap.add_argument("--details", action="store_true", help="list candidates even for the holdout split")
    a = ap.parse_args(argv)
    exp = json.loads((a.outdir / "expected.json").read_text(encoding="utf-8"))
    res = json.loads(a.results.read_text(encoding="utf-8"))
    s = score(exp, res, a.split, True if a.details else None)
    sys.stdout.write(markdown(s))
    if a.json:
        a.json.write_text(json.dumps(s, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
