#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Contrôles du corpus independantes_w (aucun code du projet) :
forme des gold, cohérence jours/dates dans les textes, présence de chaque date / code / mot de centre
dans le texte des PDF (pdftotext), absence de couche texte dans les scans."""
import json, re, subprocess, sys, unicodedata, datetime as dt
from pathlib import Path

ICI = Path(__file__).resolve().parent
TYPES = {"epreuve", "concertation", "controle_conformite", "depot_dossier", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
CODE_RE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
errors = []


def err(msg):
    errors.append(msg); print("ERREUR", msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def norm_text(t):
    t = fold(t).replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", t)


def pdftext(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "centres", "dates", "cles"):
        if k not in g:
            err(f"{name}: clé manquante {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        err(f"{name}: note nationale avec académie")
    for c in g["codes"] + g.get("codes_optionnels", []):
        if not CODE_RE.match(c):
            err(f"{name}: code non normalisé {c}")
    spans = {tuple(s) for s in g["dates"]}
    for s in g["dates"] + g.get("dates_optionnelles", []):
        a, b = s
        dt.date.fromisoformat(a)
        if b is not None and dt.date.fromisoformat(b) <= dt.date.fromisoformat(a):
            err(f"{name}: intervalle {s}")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        d0 = k["debut"][:10]; d1 = k.get("fin", "")[:10] or None
        sp = (d0, None if d1 in (None, d0) else d1)
        if sp not in spans:
            err(f"{name}: la clé {k} n'a pas son intervalle dans dates")
        for alt in k.get("epreuves", []):
            for c in alt:
                if c not in g["codes"] + g.get("codes_optionnels", []):
                    err(f"{name}: code de clé {c} absent de codes")
        for v in (k["debut"], k.get("fin")):
            if v and len(v) > 10:
                dt.datetime.fromisoformat(v)


NOMBRES = ["", "premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
           "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt et un",
           "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit",
           "vingt-neuf", "trente", "trente et un"]


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    j = "1er" if d.day == 1 else str(d.day)
    m = MOIS[d.month - 1]
    return [f"{j} {m}", f"{d.day} {m}", f"{d.day:02d}/{d.month:02d}", iso, f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{NOMBRES[d.day]} {m}"]


def date_present(iso, text):
    if any(f in text for f in date_forms(iso)):
        return True
    # début d'intervalle « du mardi 26 au vendredi 29 mai » : le jour seul suivi de « au »
    d = dt.date.fromisoformat(iso)
    j = "1er" if d.day == 1 else str(d.day)
    return re.search(rf"\b(?:{JOURS[d.weekday()]} )?{j} au\b", text) is not None


def code_present(code, text):
    m = re.match(r"^(EF|UF|E|U)(\d)(\d?)([A-Z]?)$", code)
    pref, a, b, lettre = m.groups()
    sep = r"[\s.\-–]*"
    pat = rf"\b{pref.lower()}{sep}{a}" + (rf"{sep}{b}" if b else "") + (rf"{sep}{lettre.lower()}" if lettre else "") + r"(?![0-9])"
    if not lettre:
        pat += r"(?!\s*[–-]?\s*[ab]\b)" if False else ""
    return re.search(pat, text) is not None


def check_weekdays(text, session, name):
    n = 0
    mois = "|".join(MOIS)
    for m in re.finditer(rf"\b({'|'.join(JOURS)}) (1er|\d{{1,2}}) ({mois})(?: (\d{{4}}))?", text):
        jour, d, mo, y = m.groups()
        y = int(y) if y else session
        date = dt.date(y, MOIS.index(mo) + 1, 1 if d == "1er" else int(d))
        n += 1
        if JOURS[date.weekday()] != jour:
            err(f"{name}: « {m.group(0)} » est un {JOURS[date.weekday()]}")
    for m in re.finditer(rf"\b({'|'.join(JOURS)}) (1er|\d{{1,2}}) au ({'|'.join(JOURS)}) (\d{{1,2}}) ({mois})(?: (\d{{4}}))?", text):
        j1, d1, j2, d2, mo, y = m.groups()
        y = int(y) if y else session
        a = dt.date(y, MOIS.index(mo) + 1, 1 if d1 == "1er" else int(d1))
        n += 1
        if JOURS[a.weekday()] != j1:
            err(f"{name}: « {m.group(0)} » début incohérent")
    for m in re.finditer(rf"\b({'|'.join(ABR)})\. (\d{{2}})/(\d{{2}})(?:/(\d{{2,4}}))?", text):
        ab, d, mo, y = m.groups()
        y = session if not y else (int(y) + 2000 if len(y) == 2 else int(y))
        date = dt.date(y, int(mo), int(d))
        n += 1
        if ABR[date.weekday()] != ab:
            err(f"{name}: « {m.group(0)} » est un {ABR[date.weekday()]}")
    for m in re.finditer(r"\b(20\d\d-\d\d-\d\d) \| ?(lun|mar|mer|jeu|ven)\.", text):
        pass
    return n


def main():
    golds = sorted(ICI.glob("*.gold.json"))
    for gp in golds:
        g = json.loads(gp.read_text(encoding="utf-8"))
        stem = gp.name[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{gp.name}: document {g['document']}")
        check_shape(g, stem)
        pdf = ICI / f"{stem}.pdf"
        if not pdf.exists():
            err(f"{stem}: PDF absent"); continue
        raw = pdftext(pdf)
        if stem.endswith("_scan"):
            if raw.strip():
                err(f"{stem}: le scan a une couche texte")
            base = json.loads((ICI / f"{stem[:-5]}.gold.json").read_text(encoding="utf-8"))
            diff = {k for k in set(g) | set(base) if g.get(k) != base.get(k)}
            if not diff <= {"document", "format"}:
                err(f"{stem}: diffère de la gold de base par {diff}")
            print(f"OK  {stem}: scan sans texte, gold alignée")
            continue
        text = norm_text(raw)
        n = check_weekdays(text, g["examen"]["session"], stem)
        for s in g["dates"] + g.get("dates_optionnelles", []):
            for iso in s:
                if iso and not date_present(iso, text):
                    err(f"{stem}: date {iso} introuvable")
        if g["date_document"] and not date_present(g["date_document"], text):
            err(f"{stem}: date du document introuvable")
        for c in g["codes"] + g.get("codes_optionnels", []):
            if not code_present(c, text):
                err(f"{stem}: code {c} introuvable")
        for c in g["centres"]:
            for w in c["mots"] + ([c["ville"]] if c["ville"] else []):
                if fold(w) not in text:
                    err(f"{stem}: mot de centre « {w} » introuvable")
        for c in g.get("centres_optionnels", []):   # variantes d'écriture admises : avertissement seulement
            if not all(fold(w) in text for w in c["mots"] + ([c["ville"]] if c["ville"] else [])):
                print(f"    (info) centre optionnel {c} : variante absente du texte")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in text:
            err(f"{stem}: académie introuvable")
        if g["examen"]["sigle"] and fold(g["examen"]["sigle"]) not in text:
            err(f"{stem}: sigle introuvable")
        # les autres formats partagent la gold : vérifier qu'ils existent
        siblings = [p.suffix for p in ICI.glob(stem + ".*") if p.suffix in (".docx", ".odt", ".html")]
        print(f"OK  {stem}: {len(g['dates'])} intervalles, {len(g['codes'])} codes, {len(g['cles'])} clés, "
              f"{n} mentions jour/date contrôlées, autres formats {siblings}")
    print("\n%d erreur(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
