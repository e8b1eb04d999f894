#!/usr/bin/env python3
"""Check the independantes_bq corpus without any project code. Run: /work/main/.venv/bin/python validate.py
- gold shape (keys, split holdout, format = extension of an existing file, codes normalised, every key's span in
  `dates`, portee / academie), files under 2 MB, paired golds equal but for document / format;
- text of each file: DOCX (body, headers, footers, content controls), ODT (content.xml + styles.xml), PDF (pdftotext);
- weekdays written next to a date agree with the calendar;
- every gold date, date_document, code, centre word and city, and hour of a key is findable in the text;
- every trap listed in textes_*.py (superseded dates, unticked windows, struck mentions, metadata dates, holidays,
  unticked centres) is in the text but NOT in the gold (dates, optional dates, date_document, centres);
- the tick states really are where the gold says: FORMCHECKBOX / w14:checkbox states in the DOCX, fieldmarks and
  content controls in the ODT, struck runs, ☒ glyphs in the PDF text, `checked` radios in the printed HTML;
- the scan has no text layer and its gold equals its source's."""
import datetime as dt, glob, json, os, re, subprocess, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

import textes_nancy, textes_normandie, textes_creteil, textes_crsa, textes_orleans

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MODULES = {"circulaire_sn_2027": textes_nancy, "circulaire_ms_2028": textes_normandie, "circulaire_mav_2029": textes_creteil,
           "note_nationale_crsa_2030": textes_crsa, "circulaire_ndrc_2026": textes_orleans}
PAIRS = [("circulaire_sn_2027_nancy-metz", "circulaire_sn_2027_nancy-metz_imprime"),
         ("circulaire_ms_2028_normandie", "circulaire_ms_2028_normandie_scan"),
         ("circulaire_mav_2029_creteil", "circulaire_mav_2029_creteil_lo"),
         ("note_nationale_crsa_2030", "note_nationale_crsa_2030_export")]
errors = []
err = errors.append


def fold(t):
    t = unicodedata.normalize("NFKD", t.replace("\u00a0", " ").replace("\u202f", " "))
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


# ---------------------------------------------------------------- text of a file
def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                root = ET.fromstring(z.read(name))
                out += ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]
    return "\n".join(out)


def odt_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in ("content.xml", "styles.xml"):
            xml = z.read(name).decode("utf-8")
            xml = re.sub(r"<text:s[^>]*/>", " ", xml)
            xml = re.sub(r"<text:(tab|line-break)[^>]*/>", " ", xml)
            xml = re.sub(r"</text:(p|h)>", "\n", xml)
            out.append(re.sub(r"<[^>]+>", "", xml))
    return "\n".join(out).replace("&apos;", "'").replace("&amp;", "&").replace("&quot;", '"')


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "docx":
        return docx_text(path)
    if ext == "odt":
        return odt_text(path)
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


# ---------------------------------------------------------------- helpers
def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day})\s+{month}\b[^.;|]{{0,60}}?\b{d.year}",  # « 31 mai au jeudi 3 juin 2027 »
            rf"\b{d.day:02d}/{d.month:02d}/{d.year}",
            rf"\b(?:{day}|{d.day})\b[^\n.;|]{{0,45}}?\b{month}\s+{d.year}",  # « du lundi 18 au mercredi 20 mai 2026 »
            rf"{d.year}-{d.month:02d}-{d.day:02d}"]
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, where):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^.;|]{0,120})", t):
        wd, dd = JOURS.index(m.group(1)), int(m.group(2).replace("er", ""))
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b", m.group(3))  # first month after the day
        yy = re.search(r"\b(20\d\d)\b", m.group(3)[mm.end():] if mm else "")
        if not mm or not yy:
            err(f"{where}: no month/year after '{m.group(0)[:25]}'"); continue
        try:
            d = dt.date(int(yy.group(1)), MOIS.index(mm.group(1)) + 1, dd)
        except ValueError:
            err(f"{where}: impossible date '{m.group(0)[:30]}'"); continue
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


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
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]) or spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: duplicate spans")
    for s in g["dates"] + g["dates_optionnelles"]:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s[0]) or (s[1] is not None and s[1] <= s[0]):
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


def check_content(g, stem, t, mod):
    ft = fold(t)
    check_weekdays(ft, stem)
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v and not date_present(ft, v):
                err(f"{stem}: date {v} not found")
    if g["date_document"] and not date_present(ft, g["date_document"]):
        err(f"{stem}: date_document not found")
    compact = re.sub(r"[\s.\-–]", "", t.upper())
    for c in g["codes"]:
        if not re.search(rf"{c}(?![0-9])", compact):
            err(f"{stem}: code {c} not found")
    for c in g["centres"] + g["centres_optionnels"]:
        for w in c["mots"]:
            if w not in ft:
                err(f"{stem}: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in ft:
            err(f"{stem}: ville {c['ville']} not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            if len(k.get(f) or "") > 10:
                h, mi = int(k[f][11:13]), int(k[f][14:16])
                if not re.search(rf"\b{h}\s*h\s*{mi:02d}", ft):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
    # traps: present in the text, absent from the gold
    gold_spans = {tuple(s) for s in g["dates"] + g["dates_optionnelles"]}
    gold_days = {v for s in gold_spans for v in s if v}
    for s in mod.TRAPS:
        if not all(date_present(ft, v) for v in s if v):
            err(f"{stem}: trap {s} not in the text")
        if tuple(s) in gold_spans or (s[1] is None and s[0] in gold_days) or s[0] == g["date_document"]:
            err(f"{stem}: trap {s} leaks into the gold")
    for s in getattr(mod, "META_TRAPS", []):  # dates of the file's properties (created, modified, printed)
        if tuple(s) in gold_spans or s[0] in gold_days or s[0] == g["date_document"]:
            err(f"{stem}: metadata date {s} leaks into the gold")
    gold_words = {w for c in g["centres"] + g["centres_optionnels"] for w in c["mots"]}
    for w in mod.TRAP_CENTRES:
        if w not in ft:
            err(f"{stem}: trap centre {w} not in the text")
        if w in gold_words:
            err(f"{stem}: trap centre {w} leaks into the gold")


# ---------------------------------------------------------------- tick states
def following_text(elements, i, n=80):
    return fold("".join(e.text or "" for e in elements[i + 1:i + 40] if e.tag == W + "t"))[:n]


def check_docx_ticks(path, stem):
    root = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    els = list(root.iter())
    ticked, unticked = [], []
    for i, e in enumerate(els):
        if e.tag == W + "checkBox":
            (ticked if e.find(W + "checked") is not None else unticked).append(following_text(els, i))
        if e.tag == W14 + "checkbox":
            on = e.find(W14 + "checked").get(W14 + "val") == "1"
            (ticked if on else unticked).append(following_text(els, i)[1:])
    struck = [fold("".join(t.text or "" for t in r.iter(W + "t"))) for r in root.iter(W + "r")
              if r.find(f"{W}rPr/{W}strike") is not None]
    want_on = ["lycee suger", "du lundi 11 au jeudi 14 juin 2029", "metiers de l'image"]
    want_off = ["lycee jean-pierre timbaud", "lycee eugene henaff", "du lundi 28 mai", "gestion de production"]
    for w in want_on:
        if not any(x.strip().startswith(w) for x in ticked):
            err(f"{stem}: '{w}' should follow a ticked box ({ticked})")
    for w in want_off:
        if not any(x.strip().startswith(w) for x in unticked):
            err(f"{stem}: '{w}' should follow an empty box")
    if sorted(struck) != sorted(["au rectorat", "mardi 29 mai 2029", "10 h 00"]):
        err(f"{stem}: struck runs {struck}")


def check_odt_ticks(path, stem):
    xml = zipfile.ZipFile(path).read("content.xml").decode("utf-8")
    plain = lambda s: fold(re.sub(r"<[^>]+>", "", s))
    for m in re.finditer(r"<field:fieldmark [^>]*FORMCHECKBOX\"(/>|>(.*?)</field:fieldmark>)", xml):
        after = plain(xml[m.end():m.end() + 600])[:40].strip()
        on = "Checkbox_Checked" in m.group(0) and 'field:value="true"' in m.group(0)
        if on != after.startswith("lycee suger"):
            err(f"{stem}: fieldmark state {on} before '{after}'")
    for m in re.finditer(r"<loext:content-control loext:checkbox=\"true\"([^>]*)>", xml):
        after = plain(xml[m.end():m.end() + 600])[:45].strip()
        on = 'loext:checked="true"' in m.group(1)
        if after.startswith("☒") != on:
            err(f"{stem}: content control glyph / state mismatch '{after}'")
    if xml.count("FORMCHECKBOX") != 3:
        err(f"{stem}: expected 3 FORMCHECKBOX fieldmarks")


def check_pdf_ticks(t, stem):
    ft = fold(t)
    if stem.startswith("circulaire_ms"):
        for w in ("☒ lycee marcel sembat", "☐ lycee jules siegfried", "☐ lycee jean rostand", "☐ 9 h 00 ☒ 14 h 00",
                  "☒ b – systemes energetiques"):
            if w not in re.sub(r"\s+", " ", ft):
                err(f"{stem}: '{w}' not in the text")
        if "☒ du lundi 22" in ft or "☐ du lundi 15" in ft:
            err(f"{stem}: the E51 boxes must be drawn, not written")
    if stem.startswith("circulaire_ndrc"):
        h = fold(textes_orleans.HTML)
        for w in ("checked> lycee jean zay", "checked> jeudi 9 avril 2026"):
            if w not in h:
                err(f"{stem}: html radio '{w}'")
        if len(re.findall(r"checked>", h)) != 4:
            err(f"{stem}: expected 4 checked inputs")
        if not re.search(r"du lundi 18 au mercredi 20 mai 2026\s+✔", ft) or re.search(r"22 mai 2026\s+✔", ft):
            err(f"{stem}: ✔ column")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    G = {}
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        G[stem] = g
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        mod = next(m for k, m in MODULES.items() if stem.startswith(k))
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            print(f"{stem}.pdf: scan, no text layer"); continue
        t = text_of(path)
        check_content(g, stem, t, mod)
        if path.endswith(".docx") and mod is textes_creteil:
            check_docx_ticks(path, stem)
        if path.endswith(".odt") and mod is textes_creteil:
            check_odt_ticks(path, stem)
        if path.endswith(".pdf"):
            check_pdf_ticks(t, stem)
        if path.endswith((".odt", ".docx")):
            z = zipfile.ZipFile(path)
            meta = z.read("meta.xml" if path.endswith(".odt") else "docProps/core.xml").decode()
            for s in getattr(mod, "META_TRAPS", []):
                if s[0] not in meta:
                    err(f"{stem}: metadata date {s[0]} missing from the properties")
        print(f"{stem}.{g['format']}: {len(t)} characters of text")
    for a, b in PAIRS:
        strip = lambda g: {k: v for k, v in g.items() if k not in ("document", "format")}
        if strip(G[a]) != strip(G[b]):
            err(f"{b}: gold differs from {a}")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
