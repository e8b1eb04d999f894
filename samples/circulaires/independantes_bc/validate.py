#!/usr/bin/env python3
"""Check the independantes_bc corpus without any project code.
- gold shape (fields, normalised codes, every cle's span listed in dates, folded centre words);
- every gold date / code / centre word + city / cle hour is findable in EVERY file of the circular
  (PDF through pdftotext; CSV decoded; XLSX through openpyxl cached values; ODS through its XML incl. the footer);
- weekdays written next to dates agree with the calendar;
- the spreadsheet features the README promises are really there (date/time cells, merges, hidden column,
  cached formula values, encodings, BOM);
- the scan has no text layer and is <= 200 dpi; every file < 2 MB.
Run: /work/main/.venv/bin/python validate.py   (prints OK)"""
import csv, datetime as dt, glob, io, json, os, re, subprocess, sys, unicodedata, zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
# dates written in the documents that must NOT be events (holidays, cited texts, versions, exports)
NOT_EVENTS = {
    "circulaire_pi_2026_rennes": ["2026-05-14", "2026-05-15", "2026-04-18", "2026-05-04", "2026-01-19"],
    "circulaire_cg_2027_lille": ["2027-05-06", "2027-05-17", "2026-12-07"],
    "circulaire_tpl_2028_normandie": ["2028-05-25", "2028-06-05"],
    "note_nationale_ol_2029": ["2029-05-10", "2027-04-12", "2028-09-21"],
    "circulaire_tourisme_2025_grenoble": ["2025-05-29", "2025-06-09", "2024-12-17"],
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\xa0", " ")


# ------------------------------------------------------------------ text of each kind of file
def text_pdf(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def text_csv(path):
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def show(v):
    if isinstance(v, dt.datetime):
        v = v.date()
    if isinstance(v, dt.date):
        return f"{JOURS[v.weekday()]} {v.day} {MOIS[v.month - 1]} {v.year} {v:%d/%m/%Y}"
    if isinstance(v, dt.time):
        return f"{v:%H:%M}"
    return str(v)


def text_xlsx(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            lines.append(" | ".join(show(c.value) for c in row if c.value is not None))
    return "\n".join(lines)


def text_ods(path):
    z = zipfile.ZipFile(path)
    out = []
    for part in ("content.xml", "styles.xml"):
        x = z.read(part).decode("utf-8")
        x = re.sub(r"</text:p>|</table:table-row>", "\n", x)
        x = re.sub(r"<[^>]+>", " ", x)
        out.append(x.replace("&apos;", "'").replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<"))
    return "\n".join(out)


READERS = {".pdf": text_pdf, ".csv": text_csv, ".xlsx": text_xlsx, ".ods": text_ods}


# ------------------------------------------------------------------ checks
def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee")
    if g["portee"] == "nationale" and (g["examen"]["academie"] is not None or g["centres"]):
        err(f"{name}: national note with an académie or centres")
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
    for bad in NOT_EVENTS.get(name.replace("_scan", ""), []):
        if any(bad in s for s in g["dates"] + g["dates_optionnelles"]):
            err(f"{name}: non-event {bad} listed as a date")
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
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:1er|0?{d.day})\s+{month}\b", rf"\b{d.day:02d}/{d.month:02d}/{d.year}\b", rf"\b{iso}\b"]
    return any(re.search(p, t) for p in pats)


def hour_present(t, hh, mm):
    return bool(re.search(rf"\b{hh:02d}:{mm:02d}\b|\b{hh:02d}h{mm:02d}\b|\b{hh}\s*h\s*{mm:02d}\b", t))


def check_weekdays(t, name, fname):
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\s+(" +
                         "|".join(MOIS) + r")\s+(\d{4})", t):
        d = dt.date(int(m.group(4)), MOIS.index(m.group(3)) + 1, int(m.group(2).replace("er", "")))
        n += 1
        if JOURS[d.weekday()] != m.group(1):
            err(f"{fname}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(\d{2})/(\d{2})/(\d{4})\s{1,30}(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", t):
        d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        n += 1
        if JOURS[d.weekday()] != m.group(4):
            err(f"{fname}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    return n


def check_content(g, name, path):
    fname = os.path.basename(path)
    t = fold(READERS[os.path.splitext(path)[1]](path))
    if not t.strip():
        err(f"{fname}: no text")
        return
    check_weekdays(t, name, fname)
    for s in g["dates"]:
        for v in s:
            if v and not date_present(t, v):
                err(f"{fname}: date {v} not found")
    if g["date_document"] and not date_present(t, g["date_document"]):
        err(f"{fname}: date_document not found")
    if str(g["examen"]["session"]) not in t:
        err(f"{fname}: session not found")
    if g["examen"]["academie"] and fold(g["examen"]["academie"]) not in t:
        err(f"{fname}: académie not found")
    if g["examen"]["sigle"] and not re.search(rf"\b{g['examen']['sigle'].lower()}\b", t):
        err(f"{fname}: sigle not found")
    words = set(re.findall(r"[a-z0-9]+", re.sub(r"(?<=[a-z])[\s.\-–]+(?=\d)", "", t)))
    for c in g["codes"]:
        if c.lower() not in words:
            err(f"{fname}: code {c} not found")
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in t:
                err(f"{fname}: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in t:
            err(f"{fname}: ville {c['ville']} not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            v = k.get(f)
            if v and len(v) > 10 and not hour_present(t, int(v[11:13]), int(v[14:16])):
                err(f"{fname}: hour {v} of {k['type']} not found")


def check_features():
    P = lambda n: os.path.join(HERE, n)
    # Rennes xlsx: real date/time cells, French long date format, vertical merge, hidden column, 3 sheets
    wb = openpyxl.load_workbook(P("circulaire_pi_2026_rennes.xlsx"))
    ws = wb["Calendrier"]
    if [s.title for s in wb.worksheets] != ["Calendrier", "Centres", "Légende"]:
        err("rennes: sheets")
    if not ws.column_dimensions["H"].hidden:
        err("rennes: column H not hidden")
    if not any(r.min_col == 1 and r.max_col == 1 and r.max_row > r.min_row for r in ws.merged_cells.ranges):
        err("rennes: no vertical date merge")
    dates = [c for row in ws.iter_rows() for c in row if isinstance(c.value, dt.datetime)]
    times = [c for row in ws.iter_rows() for c in row if isinstance(c.value, dt.time)]
    if len(dates) < 12 or len(times) < 12 or not any("dddd d mmmm yyyy" in c.number_format for c in dates):
        err("rennes: date/time cells")
    # OL xlsx: formulas with cached values
    f = openpyxl.load_workbook(P("note_nationale_ol_2029.xlsx"))
    v = openpyxl.load_workbook(P("note_nationale_ol_2029.xlsx"), data_only=True)
    fs = [(c.coordinate, c.value) for row in f.active.iter_rows() for c in row
          if isinstance(c.value, str) and c.value.startswith("=")]
    if len(fs) < 7:
        err("ol: formulas missing")
    for coord, _ in fs:
        if v.active[coord].value is None:
            err(f"ol: no cached value in {coord}")
    # Lille ODS: date-value / time-value cells, rows spanned, footer with the date
    z = zipfile.ZipFile(P("circulaire_cg_2027_lille.ods"))
    c, s = z.read("content.xml").decode(), z.read("styles.xml").decode()
    if z.namelist()[0] != "mimetype" or 'office:value-type="date"' not in c or 'office:value-type="time"' not in c \
            or "number-rows-spanned" not in c or "07/12/2026" not in s or "07/12/2026" in c:
        err("lille: ods features")
    # CSVs: encodings, separators, constant field count
    raw = open(P("circulaire_tpl_2028_normandie.csv"), "rb").read()
    try:
        raw.decode("utf-8")
        err("normandie: should be cp1252, decodes as UTF-8")
    except UnicodeDecodeError:
        pass
    if b"\r\n" not in raw:
        err("normandie: CRLF expected")
    rows = list(csv.reader(io.StringIO(raw.decode("cp1252"), newline=""), delimiter=";"))
    if len({len(r) for r in rows}) != 1:
        err(f"normandie: field counts {sorted({len(r) for r in rows})}")
    raw = open(P("circulaire_tourisme_2025_grenoble.csv"), "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        err("grenoble: BOM expected")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    if len({len(r) for r in rows}) != 1:
        err(f"grenoble: field counts {sorted({len(r) for r in rows})}")
    # scan
    sc = P("circulaire_cg_2027_lille_scan.pdf")
    if text_pdf(sc).strip():
        err("scan has a text layer")
    lst = subprocess.run(["pdfimages", "-list", sc], capture_output=True, text=True).stdout.splitlines()[2:]
    if not lst or any(int(l.split()[12]) > 200 for l in lst):
        err("scan: resolution above 200 dpi")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        name = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != name:
            err(f"{name}: document field")
        check_shape(g, name)
        files = [p for p in glob.glob(os.path.join(HERE, name + ".*")) if not p.endswith((".gold.json",))]
        if not files:
            err(f"{name}: no document")
        if not any(p.endswith("." + g["format"]) for p in files):
            err(f"{name}: no file of format {g['format']}")
        if name.endswith("_scan"):
            continue
        for p in files:
            check_content(g, name, p)
    for p in glob.glob(os.path.join(HERE, "*")):
        if os.path.getsize(p) > 2_000_000:
            err(f"{os.path.basename(p)}: over 2 MB")
    check_features()
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
