#!/usr/bin/env python3
"""Check the independantes_bb corpus without any project code.
- gold shape (keys, normalised codes, every key event's span listed in `dates`, folded centre words);
- weekdays written next to short dates (« mar 11/05 », « 11.05 lun », « ve 24/03 », « lun. 12.05 ») agree with
  the calendar, the year being the session's when the text gives none;
- every gold date, code, centre word and city, and every hour of a key event, is findable in `pdftotext`;
- the scan has no text layer, is at most 200 dpi; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
       "lu": 0, "ma": 1, "me": 2, "je": 3, "ve": 4, "sa": 5, "di": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def err(msg):
    errors.append(msg)


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee {g['portee']}")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie mismatch")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2:
            err(f"{name}: span {s}")
        for v in s:
            if v is not None:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    err(f"{name}: bad date {v}")
                elif dt.date.fromisoformat(v).weekday() > 4:
                    err(f"{name}: {v} is a week-end day")
                elif int(v[:4]) != g["examen"]["session"]:
                    err(f"{name}: {v} outside the session year")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.match(k[f]):
                err(f"{name}: cle {f} {k[f]}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(f"{name}: cle code {c} not in codes")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            err(f"{name}: cle span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")
    if g["portee"] == "nationale" and g["centres"]:
        err(f"{name}: national note with centres")


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    pats = [rf"(?<![\d.]){d.day:02d}[/.]{d.month:02d}(?!\d)",           # 11/05, 11.05, 11/05/2027
            rf"(?<![\d./]){d.day}/{d.month}(?![\d])",                    # 15/5
            rf"\b(?:{day}|{d.day})\s+{MOIS[d.month - 1]}\b"]             # 8 mars
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name, session):
    ab = "|".join(sorted(ABR, key=len, reverse=True))
    found = 0
    def test(wd, dd, mm, yy, shown):
        nonlocal found
        y = int(yy) if yy else session
        y = y + 2000 if y < 100 else y
        try:
            d = dt.date(y, int(mm), int(dd))
        except ValueError:
            err(f"{name}: impossible date '{shown}'"); return
        found += 1
        if d.weekday() != wd:
            err(f"{name}: '{shown}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(rf"\b({ab})\.?\s+(\d{{1,2}})[/.](\d{{1,2}})(?:[/.](\d{{2,4}}))?(?!\d)", t):
        test(ABR[m.group(1)], m.group(2), m.group(3), m.group(4), m.group(0))
    for m in re.finditer(rf"(?<![\d.])(\d{{1,2}})\.(\d{{2}})\s+({ab})\b", t):
        test(ABR[m.group(3)], m.group(1), m.group(2), None, m.group(0))
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(1er|\d{1,2})\s+(" + "|".join(MOIS) + r")(?:\s+(\d{4}))?", t):
        test(JOURS.index(m.group(1)), m.group(2).replace("er", ""), MOIS.index(m.group(3)) + 1, m.group(4), m.group(0))
    return found


def hour_present(t, stamp):
    h, mi = int(stamp[11:13]), int(stamp[14:16])
    if mi:
        pats = [rf"(?<!\d){h}h{mi:02d}", rf"(?<!\d){h:02d}:{mi:02d}"]
    else:
        pats = [rf"(?<![\d,]){h}h(?!\d)", rf"(?<![\d,]){h}h00", rf"(?<![\d.,/]){h}-\d{{1,2}}h"]  # 9h, 14h00, 14-18h
    return any(re.search(p, t) for p in pats)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        text = pdftext(pdf)
        if stem.endswith("_scan"):
            if text.strip():
                err(f"{stem}: scan has a text layer")
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in src.items() if k not in ("document", "format")} != \
               {k: v for k, v in g.items() if k not in ("document", "format")}:
                err(f"{stem}: gold differs from its source's gold")
            listing = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            for line in listing:
                cols = line.split()
                if int(cols[12]) > 201 or int(cols[13]) > 201:
                    err(f"{stem}: image at {cols[12]}x{cols[13]} dpi")
            continue
        t = fold(text)
        n = check_weekdays(t, stem, g["examen"]["session"])
        if n == 0:
            err(f"{stem}: no weekday checked")
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(t, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(t, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
            if not re.search(rf"{c}(?![0-9])", compact):
                err(f"{stem}: code {c} not found")
        if g["examen"]["sigle"] and f"({g['examen']['sigle'].lower()})" not in t and f"bts {g['examen']['sigle'].lower()}" not in t:
            err(f"{stem}: sigle not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(t, k[f]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
    for f in sorted(glob.glob(os.path.join(HERE, "*"))):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: larger than 2 MB")
    scans = glob.glob(os.path.join(HERE, "*_scan.pdf"))
    if len(scans) != 1:
        err(f"{len(scans)} scans, expected exactly one")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
