#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_x (aucun code du projet).

1. forme des gold ; 2. jours de semaine cohérents dans le texte des PDF ;
3. chaque date / code / mot de centre du gold présent dans le texte PDF (pdftotext) ;
4. scans sans couche texte ni police.
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
ABR = {"lu": 0, "lun": 0, "ma": 1, "mar": 1, "me": 2, "mer": 2, "je": 3, "jeu": 3, "ve": 4, "ven": 4}
LETTRES = {1: "premier", 2: "deux", 3: "trois", 10: "dix", 11: "onze", 12: "douze"}
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower()


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def text_of(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    return re.sub(r"[ \t\u00a0\u202f]+", " ", fold(out))


def check_shape(g, doc):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(doc, f"clé manquante {k}")
    if g.get("split") != "holdout":
        err(doc, "split != holdout")
    if g["document"] != doc:
        err(doc, "champ document différent du nom de fichier")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(doc, f"code mal formé {c}")
    spans = {tuple(s) for s in g["dates"]}
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(doc, f"type inconnu {k['type']}")
        s = (k["debut"][:10], k["fin"][:10] if k.get("fin") and k["fin"][:10] != k["debut"][:10] else None)
        if s not in spans:
            err(doc, f"clé {k['type']} {s} absente de dates")
        for v in (k["debut"], k.get("fin")):
            if v:
                dt.datetime.fromisoformat(v)
    for s in g["dates"]:
        for v in s:
            if v:
                dt.date.fromisoformat(v)


def weekdays(txt, year, doc):
    n = 0
    mo = "|".join(MOIS)
    jo = "|".join(JOURS)
    # « lundi 29 mai 2028 », « du lundi 29 au mercredi 31 mai »
    for m in re.finditer(rf"\b({jo})[ ]+(\d{{1,2}})(?:er)?(?:[ ]+(?:au|et le|et)[ ]+(?:le[ ]+)?({jo})[ ]+(\d{{1,2}})(?:er)?)?[ ]+({mo})(?:[ ]+(\d{{4}}))?", txt):
        y = int(m.group(6) or year)
        mon = MOIS.index(m.group(5)) + 1
        pairs = [(m.group(1), m.group(2))] + ([(m.group(3), m.group(4))] if m.group(3) else [])
        for wd, d in pairs:
            n += 1
            if dt.date(y, mon, int(d)).weekday() != JOURS.index(wd):
                err(doc, f"jour incohérent : {m.group(0)}")
    # « lun. 11/05/26 », « lu 31/05 »
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|lu|ma|me|je|ve)\.?[ ]+(\d{2})/(\d{2})(?:/(\d{2,4}))?", txt):
        y = m.group(4)
        y = year if not y else (2000 + int(y) if len(y) == 2 else int(y))
        n += 1
        if dt.date(y, int(m.group(3)), int(m.group(2))).weekday() != ABR[m.group(1)]:
            err(doc, f"jour incohérent : {m.group(0)}")
    # « du lun. 1er au ven. 5 juin 2026 »
    for m in re.finditer(rf"\b(lun|mar|mer|jeu|ven)\.[ ]+(\d{{1,2}})(?:er)?[ ]+(?:au[ ]+(lun|mar|mer|jeu|ven)\.[ ]+(\d{{1,2}})[ ]+)?({mo})", txt):
        mon = MOIS.index(m.group(5)) + 1
        for wd, d in [(m.group(1), m.group(2))] + ([(m.group(3), m.group(4))] if m.group(3) else []):
            n += 1
            if dt.date(year, mon, int(d)).weekday() != ABR[wd]:
                err(doc, f"jour incohérent : {m.group(0)}")
    return n


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    m = MOIS[d.month - 1]
    abr = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"][d.weekday()]
    f = [f"{abr}. {d.day} ", f"{abr}. {d.day}er ", f"{d.day:02d}/{d.month:02d}", f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day} {m}",
         f"{d.day}er {m}", f"{JOURS[d.weekday()]} {d.day} "]
    if d.day in LETTRES:
        f.append(f"{LETTRES[d.day]}")
    return f


def code_pattern(c):
    m = re.fullmatch(r"(EF|E|UF|U)(\d)(\d)?", c)
    if not m:
        return re.escape(c.lower())
    base = rf"{m.group(1).lower()}\.?\s?{m.group(2)}"
    if not m.group(3):
        return base + r"(?![0-9])"
    k = m.group(3)
    part = {"1": r"1(?:ere|re)\s+partie", "2": r"2e\s+partie"}.get(k, "x")
    return base + rf"(?:[\s.\-–]*{k}(?![0-9])|\s*[–-]?\s*{part})"


def check_content(g, pdf, doc):
    txt = text_of(pdf)
    if len(txt.strip()) < 200:
        err(doc, "texte PDF quasi vide")
        return
    year = g["examen"]["session"]
    n = weekdays(txt, year, doc)
    txt = re.sub(r"\s+", " ", txt)
    if n == 0:
        err(doc, "aucun jour de semaine vérifié")
    for s in g["dates"] + g["dates_optionnelles"] + [[g["date_document"], None]]:
        for v in s:
            if v and not any(fold(x) in txt for x in date_forms(v)):
                err(doc, f"date {v} introuvable dans le texte")
    for c in g["codes"]:
        if not re.search(code_pattern(c), txt):
            err(doc, f"code {c} introuvable")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if fold(w) not in txt:
                err(doc, f"mot de centre {w} introuvable")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in txt.replace("-", " "):
            err(doc, f"ville {c['ville']} introuvable")
    return txt


def check_scan(pdf, doc):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    if txt.strip():
        err(doc, "le scan a une couche texte")
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()
    if len(fonts) > 2:
        err(doc, "le scan contient des polices")


def main():
    os.chdir(ICI)
    golds = sorted(glob.glob("*.gold.json"))
    for gp in golds:
        doc = gp[: -len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        check_shape(g, doc)
        pdf = doc + ".pdf"
        if not os.path.exists(pdf):
            err(doc, "PDF absent")
            continue
        if doc.endswith("_scan"):
            check_scan(pdf, doc)
            twin = json.load(open(doc[:-5] + ".gold.json", encoding="utf-8"))
            for k in g:
                if k not in ("document", "format") and g[k] != twin[k]:
                    err(doc, f"gold du scan diffère du gold source sur {k}")
        else:
            check_content(g, pdf, doc)
    # autres fichiers (docx/odt/html) : même radical qu'un gold
    stems = {gp[: -len(".gold.json")] for gp in golds}
    for f in glob.glob("*.docx") + glob.glob("*.odt") + glob.glob("*.html"):
        if os.path.splitext(f)[0] not in stems:
            err(f, "pas de gold pour ce fichier")
    for e in errors:
        print("ERREUR", e)
    print(f"{len(golds)} gold, {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
