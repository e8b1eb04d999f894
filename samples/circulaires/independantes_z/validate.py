#!/usr/bin/env python3
"""Contrôle du corpus independantes_z (aucun code du projet n'est importé).

Vérifie : forme des gold ; cohérence jour de semaine / date dans le texte des PDF ; présence dans le
texte PDF (pdftotext) de chaque date, code et mot de centre du gold ; absence de couche texte dans les
scans. Sortie : liste des problèmes puis « OK » ou « N problème(s) »."""
import datetime as dt
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
NOMBRES = {1: "premier", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit",
           9: "neuf", 10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze", 15: "quinze",
           16: "seize", 17: "dix-sept", 18: "dix-huit", 19: "dix-neuf", 20: "vingt", 21: "vingt et un",
           22: "vingt-deux", 23: "vingt-trois", 24: "vingt-quatre", 25: "vingt-cinq", 26: "vingt-six",
           27: "vingt-sept", 28: "vingt-huit", 29: "vingt-neuf", 30: "trente", 31: "trente et un"}
MOTS_NOMBRES = {v: k for k, v in NOMBRES.items()}
problems = []


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = re.sub(r"[\u2010-\u2015\u2212]", "-", t).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"[ \t]+", " ", t)


def pdftext(path, layout=False):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def iso(s):
    return dt.date.fromisoformat(s[:10])


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "centres", "dates", "cles"):
        if k not in g:
            problems.append(f"{name}: clé manquante {k}")
    if g.get("split") != "holdout":
        problems.append(f"{name}: split != holdout")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        problems.append(f"{name}: note nationale avec académie")
    iso(g["date_document"])
    starts = set()
    for a, b in g["dates"] + g.get("dates_optionnelles", []):
        if b is not None and iso(b) <= iso(a):
            problems.append(f"{name}: intervalle incohérent {a} {b}")
        starts.add(a)
    spans = {tuple(x) for x in g["dates"]}
    for c in g["cles"]:
        if c["type"] not in TYPES:
            problems.append(f"{name}: type inconnu {c['type']}")
        d0 = c["debut"][:10]; d1 = c.get("fin", c["debut"])[:10]
        if (d0, None if d1 == d0 else d1) not in spans:
            problems.append(f"{name}: clé {c['type']} {c['debut']} absente de dates")
        if "fin" in c and c["fin"] < c["debut"]:
            problems.append(f"{name}: clé fin < début {c}")
        for alts in c.get("epreuves", []):
            if not any(a in g["codes"] for a in alts):
                problems.append(f"{name}: clé avec code hors liste {alts}")
        if iso(c["debut"]).weekday() >= 5:
            problems.append(f"{name}: clé un week-end {c['debut']}")


def date_forms(d):
    m = MOIS[d.month - 1]
    day = "1er" if d.day == 1 else str(d.day)
    forms = [f"{day} {m}", f"{d.day} {m}", f"{d.day:02d}/{d.month:02d}", f"{d.day:02d}-{d.month:02d}-{d.year}",
             f"{d.day:02d}.{d.month:02d}", f"{NOMBRES[d.day]} {m}"]
    return forms


def present_date(text, d):
    if any(f in text for f in date_forms(d)):
        return True
    # intervalle « du lundi 6 au vendredi 9 juin » : jour + nom du jour, mois plus loin
    jour = JOURS[d.weekday()]
    day = "1er" if d.day == 1 else str(d.day)
    for mt in re.finditer(rf"\b{jour} (?:{day}|{re.escape(NOMBRES[d.day])})\b", text):
        if MOIS[d.month - 1] in text[mt.end(): mt.end() + 60]:
            return True
    return False


def code_regex(c):
    letters = re.match(r"[A-Z]+", c).group(0)
    rest = c[len(letters):]
    sep = r"[\s.\-]*"
    body = letters.lower() + sep + sep.join(re.escape(ch.lower()) for ch in rest)
    return re.compile(rf"(?<![a-z0-9]){body}(?![a-z0-9])(?!{sep}\d)(?!\s[a-b]\b)" if not rest[-1].isalpha()
                      else rf"(?<![a-z0-9]){body}(?![a-z0-9])")


def check_weekdays(text, year, name):
    n = 0
    # « lundi 15 mai 2028 », « mardi premier juin », « du lundi 29 au mercredi 31 mai »
    nums = "|".join(sorted((re.escape(w) for w in MOTS_NOMBRES), key=len, reverse=True))
    for mt in re.finditer(rf"\b({'|'.join(JOURS)}) (\d{{1,2}}|{nums})(?:er)?\b", text):
        jn, dn = mt.group(1), mt.group(2)
        day = int(dn) if dn.isdigit() else MOTS_NOMBRES[dn]
        mm = re.search("|".join(MOIS), text[mt.end(): mt.end() + 60])
        if not mm:
            continue
        d = dt.date(year, MOIS.index(mm.group(0)) + 1, day)
        n += 1
        if JOURS[d.weekday()] != jn:
            problems.append(f"{name}: « {mt.group(0)} {mm.group(0)} » -> {d} est un {JOURS[d.weekday()]}")
    # « lun. 18/05/26 », « ven. 28-04-2028 », « lun. 15/05 »
    for mt in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\. (\d{2})[/-](\d{2})(?:[/-](\d{2,4}))?", text):
        y = int(mt.group(4)) if mt.group(4) else year
        y = y + 2000 if y < 100 else y
        d = dt.date(y, int(mt.group(3)), int(mt.group(2)))
        n += 1
        if ABR[d.weekday()] != mt.group(1):
            problems.append(f"{name}: « {mt.group(0)} » -> {d} est un {JOURS[d.weekday()]}")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        name = os.path.basename(gp)
        g = json.load(open(gp, encoding="utf-8"))
        stem = name[: -len(".gold.json")]
        if g["document"] != stem:
            problems.append(f"{name}: document != nom de fichier")
        check_shape(g, name)
        is_scan = stem.endswith("_scan")
        src = os.path.join(HERE, (stem[:-5] if is_scan else stem) + ".pdf")
        if is_scan:
            scan = os.path.join(HERE, stem + ".pdf")
            if not os.path.exists(scan):
                problems.append(f"{name}: scan absent"); continue
            if pdftext(scan).strip():
                problems.append(f"{name}: le scan a une couche texte")
            fonts = subprocess.run(["pdffonts", scan], capture_output=True, text=True).stdout.splitlines()[2:]
            if fonts:
                problems.append(f"{name}: le scan contient des polices")
        if not os.path.exists(src):
            problems.append(f"{name}: PDF source absent"); continue
        text = fold(pdftext(src) + "\n" + pdftext(src, layout=True))
        flat = re.sub(r"\s+", " ", text)
        flat = flat + " " + re.sub(r"(\w)- (\w)", r"\1-\2", flat)  # coupures de ligne après un trait d'union
        for a, b in g["dates"] + [[g["date_document"], None]]:
            for d in (a, b):
                if d and not present_date(flat, iso(d)):
                    problems.append(f"{name}: date {d} introuvable dans le texte")
        for c in g["codes"]:
            if not code_regex(c).search(flat):
                problems.append(f"{name}: code {c} introuvable")
        for ce in g["centres"] + g.get("centres_optionnels", []):
            for w in ce["mots"]:
                if fold(w) not in flat:
                    problems.append(f"{name}: mot de centre {w} introuvable")
            if ce["ville"] and fold(ce["ville"]) not in flat and fold(ce["ville"]).replace("-", " ") not in flat:
                problems.append(f"{name}: ville {ce['ville']} introuvable")
        ex = g["examen"]
        if str(ex["session"]) not in flat:
            problems.append(f"{name}: session introuvable")
        if ex["academie"] and fold(ex["academie"]) not in flat:
            problems.append(f"{name}: académie introuvable")
        if not is_scan:
            # texte sans -layout : en mode -layout les colonnes voisines se mélangent
            n = check_weekdays(re.sub(r"\s+", " ", fold(pdftext(src))), ex["session"], name)
            print(f"{name}: {n} jours de semaine contrôlés")
    for p in problems:
        print("PROBLÈME", p)
    print("OK" if not problems else f"{len(problems)} problème(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
