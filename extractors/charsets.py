"""Text as Windows, old Macs and careless exports write it: which encoding the bytes are in, accents
encoded twice, and the private-use characters of symbol fonts.

A circular typed in Notepad arrives in cp1252 or UTF-16, one saved on an old Mac in Mac Roman with CR line
ends, an export pasted through a wrong charset in « dÃ©pÃ´t » (UTF-8 read as cp1252, written back as
UTF-8). None of them says what it is: the encoding is the one under which the text reads most like French,
and a run of doubly encoded letters is decoded once more only when that gives valid UTF-8. Word's symbol
fonts (Wingdings, Symbol) put their arrows and bullets in the private-use area (U+F0xx): an arrow between
two dates says « au », so arrows become « → » and bullets « • ».
"""

from __future__ import annotations

import re
import unicodedata

# letters of French text that the single-byte candidates place at different bytes
_FRENCH = set("éèêàâçôîïùûëœÉÈÀÇ«»’")
_CANDIDATES = ("cp1252", "mac_roman", "iso8859_15")
_CONTROLS_SHARE = 100  # more than one control character in this many: not text

# a letter of a UTF-8 sequence read as cp1252: lead byte C2–F4 then continuation bytes 80–BF (as cp1252 shows them)
_CONT = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a" \
        "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_MANGLED = re.compile(f"[\u00c2-\u00f4][{_CONT}]{{1,3}}")
_MARKERS = ("Ã", "â€", "Â")

# Wingdings / Wingdings 2-3 / Symbol code points (as U+F000 + byte) that matter in a calendar
_SYMBOLS = {
    **dict.fromkeys((0xF0E0, 0xF0E8, 0xF0D8, 0xF0F0, 0xF0AE, 0xF0DE, 0xF0C4), "→"),
    **dict.fromkeys((0xF0DF, 0xF0E7, 0xF0AC, 0xF0DC), "←"),
    **dict.fromkeys((0xF0B7, 0xF09F, 0xF06C, 0xF06E, 0xF0A7, 0xF071, 0xF076, 0xF0A8, 0xF0FC, 0xF077), "•"),
}
_ARROWS = dict.fromkeys(map(ord, "⟶⟹➔➜➝➞➙➛⇨⇾⟼↦"), "→")
SYMBOL_TABLE: dict[int, str] = {**_SYMBOLS, **_ARROWS}
# any other private-use character of a symbol font: a mark (a bullet, mostly), never a letter; its space a space
SYMBOL_TABLE.update({k: "•" for k in range(0xF021, 0xF100) if k not in SYMBOL_TABLE})
SYMBOL_TABLE[0xF020] = " "


def _frenchness(text: str) -> int:
    return sum(1 for c in text if c in _FRENCH)


def _controls(text: str) -> int:
    return sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 written without a BOM (a spreadsheet's « Texte Unicode »): every other byte is NUL."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    enc = "utf-16-le" if odd > 0.8 * half and even < 0.1 * half else (
        "utf-16-be" if even > 0.8 * half and odd < 0.1 * half else None)
    if enc is None:
        return None
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes) -> str | None:
    """The text of bytes that are text (line ends made \\n), or None for binary data: UTF-8 (BOM allowed),
    UTF-16 or UTF-32 (BOM or not), else the single-byte encoding under which it reads most like French."""
    text: str | None = None
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            text = data.decode("utf-32")
        except UnicodeDecodeError:
            return None
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    elif b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            return None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            readings = []
            for enc in _CANDIDATES:
                try:
                    readings.append(data.decode(enc))
                except UnicodeDecodeError:
                    continue
            if not readings:
                return None
            text = max(readings, key=lambda t: (_frenchness(t[:65536]), -_controls(t[:65536])))
    head = text[:65536]
    if _controls(head) > len(head) // _CONTROLS_SHARE:
        return None
    # letters encoded twice repaired before the text is cut into lines and cells (a « Ã© » is not a lower case
    # letter continuing a line); safety.clean_text repairs them in the other readers' text
    return unmangled(text.replace("\r\n", "\n").replace("\r", "\n"))


def unmangled(text: str) -> str:
    """Text whose letters were encoded twice (« dÃ©pÃ´t », « lâ€™Ã©preuve ») decoded once more, run by run;
    a run that does not make valid UTF-8 is left as it is. Quick when there is nothing to repair."""
    if not any(m in text for m in _MARKERS):
        return text

    def once(m: re.Match[str]) -> str:
        run = m.group(0)
        try:
            return run.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                return run.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                return run

    return _MANGLED.sub(once, text)


_SYMBOL_FONT = re.compile(r"(?i)\b(?:wingdings(?:\s*[23])?|webdings|symbol)\b")


def symbol_font(family: str) -> bool:
    """A font whose letters are pictures (arrows, bullets, ticks): Wingdings, Webdings, Symbol."""
    return bool(_SYMBOL_FONT.search(family or ""))


def symbol_char(code: int) -> str:
    """What a symbol font's character (its code, U+F0xx or the bare byte) shows: an arrow, a bullet, a blank."""
    return SYMBOL_TABLE.get(code if code >= 0xF000 else 0xF000 + code, " ")


def symbol_text(text: str) -> str:
    """Text set in a symbol font (« à » in Wingdings is an arrow): each of its characters as it shows."""
    return "".join(c if c.isspace() or ord(c) >= 0x100 else symbol_char(ord(c)) for c in text)


# spacing accents that TeX's OT1 fonts draw as glyphs of their own beside the letter (« S´everac »)
_SPACING = {"´": "\u0301", "`": "\u0300", "ˆ": "\u0302", "^": "\u0302", "¨": "\u0308", "˜": "\u0303",
            "¸": "\u0327", "ˇ": "\u030c"}
_FRENCH_LETTERS = set("éèêëàâäîïôöùûüçÉÈÊËÀÂÎÏÔÖÙÛÜÇ")
_ACCENT_BEFORE = re.compile(r"([´`ˆ¨˜ˇ^¸])([A-Za-zı])")
_ACCENT_AFTER = re.compile(r"([A-Za-z])([´`ˆ¨¸])")


def accents_joined(text: str) -> str:
    """Letters whose accent a PDF gives as a separate character (TeX's OT1 fonts: « d´ebut », « ACADE´MIE »,
    « connaˆıtre », « fran¸cais ») made one letter again; only into a letter French writes."""
    if not any(c in _SPACING for c in text):
        return text

    def join(letter: str, accent: str) -> str | None:
        base = "i" if letter == "ı" else letter
        made = unicodedata.normalize("NFC", base + _SPACING[accent])
        return made if made in _FRENCH_LETTERS else None

    def after(m: re.Match[str]) -> str:  # « E´M », « c¸ »: the accent drawn after its (capital) letter
        letter, accent = m.group(1), m.group(2)
        made = join(letter, accent) if (letter.isupper() or accent == "¸") else None
        return made or m.group(0)

    def before(m: re.Match[str]) -> str:
        accent, letter = m.group(1), m.group(2)
        if accent in "`^" and not letter.islower():
            return m.group(0)  # « `E4` » in Markdown, « x^E »: not an accent
        made = join(letter, accent)
        return made or m.group(0)

    return _ACCENT_BEFORE.sub(before, _ACCENT_AFTER.sub(after, text))
