#!/usr/bin/env python3
"""Contrôles du corpus « independantes_s » (aucun code du projet n'est importé).

Usage : python3 validate.py
  1. forme des fichiers gold (clés, types, formats de date, types d'événements, codes normalisés) ;
  2. cohérence jour de semaine / date pour toutes les dates écrites avec leur jour dans le texte des PDF ;
  3. présence dans le texte du PDF (pdftotext) de chaque date, code, mot de centre et ville du gold ;
     signale aussi les codes d'épreuve trouvés dans le texte mais absents du gold ;
  4. les scans n'ont pas de couche texte ; chaque document annoncé existe.
Sortie non nulle s'il y a une erreur.
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
ABREV = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
RE_CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
SEP = r"[\s.\-–]{0,3}"

erreurs = []
avertissements = []


def err(msg):
    erreurs.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def texte_pdf(chemin):
    """Texte en mise en page (-layout) suivi du texte en ordre de lecture brut : une date coupée en fin de
    ligne dans une cellule est ainsi retrouvée dans l'une des deux versions."""
    return "\n".join(subprocess.run(["pdftotext", *opts, chemin, "-"], capture_output=True, text=True,
                                    check=True).stdout for opts in (["-layout"], ["-raw"]))


def fichiers_du_document(stem):
    return [f for f in glob.glob(os.path.join(ICI, stem + ".*")) if not f.endswith(".gold.json")]


# ------------------------------------------------------------------------------------------------ 1. forme
def verifier_forme(nom, g):
    for cle in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
                "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if cle not in g:
            err(f"{nom}: clé manquante {cle}")
    if g.get("document") + ".gold.json" != os.path.basename(nom):
        err(f"{nom}: 'document' ne correspond pas au nom du fichier")
    if g.get("split") != "holdout":
        err(f"{nom}: split != holdout")
    if g.get("portee") not in ("academique", "nationale"):
        err(f"{nom}: portee invalide")
    if (g["portee"] == "nationale") != (g["examen"].get("academie") is None):
        err(f"{nom}: portée nationale <=> académie null")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(f"{nom}: session non entière")
    if g["date_document"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", g["date_document"]):
        err(f"{nom}: date_document mal formée")
    for c in g["codes"] + g["codes_optionnels"]:
        if not RE_CODE.match(c):
            err(f"{nom}: code non normalisé {c}")
    if len(set(g["codes"])) != len(g["codes"]):
        err(f"{nom}: codes en double")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c.get("mots") or not all(isinstance(m, str) and m == fold(m) for m in c["mots"]):
            err(f"{nom}: mots de centre invalides {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not RE_DATE.match(s[0]) or (s[1] is not None and not RE_DATE.match(s[1])):
            err(f"{nom}: span mal formé {s}")
        elif s[1] is not None and s[1] <= s[0]:
            err(f"{nom}: span à l'envers ou nul {s}")
        spans.add(tuple(s))
    if len(spans) != len(g["dates"]) + len(g["dates_optionnelles"]):
        err(f"{nom}: spans en double")
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            err(f"{nom}: type inconnu {k}")
        if not RE_DATE.match(k.get("debut", "")) or ("fin" in k and not RE_DATE.match(k["fin"] or "")):
            err(f"{nom}: clé mal datée {k}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"]:
                    err(f"{nom}: clé cite {c} absent des codes")
        fin = k.get("fin")
        span = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if span not in spans:
            err(f"{nom}: la clé {k['type']} {span} n'est pas dans dates")
        d0 = dt.date.fromisoformat(k["debut"][:10])
        if abs(d0.year - ex["session"]) > 1:
            err(f"{nom}: clé hors session {k}")
        if d0.weekday() >= 5:
            err(f"{nom}: événement un week-end {k}")


# ------------------------------------------------------------------------------------------- 2. jours
def verifier_jours(nom, texte, annee):
    t = fold(texte)
    t = re.sub(r"\s+", " ", t)
    mois = "|".join(MOIS)
    jours = "|".join(JOURS)
    # « mardi 1er au jeudi 3 juin 2027 », « lundi 31 mai au jeudi 3 juin 2027 », « lundi 10 mai 2027 »
    for m in re.finditer(rf"\b({jours}) (\d{{1,2}})(?:er)?(?: ({mois}))?(?: (\d{{4}}))? au ({jours}) "
                         rf"(\d{{1,2}})(?:er)? ({mois})(?: (\d{{4}}))?", t):
        j1, d1, m1, y1, j2, d2, m2, y2 = m.groups()
        y = int(y2 or y1 or annee)
        mm2 = MOIS.index(m2) + 1
        mm1 = MOIS.index(m1) + 1 if m1 else mm2
        for j, d, mm in ((j1, d1, mm1), (j2, d2, mm2)):
            verifier_un(nom, j, int(d), mm, y, m.group(0))
    for m in re.finditer(rf"\b({jours}) (\d{{1,2}})(?:er)? ({mois})(?: (\d{{4}}))?", t):
        j, d, mo, y = m.groups()
        verifier_un(nom, j, int(d), MOIS.index(mo) + 1, int(y or annee), m.group(0))
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\. (\d{2})/(\d{2})/(\d{2})\b", t):
        j, d, mo, y = m.groups()
        verifier_un(nom, JOURS[ABREV.index(j)], int(d), int(mo), 2000 + int(y), m.group(0))
    # « du lundi 1er au mercredi 3 juin, du lundi 8 au ... 2026 » : jours sans mois, on prend le mois suivant
    for m in re.finditer(rf"du ({jours}) (\d{{1,2}})(?:er)? au ({jours}) (\d{{1,2}})(?:er)?,", t):
        suite = t[m.end():m.end() + 120]
        mo = re.search(rf"\b({mois})\b", suite)
        if mo:
            for j, d in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
                verifier_un(nom, j, int(d), MOIS.index(mo.group(1)) + 1, annee, m.group(0))


def verifier_un(nom, jour, d, mois, annee, extrait):
    try:
        vrai = JOURS[dt.date(annee, mois, d).weekday()]
    except ValueError:
        err(f"{nom}: date impossible « {extrait} »")
        return
    if vrai != jour:
        err(f"{nom}: « {extrait} » : le {d}/{mois}/{annee} est un {vrai}")


# ----------------------------------------------------------------------------------------- 3. présence
def formes_date(iso, debut_de_span=False):
    d = dt.date.fromisoformat(iso[:10])
    jour = "1er" if d.day == 1 else str(d.day)
    mois = MOIS[d.month - 1]
    motifs = [rf"\b{jour} {mois}\b", rf"\b{d.day} {mois}\b", rf"\b{d:%d/%m/%y}\b", rf"\b{d:%d/%m/%Y}\b",
              rf"\b{d:%d-%m-%Y}\b"]
    if debut_de_span:  # « du mardi 1er au jeudi 3 juin », « 6 au 9 juin 2028 »
        motifs += [rf"\b{JOURS[d.weekday()]} {jour} au\b", rf"\b{jour} au \d"]
    return motifs


def present(texte_fold, motifs):
    return any(re.search(m, texte_fold) for m in motifs)


def regex_code(code):
    m = re.match(r"^(EF|UF|E|U)(\d)(\d|[A-Z])?$", code)
    prefixe, chiffre, suite = m.groups()
    r = rf"\b{prefixe}{SEP}{chiffre}"
    if suite:
        r += rf"{SEP}{suite}"
    return r + r"(?![0-9A-Za-z])"


def codes_du_texte(texte):
    trouves = set()
    motif = (r"\b(EF|UF|E|U)\.?\s?(\d)(?:[.\-]?(\d)|(?:[.\-]|\s[–-]\s|\s)?([AB]))?(?![0-9A-Za-zÀ-ÿ'])"
             r"(?!\.\s)")
    for m in re.finditer(motif, texte):
        trouves.add(m.group(1) + m.group(2) + (m.group(3) or m.group(4) or ""))
    return trouves


def verifier_presence(nom, g, texte):
    tf = re.sub(r"\s+", " ", fold(texte))
    for s in g["dates"]:
        if not present(tf, formes_date(s[0], debut_de_span=s[1] is not None)):
            err(f"{nom}: date {s[0]} introuvable dans le texte")
        if s[1] and not present(tf, formes_date(s[1])):
            err(f"{nom}: date {s[1]} introuvable dans le texte")
    if g["date_document"] and not present(tf, formes_date(g["date_document"])):
        err(f"{nom}: date du document introuvable")
    texte_plat = re.sub(r"\s+", " ", texte)
    for c in g["codes"]:
        if not re.search(regex_code(c), texte_plat):
            err(f"{nom}: code {c} introuvable")
    en_trop = codes_du_texte(texte_plat) - set(g["codes"]) - set(g["codes_optionnels"])
    if en_trop:
        err(f"{nom}: codes du texte absents du gold : {sorted(en_trop)}")
    for c in g["centres"]:
        for mot in c["mots"]:
            if mot not in tf:
                err(f"{nom}: mot de centre « {mot} » introuvable")
        if c["ville"] and fold(c["ville"]) not in tf and fold(c["ville"]).replace("-", " ") not in tf:
            err(f"{nom}: ville « {c['ville']} » introuvable")
    ex = g["examen"]
    if ex["sigle"] and ex["sigle"].casefold() not in tf:
        err(f"{nom}: sigle introuvable")
    if ex["academie"] and fold(ex["academie"]) not in tf:
        err(f"{nom}: académie introuvable")
    if str(ex["session"]) not in tf:
        err(f"{nom}: session introuvable")


# ----------------------------------------------------------------------------------------------- main
def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    if not golds:
        err("aucun gold")
    for chemin in golds:
        nom = os.path.basename(chemin)
        g = json.load(open(chemin, encoding="utf-8"))
        verifier_forme(nom, g)
        stem = g["document"]
        fichiers = fichiers_du_document(stem)
        if not fichiers:
            err(f"{nom}: aucun document {stem}.*")
            continue
        pdf = os.path.join(ICI, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{nom}: pas de PDF pour {stem}")
            continue
        if stem.endswith("_scan"):
            txt = texte_pdf(pdf).strip()
            if txt:
                err(f"{nom}: le scan a une couche texte ({len(txt)} caractères)")
            base = json.load(open(chemin.replace("_scan.gold.json", ".gold.json"), encoding="utf-8"))
            for k in g:
                if k not in ("document", "format") and g[k] != base[k]:
                    err(f"{nom}: diffère du gold de base sur {k}")
            continue
        texte = texte_pdf(pdf)
        verifier_jours(nom, texte, g["examen"]["session"])
        verifier_presence(nom, g, texte)
        print(f"ok-ish {nom}: {len(fichiers)} fichier(s) {[os.path.basename(f) for f in sorted(fichiers)]}")
    for a in avertissements:
        print("AVERTISSEMENT", a)
    for e in erreurs:
        print("ERREUR", e)
    print(f"{len(golds)} gold, {len(erreurs)} erreur(s)")
    return 1 if erreurs else 0


if __name__ == "__main__":
    sys.exit(main())
