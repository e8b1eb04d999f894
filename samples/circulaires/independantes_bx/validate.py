#!/usr/bin/env python3
"""Check the independantes_bx corpus without any project code.
- gold shape; `format` names an existing file; files under 2 MB; the golds of a DOCX, its LibreOffice PDF (_lo)
  and the scan (_scan) are equal but for `document` and `format`;
- text: DOCX paragraphs (body, tables, footer) read from the XML; PDF text from pdftotext (layout and raw);
- weekdays written in the text agree with the calendar;
- every gold date, date_document, code, centre word and city, and every hour of a key is in the text;
- every date of the session's years written in the text is either in the gold (dates, dates_optionnelles,
  date_document) or a declared trap (PIEGES_DATES of textes_*.py); traps are in the text and never in the gold;
  trap centres are in the text and not in the gold;
- the scan has no text layer and as many pages as the PDF it was made from."""
import datetime as dt, glob, importlib, json, os, re, subprocess, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = ["textes_nice", "textes_creteil", "textes_versailles", "textes_besancon", "textes_corse"]
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")
    return re.sub(r"[ \t\u00a0]+", " ", t)


def text_of(path):
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as zf:
            out = []
            for part in [n for n in zf.namelist() if re.match(r"word/(document|footer\d*|header\d*)\.xml$", n)]:
                root = ET.fromstring(zf.read(part))
                for p in root.iter(W + "p"):
                    s = ""
                    for el in p.iter():
                        if el.tag == W + "t":
                            s += el.text or ""
                        elif el.tag in (W + "br", W + "tab"):
                            s += "\n" if el.tag == W + "br" else "\t"
                    out.append(s)
            return "\n".join(out)
    lay = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    raw = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    return lay + "\n" + raw


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
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]) or spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: duplicate spans")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
            elif v is not None and int(v[:4]) != g["examen"]["session"]:
                err(f"{name}: date {v} outside the session year")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
    if g["date_document"] and [g["date_document"], None] in g["dates"] + g["dates_optionnelles"]:
        err(f"{name}: date_document counted as an event")
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
    pats = [rf"\b(?:{day}|{d.day})\s+{month}", rf"\b{d.day:02d}/{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,45}}?\b{month}"]  # « du lundi 18 au vendredi 22 mai », « lundi 4 et mardi 5 juin »
    return any(re.search(p, t) for p in pats)


def dates_written(t, session):
    """Every « [weekday] d mois [yyyy] » of the text, with the year of the next year written within 40 characters."""
    found = set()
    for m in re.finditer(r"\b(1er|\d{1,2})\s+(" + "|".join(MOIS) + r")\b", t):
        after = t[m.end(): m.end() + 40]
        y = re.search(r"\b(19|20)\d{2}\b", after)
        year = int(y.group(0)) if y else session
        try:
            found.add(dt.date(year, MOIS.index(m.group(2)) + 1, int(m.group(1).replace("er", ""))).isoformat())
        except ValueError:
            err(f"impossible date {m.group(0)}")
    for m in re.finditer(r"\b(1er|\d{1,2})\s+et\s+(?:(?:" + "|".join(JOURS) + r")\s+)?(?:1er|\d{1,2})\s+(" + "|".join(MOIS) + r")\b\s+(\d{4})", t):
        found.add(dt.date(int(m.group(3)), MOIS.index(m.group(2)) + 1, int(m.group(1).replace("er", ""))).isoformat())
    return found


def check_weekdays(t, where, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^.;|]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:40]}' is a {JOURS[d.weekday()]}")


def main():
    for f in os.listdir(HERE):
        if os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    traps = {}
    for name in MODULES:
        m = importlib.import_module(name)
        traps[m.STEM] = m
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        base = re.sub(r"_(lo|scan)$", "", stem)
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}")
            continue
        src = json.load(open(os.path.join(HERE, base + ".gold.json"), encoding="utf-8"))
        if {k: v for k, v in src.items() if k not in ("document", "format")} != {k: v for k, v in g.items() if k not in ("document", "format")}:
            err(f"{stem}: gold differs from {base}'s")
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            pages = lambda p: int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", p], capture_output=True, text=True).stdout).group(1))
            if pages(path) != pages(os.path.join(HERE, base + "_lo.pdf")):
                err(f"{stem}: page count differs from the PDF")
            print(f"{stem}.pdf: scan, image only")
            continue
        session = g["examen"]["session"]
        t = fold(text_of(path))
        check_weekdays(t, stem, session)
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(t, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(t, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", t.upper())
        for c in g["codes"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10:
                    h, mi = int(k[f][11:13]), int(k[f][14:16])
                    pats = [rf"\b0?{h}\s*h\s*{mi:02d}" if mi else rf"\b0?{h}\s*h(\b|00)", rf"\b{h:02d}:{mi:02d}"]
                    if not any(re.search(p, t) for p in pats):
                        err(f"{stem}: hour {k[f]} of {k['type']} not found")
        # traps and completeness
        m = traps[base]
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v} | {g["date_document"]}
        for d in m.PIEGES_DATES:
            if d in gold_days:
                err(f"{stem}: trap {d} leaks into the gold")
            if not date_present(t, d):
                err(f"{stem}: trap {d} not in the text")
        written = {d for d in dates_written(t, session) if d >= "2025"}
        for d in sorted(written - gold_days - set(m.PIEGES_DATES)):
            err(f"{stem}: date {d} written in the text is neither gold nor a declared trap")
        for d in sorted(gold_days - written):
            err(f"{stem}: gold date {d} not parsed from the text")
        for w, ville in m.PIEGES_CENTRES:
            if w not in t or fold(ville) not in t:
                err(f"{stem}: trap centre {w} not in the text")
            if any(w in c["mots"] for c in g["centres"] + g["centres_optionnels"]):
                err(f"{stem}: trap centre {w} leaks into the gold")
        print(f"{stem}.{g['format']}: {len(g['dates'])} spans, {len(g['cles'])} keys, {len(m.PIEGES_DATES)} trap dates")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
