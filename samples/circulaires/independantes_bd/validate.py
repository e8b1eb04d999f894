#!/usr/bin/env python3
"""Check the independantes_bd corpus without any project code.
Run: /work/main/.venv/bin/python validate.py   (prints OK at the end when everything holds)

- gold shape (keys, split holdout, codes normalised, each key event's span listed in `dates`, folded centre words);
- every file of each gold is there and under 2 MB;
- the text layer of each PDF is what the theme says it is:
    rennes      fonts without /ToUnicode, pdftotext gives no readable French;
    lille       no font at all (pdffonts empty), pdftotext gives nothing;
    montpellier Type 3 fonts only, pdftotext gives other characters than the page shows;
    et          TrueType font with a ToUnicode map, letters right but digits wrong (dates of the gold missing);
    orleans     an ordinary PDF, its pdftotext text carries everything;
- since pdftotext cannot be trusted for four of the five PDFs, the content checks (every gold date, code, centre
  word and city, every hour of the key events, weekdays agreeing with dates) run on a rendering of each PDF read by
  tesseract (pdftoppm -r 200 -gray, tesseract -l fra --psm 4) and on the companion DOCX / Markdown / text file.
OCR results are cached in /tmp/bd_validate by file hash."""
import datetime as dt, glob, hashlib, json, os, re, subprocess, sys, unicodedata

from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = "/tmp/bd_validate"
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
FILES = {  # stem -> (companion files, kind of text layer of the PDF)
    "circulaire_cg_2027_rennes": ([".docx"], "no_tounicode"),
    "circulaire_sn_2028_lille": ([".md"], "outlines"),
    "circulaire_mhr_2026_montpellier": ([".txt"], "type3"),
    "circulaire_gpme_2029_orleans-tours": ([".docx"], "normal"),
    "note_nationale_et_2027": ([], "swapped_digits"),
}
errors, notes = [], []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def pdftext(path):
    return run(["pdftotext", "-layout", path, "-"])


def pdffonts(path):
    lines = run(["pdffonts", path]).splitlines()[2:]
    return [ln for ln in lines if ln.strip()]


def ocr(path):
    os.makedirs(CACHE, exist_ok=True)
    h = hashlib.sha256(open(path, "rb").read()).hexdigest()[:16]
    cached = os.path.join(CACHE, h + ".txt")
    if os.path.exists(cached):
        return open(cached, encoding="utf-8").read()
    prefix = os.path.join(CACHE, h)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", path, prefix], check=True)
    out = []
    for png in sorted(glob.glob(prefix + "-*.png")):
        out.append(run(["tesseract", png, "-", "-l", "fra", "--psm", "4"]))
        os.remove(png)
    text = "\n".join(out)
    open(cached, "w", encoding="utf-8").write(text)
    return text


def companion_text(path):
    if path.endswith(".docx"):
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def check_shape(g, name):
    for k in ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
              "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"):
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie disagree")
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
        if sp not in spans:
            err(f"{name}: cle span {sp} not in dates")
    for c in g["centres"] + g["centres_optionnels"]:
        if not c["mots"] or not all(w == fold(w) for w in c["mots"]):
            err(f"{name}: centre words must be folded {c}")


def date_present(ft, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|0?{d.day})\s+{month}", rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}",
            rf"\b(?:{day}|{d.day})\b[^.;\n]{{0,60}}(?:\n|\|)[^.;]{{0,80}}?\b{month}"]  # « 25 ⏎ mai 2029 » cut in a table cell
    return any(re.search(p, ft) for p in pats)


def hour_present(ft, hhmm):
    h, m = int(hhmm[:2]), int(hhmm[3:5])
    return re.search(rf"\b0?{h}\s*h\s*{m:02d}\b" if m else rf"\b0?{h}\s*h(?:\s*00)?\b", ft) is not None


def check_weekdays(ft, name, session):
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,50})", ft):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        try:
            d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        except ValueError:
            err(f"{name}: impossible date '{m.group(0)[:30]}'"); continue
        n += 1
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    return n


def check_content(g, text, name):
    """Everything a careful reader must find, searched in one reading of the document."""
    ft = fold(text)
    for s in g["dates"]:
        for v in s:
            if v and not date_present(ft, v):
                err(f"{name}: date {v} not found")
    if g["date_document"] and not date_present(ft, g["date_document"]):
        err(f"{name}: date_document not found")
    compact = re.sub(r"[\s.\-–—]", "", text.upper())
    for c in g["codes"]:
        if c not in compact:
            err(f"{name}: code {c} not found")
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in ft:
                err(f"{name}: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in ft:
            err(f"{name}: ville {c['ville']} not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            if len(k.get(f) or "") > 10 and not hour_present(ft, k[f][11:]):
                err(f"{name}: hour {k[f]} of {k['type']} not found")
    if g["examen"]["sigle"] and f"({g['examen']['sigle'].lower()})" not in ft:
        err(f"{name}: sigle not found")
    n = check_weekdays(ft, name, g["examen"]["session"])
    if n < 5:
        err(f"{name}: only {n} weekday-dates read")


def check_layer(stem, kind, g, pdf):
    layer, fonts, ft = pdftext(pdf), pdffonts(pdf), fold(pdftext(pdf))
    words = re.findall(r"[a-z]{4,}", ft)
    french = sum(w in ("mai", "juin", "lycee", "epreuve", "epreuves", "session", "academie", "culture", "dates")
                 for w in re.findall(r"[a-z]+", ft))
    found = sum(date_present(ft, v) for s in g["dates"] for v in s if v)
    total = sum(1 for s in g["dates"] for v in s if v)
    notes.append(f"{stem}.pdf [{kind}]: pdffonts {len(fonts)} font(s); pdftotext {len(layer.strip())} chars, "
                 f"{french} common French words, {found}/{total} gold dates readable; sample: "
                 f"{' '.join(layer.split())[:70]!r}")
    if kind == "no_tounicode":
        if not fonts or any(ln.split()[-3] != "no" for ln in fonts):
            err(f"{stem}: a font still has a ToUnicode map")
        if french or found:
            err(f"{stem}: text layer still readable")
    elif kind == "outlines":
        if fonts or layer.strip():
            err(f"{stem}: outlines PDF has fonts or text")
    elif kind == "type3":
        if not fonts or any("Type 3" not in ln for ln in fonts):
            err(f"{stem}: fonts are not all Type 3")
        if french or found or not layer.strip():
            err(f"{stem}: Type 3 layer should be present but unreadable")
    elif kind == "swapped_digits":
        if "electrotechnique" not in ft or "calendrier national" not in ft:
            err(f"{stem}: letters of the layer should be right")
        # 0, 1, 2 and 7 are left alone, so some dates survive (10, 11, 12, 20 mai…); the others read as other,
        # mostly plausible, values: 13 mai -> 14 mai, 16 juin -> 15 juin, 14h00-18h00 -> 13h00-19h00, E31 <-> E41
        if found == total:
            err(f"{stem}: digits of the layer should be wrong")
        for lie in ("jeudi 14 mai 2027", "13h00 – 19h00", "e41 – mathematiques", "le 13 decembre 2025"):
            if lie not in ft:
                err(f"{stem}: expected lie {lie!r} not in the text layer")
    elif kind == "normal":
        check_content(g, layer, stem + ".pdf (pdftotext)")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    if sorted(os.path.basename(p)[:-10] for p in golds) != sorted(FILES):
        err("gold files differ from the expected list")
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        companions, kind = FILES.get(stem, ([], None))
        pdf = os.path.join(HERE, stem + ".pdf")
        for p in [pdf] + [os.path.join(HERE, stem + e) for e in companions]:
            if not os.path.exists(p):
                err(f"{stem}: missing {os.path.basename(p)}")
            elif os.path.getsize(p) > 2_000_000:
                err(f"{os.path.basename(p)}: over 2 MB")
        if not os.path.exists(pdf):
            continue
        check_layer(stem, kind, g, pdf)
        check_content(g, ocr(pdf), stem + ".pdf (OCR)")
        for e in companions:
            check_content(g, companion_text(os.path.join(HERE, stem + e)), stem + e)
    print(f"{len(golds)} gold files checked")
    for n in notes:
        print("  ", n)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
