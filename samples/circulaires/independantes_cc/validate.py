#!/usr/bin/env python3
"""Check the independantes_cc corpus (ordinary national notes) without any project code.
- gold shape (types, normalised codes, every key's span in `dates`, portee nationale <=> academie null, split holdout);
- gold `format` is the extension of an existing file; files under 2 MB; pairs of golds agree but for document/format;
- text of each document (pdftotext for PDF; document.xml + headers for DOCX): weekdays agree with the calendar;
- every gold date, date_document, code, centre word and city, and hour of a key appears in the text;
- traps (holidays, dates of texts, BO date, letter date) appear in the text and are NOT in dates/dates_optionnelles;
- the *_scan.pdf has no text layer, and its gold equals its source's gold but for document."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# non-events written in each note (by source stem): they must be in the text and out of the gold
TRAPS = {
    "note_nationale_ndrc_2028": ["2018-04-27", "2026-12-13", "2028-05-25", "2028-06-05"],
    "note_nationale_electrotechnique_2027": ["2019-06-04", "2025-11-21", "2027-05-06", "2027-05-07", "2027-05-17"],
    "note_nationale_dietetique_2029": ["2024-06-11", "2027-12-07", "2029-05-10", "2029-05-21"],
    "note_nationale_ms_2030": ["2029-12-12", "2014-03-19", "2028-11-30", "2030-05-30", "2030-05-31", "2030-06-10"],
    "note_nationale_ci_2031": ["2022-03-08", "2029-11-29", "2031-05-29", "2031-06-09"],
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\u00a0", " ")


def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    with zipfile.ZipFile(path) as zf:
        parts = [n for n in zf.namelist() if re.match(r"word/(document|header\d*)\.xml$", n)]
        out = []
        for n in parts:
            root = ET.fromstring(zf.read(n))
            out += ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
        return "\n".join(out)


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] != "nationale" or g["examen"]["academie"] is not None:
        err(f"{name}: portee / academie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
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
    pats = [rf"\b(?:{day}|{d.day})\s+{month}\s+{d.year}",
            rf"\b(?:{day}|{d.day})\s+{month}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}\s+{d.year}"]  # « du lundi 23 au vendredi 27 avril 2029 »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", text):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


def hour_present(text, hh, mi):
    pats = [rf"\b0?{hh}\s*h(?:eures?)?\s*{mi:02d}\b", rf"\b0?{hh}:{mi:02d}\b"]
    if mi == 0:
        pats.append(rf"\b0?{hh}\s*h(?:eures?)?\b")
    return any(re.search(p, text) for p in pats)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    docs = {f for f in os.listdir(HERE) if f.endswith((".pdf", ".docx"))}
    used = set()
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        fname = f"{stem}.{g['format']}"
        path = os.path.join(HERE, fname)
        used.add(fname)
        if not os.path.exists(path):
            err(f"{stem}: no file {fname}"); continue
        source = re.sub(r"_(pdf|docx|scan)$", "", stem)
        if source != stem:
            src = json.load(open(os.path.join(HERE, source + ".gold.json"), encoding="utf-8"))
            strip = lambda x: {k: v for k, v in x.items() if k not in ("document", "format")}
            if strip(src) != strip(g):
                err(f"{stem}: gold differs from {source}'s")
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            print(f"{fname}: scan (image only), gold = {source}")
            continue
        raw = text_of(path)
        ft = fold(raw)
        session = g["examen"]["session"]
        check_weekdays(ft, fname, session)
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        up = raw.upper()
        for c in g["codes"]:
            m = re.fullmatch(r"([A-Z]+)(\d+)([A-Z0-9]*)", c)
            if not re.search(rf"(?<![A-Z0-9]){m[1]}\s?{m[2]}\s?{m[3]}(?![0-9A-Z])", up):
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in ft:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10:
                    if not hour_present(ft, int(k[f][11:13]), int(k[f][14:16])):
                        err(f"{stem}: hour {k[f]} of {k['type']} not found")
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        if g["date_document"] in gold_days:
            err(f"{stem}: date_document is also an event date")
        for t in TRAPS[source]:
            if not date_present(ft, t):
                err(f"{stem}: trap {t} not in the text")
            if t in gold_days:
                err(f"{stem}: trap {t} leaks into the gold")
        sig = g["examen"]["sigle"]
        if sig and not re.search(rf"\b{sig}\b", raw):
            err(f"{stem}: sigle {sig} not found")
        if str(session) not in raw:
            err(f"{stem}: session not found")
        print(f"{fname}: {len(g['dates'])} spans, {len(g['cles'])} keys, {len(g['codes'])} codes, {len(TRAPS[source])} traps")
    for f in sorted(docs - used):
        err(f"{f}: no gold")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
