#!/usr/bin/env python3
"""Check the independantes_at corpus without any project code.
- gold shape (keys, split, codes, ISO dates, every clé span listed in `dates`);
- weekdays written in the text agree with the calendar;
- every gold date, code, centre word / city and clé hour is findable in the text (pdftotext -layout of the PDF,
  or the .txt itself for the mail); placeholders (« xx/05/… ») are present where the theme needs them;
- the *_scan.pdf file has no text layer; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def text_of(stem):
    txt = os.path.join(HERE, stem + ".txt")
    if os.path.exists(txt):
        return open(txt, encoding="utf-8").read()
    pdf = os.path.join(HERE, stem + ".pdf")
    if not os.path.exists(pdf):
        errors.append(f"{stem}: neither .pdf nor .txt")
        return ""
    layout = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    flow = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout  # cells kept together
    return layout + "\n" + flow


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            errors.append(f"{name}: missing key {k}")
    if g.get("split") != "holdout":
        errors.append(f"{name}: split must be holdout")
    if g["portee"] not in ("academique", "nationale"):
        errors.append(f"{name}: portee")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        errors.append(f"{name}: portee / academie mismatch")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            errors.append(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        errors.append(f"{name}: code both required and optional")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not ISO.match(s[0]) or len(s[0]) != 10 or (s[1] is not None and (len(s[1]) != 10 or s[1] <= s[0])):
            errors.append(f"{name}: bad span {s}")
    if {tuple(s) for s in g["dates"]} & {tuple(s) for s in g["dates_optionnelles"]}:
        errors.append(f"{name}: span both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    for k in g["cles"]:
        if k["type"] not in TYPES:
            errors.append(f"{name}: bad type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.match(k[f]):
                errors.append(f"{name}: clé {f} {k[f]}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g["codes_optionnels"]:
                    errors.append(f"{name}: clé code {c} not in codes")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            errors.append(f"{name}: clé span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            errors.append(f"{name}: centre words must be folded: {c}")


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    m = MOIS[d.month - 1]
    pats = [rf"\b{day}\s+{m}\b", rf"\b{d.day}\s+{m}\b", rf"\b{d.day:02d}/{d.month:02d}/{d.year}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,40}}?\b{m}\b"]   # « du lundi 1er au vendredi 5 juin »
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name, year):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,45})", t):
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", m.group(3))
        if not mm:
            continue
        y = int(mm.group(2)) if mm.group(2) else year
        d = dt.date(y, MOIS.index(mm.group(1)) + 1, int(m.group(2).replace("er", "")))
        if d.weekday() != JOURS.index(m.group(1)):
            errors.append(f"{name}: « {m.group(0)[:40]} » is a {JOURS[d.weekday()]}")


def hour_present(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"\b{h}\s*h\s*{mi:02d}\b", rf"\b{h:02d}:{mi:02d}\b"] if mi else [rf"\b{h}\s*h\b(?!\s*\d)"]
    return any(re.search(p, t) for p in pats)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g.get("document") != stem:
            errors.append(f"{stem}: document field")
        check_shape(g, stem)
        raw = text_of(stem)
        if stem.endswith("_scan"):
            if raw.strip():
                errors.append(f"{stem}: scan has a text layer")
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            for k in KEYS:
                if k not in ("document", "format") and src[k] != g[k]:
                    errors.append(f"{stem}: differs from source gold on {k}")
            continue
        src = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(src):
            errors.append(f"{stem}: source file {os.path.basename(src)} missing")
        t = fold(raw)
        check_weekdays(t, stem, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(t, v):
                    errors.append(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(t, g["date_document"]):
            errors.append(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–—]", "", raw.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if not re.search(rf"{c}(?![0-9])", compact):
                errors.append(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in t:
                    errors.append(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t.replace("-\n", "-"):
                errors.append(f"{stem}: city {c['ville']} not found")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
            errors.append(f"{stem}: académie not found")
        if fold(g["examen"]["sigle"]) not in t:
            errors.append(f"{stem}: sigle not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(t, k[f][11:]):
                    errors.append(f"{stem}: hour {k[f]} ({k['type']}) not found")
        for ph in ("date a preciser", "ulterieure"):
            if ph not in t:
                errors.append(f"{stem}: placeholder « {ph} » missing (theme)")
    for f in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, f)
        if os.path.isfile(p) and os.path.getsize(p) > 2_000_000:
            errors.append(f"{f}: larger than 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
