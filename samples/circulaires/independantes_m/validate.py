#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôle du corpus independantes_m (aucun code du projet n'est utilisé).

Vérifie : forme des gold ; cohérence jour de semaine / date dans les textes ; présence dans le texte PDF
(pdftotext) — et dans les autres formats — de chaque date, code, mot de centre, ville et heure de début
des gold ; absence de couche texte dans les scans.
Usage : /work/main/.venv/bin/python validate.py   (code de sortie 1 si un problème est trouvé)
"""
import datetime as dt
import glob
import html
import json
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

ICI = os.path.dirname(os.path.abspath(__file__))
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
CODE_RE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
ISO_D = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
MOIS = {"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}
JOURS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
         "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
problems = []


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def bad(msg):
    problems.append(msg)
    print("  ✗", msg)


# ----------------------------------------------------------------------------- textes des fichiers
def text_pdf(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def text_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def strip_tags(x):
    x = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", x, flags=re.S)
    x = re.sub(r"<(br|/p|/li|/h\d|/tr|/div|text:line-break|/text:p|/text:h)[^>]*>", "\n", x)
    return html.unescape(re.sub(r"<[^>]+>", " ", x))


def text_html(path):
    return strip_tags(open(path, encoding="utf-8").read())


def text_odt(path):
    with zipfile.ZipFile(path) as z:
        # en-têtes et pieds de page sont dans styles.xml
        return "\n".join(strip_tags(z.read(n).decode("utf-8")) for n in ("styles.xml", "content.xml"))


READERS = {".pdf": text_pdf, ".docx": text_docx, ".html": text_html, ".odt": text_odt}


# ----------------------------------------------------------------------------- dates françaises
WD = r"(?:(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?\s+)?"
MO = "(" + "|".join(MOIS) + ")"
RANGE = re.compile(r"\bdu\s+" + WD + r"(\d{1,2})(?:er)?\s+(?:" + MO + r"\s+)?(?:(\d{4})\s+)?au\s+" + WD +
                   r"(\d{1,2})(?:er)?\s+" + MO + r"(?:\s+(\d{4}))?")
SINGLE = re.compile(WD + r"\b(\d{1,2})(?:er)?\s+" + MO + r"(?:\s+(\d{4}))?")
NUM = re.compile(WD + r"\b(\d{2})[/-](\d{2})[/-](\d{4}|\d{2})\b")


def mk(y, m, d):
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def dates_in(text, session):
    """Renvoie (jours trouvés, incohérences jour de semaine)."""
    t = re.sub(r"\s+", " ", fold(text))
    found, wrong = set(), []

    def note(wd, day, raw):
        if day is None:
            return
        found.add(day)
        if wd and JOURS[wd] != day.weekday():
            wrong.append(f"{raw!r} : {day} est un {day.strftime('%A')}")

    # plages « du … au … » : la première borne hérite du mois / de l'année de la seconde
    yearless = []
    for m in RANGE.finditer(t):
        wd1, d1, mo1, y1, wd2, d2, mo2, y2 = m.groups()
        y = int(y2) if y2 else session
        a = mk(int(y1) if y1 else y, MOIS[mo1 or mo2], int(d1))
        note(wd1, a, m.group(0))
        if not y2:
            yearless.append(m.group(0))
    for m in SINGLE.finditer(t):
        wd, d, mo, y = m.groups()
        note(wd, mk(int(y) if y else session, MOIS[mo], int(d)), m.group(0))
    for m in NUM.finditer(t):
        wd, d, mo, y = m.groups()
        y = int(y) + (2000 if len(y) == 2 else 0)
        note(wd, mk(y, int(mo), int(d)), m.group(0))
    return found, wrong


# ----------------------------------------------------------------------------- codes et heures
CODE_TXT = re.compile(r"\b(EF|UF|E|U)\s?\.?\s?(\d)(?:\s?[\.\-–]?\s?(\d|[A-C]))?\b")


def codes_in(text):
    out = set()
    for m in CODE_TXT.finditer(text):
        pre, a, b = m.groups()
        out.add(pre + a + (b or ""))
        out.add(pre + a)
    return out


def hour_forms(hhmm):
    h, m = int(hhmm[:2]), hhmm[3:]
    forms = [f"{h}:{m}", f"{h:02d}:{m}", f"{h} h {m}", f"{h}h{m}", f"{h:02d} h {m}"]
    if m == "00":
        forms += [f"{h} h", f"{h}h"]
    return [fold(f) for f in forms]


# ----------------------------------------------------------------------------- gold
def check_shape(g, stem):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            bad(f"{stem}: clé {k} absente")
    if g.get("document") != stem:
        bad(f"{stem}: document={g.get('document')}")
    if g.get("split") != "holdout":
        bad(f"{stem}: split")
    if g.get("portee") not in ("academique", "nationale"):
        bad(f"{stem}: portee")
    if (g.get("portee") == "nationale") != (g["examen"].get("academie") is None):
        bad(f"{stem}: portée nationale ⇔ académie null")
    if g["date_document"] is not None and not ISO_D.match(g["date_document"]):
        bad(f"{stem}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE_RE.match(c):
            bad(f"{stem}: code {c} mal formé")
    for c in g["centres"] + g["centres_optionnels"]:
        if not (isinstance(c.get("mots"), list) and c["mots"] and "ville" in c):
            bad(f"{stem}: centre {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if not (len(s) == 2 and ISO_D.match(s[0]) and (s[1] is None or (ISO_D.match(s[1]) and s[1] > s[0]))):
            bad(f"{stem}: span {s}")
        spans.add(tuple(s))
    if len(g["dates"]) != len({tuple(s) for s in g["dates"]}):
        bad(f"{stem}: dates en double")
    known = set(g["codes"]) | set(g["codes_optionnels"])
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            bad(f"{stem}: type {k.get('type')}")
        if not ISO_DT.match(k.get("debut", "")) or ("fin" in k and not ISO_DT.match(k["fin"])):
            bad(f"{stem}: clé horodatage {k}")
        for alt in k.get("epreuves", []):
            if not set(alt) <= known:
                bad(f"{stem}: clé cite {alt} hors codes")
        d0 = k["debut"][:10]
        d1 = k["fin"][:10] if "fin" in k else None
        if (d0, None if d1 == d0 else d1) not in spans:
            bad(f"{stem}: la clé {k['type']} {d0}..{d1} n'est pas dans dates")
        if "fin" in k and k["fin"] <= k["debut"]:
            bad(f"{stem}: fin ≤ début {k}")


def check_text(g, stem, path, text):
    name = os.path.basename(path)
    session = g["examen"]["session"]
    ft = fold(text)
    flat = re.sub(r"\s+", " ", ft)
    found, wrong = dates_in(text, session)
    for w in wrong:
        bad(f"{name}: jour de semaine incohérent {w}")
    for s in g["dates"]:
        for d in s:
            if d and dt.date.fromisoformat(d) not in found:
                bad(f"{name}: date {d} absente du texte")
    if g["date_document"] and dt.date.fromisoformat(g["date_document"]) not in found:
        bad(f"{name}: date_document {g['date_document']} absente")
    codes = codes_in(text)
    for c in g["codes"]:
        if c not in codes:
            bad(f"{name}: code {c} absent")
    extra = {c for c in codes if CODE_RE.match(c)} - set(g["codes"]) - set(g["codes_optionnels"])
    # « E5 » seul peut venir d'« E5-A » : on ne signale que les codes complets inattendus
    extra = {c for c in extra if not any(x.startswith(c) for x in g["codes"])}
    if extra:
        bad(f"{name}: codes présents dans le texte mais absents du gold : {sorted(extra)}")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if fold(w) not in flat:
                bad(f"{name}: mot de centre {w} absent")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in flat.replace("-", " "):
            bad(f"{name}: ville {c['ville']} absente")
    ex = g["examen"]
    if ex["sigle"] and ex["sigle"].casefold() not in ft:
        bad(f"{name}: sigle {ex['sigle']} absent")
    if ex["academie"] and fold(ex["academie"]) not in ft:
        bad(f"{name}: académie {ex['academie']} absente")
    if str(session) not in text:
        bad(f"{name}: session {session} absente")
    for k in g["cles"]:
        if len(k["debut"]) > 10:
            hh = k["debut"][11:]
            if not any(f in flat for f in hour_forms(hh)):
                bad(f"{name}: heure {hh} ({k['type']}) absente")


def has_text_layer(pdf):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.strip().splitlines()
    return bool(txt.strip()) or len(fonts) > 2


def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    if not golds:
        bad("aucun gold")
    for gp in golds:
        stem = os.path.basename(gp)[: -len(".gold.json")]
        print(stem)
        g = json.load(open(gp, encoding="utf-8"))
        check_shape(g, stem)
        if stem.endswith("_scan"):
            pdf = os.path.join(ICI, stem + ".pdf")
            if not os.path.exists(pdf):
                bad(f"{stem}: scan absent")
                continue
            if has_text_layer(pdf):
                bad(f"{stem}: le scan a une couche texte")
            src = json.load(open(os.path.join(ICI, stem[:-5] + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in src.items() if k not in ("document", "format")}
            if a != b:
                bad(f"{stem}: le gold du scan diffère du gold source ailleurs que document/format")
            continue
        files = [p for p in glob.glob(os.path.join(ICI, stem + ".*")) if os.path.splitext(p)[1] in READERS]
        if not any(p.endswith(".pdf") for p in files):
            bad(f"{stem}: pas de PDF")
        if not any(p.endswith("." + g["format"]) for p in files):
            bad(f"{stem}: aucun fichier au format {g['format']}")
        for p in sorted(files):
            check_text(g, stem, p, READERS[os.path.splitext(p)[1]](p))
    print(f"\n{len(problems)} problème(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
