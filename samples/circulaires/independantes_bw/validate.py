#!/usr/bin/env python3
"""Check the independantes_bw corpus (ordinary circulars) without any project code.
- gold shape (keys, split holdout, format = extension of an existing file, portee/academie, normalised codes,
  spans ordered, every cle's span in `dates`, cle codes among the codes, folded centre words); files < 2 MB;
- DOCX / PDF pairs and the scan have the same gold as their DOCX but for `document` and `format`;
- text of each document (DOCX paragraphs and table cells from word/document.xml; PDF via pdftotext):
  weekdays agree with the calendar; every gold date, date_document, code, centre word and city, and every hour
  of a key is present; the traps of the textes_*.py (holidays, arrêtés, previous session) are present in the
  text and absent from the gold (dates, dates_optionnelles, cles, date_document);
- the scan has no text layer and as many pages as the PDF it was made from."""
import datetime as dt, glob, importlib, json, os, re, subprocess, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MODULES = {"circulaire_cprp_2027_amiens": "textes_amiens", "circulaire_amcr_2028_limoges": "textes_limoges",
           "circulaire_chimie_2029_dijon": "textes_dijon", "circulaire_mos_2030_poitiers": "textes_poitiers",
           "circulaire_mgtmn_2027_clermont-ferrand": "textes_clermont"}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def text_of(path):
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as zf:
            root = ET.fromstring(zf.read("word/document.xml"))
        return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))
    # layout text interleaves wrapped table cells with their neighbours: add the raw reading order as well
    run = lambda *a: subprocess.run(["pdftotext", *a, path, "-"], capture_output=True, text=True).stdout
    return run("-layout") + "\n" + run("-raw")


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
    pats = [rf"\b(?:{day}|{d.day})\s+{month}", rf"\b{d.day:02d}/{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,45}}?\b{month}"]  # « du mercredi 26 au vendredi 28 mai », cells wrapped
    return any(re.search(p, text) for p in pats)


def hour_present(text, h, mi):
    pats = [rf"\b0?{h}\s*h\s*{mi:02d}\b", rf"\b0?{h}:{mi:02d}\b"]
    if mi == 0:
        pats.append(rf"\b0?{h}\s*h(?!\s*\d)")
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^.;|]{0,50})", t):
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


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        base = re.sub(r"_(pdf|scan)$", "", stem)
        if base != stem:
            src = json.load(open(os.path.join(HERE, base + ".gold.json"), encoding="utf-8"))
            strip = lambda x: {k: v for k, v in x.items() if k not in ("document", "format")}
            if strip(src) != strip(g):
                err(f"{stem}: gold differs from {base}'s")
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            n_src = len(PdfReader(os.path.join(HERE, base + "_pdf.pdf")).pages)
            if len(PdfReader(path).pages) != n_src:
                err(f"{stem}: page count differs from the printed PDF")
            print(f"{stem}.pdf: scan, {n_src} page(s), image only")
            continue
        mod = importlib.import_module(MODULES[base])
        text = text_of(path)
        ft = fold(text)
        nwd = check_weekdays(text, stem, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
            if not re.search(rf"{c}(?![0-9])", compact):
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in ft:
                err(f"{stem}: ville {c['ville']} not found")
        if g["examen"]["sigle"] and g["examen"]["sigle"] not in text:
            err(f"{stem}: sigle not found")
        if fold(g["examen"]["academie"]) not in ft or str(g["examen"]["session"]) not in text:
            err(f"{stem}: academie or session not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(ft, int(k[f][11:13]), int(k[f][14:16])):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        gold_days |= {k[f][:10] for k in g["cles"] for f in ("debut", "fin") if k.get(f)}
        gold_days.add(g["date_document"])
        for trap in mod.TRAPS:
            if trap in gold_days:
                err(f"{stem}: trap {trap} leaks into the gold")
            if not date_present(ft, trap):
                err(f"{stem}: trap {trap} not in the text")
        print(f"{stem}.{g['format']}: {len(g['dates'])} spans, {len(g['cles'])} keys, {len(mod.TRAPS)} traps, "
              f"{nwd} weekday-dates checked")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
