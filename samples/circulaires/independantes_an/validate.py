#!/usr/bin/env python3
"""Check the independantes_an corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, types, normalised codes, every key event has its span in `dates`);
- the scan's gold is its source's gold with only `document` / `format` changed;
- weekdays written in the PDF text agree with the calendar;
- every gold date, code, centre word and city, and every hour of a key event is findable in `pdftotext`;
- the dates of the other specialties' rows (the traps) are in the text and NOT in the gold;
- the scan has no text layer and is at most 200 dpi; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles"]
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
# dates that only belong to other specialties' rows: they must be printed, and must stay out of the gold
TRAPS = {
    "circulaire_gpme_2027_rennes": ["2027-05-10", "2027-05-13", "2027-05-14", "2027-05-20", "2027-05-21"],
    "circulaire_et_2026_nancy-metz": ["2026-05-21", "2026-05-22"],
    "note_nationale_pi_2029": ["2029-05-16", "2029-05-18", "2029-05-23", "2029-05-24"],
    "circulaire_cg_2028_lyon": ["2028-05-19", "2028-05-22", "2028-05-23"],
    "circulaire_tourisme_2025_toulouse": ["2025-05-14", "2025-05-19", "2025-05-20"],
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split must be holdout")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: national note <=> academie null")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session")
    if g["date_document"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date_document"]):
        err(f"{name}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[0]) or (s[1] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[1])):
            err(f"{name}: bad span {s}")
        elif s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span end before start {s}")
    if len({tuple(s) for s in g["dates"]}) != len(g["dates"]):
        err(f"{name}: duplicate span")
    spans = {tuple(s) for s in g["dates"]}
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.match(k[f]):
                err(f"{name}: key {f} {k[f]}")
        if "fin" in k and k["fin"] < k["debut"]:
            err(f"{name}: key ends before it starts {k}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(f"{name}: key code {c} not in codes")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            err(f"{name}: key span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded lower case: {c}")


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    m = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|0?{d.day})\s+{m}\b",
            rf"\b0?{d.day}/{d.month:02d}(?:/\d{{2,4}})?\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,40}}?\b{m}\b"]  # « du mardi 26 au vendredi 29 mai »
    return any(re.search(p, t) for p in pats)


def hour_present(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:])
    if mi:
        pats = [rf"\b0?{h}\s*h\s*{mi:02d}\b", rf"\b0?{h}:{mi:02d}\b"]
    else:
        pats = [rf"\b0?{h}\s*h(?:\s*00)?\b", rf"\b0?{h}:00\b"]
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name, session):
    n = 0
    # « lundi 10 mai 2027 », « du lundi 7 au jeudi 10 juin 2027 » (the month and year of the end apply to the start)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,45})", t):
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", m.group(3))
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, int(m.group(2).replace("er", "")))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: « {m.group(0)[:40]} » is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{2})/(\d{2})/(\d{4})\b", t):
        d = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if d.weekday() != ABR[m.group(1)]:
            err(f"{name}: « {m.group(0)} » is a {JOURS[d.weekday()]}")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    loaded = {}
    for gp in golds:
        stem = os.path.basename(gp)[: -len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        loaded[stem] = g
        if g.get("document") != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF")
            continue
        text = pdftext(pdf)
        if stem.endswith("_scan"):
            if text.strip():
                err(f"{stem}: the scan has a text layer")
            continue
        src = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if p.endswith((".docx", ".html"))]
        if g["format"] != "pdf" and not any(p.endswith("." + g["format"]) for p in src):
            err(f"{stem}: no .{g['format']} source")
        t = fold(text)
        n = check_weekdays(t, stem, g["examen"]["session"])
        if n < 5:
            err(f"{stem}: only {n} weekdays checked")
        for s in g["dates"]:
            for v in s:
                if v and not date_present(t, v):
                    err(f"{stem}: date {v} not found in the text")
        if g["date_document"] and not date_present(t, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{stem}: city {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(t, k[f][11:]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
        for trap in TRAPS.get(stem, []):
            if not date_present(t, trap):
                err(f"{stem}: trap date {trap} not printed")
            if [trap, None] in g["dates"] + g["dates_optionnelles"]:
                err(f"{stem}: trap date {trap} is in the gold")
    for stem, g in loaded.items():
        if stem.endswith("_scan"):
            src = loaded.get(stem[: -len("_scan")])
            if not src:
                err(f"{stem}: no source gold")
                continue
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in src.items() if k not in ("document", "format")}
            if a != b:
                err(f"{stem}: gold differs from its source's gold")
    scans = sorted(glob.glob(os.path.join(HERE, "*_scan.pdf")))
    if len(scans) != 1:
        err(f"exactly one scan expected, found {len(scans)}")
    for f in scans:
        out = subprocess.run(["pdfimages", "-list", f], capture_output=True, text=True).stdout.splitlines()[2:]
        for line in out:
            xppi = int(line.split()[12])
            if xppi > 200:
                err(f"{os.path.basename(f)}: {xppi} dpi")
    for f in sorted(os.listdir(HERE)):
        if os.path.getsize(os.path.join(HERE, f)) > 2 * 1024 * 1024:
            err(f"{f}: larger than 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
