#!/usr/bin/env python3
"""Check the independantes_ba corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, codes, ISO dates, every cle has its span in `dates`);
- weekdays written in the PDF text agree with the calendar (« mardi 12 mai 2026 », « ven. 03/04/2026 »,
  « du lundi 29 au mercredi 31 mai 2028 »);
- every gold date / code / centre word / city / cle hour is findable in `pdftotext` of the printed PDF;
- what the HTML hides (display:none cells, rows and columns, Calc comments, Outlook conditional comments, Word hidden
  text) is in the HTML source but NOT in the printed PDF; what it shows (Google Docs comments) is in the PDF;
- the scan has no text layer and is at most 200 dpi; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {j[:3]: i for i, j in enumerate(JOURS)}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
SOURCES = {  # stem -> source file written by build.py
    "circulaire_ati_2026_rennes": "circulaire_ati_2026_rennes.htm",
    "circulaire_tourisme_2027_montpellier": "circulaire_tourisme_2027_montpellier.html",
    "circulaire_pi_2028_lyon": "circulaire_pi_2028_lyon.html",
    "mail_mec_2029_lille": "mail_mec_2029_lille.htm",
    "note_nationale_ol_2027": "note_nationale_ol_2027.htm",
}
HIDDEN = {  # in the HTML source, never on the printed page
    "circulaire_ati_2026_rennes": ["Rappel session 2025", "13/05/2025", "Kerraoul", "Paimpol", "abandonné"],
    "circulaire_tourisme_2027_montpellier": ["Saisie Cyclades", "saisi le", "Chaptal", "Mende", "créneau initial",
                                             "7 janvier 2027", "Rémi Castagné"],
    "mail_mec_2029_lille": ["Brouillon", "22 au 24 mai"],
    "note_nationale_ol_2027": ["à arbitrer", "vendredi 14 mai 2027 à 14 h"],
}
SHOWN = {  # visible on the page although they look like side material
    "circulaire_pi_2028_lyon": ["[a]", "[b]", "12/01", "15 avril", "lundi 1er mai 2028"],
    "mail_mec_2029_lille": ["6 février 2029", "13 mars 2029"],
}
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("\u00a0", " ").replace("\u202f", " "))
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def err(msg):
    errors.append(msg)


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee {g['portee']}")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / académie mismatch")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span in dates")
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
    pats = [rf"\b(?:{day}|{d.day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}[/-]\d{{2,4}}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 29 au mercredi 31 mai »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, name, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n;]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        n += 1
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{2})[/-](\d{2})[/-](\d{2,4})\b", t):
        y = int(m.group(4)); y = y + 2000 if y < 100 else y
        d = dt.date(y, int(m.group(3)), int(m.group(2)))
        n += 1
        if d.weekday() != ABR[m.group(1)]:
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    return n


def hour_present(ft, iso):
    h, mi = int(iso[11:13]), int(iso[14:16])
    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h\b", rf"\b{h:02d}:{mi:02d}\b", rf"\b{h}h{mi:02d}\b"]
    return any(re.search(p, ft) for p in pats)


def source_text(path):
    raw = open(path, "rb").read()
    enc = "cp1252" if b"charset=windows-1252" in raw[:2000] else "utf-8"
    return raw.decode(enc)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        text = pdftext(pdf)
        if stem.endswith("_scan"):
            if text.strip():
                err(f"{stem}: scan has a text layer")
            base = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            for k in KEYS:
                if k not in ("document", "format") and base[k] != g[k]:
                    err(f"{stem}: differs from its source gold on {k}")
            info = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            for line in info:
                cols = line.split()
                if cols and max(int(cols[12]), int(cols[13])) > 200:
                    err(f"{stem}: image above 200 dpi ({cols[12]}x{cols[13]})")
            continue
        src = SOURCES.get(stem)
        if not src or not os.path.exists(os.path.join(HERE, src)):
            err(f"{stem}: no source file"); continue
        if g["format"] != "html":
            err(f"{stem}: format")
        ft = fold(text)
        if check_weekdays(text, stem, g["examen"]["session"]) < 5:
            err(f"{stem}: too few weekday-dated mentions found")
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in ft:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(ft, k[f]):
                    err(f"{stem}: hour of {k['type']} {f} {k[f]} not found")
        html_src = source_text(os.path.join(HERE, src))
        for s in HIDDEN.get(stem, []):
            if s not in html_src:
                err(f"{stem}: hidden trap {s!r} missing from the HTML")
            if fold(s) in ft:
                err(f"{stem}: hidden trap {s!r} visible in the PDF")
        for s in SHOWN.get(stem, []):
            if fold(s) not in ft:
                err(f"{stem}: {s!r} should be visible in the PDF")
    scans = sorted(glob.glob(os.path.join(HERE, "*_scan.pdf")))
    if len(scans) != 1:
        err(f"{len(scans)} scans (exactly one expected)")
    for f in sorted(glob.glob(os.path.join(HERE, "*"))):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: larger than 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
