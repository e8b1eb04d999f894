#!/usr/bin/env python3
"""Check the independantes_ap corpus without any project code.
- gold shape; - weekdays written in the texts agree with the calendar;
- every gold date / code / centre word / ville / hour of a key event is findable in the PDF text (pdftotext);
- theme checks: AcroForm values, scrambled drawing order, rotation by content transform (no /Rotate),
  DOCX date pickers and fields, tagged PDF whose hidden passages carry no gold date;
- the *_scan.pdf has no text layer and is at most 200 dpi; every file is under 2 MB."""
import datetime as dt, glob, html, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
# dates written in the documents that are NOT events (holidays, cited texts, hidden or superseded text, print date)
NON_EVENTS = {
    "circulaire_gpme_2026_rennes": ["2026-05-25", "2026-01-08"],
    "circulaire_crsa_2027_lille": ["2027-05-06", "2027-05-07", "2027-05-17", "2014-07-21", "2027-01-12"],
    "circulaire_tourisme_2028_grenoble": ["2028-04-15", "2028-05-01", "2028-05-25", "2028-06-05", "2018-04-05", "2028-01-11"],
    "circulaire_electrotechnique_2029_orleans-tours": ["2029-05-10", "2029-05-11", "2029-05-21", "2028-12-07"],
    "circulaire_cg_2025_normandie": ["2025-04-04", "2025-05-26", "2025-05-30", "2025-06-26", "2025-06-09", "2025-02-12",
                                     "2020-07-29", "2025-01-16"],
}
HIDDEN_NORMANDIE = ["vendredi 4 avril 2025", "lundi 26 au vendredi 30 mai 2025", "jeudi 26 juin 2025", "Marie Curie"]
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def err(msg):
    errors.append(msg)


def pdftext(path, mode="-layout"):
    return subprocess.run(["pdftotext", mode, path, "-"], capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] == "nationale" and g["examen"]["academie"] is not None:
        err(f"{name}: national note with an académie")
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
        if list(sp) not in g["dates"]:
            err(f"{name}: cle span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")
    base = name[:-5] if name.endswith("_scan") else name
    used = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
    for d in NON_EVENTS.get(base, []):
        if d in used:
            err(f"{name}: non-event {d} is in the gold")


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 22 au mercredi 24 mai »
    return any(re.search(p, text) for p in pats)


def hour_present(text, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:5])
    pats = [rf"(?<!\d)0?{h}\s*h\s*{mi:02d}", rf"(?<!\d)0?{h}:{mi:02d}"]
    if mi == 0:
        pats.append(rf"(?<!\d)0?{h}\s*h(?!\s*\d)")
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, name, session):
    t = fold(text)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


def check_text(stem, g, text, what):
    ft = fold(text)
    check_weekdays(text, f"{stem} [{what}]", g["examen"]["session"])
    for s in g["dates"]:
        for v in s:
            if v and not date_present(ft, v):
                err(f"{stem} [{what}]: date {v} not found")
    if g["date_document"] and not date_present(ft, g["date_document"]):
        err(f"{stem} [{what}]: date_document not found")
    compact = re.sub(r"[\s.\-–]", "", text.upper())
    for c in g["codes"] + g["codes_optionnels"]:
        if c not in compact:
            err(f"{stem} [{what}]: code {c} not found")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in ft:
                err(f"{stem} [{what}]: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in ft and fold(c["ville"]).replace("-", " ") not in ft:
            err(f"{stem} [{what}]: ville {c['ville']} not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            if len(k.get(f) or "") > 10 and not hour_present(ft, k[f][11:]):
                err(f"{stem} [{what}]: hour {k[f]} of {k['type']} not found")


# ------------------------------------------------------------------ theme checks
def theme_rennes(stem, g, pdf):
    from pypdf import PdfReader
    r = PdfReader(pdf)
    if "/AcroForm" not in r.trailer["/Root"]:
        err(f"{stem}: no AcroForm"); return
    values = " ".join(str(f.get("/V", "")) for f in (r.get_fields() or {}).values())
    static = "".join(p.extract_text(extraction_mode="plain") or "" for p in r.pages)  # page content only, no widgets
    for s in g["dates"]:
        for v in s:
            if v:
                d = dt.date.fromisoformat(v).strftime("%d/%m/%Y")
                if d not in values:
                    err(f"{stem}: {d} is not a field value")
                if d in static:
                    err(f"{stem}: {d} is in the static page content (should only be a field value)")
    empties = [n for n, f in (r.get_fields() or {}).items() if f.get("/FT") == "/Tx" and not f.get("/V")]
    if len(empties) < 3:
        err(f"{stem}: expected some empty fields (E2 row, cadre réservé)")


def theme_lille(stem, g, pdf):
    from pypdf import PdfReader
    raw = "".join(p.extract_text(extraction_mode="plain") or "" for p in PdfReader(pdf).pages)
    stream_order = pdftext(pdf, "-raw")
    for word in ("Valenciennes", "Hainaut", "juin", "Condorcet"):
        if word in stream_order.replace("\n", ""):
            err(f"{stem}: '{word}' readable in content-stream order — not scrambled")
    if "Valenciennes" not in pdftext(pdf):
        err(f"{stem}: layout text does not rebuild the words")
    htm = P_(stem + ".html")
    if os.path.exists(htm):
        text = html.unescape(re.sub(r"<[^>]+>", " ", open(htm, encoding="utf-8").read()))
        check_text(stem, g, text, "html")
    else:
        err(f"{stem}: html version missing")
    _ = raw


def theme_grenoble(stem, g, pdf):
    from pypdf import PdfReader
    r = PdfReader(pdf)
    rotated = 0
    for i, p in enumerate(r.pages):
        if p.get("/Rotate") not in (None, 0):
            err(f"{stem}: page {i + 1} has /Rotate")
        if float(p.mediabox.width) > float(p.mediabox.height):
            err(f"{stem}: page {i + 1} is landscape")
        data = p.get_contents().get_data()
        if re.search(rb"(?:^|\s)[0-9.e-]+\s+1\s+-1\s+[0-9.e-]+\s+[0-9.]+\s+[0-9.]+\s+cm", data) or \
           re.search(rb"6\.12323[0-9]*e-17\s+1\s+-1", data):
            rotated += 1
    if rotated != 1:
        err(f"{stem}: expected exactly one page turned by a cm operator, found {rotated}")
    cal = pdftext(pdf + "", "-layout")
    if "Annexe 1" not in cal:
        err(f"{stem}: annex not extracted")
    check_docx_text(stem, g, P_(stem + ".docx"))


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml)), z


def check_docx_text(stem, g, path):
    if not os.path.exists(path):
        err(f"{stem}: docx missing"); return
    text, _ = docx_text(path)
    check_text(stem, g, text, "docx")


def theme_orleans(stem, g, pdf):
    path = P_(stem + ".docx")
    check_docx_text(stem, g, path)
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        footer = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/footer"))
        core = z.read("docProps/core.xml").decode("utf-8")
    pickers = set(re.findall(r'w:fullDate="(\d{4}-\d{2}-\d{2})T', xml))
    quotes = re.findall(r'QUOTE &quot;(\d\d)/(\d\d)/(\d{4})&quot;|QUOTE "(\d\d)/(\d\d)/(\d{4})"', xml)
    quoted = {f"{q[2] or q[5]}-{q[1] or q[4]}-{q[0] or q[3]}" for q in quotes}
    for s in g["dates"]:
        for v in s:
            if v and v not in pickers | quoted:
                err(f"{stem}: {v} is neither a date picker nor a QUOTE field")
    if "CREATEDATE" not in xml or "2029-01-18" not in core:
        err(f"{stem}: date of the document should be a CREATEDATE field over core.xml")
    if "w:showingPlcHdr" not in xml:
        err(f"{stem}: empty date picker missing")
    if " DATE " not in footer:
        err(f"{stem}: DATE field in the footer missing")


def theme_normandie(stem, g, pdf):
    from pypdf import PdfReader
    root = PdfReader(pdf).trailer["/Root"]
    if "/StructTreeRoot" not in root or not root.get("/MarkInfo", {}).get("/Marked"):
        err(f"{stem}: PDF is not tagged")
    text = pdftext(pdf)
    for h in HIDDEN_NORMANDIE:
        if h not in text:
            err(f"{stem}: hidden passage '{h}' not in the text layer (the trap would be missing)")
    with zipfile.ZipFile(P_(stem + ".odt")) as z:
        content = z.read("content.xml").decode("utf-8"); styles = z.read("styles.xml").decode("utf-8")
    if 'style:name="Blanc"' not in styles or 'fo:color="#ffffff"' not in styles or 'style:run-through="foreground"' not in content:
        err(f"{stem}: hidden-text styles missing in the ODT")
    check_text(stem, g, re.sub(r"<[^>]+>", " ", content), "odt")


THEMES = {"circulaire_gpme_2026_rennes": theme_rennes, "circulaire_crsa_2027_lille": theme_lille,
          "circulaire_tourisme_2028_grenoble": theme_grenoble,
          "circulaire_electrotechnique_2029_orleans-tours": theme_orleans,
          "circulaire_cg_2025_normandie": theme_normandie}


def P_(name):
    return os.path.join(HERE, name)


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = P_(stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        if stem.endswith("_scan"):
            src = json.load(open(P_(stem[:-5] + ".gold.json"), encoding="utf-8"))
            for k in src:
                if k not in ("document", "format") and src[k] != g[k]:
                    err(f"{stem}: gold differs from its source on {k}")
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            out = subprocess.run(["pdfimages", "-list", pdf], capture_output=True, text=True).stdout.splitlines()[2:]
            for line in out:
                cols = line.split()
                if int(cols[12]) > 200 or int(cols[13]) > 200:
                    err(f"{stem}: scan above 200 dpi")
            continue
        check_text(stem, g, pdftext(pdf), "pdf")
        THEMES[stem](stem, g, pdf)
    for f in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(f) > 2_000_000:
            err(f"{os.path.basename(f)}: larger than 2 MB")
    scans = glob.glob(os.path.join(HERE, "*_scan.pdf"))
    if len(scans) != 1:
        err(f"expected exactly one scan, found {len(scans)}")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
