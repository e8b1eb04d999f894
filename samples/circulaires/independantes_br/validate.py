#!/usr/bin/env python3
"""Check the independantes_br corpus (centres abroad, overseas académies) without any project code.
- gold shape; `format` is the extension of an existing file; every file under 2 MB;
- text of each document: DOCX (word/document.xml), ODT (content.xml), HTML (tags stripped), PDF (pdftotext -layout,
  plus the plain pdftotext flow with line breaks collapsed, since table cells wrap dates and hours);
- weekdays written in the text agree with the calendar;
- every gold date, date_document, code, centre word and city, and hour of a key is found in the text;
- the traps listed in textes_*.py (letter date, arrêtés, holidays, previous session, indicative dates) are in the
  text and in neither `dates` nor `dates_optionnelles`;
- the *_scan.pdf has no text layer and its gold equals its source's gold but for `document`;
- golds of the same circular in two formats differ only by `document` and `format`."""
import datetime as dt, glob, html, json, os, re, subprocess, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_beyrouth, textes_bordeaux, textes_guadeloupe, textes_reunion, textes_strasbourg  # noqa: E402

TEXTES = {"_ci_": textes_bordeaux, "_gpme_": textes_strasbourg, "_com_": textes_beyrouth, "_mhr_": textes_reunion,
          "_elt_": textes_guadeloupe}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\u00a0", " ")


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":  # layout text, then the reading-order text with line breaks collapsed (cells wrap: « 18 h / 30 »)
        layout = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        flow = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        return layout + "\n" + re.sub(r"[ \t]*\n[ \t]*", " ", flow)
    if ext == "docx":
        root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
        return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))
    if ext == "odt":
        root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
        return "\n".join("".join(p.itertext()) for p in root.iter() if p.tag in (TXT + "p", TXT + "h"))
    if ext == "html":
        s = open(path, encoding="utf-8").read()
        s = re.sub(r"(?s)<style.*?</style>", "", s)
        return html.unescape(re.sub(r"<br>|</(p|tr|h2|div|td|th)>", "\n", s).replace("<td>", " ")).replace("\n\n", "\n")
    raise ValueError(path)


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
    if len(spans) != len(g["dates"]) or spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: duplicate spans")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        if not s[0].startswith(str(g["examen"]["session"])):
            err(f"{name}: date {s} outside the session year")
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
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du mardi 25 au vendredi 28 mai »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    t = fold(text)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b(?=([^.;|]{0,50}))", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        d = dt.date(int(mm.group(2)) if mm.group(2) else session, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


def hour_present(text, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h\b", rf"\b{h:02d}:{mi:02d}", rf"\b{h}:{mi:02d}"]
    return any(re.search(p, text) for p in pats)


def main():
    golds = {os.path.basename(p)[: -len(".gold.json")]: json.load(open(p, encoding="utf-8"))
             for p in sorted(glob.glob(os.path.join(HERE, "*.gold.json")))}
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    strip = lambda g: {k: v for k, v in g.items() if k not in ("document", "format")}
    for stem, g in golds.items():
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        twins = [s for s in golds if s != stem and (s.startswith(stem + "_") or stem.startswith(s + "_"))]
        for s in twins:
            if strip(golds[s]) != strip(g):
                err(f"{stem}: gold differs from its twin {s}")
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            print(f"{stem}.{g['format']}: image only (gold equal to its source's)")
            continue
        text = text_of(path)
        session = g["examen"]["session"]
        check_weekdays(text, stem, session)
        ft = fold(text)
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if not re.search(rf"{c}(?![0-9])", compact):
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
        mod = next(m for key, m in TEXTES.items() if key in stem)
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        for trap in mod.TRAPS:
            if not date_present(ft, trap):
                err(f"{stem}: trap {trap} not in the text")
            if trap in gold_days:
                err(f"{stem}: trap {trap} leaks into the gold dates")
        print(f"{stem}.{g['format']}: {len(text)} characters, {len(g['dates'])} spans, {len(g['cles'])} keys, "
              f"{len(mod.TRAPS)} traps")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
