#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_i (aucun code du projet n'est importé).

1. forme de chaque gold (*.gold.json) : champs, types d'événements, formats de date, cohérence clés/dates ;
2. jours de la semaine cohérents avec les dates dans le texte de chaque PDF (pdftotext) ;
3. chaque date, heure de clé, code et mot de centre du gold est présent dans le texte du PDF
   (pour un gold *_scan : dans le PDF source dont il est la copie) ;
4. les PDF *_scan n'ont aucune couche texte (pdftotext vide, aucune police) et leur gold ne diffère
   du gold source que par document/format ;
5. les autres formats d'un même document (.docx, .odt, .html) contiennent les mêmes codes et mots de centre.
Sortie : une ligne par problème, puis « OK » ou le nombre de problèmes ; code retour 0 si propre.
"""
import datetime as dt
import glob
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
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOMENT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE_RE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]

problems = []


def fail(msg):
    problems.append(msg)


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("œ", "oe").replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text)


def pdf_text(path):
    out = []
    for mode in ([], ["-layout"]):
        r = subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True, check=True)
        out.append(r.stdout)
    return "\n".join(out)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist()
                      if n.startswith("word/") and n.endswith(".xml"))
    xml = re.sub(r"</w:p>|<w:br/>|<w:tab/>", "\n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def odt_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8") + z.read("styles.xml").decode("utf-8")
    xml = re.sub(r"</text:p>|<text:line-break/>|</text:h>", "\n", xml)
    import html as h
    return h.unescape(re.sub(r"<[^>]+>", "", xml))


def html_text(path):
    import html as h
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<style.*?</style>", "", raw, flags=re.S)
    return h.unescape(re.sub(r"<[^>]+>", " ", raw))


# ------------------------------------------------------------------ 1. gold shape
def check_shape(name, g):
    for key in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
                "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if key not in g:
            fail(f"{name}: champ manquant {key}")
    if g.get("document") + ".gold.json" != name:
        fail(f"{name}: document ≠ nom de fichier")
    if g.get("split") != "holdout":
        fail(f"{name}: split ≠ holdout")
    if g.get("portee") not in ("academique", "nationale"):
        fail(f"{name}: portee inconnue")
    if g.get("portee") == "nationale" and g["examen"].get("academie") is not None:
        fail(f"{name}: note nationale avec académie")
    for k in ("sigle", "session", "academie"):
        if k not in g["examen"]:
            fail(f"{name}: examen.{k} manquant")
    if g["date_document"] is not None and not DAY_RE.match(g["date_document"]):
        fail(f"{name}: date_document mal formée")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE_RE.match(c):
            fail(f"{name}: code non normalisé {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        fail(f"{name}: code à la fois requis et optionnel")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c.get("mots") or "ville" not in c:
            fail(f"{name}: centre mal formé {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not DAY_RE.match(s[0]) or (s[1] is not None and not DAY_RE.match(s[1])):
            fail(f"{name}: span mal formé {s}")
            continue
        if s[1] is not None and s[1] <= s[0]:
            fail(f"{name}: span à l'envers ou d'un seul jour {s}")
        if tuple(s) in spans:
            fail(f"{name}: span en double {s}")
        spans.add(tuple(s))
        if not str(g["examen"]["session"] - 1) <= s[0][:4] <= str(g["examen"]["session"]):
            fail(f"{name}: date hors session {s}")
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            fail(f"{name}: type inconnu {k}")
        if not MOMENT_RE.match(k.get("debut", "")) or ("fin" in k and not MOMENT_RE.match(k["fin"])):
            fail(f"{name}: moment mal formé {k}")
            continue
        for alts in k.get("epreuves", []):
            if not isinstance(alts, list) or not alts:
                fail(f"{name}: epreuves doit être une liste de listes {k}")
            for c in alts:
                if c not in g["codes"] and c not in g["codes_optionnels"]:
                    fail(f"{name}: clé cite un code absent de codes {c}")
        start, end = k["debut"][:10], k.get("fin", "")[:10] or None
        span = (start, None if end == start else end)
        if span not in spans:
            fail(f"{name}: clé dont le span {span} n'est pas dans dates")


# ------------------------------------------------------------------ 2. weekdays
def check_weekdays(name, text, session):
    t = fold(text)
    n = 0
    alt_jours = "|".join(JOURS)
    alt_mois = "|".join(MOIS)
    for m in re.finditer(rf"\b({alt_jours})\s+(\d{{1,2}})(?:er)?\b", t):
        rest = t[m.end(): m.end() + 90]
        mm = re.search(rf"\b({alt_mois})\b", rest)
        if not mm:
            fail(f"{name}: mois introuvable après « {t[m.start():m.end() + 30]} »")
            continue
        yy = re.search(r"\b(20\d\d)\b", rest[mm.end(): mm.end() + 12])
        year = int(yy.group(1)) if yy else session
        month = MOIS.index(mm.group(1)) + 1
        try:
            d = dt.date(year, month, int(m.group(2)))
        except ValueError:
            fail(f"{name}: date impossible « {t[m.start():m.end() + 20]} »")
            continue
        if JOURS[d.weekday()] != m.group(1):
            fail(f"{name}: {m.group(1)} {d} est un {JOURS[d.weekday()]}")
        n += 1
    for m in re.finditer(rf"\b({'|'.join(JOURS_ABR)})\.\s+(\d{{2}})/(\d{{2}})/(\d{{2}}(?:\d{{2}})?)\b", t):
        year = int(m.group(4)) + (2000 if len(m.group(4)) == 2 else 0)
        d = dt.date(year, int(m.group(3)), int(m.group(2)))
        if JOURS_ABR[d.weekday()] != m.group(1):
            fail(f"{name}: {m.group(0)} est un {JOURS[d.weekday()]}")
        n += 1
    if n == 0:
        fail(f"{name}: aucun jour de semaine trouvé (texte vide ?)")
    return n


# ------------------------------------------------------------------ 3. presence
def date_forms(day, t):
    d = dt.date.fromisoformat(day)
    mois = MOIS[d.month - 1]
    jour = JOURS[d.weekday()]
    pats = [rf"\b{d.day:02d}/{d.month:02d}/({d.year}|{d.year % 100:02d})\b",
            rf"\b{d.day:02d}-{d.month:02d}-{d.year}\b",
            rf"\b{d.day}(er)? {mois}\b",
            # start of a window whose month is written only once: "du lundi 7 au …", "entre le lundi 26 juin et …"
            rf"\b(du|entre le) ({jour} )?{d.day}(er)? (au|et)\b"]
    return any(re.search(p, t) for p in pats)


def hour_forms(moment, t):
    if len(moment) <= 10:
        return True
    h, m = int(moment[11:13]), int(moment[14:16])
    pats = [rf"\b0?{h}:{m:02d}\b", rf"\b0?{h} ?h ?{m:02d}\b"]
    if m == 0:
        pats.append(rf"\b0?{h} ?h(?![0-9])")
    return any(re.search(p, t) for p in pats)


def code_regex(code):
    m = re.match(r"^(EF|UF|E|U)(\d)(\d?)([A-Z]?)$", code)
    if not m:
        return re.escape(code.lower())
    pre, d1, d2, letter = m.groups()
    sep = r"[\s.\-–]{0,3}"
    r = rf"\b{pre.lower()}\.?{sep}{d1}"
    if d2:
        r += rf"{sep}{d2}"
    if letter:
        r += rf"{sep}{letter.lower()}\b"
    else:
        r += r"(?![0-9])"
    return r


def check_presence(name, g, t, what="pdf"):
    for c in g["codes"]:
        if not re.search(code_regex(c), t):
            fail(f"{name} [{what}]: code {c} introuvable")
    for c in g["centres"]:
        for w in c["mots"]:
            if fold(w) not in t:
                fail(f"{name} [{what}]: mot de centre « {w} » introuvable")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in t.replace("-", " "):
            fail(f"{name} [{what}]: ville « {c['ville']} » introuvable")
    if what != "pdf":
        return
    for s in g["dates"]:
        for day in s:
            if day and not date_forms(day, t):
                fail(f"{name}: date {day} introuvable dans le texte")
    for k in g["cles"]:
        for key in ("debut", "fin"):
            if key in k and not hour_forms(k[key], t):
                fail(f"{name}: heure de {k[key]} ({k['type']}) introuvable")
    if g["date_document"] and not date_forms(g["date_document"], t):
        fail(f"{name}: date_document introuvable")


def has_text_layer(path):
    txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip()
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
    return bool(txt) or len(fonts) > 2


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    if not golds:
        fail("aucun gold")
    weekdays = 0
    for path in golds:
        name = os.path.basename(path)
        g = json.load(open(path, encoding="utf-8"))
        check_shape(name, g)
        stem = g["document"]
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            fail(f"{name}: {stem}.pdf absent")
            continue
        if stem.endswith("_scan"):
            if has_text_layer(pdf):
                fail(f"{name}: le scan a une couche texte")
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in src.items() if k not in ("document", "format")}
            if a != b:
                fail(f"{name}: diffère du gold source autrement que par document/format")
            continue
        if has_text_layer(pdf) is False:
            fail(f"{name}: PDF sans texte")
        text = pdf_text(pdf)
        weekdays += check_weekdays(name, text, g["examen"]["session"])
        check_presence(name, g, fold(text))
        for ext, reader in ((".docx", docx_text), (".odt", odt_text), (".html", html_text)):
            other = os.path.join(HERE, stem + ext)
            if os.path.exists(other):
                check_presence(name, g, fold(reader(other)), ext[1:])
    files = [f for f in os.listdir(HERE) if f.rsplit(".", 1)[-1] in ("pdf", "docx", "odt", "html")]
    for f in files:
        stem = f.rsplit(".", 1)[0]
        if not os.path.exists(os.path.join(HERE, stem + ".gold.json")):
            fail(f"{f}: pas de gold")
    for p in problems:
        print("PROBLÈME", p)
    print(f"{len(golds)} golds, {len(files)} documents, {weekdays} jours de semaine vérifiés")
    print("OK" if not problems else f"{len(problems)} problème(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
