#!/usr/bin/env python3
"""Sanity checks for the corpus (no project code, no extraction):
- every gold parses and its values have the contract's types/patterns;
- every weekday written next to a date in the PDFs' text is the right one;
- every gold date (and code) can be found in the PDF's text layer;
- scans have no text layer (pdffonts lists no font, pdftotext is empty).
"""
import datetime as dt
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTRACT = Path("/work/shared/contracts/session.schema.json")
TYPES = json.loads(CONTRACT.read_text())["properties"]["evenements"]["items"]["properties"]["type"]["enum"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ABR = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
        "septembre", "octobre", "novembre", "decembre"]
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
CODE = re.compile(r"^(E|U|EF|UF)[0-9]{1,2}[A-Z0-9]{0,3}$")
errors = []


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower()


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout


def dates_in(text, session):
    """(iso, weekday-or-None) for every written date; a missing year is the next one written."""
    t = fold(text).replace("1er", "1")
    out = []
    rx = re.compile(r"(?:(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(\d{1,2})\s+(%s)(?:\s+(\d{4}))?"
                    % "|".join(MOIS))
    for m in rx.finditer(t):
        year = m.group(4)
        if not year:
            nxt = re.search(r"\b(20\d\d)\b", t[m.end():m.end() + 60])
            year = nxt.group(1) if nxt else str(session)
        d = dt.date(int(year), MOIS.index(m.group(3)) + 1, int(m.group(2)))
        out.append((d, m.group(1)))
    for m in re.finditer(r"\b(lun|mar|mer|jeu|ven|sam|dim)\.\s+(\d\d)/(\d\d)/(\d{4})", t):
        d = dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
        out.append((d, JOURS[ABR[m.group(1)]]))
    for m in re.finditer(r"\b(\d\d)/(\d\d)/(20\d\d)\b", t):          # dates wrapped away from their weekday
        out.append((dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), None))
    for m in re.finditer(r"\bdu (\d{1,2}) au (\d{1,2}) (%s)" % "|".join(MOIS), t):   # « du 2 au 6 juin »
        nxt = re.search(r"\b(20\d\d)\b", t[m.end():m.end() + 80])
        year = int(nxt.group(1)) if nxt else session
        out.append((dt.date(year, MOIS.index(m.group(3)) + 1, int(m.group(1))), None))
    return out


def check_gold(path):
    g = json.loads(path.read_text(encoding="utf-8"))
    stem = g["document"]
    if stem + ".gold.json" != path.name:
        errors.append(f"{path.name}: document != stem")
    ex = g["examen"]
    assert isinstance(ex["session"], int)
    for k in ("sigle", "academie"):
        assert ex[k] is None or isinstance(ex[k], str)
    if g["date_document"] is not None:
        dt.date.fromisoformat(g["date_document"])
    assert g["split"] in ("dev", "holdout") and g["portee"] in ("nationale", "academique")
    if g["portee"] == "nationale" and ex["academie"] is not None:
        errors.append(f"{stem}: nationale but académie set")
    for c in g["codes"] + g["codes_optionnels"]:
        if not CODE.match(c):
            errors.append(f"{stem}: bad code {c}")
    for c in g["centres"] + g["centres_optionnels"]:
        assert isinstance(c["mots"], list) and all(w == fold(w) for w in c["mots"])
    for a, b in g["dates"] + g["dates_optionnelles"]:
        dt.date.fromisoformat(a)
        if b:
            dt.date.fromisoformat(b)
            if b <= a:
                errors.append(f"{stem}: span {a} {b}")
    if len({tuple(x) for x in g["dates"]}) != len(g["dates"]):
        errors.append(f"{stem}: duplicate dates")
    spans = {tuple(x) for x in g["dates"]}
    for k in g["cles"]:
        if k["type"] not in TYPES:
            errors.append(f"{stem}: type {k['type']}")
        for v in (k["debut"], k.get("fin")):
            if v is not None and not DAY.match(v):
                errors.append(f"{stem}: bad moment {v}")
        for alts in k.get("epreuves", []):
            for c in alts:
                if c not in g["codes"] + g["codes_optionnels"]:
                    errors.append(f"{stem}: key code {c} not in codes")
        fin = k.get("fin")
        sp = (k["debut"][:10], fin[:10] if fin and fin[:10] != k["debut"][:10] else None)
        if sp not in spans:
            errors.append(f"{stem}: key span {sp} not in dates")
    return g


def main():
    golds = sorted(HERE.glob("*.gold.json"))
    for gp in golds:
        g = check_gold(gp)
        stem, session = g["document"], g["examen"]["session"]
        pdf = HERE / f"{stem}.pdf"
        text = text_of(pdf)
        found = dates_in(text, session)
        for d, wd in found:
            if wd and JOURS[d.weekday()] != wd:
                errors.append(f"{stem}: {d} is {JOURS[d.weekday()]}, text says {wd}")
        written = {d.isoformat() for d, _ in found}
        for a, b in g["dates"]:
            for v in (a, b):
                if v and v not in written:
                    errors.append(f"{stem}: gold date {v} not found in PDF text")
        flat = re.sub(r"[^A-Z0-9]", "", text.upper())
        for c in g["codes"]:
            raw = {"E4A": "E4PARTIEA", "E4B": "E4PARTIEB"}.get(c, c)
            if raw not in flat:
                errors.append(f"{stem}: code {c} not in text")
        for c in g["centres"]:
            if not all(w in fold(text) for w in c["mots"]) or fold(c["ville"]).replace("-", " ") not in fold(text).replace("-", " "):
                errors.append(f"{stem}: centre {c} not in text")
        print(f"{stem:42s} {g['split']:8s} pages={text.count(chr(12))} dates_written={len(written)} ok")
        scan = HERE / f"{stem}_scan.pdf"
        if scan.exists():
            fonts = subprocess.run(["pdffonts", str(scan)], capture_output=True, text=True).stdout.splitlines()[2:]
            st = text_of(scan).strip()
            if fonts or st:
                errors.append(f"{scan.name}: has a text layer")
            print(f"  {scan.name}: no fonts, no text")
    print("\n".join(errors) or "ALL CHECKS PASSED")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
