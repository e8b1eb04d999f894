#!/usr/bin/env python3
"""Check the independantes_by corpus (accessible web pages and their Chromium prints) without any project code.
- gold shape; `format` is the extension of an existing file; every file under 2 MB;
- text of a page: every text node of the HTML (script/style left out), i.e. what a screen reader can reach,
  including .sr-only / .visually-hidden text and closed <details>; the « visible » text (without hidden, aria-hidden
  and closed-panel text) is computed too; text of a print: pdftotext -layout;
- weekdays written in every text agree with the calendar;
- every gold date / date_document / code / centre word and city / hour of a key is findable in the text;
- every <time datetime> of a page is a gold date, the publication date or a declared trap (stale attribute);
- declared traps (holidays, arrêtés, stale attributes) are not in the gold;
- what the prints lose is really lost (sr-only hour of Nantes, closed panels of Toulouse), and the pairs of golds
  differ only where the brief says."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
VOID = {"br", "meta", "img", "input", "link", "hr", "wbr", "source", "col"}
TRAPS = {  # dates that a careless reader could take for events
    "circulaire_crci_2027_nantes": ["2026-05-14", "2027-05-06", "2027-05-17", "2019-04-09", "2027-01-19"],
    "circulaire_mecp_2028_toulouse": ["2028-05-08", "2028-05-25", "2028-06-05", "2028-02-08"],
    "circulaire_abm_2029_lyon": ["2029-05-10", "2029-05-21", "2029-01-15"],
    "note_nationale_mhr_2030": ["2026-03-12", "2029-09-04", "2030-05-30", "2030-06-10", "2030-01-14"],
}
STALE_ATTRIBUTES = {"circulaire_crci_2027_nantes": {"2026-05-14T08:00"}}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("\u00a0", " "))
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


class Page(HTMLParser):
    """All text, visible text and <time datetime> values of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.all, self.visible, self.datetimes = [], [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "time" and a.get("datetime"):
            self.datetimes.append(a["datetime"])
        if tag in VOID:
            if tag == "br":
                self.all.append("\n"); self.visible.append("\n")
            return
        classes = (a.get("class") or "").split()
        hidden = bool({"sr-only", "visually-hidden"} & set(classes)) or a.get("aria-hidden") == "true"
        closed = tag == "details" and "open" not in a
        parent_closed = bool(self.stack) and self.stack[-1][0] == "details" and self.stack[-1][2]
        self.stack.append((tag, hidden or (parent_closed and tag != "summary"), closed))
        if tag in ("p", "li", "tr", "h1", "h2", "h3", "div", "caption", "summary", "td", "th"):
            self.all.append("\n"); self.visible.append("\n")

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if any(t in ("script", "style") for t, _, _ in self.stack):
            return
        data = re.sub(r"\s+", " ", data)  # source line breaks are mere spaces in HTML
        self.all.append(data)
        if not any(h for _, h, _ in self.stack):
            self.visible.append(data)


def read_page(path):
    p = Page()
    p.feed(open(path, encoding="utf-8").read())
    norm = lambda parts: re.sub(r"[ \t]+", " ", "".join(parts))
    return norm(p.all), norm(p.visible), p.datetimes


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    for s in g["dates"] + g["dates_optionnelles"]:
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


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}", rf"\b{d.day:02d}/{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 15 au mercredi 17 mai »
    return any(re.search(p, text) for p in pats)


def hour_present(text, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h\b", rf"\b{h:02d}:{mi:02d}"]
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", text):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        d = dt.date(int(mm.group(2)) if mm.group(2) else session, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


def gold_days(g):
    days = set()
    for s in g["dates"] + g["dates_optionnelles"]:
        days.update(v for v in s if v)
    for k in g["cles"]:
        days.update(k[f][:10] for f in ("debut", "fin") if f in k)
    return days


def strip(g, *keys):
    return {k: v for k, v in g.items() if k not in keys}


def main():
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    golds = {}
    for gp in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        golds[stem] = g
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        page = re.sub(r"_(imprime|deplie)$", "", stem)
        if g["format"] == "html":
            text, visible, datetimes = read_page(path)
            for v in datetimes:
                if v in STALE_ATTRIBUTES.get(page, set()):
                    continue
                if v[:10] not in gold_days(g) | {g["date_document"]}:
                    err(f"{stem}: <time datetime={v}> is neither a gold date nor a declared trap")
        else:
            text = visible = pdf_text(path)
        raw = fold(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout) if g["format"] == "pdf" else ""
        text, visible = fold(text), fold(visible)
        session = g["examen"]["session"]
        check_weekdays(text, stem, session)
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(text, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(text, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in text:
                    err(f"{stem}: centre word {w} not found")
            squeeze = lambda t: re.sub(r"[\s-]", "", t)  # a town cut at its hyphen by a table cell: « Saint-⏎Romain »
            if c["ville"] and fold(c["ville"]) not in text and squeeze(fold(c["ville"])) not in squeeze(raw):
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(text, k[f][11:16]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
        for t in TRAPS.get(page, []):
            if t in gold_days(g):
                err(f"{stem}: trap {t} leaked into the gold")
        print(f"{stem}.{g['format']}: {len(text)} characters, {len(visible)} visible")
    # what the prints lose, and how the golds of a pair differ
    nantes_pdf = fold(pdf_text(os.path.join(HERE, "circulaire_crci_2027_nantes_imprime.pdf")))
    if re.search(r"10 h a 12 h", nantes_pdf):
        err("nantes print: the sr-only hour of E2 was printed")
    _, vis, _ = read_page(os.path.join(HERE, "circulaire_crci_2027_nantes.html"))
    if "10 h a 12 h" in fold(vis) or "10 h a 12 h" not in fold(read_page(os.path.join(HERE, "circulaire_crci_2027_nantes.html"))[0]):
        err("nantes page: the E2 hour must be in screen-reader text only")
    a, b = golds["circulaire_crci_2027_nantes"], golds["circulaire_crci_2027_nantes_imprime"]
    diff = [(x, y) for x, y in zip(a["cles"], b["cles"]) if x != y]
    if strip(a, "document", "format", "cles") != strip(b, "document", "format", "cles") or len(diff) != 1 \
            or diff[0][0]["epreuves"] != [["E2"]] or diff[0][1]["debut"] != "2027-05-12":
        err("nantes pair: golds must differ only by the hour of E2")
    closed = fold(pdf_text(os.path.join(HERE, "circulaire_mecp_2028_toulouse_imprime.pdf")))
    for inside in ("18 avril", "15 au", "27 juin", "13 h 30", "E41", "e41"):
        if inside.lower() in closed:
            err(f"toulouse print: '{inside}' from a closed panel was printed")
    opened = fold(pdf_text(os.path.join(HERE, "circulaire_mecp_2028_toulouse_deplie.pdf")))
    for inside in ("18 avril", "27 juin", "13 h 30"):
        if inside not in opened:
            err(f"toulouse unfolded print: '{inside}' missing")
    _, vis, _ = read_page(os.path.join(HERE, "circulaire_mecp_2028_toulouse.html"))
    if "18 avril" in fold(vis):
        err("toulouse page: the panels should be closed")
    for base, other in (("circulaire_mecp_2028_toulouse", "_deplie"), ("circulaire_abm_2029_lyon", "_imprime"),
                        ("note_nationale_mhr_2030", "_imprime")):
        if strip(golds[base], "document", "format") != strip(golds[base + other], "document", "format"):
            err(f"{base}{other}: gold should equal the page's")
    _, vis, _ = read_page(os.path.join(HERE, "note_nationale_mhr_2030.html"))
    if re.search(r"mardi 14 mai\W{0,3}9 h", fold(vis)) or "9 h a 11 h" in fold(vis):
        err("mhr page: the E21 hour must stay in the datetime attribute")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
