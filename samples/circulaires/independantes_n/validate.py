#!/usr/bin/env python3
"""Contrôles du corpus independantes_n (sans aucun code du projet).

- forme de chaque gold (champs, types, dates ISO, types d'événements) ; copie _scan = original sauf document/format ;
- chaque clé (cles) a son intervalle dans dates ; aucune date d'événement un samedi, dimanche ou jour férié ;
- jours de semaine écrits dans les textes cohérents avec les dates (« mardi 12 mai », « lun. 01/06/26 ») ;
- chaque date, heure, code et mot de centre du gold présent dans le texte du PDF (pdftotext), et dans le
  texte des autres formats du même document (docx, odt, html) ; pour la circulaire d'Aix-Marseille, le
  contenu du calendrier collé en image est vérifié dans textes_aix.CALENDRIER_IMAGE et doit être ABSENT
  de la couche texte ;
- les scans n'ont pas de couche texte ni de police.
Usage : /work/main/.venv/bin/python validate.py   (code retour 0 si tout va bien)
"""
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s)


def feries(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    easter = dt.date(y, month, day)
    return {easter + dt.timedelta(days=1), easter + dt.timedelta(days=39), easter + dt.timedelta(days=50),
            dt.date(y, 1, 1), dt.date(y, 5, 1), dt.date(y, 5, 8), dt.date(y, 7, 14), dt.date(y, 8, 15),
            dt.date(y, 11, 1), dt.date(y, 11, 11), dt.date(y, 12, 25)}


# ------------------------------------------------------------------ extraction de texte
def pdf_text(path):
    """Texte en mise en page (-layout) puis en ordre de lecture brut : une cellule coupée sur deux lignes
    se lit d'un seul tenant dans l'un ou l'autre."""
    out = []
    for opts in (["-layout"], []):
        out.append(subprocess.run(["pdftotext", *opts, str(path), "-"], capture_output=True, text=True).stdout)
    return "\n".join(out)


def docx_text(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", xml)
    xml = re.sub(r"</w:p>|<w:br/>|<w:tab/>", " \n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def odt_text(path):
    xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    xml = re.sub(r"</text:p>|</text:h>|<text:line-break/>|<text:tab/>|<text:s[^>]*/>", " \n", xml)
    return re.sub(r"<[^>]+>", "", xml)


def html_text(path):
    import html
    t = path.read_text(encoding="utf-8")
    t = re.sub(r"<(br|/p|/td|/th|/li|/tr)[^>]*>", " \n", t)
    return html.unescape(re.sub(r"<[^>]+>", "", t))


READERS = {".pdf": pdf_text, ".docx": docx_text, ".odt": odt_text, ".html": html_text}


# ------------------------------------------------------------------ motifs
def date_found(text, iso):
    d = dt.date.fromisoformat(iso)
    mois = MOIS[d.month - 1]
    day = r"(?:0?%d)" % d.day + (r"(?:er)?" if d.day == 1 else "")
    pats = [rf"\b{day}\b.{{0,30}}?\b{mois}\b",
            rf"\b{d.day:02d}[/.-]{d.month:02d}[/.-](?:{d.year}|{d.year % 100:02d})\b"]
    return any(re.search(p, text) for p in pats)


def hour_found(text, hhmm):
    h, m = int(hhmm[:2]), hhmm[3:]
    tail = r"(?:\s?h\s?00|h|\s?h|:00)" if m == "00" else rf"(?:\s?h\s?{m}|:{m})"
    return re.search(rf"(?<!\d){h:d}{tail}|(?<!\d){h:02d}{tail}", text) is not None


def code_found(text, code):
    parts = re.findall(r"[A-Z]+|\d", code)
    sep = r"[\s.\-–]{0,3}"
    return re.search(r"(?<![a-z0-9])" + sep.join(map(re.escape, (p.lower() for p in parts))) + r"(?![0-9])",
                     text) is not None


def check_weekdays(doc, text, session):
    full = "|".join(JOURS)
    for m in re.finditer(rf"\b({full})\s+(\d{{1,2}})(?:er)?\b(.{{0,45}})", text):
        wd, day, rest = m.group(1), int(m.group(2)), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        month = MOIS.index(mm.group(1)) + 1
        year = int(mm.group(2)) if mm.group(2) else session
        try:
            real = JOURS[dt.date(year, month, day).weekday()]
        except ValueError:
            err(doc, f"date impossible {m.group(0)!r}")
            continue
        if real != wd:
            err(doc, f"jour faux : {m.group(0)[:40]!r} est un {real}")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\.\s*(\d{2})/(\d{2})/(\d{2})\b", text):
        d = dt.date(2000 + int(m.group(4)), int(m.group(3)), int(m.group(2)))
        if ABR[d.weekday()] != m.group(1):
            err(doc, f"jour abrégé faux : {m.group(0)!r}")


# ------------------------------------------------------------------ gold
def check_gold(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(name, f"champ manquant {k}")
    if g["document"] + ".gold.json" != name:
        err(name, "document ≠ nom de fichier")
    if g["split"] != "holdout":
        err(name, "split ≠ holdout")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(name, "session non entière")
    if g["portee"] == "nationale" and ex.get("academie") is not None:
        err(name, "note nationale avec académie")
    if g["date_document"] and not ISO.match(g["date_document"]):
        err(name, "date_document mal formée")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.match(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$", c):
            err(name, f"code mal formé {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(name, f"mots de centre non normalisés {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not ISO.match(s[0]) or (s[1] is not None and not ISO.match(s[1])):
            err(name, f"intervalle mal formé {s}")
        if s[1] is not None and s[1] <= s[0]:
            err(name, f"intervalle à l'envers {s}")
        spans.add(tuple(s))
    if len(spans) != len(g["dates"]) + len(g["dates_optionnelles"]):
        err(name, "intervalle en double")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(name, f"type inconnu {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.match(k[f]):
                err(name, f"{f} mal formé {k}")
        for alt in k.get("epreuves", []):
            if not isinstance(alt, list) or not all(c in g["codes"] + g["codes_optionnels"] for c in alt):
                err(name, f"clé : codes hors liste {alt}")
        sp = (k["debut"][:10], k["fin"][:10] if k.get("fin") and k["fin"][:10] != k["debut"][:10] else None)
        if sp not in spans:
            err(name, f"clé sans intervalle dans dates : {sp}")
    for s in g["dates"]:
        for iso in s:
            if iso is None:
                continue
            d = dt.date.fromisoformat(iso)
            if d.weekday() >= 5 or d in feries(d.year):
                err(name, f"événement un jour non ouvré {iso}")


def gold_facts(g):
    dates = sorted({iso for s in g["dates"] for iso in s if iso})
    hours = sorted({k[f][11:] for k in g["cles"] for f in ("debut", "fin") if k.get(f) and len(k[f]) > 10})
    return dates, hours


def main():
    golds = sorted(HERE.glob("*.gold.json"))
    by_name = {p.name: json.load(open(p, encoding="utf-8")) for p in golds}
    for name, g in by_name.items():
        check_gold(g, name)
        if name.endswith("_scan.gold.json"):
            orig = by_name.get(name.replace("_scan.gold.json", ".gold.json"))
            if orig is None:
                err(name, "pas de gold original")
            else:
                a = {k: v for k, v in g.items() if k not in ("document", "format")}
                b = {k: v for k, v in orig.items() if k not in ("document", "format")}
                if a != b:
                    err(name, "le gold du scan diffère de l'original")

    import textes_aix
    img = textes_aix.CALENDRIER_IMAGE
    image_text = fold(" ".join(" ".join(r) for r in img["lignes"]))

    for name, g in by_name.items():
        stem = g["document"]
        files = [p for p in HERE.glob(stem + ".*") if p.suffix in READERS]
        if not files:
            err(stem, "aucun fichier")
            continue
        if stem.endswith("_scan"):
            pdf = HERE / f"{stem}.pdf"
            txt = pdf_text(pdf).strip()
            fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
            if txt or fonts:
                err(stem, f"le scan a une couche texte ({len(txt)} car., {len(fonts)} polices)")
            continue
        dates, hours = gold_facts(g)
        for f in files:
            raw = READERS[f.suffix](f)
            text = fold(raw)
            check_weekdays(f.name, text, g["examen"]["session"])
            if stem == textes_aix.STEM:
                for row in img["lignes"]:
                    if fold(row[0]) in text:
                        err(f.name, f"date du calendrier image présente dans la couche texte : {row[0]}")
                check_weekdays("CALENDRIER_IMAGE", image_text, 2027)
                text = text + " \n " + image_text
            if g["date_document"] and not date_found(text, g["date_document"]):
                err(f.name, f"date du document absente {g['date_document']}")
            for iso in dates:
                if not date_found(text, iso):
                    err(f.name, f"date absente {iso}")
            for h in hours:
                if not hour_found(text, h):
                    err(f.name, f"heure absente {h}")
            for c in g["codes"]:
                if not code_found(text, c):
                    err(f.name, f"code absent {c}")
            for c in g["centres"]:
                if not all(w in text for w in c["mots"]):
                    err(f.name, f"centre absent {c['mots']}")
                if c["ville"] and fold(c["ville"]) not in text and fold(c["ville"]).replace("-", " ") not in text:
                    err(f.name, f"ville absente {c['ville']}")
    n_files = len([p for p in HERE.iterdir() if p.suffix in READERS])
    print(f"{len(by_name)} golds, {n_files} documents")
    if errors:
        print("\n".join(errors))
        print(f"ÉCHEC : {len(errors)} problème(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
