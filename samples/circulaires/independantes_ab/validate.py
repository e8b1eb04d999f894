#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le corpus independantes_ab sans aucun code du projet.

- forme des golds (clés, types, formats de date, cohérence cles/dates, split holdout) ;
- jours de semaine cohérents avec les dates écrites dans le texte des PDF ;
- chaque date, heure, code et mot de centre du gold présent dans le texte (pdftotext) du PDF ;
- aucun code d'épreuve du texte absent du gold (codes + codes_optionnels) ;
- scans sans couche texte, gold du scan = gold de l'original (hors document/format).
Usage : /work/main/.venv/bin/python validate.py
"""
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
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
GRID = {"circulaire_gtmn_2026_rennes"}  # calendriers mensuels : jour = numéro de case
errors = []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", t))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[ \t\u00a0\u202f]+", " ", t.replace("’", "'"))


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def both_texts(path):
    """Texte en mise en page + texte brut aux blancs réduits (coupures de ligne en fin de cellule)."""
    raw = re.sub(r"-\s*\n\s*", "-", pdftext(path, layout=False))
    return fold(pdftext(path)) + "\n" + re.sub(r"\s+", " ", fold(raw))


def iso(s):
    return dt.date.fromisoformat(s[:10])


def check_shape(stem, g):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(stem, f"clé manquante {k}")
    if g.get("document") != stem:
        err(stem, "document != nom de fichier")
    if g.get("split") != "holdout":
        err(stem, "split")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        err(stem, "note nationale avec académie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(stem, f"code mal normalisé {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(stem, "code à la fois requis et optionnel")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(stem, "dates en double")
    for a, b in g["dates"]:
        iso(a)
        if b is not None and iso(b) <= iso(a):
            err(stem, f"intervalle incohérent {a} {b}")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(stem, f"type inconnu {k['type']}")
        for key in ("debut", "fin"):
            if key in k:
                v = k[key]
                if len(v) > 10:
                    dt.datetime.fromisoformat(v)
                else:
                    iso(v)
        fin = k.get("fin")
        s = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if s not in spans:
            err(stem, f"clé {k['type']} {s} absente de dates")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(stem, f"clé cite un code hors liste {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(m != fold(m) for m in c["mots"]):
            err(stem, f"mots de centre non normalisés {c}")


def date_forms(d):
    m = MOIS[d.month - 1]
    f = {f"{d.day} {m}", f"{d.day:02d} {m}", f"{d.day:02d}.{d.month:02d}", f"{d.day:02d}/{d.month:02d}",
         f"{d.day:02d}-{d.month:02d}"}
    if d.day == 1:
        f |= {f"1er {m}", f"premier {m}"}
    return f


def date_present(stem, text, s):
    d = iso(s)
    if any(re.search(r"(?<!\d)" + re.escape(x) + r"(?!\d)", text) for x in date_forms(d)):
        return True
    if re.search(rf"(?<!\d){d.day} au [^\n]{{0,25}}?{MOIS[d.month - 1]}", text):  # « du lundi 14 au mardi 15 juin »
        return True
    if stem in GRID and f"{MOIS[d.month - 1]} {d.year}" in text:
        return re.search(rf"(?<!\d){d.day}(?!\d)", text) is not None
    return False


def time_forms(s):
    h, mi = int(s[11:13]), int(s[14:16])
    if mi:
        return {f"{h}h{mi:02d}", f"{h} h {mi:02d}", f"{h:02d}:{mi:02d}", f"{h}:{mi:02d}", f"{h:02d} h {mi:02d}"}
    return {f"{h}h", f"{h} h", f"{h:02d}:00", f"{h:02d} h 00", f"{h} h 00"}


CODE_RE = re.compile(r"\b(EF|UF|E|U)(?:\.|\s)?(\d)(?:\.?(\d)(?!\d))?(?:\s?[-–]?\s?([A-C])\b)?")


def codes_in(text):
    out = set()
    for m in CODE_RE.finditer(text):
        out.add(m.group(1) + m.group(2) + (m.group(3) or "") + (m.group(4) or ""))
    return out


WD_RE = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?\s+"
                   r"(?:(\d{1,2})(?:er)?(?:\s+(" + "|".join(MOIS) + r")(?:\s+(\d{4}))?|[./-](\d{2})[./-](\d{2,4})"
                   r"|[./](\d{2})(?!\d))|premier\s+(" + "|".join(MOIS) + r"))")


def check_weekdays(stem, text, year):
    n = 0
    for m in WD_RE.finditer(text):
        wd = m.group(1)
        wdi = JOURS.index(wd) if wd in JOURS else ABR[wd]
        if m.group(8):
            d = dt.date(year, MOIS.index(m.group(8)) + 1, 1)
        elif m.group(3):
            d = dt.date(int(m.group(4) or year), MOIS.index(m.group(3)) + 1, int(m.group(2)))
        elif m.group(5):
            y = int(m.group(6))
            d = dt.date(y + 2000 if y < 100 else y, int(m.group(5)), int(m.group(2)))
        else:
            d = dt.date(year, int(m.group(7)), int(m.group(2)))
        n += 1
        if d.weekday() != wdi:
            err(stem, f"jour de semaine faux : « {m.group(0)} » ({d})")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        stem = os.path.basename(gp)[: -len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        check_shape(stem, g)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(stem, "pas de PDF")
            continue
        if stem.endswith("_scan"):
            if pdftext(pdf).strip():
                err(stem, "le scan a une couche texte")
            base = json.load(open(gp.replace("_scan.gold.json", ".gold.json"), encoding="utf-8"))
            g2 = dict(g, document=base["document"], format=base["format"])
            if g2 != base:
                err(stem, "gold du scan différent de l'original")
            continue
        text = both_texts(pdf)
        year = g["examen"]["session"]
        if str(year) not in text:
            err(stem, "session absente")
        if g["examen"]["sigle"] and fold(g["examen"]["sigle"]) not in text:
            err(stem, "sigle absent")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in text:
            err(stem, "académie absente")
        if g["date_document"] and not date_present(stem, text, g["date_document"]):
            err(stem, "date du document absente")
        nwd = check_weekdays(stem, text, year)
        found = codes_in(pdftext(pdf))
        for c in g["codes"]:
            if c not in found:
                err(stem, f"code {c} absent du texte")
        extra = found - set(g["codes"]) - set(g["codes_optionnels"])
        if extra:
            err(stem, f"codes du texte absents du gold : {sorted(extra)}")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in text:
                    err(stem, f"mot de centre {w} absent")
            if c["ville"] and fold(c["ville"]).replace("-", " ") not in text.replace("-", " "):
                err(stem, f"ville {c['ville']} absente")
        for a, b in g["dates"]:
            for s in (a, b):
                if s and not date_present(stem, text, s):
                    err(stem, f"date {s} absente du texte")
        for k in g["cles"]:
            for key in ("debut", "fin"):
                v = k.get(key)
                if v and len(v) > 10 and not any(t in text for t in time_forms(v)):
                    err(stem, f"heure {v} absente du texte")
        print(f"{stem}: {len(g['codes'])} codes, {len(g['centres'])} centres, {len(g['dates'])} dates, "
              f"{len(g['cles'])} clés, {nwd} jours de semaine vérifiés")
    # fichiers sans gold
    stems = {os.path.basename(p)[: -len(".gold.json")] for p in golds}
    for f in os.listdir(HERE):
        if f.endswith((".pdf", ".docx", ".odt", ".html")) and os.path.splitext(f)[0] not in stems:
            err(f, "document sans gold")
    for e in errors:
        print("ERREUR", e)
    print("OK" if not errors else f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
