#!/usr/bin/env python3
"""Check the independantes_be corpus without any project code.
- gold shape (keys, types, normalised codes, every cle span listed in dates, only session-year dates);
- weekdays written in the PDF text agree with the calendar (« mardi 11 mai 2027 », « du lundi 8 au mercredi
  10 juin 2026 », and the « lun. 14/05 » cells of the Bordeaux table, whose year is the column header);
- every gold date / code / centre word / ville / cle hour is findable in the PDF text (pdftotext);
- the *_scan.pdf file has no text layer, is ≤ 200 dpi; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\u00a0", " ")


def err(msg):
    errors.append(msg)


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("nationale", "academique"):
        err(f"{name}: portee {g['portee']}")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie disagree")
    year = g["examen"]["session"]
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
            elif v is not None and int(v[:4]) != year:
                err(f"{name}: date {v} outside the session year {year} (distractor kept?)")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
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


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day:02d})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,45}}?\b{month}"]  # « du lundi 8 au mercredi 10 juin », maybe wrapped
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, name, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^.;]{0,60})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        if not mm.group(2):
            continue  # year not on the same line (cell wrapped, columns interleaved): checked in the sources
        year = int(mm.group(2))
        try:
            d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        except ValueError:
            err(f"{name}: impossible date '{m.group(0)[:40]}'"); continue
        n += 1
        if d.weekday() != wd:
            err(f"{name}: '{' '.join(m.group(0).split())[:40]}' is a {JOURS[d.weekday()]}")
    return n


def check_sources():
    """Weekdays in every string of the textes_*.py modules (the texts as written, cells kept whole)."""
    import importlib
    n = 0
    for path in sorted(glob.glob(os.path.join(HERE, "textes_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        strings = []

        def walk(v):
            if isinstance(v, str):
                strings.append(v)
            elif isinstance(v, (list, tuple)):
                for x in v:
                    walk(x)
        for k, v in vars(mod).items():
            if k.isupper():
                walk(v)
        n += check_weekdays("\n".join(strings), os.path.basename(path), None)
    return n


def check_bordeaux_table():
    import textes_bordeaux as TB
    n = 0
    for row in TB.CAL:
        for year, cell in zip(TB.COL_ANNEES, row[2:]):
            for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{2})/(\d{2})", cell):
                d = dt.date(int(year), int(m.group(3)), int(m.group(2)))
                n += 1
                if d.weekday() != ABR[m.group(1)]:
                    err(f"bordeaux table: '{m.group(0)}' ({year}) is a {JOURS[d.weekday()]}")
    return n


def hour_present(text, iso):
    h, mi = int(iso[11:13]), int(iso[14:16])
    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h\b", rf"\b{h:02d}:{mi:02d}"]
    return any(re.search(p, text) for p in pats)


def pdf_dpi(path):
    out = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True).stdout.splitlines()[2:]
    return [int(float(line.split()[12])) for line in out if line.strip()]


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    weekdays = 0
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        if stem.endswith("_scan"):
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            if any(d > 201 for d in pdf_dpi(pdf)):
                err(f"{stem}: scan above 200 dpi {pdf_dpi(pdf)}")
            src = json.load(open(gp.replace("_scan.gold.json", ".gold.json"), encoding="utf-8"))
            diff = {k for k in KEYS if src.get(k) != g.get(k)}
            if diff != {"document", "format"}:
                err(f"{stem}: scan gold differs from its source in {sorted(diff)}")
            continue
        siblings = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith((".gold.json", ".pdf"))]
        if not siblings and g["format"] != "pdf":
            err(f"{stem}: no source file")
        text = pdftext(pdf) + "\n" + pdftext(pdf, layout=False)
        ft = fold(text)
        weekdays += check_weekdays(pdftext(pdf, layout=False), stem, g["examen"]["session"])  # cells kept whole
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in ft:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(ft, k[f]):
                    err(f"{stem}: hour of {k['type']} {f} {k[f]} not found")
    weekdays += check_bordeaux_table()
    weekdays += check_sources()
    for f in sorted(glob.glob(os.path.join(HERE, "*"))):
        if os.path.isfile(f) and os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: larger than 2 MB")
    print(f"{len(golds)} gold files checked, {weekdays} written weekdays checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
