#!/usr/bin/env python3
"""Contrôles du corpus independantes_y (aucun code du projet n'est importé).

1. forme des gold ; 2. cohérence jour de semaine / date dans les textes ; 3. chaque date, code, mot de
centre et ville du gold se retrouve dans le texte du PDF (pdftotext) ; 4. les scans n'ont pas de couche texte.
Usage : /work/main/.venv/bin/python validate.py   (code de sortie 1 s'il reste une erreur)
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
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def check_shape(name, g):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(name, f"clé manquante {k}")
    if g.get("split") != "holdout":
        err(name, "split != holdout")
    if g["document"] + ".gold.json" != os.path.basename(name):
        err(name, "document ne correspond pas au nom du fichier")
    if g["portee"] not in ("academique", "nationale"):
        err(name, "portee")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(name, "portee/académie incohérentes")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(name, f"code non normalisé {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(name, f"mots de centre {c}")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not ISO.match(s[0]) or (s[1] and (not ISO.match(s[1]) or s[1] <= s[0])):
            err(name, f"date {s}")
    spans = {tuple(s) for s in g["dates"]}
    known = set(g["codes"]) | set(g["codes_optionnels"])
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(name, f"type {k['type']}")
        if not ISO.match(k["debut"]) or ("fin" in k and not ISO.match(k["fin"])):
            err(name, f"clé mal datée {k}")
        if "fin" in k and k["fin"] < k["debut"]:
            err(name, f"fin < début {k}")
        for alt in k.get("epreuves", []):
            if not set(alt) & known:
                err(name, f"code de clé inconnu {alt}")
        end = k.get("fin", "")[:10] or None
        span = (k["debut"][:10], None if end == k["debut"][:10] else end)
        if span not in spans:
            err(name, f"clé hors de dates {span}")
        if not k["debut"].startswith(str(g["examen"]["session"])):
            err(name, f"clé hors session {k['debut']}")


def date_present(text, iso):
    y, m, d = map(int, iso.split("-"))
    mo = MOIS[m - 1]
    pats = [rf"\b{d}(er)?\s+{mo}\b", rf"\b{d:02d}/{m:02d}\b", rf"\b{d}/{m:02d}\b", rf"\b{d:02d}-{m:02d}-{y}\b",
            rf"\b{y}-{m:02d}-{d:02d}\b", rf"\b{d}(er)?\b[^.;]{{0,45}}?\b{mo}\b"]
    return any(re.search(p, text) for p in pats)


def code_present(text, code):
    m = re.fullmatch(r"(EF|UF|E|U)(\d)(\d?)([A-Z]?)", code)
    sep = r"[\s.\-–]*"
    p = r"\b" + m.group(1) + sep + m.group(2)
    if m.group(3):
        p += sep + m.group(3)
    if m.group(4):
        p += sep + m.group(4)
    return re.search(p + r"(?![0-9A-Za-z])", text) is not None


def hour_present(text, hhmm):
    h, mi = int(hhmm[:2]), hhmm[3:]
    forms = [rf"\b0?{h}\s?h\s?{mi}\b", rf"\b0?{h}:{mi}\b"] + ([rf"\b0?{h}\s?h(?!\s?\d)"] if mi == "00" else [])
    return any(re.search(f, text) for f in forms)


def check_weekdays(name, text, year):
    t = re.sub(r"\s+", " ", fold(text))
    n = 0
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(\d{1,2})(?:er)?\b(?:\s+(" + "|".join(MOIS)
                         + r"))?(?:\s+(\d{4}))?", t):
        day = int(m.group(2))
        mo = m.group(3)
        if not mo:
            nxt = re.search(r"\b(" + "|".join(MOIS) + r")\b", t[m.end():m.end() + 60])
            if not nxt:
                continue
            mo = nxt.group(1)
        y = int(m.group(4) or year)
        real = dt.date(y, MOIS.index(mo) + 1, day).weekday()
        n += 1
        if JOURS[real] != m.group(1):
            err(name, f"jour incohérent : « {m.group(0)} » ({JOURS[real]})")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.?\s+(\d{2})/(\d{2})/(\d{2,4})", t):
        y = int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0)
        real = dt.date(y, int(m.group(3)), int(m.group(2))).weekday()
        n += 1
        if JOURS[real][:3] != m.group(1):
            err(name, f"jour incohérent : « {m.group(0)} »")
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\s+(" + "|".join(JOURS) + r")\b", t):
        real = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).weekday()
        n += 1
        if JOURS[real] != m.group(4):
            err(name, f"jour incohérent : « {m.group(0)} »")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gpath in golds:
        g = json.load(open(gpath, encoding="utf-8"))
        name = os.path.basename(gpath)
        check_shape(name, g)
        stem = g["document"]
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(name, "PDF absent")
            continue
        if stem.endswith("_scan"):
            txt = pdftext(pdf).strip()
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            if txt or fonts:
                err(name, "le scan a une couche texte")
            print(f"{stem}: scan sans couche texte ({len(fonts)} police)")
            continue
        others = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith(".gold.json")]
        if {os.path.splitext(p)[1] for p in others} - {".pdf", ".docx", ".odt", ".html"}:
            err(name, "suffixe inattendu")
        raw = pdftext(pdf)
        text = re.sub(r"\s+", " ", fold(raw))
        nw = check_weekdays(name, raw, g["examen"]["session"])
        for s in g["dates"]:
            for iso in s:
                if iso and not date_present(text, iso):
                    err(name, f"date absente du texte : {iso}")
        if g["date_document"] and not date_present(text, g["date_document"]):
            err(name, f"date du document absente : {g['date_document']}")
        for c in g["codes"]:
            if not code_present(raw, c):
                err(name, f"code absent : {c}")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in text:
                    err(name, f"mot de centre absent : {w}")
            if c["ville"] and fold(c["ville"]).replace("-", " ") not in text.replace("-", " "):
                err(name, f"ville absente : {c['ville']}")
        for k in g["cles"]:
            for v in (k["debut"], k.get("fin")):
                if v and "T" in v and not hour_present(text, v[11:]):
                    err(name, f"heure absente : {v}")
        print(f"{stem}: {len(g['dates'])} dates, {len(g['codes'])} codes, {len(g['centres'])} centres, "
              f"{len(g['cles'])} clés, {nw} jours de semaine vérifiés")
    print("\n".join(errors) if errors else "OK – aucune erreur")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
