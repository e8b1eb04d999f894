#!/usr/bin/env python3
"""Check the independantes_ai corpus without any project code.
- gold shape (keys, types, normalised codes, every cle's span listed in dates, folded centre words);
- weekdays written in the PDF text agree with the calendar ("mardi 16 mai", "Lun. 12 mai", "Mardi 15/5", "jeu. 15 avril");
- every gold date, code, centre word and city, and every hour of a cle, is findable in the pdftotext of the PDF;
- the *_scan.pdf file has no text layer, its gold equals the source's gold but for document/format;
- every file stays under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
MOIS_ABR = ["janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
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
        err(f"{name}: split must be holdout")
    if g.get("portee") not in ("academique", "nationale"):
        err(f"{name}: portee")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(f"{name}: session")
    if (g["portee"] == "nationale") != (ex.get("academie") is None):
        err(f"{name}: portee / academie mismatch")
    if g["date_document"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date_document"]):
        err(f"{name}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2:
            err(f"{name}: span {s}")
            continue
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        if s[0][:4] != str(ex["session"]) and s[0] != g["date_document"]:
            err(f"{name}: {s[0]} outside session year")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.match(k[f]):
                err(f"{name}: cle {f} {k[f]}")
        if "fin" in k and k["fin"] < k["debut"]:
            err(f"{name}: cle ends before it starts {k}")
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


def date_present(t, iso):
    """t is folded text. Accepts « 16 mai », « 1er juin », « 02 juin », « 16/05 », « 15/5 », « 2 juil. »,
    « 29 mai → 2 juin », « du mardi 2 au jeudi 4 juin »."""
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    months = rf"(?:{MOIS[d.month - 1]}|{MOIS_ABR[d.month - 1]}\.)"
    pats = [rf"\b(?:{day}|0?{d.day})\s+{months}", rf"\b0?{d.day}/0?{d.month}\b(?!/\d)|\b0?{d.day}/0?{d.month}/{d.year}\b",
            rf"\b(?:{day}|0?{d.day})\b[^\n.;]{{0,45}}?\b{months}"]
    flat = re.sub(r"[ \t]*\n[ \t]*", " ", t)  # a sentence wrapped by the page width
    return any(re.search(p, t) for p in pats) or bool(re.search(pats[2], flat))


def check_weekdays(t, name, session):
    """t is folded text."""
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?\s+"
                         r"(1er|\d{1,2})(?:\s+(" + "|".join(MOIS + MOIS_ABR) + r")\b\.?(?:\s+(\d{4}))?|/(\d{1,2})\b(?:/(\d{4}))?)?", t):
        wd = JOURS.index(m.group(1)) if m.group(1) in JOURS else ABR[m.group(1)]
        dd = int(m.group(2).replace("er", ""))
        if m.group(3):
            mon = (MOIS.index(m.group(3)) if m.group(3) in MOIS else MOIS_ABR.index(m.group(3))) + 1
            year = int(m.group(4)) if m.group(4) else session
        elif m.group(5):
            mon, year = int(m.group(5)), int(m.group(6)) if m.group(6) else session
        else:
            continue
        d = dt.date(year, mon, dd)
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")


def hour_present(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h(?:\s*00)?\b", rf"\b{h:02d}:{mi:02d}"]
    return any(re.search(p, t) for p in pats)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    loaded = {}
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        loaded[stem] = g
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF")
            continue
        text = pdftext(pdf)
        if stem.endswith("_scan"):
            if text.strip():
                err(f"{stem}: scan has a text layer")
            src = loaded.get(stem[:-5]) or json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in g.items() if k not in ("document", "format")} != \
               {k: v for k, v in src.items() if k not in ("document", "format")}:
                err(f"{stem}: gold differs from its source's gold")
            continue
        src = os.path.join(HERE, f"{stem}.{g['format']}")
        if g["format"] != "pdf" and not os.path.exists(src):
            err(f"{stem}: source file {os.path.basename(src)} missing")
        ft = fold(text)
        check_weekdays(ft, stem, g["examen"]["session"])
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–·]", "", text.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in ft:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(ft, k[f][11:]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
    for f in sorted(glob.glob(os.path.join(HERE, "*_scan.pdf"))):
        if pdftext(f).strip():
            err(f"{os.path.basename(f)}: text layer present")
    scans = glob.glob(os.path.join(HERE, "*_scan.pdf"))
    if len(scans) != 1:
        err(f"expected exactly one scan, found {len(scans)}")
    for f in sorted(glob.glob(os.path.join(HERE, "*"))):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)} is over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
