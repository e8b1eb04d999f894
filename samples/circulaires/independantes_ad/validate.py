#!/usr/bin/env python3
"""Vérifie le corpus independantes_ad sans aucun code du projet.

- forme des fichiers gold ;
- cohérence jour de semaine / date dans le texte des PDF (pdftotext) ;
- présence dans le texte PDF de chaque date, code et mot de centre du gold ;
- absence de couche texte dans les scans.
Usage : /work/main/.venv/bin/python validate.py   (code de sortie 0 si tout est propre)
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
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
RE_D = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_DT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
erreurs = []


def err(doc, msg):
    erreurs.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower()


def texte_pdf(chemin):
    return subprocess.run(["pdftotext", "-layout", chemin, "-"], capture_output=True, text=True).stdout


def forme(g):
    d = g.get("document", "?")
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(d, f"clé manquante {k}")
    if g.get("split") != "holdout":
        err(d, "split != holdout")
    if g["portee"] not in ("academique", "nationale"):
        err(d, "portee")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(d, "portee / academie incohérentes")
    if not isinstance(g["examen"]["session"], int):
        err(d, "session")
    if g["date_document"] and not RE_D.match(g["date_document"]):
        err(d, "date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.match(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$", c):
            err(d, f"code mal formé {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(m != fold(m) for m in c["mots"]):
            err(d, f"mots de centre non normalisés {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not RE_D.match(s[0]) or (s[1] is not None and (not RE_D.match(s[1]) or s[1] <= s[0])):
            err(d, f"span mal formé {s}")
        spans.add(tuple(s))
    if len({tuple(s) for s in g["dates"]}) != len(g["dates"]):
        err(d, "dates en double")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(d, f"type inconnu {k}")
        if not RE_DT.match(k["debut"]) or ("fin" in k and not RE_DT.match(k["fin"])):
            err(d, f"debut/fin mal formé {k}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"]:
                    err(d, f"clé cite un code absent des codes : {c}")
        fin = k.get("fin")
        span = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if span not in spans:
            err(d, f"la clé {k} n'a pas son span dans dates")
        if fin and fin < k["debut"]:
            err(d, f"fin avant début {k}")


def motifs_date(iso):
    y, m, j = map(int, iso.split("-"))
    jj = "1er|1" if j == 1 else str(j)
    jr = "(?:(?:" + "|".join(JOURS) + r")\s+)?"
    return [rf"\b(?:{jj})\s+{MOIS[m - 1]}\b", rf"\b0?{j}/{m:02d}\b", rf"\b{j:02d}-{m:02d}-{y}\b",
            # début d'une fenêtre dont le mois n'est écrit qu'une fois : « du lundi 7 au mercredi 9 juin »
            rf"\bdu\s+{jr}(?:{jj})\s+au\s+{jr}(?:1er|\d{{1,2}})\s+{MOIS[m - 1]}\b"]


def present_date(iso, t):
    return any(re.search(p, t) for p in motifs_date(iso))


def motif_code(c):
    m = re.match(r"^(EF|UF|E|U)(\d)(\d?)([A-Z]?)$", c)
    pre, a, b, lettre = m.groups()
    sep = r"[\s.\-–]{0,3}"
    p = rf"\b{pre}{sep}{a}" + (rf"{sep}{b}" if b else "") + (rf"{sep}{lettre}" if lettre else "")
    return p + r"(?![0-9A-Za-z])"


def semaine(t, annee, d):
    """Contrôle jour/date : « mardi 12 mai 2026 », « du lundi 31 mai au … 2027 », « lun. 15/05/28 »."""
    for mj, mn, mm in re.findall(r"\b(" + "|".join(JOURS) + r")\s+(1er|\d{1,2})\s+(" + "|".join(MOIS) + r")\b", t):
        n = 1 if mn == "1er" else int(mn)
        jour = dt.date(annee, MOIS.index(mm) + 1, n)
        if JOURS[jour.weekday()] != mj:
            err(d, f"jour incohérent : {mj} {mn} {mm} {annee} est un {JOURS[jour.weekday()]}")
    # « du lundi 7 au mercredi 9 juin » : le premier jour prend le mois du second
    for mj, mn, mj2, mn2, mm in re.findall(r"\bdu\s+(" + "|".join(JOURS) + r")\s+(1er|\d{1,2})\s+au\s+("
                                           + "|".join(JOURS) + r")\s+(1er|\d{1,2})\s+(" + "|".join(MOIS) + r")", t):
        n = 1 if mn == "1er" else int(mn)
        jour = dt.date(annee, MOIS.index(mm) + 1, n)
        if JOURS[jour.weekday()] != mj:
            err(d, f"jour incohérent : {mj} {mn} {mm}")
    for ab, j, m, y in re.findall(r"\b(" + "|".join(ABR) + r")\.\s+(\d{2})/(\d{2})(?:/(\d{2}))?", t):
        jour = dt.date(2000 + int(y) if y else annee, int(m), int(j))
        if ABR[jour.weekday()] != ab:
            err(d, f"jour incohérent : {ab}. {j}/{m}")


def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    for gf in golds:
        g = json.load(open(gf, encoding="utf-8"))
        d = g["document"]
        if os.path.basename(gf) != d + ".gold.json":
            err(d, "nom de fichier gold != document")
        forme(g)
        fichiers = [f for f in glob.glob(os.path.join(ICI, d + ".*")) if not f.endswith(".gold.json")]
        if not fichiers:
            err(d, "aucun document pour ce gold")
        if not any(f.endswith("." + g["format"]) for f in fichiers):
            err(d, f"pas de fichier au format {g['format']}")
        pdf = os.path.join(ICI, d + ".pdf")
        if d.endswith("_scan"):
            if texte_pdf(pdf).strip():
                err(d, "le scan a une couche texte")
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2:
                err(d, "le scan contient des polices")
            source = json.load(open(os.path.join(ICI, d[:-5] + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in source.items() if k not in ("document", "format")}
            if a != b:
                err(d, "le gold du scan diffère de celui de sa source")
            pdf = os.path.join(ICI, d[:-5] + ".pdf")
        if not os.path.exists(pdf):
            err(d, "pas de PDF")
            continue
        t = fold(texte_pdf(pdf))
        t_plat = re.sub(r"\s+", " ", t)
        semaine(t_plat, g["examen"]["session"], d)
        for s in g["dates"]:
            for iso in s:
                if iso and not present_date(iso, t_plat):
                    err(d, f"date absente du texte : {iso}")
        for k in g["cles"]:
            for iso in (k["debut"][:10], k.get("fin", "")[:10]):
                if iso and not present_date(iso, t_plat):
                    err(d, f"date de clé absente : {iso}")
        if g["date_document"] and not present_date(g["date_document"], t_plat):
            err(d, "date_document absente")
        brut = texte_pdf(pdf)
        for c in g["codes"]:
            if not re.search(motif_code(c), brut):
                err(d, f"code absent du texte : {c}")
        for c in g["centres"] + g["centres_optionnels"]:
            for mot in c["mots"]:
                if mot not in t_plat:
                    err(d, f"mot de centre absent : {mot}")
            if c["ville"] and fold(c["ville"]).replace("-", " ") not in t_plat.replace("-", " "):
                err(d, f"ville absente : {c['ville']}")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t_plat:
            err(d, "académie absente du texte")
        if g["examen"]["sigle"] and not re.search(r"\b" + g["examen"]["sigle"] + r"\b", brut):
            err(d, "sigle absent du texte")
        if str(g["examen"]["session"]) not in t_plat:
            err(d, "session absente du texte")
        print(f"{d}: {len(g['codes'])} codes, {len(g['centres'])} centres, {len(g['dates'])} dates, "
              f"{len(g['cles'])} clés")
    for e in erreurs:
        print("ERREUR", e)
    print("OK" if not erreurs else f"{len(erreurs)} erreur(s)")
    return 1 if erreurs else 0


if __name__ == "__main__":
    sys.exit(main())
