#!/usr/bin/env python3
"""Check the independantes_bz corpus (bilingual letterheads) without any project code.
- gold shape (types, normalised codes, each key's span in `dates`, portee/academie, split holdout);
- gold `format` is the extension of an existing file; every file under 2 MB;
- text of each document (pdftotext / DOCX XML incl. footer / ODT XML / HTML stripped): weekdays agree with dates;
- every gold date, date_document, code, centre word and city, and key hour is in the text;
- traps (TRAPS of the texts module: regional festivals, holidays, the letter's date) are in the text and in no
  gold date span; the regional spellings of towns are present in the text but never used as a gold `ville`;
- the *_scan.pdf has no text layer and its gold equals its source's but for `document`; paired golds agree."""
import datetime as dt, glob, html.parser, json, os, re, subprocess, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
MODULES = {"corse": "textes_corse", "rennes": "textes_rennes", "strasbourg": "textes_strasbourg",
           "bordeaux": "textes_bordeaux", "polynesie": "textes_polynesie"}
REGIONAL = {"corse": ["Aiacciu", "Corti", "Portivechju"], "rennes": ["Kemper", "Roazhon", "An Oriant", "Sant-Brieg"],
            "strasbourg": ["Strossburi", "Milhüsa", "Colmer"], "bordeaux": ["Baiona", "Angelu", "Donibane Lohizune"],
            "polynesie": ["Pape'ete", "Puna'auia", "Ra'iātea"]}
PAIRS = {"circulaire_ndrc_2027_corse_imprimee": "circulaire_ndrc_2027_corse",
         "circulaire_et_2028_rennes_web": "circulaire_et_2028_rennes",
         "circulaire_sam_2029_strasbourg_scan": "circulaire_sam_2029_strasbourg",
         "circulaire_gpme_2030_bordeaux_export": "circulaire_gpme_2030_bordeaux"}
errors = []
err = errors.append


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")
    return re.sub(r"[ \t\u00a0\u202f]+", " ", t)


class Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "br", "tr", "td", "th", "h2", "div", "footer"):
            self.out.append("\n")


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        # layout text, then reading-order text: table cells wrapped over several lines stay together in the latter
        return "\n".join(subprocess.run(["pdftotext"] + opt + [path, "-"], capture_output=True, text=True).stdout
                         for opt in (["-layout"], []))
    if ext == "docx":
        W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        with zipfile.ZipFile(path) as zf:
            parts = [n for n in zf.namelist() if re.match(r"word/(document|footer\d*|header\d*)\.xml$", n)]
            out = []
            for n in parts:
                root = ET.fromstring(zf.read(n))
                out += ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
        return "\n".join(out)
    if ext == "odt":
        T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
        with zipfile.ZipFile(path) as zf:
            out = []
            for n in ("content.xml", "styles.xml"):
                root = ET.fromstring(zf.read(n))
                for p in root.iter():
                    if p.tag in (T + "p", T + "h"):
                        out.append("".join(p.itertext()))
        return "\n".join(out)
    if ext == "html":
        s = Strip(); s.feed(open(path, encoding="utf-8").read()); return html.unescape("".join(s.out))
    err(f"{path}: unknown format"); return ""


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale") or (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        if not s[0].startswith(str(g["examen"]["session"])):
            err(f"{name}: span {s} outside the session year")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.match(k[f]):
                err(f"{name}: cle {f} {k[f]}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g["codes_optionnels"]:
                    err(f"{name}: cle code {c} not in codes")
        fin = k.get("fin")
        sp = (k["debut"][:10], None if not fin or fin[:10] == k["debut"][:10] else fin[:10])
        if sp not in spans:
            err(f"{name}: cle span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^.;|]{{0,45}}?\b{month}"]  # « du mardi 18 au vendredi 21 mai »
    return any(re.search(p, text) for p in pats)


def check_weekdays(t, where, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^.;|]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        d = dt.date(int(mm.group(2)) if mm.group(2) else session, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    G = {}
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        G[stem] = g
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        region = next(r for r in MODULES if r in stem)
        M = __import__(MODULES[region])
        gold_spans = {tuple(s) for s in g["dates"] + g["dates_optionnelles"]}
        for iso in M.TRAPS:
            if any(iso in s for s in gold_spans) or iso == g["date_document"] and iso in str(g["cles"]):
                err(f"{stem}: trap {iso} leaks into the gold")
        for c in g["centres"]:
            if c["ville"] in REGIONAL[region]:
                err(f"{stem}: gold city {c['ville']} is a regional spelling")
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            print(f"{stem}.{g['format']}: image only")
            continue
        raw = text_of(path)
        ft = fold(raw)
        flat = re.sub(r"\s+", " ", re.sub(r"(\w)-\s*\n\s*", r"\1-", ft))  # « Saint-Jean-de-\\nLuz »
        session = g["examen"]["session"]
        check_weekdays(flat, stem, session)
        for s in g["dates"]:
            for v in s:
                if v and not date_present(flat, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(flat, g["date_document"]):
            err(f"{stem}: date_document not found")
        for iso in M.TRAPS:
            if not date_present(flat, iso):
                err(f"{stem}: trap {iso} not in the text")
        for name in REGIONAL[region]:
            if fold(name) not in flat:
                err(f"{stem}: regional name {name} not in the text")
        compact = re.sub(r"[\s.\-–]", "", raw.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in flat:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]).replace("-", "") not in flat.replace("-", ""):  # « Saint-Jean-de-|Luz »
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10:
                    h, mi = int(k[f][11:13]), int(k[f][14:16])
                    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h(\s*00)?\b", rf"\b{h:02d}:{mi:02d}"]
                    if not any(re.search(p, flat) for p in pats):
                        err(f"{stem}: hour {k[f]} of {k['type']} not found")
        print(f"{stem}.{g['format']}: {len(flat)} characters of text")
    for a, b in PAIRS.items():
        if a in G and b in G:
            strip = lambda g: {k: v for k, v in g.items() if k not in ("document", "format")}
            if strip(G[a]) != strip(G[b]):
                err(f"{a}: gold differs from {b}")
        else:
            err(f"pair {a} / {b} incomplete")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
