#!/usr/bin/env python3
"""Check the independantes_as corpus without any project code.
- gold shape; - weekdays written in the PDF text agree with the calendar;
- every gold date / code / centre word / ville / key hour is findable in the PDF text (pdftotext, reading order);
- the *_scan.pdf file has no text layer and is an image-only copy of a built document (same gold apart from
  document/format); - every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def err(msg):
    errors.append(msg)


def pdftext(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g.get("portee") not in ("academique", "nationale"):
        err(f"{name}: portee")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        err(f"{name}: national note with an académie")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        if int(s[0][:4]) != g["examen"]["session"]:
            err(f"{name}: span {s} outside the session year")
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
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,45}}?\b{month}"]  # « du lundi 22 mai au mardi 23 mai », « 5 juin et … »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, name, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b(?:\s+(" +
                         "|".join(MOIS) + r")\b(?:\s+(\d{4}))?)?", t):
        if not m.group(3):  # « du lundi 22 mai au … » : month given later; find the next month name
            nxt = re.search(r"\b(" + "|".join(MOIS) + r")\b", t[m.end():m.end() + 60])
            if not nxt:
                continue
            month = nxt.group(1); year = session
        else:
            month = m.group(3); year = int(m.group(4)) if m.group(4) else session
        d = dt.date(year, MOIS.index(month) + 1, int(m.group(2).replace("er", "")))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' ({month}) is a {JOURS[d.weekday()]}")
    if n < 5:
        err(f"{name}: only {n} weekday-dates checked")


def hour_present(ft, hh, mi):
    pats = [rf"\b0?{hh}\s*h\s*{mi:02d}\b", rf"\b0?{hh}:{mi:02d}\b"]
    if mi == 0:
        pats.append(rf"\b0?{hh}\s*h\b")
    return any(re.search(p, ft) for p in pats)


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
        if g["format"] != "pdf" and not os.path.exists(os.path.join(HERE, f"{stem}.{g['format']}")):
            err(f"{stem}: no .{g['format']} source")
        text = pdftext(pdf)
        if stem.endswith("_scan"):
            if text.strip():
                err(f"{stem}: scan has a text layer")
            src = json.load(open(gp.replace("_scan.gold.json", ".gold.json"), encoding="utf-8"))
            for k in KEYS:
                if k not in ("document", "format") and src[k] != g[k]:
                    err(f"{stem}: differs from its source gold in {k}")
            continue
        ft = fold(text)
        check_weekdays(text, stem, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in ft:
            err(f"{stem}: académie not found")
        if g["examen"]["sigle"] and g["examen"]["sigle"] not in text:
            err(f"{stem}: sigle not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
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
                if f in k and len(k[f]) > 10 and not hour_present(ft, int(k[f][11:13]), int(k[f][14:16])):
                    err(f"{stem}: hour of {k['type']} {f} {k[f]} not found")
    for f in sorted(glob.glob(os.path.join(HERE, "*"))):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: over 2 MB")
    for f in sorted(glob.glob(os.path.join(HERE, "*_scan.pdf"))):
        if pdftext(f).strip():
            err(f"{os.path.basename(f)}: text layer present")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
