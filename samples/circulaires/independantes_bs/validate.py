#!/usr/bin/env python3
"""Check the independantes_bs corpus (PDF annotations) without any project code.
- gold shape; gold `format` is the extension of an existing file; every file under 2 MB;
- the text a careful reader sees = page content (pdftotext) + the contents of the annotations that are shown
  (not hidden, still referenced by a page); hidden annotations and annotations deleted by a later revision are
  gathered apart: none of their dates may be in the gold;
- weekdays written anywhere (content and every annotation) agree with the calendar;
- every gold date / date_document / code / centre word and city / hour of a key is in the seen text;
- per document traps (struck dates, old hours, holidays, note dates, replaced centre) exist in the file and do
  not leak into the gold;
- structure: the annotated files are incremental updates (the Toulouse one begins with the exact bytes of the
  initial version); the flattened one has no annotation left but shows the corrections in its content; the
  Nantes file keeps an unreferenced (deleted) annotation; the national note's annotations have no appearance
  stream; the scan has no text layer and its gold is its source's but for `document`."""
import datetime as dt, glob, json, logging, os, re, subprocess, sys, unicodedata

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []
logging.disable(logging.WARNING)  # pypdf chatter while walking every object number

# dates (and key moments) that the files contain but a careful reader does not retain
TRAPS = {
    "circulaire_sam_2026_toulouse_annotee": {"dates": ["2026-04-10", "2026-04-21", "2026-05-14", "2026-05-25", "2026-01-09", "2026-03-16"],
                                             "moments": ["2026-05-11T13:00"], "mots": []},
    "circulaire_sam_2026_toulouse_aplat": {"dates": ["2026-04-10", "2026-05-14", "2026-05-25", "2026-01-09", "2026-03-16"],
                                           "moments": ["2026-05-11T13:00"], "mots": []},
    "circulaire_sam_2026_toulouse_initiale": {"dates": ["2026-05-14", "2026-05-25", "2026-01-09"],
                                              "moments": ["2026-05-11T14:00"], "mots": []},
    "circulaire_cira_2027_lyon": {"dates": ["2027-04-22", "2027-06-28", "2027-05-14", "2027-05-17"],
                                  "moments": ["2027-05-11T13:00", "2027-04-22T14:00"], "mots": []},
    "circulaire_ndrc_2028_nantes": {"dates": ["2028-04-19", "2028-06-26", "2028-06-05", "2028-05-25"],
                                    "moments": ["2028-04-19T10:00"], "mots": []},
    "note_nationale_crsa_2029": {"dates": ["2029-05-18", "2029-05-10", "2029-05-21", "2027-11-17"],
                                 "moments": ["2029-05-15T14:00"], "mots": []},
    "circulaire_abm_2030_limoges": {"dates": ["2030-05-30", "2030-06-10"], "moments": [], "mots": ["turgot"]},
}


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t or "")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


# ---------------------------------------------------------------- reading a PDF and its annotations
def annotations(path):
    """(shown, hidden, deleted): lists of annotation dictionaries."""
    r = PdfReader(path)
    shown, hidden, referenced = [], [], set()
    for page in r.pages:
        for ref in page.get("/Annots", []):
            referenced.add(ref.idnum)
            a = ref.get_object()
            if a.get("/Subtype") == "/Popup":
                continue
            (hidden if int(a.get("/F", 0)) & 2 else shown).append(a)
    deleted = []
    for num in range(1, int(r.trailer["/Size"])):
        try:
            o = r.get_object(num)
        except Exception:
            continue
        if isinstance(o, DictionaryObject) and o.get("/Type") == "/Annot" and num not in referenced \
                and o.get("/Subtype") != "/Popup":
            deleted.append(o)
    return r, shown, hidden, deleted


def contents(annots):
    return "\n".join(str(a.get("/Contents", "")) for a in annots)


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}", rf"\b{d.day:02d}/{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,45}}?\b{month}"]  # « du mardi 18 au vendredi 21 mai », cut by a cell
    return any(re.search(p, text) for p in pats)


def hour_present(text, h, mi):
    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h\b", rf"\b{h:02d}:{mi:02d}"]
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", fold(text)):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        if dt.date(year, MOIS.index(mm.group(1)) + 1, dd).weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is not a {m.group(1)}")


# ---------------------------------------------------------------- gold shape
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


def gold_dates(g):
    return {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}


def moments(g):
    return {k[f] for k in g["cles"] for f in ("debut", "fin") if len(k.get(f) or "") > 10}


# ---------------------------------------------------------------- main
def main():
    golds = {os.path.basename(p)[: -len(".gold.json")]: json.load(open(p, encoding="utf-8"))
             for p in sorted(glob.glob(os.path.join(HERE, "*.gold.json")))}
    for f in os.listdir(HERE):
        if os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    for stem, g in golds.items():
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file")
            continue
        raw = open(path, "rb").read()
        session = g["examen"]["session"]
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            src = golds[stem[: -len("_scan")]]
            if {k: v for k, v in src.items() if k != "document"} != {k: v for k, v in g.items() if k != "document"}:
                err(f"{stem}: gold differs from its source's")
            print(f"{stem}.pdf: scan, {len(PdfReader(path).pages)} page(s)")
            continue
        reader, shown, hidden, deleted = annotations(path)
        content = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        content += "\n" + subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout  # reading order
        seen = fold(content + "\n" + contents(shown))
        apart = fold(contents(hidden) + "\n" + contents(deleted))
        check_weekdays(content + "\n" + contents(shown) + "\n" + apart, stem, session)
        # presence
        for s in g["dates"]:
            for v in s:
                if v and not date_present(seen, v):
                    err(f"{stem}: date {v} not seen")
        if g["date_document"] and not date_present(seen, g["date_document"]):
            err(f"{stem}: date_document not seen")
        compact = re.sub(r"[\s.\-–]", "", (content + contents(shown)).upper())
        for c in g["codes"]:
            if c not in compact:
                err(f"{stem}: code {c} not seen")
        for c in g["centres"]:
            for w in c["mots"] + ([fold(c["ville"])] if c["ville"] else []):
                if w not in seen:
                    err(f"{stem}: centre word {w} not seen")
        for m in moments(g):
            if not hour_present(seen, int(m[11:13]), int(m[14:16])):
                err(f"{stem}: hour of {m} not seen")
        # traps: dates of hidden / deleted annotations, and the listed ones
        for m in re.finditer(r"\b(1er|\d{1,2})\s+(" + "|".join(MOIS) + r")\b", apart):
            iso = dt.date(session, MOIS.index(m.group(2)) + 1, int(m.group(1).replace("er", ""))).isoformat()
            if iso in gold_dates(g):
                err(f"{stem}: date {iso} of a hidden/deleted annotation is in the gold")
        trap = TRAPS[stem]
        everything = fold(content + "\n" + contents(shown) + "\n" + apart)
        for v in trap["dates"]:
            if not date_present(everything, v):
                err(f"{stem}: trap {v} absent from the file")
            if v in gold_dates(g):
                err(f"{stem}: trap {v} leaked into the gold")
        for m in trap["moments"]:
            if m in moments(g):
                err(f"{stem}: trap moment {m} leaked into the gold")
        for w in trap["mots"]:
            if w not in everything:
                err(f"{stem}: trap word {w} absent")
            if any(w in c["mots"] for c in g["centres"] + g["centres_optionnels"]):
                err(f"{stem}: trap word {w} leaked into the centres")
        # structure
        revisions = raw.count(b"%%EOF")
        if stem.endswith("_initiale"):
            if shown or hidden or deleted or revisions != 1:
                err(f"{stem}: the initial version must have no annotation and one revision")
        elif stem.endswith("_aplat"):
            if shown or hidden or "14 avril 2026" not in content or "14 h a 18 h" not in fold(content):
                err(f"{stem}: not flattened as expected")
        else:
            if len(shown) < 5 or revisions < 2:
                err(f"{stem}: expected an incremental update with annotations ({len(shown)}, {revisions})")
        if stem.endswith("_annotee"):
            first = open(os.path.join(HERE, stem.replace("_annotee", "_initiale") + ".pdf"), "rb").read()
            if not raw.startswith(first):
                err(f"{stem}: does not begin with the bytes of the initial version")
        if stem == "circulaire_ndrc_2028_nantes" and (len(deleted) != 1 or revisions < 3):
            err(f"{stem}: expected one deleted annotation in a third revision")
        if stem == "circulaire_cira_2027_lyon" and len(hidden) != 1:
            err(f"{stem}: expected one hidden annotation")
        if stem.startswith("note_nationale") and any("/AP" in a for a in shown if a["/Subtype"] in ("/FreeText", "/Stamp")):
            err(f"{stem}: FreeText / Stamp should have no appearance stream")
        kinds = sorted({a["/Subtype"][1:] for a in shown})
        print(f"{stem}.pdf: {revisions} revision(s), annotations shown {len(shown)} ({', '.join(kinds)}), "
              f"hidden {len(hidden)}, deleted {len(deleted)}")
    # pairs
    a, b = golds["circulaire_sam_2026_toulouse_annotee"], golds["circulaire_sam_2026_toulouse_aplat"]
    if {k: v for k, v in a.items() if k != "document"} != {k: v for k, v in b.items() if k != "document"}:
        err("annotee / aplat golds differ")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
