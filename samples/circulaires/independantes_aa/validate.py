#!/usr/bin/env python3
"""Contrôles du corpus independantes_aa (aucun code du projet) :
forme des gold, jours de semaine cohérents, présence des dates/codes/centres dans le texte PDF,
numérisations sans couche texte. Usage : python validate.py ; code retour 0 si tout est propre."""
import datetime as dt, json, re, subprocess, sys, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation",
         "reunion", "transmission", "jury", "resultats", "autre"}
errors = []


def err(msg): errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).casefold()


def pdftext(pdf):
    # texte « -layout » puis texte en ordre de lecture (cellules de tableau sur plusieurs lignes)
    return "\n".join(subprocess.run(["pdftotext"] + opt + [str(pdf), "-"], capture_output=True, text=True).stdout
                     for opt in (["-layout"], []))


def iso(s, name):
    try:
        return dt.date.fromisoformat(s[:10])
    except Exception:
        err(f"{name}: date invalide {s!r}"); return None


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "centres", "dates", "cles"):
        if k not in g: err(f"{name}: clé manquante {k}")
    if g.get("split") != "holdout": err(f"{name}: split != holdout")
    if g.get("document") + ".gold.json" != name: err(f"{name}: document ne correspond pas au nom")
    ex = g["examen"]
    if set(ex) != {"sigle", "session", "academie"}: err(f"{name}: examen mal formé")
    if (g["portee"] == "nationale") != (ex["academie"] is None): err(f"{name}: portée/académie incohérentes")
    iso(g["date_document"], name)
    for c in g["codes"] + g.get("codes_optionnels", []):
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c): err(f"{name}: code {c}")
    for c in g["centres"] + g.get("centres_optionnels", []):
        if set(c) != {"mots", "ville"} or not c["mots"]: err(f"{name}: centre mal formé {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]): err(f"{name}: dates en double")
    for a, b in g["dates"] + g.get("dates_optionnelles", []):
        da, db = iso(a, name), (iso(b, name) if b else None)
        if da and db and db <= da: err(f"{name}: intervalle {a}..{b}")
        if da and da.year != ex["session"]: err(f"{name}: {a} hors année de session")
    for k in g["cles"]:
        if k["type"] not in TYPES: err(f"{name}: type {k['type']}")
        span = (k["debut"][:10], k["fin"][:10] if "fin" in k and k["fin"][:10] != k["debut"][:10] else None)
        if span not in spans and (span[0], None) not in spans:
            err(f"{name}: clé {k['type']} {span} absente de dates")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g.get("codes_optionnels", []): err(f"{name}: code de clé {c} hors codes")


def date_forms(d):
    j = "1er" if d.day == 1 else str(d.day)
    return [f"{j} {MOIS[d.month-1]}", f"{d.day} {MOIS[d.month-1]}", d.strftime("%d/%m/%y"),
            d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y"),
            f"{JOURS[d.weekday()]} {j} au"]  # début d'intervalle « du lundi 7 au mercredi 9 juin »


def check_text(g, text, name):
    flat = re.sub(r"\s+", " ", text)
    ff = fold(flat)
    for d in [g["date_document"]] + [x for s in g["dates"] for x in s if x]:
        dd = dt.date.fromisoformat(d)
        if not any(f in flat for f in date_forms(dd)): err(f"{name}: date {d} introuvable dans le texte")
    for c in g["codes"]:
        m = re.fullmatch(r"(EF|UF|E|U)(\d)(\d?)", c)
        pat = m.group(1) + r"\s?[.\-–]?\s?" + m.group(2) + (r"\s?[.\-–]?\s?" + m.group(3) if m.group(3) else "")
        if not re.search(r"(?<![A-Za-z])" + pat + r"(?![\d])", flat): err(f"{name}: code {c} introuvable")
    for c in g["centres"]:
        for w in c["mots"]:
            if fold(w) not in ff.replace("-", " ") and fold(w) not in ff: err(f"{name}: mot de centre {w} introuvable")
        if c["ville"] and fold(c["ville"]).replace("-", " ") not in ff.replace("-", " "):
            err(f"{name}: ville {c['ville']} introuvable")
    ex = g["examen"]
    if ex["academie"] and fold(ex["academie"]) not in ff: err(f"{name}: académie introuvable")
    if str(ex["session"]) not in flat: err(f"{name}: session introuvable")
    # cohérence des jours de semaine écrits en toutes lettres ou abrégés
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2})"
                         r"(?: (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))?"
                         r"(?: (\d{4}))?", flat, re.I):
        jour, num, mois, an = m.groups()
        if not mois:  # « du lundi 7 au mercredi 9 juin 2027 » : mois/année pris plus loin
            nxt = re.search(r"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?: (\d{4}))?",
                            flat[m.end():m.end() + 60])
            if not nxt: continue
            mois, an = nxt.group(1), an or nxt.group(2)
        an = int(an) if an else ex["session"]
        d = dt.date(an, MOIS.index(mois) + 1, 1 if num == "1er" else int(num))
        if JOURS[d.weekday()] != jour.lower(): err(f"{name}: « {m.group(0)} » est un {JOURS[d.weekday()]}")
        n += 1
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\. (\d{2})/(\d{2})/(\d{2})", flat):
        d = dt.date(2000 + int(m.group(4)), int(m.group(3)), int(m.group(2)))
        if JOURS[d.weekday()][:3] != m.group(1): err(f"{name}: « {m.group(0)} » incohérent")
        n += 1
    return n


def main():
    golds = sorted(HERE.glob("*.gold.json"))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8")); name = gp.name
        check_shape(g, name)
        stem = g["document"]
        pdf = HERE / f"{stem}.pdf"
        if not pdf.exists(): err(f"{name}: {pdf.name} absent"); continue
        if stem.endswith("_scan"):
            if pdftext(pdf).strip(): err(f"{name}: la numérisation a une couche texte")
            fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2:]
            if fonts: err(f"{name}: la numérisation contient des polices")
            src = json.load(open(HERE / f"{stem[:-5]}.gold.json", encoding="utf-8"))
            for k in ("examen", "date_document", "codes", "centres", "dates", "cles"):
                if src[k] != g[k]: err(f"{name}: diffère de la source sur {k}")
            print(f"{name}: numérisation sans texte, {len(fonts)} police")
            continue
        n = check_text(g, pdftext(pdf), name)
        for other in HERE.glob(stem + ".*"):
            if other.suffix in (".docx", ".odt", ".html"): pass  # même texte source (build.py)
        print(f"{name}: texte contrôlé, {n} jours de semaine vérifiés")
    if errors:
        print("\n".join(["ERREURS :"] + errors)); return 1
    print("validation propre"); return 0


if __name__ == "__main__":
    sys.exit(main())
