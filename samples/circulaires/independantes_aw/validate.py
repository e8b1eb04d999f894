#!/usr/bin/env python3
"""Check the independantes_aw corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, types, normalised codes, each cle's span listed in `dates`, folded centre words);
- weekdays written in the PDF text agree with the calendar;
- every gold date, code, centre word, city and cle hour is findable in the `pdftotext` text of the PDF;
- theme check: in the DOCX/ODT sources, the codes produced by list numbering are NOT in the paragraph text,
  and the field results (date of the circular, deposit deadline) are only cached field results;
- the *_scan.pdf has no text layer, no fonts, and is at most 200 dpi; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
CODE = re.compile(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?")
# codes that only exist as list numbering in the source (never in the runs / paragraph text)
NUMBERED = {
    "circulaire_cg_2027_rennes.docx": ["E1", "E2", "E3", "E31", "E32", "E4", "E42"],
    "circulaire_pi_2025_dijon.docx": ["E1", "E2", "E3", "E5", "E51", "E52", "E6"],
    "note_nationale_fed_2029.docx": ["E1", "E2", "E3", "E31", "E32", "E4", "E5", "E51", "E52", "E6"],
    "circulaire_tourisme_2028_toulouse.odt": ["E1", "E2", "E3", "E21", "E22"],
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing key {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split must be holdout")
    if g.get("portee") not in ("academique", "nationale"):
        err(f"{name}: portee {g.get('portee')}")
    if g["portee"] == "nationale" and (g["examen"]["academie"] is not None or g["centres"]):
        err(f"{name}: national note with an académie or centres")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session must be an int")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.fullmatch(c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans in dates")
    for s in g["dates"] + g["dates_optionnelles"]:
        if len(s) != 2 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[0]) or (s[1] is not None and (
                not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[1]) or s[1] <= s[0])):
            err(f"{name}: bad span {s}")
    for k in g["cles"]:
        if k["type"] not in TYPES:
            err(f"{name}: cle type {k['type']}")
        for f in ("debut", "fin"):
            if f in k and not ISO.fullmatch(k[f]):
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
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded: {c}")


def date_present(flat, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|0?{d.day})\s+{month}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,45}}?\b{month}\b",       # « du lundi 1er au mercredi 3 juin »
            rf"\b{d.day:02d}/{d.month:02d}/{d.year}\b"]
    return any(re.search(p, flat) for p in pats)


def check_weekdays(flat, name, session):
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\s+(" + "|".join(MOIS)
                         + r")\b(?:\s+(\d{4}))?", flat):
        year = int(m.group(4)) if m.group(4) else session
        d = dt.date(year, MOIS.index(m.group(3)) + 1, int(m.group(2).replace("er", "")))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    # « du lundi 31 mai au vendredi 4 juin 2027 » / « du lundi 8 au jeudi 11 juin 2026 »: first day of a span
    for m in re.finditer(r"\bdu (lundi|mardi|mercredi|jeudi|vendredi) (1er|\d{1,2})(?: (" + "|".join(MOIS)
                         + r"))? au (?:lundi|mardi|mercredi|jeudi|vendredi) \d{1,2} (" + "|".join(MOIS) + r")(?: (\d{4}))?", flat):
        month = m.group(3) or m.group(4)
        year = int(m.group(5)) if m.group(5) else session
        d = dt.date(year, MOIS.index(month) + 1, int(m.group(2).replace("er", "")))
        n += 1
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: span start '{m.group(0)}' is a {JOURS[d.weekday()]}")
    if n < 5:
        err(f"{name}: only {n} weekday-dated mentions checked")


def hour_present(flat, hhmm):
    h, mi = int(hhmm[:2]), int(hhmm[3:])
    pats = [rf"\b{h}\s*h\s*{mi:02d}\b", rf"\b0?{h}:{mi:02d}\b"] + ([rf"\b{h}\s*h\b(?!\s*\d)"] if mi == 0 else [])
    return any(re.search(p, flat) for p in pats)


def code_in(text, c):
    """The code, possibly written with spaces, dots or dashes between its characters (« E2.1 », « E 31 »)."""
    pat = r"[ .\-–]?".join(re.escape(ch) for ch in c)
    return re.search(rf"(?<![A-Z0-9]){pat}(?![0-9])", text.upper()) is not None


def source_text(path):
    """Paragraph text of a DOCX (w:t only, i.e. what the runs hold) or of an ODT (text:p / text:h content)."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml" if path.endswith(".docx") else "content.xml").decode("utf-8")
    if path.endswith(".docx"):
        return " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)), xml
    return re.sub(r"<[^>]+>", " ", xml), xml


def check_sources():
    for fname, codes in NUMBERED.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            err(f"{fname}: missing"); continue
        text, xml = source_text(path)
        for c in codes:
            if code_in(text, c):
                err(f"{fname}: code {c} is in the paragraph text, it should come from the numbering only")
        if fname.endswith(".docx") and "<w:numPr>" not in xml:
            err(f"{fname}: no numbering")
    # Lille: date of the circular and deposit deadline only as cached field results
    path = os.path.join(HERE, "circulaire_crsa_2026_lille.docx")
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    if "CREATEDATE" not in xml or xml.count("DOCVARIABLE DateLimiteDepot") != 2:
        err("lille docx: fields missing")
    for cached in ("20 janvier 2026", "vendredi 17 avril 2026"):
        for m in re.finditer(re.escape(cached), xml):
            before = xml[: m.start()]
            if before.rfind('w:fldCharType="separate"') < before.rfind('w:fldCharType="end"'):
                err(f"lille docx: '{cached}' outside a field result")
    if "<w:br/>" not in xml or "<w:tab/>" not in xml:
        err("lille docx: no line break or tab in cells")
    path = os.path.join(HERE, "note_nationale_fed_2029.docx")
    with zipfile.ZipFile(path) as z:
        if " TOC " not in z.read("word/document.xml").decode("utf-8"):
            err("fed docx: no TOC field")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field {g['document']}")
        check_shape(g, stem)
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        if stem.endswith("_scan"):
            src = json.load(open(os.path.join(HERE, stem[:-5] + ".gold.json"), encoding="utf-8"))
            for k in KEYS:
                if k not in ("document", "format") and src[k] != g[k]:
                    err(f"{stem}: differs from the source gold in {k}")
            continue
        srcs = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if p.endswith((".docx", ".odt"))]
        if len(srcs) != 1 or not srcs[0].endswith("." + g["format"]):
            err(f"{stem}: source file / format mismatch")
        layout = pdftext(pdf)
        flat = re.sub(r"\s+", " ", fold(pdftext(pdf, layout=False)))
        flat = re.sub(r"(\w)- (\w)", r"\1-\2", flat)
        check_weekdays(flat, stem, g["examen"]["session"])
        for s in g["dates"]:
            for v in s:
                if v and not date_present(flat, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(flat, g["date_document"]):
            err(f"{stem}: date_document not found")
        for c in g["codes"]:
            if not code_in(layout, c):
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in flat:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in flat:
                err(f"{stem}: ville {c['ville']} not found")
        sig = g["examen"]["sigle"]
        if sig and f"({sig.lower()})" not in flat:
            err(f"{stem}: sigle {sig} not found")
        if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in flat:
            err(f"{stem}: académie not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(flat, k[f][11:]):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
    check_sources()
    for f in sorted(glob.glob(os.path.join(HERE, "*_scan.pdf"))):
        if pdftext(f).strip():
            err(f"{os.path.basename(f)}: text layer present")
        fonts = subprocess.run(["pdffonts", f], capture_output=True, text=True).stdout.strip().splitlines()
        if len(fonts) > 2:
            err(f"{os.path.basename(f)}: fonts present")
        for line in subprocess.run(["pdfimages", "-list", f], capture_output=True, text=True).stdout.splitlines()[2:]:
            cols = line.split()
            if int(cols[-4]) > 200 or int(cols[-3]) > 200:
                err(f"{os.path.basename(f)}: image above 200 dpi")
    for f in sorted(glob.glob(os.path.join(HERE, "*"))):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: larger than 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
