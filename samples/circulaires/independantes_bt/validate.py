#!/usr/bin/env python3
"""Check the independantes_bt corpus (calendar files and meeting invitations) without any project code.
- gold shape; `format` is the extension of an existing file; every file under 2 MB;
- text of each document: DOCX (document.xml), PDF (pdftotext), EML (every MIME part decoded, HTML stripped,
  text/calendar read as below), ICS/VCS read by a small calendar reader written here (unfolding, escapes,
  quoted-printable cp1252, TZID / UTC 'Z' converted to the académie's local time, VALUE=DATE with exclusive
  DTEND, DURATION, RRULE WEEKLY/vCal 'D1 #n', EXDATE, RDATE, STATUS:CANCELLED, TRANSP:TRANSPARENT);
- weekdays written in every text agree with the calendar;
- every gold date / date_document / code / centre word and city / hour of a key is findable in the text;
- for calendars, the gold's date spans and key hours are exactly what the calendar's live events give,
  and the traps (cancelled events, holidays, excluded occurrences, exclusive ends, UTC days, older session)
  stay out of the gold;
- paired golds (letter / calendar) agree but for document, format and date_document."""
import datetime as dt, email, glob, json, os, quopri, re, subprocess, sys, unicodedata, zipfile
from email import policy
from xml.etree import ElementTree as ET
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
MOIS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPES = {"epreuve", "concertation", "depot_dossier", "controle_conformite", "correction", "numerisation", "reunion",
         "transmission", "jury", "resultats", "autre"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TZALIAS = {"Romance Standard Time": "Europe/Paris"}
PAIRS = [("circulaire_et_2027_lyon", "calendrier_et_2027_lyon"),
         ("circulaire_ms_2029_reims", "agenda_ms_2029_reims"),
         ("circulaire_gpme_2030_la-reunion", "calendrier_gpme_2030_la-reunion")]
# dates written in (or computable from) the documents that are NOT events of the session
TRAPS = {
    "calendrier_et_2027_lyon": ["2027-05-19", "2027-05-17", "2027-06-05", "2027-06-12", "2027-06-19", "2027-04-17",
                                "2027-01-13", "2027-01-14", "2027-04-13"],
    "circulaire_et_2027_lyon": ["2027-01-14", "2027-05-17", "2020-06-04", "2026-12-09"],
    "circulaire_ndrc_2028_nantes": ["2028-02-07", "2028-01-12", "2028-04-08", "2028-04-24", "2028-05-25", "2028-06-05"],
    "invitation_ndrc_2028_nantes": ["2028-05-09", "2028-02-07", "2028-04-18"],
    "agenda_ms_2029_reims": ["2028-06-29", "2029-05-27", "2029-06-04", "2029-06-02", "2029-06-08", "2029-03-21"],
    "circulaire_ms_2029_reims": ["2029-02-02", "2029-05-10", "2029-05-21", "2028-12-11", "2020-04-20"],
    "calendrier_gpme_2030_la-reunion": ["2030-03-03", "2030-04-10", "2030-05-25", "2030-06-08", "2030-01-18"],
    "circulaire_gpme_2030_la-reunion": ["2030-01-21", "2030-05-30", "2030-06-10", "2030-04-10", "2022-04-14", "2030-01-08"],
    "calendrier_national_crsa_2028": ["2027-06-22", "2027-11-04", "2028-06-17"],
}
errors = []


def err(msg):
    errors.append(msg)


def fold(t):
    t = unicodedata.normalize("NFKD", t)
    return "".join(c for c in t if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def fr(d):
    return f"{JOURS[d.weekday()]} {'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- a small calendar reader (iCalendar 2.0 / vCalendar 1.0)
def unescape(v):
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), v)


def content_lines(raw):
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    if re.search(r"^VERSION:1\.0", text, re.M):
        text = re.sub(r"=\r?\n", "", text)              # quoted-printable soft breaks (vCalendar 1.0)
    text = re.sub(r"\r?\n[ \t]", "", text)            # RFC 5545 unfolding
    out = []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if not line:
            continue
        m = re.match(r"([A-Za-z0-9-]+)((?:;[^:;]+=(?:\"[^\"]*\"|[^:;]*))*):(.*)$", line, re.S)
        if not m:
            continue
        params = dict(p.split("=", 1) for p in m.group(2).split(";")[1:])
        value = m.group(3)
        if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE":
            value = quopri.decodestring(value.encode("ascii")).decode(params.get("CHARSET", "cp1252")).replace("\r\n", "\n")
        out.append((m.group(1).upper(), params, value))
    return out


def parse_dt(value, params, tz):
    """-> (datetime in tz) or (date) for VALUE=DATE."""
    if params.get("VALUE") == "DATE" or re.fullmatch(r"\d{8}", value):
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    d = dt.datetime.strptime(value[:15], "%Y%m%dT%H%M%S")
    if value.endswith("Z"):
        return d.replace(tzinfo=dt.timezone.utc).astimezone(tz)
    zone = params.get("TZID", "").strip('"')
    return d.replace(tzinfo=ZoneInfo(TZALIAS.get(zone, zone) or tz.key)).astimezone(tz)


def duration(v):
    m = re.fullmatch(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?", v)
    return dt.timedelta(days=int(m.group(1) or 0), hours=int(m.group(2) or 0), minutes=int(m.group(3) or 0))


def read_calendar(raw, tz):
    """-> list of events: dict(summary, loc, desc, status, transp, occ=[(start, end)]) in local time;
    all-day occurrences are (date, last date) with the exclusive end already removed."""
    events, cur, depth = [], None, []
    for name, params, value in content_lines(raw):
        if name == "BEGIN":
            depth.append(value.upper())
            if value.upper() == "VEVENT":
                cur = {"rrule": None, "exdate": [], "rdate": [], "status": "", "transp": "", "summary": "", "loc": "", "desc": ""}
            continue
        if name == "END":
            depth.pop()
            if value.upper() == "VEVENT":
                events.append(cur); cur = None
            continue
        if cur is None or depth[-1] != "VEVENT":
            continue
        if name == "DTSTART":
            cur["start"] = parse_dt(value, params, tz)
        elif name == "DTEND":
            cur["end"] = parse_dt(value, params, tz)
        elif name == "DURATION":
            cur["duration"] = duration(value)
        elif name == "RRULE":
            cur["rrule"] = value
        elif name in ("EXDATE", "RDATE"):
            cur[name.lower()] += [parse_dt(v, params, tz) for v in value.split(",")]
        elif name in ("STATUS", "TRANSP"):
            cur[name.lower()] = value.upper()
        elif name == "SUMMARY":
            cur["summary"] = unescape(value)
        elif name == "LOCATION":
            cur["loc"] = unescape(value)
        elif name == "DESCRIPTION":
            cur["desc"] = unescape(value)
    for e in events:
        s = e["start"]
        if isinstance(s, dt.datetime):
            end = e.get("end") or (s + e.get("duration", dt.timedelta(0)))
            length = end - s
            allday = s.time() == dt.time(0) and end.time() == dt.time(0) and length >= dt.timedelta(days=1)
        else:
            end = e.get("end") or (s + dt.timedelta(days=1))
            length, allday = end - s, True
        starts = [s]
        r = e["rrule"] or ""
        m = re.search(r"COUNT=(\d+)", r)
        if r.startswith("FREQ=WEEKLY"):
            starts = [s + dt.timedelta(weeks=k) for k in range(int(m.group(1)))]
        elif re.fullmatch(r"D1 #(\d+)", r):
            starts = [s + dt.timedelta(days=k) for k in range(int(r.split("#")[1]))]
        elif r:
            err(f"unsupported rule {r}")
        starts = [x for x in starts if x not in e["exdate"]] + e["rdate"]
        e["excluded"] = [x for x in e["exdate"]]
        occ = []
        for x in starts:
            if allday:
                d0 = x.date() if isinstance(x, dt.datetime) else x
                occ.append((d0, d0 + length - dt.timedelta(days=1)))
            else:
                occ.append((x, x + length))
        e["occ"], e["allday"], e["recurring"] = occ, allday, len(occ) > 1
    return events


def render_calendar(events):
    lines = []
    for e in events:
        for a, b in e["occ"]:
            if e["allday"]:
                when = fr(a) if a == b else f"du {fr(a)} au {fr(b)}"
            else:
                when = f"{fr(a)} {a:%H:%M} - {b:%H:%M}"
            lines.append(f"{when} : {e['summary']} [{e['status'] or 'CONFIRMED'}{' ' + e['transp'] if e['transp'] else ''}] "
                         f"- {e['loc']} - {e['desc']}")
    return "\n".join(lines)


def day(x):
    return x.date() if isinstance(x, dt.datetime) else x


# ---------------------------------------------------------------- text of a document
def strip_html(h):
    return re.sub(r"\s+\n", "\n", re.sub(r"<[^>]+>", " ", re.sub(r"<br\s*/?>|</p>", "\n", h)).replace("&nbsp;", " "))


def document(path, tz):
    """-> (text for the checks, raw texts for the weekday check, list of calendar events or None)."""
    ext = path.rsplit(".", 1)[-1]
    data = open(path, "rb").read()
    if ext == "docx":
        with zipfile.ZipFile(path) as zf:
            root = ET.fromstring(zf.read("word/document.xml"))
        t = "\n".join("".join(x.text or "" for x in p.iter(W + "t")) for p in root.iter(W + "p"))
        return t, [t], None
    if ext == "pdf":
        t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
        raw = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
        return t + "\n" + re.sub(r"\s*\n\s*", " ", re.sub(r"-\s*\n\s*", "-", raw)), [t], None
    if ext in ("ics", "vcs"):
        events = read_calendar(data.decode("ascii" if ext == "vcs" else "utf-8"), tz)
        head = "\n".join(unescape(v) for n, p, v in content_lines(data.decode("utf-8")) if n.startswith("X-WR-CAL"))
        return head + "\n" + render_calendar(events), ["\n".join(e["desc"] + "\n" + e["summary"] for e in events) + "\n" + head], events
    if ext == "eml":
        msg = email.message_from_bytes(data, policy=policy.default)
        texts, events = [f"Subject: {msg['Subject']}\nDate: {msg['Date']}"], None
        for part in msg.walk():
            ct = part.get_content_type()
            if ct == "text/plain":
                texts.append(part.get_content())
            elif ct == "text/html":
                texts.append(strip_html(part.get_content()))
            elif ct == "text/calendar":
                if part.get_param("method") != "REQUEST":
                    err(f"{path}: calendar part without method=REQUEST")
                events = read_calendar(part.get_content(), tz)
                texts.append(render_calendar(events))
        return "\n".join(texts), texts[1:3], events
    err(f"unexpected format {ext}")
    return "", [], None


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
    if len(spans) != len(g["dates"]):
        err(f"{name}: duplicate spans")
    for s in g["dates"] + g["dates_optionnelles"]:
        if any(v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) for v in s) or (s[1] is not None and s[1] <= s[0]):
            err(f"{name}: bad span {s}")
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
    day_ = "1er" if d.day == 1 else str(d.day)
    month = MOIS[d.month - 1]
    pats = [rf"\b(?:{day_}|{d.day}|0?{d.day})\s+{month}", rf"\b{d.day:02d}[/-]{d.month:02d}\b",
            rf"\b(?:{day_}|{d.day})\b[^\n.;]{{0,45}}?\b{month}"]
    return any(re.search(p, text) for p in pats)


def check_weekdays(text, where, session):
    t = fold(text)
    for m in re.finditer(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(1er|\d{1,2})\b([^\n.;|]{0,50})", t):
        wd, dd, rest = JOURS.index(m.group(1)), int(m.group(2).replace("er", "")), m.group(3)
        mm = re.search(r"\b(" + "|".join(MOIS) + r")\b(?:\s+(\d{4}))?", rest)
        if not mm:
            continue
        d = dt.date(int(mm.group(2)) if mm.group(2) else session, MOIS.index(mm.group(1)) + 1, dd)
        if d.weekday() != wd:
            err(f"{where}: '{m.group(0)[:30]}' is a {JOURS[d.weekday()]}")


def check_calendar(stem, g, events):
    """The gold's spans and key hours are those of the live events; traps stay out."""
    session = g["examen"]["session"]
    live, computed, envelopes, moments = [], set(), [], []
    for e in events:
        dead = e["status"] == "CANCELLED" or e["transp"] == "TRANSPARENT" or any(day(a).year != session for a, _ in e["occ"])
        for a, b in e["occ"]:
            if dead:
                TRAPS.setdefault(stem, []).append(day(a).isoformat())
                continue
            computed.add((day(a).isoformat(), None if day(b) == day(a) else day(b).isoformat()))
            moments.append((a, b, e))
        if e["allday"] and not dead:
            for a, b in e["occ"]:
                TRAPS.setdefault(stem, []).append((b + dt.timedelta(days=1)).isoformat())   # the exclusive DTEND
        for x in e["excluded"]:
            TRAPS.setdefault(stem, []).append(day(x).isoformat())
        if e["recurring"] and not dead:
            ds = sorted(day(a) for a, _ in e["occ"])
            envelopes.append((ds[0].isoformat(), ds[-1].isoformat(), {d.isoformat() for d in ds}))
    gold = {tuple(s) for s in g["dates"]}
    opt = {tuple(s) for s in g["dates_optionnelles"]}
    env_ok = lambda s: any(s[0] == a and s[1] == b for a, b, _ in envelopes)
    in_env = lambda s: s[1] is None and any(s[0] in ds and (a, b) in gold for a, b, ds in envelopes)
    for s in gold if g["format"] != "eml" else ():
        if s not in computed and not env_ok(s):
            err(f"{stem}: gold span {s} is no live event of the calendar")
    if g["format"] != "eml":   # an invitation's calendar part holds only the meeting
        for s in computed:
            if s not in gold and s not in opt and not in_env(s):
                err(f"{stem}: live event {s} missing from the gold")
    for k in g["cles"]:
        if len(k["debut"]) <= 10:
            continue
        hit = [a for a, b, e in moments if isinstance(a, dt.datetime) and a.strftime("%Y-%m-%dT%H:%M") == k["debut"]
               and ("fin" not in k or len(k["fin"]) <= 10 or b.strftime("%Y-%m-%dT%H:%M") == k["fin"])]
        if not hit and g["format"] != "eml":
            err(f"{stem}: key {k['type']} {k['debut']} has no event at that local time")
        if not hit and g["format"] == "eml" and k["type"] == "reunion":
            err(f"{stem}: the invitation's event is not at {k['debut']}")


def main():
    golds = sorted(glob.glob(os.path.join(HERE, "*.gold.json")))
    for f in os.listdir(HERE):
        if os.path.isfile(os.path.join(HERE, f)) and os.path.getsize(os.path.join(HERE, f)) > 2_000_000:
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
        session = g["examen"]["session"]
        tz = ZoneInfo("Indian/Reunion" if g["examen"]["academie"] == "La Réunion" else "Europe/Paris")
        text, raws, events = document(path, tz)
        for r in raws:
            check_weekdays(r, stem, session)
        if events is not None:
            check_calendar(stem, g, events)
        ft = fold(text)
        for s in g["dates"]:
            for v in s:
                if v and not date_present(ft, v):
                    err(f"{stem}: date {v} not found")
        if g["date_document"] and not date_present(ft, g["date_document"]) and g["format"] != "eml":
            err(f"{stem}: date_document not found")
        if g["format"] == "eml":
            d = email.utils.parsedate_to_datetime(email.message_from_bytes(open(path, "rb").read())["Date"]).date()
            if d.isoformat() != g["date_document"]:
                err(f"{stem}: date_document is not the mail's date {d}")
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
        print(f"{stem}.{g['format']}: {len(text)} chars" + (f", {len(events)} calendar events" if events is not None else ""))
    for stem, traps in TRAPS.items():
        g = G.get(stem)
        if not g:
            err(f"traps for unknown {stem}"); continue
        used = {v for s in g["dates"] + g["dates_optionnelles"] for v in s if v}
        for t in set(traps):
            if t in used:
                err(f"{stem}: trap date {t} leaks into the gold")
    for a, b in PAIRS:
        strip = lambda g: {k: v for k, v in g.items() if k not in ("document", "format", "date_document")}
        if strip(G[a]) != strip(G[b]):
            err(f"pair {a} / {b}: golds differ")
    print(f"{len(golds)} gold files checked")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
