#!/usr/bin/env python3
"""Check the independantes_ca corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (fields, normalised codes, every key's span in `dates`, folded centre words, portee/academie);
- gold `format` is the extension of an existing file; every file under 2 MB;
- text of each document: DOCX paragraphs (table cells included) or `pdftotext -layout`;
- weekdays written in the text agree with the calendar;
- every gold date, date_document, code, centre word and city, sigle, académie and key hour is found in the text;
- the traps listed in textes_*.py (PIEGES: letter date, arrêtés, notes, holidays, vacations, earlier session) are in
  the text and none of them leaks into `dates` or `dates_optionnelles`;
- the *_scan.pdf has no text layer and its gold equals its source's gold but for document and format;
- DOCX gold and _lo.pdf gold are identical but for document and format."""
import datetime as dt, glob, importlib, json, os, re, subprocess, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MODULES = ["textes_montpellier", "textes_orleans", "textes_nancy", "textes_lille", "textes_guadeloupe"]
errors = []
err = errors.append


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\u00a0", " ")


def text_of(path):
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as zf:
            root = ET.fromstring(zf.read("word/document.xml"))
        return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))
    # layout text, then raw text (cells whose content wraps are read in one piece there)
    layout, raw = (subprocess.run(["pdftotext"] + opt + [path, "-"], capture_output=True, text=True).stdout
                   for opt in (["-layout"], []))
    return layout + "\n" + re.sub(r"(?<!\n)\n(?!\n)", " ", raw)  # raw blocks joined: a wrapped cell is one line


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale") or (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    if spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: span both required and optional")
    for s in g["dates"] + g["dates_optionnelles"]:
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
    pats = [rf"\b(?:{day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du mardi 25 au jeudi 27 mai »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^.;|]{0,50})", text):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        n += 1
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    return n


def hour_present(text, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"\b0?{h}\s*h\s*{mi:02d}", rf"\b0?{h}:{mi:02d}"] + ([rf"\b0?{h}\s*h\b"] if mi == 0 else [])
    return any(re.search(p, text) for p in pats)


def strip(g):
    return {k: v for k, v in g.items() if k not in ("document", "format")}


def main():
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    traps = {}
    for name in MODULES:
        m = importlib.import_module(name)
        traps[m.STEM] = m.PIEGES
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        base = re.sub(r"_(lo|scan)$", "", stem)
        if base != stem:
            src = json.load(open(os.path.join(HERE, base + ".gold.json"), encoding="utf-8"))
            if strip(src) != strip(g):
                err(f"{stem}: gold differs from {base}'s")
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            print(f"{stem}.{g['format']}: image only, gold = {base}'s")
            continue
        text = fold(text_of(path))
        session = g["examen"]["session"]
        n_wd = check_weekdays(text, stem, session)
        for s in g["dates"]:
            for v in s:
                if v and not date_present(text, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(text, g["date_document"]):
            err(f"{stem}: date_document not found")
        if g["date_document"] != traps[base][0]:
            err(f"{stem}: date_document is not the letter date of textes")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in text:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]).replace("-", " ") not in re.sub(r"[\s-]+", " ", text):
                err(f"{stem}: ville {c['ville']} not found")
        ex = g["examen"]
        if fold(ex["sigle"]) not in text or fold(ex["academie"]) not in text or str(session) not in text:
            err(f"{stem}: sigle / academie / session not in text")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(text, k[f][11:16]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        for t in traps[base]:
            if not date_present(text, t):
                err(f"{stem}: trap {t} not in the text")
            if t in gold_days:
                err(f"{stem}: trap {t} leaks into the gold")
        print(f"{stem}.{g['format']}: {len(g['dates'])} spans, {len(g['cles'])} keys, {len(traps[base])} traps, {n_wd} weekdays checked")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
