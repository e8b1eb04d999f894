#!/usr/bin/env python3
"""Check the independantes_bv corpus (uncommon containers) without any project code.
- container checks: XPS / OpenXPS package (content types, start-part relationship of the right flavour, sequence ->
  documents -> pages, XAML namespace of every part, every Glyphs FontUri present and declared as a required resource,
  font de-obfuscates to a TrueType font); Word 2003 XML (mso-application PI, w:wordDocument root); flat ODF
  (office:document root and mimetype; hidden sheets of the .fods set apart); EPUB (stored `mimetype` first,
  container -> OPF -> spine); PDF/A-1b (XMP pdfaid part 1 / conformance B, XMP CreateDate not the letter's date);
- gold shape; pairs of files with the same content have equal golds but for document and format; files < 2 MB;
- the VISIBLE text of each file is gathered; weekdays agree with the calendar; every gold date, date_document, code,
  centre word and city, key hour is found in it; non-event dates (letter date, holidays, texts cited) are present in
  the text and absent from the gold; dates of the hidden sheet are absent from the gold."""
import datetime as dt, glob, io, json, os, re, subprocess, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
PAIRS = [("circulaire_et_2027_nancy-metz", "circulaire_et_2027_nancy-metz_openxps"),
         ("circulaire_ndrc_2028_bordeaux", "circulaire_ndrc_2028_bordeaux_lo"),
         ("note_nationale_mhr_2030", "note_nationale_mhr_2030_lo")]
# non-events that the text shows and the gold must not hold (letter date, holidays, texts cited)
TRAPS = {
    "circulaire_et_2027": ["2027-02-05", "2027-05-06", "2027-05-17", "2026-12-10", "2019-06-04"],
    "circulaire_ndrc_2028": ["2028-01-24", "2028-05-08", "2028-05-25", "2028-06-05", "2027-12-06", "2018-03-08", "2013-08-19"],
    "circulaire_sam_2029": ["2029-02-08", "2029-05-10", "2029-05-21", "2018-03-12", "2028-11-29"],
    "note_nationale_mhr_2030": ["2029-11-12", "2030-05-30", "2030-06-10", "2018-04-23", "2028-11-08"],
    "circulaire_cprp_2026": ["2026-01-14", "2026-05-04", "2026-05-14", "2026-05-25", "2019-03-27", "2025-12-02"],
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t).replace("\u00a0", " ").replace("\u202f", " ")
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def local(tag):
    return tag.rsplit("}", 1)[-1]


# ---------------------------------------------------------------- visible text by container
def text_xps(path, flavour):
    ns = {"xps": "http://schemas.microsoft.com/xps/2005/06", "oxps": "http://schemas.openxps.org/oxps/v1.0"}[flavour]
    relns = "http://schemas.openxmlformats.org/package/2006/relationships"
    zf = zipfile.ZipFile(path)
    names = set(zf.namelist())
    ct = ET.fromstring(zf.read("[Content_Types].xml"))
    defaults = {e.get("Extension").lower() for e in ct if local(e.tag) == "Default"}
    overrides = {e.get("PartName").lstrip("/") for e in ct if local(e.tag) == "Override"}
    for n in names:
        if n != "[Content_Types].xml" and n.rsplit(".", 1)[-1].lower() not in defaults and n not in overrides:
            err(f"{path}: part {n} has no content type")
    rels = ET.fromstring(zf.read("_rels/.rels"))
    start = [r.get("Target") for r in rels if r.get("Type") == f"{ns}/fixedrepresentation"
             or r.get("Type") == ns.replace("/2005/06", "/2005/06") + "/fixedrepresentation"]
    if len(start) != 1:
        err(f"{path}: no {flavour} fixedrepresentation relationship"); return ""
    seq = ET.fromstring(zf.read(start[0].lstrip("/")))
    if seq.tag != f"{{{ns}}}FixedDocumentSequence":
        err(f"{path}: sequence root {seq.tag}")
    lines = []
    for ref in seq:
        fdoc_name = ref.get("Source").lstrip("/")
        fdoc = ET.fromstring(zf.read(fdoc_name))
        if fdoc.tag != f"{{{ns}}}FixedDocument":
            err(f"{path}: document root {fdoc.tag}")
        base = fdoc_name.rsplit("/", 1)[0]
        for pc in fdoc:
            page_name = f"{base}/{pc.get('Source')}"
            page = ET.fromstring(zf.read(page_name))
            if page.tag != f"{{{ns}}}FixedPage":
                err(f"{path}: page root {page.tag}")
            prels_name = page_name.rsplit("/", 1)[0] + "/_rels/" + page_name.rsplit("/", 1)[1] + ".rels"
            required = {r.get("Target") for r in ET.fromstring(zf.read(prels_name))
                        if r.get("Type") == f"{ns}/required-resource"} if prels_name in names else set()
            for g in page.iter(f"{{{ns}}}Glyphs"):
                uri = g.get("FontUri")
                if uri.lstrip("/") not in names:
                    err(f"{path}: missing font {uri}")
                if uri not in required:
                    err(f"{path}: font {uri} not a required resource of {page_name}")
                s = g.get("UnicodeString") or ""
                lines.append(s[2:] if s.startswith("{}") else s)
            lines.append("")
    for n in names:
        if n.endswith(".odttf"):
            guid = re.sub(r"[^0-9A-Fa-f]", "", n.rsplit("/", 1)[1].split(".")[0])
            key = bytes.fromhex(guid)[::-1]
            data = bytearray(zf.read(n)[:32])
            head = bytes(b ^ key[i % 16] for i, b in enumerate(data))
            if head[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
                err(f"{path}: font {n} does not de-obfuscate to a font")
    return "\n".join(lines)


def text_word2003(path):
    raw = open(path, "rb").read()
    if b'<?mso-application progid="Word.Document"?>' not in raw[:300]:
        err(f"{path}: no mso-application processing instruction")
    root = ET.fromstring(raw)
    W = "{http://schemas.microsoft.com/office/word/2003/wordml}"
    if root.tag != W + "wordDocument":
        err(f"{path}: root {root.tag}")
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))


def odf_para(p):
    out = []
    def walk(e):
        if local(e.tag) == "binary-data":
            return
        if local(e.tag) in ("s", "tab", "line-break"):
            out.append(" ")
        if e.text and local(e.tag) != "binary-data":
            out.append(e.text)
        for c in e:
            walk(c)
            if c.tail:
                out.append(c.tail)
    walk(p)
    return "".join(out)


def text_flat_odf(path, mimetype):
    root = ET.parse(path).getroot()
    O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    if root.tag != O + "document" or root.get(O + "mimetype") != mimetype:
        err(f"{path}: not a flat ODF {mimetype}")
    TX = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    S = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
    if mimetype.endswith(".text"):
        return "\n".join(odf_para(p) for p in root.iter() if p.tag in (f"{{{TX}}}p", f"{{{TX}}}h")), ""
    hidden_styles = {st.get(S + "name") for st in root.iter(S + "style")
                     if any(c.get(TB + "display") == "false" for c in st)}
    visible, hidden = [], []
    for tab in root.iter(TB + "table"):
        rows = []
        for row in tab.iter(TB + "table-row"):
            cells = [" ".join(odf_para(p) for p in c.findall(f"{{{TX}}}p")) for c in row.iter(TB + "table-cell")]
            if any(cells):
                rows.append(" | ".join(cells))
        (hidden if tab.get(TB + "style-name") in hidden_styles else visible).append("\n".join(rows))
    if not hidden:
        err(f"{path}: the hidden sheet is missing")
    return "\n".join(visible), "\n".join(hidden)


def text_epub(path):
    zf = zipfile.ZipFile(path)
    first = zf.infolist()[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or zf.read("mimetype") != b"application/epub+zip":
        err(f"{path}: mimetype entry")
    cont = ET.fromstring(zf.read("META-INF/container.xml"))
    opf_name = next(e.get("full-path") for e in cont.iter() if local(e.tag) == "rootfile")
    opf = ET.fromstring(zf.read(opf_name))
    base = opf_name.rsplit("/", 1)[0] + "/" if "/" in opf_name else ""
    items = {e.get("id"): e.get("href") for e in opf.iter() if local(e.tag) == "item"}
    if not any(e.get("properties") == "nav" for e in opf.iter() if local(e.tag) == "item"):
        err(f"{path}: no nav document")
    blocks = []
    for ref in (e for e in opf.iter() if local(e.tag) == "itemref"):
        doc = ET.fromstring(zf.read(base + items[ref.get("idref")]))
        for e in doc.iter():
            if local(e.tag) in ("p", "h1", "h2", "td", "th", "li"):
                blocks.append("".join(e.itertext()))
    return "\n".join(blocks)


def text_pdfa(path, gold):
    raw = open(path, "rb").read()
    xmp = re.search(rb"<x:xmpmeta.*?</x:xmpmeta>", raw, re.S)
    if not xmp:
        err(f"{path}: no XMP"); return ""
    x = xmp.group(0).decode("utf-8")
    if not re.search(r"<pdfaid:part>1<", x) or not re.search(r"<pdfaid:conformance>B<", x):
        err(f"{path}: not labelled PDF/A-1b")
    cd = re.search(r"<xmp:CreateDate>(\d{4}-\d\d-\d\d)", x)
    if not cd or cd.group(1) == gold["date_document"]:
        err(f"{path}: XMP CreateDate should differ from the letter's date")
    if "2025" not in re.search(r"<dc:title>.*?</dc:title>", x, re.S).group(0):
        err(f"{path}: the metadata title should carry last year's session")
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def visible_text(path, g):
    ext = g["format"]
    if ext in ("xps", "oxps"):
        return text_xps(path, ext), ""
    if ext == "xml":
        return text_word2003(path), ""
    if ext == "fodt":
        return text_flat_odf(path, "application/vnd.oasis.opendocument.text")
    if ext == "fods":
        return text_flat_odf(path, "application/vnd.oasis.opendocument.spreadsheet")
    if ext == "epub":
        return text_epub(path), ""
    if ext == "pdf":
        return text_pdfa(path, g), ""
    err(f"{path}: unknown format"); return "", ""


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


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]  # « du lundi 15 au vendredi 19 mai »
    return any(re.search(p, text) for p in pats)


def date_with_year(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    return bool(re.search(rf"\b(?:{day}|{d.day})\s+{MOIS[d.month - 1]}\s+{d.year}|\b{d.day:02d}/{d.month:02d}/{d.year}", text))


def check_weekdays(text, where, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        n += 1
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d\d)/(\d\d)/(\d{4})", t):
        d = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        n += 1
        if d.weekday() != ABR[m.group(1)]:
            err(f"{where}: '{m.group(0)}' is a {JOURS[d.weekday()]}")
    return n


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
            err(f"{f}: over 2 MB")
    loaded = {}
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        loaded[stem] = g
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        path = os.path.join(HERE, f"{stem}.{g['format']}")
        if not os.path.exists(path):
            err(f"{stem}: no file {stem}.{g['format']}"); continue
        text, hidden = visible_text(path, g)
        session = g["examen"]["session"]
        nwd = check_weekdays(text, stem, session)
        ft = fold(text)
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found")
                if v and hidden and date_with_year(fold(hidden), v):
                    err(f"{stem}: gold date {v} also in the hidden sheet")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
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
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        for prefix, traps in TRAPS.items():
            if stem.startswith(prefix):
                for t in traps:
                    if not date_present(ft, t):
                        err(f"{stem}: trap {t} not in the text")
                    if t in gold_days:
                        err(f"{stem}: trap {t} leaks into the gold")
        print(f"{stem}.{g['format']}: {len(text):6d} visible chars, {nwd} weekday(s) checked"
              + (f", hidden sheet {len(hidden)} chars" if hidden else ""))
    for a, b in PAIRS:
        if a in loaded and b in loaded:
            strip = lambda g: {k: v for k, v in g.items() if k not in ("document", "format")}
            if strip(loaded[a]) != strip(loaded[b]):
                err(f"golds of {a} and {b} differ")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
