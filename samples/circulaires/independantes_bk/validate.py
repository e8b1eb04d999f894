#!/usr/bin/env python3
"""Check the independantes_bk corpus without any project code.
- gold shape (keys, codes, each cle's span listed in `dates`);
- the PDF text is pdftotext PLUS tesseract OCR of the pictures embedded in the PDF (pdfimages): in this batch the
  calendars are pictures, so a careful reader must read them; every gold date / code / centre word and city / cle hour
  must be findable in that text, and the weekdays written must agree with the calendar;
- theme integrity: the cells of each calendar picture (textes_*.IMG_LIGNES) are NOT in the PDF text layer, and the
  source file really holds a picture (word/media, Pictures/, data:image);
- the *_scan.pdf has no text layer (and its OCR still shows the gold dates).
Requires: pdftotext, pdfimages, pdftoppm, tesseract (fra)."""
import datetime as dt, glob, json, os, re, subprocess, sys, tempfile, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from PIL import Image  # noqa: E402
import textes_lyon, textes_rennes, textes_poitiers, textes_montpellier, textes_fed  # noqa: E402

PICTURES = {"circulaire_pi_2026_lyon": textes_lyon, "circulaire_tourisme_2027_rennes": textes_rennes,
            "circulaire_gpme_2028_poitiers": textes_poitiers, "circulaire_sp3s_2029_montpellier": textes_montpellier,
            "note_nationale_fed_2028": textes_fed}
SOURCES = {"circulaire_pi_2026_lyon": ("docx", "word/media/"), "circulaire_tourisme_2027_rennes": ("odt", "Pictures/"),
           "circulaire_gpme_2028_poitiers": ("docx", "word/media/"), "note_nationale_fed_2028": ("docx", "word/media/"),
           "circulaire_sp3s_2029_montpellier": ("html", "data:image/png;base64,")}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def err(msg):
    errors.append(msg)


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def ocr_images(path):
    """OCR of every picture embedded in the PDF (for the scan: of the rendered pages)."""
    with tempfile.TemporaryDirectory() as tmp:
        if path.endswith("_scan.pdf"):
            subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", path, os.path.join(tmp, "p")], check=True)
        else:
            subprocess.run(["pdfimages", "-png", path, os.path.join(tmp, "i")], check=True)
        out = []
        for f in sorted(os.listdir(tmp)):
            # upscale x2 and binarise (removes zebra bands and coloured headers), then two page-segmentation modes
            im = Image.open(os.path.join(tmp, f)).convert("L")
            im = im.resize((im.width * 2, im.height * 2), Image.LANCZOS).point(lambda v: 0 if v < 170 else 255)
            pp = os.path.join(tmp, "pp_" + f); im.save(pp)
            for psm in ("4", "6"):
                r = subprocess.run(["tesseract", pp, "-", "-l", "fra", "--psm", psm], capture_output=True, text=True)
                out.append(r.stdout)
        return re.sub(r"\bler\b", "1er", "\n".join(out))  # the usual OCR confusion of « 1er »


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
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate span")
    for s in g["dates"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
    used = set()
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
        used.add(sp)
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
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du mardi 18 au vendredi 21 mai »
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
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d{2})[/-](\d{2})[/-](\d{2,4})\b", t):
        y = int(m.group(4)); y = y + 2000 if y < 100 else y
        d = dt.date(y, int(m.group(3)), int(m.group(2)))
        if d.weekday() != ABR[m.group(1)]:
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")


def check_facts(g, stem, text, dates_only=False):
    ft = re.sub(r"-\s*\n\s*", "-", fold(text))  # « Saint-\nÉtienne » in a narrow cell
    if dates_only:
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not legible (OCR)")
        return
    for s in g["dates"]:
        for v in s:
            if v and not date_present(ft, v):
                err(f"{stem}: date {v} not found")
    if g["date_document"] and not date_present(ft, g["date_document"]):
        err(f"{stem}: date_document not found")
    compact = re.sub(r"[\s.\-–—]", "", text.upper())
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
                pats = [rf"\b{h}\s*h\s*{mi:02d}", rf"\b{h:02d}:{mi:02d}", rf"\b{h}h{mi:02d}"]
                if not mi:
                    pats += [rf"\b{h}\s*h\b"]
                if not any(re.search(p, ft) for p in pats):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")


def check_picture_only(stem, layer):
    """The calendar cells drawn in the picture must not exist in the PDF text layer."""
    mod = PICTURES[stem]
    flat = re.sub(r"\s+", " ", fold(layer))
    leaked = [cell for row in mod.IMG_LIGNES for cell in row[:2]
              if len(cell) > 6 and re.search(r"\d", cell) and re.sub(r"\s+", " ", fold(cell)) in flat]
    if leaked:
        err(f"{stem}: picture cells found in the text layer: {leaked[:3]}")
    ext, marker = SOURCES[stem]
    src = os.path.join(HERE, f"{stem}.{ext}")
    if ext == "html":
        if marker not in open(src, encoding="utf-8").read():
            err(f"{stem}: no data: picture in the HTML")
    else:
        with zipfile.ZipFile(src) as z:
            if not any(n.startswith(marker) for n in z.namelist()):
                err(f"{stem}: no picture in {ext}")


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
        layer = pdftext(pdf)
        ocr = ocr_images(pdf)
        if stem.endswith("_scan"):
            if layer.strip():
                err(f"{stem}: scan has a text layer")
            check_facts(g, stem, ocr, dates_only=True)
            print(f"{stem}: scan, OCR {len(ocr)} chars")
            continue
        check_picture_only(stem, layer)
        text = layer + "\n" + ocr
        check_weekdays(text, stem, g["examen"]["session"])
        check_facts(g, stem, text)
        print(f"{stem}: text layer {len(layer)} chars, OCR of pictures {len(ocr)} chars")
    for f in sorted(glob.glob(os.path.join(HERE, "*.*"))):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)} is over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
