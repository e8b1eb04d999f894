#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôle du corpus independantes_f (sans aucun code du projet).

Usage : /work/main/.venv/bin/python validate.py
Vérifie :
  1. la forme de chaque gold (clés, types, dates ISO, types d'évènements, codes normalisés,
     cohérence cles ⊂ dates, codes des cles ⊂ codes, portée / académie) ;
  2. que chaque fichier du corpus a son gold et que chaque gold a au moins un fichier ;
  3. la cohérence jour de semaine / date de toutes les dates écrites « lundi 8 juin 2026 »,
     « du lundi 8 au mercredi 10 juin », « mar. 11/05/27 » ;
  4. que chaque date, code, mot de centre et ville du gold figure dans le texte de chaque fichier
     textuel (PDF via pdftotext, DOCX, ODT, HTML), ainsi que la date du document ;
  5. que les scans n'ont aucune couche texte et que leur gold ne diffère que par document/format.
Sortie : liste des problèmes, puis « OK » ou « N problème(s) » ; code de retour 0 si propre.
"""
import datetime
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
problems = []


def pb(msg):
    problems.append(msg)
    print("  ✗", msg)


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text)


# ------------------------------------------------------------------ extraction de texte
def text_pdf(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def text_docx(path):
    from docx import Document
    doc = Document(path)
    parts = []
    for sec in doc.sections:
        for part in (sec.header, sec.first_page_header, sec.footer):
            parts += [p.text for p in part.paragraphs]
            for t in part.tables:
                parts += [c.text for r in t.rows for c in r.cells]
    parts += [p.text for p in doc.paragraphs]

    def tables(ts):
        for t in ts:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
                    tables(c.tables)
    tables(doc.tables)
    return "\n".join(parts)


def strip_tags(s):
    s = re.sub(r"<(text:tab|text:s|text:line-break)[^>]*/>", " ", s)
    s = re.sub(r"</?(text:p|text:h|br|p|li|tr|td|th|div)[^>]*>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def text_odt(path):
    with zipfile.ZipFile(path) as z:
        return strip_tags(z.read("content.xml").decode("utf-8")) + "\n" + strip_tags(z.read("styles.xml").decode("utf-8"))


def text_html(path):
    return strip_tags(open(path, encoding="utf-8").read())


READERS = {".pdf": text_pdf, ".docx": text_docx, ".odt": text_odt, ".html": text_html}


# ------------------------------------------------------------------ 1. forme du gold
def check_gold_shape(name, g):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            pb(f"{name}: clé manquante {k}")
    if g.get("split") != "holdout":
        pb(f"{name}: split != holdout")
    if g.get("document") + ".gold.json" != name:
        pb(f"{name}: document ne correspond pas au nom du fichier")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        pb(f"{name}: session non entière")
    if g["portee"] not in ("academique", "nationale"):
        pb(f"{name}: portée inconnue")
    if (g["portee"] == "nationale") != (ex.get("academie") is None):
        pb(f"{name}: académie nulle si et seulement si portée nationale")
    if g["date_document"] is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", g["date_document"]):
        pb(f"{name}: date_document mal formée")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            pb(f"{name}: code non normalisé {c}")
    if len(set(g["codes"])) != len(g["codes"]):
        pb(f"{name}: codes en double")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c.get("mots") or any(fold(m) != m for m in c["mots"]):
            pb(f"{name}: mots de centre à écrire repliés (minuscules, sans accents) : {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not ISO.match(s[0]) or not (s[1] is None or ISO.match(s[1])):
            pb(f"{name}: date mal formée {s}")
        if s[1] is not None and s[1] <= s[0]:
            pb(f"{name}: fin avant début {s}")
        spans.add((s[0], s[1]))
    known = set(g["codes"]) | set(g["codes_optionnels"])
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            pb(f"{name}: type inconnu {k}")
        if not ISO.match(k["debut"]) or ("fin" in k and not ISO.match(k["fin"])):
            pb(f"{name}: date de clé mal formée {k}")
        for alt in k.get("epreuves", []):
            if not isinstance(alt, list) or not set(alt) <= known:
                pb(f"{name}: codes de clé hors liste {alt}")
        d0 = k["debut"][:10]
        d1 = k["fin"][:10] if "fin" in k else None
        if d1 == d0:
            d1 = None
        if (d0, d1) not in spans:
            pb(f"{name}: la clé {k['type']} {d0}..{d1} n'est pas dans dates")
        if "fin" in k and k["fin"] < k["debut"]:
            pb(f"{name}: clé fin < début {k}")


# ------------------------------------------------------------------ 3. jours de semaine
def check_weekdays(label, text, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(\d{1,2})(?:er)?\b", t):
        jour, d = m.group(1), int(m.group(2))
        after = t[m.end():m.end() + 70]
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b", after)
        if not mm:
            pb(f"{label}: mois introuvable après « {m.group(0)} »")
            continue
        mois = MOIS.index(mm.group(1)) + 1
        yy = re.search(r"\b(20\d\d)\b", t[m.end() + mm.end():m.end() + mm.end() + 140])
        year = int(yy.group(1)) if yy else session
        try:
            real = datetime.date(year, mois, d)
        except ValueError:
            pb(f"{label}: date impossible {m.group(0)} {mm.group(1)} {year}")
            continue
        n += 1
        if JOURS[real.weekday()] != jour:
            pb(f"{label}: « {m.group(0)} {mm.group(1)} {year} » est un {JOURS[real.weekday()]}")
    for m in re.finditer(r"\b(" + "|".join(JOURS_ABR) + r")\.\s+(\d\d)/(\d\d)/(\d\d)\b", t):
        real = datetime.date(2000 + int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if JOURS_ABR[real.weekday()] != m.group(1):
            pb(f"{label}: « {m.group(0)} » est un {JOURS[real.weekday()]}")
    return n


# ------------------------------------------------------------------ 4. présence dans le texte
def date_forms(iso):
    d = datetime.date.fromisoformat(iso[:10])
    day = "1er" if d.day == 1 else str(d.day)
    forms = [f"{day} {MOIS[d.month - 1]}", f"{d.day} {MOIS[d.month - 1]}",
             f"{JOURS[d.weekday()]} {day}", f"{d:%d/%m/%Y}", f"{d:%d/%m/%y}", f"{d:%d-%m-%Y}",
             f"{d.day:02d} {MOIS[d.month - 1]}"]
    return [fold(f) for f in forms]


def code_regex(code):
    # E5A ~ E5-A, E5 A, E5 – B ; E51 ~ E.5.1, E5.1 ; U31 ~ U31 ; EF1 ~ EF1
    m = re.match(r"^(EF|UF|E|U)(\d)(\w*)$", code)
    head, first, rest = m.groups()
    sep = r"[\s.\-–]{0,3}"
    pat = head + r"\.?" + first + "".join(sep + re.escape(ch) for ch in rest)
    return re.compile(r"(?<![A-Za-z0-9])" + pat + r"(?![0-9])", re.I)


def check_presence(label, text, g):
    t = fold(text)
    for s in g["dates"]:
        for iso in [x for x in s if x]:
            if not any(f in t for f in date_forms(iso)):
                pb(f"{label}: date {iso} absente du texte")
    for c in g["codes"]:
        if not code_regex(c).search(text):
            pb(f"{label}: code {c} absent du texte")
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in t:
                pb(f"{label}: mot de centre « {w} » absent")
        if c["ville"] and fold(c["ville"]) not in t and fold(c["ville"]).replace("-", " ") not in t:
            pb(f"{label}: ville « {c['ville']} » absente")
    if g["date_document"] and not any(f in t for f in date_forms(g["date_document"])):
        pb(f"{label}: date du document absente")
    ex = g["examen"]
    if str(ex["session"]) not in t:
        pb(f"{label}: session absente")
    if ex.get("academie") and fold(ex["academie"]) not in t:
        pb(f"{label}: académie absente")
    if ex.get("sigle") and ex["sigle"].lower() not in t:
        pb(f"{label}: sigle absent")
    for k in g["cles"]:  # les heures des clés doivent être écrites quelque part
        for key in ("debut", "fin"):
            v = k.get(key)
            if v and "T" in v:
                hh, mi = v[11:13], v[14:16]
                h = str(int(hh))
                forms = [f"{hh}:{mi}", f"{h} h {mi}", f"{h}h{mi}", f"{h} h {mi}".replace(" h 00", " h")]
                if mi == "00":
                    forms += [f"{h} h", f"{h}h", f"{hh}h00", f"{h}h00"]
                if not any(f in t for f in forms):
                    pb(f"{label}: heure {v} ({k['type']}) absente")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    stems = {}
    for path in golds:
        name = os.path.basename(path)
        g = json.load(open(path, encoding="utf-8"))
        print(f"· {name}")
        check_gold_shape(name, g)
        stems[g["document"]] = g
    files = [f for f in sorted(os.listdir(HERE)) if os.path.splitext(f)[1] in READERS]
    used = set()
    for f in files:
        stem, ext = os.path.splitext(f)
        label = f
        if stem not in stems:
            pb(f"{f}: pas de gold {stem}.gold.json")
            continue
        used.add(stem)
        g = stems[stem]
        path = os.path.join(HERE, f)
        if stem.endswith("_scan"):
            txt = text_pdf(path).strip()
            if txt:
                pb(f"{f}: le scan a une couche texte ({len(txt)} caractères)")
            out = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True).stdout
            if len(out.strip().splitlines()) < 3:
                pb(f"{f}: aucune image dans le scan")
            base = dict(stems.get(stem[:-5], {}))
            mine = dict(g)
            for k in ("document", "format"):
                base.pop(k, None)
                mine.pop(k, None)
            if base != mine:
                pb(f"{f}: le gold du scan diffère du gold du document source")
            print(f"· {f}: scan sans couche texte, {len(out.strip().splitlines()) - 2} page(s) image")
            continue
        text = READERS[ext](path)
        n = check_weekdays(label, text, g["examen"]["session"])
        check_presence(label, text, g)
        print(f"· {f}: {len(text)} caractères, {n} dates avec jour de semaine contrôlées")
    for stem in stems:
        if stem not in used:
            pb(f"{stem}: gold sans fichier")
    print("OK" if not problems else f"{len(problems)} problème(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
