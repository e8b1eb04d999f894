#!/usr/bin/env python3
"""Check the independantes_ak corpus without any project code (standard library + poppler tools).
- gold shape (keys, codes, ISO dates, every cle span listed in dates, folded centre words);
- every weekday written in the PDF agrees with the calendar;
- every gold date, code, centre word, city and cle hour is findable in `pdftotext` of the PDF;
- intended layouts: repeated calendar header on two consecutive pages, landscape pages, calendar before letter;
- the scan has no text layer; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def run(*cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", pdf)).group(1))
    return [run("pdftotext", "-f", str(i), "-l", str(i), "-layout", pdf, "-") for i in range(1, n + 1)]


def page_sizes(pdf):
    out = run("pdfinfo", "-f", "1", "-l", "999", pdf)
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing key {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split must be holdout")
    ex = g["examen"]
    if set(ex) != {"sigle", "session", "academie"}:
        err(f"{name}: examen keys")
    if (g["portee"] == "nationale") != (ex["academie"] is None):
        err(f"{name}: nationale <=> academie null")
    allcodes = g["codes"] + g["codes_optionnels"]
    for c in allcodes:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if len(set(allcodes)) != len(allcodes):
        err(f"{name}: duplicate code")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span")
    for s in g["dates"] + g["dates_optionnelles"]:
        dt.date.fromisoformat(s[0])
        if s[1] is not None and dt.date.fromisoformat(s[1]) <= dt.date.fromisoformat(s[0]):
            err(f"{name}: span {s}")
        if not str(ex["session"]) == s[0][:4]:
            err(f"{name}: span {s} outside the session year")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", k[f]):
                err(f"{name}: cle {f} {k[f]}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in allcodes:
                    err(f"{name}: cle code {c} not in codes")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            err(f"{name}: cle span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded: {c}")


def date_found(ft, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b{day}\s+{month}", rf"\b{day}\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 2 au vendredi 6 juin »
    return any(re.search(p, ft) for p in pats)


def check_weekdays(ft, name, year):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,60})", ft):
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", m.group(3))
        if not mm:
            continue
        y = int(mm.group(2)) if mm.group(2) else year
        d = dt.date(y, MOIS.index(mm.group(1)) + 1, int(m.group(2).replace("er", "")))
        if JOURS[d.weekday()] != m.group(1):
            err(f"{name}: « {m.group(0)[:40]} » is a {JOURS[d.weekday()]}")


def hour_found(ft, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    return bool(re.search(rf"\b0?{h}\s*h\s*{mi:02d}\b", ft) or re.search(rf"\b{h:02d}:{mi:02d}\b", ft))


def check_text(g, name, ft):
    check_weekdays(ft, name, g["examen"]["session"])
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v and not date_found(ft, v):
                err(f"{name}: date {v} not found")
    if g["date_document"] and not date_found(ft, g["date_document"]):
        err(f"{name}: date_document not found")
    compact = re.sub(r"[\s.\-–]", "", ft.upper())
    for c in g["codes"]:
        if not re.search(rf"(?<![A-Z0-9]){c}(?![0-9])", compact) and c not in compact:
            err(f"{name}: code {c} not found")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in ft:
                err(f"{name}: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in ft:
            err(f"{name}: city {c['ville']} not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            if len(k.get(f) or "") > 10 and not hour_found(ft, k[f][11:]):
                err(f"{name}: hour {k[f]} ({k['type']}) not found")


def header_pages(pg, marker):
    return [i for i, t in enumerate(pg) if marker in t]


def check_layouts(stem, pg, pdf):
    sizes = page_sizes(pdf)
    land = [i for i, (w, h) in enumerate(sizes) if w > h]
    want = {  # stem: (calendar header marker, a landscape page expected, text that must sit after the break)
        "note_nationale_sn_2028": ("Étape / épreuve", True, "Du lundi 22 mai au"),
        "circulaire_cg_2026_montpellier": ("Lieu – observations", True, "présentent trente minutes"),
        "circulaire_abm_2029_lille": ("Amiens (rattachée)", True, "manipulation n'est autorisée"),
        "circulaire_pi_2025_orleans-tours": ("Épreuve / étape", False, "de vingt minutes"),
    }
    if stem in want:
        marker, landscape, after = want[stem]
        hp = header_pages(pg, marker)
        if len(hp) < 2 or hp[1] != hp[0] + 1:
            err(f"{stem}: calendar header not repeated on two consecutive pages ({hp})")
        elif after not in pg[hp[1]]:
            err(f"{stem}: « {after} » should be on page {hp[1] + 1}, after the break")
        if landscape and not land:
            err(f"{stem}: no landscape page")
    if stem == "circulaire_tourisme_2027_rennes":
        if "CALENDRIER DE LA SESSION 2027" not in pg[0] or "8 février 2027" in pg[0] \
                or not any("8 février 2027" in t for t in pg[1:]):
            err(f"{stem}: the calendar annex must come before the letter")
    if stem == "note_nationale_sn_2028" and not 15 <= len(pg) <= 25:
        err(f"{stem}: {len(pg)} pages, 15–25 expected")


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
        pg = pages(pdf)
        if stem.endswith("_scan"):
            if "".join(pg).strip():
                err(f"{stem}: the scan has a text layer")
            src = json.load(open(gp.replace("_scan.gold.json", ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in src.items() if k not in ("document", "format")}
            if a != b:
                err(f"{stem}: gold differs from its source's gold")
            continue
        check_text(g, stem, fold("\n".join(pg)))
        check_layouts(stem, pg, pdf)
        if os.path.exists(os.path.join(HERE, stem + ".docx")) != (g["format"] == "docx+pdf"):
            err(f"{stem}: format field vs files")
    for f in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(f) >= 2_000_000:
            err(f"{os.path.basename(f)}: ≥ 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
