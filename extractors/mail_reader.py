"""Circulars received by e-mail and saved as they came: .eml messages and .mht/.mhtml web archives.

A message is read as a printed mail reads: its « De / Envoyé / Objet » lines, its body (the HTML part when
there is one, else the plain text), then each attached document (PDF, Word, OpenDocument, a workbook, a
forwarded message) read by its own reader — the body often only says « veuillez trouver ci-joint ». A web
archive (Word's or a browser's « page Web, fichier unique ») is its HTML part. The standard library parses
MIME; limits hold on the number of parts (here) and on how deep attached messages nest (the caller's).
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from extractors.dates import render_date
from extractors.document import Block, Page

MAX_PARTS = 60
_HEADERS = re.compile(r"(?im)^(?:from|to|date|subject|mime-version|content-type|message-id|received|x-[\w-]+)\s*:")


def looks_like_mime(text: str) -> bool:
    """A saved message or web archive: RFC 822 headers first (« From: », « MIME-Version: », « Content-Type:
    multipart/… »), before the first blank line."""
    head = text.lstrip("\ufeff")[:4096].split("\n\n", 1)[0].split("\r\n\r\n", 1)[0]
    found = {m.group(0).split(":")[0].strip().lower() for m in _HEADERS.finditer(head)}
    return ("mime-version" in found or "content-type" in found) and len(found) >= 2 and bool(
        re.match(r"(?i)[\w-]+\s*:", head.lstrip("\ufeff")))


def _sent(msg: EmailMessage) -> str:
    try:
        when = parsedate_to_datetime(str(msg["date"]))
    except (TypeError, ValueError, IndexError):
        return ""
    return f"{render_date(when.date())} {when:%H:%M}"


def _header_blocks(msg: EmailMessage) -> list[Block]:
    """The lines a printed mail opens with, in French (the Date: header written out, as Outlook prints it)."""
    out = []
    for label, value in (("De", str(msg["from"] or "")), ("Envoyé", _sent(msg)), ("À", str(msg["to"] or "")),
                         ("Objet", str(msg["subject"] or ""))):
        if value.strip():
            out.append(Block("text", f"{label} : {' '.join(value.split())}"))
    return out


def mail_pages(data: bytes, read_attachment: Callable[[str, bytes], list[Page]],
               html_blocks: Callable[[str], list[Block]], text_blocks: Callable[[str], list[Block]]) -> list[Page]:
    """The pages of a message: its headers and body first, then each attached document's pages."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    archive = msg.get_content_type() == "multipart/related" and not msg["from"]  # a .mht: its page only
    blocks: list[Block] = [] if archive else _header_blocks(msg)
    extra: list[Page] = []
    html = plain = None
    for k, part in enumerate(msg.walk()):
        if k > MAX_PARTS:
            break
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        name = part.get_filename()  # (a message forwarded as message/rfc822 is walked into: its parts are here)
        if part.get_content_disposition() == "attachment" or name and not ctype.startswith("text/"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload and not ctype.startswith("image/"):
                extra += read_attachment(name or "piece_jointe", payload)
            continue
        if ctype == "text/calendar":  # an invitation: its entries read like an attached calendar
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload:
                extra += read_attachment(name or "invitation.ics", payload)
            continue
        if ctype == "text/html" and html is None:
            html = _text_of(part)
        elif ctype == "text/plain" and plain is None:
            plain = _text_of(part)
    if html is not None:
        blocks += html_blocks(html)
    elif plain is not None:
        blocks += text_blocks(plain)
    pages = [Page(1, blocks)] if blocks else []
    for page in extra:
        pages.append(Page(len(pages) + 1, page.blocks, ocr=page.ocr))
    return pages


def _text_of(part: EmailMessage) -> str:
    """A text part decoded by its declared charset, else the one its HTML declares (a browser's archive
    often says it only in <meta charset>), else UTF-8, else Windows-1252."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return str(part.get_payload())
    declared = part.get_content_charset()
    meta = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", raw[:4096], re.I)
    for charset in (declared, meta.group(1).decode("ascii") if meta else None, "utf-8", "cp1252"):
        if charset:
            try:
                return raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                continue
    return raw.decode("cp1252", errors="replace")
