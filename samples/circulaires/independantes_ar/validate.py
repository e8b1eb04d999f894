#!/usr/bin/env python3
"""Check the independantes_ar corpus without any project code.
- gold shape; - weekdays written in the visible text agree with the calendar;
- every gold date / code / centre word / key hour is in the visible text (the textes_*.py source, which is what
  the page image shows) and, for born-digital PDFs, in `pdftotext`;
- OCR copies: one image per page, a text layer that exists but is imperfect (some gold facts NOT findable),
  invisible (render mode 3) or hidden under the image; - the scan has no text layer, ≤ 200 dpi; files < 2 MB."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata

from pypdf import PdfReader

import textes_rennes, textes_grenoble, textes_pp, textes_dijon

HERE = os.path.dirname(os.path.abspath(__file__))
MODS = {m.STEM: m for m in (textes_rennes, textes_grenoble, textes_pp, textes_dijon)}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []
err = errors.append


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def visible(mod):
    parts = []
    for kind, *val in mod.BLOCS:
        parts += ["  ".join(r) for r in val[0]] if kind == "table" else [val[0]]
    return "\n".join(parts)


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
        err(f"{name}: duplicate spans")
    for s in g["dates"]:
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


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:1er|{d.day})\s+{month}\s+{d.year}", rf"\b{d.day:02d}[./]{d.month:02d}[./]{d.year}\b",
            rf"\b{d.day}\b[^\n.;]{{0,40}}?\b{month}\s+{d.year}",
            rf"\b(?:1er|{d.day})\s+{month}\b[^\n.;]{{0,40}}?\b{d.year}"]          # « du lundi 4 au vendredi 8 juin 2029 »
    return any(re.search(p, t) for p in pats)


def hour_present(t, hh, mm):
    return any(re.search(p, t) for p in (rf"\b0?{hh}\s*h\s*{mm:02d}", rf"\b0?{hh}:{mm:02d}") +
               ((rf"\b0?{hh}\s*h\b",) if mm == 0 else ()))


def facts(g, t):
    """List of the gold facts missing from text t."""
    ft, miss = fold(t), []
    for s in g["dates"]:
        miss += [f"date {v}" for v in s if v and not date_present(ft, v)]
    if g["date_document"] and not date_present(ft, g["date_document"]):
        miss.append("date_document")
    compact = re.sub(r"[\s.\-–]", "", t.upper())
    miss += [f"code {c}" for c in g["codes"] if c not in compact]
    for c in g["centres"]:
        miss += [f"centre {w}" for w in c["mots"] if w not in ft]
        if c["ville"] and fold(c["ville"]) not in ft:
            miss.append(f"ville {c['ville']}")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            v = k.get(f)
            if v and len(v) > 10 and not hour_present(ft, int(v[11:13]), int(v[14:16])):
                miss.append(f"hour {k['type']} {v}")
    for w in ("academie", "sigle"):
        v = g["examen"][w]
        if v and fold(v) not in ft:
            miss.append(f"{w} {v}")
    return miss


def check_weekdays(t, name):
    ft = fold(t)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;]{0,45})", ft):
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b", m.group(3))
        yy = re.search(r"\b(20\d\d)\b", m.group(3)[mm.end():]) if mm else None
        if mm and yy:
            d = dt.date(int(yy.group(1)), MOIS.index(mm.group(1)) + 1, int(m.group(2).replace("er", "")))
            if d.weekday() != JOURS.index(m.group(1)):
                err(f"{name}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi)\s+(\d\d)\.(\d\d)\.(\d{4})", re.sub(r"\s+", " ", ft)):
        d = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        if d.weekday() != JOURS.index(m.group(1)):
            err(f"{name}: '{m.group(0)}' is a {JOURS[d.weekday()]}")


def images(path):
    out = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True).stdout.splitlines()[2:]
    return [ln.split() for ln in out if ln.strip()]


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        base = re.sub(r"_(ocr|scan)$", "", stem)
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        if base != stem:
            bg = json.load(open(os.path.join(HERE, base + ".gold.json"), encoding="utf-8"))
            if {**bg, "document": 0, "format": 0} != {**g, "document": 0, "format": 0}:
                err(f"{stem}: gold differs from {base}")
        mod = MODS[base]
        vis = visible(mod)
        check_weekdays(vis, stem)
        for m in facts(g, vis):
            err(f"{stem}: visible text lacks {m}")
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        layer = pdftext(pdf)
        imgs = images(pdf)
        npages = len(PdfReader(pdf).pages)
        copied = stem.endswith(("_ocr", "_scan")) or not os.path.exists(os.path.join(HERE, base + ".docx")) and base != "circulaire_bioac_2027_rennes"
        if not copied:
            if imgs:
                err(f"{stem}: born-digital PDF has images")
            for m in facts(g, layer):
                err(f"{stem}: pdftotext lacks {m}")
            check_weekdays(layer, stem + " (pdf)")
            continue
        if len(imgs) != npages:
            err(f"{stem}: {len(imgs)} images for {npages} pages")
        if any(int(i[12]) > 200 for i in imgs):
            err(f"{stem}: image above 200 dpi")
        if stem.endswith("_scan"):
            if layer.strip():
                err(f"{stem}: scan has a text layer")
            continue
        if len(layer.split()) < 150:
            err(f"{stem}: OCR layer too thin")
        miss = facts(g, layer)
        if not miss:
            err(f"{stem}: OCR layer is perfect, expected typical errors")
        content = b"".join(p.get_contents().get_data() for p in PdfReader(pdf).pages)
        under = stem == "circulaire_cg_2029_grenoble"
        if under:
            if content.find(b" Tj") > content.find(b" Do"):
                err(f"{stem}: text should be drawn before the image")
        elif b"3 Tr" not in content:
            err(f"{stem}: text layer not invisible (render mode 3)")
        print(f"{stem}: OCR layer misses {len(miss)} gold facts, e.g. {miss[:4]}")
    for f in glob.glob(os.path.join(HERE, "*.pdf")) + glob.glob(os.path.join(HERE, "*.docx")):
        if os.path.getsize(f) > 2 * 1024 * 1024:
            err(f"{os.path.basename(f)}: over 2 MB")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
