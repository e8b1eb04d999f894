"""Calendar files: iCalendar (.ics, an Outlook invitation's text/calendar part) and vCalendar 1.0 (.vcs).

An exam office may send the session's key dates as calendar entries instead of a letter. Each entry becomes
a row of one table (« Événement | Date | Horaire | Lieu | Précisions »), written in French the way a
circular writes it, so the event rules read it like any calendar: the day and the hours in the calendar's
own time zone (a time given in UTC is moved to the zone the file names — `X-WR-TIMEZONE`, a `TZID` — else
to Paris), an all-day entry's exclusive end made its last day, a repeated entry (RRULE, RDATE, EXDATE;
vCalendar's « D1 #3 ») written once per occurrence, a cancelled entry and an earlier session's left out. Only text is parsed: no
alarm, attachment or URL is followed.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from extractors.dates import render_date
from extractors.document import Block, Page

MAX_EVENTS = 2000  # entries read from one file (occurrences included)
MAX_REPEAT = 60  # occurrences of one repeated entry
DEFAULT_ZONE = "Europe/Paris"
# Windows time-zone names Outlook writes in TZID (« Romance Standard Time » is Paris)
_WINDOWS_ZONES = {"romance standard time": "Europe/Paris", "w. europe standard time": "Europe/Paris",
                  "central europe standard time": "Europe/Paris", "gmt standard time": "Europe/London",
                  "arabian standard time": "Indian/Reunion", "mauritius standard time": "Indian/Reunion",
                  "sa western standard time": "America/Martinique", "sa eastern standard time": "America/Cayenne",
                  "e. africa standard time": "Indian/Mayotte", "hawaiian standard time": "Pacific/Tahiti",
                  "central pacific standard time": "Pacific/Noumea"}
_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


def looks_like_calendar(text: str) -> bool:
    return bool(re.match(r"\s*BEGIN:VCALENDAR\b", text[:4096], re.I))


@dataclass
class _Prop:
    name: str
    params: dict[str, str]
    value: str


@dataclass
class _Component:
    kind: str
    props: list[_Prop] = field(default_factory=list)
    children: list[_Component] = field(default_factory=list)

    def get(self, name: str) -> _Prop | None:
        return next((p for p in self.props if p.name == name), None)

    def value(self, name: str) -> str:
        """The value of the first property of that name, "" when there is none."""
        prop = self.get(name)
        return prop.value if prop is not None else ""

    def all(self, name: str) -> list[_Prop]:
        return [p for p in self.props if p.name == name]


def _unfolded(text: str) -> list[str]:
    """Content lines: a line starting with a space or a tab goes on the one before (RFC 5545 folding); a
    quoted-printable value ending with « = » goes on the next line (vCalendar 1.0)."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and out:
            out[-1] += raw[1:]
        elif out and out[-1].endswith("=") and "QUOTED-PRINTABLE" in out[-1].split(":", 1)[0].upper():
            out[-1] = out[-1][:-1] + raw
        elif raw.strip():
            out.append(raw)
    return out


def _prop(line: str) -> _Prop | None:
    m = re.match(r"([A-Za-z0-9-]+)((?:;[^:;]*(?:\"[^\"]*\"[^:;]*)?)*):(.*)$", line)
    if not m:
        return None
    params: dict[str, str] = {}
    for part in filter(None, m.group(2).split(";")):
        key, _, value = part.partition("=")
        params[key.upper()] = value.strip('"') if value else key.upper()  # vCalendar: « ;QUOTED-PRINTABLE »
    value = m.group(3)
    if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE" or "QUOTED-PRINTABLE" in params:
        charset = params.get("CHARSET", "cp1252" if "=E9" in value.upper() or "=C9" in value.upper() else "utf-8")
        try:
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode(charset, "replace")
        except LookupError:
            value = quopri.decodestring(value.encode("latin-1", "replace")).decode("cp1252", "replace")
    return _Prop(m.group(1).upper(), params, value)


def parse(text: str) -> _Component:
    """The calendar's component tree (VCALENDAR → VEVENT, VTIMEZONE…)."""
    root = _Component("ROOT")
    stack = [root]
    for line in _unfolded(text):
        p = _prop(line)
        if p is None:
            continue
        if p.name == "BEGIN":
            child = _Component(p.value.strip().upper())
            stack[-1].children.append(child)
            stack.append(child)
        elif p.name == "END":
            if len(stack) > 1:
                stack.pop()
        else:
            stack[-1].props.append(p)
    return root


def _text(value: str) -> str:
    """An iCalendar TEXT value: « \\, » « \\; » « \\n » unescaped, line breaks made spaces."""
    value = re.sub(r"\\[nN]", " ", value).replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    return " ".join(value.split())


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    name = name.strip().strip('"')
    candidates = [name, _WINDOWS_ZONES.get(name.lower(), "")]
    m = re.search(r"([A-Z][a-z]+/[A-Za-z_]+)$", name)  # « /mozilla.org/…/Europe/Paris »
    if m:
        candidates.append(m.group(1))
    for c in candidates:
        if not c:
            continue
        try:
            return ZoneInfo(c)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def _moment(prop: _Prop, home: ZoneInfo) -> date | datetime | None:
    """A DATE (all day) or a DATE-TIME in the calendar's zone (UTC « Z » and a TZID moved there)."""
    value = prop.value.strip()
    try:
        if prop.params.get("VALUE", "").upper() == "DATE" or re.fullmatch(r"\d{8}", value):
            return datetime.strptime(value[:8], "%Y%m%d").date()
        moment = datetime.strptime(value[:15], "%Y%m%dT%H%M%S")
    except ValueError:
        return None
    if value.endswith("Z"):
        return moment.replace(tzinfo=UTC).astimezone(home).replace(tzinfo=None)
    zone = _zone(prop.params.get("TZID"))
    if zone is not None and zone.key != home.key:
        return moment.replace(tzinfo=zone).astimezone(home).replace(tzinfo=None)
    return moment


def _duration(value: str) -> timedelta | None:
    m = re.fullmatch(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", value.strip())
    if not m:
        return None
    sign = -1 if m.group(1) == "-" else 1
    w, d, h, mi, s = (int(g or 0) for g in m.groups()[1:])
    return sign * timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)


def _occurrences(start: date | datetime, rule: str, version1: bool) -> list[date | datetime]:
    """The starts a repetition rule gives (the first included): FREQ=DAILY/WEEKLY with INTERVAL, COUNT,
    UNTIL, BYDAY; vCalendar's « D1 #3 », « W1 #2 ». Anything else: the first start only."""
    if version1:
        m = re.match(r"\s*([DW])(\d+)(?:\s+[A-Z ]*?)?\s*(?:#(\d+))?", rule)
        if not m:
            return [start]
        step = timedelta(days=int(m.group(2)) * (7 if m.group(1) == "W" else 1))
        count = min(int(m.group(3) or 2), MAX_REPEAT)
        return [start + step * k for k in range(count)]
    parts = dict(p.partition("=")[::2] for p in rule.upper().split(";") if "=" in p)
    freq = parts.get("FREQ")
    if freq not in ("DAILY", "WEEKLY"):
        return [start]
    interval = int(parts.get("INTERVAL", "1") or 1)
    count = min(int(parts.get("COUNT", str(MAX_REPEAT)) or MAX_REPEAT), MAX_REPEAT)
    until_raw = parts.get("UNTIL", "")
    until = datetime.strptime(until_raw[:8], "%Y%m%d").date() if re.match(r"\d{8}", until_raw) else None
    days = {_DAYS[d[-2:]] for d in parts.get("BYDAY", "").split(",") if d[-2:] in _DAYS}
    out: list[date | datetime] = []
    for offset in range(366 * 2):
        current = start + timedelta(days=offset)
        day = current.date() if isinstance(current, datetime) else current
        if until is not None and day > until:
            break
        if freq == "DAILY":
            keep = offset % interval == 0 and (not days or day.weekday() in days)
        else:
            keep = (offset // 7) % interval == 0 and (day.weekday() in days if days else offset % 7 == 0)
        if keep:
            out.append(current)
            if len(out) >= count:
                break
    return out or [start]


def _hour(t: time) -> str:
    return f"{t.hour} h {t.minute:02d}"


@dataclass
class _Entry:
    summary: str
    start: date | datetime
    end: date | datetime | None
    location: str
    description: str


def _row(e: _Entry) -> list[str]:
    """« Événement | Date | Horaire | Lieu | Précisions », the date and hours as a circular writes them."""
    start, end = e.start, e.end
    if isinstance(start, datetime):
        first = start.date()
        if isinstance(end, datetime) and end.date() != first and end > start:
            last = end.date() if end.time() != time(0) else end.date() - timedelta(days=1)
            if last <= first:
                return [e.summary, render_date(first), f"{_hour(start.time())}", e.location, e.description]
            opening = f" ({_hour(start.time())})" if start.time() != time(0) else ""
            return [e.summary, f"du {render_date(first)}{opening} au {render_date(last)}"
                    + (f" ({_hour(end.time())})" if end.time() != time(0) else ""), "", e.location, e.description]
        hours = _hour(start.time()) + (f" – {_hour(end.time())}" if isinstance(end, datetime) and end > start else "")
        if start.time() == time(0) and not (isinstance(end, datetime) and end > start):
            hours = ""
        return [e.summary, render_date(first), hours, e.location, e.description]
    last = (end - timedelta(days=1)) if isinstance(end, date) and not isinstance(end, datetime) and end > start else start
    if last > start:
        return [e.summary, f"du {render_date(start)} au {render_date(last)}", "", e.location, e.description]
    return [e.summary, render_date(start), "", e.location, e.description]


STALE_DAYS = 240  # an entry this long before most of the others is an earlier session's, left in the agenda


def _this_session(entries: list[_Entry]) -> list[_Entry]:
    """The entries without those an agenda kept from an earlier session (last year's jury, months before
    the rest): more than STALE_DAYS before the middle entry."""
    if len(entries) < 4:
        return entries

    def day(e: _Entry) -> date:
        return e.start.date() if isinstance(e.start, datetime) else e.start

    middle = day(entries[len(entries) // 2])
    return [e for e in entries if (middle - day(e)).days <= STALE_DAYS]


def calendar_pages(text: str) -> list[Page]:
    """The calendar as one page: its name and description, then a table of its entries in time order."""
    root = parse(text)
    cal = next((c for c in root.children if c.kind == "VCALENDAR"), root)
    version1 = cal.value("VERSION").strip() == "1.0"
    home = _zone(cal.value("X-WR-TIMEZONE"))
    if home is None:
        zones = [c.value("TZID") for c in cal.children if c.kind == "VTIMEZONE" and c.value("TZID")]
        home = next((z for z in map(_zone, zones) if z is not None), None) or ZoneInfo(DEFAULT_ZONE)
    entries: list[_Entry] = []
    for ev in cal.children:
        if ev.kind != "VEVENT" or len(entries) >= MAX_EVENTS:
            continue
        status = ev.value("STATUS").strip().upper()
        if status in ("CANCELLED", "DECLINED"):
            continue  # an entry the organiser cancelled
        start_p = ev.get("DTSTART")
        start = _moment(start_p, home) if start_p else None
        if start is None:
            continue
        end_p = ev.get("DTEND") or ev.get("DUE")
        end = _moment(end_p, home) if end_p else None
        if end is None and ev.value("DURATION"):
            span = _duration(ev.value("DURATION"))
            end = start + span if span is not None else None
        starts = _occurrences(start, ev.value("RRULE"), version1) if ev.value("RRULE") else [start]
        for extra in ev.all("RDATE"):
            for v in extra.value.split(","):
                moment = _moment(_Prop("RDATE", extra.params, v), home)
                if moment is not None:
                    starts.append(moment)
        skipped = set()
        for ex in ev.all("EXDATE"):
            for v in ex.value.split(","):
                moment = _moment(_Prop("EXDATE", ex.params, v), home)
                if moment is not None:
                    skipped.add(moment if not isinstance(moment, datetime) else moment.date())
        length = (end - start) if end is not None else None
        for s in dict.fromkeys(starts):
            if (s if not isinstance(s, datetime) else s.date()) in skipped:
                continue
            entries.append(_Entry(_text(ev.value("SUMMARY")), s, s + length if length is not None else None,
                                  _text(ev.value("LOCATION")), _text(ev.value("DESCRIPTION"))))
    entries.sort(key=lambda e: (e.start if isinstance(e.start, datetime) else datetime.combine(e.start, time(0))))
    entries = _this_session(entries)
    blocks: list[Block] = []
    if cal.value("X-WR-CALNAME"):
        blocks.append(Block("heading", _text(cal.value("X-WR-CALNAME")), level=1))
    if cal.value("X-WR-CALDESC"):
        blocks.append(Block("text", _text(cal.value("X-WR-CALDESC"))))
    if entries:
        blocks.append(Block("table", rows=[["Événement", "Date", "Horaire", "Lieu", "Précisions"]]
                            + [_row(e) for e in entries[:MAX_EVENTS]]))
    return [Page(1, blocks)]
