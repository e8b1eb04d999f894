#!/usr/bin/env python3
"""Check the independantes_bf corpus without any project code (standard library + pdftotext).
- gold shape (keys, split, portée, normalised codes, ISO dates, every key's span listed in `dates`);
- weekdays written in the text agree with the calendar;
- every gold date, code, centre word and city, and every hour of a key is findable in the text
  (pdftotext -layout of the PDF; for the mail, also the .txt);
- every date written in a document is either a gold date, the document date, or a non-event declared
  below (NON_EVENEMENTS): the internal school dates are deliberate, nothing is left by accident;
- the *_scan.pdf has no text layer, is ≤ 200 dpi and every file is < 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")

# Dates written in the documents that are NOT session events (internal school/CFA steps, holidays,
# cited texts, mail/comment timestamps, alternance periods). Decided when the gold was written.
NON_EVENEMENTS = {
    "lettre_familles_tourisme_2026_rennes": [
        "2026-01-19",                              # date of the rectorat's circular (cited)
        "2026-02-12",                              # réunion parents-professeurs
        "2026-03-16", "2026-03-18",                # BTS blanc
        "2026-03-20",                              # remise du dossier au professeur référent
        "2026-04-02",                              # oral blanc
        "2026-04-18", "2026-05-04",                # vacances de printemps
        "2026-05-14", "2026-05-15",                # Ascension + pont
        "2026-05-26",                              # conseil de classe
        "2026-02-09",                              # retour du coupon
    ],
    "mail_cfa_gpme_2027_poitiers": [
        "2027-01-11",                              # date of the rectorat's circular (cited)
        "2027-04-13", "2027-04-14",                # BTS blanc au CFA
        "2027-03-15", "2027-03-22", "2027-03-26", "2027-03-31",  # CFA steps before the official deposit
        "2027-02-04",                              # réunion maîtres d'apprentissage
        "2027-05-03", "2027-05-21", "2027-05-24",  # alternance
        "2027-05-17",                              # lundi de Pentecôte
    ],
    "ent_electrotechnique_2028_clermont": [
        "2028-03-24", "2028-03-30", "2028-04-04",  # rendu ENT, soutenance blanche (and its new date)
        "2028-05-15",                              # conseil de classe
        "2028-05-12",                              # reprise de l'atelier
        "2028-01-25", "2028-01-26", "2028-01-27",  # comment timestamps / last login
    ],
    "note_lycee_cg_2025_orleans-tours": [
        "2025-02-20",                              # date of the rectorat's circular (cited, and its own letter date)
        "2025-03-21", "2025-03-24", "2025-03-27", "2025-04-02",  # passeport au référent, BTS blanc, oral blanc
        "2025-05-20", "2025-05-23",                # conseil de classe, fin des cours
        "2025-11-14",                              # remise des diplômes
        "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",  # jours fériés
    ],
    "note_cfa_mhr_2029_grenoble": [
        "2028-12-18",                              # date of the rectorat's circular (cited)
        "2029-01-25", "2029-03-19", "2029-03-27", "2029-04-12",  # CFA steps
        "2029-01-19", "2029-01-22", "2029-02-16", "2029-02-19", "2029-03-02", "2029-03-05",
        "2029-03-23", "2029-03-26", "2029-04-09", "2029-05-11", "2029-05-14", "2029-05-28",
        "2029-06-15", "2029-06-18",                # alternance periods
        "2029-05-10", "2029-05-21",                # Ascension, Pentecôte
    ],
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\u00a0", " ")


def pdftext(path):
    """layout text, then reading-order text: a table cell wrapped beside another column stays findable"""
    run = lambda *a: subprocess.run(["pdftotext", *a, path, "-"], capture_output=True, text=True).stdout
    return run("-layout") + "\n" + run()


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing key {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split must be holdout")
    if g.get("portee") not in ("academique", "nationale"):
        err(f"{name}: portee")
    if g.get("portee") == "nationale" and g["examen"]["academie"] is not None:
        err(f"{name}: national note with an académie")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(f"{name}: session")
    if g["date_document"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date_document"]):
        err(f"{name}: date_document")
    allc = g["codes"] + g["codes_optionnels"]
    for c in allc:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[0]) or (s[1] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[1])):
            err(f"{name}: bad span {s}")
        elif s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span end before start {s}")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.match(k[f]):
                err(f"{name}: cle {f} {k[f]}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in allc:
                    err(f"{name}: cle code {c} not in codes")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            err(f"{name}: cle span {sp} not in dates")
        if fin and fin < k["debut"]:
            err(f"{name}: cle ends before it starts {k}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")


MONTHS_RE = "|".join(MOIS)
WD_RE = "|".join(JOURS)
# « 3 juin », « du lundi 16 au mercredi 18 mars », « jeudi 14 et vendredi 15 mai », « les 15, 16 et 17 mai »
GROUP = re.compile(r"\b(1er|\d{1,2})\b((?:\s*(?:,|\bau\b|\bet\b)\s*(?:(?:" + WD_RE + r")\s+)?(?:1er|\d{1,2})\b)*)(?:[ \t]+\n?[ \t]*|\n[ \t]*)(" + MONTHS_RE + r")\b(?:\s+(\d{4}))?")
NUM = re.compile(r"\b(\d{2})/(\d{2})(?:/(\d{4}))?\b")


def dates_in(text, session):
    """every calendar date written in a folded text, as ISO strings"""
    found = set()
    for m in GROUP.finditer(text):
        month = MOIS.index(m.group(3)) + 1
        year = int(m.group(4)) if m.group(4) else session
        days = [m.group(1)] + re.findall(r"(1er|\d{1,2})\b", m.group(2))
        for d in days:
            try:
                found.add(dt.date(year, month, int(d.replace("er", ""))).isoformat())
            except ValueError:
                err(f"impossible date {d} {m.group(3)} {year}")
    for m in NUM.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.add(dt.date(int(m.group(3)) if m.group(3) else session, month, day).isoformat())
    return found


def check_weekdays(t, name, session):
    for m in re.finditer(r"\b(" + WD_RE + r")\s+(1er|\d{1,2})\b([^\n.;]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + MONTHS_RE + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:40]}' is a {JOURS[d.weekday()]}")


def hour_found(t, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"\b0?{h}\s*h\s*{mi:02d}\b", rf"\b0?{h}:{mi:02d}\b"] + ([rf"\b0?{h}\s*h(?!\s*\d)"] if mi == 0 else [])
    return any(re.search(p, t) for p in pats)


def check_doc(g, stem, text, base):
    t = fold(text)
    session = g["examen"]["session"]
    check_weekdays(t, stem, session)
    written = dates_in(t, session)
    gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
    for v in gold_days:
        if v not in written:
            err(f"{stem}: gold date {v} not found in text")
    if g["date_document"] and g["date_document"] not in written:
        err(f"{stem}: date_document not found")
    allowed = gold_days | {g["date_document"]} | set(NON_EVENEMENTS.get(base, []))
    for v in sorted(written - allowed):
        err(f"{stem}: date {v} written in the text but neither gold nor declared non-event")
    for v in NON_EVENEMENTS.get(base, []):
        if v not in written:
            err(f"{stem}: declared non-event {v} not in text")
    glued = re.sub(r"\b(EF|UF|E|U)[ .\-–]?(\d)[ .\-–]?(?=\d\b)", r"\1\2", text.upper())  # « E.2.1 » -> E21
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.search(rf"\b{c}(?![0-9A-Z])", glued):
            err(f"{stem}: code {c} not found")
    ex = g["examen"]
    if ex["academie"] and fold(ex["academie"]) not in t:
        err(f"{stem}: académie not found")
    if str(session) not in t:
        err(f"{stem}: session year not found")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in t:
                err(f"{stem}: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in t:
            err(f"{stem}: city {c['ville']} not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            if f in k and len(k[f]) > 10 and not hour_found(t, k[f][11:]):
                err(f"{stem}: hour {k[f]} of {k['type']} not found")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g.get("document") != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF")
            continue
        if stem.endswith("_scan"):
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            for k in KEYS:
                if k not in ("document", "format") and src.get(k) != g.get(k):
                    err(f"{stem}: gold differs from its source's on {k}")
            out = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            for line in out:
                xppi = int(line.split()[12])
                if xppi > 201:
                    err(f"{stem}: image at {xppi} ppi")
            continue
        check_doc(g, stem, pdftext(pdf), stem)
        txt = os.path.join(HERE, stem + ".txt")
        if os.path.exists(txt):
            check_doc(g, stem + ".txt", open(txt, encoding="utf-8").read(), stem)
        others = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith((".gold.json", ".pdf"))]
        if not others and g["format"] != "pdf":
            err(f"{stem}: no source file next to the PDF")
    for f in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: larger than 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
