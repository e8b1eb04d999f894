#!/usr/bin/env python3
"""Contrôles du corpus independantes_ae (aucun code du projet) :
forme des gold, cohérence jour de semaine / date, présence dans le texte PDF (pdftotext) de chaque
date, heure, code et mot de centre du gold, absence de couche texte dans les scans.

Usage : python3 validate.py            (code retour 0 si tout est propre)
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
sys.path.insert(0, HERE)
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
RE_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_DT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = t.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", t)


def pdftext(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


# ------------------------------------------------------------------ forme
def check_shape(g, name):
    need = ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
            "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"]
    for k in need:
        if k not in g:
            err(name, f"clé manquante {k}")
    if g.get("split") != "holdout":
        err(name, "split != holdout")
    if g["document"] + ".gold.json" != os.path.basename(name):
        err(name, "document ne correspond pas au nom du fichier")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int) or "sigle" not in ex or "academie" not in ex:
        err(name, "examen incomplet")
    if (g["portee"] == "nationale") != (ex["academie"] is None):
        err(name, "portee / academie incohérents")
    if not RE_DAY.match(g["date_document"] or ""):
        err(name, "date_document invalide")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(name, f"code mal formé {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c.get("mots") or "ville" not in c or any(m != fold(m) for m in c["mots"]):
            err(name, f"centre mal formé {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not RE_DAY.match(s[0]) or not (s[1] is None or RE_DAY.match(s[1])):
            err(name, f"date mal formée {s}")
        elif s[1] is not None and s[1] <= s[0]:
            err(name, f"intervalle inversé ou nul {s}")
        spans.add(tuple(s))
    if len(spans) != len(g["dates"]) + len(g["dates_optionnelles"]):
        err(name, "doublon dans dates")
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            err(name, f"type inconnu {k}")
        if not RE_DT.match(k.get("debut", "")) or ("fin" in k and not RE_DT.match(k["fin"])):
            err(name, f"début/fin mal formés {k}")
        for alt in k.get("epreuves", []):
            if not isinstance(alt, list) or not alt:
                err(name, f"epreuves doit être une liste de listes {k}")
            elif not any(a in g["codes"] + g["codes_optionnels"] for a in alt):
                err(name, f"code de clé absent des codes {alt}")
        end = k["fin"][:10] if "fin" in k else None
        sp = (k["debut"][:10], None if end == k["debut"][:10] else end)
        if sp not in spans:
            err(name, f"la clé {k['type']} {sp} n'est pas dans dates")
        if not (str(g["examen"]["session"] - 1) <= k["debut"][:4] <= str(g["examen"]["session"])):
            err(name, f"année hors session {k['debut']}")


# ------------------------------------------------------------------ présence dans le texte
def date_patterns(iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    m = MOIS[d.month - 1]
    return [rf"\b{day} {m}\b", rf"\b{d.day} {m}\b", rf"\b{d.day:02d}/{d.month:02d}\b",
            rf"\b{d.day:02d}-{d.month:02d}-{d.year}\b", rf"\b{ABR[d.weekday()]}\. {d.day}\b",
            rf"\b{ABR[d.weekday()]}\. {d.day} .{{0,3}}\b",
            # début d'une fenêtre dont le mois n'est écrit qu'à la fin : « du mardi 8 au jeudi 10 juin »
            rf"\bdu (?:{JOURS[d.weekday()]} )?{d.day} au (?:{'|'.join(JOURS)}) \d{{1,2}} {m}\b"]


def time_patterns(hhmm):
    h, mi = int(hhmm[:2]), hhmm[3:]
    if mi == "00":
        return [rf"\b{h} ?h(?!\d)", rf"\b{h} ?h ?00\b", rf"\b{h:02d}:00\b", rf"\b{h} heures\b", rf"\b{h}h/"]
    return [rf"\b{h} ?h ?{mi}\b", rf"\b{h:02d}:{mi}\b"]


def code_pattern(code):
    parts = re.findall(r"[A-Z]+|\d", code)
    sep = r"[\s.\-\u2013]{0,3}"
    return re.compile(r"(?<![a-z0-9])" + sep.join(re.escape(p.lower()) for p in parts) + r"(?![0-9])")


def check_presence(g, text, name):
    t = fold(text)
    for s in g["dates"]:
        for iso in filter(None, s):
            if not any(re.search(p, t) for p in date_patterns(iso)):
                err(name, f"date {iso} introuvable dans le texte")
    for k in g["cles"]:
        for v in (k["debut"], k.get("fin")):
            if v and "T" in v and not any(re.search(p, t) for p in time_patterns(v[11:])):
                err(name, f"heure {v} introuvable dans le texte")
    for c in g["codes"] + g["codes_optionnels"]:
        if not code_pattern(c).search(t):
            err(name, f"code {c} introuvable")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in t:
                err(name, f"mot de centre {w} introuvable")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in t.replace("-", " "):
            err(name, f"ville {c['ville']} introuvable")
    if str(g["examen"]["session"]) not in t:
        err(name, "session introuvable")
    if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
        err(name, "académie introuvable")


# ------------------------------------------------------------------ jours de semaine
def check_weekdays(text, session, name):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r") (1er|\d{1,2})\b", t):
        after = t[m.end():m.end() + 60]
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b", after)
        if not mm:
            continue
        yy = re.search(r"\b(20\d\d)\b", t[m.end():m.end() + 80])
        year = int(yy.group(1)) if yy else session
        day = 1 if m.group(2) == "1er" else int(m.group(2))
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, day)
        n += 1
        if JOURS[d.weekday()] != m.group(1):
            err(name, f"« {m.group(0)} {mm.group(1)} {year} » est un {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\. (\d\d)/(\d\d)(?:/(\d\d))?\b", t):
        year = 2000 + int(m.group(4)) if m.group(4) else session
        d = dt.date(year, int(m.group(3)), int(m.group(2)))
        n += 1
        if ABR[d.weekday()] != m.group(1):
            err(name, f"« {m.group(0)} » est un {JOURS[d.weekday()]}")
    return n


def check_besancon_grid():
    import textes_besancon as T
    month, n = None, 0
    for row in T.CAL:
        if row[0] == "MOIS":
            mname, year = fold(row[1]).split()
            month, yr = MOIS.index(mname) + 1, int(year)
            continue
        for m in re.finditer(r"(lun|mar|mer|jeu|ven)\. (\d{1,2})( juin)?", row[0]):
            mo = 6 if m.group(3) else month
            d = dt.date(yr, mo, int(m.group(2)))
            n += 1
            if ABR[d.weekday()] != m.group(1):
                err("textes_besancon.CAL", f"{m.group(0)} est un {JOURS[d.weekday()]}")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        name = os.path.basename(gp)
        g = json.load(open(gp, encoding="utf-8"))
        check_shape(g, gp)
        stem = g["document"]
        files = [f for f in os.listdir(HERE) if f.rsplit(".", 1)[0] == stem and not f.endswith(".json")]
        if not files:
            err(name, "aucun document pour ce gold")
        pdf = os.path.join(HERE, stem + ".pdf")
        if stem.endswith("_scan"):
            txt = pdftext(pdf)
            if txt.strip():
                err(name, "le scan a une couche texte")
            fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2:
                err(name, "le scan contient des polices")
            src = os.path.join(HERE, stem[: -len("_scan")] + ".pdf")
            gsrc = json.load(open(os.path.join(HERE, stem[: -len("_scan")] + ".gold.json"), encoding="utf-8"))
            same = {k: v for k, v in g.items() if k not in ("document", "format")} == \
                   {k: v for k, v in gsrc.items() if k not in ("document", "format")}
            if not same:
                err(name, "le gold du scan diffère du gold source hors document/format")
            check_presence(g, pdftext(src), name)
            continue
        if not os.path.exists(pdf):
            err(name, "PDF manquant")
            continue
        text = pdftext(pdf)
        check_presence(g, text, name)
        n = check_weekdays(text, g["examen"]["session"], name)
        print(f"{name:45s} {len(g['codes']):2d} codes {len(g['dates']):2d} dates {len(g['cles']):2d} clés, "
              f"{n} jours vérifiés, fichiers : {', '.join(sorted(files))}")
    print(f"grille Besançon : {check_besancon_grid()} jours vérifiés")
    # le HTML doit contenir le même texte que son PDF (dates au moins)
    html = fold(re.sub(r"<[^>]+>", " ", open(os.path.join(HERE, "circulaire_mco_2028_guyane.html"), encoding="utf-8").read()))
    g = json.load(open(os.path.join(HERE, "circulaire_mco_2028_guyane.gold.json"), encoding="utf-8"))
    check_presence(g, html, "circulaire_mco_2028_guyane.html")
    if errors:
        print("\n".join("ERREUR " + e for e in errors))
        return 1
    print("OK : aucun problème")
    return 0


if __name__ == "__main__":
    sys.exit(main())
