#!/usr/bin/env python3
"""Own checks of the corpus (no project code): gold shape vs the contract, weekdays vs dates,
every gold date / time / code / centre present in the PDF text, scans without a text layer."""
import datetime as dt
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
CODE_RE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
STAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?$")
errors = []
# Written in the text only implicitly: the end of "la semaine du 16 juin" (Monday–Friday).
INFERRED = {("note_mos_2025_nationale", "2025-06-20")}


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout


def check_shape(stem, g):
    for k in ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"]:
        if k not in g:
            err(stem, f"missing {k}")
    if g["document"] != stem or g["split"] != "holdout" or g["portee"] not in ("nationale", "academique"):
        err(stem, "document/split/portee")
    ex = g["examen"]
    if not isinstance(ex["session"], int) or not (ex["sigle"] is None or isinstance(ex["sigle"], str)):
        err(stem, "examen types")
    if (ex["academie"] is None) != (g["portee"] == "nationale"):
        err(stem, "academie vs portee")
    if g["date_document"] is not None:
        dt.date.fromisoformat(g["date_document"])
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE_RE.match(c):
            err(stem, f"code {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not (isinstance(c["mots"], list) and all(w == fold(w) for w in c["mots"])):
            err(stem, f"centre {c}")
    for s in g["dates"] + g["dates_optionnelles"]:
        a = dt.date.fromisoformat(s[0])
        if s[1] is not None and dt.date.fromisoformat(s[1]) <= a:
            err(stem, f"span {s}")
    spans = {tuple(s) for s in g["dates"]}
    for k in g["cles"]:
        if k["type"] not in TYPES or not STAMP.match(k["debut"]) or ("fin" in k and not STAMP.match(k["fin"])):
            err(stem, f"cle {k}")
        for alt in k.get("epreuves", []):
            if not all(a in g["codes"] + g["codes_optionnels"] for a in alt):
                err(stem, f"cle code not in codes {alt}")
        d0, d1 = k["debut"][:10], (k["fin"][:10] if k.get("fin") else None)
        if (d0, None if d1 == d0 else d1) not in spans and (d0, None) not in spans and \
                not any(s[0] == d0 for s in spans):
            err(stem, f"cle date not in dates {k}")


def check_weekdays(stem, txt, year):
    t = txt.replace("\n", " ")
    t = re.sub(r"\s+", " ", t)
    n = 0
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(\d{1,2}|1er)\b", t, re.I):
        day = 1 if m.group(2) == "1er" else int(m.group(2))
        rest = t[m.end(): m.end() + 60]
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest, re.I)
        if not mm:
            continue
        y = int(mm.group(2)) if mm.group(2) else year
        d = dt.date(y, MOIS.index(mm.group(1).lower()) + 1, day)
        n += 1
        if JOURS[d.weekday()] != m.group(1).lower():
            err(stem, f"weekday {m.group(0)} {mm.group(0)} -> {d} is {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\. (\d{2})/(\d{2})", t):
        d = dt.date(year, int(m.group(3)), int(m.group(2)))
        n += 1
        if ABR[d.weekday()] != m.group(1):
            err(stem, f"weekday {m.group(0)} -> {d}")
    return n


def date_in_text(iso, t):
    d = dt.date.fromisoformat(iso[:10])
    day = "1er" if d.day == 1 else str(d.day)
    pats = [rf"\b{day}\s+{MOIS[d.month - 1]}", rf"\b{d.day:02d}/{d.month:02d}\b", rf"\b{d.day}\s+{MOIS[d.month - 1]}"]
    # "du 2 au 13 juin", "les lundi 12 et mardi 13 juin": day followed later by the month
    pats.append(rf"\b{day}\b[^\n]{{0,40}}?{MOIS[d.month - 1]}")
    ok = any(re.search(p, t, re.I) for p in pats)
    if ok and len(iso) > 10:
        h, mi = int(iso[11:13]), iso[14:16]
        times = [f"{h}h{mi}", f"{h:02d}h{mi}", f"{h} heures" if mi == "00" else "@@", f"{h}h" if mi == "00" else "@@"]
        ok = any(x in t for x in times)
    return ok


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gpath in golds:
        stem = os.path.basename(gpath)[:-10]
        g = json.load(open(gpath, encoding="utf-8"))
        check_shape(stem, g)
        pdf = os.path.join(HERE, stem + ".pdf")
        if stem.endswith("_scan"):
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            if fonts or text_of(pdf).strip():
                err(stem, "scan has a text layer")
            pdf = os.path.join(HERE, stem[:-5] + ".pdf")   # content checks against the source PDF
        txt = text_of(pdf)
        flat = re.sub(r"[ \t]+", " ", txt)
        one = re.sub(r"\s+", " ", txt)
        n = check_weekdays(stem, txt, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for iso in s:
                if iso and not date_in_text(iso, one) and (stem, iso) not in INFERRED:
                    err(stem, f"date {iso} not in text")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if k.get(f) and not date_in_text(k[f], one):
                    err(stem, f"cle {f} {k[f]} not in text")
        found = {re.sub(r"[^A-Z0-9]", "", m.group(0)) for m in
                 re.finditer(r"\b(?:EF|UF|E|U)\d{1,2}(?:\.\d)?\b", one)}
        want = set(g["codes"]) | set(g["codes_optionnels"])
        if found != want:
            err(stem, f"codes in text {sorted(found)} != gold {sorted(want)}")
        ft = fold(one).replace("-", " ")
        def centre_ok(c):
            return all(w in ft for w in c["mots"]) and fold(c["ville"]).replace("-", " ") in ft
        for c in g["centres"]:
            if not centre_ok(c):
                err(stem, f"centre {c} not in text")
        for c in g["centres_optionnels"]:   # spelling variants: one of those with the same words suffices
            if not any(centre_ok(o) for o in g["centres_optionnels"] if o["mots"] == c["mots"]):
                err(stem, f"optional centre {c} not in text")
        # reverse check: every day written in the text is a gold date (listed for review)
        gold_days = {d for s in g["dates"] + g["dates_optionnelles"] for d in s if d} | {g["date_document"]}
        written = set()
        for m in re.finditer(r"\b(\d{1,2}|1er)\s+(" + "|".join(MOIS) + r")\b", one, re.I):
            day = 1 if m.group(1) == "1er" else int(m.group(1))
            written.add(dt.date(g["examen"]["session"], MOIS.index(m.group(2).lower()) + 1, day).isoformat())
        for m in re.finditer(r"\b(\d{2})/(\d{2})\b", one):
            written.add(dt.date(g["examen"]["session"], int(m.group(2)), int(m.group(1))).isoformat())
        extra = sorted(written - gold_days)
        if extra:
            print(f"   {stem}: days written but not in gold dates: {extra}")
        ex = g["examen"]
        if str(ex["session"]) not in one or (ex["sigle"] and ex["sigle"].lower() not in one.lower()) or \
                (ex["academie"] and fold(ex["academie"]) not in fold(one)):
            err(stem, "examen fields not in text")
        if g["date_document"] and not date_in_text(g["date_document"], one):
            err(stem, "date_document not in text")
        pages = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        npages = re.search(r"Pages:\s+(\d+)", pages).group(1)
        print(f"{stem:40s} weekdays checked: {n:2d}  pages: {npages}")
    print("\n".join(errors) or "all checks passed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
