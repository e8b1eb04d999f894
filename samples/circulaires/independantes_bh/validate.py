#!/usr/bin/env python3
"""Check the independantes_bh corpus without any project code.
- gold shape (keys, types, normalised codes, every key event's span listed in `dates`);
- weekdays written in the texts agree with the calendar;
- every gold date / code / centre word and city / key-event hour is findable
  (a) in `pdftotext` of the companion PDF and (b) in the circular decoded from the container
  (.eml: text, HTML, attached PDF or DOCX, forwarded message/rfc822; .mht/.mhtml: the HTML part);
- the *_scan.pdf has no text layer and is at most 200 dpi; every file is under 2 MB."""
import datetime as dt, email, glob, html, io, json, os, re, subprocess, sys, tempfile, unicodedata
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
KEYS = ("document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
        "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CONTAINERS = (".eml", ".mht", ".mhtml")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'").replace("\xa0", " ")


def err(msg):
    errors.append(msg)


def pdftext(path, layout=True):
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(cmd, capture_output=True, text=True).stdout


def pdftext_both(path):
    """Layout mode keeps lines, raw mode keeps table cells together: a fact may be found in either."""
    return pdftext(path) + "\n\f\n" + pdftext(path, layout=False)


def pdfbytes_text(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(data); f.flush()
        return pdftext_both(f.name)


def docx_text(data):
    from docx import Document
    doc = Document(io.BytesIO(data))
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def html_text(src):
    src = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", src)
    src = re.sub(r"(?is)<!--.*?-->", " ", src)
    src = re.sub(r"(?i)<(br|/p|/tr|/h\d|/li|/div)\b[^>]*>", "\n", src)
    src = re.sub(r"(?i)</t[dh]>", " | ", src)
    return html.unescape(re.sub(r"<[^>]+>", " ", src))


def container_text(path):
    """Decode what a mail client / browser would show, attachments included."""
    msg = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    out = []

    def walk(m):
        for part in m.walk():
            ctype = part.get_content_type()
            if ctype == "message/rfc822":
                continue  # walk() descends into it by itself
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True) or b""
            if ctype == "text/html":
                out.append(html_text(payload.decode(part.get_content_charset() or "utf-8", "replace")))
            elif ctype == "text/plain":
                out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
            elif ctype == "application/pdf":
                out.append(pdfbytes_text(payload))
            elif ctype.endswith("wordprocessingml.document"):
                out.append(docx_text(payload))
    walk(msg)
    return "\n".join(out)


def check_shape(g, name):
    for k in KEYS:
        if k not in g:
            err(f"{name}: missing {k}")
    if g.get("split") != "holdout":
        err(f"{name}: split")
    if g["portee"] not in ("academique", "nationale"):
        err(f"{name}: portee {g['portee']}")
    if (g["portee"] == "nationale") != (g["examen"]["academie"] is None):
        err(f"{name}: portee / academie mismatch")
    if not isinstance(g["examen"]["session"], int):
        err(f"{name}: session")
    if g["date_document"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date_document"]):
        err(f"{name}: date_document")
    for c in g["codes"] + g["codes_optionnels"]:
        if not re.fullmatch(r"(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}", c):
            err(f"{name}: bad code {c}")
    if set(g["codes"]) & set(g["codes_optionnels"]):
        err(f"{name}: code both required and optional")
    spans = {tuple(s) for s in g["dates"]}
    for s in g["dates"]:
        if len(s) != 2:
            err(f"{name}: span {s}")
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


def date_present(t, iso):
    d = dt.date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day}|{d.day}|0?{d.day})\s+{month}\s+{d.year}",
            rf"\b(?:{day}|{d.day})\b[^\n.;|]{{0,40}}?\b{month}\s+(?:\|\s*)?{d.year}",   # « du lundi 2 au vendredi 6 juin 2025 »
            rf"\b(?:{day}|{d.day})\s+{month}\s*\n\s*(?:[^\n]*\s)?{d.year}",                # year pushed to the next line of a cell
            rf"\b(?:{day}|{d.day})\s+{month}\b[^.;|]{{0,40}}?\b{d.year}",                    # « du lundi 31 mai au vendredi 4 juin 2027 »
            rf"\b{d.day:02d}/{d.month:02d}/{d.year}\b"]
    return any(re.search(p, t) for p in pats)


def check_weekdays(t, name):
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^.;|]{0,60})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\D{0,40}?\b(\d{4})\b)?", rest)
        if not mm or not mm.group(2):
            continue
        d = dt.date(int(mm.group(2)), MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{name}: '{m.group(0)[:40]!r}' is a {JOURS[d.weekday()]}")


def check_text(text, g, name):
    t = re.sub(r"[ \t\r\n]+", " ", fold(text))
    check_weekdays(t, name)
    for s in g["dates"]:
        for v in s:
            if v and not date_present(t, v):
                err(f"{name}: date {v} not found")
    if g["date_document"] and not date_present(t, g["date_document"]):
        err(f"{name}: date_document {g['date_document']} not found")
    compact = re.sub(r"[\s.\-–]", "", text.upper())
    for c in g["codes"]:
        if not re.search(rf"(?<![A-Z0-9]){c}(?![0-9])", compact) and c not in compact:
            err(f"{name}: code {c} not found")
    flat = re.sub(r"\s+", " ", t)
    for c in g["centres"]:
        for w in c["mots"]:
            if w not in flat:
                err(f"{name}: centre word {w} not found")
        if c["ville"] and fold(c["ville"]) not in flat:
            err(f"{name}: ville {c['ville']} not found")
    for k in g["cles"]:
        for f in ("debut", "fin"):
            v = k.get(f)
            if v and len(v) > 10:
                h, mi = int(v[11:13]), int(v[14:16])
                pats = [rf"\b{h}\s*h\s*{mi:02d}", rf"\b{h:02d}:{mi:02d}", rf"\b{h:02d}h{mi:02d}"] if mi else \
                       [rf"\b{h}\s*h\b", rf"\b{h}\s*h\s*00", rf"\b{h:02d}:00", rf"\b{h}h"]
                if not any(re.search(p, flat) for p in pats):
                    err(f"{name}: hour {v} of {k['type']} not found")


def pdf_max_dpi(path):
    from pypdf import PdfReader
    worst = 0
    for page in PdfReader(path).pages:
        w_in = float(page.mediabox.width) / 72
        for img in page.images:
            worst = max(worst, img.image.width / w_in)
    return worst


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for gp in golds:
        g = json.load(open(gp, encoding="utf-8"))
        stem = os.path.basename(gp)[: -len(".gold.json")]
        if g["document"] != stem:
            err(f"{stem}: document field")
        check_shape(g, stem)
        files = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith(".gold.json")]
        exts = sorted(os.path.splitext(p)[1][1:] for p in files)
        if g["format"] not in exts:
            err(f"{stem}: format {g['format']} has no file ({exts})")
        pdf = os.path.join(HERE, stem + ".pdf")
        if not os.path.exists(pdf):
            err(f"{stem}: no PDF"); continue
        if stem.endswith("_scan"):
            if pdftext(pdf).strip():
                err(f"{stem}: scan has a text layer")
            dpi = pdf_max_dpi(pdf)
            if not 0 < dpi <= 200.5:
                err(f"{stem}: scan resolution {dpi:.0f} dpi")
            src = json.load(open(os.path.join(HERE, stem[: -len("_scan")] + ".gold.json"), encoding="utf-8"))
            if {k: v for k, v in src.items() if k not in ("document", "format")} != \
               {k: v for k, v in g.items() if k not in ("document", "format")}:
                err(f"{stem}: scan gold differs from its source's gold")
            continue
        check_text(pdftext_both(pdf), g, stem + ".pdf")
        for p in files:
            if p.endswith(CONTAINERS):
                check_text(container_text(p), g, os.path.basename(p))
    for f in sorted(os.listdir(HERE)):
        if os.path.getsize(os.path.join(HERE, f)) >= 2 * 1024 * 1024:
            err(f"{f}: 2 MB or more")
    scans = glob.glob(os.path.join(HERE, "*_scan.pdf"))
    if len(scans) != 1:
        err(f"{len(scans)} scans (expected exactly one)")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
