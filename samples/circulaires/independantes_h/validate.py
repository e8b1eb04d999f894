#!/usr/bin/env python3
"""Contrôles du corpus independantes_h (sans aucun code du projet).

1. forme des gold (clés, types, motifs ISO, types d'événements, codes normalisés, cohérence dates/cles,
   gold de scan = gold source sauf document/format) ;
2. jours de semaine cohérents avec les dates écrites dans les PDF (« mardi 16 mai 2028 », « du lundi 18 au
   jeudi 20 mai 2027 », « lun. 11/05/26 », « lun. 1 mars 2027 ») ;
3. chaque date, code et mot de centre (et sa ville) des gold se retrouve dans le texte pdftotext du PDF ;
4. les scans n'ont aucune couche texte (ni police) ;
5. chaque gold a ses fichiers.
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
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
KEYS = ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
ISO_D = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_DT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
SCANS = {"circulaire_sn_2028_rennes_scan": "circulaire_sn_2028_rennes",
         "circulaire_mco_2027_nantes_scan": "circulaire_mco_2027_nantes",
         "circulaire_sam_2025_orleans-tours_scan": "circulaire_sam_2025_orleans-tours"}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def pdftext(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def norm_ws(t):
    return re.sub(r"\s+", " ", t.replace("\u00a0", " ").replace("\u202f", " "))


# ------------------------------------------------------------------ 1. forme
def check_shape(name, g):
    if list(g.keys()) != KEYS:
        err(f"{name}: clés {list(g.keys())}")
        return
    if g["split"] != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        err(f"{name}: note nationale avec académie")
    if set(g["examen"]) != {"sigle", "session", "academie"} or not isinstance(g["examen"]["session"], int):
        err(f"{name}: examen")
    if g["date_document"] is not None and not ISO_D.match(g["date_document"]):
        err(f"{name}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            err(f"{name}: code non normalisé {c}")
    if len(set(g["codes"])) != len(g["codes"]):
        err(f"{name}: codes en double")
    for c in g["centres"] + g["centres_optionnels"]:
        if set(c) != {"mots", "ville"} or not c["mots"] or any(m != fold(m) for m in c["mots"]):
            err(f"{name}: centre {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not ISO_D.match(s[0]) or (s[1] is not None and (not ISO_D.match(s[1]) or s[1] <= s[0])):
            err(f"{name}: date {s}")
        spans.add(tuple(s))
    if len({tuple(s) for s in g["dates"]}) != len(g["dates"]):
        err(f"{name}: dates en double")
    if g["date_document"] and (g["date_document"], None) in spans:
        err(f"{name}: la date du document figure parmi les événements")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        if not ISO_DT.match(k["debut"]) or ("fin" in k and not ISO_DT.match(k["fin"])):
            err(f"{name}: clé {k}")
        for alt in k.get("epreuves", []):
            if not isinstance(alt, list) or not alt:
                err(f"{name}: epreuves {k}")
            for c in alt:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(f"{name}: clé cite {c} absent des codes")
        d0 = k["debut"][:10]
        d1 = k.get("fin", "")[:10] or None
        if d1 == d0:
            d1 = None
        if (d0, d1) not in spans:
            err(f"{name}: clé {k['type']} {d0}/{d1} absente de dates")
        if "fin" in k and k["fin"] < k["debut"]:
            err(f"{name}: fin avant début {k}")


# ------------------------------------------------------------------ 2. jours de semaine
RX_LONG = re.compile(r"\b(" + "|".join(JOURS) + r")\s+(1er|\d{1,2})(?:\s+(" + "|".join(MOIS) + r"))?(?:\s+(\d{4}))?",
                     re.I)
RX_ABR_NUM = re.compile(r"\b(" + "|".join(ABR) + r")\.\s*(\d{2})/(\d{2})/(\d{2,4})\b", re.I)
RX_ABR_MOIS = re.compile(r"\b(" + "|".join(ABR) + r")\.\s+(1er|\d{1,2})\s+(" + "|".join(MOIS) + r")\s+(\d{4})", re.I)


def check_weekdays(name, text):
    t = norm_ws(text)
    found = 0
    ms = list(RX_LONG.finditer(t))
    for i, m in enumerate(ms):
        wd, d, mo, y = m.group(1).lower(), m.group(2), m.group(3), m.group(4)
        if not mo or not y:  # « du lundi 18 au jeudi 20 mai 2027 » : emprunte au suivant complet
            for n in ms[i + 1:i + 6]:
                if n.start() - m.end() > 160:
                    break
                mo = mo or n.group(3)
                if n.group(4):
                    y = n.group(4)
                    break
        if not mo or not y:
            err(f"{name}: date incomplète « {m.group(0)} »")
            continue
        day = dt.date(int(y), MOIS.index(mo.lower()) + 1, 1 if d == "1er" else int(d))
        found += 1
        if JOURS[day.weekday()] != wd:
            err(f"{name}: « {m.group(0)} » est un {JOURS[day.weekday()]}")
    for m in RX_ABR_NUM.finditer(t):
        y = int(m.group(4))
        y = y + 2000 if y < 100 else y
        day = dt.date(y, int(m.group(3)), int(m.group(2)))
        found += 1
        if ABR[day.weekday()] != m.group(1).lower():
            err(f"{name}: « {m.group(0)} » est un {JOURS[day.weekday()]}")
    for m in RX_ABR_MOIS.finditer(t):
        day = dt.date(int(m.group(4)), MOIS.index(m.group(3).lower()) + 1,
                      1 if m.group(2) == "1er" else int(m.group(2)))
        found += 1
        if ABR[day.weekday()] != m.group(1).lower():
            err(f"{name}: « {m.group(0)} » est un {JOURS[day.weekday()]}")
    return found


# ------------------------------------------------------------------ 3. présence dans le texte
def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    mois = MOIS[d.month - 1]
    j = "1er" if d.day == 1 else str(d.day)
    forms = [f"{j} {mois}", f"{d.day} {mois}", f"{d:%d/%m/%y}", f"{d:%d-%m-%Y}", f"{d:%d/%m/%Y}",
             f"{JOURS[d.weekday()]} {j} au", f"{JOURS[d.weekday()]} {j} et"]
    return [fold(f) for f in forms]


def code_regex(c):
    m = re.match(r"^(EF|UF|E|U)(\d)(\d?)([A-Z]?)$", c)
    if not m:
        return re.compile(re.escape(c))
    pre, d1, d2, let = m.groups()
    sep = r"[\s.\-–]*"
    rx = re.escape(pre) + sep + d1
    if d2:
        rx += sep + d2
    if let:
        rx += sep + let
    return re.compile(r"(?<![A-Za-z0-9])" + rx + r"(?![0-9])" + ("" if let else r"(?![A-Za-z]\b)"))


def check_presence(name, g, text):
    t = fold(norm_ws(text))
    for s in g["dates"] + g["dates_optionnelles"]:
        for iso in s:
            if iso and not any(f in t for f in date_forms(iso)):
                err(f"{name}: date {iso} introuvable dans le PDF")
            if iso and iso[:4] not in t and iso[2:4] + " " not in t:
                err(f"{name}: année de {iso} introuvable")
    if g["date_document"] and not any(f in t for f in date_forms(g["date_document"])):
        err(f"{name}: date_document introuvable")
    raw = norm_ws(text)
    for c in g["codes"] + g["codes_optionnels"]:
        if not code_regex(c).search(raw):
            err(f"{name}: code {c} introuvable")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in t:
                err(f"{name}: mot de centre « {w} » introuvable")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in t.replace("-", " "):
            err(f"{name}: ville {c['ville']} introuvable")
    for k in g["cles"]:
        if len(k["debut"]) > 10:
            h, mi = int(k["debut"][11:13]), k["debut"][14:16]
            forms = [f"{h} h {mi}", f"{h}h{mi}", f"{h:02d}:{mi}", f"{h}:{mi}", f"{h} h {mi}".replace(" 00", ""),
                     f"{h}h" if mi == "00" else f"{h} h {mi}", f"{h} h" if mi == "00" else f"{h}h{mi}"]
            if not any(fold(f) in t for f in forms):
                err(f"{name}: heure de {k['type']} {k['debut']} introuvable")


# ------------------------------------------------------------------ 4. scans
def check_scan(path):
    txt = pdftext(path).strip()
    if txt:
        err(f"{os.path.basename(path)}: couche texte présente ({len(txt)} caractères)")
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
    if len(fonts) > 2:
        err(f"{os.path.basename(path)}: polices présentes")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    loaded = {}
    for p in golds:
        name = os.path.basename(p)[:-len(".gold.json")]
        g = json.load(open(p, encoding="utf-8"))
        loaded[name] = g
        if g.get("document") != name:
            err(f"{name}: champ document")
        check_shape(name, g)
    for scan, src in SCANS.items():
        a, b = dict(loaded[scan]), dict(loaded[src])
        for k in ("document", "format"):
            a.pop(k), b.pop(k)
        if a != b:
            err(f"{scan}: diffère de {src} ailleurs que document/format")
        if loaded[scan]["format"] != "pdf":
            err(f"{scan}: format")
    n_wd = 0
    for name, g in loaded.items():
        pdf = os.path.join(HERE, name + ".pdf")
        if not os.path.exists(pdf):
            err(f"{name}: PDF manquant")
            continue
        if name in SCANS:
            check_scan(pdf)
            text = pdftext(os.path.join(HERE, SCANS[name] + ".pdf"))
        else:
            text = pdftext(pdf)
            fmt = g["format"]
            if fmt != "pdf" and not os.path.exists(os.path.join(HERE, f"{name}.{fmt}")):
                err(f"{name}: source .{fmt} manquante")
            n_wd += check_weekdays(name, text)
        check_presence(name, g, text)
    print(f"{len(loaded)} gold, {n_wd} dates avec jour de semaine vérifiées")
    for e in errors:
        print("ERREUR", e)
    print("propre" if not errors else f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
