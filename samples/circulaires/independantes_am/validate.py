#!/usr/bin/env python3
"""Check the independantes_am corpus without any project code.
- gold shape (keys, types, normalised codes, every key event's span listed in `dates`);
- weekdays written in the PDF text agree with the calendar (« lundi 26 octobre », « lun. 26.10.2026 »);
- every gold date, code, centre word, city and key-event hour is findable in the PDF text (pdftotext);
- the scan has no text layer, is at most 200 dpi; every file is under 2 MB;
- the review comments of the Réunion DOCX are in the DOCX but not printed in its PDF."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def err(msg):
    errors.append(msg)


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g.get("portee") not in ("academique", "nationale"):
        err(f"{name}: portee")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        err(f"{name}: national note with an académie")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session")
    if g["date_document"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date_document"]):
        err(f"{name}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: a code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2:
            err(f"{name}: span {s}")
            continue
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
    pats = [rf"\b(?:{day}|0?{d.day})\s+{month}",
            rf"\b0?{d.day}[/.\-]{d.month:02d}\b",                       # 26/10, 26.10.2026, 26-10
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]           # « du lundi 2 au jeudi 5 novembre », « les 22, 24 et 29 mai »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, name, session):
    t = fold(text)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{2})[/.\-](\d{2})[/.\-](\d{2,4})\b", t):
        y = int(m.group(4)); y = y + 2000 if y < 100 else y
        d = dt.date(y, int(m.group(3)), int(m.group(2)))
        if d.weekday() != ABR[m.group(1)]:
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")


def hour_present(ft, iso):
    h, mi = int(iso[11:13]), int(iso[14:16])
    if mi:
        pats = [rf"\b0?{h}\s*h\s*{mi:02d}", rf"\b{h:02d}:{mi:02d}"]
    else:
        pats = [rf"\b0?{h}\s*h(?!\s?\d{{2}})", rf"\b{h:02d}:00", rf"\b0?{h}\s*h\s*00"]
    return any(re.search(p, ft) for p in pats)


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
        if stem.endswith("_scan"):
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            src = json.load(open(os.path.join(HERE, stem[: -len("_scan")] + ".gold.json"), encoding="utf-8"))
            same = {k: v for k, v in g.items() if k not in ("document", "format")} == \
                   {k: v for k, v in src.items() if k not in ("document", "format")}
            if not same:
                err(f"{stem}: scan gold differs from its source gold beyond document/format")
            continue
        text = pdftext(pdf)
        # layout text, plus the raw text with its line breaks joined (table cells wrap « du lundi 19 au mercredi / 21 mai »)
        ft = fold(text) + "\n" + fold(re.sub(r"\s*\n\s*", " ", pdftext(pdf, layout=False)))
        squeezed = re.sub(r"[^a-z0-9]", "", ft)  # pdftotext drops the hyphen of « Saint-/Paul » broken at a line end
        check_weekdays(text, stem, g["examen"]["session"])
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
            if not re.search(re.escape(c) + r"(?![0-9])", compact):
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and re.sub(r"[^a-z0-9]", "", fold(c["ville"])) not in squeezed:
                err(f"{stem}: ville {c['ville']} not found")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in ft:
            err(f"{stem}: académie not named")
        if g["examen"]["sigle"] and g["examen"]["sigle"] not in text:
            err(f"{stem}: sigle not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if f in k and len(k[f]) > 10 and not hour_present(ft, k[f]):
                    err(f"{stem}: hour of {k['type']} {k[f]} not found")
    # scans: no text layer, at most 200 dpi
    for f in sorted(glob.glob(os.path.join(HERE, "*_scan.pdf"))):
        if pdftext(f).strip():
            err(f"{os.path.basename(f)}: text layer present")
        out = subprocess.run(["pdfimages", "-list", f], capture_output=True, text=True).stdout.splitlines()[2:]
        for line in out:
            cols = line.split()
            if len(cols) > 13 and max(int(cols[12]), int(cols[13])) > 201:
                err(f"{os.path.basename(f)}: image above 200 dpi")
    # sizes
    for f in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: larger than 2 MB")
    # the Réunion review comments: in the DOCX, not in the PDF
    docx = os.path.join(HERE, "circulaire_electrotechnique_2029_la-reunion.docx")
    if os.path.exists(docx):
        with zipfile.ZipFile(docx) as z:
            comments = z.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in z.namelist() else ""
        if "2 juillet 2029" not in comments:
            err("réunion: review comment missing from the DOCX")
        if "2 juillet" in pdftext(docx[:-5] + ".pdf"):
            err("réunion: review comment printed in the PDF")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
