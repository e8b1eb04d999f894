#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_v (aucun code du projet) :
- forme des fichiers gold ;
- jours de la semaine cohérents avec les dates écrites dans les textes ;
- chaque date, code et mot de centre du gold présent dans le texte du PDF (pdftotext) ;
- les PDF scannés n'ont pas de couche texte, et leur gold ne diffère du jumeau que par document/format.
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

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOMENT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors, warnings = [], []


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text)


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def pdf_text(path):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True, check=True).stdout


def check_shape(name, g):
    for key in ("document", "split", "format", "portee", "examen", "date_document", "codes", "centres", "dates", "cles"):
        if key not in g:
            err(name, f"clé manquante {key}")
    if g.get("split") != "holdout":
        err(name, "split != holdout")
    if g.get("portee") not in ("academique", "nationale"):
        err(name, "portee invalide")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int) or not isinstance(ex.get("sigle"), (str, type(None))):
        err(name, "examen invalide")
    if (g["portee"] == "nationale") != (ex.get("academie") is None):
        err(name, "portee nationale <=> academie null")
    if not DAY_RE.match(g.get("date_document") or ""):
        err(name, "date_document invalide")
    for c in g["codes"] + g.get("codes_optionnels", []):
        if not re.match(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$", c):
            err(name, f"code invalide {c}")
    for c in g["centres"] + g.get("centres_optionnels", []):
        if not c.get("mots") or "ville" not in c:
            err(name, f"centre invalide {c}")
    spans = set()
    for s in g["dates"] + g.get("dates_optionnelles", []):
        if len(s) != 2 or not DAY_RE.match(s[0]) or not (s[1] is None or DAY_RE.match(s[1])) or (s[1] and s[1] <= s[0]):
            err(name, f"intervalle invalide {s}")
        spans.add(tuple(s))
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            err(name, f"type invalide {k}")
        if not MOMENT_RE.match(k.get("debut", "")) or ("fin" in k and not MOMENT_RE.match(k["fin"] or "")):
            err(name, f"moment invalide {k}")
        for alt in k.get("epreuves", []):
            if not isinstance(alt, list) or not alt:
                err(name, f"epreuves doit être une liste de listes {k}")
        d0, d1 = k["debut"][:10], (k.get("fin") or "")[:10] or None
        if (d0, None if d1 == d0 else d1) not in spans:
            err(name, f"clé hors de dates {k}")
        codes = {c for alt in k.get("epreuves", []) for c in alt}
        if not codes <= set(g["codes"]) | set(g.get("codes_optionnels", [])):
            err(name, f"clé avec code hors liste {k}")


def default_year(month, session):
    return session - 1 if month >= 9 else session


def check_weekdays(name, text, session):
    t = fold(text)
    mois = "|".join(MOIS)
    jours = "|".join(JOURS)
    n = 0

    def test(wd, d, m, y, where):
        nonlocal n
        try:
            real = dt.date(y, m, d).weekday()
        except ValueError:
            err(name, f"date impossible {where}")
            return
        n += 1
        if real != wd:
            err(name, f"jour de semaine faux : « {where} » ({dt.date(y, m, d)} est un {JOURS[real]})")

    num = lambda s: 1 if s == "1er" else int(s)
    for m in re.finditer(rf"\b({jours}) (1er|\d{{1,2}}) ({mois})(?: (\d{{4}}))?", t):
        mo = MOIS.index(m.group(3)) + 1
        test(JOURS.index(m.group(1)), num(m.group(2)), mo, int(m.group(4) or default_year(mo, session)), m.group(0))
    for m in re.finditer(rf"\bdu ({jours}) (1er|\d{{1,2}}) au ({jours}) (1er|\d{{1,2}}) ({mois})(?: (\d{{4}}))?", t):
        mo = MOIS.index(m.group(5)) + 1
        test(JOURS.index(m.group(1)), num(m.group(2)), mo, int(m.group(6) or default_year(mo, session)), m.group(0))
    for m in re.finditer(rf"\b({'|'.join(ABR)})\. (\d{{1,2}}) ({mois})", t):
        mo = MOIS.index(m.group(3)) + 1
        test(ABR.index(m.group(1)), int(m.group(2)), mo, default_year(mo, session), m.group(0))
    for m in re.finditer(rf"\b({'|'.join(ABR)})\. ?(\d{{2}})/(\d{{2}})/(\d{{2,4}})", t):
        y = int(m.group(4)); y = y + 2000 if y < 100 else y
        test(ABR.index(m.group(1)), int(m.group(2)), int(m.group(3)), y, m.group(0))
    for m in re.finditer(rf"\b({jours}) (\d{{2}})-(\d{{2}})-(\d{{4}})", t):
        test(JOURS.index(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), m.group(0))
    return n


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    return [f"{day} {MOIS[d.month - 1]}", f"{d.day} {MOIS[d.month - 1]}", f"{d.day:02d}/{d.month:02d}/",
            f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day}-{d.month}-{d.year}", f"{JOURS[d.weekday()]} {day} au", f"{ABR[d.weekday()]}. {d.day:02d}/"]


def code_re(c):
    parts = r"[\s.\u2013\-]*".join(re.escape(ch) for ch in c)
    return re.compile(rf"(?<![A-Za-z0-9]){parts}(?![0-9])(?![A-Za-z0-9]{{2}})")


def check_presence(name, g, text):
    t = fold(text)
    if not any(f in t for f in date_forms(g["date_document"])):
        err(name, f"date_document {g['date_document']} absente")
    for s in g["dates"]:
        for iso in s:
            if iso and not any(f in t for f in date_forms(iso)):
                err(name, f"date {iso} absente du texte")
    raw = re.sub(r"\s+", " ", text)
    for c in g["codes"]:
        if not code_re(c).search(raw):
            err(name, f"code {c} absent du texte")
    for c in g["centres"] + g.get("centres_optionnels", []):
        for w in c["mots"]:
            if fold(w) not in t:
                err(name, f"mot de centre {w} absent")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in t.replace("-", " "):
            err(name, f"ville {c['ville']} absente")
    sig = g["examen"]["sigle"]
    if sig and sig.lower() not in t:
        err(name, f"sigle {sig} absent")
    if str(g["examen"]["session"]) not in t:
        err(name, "session absente")
    if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
        err(name, "académie absente")
    # codes written in the text but not in the gold (warnings only)
    seen = set()
    for m in re.finditer(r"(?<![A-Za-z0-9])(EF|UF|E|U)\.?\s?(\d)(?:\.(\d)|(\d))?(?:\s?[\u2013-]?\s?([AB12])(?![A-Za-z0-9]))?", raw):
        seen.add("".join(x for x in m.groups() if x))
    extra = seen - set(g["codes"]) - set(g.get("codes_optionnels", []))
    if extra:
        warnings.append(f"{name}: codes lus hors gold (à vérifier) {sorted(extra)}")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for path in golds:
        g = json.load(open(path, encoding="utf-8"))
        stem = os.path.basename(path)[: -len(".gold.json")]
        if g["document"] != stem:
            err(stem, "document != nom de fichier")
        check_shape(stem, g)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(stem, "PDF manquant"); continue
        if stem.endswith("_scan"):
            if pdf_text(pdf).strip():
                err(stem, "le scan a une couche texte")
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2:
                err(stem, "le scan contient des polices")
            twin = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            for k in set(g) | set(twin):
                if k not in ("document", "format") and g.get(k) != twin.get(k):
                    err(stem, f"gold différent du jumeau sur {k}")
            continue
        text = pdf_text(pdf)
        n = check_weekdays(stem, text, g["examen"]["session"])
        check_presence(stem, g, text)
        for ext in (".html", ".odt", ".docx"):
            if os.path.exists(os.path.join(HERE, stem + ext)):
                print(f"  {stem}{ext} -> {stem}.pdf")
        print(f"{stem}: {len(g['dates'])} intervalles, {len(g['cles'])} clés, {n} jours de semaine vérifiés")
    for w in warnings:
        print("AVERTISSEMENT", w)
    for e in errors:
        print("ERREUR", e)
    print("PROPRE" if not errors else f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
