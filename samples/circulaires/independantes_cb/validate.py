#!/usr/bin/env python3
"""Check the independantes_cb corpus (académie web pages saved as HTML and printed by Chromium) without any
project code:
- gold shape (types, normalised codes, every key's span listed in `dates`, portee / academie, split, format);
- each gold names an existing file of its `format`, every file is under 2 MB, the HTML gold and its PDF print
  (`*_impression`) have the same content but for `document` and `format`;
- the text (HTML without style/script, or `pdftotext` in reading order, whitespace collapsed) has weekdays consistent with the calendar;
- every gold date, the date_document, every code, every centre word and town, every hour of a key is in the text;
- the traps (holidays, reference texts, sidebar news, update date) are in the text and in no gold date list,
  and are not the date_document; the HTML's article:published_time is the gold's date_document."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
# dates written in the pages that are not events of the session (must stay out of every gold date list)
TRAPS = {
    "page_ndrc_2028_bordeaux": ["2027-12-09", "2028-05-25", "2028-06-05", "2028-01-12", "2028-01-09", "2027-12-20"],
    "page_et_2027_toulouse": ["2026-12-14", "2027-05-06", "2027-05-17"],
    "page_sam_2029_nantes": ["2029-03-05"],
    "page_crsa_2030_strasbourg": ["2030-04-19", "2030-02-04", "2030-01-28"],
    "page_ci_2031_reims": ["2031-05-23", "2031-06-02"],
}
# sidebar news: the site's print stylesheet hides the sidebar, so these are only in the HTML
HTML_ONLY = {"2028-01-12", "2028-01-09", "2027-12-20", "2030-02-04", "2030-01-28"}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("\u00a0", " "))
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


class Text(HTMLParser):
    BLOCK = {"p", "li", "tr", "h1", "h2", "h3", "div", "br", "td", "th", "caption", "address", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n" if tag not in ("td", "th") else " | ")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(path):
    if path.endswith(".html"):
        parser = Text()
        parser.feed(open(path, encoding="utf-8").read())
        return "".join(parser.out)
    # reading order, cells wrapped by the print joined back into one line
    raw = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", raw)


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


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}", rf"\b{d.day:02d}[/.]{d.month:02d}[/.]{d.year}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;|]{{0,45}}?\b{month}"]  # « du lundi 22 au mercredi 24 mai »
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, where, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if mm:
            d = dt.date(int(mm.group(2)) if mm.group(2) else session, MOIS.index(mm.group(1)) + 1, dd)
            if d.weekday() != wd:
                err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?\s+(\d{2})/(\d{2})/(\d{4})", t):
        w = m.group(1)
        wd = JOURS.index(w) if w in JOURS else ABR[w]
        d = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    return n


def hour_present(t, h, mi):
    pats = [rf"\b0?{h}\s*h\s*{mi:02d}", rf"\b0?{h}:{mi:02d}"] + ([rf"\b0?{h}\s*h(?!\s*\d)"] if mi == 0 else [])
    return any(re.search(p, t) for p in pats)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}")
            continue
        base = stem[: -len("_impression")] if stem.endswith("_impression") else stem
        if base != stem:
            src = json.load(open(os.path.join(HERE, base + ".gold.json"), encoding="utf-8"))
            strip = lambda x: {k: v for k, v in x.items() if k not in ("document", "format")}
            if strip(src) != strip(g) or g["format"] != "pdf":
                err(f"{stem}: gold differs from {base}'s")
        else:
            raw = open(path, encoding="utf-8").read()
            m = re.search(r'article:published_time" content="(\d{4}-\d{2}-\d{2})', raw)
            if not m or m.group(1) != g["date_document"]:
                err(f"{stem}: published_time differs from date_document")
        session = g["examen"]["session"]
        t = fold(text_of(path))
        nabbr = check_weekdays(t, stem, session)
        for s in g["dates"]:
            for v in s:
                if v and not date_present(t, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(t, g["date_document"]):
            err(f"{stem}: date_document not found")
        if str(session) not in t or fold(g["examen"]["academie"]) not in t or fold(g["examen"]["sigle"]) not in t:
            err(f"{stem}: session / académie / sigle not in text")
        compact = re.sub(r"[\s.\-–]", "", t.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(t, int(k[f][11:13]), int(k[f][14:16])):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
        listed = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        for trap in TRAPS[base]:
            if not date_present(t, trap) and not (trap in HTML_ONLY and path.endswith(".pdf")):
                err(f"{stem}: trap {trap} not in text")
            if date_present(t, trap) and path.endswith(".pdf") and trap in HTML_ONLY:
                err(f"{stem}: sidebar trap {trap} printed although the print stylesheet hides the sidebar")
            if trap in listed or trap == g["date_document"]:
                err(f"{stem}: trap {trap} leaks into the gold")
        print(f"{stem}.{g['format']}: {len(g['dates'])} spans, {len(g['cles'])} keys, {len(TRAPS[base])} traps, "
              f"{nabbr} numeric dates with weekday checked")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
