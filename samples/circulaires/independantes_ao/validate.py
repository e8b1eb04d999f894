#!/usr/bin/env python3
"""Check the independantes_ao corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, codes, ISO dates, every cle's span listed in `dates`);
- weekdays written in the text agree with the calendar;
- every gold date / code / centre word / city / cle hour is findable in the text (pdftotext -layout of the PDF,
  or the .txt itself for the mail);
- the deliberate traps (superseded dates, cited texts, tiers-temps end hours) are in the text but not in the gold;
- the *_scan.pdf has no text layer, is image-only at <= 200 dpi; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")

# Dates written in each document that must NOT be events (superseded versions, cited texts, issue dates, holidays).
TRAPS = {
    "circulaire_cg_2026_rennes": ["2026-01-12", "2015-07-20", "2026-05-14", "2026-05-15", "2026-06-08", "2026-06-12",
                                  "2026-03-27", "2026-02-09"],
    "mail_pi_2027_dijon": ["2027-05-18", "2027-05-20", "2027-04-02", "2027-03-02", "2027-03-11"],
    "note_nationale_ol_2028": ["2027-12-06", "2028-01-24"],
    "circulaire_sp3s_2029_normandie": ["2029-05-16", "2029-03-30", "2029-03-02", "2018-03-08", "2028-12-11", "2029-01-15"],
    "circulaire_et_2025_montpellier": ["2020-06-11", "2025-01-09", "2025-02-03"],
}
# Tiers-temps end hours written in the text: no cle may end at them.
TT_ENDS = {"19:20", "12:40", "14:20", "16:40", "13:20", "18:00"}
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\u00a0", " ")


def err(msg):
    errors.append(msg)


def pdftext(path, raw=False):
    args = ["pdftotext"] + ([] if raw else ["-layout"]) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def normal_ends(g):
    """End hours that are also the normal end of some épreuve (e.g. 18 h is both E1's end and a tiers-temps end)."""
    return {"18:00"} if any(k.get("fin", "").endswith("18:00") for k in g["cles"]) else set()


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split must be holdout")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie mismatch")
    if g["date_document"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date_document"]):
        err(f"{name}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2:
            err(f"{name}: span {s}")
            continue
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span order {s}")
        if not s[0].startswith(str(g["examen"]["session"])):
            err(f"{name}: date {s[0]} outside the session year")
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
        if fin and len(fin) > 10 and fin[11:] in TT_ENDS - normal_ends(g):
            err(f"{name}: cle ends at a tiers-temps hour {fin}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")
    if g["portee"] == "nationale" and g["centres"]:
        err(f"{name}: national note with centres")


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}/{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,40}}?\b{month}"]  # « du lundi 4 au jeudi 7 juin », a cell may wrap
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:40]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven)\.\s+(\d{1,2})\s+(" + "|".join(MOIS) + r")\s+(\d{4})", t):
        d = dt.date(int(m.group(4)), MOIS.index(m.group(3)) + 1, int(m.group(2)))
        if d.weekday() != ["lun", "mar", "mer", "jeu", "ven"].index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")


def hour_present(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    if mi:
        pats = [rf"\b{h}\s*h\s*{mi:02d}\b", rf"\b{h:02d}:{mi:02d}\b"]
    else:
        pats = [rf"\b{h}\s*h\b(?! ?\d)", rf"\b{h:02d}:00\b"]
    return any(re.search(p, t) for p in pats)


def image_only(path):
    """No font resources and every image at <= 200 dpi (pdfimages -list)."""
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
    if len(fonts) > 2:
        err(f"{os.path.basename(path)}: fonts present")
    lines = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True).stdout.splitlines()[2:]
    if not lines:
        err(f"{os.path.basename(path)}: no image")
    for l in lines:
        cols = l.split()
        if int(cols[12]) > 201 or int(cols[13]) > 201:
            err(f"{os.path.basename(path)}: image above 200 dpi ({cols[12]}x{cols[13]})")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf, txt = os.path.join(HERE, stem + ".pdf"), os.path.join(HERE, stem + ".txt")
        if stem.endswith("_scan"):
            if not os.path.exists(pdf):
                err(f"{stem}: no PDF"); continue
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            image_only(pdf)
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            same = {k: v for k, v in g.items() if k not in ("document", "format")}
            if same != {k: v for k, v in src.items() if k not in ("document", "format")}:
                err(f"{stem}: scan gold differs from its source gold")
            continue
        if os.path.exists(txt):
            text = open(txt, encoding="utf-8").read()
        elif os.path.exists(pdf):
            text = pdftext(pdf) + "\n" + pdftext(pdf, raw=True)  # layout, then reading order (wrapped cells)
        else:
            err(f"{stem}: no text"); continue
        t = fold(text)
        check_weekdays(t, stem, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(t, v):
                    err(f"{stem}: date {v} not found in text")
        if g["date_document"] and not date_present(t, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if not re.search(rf"{c}(?![0-9])", compact):
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and re.sub(r"[\s-]", "", fold(c["ville"])) not in re.sub(r"[\s-]", "", t):
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if f in k and len(k[f]) > 10 and not hour_present(t, k[f][11:]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        for trap in TRAPS.get(stem, []):
            if not date_present(t, trap):
                err(f"{stem}: trap date {trap} not in text")
            if trap in gold_days:
                err(f"{stem}: trap date {trap} is in the gold dates")
    for f in sorted(os.listdir(HERE)):
        if os.path.getsize(os.path.join(HERE, f)) > 2 * 1024 * 1024:
            err(f"{f}: over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
