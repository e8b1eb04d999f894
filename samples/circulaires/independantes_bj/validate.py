#!/usr/bin/env python3
"""Check the independantes_bj corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, types, normalised codes, every key event's span listed in `dates`);
- weekdays written in each PDF agree with the calendar;
- every gold date, code, centre word, city and key-event hour is findable in the `pdftotext` text of the PDF;
- the scan has no text layer, its images are at most 200 dpi, and its gold equals the source's gold;
- every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles"]
CODE = re.compile(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}")
MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("\u2019", "'").replace("\u00a0", " "))
    return "".join(c for c in t if not unicodedata.combining(c)).lower()


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            errors.append(f"{name}: key {k} missing")
    if g.get("split") != "holdout":
        errors.append(f"{name}: split must be holdout")
    if g.get("portee") not in ("academique", "nationale"):
        errors.append(f"{name}: portee {g.get('portee')}")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        errors.append(f"{name}: portee / academie disagree")
    if not isinstance(g["examen"]["session"], int):
        errors.append(f"{name}: session must be an int")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.fullmatch(c):
            errors.append(f"{name}: code {c} not normalised")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        errors.append(f"{name}: code both required and optional")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[0]) or (s[1] is not None and (not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[1]) or s[1] <= s[0])):
            errors.append(f"{name}: bad span {s}")
    for s in g["dates"]:
        if tuple(s) in spans:
            errors.append(f"{name}: duplicate span {s}")
        spans.add(tuple(s))
    for k in g["cles"]:
        if k["type"] not in TYPES:
            errors.append(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not MOMENT.fullmatch(k[f]):
                errors.append(f"{name}: {f} {k[f]}")
        if "fin" in k and k["fin"] < k["debut"]:
            errors.append(f"{name}: key ends before it starts {k}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g["codes_optionnels"]:
                    errors.append(f"{name}: key code {c} not among codes")
        end = k.get("fin", "")[:10] or None
        sp = (k["debut"][:10], None if end in (None, k["debut"][:10]) else end)
        if sp not in spans:
            errors.append(f"{name}: key span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            errors.append(f"{name}: centre words must be folded lower case: {c}")
    if g["portee"] == "nationale" and g["centres"]:
        errors.append(f"{name}: a national note with centres")


def date_found(texts, iso):
    d = dt.date.fromisoformat(iso)
    m = MOIS[d.month - 1]
    day = rf"(?:1er|0?1)" if d.day == 1 else rf"0?{d.day}"
    pats = [rf"\b{day}\s+{m}\b", rf"\b{day}\b[^\n;]{{0,40}}?\b{m}\b", rf"\b{d.day:02d}/{d.month:02d}/{d.year}\b"]
    return any(re.search(p, t) for t in texts for p in pats)


def check_weekdays(text, name, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n;]{0,45})", text):
        rest = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", m.group(3))
        if not rest:
            continue
        year = int(rest.group(2)) if rest.group(2) else session
        try:
            d = dt.date(year, MOIS.index(rest.group(1)) + 1, int(m.group(2).replace("er", "")))
        except ValueError:
            errors.append(f"{name}: impossible date in '{m.group(0)}'"); continue
        if d.weekday() != JOURS.index(m.group(1)):
            errors.append(f"{name}: '{m.group(0).strip()}' — {d} is a {JOURS[d.weekday()]}")


def hour_found(texts, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"\b0?{h}\s*h\s*{mi:02d}\b", rf"\b0?{h}:{mi:02d}\b"] + ([rf"\b0?{h}\s*h\b"] if mi == 0 else [])
    return any(re.search(p, t) for t in texts for p in pats)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    by_stem = {}
    for gp in golds:
        stem = os.path.basename(gp)[: -len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        by_stem[stem] = g
        if g.get("document") != stem:
            errors.append(f"{stem}: document field {g.get('document')}")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            errors.append(f"{stem}: PDF missing"); continue
        if stem.endswith("_scan"):
            continue
        src = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(src):
            errors.append(f"{stem}: source {g['format']} missing")
        texts = [fold(pdftext(pdf)), fold(pdftext(pdf, layout=False))]
        check_weekdays(texts[0], stem, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_found(texts, v):
                    errors.append(f"{stem}: date {v} not found")
        if g["date_document"] and not date_found(texts, g["date_document"]):
            errors.append(f"{stem}: date_document {g['date_document']} not found")
        compact = re.sub(r"[\s.\-–]", "", pdftext(pdf).upper())
        for c in g["codes"]:
            if c not in compact:
                errors.append(f"{stem}: code {c} not found")
        if g["examen"]["sigle"] and not re.search(rf"\b{g['examen']['sigle'].lower()}\b", texts[1]):
            errors.append(f"{stem}: sigle not found")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in texts[1]:
            errors.append(f"{stem}: academie not found")
        # a name may wrap inside a table cell after a hyphen ("Saint-Orens-" / "de-Gameville")
        flat = " ".join(re.sub(r"-\s+", "-", re.sub(r"\s+", " ", t)) for t in texts)
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in flat:
                    errors.append(f"{stem}: centre word {w} not found")
            parts = re.split(r"[-\s]+", fold(c["ville"] or ""))
            if c["ville"] and fold(c["ville"]) not in flat and not all(re.search(rf"\b{p}\b", texts[0]) for p in parts):
                errors.append(f"{stem}: city {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_found(texts, k[f][11:]):
                    errors.append(f"{stem}: hour {k[f]} ({k['type']}) not found")
    for stem, g in by_stem.items():
        if stem.endswith("_scan"):
            base = by_stem.get(stem[: -len("_scan")])
            if base is None:
                errors.append(f"{stem}: no source gold"); continue
            if {k: v for k, v in g.items() if k not in ("document", "format")} != {k: v for k, v in base.items() if k not in ("document", "format")}:
                errors.append(f"{stem}: gold differs from its source")
    scans = sorted(glob.glob(os.path.join(HERE, "*_scan.pdf")))
    if len(scans) != 1:
        errors.append(f"expected exactly one scan, found {len(scans)}")
    for f in scans:
        if pdftext(f).strip():
            errors.append(f"{os.path.basename(f)}: has a text layer")
        lst = subprocess.run(["pdfimages", "-list", f], capture_output=True, text=True).stdout.splitlines()[2:]
        for line in lst:
            cols = line.split()
            if int(cols[12]) > 200 or int(cols[13]) > 200:
                errors.append(f"{os.path.basename(f)}: image above 200 dpi")
    for f in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            errors.append(f"{os.path.basename(f)}: over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
