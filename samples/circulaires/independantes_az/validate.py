#!/usr/bin/env python3
"""Check the independantes_az corpus with the standard library and poppler only (no project code).
  1. shape of every gold (keys, types, normalised codes, each key event's span listed in `dates`);
  2. weekdays written in the PDF text agree with the calendar (« mardi 12 mai 2026 », « lun. 11/05/2026 »,
     « 2028-05-16 (mar.) », « lun. 10/05 » with the session year);
  3. every gold date, code, centre word and city, and every hour of a key event is findable in `pdftotext`;
  4. the scan has no text layer, is at most 200 dpi, and its gold equals its source's gold but for document/format;
  5. every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
problems = []


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\xa0", " ")


def bad(msg):
    problems.append(msg)


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout


def shape(g, name):
    for k in KEYS:
        if k not in g:
            bad(f"{name}: key {k} missing")
    if g.get("split") != "holdout":
        bad(f"{name}: split must be holdout")
    if g.get("portee") not in ("academique", "nationale"):
        bad(f"{name}: portee")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        bad(f"{name}: session")
    if g["portee"] == "nationale" and ex.get("academie") is not None:
        bad(f"{name}: national document with an académie")
    if g["date_document"] is not None and not DAY.match(g["date_document"]):
        bad(f"{name}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            bad(f"{name}: code {c} not normalised")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        bad(f"{name}: code both required and optional")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not DAY.match(s[0]) or (s[1] is not None and (not DAY.match(s[1]) or s[1] <= s[0])):
            bad(f"{name}: span {s}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        bad(f"{name}: duplicate span")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            bad(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not MOMENT.match(k[f]):
                bad(f"{name}: {f} {k[f]}")
        for alts in k.get("epreuves", []):
            if not alts or any(c not in g["codes"] + g["codes_optionnels"] for c in alts):
                bad(f"{name}: key codes {alts}")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            bad(f"{name}: key span {sp} not in dates")
        if fin and fin < k["debut"]:
            bad(f"{name}: key ends before it starts {k}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            bad(f"{name}: centre words must be folded: {c}")


def weekdays(t, name, year):
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(1er|\d{1,2})\b([^\n;]{0,40})", t):
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", m.group(3))
        if not mm:
            continue
        y = int(mm.group(2)) if mm.group(2) else year
        d = dt.date(y, MOIS.index(mm.group(1)) + 1, int(m.group(2).replace("er", "")))
        if JOURS[d.weekday()] != m.group(1):
            bad(f"{name}: « {m.group(0)[:32]} » is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\.\s+(\d{2})/(\d{2})(?:/(\d{4}))?", t):
        y = int(m.group(4)) if m.group(4) else year
        d = dt.date(y, int(m.group(3)), int(m.group(2)))
        if ABR[d.weekday()] != m.group(1):
            bad(f"{name}: « {m.group(0)} » is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\s*\((" + "|".join(ABR) + r")\.\)", t):
        d = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if ABR[d.weekday()] != m.group(4):
            bad(f"{name}: « {m.group(0)} » is a {JOURS[d.weekday()]}")


def has_date(t, iso):
    d = dt.date.fromisoformat(iso)
    n, mois = d.day, MOIS[d.month - 1]
    day = r"(?:1er|0?1)" if n == 1 else rf"0?{n}"
    pats = [rf"\b{day}\s+{mois}", rf"\b{day}\b[^\n;]{{0,45}}?\b{mois}", rf"\b0?{n}/{d.month:02d}\b", iso]
    return any(re.search(p, t) for p in pats)


def has_hour(t, hhmm):
    h, m = int(hhmm[:2]), hhmm[3:]
    return any(re.search(p, t) for p in (rf"(?<![\d:]){h}\s*h\s*{m}", rf"(?<![\d:]){h:02d}:{m}", rf"(?<![\d:]){h}:{m}"))


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g.get("document") != stem:
            bad(f"{stem}: document field")
        shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            bad(f"{stem}: PDF missing"); continue
        if stem.endswith("_scan"):
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in g.items() if k not in ("document", "format")} != \
               {k: v for k, v in src.items() if k not in ("document", "format")}:
                bad(f"{stem}: gold differs from its source's")
            if text_of(pdf).strip():
                bad(f"{stem}: the scan has a text layer")
            info = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            for line in info:
                cols = line.split()
                if len(cols) > 13 and max(int(cols[12]), int(cols[13])) > 201:
                    bad(f"{stem}: image above 200 dpi ({cols[12]}x{cols[13]})")
            if not info:
                bad(f"{stem}: no image in scan")
            continue
        if g["format"] != "pdf" and not os.path.exists(os.path.join(HERE, f"{stem}.{g['format']}")):
            bad(f"{stem}: source .{g['format']} missing")
        t = fold(text_of(pdf))
        weekdays(t, stem, g["examen"]["session"])
        for s in g["dates"]:
            for v in s:
                if v and not has_date(t, v):
                    bad(f"{stem}: date {v} not in text")
        if g["date_document"] and not has_date(t, g["date_document"]):
            bad(f"{stem}: date_document {g['date_document']} not in text")
        compact = re.sub(r"[\s.\-–]", "", t.upper())
        for c in g["codes"]:
            if c not in compact:
                bad(f"{stem}: code {c} not in text")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in t:
                    bad(f"{stem}: centre word {w} not in text")
            if c["ville"] and fold(c["ville"]) not in t:
                bad(f"{stem}: city {c['ville']} not in text")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
            bad(f"{stem}: académie not in text")
        if str(g["examen"]["session"]) not in t:
            bad(f"{stem}: session year not in text")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not has_hour(t, k[f][11:]):
                    bad(f"{stem}: hour {k[f]} of a {k['type']} not in text")
    for f in sorted(os.listdir(HERE)):
        if os.path.getsize(os.path.join(HERE, f)) > 2 * 1024 * 1024:
            bad(f"{f}: over 2 MB")
    print(f"{len(golds)} gold files checked")
    for p in problems:
        print("ERROR", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
