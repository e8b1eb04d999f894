# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_q (aucun code du produit n'est utilisé).

Usage : /work/main/.venv/bin/python validate.py
Vérifie :
  1. la forme de chaque gold (clés, types, formats de dates, types d'événements, codes normalisés) ;
  2. la cohérence jour de la semaine / date pour toutes les dates écrites en toutes lettres ou abrégées ;
  3. que chaque date, heure de clé, code et mot de centre du gold figure dans le texte du PDF (pdftotext) ;
  4. que les scans n'ont pas de couche texte et que leur gold ne diffère du gold source que par document/format ;
  5. que chaque document a son gold et inversement.
Sortie : liste des problèmes, puis « OK » si aucun.
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
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
RE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
RE_CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")

problems = []


def bad(doc, msg):
    problems.append(f"[{doc}] {msg}")


def fold(t, collapse=True):
    t = unicodedata.normalize("NFKD", t or "")
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = t.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", t) if collapse else t


def pdf_text(path):
    """Texte en mise en page conservée, suivi du texte en ordre de lecture (cellules de tableau d'un bloc)."""
    r = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True)
    r2 = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True)
    return r.stdout + "\n\f\n" + r2.stdout


# ---------------------------------------------------------------------------------------------
def check_shape(doc, g):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            bad(doc, f"clé manquante : {k}")
    if g.get("split") != "holdout":
        bad(doc, "split != holdout")
    if g.get("portee") not in ("academique", "nationale"):
        bad(doc, "portee invalide")
    if g.get("portee") == "nationale" and g["examen"].get("academie") is not None:
        bad(doc, "note nationale avec académie")
    ex = g.get("examen", {})
    if not isinstance(ex.get("session"), int):
        bad(doc, "session non entière")
    if g.get("date_document") is not None and not RE_DAY.match(g["date_document"]):
        bad(doc, "date_document mal formée")
    for c in g["codes"] + g["codes_optionnels"]:
        if not RE_CODE.match(c):
            bad(doc, f"code non normalisé : {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        bad(doc, "code à la fois requis et optionnel")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c.get("mots") or not all(isinstance(w, str) and w == fold(w) for w in c["mots"]):
            bad(doc, f"mots de centre invalides : {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not RE_DAY.match(s[0]) or (s[1] is not None and not RE_DAY.match(s[1])):
            bad(doc, f"date mal formée : {s}")
            continue
        if s[1] is not None and s[1] <= s[0]:
            bad(doc, f"intervalle inversé ou nul : {s}")
        spans.add(tuple(s))
    if len(spans) != len(g["dates"]) + len(g["dates_optionnelles"]):
        bad(doc, "dates en double")
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            bad(doc, f"type inconnu : {k}")
        if not RE_MOMENT.match(k.get("debut", "")) or ("fin" in k and not RE_MOMENT.match(k["fin"])):
            bad(doc, f"clé mal datée : {k}")
        for alt in k.get("epreuves", []):
            for c in alt:
                if not RE_CODE.match(c):
                    bad(doc, f"code de clé non normalisé : {c}")
            if not set(alt) & (set(g["codes"]) | set(g["codes_optionnels"])):
                bad(doc, f"clé citant un code absent des codes : {alt}")
        sp = (k["debut"][:10], k["fin"][:10] if "fin" in k and k["fin"][:10] != k["debut"][:10] else None)
        if sp not in spans:
            bad(doc, f"la clé {k['type']} {sp} n'est pas dans dates")


# ---------------------------------------------------------------------------------------------
def check_weekdays(doc, text, session):
    t = fold(text)
    mois = "|".join(MOIS)
    pat = re.compile(r"\b(" + "|".join(JOURS) + r")\s+(1er|\d{1,2})\s+(" + mois + r")\b(\s+(\d{4}))?")
    n = 0
    for m in pat.finditer(t):
        d = 1 if m.group(2) == "1er" else int(m.group(2))
        mo = MOIS.index(m.group(3)) + 1
        y = int(m.group(5)) if m.group(5) else None
        if y is None:  # année portée plus loin dans la phrase (« du mercredi 31 mai au vendredi 2 juin 2028 »)
            after = re.search(r"\b(20\d\d)\b", t[m.end():m.end() + 120])
            y = int(after.group(1)) if after else session
        wd = dt.date(y, mo, d).weekday()
        n += 1
        if JOURS[wd] != m.group(1):
            bad(doc, f"jour incohérent : « {m.group(0)} » est un {JOURS[wd]}")
    # « du lundi 7 au mercredi 9 juin 2027 » : premier jour sans mois
    pat2 = re.compile(r"\bdu (" + "|".join(JOURS) + r") (1er|\d{1,2}) au (" + "|".join(JOURS) +
                      r") (1er|\d{1,2}) (" + mois + r")(\s+(\d{4}))?")
    for m in pat2.finditer(t):
        mo = MOIS.index(m.group(5)) + 1
        y = int(m.group(7)) if m.group(7) else session
        d = 1 if m.group(2) == "1er" else int(m.group(2))
        n += 1
        if JOURS[dt.date(y, mo, d).weekday()] != m.group(1):
            bad(doc, f"jour incohérent : « {m.group(0)} »")
    pat3 = re.compile(r"\b(" + "|".join(JOURS_ABR) + r")\.\s+(\d{1,2})(?:/(\d{2})/(\d{2,4})|\s+(" + mois +
                      r")\s+(\d{4}))")
    for m in pat3.finditer(t):
        if m.group(3):
            d, mo, y = int(m.group(2)), int(m.group(3)), int(m.group(4))
            y = y + 2000 if y < 100 else y
        else:
            d, mo, y = int(m.group(2)), MOIS.index(m.group(5)) + 1, int(m.group(6))
        n += 1
        if JOURS_ABR[dt.date(y, mo, d).weekday()] != m.group(1):
            bad(doc, f"jour abrégé incohérent : « {m.group(0)} »")
    return n


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    jour = "1er" if d == 1 else str(d)
    return [f"{jour} {MOIS[m - 1]}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y}",
            f"{d} {MOIS[m - 1]}"]


def has_date(t, iso):
    if any(re.search(r"(?<![\d/])" + re.escape(f) + r"(?![\d])", t) for f in date_forms(iso)):
        return True
    # début d'intervalle sans mois : « du lundi 12 au mercredi 14 juin »
    y, m, d = (int(x) for x in iso.split("-"))
    jour = "1er" if d == 1 else str(d)
    jours = "|".join(JOURS)
    rx = (rf"\bdu (?:(?:{jours}) )?{jour} au (?:(?:{jours}) )?(?:1er|\d{{1,2}}) {MOIS[m - 1]}")
    return re.search(rx, t) is not None


def has_time(t, hhmm):
    h, m = int(hhmm[:2]), int(hhmm[3:])
    forms = [rf"\b{h}\s{{0,2}}h\s{{0,2}}{m:02d}\b", rf"\b{h:02d}\s{{0,2}}h\s{{0,2}}{m:02d}\b", rf"\b{h}:{m:02d}\b",
             rf"\b{h:02d}:{m:02d}\b"]
    if m == 0:
        forms += [rf"\b{h}\s?h(?!\s?\d)", rf"\b{h:02d}\s?h(?!\s?\d)"]
    return any(re.search(f, t) for f in forms)


def has_code(t, code):
    parts = re.findall(r"[A-Z]+|\d", code)
    sep = r"[\s.\-\u2013]{0,3}"
    rx = r"(?<![a-z0-9])" + sep.join(re.escape(p.lower()) for p in parts) + r"(?![a-z0-9])"
    return re.search(rx, t) is not None


def check_content(doc, g, text):
    t = fold(text)
    for s in g["dates"]:
        for iso in s:
            if iso and not has_date(t, iso):
                bad(doc, f"date absente du texte : {iso}")
    if g["date_document"] and not has_date(t, g["date_document"]):
        bad(doc, f"date du document absente : {g['date_document']}")
    traw = fold(text, collapse=False)
    for k in g["cles"]:
        for f in ("debut", "fin"):
            v = k.get(f)
            if v and len(v) > 10 and not has_time(traw, v[11:]):
                bad(doc, f"heure absente du texte : {v}")
    for c in g["codes"]:
        if not has_code(t, c):
            bad(doc, f"code absent du texte : {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in t:
                bad(doc, f"mot de centre absent : {w}")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in t.replace("-", " "):
            bad(doc, f"ville absente : {c['ville']}")
    ex = g["examen"]
    if str(ex["session"]) not in t:
        bad(doc, "session absente")
    if ex.get("sigle") and ex["sigle"].lower() not in t:
        bad(doc, "sigle absent")
    if ex.get("academie") and fold(ex["academie"]) not in t:
        bad(doc, "académie absente")


# ---------------------------------------------------------------------------------------------
def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    docs = sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".docx", ".odt", ".html")))
    stems_with_docs = {f.rsplit(".", 1)[0] for f in docs}
    n_wd = 0
    for gp in golds:
        stem = os.path.basename(gp)[: -len(".gold.json")]
        g = json.load(open(gp, encoding="utf-8"))
        if g.get("document") != stem:
            bad(stem, "champ document différent du nom de fichier")
        check_shape(stem, g)
        if stem not in stems_with_docs:
            bad(stem, "aucun document pour ce gold")
            continue
        pdf = os.path.join(HERE, stem + ".pdf")
        if stem.endswith("_scan"):
            if not os.path.exists(pdf):
                bad(stem, "scan manquant")
                continue
            if pdf_text(pdf).strip():
                bad(stem, "le scan a une couche texte")
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2:
                bad(stem, "le scan contient des polices")
            src = json.load(open(os.path.join(HERE, stem[: -len("_scan")] + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in src.items() if k not in ("document", "format")}
            if a != b:
                bad(stem, "gold du scan différent du gold source")
            continue
        if not os.path.exists(pdf):
            bad(stem, "pas de PDF pour contrôler le texte")
            continue
        text = pdf_text(pdf)
        check_content(stem, g, text)
        n_wd += check_weekdays(stem, text, g["examen"]["session"])
    for s in stems_with_docs:
        if not os.path.exists(os.path.join(HERE, s + ".gold.json")):
            bad(s, "document sans gold")
    for p in problems:
        print(p)
    print(f"{len(golds)} golds, {len(docs)} documents, {n_wd} jours de semaine vérifiés")
    print("OK" if not problems else f"{len(problems)} problème(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
