#!/usr/bin/env python3
"""Vérifie le corpus independantes_g sans aucun code du projet.

Usage : /work/main/.venv/bin/python validate.py
Contrôles :
  1. forme des gold (clés, types, formats de date, types d'événements, codes normalisés) ;
     les gold *_scan ne diffèrent de leur original que par document/format ;
  2. chaque fichier a son gold et chaque gold au moins un fichier ;
  3. jours de la semaine cohérents avec les dates écrites dans le texte ;
  4. chaque date du gold (dates + clés) est écrite dans le texte, et chaque date du texte est soit dans le
     gold, soit déclarée « non-événement » ci-dessous (date du document, textes cités, fériés, vacances) ;
  5. chaque heure des clés est écrite dans le texte ;
  6. chaque code du gold est écrit dans le texte, et chaque code trouvé dans le texte est dans le gold ;
  7. chaque mot distinctif et chaque ville de centre figurent dans le texte ;
  8. les scans n'ont pas de couche texte (ni police, ni texte extrait) et contiennent des images.
Le texte d'un PDF est celui de pdftotext ; DOCX, ODT et HTML sont lus directement et subissent les mêmes
contrôles 3 à 7. Un scan est contrôlé sur le texte du PDF dont il est tiré.
"""
import datetime as dt
import glob
import html
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]

# dates écrites qui ne sont pas des événements (déclarées à la main, document par document)
NON_EVENEMENTS = {
    "circulaire_cg_2027_creteil": {"2027-01-28", "2015-04-09", "2027-01-12", "2027-05-06", "2027-05-17",
                                   "2027-04-17", "2027-05-03"},
    "circulaire_electrotechnique_2026_montpellier": {"2026-02-02", "2020-06-25", "2025-11-19", "2026-05-14",
                                                     "2026-05-15", "2026-04-18", "2026-05-04"},
    "circulaire_ndrc_2028_guadeloupe": {"2028-01-18", "2018-04-17", "2027-12-08", "2028-05-25", "2028-05-27",
                                        "2028-06-05", "2028-02-26", "2028-03-01", "2028-04-08", "2028-04-23"},
    "circulaire_sam_2025_normandie": {"2025-01-30", "2018-05-16", "2024-12-06", "2025-05-29", "2025-05-30",
                                      "2025-06-09", "2025-04-05", "2025-04-21"},
    "note_nationale_ci_2027": {"2026-12-07", "2022-02-24", "2025-12-04", "2027-05-06", "2027-05-17"},
}

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def norm_space(text):
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text)


# ------------------------------------------------------------------ lecture des textes
def text_pdf(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout


def text_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def text_xml(raw):
    raw = re.sub(r"<(br|/p|/li|/td|/th|/tr|/div|/h\d|text:line-break|/text:p|/text:h)[^>]*>", "\n", raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(raw)


def text_odt(path):
    with zipfile.ZipFile(path) as z:
        return text_xml(z.read("content.xml").decode("utf-8")) + "\n" + text_xml(z.read("styles.xml").decode("utf-8"))


def text_html(path):
    raw = open(path, encoding="utf-8").read()
    raw = re.sub(r"<(style|title)>.*?</\1>", " ", raw, flags=re.S)
    return text_xml(raw)


READERS = {".pdf": text_pdf, ".docx": text_docx, ".odt": text_odt, ".html": text_html}


# ------------------------------------------------------------------ repérage des dates
MOIS_RE = "|".join(MOIS + ["fevrier", "aout", "decembre"])
JOURS_RE = "|".join(JOURS)


def month_num(word):
    w = fold(word)
    for i, m in enumerate(MOIS):
        if fold(m) == w:
            return i + 1
    raise ValueError(word)


def find_dates(text, session):
    """Renvoie [(date, jour_de_semaine_écrit_ou_None, extrait)]."""
    t = norm_space(text)
    found = []

    def year_after(pos):
        m = re.compile(r"\b(20\d\d)\b").search(t, pos, pos + 160)
        return int(m.group(1)) if m else session

    # 1) « lundi 2 », « 15 juin 2027 », « 1er juin » (jour de semaine facultatif, mois éventuellement plus loin)
    pat = re.compile(rf"\b(?:({JOURS_RE})\s+)?(\d{{1,2}})(?:er)?\b(?:\s+({MOIS_RE})\b(?:\s+(\d{{4}}))?)?",
                     re.I)
    for m in pat.finditer(t):
        wd, d, mo, y = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        if not mo and not wd:
            continue
        if not mo:  # « du lundi 2 au mercredi 4 juin » : mois suivant
            nxt = re.compile(rf"\b({MOIS_RE})\b", re.I).search(t, m.end(), m.end() + 80)
            if not nxt:
                continue
            mo = nxt.group(1)
            y = y or year_after(nxt.end())
        y = int(y) if y else year_after(m.end())
        try:
            date = dt.date(y, month_num(mo), d)
        except ValueError:
            continue
        found.append((date, wd.lower() if wd else None, m.group(0)))
    # 2) numériques : 18/05/2027, 18/05/27, 18-05-2027, précédés éventuellement de « lun. » ou « lundi »
    pat = re.compile(rf"(?:\b({JOURS_RE}|{'|'.join(JOURS_ABR)})\.?\s+)?\b(\d{{1,2}})[/-](\d{{1,2}})[/-](\d{{4}}|\d\d)\b",
                     re.I)
    for m in pat.finditer(t):
        wd, d, mo, y = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
        y = int(y) + (2000 if len(y) == 2 else 0)
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            continue
        found.append((date, wd.lower() if wd else None, m.group(0)))
    return found


def weekday_ok(date, wd):
    if wd is None:
        return True
    i = date.weekday()
    return wd in (JOURS[i], JOURS_ABR[i])


# ------------------------------------------------------------------ codes
CODE_RE = re.compile(r"\b(EF|UF|E|U)\s?\.?\s?(\d)(?:\s?\.\s?(\d)|(\d))?(?:\s?[-–]?\s?([AB])(?![\w']))?(?![\w])")


def find_codes(text):
    t = norm_space(text)
    codes = set()
    for m in CODE_RE.finditer(t):
        pre, d1, d2a, d2b, letter = m.groups()
        codes.add(pre + d1 + (d2a or d2b or "") + (letter or ""))
    return codes


# ------------------------------------------------------------------ heures
def hour_written(text, hhmm):
    h, m = hhmm.split(":")
    hi = str(int(h))
    t = norm_space(text)
    variants = [f"{h}:{m}", f"{hi}:{m}"]
    if m == "00":
        variants += [rf"{hi} ?h(?![0-9 ]*[0-9])", rf"{hi} ?h ?00"]
    else:
        variants += [rf"{hi} ?h ?{m}"]
    return any(re.search(rf"(?<![0-9]){v}", t) for v in variants)


# ------------------------------------------------------------------ gold
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOMENT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE_GOLD_RE = re.compile(r"^(E|U|EF|UF)\d{1,2}[A-Z0-9]{0,3}$")


def check_gold_shape(name, g):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(name, f"clé manquante {k}")
    if g.get("split") != "holdout":
        err(name, "split != holdout")
    if g.get("portee") not in ("academique", "nationale"):
        err(name, "portee invalide")
    if (g.get("portee") == "nationale") != (g["examen"].get("academie") is None):
        err(name, "portee nationale <=> academie null")
    if g["document"] + ".gold.json" != name:
        err(name, "document ne correspond pas au nom du fichier")
    ex = g["examen"]
    if not isinstance(ex.get("session"), int):
        err(name, "session non entière")
    if g["date_document"] is not None and not DATE_RE.match(g["date_document"]):
        err(name, "date_document mal formée")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE_GOLD_RE.match(c):
            err(name, f"code non normalisé {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c.get("mots") or "ville" not in c:
            err(name, f"centre mal formé {c}")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not DATE_RE.match(s[0]) or (s[1] is not None and not DATE_RE.match(s[1])):
            err(name, f"date mal formée {s}")
        elif s[1] is not None and s[1] <= s[0]:
            err(name, f"période inversée ou nulle {s}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(name, "dates en double")
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            err(name, f"type inconnu {k}")
        if not MOMENT_RE.match(k.get("debut", "")) or ("fin" in k and not MOMENT_RE.match(k["fin"])):
            err(name, f"moment mal formé {k}")
        for alt in k.get("epreuves", []):
            if not isinstance(alt, list) or not alt:
                err(name, f"epreuves doit être une liste de listes {k}")
            for c in alt:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(name, f"code de clé absent des codes {c}")
        start = k["debut"][:10]
        end = k["fin"][:10] if "fin" in k else None
        span = (start, None if end in (None, start) else end)
        if span not in spans:
            err(name, f"clé dont la période n'est pas dans dates {span}")


def check_text(doc, label, text, g):
    session = g["examen"]["session"]
    found = find_dates(text, session)
    for date, wd, extrait in found:
        if not weekday_ok(date, wd):
            err(doc, f"[{label}] jour de semaine incohérent : « {extrait} » = {date} ({JOURS[date.weekday()]})")
    found_days = {d.isoformat() for d, _, _ in found}
    wanted = set()
    for s in g["dates"]:
        wanted.add(s[0])
        if s[1]:
            wanted.add(s[1])
    for k in g["cles"]:
        wanted.add(k["debut"][:10])
        if "fin" in k:
            wanted.add(k["fin"][:10])
    if g["date_document"]:
        wanted.add(g["date_document"])
    for d in sorted(wanted - found_days):
        err(doc, f"[{label}] date du gold absente du texte : {d}")
    allowed = set(wanted) | NON_EVENEMENTS.get(g["document"].replace("_scan", ""), set())
    for s in g["dates_optionnelles"]:
        allowed.add(s[0])
        if s[1]:
            allowed.add(s[1])
    for d in sorted(found_days - allowed):
        err(doc, f"[{label}] date du texte ni dans le gold ni déclarée non-événement : {d}")
    for k in g["cles"]:
        for moment in (k["debut"], k.get("fin")):
            if moment and len(moment) > 10 and not hour_written(text, moment[11:]):
                err(doc, f"[{label}] heure absente du texte : {moment}")
    codes = find_codes(text)
    for c in g["codes"]:
        if c not in codes:
            err(doc, f"[{label}] code du gold absent du texte : {c}")
    for c in sorted(codes - set(g["codes"]) - set(g["codes_optionnels"])):
        err(doc, f"[{label}] code du texte absent du gold : {c}")
    ft = fold(norm_space(text)).replace("-", " ")
    for c in g["centres"]:
        for w in c["mots"]:
            if fold(w) not in ft:
                err(doc, f"[{label}] mot de centre absent : {w}")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in ft:
            err(doc, f"[{label}] ville de centre absente : {c['ville']}")
    for key in ("sigle",):
        v = g["examen"].get(key)
        if v and v not in text:
            err(doc, f"[{label}] sigle absent : {v}")
    if g["examen"].get("academie") and fold(g["examen"]["academie"]) not in fold(text):
        err(doc, f"[{label}] académie absente")
    if str(session) not in text:
        err(doc, f"[{label}] session absente")


def check_scan(doc, path):
    txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    if txt.strip():
        err(doc, "le scan a une couche texte")
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.strip().splitlines()
    if len(fonts) > 2:
        err(doc, "le scan contient des polices")
    imgs = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True).stdout.splitlines()[2:]
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", path], capture_output=True,
                                                               text=True).stdout).group(1))
    if len(imgs) < pages:
        err(doc, "le scan n'a pas une image par page")
    return imgs


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    stems = {}
    for gp in golds:
        name = os.path.basename(gp)
        g = json.load(open(gp, encoding="utf-8"))
        check_gold_shape(name, g)
        stems[g["document"]] = g
    docs = [f for f in os.listdir(HERE) if os.path.splitext(f)[1] in READERS]
    for f in docs:
        stem = os.path.splitext(f)[0]
        if stem not in stems:
            err(f, "fichier sans gold")
    for stem, g in stems.items():
        files = sorted(f for f in docs if os.path.splitext(f)[0] == stem)
        if not files:
            err(stem, "gold sans fichier")
            continue
        if stem.endswith("_scan"):
            base = stems.get(stem[:-5])
            if base is None:
                err(stem, "scan sans gold d'origine")
                continue
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in base.items() if k not in ("document", "format")}
            if a != b:
                err(stem, "le gold du scan diffère de l'original ailleurs que document/format")
            imgs = check_scan(stem, os.path.join(HERE, stem + ".pdf"))
            check_text(stem, "source " + stem[:-5] + ".pdf", text_pdf(os.path.join(HERE, stem[:-5] + ".pdf")), g)
            print(f"  {stem}.pdf : scan, {len(imgs)} image(s), {imgs[0].split()[5] if imgs else '?'} "
                  f"{imgs[0].split()[7] if imgs else ''} bpc, {imgs[0].split()[8] if imgs else ''}")
            continue
        if g["format"] not in [os.path.splitext(f)[1][1:] for f in files]:
            err(stem, f"format {g['format']} sans fichier correspondant")
        for f in files:
            check_text(stem, f, READERS[os.path.splitext(f)[1]](os.path.join(HERE, f)), g)
        print(f"  {stem} : {', '.join(files)}")
    if errors:
        print(f"\n{len(errors)} problème(s) :")
        for e in errors:
            print("  -", e)
        return 1
    print(f"\nOK : {len(stems)} gold, {len(docs)} fichiers, aucun problème.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
