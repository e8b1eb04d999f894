#!/usr/bin/env python3
"""Contrôles du corpus independantes_r (sans aucun code du projet).

- forme des fichiers gold (clés, types, formats de date, types d'événement) ;
- cohérence jour de la semaine / date pour toutes les dates écrites dans les PDF ;
- présence dans le texte du PDF (pdftotext) de chaque date, code et mot de centre du gold ;
- scans sans couche texte.
Usage : python validate.py   (code retour 0 si tout est propre)
"""
import datetime as dt
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

ICI = os.path.dirname(os.path.abspath(__file__))
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
RE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_DT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
RE_CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def pdftext(path):
    """Texte du PDF : version « layout » puis version brute, espaces et retours à la ligne réduits."""
    parts = []
    for opt in (["-layout"], ["-raw"]):
        parts.append(subprocess.run(["pdftotext", *opt, path, "-"], capture_output=True, text=True,
                                    check=True).stdout)
    return "\n".join(parts)


def check_shape(doc, g):
    for k, typ in (("document", str), ("split", str), ("format", str), ("portee", str), ("examen", dict),
                   ("codes", list), ("codes_optionnels", list), ("centres", list), ("centres_optionnels", list),
                   ("dates", list), ("dates_optionnelles", list), ("cles", list)):
        if not isinstance(g.get(k), typ):
            err(doc, f"clé {k} absente ou de mauvais type")
    if g.get("split") != "holdout":
        err(doc, "split != holdout")
    ex = g.get("examen", {})
    if not isinstance(ex.get("session"), int):
        err(doc, "examen.session non entier")
    if g.get("portee") == "nationale" and ex.get("academie") is not None:
        err(doc, "note nationale avec académie")
    if g.get("date_document") is not None and not RE_DAY.match(g["date_document"]):
        err(doc, "date_document mal formée")
    for c in g.get("codes", []) + g.get("codes_optionnels", []):
        if not RE_CODE.match(c):
            err(doc, f"code mal normalisé : {c}")
    if len(set(g["codes"])) != len(g["codes"]):
        err(doc, "codes en double")
    for c in g.get("centres", []) + g.get("centres_optionnels", []):
        if not (isinstance(c.get("mots"), list) and c["mots"] and "ville" in c):
            err(doc, f"centre mal formé : {c}")
    for s in g.get("dates", []) + g.get("dates_optionnelles", []):
        if not (len(s) == 2 and RE_DAY.match(s[0]) and (s[1] is None or (RE_DAY.match(s[1]) and s[1] > s[0]))):
            err(doc, f"date mal formée : {s}")
    if len({tuple(s) for s in g["dates"]}) != len(g["dates"]):
        err(doc, "dates en double")
    spans = {tuple(s) for s in g["dates"]}
    for k in g.get("cles", []):
        if k.get("type") not in TYPES:
            err(doc, f"type inconnu : {k}")
        if not RE_DT.match(k.get("debut", "")) or ("fin" in k and not RE_DT.match(k["fin"])):
            err(doc, f"clé mal datée : {k}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"] and c not in g["codes_optionnels"]:
                    err(doc, f"clé cite un code absent de codes : {c}")
        d0, d1 = k["debut"][:10], (k.get("fin") or "")[:10] or None
        if d1 == d0:
            d1 = None
        if (d0, d1) not in spans:
            err(doc, f"clé dont l'intervalle manque dans dates : {(d0, d1)}")
        if k["debut"][:4] != str(g["examen"]["session"]):
            err(doc, f"clé hors de l'année de session : {k}")


def check_weekdays(doc, text, year):
    t = re.sub(r"\s+", " ", fold(text))
    n = 0
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(\d{1,2})(?:er)?\s+(" + "|".join(MOIS) +
                         r")(?:\s+(\d{4}))?", t):
        jour, d, mois, y = m.group(1), int(m.group(2)), MOIS.index(m.group(3)) + 1, m.group(4)
        y = int(y) if y else year
        real = dt.date(y, mois, d).weekday()
        n += 1
        if JOURS[real] != jour:
            err(doc, f"jour incohérent : « {m.group(0)} » est un {JOURS[real]}")
    # « du lundi 22 au mercredi 24 mai 2028 » : le premier jour sans mois
    for m in re.finditer(r"\bdu\s+(" + "|".join(JOURS) + r")\s+(\d{1,2})(?:er)?\s+au\s+(?:" + "|".join(JOURS) +
                         r")\s+\d{1,2}(?:er)?\s+(" + "|".join(MOIS) + r")(?:\s+(\d{4}))?", t):
        jour, d, mois = m.group(1), int(m.group(2)), MOIS.index(m.group(3)) + 1
        y = int(m.group(4)) if m.group(4) else year
        n += 1
        if JOURS[dt.date(y, mois, d).weekday()] != jour:
            err(doc, f"jour incohérent : « {m.group(0)} »")
    for m in re.finditer(r"\b(" + "|".join(JOURS_ABR) + r")\.\s*(\d{2})/(\d{2})/(\d{2})\b", t):
        d = dt.date(2000 + int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if JOURS_ABR[d.weekday()] != m.group(1):
            err(doc, f"jour incohérent : « {m.group(0)} »")
    return n


def date_present(text, iso):
    t = re.sub(r"\s+", " ", fold(text))
    y, m, d = (int(x) for x in iso.split("-"))
    mois = MOIS[m - 1]
    pats = [rf"\b{d}(?:er)?\b[^.;]{{0,60}}?\b{mois}\b", rf"\b{d:02d}/{m:02d}/(?:{y}|{y % 100})\b",
            rf"\b{d:02d}-{m:02d}-{y}\b"]
    return any(re.search(p, t) for p in pats)


def code_present(text, code):
    m = re.match(r"^(EF|UF|E|U)(\d)(\d?)([A-Z]?)$", code)
    head, d1, d2, letter = m.groups()
    pat = r"(?<![A-Za-z0-9])" + head + r"[ .\-–]{0,3}" + d1
    if d2:
        pat += r"[ .\-–]{0,3}" + d2
    if letter:
        pat += r"[ .\-–]{0,3}" + letter
    pat += r"(?![0-9])"
    return re.search(pat, text) is not None


def check_presence(doc, g, text):
    for s in g["dates"]:
        for iso in s:
            if iso and not date_present(text, iso):
                err(doc, f"date absente du texte : {iso}")
    for k in g["cles"]:
        for key in ("debut", "fin"):
            v = k.get(key)
            if v and "T" in v:
                hh, mm = int(v[11:13]), v[14:16]
                pat = rf"\b0?{hh}\s*(?:h|:)\s*{mm if mm != '00' else '(?:00)?'}"
                if not re.search(pat, text):
                    err(doc, f"heure absente du texte : {v}")
    for c in g["codes"]:
        if not code_present(text, c):
            err(doc, f"code absent du texte : {c}")
    t = fold(text)
    for c in g["centres"]:
        for w in c["mots"]:
            if fold(w) not in t:
                err(doc, f"mot de centre absent : {w}")
        if c["ville"] and fold(c["ville"]) not in t:
            err(doc, f"ville absente : {c['ville']}")
    if g["date_document"]:
        if not date_present(text, g["date_document"]):
            err(doc, f"date du document absente : {g['date_document']}")


def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    if not golds:
        print("aucun gold")
        return 1
    for path in golds:
        stem = os.path.basename(path)[:-len(".gold.json")]
        g = json.load(open(path, encoding="utf-8"))
        if g.get("document") != stem:
            err(stem, "champ document différent du nom de fichier")
        check_shape(stem, g)
        sources = [f for f in glob.glob(os.path.join(ICI, stem + ".*")) if not f.endswith(".gold.json")]
        if not sources:
            err(stem, "aucun document")
            continue
        pdf = os.path.join(ICI, stem + ".pdf")
        if not os.path.exists(pdf):
            err(stem, "pas de PDF")
            continue
        text = pdftext(pdf)
        if stem.endswith("_scan"):
            if text.strip():
                err(stem, "le scan contient une couche texte")
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2:
                err(stem, "le scan contient des polices")
            orig = json.load(open(os.path.join(ICI, stem[:-5] + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in orig.items() if k not in ("document", "format")}
            if a != b:
                err(stem, "le gold du scan diffère du gold source au-delà de document/format")
            print(f"{stem}: scan image seule, {len(fonts) - 2} police(s), gold aligné sur {stem[:-5]}")
            continue
        n = check_weekdays(stem, text, g["examen"]["session"])
        if n == 0:
            err(stem, "aucune date avec jour de semaine trouvée (contrôle inopérant ?)")
        check_presence(stem, g, text)
        print(f"{stem}: {len(sources)} fichier(s), {n} dates avec jour contrôlées")
    for e in errors:
        print("ERREUR", e)
    print("propre" if not errors else f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
