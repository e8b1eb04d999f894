#!/usr/bin/env python3
"""Check the independantes_bi corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, types, normalised codes, every key event's span listed in `dates`);
- weekdays written in the PDF text agree with the calendar;
- every gold date, code, centre word and city, and every hour of a key event is findable in `pdftotext` of the PDF;
- the long documents have 35 to 60 pages and their table of contents gives the right page numbers;
- the scan has no text layer, its gold equals its source's gold (but `document`/`format`), and the source pages it
  reproduces (cover + annex 1) hold every gold date, code and hour;
- every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
LONG = {"note_nationale_ms_2027", "circulaire_cg_2028_rennes"}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\xa0", " ")


def pdftext(path, first=None, last=None, layout=True):
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + (["-f", str(first), "-l", str(last)] if first else []) + [path, "-"]
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def npages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


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
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        if int(s[0][:4]) != g["examen"]["session"]:
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


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}\b", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,60}}?\b{month}\b"]  # « du lundi 7 juin au vendredi 11 juin », wrapped cells
    return any(re.search(p, t) for p in pats)


def hour_present(t, h, mi):
    pats = [rf"\b{h}\s*h\s*{mi:02d}", rf"\b{h:02d}:{mi:02d}"] + ([rf"\b{h}\s*h\b"] if mi == 0 else [])
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b(?=([^.;]{0,70}))", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        try:
            d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        except ValueError:
            err(f"{name}: impossible date {m.group(0)[:30]}"); continue
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:40]}' is a {JOURS[d.weekday()]}")


def check_content(g, t, name, centres=True):
    for s in g["dates"]:
        for v in s:
            if v and not date_present(t, v):
                err(f"{name}: date {v} not found")
    if g["date_document"] and not date_present(t, g["date_document"]):
        err(f"{name}: date_document not found")
    up = t.upper()
    for c in g["codes"]:
        pat = r"(?<![A-Z0-9])" + r"[ .\-–]?".join(map(re.escape, c)) + r"(?![0-9])"
        if not re.search(pat, up):
            err(f"{name}: code {c} not found")
    if centres:
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in t:
                    err(f"{name}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in t:
                err(f"{name}: ville {c['ville']} not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            v = k.get(f)
            if v and len(v) > 10 and not hour_present(t, int(v[11:13]), int(v[14:16])):
                err(f"{name}: hour {v} of {k['type']} not found")


def scan_source_pages(pdf):
    """Cover and the pages of annex 1 (same rule as build.py)."""
    pages = [re.sub(r"\s+", " ", pdftext(pdf, i, i)) for i in range(1, npages(pdf) + 1)]
    a1 = next(i for i, t in enumerate(pages) if "ANNEXE 1 – Calendrier national" in t and "SOMMAIRE" not in t)
    a2 = next(i for i, t in enumerate(pages) if "ANNEXE 2 – Grilles" in t and i > a1)
    return [1] + list(range(a1 + 1, a2 + 1))


def check_toc(pdf, name):
    n = npages(pdf)
    pages = [fold(re.sub(r"\s+", " ", pdftext(pdf, i, i))) for i in range(1, n + 1)]
    toc = fold(pdftext(pdf, 1, 3))
    entries = re.findall(r"^\s*(\S.*?\S)\.{4,}\s*(\d+)\s*$", toc, re.M)
    if len(entries) < 10:
        err(f"{name}: table of contents not found ({len(entries)} entries)")
    for text, page in entries:
        key = re.sub(r"\s+", " ", text)
        if not (1 <= int(page) <= n) or key not in pages[int(page) - 1]:
            err(f"{name}: TOC entry '{text}' not on page {page}")
    if not 35 <= n <= 60:
        err(f"{name}: {n} pages, expected 35–60")
    return len(entries), n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        if stem.endswith("_scan"):
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            src_stem = stem[: -len("_scan")]
            src = json.load(open(os.path.join(HERE, src_stem + ".gold.json"), encoding="utf-8"))
            a = {k: v for k, v in g.items() if k not in ("document", "format")}
            b = {k: v for k, v in src.items() if k not in ("document", "format")}
            if a != b:
                err(f"{stem}: gold differs from its source's gold")
            src_pdf = os.path.join(HERE, src_stem + ".pdf")
            pages = scan_source_pages(src_pdf)
            if npages(pdf) != len(pages):
                err(f"{stem}: {npages(pdf)} pages, source pages {pages}")
            t = fold("\n".join(pdftext(src_pdf, p, p) for p in pages) + "\n".join(pdftext(src_pdf, p, p, False) for p in pages))
            check_content(g, t, stem + " (source pages)")
            print(f"{stem}: scan of source pages {pages}")
            continue
        if not [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith((".gold.json", ".pdf"))]:
            err(f"{stem}: no source file")
        t = fold(pdftext(pdf) + "\n" + pdftext(pdf, layout=False))
        check_weekdays(fold(pdftext(pdf, layout=False)), stem, g["examen"]["session"])
        check_content(g, t, stem)
        if stem in LONG:
            k, n = check_toc(pdf, stem)
            print(f"{stem}: {n} pages, {k} TOC entries checked")
    for f in sorted(glob.glob(os.path.join(HERE, "*"))):
        if os.path.getsize(f) >= 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
