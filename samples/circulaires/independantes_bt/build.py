#!/usr/bin/env python3
"""Build the independantes_bt corpus (calendar files and meeting invitations).
Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile, a Chromium profile and temp files in /tmp).
The .ics/.vcs/.eml files are written byte by byte here (no calendar library): their content is fully fixed."""
import base64, datetime as dt, os, quopri, shutil, subprocess, sys, tempfile
from email.header import Header
from zoneinfo import ZoneInfo

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.dont_write_bytecode = True  # no __pycache__ in the corpus folder
import textes_lyon as TL
import textes_nantes as TN
import textes_reims as TR
import textes_reunion as TU
import textes_crsa as TC

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
TMP = tempfile.mkdtemp(prefix="bt_build_")
LO_PROFILE = "file:///tmp/lo_bt"
PARIS, UTC = ZoneInfo("Europe/Paris"), dt.timezone.utc
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))


# ------------------------------------------------------------------ iCalendar helpers
def ics_esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """RFC 5545 folding: at most 75 octets per physical line, never inside a UTF-8 character."""
    chunks, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            chunks.append(cur); cur, limit = b"", 74
        cur += b
    chunks.append(cur)
    return b"\r\n ".join(chunks)


def write_lines(path, lines):
    with open(path, "wb") as fh:
        fh.write(b"".join(fold(l) + b"\r\n" for l in lines))


def local(iso, tz):
    return dt.datetime.fromisoformat(iso).replace(tzinfo=tz)


def zfmt(iso, tz):
    return local(iso, tz).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lfmt(iso):
    return dt.datetime.fromisoformat(iso).strftime("%Y%m%dT%H%M%S")


def dfmt(iso):
    return iso.replace("-", "")


VTZ_PARIS = ["BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
             "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]


def vevent(e, mode, tz, stamp, domain, extra=()):
    """mode 'tzid' (DTSTART;TZID=Europe/Paris:...) or 'utc' (…Z)."""
    L = ["BEGIN:VEVENT", f"CREATED:{stamp}", f"LAST-MODIFIED:{stamp}", f"DTSTAMP:{stamp}", f"UID:{e['uid']}@{domain}",
         "SUMMARY:" + ics_esc(e["summary"])]
    if e.get("status"):
        L.append("STATUS:" + e["status"])
    if e.get("categories"):
        L.append("CATEGORIES:" + e["categories"])

    def dtp(name, iso):
        return f"{name}:{zfmt(iso, tz)}" if mode == "utc" else f"{name};TZID={tz.key}:{lfmt(iso)}"

    if "allday" in e:
        L += [f"DTSTART;VALUE=DATE:{dfmt(e['allday'][0])}", f"DTEND;VALUE=DATE:{dfmt(e['allday'][1])}"]
    elif "dateonly" in e:
        L.append(f"DTSTART;VALUE=DATE:{dfmt(e['dateonly'])}")
    else:
        L.append(dtp("DTSTART", e["start"]))
        L.append(dtp("DTEND", e["end"]) if "end" in e else "DURATION:" + e["duration"])
    if e.get("rrule"):
        L.append("RRULE:" + e["rrule"])
    for x in e.get("exdate", []):
        L.append(dtp("EXDATE", x))
    for x in e.get("rdate", []):
        L.append(dtp("RDATE", x))
    L.append("TRANSP:" + ("TRANSPARENT" if e.get("transp") else "OPAQUE"))
    if e.get("loc"):
        L.append("LOCATION:" + ics_esc(e["loc"]))
    if e.get("desc"):
        L.append("DESCRIPTION:" + ics_esc(e["desc"]))
    L += list(extra)
    if e.get("alarm"):
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", f"TRIGGER;VALUE=DURATION:{e['alarm']}", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def build_lyon_ics():
    L = ["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "VERSION:2.0",
         "METHOD:PUBLISH", "X-WR-CALNAME:" + ics_esc(TL.CALNAME), "X-WR-CALDESC:" + ics_esc(TL.CALDESC),
         "X-WR-TIMEZONE:Europe/Paris"] + VTZ_PARIS
    for e in TL.EVENTS:
        L += vevent(e, "tzid", PARIS, "20270113T153208Z", "dec2.ac-lyon.example", ["X-MOZ-GENERATION:2"])
    L.append("END:VCALENDAR")
    write_lines(P("calendrier_et_2027_lyon.ics"), L)


def build_reunion_ics():
    tz = ZoneInfo(TU.TZ)
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:PUBLISH", "X-WR-CALNAME:" + ics_esc(TU.CALNAME), "X-WR-TIMEZONE:" + TU.TZ,
         "X-WR-CALDESC:" + ics_esc(TU.CALDESC)]
    for e in TU.EVENTS:
        L += vevent(e, "utc", tz, "20300118T061244Z", "google.com", ["SEQUENCE:0", "STATUS:CONFIRMED"])
    L.append("END:VCALENDAR")
    write_lines(P("calendrier_gpme_2030_la-reunion.ics"), L)


def build_crsa_ics():
    L = ["BEGIN:VCALENDAR", "PRODID:-//MESR DGESIP//Calendrier des examens BTS 1.4//FR", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ics_esc(TC.CALNAME),
         "X-WR-CALDESC:" + ics_esc(TC.CALDESC), "X-PUBLISHED-TTL:P1W"] + VTZ_PARIS
    for e in TC.EVENTS:
        L += vevent(e, "tzid", PARIS, "20271104T080000Z", "examens.enseignementsup.example", ["CLASS:PUBLIC"])
    L.append("END:VCALENDAR")
    write_lines(P("calendrier_national_crsa_2028.ics"), L)


# ------------------------------------------------------------------ vCalendar 1.0 (Outlook 2003 export)
def qp(text):
    """Quoted-printable of cp1252 text, CRLF as =0D=0A, soft line breaks '=' CRLF."""
    raw = text.replace("\n", "\r\n").encode("cp1252")
    enc = ""
    for b in raw:
        c = chr(b)
        enc += c if (33 <= b <= 126 and c != "=") or c == " " else f"={b:02X}"
    lines, cur = [], ""
    i = 0
    while i < len(enc):
        tok = enc[i:i + 3] if enc[i] == "=" else enc[i]
        if len(cur) + len(tok) > 73:
            lines.append(cur + "="); cur = ""
        cur += tok; i += len(tok)
    lines.append(cur)
    return "\r\n".join(lines)


def build_reims_vcs():
    out = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN", "VERSION:1.0"]
    for n, e in enumerate(TR.EVENTS):
        out.append("BEGIN:VEVENT")
        if "allday" in e:  # Outlook writes all-day items as local midnight expressed in UTC
            out += [f"DTSTART:{zfmt(e['allday'][0] + 'T00:00', PARIS)}", f"DTEND:{zfmt(e['allday'][1] + 'T00:00', PARIS)}"]
        else:
            out += [f"DTSTART:{zfmt(e['start'], PARIS)}", f"DTEND:{zfmt(e['end'], PARIS)}"]
        if e.get("vrule"):
            out.append("RRULE:" + e["vrule"])
        if e["loc"]:
            out.append("LOCATION;ENCODING=QUOTED-PRINTABLE:" + qp(e["loc"]))
        out.append("UID:040000008200E00074C5B7101A82E00800000000%08X0C3D01C0000000000000000100000000%08X" % (0x5A3E10B0 + n * 977, 0xC41F2D00 + n))
        out.append("DESCRIPTION;ENCODING=QUOTED-PRINTABLE:" + qp(e["desc"] + "\n"))
        out.append("SUMMARY;ENCODING=QUOTED-PRINTABLE:" + qp(e["summary"]))
        if e.get("alarm"):
            t = dt.datetime.fromisoformat(e["start"]).replace(tzinfo=PARIS).astimezone(UTC) - dt.timedelta(days=2)
            out.append(f"AALARM:{t:%Y%m%dT%H%M%SZ};;0;")
        out += ["PRIORITY:3", "END:VEVENT"]
    out.append("END:VCALENDAR")
    with open(P("agenda_ms_2029_reims.vcs"), "wb") as fh:
        fh.write(("\r\n".join(out) + "\r\n").encode("ascii"))


# ------------------------------------------------------------------ Outlook meeting invitation (.eml)
def build_nantes_eml():
    N = TN
    org_name, org_mail = N.ORGANIZER
    desc = "\n".join(N.BODY)
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
           "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
           "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
           "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
           "BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_mail}"]
    for cn, mail in N.ATTENDEES:
        cal.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{mail}")
    cal += ["DESCRIPTION;LANGUAGE=fr-FR:" + ics_esc(desc + "\n"),
            "UID:040000008200E00074C5B7101A82E00800000000B07E2F6D4C71DC01000000000000000010000000E8D4C0B6A1F3C74F9E6A2D51B0C8E317",
            "SUMMARY;LANGUAGE=fr-FR:" + ics_esc(N.EVENT["summary"]),
            f"DTSTART;TZID=Romance Standard Time:{lfmt(N.EVENT['start'])}",
            f"DTEND;TZID=Romance Standard Time:{lfmt(N.EVENT['end'])}",
            "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20280418T084217Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
            "SEQUENCE:1", "LOCATION;LANGUAGE=fr-FR:" + ics_esc(N.LOCATION),
            "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-OWNERAPPTID:2118349011",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-LOCATIONS:[{\"DisplayName\":\"Lycée Gabriel Guisthau, salle B112\",\"LocationAnnotation\":\"\"}]",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"]
    cal_bytes = b"".join(fold(l) + b"\r\n" for l in cal)

    plain = (f"Quand : {N.QUAND}\nOù : {N.OU}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + "\n\n".join(N.BODY[:-3]) + "\n\n"
             + "\n".join(N.BODY[-3:]) + "\n")
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>\n"
            "</head><body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\"><div class=\"WordSection1\">\n"
            f"<p class=\"MsoNormal\"><b>Quand :</b> {esc(N.QUAND)}<br><b>Où :</b> {esc(N.OU)}</p>\n"
            "<p class=\"MsoNormal\"><span style=\"color:#5A5A5A\">*~*~*~*~*~*~*~*~*~*</span></p>\n"
            + "".join(f"<p class=\"MsoNormal\">{esc(p)}</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n" for p in N.BODY[:-3])
            + "<p class=\"MsoNormal\">" + "<br>".join(esc(p) for p in N.BODY[-3:]) + "</p>\n</div></body></html>\n")

    def qp_part(text):
        return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")

    boundary = "_000_PR1P264MB38214E0C2B6F1D7E83D4PR1P264MB3821FRAP_"
    hdr = [
        "Received: from PR1P264MB3821.FRAP264.PROD.OUTLOOK.COM ([fe80::5c1:2a7e:91b0:e4d3]) by",
        " PR1P264MB3821.FRAP264.PROD.OUTLOOK.COM ([fe80::5c1:2a7e:91b0:e4d3%4]) with mapi id",
        " 15.20.9412.021; Tue, 18 Apr 2028 08:42:17 +0000",
        "From: " + Header(N.FROM[0], "utf-8").encode() + f" <{N.FROM[1]}>",
        "To: " + ", ".join(f"\"{cn}\" <{m}>" if cn.isascii() else Header(cn, 'utf-8').encode() + f" <{m}>" for cn, m in N.ATTENDEES),
        "Subject: " + Header(N.SUBJECT, "utf-8").encode(),
        "Thread-Topic: " + Header(N.SUBJECT[len("Invitation : "):], "utf-8").encode(),
        "Thread-Index: AdpxQ7c2vJ1Zl8TfS5KkqN0b3Xr5hQ==",
        f"Date: {N.DATE_HDR}",
        "Message-ID: <PR1P264MB38214E0C2B6F1D7E83D4B2952@PR1P264MB3821.FRAP264.PROD.OUTLOOK.COM>",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0",
        f"Content-Type: multipart/alternative; boundary=\"{boundary}\"",
    ]
    parts = [
        ("text/plain; charset=\"utf-8\"", "quoted-printable", qp_part(plain)),
        ("text/html; charset=\"utf-8\"", "quoted-printable", qp_part(html)),
        ("text/calendar; charset=\"utf-8\"; method=REQUEST", "base64",
         "\r\n".join(base64.encodebytes(cal_bytes).decode("ascii").splitlines())),
    ]
    body = "\r\n".join(hdr) + "\r\n\r\n"
    for ctype, cte, payload in parts:
        body += f"--{boundary}\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n{payload}\r\n\r\n"
    body += f"--{boundary}--\r\n"
    with open(P("invitation_ndrc_2028_nantes.eml"), "wb") as fh:
        fh.write(body.encode("ascii"))


# ------------------------------------------------------------------ DOCX letters
def docx_letter(T, path, header_color):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2); s.top_margin = Cm(1.6); s.bottom_margin = Cm(1.6)
    for i, l in enumerate(T.ENTETE):
        p = doc.add_paragraph(); r = p.add_run(l); r.bold = i < 2; r.font.color.rgb = RGBColor.from_string(header_color)
        p.paragraph_format.space_after = Pt(0)
    for l in T.AFFAIRE:
        p = doc.add_paragraph(l); p.paragraph_format.space_after = Pt(0); p.runs[0].font.size = Pt(8.5)
    p = doc.add_paragraph(T.LIEU_DATE); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for l in T.DEST:
        p = doc.add_paragraph(l); p.paragraph_format.left_indent = Cm(8); p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.add_run(T.OBJET).bold = True
    return doc


def table(doc, head, rows, widths):
    t = doc.add_table(rows=1, cols=len(head)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8.5)
    return t


def build_lyon_docx():
    T = TL
    doc = docx_letter(T, None, "1F3864")
    for r in T.REFS:
        doc.add_paragraph(r).runs[0].font.size = Pt(9)
    doc.add_paragraph(T.INTRO)
    doc.add_heading(T.H_CAL, level=2)
    table(doc, T.CAL_HEAD, T.CAL_ROWS, [6.5, 4.2, 2.3, 4])
    doc.add_heading(T.H_ECRITS, level=2)
    for l in T.ECRITS_TXT:
        doc.add_paragraph(l)
    doc.add_heading(T.H_DOSS, level=2); doc.add_paragraph(T.DOSS_TXT)
    doc.add_heading(T.H_ORAUX, level=2); doc.add_paragraph(T.ORAUX_TXT)
    for l in T.SIGNATURE:
        p = doc.add_paragraph(l); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_after = Pt(0)
    doc.core_properties.author = "DEC 2 – Rectorat de Lyon"
    doc.core_properties.title = "BTS Électrotechnique – session 2027"
    doc.core_properties.created = dt.datetime(2027, 1, 14, 9, 5)
    doc.core_properties.modified = dt.datetime(2027, 1, 14, 9, 5)
    doc.save(P("circulaire_et_2027_lyon.docx"))


def build_reims_pdf():
    T = TR
    doc = docx_letter(T, None, "7B2C3A")
    doc.add_paragraph(T.REFS).runs[0].font.size = Pt(9)
    for l in T.PARAS:
        doc.add_paragraph(l)
    table(doc, T.CAL_HEAD, T.CAL_ROWS, [4.5, 3, 9.5])
    for l in T.APRES:
        doc.add_paragraph(l)
    for l in T.SIGNATURE:
        p = doc.add_paragraph(l); p.paragraph_format.left_indent = Cm(9); p.paragraph_format.space_after = Pt(0)
    src = os.path.join(TMP, "circulaire_ms_2029_reims.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", TMP, src], check=True, capture_output=True)
    shutil.copy(os.path.join(TMP, "circulaire_ms_2029_reims.pdf"), P("circulaire_ms_2029_reims.pdf"))


# ------------------------------------------------------------------ reportlab letter (Nantes)
def build_nantes_pdf():
    N = TN
    base = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=6)
    small = ParagraphStyle("s", parent=base, fontSize=8, leading=10, spaceAfter=0)
    bold = ParagraphStyle("bo", parent=base, fontName="DVB")
    head = ParagraphStyle("h", parent=base, fontName="DVB", textColor=colors.HexColor("#00558C"), spaceBefore=6)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=base, fontSize=8, leading=10, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DVB")
    story = [Paragraph("<br/>".join(N.ENTETE), bold), Paragraph("<br/>".join(N.ADRESSE), small), Spacer(1, 4),
             Paragraph("<br/>".join(N.AFFAIRE), small), Paragraph(N.LIEU_DATE, right), Paragraph(N.DEST, base),
             Paragraph(N.OBJET, bold), Paragraph(N.REF, small), Spacer(1, 6)]
    for txt, kind in N.PARAS:
        story.append(Paragraph(txt, head if kind == "h" else base))
    data = [[Paragraph(c, cellb) for c in N.CAL_HEAD]] + [[Paragraph(c, cell) for c in r] for r in N.CAL_ROWS]
    t = Table(data, colWidths=[5.2 * cm, 1.8 * cm, 3.8 * cm, 2.4 * cm, 3.8 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0"))]))
    story += [t, Spacer(1, 8), Paragraph("4. Centres d'épreuves", head)]
    story += [Paragraph("– " + c, base) for c in N.CENTRES]
    story += [Paragraph(N.FIN[0], base), Spacer(1, 6)]
    story += [Paragraph(l, ParagraphStyle("sg", parent=base, leftIndent=9 * cm, spaceAfter=0)) for l in N.FIN[1:]]
    SimpleDocTemplate(P("circulaire_ndrc_2028_nantes.pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=1.5 * cm, bottomMargin=1.5 * cm, title="Circulaire BTS NDRC 2028",
                      author="Rectorat de Nantes - DEC 3", invariant=1).build(story)


# ------------------------------------------------------------------ HTML letter printed by Chromium (La Réunion)
def build_reunion_pdf():
    U = TU
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in U.CAL_ROWS)
    html = f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>BTS GPME 2030</title>
<style>
@page {{ size: A4; margin: 16mm 18mm; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #222; }}
.top {{ display: flex; justify-content: space-between; align-items: flex-start; }}
.marque {{ font-weight: bold; color: #000091; line-height: 1.25; }}
.service {{ font-size: 8pt; text-align: right; color: #444; }}
h1 {{ font-size: 11pt; color: #000091; margin: 14px 0 6px; }}
table {{ border-collapse: collapse; width: 100%; margin: 8px 0; }}
th, td {{ border: 1px solid #999; padding: 3px 5px; vertical-align: top; font-size: 8.5pt; }}
th {{ background: #E3E3FD; text-align: left; }}
td:nth-child(3) {{ white-space: nowrap; }}
.date {{ text-align: right; margin: 12px 0; }}
.sig {{ margin-left: 55%; margin-top: 14px; }}
.refs {{ font-size: 8.5pt; color: #444; }}
</style></head><body>
<div class="top"><div class="marque">RÉPUBLIQUE FRANÇAISE<br>Liberté<br>Égalité<br>Fraternité<br><br>
ACADÉMIE DE LA RÉUNION</div>
<div class="service">Rectorat de La Réunion<br>Division des examens et concours – DEC 2<br>
24 avenue Georges Brassens<br>97400 Saint-Denis<br>Affaire suivie par : Marie-Annick Hoarau<br>
Tél. : 0262 48 13 55</div></div>
<p class="date">{esc(U.LIEU_DATE)}</p>
<p>Le recteur de l'académie de La Réunion<br>à<br>Mesdames et Messieurs les chefs d'établissement et directeurs de CFA</p>
<h1>Objet : {esc(U.OBJET)}</h1>
<p class="refs">{esc(U.REFS)}</p>
{''.join(f'<p>{esc(p)}</p>' for p in U.PARAS)}
<table><thead><tr>{''.join(f'<th>{esc(h)}</th>' for h in U.CAL_HEAD)}</tr></thead><tbody>
{rows}</tbody></table>
<h1>Centres d'épreuves</h1>
<ul>{''.join(f'<li>{esc(c)}</li>' for c in U.CENTRES)}</ul>
{''.join(f'<p>{esc(p)}</p>' for p in U.APRES)}
<p class="sig">{'<br>'.join(esc(l) for l in U.SIGNATURE)}</p>
</body></html>"""
    src = os.path.join(TMP, "reunion.html")
    open(src, "w", encoding="utf-8").write(html)
    out = P("circulaire_gpme_2030_la-reunion.pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={TMP}/chrome",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + src],
                   check=True, capture_output=True)


if __name__ == "__main__":
    build_lyon_ics(); build_lyon_docx()
    build_nantes_pdf(); build_nantes_eml()
    build_reims_vcs(); build_reims_pdf()
    build_reunion_ics(); build_reunion_pdf()
    build_crsa_ics()
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(os.listdir(HERE)):
        if not f.endswith((".py", ".json", ".md")):
            print(f"{f:45s} {os.path.getsize(P(f)):>9,d} bytes")
