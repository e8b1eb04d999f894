#!/usr/bin/env python3
"""Check the independantes_aj corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, types, normalised codes, every cle's span listed in dates, folded centre words);
- weekdays written in the PDF text agree with the calendar ("mardi 11 mai 2027", "ven. 2 avril 2027");
- every gold date (dates, dates_optionnelles, date_document), code, centre word, city and cle hour is findable in
  the pdftotext text of the PDF;
- the scan has no text layer, its gold equals the source gold but for document/format; every file < 2 MB.
Prints, for information, the dates of the text that the gold leaves out (intended non-events)."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return t.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")


def err(msg):
    errors.append(msg)


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def searchable(path):
    """Layout text, then the reading-order text with its lines joined (table cells and wrapped sentences kept whole)."""
    raw = re.sub(r"\s*\n\s*", " ", pdftext(path, layout=False))
    return fold(pdftext(path)) + "\n" + fold(raw)


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split must be holdout")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee {g['portee']}")
    if g["portee"] == "nationale" and (g["examen"]["academie"] is not None or g["centres"]):
        err(f"{name}: a national note has no académie and no required centre")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: a code is both required and optional")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2:
            err(f"{name}: span {s}")
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
    spans = [tuple(s) for s in g["dates"]]
    if len(spans) != len(set(spans)):
        err(f"{name}: duplicate spans")
    if set(spans) & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: a span is both required and optional")
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
        if sp not in set(spans):
            err(f"{name}: cle span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")


def date_patterns(iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    return [rf"\b(?:{day}|0?{d.day})\s+{month}\s+{d.year}", rf"\b(?:{day}|0?{d.day})\s+{month}\b",
            rf"\b{d.day:02d}/{d.month:02d}/{d.year}\b",
            rf"\bdu\s+0?{d.day}\s+au\s+\d{{1,2}}/{d.month:02d}/{d.year}\b",        # « du 19 au 23/05/2025 »
            rf"\b(?:{day}|{d.day})\b[^\n;]{{0,45}}?\b{month}\s+{d.year}"]          # « du lundi 31 mai au ... 2027 »


def date_present(text, iso):
    return any(re.search(p, text) for p in date_patterns(iso))


def check_weekdays(t, name, session):
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?\s+"
                         r"(1er|\d{1,2})\b([^\n.;]{0,50})", t):
        w = m.group(1)
        wd = JOURS.index(w) if w in JOURS else ABR[w]
        dd, rest = int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        n += 1
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:40]}' is a {JOURS[d.weekday()]}")
    return n


def hour_present(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"\b{h}\s*h\s*{mi:02d}\b", rf"\b{h:02d}:{mi:02d}\b"] if mi else \
        [rf"\b{h}\s*h\b(?!\s*[1-5]\d)", rf"\b{h}\s*h\s*00\b", rf"\b{h:02d}:00\b"]
    return any(re.search(p, t) for p in pats)


def dates_in_text(t, session):
    """All full dates the text writes, as ISO (for the information listing)."""
    found = set()
    for m in re.finditer(r"\b(1er|\d{1,2})\s+(" + "|".join(MOIS) + r")(?:\s+(\d{4}))?", t):
        y = int(m.group(3)) if m.group(3) else session
        try:
            found.add(dt.date(y, MOIS.index(m.group(2)) + 1, int(m.group(1).replace("er", ""))).isoformat())
        except ValueError:
            pass
    for m in re.finditer(r"\b(\d{2})/(\d{2})/(\d{4})\b", t):
        found.add(dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat())
    return found


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    by_stem = {}
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        by_stem[stem] = g
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
            continue
        sources = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith((".gold.json", ".pdf"))]
        if g["format"] != "pdf" and not sources:
            err(f"{stem}: no source file for format {g['format']}")
        t = searchable(pdf)
        n = check_weekdays(t, stem, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(t, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(t, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if not re.search(rf"{c}(?![0-9])", compact):
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{stem}: ville {c['ville']} not found")
        sig = fold(g["examen"]["sigle"] or "")
        if sig and sig not in t:
            err(f"{stem}: sigle not found")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
            err(f"{stem}: académie not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(t, k[f][11:]):
                    err(f"{stem}: hour {k[f]} ({k['type']}) not found")
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        left = sorted(dates_in_text(t, g["examen"]["session"]) - gold_days)
        print(f"{stem}: {n} weekdays checked; dates of the text left out of the gold: {', '.join(left)}")
    for stem, g in by_stem.items():
        if stem.endswith("_scan"):
            src = by_stem.get(stem[: -len("_scan")])
            if src is None:
                err(f"{stem}: no source gold")
            else:
                a = {k: v for k, v in g.items() if k not in ("document", "format")}
                b = {k: v for k, v in src.items() if k not in ("document", "format")}
                if a != b:
                    err(f"{stem}: gold differs from its source's")
    for f in sorted(glob.glob(os.path.join(HERE, "*_scan.pdf"))):
        if pdftext(f).strip():
            err(f"{os.path.basename(f)}: text layer present")
    for f in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: larger than 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
