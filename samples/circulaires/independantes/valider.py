#!/usr/bin/env python3
"""Self-checks of the independent corpus (no project code, no extraction).

  * every *.gold.json parses and has the expected fields; every date is a real calendar date;
  * every "weekday + day [+ month] [+ year]" written in textes.py names the right weekday;
  * every gold date can be found in the text in some written form (day + month name, or dd/mm);
  * each PDF made from DOCX/HTML carries its text (pdftotext finds the objet and the centres' words);
  * each scan PDF has no font and no extractable text.
Usage: python valider.py   (exit status 1 on any error)
"""
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import textes  # noqa: E402

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
KEYS = ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def text_of(spec):
    parts = list(spec.get("header", [])) + list(spec.get("footer", []))
    for b in spec["blocks"]:
        if b["k"] in ("p", "h"):
            parts.append(b["text"])
        elif b["k"] == "t":
            parts.extend(str(c) for row in b["rows"] for c in row if c not in ("^", "<"))
    return "\n".join(parts).replace("**", "")


def parse_day(s):
    return dt.date.fromisoformat(s[:10])


def check_gold(g, stem):
    for k in KEYS:
        if k not in g:
            errors.append(f"{stem}: champ {k} absent")
    if g["document"] != stem:
        errors.append(f"{stem}: document = {g['document']}")
    if g["split"] not in ("dev", "holdout") or g["portee"] not in ("nationale", "academique"):
        errors.append(f"{stem}: split/portee")
    days = []
    if g["date_document"]:
        parse_day(g["date_document"])
    for s, e in g["dates"] + g["dates_optionnelles"]:
        days.append(parse_day(s))
        if e:
            days.append(parse_day(e))
            if e <= s:
                errors.append(f"{stem}: intervalle {s} {e}")
    for key in g["cles"]:
        if key["type"] not in TYPES:
            errors.append(f"{stem}: type {key['type']}")
        for f in ("debut", "fin"):
            if key.get(f):
                if len(key[f]) > 10:
                    dt.datetime.fromisoformat(key[f])
                day = key[f][:10]
                if not any(day in (s, e) for s, e in g["dates"] + g["dates_optionnelles"]):
                    errors.append(f"{stem}: clé {key['type']} {key[f]} absente de dates")
        if key.get("fin") and key["fin"][:10] != key["debut"][:10]:
            if [key["debut"][:10], key["fin"][:10]] not in g["dates"]:
                errors.append(f"{stem}: intervalle de clé absent de dates {key}")
        for alt in key.get("epreuves", []):
            if not set(alt) & set(g["codes"] + g["codes_optionnels"]):
                errors.append(f"{stem}: clé avec codes inconnus {alt}")
    return days


RX = re.compile(r"\b(" + "|".join(JOURS) + r")\s+(\d{1,2})(?:er)?\b(?:\s+(" + "|".join(MOIS) + r"))?(?:\s+(\d{4}))?",
                re.I)


def check_weekdays(text, stem, session):
    n = 0
    for m in RX.finditer(text):
        jour, d, mois, an = m.group(1).lower(), int(m.group(2)), m.group(3), m.group(4)
        if not mois:  # "du lundi 1er au mercredi 3 juin": the month comes later
            after = re.search(r"(" + "|".join(MOIS) + r")(?:\s+(\d{4}))?", text[m.end():m.end() + 60], re.I)
            if not after:
                errors.append(f"{stem}: mois introuvable après « {m.group(0)} »")
                continue
            mois, an = after.group(1), an or after.group(2)
        if not an:
            after = re.search(r"\b(20\d\d)\b", text[m.end():m.end() + 60])
            an = after.group(1) if after else session
        day = dt.date(int(an), MOIS.index(mois.lower()) + 1, d)
        n += 1
        if JOURS[day.weekday()] != jour:
            errors.append(f"{stem}: « {m.group(0)} » -> {day} est un {JOURS[day.weekday()]}")
    return n


def written(text, day):
    t = fold(text)
    mois = fold(MOIS[day.month - 1])
    d = day.day
    forms = [f"{d} {mois}", f"{d}er {mois}", f"{d:02d}/{day.month:02d}", f"{d} et", f"{d},", f"{d} →",
             f"{d} au", f"{d}er au"]
    return any(f in t for f in forms)


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def main():
    specs = {d["stem"]: d for d in textes.DOCUMENTS}
    for gold_path in sorted(HERE.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        g = json.loads(gold_path.read_text(encoding="utf-8"))
        spec = specs[stem]
        text = text_of(spec)
        days = check_gold(g, stem)
        n = check_weekdays(text, stem, str(g["examen"]["session"]))
        for day in days:
            if not written(text, day):
                errors.append(f"{stem}: {day} introuvable dans le texte")
        pdf = HERE / f"{stem}.pdf"
        pt = fold(pdf_text(pdf))
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in pt:
                    errors.append(f"{stem}: « {w} » absent du PDF")
        for code in g["codes"]:
            if not re.search(r"\W".join(code), pdf_text(pdf).upper().replace(".", " ")) and code not in pt.upper().replace(" ", "").replace("-", "").replace("–", "").replace(".", ""):
                errors.append(f"{stem}: code {code} absent du PDF")
        scan = HERE / f"{stem}.scan.pdf"
        if scan.exists():
            fonts = subprocess.run(["pdffonts", str(scan)], capture_output=True, text=True).stdout.splitlines()
            if len(fonts) > 2 or pdf_text(scan).strip():
                errors.append(f"{stem}: le scan a une couche texte")
        print(f"{stem:48s} {g['split']:8s} {n:3d} jours nommés vérifiés, {len(days):3d} dates or"
              f"{' + scan' if scan.exists() else ''}")
    for e in errors:
        print("ERREUR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
