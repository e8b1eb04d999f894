#!/usr/bin/env python3
"""Check the independantes_bg corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, split, types, normalised codes, every key event's span listed in `dates`);
- each source file is really the legacy format its extension claims (RTF, OLE2 .doc/.xls, flat ODF, docm main part);
- weekdays written in the PDF text agree with the calendar (« mardi 12 mai 2026 », « Lundi 10/05/2027 », « mar. 16/05/2028 »);
- every gold date, date_document, code, centre word, city and key-event hour is findable in `pdftotext` of the PDF;
- the scan has no text layer, images at 200 dpi at most; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
SOURCES = {  # stem -> (source extension, check)
    "circulaire_cg_2026_lille": "rtf",
    "circulaire_crsa_2027_normandie": "doc",
    "circulaire_tourisme_2028_grenoble": "xls",
    "circulaire_ms_2029_rennes": "fodt",
    "note_nationale_mhr_2027": "docm",
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


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
        if str(g["examen"]["session"]) not in s[0]:
            err(f"{name}: event {s} outside the session year")
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
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")


def check_source(stem, ext, g):
    path = os.path.join(HERE, f"{stem}.{ext}")
    if not os.path.exists(path):
        err(f"{stem}: missing source .{ext}"); return
    if g["format"] != ext:
        err(f"{stem}: gold format {g['format']} != {ext}")
    head = open(path, "rb").read(8)
    if ext == "rtf":
        data = open(path, "rb").read()
        if not data.startswith(b"{\\rtf1") or any(b > 127 for b in data) or b"\\trowd" not in data:
            err(f"{stem}: not a 7-bit RTF with \\trowd tables")
    elif ext in ("doc", "xls"):
        if head != bytes.fromhex("D0CF11E0A1B11AE1"):
            err(f"{stem}: not an OLE2 compound file")
    elif ext == "fodt":
        txt = open(path, encoding="utf-8").read(2000)
        if "<office:document " not in txt or 'office:mimetype="application/vnd.oasis.opendocument.text"' not in txt:
            err(f"{stem}: not a flat ODF text")
    elif ext == "docm":
        with zipfile.ZipFile(path) as z:
            ct = z.read("[Content_Types].xml").decode()
        if 'PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"' not in ct:
            err(f"{stem}: main part not typed macroEnabled")


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 28 mai au vendredi 1er juin »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, name, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,50})", t):
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", m.group(3))
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, int(m.group(2).replace("er", "")))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{2})/(\d{2})/(\d{4})\b", t):
        d = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{2})/(\d{2})/(\d{4})\b", t):
        d = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if d.weekday() != ABR[m.group(1)]:
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    if n < 8:
        err(f"{name}: only {n} weekday-dated mentions found")


def check_text(stem, g, text):
    ft = fold(text)
    check_weekdays(text, stem, g["examen"]["session"])
    for s in g["dates"]:
        for v in s:
            if v and not date_present(ft, v):
                err(f"{stem}: date {v} not found in text")
    if g["date_document"] and not date_present(ft, g["date_document"]):
        err(f"{stem}: date_document not found")
    compact = re.sub(r"[\s.\-–]", "", text.upper())
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.search(rf"(?<![A-Z0-9]){c}(?![0-9])", compact.replace("–", "")) and c not in compact:
            err(f"{stem}: code {c} not found")
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in ft:
                err(f"{stem}: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in ft:
            err(f"{stem}: ville {c['ville']} not found")
    if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in ft:
        err(f"{stem}: académie not named")
    if g["examen"]["sigle"] and g["examen"]["sigle"] not in text:
        err(f"{stem}: sigle not written")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            v = k.get(f)
            if v and len(v) > 10:
                h, mi = int(v[11:13]), int(v[14:16])
                pats = ([rf"\b{h}\s*h\s*{mi:02d}", rf"\b{h:02d}:{mi:02d}"] if mi else
                        [rf"\b{h}\s*h\b", rf"\b{h}\s*h\s*00", rf"\b{h:02d}:00"])
                if not any(re.search(p, ft) for p in pats):
                    err(f"{stem}: hour {v} of {k['type']} not found")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g.get("document") != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if stem.endswith("_scan"):
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            same = {k: v for k, v in g.items() if k not in ("document", "format")} == \
                   {k: v for k, v in src.items() if k not in ("document", "format")}
            if not same or g["format"] != "pdf":
                err(f"{stem}: scan gold is not a copy of its source gold")
            if not os.path.exists(pdf):
                err(f"{stem}: no PDF"); continue
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            if subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.count("\n") > 2:
                err(f"{stem}: scan has fonts")
            for line in subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]:
                cols = line.split()
                if int(cols[12]) > 200 or int(cols[13]) > 200:
                    err(f"{stem}: image above 200 dpi")
            continue
        if stem not in SOURCES:
            err(f"{stem}: unknown stem"); continue
        check_source(stem, SOURCES[stem], g)
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        check_text(stem, g, pdftext(pdf))
    for f in os.listdir(HERE):
        if os.path.getsize(os.path.join(HERE, f)) > 2 * 1024 * 1024:
            err(f"{f}: over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
