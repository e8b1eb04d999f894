#!/usr/bin/env python3
"""Check the independantes_bp corpus (who is the académie?) without any project code.
- gold shape (types, normalised codes, every key's span in `dates`, portee / academie), `format` = extension of an
  existing file, every file under 2 MB;
- text of each document: DOCX (body, headers, footers), ODT (content + styles, i.e. header/footer), HTML (tags
  stripped), PDF (pdftotext -layout); the *_scan.pdf must have no text layer and the gold of its source;
- weekdays written in the text agree with the calendar;
- every gold date, date_document, code, centre word and city, key hour, and the académie itself is findable in the text;
- the traps listed in textes_*.py (PIEGES: letter date, arrêtés, public holidays, holidays) are in the text and
  in neither `dates` nor `dates_optionnelles`."""
import datetime as dt, glob, html, json, os, re, subprocess, sys, unicodedata, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import textes_siec, textes_normandie, textes_reims, textes_polynesie, textes_mayotte  # noqa: E402

TEXTES = {"sam_2027_siec": textes_siec, "electrotechnique_2028_normandie": textes_normandie, "ndrc_2029_reims": textes_reims,
          "mhr_2030_polynesie": textes_polynesie, "gtla_2026_reunion_mayotte": textes_mayotte}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")
    return re.sub(r"[ \u00a0\u202f]+", " ", t)


def xml_text(xml):
    xml = re.sub(r"<(w:br|w:tab|text:line-break|text:tab)[^>]*/>", "\n", xml)
    xml = re.sub(r"</(w:p|text:p|text:h)>", "\n", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def text_of(path):
    ext = path.rsplit(".", 1)[-1]
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    if ext == "docx":
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n)]
            return "\n".join(xml_text(z.read(n).decode("utf-8")) for n in names)
    if ext == "odt":
        with zipfile.ZipFile(path) as z:
            return xml_text(z.read("styles.xml").decode("utf-8")) + "\n" + xml_text(z.read("content.xml").decode("utf-8"))
    if ext == "html":
        raw = open(path, encoding="utf-8").read()
        raw = re.sub(r"<style.*?</style>", "", raw, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", "\n", raw))
    err(f"unexpected format {path}")
    return ""


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
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    if spans & {tuple(s) for s in g["dates_optionnelles"]}:
        err(f"{name}: span both required and optional")
    for s in g["dates"] + g["dates_optionnelles"]:
        for v in s:
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                err(f"{name}: bad date {v}")
        if s[1] is not None and s[1] <= s[0]:
            err(f"{name}: span {s}")
        if s[0][:4] != str(g["examen"]["session"]):
            err(f"{name}: span {s} outside the session year")
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
            rf"\b(?:{day}|{d.day})\b[^.;]{{0,45}}?\b{month}"]  # « du mardi 22 au jeudi 24 mai », possibly wrapped
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", text):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        year = int(mm.group(2)) if mm.group(2) else session
        d = dt.date(year, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


def hour_present(text, h, mi):
    pats = [rf"\b{h}\s*h\s*{mi:02d}" if mi else rf"\b{h}\s*h(?:\s*00)?\b", rf"\b{h:02d}:{mi:02d}", rf"\b{h}:{mi:02d}"]
    return any(re.search(p, text) for p in pats)


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
        key = next((k for k in TEXTES if k in stem), None)
        if key is None:
            err(f"{stem}: no textes module"); continue
        T = TEXTES[key]
        if stem.endswith("_scan"):
            if subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.strip():
                err(f"{stem}: scan has a text layer")
            src = json.load(open(os.path.join(HERE, stem[: -len("_scan")] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in src.items() if k != "document"} != {k: v for k, v in g.items() if k != "document"}:
                err(f"{stem}: gold differs from its source's")
            print(f"{stem}.{g['format']}: scan, no text layer, gold = source's")
            continue
        session = g["examen"]["session"]
        ft = fold(text_of(path))
        check_weekdays(ft, stem, session)
        for s in g["dates"] + g["dates_optionnelles"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(ft, g["date_document"]):
            err(f"{stem}: date_document not found")
        gold_days = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        for trap in T.PIEGES:
            if trap in gold_days and trap != g["date_document"]:
                err(f"{stem}: trap {trap} leaks into the gold dates")
            if trap == g["date_document"] and trap in gold_days:
                err(f"{stem}: letter date {trap} in the gold dates")
            if not date_present(ft, trap):
                err(f"{stem}: trap {trap} not in the text")
        compact = re.sub(r"[\s.\-–]", "", ft.upper())
        for c in g["codes"] + g["codes_optionnels"]:
            if c not in compact:
                err(f"{stem}: code {c} not found")
        for c in g["centres"] + g["centres_optionnels"]:
            for w in c["mots"]:
                if w not in ft:
                    err(f"{stem}: centre word {w} not found")
            if c["ville"] and fold(c["ville"]) not in ft:
                err(f"{stem}: ville {c['ville']} not found")
        for k in g["cles"]:
            for f in ("debut", "fin"):
                if len(k.get(f) or "") > 10 and not hour_present(ft, int(k[f][11:13]), int(k[f][14:16])):
                    err(f"{stem}: hour {k[f]} of {k['type']} not found")
        aca = g["examen"]["academie"]
        if aca and fold(aca).replace("-", " ") not in re.sub(r"[-–]", " ", ft):
            err(f"{stem}: academie {aca} not written in the text")
        if g["examen"]["sigle"] and g["examen"]["sigle"].lower() not in ft:
            err(f"{stem}: sigle not found")
        if str(session) not in ft:
            err(f"{stem}: session year not found")
        print(f"{stem}.{g['format']}: {len(g['dates'])} spans, {len(g['cles'])} keys, {len(T.PIEGES)} traps checked")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
