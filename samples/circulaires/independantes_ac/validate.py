#!/usr/bin/env python3
"""Vérifie le corpus independantes_ac sans aucun code du projet.

- forme des gold (clés, types, dates ISO, types d'événements) ;
- cohérence jour de la semaine / date dans le texte des PDF (pdftotext) ;
- présence dans le texte PDF de chaque date, code, mot de centre, ville et heure du gold ;
- absence de couche texte dans les scans.
Usage : python3 validate.py   (code retour 0 si tout est propre)
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
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
erreurs = []


def err(msg):
    erreurs.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def texte_pdf(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    out = out.replace("\u00a0", " ").replace("\u202f", " ")
    out = re.sub(r"-\n(?=\d)", "-", out)  # date coupée à un tiret en fin de ligne
    return re.sub(r"\s+", " ", fold(out))


def check_gold(g, nom):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{nom}: clé manquante {k}")
    if g.get("split") != "holdout":
        err(f"{nom}: split")
    if g["document"] + ".gold.json" != os.path.basename(nom):
        err(f"{nom}: document ne correspond pas au nom de fichier")
    for k in ("sigle", "session", "academie"):
        if k not in g["examen"]:
            err(f"{nom}: examen.{k} manquant")
    if g["date_document"] and not ISO.match(g["date_document"]):
        err(f"{nom}: date_document")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(m != fold(m) for m in c["mots"]):
            err(f"{nom}: mots de centre non normalisés {c}")
    spans = {tuple(s) for s in g["dates"]}
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not ISO.match(s[0]) or (s[1] is not None and not ISO.match(s[1])):
            err(f"{nom}: span invalide {s}")
        elif s[1] is not None and s[1] <= s[0]:
            err(f"{nom}: span inversé ou nul {s}")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{nom}: type {k['type']}")
        if not ISO.match(k["debut"]) or ("fin" in k and not ISO.match(k["fin"])):
            err(f"{nom}: date de clé {k}")
        debut, fin = k["debut"][:10], (k.get("fin") or "")[:10] or None
        sp = (debut, None if fin == debut else fin)
        if sp not in spans:
            err(f"{nom}: la clé {k['type']} {sp} n'est pas dans dates")
        for alt in k.get("epreuves", []):
            if not any(c in g["codes"] + g["codes_optionnels"] for c in alt):
                err(f"{nom}: code de clé inconnu {alt}")


def check_jours(txt, annee, nom):
    n = 0
    for m in re.finditer(r"\b(%s) (1er|\d{1,2})\b" % "|".join(JOURS), txt):
        jour, num = m.group(1), m.group(2)
        num = 1 if num == "1er" else int(num)
        suite = txt[m.end(): m.end() + 70]
        mm = re.search(r"\b(%s)\b" % "|".join(MOIS), suite)
        if not mm:
            continue
        ya = re.match(r" (\d{4})", suite[mm.end():])
        an = int(ya.group(1)) if ya else annee
        if not ya:  # année absente : chercher la suivante proche
            y2 = re.search(r"\b(20\d\d)\b", suite[mm.end():mm.end() + 60])
            an = int(y2.group(1)) if y2 else annee
        try:
            d = dt.date(an, MOIS.index(mm.group(1)) + 1, num)
        except ValueError:
            err(f"{nom}: date impossible « {m.group(0)} {mm.group(1)} »")
            continue
        n += 1
        if JOURS[d.weekday()] != jour:
            err(f"{nom}: « {m.group(0)} … {mm.group(1)} {an} » est un {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(%s)\.? (\d\d)[/-](\d\d)[/-](\d{2,4})\b" % "|".join(ABR), txt):
        y = int(m.group(4))
        y = y + 2000 if y < 100 else y
        d = dt.date(y, int(m.group(3)), int(m.group(2)))
        n += 1
        if ABR[d.weekday()] != m.group(1):
            err(f"{nom}: « {m.group(0)} » est un {ABR[d.weekday()]}")
    return n


def date_presente(iso, txt):
    y, mo, d = iso.split("-")
    di = int(d)
    formes = [f"{d}/{mo}/{y}", f"{d}/{mo}/{y[2:]}", f"{d}-{mo}-{y}", f"{d}.{mo}.{y}"]
    if any(f in txt for f in formes):
        return True
    num = r"(?:1er|1)" if di == 1 else str(di)
    for m in re.finditer(r"\b%s\b" % num, txt):  # premier nom de mois qui suit = le bon mois
        mm = re.search(r"\b(%s)\b" % "|".join(MOIS), txt[m.end(): m.end() + 60])
        if mm and mm.group(1) == MOIS[int(mo) - 1] and not re.search(r"\d{4}", txt[m.end(): m.end() + mm.start()]):
            return True
    return False


def code_present(code, txt):
    pat = r"[\s.\-–]*".join(re.escape(c) for c in code.lower())
    return re.search(r"\b" + pat + r"(?![0-9])", txt) is not None


def heure_presente(hhmm, txt):
    h, m = hhmm.split(":")
    hh = str(int(h))
    pats = [rf"\b{h}:{m}\b", rf"\b{hh}:{m}\b", rf"\b{hh} ?h ?{m}\b"]
    if m == "00":
        pats.append(rf"\b{hh} ?h\b(?! ?\d)")
    return any(re.search(p, txt) for p in pats)


def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        nom = os.path.basename(gp)
        check_gold(g, nom)
        stem = g["document"]
        pdf = os.path.join(ICI, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{nom}: PDF absent {stem}.pdf")
            continue
        sources = glob.glob(os.path.join(ICI, stem + ".*"))
        if not any(s.endswith(g["format"]) for s in sources):
            err(f"{nom}: aucun fichier au format {g['format']}")
        if stem.endswith("_scan"):
            raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.strip().splitlines()
            if raw.strip() or len(fonts) > 2:
                err(f"{nom}: le scan a une couche texte")
            base = os.path.join(ICI, stem[:-5] + ".pdf")
            g0 = json.load(open(os.path.join(ICI, stem[:-5] + ".gold.json"), encoding="utf-8"))
            g0.pop("document"), g0.pop("format")
            g1 = dict(g)
            g1.pop("document"), g1.pop("format")
            if g0 != g1:
                err(f"{nom}: le gold du scan diffère de l'original hors document/format")
            pdf = base  # le contenu se vérifie sur le PDF d'origine
        txt = texte_pdf(pdf)
        n = check_jours(txt, g["examen"]["session"], nom)
        for s in g["dates"] + g["dates_optionnelles"]:
            for iso in s:
                if iso and not date_presente(iso, txt):
                    err(f"{nom}: date {iso} introuvable dans le texte")
        if g["date_document"] and not date_presente(g["date_document"], txt):
            err(f"{nom}: date_document introuvable")
        for c in g["codes"] + g["codes_optionnels"]:
            if not code_present(c, txt):
                err(f"{nom}: code {c} introuvable")
        for c in g["centres"] + g["centres_optionnels"]:
            for m in c["mots"]:
                if m not in txt:
                    err(f"{nom}: mot de centre {m} introuvable")
            if c["ville"] and fold(c["ville"]).replace("-", " ") not in txt.replace("-", " "):
                err(f"{nom}: ville {c['ville']} introuvable")
        for k in g["cles"]:
            for v in (k["debut"], k.get("fin")):
                if v and "T" in v and not heure_presente(v[11:], txt):
                    err(f"{nom}: heure {v} introuvable")
        ac = g["examen"]["academie"]
        if ac and fold(ac) not in txt:
            err(f"{nom}: académie {ac} introuvable")
        print(f"{nom}: {n} mentions jour/date contrôlées")
    for e in erreurs:
        print("ERREUR", e)
    print("OK" if not erreurs else f"{len(erreurs)} erreur(s)")
    return 1 if erreurs else 0


if __name__ == "__main__":
    sys.exit(main())
