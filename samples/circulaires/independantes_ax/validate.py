#!/usr/bin/env python3
"""Check the independantes_ax corpus without any project code.
Run: /work/main/.venv/bin/python validate.py [--no-ocr]

- gold shape (keys, types, normalised codes, every key event's span listed in `dates`);
- the document file of each gold exists, is < 2 MB, and image documents have no text layer
  (PNG / JPEG; the photo PDF has no font and pdftotext gives nothing; its pages are 150-200 dpi);
- weekdays written in the text agree with the calendar (« mardi 12 mai 2026 », « ven. 09.03.2029 », « mar. 20/01 »);
- every gold date, code, centre word, city and key-event hour is findable in the text:
  pdftotext for born-digital PDFs, the strings of textes_*.py for the pictures (their only source);
- the photo's gold is the clean PDF's gold with only `document` / `format` changed;
- legibility (information only): tesseract (fra) on each picture, share of gold dates and codes it reads."""
import datetime as dt, glob, html, importlib, json, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
MAX_BYTES = 2 * 1024 * 1024

# gold stem -> (document file, source of its text)
DOCS = {
    "circulaire_tourisme_2026_rennes_capture": ("circulaire_tourisme_2026_rennes_capture.png", "textes_rennes"),
    "circulaire_mhr_2027_montpellier": ("circulaire_mhr_2027_montpellier.pdf", "pdf"),
    "circulaire_mhr_2027_montpellier_photo": ("circulaire_mhr_2027_montpellier_photo.jpg", "textes_montpellier"),
    "circulaire_elec_2028_orleans-tours_photos": ("circulaire_elec_2028_orleans-tours_photos.pdf", "textes_orleans"),
    "note_nationale_gpme_2029": ("note_nationale_gpme_2029.pdf", "pdf"),
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def module_text(name):
    """All strings of a textes_*.py module, tags removed, one per line."""
    mod = importlib.import_module(name)
    out = []

    def walk(v):
        if isinstance(v, str):
            out.append(html.unescape(re.sub(r"<[^>]+>", "", v)))
        elif isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
    for k, v in vars(mod).items():
        if k.isupper():
            walk(v)
    return "\n".join(out)


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("document") != name:
        err(f"{name}: document field {g.get('document')}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee {g['portee']}")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie disagree")
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


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/.]{d.month:02d}[/.]{d.year}\b",
            rf"\b{d.day:02d}/{d.month:02d}\b", rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]
    return any(re.search(p, t) for p in pats)


def check_weekdays(text, name, year):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.match(r"\s*(/\d{2})", rest)
        if mm:  # « samedi 17/01 »
            d = dt.date(year, int(mm.group(1)[1:]), dd)
        else:
            mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
            if not mm:
                continue
            d = dt.date(int(mm.group(2)) if mm.group(2) else year, MOIS.index(mm.group(1)) + 1, dd)
        n += 1
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:34]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{2})[/.](\d{2})(?:[/.](\d{4}))?\b", t):
        d = dt.date(int(m.group(4)) if m.group(4) else year, int(m.group(3)), int(m.group(2)))
        n += 1
        if d.weekday() != ABR[m.group(1)]:
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    return n


def hour_present(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:])
    pats = [rf"\b0?{h}\s*h\s*{mi:02d}\b", rf"\b0?{h}:{mi:02d}\b"]
    if mi == 0:
        pats.append(rf"\b0?{h}\s*h(?!\s*\d)")
    return any(re.search(p, t) for p in pats)


def check_content(g, name, text):
    ft = fold(text)
    for s in g["dates"]:
        for v in s:
            if v and not date_present(ft, v):
                err(f"{name}: date {v} not found in text")
    if g["date_document"] and not date_present(ft, g["date_document"]):
        err(f"{name}: date_document not found")
    compact = re.sub(r"[\s.\-–]", "", text.upper())
    for c in g["codes"]:
        if c not in compact:
            err(f"{name}: code {c} not found")
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in ft:
                err(f"{name}: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in ft:
            err(f"{name}: ville {c['ville']} not found")
    if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in ft:
        err(f"{name}: académie not found")
    if g["examen"]["sigle"] and g["examen"]["sigle"] not in text:
        err(f"{name}: sigle not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            if len(k.get(f) or "") > 10 and not hour_present(ft, k[f][11:]):
                err(f"{name}: hour {k[f]} of {k['type']} not found")


def check_image_only(name, path):
    if path.endswith(".pdf"):
        if run(["pdftotext", path, "-"]).strip():
            err(f"{name}: photo PDF has a text layer")
        fonts = run(["pdffonts", path]).strip().splitlines()
        if len(fonts) > 2:
            err(f"{name}: photo PDF has fonts")
        rows = [l.split() for l in run(["pdfimages", "-list", path]).splitlines()[2:] if l.strip()]
        for r in rows:
            if not 150 <= int(r[12]) <= 200:
                err(f"{name}: page {r[0]} at {r[12]} dpi")
        pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", path])).group(1))
        if pages < 2 or len(rows) != pages:
            err(f"{name}: expected one picture per page on several pages ({pages} pages, {len(rows)} images)")
    else:
        with open(path, "rb") as fh:
            head = fh.read(4)
        if path.endswith(".png") and head != b"\x89PNG":
            err(f"{name}: not a PNG")
        if path.endswith(".jpg") and head[:3] != b"\xff\xd8\xff":
            err(f"{name}: not a JPEG")


def ocr_share(g, path):
    with tempfile.TemporaryDirectory() as tmp:
        imgs = [path]
        if path.endswith(".pdf"):
            subprocess.run(["pdftoppm", "-r", "180", "-png", path, os.path.join(tmp, "p")], check=True)
            imgs = sorted(glob.glob(os.path.join(tmp, "p-*.png")))
        text = "\n".join(run(["tesseract", i, "-", "-l", "fra"]) for i in imgs)
    ft = fold(text)
    dates = [v for s in g["dates"] for v in s if v]
    d_ok = sum(date_present(ft, v) for v in dates)
    compact = re.sub(r"[\s.\-–]", "", text.upper())
    c_ok = sum(c in compact for c in g["codes"])
    return f"{d_ok}/{len(dates)} dates, {c_ok}/{len(g['codes'])} codes"


def main():
    ocr = "--no-ocr" not in sys.argv
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    stems = {os.path.basename(p)[: -len(".gold.json")] for p in golds}
    if stems != set(DOCS):
        err(f"gold files {sorted(stems)} differ from the documents table")
    loaded = {}
    for gp in golds:
        name = os.path.basename(gp)[: -len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        loaded[name] = g
        check_shape(g, name)
        if name not in DOCS:
            continue
        fname, source = DOCS[name]
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            err(f"{name}: missing {fname}"); continue
        if os.path.getsize(path) >= MAX_BYTES:
            err(f"{name}: {fname} is 2 MB or more")
        ext = fname.rsplit(".", 1)[1]
        if not (g["format"] == ext or (g["format"] == "docx" and os.path.exists(os.path.join(HERE, name + ".docx")))):
            err(f"{name}: format {g['format']} vs {fname}")
        if source == "pdf":
            # layout text, then reading-order text with line breaks joined (table cells wrap)
            text = run(["pdftotext", "-layout", path, "-"])
            text += "\n" + re.sub(r"\s*\n\s*", " ", run(["pdftotext", path, "-"]))
            if not text.strip():
                err(f"{name}: born-digital PDF without text")
        else:
            check_image_only(name, path)
            text = module_text(source)
        n = check_weekdays(text, name, g["examen"]["session"])
        check_content(g, name, text)
        info = f"{n} weekdays checked"
        if ocr and source != "pdf":
            info += " ; OCR (tesseract, information only): " + ocr_share(g, path)
        print(f"{name}: {info}")
    # the photo shares the clean PDF's gold
    a, b = loaded.get("circulaire_mhr_2027_montpellier"), loaded.get("circulaire_mhr_2027_montpellier_photo")
    if a and b and {k: v for k, v in a.items() if k not in ("document", "format")} != \
            {k: v for k, v in b.items() if k not in ("document", "format")}:
        err("photo gold differs from the clean PDF gold")
    # GPME: the DOCX is the source of the PDF
    if not os.path.exists(os.path.join(HERE, "note_nationale_gpme_2029.docx")):
        err("note_nationale_gpme_2029.docx missing")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
