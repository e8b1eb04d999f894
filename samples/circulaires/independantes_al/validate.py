#!/usr/bin/env python3
"""Check the independantes_al corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (fields, types, normalised codes, every key event's span listed in `dates`);
- weekdays written in the PDF text agree with the calendar (year of the session when the text gives none);
- every gold date, code, centre word and city, date_document and key hour is findable in `pdftotext` of the PDF;
- the messy-Word features the batch is about are really in the sources (manual breaks in cells, nested tables,
  Courier paragraphs, spacer columns, FODT sub-tables);
- the scan has no text layer, is image-only at <= 200 dpi, and every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def pdftext(path, layout=True):
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split is not holdout")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee {g['portee']}")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie mismatch")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session not an int")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicated span in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[0]):
            err(f"{name}: bad span {s}")
        elif s[1] is not None and (not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[1]) or s[1] <= s[0]):
            err(f"{name}: bad span end {s}")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", k[f]):
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
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded: {c}")


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    m = MOIS[d.month - 1]
    pats = [rf"\b{day}\s+{m}\b", rf"\b{d.day}\s+{m}\b", rf"\b{d.day:02d}/{d.month:02d}\b",
            rf"\b(?:du|le|lundi|mardi|mercredi|jeudi|vendredi)\s+(?:\w+\s+)?{day}\b[^\n.;]{{0,40}}?\b{m}\b"]
    return any(re.search(p, t) for p in pats)


def hour_present(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:])
    if mi:
        pats = [rf"\b{h}\s*h\s*{mi:02d}", rf"\b{h:02d}:{mi:02d}"]
    else:
        pats = [rf"\b{h}\s*h(?:00)?\b", rf"\b{h}\s+heures\b", rf"\b{h:02d}:00"]
    return any(re.search(p, t) for p in pats)


def check_weekdays(text, name, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\s+(" +
                         "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", t):
        y = int(m.group(4)) if m.group(4) else session
        d = dt.date(y, MOIS.index(m.group(3)) + 1, int(m.group(2).replace("er", "")))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    return n


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def check_features():
    """The batch's theme must really be in the sources, not only in the README."""
    x = docx_xml(os.path.join(HERE, "circulaire_cg_2027_rennes.docx"))
    if not re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:br/>", x, re.S):
        err("rennes: no manual line break inside a table cell")
    if "Dates 2027" not in x or ">lundi<" not in x or ">10 mai<" not in x:
        err("rennes: day and date are not in separate cells under 'Dates 2027'")
    if x.count('<w:tcBorders><w:top w:val="nil"/>') < 8:
        err("rennes: spacer columns missing")
    x = docx_xml(os.path.join(HERE, "circulaire_gpme_2026_besancon.docx"))
    if not re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:tbl>", x, re.S):
        err("besancon: no nested table")
    if ">S19<" in x or ">S20<" not in x:
        err("besancon: week-number column")
    if "Attention : modification" not in x:
        err("besancon: no self-correction")
    x = docx_xml(os.path.join(HERE, "circulaire_tourisme_2028_grenoble.docx"))
    if 'w:ascii="Courier New"' not in x or 'xml:space="preserve">Mardi 9 mai    E1   ' not in x:
        err("grenoble: Courier calendar with spaces missing")
    x = docx_xml(os.path.join(HERE, "note_nationale_ccst_2027.docx"))
    if not re.search(r"<w:tc>(?:(?!</w:tc>).)*<w:tbl>", x, re.S):
        err("ccst: no nested table in the frame cell")
    x = open(os.path.join(HERE, "circulaire_et_2029_poitiers.fodt"), encoding="utf-8").read()
    if not re.search(r"<table:table-cell[^>]*>\s*<table:table ", x) or "<text:line-break/>" not in x:
        err("poitiers: FODT sub-table or line breaks missing")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    wd = 0
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g.get("document") != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF")
            continue
        if stem.endswith("_scan"):
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in src.items() if k not in ("document", "format")}
            if a != b:
                err(f"{stem}: gold differs from its source's gold")
            info = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            for line in info:
                cols = line.split()
                if int(cols[12]) > 200 or int(cols[13]) > 200:
                    err(f"{stem}: image above 200 dpi")
            if not info:
                err(f"{stem}: no image")
            continue
        text = pdftext(pdf)
        t = fold(text)
        t_raw = fold(pdftext(pdf, layout=False))
        both = t + "\n" + t_raw
        wd += check_weekdays(text, stem, g["examen"]["session"])
        for s in g["dates"]:
            for v in s:
                if v and not date_present(both, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(both, g["date_document"]):
            err(f"{stem}: date_document not found")
        up = text.upper()
        for c in g["codes"]:
            pat = r"[\s.]?".join(re.escape(ch) for ch in c)  # « E 1 », « E.2.1 » also count
            if not re.search(rf"(?<![A-Z0-9]){pat}(?![0-9])", up):
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in both:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in both:
                err(f"{stem}: ville {c['ville']} not found")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
            err(f"{stem}: académie not found")
        if str(g["examen"]["session"]) not in t:
            err(f"{stem}: session year not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(both, k[f][11:]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
    check_features()
    for f in sorted(os.listdir(HERE)):
        if os.path.getsize(os.path.join(HERE, f)) > 2 * 1024 * 1024:
            err(f"{f}: over 2 MB")
    print(f"{len(golds)} gold files checked, {wd} written weekdays checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
