#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_e (n'utilise aucun code du projet).

1. forme des fichiers gold ;
2. cohérence jour de semaine / date dans le texte des PDF ;
3. chaque date, heure, code et mot de centre du gold est présent dans le texte (pdftotext) ;
4. les scans n'ont pas de couche texte et leur gold est la copie de celui du document.
Usage : python validate.py   (code retour 0 si tout est propre)
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
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def norm(text):
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return re.sub(r"[ \t]+", " ", text)


# ------------------------------------------------------------------ 1. forme
def check_shape(name, g):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "centres", "dates", "cles"):
        if k not in g:
            err(name, f"clé manquante {k}")
    if g.get("split") != "holdout":
        err(name, "split doit être holdout")
    if g.get("portee") not in ("academique", "nationale"):
        err(name, "portee inconnue")
    if g.get("portee") == "nationale" and g["examen"].get("academie") is not None:
        err(name, "note nationale : academie doit être null")
    if g.get("format") not in ("docx", "pdf", "html", "odt"):
        err(name, "format inconnu")
    if not name.startswith(g.get("document", "?") + ".gold"):
        err(name, "document ne correspond pas au nom du fichier")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(name, "session non entière")
    if g.get("date_document") and not ISO.match(g["date_document"]):
        err(name, "date_document mal formée")
    for c in g["codes"] + g.get("codes_optionnels", []):
        if not CODE.match(c):
            err(name, f"code mal formé {c}")
    if len(set(g["codes"])) != len(g["codes"]):
        err(name, "codes en double")
    for c in g["centres"] + g.get("centres_optionnels", []):
        if set(c) != {"mots", "ville"} or not c["mots"]:
            err(name, f"centre mal formé {c}")
        for w in c["mots"]:
            if w != fold(w) or " " in w:
                err(name, f"mot de centre non replié : {w}")
    spans = set()
    for s in g["dates"] + g.get("dates_optionnelles", []):
        if len(s) != 2 or not ISO.match(s[0]) or (s[1] is not None and not ISO.match(s[1])):
            err(name, f"intervalle mal formé {s}")
            continue
        if s[1] is not None and s[1] <= s[0]:
            err(name, f"intervalle inversé ou nul {s}")
        if dt.date.fromisoformat(s[0]).year not in (ex["session"], ex["session"] - 1):
            err(name, f"année hors session {s}")
    for s in g["dates"]:
        if tuple(s) in spans:
            err(name, f"intervalle en double {s}")
        spans.add(tuple(s))
        for d in s:
            if d and dt.date.fromisoformat(d).weekday() >= 5:
                err(name, f"date un week-end {d}")
    if g.get("date_document") and [g["date_document"], None] in g["dates"]:
        err(name, "la date du document figure parmi les événements")
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            err(name, f"type de clé inconnu {k}")
        if not ISO.match(k.get("debut", "")) or ("fin" in k and not ISO.match(k["fin"])):
            err(name, f"clé mal datée {k}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"] + g.get("codes_optionnels", []):
                    err(name, f"clé : code {c} absent de codes")
        d0 = k["debut"][:10]
        d1 = k["fin"][:10] if k.get("fin") else None
        sp = (d0, None if d1 == d0 else d1)
        if sp not in spans:
            err(name, f"clé hors de dates {sp}")


# ------------------------------------------------------------------ 2. jours de semaine
MOIS_RE = "|".join(MOIS)


def year_after(text, pos, default):
    m = re.search(r"\b(20\d\d)\b", text[pos:pos + 70])
    return int(m.group(1)) if m else default


def check_weekdays(name, text, session):
    low = text.lower()
    n = 0
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(\d{1,2})(?:er)?\b", low):
        wd, day = JOURS.index(m.group(1)), int(m.group(2))
        mm = re.search(r"\b(" + MOIS_RE + r")\b", low[m.end():m.end() + 60])
        if not mm:
            err(name, f"jour sans mois : « {low[m.start():m.end() + 30]!r} »")
            continue
        month = MOIS.index(mm.group(1)) + 1
        year = year_after(low, m.end() + mm.end(), session)
        try:
            real = dt.date(year, month, day).weekday()
        except ValueError:
            err(name, f"date impossible {day}/{month}/{year}")
            continue
        n += 1
        if real != wd:
            err(name, f"{m.group(0)} {mm.group(1)} {year} n'est pas un {m.group(1)}")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\.\s+(\d{2})/(\d{2})(?:/(\d{2,4}))?", low):
        wd, day, month = ABR.index(m.group(1)), int(m.group(2)), int(m.group(3))
        y = m.group(4)
        year = (2000 + int(y) if y and len(y) == 2 else int(y)) if y else year_after(low, m.end(), session)
        n += 1
        if dt.date(year, month, day).weekday() != wd:
            err(name, f"{m.group(0)} : jour de semaine faux")
    return n


# ------------------------------------------------------------------ 3. présence dans le texte
def date_present(text, iso):
    d = dt.date.fromisoformat(iso[:10])
    low = text.lower()
    mois = MOIS[d.month - 1]
    pats = [
        rf"\b0?{d.day}(?:er)?\s+{mois}",
        rf"\b0?{d.day}(?:er)?\s+au\s+(?:\w+\s+)?\d{{1,2}}(?:er)?\s+{mois}",     # « du lundi 26 au mercredi 28 mai »
        rf"\b0?{d.day}(?:er)?\s+et\s+(?:\w+\s+){{0,2}}\d{{1,2}}(?:er)?\s+{mois}",  # « les lundi 16 et mardi 17 juin »
        rf"\b{d.day:02d}/{d.month:02d}\b",
        rf"\b{d.day:02d}-{d.month:02d}-{d.year}\b",
    ]
    return any(re.search(p, low) for p in pats)


def hour_present(text, iso):
    if len(iso) <= 10:
        return True
    h, mi = int(iso[11:13]), iso[14:16]
    low = text.lower()
    pats = [rf"\b0?{h}\s*(?:h|:)\s*{mi}\b"]
    if mi == "00":
        pats.append(rf"\b0?{h}\s*h(?!\s?\d\d(?!\s*h))")  # « 18 h » mais pas « 18 h 30 »
    return any(re.search(p, low) for p in pats)


def code_present(text, code):
    parts = re.findall(r"EF|UF|[EU]|\d|[A-Z]", code)
    sep = r"[\s.\-–]*"
    pat = r"(?<![A-Za-z0-9])" + sep.join(re.escape(p) for p in parts) + r"(?![0-9a-z])"
    return re.search(pat, text) is not None


def check_presence(name, g, text):
    ftext = fold(text)
    for s in g["dates"]:
        for d in s:
            if d and not date_present(text, d):
                err(name, f"date {d} introuvable dans le texte")
    for k in g["cles"]:
        for key in ("debut", "fin"):
            if k.get(key) and not hour_present(text, k[key]):
                err(name, f"heure de {k[key]} introuvable")
    if g.get("date_document") and not date_present(text, g["date_document"]):
        err(name, "date_document introuvable")
    for c in g["codes"]:
        if not code_present(text, c):
            err(name, f"code {c} introuvable")
    for c in g["centres"] + g.get("centres_optionnels", []):
        for w in c["mots"]:
            if w not in ftext:
                err(name, f"mot de centre « {w} » introuvable")
        if c["ville"] and fold(c["ville"]) not in ftext and fold(c["ville"]).replace("-", " ") not in ftext:
            err(name, f"ville « {c['ville']} » introuvable")
    ex = g["examen"]
    if ex.get("sigle") and ex["sigle"] not in text:
        err(name, f"sigle {ex['sigle']} introuvable")
    if ex.get("academie") and fold(ex["academie"]) not in ftext:
        err(name, f"académie {ex['academie']} introuvable")
    if str(ex["session"]) not in text:
        err(name, "année de session introuvable")


# ------------------------------------------------------------------ 4. scans
def check_scan(name, pdf):
    txt = pdftext(pdf).strip()
    if txt:
        err(name, f"le scan a une couche texte ({len(txt)} caractères)")
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.strip().splitlines()
    if len(fonts) > 2:
        err(name, "le scan contient des polices")
    imgs = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.strip().splitlines()[2:]
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    if len(imgs) != pages:
        err(name, f"{len(imgs)} images pour {pages} pages")
    for line in imgs:
        cols = line.split()
        xppi = int(cols[12])
        if xppi < 140:
            err(name, f"résolution trop faible ({xppi} ppi)")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    stems = {os.path.basename(p)[: -len(".gold.json")] for p in golds}
    docs = [f for f in os.listdir(HERE) if f.split(".")[-1] in ("pdf", "docx", "odt", "html")]
    for f in docs:
        if f.rsplit(".", 1)[0] not in stems:
            err(f, "fichier sans gold")
    total_wd = 0
    for p in golds:
        name = os.path.basename(p)
        stem = name[: -len(".gold.json")]
        g = json.load(open(p, encoding="utf-8"))
        check_shape(name, g)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(name, "PDF manquant")
            continue
        if stem.endswith("_scan"):
            check_scan(name, pdf)
            base = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in g.items() if k not in ("document", "format")} != \
               {k: v for k, v in base.items() if k not in ("document", "format")}:
                err(name, "le gold du scan diffère de celui du document au-delà de document/format")
            if g["format"] != "pdf":
                err(name, "format du scan doit être pdf")
            continue
        text = norm(pdftext(pdf))
        if g["format"] != "pdf" and not os.path.exists(os.path.join(HERE, stem + "." + g["format"])):
            err(name, f"source {g['format']} manquante")
        total_wd += check_weekdays(name, text, g["examen"]["session"])
        check_presence(name, g, text)
    for e in errors:
        print("ERREUR", e)
    print(f"{len(golds)} gold, {len(docs)} documents, {total_wd} mentions jour/date vérifiées, {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
