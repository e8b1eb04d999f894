#!/usr/bin/env python3
"""Check the independantes_bo corpus (character encodings) without any project code.
- gold shape; `format` is the extension of an existing file; every file under 2 MB;
- each file really has the encoding trap it claims (cp1252 without declaration, UTF-16 LE + BOM, Mac Roman + CR,
  HTML whose <meta charset> lies in either direction, double-encoded UTF-8, PUA Symbol/Wingdings in a DOCX);
- the file is then decoded THE RIGHT WAY, and in that text: weekdays agree with the calendar; every gold date,
  date_document, code, centre word and city, and hour of a key is present; every épreuve code written in the text
  is in the gold (required or optional); the distractor dates (holidays, arrêtés, letter of another session,
  export / publication stamps) are present in the text and absent from the gold;
- paired golds (DOCX / HTML, MD / HTML) are equal but for document and format."""
import csv, datetime as dt, glob, html, io, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
errors = []

# distractor dates: (ISO date, text that must be present in the decoded document)
PIEGES = {
    "circulaire_et_2027_nancy-metz": [("2020-06-30", "30 juin 2020"), ("2027-01-08", "8 janvier 2027"),
                                      ("2027-04-17", "samedi 17 avril"), ("2027-05-03", "lundi 3 mai 2027"),
                                      ("2027-05-06", "jeudi 6 mai 2027"), ("2027-05-17", "lundi 17 mai 2027")],
    "calendrier_et_2027_nancy-metz": [("2027-05-06", "06/05/2027"), ("2027-05-17", "17/05/2027")],
    "circulaire_crsa_2028_besancon": [("2019-07-17", "17 juillet 2019"), ("2028-01-14", "14 janvier 2028"),
                                      ("2028-05-08", "lundi 8 mai 2028"), ("2028-05-25", "jeudi 25 mai 2028"),
                                      ("2028-06-05", "lundi 5 juin 2028")],
    "calendrier_crsa_2028_besancon": [],
    "circulaire_era_2029_normandie": [("2021-08-12", "12 aout 2021"), ("2029-01-11", "11 janvier 2029"),
                                      ("2029-05-08", "mardi 8 mai 2029"), ("2029-05-10", "jeudi 10 mai 2029"),
                                      ("2029-05-21", "lundi 21 mai 2029")],
    "circulaire_sam_2026_toulouse": [("2018-04-17", "17 avril 2018"), ("2026-01-09", "9 janvier 2026"),
                                     ("2026-05-01", "vendredi 1er mai"), ("2026-05-08", "vendredi 8 mai 2026"),
                                     ("2026-05-14", "jeudi 14 mai 2026"), ("2026-05-25", "lundi 25 mai 2026")],
    "circulaire_gpme_2030_lyon": [("2018-08-30", "30 aout 2018"), ("2030-01-10", "10 janvier 2030"),
                                  ("2030-02-06", "exported: 2030-02-06"), ("2030-05-01", "mercredi 1er mai"),
                                  ("2030-05-08", "mercredi 8 mai 2030"), ("2030-05-30", "jeudi 30 mai 2030"),
                                  ("2030-06-10", "lundi 10 juin 2030"), ("2029-07-05", "jeudi 5 juillet 2029")],
}
PIEGES["circulaire_sam_2026_toulouse_web"] = PIEGES["circulaire_sam_2026_toulouse"]
PIEGES["circulaire_gpme_2030_lyon_site"] = [p for p in PIEGES["circulaire_gpme_2030_lyon"] if p[0] != "2030-02-06"] + \
    [("2030-02-07", "mis en ligne le jeudi 7 fevrier 2030")]
PAIRES = [("circulaire_sam_2026_toulouse", "circulaire_sam_2026_toulouse_web"),
          ("circulaire_gpme_2030_lyon", "circulaire_gpme_2030_lyon_site")]


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\u00a0", " ")


def utf8_ok(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def html_text(t):
    t = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|li|tr|h\d|div)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", " | ", t)
    return html.unescape(re.sub(r"<[^>]+>", "", t))


def table_text(t, delim):
    return "\n".join(" | ".join(row) for row in csv.reader(io.StringIO(t, newline=""), delimiter=delim))


# ---------------------------------------------------------------- the trap of each file, then its right decoding
def decode(stem, path, data):
    ext = path.rsplit(".", 1)[-1]
    if stem in ("circulaire_et_2027_nancy-metz", "calendrier_et_2027_nancy-metz"):
        if utf8_ok(data) or data[:3] == b"\xef\xbb\xbf":
            err(f"{stem}: should be cp1252, not UTF-8")
        if b"\r\n" not in data or re.search(rb"[^\r]\n", data):
            err(f"{stem}: should have CRLF line ends only")
        for b, what in ((b"\x92", "’"), (b"\xe9", "é"), (b"\xab", "«")):
            if b not in data:
                err(f"{stem}: no cp1252 {what}")
        t = data.decode("cp1252")
        if ext == "txt":
            for b in (b"\x80", b"\x9c", b"\xa0", b"\x85", b"\x96"):
                if b not in data:
                    err(f"{stem}: cp1252 byte {b!r} missing")
            return t
        if t.count("\r\n") < 10 or any(len(r) != 10 for r in csv.reader(io.StringIO(t, newline=""), delimiter=";")):
            err(f"{stem}: CSV rows should all have 10 ';' separated cells")
        return table_text(t, ";")
    if stem.startswith(("circulaire_crsa", "calendrier_crsa")):
        if data[:2] != b"\xff\xfe" or b"\x00" not in data[:10]:
            err(f"{stem}: should be UTF-16 LE with BOM")
        t = data[2:].decode("utf-16-le")
        if "\r\n" not in t:
            err(f"{stem}: CRLF expected")
        if stem.startswith("calendrier"):
            if not re.search(r'"[^"\r]*[^\r]\n[^"]*"', t):
                err(f"{stem}: a quoted cell with a bare LF is expected")
            return table_text(t, "\t")
        return t
    if stem.startswith("circulaire_era"):
        if utf8_ok(data) or b"\n" in data or b"\r" not in data:
            err(f"{stem}: should be non-UTF-8 with CR line ends only")
        try:
            data.decode("cp1252")
            err(f"{stem}: should not decode as cp1252 (Mac Roman ç = 0x8D, è = 0x8F)")
        except UnicodeDecodeError:
            pass
        if b"\x8e" not in data or b"\xd5" not in data:
            err(f"{stem}: Mac Roman é (0x8E) / ’ (0xD5) expected")
        return data.decode("mac_roman").replace("\r", "\n")
    if ext == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        paras, pua, syms = [], 0, 0
        for p in root.iter(W + "p"):
            s = ""
            for el in p.iter():
                if el.tag == W + "t":
                    s += el.text or ""
                    pua += len(re.findall("[\uf020-\uf0ff]", el.text or ""))
                elif el.tag == W + "tab":
                    s += "\t"
                elif el.tag == W + "sym":
                    syms += 1
                    s += " \u2192 "  # Wingdings arrows
            paras.append(s)
        if pua < 5 or syms < 2:
            err(f"{stem}: PUA characters ({pua}) and w:sym ({syms}) expected")
        return "\n".join(paras)
    if stem == "circulaire_sam_2026_toulouse_web":
        head = data[:400].decode("ascii", "replace")
        if "charset=windows-1252" not in head or not utf8_ok(data) or "Ã©" not in data.decode("cp1252", "replace"):
            err(f"{stem}: meta should declare windows-1252 over UTF-8 bytes")
        return html_text(data.decode("utf-8"))
    if stem == "circulaire_gpme_2030_lyon_site":
        if 'charset=utf-8' not in data[:400].decode("ascii", "replace") or utf8_ok(data):
            err(f"{stem}: meta should declare utf-8 over windows-1252 bytes")
        return html_text(data.decode("cp1252"))
    if stem == "circulaire_gpme_2030_lyon":
        t = data.decode("utf-8")
        if "Ã©" not in t or "â€™" not in t or "é" in t.replace("Ã©", ""):
            err(f"{stem}: should be double-encoded throughout")
        return t.encode("cp1252").decode("utf-8")
    err(f"{stem}: no decoder")
    return ""


# ---------------------------------------------------------------- checks
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
    if len(spans) != len(g["dates"]) or spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: duplicate spans")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        if s[0][:4] != str(g["examen"]["session"]):
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


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day}|{d.day})\b[^\n.;|]{{0,45}}?\b{month}"]  # « du mardi 8 au jeudi 10 juin »
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    t = fold(text)
    n = 0
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        d = dt.date(int(mm.group(2)) if mm.group(2) else session, MOIS.index(mm.group(1)) + 1, dd)
        n += 1
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s|;]+(\d\d)/(\d\d)/(\d{4})", t):
        n += 1
        if dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2))).weekday() != JOURS.index(m.group(1)):
            err(f"{where}: '{m.group(0)}' wrong weekday")
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
            err(f"{stem}: no file {stem}.{g['format']}")
            continue
        text = decode(stem, path, open(path, "rb").read())
        if "\ufffd" in text:
            err(f"{stem}: replacement character after decoding")
        session = g["examen"]["session"]
        nwd = check_weekdays(text, stem, session)
        ft = fold(text)
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v} | {g["date_document"]}
        for iso, needle in PIEGES.get(stem, []):
            if fold(needle) not in ft:
                err(f"{stem}: distractor '{needle}' not in the text")
            if iso in gold_days:
                err(f"{stem}: distractor {iso} leaked into the gold")
        compact = re.sub(r"[\s.\-–]", "", text.upper())
        for c in g["codes"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        written = {m.group(1) + m.group(2) for m in re.finditer(r"\b(E|U|EF|UF)\s?(\d{1,2}[A-Z]?)\b", text)}
        for c in sorted(written - set(g["codes"]) - set(g["codes_optionnels"])):
            err(f"{stem}: code {c} written in the text but not in the gold")
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
                    pats = [rf"\b0?{h}\s*h\s*{mi:02d}", rf"\b0?{h}:{mi:02d}"] + ([rf"\b{h}\s*h\b"] if not mi else [])
                    if not any(re.search(p, ft) for p in pats):
                        err(f"{stem}: hour {k[f]} of {k['type']} not found")
        print(f"{stem}.{g['format']}: decoded {len(text)} characters, {nwd} weekday(s) checked")
    for a, b in PAIRES:
        strip = lambda g: {k: v for k, v in g.items() if k not in ("document", "format")}
        if a in loaded and b in loaded and strip(loaded[a]) != strip(loaded[b]):
            err(f"{a} / {b}: paired golds differ")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
