#!/usr/bin/env python3
"""Vérifie le corpus independantes_p sans aucun code du projet.

Contrôles :
 1. forme des fichiers gold (clés, types, valeurs admises, cohérence cles/dates, copies *_scan) ;
 2. cohérence des jours de la semaine avec les dates écrites dans les PDF (année explicite, sinon session) ;
 3. présence dans le texte du PDF (pdftotext) de chaque date, code et centre (mots + ville) du gold,
    et absence dans le texte de codes d'épreuve non déclarés dans le gold ;
 4. scans : aucune couche texte, aucune police.
Usage : /work/main/.venv/bin/python validate.py   (code retour 0 si tout est propre)
"""
import datetime as dt
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

ICI = os.path.dirname(os.path.abspath(__file__))
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
MOIS = {m: i for i, m in enumerate(["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
                                     "septembre", "octobre", "novembre", "decembre"], start=1)}
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
CODE_RE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def pdftext(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout


def iso(s):
    return dt.date.fromisoformat(s[:10])


# ------------------------------------------------------------------ 1. forme des gold
def check_shape(name, g):
    need = {"document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
            "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"}
    missing = need - set(g)
    if missing:
        err(name, f"clés manquantes {sorted(missing)}")
        return False
    if g["document"] + ".gold.json" != os.path.basename(name):
        err(name, "document ≠ nom du fichier")
    if g["split"] != "holdout":
        err(name, "split ≠ holdout")
    if g["portee"] not in ("academique", "nationale"):
        err(name, "portee inconnue")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(name, "portee nationale ⇔ academie null")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(name, "session non entière")
    if g["date_document"] is not None:
        iso(g["date_document"])
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE_RE.match(c):
            err(name, f"code mal normalisé {c}")
    if len(set(g["codes"])) != len(g["codes"]):
        err(name, "codes en double")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or any(fold(m) != m for m in c["mots"]):
            err(name, f"centre {c} : mots absents ou non repliés")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        a, b = s
        iso(a)
        if b is not None and iso(b) <= iso(a):
            err(name, f"intervalle incohérent {s}")
        spans.add((a, b))
    if len(set(map(tuple, g["dates"]))) != len(g["dates"]):
        err(name, "dates en double")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(name, f"type inconnu {k['type']}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(name, f"clé {k} : code {c} absent des codes")
        span = (k["debut"][:10], k["fin"][:10] if "fin" in k and k["fin"][:10] != k["debut"][:10] else None)
        if span not in spans:
            err(name, f"clé {k['type']} {span} absente des dates")
        for v in (k["debut"], k.get("fin")):
            if v and len(v) > 10:
                dt.datetime.fromisoformat(v)
    return True


# ------------------------------------------------------------------ 2-3. dates écrites dans le texte
def dates_in_text(text, default_year):
    """Renvoie (ensemble des dates ISO trouvées, liste d'incohérences jour/date)."""
    t = fold(text).replace("\u2019", "'")
    t = re.sub(r"\s+", " ", t)
    found, bad = set(), []
    mois_re = "|".join(MOIS)
    # a) jour [de semaine] + quantième, mois cherché plus loin
    for m in re.finditer(r"\b(?:(%s) )?(1er|\d{1,2})(?:,)? (?=.{0,60}?\b(%s)\b(?: (\d{4}))?)"
                         % ("|".join(JOURS), mois_re), t):
        wd, d, mo, y = m.group(1), m.group(2), m.group(3), m.group(4)
        # le mois doit suivre directement ou après « au … » / « et … » : on accepte la recherche avant
        day = 1 if d == "1er" else int(d)
        if not wd:
            # sans jour de semaine : seulement si le mois suit immédiatement
            if not re.match(r"(1er|\d{1,2}) (%s)\b" % mois_re, t[m.start(2):]):
                continue
        year = int(y) if y else default_year
        if not y:
            # année écrite plus loin dans la même phrase (« … et du lundi 7 au mercredi 9 juin 2027 »)
            tail = re.match(r"[^.;:()]{0,90}?\b(%s) (\d{4})\b" % mois_re, t[m.end():])
            if tail and tail.group(1) == mo:
                year = int(tail.group(2))
        try:
            date = dt.date(year, MOIS[mo], day)
        except ValueError:
            continue
        found.add(date.isoformat())
        if wd and JOURS[date.weekday()] != wd:
            bad.append(f"« {wd} {d} {mo} {year} » est un {JOURS[date.weekday()]}")
    # b) formes numériques : « lun. 10/05/27 », « 11-05-2026 », « 29/05 »
    for m in re.finditer(r"\b(?:(lun|mar|mer|jeu|ven|sam|dim)\.? )?(\d{2})[/-](\d{2})(?:[/-](\d{4}|\d{2}))?\b", t):
        wd, d, mo, y = m.groups()
        if y is None and not wd and not re.search(r"\b(du|au)\s*$", t[max(0, m.start() - 4):m.start()]):
            continue
        year = default_year if y is None else (int(y) + 2000 if len(y) == 2 else int(y))
        try:
            date = dt.date(year, int(mo), int(d))
        except ValueError:
            continue
        found.add(date.isoformat())
        if wd and ABR[wd] != date.weekday():
            bad.append(f"« {m.group(0)} » est un {JOURS[date.weekday()]}")
    return found, bad


def code_pattern(c):
    parts = re.findall(r"EF|UF|E|U|\d|[A-Z]", c)
    sep = r"[\s.\-–]{0,3}"
    return re.compile(r"(?<![A-Za-z0-9])" + sep.join(map(re.escape, parts)) + r"(?![0-9])(?![a-zà-ÿ])")


def codes_in_text(text):
    out = set()
    for m in re.finditer(r"(?<![A-Za-z0-9])(EF|E)[\s.]?(\d)(?:(?:[.\-–]|\s[–-]\s|\s)?(\d|[AB](?![a-zA-Zà-ÿ'’])))?(?![0-9])", text):
        out.add(m.group(1) + m.group(2) + (m.group(3) or ""))
    return out


def check_text(name, g, text):
    year = g["examen"]["session"]
    found, bad = dates_in_text(text, year)
    for b in bad:
        err(name, "jour incohérent : " + b)
    wanted = set()
    for a, b in g["dates"]:
        wanted.add(a)
        if b:
            wanted.add(b)
    if g["date_document"]:
        wanted.add(g["date_document"])
    for d in sorted(wanted - found):
        err(name, f"date {d} introuvable dans le texte")
    for c in g["codes"]:
        if not code_pattern(c).search(text):
            err(name, f"code {c} introuvable dans le texte")
    extra = codes_in_text(text) - set(g["codes"]) - set(g["codes_optionnels"])
    if extra:
        err(name, f"codes présents dans le texte mais absents du gold : {sorted(extra)}")
    ft = fold(text).replace("-", " ")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in fold(text):
                err(name, f"mot de centre « {w} » introuvable")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in ft:
            err(name, f"ville « {c['ville']} » introuvable")
    if str(year) not in text:
        err(name, "année de session absente du texte")


def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    for path in golds:
        name = os.path.basename(path)
        g = json.load(open(path, encoding="utf-8"))
        if not check_shape(name, g):
            continue
        stem = g["document"]
        if stem.endswith("_scan"):
            orig = json.load(open(os.path.join(ICI, stem[:-5] + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in orig.items() if k not in ("document", "format")}
            if a != b:
                err(name, "le gold du scan diffère de l'original ailleurs que document/format")
            scan = os.path.join(ICI, stem + ".pdf")
            if not os.path.exists(scan):
                err(name, "scan absent")
                continue
            if pdftext(scan).strip():
                err(name, "le scan a une couche texte")
            fonts = subprocess.run(["pdffonts", scan], capture_output=True, text=True).stdout.splitlines()[2:]
            if fonts:
                err(name, "le scan contient des polices")
            continue
        files = [f for f in glob.glob(os.path.join(ICI, stem + ".*")) if not f.endswith(".gold.json")]
        if not files:
            err(name, "aucun document construit")
            continue
        pdf = os.path.join(ICI, stem + ".pdf")
        if not os.path.exists(pdf):
            err(name, "PDF absent")
            continue
        check_text(name, g, pdftext(pdf))
    # spécifiques : le document « année seulement dans le titre »
    t = pdftext(os.path.join(ICI, "circulaire_sam_2028_clermont-ferrand.pdf"))
    years = re.findall(r"\b20\d\d\b", t)
    if years != ["2028"]:
        err("clermont", f"l'année doit figurer une seule fois (titre) : {years}")
    # Titre 2 par épreuve dans le DOCX de Nantes
    from docx import Document
    d = Document(os.path.join(ICI, "circulaire_pi_2027_nantes.docx"))
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    if len(h2) < 7:
        err("nantes", f"Titres 2 attendus pour chaque épreuve, trouvés {len(h2)}")
    for e in errors:
        print("ERREUR", e)
    print(f"{len(golds)} gold vérifiés, {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
