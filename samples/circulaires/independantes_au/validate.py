#!/usr/bin/env python3
"""Check the independantes_au corpus without any project code. Prints OK when every check passes.
- gold shape (keys, split, portée, code pattern, each clé's span listed in `dates`);
- weekdays written in the text agree with the calendar (year taken from the phrase, else the session);
- every gold date, code, centre word and city, date_document and clé hour is findable in the text
  (pdftotext of the PDF, or the .txt itself);
- no épreuve code appears in the text that the gold does not list (required or optional);
- prose only: the DOCX files contain no table; the scan has no text layer, is at most 200 dpi;
- every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"(?<![A-Za-z0-9])(EF|UF|E|U) ?(\d{1,2}(?: ?[A-Z](?![A-Za-z]))?)(?![0-9])")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def err(msg):
    errors.append(msg)


def text_of(stem):
    if os.path.exists(os.path.join(HERE, stem + ".txt")):
        return open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()
    return subprocess.run(["pdftotext", os.path.join(HERE, stem + ".pdf"), "-"], capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g.get("format") not in ("pdf", "docx", "txt"):
        err(f"{name}: format")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portée / académie mismatch")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None:
                dt.date.fromisoformat(v)
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
    if spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: a span is both required and optional")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.match(k[f]):
                err(f"{name}: clé {f} {k[f]}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(f"{name}: clé code {c} not in codes")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            err(f"{name}: clé span {sp} not in dates")
        if k["debut"][:4] != str(g["examen"]["session"]) and k["type"] != "transmission":
            err(f"{name}: clé outside the session year {k}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b{day}\s+{month}\s+{d.year}", rf"\b{day}\s+{month}\b", rf"\b(?:{day}|{d.day})\b[^.;]{{0,45}}?\b{month}"]
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name, session):
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\s+(1er|\d{1,2})\b([^.;]{0,60})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else None
        if year is None:  # « du lundi 18 mai au vendredi 22 mai 2026 »: the year closes the phrase
            ym = re.search(r"\b(20\d\d)\b", rest)
            year = int(ym.group(1)) if ym else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        n += 1
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:40]}' is a {JOURS[d.weekday()]}")
    return n


def docx_has_table(path):
    with zipfile.ZipFile(path) as z:
        return "<w:tbl>" in z.read("word/document.xml").decode("utf-8")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        src = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(src):
            err(f"{stem}: no {g['format']} file"); continue
        raw = text_of(stem)
        if stem.endswith("_scan"):
            if raw.strip():
                err(f"{stem}: scan has a text layer")
            info = subprocess.run(["pdfimages", "-list", src], capture_output=True, text=True).stdout.splitlines()[2:]
            for line in info:
                cols = line.split()
                if cols and max(int(cols[-4]), int(cols[-3])) > 200:
                    err(f"{stem}: image above 200 dpi")
            continue
        if g["format"] == "docx" and docx_has_table(src):
            err(f"{stem}: the DOCX contains a table")
        t = re.sub(r"\s+", " ", fold(raw))
        n = check_weekdays(t, stem, g["examen"]["session"])
        if n < 10:
            err(f"{stem}: only {n} weekday phrases checked")
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(t, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(t, g["date_document"]):
            err(f"{stem}: date_document not found")
        found = {(a + b).replace(" ", "") for a, b in CODE.findall(raw)}
        for c in g["codes"]:
            if c not in found:
                err(f"{stem}: code {c} not found")
        extra = found - set(g["codes"]) - set(g["codes_optionnels"])
        if extra:
            err(f"{stem}: codes in the text but not in the gold: {sorted(extra)}")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                v = k.get(f)
                if v and len(v) > 10:
                    h, mi = int(v[11:13]), int(v[14:16])
                    pat = rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h(?:\s*00)?(?!\s*\d)"
                    if not re.search(pat, t):
                        err(f"{stem}: hour {v[11:]} of {k['type']} not found")
    for f in sorted(os.listdir(HERE)):
        if os.path.getsize(os.path.join(HERE, f)) > 2 * 1024 * 1024:
            err(f"{f}: over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
