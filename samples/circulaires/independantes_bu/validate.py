#!/usr/bin/env python3
"""Check the independantes_bu corpus (calendar workbooks) without any project code. Run with /work/main/.venv/bin/python.
- gold shape; `format` is the extension of an existing file; files under 2 MB; paired golds identical but for
  document/format;
- every workbook is read cell by cell (openpyxl, cached values). The openpyxl-written `_brut.xlsx` must hold formulas
  WITHOUT cached values: it is recalculated by LibreOffice (headless, private profile) into a temporary copy before
  reading. The .ods files are read through a LibreOffice conversion to .xlsx, and their content.xml is also checked
  directly for every gold date (office:date-value);
- cells are split into VISIBLE (visible sheet, row and column) and HIDDEN (hidden/very hidden sheet, hidden row or
  column); comments are kept apart; rows whose status is « Annulé » are CANCELLED;
- weekdays written anywhere agree with the calendar;
- every gold date, date_document, code, centre word and city, and key hour is found in the visible cells;
- traps do not leak: no date of a hidden cell, of a comment, of a public-holiday row or of a cancelled row (unless a
  maintained visible row carries it too) is in `dates` / `dates_optionnelles`; no key puts a cancelled row's code on
  its date;
- the theme features are really in the files: frozen panes, hidden content, comments, formulas, conditional
  formatting (Strasbourg), macro-enabled content type (.xlsm)."""
import datetime as dt, glob, json, os, re, shutil, subprocess, sys, tempfile, unicodedata, zipfile

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="bu_validate_")
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
FERIE = re.compile(r"f[ée]ri|p[âa]ques|ascension|pentec[ôo]te|victoire|f[êe]te", re.I)
errors = []
cancelled_keys = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def render(v):
    if isinstance(v, dt.datetime) and v.time() == dt.time(0):
        v = v.date()
    if isinstance(v, dt.date) and not isinstance(v, dt.datetime):
        return f"{JOURS[v.weekday()]} {v.day} {MOIS[v.month - 1]} {v.year} ({v:%d/%m/%Y})"
    if isinstance(v, dt.time):
        return v.strftime("%H:%M")
    return str(v)


def as_iso(v):
    """ISO date of a cell value: true date, or text « dd/mm/yyyy » / « jeudi 4 juillet 2030 »."""
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        out = [f"{y}-{m}-{d}" for d, m, y in re.findall(r"\b(\d{2})/(\d{2})/(\d{4})\b", v)]
        for d, mo, y in re.findall(r"\b(\d{1,2})(?:er)?\s+(" + "|".join(MOIS) + r")\s+(\d{4})", fold(v)):
            out.append(f"{y}-{MOIS.index(mo) + 1:02d}-{int(d):02d}")
        return out
    return None


def isos(v):
    r = as_iso(v)
    return [] if r is None else ([r] if isinstance(r, str) else r)


def lo(src, fmt):
    out = tempfile.mkdtemp(dir=TMP)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_bu", "--headless", "--convert-to", fmt,
                    "--outdir", out, src], check=True, capture_output=True, timeout=240)
    return os.path.join(out, os.listdir(out)[0])


def read_book(path):
    """Return (records, comments, workbook-with-formulas) where a record is (sheet, row, visible, value)."""
    readable = path
    if path.endswith("_brut.xlsx"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("xl/worksheets/sheet1.xml").decode()
        formulas = re.findall(r"<f>[^<]*</f>(<v>[^<]*</v>)?", xml)
        if len(formulas) < 10:
            err(f"{path}: expected formulas")
        if any(v not in ("", "<v></v>") for v in formulas):
            err(f"{path}: the _brut file must carry no cached value")
        readable = lo(path, "xlsx:Calc MS Excel 2007 XML")
    elif path.endswith(".ods"):
        readable = lo(path, "xlsx:Calc MS Excel 2007 XML")
    wb = load_workbook(readable, data_only=True)
    recs, comments, cancelled = [], [], []
    cancelled_keys.clear()
    for ws in wb.worksheets:
        hidden_cols = {k for k, d in ws.column_dimensions.items() if d.hidden}
        for row in ws.iter_rows():
            r = row[0].row
            row_vis = ws.sheet_state == "visible" and not ws.row_dimensions[r].hidden
            vals = [c.value for c in row]
            is_cancelled = any(isinstance(v, str) and v.strip() == "Annulé" for v in vals)
            for c in row:
                if c.comment:
                    comments.append(c.comment.text)
                if c.value is None:
                    continue
                vis = row_vis and c.column_letter not in hidden_cols
                recs.append((ws.title, r, vis and not is_cancelled, c.value))
            if is_cancelled and row_vis:
                code = vals[0] or ""
                cancelled.append((code, [i for v in vals for i in isos(v)]))
                cancelled_keys.append((ws.title, r, code))
    return recs, comments, cancelled, wb, load_workbook(readable)


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    return bool(re.search(rf"\b(?:{day}|{d.day})\s+{MOIS[d.month - 1]}\s+{d.year}|\b{d.day:02d}/{d.month:02d}/{d.year}", text))


def check_weekdays(text, where):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n|;]{0,45})", text):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b", rest)
        if not mm:
            continue
        ys = re.search(r"\b(20[23]\d)\b", rest[mm.end():])  # « lundi 31 mai au vendredi 4 juin 2027 »
        year = int(ys.group(1)) if ys else int(re.search(r"20[23]\d", where).group(0))
        if dt.date(year, MOIS.index(mm.group(1)) + 1, dd).weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' has a wrong weekday")


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout" or g.get("portee") != "academique" or not g["examen"].get("academie"):
        err(f"{name}: split / portee / academie")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    for s in g["dates"]:
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        if not s[0].startswith(str(g["examen"]["session"])):
            err(f"{name}: date {s} outside the session year")
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


def check_features(path, stem, wb_formulas, comments, recs):
    ext = path.rsplit(".", 1)[-1]
    if not comments:
        err(f"{stem}: no cell comment")
    if all(vis for _, _, vis, _ in recs):
        err(f"{stem}: no hidden content")
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        if ext == "ods":
            settings = z.read("settings.xml").decode()
            if 'config:name="HorizontalSplitMode" config:type="short">2' not in settings:
                err(f"{stem}: no frozen pane")
            content = z.read("content.xml").decode()
            values = set(re.findall(r'office:date-value="(\d{4}-\d{2}-\d{2})', content))
            return content, values
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        if 'state="frozen"' not in sheet:
            err(f"{stem}: no frozen pane")
        ctypes = z.read("[Content_Types].xml").decode()
        if ext == "xlsm" and "macroEnabled" not in ctypes:
            err(f"{stem}: .xlsm without the macro-enabled content type")
    return None, None


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    by_source = {}
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        key = json.dumps({k: v for k, v in g.items() if k not in ("document", "format")}, sort_keys=True)
        by_source.setdefault(re.sub(r"_(brut|ods|xlsx|macros)$", "", stem), set()).add(key)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        recs, comments, cancelled, wb, wbf = read_book(path)
        cancelled_rows = {(s, r) for s, r, _ in cancelled_keys}
        content, ods_dates = check_features(path, stem, wbf, comments, recs)
        visible = "\n".join(render(v) for _, _, vis, v in recs if vis)
        hidden = [v for sheet, r, vis, v in recs if not vis and (sheet, r) not in cancelled_rows]
        fv = fold(visible)
        check_weekdays(fold("\n".join(render(v) for *_, v in recs) + "\n" + "\n".join(comments)), stem)
        gold_days = {d for s in g["dates"] + g["dates_optionnelles"] for d in s if d}
        for s in g["dates"]:
            for d in s:
                if d and not date_present(fv, d):
                    err(f"{stem}: date {d} not in the visible cells")
                if d and ods_dates is not None and d not in ods_dates and not date_present(fold(content), d):
                    err(f"{stem}: date {d} not in content.xml")
        if not date_present(fv, g["date_document"]):
            err(f"{stem}: date_document not visible")
        compact = re.sub(r"[\s.\-–]", "", visible.upper())
        for c in g["codes"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"]:
            for w in c["mots"]:
                if w not in fv:
                    err(f"{stem}: centre word {w} not found")
            if fold(c["ville"]) not in fv:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and k[f][11:16] not in visible:
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
        # --- traps
        traps = {}
        for v in hidden:
            for d in isos(v):
                traps.setdefault(d, "hidden cell")
        for text in comments:
            for d in isos(text):
                traps.setdefault(d, "comment")
        for sheet, r, vis, v in recs:
            if isinstance(v, str) and FERIE.search(v) and sheet == "Paramètres":
                for s2, r2, _, v2 in recs:
                    if s2 == sheet and r2 == r:
                        for d in isos(v2):
                            traps.setdefault(d, "public holiday")
        maintained = {d for sheet, r, vis, v in recs if vis for d in isos(v)}  # cancelled rows are not "vis"
        for code, ds in cancelled:
            for d in ds:
                if d not in maintained:
                    traps.setdefault(d, "cancelled row")
                for k in g["cles"]:
                    if k["debut"][:10] == d and any(code.strip() in alts for alts in k.get("epreuves", [])):
                        err(f"{stem}: key puts cancelled {code} on {d}")
        if not traps:
            err(f"{stem}: no trap found")
        for d, why in sorted(traps.items()):
            if d in gold_days:
                err(f"{stem}: trap date {d} ({why}) is in the gold")
        print(f"{stem}.{g['format']}: {sum(1 for r in recs if r[2])} visible / {len(hidden)} hidden cells, "
              f"{len(comments)} comment(s), {len(cancelled)} cancelled row(s), {len(traps)} trap date(s)")
        if "-v" in sys.argv:
            print("    traps:", ", ".join(f"{d} ({w})" for d, w in sorted(traps.items())))
    for src, keys in by_source.items():
        if len(keys) != 1:
            err(f"{src}: paired golds differ")
    # Strasbourg: the greying is a real conditional format, in both files
    for f in ("calendrier_gpme_2029_strasbourg_xlsx.xlsx",):
        if not load_workbook(os.path.join(HERE, f)).worksheets[0].conditional_formatting:
            err(f"{f}: no conditional formatting")
    with zipfile.ZipFile(os.path.join(HERE, "calendrier_gpme_2029_strasbourg.ods")) as z:
        if "style:condition=" not in z.read("content.xml").decode():
            err("calendrier_gpme_2029_strasbourg.ods: no conditional formatting")
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
