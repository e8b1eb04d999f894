#!/usr/bin/env python3
"""Self-check of the corpus (no project code): gold shape vs contract types, weekdays vs dates,
every gold date/code/centre present in the PDF text layer, scans without text layer."""
import datetime as dt, json, re, subprocess, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
DT = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
errors = []


def fold(t):
    return "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c)).casefold()


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout


for gp in sorted(HERE.glob("*.gold.json")):
    g = json.load(open(gp, encoding="utf-8"))
    stem = gp.name[:-len(".gold.json")]
    if g["document"] != stem:
        err(stem, "document field")
    for k in ["split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
              "centres_optionnels", "dates", "dates_optionnelles", "cles"]:
        if k not in g:
            err(stem, f"missing {k}")
    assert g["split"] == "holdout" and g["portee"] in ("nationale", "academique") and g["format"] in ("pdf", "docx")
    ex = g["examen"]
    if not (ex["sigle"] is None or isinstance(ex["sigle"], str)) or not isinstance(ex["session"], int) \
            or not (ex["academie"] is None or isinstance(ex["academie"], str)):
        err(stem, "examen types")
    if g["date_document"]:
        dt.date.fromisoformat(g["date_document"])
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            err(stem, f"code {c}")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None:
                dt.date.fromisoformat(v)
        if s[1] is not None and s[1] <= s[0]:
            err(stem, f"span {s}")
    spans = {tuple(s) for s in g["dates"]} | {tuple(s) for s in g["dates_optionnelles"]}
    for k in g["cles"]:
        if k["type"] not in TYPES or not DT.match(k["debut"]) or ("fin" in k and k["fin"] and not DT.match(k["fin"])):
            err(stem, f"cle {k}")
        sp = (k["debut"][:10], (k.get("fin") or "")[:10] or None)
        if sp[1] == sp[0]:
            sp = (sp[0], None)
        if sp not in spans:
            err(stem, f"cle span {sp} not in dates")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(stem, f"cle code {c} not in codes")
    pdf = HERE / f"{stem}.pdf"
    txt = text_of(pdf)
    if stem.endswith("_scan"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()
        if txt.strip() or len(fonts) > 2:
            err(stem, "scan has a text layer")
        txt = text_of(HERE / f"{stem[:-5]}.pdf")
    t = fold(re.sub(r"\s+", " ", txt))
    # weekdays agree with written dates
    for m in re.finditer(r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (\d{1,2})(?:er)? (" + "|".join(map(fold, MOIS)) + r")(?: (\d{4}))?", t):
        y = m.group(4) or str(g["examen"]["session"] or "")
        if not y:
            continue
        d = dt.date(int(y), [fold(x) for x in MOIS].index(m.group(3)) + 1, int(m.group(2)))
        if JOURS[d.weekday()] != m.group(1):
            err(stem, f"weekday {m.group(0)} is a {JOURS[d.weekday()]}")
    # every gold date present
    for s in g["dates"] + g["dates_optionnelles"] + ([[g["date_document"], None]] if g["date_document"] else []):
        for v in s:
            if v is None:
                continue
            d = dt.date.fromisoformat(v)
            pats = [rf"\b{d.day}(er)? {fold(MOIS[d.month-1])}", rf"\b{d.day:02d}/{d.month:02d}"]
            if not any(re.search(p, t) for p in pats):
                err(stem, f"date {v} not in text")
    # codes
    tc = re.sub(r"\b(E|U|EF|UF) ?(\d)\.(\d)", r"\1\2\3", txt.upper())
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.search(rf"\b{c}\b", tc):
            err(stem, f"code {c} not in text")
    for c in set(re.findall(r"\b(?:EF|UF|E|U)\d{1,2}[A-Z]?\b", tc)) - set(g["codes"]) - set(g["codes_optionnels"]):
        err(stem, f"code {c} in text but not in gold")
    for c in g["centres"] + g["centres_optionnels"]:
        if not all(w in t for w in c["mots"]) or (c["ville"] and fold(c["ville"]) not in t):
            err(stem, f"centre {c} not in text")

print("\n".join(errors) if errors else "all checks passed")
sys.exit(1 if errors else 0)
