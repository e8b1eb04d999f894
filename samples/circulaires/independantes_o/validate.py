#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_o (aucun code du projet n'est importé).

- forme des fichiers gold (clés, types, dates ISO, types d'événements, cohérence cles/dates) ;
- cohérence jour de semaine / date dans le texte de chaque PDF (pdftotext) ;
- présence dans le texte du PDF de chaque date, code, mot de centre, ville et horaire du gold ;
- scans : aucune couche texte, aucune police.
Usage : /work/main/.venv/bin/python validate.py   (code retour 0 si tout est propre)
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
MOIS_ABR = ["janv", "fevr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
CODE_RE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
erreurs = []


def err(doc, msg):
    erreurs.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = t.replace("\u2019", "'").replace("\xa0", " ").replace("\u202f", " ")
    return re.sub(r"[ \t]+", " ", t)


def texte_pdf(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    return fold(re.sub(r"\s+", " ", out))


def jour(s):
    return dt.date.fromisoformat(s[:10])


# ------------------------------------------------------------------ forme du gold
def verifier_forme(g, nom):
    for k, t in (("document", str), ("split", str), ("format", str), ("portee", str), ("examen", dict),
                 ("codes", list), ("codes_optionnels", list), ("centres", list), ("centres_optionnels", list),
                 ("dates", list), ("dates_optionnelles", list), ("cles", list)):
        if not isinstance(g.get(k), t):
            err(nom, f"clé {k} absente ou de mauvais type")
    if g.get("document") + ".gold.json" != os.path.basename(nom):
        err(nom, "document ne correspond pas au nom du fichier")
    if g.get("split") != "holdout":
        err(nom, "split != holdout")
    ex = g["examen"]
    for k in ("sigle", "session", "academie"):
        if k not in ex:
            err(nom, f"examen.{k} absent")
    if g["portee"] == "nationale" and ex.get("academie") is not None:
        err(nom, "note nationale avec académie")
    if g["portee"] == "academique" and not ex.get("academie"):
        err(nom, "circulaire académique sans académie")
    if g.get("date_document") is not None:
        jour(g["date_document"])
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE_RE.match(c):
            err(nom, f"code mal formé {c}")
    if len(set(g["codes"])) != len(g["codes"]):
        err(nom, "codes en double")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c.get("mots") or any(m != fold(m) for m in c["mots"]):
            err(nom, f"mots de centre non repliés : {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not ISO.match(s[0]) or (s[1] is not None and not ISO.match(s[1])):
            err(nom, f"span mal formé {s}")
            continue
        if s[1] is not None and jour(s[1]) <= jour(s[0]):
            err(nom, f"span non croissant {s}")
        spans.add(tuple(s))
    if len(spans) != len(g["dates"]) + len(g["dates_optionnelles"]):
        err(nom, "dates en double")
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            err(nom, f"type inconnu {k}")
        if not ISO.match(k.get("debut", "")) or ("fin" in k and not ISO.match(k["fin"])):
            err(nom, f"debut/fin mal formés {k}")
        for alt in k.get("epreuves", []):
            if not isinstance(alt, list) or not all(a in g["codes"] + g["codes_optionnels"] for a in alt):
                err(nom, f"codes de clé hors liste {k}")
        d0 = k["debut"][:10]
        d1 = k["fin"][:10] if k.get("fin") else None
        if (d0, None if d1 == d0 else d1) not in spans:
            err(nom, f"clé sans span correspondant dans dates : {k}")


# ------------------------------------------------------------------ jours de semaine
RE_JOUR = "(" + "|".join(JOURS + [j + r"\." for j in JOURS_ABR]) + ")"
RE_MOIS = "(" + "|".join(MOIS) + ")"


def verifier_jours(txt, annee, nom):
    n = 0
    # « lundi 7 au jeudi 10 juin 2027 », « lun. 18 au ven. 22 mai 2026 »
    for m in re.finditer(RE_JOUR + r" (\d{1,2})(?:er)?(?: " + RE_MOIS + r")?(?: (\d{4}))? au " + RE_JOUR +
                         r" (\d{1,2})(?:er)? " + RE_MOIS + r"(?: (\d{4}))?", txt):
        j1, d1, m1, y1, j2, d2, m2, y2 = m.groups()
        y = int(y2 or y1 or annee)
        n += controle_jour(j1, int(d1), m1 or m2, int(y1 or y), nom, m.group(0))
        n += controle_jour(j2, int(d2), m2, y, nom, m.group(0))
    for m in re.finditer(RE_JOUR + r" (\d{1,2})(?:er)? " + RE_MOIS + r"(?: (\d{4}))?", txt):
        j, d, mo, y = m.groups()
        n += controle_jour(j, int(d), mo, int(y or annee), nom, m.group(0))
    return n


def controle_jour(nomjour, d, mois, annee, nom, extrait):
    nomjour = nomjour.rstrip(".")
    idx = JOURS.index(nomjour) if nomjour in JOURS else JOURS_ABR.index(nomjour)
    reel = dt.date(annee, MOIS.index(mois) + 1, d).weekday()
    if reel != idx:
        err(nom, f"jour de semaine incohérent : « {extrait} » ({annee})")
    return 1


# ------------------------------------------------------------------ présence dans le texte
def formes_date(d):
    j, m, y = d.day, d.month, d.year
    mo, ab = MOIS[m - 1], MOIS_ABR[m - 1]
    wd, wa = JOURS[d.weekday()], JOURS_ABR[d.weekday()]
    return [rf"\b{j}(er)? {mo}\b", rf"\b{j:02d}-{ab}\.?-{y % 100:02d}\b", rf"\b{j}-{ab}\.?-{y % 100:02d}\b",
            rf"\b{j:02d}/{m:02d}/({y}|{y % 100:02d})\b", rf"\b{wd} {j}(er)?\b", rf"\b{wa}\. {j}(er)?\b"]


def date_presente(txt, s):
    return any(re.search(f, txt) for f in formes_date(jour(s)))


def code_present(txt, code):
    m = re.match(r"^(EF|UF|E|U)(\d+)([A-Z]*)$", code)
    lettres, chiffres, suffixe = m.groups()
    sep = r"[\s.\-\u2013]*"
    motif = sep.join(re.escape(c) for c in lettres + chiffres + suffixe)
    motif = r"(?<![a-z0-9])" + motif + r"(?![\s.\-\u2013]*(\d|[a-d](?=[\s),;])))"
    return re.search(motif, txt, re.I) is not None


def heure_presente(txt, hm):
    h, mi = int(hm[:2]), hm[3:]
    formes = [rf"\b{h} ?h ?{mi}\b", rf"\b{h:02d}:{mi}\b", rf"\b{h}:{mi}\b"]
    if mi == "00":
        formes += [rf"\b{h} ?h\b", rf"\b{h:02d} ?h\b"]
    return any(re.search(f, txt) for f in formes)


def verifier_presence(g, txt, nom):
    for s in g["dates"]:
        for d in s:
            if d and not date_presente(txt, d):
                err(nom, f"date {d} introuvable dans le texte")
    if g.get("date_document") and not date_presente(txt, g["date_document"]):
        err(nom, "date_document introuvable")
    for c in g["codes"]:
        if not code_present(txt, c):
            err(nom, f"code {c} introuvable")
    for c in g["centres"]:
        for mot in c["mots"]:
            if mot not in txt:
                err(nom, f"mot de centre « {mot} » introuvable")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in txt.replace("-", " "):
            err(nom, f"ville {c['ville']} introuvable")
    for k in g["cles"]:
        for champ in ("debut", "fin"):
            v = k.get(champ)
            if v and len(v) > 10 and not heure_presente(txt, v[11:]):
                err(nom, f"horaire {v} introuvable")
    if str(g["examen"]["session"]) not in txt:
        err(nom, "session introuvable")
    if g["examen"].get("academie") and fold(g["examen"]["academie"]) not in txt:
        err(nom, "académie introuvable")
    if g["examen"].get("sigle") and not re.search(rf"\b{fold(g['examen']['sigle'])}\b", txt):
        err(nom, "sigle introuvable")


def verifier_scan(pdf, nom):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    if txt.strip():
        err(nom, "le scan a une couche texte")
    polices = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.strip().splitlines()
    if len(polices) > 2:
        err(nom, "le scan contient des polices")
    images = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()
    if len(images) < 3:
        err(nom, "le scan ne contient pas d'image")


def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    n_jours = 0
    for chemin in golds:
        nom = os.path.basename(chemin)
        g = json.load(open(chemin, encoding="utf-8"))
        verifier_forme(g, nom)
        stem = g["document"]
        fichiers = [f for f in glob.glob(os.path.join(ICI, stem + ".*")) if not f.endswith(".gold.json")]
        if not fichiers:
            err(nom, "aucun document pour ce gold")
            continue
        if stem.endswith("_scan"):
            verifier_scan(os.path.join(ICI, stem + ".pdf"), nom)
            source = os.path.join(ICI, stem[:-5] + ".pdf")
        else:
            source = os.path.join(ICI, stem + ".pdf")
        txt = texte_pdf(source)
        n_jours += verifier_jours(txt, g["examen"]["session"], nom)
        verifier_presence(g, txt, nom)
        print(f"{nom}: {len(fichiers)} fichier(s) {sorted(os.path.splitext(f)[1] for f in fichiers)}")
    print(f"{len(golds)} gold, {n_jours} mentions jour+date vérifiées")
    for e in erreurs:
        print("ERREUR", e)
    print("OK" if not erreurs else f"{len(erreurs)} erreur(s)")
    return 1 if erreurs else 0


if __name__ == "__main__":
    sys.exit(main())
