#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_ag (bibliothèque standard + pdftotext ; aucun code du projet).
Usage : python3 validate.py   -> code retour 0 si tout est propre."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def pdftext(path, layout=True):
    t = subprocess.run(["pdftotext"] + (["-layout"] if layout else []) + [path, "-"], capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", fold(t).replace("\u2019", "'"))


def iso(s):
    return dt.date.fromisoformat(s[:10])


def check_shape(name, g):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "centres", "dates", "cles"):
        if k not in g:
            err(f"{name}: clé {k} absente")
    if g.get("split") != "holdout":
        err(f"{name}: split != holdout")
    if g["document"] + ".gold.json" != os.path.basename(name):
        err(f"{name}: document ne correspond pas au nom de fichier")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(f"{name}: session non entière")
    dates = {tuple(d) for d in g["dates"]}
    for d in g["dates"] + g.get("dates_optionnelles", []):
        a, b = d
        iso(a)
        if b is not None and iso(b) <= iso(a):
            err(f"{name}: intervalle incohérent {d}")
        if iso(a).year != ex["session"]:
            err(f"{name}: date {a} hors de l'année de session")
    for c in g["codes"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: code mal formé {c}")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type inconnu {k['type']}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"] + g.get("codes_optionnels", []):
                    err(f"{name}: clé sur code absent de codes {c}")
        a, b = k["debut"][:10], (k.get("fin") or "")[:10] or None
        sp = (a, None if b == a else b)
        if sp not in dates:
            err(f"{name}: clé {k['type']} {sp} absente de dates")
        if k.get("fin") and k["fin"] <= k["debut"]:
            err(f"{name}: clé fin <= début {k}")


def check_weekdays(name, text):
    mois = "|".join(MOIS)
    n = 0
    # « lundi 12 » suivi (dans les 90 caractères) du premier mois + année
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(\d{1,2})(?:er)?\b", text):
        tail = text[m.end(): m.end() + 90]
        mm = re.search(r"\b(" + mois + r")\b", tail)       # premier mois qui suit
        yy = mm and re.search(r"\b(20\d\d)\b", text[m.end() + mm.end(): m.end() + mm.end() + 120])
        if not mm or not yy:
            continue
        d = dt.date(int(yy.group(1)), MOIS.index(mm.group(1)) + 1, int(m.group(2)))
        n += 1
        if JOURS[d.weekday()] != m.group(1):
            err(f"{name}: jour incohérent « {m.group(0)} … {mm.group(0)} » ({JOURS[d.weekday()]})")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\.\s+(\d{2})[/-](\d{2})[/-](\d{2,4})", text):
        y = int(m.group(4)); y = y + 2000 if y < 100 else y
        d = dt.date(y, int(m.group(3)), int(m.group(2)))
        n += 1
        if ABR[d.weekday()] != m.group(1):
            err(f"{name}: jour abrégé incohérent « {m.group(0)} »")
    return n


def date_present(text, day):
    d = iso(day)
    j = "1er" if d.day == 1 else str(d.day)
    forms = [f"{d.day} {MOIS[d.month - 1]}", f"{j} {MOIS[d.month - 1]}",
             d.strftime("%d/%m/%y"), d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"),
             f"{JOURS[d.weekday()]} {j} ", f"{JOURS[d.weekday()]} {d.day} "]
    if any(f in text for f in forms):
        return True
    return bool(re.search(rf"\bdu {j} au", text))


def code_re(c):
    m = re.fullmatch(r"(EF|E|UF|U)(\d)(\d?)([A-Z]?)", c)
    parts = [m.group(1), m.group(2)] + [p for p in (m.group(3), m.group(4)) if p]
    return r"\b" + r"[\s.\-–]*".join(re.escape(p.lower()) for p in parts) + r"\b"


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        name = os.path.basename(gp)
        g = json.load(open(gp, encoding="utf-8"))
        check_shape(name, g)
        stem = g["document"]
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{name}: {stem}.pdf absent"); continue
        if stem.endswith("_scan"):
            raw = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
            if raw.strip():
                err(f"{name}: le scan a une couche texte")
            pdf = os.path.join(HERE, stem[:-5] + ".pdf")   # le contenu est vérifié sur l'original
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            for k in g:
                if k not in ("document", "format") and g[k] != src[k]:
                    err(f"{name}: diffère de l'original sur {k}")
        text = pdftext(pdf)
        nwd = check_weekdays(name, pdftext(pdf, layout=False))
        text = text + " " + pdftext(pdf, layout=False)
        for a, b in g["dates"]:
            for day in (a, b):
                if day and not date_present(text, day):
                    err(f"{name}: date {day} introuvable dans le PDF")
        if g["date_document"] and not date_present(text, g["date_document"]):
            err(f"{name}: date_document introuvable")
        for c in g["codes"]:
            if not re.search(code_re(c), text):
                err(f"{name}: code {c} introuvable")
        for ce in g["centres"]:
            for w in ce["mots"]:
                if fold(w) not in text:
                    err(f"{name}: mot de centre « {w} » introuvable")
            if ce["ville"] and fold(ce["ville"]) not in text:
                err(f"{name}: ville « {ce['ville']} » introuvable")
        for k in ("academie",):
            v = g["examen"][k]
            if v and fold(v).replace("-", " ") not in text.replace("-", " "):
                err(f"{name}: académie {v} introuvable")
        print(f"{name:62s} contrôlé ({nwd} jours de semaine vérifiés)")
    for e in errors:
        print("ERREUR", e)
    print("OK" if not errors else f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
