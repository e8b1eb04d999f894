#!/usr/bin/env python3
"""Check the independantes_bl corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, normalised codes, ISO dates, every cle span listed in `dates`, cle codes listed in codes);
- weekdays written in the PDF text agree with the calendar;
- every gold date, code, centre word, city and cle hour is findable in the `pdftotext` text of the PDF;
- the PPTX/ODP sources are well-formed zips of well-formed XML and hold the same dates and codes
  (slides + speaker notes; hidden slides are read too);
- the scan has no text layer; every file is under 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels", "centres",
        "centres_optionnels", "dates", "dates_optionnelles", "cles")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def err(m):
    errors.append(m)


def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("\u00a0", " ").replace("\u2019", "'"))
    return "".join(c for c in t if not unicodedata.combining(c)).lower()


def flat(t):
    return re.sub(r"\s+", " ", fold(t))


def pdftext(path, layout=True):
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def source_text(path):
    """All text of a PPTX/ODP (a:t / text nodes), checking every XML part parses."""
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if not n.endswith((".xml", ".rels")):
                continue
            data = z.read(n)
            try:
                xml.dom.minidom.parseString(data)
            except Exception as e:  # noqa: BLE001
                err(f"{os.path.basename(path)}: {n} is not well-formed: {e}")
                continue
            if n.startswith(("ppt/slides/", "ppt/notesSlides/")) and n.endswith(".xml"):
                out += re.findall(r"<a:t>([^<]*)</a:t>", data.decode("utf-8"))
            elif n == "content.xml":
                s = re.sub(r"<text:line-break/>|</text:p>", " ", data.decode("utf-8"))
                out.append(re.sub(r"<[^>]+>", "", s))
    return " ".join(x.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                    for x in out)


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing key {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split must be holdout")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie mismatch")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: bad span {s}")
    if spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: a span is both required and optional")
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
        if not c["mots"] or any(w != fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded: {c}")


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day:02d}|{d.day}) {month}\b", rf"\b{d.day:02d}/{d.month:02d}/{d.year}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,40}}?\b{month}\b"]  # « du lundi 18 au vendredi 22 mai »
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2})\b([^.;]{0,50})", t):
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?: (\d{4}))?", m.group(3))
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, int(m.group(2).replace("er", "")))
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)[:40]}' is a {JOURS[d.weekday()]}")


def check_content(t, raw, g, name, hours=True):
    for s in g["dates"]:
        for v in s:
            if v and not date_present(t, v):
                err(f"{name}: date {v} not found")
    if g["date_document"] and not date_present(t, g["date_document"]):
        err(f"{name}: date_document {g['date_document']} not found")
    up = fold(raw).upper()
    for c in g["codes"]:
        pat = r"[\s.\-]?".join(re.escape(ch) for ch in c)
        if not re.search(rf"(?<![A-Z0-9]){pat}(?![0-9])", up):
            err(f"{name}: code {c} not found")
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in t:
                err(f"{name}: centre word {w} not found")
        if c["ville"] and flat(c["ville"]) not in t:
            err(f"{name}: city {c['ville']} not found")
    if hours:
        for k in g["cles"]:
            for f in ("debut", "fin"):
                v = k.get(f)
                if v and len(v) > 10:
                    h, mi = int(v[11:13]), int(v[14:16])
                    pat = rf"\b{h} ?h ?{mi:02d}\b" if mi else rf"\b{h} ?h(?: ?00)?\b"
                    if not re.search(pat, t):
                        err(f"{name}: hour {v} of {k['type']} not found")


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
            err(f"{stem}: no PDF")
            continue
        if stem.endswith("_scan"):
            if pdftext(pdf).strip():
                err(f"{stem}: the scan has a text layer")
            if g["format"] != "pdf":
                err(f"{stem}: format")
            continue
        src = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(src):
            err(f"{stem}: no source .{g['format']}")
            continue
        raw = pdftext(pdf, layout=False)
        t = flat(raw + " " + pdftext(pdf))
        check_weekdays(flat(subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout),
                       stem, g["examen"]["session"])
        check_content(t, raw, g, stem)
        st = source_text(src)
        check_weekdays(flat(st), stem + " (source)", g["examen"]["session"])
        check_content(flat(st), st, g, stem + " (source)")
    for f in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)} is over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
