#!/usr/bin/env python3
"""Check the independantes_u corpus (standard library + pdftotext + pypdf; no project code).

Usage: /work/main/.venv/bin/python validate.py
Checks, for every *.gold.json:
  1. shape: keys, types, ISO dates, types of key events, codes in the normalised form, no duplicates;
     every key event's day span appears in `dates`;
  2. the document files exist (a PDF for every stem; a scan gold needs a source PDF);
  3. every gold date, code and centre word (and town) is present in the text of the PDF (pdftotext); for a
     scan, in the text of the source PDF the scan was made from;
  4. weekdays written next to a date in the PDF text agree with the calendar (year = session year, or the
     year written);
  5. the scans have no text layer (pdftotext is empty and no page has a /Font resource).
Exit status 1 if anything is wrong.
"""
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
CODE_RE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOMENT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
SEP = r"[\s.\-–‑]*"

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def pdftext(pdf):
    r = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return r.stdout


def flat(text):
    """One line, single spaces, typographic apostrophes and hyphens unified."""
    t = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", t)


# ------------------------------------------------------------------------------------------------ shape
def check_shape(name, g):
    for k, typ in (("document", str), ("split", str), ("format", str), ("portee", str), ("examen", dict),
                   ("codes", list), ("codes_optionnels", list), ("centres", list), ("centres_optionnels", list),
                   ("dates", list), ("dates_optionnelles", list), ("cles", list)):
        if not isinstance(g.get(k), typ):
            err(name, f"field {k} missing or not {typ.__name__}")
            return False
    if g["document"] + ".gold.json" != name:
        err(name, "document does not match the file name")
    if g["split"] != "holdout":
        err(name, "split must be holdout")
    if g["format"] not in {"pdf", "docx", "html", "odt"}:
        err(name, f"format {g['format']}")
    if g["portee"] not in {"academique", "nationale"}:
        err(name, f"portee {g['portee']}")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(name, "examen.session must be an int")
    if g["portee"] == "nationale" and ex.get("academie") is not None:
        err(name, "national note with an académie")
    if g["portee"] == "academique" and not ex.get("academie"):
        err(name, "academic circular without académie")
    if g.get("date_document") is not None and not DAY_RE.match(g["date_document"]):
        err(name, "date_document not ISO")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE_RE.match(c):
            err(name, f"code {c!r} not normalised")
    if len(set(g["codes"])) != len(g["codes"]):
        err(name, "duplicate codes")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(name, "code both required and optional")
    for c in g["centres"] + g["centres_optionnels"]:
        if not (isinstance(c.get("mots"), list) and c["mots"] and all(w == fold(w) for w in c["mots"])):
            err(name, f"centre words must be folded lower case: {c}")
        if "ville" not in c:
            err(name, f"centre without ville: {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if not (isinstance(s, list) and len(s) == 2 and DAY_RE.match(s[0]) and (s[1] is None or DAY_RE.match(s[1]))):
            err(name, f"bad span {s}")
            continue
        if s[1] is not None and s[1] <= s[0]:
            err(name, f"span end not after start {s}")
        if tuple(s) in spans:
            err(name, f"duplicate span {s}")
        spans.add(tuple(s))
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            err(name, f"key type {k.get('type')}")
        if not MOMENT_RE.match(k.get("debut", "")):
            err(name, f"key debut {k.get('debut')}")
        if "fin" in k and k["fin"] is not None and not MOMENT_RE.match(k["fin"]):
            err(name, f"key fin {k.get('fin')}")
        for alt in k.get("epreuves", []):
            if not alt or any(not CODE_RE.match(c) for c in alt):
                err(name, f"key codes {alt}")
            if not set(alt) & set(g["codes"] + g["codes_optionnels"]):
                err(name, f"key codes {alt} not among the gold codes")
        start, end = k["debut"][:10], (k.get("fin") or "")[:10] or None
        span = (start, None if end == start else end)
        if span not in spans:
            err(name, f"key span {span} not in dates")
    return True


# ------------------------------------------------------------------------------------------------ presence
def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    jour, abr, mois = JOURS[d.weekday()], JOURS_ABR[d.weekday()], MOIS[d.month - 1]
    n = f"{d.day}er" if d.day == 1 else str(d.day)
    return [
        rf"\b{d.day}(er)? {mois}\b",                       # 12 mai / 1er juin
        rf"\b{jour} {n}\b",                                # mercredi 12 / mardi 1er (month given later)
        rf"\b{abr}\. {d.day:02d}/{d.month:02d}\b",         # mer. 19/04
        rf"\b{d.day:02d}/{d.month:02d}(/\d{{2,4}})?\b",    # 19/04, 09/04/2027, 16/05/28
        rf"\b{d.day:02d}-{d.month:02d}-{d.year}\b",        # 05-06-2026
    ]


def present_date(iso, text):
    return any(re.search(p, text, re.I) for p in date_forms(iso))


def present_code(code, text):
    m = re.match(r"^(EF|UF|E|U)(\d+)([A-Z]?)$", code)
    if not m:
        return code in text
    head, digits, letter = m.groups()
    pat = head + SEP + SEP.join(digits) + (SEP + letter if letter else "")
    return re.search(rf"(?<![A-Za-z0-9]){pat}(?![0-9A-Za-z])", text) is not None


def check_presence(name, g, text):
    t = flat(text)
    for s in g["dates"]:
        for iso in s:
            if iso and not present_date(iso, t):
                err(name, f"date {iso} not found in the PDF text")
    for k in g["cles"]:
        for v in (k["debut"], k.get("fin")):
            if v and len(v) > 10:
                h, mi = int(v[11:13]), v[14:16]
                forms = [rf"\b{h}\s*[hH]\s*{mi}\b", rf"\b{h:02d}\s*[hH]\s*{mi}\b", rf"\b{h}:{mi}\b"]
                if mi == "00":
                    forms += [rf"\b{h}\s*(h|H|heures)(?!\s*\d)"]
                if not any(re.search(f, t) for f in forms):
                    err(name, f"time {v[11:]} not found in the PDF text")
    for c in g["codes"]:
        if not present_code(c, t):
            err(name, f"code {c} not found in the PDF text")
    ft = fold(t)
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in ft:
                err(name, f"centre word {w!r} not found")
        if c["ville"] and fold(c["ville"]) not in ft:
            err(name, f"town {c['ville']!r} not found")
    sigle = g["examen"].get("sigle")
    if sigle and sigle.casefold() not in ft:
        err(name, f"sigle {sigle} not found")
    if str(g["examen"]["session"]) not in t:
        err(name, "session year not found")
    if g.get("date_document"):
        d = dt.date.fromisoformat(g["date_document"])
        if not re.search(rf"\b{d.day}(er)? {MOIS[d.month - 1]} {d.year}\b", t):
            err(name, f"date_document {d} not written in the text")


# ------------------------------------------------------------------------------------------------ weekdays
def check_weekdays(name, text, session):
    t = flat(text)
    n = 0
    # 'mardi 16 mai 2028', 'du lundi 1er au ...', 'lundi 11 mai' (year = session unless written)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (\d{1,2})(er)?"
                         r"(?: (?:au|et) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\d{1,2}(?:er)?)?"
                         r" (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
                         r"(?: (\d{4}))?", t, re.I):
        jour, day, _, mois, year = m.groups()
        year = int(year) if year else session
        # when a span 'du lundi 1er au mercredi 3 juin' is matched, the month belongs to both ends
        check_one(name, jour, int(day), MOIS.index(mois.lower()) + 1, year, m.group(0))
        n += 1
    # second weekday of a span: 'au mercredi 3 juin 2026'
    for m in re.finditer(r"\bau (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (\d{1,2})(er)? "
                         r"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
                         r"(?: (\d{4}))?", t, re.I):
        jour, day, _, mois, year = m.groups()
        check_one(name, jour, int(day), MOIS.index(mois.lower()) + 1, int(year) if year else session, m.group(0))
        n += 1
    # 'mardi 16/05' (table cells side by side in the layout text)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{2})/(\d{2})\b", text, re.I):
        jour, day, month = m.groups()
        check_one(name, jour, int(day), int(month), session, m.group(0))
        n += 1
    # 'mer. 19/04', 'mar. 16/05/28'
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\. (\d{2})/(\d{2})(?:/(\d{2,4}))?", t, re.I):
        abr, day, month, year = m.groups()
        year = session if not year else (2000 + int(year) if len(year) == 2 else int(year))
        check_one(name, JOURS[JOURS_ABR.index(abr.lower())], int(day), int(month), year, m.group(0))
        n += 1
    return n


def check_one(name, jour, day, month, year, found):
    try:
        d = dt.date(year, month, day)
    except ValueError:
        err(name, f"impossible date in {found!r}")
        return
    if JOURS[d.weekday()] != jour.lower():
        err(name, f"weekday mismatch in {found!r}: {d} is a {JOURS[d.weekday()]}")


# ------------------------------------------------------------------------------------------------ scans
def check_scan(name, pdf):
    if pdftext(pdf).strip():
        err(name, "scan has a text layer")
    for i, page in enumerate(PdfReader(str(pdf)).pages):
        res = page.get("/Resources") or {}
        if "/Font" in res:
            err(name, f"scan page {i + 1} has fonts")
        if "/XObject" not in res:
            err(name, f"scan page {i + 1} has no image")


def main():
    golds = sorted(HERE.glob("*.gold.json"))
    for gp in golds:
        name = gp.name
        g = json.loads(gp.read_text(encoding="utf-8"))
        if not check_shape(name, g):
            continue
        stem = g["document"]
        pdf = HERE / f"{stem}.pdf"
        if not pdf.exists():
            err(name, "no PDF for this stem")
            continue
        src_ext = {"docx": ".docx", "html": ".html", "odt": ".odt", "pdf": ".pdf"}[g["format"]]
        if stem.endswith("_scan"):
            check_scan(name, pdf)
            source = HERE / f"{stem[:-5]}.pdf"
            if not source.exists():
                err(name, "scan without source PDF")
                continue
            text = pdftext(source)
        else:
            if not (HERE / f"{stem}{src_ext}").exists():
                err(name, f"no {src_ext} source")
            text = pdftext(pdf)
        check_presence(name, g, text)
        n = check_weekdays(name, text, g["examen"]["session"])
        print(f"{name}: {len(g['dates'])} spans, {len(g['cles'])} keys, {len(g['codes'])} codes, "
              f"{len(g['centres'])} centres, {n} weekday mentions checked")
    # every document file has a gold
    for f in sorted(HERE.iterdir()):
        if f.suffix in {".pdf", ".docx", ".html", ".odt"} and not (HERE / f"{f.stem}.gold.json").exists():
            err(f.name, "document without gold")
    if errors:
        print("\n".join(["", "ERRORS:"] + errors))
        return 1
    print("\nOK: no error")
    return 0


if __name__ == "__main__":
    sys.exit(main())
