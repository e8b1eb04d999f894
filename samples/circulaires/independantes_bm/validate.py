#!/usr/bin/env python3
"""Check the independantes_bm corpus (archives and bundles) without any project code.
- gold shape; gold `format` is the extension of an existing file; every file under 2 MB;
- the text of a bundle is gathered piece by piece: .zip entries (recursively, nested zips included),
  PDF text (pdftotext) plus the PDF's embedded files, DOCX text plus its embedded objects, XLSX cells, TXT;
- weekdays written in every piece agree with the calendar;
- every gold date / code / centre word and city / hour of a key is findable in the pieces of the session
  (pieces whose file name carries another year - the previous session's circular - are left out), and no gold
  date appears in those older pieces;
- the *_scan.pdf has no text layer and no attachment, and its gold equals its source's gold but for document."""
import datetime as dt, glob, io, json, os, re, subprocess, sys, tempfile, unicodedata, zipfile
from xml.etree import ElementTree as ET

from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
JUNK = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$|~\$)")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


# ---------------------------------------------------------------- text of a bundle, piece by piece
def pieces(name, data):
    """Yield (piece name, text) for a file given as bytes, recursing into archives and embedded files."""
    ext = name.lower().rsplit(".", 1)[-1]
    if ext == "zip":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for info in zf.infolist():
                if info.is_dir() or JUNK.search(info.filename):
                    continue
                yield from pieces(info.filename, zf.read(info))
    elif ext == "pdf":
        with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
            fh.write(data); fh.flush()
            text = subprocess.run(["pdftotext", "-layout", fh.name, "-"], capture_output=True, text=True).stdout
        yield name, text
        seen = set()
        for att, blobs in PdfReader(io.BytesIO(data)).attachments.items():
            for blob in blobs:
                if (att, len(blob)) not in seen:
                    seen.add((att, len(blob)))
                    yield from pieces(att, blob)
    elif ext == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            root = ET.fromstring(zf.read("word/document.xml"))
            paras = ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
            yield name, "\n".join(paras)
            for emb in zf.namelist():
                if emb.startswith("word/embeddings/"):
                    yield from pieces(emb, zf.read(emb))
    elif ext == "xlsx":
        wb = load_workbook(io.BytesIO(data))
        lines = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if isinstance(v, dt.datetime) and v.time() == dt.time(0):
                        d = v.date(); cells.append(f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} ({d:%d/%m/%Y})")
                    elif isinstance(v, dt.date) and not isinstance(v, dt.datetime):
                        cells.append(f"{JOURS[v.weekday()]} {v.day} {MOIS[v.month - 1]} {v.year} ({v:%d/%m/%Y})")
                    elif isinstance(v, dt.time):
                        cells.append(v.strftime("%H:%M"))
                    elif v is not None:
                        cells.append(str(v))
                lines.append(" | ".join(cells))
        yield name, "\n".join(lines)
    elif ext == "txt":
        try:
            yield name, data.decode("utf-8")
        except UnicodeDecodeError:
            yield name, data.decode("cp1252")
    else:
        err(f"unexpected piece {name}")


# ---------------------------------------------------------------- checks
def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    for s in g["dates"]:
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


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 15 au mercredi 17 mai »
    return any(re.search(p, text) for p in pats)


def date_with_year(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    return bool(re.search(rf"\b(?:{day}|{d.day})\s+{MOIS[d.month - 1]}\s+{d.year}|\b{d.day:02d}/{d.month:02d}/{d.year}", text))


def check_weekdays(text, where, session):
    t = fold(text)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


def other_year(piece, session):
    years = {int(y) for y in re.findall(r"20[2-3]\d", os.path.basename(piece))}
    return bool(years) and session not in years


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        data = open(path, "rb").read()
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            if PdfReader(path).attachments:
                err(f"{stem}: scan has attachments")
            src = json.load(open(os.path.join(HERE, stem[: -len("_scan")] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in src.items() if k != "document"} != {k: v for k, v in g.items() if k != "document"}:
                err(f"{stem}: gold differs from its source's")
            continue
        session = g["examen"]["session"]
        parts = list(pieces(os.path.basename(path), data))
        current = [(n, t) for n, t in parts if not other_year(n, session)]
        older = [(n, t) for n, t in parts if other_year(n, session)]
        for n, t in parts:
            years = [int(y) for y in re.findall(r"20[2-3]\d", os.path.basename(n))]
            check_weekdays(t, f"{stem}:{n}", years[0] if years else session)
        ft = fold("\n".join(t for _, t in current))
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found in the session's pieces")
                for n, t in older:
                    if v and date_with_year(fold(t), v):
                        err(f"{stem}: gold date {v} also in older piece {n}")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", "\n".join(t for _, t in current).upper())
        for c in g["codes"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in ft:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10:
                    h, mi = int(k[f][11:13]), int(k[f][14:16])
                    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h\b", rf"\b{h:02d}:{mi:02d}", rf"\b{h}:{mi:02d}"]
                    if not any(re.search(p, ft) for p in pats):
                        err(f"{stem}: hour {k[f]} of {k['type']} not found")
        print(f"{stem}.{g['format']}: {len(current)} piece(s) of the session, {len(older)} older piece(s)")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
