#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le corpus independantes_t sans aucun code du projet.

1. forme des gold ; copies « _scan » identiques au gold de base hors document/format ;
2. jours de semaine cohérents avec les dates écrites dans les textes (PDF via pdftotext, TXT) ;
3. chaque date, heure, code et mot de centre du gold présent dans le texte du PDF (ou du TXT, ou de la couche OCR),
   et aucun code nommé par le texte absent du gold ;
4. les deux scans « image seule » n'ont aucune couche texte ; le scan OCR en a une.
Usage : python validate.py   (code de sortie 1 s'il reste un problème)"""
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ICI = Path(__file__).resolve().parent
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre"]
IMAGE_SEULE = {"circulaire_ol_2028_bordeaux_scan.pdf", "circulaire_mhr_2027_poitiers_scan.pdf"}
OCR = {"courriel_cg_2028_la-reunion_scan.pdf"}
ISO_J = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_JH = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
problemes = []


def pb(msg):
    problemes.append(msg)
    print("  ✗", msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def texte_pdf(p):
    return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout


def source_texte(stem_doc):
    """Texte de référence d'un document : le PDF de même stem, sinon le TXT."""
    pdf = ICI / f"{stem_doc}.pdf"
    if pdf.exists():
        return pdf.name, texte_pdf(pdf)
    txt = ICI / f"{stem_doc}.txt"
    if txt.exists():
        return txt.name, txt.read_text(encoding="utf-8")
    return None, None


def forme(g, nom):
    for k, typ in (("document", str), ("split", str), ("format", str), ("portee", str), ("examen", dict),
                   ("codes", list), ("codes_optionnels", list), ("centres", list), ("centres_optionnels", list),
                   ("dates", list), ("dates_optionnelles", list), ("cles", list)):
        if not isinstance(g.get(k), typ):
            pb(f"{nom}: clé {k} absente ou de mauvais type")
    if "date_document" not in g:
        pb(f"{nom}: date_document absente")
    if g.get("split") != "holdout":
        pb(f"{nom}: split != holdout")
    if g.get("document") + ".gold.json" != nom:
        pb(f"{nom}: document ne correspond pas au nom du fichier")
    ex = g["examen"]
    if set(ex) != {"sigle", "session", "academie"} or not isinstance(ex["session"], int):
        pb(f"{nom}: examen mal formé")
    if g["portee"] == "nationale" and ex["academie"] is not None:
        pb(f"{nom}: note nationale avec académie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            pb(f"{nom}: code non normalisé {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        if set(c) != {"mots", "ville"} or not c["mots"]:
            pb(f"{nom}: centre mal formé {c}")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not ISO_J.match(s[0]) or (s[1] is not None and (not ISO_J.match(s[1]) or s[1] <= s[0])):
            pb(f"{nom}: span mal formé {s}")
        spans.add(tuple(s))
    if len(set(map(tuple, g["dates"]))) != len(g["dates"]):
        pb(f"{nom}: span en double")
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            pb(f"{nom}: type inconnu {k}")
        if not ISO_JH.match(k.get("debut", "")) or ("fin" in k and not ISO_JH.match(k["fin"] or "")):
            pb(f"{nom}: clé mal datée {k}")
        for alt in k.get("epreuves", []):
            if not isinstance(alt, list) or not alt:
                pb(f"{nom}: epreuves de clé mal formées {k}")
            elif not set(alt) & set(g["codes"] + g["codes_optionnels"]):
                pb(f"{nom}: clé sur un code hors liste {k}")
        d, f = k["debut"][:10], (k.get("fin") or "")[:10] or None
        if f == d:
            f = None
        if (d, f) not in spans:
            pb(f"{nom}: la clé {k['type']} {d}..{f} n'est pas dans dates")
        if f and f < d:
            pb(f"{nom}: clé fin < début")


def jours_coherents(nom, texte, annee_defaut):
    t = re.sub(r"\s+", " ", fold(texte))
    n = 0
    for m in re.finditer(r"\b(" + "|".join(JOURS) + r")\s+(\d{1,2})(?:er)?\b", t):
        suite = t[m.end():m.end() + 70]
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(20\d\d))?", suite)
        if not mm:
            continue
        an = int(mm.group(2)) if mm.group(2) else None
        if an is None:
            ya = re.search(r"\b(20\d\d)\b", t[m.end():m.end() + 120])
            an = int(ya.group(1)) if ya else annee_defaut
        try:
            d = dt.date(an, MOIS.index(mm.group(1)) + 1, int(m.group(2)))
        except ValueError:
            pb(f"{nom}: date impossible « {m.group(0)} {mm.group(1)} {an} »")
            continue
        n += 1
        if JOURS[d.weekday()] != m.group(1):
            pb(f"{nom}: « {m.group(0)} {mm.group(1)} {an} » est un {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(" + "|".join(ABR) + r")\.\s*(\d{2})/(\d{2})/(\d{2,4})\b", t):
        an = int(m.group(4))
        an = an + 2000 if an < 100 else an
        d = dt.date(an, int(m.group(3)), int(m.group(2)))
        n += 1
        if ABR[d.weekday()] != m.group(1):
            pb(f"{nom}: « {m.group(0)} » est un {JOURS[d.weekday()]}")
    return n


def date_presente(iso, t):
    d = dt.date.fromisoformat(iso)
    j, mo = d.day, MOIS[d.month - 1]
    formes = [rf"\b{JOURS[d.weekday()]}\s+{j}(er)?\b", rf"\b{j}(er)?\s+{mo}\b",
              rf"\b{d:%d}/{d:%m}/({d:%Y}|{d:%y})\b", rf"\b{d:%d}-{d:%m}-{d:%Y}\b",
              rf"\b{j}(er)?\s+(au|et)\s+\d{{1,2}}\s+{mo}\b"]
    return any(re.search(f, t) for f in formes)


def heure_presente(hm, t):
    h, m = hm.split(":")
    hh = str(int(h))
    formes = [rf"\b{h}:{m}\b", rf"\b{hh}\s?h\s?{m}\b"]
    if m == "00":
        formes += [rf"\b{hh}\s?h\b(?!\s?[1-5]\d)"]
    return any(re.search(f, t) for f in formes)


def code_present(code, texte):
    motif = r"\W{0,3}".join(re.escape(ch) for ch in code)
    return re.search(rf"(?<![A-Za-z0-9]){motif}(?![A-Za-z0-9])", texte) is not None


def contenu(nom, g, src, texte):
    t = re.sub(r"\s+", " ", fold(texte))
    for s in g["dates"]:
        for iso in s:
            if iso and not date_presente(iso, t):
                pb(f"{nom}: date {iso} introuvable dans {src}")
    for k in g["cles"]:
        for v in (k.get("debut"), k.get("fin")):
            if v and "T" in v and not heure_presente(v[11:], t):
                pb(f"{nom}: heure {v} ({k['type']}) introuvable dans {src}")
    flat = re.sub(r"\s+", " ", texte)
    for c in g["codes"]:
        if not code_present(c, flat):
            pb(f"{nom}: code {c} introuvable dans {src}")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if fold(w) not in t:
                pb(f"{nom}: mot de centre « {w} » introuvable dans {src}")
        if c["ville"] and fold(c["ville"]) not in t.replace("-", " ") and fold(c["ville"]) not in t:
            pb(f"{nom}: ville « {c['ville']} » introuvable dans {src}")
    if not src.endswith("_scan.pdf"):  # codes du texte absents du gold (hors couche OCR bruitée)
        vus = re.findall(r"(?<![A-Za-z0-9])((?:EF|UF|E|U)\.?\d(?:\.?\d|[ \u2013-]{0,3}[A-C]\b)?)", flat)
        connus = set(g["codes"]) | set(g["codes_optionnels"])
        for v in sorted({re.sub(r"[^A-Z0-9]", "", x) for x in vus} - connus):
            pb(f"{nom}: le texte nomme {v}, absent du gold")
    if g["date_document"] and not date_presente(g["date_document"], t):
        pb(f"{nom}: date_document {g['date_document']} introuvable dans {src}")
    if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
        pb(f"{nom}: académie introuvable dans {src}")
    if not re.search(rf"\b{g['examen']['session']}\b", t):
        pb(f"{nom}: session introuvable dans {src}")


def main():
    golds = sorted(ICI.glob("*.gold.json"))
    print(f"{len(golds)} gold")
    for p in golds:
        print(p.name)
        g = json.loads(p.read_text(encoding="utf-8"))
        forme(g, p.name)
        stem = g["document"]
        if stem.endswith("_scan"):
            base = json.loads((ICI / (stem[:-5] + ".gold.json")).read_text(encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in base.items() if k not in ("document", "format")}
            if a != b:
                pb(f"{p.name}: diffère du gold de base ailleurs que document/format")
            scan = ICI / f"{stem}.pdf"
            if not scan.exists():
                pb(f"{p.name}: {scan.name} absent")
                continue
            if scan.name in IMAGE_SEULE:
                if texte_pdf(scan).strip():
                    pb(f"{scan.name}: couche texte présente dans un scan image seule")
                continue
            src, texte = scan.name, texte_pdf(scan)
            if not texte.strip():
                pb(f"{scan.name}: pas de couche OCR")
        else:
            fichiers = sorted(f.name for f in ICI.glob(stem + ".*") if not f.name.endswith(".gold.json"))
            if not fichiers:
                pb(f"{p.name}: aucun document")
            src, texte = source_texte(stem)
            if texte is None:
                pb(f"{p.name}: aucun texte de référence")
                continue
        n = jours_coherents(src, texte, g["examen"]["session"])
        print(f"  {src}: {n} jours de semaine contrôlés")
        contenu(p.name, g, src, texte)
    # tout document a un gold
    for f in sorted(ICI.iterdir()):
        if f.suffix in (".pdf", ".docx", ".odt", ".html", ".txt"):
            if not (ICI / f"{f.stem}.gold.json").exists():
                pb(f"{f.name}: pas de gold")
    # le TXT du courriel et la source HTML : jours de semaine aussi
    for f in list(ICI.glob("*.txt")) + list(ICI.glob("*.html")):
        t = re.sub(r"<[^>]+>", " ", f.read_text(encoding="utf-8"))
        print(f"{f.name}: {jours_coherents(f.name, t, 2026)} jours de semaine contrôlés")
    print("OK" if not problemes else f"{len(problemes)} problème(s)")
    return 1 if problemes else 0


if __name__ == "__main__":
    sys.exit(main())
