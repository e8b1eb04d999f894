#!/usr/bin/env python3
"""Contrôle du corpus independantes_j, sans aucun code du projet.

Usage : python3 validate.py [-v]

Vérifie :
  1. la forme de chaque gold (clés, types, formats ISO, codes normalisés, cohérence cles/dates,
     copies _scan identiques au gold d'origine hors document/format) ;
  2. que chaque jour de semaine écrit devant une date (« mardi 11 mai 2027 », « lun. 01/06/26 »,
     « lundi onze mai ») correspond bien à cette date ;
  3. que chaque date, code, mot de centre, ville et heure du gold figure dans le texte du PDF
     (pdftotext) et qu'aucun code d'épreuve du texte n'est absent du gold ;
  4. que les scans n'ont aucune couche texte ni police.
Sortie non nulle si une erreur est trouvée.
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
VERBEUX = "-v" in sys.argv

TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction",
         "numerisation", "reunion", "transmission", "jury", "resultats", "autre"}
RE_JOUR = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
RE_CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")

MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
        "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
UNITES = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
          "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]

erreurs = []


def erreur(msg):
    erreurs.append(msg)
    print("ERREUR", msg)


def plier(t):
    t = unicodedata.normalize("NFKD", t or "")
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = t.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    return re.sub(r"\s+", " ", t)


def en_lettres(n):
    if n < 20:
        return UNITES[n]
    dizaine = {2: "vingt", 3: "trente"}[n // 10]
    u = n % 10
    if u == 0:
        return dizaine
    if u == 1:
        return f"{dizaine} et un"
    return f"{dizaine}-{UNITES[u]}"


MOTS_JOUR = {en_lettres(n): n for n in range(1, 32)}
MOTS_JOUR["premier"] = 1
ALT_MOTS = "|".join(sorted((m.replace("-", "-? ?") for m in MOTS_JOUR), key=len, reverse=True))


def jeton_jour(tok):
    tok = tok.strip()
    if tok.endswith("er"):
        tok = tok[:-2]
    if tok.isdigit():
        return int(tok)
    return MOTS_JOUR.get(tok) or {k.replace("-", ""): v for k, v in MOTS_JOUR.items()}.get(
        tok.replace("-", "").replace(" ", ""))


def formes_jour(n):
    # « vingt-deux » coupé en fin de ligne ressort « vingtdeux » ou « vingt- deux » de pdftotext
    formes = [str(n), f"{n:02d}", en_lettres(n).replace("-", "-? ?")]
    if n == 1:
        formes += ["1er", "premier"]
    return formes


def date_presente(texte, iso):
    d = dt.date.fromisoformat(iso)
    jours = "|".join(formes_jour(d.day))
    mois = MOIS[d.month - 1]
    textuel = re.compile(rf"(?<![\w-])(?:{jours})(?![\w-])[^.;]{{0,70}}?\b{mois}\b")
    yy = d.year % 100
    numerique = re.compile(rf"(?<!\d)0?{d.day}[/.\-]0?{d.month}(?:[/.\-](?:{d.year}|{yy:02d}))?(?!\d)")
    return bool(textuel.search(texte) or numerique.search(texte) or iso in texte)


def heure_presente(texte, hhmm):
    h, m = int(hhmm[:2]), int(hhmm[3:])
    formes = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}"]
    if m == 0:
        formes += [rf"(?<!\d){h} ?h(?! ?[0-5]\d(?!\d))", rf"(?<!\d){h:02d} ?h 00", rf"(?<!\d){h} ?h ?00"]
        mots = "midi" if h == 12 else f"{en_lettres(h)} heures"
        formes.append(re.escape(mots))
    else:
        formes += [rf"(?<!\d){h} ?h ?{m:02d}", rf"(?<!\d){h:02d} ?h ?{m:02d}"]
        if m == 30:
            formes.append(re.escape(f"{en_lettres(h)} heures trente"))
    return any(re.search(f, texte) for f in formes)


def motif_code(code):
    m = re.match(r"^(EF|UF|E|U)(.*)$", code)
    prefixe, reste = m.group(1), m.group(2)
    sep = r"[\s.\-–]*"
    corps = sep.join(re.escape(c) for c in reste)
    return re.compile(rf"(?<![A-Za-z0-9]){prefixe}{sep}{corps}(?![A-Za-z0-9])")


RE_CODE_TEXTE = re.compile(
    r"(?<![A-Za-z0-9])(EF|UF|E|U)[ .]?(\d)(?:[ .\-–]{0,3}(\d|[AB])(?![A-Za-z0-9]))?(?![A-Za-z0-9])")


def codes_du_texte(texte_brut):
    t = texte_brut.replace("\u00a0", " ")
    return {a + b + (c or "") for a, b, c in RE_CODE_TEXTE.findall(t)}


def verifier_jours_semaine(texte, session, nom):
    alt_j = "|".join(JOURS) + "|" + "|".join(a + r"\." for a in JOURS_ABR)
    motif = re.compile(rf"\b({alt_j}) ((?:\d{{1,2}}|{ALT_MOTS})(?:er)?)(?![\w-])"
                       rf"(?:[/.\-](\d{{1,2}})(?:[/.\-](\d{{2,4}}))?)?")
    n = 0
    for m in motif.finditer(texte):
        nom_jour = m.group(1).rstrip(".")
        idx = JOURS.index(nom_jour) if nom_jour in JOURS else JOURS_ABR.index(nom_jour)
        jour = jeton_jour(m.group(2))
        if jour is None:
            continue
        if m.group(3):
            mois = int(m.group(3))
            an = int(m.group(4)) if m.group(4) else session
            an = an + 2000 if an < 100 else an
        else:
            suite = texte[m.end(): m.end() + 70]
            mm = re.search(rf"\b({'|'.join(MOIS)})\b(?: (\d{{4}}))?", suite)
            if not mm:
                continue
            mois = MOIS.index(mm.group(1)) + 1
            an = int(mm.group(2)) if mm.group(2) else session
        try:
            d = dt.date(an, mois, jour)
        except ValueError:
            erreur(f"{nom} : date impossible « {m.group(0)} »")
            continue
        n += 1
        if d.weekday() != idx:
            erreur(f"{nom} : « {m.group(0)} … » tombe un {JOURS[d.weekday()]} ({d})")
    return n


def texte_pdf(pdf):
    return subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout


def verifier_forme(g, chemin_gold):
    nom = os.path.basename(chemin_gold)
    attendu = nom[: -len(".gold.json")]
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes",
              "codes_optionnels", "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            erreur(f"{nom} : clé {k} absente")
            return
    if g["document"] != attendu:
        erreur(f"{nom} : document={g['document']} au lieu de {attendu}")
    if g["split"] != "holdout":
        erreur(f"{nom} : split")
    if g["format"] not in {"docx", "pdf", "html", "odt"}:
        erreur(f"{nom} : format {g['format']}")
    if g["portee"] not in {"academique", "nationale"}:
        erreur(f"{nom} : portee")
    ex = g["examen"]
    if set(ex) != {"sigle", "session", "academie"} or not isinstance(ex["session"], int):
        erreur(f"{nom} : examen mal formé")
    if (g["portee"] == "nationale") != (ex["academie"] is None):
        erreur(f"{nom} : portée nationale ⇔ académie null")
    if g["date_document"] is not None and not RE_JOUR.match(g["date_document"]):
        erreur(f"{nom} : date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not RE_CODE.match(c):
            erreur(f"{nom} : code non normalisé {c}")
    if len(set(g["codes"])) != len(g["codes"]):
        erreur(f"{nom} : codes en double")
    for c in g["centres"] + g["centres_optionnels"]:
        if set(c) != {"mots", "ville"} or not c["mots"]:
            erreur(f"{nom} : centre mal formé {c}")
        for w in c["mots"]:
            if w != plier(w):
                erreur(f"{nom} : mot de centre non plié « {w} »")
    spans = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not RE_JOUR.match(s[0]) or not (s[1] is None or RE_JOUR.match(s[1])):
            erreur(f"{nom} : span mal formé {s}")
            continue
        if s[1] is not None and s[1] <= s[0]:
            erreur(f"{nom} : span à l'envers ou d'un seul jour {s}")
        spans.add((s[0], s[1]))
    if len({tuple(s) for s in g["dates"]}) != len(g["dates"]):
        erreur(f"{nom} : dates en double")
    tous_codes = set(g["codes"]) | set(g["codes_optionnels"])
    for k in g["cles"]:
        if k.get("type") not in TYPES:
            erreur(f"{nom} : type {k.get('type')}")
        if not RE_MOMENT.match(k.get("debut", "")) or ("fin" in k and not RE_MOMENT.match(k["fin"])):
            erreur(f"{nom} : moment mal formé {k}")
            continue
        if "fin" in k and k["fin"] < k["debut"]:
            erreur(f"{nom} : fin avant début {k}")
        for alt in k.get("epreuves", []):
            if not alt or not set(alt) <= tous_codes:
                erreur(f"{nom} : codes de cle hors gold {alt}")
        d0 = k["debut"][:10]
        d1 = k["fin"][:10] if "fin" in k else None
        if (d0, None if d1 == d0 else d1) not in spans:
            erreur(f"{nom} : la cle {k['type']} {k['debut']} n'a pas son span dans dates")


def main():
    golds = sorted(glob.glob(os.path.join(ICI, "*.gold.json")))
    if not golds:
        erreur("aucun gold")
    for chemin_gold in golds:
        g = json.load(open(chemin_gold, encoding="utf-8"))
        nom = os.path.basename(chemin_gold)
        verifier_forme(g, chemin_gold)
        stem = g["document"]
        pdf = os.path.join(ICI, stem + ".pdf")
        if not os.path.exists(pdf):
            erreur(f"{nom} : {stem}.pdf absent")
            continue
        if g["format"] != "pdf" and not os.path.exists(os.path.join(ICI, f"{stem}.{g['format']}")):
            erreur(f"{nom} : source {stem}.{g['format']} absente")
        if stem.endswith("_scan"):
            base = json.load(open(os.path.join(ICI, stem[:-5] + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in base.items() if k not in ("document", "format")}
            if a != b:
                erreur(f"{nom} : diffère du gold d'origine hors document/format")
            if g["format"] != "pdf":
                erreur(f"{nom} : un scan a le format pdf")
            brut = texte_pdf(pdf)
            polices = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
            if brut.strip() or len(polices.strip().splitlines()) > 2:
                erreur(f"{nom} : le scan a une couche texte ou des polices")
            elif VERBEUX:
                print(f"ok   {stem} : image seule, sans texte")
            continue

        brut = texte_pdf(pdf)
        texte = plier(brut)
        session = g["examen"]["session"]
        n = verifier_jours_semaine(texte, session, stem)
        # dates
        a_voir = {s[0] for s in g["dates"]} | {s[1] for s in g["dates"] if s[1]}
        if g["date_document"]:
            a_voir.add(g["date_document"])
        for iso in sorted(a_voir):
            if not date_presente(texte, iso):
                erreur(f"{stem} : date {iso} introuvable dans le PDF")
        # heures des cles
        for k in g["cles"]:
            for champ in ("debut", "fin"):
                v = k.get(champ)
                if v and "T" in v and not heure_presente(texte, v[11:]):
                    erreur(f"{stem} : heure {v} ({k['type']}) introuvable")
        # codes
        brut_sp = brut.replace("\u00a0", " ")
        for c in g["codes"]:
            if not motif_code(c).search(brut_sp):
                erreur(f"{stem} : code {c} introuvable")
        en_trop = codes_du_texte(brut) - set(g["codes"]) - set(g["codes_optionnels"])
        if en_trop:
            erreur(f"{stem} : codes du texte absents du gold : {sorted(en_trop)}")
        # centres
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in texte:
                    erreur(f"{stem} : mot de centre « {w} » introuvable")
            if c["ville"] and plier(c["ville"]) not in texte and plier(c["ville"]).replace("-", " ") not in texte:
                erreur(f"{stem} : ville « {c['ville']} » introuvable")
        if VERBEUX:
            print(f"ok   {stem} : {n} jours de semaine vérifiés, {len(a_voir)} dates, "
                  f"{len(g['codes'])} codes, {len(g['centres'])} centres")
    print(f"{len(golds)} gold(s) contrôlés, {len(erreurs)} erreur(s)")
    return 1 if erreurs else 0


if __name__ == "__main__":
    sys.exit(main())
