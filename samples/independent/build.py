"""Build the independent corpus of candidate dossiers.

python -m samples.independent.build OUTDIR --seed N [--split holdout|dev|all] [--no-scans] [--session S.json]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import families as F
from . import portfolio, scans
from .runner import ingest_session
from .texts import (
    LYCEES,
    MISSIONS_SISR,
    MISSIONS_SLAM,
    Etudiant,
    choisir_style,
    jours_ouvres,
    organisme,
    personne,
    semaines,
    telephone,
)

SEMAINES_REQUISES = 10
MOTIFS_ORDRE = ["absence_dossier", "depot_hors_delai", "duree_stage_insuffisante", "documents_non_signes"]
SCAN_ROTATION = ["scan_gris", "scan_nb", "photo", "scan_couleur", "scan_gris", "scan_180", "basse_qualite",
                 "photo", "scan_nb", "scan_couleur"]
# share of each case for 114 candidates (scaled for another --n)
CAS = {"conforme": 74, "non_signe": 20, "duree": 9, "retard_minutes": 3, "retard_jours": 3, "absence": 3,
       "retard_non_signe": 1, "duree_non_signe": 1}
FORMULAIRES = {"sio_modele_national", "ciel_modele_ecole", "rh_champs", "rh_tableau", "ndrc_modele"}
MULTI_PERIODES = {"word_lettre_tableau", "formulaire_signature_decalee", "html_lettre", "pdfa_collectivite",
                  "deux_pages", "rh_champs", "rh_tableau", "lettre_cachet"}


@dataclass
class AttPlan:
    """One attestation to render, with its truth."""

    spec: F.Spec
    formulation: str

    def expected(self, numero: str) -> dict:
        s = self.spec
        return {"fichier": f"{numero}/{s.fichier}", "famille": s.famille, "variante": s.variante,
                "signee": s.signee, "negatif": s.negatif, "scan": s.scan, "formulation": self.formulation,
                "periodes": [[a.isoformat(), b.isoformat()] for a, b in s.periodes],
                "semaines": semaines(s.periodes)}


@dataclass
class CandPlan:
    """One candidate: manifest line, files and expected verdict."""

    numero: str
    etudiant: Etudiant
    cas: str
    depose_le: dt.datetime | None
    famille: str
    atts: list[AttPlan] = field(default_factory=list)
    portfolio: str | None = None
    tableau: str | None = None
    mention_attestations: bool = False
    split: str = "dev"
    seed: int = 0

    @property
    def periodes(self) -> list[tuple[dt.date, dt.date]]:
        return [p for a in self.atts for p in a.spec.periodes]

    def motifs(self, deadline: dt.datetime) -> list[str]:
        m = set()
        if self.cas == "absence":
            return ["absence_dossier"]
        if self.depose_le is not None and self.depose_le > deadline:
            m.add("depot_hors_delai")
        if jours_ouvres(self.periodes) < 5 * SEMAINES_REQUISES:
            m.add("duree_stage_insuffisante")
        if any(not a.spec.signee for a in self.atts):
            m.add("documents_non_signes")
        return [x for x in MOTIFS_ORDRE if x in m]


# ---------------------------------------------------------------- session

def deadline_from_session(path: Path, epreuve: str = "E5") -> dt.datetime:
    """The E5 depot_dossier deadline (a date alone means the end of that day)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    evs = [e for e in data.get("evenements", []) if e.get("type") == "depot_dossier"]
    evs = [e for e in evs if epreuve in (e.get("epreuves") or [])] or evs
    if not evs:
        raise SystemExit(f"{path} : aucun événement depot_dossier — impossible de connaître la date limite")
    debut = evs[0]["debut"]
    if "T" in debut:
        return dt.datetime.fromisoformat(debut)
    return dt.datetime.combine(dt.date.fromisoformat(debut), dt.time(23, 59))


# ---------------------------------------------------------------- plan

def _h(seed: int, numero: str) -> str:
    return hashlib.sha256(f"{seed}:{numero}".encode()).hexdigest()


def _lundi(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _periode(rng: random.Random, debuts: list[dt.date], semaines_: int, irregulier: bool = True) -> tuple:
    a = _lundi(rng.choice(debuts))
    b = a + dt.timedelta(days=7 * semaines_ - 3)
    if irregulier and rng.random() < 0.2:
        if rng.random() < 0.5:
            a += dt.timedelta(days=rng.randint(1, 2))
        else:
            b -= dt.timedelta(days=rng.randint(1, 2))
    return (a, b)


Y1 = [dt.date(2025, 5, 12), dt.date(2025, 5, 19), dt.date(2025, 5, 26), dt.date(2025, 6, 2)]
Y2 = [dt.date(2025, 11, 24), dt.date(2025, 12, 1), dt.date(2025, 12, 8), dt.date(2026, 1, 5),
      dt.date(2026, 1, 12), dt.date(2026, 1, 19)]
LONG = [dt.date(2026, 1, 5), dt.date(2026, 1, 12), dt.date(2025, 5, 12), dt.date(2025, 9, 8)]


def plan_periodes(rng: random.Random, forme: str, court: bool) -> list[list[tuple[dt.date, dt.date]]]:
    """Periods per attestation; conforming totals hold ≥ 10 weeks with or without public holidays."""
    for _ in range(500):
        if forme == "un_long":
            w = rng.randint(7, 9) if court else rng.choice([10, 10, 11, 12])
            out = [[_periode(rng, LONG, w, irregulier=court or w > 10)]]
        elif forme == "deux_att_y2":
            a = _periode(rng, [dt.date(2026, 1, 5), dt.date(2026, 1, 12)], rng.randint(3, 6), irregulier=False)
            a2 = _lundi(a[1] + dt.timedelta(days=rng.choice([3, 10])))
            w2 = rng.randint(3, 6)
            out = [[a], [(a2, a2 + dt.timedelta(days=7 * w2 - 3))]]
        else:
            lo, hi = (3, 5) if court else (4, 7)
            p1 = _periode(rng, Y1, rng.randint(lo, hi))
            p2 = _periode(rng, Y2, rng.randint(lo, hi + 1))
            out = [[p1, p2]] if forme == "une_att_deux_per" else [[p1], [p2]]
        flat = [p for ps in out for p in ps]
        n, n_fer = jours_ouvres(flat), jours_ouvres(flat, sans_feries=True)
        if court and n <= 49 and n >= 25:
            return out
        if not court and n >= 50 and n_fer >= 50 and n <= 70:
            return out
    raise RuntimeError("no period plan found")


def _fichier_att(rng: random.Random, c: Etudiant, fam: str, scan: str | None, k: int, pris: set[str]) -> str:
    nom = c.personne.nom.upper().replace(" ", "_").replace("'", "")
    if scan == "photo":
        choix = [f"IMG_2026{rng.randint(101, 331):04d}_{rng.randint(80000, 185959):06d}.pdf",
                 f"photo attestation {k + 1}.pdf"]
    elif scan:
        choix = [f"scan_2026-0{rng.randint(1, 3)}-{rng.randint(10, 28)}_{rng.randint(90000, 175959):06d}.pdf",
                 f"Numérisation {rng.randint(1, 40):04d}.pdf", f"attestation_stage_{k + 1}.pdf",
                 f"Doc{rng.randint(100, 9999)}.pdf"]
    elif fam == "certificat_travail":
        choix = ["certificat_travail.pdf", f"Certificat de travail {nom}.pdf"]
    else:
        choix = [f"attestation_stage_{nom}.pdf", f"Attestation de stage - {nom} {c.personne.prenom}.pdf",
                 f"att_stage_{k + 1}A.pdf", "attestation_stage.pdf", f"attestation-stage-{k + 1}.pdf"]
    for name in rng.sample(choix, len(choix)) + [f"attestation_{k + 1}.pdf"]:
        if name not in pris:
            pris.add(name)
            return name
    raise RuntimeError("no file name")


def plan(seed: int, n: int, deadline: dt.datetime) -> list[CandPlan]:
    """The whole corpus for a seed (independent of the split asked and of ../shared/real)."""
    rng = random.Random(f"independent-{seed}")
    total = sum(CAS.values())
    cas: list[str] = []
    for k, v in CAS.items():
        cas += [k] * max(1 if v else 0, round(v * n / total))
    cas = (cas + ["conforme"] * n)[:n]
    rng.shuffle(cas)
    fams = list(F.FAMILLES)
    rng.shuffle(fams)
    ordre_neg = list(F.NEGATIFS)
    cnt = {"nonsig": 0, "autre": 0, "scan": 0}
    neg_vus = dict.fromkeys(ordre_neg, 0)
    numeros: set[str] = set()
    exact = 0
    out: list[CandPlan] = []
    for i, cs in enumerate(cas):
        r = random.Random(f"{seed}-{i}")
        while True:
            numero = f"0{seed % 10}{r.randint(1000000, 9999999)}"
            if numero not in numeros:
                numeros.add(numero)
                break
        p = personne(r)
        age = r.choice([19, 20, 20, 21, 22])
        ville_e = r.choice(["Nice", "Antibes", "Cannes", "Grasse", "Toulon"])
        e = Etudiant(numero, p, dt.date(2026 - age, r.randint(1, 12), r.randint(1, 28)), r.choice(["SISR", "SLAM"]),
                     r.choice(LYCEES), f"{r.randint(1, 90)} rue des Lilas, {ville_e}",
                     f"{p.prenom.lower()}.{p.nom.lower().replace(' ', '')}@{r.choice(['gmail.com', 'outlook.fr'])}"
                     .replace("'", "").encode("ascii", "ignore").decode(),
                     telephone(r, mobile=True), {"age": age})
        non_signe = "non_signe" in cs
        key = "nonsig" if non_signe else "autre"
        fam = fams[cnt[key] % len(fams)]
        cnt[key] += 1
        # deposit time
        if cs == "absence":
            depose = None
        elif cs == "retard_minutes" or (cs == "retard_non_signe" and r.random() < 0.5):
            depose = deadline + dt.timedelta(minutes=r.randint(1, 45))
        elif cs.startswith("retard"):
            depose = deadline + dt.timedelta(days=r.randint(1, 6), minutes=r.randint(-300, 300))
        elif cs == "conforme" and exact < 5:
            depose = deadline - dt.timedelta(minutes=0 if exact < 3 else 1)
            exact += 1
        else:
            depose = deadline - dt.timedelta(minutes=r.randint(90, 12 * 24 * 60))
            if depose.hour < 7:
                depose += dt.timedelta(hours=8)
                depose = min(depose, deadline - dt.timedelta(minutes=5))
        cp = CandPlan(numero, e, cs, depose, fam, seed=seed)
        out.append(cp)
        if cs == "absence":
            continue
        court = cs.startswith("duree")
        meta = F.FAMILLES[fam]
        if meta.get("deux_periodes"):
            forme = "une_att_deux_per"
        elif meta.get("une_periode"):
            forme = r.choice(["deux_att", "deux_att", "un_long", "deux_att_y2"])
        else:
            forme = r.choice(["deux_att", "deux_att", "un_long", "une_att_deux_per", "deux_att_y2"]
                             if fam in MULTI_PERIODES else ["deux_att", "un_long", "deux_att_y2"])
        per = plan_periodes(r, forme, court)
        autres = [f for f in F.FAMILLES if not F.FAMILLES[f].get("reel") and f != fam
                  and not F.FAMILLES[f].get("deux_periodes")]
        fams_att = [fam] + [r.choice(autres) for _ in per[1:]]
        if r.random() < 0.5:
            fams_att.reverse()
            per.reverse()
        unsigned_idx = fams_att.index(fam) if non_signe else -1
        pris: set[str] = set()
        for k, (fa, ps) in enumerate(zip(fams_att, per, strict=True)):
            m = F.FAMILLES[fa]
            signee = k != unsigned_idx
            negatif = None
            if not signee:  # the family's least used negative so far
                negatif = min(m["negatifs"], key=lambda x: (neg_vus[x], ordre_neg.index(x)))
                neg_vus[negatif] += 1
            scan = None
            if r.random() < 0.4:
                scan = SCAN_ROTATION[cnt["scan"] % len(SCAN_ROTATION)]
                cnt["scan"] += 1
            a, b = ps[0][0], ps[-1][1]
            if fa in FORMULAIRES:
                style = "formulaire"
            else:
                style = choisir_style(r, a, b) if len(ps) == 1 else r.choice(["long", "numerique", "compter"])
            variante = r.choice(m["variantes"])
            if fa == "certificat_travail":
                style = "depuis" if variante == "depuis" else "long"
            fin_max = min(deadline.date() - dt.timedelta(days=14), dt.date(2026, 4, 9))
            fait = min(b + dt.timedelta(days=r.randint(0, 20)), fin_max)
            orga = organisme(r)
            tut = personne(r, r.choice(["Responsable informatique", "Administrateur systèmes et réseaux",
                                        "Directeur technique", "Gérant", "Chef de projet", "DSI"]))
            missions = r.sample(MISSIONS_SISR if e.option == "SISR" else MISSIONS_SLAM, 3)
            grat = r.choice(["", "0", f"{r.randint(600, 2600)},{r.randint(0, 99):02d}"])
            fich = _fichier_att(r, e, fa, scan, k, pris)
            spec = F.Spec(fa, e, orga, tut, ps, style if style not in ("formulaire", "depuis") else "numerique",
                          fait, signee, negatif, variante, r.randint(0, 10**9), fich, scan, missions, grat)
            cp.atts.append(AttPlan(spec, style))
        nom = p.nom.upper().replace(" ", "_").replace("'", "")
        cp.portfolio = r.choice([f"Portfolio_{nom}_{p.prenom}.pdf", "portfolio.pdf",
                                 f"Dossier professionnel - {p.prenom} {nom}.pdf", f"E5_portfolio_{numero}.pdf"])
        t = r.random()
        cp.tableau = None if t < 0.12 else (
            r.choice(["Tableau_de_synthese.xlsx", "tableau synthese E5.xlsx"]) if t < 0.22 else
            r.choice([f"Tableau_synthese_{nom}.pdf", "tableau de synthèse.pdf", f"E5_tableau_{numero}.pdf"]))
        cp.mention_attestations = r.random() < 0.4
    # stratified holdout: a third of each primary family, by hash of (seed, numero)
    by_fam: dict[str, list[CandPlan]] = {}
    for c in out:
        by_fam.setdefault(c.famille, []).append(c)
    for lst in by_fam.values():
        lst.sort(key=lambda c: _h(seed, c.numero))
        for c in lst[: round(len(lst) / 3)]:
            c.split = "holdout"
    return out


# ---------------------------------------------------------------- render

def _stages(c: CandPlan) -> list[tuple[str, list]]:
    return [(f"{a.spec.org.nom} ({a.spec.org.ville})", a.spec.periodes) for a in c.atts]


def render_candidate(c: CandPlan, outdir: Path, work: Path) -> list[tuple[str, Path, Path, str | None, int]]:
    """Write what needs no LibreOffice; return (kind, source, final, scan, seed) for the rest."""
    d = outdir / c.numero
    d.mkdir(parents=True, exist_ok=True)
    if c.cas == "absence":
        return []
    r = random.Random(f"render-{c.seed}-{c.numero}")
    w = work / c.numero
    w.mkdir(parents=True, exist_ok=True)
    todo = []
    portfolio.portfolio_pdf(c.etudiant, r, _stages(c), d / c.portfolio, c.mention_attestations)
    if c.tableau:
        if c.tableau.endswith(".xlsx"):
            portfolio.tableau_xlsx(c.etudiant, r, _stages(c), d / c.tableau)
        else:
            portfolio.tableau_pdf(c.etudiant, r, _stages(c), d / c.tableau)
    for k, a in enumerate(c.atts):
        s = a.spec
        fn = F.FAMILLES[s.famille]["fn"]
        final = d / s.fichier
        if s.famille in F.RL_FAMILIES:
            born = (w / f"{c.numero}__{k}.pdf") if s.scan else final
            fn(s, born)
            if s.scan:
                todo.append(("scan", born, final, s.scan, s.seed))
        else:
            s2 = F.Spec(**{**s.__dict__, "fichier": f"{c.numero}__{k}.pdf"})
            rendu = fn(s2, w)
            todo.append((rendu.kind, rendu.path, final, s.scan, s.seed))
    return todo


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice (soffice) est introuvable : installez libreoffice-writer-nogui")
    return exe


LO_FILTERS = {"lo": "pdf", "lo_html": "pdf:writer_web_pdf_Export",
              "lo_pdfa": 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'}


def convert_all(jobs: list[tuple[str, Path]], work: Path) -> dict[Path, Path]:
    """One soffice call per kind; returns source → produced PDF."""
    out: dict[Path, Path] = {}
    profile = work / "lo_profile"
    for kind, filt in LO_FILTERS.items():
        srcs = [p for k, p in jobs if k == kind]
        if not srcs:
            continue
        od = work / f"lo_out_{kind}"
        od.mkdir(exist_ok=True)
        cmd = [_soffice(), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
               "--convert-to", filt, "--outdir", str(od)] + [str(p) for p in srcs]
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)
        for p in srcs:
            pdf = od / (p.stem + ".pdf")
            if not pdf.exists():  # one retry, alone
                subprocess.run(cmd[:7] + [str(od), str(p)], check=False, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=300)
            if not pdf.exists():
                raise SystemExit(f"LibreOffice n'a pas converti {p.name}")
            out[p] = pdf
    return out


def _scan_job(args: tuple[Path, Path, str, int]) -> None:
    src, dst, kind, seed = args
    scans.scan_pdf(src, dst, kind, random.Random(seed))


def _render_job(args: tuple[CandPlan, Path, Path]):
    return render_candidate(*args)


def build(outdir: Path, seed: int, split: str = "all", no_scans: bool = False, n: int = 114,
          session: Path | None = None, jobs: int = 2, quiet: bool = False) -> dict:
    """Build the corpus into outdir; return the expected.json content."""
    t0 = time.time()

    def say(msg: str) -> None:
        if not quiet:
            print(msg, file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="indep_") as tmp:
        work = Path(tmp)
        if session is None:
            session = ingest_session(work / "session.json")
        deadline = deadline_from_session(session)
        cands = plan(seed, n, deadline)
        if no_scans:
            for c in cands:
                for a in c.atts:
                    a.spec.scan = None
        ignorees = []
        if not (F.REAL_DIR / "attestations").is_dir():
            ignorees = sorted(k for k, v in F.FAMILLES.items() if v.get("reel"))
            say(f"../shared/real absent ({F.REAL_DIR}) : familles ignorées {', '.join(ignorees)} "
                "(leurs candidats ne sont pas générés)")
        sel = [c for c in cands if (split == "all" or c.split == split)
               and not any(a.spec.famille in ignorees for a in c.atts)]
        outdir.mkdir(parents=True, exist_ok=True)
        todo = []
        with ProcessPoolExecutor(max_workers=jobs) as ex:
            for t in ex.map(_render_job, [(c, outdir, work) for c in sel]):
                todo += t
        say(f"rendu direct : {time.time() - t0:.1f} s")
        conv = convert_all([(k, src) for k, src, *_ in todo if k.startswith("lo")], work)
        say(f"LibreOffice : {time.time() - t0:.1f} s")
        scan_jobs = []
        for _kind, src, final, scan, sseed in todo:
            pdf = conv.get(src, src)
            if scan:
                scan_jobs.append((pdf, final, scan, sseed))
            else:
                shutil.copyfile(pdf, final)
        with ProcessPoolExecutor(max_workers=jobs) as ex:
            list(ex.map(_scan_job, scan_jobs))
        say(f"scans : {time.time() - t0:.1f} s")
    with (outdir / "candidats.csv").open("w", encoding="utf-8", newline="") as fh:
        wr = csv.writer(fh, delimiter=";", lineterminator="\n")
        wr.writerow(["numero", "nom", "prenom", "option", "forme", "epreuve", "depose_le"])
        for c in sorted(sel, key=lambda c: c.numero):
            p = c.etudiant.personne
            wr.writerow([c.numero, p.nom.upper(), p.prenom, c.etudiant.option, "scolaire", "E5",
                         c.depose_le.strftime("%Y-%m-%d %H:%M") if c.depose_le else ""])
    exp = {
        "deadline": deadline.isoformat(timespec="minutes"), "semaines_requises": SEMAINES_REQUISES, "seed": seed,
        "split": split, "scans": not no_scans, "familles_ignorees": ignorees,
        "familles": {k: v["imite"] for k, v in F.FAMILLES.items()}, "types_scan": scans.KINDS,
        "candidats": {},
    }
    for c in sorted(sel, key=lambda c: c.numero):
        motifs = c.motifs(deadline)
        atts = [a.expected(c.numero) for a in c.atts]
        exp["candidats"][c.numero] = {
            "statut": "non_conforme" if motifs else "conforme", "motifs": motifs, "famille": c.famille,
            "split": c.split, "cas": c.cas,
            "depose_le": c.depose_le.isoformat(timespec="minutes") if c.depose_le else None,
            "semaines": semaines(c.periodes) if c.atts else 0.0,
            "pieces": {"portfolio": f"{c.numero}/{c.portfolio}" if c.portfolio else None,
                       "tableau_synthese": f"{c.numero}/{c.tableau}" if c.tableau else None},
            "attestations": atts,
        }
    (outdir / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    say(f"{len(sel)} candidats, {sum(len(c.atts) for c in sel)} attestations écrits dans {outdir} "
        f"en {time.time() - t0:.1f} s")
    return exp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.independent.build", description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--split", choices=["holdout", "dev", "all"], default="all")
    ap.add_argument("--no-scans", action="store_true", help="born-digital attestations only")
    ap.add_argument("--session", type=Path, help="session JSON (bts ingest); by default the 2026 circular is read")
    ap.add_argument("-n", type=int, default=114, help="number of candidates of the whole corpus (default 114)")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    build(a.outdir, a.seed, a.split, a.no_scans, a.n, a.session, a.jobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
