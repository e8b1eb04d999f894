#!/usr/bin/env python3
"""Check the independantes_ah corpus without any project code.
- gold shape; - weekdays written in the PDF text agree with the calendar;
- every gold date / code / centre word is findable in the PDF text (pdftotext);
- the *_scan.pdf files have no text layer."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
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
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        err(f"{name}: national note with an académie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    for s in g["dates"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
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
    pats = [rf"\b(?:{day}|{d.day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b", rf"\b{d.day}/{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 2 au mercredi 4 juin »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, name, session):
    t = fold(text)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{2})[/-](\d{2})[/-](\d{2,4})\b", t):
        y = int(m.group(4)); y = y + 2000 if y < 100 else y
        d = dt.date(y, int(m.group(3)), int(m.group(2)))
        if d.weekday() != ABR[m.group(1)]:
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")


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
            continue
        siblings = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith((".gold.json", ".pdf"))]
        if not siblings and not stem.startswith("circulaire_ndrc"):
            err(f"{stem}: no source file")
        ft = fold(text)
        check_weekdays(text, stem, g["examen"]["session"])
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
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
            if len(k["debut"]) > 10:
                h, mi = int(k["debut"][11:13]), int(k["debut"][14:16])
                pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h\b", rf"\b{h:02d}:{mi:02d}", rf"\b{h}h{mi:02d}" if mi else rf"\b{h}h"]
                if not any(re.search(p, ft) for p in pats):
                    err(f"{stem}: hour of {k['type']} {k['debut']} not found")
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
