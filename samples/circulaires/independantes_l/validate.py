#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_l (aucun code du projet) :
forme des gold, cohérence jour/date, présence dans le texte PDF (pdftotext) de chaque date, code et mot de centre
des gold, absence de couche texte dans les scans.  Usage : python validate.py  (code retour 0 si propre)."""
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
RE_JOUR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
RE_CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
erreurs = []


def err(doc, msg):
    erreurs.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def texte_pdf(path):
    """Texte en mode -layout puis en mode brut (les cellules multilignes s'entrelacent en -layout)."""
    out = "".join(subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True).stdout
                  for mode in (["-layout"], []))
    return re.sub(r"[ \t\u00a0\u202f]+", " ", out)


def forme(doc, g):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(doc, f"clé manquante {k}")
    if g.get("split") != "holdout":
        err(doc, "split != holdout")
    if g.get("document") != doc:
        err(doc, "document ne correspond pas au nom de fichier")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(doc, "session non entière")
    if g["portee"] == "nationale" and ex.get("academie") is not None:
        err(doc, "note nationale avec académie")
    if g["date_document"] and not RE_JOUR.match(g["date_document"]):
        err(doc, "date_document mal formée")
    for c in g["codes"] + g["codes_optionnels"]:
        if not RE_CODE.match(c):
            err(doc, f"code mal formé {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c.get("mots") or "ville" not in c:
            err(doc, f"centre mal formé {c}")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not RE_JOUR.match(s[0]) or (s[1] is not None and not RE_JOUR.match(s[1])):
            err(doc, f"date mal formée {s}")
        elif s[1] is not None and s[1] <= s[0]:
            err(doc, f"période inversée ou nulle {s}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(doc, "dates en double")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(doc, f"type inconnu {k['type']}")
        for champ in ("debut", "fin"):
            if champ in k and k[champ] is not None and not RE_MOMENT.match(k[champ]):
                err(doc, f"{champ} mal formé {k}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"] and c not in g["codes_optionnels"]:
                    err(doc, f"clé avec code hors liste {c}")
        d, f = k["debut"][:10], (k.get("fin") or "")[:10] or None
        if f == d:
            f = None
        if (d, f) not in spans:
            err(doc, f"clé dont la période n'est pas dans dates : {(d, f)}")


def jours_coherents(doc, txt, session):
    t = fold(txt)
    n = 0
    # « lundi 11 mai 2026 », « du lundi 8 au mercredi 10 juin 2026 », « lun. 15 mai 2028 »
    motif = re.compile(r"\b(" + "|".join(JOURS) + r"|" + "|".join(ABR) + r")\.?\s+(1er|\d{1,2})\b")
    for m in motif.finditer(t):
        jour = m.group(1)[:3]
        jnum = 1 if m.group(2) == "1er" else int(m.group(2))
        suite = t[m.end():m.end() + 70]
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", suite)
        if not mm:
            continue
        mois = MOIS.index(mm.group(1)) + 1
        an = int(mm.group(2)) if mm.group(2) else None
        if an is None:
            ya = re.search(r"\b(20\d\d)\b", t[m.end():m.end() + 120])
            an = int(ya.group(1)) if ya else session
        try:
            vrai = dt.date(an, mois, jnum).weekday()
        except ValueError:
            err(doc, f"date impossible {m.group(0)} {mm.group(0)}")
            continue
        n += 1
        if ABR[vrai] != jour:
            err(doc, f"jour incohérent : « {m.group(0)} … {mm.group(0)} » ({an})")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\.\s+(\d{2})/(\d{2})/(\d{2,4})\b", t):
        an = int(m.group(4))
        an = an + 2000 if an < 100 else an
        vrai = dt.date(an, int(m.group(3)), int(m.group(2))).weekday()
        n += 1
        if ABR[vrai] != m.group(1):
            err(doc, f"jour incohérent : « {m.group(0)} »")
    return n


def date_presente(t, iso):
    d = dt.date.fromisoformat(iso)
    formes = [d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%y"), d.strftime("%d-%m-%Y")]
    if any(f in t for f in formes):
        return True
    num = r"(?:1er|0?1)" if d.day == 1 else str(d.day)
    return re.search(r"(?<!\d)" + num + r"(?!\d)(?:[^\d]{1,25}?(?:1er|\d{1,2})(?!\d))?[^\d]{0,45}?\b" + MOIS[d.month - 1] + r"\b", t) is not None


def code_present(t, code):
    parts = re.findall(r"EF|UF|[A-Z]|\d", code)
    motif = r"(?<![A-Za-z0-9])" + r"[\s.\-–]{0,3}".join(re.escape(p) for p in parts) + r"(?![0-9])"
    return re.search(motif, t) is not None


def contenu(doc, g, txt):
    t = fold(txt)
    if g["date_document"] and not date_presente(t, g["date_document"]):
        err(doc, f"date_document absente {g['date_document']}")
    for s in g["dates"]:
        for iso in s:
            if iso and not date_presente(t, iso):
                err(doc, f"date absente du texte {iso}")
    for c in g["codes"]:
        if not code_present(txt, c):
            err(doc, f"code absent du texte {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in t:
                err(doc, f"mot de centre absent {w}")
        if c["ville"] and fold(c["ville"]) not in t:
            err(doc, f"ville absente {c['ville']}")
    ex = g["examen"]
    if ex.get("sigle") and ex["sigle"].lower() not in t:
        err(doc, f"sigle absent {ex['sigle']}")
    if ex.get("academie") and fold(ex["academie"]) not in t:
        err(doc, f"académie absente {ex['academie']}")
    if str(ex["session"]) not in t:
        err(doc, "session absente")


def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    nb_fichiers = 0
    for gp in golds:
        doc = os.path.basename(gp)[:-len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        forme(doc, g)
        fichiers = [f for f in glob.glob(os.path.join(ICI, doc + ".*")) if not f.endswith(".gold.json")]
        nb_fichiers += len(fichiers)
        pdf = os.path.join(ICI, doc + ".pdf")
        if not os.path.exists(pdf):
            err(doc, "PDF absent")
            continue
        if doc.endswith("_scan"):
            polices = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.strip().splitlines()
            if len(polices) > 2 or texte_pdf(pdf).strip():
                err(doc, "le scan a une couche texte")
            source = os.path.join(ICI, doc[:-5] + ".pdf")
            g0 = json.load(open(os.path.join(ICI, doc[:-5] + ".gold.json"), encoding="utf-8"))
            for k in g0:
                if k not in ("document", "format") and g0[k] != g[k]:
                    err(doc, f"gold du scan diffère de la source sur {k}")
            txt = texte_pdf(source)
        else:
            txt = texte_pdf(pdf)
        n = jours_coherents(doc, txt, g["examen"]["session"])
        contenu(doc, g, txt)
        print(f"{doc:45s} fichiers={len(fichiers)} dates={len(g['dates'])} clés={len(g['cles'])} jours vérifiés={n}")
    print(f"{len(golds)} gold, {nb_fichiers} fichiers")
    for e in erreurs:
        print("ERREUR", e)
    print("propre" if not erreurs else f"{len(erreurs)} erreur(s)")
    return 1 if erreurs else 0


if __name__ == "__main__":
    sys.exit(main())
