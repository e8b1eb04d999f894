#!/usr/bin/env python3
"""Check the independantes_aq corpus without any project code: gold shape; weekdays written in the PDF text agree
with the calendar; « S23 » legends agree with ISO week numbers; every gold date (literal, or inside a legend range
« du lundi 15 au vendredi 19 mai 2028 »), code, centre word, city and key hour is findable in `pdftotext` of the PDF;
the scan has no text layer."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
errors = []
err = errors.append


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def shape(g, n):
    for k in KEYS:
        if k not in g:
            err(f"{n}: missing {k}")
    if g["split"] != "holdout":
        err(f"{n}: split")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{n}: portee / academie")
    allc = g["codes"] + g["codes_optionnels"]
    for c in allc:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{n}: code {c}")
    if len(set(allc)) != len(allc):
        err(f"{n}: duplicate code")
    spans = {tuple(s) for s in g["dates"]}
    if spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{n}: span both required and optional")
    for s in g["dates"] + g["dates_optionnelles"]:
        dt.date.fromisoformat(s[0])
        if s[1] is not None and dt.date.fromisoformat(s[1]) <= dt.date.fromisoformat(s[0]):
            err(f"{n}: span {s}")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{n}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", k[f]):
                err(f"{n}: {f} {k[f]}")
        for alts in k.get("epreuves", []):
            if not set(alts) <= set(allc):
                err(f"{n}: cle codes {alts}")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            err(f"{n}: cle span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(f"{n}: centre words {c}")


def legend_ranges(t):
    """« du lundi 15 au vendredi 19 mai 2028 » -> (date, date)."""
    out = []
    for m in re.finditer(r"du (?:(\w+) )?(1er|\d{1,2})(?: (\w+))? au (?:(\w+) )?(1er|\d{1,2}) (\w+) (\d{4})", t):
        m2 = MOIS.index(m.group(6)) + 1 if m.group(6) in MOIS else None
        if not m2:
            continue
        m1 = MOIS.index(m.group(3)) + 1 if m.group(3) in MOIS else m2
        y = int(m.group(7))
        out.append((dt.date(y, m1, int(m.group(2).replace("er", ""))), dt.date(y, m2, int(m.group(5).replace("er", "")))))
    return out


def date_present(t, iso, ranges):
    d = dt.date.fromisoformat(iso)
    day, month = ("1er" if d.day == 1 else str(d.day)), MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}", rf"\b{d.day:02d}/{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;:]{{0,40}}?\b{month}"]
    return any(re.search(p, t) for p in pats) or any(a <= d <= b for a, b in ranges)


def weekdays(t, n, year):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;:]{0,45})", t):
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", m.group(3))
        if not mm:
            continue
        d = dt.date(int(mm.group(2) or year), MOIS.index(mm.group(1)) + 1, int(m.group(2).replace("er", "")))
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{n}: '{m.group(0)[:35]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven)\. (\d{2})/(\d{2})\b", t):
        d = dt.date(year, int(m.group(3)), int(m.group(2)))
        if d.weekday() != ["lun", "mar", "mer", "jeu", "ven"].index(m.group(1)):
            err(f"{n}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\bs(\d{2})\s+du (?:\w+ )?(1er|\d{1,2})(?: (\w+))? au (?:\w+ )?(?:1er|\d{1,2}) (\w+) (\d{4})", t):
        month = m.group(3) if m.group(3) in MOIS else m.group(4)
        d = dt.date(int(m.group(5)), MOIS.index(month) + 1, int(m.group(2).replace("er", "")))
        if d.isocalendar()[1] != int(m.group(1)):
            err(f"{n}: S{m.group(1)} legend starts in ISO week {d.isocalendar()[1]}")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        n = os.path.basename(gp)[:-10]
        if g["document"] != n:
            err(f"{n}: document field")
        shape(g, n)
        pdf = os.path.join(HERE, n + ".pdf")
        if not os.path.exists(pdf):
            err(f"{n}: no PDF"); continue
        if os.path.getsize(pdf) > 2_000_000:
            err(f"{n}: PDF over 2 MB")
        text = pdftext(pdf)
        if n.endswith("_scan"):
            if text.strip():
                err(f"{n}: scan has a text layer")
            src = json.load(open(os.path.join(HERE, n[:-5] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in src.items() if k not in ("document", "format")} != \
               {k: v for k, v in g.items() if k not in ("document", "format")}:
                err(f"{n}: gold differs from its source")
            continue
        t = fold(text)
        t1 = re.sub(r"[ \t]+", " ", t)
        ranges = legend_ranges(t1)
        weekdays(t1, n, g["examen"]["session"])
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(t1, v, ranges):
                    err(f"{n}: date {v} not found")
        if g["date_document"] and not date_present(t1, g["date_document"], []):
            err(f"{n}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
            if not re.search(c + r"(?![0-9])", compact):
                err(f"{n}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{n}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{n}: city {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10:
                    hh, mi = int(k[f][11:13]), int(k[f][14:16])
                    pat = rf"\b{hh}\s*h\s*{mi:02d}" if mi else rf"\b{hh}\s*h(?!\s*[1-5]\d)"
                    if not re.search(pat, t1):
                        err(f"{n}: hour {k[f]} of {k['type']} not found")
    for f in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(f) > 2_000_000:
            err(f"{os.path.basename(f)} over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
