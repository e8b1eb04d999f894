#!/usr/bin/env python3
"""Contrôle du corpus independantes_af, sans aucun code du projet.
- forme des fichiers gold ;
- cohérence jour de semaine / date dans les textes ;
- présence dans le texte (pdftotext, .txt, .html) de chaque date, code, mot de centre et ville du gold ;
- absence de couche texte dans les scans.
Usage : /work/main/.venv/bin/python validate.py  (code retour 0 si tout est propre)"""
import datetime as dt
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
MOIS_ABR = {"janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
SCANS = {"circulaire_com_2026_reims_scan": "circulaire_com_2026_reims",
         "calendrier_tourisme_2028_versailles_scan": "calendrier_tourisme_2028_versailles"}
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def texts_of(stem):
    """Textes des fichiers porteurs de texte d'un document (pdf, txt, html)."""
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, stem + ".*"))):
        ext = path.rsplit(".", 1)[1]
        if path.endswith(".gold.json"):
            continue
        if ext == "pdf":
            res[os.path.basename(path)] = subprocess.run(["pdftotext", path, "-"], capture_output=True,
                                                         text=True).stdout
        elif ext == "txt":
            res[os.path.basename(path)] = open(path, encoding="utf-8").read()
        elif ext == "html":
            raw = open(path, encoding="utf-8").read()
            res[os.path.basename(path)] = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return res


def check_shape(name, g):
    need = ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
            "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"]
    for k in need:
        if k not in g:
            err(name, f"clé manquante {k}")
    if g.get("document") + ".gold.json" != name:
        err(name, "champ document différent du nom de fichier")
    if g.get("split") != "holdout":
        err(name, "split != holdout")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(name, "session non entière")
    if (g["portee"] == "nationale") != (ex.get("academie") is None):
        err(name, "portee/academie incohérents")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(name, f"code mal formé {c}")
    days = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        a, b = s
        dt.date.fromisoformat(a)
        if b is not None and dt.date.fromisoformat(b) <= dt.date.fromisoformat(a):
            err(name, f"intervalle incohérent {s}")
        days.add((a, b))
    if len(set(map(tuple, g["dates"]))) != len(g["dates"]):
        err(name, "dates en double")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(name, f"type inconnu {k['type']}")
        deb, fin = k["debut"], k.get("fin")
        for v in (deb, fin):
            if v is not None:
                (dt.datetime.fromisoformat(v) if len(v) > 10 else dt.date.fromisoformat(v))
        span = (deb[:10], None if not fin or fin[:10] == deb[:10] else fin[:10])
        if span not in days:
            err(name, f"clé {k['type']} {span} absente des dates")
        if fin and fin < deb:
            err(name, f"fin < début {k}")
        for alt in k.get("epreuves", []):
            if not set(alt) & set(g["codes"] + g["codes_optionnels"]):
                err(name, f"clé avec code hors liste {alt}")
    if g["date_document"]:
        dt.date.fromisoformat(g["date_document"])


def code_regex(code):
    m = re.fullmatch(r"(EF|UF|E|U)(\d)(\d?)([A-Z]?)", code)
    pre, d1, d2, let = m.groups()
    sep = r"[\s.\-–]*"
    pat = sep.join(list(pre)) + sep + d1
    if d2:
        pat += sep + d2
    if let:
        pat += sep + r"(?:option\s+)?" + let
    return re.compile(r"(?<![A-Za-z0-9])" + pat + r"(?![0-9])")


def date_present(text, iso, session):
    d = dt.date.fromisoformat(iso)
    t = re.sub(r"\s+", " ", fold(text))
    mois = MOIS[d.month - 1]
    abr = [k for k, v in MOIS_ABR.items() if v == d.month]
    if abr:
        mois = "(?:" + "|".join([mois] + abr) + ")"
    day = r"(?:1er|0?1)" if d.day == 1 else f"0?{d.day}"
    pats = [rf"(?<!\d){day}\s+{mois}", rf"(?<!\d){day}[/.-]0?{d.month}(?!\d)",
            rf"(?<!\d){day}\b[^.]{{0,50}}?\b{mois}"]  # « du 9 au 11 juin »
    return any(re.search(p, t) for p in pats)


WD_RE = re.compile(r"\b(" + "|".join(JOURS + JOURS_ABR) + r")\.? (1er|\d{1,2})(?:(?:/(\d{1,2})(?:/(\d{2}|\d{4}))?)"
                   r"|(?: ([a-z]+)\.?(?: (\d{4})(?!\d))?))?")


def check_weekdays(name, text, session):
    t = re.sub(r"\s+", " ", fold(text))
    for m in WD_RE.finditer(t):
        wd, dd, mnum, ynum, mtxt, ytxt = m.groups()
        mm, yy = (mnum or mtxt), (ynum or ytxt)
        dd = 1 if dd == "1er" else int(dd)
        month = None
        if mm and mm.isdigit():
            month = int(mm)
        elif mm:
            if mm in MOIS:
                month = MOIS.index(mm) + 1
            elif mm[:4] in MOIS_ABR or mm[:3] in MOIS_ABR:
                month = MOIS_ABR.get(mm[:4]) or MOIS_ABR.get(mm[:3])
        if month is None:  # « du mardi 9 au jeudi 11 juin » : mois plus loin
            rest = t[m.end():m.end() + 60]
            mm2 = re.search(r"\b(" + "|".join(MOIS) + r")\b", rest)
            if not mm2:
                continue
            month = MOIS.index(mm2.group(1)) + 1
        year = session
        if yy and yy.isdigit() and len(yy) in (2, 4):
            year = int(yy) + (2000 if len(yy) == 2 else 0)
        elif month >= 9:
            year = session - 1
        try:
            d = dt.date(year, month, dd)
        except ValueError:
            err(name, f"date impossible « {m.group(0)} »")
            continue
        idx = JOURS.index(wd) if wd in JOURS else JOURS_ABR.index(wd)
        if d.weekday() != idx:
            err(name, f"jour de semaine faux « {m.group(0)} » ({d} est un {JOURS[d.weekday()]})")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gpath in golds:
        name = os.path.basename(gpath)
        g = json.load(open(gpath, encoding="utf-8"))
        stem = g["document"]
        check_shape(name, g)
        files = [f for f in glob.glob(os.path.join(HERE, stem + ".*")) if not f.endswith(".gold.json")]
        if not files:
            err(name, "aucun fichier document")
            continue
        if stem in SCANS:
            pdf = os.path.join(HERE, stem + ".pdf")
            txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
            if txt.strip():
                err(name, "le scan a une couche texte")
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2:
                err(name, "le scan contient des polices")
            texts = texts_of(SCANS[stem])  # contenu vérifié sur la source numérique
        else:
            texts = texts_of(stem)
        session = g["examen"]["session"]
        for fname, text in texts.items():
            if not text.strip():
                err(fname, "texte vide")
                continue
            check_weekdays(fname, text, session)
            ft = fold(text)
            for c in g["codes"]:
                if not code_regex(c).search(text):
                    err(fname, f"code {c} introuvable")
            for s in g["dates"]:
                for iso in s:
                    if iso and not date_present(text, iso, session):
                        err(fname, f"date {iso} introuvable")
            if g["date_document"] and not date_present(text, g["date_document"], session):
                err(fname, f"date_document {g['date_document']} introuvable")
            for c in g["centres"] + g["centres_optionnels"]:
                for w in c["mots"]:
                    if fold(w) not in ft:
                        err(fname, f"mot de centre « {w} » introuvable")
                if c["ville"] and fold(c["ville"]).replace("-", " ") not in ft.replace("-", " "):
                    err(fname, f"ville « {c['ville']} » introuvable")
            if str(session) not in text:
                err(fname, "année de session absente")
    print(f"{len(golds)} gold vérifiés")
    for e in errors:
        print("ERREUR", e)
    print("propre" if not errors else f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
