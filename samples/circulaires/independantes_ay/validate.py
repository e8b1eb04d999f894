#!/usr/bin/env python3
"""Check the independantes_ay corpus without any project code.
- gold shape (types, normalised codes, every `cle` span listed in `dates`, optional dates apart from required ones);
- weekdays written in the text agree with the calendar;
- every gold date is either written in the text (pdftotext of the PDF, or the .txt itself) or DERIVED below:
  for a derived date, the relative wording must be in the text, its anchor must be written in the text,
  and recomputing the rule from the anchor must give the gold date; derived dates must NOT be written literally
  (the point of the batch);
- every code, centre word and city, and the hour of every timed `cle` is in the text;
- the *_scan.pdf has no text layer and its gold equals its source's gold except `document` / `format`."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
D = dt.date.fromisoformat
errors = []


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return dt.date(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)


def feries(y):
    e = easter(y)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    return {dt.date(y, m, d) for m, d in fixed} | {e + dt.timedelta(1), e + dt.timedelta(39), e + dt.timedelta(50)}


# ---------------------------------------------------------------- rules for relative dates
def cal(anchor, n):  # J + n calendar days
    return D(anchor) + dt.timedelta(n)


def ouvres_apres(anchor, n):  # n-th working day (Mon-Fri, not a public holiday) after anchor
    d, k = D(anchor), 0
    while k < n:
        d += dt.timedelta(1)
        if d.weekday() < 5 and d not in feries(d.year):
            k += 1
    return d


def jour_semaine_suivante(anchor, wd):  # day `wd` of the week after anchor's week
    d = D(anchor)
    return d - dt.timedelta(d.weekday()) + dt.timedelta(7 + wd)


def jour_meme_semaine(anchor, wd):
    d = D(anchor)
    return d - dt.timedelta(d.weekday()) + dt.timedelta(wd)


def premier(year, month, wd):  # first <weekday> of a month
    d = dt.date(year, month, 1)
    return d + dt.timedelta((wd - d.weekday()) % 7)


def precedent(anchor, wd):  # last <weekday> strictly before anchor
    d = D(anchor) - dt.timedelta(1)
    while d.weekday() != wd:
        d -= dt.timedelta(1)
    return d


def suivant(anchor, wd):  # first <weekday> strictly after anchor
    d = D(anchor) + dt.timedelta(1)
    while d.weekday() != wd:
        d += dt.timedelta(1)
    return d


LUN, MAR, MER, JEU, VEN = range(5)
# stem -> list of (gold date, recomputed date, anchor written in the text or None, wording that must be in the text)
J_R, J_A, J_B = "2026-05-12", "2027-05-10", "2029-05-14"
DERIVED = {
    "circulaire_cg_2026_rennes": [
        ("2026-04-21", cal(J_R, -21), J_R, "j − 21"),
        ("2026-04-28", cal(J_R, -14), J_R, "j − 14"),
        ("2026-05-13", cal(J_R, 1), J_R, "j+1"),
        ("2026-05-18", cal(J_R, 6), J_R, "j+6"),
        ("2026-05-19", cal(J_R, 7), J_R, "j+7"),
        ("2026-05-20", cal(J_R, 8), J_R, "j + 8 a j + 15"),
        ("2026-05-27", cal(J_R, 15), J_R, "j + 8 a j + 15"),
        ("2026-06-01", cal(J_R, 20), J_R, "j + 20 a j + 23"),
        ("2026-06-04", cal(J_R, 23), J_R, "j + 20 a j + 23"),
        ("2026-06-05", cal(J_R, 24), J_R, "j + 24"),
        ("2026-06-11", cal(J_R, 30), J_R, "j + 30"),
        ("2026-06-24", cal(J_R, 43), J_R, "j + 43"),
        ("2026-06-25", cal(J_R, 44), J_R, "le lendemain de la deliberation du jury, a 10 h"),
    ],
    "circulaire_tourisme_2027_dijon": [
        ("2027-04-12", cal(J_A, -28), J_A, "quatre semaines jour pour jour avant la premiere epreuve ecrite"),
        ("2027-04-22", jour_semaine_suivante("2027-04-12", JEU), None, "le jeudi de la semaine suivant cette date limite"),
        ("2027-05-11", cal(J_A, 1), J_A, "a lieu le lendemain, de 9 h a 13 h"),
        ("2027-05-18", jour_semaine_suivante(J_A, MAR), J_A, "la semaine suivant celle des ecrits, du mardi au jeudi"),
        ("2027-05-20", jour_semaine_suivante(J_A, JEU), J_A, "la semaine suivant celle des ecrits, du mardi au jeudi"),
        ("2027-06-01", premier(2027, 6, MAR), None, "le premier mardi de juin"),
        ("2027-06-04", jour_meme_semaine("2027-06-01", VEN), None, "le vendredi de la meme semaine"),
        ("2027-05-31", cal("2027-06-01", -1), None, "la veille du premier oral, a 14 h"),
        ("2027-07-05", premier(2027, 7, LUN), None, "le premier lundi de juillet, a 9 h"),
        ("2027-07-07", cal("2027-07-05", 2), None, "le surlendemain, a 10 h"),
    ],
    "circulaire_gpme_2028_lille": [
        ("2028-04-13", suivant("2028-04-07", JEU), "2028-04-07", "le jeudi suivant l'etape 1, a 14 h"),
        ("2028-05-22", ouvres_apres("2028-05-17", 3), "2028-05-17", "trois jours ouvres apres la fin des ecrits"),
        ("2028-06-02", jour_semaine_suivante("2028-05-22", VEN), None, "le vendredi de la semaine suivante"),
        ("2028-05-24", jour_semaine_suivante("2028-05-17", MER), "2028-05-17", "la semaine suivant celle des ecrits, du lundi au mercredi"),
        ("2028-06-26", cal("2028-06-27", -1), "2028-06-27", "la veille de l'etape 12"),
        ("2028-06-28", cal("2028-06-27", 1), "2028-06-27", "le lendemain de l'etape 12, a partir de 16 h"),
    ],
    "circulaire_et_2029_besancon": [
        ("2029-05-04", cal(J_B, -10), J_B, "a j-10 avant midi"),
        ("2029-05-15", cal(J_B, 1), J_B, "* le lendemain"),
        ("2029-05-17", cal("2029-05-16", 1), "2029-05-16", "le lendemain de la derniere epreuve ecrite, avant 10 h"),
        ("2029-06-04", premier(2029, 6, LUN), None, "du premier lundi de juin au mercredi de la meme semaine"),
        ("2029-06-06", jour_meme_semaine(premier(2029, 6, LUN).isoformat(), MER), None, "au mercredi de la meme semaine"),
        ("2029-06-01", precedent("2029-06-04", VEN), None, "le vendredi precedant le premier oral, a 14 h"),
        ("2029-06-11", jour_semaine_suivante("2029-06-04", LUN), None, "la semaine suivante, du lundi au mercredi"),
        ("2029-06-13", jour_semaine_suivante("2029-06-04", MER), None, "la semaine suivante, du lundi au mercredi"),
        ("2029-06-27", cal("2029-06-26", 1), "2029-06-26", "le lendemain a 14 h"),
    ],
    "note_nationale_abm_2027": [
        ("2027-04-30", cal(J_A, -10), J_A, "j − 10"),
        ("2027-05-11", cal(J_A, 1), J_A, "j + 1"),
        ("2027-05-12", cal(J_A, 2), J_A, "j + 2"),
        ("2027-05-13", cal(J_A, 3), J_A, "j + 3"),
        ("2027-05-14", cal(J_A, 4), J_A, "j + 4"),
        ("2027-05-24", cal(J_A, 14), J_A, "j + 14 → j + 25"),
        ("2027-06-04", cal(J_A, 25), J_A, "j + 14 → j + 25"),
        ("2027-06-07", cal(J_A, 28), J_A, "j + 28 → j + 32"),
        ("2027-06-11", cal(J_A, 32), J_A, "j + 28 → j + 32"),
        ("2027-06-17", cal(J_A, 38), J_A, "j + 38"),
        ("2027-06-24", cal(J_A, 45), J_A, "j + 45"),
        ("2027-07-06", premier(2027, 7, MAR), None, "le premier mardi de juillet, a 10 h"),
    ],
}
# optional (uncertain) spans: wording that must be in the text
UNCERTAIN = {
    "circulaire_gpme_2028_lille": ["dans la semaine precedant l'etape 10"],
    "circulaire_et_2029_besancon": ["la semaine suivant le depot"],
}


def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("\u2019", "'"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[ \t\u00a0\u202f]+", " ", t)


def flat(t):  # one line, single spaces (for wordings broken by the layout)
    return re.sub(r"\s+", " ", t)


def err(msg):
    errors.append(msg)


def text_of(stem):
    if os.path.exists(os.path.join(HERE, stem + ".pdf")):
        return subprocess.run(["pdftotext", "-layout", os.path.join(HERE, stem + ".pdf"), "-"],
                              capture_output=True, text=True).stdout
    return open(os.path.join(HERE, stem + ".txt"), encoding="utf-8").read()


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    if spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: a span is both required and optional")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        for v in s:
            if v and (D(v) in feries(D(v).year) or D(v).weekday() == 6):
                err(f"{name}: {v} is a Sunday or a public holiday")
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


def date_written(ft, iso):
    d = D(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}\b", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\bdu \w+ (?:{day}|{d.day}) au \w+ \d{{1,2}} {month}"]
    return any(re.search(p, ft) for p in pats)


def check_weekdays(ft, name):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\s+("
                         + "|".join(MOIS) + r")\s+(\d{4})", ft):
        d = dt.date(int(m.group(4)), MOIS.index(m.group(3)) + 1, int(m.group(2).replace("er", "")))
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\bdu (lundi|mardi|mercredi|jeudi|vendredi) (\d{1,2}) au \w+ (?:1er|\d{1,2}) ("
                         + "|".join(MOIS) + r") (\d{4})", ft):  # « du lundi 15 au mercredi 17 mai 2028 »
        d = dt.date(int(m.group(4)), MOIS.index(m.group(3)) + 1, int(m.group(2)))
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' starts on a {JOURS[d.weekday()]}")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        if stem.endswith("_scan"):
            src = json.load(open(gp.replace("_scan.gold.json", ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in g.items() if k not in ("document", "format")} != \
               {k: v for k, v in src.items() if k not in ("document", "format")}:
                err(f"{stem}: gold differs from its source")
            if text_of(stem).strip():
                err(f"{stem}: scan has a text layer")
            continue
        if not glob.glob(os.path.join(HERE, stem + "." + g["format"])):
            err(f"{stem}: no .{g['format']} source")
        ft = fold(text_of(stem))
        fl = flat(ft)
        check_weekdays(fl, stem)
        derived = {}
        for iso, computed, anchor, wording in DERIVED.get(stem, []):
            derived[iso] = True
            if computed.isoformat() != iso:
                err(f"{stem}: rule gives {computed} for {iso}")
            if fold(wording) not in fl:
                err(f"{stem}: wording «{wording}» not in text")
            if anchor and not date_written(fl, anchor):
                err(f"{stem}: anchor {anchor} not written")
            if date_written(fl, iso):
                err(f"{stem}: derived date {iso} is written literally")
        for s in g["dates"]:
            for v in s:
                if v and v not in derived and not date_written(fl, v):
                    err(f"{stem}: date {v} neither written nor derived")
        for w in UNCERTAIN.get(stem, []):
            if fold(w) not in fl:
                err(f"{stem}: uncertain wording «{w}» not in text")
        if g["date_document"] and not date_written(fl, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", fl.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in fl:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in fl:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                v = k.get(f)
                if v and len(v) > 10:
                    h, mi = int(v[11:13]), int(v[14:16])
                    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h\b", rf"\b{h:02d}:{mi:02d}"]
                    if h == 12 and not mi:
                        pats.append(r"\bmidi\b")
                    if f == "fin" and re.search(rf"\(duree : {h - int(k['debut'][11:13])} h\)", fl):
                        continue  # « le même jour à 14 h (durée : 2 h) »
                    if not any(re.search(p, fl) for p in pats):
                        err(f"{stem}: hour of {k['type']} {f} {v} not found")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
