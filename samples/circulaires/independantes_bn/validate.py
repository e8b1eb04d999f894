#!/usr/bin/env python3
"""Check the independantes_bn corpus (PDF producers) without any project code.
- gold shape; gold `format` is the extension of an existing file; every file under 2 MB;
- text of each PDF by `pdftotext -layout`, then made readable for the checks only: ligature characters expanded,
  OT1 spacing accents dropped, words hyphenated at a line end re-joined;
- weekdays written in the text agree with the calendar;
- every gold date / date_document / code / centre word and city / hour of a key is findable in the text;
- the traps built on purpose are in the text and NOT in the gold (non-event dates, false codes);
- the *_image.pdf has no text layer, and its gold equals its source's gold but for `document`;
- each PDF was made by the producer it is meant to exercise (Producer / Creator metadata)."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")

# producer expected in the PDF metadata (pdfinfo), per file stem
PRODUCTEURS = {
    "circulaire_bioac_2027_toulouse": "pdfTeX",
    "circulaire_bioac_2027_toulouse_ot1": "pdfTeX",
    "circulaire_cira_2028_nancy-metz": "gropdf",
    "circulaire_cira_2028_nancy-metz_ps": "Ghostscript",
    "circulaire_ms_2029_poitiers": "Ghostscript",
    "circulaire_ms_2029_poitiers_a2ps": "Ghostscript",
    "circulaire_et_2030_orleans-tours": "Ghostscript",
    "note_nationale_cprp_2026": "Ghostscript",
    "note_nationale_cprp_2026_image": None,  # Ghostscript pdfimage8 writes no Producer: checked by pdffonts/pdfimages
}
# traps that must be in the text and must not leak into the gold: non-event dates (day month year as written)
# and false codes produced by the layout (superscript footnote mark glued to a code)
PIEGES_DATES = {
    "circulaire_bioac_2027_toulouse": ["2027-05-17", "2026-05-11", "2013-04-15"],
    "circulaire_cira_2028_nancy-metz": ["2028-05-08", "2028-04-15", "2028-05-01", "2028-06-05", "2023-09-04"],
    "circulaire_ms_2029_poitiers": ["2029-05-10", "2029-05-11", "2028-06-30", "2014-05-09"],
    "circulaire_et_2030_orleans-tours": ["2030-05-30", "2030-05-31", "2030-06-10"],
    "note_nationale_cprp_2026": ["2026-05-14", "2026-05-25", "2025-10-14"],
}
PIEGES_DATES["circulaire_bioac_2027_toulouse_ot1"] = PIEGES_DATES["circulaire_bioac_2027_toulouse"]
PIEGES_DATES["circulaire_cira_2028_nancy-metz_ps"] = PIEGES_DATES["circulaire_cira_2028_nancy-metz"]
PIEGES_DATES["circulaire_ms_2029_poitiers_a2ps"] = PIEGES_DATES["circulaire_ms_2029_poitiers"] + ["2029-01-23"]
PIEGES_CODES = {"circulaire_bioac_2027_toulouse": ["E41"], "circulaire_bioac_2027_toulouse_ot1": ["E41"]}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def lisible(text):
    """Text made readable for the checks (never for the gold): ligatures, OT1 accents, end-of-line hyphens."""
    text = unicodedata.normalize("NFKC", text)            # ﬁ -> fi, ﬀ -> ff ...
    text = re.sub("[\u00b4\u0060\u02c6\u02dc\u00a8\u02d8\u02c7\u00b8]", "", text)  # OT1 spacing accents
    text = re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text)        # « regrou-\npement », « ven-\ndredi »
    return text


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
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
    if g["portee"] == "nationale" and g["centres"]:
        err(f"{name}: national note with centres")


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 20 au vendredi 24 mai »
    return any(re.search(p, text) for p in pats)


def date_with_year(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    return bool(re.search(rf"\b(?:{day}|{d.day})\s+{MOIS[d.month - 1]}\s+{d.year}", text))


def check_weekdays(t, where, session):
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", t):
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
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
        if PRODUCTEURS.get(stem, "?") is not None and PRODUCTEURS.get(stem, "?") not in info:
            err(f"{stem}: producer {PRODUCTEURS.get(stem)} not in pdfinfo")
        raw = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        if stem.endswith("_image"):
            if raw.strip():
                err(f"{stem}: image-only PDF has a text layer")
            fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
            images = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2 or len(images) < 3:
                err(f"{stem}: expected images and no font")
            src = json.load(open(os.path.join(HERE, stem[: -len("_image")] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in src.items() if k != "document"} != {k: v for k, v in g.items() if k != "document"}:
                err(f"{stem}: gold differs from its source's")
            print(f"{stem}.pdf: image only, gold = source's gold")
            continue
        ft = fold(lisible(raw))
        # cells wrapped on several lines: the same text in reading order (-raw), lines joined
        flat = fold(lisible(subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout))
        flat = re.sub(r"\s+", " ", flat)
        nwd = check_weekdays(ft, stem, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not (date_present(ft, v) or date_present(flat, v)):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_with_year(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", lisible(raw).upper())
        for c in g["codes"]:
            if not re.search(rf"{c}(?!\d)", compact):
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in ft:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10:
                    h, mi = int(k[f][11:13]), int(k[f][14:16])
                    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h(?:\s*00)?\b", rf"\b{h:02d}:{mi:02d}", rf"\b{h}:{mi:02d}"]
                    if not any(re.search(p, ft) for p in pats):
                        err(f"{stem}: hour {k[f]} of {k['type']} not found")
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        if g["date_document"] in gold_days:
            err(f"{stem}: the letter's date is in dates")
        for iso in PIEGES_DATES.get(stem, []):
            if not date_with_year(ft, iso) and not date_present(ft, iso):
                err(f"{stem}: trap date {iso} not built")
            if iso in gold_days:
                err(f"{stem}: trap date {iso} leaks into the gold")
        for c in PIEGES_CODES.get(stem, []):
            if c not in re.sub(r"\s", "", raw):
                err(f"{stem}: trap code {c} not built")
            if c in g["codes"] + g["codes_optionnels"]:
                err(f"{stem}: trap code {c} leaks into the gold")
        print(f"{stem}.pdf: {len(raw)} chars of text, {nwd} weekday(s) checked")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
