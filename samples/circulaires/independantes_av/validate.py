#!/usr/bin/env python3
"""Check the independantes_av corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, types, normalised codes, every cle has its span in dates, folded centre words);
- weekdays written in the PDF text agree with the calendar (« mardi 11 mai 2027 », « lundi 15.05.2028 »);
- every gold date, code, centre word and city, date_document and every hour of the cles is findable in the
  `pdftotext -layout` text of the PDF, once the typography is undone (ligatures, no-break spaces, soft hyphens,
  line-end hyphenation, superscripts split from their number);
- the typographic traps announced in README.md are really present in the sources;
- the scan has no text layer, is at most 200 dpi, and every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def undo_typography(raw):
    """What a careful human reads: ligatures split, no-break spaces as spaces, soft hyphens and
    line-end hyphens joined, en dashes as hyphens, then accents folded and lower case."""
    t = re.sub("\u00ad\u2010?\n\\s*", "", raw).replace("\u00ad", "")  # Chromium writes « ­‐ » (U+00AD U+2010)
    t = unicodedata.normalize("NFKC", t)              # ﬁ ﬂ ﬀ ﬃ -> fi fl ff ffi ; U+00A0 / U+202F -> space
    t = re.sub(r"(?<=[a-zà-ÿ])-\n\s*(?=[a-zà-ÿ])", "", t)  # « dé-\npôt » -> « dépôt »
    t = t.replace("\u2013", "-").replace("\u2011", "-")
    return fold(t)


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split must be holdout")
    if g.get("portee") not in ("academique", "nationale"):
        err(f"{name}: portee")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        err(f"{name}: national note with an académie")
    if not isinstance(g["examen"].get("session"), int):
        err(f"{name}: session")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[0]) or (s[1] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[1])):
            err(f"{name}: bad span {s}")
        elif s[1] is not None and s[1] <= s[0]:
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


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = r"(?:1\s*er|0?1)" if d.day == 1 else rf"0?{d.day}"
    month = MOIS[d.month - 1]
    pats = [rf"\b{day}\s+{month}\b",                                   # 11 mai / 1 er juin / 18 mai
            rf"\b{d.day:02d}[./]{d.month:02d}[./]{d.year}\b",            # 02.05.2028, 04/06/2027
            rf"\b{d.year}-{d.month:02d}-{d.day:02d}\b",                  # 2028-06-19
            rf"\b{day}\b(?:\s*[-/]\s*|\s+au\s+|\s+et\s+)(?:\d{{1,2}}|1\s*er)\s+{month}\b",  # 2-4 juin, 7/8 juin, 25 au 28 mai
            rf"\b{day}\b[^\n.;]{{0,45}}?\b{month}\b"]                   # « du mardi 6 au vendredi 9 juin »
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name, session):
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1\s*er|\d{1,2})\s+(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", t):
        year = int(m.group(4)) if m.group(4) else session
        d = dt.date(year, MOIS.index(m.group(3)) + 1, int(re.sub(r"\D", "", m.group(2))))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{2})[./](\d{2})[./](\d{4})\b", t):
        d = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    # the national table: « Lundi  2029-05-14 »
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{4})-(\d{2})-(\d{2})\b", t):
        d = dt.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    return n


def hour_present(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    if mi:
        pats = [rf"\b0?{h}\s*h\s*{mi:02d}\b", rf"\b0?{h}:{mi:02d}\b", rf"\b{h}\s*heures\s*{mi:02d}\b"]
    else:
        pats = [rf"\b0?{h}\s*h\b", rf"\b0?{h}\s*h\s*00\b", rf"\b0?{h}:00\b", rf"\b{h}\s*heures\b"]
    return any(re.search(p, t) for p in pats)


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def check_traps():
    """The traps the README announces must be in the sources (not only in the author's intention)."""
    want = {
        "circulaire_tourisme_2027_bordeaux.docx": ["<w:softHyphen/>", "<w:noBreakHyphen/>", '<w:vertAlign w:val="superscript"/>',
                                                   "<w:smallCaps/>", "<w:caps/>", "\u00a0", "\u202f", "\u2019"],
        "note_nationale_pi_2029.docx": ["<w:softHyphen/>", '<w:vertAlign w:val="superscript"/>', "<w:smallCaps/>",
                                        "<w:caps/>", "\u00a0", "\u202f", "\u2019"],
        "circulaire_cg_2026_rennes.html": ["&shy;", "&nbsp;", "&#8239;", "<sup>", "font-variant: small-caps",
                                           "text-transform: uppercase", "\u2013", "\u2019"],
    }
    for f, items in want.items():
        p = os.path.join(HERE, f)
        src = docx_xml(p) if f.endswith(".docx") else open(p, encoding="utf-8").read()
        for it in items:
            if it not in src:
                err(f"{f}: trap {it!r} missing")
    for f, items in {"circulaire_electrotechnique_2028_lille.pdf": ["\ufb01", "\ufb00", "\ufb03", "\ufb04"],
                     "circulaire_gpme_2027_grenoble.pdf": ["\ufb01", "\u00ad\n"],
                     "circulaire_tourisme_2027_bordeaux.pdf": ["-\n"]}.items():
        raw = pdftext(os.path.join(HERE, f))
        for it in items:
            if it not in raw:
                err(f"{f}: trap {it!r} missing from the pdftotext text")
    # pdftotext turns the no-break spaces into spaces; pypdf keeps what the PDF's ToUnicode maps say
    import pypdf
    for f, items in {"circulaire_electrotechnique_2028_lille.pdf": ["\u202f"],
                     "circulaire_gpme_2027_grenoble.pdf": ["\u202f", "\u00ad"],
                     "circulaire_tourisme_2027_bordeaux.pdf": ["\u00a0", "\u202f"],
                     "note_nationale_pi_2029.pdf": ["\u00a0", "\u202f"],
                     "circulaire_cg_2026_rennes.pdf": ["\u00a0", "\u202f", "\ufb01"]}.items():
        raw = "".join(pg.extract_text() for pg in pypdf.PdfReader(os.path.join(HERE, f)).pages)
        for it in items:
            if it not in raw:
                err(f"{f}: trap {it!r} missing from the PDF text (pypdf)")
    lille = pdftext(os.path.join(HERE, "circulaire_electrotechnique_2028_lille.pdf"))
    for piece in ("dé-\n", "épreu-\n", "d’éta-\n"):
        if piece not in lille:
            err(f"lille: hand hyphenation {piece!r} missing")


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
            err(f"{stem}: no {g['format']} source")
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        raw = pdftext(pdf)
        if stem.endswith("_scan"):
            if raw.strip():
                err(f"{stem}: scan has a text layer")
            twin = json.load(open(gp.replace("_scan.gold.json", ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in g.items() if k != "document"} != {k: v for k, v in twin.items() if k != "document"}:
                err(f"{stem}: gold differs from its source's gold")
            out = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            for line in out:
                cols = line.split()
                if int(cols[12]) > 200 or int(cols[13]) > 200:
                    err(f"{stem}: image above 200 dpi")
            continue
        t = undo_typography(raw)
        n = check_weekdays(t, stem, g["examen"]["session"])
        if n == 0:
            err(f"{stem}: no weekday checked")
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(t, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(t, g["date_document"]):
            err(f"{stem}: date_document not found")
        for c in g["codes"]:  # optional codes (parents such as E4 of E41/E42) need not be written
            if not re.search(rf"\b{c.lower()}\b", t):
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{stem}: ville {c['ville']} not found")
        if g["examen"]["sigle"] and not re.search(rf"\b{g['examen']['sigle'].lower()}\b", t):
            err(f"{stem}: sigle not found")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
            err(f"{stem}: académie not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(t, k[f][11:]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
    check_traps()
    for f in sorted(os.listdir(HERE)):
        if os.path.getsize(os.path.join(HERE, f)) > 2 * 1024 * 1024:
            err(f"{f}: larger than 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
