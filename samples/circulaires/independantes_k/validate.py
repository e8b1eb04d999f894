#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôle du corpus independantes_k (aucun code du projet n'est importé).

- forme des fichiers gold ;
- cohérence jour de la semaine / date dans le texte des PDF (pdftotext) ;
- présence dans le texte PDF de chaque date, code, mot de centre et ville du gold ;
- scans sans couche texte ;
- DOCX à modifications suivies : ancienne date seulement dans w:del, nouvelle dans w:ins, absente du PDF.
Usage : python validate.py   (code de sortie 0 si tout est propre)
"""
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
errors = []


def err(msg):
    errors.append(msg)
    print("ERREUR", msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: clé {k} absente")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g.get("portee") not in ("academique", "nationale"):
        err(f"{name}: portee")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portée et académie incohérentes")
    if not isinstance(g["examen"].get("session"), int):
        err(f"{name}: session")
    if g["date_document"] is not None and not DAY.match(g["date_document"]):
        err(f"{name}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            err(f"{name}: code {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(f"{name}: mots de centre non repliés {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not DAY.match(s[0]) or (s[1] is not None and not DAY.match(s[1])):
            err(f"{name}: span {s}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span inversé ou nul {s}")
        spans.add(tuple(s))
    if len(spans) != len(g["dates"] + g["dates_optionnelles"]):
        err(f"{name}: span en double")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        if not MOMENT.match(k["debut"]) or ("fin" in k and not MOMENT.match(k["fin"])):
            err(f"{name}: moment {k}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(f"{name}: clé avec code inconnu {c}")
        d0 = k["debut"][:10]
        d1 = k["fin"][:10] if k.get("fin") else None
        sp = (d0, None if d1 == d0 else d1)
        if sp not in spans:
            err(f"{name}: la clé {k['type']} {sp} n'est pas dans dates")
        if k["debut"][:4] != str(g["examen"]["session"]):
            err(f"{name}: clé hors année de session {k}")


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    jour = JOURS[d.weekday()]
    dn = "1er" if d.day == 1 else str(d.day)
    pats = [rf"\b{jour}\s+{dn}\b", rf"\b{dn}\s+{MOIS[d.month - 1]}\s+{d.year}",
            rf"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}\b", rf"{d.day:02d}/{d.month:02d}/{d.year}",
            rf"{d.day:02d}-{d.month:02d}-{d.year}"]
    return pats


def check_weekdays(text, year, name):
    low = text.lower()
    n = 0
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(1er|\d{1,2})\b", low):
        jour, dstr = m.group(1), m.group(2)
        day = 1 if dstr == "1er" else int(dstr)
        tail = low[m.end():m.end() + 70]
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", tail)
        if not mm:
            err(f"{name}: mois introuvable après « {m.group(0)} »")
            continue
        month = MOIS.index(mm.group(1)) + 1
        y = int(mm.group(2)) if mm.group(2) else year
        try:
            wd = datetime.date(y, month, day).weekday()
        except ValueError:
            err(f"{name}: date impossible {m.group(0)} {mm.group(0)}")
            continue
        n += 1
        if JOURS[wd] != jour:
            err(f"{name}: « {m.group(0)} {mm.group(1)} {y} » est un {JOURS[wd]}")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\.\s+(\d{2})/(\d{2})/(\d{2})\b", low):
        d = datetime.date(2000 + int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if ABR[d.weekday()] != m.group(1):
            err(f"{name}: « {m.group(0)} » est un {JOURS[d.weekday()]}")
    return n


def code_regex(c):
    head = re.match(r"(EF|UF|E|U)(.*)", c)
    parts = [re.escape(head.group(1))] + [re.escape(ch) for ch in head.group(2)]
    return re.compile(r"(?<![A-Za-z0-9])" + r"[\s.\-–]*".join(parts) + r"(?![0-9])")


def check_content(g, text, name):
    ftext = fold(text)
    ftext_sp = re.sub(r"\s+", " ", ftext).replace("-", " ")
    for s in g["dates"]:
        for iso in [x for x in s if x]:
            if not any(re.search(p, text.lower()) for p in date_forms(iso)):
                err(f"{name}: date {iso} absente du texte")
    if g["date_document"]:
        if not any(re.search(p, text.lower()) for p in date_forms(g["date_document"])):
            err(f"{name}: date_document {g['date_document']} absente")
    for c in g["codes"]:
        if not code_regex(c).search(text):
            err(f"{name}: code {c} absent")
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in ftext:
                err(f"{name}: mot de centre {w} absent")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in ftext_sp:
            err(f"{name}: ville {c['ville']} absente")


def check_scan(path, name):
    if pdftext(path).strip():
        err(f"{name}: le scan a une couche texte")
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
    if len(fonts) > 2:
        err(f"{name}: le scan contient des polices")


def check_tracked(docx, pdf, deleted, inserted, name):
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
    for d in deleted:
        if not re.search(r"<w:del\b[^>]*>(?:(?!</w:del>).)*" + re.escape(d), xml):
            err(f"{name}: {d} n'est pas dans un w:del")
        if d in pdftext(pdf):
            err(f"{name}: la date supprimée {d} figure dans le PDF")
    for i in inserted:
        if not re.search(r"<w:ins\b[^>]*>(?:(?!</w:ins>).)*" + re.escape(i), xml):
            err(f"{name}: {i} n'est pas dans un w:ins")
    if "word/comments.xml" not in zipfile.ZipFile(docx).namelist():
        err(f"{name}: pas de commentaire Word")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    base = {}
    for path in golds:
        name = os.path.basename(path)[:-len(".gold.json")]
        g = json.load(open(path, encoding="utf-8"))
        if g["document"] != name:
            err(f"{name}: champ document")
        check_shape(g, name)
        base[name] = g
    nfiles = 0
    for name, g in base.items():
        m = re.match(r"(.*)_(scan|photo)$", name)
        if m:
            src = base.get(m.group(1))
            strip = lambda x: {k: v for k, v in x.items() if k not in ("document", "format")}  # noqa: E731
            if src is None or strip(src) != strip(g):
                err(f"{name}: le gold du scan diffère du gold source")
            pdf = os.path.join(HERE, name + ".pdf")
            if not os.path.exists(pdf):
                err(f"{name}: PDF absent")
                continue
            check_scan(pdf, name)
            continue
        files = [f for f in glob.glob(os.path.join(HERE, name + ".*")) if not f.endswith(".gold.json")]
        nfiles += len(files)
        exts = {os.path.splitext(f)[1] for f in files}
        if "." + g["format"] not in exts:
            err(f"{name}: aucun fichier au format {g['format']}")
        pdf = os.path.join(HERE, name + ".pdf")
        if not os.path.exists(pdf):
            err(f"{name}: PDF absent")
            continue
        text = pdftext(pdf) + "\n" + pdftext(pdf, layout=False)
        n = check_weekdays(pdftext(pdf, layout=False), g["examen"]["session"], name)
        check_content(g, text, name)
        print(f"{name}: {len(files)} fichier(s) {sorted(exts)}, {n} dates avec jour contrôlées, "
              f"{len(g['dates'])} spans, {len(g['cles'])} clés")
    nd = os.path.join(HERE, "circulaire_ndrc_2028_poitiers")
    check_tracked(nd + ".docx", nd + ".pdf", ["vendredi 31 mars 2028", "mardi 27 juin 2028"],
                  ["mercredi 5 avril 2028", "jeudi 29 juin 2028"], "ndrc")
    print(f"{len(golds)} gold, {nfiles} documents + scans ; {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
